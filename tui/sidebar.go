package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/pas-editor/pas/pas"
)

// sidebarModel lists the sections with their state.
type sidebarModel struct {
	cursor, offset int
	width, height  int
}

func newSidebar() sidebarModel { return sidebarModel{} }

func (s *sidebarModel) setSize(w, h int) { s.width, s.height = w, h }

func (s *sidebarModel) update(m *Model, msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	n := len(m.opt.Cat.Sections)
	switch {
	case key.Matches(msg, k.Up):
		return m.goSection(s.cursor - 1)
	case key.Matches(msg, k.Down):
		return m.goSection(s.cursor + 1)
	case key.Matches(msg, k.Top):
		return m.goSection(0)
	case key.Matches(msg, k.Bottom):
		return m.goSection(n - 1)
	case key.Matches(msg, k.Open), key.Matches(msg, k.Right):
		m.focus = formPane
	case key.Matches(msg, k.NotApplicable):
		return m.toggleNA(m.section())
	case key.Matches(msg, k.Notes) && !m.clientView:
		m.dialog = newNotesDialog(m, m.section())
	}
	return nil
}

// goSection moves to a section and refreshes its preview.
func (m *Model) goSection(i int) tea.Cmd {
	if i < 0 || i >= len(m.opt.Cat.Sections) || i == m.cur {
		return nil
	}
	m.selectSection(i)
	m.layout()
	return m.preview.schedule(m)
}

func (s *sidebarModel) view(m *Model) string {
	secs := m.opt.Cat.Sections
	if s.cursor < s.offset {
		s.offset = s.cursor
	}
	if s.height > 0 && s.cursor >= s.offset+s.height {
		s.offset = s.cursor - s.height + 1
	}
	nums := pas.ChapterNumbers(m.opt.Cat)
	var lines []string
	for i := s.offset; i < len(secs) && len(lines) < s.height; i++ {
		lines = append(lines, s.row(m, secs[i], nums[secs[i].ID], i == s.cursor))
	}
	return strings.Join(lines, "\n")
}

func (s *sidebarModel) row(m *Model, sec *pas.Section, num int, selected bool) string {
	label := sec.Title.In(m.lang)
	if num > 0 {
		label = strconv.Itoa(num) + ". " + label
	}
	badge, style := m.badge(sec)
	room := s.width - ansi.StringWidth(badge) - 1
	text := truncate(label, room)
	pad := s.width - ansi.StringWidth(text) - ansi.StringWidth(badge)
	line := text + strings.Repeat(" ", max(pad, 1)) + style.Render(badge)
	if selected {
		return m.st.Selected.Render(text+strings.Repeat(" ", max(pad, 1))) + m.st.Selected.Inherit(style).Render(badge)
	}
	return line
}

// badge sums up a section's state in a few characters.
func (m *Model) badge(sec *pas.Section) (string, lipgloss.Style) {
	ss := m.stats.section(sec.ID)
	if !ss.applicable {
		return "—", m.st.NA
	}
	if m.clientView {
		return "", m.st.Faint
	}
	var parts []string
	style := m.st.Warning
	if ss.errors > 0 {
		parts, style = append(parts, fmt.Sprintf("✗%d", ss.errors)), m.st.Error
	}
	if ss.progress.Missing > 0 {
		parts = append(parts, fmt.Sprintf("○%d", ss.progress.Missing))
	}
	if ss.pending > 0 {
		parts = append(parts, fmt.Sprintf("?%d", ss.pending))
	}
	if ss.warnings > 0 && len(parts) < 2 {
		parts = append(parts, fmt.Sprintf("!%d", ss.warnings))
	}
	if len(parts) == 0 {
		return "✓", m.st.OK
	}
	return strings.Join(parts, " "), style
}
