package pas

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func TestAvailableFromLibrary(t *testing.T) {
	p, _ := loadFacts(t, testFactsPlan, testLibrary)
	orgs := p.Cat.Field("main.orgs")
	var ids []string
	for _, r := range p.AvailableFromLibrary(orgs) {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, ",") != "host-fr" {
		t.Errorf("available: %v (acme and host are taken already)", ids)
	}
	if got := p.AvailableFromLibrary(p.Cat.Field("main.local")); got != nil {
		t.Errorf("a list the library does not hold: %v", got)
	}
	q, err := Decode([]byte(testFactsPlan), "plan.yaml", p.Cat)
	if err != nil {
		t.Fatal(err)
	}
	if q.AvailableFromLibrary(orgs) != nil {
		t.Error("an unresolved plan offers records")
	}
}

func TestStandardText(t *testing.T) {
	p, _ := loadFacts(t, strings.Replace(testFactsPlan, "    use: intro\n", "    use: intro\n    value: Our own wording.\n", 1), testLibrary)
	body := p.Cat.Field("main.body")
	if v := p.Get(body); v.FromLibrary() || v.Str != "Our own wording." {
		t.Fatalf("own wording: %+v", v)
	}
	v := p.StandardText("intro")
	if !v.FromLibrary() || v.Use != "intro" || !strings.HasPrefix(v.Str, "Standard text.") {
		t.Fatalf("standard text: %+v", v)
	}
	p.Set(body, v)
	if got := string(Marshal(p)); !strings.Contains(got, "  body:\n    use: intro\n  title:") {
		t.Errorf("the text given back is written as a reference only:\n%s", got)
	}
	if p.StandardText("nope") != nil {
		t.Error("an unknown text")
	}
}

func TestMakeOwn(t *testing.T) {
	plan := strings.Replace(testFactsPlan, "  sites:\n    - use: s1\n", "  sites:\n    - use: s1\n    - id: own-site\n      name: Ours\n      operator: acme\n", 1)
	p, _ := loadFacts(t, plan, testLibrary)
	orgs, sites := p.Cat.Field("main.orgs"), p.Cat.Field("main.sites")
	if _, err := p.MakeOwn(orgs, "cli"); err == nil {
		t.Error("a record of the plan's own made own")
	}
	r, err := p.MakeOwn(orgs, "acme")
	if err != nil || r.ID != "acme-local" || r.Facts != nil || r.Str(orgs.RecordField("name")) != "Acme France" || r.Str(orgs.RecordField("country")) != "FR" {
		t.Fatalf("make own: %v %+v", err, r)
	}
	if p.Records(orgs)[2] != r {
		t.Error("the record keeps its place")
	}
	if got := p.Record(sites, "own-site").Str(sites.RecordField("operator")); got != "acme-local" {
		t.Errorf("a reference does not follow: %q", got)
	}
	// The host is named by the library's site: the site then overrides its operator.
	if _, err := p.MakeOwn(orgs, "host"); err != nil {
		t.Fatal(err)
	}
	got := string(Marshal(p))
	for _, want := range []string{
		"    - id: acme-local\n      name: Acme France\n      country: FR\n",
		"    - id: host-local\n      name: Host\n      country: DE\n",
		"    - use: s1\n      operator: host-local\n",
		"      operator: acme-local\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("saved plan lacks %q:\n%s", want, got)
		}
	}
	if p.OwnCopyID(orgs, "acme") != "acme-local-2" {
		t.Errorf("a second copy: %s", p.OwnCopyID(orgs, "acme"))
	}
}

func TestCommitmentsOf(t *testing.T) {
	p, _ := loadFacts(t, testFactsPlan, testLibrary)
	orgs := p.Cat.Field("main.orgs")
	if cs := p.CommitmentsOf(orgs, "host"); len(cs) != 1 || cs[0].ID != "c-host" {
		t.Errorf("host: %v", cs)
	}
	if cs := p.CommitmentsOf(orgs, "acme"); len(cs) != 0 {
		t.Errorf("acme: %v", cs)
	}
}

func TestPinIssued(t *testing.T) {
	p, _ := loadFacts(t, testFactsPlan, testLibrary)
	if p.PinIssued() || p.Frozen() {
		t.Fatal("a draft is pinned")
	}
	p.Set(p.Cat.Field("main.status"), &Value{Has: true, Str: "issued"})
	saved := Marshal(p)
	if !p.PinIssued() || !p.Frozen() {
		t.Fatal("an issued plan is not pinned")
	}
	if again := Marshal(p); !bytes.Equal(again, saved) {
		t.Errorf("the plan pinned is not the one saved:\n%s\nsaved:\n%s", again, saved)
	}
	if p.PinIssued() {
		t.Error("pinned twice")
	}
}

func TestRelocate(t *testing.T) {
	p, path := loadFacts(t, testFactsPlan, testLibrary)
	dir := filepath.Dir(path)
	p.Relocate(path, filepath.Join(dir, "tenders", "a", "plan.yaml"))
	if p.Facts.Path != "../../lib/company.yaml" {
		t.Errorf("relocated: %s", p.Facts.Path)
	}
	p.Relocate(filepath.Join(dir, "tenders", "a", "plan.yaml"), path)
	if p.Facts.Path != "lib/company.yaml" {
		t.Errorf("back: %s", p.Facts.Path)
	}
	q := NewPlan(p.Cat, EN)
	q.Relocate(path, "x.yaml") // no library: nothing to do
}

// TestRelocateNamesTheSameFiles: saved into another folder, a plan still
// names its standard and its requirements file; absolute paths stay.
func TestRelocateNamesTheSameFiles(t *testing.T) {
	p, err := Decode([]byte("schema_version: 2\nbaseline: {path: ../std.yaml, sha256: "+strings.Repeat("a", 64)+"}\nrequirements: plan.grid.yaml\n"), "plan.yaml", testCatalogue())
	if err != nil {
		t.Fatal(err)
	}
	from := filepath.Join("tenders", "a", "plan.yaml")
	p.Relocate(from, filepath.Join("tenders", "b", "c", "plan.yaml"))
	if p.Baseline.Path != "../../std.yaml" || p.Requirements != "../../a/plan.grid.yaml" {
		t.Fatalf("relocated: %q %q", p.Baseline.Path, p.Requirements)
	}
	if out := string(Marshal(p)); !strings.Contains(out, "path: ../../std.yaml") || !strings.Contains(out, "requirements: ../../a/plan.grid.yaml") {
		t.Errorf("saved:\n%s", out)
	}
	abs, _ := filepath.Abs("std.yaml")
	p.Baseline.Path = filepath.ToSlash(abs)
	p.Relocate(from, filepath.Join("x", "plan.yaml"))
	if p.Baseline.Path != filepath.ToSlash(abs) {
		t.Errorf("an absolute path was rewritten: %q", p.Baseline.Path)
	}
}

// TestMakeOwnKeepsComments: the record made the plan's own keeps the
// comments written on it in the file, as any record whose values change.
func TestMakeOwnKeepsComments(t *testing.T) {
	plan := strings.Replace(testFactsPlan, "    - use: acme\n", "    - use: acme # our French branch\n", 1)
	p, _ := loadFacts(t, plan, testLibrary)
	orgs := p.Cat.Field("main.orgs")
	for _, id := range []string{"host", "acme"} {
		if _, err := p.MakeOwn(orgs, id); err != nil {
			t.Fatal(err)
		}
	}
	got := string(Marshal(p))
	for _, want := range []string{"    # the host, as the library says\n    - id: host-local\n", "    - id: acme-local # our French branch\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("saved plan lacks %q:\n%s", want, got)
		}
	}
}
