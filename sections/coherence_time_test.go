package sections

import (
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
)

// cohLevels is an incident chapter with P1 and P2 levels.
const cohLevels = `
incident:
  levels_from: detection
  levels:
    - {id: l1, level: p1, definition: Service down or confirmed leak, response_time: 30min, restoration_time: 4h, client_notification: 1h}
    - {id: l2, level: p2, definition: Degraded service, response_time: 1h, restoration_time: 8h, client_notification: 4h}
`

// cohSub is a GDPR chapter with one sub-processor, the host.
const cohSub = `
gdpr:
  subprocessors:
    - {id: h, name: Host, party: host, service: Hosting, data_accessed: All, countries: [FR], authorisation: specific_prior_written, flow_down: true, security_flow_down: true, breach_notice: 12h}
`

func TestCoherenceTimeRules(t *testing.T) {
	runRuleCases(t, "COH-01", []ruleCase{
		{"RTO as P1 restoration", cohLevels + "continuity:\n  bcp: {rpo: 4h, rto: 4h}\n", 0},
		{"RTO longer than P1 restoration", cohLevels + "continuity:\n  bcp: {rpo: 4h, rto: 24h}\n", 1},
		{"no P1 level", edit(cohLevels, "level: p1", "level: p3") + "continuity:\n  bcp: {rpo: 4h, rto: 24h}\n", 0},
	})
	replicated := "datacenter:\n  sites:\n    - {id: s1, name: A, operator: host, country: FR, city: Lyon, roles: [primary], data_hosted: [production]}\n    - {id: s2, name: B, operator: host, country: FR, city: Dijon, roles: [secondary], data_hosted: [production, backups], distance_km: 190}\n"
	backups := "continuity:\n  backup: {by_provider: true, frequency: 24h, types: [full, incremental]}\n  bcp: {rpo: 1h}\n"
	runRuleCases(t, "COH-02", []ruleCase{
		{"RPO held only by replication", replicated + backups, 1},
		{"continuous backup", replicated + edit(backups, "incremental]", "incremental, continuous]"), 0},
		{"backups within the RPO", replicated + edit(backups, "frequency: 24h", "frequency: 1h"), 0},
		{"no recovery site (BCK-04)", edit(replicated, "roles: [secondary], data_hosted: [production, backups]", "roles: [backup], data_hosted: [backups]") + backups, 0},
	})
	breach := "incident:\n  breach: {to_controller: 24h}\n"
	runRuleCases(t, "COH-03", []ruleCase{
		{"sub-processor faster", breach + cohSub, 0},
		{"sub-processor slower", breach + edit(cohSub, "breach_notice: 12h", "breach_notice: 48h"), 1},
		{"one business day may take four calendar days", breach + edit(cohSub, "breach_notice: 12h", "breach_notice: 1bd"), 1},
		{"as fast", breach + edit(cohSub, "breach_notice: 12h", "breach_notice: 24h"), 0},
	})
	nis2 := edit(cohLevels, "levels_from: detection", "levels_from: detection\n  nis2_applicable: true")
	runRuleCases(t, "COH-04", []ruleCase{
		{"P2 alert within 4 h", nis2, 0},
		{"P2 alert within 48 h misses the early warning", edit(nis2, "client_notification: 4h", "client_notification: 48h"), 1},
		{"P2 alert in business days misses the 72 h", edit(nis2, "client_notification: 4h", "client_notification: 1bd"), 1},
		{"times run from qualification", edit(nis2, "levels_from: detection", "levels_from: qualification"), 1},
		{"no NIS 2 entity", edit(cohLevels, "client_notification: 4h", "client_notification: 1bd"), 0},
		{"buyer is an essential entity", edit(cohLevels, "client_notification: 4h", "client_notification: 3d") + engagement("buyer_type: health_establishment", "buyer_type: nis2_essential"), 1},
	})
	report := "incident:\n  nis2_applicable: true\n  post_incident_report: 1mo\n  post_incident_report_from: client_alert\n"
	runRuleCases(t, "COH-05", []ruleCase{
		{"one month from the alert", report, 0},
		{"counted from closure", edit(report, "from: client_alert", "from: closure"), 1},
		{"two months from the alert", edit(report, "report: 1mo", "report: 2mo"), 1},
		{"no NIS 2 entity", edit(report, "nis2_applicable: true", "nis2_applicable: false") + "\n", 0},
	})
	monitoring := "continuity:\n  monitoring: {hours: business_hours}\n"
	runRuleCases(t, "COH-06", []ruleCase{
		{"24/7 monitoring", cohLevels + "continuity:\n  monitoring: {hours: 24x7}\n", 0},
		{"P1 in 30 min on business hours", cohLevels + monitoring, 1},
		{"P1 in business days", edit(cohLevels, "response_time: 30min", "response_time: 1bd") + monitoring, 0},
	})
	scans := "vulnerability:\n  scan: {frequency: 1mo}\n"
	runRuleCases(t, "COH-07", []ruleCase{
		{"monthly scans for needs at 3", scans, 0},
		{"quarterly scans for needs at 3", edit(scans, "1mo", "3mo"), 1},
		{"policy accepts a quarter", edit(scans, "1mo", "3mo") + "policy:\n  vulnerability_scan_max_high: 3mo\n", 0},
		{"half-yearly scans with card data", edit(scans, "1mo", "6mo") + smallEngagement("2", "[payment_card]"), 1},
		{"half-yearly scans, low needs", edit(scans, "1mo", "6mo") + smallEngagement("2", "[]"), 0},
	})
	runRuleCases(t, "COH-08", []ruleCase{
		{"24/7 for availability 3", "continuity:\n  monitoring: {hours: 24x7}\n", 0},
		{"business hours for availability 3", monitoring, 1},
		{"business hours for availability 2", monitoring + smallEngagement("2", "[personal_data]"), 0},
	})
	logs := "session:\n  logs: {client_access: on_request, client_access_delay: 10bd}\ngdpr:\n  assist: {rights_delay: 5bd}\n"
	runRuleCases(t, "COH-09", []ruleCase{
		{"logs slower than the assistance", logs, 1},
		{"logs within two business days", edit(logs, "delay: 10bd", "delay: 2bd"), 0},
		{"seven calendar days within five business days", edit(logs, "delay: 10bd", "delay: 7d"), 0},
		{"ten days beyond a week", edit(edit(logs, "delay: 10bd", "delay: 10d"), "rights_delay: 5bd", "rights_delay: 1w"), 1},
	})
	change := "change:\n  client_notice: {major_changes: true, major_changes_delay: 3mo, non_eu_law: true, non_eu_law_delay: 3mo}\nexit:\n  notice_period: 2mo\n  triggers: [end_of_term, change_of_control, relocation_without_consent]\n"
	runRuleCases(t, "COH-10", []ruleCase{
		{"notices longer than the exit notice", change, 0},
		{"change of control announced a month ahead", edit(change, "non_eu_law_delay: 3mo", "non_eu_law_delay: 1mo"), 1},
		{"both a month ahead", edit(edit(change, "non_eu_law_delay: 3mo", "non_eu_law_delay: 1mo"), "major_changes_delay: 3mo", "major_changes_delay: 1mo"), 2},
		{"no change-of-control trigger", edit(edit(change, "non_eu_law_delay: 3mo", "non_eu_law_delay: 1mo"), "change_of_control, ", ""), 0},
	})
}

// TestCoherenceWorstCase: a business day can last from a Friday evening to
// a Tuesday evening after a public holiday.
func TestCoherenceWorstCase(t *testing.T) {
	for _, tc := range []struct {
		in   pas.Duration
		want pas.Duration
	}{
		{pas.Duration{N: 1, U: pas.BusinessDay}, pas.Days(4)},
		{pas.Duration{N: 5, U: pas.BusinessDay}, pas.Days(8)},
		{pas.Duration{N: 10, U: pas.BusinessDay}, pas.Days(15)},
		{pas.Hours(24), pas.Hours(24)},
	} {
		if got := cohWorstCase(tc.in); got != tc.want {
			t.Errorf("cohWorstCase(%s) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestCoherencePentestRule(t *testing.T) {
	audit := "audit:\n  client_right: true\n  types: [documentary, on_site, penetration_test]\n"
	runRuleCases(t, "COH-41", []ruleCase{
		{"pentests allowed", audit, 0},
		{"pentests excluded, needs at 3", edit(audit, ", penetration_test]", "]"), 1},
		{"pentests excluded, needs at 2", edit(audit, ", penetration_test]", "]") + smallEngagement("2", "[]"), 0},
	})
}

// TestCOH03Wording: the provider's own delay reads right in French
// whatever its unit ("le délai de 3 jours promis", not "les 3 jours
// promises").
func TestCOH03Wording(t *testing.T) {
	p := testPlan(t, "incident:\n  breach: {to_controller: 3d}\n"+edit(cohSub, "breach_notice: 12h", "breach_notice: 5d"))
	f := ruleFindings(t, p, "COH-03")[0]
	if want := "plus lentement que le délai de 3\u00a0jours promis au responsable de traitement"; !strings.Contains(f.Message.FR, want) {
		t.Errorf("French: %s\nwant %q", f.Message.FR, want)
	}
	if want := "more slowly than the 3 days promised to the controller"; !strings.Contains(f.Message.EN, want) {
		t.Errorf("English: %s\nwant %q", f.Message.EN, want)
	}
}
