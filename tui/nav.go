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

// place is a position in document order: a section, a field of it, a
// record of that list and a field of the record; -1 where none applies
// (a section field has no record, a list's own place comes before its
// records).
type place struct{ sec, field, rec, sub int }

// before reports whether a comes before b in the document.
func (a place) before(b place) bool {
	switch {
	case a.sec != b.sec:
		return a.sec < b.sec
	case a.field != b.field:
		return a.field < b.field
	case a.rec != b.rec:
		return a.rec < b.rec
	}
	return a.sub < b.sub
}

// placeOf returns where a target is in the document.
func placeOf(p *pas.Plan, t target) place {
	s := p.Cat.Sections[t.section]
	f, sub, rec := t.field, -1, -1
	if list := f.List; list != nil {
		sub = indexOfField(list.Fields, f)
		rec = indexOfRecord(p.Records(list), t.record)
		f = list
	}
	return place{t.section, indexOfField(s.Fields, f), rec, sub}
}

func indexOfField(fs []*pas.Field, f *pas.Field) int {
	for i, ff := range fs {
		if ff == f {
			return i
		}
	}
	return -1
}

func indexOfRecord(rs []*pas.Record, id string) int {
	for i, r := range rs {
		if r.ID == id {
			return i
		}
	}
	return -1
}

// here returns where the editor stands in the document, and whether that
// place itself is still to visit: after Enter moved the cursor on, the
// field just answered still counts (it may still be to confirm).
func (e *editor) here() (place, bool) {
	pl := place{e.cur, -1, -1, -1}
	if e.focus == sidebarPane {
		return pl, true
	}
	s := e.section()
	root := e.form.root()
	pl.field = indexOfField(s.Fields, root.current())
	inclusive := false
	if len(e.form.stack) == 1 && root.left != nil {
		pl.field, inclusive = indexOfField(s.Fields, root.left), true
	}
	for _, lv := range e.form.stack[1:] {
		switch v := lv.(type) {
		case *recordsView:
			pl.rec = v.cursor
		case *gridView:
			pl.rec = v.row
		case *fieldsView:
			if v.list == nil {
				continue
			}
			pl.rec = indexOfRecord(e.ctx.Plan.Records(v.list), v.recID)
			pl.sub = indexOfField(v.list.Fields, v.current())
			if v.left != nil {
				pl.sub, inclusive = indexOfField(v.list.Fields, v.left), true
			}
		}
	}
	return pl, inclusive
}

// todo lists, in document order, what is left to fix: missing, to
// confirm, open, and fields with an error or a warning (not in the client
// view), inside records too.
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
	places := make(map[string]place, len(out))
	for _, t := range out {
		places[t.path] = placeOf(c.Plan, t)
	}
	sort.SliceStable(out, func(i, j int) bool { return places[out[i].path].before(places[out[j].path]) })
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

// nextItem jumps to the next thing to fix after where the editor stands
// (or before it, back), going round at the end of the plan.
func (e *editor) nextItem(back bool) tea.Cmd {
	items := e.todo()
	if len(items) == 0 {
		e.ctx.flash(e.ctx.T("Plus rien à compléter ni à corriger.", "Nothing left to complete or fix."), false)
		return nil
	}
	here, inclusive := e.here()
	pick := -1
	for i, t := range items {
		pl := placeOf(e.ctx.Plan, t)
		switch {
		case back && pl.before(here):
			pick = i
		case !back && (here.before(pl) || inclusive && pl == here):
			return e.jump(t)
		}
	}
	if pick < 0 { // went round
		pick = 0
		if back {
			pick = len(items) - 1
		}
		e.ctx.flash(e.ctx.T("Retour au début de la liste à traiter.", "Back to the start of the list to fix."), false)
	}
	return e.jump(items[pick])
}
