package sections

import (
	"testing"

	"github.com/pas-editor/pas/pas"
)

// incOK is an incident chapter that passes every rule for the base plan.
const incOK = `
incident:
  levels:
    - {id: l1, level: p1, definition: Service down or confirmed leak, response_time: 30min, restoration_time: 4h, client_notification: 1h}
    - {id: l2, level: p2, definition: Degraded service, response_time: 1h, restoration_time: 8h, client_notification: 4h}
  levels_from: detection
  contacts_24x7: [c1, c3]
  evidence_preservation: Logs and disk images are copied to a sealed store before any remediation.
  post_incident_report: 1mo
  post_incident_report_from: client_alert
  exercise_frequency: 12mo
  nis2_applicable: false
  health_serious_incidents: true
  breach: {to_controller: 24h, notification_content: [nature, subjects, records, dpo_contact, consequences, measures], register: true}
`

// incParties is the base plan's organisations with replacements.
func incParties(pairs ...string) string {
	return edit(`
parties:
  organisations:
    - {id: cli, name: Client, role: client, seat_country: FR, gdpr_role: controller}
    - {id: int, name: Integrator, role: provider, seat_country: FR, gdpr_role: processor, hds_activities: ["4", "5"]}
    - {id: host, name: Host, role: hosting, seat_country: FR, gdpr_role: sub_processor, hds_activities: ["1", "2", "3", "6"]}
  contacts:
    - {id: c1, name: A, party: cli, function: ciso}
    - {id: c3, name: C, party: int, function: ciso}
`, pairs...)
}

func TestIncidentWhen(t *testing.T) {
	p := testPlan(t, opsOK)
	if !p.Active(incHealthAlert, nil) || !p.Active(incBreachDelay, nil) {
		t.Error("health and breach questions must be on for a health establishment processing personal data")
	}
	p = testPlan(t, opsOK+engagement("buyer_type: health_establishment", "buyer_type: private_company", "data: [personal_data, health_data, hds_scope]", "data: []"))
	if p.Active(incHealthAlert, nil) || p.Active(incBreachDelay, nil) || p.Active(incTemplate, nil) || p.Active(incRegister, nil) {
		t.Error("health and breach questions stay on without a health buyer or personal data")
	}
}

func TestIncidentSeverities(t *testing.T) {
	// The GDPR sets no number of hours for the processor (art. 33(2)): a
	// long delay departs from practice, it is never reported as unlawful.
	got := ruleFindings(t, testPlan(t, edit(opsOK, "to_controller: 24h", "to_controller: 72h")), "INC-02")
	if len(got) != 1 || got[0].Severity != pas.Warning {
		t.Errorf("72 h delay: %v, want one warning", got)
	}
	got = ruleFindings(t, testPlan(t, edit(opsOK, "to_controller: 24h", "to_controller: 48h")), "INC-02")
	if len(got) != 1 || got[0].Severity != pas.Warning {
		t.Errorf("48 h delay: %v, want one warning", got)
	}
}

func TestIncidentRules(t *testing.T) {
	runRuleCases(t, "INC-01", []ruleCase{
		{"delay set", opsOK, 0},
		{"no delay", edit(opsOK, "to_controller: 24h, ", ""), 1},
		{"no personal data", edit(opsOK, "to_controller: 24h, ", "") + engagement("data: [personal_data, health_data, hds_scope]", "data: []"), 0},
	})
	runRuleCases(t, "INC-02", []ruleCase{
		{"24 h", opsOK, 0},
		{"48 h", edit(opsOK, "to_controller: 24h", "to_controller: 48h"), 1},
		{"3 days", edit(opsOK, "to_controller: 24h", "to_controller: 3d"), 1},
		{"policy accepts 48 h", edit(opsOK, "to_controller: 24h", "to_controller: 48h") + "\npolicy:\n  incident_breach_delay_max: 48h\n", 0},
	})
	runRuleCases(t, "INC-11", []ruleCase{
		{"alert before notification", opsOK, 0},
		{"P1 alert after the notification", edit(opsOK, "client_notification: 1h", "client_notification: 48h"), 1},
		{"breach level named in its definition", edit(edit(opsOK, "Service down or confirmed leak", "Service down"), "definition: Degraded service, response_time: 1h, restoration_time: 8h, client_notification: 4h", "definition: Suspected data breach, response_time: 1h, restoration_time: 8h, client_notification: 2d"), 1},
	})
	runRuleCases(t, "INC-04", []ruleCase{
		{"no NIS 2 entity", opsOK, 0},
		{"client essential entity", opsOK + incParties("gdpr_role: controller}", "gdpr_role: controller, nis2_status: essential}"), 1},
		{"buyer declared NIS 2 important", opsOK + engagement("buyer_type: health_establishment", "buyer_type: nis2_important"), 1},
		{"NIS 2 acknowledged", edit(opsOK, "nis2_applicable: false", "nis2_applicable: true") +
			incParties("gdpr_role: controller}", "gdpr_role: controller, nis2_status: essential}"), 0},
		{"host is not client or provider", opsOK + incParties("gdpr_role: sub_processor,", "gdpr_role: sub_processor, nis2_status: important,"), 0},
	})
	runRuleCases(t, "INC-05", []ruleCase{
		{"all items", opsOK, 0},
		{"no DPO contact nor consequences", edit(opsOK, "dpo_contact, consequences, ", ""), 1},
	})
	runRuleCases(t, "INC-06", []ruleCase{
		{"described", opsOK, 0},
		{"not described", edit(opsOK, "  evidence_preservation: Logs and disk images are copied to a sealed store before any remediation.\n", ""), 1},
	})
	runRuleCases(t, "INC-07", []ruleCase{
		{"register kept", opsOK, 0},
		{"no register", edit(opsOK, "register: true", "register: false"), 1},
	})
	runRuleCases(t, "INC-08", []ruleCase{
		{"yearly", opsOK, 0},
		{"none planned", edit(opsOK, "  exercise_frequency: 12mo\n", ""), 1},
		{"every two years", edit(opsOK, "exercise_frequency: 12mo", "exercise_frequency: 2y"), 1},
		{"policy accepts two years", edit(opsOK, "exercise_frequency: 12mo", "exercise_frequency: 2y") + "\npolicy:\n  incident_exercise_max: 2y\n", 0},
	})
	runRuleCases(t, "INC-09", []ruleCase{
		{"commitment given", opsOK, 0},
		{"refused", edit(opsOK, "health_serious_incidents: true", "health_serious_incidents: false"), 1},
		{"missing", edit(opsOK, "  health_serious_incidents: true\n", ""), 1},
		{"not a health establishment", edit(opsOK, "  health_serious_incidents: true\n", "") + engagement("buyer_type: health_establishment", "buyer_type: private_company"), 0},
	})
	nis2 := edit(opsOK, "nis2_applicable: false", "nis2_applicable: true")
	runRuleCases(t, "INC-10", []ruleCase{
		{"P1 alert within 1 h", nis2, 0},
		{"NIS 2 does not apply", edit(opsOK, "client_notification: 1h", "client_notification: 2d"), 0},
		{"P1 alert within 2 days", edit(nis2, "client_notification: 1h", "client_notification: 2d"), 1},
		{"P1 alert within 24 h leaves no time", edit(nis2, "client_notification: 1h", "client_notification: 24h"), 1},
		{"P1 without alert delay", edit(nis2, ", client_notification: 1h", ""), 1},
		{"no P1 level", edit(nis2, "level: p1", "level: p3"), 1},
	})
}
