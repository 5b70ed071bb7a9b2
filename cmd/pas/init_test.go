package main

import (
	"strings"
	"testing"
)

// TestProfileAgainstExample: a profile compared with the complete example
// lists, by chapter, what the example commits to beyond the profile's
// proposals.
func TestProfileAgainstExample(t *testing.T) {
	dir := exampleDir(t)
	for _, tc := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"init", "--profile", "saas", "--lang", "fr", "saas.yaml"}, 0, "saas.yaml"},
		{[]string{"init", "--profile", "hybrid", "x.yaml"}, 2, "--profile: saas, iaas, paas, managed, integration, not \"hybrid\""},
		{[]string{"init", "--profile", "saas", "--example", "x.yaml"}, 2, "exclude each other"},
		{[]string{"init", "--profile", "saas", "--from", "fr.yaml", "x.yaml"}, 2, "exclude each other"},
	} {
		if code, _, errOut := runCLI(t, dir, tc.args...); code != tc.code || !strings.Contains(errOut, tc.stderr) {
			t.Errorf("%v: exit %d, stderr %q", tc.args, code, errOut)
		}
	}
	code, out, _ := runCLI(t, dir, "diff", "saas.yaml", "fr.yaml")
	for _, want := range []string{"\n18. Continuité de service, sauvegardes et reprise\n",
		"  ~ Continuité et reprise d'activité (PCA/PRA) — RPO (PDMA)\u00a0: — → 1\u00a0h  [plus strict]\n",
		"  ~ Délais de correction, à compter de la publication du correctif — Vulnérabilité critique\u00a0: 72\u00a0h (à confirmer) → 72\u00a0h  [plus strict]\n",
		"  + Certifications, qualifications et attestations «\u00a0ISO/IEC 27001"} {
		if !strings.Contains(out, want) {
			t.Errorf("diff profile → example lacks %q", want)
		}
	}
	if code != 1 {
		t.Errorf("diff profile → example: exit %d", code)
	}
	_, back, _ := runCLI(t, dir, "diff", "fr.yaml", "saas.yaml")
	if !strings.Contains(back, "[moins strict]") {
		t.Error("the example → the profile: nothing weaker")
	}
}
