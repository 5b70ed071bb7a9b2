package tui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// pickList is a filterable list of options: typing filters (accents and
// case ignored, spaces kept), arrows move. The filter is a bubbles text
// input, the options scroll in a bubbles viewport.
type pickList struct {
	ctx    *Context
	all    []option
	shown  []option
	match  func(filter string) []option
	filter textinput.Model
	rows   viewport.Model
	cursor int
	moved  bool   // the user moved the cursor since the filter last changed
	err    string // why Enter picked nothing
}

const pickRows = 7

func newPickList(ctx *Context, f *pas.Field, opts []option) pickList {
	in := newInput()
	in.Prompt = ""
	in.Focus()
	return pickList{ctx: ctx, all: opts, shown: opts, match: matcher(f, ctx.Lang, opts), filter: in, rows: viewport.New(0, 0)}
}

// key handles movement and filter typing; it reports whether it used the key.
func (p *pickList) key(msg tea.KeyMsg) bool {
	p.err = ""
	switch {
	case msg.Type == tea.KeyUp:
		p.cursor--
		p.moved = true
	case msg.Type == tea.KeyDown:
		p.cursor++
		p.moved = true
	case msg.Type == tea.KeyPgUp:
		p.cursor -= pickRows
		p.moved = true
	case msg.Type == tea.KeyPgDown:
		p.cursor += pickRows
		p.moved = true
	case msg.Type == tea.KeyBackspace && p.filter.Value() == "":
		return false
	case msg.Type == tea.KeyCtrlU, msg.Type == tea.KeyBackspace, msg.Type == tea.KeySpace && !msg.Alt, msg.Type == tea.KeyRunes && !msg.Alt:
		if msg.Type == tea.KeySpace {
			msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{' '}} // a space is part of the filter: "tier iii"
		}
		p.filter, _ = p.filter.Update(msg)
		p.refilter()
	default:
		return false
	}
	p.cursor = clamp(p.cursor, 0, len(p.shown)-1)
	return true
}

// refilter applies the filter again, from the best match.
func (p *pickList) refilter() {
	p.shown = p.match(p.filter.Value())
	p.cursor, p.moved = 0, false
	p.rows.SetYOffset(0)
}

// clearFilter empties the filter and keeps the cursor on the option.
func (p *pickList) clearFilter(keep string) {
	p.filter.SetValue("")
	p.refilter()
	for i, o := range p.shown {
		if o.value == keep {
			p.cursor = i
		}
	}
}

func (p *pickList) current() (option, bool) {
	if len(p.shown) == 0 {
		return option{}, false
	}
	return p.shown[clamp(p.cursor, 0, len(p.shown)-1)], true
}

// pick returns the option Enter takes: the highlighted one, except that
// a one-letter filter the user did not follow with the arrows takes only
// an exact shortcut ("2" for a level, "n" for no), never the first name
// holding the letter. Otherwise it says why nothing is taken.
func (p *pickList) pick() (option, bool) {
	o, ok := p.current()
	q := pas.SearchKey(p.filter.Value())
	switch {
	case !ok:
		p.err = p.ctx.T("Aucun choix ne correspond au filtre.", "No choice matches the filter.")
		return option{}, false
	case p.moved || len(p.shown) == 1 || utf8.RuneCountInString(q) != 1 || o.exact(q):
		return o, true
	}
	p.err = fmt.Sprintf(p.ctx.T("Plusieurs choix contiennent « %s » : précisez, ou choisissez avec ↑ ↓.",
		"Several choices hold \"%s\": type more, or choose with ↑ ↓."), sanitize(p.filter.Value()))
	return option{}, false
}

// filterLine draws the filter with its cursor.
func (p *pickList) filterLine() string {
	r := []rune(p.filter.Value())
	pos := clamp(p.filter.Position(), 0, len(r))
	return "› " + string(r[:pos]) + "▏" + string(r[pos:])
}

// view draws the filter and the visible options; mark decorates each.
func (p *pickList) view(w int, mark func(option) string) string {
	c := p.ctx
	lines := []string{c.Styles.Input.Render(p.filterLine()) + c.Styles.Faint.Render("  "+c.T("tapez pour filtrer", "type to filter"))}
	if len(p.shown) == 0 {
		return strings.Join(append(lines, c.Styles.Faint.Render(c.T("aucune correspondance", "no match"))), "\n")
	}
	opts := make([]string, len(p.shown))
	for i, o := range p.shown {
		line := menuLine(c.Styles, mark(o)+o.label, i == p.cursor, w)
		opts[i] = line
	}
	p.rows.Width, p.rows.Height = w, min(len(opts), pickRows)
	p.rows.SetContent(strings.Join(opts, "\n"))
	p.rows.SetYOffset(scrollOffset(p.cursor, p.rows.YOffset, pickRows))
	lines = append(lines, p.rows.View())
	if n := len(p.shown); n > pickRows {
		lines = append(lines, c.Styles.Faint.Render(itoa(p.cursor+1)+"/"+itoa(n)))
	}
	if p.err != "" {
		lines = append(lines, c.Styles.Error.Render(wrap(p.err, w)))
	}
	return strings.Join(lines, "\n")
}

// choiceEditor picks one value: an option, yes/no, a record, a country.
type choiceEditor struct {
	ctx  *Context
	f    *pas.Field
	list pickList
}

func newChoiceEditor(ctx *Context, f *pas.Field, v *pas.Value) *choiceEditor {
	e := &choiceEditor{ctx: ctx, f: f, list: newPickList(ctx, f, optionsOf(ctx.Plan, f, ctx.Lang))}
	cur := ""
	if v.IsSet() {
		cur = v.Str
		if f.Kind == pas.KBool {
			cur = map[bool]string{true: "true", false: "false"}[v.Bool]
		}
	}
	for i, o := range e.list.shown {
		if o.value == cur {
			e.list.cursor = i
		}
	}
	return e
}

func (e *choiceEditor) init() tea.Cmd      { return nil }
func (e *choiceEditor) modified() bool     { return false }
func (e *choiceEditor) resize(int)         {}
func (e *choiceEditor) accept() editResult { return editResult{} }
func (e *choiceEditor) field() *pas.Field  { return e.f }

func (e *choiceEditor) update(msg tea.Msg) (editResult, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return editResult{}, nil
	}
	switch {
	case key.Matches(k, e.ctx.Keys.Cancel):
		return editResult{cancel: true}, nil
	case k.Type == tea.KeyEnter:
		if o, ok := e.list.pick(); ok {
			return editResult{done: true, value: valueFromOption(e.f, o)}, nil
		}
		return editResult{}, nil
	}
	e.list.key(k)
	return editResult{}, nil
}

func (e *choiceEditor) view(w int) string {
	return e.list.view(w, func(option) string { return "" })
}

func (e *choiceEditor) help() []key.Binding {
	k := e.ctx.Keys
	return []key.Binding{k.Accept, k.Up, k.Down, k.ClearLine, k.Cancel}
}

// multiEditor ticks several values: options, records, countries. An
// empty selection is an answer: none.
type multiEditor struct {
	ctx     *Context
	f       *pas.Field
	list    pickList
	picked  map[string]bool
	order   []string // ticked values in the order they were ticked
	wasNone bool     // the value was already the answer "none"
	askNone bool     // Enter with nothing ticked asked once
}

func newMultiEditor(ctx *Context, f *pas.Field, v *pas.Value) *multiEditor {
	e := &multiEditor{ctx: ctx, f: f, list: newPickList(ctx, f, optionsOf(ctx.Plan, f, ctx.Lang)), picked: map[string]bool{}}
	e.wasNone = v.IsSet() && len(v.List) == 0
	if v.IsSet() {
		for _, s := range v.List {
			e.picked[s] = true
			e.order = append(e.order, s)
		}
	}
	return e
}

func (e *multiEditor) init() tea.Cmd      { return nil }
func (e *multiEditor) modified() bool     { return false }
func (e *multiEditor) resize(int)         {}
func (e *multiEditor) accept() editResult { return editResult{} }
func (e *multiEditor) field() *pas.Field  { return e.f }

func (e *multiEditor) update(msg tea.Msg) (editResult, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return editResult{}, nil
	}
	asked := e.askNone
	e.askNone = false
	switch {
	case key.Matches(k, e.ctx.Keys.Cancel):
		return editResult{cancel: true}, nil
	case k.Type == tea.KeyEnter && e.list.filter.Value() != "": // tick the match, then filter again
		if o, ok := e.list.pick(); ok {
			e.toggle(o.value)
			e.list.clearFilter(o.value)
		}
		return editResult{}, nil
	case k.Type == tea.KeyEnter && len(e.order) == 0 && !e.wasNone && !asked:
		e.askNone = true // an empty answer is said on purpose, not by accident
		return editResult{}, nil
	case k.Type == tea.KeyEnter:
		return editResult{done: true, value: e.value()}, nil
	case k.Type == tea.KeySpace && e.list.filter.Value() == "":
		if o, ok := e.list.current(); ok {
			e.toggle(o.value)
		}
		return editResult{}, nil
	}
	e.list.key(k)
	return editResult{}, nil
}

func (e *multiEditor) toggle(v string) {
	if e.picked[v] {
		delete(e.picked, v)
		for i, s := range e.order {
			if s == v {
				e.order = append(e.order[:i], e.order[i+1:]...)
				break
			}
		}
		return
	}
	e.picked[v] = true
	e.order = append(e.order, v)
}

// value keeps the catalogue's order for options and the user's order for
// records and countries.
func (e *multiEditor) value() *pas.Value {
	v := &pas.Value{Has: true, List: []string{}}
	if e.f.Kind == pas.KSet {
		for _, o := range e.list.all {
			if e.picked[o.value] {
				v.List = append(v.List, o.value)
			}
		}
		return v
	}
	v.List = append(v.List, e.order...)
	return v
}

func (e *multiEditor) view(w int) string {
	c := e.ctx
	summary := c.T("Aucun (réponse : aucun)", "None (answer: none)")
	if len(e.order) > 0 {
		labels := map[string]string{}
		for _, o := range e.list.all {
			labels[o.value] = o.label
		}
		var names []string
		for _, v := range e.order {
			names = append(names, labels[v])
		}
		summary = strings.Join(names, ", ")
	}
	return e.list.view(w, func(o option) string {
		if e.picked[o.value] {
			return "[x] "
		}
		return "[ ] "
	}) + "\n" + c.Styles.Faint.Render(truncate(c.T("Choix : ", "Selected: ")+summary, w)) + e.noneLine(w)
}

// noneLine asks for a second Enter before answering "none".
func (e *multiEditor) noneLine(w int) string {
	if !e.askNone {
		return ""
	}
	return "\n" + e.ctx.Styles.Confirm.Render(wrap(e.ctx.T(
		"Aucune case cochée : entrée de nouveau pour répondre « aucun », espace pour cocher, échap pour annuler.",
		"Nothing ticked: enter again to answer \"none\", space ticks, esc cancels."), w))
}

func (e *multiEditor) help() []key.Binding {
	k, c := e.ctx.Keys, e.ctx
	return []key.Binding{
		binding([]string{"enter"}, k.Accept.Help().Key, c.T("cocher le choix filtré, ou valider", "tick the filtered choice, or accept")),
		binding([]string{" "}, k.Toggle.Help().Key, c.T("cocher (sans filtre)", "tick (no filter)")),
		k.Up, k.Down, k.ClearLine, k.Cancel}
}
