package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/pas-editor/pas/pas"
)

// statusBar shows the file, the unsaved marker, the language, the overall
// completion and the findings; in client view only the document's name
// and the view.
func (m Model) statusBar() string {
	c := m.ctx
	var parts []string
	switch {
	case c.Plan == nil: // the start screen's offer of a new plan's edits
		parts = append(parts, sanitize(c.Path))
	case c.Client:
		view := c.T("VUE CLIENT", "CLIENT VIEW")
		if m.modes.has(isWorkshop) {
			view = c.T("ATELIER", "WORKSHOP")
		}
		parts = append(parts, view, c.T("Plan d'Assurance Sécurité", "Security Assurance Plan"))
		if m.dirty {
			parts = append(parts, "● "+c.T("modifié", "modified"))
		}
	default:
		file := sanitize(c.Path)
		if m.dirty {
			file += " ● " + c.T("modifié", "modified")
		}
		t := c.Stats.total
		parts = append(parts, file, fmt.Sprintf(c.T("%d %% complet", "%d%% complete"), t.Percent()))
		if tag := factsTag(c); tag != "" {
			parts = append(parts, tag)
		}
		e, w := 0, 0
		for _, ss := range c.Stats.bySection {
			e, w = e+ss.errors, w+ss.warnings
		}
		parts = append(parts, pas.Textf("%s, %s", "%s, %s", pas.Count(e, "erreur", "erreurs", "error", "errors"),
			pas.Count(w, "avertissement", "avertissements", "warning", "warnings")).In(c.Lang))
		if note := m.diskNote(); note != "" {
			parts = append(parts[:1], append([]string{note}, parts[1:]...)...)
		}
	}
	parts = append(parts, strings.ToUpper(string(c.Lang)))
	return m.statusLine(" "+strings.Join(parts, " │ ")+" ", m.message, m.messageErr)
}

// statusLine draws the state on the left and a message on the right.
func (m Model) statusLine(left, message string, isErr bool) string {
	c, w := m.ctx, m.ctx.Width
	right := ""
	if message != "" {
		right = " " + message + " "
	}
	style := c.Styles.Status
	if right == "" {
		return fit(style.Render(truncate(left, w)), w, 1)
	}
	msgStyle := c.Styles.StatusKey
	if isErr {
		msgStyle = msgStyle.Inherit(c.Styles.Error)
	}
	if ansi.StringWidth(left)+ansi.StringWidth(right) > w { // the message first, the state after
		rw := ansi.StringWidth(right)
		if rw > w { // read whole, over the footer
			return m.longMessage(message, msgStyle)
		}
		left = truncate(left, max(w-rw, 0))
	}
	gap := max(w-ansi.StringWidth(left)-ansi.StringWidth(right), 0)
	return fit(style.Render(left+strings.Repeat(" ", gap))+msgStyle.Render(right), w, 1)
}

// longMessage shows a message too long for the status line on two lines,
// the status line's and the footer's, until the next key.
func (m Model) longMessage(message string, style lipgloss.Style) string {
	w := m.ctx.Width
	lines := strings.Split(ansi.Wrap(message, w-2, "/"), "\n") // words, else paths at their slashes
	if len(lines) > 2 {
		lines = []string{lines[0], truncate(strings.Join(lines[1:], " "), w-2)}
	}
	for len(lines) < 2 {
		lines = append(lines, "")
	}
	for i, l := range lines {
		lines[i] = fit(style.Render(" "+l+strings.Repeat(" ", max(w-2-ansi.StringWidth(l), 0))+" "), w, 1)
	}
	return strings.Join(lines, "\n")
}

// footer is the one-line help of what the keys of the mode on top do,
// ending with how to see them all.
func (m Model) footer(top mode) string {
	return fit(fitHelp(m.ctx, top.ShortHelp(), helpHint(m.ctx.Keys, top), m.ctx.Width), m.ctx.Width, 1)
}

// helpMode shows every binding of the place the user is in, by theme
// (with the sidebar's legend in the editor); any key closes it.
type helpMode struct {
	ctx    *Context
	title  string
	keys   [][]key.Binding
	legend bool
	w, h   int
}

// newHelpMode shows the keys of the mode on top, where the user is.
func newHelpMode(ctx *Context, of mode) *helpMode {
	h := &helpMode{ctx: ctx, keys: of.FullHelp(), title: ctx.T("Aide — touches", "Help — keys")}
	if t, ok := of.(helpTitler); ok {
		h.title = t.helpTitle()
	}
	if _, ok := of.(*editor); ok && !ctx.Client {
		h.legend = true
	}
	return h
}

func (h *helpMode) SetSize(w, hh int) { h.w, h.h = w, hh }

func (h *helpMode) Update(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyMsg); ok {
		if key.Matches(k, h.ctx.Keys.ForceQuit) {
			h.ctx.Send(quitMsg{interrupt: true})
			return nil
		}
		h.ctx.Send(popMsg{})
	}
	return nil
}

func (h *helpMode) ShortHelp() []key.Binding {
	return []key.Binding{binding([]string{"esc"}, h.ctx.T("une touche", "any key"), h.ctx.T("ferme l'aide", "closes the help"))}
}
func (h *helpMode) FullHelp() [][]key.Binding { return h.keys }

func (h *helpMode) View() string {
	c := h.ctx
	keys := helpColumns(c, h.keys, h.w-4)
	title := c.Styles.Title.Render(h.title)
	legend := c.Styles.Faint.Render(c.T(
		"Chapitres : ✓ complet · ○N éléments manquants · ?N à confirmer ou ouverts · ✗N erreurs · !N avertissements · — non applicable",
		"Chapters: ✓ complete · ○N missing items · ?N to confirm or open · ✗N errors · !N warnings · — not applicable"))
	values := c.Styles.Faint.Render(c.T(
		"Valeurs : ○ à compléter · ? à confirmer · ‽ question ouverte · ✗ erreur · ! avertissement",
		"Values: ○ to be completed · ? to confirm · ‽ open question · ✗ error · ! warning"))
	close := c.Styles.Faint.Render(c.T("Une touche quelconque ferme l'aide.", "Any key closes the help."))
	if c.Stats.devs.active {
		legend += c.Styles.Faint.Render(c.T(" · ≠N écarts au PAS standard", " · ≠N deviations from the standard PAS"))
		values += c.Styles.Faint.Render(c.T(" · ≠ diffère du PAS standard", " · ≠ differs from the standard PAS"))
	}
	notes := []string{wrap(legend, h.w-4), wrap(values, h.w-4)}
	if lib := libraryNote(c); lib != "" {
		notes = append(notes, wrap(c.Styles.Faint.Render(lib), h.w-4))
	}
	if !h.legend {
		notes = nil
	}
	parts := append(append([]string{"", title, "", keys, ""}, notes...), "", close)
	if lineCount(strings.Join(parts, "\n")) > h.h-2 { // a small terminal: no spacing, the footer says how to close
		parts = append([]string{title, keys}, notes...)
	}
	var lines []string
	for _, part := range parts {
		for _, l := range strings.Split(part, "\n") {
			lines = append(lines, "  "+strings.TrimRight(l, " "))
		}
	}
	return strings.Join(lines, "\n")
}

// helpColumns lays groups of bindings out side by side, as many on a row
// as the width holds, rows apart.
func helpColumns(c *Context, groups [][]key.Binding, w int) string {
	hm := *c.Help
	hm.Width = 0 // the rows are made to fit: nothing to cut
	var rows []string
	var row [][]key.Binding
	width := 0
	for _, g := range groups {
		gw := ansi.StringWidth(strings.Split(hm.FullHelpView([][]key.Binding{g}), "\n")[0])
		if len(row) > 0 && width+len(hm.FullSeparator)+gw > w {
			rows = append(rows, hm.FullHelpView(row))
			row, width = nil, 0
		}
		if len(row) > 0 {
			width += len(hm.FullSeparator)
		}
		row, width = append(row, g), width+gw
	}
	if len(row) > 0 {
		rows = append(rows, hm.FullHelpView(row))
	}
	return strings.Join(rows, "\n\n")
}
