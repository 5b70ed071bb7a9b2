package sections

import "testing"

const devsecOK = `
devsec:
  reference: [owasp_asvs]
  security_by_design: true
  code_review: systematic
  analysis: [sast, dependency_scanning]
  environments_separated: true
  test_data: synthetic
`

const devsecBad = `
devsec:
  reference: []
  security_by_design: false
  code_review: none
  analysis: []
  environments_separated: false
  test_data: production
`

// noDevelopment is the base engagement without development.
const noDevelopment = `
engagement:
  service_models: [saas]
  deployment_model: private_dedicated
  third_party_saas: false
  development: false
  buyer_type: health_establishment
  needs: {availability: "3", integrity: "3", confidentiality: "3", traceability: "3"}
  data: [personal_data, health_data, hds_scope]
`

func TestDevsecRules(t *testing.T) {
	runRuleCases(t, "DEV-01", []ruleCase{
		{"synthetic data", devsecOK, 0},
		{"pseudonymised data", `
devsec:
  environments_separated: true
  test_data: pseudonymised
`, 0},
		{"production personal data", devsecBad, 1},
		{"production data without personal data", devsecBad + `
engagement:
  service_models: [saas]
  deployment_model: private_dedicated
  third_party_saas: false
  development: true
  buyer_type: private_company
  needs: {availability: "2", integrity: "2", confidentiality: "2", traceability: "2"}
  data: [payment_card]
`, 0},
		{"no development", devsecBad + noDevelopment, 0},
	})
	runRuleCases(t, "DEV-02", []ruleCase{
		{"separated", devsecOK, 0},
		{"not separated", devsecBad, 1},
		{"no development", devsecBad + noDevelopment, 0},
	})
}

func TestDevsecApplies(t *testing.T) {
	s := Catalogue().Section("devsec")
	if ok, _ := testPlan(t, "").Applicability(s); !ok {
		t.Error("devsec does not apply although the engagement includes development")
	}
	ok, why := testPlan(t, noDevelopment).Applicability(s)
	if ok || why.FR == "" || why.EN == "" {
		t.Errorf("devsec applies without development, or no reason in both languages: %v %+v", ok, why)
	}
	// Not answered yet: the document must not say there is no development.
	unknown := engagement("  development: true\n", "")
	if ok, why := testPlan(t, unknown).Applicability(s); !ok {
		t.Errorf("devsec should apply while development is unanswered, got not applicable: %s", why.EN)
	}
}
