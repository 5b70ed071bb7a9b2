package tui

// The key traps a new user met in front of a client (issue "The editor in
// front of a client"): every key does what it says, or nothing.

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// top returns the form's top level as a fields view, or fails.
func (d *driver) topFields() *fieldsView {
	d.t.Helper()
	v, ok := d.m.ed.form.top().(*fieldsView)
	if !ok {
		d.t.Fatalf("the form shows %T, not a field list", d.m.ed.form.top())
	}
	return v
}

// at fails unless the form's top level is a record's (or the section's,
// when recordOf is "") fields with the cursor on the field id.
func (d *driver) at(section, id string) {
	d.t.Helper()
	if got := d.m.ed.section().ID; got != section {
		d.t.Fatalf("in section %s, want %s", got, section)
	}
	if cur := d.topFields().current(); cur == nil || cur.ID != id {
		d.t.Fatalf("cursor on %v, want %s:\n%s", cur, id, d.view())
	}
}

// TestNextItemInsideRecords: n goes to the missing fields of the record
// being filled, in order, instead of the next chapter.
func TestNextItemInsideRecords(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.FR), ""), 100, 30)
	d.goTo("parties").toField("organisations").keys("enter", "G", "+").typeText("Acme").keys("enter")
	d.keys("n")
	d.at("parties", "role") // the field Enter moved on to is missing: it is next
	d.keys("enter").typeText("titulaire").keys("enter")
	d.keys("n")
	d.at("parties", "seat_country")
	d.keys("n")
	d.at("parties", "gdpr_role")
	if rec := d.topFields().record(); rec == nil || rec.ID != "acme" {
		t.Fatalf("n left the new record: %+v", rec)
	}
	d.keys("N")
	d.at("parties", "seat_country")
}

// TestNextItemKeepsTheFieldJustLeft: Enter on a value to confirm keeps it
// to confirm and moves the cursor on; n comes back to it rather than
// skipping it.
func TestNextItemKeepsTheFieldJustLeft(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.FR), ""), 100, 30)
	d.goTo("session").toField("idle_timeout").keys("c", "enter", "enter")
	if v := d.m.ctx.Plan.Get(field("session.idle_timeout")); v.State != pas.ToConfirm {
		t.Fatalf("idle timeout is %+v", v)
	}
	d.keys("n")
	d.at("session", "idle_timeout")
	d.keys("n") // from there, on
	if cur := d.topFields().current(); d.m.ed.section().ID == "session" && cur.ID == "idle_timeout" {
		t.Fatal("n stays on the same item")
	}
}

// TestMultiChoiceFilterEnterToggles: Enter on a filtered checklist ticks
// the highlighted match and clears the filter; Enter with nothing ticked
// asks before answering "none".
func TestMultiChoiceFilterEnterToggles(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.FR), ""), 100, 30)
	f := field("datacenter.admin_countries")
	d.goTo("datacenter").toField("admin_countries").keys("delete", "enter").typeText("fr").keys("enter")
	if d.topFields().editor == nil {
		t.Fatal("Enter on a filter closed the checklist")
	}
	if v := d.m.ctx.Plan.Get(f); v != nil {
		t.Fatalf("Enter on a filter stored %+v", v)
	}
	d.mustShow("[x] France (FR)")
	d.typeText("allem").keys("enter", "enter")
	if v := d.m.ctx.Plan.Get(f); !v.IsSet() || strings.Join(v.List, ",") != "FR,DE" {
		t.Fatalf("admin countries = %+v", v)
	}
	d.toField("admin_countries").keys("delete", "enter", "enter")
	if v := d.m.ctx.Plan.Get(f); v != nil || d.topFields().editor == nil {
		t.Fatalf("Enter with nothing ticked answered at once: %+v", v)
	}
	d.mustShow("aucun")
	d.keys("enter")
	if v := d.m.ctx.Plan.Get(f); !v.IsSet() || len(v.List) != 0 {
		t.Fatalf("the second Enter did not answer none: %+v", v)
	}
}

// TestFilterKeepsSpaces: a space is part of the filter, in single-choice
// lists and in checklists (where it no longer ticks the highlighted box).
func TestFilterKeepsSpaces(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.FR), ""), 100, 30)
	d.goTo("datacenter").toField("sites").keys("enter", "enter").toFieldIn("tier").keys("enter").typeText("tier iv").keys("enter")
	if got := d.topFields().record().Str(field("datacenter.sites.tier")); got != "tier_4" {
		t.Fatalf("tier = %q", got)
	}
	d.keys("esc", "esc").toField("admin_countries").keys("enter").typeText("royaume uni")
	e := d.topFields().editor.(*multiEditor)
	if got := e.list.filter.Value(); got != "royaume uni" {
		t.Errorf("filter = %q", got)
	}
	if o, ok := e.list.current(); !ok || o.value != "GB" {
		t.Errorf("highlighted %+v, want the United Kingdom", o)
	}
	if len(e.order) != len(d.m.ctx.Plan.Get(field("datacenter.admin_countries")).List) {
		t.Errorf("the space ticked a box: %v", e.order)
	}
}

// TestOneLetterNeedsAnExactShortcut: a one-letter filter and Enter pick
// only an exact shortcut ("2" for a level, "n" for no), not the first
// name holding the letter.
func TestOneLetterNeedsAnExactShortcut(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.FR), ""), 100, 30)
	d.goTo("parties").toField("organisations").keys("enter", "enter").toFieldIn("gdpr_role")
	before := d.topFields().record().Str(field("parties.organisations.gdpr_role"))
	d.keys("enter").typeText("n").keys("enter")
	if got := d.topFields().record().Str(field("parties.organisations.gdpr_role")); got != before || d.topFields().editor == nil {
		t.Fatalf("n + Enter chose %q", got)
	}
	d.mustShow("précisez")
	d.keys("esc", "esc", "esc", "esc")
	d.goTo("engagement").toField("needs.availability").keys("enter").typeText("2").keys("enter")
	if got := d.m.ctx.Plan.Str(field("engagement.needs.availability")); got != "2" {
		t.Errorf("2 + Enter gave %q", got)
	}
	d.goTo("session").toField("lockout.enabled").keys("enter").typeText("n").keys("enter")
	if v := d.m.ctx.Plan.Get(field("session.lockout.enabled")); !v.IsSet() || v.Bool {
		t.Errorf("n + Enter on yes/no gave %+v", v)
	}
}

// TestLeavingModifiedTextAsks: Esc on a modified text asks whether to keep
// or discard it; on an unmodified one it just closes.
func TestLeavingModifiedTextAsks(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.FR), ""), 100, 30)
	f := field("engagement.scope")
	orig := d.m.ctx.Plan.Str(f)
	d.goTo("engagement").toField("scope").keys("enter").typeText(" Paragraphe tapé.").keys("esc")
	if !d.dialogOpen() {
		t.Fatal("Esc threw the typed text away without asking")
	}
	d.mustShow("Garder", "abandonner")
	d.keys("d")
	if d.m.ctx.Plan.Str(f) != orig || d.topFields().editor != nil {
		t.Fatal("discard did not close the editor and keep the old text")
	}
	d.toField("scope").keys("enter").typeText(" Paragraphe tapé.").keys("esc", "esc")
	if d.dialogOpen() || d.topFields().editor == nil {
		t.Fatal("Esc in the dialog should go back to typing")
	}
	d.keys("esc", "enter")
	if got := d.m.ctx.Plan.Str(f); got != orig+" Paragraphe tapé." {
		t.Fatalf("keep stored %q", got)
	}
	d.toField("scope").keys("enter", "esc")
	if d.dialogOpen() || d.topFields().editor != nil {
		t.Fatal("Esc on an unmodified text asked")
	}
	d.toField("procurement.reference").keys("enter").typeText("-B").keys("esc")
	if !d.dialogOpen() {
		t.Fatal("Esc on a modified line asked nothing")
	}
}

// TestRACITextRefusesUnknownParties: the assignment text takes only the
// parties of the plan, and says which they are.
func TestRACITextRefusesUnknownParties(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.FR), ""), 100, 30)
	assign := field("raci.activities.assign")
	d.goTo("raci").toField("activities").keys("enter", "enter").toFieldIn("assign")
	before := d.topFields().record().Get(assign).Clone()
	d.keys("enter", "ctrl+u").typeText("cli: RA; int: C").keys("enter")
	if !d.topFields().record().Get(assign).Equal(before) || d.topFields().editor == nil {
		t.Fatal("the placeholder's example was accepted")
	}
	d.mustShow("cli", "ght")
	d.keys("ctrl+u").typeText("ght: RA; hsn: C").keys("enter")
	if got := d.topFields().record().Get(assign).RACI; got["ght"] != "RA" || got["hsn"] != "C" || len(got) != 2 {
		t.Fatalf("assignment = %v", got)
	}
}

// TestPasteShowsWhole: after a 10 KB paste the end of the text is on
// screen at once, before any other key.
func TestPasteShowsWhole(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.FR), ""), 100, 30)
	d.goTo("engagement").toField("scope").keys("enter")
	var b strings.Builder
	for b.Len() < 10_000 {
		b.WriteString("Ligne de texte collée pour remplir le champ du périmètre.\n")
	}
	b.WriteString("FIN-DU-COLLAGE")
	d.topFields().editor.(*longEditor).box.SetValue("")
	d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(b.String()), Paste: true})
	d.mustShow("FIN-DU-COLLAGE")
	e := d.topFields().editor.(*longEditor)
	e.box.SetValue("")
	d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Windows\r\nlines\rend"), Paste: true})
	if got := e.box.Value(); got != "Windows\nlines\nend" {
		t.Errorf("pasted line ends: %q", got)
	}
}

// TestCountryByAbbreviation: "USA" and "UK" find their country in the
// choice list.
func TestCountryByAbbreviation(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.FR), ""), 100, 30)
	d.goTo("datacenter").toField("sites").keys("enter", "enter").toFieldIn("country").keys("enter")
	list := &d.topFields().editor.(*choiceEditor).list
	for in, want := range map[string]string{"USA": "US", "uk": "GB", "Royaume-Uni": "GB", "EAU": "AE"} {
		d.keys("ctrl+u").typeText(in)
		if o, ok := list.current(); !ok || o.value != want {
			t.Errorf("%s highlights %+v, want %s", in, o, want)
		}
	}
	d.keys("ctrl+u").typeText("usa").keys("enter")
	if got := d.topFields().record().Str(field("datacenter.sites.country")); got != "US" {
		t.Errorf("country = %q", got)
	}
}

// TestRelativeDueDate: an open question's due date may be a delay.
func TestRelativeDueDate(t *testing.T) {
	for _, tc := range []struct {
		l       pas.Lang
		due     string
		wantDue string
	}{{pas.FR, "dans 15 jours", "2026-12-16"}, {pas.EN, "in 2 weeks", "2026-12-15"}} {
		d := newDriver(t, options(t, examplePlan(t, tc.l), ""), 100, 30)
		d.goTo("session").toField("idle_timeout").keys("o", "ctrl+u").typeText("?").keys("tab").typeText("RSSI").keys("tab").typeText(tc.due).keys("enter")
		if v := d.m.ctx.Plan.Get(field("session.idle_timeout")); v.State != pas.Open || v.Due.String() != tc.wantDue {
			t.Errorf("%s: %q gave %+v", tc.l, tc.due, v)
		}
	}
}

// TestContactFreeTitle: a contact keeps its function and gains a title.
func TestContactFreeTitle(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.FR), ""), 100, 30)
	d.goTo("parties").toField("contacts").keys("enter", "enter").toFieldIn("title").keys("enter").typeText("RSSI de la Région").keys("enter")
	r := d.topFields().record()
	if r.Str(field("parties.contacts.title")) != "RSSI de la Région" || r.Str(field("parties.contacts.function")) == "" {
		t.Fatalf("contact = %+v", r.Values)
	}
}
