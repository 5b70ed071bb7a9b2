package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// pasRepo makes a scratch repository whose plan.yaml is the English
// example, with pas as merge driver and textconv, configured as the
// README says.
func pasRepo(t *testing.T) (dir string, git func(args ...string) string, gitCode func(args ...string) (int, string)) {
	t.Helper()
	dir = exampleDir(t)
	git = scratchGit(t, dir)
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv(asPasEnv, "1")
	t.Setenv("LANG", "C.UTF-8")
	git("config", "merge.pas.name", "pas plan merge")
	git("config", "merge.pas.driver", self+" merge %O %A %B %P")
	git("config", "diff.pas.textconv", self+" diff --textconv")
	git("config", "diff.pas.xfuncname", "^## .*$")
	write(t, dir, ".gitattributes", "*.yaml merge=pas diff=pas\n")
	if err := os.Rename(filepath.Join(dir, "en.yaml"), filepath.Join(dir, "plan.yaml")); err != nil {
		t.Fatal(err)
	}
	git("add", ".gitattributes", "plan.yaml")
	git("commit", "-q", "-m", "standard PAS")
	gitCode = func(args ...string) (int, string) {
		cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=Test", "-c", "user.email=test@pas.invalid"}, args...)...)
		out, err := cmd.CombinedOutput()
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode(), string(out)
		} else if err != nil {
			t.Fatal(err)
		}
		return 0, string(out)
	}
	return dir, git, gitCode
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// branch commits an edit of plan.yaml on a new branch from main.
func branch(t *testing.T, dir string, git func(...string) string, name string, edit func(p *pas.Plan)) {
	t.Helper()
	git("checkout", "-q", "-b", name, "main")
	editExample(t, dir, "plan.yaml", "plan.yaml", edit)
	git("commit", "-q", "-am", name)
}

func setRPO(d pas.Duration) func(p *pas.Plan) {
	return func(p *pas.Plan) { p.Set(p.Cat.MustField("continuity.bcp.rpo"), &pas.Value{Has: true, Dur: d}) }
}

func loadPlan(t *testing.T, path string) *pas.Plan {
	t.Helper()
	p, err := pas.Load(path, sections.Catalogue())
	if err != nil {
		data, _ := os.ReadFile(path)
		t.Fatalf("%v\n%s", err, data)
	}
	return p
}

// TestGitMergeDriver: two branches editing different fields of one plan
// merge through git with no conflict; editing the same field gives a
// listed conflict in a plan that still loads, that check reports and
// questions lists.
func TestGitMergeDriver(t *testing.T) {
	dir, git, gitCode := pasRepo(t)
	branch(t, dir, git, "rpo", setRPO(pas.Hours(2)))
	branch(t, dir, git, "sla", func(p *pas.Plan) {
		p.Set(p.Cat.MustField("continuity.sla.availability"), &pas.Value{Has: true, Num: 99.95})
		certs := p.ListOf(p.Cat.MustField("frameworks.certificates"))
		c := certs.Records[0].Clone()
		c.ID = "crt-new"
		certs.Records = append(certs.Records, c)
	})
	if code, out := gitCode("merge", "-q", "--no-edit", "rpo"); code != 0 {
		t.Fatalf("disjoint edits do not merge: exit %d\n%s", code, out)
	}
	p := loadPlan(t, filepath.Join(dir, "plan.yaml"))
	cat := p.Cat
	if p.Get(cat.MustField("continuity.bcp.rpo")).Dur != pas.Hours(2) || p.Get(cat.MustField("continuity.sla.availability")).Num != 99.95 ||
		p.Record(cat.MustField("frameworks.certificates"), "crt-new") == nil || len(p.Conflicts) != 0 {
		t.Errorf("the merge lost an edit:\n%s", pas.Encode(p))
	}
	// git diff goes through textconv: values, not YAML.
	out := git("diff", "main", "HEAD", "--", "plan.yaml")
	for _, want := range []string{"-continuity.bcp.rpo = 1 h\n", "+continuity.bcp.rpo = 2 h\n", "+continuity.sla.availability = 99.95%\n",
		"+frameworks.certificates[crt-new] = “ISO/IEC 27001", "@@ ## 18. Service continuity"} {
		if !strings.Contains(out, want) {
			t.Errorf("git diff lacks %q:\n%s", want, out)
		}
	}

	branch(t, dir, git, "rpo8", setRPO(pas.Hours(8)))
	git("checkout", "-q", "-b", "rpo4", "main")
	editExample(t, dir, "plan.yaml", "plan.yaml", setRPO(pas.Hours(4)))
	git("commit", "-q", "-am", "rpo4")
	code, out := gitCode("merge", "--no-edit", "rpo8")
	if code == 0 || !strings.Contains(out, "CONFLICT") || !strings.Contains(out, "1 conflict in plan.yaml") {
		t.Fatalf("conflicting edits: exit %d\n%s", code, out)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "plan.yaml"))
	if strings.Contains(string(data), "<<<<<<<") {
		t.Fatalf("the merged plan holds text conflict markers:\n%s", data)
	}
	p = loadPlan(t, filepath.Join(dir, "plan.yaml"))
	if len(p.Conflicts) != 1 || p.Conflicts[0].Path != "continuity.bcp.rpo" || pas.Side(p.Conflicts[0].Theirs) != "8h" {
		t.Fatalf("conflicts: %+v", p.Conflicts)
	}
	code, checkOut, _ := runCLI(t, dir, "check", "plan.yaml", "--as-of", "2026-12-01")
	if code != 1 || !strings.Contains(checkOut, "MERGE-01 merge conflict — ours: 4h; theirs: 8h; base: 1h") {
		t.Errorf("check: exit %d\n%s", code, checkOut)
	}
	_, qOut, _ := runCLI(t, dir, "questions", "plan.yaml")
	if !strings.Contains(qOut, "Merge conflicts to resolve\n  - [conflict] continuity.bcp.rpo — ours: 4h; theirs: 8h; base: 1h  plan.yaml:") {
		t.Errorf("questions:\n%s", qOut)
	}
	_, render, _ := runCLI(t, dir, "render", "plan.yaml", "-o", "-")
	if strings.Contains(render, "8h") || strings.Contains(render, "conflict") {
		t.Error("the client's document shows the conflict")
	}
}

// TestMergeFallsBackToText: when a side does not load, pas merge merges
// line by line with git merge-file.
func TestMergeFallsBackToText(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	base := "schema_version: 1\nlang: en\ncover:\n  title: T\n  reference: R\n  status: draft\n  version: \"0.1\"\n"
	write(t, dir, "base.yaml", base)
	write(t, dir, "ours.yaml", strings.Replace(base, "title: T", "title: Ours", 1))
	write(t, dir, "theirs.yaml", strings.Replace(base, "version: \"0.1\"", "version: [0.2", 1))
	code, _, errOut := runCLI(t, dir, "merge", "base.yaml", "ours.yaml", "theirs.yaml", "plan.yaml")
	got, _ := os.ReadFile(filepath.Join(dir, "ours.yaml"))
	if code != 0 || !strings.Contains(errOut, "pas merge: their version of plan.yaml does not load, merging line by line:\ntheirs.yaml:7:") ||
		string(got) != "schema_version: 1\nlang: en\ncover:\n  title: Ours\n  reference: R\n  status: draft\n  version: [0.2\n" {
		t.Errorf("exit %d, %s\n%s", code, errOut, got)
	}
	write(t, dir, "ours.yaml", strings.Replace(base, "version: \"0.1\"", "version: \"0.3\"", 1))
	code, _, _ = runCLI(t, dir, "merge", "base.yaml", "ours.yaml", "theirs.yaml")
	got, _ = os.ReadFile(filepath.Join(dir, "ours.yaml"))
	if code != 1 || !strings.Contains(string(got), "<<<<<<< ours") {
		t.Errorf("overlapping text edits: exit %d\n%s", code, got)
	}
	// textconv of a file with conflict markers writes it as it is.
	code, out, _ := runCLI(t, dir, "diff", "--textconv", "ours.yaml")
	if code != 0 || out != string(got) {
		t.Errorf("textconv of an unloadable file: exit %d\n%s", code, out)
	}
}
