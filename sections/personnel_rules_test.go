package sections

import "testing"

const personnelOK = `
personnel:
  screening: standard
  confidentiality_undertakings: [individual_nda, it_charter]
  training: {onboarding: true, awareness: true, awareness_frequency: 1y}
  offboarding: {steps: [revoke_access, return_assets]}
`

func TestPersonnelRules(t *testing.T) {
	runRuleCases(t, "PER-01", []ruleCase{
		{"trained", personnelOK, 0},
		{"no onboarding training", `
personnel:
  screening: standard
  confidentiality_undertakings: []
  training: {onboarding: false, awareness: true, awareness_frequency: 1y}
  offboarding: {steps: [revoke_access, return_assets]}
`, 1},
		{"no training at all", `
personnel:
  screening: standard
  confidentiality_undertakings: []
  training: {onboarding: false, awareness: false}
  offboarding: {steps: [revoke_access, return_assets]}
`, 2},
	})
	runRuleCases(t, "PER-02", []ruleCase{
		{"access removed, assets returned", personnelOK, 0},
		{"unanswered is REQ-01's", `
personnel:
  screening: standard
  confidentiality_undertakings: []
  training: {onboarding: true, awareness: false}
`, 0},
		{"assets not returned", `
personnel:
  screening: standard
  confidentiality_undertakings: []
  training: {onboarding: true, awareness: false}
  offboarding: {steps: [revoke_access]}
`, 1},
		{"nothing", `
personnel:
  screening: standard
  confidentiality_undertakings: []
  training: {onboarding: true, awareness: false}
  offboarding: {steps: []}
`, 2},
	})
}

func TestPersonnelAwarenessFrequencyOff(t *testing.T) {
	p := testPlan(t, `
personnel:
  training: {onboarding: true, awareness: false}
`)
	if p.Active(perAwarenessFreq, nil) {
		t.Error("awareness frequency asked although there is no periodic awareness")
	}
	p = testPlan(t, personnelOK)
	if !p.Active(perAwarenessFreq, nil) {
		t.Error("awareness frequency not asked although periodic awareness is provided")
	}
}
