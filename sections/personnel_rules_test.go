package sections

import "testing"

const personnelOK = `
personnel:
  screening: standard
  confidentiality_undertakings: [individual_nda, it_charter]
  training: {onboarding: true, awareness: true, awareness_frequency: 1y}
  offboarding: {delay: 24h, steps: [revoke_access, return_assets]}
`

func TestPersonnelRules(t *testing.T) {
	runRuleCases(t, "PER-01", []ruleCase{
		{"trained", personnelOK, 0},
		{"no onboarding training", `
personnel:
  screening: standard
  confidentiality_undertakings: []
  training: {onboarding: false, awareness: true, awareness_frequency: 1y}
  offboarding: {delay: 1bd}
`, 1},
		{"no training at all", `
personnel:
  screening: standard
  confidentiality_undertakings: []
  training: {onboarding: false, awareness: false}
  offboarding: {delay: 1bd}
`, 2},
	})
	runRuleCases(t, "PER-02", []ruleCase{
		{"24 hours", personnelOK, 0},
		{"one business day", `
personnel:
  screening: standard
  confidentiality_undertakings: []
  training: {onboarding: true, awareness: false}
  offboarding: {delay: 1bd}
`, 0},
		{"missing", `
personnel:
  screening: standard
  confidentiality_undertakings: []
  training: {onboarding: true, awareness: false}
`, 1},
		{"to confirm is not missing", `
personnel:
  screening: standard
  confidentiality_undertakings: []
  training: {onboarding: true, awareness: false}
  offboarding: {delay: {state: open, question: "HR process?", owner: int}}
`, 0},
		{"one week", `
personnel:
  screening: standard
  confidentiality_undertakings: []
  training: {onboarding: true, awareness: false}
  offboarding: {delay: 1w}
`, 1},
		{"one week allowed by policy", `
policy:
  personnel_offboarding_delay_max: 1w
personnel:
  screening: standard
  confidentiality_undertakings: []
  training: {onboarding: true, awareness: false}
  offboarding: {delay: 1w}
`, 0},
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
