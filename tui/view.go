package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// Minimum terminal size; below it the editor says so instead of drawing.
const (
	minWidth  = 60
	minHeight = 16
	wideWidth = 130 // from this width the preview sits beside the editor
)

// View draws the screen. It never renders Markdown: the preview pane
// shows what the last command rendered.
func (m Model) View() string {
	if m.w == 0 || m.h == 0 {
		return ""
	}
	if m.w < minWidth || m.h < minHeight {
		return m.tooSmall()
	}
	if m.start != nil {
		return m.start.view(&m)
	}
	var main string
	switch {
	case m.dialog != nil:
		main = lipgloss.Place(m.w, m.h-2, lipgloss.Center, lipgloss.Center, m.dialog.view(&m))
	case m.showHelp:
		main = m.fullHelp()
	default:
		main = m.panes()
	}
	return fit(main, m.w, m.h-2) + "\n" + m.statusBar() + "\n" + m.footer()
}

func (m Model) tooSmall() string {
	msg := fmt.Sprintf(m.t("Terminal trop petit : %d×%d.\nIl faut au moins %d×%d.", "Terminal too small: %d×%d.\nAt least %d×%d is needed."), m.w, m.h, minWidth, minHeight)
	return fit(lipgloss.Place(m.w, m.h, lipgloss.Center, lipgloss.Center, msg), m.w, m.h)
}

// previewVisible reports whether the preview pane is on screen.
func (m *Model) previewVisible() bool { return m.fullPreview || m.w >= wideWidth }

// widths returns the outer widths of the sidebar, form and preview panes.
func (m *Model) widths() (side, form, prev int) {
	if m.fullPreview {
		return 0, 0, m.w
	}
	side = 26
	if m.w >= wideWidth {
		side = 30
	}
	form = m.w - side
	if m.previewVisible() {
		form = (m.w - side) / 2
		prev = m.w - side - form
	}
	return side, form, prev
}

// layout gives every pane its inner size.
func (m *Model) layout() {
	if m.plan == nil || m.w < minWidth || m.h < minHeight {
		return
	}
	side, form, prev := m.widths()
	inner := m.h - 2 - 2 // status and footer lines, pane borders
	m.sidebar.setSize(max(side-2, 0), inner)
	m.form.setSize(max(form-2, 0), inner)
	m.preview.setSize(max(prev-2, 0), inner)
	if !m.previewVisible() && m.focus == previewPane {
		m.focus = formPane
	}
	if m.fullPreview {
		m.focus = previewPane
	}
}

// panes draws the sidebar, the form and the preview side by side. Each
// pane is framed by hand: its lines are already of the exact width, so
// they are joined without being measured again.
func (m Model) panes() string {
	side, form, prev := m.widths()
	h := m.h - 2
	var cols [][]string
	if side > 0 {
		cols = append(cols, m.frame(m.sidebar.view(&m), side, h, m.focus == sidebarPane))
	}
	if form > 0 {
		content := m.form.view(&m)
		if m.workshop != nil {
			content = m.workshop.view(&m, form-2, h-2)
		}
		cols = append(cols, m.frame(content, form, h, m.focus == formPane))
	}
	if prev > 0 {
		cols = append(cols, m.frame(m.preview.view(), prev, h, m.focus == previewPane))
	}
	var b strings.Builder
	for i := 0; i < h; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		for _, c := range cols {
			b.WriteString(c[i])
		}
	}
	return b.String()
}

// frame draws a bordered pane of an exact outer size around content,
// clipping what does not fit; it returns the pane's lines.
func (m Model) frame(content string, w, h int, focused bool) []string {
	border, style := m.st.Border, m.st.BorderStyle
	if focused {
		border, style = m.st.FocusBorder, m.st.FocusStyle
	}
	lines := strings.Split(fit(content, w-2, h-2), "\n")
	side := style.Render(border.Left)
	right := style.Render(border.Right)
	out := make([]string, 0, h)
	out = append(out, style.Render(border.TopLeft+strings.Repeat(border.Top, w-2)+border.TopRight))
	for _, l := range lines {
		out = append(out, side+l+right)
	}
	return append(out, style.Render(border.BottomLeft+strings.Repeat(border.Bottom, w-2)+border.BottomRight))
}

// fit clips or pads text to exactly w columns and h lines.
func fit(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	for i, l := range lines {
		l = ansi.Truncate(l, w, "…")
		if pad := w - ansi.StringWidth(l); pad > 0 {
			l += strings.Repeat(" ", pad)
		}
		lines[i] = l
	}
	return strings.Join(lines, "\n")
}

// truncate shortens one line to w columns.
func truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, "…")
}
