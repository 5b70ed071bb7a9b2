package tui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/grid"
	"github.com/pas-editor/pas/pas"
)

// planBytes is the bytes a plan is saved as (pas.Marshal, comments kept):
// the recovery file holds the plan as the save would write it.
func planBytes(p *pas.Plan) []byte { return pas.Marshal(p) }

// writePlan is the one place the editor (and the accessible mode) saves a
// plan, through pas.SavePlanAndDocument: plan.yaml first, then the client
// document plan.md, each atomically, so that a file is never left
// half-written and the document is never newer than the plan. When only
// the document could not be written, the error is a *pas.DocumentError:
// the plan is saved. The document is the one "pas render" writes, the
// compliance matrix of the buyer's grid included (grid.Appendices); when
// the grid the plan names cannot be read, the plan alone is saved.
func writePlan(path string, p *pas.Plan, today pas.Date) error {
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	matrix, gridErr := grid.Appendices(path, p)
	if gridErr != nil {
		if err := pas.WriteFileAtomic(path, pas.Marshal(p)); err != nil {
			return err
		}
		p.PinIssued()
		return &pas.DocumentError{Err: gridErr}
	}
	err := pas.SavePlanAndDocument(path, p, pas.RenderOptions{Today: today, Appendices: matrix})
	if err == nil || docOnly(err) {
		p.PinIssued() // as Marshal wrote it: the plan edited on is the one on disk
	}
	return err
}

// docOnly reports whether a save failed only for the document.
func docOnly(err error) bool {
	var de *pas.DocumentError
	return errors.As(err, &de)
}

// saveError describes a failed save in a language, sanitised.
func saveError(l pas.Lang, err error) string {
	var fe *pas.FileError
	var le *pas.LoadError
	msg := sanitize(err.Error())
	if errors.As(err, &fe) {
		msg = fe.Localize(l)
	} else if errors.As(err, &le) {
		msg = le.Localize(l)
	}
	if docOnly(err) {
		return pas.T("Plan enregistré, mais le document n'a pas pu être écrit : ", "Plan saved, but the document could not be written: ").In(l) + msg
	}
	return pas.T("Échec de l'enregistrement : ", "Save failed: ").In(l) + msg
}

// save writes the plan, unless the file changed on disk since it was
// opened or saved: then the user chooses. With thenQuit, the editor quits
// once the plan is saved.
func (m *Model) save(thenQuit bool) tea.Cmd {
	if m.conflict() {
		m.modes.push(newConflictDialog(m.ctx, thenQuit))
		return nil
	}
	return m.write(thenQuit)
}

// write saves the plan to its file, whatever is on disk.
func (m *Model) write(thenQuit bool) tea.Cmd {
	c := m.ctx
	if m.saveReqs(overwriteMsg{thenQuit}) { // the buyer's grid first, when it changed
		return nil
	}
	reformat := !c.Plan.SourceCanonical() // asked before the file changes
	wasPinned := c.Plan.Frozen()
	err := writePlan(c.Path, c.Plan, m.opt.Today())
	if err != nil && !docOnly(err) {
		c.flash(saveError(c.Lang, err), true)
		return nil
	}
	cmd := m.saved()
	pinned := !wasPinned && c.Plan.Frozen()
	if pinned { // the issued plan's facts pinned by this save: the checks say so
		cmd = tea.Batch(cmd, m.checks.schedule(c.Clock))
	}
	if err != nil {
		c.flash(saveError(c.Lang, err), true)
		return cmd
	}
	if thenQuit {
		return tea.Quit
	}
	warning := stageWarning(c.Lang, c.Plan, m.opt.Today())
	var msg string
	switch {
	case reformat && warning != "": // the warning first, no path: it would push the warning out of sight
		msg = c.T("Enregistré et mis en forme canonique (commentaires conservés). ", "Saved and put in canonical form (comments kept). ") + warning
	case warning != "":
		msg = c.T("Enregistré. ", "Saved. ") + warning
	case c.Client:
		msg = c.T("Enregistré.", "Saved.")
	case reformat:
		msg = c.T("Enregistré, et mis en forme canonique une fois pour toutes (commentaires conservés) : ", "Saved, and put in canonical form once and for all (comments kept): ") + sanitize(c.Path)
	default:
		msg = c.T("Enregistré : ", "Saved: ") + sanitize(c.Path+" + "+pas.MarkdownPath(c.Path))
	}
	if pinned {
		msg = c.T("Plan remis : éléments de la bibliothèque figés. ", "Issued plan: the library's items pinned. ") + msg
	}
	c.flash(msg, warning != "")
	return cmd
}

// stageWarning says, for a plan whose status makes it a commitment
// (submitted, contractual), what is still open; "" otherwise.
func stageWarning(l pas.Lang, p *pas.Plan, today pas.Date) string {
	if !p.FinalStage() {
		return ""
	}
	bs := pas.FinalBlockers(p, today)
	if len(bs) == 0 {
		return ""
	}
	return sanitize(pas.Textf("Attention, il reste %s dans un PAS remis ou contractuel.", "Warning: %s still open in a submitted or contractual PAS.",
		pas.BlockersSummary(bs)).In(l))
}

// saved records that the plan is on disk as it is now: nothing unsaved,
// no recovery file, the file's new content known.
func (m *Model) saved() tea.Cmd {
	m.dirty, m.savedAt = false, len(m.history.done)
	if s, _, err := readDisk(m.ctx.Path); err == nil {
		m.disk, m.seen, m.diskChanged = s, s, false
	}
	return m.dropEdits()
}

// saveAs saves the plan under another name and goes on editing that file;
// the plan's former file keeps what was changed there.
func (m *Model) saveAs(path string, thenQuit bool) tea.Cmd {
	c := m.ctx
	if m.saveReqs(saveAsMsg{path, thenQuit}) { // the buyer's grid stays where it is
		return nil
	}
	c.Plan.Relocate(c.Path, path) // its facts library, standard and grid, named from the new place
	err := writePlan(path, c.Plan, m.opt.Today())
	if err != nil && !docOnly(err) {
		c.Plan.Relocate(path, c.Path)
		c.flash(saveError(c.Lang, err), true)
		return nil
	}
	drop := m.dropEdits() // the former file's recovery copy
	c.Path = path
	m.rec, m.recErr = newRecovery(m.opt.RecoveryDir, path)
	cmd := tea.Batch(drop, m.saved(), m.watchDisk())
	if err != nil {
		c.flash(saveError(c.Lang, err), true)
		return cmd
	}
	if thenQuit {
		return tea.Batch(cmd, tea.Quit)
	}
	c.flash(c.T("Enregistré sous ", "Saved as ")+sanitize(path+" + "+pas.MarkdownPath(path)), false)
	return cmd
}

// reload replaces the edited plan with the file on disk, once unsaved
// edits are kept in the recovery file; then it offers them back.
func (m *Model) reload() tea.Cmd {
	c := m.ctx
	var k *kept
	var err error
	if m.dirty {
		if _, err = m.keepEditsNow(); err == nil {
			k, err = m.rec.read()
		}
		if err == nil && k == nil {
			err = fs.ErrNotExist
		}
		if err != nil {
			c.flash(c.T("Rechargement annulé : vos modifications n'ont pas pu être conservées : ", "Reload cancelled: your edits could not be kept: ")+sanitize(err.Error()), true)
			return nil
		}
	}
	state, data, err := readDisk(c.Path)
	var p *pas.Plan
	if err == nil {
		p, err = decodePlan(c.Cat, data, c.Path, c.Path)
	}
	if err != nil {
		c.flash(c.T("Rechargement impossible, rien n'a changé : ", "Cannot reload, nothing changed: ")+localized(c.Lang, err), true)
		return nil
	}
	cur := m.ed.cur
	m.ctx.Reqs = nil // the grid is read again too, its edits offered back
	m.openPlan(p, false)
	m.ed.selectSection(cur)
	m.ed.layout()
	*m.history = history{}
	m.disk, m.seen, m.diskChanged = state, state, false
	if k != nil {
		m.modes.push(newOffer(c, offerReload, k, data, state.mtime, m.rec.path))
	} else {
		note, isErr := openingNote(c) // a merge may have brought conflicts
		c.flash(strings.TrimSpace(c.T("Plan rechargé depuis le disque.", "Plan reloaded from disk.")+" "+note), isErr)
	}
	return m.ed.preview.schedule()
}
