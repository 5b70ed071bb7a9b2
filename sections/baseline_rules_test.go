package sections

import (
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
)

func TestBaselineRules(t *testing.T) {
	hash := pas.ContentHash([]byte("standard"))
	for _, tc := range []struct {
		name     string
		baseline *pas.Baseline
		base01   int
		base02   int
	}{
		{"no baseline", nil, 0, 0},
		{"not read", &pas.Baseline{Path: "std.yaml", SHA256: hash}, 0, 0},
		{"unchanged", &pas.Baseline{Path: "std.yaml", SHA256: hash, Read: true, Current: hash, Standard: testPlan(t, "")}, 0, 0},
		{"changed", &pas.Baseline{Path: "std.yaml", SHA256: hash, Read: true, Current: pas.ContentHash([]byte("new")), Standard: testPlan(t, "")}, 1, 0},
		{"missing", &pas.Baseline{Path: "std.yaml", SHA256: hash, Read: true, Problem: pas.T("fichier introuvable", "no such file")}, 0, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := testPlan(t, "")
			p.Baseline = tc.baseline
			if n := len(ruleFindings(t, p, "BASE-01")); n != tc.base01 {
				t.Errorf("BASE-01: %d findings, want %d", n, tc.base01)
			}
			if n := len(ruleFindings(t, p, "BASE-02")); n != tc.base02 {
				t.Errorf("BASE-02: %d findings, want %d", n, tc.base02)
			}
		})
	}
	tested["BASE-01"], tested["BASE-02"] = true, true
}

func TestMergeConflictRule(t *testing.T) {
	if got := ruleFindings(t, decodeTest(t, "continuity:\n  bcp:\n    rpo: 4h\n"), "MERGE-01"); len(got) != 0 {
		t.Errorf("findings without conflicts: %v", got)
	}
	p := decodeTest(t, "continuity:\n  bcp:\n    rpo: 4h\nconflicts:\n  - {path: continuity.bcp.rpo, base: 24h, ours: 4h, theirs: 8h}\n  - {path: \"waivers[LOG-02]\", ours: {rule: LOG-02}}\n")
	got := ruleFindings(t, p, "MERGE-01")
	if len(got) != 2 || got[0].Section != "" || got[1].Section != "continuity" || got[1].Severity != pas.Error ||
		got[1].Message.EN != "merge conflict — ours: 4h; theirs: 8h; base: 24h" || got[1].Pos.Line != 7 {
		t.Errorf("findings %+v", got)
	}
	if _, err := pas.Decode([]byte("schema_version: 1\nwaivers:\n  - {rule: MERGE-01, reason: r, approver: a, date: 2026-01-01}\n"), "w.yaml", Catalogue()); err == nil {
		t.Error("a merge conflict can be waived")
	}
	tested["MERGE-01"] = true
}

// TestLeftoverNames: names of the original plan's organisations and
// people that this plan no longer has are reported where its texts use
// them; its own parties' names are not.
func TestLeftoverNames(t *testing.T) {
	original := testPlan(t, edit(baseParties, "name: Client,", "name: Centre Hospitalier d'Arles,", "name: A,", "name: Sophie Lambert,"))
	for _, tc := range []struct {
		name, yaml string
		count      int
	}{
		{"clean texts", "engagement:\n  scope: Hosting for the client.\n", 0},
		{"former client in the scope", "engagement:\n  scope: Hosting for the centre hospitalier d’Arles and its sites.\n", 1},
		{"former contact as owner", "continuity:\n  bcp:\n    rto: {value: 4h, state: to_confirm, question: Ask, owner: Sophie LAMBERT}\n", 1},
		{"former client in a record", "docgov:\n  reference_documents:\n    - {id: d1, title: PSSI du Centre Hospitalier d'Arles, type: client_pssi}\n", 1},
		{"in a not-applicable justification", "assets:\n  not_applicable: As agreed with Centre Hospitalier d'Arles.\n", 1},
		{"part of a longer word is no match", "engagement:\n  scope: Hosting for Centre Hospitalier d'Arlesheim.\n", 0},
		{"a name this plan still has", "engagement:\n  scope: Hosting by Integrator.\n", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := testPlan(t, tc.yaml)
			p.Baseline = &pas.Baseline{Path: "std.yaml", SHA256: pas.ContentHash(nil), Read: true, Standard: original}
			got := ruleFindings(t, p, "BASE-03")
			if len(got) != tc.count {
				t.Fatalf("%d findings, want %d: %v", len(got), tc.count, got)
			}
			if tc.count > 0 && (!strings.HasSuffix(got[0].Message.EN, "”: none of this plan's parties, contacts or signatories (carried over from another plan?)") ||
				strings.Contains(got[0].Message.FR, "%!")) {
				t.Errorf("message %q", got[0].Message.EN)
			}
		})
	}
	if got := ruleFindings(t, testPlan(t, "engagement:\n  scope: Centre Hospitalier d'Arles\n"), "BASE-03"); len(got) != 0 {
		t.Errorf("a plan without baseline: %v", got)
	}
	tested["BASE-03"] = true
}
