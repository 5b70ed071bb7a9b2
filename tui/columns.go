package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// columnsView chooses and orders the parties of a matrix: space adds or
// removes a party, K / J move a chosen party left or right.
type columnsView struct {
	field  *pas.Field // the KRefs field holding the columns
	cursor int
}

func newColumnsView(m *Model, f *pas.Field) *columnsView { return &columnsView{field: f} }

func (v *columnsView) capturing() bool                       { return false }
func (v *columnsView) forward(m *Model, msg tea.Msg) tea.Cmd { return nil }
func (v *columnsView) crumb(m *Model) string                 { return v.field.Label.In(m.lang) }

func (v *columnsView) help(m *Model) []key.Binding {
	k := m.keys
	return []key.Binding{k.Toggle, k.MoveUp, k.MoveDown, k.Back}
}

// entries lists the chosen columns in order, then the other organisations.
func (v *columnsView) entries(m *Model) ([]*pas.Record, map[string]bool) {
	list := m.opt.Cat.Field(v.field.Ref)
	chosen := map[string]bool{}
	var out []*pas.Record
	for _, id := range m.plan.Strings(v.field) {
		if r := m.plan.Record(list, id); r != nil {
			chosen[id] = true
			out = append(out, r)
		}
	}
	for _, r := range m.plan.Records(list) {
		if !chosen[r.ID] {
			out = append(out, r)
		}
	}
	return out, chosen
}

func (v *columnsView) update(m *Model, msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	recs, chosen := v.entries(m)
	v.cursor = clamp(v.cursor, 0, len(recs)-1)
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Open):
		m.form.pop(m)
	case key.Matches(msg, k.Up):
		v.cursor = clamp(v.cursor-1, 0, len(recs)-1)
	case key.Matches(msg, k.Down):
		v.cursor = clamp(v.cursor+1, 0, len(recs)-1)
	case len(recs) == 0:
	case key.Matches(msg, k.Toggle):
		ids := m.plan.Strings(v.field)
		id := recs[v.cursor].ID
		if !chosen[id] {
			return v.store(m, append(append([]string(nil), ids...), id))
		}
		if n := v.lettersOf(m, id); n > 0 {
			m.dialog = v.removeDialog(m, recs[v.cursor], n)
			return nil
		}
		return v.store(m, without(ids, id))
	case key.Matches(msg, k.MoveUp), key.Matches(msg, k.MoveDown):
		ids := append([]string(nil), m.plan.Strings(v.field)...)
		from := v.cursor
		to := from - 1
		if key.Matches(msg, k.MoveDown) {
			to = from + 1
		}
		if from >= len(ids) || to < 0 || to >= len(ids) {
			return nil
		}
		ids[from], ids[to] = ids[to], ids[from]
		v.cursor = to
		return v.store(m, ids)
	}
	return nil
}

func (v *columnsView) store(m *Model, ids []string) tea.Cmd {
	return m.mutate([]string{v.field.Section.ID}, func() {
		m.plan.Set(v.field, &pas.Value{Has: true, List: ids})
	})
}

// cells returns the RACI fields that use this column field's parties.
func (v *columnsView) cells(m *Model) []*pas.Field {
	var out []*pas.Field
	for _, f := range v.field.Section.Fields {
		if rf := raciField(f); f.Kind == pas.KList && rf != nil && rf.Ref == v.field.Ref {
			out = append(out, rf)
		}
	}
	return out
}

// lettersOf counts the matrix cells where a party has letters.
func (v *columnsView) lettersOf(m *Model, id string) int {
	n := 0
	for _, cell := range v.cells(m) {
		for _, r := range m.plan.Records(cell.List) {
			if _, ok := r.Get(cell).RACIOrNil()[id]; ok {
				n++
			}
		}
	}
	return n
}

// removeDialog confirms removing a column whose letters go with it.
func (v *columnsView) removeDialog(m *Model, r *pas.Record, n int) dialog {
	list := m.opt.Cat.Field(v.field.Ref)
	body := fmt.Sprintf(m.t("Retirer « %s » de la matrice ? Ses lettres sur %d activité(s) seront effacées.",
		"Remove \"%s\" from the matrix? Its letters on %d activit(y/ies) will be cleared."), r.Name(list), n)
	id := r.ID
	return &confirmDialog{title: m.t("Colonne de la matrice", "Matrix column"), body: body, yes: func(m *Model) tea.Cmd {
		return m.mutate([]string{v.field.Section.ID}, func() {
			m.plan.Set(v.field, &pas.Value{Has: true, List: without(m.plan.Strings(v.field), id)})
			for _, cell := range v.cells(m) {
				for _, rec := range m.plan.Records(cell.List) {
					rec.Set(cell, withLetters(rec.Get(cell), id, ""))
				}
			}
		})
	}}
}

func without(ids []string, id string) []string {
	var out []string
	for _, s := range ids {
		if s != id {
			out = append(out, s)
		}
	}
	return out
}

func (v *columnsView) view(m *Model, w, h int) string {
	recs, chosen := v.entries(m)
	list := m.opt.Cat.Field(v.field.Ref)
	lines := []string{m.st.Faint.Render(wrap(m.t("Colonnes de la matrice, dans l'ordre :", "Matrix columns, in order:"), w))}
	for i, r := range recs {
		box := "[ ] "
		if chosen[r.ID] {
			box = "[x] "
		}
		line := truncate(box+r.Name(list)+" ("+r.ID+")", w-2)
		if i == v.cursor {
			line = m.st.Selected.Render(padTo("› "+line, w))
		} else {
			line = "  " + line
		}
		lines = append(lines, line)
	}
	if len(recs) == 0 {
		lines = append(lines, m.st.Faint.Render(m.t("Déclarez d'abord les organisations (chapitre Parties prenantes).", "Declare the organisations first (Parties chapter).")))
	}
	return strings.Join(lines, "\n")
}

// templateDialog proposes the list's suggested records (for the RACI:
// the standard activities the matrix lacks) and adds them in one step.
func templateDialog(m *Model, g *gridView) dialog {
	if g.list.Suggestions == nil {
		m.flash(m.t("Pas d'activités types pour cette liste.", "No standard items for this list."), true)
		return nil
	}
	recs := g.list.Suggestions(m.plan)
	if len(recs) == 0 {
		m.flash(m.t("Toutes les activités types sont déjà présentes.", "Every standard activity is already there."), false)
		return nil
	}
	var names []string
	for _, r := range recs {
		names = append(names, "• "+r.Name(g.list))
	}
	body := fmt.Sprintf(m.t("Ajouter %d activités types, avec une affectation proposée selon le rôle de chaque partie (à vérifier) ?\n\n%s",
		"Add %d standard activities, with a proposed assignment by each party's role (to check)?\n\n%s"), len(recs), strings.Join(names, "\n"))
	return &confirmDialog{title: m.t("Activités types", "Standard activities"), body: body, yes: func(m *Model) tea.Cmd {
		return m.mutate([]string{g.list.Section.ID}, func() {
			l := m.plan.ListOf(g.list)
			for _, r := range recs {
				for m.plan.Record(g.list, r.ID) != nil {
					r.ID += "-2"
				}
				l.Records = append(l.Records, r)
			}
		})
	}}
}
