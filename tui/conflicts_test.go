package tui

import (
	"os"
	"strings"
	"testing"

	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// mergedOptions writes as plan.yaml, in a temporary working directory,
// what pas merge makes of two edits of the example in a language: the
// RPO set to 4 h and 8 h, the sites' notes rewritten both ways, the
// activity a03 deleted on our side and renamed on theirs, the waiver's
// reason changed both ways. It returns options opening it.
func mergedOptions(t *testing.T, l pas.Lang) Options {
	t.Helper()
	rpo, acts := field("continuity.bcp.rpo"), field("raci.activities")
	return mergeOf(t, l, func(ours, theirs *pas.Plan) {
		ours.Set(rpo, &pas.Value{Has: true, Dur: pas.Hours(4)})
		theirs.Set(rpo, &pas.Value{Has: true, Dur: pas.Hours(8)})
		ours.Edit("datacenter").Notes = "Our notes"
		theirs.Edit("datacenter").Notes = "Their notes"
		deleteRecord(ours, acts, "a03")
		theirs.Record(acts, "a03").Set(acts.RecordField("label"), &pas.Value{Has: true, Str: "Homologation"})
		ours.Waivers[0].Reason = "Our reason"
		theirs.Waivers[0].Reason = "Their reason"
	})
}

// mergeOf writes as plan.yaml, in a temporary working directory, what pas
// merge makes of two edits of the example, and returns options opening it.
func mergeOf(t *testing.T, l pas.Lang, edit func(ours, theirs *pas.Plan)) Options {
	t.Helper()
	t.Chdir(t.TempDir())
	load := func() *pas.Plan {
		p, err := pas.Decode(examples.Plan(l), "plan.yaml", sections.Catalogue())
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	base, ours, theirs := load(), load(), load()
	edit(ours, theirs)
	merged := pas.Merge(base, ours, theirs)
	if err := os.WriteFile("plan.yaml", pas.Marshal(merged), 0o644); err != nil {
		t.Fatal(err)
	}
	return options(t, "plan.yaml", "")
}

// conflictPaths lists the plan's conflicts.
func conflictPaths(p *pas.Plan) string {
	var out []string
	for _, c := range p.Conflicts {
		out = append(out, c.Path)
	}
	return strings.Join(out, " ")
}

// toConflict opens the conflict list and the conflict at a path.
func (d *driver) toConflict(path string) *driver {
	d.t.Helper()
	d.keys("m")
	for i, c := range d.m.ctx.Plan.Conflicts {
		if c.Path == path {
			for ; i > 0; i-- {
				d.keys("down")
			}
			return d.keys("enter")
		}
	}
	d.t.Fatalf("no conflict at %s: %s", path, conflictPaths(d.m.ctx.Plan))
	return d
}

// TestConflictsTakeTheirs: a merged plan says how many conflicts it
// holds; m lists them; taking their version applies it and removes the
// conflict as one undoable edit; the saved plan loads without it.
func TestConflictsTakeTheirs(t *testing.T) {
	d := newDriver(t, mergedOptions(t, pas.FR), 120, 40)
	if got := conflictPaths(d.m.ctx.Plan); got != "raci.activities[a03] datacenter.notes continuity.bcp.rpo waivers[CTX-09 cover.status]" {
		t.Fatalf("conflicts: %s", got)
	}
	d.mustShow("4 conflits de fusion à résoudre : touche m.", "m conflits de fusion")
	if e := d.m.ctx.Stats.section("continuity").errors; e != 1 {
		t.Fatalf("%d errors in continuity (MERGE-01)", e)
	}
	d.keys("m")
	d.mustShow("Conflits de fusion", "Continuité et reprise — RPO (PDMA) — la nôtre : 4h · la leur : 8h")
	d.keys("esc").toConflict("continuity.bcp.rpo")
	d.mustShow("Conflit de fusion 3/4", "continuity.bcp.rpo", "Garder notre version (branche courante) : 4 h",
		"Prendre leur version (branche fusionnée) : 8 h", "Revenir à la version commune : 1 h", "Saisir une autre valeur…")
	d.keys("down", "enter")
	rpo := field("continuity.bcp.rpo")
	if v := d.m.ctx.Plan.Get(rpo); v.Dur != pas.Hours(8) || conflictAt(d.m.ctx.Plan, "continuity.bcp.rpo") != nil {
		t.Fatalf("RPO %v, conflicts %s", v.Dur, conflictPaths(d.m.ctx.Plan))
	}
	d.mustShow("Conflit résolu (u annule) ; il en reste 3.", "Conflits de fusion")
	if e := d.m.ctx.Stats.section("continuity").errors; e != 0 {
		t.Fatalf("%d errors in continuity once resolved", e)
	}
	d.keys("esc", "u")
	if v := d.m.ctx.Plan.Get(rpo); v.Dur != pas.Hours(4) || conflictAt(d.m.ctx.Plan, "continuity.bcp.rpo") == nil {
		t.Fatalf("undo: RPO %v, conflicts %s", v.Dur, conflictPaths(d.m.ctx.Plan))
	}
	d.keys("U", "ctrl+s")
	p, err := pas.Load("plan.yaml", sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	if got := conflictPaths(p); got != "raci.activities[a03] datacenter.notes waivers[CTX-09 cover.status]" || p.Get(rpo).Dur != pas.Hours(8) {
		t.Fatalf("saved: conflicts %s, RPO %v", got, p.Get(rpo).Dur)
	}
}

// TestConflictsByHand: a value typed as in the form (refused on the spot
// when it does not read), notes on several lines, a record taken back
// from their side, a waiver written as YAML; the last resolution says so.
func TestConflictsByHand(t *testing.T) {
	d := newDriver(t, mergedOptions(t, pas.EN), 120, 40)
	rpo := field("continuity.bcp.rpo")
	d.toConflict("continuity.bcp.rpo").keys("G", "enter")
	d.mustShow("Resolve: ", "ours: 4h; theirs: 8h; base: 1h", "typed as in the form")
	d.keys("ctrl+u").typeText("soon").keys("enter")
	d.mustShow("Resolve: ") // refused: the dialog stays
	if v := d.m.ctx.Plan.Get(rpo); v.Dur != pas.Hours(4) || len(d.m.ctx.Plan.Conflicts) != 4 {
		t.Fatal("a refused value changed the plan")
	}
	d.keys("ctrl+u").typeText("2 h").keys("enter")
	if v := d.m.ctx.Plan.Get(rpo); v.Dur != pas.Hours(2) || conflictAt(d.m.ctx.Plan, "continuity.bcp.rpo") != nil {
		t.Fatalf("typed: RPO %v, conflicts %s", v.Dur, conflictPaths(d.m.ctx.Plan))
	}

	d.keys("esc").toConflict("datacenter.notes")
	d.mustShow("Keep our version (current branch): Our notes", "Take their version (merged branch): Their notes")
	d.keys("G", "enter") // type another
	d.mustShow("The text to keep, starting from ours")
	d.keys("ctrl+u").typeText("First line").keys("ctrl+j").typeText("second line").keys("enter")
	if got := d.m.ctx.Plan.Data("datacenter").Notes; got != "First line\nsecond line" {
		t.Fatalf("notes %q", got)
	}

	acts := field("raci.activities")
	d.keys("esc").toConflict("raci.activities[a03]")
	d.mustShow("Activities “Homologation”", "Keep our version (current branch): (nothing)")
	d.keys("down", "enter")
	if r := d.m.ctx.Plan.Record(acts, "a03"); r == nil || r.Str(acts.RecordField("label")) != "Homologation" {
		t.Fatalf("their record is not back: %+v", r)
	}

	d.keys("esc").toConflict("waivers[CTX-09 cover.status]")
	d.keys("G", "enter")
	d.mustShow("The version to keep, as one line of YAML")
	d.keys("ctrl+u").typeText("{rule: CTX-09, reason: Agreed").keys("enter")
	d.mustShow("Resolve: ") // refused: unclosed
	d.keys("ctrl+u").typeText("{rule: CTX-09, item: cover.status, reason: Agreed, approver: CISO, date: 2026-11-20}").keys("enter")
	if ws := d.m.ctx.Plan.Waivers; len(ws) != 1 || ws[0].Reason != "Agreed" || len(d.m.ctx.Plan.Conflicts) != 0 {
		t.Fatalf("waivers %+v, conflicts %s", ws, conflictPaths(d.m.ctx.Plan))
	}
	d.mustShow("Last conflict resolved (u undoes it): ctrl+s saves the plan.", "No merge conflict left")
	d.keys("esc")
	d.mustNotShow("m merge conflicts")
	d.keys("m")
	d.mustShow("No merge conflict in this plan.")
	for range 4 {
		d.keys("u")
	}
	if n := len(d.m.ctx.Plan.Conflicts); n != 4 {
		t.Fatalf("%d conflicts after four undos", n)
	}
}

// TestConflictsNotInClientView: conflicts are internal.
func TestConflictsNotInClientView(t *testing.T) {
	d := newDriver(t, mergedOptions(t, pas.FR), 120, 40)
	d.keys("v", "m")
	d.mustNotShow("Conflits de fusion", "m conflits de fusion")
}

// TestViewConflicts pins the list of a merged plan's conflicts.
func TestViewConflicts(t *testing.T) {
	eachSize(t, func(t *testing.T, l pas.Lang, w, h int) {
		d := newDriver(t, mergedOptions(t, l), w, h)
		requireView(t, d.keys("m"))
	})
}

// TestViewConflict pins one conflict's versions.
func TestViewConflict(t *testing.T) {
	eachSize(t, func(t *testing.T, l pas.Lang, w, h int) {
		d := newDriver(t, mergedOptions(t, l), w, h)
		requireView(t, d.toConflict("continuity.bcp.rpo"))
	})
}

// TestConflictsAfterAPull: a merge pulled under the editor brings
// conflicts; reloading the plan says so.
func TestConflictsAfterAPull(t *testing.T) {
	mergedOptions(t, pas.EN)
	merged, err := os.ReadFile("plan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	if err := os.WriteFile("plan.yaml", examples.Plan(pas.EN), 0o644); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, options(t, "plan.yaml", ""), 120, 40)
	d.mustNotShow("merge conflict")
	if err := os.WriteFile("plan.yaml", merged, 0o644); err != nil {
		t.Fatal(err)
	}
	d.keys("ctrl+s", "r")
	d.mustShow("Plan reloaded from disk. 4 merge conflicts to resolve: key m.")
}

// TestConflictOnALongText: a long text in conflict is typed in a text box
// from our version, on several lines; a value to confirm stays so.
func TestConflictOnALongText(t *testing.T) {
	scope := field("engagement.scope")
	d := newDriver(t, mergeOf(t, pas.FR, func(ours, theirs *pas.Plan) {
		ours.Set(scope, &pas.Value{Has: true, Str: "Notre périmètre", State: pas.ToConfirm})
		theirs.Set(scope, &pas.Value{Has: true, Str: "Leur périmètre"})
	}), 120, 40)
	d.toConflict("engagement.scope").keys("G", "enter")
	d.mustShow("Le texte à garder, à partir de notre version", "Notre périmètre")
	d.keys("ctrl+j").typeText("Deuxième ligne").keys("enter")
	if v := d.m.ctx.Plan.Get(scope); v.Str != "Notre périmètre\nDeuxième ligne" || v.State != pas.ToConfirm || len(d.m.ctx.Plan.Conflicts) != 0 {
		t.Fatalf("scope %+v, conflicts %s", v, conflictPaths(d.m.ctx.Plan))
	}
}

// TestConflictFromItsPlace: m on a question, or a matrix row, in conflict
// opens that conflict at once, over the list.
func TestConflictFromItsPlace(t *testing.T) {
	d := newDriver(t, mergedOptions(t, pas.EN), 120, 40)
	d.goTo("continuity").toField("bcp.rpo").keys("m")
	d.mustShow("Merge conflict 3/4", "continuity.bcp.rpo")
	d.keys("esc")
	d.mustShow("Merge conflicts", "3/4")
	d.keys("esc").goTo("raci").toField("activities").keys("enter")
	for r := d.m.ed.form.top().(*gridView); r.records()[r.row].ID != "a03"; {
		d.keys("down")
	}
	d.keys("m")
	d.mustShow("Merge conflict 1/4", "raci.activities[a03]")
	d.keys("esc", "esc").goTo("cover").keys("m")
	d.mustShow("Merge conflicts", "1/4")
	d.mustNotShow("Merge conflict 1/4")
}
