package sections

import (
	"testing"

	"github.com/pas-editor/pas/pas"
)

// dcOK is a coherent datacenter chapter: production in Paris, recovery
// and backups in Lille, administration from France.
const dcOK = `
datacenter:
  sites:
    - {id: par, name: Paris 1, operator: host, country: FR, city: Paris, roles: [primary], data_hosted: [production, logs]}
    - {id: lil, name: Lille, operator: host, country: FR, city: Lille, roles: [secondary, backup], data_hosted: [backups], distance_km: 200}
  admin_countries: [FR]
`

// dcWith returns a datacenter chapter with the Paris site, one more site
// line and an admin countries line.
func dcWith(site, admin string) string {
	return `
datacenter:
  sites:
    - {id: par, name: Paris 1, operator: host, country: FR, city: Paris, roles: [primary], data_hosted: [production, logs]}
` + site + `
  admin_countries: ` + admin + "\n"
}

// dcPartiesUSParent gives the host a US ultimate parent.
const dcPartiesUSParent = `
parties:
  organisations:
    - {id: cli, name: Client, role: client, seat_country: FR, gdpr_role: controller}
    - {id: int, name: Integrator, role: provider, seat_country: FR, gdpr_role: processor, hds_activities: ["4", "5"]}
    - {id: host, name: Host, role: hosting, seat_country: FR, parent_name: Big Cloud Inc, parent_country: US, gdpr_role: sub_processor, hds_activities: ["1", "2", "3", "6"]}
`

func TestDatacenterRules(t *testing.T) {
	runRuleCases(t, "LOC-01", []ruleCase{
		{"precise cities", dcOK, 0},
		{"country as city", dcWith(`    - {id: x, name: X, operator: host, country: DE, city: Allemagne, roles: [backup], data_hosted: [backups]}`, "[FR]"), 1},
		{"placeholder", dcWith(`    - {id: x, name: X, operator: host, country: DE, city: TBD, roles: [backup], data_hosted: [backups]}`, "[FR]"), 1},
		{"to be defined", dcWith(`    - {id: x, name: X, operator: host, country: DE, city: "à définir", roles: [backup], data_hosted: [backups]}`, "[FR]"), 1},
		{"city-state", dcWith(`    - {id: x, name: X, operator: host, country: LU, city: Luxembourg, roles: [backup], data_hosted: [backups]}`, "[FR]"), 0},
		{"Europe left to LOC-02", dcWith(`    - {id: x, name: X, operator: host, country: DE, city: Europe, roles: [backup], data_hosted: [backups]}`, "[FR]"), 0},
	})
	runRuleCases(t, "LOC-02", []ruleCase{
		{"country and city", dcOK, 0},
		{"city Europe", dcWith(`    - {id: x, name: X, operator: host, country: DE, city: "Europe de l'Ouest", roles: [backup], data_hosted: [backups]}`, "[FR]"), 1},
		{"region EU without country", dcWith(`    - {id: x, name: X, operator: host, region: UE, roles: [backup], data_hosted: [backups]}`, "[FR]"), 1},
		{"named region with country", dcWith(`    - {id: x, name: X, operator: host, country: NL, city: Amsterdam, region: West Europe, roles: [backup], data_hosted: [backups]}`, "[FR]"), 0},
		{"provider region code", dcWith(`    - {id: x, name: X, operator: host, region: eu-west-3, roles: [backup], data_hosted: [backups]}`, "[FR]"), 0},
	})
	runRuleCases(t, "LOC-04", []ruleCase{
		{"EEA only", dcOK, 0},
		{"Morocco", dcWith("", "[FR, MA]"), 1},
		{"Switzerland is outside the EEA", dcWith("", "[FR, CH]"), 1},
		{"no personal data", smallEngagement("2", "[]") + dcWith("", "[FR, MA]"), 0},
	})
	runRuleCases(t, "LOC-05", []ruleCase{
		{"no partial adequacy", dcOK, 0},
		{"US site without evidence", dcWith(`    - {id: us, name: Virginia, operator: host, country: US, city: Ashburn, roles: [backup], data_hosted: [backups]}`, "[FR]"), 1},
		{"US site with evidence", dcWith(`    - {id: us, name: Virginia, operator: host, country: US, city: Ashburn, roles: [backup], data_hosted: [backups], adequacy_scope: "Host Inc listed under the DPF since 2023"}`, "[FR]"), 0},
		{"admin from Canada without evidence", dcWith("", "[FR, CA]"), 1},
		{"admin from Canada with evidence", dcWith("", "[FR, CA]") + "  admin_adequacy_scope: PIPEDA applies to the support subsidiary\n", 0},
		{"no personal data", smallEngagement("2", "[]") + dcWith(`    - {id: us, name: Virginia, operator: host, country: US, city: Ashburn, roles: [backup], data_hosted: [backups]}`, "[FR, CA]"), 0},
	})
	runRuleCases(t, "LOC-06", []ruleCase{
		{"European parties", dcOK, 0},
		{"US parent on a Paris datacenter", dcPartiesUSParent + dcOK, 1},
		{"US seat", edit(dcPartiesUSParent, "seat_country: FR, parent_name", "seat_country: US, parent_name") + dcOK, 1},
		{"other law declared", `
parties:
  organisations:
    - {id: cli, name: Client, role: client, seat_country: FR, gdpr_role: controller}
    - {id: int, name: Integrator, role: provider, seat_country: FR, gdpr_role: processor, foreign_law: true}
` + dcOK, 1},
		{"client exposure is not the provider's", `
parties:
  organisations:
    - {id: cli, name: Client, role: client, seat_country: US, gdpr_role: controller}
    - {id: int, name: Integrator, role: provider, seat_country: FR, gdpr_role: processor}
` + dcOK, 0},
	})
	runRuleCases(t, "LOC-07", []ruleCase{
		{"no SecNumCloud", dcOK, 0},
		{"qualified European host", fwSNC(""), 0},
		{"non-EU holding above 39%", dcPartiesHolding(45) + fwSNC(""), 1},
		{"non-EU holding at 30%", dcPartiesHolding(30) + fwSNC(""), 0},
		{"US parent", dcPartiesUSParent + fwSNC(""), 1},
	})
	runRuleCases(t, "LOC-08", []ruleCase{
		{"health data in France", dcOK, 0},
		{"backups in the US", dcWith(`    - {id: us, name: Virginia, operator: host, country: US, city: Ashburn, roles: [backup], data_hosted: [backups]}`, "[FR]"), 1},
		{"only metadata in the US", dcWith(`    - {id: us, name: Virginia, operator: host, country: US, city: Ashburn, roles: [admin], data_hosted: [metadata]}`, "[FR]"), 0},
		{"not HDS scope", smallEngagement("2", "[]") + dcWith(`    - {id: us, name: Virginia, operator: host, country: US, city: Ashburn, roles: [backup], data_hosted: [backups]}`, "[FR]"), 0},
	})
	runRuleCases(t, "LOC-09", []ruleCase{
		{"EEA access", dcOK, 0},
		{"access from Tunisia undisclosed", dcWith("", "[FR, TN]"), 1},
		{"access from Tunisia disclosed", dcWith("", "[FR, TN]") + "  hds_remote_access: Level 2 support from Tunis, through the bastion, no data export\n", 0},
		{"not HDS scope", smallEngagement("2", "[]") + dcWith("", "[FR, TN]"), 0},
	})
	runRuleCases(t, "LOC-10", []ruleCase{
		{"copies in France", dcOK, 0},
		{"backups in India", dcWith(`    - {id: in, name: Chennai, operator: host, country: IN, city: Chennai, roles: [backup], data_hosted: [backups]}`, "[FR]"), 1},
		{"keys in Switzerland", dcWith(`    - {id: ch, name: Geneva, operator: host, country: CH, city: Geneva, roles: [admin], data_hosted: [keys]}`, "[FR]"), 1},
		{"backups in Germany", dcWith(`    - {id: de, name: Frankfurt, operator: host, country: DE, city: Frankfurt, roles: [backup], data_hosted: [backups]}`, "[FR]"), 0},
	})
	runRuleCases(t, "LOC-11", []ruleCase{
		{"recovery site 200 km away", dcOK, 0},
		{"no recovery site", dcWith("", "[FR]"), 1},
		{"recovery site 10 km away", dcWith(`    - {id: sec, name: Paris 2, operator: host, country: FR, city: Saint-Denis, roles: [secondary], data_hosted: [production], distance_km: 10}`, "[FR]"), 1},
		{"policy accepts 5 km", dcWith(`    - {id: sec, name: Paris 2, operator: host, country: FR, city: Saint-Denis, roles: [secondary], data_hosted: [production], distance_km: 10}`, "[FR]") + "policy: {datacenter_secondary_min_km: 5}\n", 0},
	})
	runRuleCases(t, "LOC-13", []ruleCase{
		{"metropolitan France", dcOK, 0},
		{"New Caledonia", dcWith(`    - {id: nc, name: Nouméa, operator: host, country: NC, city: Nouméa, roles: [backup], data_hosted: [backups]}`, "[FR]"), 1},
		{"Réunion is an outermost region", dcWith(`    - {id: re, name: Saint-Denis, operator: host, country: RE, city: Saint-Denis, roles: [backup], data_hosted: [backups]}`, "[FR]"), 0},
	})
	runRuleCases(t, "LOC-14", []ruleCase{
		{"no exposure", dcOK, 0},
		{"exposure without document", dcPartiesUSParent + dcOK, 1},
		{"exposure with document", dcPartiesUSParent + dcOK + "  residual_risk_doc: RISK-EXT-2026 v1.0\n", 0},
	})
}

// dcPartiesHolding gives the host a non-EU collective holding.
func dcPartiesHolding(pct int) string {
	return edit(dcPartiesUSParent, "parent_name: Big Cloud Inc, parent_country: US,",
		"non_eu_total_pct: "+dcItoa(pct)+",")
}

func dcItoa(n int) string { return pas.FormatNumber(float64(n), pas.EN) }

// fwSNC is a frameworks chapter with a SecNumCloud qualification of the
// host; extra is added to the certificate's mapping.
func fwSNC(extra string) string {
	return `
frameworks:
  certificates:
    - {id: snc, name: SecNumCloud IaaS, scheme: secnumcloud, version: SNC 3.2, holder: host, scope: IaaS, covers_service: true, offer: Host IaaS, offer_type: iaas, certificate_id: "2024-01", expiry_date: 2028-01-01` + extra + `}
  keep_valid: true
`
}

// LOC-06 is an error with a confidentiality need of 3 or more, a warning
// below, wherever the sites are.
func TestLOC06Severity(t *testing.T) {
	for _, tc := range []struct {
		name string
		yaml string
		want pas.Severity
	}{
		{"C3", dcPartiesUSParent + dcOK, pas.Error},
		{"C2", engagement(`confidentiality: "3"`, `confidentiality: "2"`) + dcPartiesUSParent + dcOK, pas.Warning},
		{"C2 with SecNumCloud claimed", engagement(`confidentiality: "3"`, `confidentiality: "2"`) + dcPartiesUSParent + dcOK + fwSNC(""), pas.Error},
	} {
		got := ruleFindings(t, testPlan(t, tc.yaml), "LOC-06")
		if len(got) != 1 || got[0].Severity != tc.want || got[0].Record != "host" {
			t.Errorf("%s: %v, want one %s finding on host", tc.name, got, tc.want)
		}
	}
}

func TestDatacenterWhen(t *testing.T) {
	p := testPlan(t, dcWith(`    - {id: us, name: Virginia, operator: host, country: US, city: Ashburn, roles: [secondary], data_hosted: [backups]}`, "[FR, CA, TN]"))
	par, us := p.Record(dcSites, "par"), p.Record(dcSites, "us")
	if p.Active(siteDistance, par) || !p.Active(siteDistance, us) {
		t.Error("distance_km should be asked for recovery sites only")
	}
	if p.Active(dcSiteAdequacy, par) || !p.Active(dcSiteAdequacy, us) {
		t.Error("adequacy_scope should be asked for partial-adequacy countries only")
	}
	if !p.Active(dcAdminAdequacy, nil) || !p.Active(dcHDSAccess, nil) {
		t.Error("admin adequacy and HDS access questions should be on")
	}
	q := testPlan(t, smallEngagement("2", "[]")+dcWith(`    - {id: us, name: Virginia, operator: host, country: US, city: Ashburn, roles: [secondary], data_hosted: [backups]}`, "[FR, CA, TN]"))
	if q.Active(dcSiteAdequacy, q.Record(dcSites, "us")) || q.Active(dcAdminAdequacy, nil) || q.Active(dcHDSAccess, nil) {
		t.Error("adequacy and HDS access questions should be off without personal data")
	}
}

func TestVagueLocations(t *testing.T) {
	for s, want := range map[string]bool{
		"Europe": true, "UE": true, "EU": true, "Union européenne": true, "Europe de l'Ouest": true, "EEA region": true,
		"Paris": false, "eu-west-3": false, "Paris, Europe": false, "": false, "Europe-Ouest 1": false,
	} {
		if got := dcVagueEU(s); got != want {
			t.Errorf("dcVagueEU(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{"TBD": true, "n/a": true, "?": true, "À définir": true, "Paris": false, "Cloud City": false} {
		if got := dcPlaceholder(s); got != want {
			t.Errorf("dcPlaceholder(%q) = %v, want %v", s, got, want)
		}
	}
}
