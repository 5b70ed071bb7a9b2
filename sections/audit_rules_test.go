package sections

import "testing"

// audOK is an audit chapter that passes every rule for the base plan.
const audOK = `
audit:
  client_right: true
  types: [documentary, on_site, configuration_review, penetration_test]
  auditors: [independent_third_party, passi_qualified]
  per_year: 1
  after_major_incident: true
  notice_period: 30d
  cost: provider_if_major_nc
  pentest_frequency: 12mo
  legal_requirements: [gdpr, hds]
  remediation: {critical: 30d, high: 90d, medium: 180d}
`

// audMultiTenantPlan is a shared platform whose audit excludes on-site visits.
var audMultiTenantPlan = edit(opsOK, "types: [documentary, on_site, configuration_review, penetration_test]", "types: [documentary, penetration_test]") +
	engagement("deployment_model: private_dedicated", "deployment_model: public_multi_tenant")

// audCerts declares certificates that could replace an on-site audit.
const audCerts = `
frameworks:
  certificates:
    - {id: k1, name: SOC 2 platform, scheme: soc2, holder: host, scope: Platform, covers_service: true, report_type: type_2}
    - {id: k2, name: SOC 2 design, scheme: soc2, holder: host, scope: Platform, covers_service: true, report_type: type_1}
    - {id: k3, name: ISO 27001, scheme: iso27001, holder: host, scope: Platform, covers_service: true, expiry_date: 2027-06-01}
  keep_valid: true
`

func TestAuditWhen(t *testing.T) {
	if p := testPlan(t, opsOK); p.Active(audSubstitutes, nil) || p.Active(audLimits, nil) {
		t.Error("multi-tenancy questions on for a dedicated platform")
	}
	if p := testPlan(t, audMultiTenantPlan); !p.Active(audSubstitutes, nil) {
		t.Error("substitute reports off for a shared platform")
	}
}

func TestAuditRules(t *testing.T) {
	runRuleCases(t, "AUD-01", []ruleCase{
		{"audit right", opsOK, 0},
		{"no audit right", edit(opsOK, "client_right: true", "client_right: false"), 1},
		{"no personal data", edit(opsOK, "client_right: true", "client_right: false") + engagement("data: [personal_data, health_data, hds_scope]", "data: []"), 0},
	})
	runRuleCases(t, "AUD-02", []ruleCase{
		{"independent auditors", opsOK, 0},
		{"PASSI only", edit(opsOK, "auditors: [independent_third_party, passi_qualified]", "auditors: [passi_qualified]"), 0},
		{"client staff only", edit(opsOK, "auditors: [independent_third_party, passi_qualified]", "auditors: [client_staff]"), 1},
	})
	runRuleCases(t, "AUD-03", []ruleCase{
		{"yearly", opsOK, 0},
		{"none", edit(opsOK, "  pentest_frequency: 12mo\n", ""), 1},
		{"every two years", edit(opsOK, "pentest_frequency: 12mo", "pentest_frequency: 2y"), 1},
	})
	runRuleCases(t, "AUD-04", []ruleCase{
		{"within practice", opsOK, 0},
		{"critical in 60 days", edit(opsOK, "critical: 30d", "critical: 60d"), 1},
		{"policy accepts 60 days", edit(opsOK, "critical: 30d", "critical: 60d") + "\npolicy:\n  audit_remediation_critical_max: 60d\n", 0},
		{"no high nor medium delay", edit(opsOK, ", high: 90d, medium: 180d", ""), 2},
	})
	runRuleCases(t, "AUD-05", []ruleCase{
		{"private health buyer", edit(opsOK, "auditors: [independent_third_party, passi_qualified]", "auditors: [independent_third_party]"), 0},
		{"State buyer with PASSI", opsOK + engagement("buyer_type: health_establishment", "buyer_type: state"), 0},
		{"State buyer without PASSI", edit(opsOK, "auditors: [independent_third_party, passi_qualified]", "auditors: [independent_third_party]") +
			engagement("buyer_type: health_establishment", "buyer_type: state"), 1},
		{"public tender", edit(opsOK, "auditors: [independent_third_party, passi_qualified]", "auditors: [independent_third_party]") +
			engagement("buyer_type: health_establishment", "buyer_type: health_establishment\n  procurement: {procedure: open_tender}"), 1},
	})
	runRuleCases(t, "AUD-06", []ruleCase{
		{"dedicated platform", edit(opsOK, "types: [documentary, on_site, configuration_review, penetration_test]", "types: [documentary]"), 0},
		{"shared platform without substitute", audMultiTenantPlan, 1},
		{"SOC 2 type 1 only", edit(audMultiTenantPlan, "legal_requirements:", "substitute_reports: [k2]\n  legal_requirements:") + audCerts, 1},
		{"SOC 2 type 2", edit(audMultiTenantPlan, "legal_requirements:", "substitute_reports: [k2, k1]\n  legal_requirements:") + audCerts, 0},
		{"ISO 27001", edit(audMultiTenantPlan, "legal_requirements:", "substitute_reports: [k3]\n  legal_requirements:") + audCerts, 0},
	})
	runRuleCases(t, "AUD-07", []ruleCase{
		{"requirements listed", opsOK, 0},
		{"empty list", edit(opsOK, "legal_requirements: [gdpr, hds]", "legal_requirements: []"), 1},
	})
}
