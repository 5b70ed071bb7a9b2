package main

import (
	"os"
	"path/filepath"

	"github.com/pas-editor/pas/pas"
	"github.com/spf13/cobra"
)

func (a *app) renderCmd() *cobra.Command {
	var out, audience, asOf string
	cmd := &cobra.Command{
		Use:   "render [FILE]",
		Short: a.t("Produire le document Markdown du PAS", "Render the PAS as a Markdown document"),
		Long: a.t(`Produit le PAS complet en Markdown, dans la langue du plan, à côté du fichier YAML (plan.md pour
plan.yaml), ou vers OUT ; « -o - » écrit sur la sortie standard. Le document du client ne contient
jamais les notes internes, les constats ni les dérogations ; --audience internal ajoute une annexe
qui les liste. Même plan, mêmes octets.`,
			`Renders the complete PAS as Markdown, in the plan's language, beside the YAML file (plan.md for
plan.yaml), or to OUT; "-o -" writes to standard output. The client's document never contains
internal notes, findings or waivers; --audience internal adds an appendix listing them. Same plan,
same bytes.`),
		Example: "  pas render plan.yaml\n  pas render plan.yaml -o - | less",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := planArg(args)
			aud, err := parseAudience(audience)
			if err != nil {
				return err
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
				_, err := a.stdout.Write(md)
				return err
			}
			if out == "" {
				out = pas.MarkdownPath(path)
			}
			if sameFile(out, path) {
				return usageErr("%s est le plan lui-même : choisissez un autre fichier de sortie", "%s is the plan itself: choose another output file", out)
			}
			if err := a.write(out, md); err != nil {
				return err
			}
			a.say("Document écrit : %s", "Document written: %s", out)
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", a.t("fichier de sortie (« - » : sortie standard)", "output file (\"-\": standard output)"))
	cmd.Flags().StringVar(&audience, "audience", "client", a.t("client ou internal", "client or internal"))
	cmd.Flags().StringVar(&asOf, "as-of", "", a.t("date des contrôles (AAAA-MM-JJ), par défaut aujourd'hui", "date of the checks (YYYY-MM-DD), today by default"))
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
