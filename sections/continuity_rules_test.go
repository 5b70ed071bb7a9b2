package sections

import (
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
)

// cntSitesOK declares a production site and a recovery and backup site.
const cntSitesOK = `
datacenter:
  sites:
    - {id: s1, name: Paris 1, operator: host, country: FR, city: Paris, roles: [primary], data_hosted: [production], tier: tier_3}
    - {id: s2, name: Lyon 1, operator: host, country: FR, city: Lyon, roles: [secondary, backup], data_hosted: [backups], tier: tier_3}
  admin_countries: [FR]
`

// cntOK is a continuity chapter that passes every rule for the base plan
// (availability and integrity needs 3, as of 2026-11-23).
const cntOK = `
continuity:
  monitoring: {hours: 24x7, scope: [availability, capacity, security_events]}
  backup:
    by_provider: true
    frequency: 4h
    types: [full, incremental]
    retention: 30d
    immutable_or_offline: true
    sites: [s2]
    encrypted: true
    restore_test_frequency: 3mo
    last_restore_test: 2026-10-01
    restore_test_report: true
  bcp: {rpo: 4h, rto: 4h, architecture: active_passive, dr_test_frequency: 12mo, last_dr_test: 2026-03-01}
  sla: {availability: 99.9, window: monthly, hours: 24x7, measurement: External probe every minute, exclusions: Planned maintenance, penalties: Service credits}
  recon: {procedure: Point-in-time restore then reconciliation with the client, integrity_check: checksums}
`

// opsOK is the whole set of chapters of this branch, all passing.
const opsOK = cntSitesOK + cntOK + audOK + toolOK + incOK

// opsSections are the chapters of this branch.
var opsSections = []string{"continuity", "audit", "tools", "incident"}

// TestOpsCleanPlan checks that the passing fixtures are complete: no rule,
// generic ones included, reports anything in this branch's chapters.
func TestOpsCleanPlan(t *testing.T) {
	for _, f := range pas.RunChecks(testPlan(t, opsOK), asOf) {
		for _, s := range opsSections {
			if f.Section == s {
				t.Errorf("unexpected finding %s at %s: %s", f.Rule, f.Path, f.Message.EN)
			}
		}
	}
}

func TestContinuityWhen(t *testing.T) {
	p := testPlan(t, edit(opsOK, "by_provider: true", "by_provider: false"))
	if p.Active(cntBackupFreq, nil) || p.Active(cntRestoreFreq, nil) || p.Active(cntBackupSites, nil) {
		t.Error("backup questions stay on when the client keeps the backups")
	}
	if !p.Active(cntBackupByProvider, nil) || !p.Active(cntRPO, nil) {
		t.Error("the backup switch and the recovery objectives must stay on")
	}
	if p := testPlan(t, opsOK); !p.Active(cntBackupFreq, nil) {
		t.Error("backup questions are off although the provider backs up")
	}
}

func TestContinuitySeverities(t *testing.T) {
	sev := func(yaml, id string) []pas.Severity {
		var out []pas.Severity
		for _, f := range ruleFindings(t, testPlan(t, yaml), id) {
			out = append(out, f.Severity)
		}
		return out
	}
	submitted := "cover:\n  status: submitted\n"
	if got := sev(edit(opsOK, "rpo: 4h, ", "")+submitted, "BCK-06"); len(got) != 1 || got[0] != pas.Error {
		t.Errorf("missing RPO at availability 3: %v, want one error", got)
	}
	if got := sev(edit(opsOK, "rpo: 4h, ", ""), "BCK-06"); len(got) != 1 || got[0] != pas.Warning {
		t.Errorf("missing RPO at availability 3 in a draft: %v, want one warning", got)
	}
	if got := sev(edit(opsOK, "rpo: 4h, ", "")+engagement(`availability: "3"`, `availability: "2"`), "BCK-06"); len(got) != 1 || got[0] != pas.Warning {
		t.Errorf("missing RPO at availability 2 in a draft: %v, want one warning", got)
	}
	if got := sev(edit(opsOK, "rto: 4h", "rto: 8h"), "BCK-06"); len(got) != 1 || got[0] != pas.Warning {
		t.Errorf("RTO longer than practice: %v, want one warning", got)
	}
}

// TestBackupTestNoWaiver checks that BCK-01 cannot be waived: a plan that
// tries does not load.
func TestBackupTestNoWaiver(t *testing.T) {
	if !Catalogue().Rule("BCK-01").NoWaiver {
		t.Fatal("BCK-01 must be a no-waiver rule")
	}
	body := "schema_version: 1\nlang: fr\n" + basePlan + edit(opsOK, "    restore_test_frequency: 3mo\n", "") + `
waivers:
  - {rule: BCK-01, reason: accepted, approver: RSSI, date: 2026-11-01}
`
	if _, err := pas.Decode([]byte(body), "test.yaml", Catalogue()); err == nil || !strings.Contains(err.Error(), "BCK-01") {
		t.Errorf("a waiver of BCK-01 is accepted: %v", err)
	}
}

func TestContinuityRules(t *testing.T) {
	runRuleCases(t, "BCK-01", []ruleCase{
		{"restore tests planned", opsOK, 0},
		{"no restore test frequency", edit(opsOK, "    restore_test_frequency: 3mo\n", ""), 1},
		{"client keeps backups", edit(opsOK, "    restore_test_frequency: 3mo\n", "", "by_provider: true", "by_provider: false"), 0},
	})
	runRuleCases(t, "BCK-02", []ruleCase{
		{"recent test", opsOK, 0},
		{"older than critical practice", edit(opsOK, "restore_test_frequency: 3mo", "restore_test_frequency: 12mo", "2026-10-01", "2026-01-01"), 1},
		{"policy relaxes critical practice", edit(opsOK, "restore_test_frequency: 3mo", "restore_test_frequency: 12mo", "2026-10-01", "2026-01-01") +
			"\npolicy:\n  continuity_restore_test_max_critical: 12mo\n", 0},
		{"older than declared frequency", edit(opsOK, "restore_test_frequency: 3mo", "restore_test_frequency: 1mo"), 1},
		{"non-critical data, ten months", edit(opsOK, "restore_test_frequency: 3mo", "restore_test_frequency: 12mo", "2026-10-01", "2026-01-01") +
			engagement(`availability: "3", integrity: "3"`, `availability: "2", integrity: "2"`), 0},
	})
	runRuleCases(t, "BCK-03", []ruleCase{
		{"immutable copy", opsOK, 0},
		{"no offline copy", edit(opsOK, "immutable_or_offline: true", "immutable_or_offline: false"), 1},
	})
	runRuleCases(t, "BCK-04", []ruleCase{
		{"frequency within RPO", opsOK, 0},
		{"daily backup for 4 h RPO on one site", edit(opsOK, "frequency: 4h", "frequency: 24h", "architecture: active_passive", "architecture: single_site"), 1},
		{"daily backup for 4 h RPO with replication", edit(opsOK, "frequency: 4h", "frequency: 24h"), 0},
		{"continuous backup", edit(opsOK, "frequency: 4h", "frequency: 24h", "types: [full, incremental]", "types: [full, continuous]"), 0},
	})
	runRuleCases(t, "BCK-05", []ruleCase{
		{"backup on recovery site", opsOK, 0},
		{"backup on production site only", edit(opsOK, "sites: [s2]", "sites: [s1]"), 1},
		{"no backup site", edit(opsOK, "sites: [s2]", "sites: []"), 1},
	})
	runRuleCases(t, "BCK-06", []ruleCase{
		{"objectives within practice", opsOK, 0},
		{"RPO and RTO missing", edit(opsOK, "rpo: 4h, rto: 4h, ", ""), 2},
		{"RTO too long", edit(opsOK, "rto: 4h", "rto: 24h"), 1},
		{"policy accepts longer RTO", edit(opsOK, "rto: 4h", "rto: 24h") + "\npolicy:\n  continuity_rto_max_d3: 24h\n", 0},
	})
	runRuleCases(t, "BCK-07", []ruleCase{
		{"tested this year", opsOK, 0},
		{"never tested", edit(opsOK, ", last_dr_test: 2026-03-01", ""), 1},
		{"tested too long ago", edit(opsOK, "last_dr_test: 2026-03-01", "last_dr_test: 2025-06-01"), 1},
		{"policy default when no frequency", edit(opsOK, "last_dr_test: 2026-03-01", "last_dr_test: 2025-06-01", ", dr_test_frequency: 12mo", "") +
			"\npolicy:\n  continuity_dr_test_max: 24mo\n", 0},
	})
	runRuleCases(t, "SLA-01", []ruleCase{
		{"window and measurement", opsOK, 0},
		{"no window", edit(opsOK, "window: monthly, ", ""), 1},
		{"neither", edit(opsOK, "window: monthly, ", "", "measurement: External probe every minute, ", ""), 2},
	})
	single := edit(opsOK, "architecture: active_passive", "architecture: single_site", "availability: 99.9", "availability: 99.95")
	runRuleCases(t, "SLA-02", []ruleCase{
		{"two sites", edit(opsOK, "availability: 99.9", "availability: 99.95"), 0},
		{"single site at 99.95 %, Tier III", single, 1},
		{"single site, LOC-12 applies", edit(single, "tier: tier_3", "tier: tier_2"), 0},
		{"single site at 99.9 %", edit(single, "availability: 99.95", "availability: 99.9"), 0},
	})
	runRuleCases(t, "LOC-12", []ruleCase{
		{"active-passive on two sites", edit(opsOK, "tier: tier_3", "tier: tier_2"), 0},
		{"single site Tier II at 99.9 %", edit(opsOK, "architecture: active_passive", "architecture: single_site", "tier: tier_3", "tier: tier_2"), 1},
		{"one site declared, Tier III at 99.99 %", edit(opsOK, "availability: 99.9", "availability: 99.99", "roles: [secondary, backup]", "roles: [backup]"), 1},
		{"single site Tier IV at 99.99 %", edit(opsOK, "architecture: active_passive", "architecture: single_site", "tier: tier_3", "tier: tier_4", "availability: 99.9", "availability: 99.99"), 0},
		{"tier not disclosed", edit(opsOK, "architecture: active_passive", "architecture: single_site", "tier: tier_3", "tier: unknown"), 0},
	})
	runRuleCases(t, "SLA-03", []ruleCase{
		{"24/7 monitoring and P1 times", opsOK, 0},
		{"business-hours monitoring", edit(opsOK, "hours: 24x7, scope", "hours: business_hours, scope"), 1},
		{"no P1 level", edit(opsOK, "level: p1", "level: p2"), 1},
		{"business-hours commitment", edit(opsOK, "hours: 24x7, scope", "hours: business_hours, scope", "hours: 24x7, measurement", "hours: business, measurement"), 0},
	})
	runRuleCases(t, "REC-01", []ruleCase{
		{"procedure described", opsOK, 0},
		{"no procedure", edit(opsOK, "procedure: Point-in-time restore then reconciliation with the client, ", ""), 1},
	})
}
