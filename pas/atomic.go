package pas

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// WriteFileAtomic writes data to path so that readers see either the old
// file or the new one, never a part, and refuses what would not be an
// honest write:
//
//   - a symbolic link is followed when it leads to a regular file (the
//     file is replaced, the link kept); a dangling link is refused;
//   - a directory, fifo, device or socket is refused, as is a read-only
//     file (or one the user may not write);
//   - the temporary file is created beside the target (O_EXCL, mode 0666
//     less the umask), then given the existing file's mode (and owner,
//     where allowed), synced and renamed over the target; it is removed
//     on every error. A temporary file a killed writer left for the same
//     target is removed first (see removeStale).
//
// A new file gets 0666 less the umask. Missing directories are not
// created. Errors are *FileError.
func WriteFileAtomic(path string, data []byte) error {
	return writeAtomic(path, data, "")
}

// WriteDocument writes a document produced from the plan at planPath, as
// WriteFileAtomic does, except that a new document gets no more
// permissions than its plan (its owner keeps the right to write it): the
// annex of a plan only its owner may read is only readable by its owner.
// An existing document keeps its own mode.
func WriteDocument(path string, data []byte, planPath string) error {
	return writeAtomic(path, data, planPath)
}

// SavePlanAndDocument saves a plan and the Markdown document rendered
// from it, the plan first: if the writer is killed in between, the
// source of truth holds the edit and the document is merely stale (pas
// render --check tells), never the reverse. Both targets are checked
// before anything is written. This is the one save of the editor.
func SavePlanAndDocument(planPath string, p *Plan, opts RenderOptions) error {
	docPath := MarkdownPath(planPath)
	for _, path := range []string{planPath, docPath} {
		if _, _, err := writeTarget(path); err != nil {
			return err
		}
	}
	if err := WriteFileAtomic(planPath, Marshal(p)); err != nil {
		return err
	}
	if err := WriteDocument(docPath, Render(p, opts), planPath); err != nil {
		return &DocumentError{err}
	}
	return nil
}

// DocumentError is a save whose plan was written but whose document was
// not.
type DocumentError struct{ Err error }

func (e *DocumentError) Error() string { return e.Err.Error() }

// Unwrap returns the write's error.
func (e *DocumentError) Unwrap() error { return e.Err }

// writeAtomic is WriteFileAtomic; capFrom, when set, names the file
// whose mode caps a new file's.
func writeAtomic(path string, data []byte, capFrom string) (err error) {
	target, old, err := writeTarget(path)
	if err != nil {
		return err
	}
	refuse := func(err error) error { return &FileError{Path: path, Write: true, Msg: sysText(err), Err: err} }
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	removeStale(dir, base, time.Now())
	f, err := createTemp(dir, base)
	if err != nil {
		return refuse(err)
	}
	name := f.Name()
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(name)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return refuse(err)
	}
	if err = f.Chmod(modeFor(f, old, capFrom)); err != nil {
		return refuse(err)
	}
	if old != nil {
		keepOwner(f, old)
	}
	if err = f.Sync(); err != nil {
		return refuse(err)
	}
	if err = f.Close(); err != nil {
		return refuse(err)
	}
	if err = os.Rename(name, target); err != nil {
		return refuse(err)
	}
	if d, derr := os.Open(dir); derr == nil { // persist the rename; best effort
		_ = d.Sync()
		_ = d.Close()
	}
	return nil
}

// writeTarget resolves the file a write replaces: path itself, or the
// regular file a symbolic link leads to. It returns that file's info,
// nil for a new file, or a *FileError saying why path is not writable.
func writeTarget(path string) (string, os.FileInfo, error) {
	refuse := func(msg Text, err error) error { return &FileError{Path: path, Write: true, Msg: msg, Err: err} }
	lst, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if st, derr := os.Stat(filepath.Dir(path)); derr != nil || !st.IsDir() {
			return "", nil, refuse(Textf("le répertoire %s n'existe pas", "directory %s does not exist", filepath.Dir(path)), derr)
		}
		return path, nil, nil
	case err != nil:
		return "", nil, refuse(sysText(err), err)
	}
	target := path
	if lst.Mode()&fs.ModeSymlink != 0 {
		real, err := filepath.EvalSymlinks(path)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", nil, refuse(sysText(err), err)
		}
		if err != nil {
			dest, _ := os.Readlink(path)
			return "", nil, refuse(Textf("lien symbolique vers %s, qui n'existe pas : pas ne crée pas la cible d'un lien",
				"symbolic link to %s, which does not exist: pas does not create a link's target", dest), err)
		}
		target = real
	}
	st, err := os.Stat(target)
	if err != nil {
		return "", nil, refuse(sysText(err), err)
	}
	if !st.Mode().IsRegular() {
		return "", nil, refuse(Textf("%s ; pas n'écrit que des fichiers ordinaires (« -o - » écrit sur la sortie standard)",
			"%s; pas writes regular files only (\"-o -\" writes to standard output)", kindText(st.Mode())), nil)
	}
	if st.Mode().Perm()&0o222 == 0 {
		return "", nil, refuse(T("fichier en lecture seule : rendez-le modifiable ou choisissez un autre fichier",
			"read-only file: make it writable or choose another file"), nil)
	}
	f, err := os.OpenFile(target, os.O_WRONLY|openNonblock, 0) // may this user write it?
	if err != nil {
		return "", nil, refuse(sysText(err), err)
	}
	_ = f.Close()
	return target, st, nil
}

// modeFor returns the mode of the written file: the replaced file's, or
// for a new file the mode it was created with (0666 less the umask),
// capped by the file capFrom names, if any.
func modeFor(f *os.File, old os.FileInfo, capFrom string) fs.FileMode {
	if old != nil {
		return old.Mode().Perm()
	}
	mode := fs.FileMode(0o600)
	if st, err := f.Stat(); err == nil {
		mode = st.Mode().Perm()
	}
	if capFrom != "" {
		if st, err := os.Stat(capFrom); err == nil {
			mode &= st.Mode().Perm() | 0o200
		}
	}
	return mode
}

// maxTempBase bounds the part of the target's name a temporary file's
// name repeats, so that the name stays within file system limits.
const maxTempBase = 160

// tempPrefix is how the temporary files of a target's writes start:
// ".plan.md.tmp-". The writer's process id and a random part follow.
func tempPrefix(base string) string {
	if len(base) > maxTempBase {
		cut := maxTempBase
		for cut > 0 && base[cut]&0xC0 == 0x80 { // not inside a character
			cut--
		}
		base = base[:cut]
	}
	return "." + base + ".tmp-"
}

// createTemp creates a new temporary file for a target, with O_EXCL and
// mode 0666 (the kernel applies the umask).
func createTemp(dir, base string) (*os.File, error) {
	prefix := tempPrefix(base) + strconv.Itoa(os.Getpid()) + "-"
	for try := 0; ; try++ {
		var r [6]byte
		_, _ = rand.Read(r[:])
		f, err := os.OpenFile(filepath.Join(dir, prefix+hex.EncodeToString(r[:])), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if err == nil || !errors.Is(err, fs.ErrExist) || try == 10 {
			return f, err
		}
	}
}

// staleAge is the age after which a temporary file is removed whoever
// wrote it: a write takes milliseconds, so an hour-old one is left over
// (by a process whose id was since reused, or another machine's).
const staleAge = time.Hour

// removeStale removes the temporary files earlier writes of the same
// target left behind when they were killed: those whose writer (the
// process id in the name) no longer runs, and any older than staleAge.
// A live writer's file is left alone. Failures are ignored: this is
// cleaning, not the write.
func removeStale(dir, base string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := tempPrefix(base)
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || !e.Type().IsRegular() {
			continue
		}
		pidText, _, hasPID := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidText)
		dead := hasPID && err == nil && pid > 0 && pid != os.Getpid() && !alive(pid)
		info, ierr := e.Info()
		if dead || (ierr == nil && now.Sub(info.ModTime()) > staleAge) {
			_ = os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
