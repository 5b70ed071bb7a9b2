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

// templatePlan is the example without activities: T proposes the
// standard ones, to confirm.
func templatePlan(t *testing.T, l pas.Lang) string {
	cat := sections.Catalogue()
	p, err := pas.Decode(examples.Plan(l), "ex", cat)
	if err != nil {
		t.Fatal(err)
	}
	p.ListOf(cat.MustField("raci.activities")).Records = nil
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := os.WriteFile(path, pas.Encode(p), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// gridLine returns the screen line holding text.
func (d *driver) gridLine(text string) string {
	for _, l := range strings.Split(d.view(), "\n") {
		if strings.Contains(l, text) {
			return l
		}
	}
	d.t.Fatalf("no line holds %q:\n%s", text, d.view())
	return ""
}

// TestGridConfirmRows: y confirms the current row, Y every proposed row,
// in one undoable edit; rows to confirm are marked.
func TestGridConfirmRows(t *testing.T) {
	d := newDriver(t, options(t, templatePlan(t, pas.FR), ""), 120, 40)
	acts, assign := field("raci.activities"), field("raci.activities.assign")
	d.goTo("raci").toField("activities").keys("enter", "T", "y")
	recs := d.m.ctx.Plan.Records(acts)
	if len(recs) < 20 || recs[0].Get(assign).State != pas.ToConfirm {
		t.Fatalf("the template proposed %d rows, first %+v", len(recs), recs[0].Get(assign))
	}
	label := recs[1].NameIn(acts, pas.FR)
	if l := d.gridLine(truncate(label, 12)[:10]); !strings.Contains(strings.SplitN(l, truncate(label, 12)[:10], 2)[0], "?") {
		t.Errorf("a row to confirm is not marked: %q", l)
	}
	d.keys("y")
	if recs := d.m.ctx.Plan.Records(acts); recs[0].Get(assign).State != pas.Committed || recs[1].Get(assign).State != pas.ToConfirm {
		t.Fatalf("y: first %v, second %v", recs[0].Get(assign).State, recs[1].Get(assign).State)
	}
	d.mustShow("Ligne validée")
	d.keys("Y")
	for _, r := range d.m.ctx.Plan.Records(acts) {
		if v := r.Get(assign); v.Pending() {
			t.Fatalf("Y left %s %v", r.ID, v.State)
		}
	}
	d.keys("u")
	if recs := d.m.ctx.Plan.Records(acts); recs[0].Get(assign).State != pas.Committed || recs[1].Get(assign).State != pas.ToConfirm || recs[len(recs)-1].Get(assign).State != pas.ToConfirm {
		t.Error("one undo did not bring every proposed row back")
	}
}

// TestGridStatusFromChecker: the row's status is the checker's RACI
// findings, including rules the grid knows nothing of (RACI-05).
func TestGridStatusFromChecker(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.FR), ""), 120, 40)
	acts, assign := field("raci.activities"), field("raci.activities.assign")
	d.goTo("raci").toField("activities").keys("enter")
	g := d.m.ed.form.top().(*gridView)
	for i, r := range d.m.ctx.Plan.Records(acts) {
		if r.Str(field("raci.activities.standard")) == "breach_notification" {
			g.row = i
		}
	}
	r := d.m.ctx.Plan.Records(acts)[g.row]
	cols := g.parties()
	for j, id := range cols { // the provider (a processor) takes the A
		if id == "hsn" {
			g.col = j
		}
	}
	d.keys("a")
	for j, id := range cols {
		if strings.Contains(r.Get(assign).RACI[id], "A") && id != "hsn" {
			g.col = j
		}
	}
	d.keys("a")
	d.mustShow("RACI-05", "rend compte (A)")
	if l := d.gridLine("Notification"); !strings.HasPrefix(strings.TrimLeft(strings.SplitN(l, "┃", 2)[1], " "), "✗") {
		t.Errorf("the row is not marked wrong: %q", l)
	}
	d.mustShow(r.NameIn(acts, pas.FR)) // the activity's full name on the detail line
}

// TestGridHeadersReadableAt80: at 80 columns the parties' headers are
// short names, never cut, and the current column's full name is shown.
func TestGridHeadersReadableAt80(t *testing.T) {
	for _, l := range pas.Langs {
		d := newDriver(t, options(t, examplePlan(t, l), ""), 80, 24)
		d.goTo("raci").toField("activities").keys("enter", "right")
		lines := strings.Split(d.view(), "\n")
		header := strings.SplitN(lines[2], "┃", 2)[1]
		if strings.Contains(header, "…") {
			t.Errorf("%s: a header is cut: %q", l, header)
		}
		for _, want := range []string{"GHT", "HSN", "DRV"} {
			if !strings.Contains(header, want) && !strings.Contains(header, map[string]string{"HSN": "Hélianthe", "DRV": "Datarive", "GHT": "GHT"}[want]) {
				t.Errorf("%s: header lacks %s: %q", l, want, header)
			}
		}
		d.mustShow("Hélianthe Santé Numérique")
	}
}
