package tui

// Regressions found by review: cursors after deletions and undos, pending
// RACI values and references saved in a loadable form, list fields never
// marked, and the workshop keeping open questions.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// catchPanic turns a panic into a test failure.
func catchPanic(t *testing.T) {
	if r := recover(); r != nil {
		t.Errorf("panic: %v", r)
	}
}

func emptyPlan(t *testing.T) string {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := os.WriteFile(path, []byte("schema_version: 1\nlang: fr\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestRegressionRecordsCursorAfterDelete(t *testing.T) {
	defer catchPanic(t)
	d := newDriver(t, options(t, examplePlan(t, pas.EN), ""), 100, 30)
	d.goTo("parties").toField("organisations").keys("enter", "G", "x", "y", "enter")
}

func TestRegressionGridNoColumnsUndo(t *testing.T) {
	defer catchPanic(t)
	d := newDriver(t, options(t, emptyPlan(t), ""), 100, 30)
	d.goTo("raci").toField("activities").keys("enter", "+", "esc", "+", "esc", "u", "e")
}

func TestRegressionFieldsCursorAfterUndo(t *testing.T) {
	defer catchPanic(t)
	d := newDriver(t, options(t, emptyPlan(t), ""), 100, 30)
	d.goTo("session")
	d.toField("lockout.enabled").keys("enter").typeText("non").keys("enter")
	d.toField("lockout.enabled").keys("enter").typeText("oui").keys("enter")
	d.keys("G", "u", "c")
}

func TestRegressionTemplateThenSave(t *testing.T) {
	cat := sections.Catalogue()
	p, _ := pas.Decode(examples.Plan(pas.FR), "ex", cat)
	p.ListOf(cat.MustField("raci.activities")).Records = nil
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := os.WriteFile(path, pas.Encode(p), 0o644); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, options(t, path, ""), 120, 40)
	d.goTo("raci").toField("activities").keys("enter", "T", "y", "ctrl+s")
	if _, err := pas.Load(path, cat); err != nil {
		t.Errorf("after T + ctrl+s (%q) the plan no longer loads: %.200v", d.m.message, err)
	}
}

func TestRegressionDeleteReferencedByPendingRef(t *testing.T) {
	path := examplePlan(t, pas.FR)
	d := newDriver(t, options(t, path, ""), 120, 40)
	owner, contacts := field("governance.owner"), field("parties.contacts")
	id := d.m.ctx.Plan.Get(owner).Str
	d.goTo("governance").toField("owner").keys("c")
	d.goTo("parties").toField("contacts").keys("enter")
	rv := d.m.ed.form.top().(*recordsView)
	for i, r := range d.m.ctx.Plan.Records(contacts) {
		if r.ID == id {
			rv.cursor = i
		}
	}
	d.keys("x", "y", "ctrl+s")
	if _, err := pas.Load(path, d.m.ctx.Cat); err != nil {
		t.Errorf("saved plan does not load: %v", err)
	}
}

func TestRegressionOpenQuestionOnList(t *testing.T) {
	path := examplePlan(t, pas.FR)
	d := newDriver(t, options(t, path, ""), 120, 40)
	f := field("parties.organisations")
	d.goTo("parties").toField("organisations").keys("o").typeText("Qui manque ?").keys("enter", "ctrl+s")
	p, _ := pas.Load(path, d.m.ctx.Cat)
	if d.m.ctx.Plan.Get(f) != nil && p.Get(f) == nil {
		t.Errorf("open question on a list shown in the editor (%q) but dropped by save", d.m.ctx.Plan.Get(f).Question)
	}
}

func TestRegressionWorkshopEnterDeletesOpenQuestion(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.FR), ""), 100, 30)
	target := field("engagement.procurement.reference")
	d.m.ctx.Plan.Set(target, &pas.Value{State: pas.Open, Question: "À voir avec la DSI", Owner: "Client", Due: pas.MustDate("2027-01-15")})
	d.keys("w")
	for d.workshop() != nil && !d.workshop().done && d.workshop().step().Field != target {
		d.keys("tab")
	}
	d.keys("enter")
	if d.m.ctx.Plan.Get(target) == nil {
		t.Error("Enter on the workshop's empty prompt deleted the open question")
	}
}

// An open question needs its text in the workshop as in the field editor:
// clearing the suggested text and pressing Enter keeps the dialog open.
func TestRegressionWorkshopEmptyQuestion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := pas.WriteFileAtomic(path, pas.Encode(pas.NewPlan(sections.Catalogue(), pas.EN))); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, options(t, path, ""), 100, 30)
	d.keys("w")
	target := d.workshop().step().Field
	d.keys("ctrl+o", "ctrl+u", "enter")
	if !d.dialogOpen() {
		t.Fatal("an empty question closed the dialog")
	}
	if v := d.m.ctx.Plan.Get(target); v != nil {
		t.Errorf("an empty question was stored: %+v", v)
	}
	d.mustShow("The question is empty.")
}

// Keys that reach the program in one read ("jjj" from a fast typist, a
// slow link, or input queued behind a long frame) arrive as one message;
// each must act as if typed alone. A paste stays text.
func TestRegressionGroupedRunesActOneByOne(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.EN), ""), 100, 30)
	d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("jjj")})
	if d.m.ed.sidebar.cursor != 3 {
		t.Errorf("sidebar cursor = %d after \"jjj\", want 3", d.m.ed.sidebar.cursor)
	}
	d.keys("/")
	d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("retention"), Paste: true})
	d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("jk")})
	d.mustShow("/ retentionjk")
}

// TestPlainPreviewKeepsMarkersWhole: without colours, a marker in bold
// reads as written, not split into runs ("**[****À confirmer]**").
func TestPlainPreviewKeepsMarkersWhole(t *testing.T) {
	out := renderMarkdown("Conservés 12 mois **[À confirmer]** à compter de leur enregistrement.\n", "notty", 80)
	if !strings.Contains(out, "**[À confirmer]**") || strings.Contains(out, "****") {
		t.Errorf("preview: %q", out)
	}
}
