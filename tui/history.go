package tui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// historyLimit is how many edits can be undone.
const historyLimit = 200

// change is one undoable edit: the data of the sections it touched,
// before and after; or, for an edit inside one record, that record only
// (a RACI cell of a 300-row matrix need not copy the matrix).
type change struct {
	before, after map[string]*pas.SectionData
	list          *pas.Field  // for a record edit: the list
	recBefore     *pas.Record // for a record edit: the record, before and after
	recAfter      *pas.Record
	waivers       bool // for a change of the plan's waivers: them, before and after
	wBefore       []*pas.Waiver
	wAfter        []*pas.Waiver
	whole         *pas.Plan // for a change of the plan as a whole: it, before and after
	wholeAfter    *pas.Plan
	reqs          []reqSwap // for an edit of the buyer's requirements: each, before and after
	section       int       // section shown when the edit was made
}

// apply restores one side of a change.
func (c change) apply(p *pas.Plan, after bool) {
	if c.reqs != nil {
		applyReqs(c.reqs, after)
		return
	}
	if c.whole != nil {
		*p = *c.whole.Clone()
		if after {
			*p = *c.wholeAfter.Clone()
		}
		return
	}
	if c.waivers {
		p.Waivers = cloneWaivers(c.wBefore)
		if after {
			p.Waivers = cloneWaivers(c.wAfter)
		}
		return
	}
	if c.list != nil {
		r := c.recBefore
		if after {
			r = c.recAfter
		}
		for i, old := range p.ListOf(c.list).Records {
			if old.ID == r.ID {
				p.ListOf(c.list).Records[i] = r.Clone()
			}
		}
		return
	}
	if after {
		restore(p, c.after)
	} else {
		restore(p, c.before)
	}
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
	before := snapshot(m.ctx.Plan, sections)
	edit()
	return m.record(change{before: before, after: snapshot(m.ctx.Plan, sections), section: m.ed.cur})
}

// mutateRecord applies an edit that changes one record's values only.
func (m *Model) mutateRecord(list *pas.Field, id string, edit func(r *pas.Record)) tea.Cmd {
	r := m.ctx.Plan.Record(list, id)
	if r == nil {
		return nil
	}
	before := r.Clone()
	edit(r)
	return m.record(change{list: list, recBefore: before, recAfter: r.Clone(), section: m.ed.cur})
}

// mutateWaivers changes the plan's waivers.
func (m *Model) mutateWaivers(edit func(ws []*pas.Waiver) []*pas.Waiver) tea.Cmd {
	p := m.ctx.Plan
	before := cloneWaivers(p.Waivers)
	p.Waivers = edit(cloneWaivers(p.Waivers))
	return m.record(change{waivers: true, wBefore: before, wAfter: cloneWaivers(p.Waivers), section: m.ed.cur})
}

func cloneWaivers(ws []*pas.Waiver) []*pas.Waiver {
	var out []*pas.Waiver
	for _, w := range ws {
		c := *w
		out = append(out, &c)
	}
	return out
}

// record keeps a change for undo and schedules the checks and preview.
func (m *Model) record(c change) tea.Cmd {
	m.history.done = append(m.history.done, c)
	if len(m.history.done) > historyLimit {
		m.history.done = m.history.done[len(m.history.done)-historyLimit:]
		m.savedAt-- // the saved state moved one step back in the trimmed history
	}
	m.history.undone = nil
	return m.changed()
}

func (m *Model) undo() tea.Cmd {
	h := m.history
	if len(h.done) == 0 {
		m.ctx.flash(m.ctx.T("Rien à annuler.", "Nothing to undo."), false)
		return nil
	}
	c := h.done[len(h.done)-1]
	h.done = h.done[:len(h.done)-1]
	h.undone = append(h.undone, c)
	c.apply(m.ctx.Plan, false)
	cmd := m.afterHistory(c, m.ctx.T("Modification annulée.", "Edit undone."))
	m.dirty = len(h.done) != m.savedAt
	return cmd
}

func (m *Model) redo() tea.Cmd {
	h := m.history
	if len(h.undone) == 0 {
		m.ctx.flash(m.ctx.T("Rien à rétablir.", "Nothing to redo."), false)
		return nil
	}
	c := h.undone[len(h.undone)-1]
	h.undone = h.undone[:len(h.undone)-1]
	h.done = append(h.done, c)
	c.apply(m.ctx.Plan, true)
	cmd := m.afterHistory(c, m.ctx.T("Modification rétablie.", "Edit redone."))
	m.dirty = len(h.done) != m.savedAt
	return cmd
}

// afterHistory shows the section the edit was made in.
func (m *Model) afterHistory(c change, msg string) tea.Cmd {
	if c.section != m.ed.cur {
		m.ed.selectSection(c.section)
		m.ed.layout()
	}
	m.ctx.flash(msg, false)
	return m.changed()
}
