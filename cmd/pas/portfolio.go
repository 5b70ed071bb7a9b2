package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/pas-editor/pas/pas"
)

// A portfolio is several plans, given as files or found in directories:
// pas check and pas impact read them in parallel, sharing each facts
// library they name.

// planFiles expands the command's arguments: a file is taken as given, a
// directory is searched (hidden directories aside) for the YAML files that
// are plans. Files come in the order given, those of a directory in path
// order.
func planFiles(args []string) ([]string, error) {
	var out []string
	for _, arg := range args {
		st, err := os.Stat(arg)
		if err != nil || !st.IsDir() {
			out = append(out, arg) // loading says what is wrong with it
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			hidden := p != arg && strings.HasPrefix(e.Name(), ".")
			switch {
			case e.IsDir() && (hidden || e.Name() == "node_modules"):
				return filepath.SkipDir
			case !e.IsDir() && !hidden && pas.IsYAMLName(e.Name()) && looksLikePlan(p):
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, usageErr("%s : %v", "%s: %v", arg, unwrapPath(err))
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

var planVersionLine = regexp.MustCompile(`(?m)^schema_version:`)

// looksLikePlan reports whether a YAML file holds a plan: a top-level
// schema_version key, at the start of a line (a facts library has
// facts_version instead).
func looksLikePlan(path string) bool {
	data, err := os.ReadFile(path)
	return err == nil && planVersionLine.Match(data)
}

// loaded is one plan of a portfolio as loaded, or why it does not load.
type loaded struct {
	path string
	plan *pas.Plan
	err  error
}

// forEachPlan loads plans in parallel with one loader, so that a library
// shared by the plans is read once, and turns each into a result with
// work. Results come in the order of paths; work may drop the plan it is
// given once done with it.
func forEachPlan[T any](cat *pas.Catalogue, paths []string, load func(l *pas.Loader, path string) (*pas.Plan, error), work func(l *pas.Loader, r *loaded) T) []T {
	out := make([]T, len(paths))
	l := pas.NewLoader(cat)
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(paths)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				r := &loaded{path: paths[i]}
				r.plan, r.err = load(l, paths[i])
				out[i] = work(l, r)
			}
		}()
	}
	for i := range paths {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}
