package pas

import (
	"strings"
	"testing"
)

// TestRequirementsKey: the requirements key needs format version 2; a plan
// without it keeps the version it was written with.
func TestRequirementsKey(t *testing.T) {
	cat := testCatalogue()
	p, err := Decode([]byte("schema_version: 2\nlang: en\nrequirements: grid.yaml\n"), "p.yaml", cat)
	if err != nil || p.Requirements != "grid.yaml" {
		t.Fatalf("plan = %+v, %v", p, err)
	}
	if got := string(Encode(p)); got != "schema_version: 2\nlang: en\nrequirements: grid.yaml\n" {
		t.Errorf("encoded = %q", got)
	}
	if c := p.Clone(); c.Requirements != "grid.yaml" {
		t.Error("Clone lost the requirements key")
	}
	_, err = Decode([]byte("schema_version: 1\nrequirements: grid.yaml\n"), "p.yaml", cat)
	if err == nil || !strings.Contains(err.Error(), "p.yaml:2:1: the requirements key needs schema_version: 2") {
		t.Errorf("version 1 with requirements: %v", err)
	}
	for _, bad := range []string{"requirements: \"\"\n", "requirements: [a]\n", "requirements: \"a\\nb\"\n"} {
		if _, err := Decode([]byte("schema_version: 2\n"+bad), "p.yaml", cat); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	old, err := Decode([]byte("schema_version: 1\nlang: fr\n"), "p.yaml", cat)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(Encode(old)); got != "schema_version: 1\nlang: fr\n" {
		t.Errorf("a version 1 plan without requirements changed version: %q", got)
	}
	old.Requirements = "g.yaml"
	if got := string(Encode(old)); !strings.HasPrefix(got, "schema_version: 2\n") {
		t.Errorf("adding requirements did not raise the version: %q", got)
	}
	if _, err := Decode([]byte("schema_version: 3\n"), "p.yaml", cat); err == nil || !strings.Contains(err.Error(), "reads versions 1 to 2") {
		t.Errorf("version 3: %v", err)
	}
}

// TestVocabularyChecked: a term without words, on another section's field,
// or bounding a field that holds no quantity is refused.
func TestVocabularyChecked(t *testing.T) {
	mk := func(terms func(own, other *Field) []Term) error {
		own := &Field{ID: "delay", Kind: KDuration, Label: T("Délai", "Delay")}
		text := &Field{ID: "name", Kind: KText, Label: T("Nom", "Name")}
		other := &Field{ID: "x", Kind: KInt, Label: T("X", "X")}
		a := &Section{ID: "a", Title: T("A", "A"), Who: WhoProvider, Fields: []*Field{own, text}}
		b := &Section{ID: "b", Title: T("B", "B"), Who: WhoProvider, Fields: []*Field{other}}
		a.Vocabulary = terms(own, other)
		if len(a.Vocabulary) > 0 && a.Vocabulary[0].Field == nil && len(a.Vocabulary[0].Words) == 1 && a.Vocabulary[0].Words[0] == "text" {
			a.Vocabulary[0].Field = text
		}
		_, err := NewCatalogue([]*Section{b, a}, nil, nil)
		return err
	}
	if err := mk(func(own, _ *Field) []Term { return []Term{{Words: []string{"délai"}, Field: own, Bound: AtMost}} }); err != nil {
		t.Errorf("valid vocabulary refused: %v", err)
	}
	for name, terms := range map[string]func(own, other *Field) []Term{
		"no words":      func(_, _ *Field) []Term { return []Term{{}} },
		"empty word":    func(_, _ *Field) []Term { return []Term{{Words: []string{" "}}} },
		"other section": func(_, other *Field) []Term { return []Term{{Words: []string{"x"}, Field: other}} },
		"bound on text": func(_, _ *Field) []Term { return []Term{{Words: []string{"text"}, Bound: AtLeast}} },
		"bound alone":   func(_, _ *Field) []Term { return []Term{{Words: []string{"y"}, Bound: AtLeast}} },
	} {
		if err := mk(terms); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
