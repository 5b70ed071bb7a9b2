package pas

import (
	"strings"
	"testing"
)

// TestMergeKeepsTheirComments: the merged file keeps the comments their
// side added, changed or removed, as a line merge would, besides ours; a
// comment changed differently on both sides keeps both texts.
func TestMergeKeepsTheirComments(t *testing.T) {
	base := `schema_version: 1
lang: en
main:
  title: Base # shared
  delay: 24h # gone on their side
  many: [a]
  orgs:
    - {id: x, name: X, country: FR}
other:
  note: n # both
`
	ours := strings.NewReplacer("title: Base", "title: Ours", "# both", "# both, ours", "many: [a]", "many: [a] # ours").Replace(base)
	theirs := strings.NewReplacer(" # gone on their side", "", "# both", "# both, theirs",
		"    - {id: x, name: X, country: FR}\n", "    - {id: x, name: X, country: FR}\n    # their record\n    - {id: z, name: Z, country: DE} # zed\n",
		"delay: 24h", "delay: 48h").Replace(base)
	cat := testCatalogue()
	load := func(name, src string) *Plan {
		p, err := Decode([]byte(src), name, cat)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	out := string(Marshal(Merge(load("base", base), load("ours", ours), load("theirs", theirs))))
	for _, want := range []string{"title: Ours # shared", "# ours", "# their record", "# zed", "note: n # both, ours # both, theirs", "delay: 48h\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("%q missing from the merged file:\n%s", want, out)
		}
	}
	if strings.Contains(out, "gone on their side") {
		t.Errorf("the comment their side removed is back:\n%s", out)
	}
}
