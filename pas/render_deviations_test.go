package pas

import (
	"strings"
	"testing"
)

func TestDeviationsAppendix(t *testing.T) {
	cat := diffCatalogue()
	load := func(s string) *Plan {
		p, err := Decode([]byte("schema_version: 1\nlang: en\n"+s), "p.yaml", cat)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	std := load("main:\n  delay: 4h\n  share: 99.9\n  text: a\n")
	plan := load("main:\n  delay: 1h\n  share: 99.5\n  text: b\n")
	render := func(aud Audience) string { return string(Render(plan, RenderOptions{Audience: aud})) }
	if strings.Contains(render(InternalAudience), "Deviations") {
		t.Error("a plan without baseline gets a deviations annex")
	}
	plan.Baseline = &Baseline{Path: "std.yaml", SHA256: ContentHash(nil)}
	if strings.Contains(render(InternalAudience), "Deviations") {
		t.Error("a baseline nobody read gets a deviations annex")
	}
	plan.Baseline.Read, plan.Baseline.Current, plan.Baseline.Standard = true, ContentHash(nil), std
	doc := render(InternalAudience)
	weaker := strings.Index(doc, "| 1. Main | Share | 99.9% | 99.5% | weaker |")
	unclassed := strings.Index(doc, "| 1. Main | Text | a | b | — |")
	stricter := strings.Index(doc, "| 1. Main | Delay | 4 h | 1 h | stricter |")
	if weaker < 0 || unclassed < weaker || stricter < unclassed || strings.Contains(doc, "changed since") {
		t.Errorf("deviations not listed weaker first:\n%s", doc[strings.Index(doc, "Deviations from the standard PAS\n"):])
	}
	if strings.Contains(render(ClientAudience), "Deviations") {
		t.Error("the client's document lists the deviations")
	}
	plan.Baseline.Standard, plan.Baseline.Problem = nil, T("fichier introuvable", "no such file")
	if doc := render(InternalAudience); !strings.Contains(doc, "The standard PAS “std.yaml” could not be read (no such file)") {
		t.Errorf("an unreadable standard is not said:\n%s", doc[strings.LastIndex(doc, "## "):])
	}
}
