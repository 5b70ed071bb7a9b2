package tui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// historyLimit is how many edits can be undone.
const historyLimit = 200

// change is one undoable edit: the data of the sections it touched,
// before and after.
type change struct {
	before, after map[string]*pas.SectionData
	section       int // section shown when the edit was made
}

// history keeps the edits across sections, for undo and redo.
type history struct {
	done, undone []change
}

func snapshot(p *pas.Plan, ids []string) map[string]*pas.SectionData {
	out := make(map[string]*pas.SectionData, len(ids))
	for _, id := range ids {
		if d := p.Data(id); d != nil {
			out[id] = d.Clone()
		} else {
			out[id] = nil
		}
	}
	return out
}

func restore(p *pas.Plan, data map[string]*pas.SectionData) {
	for id, d := range data {
		if d == nil {
			delete(p.Sections, id)
		} else {
			p.Sections[id] = d.Clone()
		}
	}
}

// mutate applies an edit to the sections it names, records it for undo,
// and schedules the checks and the preview.
func (m *Model) mutate(sections []string, edit func()) tea.Cmd {
	before := snapshot(m.plan, sections)
	edit()
	c := change{before: before, after: snapshot(m.plan, sections), section: m.cur}
	m.history.done = append(m.history.done, c)
	if len(m.history.done) > historyLimit {
		m.history.done = m.history.done[len(m.history.done)-historyLimit:]
	}
	m.history.undone = nil
	return m.changed()
}

func (m *Model) undo() tea.Cmd {
	h := &m.history
	if len(h.done) == 0 {
		m.flash(m.t("Rien à annuler.", "Nothing to undo."), false)
		return nil
	}
	c := h.done[len(h.done)-1]
	h.done = h.done[:len(h.done)-1]
	h.undone = append(h.undone, c)
	restore(m.plan, c.before)
	return m.afterHistory(c, m.t("Modification annulée.", "Edit undone."))
}

func (m *Model) redo() tea.Cmd {
	h := &m.history
	if len(h.undone) == 0 {
		m.flash(m.t("Rien à rétablir.", "Nothing to redo."), false)
		return nil
	}
	c := h.undone[len(h.undone)-1]
	h.undone = h.undone[:len(h.undone)-1]
	h.done = append(h.done, c)
	restore(m.plan, c.after)
	return m.afterHistory(c, m.t("Modification rétablie.", "Edit redone."))
}

// afterHistory shows the section the edit was made in.
func (m *Model) afterHistory(c change, msg string) tea.Cmd {
	if c.section != m.cur {
		m.selectSection(c.section)
		m.layout()
	}
	m.form.keepValid(m)
	m.flash(msg, false)
	return m.changed()
}
