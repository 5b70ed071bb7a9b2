package examples

import (
	_ "embed"
	"fmt"
	"os"
	"path/filepath"

	"github.com/pas-editor/pas/pas"
)

// The French example split into the company's facts library and a plan
// that takes its parties, contacts, sites, certificates, sub-processors
// and two standard texts from it: the plan renders the same document as
// fr/plan.yaml.

//go:embed library/company.yaml
var libraryCompany []byte

//go:embed library/ght-deux-rives/plan.yaml
var libraryPlan []byte

// LibraryCompany returns the example's facts library (company.yaml).
func LibraryCompany() []byte { return append([]byte(nil), libraryCompany...) }

// LibraryPlan returns the example plan that takes its records from the
// library, as it lies at library/ght-deux-rives/plan.yaml (its facts path
// is ../company.yaml).
func LibraryPlan() []byte { return append([]byte(nil), libraryPlan...) }

// WritePortfolio writes a portfolio of n plans of the example's size that
// share one facts library: dir/company.yaml and dir/tenders/tNNN/plan.yaml.
// Plans vary in client reference, title, status and a few figures; one in
// two is issued (submitted, so pinned), the others are drafts that follow
// the library. It refuses a directory that already holds a company.yaml.
func WritePortfolio(dir string, n int, cat *pas.Catalogue) error {
	lib := filepath.Join(dir, "company.yaml")
	if _, err := os.Lstat(lib); err == nil {
		return fmt.Errorf("%s already exists", lib)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := pas.WriteFileAtomic(lib, LibraryCompany()); err != nil {
		return err
	}
	for i := range n {
		data, err := PortfolioPlan(i, cat)
		if err != nil {
			return err
		}
		path := filepath.Join(dir, "tenders", fmt.Sprintf("t%03d", i+1), "plan.yaml")
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := pas.WriteFileAtomic(path, data); err != nil {
			return err
		}
	}
	return nil
}

// PortfolioPlan returns plan i of a generated portfolio: the library
// example with its own reference, title, status and figures, its facts
// path two levels up (tenders/tNNN/plan.yaml → company.yaml).
func PortfolioPlan(i int, cat *pas.Catalogue) ([]byte, error) {
	p, err := pas.Decode(LibraryPlan(), "portfolio", cat)
	if err != nil {
		return nil, err
	}
	set := func(path string, v *pas.Value) { p.Set(cat.MustField(path), v) }
	text := func(s string) *pas.Value { return &pas.Value{Has: true, Str: s} }
	set("cover.reference", text(fmt.Sprintf("PAS-HSN-%04d", i+1)))
	set("cover.title", text(fmt.Sprintf("Plan d'Assurance Sécurité – Dossier patient informatisé, consultation n° %d", i+1)))
	set("engagement.procurement.reference", text(fmt.Sprintf("AO-%04d", i+1)))
	set("continuity.sla.availability", &pas.Value{Has: true, Num: []float64{99.9, 99.5, 99.8, 99.9}[i%4]})
	set("continuity.bcp.rpo", &pas.Value{Has: true, Dur: pas.Duration{N: 1 + i%4, U: pas.Hour}})
	p.Facts.Path = "../../company.yaml"
	if i%2 == 1 {
		set("cover.status", text("draft"))
		p.Facts.Frozen = nil
	}
	return pas.Marshal(p), nil
}
