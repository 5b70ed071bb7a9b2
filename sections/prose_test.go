package sections

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/pas/doc"
)

// proseChapters are the chapters written as sentences; the others are
// lists (parties, tools, client's obligations) or the cover.
var proseChapters = []string{
	"engagement", "docgov", "raci", "datacenter", "frameworks", "personnel", "access", "session", "crypto",
	"hosting", "network", "vulnerability", "change", "devsec", "assets", "continuity", "incident", "audit",
	"gdpr", "confidentiality", "exit", "governance",
}

// TestProseCoversTheChapters: in a chapter written as sentences, every
// value that is not a list or a long text is said by a sentence, so that
// no "Item | Answer" table is left.
func TestProseCoversTheChapters(t *testing.T) {
	cat := Catalogue()
	want := map[string]bool{}
	for _, id := range proseChapters {
		want[id] = true
	}
	for _, s := range cat.Sections {
		if want[s.ID] != (len(s.Prose) > 0) {
			t.Errorf("%s: has sentences %t, listed %t", s.ID, len(s.Prose) > 0, want[s.ID])
		}
		covered := map[*pas.Field]bool{}
		for _, st := range s.Prose {
			for _, f := range st.Covers() {
				covered[f] = true
			}
		}
		for _, f := range s.Fields {
			if len(s.Prose) == 0 || f.Kind == pas.KList || f.Kind == pas.KLongText || covered[f] || f == raciParties {
				continue
			}
			t.Errorf("%s: no sentence says it", f.Path)
		}
	}
}

// examplePlan reads the example plan of a language.
func examplePlan(t *testing.T, l pas.Lang) *pas.Plan {
	t.Helper()
	path := filepath.Join("..", "examples", string(l), "plan.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := pas.Decode(data, path, Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// distinctive gives a field a value no other part of the plan holds, so
// that finding its words in a sentence proves where they came from; nil
// for kinds whose values are words of the sentences (choices, yes/no).
func distinctive(f *pas.Field) *pas.Value {
	switch f.Kind {
	case pas.KDuration:
		return &pas.Value{Has: true, Dur: pas.Duration{N: 37, U: pas.Day}}
	case pas.KInt:
		return &pas.Value{Has: true, Num: 37}
	case pas.KNumber:
		return &pas.Value{Has: true, Num: 37.5}
	case pas.KPercent:
		return &pas.Value{Has: true, Num: 97.37}
	case pas.KDate:
		return &pas.Value{Has: true, Date: pas.MustDate("2031-07-29")}
	case pas.KText, pas.KURL:
		return &pas.Value{Has: true, Str: "Zébulon-37"}
	case pas.KCountry:
		return &pas.Value{Has: true, Str: "MT"}
	case pas.KCountries:
		return &pas.Value{Has: true, List: []string{"MT"}}
	}
	return nil
}

// valueWords is how a distinctive value reads in a sentence.
func valueWords(f *pas.Field, v *pas.Value, l pas.Lang) string {
	switch f.Kind {
	case pas.KDuration:
		if f.Every {
			return pas.Frequency(v.Dur, l)
		}
		return v.Dur.Format(l)
	case pas.KText, pas.KURL:
		return "Zébulon-37"
	case pas.KCountry, pas.KCountries:
		return pas.CountryName("MT", l)
	}
	return pas.Format(nil, f, v, l)
}

func hasMarker(in []doc.Inline, m doc.Mark) bool {
	for _, x := range in {
		if x.Kind == doc.MarkKind && x.Mark == m {
			return true
		}
	}
	return false
}

// TestSentencesSayOnlyWhatThePlanHolds renders every sentence of the
// example plans with one of its values missing at a time: the sentence
// marks it as to be completed when it is required, drops it (or the part
// that needs it) when it is optional, and never
// says it anyway, nor fills it with anything else (a threshold, a usual
// figure): the words of the missing value appear nowhere in the chapter.
func TestSentencesSayOnlyWhatThePlanHolds(t *testing.T) {
	for _, l := range pas.Langs {
		base := examplePlan(t, l)
		for _, s := range base.Cat.Sections {
			for _, st := range s.Prose {
				for _, f := range st.Covers() {
					checkMissing(t, base, s, st, f, l)
				}
			}
		}
	}
}

func checkMissing(t *testing.T, base *pas.Plan, s *pas.Section, st *pas.Sentence, f *pas.Field, l pas.Lang) {
	t.Helper()
	full := base.Clone()
	if dv := distinctive(f); dv != nil && !full.Get(f).Pending() {
		full.Set(f, dv) // set even where the example leaves it out
	}
	before := sentenceOf(full, st)
	if !full.Active(f, nil) || len(before) == 0 {
		return
	}
	gone := full.Clone()
	gone.Set(f, nil)
	after := sentenceOf(gone, st)
	name := string(l) + " " + f.Path + " in " + doc.PlainText(before)
	switch {
	case doc.PlainText(after) == doc.PlainText(before) && full.Get(f).IsSet():
		t.Errorf("%s: the sentence does not change without the value: %q", name, doc.PlainText(after))
	case f.Required && !hasMarker(after, doc.Missing):
		t.Errorf("%s: a required value is missing and not marked as to be completed: %q", name, doc.PlainText(after))
	case !f.Required && hasMarker(after, doc.Missing):
		t.Errorf("%s: an optional value is marked as missing: %q", name, doc.PlainText(after))
	}
	if dv := distinctive(f); dv != nil && !base.Get(f).Pending() {
		w := valueWords(f, dv, l)
		if !strings.Contains(doc.PlainText(before), w) {
			t.Errorf("%s: %q is not said", name, w)
		}
		if chapter := pas.RenderSection(gone, s, pas.RenderOptions{}); strings.Contains(chapter, w) {
			t.Errorf("%s: without the value, the chapter still says %q", name, w)
		}
	}
}

func sentenceOf(p *pas.Plan, st *pas.Sentence) []doc.Inline {
	return pas.NewDoc(p, pas.RenderOptions{}).Sentence(st)
}

// TestThresholdsNeverStandIn: the client's document of an example is the
// same whatever the company's thresholds (policy) say: a rule's threshold
// never stands in for the plan's own figure.
func TestThresholdsNeverStandIn(t *testing.T) {
	for _, l := range pas.Langs {
		p := examplePlan(t, l)
		want := pas.Render(p, pas.RenderOptions{})
		for _, f := range p.Cat.Policy {
			if v := distinctive(f); v != nil {
				p.Policy[f.ID] = v
			}
		}
		if got := pas.Render(p, pas.RenderOptions{}); string(got) != string(want) {
			t.Errorf("%s: the document changes with the thresholds", l)
		}
	}
}

// TestCommitmentVerb: the document setting chooses "s'engage à corriger"
// or the present tense, in both languages.
func TestCommitmentVerb(t *testing.T) {
	for _, tc := range []struct {
		l          pas.Lang
		verb, want string
	}{
		{pas.FR, "", "Hélianthe Santé Numérique s'engage à corriger les vulnérabilités critiques sous 72\u00a0h"},
		{pas.FR, "undertakes", "Hélianthe Santé Numérique s'engage à corriger les vulnérabilités critiques sous 72\u00a0h"},
		{pas.FR, "present", "Hélianthe Santé Numérique corrige les vulnérabilités critiques sous 72\u00a0h"},
		{pas.EN, "", "Hélianthe Santé Numérique undertakes to fix critical vulnerabilities within 72 h"},
		{pas.EN, "present", "Hélianthe Santé Numérique fixes critical vulnerabilities within 72 h"},
	} {
		p := examplePlan(t, tc.l)
		p.Set(covCommitVerb, nil)
		if tc.verb != "" {
			p.Set(covCommitVerb, &pas.Value{Has: true, Str: tc.verb})
		}
		got := pas.RenderSection(p, p.Cat.Section("vulnerability"), pas.RenderOptions{})
		if !strings.Contains(strings.ReplaceAll(got, "\u202f", " "), tc.want) {
			t.Errorf("%s %q: chapter lacks %q:\n%s", tc.l, tc.verb, tc.want, got)
		}
	}
}

// TestProseReadsTheExample pins a few sentences of the French example,
// the ones the issue describes.
func TestProseReadsTheExample(t *testing.T) {
	p := examplePlan(t, pas.FR)
	got := pas.RenderSection(p, p.Cat.Section("continuity"), pas.RenderOptions{})
	for _, want := range []string{
		"Une sauvegarde est réalisée chaque jour et conservée 30\u00a0jours.",
		"Les sauvegardes sont hébergées sur les sites Datarive LYO1 et Datarive DIJ1 (à 175\u00a0km du site de production).",
		"Une restauration est testée chaque trimestre",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("continuity lacks %q:\n%s", want, got)
		}
	}
}
