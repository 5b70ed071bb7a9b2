package tui

import (
	"sort"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// target is a place in the plan the editor can jump to.
type target struct {
	section int
	field   *pas.Field // a section field, or a record field
	record  string     // record id, for record fields
	path    string     // the item's path, to find it again
}

// jump shows a target: its section, the field under the cursor, and for
// a record field the list and the record's form.
func (m *Model) jump(t target) tea.Cmd {
	var cmd tea.Cmd
	if t.section != m.cur {
		m.selectSection(t.section)
		cmd = m.preview.schedule(m)
	} else {
		m.form.reset(m)
	}
	m.focus = formPane
	root := m.form.stack[0].(*fieldsView)
	f := t.field
	if f.List != nil {
		f = f.List
	}
	for i, ff := range root.fields(m) {
		if ff == f {
			root.cursor = i
		}
	}
	if t.field.List != nil {
		m.openRecord(t.field.List, t.record, t.field)
	}
	m.layout()
	return cmd
}

// openRecord pushes a list's view and a record's form, cursor on field.
func (m *Model) openRecord(list *pas.Field, id string, field *pas.Field) {
	recs := m.plan.Records(list)
	pos := 0
	for i, r := range recs {
		if r.ID == id {
			pos = i
		}
	}
	if raciField(list) != nil {
		g := newGridView(m, list)
		g.row = pos
		m.form.push(g)
	} else {
		rv := newRecordsView(m, list)
		rv.cursor = pos
		m.form.push(rv)
	}
	fv := newFieldsView(m, list.Section, list, id)
	for i, f := range fv.fields(m) {
		if f == field {
			fv.cursor = i
		}
	}
	m.form.push(fv)
}

// todo lists, in catalogue order, what is left to fix: missing, to
// confirm, open, and fields with an error or a warning.
func (m *Model) todo() []target {
	index := map[*pas.Section]int{}
	for i, s := range m.opt.Cat.Sections {
		index[s] = i
	}
	seen := map[string]bool{}
	var out []target
	add := func(s *pas.Section, f *pas.Field, rec, path string) {
		if !seen[path] {
			seen[path] = true
			out = append(out, target{index[s], f, rec, path})
		}
	}
	for _, s := range m.opt.Cat.Sections {
		for _, it := range m.plan.Items(s) {
			id := ""
			if it.Record != nil {
				id = it.Record.ID
			}
			add(s, it.Field, id, it.Path)
		}
	}
	if !m.clientView {
		for _, fd := range m.stats.findings {
			if fd.Waived() || fd.Severity == pas.Info {
				continue
			}
			if t, ok := m.targetOf(fd); ok {
				add(m.opt.Cat.Sections[t.section], t.field, t.record, fd.Path)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].section < out[j].section })
	return out
}

// targetOf finds the field a finding is about.
func (m *Model) targetOf(fd pas.Finding) (target, bool) {
	for i, s := range m.opt.Cat.Sections {
		if s.ID != fd.Section {
			continue
		}
		for _, f := range s.Fields {
			if f.Path == fd.Path {
				return target{i, f, "", fd.Path}, true
			}
			for _, rf := range f.Fields {
				if fd.Record != "" && f.Path+"["+fd.Record+"]."+rf.ID == fd.Path {
					return target{i, rf, fd.Record, fd.Path}, true
				}
			}
		}
	}
	return target{}, false
}

// nextItem jumps to the next thing to fix after the current field.
func (m *Model) nextItem() tea.Cmd {
	items := m.todo()
	if len(items) == 0 {
		m.flash(m.t("Plus rien à compléter ni à corriger.", "Nothing left to complete or fix."), false)
		return nil
	}
	root := m.form.stack[0].(*fieldsView)
	curField := root.current(m)
	for k, t := range items { // keep going through a list's items in turn
		if t.path == m.lastTodo && t.section == m.cur && (t.field == curField || t.field.List == curField) {
			m.lastTodo = items[(k+1)%len(items)].path
			return m.jump(items[(k+1)%len(items)])
		}
	}
	pos := func(t target) (int, int) {
		f := t.field
		if f.List != nil {
			f = f.List
		}
		for i, ff := range m.opt.Cat.Sections[t.section].Fields {
			if ff == f {
				return t.section, i
			}
		}
		return t.section, 0
	}
	curIdx := 0
	for i, ff := range m.section().Fields {
		if ff == curField {
			curIdx = i
		}
	}
	for _, t := range items {
		s, i := pos(t)
		if s > m.cur || (s == m.cur && i > curIdx) {
			m.lastTodo = t.path
			return m.jump(t)
		}
	}
	m.lastTodo = items[0].path
	return m.jump(items[0])
}
