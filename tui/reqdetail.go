package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/pas-editor/pas/grid"
	"github.com/pas-editor/pas/pas"
)

// The detail of a requirement: its whole text, the mapping (accepted or
// proposed) with what the plan holds there and in which state, pas's
// proposed status with its evidence, the status validated (the only one
// exported), the comment, and the checker's findings.

// detailTitle names the requirement whose detail is shown.
func (v *reqView) detailTitle() string {
	if r := v.current(); r != nil {
		return sanitize(r.ID)
	}
	return v.ctx.T("Détail", "Detail")
}

// detailView draws the detail in w×h, from its scroll; a detail longer
// than the pane says how to read the rest.
func (v *reqView) detailView(w, h int) string {
	r := v.current()
	if r == nil {
		return ""
	}
	lines := v.detailLines(r, w)
	v.detOff = clamp(v.detOff, 0, max(len(lines)-h, 0))
	lines = lines[v.detOff:]
	if len(lines) > h {
		more := v.ctx.T("… tab puis ↓ : la suite", "… tab then ↓: the rest")
		if v.detail {
			more = v.ctx.T("… ↓ : la suite", "… ↓: the rest")
		}
		lines = append(lines[:h-1], v.ctx.Styles.Faint.Render(more))
	}
	return strings.Join(lines, "\n")
}

// detailLines lays the detail out in w columns.
func (v *reqView) detailLines(r *grid.Requirement, w int) []string {
	c, st := v.ctx, v.ctx.Styles
	var out []string
	add := func(text string, style lipgloss.Style) {
		for _, l := range strings.Split(wrap(text, w), "\n") {
			out = append(out, style.Render(strings.TrimRight(l, " ")))
		}
	}
	add(v.heading(r), st.Title)
	add(sanitize(strings.TrimSpace(r.Text)), st.Label)
	out = append(out, "")
	v.mappingLines(r, add)
	v.proposalLines(r, add)
	v.answerLines(r, add)
	if fs := v.findings(r); len(fs) > 0 {
		add(c.T("Constats :", "Findings:"), st.Label.Bold(true))
		for _, f := range fs {
			mark, style := "! ", st.Warning
			if f.Severity == pas.Error {
				mark, style = "✗ ", st.Error
			}
			add("  "+mark+f.Rule+" "+sanitize(f.Message.In(c.Lang)), style)
		}
	}
	return out
}

// heading gives the requirement's id, priority (and whether it is a
// minimum requirement) and category.
func (v *reqView) heading(r *grid.Requirement) string {
	c := v.ctx
	parts := []string{sanitize(r.ID)}
	if r.Priority != "" {
		p := fmt.Sprintf(c.T("priorité %s", "priority %s"), sanitize(r.Priority))
		if v.grid().Minimum(r) {
			p += c.T(", exigence minimale", ", minimum requirement")
		}
		parts = append(parts, p)
	}
	if r.Category != "" {
		parts = append(parts, sanitize(r.Category))
	}
	return strings.Join(parts, " · ")
}

// mappingLines say whether the mapping is accepted or only proposed, and
// what the plan holds for each target, in which state.
func (v *reqView) mappingLines(r *grid.Requirement, add func(string, lipgloss.Style)) {
	c, st := v.ctx, v.ctx.Styles
	ts := r.Map
	switch {
	case len(r.Map) > 0:
		add(c.T("Association acceptée :", "Mapping accepted:"), st.Label.Bold(true))
	case len(r.Proposed) > 0:
		ts = r.Proposed
		add(c.T("Association proposée par pas, pas encore acceptée (y l'accepte, m la change) :",
			"Mapping proposed by pas, not accepted yet (y accepts it, m changes it):"), st.Confirm)
	default:
		add(c.T("Aucune association : m choisit les chapitres ou les champs qui y répondent.",
			"No mapping: m chooses the chapters or fields that answer it."), st.Missing)
		return
	}
	nums := pas.ChapterNumbers(c.Cat)
	for _, mv := range v.rs.adv.MappedValues(c.Plan, ts) {
		label := mv.Label(nums).In(c.Lang)
		if mv.Field != nil {
			label = fmt.Sprintf("§\u00a0%d %s", nums[mv.Chapter.ID], label)
		}
		state, style := valueStateText(c, mv)
		text := label
		if mv.Field != nil {
			value := "—"
			if !mv.Value.IsZero() {
				value = oneLine(sanitize(mv.Value.In(c.Lang)))
			}
			text += c.T(" : ", ": ") + value
		}
		add("  "+text+" · "+state, style)
	}
}

// valueStateText names the state of what the plan holds for a target.
func valueStateText(c *Context, mv grid.MappedValue) (string, lipgloss.Style) {
	st := c.Styles
	switch mv.State {
	case grid.ValueToConfirm:
		return c.T("à confirmer", "to confirm"), st.Confirm
	case grid.ValueNotApplicable:
		return c.T("chapitre non applicable", "chapter does not apply"), st.NA
	case grid.ValueMissing:
		if mv.Field == nil {
			return pas.Count(mv.Missing, "réponse requise manquante", "réponses requises manquantes", "required answer missing", "required answers missing").In(c.Lang), st.Missing
		}
		return c.T("sans réponse", "not answered"), st.Missing
	}
	if mv.Field == nil {
		return c.T("réponses requises données", "required answers given"), st.Label
	}
	return c.T("engagé", "committed"), st.Label
}

// proposalLines give pas's proposed status, worked out on the plan as it
// is now, and what it read.
func (v *reqView) proposalLines(r *grid.Requirement, add func(string, lipgloss.Style)) {
	c, st := v.ctx, v.ctx.Styles
	if len(r.Map) == 0 && len(r.Proposed) == 0 {
		return
	}
	prop := v.liveProposal(r)
	head := c.T("Statut proposé par pas : ", "Status proposed by pas: ") + prop.Status.Text().In(c.Lang)
	if prop.Status == grid.ToAssess {
		head += c.T(" (aucun seuil comparable : à vous d'en juger)", " (no threshold to compare: yours to judge)")
	}
	add(head, st.Label.Bold(true))
	for _, e := range prop.Evidence {
		add("  "+sanitize(e.In(c.Lang)), st.Faint)
	}
}

// answerLines give the status validated (the only one exported) and the
// comment, with its length against what the buyer's cell accepts.
func (v *reqView) answerLines(r *grid.Requirement, add func(string, lipgloss.Style)) {
	c, st, g := v.ctx, v.ctx.Styles, v.grid()
	if r.Status == "" {
		add(c.T("Statut : non validé, rien n'est exporté (s valide la proposition, entrée choisit).",
			"Status: not validated, nothing is exported (s validates the proposal, enter chooses)."), st.Missing)
	} else {
		text := c.T("Statut validé, exporté : ", "Status validated, exported: ") + r.Status.Text().In(c.Lang)
		if w := g.BuyerStatus(r.Status, c.Lang); w != r.Status.Text().In(c.Lang) {
			text += fmt.Sprintf(c.T(" (« %s » dans la liste de l'acheteur)", " (\"%s\" in the buyer's list)"), sanitize(w))
		}
		add(text, st.OK.Bold(true))
	}
	if r.Comment == "" {
		add(c.T("Commentaire : aucun (c pour l'écrire).", "Comment: none (c writes it)."), st.Faint)
		return
	}
	head := c.T("Commentaire", "Comment")
	if limit := g.Source.CommentMax; limit > 0 {
		head += fmt.Sprintf(" (%s/%s)", pas.FormatNumber(float64(grid.CommentLen(r.Comment)), c.Lang), pas.FormatNumber(float64(limit), c.Lang))
	}
	style := st.Label.Bold(true)
	if !g.CommentFits(r.Comment) {
		style = st.Error
	}
	add(head+c.T(" :", ":"), style)
	add(sanitize(r.Comment), st.Label)
}
