//go:build unix

package pas

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
)

// saveLoopEnv makes the test binary save the plan it names again and
// again through the editor's save, until it is killed (TestKilledSaves).
const saveLoopEnv = "PAS_TEST_SAVE_LOOP"

func TestMain(m *testing.M) {
	if path := os.Getenv(saveLoopEnv); path != "" {
		saveLoop(path)
	}
	os.Exit(m.Run())
}

// The version of a test plan is its other.note ("v12"), which the
// document shows.
func planVersion(p *Plan) int {
	n, _ := strconv.Atoi(strings.TrimPrefix(p.Str(p.Cat.Field("other.note")), "v"))
	return n
}

func withVersion(p *Plan, n int) *Plan {
	q := p.Clone()
	q.Set(q.Cat.Field("other.note"), &Value{Has: true, Str: "v" + strconv.Itoa(n)})
	return q
}

// saveLoop saves ever newer versions of the plan at path, saying "ready"
// before the first.
func saveLoop(path string) {
	p, err := Load(path, testCatalogue())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	fmt.Println("ready")
	for n := planVersion(p) + 1; ; n++ {
		if err := SavePlanAndDocument(path, withVersion(p, n), RenderOptions{}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
	}
}

// killSaveLoop starts a save loop on path and kills it (SIGKILL) after
// delay once it is under way, then reaps it, so that its process id no
// longer names a live writer. It returns what the loop wrote on stderr.
func killSaveLoop(t *testing.T, path string, delay time.Duration) string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), saveLoopEnv+"="+path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if line, _ := bufio.NewReader(out).ReadString('\n'); line != "ready\n" {
		_ = cmd.Wait()
		t.Fatalf("the save loop did not start: %q %s", line, stderr.String())
	}
	time.Sleep(delay) // the random moment of the kill
	_ = cmd.Process.Signal(syscall.SIGKILL)
	_ = cmd.Wait()
	return stderr.String()
}

// memoryDir returns a new directory in memory (/dev/shm) where there is
// one, else a temporary directory: a kill tests what a process leaves,
// not what a power cut does, and syncing to a disk would make the
// hundreds of saves take many seconds.
func memoryDir(t *testing.T) string {
	t.Helper()
	if dir, err := os.MkdirTemp("/dev/shm", "pas-kill-"); err == nil {
		t.Cleanup(func() { _ = os.RemoveAll(dir) })
		return dir
	}
	return t.TempDir()
}

// TestKilledSaves kills the editor's save at random moments, hundreds of
// times: plan.yaml always loads, plan.md is the rendering of the same
// version or of the one before (the plan is never older than its
// document), and the next save leaves no temporary file behind.
// PAS_KILL_SEED replays a run.
func TestKilledSaves(t *testing.T) {
	seed := uint64(20261123)
	if s := os.Getenv("PAS_KILL_SEED"); s != "" {
		seed, _ = strconv.ParseUint(s, 10, 64)
	}
	t.Logf("kill moments seeded with %d (PAS_KILL_SEED)", seed)
	rng := rand.New(rand.NewPCG(seed, 2))
	cat := testCatalogue()
	dir := memoryDir(t)
	path, doc := filepath.Join(dir, "plan.yaml"), filepath.Join(dir, "plan.md")
	base, err := Decode([]byte(fullYAML), path, cat)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now() // kill moments spread over two saves
	for v := 0; v < 5; v++ {
		if err := SavePlanAndDocument(path, withVersion(base, v), RenderOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	span := 2 * time.Since(start) / 5
	rounds := 150
	if testing.Short() {
		rounds = 40
	}
	kinds := map[string]int{}
	for i := 1; i <= rounds; i++ {
		if failed := killSaveLoop(t, path, time.Duration(rng.Int64N(int64(span)))); strings.TrimSpace(failed) != "" {
			t.Fatalf("round %d: the save failed: %s", i, failed)
		}
		p, err := Load(path, cat)
		if err != nil {
			t.Fatalf("round %d: plan.yaml does not load: %v", i, err)
		}
		v := planVersion(p)
		md, _ := os.ReadFile(doc)
		switch {
		case bytes.Equal(md, Render(withVersion(base, v), RenderOptions{})):
			kinds["same version"]++
		case bytes.Equal(md, Render(withVersion(base, v-1), RenderOptions{})):
			kinds["document one version behind"]++
		default:
			t.Fatalf("round %d: plan.md is neither version %d of the plan nor the one before", i, v)
		}
		if err := SavePlanAndDocument(path, withVersion(base, v+1), RenderOptions{}); err != nil {
			t.Fatal(err)
		}
		if left := tempFiles(t, dir); len(left) > 0 {
			t.Fatalf("round %d: temporary files survive the next save: %v", i, left)
		}
	}
	t.Logf("%d killed save loops (kill moments within %v): %v", rounds, span, kinds)
}
