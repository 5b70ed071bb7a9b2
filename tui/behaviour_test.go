package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

func field(path string) *pas.Field { return sections.Catalogue().MustField(path) }

// TestClientViewHidesInternalItems: the presentation view shows no finding
// counts, completion, file path, waiver or internal note, on a plan that
// has all of them; the preview shows the client document.
func TestClientViewHidesInternalItems(t *testing.T) {
	path := examplePlan(t, pas.FR)
	d := newDriver(t, options(t, path, ""), 120, 40)
	d.goTo("session")
	d.keys("esc") // back to the sidebar
	d.m.ctx.Plan.Edit("session").Notes = "NOTE-INTERNE-SECRÈTE"
	d.m.ctx.Plan.Set(field("session.idle_timeout"), &pas.Value{Has: true, Dur: pas.Duration{N: 2, U: pas.Hour}}) // SES-01 fires
	d.keys("enter").send(d.m.changed())
	d.mustShow("complet", "plan.yaml", "SES-01", "!")
	d.keys("v")
	d.mustShow("VUE CLIENT")
	d.mustNotShow("complet", "plan.yaml", "SES-01", "erreur", "avertissement", "NOTE-INTERNE", "LOG-07", "dérogation", "notes internes")
	if strings.Contains(d.view(), "✗") || strings.Contains(d.view(), "!1") {
		t.Errorf("client view shows finding markers:\n%s", d.view())
	}
	d.keys("v")
	d.mustShow("complet")
}

func TestUndoRedoAcrossSections(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.EN), ""), 100, 30)
	d.goTo("cover").toField("reference").keys("enter", "ctrl+u").typeText("REF-A").keys("enter")
	d.goTo("session").toField("logs.retention").keys("enter", "ctrl+u").typeText("9 months").keys("enter")
	if got := d.m.ctx.Plan.Str(field("cover.reference")); got != "REF-A" {
		t.Fatalf("reference = %q", got)
	}
	d.keys("esc", "u")
	if got := d.m.ctx.Plan.Get(field("session.logs.retention")).Dur; got != (pas.Duration{N: 12, U: pas.Month}) {
		t.Errorf("after one undo, retention = %v", got)
	}
	d.keys("u")
	if got := d.m.ctx.Plan.Str(field("cover.reference")); got == "REF-A" || d.m.ed.section().ID != "cover" {
		t.Errorf("after two undos: reference %q, section %s", got, d.m.ed.section().ID)
	}
	d.keys("U")
	if got := d.m.ctx.Plan.Str(field("cover.reference")); got != "REF-A" {
		t.Errorf("after redo, reference = %q", got)
	}
}

func TestRecordsAddDeleteWithReferences(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.EN), ""), 100, 30)
	orgs := field("parties.organisations")
	host := d.m.ctx.Plan.Records(orgs)[2]
	uses := len(d.m.ctx.Plan.References(orgs, host.ID))
	if uses == 0 {
		t.Fatal("the example's host is referenced nowhere")
	}
	d.goTo("parties").toField("organisations").keys("enter", "down", "down", "x")
	d.mustShow("Delete", "These references will be removed")
	d.keys("y")
	if d.m.ctx.Plan.Record(orgs, host.ID) != nil || len(d.m.ctx.Plan.References(orgs, host.ID)) != 0 {
		t.Fatal("host not deleted or references left")
	}
	d.keys("u")
	if d.m.ctx.Plan.Record(orgs, host.ID) == nil || len(d.m.ctx.Plan.References(orgs, host.ID)) != uses {
		t.Fatal("undo did not restore the host and its references")
	}
	n := len(d.m.ctx.Plan.Records(orgs))
	d.keys("+").typeText("Acme").keys("enter")
	if len(d.m.ctx.Plan.Records(orgs)) != n+1 {
		t.Fatalf("add: %d records, want %d", len(d.m.ctx.Plan.Records(orgs)), n+1)
	}
	d.keys("esc", "D")
	if len(d.m.ctx.Plan.Records(orgs)) != n+2 {
		t.Fatalf("duplicate: %d records", len(d.m.ctx.Plan.Records(orgs)))
	}
	first := d.m.ctx.Plan.Records(orgs)[0].ID
	d.keys("esc", "g", "J")
	if d.m.ctx.Plan.Records(orgs)[1].ID != first {
		t.Error("move down did not move the first record")
	}
}

func TestGridEditing(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.FR), ""), 120, 40)
	acts := field("raci.activities")
	assign := field("raci.activities.assign")
	d.goTo("raci").toField("activities").keys("enter")
	g := d.m.ed.form.top().(*gridView)
	cols := g.parties()
	first := d.m.ctx.Plan.Records(acts)[0]
	before := first.Get(assign).RACI[cols[1]]
	d.keys("right", "r")
	if got := d.m.ctx.Plan.Records(acts)[0].Get(assign).RACI[cols[1]]; got == before {
		t.Fatalf("r did not toggle: %q", got)
	}
	d.keys("-")
	if _, ok := d.m.ctx.Plan.Records(acts)[0].Get(assign).RACI[cols[1]]; ok {
		t.Fatal("- did not clear the cell")
	}
	d.keys("a") // a second A on the row: the row's rule shows live
	d.mustShow("2 A au lieu d'un seul")
	d.keys("u", "u", "u")
	if got := d.m.ctx.Plan.Records(acts)[0].Get(assign).RACI[cols[1]]; got != before {
		t.Errorf("after undos the cell is %q, want %q", got, before)
	}
	n := len(d.m.ctx.Plan.Records(acts))
	d.keys("pgdown", "pgdown", "pgdown")
	if g.row != n-1 {
		t.Errorf("page down: row %d, want %d", g.row, n-1)
	}
	for i := 0; i < len(cols); i++ {
		d.keys("right")
	}
	if g.col != len(cols)-1 {
		t.Errorf("column %d, want %d", g.col, len(cols)-1)
	}
}

// TestGridScrollsWideMatrices: at 80 columns the large plan's 8 parties do
// not fit; the activity column stays while the cells scroll.
func TestGridScrollsWideMatrices(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := os.WriteFile(path, largeExample(t), 0o644); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, options(t, path, ""), 80, 24)
	d.goTo("raci").toField("activities").keys("enter")
	d.mustShow("▶")
	for i := 0; i < 7; i++ {
		d.keys("right")
	}
	d.mustShow("◀")
	label := d.m.ctx.Plan.Records(field("raci.activities"))[0].NameIn(field("raci.activities"), pas.FR)
	d.mustShow(truncate(label, 10)[:8])
}

func TestNotApplicableAsksJustification(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.EN), ""), 100, 30)
	d.goTo("assets").keys("a")
	d.mustShow("Not applicable", "Justification")
	d.keys("enter")
	d.mustShow("A justification is required")
	d.typeText("No media leave the datacenter").keys("enter")
	if sd := d.m.ctx.Plan.Data("assets"); sd.NA == nil || sd.NA.Justification != "No media leave the datacenter" {
		t.Fatalf("NA = %+v", sd.NA)
	}
	d.mustShow("Chapter not applicable")
	d.keys("a")
	if d.m.ctx.Plan.Data("assets").NA != nil {
		t.Error("a did not make the chapter applicable again")
	}
}

func TestOpenQuestionAndNotes(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.FR), ""), 100, 30)
	d.goTo("crypto").toField("keys.rotation").keys("o")
	d.typeText("Rotation annuelle acceptée ?").keys("tab").typeText("RSSI du GHT").keys("tab").typeText("15/01/2027").keys("enter")
	v := d.m.ctx.Plan.Get(field("crypto.keys.rotation"))
	if v.State != pas.Open || v.Owner != "RSSI du GHT" || v.Due != pas.MustDate("2027-01-15") || !v.IsSet() {
		t.Fatalf("value = %+v", v)
	}
	d.keys("i").typeText("Voir avec Datarive").keys("enter")
	if d.m.ctx.Plan.Data("crypto").Notes != "Voir avec Datarive" {
		t.Fatalf("notes = %q", d.m.ctx.Plan.Data("crypto").Notes)
	}
}

func TestQuitAsksWhenUnsaved(t *testing.T) {
	path := examplePlan(t, pas.EN)
	d := newDriver(t, options(t, path, ""), 100, 30)
	d.keys("q")
	if !d.quit {
		t.Fatal("q did not quit an unchanged plan")
	}
	d = newDriver(t, options(t, path, ""), 100, 30)
	d.goTo("cover").toField("reference").keys("enter", "ctrl+u").typeText("X").keys("enter")
	d.keys("ctrl+c")
	d.mustShow("Unsaved changes")
	if d.quit {
		t.Fatal("ctrl+c quit with unsaved changes")
	}
	d.keys("esc")
	d.mustNotShow("Unsaved changes")
	d.keys("ctrl+c", "d")
	if !d.quit || !d.m.aborted {
		t.Fatal("discarding after ctrl+c should quit as aborted")
	}
	data, _ := os.ReadFile(path)
	if strings.Contains(string(data), "reference: X") {
		t.Error("discarded edits were written")
	}
	d = newDriver(t, options(t, path, ""), 100, 30)
	d.goTo("cover").toField("reference").keys("enter", "ctrl+u").typeText("Y").keys("enter")
	d.keys("esc", "q", "s")
	data, _ = os.ReadFile(path)
	if !d.quit || !strings.Contains(string(data), "reference: Y") {
		t.Error("save and quit did not save")
	}
}

func TestStartScreenCreatesFromExample(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new", "plan.yaml")
	opt := options(t, path, "")
	opt.EnvLang = pas.EN
	d := newDriver(t, opt, 100, 30)
	d.mustShow("does not exist yet")
	d.keys("left") // Français, on the left
	d.mustShow("n'existe pas encore")
	d.keys("left") // stays on Français
	d.mustShow("n'existe pas encore")
	d.keys("right", "tab") // English, then back
	d.mustShow("n'existe pas encore")
	d.keys("enter")
	d.mustShow("Nouveau plan", "1. Contexte")
	if fileExists(path) {
		t.Fatal("a file was written before ctrl+s")
	}
	d.keys("ctrl+s")
	p, err := pas.Load(path, sections.Catalogue())
	if err != nil || p.Lang != pas.FR || len(p.Records(field("parties.organisations"))) == 0 {
		t.Fatalf("saved plan: %v", err)
	}
	if !fileExists(pas.MarkdownPath(path)) {
		t.Error("plan.md not written")
	}
}

func TestStartScreenOtherPlanShowsLoadErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("schema_version: 1\nfoo: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, options(t, filepath.Join(dir, "plan.yaml"), pas.EN), 100, 30)
	d.keys("down", "enter").typeText(bad).keys("enter")
	d.mustShow("bad.yaml:2:", "unknown top-level key")
}

func TestNextItemAndSearch(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.EN), ""), 100, 30)
	d.keys("n")
	first := d.m.ed.section().ID
	if first != "cover" {
		t.Errorf("first item in %s, want the cover's date to confirm", first)
	}
	d.keys("n")
	if d.m.ed.section().ID == first && d.m.ed.form.stack[0].(*fieldsView).cursor == 0 {
		t.Error("n did not move on")
	}
	d.keys("/").typeText("retention").keys("enter")
	if d.m.ed.section().ID == "" || d.dialogOpen() {
		t.Errorf("search did not jump: %s", d.m.ed.section().ID)
	}
}

// TestNewRecordTakesItsNameAsID: a record created in the editor gets an id
// made from its name, unique in its list; later renames keep the id.
func TestNewRecordTakesItsNameAsID(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.EN), ""), 100, 30)
	sites := field("datacenter.sites")
	d.goTo("datacenter").toField("sites").keys("enter", "+").typeText("Nantes Data Centre").keys("enter")
	if d.m.ctx.Plan.Record(sites, "nantes-data-centre") == nil {
		t.Fatalf("ids: %v", ids(d.m.ctx.Plan.Records(sites)))
	}
	d.toFieldIn("name").keys("enter", "ctrl+u").typeText("Nantes DC2").keys("enter")
	if r := d.m.ctx.Plan.Record(sites, "nantes-data-centre"); r == nil || r.Str(field("datacenter.sites.name")) != "Nantes DC2" {
		t.Errorf("a rename changed the id: %v", ids(d.m.ctx.Plan.Records(sites)))
	}
}

func ids(rs []*pas.Record) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

// toFieldIn moves the cursor of the form's top level to a field.
func (d *driver) toFieldIn(id string) *driver {
	d.t.Helper()
	v := d.m.ed.form.top().(*fieldsView)
	for i, f := range v.fields() {
		if f.ID == id {
			v.cursor = i
			return d
		}
	}
	d.t.Fatalf("field %s not shown", id)
	return d
}

// TestSuggestionOnlyOnRequest: the reference practice is shown and applied
// with s, never written by itself.
func TestSuggestionOnlyOnRequest(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := pas.WriteFileAtomic(path, pas.Encode(pas.NewPlan(sections.Catalogue(), pas.FR))); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, options(t, path, ""), 100, 30)
	d.goTo("session").toField("idle_timeout")
	d.mustShow("Suggestion (pratique de référence) : 15 min")
	if d.m.ctx.Plan.Get(field("session.idle_timeout")).IsSet() {
		t.Fatal("the suggestion was written without the user")
	}
	d.keys("s")
	if got := d.m.ctx.Plan.Get(field("session.idle_timeout")); !got.Answered() || got.Dur != (pas.Duration{N: 15, U: pas.Minute}) {
		t.Fatalf("s gave %+v", got)
	}
	d.mustNotShow("Suggestion (pratique")
}

// TestChoiceFilterIgnoresAccentsAndCase: the choice list's filter matches
// "etats" with "États-Unis" and "ALLEM" with "Allemagne", and a long list
// scrolls to keep the highlighted choice in view.
func TestChoiceFilterIgnoresAccentsAndCase(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.FR), ""), 100, 30)
	d.goTo("datacenter").toField("sites").keys("enter", "enter")
	d.toFieldIn("country").keys("enter")
	d.typeText("etats")
	d.mustShow("États-Unis (US)")
	d.keys("ctrl+u").typeText("ALLEM")
	d.mustShow("Allemagne (DE)")
	d.keys("enter")
	if got := d.m.ed.form.top().(*fieldsView).record().Str(field("datacenter.sites.country")); got != "DE" {
		t.Fatalf("country = %q", got)
	}
	d.toFieldIn("country").keys("enter", "ctrl+u")
	for i := 0; i < 20; i++ {
		d.keys("down")
	}
	list := &d.m.ed.form.top().(*fieldsView).editor.(*choiceEditor).list
	cur, _ := list.current()
	if list.cursor < 20 {
		t.Fatalf("cursor %d after 20 moves down", list.cursor)
	}
	d.mustShow("› "+cur.label, itoa(list.cursor+1)+"/"+itoa(len(list.shown)))
}
