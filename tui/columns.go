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
	ctx    *Context
	field  *pas.Field // the KRefs field holding the columns
	cursor int
	w, h   int // the level's size
}

func newColumnsView(ctx *Context, f *pas.Field) *columnsView {
	return &columnsView{ctx: ctx, field: f}
}

func (v *columnsView) capturing() bool { return false }
func (v *columnsView) crumb() string   { return v.field.Label.In(v.ctx.Lang) }

func (v *columnsView) ShortHelp() []key.Binding {
	k := v.ctx.Keys
	return []key.Binding{k.Toggle, k.MoveUp, k.MoveDown, k.Back}
}

// FullHelp lists the keys of the matrix's columns.
func (v *columnsView) FullHelp() [][]key.Binding {
	k := v.ctx.Keys
	return [][]key.Binding{{k.Up, k.Down, k.Back}, {k.Toggle, k.MoveUp, k.MoveDown}}
}

// entries lists the chosen columns in order, then the other organisations.
func (v *columnsView) entries() ([]*pas.Record, map[string]bool) {
	p := v.ctx.Plan
	list := v.ctx.Cat.Field(v.field.Ref)
	chosen := map[string]bool{}
	var out []*pas.Record
	for _, id := range p.Strings(v.field) {
		if r := p.Record(list, id); r != nil {
			chosen[id] = true
			out = append(out, r)
		}
	}
	for _, r := range p.Records(list) {
		if !chosen[r.ID] {
			out = append(out, r)
		}
	}
	return out, chosen
}

func (v *columnsView) Update(m tea.Msg) (step, tea.Cmd) {
	msg, ok := m.(tea.KeyMsg)
	if !ok {
		return step{}, nil
	}
	k := v.ctx.Keys
	recs, chosen := v.entries()
	v.cursor = clamp(v.cursor, 0, len(recs)-1)
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Open):
		return step{pop: true}, nil
	case key.Matches(msg, k.Up):
		v.cursor = clamp(v.cursor-1, 0, len(recs)-1)
	case key.Matches(msg, k.Down):
		v.cursor = clamp(v.cursor+1, 0, len(recs)-1)
	case len(recs) == 0:
	case key.Matches(msg, k.Toggle):
		v.toggle(recs[v.cursor], chosen[recs[v.cursor].ID])
	case key.Matches(msg, k.MoveUp), key.Matches(msg, k.MoveDown):
		v.move(key.Matches(msg, k.MoveDown))
	}
	return step{}, nil
}

// toggle adds a party to the matrix, or removes it (asking first when it
// has letters).
func (v *columnsView) toggle(r *pas.Record, chosen bool) {
	ids := v.ctx.Plan.Strings(v.field)
	if !chosen {
		v.store(append(append([]string(nil), ids...), r.ID))
		return
	}
	if n := v.lettersOf(r.ID); n > 0 {
		v.ctx.Send(pushMsg{v.removeDialog(r, n)})
		return
	}
	v.store(without(ids, r.ID))
}

// move moves the chosen party under the cursor left or right.
func (v *columnsView) move(right bool) {
	ids := append([]string(nil), v.ctx.Plan.Strings(v.field)...)
	from := v.cursor
	to := from - 1
	if right {
		to = from + 1
	}
	if from >= len(ids) || to < 0 || to >= len(ids) {
		return
	}
	ids[from], ids[to] = ids[to], ids[from]
	v.cursor = to
	v.store(ids)
}

func (v *columnsView) store(ids []string) {
	f := v.field
	v.ctx.Send(editMsg{[]string{f.Section.ID}, func(p *pas.Plan) {
		p.Set(f, &pas.Value{Has: true, List: ids})
	}})
}

// cells returns the RACI fields that use this column field's parties.
func (v *columnsView) cells() []*pas.Field {
	var out []*pas.Field
	for _, f := range v.field.Section.Fields {
		if rf := raciField(f); f.Kind == pas.KList && rf != nil && rf.Ref == v.field.Ref {
			out = append(out, rf)
		}
	}
	return out
}

// lettersOf counts the matrix cells where a party has letters.
func (v *columnsView) lettersOf(id string) int {
	n := 0
	for _, cell := range v.cells() {
		for _, r := range v.ctx.Plan.Records(cell.List) {
			if _, ok := r.Get(cell).RACIOrNil()[id]; ok {
				n++
			}
		}
	}
	return n
}

// removeDialog confirms removing a column whose letters go with it.
func (v *columnsView) removeDialog(r *pas.Record, n int) mode {
	c := v.ctx
	list := c.Cat.Field(v.field.Ref)
	body := pas.Textf("Retirer « %s » de la matrice ? Ses lettres sur %s seront effacées.",
		"Remove \"%s\" from the matrix? Its letters on %s will be cleared.", sanitize(r.Name(list)),
		pas.Count(n, "activité", "activités", "activity", "activities")).In(c.Lang)
	id, f, cells := r.ID, v.field, v.cells()
	return newConfirmDialog(c, c.T("Colonne de la matrice", "Matrix column"), body,
		editMsg{[]string{f.Section.ID}, func(p *pas.Plan) {
			p.Set(f, &pas.Value{Has: true, List: without(p.Strings(f), id)})
			for _, cell := range cells {
				for _, rec := range p.Records(cell.List) {
					rec.Set(cell, withLetters(rec.Get(cell), id, ""))
				}
			}
		}})
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

// SetSize sets the level's size.
func (v *columnsView) SetSize(w, h int) { v.w, v.h = w, h }

func (v *columnsView) View() string {
	w := v.w
	c, st := v.ctx, v.ctx.Styles
	recs, chosen := v.entries()
	list := c.Cat.Field(v.field.Ref)
	lines := []string{st.Faint.Render(wrap(c.T("Colonnes de la matrice, dans l'ordre :", "Matrix columns, in order:"), w))}
	for i, r := range recs {
		box := "[ ] "
		if chosen[r.ID] {
			box = "[x] "
		}
		line := menuLine(st, box+sanitize(r.Name(list)+" ("+r.ID+")"), i == v.cursor, w)
		lines = append(lines, line)
	}
	if len(recs) == 0 {
		lines = append(lines, st.Faint.Render(c.T("Déclarez d'abord les organisations (chapitre Parties prenantes).", "Declare the organisations first (Parties chapter).")))
	}
	return strings.Join(lines, "\n")
}

// templateDialog proposes the list's suggested records (for the RACI:
// the standard activities the matrix lacks) and adds them in one step.
func templateDialog(c *Context, list *pas.Field) {
	if list.Suggestions == nil {
		c.flash(c.T("Pas d'activités types pour cette liste.", "No standard items for this list."), true)
		return
	}
	recs := list.Suggestions(c.Plan)
	if len(recs) == 0 {
		c.flash(c.T("Toutes les activités types sont déjà présentes.", "Every standard activity is already there."), false)
		return
	}
	var names []string
	for _, r := range recs {
		names = append(names, "• "+sanitize(r.Name(list)))
	}
	body := fmt.Sprintf(c.T("Ajouter %d activités types, avec une affectation proposée selon le rôle de chaque partie (à vérifier) ?\n\n%s",
		"Add %d standard activities, with a proposed assignment by each party's role (to check)?\n\n%s"), len(recs), strings.Join(names, "\n"))
	c.Send(pushMsg{newConfirmDialog(c, c.T("Activités types", "Standard activities"), body,
		editMsg{[]string{list.Section.ID}, func(p *pas.Plan) {
			l := p.ListOf(list)
			for _, r := range recs {
				for p.Record(list, r.ID) != nil {
					r.ID += "-2"
				}
				l.Records = append(l.Records, r)
			}
		}})})
}
