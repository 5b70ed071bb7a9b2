package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// workshopModel walks a client through the questions the client answers,
// in the order a client follows (the catalogue's Workshop: the context and
// the security needs first), then the client's other questions: answered
// ones too (Enter keeps, c marks to confirm), lists whose items are added
// on the spot (sites, contacts), and the RACI rows the client holds. It
// draws in the editor's form pane, in presentation: no counts, severity
// colours, internal notes, file path or rule ids. Questions can be skipped
// and come back to; the closing summary lists what is left open, with
// owners and due dates, and leads back to any of it.
type workshopModel struct {
	ctx       *Context
	ed        *editor // whose panes frame the workshop
	wasClient bool    // the client view as it was before the workshop
	steps     []pas.WorkshopStep
	pos       int
	editor    fieldEditor // the question being typed, or nil
	form      *formModel  // a list or matrix step: its levels, or nil
	done      bool        // the summary is shown
	summary   []summaryEntry
	cursor    int
	offset    int
	w, h      int // the form pane's inner size
}

// workshopAsked tells the workshop that its question became an open
// question.
type workshopAsked struct{ field *pas.Field }

// presentMsg turns the presentation (the client view) on or off.
type presentMsg struct{ client bool }

// headerLines is the height of the workshop's title above a step.
const headerLines = 3

func newWorkshop(c *Context, ed *editor) *workshopModel {
	return &workshopModel{ctx: c, ed: ed, wasClient: c.Client}
}

func isWorkshop(m mode) bool { _, ok := m.(*workshopModel); return ok }

// workshopAgenda returns the workshop's steps for a plan: the catalogue's
// order, then the client's other questions, each once, when its chapter
// applies and it is switched on. It is worked out again after each answer,
// since the context's answers switch chapters on and off.
func workshopAgenda(p *pas.Plan) []pas.WorkshopStep {
	var out []pas.WorkshopStep
	seen := map[*pas.Field]bool{}
	add := func(st pas.WorkshopStep) {
		f := st.Field
		if seen[f] || !p.Applicable(f.Section) || !p.Active(f, nil) {
			return
		}
		seen[f] = true
		out = append(out, st)
	}
	for _, st := range p.Cat.Workshop {
		add(st)
	}
	for _, s := range p.Cat.Sections {
		for _, f := range s.Fields {
			if f.Answerer() == pas.WhoClient {
				add(pas.WorkshopStep{Field: f})
			}
		}
	}
	return out
}

// start puts the editor in presentation and opens the first step.
func (w *workshopModel) start() tea.Cmd {
	w.ctx.Send(presentMsg{client: true}, focusMsg{formPane})
	w.steps = workshopAgenda(w.ctx.Plan)
	if len(w.steps) == 0 {
		w.finish()
		return nil
	}
	return w.enter(0)
}

func (w *workshopModel) step() pas.WorkshopStep { return w.steps[w.pos] }

// enter opens step i: a list's levels, the editor of a question not
// answered yet, or the answer given to review.
func (w *workshopModel) enter(i int) tea.Cmd {
	c := w.ctx
	w.pos, w.done, w.editor, w.form = i, false, nil, nil
	st := w.step()
	f := st.Field
	c.Send(showSectionMsg{c.Cat.SectionIndex(f.Section.ID)})
	if f.Kind == pas.KList {
		w.form = &formModel{ctx: c, sec: f.Section}
		w.form.SetSize(w.w, w.h-headerLines)
		if raciField(f) != nil {
			g := newGridView(c, f)
			g.holds = st.Holds
			w.form.push(g)
		} else {
			w.form.push(newRecordsView(c, f))
		}
		return nil
	}
	if v := c.Plan.Get(f); !v.IsSet() && !v.Pending() {
		return w.edit()
	}
	return nil
}

// edit opens the current question's editor.
func (w *workshopModel) edit() tea.Cmd {
	f := w.step().Field
	w.editor = newFieldEditor(w.ctx, f, w.ctx.Plan.Get(f))
	w.editor.resize(w.w)
	return w.editor.init()
}

// refresh works the agenda out again and keeps the position on the same
// step when it is still there.
func (w *workshopModel) refresh() {
	var cur *pas.Field
	if w.pos < len(w.steps) {
		cur = w.step().Field
	}
	w.steps = workshopAgenda(w.ctx.Plan)
	for i, st := range w.steps {
		if st.Field == cur {
			w.pos = i
			return
		}
	}
	w.pos = clamp(w.pos, 0, len(w.steps)-1)
}

// next goes on to the following step, or to the summary after the last.
func (w *workshopModel) next() tea.Cmd {
	w.refresh()
	if w.pos+1 >= len(w.steps) {
		w.finish()
		return nil
	}
	return w.enter(w.pos + 1)
}

// prev goes back to the previous step.
func (w *workshopModel) prev() tea.Cmd {
	w.refresh()
	if w.pos == 0 {
		return w.enter(0)
	}
	return w.enter(w.pos - 1)
}

// finish shows the summary of what is left open.
func (w *workshopModel) finish() {
	w.refresh()
	w.done, w.editor, w.form = true, nil, nil
	w.summary, w.cursor, w.offset = workshopSummary(w.ctx, w.steps), 0, 0
}

// goBack leaves the summary for one of its questions.
func (w *workshopModel) goBack(f *pas.Field) tea.Cmd {
	w.refresh()
	for i, st := range w.steps {
		if st.Field == f {
			return w.enter(i)
		}
	}
	return nil
}

// close ends the workshop: the editor comes back as it was.
func (w *workshopModel) close() {
	w.ctx.Send(popMsg{}, presentMsg{client: w.wasClient})
}

// SetSize takes the form pane's size from the editor, laid out already.
func (w *workshopModel) SetSize(int, int) {
	w.w, w.h = w.ed.formWidth(), w.ed.h-4
	if w.form != nil {
		w.form.SetSize(w.w, w.h-headerLines)
	}
	if w.editor != nil {
		w.editor.resize(w.w)
	}
}

// heldForm is the levels of a list step, for renamed records and undos.
func (w *workshopModel) heldForm() *formModel { return w.form }

// typing reports whether an editor takes typed text.
func (w *workshopModel) typing() bool {
	return w.editor != nil || (w.form != nil && w.form.capturing())
}

func (w *workshopModel) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case workshopNextMsg, workshopAsked:
		if w.done {
			w.finish() // an answer given from the summary's way back
			return nil
		}
		return w.next()
	case keepTextMsg:
		if w.editor != nil {
			return w.leaveEditor(msg.keep)
		}
	case tea.KeyMsg:
		return w.key(msg)
	}
	switch {
	case w.form != nil:
		return w.form.Update(msg)
	case w.editor != nil:
		res, cmd := w.editor.update(msg)
		return tea.Batch(cmd, w.answer(res, false))
	}
	return nil
}

func (w *workshopModel) key(msg tea.KeyMsg) tea.Cmd {
	k := w.ctx.Keys
	switch {
	case key.Matches(msg, k.ForceQuit):
		w.ctx.Send(quitMsg{interrupt: true})
		return nil
	case key.Matches(msg, k.Save):
		w.ctx.Send(saveMsg{})
		return nil
	case w.done:
		return w.summaryKey(msg)
	case w.form != nil:
		return w.listKey(msg)
	case w.editor != nil:
		return w.editKey(msg)
	}
	return w.reviewKey(msg)
}

// workshopKeys are the workshop's own bindings.
type workshopKeys struct {
	keep, edit, skip, back, confirm, question, typedConfirm, typedQuestion, end, leave, reopen, closeKey key.Binding
}

func (w *workshopModel) keys() workshopKeys {
	c, k := w.ctx, w.ctx.Keys
	return workshopKeys{
		keep:          binding([]string{"enter"}, k.Accept.Help().Key, c.T("garder et continuer", "keep and go on")),
		edit:          binding([]string{"e"}, "e", c.T("modifier la réponse", "change the answer")),
		skip:          binding([]string{"tab"}, "tab", c.T("passer", "skip")),
		back:          binding([]string{"shift+tab"}, k.PrevPane.Help().Key, c.T("question précédente", "previous question")),
		confirm:       binding([]string{"c"}, "c", c.T("à confirmer", "to confirm")),
		question:      binding([]string{"o"}, "o", c.T("question ouverte", "open question")),
		typedConfirm:  binding([]string{"ctrl+t"}, "ctrl+t", c.T("valider « à confirmer »", "accept as to confirm")),
		typedQuestion: binding([]string{"ctrl+o"}, "ctrl+o", c.T("question ouverte", "open question")),
		end:           binding([]string{"esc"}, k.Back.Help().Key, c.T("terminer l'atelier", "end the workshop")),
		leave:         binding([]string{"esc"}, k.Back.Help().Key, c.T("laisser la saisie", "leave the input")),
		reopen:        binding([]string{"enter"}, k.Accept.Help().Key, c.T("revenir à la question", "back to the question")),
		closeKey:      binding([]string{"esc", "q"}, k.Back.Help().Key, c.T("fermer l'atelier", "close the workshop")),
	}
}

// reviewKey handles a key on an answer shown for review.
func (w *workshopModel) reviewKey(msg tea.KeyMsg) tea.Cmd {
	c, k, wk := w.ctx, w.ctx.Keys, w.keys()
	f := w.step().Field
	cur := c.Plan.Get(f)
	if libraryLock(c.Plan, valueRef{field: f}, k.Override.Help().Key) != nil &&
		(key.Matches(msg, wk.edit) || key.Matches(msg, wk.confirm) || key.Matches(msg, wk.question)) {
		c.flash(c.T("Texte type de la bibliothèque : il se modifie hors de l'atelier (touche L).",
			"Standard text of the library: override it outside the workshop (key L)."), true)
		return nil
	}
	switch {
	case key.Matches(msg, wk.keep) && cur.IsSet():
		return w.next()
	case key.Matches(msg, wk.keep), key.Matches(msg, wk.edit):
		return w.edit()
	case key.Matches(msg, wk.confirm):
		nv, err := actConfirm(f, cur, "o")
		if err != nil {
			c.flash(errorText(c.Lang, err), true)
			return nil
		}
		c.Send(setValueMsg{valueRef{field: f}, nv}, workshopNextMsg{})
	case key.Matches(msg, wk.question):
		w.ask()
	case key.Matches(msg, wk.skip), key.Matches(msg, k.Right):
		return w.next()
	case key.Matches(msg, wk.back), key.Matches(msg, k.Left):
		return w.prev()
	case key.Matches(msg, wk.end):
		w.finish()
	}
	return nil
}

// editKey handles a key while the client's answer is typed.
func (w *workshopModel) editKey(msg tea.KeyMsg) tea.Cmd {
	wk := w.keys()
	switch {
	case key.Matches(msg, wk.skip):
		return w.next()
	case key.Matches(msg, wk.back):
		return w.prev()
	case key.Matches(msg, wk.typedConfirm):
		return w.answer(w.editor.accept(), true)
	case key.Matches(msg, wk.typedQuestion):
		w.ask()
		return nil
	}
	res, cmd := w.editor.update(msg)
	if res.cancel {
		if w.editor.modified() { // Esc would lose typed text: ask
			w.ctx.Send(pushMsg{newLeaveDialog(w.ctx)})
			return cmd
		}
		w.editor = nil // back to the question, to review or skip
		return cmd
	}
	return tea.Batch(cmd, w.answer(res, false))
}

// leaveEditor follows the answer to leaveDialog.
func (w *workshopModel) leaveEditor(keep bool) tea.Cmd {
	if keep {
		return w.answer(w.editor.accept(), false)
	}
	w.editor = nil
	return nil
}

// answer stores what the client answered (committed, or to confirm) and
// goes on once it is stored; nothing typed goes on and clears nothing.
func (w *workshopModel) answer(res editResult, toConfirm bool) tea.Cmd {
	if !res.done {
		return nil
	}
	f := w.step().Field
	w.editor = nil
	if res.value == nil {
		return w.next()
	}
	v := actClientAnswer(w.ctx.Plan.Get(f), res.value, toConfirm)
	if !w.ctx.Plan.Get(f).Equal(v) {
		w.ctx.Send(setValueMsg{valueRef{field: f}, v})
	}
	w.ctx.Send(workshopNextMsg{}) // once the answer is stored: it may switch chapters on or off
	return nil
}

// listKey handles a key on a list or matrix step: the workshop's moves
// between steps, then the list's own keys.
func (w *workshopModel) listKey(msg tea.KeyMsg) tea.Cmd {
	k, wk := w.ctx.Keys, w.keys()
	bottom := len(w.form.stack) == 1
	if !w.form.capturing() {
		_, isGrid := w.form.top().(*gridView)
		switch {
		case key.Matches(msg, wk.skip):
			return w.next()
		case key.Matches(msg, wk.back):
			return w.prev()
		case bottom && key.Matches(msg, wk.end):
			w.finish()
			return nil
		case bottom && !isGrid && key.Matches(msg, k.Left):
			return nil // the list is the step: nothing to go back to
		}
	}
	return w.form.Update(msg)
}

// summaryKey moves in the summary and goes back to a question.
func (w *workshopModel) summaryKey(msg tea.KeyMsg) tea.Cmd {
	wk := w.keys()
	if cur, ok := moveCursor(w.ctx.Keys, msg, w.cursor, len(w.summary)); ok {
		w.cursor = cur
		return nil
	}
	switch {
	case key.Matches(msg, wk.reopen) && len(w.summary) > 0:
		return w.goBack(w.summary[w.cursor].field)
	case key.Matches(msg, wk.closeKey):
		w.close()
	}
	return nil
}

// ask turns the current question into an open question, owned by the
// client unless the user says otherwise.
func (w *workshopModel) ask() {
	c, f := w.ctx, w.step().Field
	if err := canMark(f); err != nil {
		c.flash(errorText(c.Lang, err), true)
		return
	}
	vals := []string{f.Label.In(c.Lang) + c.T(" ?", "?"), c.T("Client", "Client"), ""}
	if old := c.Plan.Get(f); old.Pending() && old.Question != "" { // keep what was already asked
		vals = questionInputs(c.Lang, old)
	}
	c.Send(pushMsg{openQuestionDialog(c, valueRef{field: f}, "", vals, workshopAsked{f})})
}

func (w *workshopModel) ShortHelp() []key.Binding {
	k, wk := w.ctx.Keys, w.keys()
	switch {
	case w.done:
		return []key.Binding{wk.reopen, k.Up, k.Down, wk.closeKey}
	case w.form != nil && w.form.capturing():
		return w.form.help()
	case w.form != nil:
		return append([]key.Binding{wk.skip, wk.back}, w.form.help()...)
	case w.editor != nil:
		return append(w.editor.help()[:1], wk.skip, wk.typedConfirm, wk.typedQuestion, wk.back, wk.leave)
	}
	return []key.Binding{wk.keep, wk.edit, wk.confirm, wk.question, wk.skip, wk.back, wk.end}
}

// FullHelp lists the keys of the workshop's current screen.
func (w *workshopModel) FullHelp() [][]key.Binding {
	k, wk := w.ctx.Keys, w.keys()
	switch {
	case w.done:
		return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown}, {wk.reopen, wk.closeKey, k.Save}}
	case w.form != nil && w.form.capturing():
		return w.form.top().FullHelp()
	case w.form != nil:
		return append(w.form.top().FullHelp(), []key.Binding{wk.skip, wk.back, wk.end, k.Save})
	case w.editor != nil:
		return [][]key.Binding{w.editor.help(), {wk.skip, wk.back, wk.typedConfirm, wk.typedQuestion, wk.leave, k.HelpTyping}}
	}
	return [][]key.Binding{{wk.keep, wk.edit, wk.confirm, wk.question}, {wk.skip, wk.back, k.Left, k.Right, wk.end, k.Save}}
}

// helpTitle names the workshop's help.
func (w *workshopModel) helpTitle() string { return w.ctx.T("Aide — atelier", "Help — workshop") }
