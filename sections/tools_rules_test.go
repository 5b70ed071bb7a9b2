package sections

import (
	"testing"

	"github.com/pas-editor/pas/pas"
)

// toolOK is a tools chapter that passes every rule for the base plan.
const toolOK = `
tools:
  items:
    - {id: t1, product: Endpoint guard, category: edr, vendor: V1, vendor_country: FR, operated_by: int, client_data_access: false, supported: true}
    - {id: t2, product: Log platform, category: siem, vendor: V2, vendor_country: FR, operated_by: int, operated_from: [FR], client_data_access: true, supported: true}
    - {id: t3, product: Help desk, category: ticketing, vendor: V3, vendor_country: IE, operated_from: [FR], client_data_access: true, supported: true}
    - {id: t4, product: Backup suite, category: backup, vendor: V4, vendor_country: FR, operated_by: host, operated_from: [FR], client_data_access: true, supported: true}
`

func TestToolsApplies(t *testing.T) {
	s := Catalogue().Section("tools")
	p := testPlan(t, opsOK+engagement("third_party_saas: false", "third_party_saas: true"))
	ok, why := p.Applicability(s)
	if ok || why.FR == "" || why.EN == "" {
		t.Errorf("tools chapter applies to a fully third-party SaaS: %v %+v", ok, why)
	}
	if got := ruleFindings(t, testPlan(t, edit(opsOK, "category: edr", "category: waf")+engagement("third_party_saas: false", "third_party_saas: true")), "TOOL-03"); len(got) != 0 {
		t.Errorf("rules of a chapter that does not apply still run: %v", got)
	}
	if items := p.Items(s); len(items) != 0 {
		t.Errorf("a chapter that does not apply still asks questions: %v", items)
	}
	if !testPlan(t, opsOK).Applicable(s) {
		t.Error("tools chapter does not apply to an integrated service")
	}
}

func TestToolsRules(t *testing.T) {
	runRuleCases(t, "TOOL-01", []ruleCase{
		{"chapter filled", opsOK, 0},
		{"set aside by hand", "tools: {not_applicable: Tools are the client's}\n", 1},
		{"set aside for a third-party SaaS", "tools: {not_applicable: Vendor SaaS}\n" + engagement("third_party_saas: false", "third_party_saas: true"), 0},
	})
	runRuleCases(t, "TOOL-02", []ruleCase{
		{"SIEM listed", opsOK, 0},
		{"no SIEM", edit(opsOK, "category: siem", "category: monitoring"), 1},
		{"SOC service", edit(opsOK, "category: siem", "category: soc_service"), 0},
		{"no security monitoring", edit(opsOK, "category: siem", "category: monitoring", "scope: [availability, capacity, security_events]", "scope: [availability]"), 0},
	})
	runRuleCases(t, "TOOL-03", []ruleCase{
		{"EDR listed", opsOK, 0},
		{"no EDR", edit(opsOK, "category: edr", "category: waf"), 1},
	})
	runRuleCases(t, "TOOL-04", []ruleCase{
		{"EEA and partial adequacy", opsOK, 0},
		{"SOC operated from a third country", edit(opsOK, "operated_from: [FR]", "operated_from: [FR, IN]"), 1},
		{"support vendor in a third country", edit(opsOK, "vendor_country: IE", "vendor_country: CN"), 1},
		{"no access to client data", edit(opsOK, "operated_from: [FR], client_data_access: true", "operated_from: [IN], client_data_access: false"), 0},
		{"security tool outside scope", edit(opsOK, "vendor: V1, vendor_country: FR", "vendor: V1, vendor_country: CN", "client_data_access: false", "client_data_access: true"), 0},
		{"no personal data", edit(opsOK, "operated_from: [FR]", "operated_from: [IN]") + engagement("data: [personal_data, health_data, hds_scope]", "data: []"), 0},
	})
	runRuleCases(t, "TOOL-05", []ruleCase{
		{"supported", opsOK, 0},
		{"end of life", edit(opsOK, "client_data_access: false, supported: true", "client_data_access: false, supported: false"), 1},
	})
	state := engagement("buyer_type: health_establishment", "buyer_type: state")
	runRuleCases(t, "TOOL-06", []ruleCase{
		{"health buyer", opsOK, 0},
		{"State buyer, no qualified provider", opsOK + state, 1},
		{"PDIS-qualified SOC", edit(opsOK, "client_data_access: true, supported: true}\n    - {id: t3", "client_data_access: true, supported: true, qualification: [pdis]}\n    - {id: t3") + state, 0},
		{"operator holds PRIS", opsOK + state + `
frameworks:
  certificates:
    - {id: q1, name: PRIS, scheme: pris, holder: int, scope: Incident response, covers_service: true, expiry_date: 2028-01-01}
  keep_valid: true
`, 0},
	})
}

// TestToolRule01Position checks that the finding on a chapter set aside
// points at its not_applicable line.
func TestToolRule01Position(t *testing.T) {
	got := ruleFindings(t, testPlan(t, "tools:\n  not_applicable: Tools are the client's\n"), "TOOL-01")
	if len(got) != 1 || got[0].Section != "tools" || got[0].Severity != pas.Info {
		t.Fatalf("TOOL-01: %+v", got)
	}
}

func TestToolUSVendor(t *testing.T) {
	tool := func(country, operator string, access bool) string {
		a := "false"
		if access {
			a = "true"
		}
		if operator != "" {
			operator = "operated_by: " + operator + ", "
		}
		return "tools:\n  items:\n    - {id: t1, product: Desk, category: ticketing, vendor: V, vendor_country: " + country + ", " + operator + "operated_from: [FR], client_data_access: " + a + ", supported: true}\n"
	}
	runRuleCases(t, "TOOL-07", []ruleCase{
		{"EU vendor", tool("FR", "", true), 0},
		{"US vendor without data", tool("US", "", false), 0},
		{"US product run by the provider", tool("US", "int", true), 0},
		{"US vendor's SaaS seeing data", tool("US", "", true), 1},
	})
}
