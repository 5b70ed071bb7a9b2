package tui

import (
	"github.com/charmbracelet/bubbles/key"
	"runtime/debug"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// Update routes messages: the window size to every mode, results to their
// owner, keys and anything else to the mode on top; then it handles what
// the components asked for. A panic keeps the unsaved edits and stops the
// editor.
func (m Model) Update(msg tea.Msg) (model tea.Model, cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			m.crashed(r, debug.Stack())
			model, cmd = m, tea.Quit
		}
	}()
	if m.sess.crashing {
		return m, tea.Quit
	}
	model, cmd = m.update(msg)
	return model, guard(cmd)
}

func (m Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case signalMsg:
		return m, m.signalled(msg.sig)
	case panicMsg:
		m.crashed(msg.val, msg.stack)
		return m, tea.Quit
	case tea.WindowSizeMsg:
		m.ctx.Width, m.ctx.Height = msg.Width, msg.Height
		m.modes.setSize(msg.Width, msg.Height)
		if m.ed != nil {
			cmd = m.ed.preview.schedule()
		}
	case checkTickMsg:
		cmd = m.checks.fire(m.ctx.Plan, m.reqCheck(), m.opt.Today(), msg)
	case checkDoneMsg:
		if msg.seq == m.checks.seq {
			m.ctx.Stats = msg.stats
		}
	case previewTickMsg, previewDoneMsg:
		if m.ed != nil {
			cmd = m.ed.preview.Update(msg)
		}
	case reqsLoadedMsg:
		cmd = m.reqsLoaded(msg)
	case recoveryTickMsg:
		cmd = m.keepEdits(msg)
	case recoveryDoneMsg:
		m.recoveryFailed(msg.err)
	case diskTickMsg:
		cmd = m.pollDisk(msg)
	case diskCheckedMsg:
		cmd = m.diskChecked(msg)
	case tea.KeyMsg:
		msg = safeKey(msg)
		if msg.Type == tea.KeyRunes && !msg.Paste && len(msg.Runes) > 1 {
			return m.keysOneByOne(msg)
		}
		return m.key(msg)
	default:
		cmd = m.modes.top().Update(msg)
	}
	return m, m.drain(cmd)
}

// key hands a key to the mode on top, then handles its requests.
func (m Model) key(msg tea.KeyMsg) (Model, tea.Cmd) {
	if m.tooSmallForKeys(msg) {
		return m, nil
	}
	m.message, m.messageErr = "", false // a message lasts until the next key
	if top := m.modes.top(); wantsHelp(m.ctx.Keys, top, msg) {
		h := newHelpMode(m.ctx, top)
		h.SetSize(m.ctx.Width, m.ctx.Height)
		m.modes.push(h)
		return m, nil
	}
	cmd := m.modes.top().Update(msg)
	return m, m.drain(cmd)
}

// tooSmallForKeys reports whether a key must be ignored because the
// terminal is too small to show what it would do: only ctrl+c and ctrl+s
// act unseen.
func (m Model) tooSmallForKeys(msg tea.KeyMsg) bool {
	w, h := m.ctx.Width, m.ctx.Height
	if w == 0 && h == 0 || w >= minWidth && h >= minHeight {
		return false
	}
	return !key.Matches(msg, m.ctx.Keys.ForceQuit, m.ctx.Keys.Save)
}

// keysOneByOne handles runes that reached the program in one read (a fast
// typist, a slow link, keys queued behind a long frame): bubbletea hands
// them over as one message, which no key binding would match, so each
// acts as if typed alone. A paste keeps its own single message.
func (m Model) keysOneByOne(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	cmds := make([]tea.Cmd, 0, len(msg.Runes))
	for _, r := range msg.Runes {
		var cmd tea.Cmd
		m, cmd = m.key(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt})
		cmds = append(cmds, cmd)
	}
	return m, tea.Batch(cmds...)
}

// safeKey makes typed or pasted control characters visible (␛ for ESC)
// before any input holds them: they never reach a view raw.
func safeKey(msg tea.KeyMsg) tea.KeyMsg {
	if msg.Paste { // a pasted text's line ends, whatever the system it comes from
		msg.Runes = []rune(strings.ReplaceAll(strings.ReplaceAll(string(msg.Runes), "\r\n", "\n"), "\r", "\n"))
	}
	for _, r := range msg.Runes {
		if pas.IsUnsafeRune(r) {
			msg.Runes = []rune(sanitize(string(msg.Runes)))
			return msg
		}
	}
	return msg
}

// drain handles the components' requests in the order they were made,
// including those made while handling them.
func (m *Model) drain(cmd tea.Cmd) tea.Cmd {
	cmds := []tea.Cmd{cmd}
	for msgs := m.ctx.take(); len(msgs) > 0; msgs = m.ctx.take() {
		for _, r := range msgs {
			cmds = append(cmds, m.request(r))
		}
	}
	return tea.Batch(cmds...)
}

// request handles one request; a message that is not one goes to the mode
// on top.
func (m *Model) request(msg tea.Msg) tea.Cmd {
	if cmd, ok := m.editRequest(msg); ok {
		return cmd
	}
	if cmd, ok := m.fileRequest(msg); ok {
		return cmd
	}
	if cmd, ok := m.reqRequest(msg); ok {
		return cmd
	}
	switch r := msg.(type) {
	case pushMsg:
		r.mode.SetSize(m.ctx.Width, m.ctx.Height)
		m.modes.push(r.mode)
	case popMsg:
		m.modes.pop()
	case flashMsg:
		m.message, m.messageErr = r.text, r.isErr
	case clientViewMsg:
		m.ctx.Client = !m.ctx.Client
		m.ed.layout()
		return m.ed.preview.schedule()
	case startWorkshop:
		w := newWorkshop(m.ctx, m.ed)
		w.SetSize(m.ctx.Width, m.ctx.Height)
		m.modes.push(w)
		return w.start()
	case presentMsg:
		m.ctx.Client = r.client
		m.ed.layout()
		return m.ed.preview.schedule()
	case showSectionMsg:
		return m.ed.goSection(r.index)
	case jumpMsg:
		return m.ed.jump(r.t)
	case focusMsg:
		m.ed.setFocus(r.pane)
	case langMsg:
		m.ctx.setLang(r.lang)
	default:
		return m.modes.top().Update(msg)
	}
	return nil
}

// editRequest handles the requests that change the plan.
func (m *Model) editRequest(msg tea.Msg) (tea.Cmd, bool) {
	switch r := msg.(type) {
	case setValueMsg:
		return m.setValue(r.ref, r.v), true
	case editMsg:
		return m.mutate(r.sections, func() { r.edit(m.ctx.Plan) }), true
	case recordEditMsg:
		return m.mutateRecord(r.list, r.id, r.edit), true
	case waiversMsg:
		return m.mutateWaivers(r.edit), true
	case planEditMsg:
		return m.mutatePlan(r), true
	case undoMsg:
		return m.undo(), true
	case redoMsg:
		return m.redo(), true
	}
	return nil, false
}

// fileRequest handles the requests about the plan file, its recovery
// file, and leaving.
func (m *Model) fileRequest(msg tea.Msg) (tea.Cmd, bool) {
	switch r := msg.(type) {
	case saveMsg:
		return m.save(r.thenQuit), true
	case overwriteMsg:
		return m.write(r.thenQuit), true
	case saveAsMsg:
		return m.saveAs(r.path, r.thenQuit), true
	case reloadMsg:
		return m.reload(), true
	case restoreMsg:
		return m.restore(r.plan), true
	case discardMsg:
		return m.dropEdits(), true
	case openPlanMsg:
		return m.openNew(r.plan), true
	case quitMsg:
		return m.quit(r.interrupt), true
	case leaveMsg:
		m.aborted = r.aborted
		if r.discard {
			m.forgetKept()
		}
		return tea.Quit, true
	}
	return nil, false
}

// quit leaves at once when nothing is unsaved, and asks otherwise.
func (m *Model) quit(interrupt bool) tea.Cmd {
	if !m.dirty {
		m.forgetKept() // edits undone back to the saved plan
		return tea.Quit
	}
	m.modes.push(newQuitDialog(m.ctx, interrupt))
	return nil
}

// openNew starts editing a plan chosen on the start screen; nothing is
// written before ctrl+s.
func (m *Model) openNew(p *pas.Plan) tea.Cmd {
	m.opt.Lang = p.Lang
	m.openPlan(p, true)
	m.ctx.flash(m.ctx.T("Nouveau plan : ctrl+s l'enregistre dans ", "New plan: ctrl+s saves it to ")+sanitize(m.ctx.Path), false)
	return tea.Batch(m.ed.preview.schedule(), m.watchDisk(), m.scheduleRecovery())
}

// changed is called after every edit: the plan is dirty, the checks and
// the preview are scheduled.
func (m *Model) changed() tea.Cmd {
	m.dirty = true
	m.ctx.Version++
	for _, f := range m.heldForms() {
		f.keepValid() // the levels showing records that went away close
	}
	return tea.Batch(m.checks.schedule(m.ctx.Clock), m.ed.preview.schedule(), m.scheduleRecovery())
}

// formHolder is a mode that shows form levels: the editor, the workshop's
// list steps.
type formHolder interface{ heldForm() *formModel }

// heldForms returns the form levels every mode shows.
func (m *Model) heldForms() []*formModel {
	var out []*formModel
	for _, md := range m.modes.modes {
		if h, ok := md.(formHolder); ok && h.heldForm() != nil {
			out = append(out, h.heldForm())
		}
	}
	return out
}
