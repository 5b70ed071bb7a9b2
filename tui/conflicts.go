package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// A plan merged by pas merge may hold conflicts: what both sides changed
// differently (a value, a RACI cell, a record deleted on one side and
// changed on the other, notes, a not-applicable mark, a waiver), our side
// kept in the plan until someone chooses. m lists them; Enter on one
// shows its three versions and takes ours, theirs, the common one, or a
// value typed by hand. Each resolution applies the value and removes the
// conflict as one undoable edit (pas.Plan.Resolve, ResolveYAML). The
// conflicts are internal: the client view neither shows nor resolves them.

// planEditMsg changes the plan as a whole (resolving a conflict may touch
// a chapter, the waivers, the language…) as one undoable edit; done is
// flashed once it is applied.
type planEditMsg struct {
	edit func(p *pas.Plan) error
	done string
}

// mutatePlan applies a change of the plan as a whole and records it for
// undo; a refused change leaves the plan as it was.
func (m *Model) mutatePlan(r planEditMsg) tea.Cmd {
	p := m.ctx.Plan
	before := p.Clone()
	if err := r.edit(p); err != nil {
		*p = *before
		m.ctx.flash(problems(m.ctx, err), true)
		return nil
	}
	pas.ReadBaseline(p, m.ctx.Path) // a resolved baseline is read like an opened one
	if r.done != "" {
		m.ctx.flash(r.done, false)
	}
	return m.record(change{whole: before, wholeAfter: p.Clone(), section: m.ed.cur})
}

// openingNote is what the status line says when a plan is opened: the
// merge conflicts left to resolve, then the standard PAS.
func openingNote(c *Context) (string, bool) {
	var parts []string
	n := len(c.Plan.Conflicts)
	switch {
	case n == 1:
		parts = append(parts, c.T("1 conflit de fusion à résoudre : touche m.", "1 merge conflict to resolve: key m."))
	case n > 1:
		parts = append(parts, fmt.Sprintf(c.T("%d conflits de fusion à résoudre : touche m.", "%d merge conflicts to resolve: key m."), n))
	}
	if note := baselineNote(c); note != "" {
		parts = append(parts, note)
	}
	return strings.Join(parts, " "), n > 0
}

// conflictKeys are the keys of merge conflicts, where the plan has some.
func conflictKeys(c *Context) []key.Binding {
	if c.Plan == nil || len(c.Plan.Conflicts) == 0 || c.Client {
		return nil
	}
	return []key.Binding{c.Keys.MergeConflicts}
}

// openConflicts lists the plan's merge conflicts; on a place that has
// one (a question, a list, a matrix row), it opens the first conflict
// there, over the list.
func openConflicts(c *Context, here string) {
	n := len(c.Plan.Conflicts)
	if n == 0 {
		c.flash(c.T("Aucun conflit de fusion dans ce plan.", "No merge conflict in this plan."), false)
		return
	}
	list := &conflictList{dialogBase: dialogBase{c}}
	c.Send(pushMsg{list})
	for i, x := range c.Plan.Conflicts {
		if here != "" && (x.Path == here || strings.HasPrefix(x.Path, here+".") || strings.HasPrefix(x.Path, here+"[")) {
			list.cursor = i
			c.Send(pushMsg{newMergeDialog(c, x, i+1, n)})
			return
		}
	}
}

// conflictAt returns the plan's conflict at a path, nil once resolved.
func conflictAt(p *pas.Plan, path string) *pas.Conflict {
	for _, x := range p.Conflicts {
		if x.Path == path {
			return x
		}
	}
	return nil
}

// conflictRef names the value a conflict is about when it is one field's
// (a chapter's field, or a field of a record the plan holds): it is then
// typed as in the form. Anything else (a record, a RACI cell, notes, a
// mark, a waiver, the language) is written as a line of YAML.
func conflictRef(p *pas.Plan, path string) (valueRef, bool) {
	i := strings.IndexByte(path, '[')
	if i < 0 {
		f := p.Cat.Field(path)
		return valueRef{field: f}, f != nil && f.List == nil && f.Kind != pas.KList
	}
	id, tail, ok := strings.Cut(path[i+1:], "]")
	field, dotted := strings.CutPrefix(tail, ".")
	list := p.Cat.Field(path[:i])
	if !ok || !dotted || strings.ContainsAny(field, "[]") || list == nil || list.Kind != pas.KList {
		return valueRef{}, false
	}
	f := list.RecordField(field)
	return valueRef{f, id}, f != nil && p.Record(list, id) != nil
}

// conflictPlace names what a conflict is about as the form shows it,
// after the chapter's short title: "Continuité et reprise — RPO (PDMA)",
// "Sites « Lyon » — Pays", "Dérogation LOG-02"; the path itself when it
// names nothing known.
func conflictPlace(c *Context, path string) string {
	switch {
	case path == "lang":
		return c.T("Langue du plan", "Language of the plan")
	case path == "baseline":
		return c.T("PAS standard de référence", "Standard PAS the plan is made from")
	case strings.HasPrefix(path, "waivers["):
		return c.T("Dérogation ", "Waiver ") + sanitize(strings.TrimSuffix(strings.TrimPrefix(path, "waivers["), "]"))
	case strings.HasPrefix(path, "policy."):
		if f := c.Cat.PolicyField(strings.TrimPrefix(path, "policy.")); f != nil {
			return c.T("Seuil de la politique — ", "Policy threshold — ") + f.Label.In(c.Lang)
		}
		return sanitize(path)
	}
	section, rest, _ := strings.Cut(path, ".")
	s := c.Cat.Section(section)
	if s == nil {
		return sanitize(path)
	}
	title := s.ShortTitle().In(c.Lang)
	switch rest {
	case "notes":
		return title + " — " + c.T("notes internes", "internal notes")
	case "not_applicable":
		return title + " — " + c.T("non applicable", "not applicable")
	}
	i := strings.IndexByte(rest, '[')
	if i < 0 {
		if f := s.Field(rest); f != nil {
			return title + " — " + f.Label.In(c.Lang)
		}
		return sanitize(path)
	}
	list := c.Cat.Field(section + "." + rest[:i])
	id, tail, _ := strings.Cut(rest[i+1:], "]")
	if list == nil || list.Kind != pas.KList {
		return sanitize(path)
	}
	name := id
	if r := c.Plan.Record(list, id); r != nil {
		name = r.NameIn(list, c.Lang)
	}
	out := list.Label.In(c.Lang) + " " + sanitize(pas.Quote(name, c.Lang))
	field, party, _ := strings.Cut(strings.TrimPrefix(tail, "."), "[")
	if f := list.RecordField(field); f != nil {
		out += " — " + f.Label.In(c.Lang)
		if party = strings.TrimSuffix(party, "]"); party != "" {
			out += " — " + sanitize(refName(c, f, party))
		}
	}
	return out
}

// refName is the name of the record a RACI column or a reference names.
func refName(c *Context, f *pas.Field, id string) string {
	if list := c.Cat.Field(f.Ref); list != nil {
		if r := c.Plan.Record(list, id); r != nil {
			return r.NameIn(list, c.Lang)
		}
	}
	return id
}

// sideLine is one version of a conflict as a reader reads it (a text
// as it is, anything else as one line of YAML), "(rien)" when that side
// has nothing there; safe for a terminal.
func sideLine(c *Context, x *pas.Conflict, take pas.Take) string {
	n := map[pas.Take]string{pas.TakeOurs: pas.SideText(x.Ours), pas.TakeTheirs: pas.SideText(x.Theirs), pas.TakeBase: pas.SideText(x.Base)}[take]
	if n == "" {
		return c.T("(rien)", "(nothing)")
	}
	return sanitize(n)
}

// herePath is the path of what the form's cursor is on: a question, a
// list, a record's field, a matrix row; "" elsewhere.
func (e *editor) herePath() string {
	if e.focus != formPane {
		return ""
	}
	switch v := e.form.top().(type) {
	case *fieldsView:
		if f := v.current(); f != nil {
			return v.path(f)
		}
	case *recordsView:
		if recs := v.records(); len(recs) > 0 {
			return v.list.Path + "[" + recs[clamp(v.cursor, 0, len(recs)-1)].ID + "]"
		}
	case *gridView:
		if recs := v.records(); len(recs) > 0 {
			return v.list.Path + "[" + recs[clamp(v.row, 0, len(recs)-1)].ID + "]"
		}
	}
	return ""
}
