package tui

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// recoveryDelay is how long after the last edit the unsaved plan is kept
// in its recovery file.
const recoveryDelay = time.Second

// recovery is the file that keeps a plan's unsaved edits: the plan as the
// save would write it, in the user's cache directory, readable by the user
// alone, named after the plan's absolute path. Writes run off the UI
// goroutine; each write or removal carries a sequence number and one
// older than the last applied is dropped, so that a slow write never
// brings back a file a save removed.
type recovery struct {
	path string
	mu   sync.Mutex
	last int // sequence number of the last write or removal applied
}

// recoveryDir returns the directory of recovery files: base when given
// (tests), else pas/recovery in the user's cache directory, else, when
// neither XDG_CACHE_HOME nor HOME is set, a directory of the user's own in
// the temporary directory.
func recoveryDir(base string) (string, error) {
	if base != "" {
		return base, nil
	}
	if cache, err := os.UserCacheDir(); err == nil {
		return filepath.Join(cache, "pas", "recovery"), nil
	}
	return filepath.Join(os.TempDir(), fmt.Sprintf("pas-%d", os.Getuid()), "recovery"), nil
}

// newRecovery names the recovery file of a plan; nothing is written yet.
func newRecovery(base, planPath string) (*recovery, error) {
	dir, err := recoveryDir(base)
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(planPath)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256([]byte(abs))
	name := strings.TrimSuffix(filepath.Base(abs), filepath.Ext(abs)) + "-" + hex.EncodeToString(sum[:8]) + ".yaml"
	return &recovery{path: filepath.Join(dir, name)}, nil
}

// ensureDir creates the recovery directory, and its parent pas directory
// in the cache, as private directories.
func (r *recovery) ensureDir() error {
	dir := filepath.Dir(r.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	for _, d := range []string{dir, filepath.Dir(dir)} {
		if err := privateDir(d); err != nil {
			return err
		}
		if filepath.Base(d) != "recovery" {
			break
		}
	}
	return nil
}

// privateDir makes a directory of ours readable by the user alone; it
// refuses a directory that is a link or belongs to someone else.
func privateDir(dir string) error {
	st, err := os.Lstat(dir)
	if err != nil {
		return err
	}
	if !st.IsDir() || !ownedByUs(st) {
		return fmt.Errorf("%s: not a directory of this user", dir)
	}
	if st.Mode().Perm() != 0o700 {
		return os.Chmod(dir, 0o700)
	}
	return nil
}

// write keeps data in the recovery file atomically, readable by the user
// alone, unless a later write or removal was applied already.
func (r *recovery) write(seq int, data []byte) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if seq < r.last {
		return nil
	}
	r.last = seq
	if err := r.ensureDir(); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(r.path), ".recovery-*") // mode 0600
	if err != nil {
		return err
	}
	name := tmp.Name()
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(name, r.path)
	}
	if err != nil {
		_ = os.Remove(name)
	}
	return err
}

// remove deletes the recovery file, unless a later write was applied.
func (r *recovery) remove(seq int) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if seq < r.last {
		return nil
	}
	r.last = seq
	if err := os.Remove(r.path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// kept is a recovery file found when a plan is opened.
type kept struct {
	data  []byte
	mtime time.Time
}

// read returns the recovery file's content, or nil when there is none.
func (r *recovery) read() (*kept, error) {
	st, err := os.Stat(r.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	data, err := pas.ReadRegularFile(r.path, pas.MaxPlanSize)
	if err != nil {
		return nil, err
	}
	return &kept{data, st.ModTime()}, nil
}

// Messages of the recovery file's life.
type (
	recoveryTickMsg struct{ seq int }
	recoveryDoneMsg struct{ err error }
)

// scheduleRecovery asks for the unsaved plan to be kept once edits pause.
func (m *Model) scheduleRecovery() tea.Cmd {
	if m.rec == nil {
		return nil
	}
	m.recSeq++
	return m.ctx.Clock.After(recoveryDelay, recoveryTickMsg{m.recSeq})
}

// keepEdits writes the unsaved plan to its recovery file in a command (the
// plan is copied here, encoded and written there), or removes the file
// when nothing is unsaved any more (undone back to the saved state).
func (m *Model) keepEdits(msg recoveryTickMsg) tea.Cmd {
	if m.rec == nil || msg.seq != m.recSeq {
		return nil
	}
	r := m.rec
	m.recOps++
	seq := m.recOps
	reqs := m.keepReqEdits(seq) // the buyer's grid's, beside it
	if !m.dirty {
		m.recKept = -1
		return func() tea.Msg { return recoveryDoneMsg{errors.Join(r.remove(seq), reqs())} }
	}
	m.recKept = m.ctx.Version
	snapshot := m.ctx.Plan.Clone()
	return func() tea.Msg { return recoveryDoneMsg{errors.Join(r.write(seq, planBytes(snapshot)), reqs())} }
}

// keepEditsNow writes the unsaved plan to its recovery file at once (on a
// signal, a panic, before reloading from disk); it reports where, or why
// not. Nothing is written when nothing is unsaved.
func (m *Model) keepEditsNow() (string, error) {
	if m.rec == nil {
		return "", m.recErr
	}
	if !m.dirty || m.ctx.Plan == nil {
		return "", nil
	}
	// Written again even when a write of this version was scheduled: it
	// runs in a command that may not have run yet when the editor leaves.
	m.recOps++
	if err := m.rec.write(m.recOps, planBytes(m.ctx.Plan)); err != nil {
		return "", err
	}
	if err := m.keepReqsNow(); err != nil {
		return "", err
	}
	m.recKept = m.ctx.Version
	return m.rec.path, nil
}

// dropEdits removes the recovery file (after a save, or edits discarded).
func (m *Model) dropEdits() tea.Cmd {
	if m.rec == nil {
		return nil
	}
	r := m.rec
	m.recOps++
	seq := m.recOps
	m.recKept = -1
	reqs := m.dropReqEdits(seq)
	return func() tea.Msg { return recoveryDoneMsg{errors.Join(r.remove(seq), reqs())} }
}

// forgetKept removes at once a recovery file this session wrote, when
// the editor leaves with nothing unsaved or edits discarded.
func (m *Model) forgetKept() {
	if m.rec == nil || m.recKept < 0 {
		return
	}
	m.recOps++
	_ = m.rec.remove(m.recOps)
	_ = m.dropReqEdits(m.recOps)()
	m.recKept = -1
}

// restore edits the plan kept in the recovery file, unsaved; the file
// stays until the plan is saved.
func (m *Model) restore(p *pas.Plan) tea.Cmd {
	started := m.ed == nil
	cur := 0
	if m.ed != nil {
		cur = m.ed.cur
	}
	if m.opt.Lang == "" && started {
		m.opt.Lang = p.Lang
	}
	m.openPlan(p, true)
	m.ed.selectSection(cur)
	m.ed.layout()
	*m.history = history{}
	m.recKept = m.ctx.Version
	m.ctx.flash(m.ctx.T("Modifications restaurées : ctrl+s les enregistre.", "Edits restored: ctrl+s saves them."), false)
	cmd := m.ed.preview.schedule()
	if started {
		cmd = tea.Batch(cmd, m.watchDisk())
	}
	return cmd
}

// recoveryFailed says in the status bar that edits could not be kept.
func (m *Model) recoveryFailed(err error) {
	if err != nil {
		m.ctx.flash(m.ctx.T("Copie de secours impossible : ", "Recovery copy failed: ")+sanitize(err.Error()), true)
	}
}

// checkKept looks for a recovery file when a plan is opened; it returns
// the offer to make, or nil (a copy identical to the plan is removed).
func (m *Model) checkKept(disk []byte, diskTime time.Time) mode {
	if m.rec == nil {
		return nil
	}
	k, err := m.rec.read()
	if err != nil || k == nil {
		m.recoveryFailed(err)
		return nil
	}
	if disk != nil && string(k.data) == string(disk) {
		m.recOps++
		m.recoveryFailed(m.rec.remove(m.recOps))
		return nil
	}
	return newOffer(m.ctx, offerOpen, k, disk, diskTime, m.rec.path)
}

// decodeKept reads a recovery file's plan, its facts library named from
// the plan file's place.
func decodeKept(c *Context, path string, data []byte) (*pas.Plan, error) {
	return decodePlan(c.Cat, data, path, c.Path)
}
