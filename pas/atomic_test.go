//go:build unix

package pas

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// withUmask runs fn under a umask. Tests only: pas itself never sets it.
func withUmask(mask int, fn func()) {
	old := syscall.Umask(mask)
	defer syscall.Umask(old)
	fn()
}

func writeFile(t *testing.T, path, data string, mode fs.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
}

func modeOf(t *testing.T, path string) fs.FileMode {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.Mode().Perm()
}

// tempFiles lists the temporary files left in dir.
func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			out = append(out, e.Name())
		}
	}
	return out
}

// TestWriteModes: a new file gets what the umask leaves of 0666, an
// existing file keeps its mode, and a new document gets no more than its
// plan.
func TestWriteModes(t *testing.T) {
	for _, tc := range []struct {
		name     string
		umask    int
		existing fs.FileMode // 0: a new file
		plan     fs.FileMode // 0: WriteFileAtomic, else WriteDocument beside a plan of this mode
		want     fs.FileMode
	}{
		{"new, umask 022", 0o022, 0, 0, 0o644},
		{"new, umask 077", 0o077, 0, 0, 0o600},
		{"new, umask 002", 0o002, 0, 0, 0o664},
		{"existing 0600 kept under umask 022", 0o022, 0o600, 0, 0o600},
		{"existing 0664 kept under umask 077", 0o077, 0o664, 0, 0o664},
		{"existing 0640 kept", 0o022, 0o640, 0, 0o640},
		{"new document beside a 0600 plan", 0o022, 0, 0o600, 0o600},
		{"new document beside a 0640 plan", 0o022, 0, 0o640, 0o640},
		{"new document beside a 0644 plan, umask 077", 0o077, 0, 0o644, 0o600},
		{"new document beside a read-only plan stays writable by its owner", 0o022, 0, 0o444, 0o644},
		{"existing document keeps its mode whatever the plan", 0o022, 0o644, 0o600, 0o644},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			target, plan := filepath.Join(dir, "plan.md"), filepath.Join(dir, "plan.yaml")
			if tc.existing != 0 {
				writeFile(t, target, "old", tc.existing)
			}
			var err error
			withUmask(tc.umask, func() {
				if tc.plan == 0 {
					err = WriteFileAtomic(target, []byte("new"))
					return
				}
				writeFile(t, plan, "plan", tc.plan)
				err = WriteDocument(target, []byte("new"), plan)
			})
			if err != nil {
				t.Fatal(err)
			}
			if got := modeOf(t, target); got != tc.want {
				t.Errorf("mode %v, want %v", got, tc.want)
			}
			if left := tempFiles(t, dir); len(left) > 0 {
				t.Errorf("temporary files left: %v", left)
			}
		})
	}
}

// TestWriteTargets: what a write may replace, and what it refuses with a
// plain message, leaving everything as it was.
func TestWriteTargets(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup func(t *testing.T, dir string) string // returns the path to write
		want  string                                // "" for success, else part of the message
		check func(t *testing.T, dir, path string)
	}{
		{"regular file", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "out.md")
			writeFile(t, p, "old", 0o644)
			return p
		}, "", func(t *testing.T, dir, path string) { requireContent(t, path, "new") }},
		{"link to a regular file: the file is replaced, the link kept", func(t *testing.T, dir string) string {
			writeFile(t, filepath.Join(dir, "real.md"), "old", 0o600)
			p := filepath.Join(dir, "out.md")
			mustSymlink(t, "real.md", p)
			return p
		}, "", func(t *testing.T, dir, path string) {
			requireContent(t, filepath.Join(dir, "real.md"), "new")
			if st, err := os.Lstat(path); err != nil || st.Mode()&fs.ModeSymlink == 0 {
				t.Error("the link was replaced by a file")
			}
			if m := modeOf(t, filepath.Join(dir, "real.md")); m != 0o600 {
				t.Errorf("the link's target changed mode: %v", m)
			}
		}},
		{"dangling link", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "out.md")
			mustSymlink(t, "gone/real.md", p)
			return p
		}, "symbolic link to gone/real.md, which does not exist", func(t *testing.T, dir, path string) {
			if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
				t.Error("a dangling link's target was created")
			}
			if st, err := os.Lstat(path); err != nil || st.Mode()&fs.ModeSymlink == 0 {
				t.Error("the dangling link was replaced")
			}
		}},
		{"link to a directory", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "out.md")
			mustSymlink(t, ".", p)
			return p
		}, "it is a directory", nil},
		{"directory", func(t *testing.T, dir string) string { return dir }, "it is a directory; pas writes regular files only", nil},
		{"fifo", func(t *testing.T, dir string) string { return mkFifo(t, dir) }, "it is a named pipe (fifo)", func(t *testing.T, dir, path string) {
			if st, err := os.Lstat(path); err != nil || st.Mode()&fs.ModeNamedPipe == 0 {
				t.Error("the fifo was replaced")
			}
		}},
		{"device node", func(t *testing.T, dir string) string { return mkDevice(t, dir) }, "it is a device", func(t *testing.T, dir, path string) {
			if st, err := os.Lstat(path); err != nil || st.Mode()&fs.ModeDevice == 0 {
				t.Error("the device was replaced by a file")
			}
		}},
		{"read-only file", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "out.md")
			writeFile(t, p, "old", 0o444)
			return p
		}, "read-only file", func(t *testing.T, dir, path string) { requireContent(t, path, "old") }},
		{"missing directory", func(t *testing.T, dir string) string { return filepath.Join(dir, "no", "out.md") },
			"directory " + "DIR/no does not exist", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := tc.setup(t, dir)
			var err error
			withinSeconds(t, func() { err = WriteFileAtomic(path, []byte("new")) })
			want := strings.ReplaceAll(tc.want, "DIR", dir)
			switch {
			case want == "" && err != nil:
				t.Fatalf("write failed: %v", err)
			case want != "":
				var fe *FileError
				if !errors.As(err, &fe) || !strings.Contains(err.Error(), want) {
					t.Fatalf("error %v, want %q", err, want)
				}
				if strings.Contains(err.Error(), ".tmp") || fe.Localize(FR) == fe.Localize(EN) {
					t.Errorf("message: %s / %s", err, fe.Localize(FR))
				}
			}
			if tc.check != nil {
				tc.check(t, dir, path)
			}
			if left := tempFiles(t, dir); len(left) > 0 {
				t.Errorf("temporary files left: %v", left)
			}
		})
	}
}

// TestWriteRefusesWhatTheUserMayNotWrite: as another user than root, a
// file the user may not write is refused even where the directory would
// let it be replaced.
func TestWriteRefusesWhatTheUserMayNotWrite(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may write anything; the read-only case covers the mode")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "out.md")
	writeFile(t, p, "old", 0o400)
	if err := WriteFileAtomic(p, []byte("new")); err == nil {
		t.Error("a file the user may not write was replaced")
	}
}

func requireContent(t *testing.T, path, want string) {
	t.Helper()
	if got, err := os.ReadFile(path); err != nil || string(got) != want {
		t.Errorf("%s = %q (%v), want %q", path, got, err, want)
	}
}

func mustSymlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

// deadPID returns the id of a process that has exited.
func deadPID(t *testing.T) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return cmd.Process.Pid
}

// TestRemoveStale: a write removes the temporary files killed writes of
// the same target left, and nothing else.
func TestRemoveStale(t *testing.T) {
	dir := t.TempDir()
	dead, live := strconv.Itoa(deadPID(t)), strconv.Itoa(os.Getppid())
	old := time.Now().Add(-2 * time.Hour)
	files := []struct {
		name    string
		old     bool
		removed bool
	}{
		{".plan.md.tmp-" + dead + "-0a1b2c", false, true},      // its writer was killed
		{".plan.md.tmp-" + live + "-0a1b2c", false, false},     // a live writer's
		{".plan.md.tmp-" + live + "-3d4e5f", true, true},       // hours old: the id was reused
		{".plan.md.tmp-123456789", false, false},               // older pas: kept until old
		{".plan.md.tmp-987654321", true, true},                 // older pas, hours old
		{".other.md.tmp-" + dead + "-0a1b2c", false, false},    // another target's
		{".plan.md.tmp-" + dead + "-x.tmp-1-2", false, true},   // still this target's
		{"plan.md.tmp-" + dead + "-0a1b2c", false, false},      // not a temporary name
		{".plan.md.tmp-" + dead + "-0a1b2c.keep", false, true}, // prefix and dead writer
	}
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		writeFile(t, p, "partial", 0o644)
		if f.old {
			if err := os.Chtimes(p, old, old); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := WriteFileAtomic(filepath.Join(dir, "plan.md"), []byte("new")); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		_, err := os.Stat(filepath.Join(dir, f.name))
		if gone := errors.Is(err, fs.ErrNotExist); gone != f.removed {
			t.Errorf("%s: removed %v, want %v", f.name, gone, f.removed)
		}
	}
}

// TestSavePlanAndDocument: the plan and its document are written
// together, the document no more open than the plan; a document that
// cannot be written is found before the plan is touched.
func TestSavePlanAndDocument(t *testing.T) {
	cat := testCatalogue()
	p, err := Decode([]byte(fullYAML), "plan.yaml", cat)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	plan := filepath.Join(dir, "plan.yaml")
	writeFile(t, plan, "schema_version: 1\n", 0o600)
	withUmask(0o022, func() { err = SavePlanAndDocument(plan, p, RenderOptions{}) })
	if err != nil {
		t.Fatal(err)
	}
	requireContent(t, plan, fullYAML)
	requireContent(t, filepath.Join(dir, "plan.md"), string(Render(p, RenderOptions{})))
	if m := modeOf(t, filepath.Join(dir, "plan.md")); m != 0o600 {
		t.Errorf("document mode %v beside a 0600 plan", m)
	}

	dir = t.TempDir()
	plan = filepath.Join(dir, "plan.yaml")
	writeFile(t, plan, "schema_version: 1\n", 0o644)
	if err := os.Mkdir(filepath.Join(dir, "plan.md"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := SavePlanAndDocument(plan, p, RenderOptions{}); err == nil || !strings.Contains(err.Error(), "plan.md: it is a directory") {
		t.Errorf("error %v", err)
	}
	requireContent(t, plan, "schema_version: 1\n")
}
