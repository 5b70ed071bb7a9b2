package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// badInputs are the files of testdata/bad and the start of the first
// line each one gets on standard error: file:line:col where the problem
// has a position.
var badInputs = map[string]string{
	"alias-bomb.yaml":         "alias-bomb.yaml:20:40: too many aliases",
	"bad-indent.yaml":         "bad-indent.yaml:5:2: invalid YAML: a key is expected here",
	"bidi-comment.yaml":       "bidi-comment.yaml:3:13: control character U+202E (RLO)",
	"c1-csi-escape.yaml":      "c1-csi-escape.yaml:4:19: control character U+009B (CSI)",
	"colon-in-text.yaml":      "colon-in-text.yaml:4:14: invalid YAML: unexpected ':'",
	"crlf-control.yaml":       "crlf-control.yaml:4:15: control character U+0007 (BEL)",
	"deep-nesting.yaml":       "deep-nesting.yaml:4:10010: invalid YAML: exceeded max depth",
	"empty.yaml":              "empty.yaml: empty file",
	"future-schema.yaml":      "future-schema.yaml:1:17: schema_version 99 is not supported",
	"latin1.yaml":             "latin1.yaml:4:28: invalid UTF-8 byte 0xE9",
	"not-a-mapping.yaml":      "not-a-mapping.yaml:1:1: the plan must be a mapping",
	"nul-byte.yaml":           "nul-byte.yaml:4:14: NUL byte: this is a binary file",
	"nul-escape.yaml":         "nul-escape.yaml:4:15: control character U+0000 (NUL)",
	"only-a-comment.yaml":     "only-a-comment.yaml: empty file",
	"osc-title-escape.yaml":   "osc-title-escape.yaml:5:44: control character U+001B (ESC)",
	"png-image.yaml":          "png-image.yaml:3:1: NUL byte: this is a binary file",
	"raw-escape.yaml":         "raw-escape.yaml:4:15: control character U+001B (ESC)",
	"tab-indent.yaml":         "tab-indent.yaml:4:1: invalid YAML: tab in the indentation",
	"two-documents.yaml":      "two-documents.yaml:3:1: only one YAML document",
	"unclosed-list.yaml":      "unclosed-list.yaml:4:19: invalid YAML: ',' or ']' expected",
	"unknown-anchor.yaml":     "unknown-anchor.yaml:4:10: invalid YAML: unknown anchor \"plan\"",
	"unknown-key-escape.yaml": "unknown-key-escape.yaml:3:7: control character U+001B (ESC)",
	"unterminated-quote.yaml": "unterminated-quote.yaml:4:10: invalid YAML: end of file inside a quoted text",
	"utf16.yaml":              "utf16.yaml:1:1: file encoded in UTF-16",
}

// TestBadInputCorpus: every file of testdata/bad gets exit 2 and its
// position from the commands that read a plan (they share one load; the
// hostile corpus runs every one), in both languages, with
// nothing on standard output, nothing raw on standard error and nothing
// written.
func TestBadInputCorpus(t *testing.T) {
	files, err := os.ReadDir(filepath.Join("testdata", "bad"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range files {
		want, ok := badInputs[f.Name()]
		if !ok {
			t.Errorf("testdata/bad/%s has no expected message in badInputs", f.Name())
			continue
		}
		data, err := os.ReadFile(filepath.Join("testdata", "bad", f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		must(t, os.WriteFile(filepath.Join(dir, f.Name()), data, 0o644))
		for _, args := range [][]string{
			{"check", f.Name()}, {"--lang", "fr", "check", "--format", "json", f.Name()}, {"render", f.Name()},
			{"edit", "--accessible", f.Name()},
		} {
			code, out, errOut := runCLI(t, dir, args...)
			requireNoControls(t, f.Name()+" stderr", errOut)
			if code != exitUsage || out != "" {
				t.Errorf("%v: exit %d, stdout %q", args, code, out)
			}
			if args[0] == "check" && !strings.HasPrefix(errOut, want) {
				t.Errorf("%v: stderr %q, want it to start with %q", args, errOut, want)
			}
			if args[0] == "--lang" && (!strings.HasPrefix(errOut, strings.SplitN(want, ": ", 2)[0]+":") || strings.Contains(errOut, "is not allowed") || strings.Contains(errOut, "invalid YAML")) {
				t.Errorf("%v: French stderr %q", args, errOut)
			}
		}
		if left, _ := os.ReadDir(dir); len(left) != 1 {
			t.Errorf("%s: files were written: %v", f.Name(), left)
		}
		must(t, os.Remove(filepath.Join(dir, f.Name())))
	}
	for name := range badInputs {
		if _, err := os.Stat(filepath.Join("testdata", "bad", name)); err != nil {
			t.Errorf("badInputs names %s, which testdata/bad lacks", name)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestCheckFolderWithoutPlan: check of folders that hold no plan names
// them as a person would write them, not as a Go list.
func TestCheckFolderWithoutPlan(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"vide", "autre"} {
		if err := os.Mkdir(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	code, _, errOut := runCLI(t, dir, "check", "vide", "autre")
	if code != 2 || !strings.Contains(errOut, "no plan (YAML file with a schema_version) in vide, autre") || strings.Contains(errOut, "[") {
		t.Errorf("%d %q", code, errOut)
	}
}
