package pas

import (
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas/doc"
)

// TestCallerAppendix: an appendix given in the options comes after the
// catalogue's and before "To be completed", in the contents too, for both
// audiences.
func TestCallerAppendix(t *testing.T) {
	p, err := Decode([]byte("schema_version: 1\nlang: en\nmain:\n  title: T\n"), "p.yaml", testCatalogue())
	if err != nil {
		t.Fatal(err)
	}
	p.Cat.Appendices = []Appendix{{ID: "cat", Title: T("Du catalogue", "From the catalogue"), Render: func(d *Doc) {}}}
	extra := Appendix{ID: "extra", Title: T("Supplément", "Extra"), Render: func(d *Doc) { d.Para(d.Text("extra body")) }}
	for _, aud := range []Audience{ClientAudience, InternalAudience} {
		md := string(Render(p, RenderOptions{Audience: aud, Appendices: []Appendix{extra}}))
		cat, ext, todo := strings.Index(md, "## Appendix A – From the catalogue\n"), strings.Index(md, "## Appendix B – Extra\n\nextra body\n"), strings.Index(md, "## Appendix C – To be completed\n")
		if cat < 0 || ext < cat || todo < ext {
			t.Errorf("audience %d: appendices out of order (%d, %d, %d):\n%s", aud, cat, ext, todo, md[strings.Index(md, "## Appendix"):])
		}
		if !strings.Contains(md, "- [Appendix B – Extra](#appendix-b--extra)\n") {
			t.Errorf("audience %d: the contents do not list the extra appendix", aud)
		}
	}
	if md := string(Render(p, RenderOptions{})); strings.Contains(md, "Extra") {
		t.Error("an appendix of one rendering leaked into the next")
	}
}

// TestReference: an appendix learns under which numbered heading each
// chapter and field is written, and the numbers are those of the headings.
func TestReference(t *testing.T) {
	for _, tc := range []struct {
		name, yaml string
		want       map[string]string
	}{
		{"all groups shown", "main:\n  title: T\n  orgs:\n    - id: o1\n      name: O\n      country: FR\n  grp:\n    inner: x\n    deep:\n      leaf: 2h\nother:\n  note: n\n",
			map[string]string{"main": "1", "main.title": "1", "main.orgs": "1.1", "main.orgs.country": "1.1", "main.grp.inner": "1.2",
				"main.grp.deep.leaf": "1.3", "other": "2", "other.note": "2", "nope": "", "main.nope": ""}},
		{"a group with nothing to show", "main:\n  title: T\n  grp:\n    deep:\n      leaf: 2h\n",
			map[string]string{"main.orgs": "1.1", "main.grp.inner": "1", "main.grp.deep.leaf": "1.2", "other.note": "2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Decode([]byte("schema_version: 1\nlang: en\n"+tc.yaml), "p.yaml", testCatalogue())
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			refs := Appendix{ID: "refs", Title: T("Renvois", "References"), Render: func(d *Doc) {
				for target := range tc.want {
					got[target] = d.Reference(target)
				}
			}}
			tree := Build(p, RenderOptions{Appendices: []Appendix{refs}})
			titles := map[string]string{}
			for _, b := range tree.Blocks {
				if h, ok := b.(*doc.Heading); ok && h.Number != "" {
					titles[h.Number] = doc.PlainText(h.Content)
				}
			}
			for target, want := range tc.want {
				if got[target] != want {
					t.Errorf("Reference(%q) = %q, want %q", target, got[target], want)
				}
				if want != "" && titles[want] == "" {
					t.Errorf("Reference(%q) = %q, which no heading bears (%v)", target, want, titles)
				}
			}
			if titles["1.1"] != "Organisations" || titles["1.2"] == "" {
				t.Errorf("headings = %v", titles)
			}
		})
	}
}
