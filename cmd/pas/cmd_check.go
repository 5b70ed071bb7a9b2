package main

import (
	"github.com/pas-editor/pas/grid"
	"github.com/pas-editor/pas/pas"
	"github.com/spf13/cobra"
)

func (a *app) checkCmd() *cobra.Command {
	var format, asOf, failOn string
	cmd := &cobra.Command{
		Use:   "check [FILE...]",
		Short: a.t("Vérifier le plan (règles de sécurité et de conformité)", "Check the plan (security and compliance rules)"),
		Long: a.t(`Applique au plan les règles qu'un RSSI client applique (« pas rules » les liste) et affiche les
constats par chapitre, avec la règle, la gravité, le champ et la ligne YAML. Sort avec le code 1
lorsqu'un constat non couvert par une dérogation atteint le seuil de --fail-on (error par défaut).
Formats : text, json (stable, voir docs/check-json.md), sarif (SARIF 2.1.0 pour l'analyse de code).
Plusieurs plans se vérifient l'un après l'autre, au format text (pour un crochet pre-commit).
Quand le plan nomme la grille d'exigences de l'acheteur (pas grid), ses constats (GRID-01 à GRID-06)
s'ajoutent, placés dans le fichier de la grille.`,
			`Applies to the plan the rules a client's security officer applies ("pas rules" lists them) and
prints the findings by chapter, with rule, severity, field and YAML line. Exits with code 1 when a
finding not covered by a waiver reaches the --fail-on threshold (error by default). Formats: text,
json (stable, see docs/check-json.md), sarif (SARIF 2.1.0 for code scanning). Several plans are
checked one after the other, in text format (for a pre-commit hook). When the plan names the buyer's
requirement grid (pas grid), its findings (GRID-01 to GRID-06) are added, located in the grid file.`),
		Example: "  pas check plan.yaml\n  pas check --format sarif --as-of 2026-12-01 plan.yaml > pas.sarif",
		Args:    cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			threshold, ok := pas.ParseSeverity(failOn)
			if !ok || threshold == pas.Info {
				return usageErr("--fail-on : error ou warning, pas %q", "--fail-on: error or warning, not %q", failOn)
			}
			if format != "text" && format != "json" && format != "sarif" {
				return usageErr("--format : text, json ou sarif, pas %q", "--format: text, json or sarif, not %q", format)
			}
			if len(args) > 1 && format != "text" {
				return usageErr("plusieurs plans : format text seulement", "several plans: text format only")
			}
			today, err := a.today(asOf)
			if err != nil {
				return err
			}
			paths := args
			if len(paths) == 0 {
				paths = []string{planArg(nil)}
			}
			failed := false
			for _, path := range paths {
				p, err := a.load(path)
				if err != nil {
					return err
				}
				pas.ReadBaseline(p, path)
				fs := pas.RunChecks(p, today)
				gridFindings, err := grid.PlanFindings(path, p, fs) // the buyer's grid the plan names, if any
				if err != nil {
					return err
				}
				fs = append(fs, gridFindings...)
				if err := a.writeFindings(format, path, p, fs, today); err != nil {
					return err
				}
				if w := pas.Worst(fs); w != 0 && w >= threshold {
					failed = true
				}
			}
			if failed {
				return &exitError{code: exitFindings}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", a.t("text, json ou sarif", "text, json or sarif"))
	cmd.Flags().StringVar(&asOf, "as-of", "", a.t("date des contrôles (AAAA-MM-JJ), par défaut aujourd'hui", "date of the checks (YYYY-MM-DD), today by default"))
	cmd.Flags().StringVar(&failOn, "fail-on", "error", a.t("gravité qui fait échouer : error ou warning", "severity that fails the run: error or warning"))
	return cmd
}

func (a *app) writeFindings(format, path string, p *pas.Plan, fs []pas.Finding, today pas.Date) error {
	var data []byte
	switch format {
	case "json":
		data = findingsJSON(a.lang, path, fs, today)
	case "sarif":
		data = findingsSARIF(a.lang, a.cat, path, fs)
	default:
		data = []byte(findingsText(a.lang, p, path, fs, a.colour()))
	}
	_, err := a.stdout.Write(data)
	return err
}
