package pas

import (
	"strings"
	"testing"
)

// sinceCatalogue has a list whose records gained a field in format 2.
func sinceCatalogue(t *testing.T) (*Catalogue, *Field, *Field) {
	t.Helper()
	title := &Field{ID: "title", Kind: KText, Label: T("Intitulé", "Title"), Since: 2}
	people := &Field{ID: "people", Kind: KList, Label: T("Personnes", "People"), Fields: []*Field{
		{ID: "name", Kind: KText, Label: T("Nom", "Name")}, title}}
	cat, err := NewCatalogue([]*Section{{ID: "main", Title: T("Principal", "Main"), Who: WhoProvider, Fields: []*Field{people}}}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return cat, people, title
}

// TestFormatVersionOfNewerFields: a plan is written as version 1 until it
// holds a value of a field introduced in version 2, then as version 2;
// and both read back.
func TestFormatVersionOfNewerFields(t *testing.T) {
	cat, people, title := sinceCatalogue(t)
	p := NewPlan(cat, FR)
	r := &Record{ID: "a"}
	r.Set(people.RecordField("name"), &Value{Has: true, Str: "Alex"})
	p.ListOf(people).Records = append(p.ListOf(people).Records, r)
	if got := string(Encode(p)); !strings.HasPrefix(got, "schema_version: 1\n") {
		t.Fatalf("without a title:\n%s", got)
	}
	r.Set(title, &Value{Has: true, Str: "RSSI de la Région"})
	out := Encode(p)
	if !strings.HasPrefix(string(out), "schema_version: 2\n") || !strings.HasPrefix(string(Marshal(p)), Modeline+"\nschema_version: 2\n") {
		t.Fatalf("with a title:\n%s", out)
	}
	q, err := Decode(out, "p.yaml", cat)
	if err != nil || q.Records(people)[0].Str(title) != "RSSI de la Région" {
		t.Fatalf("read back: %v", err)
	}
	if _, err := NewCatalogue([]*Section{{ID: "x", Title: T("X", "X"), Who: WhoProvider, Fields: []*Field{
		{ID: "f", Kind: KText, Label: T("F", "F"), Since: SchemaVersion + 1}}}}, nil, nil); err == nil {
		t.Error("a field of a format this build does not write was accepted")
	}
}
