package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// errNotInRevision says that a library did not exist at a revision.
var errNotInRevision = errors.New("not in this revision")

// gitLibrary reads the files of a facts library (a file or a folder) as
// they were at a git revision; errNotInRevision when it did not exist.
func gitLibrary(path, rev string) ([]pas.LibraryFile, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		data, err := gitShow(filepath.Dir(path), rev, filepath.Base(path))
		if err != nil {
			return nil, err
		}
		return []pas.LibraryFile{{Name: path, Data: data}}, nil
	}
	out, err := exec.Command("git", "-C", path, "ls-tree", "-r", "--name-only", rev, "--", ".").Output()
	if err != nil {
		return nil, gitError(err)
	}
	var files []pas.LibraryFile
	for _, name := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if name == "" || !pas.IsYAMLName(name) || hiddenPath(name) {
			continue
		}
		data, err := gitShow(path, rev, name)
		if err != nil {
			return nil, err
		}
		files = append(files, pas.LibraryFile{Name: filepath.Join(path, filepath.FromSlash(name)), Data: data})
	}
	if len(files) == 0 {
		return nil, errNotInRevision
	}
	return files, nil
}

// gitShow returns a file of dir (name relative to it) at a revision.
func gitShow(dir, rev, name string) ([]byte, error) {
	cmd := exec.Command("git", "-C", dir, "show", rev+":./"+filepath.ToSlash(name))
	out, err := cmd.Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok && (strings.Contains(string(ee.Stderr), "exists on disk, but not in") ||
			strings.Contains(string(ee.Stderr), "does not exist in")) {
			return nil, errNotInRevision
		}
		return nil, gitError(err)
	}
	return out, nil
}

func hiddenPath(name string) bool {
	for _, part := range strings.Split(name, "/") {
		if strings.HasPrefix(part, ".") {
			return true
		}
	}
	return false
}
