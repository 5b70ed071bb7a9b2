package tui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// setValue stores one value (nil clears it) as one undoable edit, then
// follows it (a new version proposes a history line).
func (m *Model) setValue(ref valueRef, nv *pas.Value) tea.Cmd {
	old := ref.get(m.ctx.Plan)
	cmd := m.storeValue(ref, nv)
	m.afterValue(ref.field, old, ref.get(m.ctx.Plan))
	return cmd
}

// storeValue stores one value as one undoable edit. Naming a record
// created in the editor also gives it an id made from that name.
func (m *Model) storeValue(ref valueRef, nv *pas.Value) tea.Cmd {
	p, f := m.ctx.Plan, ref.field
	if ref.get(p).Equal(nv) {
		return nil
	}
	list := f.List
	if list == nil {
		return m.mutate([]string{f.Section.ID}, func() { p.Set(f, nv) })
	}
	if f.ID == list.Name && nv.IsSet() && isGeneratedID(list, ref.rec) && len(p.References(list, ref.rec)) == 0 {
		return m.nameNewRecord(ref, nv)
	}
	return m.mutateRecord(list, ref.rec, func(r *pas.Record) { r.Set(f, nv) })
}

// nameNewRecord names a record created in the editor and gives it an id
// made from that name ("Datarive Lyon" → datarive-lyon), so that plan.yaml
// stays readable; records already referenced keep their id.
func (m *Model) nameNewRecord(ref valueRef, nv *pas.Value) tea.Cmd {
	p, list, old := m.ctx.Plan, ref.field.List, ref.rec
	id := pas.SlugID(nv.Str)
	if id == "" {
		id = old
	}
	for base, n := id, 2; id != old && p.Record(list, id) != nil; n++ {
		id = base + "-" + itoa(n)
	}
	return m.mutate([]string{list.Section.ID}, func() {
		r := p.Record(list, old)
		r.Set(ref.field, nv)
		r.ID = id
		for _, f := range m.heldForms() {
			f.renamed(list, old, id) // the levels showing the record follow it
		}
	})
}
