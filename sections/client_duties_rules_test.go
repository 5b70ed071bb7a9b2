package sections

import "testing"

func TestClientDutiesRules(t *testing.T) {
	runRuleCases(t, "CLI-01", []ruleCase{
		{"listed", `
client_duties:
  obligations:
    - {id: o1, label: Notify departures within one business day, category: departures}
    - {id: o2, label: Keep workstations patched, category: workstations}
`, 0},
		{"empty list", `
client_duties:
  obligations: []
`, 1},
		{"section without obligations", `
client_duties:
  notes: to discuss with the client
`, 1},
	})
}
