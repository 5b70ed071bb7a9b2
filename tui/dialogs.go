package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// dialog is a modal question drawn over the panes; it has every key.
type dialog interface {
	update(m *Model, msg tea.Msg) tea.Cmd
	view(m *Model) string
	help(m *Model) []key.Binding
}

// dialogWidth is the width of a dialog's content for this screen: the
// box adds a border and a space on each side.
func (m *Model) dialogWidth() int { return clamp(m.w-12, 26, 70) }

func (m *Model) box(title, body string) string {
	return m.st.Dialog.Width(m.dialogWidth() + 2).Render(m.st.Title.Render(title) + "\n\n" + body)
}

// binding builds a one-off binding for a dialog's help line.
func binding(keys []string, disp, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(disp, desc))
}

// quitDialog asks what to do with unsaved edits.
type quitDialog struct{ interrupt bool }

func newQuitDialog(m *Model, interrupt bool) *quitDialog { return &quitDialog{interrupt} }

func (d *quitDialog) keys(m *Model) (save, discard, cancel key.Binding) {
	return binding([]string{"s", "e"}, "s", m.t("enregistrer et quitter", "save and quit")),
		binding([]string{"d", "n"}, "d", m.t("quitter sans enregistrer", "quit without saving")),
		binding([]string{"esc", "c", "ctrl+c"}, m.t("échap", "esc"), m.t("continuer l'édition", "keep editing"))
}

func (d *quitDialog) update(m *Model, msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	save, discard, cancel := d.keys(m)
	switch {
	case key.Matches(k, save):
		m.dialog = nil
		if err := m.write(); err != nil {
			m.flash(m.t("Échec de l'enregistrement : ", "Save failed: ")+err.Error(), true)
			return nil
		}
		m.dirty = false
		return tea.Quit
	case key.Matches(k, discard):
		m.aborted = d.interrupt
		return tea.Quit
	case key.Matches(k, cancel):
		m.dialog = nil
	}
	return nil
}

func (d *quitDialog) view(m *Model) string {
	text := m.t("Le plan a changé depuis le dernier enregistrement. Que faire ?", "The plan changed since it was last saved. What now?")
	if !fileExists(m.path) {
		text = m.t("Le plan n'a pas encore été enregistré. Que faire ?", "The plan has not been saved yet. What now?")
	}
	return m.box(m.t("Modifications non enregistrées", "Unsaved changes"),
		wrap(text, m.dialogWidth())+
			"\n\n"+m.help.ShortHelpView(d.help(m)))
}

func (d *quitDialog) help(m *Model) []key.Binding {
	s, di, c := d.keys(m)
	return []key.Binding{s, di, c}
}

// textDialog asks for one or more lines of text and hands them to done.
type textDialog struct {
	title, prompt string
	inputs        []textinput.Model
	labels        []string
	focus         int
	err           string
	done          func(m *Model, values []string) (tea.Cmd, string)
}

func newTextDialog(title, prompt string, labels, values []string, done func(*Model, []string) (tea.Cmd, string)) *textDialog {
	d := &textDialog{title: title, prompt: prompt, labels: labels, done: done}
	for i := range labels {
		in := newInput()
		in.Prompt = "› "
		in.CharLimit = 1000
		if i < len(values) {
			in.SetValue(values[i])
		}
		if i == 0 {
			in.Focus()
		}
		d.inputs = append(d.inputs, in)
	}
	return d
}

func (d *textDialog) update(m *Model, msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, m.keys.Cancel):
			m.dialog = nil
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
			cmd, errMsg := d.done(m, vals)
			if errMsg != "" {
				d.err = errMsg
				return nil
			}
			m.dialog = nil
			return cmd
		}
	}
	var cmd tea.Cmd
	d.inputs[d.focus], cmd = d.inputs[d.focus].Update(msg)
	return cmd
}

func (d *textDialog) view(m *Model) string {
	w := m.dialogWidth()
	var lines []string
	if d.prompt != "" {
		lines = append(lines, wrap(d.prompt, w), "")
	}
	for i := range d.inputs {
		d.inputs[i].Width = max(w-6, 10)
		if len(d.inputs) > 1 {
			lines = append(lines, m.st.Label.Render(d.labels[i]))
		}
		lines = append(lines, d.inputs[i].View())
	}
	if d.err != "" {
		lines = append(lines, "", m.st.Error.Render(wrap(d.err, w)))
	}
	lines = append(lines, "", m.help.ShortHelpView(d.help(m)))
	return m.box(d.title, strings.Join(lines, "\n"))
}

func (d *textDialog) help(m *Model) []key.Binding {
	out := []key.Binding{m.keys.Accept, m.keys.Cancel}
	if len(d.inputs) > 1 {
		out = append(out, binding([]string{"tab"}, "tab", m.t("champ suivant", "next field")))
	}
	return out
}

// newQuestionDialog turns a field into an open question with its owner
// and due date; the value, if any, is kept as provisional.
func newQuestionDialog(m *Model, v *fieldsView, f *pas.Field) dialog {
	old := v.value(m, f)
	var vals []string
	if old != nil {
		vals = questionInputs(m, old)
	}
	help := m.t("Qui doit répondre, et pour quand ? La question figurera dans la liste de suivi (pas questions).",
		"Who must answer, and by when? The question goes into the follow-up list (pas questions).")
	return openQuestionDialog(m, f, help, vals, func(m *Model, q, owner string, due pas.Date) (tea.Cmd, string) {
		return v.set(m, f, asQuestion(old, q, owner, due)), ""
	})
}

// openQuestionDialog asks for a question, its owner and its due date, and
// hands them to apply once the question is given and the date reads back.
func openQuestionDialog(m *Model, f *pas.Field, help string, vals []string, apply func(m *Model, q, owner string, due pas.Date) (tea.Cmd, string)) dialog {
	labels := []string{m.t("Question", "Question"), m.t("Responsable", "Owner"), m.t("Échéance (date)", "Due (date)")}
	return newTextDialog(m.t("Question ouverte : ", "Open question: ")+f.Label.In(m.lang), help, labels, vals,
		func(m *Model, in []string) (tea.Cmd, string) {
			var due pas.Date
			if in[2] != "" {
				d, err := pas.ParseDate(in[2])
				if err != nil {
					return nil, errorText(m, err)
				}
				due = d
			}
			if strings.TrimSpace(in[0]) == "" {
				return nil, m.t("La question est vide.", "The question is empty.")
			}
			return apply(m, in[0], in[1], due)
		})
}

// questionInputs fills the question dialog from a value already asked.
func questionInputs(m *Model, old *pas.Value) []string {
	due := pas.InputText(&pas.Field{Kind: pas.KDate}, &pas.Value{Has: !old.Due.IsZero(), Date: old.Due}, m.lang)
	return []string{old.Question, old.Owner, due}
}

// newNotesDialog edits a section's internal notes.
func newNotesDialog(m *Model, s *pas.Section) dialog {
	d := &notesDialog{sec: s, ta: newArea()}
	d.ta.ShowLineNumbers = false
	d.ta.CharLimit = 0
	d.ta.SetHeight(6)
	d.ta.KeyMap.InsertNewline = key.NewBinding(key.WithKeys("ctrl+j", "alt+enter"))
	if sd := m.plan.Data(s.ID); sd != nil {
		d.ta.SetValue(sd.Notes)
	}
	d.ta.Focus()
	return d
}

type notesDialog struct {
	sec *pas.Section
	ta  textarea.Model
}

func (d *notesDialog) update(m *Model, msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, m.keys.Cancel):
			m.dialog = nil
			return nil
		case k.Type == tea.KeyEnter && !k.Alt:
			m.dialog = nil
			text := strings.TrimSpace(d.ta.Value())
			if sd := m.plan.Data(d.sec.ID); (sd == nil && text == "") || (sd != nil && sd.Notes == text) {
				return nil
			}
			return m.mutate([]string{d.sec.ID}, func() { m.plan.Edit(d.sec.ID).Notes = text })
		}
	}
	var cmd tea.Cmd
	d.ta, cmd = d.ta.Update(msg)
	return cmd
}

func (d *notesDialog) view(m *Model) string {
	d.ta.SetWidth(m.dialogWidth() - 2)
	return m.box(m.t("Notes internes : ", "Internal notes: ")+d.sec.Title.In(m.lang),
		m.st.Faint.Render(wrap(m.t("Jamais reprises dans le document du client.", "Never in the client's document."), m.dialogWidth()))+"\n\n"+
			d.ta.View()+"\n\n"+m.help.ShortHelpView(d.help(m)))
}

func (d *notesDialog) help(m *Model) []key.Binding {
	return []key.Binding{m.keys.Accept, m.keys.NewLine, m.keys.Cancel}
}

// toggleNA marks the current section not applicable (asking for the
// justification) or applicable again.
func (m *Model) toggleNA(s *pas.Section) tea.Cmd {
	if sd := m.plan.Data(s.ID); sd != nil && sd.NA != nil {
		return m.mutate([]string{s.ID}, func() { m.plan.Edit(s.ID).NA = nil })
	}
	if ok, _ := m.plan.Applicability(s); !ok {
		m.flash(m.t("Ce chapitre est écarté par le contexte de la prestation.", "The engagement context sets this chapter aside."), true)
		return nil
	}
	m.dialog = newTextDialog(m.t("Non applicable : ", "Not applicable: ")+s.Title.In(m.lang),
		m.t("Pourquoi ce chapitre ne s'applique-t-il pas ? La justification figure dans le document.",
			"Why does this chapter not apply? The justification appears in the document."),
		[]string{m.t("Justification", "Justification")}, nil,
		func(m *Model, in []string) (tea.Cmd, string) {
			if in[0] == "" {
				return nil, m.t("Une justification est obligatoire.", "A justification is required.")
			}
			return m.mutate([]string{s.ID}, func() { m.plan.Edit(s.ID).NA = &pas.NA{Justification: in[0]} }), ""
		})
	return nil
}

// confirmDialog asks yes or no before an action.
type confirmDialog struct {
	title, body string
	yes         func(m *Model) tea.Cmd
}

func (d *confirmDialog) keys(m *Model) (yes, no key.Binding) {
	return binding([]string{"o", "y", "enter"}, m.t("o", "y"), m.t("confirmer", "confirm")),
		binding([]string{"n", "esc"}, m.t("n/échap", "n/esc"), m.t("annuler", "cancel"))
}

func (d *confirmDialog) update(m *Model, msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	yes, no := d.keys(m)
	switch {
	case key.Matches(k, yes):
		m.dialog = nil
		return d.yes(m)
	case key.Matches(k, no):
		m.dialog = nil
	}
	return nil
}

func (d *confirmDialog) view(m *Model) string {
	return m.box(d.title, wrap(d.body, m.dialogWidth())+"\n\n"+m.help.ShortHelpView(d.help(m)))
}

func (d *confirmDialog) help(m *Model) []key.Binding {
	y, n := d.keys(m)
	return []key.Binding{y, n}
}
