package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// libraryExample writes the library example (company.yaml and
// ght-deux-rives/plan.yaml, a submitted plan pinned to the library) to a
// temporary directory, each changed by its function when given, and
// returns the plan's path, relative to that directory, made the current
// one (a short name in the status bar).
func libraryExample(t testing.TB, lib, plan func(string) string) string {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	l, p := string(examples.LibraryCompany()), string(examples.LibraryPlan())
	if lib != nil {
		l = lib(l)
	}
	if plan != nil {
		p = plan(p)
	}
	path := filepath.Join("ght-deux-rives", "plan.yaml")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{"company.yaml": l, path: p} {
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// withCybervigie adds to the library an organisation the plan does not
// take: the picker offers it.
func withCybervigie(lib string) string {
	return strings.Replace(lib, "\n  contacts:\n", "\n    - id: cyv\n      name: Cybervigie Électronique\n      role: auditor\n      seat_country: FR\n      gdpr_role: sub_processor\n  contacts:\n", 1)
}

// unpinned removes the plan's frozen part: a submitted plan not pinned yet.
func unpinned(plan string) string {
	i := strings.Index(plan, "\nfrozen:\n")
	return plan[:i+1]
}

// replaceOnce replaces old by new once, failing when old is not there.
func replaceOnce(t *testing.T, s, old, new string) string {
	t.Helper()
	if !strings.Contains(s, old) {
		t.Fatalf("no %q to replace", old)
	}
	return strings.Replace(s, old, new, 1)
}

// toRecord opens a list of the current chapter and the record at index i.
func (d *driver) toRecord(list string, i int) *driver {
	d.t.Helper()
	d.toField(list).keys("enter")
	for range i {
		d.keys("down")
	}
	return d.keys("enter")
}

// form returns the form level on top.
func (d *driver) top() subview { return d.m.ed.form.top() }

func orgsField() *pas.Field { return sections.Catalogue().MustField("parties.organisations") }

func TestLibraryPlanOpensResolved(t *testing.T) {
	d := newDriver(t, options(t, libraryExample(t, nil, nil), pas.EN), 120, 40)
	p := d.m.ctx.Plan
	if !p.Resolved() || !p.Frozen() {
		t.Fatal("the editor does not resolve the plan's library as loading does")
	}
	if n := len(d.m.ctx.Stats.findings); n != 1 { // the plan's own waived finding
		t.Errorf("%d findings on the library example", n)
	}
	d.mustShow("◆ pinned", "0 errors", "Company library ../company.yaml: 27 items taken and 2 standard texts.", "fingerprint b06d0a4f6764")
	d.goTo("parties").toField("organisations").keys("enter")
	d.mustShow("◆ Datarive", "◆ Vigisoc", "◆ library · ✎ overridden in this plan")
}

func TestLibraryRecordReadOnly(t *testing.T) {
	path := libraryExample(t, nil, nil)
	d := newDriver(t, options(t, path, pas.EN), 120, 40)
	d.goTo("parties").toRecord("organisations", 2) // Datarive
	name := orgsField().RecordField("name")
	d.mustShow("Datarive ◆ library (drv)", "Value of the company library (drv), read-only — L: override it in this plan.")
	for _, k := range []string{"enter", "e", "d", "delete", "c", "o", "s"} {
		d.keys(k)
		if d.m.dirty || d.m.ed.form.capturing() || d.dialogOpen() {
			t.Fatalf("key %s changes a value taken from the library:\n%s", k, d.view())
		}
		d.mustShow("Library value: press L to override it in this plan.")
	}
	d.mustShow("L override in this plan") // the footer names the key
	d.keys("L")
	if !d.m.ed.form.capturing() {
		t.Fatalf("L does not open the editor:\n%s", d.view())
	}
	d.keys("ctrl+u").typeText("Datarive Lyon").keys("enter")
	r := d.m.ctx.Plan.Record(orgsField(), "drv")
	if r.Str(name) != "Datarive Lyon" || !r.Overrides(name) || len(d.m.history.done) != 1 {
		t.Fatalf("override: %q, overrides %v, %d edits", r.Str(name), r.Overrides(name), len(d.m.history.done))
	}
	d.keys("up")
	d.mustShow("✎ Name", "Overridden in this plan; the library says: Datarive — R: revert to it.")
	d.keys("ctrl+s")
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), "    - use: drv\n      name: Datarive Lyon\n    - use: vgs\n") {
		t.Errorf("the override is not written beside use:\n%s", data)
	}
	d.keys("R")
	if r := d.m.ctx.Plan.Record(orgsField(), "drv"); r.Str(name) != "Datarive" || r.Overrides(name) {
		t.Errorf("R does not revert: %q", r.Str(name))
	}
	d.mustShow("◆ Name")
	d.keys("R")
	d.mustShow("This is the library's value already.")
	d.keys("u")
	if r := d.m.ctx.Plan.Record(orgsField(), "drv"); r.Str(name) != "Datarive Lyon" {
		t.Errorf("undo of a revert: %q", r.Str(name))
	}
}

func TestLibraryOwnRecordsEditable(t *testing.T) {
	d := newDriver(t, options(t, libraryExample(t, nil, nil), pas.FR), 120, 40)
	d.goTo("parties").toRecord("organisations", 0) // the client, the plan's own
	d.mustNotShow("◆ bibliothèque (", "◆ Nom")
	d.keys("L")
	d.mustShow("Valeur propre au plan, hors bibliothèque.")
	d.keys("enter")
	if !d.m.ed.form.capturing() {
		t.Fatal("a record of the plan's own is not editable")
	}
}

func TestLibraryRevertRecord(t *testing.T) {
	d := newDriver(t, options(t, libraryExample(t, nil, nil), pas.FR), 120, 40)
	d.goTo("parties").toRecord("organisations", 1) // Hélianthe
	d.keys("L", "ctrl+u").typeText("Hélianthe").keys("enter")
	d.keys("L").keys("down", "enter") // role: another option
	d.keys("esc")
	d.mustShow("✎ Hélianthe", "R reprendre la bibliothèque")
	r := d.m.ctx.Plan.Record(orgsField(), "hsn")
	if !overridden(orgsField(), r) || len(d.m.history.done) != 2 {
		t.Fatalf("two overrides expected, %d edits", len(d.m.history.done))
	}
	d.keys("R")
	r = d.m.ctx.Plan.Record(orgsField(), "hsn")
	if overridden(orgsField(), r) || r.Str(orgsField().RecordField("name")) != "Hélianthe Santé Numérique" {
		t.Fatalf("R in the list does not revert the record: %+v", r.Values)
	}
	d.mustShow("« Hélianthe Santé Numérique » : valeurs de la bibliothèque reprises.")
	d.keys("u")
	if !overridden(orgsField(), d.m.ctx.Plan.Record(orgsField(), "hsn")) {
		t.Error("one undo does not give both overrides back")
	}
	d.keys("up", "R") // the client's own record
	d.mustShow("« GHT des Deux-Rives » est propre au plan, hors bibliothèque.")
}

func TestLibraryStandardText(t *testing.T) {
	path := libraryExample(t, nil, nil)
	d := newDriver(t, options(t, path, pas.EN), 120, 40)
	d.goTo("personnel").toField("key_person_cover")
	f := d.m.ctx.Cat.MustField("personnel.key_person_cover")
	d.mustShow("Standard text \"relief-cover\" of the company library, read-only — L: override it in")
	d.keys("enter")
	d.mustShow("Standard text: press L to override it in this plan.")
	if d.m.ed.form.capturing() {
		t.Fatal("a standard text opens for editing")
	}
	d.keys("L").keys("end").typeText(" Weekly.").keys("enter")
	v := d.m.ctx.Plan.Get(f)
	if v.FromLibrary() || v.Use != "relief-cover" || !strings.HasSuffix(v.Str, "majeur. Weekly.") {
		t.Fatalf("override of a standard text: %+v", v)
	}
	d.keys("ctrl+s")
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), "  key_person_cover:\n    use: relief-cover\n    value: Chaque fonction critique") {
		t.Errorf("the text is not written with its link:\n%s", data)
	}
	d.toField("key_person_cover").keys("R")
	if v := d.m.ctx.Plan.Get(f); !v.FromLibrary() || v.Use != "relief-cover" {
		t.Fatalf("revert of a standard text: %+v", v)
	}
	d.keys("ctrl+s")
	data, _ = os.ReadFile(path)
	if !strings.Contains(string(data), "  key_person_cover:\n    use: relief-cover\n  training:") {
		t.Errorf("the reverted text is not written as a reference:\n%s", data)
	}
}

func TestLibraryPicker(t *testing.T) {
	path := libraryExample(t, withCybervigie, nil)
	d := newDriver(t, options(t, path, pas.FR), 120, 40)
	d.goTo("parties").toField("organisations").keys("enter", "+")
	if _, ok := d.m.modes.top().(*libraryPicker); !ok {
		t.Fatalf("+ offers no choice:\n%s", d.view())
	}
	d.mustShow("Ajouter à « Organisations »", "le seul élément de la bibliothèque", "+ Nouvel élément, propre à ce plan", "Cybervigie Électronique (cyv) — Auditeur · France")
	d.typeText("electr") // accents and case ignored
	d.mustShow("› Cybervigie")
	d.keys("enter")
	recs := d.m.ctx.Plan.Records(orgsField())
	if len(recs) != 6 || recs[1].ID != "cyv" || !recs[1].FromLibrary() {
		t.Fatalf("not taken after the cursor: %d records, second %s", len(recs), recs[1].ID)
	}
	d.mustShow("« Cybervigie Électronique » repris de la bibliothèque.", "◆ Cybervi")
	d.keys("ctrl+s")
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), "      nis2_status: essential\n    - use: cyv\n    - use: hsn\n") {
		t.Errorf("saved:\n%s", data)
	}
	d.keys("+") // nothing left to take: a new record at once
	if _, ok := d.top().(*fieldsView); !ok || !d.m.ed.form.capturing() {
		t.Fatalf("+ without anything to take:\n%s", d.view())
	}
	d.keys("esc", "esc", "u", "u")
	if len(d.m.ctx.Plan.Records(orgsField())) != 5 {
		t.Error("undo does not remove the record taken")
	}
	d.keys("+")
	d.mustShow("› + Nouvel élément")
	d.keys("enter")
	if !d.m.ed.form.capturing() {
		t.Fatalf("the new item choice does not open a new record:\n%s", d.view())
	}
}

func TestLibraryPickerCancel(t *testing.T) {
	d := newDriver(t, options(t, libraryExample(t, withCybervigie, nil), pas.EN), 80, 24)
	d.goTo("parties").toField("organisations").keys("enter", "+")
	d.mustShow("Add to \"Organisations\"", "the one item of the company library")
	d.keys("esc")
	if d.dialogOpen() || d.m.dirty {
		t.Fatal("esc does not cancel")
	}
	d.keys("+").typeText("zzz").keys("enter")
	if !d.m.ed.form.capturing() {
		t.Fatalf("a filter matching nothing leaves the new item:\n%s", d.view())
	}
}

func TestLibraryMakeOwn(t *testing.T) {
	path := libraryExample(t, nil, nil)
	d := newDriver(t, options(t, path, pas.FR), 120, 40)
	d.goTo("parties").toField("organisations").keys("enter", "down", "down", "C")
	d.mustShow("Rendre propre au plan", "sous l'identifiant drv-local", "Ces références le suivront", "contrôles d'adossement")
	d.keys("o")
	p := d.m.ctx.Plan
	r := p.Record(orgsField(), "drv-local")
	if r == nil || r.FromLibrary() || p.Record(orgsField(), "drv") != nil {
		t.Fatal("C does not make the record the plan's own")
	}
	sites := d.m.ctx.Cat.MustField("datacenter.sites")
	if op := p.Record(sites, "drv-lyo1").Str(sites.RecordField("operator")); op != "drv-local" {
		t.Errorf("the site's operator does not follow: %s", op)
	}
	d.mustShow("« Datarive » est désormais propre au plan (drv-local).")
	d.keys("ctrl+s")
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), "    - id: drv-local\n      name: Datarive\n") || !strings.Contains(string(data), "    - use: drv-lyo1\n      operator: drv-local\n") {
		t.Errorf("saved:\n%s", data)
	}
	d.keys("u")
	if p.Record(orgsField(), "drv") == nil || !p.Record(orgsField(), "drv").FromLibrary() {
		t.Error("undo does not take the library's record back")
	}
}

func TestLibraryToReissue(t *testing.T) {
	lib := func(s string) string { return replaceOnce(t, s, "expiry_date: 2027-10-06", "expiry_date: 2030-10-06") }
	d := newDriver(t, options(t, libraryExample(t, lib, nil), pas.FR), 120, 40)
	d.mustShow("◆ à réémettre", "FACTS-03 la bibliothèque a changé depuis la remise : frameworks.certificates[crt-drv-", "hds] (expiry_date)")
}

func TestLibraryPinnedOnSave(t *testing.T) {
	path := libraryExample(t, nil, unpinned)
	want, err := pas.Load(path, sections.Catalogue()) // what every command saves
	if err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, options(t, path, pas.EN), 120, 40)
	d.mustShow("FACTS-01")
	d.mustNotShow("◆ pinned")
	d.keys("ctrl+s")
	data, _ := os.ReadFile(path)
	if string(data) != string(pas.Marshal(want)) || !strings.Contains(string(data), "\nfrozen:\n  sha256: ") {
		t.Fatalf("the editor does not save an issued plan as the commands do:\n%s", data)
	}
	d.mustShow("Issued plan: the library's items pinned.")
	d.keys("down")
	d.mustShow("◆ pinned")
	d.mustNotShow("FACTS-01")
	if !d.m.ctx.Plan.Frozen() || d.m.dirty {
		t.Error("the plan edited on is not the one saved")
	}
}

func TestLibraryMissing(t *testing.T) {
	path := libraryExample(t, nil, unpinned)
	if err := os.Remove("company.yaml"); err != nil {
		t.Fatal(err)
	}
	_, err := New(options(t, path, pas.EN))
	if err == nil || !strings.Contains(err.Error(), "company.yaml") || !strings.Contains(err.Error(), "plan.yaml:4:8") {
		t.Fatalf("a missing library: %v", err)
	}
	// A pinned plan still opens from what it pinned; the editor says so.
	path = libraryExample(t, nil, nil)
	if err := os.Remove("company.yaml"); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, options(t, path, pas.EN), 120, 40)
	d.mustShow("◆ library unreadable", "FACTS-02")
	d.goTo("parties").toField("organisations").keys("enter", "+")
	if d.dialogOpen() {
		t.Error("the picker is offered without a library")
	}
}

func TestLibraryReloadResolves(t *testing.T) {
	path := libraryExample(t, nil, nil)
	d := newDriver(t, options(t, path, pas.EN), 120, 40)
	data, _ := os.ReadFile(path)
	if err := os.WriteFile(path, []byte(strings.Replace(string(data), "version: \"1.0\"", "version: \"1.1\"", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	d.send(d.m.reload())
	if !d.m.ctx.Plan.Resolved() || d.m.ctx.Plan.Record(orgsField(), "drv").Str(orgsField().RecordField("name")) != "Datarive" {
		t.Fatal("a reloaded plan does not resolve its library")
	}
}

func TestLibraryInternalInClientView(t *testing.T) {
	lib := func(s string) string {
		return replaceOnce(t, s, "    availability: 99.95\n", "    availability: 99.5\n")
	}
	d := newDriver(t, options(t, libraryExample(t, lib, nil), pas.FR), 150, 45)
	d.goTo("continuity").toField("sla.availability")
	d.mustShow("B2B-01", "garantit 99,5", "Contrat-cadre")
	d.keys("v")
	d.mustNotShow("B2B", "garantit", "Contrat-cadre", "◆", "bibliothèque", "figé")
	d.goTo("parties").toRecord("organisations", 2)
	d.mustNotShow("◆", "bibliothèque", "drv")
	d.keys("esc")
	d.mustNotShow("◆", "bibliothèque")
	d.keys("v").goTo("cover")
	d.mustShow("◆ Bibliothèque")
	d.keys("v")
	d.mustNotShow("Bibliothèque", "empreinte")
}

func TestLibraryHelpNamesItsKeys(t *testing.T) {
	d := newDriver(t, options(t, libraryExample(t, nil, nil), pas.EN), 120, 40)
	d.goTo("parties").toRecord("organisations", 2).keys("?")
	d.mustShow("L override in this plan", "R revert to the library", "Library: ◆ taken as it is, read-only (L: override) · ✎ overridden in this plan (R: revert)")
	d.keys("esc", "esc", "?")
	d.mustShow("R revert to the library", "C make it the plan's own")
}

func TestLibraryHostileText(t *testing.T) {
	d := newDriver(t, options(t, libraryExample(t, withCybervigie, nil), pas.EN), 120, 40)
	p := d.m.ctx.Plan
	orgs := orgsField()
	name := orgs.RecordField("name")
	p.Facts.Lib.Record(orgs, "cyv").Set(name, &pas.Value{Has: true, Str: hostile})
	drv := p.Record(orgs, "drv")
	drv.Facts.From.Set(name, &pas.Value{Has: true, Str: hostile}) // the library's value, shown beside an override
	drv.Set(name, &pas.Value{Has: true, Str: "Local"})
	p.Facts.Path = hostile
	d.send(d.m.changed())
	requireSafe(t, "banner", d.m.View())
	d.goTo("parties").toField("organisations").keys("enter", "+")
	requireSafe(t, "picker", d.m.View())
	d.keys("esc", "down", "down", "enter")
	requireSafe(t, "override", d.m.View())
	d.mustShow("the library says: A")
}

// eachLibraryView runs fn in both languages at 80×24 and 120×40 on the
// library example (with one organisation left to take).
func eachLibraryView(t *testing.T, fn func(t *testing.T, d *driver)) {
	for _, l := range pas.Langs {
		for _, sz := range [][2]int{{80, 24}, {120, 40}} {
			t.Run(fmt.Sprintf("%s_%dx%d", l, sz[0], sz[1]), func(t *testing.T) {
				fn(t, newDriver(t, options(t, libraryExample(t, withCybervigie, nil), l), sz[0], sz[1]))
			})
		}
	}
}

func TestViewLibraryCover(t *testing.T) {
	eachLibraryView(t, func(t *testing.T, d *driver) { requireView(t, d.goTo("cover")) })
}

func TestViewLibraryList(t *testing.T) {
	eachLibraryView(t, func(t *testing.T, d *driver) {
		d.goTo("parties").toRecord("organisations", 1).keys("L", "ctrl+u").typeText("Hélianthe").keys("enter", "esc", "down")
		requireView(t, d)
	})
}

func TestViewLibraryRecord(t *testing.T) {
	eachLibraryView(t, func(t *testing.T, d *driver) {
		d.goTo("parties").toRecord("organisations", 2).keys("down", "down", "down")
		requireView(t, d)
	})
}

func TestViewLibraryPicker(t *testing.T) {
	eachLibraryView(t, func(t *testing.T, d *driver) {
		d.goTo("parties").toField("organisations").keys("enter", "+")
		requireView(t, d)
	})
}

func TestLibraryInTheWorkshop(t *testing.T) {
	lib := func(s string) string {
		return replaceOnce(t, s, "  contacts:\n", "  contacts:\n    - id: hsn-commercial\n      name: Inès Morel\n      party: hsn\n      function: other\n")
	}
	d := newDriver(t, options(t, libraryExample(t, lib, nil), pas.FR), 120, 40)
	d.keys("w")
	w := d.wsTo("parties.contacts")
	d.keys("+")
	if _, ok := d.m.modes.top().(*libraryPicker); !ok {
		t.Fatalf("no picker in the workshop:\n%s", d.view())
	}
	d.typeText("ines").keys("enter")
	contacts := d.m.ctx.Cat.MustField("parties.contacts")
	if r := d.m.ctx.Plan.Record(contacts, "hsn-commercial"); r == nil || !r.FromLibrary() {
		t.Fatalf("not taken in the workshop:\n%s", d.view())
	}
	if d.workshop() != w || w.step().Field != contacts {
		t.Error("the workshop left its step")
	}
	d.keys("enter", "enter") // the record's form, then its name: read-only
	d.mustShow("Valeur de la bibliothèque : L pour la modifier ici.")
}

func TestLibraryAccessible(t *testing.T) {
	path := libraryExample(t, nil, nil)
	in := itoa(sections.Catalogue().SectionIndex("personnel")+1) + "\n\n\n\nOur own cover.\n<\ns\nq\n"
	out, err := runAccessible(t, path, pas.FR, in) // in the plan's language
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !strings.Contains(out, "Valeur de la bibliothèque de l'entreprise : une réponse la remplace dans ce plan seulement.") {
		t.Errorf("the accessible mode does not say the value comes from the library:\n%s", out)
	}
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), "  key_person_cover:\n    use: relief-cover\n    value: Our own cover.\n") {
		t.Errorf("saved:\n%s", data)
	}
}

func TestLibraryStartFromPlan(t *testing.T) {
	from := libraryExample(t, nil, nil)
	to := filepath.Join("tenders", "chu", "plan.yaml")
	d := newDriver(t, options(t, to, pas.EN), 120, 40)
	d.keys("down", "enter").typeText(from).keys("enter")
	if p := d.m.ctx.Plan; p == nil || p.Frozen() || p.Facts.Path != "../../company.yaml" {
		t.Fatalf("a plan started from a library plan: %+v\n%s", d.m.ctx.Plan, d.view())
	}
	d.goTo("cover").toField("version").keys("enter", "ctrl+u").typeText("0.1").keys("enter")
	d.goTo("cover").toField("status").keys("enter").typeText("draft").keys("enter", "ctrl+s")
	q, err := pas.Load(to, sections.Catalogue())
	if err != nil {
		t.Fatalf("the new plan does not load: %v", err)
	}
	if q.Frozen() || q.Record(orgsField(), "drv") == nil || !q.Record(orgsField(), "drv").FromLibrary() {
		t.Error("the new plan does not take its records from the library")
	}
}

// BenchmarkLibraryKeystroke moves in the form of a record taken from the
// library (each row asks where its value comes from): the median per
// frame.
func BenchmarkLibraryKeystroke(b *testing.B) {
	d := newDriver(b, options(b, libraryExample(b, nil, nil), pas.FR), 120, 40)
	d.goTo("parties").toRecord("organisations", 2)
	frames(b, d.m, keyMsg("down"), keyMsg("up"))
}

// BenchmarkLibraryListKeystroke moves in a list of records taken from the
// library.
func BenchmarkLibraryListKeystroke(b *testing.B) {
	d := newDriver(b, options(b, libraryExample(b, nil, nil), pas.FR), 120, 40)
	d.goTo("parties").toField("contacts").keys("enter")
	frames(b, d.m, keyMsg("down"), keyMsg("up"))
}

// libraryPlaces adds to the README's key table the places of a plan that
// takes from a facts library: a library record's form, a shared list, the
// picker.
func libraryPlaces(t *testing.T, places map[string][]string) {
	d := newDriver(t, options(t, libraryExample(t, withCybervigie, nil), pas.EN), 120, 40)
	global := displays(globalKeys(d.m.ctx.Keys))
	own := func() []string { return minus(displays(d.m.modes.top().FullHelp()), global) }
	d.goTo("parties").toRecord("organisations", 2)
	places["Values taken from the library"] = minus(own(), places["Questions"])
	d.keys("esc")
	places["Lists taken from the library"] = minus(own(), places["Lists"])
	d.keys("+")
	places["Taking from the library (+)"] = displays(d.m.modes.top().FullHelp())
}
