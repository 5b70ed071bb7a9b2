package examples

import (
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// TestSchemaAcceptsVersion2Keys: a plan made from a standard (baseline)
// validates against the JSON Schema, and a malformed baseline does not.
func TestSchemaAcceptsVersion2Keys(t *testing.T) {
	s := compileSchema(t)
	p, err := pas.Decode(Plan(pas.EN), "en.yaml", sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	p.Baseline = pas.NewBaseline("tender/plan.yaml", "standard/plan.yaml", Plan(pas.EN))
	data := pas.Encode(p)
	if err := s.Validate(yamlToJSON(t, data)); err != nil {
		t.Errorf("a plan with a baseline is rejected: %v", err)
	}
	broken := strings.Replace(string(data), "  sha256: ", "  sha256: x", 1)
	if err := s.Validate(yamlToJSON(t, []byte(broken))); err == nil {
		t.Error("a malformed baseline hash is accepted")
	}
}
