package pas

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// Loader loads plans and resolves the facts libraries they name, reading
// each library once: a portfolio of plans sharing one library reads it
// once. It is safe for concurrent use.
type Loader struct {
	Cat *Catalogue

	mu   sync.Mutex
	libs map[string]*libEntry
}

type libEntry struct {
	once sync.Once
	lib  *Library
	err  error
}

// NewLoader returns a loader for a catalogue.
func NewLoader(cat *Catalogue) *Loader { return &Loader{Cat: cat, libs: map[string]*libEntry{}} }

// Read reads and decodes a plan file without resolving its facts library:
// its records and texts taken from the library hold only what the plan
// itself writes. The merge driver, which sees temporary copies of a plan,
// works on such plans.
func Read(path string, cat *Catalogue) (*Plan, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, &LoadError{File: path, Problems: []Problem{{Msg: readProblem(err)}}}
	}
	return Decode(data, path, cat)
}

// readFile reads a plan or library file: a regular file of at most
// MaxPlanSize bytes (a fifo or a device is refused without blocking).
// Every file pas loads goes through here.
func readFile(path string) ([]byte, error) { return ReadRegularFile(path, MaxPlanSize) }

// readProblem says why a file could not be read.
func readProblem(err error) Text {
	var fe *FileError
	if errors.As(err, &fe) {
		return fe.Msg
	}
	return readText(err)
}

// Load reads, decodes and resolves a plan file; see Plan.Resolve.
func (l *Loader) Load(path string) (*Plan, error) {
	p, err := Read(path, l.Cat)
	if err != nil {
		return nil, err
	}
	if err := l.ResolveFacts(p, path); err != nil {
		return nil, err
	}
	return p, nil
}

// ResolveFacts loads the library of a plan read from path, when it names
// one, and resolves the plan against it. A library that cannot be read or
// loaded is a *LoadError naming the plan's "facts" line and the library's
// own problems; a frozen plan then still loads from what it pinned, the
// problem kept in Facts.Problem for the checks to report.
func (l *Loader) ResolveFacts(p *Plan, path string) error {
	if p.Facts == nil {
		return nil
	}
	file := p.Facts.File(path)
	lib, err := l.Library(file)
	if err != nil {
		le := libraryError(path, p.Facts, file, err)
		if p.Facts.Frozen == nil {
			return le
		}
		p.Facts.Problem = T(le.Localize(FR), le.Localize(EN))
	}
	return p.ResolveLibrary(lib, path)
}

// libraryError says why a plan's library cannot be used, at the plan's
// "facts" line, followed by the library's own problems.
func libraryError(planPath string, f *Facts, file string, err error) *LoadError {
	le := &LoadError{File: planPath}
	head := Problem{Pos: f.Pos}
	var inner *LoadError
	if e, ok := err.(*LoadError); ok {
		inner = e
	}
	if inner != nil && len(inner.Problems) == 1 && inner.Problems[0].Pos == (Pos{}) && inner.Problems[0].File == "" {
		head.Msg = Textf("bibliothèque de faits %s : %s", "facts library %s: %s", file, inner.Problems[0].Msg)
		le.Problems = []Problem{head}
		return le
	}
	head.Msg = Textf("la bibliothèque de faits %s ne se charge pas :", "the facts library %s does not load:", file)
	le.Problems = []Problem{head}
	if inner != nil {
		for _, p := range inner.Problems {
			if p.File == "" {
				p.File = inner.File
			}
			le.Problems = append(le.Problems, p)
		}
	}
	return le
}

// Library returns the library at path (a file or a folder), loading it
// the first time.
func (l *Loader) Library(path string) (*Library, error) {
	key := path
	if abs, err := filepath.Abs(path); err == nil {
		key = abs
	}
	l.mu.Lock()
	if l.libs == nil {
		l.libs = map[string]*libEntry{}
	}
	e := l.libs[key]
	if e == nil {
		e = &libEntry{}
		l.libs[key] = e
	}
	l.mu.Unlock()
	e.once.Do(func() { e.lib, e.err = LoadLibrary(path, l.Cat) })
	return e.lib, e.err
}

// LoadLibrary reads a facts library: one YAML file, or a folder whose
// .yaml and .yml files (sub-folders included, hidden ones excepted) are
// read in the order of their paths. See DecodeLibrary.
func LoadLibrary(path string, cat *Catalogue) (*Library, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, &LoadError{File: path, Problems: []Problem{{Msg: readProblem(err)}}}
	}
	names := []string{path}
	if st.IsDir() {
		if names, err = libraryFiles(path); err != nil {
			return nil, &LoadError{File: path, Problems: []Problem{{Msg: readProblem(err)}}}
		}
		if len(names) == 0 {
			return nil, &LoadError{File: path, Problems: []Problem{{Msg: T("dossier sans fichier .yaml", "folder without any .yaml file")}}}
		}
	}
	var files []LibraryFile
	for _, name := range names {
		data, err := readFile(name)
		if err != nil {
			return nil, &LoadError{File: name, Problems: []Problem{{Msg: readProblem(err)}}}
		}
		files = append(files, LibraryFile{Name: name, Data: data})
	}
	return DecodeLibrary(path, files, cat)
}

// libraryFiles lists the YAML files of a library folder, in path order.
func libraryFiles(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		hidden := p != dir && strings.HasPrefix(e.Name(), ".")
		switch {
		case e.IsDir() && hidden:
			return filepath.SkipDir
		case !e.IsDir() && !hidden && IsYAMLName(e.Name()):
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// IsYAMLName reports whether a file name ends in .yaml or .yml.
func IsYAMLName(name string) bool {
	return strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml")
}

// libraryHash is the fingerprint of a library: the SHA-256 of each file's
// name (relative to the first's folder) and bytes.
func libraryHash(root string, files []LibraryFile) string {
	if len(files) == 1 {
		return ContentHash(files[0].Data)
	}
	h := sha256.New()
	for _, f := range files {
		name := f.Name
		if rel, err := filepath.Rel(root, f.Name); err == nil {
			name = rel
		}
		h.Write([]byte(filepath.ToSlash(name) + "\x00" + ContentHash(f.Data) + "\n"))
	}
	return hex.EncodeToString(h.Sum(nil))
}
