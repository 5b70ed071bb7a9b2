package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestCheckIncludesGridFindings: when the plan names a grid, pas check
// reports the grid's findings (same rules and severities as pas grid
// check) at their place in the grid file, in text, JSON and SARIF, and
// --fail-on counts them.
func TestCheckIncludesGridFindings(t *testing.T) {
	dir := answeredGridSetup(t)
	code, out, errOut := runCLIWith(t, dir, "", false, "check", "--as-of", "2026-12-01")
	if code != 1 {
		t.Errorf("a minimum requirement answered partially does not fail the check: %d %s", code, errOut)
	}
	for _, re := range []string{
		`(?m)^Buyer's grid \(plan\.grid\.yaml\)\n  plan\.grid\.yaml:\d+:5  error   GRID-04  requirement CON-02: minimum requirement \(E\) answered "Partially compliant"`,
		`(?m)^  plan\.grid\.yaml:\d+:5  warning GRID-02  requirement TRA-01: mapped to "Log retention, from recording", still to confirm\n      requirements\[TRA-01\]$`,
		`(?m)^1 error, 1 warning, 0 notes; 1 finding waived\.$`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("text report does not match %s:\n%s", re, out)
		}
	}
	_, fr, _ := runCLIWith(t, dir, "", false, "--lang", "fr", "check", "--as-of", "2026-12-01")
	if !strings.Contains(fr, "Grille de l'acheteur (plan.grid.yaml)\n") || !strings.Contains(fr, "exigence CON-02 : exigence minimale (E) déclarée « Partiellement conforme »") {
		t.Errorf("French report:\n%s", fr)
	}

	_, out, _ = runCLIWith(t, dir, "", false, "check", "--as-of", "2026-12-01", "--format", "json")
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	var grid []jsonFinding
	for _, f := range rep.Findings {
		if f.File != "" {
			grid = append(grid, f)
		}
	}
	if len(grid) != 2 || grid[0].Rule != "GRID-04" || grid[0].File != "plan.grid.yaml" || grid[0].Record != "CON-02" || grid[0].Path != "requirements[CON-02]" ||
		grid[0].Line < 2 || grid[0].Column != 5 || grid[0].Severity != "error" || rep.Summary["error"] != 1 || rep.Summary["warning"] != 1 {
		t.Errorf("JSON grid findings = %+v, summary %v", grid, rep.Summary)
	}
	if rep.Findings[0].File != "" {
		t.Error("a finding of the plan names a file")
	}

	_, out, _ = runCLIWith(t, dir, "", false, "check", "--as-of", "2026-12-01", "--format", "sarif")
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	found := false
	for _, r := range run.Results {
		loc := r.Locations[0].PhysicalLocation
		rule := run.Tool.Driver.Rules[r.RuleIndex]
		if rule.ID != r.RuleID {
			t.Errorf("ruleIndex %d does not point at %s", r.RuleIndex, r.RuleID)
		}
		if r.RuleID == "GRID-04" {
			found = true
			if loc.ArtifactLocation.URI != "plan.grid.yaml" || loc.Region.StartLine < 2 || r.Level != "error" || !strings.Contains(rule.Help.Text, "L2152-2") {
				t.Errorf("GRID-04 in SARIF: %+v, rule %+v", r, rule)
			}
		}
	}
	if !found {
		t.Error("SARIF has no GRID-04 result")
	}

	// Answered not compliant, it fails; not applicable, it no longer does;
	// its warning still does with --fail-on warning.
	runCLIWith(t, dir, "", false, "grid", "set", "--id", "CON-02", "--status", "non_compliant", "--map", "continuity.bcp.rto")
	if code, out, _ := runCLIWith(t, dir, "", false, "check", "--as-of", "2026-12-01"); code != 1 || !strings.Contains(out, `answered "Not compliant"`) {
		t.Errorf("not compliant: %d\n%s", code, out)
	}
	runCLIWith(t, dir, "", false, "grid", "set", "--id", "CON-02", "--status", "not_applicable")
	if code, out, _ := runCLIWith(t, dir, "", false, "check", "--as-of", "2026-12-01"); code != 0 || strings.Contains(out, "GRID-04") {
		t.Errorf("no error left: %d\n%s", code, out)
	}
	if code, _, _ := runCLIWith(t, dir, "", false, "check", "--as-of", "2026-12-01", "--fail-on", "warning"); code != 1 {
		t.Errorf("--fail-on warning with a GRID-02 warning: exit %d", code)
	}

	// The buyer's file changed since the import: GRID-06, an error.
	writeWorkbook(t, filepath.Join(dir, "grille.xlsx"), cliGrid[:3])
	if code, out, _ := runCLIWith(t, dir, "", false, "check", "--as-of", "2026-12-01"); code != 1 || !regexp.MustCompile(`plan\.grid\.yaml:1:1  error   GRID-06  grille\.xlsx has changed since the import`).MatchString(out) {
		t.Errorf("changed buyer's file: %d\n%s", code, out)
	}
	must(t, os.Remove(filepath.Join(dir, "grille.xlsx")))
	if code, out, _ := runCLIWith(t, dir, "", false, "check", "--as-of", "2026-12-01"); code != 0 || !strings.Contains(out, "warning GRID-06  grille.xlsx not found") {
		t.Errorf("missing buyer's file: %d\n%s", code, out)
	}
}

// TestCheckRefusesBrokenGrid: a grid the plan names that does not load
// stops pas check with exit 2 and its position, as render does.
func TestCheckRefusesBrokenGrid(t *testing.T) {
	dir := answeredGridSetup(t)
	breakGrid(t, dir)
	for _, format := range []string{"text", "json", "sarif"} {
		code, out, errOut := runCLIWith(t, dir, "", false, "check", "--format", format)
		if code != 2 || out != "" || !regexp.MustCompile(`^plan\.grid\.yaml:\d+:\d+: status: invalid value "partly"`).MatchString(errOut) {
			t.Errorf("%s: %d %q %q", format, code, out, errOut)
		}
	}
}

// TestRulesListGridRules: pas rules lists the grid's rules under their
// own heading, with their sources, in text and JSON.
func TestRulesListGridRules(t *testing.T) {
	_, out, _ := runCLI(t, t.TempDir(), "rules")
	i := strings.Index(out, "Buyer's grid rules")
	if i < 0 || !regexp.MustCompile(`(?m)^GRID-04 +error \(warning while no status is validated\) +Minimum requirement not met or not answered .* +Code de la commande publique, art\. L2152-2`).MatchString(out[i:]) {
		t.Errorf("rules text:\n%s", out[max(i, 0):])
	}
	_, fr, _ := runCLI(t, t.TempDir(), "--lang", "fr", "rules")
	if !strings.Contains(fr, "Règles de la grille de l'acheteur") {
		t.Errorf("French rules text lacks the grid heading")
	}
	_, out, _ = runCLI(t, t.TempDir(), "rules", "--format", "json")
	var doc struct {
		GridRules []struct {
			ID, Severity, Source, Rationale string
		} `json:"grid_rules"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.GridRules) != 6 || doc.GridRules[5].ID != "GRID-06" || doc.GridRules[0].Source == "" || doc.GridRules[0].Rationale == "" {
		t.Errorf("grid_rules = %+v (%v)", doc.GridRules, err)
	}
}
