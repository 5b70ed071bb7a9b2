package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// pasCommand matches a pas command line in a shell script, up to the
// first shell operator.
var pasCommand = regexp.MustCompile(`(?m)(?:^|[;&|(]\s*|\s)pas ((?:[^|&;<>\n])*)`)

// checkCommandLine parses a pas command line against the command tree:
// known command, known flags, a valid number of arguments.
func checkCommandLine(t *testing.T, where, line string) {
	t.Helper()
	var args []string
	for _, f := range strings.Fields(line) {
		if strings.HasPrefix(f, "\"$") || strings.HasPrefix(f, "$") || strings.HasPrefix(f, "/") {
			f = "plan.yaml" // a shell variable or a path stands for a plan
		}
		args = append(args, strings.Trim(f, `"'`))
	}
	a := &app{env: env{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}, getenv: func(string) string { return "" }}, lang: "en"}
	root := a.rootCmd()
	c, rest, err := root.Find(args)
	if err != nil || c == root {
		t.Errorf("%s: %q is no pas command", where, line)
		return
	}
	if err := c.ParseFlags(rest); err != nil {
		t.Errorf("%s: %q: %v", where, line, err)
		return
	}
	if c.Args != nil {
		if err := c.Args(c, c.Flags().Args()); err != nil {
			t.Errorf("%s: %q: %v", where, line, err)
		}
	}
}

// TestCIRecipes keeps the pre-commit hooks and the CI workflow recipe in
// step with the commands: every pas command line they run parses, and the
// install line uses go.mod's module path.
func TestCIRecipes(t *testing.T) {
	root := filepath.Join("..", "..")
	var hooks []struct {
		ID, Entry, Language, Files string
	}
	data, err := os.ReadFile(filepath.Join(root, ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, &hooks); err != nil || len(hooks) == 0 {
		t.Fatalf("hooks: %v", err)
	}
	planFiles := regexp.MustCompile(hooks[0].Files)
	for _, h := range hooks {
		if h.Language != "golang" || !strings.HasPrefix(h.Entry, "pas ") || h.Files != hooks[0].Files {
			t.Errorf("hook %s: %+v", h.ID, h)
		}
		// pre-commit passes the matching files after the entry.
		checkCommandLine(t, h.ID, strings.TrimPrefix(h.Entry, "pas ")+" a/plan.yaml b/plan.yml")
	}
	for _, name := range []string{"plan.yaml", "tender/plan.yml"} {
		if !planFiles.MatchString(name) {
			t.Errorf("the hooks do not match %s", name)
		}
	}
	workflow, err := os.ReadFile(filepath.Join(root, "docs", "ci", "github-actions.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var wf map[string]any
	if err := yaml.Unmarshal(workflow, &wf); err != nil {
		t.Fatalf("the workflow is not YAML: %v", err)
	}
	code := regexp.MustCompile(`(?m)(^|\s)#.*$`).ReplaceAllString(string(workflow), "") // without comments
	lines := pasCommand.FindAllStringSubmatch(code, -1)
	if len(lines) < 3 {
		t.Fatalf("the workflow runs %d pas commands", len(lines))
	}
	for _, m := range lines {
		checkCommandLine(t, "workflow", m[1])
	}
	mod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	module := strings.TrimSpace(strings.TrimPrefix(strings.SplitN(string(mod), "\n", 2)[0], "module"))
	install := "go install " + module + "/cmd/pas@latest"
	if regexp.MustCompile(`(?m)^\s*replace\s`).Match(mod) {
		t.Error("go.mod has a replace directive: go install …@latest refuses it")
	}
	for _, doc := range []string{filepath.Join("docs", "ci", "github-actions.yml"), "README.md"} {
		text, err := os.ReadFile(filepath.Join(root, doc))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(text), install) {
			t.Errorf("%s does not install pas with %q", doc, install)
		}
	}
}
