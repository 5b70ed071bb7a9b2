package tui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/pas-editor/pas/pas"
)

// recordsView lists the records of a list with its key columns: add,
// open, duplicate, delete, reorder.
type recordsView struct {
	ctx            *Context
	list           *pas.Field
	cursor, offset int
	w, h           int // the level's size
}

func newRecordsView(ctx *Context, list *pas.Field) *recordsView {
	return &recordsView{ctx: ctx, list: list}
}

func (v *recordsView) records() []*pas.Record { return v.ctx.Plan.Records(v.list) }

func (v *recordsView) capturing() bool { return false }
func (v *recordsView) crumb() string   { return v.list.Label.In(v.ctx.Lang) }

func (v *recordsView) ShortHelp() []key.Binding {
	k := v.ctx.Keys
	out := append(append([]key.Binding{k.Open, k.Add}, v.libraryShortHelp()...), k.Duplicate, k.Delete, k.MoveUp, k.MoveDown)
	if hasBaseline(v.ctx) {
		out = append(out, k.StandardValue)
	}
	return append(out, k.Back)
}

// FullHelp lists the list's keys by theme.
func (v *recordsView) FullHelp() [][]key.Binding {
	k := v.ctx.Keys
	items := []key.Binding{k.Open, k.Add, k.Duplicate, k.Delete, k.MoveUp, k.MoveDown}
	if hasBaseline(v.ctx) {
		items = append(items, k.StandardValue)
	}
	out := [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Back}, items}
	if v.showsLibrary() {
		out = append(out, []key.Binding{k.Revert, k.MakeOwn})
	}
	return out
}

func (v *recordsView) Update(m tea.Msg) (step, tea.Cmd) {
	if ch, ok := m.(libraryChoiceMsg); ok && ch.list == v.list { // the library picker's answer
		return v.chosen(ch), nil
	}
	msg, ok := m.(tea.KeyMsg)
	if !ok {
		return step{}, nil
	}
	k := v.ctx.Keys
	recs := v.records()
	n := len(recs)
	v.cursor = clamp(v.cursor, 0, n-1) // a deletion or an undo may have shortened the list
	if c, ok := moveCursor(k, msg, v.cursor, n); ok {
		v.cursor = c
		return step{}, nil
	}
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Left):
		return step{pop: true}, nil
	case key.Matches(msg, k.Add):
		if d := newLibraryPicker(v.ctx, v.list); d != nil { // a new record, or one of the library's
			v.ctx.Send(pushMsg{d})
			return step{}, nil
		}
		return v.add(nil), nil
	case n == 0:
	case v.libraryKey(msg, recs[v.cursor]):
	case key.Matches(msg, k.Open), key.Matches(msg, k.Right):
		return step{push: newFieldsView(v.ctx, v.list.Section, v.list, recs[v.cursor].ID)}, nil
	case key.Matches(msg, k.Duplicate):
		return v.add(recs[v.cursor]), nil
	case key.Matches(msg, k.Delete):
		v.ctx.Send(pushMsg{deleteDialog(v.ctx, v.list, recs[v.cursor])})
	case key.Matches(msg, k.MoveUp):
		v.move(-1)
	case key.Matches(msg, k.MoveDown):
		v.move(1)
	case key.Matches(msg, k.StandardValue) && !v.ctx.Client:
		resetRecord(v.ctx, v.list, recs[v.cursor].ID)
	}
	return step{}, nil
}

// add inserts a record (a copy of from, when given) after the cursor and
// opens it.
func (v *recordsView) add(from *pas.Record) step {
	c, list := v.ctx, v.list
	id := newRecordID(c.Plan, list)
	at := min(v.cursor+1, len(v.records()))
	copySuffix := c.T(" (copie)", " (copy)")
	c.Send(editMsg{[]string{list.Section.ID}, func(p *pas.Plan) {
		r := &pas.Record{ID: id}
		if from != nil {
			r = from.Clone()
			r.ID, r.Pos = id, pas.Pos{}
			if nf := list.RecordField(list.Name); nf.Kind == pas.KText {
				if nv := r.Get(nf); nv.IsSet() {
					nv.Str += copySuffix
				}
			}
		}
		insertRecord(p, list, at, r)
	}})
	v.cursor = at
	if from != nil { // a copy keeps its name, to change or keep
		return step{push: newFieldsView(c, list.Section, list, id)}
	}
	return step{push: newRecordForm(c, list, id)}
}

// newRecordForm opens a record just added, its name being typed.
func newRecordForm(c *Context, list *pas.Field, id string) *fieldsView {
	fv := newFieldsView(c, list.Section, list, id)
	fv.open(list.RecordField(list.Name))
	return fv
}

// insertRecord puts a record at a position of its list.
func insertRecord(p *pas.Plan, list *pas.Field, at int, r *pas.Record) {
	l := p.ListOf(list)
	l.Records = append(l.Records[:at], append([]*pas.Record{r}, l.Records[at:]...)...)
}

func (v *recordsView) move(by int) {
	to := v.cursor + by
	if to < 0 || to >= len(v.records()) {
		return
	}
	v.ctx.Send(swapMsg(v.list, v.cursor, to))
	v.cursor = to
}

// swapMsg asks to swap two records of a list.
func swapMsg(list *pas.Field, from, to int) editMsg {
	return editMsg{[]string{list.Section.ID}, func(p *pas.Plan) {
		l := p.ListOf(list).Records
		l[from], l[to] = l[to], l[from]
	}}
}

// newRecordID returns the first free id of the form <list>-<n>.
func newRecordID(p *pas.Plan, list *pas.Field) string {
	for n := len(p.Records(list)) + 1; ; n++ {
		id := fmt.Sprintf("%s-%d", list.ID, n)
		if p.Record(list, id) == nil {
			return id
		}
	}
}

// deleteDialog confirms a deletion, saying which references go with it.
func deleteDialog(c *Context, list *pas.Field, r *pas.Record) mode {
	body := fmt.Sprintf(c.T("Supprimer « %s » ?", "Delete \"%s\"?"), sanitize(r.Name(list)))
	if uses := refSummary(c, c.Plan.References(list, r.ID)); uses != "" {
		body += "\n\n" + c.T("Ces références seront retirées : ", "These references will be removed: ") + uses
	}
	id := r.ID
	return newConfirmDialog(c, c.T("Suppression", "Deletion"), body,
		editMsg{c.Cat.ReferencingSections(list), func(p *pas.Plan) { deleteRecord(p, list, id) }})
}

// refSummary counts references by field: "RACI assignment (12), Site operator (2)".
func refSummary(c *Context, uses []pas.RefUse) string {
	count := map[string]int{}
	for _, u := range uses {
		label := u.Field.Label.In(c.Lang)
		if u.Field.List != nil {
			label = u.Field.List.Label.In(c.Lang) + " – " + label
		}
		count[label]++
	}
	var parts []string
	for label, n := range count {
		parts = append(parts, fmt.Sprintf("%s (%d)", label, n))
	}
	sort.Strings(parts)
	return strings.Join(parts, ", ")
}

// View draws the records as a table of the list's key columns.
// SetSize sets the level's size.
func (v *recordsView) SetSize(w, h int) { v.w, v.h = w, h }

func (v *recordsView) View() string {
	w, h := v.w, v.h
	c, st := v.ctx, v.ctx.Styles
	recs := v.records()
	if len(recs) == 0 {
		return st.Faint.Render(wrap(c.T("Aucun élément. Touche + : ajouter.", "No item. Key +: add one."), w))
	}
	cols := append([]string{v.list.Name}, v.list.Columns...)
	lib := v.showsLibrary()
	lead := 2 // the mark and a space, and the library's mark when it shows
	if lib {
		lead = 3
	}
	colW := max((w-lead)/len(cols), 6)
	header := strings.Repeat(" ", lead)
	for _, col := range cols {
		header += padTo(truncate(v.list.RecordField(col).Label.In(c.Lang), colW-1), colW)
	}
	lines := []string{st.Faint.Render(truncate(header, w))}
	rows := max(h-3, 1)
	v.cursor = clamp(v.cursor, 0, len(recs)-1)
	v.offset = scrollOffset(v.cursor, v.offset, rows)
	for i := v.offset; i < len(recs) && i < v.offset+rows; i++ {
		r := recs[i]
		line := ""
		for _, col := range cols {
			f := v.list.RecordField(col)
			cell := cellText(c, f, r.Get(f))
			if !c.Plan.Active(f, r) {
				cell = "–"
			}
			line += padTo(truncate(cell, colW-1), colW)
		}
		mark, style := recordMark(c, v.list, r)
		if c.Client { // in presentation, a mark says what is left, in no alarming colour
			style = st.Faint
		}
		src, srcStyle := v.recordSource(r, lib)
		dev := devColumn(c, v.list.Path+"["+r.ID+"]")
		if i == v.cursor {
			lines = append(lines, st.Selected.Render(padTo(truncate(mark+src+dev+line, w), w)))
		} else {
			lines = append(lines, style.Render(mark)+srcStyle.Render(src)+dev+truncate(line, w-lead))
		}
	}
	lines = append(lines, st.Faint.Render(truncate(fmt.Sprintf("%d/%d", v.cursor+1, len(recs))+v.libraryLegend(lib), w)))
	return strings.Join(lines, "\n")
}

// recordMark is the worst marker among a record's findings and values.
func recordMark(c *Context, list *pas.Field, r *pas.Record) (string, lipgloss.Style) {
	st := c.Styles
	worst := pas.Severity(0)
	if !c.Client {
		worst = c.Stats.byRecord[list.Path+"["+r.ID+"]"]
	}
	switch worst {
	case pas.Error:
		return "✗", st.Error
	case pas.Warning:
		return "!", st.Warning
	}
	for _, f := range list.Fields {
		if v := r.Get(f); v.Pending() {
			return "?", st.Confirm
		}
		if f.Required && !r.Get(f).IsSet() && c.Plan.Active(f, r) {
			return "○", st.Missing
		}
	}
	return " ", st.Faint
}
