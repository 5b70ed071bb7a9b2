package examples

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"
)

// yamlToJSON converts plan.yaml into the value a YAML-aware validator
// sees: YAML 1.2 scalars typed by their resolved tag (dates stay strings).
func yamlToJSON(t *testing.T, data []byte) any {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	return nodeValue(t, doc.Content[0])
}

func nodeValue(t *testing.T, n *yaml.Node) any {
	switch n.Kind {
	case yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i < len(n.Content); i += 2 {
			m[n.Content[i].Value] = nodeValue(t, n.Content[i+1])
		}
		return m
	case yaml.SequenceNode:
		out := []any{}
		for _, c := range n.Content {
			out = append(out, nodeValue(t, c))
		}
		return out
	case yaml.AliasNode:
		return nodeValue(t, n.Alias)
	}
	switch n.Tag {
	case "!!int":
		v, err := strconv.ParseInt(n.Value, 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		return json.Number(strconv.FormatInt(v, 10))
	case "!!float":
		return json.Number(n.Value)
	case "!!bool":
		return n.Value == "true"
	case "!!null":
		return nil
	}
	return n.Value
}

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	return compileSchemaBytes(t, pas.SchemaID, pas.Schema(sections.Catalogue()))
}

func compileSchemaBytes(t *testing.T, id string, data []byte) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(id, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(id)
	if err != nil {
		t.Fatalf("the schema does not compile: %v", err)
	}
	return s
}

// standardKeywords are the draft 2020-12 keywords the schema may use:
// strict validators reject anything else.
var standardKeywords = map[string]bool{
	"$schema": true, "$id": true, "$defs": true, "$ref": true, "title": true, "description": true,
	"type": true, "properties": true, "additionalProperties": true, "required": true, "items": true,
	"enum": true, "const": true, "anyOf": true, "pattern": true, "format": true, "minimum": true,
	"maximum": true, "uniqueItems": true, "propertyNames": true,
}

// TestSchemaUsesStandardKeywords walks the schema: only standard keywords,
// only standard formats.
func TestSchemaUsesStandardKeywords(t *testing.T) {
	for _, schema := range [][]byte{pas.Schema(sections.Catalogue()), pas.LibrarySchema(sections.Catalogue())} {
		checkKeywords(t, schema)
	}
}

func checkKeywords(t *testing.T, schema []byte) {
	var root map[string]any
	if err := json.Unmarshal(schema, &root); err != nil {
		t.Fatal(err)
	}
	var walk func(path string, v any, isSchema bool)
	walk = func(path string, v any, isSchema bool) {
		m, ok := v.(map[string]any)
		if !ok {
			if arr, ok := v.([]any); ok && isSchema {
				for i, x := range arr {
					walk(path+"["+strconv.Itoa(i)+"]", x, true)
				}
			}
			return
		}
		for k, x := range m {
			if isSchema && !standardKeywords[k] {
				t.Errorf("%s: non-standard keyword %q", path, k)
			}
			if k == "format" && x != "date" && x != "uri" {
				t.Errorf("%s: unexpected format %v", path, x)
			}
			switch k {
			case "properties", "$defs":
				for name, sub := range x.(map[string]any) {
					walk(path+"/"+name, sub, true)
				}
			case "items", "additionalProperties", "propertyNames":
				walk(path+"/"+k, x, true)
			case "anyOf":
				walk(path+"/anyOf", x, true)
			}
		}
	}
	walk("#", root, true)
}

func TestSchemaAcceptsExamples(t *testing.T) {
	s := compileSchema(t)
	for _, l := range pas.Langs {
		if err := s.Validate(yamlToJSON(t, Plan(l))); err != nil {
			t.Errorf("%s example rejected: %v", l, err)
		}
	}
	if err := s.Validate(yamlToJSON(t, Large(pas.FR))); err != nil {
		t.Errorf("large plan rejected: %v", err)
	}
}

// TestSchemaAcceptsVersion1: a plan written by an older pas, in version 1,
// stays valid, as pas itself reads it.
func TestSchemaAcceptsVersion1(t *testing.T) {
	s := compileSchema(t)
	old := strings.Replace(string(Plan(pas.FR)), "schema_version: 2\n", "schema_version: 1\n", 1)
	if err := s.Validate(yamlToJSON(t, []byte(old))); err != nil {
		t.Errorf("version 1 plan rejected: %v", err)
	}
	if _, err := pas.Decode([]byte(old), "v1.yaml", sections.Catalogue()); err != nil {
		t.Errorf("pas does not read a version 1 plan: %v", err)
	}
}

func TestSchemaRejectsBrokenPlans(t *testing.T) {
	s := compileSchema(t)
	base := string(Plan(pas.FR))
	for name, broken := range map[string]string{
		"unknown key":       strings.Replace(base, "\nengagement:\n", "\nengagement:\n  colour: blue\n", 1),
		"unknown section":   base + "surprise: {}\n",
		"bad enum":          strings.Replace(base, "deployment_model: community", "deployment_model: cloudy", 1),
		"bad date":          strings.Replace(base, "date_issued: 2026-11-20", "date_issued: 2026-13-45", 1),
		"wrong type":        strings.Replace(base, "third_party_saas: false", "third_party_saas: maybe", 1),
		"bad duration":      strings.Replace(base, "retention: 30d", "retention: a month", 1),
		"bad state":         strings.Replace(base, "state: to_confirm", "state: perhaps", 1),
		"no schema version": strings.Replace(base, "schema_version: 2\n", "", 1),
		"future version":    strings.Replace(base, "schema_version: 2\n", "schema_version: 3\n", 1),
		"bad country":       strings.Replace(base, "seat_country: FR", "seat_country: XX", 1),
	} {
		if broken == base {
			t.Fatalf("%s: the example no longer holds the text this test edits", name)
		}
		if err := s.Validate(yamlToJSON(t, []byte(broken))); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
