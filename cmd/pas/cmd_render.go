package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/pas-editor/pas/grid"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/pas/doc"
	"github.com/spf13/cobra"
)

func (a *app) renderCmd() *cobra.Command {
	var out, audience, asOf, format, template string
	var check, final bool
	cmd := &cobra.Command{
		Use:   "render [FILE...]",
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
liste. Même plan, mêmes octets.

Quand le plan nomme la grille d'exigences de l'acheteur (pas grid), le document a en annexe la
matrice de conformité : chaque exigence, le statut que vous avez validé et les paragraphes du PAS qui
y répondent ; un fichier de grille absent ou invalide arrête le rendu.

Avec --check, rien n'est écrit : sort avec le code 1 si le document sur le disque (Markdown, Word ou
HTML) n'est pas celui que « pas render » écrirait maintenant (pour la CI et les crochets
pre-commit), 0 s'il l'est ; plusieurs plans se vérifient d'un coup (le pire code l'emporte).

Avec --final, le document est celui qu'on remet : le PAS remis avec l'offre, puis le PAS
contractuel. pas le refuse (code 1, rien n'est écrit) et liste ce qui bloque tant qu'il reste des
éléments à compléter, des valeurs à confirmer, des questions ouvertes, des conflits de fusion ou des
erreurs sans dérogation. Sans --final, un plan au statut remis ou contractuel est produit, avec un
avertissement s'il en reste.`,
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
findings or waivers; --audience internal adds an appendix listing them. Same plan, same bytes.

When the plan names the buyer's requirement grid (pas grid), the document gets the compliance matrix
as an appendix: each requirement, the status you validated and the PAS headings that answer it; a
missing or invalid grid file stops the rendering.

With --check, nothing is written: exits with code 1 when the document on disk (Markdown, Word or
HTML) is not the one "pas render" would write now (for CI and pre-commit hooks), 0 when it is;
several plans are checked at once (the worst exit code wins).

With --final, the document is the one issued: the PAS submitted with the offer, then the
contractual PAS. pas refuses it (exit 1, nothing written) and lists what blocks it while items to
complete, values to confirm, open questions, merge conflicts or errors without a waiver remain.
Without --final, a plan whose status is submitted or contractual still renders, with a warning
when such items remain.`),
		Example: "  pas render plan.yaml\n  pas render plan.yaml -o - | less\n  pas render plan.yaml --format docx --template company.docx\n  pas render plan.yaml --format pdf --final\n  pas render --check plan.yaml\n  pas render --check */plan.yaml",
		Args:    cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			aud, err := parseAudience(audience)
			if err != nil {
				return err
			}
			if check && out == "-" {
				return usageErr("--check compare un fichier au plan : il ne va pas avec « -o - »", "--check compares a file with the plan: it does not go with \"-o -\"")
			}
			if len(args) > 1 && !check {
				return usageErr("plusieurs plans ne se rendent qu'avec --check", "several plans are rendered only with --check")
			}
			if len(args) > 1 && out != "" {
				return usageErr("-o nomme le document d'un seul plan", "-o names the document of one plan only")
			}
			today, err := a.today(asOf)
			if err != nil {
				return err
			}
			f, err := documentFormat(format, out)
			if err != nil {
				return err
			}
			if check && f == "pdf" {
				return usageErr("--check ne compare pas de PDF (LibreOffice n'en produit jamais deux identiques) : vérifiez le document Word", "--check does not compare PDFs (LibreOffice never makes two identical ones): check the Word document")
			}
			job := renderJob{out: out, format: f, template: template, aud: aud, today: today, check: check, final: final}
			if len(args) <= 1 {
				return a.render(planArg(args), job)
			}
			return a.renderEach(args, job)
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", a.t("fichier de sortie (« - » : sortie standard)", "output file (\"-\": standard output)"))
	cmd.Flags().StringVar(&audience, "audience", "client", a.t("client ou internal", "client or internal"))
	cmd.Flags().StringVar(&format, "format", "", a.t("md, docx, html ou pdf (par défaut : selon OUT, sinon md)", "md, docx, html or pdf (default: from OUT, else md)"))
	cmd.Flags().StringVar(&template, "template", "", a.t("modèle Word de l'entreprise (.docx ou .dotx), pour docx et pdf", "company Word template (.docx or .dotx), for docx and pdf"))
	cmd.Flags().StringVar(&asOf, "as-of", "", a.t("date des contrôles (AAAA-MM-JJ), par défaut aujourd'hui", "date of the checks (YYYY-MM-DD), today by default"))
	cmd.Flags().BoolVar(&check, "check", false, a.t("ne rien écrire ; code 1 si le document n'est pas à jour", "write nothing; exit 1 when the document is out of date"))
	cmd.Flags().BoolVar(&final, "final", false, a.t("version finale : refuser (code 1) tant qu'il reste des éléments à compléter ou à confirmer, des questions ouvertes, des conflits ou des erreurs", "final version: refuse (exit 1) while items to complete or confirm, open questions, conflicts or errors remain"))
	return cmd
}

// writeStdout writes a document to standard output: text formats through
// the terminal sanitiser, binary ones (Word, PDF) only into a pipe or a
// file, never onto a terminal.
func (a *app) writeStdout(format string, data []byte) error {
	if format == "docx" || format == "pdf" {
		if a.stdoutTTY != nil && a.stdoutTTY() {
			return usageErr("un document %s ne s'affiche pas dans un terminal : redirigez la sortie (> plan.%s) ou donnez un fichier à -o", "a %s document cannot be shown in a terminal: redirect the output (> plan.%s) or give -o a file", format, format)
		}
		_, err := a.stdout.Write(data)
		return err
	}
	_, err := a.stdout.Write([]byte(pas.Sanitize(string(data))))
	return err
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
func renderCommand(path, out, format string, aud pas.Audience) string {
	cmd := "pas render " + path
	if out != "" {
		cmd += " -o " + out
	} else if format != "md" {
		cmd += " --format " + format
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
	return 0, usageErr("--audience : client ou internal, pas « %s »", "--audience: client or internal, not %q", s)
}

// buildPlan renders a plan's document tree for an audience, with the
// caller's appendices; the internal audience's appendix lists the findings
// as of today.
func buildPlan(p *pas.Plan, aud pas.Audience, today pas.Date, apps ...pas.Appendix) *doc.Document {
	opts := pas.RenderOptions{Audience: aud, Today: today, Appendices: apps}
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

// renderJob is what pas render is asked to do with each plan.
type renderJob struct {
	out, format, template string
	aud                   pas.Audience
	today                 pas.Date
	check, final          bool
}

// render writes (or, with check, compares) the document of one plan.
func (a *app) render(path string, j renderJob) error {
	p, err := a.load(path)
	if err != nil {
		return err
	}
	pas.ReadBaseline(p, path)
	matrix, err := grid.Appendices(path, p) // the buyer's grid the plan names, if any
	if err != nil {
		return err
	}
	if err := a.finalGate(p, path, j.today, j.final); err != nil {
		return err
	}
	rd, err := a.renderFormat(buildPlan(p, j.aud, j.today, matrix...), j.format, j.template, path)
	if err != nil {
		return err
	}
	md := rd.data
	if j.out == "-" {
		return a.writeStdout(j.format, md)
	}
	target := j.out
	if target == "" {
		target = pas.DocumentPath(path, formats[j.format])
	}
	if sameFile(target, path) {
		return usageErr("%s est le plan lui-même : choisissez un autre fichier de sortie", "%s is the plan itself: choose another output file", target)
	}
	if j.check {
		return a.checkRendered(target, md, renderCommand(path, j.out, j.format, j.aud))
	}
	if err := pas.WriteDocument(target, md, path); err != nil {
		return err
	}
	a.say("Document écrit : %s", "Document written: %s", target)
	a.reportDocument(rd)
	return nil
}

// renderEach checks the documents of several plans (a pre-commit hook
// passes every plan committed): each plan's verdict is printed, and the
// exit code is the worst: 2 when a plan cannot be rendered, else 1 when
// a document is out of date.
func (a *app) renderEach(paths []string, j renderJob) error {
	code := exitOK
	for _, path := range paths {
		err := a.render(path, j)
		if err == nil {
			continue
		}
		c := a.exitCode(err) // prints the message
		if c > code {
			code = c
		}
	}
	if code != exitOK {
		return &exitError{code: code}
	}
	return nil
}
