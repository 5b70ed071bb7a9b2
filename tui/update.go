package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Update routes messages: window size to every part, results to their
// owner, keys first to modal layers, then to global bindings, then to the
// focused pane.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
		if m.plan == nil {
			return m, nil
		}
		m.layout()
		return m, m.preview.schedule(&m)
	case checkTickMsg:
		return m, m.checks.fire(&m, msg)
	case checkDoneMsg:
		if msg.seq == m.checks.seq {
			m.stats = msg.stats
		}
		return m, nil
	case previewTickMsg:
		return m, m.preview.fire(&m, msg)
	case previewDoneMsg:
		m.preview.done(msg)
		return m, nil
	case tea.KeyMsg:
		if msg.Type == tea.KeyRunes && !msg.Paste && len(msg.Runes) > 1 {
			return m.keysOneByOne(msg)
		}
		return m.key(msg)
	}
	return m.forward(msg)
}

// keysOneByOne handles runes that reached the program in one read (a fast
// typist, a slow link, keys queued behind a long frame): bubbletea hands
// them over as one message, which no key binding would match, so each
// acts as if typed alone. A paste keeps its own single message.
func (m Model) keysOneByOne(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	cmds := make([]tea.Cmd, 0, len(msg.Runes))
	for _, r := range msg.Runes {
		next, cmd := m.key(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt})
		m = next.(Model)
		cmds = append(cmds, cmd)
	}
	return m, tea.Batch(cmds...)
}

// forward hands any other message (cursor blinks, external editor
// results) to the part that is active.
func (m Model) forward(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch {
	case m.start != nil:
		cmd = m.start.update(&m, msg)
	case m.dialog != nil:
		cmd = m.dialog.update(&m, msg)
	case m.workshop != nil:
		cmd = m.workshop.update(&m, msg)
	case m.form != nil:
		cmd = m.form.update(&m, msg)
	}
	return m, cmd
}

func (m Model) key(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	m.message, m.messageErr = "", false // a message lasts until the next key
	if m.start != nil {
		if key.Matches(msg, m.keys.ForceQuit) {
			m.aborted = true
			return m, tea.Quit
		}
		return m, m.start.update(&m, msg)
	}
	if key.Matches(msg, m.keys.ForceQuit) && m.dialog == nil {
		return m, m.quit(true)
	}
	if m.dialog != nil {
		return m, m.dialog.update(&m, msg)
	}
	if m.showHelp {
		m.showHelp = false
		return m, nil
	}
	if m.workshop != nil {
		if key.Matches(msg, m.keys.Save) {
			return m, m.save()
		}
		return m, m.workshop.update(&m, msg)
	}
	if m.capturing() {
		return m, m.form.update(&m, msg)
	}
	if cmd, ok := m.global(msg); ok {
		return m, cmd
	}
	switch m.focus {
	case sidebarPane:
		return m, m.sidebar.update(&m, msg)
	case previewPane:
		return m, m.preview.update(&m, msg)
	}
	return m, m.form.update(&m, msg)
}

// capturing reports whether typed keys belong to an input (a field being
// edited, a search), so that q, ? or j do not act as commands.
func (m *Model) capturing() bool {
	return m.form != nil && m.form.capturing()
}

// global handles the keys that work in every pane.
func (m *Model) global(msg tea.KeyMsg) (tea.Cmd, bool) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Save):
		return m.save(), true
	case key.Matches(msg, k.Quit):
		return m.quit(false), true
	case key.Matches(msg, k.Help):
		m.showHelp = true
		return nil, true
	case key.Matches(msg, k.NextPane):
		m.cycleFocus(1)
		return nil, true
	case key.Matches(msg, k.PrevPane):
		m.cycleFocus(-1)
		return nil, true
	case key.Matches(msg, k.Preview):
		m.fullPreview = !m.fullPreview
		m.layout()
		return m.preview.schedule(m), true
	case key.Matches(msg, k.NextItem):
		return m.nextItem(), true
	case key.Matches(msg, k.ClientView):
		m.clientView = !m.clientView
		m.layout()
		return m.preview.schedule(m), true
	case key.Matches(msg, k.Workshop):
		return m.startWorkshop(), true
	case key.Matches(msg, k.Undo):
		return m.undo(), true
	case key.Matches(msg, k.Redo):
		return m.redo(), true
	case key.Matches(msg, k.Search):
		m.openSearch()
		return nil, true
	}
	return nil, false
}

// cycleFocus moves the focus to the next visible pane.
func (m *Model) cycleFocus(step int) {
	panes := []pane{sidebarPane, formPane}
	if m.previewVisible() {
		panes = append(panes, previewPane)
	}
	if m.fullPreview {
		panes = []pane{previewPane}
	}
	i := 0
	for j, p := range panes {
		if p == m.focus {
			i = j
		}
	}
	m.focus = panes[(i+step+len(panes))%len(panes)]
}

// quit leaves at once when nothing is unsaved, and asks otherwise.
func (m *Model) quit(interrupt bool) tea.Cmd {
	if !m.dirty {
		return tea.Quit
	}
	m.dialog = newQuitDialog(m, interrupt)
	return nil
}

// changed is called after every edit: the plan is dirty, the checks and
// the preview are scheduled.
func (m *Model) changed() tea.Cmd {
	m.dirty = true
	m.version++
	return tea.Batch(m.checks.schedule(m.opt.Clock), m.preview.schedule(m))
}
