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

// opsEdit replaces, in order, each old text by its new text, and panics
// when an old text is absent so that a stale test cannot pass silently.
func opsEdit(base string, pairs ...string) string {
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(base, pairs[i]) {
			panic("opsEdit: not found: " + pairs[i])
		}
		base = strings.Replace(base, pairs[i], pairs[i+1], 1)
	}
	return base
}

// opsEngagement is the base plan's engagement with replacements.
func opsEngagement(pairs ...string) string {
	return opsEdit(`
engagement:
  service_models: [saas, integration]
  deployment_model: private_dedicated
  third_party_saas: false
  development: true
  buyer_type: health_establishment
  needs: {availability: "3", integrity: "3", confidentiality: "3", traceability: "3"}
  data: [personal_data, health_data, hds_scope]
`, pairs...)
}

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
	p := testPlan(t, opsEdit(opsOK, "by_provider: true", "by_provider: false"))
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
	if got := sev(opsEdit(opsOK, "rpo: 4h, ", "")+submitted, "BCK-06"); len(got) != 1 || got[0] != pas.Error {
		t.Errorf("missing RPO at availability 3: %v, want one error", got)
	}
	if got := sev(opsEdit(opsOK, "rpo: 4h, ", ""), "BCK-06"); len(got) != 1 || got[0] != pas.Warning {
		t.Errorf("missing RPO at availability 3 in a draft: %v, want one warning", got)
	}
	if got := sev(opsEdit(opsOK, "rpo: 4h, ", "")+opsEngagement(`availability: "3"`, `availability: "2"`), "BCK-06"); len(got) != 1 || got[0] != pas.Warning {
		t.Errorf("missing RPO at availability 2 in a draft: %v, want one warning", got)
	}
	if got := sev(opsEdit(opsOK, "rto: 4h", "rto: 8h"), "BCK-06"); len(got) != 1 || got[0] != pas.Warning {
		t.Errorf("RTO longer than practice: %v, want one warning", got)
	}
}

// TestBackupTestNoWaiver checks that BCK-01 cannot be waived: a plan that
// tries does not load.
func TestBackupTestNoWaiver(t *testing.T) {
	if !Catalogue().Rule("BCK-01").NoWaiver {
		t.Fatal("BCK-01 must be a no-waiver rule")
	}
	body := "schema_version: 1\nlang: fr\n" + basePlan + opsEdit(opsOK, "    restore_test_frequency: 3mo\n", "") + `
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
		{"no restore test frequency", opsEdit(opsOK, "    restore_test_frequency: 3mo\n", ""), 1},
		{"client keeps backups", opsEdit(opsOK, "    restore_test_frequency: 3mo\n", "", "by_provider: true", "by_provider: false"), 0},
	})
	runRuleCases(t, "BCK-02", []ruleCase{
		{"recent test", opsOK, 0},
		{"older than critical practice", opsEdit(opsOK, "restore_test_frequency: 3mo", "restore_test_frequency: 12mo", "2026-10-01", "2026-01-01"), 1},
		{"policy relaxes critical practice", opsEdit(opsOK, "restore_test_frequency: 3mo", "restore_test_frequency: 12mo", "2026-10-01", "2026-01-01") +
			"\npolicy:\n  continuity_restore_test_max_critical: 12mo\n", 0},
		{"older than declared frequency", opsEdit(opsOK, "restore_test_frequency: 3mo", "restore_test_frequency: 1mo"), 1},
		{"non-critical data, ten months", opsEdit(opsOK, "restore_test_frequency: 3mo", "restore_test_frequency: 12mo", "2026-10-01", "2026-01-01") +
			opsEngagement(`availability: "3", integrity: "3"`, `availability: "2", integrity: "2"`), 0},
	})
	runRuleCases(t, "BCK-03", []ruleCase{
		{"immutable copy", opsOK, 0},
		{"no offline copy", opsEdit(opsOK, "immutable_or_offline: true", "immutable_or_offline: false"), 1},
	})
	runRuleCases(t, "BCK-04", []ruleCase{
		{"frequency within RPO", opsOK, 0},
		{"daily backup for 4 h RPO on one site", opsEdit(opsOK, "frequency: 4h", "frequency: 24h", "architecture: active_passive", "architecture: single_site"), 1},
		{"daily backup for 4 h RPO with replication", opsEdit(opsOK, "frequency: 4h", "frequency: 24h"), 0},
		{"continuous backup", opsEdit(opsOK, "frequency: 4h", "frequency: 24h", "types: [full, incremental]", "types: [full, continuous]"), 0},
	})
	runRuleCases(t, "BCK-05", []ruleCase{
		{"backup on recovery site", opsOK, 0},
		{"backup on production site only", opsEdit(opsOK, "sites: [s2]", "sites: [s1]"), 1},
		{"no backup site", opsEdit(opsOK, "sites: [s2]", "sites: []"), 1},
	})
	runRuleCases(t, "BCK-06", []ruleCase{
		{"objectives within practice", opsOK, 0},
		{"RPO and RTO missing", opsEdit(opsOK, "rpo: 4h, rto: 4h, ", ""), 2},
		{"RTO too long", opsEdit(opsOK, "rto: 4h", "rto: 24h"), 1},
		{"policy accepts longer RTO", opsEdit(opsOK, "rto: 4h", "rto: 24h") + "\npolicy:\n  continuity_rto_max_d3: 24h\n", 0},
	})
	runRuleCases(t, "BCK-07", []ruleCase{
		{"tested this year", opsOK, 0},
		{"never tested", opsEdit(opsOK, ", last_dr_test: 2026-03-01", ""), 1},
		{"tested too long ago", opsEdit(opsOK, "last_dr_test: 2026-03-01", "last_dr_test: 2025-06-01"), 1},
		{"policy default when no frequency", opsEdit(opsOK, "last_dr_test: 2026-03-01", "last_dr_test: 2025-06-01", ", dr_test_frequency: 12mo", "") +
			"\npolicy:\n  continuity_dr_test_max: 24mo\n", 0},
	})
	runRuleCases(t, "SLA-01", []ruleCase{
		{"window and measurement", opsOK, 0},
		{"no window", opsEdit(opsOK, "window: monthly, ", ""), 1},
		{"neither", opsEdit(opsOK, "window: monthly, ", "", "measurement: External probe every minute, ", ""), 2},
	})
	single := opsEdit(opsOK, "architecture: active_passive", "architecture: single_site", "availability: 99.9", "availability: 99.95")
	runRuleCases(t, "SLA-02", []ruleCase{
		{"two sites", opsEdit(opsOK, "availability: 99.9", "availability: 99.95"), 0},
		{"single site at 99.95 %, Tier III", single, 1},
		{"single site, LOC-12 applies", opsEdit(single, "tier: tier_3", "tier: tier_2"), 0},
		{"single site at 99.9 %", opsEdit(single, "availability: 99.95", "availability: 99.9"), 0},
	})
	runRuleCases(t, "LOC-12", []ruleCase{
		{"active-passive on two sites", opsEdit(opsOK, "tier: tier_3", "tier: tier_2"), 0},
		{"single site Tier II at 99.9 %", opsEdit(opsOK, "architecture: active_passive", "architecture: single_site", "tier: tier_3", "tier: tier_2"), 1},
		{"one site declared, Tier III at 99.99 %", opsEdit(opsOK, "availability: 99.9", "availability: 99.99", "roles: [secondary, backup]", "roles: [backup]"), 1},
		{"single site Tier IV at 99.99 %", opsEdit(opsOK, "architecture: active_passive", "architecture: single_site", "tier: tier_3", "tier: tier_4", "availability: 99.9", "availability: 99.99"), 0},
		{"tier not disclosed", opsEdit(opsOK, "architecture: active_passive", "architecture: single_site", "tier: tier_3", "tier: unknown"), 0},
	})
	runRuleCases(t, "SLA-03", []ruleCase{
		{"24/7 monitoring and P1 times", opsOK, 0},
		{"business-hours monitoring", opsEdit(opsOK, "hours: 24x7, scope", "hours: business_hours, scope"), 1},
		{"no P1 level", opsEdit(opsOK, "level: p1", "level: p2"), 1},
		{"business-hours commitment", opsEdit(opsOK, "hours: 24x7, scope", "hours: business_hours, scope", "hours: 24x7, measurement", "hours: business, measurement"), 0},
	})
	runRuleCases(t, "REC-01", []ruleCase{
		{"procedure described", opsOK, 0},
		{"no procedure", opsEdit(opsOK, "procedure: Point-in-time restore then reconciliation with the client, ", ""), 1},
	})
}
