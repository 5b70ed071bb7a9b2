package tui

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// When the document's version changes (the catalogue's Versioning), the
// editor proposes a line for the version history: the new version,
// today's date and a summary of what changed (pas.Diff.Summary). The
// user accepts it, edits it or declines it; it is never written by
// itself.
//
// What the summary compares with is the plan as it was read from its
// file when the editor opened it (or reloaded it), then, after each
// change of version, the plan as it was at that change: the editor cannot
// know the plan as it was when an earlier version was recorded (that
// would take the file's history in git), so the dialog says what the
// summary covers. A plan that was never read from a file (a new one) has
// nothing to compare with: the summary is left to the user. Internal
// changes (notes, waivers, policy thresholds) stay out of the line, which
// goes into the client's document.

// summaryChanges is how many changes the proposed line names; the others
// are counted.
const summaryChanges = 4

// keepRecorded keeps the plan as read from its file, what the next
// proposed history line is compared with; a plan restored from the
// recovery file keeps the file's, a new plan has none.
func (m *Model) keepRecorded(p *pas.Plan, dirty bool) {
	if !dirty {
		m.recorded = p.Clone()
	}
}

// afterValue follows a value just stored: a new version of the document
// gets a proposed history line, unless the history already has one.
func (m *Model) afterValue(f *pas.Field, old, nv *pas.Value) {
	v, p := m.ctx.Cat.Versioning, m.ctx.Plan
	if v == nil || f != v.Version || !nv.IsSet() || nv.Str == "" || old.IsSet() && old.Str == nv.Str {
		return
	}
	for _, r := range p.Records(v.History) {
		if r.Str(v.EntryVersion) == nv.Str {
			return
		}
	}
	from, summary, since := "", "", m.recorded != nil
	if old.IsSet() {
		from = old.Str
	}
	if since {
		summary = historySummary(m.recorded, p, v)
	}
	m.recorded = p.Clone() // the next version's changes run from here
	m.ctx.Send(pushMsg{historyDialog(m.ctx, from, nv.Str, summary, since)})
}

// historySummary sums up in the plan's language what changed from ref to
// p, leaving out the version and its history and what is internal.
func historySummary(ref, p *pas.Plan, v *pas.Versioning) string {
	d := pas.Compare(ref, p)
	var kept []pas.Change
	for _, c := range d.Changes {
		switch {
		case c.Field != nil && (c.Field == v.Version || c.Field == v.History || c.Field.List == v.History):
		case c.Kind == pas.NotesChanged, c.Kind == pas.WaiverAdded, c.Kind == pas.WaiverRemoved, c.Kind == pas.WaiverChanged:
		case c.Kind == pas.ValueChanged && c.Section == nil: // a policy threshold
		default:
			kept = append(kept, c)
		}
	}
	d.Changes = kept
	l := p.Lang
	if l == "" {
		l = pas.FR
	}
	return d.Summary(l, summaryChanges)
}

// historyDialog proposes the history line of a new version: Enter adds
// it (as typed), Esc adds nothing.
func historyDialog(c *Context, from, to, summary string, since bool) *textDialog {
	v := c.Cat.Versioning
	day := pas.InputText(v.EntryDate, &pas.Value{Has: true, Date: c.Today()}, c.Lang)
	prompt := fmt.Sprintf(c.T("La version passe de %s à %s. Ligne proposée pour l'historique des versions, datée du %s :",
		"The version goes from %s to %s. Proposed line for the version history, dated %s:"), orNone(c, from), sanitize(to), day)
	switch {
	case !since:
		prompt += " " + c.T("ce plan n'a pas été lu d'un fichier ; résumez vous-même ses modifications.", "this plan was not read from a file; sum up its changes yourself.")
	case summary == "":
		prompt += " " + c.T("rien n'a changé depuis l'ouverture du fichier (ou le dernier changement de version) ; résumez vous-même les modifications.",
			"nothing changed since the file was opened (or the version last changed); sum up the changes yourself.")
	default:
		prompt += " " + c.T("les changements depuis l'ouverture du fichier (ou le dernier changement de version), à reprendre à votre guise.",
			"the changes since the file was opened (or the version last changed), to edit as you see fit.")
	}
	prompt += "\n\n" + c.T("Entrée l'ajoute ; Échap n'ajoute rien.", "Enter adds it; Esc adds nothing.")
	d := newTextDialog(c, c.T("Historique des versions", "Version history"), prompt, []string{v.EntrySummary.Label.In(c.Lang)}, nil,
		func(in []string) ([]tea.Msg, string) {
			text, err := pas.ParseInput(v.EntrySummary, in[0])
			switch {
			case err != nil:
				return nil, errorText(c.Lang, err)
			case text == nil:
				return nil, c.T("Décrivez les modifications, ou appuyez sur Échap pour ne rien ajouter.", "Describe the changes, or press Esc to add nothing.")
			}
			return []tea.Msg{historyEntry(c, to, text), flashMsg{c.T("Ligne ajoutée à l'historique des versions (u annule).", "Line added to the version history (u undoes it)."), false}}, ""
		})
	return longInput(d, summary)
}

// historyEntry adds a version's line at the end of the history.
func historyEntry(c *Context, version string, summary *pas.Value) editMsg {
	v, today := c.Cat.Versioning, c.Today()
	return editMsg{[]string{v.History.Section.ID}, func(p *pas.Plan) {
		id := pas.SlugID("v" + version)
		if id == "" || p.Record(v.History, id) != nil {
			id = newRecordID(p, v.History)
		}
		r := &pas.Record{ID: id}
		r.Set(v.EntryVersion, &pas.Value{Has: true, Str: version})
		r.Set(v.EntryDate, &pas.Value{Has: true, Date: today})
		r.Set(v.EntrySummary, summary)
		insertRecord(p, v.History, len(p.Records(v.History)), r)
	}}
}

// orNone shows a version, or that there was none.
func orNone(c *Context, s string) string {
	if s == "" {
		return c.T("(aucune)", "(none)")
	}
	return sanitize(s)
}
