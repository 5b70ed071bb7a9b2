package tui

import (
	"testing"

	"github.com/pas-editor/pas/pas"
)

// setVersion types a version on the cover.
func (d *driver) setVersion(v string) *driver {
	d.t.Helper()
	return d.goTo("cover").toField("version").keys("enter", "ctrl+u").typeText(v).keys("enter")
}

// TestVersionHistoryProposed: a new version proposes a history line that
// sums up what changed since the file was opened, in the plan's language,
// without the internal notes; Enter adds it (as edited) with today's
// date, one undo takes it back and keeps the version.
func TestVersionHistoryProposed(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.EN), pas.FR), 120, 40) // French screens, an English plan
	d.goTo("continuity").toField("bcp.rpo").keys("enter", "ctrl+u").typeText("4 h").keys("enter")
	d.keys("i").typeText("internal").keys("enter")
	history := field("cover.changelog")
	before := len(d.m.ctx.Plan.Records(history))
	d.keys("esc").setVersion("1.1")
	d.mustShow("Historique des versions", "La version passe de 1.0 à 1.1.", "Recovery point objective (RPO): 1 h → 4 h")
	d.mustNotShow("notes")
	if n := len(d.m.ctx.Plan.Records(history)); n != before {
		t.Fatal("a history line was written before it was accepted")
	}
	d.keys("end").typeText(" (client request)").keys("enter")
	recs := d.m.ctx.Plan.Records(history)
	if len(recs) != before+1 {
		t.Fatalf("%d history lines", len(recs))
	}
	r := recs[len(recs)-1]
	if r.ID != "v1-1" || r.Str(history.RecordField("version")) != "1.1" || r.Get(history.RecordField("date")).Date != today ||
		r.Str(history.RecordField("summary")) != "Recovery point objective (RPO): 1 h → 4 h (client request)" {
		t.Fatalf("history line %s: %+v", r.ID, r.Values)
	}
	d.mustShow("Ligne ajoutée à l'historique des versions (u annule).")
	d.keys("u")
	if len(d.m.ctx.Plan.Records(history)) != before || d.m.ctx.Plan.Str(field("cover.version")) != "1.1" {
		t.Fatal("undo did not take the line back alone")
	}
}

// TestVersionHistoryDeclined: Esc adds nothing; the next version sums up
// from the last change of version; a version already in the history, or
// the same version again, proposes nothing; a summary emptied is refused.
func TestVersionHistoryDeclined(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.FR), ""), 120, 40)
	history := field("cover.changelog")
	before := len(d.m.ctx.Plan.Records(history))
	d.goTo("continuity").toField("bcp.rto").keys("enter", "ctrl+u").typeText("2 h").keys("enter")
	d.keys("esc").setVersion("1.1")
	d.mustShow("RTO (DMIA)\u00a0: 4\u00a0h → 2\u00a0h")
	d.keys("esc")
	if len(d.m.ctx.Plan.Records(history)) != before {
		t.Fatal("Esc added a line")
	}
	d.setVersion("1.2")
	d.mustShow("La version passe de 1.1 à 1.2.", "rien n'a changé depuis")
	d.keys("enter")
	d.mustShow("Décrivez les modifications, ou appuyez sur Échap pour ne rien ajouter.")
	d.typeText("Relecture").keys("enter")
	if n := len(d.m.ctx.Plan.Records(history)); n != before+1 {
		t.Fatalf("%d lines", n-before)
	}
	d.setVersion("1.0") // in the history already
	if d.dialogOpen() {
		t.Fatalf("a version already recorded proposes a line:\n%s", d.view())
	}
	d.setVersion("1.0")
	if d.dialogOpen() {
		t.Fatalf("the same version proposes a line:\n%s", d.view())
	}
}

// TestVersionHistoryOfANewPlan: a plan never read from a file has nothing
// to compare with: the summary is the user's.
func TestVersionHistoryOfANewPlan(t *testing.T) {
	d := newDriver(t, options(t, "plan.yaml", pas.EN), 120, 40)
	t.Chdir(t.TempDir())
	d.keys("enter") // the start screen's choice: the example, unsaved
	if d.m.ctx.Plan == nil {
		t.Fatalf("the start screen opened no plan:\n%s", d.view())
	}
	d.setVersion("0.2")
	d.mustShow("The version goes from 1.0 to 0.2.", "this plan was not read from a file;")
}

// TestViewHistoryProposal pins the proposed version-history line.
func TestViewHistoryProposal(t *testing.T) {
	eachView(t, func(t *testing.T, d *driver) {
		d.goTo("continuity").toField("bcp.rto").keys("enter", "ctrl+u").typeText("2 h").keys("enter")
		requireView(t, d.keys("esc").setVersion("1.1"))
	})
}
