package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// pickList is a filterable list of options: typing filters, arrows move.
type pickList struct {
	all    []option
	shown  []option
	filter string
	cursor int
	offset int
}

const pickRows = 7

func newPickList(opts []option) pickList { return pickList{all: opts, shown: opts} }

// key handles movement and filter typing; it reports whether it used the key.
func (p *pickList) key(m *Model, msg tea.KeyMsg) bool {
	switch {
	case msg.Type == tea.KeyUp:
		p.cursor--
	case msg.Type == tea.KeyDown:
		p.cursor++
	case msg.Type == tea.KeyPgUp:
		p.cursor -= pickRows
	case msg.Type == tea.KeyPgDown:
		p.cursor += pickRows
	case msg.Type == tea.KeyCtrlU:
		p.filter = ""
		p.refilter()
	case msg.Type == tea.KeyBackspace:
		if p.filter == "" {
			return false
		}
		r := []rune(p.filter)
		p.filter = string(r[:len(r)-1])
		p.refilter()
	case msg.Type == tea.KeyRunes && !msg.Alt:
		p.filter += string(msg.Runes)
		p.refilter()
	default:
		return false
	}
	p.cursor = clamp(p.cursor, 0, len(p.shown)-1)
	return true
}

func (p *pickList) refilter() {
	p.shown = filtered(p.all, p.filter)
	p.cursor, p.offset = 0, 0
}

func (p *pickList) current() (option, bool) {
	if len(p.shown) == 0 {
		return option{}, false
	}
	return p.shown[clamp(p.cursor, 0, len(p.shown)-1)], true
}

// view draws the filter and the visible options; mark decorates each.
func (p *pickList) view(m *Model, w int, mark func(option) string) string {
	lines := []string{m.st.Input.Render("› "+p.filter+"▏") + m.st.Faint.Render("  "+m.t("tapez pour filtrer", "type to filter"))}
	if len(p.shown) == 0 {
		return strings.Join(append(lines, m.st.Faint.Render(m.t("aucune correspondance", "no match"))), "\n")
	}
	p.offset = scrollOffset(p.cursor, p.offset, pickRows)
	for i := p.offset; i < len(p.shown) && i < p.offset+pickRows; i++ {
		line := truncate(mark(p.shown[i])+p.shown[i].label, w-2)
		if i == p.cursor {
			line = m.st.Selected.Render(padTo("› "+line, w))
		} else {
			line = "  " + line
		}
		lines = append(lines, line)
	}
	if n := len(p.shown); n > pickRows {
		lines = append(lines, m.st.Faint.Render(itoa(p.cursor+1)+"/"+itoa(n)))
	}
	return strings.Join(lines, "\n")
}

// choiceEditor picks one value: an option, yes/no, a record, a country.
type choiceEditor struct {
	f    *pas.Field
	list pickList
}

func newChoiceEditor(m *Model, f *pas.Field, v *pas.Value) *choiceEditor {
	e := &choiceEditor{f: f, list: newPickList(optionsOf(m, f))}
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

func (e *choiceEditor) init() tea.Cmd     { return nil }
func (e *choiceEditor) field() *pas.Field { return e.f }

func (e *choiceEditor) update(m *Model, msg tea.Msg) (editResult, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return editResult{}, nil
	}
	switch {
	case key.Matches(k, m.keys.Cancel):
		return editResult{cancel: true}, nil
	case k.Type == tea.KeyEnter:
		if o, ok := e.list.current(); ok {
			return editResult{done: true, value: valueFromOption(e.f, o)}, nil
		}
		return editResult{}, nil
	}
	e.list.key(m, k)
	return editResult{}, nil
}

func (e *choiceEditor) view(m *Model, w int) string {
	return e.list.view(m, w, func(option) string { return "" })
}

func (e *choiceEditor) help(m *Model) []key.Binding {
	return []key.Binding{m.keys.Accept, m.keys.Up, m.keys.Down, m.keys.Cancel}
}

// multiEditor ticks several values: options, records, countries. An
// empty selection is an answer: none.
type multiEditor struct {
	f      *pas.Field
	list   pickList
	picked map[string]bool
	order  []string // ticked values in the order they were ticked
}

func newMultiEditor(m *Model, f *pas.Field, v *pas.Value) *multiEditor {
	e := &multiEditor{f: f, list: newPickList(optionsOf(m, f)), picked: map[string]bool{}}
	if v.IsSet() {
		for _, s := range v.List {
			e.picked[s] = true
			e.order = append(e.order, s)
		}
	}
	return e
}

func (e *multiEditor) init() tea.Cmd     { return nil }
func (e *multiEditor) field() *pas.Field { return e.f }

func (e *multiEditor) update(m *Model, msg tea.Msg) (editResult, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return editResult{}, nil
	}
	switch {
	case key.Matches(k, m.keys.Cancel):
		return editResult{cancel: true}, nil
	case k.Type == tea.KeyEnter:
		return editResult{done: true, value: e.value()}, nil
	case k.Type == tea.KeySpace:
		if o, ok := e.list.current(); ok {
			e.toggle(o.value)
		}
		return editResult{}, nil
	}
	e.list.key(m, k)
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

func (e *multiEditor) view(m *Model, w int) string {
	summary := m.t("Aucun (réponse : aucun)", "None (answer: none)")
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
	return e.list.view(m, w, func(o option) string {
		if e.picked[o.value] {
			return "[x] "
		}
		return "[ ] "
	}) + "\n" + m.st.Faint.Render(truncate(m.t("Choix : ", "Selected: ")+summary, w))
}

func (e *multiEditor) help(m *Model) []key.Binding {
	return []key.Binding{m.keys.Toggle, m.keys.Accept, m.keys.Up, m.keys.Down, m.keys.Cancel}
}
