package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
)

// scratchGit makes dir a git repository with a fixed identity, isolated
// from the user's and the system's git configuration.
func scratchGit(t *testing.T, dir string) func(args ...string) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	t.Setenv("GIT_CONFIG_GLOBAL", filepath.Join(dir, ".no-global-gitconfig"))
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	t.Setenv("GIT_AUTHOR_DATE", "2026-11-23T10:00:00Z")
	t.Setenv("GIT_COMMITTER_DATE", "2026-11-23T10:00:00Z")
	git := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=Test", "-c", "user.email=test@pas.invalid",
			"-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"}, args...)...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	git("init", "-q")
	return git
}

func TestBaselineWorkflow(t *testing.T) {
	dir := exampleDir(t)
	git := scratchGit(t, dir)
	if err := os.Mkdir(filepath.Join(dir, "std"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(dir, "fr.yaml"), filepath.Join(dir, "std", "pas.yaml")); err != nil {
		t.Fatal(err)
	}
	git("add", "std/pas.yaml")
	git("commit", "-q", "-m", "standard PAS")
	standard, _ := os.ReadFile(filepath.Join(dir, "std", "pas.yaml"))

	if code, _, errOut := runCLI(t, dir, "init", "--from", "std/pas.yaml", "tender/plan.yaml"); code != 0 {
		t.Fatalf("init --from: exit %d: %s", code, errOut)
	}
	tender, _ := os.ReadFile(filepath.Join(dir, "tender", "plan.yaml"))
	want := pas.Modeline + "\nschema_version: 2\nlang: fr\nbaseline:\n  path: ../std/pas.yaml\n  sha256: " + pas.ContentHash(standard) + "\n"
	if !strings.HasPrefix(string(tender), want) {
		t.Fatalf("the tender plan starts:\n%s\nwant:\n%s", string(tender)[:200], want)
	}
	if code, out, _ := runCLI(t, dir, "diff", "std/pas.yaml", "tender/plan.yaml"); code != 0 || out != "" {
		t.Errorf("a fresh copy differs from its standard: exit %d\n%s", code, out)
	}
	check := func() string {
		_, out, _ := runCLI(t, dir, "check", "tender/plan.yaml", "--as-of", "2026-12-01")
		return out
	}
	if out := check(); strings.Contains(out, "BASE-0") {
		t.Errorf("check of an up-to-date copy reports on the baseline:\n%s", out)
	}
	if code, out, _ := runCLI(t, dir, "diff", "--baseline", "tender/plan.yaml"); code != 0 || out != "" {
		t.Errorf("diff --baseline of an unchanged standard: exit %d\n%s", code, out)
	}

	// The standard moves on: a shorter RPO, committed.
	editExample(t, dir, "std/pas.yaml", "std/pas.yaml", func(p *pas.Plan) {
		p.Set(p.Cat.MustField("continuity.bcp.rpo"), &pas.Value{Has: true, Dur: pas.Duration{N: 30, U: pas.Minute}})
	})
	git("commit", "-q", "-am", "standard PAS: RPO 30 min")
	if out := check(); !strings.Contains(out, "BASE-01") || !strings.Contains(out, "../std/pas.yaml") {
		t.Errorf("check does not say that the standard changed:\n%s", out)
	}
	code, out, errOut := runCLI(t, dir, "diff", "--baseline", "tender/plan.yaml")
	if code != 1 || !strings.Contains(out, "RPO (PDMA)\u00a0: 1\u00a0h → 30\u00a0min  [plus strict]") || strings.Count(out, "\n  ") != 1 {
		t.Errorf("diff --baseline: exit %d (%s)\n%s", code, errOut, out)
	}

	// The internal document lists the deviations from the standard as it is now.
	_, internal, _ := runCLI(t, dir, "render", "tender/plan.yaml", "-o", "-", "--audience", "internal", "--as-of", "2026-12-01")
	for _, want := range []string{"Écarts par rapport au PAS standard", "Le PAS standard a changé depuis que ce plan en a été tiré",
		"| 18. Continuité de service, sauvegardes et reprise | Continuité et reprise d'activité (PCA/PRA) — RPO (PDMA) | 30\u00a0min | 1\u00a0h | moins strict |"} {
		if !strings.Contains(internal, want) {
			t.Errorf("the internal document lacks %q", want)
		}
	}
	if _, client, _ := runCLI(t, dir, "render", "tender/plan.yaml", "-o", "-", "--as-of", "2026-12-01"); strings.Contains(client, "Écarts par rapport au PAS standard") {
		t.Error("the client's document lists the deviations")
	}

	// A standard edited outside git: the version of the copy is still found.
	editExample(t, dir, "std/pas.yaml", "std/pas.yaml", func(p *pas.Plan) {
		p.Set(p.Cat.MustField("continuity.bcp.rto"), &pas.Value{Has: true, Dur: pas.Hours(2)})
	})
	if code, out, _ := runCLI(t, dir, "diff", "--baseline", "tender/plan.yaml"); code != 1 || strings.Count(out, "\n  ") != 2 {
		t.Errorf("diff --baseline with an uncommitted standard: exit %d\n%s", code, out)
	}

	// A standard whose history is lost: a plain message, exit 2.
	if err := os.RemoveAll(filepath.Join(dir, ".git")); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCLI(t, dir, "diff", "--baseline", "tender/plan.yaml"); code != 2 || !strings.Contains(errOut, "git") {
		t.Errorf("diff --baseline without history: exit %d, %s", code, errOut)
	}

	// The standard is gone: check says so (info), diff --baseline fails.
	if err := os.Remove(filepath.Join(dir, "std", "pas.yaml")); err != nil {
		t.Fatal(err)
	}
	if out := check(); !strings.Contains(out, "BASE-02") || !strings.Contains(out, "no such file") {
		t.Errorf("check does not say the standard is missing:\n%s", out)
	}
	if code, _, _ := runCLI(t, dir, "diff", "--baseline", "tender/plan.yaml"); code != 2 {
		t.Errorf("diff --baseline with the standard gone: exit %d", code)
	}
	if code, _, errOut := runCLI(t, dir, "diff", "--baseline", "en.yaml"); code != 2 || !strings.Contains(errOut, "no standard PAS") {
		t.Errorf("diff --baseline of a plan without baseline: exit %d, %s", code, errOut)
	}
	if code, _, _ := runCLI(t, dir, "init", "--from", "missing.yaml", "other.yaml"); code != 2 {
		t.Errorf("init --from a missing standard: exit %d", code)
	}
}
