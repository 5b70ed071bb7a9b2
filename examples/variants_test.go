package examples

import (
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// TestSchemaAcceptsVersion2Keys: a plan made from a standard (baseline)
// with merge conflicts validates against the JSON Schema, and a malformed
// baseline does not.
func TestSchemaAcceptsVersion2Keys(t *testing.T) {
	s := compileSchema(t)
	p, err := pas.Decode(Plan(pas.EN), "en.yaml", sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	p.Baseline = pas.NewBaseline("tender/plan.yaml", "standard/plan.yaml", Plan(pas.EN))
	ours, theirs := p.Clone(), p.Clone()
	rpo := p.Cat.MustField("continuity.bcp.rpo")
	ours.Set(rpo, &pas.Value{Has: true, Dur: pas.Hours(2)})
	theirs.Set(rpo, &pas.Value{Has: true, Dur: pas.Hours(8)})
	theirs.ListOf(p.Cat.MustField("datacenter.sites")).Records = nil
	ours.Record(p.Cat.MustField("datacenter.sites"), "drv-lyo1").Set(p.Cat.MustField("datacenter.sites.city"), &pas.Value{Has: true, Str: "Lyon"})
	p = pas.Merge(p, ours, theirs)
	if len(p.Conflicts) != 2 {
		t.Fatalf("conflicts: %d", len(p.Conflicts))
	}
	data := pas.Encode(p)
	if err := s.Validate(yamlToJSON(t, data)); err != nil {
		t.Errorf("a plan with a baseline is rejected: %v", err)
	}
	broken := strings.Replace(string(data), "  sha256: ", "  sha256: x", 1)
	if err := s.Validate(yamlToJSON(t, []byte(broken))); err == nil {
		t.Error("a malformed baseline hash is accepted")
	}
}
