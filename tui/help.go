package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// typer is a mode that may be taking typed text: "?" is then a character,
// and only f1 opens the help.
type typer interface{ typing() bool }

// isTyping reports whether the mode takes typed text now.
func isTyping(m mode) bool {
	t, ok := m.(typer)
	return ok && t.typing()
}

// helpTitler is a mode that names the place its help is about.
type helpTitler interface{ helpTitle() string }

// wantsHelp reports whether a key opens the help of the mode on top: f1
// anywhere, "?" where it is not typed text.
func wantsHelp(k *KeyMap, top mode, msg tea.KeyMsg) bool {
	if _, ok := top.(*helpMode); ok {
		return false
	}
	if _, ok := top.(fullScreen); ok {
		return false
	}
	return key.Matches(msg, k.HelpTyping) || key.Matches(msg, k.Help) && !isTyping(top)
}

// helpHint is the binding the footer ends with: how to see every key.
func helpHint(k *KeyMap, top mode) key.Binding {
	if _, ok := top.(*helpMode); ok {
		return binding([]string{"esc"}, "", "") // nothing more to show: no hint
	}
	if isTyping(top) {
		return k.HelpTyping
	}
	return k.Help
}

// fitHelp draws bindings on one line of w columns, ending with the help
// hint: when they do not all fit, the last ones give way to the hint, so
// that the line never ends cut without saying where the rest is.
func fitHelp(c *Context, bs []key.Binding, hint key.Binding, w int) string {
	var keep []key.Binding
	for _, b := range bs {
		if b.Enabled() && b.Help().Key != hint.Help().Key && b.Help().Key != c.Keys.Help.Help().Key {
			keep = append(keep, b)
		}
	}
	h := *c.Help
	h.Width = 0 // measured here, never cut with "…"
	itemW := func(b key.Binding) int { return ansi.StringWidth(b.Help().Key) + 1 + ansi.StringWidth(b.Help().Desc) }
	sep := ansi.StringWidth(h.ShortSeparator)
	var tail []key.Binding
	total := 0 // the width of the first n bindings and the hint, separators included
	if hint.Help().Key != "" {
		tail, total = []key.Binding{hint}, itemW(hint)
	}
	n := 0
	for ; n < len(keep); n++ {
		next := total + itemW(keep[n])
		if n > 0 || len(tail) > 0 {
			next += sep
		}
		if next > w {
			break
		}
		total = next
	}
	return truncate(h.ShortHelpView(append(append([]key.Binding(nil), keep[:n]...), tail...)), w)
}

// globalKeys are the editor's keys that work in every pane, outside
// typing, by theme.
func globalKeys(k *KeyMap) [][]key.Binding {
	return [][]key.Binding{
		{k.NextItem, k.PrevItem, k.Search, k.NextPane, k.PrevPane, k.Preview},
		{k.Save, k.Undo, k.Redo, k.ClientView, k.Workshop, k.Requirements, k.Help, k.Quit},
	}
}

// Dialogs with a text input take typed text: "?" is a character there.
func (d *textDialog) typing() bool  { return true }
func (s *searchModel) typing() bool { return true }
func (d *notesDialog) typing() bool { return true }
func (s *startMode) typing() bool   { return s.asking }
