package tui

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

func runAccessible(t *testing.T, path string, l pas.Lang, input string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	opt := options(t, path, "")
	opt.EnvLang = l
	err := RunAccessible(opt, strings.NewReader(input), &out)
	return out.String(), err
}

// engagementAnswers answer the engagement chapter (menu entry 2) of a new
// plan: services 4 and 8, deployment 2, not third-party SaaS, development,
// buyer 3, a scope, data 1 and 4, then back to the menu, save, quit.
const engagementAnswers = "2\n4,8\n2\nnon\noui\n3\nDossier patient du GHT\n1,4\n\n<\ns\nq\n"

func TestAccessibleNewPlanFrench(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	out, err := runAccessible(t, path, pas.FR, "fr\n1\n"+engagementAnswers)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, want := range []string{"n'existe pas encore", "Chapitres :", "Nature de la prestation", "4) SaaS", "Enregistré : "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	p, err := pas.Load(path, sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Strings(field("engagement.service_models")); strings.Join(got, ",") != "saas,integration" {
		t.Errorf("services = %v", got)
	}
	if !p.IsNot(field("engagement.third_party_saas")) || !p.Is(field("engagement.development")) || p.Str(field("engagement.buyer_type")) != "health_establishment" {
		t.Error("yes/no or enum answers not stored")
	}
}

func TestAccessibleEnglishErrorsAndStates(t *testing.T) {
	path := examplePlan(t, pas.EN)
	p, _ := pas.Load(path, sections.Catalogue())
	// The session chapter: Enter keeps each answer up to the retention,
	// typed wrong then right.
	in := itoa(sections.Catalogue().SectionIndex("session")+1) + "\n"
	for _, f := range p.Cat.Section("session").Fields {
		if f == field("session.logs.retention") {
			break
		}
		if p.Active(f, nil) {
			in += "\n"
		}
	}
	in += "forever\n9 months\n<\n"
	out, err := runAccessible(t, path, pas.EN, in+"s\nq\n")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !strings.Contains(out, `invalid duration "forever"`) {
		t.Errorf("no error for a bad duration:\n%s", out)
	}
	p, _ = pas.Load(path, sections.Catalogue())
	if got := p.Get(field("session.logs.retention")).Dur; got != (pas.Duration{N: 9, U: pas.Month}) {
		t.Errorf("retention = %v", got)
	}
}

// TestAccessibleEndOfInputAborts: the end of the input never accepts
// anything by itself: nothing is written, the run is aborted.
func TestAccessibleEndOfInputAborts(t *testing.T) {
	for _, l := range pas.Langs {
		path := filepath.Join(t.TempDir(), "plan.yaml")
		out, err := runAccessible(t, path, l, string(l)+"\n1\n2\n4\n")
		if !errors.Is(err, ErrAborted) {
			t.Fatalf("%s: err = %v", l, err)
		}
		if fileExists(path) {
			t.Errorf("%s: a file was written", l)
		}
		if !strings.Contains(out, pas.T("rien n'a été enregistré", "nothing was saved").In(l)) {
			t.Errorf("%s: no abort message:\n%s", l, out)
		}
	}
	path := examplePlan(t, pas.FR)
	before, _ := os.ReadFile(path)
	if _, err := runAccessible(t, path, pas.FR, "9\n"); !errors.Is(err, ErrAborted) {
		t.Fatalf("err = %v", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("an aborted session changed the file")
	}
}

// TestAccessibleMatchesEditor: the same answers in the accessible mode and
// in the full-screen editor give the same plan.
func TestAccessibleMatchesEditor(t *testing.T) {
	dir := t.TempDir()
	acc := filepath.Join(dir, "acc.yaml")
	if _, err := runAccessible(t, acc, pas.EN, "en\n1\n"+engagementAnswers); err != nil {
		t.Fatal(err)
	}
	tuiPath := filepath.Join(dir, "tui.yaml")
	opt := options(t, tuiPath, "")
	opt.EnvLang = pas.EN
	d := newDriver(t, opt, 100, 30)
	d.keys("up", "enter") // new empty plan, English
	d.goTo("engagement")
	d.toField("service_models").keys("enter", "down", "down", "down", "space", "down", "down", "down", "down", "space", "enter")
	d.toField("deployment_model").keys("enter", "down", "enter")
	d.toField("third_party_saas").keys("enter", "down", "enter")
	d.toField("development").keys("enter", "enter")
	d.toField("buyer_type").keys("enter").typeText("health").keys("enter")
	d.toField("scope").keys("enter").typeText("Dossier patient du GHT").keys("enter")
	d.toField("data").keys("enter", "space", "down", "down", "down", "space", "enter")
	d.keys("ctrl+s")
	a, _ := pas.Load(acc, sections.Catalogue())
	b, _ := pas.Load(tuiPath, sections.Catalogue())
	if ya, yb := string(pas.Encode(a)), string(pas.Encode(b)); ya != yb {
		t.Errorf("plans differ:\naccessible:\n%s\neditor:\n%s", ya, yb)
	}
}

func TestAccessibleNotApplicableAndNotes(t *testing.T) {
	path := examplePlan(t, pas.EN)
	n := itoa(sections.Catalogue().SectionIndex("assets") + 1)
	out, err := runAccessible(t, path, pas.EN, "a "+n+"\n\nNo media leave the data centre\ni "+n+"\nAsk the host\\nagain\ns\nq\n")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !strings.Contains(out, "A justification is required.") {
		t.Error("an empty justification was accepted")
	}
	p, _ := pas.Load(path, sections.Catalogue())
	d := p.Data("assets")
	if d.NA == nil || d.NA.Justification != "No media leave the data centre" || d.Notes != "Ask the host\nagain" {
		t.Errorf("assets: NA %+v, notes %q", d.NA, d.Notes)
	}
}

// TestAccessibleEmptyQuestionAsksAgain: "!o" needs a question text, as in
// the full-screen editor; an empty line asks again.
func TestAccessibleEmptyQuestionAsksAgain(t *testing.T) {
	path := examplePlan(t, pas.EN)
	in := itoa(sections.Catalogue().SectionIndex("session")+1) + "\n!o\n\nWhich retention?\nClient\n\n<\n"
	out, err := runAccessible(t, path, pas.EN, in+"s\nq\n")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !strings.Contains(out, "The question is empty.") {
		t.Errorf("an empty question was not refused:\n%s", out)
	}
	p, _ := pas.Load(path, sections.Catalogue())
	first := p.Cat.Section("session").Fields[0]
	if v := p.Get(first); v == nil || v.Question != "Which retention?" || v.Owner != "Client" {
		t.Errorf("%s = %+v", first.Path, v)
	}
}

// TestAccessibleNeverOverwritesAChangeOnDisk: a plan changed on disk since
// it was opened is overwritten only when the user says so, or saved under
// another name.
func TestAccessibleNeverOverwritesAChangeOnDisk(t *testing.T) {
	path := examplePlan(t, pas.EN)
	pulled := strings.Replace(string(examples.Plan(pas.EN)), "lang: en", "lang: en\n# pulled", 1)
	in := &changingReader{lines: []string{"s", "", "s", "o", "q"}, before: map[int]func(){0: func() {
		if err := os.WriteFile(path, []byte(pulled), 0o644); err != nil {
			t.Fatal(err)
		}
	}}}
	var out bytes.Buffer
	opt := options(t, path, "")
	opt.EnvLang = pas.EN
	if err := RunAccessible(opt, in, &out); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "was changed outside the editor") || !strings.Contains(out.String(), "Nothing was saved.") {
		t.Errorf("no question before overwriting:\n%s", out.String())
	}
	if data, _ := os.ReadFile(path); strings.Contains(string(data), "# pulled") {
		t.Error("the change on disk is still there after \"o\": not overwritten")
	}
	// Under another name.
	path = examplePlan(t, pas.EN)
	other := filepath.Join(filepath.Dir(path), "other.yaml")
	in = &changingReader{lines: []string{"s", other, "q"}, before: map[int]func(){0: func() {
		_ = os.WriteFile(path, []byte(pulled), 0o644)
	}}}
	opt = options(t, path, "")
	opt.EnvLang = pas.EN
	out.Reset()
	if err := RunAccessible(opt, in, &out); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(path); !strings.Contains(string(data), "# pulled") || !fileExists(other) {
		t.Errorf("save as: the change was lost or %s not written:\n%s", other, out.String())
	}
}

// changingReader gives lines one by one and runs a function before giving
// a line: a change on disk while the user types.
type changingReader struct {
	lines  []string
	before map[int]func()
	n      int
	buf    []byte
}

func (r *changingReader) Read(p []byte) (int, error) {
	if len(r.buf) == 0 {
		if r.n >= len(r.lines) {
			return 0, io.EOF
		}
		if f := r.before[r.n]; f != nil {
			f()
		}
		r.buf = []byte(r.lines[r.n] + "\n")
		r.n++
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

// TestAccessibleResolvesMergeConflicts: the accessible mode announces the
// merge conflicts and resolves each the way the full-screen editor does:
// a version taken, or one typed (refused when it would not load).
func TestAccessibleResolvesMergeConflicts(t *testing.T) {
	opt := mergedOptions(t, pas.FR)
	p, err := pas.Load(opt.Path, sections.Catalogue())
	if err != nil || len(p.Conflicts) != 4 {
		t.Fatalf("merged plan: %v, %d conflicts", err, len(p.Conflicts))
	}
	var input strings.Builder
	input.WriteString("c\n")
	for _, x := range p.Conflicts {
		switch {
		case x.Path == "continuity.bcp.rpo":
			input.WriteString("4\n{nope\n4\n6h\n") // refused, then typed again
		case x.Path == "datacenter.notes":
			input.WriteString("4\nNos notes revues\n")
		case strings.HasPrefix(x.Path, "waivers["):
			input.WriteString("\n") // later
		default:
			input.WriteString("2\n") // theirs: the renamed activity
		}
	}
	input.WriteString("s\nq\n")
	var out bytes.Buffer
	opt.EnvLang = pas.FR
	if err := RunAccessible(opt, strings.NewReader(input.String()), &out); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	for _, want := range []string{"Ce plan garde 4\u00a0conflits de fusion", "Conflit 1 sur 4 : ", "1) la nôtre : ", "YAML invalide", "Conflit résolu.", "1\u00a0conflit reste à résoudre."} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	q, err := pas.Load(opt.Path, sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	if len(q.Conflicts) != 1 || !strings.HasPrefix(q.Conflicts[0].Path, "waivers[") {
		t.Errorf("conflicts left: %v", conflictPaths(q))
	}
	if got := q.Get(field("continuity.bcp.rpo")); got.Dur != pas.Hours(6) || q.Data("datacenter").Notes != "Nos notes revues" {
		t.Errorf("rpo %v, notes %q", got.Dur, q.Data("datacenter").Notes)
	}
	if r := q.Record(field("raci.activities"), "a03"); r == nil || r.Str(field("raci.activities").RecordField("label")) != "Homologation" {
		t.Error("their version of the activity was not taken")
	}
}
