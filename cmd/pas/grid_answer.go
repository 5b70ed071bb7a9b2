package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/pas-editor/pas/grid"
	"github.com/pas-editor/pas/pas"
	"github.com/spf13/cobra"
)

func (a *app) gridStatusCmd() *cobra.Command {
	var ids []string
	cmd := &cobra.Command{
		Use:   "status [FILE]",
		Short: a.t("Lister les exigences, leur association et leur statut proposé", "List the requirements, their mapping and proposed status"),
		Long: a.t(`Pour chaque exigence : son texte, l'association acceptée (ou proposée, entre crochets), le statut
validé, et le statut que pas propose d'après le plan avec ce qu'il a lu. Une proposition n'est qu'une
proposition : « pas grid accept » ou « pas grid set » la valide.`,
			`For each requirement: its text, the accepted mapping (or the proposed one, in brackets), the validated
status, and the status pas proposes from the plan with what it read. A proposal is only a proposal:
"pas grid accept" or "pas grid set" validates it.`),
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, g, _, err := a.loadGrid(planArg(args))
			if err != nil {
				return err
			}
			adv := grid.NewAdvisor(a.cat)
			ref := pas.HeadingReferences(p, pas.RenderOptions{})
			var b strings.Builder
			for _, r := range selected(g, ids) {
				a.writeRequirement(&b, adv, p, g, r, ref)
			}
			_, err = a.stdout.Write([]byte(b.String()))
			return err
		},
	}
	cmd.Flags().StringSliceVar(&ids, "id", nil, a.t("seulement ces exigences", "only these requirements"))
	return cmd
}

func selected(g *grid.Grid, ids []string) []*grid.Requirement {
	if len(ids) == 0 {
		return g.Requirements
	}
	var out []*grid.Requirement
	for _, id := range ids {
		if r := g.Requirement(id); r != nil {
			out = append(out, r)
		}
	}
	return out
}

func (a *app) writeRequirement(b *strings.Builder, adv *grid.Advisor, p *pas.Plan, g *grid.Grid, r *grid.Requirement, ref func(string) string) {
	var about []string
	if r.Priority != "" {
		about = append(about, pas.Sanitize(r.Priority))
	}
	if g.Minimum(r) {
		about = append(about, a.t("exigence minimale", "minimum requirement"))
	}
	head := pas.Sanitize(r.ID)
	if len(about) > 0 {
		head += "  (" + strings.Join(about, ", ") + ")"
	}
	fmt.Fprintf(b, "%s\n  %s\n", head, pas.Sanitize(oneLine(r.Text)))
	mapping := a.t("non associée", "not mapped")
	switch {
	case len(r.Map) > 0:
		mapping = strings.Join(r.Map, ", ") + "  " + grid.References(ref, r.Map)
	case len(r.Proposed) > 0:
		mapping = "[" + strings.Join(r.Proposed, ", ") + "]  " + a.t("proposée", "proposed")
	}
	fmt.Fprintf(b, "  %s %s\n", a.t("association :", "mapping:    "), mapping)
	status := a.t("non validé", "not validated")
	if r.Status != "" {
		status = r.Status.Text().In(a.lang)
	}
	prop := adv.Status(p, r)
	fmt.Fprintf(b, "  %s %s%s%s %s\n", a.t("statut :", "status:     "), status, a.t(" ; ", "; "), a.t("proposé :", "proposed:"), prop.Status.Text().In(a.lang))
	for _, e := range prop.Evidence {
		fmt.Fprintf(b, "      %s\n", pas.Sanitize(e.In(a.lang)))
	}
	if r.Comment != "" {
		fmt.Fprintf(b, "  %s %s\n", a.t("commentaire :", "comment:    "), pas.Sanitize(oneLine(r.Comment)))
	}
	b.WriteByte('\n')
}

func (a *app) gridAcceptCmd() *cobra.Command {
	var ids []string
	var all, status bool
	cmd := &cobra.Command{
		Use:   "accept [FILE] (--all | --id ID...)",
		Short: a.t("Accepter les associations (ou les statuts) que pas propose", "Accept the mappings (or statuses) pas proposes"),
		Long: a.t(`Copie l'association proposée dans l'association acceptée des exigences données (--id) ou de toutes
celles qui n'en ont pas (--all). Avec --status, valide le statut proposé lorsqu'il n'est pas « à évaluer »
(seuils comparés au plan) ; les autres restent à valider avec « pas grid set ».`,
			`Copies the proposed mapping into the accepted mapping of the given requirements (--id) or of all
those without one (--all). With --status, validates the proposed status where it is not "to assess"
(thresholds compared with the plan); the others remain to validate with "pas grid set".`),
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if all == (len(ids) > 0) {
				return usageErr("indiquez --all ou --id", "give --all or --id")
			}
			return a.gridAccept(planArg(args), ids, status)
		},
	}
	cmd.Flags().StringSliceVar(&ids, "id", nil, a.t("exigences à accepter", "requirements to accept"))
	cmd.Flags().BoolVar(&all, "all", false, a.t("toutes les exigences sans association (ou sans statut)", "every requirement without a mapping (or status)"))
	cmd.Flags().BoolVar(&status, "status", false, a.t("valider le statut proposé au lieu de l'association", "validate the proposed status instead of the mapping"))
	return cmd
}

func (a *app) gridAccept(planPath string, ids []string, status bool) error {
	p, g, gpath, err := a.loadGrid(planPath)
	if err != nil {
		return err
	}
	if err := checkIDs(g, ids); err != nil {
		return err
	}
	adv := grid.NewAdvisor(a.cat)
	n := 0
	for _, r := range selected(g, ids) {
		explicit := len(ids) > 0
		switch {
		case !status && len(r.Proposed) > 0 && (explicit || len(r.Map) == 0):
			r.Map = append([]string(nil), r.Proposed...)
			n++
		case status && (explicit || r.Status == ""):
			if prop := adv.Status(p, r); prop.Status != grid.ToAssess {
				r.Status = prop.Status
				n++
			}
		}
	}
	if err := a.write(gpath, grid.Encode(g)); err != nil {
		return err
	}
	if status {
		a.say("%s.", "%s.", a.count(n, "statut validé", "statuts validés", "status validated", "statuses validated"))
	} else {
		a.say("%s.", "%s.", a.count(n, "association acceptée", "associations acceptées", "mapping accepted", "mappings accepted"))
	}
	return nil
}

func checkIDs(g *grid.Grid, ids []string) error {
	for _, id := range ids {
		if g.Requirement(id) == nil {
			return usageErr("pas d'exigence « %s » dans la grille", "no requirement %q in the grid", pas.Sanitize(id))
		}
	}
	return nil
}

func (a *app) gridSetCmd() *cobra.Command {
	var id, status, comment string
	var mapping []string
	cmd := &cobra.Command{
		Use:   "set [FILE] --id ID [--map CHAPITRE,…] [--status STATUT] [--comment TEXTE]",
		Short: a.t("Associer une exigence, valider son statut, écrire son commentaire", "Map a requirement, validate its status, write its comment"),
		Long: a.t(`--map prend des chapitres (continuity) ou des champs (continuity.bcp.rto) ; « - » retire l'association.
--status : compliant, partial, non_compliant, not_applicable, ou « - » pour retirer la validation.
--comment « - » efface le commentaire.`,
			`--map takes chapters (continuity) or fields (continuity.bcp.rto); "-" removes the mapping.
--status: compliant, partial, non_compliant, not_applicable, or "-" to withdraw the validation.
--comment "-" clears the comment.`),
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if id == "" {
				return usageErr("indiquez l'exigence avec --id", "give the requirement with --id")
			}
			return a.gridSet(planArg(args), id, mapping, status, comment, cmd.Flags().Changed("comment"))
		},
	}
	cmd.Flags().StringVar(&id, "id", "", a.t("exigence", "requirement"))
	cmd.Flags().StringSliceVar(&mapping, "map", nil, a.t("chapitres ou champs", "chapters or fields"))
	cmd.Flags().StringVar(&status, "status", "", "compliant, partial, non_compliant, not_applicable")
	cmd.Flags().StringVar(&comment, "comment", "", a.t("commentaire ou justification", "comment or justification"))
	return cmd
}

func (a *app) gridSet(planPath, id string, mapping []string, status, comment string, setComment bool) error {
	_, g, gpath, err := a.loadGrid(planPath)
	if err != nil {
		return err
	}
	r := g.Requirement(id)
	if r == nil {
		return usageErr("pas d'exigence « %s » dans la grille", "no requirement %q in the grid", pas.Sanitize(id))
	}
	switch {
	case len(mapping) == 1 && mapping[0] == "-":
		r.Map = nil
	case len(mapping) > 0:
		for _, t := range mapping {
			if !grid.ValidTarget(a.cat, t) {
				return usageErr("--map : « %s » n'est ni un chapitre ni un champ du plan", "--map: %q is neither a chapter nor a field of the plan", pas.Sanitize(t))
			}
		}
		r.Map = grid.SortTargets(a.cat, mapping)
	}
	switch st, ok := grid.ParseStatus(status); {
	case status == "":
	case status == "-":
		r.Status = ""
	case !ok:
		return usageErr("--status : compliant, partial, non_compliant ou not_applicable, pas « %s »", "--status: compliant, partial, non_compliant or not_applicable, not %q", status)
	default:
		r.Status = st
	}
	if setComment {
		r.Comment = strings.TrimSpace(comment)
		if comment == "-" {
			r.Comment = ""
		}
	}
	return a.write(gpath, grid.Encode(g))
}

func (a *app) gridCheckCmd() *cobra.Command {
	var format, asOf, src string
	cmd := &cobra.Command{
		Use:   "check [FILE]",
		Short: a.t("Vérifier les réponses à la grille", "Check the answers to the grid"),
		Long: a.t(`Constats : exigence non associée (GRID-01) ; associée à une réponse manquante, à confirmer ou non
applicable (GRID-02) ; déclarée conforme alors que le plan a une erreur ou manque le seuil exigé
(GRID-03) ; exigence minimale partiellement satisfaite, non satisfaite ou sans réponse (GRID-04) ;
commentaire trop long pour la cellule (GRID-05) ; fichier de l'acheteur modifié depuis l'import
(GRID-06). Sort avec le code 1 s'il y a une erreur.`,
			`Findings: requirement not mapped (GRID-01); mapped to a missing, to-confirm or not applicable answer
(GRID-02); marked compliant while the plan has an error or misses the stated threshold (GRID-03);
minimum requirement partially met, not met or not answered (GRID-04); comment too long for the cell
(GRID-05); buyer's file changed since the import (GRID-06). Exits with code 1 on an error.`),
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageErr("--format : text ou json, pas « %s »", "--format: text or json, not %q", format)
			}
			today, err := a.today(asOf)
			if err != nil {
				return err
			}
			return a.gridCheck(planArg(args), format, src, today)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", a.t("text ou json", "text or json"))
	cmd.Flags().StringVar(&asOf, "as-of", "", a.t("date des contrôles du plan (AAAA-MM-JJ)", "date of the plan's checks (YYYY-MM-DD)"))
	cmd.Flags().StringVar(&src, "grid", "", a.t("fichier de l'acheteur, s'il n'est pas à côté du plan", "the buyer's file, when it is not beside the plan"))
	return cmd
}

func (a *app) gridCheck(planPath, format, src string, today pas.Date) error {
	p, g, gpath, err := a.loadGrid(planPath)
	if err != nil {
		return err
	}
	state := grid.BookStateOf(grid.BuyerFile(gpath, g, src), g.Source.SHA256)
	fs := grid.NewAdvisor(a.cat).Check(g, p, pas.RunChecks(p, today), state)
	var data []byte
	if format == "json" {
		data = gridFindingsJSON(a.lang, gpath, fs)
	} else {
		data = []byte(a.gridFindingsText(gpath, fs))
	}
	if _, err := a.stdout.Write(data); err != nil {
		return err
	}
	for _, f := range fs {
		if f.Severity == pas.Error {
			return &exitError{code: exitFindings}
		}
	}
	return nil
}

func (a *app) gridFindingsText(path string, fs []grid.Finding) string {
	var b strings.Builder
	count := map[pas.Severity]int{}
	for _, f := range fs {
		count[f.Severity]++
		fmt.Fprintf(&b, "%s:%d:%d  %-13s %-8s %s\n", pas.Sanitize(path), f.Pos.Line, f.Pos.Col, f.Severity.Text().In(a.lang), f.Rule, pas.Sanitize(f.Message.In(a.lang)))
	}
	if len(fs) > 0 {
		b.WriteByte('\n')
	}
	if len(fs) == 0 {
		b.WriteString(a.t("Aucun constat.\n", "No findings.\n"))
	} else {
		b.WriteString(pas.Textf("%s, %s.\n", "%s, %s.\n", pas.Count(count[pas.Error], "erreur", "erreurs", "error", "errors"),
			pas.Count(count[pas.Warning], "avertissement", "avertissements", "warning", "warnings")).In(a.lang))
	}
	return b.String()
}

// gridFindingsJSON writes the findings as JSON: file, then one object per
// finding with rule, severity, requirement, line, column and message.
func gridFindingsJSON(l pas.Lang, path string, fs []grid.Finding) []byte {
	type item struct {
		Rule        string `json:"rule"`
		Severity    string `json:"severity"`
		Requirement string `json:"requirement,omitempty"`
		Line        int    `json:"line"`
		Column      int    `json:"column"`
		Message     string `json:"message"`
	}
	out := struct {
		File     string `json:"file"`
		Findings []item `json:"findings"`
	}{File: path, Findings: []item{}}
	for _, f := range fs {
		out.Findings = append(out.Findings, item{f.Rule, f.Severity.String(), f.ID, f.Pos.Line, f.Pos.Col, f.Message.In(l)})
	}
	data, _ := json.MarshalIndent(out, "", "  ")
	return append(data, '\n')
}
