package sections

import (
	"slices"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
)

// asOf is the date rule tests run at.
var asOf = pas.MustDate("2026-11-23")

// baseEngagement is the engagement of the base plan: a SaaS with
// integration for a health establishment, needs at 3, health data in HDS
// scope.
const baseEngagement = `
engagement:
  service_models: [saas, integration]
  deployment_model: private_dedicated
  third_party_saas: false
  development: true
  buyer_type: health_establishment
  needs: {availability: "3", integrity: "3", confidentiality: "3", traceability: "3"}
  data: [personal_data, health_data, hds_scope]
`

// baseParties are the base plan's client, provider and host, with their
// contacts.
const baseParties = `
parties:
  organisations:
    - {id: cli, name: Client, role: client, seat_country: FR, gdpr_role: controller}
    - {id: int, name: Integrator, role: provider, seat_country: FR, gdpr_role: processor, hds_activities: ["4", "5"]}
    - {id: host, name: Host, role: hosting, seat_country: FR, gdpr_role: sub_processor, hds_activities: ["1", "2", "3", "6"]}
  contacts:
    - {id: c1, name: A, party: cli, function: ciso}
    - {id: c2, name: B, party: cli, function: dpo}
    - {id: c3, name: C, party: int, function: ciso}
    - {id: c4, name: D, party: int, function: dpo}
    - {id: c5, name: E, party: host, function: security_correspondent}
    - {id: c6, name: F, party: host, function: dpo}
`

// basePlan is a small coherent plan that rule tests start from.
const basePlan = baseEngagement + baseParties

// engagement returns the base engagement with replacements (see edit).
func engagement(pairs ...string) string { return edit(baseEngagement, pairs...) }

// smallEngagement is the engagement of a private company's plain SaaS,
// with the given confidentiality need and data flags.
func smallEngagement(confidentiality, data string) string {
	return `
engagement:
  service_models: [saas]
  deployment_model: private_dedicated
  third_party_saas: false
  development: false
  buyer_type: private_company
  needs: {availability: "2", integrity: "2", confidentiality: "` + confidentiality + `", traceability: "2"}
  data: ` + data + `
`
}

// edit returns base with each old fragment replaced by the next one, once;
// it panics when a fragment is absent, so that a test never silently
// tests the base case.
func edit(base string, pairs ...string) string {
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(base, pairs[i]) {
			panic("test fragment not found: " + pairs[i])
		}
		base = strings.Replace(base, pairs[i], pairs[i+1], 1)
	}
	return base
}

// testPlan decodes the base plan, then the given YAML whose sections
// replace the base's sections of the same name.
func testPlan(t *testing.T, overrides string) *pas.Plan {
	t.Helper()
	base := decodeTest(t, basePlan)
	if strings.TrimSpace(overrides) == "" {
		return base
	}
	extra := decodeTest(t, overrides)
	for id, d := range extra.Sections {
		base.Sections[id] = d
	}
	base.Policy, base.Waivers = extra.Policy, extra.Waivers
	return base
}

func decodeTest(t *testing.T, body string) *pas.Plan {
	t.Helper()
	p, err := pas.Decode([]byte("schema_version: 1\nlang: fr\n"+body), "test.yaml", Catalogue())
	if err != nil {
		t.Fatalf("test plan does not load:\n%v", err)
	}
	return p
}

// ruleFindings runs one rule on a plan and checks that every finding has a
// message in both languages and a position.
func ruleFindings(t *testing.T, p *pas.Plan, id string) []pas.Finding {
	t.Helper()
	rule := Catalogue().Rule(id)
	if rule == nil {
		t.Fatalf("no rule %s", id)
	}
	var out []pas.Finding
	for _, f := range pas.RunChecks(p, asOf) {
		if f.Rule != id {
			continue
		}
		if f.Message.FR == "" || f.Message.EN == "" || f.Message.FR == f.Message.EN && !strings.ContainsAny(f.Message.FR, "0123456789") {
			t.Errorf("%s: message not in both languages: %+v", id, f.Message)
		}
		if strings.Contains(f.Message.FR+f.Message.EN, "%!") {
			t.Errorf("%s: badly formatted message: %+v", id, f.Message)
		}
		if f.Pos.Line == 0 {
			t.Errorf("%s: finding without a YAML line: %+v", id, f)
		}
		if ch := rule.Chapters(); ch != nil && !slices.Contains(ch, f.Section) {
			t.Errorf("%s is filed under %v but reports in %s (%s): pas rules must list it where its findings appear", id, ch, f.Section, f.Path)
		}
		out = append(out, f)
	}
	return out
}

// ruleCase is one table test of a rule: a plan and how many findings.
type ruleCase struct {
	name  string
	yaml  string
	count int
}

func runRuleCases(t *testing.T, id string, cases []ruleCase) {
	t.Helper()
	tested[id] = true
	var failing, passing bool
	for _, tc := range cases {
		t.Run(id+"/"+tc.name, func(t *testing.T) {
			got := ruleFindings(t, testPlan(t, tc.yaml), id)
			if len(got) != tc.count {
				t.Errorf("%d findings, want %d: %v", len(got), tc.count, got)
			}
		})
		failing = failing || tc.count > 0
		passing = passing || tc.count == 0
	}
	if !failing || !passing {
		t.Errorf("%s needs at least one failing and one passing case", id)
	}
}
