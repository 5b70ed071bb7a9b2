package tui

import (
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
	ctx *Context
	f   *pas.Field
	in  textinput.Model
	err string
}

func newTextEditor(ctx *Context, f *pas.Field, v *pas.Value) *textEditor {
	in := newInput()
	in.Prompt = "› "
	in.SetValue(sanitize(pas.InputText(f, v, ctx.Lang)))
	in.CursorEnd()
	in.Placeholder = placeholder(ctx, f)
	in.CharLimit = 2000
	return &textEditor{ctx: ctx, f: f, in: in}
}

func (e *textEditor) init() tea.Cmd     { return e.in.Focus() }
func (e *textEditor) field() *pas.Field { return e.f }

func (e *textEditor) update(msg tea.Msg) (editResult, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, e.ctx.Keys.Cancel):
			return editResult{cancel: true}, nil
		case key.Matches(k, e.ctx.Keys.Accept):
			v, err := pas.ParseInput(e.f, e.in.Value())
			if err != nil {
				e.err = errorText(e.ctx.Lang, err)
				return editResult{}, nil
			}
			return editResult{done: true, value: v}, nil
		}
		e.err = ""
	}
	var cmd tea.Cmd
	e.in, cmd = e.in.Update(msg)
	return editResult{}, cmd
}

func (e *textEditor) view(w int) string {
	e.in.Width = max(w-4, 10)
	out := e.ctx.Styles.Input.Render(e.in.View())
	if e.err != "" {
		out += "\n" + e.ctx.Styles.Error.Render(wrap(e.err, w))
	}
	return out
}

func (e *textEditor) help() []key.Binding {
	return []key.Binding{e.ctx.Keys.Accept, e.ctx.Keys.Cancel}
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
		return ctx.T("partie: lettres ; par ex. cli: RA; int: C", "party: letters; e.g. cli: RA; int: C")
	}
	return ""
}

// option is one entry of a choice or checklist editor.
type option struct {
	value  string
	label  string
	search string // folded text the filter matches
}

// optionsOf lists a field's possible values in a language.
func optionsOf(p *pas.Plan, f *pas.Field, l pas.Lang) []option {
	var out []option
	add := func(value, label, extra string) {
		out = append(out, option{value, label, pas.SearchKey(label + " " + value + " " + extra)})
	}
	switch f.Kind {
	case pas.KEnum, pas.KSet:
		for _, o := range f.Options {
			add(o.Value, o.Label.In(l), o.Label.FR+" "+o.Label.EN)
		}
	case pas.KBool:
		add("true", pas.YesNo(true).In(l), "oui yes")
		add("false", pas.YesNo(false).In(l), "non no")
	case pas.KRef, pas.KRefs:
		list := p.Cat.Field(f.Ref)
		for _, r := range p.Records(list) {
			add(r.ID, sanitize(r.Name(list)+" ("+r.ID+")"), "")
		}
	case pas.KCountry, pas.KCountries:
		for _, c := range pas.MatchCountries("", l) {
			add(c.Code, c.Name.In(l)+" ("+c.Code+")", c.Name.FR+" "+c.Name.EN)
		}
	}
	return out
}

// filtered returns the options whose text contains the filter.
func filtered(opts []option, filter string) []option {
	q := pas.SearchKey(filter)
	if q == "" {
		return opts
	}
	var out, rest []option
	for _, o := range opts {
		switch {
		case strings.EqualFold(o.value, strings.TrimSpace(filter)):
			out = append([]option{o}, out...)
		case strings.HasPrefix(o.search, q):
			out = append(out, o)
		case strings.Contains(o.search, q):
			rest = append(rest, o)
		}
	}
	return append(out, rest...)
}

// valueFromOption builds a value for a single choice.
func valueFromOption(f *pas.Field, o option) *pas.Value {
	if f.Kind == pas.KBool {
		return &pas.Value{Has: true, Bool: o.value == "true"}
	}
	return &pas.Value{Has: true, Str: o.value}
}
