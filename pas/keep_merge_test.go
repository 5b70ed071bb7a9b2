package pas

import (
	"bytes"
	"math/rand"
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

// TestMergeCommentsRandomEdits: on random comment edits of both sides
// (added at the end of a line, added on a line of their own, removed),
// the merged file loads, holds the merged plan, keeps every comment line
// added on either side and is written in its settled form.
func TestMergeCommentsRandomEdits(t *testing.T) {
	cat := testCatalogue()
	lines := strings.Split(commentedYAML, "\n")
	edit := func(r *rand.Rand, tag string) string {
		out := append([]string(nil), lines...)
		for range 4 {
			i := r.Intn(len(out))
			l := out[i]
			switch r.Intn(3) {
			case 0:
				if strings.Contains(l, ":") && !strings.Contains(l, "#") && !strings.HasSuffix(l, "|-") {
					out[i] = l + " # " + tag
				}
			case 1:
				indent := strings.Repeat(" ", len(l)-len(strings.TrimLeft(l, " ")))
				out = append(out[:i], append([]string{indent + "# " + tag + "-head"}, out[i:]...)...)
			case 2:
				if j := strings.Index(l, " #"); j > 0 {
					out[i] = l[:j]
				}
			}
		}
		return strings.Join(out, "\n")
	}
	load := func(src string) *Plan {
		p, err := Decode([]byte(src), "p.yaml", cat)
		if err != nil {
			return nil
		}
		return p
	}
	merged := 0
	for seed := range int64(200) {
		r := rand.New(rand.NewSource(seed))
		ours, theirs := edit(r, "ours"), edit(r, "theirs")
		b, o, th := load(commentedYAML), load(ours), load(theirs)
		if o == nil || th == nil {
			continue
		}
		merged++
		m := Merge(b, o, th)
		out := Marshal(m)
		q, err := Decode(out, "m.yaml", cat)
		if err != nil {
			t.Fatalf("seed %d: the merged file does not load: %v\n%s", seed, err, out)
		}
		if !bytes.Equal(Encode(q), Encode(m)) {
			t.Fatalf("seed %d: the merged file does not hold the merged plan:\n%s", seed, out)
		}
		if again := Marshal(q); !bytes.Equal(again, out) {
			t.Errorf("seed %d: the merged file is not settled:\n%s\n---\n%s", seed, out, again)
		}
		for _, c := range []string{"# ours-head", "# theirs-head"} {
			if strings.Contains(ours+theirs, c) && !strings.Contains(string(out), c) {
				t.Errorf("seed %d: %q lost:\n%s", seed, c, out)
			}
		}
	}
	if merged < 100 {
		t.Errorf("only %d of 200 edits loaded: the test edits too much", merged)
	}
}
