package examples

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

const libraryPlanPath = "library/ght-deux-rives/plan.yaml"

func loadLibraryPlan(t *testing.T, path string) *pas.Plan {
	t.Helper()
	p, err := pas.Load(path, sections.Catalogue())
	if err != nil {
		t.Fatalf("%s does not load:\n%v", path, err)
	}
	return p
}

// TestLibraryExampleMatchesSingleFile: the plan that takes its records
// from the company's library says exactly what the single-file example
// says, and renders the same document, byte for byte.
func TestLibraryExampleMatchesSingleFile(t *testing.T) {
	p := loadLibraryPlan(t, libraryPlanPath)
	if !p.Frozen() || p.Facts.Lib == nil || len(p.Commitments()) != 2 {
		t.Fatalf("the submitted example is frozen and reads its library: %+v", p.Facts)
	}
	single := decode(t, Plan(pas.FR), "fr/plan.yaml")
	if d := pas.Compare(single, p); !d.Equal() {
		for _, c := range d.Changes {
			t.Errorf("differs from the single-file example: %s", c.Path)
		}
	}
	got := pas.Render(p, pas.RenderOptions{Audience: pas.ClientAudience, Today: asOf})
	want, err := os.ReadFile(filepath.Join("fr", "plan.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s does not render fr/plan.md: differs at byte %d", libraryPlanPath, firstDiff(got, want))
	}
	data, err := os.ReadFile(libraryPlanPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, LibraryPlan()) || !p.SourceCanonical() || !bytes.Equal(pas.Marshal(p), data) {
		t.Error("the library example is not in canonical form (run pas fmt)")
	}
	if bytes.Contains(data, []byte("      name: Datarive\n      role: hosting")) && !bytes.Contains(data, []byte("frozen:")) {
		t.Error("the plan writes the library's values instead of references")
	}
	for _, f := range pas.RunChecks(p, asOf) {
		if !f.Waived() {
			t.Errorf("%s %s line %d %s: %s", f.Rule, f.Severity, f.Pos.Line, f.Path, f.Message.EN)
		}
	}
}

// TestLibraryExampleLowerHostAvailability: lowering the host's
// availability in the library makes the plan's check report the
// back-to-back finding, with both figures, the margin and the source.
func TestLibraryExampleLowerHostAvailability(t *testing.T) {
	dir := t.TempDir()
	company := strings.Replace(string(LibraryCompany()), "availability: 99.95", "availability: 99.8", 1)
	writeAll(t, dir, map[string]string{"company.yaml": company, "ght-deux-rives/plan.yaml": string(LibraryPlan())})
	p := loadLibraryPlan(t, filepath.Join(dir, "ght-deux-rives", "plan.yaml"))
	var got []pas.Finding
	for _, f := range pas.RunChecks(p, asOf) {
		if !f.Waived() {
			got = append(got, f)
		}
	}
	if len(got) != 1 || got[0].Rule != "B2B-01" || got[0].Severity != pas.Error || got[0].Path != "continuity.sla.availability" {
		t.Fatalf("findings: %v", got)
	}
	for _, want := range []string{"99,8\u202f%", "99,9\u202f%", "0,1\u00a0point", "Contrat-cadre d'hébergement HDS Datarive, version 3.2"} {
		if !strings.Contains(got[0].Message.FR, want) {
			t.Errorf("the finding lacks %q: %s", want, got[0].Message.FR)
		}
	}
	// The document handed in does not move: the plan is frozen.
	want, _ := os.ReadFile(filepath.Join("fr", "plan.md"))
	if doc := pas.Render(p, pas.RenderOptions{Today: asOf}); !bytes.Equal(doc, want) {
		t.Error("a library change rewrote a frozen plan's document")
	}
}

func writeAll(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestLibraryExampleSchemas validates the library and the plan against
// their JSON Schemas with a validator we did not write.
func TestLibraryExampleSchemas(t *testing.T) {
	plan := compileSchema(t)
	if err := plan.Validate(yamlToJSON(t, LibraryPlan())); err != nil {
		t.Errorf("%s does not validate against the plan schema: %v", libraryPlanPath, err)
	}
	lib := compileLibrarySchema(t)
	if err := lib.Validate(yamlToJSON(t, LibraryCompany())); err != nil {
		t.Errorf("library/company.yaml does not validate against the library schema: %v", err)
	}
	for _, bad := range []string{
		"facts_version: 1\nparties:\n  organisations:\n    - {name: No id}\n",
		"facts_version: 1\nparties:\n  title: x\n",
		"facts_version: 2\n",
		"facts_version: 1\ncommitments:\n  - {id: c, party: drv, availability: 120}\n",
	} {
		if err := lib.Validate(yamlToJSON(t, []byte(bad))); err == nil {
			t.Errorf("the library schema accepts %q", bad)
		}
	}
	for _, bad := range []string{
		"schema_version: 2\nfacts: c.yaml\nparties:\n  organisations:\n    - {use: drv, id: drv}\n",
		"schema_version: 2\nfacts: c.yaml\nparties:\n  organisations:\n    - {use: drv, nope: 1}\n",
		"schema_version: 2\nfacts: c.yaml\nengagement:\n  development: {use: x}\n",
		"schema_version: 2\nfacts: c.yaml\nfrozen: {parties: {organisations: []}}\n",
	} {
		if err := plan.Validate(yamlToJSON(t, []byte(bad))); err == nil {
			t.Errorf("the plan schema accepts %q", bad)
		}
	}
}

func compileLibrarySchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	return compileSchemaBytes(t, pas.LibrarySchemaID, pas.LibrarySchema(sections.Catalogue()))
}

// TestPortfolio generates a portfolio and loads every plan: issued ones
// are frozen, drafts follow the library.
func TestPortfolio(t *testing.T) {
	dir := t.TempDir()
	if err := WritePortfolio(dir, 4, sections.Catalogue()); err != nil {
		t.Fatal(err)
	}
	if err := WritePortfolio(dir, 1, sections.Catalogue()); err == nil {
		t.Error("the generator overwrites a portfolio")
	}
	loader := pas.NewLoader(sections.Catalogue())
	var lib *pas.Library
	for i := range 4 {
		path := filepath.Join(dir, "tenders", []string{"t001", "t002", "t003", "t004"}[i], "plan.yaml")
		p, err := loader.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		if p.Frozen() != (i%2 == 0) {
			t.Errorf("plan %d frozen = %v", i, p.Frozen())
		}
		if lib != nil && p.Facts.Lib != lib {
			t.Error("plans of a portfolio do not share their library")
		}
		lib = p.Facts.Lib
	}
}
