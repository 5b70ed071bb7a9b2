package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// tenderOptions writes the example in a language as standard.yaml and a
// plan made from it (its baseline) as plan.yaml, edited by edit, in a
// temporary working directory; it returns options opening the plan.
func tenderOptions(t *testing.T, l pas.Lang, edit func(p *pas.Plan)) Options {
	t.Helper()
	t.Chdir(t.TempDir())
	std := examples.Plan(l)
	if err := os.WriteFile("standard.yaml", std, 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := pas.Decode(std, "standard.yaml", sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	p.Baseline = pas.NewBaseline("plan.yaml", "standard.yaml", std)
	if edit != nil {
		edit(p)
	}
	if err := os.WriteFile("plan.yaml", pas.Marshal(p), 0o644); err != nil {
		t.Fatal(err)
	}
	return options(t, "plan.yaml", "")
}

// weakerRPO sets the plan's RPO to 24 h (the example's is 1 h).
func weakerRPO(p *pas.Plan) {
	p.Set(field("continuity.bcp.rpo"), &pas.Value{Has: true, Dur: pas.Hours(24)})
}

// TestStandardValueMarkedAndTakenBack: a field that differs from the
// standard PAS is marked ≠, says the standard's value and that it is
// weaker; b shows both values and takes the standard's as one undoable
// edit.
func TestStandardValueMarkedAndTakenBack(t *testing.T) {
	d := newDriver(t, tenderOptions(t, pas.FR, weakerRPO), 120, 40)
	d.mustShow("1 écart au PAS standard, marqué ≠ (touche b).")
	if b, _ := badge(d.m.ctx, d.m.ctx.Cat.Section("continuity")); b != "!1 ≠1" {
		t.Fatalf("sidebar badge %q", b)
	}
	d.goTo("continuity").toField("bcp.rpo").keys("down", "up")
	d.mustShow("!≠RPO (PDMA)", "≠ PAS standard : 1\u00a0h · ce plan : moins strict — touche b")
	d.keys("b")
	d.mustShow("PAS standard : 1\u00a0h", "Ce plan : 24\u00a0h", "Ce plan est moins strict que le PAS standard pour le client.", "Reprendre la valeur du PAS standard ?")
	d.keys("n")
	if v := d.m.ctx.Plan.Get(field("continuity.bcp.rpo")); v.Dur != pas.Hours(24) {
		t.Fatalf("n changed the value: %v", v.Dur)
	}
	d.keys("b", "o")
	if v := d.m.ctx.Plan.Get(field("continuity.bcp.rpo")); v.Dur != pas.Hours(1) {
		t.Fatalf("RPO = %v, want the standard's 1 h", v.Dur)
	}
	d.mustShow("Valeur du PAS standard reprise (u annule).")
	d.mustNotShow("≠RPO", "≠1")
	if n := d.m.ctx.Stats.devs.total; n != 0 {
		t.Fatalf("%d deviations left", n)
	}
	d.keys("b")
	d.mustShow("Même valeur que le PAS standard.")
	d.keys("u")
	d.mustShow("!≠RPO (PDMA)")
	if v := d.m.ctx.Plan.Get(field("continuity.bcp.rpo")); v.Dur != pas.Hours(24) {
		t.Fatalf("undo: RPO = %v", v.Dur)
	}
}

// TestStandardRecords: a record changed from the standard is marked in its
// list and put back whole by b; one added for the plan is not in the
// standard; the standard's records the plan removed come back from the
// list's field, at their place.
func TestStandardRecords(t *testing.T) {
	sites := field("datacenter.sites")
	d := newDriver(t, tenderOptions(t, pas.EN, func(p *pas.Plan) {
		r := p.Records(sites)[0]
		r.Set(sites.RecordField("generator_autonomy"), &pas.Value{Has: true, Dur: pas.Hours(24)})
		r.Set(sites.RecordField("city"), &pas.Value{Has: true, Str: "Lyon"})
	}), 120, 40)
	d.goTo("datacenter").toField("sites")
	d.mustShow("≠Sites")
	d.keys("enter")
	first := d.m.ctx.Plan.Records(sites)[0]
	name := first.Name(sites)
	d.mustShow("≠" + name)
	d.keys("b")
	d.mustShow("Put “"+name+"” back as the standard PAS has it?", "Fields that differ: City, Generator autonomy", "In this plan: 1 weaker or outside the allowed range.")
	d.keys("y")
	if got := first.ID; d.m.ctx.Plan.Record(sites, got).Str(sites.RecordField("city")) == "Lyon" {
		t.Fatal("the record was not put back")
	}
	d.mustNotShow("≠" + name)
	d.keys("u")
	d.mustShow("≠" + name)
	d.keys("u") // the plan as opened

	d.keys("D", "esc")           // a copy, added for this plan
	d.mustShow("✗≠" + name[:10]) // the copy: a name taken twice
	d.keys("b")
	d.mustShow("(copy)” is not in the standard PAS")

	d.keys("u", "up", "x", "y") // the second site removed
	n := len(d.m.ctx.Plan.Records(sites))
	d.keys("esc").toField("sites").keys("b")
	d.mustShow("Put back the standard PAS's items this plan removed?")
	d.keys("y")
	recs := d.m.ctx.Plan.Records(sites)
	std := d.m.ctx.Plan.Baseline.Standard.Records(sites)
	if len(recs) != n+1 || recs[1].ID != std[1].ID {
		t.Fatalf("records after restoring: %d, second %s (want %s)", len(recs), recs[1].ID, std[1].ID)
	}
}

// TestStandardUnreadable: a plan whose standard is missing or has changed
// opens with a note, never an error; b says why it cannot compare.
func TestStandardUnreadable(t *testing.T) {
	opt := tenderOptions(t, pas.FR, weakerRPO)
	if err := os.Remove("standard.yaml"); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, opt, 120, 40)
	d.mustShow("PAS standard «\u00a0standard.yaml\u00a0» illisible")
	d.goTo("continuity").toField("bcp.rpo").keys("b")
	d.mustShow("PAS standard «\u00a0standard.yaml\u00a0» illisible")
	d.mustNotShow("≠RPO")

	changed := tenderOptions(t, pas.EN, weakerRPO)
	data, _ := os.ReadFile("standard.yaml")
	if err := os.WriteFile("standard.yaml", append(data, []byte("# edited\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	d = newDriver(t, changed, 120, 40)
	d.mustShow("Standard PAS changed since the copy: ≠ marks compare with its current version.")
	d.goTo("continuity").toField("bcp.rpo").keys("down", "up")
	d.mustShow("!≠Recovery point objective (RPO)")

	broken := tenderOptions(t, pas.EN, nil)
	if err := os.WriteFile("standard.yaml", []byte("cover: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d = newDriver(t, broken, 120, 40)
	d.mustShow("Standard PAS “standard.yaml” cannot be read")
}

// TestStandardNotInClientView: the marks and b are internal.
func TestStandardNotInClientView(t *testing.T) {
	d := newDriver(t, tenderOptions(t, pas.FR, weakerRPO), 120, 40)
	d.goTo("continuity").toField("bcp.rpo").keys("v")
	d.mustNotShow("≠", "PAS standard")
	d.keys("b")
	d.mustNotShow("Reprendre la valeur du PAS standard")
	for _, b := range d.m.modes.top().ShortHelp() {
		if b.Help().Key == "b" {
			t.Fatal("b in the client view's footer")
		}
	}
}

// TestStandardPathRelativeToThePlan: a plan in another directory finds
// its standard from its own directory.
func TestStandardPathRelativeToThePlan(t *testing.T) {
	tenderOptions(t, pas.FR, weakerRPO)
	if err := os.Mkdir("tenders", 0o755); err != nil {
		t.Fatal(err)
	}
	std, _ := os.ReadFile("standard.yaml")
	p, err := pas.Load("plan.yaml", sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("tenders", "plan.yaml")
	p.Baseline = pas.NewBaseline(path, "standard.yaml", std)
	if !strings.HasPrefix(p.Baseline.Path, "../") {
		t.Fatalf("baseline path %q", p.Baseline.Path)
	}
	if err := os.WriteFile(path, pas.Marshal(p), 0o644); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, options(t, path, ""), 120, 40)
	d.mustShow("1 écart au PAS standard")
}

// TestViewStandard pins the form of a plan made from a standard PAS: the
// ≠ marks, the sidebar's counts, the standard's value under the question.
func TestViewStandard(t *testing.T) {
	eachSize(t, func(t *testing.T, l pas.Lang, w, h int) {
		d := newDriver(t, tenderOptions(t, l, weakerRPO), w, h)
		d.goTo("continuity").toField("bcp.rpo").keys("down", "up")
		requireView(t, d)
	})
}

// TestStandardKeyWithoutStandard: b on a plan not made from a standard
// says so instead of doing nothing.
func TestStandardKeyWithoutStandard(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.EN), ""), 120, 40)
	d.goTo("continuity").toField("bcp.rpo").keys("b")
	d.mustShow("This plan is not made from a standard PAS")
}
