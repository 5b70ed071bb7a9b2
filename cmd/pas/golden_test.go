package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden outputs in testdata")

// requireGolden compares output with testdata/name, or rewrites it.
func requireGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file (go test ./cmd/pas/ -update rewrites it):\n%s", name, got)
	}
}

// exampleDir copies the example plans next to each other in a temporary
// directory, so that outputs name them as "fr.yaml" and "en.yaml".
func exampleDir(t *testing.T) string {
	dir := t.TempDir()
	for _, l := range []string{"fr", "en"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "examples", l, "plan.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, l+".yaml"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestCheckGoldens pins the text, JSON and SARIF reports on the examples;
// they are clean at 2026-12-01 apart from their justified waiver.
func TestCheckGoldens(t *testing.T) {
	dir := exampleDir(t)
	for _, l := range []string{"fr", "en"} {
		for _, format := range []string{"text", "json", "sarif"} {
			code, out, errOut := runCLI(t, dir, "--lang", l, "check", l+".yaml", "--as-of", "2026-12-01", "--format", format)
			if code != 0 {
				t.Errorf("%s %s: exit %d (%s)", l, format, code, errOut)
			}
			requireGolden(t, "check-"+l+"."+format, out)
		}
	}
}

func TestInternalAudience(t *testing.T) {
	dir := exampleDir(t)
	_, client, _ := runCLI(t, dir, "render", "fr.yaml", "-o", "-", "--as-of", "2026-12-01")
	_, internal, _ := runCLI(t, dir, "render", "fr.yaml", "-o", "-", "--audience", "internal", "--as-of", "2026-12-01")
	for _, s := range []string{"Constats, dérogations et notes internes", "### Dérogations", "Notes internes", "procédure dégradée papier"} {
		if strings.Contains(client, s) {
			t.Errorf("the client document contains %q", s)
		}
		if !strings.Contains(internal, s) {
			t.Errorf("the internal document lacks %q", s)
		}
	}
	if !strings.Contains(internal, "### Constats ouverts\n\n*Aucun.*") {
		t.Error("the internal appendix does not say there is no open finding")
	}
	// An empty plan: every part of the internal appendix says none.
	if code, _, _ := runCLI(t, dir, "init", "empty.yaml", "--lang", "en"); code != 0 {
		t.Fatal("init failed")
	}
	_, empty, _ := runCLI(t, dir, "render", "empty.yaml", "-o", "-", "--audience", "internal")
	for _, part := range []string{"### Waivers\n\n*None.*", "### Internal notes\n\n*None.*"} {
		if !strings.Contains(empty, part) {
			t.Errorf("empty plan's internal appendix lacks %q", part)
		}
	}
}

func TestQuestionsAndStatusOnExample(t *testing.T) {
	dir := exampleDir(t)
	_, out, _ := runCLI(t, dir, "--lang", "fr", "questions", "fr.yaml")
	requireGolden(t, "questions-fr.text", out)
	_, out, _ = runCLI(t, dir, "questions", "en.yaml", "--format", "json")
	requireGolden(t, "questions-en.json", out)
	_, out, _ = runCLI(t, dir, "--lang", "fr", "status", "fr.yaml", "--as-of", "2026-12-01")
	requireGolden(t, "status-fr.text", out)
	_, out, _ = runCLI(t, dir, "rules", "--format", "json")
	if !strings.Contains(out, `"country_data_date": "2026-11-23"`) || strings.Count(out, `"id": "`) < 50 {
		t.Error("rules JSON lacks the country data date or has fewer than 50 rules")
	}
}
