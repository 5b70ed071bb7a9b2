package sections

import "testing"

const confidentialityOK = `
confidentiality:
  client_ownership: true
  no_other_use: true
  no_disclosure: true
  staff_bound: true
  subcontractors_bound: true
`

func TestConfidentialityRules(t *testing.T) {
	runRuleCases(t, "CNF-01", []ruleCase{
		{"committed", confidentialityOK, 0},
		{"missing", `
confidentiality:
  client_ownership: true
  no_disclosure: true
  staff_bound: true
  subcontractors_bound: true
`, 1},
		{"declined", `
confidentiality:
  client_ownership: true
  no_other_use: false
  no_disclosure: true
  staff_bound: true
  subcontractors_bound: true
`, 1},
	})
	runRuleCases(t, "CNF-02", []ruleCase{
		{"committed", confidentialityOK, 0},
		{"subcontractors not bound", `
confidentiality:
  client_ownership: true
  no_other_use: true
  no_disclosure: true
  staff_bound: true
  subcontractors_bound: false
`, 1},
		{"nothing granted", `
confidentiality:
  client_ownership: false
  no_other_use: true
  no_disclosure: false
  staff_bound: false
  subcontractors_bound: false
`, 4},
	})
}
