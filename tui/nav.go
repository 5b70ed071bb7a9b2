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
func (e *editor) jump(t target) tea.Cmd {
	var cmd tea.Cmd
	if t.section != e.cur {
		e.selectSection(t.section)
		cmd = e.preview.schedule()
	} else {
		e.form.reset()
	}
	e.focus = formPane
	root := e.form.root()
	f := t.field
	if f.List != nil {
		f = f.List
	}
	for i, ff := range root.fields() {
		if ff == f {
			root.cursor = i
		}
	}
	if t.field.List != nil {
		e.openRecord(t.field.List, t.record, t.field)
	}
	e.layout()
	return cmd
}

// openRecord pushes a list's view and a record's form, cursor on field.
func (e *editor) openRecord(list *pas.Field, id string, field *pas.Field) {
	recs := e.ctx.Plan.Records(list)
	pos := 0
	for i, r := range recs {
		if r.ID == id {
			pos = i
		}
	}
	if raciField(list) != nil {
		g := newGridView(e.ctx, list)
		g.row = pos
		e.form.push(g)
	} else {
		rv := newRecordsView(e.ctx, list)
		rv.cursor = pos
		e.form.push(rv)
	}
	fv := newFieldsView(e.ctx, list.Section, list, id)
	for i, f := range fv.fields() {
		if f == field {
			fv.cursor = i
		}
	}
	e.form.push(fv)
}

// todo lists, in catalogue order, what is left to fix: missing, to
// confirm, open, and fields with an error or a warning.
func (e *editor) todo() []target {
	c := e.ctx
	index := map[*pas.Section]int{}
	for i, s := range c.Cat.Sections {
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
	for _, s := range c.Cat.Sections {
		for _, it := range c.Plan.Items(s) {
			id := ""
			if it.Record != nil {
				id = it.Record.ID
			}
			add(s, it.Field, id, it.Path)
		}
	}
	if !c.Client {
		for _, fd := range c.Stats.findings {
			if fd.Waived() || fd.Severity == pas.Info {
				continue
			}
			if t, ok := targetOf(c.Cat, fd); ok {
				add(c.Cat.Sections[t.section], t.field, t.record, fd.Path)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].section < out[j].section })
	return out
}

// targetOf finds the field a finding is about.
func targetOf(cat *pas.Catalogue, fd pas.Finding) (target, bool) {
	for i, s := range cat.Sections {
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
func (e *editor) nextItem() tea.Cmd {
	items := e.todo()
	if len(items) == 0 {
		e.ctx.flash(e.ctx.T("Plus rien à compléter ni à corriger.", "Nothing left to complete or fix."), false)
		return nil
	}
	curField := e.form.root().current()
	for k, t := range items { // keep going through a list's items in turn
		if t.path == e.lastTodo && t.section == e.cur && (t.field == curField || t.field.List == curField) {
			e.lastTodo = items[(k+1)%len(items)].path
			return e.jump(items[(k+1)%len(items)])
		}
	}
	pos := func(t target) (int, int) {
		f := t.field
		if f.List != nil {
			f = f.List
		}
		for i, ff := range e.ctx.Cat.Sections[t.section].Fields {
			if ff == f {
				return t.section, i
			}
		}
		return t.section, 0
	}
	curIdx := 0
	for i, ff := range e.section().Fields {
		if ff == curField {
			curIdx = i
		}
	}
	for _, t := range items {
		s, i := pos(t)
		if s > e.cur || (s == e.cur && i > curIdx) {
			e.lastTodo = t.path
			return e.jump(t)
		}
	}
	e.lastTodo = items[0].path
	return e.jump(items[0])
}
