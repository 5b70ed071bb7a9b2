package tui

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"io/fs"
	"os"
	"reflect"
	"sort"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/grid"
	"github.com/pas-editor/pas/pas"
)

// The buyer's requirement grid the plan names (its requirements key) is
// kept in a file of its own beside the plan. The editor reads it in a
// command once the plan is open (a large grid never delays the first
// frame), edits it through the root as undoable edits like the plan's,
// writes it with the plan on ctrl+s (only when it changed, never over a
// file changed on disk without asking), and keeps its unsaved edits in a
// recovery file of its own, offered back when the grid is read again.

// reqState is the grid as the editor holds it. Requirements are never
// changed in place: an edit replaces one by an edited copy, so that the
// copy of the list the checks take in their command stays as it was.
type reqState struct {
	path    string     // the grid file
	g       *grid.Grid // nil while loading, or when it cannot be read
	err     error      // why it cannot be read
	loading bool
	adv     *grid.Advisor
	book    grid.BookState // the buyer's file, as found at load
	saved   []byte         // the grid as last read or written, encoded
	disk    [32]byte       // hash of the grid file as last read or written
	rec     *recovery      // its recovery file; nil when none can be used
	index   map[string]int // requirement id → position
	force   bool           // the next save may overwrite a grid file changed on disk
}

// Requests and results about the grid.
type (
	loadReqsMsg   struct{} // the plan was opened: read the grid it names
	reqsLoadedMsg struct { // the grid as read in a command
		path  string
		g     *grid.Grid
		err   error
		adv   *grid.Advisor
		book  grid.BookState
		saved []byte
		disk  [32]byte
		kept  *kept // its recovery file, if any
	}
	openReqsMsg struct{} // E: show the requirements view
	reqEditMsg  struct { // change some requirements as one undoable edit
		ids  []string
		edit func(r *grid.Requirement)
	}
	reqRestoreMsg   struct{ g *grid.Grid } // edit the grid kept in its recovery file
	reqDiscardMsg   struct{}               // remove the grid's recovery file
	reqOverwriteMsg struct{ then tea.Msg } // save over a grid file changed on disk, then go on saving
)

// reqSwap is one requirement of an undoable edit, before and after.
type reqSwap struct {
	g             *grid.Grid
	i             int
	before, after *grid.Requirement
}

// applyReqs restores one side of an edit of requirements.
func applyReqs(swaps []reqSwap, after bool) {
	for _, s := range swaps {
		if after {
			s.g.Requirements[s.i] = s.after
		} else {
			s.g.Requirements[s.i] = s.before
		}
	}
}

// reqRequest handles the requests about the grid.
func (m *Model) reqRequest(msg tea.Msg) (tea.Cmd, bool) {
	switch r := msg.(type) {
	case loadReqsMsg:
		return m.loadReqs(), true
	case openReqsMsg:
		m.openReqs()
		return nil, true
	case reqEditMsg:
		return m.mutateReqs(r.ids, r.edit), true
	case reqRestoreMsg:
		return m.restoreReqs(r.g), true
	case reqDiscardMsg:
		if rs := m.ctx.Reqs; rs != nil && rs.rec != nil {
			m.recOps++
			m.recoveryFailed(rs.rec.remove(m.recOps))
		}
		return nil, true
	case reqOverwriteMsg:
		if rs := m.ctx.Reqs; rs != nil {
			rs.force = true
		}
		return m.request(r.then), true
	}
	return nil, false
}

// loadReqs reads the grid the plan names in a command. A grid already
// held with unsaved edits (the plan restored from its recovery file) is
// kept.
func (m *Model) loadReqs() tea.Cmd {
	p := m.ctx.Plan
	if p == nil || p.Requirements == "" {
		m.ctx.Reqs = nil
		return nil
	}
	path := grid.FilePath(m.ctx.Path, p)
	if rs := m.ctx.Reqs; rs != nil && rs.path == path && (rs.loading || rs.g != nil && rs.edited()) {
		return nil
	}
	rs := &reqState{path: path, loading: true}
	rs.rec, _ = newRecovery(m.opt.RecoveryDir, path)
	m.ctx.Reqs = rs
	cat, rec := m.ctx.Cat, rs.rec
	return func() tea.Msg { return readReqs(path, cat, rec) }
}

// readReqs reads a grid file, hashes the buyer's file beside it, indexes
// the vocabulary and reads the grid's recovery file (in a command).
func readReqs(path string, cat *pas.Catalogue, rec *recovery) reqsLoadedMsg {
	out := reqsLoadedMsg{path: path}
	data, err := pas.ReadRegularFile(path, grid.MaxFileSize)
	if err == nil {
		out.g, err = grid.Decode(data, path, cat)
	}
	if err != nil {
		out.err = err
		return out
	}
	out.disk = sha256.Sum256(data)
	out.saved = grid.Encode(out.g)
	out.book = grid.BookStateOf(grid.BuyerFile(path, out.g, ""), out.g.Source.SHA256)
	out.adv = grid.NewAdvisor(cat)
	if rec != nil {
		out.kept, _ = rec.read()
	}
	return out
}

// reqsLoaded takes the grid read; its recovery file, when it holds edits,
// is offered back.
func (m *Model) reqsLoaded(r reqsLoadedMsg) tea.Cmd {
	rs := m.ctx.Reqs
	if rs == nil || rs.path != r.path || !rs.loading {
		return nil // the plan changed since
	}
	rs.loading, rs.err = false, r.err
	if r.err != nil {
		return nil
	}
	rs.g, rs.adv, rs.book, rs.saved, rs.disk = r.g, r.adv, r.book, r.saved, r.disk
	rs.reindex()
	m.ctx.Version++
	if r.kept != nil {
		if bytes.Equal(r.kept.data, r.saved) {
			m.recOps++
			m.recoveryFailed(rs.rec.remove(m.recOps))
		} else {
			m.modes.push(newReqOffer(m.ctx, r.kept, rs))
		}
	}
	return m.checks.schedule(m.ctx.Clock)
}

func (rs *reqState) reindex() {
	rs.index = make(map[string]int, len(rs.g.Requirements))
	for i, r := range rs.g.Requirements {
		rs.index[r.ID] = i
	}
}

// edited reports whether the grid may differ from its file (a save
// compares the encoding).
func (rs *reqState) edited() bool { return rs.g != nil && !bytes.Equal(grid.Encode(rs.g), rs.saved) }

// snapshot copies the list of requirements for a command: the
// requirements themselves are never changed in place.
func (rs *reqState) snapshot() *grid.Grid {
	if rs == nil || rs.g == nil {
		return nil
	}
	return &grid.Grid{Source: rs.g.Source, Requirements: append([]*grid.Requirement(nil), rs.g.Requirements...)}
}

// openReqs shows the requirements view, or says why not.
func (m *Model) openReqs() {
	c := m.ctx
	rs := c.Reqs
	switch {
	case c.Client:
		c.flash(c.T("Les exigences de l'acheteur sont un travail interne : quittez la vue client (v) pour les ouvrir.",
			"The buyer's requirements are internal work: leave the client view (v) to open them."), false)
		return
	case rs == nil:
		c.flash(c.T("Ce plan ne nomme aucune grille d'exigences : importez celle de l'acheteur avec « pas grid import GRILLE ».",
			"This plan names no requirement grid: import the buyer's with \"pas grid import GRID\"."), false)
		return
	case rs.err != nil:
		c.flash(c.T("Grille d'exigences illisible : ", "Requirement grid unreadable: ")+reqLoadError(c.Lang, rs.err), true)
		return
	}
	if m.reqView == nil || m.reqView.rs != rs {
		m.reqView = newReqView(c, rs)
	}
	m.reqView.SetSize(c.Width, c.Height)
	m.modes.push(m.reqView)
}

// reqLoadError describes why the grid file could not be read.
func reqLoadError(l pas.Lang, err error) string {
	var fe *pas.FileError
	if errors.As(err, &fe) {
		return sanitize(fe.Localize(l))
	}
	return localized(l, err)
}

// mutateReqs edits copies of some requirements and records the edit for
// undo; nothing is recorded when nothing changed.
func (m *Model) mutateReqs(ids []string, edit func(r *grid.Requirement)) tea.Cmd {
	rs := m.ctx.Reqs
	if rs == nil || rs.g == nil {
		return nil
	}
	var swaps []reqSwap
	for _, id := range ids {
		i, ok := rs.index[id]
		if !ok {
			continue
		}
		before := rs.g.Requirements[i]
		after := before.Clone()
		edit(after)
		if reflect.DeepEqual(before, after) {
			continue
		}
		rs.g.Requirements[i] = after
		swaps = append(swaps, reqSwap{rs.g, i, before, after})
	}
	if len(swaps) == 0 {
		return nil
	}
	return m.record(change{reqs: swaps, section: m.ed.cur})
}

// restoreReqs edits the grid kept in its recovery file, unsaved; as for
// the plan's, the edits before it can no longer be undone.
func (m *Model) restoreReqs(g *grid.Grid) tea.Cmd {
	rs := m.ctx.Reqs
	if rs == nil || rs.g == nil {
		return nil
	}
	rs.g = g
	rs.reindex()
	*m.history = history{}
	m.dirty, m.savedAt = true, -1 // differs from the files until saved
	m.ctx.flash(m.ctx.T("Modifications des exigences restaurées : ctrl+s les enregistre.", "Edits to the requirements restored: ctrl+s saves them."), false)
	return m.changed()
}

// reqsConflict reports whether saving the grid now would overwrite its
// file changed on disk since it was read or saved.
func (m *Model) reqsConflict() bool {
	rs := m.ctx.Reqs
	if rs == nil || rs.g == nil || rs.force || !rs.edited() {
		return false
	}
	data, err := pas.ReadRegularFile(rs.path, grid.MaxFileSize)
	if errors.Is(err, fs.ErrNotExist) {
		return false // written again where it was
	}
	return err == nil && sha256.Sum256(data) != rs.disk
}

// saveReqs writes the grid when it changed, before the plan; it reports
// whether the save must stop: an error shown, or a conflict to ask about,
// after which then goes on with the save.
func (m *Model) saveReqs(then tea.Msg) bool {
	rs, c := m.ctx.Reqs, m.ctx
	if rs == nil || rs.g == nil {
		return false
	}
	if m.reqsConflict() {
		m.modes.push(newReqConflictDialog(c, rs.path, then))
		return true
	}
	data := grid.Encode(rs.g)
	if bytes.Equal(data, rs.saved) {
		return false
	}
	if err := pas.WriteFileAtomic(rs.path, data); err != nil {
		c.flash(c.T("Échec de l'enregistrement des exigences, rien n'a été écrit : ", "Saving the requirements failed, nothing was written: ")+saveError(c.Lang, err), true)
		return true
	}
	rs.saved, rs.disk, rs.force = data, sha256.Sum256(data), false
	return false
}

// keepReqEdits keeps the grid's unsaved edits in its recovery file, in a
// command, or removes the file when there are none; seq orders it with
// the plan's.
func (m *Model) keepReqEdits(seq int) func() error {
	rs := m.ctx.Reqs
	if rs == nil || rs.rec == nil || rs.g == nil {
		return func() error { return nil }
	}
	r, saved, snap := rs.rec, rs.saved, rs.snapshot()
	if !m.dirty {
		return func() error { return r.remove(seq) }
	}
	return func() error {
		data := grid.Encode(snap)
		if bytes.Equal(data, saved) {
			return r.remove(seq)
		}
		return r.write(seq, data)
	}
}

// keepReqsNow keeps the grid's unsaved edits at once (a signal, a panic,
// a reload).
func (m *Model) keepReqsNow() error {
	m.recOps++
	return m.keepReqEdits(m.recOps)()
}

// dropReqEdits removes the grid's recovery file (after a save, or edits
// discarded).
func (m *Model) dropReqEdits(seq int) func() error {
	rs := m.ctx.Reqs
	if rs == nil || rs.rec == nil {
		return func() error { return nil }
	}
	r := rs.rec
	return func() error { return r.remove(seq) }
}

// reqFileTime returns when the grid file was last changed, zero when it
// cannot be told.
func reqFileTime(path string) time.Time {
	st, err := os.Stat(path)
	if err != nil {
		return time.Time{}
	}
	return st.ModTime()
}

// reqCheck checks the buyer's grid in the checks' command, after the
// plan's rules (GRID-03 reads their findings).
type reqCheck func(p *pas.Plan, planFindings []pas.Finding) *reqStats

// reqStats is what the checker says of the grid, and pas's proposed
// status of each requirement whose status is not validated yet.
type reqStats struct {
	byID      map[string][]pas.Finding // each requirement's findings, worst first
	file      []pas.Finding            // the grid's as a whole (the buyer's file)
	proposals map[string]grid.Proposal
}

// reqCheck returns the grid's check on a copy of its requirements; nil
// when there is no grid to check.
func (m *Model) reqCheck() reqCheck {
	rs := m.ctx.Reqs
	snap := rs.snapshot()
	if snap == nil {
		return nil
	}
	adv, book, file := rs.adv, rs.book, rs.path
	return func(p *pas.Plan, fs []pas.Finding) *reqStats {
		out := &reqStats{byID: map[string][]pas.Finding{}, proposals: map[string]grid.Proposal{}}
		for _, f := range grid.PlanFindingsOf(adv.Check(snap, p, fs, book), file) {
			if f.Record == "" {
				out.file = append(out.file, f)
				continue
			}
			out.byID[f.Record] = append(out.byID[f.Record], f)
		}
		for _, list := range out.byID {
			sort.SliceStable(list, func(i, j int) bool { return list[i].Severity > list[j].Severity })
		}
		for _, r := range snap.Requirements {
			if r.Status == "" {
				out.proposals[r.ID] = adv.Status(p, r)
			}
		}
		return out
	}
}
