package sections

import "testing"

// govOK is a governance chapter that no rule objects to.
const govOK = `
governance:
  owner: c3
  approver: c1
  review_interval: 12mo
  committee:
    held: true
    frequency: 3mo
    members: [c1, c3]
`

// govWith inserts lines at the end of the governance section's top level.
func govWith(lines string) string {
	return edit(govOK, "  committee:\n", lines+"  committee:\n")
}

func TestGovernanceRules(t *testing.T) {
	runRuleCases(t, "GOV-01", []ruleCase{
		{"yearly", govOK, 0},
		{"every 18 months", edit(govOK, "review_interval: 12mo", "review_interval: 18mo"), 1},
		{"policy allows two years", edit(govOK, "review_interval: 12mo", "review_interval: 18mo") + "policy:\n  governance_review_interval_max: 2y\n", 0},
		{"missing", edit(govOK, "  review_interval: 12mo\n", ""), 1},
	})
	runRuleCases(t, "GOV-02", []ruleCase{
		{"ahead", govOK + "cover:\n  next_review_date: 2027-06-01\n", 0},
		{"overdue", govOK + "cover:\n  next_review_date: 2026-01-01\n", 1},
	})
	runRuleCases(t, "GOV-03", []ruleCase{
		{"quarterly", govOK, 0},
		{"none", edit(govOK, "    held: true\n    frequency: 3mo\n    members: [c1, c3]\n", "    held: false\n"), 1},
		{"half-yearly", edit(govOK, "frequency: 3mo", "frequency: 6mo"), 1},
		{"policy allows half-yearly", edit(govOK, "frequency: 3mo", "frequency: 6mo") + "policy:\n  governance_committee_interval_max: 6mo\n", 0},
	})
	runRuleCases(t, "GOV-04", []ruleCase{
		{"measurable", govWith("  kpis:\n    - {id: k1, name: Correctifs critiques, target: 100 % sous 72 h, frequency: 1mo}\n"), 0},
		{"no target nor frequency", govWith("  kpis:\n    - {id: k1, name: Correctifs critiques}\n"), 2},
	})
	runRuleCases(t, "GOV-05", []ruleCase{
		{"first version", govOK + "cover:\n  version: \"1.0\"\n", 0},
		{"later version without history", govOK + "cover:\n  version: \"1.2\"\n", 1},
		{"later version with history", govOK + "cover:\n  version: \"2.0\"\n  changelog:\n    - {id: v1, version: \"1.0\", date: 2026-01-01, summary: Initiale}\n", 0},
	})
	const issued = "cover:\n  date_issued: 2026-01-10\n"
	runRuleCases(t, "GOV-06", []ruleCase{
		{"event before the issue", govWith("  events:\n    - {id: e1, summary: Nouveau site, kind: new_site, date: 2025-12-01}\n") + issued, 0},
		{"event after the issue", govWith("  events:\n    - {id: e1, summary: Nouveau site, kind: new_site, date: 2026-06-01}\n") + issued, 1},
		{"reviewed since", govWith("  last_review: 2026-07-01\n  events:\n    - {id: e1, summary: Nouveau site, kind: new_site, date: 2026-06-01}\n") + issued, 0},
	})
	runRuleCases(t, "GOV-07", []ruleCase{
		{"done", govWith("  improvement_plan:\n    - {id: i1, finding: MFA, action: Déployer, due: 2026-01-01, status: done}\n"), 0},
		{"overdue", govWith("  improvement_plan:\n    - {id: i1, finding: MFA, action: Déployer, due: 2026-01-01, status: open}\n"), 1},
		{"not due yet", govWith("  improvement_plan:\n    - {id: i1, finding: MFA, action: Déployer, due: 2027-01-01, status: open}\n"), 0},
	})
	runRuleCases(t, "SUB-01", []ruleCase{
		{"flowed down", govWith("  subcontractors:\n    - {id: s1, party: host, activities: hébergement, security_flow_down: true, dc4_declared: true}\n") + gdprOK, 0},
		{"subcontractor not bound", govWith("  subcontractors:\n    - {id: s1, party: host, activities: hébergement, security_flow_down: false, dc4_declared: true}\n"), 1},
		{"subcontractor party not listed", govOK + govSubParties, 1},
		{"sub-processor not bound", govOK + edit(gdprOK, "security_flow_down: true", "security_flow_down: false"), 1},
		{"sub-processor ignored without personal data", govOK + edit(gdprOK, "security_flow_down: true", "security_flow_down: false") + gdprNoPersonalData, 0},
	})
	runRuleCases(t, "SUB-02", []ruleCase{
		{"declared", govWith("  subcontractors:\n    - {id: s1, party: host, activities: hébergement, security_flow_down: true, dc4_declared: true}\n"), 0},
		{"not declared", govWith("  subcontractors:\n    - {id: s1, party: host, activities: hébergement, security_flow_down: true, dc4_declared: false}\n"), 1},
		{"private contract", govWith("  subcontractors:\n    - {id: s1, party: host, activities: hébergement, security_flow_down: true, dc4_declared: false}\n") +
			engagement("buyer_type: health_establishment", "buyer_type: health_establishment\n  procurement: {procedure: private_contract}"), 0},
	})
}

// govSubParties adds a subcontractor to the base parties.
const govSubParties = `
parties:
  organisations:
    - {id: cli, name: Client, role: client, seat_country: FR, gdpr_role: controller}
    - {id: int, name: Integrator, role: provider, seat_country: FR, gdpr_role: processor}
    - {id: dev, name: DevShop, role: subcontractor, seat_country: FR, gdpr_role: none}
`
