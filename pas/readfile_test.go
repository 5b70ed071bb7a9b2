//go:build unix

package pas

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// mkDevice creates a character device like /dev/null in dir, or skips
// the test where that is not allowed (not root, no CAP_MKNOD).
func mkDevice(t *testing.T, dir string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("creating a device node needs root")
	}
	path := filepath.Join(dir, "dev")
	if err := syscall.Mknod(path, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
		t.Skipf("mknod: %v", err)
	}
	return path
}

// mkFifo creates a named pipe in dir.
func mkFifo(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// withinSeconds fails the test if fn blocks: a refusal must not wait.
func withinSeconds(t *testing.T, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { fn(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("blocked instead of refusing")
	}
}

// TestLoadRefusesWhatIsNotAPlanFile: only a regular file of at most
// MaxPlanSize bytes is read; anything else is refused at once, with a
// plain reason in both languages.
func TestLoadRefusesWhatIsNotAPlanFile(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, []byte("schema_version: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, MaxPlanSize+1); err != nil { // sparse: costs no disk
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.yaml")
	if err := os.Symlink(big, link); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, path, want string }{
		{"fifo", mkFifo(t, dir), "it is a named pipe (fifo); pas reads regular files only"},
		{"directory", dir, "it is a directory; pas reads regular files only"},
		{"too large", big, "file too large (16777217 bytes): pas reads files of at most 16 MiB"},
		{"too large through a link", link, "file too large"},
		{"missing", filepath.Join(dir, "none.yaml"), "no such file"},
		{"dev zero", "/dev/zero", "it is a device"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			withinSeconds(t, func() { _, err = Load(tc.path, loadCat) })
			le, ok := err.(*LoadError)
			if !ok || !strings.Contains(le.Error(), tc.want) {
				t.Fatalf("Load(%s) = %v, want %q", tc.path, err, tc.want)
			}
			if fr := le.Localize(FR); fr == le.Error() {
				t.Errorf("no French message: %s", fr)
			}
		})
	}
	t.Run("device node", func(t *testing.T) {
		dev := mkDevice(t, t.TempDir())
		var err error
		withinSeconds(t, func() { _, err = Load(dev, loadCat) })
		if err == nil || !strings.Contains(err.Error(), "it is a device") {
			t.Errorf("Load(device) = %v", err)
		}
	})
}

// TestReadRegularFileLimit: the read itself stops at the limit.
func TestReadRegularFileLimit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(path, []byte("0123456789"), 0o644); err != nil {
		t.Fatal(err)
	}
	if data, err := ReadRegularFile(path, 10); err != nil || string(data) != "0123456789" {
		t.Errorf("at the limit: %q, %v", data, err)
	}
	_, err := ReadRegularFile(path, 9)
	var fe *FileError
	if !errors.As(err, &fe) || !strings.Contains(fe.Localize(FR), "fichier trop gros (10 o)") {
		t.Errorf("over the limit: %v", err)
	}
}
