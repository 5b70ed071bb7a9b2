package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/sections"
)

// libraryDir writes the library example: company.yaml and
// ght/plan.yaml (submitted, frozen), plus a draft that follows the
// library.
func libraryDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "ght"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, dir, "company.yaml", string(examples.LibraryCompany()))
	write(t, dir, "ght/plan.yaml", string(examples.LibraryPlan()))
	return dir
}

func editFile(t *testing.T, dir, name, old, new string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s does not hold %q", name, old)
	}
	write(t, dir, name, strings.Replace(string(data), old, new, 1))
}

func TestCheckPortfolio(t *testing.T) {
	dir := t.TempDir()
	if err := examples.WritePortfolio(dir, 3, sections.Catalogue()); err != nil {
		t.Fatal(err)
	}
	write(t, dir, "notes.yaml", "title: not a plan\n")
	write(t, dir, "tenders/t002/plan.yaml", strings.Replace(mustRead(t, filepath.Join(dir, "tenders/t002/plan.yaml")), "availability: 99.5", "availability: 99.99", 1))
	code, out, errOut := runCLI(t, dir, "check", ".", "--as-of", "2026-12-01")
	if code != 1 || !strings.Contains(out, "tenders/t002/plan.yaml:") || !strings.Contains(out, "B2B-01") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{"tenders/t001/plan.yaml       0", "tenders/t002/plan.yaml       1", "3 plans: 1 error, 1 warning, 0 notes, 2 waived", "; every plan loads."} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "notes.yaml") || strings.Contains(out, "company.yaml") {
		t.Errorf("a file that is no plan was checked:\n%s", out)
	}
	if err := os.MkdirAll(filepath.Join(dir, "tenders", "t004"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, dir, "tenders/t004/plan.yaml", "schema_version: 2\nnope: 1\n")
	code, out, errOut = runCLI(t, dir, "check", "tenders", "--format", "json", "--as-of", "2026-12-01")
	var rep struct {
		Summary map[string]int
		Plans   []map[string]any
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if code != 2 || rep.Summary["plans"] != 4 || rep.Summary["not_loaded"] != 1 || rep.Summary["error"] != 1 || rep.Plans[3]["error"] == nil {
		t.Errorf("JSON portfolio (exit %d): %+v", code, rep.Summary)
	}
	if !strings.Contains(errOut, "t004/plan.yaml:2:1: unknown top-level key \"nope\"") {
		t.Errorf("the plan that does not load is not reported: %s", errOut)
	}
	code, out, _ = runCLI(t, dir, "check", "tenders/t001/plan.yaml", "tenders/t002/plan.yaml", "--format", "sarif", "--as-of", "2026-12-01")
	if code != 1 || strings.Count(out, `"uri": "tenders/t002/plan.yaml"`) == 0 || !strings.Contains(out, `"uri": "tenders/t001/plan.yaml"`) {
		t.Errorf("SARIF over several plans (exit %d):\n%.400s", code, out)
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestFrozenWithoutLibrary: a frozen plan whose library is gone still
// renders what it pinned; check says the library cannot be read.
func TestFrozenWithoutLibrary(t *testing.T) {
	dir := libraryDir(t)
	if err := os.Remove(filepath.Join(dir, "company.yaml")); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, dir, "render", "ght/plan.yaml", "-o", "-", "--as-of", "2026-12-01")
	want, _ := os.ReadFile(filepath.Join("..", "..", "examples", "fr", "plan.md"))
	if code != 0 || out != string(want) {
		t.Errorf("render of a frozen plan without its library: exit %d %s", code, errOut)
	}
	code, out, _ = runCLI(t, dir, "check", "ght/plan.yaml", "--as-of", "2026-12-01")
	if code != 1 || !strings.Contains(out, "ght/plan.yaml:4:8  error   FACTS-02") || !strings.Contains(out, "no such file; the back-to-back checks against the partners' contracts are not run") {
		t.Errorf("check of a frozen plan without its library: exit %d\n%s", code, out)
	}
}

func TestLibraryErrorsCLI(t *testing.T) {
	dir := libraryDir(t)
	draft := strings.Replace(string(examples.LibraryPlan()), "  status: submitted\n", "  status: draft\n", 1)
	draft = draft[:strings.Index(draft, "\nfrozen:\n")+1]
	write(t, dir, "ght/draft.yaml", draft)
	write(t, dir, "ght/nolib.yaml", strings.Replace(draft, "facts: ../company.yaml", "facts: ../missing.yaml", 1))
	write(t, dir, "ght/unknown.yaml", strings.Replace(draft, "    - use: drv-dij1\n", "    - use: drv-par9\n", 1))
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"draft loads", []string{"check", "ght/draft.yaml", "--as-of", "2026-12-01"}, 0, ""},
		{"missing library", []string{"check", "ght/nolib.yaml"}, 2, "ght/nolib.yaml:4:8: facts library " + filepath.Join("ght", "..", "missing.yaml") + ": no such file"},
		{"missing library fr", []string{"--lang", "fr", "render", "ght/nolib.yaml", "-o", "-"}, 2, "ght/nolib.yaml:4:8: bibliothèque de faits " + filepath.Join("ght", "..", "missing.yaml") + " : fichier introuvable"},
		{"unknown record", []string{"render", "ght/unknown.yaml", "-o", "-"}, 2, "names no record of datacenter.sites in the facts library (../company.yaml)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, dir, tc.args...)
			if code != tc.code || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr:\n%s\nwant %d and %q", code, errOut, tc.code, tc.want)
			}
		})
	}
	before := mustRead(t, filepath.Join(dir, "ght/draft.yaml"))
	editFile(t, dir, "company.yaml", "    availability: 99.95\n", "    availability: 0\n")
	code, _, errOut := runCLI(t, dir, "fmt", "ght/draft.yaml")
	if code != 2 || !strings.Contains(errOut, "company.yaml:") || !strings.Contains(errOut, "commitments[drv-hebergement].availability: an availability of 0% commits to nothing") {
		t.Errorf("impossible partner value: exit %d\n%s", code, errOut)
	}
	if mustRead(t, filepath.Join(dir, "ght/draft.yaml")) != before {
		t.Error("a plan was rewritten although its library does not load")
	}
}

func TestFreezeCommand(t *testing.T) {
	dir := libraryDir(t)
	draft := strings.Replace(string(examples.LibraryPlan()), "  status: submitted\n", "  status: draft\n", 1)
	draft = draft[:strings.Index(draft, "\nfrozen:\n")+1]
	draft = strings.Replace(draft, "    - use: drv\n", "    # the host\n    - use: drv\n", 1)
	write(t, dir, "ght/draft.yaml", draft)
	code, _, errOut := runCLI(t, dir, "freeze", "ght/draft.yaml")
	frozen := mustRead(t, filepath.Join(dir, "ght/draft.yaml"))
	if code != 0 || !strings.Contains(frozen, "\nfrozen:\n  sha256: ") || !strings.Contains(frozen, "    # the host\n    - use: drv\n") || !strings.Contains(errOut, "ght/draft.yaml pinned") {
		t.Fatalf("freeze: exit %d, %s", code, errOut)
	}
	if code, _, errOut = runCLI(t, dir, "freeze", "ght/draft.yaml"); code != 0 || !strings.Contains(errOut, "already pinned") {
		t.Errorf("freeze again: %d %s", code, errOut)
	}
	editFile(t, dir, "company.yaml", "      expiry_date: 2027-10-06\n", "      expiry_date: 2030-10-06\n")
	if code, out, _ := runCLI(t, dir, "render", "ght/draft.yaml", "-o", "-"); code != 0 || strings.Contains(out, "2030") {
		t.Error("a frozen draft follows the library")
	}
	if code, _, _ := runCLI(t, dir, "freeze", "--refresh", "ght/draft.yaml"); code != 0 || !strings.Contains(mustRead(t, filepath.Join(dir, "ght/draft.yaml")), "expiry_date: 2030-10-06") {
		t.Error("--refresh does not re-pin")
	}
	if code, _, _ := runCLI(t, dir, "freeze", "--thaw", "ght/draft.yaml"); code != 0 || strings.Contains(mustRead(t, filepath.Join(dir, "ght/draft.yaml")), "\nfrozen:") {
		t.Error("--thaw keeps the pin")
	}
	if code, _, errOut := runCLI(t, dir, "freeze", "--thaw", "ght/plan.yaml"); code != 2 || !strings.Contains(errOut, "stays pinned") {
		t.Errorf("--thaw of a submitted plan: %d %s", code, errOut)
	}
	write(t, dir, "own.yaml", "schema_version: 1\n")
	if code, _, errOut := runCLI(t, dir, "freeze", "own.yaml"); code != 2 || !strings.Contains(errOut, "names no facts library") {
		t.Errorf("freeze without a library: %d %s", code, errOut)
	}
}

// TestImpact: a change committed in git, then one in the working tree:
// pas impact names the plans, says why, and lists frozen plans as to
// re-issue.
func TestImpact(t *testing.T) {
	dir := libraryDir(t)
	draft := strings.Replace(string(examples.LibraryPlan()), "  status: submitted\n", "  status: draft\n", 1)
	write(t, dir, "ght/draft.yaml", draft[:strings.Index(draft, "\nfrozen:\n")+1])
	git := scratchGit(t, dir)
	git("add", ".")
	git("commit", "-q", "-m", "library")
	code, out, _ := runCLI(t, dir, "impact", "--as-of", "2026-12-01")
	if code != 0 || !strings.Contains(out, "2 plans with a facts library, compared with HEAD: 0 affected") {
		t.Fatalf("no change: exit %d\n%s", code, out)
	}
	editFile(t, dir, "company.yaml", "    availability: 99.95\n", "    availability: 99.8\n")
	code, out, _ = runCLI(t, dir, "impact", "--as-of", "2026-12-01")
	for _, want := range []string{
		"ght/plan.yaml — findings change\n    commitments[drv-hebergement].availability: 99.95% → 99.8%\n    + error B2B-01 continuity.sla.availability:",
		"ght/draft.yaml — findings change",
		"2 affected (0 with a changed document, 0 to re-issue, 2 with changed findings, 0 that do not load)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("impact lacks %q:\n%s", want, out)
		}
	}
	if code != 1 {
		t.Errorf("exit %d", code)
	}
	git("commit", "-q", "-am", "lower")
	editFile(t, dir, "company.yaml", "      expiry_date: 2027-10-06\n", "      expiry_date: 2030-10-06\n")
	code, out, _ = runCLI(t, dir, "impact", "--since", "HEAD~1", "--format", "json", "--as-of", "2026-12-01")
	var rep struct {
		Summary map[string]int
		Plans   []struct {
			File            string
			ToReissue       bool `json:"to_reissue"`
			DocumentChanges bool `json:"document_changes"`
			Changes         []libChange
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if code != 1 || rep.Summary["to_reissue"] != 1 || rep.Summary["document_changes"] != 1 || len(rep.Plans) != 2 {
		t.Fatalf("JSON impact since HEAD~1 (exit %d): %s", code, out)
	}
	for _, p := range rep.Plans {
		if len(p.Changes) != 1 || p.Changes[0].Path != "frameworks.certificates[crt-drv-hds]" || p.Changes[0].Fields[0].After != "6 October 2030" {
			t.Errorf("%s: changes %+v", p.File, p.Changes)
		}
	}
	// A record removed from the library: the plans that use it no longer load.
	editFile(t, dir, "company.yaml", "    - id: vgs-soc\n", "    - id: vgs-soc-2\n")
	code, out, _ = runCLI(t, dir, "--lang", "fr", "impact", "ght", "--facts", "company.yaml", "--as-of", "2026-12-01")
	if code != 1 || !strings.Contains(out, "ght/draft.yaml — ne se charge plus avec la bibliothèque") {
		t.Errorf("removed record (exit %d):\n%s", code, out)
	}
	if code, out, _ := runCLI(t, dir, "impact", "--facts", "other.yaml"); code != 0 || !strings.Contains(out, "0 plans with a facts library") {
		t.Errorf("--facts of another library: %d %s", code, out)
	}
}

func TestInitFromAndMergeWithLibrary(t *testing.T) {
	dir := libraryDir(t)
	code, _, errOut := runCLI(t, dir, "init", "--from", "ght/plan.yaml", "tenders/new/plan.yaml")
	if code != 0 {
		t.Fatalf("init --from: %s", errOut)
	}
	made := mustRead(t, filepath.Join(dir, "tenders/new/plan.yaml"))
	if !strings.Contains(made, "\nfacts: ../../company.yaml\n") || strings.Contains(made, "\nfrozen:") || !strings.Contains(made, "    - use: drv\n") {
		t.Errorf("init --from a plan with a library:\n%.600s", made)
	}
	if code, _, errOut := runCLI(t, dir, "check", "tenders/new/plan.yaml", "--as-of", "2026-12-01"); code != 0 {
		t.Errorf("the copy does not check: %s", errOut)
	}
	// The merge driver works on git's temporary copies, away from the
	// library: references merge as references.
	tmp := t.TempDir()
	base := string(examples.LibraryPlan())
	write(t, tmp, "base", base)
	write(t, tmp, "ours", strings.Replace(base, "    - use: drv\n", "    - use: drv\n      nis2_status: essential\n", 1))
	write(t, tmp, "theirs", strings.Replace(base, "  version: \"1.0\"\n", "  version: \"1.1\"\n", 1))
	if code, _, errOut := runCLI(t, tmp, "merge", "base", "ours", "theirs", "ght/plan.yaml"); code != 0 {
		t.Fatalf("merge: exit %d %s", code, errOut)
	}
	merged := mustRead(t, filepath.Join(tmp, "ours"))
	if !strings.Contains(merged, "    - use: drv\n      nis2_status: essential\n") || !strings.Contains(merged, "  version: \"1.1\"\n") || !strings.Contains(merged, "\nfrozen:\n") {
		t.Errorf("merged plan:\n%.800s", merged)
	}
}
