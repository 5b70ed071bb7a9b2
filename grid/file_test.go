package grid

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pas-editor/pas/sections"
)

// TestGridFileRoundTrip: what Encode writes decodes to the same grid and
// encodes to the same bytes.
func TestGridFileRoundTrip(t *testing.T) {
	dir := t.TempDir()
	_, g := answeredGrid(t, dir)
	g.Requirement("SEC-01").Comment = "Deux lignes :\nla seconde."
	data := Encode(g)
	back, err := Decode(data, "g.yaml", sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	if again := Encode(back); !bytes.Equal(data, again) {
		t.Errorf("not stable:\n%s\n---\n%s", data, again)
	}
	if r := back.Requirement("CON-04"); r.Status != Partial || len(r.Map) != 2 || r.Pos.Line == 0 {
		t.Errorf("CON-04 read back as %+v", r)
	}
}

func TestGridFileErrors(t *testing.T) {
	head := "schema_version: 2\nsource: {file: g.xlsx, format: xlsx, columns: {id: A, text: B, status: C}}\nrequirements:\n"
	for name, tc := range map[string]struct{ yaml, want string }{
		"unknown key":        {head + "  - {id: A, txt: x}\n", `g.yaml:4:13: unknown key "txt" in requirement`},
		"unknown status":     {head + "  - {id: A, text: x, status: ok}\n", `g.yaml:4:30: status: invalid value "ok"`},
		"unknown chapter":    {head + "  - {id: A, text: x, map: [backups]}\n", `g.yaml:4:28: map: "backups" is neither a chapter nor a field`},
		"duplicate id":       {head + "  - {id: A, text: x}\n  - {id: A, text: y}\n", `g.yaml:5:5: duplicate requirement "A"`},
		"newer version":      {strings.Replace(head, "schema_version: 2", "schema_version: 9", 1), "schema_version 9 is not supported"},
		"bad column":         {strings.Replace(head, "status: C", "status: 3", 1), `invalid column letter "3"`},
		"missing source bit": {"schema_version: 2\nsource: {file: g.xlsx}\nrequirements: []\n", "the id, text and status columns are required"},
		"not YAML":           {head + "  - {id: A, text: x\n", "g.yaml:4:5: "},
		"escape sequence":    {head + "  - {id: A, text: \"x\\e[31m\"}\n", "g.yaml:4:21: control character U+001B"},
		"two documents":      {head + "  - {id: A, text: x}\n---\nfoo: 1\n", "g.yaml:5:1: only one YAML document"},
	} {
		_, err := Decode([]byte(tc.yaml), "g.yaml", sections.Catalogue())
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", name, err, tc.want)
		}
	}
}
