package tui

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pas-editor/pas/pas"
)

// keptFile returns the recovery file of a driver's plan, and whether it
// exists.
func keptFile(t *testing.T, d *driver) (string, bool) {
	t.Helper()
	_, err := os.Stat(d.m.rec.path)
	return d.m.rec.path, err == nil
}

// editName changes the shell plan's project name to s.
func editName(d *driver, s string) *driver {
	return d.keys("enter", "enter", "ctrl+u").typeText(s).keys("enter", "esc")
}

// reopen opens the driver's plan again in a new editor, as after a crash;
// an offer of kept edits shows a stable time and file name.
func reopen(t *testing.T, d *driver) *driver {
	t.Helper()
	opt := d.m.opt
	d = newDriver(t, opt, d.m.ctx.Width, d.m.ctx.Height)
	if o, ok := d.m.modes.top().(*offerDialog); ok {
		o.file = "~/.cache/pas/recovery/plan-0123456789abcdef.yaml"
		o.kept.mtime = time.Date(2026, 11, 23, 14, 32, 0, 0, time.Local)
		o.diskTime = o.kept.mtime.Add(-time.Hour)
	}
	return d
}

func TestRecoveryKeepsEditsAMomentAfterTheLastChange(t *testing.T) {
	d := shellDriver(t, pas.EN, 80, 24)
	editName(d, "Kept")
	path, ok := keptFile(t, d)
	if ok {
		t.Fatal("the recovery file is written at once, before edits pause")
	}
	d.advance(recoveryDelay)
	if _, ok = keptFile(t, d); !ok {
		t.Fatal("no recovery file a moment after the last change")
	}
	data, _ := os.ReadFile(path)
	if string(data) != string(planBytes(d.m.ctx.Plan)) {
		t.Errorf("the recovery file is not the plan as the save writes it:\n%s", data)
	}
	st, _ := os.Stat(path)
	dir, _ := os.Stat(filepath.Dir(path))
	if st.Mode().Perm() != 0o600 || dir.Mode().Perm() != 0o700 {
		t.Errorf("modes: file %v, directory %v", st.Mode().Perm(), dir.Mode().Perm())
	}
	if !strings.HasPrefix(filepath.Base(path), "plan-") {
		t.Errorf("name %s", filepath.Base(path))
	}
	d.keys("ctrl+s")
	if _, ok = keptFile(t, d); ok {
		t.Error("a successful save leaves the recovery file")
	}
}

func TestRecoveryOfferedOnReopening(t *testing.T) {
	for _, l := range pas.Langs {
		t.Run(string(l), func(t *testing.T) {
			d := shellDriver(t, l, 80, 24)
			editName(d, "Kept")
			d.advance(recoveryDelay)
			d = reopen(t, d) // as after kill -9
			requireView(t, d)
			t.Run("differences", func(t *testing.T) {
				d.keys("v")
				requireView(t, d)
				d.keys("esc")
			})
			d.keys("r")
			if got := d.m.ctx.Plan.Str(d.m.ctx.Cat.MustField("context.name")); got != "Kept" || !d.m.dirty {
				t.Fatalf("restored name %q, dirty %v", got, d.m.dirty)
			}
			d.keys("ctrl+s")
			if _, ok := keptFile(t, d); ok {
				t.Error("saving the restored edits leaves the recovery file")
			}
			if p, _ := pas.Load("plan.yaml", d.m.ctx.Cat); p.Str(p.Cat.MustField("context.name")) != "Kept" {
				t.Error("the restored edits were not saved")
			}
		})
	}
}

func TestRecoveryDiscarded(t *testing.T) {
	d := shellDriver(t, pas.FR, 80, 24)
	editName(d, "Kept")
	d.advance(recoveryDelay)
	d = reopen(t, d)
	d.keys("d")
	d.mustShow("définitivement perdues")
	d.keys("n")
	if _, ok := keptFile(t, d); !ok || !isOffer(d.m.modes.top()) {
		t.Fatal("answering no to the discard lost the edits or the offer")
	}
	d.keys("d", "o")
	if _, ok := keptFile(t, d); ok {
		t.Error("discarded edits stay in the recovery file")
	}
	if d.m.dirty || d.m.ctx.Plan.Str(d.m.ctx.Cat.MustField("context.name")) == "Kept" {
		t.Error("discarding changed the plan")
	}
	if d = reopen(t, d); isOffer(d.m.modes.top()) {
		t.Error("discarded edits are offered again")
	}
}

func TestRecoveryQuitFromTheOfferKeepsEverything(t *testing.T) {
	d := shellDriver(t, pas.EN, 80, 24)
	editName(d, "Kept")
	d.advance(recoveryDelay)
	d = reopen(t, d)
	d.keys("q")
	if _, ok := keptFile(t, d); !d.quit || !ok {
		t.Fatalf("quit %v, file kept %v", d.quit, ok)
	}
}

func TestRecoveryFollowsUndoAndQuit(t *testing.T) {
	d := shellDriver(t, pas.EN, 80, 24)
	editName(d, "Kept")
	d.advance(recoveryDelay)
	d.keys("u")
	d.advance(recoveryDelay)
	if _, ok := keptFile(t, d); ok {
		t.Error("undone back to the saved plan, the recovery file stays")
	}
	editName(d, "Again")
	d.advance(recoveryDelay)
	d.keys("q", "d") // quit without saving
	if _, ok := keptFile(t, d); ok || !d.quit {
		t.Error("edits discarded on quitting stay in the recovery file")
	}
}

func TestRecoveryIdenticalCopyIsDropped(t *testing.T) {
	d := shellDriver(t, pas.EN, 80, 24)
	editName(d, "Kept")
	d.advance(recoveryDelay)
	if err := os.WriteFile("plan.yaml", planBytes(d.m.ctx.Plan), 0o644); err != nil { // saved elsewhere
		t.Fatal(err)
	}
	d = reopen(t, d)
	if isOffer(d.m.modes.top()) {
		t.Error("a copy identical to the plan is offered")
	}
	if _, ok := keptFile(t, d); ok {
		t.Error("a copy identical to the plan is kept")
	}
}

// A new plan never saved is kept too: reopening offers it over the start
// screen.
func TestRecoveryOfANewPlan(t *testing.T) {
	t.Chdir(t.TempDir())
	opt := options(t, "plan.yaml", pas.EN)
	d := newDriver(t, opt, 80, 24)
	d.keys("enter") // the example
	d.advance(recoveryDelay)
	d = reopen(t, d)
	d.mustShow("Kept edits", "does not exist")
	d.keys("r")
	if d.m.ed == nil || !d.m.dirty || len(d.m.ctx.Plan.Sections) == 0 {
		t.Fatal("the new plan was not restored")
	}
	d.mustShow("Edits restored")
}

// The writes run in commands: one that finishes after a later removal
// (a save) must not bring the file back.
func TestRecoveryWritesKeepTheirOrder(t *testing.T) {
	r, err := newRecovery(t.TempDir(), "plan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := r.write(1, []byte("one")); err != nil {
		t.Fatal(err)
	}
	if err := r.remove(3); err != nil {
		t.Fatal(err)
	}
	if err := r.write(2, []byte("two")); err != nil {
		t.Fatal(err)
	}
	if k, _ := r.read(); k != nil {
		t.Errorf("a late write came back after the removal: %q", k.data)
	}
}

func TestRecoveryDirFallback(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", "")
	t.Setenv("HOME", "")
	dir, err := recoveryDir("")
	if err != nil || !strings.HasPrefix(dir, os.TempDir()) {
		t.Fatalf("fallback %q, %v", dir, err)
	}
	t.Setenv("XDG_CACHE_HOME", "/somewhere")
	if dir, _ := recoveryDir(""); dir != filepath.Join("/somewhere", "pas", "recovery") {
		t.Errorf("cache dir %q", dir)
	}
}

// A recovery directory that is a link (someone else's trap in a shared
// temporary directory) is refused: nothing is written through it.
func TestRecoveryRefusesALinkedDirectory(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "elsewhere")
	if err := os.Mkdir(target, 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(target, link); err != nil {
		t.Skip(err)
	}
	r, _ := newRecovery(link, "plan.yaml")
	if err := r.write(1, []byte("edits")); err == nil {
		t.Fatal("wrote through a link")
	}
	if entries, _ := os.ReadDir(target); len(entries) != 0 {
		t.Errorf("files behind the link: %v", entries)
	}
}

// TestSignalWhileAWriteIsScheduled: a signal arriving after the recovery
// write was scheduled but before its command ran still leaves the edits
// in the recovery file (the editor quits without running that command).
func TestSignalWhileAWriteIsScheduled(t *testing.T) {
	d := shellDriver(t, pas.EN, 80, 24)
	editName(d, "Kept on a signal")
	_ = d.m.keepEdits(recoveryTickMsg{d.m.recSeq}) // scheduled, never run
	d.m.signalled(syscall.SIGTERM)
	path, ok := keptFile(t, d)
	if !ok {
		t.Fatal("no recovery file after the signal")
	}
	if data, _ := os.ReadFile(path); !strings.Contains(string(data), "Kept on a signal") {
		t.Errorf("the recovery file lacks the edit:\n%s", data)
	}
}
