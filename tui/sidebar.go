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
	ctx            *Context
	cursor, offset int
	width, height  int
}

func newSidebar(ctx *Context) *sidebarModel { return &sidebarModel{ctx: ctx} }

func (s *sidebarModel) SetSize(w, h int) { s.width, s.height = w, h }

// Update moves between sections; the chapter's own keys (not applicable,
// notes) work from here too.
func (s *sidebarModel) Update(msg tea.KeyMsg) tea.Cmd {
	k := s.ctx.Keys
	n := len(s.ctx.Cat.Sections)
	sec := s.ctx.Cat.Sections[s.cursor]
	switch {
	case key.Matches(msg, k.Up):
		s.ctx.Send(showSectionMsg{s.cursor - 1})
	case key.Matches(msg, k.Down):
		s.ctx.Send(showSectionMsg{s.cursor + 1})
	case key.Matches(msg, k.Top):
		s.ctx.Send(showSectionMsg{0})
	case key.Matches(msg, k.Bottom):
		s.ctx.Send(showSectionMsg{n - 1})
	case key.Matches(msg, k.Open), key.Matches(msg, k.Right):
		s.ctx.Send(focusMsg{formPane})
	case key.Matches(msg, k.NotApplicable):
		toggleNA(s.ctx, sec)
	case key.Matches(msg, k.Notes) && !s.ctx.Client:
		s.ctx.Send(pushMsg{newNotesDialog(s.ctx, sec)})
	}
	return nil
}

// ShortHelp lists the sidebar's keys.
func (s *sidebarModel) ShortHelp() []key.Binding {
	k := s.ctx.Keys
	return []key.Binding{k.Open, k.Up, k.Down, k.NextPane, k.NextItem, k.Save, k.Quit}
}

// FullHelp lists the sidebar's keys.
func (s *sidebarModel) FullHelp() [][]key.Binding {
	k := s.ctx.Keys
	chapter := []key.Binding{k.NotApplicable}
	if !s.ctx.Client {
		chapter = append(chapter, k.Notes)
	}
	return [][]key.Binding{{k.Up, k.Down, k.Top, k.Bottom, k.Open}, chapter}
}

func (s *sidebarModel) View() string {
	secs := s.ctx.Cat.Sections
	if s.cursor < s.offset {
		s.offset = s.cursor
	}
	if s.height > 0 && s.cursor >= s.offset+s.height {
		s.offset = s.cursor - s.height + 1
	}
	nums := pas.ChapterNumbers(s.ctx.Cat)
	var lines []string
	for i := s.offset; i < len(secs) && len(lines) < s.height; i++ {
		lines = append(lines, s.row(secs[i], nums[secs[i].ID], i == s.cursor))
	}
	return strings.Join(lines, "\n")
}

// row draws a chapter: its number and short title, whole when the pane
// allows, then its badge, made shorter (its first mark alone, then the
// mark's symbol) before the title is cut.
func (s *sidebarModel) row(sec *pas.Section, num int, selected bool) string {
	st := s.ctx.Styles
	label := sec.ShortTitle().In(s.ctx.Lang)
	if num > 0 {
		label = strconv.Itoa(num) + ". " + label
	}
	badge, style := badge(s.ctx, sec)
	for _, b := range badgeForms(badge) {
		if ansi.StringWidth(label)+1+ansi.StringWidth(b) <= s.width {
			badge = b
			break
		}
	}
	room := s.width - ansi.StringWidth(badge) - 1
	text := truncate(label, room)
	pad := s.width - ansi.StringWidth(text) - ansi.StringWidth(badge)
	line := text + strings.Repeat(" ", max(pad, 1)) + style.Render(badge)
	if selected {
		return st.Selected.Render(text+strings.Repeat(" ", max(pad, 1))) + st.Selected.Inherit(style).Render(badge)
	}
	return line
}

// badgeForms returns a badge and its shorter forms: "✗2 ○3", "✗2", "✗".
func badgeForms(b string) []string {
	forms := []string{b}
	if first, _, ok := strings.Cut(b, " "); ok {
		forms = append(forms, first)
		b = first
	}
	if r := []rune(b); len(r) > 1 {
		forms = append(forms, string(r[0]))
	}
	return forms
}

// badge sums up a section's state in a few characters.
func badge(c *Context, sec *pas.Section) (string, lipgloss.Style) {
	st := c.Styles
	ss := c.Stats.section(sec.ID)
	if !ss.applicable {
		return "—", st.NA
	}
	if c.Client {
		return "", st.Faint
	}
	var parts []string
	style := st.Warning
	if ss.errors > 0 {
		parts, style = append(parts, fmt.Sprintf("✗%d", ss.errors)), st.Error
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
		parts, style = []string{"✓"}, st.OK
	}
	if n := c.Stats.devs.bySection[sec.ID]; n > 0 { // after what is left to do: the first to give way
		parts = append(parts, fmt.Sprintf("%s%d", devMark, n))
	}
	return strings.Join(parts, " "), style
}
