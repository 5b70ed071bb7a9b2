package tui

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// wsTo skips workshop steps until the one of a field.
func (d *driver) wsTo(path string) *workshopModel {
	d.t.Helper()
	for i := 0; i < 80; i++ {
		w := d.workshop()
		if w == nil || w.done {
			break
		}
		if w.step().Field.Path == path {
			return w
		}
		d.keys("tab")
	}
	d.t.Fatalf("the workshop never reached %s", path)
	return nil
}

// presentable fails if the screen shows what a client must not see:
// counts, severities, rule ids, internal notes, the file path.
func (d *driver) presentable(where string) {
	d.t.Helper()
	v := d.view()
	for _, bad := range []string{"erreur", "error", "avertissement", "warning", "complet", "complete", "plan.yaml", "✗", "RACI-0", "notes internes", "internal notes"} {
		if strings.Contains(v, bad) {
			d.t.Fatalf("%s: the workshop shows %q:\n%s", where, bad, v)
		}
	}
}

// TestWorkshopWalksEveryClientQuestion: the workshop starts with the
// context, asks answered questions too (Enter keeps, c marks to confirm),
// shows its progress, skips and goes back.
func TestWorkshopWalksEveryClientQuestion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	p := pas.NewPlan(sections.Catalogue(), pas.EN)
	p.Set(field("engagement.buyer_type"), &pas.Value{Has: true, Str: "state"})
	if err := pas.WriteFileAtomic(path, pas.Encode(p)); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, options(t, path, ""), 100, 30)
	d.keys("w")
	w := d.workshop()
	if w == nil || w.step().Field != field("engagement.buyer_type") || w.editor != nil {
		t.Fatalf("the workshop does not start by reviewing the buyer type")
	}
	n := len(w.steps)
	d.mustShow("Workshop", "1 / "+itoa(n), "Buyer type", "Answer: State administration")
	d.presentable("first question")
	d.keys("enter") // keep
	if w.step().Field != field("engagement.procurement.reference") || w.editor == nil {
		t.Fatalf("after Enter: %s", w.step().Field.Path)
	}
	d.typeText("AO-2026-12").keys("enter")
	if v := d.m.ctx.Plan.Get(field("engagement.procurement.reference")); !v.Answered() || v.Str != "AO-2026-12" {
		t.Fatalf("reference = %+v", v)
	}
	d.mustShow("3 / ")
	d.keys("shift+tab")
	d.mustShow("2 / ", "Answer: AO-2026-12")
	d.keys("c")
	if v := d.m.ctx.Plan.Get(field("engagement.procurement.reference")); v.State != pas.ToConfirm {
		t.Fatalf("c did not mark to confirm: %+v", v)
	}
	if w.step().Field != field("engagement.procurement.procedure") {
		t.Fatalf("c did not go on: %s", w.step().Field.Path)
	}
	d.keys("tab", "tab")                               // procedure skipped, scope skipped
	for _, lvl := range []string{"3", "2", "4", "2"} { // DICT, answered by their digit
		d.typeText(lvl).keys("enter")
	}
	if got := d.m.ctx.Plan.Str(field("engagement.needs.integrity")); got != "2" {
		t.Errorf("integrity = %q", got)
	}
	var paths []string
	for _, st := range w.steps {
		paths = append(paths, st.Field.Path)
	}
	for _, want := range []string{"parties.contacts", "datacenter.sites", "continuity.bcp.rpo", "continuity.bcp.rto", "raci.activities"} {
		if !strings.Contains(strings.Join(paths, " "), want) {
			t.Errorf("the agenda lacks %s: %v", want, paths)
		}
	}
	d.presentable("DICT")
}

// TestWorkshopListsRPOAndRACI: contacts and sites are added on the spot,
// the RPO is changed, the RACI rows the client holds are confirmed, and
// nothing internal is ever on screen.
func TestWorkshopListsRPOAndRACI(t *testing.T) {
	for _, sz := range [][2]int{{100, 30}, {80, 24}} {
		d := newDriver(t, options(t, examplePlan(t, pas.FR), ""), sz[0], sz[1])
		contacts, sites := field("parties.contacts"), field("datacenter.sites")
		nc, ns := len(d.m.ctx.Plan.Records(contacts)), len(d.m.ctx.Plan.Records(sites))
		d.keys("w")
		d.presentable("start")
		d.wsTo("parties.contacts")
		d.presentable("contacts")
		d.keys("+").typeText("Marie Lemoine").keys("enter") // the name is typed at once, then each field
		d.keys("enter").typeText("ght").keys("enter")
		d.keys("enter").typeText("rssi").keys("enter")
		d.keys("enter").typeText("RSSI de la Région").keys("enter")
		d.presentable("new contact")
		d.keys("esc")
		if got := len(d.m.ctx.Plan.Records(contacts)); got != nc+1 {
			t.Fatalf("%d contacts, want %d", got, nc+1)
		}
		r := d.m.ctx.Plan.Record(contacts, "marie-lemoine")
		if r == nil || r.Str(field("parties.contacts.party")) != "ght" || r.Str(field("parties.contacts.function")) != "ciso" || r.Str(field("parties.contacts.title")) != "RSSI de la Région" {
			t.Fatalf("new contact: %+v", r)
		}
		d.keys("tab")
		if d.workshop().step().Field != sites {
			t.Fatalf("tab after the contacts went to %s", d.workshop().step().Field.Path)
		}
		d.keys("+").typeText("Salle de la Région").keys("enter", "esc", "tab")
		if got := len(d.m.ctx.Plan.Records(sites)); got != ns+1 {
			t.Fatalf("%d sites, want %d", got, ns+1)
		}
		d.wsTo("continuity.bcp.rpo")
		d.presentable("RPO")
		d.keys("e", "ctrl+u").typeText("2 h").keys("enter")
		if v := d.m.ctx.Plan.Get(field("continuity.bcp.rpo")); v.Dur != pas.Hours(2) || !v.Answered() {
			t.Fatalf("RPO = %+v", v)
		}
		w := d.wsTo("raci.activities")
		d.presentable("RACI")
		g := w.form.top().(*gridView)
		held := g.records()
		if len(held) == 0 || len(held) == len(d.m.ctx.Plan.Records(field("raci.activities"))) {
			t.Fatalf("the matrix shows %d rows, not those the client holds", len(held))
		}
		for _, r := range held {
			if r.Get(field("raci.activities.assign")).RACI["ght"] == "" {
				t.Errorf("row %s has no letter of the client", r.ID)
			}
		}
		d.keys("r")
		d.presentable("RACI after a letter")
	}
}

// TestWorkshopSummary: the summary lists the open questions with owners
// and due dates, leads back to a question, and closing it brings the
// editor back as it was.
func TestWorkshopSummary(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.FR), ""), 100, 30)
	d.keys("w")
	d.wsTo("engagement.scope")
	d.keys("o", "tab", "ctrl+u").typeText("DSI de la Région").keys("tab").typeText("dans 15 jours").keys("enter")
	if v := d.m.ctx.Plan.Get(field("engagement.scope")); v.State != pas.Open || v.Owner != "DSI de la Région" || v.Due.String() != "2026-12-16" {
		t.Fatalf("scope = %+v", v)
	}
	d.keys("esc")
	w := d.workshop()
	if !w.done {
		t.Fatal("esc did not end the workshop")
	}
	d.mustShow("Fin de l'atelier", "Questions ouvertes", "Périmètre", "responsable : DSI de la Région", "échéance : 16")
	d.presentable("summary")
	d.keys("enter")
	if w.done || w.step().Field != field("engagement.scope") {
		t.Fatal("Enter did not go back to the open question")
	}
	d.keys("esc", "esc", "esc")
	if d.workshop() != nil {
		t.Fatal("the workshop did not close")
	}
	if d.m.ctx.Client {
		t.Error("closing the workshop left the client view on")
	}
	d.mustShow("plan.yaml", "complet")
}
