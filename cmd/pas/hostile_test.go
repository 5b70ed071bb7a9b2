package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// hostile are strings that take over a terminal or mislead a reader,
// written as YAML double-quoted escapes: window title and clipboard (OSC
// 0 and 52), clear screen (CSI), the one-byte C1 CSI, bidirectional
// overrides and isolates, NUL, DEL, NEL and a lone carriage return.
var hostile = []string{
	`\e]0;pwned\a`,
	`\e]52;c;cHduZWQ=\a`,
	`\e[2J\e[H`,
	`\x9b31m`,
	`\u202eevil\u2066x\u2069`,
	`nul\0byte`,
	`del\x7f`,
	`\N`,
	`over\rwrite`,
}

// hostilePlace puts a hostile string (already escaped) in one kind of
// place of the example plan, and says on which line.
type hostilePlace struct {
	name, old, new string // new holds X where the string goes
}

var hostilePlaces = []hostilePlace{
	{"text", "  reference: PAS-HSN-GHTDR-2026-01", `  reference: "PAS-X"`},
	{"long text", "  notes: |-\n    The security needs", "  notes: \"X\"\n  x_notes: |-\n    The security needs"},
	{"enum", "  status: submitted", `  status: "submitted X"`},
	{"set item", "  service_models: [saas,", `  service_models: ["saX", `},
	{"open question", "    question: Start date planned in the tender timetable; it depends on the date the contract is notified.\n",
		"    question: \"Start date planned X?\"\n"},
	{"owner", "    owner: Procurement department of the GHT des Deux-Rives\n", "    owner: \"X Procurement department\"\n"},
	{"record name", "      author: Claire Vasseur\n      summary: First draft", "      author: \"Claire X\"\n      summary: First draft"},
	{"record id", "    - id: v0-1", `    - id: "v0-X"`},
	{"RACI letters", "      assign: {ght: RA, hsn: C, drv: I}", `      assign: {ght: "RAX", hsn: C, drv: I}`},
	{"RACI party", "      assign: {ght: RA, hsn: C, drv: I}", `      assign: {"ghtX": RA, hsn: C, drv: I}`},
	{"unknown key", "  service_models: [saas,", "  \"modelsX\": 1\n  service_models: [saas,"},
	{"waiver reason", "", `  - {rule: RULE, reason: "Agreed X", approver: CISO, date: 2026-01-01}`},
	{"waiver approver", "", `  - {rule: RULE, reason: Agreed, approver: "CISO X", date: 2026-01-01}`},
}

// hostilePlan writes the example plan with one hostile string in one
// place, and returns the line that holds it.
func hostilePlan(t *testing.T, path string, place hostilePlace, s string) int {
	t.Helper()
	src := string(examples.Plan(pas.EN))
	repl := strings.Replace(place.new, "X", s, 1)
	if place.old == "" { // a waiver at the end
		rule := ""
		for _, r := range sections.Catalogue().Rules {
			if !r.NoWaiver {
				rule = r.ID
				break
			}
		}
		src += "waivers:\n" + strings.Replace(repl, "RULE", rule, 1) + "\n"
	} else {
		if !strings.Contains(src, place.old) {
			t.Fatalf("%s: the example no longer holds %q", place.name, place.old)
		}
		src = strings.Replace(src, place.old, repl, 1)
	}
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	at := strings.Index(src, s)
	return strings.Count(src[:at], "\n") + 1
}

// requireNoControls fails when output holds a character a terminal
// would act on.
func requireNoControls(t *testing.T, what, out string) {
	t.Helper()
	for i, r := range out {
		if pas.IsUnsafeRune(r) {
			t.Fatalf("%s: raw %s at byte %d:\n%q", what, pas.RuneName(r), i, out)
		}
	}
}

// hostileCommands are every command that reads a plan, in every output.
var hostileCommands = [][]string{
	{"check", "p.yaml"}, {"check", "--format", "json", "p.yaml"}, {"check", "--format", "sarif", "p.yaml"},
	{"questions", "p.yaml"}, {"questions", "--all", "--format", "json", "p.yaml"},
	{"status", "p.yaml"}, {"render", "p.yaml", "-o", "-"}, {"render", "p.yaml"}, {"render", "--check", "p.yaml"},
	{"render", "--audience", "internal", "p.yaml", "-o", "-"}, {"edit", "--accessible", "p.yaml"},
}

// TestHostileStringsRefused: a hostile string anywhere in a plan is
// refused at load, at its line and column, in both languages, by every
// command; nothing raw reaches standard output or error, nothing is
// written.
func TestHostileStringsRefused(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "p.yaml")
	runs := 0
	run := func(args []string, place hostilePlace, s string, line int) {
		runs++
		lang := []string{"en", "fr"}[runs%2] // each language in turn
		code, out, errOut := runCLI(t, dir, append([]string{"--lang", lang}, args...)...)
		what := fmt.Sprintf("%s with %s in %s (%s)", strings.Join(args, " "), s, place.name, lang)
		requireNoControls(t, what+", stdout", out)
		requireNoControls(t, what+", stderr", errOut)
		if code != exitUsage || out != "" || !strings.Contains(errOut, fmt.Sprintf("p.yaml:%d:", line)) {
			t.Fatalf("%s: exit %d, stdout %q, stderr %q; want 2 and p.yaml:%d:", what, code, out, errOut, line)
		}
		if _, err := os.Stat(filepath.Join(dir, "p.md")); err == nil {
			t.Fatalf("%s: a document was written", what)
		}
	}
	for _, place := range hostilePlaces {
		for _, s := range hostile { // every string in every place
			line := hostilePlan(t, path, place, s)
			run([]string{"check", "p.yaml"}, place, s, line)
		}
		s := strings.Join(hostile[:5], "") // every command on every place
		line := hostilePlan(t, path, place, s)
		for _, args := range hostileCommands {
			run(args, place, s, line)
		}
	}
}

// TestHostileRawBytesRefused: the same characters written raw (in a
// comment, where YAML would keep them) are refused by the pre-scan.
func TestHostileRawBytesRefused(t *testing.T) {
	dir := t.TempDir()
	for _, raw := range []string{"\x1b]0;pwned\a", "\u009b31m", "\u202e", "\x00", "\x7f"} {
		src := "schema_version: 1 # " + raw + "\nlang: en\n"
		if err := os.WriteFile(filepath.Join(dir, "p.yaml"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, args := range hostileCommands {
			code, out, errOut := runCLI(t, dir, args...)
			requireNoControls(t, strings.Join(args, " ")+" stdout", out)
			requireNoControls(t, strings.Join(args, " ")+" stderr", errOut)
			if code != exitUsage || !strings.Contains(errOut, "p.yaml:1:21: ") {
				t.Fatalf("%q: exit %d, %s", raw, code, errOut)
			}
		}
	}
}

// TestHostileFileNames: a file name is shown sanitised in text outputs
// and messages, and escaped (yet intact) in JSON and SARIF.
func TestHostileFileNames(t *testing.T) {
	dir := t.TempDir()
	name := "p\x1b]0;pwned\a\u009b31m\u202eevil.yaml"
	if err := os.WriteFile(filepath.Join(dir, name), examples.Plan(pas.EN), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"check", name}, {"check", "--format", "json", name}, {"check", "--format", "sarif", name},
		{"questions", name}, {"questions", "--format", "json", name}, {"status", name},
		{"render", name}, {"render", "--check", name}, {"render", name, "-o", name + ".d/x.md"},
		{"render", "missing" + name}, {"init", name}, {"rules"}, {"rules", "--format", "json"},
		{"frobnicate\x1b[2J"}, {"--lang", "fr", "check", "--format", "x\x9b"},
	} {
		for _, lang := range []string{"en", "fr"} {
			code, out, errOut := runCLI(t, dir, append([]string{"--lang", lang}, args...)...)
			requireNoControls(t, strings.Join(args, " ")+" stdout", out)
			requireNoControls(t, strings.Join(args, " ")+" stderr", errOut)
			if code != 0 && code != exitFindings && errOut == "" {
				t.Errorf("%q: exit %d without a message", args, code)
			}
		}
	}
	_, out, _ := runCLI(t, dir, "check", "--format", "json", name)
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil || rep.File != name {
		t.Errorf("the JSON report does not give the file name back: %q, %v", rep.File, err)
	}
	if !strings.Contains(out, `\u009b`) || !strings.Contains(out, `\u202e`) || !strings.Contains(out, `\u001b`) {
		t.Errorf("controls not escaped in JSON:\n%s", out[:200])
	}
}
