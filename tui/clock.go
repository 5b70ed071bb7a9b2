package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// Clock schedules the editor's timers (debounced checks and preview, the
// recovery file, the watch on the plan file). The program uses real time;
// tests pass a clock of their own that fires timers when told to, so that
// no test waits.
type Clock interface {
	// After returns a command that delivers msg once d has passed.
	After(d time.Duration, msg tea.Msg) tea.Cmd
}

// realClock waits with Bubble Tea's timer.
type realClock struct{}

func (realClock) After(d time.Duration, msg tea.Msg) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return msg })
}
