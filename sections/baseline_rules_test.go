package sections

import (
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
