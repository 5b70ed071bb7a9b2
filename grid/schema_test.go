package grid

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/pas-editor/pas/sections"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"
)

// TestSchemaValidatesGridFiles: a validator we did not write accepts what
// Encode writes and rejects broken grid files.
func TestSchemaValidatesGridFiles(t *testing.T) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(Schema(sections.Catalogue())))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(SchemaID, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(SchemaID)
	if err != nil {
		t.Fatal(err)
	}
	_, g := answeredGrid(t, t.TempDir())
	good := string(Encode(g))
	toJSON := func(text string) any {
		var v any
		if err := yaml.Unmarshal([]byte(text), &v); err != nil {
			t.Fatal(err)
		}
		data, _ := json.Marshal(v)
		out, _ := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		return out
	}
	if err := s.Validate(toJSON(good)); err != nil {
		t.Fatalf("the schema rejects what pas writes: %v", err)
	}
	for name, broken := range map[string]string{
		"unknown chapter": strings.Replace(good, "map: [datacenter]", "map: [datacentre]", 1),
		"bad status":      strings.Replace(good, "status: compliant", "status: yes", 1),
		"unknown key":     strings.Replace(good, "  - id: SEC-01\n", "  - id: SEC-01\n    colour: red\n", 1),
		"bad column":      strings.Replace(good, "status: D", "status: d4", 1),
	} {
		if broken == good {
			t.Fatalf("%s: the grid file no longer holds the text this test edits", name)
		}
		if err := s.Validate(toJSON(broken)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
