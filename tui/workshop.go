package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// workshopModel walks through the questions the client answers, one after
// another, skipping what is already answered; at the end it sums up what
// was answered, left to confirm or opened as a question. It draws in the
// editor's form pane.
type workshopModel struct {
	ctx     *Context
	ed      *editor // whose panes frame the workshop
	visited map[*pas.Field]bool
	cur     *pas.Field
	editor  fieldEditor
	log     []workshopEntry
	done    bool
}

type workshopEntry struct {
	field *pas.Field
	kind  pas.ItemKind // 0 answered, Confirm, Question, Missing when skipped
}

// workshopAsked tells the workshop that its question became an open
// question.
type workshopAsked struct{ field *pas.Field }

func newWorkshop(c *Context, ed *editor) *workshopModel {
	return &workshopModel{ctx: c, ed: ed, visited: map[*pas.Field]bool{}}
}

func isWorkshop(m mode) bool { _, ok := m.(*workshopModel); return ok }

// start opens the first question.
func (w *workshopModel) start() tea.Cmd {
	w.ctx.Send(focusMsg{formPane})
	return w.next()
}

func (w *workshopModel) SetSize(width, height int) {}

// queue returns the client's questions still to ask, in catalogue order:
// fields the client answers, switched on, in a section that applies,
// without a committed value, not visited yet. It is recomputed after each
// answer, since engagement answers switch chapters on and off.
func (w *workshopModel) queue() []*pas.Field {
	p := w.ctx.Plan
	var out []*pas.Field
	for _, s := range w.ctx.Cat.Sections {
		if !p.Applicable(s) {
			continue
		}
		for _, f := range s.Fields {
			if f.Kind != pas.KList && f.Answerer() == pas.WhoClient && p.Active(f, nil) && !w.visited[f] && !p.Get(f).Answered() {
				out = append(out, f)
			}
		}
	}
	return out
}

// next opens the following question, or the summary.
func (w *workshopModel) next() tea.Cmd {
	q := w.queue()
	if len(q) == 0 {
		w.cur, w.editor, w.done = nil, nil, true
		return nil
	}
	w.cur = q[0]
	w.visited[w.cur] = true
	w.ctx.Send(showSectionMsg{w.ctx.Cat.SectionIndex(w.cur.Section.ID)})
	w.editor = newFieldEditor(w.ctx, w.cur, w.ctx.Plan.Get(w.cur))
	return w.editor.init()
}

func (w *workshopModel) keys() (skip, confirm, question, leave key.Binding) {
	c := w.ctx
	return binding([]string{"tab"}, "tab", c.T("passer", "skip")),
		binding([]string{"ctrl+t"}, "ctrl+t", c.T("valider « à confirmer »", "accept as to confirm")),
		binding([]string{"ctrl+o"}, "ctrl+o", c.T("question ouverte", "open question")),
		binding([]string{"esc"}, c.T("échap", "esc"), c.T("terminer l'atelier", "end the workshop"))
}

func (w *workshopModel) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case workshopNextMsg:
		return w.next()
	case workshopAsked:
		w.log = append(w.log, workshopEntry{msg.field, pas.Question})
		return w.next()
	case tea.KeyMsg:
		k := w.ctx.Keys
		switch {
		case key.Matches(msg, k.ForceQuit):
			w.ctx.Send(quitMsg{interrupt: true})
			return nil
		case key.Matches(msg, k.Save):
			w.ctx.Send(saveMsg{})
			return nil
		case w.done:
			if msg.Type == tea.KeyEnter || msg.Type == tea.KeyEsc {
				w.ctx.Send(popMsg{})
			}
			return nil
		}
		skip, confirm, question, leave := w.keys()
		switch {
		case key.Matches(msg, leave):
			w.done, w.editor = true, nil
			return nil
		case key.Matches(msg, skip):
			w.log = append(w.log, workshopEntry{w.cur, pas.Missing})
			return w.next()
		case key.Matches(msg, question):
			w.ask()
			return nil
		case key.Matches(msg, confirm):
			return w.accept(tea.KeyMsg{Type: tea.KeyEnter}, true)
		}
	}
	if w.done {
		return nil
	}
	return w.accept(msg, false)
}

// accept passes a message to the editor and stores the answer it gives.
func (w *workshopModel) accept(msg tea.Msg, toConfirm bool) tea.Cmd {
	res, cmd := w.editor.update(msg)
	switch {
	case res.cancel:
		w.done, w.editor = true, nil
		return cmd
	case !res.done:
		return cmd
	}
	f := w.cur
	if res.value == nil { // nothing typed: like skipping, an open question stays
		w.log = append(w.log, workshopEntry{f, pas.Missing})
		return tea.Batch(cmd, w.next())
	}
	v := actClientAnswer(res.value, toConfirm)
	kind := pas.ItemKind(0)
	if toConfirm {
		kind = pas.Confirm
	}
	w.log = append(w.log, workshopEntry{f, kind})
	if !w.ctx.Plan.Get(f).Equal(v) {
		w.ctx.Send(setValueMsg{valueRef{field: f}, v})
	}
	w.ctx.Send(workshopNextMsg{}) // once the answer is stored: it may switch chapters on or off
	return cmd
}

// ask turns the current question into an open question, owned by the
// client unless the user says otherwise.
func (w *workshopModel) ask() {
	c, f := w.ctx, w.cur
	vals := []string{f.Label.In(c.Lang) + c.T(" ?", "?"), c.T("Client", "Client"), ""}
	if old := c.Plan.Get(f); old.Pending() && old.Question != "" { // keep what was already asked
		vals = questionInputs(c.Lang, old)
	}
	c.Send(pushMsg{openQuestionDialog(c, valueRef{field: f}, "", vals, workshopAsked{f})})
}

func (w *workshopModel) ShortHelp() []key.Binding {
	if w.done {
		return []key.Binding{binding([]string{"enter"}, w.ctx.T("entrée", "enter"), w.ctx.T("fermer", "close"))}
	}
	skip, confirm, question, leave := w.keys()
	return append(w.editor.help()[:1], skip, confirm, question, leave)
}

func (w *workshopModel) FullHelp() [][]key.Binding { return [][]key.Binding{w.ShortHelp()} }

// View draws the editor's panes with the question, or the summary, in the
// form pane.
func (w *workshopModel) View() string {
	width := w.ed.formWidth()
	if w.done {
		return w.ed.panes(w.summary(width))
	}
	return w.ed.panes(w.question(width))
}

func (w *workshopModel) question(width int) string {
	c, st, f := w.ctx, w.ctx.Styles, w.cur
	left := len(w.queue())
	lines := []string{
		st.Title.Render(truncate(c.T("Atelier — questions du client", "Workshop — the client's questions"), width)),
		st.Faint.Render(fmt.Sprintf(c.T("%s · encore %d question(s) après celle-ci", "%s · %d more question(s) after this one"), f.Section.Title.In(c.Lang), left)),
		"",
		st.Label.Bold(true).Render(wrap(f.Label.In(c.Lang), width)),
	}
	if h := f.Help.In(c.Lang); h != "" {
		lines = append(lines, st.Faint.Render(wrap(h, width)))
	}
	if v := c.Plan.Get(f); v.Pending() {
		lines = append(lines, st.Confirm.Render(wrap(stateLine(c, v), width)))
	}
	lines = append(lines, "", w.editor.view(width))
	return strings.Join(lines, "\n")
}

func (w *workshopModel) summary(width int) string {
	c, st := w.ctx, w.ctx.Styles
	groups := map[pas.ItemKind][]string{}
	for _, e := range w.log {
		groups[e.kind] = append(groups[e.kind], e.field.Label.In(c.Lang))
	}
	lines := []string{st.Title.Render(c.T("Fin de l'atelier", "End of the workshop")), ""}
	for _, g := range []struct {
		kind  pas.ItemKind
		title string
	}{
		{0, c.T("Répondu", "Answered")},
		{pas.Confirm, c.T("À confirmer", "To confirm")},
		{pas.Question, c.T("Questions ouvertes", "Open questions")},
		{pas.Missing, c.T("Passées sans réponse", "Skipped")},
	} {
		lines = append(lines, fmt.Sprintf(c.T("%s : %d", "%s: %d"), g.title, len(groups[g.kind])))
		for _, l := range groups[g.kind] {
			lines = append(lines, st.Faint.Render(truncate("  • "+l, width)))
		}
	}
	if rest := w.queue(); len(rest) > 0 {
		lines = append(lines, fmt.Sprintf(c.T("Non abordées : %d", "Not reached: %d"), len(rest)))
		for _, f := range rest {
			lines = append(lines, st.Faint.Render(truncate("  • "+f.Label.In(c.Lang), width)))
		}
	}
	lines = append(lines, "", st.Faint.Render(wrap(c.T("La liste de suivi : pas questions ", "The follow-up list: pas questions ")+sanitize(c.Path)+c.T(" (après ctrl+s).", " (after ctrl+s)."), width)))
	return strings.Join(lines, "\n")
}
