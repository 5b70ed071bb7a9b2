package main

import (
	"strings"

	"github.com/pas-editor/pas/grid"
	"github.com/pas-editor/pas/pas"
	"github.com/spf13/cobra"
)

func (a *app) rulesCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "rules",
		Short: a.t("Lister les règles de contrôle", "List the check rules"),
		Long: a.t(`Liste les règles que « pas check » applique (identifiant, gravité, chapitre, intitulé, source), les
seuils réglables dans le bloc policy du plan avec leur valeur par défaut, et la date des données
pays (EEE, décisions d'adéquation, territoires à examiner), puis les règles de la grille de l'acheteur.`,
			`Lists the rules "pas check" applies (id, severity, chapter, title, source), the thresholds a plan
may set in its policy block with their defaults, and the date of the country data (EEA, adequacy
decisions, territories to review), then the rules of the buyer's grid.`),
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var data []byte
			switch format {
			case "json":
				data = rulesJSON(a.lang, a.cat)
			case "text":
				data = []byte(pas.Sanitize(rulesText(a.lang, a.cat)))
			default:
				return usageErr("--format : text ou json, pas « %s »", "--format: text or json, not %q", format)
			}
			_, err := a.stdout.Write(data)
			return err
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", a.t("text ou json", "text or json"))
	return cmd
}

func rulesText(l pas.Lang, cat *pas.Catalogue) string {
	out := pas.Textf("Données pays au %s : %d pays ou territoires (EEE, adéquation, adéquation partielle, à examiner, pays tiers).\n\n",
		"Country data as of %s: %d countries or territories (EEA, adequacy, partial adequacy, to review, third countries).\n\n",
		pas.CountryDataDate, len(pas.Countries())).In(l)
	rows := [][]string{{"ID", pas.T("Gravité", "Severity").In(l), pas.T("Chapitre", "Chapter").In(l), pas.T("Intitulé", "Title").In(l), "Source"}}
	for _, r := range cat.Rules {
		section := strings.Join(r.Chapters(), ", ")
		if section == "" {
			section = "*"
		}
		sev := r.Severity.Text().In(l)
		if !r.Varies.IsZero() {
			sev += " (" + r.Varies.In(l) + ")"
		}
		rows = append(rows, []string{r.ID, sev, section, r.Title.In(l), r.Source})
	}
	out += leftTable(rows)
	out += "\n" + pas.T("Tant que le plan est un projet, les erreurs qui signalent une réponse manquante sont des avertissements.",
		"While the plan is a draft, errors that report a missing answer are warnings.").In(l) + "\n"
	out += pas.Textf("\n%d règles.\n", "\n%d rules.\n", len(cat.Rules)).In(l)
	if len(cat.Policy) > 0 {
		out += "\n" + pas.T("Seuils réglables (bloc policy du plan) :", "Thresholds a plan may set (policy block):").In(l) + "\n"
		rows = [][]string{{"policy", pas.T("Défaut", "Default").In(l), pas.T("Intitulé", "Label").In(l)}}
		for _, f := range cat.Policy {
			rows = append(rows, []string{f.ID, f.Suggest, f.Label.In(l)})
		}
		out += leftTable(rows)
	}
	return out + gridRulesText(l)
}

// gridRulesText lists the rules on the answers to the buyer's grid, which
// pas grid check applies, and pas check when the plan names a grid.
func gridRulesText(l pas.Lang) string {
	out := "\n" + pas.T("Règles de la grille de l'acheteur (pas grid check, et pas check quand le plan nomme une grille) :",
		"Buyer's grid rules (pas grid check, and pas check when the plan names a grid):").In(l) + "\n"
	rows := [][]string{{"ID", pas.T("Gravité", "Severity").In(l), pas.T("Intitulé", "Title").In(l), "Source"}}
	for _, r := range grid.Rules {
		sev := r.Severity.Text().In(l)
		if !r.Varies.IsZero() {
			sev += " (" + r.Varies.In(l) + ")"
		}
		rows = append(rows, []string{r.ID, sev, r.Title.In(l), r.Source})
	}
	return out + leftTable(rows)
}

type jsonRule struct {
	ID        string   `json:"id"`
	Severity  string   `json:"severity"`
	Varies    string   `json:"severity_varies,omitempty"`
	Section   string   `json:"section,omitempty"`
	Also      []string `json:"also_sections,omitempty"`
	Title     string   `json:"title"`
	Rationale string   `json:"rationale"`
	Source    string   `json:"source"`
	NoWaiver  bool     `json:"no_waiver,omitempty"`
}

type jsonThreshold struct {
	ID      string `json:"id"`
	Kind    string `json:"kind"`
	Default string `json:"default"`
	Label   string `json:"label"`
	Help    string `json:"help,omitempty"`
}

type jsonCountry struct {
	Code  string `json:"code"`
	Name  string `json:"name"`
	Class string `json:"class"`
	USLaw bool   `json:"us_law,omitempty"`
}

func rulesJSON(l pas.Lang, cat *pas.Catalogue) []byte {
	out := struct {
		CountryDataDate string          `json:"country_data_date"`
		Rules           []jsonRule      `json:"rules"`
		Thresholds      []jsonThreshold `json:"thresholds"`
		Countries       []jsonCountry   `json:"countries"`
		GridRules       []jsonRule      `json:"grid_rules"`
	}{CountryDataDate: pas.CountryDataDate, Rules: []jsonRule{}, Thresholds: []jsonThreshold{}}
	for _, r := range cat.Rules {
		out.Rules = append(out.Rules, jsonRule{r.ID, r.Severity.String(), r.Varies.In(l), r.Section, r.Also, r.Title.In(l), r.Rationale.In(l), r.Source, r.NoWaiver})
	}
	for _, f := range cat.Policy {
		out.Thresholds = append(out.Thresholds, jsonThreshold{f.ID, f.Kind.String(), f.Suggest, f.Label.In(l), f.Help.In(l)})
	}
	for _, c := range pas.Countries() {
		out.Countries = append(out.Countries, jsonCountry{c.Code, c.Name.In(l), string(c.Class), c.USLaw})
	}
	for _, r := range grid.Rules {
		out.GridRules = append(out.GridRules, jsonRule{ID: r.ID, Severity: r.Severity.String(), Varies: r.Varies.In(l), Title: r.Title.In(l), Rationale: r.Rationale.In(l), Source: r.Source})
	}
	return marshal(out)
}
