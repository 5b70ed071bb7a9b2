package main

import (
	"strconv"
	"strings"

	"github.com/pas-editor/pas/pas"
	"github.com/spf13/cobra"
)

func (a *app) statusCmd() *cobra.Command {
	var asOf string
	cmd := &cobra.Command{
		Use:   "status [FILE]",
		Short: a.t("Avancement par chapitre", "Completion by chapter"),
		Long: a.t(`Affiche, pour chaque chapitre, les éléments obligatoires qui s'appliquent, ceux qui sont engagés, à
confirmer ou ouverts, et manquants, le taux d'avancement et le nombre de constats.`,
			`Prints, for each chapter, the required items that apply, how many are committed, pending (to
confirm or open) and missing, the completion rate and the number of findings.`),
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			today, err := a.today(asOf)
			if err != nil {
				return err
			}
			p, err := a.load(planArg(args))
			if err != nil {
				return err
			}
			_, err = a.stdout.Write([]byte(pas.Sanitize(statusTable(a.lang, p, pas.RunChecks(p, today)))))
			return err
		},
	}
	cmd.Flags().StringVar(&asOf, "as-of", "", a.t("date des contrôles (AAAA-MM-JJ), par défaut aujourd'hui", "date of the checks (YYYY-MM-DD), today by default"))
	return cmd
}

func statusTable(l pas.Lang, p *pas.Plan, fs []pas.Finding) string {
	rows := [][]string{strings.Split(pas.T("Chapitre|Requis|Engagés|En attente|Manquants|Avancement|Erreurs|Avert.",
		"Chapter|Required|Committed|Pending|Missing|Complete|Errors|Warnings").In(l), "|")}
	errs, warns := map[string]int{}, map[string]int{}
	for _, f := range fs {
		if f.Waived() {
			continue
		}
		switch f.Severity {
		case pas.Error:
			errs[f.Section]++
		case pas.Warning:
			warns[f.Section]++
		}
	}
	nums := pas.ChapterNumbers(p.Cat)
	row := func(title string, pr pas.Progress, e, w int) []string {
		return []string{title, itoa(pr.Required), itoa(pr.Answered), itoa(pr.Pending), itoa(pr.Missing), itoa(pr.Percent()) + " %", itoa(e), itoa(w)}
	}
	for _, s := range p.Cat.Sections {
		title := sectionHeading(l, p.Cat, nums, s.ID)
		if !p.Applicable(s) {
			rows = append(rows, []string{title, "", "", "", "", pas.T("non applicable", "not applicable").In(l), "", ""})
			continue
		}
		rows = append(rows, row(title, p.Progress(s), errs[s.ID], warns[s.ID]))
	}
	rows = append(rows, row(pas.T("Total", "Total").In(l), p.TotalProgress(), sum(errs), sum(warns)))
	return textTable(rows)
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

func itoa(n int) string { return strconv.Itoa(n) }
