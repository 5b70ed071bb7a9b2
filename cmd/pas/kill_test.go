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

// TestKilledRenders kills "pas render" at random moments, a hundred
// times, each time over a document one version behind its plan: the
// document is always the old rendering or the new one, never a part, and
// the next render leaves no temporary file behind.
func TestKilledRenders(t *testing.T) {
	rng := rand.New(rand.NewPCG(killSeed(t), 1))
	dir := t.TempDir()
	path, doc := filepath.Join(dir, "plan.yaml"), filepath.Join(dir, "plan.md")
	base, err := pas.Decode([]byte(twoAPlan), path, sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	must(t, pas.SavePlanAndDocument(path, withVersion(base, 0), pas.RenderOptions{}))
	span := time.Hour // the fastest of three whole runs spans the kill moments
	for range 3 {
		start := time.Now()
		must(t, startPas(t, dir, "render", "plan.yaml").Wait())
		span = min(span, time.Since(start))
	}
	rounds := 100
	if testing.Short() {
		rounds = 30
	}
	kinds := map[string]int{}
	for i := 1; i <= rounds; i++ {
		must(t, pas.WriteFileAtomic(path, pas.Encode(withVersion(base, i))))
		cmd := startPas(t, dir, "render", "plan.yaml")
		time.Sleep(span/3 + time.Duration(rng.Int64N(int64(span*2/3)))) // a random moment, past the start-up
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait() // reaped: its process id no longer names a live writer
		md, err := os.ReadFile(doc)
		switch {
		case err != nil:
			t.Fatalf("round %d: %v", i, err)
		case bytes.Equal(md, pas.Render(withVersion(base, i-1), pas.RenderOptions{})):
			kinds["old document"]++
		case bytes.Equal(md, pas.Render(withVersion(base, i), pas.RenderOptions{})):
			kinds["new document"]++
		default:
			t.Fatalf("round %d: plan.md is neither version %d nor %d", i, i-1, i)
		}
		if code, _, errOut := runCLI(t, dir, "render", "plan.yaml"); code != 0 {
			t.Fatal(errOut)
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.Contains(e.Name(), ".tmp-") {
				t.Fatalf("round %d: a temporary file survives the next render: %s", i, e.Name())
			}
		}
	}
	t.Logf("%d killed renders (kill moments within %v): %v", rounds, span, kinds)
}

// TestKilledPlanWrites kills "pas fmt" at random moments while it
// rewrites a plan into canonical form (every command that writes a plan
// goes through the same writer): the plan is always the old file or the
// new one, never a part, it always loads, and no temporary file stays.
func TestKilledPlanWrites(t *testing.T) {
	rng := rand.New(rand.NewPCG(killSeed(t), 2))
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.yaml")
	base, err := pas.Decode([]byte(twoAPlan), path, sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	loose := func(i int) []byte { // not canonical: fmt rewrites it
		return append([]byte("# kept comment\n"), bytes.ReplaceAll(pas.Encode(withVersion(base, i)), []byte("\n"), []byte("\n\n"))...)
	}
	must(t, os.WriteFile(path, loose(0), 0o644))
	span := time.Hour
	for range 3 {
		must(t, os.WriteFile(path, loose(0), 0o644))
		start := time.Now()
		must(t, startPas(t, dir, "fmt", "plan.yaml").Wait())
		span = min(span, time.Since(start))
	}
	rounds := 60
	if testing.Short() {
		rounds = 20
	}
	kinds := map[string]int{}
	for i := 1; i <= rounds; i++ {
		old := loose(i)
		must(t, os.WriteFile(path, old, 0o644))
		cmd := startPas(t, dir, "fmt", "plan.yaml")
		time.Sleep(span/3 + time.Duration(rng.Int64N(int64(span*2/3))))
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("round %d: %v", i, err)
		}
		switch {
		case bytes.Equal(data, old):
			kinds["old file"]++
		default:
			p, err := pas.Decode(data, path, sections.Catalogue())
			if err != nil || !bytes.HasPrefix(data, []byte("# kept comment\n")) || p.Str(p.Cat.Field("cover.reference")) != "PAS-"+strconv.Itoa(i) {
				t.Fatalf("round %d: plan.yaml is neither the old file nor the formatted one (%v):\n%s", i, err, data)
			}
			kinds["formatted file"]++
		}
		if code, _, errOut := runCLI(t, dir, "fmt", "plan.yaml"); code != 0 {
			t.Fatal(errOut)
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.Contains(e.Name(), ".tmp") {
				t.Fatalf("round %d: a temporary file survives the next write: %s", i, e.Name())
			}
		}
	}
	t.Logf("%d killed plan writes (kill moments within %v): %v", rounds, span, kinds)
}
