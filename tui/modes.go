package tui

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
)

// mode is one layer of the screen: the start screen, the editor's panes,
// the workshop, a dialog, the help, the recovery offer. The mode on top
// of the stack gets the keys and the messages nobody else owns, draws the
// area above the status bar, and names its keys in the footer (ShortHelp)
// and in the full help (FullHelp).
type mode interface {
	Update(msg tea.Msg) tea.Cmd
	View() string
	SetSize(w, h int) // the terminal's size
	help.KeyMap
}

// fullScreen is a mode that draws the whole screen, without the status
// bar and the footer (the start screen).
type fullScreen interface{ fullScreen() }

// modeStack is the one place that decides which layer is on top: keys,
// views and help all follow it.
type modeStack struct{ modes []mode }

func (s *modeStack) top() mode {
	if len(s.modes) == 0 {
		return nil
	}
	return s.modes[len(s.modes)-1]
}

func (s *modeStack) push(m mode) { s.modes = append(s.modes, m) }

// pop removes the top mode; the bottom one stays.
func (s *modeStack) pop() {
	if len(s.modes) > 1 {
		s.modes = s.modes[:len(s.modes)-1]
	}
}

// reset leaves one mode on the stack.
func (s *modeStack) reset(m mode) { s.modes = []mode{m} }

// setSize gives every mode the terminal's size.
func (s *modeStack) setSize(w, h int) {
	for _, m := range s.modes {
		m.SetSize(w, h)
	}
}

// has reports whether a mode of the kind test accepts is on the stack.
func (s *modeStack) has(test func(mode) bool) bool {
	for _, m := range s.modes {
		if test(m) {
			return true
		}
	}
	return false
}
