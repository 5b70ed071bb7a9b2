package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
)

// statusBar shows the file, the unsaved marker, the language, the overall
// completion and the findings; in client view only the document's name
// and the view.
func (m Model) statusBar() string {
	var parts []string
	if m.clientView {
		parts = append(parts, m.t("VUE CLIENT", "CLIENT VIEW"), m.t("Plan d'Assurance Sécurité", "Security Assurance Plan"))
		if m.dirty {
			parts = append(parts, "● "+m.t("modifié", "modified"))
		}
	} else {
		file := m.path
		if m.dirty {
			file += " ● " + m.t("modifié", "modified")
		}
		t := m.stats.total
		parts = append(parts, file, fmt.Sprintf(m.t("%d %% complet", "%d%% complete"), t.Percent()))
		e, w := 0, 0
		for _, ss := range m.stats.bySection {
			e, w = e+ss.errors, w+ss.warnings
		}
		parts = append(parts, fmt.Sprintf(m.t("%d erreur(s), %d avertissement(s)", "%d error(s), %d warning(s)"), e, w))
	}
	if m.workshop != nil {
		parts = append(parts, m.t("ATELIER", "WORKSHOP"))
	}
	parts = append(parts, strings.ToUpper(string(m.lang)))
	left := " " + strings.Join(parts, " │ ") + " "
	right := ""
	if m.message != "" {
		right = " " + m.message + " "
	}
	style := m.st.Status
	if right == "" {
		return fit(style.Render(truncate(left, m.w)), m.w, 1)
	}
	msgStyle := m.st.StatusKey
	if m.messageErr {
		msgStyle = msgStyle.Inherit(m.st.Error)
	}
	if ansi.StringWidth(left)+ansi.StringWidth(right) > m.w { // the message first, the state after
		room := max(m.w-ansi.StringWidth(right), m.w/3)
		left = truncate(left, room)
		right = truncate(right, m.w-ansi.StringWidth(left))
	}
	gap := max(m.w-ansi.StringWidth(left)-ansi.StringWidth(right), 0)
	return fit(style.Render(left+strings.Repeat(" ", gap))+msgStyle.Render(right), m.w, 1)
}

// footer is the one-line help of what the keys do right now.
func (m Model) footer() string {
	m.help.Width = m.w
	return fit(m.help.ShortHelpView(m.shortHelp()), m.w, 1)
}

// shortHelp lists the bindings that matter in the current state.
func (m Model) shortHelp() []key.Binding {
	k := m.keys
	switch {
	case m.dialog != nil:
		return m.dialog.help(&m)
	case m.showHelp:
		return []key.Binding{k.Back}
	case m.workshop != nil:
		return m.workshop.help(&m)
	case m.capturing():
		return m.form.help(&m)
	case m.focus == sidebarPane:
		return []key.Binding{k.Open, k.Up, k.Down, k.NextPane, k.NextItem, k.Save, k.Help, k.Quit}
	case m.focus == previewPane:
		return []key.Binding{k.Up, k.Down, k.PageDown, k.Preview, k.NextPane, k.Help, k.Quit}
	}
	return append(m.form.help(&m), k.Save, k.Help, k.Quit)
}

// fullHelp lists every binding by theme, and the sidebar's legend.
func (m Model) fullHelp() string {
	k := m.keys
	groups := [][]key.Binding{
		{k.Up, k.Down, k.Open, k.Back, k.NextPane, k.PrevPane, k.PageDown, k.Top, k.Bottom},
		{k.Edit, k.Clear, k.ToConfirm, k.OpenQuestion, k.Suggest, k.Notes, k.NotApplicable, k.ExternalEditor, k.NewLine},
		{k.Add, k.Duplicate, k.Delete, k.MoveUp, k.MoveDown, k.Template, k.RACINone},
		{k.Save, k.NextItem, k.Search, k.Undo, k.Redo, k.Preview, k.ClientView, k.Workshop, k.Quit},
	}
	m.help.Width = m.w - 4
	keys := m.help.FullHelpView(groups[:2]) + "\n\n" + m.help.FullHelpView(groups[2:])
	title := m.st.Title.Render(m.t("Aide — touches", "Help — keys"))
	legend := m.st.Faint.Render(m.t(
		"Chapitres : ✓ complet · ○N éléments manquants · ?N à confirmer ou ouverts · ✗N erreurs · !N avertissements · — non applicable",
		"Chapters: ✓ complete · ○N missing items · ?N to confirm or open · ✗N errors · !N warnings · — not applicable"))
	values := m.st.Faint.Render(m.t(
		"Valeurs : ○ à compléter · ? à confirmer · ‽ question ouverte · ✗ erreur · ! avertissement",
		"Values: ○ to be completed · ? to confirm · ‽ open question · ✗ error · ! warning"))
	close := m.st.Faint.Render(m.t("Une touche quelconque ferme l'aide.", "Any key closes the help."))
	parts := []string{"", title, "", keys, "", wrap(legend, m.w-4), wrap(values, m.w-4), "", close}
	if lineCount(strings.Join(parts, "\n")) > m.h-2 { // a small terminal: no spacing, the footer says how to close
		parts = []string{title, keys, wrap(legend, m.w-4), wrap(values, m.w-4)}
	}
	var lines []string
	for _, part := range parts {
		for _, l := range strings.Split(part, "\n") {
			lines = append(lines, "  "+strings.TrimRight(l, " "))
		}
	}
	return strings.Join(lines, "\n")
}
