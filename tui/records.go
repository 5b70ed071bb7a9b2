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
	list           *pas.Field
	cursor, offset int
}

func newRecordsView(m *Model, list *pas.Field) *recordsView { return &recordsView{list: list} }

func (v *recordsView) records(m *Model) []*pas.Record { return m.plan.Records(v.list) }

func (v *recordsView) capturing() bool                       { return false }
func (v *recordsView) forward(m *Model, msg tea.Msg) tea.Cmd { return nil }
func (v *recordsView) crumb(m *Model) string                 { return v.list.Label.In(m.lang) }

func (v *recordsView) help(m *Model) []key.Binding {
	k := m.keys
	return []key.Binding{k.Open, k.Add, k.Duplicate, k.Delete, k.MoveUp, k.MoveDown, k.Back}
}

func (v *recordsView) update(m *Model, msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	recs := v.records(m)
	n := len(recs)
	v.cursor = clamp(v.cursor, 0, n-1) // a deletion or an undo may have shortened the list
	if c, ok := moveCursor(k, msg, v.cursor, n); ok {
		v.cursor = c
		return nil
	}
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Left):
		m.form.pop(m)
	case key.Matches(msg, k.Add):
		return v.add(m, nil)
	case n == 0:
	case key.Matches(msg, k.Open), key.Matches(msg, k.Right):
		m.form.push(newFieldsView(m, v.list.Section, v.list, recs[v.cursor].ID))
	case key.Matches(msg, k.Duplicate):
		return v.add(m, recs[v.cursor])
	case key.Matches(msg, k.Delete):
		m.dialog = deleteDialog(m, v.list, recs[v.cursor])
	case key.Matches(msg, k.MoveUp):
		return v.move(m, -1)
	case key.Matches(msg, k.MoveDown):
		return v.move(m, 1)
	}
	return nil
}

// add appends a record (a copy of from, when given) after the cursor and
// opens it.
func (v *recordsView) add(m *Model, from *pas.Record) tea.Cmd {
	id := newRecordID(m.plan, v.list)
	at := min(v.cursor+1, len(v.records(m)))
	cmd := m.mutate([]string{v.list.Section.ID}, func() {
		r := &pas.Record{ID: id}
		if from != nil {
			r = from.Clone()
			r.ID, r.Pos = id, pas.Pos{}
			if nf := v.list.RecordField(v.list.Name); nf.Kind == pas.KText {
				if nv := r.Get(nf); nv.IsSet() {
					nv.Str += m.t(" (copie)", " (copy)")
				}
			}
		}
		l := m.plan.ListOf(v.list)
		l.Records = append(l.Records[:at], append([]*pas.Record{r}, l.Records[at:]...)...)
	})
	v.cursor = at
	m.form.push(newFieldsView(m, v.list.Section, v.list, id))
	return cmd
}

func (v *recordsView) move(m *Model, step int) tea.Cmd {
	recs := v.records(m)
	to := v.cursor + step
	if to < 0 || to >= len(recs) {
		return nil
	}
	from := v.cursor
	v.cursor = to
	return m.mutate([]string{v.list.Section.ID}, func() {
		l := m.plan.ListOf(v.list).Records
		l[from], l[to] = l[to], l[from]
	})
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
func deleteDialog(m *Model, list *pas.Field, r *pas.Record) dialog {
	body := fmt.Sprintf(m.t("Supprimer « %s » ?", "Delete \"%s\"?"), r.Name(list))
	if uses := refSummary(m, m.plan.References(list, r.ID)); uses != "" {
		body += "\n\n" + m.t("Ces références seront retirées : ", "These references will be removed: ") + uses
	}
	id := r.ID
	return &confirmDialog{title: m.t("Suppression", "Deletion"), body: body, yes: func(m *Model) tea.Cmd {
		cmd := m.mutate(m.opt.Cat.ReferencingSections(list), func() { deleteRecord(m.plan, list, id) })
		m.form.keepValid(m)
		return cmd
	}}
}

// refSummary counts references by field: "RACI assignment (12), Site operator (2)".
func refSummary(m *Model, uses []pas.RefUse) string {
	count := map[string]int{}
	for _, u := range uses {
		label := u.Field.Label.In(m.lang)
		if u.Field.List != nil {
			label = u.Field.List.Label.In(m.lang) + " – " + label
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

// view draws the records as a table of the list's key columns.
func (v *recordsView) view(m *Model, w, h int) string {
	recs := v.records(m)
	if len(recs) == 0 {
		return m.st.Faint.Render(wrap(m.t("Aucun élément. Touche + : ajouter.", "No item. Key +: add one."), w))
	}
	cols := append([]string{v.list.Name}, v.list.Columns...)
	colW := max((w-2)/len(cols), 6)
	header := "  "
	for _, c := range cols {
		header += padTo(truncate(v.list.RecordField(c).Label.In(m.lang), colW-1), colW)
	}
	lines := []string{m.st.Faint.Render(truncate(header, w))}
	rows := max(h-3, 1)
	v.offset = scrollOffset(v.cursor, v.offset, rows)
	for i := v.offset; i < len(recs) && i < v.offset+rows; i++ {
		r := recs[i]
		line := ""
		for _, c := range cols {
			f := v.list.RecordField(c)
			cell := m.cellText(f, r.Get(f))
			if !m.plan.Active(f, r) {
				cell = "–"
			}
			line += padTo(truncate(cell, colW-1), colW)
		}
		mark, style := m.recordMark(v.list, r)
		if i == v.cursor {
			lines = append(lines, m.st.Selected.Render(padTo(truncate(mark+" "+line, w), w)))
		} else {
			lines = append(lines, style.Render(mark)+" "+truncate(line, w-2))
		}
	}
	lines = append(lines, m.st.Faint.Render(fmt.Sprintf("%d/%d", v.cursor+1, len(recs))))
	return strings.Join(lines, "\n")
}

// recordMark is the worst marker among a record's findings and values.
func (m *Model) recordMark(list *pas.Field, r *pas.Record) (string, lipgloss.Style) {
	worst := pas.Severity(0)
	if !m.clientView {
		worst = m.stats.byRecord[list.Path+"["+r.ID+"]"]
	}
	switch worst {
	case pas.Error:
		return "✗", m.st.Error
	case pas.Warning:
		return "!", m.st.Warning
	}
	for _, f := range list.Fields {
		if v := r.Get(f); v.Pending() {
			return "?", m.st.Confirm
		}
		if f.Required && !r.Get(f).IsSet() && m.plan.Active(f, r) {
			return "○", m.st.Missing
		}
	}
	return " ", m.st.Faint
}
