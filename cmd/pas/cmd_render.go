package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/pas-editor/pas/pas"
	"github.com/spf13/cobra"
)

func (a *app) renderCmd() *cobra.Command {
	var out, audience, asOf string
	var check bool
	cmd := &cobra.Command{
		Use:   "render [FILE]",
		Short: a.t("Produire le document Markdown du PAS", "Render the PAS as a Markdown document"),
		Long: a.t(`Produit le PAS complet en Markdown, dans la langue du plan, à côté du fichier YAML (plan.md pour
plan.yaml), ou vers OUT ; « -o - » écrit sur la sortie standard. Le document du client ne contient
jamais les notes internes, les constats ni les dérogations ; --audience internal ajoute une annexe
qui les liste. Même plan, mêmes octets.

Avec --check, rien n'est écrit : sort avec le code 1 si le document sur le disque n'est pas celui
que « pas render » écrirait maintenant (pour la CI et les crochets pre-commit), 0 s'il l'est.`,
			`Renders the complete PAS as Markdown, in the plan's language, beside the YAML file (plan.md for
plan.yaml), or to OUT; "-o -" writes to standard output. The client's document never contains
internal notes, findings or waivers; --audience internal adds an appendix listing them. Same plan,
same bytes.

With --check, nothing is written: exits with code 1 when the document on disk is not the one
"pas render" would write now (for CI and pre-commit hooks), 0 when it is.`),
		Example: "  pas render plan.yaml\n  pas render plan.yaml -o - | less\n  pas render --check plan.yaml",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := planArg(args)
			aud, err := parseAudience(audience)
			if err != nil {
				return err
			}
			if check && out == "-" {
				return usageErr("--check compare un fichier au plan : il ne va pas avec « -o - »", "--check compares a file with the plan: it does not go with \"-o -\"")
			}
			today, err := a.today(asOf)
			if err != nil {
				return err
			}
			p, err := a.load(path)
			if err != nil {
				return err
			}
			pas.ReadBaseline(p, path)
			md := renderPlan(p, aud, today)
			if out == "-" {
				_, err := a.stdout.Write([]byte(pas.Sanitize(string(md))))
				return err
			}
			target := out
			if target == "" {
				target = pas.MarkdownPath(path)
			}
			if sameFile(target, path) {
				return usageErr("%s est le plan lui-même : choisissez un autre fichier de sortie", "%s is the plan itself: choose another output file", target)
			}
			if check {
				return a.checkRendered(target, md, renderCommand(path, out, aud))
			}
			if err := pas.WriteDocument(target, md, path); err != nil {
				return err
			}
			a.say("Document écrit : %s", "Document written: %s", target)
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", a.t("fichier de sortie (« - » : sortie standard)", "output file (\"-\": standard output)"))
	cmd.Flags().StringVar(&audience, "audience", "client", a.t("client ou internal", "client or internal"))
	cmd.Flags().StringVar(&asOf, "as-of", "", a.t("date des contrôles (AAAA-MM-JJ), par défaut aujourd'hui", "date of the checks (YYYY-MM-DD), today by default"))
	cmd.Flags().BoolVar(&check, "check", false, a.t("ne rien écrire ; code 1 si le document n'est pas à jour", "write nothing; exit 1 when the document is out of date"))
	return cmd
}

// checkRendered compares the document on disk with md: nil when they are
// the same, exit code 1 when it differs or is missing, 2 when it cannot
// be read.
func (a *app) checkRendered(target string, md []byte, again string) error {
	data, err := pas.ReadRegularFile(target, int64(len(md)))
	switch {
	case err == nil && bytes.Equal(data, md):
		a.say("%s est à jour.", "%s is up to date.", target)
		return nil
	case errors.Is(err, fs.ErrNotExist):
		return &exitError{code: exitFindings, msg: pas.Textf("%s n'existe pas ; « %s » l'écrit", "%s does not exist; \"%s\" writes it", target, again)}
	case err == nil || errors.Is(err, pas.ErrTooLarge):
		return &exitError{code: exitFindings, msg: pas.Textf("%s n'est pas à jour ; « %s » le réécrit", "%s is out of date; \"%s\" writes it again", target, again)}
	}
	return err
}

// renderCommand is the command that writes the document again.
func renderCommand(path, out string, aud pas.Audience) string {
	cmd := "pas render " + path
	if out != "" {
		cmd += " -o " + out
	}
	if aud == pas.InternalAudience {
		cmd += " --audience internal"
	}
	return cmd
}

func parseAudience(s string) (pas.Audience, error) {
	switch s {
	case "client", "":
		return pas.ClientAudience, nil
	case "internal":
		return pas.InternalAudience, nil
	}
	return 0, usageErr("--audience : client ou internal, pas %q", "--audience: client or internal, not %q", s)
}

// renderPlan renders a plan for an audience; the internal audience's
// appendix lists the findings as of today.
func renderPlan(p *pas.Plan, aud pas.Audience, today pas.Date) []byte {
	opts := pas.RenderOptions{Audience: aud, Today: today}
	if aud == pas.InternalAudience {
		opts.Findings = pas.RunChecks(p, today)
	}
	return pas.Render(p, opts)
}

// sameFile reports whether two paths name the same file.
func sameFile(a, b string) bool {
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	if errA != nil || errB != nil {
		return filepath.Clean(a) == filepath.Clean(b)
	}
	return os.SameFile(sa, sb)
}
