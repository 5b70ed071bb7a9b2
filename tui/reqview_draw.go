package tui

// Drawing the requirements view: the list and its rows, the frame, the
// filter line; the detail is in reqdetail.go.

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/pas-editor/pas/grid"
	"github.com/pas-editor/pas/pas"
)

// View draws the list and the detail: side by side on a wide screen,
// the detail under the list otherwise.
func (v *reqView) View() string {
	c := v.ctx
	w, h := v.w, v.h-2
	if w <= 0 || h <= 0 {
		return ""
	}
	rs := v.rs
	if rs.g == nil {
		text := c.T("Lecture de la grille d'exigences…", "Reading the requirement grid…")
		if rs.err != nil {
			text = c.T("Grille d'exigences illisible : ", "Requirement grid unreadable: ") + reqLoadError(c.Lang, rs.err)
		}
		return strings.Join(titledFrame(c.Styles, v.title(), wrap(text, w-2), w, h, true), "\n")
	}
	var lw, lh, dw, dh int
	if w >= wideWidth {
		lw, dw, lh, dh = w*11/20, w-w*11/20, h, h
	} else {
		lh = max(h*9/20, 7)
		lw, dw, dh = w, w, h-lh
	}
	list := titledFrame(c.Styles, v.title(), v.listView(lw-2, lh-2), lw, lh, !v.detail)
	detail := titledFrame(c.Styles, v.detailTitle(), v.detailView(dw-2, dh-2), dw, dh, v.detail)
	if w >= wideWidth {
		for i := range list {
			list[i] += detail[i]
		}
		return strings.Join(list, "\n")
	}
	return strings.Join(append(list, detail...), "\n")
}

// title names the grid and says how many statuses are validated, the only
// ones exported.
func (v *reqView) title() string {
	c := v.ctx
	g := v.grid()
	if g == nil {
		return c.T("Exigences de l'acheteur", "The buyer's requirements")
	}
	n := 0
	for _, r := range g.Requirements {
		if r.Status != "" {
			n++
		}
	}
	return fmt.Sprintf(c.T("Exigences de l'acheteur · %d/%d validées, seules exportées", "The buyer's requirements · %d/%d validated, the only ones exported"), n, len(g.Requirements))
}

// titledFrame is a pane's frame with a title in its top border.
func titledFrame(st *Styles, title, content string, w, h int, focused bool) []string {
	lines := frame(st, content, w, h, focused)
	border, style := st.Border, st.BorderStyle
	if focused {
		border, style = st.FocusBorder, st.FocusStyle
	}
	t := truncate(" "+title+" ", w-4)
	rest := w - 3 - ansi.StringWidth(t)
	if rest < 0 {
		return lines
	}
	lines[0] = style.Render(border.TopLeft+border.Top) + st.Title.Render(t) + style.Render(strings.Repeat(border.Top, rest)+border.TopRight)
	return lines
}

// listView draws the findings on the grid as a whole (the buyer's file),
// the filter line and the rows on screen.
func (v *reqView) listView(w, h int) string {
	c, st := v.ctx, v.ctx.Styles
	shown := v.list()
	var lines []string
	if rs := c.Stats.reqs; rs != nil {
		for _, f := range rs.file {
			mark, style := "! ", st.Warning
			if f.Severity == pas.Error {
				mark, style = "✗ ", st.Error
			}
			lines = append(lines, style.Render(truncate(mark+f.Rule+" "+sanitize(f.Message.In(c.Lang)), w)))
		}
	}
	lines = append(lines, v.filterLine(w))
	rows := max(h-len(lines), 1)
	if len(shown) == 0 {
		return strings.Join(append(lines, v.ctx.Styles.Faint.Render(wrap(v.ctx.T("Aucune exigence ne correspond aux filtres.", "No requirement matches the filters."), w))), "\n")
	}
	v.offset = scrollOffset(v.cursor, v.offset, rows)
	v.setCols()
	for i := v.offset; i < len(shown) && i < v.offset+rows; i++ {
		lines = append(lines, v.rowView(shown[i], i == v.cursor, w))
	}
	return strings.Join(lines, "\n")
}

// filterLine shows the state filter and the text filter, with how many
// requirements they keep.
func (v *reqView) filterLine(w int) string {
	c, st := v.ctx, v.ctx.Styles
	state := fmt.Sprintf(c.T("État : %s (%d)", "State: %s (%d)"), v.stage.text(c), v.counts[v.stage])
	text := c.T("/ filtre le texte", "/ filters the text")
	switch {
	case v.filtering:
		r := []rune(v.filter.Value())
		pos := clamp(v.filter.Position(), 0, len(r))
		text = st.Input.Render(c.T("Filtre : ", "Filter: ") + string(r[:pos]) + "▏" + string(r[pos:]))
	case v.filter.Value() != "":
		text = c.T("Filtre : ", "Filter: ") + pas.Quote(sanitize(v.filter.Value()), c.Lang)
	}
	return truncate(state+" · "+text, w)
}

// setCols sizes the id and priority columns from the grid's, once.
func (v *reqView) setCols() {
	g := v.grid()
	if v.colsOf == g {
		return
	}
	v.colsOf, v.cols = g, reqCols{}
	for _, r := range g.Requirements {
		v.cols.id = max(v.cols.id, ansi.StringWidth(sanitize(r.ID)))
		v.cols.prio = max(v.cols.prio, ansi.StringWidth(sanitize(r.Priority)))
	}
	v.cols.id, v.cols.prio = min(v.cols.id, 12), min(v.cols.prio, 6)
	if len(g.Source.Minimum) > 0 && v.cols.prio > 0 {
		v.cols.prio++ // the minimum requirement's mark
	}
}

// rowView draws a requirement on one line: its mark, id, priority
// (* a minimum requirement), text, mapping and status.
func (v *reqView) rowView(r *grid.Requirement, current bool, w int) string {
	st := v.ctx.Styles
	mark, markStyle := v.mark(r)
	mapW, statW := 10, 13
	if w >= 100 {
		mapW, statW = 14, 15
	}
	prio := ""
	if v.cols.prio > 0 {
		p := sanitize(r.Priority)
		if v.grid().Minimum(r) {
			p += "*"
		}
		prio = padTo(truncate(p, v.cols.prio), v.cols.prio) + " "
	}
	textW := max(w-2-v.cols.id-1-len([]rune(prio))-mapW-1-statW, 8)
	id := padTo(truncate(sanitize(r.ID), v.cols.id), v.cols.id)
	text := padTo(truncate(v.row(r).line, textW), textW)
	mapping, mapStyle := v.mappingCell(r)
	status, statStyle := v.statusCell(r)
	body := id + " " + prio + text + " "
	if current {
		body = st.Selected.Render(body)
	}
	return markStyle.Render(mark) + " " + body + mapStyle.Render(padTo(truncate(mapping, mapW-1), mapW)) + statStyle.Render(truncate(status, statW))
}

// mark sums a requirement up: ✗ an error, ! a warning (the checker's),
// ✓ validated, ? a proposal waits, ○ work to do (to map, to assess).
func (v *reqView) mark(r *grid.Requirement) (string, lipgloss.Style) {
	st := v.ctx.Styles
	if fs := v.findings(r); len(fs) > 0 {
		if fs[0].Severity == pas.Error {
			return "✗", st.Error
		}
		return "!", st.Warning
	}
	switch v.stageOf(r) {
	case stageValidated:
		return "✓", st.OK
	case stageProposed:
		return "?", st.Confirm
	}
	return "○", st.Missing
}

// mappingCell cites the chapters of the accepted mapping ("§ 12"), the
// proposed one in brackets, or none.
func (v *reqView) mappingCell(r *grid.Requirement) (string, lipgloss.Style) {
	st := v.ctx.Styles
	switch {
	case len(r.Map) > 0:
		return grid.References(v.refs, r.Map), st.Value
	case len(r.Proposed) > 0:
		return "(" + grid.References(v.refs, r.Proposed) + ")", st.Faint
	}
	return "—", st.Faint
}

// statusCell shows the validated status, or the proposal ("? …").
func (v *reqView) statusCell(r *grid.Requirement) (string, lipgloss.Style) {
	c, st := v.ctx, v.ctx.Styles
	if r.Status != "" {
		return shortStatus(c, r.Status), st.OK
	}
	if p, ok := v.proposal(r); ok && (len(r.Map) > 0 || len(r.Proposed) > 0) {
		return "? " + shortStatus(c, p.Status), st.Faint
	}
	return "—", st.Faint
}

// shortStatus names a status where room is short.
func shortStatus(c *Context, s grid.Status) string {
	switch s {
	case grid.Compliant:
		return c.T("Conforme", "Compliant")
	case grid.Partial:
		return c.T("Partiel", "Partial")
	case grid.NonCompliant:
		return c.T("Non conforme", "Not compliant")
	case grid.NotApplicable:
		return c.T("Sans objet", "N/A")
	case grid.ToAssess:
		return c.T("À évaluer", "To assess")
	}
	return string(s)
}
