package pas

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBaselineRoundTripAndVersion(t *testing.T) {
	cat := testCatalogue()
	p := NewPlan(cat, EN)
	if got := string(Encode(p)); !strings.HasPrefix(got, "schema_version: 1\n") {
		t.Errorf("a plan without version-2 keys is not written as version 1:\n%s", got)
	}
	p.Baseline = NewBaseline("tender/plan.yaml", "std/pas.yaml", []byte("x"))
	out := Encode(p)
	want := "schema_version: 2\nlang: en\nbaseline:\n  path: ../std/pas.yaml\n  sha256: " + ContentHash([]byte("x")) + "\n"
	if string(out) != want {
		t.Fatalf("encoded:\n%s\nwant:\n%s", out, want)
	}
	again, err := Decode(out, "p.yaml", cat)
	if err != nil || !bytes.Equal(Encode(again), out) || again.Baseline.Pos.Line != 4 {
		t.Fatalf("round trip: %v %+v", err, again.Baseline)
	}
	for _, bad := range []string{
		"schema_version: 2\nbaseline: x\n",
		"schema_version: 2\nbaseline: {path: a.yaml}\n",
		"schema_version: 2\nbaseline: {path: a.yaml, sha256: ABC}\n",
		"schema_version: 2\nbaseline: {path: a.yaml, sha256: " + ContentHash(nil) + ", when: today}\n",
		"schema_version: 3\n", // newer than this build
	} {
		if _, err := Decode([]byte(bad), "b.yaml", cat); err == nil {
			t.Errorf("accepted: %q", bad)
		}
	}
}

func TestReadBaseline(t *testing.T) {
	dir := t.TempDir()
	cat := testCatalogue()
	std := []byte("schema_version: 1\nmain:\n  title: Standard\n")
	if err := os.WriteFile(filepath.Join(dir, "std.yaml"), std, 0o644); err != nil {
		t.Fatal(err)
	}
	planPath := filepath.Join(dir, "sub", "plan.yaml")
	p := NewPlan(cat, EN)
	p.Baseline = NewBaseline(planPath, filepath.Join(dir, "std.yaml"), std)
	if p.Baseline.Path != "../std.yaml" {
		t.Fatalf("relative path %q", p.Baseline.Path)
	}
	ReadBaseline(p, planPath)
	if b := p.Baseline; b.Changed() || b.Standard == nil || b.Standard.Str(cat.Field("main.title")) != "Standard" {
		t.Errorf("baseline read: %+v", b)
	}
	if err := os.WriteFile(filepath.Join(dir, "std.yaml"), []byte("schema_version: 1\nnope: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p.Baseline.Read = false
	p.Baseline.Standard = nil
	ReadBaseline(p, planPath)
	if b := p.Baseline; !b.Changed() || b.Standard != nil || !strings.Contains(b.Problem.EN, "does not load") {
		t.Errorf("a broken standard: %+v", b)
	}
}
