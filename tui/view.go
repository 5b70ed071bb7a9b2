package tui

import (
	"fmt"
	"runtime/debug"
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

// View draws the mode on top, the status bar and the footer. It never
// renders Markdown: the preview pane shows what the last command rendered.
// A panic keeps the unsaved edits and stops the editor.
func (m Model) View() (view string) {
	defer func() {
		if r := recover(); r != nil {
			m.crashed(r, debug.Stack())
			view = ""
		}
	}()
	if m.sess.crashing {
		return ""
	}
	return m.view()
}

func (m Model) view() string {
	w, h := m.ctx.Width, m.ctx.Height
	if w == 0 || h == 0 {
		return ""
	}
	if w < minWidth || h < minHeight {
		return m.tooSmall()
	}
	top := m.modes.top()
	if _, ok := top.(fullScreen); ok {
		return top.View()
	}
	status := m.statusBar()
	if strings.Contains(status, "\n") { // a long message over the footer
		return fit(top.View(), w, h-2) + "\n" + status
	}
	return fit(top.View(), w, h-2) + "\n" + status + "\n" + m.footer(top)
}

func (m Model) tooSmall() string {
	w, h := m.ctx.Width, m.ctx.Height
	msg := fmt.Sprintf(m.ctx.T("Terminal trop petit : %d×%d.\nIl faut au moins %d×%d.", "Terminal too small: %d×%d.\nAt least %d×%d is needed."), w, h, minWidth, minHeight)
	return fit(lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, msg), w, h)
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
