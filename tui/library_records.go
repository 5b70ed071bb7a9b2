package tui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/pas-editor/pas/pas"
)

// The facts library in a record list: which records it gives (◆, ✎ when
// the plan overrides some of their fields), the revert key for a whole
// record, the own-copy key, and what the library picker chose.

// libraryChoiceMsg is the library picker's answer to the list it was
// opened from: a library record to take, or newRecordChoice.
type libraryChoiceMsg struct {
	list *pas.Field
	id   string
}

// showsLibrary reports whether the list shows where its records come
// from: a shared list holding records of the library, outside the client
// view.
func (v *recordsView) showsLibrary() bool {
	c := v.ctx
	if c.Client || !v.list.Shared || !c.Plan.UsesFacts() {
		return false
	}
	for _, r := range v.records() {
		if r.FromLibrary() {
			return true
		}
	}
	return false
}

// overridden reports whether the plan writes some field of a record taken
// from the library itself.
func overridden(list *pas.Field, r *pas.Record) bool {
	for _, f := range list.Fields {
		if r.Overrides(f) {
			return true
		}
	}
	return false
}

// recordSource is a record's mark in the library column; "" without it.
func (v *recordsView) recordSource(r *pas.Record, lib bool) (string, lipgloss.Style) {
	st := v.ctx.Styles
	switch {
	case !lib:
		return "", st.Faint
	case !r.FromLibrary():
		return " ", st.Faint
	case overridden(v.list, r):
		return overrideMark, st.Confirm
	}
	return libMark, st.Info
}

// libraryLegend follows the list's position: what the marks say.
func (v *recordsView) libraryLegend(lib bool) string {
	if !lib {
		return ""
	}
	return "  " + libMark + " " + v.ctx.T("bibliothèque", "library") + " · " + overrideMark + " " + v.ctx.T("modifié dans ce plan", "overridden in this plan")
}

// libraryShortHelp names, in the footer, the library keys that apply to
// the record under the cursor.
func (v *recordsView) libraryShortHelp() []key.Binding {
	recs := v.records()
	if len(recs) == 0 || !v.showsLibrary() {
		return nil
	}
	r := recs[clamp(v.cursor, 0, len(recs)-1)]
	switch {
	case !r.FromLibrary():
		return nil
	case overridden(v.list, r):
		return []key.Binding{v.ctx.Keys.Revert, v.ctx.Keys.MakeOwn}
	}
	return []key.Binding{v.ctx.Keys.MakeOwn}
}

// libraryKey handles the library keys on the record under the cursor:
// revert every field to the library's value, or make the record the
// plan's own. It reports whether it used the key.
func (v *recordsView) libraryKey(msg tea.KeyMsg, r *pas.Record) bool {
	c, k := v.ctx, v.ctx.Keys
	if !key.Matches(msg, k.Revert) && !key.Matches(msg, k.MakeOwn) {
		return false
	}
	name := sanitize(r.NameIn(v.list, c.Lang))
	switch {
	case !r.FromLibrary():
		c.flash(fmt.Sprintf(c.T("« %s » est propre au plan, hors bibliothèque.", "\"%s\" is the plan's own, not the library's."), name), true)
	case key.Matches(msg, k.MakeOwn):
		c.Send(pushMsg{makeOwnDialog(c, v.list, r)})
	case !overridden(v.list, r):
		c.flash(fmt.Sprintf(c.T("« %s » est déjà tel que la bibliothèque le donne.", "\"%s\" is already as the library gives it."), name), false)
	default:
		if r.Facts.From != nil { // the name it gets back
			name = sanitize(r.Facts.From.NameIn(v.list, c.Lang))
		}
		list := v.list
		c.Send(recordEditMsg{list, r.ID, func(r *pas.Record) {
			for _, f := range list.Fields {
				r.RevertToLibrary(f)
			}
		}})
		c.flash(fmt.Sprintf(c.T("« %s » : valeurs de la bibliothèque reprises.", "\"%s\": the library's values are back."), name), false)
	}
	return true
}

// makeOwnDialog asks before making a record taken from the library the
// plan's own, saying what follows: its new id, the references that
// follow it, and the partner's commitments no longer compared.
func makeOwnDialog(c *Context, list *pas.Field, r *pas.Record) mode {
	p, id := c.Plan, r.ID
	own := p.OwnCopyID(list, id)
	body := fmt.Sprintf(c.T("« %s » deviendra propre à ce plan, sous l'identifiant %s, avec toutes ses valeurs actuelles : la bibliothèque de l'entreprise ne le mettra plus à jour.",
		"\"%s\" will become the plan's own, under the id %s, with all its current values: the company library will no longer update it."),
		sanitize(r.NameIn(list, c.Lang)), sanitize(own))
	if uses := refSummary(c, p.References(list, id)); uses != "" {
		body += "\n\n" + c.T("Ces références le suivront : ", "These references will follow it: ") + uses
	}
	if len(p.CommitmentsOf(list, id)) > 0 {
		body += "\n\n" + c.T("Les engagements de ce partenaire, dans la bibliothèque, ne seront plus comparés aux promesses du plan (contrôles d'adossement).",
			"This partner's commitments, in the library, will no longer be compared with the plan's promises (back-to-back checks).")
	}
	done := fmt.Sprintf(c.T("« %s » est désormais propre au plan (%s).", "\"%s\" is now the plan's own (%s)."), sanitize(r.NameIn(list, c.Lang)), sanitize(own))
	return newConfirmDialog(c, c.T("Rendre propre au plan", "Make it the plan's own"), body,
		editMsg{c.Cat.ReferencingSections(list), func(p *pas.Plan) { _, _ = p.MakeOwn(list, id) }},
		flashMsg{done, false})
}

// chosen follows the library picker's choice: a new record of the plan's
// own (its name typed at once), or the library's record taken after the
// cursor.
func (v *recordsView) chosen(ch libraryChoiceMsg) step {
	if ch.id == newRecordChoice {
		return v.add(nil)
	}
	c, list, id := v.ctx, v.list, ch.id
	lr := c.Plan.Facts.Lib.Record(list, id)
	if lr == nil || c.Plan.Record(list, id) != nil {
		return step{}
	}
	at := min(v.cursor+1, len(v.records()))
	c.Send(editMsg{[]string{list.Section.ID}, func(p *pas.Plan) {
		if _, err := p.TakeFromLibrary(list, id); err != nil {
			return
		}
		l := p.ListOf(list)
		r := l.Records[len(l.Records)-1]
		l.Records = l.Records[:len(l.Records)-1]
		insertRecord(p, list, at, r)
	}})
	v.cursor = at
	c.flash(fmt.Sprintf(c.T("« %s » repris de la bibliothèque.", "\"%s\" taken from the library."), sanitize(lr.NameIn(list, c.Lang))), false)
	return step{}
}
