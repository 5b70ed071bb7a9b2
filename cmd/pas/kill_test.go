//go:build unix

package main

import (
	"bytes"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// asPasEnv makes the test binary pas itself, the command line in its
// arguments: the program TestKilledRenders kills. (The editor's save is
// killed by package pas's TestKilledSaves, in a lighter binary.)
const asPasEnv = "PAS_TEST_AS_PAS"

// withVersion returns a copy of the plan whose reference carries a
// version ("PAS-12"), so that each version renders differently.
func withVersion(p *pas.Plan, n int) *pas.Plan {
	q := p.Clone()
	q.Set(q.Cat.Field("cover.reference"), &pas.Value{Has: true, Str: "PAS-" + strconv.Itoa(n)})
	return q
}

// killSeed seeds the kill moments; PAS_KILL_SEED replays a run.
func killSeed(t *testing.T) uint64 {
	seed := uint64(20261123)
	if s := os.Getenv("PAS_KILL_SEED"); s != "" {
		seed, _ = strconv.ParseUint(s, 10, 64)
	}
	t.Logf("kill moments seeded with %d (PAS_KILL_SEED)", seed)
	return seed
}

// startPas starts the test binary as "pas args..." in dir.
func startPas(t *testing.T, dir string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Dir, cmd.Env = dir, append(os.Environ(), asPasEnv+"=1")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

// killRuns runs "pas args..." in dir rounds times, killing it (SIGKILL)
// at a random moment past its start-up: prepare sets round i up, judge
// names what the kill left (a failure ends the test), then the command
// runs whole and must leave no temporary file. It logs what was found.
func killRuns(t *testing.T, stream uint64, dir string, args []string, rounds int, prepare func(i int), judge func(i int) string) {
	t.Helper()
	rng := rand.New(rand.NewPCG(killSeed(t), stream))
	prepare(0)
	span := time.Hour // the fastest of three whole runs spans the kill moments
	for range 3 {
		prepare(0)
		start := time.Now()
		must(t, startPas(t, dir, args...).Wait())
		span = min(span, time.Since(start))
	}
	if testing.Short() {
		rounds = max(rounds/3, 20)
	}
	kinds := map[string]int{}
	for i := 1; i <= rounds; i++ {
		prepare(i)
		cmd := startPas(t, dir, args...)
		time.Sleep(span/3 + time.Duration(rng.Int64N(int64(span*2/3)))) // a random moment, past the start-up
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait() // reaped: its process id no longer names a live writer
		kinds[judge(i)]++
		if code, _, errOut := runCLI(t, dir, args...); code != 0 {
			t.Fatal(errOut)
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.Contains(e.Name(), ".tmp") {
				t.Fatalf("round %d: a temporary file survives the next run: %s", i, e.Name())
			}
		}
	}
	t.Logf("%d killed runs of pas %s (kill moments within %v): %v", rounds, strings.Join(args, " "), span, kinds)
}

// TestKilledRenders kills "pas render" at random moments, a hundred
// times, each time over a document one version behind its plan: the
// document is always the old rendering or the new one, never a part, and
// the next render leaves no temporary file behind.
func TestKilledRenders(t *testing.T) {
	dir := t.TempDir()
	path, doc := filepath.Join(dir, "plan.yaml"), filepath.Join(dir, "plan.md")
	base, err := pas.Decode([]byte(twoAPlan), path, sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	must(t, pas.SavePlanAndDocument(path, withVersion(base, 0), pas.RenderOptions{}))
	killRuns(t, 1, dir, []string{"render", "plan.yaml"}, 100, func(i int) {
		if i > 0 {
			must(t, pas.WriteFileAtomic(path, pas.Encode(withVersion(base, i))))
		}
	}, func(i int) string {
		md, err := os.ReadFile(doc)
		switch {
		case err != nil:
			t.Fatalf("round %d: %v", i, err)
		case bytes.Equal(md, pas.Render(withVersion(base, i-1), pas.RenderOptions{})):
			return "old document"
		case bytes.Equal(md, pas.Render(withVersion(base, i), pas.RenderOptions{})):
			return "new document"
		}
		t.Fatalf("round %d: plan.md is neither version %d nor %d", i, i-1, i)
		return ""
	})
}

// TestKilledPlanWrites kills "pas fmt" at random moments while it
// rewrites a plan into canonical form (every command that writes a plan
// goes through the same writer): the plan is always the old file or the
// new one, never a part, it always loads, and no temporary file stays.
func TestKilledPlanWrites(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.yaml")
	base, err := pas.Decode([]byte(twoAPlan), path, sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	loose := func(i int) []byte { // not canonical: fmt rewrites it
		return append([]byte("# kept comment\n"), bytes.ReplaceAll(pas.Encode(withVersion(base, i)), []byte("\n"), []byte("\n\n"))...)
	}
	killRuns(t, 2, dir, []string{"fmt", "plan.yaml"}, 60, func(i int) {
		must(t, os.WriteFile(path, loose(i), 0o644))
	}, func(i int) string {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("round %d: %v", i, err)
		}
		if bytes.Equal(data, loose(i)) {
			return "old file"
		}
		p, err := pas.Decode(data, path, sections.Catalogue())
		if err != nil || !bytes.HasPrefix(data, []byte("# kept comment\n")) || p.Str(p.Cat.Field("cover.reference")) != "PAS-"+strconv.Itoa(i) {
			t.Fatalf("round %d: plan.yaml is neither the old file nor the formatted one (%v):\n%s", i, err, data)
		}
		return "formatted file"
	})
}
