package tui

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/grid"
	"github.com/pas-editor/pas/grid/gridtest"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// buyerReqs is a buyer's grid as tenders word them: thresholds pas can
// compare with the plan, requirements it maps but cannot judge, one it
// cannot map, minimum requirements (E).
var buyerReqs = []gridtest.Req{
	{ID: "CON-04", Category: "Continuité de service", Priority: "E",
		Text: "La durée maximale d'interruption admissible (DMIA) est de 2 heures et la perte de données maximale admissible (PDMA) de 1 heure."},
	{ID: "CON-05", Category: "Continuité de service", Priority: "O",
		Text: "Le taux de disponibilité mensuel du service est d'au moins 99,9 %."},
	{ID: "JOU-01", Category: "Traçabilité", Priority: "E",
		Text: "Les journaux de connexion sont conservés au moins six mois."},
	{ID: "REV-01", Category: "Réversibilité", Priority: "O",
		Text: "Le titulaire décrit les modalités de réversibilité et de restitution des données en fin de marché."},
	{ID: "FIN-01", Category: "Conditions financières", Priority: "S",
		Text: "Le candidat précise le montant de la redevance annuelle de maintenance."},
	{ID: "SAU-02", Category: "Sauvegarde", Priority: "O",
		Text: "Les sauvegardes sont chiffrées et une copie est conservée hors site."},
}

// gridPlanDir writes, in a new folder, the example plan in a language
// naming plan.grid.yaml, and the buyer's workbook grille.xlsx imported
// into it; it returns the folder.
func gridPlanDir(t testing.TB, l pas.Lang, reqs []gridtest.Req) string {
	t.Helper()
	return gridPlanDirOf(t, examples.Plan(l), reqs)
}

// gridPlanDirOf is gridPlanDir for a plan of one's own.
func gridPlanDirOf(t testing.TB, planYAML []byte, reqs []gridtest.Req) string {
	t.Helper()
	dir := t.TempDir()
	f, err := gridtest.Workbook(reqs)
	if err != nil {
		t.Fatal(err)
	}
	book := filepath.Join(dir, "grille.xlsx")
	if err := f.SaveAs(book); err != nil {
		t.Fatal(err)
	}
	b, err := grid.OpenBook(book)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	opts := grid.Options{Sheet: gridtest.Sheet, HeaderRow: 4, ID: "A", Text: "B", Priority: "C", Status: "D", Comment: "E", Ref: "F", Minimum: []string{"E"}}
	g, _, err := grid.Import(b, opts, sections.Catalogue(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "plan.grid.yaml"), grid.Encode(g), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := pas.Decode(planYAML, "plan.yaml", sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	p.Requirements = "plan.grid.yaml"
	if err := os.WriteFile(filepath.Join(dir, "plan.yaml"), pas.Marshal(p), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// gridDriver opens the example plan with the buyer's grid at a size.
func gridDriver(t testing.TB, l pas.Lang, w, h int) *driver {
	t.Helper()
	dir := gridPlanDir(t, l, buyerReqs)
	return newDriver(t, options(t, filepath.Join(dir, "plan.yaml"), ""), w, h)
}

// req returns a requirement of the grid the editor holds.
func (d *driver) req(id string) *grid.Requirement {
	d.t.Helper()
	r := d.m.ctx.Reqs.g.Requirement(id)
	if r == nil {
		d.t.Fatalf("no requirement %s", id)
	}
	return r
}

// toReq puts the requirements view's cursor on a requirement.
func (d *driver) toReq(id string) *driver {
	d.t.Helper()
	v, ok := d.m.modes.top().(*reqView)
	if !ok {
		d.t.Fatalf("the requirements view is not on top: %T", d.m.modes.top())
	}
	for i, r := range v.list() {
		if r.ID == id {
			v.moveTo(i)
			return d
		}
	}
	d.t.Fatalf("requirement %s is not shown", id)
	return d
}
