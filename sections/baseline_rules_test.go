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
