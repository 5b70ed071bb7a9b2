package tui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/pas-editor/pas/pas"
)

// moveCursor applies the moves every list shares (up, down, a page, top,
// bottom) to a cursor over n rows; ok is false for any other key.
func moveCursor(k *KeyMap, msg tea.KeyMsg, cur, n int) (next int, ok bool) {
	switch {
	case key.Matches(msg, k.Up):
		cur--
	case key.Matches(msg, k.Down):
		cur++
	case key.Matches(msg, k.PageUp):
		cur -= 10
	case key.Matches(msg, k.PageDown):
		cur += 10
	case key.Matches(msg, k.Top):
		cur = 0
	case key.Matches(msg, k.Bottom):
		cur = n - 1
	default:
		return cur, false
	}
	return clamp(cur, 0, n-1), true
}

func clamp(v, lo, hi int) int {
	if hi < lo {
		return lo
	}
	return min(max(v, lo), hi)
}

func itoa(n int) string { return strconv.Itoa(n) }

// scrollOffset keeps the cursor inside a window of h lines.
func scrollOffset(cursor, offset, h int) int {
	if cursor < offset {
		return cursor
	}
	if h > 0 && cursor >= offset+h {
		return cursor - h + 1
	}
	return offset
}

func lineCount(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(s, "\n") + 1
}

// padTo pads a line with spaces to w columns.
func padTo(s string, w int) string {
	if pad := w - ansi.StringWidth(s); pad > 0 {
		return s + strings.Repeat(" ", pad)
	}
	return s
}

// wrap folds text to w columns.
func wrap(s string, w int) string {
	if w <= 0 {
		return s
	}
	return lipgloss.NewStyle().Width(w).Render(s)
}

// sanitize makes plan text, a file name or a parser message safe for a
// terminal (the one sanitiser, pas.Sanitize). It applies to the text
// before it is styled, never to a finished view, which holds the styles'
// own escape sequences.
func sanitize(s string) string { return pas.Sanitize(s) }

// menuLine is one line of a list in a dialog, w columns wide: the text cut
// to fit, behind "› " and highlighted when selected, indented otherwise.
func menuLine(st *Styles, text string, selected bool, w int) string {
	line := truncate(text, w-2)
	if selected {
		return st.Selected.Render(padTo("› "+line, w))
	}
	return "  " + line
}
