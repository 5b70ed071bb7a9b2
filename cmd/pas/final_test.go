package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
	"gopkg.in/yaml.v3"
)

// settle commits every pending value of a plan: what the provider does
// once the answers are in. The example's two open questions get the
// answers the GHT gave.
func settle(t *testing.T) func(p *pas.Plan) {
	return func(p *pas.Plan) {
		cat := p.Cat
		answers := map[string]*pas.Value{
			"access.provisioning.approver": {Has: true, Str: "ght-rssi"},
			"gdpr.dpia.done":               {Has: true, Bool: true},
		}
		for _, s := range cat.Sections {
			for _, it := range p.Items(s) {
				v := it.Value.Clone()
				if a := answers[it.Path]; a != nil {
					v = a
				}
				if !v.IsSet() {
					t.Fatalf("%s: no answer to settle it with", it.Path)
				}
				v.State, v.Question, v.Owner, v.Due, v.ForClient = pas.Committed, "", "", pas.Date{}, false
				if it.Record != nil {
					it.Record.Set(it.Field, v)
				} else {
					p.Set(it.Field, v)
				}
			}
		}
	}
}

// TestRenderFinal: --final refuses the examples while they hold values to
// confirm and open questions (exit 1, the list on standard error, nothing
// written) and writes a plan that holds none; without --final, a
// submitted plan with pending items renders with a warning, a draft
// without one.
func TestRenderFinal(t *testing.T) {
	dir := t.TempDir()
	for _, l := range pas.Langs {
		must(t, os.WriteFile(filepath.Join(dir, string(l)+".yaml"), examples.Plan(l), 0o644))
	}
	editExample(t, dir, "fr.yaml", "settled.yaml", settle(t))
	editExample(t, dir, "en.yaml", "conflict.yaml", func(p *pas.Plan) {
		settle(t)(p)
		p.Conflicts = append(p.Conflicts, &pas.Conflict{Path: "continuity.bcp.rpo",
			Base: &yaml.Node{Kind: yaml.ScalarNode, Value: "1h"}, Ours: &yaml.Node{Kind: yaml.ScalarNode, Value: "4h"}, Theirs: &yaml.Node{Kind: yaml.ScalarNode, Value: "8h"}})
	})
	editExample(t, dir, "en.yaml", "draft.yaml", func(p *pas.Plan) {
		p.Set(p.Cat.MustField("cover.status"), &pas.Value{Has: true, Str: "draft"})
	})
	for _, tc := range []struct {
		name    string
		args    []string
		code    int
		written string   // the document written, "" for none
		stderr  []string // what standard error says
		not     string   // what it must not say
	}{
		{"example, final", []string{"render", "fr.yaml", "--final", "-o", "fr.md"}, 1, "", []string{
			"To settle before the final version:\n",
			"  - [to confirm] Effective date — cover.effective_date  fr.yaml:11\n",
			"  - [open question] Approver of access to client data — access.provisioning.approver  fr.yaml:",
			"  - [to confirm] Response time (P1) — incident.levels[p1].response_time  fr.yaml:",
			"pas: final version refused, still open: 3 values to confirm, 2 open questions; nothing is written.\n",
		}, "Document written"},
		{"example, final, French", []string{"--lang", "fr", "render", "en.yaml", "--final", "--format", "docx"}, 1, "", []string{
			"À lever avant la version finale :\n", "  - [question ouverte] AIPD réalisée — gdpr.dpia.done  en.yaml:",
			"pas: version finale refusée : il reste 3 valeurs à confirmer, 2 questions ouvertes ; rien n'est écrit.\n",
		}, ""},
		{"example, not final", []string{"render", "fr.yaml", "-o", "fr.md"}, 0, "fr.md", []string{
			"Warning: the plan's status is \"Submitted with the tender\" but it still holds 3 values to confirm, 2 open questions; \"pas render --final\" lists them",
		}, ""},
		{"settled, final", []string{"render", "settled.yaml", "--final"}, 0, "settled.md", []string{"Document written: settled.md"}, "Warning"},
		{"settled, final, Word", []string{"render", "settled.yaml", "--final", "--format", "docx"}, 0, "settled.docx", nil, "Warning"},
		{"merge conflict, final", []string{"render", "conflict.yaml", "--final", "--format", "html"}, 1, "", []string{
			"  - [merge conflict] ours: 4h; theirs: 8h; base: 1h — continuity.bcp.rpo  conflict.yaml:",
			"final version refused, still open: 1 merge conflict;",
		}, "[to confirm]"},
		{"draft, not final", []string{"render", "draft.yaml", "-o", "-"}, 0, "", nil, "Warning"},
		{"draft, final", []string{"render", "draft.yaml", "--final", "-o", "-"}, 1, "", []string{"[open question] DPIA done"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, f := range []string{"fr.md", "settled.md", "settled.docx"} {
				_ = os.Remove(filepath.Join(dir, f))
			}
			code, stdout, stderr := runCLI(t, dir, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\n%s", code, tc.code, stderr)
			}
			for _, want := range tc.stderr {
				if !strings.Contains(stderr, want) {
					t.Errorf("standard error lacks %q:\n%s", want, stderr)
				}
			}
			if tc.not != "" && strings.Contains(stderr, tc.not) {
				t.Errorf("standard error says %q:\n%s", tc.not, stderr)
			}
			if tc.code != 0 && stdout != "" {
				t.Errorf("a refused document reached standard output:\n%.200s", stdout)
			}
			if tc.written != "" {
				if _, err := os.Stat(filepath.Join(dir, tc.written)); err != nil {
					t.Errorf("%s not written: %v", tc.written, err)
				}
			}
			if tc.code != 0 || tc.written != "" {
				return
			}
			for _, f := range []string{"fr.md", "en.docx", "conflict.html"} {
				if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
					t.Errorf("%s written by a refused rendering", f)
				}
			}
		})
	}
	// The settled plan reads as a PAS with no marker left.
	p, err := pas.Load(filepath.Join(dir, "settled.yaml"), sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	if md := string(pas.Render(p, pas.RenderOptions{})); strings.Contains(md, "**[") {
		t.Error("the settled plan still shows a marker")
	}
}
