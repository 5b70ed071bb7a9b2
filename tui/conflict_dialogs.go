package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// The dialogs of merge conflicts (conflicts.go): the list, one conflict's
// versions, and the value typed by hand that resolves it.

// conflictList lists the merge conflicts left; Enter resolves one.
type conflictList struct {
	dialogBase
	cursor, offset int
}

func (d *conflictList) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	c := d.ctx
	n := len(c.Plan.Conflicts)
	if cur, ok := moveCursor(c.Keys, k, d.cursor, n); ok {
		d.cursor = cur
		return nil
	}
	switch {
	case key.Matches(k, c.Keys.ForceQuit):
		c.Send(quitMsg{interrupt: true})
	case key.Matches(k, c.Keys.Cancel):
		c.Send(popMsg{})
	case key.Matches(k, c.Keys.Accept) && n > 0:
		d.cursor = clamp(d.cursor, 0, n-1)
		c.Send(pushMsg{newMergeDialog(c, c.Plan.Conflicts[d.cursor], d.cursor+1, n)})
	}
	return nil
}

func (d *conflictList) View() string {
	c := d.ctx
	w := dialogWidth(c)
	n := len(c.Plan.Conflicts)
	if n == 0 {
		return box(c, c.T("Conflits de fusion", "Merge conflicts"), wrap(c.T("Plus aucun conflit de fusion : ctrl+s enregistre le plan.",
			"No merge conflict left: ctrl+s saves the plan."), w)+"\n\n"+d.helpLine([]key.Binding{c.Keys.Cancel}))
	}
	lines := []string{wrap(c.T("Deux versions du plan ont modifié différemment ces éléments ; le plan garde notre version en attendant. Entrée : choisir.",
		"Two versions of the plan changed these differently; the plan keeps ours meanwhile. Enter: choose."), w), ""}
	rows := max(c.Height-lineCount(lines[0])-12, 3)
	d.cursor = clamp(d.cursor, 0, n-1)
	d.offset = scrollOffset(d.cursor, d.offset, rows)
	for i := d.offset; i < n && i < d.offset+rows; i++ {
		x := c.Plan.Conflicts[i]
		text := conflictPlace(c, x.Path) + " — " + c.T("la nôtre : ", "ours: ") + sideLine(c, x, pas.TakeOurs) + " · " + c.T("la leur : ", "theirs: ") + sideLine(c, x, pas.TakeTheirs)
		line := truncate(cellSpaces.Replace(text), w-2)
		if i == d.cursor {
			line = c.Styles.Selected.Render(padTo("› "+line, w))
		} else {
			line = "  " + line
		}
		lines = append(lines, line)
	}
	lines = append(lines, c.Styles.Faint.Render(fmt.Sprintf("%d/%d", d.cursor+1, n)), "", d.helpLine(d.ShortHelp()))
	return box(c, c.T("Conflits de fusion", "Merge conflicts"), strings.Join(lines, "\n"))
}

func (d *conflictList) ShortHelp() []key.Binding {
	k := d.ctx.Keys
	return []key.Binding{binding([]string{"enter"}, k.Accept.Help().Key, d.ctx.T("résoudre", "resolve")), k.Up, k.Down, k.Cancel}
}

func (d *conflictList) FullHelp() [][]key.Binding {
	k := d.ctx.Keys
	return [][]key.Binding{d.ShortHelp(), {k.PageUp, k.PageDown, k.Top, k.Bottom}}
}

// mergeDialog shows one conflict's versions: ours, theirs, the common
// one, or a value typed by hand.
type mergeDialog struct {
	dialogBase
	path     string
	at, of   int      // its place in the list
	versions []string // ours, theirs, base, as the form would show them
	cursor   int
}

// mergeChoices are the dialog's options, in order.
var mergeChoices = []pas.Take{pas.TakeOurs, pas.TakeTheirs, pas.TakeBase}

func newMergeDialog(c *Context, x *pas.Conflict, at, of int) *mergeDialog {
	d := &mergeDialog{dialogBase: dialogBase{c}, path: x.Path, at: at, of: of}
	ref, isField := conflictRef(c.Plan, x.Path)
	for _, take := range mergeChoices {
		text := sideLine(c, x, take)
		if isField { // as the form shows it: the version applied to a copy
			trial := c.Plan.Clone()
			if trial.Resolve(x, take) == nil {
				text = describe(c, trial, ref.field, ref.get(trial))
			}
		}
		d.versions = append(d.versions, cellSpaces.Replace(text))
	}
	return d
}

// options are the lines the cursor moves over.
func (d *mergeDialog) options() []string {
	c := d.ctx
	return []string{
		c.T("Garder notre version (branche courante) : ", "Keep our version (current branch): ") + d.versions[0],
		c.T("Prendre leur version (branche fusionnée) : ", "Take their version (merged branch): ") + d.versions[1],
		c.T("Revenir à la version commune : ", "Go back to the common version: ") + d.versions[2],
		c.T("Saisir une autre valeur…", "Type another value…"),
	}
}

func (d *mergeDialog) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	c := d.ctx
	if cur, ok := moveCursor(c.Keys, k, d.cursor, len(d.options())); ok {
		d.cursor = cur
		return nil
	}
	switch {
	case key.Matches(k, c.Keys.ForceQuit):
		c.Send(quitMsg{interrupt: true})
	case key.Matches(k, c.Keys.Cancel):
		c.Send(popMsg{})
	case key.Matches(k, c.Keys.Accept):
		x := conflictAt(c.Plan, d.path)
		if x == nil { // resolved meanwhile (an undo, a redo)
			c.Send(popMsg{})
			return nil
		}
		c.Send(popMsg{})
		if d.cursor == len(mergeChoices) {
			c.Send(pushMsg{typedResolution(c, x)})
			return nil
		}
		take, path := mergeChoices[d.cursor], d.path
		c.Send(planEditMsg{func(p *pas.Plan) error {
			if x := conflictAt(p, path); x != nil {
				return p.Resolve(x, take)
			}
			return nil
		}, resolvedNote(c)})
	}
	return nil
}

// resolvedNote is flashed once a conflict is resolved: how many are left.
func resolvedNote(c *Context) string {
	switch left := len(c.Plan.Conflicts) - 1; left {
	case 0:
		return c.T("Dernier conflit résolu (u annule) : ctrl+s enregistre le plan.", "Last conflict resolved (u undoes it): ctrl+s saves the plan.")
	case 1:
		return c.T("Conflit résolu (u annule) ; il en reste 1.", "Conflict resolved (u undoes it); 1 left.")
	default:
		return fmt.Sprintf(c.T("Conflit résolu (u annule) ; il en reste %d.", "Conflict resolved (u undoes it); %d left."), left)
	}
}

func (d *mergeDialog) View() string {
	c := d.ctx
	w := dialogWidth(c)
	lines := []string{c.Styles.Label.Render(wrap(conflictPlace(c, d.path), w)), c.Styles.Faint.Render(truncate(sanitize(d.path), w)), ""}
	for i, o := range d.options() {
		line := truncate(o, w-2)
		if i == d.cursor {
			line = c.Styles.Selected.Render(padTo("› "+line, w))
		} else {
			line = "  " + line
		}
		lines = append(lines, line)
	}
	lines = append(lines, "", d.helpLine(d.ShortHelp()))
	title := fmt.Sprintf(c.T("Conflit de fusion %d/%d", "Merge conflict %d/%d"), d.at, d.of)
	return box(c, title, strings.Join(lines, "\n"))
}

func (d *mergeDialog) ShortHelp() []key.Binding {
	k := d.ctx.Keys
	return []key.Binding{binding([]string{"enter"}, k.Accept.Help().Key, d.ctx.T("choisir", "choose")), k.Up, k.Down, k.Cancel}
}

func (d *mergeDialog) FullHelp() [][]key.Binding { return [][]key.Binding{d.ShortHelp()} }

// typedResolution asks for the value that resolves a conflict: typed as
// in the form for one field's value (a long text in a text box), notes
// and justifications in a text box, anything else as a line of YAML in
// the form of the versions (empty: nothing there). What does not read
// back is refused on the spot; nothing changes until it does.
func typedResolution(c *Context, x *pas.Conflict) mode {
	path := x.Path
	title := c.T("Résoudre : ", "Resolve: ") + conflictPlace(c, path)
	versions := sanitize(x.Versions().In(c.Lang))
	if ref, ok := conflictRef(c.Plan, path); ok {
		cur := ref.get(c.Plan)
		done := func(text string) ([]tea.Msg, string) { return fieldResolution(c, ref, cur, path, text) }
		if ref.field.Kind == pas.KLongText {
			return newConflictText(c, title, pas.InputText(ref.field, cur, c.Lang), done)
		}
		prompt := versions + "\n\n" + c.T("La valeur à garder, saisie comme dans le formulaire (vide : aucune valeur).",
			"The value to keep, typed as in the form (empty: no value).")
		return longInput(newTextDialog(c, title, prompt, []string{ref.field.Label.In(c.Lang)}, nil,
			func(in []string) ([]tea.Msg, string) { return done(in[0]) }), pas.InputText(ref.field, cur, c.Lang))
	}
	if isTextConflict(path) {
		return newConflictText(c, title, pas.SideText(x.Ours), func(text string) ([]tea.Msg, string) {
			return []tea.Msg{planEditMsg{func(p *pas.Plan) error {
				if x := conflictAt(p, path); x != nil {
					return p.ResolveString(x, text)
				}
				return nil
			}, resolvedNote(c)}}, ""
		})
	}
	prompt := versions + "\n\n" + c.T("La version à garder, en YAML sur une ligne comme ci-dessus (vide : rien à cet endroit).",
		"The version to keep, as one line of YAML as above (empty: nothing there).")
	return longInput(newTextDialog(c, title, prompt, []string{"YAML"}, nil,
		func(in []string) ([]tea.Msg, string) {
			text := in[0]
			if err := c.Plan.Clone().ResolveYAML(x, text); err != nil { // refused here, before anything changes
				return nil, problems(c, err)
			}
			return []tea.Msg{planEditMsg{func(p *pas.Plan) error {
				if x := conflictAt(p, path); x != nil {
					return p.ResolveYAML(x, text)
				}
				return nil
			}, resolvedNote(c)}}, ""
		}), startingSide(x))
}

// startingSide is the version a YAML resolution starts from: ours, else
// theirs, else the common one (a record we deleted starts from theirs).
func startingSide(x *pas.Conflict) string {
	for _, n := range []string{pas.Side(x.Ours), pas.Side(x.Theirs), pas.Side(x.Base)} {
		if n != "" {
			return n
		}
	}
	return ""
}

// fieldResolution stores a value typed for a field in conflict (a value
// to confirm stays so) and removes the conflict, as one edit.
func fieldResolution(c *Context, ref valueRef, cur *pas.Value, path, text string) ([]tea.Msg, string) {
	typed, err := pas.ParseInput(ref.field, text)
	if err != nil {
		return nil, errorText(c.Lang, err)
	}
	nv := actAnswer(cur, typed)
	return []tea.Msg{planEditMsg{func(p *pas.Plan) error {
		if ref.field.List == nil {
			p.Set(ref.field, nv)
		} else if r := p.Record(ref.field.List, ref.rec); r != nil {
			r.Set(ref.field, nv)
		} else {
			return refuse("L'élément n'existe plus.", "The item no longer exists.")
		}
		p.RemoveConflict(path)
		return nil
	}, resolvedNote(c)}}, ""
}

// longInput lifts a text dialog's length limit (a record's YAML, notes)
// and puts a value in its input.
func longInput(d *textDialog, value string) *textDialog {
	d.inputs[0].CharLimit = 0
	d.inputs[0].SetValue(sanitize(value))
	return d
}

// problems says why a typed version does not load, without the file name
// and position a one-line input has no use for.
func problems(c *Context, err error) string {
	le, ok := err.(*pas.LoadError)
	if !ok {
		return errorText(c.Lang, err)
	}
	var out []string
	for _, p := range le.Problems {
		out = append(out, p.Msg.In(c.Lang))
	}
	return sanitize(strings.Join(out, c.T(" ; ", "; ")))
}

// isTextConflict reports whether a conflict's versions are texts typed as
// they read: a chapter's notes, a not-applicable justification.
func isTextConflict(path string) bool {
	return strings.HasSuffix(path, ".notes") || strings.HasSuffix(path, ".not_applicable")
}

// conflictText edits, on as many lines as it takes, the text that
// resolves a conflict on notes, a justification or a long text; done
// says what to send, or why the text is refused.
type conflictText struct {
	dialogBase
	title string
	ta    textarea.Model
	err   string
	done  func(text string) ([]tea.Msg, string)
}

func newConflictText(c *Context, title, value string, done func(string) ([]tea.Msg, string)) *conflictText {
	d := &conflictText{dialogBase: dialogBase{c}, title: title, ta: newArea(), done: done}
	d.ta.ShowLineNumbers = false
	d.ta.CharLimit = 0
	d.ta.SetHeight(6)
	d.ta.KeyMap.InsertNewline = key.NewBinding(key.WithKeys("ctrl+j", "alt+enter"))
	d.ta.SetValue(sanitize(value))
	d.ta.Focus()
	return d
}

func (d *conflictText) Update(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyMsg); ok {
		c := d.ctx
		switch {
		case key.Matches(k, c.Keys.Cancel):
			c.Send(popMsg{})
			return nil
		case k.Type == tea.KeyEnter && !k.Alt:
			msgs, errMsg := d.done(strings.TrimSpace(d.ta.Value()))
			if errMsg != "" {
				d.err = errMsg
				return nil
			}
			c.Send(popMsg{})
			c.Send(msgs...)
			return nil
		}
	}
	var cmd tea.Cmd
	d.ta, cmd = d.ta.Update(msg)
	return cmd
}

func (d *conflictText) View() string {
	c := d.ctx
	w := dialogWidth(c)
	d.ta.SetWidth(w - 2)
	body := c.Styles.Faint.Render(wrap(c.T("Le texte à garder, à partir de notre version (vide : aucun texte).", "The text to keep, starting from ours (empty: no text)."), w)) +
		"\n\n" + d.ta.View()
	if d.err != "" {
		body += "\n\n" + c.Styles.Error.Render(wrap(d.err, w))
	}
	return box(c, d.title, body+"\n\n"+d.helpLine(d.ShortHelp()))
}

func (d *conflictText) ShortHelp() []key.Binding {
	k := d.ctx.Keys
	return []key.Binding{k.Accept, k.NewLine, k.Cancel}
}

func (d *conflictText) FullHelp() [][]key.Binding { return [][]key.Binding{d.ShortHelp()} }

// typing: the text takes every key.
func (d *conflictText) typing() bool { return true }
