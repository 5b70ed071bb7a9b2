package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/pas-editor/pas/pas"
)

// The company's facts library in the editor. A record a plan takes from
// it ("- use: ID") and a standard text ({use: ID}) are read-only as the
// library gives them: the override key (L) makes a value the plan's own
// (written beside "use"), the revert key (R) gives it the library's back,
// and in a list the own-copy key (C) makes a record the plan's own under
// a new id. Adding to a shared list offers the library's records
// (library_pick.go). The first chapter says what the plan takes and
// whether it is pinned; the status bar says when it is to re-issue. The
// client view shows none of it.

// Marks of the library column, in lists and forms.
const (
	libMark      = "◆" // as the library gives it
	overrideMark = "✎" // the plan writes its own value
)

// decodePlan decodes a plan's bytes (read from name: the plan file, or its
// recovery file) and resolves the facts library it names from planPath,
// as every command's loading does (pas.Load).
func decodePlan(cat *pas.Catalogue, data []byte, name, planPath string) (*pas.Plan, error) {
	p, err := pas.Decode(data, name, cat)
	if err != nil {
		return nil, err
	}
	if err := pas.NewLoader(cat).ResolveFacts(p, planPath); err != nil {
		return nil, err
	}
	return p, nil
}

// libSource says how the facts library gives a value of the plan.
type libSource struct {
	id   string      // the library record's or standard text's id
	text bool        // a standard text; else a field of a record taken
	own  bool        // the plan writes its own value over the library's
	from *pas.Record // for a record field: the library's record
}

// sourceOf reports whether the facts library gives a value, and how.
func sourceOf(p *pas.Plan, ref valueRef) (libSource, bool) {
	if l := ref.field.List; l != nil {
		r := p.Record(l, ref.rec)
		if r == nil {
			return libSource{}, false
		}
		if r.FromLibrary() {
			src := libSource{id: r.Facts.Use, own: r.Overrides(ref.field)}
			if r.Facts.From != nil {
				src.from = r.Facts.From.Record
			}
			return src, true
		}
	}
	v := ref.get(p)
	if v == nil || v.Use == "" {
		return libSource{}, false
	}
	return libSource{id: v.Use, text: true, own: !v.FromLibrary()}, true
}

// libraryLock refuses to change a value as the facts library gives it:
// the override key makes it the plan's own first. Written once for the
// form and the workshop.
func libraryLock(p *pas.Plan, ref valueRef, overrideKey string) error {
	src, ok := sourceOf(p, ref)
	switch {
	case !ok || src.own:
		return nil
	case src.text: // short: the status bar shows it whole at 80 columns
		return refuse("Texte type : touche %s pour le modifier dans ce plan.", "Standard text: press %s to override it in this plan.", overrideKey)
	}
	return refuse("Valeur de la bibliothèque : %s pour la modifier ici.", "Library value: press %s to override it in this plan.", overrideKey)
}

// isEditKey reports whether a key of the question list changes a value.
func isEditKey(k *KeyMap, msg tea.KeyMsg) bool {
	return key.Matches(msg, k.Edit) || key.Matches(msg, k.Clear) || key.Matches(msg, k.ToConfirm) ||
		key.Matches(msg, k.OpenQuestion) || key.Matches(msg, k.Suggest)
}

// libraryKey handles the keys about the facts library on a field of the
// view: the override key opens the editor of a value the library gives,
// the revert key gives it back, and the editing keys say why such a
// value is read-only. It reports whether it used the key.
func (v *fieldsView) libraryKey(msg tea.KeyMsg, f *pas.Field) (step, tea.Cmd, bool) {
	c, k := v.ctx, v.ctx.Keys
	src, ok := sourceOf(c.Plan, v.ref(f))
	switch {
	case key.Matches(msg, k.Override), key.Matches(msg, k.Revert):
		if !ok {
			c.flash(c.T("Valeur propre au plan, hors bibliothèque.", "The plan's own value, not the library's."), true)
			return step{}, nil, true
		}
		if key.Matches(msg, k.Revert) {
			v.revert(f, src)
			return step{}, nil, true
		}
		st, cmd := v.open(f)
		return st, cmd, true
	case ok && !src.own && isEditKey(k, msg):
		c.flash(errorText(c.Lang, libraryLock(c.Plan, v.ref(f), k.Override.Help().Key)), true)
		return step{}, nil, true
	}
	return step{}, nil, false
}

// revert gives a value the library's back, as one undoable edit: a field
// of a record taken, or a standard text (its state and question stay the
// plan's).
func (v *fieldsView) revert(f *pas.Field, src libSource) {
	c := v.ctx
	switch {
	case !src.own:
		c.flash(c.T("C'est déjà la valeur de la bibliothèque.", "This is the library's value already."), false)
	case src.text:
		nv := c.Plan.StandardText(src.id)
		if nv == nil {
			c.flash(fmt.Sprintf(c.T("La bibliothèque n'a plus de texte type « %s ».", "The library no longer holds a standard text \"%s\"."), sanitize(src.id)), true)
			return
		}
		c.Send(setValueMsg{v.ref(f), keepState(v.value(f), nv)})
		c.flash(c.T("Texte type de la bibliothèque repris.", "The library's standard text is back."), false)
	default:
		c.Send(recordEditMsg{v.list, v.recID, func(r *pas.Record) { r.RevertToLibrary(f) }})
		c.flash(c.T("Valeur de la bibliothèque reprise.", "The library's value is back."), false)
	}
}

// sourceColumn reports whether the question list shows where values come
// from: for a record taken from the library, or section fields one of
// which takes a standard text; never in the client view.
func (v *fieldsView) sourceColumn(fs []*pas.Field) bool {
	if v.ctx.Client || !v.ctx.Plan.UsesFacts() {
		return false
	}
	if r := v.record(); r != nil {
		return r.FromLibrary()
	}
	for _, f := range fs {
		if _, ok := sourceOf(v.ctx.Plan, v.ref(f)); ok {
			return true
		}
	}
	return false
}

// sourceMark is a field's mark in the library column: ◆ as the library
// gives it, ✎ the plan's own value over it; "" without the column.
func (v *fieldsView) sourceMark(f *pas.Field) (string, lipgloss.Style) {
	st := v.ctx.Styles
	if !v.srcCol {
		return "", st.Faint
	}
	switch src, ok := sourceOf(v.ctx.Plan, v.ref(f)); {
	case !ok:
		return " ", st.Faint
	case src.own:
		return overrideMark, st.Confirm
	}
	return libMark, st.Info
}

// sourceLines say, under the selected field, where its value comes from
// and which key changes that.
func (v *fieldsView) sourceLines(f *pas.Field, w int) []string {
	c := v.ctx
	src, ok := sourceOf(c.Plan, v.ref(f))
	if !ok || c.Client {
		return nil
	}
	ov, rv := c.Keys.Override.Help().Key, c.Keys.Revert.Help().Key
	var s string
	switch {
	case src.text && src.own:
		s = fmt.Sprintf(c.T("%s Texte propre à ce plan, à la place du texte type « %s » de la bibliothèque — %s : reprendre le texte type.",
			"%s The plan's own text, instead of the library's standard text \"%s\" — %s: revert to the standard text."), overrideMark, sanitize(src.id), rv)
	case src.text:
		s = fmt.Sprintf(c.T("%s Texte type « %s » de la bibliothèque de l'entreprise, en lecture seule — %s : le modifier dans ce plan.",
			"%s Standard text \"%s\" of the company library, read-only — %s: override it in this plan."), libMark, sanitize(src.id), ov)
	case src.own:
		lib := "—"
		if src.from != nil {
			if t := cellSpaces.Replace(pas.Format(c.Plan, f, src.from.Get(f), c.Lang)); t != "" {
				lib = sanitize(t)
			}
		}
		s = fmt.Sprintf(c.T("%s Modifié dans ce plan ; la bibliothèque dit : %s — %s : reprendre sa valeur.",
			"%s Overridden in this plan; the library says: %s — %s: revert to it."), overrideMark, lib, rv)
	default:
		s = fmt.Sprintf(c.T("%s Valeur de la bibliothèque de l'entreprise (%s), en lecture seule — %s : la modifier dans ce plan.",
			"%s Value of the company library (%s), read-only — %s: override it in this plan."), libMark, sanitize(src.id), ov)
	}
	return []string{c.Styles.Info.Render(wrap(s, w))}
}

// crumbBadge follows the name of a record taken from the library in the
// breadcrumb.
func (v *fieldsView) crumbBadge() string {
	r := v.record()
	if r == nil || !r.FromLibrary() || v.ctx.Client {
		return ""
	}
	return " " + libMark + " " + v.ctx.T("bibliothèque", "library") + " (" + sanitize(r.Facts.Use) + ")"
}

// libraryHelp is the group of library keys the question list names, where
// a value comes from the library.
func (v *fieldsView) libraryHelp() []key.Binding {
	fs := v.fields()
	for _, f := range fs {
		if _, ok := sourceOf(v.ctx.Plan, v.ref(f)); ok {
			return []key.Binding{v.ctx.Keys.Override, v.ctx.Keys.Revert}
		}
	}
	return nil
}

// libraryShortHelp adapts the footer to the selected field when the
// library gives its value: the override key instead of the editing keys,
// or the revert key first.
func (v *fieldsView) libraryShortHelp(out []key.Binding) []key.Binding {
	f := v.current()
	if f == nil {
		return out
	}
	k := v.ctx.Keys
	src, ok := sourceOf(v.ctx.Plan, v.ref(f))
	switch {
	case !ok:
		return out
	case src.own:
		return append([]key.Binding{k.Revert}, out...)
	}
	kept := []key.Binding{k.Override}
	for _, b := range out {
		if !sameBinding(b, k.Edit, k.Clear, k.ToConfirm, k.OpenQuestion, k.Suggest) {
			kept = append(kept, b)
		}
	}
	return kept
}

// sameBinding reports whether b is one of the bindings (by its keys).
func sameBinding(b key.Binding, of ...key.Binding) bool {
	for _, o := range of {
		if strings.Join(b.Keys(), " ") == strings.Join(o.Keys(), " ") {
			return true
		}
	}
	return false
}

// factsBanner says, at the top of the first chapter, which library the
// plan takes from, how much, whether it is pinned, and what the checks
// say about it (to pin, library unreadable, to re-issue).
func (v *fieldsView) factsBanner(w int) string {
	c := v.ctx
	p := c.Plan
	if v.list != nil || c.Client || p.Facts == nil || v.sec != c.Cat.Sections[0] {
		return ""
	}
	records, texts := 0, 0
	for _, u := range p.FactsUses() {
		if u.List != nil {
			records++
		} else {
			texts++
		}
	}
	what := plural(c, records, "élément repris", "éléments repris", "item taken", "items taken")
	if texts > 0 {
		what += c.T(" et ", " and ") + plural(c, texts, "texte type", "textes types", "standard text", "standard texts")
	}
	lines := []string{c.Styles.Info.Render(wrap(fmt.Sprintf(c.T("%s Bibliothèque de l'entreprise %s : %s.", "%s Company library %s: %s."),
		libMark, sanitize(p.Facts.Path), what), w))}
	if fz := p.Facts.Frozen; fz != nil {
		lines = append(lines, c.Styles.Info.Render(wrap(fmt.Sprintf(c.T("Figé (empreinte %s) : une modification de la bibliothèque ne change plus son document.",
			"Pinned (fingerprint %s): a change of the library no longer changes its document."), shortSum(fz.SHA256)), w)))
	}
	lines = append(lines, findingLines(c, c.Stats.byPath["facts"], w)...)
	return strings.Join(lines, "\n")
}

// factsTag is the status bar's word on the plan's library: pinned, to
// re-issue (FACTS-03), unreadable; "" for a plan that pins nothing.
func factsTag(c *Context) string {
	p := c.Plan
	if p == nil || p.Facts == nil {
		return ""
	}
	for _, fd := range c.Stats.byPath["facts"] {
		if fd.Rule == "FACTS-03" {
			return libMark + " " + c.T("à réémettre", "to re-issue")
		}
	}
	switch {
	case !p.Facts.Problem.IsZero():
		return libMark + " " + c.T("bibliothèque illisible", "library unreadable")
	case p.Frozen():
		return libMark + " " + c.T("figé", "pinned")
	}
	return ""
}

// shortSum shortens a fingerprint for display.
func shortSum(s string) string {
	if len(s) > 12 {
		return s[:12]
	}
	return s
}

// plural counts things in the interface language.
func plural(c *Context, n int, frOne, frMany, enOne, enMany string) string {
	return pas.Count(n, frOne, frMany, enOne, enMany).In(c.Lang)
}

// libraryNote is the help's legend of the library marks, for a plan that
// takes from a library.
func libraryNote(c *Context) string {
	if c.Plan == nil || !c.Plan.UsesFacts() {
		return ""
	}
	return fmt.Sprintf(c.T("Bibliothèque : %s repris tel quel, en lecture seule (%s : modifier) · %s modifié dans ce plan (%s : reprendre)",
		"Library: %s taken as it is, read-only (%s: override) · %s overridden in this plan (%s: revert)"),
		libMark, c.Keys.Override.Help().Key, overrideMark, c.Keys.Revert.Help().Key)
}
