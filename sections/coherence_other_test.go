package sections

import (
	"testing"

	"github.com/pas-editor/pas/pas"
)

// TestCNILEntropy: the CNIL's own examples reach its thresholds by its
// method, where a naive 94-symbol alphabet scores 12 characters of four
// classes below 80 bits.
func TestCNILEntropy(t *testing.T) {
	all := []string{"lowercase", "uppercase", "digits", "special"}
	for _, tc := range []struct {
		length  int
		classes []string
		want    int
	}{
		{12, all, 80},
		{14, []string{"lowercase", "uppercase", "digits"}, 83},
		{10, []string{"lowercase", "uppercase", "digits"}, 60},
		{4, []string{"digits"}, 13},
	} {
		if got := cohCNILEntropy(tc.length, tc.classes); got != tc.want {
			t.Errorf("%d characters of %v: %d bits, want %d", tc.length, tc.classes, got, tc.want)
		}
	}
}

func TestCoherenceComputedRules(t *testing.T) {
	pwd := "access:\n  password: {case: with_lockout, min_entropy_bits: 80, min_length: 12, charset: [lowercase, uppercase, digits, special]}\nsession:\n  lockout: {enabled: true, attempts: 5}\n"
	runRuleCases(t, "COH-28", []ruleCase{
		{"the CNIL's 12-character example", pwd, 0},
		{"14 characters of three classes", edit(edit(pwd, "min_length: 12", "min_length: 14"), ", special]", "]"), 0},
		{"10 characters cannot give 80 bits", edit(pwd, "min_length: 12", "min_length: 10"), 1},
		{"lockout case without lockout", edit(pwd, "enabled: true, attempts: 5", "enabled: false"), 1},
	})
	sla := "continuity:\n  sla:\n    availability: 99.9\n    components:\n      - {id: c1, name: Host infrastructure, party: host, availability: 99.95}\n"
	sites := "datacenter:\n  sites:\n    - {id: s1, name: A, operator: host, country: FR, city: Lyon, roles: [primary], data_hosted: [production], tier: tier_3}\n    - {id: s2, name: B, operator: host, country: FR, city: Dijon, roles: [secondary], data_hosted: [production], tier: tier_3, distance_km: 190}\n"
	runRuleCases(t, "COH-29", []ruleCase{
		{"chain above the commitment", sla + sites, 0},
		{"commitment above the chain", edit(sla, "availability: 99.9\n", "availability: 99.99\n") + sites, 1},
		{"two components in series", edit(sla, "availability: 99.95}", "availability: 99.95}\n      - {id: c2, name: Network, availability: 99.9}") + sites, 1},
		{"single Tier II site in series", sla + edit(edit(sites, "tier: tier_3}", "tier: tier_2}"), "    - {id: s2, name: B, operator: host, country: FR, city: Dijon, roles: [secondary], data_hosted: [production], tier: tier_3, distance_km: 190}\n", ""), 1},
		{"no component declared (LOC-12)", "continuity:\n  sla: {availability: 99.99}\n" + sites, 0},
	})
}

func TestCoherencePeopleRules(t *testing.T) {
	runRuleCases(t, "COH-30", []ruleCase{
		{"undertakings signed", "confidentiality:\n  staff_bound: true\npersonnel:\n  confidentiality_undertakings: [individual_nda]\n", 0},
		{"nothing signed", "confidentiality:\n  staff_bound: true\npersonnel:\n  confidentiality_undertakings: []\n", 1},
	})
	screening := "personnel:\n  screening: none\naccess:\n  admin: {provider_data_access: per_intervention_approval}\n"
	runRuleCases(t, "COH-31", []ruleCase{
		{"no checks, data reached", screening, 1},
		{"standard checks", edit(screening, "screening: none", "screening: standard"), 0},
		{"provider never reaches the data", edit(screening, "per_intervention_approval", "never"), 0},
	})
	got := ruleFindings(t, testPlan(t, screening+smallEngagement("2", "[personal_data]")), "COH-31")
	if len(got) != 1 || got[0].Severity != pas.Warning {
		t.Errorf("low confidentiality need: %v, want one warning", got)
	}
	got = ruleFindings(t, testPlan(t, screening), "COH-31")
	if len(got) != 1 || got[0].Severity != pas.Error {
		t.Errorf("health data: %v, want one error", got)
	}
	trace := "access:\n  traceability: {events: [login, logout, failure]}\n"
	runRuleCases(t, "COH-32", []ruleCase{
		{"connections only, traceability 3", trace, 1},
		{"data access traced", edit(trace, "failure]", "failure, data_access]"), 0},
		{"connections only, low needs", trace + smallEngagement("2", "[personal_data]"), 0},
	})
	fields := "access:\n  traceability: {events: [login, logout, data_access, privilege_use]}\nsession:\n  logs: {fields: [user_id, login_ts, logout_ts, object_ref, privilege_level]}\n"
	runRuleCases(t, "COH-33", []ruleCase{
		{"every event has its field", fields, 0},
		{"data access without the object", edit(fields, "object_ref, ", ""), 1},
	})
}

func TestCoherenceFigureRules(t *testing.T) {
	approval := "access:\n  admin: {provider_data_access: per_intervention_approval}\nhosting:\n  remote_admin: {method: [bastion], client_approval: per_intervention}\n"
	runRuleCases(t, "COH-34", []ruleCase{
		{"same approval", approval, 0},
		{"never needed for remote administration", edit(approval, "client_approval: per_intervention", "client_approval: never_needed"), 1},
		{"standing access, approval per intervention", edit(approval, "per_intervention_approval", "standing"), 1},
	})
	approver := "access:\n  admin: {provider_data_access: per_intervention_approval}\n  provisioning: {approver: c1}\ncontinuity:\n  monitoring: {hours: 24x7}\nincident:\n  contacts_24x7: [c1, c3]\n"
	runRuleCases(t, "COH-35", []ruleCase{
		{"approver on call", approver, 0},
		{"no approver named", edit(approver, "  provisioning: {approver: c1}\n", ""), 1},
		{"approver's organisation not on call", edit(approver, "contacts_24x7: [c1, c3]", "contacts_24x7: [c3]"), 1},
		{"approver's colleague on call", edit(approver, "approver: c1", "approver: c2"), 0},
		{"business hours and P1 in business days", edit(edit(edit(approver, "  provisioning: {approver: c1}\n", ""), "hours: 24x7", "hours: business_hours"), "incident:\n  contacts_24x7: [c1, c3]\n", "") +
			edit(cohLevels, "response_time: 30min", "response_time: 1bd"), 0},
	})
	notice := "change:\n  client_notice: {major_changes: true, major_changes_delay: 1mo}\n" + edit(cohSub, "specific_prior_written", "general_written") + "  subprocessor_change_notice: 1mo\n  subprocessor_objection_right: true\n"
	runRuleCases(t, "COH-36", []ruleCase{
		{"same notice", notice, 0},
		{"two notices", edit(notice, "major_changes_delay: 1mo", "major_changes_delay: 15d"), 1},
	})
	backup := "continuity:\n  backup: {by_provider: true, sites: [s2]}\n"
	runRuleCases(t, "COH-37", []ruleCase{
		{"same backup sites", cohSites + backup, 0},
		{"listed site holds no backups", edit(cohSites, "[production, backups]", "[production]") + backup, 1},
		{"site holding backups not listed", edit(cohSites, "[production, keys]", "[production, keys, backups]") + backup, 1},
	})
	encrypted := "continuity:\n  backup: {by_provider: true, encrypted: true}\ncrypto:\n  at_rest: {enabled: true, scope: [disks, backups]}\n"
	runRuleCases(t, "COH-38", []ruleCase{
		{"both say encrypted", encrypted, 0},
		{"backups outside the encrypted scope", edit(encrypted, "[disks, backups]", "[disks]"), 1},
		{"said not encrypted but in scope", edit(encrypted, "encrypted: true", "encrypted: false"), 1},
	})
	review := "continuity:\n  monitoring: {scope: [availability, security_events]}\nsession:\n  logs: {review: realtime_siem}\n"
	runRuleCases(t, "COH-39", []ruleCase{
		{"continuous analysis", review, 0},
		{"analysis on incident only", edit(review, "realtime_siem", "on_incident"), 1},
		{"no security monitoring", edit(edit(review, "realtime_siem", "on_incident"), ", security_events]", "]"), 0},
	})
	dates := "cover:\n  next_review_date: 2027-11-01\ngovernance:\n  review_interval: 12mo\n  last_review: 2026-11-20\n"
	runRuleCases(t, "COH-40", []ruleCase{
		{"next review within the interval", dates, 0},
		{"next review after the interval", edit(dates, "2027-11-01", "2028-02-01"), 1},
		{"counted from the latest version", "cover:\n  next_review_date: 2028-02-01\n  changelog:\n    - {id: v1, version: \"1.0\", date: 2026-11-20, summary: First}\ngovernance:\n  review_interval: 12mo\n", 1},
	})
}

// TestCoherenceRulesCompareChapters: every coherence rule is filed under a
// chapter and compares fields of two chapters at least.
func TestCoherenceRulesCompareChapters(t *testing.T) {
	n := 0
	for _, r := range Catalogue().Rules {
		fields, ok := compared[r.ID]
		if !ok {
			continue
		}
		n++
		if r.Section == "" {
			t.Errorf("%s is not filed under a chapter", r.ID)
		}
		if len(cohChapters(fields)) < 2 {
			t.Errorf("%s compares fields of %d chapter(s)", r.ID, len(cohChapters(fields)))
		}
	}
	if n < 25 {
		t.Errorf("%d coherence rules, want at least 25", n)
	}
}

// TestCoherenceSkipsChaptersSetAside: a coherence rule does not run when a
// chapter it compares is set aside, but one that only reads a chapter for
// context does without it.
func TestCoherenceSkipsChaptersSetAside(t *testing.T) {
	bound := "confidentiality:\n  staff_bound: true\npersonnel:\n  confidentiality_undertakings: []\n"
	if got := ruleFindings(t, testPlan(t, edit(bound, "confidentiality:\n  staff_bound: true\n", "confidentiality:\n  not_applicable: Covered by the framework contract.\n")), "COH-30"); len(got) != 0 {
		t.Errorf("COH-30 with the confidentiality chapter set aside: %v", got)
	}
	tools := "tools:\n  items:\n    - {id: t1, product: EDR, category: edr, vendor_country: FR, client_data_access: false, supported: true}\ncrypto:\n  keys: {hsm: true}\n"
	if got := ruleFindings(t, testPlan(t, tools+"hosting:\n  not_applicable: The client hosts the platform.\n"), "COH-21"); len(got) != 1 {
		t.Errorf("COH-21 with hosting set aside: %v, want the HSM finding", got)
	}
}
