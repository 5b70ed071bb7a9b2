//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestRenderOutputs: render writes regular files (following a link to
// one) and standard output, and refuses anything else with exit 2 and a
// plain message, leaving it as it was.
func TestRenderOutputs(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup func(t *testing.T, dir string) string // the -o argument
		code  int
		msg   string
	}{
		{"regular file", func(t *testing.T, dir string) string { return "out.md" }, 0, "Document written: out.md"},
		{"link to a file", func(t *testing.T, dir string) string {
			must(t, os.WriteFile(filepath.Join(dir, "real.md"), []byte("old"), 0o644))
			must(t, os.Symlink("real.md", filepath.Join(dir, "out.md")))
			return "out.md"
		}, 0, "Document written: out.md"},
		{"standard output", func(t *testing.T, dir string) string { return "-" }, 0, ""},
		{"directory", func(t *testing.T, dir string) string { must(t, os.Mkdir(filepath.Join(dir, "d"), 0o755)); return "d" },
			2, "pas: cannot write d: it is a directory; pas writes regular files only (\"-o -\" writes to standard output)\n"},
		{"fifo", func(t *testing.T, dir string) string {
			must(t, syscall.Mkfifo(filepath.Join(dir, "f"), 0o644))
			return "f"
		},
			2, "pas: cannot write f: it is a named pipe (fifo)"},
		{"dangling link", func(t *testing.T, dir string) string {
			must(t, os.Symlink("nowhere.md", filepath.Join(dir, "l.md")))
			return "l.md"
		},
			2, "pas: cannot write l.md: symbolic link to nowhere.md, which does not exist"},
		{"read-only file", func(t *testing.T, dir string) string {
			must(t, os.WriteFile(filepath.Join(dir, "ro.md"), []byte("old"), 0o444))
			return "ro.md"
		}, 2, "pas: cannot write ro.md: read-only file"},
		{"missing directory", func(t *testing.T, dir string) string { return "no/out.md" }, 2, "pas: cannot write no/out.md: directory no does not exist"},
		{"device node", func(t *testing.T, dir string) string {
			if os.Geteuid() != 0 {
				t.Skip("creating a device node needs root")
			}
			if err := syscall.Mknod(filepath.Join(dir, "null"), syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
				t.Skipf("mknod: %v", err)
			}
			return "null"
		}, 2, "pas: cannot write null: it is a device"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			must(t, os.WriteFile(filepath.Join(dir, "p.yaml"), []byte(twoAPlan), 0o644))
			out := tc.setup(t, dir)
			before := listDir(t, dir)
			code, stdout, stderr := runCLI(t, dir, "render", "p.yaml", "-o", out)
			if code != tc.code || !strings.Contains(stderr, tc.msg) {
				t.Fatalf("exit %d, stderr %q; want %d and %q", code, stderr, tc.code, tc.msg)
			}
			if out == "-" && !strings.Contains(stdout, "| Define security needs |") {
				t.Errorf("standard output: %q", stdout)
			}
			if strings.Contains(stderr, ".tmp") {
				t.Errorf("the message shows a temporary name: %s", stderr)
			}
			if tc.code != 0 {
				if after := listDir(t, dir); after != before {
					t.Errorf("the directory changed:\n%s\n%s", before, after)
				}
				_, _, fr := runCLI(t, dir, "--lang", "fr", "render", "p.yaml", "-o", out)
				if !strings.Contains(fr, "impossible : ") {
					t.Errorf("French message: %q", fr)
				}
			}
		})
	}
}

func listDir(t *testing.T, dir string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		info, _ := e.Info()
		names = append(names, e.Name()+" "+info.Mode().String())
	}
	return strings.Join(names, "\n")
}

// TestRenderDocumentMode: a new document is no more open than its plan,
// whatever the umask; an existing one keeps its mode.
func TestRenderDocumentMode(t *testing.T) {
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "p.yaml"), []byte(twoAPlan), 0o600))
	must(t, os.Chmod(filepath.Join(dir, "p.yaml"), 0o600))
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	if code, _, errOut := runCLI(t, dir, "render", "p.yaml"); code != 0 {
		t.Fatal(errOut)
	}
	if st, _ := os.Stat(filepath.Join(dir, "p.md")); st.Mode().Perm() != 0o600 {
		t.Errorf("document mode %v beside a 0600 plan", st.Mode().Perm())
	}
	must(t, os.Chmod(filepath.Join(dir, "p.md"), 0o640))
	runCLI(t, dir, "render", "p.yaml")
	if st, _ := os.Stat(filepath.Join(dir, "p.md")); st.Mode().Perm() != 0o640 {
		t.Errorf("document mode %v, was 0640", st.Mode().Perm())
	}
}

// TestRenderCheck: render --check writes nothing and exits 0 when the
// document is what render would write now, 1 when it is not or missing,
// 2 when it cannot be compared.
func TestRenderCheck(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) { must(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644)) }
	write("p.yaml", twoAPlan)
	steps := []struct {
		name   string
		before func()
		args   []string
		code   int
		stderr string
	}{
		{"missing", nil, []string{"render", "--check", "p.yaml"}, 1, "pas: p.md does not exist; \"pas render p.yaml\" writes it"},
		{"missing, French", nil, []string{"--lang", "fr", "render", "--check", "p.yaml"}, 1, "pas: p.md n'existe pas ; « pas render p.yaml » l'écrit"},
		{"rendered", func() { runCLI(t, dir, "render", "p.yaml") }, []string{"render", "--check", "p.yaml"}, 0, "p.md is up to date."},
		{"plan changed", func() {
			write("p.yaml", strings.Replace(twoAPlan, "Define security needs", "Define the security needs", 1))
		},
			[]string{"render", "--check", "p.yaml"}, 1, "pas: p.md is out of date; \"pas render p.yaml\" writes it again"},
		{"document edited by hand, same length", func() {
			runCLI(t, dir, "render", "p.yaml")
			md, _ := os.ReadFile(filepath.Join(dir, "p.md"))
			write("p.md", strings.Replace(string(md), "Define", "Refine", 1))
		}, []string{"render", "--check", "p.yaml"}, 1, "out of date"},
		{"document grown", func() {
			runCLI(t, dir, "render", "p.yaml")
			md, _ := os.ReadFile(filepath.Join(dir, "p.md"))
			write("p.md", string(md)+"\nmore\n")
		}, []string{"render", "--check", "p.yaml"}, 1, "out of date"},
		{"other output and audience", func() {
			runCLI(t, dir, "render", "p.yaml", "-o", "int.md", "--audience", "internal", "--as-of", "2026-12-01")
		},
			[]string{"render", "--check", "p.yaml", "-o", "int.md", "--audience", "internal", "--as-of", "2026-12-01"}, 0, "int.md is up to date."},
		{"audience differs", nil, []string{"render", "--check", "p.yaml", "-o", "int.md"}, 1,
			"\"pas render p.yaml -o int.md\" writes it again"},
		{"standard output", nil, []string{"render", "--check", "p.yaml", "-o", "-"}, 2, "--check compares a file"},
		{"a directory", func() { must(t, os.Mkdir(filepath.Join(dir, "d.md"), 0o755)) }, []string{"render", "--check", "p.yaml", "-o", "d.md"}, 2, "d.md: it is a directory"},
		{"the plan itself", nil, []string{"render", "--check", "p.yaml", "-o", "p.yaml"}, 2, "p.yaml is the plan itself"},
		{"bad plan", func() { write("bad.yaml", "schema_version: 1\nfoo: [\n") }, []string{"render", "--check", "bad.yaml"}, 2, "bad.yaml:2:6"},
		{"several plans, one out of date", func() {
			runCLI(t, dir, "render", "p.yaml")
			write("q.yaml", twoAPlan)
			runCLI(t, dir, "render", "q.yaml")
			write("q.yaml", strings.Replace(twoAPlan, "Define security needs", "Define the security needs", 1))
		}, []string{"render", "--check", "p.yaml", "q.yaml"}, 1, "p.md is up to date.\npas: q.md is out of date; \"pas render q.yaml\" writes it again"},
		{"several plans, one that does not load", nil, []string{"render", "--check", "p.yaml", "bad.yaml", "q.yaml"}, 2, "bad.yaml:2:6"},
		{"several plans without --check", nil, []string{"render", "p.yaml", "q.yaml"}, 2, "several plans are rendered only with --check"},
		{"several plans, one output", nil, []string{"render", "--check", "p.yaml", "q.yaml", "-o", "x.md"}, 2, "-o names the document of one plan only"},
	}
	for _, st := range steps {
		if st.before != nil {
			st.before()
		}
		before := listDir(t, dir)
		code, out, errOut := runCLI(t, dir, st.args...)
		if code != st.code || !strings.Contains(errOut, st.stderr) || out != "" {
			t.Errorf("%s: exit %d, stderr %q, stdout %q; want %d and %q", st.name, code, errOut, out, st.code, st.stderr)
		}
		if after := listDir(t, dir); after != before {
			t.Errorf("%s: --check wrote something", st.name)
		}
	}
}

// TestCheckRefusesSpecialFiles: "pas check /dev/zero" and a fifo are
// refused at once with exit 2, instead of growing or hanging.
func TestCheckRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	must(t, syscall.Mkfifo(filepath.Join(dir, "fifo.yaml"), 0o644))
	for path, want := range map[string]string{
		"/dev/zero": "/dev/zero: it is a device; pas reads regular files only",
		"fifo.yaml": "fifo.yaml: it is a named pipe (fifo); pas reads regular files only",
	} {
		code, out, errOut := runCLI(t, dir, "check", path)
		if code != exitUsage || out != "" || !strings.Contains(errOut, want) {
			t.Errorf("check %s: exit %d, stderr %q", path, code, errOut)
		}
	}
}
