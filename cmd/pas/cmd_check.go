package main

import (
	"github.com/pas-editor/pas/grid"
	"github.com/pas-editor/pas/pas"
	"github.com/spf13/cobra"
	"strings"
)

func (a *app) checkCmd() *cobra.Command {
	var format, asOf, failOn string
	cmd := &cobra.Command{
		Use:   "check [FILE|DIR...]",
		Short: a.t("Vérifier le plan (règles de sécurité et de conformité)", "Check the plan (security and compliance rules)"),
		Long: a.t(`Applique au plan les règles qu'un RSSI client applique (« pas rules » les liste) et affiche les
constats par chapitre, avec la règle, la gravité, le champ et la ligne YAML. Sort avec le code 1
lorsqu'un constat non couvert par une dérogation atteint le seuil de --fail-on (error par défaut).
Formats : text, json (stable, voir docs/check-json.md), sarif (SARIF 2.1.0 pour l'analyse de code).

Un portefeuille se vérifie d'un coup : plusieurs fichiers, ou un dossier, dont tous les plans
(fichiers .yaml qui commencent par schema_version) sont vérifiés, une bibliothèque de faits partagée
n'étant lue qu'une fois ; un récapitulatif suit. Un plan qui ne se charge pas est signalé et la
vérification continue (code de sortie 2 à la fin). Quand un plan nomme la grille d'exigences de
l'acheteur (pas grid), ses constats (GRID-01 à GRID-06) s'ajoutent, placés dans le fichier de la grille.`,
			`Applies to the plan the rules a client's security officer applies ("pas rules" lists them) and
prints the findings by chapter, with rule, severity, field and YAML line. Exits with code 1 when a
finding not covered by a waiver reaches the --fail-on threshold (error by default). Formats: text,
json (stable, see docs/check-json.md), sarif (SARIF 2.1.0 for code scanning).

A portfolio is checked at once: several files, or a directory whose plans (.yaml files with
schema_version) are all checked, a shared facts library being read once; a summary follows. A plan
that does not load is reported and the check goes on (exit code 2 at the end). When a plan names
the buyer's requirement grid (pas grid), its findings (GRID-01 to GRID-06) are added, located in the
grid file.`),
		Example: "  pas check plan.yaml\n  pas check --format sarif --as-of 2026-12-01 plan.yaml > pas.sarif\n  pas check tenders/",
		Args:    cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			threshold, ok := pas.ParseSeverity(failOn)
			if !ok || threshold == pas.Info {
				return usageErr("--fail-on : error ou warning, pas « %s »", "--fail-on: error or warning, not %q", failOn)
			}
			if format != "text" && format != "json" && format != "sarif" {
				return usageErr("--format : text, json ou sarif, pas « %s »", "--format: text, json or sarif, not %q", format)
			}
			today, err := a.today(asOf)
			if err != nil {
				return err
			}
			if len(args) == 0 {
				args = []string{planArg(nil)}
			}
			paths, err := planFiles(args)
			if err != nil {
				return err
			}
			if len(paths) == 0 {
				return usageErr("aucun plan (fichier YAML avec schema_version) dans %s", "no plan (YAML file with a schema_version) in %s", strings.Join(args, ", "))
			}
			single := len(args) == 1 && len(paths) == 1 && args[0] == paths[0]
			return a.check(paths, single, format, threshold, today)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", a.t("text, json ou sarif", "text, json or sarif"))
	cmd.Flags().StringVar(&asOf, "as-of", "", a.t("date des contrôles (AAAA-MM-JJ), par défaut aujourd'hui", "date of the checks (YYYY-MM-DD), today by default"))
	cmd.Flags().StringVar(&failOn, "fail-on", "error", a.t("gravité qui fait échouer : error ou warning", "severity that fails the run: error or warning"))
	return cmd
}

// checked is a plan of a portfolio with its findings.
type checked struct {
	*loaded
	findings []pas.Finding
}

// check checks the plans; a single plan named on the command line keeps
// the one-plan reports, and stops at a plan that does not load.
func (a *app) check(paths []string, single bool, format string, threshold pas.Severity, today pas.Date) error {
	load := func(l *pas.Loader, path string) (*pas.Plan, error) { return l.Load(path) }
	results := forEachPlan(a.cat, paths, load, func(_ *pas.Loader, r *loaded) *checked {
		c := &checked{loaded: r}
		if r.err == nil {
			pas.ReadBaseline(r.plan, r.path)
			c.findings = pas.RunChecks(r.plan, today)
			gridFindings, err := grid.PlanFindings(r.path, r.plan, c.findings) // the buyer's grid the plan names, if any
			if err != nil {
				r.plan, r.err = nil, err
				return c
			}
			c.findings = append(c.findings, gridFindings...)
			if !single {
				r.plan = nil // a portfolio keeps only the findings
			}
		}
		return c
	})
	if single {
		r := results[0]
		if r.err != nil {
			return r.err
		}
		if err := a.writeFindings(format, r.path, r.plan, r.findings, today); err != nil {
			return err
		}
		if w := pas.Worst(r.findings); w != 0 && w >= threshold {
			return &exitError{code: exitFindings}
		}
		return nil
	}
	if err := a.writePortfolio(format, results, today); err != nil {
		return err
	}
	code := exitOK
	for _, r := range results {
		switch {
		case r.err != nil:
			code = exitUsage
		case code == exitOK && pas.Worst(r.findings) != 0 && pas.Worst(r.findings) >= threshold:
			code = exitFindings
		}
	}
	if code != exitOK {
		return &exitError{code: code}
	}
	return nil
}

func (a *app) writeFindings(format, path string, p *pas.Plan, fs []pas.Finding, today pas.Date) error {
	var data []byte
	switch format {
	case "json":
		data = findingsJSON(a.lang, path, fs, today)
	case "sarif":
		data = findingsSARIF(a.lang, a.cat, []sarifFile{{path, fs}})
	default:
		data = []byte(findingsText(a.lang, p.Cat, path, fs, a.colour()))
	}
	_, err := a.stdout.Write(data)
	return err
}
