package examples

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/pas/doc"
	"github.com/pas-editor/pas/sections"
)

var update = flag.Bool("update", false, "rewrite the rendered documents and golden files")

// asOf is the date the examples are checked at.
var asOf = pas.MustDate("2026-12-01")

func decode(t *testing.T, data []byte, name string) *pas.Plan {
	t.Helper()
	p, err := pas.Decode(data, name, sections.Catalogue())
	if err != nil {
		t.Fatalf("%s does not load:\n%v", name, err)
	}
	return p
}

func TestExampleIsCanonical(t *testing.T) {
	for _, l := range pas.Langs {
		t.Run(string(l), func(t *testing.T) {
			data := Plan(l)
			p := decode(t, data, string(l)+"/plan.yaml")
			if p.Lang != l {
				t.Errorf("lang is %q, want %q", p.Lang, l)
			}
			if got := pas.Marshal(p); !bytes.Equal(got, data) {
				t.Errorf("%s/plan.yaml is not in canonical form (run pas fmt): decode then Marshal differs at byte %d",
					l, firstDiff(got, data))
			}
			if !bytes.HasPrefix(data, []byte(pas.Modeline+"\n")) {
				t.Errorf("%s/plan.yaml does not start with the schema modeline", l)
			}
		})
	}
}

func TestExampleRendersCommittedDocument(t *testing.T) {
	for _, l := range pas.Langs {
		t.Run(string(l), func(t *testing.T) {
			p := decode(t, Plan(l), string(l)+"/plan.yaml")
			got := pas.Render(p, pas.RenderOptions{Audience: pas.ClientAudience, Today: asOf})
			path := filepath.Join(string(l), "plan.md")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./examples/ -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the rendering of %s/plan.yaml at byte %d (run go test ./examples/ -update)",
					path, l, firstDiff(got, want))
			}
		})
	}
}

// TestExampleTree compares the document tree of the French example with
// its golden outline: what every writer receives.
func TestExampleTree(t *testing.T) {
	p := decode(t, Plan(pas.FR), "fr/plan.yaml")
	got := []byte(doc.Dump(pas.Build(p, pas.RenderOptions{Audience: pas.ClientAudience, Today: asOf})))
	golden(t, filepath.Join("testdata", "tree-fr.txt"), got)
}

// golden compares got with a golden file, or rewrites it with -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./examples/ -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs at byte %d (run go test ./examples/ -update and review the diff)", path, firstDiff(got, want))
	}
}

func TestExampleHasNoUnwaivedFinding(t *testing.T) {
	for _, l := range pas.Langs {
		t.Run(string(l), func(t *testing.T) {
			p := decode(t, Plan(l), string(l)+"/plan.yaml")
			for _, f := range pas.RunChecks(p, asOf) {
				if !f.Waived() {
					t.Errorf("%s %s line %d %s: %s", f.Rule, f.Severity, f.Pos.Line, f.Path, f.Message.EN)
				}
			}
		})
	}
}

func TestExampleExercisesPendingValuesAndNotes(t *testing.T) {
	p := decode(t, Plan(pas.FR), "fr/plan.yaml")
	kinds := map[pas.ItemKind]int{}
	for _, s := range p.Cat.Sections {
		for _, it := range p.Items(s) {
			kinds[it.Kind]++
			if it.Kind != pas.Missing && (it.Value.Question == "" || it.Value.Owner == "" || it.Value.Due.IsZero()) {
				t.Errorf("%s: pending value without question, owner and due date", it.Path)
			}
		}
	}
	if kinds[pas.Missing] != 0 || kinds[pas.Confirm] == 0 || kinds[pas.Question] == 0 {
		t.Errorf("items to complete: %v; want none missing, some to confirm and some open questions", kinds)
	}
	notes := 0
	for _, d := range p.Sections {
		if d.Notes != "" {
			notes++
		}
	}
	if notes < 2 {
		t.Errorf("%d sections with internal notes, want at least 2", notes)
	}
}

// TestLanguagesHaveSameStructure compares the French and English examples:
// same sections, same record ids in the same order, same non-text values
// and states; only free text differs.
func TestLanguagesHaveSameStructure(t *testing.T) {
	fr := structure(decode(t, Plan(pas.FR), "fr/plan.yaml"))
	en := structure(decode(t, Plan(pas.EN), "en/plan.yaml"))
	if len(fr) != len(en) {
		t.Errorf("%d structural lines in French, %d in English", len(fr), len(en))
	}
	for i := 0; i < len(fr) && i < len(en); i++ {
		if fr[i] != en[i] {
			t.Fatalf("first difference:\n fr: %s\n en: %s", fr[i], en[i])
		}
	}
}

// structure lists a plan's shape, one line per item, with free text
// replaced by a marker of its presence.
func structure(p *pas.Plan) []string {
	var out []string
	for _, s := range p.Cat.Sections {
		d := p.Data(s.ID)
		if d == nil {
			continue
		}
		out = append(out, fmt.Sprintf("section %s na=%t notes=%t", s.ID, d.NA != nil, d.Notes != ""))
		for _, f := range s.Fields {
			if v := d.Values[f.ID]; v != nil {
				out = append(out, f.Path+" = "+shape(f, v))
			}
			l := d.Lists[f.ID]
			if l == nil {
				continue
			}
			for _, r := range l.Records {
				out = append(out, f.Path+"["+r.ID+"]")
				for _, rf := range f.Fields {
					if v := r.Values[rf.ID]; v != nil {
						out = append(out, f.Path+"["+r.ID+"]."+rf.ID+" = "+shape(rf, v))
					}
				}
			}
		}
	}
	for _, id := range sortedPolicy(p) {
		out = append(out, "policy "+id+" = "+shape(p.Cat.PolicyField(id), p.Policy[id]))
	}
	for _, w := range p.Waivers {
		out = append(out, fmt.Sprintf("waiver %s item=%s date=%s expires=%s reason=%t approver=%t",
			w.Rule, w.Item, w.Date, w.Expires, w.Reason != "", w.Approver != ""))
	}
	return out
}

// shape describes a value with its free text reduced to "text".
func shape(f *pas.Field, v *pas.Value) string {
	c := v.Clone()
	c.Pos = pas.Pos{}
	if (f.Kind == pas.KText || f.Kind == pas.KLongText) && c.Str != "" {
		c.Str = "text"
	}
	if c.Question != "" {
		c.Question = "text"
	}
	if c.Owner != "" {
		c.Owner = "text"
	}
	return fmt.Sprintf("%+v", *c)
}

func sortedPolicy(p *pas.Plan) []string {
	var ids []string
	for _, f := range p.Cat.Policy {
		if p.Policy[f.ID] != nil {
			ids = append(ids, f.ID)
		}
	}
	return ids
}

func TestLarge(t *testing.T) {
	cat := sections.Catalogue()
	for _, l := range pas.Langs {
		t.Run(string(l), func(t *testing.T) {
			p := decode(t, Large(l), "large "+string(l))
			for path, want := range map[string]int{
				"parties.organisations":   LargeParties,
				"raci.activities":         LargeActivities,
				"datacenter.sites":        LargeSites,
				"frameworks.certificates": LargeCertificates,
				"gdpr.subprocessors":      LargeSubprocessors,
			} {
				if n := len(p.Records(cat.MustField(path))); n < want {
					t.Errorf("%s: %d records, want at least %d", path, n, want)
				}
			}
			if LargeParties < 8 || LargeActivities < 300 || LargeSites < 60 || LargeCertificates < 80 || LargeSubprocessors < 100 {
				t.Errorf("large plan sizes below the benchmark's: %d parties, %d activities, %d sites, %d certificates, %d sub-processors",
					LargeParties, LargeActivities, LargeSites, LargeCertificates, LargeSubprocessors)
			}
			assign := cat.MustField("raci.activities.assign")
			for _, r := range p.Records(cat.MustField("raci.activities")) {
				a, resp := 0, 0
				for _, letters := range r.Get(assign).RACIOrNil() {
					a += strings.Count(letters, "A")
					resp += strings.Count(letters, "R")
				}
				if a != 1 || resp < 1 {
					t.Errorf("activity %s: %d A and %d R, want exactly one A and at least one R", r.ID, a, resp)
				}
			}
		})
	}
}

func firstDiff(a, b []byte) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return i
		}
	}
	if len(a) == len(b) {
		return -1
	}
	return min(len(a), len(b))
}

// TestProfileDocuments pins the documents of a plan started from a
// profile, in both languages: a draft where most answers are missing
// (marked to be completed in the sentences) and the profile's proposals
// wait for confirmation. The client's document keeps the profile's notes
// internal; the internal one lists each repeated note once, with the items
// it concerns.
func TestProfileDocuments(t *testing.T) {
	for _, l := range pas.Langs {
		p, err := sections.Profile("saas", l)
		if err != nil {
			t.Fatal(err)
		}
		for _, aud := range []pas.Audience{pas.ClientAudience, pas.InternalAudience} {
			name := "profile-saas-" + string(l) + ".md"
			if aud == pas.InternalAudience {
				name = "profile-saas-" + string(l) + "-internal.md"
			}
			doc := pas.Render(p, pas.RenderOptions{Audience: aud, Today: asOf})
			golden(t, filepath.Join("testdata", name), doc)
			note := map[pas.Lang]string{pas.FR: "Affectation type du profil «\u00a0SaaS\u00a0»", pas.EN: "Typical assignment of the “SaaS” profile"}[l]
			want := map[pas.Audience]int{pas.ClientAudience: 0, pas.InternalAudience: 1}[aud]
			if n := strings.Count(string(doc), note); n != want {
				t.Errorf("%s: the profile's note appears %d times, want %d", name, n, want)
			}
		}
	}
}

// TestClientDocumentIsClean: the client's document of the example shows
// only the version issued to the client, the questions marked for the
// client (with their owner and due date), and keeps the provider's own
// doubt internal (its value stays marked to confirm); the internal
// document shows everything.
func TestClientDocumentIsClean(t *testing.T) {
	p := decode(t, Plan(pas.FR), "fr/plan.yaml")
	client := string(pas.Render(p, pas.RenderOptions{Audience: pas.ClientAudience, Today: asOf}))
	internal := string(pas.Render(p, pas.RenderOptions{Audience: pas.InternalAudience, Today: asOf}))
	internalOnly := []string{"| 0.1 ", "| 0.9 ", "à confirmer avec Vigisoc", "Antoine Roux, responsable de service"}
	both := []string{"| 1.0 |", "Le GHT a-t-il réalisé l'AIPD du DPI", "responsable\u00a0: Karim Benali, DPO du GHT", "Qui, au GHT, valide les accès",
		"- Délai de prise en charge (P1) — à confirmer\n", "15\u00a0min **[À confirmer]**"}
	for _, s := range internalOnly {
		if strings.Contains(client, s) {
			t.Errorf("the client's document shows %q", s)
		}
	}
	for _, s := range append(internalOnly[:3:3], both[:len(both)-2]...) {
		if !strings.Contains(internal, s) {
			t.Errorf("the internal document lacks %q", s)
		}
	}
	for _, s := range both {
		if !strings.Contains(client, s) {
			t.Errorf("the client's document lacks %q", s)
		}
	}
}
