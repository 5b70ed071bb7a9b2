package grid

import (
	"strings"
	"testing"

	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

func examplePlan(t testing.TB, l pas.Lang) *pas.Plan {
	t.Helper()
	p, err := pas.Decode(examples.Plan(l), "plan.yaml", sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestProposedStatuses: on the example plan, the thresholds the buyer
// states are compared with the plan's values; what cannot be compared is
// left to assess, with the evidence.
func TestProposedStatuses(t *testing.T) {
	p := examplePlan(t, pas.FR)
	a := NewAdvisor(p.Cat)
	byID := map[string]corpusReq{}
	for _, c := range frenchGrid {
		byID[c.ID] = c
	}
	for _, tc := range []struct {
		id       string
		want     Status
		evidence string // part of the French evidence
	}{
		{"CON-04", Partial, "RTO (DMIA)\u00a0: plan 4\u00a0h, exigé ≤\u00a02\u00a0h"},
		{"CON-05", Compliant, "plan 99,9\u202f%, exigé ≥\u00a099,9\u202f%"},
		{"CON-01", Compliant, "Durée de conservation de chaque sauvegarde\u00a0: plan 30\u00a0jours, exigé ≥\u00a030\u00a0jours"},
		{"CON-03", Compliant, "exigé ≤\u00a06\u00a0mois"},
		{"TRA-04", Compliant, "exigé ≤\u00a015\u00a0min"},
		{"TRA-01", ToAssess, "12\u00a0mois (à confirmer), exigé ≥\u00a06\u00a0mois"},
		{"ACC-03", Compliant, "exigé ≥\u00a012"},
		{"ACC-04", ToAssess, "jours ouvrés"},
		{"ACC-05", Compliant, "Revue des comptes à privilèges"},
		{"INC-01", Compliant, "exigé ≤\u00a024\u00a0h"},
		{"VUL-01", Compliant, "exigé ≤\u00a072\u00a0h"},
		{"AUD-01", NonCompliant, "Préavis\u00a0: plan 30\u00a0jours, exigé ≤\u00a015\u00a0jours"},
		{"CHI-04", Compliant, "exigé ≤\u00a012\u00a0mois"},
		{"CON-06", Compliant, "Fréquence des tests du PRA"},
		{"EXP-01", Compliant, "exigé ≥\u00a01\u00a0mois"},
		{"HEB-02", ToAssess, "§\u00a05 Localisation des données et juridiction"},
	} {
		c := byID[tc.id]
		r := &Requirement{ID: c.ID, Text: c.Text, Category: c.Category}
		r.Proposed = a.Map(r)
		got := a.Status(p, r)
		ev := joinTexts(got.Evidence).FR
		if got.Status != tc.want || !strings.Contains(ev, tc.evidence) {
			t.Errorf("%s (%v): %s, %q; want %s with %q", tc.id, r.Proposed, got.Status, ev, tc.want, tc.evidence)
		}
	}
}

// TestQuantities reads the usual ways buyers write thresholds.
func TestQuantities(t *testing.T) {
	for text, want := range map[string]string{
		"RTO ≤ 2 h": "2h≤",
		"conservés au moins six mois et au plus un an": "6mo≥ 1y≤",
		"disponibilité d'au moins 99,9 %":              "99.9%≥",
		"au moins deux fois par an":                    "6mo≤",
		"sous 48 heures":                               "48h≤",
		"within 5 business days":                       "5bd≤",
		"4 hours or less":                              "4h≤",
		"12 months or more":                            "12mo≥",
		"supervisé 24 h/24 et 7 j/7":                   "",
		"une sauvegarde quotidienne":                   "1d≤",
		"30 jours au minimum":                          "30d≥",
		"en moins de 30 minutes":                       "30min≤",
		"au moins 12 caractères":                       "12≥",
	} {
		var got []string
		for _, q := range quantities(tokenize(text)) {
			s := map[quantityKind]string{qDuration: q.dur.String(), qPercent: pas.FormatNumber(q.num, pas.EN) + "%", qCount: pas.FormatNumber(q.num, pas.EN)}[q.kind]
			got = append(got, s+map[pas.Bound]string{pas.AtMost: "≤", pas.AtLeast: "≥"}[q.bound])
		}
		if strings.Join(got, " ") != want {
			t.Errorf("%q: %q, want %q", text, strings.Join(got, " "), want)
		}
	}
}

// TestMatrix: the appendix's rows hold only what the user decided.
func TestMatrix(t *testing.T) {
	cat := sections.Catalogue()
	g := &Grid{Source: Source{Minimum: []string{"E"}}, Requirements: []*Requirement{
		{ID: "A", Text: "t", Priority: "E", Proposed: []string{"exit"}, Map: []string{"continuity.bcp.rto", "datacenter", "continuity"}, Status: Partial},
		{ID: "B", Text: "u", Proposed: []string{"exit"}},
	}}
	m := g.Matrix(cat)
	if len(m) != 2 || !m[0].Minimum || m[0].Status != Partial || strings.Join(m[0].Map, " ") != "datacenter continuity continuity.bcp.rto" {
		t.Errorf("row A = %+v", m[0])
	}
	if m[1].Status != "" || m[1].Map != nil {
		t.Errorf("a proposal reached the matrix: %+v", m[1])
	}
	if got := References(ChapterReferences(cat), m[0].Map); got != "§\u00a05, §\u00a018" {
		t.Errorf("chapter references = %q", got)
	}
}
