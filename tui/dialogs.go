package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/pas-editor/pas/pas"
)

// A dialog is a mode that asks a question in a box drawn in the middle of
// the screen; it has every key. It closes itself (popMsg) before sending
// what was chosen, so that what follows reaches the mode under it.

// dialogWidth is the width of a dialog's content for this screen: the
// box adds a border and a space on each side.
func dialogWidth(c *Context) int { return clamp(c.Width-12, 26, 70) }

// box draws a dialog's frame and title around its body, in the middle of
// the area above the status bar.
func box(c *Context, title, body string) string {
	b := c.Styles.Dialog.Width(dialogWidth(c) + 2).Render(c.Styles.Title.Render(title) + "\n\n" + body)
	return lipgloss.Place(c.Width, c.Height-2, lipgloss.Center, lipgloss.Center, b)
}

// binding builds a one-off binding for a dialog's help line.
func binding(keys []string, disp, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(disp, desc))
}

// dialogBase gives dialogs their size handling and full help.
type dialogBase struct{ ctx *Context }

func (dialogBase) SetSize(w, h int) {}

// helpLine draws a dialog's keys under its body.
func (d dialogBase) helpLine(keys []key.Binding) string { return d.ctx.Help.ShortHelpView(keys) }

// quitDialog asks what to do with unsaved edits.
type quitDialog struct {
	dialogBase
	interrupt bool
}

func newQuitDialog(c *Context, interrupt bool) *quitDialog {
	return &quitDialog{dialogBase{c}, interrupt}
}

func (d *quitDialog) keys() (save, discard, cancel key.Binding) {
	c := d.ctx
	return binding([]string{"s", "e"}, "s", c.T("enregistrer et quitter", "save and quit")),
		binding([]string{"d", "n"}, "d", c.T("quitter sans enregistrer", "quit without saving")),
		binding([]string{"esc", "c", "ctrl+c"}, c.T("échap", "esc"), c.T("continuer l'édition", "keep editing"))
}

func (d *quitDialog) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	save, discard, cancel := d.keys()
	switch {
	case key.Matches(k, save):
		d.ctx.Send(popMsg{}, saveMsg{thenQuit: true})
	case key.Matches(k, discard):
		d.ctx.Send(leaveMsg{aborted: d.interrupt, discard: true})
	case key.Matches(k, cancel):
		d.ctx.Send(popMsg{})
	}
	return nil
}

func (d *quitDialog) View() string {
	c := d.ctx
	text := c.T("Le plan a changé depuis le dernier enregistrement. Que faire ?", "The plan changed since it was last saved. What now?")
	if !fileExists(c.Path) {
		text = c.T("Le plan n'a pas encore été enregistré. Que faire ?", "The plan has not been saved yet. What now?")
	}
	return box(c, c.T("Modifications non enregistrées", "Unsaved changes"),
		wrap(text, dialogWidth(c))+"\n\n"+d.helpLine(d.ShortHelp()))
}

func (d *quitDialog) ShortHelp() []key.Binding {
	s, di, c := d.keys()
	return []key.Binding{s, di, c}
}

func (d *quitDialog) FullHelp() [][]key.Binding { return [][]key.Binding{d.ShortHelp()} }

// textDialog asks for one or more lines of text and hands them to done,
// which returns what to send, or a message saying what is wrong.
type textDialog struct {
	dialogBase
	title, prompt string
	inputs        []textinput.Model
	labels        []string
	focus         int
	err           string
	done          func(values []string) ([]tea.Msg, string)
}

func newTextDialog(c *Context, title, prompt string, labels, values []string, done func([]string) ([]tea.Msg, string)) *textDialog {
	d := &textDialog{dialogBase: dialogBase{c}, title: title, prompt: prompt, labels: labels, done: done}
	for i := range labels {
		in := newInput()
		in.Prompt = "› "
		in.CharLimit = 1000
		if i < len(values) {
			in.SetValue(sanitize(values[i]))
		}
		if i == 0 {
			in.Focus()
		}
		d.inputs = append(d.inputs, in)
	}
	return d
}

func (d *textDialog) Update(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, d.ctx.Keys.Cancel):
			d.ctx.Send(popMsg{})
			return nil
		case k.Type == tea.KeyTab, k.Type == tea.KeyDown, k.Type == tea.KeyShiftTab, k.Type == tea.KeyUp:
			step := 1
			if k.Type == tea.KeyShiftTab || k.Type == tea.KeyUp {
				step = -1
			}
			d.inputs[d.focus].Blur()
			d.focus = (d.focus + step + len(d.inputs)) % len(d.inputs)
			return d.inputs[d.focus].Focus()
		case k.Type == tea.KeyEnter:
			var vals []string
			for _, in := range d.inputs {
				vals = append(vals, strings.TrimSpace(in.Value()))
			}
			msgs, errMsg := d.done(vals)
			if errMsg != "" {
				d.err = errMsg
				return nil
			}
			d.ctx.Send(popMsg{})
			d.ctx.Send(msgs...)
			return nil
		}
	}
	var cmd tea.Cmd
	d.inputs[d.focus], cmd = d.inputs[d.focus].Update(msg)
	return cmd
}

func (d *textDialog) View() string {
	c := d.ctx
	w := dialogWidth(c)
	var lines []string
	if d.prompt != "" {
		lines = append(lines, wrap(d.prompt, w), "")
	}
	for i := range d.inputs {
		d.inputs[i].Width = max(w-6, 10)
		if len(d.inputs) > 1 {
			lines = append(lines, c.Styles.Label.Render(d.labels[i]))
		}
		lines = append(lines, d.inputs[i].View())
	}
	if d.err != "" {
		lines = append(lines, "", c.Styles.Error.Render(wrap(d.err, w)))
	}
	lines = append(lines, "", d.helpLine(d.ShortHelp()))
	return box(c, d.title, strings.Join(lines, "\n"))
}

func (d *textDialog) ShortHelp() []key.Binding {
	out := []key.Binding{d.ctx.Keys.Accept, d.ctx.Keys.Cancel}
	if len(d.inputs) > 1 {
		out = append(out, binding([]string{"tab"}, "tab", d.ctx.T("champ suivant", "next field")))
	}
	return out
}

func (d *textDialog) FullHelp() [][]key.Binding { return [][]key.Binding{d.ShortHelp()} }

// newQuestionDialog turns a value into an open question with its owner
// and due date; the value, if any, is kept as provisional.
func newQuestionDialog(c *Context, ref valueRef) mode {
	old := ref.get(c.Plan)
	var vals []string
	if old != nil {
		vals = questionInputs(c.Lang, old)
	}
	help := c.T("Qui doit répondre, et pour quand ? La question figurera dans la liste de suivi (pas questions).",
		"Who must answer, and by when? The question goes into the follow-up list (pas questions).")
	return openQuestionDialog(c, ref, help, vals)
}

// openQuestionDialog asks for a question, its owner and its due date, and
// stores the open question once the question is given and the date reads
// back; then the messages in after follow.
func openQuestionDialog(c *Context, ref valueRef, help string, vals []string, after ...tea.Msg) mode {
	labels := []string{c.T("Question", "Question"), c.T("Responsable", "Owner"), c.T("Échéance (date ou délai : dans 15 jours)", "Due (date or delay: in 2 weeks)")}
	return newTextDialog(c, c.T("Question ouverte : ", "Open question: ")+ref.field.Label.In(c.Lang), help, labels, vals,
		func(in []string) ([]tea.Msg, string) {
			nv, err := actQuestion(ref.field, ref.get(c.Plan), in[0], in[1], in[2], c.Today())
			if err != nil {
				return nil, errorText(c.Lang, err)
			}
			return append([]tea.Msg{setValueMsg{ref, nv}}, after...), ""
		})
}

// notesDialog edits a section's internal notes.
type notesDialog struct {
	dialogBase
	sec *pas.Section
	ta  textarea.Model
}

func newNotesDialog(c *Context, s *pas.Section) mode {
	d := &notesDialog{dialogBase: dialogBase{c}, sec: s, ta: newArea()}
	d.ta.ShowLineNumbers = false
	d.ta.CharLimit = 0
	d.ta.SetHeight(6)
	d.ta.KeyMap.InsertNewline = key.NewBinding(key.WithKeys("ctrl+j", "alt+enter"))
	if sd := c.Plan.Data(s.ID); sd != nil {
		d.ta.SetValue(sanitize(sd.Notes))
	}
	d.ta.Focus()
	return d
}

func (d *notesDialog) Update(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, d.ctx.Keys.Cancel):
			d.ctx.Send(popMsg{})
			return nil
		case k.Type == tea.KeyEnter && !k.Alt:
			d.ctx.Send(popMsg{})
			text := strings.TrimSpace(d.ta.Value())
			if sd := d.ctx.Plan.Data(d.sec.ID); (sd == nil && text == "") || (sd != nil && sd.Notes == text) {
				return nil
			}
			id := d.sec.ID
			d.ctx.Send(editMsg{[]string{id}, func(p *pas.Plan) { p.Edit(id).Notes = text }})
			return nil
		}
	}
	var cmd tea.Cmd
	d.ta, cmd = d.ta.Update(msg)
	return cmd
}

func (d *notesDialog) View() string {
	c := d.ctx
	d.ta.SetWidth(dialogWidth(c) - 2)
	return box(c, c.T("Notes internes : ", "Internal notes: ")+d.sec.Title.In(c.Lang),
		c.Styles.Faint.Render(wrap(c.T("Jamais reprises dans le document du client.", "Never in the client's document."), dialogWidth(c)))+"\n\n"+
			d.ta.View()+"\n\n"+d.helpLine(d.ShortHelp()))
}

func (d *notesDialog) ShortHelp() []key.Binding {
	k := d.ctx.Keys
	return []key.Binding{k.Accept, k.NewLine, k.Cancel}
}

func (d *notesDialog) FullHelp() [][]key.Binding { return [][]key.Binding{d.ShortHelp()} }

// toggleNA marks a section not applicable (asking for the justification)
// or applicable again.
func toggleNA(c *Context, s *pas.Section) {
	id := s.ID
	if sd := c.Plan.Data(id); sd != nil && sd.NA != nil {
		c.Send(editMsg{[]string{id}, func(p *pas.Plan) { p.Edit(id).NA = nil }})
		return
	}
	if ok, _ := c.Plan.Applicability(s); !ok {
		c.flash(c.T("Ce chapitre est écarté par le contexte de la prestation.", "The engagement context sets this chapter aside."), true)
		return
	}
	c.Send(pushMsg{newTextDialog(c, c.T("Non applicable : ", "Not applicable: ")+s.Title.In(c.Lang),
		c.T("Pourquoi ce chapitre ne s'applique-t-il pas ? La justification figure dans le document.",
			"Why does this chapter not apply? The justification appears in the document."),
		[]string{c.T("Justification", "Justification")}, nil,
		func(in []string) ([]tea.Msg, string) {
			if in[0] == "" {
				return nil, c.T("Une justification est obligatoire.", "A justification is required.")
			}
			why := in[0]
			return []tea.Msg{editMsg{[]string{id}, func(p *pas.Plan) { p.Edit(id).NA = &pas.NA{Justification: why} }}}, ""
		})})
}

// confirmDialog asks yes or no before sending what yes means.
type confirmDialog struct {
	dialogBase
	title, body string
	yes         []tea.Msg
}

func newConfirmDialog(c *Context, title, body string, yes ...tea.Msg) *confirmDialog {
	return &confirmDialog{dialogBase{c}, title, body, yes}
}

func (d *confirmDialog) keys() (yes, no key.Binding) {
	c := d.ctx
	return binding([]string{"o", "y", "enter"}, c.T("o", "y"), c.T("confirmer", "confirm")),
		binding([]string{"n", "esc"}, c.T("n/échap", "n/esc"), c.T("annuler", "cancel"))
}

func (d *confirmDialog) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	yes, no := d.keys()
	switch {
	case key.Matches(k, yes):
		d.ctx.Send(popMsg{})
		d.ctx.Send(d.yes...)
	case key.Matches(k, no):
		d.ctx.Send(popMsg{})
	}
	return nil
}

func (d *confirmDialog) View() string {
	return box(d.ctx, d.title, wrap(d.body, dialogWidth(d.ctx))+"\n\n"+d.helpLine(d.ShortHelp()))
}

func (d *confirmDialog) ShortHelp() []key.Binding {
	y, n := d.keys()
	return []key.Binding{y, n}
}

func (d *confirmDialog) FullHelp() [][]key.Binding { return [][]key.Binding{d.ShortHelp()} }

// keepTextMsg answers the question of leaveDialog: keep the typed text as
// the answer, or discard it.
type keepTextMsg struct{ keep bool }

// leaveDialog asks, when Esc would throw typed text away, whether to keep
// it, discard it, or go back to typing.
type leaveDialog struct{ dialogBase }

func newLeaveDialog(c *Context) *leaveDialog { return &leaveDialog{dialogBase{c}} }

func (d *leaveDialog) keys() (keep, discard, back key.Binding) {
	c := d.ctx
	return binding([]string{"enter", "g", "k"}, c.T("entrée", "enter"), c.T("garder", "keep")),
		binding([]string{"a", "d"}, c.T("a", "d"), c.T("abandonner", "discard")),
		binding([]string{"esc"}, c.T("échap", "esc"), c.T("reprendre la saisie", "back to typing"))
}

func (d *leaveDialog) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	keep, discard, back := d.keys()
	switch {
	case key.Matches(k, keep):
		d.ctx.Send(popMsg{}, keepTextMsg{keep: true})
	case key.Matches(k, discard):
		d.ctx.Send(popMsg{}, keepTextMsg{keep: false})
	case key.Matches(k, back):
		d.ctx.Send(popMsg{})
	case key.Matches(k, d.ctx.Keys.ForceQuit):
		d.ctx.Send(quitMsg{interrupt: true})
	}
	return nil
}

func (d *leaveDialog) View() string {
	c := d.ctx
	return box(c, c.T("Texte modifié", "Text changed"),
		wrap(c.T("Garder le texte saisi, ou l'abandonner et revenir à la valeur d'avant ?",
			"Keep the text typed, or discard it and go back to the value before?"), dialogWidth(c))+"\n\n"+d.helpLine(d.ShortHelp()))
}

func (d *leaveDialog) ShortHelp() []key.Binding {
	k, di, b := d.keys()
	return []key.Binding{k, di, b}
}

func (d *leaveDialog) FullHelp() [][]key.Binding { return [][]key.Binding{d.ShortHelp()} }
