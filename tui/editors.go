package tui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// editResult is what an editor says after a message: still editing, done
// with a value (nil clears), or cancelled.
type editResult struct {
	done, cancel bool
	value        *pas.Value
}

// fieldEditor edits one field's value; the fields view shows it under
// the field list and hands it every message while it is open.
type fieldEditor interface {
	init() tea.Cmd
	field() *pas.Field
	update(msg tea.Msg) (editResult, tea.Cmd)
	view(w int) string
	help() []key.Binding
	// modified reports whether typed text would be lost by leaving.
	modified() bool
	// accept reads what was typed as the answer (Enter), or says why not.
	accept() editResult
	// resize gives the editor the width it is drawn at, before it draws:
	// a text area scrolls by the lines of that width.
	resize(w int)
}

// newFieldEditor picks the editor for a field's kind.
func newFieldEditor(ctx *Context, f *pas.Field, v *pas.Value) fieldEditor {
	switch f.Kind {
	case pas.KLongText:
		return newLongEditor(ctx, f, v)
	case pas.KEnum, pas.KBool, pas.KRef, pas.KCountry:
		return newChoiceEditor(ctx, f, v)
	case pas.KSet, pas.KRefs, pas.KCountries:
		return newMultiEditor(ctx, f, v)
	}
	return newTextEditor(ctx, f, v)
}

// textEditor reads one line and parses it as the field's kind: text,
// numbers, durations, dates, addresses, RACI letters.
type textEditor struct {
	ctx  *Context
	f    *pas.Field
	in   textinput.Model
	orig string // the text the editor opened with
	err  string
}

func newTextEditor(ctx *Context, f *pas.Field, v *pas.Value) *textEditor {
	in := newInput()
	in.Prompt = "› "
	in.SetValue(sanitize(pas.InputText(f, v, ctx.Lang)))
	in.CursorEnd()
	in.Placeholder = placeholder(ctx, f)
	in.CharLimit = 2000
	return &textEditor{ctx: ctx, f: f, in: in, orig: in.Value()}
}

func (e *textEditor) modified() bool { return e.in.Value() != e.orig }

// accept parses the line as the field's kind; a RACI assignment names
// parties of the plan only.
func (e *textEditor) accept() editResult {
	v, err := pas.ParseInput(e.f, e.in.Value())
	if err == nil && e.f.Kind == pas.KRACI {
		err = knownParties(e.ctx, e.f, v)
	}
	if err != nil {
		e.err = errorText(e.ctx.Lang, err)
		return editResult{}
	}
	return editResult{done: true, value: v}
}

func (e *textEditor) init() tea.Cmd     { return e.in.Focus() }
func (e *textEditor) field() *pas.Field { return e.f }

func (e *textEditor) update(msg tea.Msg) (editResult, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, e.ctx.Keys.Cancel):
			return editResult{cancel: true}, nil
		case key.Matches(k, e.ctx.Keys.Accept):
			return e.accept(), nil
		}
		e.err = ""
	}
	var cmd tea.Cmd
	e.in, cmd = e.in.Update(msg)
	return editResult{}, cmd
}

func (e *textEditor) resize(w int) { e.in.Width = max(w-4, 10) }

func (e *textEditor) view(w int) string {
	e.resize(w)
	out := e.ctx.Styles.Input.Render(e.in.View())
	if e.err != "" {
		out += "\n" + e.ctx.Styles.Error.Render(wrap(e.err, w))
	}
	return out
}

func (e *textEditor) help() []key.Binding {
	k := e.ctx.Keys
	return []key.Binding{k.Accept, k.ClearLine, k.Cancel}
}

// placeholder shows what a field's input looks like.
func placeholder(ctx *Context, f *pas.Field) string {
	switch f.Kind {
	case pas.KDuration:
		return ctx.T("par ex. 4 h, 30 j, 1 mois, 1 jour ouvré", "e.g. 4 h, 30 days, 1 month, 1 business day")
	case pas.KDate:
		return ctx.T("par ex. 23/11/2026", "e.g. 2026-11-23")
	case pas.KPercent:
		return ctx.T("par ex. 99,9", "e.g. 99.9")
	case pas.KInt, pas.KNumber:
		return ctx.T("un nombre", "a number")
	case pas.KURL:
		return "https://…"
	case pas.KRACI:
		return raciPlaceholder(ctx, f)
	}
	return ""
}

// raciPlaceholder shows an assignment with the plan's own parties.
func raciPlaceholder(ctx *Context, f *pas.Field) string {
	ids := partyIDs(ctx, f)
	if len(ids) < 2 {
		return ctx.T("partie: lettres ; déclarez d'abord les organisations", "party: letters; declare the organisations first")
	}
	return sanitize(fmt.Sprintf(ctx.T("partie: lettres ; par ex. %s: RA; %s: C", "party: letters; e.g. %s: RA; %s: C"), ids[0], ids[1]))
}

// partyIDs lists the ids a RACI assignment may name.
func partyIDs(ctx *Context, f *pas.Field) []string {
	var ids []string
	for _, r := range ctx.Plan.Records(ctx.Cat.Field(f.Ref)) {
		ids = append(ids, r.ID)
	}
	return ids
}

// knownParties refuses an assignment naming a party the plan does not
// have, and says which ones it has.
func knownParties(ctx *Context, f *pas.Field, v *pas.Value) error {
	ids := partyIDs(ctx, f)
	known := map[string]bool{}
	for _, id := range ids {
		known[id] = true
	}
	for _, id := range sortedKeys(v.RACIOrNil()) {
		if !known[id] {
			if len(ids) == 0 {
				return refuse("Partie inconnue « %s » : déclarez d'abord les organisations (chapitre Parties prenantes).",
					"Unknown party \"%s\": declare the organisations first (Parties chapter).", sanitize(id))
			}
			return refuse("Partie inconnue « %s » : les parties sont %s.", "Unknown party \"%s\": the parties are %s.",
				sanitize(id), sanitize(strings.Join(ids, ", ")))
		}
	}
	return nil
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// option is one entry of a choice or checklist editor.
type option struct {
	value  string
	label  string
	search string   // folded text the filter matches
	keys   []string // folded shortcuts typed in full: its value, its names, "n" for no
}

// optionsOf lists a field's possible values in a language.
func optionsOf(p *pas.Plan, f *pas.Field, l pas.Lang) []option {
	var out []option
	add := func(value, label string, names ...string) {
		keys := []string{pas.SearchKey(value), pas.SearchKey(label)}
		for _, n := range names {
			keys = append(keys, pas.SearchKey(n))
		}
		out = append(out, option{value, label, pas.SearchKey(label + " " + value + " " + strings.Join(names, " ")), keys})
	}
	switch f.Kind {
	case pas.KEnum, pas.KSet:
		for _, o := range f.Options {
			add(o.Value, o.Label.In(l), o.Label.FR, o.Label.EN)
		}
	case pas.KBool:
		add("true", pas.YesNo(true).In(l), "oui", "yes", "o", "y")
		add("false", pas.YesNo(false).In(l), "non", "no", "n")
	case pas.KRef, pas.KRefs:
		list := p.Cat.Field(f.Ref)
		for _, r := range p.Records(list) {
			add(r.ID, sanitize(r.Name(list)+" ("+r.ID+")"), sanitize(r.Name(list)))
		}
	case pas.KCountry, pas.KCountries:
		for _, c := range pas.MatchCountries("", l) {
			add(c.Code, c.Name.In(l)+" ("+c.Code+")", c.Name.FR, c.Name.EN)
		}
	}
	return out
}

// matcher returns how a field's options are filtered: countries by the
// country table's own matching (names and abbreviations in both
// languages: USA, UK, EAU…), anything else by filtered.
func matcher(f *pas.Field, l pas.Lang, opts []option) func(string) []option {
	if f.Kind != pas.KCountry && f.Kind != pas.KCountries {
		return func(q string) []option { return filtered(opts, q) }
	}
	byCode := make(map[string]option, len(opts))
	for _, o := range opts {
		byCode[o.value] = o
	}
	return func(q string) []option {
		if strings.TrimSpace(q) == "" {
			return opts
		}
		var out []option
		for _, c := range pas.MatchCountries(q, l) {
			out = append(out, byCode[c.Code])
		}
		return out
	}
}

// filtered returns the options matching the filter, best first: an exact
// shortcut (value or name), then a label starting with it, then a word
// starting with it, then the rest containing it.
func filtered(opts []option, filter string) []option {
	q := pas.SearchKey(filter)
	if q == "" {
		return opts
	}
	groups := make([][]option, 4)
	for _, o := range opts {
		switch {
		case o.exact(q):
			groups[0] = append(groups[0], o)
		case strings.HasPrefix(o.search, q):
			groups[1] = append(groups[1], o)
		case strings.Contains(" "+o.search, " "+q):
			groups[2] = append(groups[2], o)
		case strings.Contains(o.search, q):
			groups[3] = append(groups[3], o)
		}
	}
	return append(append(append(groups[0], groups[1]...), groups[2]...), groups[3]...)
}

// exact reports whether a folded filter is one of the option's shortcuts.
func (o option) exact(q string) bool {
	for _, k := range o.keys {
		if k == q {
			return true
		}
	}
	return false
}

// valueFromOption builds a value for a single choice.
func valueFromOption(f *pas.Field, o option) *pas.Value {
	if f.Kind == pas.KBool {
		return &pas.Value{Has: true, Bool: o.value == "true"}
	}
	return &pas.Value{Has: true, Str: o.value}
}
