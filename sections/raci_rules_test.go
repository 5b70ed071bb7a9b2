package sections

import "testing"

const raciOK = `
raci:
  parties: [cli, int, host]
  activities:
    - {id: a1, label: Needs, standard: security_needs, assign: {cli: RA, int: C}}
    - {id: a2, label: Breach, standard: breach_notification, assign: {cli: RA, int: C, host: I}}
`

func TestRACIRules(t *testing.T) {
	runRuleCases(t, "RACI-01", []ruleCase{
		{"one A", raciOK, 0},
		{"two A", `
raci:
  parties: [cli, int]
  activities:
    - {id: a1, label: Needs, assign: {cli: RA, int: A}}
`, 1},
		{"no A", `
raci:
  parties: [cli, int]
  activities:
    - {id: a1, label: Needs, assign: {cli: R}}
`, 1},
	})
	runRuleCases(t, "RACI-02", []ruleCase{
		{"has R", raciOK, 0},
		{"no R", `
raci:
  parties: [cli]
  activities:
    - {id: a1, label: Needs, assign: {cli: A}}
`, 1},
	})
	runRuleCases(t, "RACI-03", []ruleCase{
		{"declared", raciOK, 0},
		{"undeclared column", `
raci:
  parties: [cli]
  activities:
    - {id: a1, label: Needs, assign: {cli: A, int: R}}
`, 1},
	})
	runRuleCases(t, "RACI-04", []ruleCase{
		{"missing", raciOK, 1},
		{"all present", fullTemplateRACI(), 0},
	})
	runRuleCases(t, "RACI-05", []ruleCase{
		{"controller accountable", raciOK, 0},
		{"processor accountable", `
raci:
  parties: [cli, int]
  activities:
    - {id: a1, label: Breach, standard: breach_notification, assign: {cli: R, int: A}}
`, 1},
	})
	runRuleCases(t, "RACI-06", []ruleCase{
		{"contacts present", raciOK, 0},
		{"no contacts", raciOK + `
parties:
  organisations:
    - {id: cli, name: Client, role: client, seat_country: FR, gdpr_role: controller}
    - {id: int, name: Integrator, role: provider, seat_country: FR, gdpr_role: processor}
    - {id: host, name: Host, role: hosting, seat_country: FR, gdpr_role: none}
`, 5},
	})
	runRuleCases(t, "RACI-08", []ruleCase{
		{"distinct letters", raciOK, 0},
		{"C and I", `
raci:
  parties: [cli, int]
  activities:
    - {id: a1, label: Needs, assign: {cli: RA, int: CI}}
`, 1},
	})
}

// fullTemplateRACI declares every template activity, correctly assigned.
func fullTemplateRACI() string {
	s := "raci:\n  parties: [cli, int]\n  activities:\n"
	for _, a := range RACITemplate {
		s += "    - {id: " + a.Code + ", label: x, standard: " + a.Code + ", assign: {cli: RA, int: C}}\n"
	}
	return s
}
