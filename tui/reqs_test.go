package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/grid"
	"github.com/pas-editor/pas/pas"
)

// TestRequirementsView: E opens the buyer's requirements, with the
// proposals of pas and the checker's findings; the state filter and the
// text filter (accents and case ignored, spaces kept) narrow the list; esc
// or E goes back to the plan.
func TestRequirementsView(t *testing.T) {
	d := gridDriver(t, pas.FR, 120, 40)
	d.keys("E")
	d.mustShow("Exigences de l'acheteur · 0/6 validées, seules exportées", "CON-04", "FIN-01", "(§\u00a018)", "? Partiel", "? Conforme")
	d.mustShow("Statut proposé par pas : Partiellement conforme", "RTO (DMIA)\u00a0: plan 4\u00a0h, exigé ≤\u00a02\u00a0h",
		"§\u00a018 RTO (DMIA) : 4\u00a0h · engagé", "GRID-04", "Statut : non validé, rien n'est exporté")
	v := d.m.modes.top().(*reqView)
	states := map[reqStage][]string{
		stageUnmapped: {"FIN-01"}, stageProposed: {"CON-04", "CON-05", "JOU-01", "REV-01", "SAU-02"}, stageToAssess: nil, stageValidated: nil,
		stageFindings: {"CON-04", "CON-05", "JOU-01", "REV-01", "FIN-01", "SAU-02"},
	}
	for st := stageUnmapped; st < stageCount; st++ {
		d.keys("f")
		if got := reqIDs(v.list()); strings.Join(got, ",") != strings.Join(states[st], ",") {
			t.Errorf("state %s: %v, want %v", st.text(d.m.ctx), got, states[st])
		}
	}
	d.keys("f") // back to all
	d.keys("/").typeText("REVERSIBILITE et")
	if got := reqIDs(v.list()); len(got) != 1 || got[0] != "REV-01" {
		t.Fatalf("filter « REVERSIBILITE et »: %v", got)
	}
	d.mustShow("Filtre : REVERSIBILITE et▏")
	d.keys("enter")
	d.mustShow("Filtre : «\u00a0REVERSIBILITE et\u00a0»", "REV-01")
	d.keys("/", "esc")
	if len(v.list()) != 6 {
		t.Fatalf("esc does not clear the filter: %v", reqIDs(v.list()))
	}
	d.keys("esc")
	if d.m.modes.top() != d.m.ed {
		t.Fatalf("esc does not go back to the plan: %T", d.m.modes.top())
	}
	d.keys("E", "E")
	if d.m.modes.top() != d.m.ed {
		t.Fatal("E does not close the view")
	}
}

func reqIDs(rs []*grid.Requirement) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

// TestRequirementsViewNeedsAGrid: without a grid the key says how to
// import one; in the client view it says the view is internal.
func TestRequirementsViewNeedsAGrid(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.EN), ""), 80, 24)
	d.keys("E")
	d.mustShow("names no requirement grid")
	if d.m.modes.top() != d.m.ed {
		t.Fatal("a view opened without a grid")
	}
	d = gridDriver(t, pas.EN, 80, 24)
	d.keys("v", "E")
	d.mustShow("internal work")
	if d.m.modes.top() != d.m.ed {
		t.Fatal("the view opened in the client view")
	}
}

// TestAcceptMapping: y accepts pas's proposal as one undoable edit, Y
// every proposal shown at once (one undo); the checker then stops
// reporting the requirement as not mapped.
func TestAcceptMapping(t *testing.T) {
	d := gridDriver(t, pas.EN, 120, 40)
	d.keys("E").toReq("CON-04").keys("y")
	if got := d.req("CON-04").Map; strings.Join(got, ",") != "continuity.bcp.rpo,continuity.bcp.rto" {
		t.Fatalf("mapping accepted: %v", got)
	}
	d.mustShow("CON-04 mapped to §\u00a018.", "Mapping accepted:", "● modified")
	d.mustNotShow("GRID-01 requirement CON-04")
	d.keys("u")
	if len(d.req("CON-04").Map) != 0 {
		t.Fatal("u does not undo the mapping")
	}
	d.keys("U")
	if len(d.req("CON-04").Map) != 2 {
		t.Fatal("U does not redo the mapping")
	}
	d.keys("Y")
	d.mustShow("4 proposed mappings accepted (u undoes).")
	for _, id := range []string{"CON-05", "JOU-01", "REV-01", "SAU-02"} {
		if len(d.req(id).Map) == 0 {
			t.Errorf("%s not mapped by Y", id)
		}
	}
	if len(d.req("FIN-01").Map) != 0 {
		t.Error("Y mapped a requirement pas proposes nothing for")
	}
	d.keys("u")
	if len(d.req("CON-05").Map) != 0 || len(d.req("CON-04").Map) == 0 {
		t.Fatal("one u does not undo Y as a whole, and only Y")
	}
}

// TestValidateStatus: s validates pas's proposed status when it compared
// a threshold, and refuses one it could not; enter chooses a status in the
// buyer's own words; the status validated is what is exported.
func TestValidateStatus(t *testing.T) {
	d := gridDriver(t, pas.FR, 120, 40)
	d.keys("E").toReq("CON-05").keys("s")
	if d.req("CON-05").Status != grid.Compliant {
		t.Fatalf("s did not validate the proposal: %q", d.req("CON-05").Status)
	}
	d.mustShow("CON-05 : « Conforme » validé, exporté dans la grille de l'acheteur.", "1/6 validées", "Statut validé, exporté : Conforme")
	d.toReq("JOU-01").keys("s")
	d.mustShow("pas ne peut pas comparer cette exigence au plan")
	if d.req("JOU-01").Status != "" {
		t.Fatal("s validated a status pas could not propose")
	}
	d.keys("enter")
	d.mustShow("Statut de l'exigence", "1. Conforme", "2. Partiellement conforme", "4. Sans objet", "Seuls les statuts validés sont exportés")
	d.keys("2")
	if d.req("JOU-01").Status != grid.Partial {
		t.Fatalf("2 did not validate partially compliant: %q", d.req("JOU-01").Status)
	}
	d.mustShow("GRID-04") // a minimum requirement answered partially: the checker says so
	d.keys("enter")
	d.mustShow("5. Retirer la validation", "← validé")
	d.keys("5")
	if d.req("JOU-01").Status != "" {
		t.Fatal("the validation was not withdrawn")
	}
	d.keys("S")
	d.mustShow("statut proposé validé, exporté")
	if d.req("CON-04").Status != grid.Partial || d.req("REV-01").Status != "" {
		t.Fatalf("S validated %q and %q", d.req("CON-04").Status, d.req("REV-01").Status)
	}
}

// TestStatusInTheBuyersWords: a status the buyer's drop-down list cannot
// hold is refused; the list's own word is shown and exported.
func TestStatusInTheBuyersWords(t *testing.T) {
	d := gridDriver(t, pas.EN, 120, 40)
	d.m.ctx.Reqs.g.Source.Statuses = map[grid.Status]string{grid.Compliant: "Oui", grid.Partial: "Partiel", grid.NonCompliant: "Non"}
	d.keys("E").toReq("REV-01").keys("enter")
	d.mustShow("1. Oui (Compliant)", "4. Not applicable — not in the buyer's list")
	d.keys("4")
	d.mustShow(`The buyer's list has no value for "Not applicable" (Oui, Partiel, Non).`)
	if d.req("REV-01").Status != "" {
		t.Fatal("a status the buyer's list cannot hold was validated")
	}
	d.keys("enter", "1")
	d.mustShow(`"Oui" in the buyer's list`)
}

// TestChangeMapping: m picks chapters and fields from the catalogue with
// the filter; the mapping is stored in the catalogue's order, and nothing
// ticked removes it after a second enter.
func TestChangeMapping(t *testing.T) {
	d := gridDriver(t, pas.EN, 120, 40)
	d.keys("E").toReq("FIN-01").keys("m")
	d.mustShow("The requirement's mapping")
	d.typeText("reversibility and exit").keys("enter")
	d.typeText("governance").keys("enter", "enter")
	if got := d.req("FIN-01").Map; len(got) != 2 || got[0] != "governance" && got[1] != "governance" {
		t.Fatalf("mapping chosen: %v", got)
	}
	if got := d.req("FIN-01").Map; grid.SortTargets(d.m.ctx.Cat, got)[0] != got[0] {
		t.Errorf("not in the catalogue's order: %v", got)
	}
	d.mustShow("Mapping accepted:")
	d.toReq("CON-04").keys("m")
	d.mustShow("pas's proposal is ticked.", "[x] ")
	d.keys("esc").toReq("FIN-01").keys("m", "space")  // the cursor starts on the first ticked: untick it
	d.typeText("governance and review").keys("enter") // the filtered choice is unticked
	if got := d.m.modes.top().(*reqMapDialog).targets(); len(got) != 0 {
		t.Fatalf("still ticked: %v", got)
	}
	d.keys("enter")
	d.mustShow("enter again removes the mapping")
	d.keys("enter")
	if len(d.req("FIN-01").Map) != 0 {
		t.Fatalf("the mapping was not removed: %v", d.req("FIN-01").Map)
	}
}

// TestComment: c writes the comment; one longer than the buyer's cell
// accepts is refused on the spot; esc on typed text asks.
func TestComment(t *testing.T) {
	d := gridDriver(t, pas.FR, 120, 40)
	d.keys("E").toReq("CON-04").keys("c")
	d.mustShow("Commentaire ou justification", "0 / 1000 caractères acceptés par la cellule de l'acheteur")
	d.typeText("RTO de 4 h ; 2 h en option.").keys("enter")
	if got := d.req("CON-04").Comment; got != "RTO de 4 h ; 2 h en option." {
		t.Fatalf("comment = %q", got)
	}
	d.mustShow("Commentaire (27/1000) :")
	d.keys("c", "ctrl+u")
	d.typeText(strings.Repeat("x", 1001)).keys("enter")
	d.mustShow("1001 / 1000 caractères", "Commentaire de 1001 caractères : la cellule de l'acheteur en accepte")
	if len(d.req("CON-04").Comment) > 1000 {
		t.Fatal("an overlong comment was stored")
	}
	d.keys("esc")
	d.mustShow("Texte modifié")
	d.keys("a")
	if got := d.req("CON-04").Comment; got != "RTO de 4 h ; 2 h en option." {
		t.Fatalf("discarding changed the comment: %q", got)
	}
}

// TestJumpToMappedField: → goes to the field the requirement maps to
// (choosing among several), E comes back to the same requirement.
func TestJumpToMappedField(t *testing.T) {
	d := gridDriver(t, pas.EN, 120, 40)
	d.keys("E").toReq("CON-04").keys("right")
	d.mustShow("Go to the mapped field")
	d.keys("down", "enter")
	if d.m.modes.top() != d.m.ed || d.m.ed.section().ID != "continuity" {
		t.Fatalf("not in the form: %T, %s", d.m.modes.top(), d.m.ed.section().ID)
	}
	if f := d.m.ed.form.root().current(); f.Path != "continuity.bcp.rto" {
		t.Fatalf("cursor on %s", f.Path)
	}
	d.mustShow("E goes back to requirement CON-04.")
	d.keys("E")
	if r := d.m.modes.top().(*reqView).current(); r.ID != "CON-04" {
		t.Fatalf("back on %s", r.ID)
	}
	d.toReq("REV-01").keys("l")
	if d.m.ed.section().ID != "exit" {
		t.Fatalf("REV-01 went to %s", d.m.ed.section().ID)
	}
}

// TestRequirementsSaved: ctrl+s writes the grid file with the plan (the
// document gets the status validated), and leaves an untouched grid file
// as it was, comments and all.
func TestRequirementsSaved(t *testing.T) {
	dir := gridPlanDir(t, pas.FR, buyerReqs)
	gridPath := filepath.Join(dir, "plan.grid.yaml")
	hand := append([]byte("# relu par l'équipe avant-vente\n"), mustRead(t, gridPath)...)
	if err := os.WriteFile(gridPath, hand, 0o644); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, options(t, filepath.Join(dir, "plan.yaml"), ""), 120, 40)
	d.goTo("cover").toField("reference").keys("enter", "ctrl+u").typeText("PAS-2027-02").keys("enter", "ctrl+s")
	if got := mustRead(t, gridPath); string(got) != string(hand) {
		t.Fatal("saving the plan rewrote a grid it did not change")
	}
	d.keys("E").toReq("CON-05").keys("s", "ctrl+s")
	d.mustNotShow("● modifié")
	g, err := grid.Load(gridPath, d.m.ctx.Cat)
	if err != nil {
		t.Fatal(err)
	}
	if r := g.Requirement("CON-05"); r.Status != grid.Compliant {
		t.Fatalf("the grid file holds %q", r.Status)
	}
	if md := string(mustRead(t, filepath.Join(dir, "plan.md"))); !strings.Contains(md, "Matrice de conformité") || !strings.Contains(md, "| CON-05 |") {
		t.Error("the document lacks the compliance matrix")
	}
}

func mustRead(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestRequirementsChangedOnDisk: a grid file changed outside the editor
// (an amendment imported) is never overwritten without asking.
func TestRequirementsChangedOnDisk(t *testing.T) {
	dir := gridPlanDir(t, pas.EN, buyerReqs)
	gridPath := filepath.Join(dir, "plan.grid.yaml")
	d := newDriver(t, options(t, filepath.Join(dir, "plan.yaml"), ""), 120, 40)
	d.keys("E").toReq("CON-05").keys("s")
	outside := append(mustRead(t, gridPath), []byte("# amendment\n")...)
	if err := os.WriteFile(gridPath, outside, 0o644); err != nil {
		t.Fatal(err)
	}
	d.keys("ctrl+s")
	d.mustShow("The requirements changed on disk")
	d.keys("esc")
	if string(mustRead(t, gridPath)) != string(outside) {
		t.Fatal("the grid file was overwritten")
	}
	d.mustShow("● modified")
	d.keys("ctrl+s", "o")
	if g, err := grid.Load(gridPath, d.m.ctx.Cat); err != nil || g.Requirement("CON-05").Status != grid.Compliant {
		t.Fatalf("o did not save the grid: %v", err)
	}
	d.mustNotShow("● modified")
}

// TestRequirementsRecovered: unsaved edits to the requirements are kept
// in a recovery file of their own and offered back when the plan is
// opened again.
func TestRequirementsRecovered(t *testing.T) {
	dir := gridPlanDir(t, pas.EN, buyerReqs)
	opt := options(t, filepath.Join(dir, "plan.yaml"), "")
	d := newDriver(t, opt, 120, 40)
	d.keys("E").toReq("CON-05").keys("s", "c").typeText("See § 18.").keys("enter")
	d.advance(recoveryDelay)
	d2 := newDriver(t, opt, 120, 40)
	d2.mustShow("Kept edits to the requirements", "Requirements edited (1): CON-05")
	d2.keys("r")
	if r := d2.req("CON-05"); r.Status != grid.Compliant || r.Comment != "See § 18." {
		t.Fatalf("restored %+v", r)
	}
	if !d2.m.dirty {
		t.Fatal("restored edits are not unsaved")
	}
	d2.keys("ctrl+s")
	d3 := newDriver(t, opt, 120, 40)
	d3.mustNotShow("Kept edits")
	if d3.req("CON-05").Status != grid.Compliant {
		t.Fatal("the restored edits were not saved")
	}
	d3.keys("E").toReq("CON-05").keys("enter", "5")
	d3.advance(recoveryDelay)
	d4 := newDriver(t, opt, 120, 40)
	d4.keys("d", "y")
	d4.mustNotShow("Kept edits")
	if d4.req("CON-05").Status != grid.Compliant {
		t.Fatal("discarding changed the grid")
	}
	if d5 := newDriver(t, opt, 120, 40); strings.Contains(d5.view(), "Kept edits") {
		t.Fatal("the discarded edits are offered again")
	}
}

// TestRequirementFindingsAndWaivers: W lists the checker's findings on
// the requirement, which are answered rather than waived; marking compliant
// a requirement whose threshold the plan misses is an error (GRID-03).
func TestRequirementFindingsAndWaivers(t *testing.T) {
	d := gridDriver(t, pas.EN, 120, 40)
	d.keys("E").toReq("CON-04").keys("y", "enter", "1")
	d.mustShow("✗ CON-04", "GRID-03")
	d.keys("W")
	d.mustShow("Findings and waivers", "GRID-03 requirement CON-04: marked compliant")
	d.keys("enter")
	d.mustShow("Findings on the buyer's grid (GRID-03) cannot be waived")
	if len(d.m.ctx.Plan.Waivers) != 1 { // the example's own
		t.Fatalf("a waiver was written: %d", len(d.m.ctx.Plan.Waivers))
	}
}

// eachGridView runs fn at 80×24 and 120×40 in both languages, on the
// example plan with the buyer's grid, opened as plan.yaml (a stable name
// on screen).
func eachGridView(t *testing.T, fn func(t *testing.T, d *driver)) {
	for _, l := range pas.Langs {
		for _, sz := range [][2]int{{80, 24}, {120, 40}} {
			t.Run(string(l)+"_"+itoa(sz[0])+"x"+itoa(sz[1]), func(t *testing.T) {
				t.Chdir(gridPlanDir(t, l, buyerReqs))
				fn(t, newDriver(t, options(t, "plan.yaml", ""), sz[0], sz[1]))
			})
		}
	}
}

// TestViewRequirements pins the list and the detail of a requirement
// whose proposal waits, with the checker's findings.
func TestViewRequirements(t *testing.T) {
	eachGridView(t, func(t *testing.T, d *driver) {
		d.keys("E", "down", "y", "down", "down", "down", "enter", "4")
		d.keys("up", "up", "up")
		requireView(t, d)
	})
}

// TestViewRequirementDetail pins the detail with the focus, a validated
// status in the buyer's words and a comment.
func TestViewRequirementDetail(t *testing.T) {
	eachGridView(t, func(t *testing.T, d *driver) {
		d.keys("E").toReq("CON-04").keys("y", "enter", "2", "c").typeText("RTO de 4 h ; 2 h en option.").keys("enter", "tab", "down", "down")
		requireView(t, d)
	})
}

// TestViewRequirementMapping pins the mapping dialog on pas's proposal.
func TestViewRequirementMapping(t *testing.T) {
	eachGridView(t, func(t *testing.T, d *driver) {
		d.keys("E").toReq("CON-04").keys("m")
		requireView(t, d)
	})
}

// TestHostileRequirements: the buyer's text (ids, categories, texts,
// priorities, the words of its status list, its file's name) and the
// comments reach every screen of the requirements view made visible,
// never raw.
func TestHostileRequirements(t *testing.T) {
	d := gridDriver(t, pas.FR, 150, 45)
	rs := d.m.ctx.Reqs
	rs.g.Source.File = "grille" + hostile + ".xlsx"
	rs.g.Source.Statuses = map[grid.Status]string{grid.Compliant: hostile, grid.Partial: "P", grid.NonCompliant: "N", grid.NotApplicable: "S"}
	rs.g.Source.Minimum = []string{hostile}
	rs.book = grid.BookChanged // GRID-06 names the file
	for i, r := range rs.g.Requirements {
		h := r.Clone()
		h.ID, h.Category, h.Text, h.Priority, h.Comment = r.ID+hostile, hostile, r.Text+" "+hostile, hostile, hostile+"\n"+hostile
		rs.g.Requirements[i] = h
	}
	rs.reindex()
	d.send(d.m.changed())
	check := func(where string) { t.Helper(); requireSafe(t, where, d.m.View()) }
	d.keys("E")
	check("list")
	if !strings.Contains(d.view(), "␛") {
		t.Fatalf("the hostile text is not shown made visible:\n%s", d.view())
	}
	d.keys("y", "tab", "down", "down")
	check("detail")
	d.keys("tab", "enter")
	check("status dialog")
	d.keys("1")
	check("status validated")
	d.keys("m")
	check("mapping dialog")
	d.keys("esc", "c")
	check("comment dialog")
	d.keys("esc", "d") // drops nothing typed: the dialog closes
	d.keys("right")
	check("go to a field")
	d.keys("esc", "W")
	check("findings")
	d.mustShow("Constats et dérogations")
	d.keys("esc")
	d.mustShow("✗ GRID-06 grille") // the buyer's file changed: above the list
	d.keys("esc", "/").typeText(hostile)
	check("filter typed")
}

// TestRequirementsKeptOnSignal: the edits to the requirements are kept at
// once with the plan's when the editor must stop (a signal, a panic).
func TestRequirementsKeptOnSignal(t *testing.T) {
	d := gridDriver(t, pas.EN, 120, 40)
	d.keys("E").toReq("CON-05").keys("s")
	if _, err := d.m.keepEditsNow(); err != nil {
		t.Fatal(err)
	}
	k, err := d.m.ctx.Reqs.rec.read()
	if err != nil || k == nil {
		t.Fatalf("no recovery file of the grid: %v", err)
	}
	g, err := grid.Decode(k.data, "kept", d.m.ctx.Cat)
	if err != nil || g.Requirement("CON-05").Status != grid.Compliant {
		t.Fatalf("the recovery file lacks the edit: %v", err)
	}
	d.keys("ctrl+s")
	if k, _ := d.m.ctx.Reqs.rec.read(); k != nil {
		t.Fatal("a save leaves the grid's recovery file")
	}
}

// TestSaveAsKeepsTheGrid: a plan saved under another name in another
// folder still names its grid file, which the save writes where it is.
func TestSaveAsKeepsTheGrid(t *testing.T) {
	d := gridDriver(t, pas.EN, 120, 40)
	gridPath := d.m.ctx.Reqs.path
	d.keys("E").toReq("CON-05").keys("s", "esc")
	other := filepath.Join(t.TempDir(), "copy", "plan.yaml")
	d.m.ctx.Send(saveAsMsg{path: other})
	d.send(teaSize(120, 40)) // the request is handled after the next message
	p, err := pas.Load(other, d.m.ctx.Cat)
	if err != nil {
		t.Fatal(err)
	}
	if got := grid.FilePath(other, p); !sameFilePath(got, gridPath) {
		t.Fatalf("the copy names %s (%s), not %s", p.Requirements, got, gridPath)
	}
	if g, err := grid.Load(gridPath, d.m.ctx.Cat); err != nil || g.Requirement("CON-05").Status != grid.Compliant {
		t.Fatalf("the grid was not saved where it is: %v", err)
	}
}

func sameFilePath(a, b string) bool {
	aa, _ := filepath.Abs(a)
	bb, _ := filepath.Abs(b)
	return filepath.Clean(aa) == filepath.Clean(bb)
}

// TestUnreadableRequirements: a grid file that does not load is named
// with its line and column; the plan is edited and saved all the same.
func TestUnreadableRequirements(t *testing.T) {
	dir := gridPlanDir(t, pas.EN, buyerReqs)
	if err := os.WriteFile(filepath.Join(dir, "plan.grid.yaml"), []byte("schema_version: 2\nsource: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, options(t, filepath.Join(dir, "plan.yaml"), ""), 120, 40)
	d.keys("E")
	if msg := d.m.message; !strings.HasPrefix(msg, "Requirement grid unreadable: ") || !strings.Contains(msg, "plan.grid.yaml:2:") {
		t.Fatalf("message %q", msg)
	}
	if d.m.modes.top() != d.m.ed {
		t.Fatal("a view opened on an unreadable grid")
	}
	d.goTo("cover").toField("reference").keys("enter", "ctrl+u").typeText("PAS-2027-02").keys("enter", "ctrl+s")
	if p, err := pas.Load(filepath.Join(dir, "plan.yaml"), d.m.ctx.Cat); err != nil || p.Str(field("cover.reference")) != "PAS-2027-02" {
		t.Fatalf("the plan was not saved: %v", err)
	}
}

// TestLongMessageReadWhole: at 80×24 a message too long for the status
// line (the unreadable grid's file:line:col and reason) is read whole on
// the status and footer lines, until the next key.
func TestLongMessageReadWhole(t *testing.T) {
	dir := gridPlanDir(t, pas.EN, buyerReqs)
	if err := os.WriteFile(filepath.Join(dir, "plan.grid.yaml"), []byte("schema_version: 2\nsource: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, options(t, filepath.Join(dir, "plan.yaml"), ""), 80, 24)
	d.keys("E")
	msg := d.m.message
	if len(msg) < 80 {
		t.Fatalf("message %q is not long enough for this test", msg)
	}
	lines := strings.Split(d.view(), "\n")
	if len(lines) != 24 {
		t.Fatalf("%d lines", len(lines))
	}
	bottom := strings.Join(strings.Fields(lines[22]+lines[23]), "") // wrapped at a space or a slash
	if !strings.Contains(bottom, strings.Join(strings.Fields(msg), "")) {
		t.Errorf("message cut:\n%s\n%s\nwant %q", lines[22], lines[23], msg)
	}
	d.keys("down")
	if strings.Contains(d.view(), "unreadable") {
		t.Error("the message outlived the next key")
	}
	d.mustShow("? help")
	// A message that fits the line but not beside the state is read whole
	// there, the state cut first, the footer kept.
	d.m.message = "Saved as plan-2.yaml + plan-2.md (the grid's answers kept beside it)"
	lines = strings.Split(d.view(), "\n")
	if !strings.Contains(lines[22], d.m.message) || !strings.Contains(lines[23], "? help") {
		t.Errorf("message cut or footer lost:\n%s\n%s", lines[22], lines[23])
	}
}
