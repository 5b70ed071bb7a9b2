package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
)

// handWritten is a valid plan, with comments, not in canonical form.
const handWritten = `# Reviewed with the buyer on 2026-11-18.
lang: en
raci:
  activities:
  - label: Define security needs   # wording from the tender
    id: a1
    assign: {cli: RA, int: A}
  parties: [cli, int]
parties:
  organisations:
    - {id: cli, name: Client, role: client, seat_country: FR, gdpr_role: controller}
    - {id: int, name: Integrator, role: provider, seat_country: France, gdpr_role: processor} # us
schema_version: 1
`

const handWrittenFormatted = `# Reviewed with the buyer on 2026-11-18.
schema_version: 1
lang: en
parties:
  organisations:
    - id: cli
      name: Client
      role: client
      seat_country: FR
      gdpr_role: controller
    - id: int # us
      name: Integrator
      role: provider
      seat_country: FR
      gdpr_role: processor
raci:
  parties: [cli, int]
  activities:
    - id: a1
      label: Define security needs # wording from the tender
      assign: {cli: RA, int: A}
`

func TestFmt(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	read := func(name string) string {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	write("hand.yaml", handWritten)
	write("plan.yaml", handWritten)
	write("broken.yaml", "schema_version: 1\nraci:\n  parties: [cli\n")
	for _, tc := range []struct {
		name           string
		args           []string
		code           int
		stdout, stderr string
		hand           string // content of hand.yaml afterwards
	}{
		{"check names the file", []string{"fmt", "--check", "hand.yaml"}, 1, "hand.yaml\n", "1 file is not in canonical form", handWritten},
		{"check in French", []string{"--lang", "fr", "fmt", "--check", "hand.yaml"}, 1, "hand.yaml\n", "1 fichier n'est pas en forme canonique", handWritten},
		{"check with a broken file", []string{"fmt", "--check", "broken.yaml", "hand.yaml"}, 2, "hand.yaml\n", "broken.yaml:3:12", handWritten},
		{"check two files", []string{"fmt", "--check", "hand.yaml", "plan.yaml"}, 1, "hand.yaml\nplan.yaml\n", "2 files are not in canonical form", handWritten},
		{"missing file", []string{"fmt", "missing.yaml"}, 2, "", "missing.yaml: no such file", handWritten},
		{"format", []string{"fmt", "hand.yaml"}, 0, "", "Formatted: hand.yaml", handWrittenFormatted},
		{"check passes", []string{"fmt", "--check", "hand.yaml"}, 0, "", "", handWrittenFormatted},
		{"format again changes nothing", []string{"fmt", "hand.yaml"}, 0, "", "", handWrittenFormatted},
		{"plan.yaml by default", []string{"--lang", "fr", "fmt"}, 0, "", "Mis en forme : plan.yaml", handWrittenFormatted},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, dir, tc.args...)
			if code != tc.code || out != tc.stdout || !strings.Contains(errOut, tc.stderr) || tc.stderr == "" && errOut != "" {
				t.Errorf("exit %d (want %d)\nstdout: %q (want %q)\nstderr: %q (want %q)", code, tc.code, out, tc.stdout, errOut, tc.stderr)
			}
			if got := read("hand.yaml"); got != tc.hand {
				t.Errorf("hand.yaml:\n%s\nwant:\n%s", got, tc.hand)
			}
		})
	}
	if read("plan.yaml") != handWrittenFormatted {
		t.Error("pas fmt without FILE did not format plan.yaml")
	}
}

// TestInitWritesModeline: every plan pas init writes starts with the
// schema modeline and is already in canonical form.
func TestInitWritesModeline(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{{"init", "empty.yaml"}, {"init", "--example", "example.yaml"}, {"init", "--example", "--large", "large.yaml"}} {
		if code, _, errOut := runCLI(t, dir, args...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		name := args[len(args)-1]
		data, _ := os.ReadFile(filepath.Join(dir, name))
		if !strings.HasPrefix(string(data), pas.Modeline+"\nschema_version: ") {
			t.Errorf("%s does not start with the modeline:\n%.200s", name, data)
		}
		if code, out, errOut := runCLI(t, dir, "fmt", "--check", name); code != 0 {
			t.Errorf("%s is not canonical: %s %s", name, out, errOut)
		}
	}
	_, out, _ := runCLI(t, dir, "schema", "--help")
	if !strings.Contains(out, "plan.schema.json in the plan's directory") || !strings.Contains(out, pas.Modeline) {
		t.Errorf("pas schema --help does not name the file the modeline expects:\n%s", out)
	}
}

// TestExamplesAreCanonical: what CI runs on the examples.
func TestExamplesAreCanonical(t *testing.T) {
	code, out, errOut := runCLI(t, filepath.Join("..", "..", "examples"), "fmt", "--check", "fr/plan.yaml", "en/plan.yaml")
	if code != 0 {
		t.Errorf("pas fmt --check on the examples: exit %d\n%s%s", code, out, errOut)
	}
}
