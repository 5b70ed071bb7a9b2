package grid

import (
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
)

// TestRequirementClone: a clone shares no slice with its original, so that
// an edit of the clone never shows in a copy of the grid taken before.
func TestRequirementClone(t *testing.T) {
	r := &Requirement{ID: "A", Proposed: []string{"continuity"}, Map: []string{"backup"}}
	c := r.Clone()
	c.Map[0], c.Proposed[0] = "exit", "exit"
	if r.Map[0] != "backup" || r.Proposed[0] != "continuity" {
		t.Fatalf("the clone shares its slices: %+v", r)
	}
}

// TestAnswerRules: the comment length and the statuses the buyer's cells
// accept, as the checks, the export and the editor read them.
func TestAnswerRules(t *testing.T) {
	g := &Grid{Source: Source{CommentMax: 5, Statuses: map[Status]string{Compliant: "Oui", NonCompliant: "Non"}}}
	for _, tc := range []struct {
		comment string
		fits    bool
	}{{"", true}, {"éèàùç", true}, {"éèàùçx", false}} {
		if got := g.CommentFits(tc.comment); got != tc.fits {
			t.Errorf("CommentFits(%q) = %v", tc.comment, got)
		}
	}
	if !g.Expressible(Compliant) || g.Expressible(NotApplicable) {
		t.Error("Expressible does not follow the buyer's list")
	}
	if got := strings.Join(g.BuyerWords(), ","); got != "Oui,Non" {
		t.Errorf("BuyerWords = %q", got)
	}
	free := &Grid{}
	if !free.CommentFits(strings.Repeat("x", 5000)) || !free.Expressible(NotApplicable) || free.BuyerWords() != nil {
		t.Error("a grid without limits refuses something")
	}
}

// TestMappedValues: what the example plan holds for mapped targets, with
// the state of each: committed, to confirm, missing, not applicable; a
// chapter counts its missing required answers.
func TestMappedValues(t *testing.T) {
	p := examplePlan(t, pas.FR)
	a := NewAdvisor(p.Cat)
	p.Set(p.Cat.Field("continuity.bcp.rpo"), nil)
	got := a.MappedValues(p, []string{"continuity.bcp.rto", "session.logs.retention", "continuity.bcp.rpo", "continuity", "nope"})
	if len(got) != 4 {
		t.Fatalf("%d values, want 4 (an unknown target is left out): %+v", len(got), got)
	}
	want := []struct {
		state ValueState
		value string
	}{{ValueCommitted, "4\u00a0h"}, {ValueToConfirm, "12\u00a0mois"}, {ValueMissing, ""}, {ValueMissing, ""}}
	for i, w := range want {
		if got[i].State != w.state || got[i].Value.FR != w.value {
			t.Errorf("%s: state %d value %q, want %d %q", got[i].Target, got[i].State, got[i].Value.FR, w.state, w.value)
		}
	}
	if got[3].Field != nil || got[3].Missing == 0 {
		t.Errorf("the chapter counts no missing answer: %+v", got[3])
	}
	if l := got[3].Label(pas.ChapterNumbers(p.Cat)).FR; !strings.HasPrefix(l, "§\u00a0") || !strings.Contains(l, "Continuité") {
		t.Errorf("chapter label %q", l)
	}
}

// TestNotApplicableNeedsNoMapping: a requirement validated as not
// applicable has nothing in the plan to point to (no GRID-01); one that is
// still unanswered does.
func TestNotApplicableNeedsNoMapping(t *testing.T) {
	p := examplePlan(t, pas.FR)
	g := &Grid{Requirements: []*Requirement{{ID: "NA-1", Text: "Hébergement sur site du client", Status: NotApplicable}, {ID: "OPEN-1", Text: "Hébergement sur site du client"}}}
	var got []string
	for _, f := range NewAdvisor(p.Cat).Check(g, p, nil, BookUnchanged) {
		if f.Rule == "GRID-01" {
			got = append(got, f.ID)
		}
	}
	if len(got) != 1 || got[0] != "OPEN-1" {
		t.Errorf("GRID-01 on %v, want only OPEN-1", got)
	}
}
