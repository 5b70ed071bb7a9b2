package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// newRecordChoice is the picker's option for a new record of the plan's
// own (no library id is empty).
const newRecordChoice = ""

// libraryPicker is the dialog adding to a shared list offers when the
// company library holds records the list does not have yet: a new record
// of the plan's own, or one of those, which the plan then takes with
// "- use: ID". Typing filters the library's records (accents and case
// ignored, spaces kept), as in every choice list.
type libraryPicker struct {
	dialogBase
	list *pas.Field
	n    int // the library's records offered
	pick pickList
}

// newLibraryPicker returns the picker for a list, or nil when the library
// has nothing to offer it (no library, or every record taken).
func newLibraryPicker(c *Context, list *pas.Field) *libraryPicker {
	if !list.Shared {
		return nil
	}
	recs := c.Plan.AvailableFromLibrary(list)
	if len(recs) == 0 {
		return nil
	}
	lib := make([]option, 0, len(recs))
	for _, r := range recs {
		name := sanitize(r.NameIn(list, c.Lang))
		id := sanitize(r.ID)
		label := name + " (" + id + ")"
		if more := recordSummary(c, list, r.Record); more != "" {
			label += " — " + more
		}
		lib = append(lib, option{value: r.ID, label: label, search: pas.SearchKey(label), keys: []string{pas.SearchKey(id), pas.SearchKey(name)}})
	}
	fresh := option{value: newRecordChoice, label: "+ " + c.T("Nouvel élément, propre à ce plan", "New item, the plan's own")}
	d := &libraryPicker{dialogBase: dialogBase{c}, list: list, n: len(lib), pick: newPickList(c, list, append([]option{fresh}, lib...))}
	d.pick.match = func(q string) []option {
		if strings.TrimSpace(q) == "" {
			return append([]option{fresh}, lib...)
		}
		return append(filtered(lib, q), fresh) // a filter looks in the library; a new item stays last
	}
	return d
}

// recordSummary gives a library record's key columns, for the picker.
func recordSummary(c *Context, list *pas.Field, r *pas.Record) string {
	var parts []string
	for _, col := range list.Columns {
		f := list.RecordField(col)
		if v := r.Get(f); v.IsSet() {
			parts = append(parts, sanitize(cellSpaces.Replace(pas.Format(c.Plan, f, v, c.Lang))))
		}
		if len(parts) == 2 {
			break
		}
	}
	return strings.Join(parts, " · ")
}

func (d *libraryPicker) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	switch {
	case key.Matches(k, d.ctx.Keys.Cancel):
		d.ctx.Send(popMsg{})
	case k.Type == tea.KeyEnter:
		if o, ok := d.pick.pick(); ok {
			d.ctx.Send(popMsg{}, libraryChoiceMsg{d.list, o.value})
		}
	default:
		d.pick.key(k)
	}
	return nil
}

func (d *libraryPicker) View() string {
	c := d.ctx
	w := dialogWidth(c)
	prompt := fmt.Sprintf(c.T("Un élément propre à ce plan, ou l'un des %d éléments de la bibliothèque de l'entreprise (%s) que la liste n'a pas encore :",
		"An item of the plan's own, or one of the %d items of the company library (%s) the list does not hold yet:"), d.n, sanitize(c.Plan.Facts.Path))
	if d.n == 1 {
		prompt = fmt.Sprintf(c.T("Un élément propre à ce plan, ou le seul élément de la bibliothèque de l'entreprise (%s) que la liste n'a pas encore :",
			"An item of the plan's own, or the one item of the company library (%s) the list does not hold yet:"), sanitize(c.Plan.Facts.Path))
	}
	body := wrap(prompt, w) + "\n\n" + d.pick.view(w, func(option) string { return "" }) + "\n\n" + d.helpLine(d.ShortHelp())
	return box(c, fmt.Sprintf(c.T("Ajouter à « %s »", "Add to \"%s\""), d.list.Label.In(c.Lang)), body)
}

func (d *libraryPicker) ShortHelp() []key.Binding {
	k := d.ctx.Keys
	return []key.Binding{binding([]string{"enter"}, k.Accept.Help().Key, d.ctx.T("ajouter", "add")), k.Up, k.Down, k.ClearLine, k.Cancel}
}

func (d *libraryPicker) FullHelp() [][]key.Binding {
	return [][]key.Binding{d.ShortHelp(), {d.ctx.Keys.HelpTyping}}
}

// typing: the picker's filter takes typed text ("?" is a character).
func (d *libraryPicker) typing() bool { return true }
