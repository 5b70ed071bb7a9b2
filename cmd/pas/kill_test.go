//go:build unix

package main

import (
	"bufio"
	"bytes"
	"fmt"
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

// The test binary doubles as the programs the kill tests kill: with
// asPasEnv set it is pas itself (the command line in its arguments); with
// saveLoopEnv set it saves the plan it names again and again through the
// editor's save, until it is killed.
const (
	asPasEnv    = "PAS_TEST_AS_PAS"
	saveLoopEnv = "PAS_TEST_SAVE_LOOP"
)

func TestMain(m *testing.M) {
	switch {
	case os.Getenv(asPasEnv) != "":
		os.Exit(run(os.Args[1:], newEnv()))
	case os.Getenv(saveLoopEnv) != "":
		saveLoop(os.Getenv(saveLoopEnv))
	}
	os.Exit(m.Run())
}

// planVersion reads the version a test plan holds in its reference ("PAS-12").
func planVersion(p *pas.Plan) int {
	n, _ := strconv.Atoi(strings.TrimPrefix(p.Str(p.Cat.Field("cover.reference")), "PAS-"))
	return n
}

// withVersion returns a copy of the plan at a version.
func withVersion(p *pas.Plan, n int) *pas.Plan {
	q := p.Clone()
	q.Set(q.Cat.Field("cover.reference"), &pas.Value{Has: true, Str: "PAS-" + strconv.Itoa(n)})
	return q
}

// document is what render and the editor write for a plan.
func document(p *pas.Plan) []byte { return pas.Render(p, pas.RenderOptions{}) }

// saveLoop saves ever newer versions of the plan at path, saying "ready"
// before the first.
func saveLoop(path string) {
	p, err := pas.Load(path, sections.Catalogue())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	fmt.Println("ready")
	for n := planVersion(p) + 1; ; n++ {
		if err := pas.SavePlanAndDocument(path, withVersion(p, n), pas.RenderOptions{}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
	}
}

// killer starts test programs and kills them at random moments drawn
// from a seeded source (PAS_KILL_SEED replays a run).
type killer struct {
	t   *testing.T
	rng *rand.Rand
}

func newKiller(t *testing.T) *killer {
	seed := uint64(20261123)
	if s := os.Getenv("PAS_KILL_SEED"); s != "" {
		seed, _ = strconv.ParseUint(s, 10, 64)
	}
	t.Logf("kill moments seeded with %d (PAS_KILL_SEED)", seed)
	return &killer{t: t, rng: rand.New(rand.NewPCG(seed, 1))}
}

// start starts the test binary in dir with an environment variable set.
// With ready, it waits for the program to say "ready" first.
func (k *killer) start(dir, env string, ready bool, args ...string) (*exec.Cmd, *bytes.Buffer) {
	k.t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Dir, cmd.Env = dir, append(os.Environ(), env)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		k.t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		k.t.Fatal(err)
	}
	if !ready {
		return cmd, &stderr
	}
	if line, _ := bufio.NewReader(out).ReadString('\n'); line != "ready\n" {
		_ = cmd.Wait()
		k.t.Fatalf("%s did not start: %q %s", env, line, stderr.String())
	}
	return cmd, &stderr
}

// killWithin kills a program at a random moment of the next span, and
// reaps it (so that its process id no longer names a live writer).
func (k *killer) killWithin(cmd *exec.Cmd, span time.Duration) {
	time.Sleep(time.Duration(k.rng.Int64N(int64(span)) + 1))
	_ = cmd.Process.Signal(syscall.SIGKILL)
	_ = cmd.Wait()
}

// requireNoTemporaryFiles fails when a temporary file is left in dir.
func requireNoTemporaryFiles(t *testing.T, dir string, round int) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Fatalf("round %d: a temporary file survives the next write: %s", round, e.Name())
		}
	}
}

// killRounds is how many times each kill test kills.
func killRounds() int {
	if testing.Short() {
		return 40
	}
	return 120
}

// killPlan writes a small plan at version 0 in a new directory: small,
// so that hundreds of kills take seconds.
func killPlan(t *testing.T) (dir, path string, base *pas.Plan) {
	dir = t.TempDir()
	path = filepath.Join(dir, "plan.yaml")
	base, err := pas.Decode([]byte(twoAPlan), path, sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	if err := pas.SavePlanAndDocument(path, withVersion(base, 0), pas.RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	return dir, path, base
}

// TestKilledRenders kills "pas render" at random moments, hundreds of
// times, each time over a document one version behind its plan: the
// document is always the old rendering or the new one, never a part, and
// the next render leaves no temporary file behind.
func TestKilledRenders(t *testing.T) {
	k := newKiller(t)
	dir, path, base := killPlan(t)
	span := time.Hour // the fastest of three whole runs spans the kill moments
	for range 3 {
		start := time.Now()
		cmd, _ := k.start(dir, asPasEnv+"=1", false, "render", "plan.yaml")
		if err := cmd.Wait(); err != nil {
			t.Fatal(err)
		}
		span = min(span, time.Since(start))
	}
	kinds := map[string]int{}
	for i := 1; i <= killRounds(); i++ {
		if err := pas.WriteFileAtomic(path, pas.Encode(withVersion(base, i))); err != nil {
			t.Fatal(err)
		}
		cmd, stderr := k.start(dir, asPasEnv+"=1", false, "render", "plan.yaml")
		k.killWithin(cmd, span)
		md, err := os.ReadFile(filepath.Join(dir, "plan.md"))
		switch {
		case err != nil:
			t.Fatalf("round %d: %v", i, err)
		case bytes.Equal(md, document(withVersion(base, i-1))):
			kinds["old"]++
		case bytes.Equal(md, document(withVersion(base, i))):
			kinds["new"]++
		default:
			t.Fatalf("round %d: plan.md is neither version %d nor %d (%s)", i, i-1, i, stderr)
		}
		if code, _, errOut := runCLI(t, dir, "render", "plan.yaml"); code != 0 {
			t.Fatal(errOut)
		}
		requireNoTemporaryFiles(t, dir, i)
	}
	t.Logf("%d killed renders (kill moments within %v): %v", killRounds(), span, kinds)
}

// TestKilledSaves kills the editor's save at random moments, hundreds of
// times: plan.yaml always loads, plan.md is the rendering of the same
// version or of the one before (the plan is never older than its
// document), and the next save leaves no temporary file behind.
func TestKilledSaves(t *testing.T) {
	k := newKiller(t)
	dir, path, base := killPlan(t)
	start := time.Now() // kill moments spread over two saves
	for v := 1; v <= 5; v++ {
		if err := pas.SavePlanAndDocument(path, withVersion(base, v), pas.RenderOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	span := 2 * time.Since(start) / 5
	kinds := map[string]int{}
	for i := 1; i <= killRounds(); i++ {
		cmd, stderr := k.start(dir, saveLoopEnv+"="+path, true, "-test.run=^$")
		k.killWithin(cmd, span)
		if strings.TrimSpace(stderr.String()) != "" {
			t.Fatalf("round %d: the save failed: %s", i, stderr)
		}
		p, err := pas.Load(path, sections.Catalogue())
		if err != nil {
			t.Fatalf("round %d: plan.yaml does not load: %v", i, err)
		}
		v := planVersion(p)
		md, _ := os.ReadFile(filepath.Join(dir, "plan.md"))
		switch {
		case bytes.Equal(md, document(withVersion(base, v))):
			kinds["same version"]++
		case bytes.Equal(md, document(withVersion(base, v-1))):
			kinds["document one version behind"]++
		default:
			t.Fatalf("round %d: plan.md is neither version %d of the plan nor the one before", i, v)
		}
		if err := pas.SavePlanAndDocument(path, withVersion(base, v+1), pas.RenderOptions{}); err != nil {
			t.Fatal(err)
		}
		requireNoTemporaryFiles(t, dir, i)
	}
	t.Logf("%d killed save loops (kill moments within %v): %v", killRounds(), span, kinds)
}
