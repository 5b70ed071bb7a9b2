package main

import (
	"fmt"
	"strings"

	"github.com/pas-editor/pas/pas"
	"github.com/spf13/cobra"
)

func (a *app) questionsCmd() *cobra.Command {
	var format string
	var all bool
	cmd := &cobra.Command{
		Use:   "questions [FILE]",
		Short: a.t("Lister les questions ouvertes et les valeurs à confirmer", "List open questions and values to confirm"),
		Long: a.t(`Liste les questions ouvertes et les valeurs à confirmer, par chapitre, avec le responsable et
l'échéance : la liste de suivi à envoyer après un atelier. --all ajoute les éléments obligatoires
manquants. Les conflits laissés par une fusion (pas merge) viennent en tête, avec les deux versions.`,
			`Lists the open questions and the values to confirm, by chapter, with owner and due date: the
follow-up list to send after a workshop. --all adds the required items that are missing. Conflicts
left by a merge (pas merge) come first, with both versions.`),
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageErr("--format : text ou json, pas « %s »", "--format: text or json, not %q", format)
			}
			path := planArg(args)
			p, err := a.load(path)
			if err != nil {
				return err
			}
			items := followUps(p, all)
			if format == "json" {
				_, err = a.stdout.Write(questionsJSON(a.lang, p, path, items))
			} else {
				_, err = a.stdout.Write([]byte(conflictsText(a.lang, p, path) + questionsText(a.lang, p, path, items)))
			}
			return err
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", a.t("text ou json", "text or json"))
	cmd.Flags().BoolVar(&all, "all", false, a.t("inclure les éléments obligatoires manquants", "include missing required items"))
	return cmd
}

// followUps returns the plan's open and to-confirm items (and the missing
// ones with all), in catalogue order.
func followUps(p *pas.Plan, all bool) []pas.Item {
	var out []pas.Item
	for _, s := range p.Cat.Sections {
		for _, it := range p.Items(s) {
			if all || it.Kind != pas.Missing {
				out = append(out, it)
			}
		}
	}
	return out
}

func itemLabel(l pas.Lang, p *pas.Plan, it pas.Item) string {
	label := it.Field.Label.In(l)
	if it.Record != nil {
		label += " (" + it.Record.Name(it.Field.List) + ")"
	}
	return label
}

func questionsText(l pas.Lang, p *pas.Plan, path string, items []pas.Item) string {
	var b strings.Builder
	if len(items) == 0 {
		return pas.T("Aucune question ouverte ni valeur à confirmer.", "No open question and no value to confirm.").In(l) + "\n"
	}
	nums := pas.ChapterNumbers(p.Cat)
	section := ""
	for _, it := range items {
		if it.Section.ID != section {
			if section != "" {
				b.WriteByte('\n')
			}
			section = it.Section.ID
			b.WriteString(sectionHeading(l, p.Cat, nums, section) + "\n")
		}
		fmt.Fprintf(&b, "  - [%s] %s", it.Kind.Text().In(l), itemLabel(l, p, it))
		if v := it.Value; v != nil {
			if v.IsSet() {
				b.WriteString(" = " + pas.Format(p, it.Field, v, l))
			}
			if v.Question != "" {
				b.WriteString(" — " + v.Question)
			}
			if v.ForClient {
				b.WriteString(pas.T(" [pour le client]", " [for the client]").In(l))
			}
			var extra []string
			if v.Owner != "" {
				extra = append(extra, pas.T("responsable : ", "owner: ").In(l)+v.Owner)
			}
			if !v.Due.IsZero() {
				extra = append(extra, pas.T("échéance : ", "due: ").In(l)+v.Due.Format(l))
			}
			if len(extra) > 0 {
				b.WriteString(" (" + strings.Join(extra, ", ") + ")")
			}
		}
		fmt.Fprintf(&b, "  %s:%d\n", path, it.Pos.Line)
	}
	return pas.Sanitize(strings.ReplaceAll(strings.ReplaceAll(b.String(), "\u00a0", " "), "\u202f", " "))
}

type jsonItem struct {
	Kind         string `json:"kind"`
	Section      string `json:"section"`
	SectionTitle string `json:"section_title"`
	Path         string `json:"path"`
	Label        string `json:"label"`
	Record       string `json:"record,omitempty"`
	Who          string `json:"who_answers"`
	Value        string `json:"value,omitempty"`
	Question     string `json:"question,omitempty"`
	Owner        string `json:"owner,omitempty"`
	Due          string `json:"due,omitempty"`
	ForClient    bool   `json:"for_client,omitempty"` // the question reaches the client's document
	Line         int    `json:"line"`
}

func questionsJSON(l pas.Lang, p *pas.Plan, path string, items []pas.Item) []byte {
	out := struct {
		File      string         `json:"file"`
		Conflicts []jsonConflict `json:"conflicts,omitempty"`
		Items     []jsonItem     `json:"items"`
	}{File: path, Conflicts: conflictsJSON(p), Items: []jsonItem{}}
	for _, it := range items {
		ji := jsonItem{Kind: it.Kind.String(), Section: it.Section.ID, SectionTitle: it.Section.Title.In(l), Path: it.Path,
			Label: it.Field.Label.In(l), Who: it.Field.Answerer().String(), Line: it.Pos.Line}
		if it.Record != nil {
			ji.Record = it.Record.ID
		}
		if v := it.Value; v != nil {
			ji.Question, ji.Owner, ji.Due, ji.ForClient = v.Question, v.Owner, v.Due.String(), v.ForClient
			if v.IsSet() {
				ji.Value = pas.Format(p, it.Field, v, l)
			}
		}
		out.Items = append(out.Items, ji)
	}
	return marshal(out)
}
