package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runCLI runs the command line in dir with fake streams and a fixed clock.
func runCLI(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := env{
		stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		getenv: func(k string) string {
			if k == "LANG" {
				return "C.UTF-8"
			}
			return ""
		},
		now:    func() time.Time { return time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC) },
		tty:    func() bool { return false },
		colour: func() bool { return false },
	}
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = os.Chdir(wd) }()
	code := run(args, e)
	return code, out.String(), errb.String()
}

const twoAPlan = `schema_version: 1
lang: en
parties:
  organisations:
    - {id: cli, name: Client, role: client, seat_country: FR, gdpr_role: controller}
    - {id: int, name: Integrator, role: provider, seat_country: FR, gdpr_role: processor}
raci:
  parties: [cli, int]
  activities:
    - id: a1
      label: Define security needs
      assign: {cli: RA, int: A}
`

func TestCLI(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("twoA.yaml", twoAPlan)
	write("broken.yaml", "schema_version: 1\nraci:\n  parties: [cli\n")
	write("unknown.yaml", "schema_version: 1\naccess:\n  nope: 1\n")
	for _, tc := range []struct {
		name     string
		args     []string
		code     int
		stdout   string
		stderr   string
		noStdout bool
	}{
		{name: "help", args: []string{"--help"}, code: 0, stdout: "Usage:"},
		{name: "help fr", args: []string{"--lang", "fr", "help"}, code: 0, stdout: "Utilisation :"},
		{name: "version", args: []string{"version"}, code: 0, stdout: "pas " + version},
		{name: "unknown command", args: []string{"frobnicate"}, code: 2, stderr: "unknown command"},
		{name: "unknown flag", args: []string{"check", "--frob"}, code: 2, stderr: "unknown flag"},
		{name: "too many args", args: []string{"render", "a", "b"}, code: 2},
		{name: "init", args: []string{"init", "sub/dir/plan.yaml"}, code: 0, stderr: "Plan written: sub/dir/plan.yaml"},
		{name: "init refuses to overwrite", args: []string{"init", "sub/dir/plan.yaml"}, code: 2, stderr: "already exists"},
		{name: "large needs example", args: []string{"init", "--large", "x.yaml"}, code: 2, stderr: "--large goes with --example"},
		{name: "render missing file", args: []string{"render", "missing.yaml"}, code: 2, stderr: "missing.yaml: no such file"},
		{name: "render broken", args: []string{"render", "broken.yaml"}, code: 2, stderr: "broken.yaml:3:12: invalid YAML"},
		{name: "check unknown key", args: []string{"check", "unknown.yaml"}, code: 2, stderr: "unknown.yaml:3:3: unknown key \"nope\" in access"},
		{name: "check unknown key fr", args: []string{"--lang=fr", "check", "unknown.yaml"}, code: 2, stderr: "unknown.yaml:3:3: clé inconnue « nope » dans access"},
		{name: "check two A", args: []string{"check", "twoA.yaml", "--as-of", "2026-12-01"}, code: 1, stdout: "twoA.yaml:12:15  error   RACI-01  activity \"Define security needs\": 2 A"},
		{name: "check warning threshold", args: []string{"check", "sub/dir/plan.yaml", "--fail-on", "warning"}, code: 1},
		{name: "check empty plan passes on errors", args: []string{"check", "sub/dir/plan.yaml"}, code: 0},
		{name: "bad fail-on", args: []string{"check", "twoA.yaml", "--fail-on", "info"}, code: 2, stderr: "--fail-on"},
		{name: "bad format", args: []string{"check", "twoA.yaml", "--format", "xml"}, code: 2, stderr: "--format"},
		{name: "bad as-of", args: []string{"check", "twoA.yaml", "--as-of", "tomorrow"}, code: 2, stderr: "--as-of"},
		{name: "render stdout", args: []string{"render", "twoA.yaml", "-o", "-"}, code: 0, stdout: "| Define security needs | R, A | A |"},
		{name: "render file", args: []string{"render", "twoA.yaml"}, code: 0, stderr: "Document written: twoA.md"},
		{name: "render bad audience", args: []string{"render", "twoA.yaml", "--audience", "board"}, code: 2},
		{name: "render over its own plan", args: []string{"render", "twoA.yaml", "-o", "./twoA.yaml"}, code: 2, stderr: "is the plan itself"},
		{name: "unknown language", args: []string{"--lang", "de", "version"}, code: 2, stderr: "--lang: fr or en, not \"de\""},
		{name: "edit without terminal", args: []string{"edit", "twoA.yaml"}, code: 2, stderr: "needs a terminal"},
		{name: "no command without terminal", args: []string{}, code: 2, stderr: "pas init, pas render and pas check"},
		{name: "questions", args: []string{"questions", "twoA.yaml"}, code: 0, stdout: "No open question"},
		{name: "status", args: []string{"status", "twoA.yaml"}, code: 0, stdout: "Total"},
		{name: "rules", args: []string{"rules"}, code: 0, stdout: "RACI-01"},
		{name: "schema", args: []string{"schema"}, code: 0, stdout: "\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""},
		{name: "completion", args: []string{"completion", "bash"}, code: 0, stdout: "bash completion"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, dir, tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.code, out, errOut)
			}
			if !strings.Contains(out, tc.stdout) {
				t.Errorf("stdout does not contain %q:\n%s", tc.stdout, out)
			}
			if !strings.Contains(errOut, tc.stderr) {
				t.Errorf("stderr does not contain %q:\n%s", tc.stderr, errOut)
			}
		})
	}
}

func TestCheckJSONAndSARIF(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "p.yaml"), []byte(twoAPlan), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCLI(t, dir, "check", "p.yaml", "--format", "json", "--as-of", "2026-12-01")
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 1 {
		t.Fatalf("code %d, JSON %v:\n%s", code, err, out)
	}
	if rep.AsOf != "2026-12-01" || rep.Summary["error"] == 0 || rep.Findings[0].Line == 0 {
		t.Errorf("report = %+v", rep)
	}
	_, out, _ = runCLI(t, dir, "check", "p.yaml", "--format", "sarif", "--as-of", "2026-12-01")
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil || log.Version != "2.1.0" || len(log.Runs[0].Results) == 0 {
		t.Fatalf("SARIF %v: %s", err, out)
	}
	for _, r := range log.Runs[0].Results {
		if r.Locations[0].PhysicalLocation.ArtifactLocation.URI != "p.yaml" || r.Locations[0].PhysicalLocation.Region.StartLine < 1 {
			t.Errorf("bad location: %+v", r.Locations)
		}
		if log.Runs[0].Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("ruleIndex %d does not point at %s", r.RuleIndex, r.RuleID)
		}
	}
}

// TestRenderDeterministic: rendering twice gives the same bytes, and a
// failed load writes nothing.
func TestRenderDeterministic(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "p.yaml"), []byte(twoAPlan), 0o644); err != nil {
		t.Fatal(err)
	}
	runCLI(t, dir, "render", "p.yaml")
	first, _ := os.ReadFile(filepath.Join(dir, "p.md"))
	runCLI(t, dir, "render", "p.yaml")
	second, _ := os.ReadFile(filepath.Join(dir, "p.md"))
	if len(first) == 0 || !bytes.Equal(first, second) || !bytes.HasSuffix(first, []byte("\n")) || bytes.Contains(first, []byte("\r")) {
		t.Error("render is not deterministic or not LF-terminated")
	}
	if err := os.WriteFile(filepath.Join(dir, "p.yaml"), []byte("schema_version: 1\nfoo: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, _ := runCLI(t, dir, "render", "p.yaml"); code != 2 {
		t.Errorf("render of a bad file exited %d", code)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "p.md")); !bytes.Equal(after, first) {
		t.Error("a failed render changed the document")
	}
}

// TestRulesListedUnderTheirChapters: pas rules files each rule under the
// chapter where its findings appear, and lists the chapters it compares.
func TestRulesListedUnderTheirChapters(t *testing.T) {
	code, out, errOut := runCLI(t, t.TempDir(), "rules", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc struct {
		Rules []struct {
			ID      string   `json:"id"`
			Section string   `json:"section"`
			Also    []string `json:"also_sections"`
		} `json:"rules"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range doc.Rules {
		got[r.ID] = strings.Join(append([]string{r.Section}, r.Also...), ",")
	}
	for id, want := range map[string]string{"LOC-06": "parties", "LOC-03": "datacenter,gdpr", "REQ-03": "", "INC-02": "incident"} {
		if got[id] != want {
			t.Errorf("%s listed under %q, want %q", id, got[id], want)
		}
	}
}
