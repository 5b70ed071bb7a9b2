package tui

import (
	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
)

// newInput returns a one-line input with a steady cursor: no blink
// ticks, so the screen only redraws when something happens.
func newInput() textinput.Model {
	in := textinput.New()
	in.Cursor.SetMode(cursor.CursorStatic)
	return in
}

// newArea returns a multi-line input with a steady cursor.
func newArea() textarea.Model {
	ta := textarea.New()
	ta.Cursor.SetMode(cursor.CursorStatic)
	return ta
}
