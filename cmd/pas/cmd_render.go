package main

import (
	"os"
	"path/filepath"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/pas/doc"
	"github.com/spf13/cobra"
)

func (a *app) renderCmd() *cobra.Command {
	var out, audience, asOf, format, template string
	cmd := &cobra.Command{
		Use:   "render [FILE]",
		Short: a.t("Produire le document du PAS (Markdown, Word, HTML ou PDF)", "Render the PAS as a document (Markdown, Word, HTML or PDF)"),
		Long: a.t(`Produit le PAS complet dans la langue du plan, à côté du fichier YAML (plan.md, plan.docx,
plan.html ou plan.pdf pour plan.yaml), ou vers OUT ; « -o - » écrit sur la sortie standard. Le format
vient de --format, sinon de l'extension de OUT, sinon Markdown.

  md    Markdown, pour le dépôt git et les revues ;
  docx  Word : titres numérotés, sommaire, en-tête (consultation, lot, annexe, candidat, référence,
        mention de diffusion), pied de page avec version et « page X / Y », tableaux en paysage ;
  html  un seul fichier autonome, prêt à imprimer en A4 depuis un navigateur ;
  pdf   PDF/A produit par LibreOffice à partir du document Word (sinon : HTML puis impression).

Le modèle Word de l'entreprise (--template, ou cover.submission.template dans le plan) apporte ses
styles, polices, en-tête, pied de page et logo. Pour le PDF, pas indique le nombre de pages et
signale le dépassement de la limite fixée dans le plan. Le document du client ne contient jamais les
notes internes, les constats ni les dérogations ; --audience internal ajoute une annexe qui les
liste. Même plan, mêmes octets.`,
			`Renders the complete PAS in the plan's language, beside the YAML file (plan.md, plan.docx,
plan.html or plan.pdf for plan.yaml), or to OUT; "-o -" writes to standard output. The format comes
from --format, else from OUT's extension, else Markdown.

  md    Markdown, for the git repository and reviews;
  docx  Word: numbered headings, contents, a page header (consultation, lot, annex, candidate,
        reference, marking), a footer with the version and "page X / Y", landscape wide tables;
  html  one self-contained file, ready to print on A4 from a browser;
  pdf   PDF/A made by LibreOffice from the Word document (otherwise: HTML, then print).

The company's Word template (--template, or cover.submission.template in the plan) brings its
styles, fonts, header, footer and logo. For a PDF, pas reports the number of pages and warns when
it exceeds the limit set in the plan. The client's document never contains internal notes,
findings or waivers; --audience internal adds an appendix listing them. Same plan, same bytes.`),
		Example: "  pas render plan.yaml\n  pas render plan.yaml -o - | less\n  pas render plan.yaml --format docx --template company.docx\n  pas render plan.yaml --format pdf",
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
			f, err := documentFormat(format, out)
			if err != nil {
				return err
			}
			p, err := a.load(path)
			if err != nil {
				return err
			}
			rd, err := a.renderFormat(buildPlan(p, aud, today), f, template, path)
			if err != nil {
				return err
			}
			md := rd.data
			if out == "-" {
				_, err := a.stdout.Write(md)
				return err
			}
			if out == "" {
				out = pas.DocumentPath(path, formats[f])
			}
			if sameFile(out, path) {
				return usageErr("%s est le plan lui-même : choisissez un autre fichier de sortie", "%s is the plan itself: choose another output file", out)
			}
			if err := a.write(out, md); err != nil {
				return err
			}
			a.say("Document écrit : %s", "Document written: %s", out)
			a.reportDocument(rd)
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", a.t("fichier de sortie (« - » : sortie standard)", "output file (\"-\": standard output)"))
	cmd.Flags().StringVar(&audience, "audience", "client", a.t("client ou internal", "client or internal"))
	cmd.Flags().StringVar(&format, "format", "", a.t("md, docx, html ou pdf (par défaut : selon OUT, sinon md)", "md, docx, html or pdf (default: from OUT, else md)"))
	cmd.Flags().StringVar(&template, "template", "", a.t("modèle Word de l'entreprise (.docx ou .dotx), pour docx et pdf", "company Word template (.docx or .dotx), for docx and pdf"))
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

// buildPlan renders a plan's document tree for an audience; the internal
// audience's appendix lists the findings as of today.
func buildPlan(p *pas.Plan, aud pas.Audience, today pas.Date) *doc.Document {
	opts := pas.RenderOptions{Audience: aud, Today: today}
	if aud == pas.InternalAudience {
		opts.Findings = pas.RunChecks(p, today)
	}
	return pas.Build(p, opts)
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
