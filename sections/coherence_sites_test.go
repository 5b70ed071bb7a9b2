package sections

import (
	"testing"

	"github.com/pas-editor/pas/pas"
)

// cohSites declares a production site holding the keys and a recovery site
// holding production data and backups, both run by the host.
const cohSites = `
datacenter:
  sites:
    - {id: s1, name: Lyon 1, operator: host, country: FR, city: Lyon, roles: [primary], data_hosted: [production, keys]}
    - {id: s2, name: Dijon 1, operator: host, country: FR, city: Dijon, roles: [secondary, backup], data_hosted: [production, backups], distance_km: 190}
  admin_countries: [FR]
`

// cohHDSCert is a valid HDS certificate of the host covering both sites.
const cohHDSCert = `
frameworks:
  certificates:
    - {id: hds, name: HDS host, scheme: hds, version: HDS v2 (2024), holder: host, scope: Hosting, covers_service: true, sites: [s1, s2], hds_activities: ["1", "2", "3", "6"], expiry_date: 2028-01-01}
`

// cohParties adds a subcontractor "ops", a GDPR processor, to the base
// plan's parties.
var cohParties = edit(baseParties, "    - {id: host,", "    - {id: ops, name: Ops, role: subcontractor, seat_country: FR, gdpr_role: processor}\n    - {id: host,")

func TestCoherenceSiteRules(t *testing.T) {
	runRuleCases(t, "COH-16", []ruleCase{
		{"both sites in the certificate", cohSites + cohHDSCert, 0},
		{"recovery site outside the certificate", cohSites + edit(cohHDSCert, "sites: [s1, s2]", "sites: [s1]"), 1},
		{"no HDS certificate", cohSites, 2},
		{"expired certificate", cohSites + edit(cohHDSCert, "expiry_date: 2028-01-01", "expiry_date: 2026-01-01"), 2},
		{"no HDS scope", cohSites + engagement("data: [personal_data, health_data, hds_scope]", "data: [personal_data]"), 0},
	})
	got := ruleFindings(t, testPlan(t, cohSites), "COH-16")
	if len(got) == 0 || got[0].Severity != pas.Error {
		t.Errorf("health establishment: %v, want errors", got)
	}
	got = ruleFindings(t, testPlan(t, cohSites+engagement("buyer_type: health_establishment", "buyer_type: private_company")), "COH-16")
	if len(got) == 0 || got[0].Severity != pas.Warning {
		t.Errorf("private buyer: %v, want warnings", got)
	}
	logsSite := edit(cohSites, "data_hosted: [production, backups], distance_km: 190}", "data_hosted: [production, backups], distance_km: 190}\n    - {id: s3, name: SOC, operator: ops, country: FR, city: Rennes, roles: [soc], data_hosted: [logs]}")
	runRuleCases(t, "COH-16", []ruleCase{
		{"SOC logs holding processing data", logsSite + cohHDSCert + cohParties + "session:\n  logs: {contains_main_processing_pd: true}\n", 1},
		{"SOC logs without processing data", logsSite + cohHDSCert + cohParties + "session:\n  logs: {contains_main_processing_pd: false}\n", 0},
	})
	crypto := "crypto:\n  at_rest: {enabled: true}\n  keys: {management: provider_managed, location: FR}\n"
	runRuleCases(t, "COH-17", []ruleCase{
		{"keys only at the production site", cohSites + crypto, 1},
		{"keys at both sites", edit(cohSites, "[production, backups]", "[production, backups, keys]") + crypto, 0},
		{"keys held by the client", cohSites + edit(crypto, "provider_managed", "customer_held"), 0},
		{"no encryption at rest", cohSites + edit(crypto, "enabled: true", "enabled: false"), 0},
	})
	backup := "continuity:\n  backup: {by_provider: true, encrypted: true, sites: [s2]}\n"
	runRuleCases(t, "COH-18", []ruleCase{
		{"encrypted backups away from the keys", cohSites + crypto + backup, 1},
		{"keys kept with the backups", edit(cohSites, "[production, backups]", "[production, backups, keys]") + crypto + backup, 0},
		{"backups not encrypted", cohSites + crypto + edit(backup, "encrypted: true", "encrypted: false"), 0},
	})
	runRuleCases(t, "COH-19", []ruleCase{
		{"keys in the declared country", cohSites + crypto, 0},
		{"keys declared elsewhere", cohSites + edit(crypto, "location: FR", "location: DE"), 1},
		{"keys held by the client", cohSites + edit(edit(crypto, "location: FR", "location: DE"), "provider_managed", "customer_held"), 0},
	})
	admin := "access:\n  admin: {path: [dedicated_workstation, bastion, segregated_network]}\nhosting:\n  remote_admin: {method: [ipsec_vpn, bastion]}\n"
	runRuleCases(t, "COH-20", []ruleCase{
		{"same paths", admin, 0},
		{"SSH from the internet in hosting only", edit(admin, "method: [ipsec_vpn, bastion]", "method: [direct_internet, bastion]"), 1},
		{"bastion in access only", edit(admin, "method: [ipsec_vpn, bastion]", "method: [ipsec_vpn]"), 1},
		{"no remote administration", edit(admin, "method: [ipsec_vpn, bastion]", "method: []"), 0},
	})
	tools := "tools:\n  items:\n    - {id: t1, product: EDR, category: edr, vendor_country: FR, client_data_access: false, supported: true}\n    - {id: t2, product: PAM, category: pam_bastion, vendor_country: FR, client_data_access: true, supported: true}\n"
	runRuleCases(t, "COH-21", []ruleCase{
		{"bastion listed", admin + tools, 0},
		{"bastion promised, not listed", admin + edit(tools, "category: pam_bastion", "category: firewall"), 1},
		{"HSM and backups promised, not listed", admin + tools + "crypto:\n  keys: {hsm: true}\ncontinuity:\n  backup: {by_provider: true}\n", 2},
		{"no tool listed at all", admin + "tools:\n  items: []\n", 0},
	})
	operated := "datacenter:\n  admin_countries: [FR]\ntools:\n  items:\n    - {id: t1, product: Desk, category: ticketing, vendor_country: FR, operated_from: [FR], client_data_access: true, supported: true}\n"
	runRuleCases(t, "COH-22", []ruleCase{
		{"operated from a declared country", operated, 0},
		{"operated from an undeclared country", edit(operated, "operated_from: [FR]", "operated_from: [FR, BE]"), 1},
		{"no access to client data", edit(edit(operated, "operated_from: [FR]", "operated_from: [BE]"), "client_data_access: true", "client_data_access: false"), 0},
	})
	opsSite := "datacenter:\n  sites:\n    - {id: s1, name: Ops DC, operator: ops, country: FR, city: Lille, roles: [primary], data_hosted: [production]}\n"
	opsSub := "gdpr:\n  subprocessors:\n    - {id: o, name: Ops, party: ops, service: Hosting, data_accessed: All, countries: [FR], authorisation: specific_prior_written, flow_down: true, security_flow_down: true, breach_notice: 12h}\n"
	runRuleCases(t, "COH-23", []ruleCase{
		{"operator listed", cohParties + opsSite + opsSub, 0},
		{"operator not listed", cohParties + opsSite + "gdpr:\n  subprocessors: []\n", 1},
		{"declared sub-processor not listed (SUB-04)", edit(opsSite, "operator: ops", "operator: host") + "gdpr:\n  subprocessors: []\n", 0},
		{"site with keys only", cohParties + edit(opsSite, "[production]", "[keys]") + "gdpr:\n  subprocessors: []\n", 0},
	})
	opsTool := "tools:\n  items:\n    - {id: t1, product: SOC, category: soc_service, vendor_country: FR, operated_by: ops, operated_from: [FR], client_data_access: true, supported: true}\n"
	runRuleCases(t, "COH-24", []ruleCase{
		{"operator listed", cohParties + opsTool + opsSub, 0},
		{"operator not listed", cohParties + opsTool + "gdpr:\n  subprocessors: []\n", 1},
		{"tool blind to client data", cohParties + edit(opsTool, "client_data_access: true", "client_data_access: false") + "gdpr:\n  subprocessors: []\n", 0},
	})
	raci := "raci:\n  parties: [cli, int, host]\n  activities:\n    - {id: a1, label: Define security needs, assign: {cli: RA, int: C}}\n"
	runRuleCases(t, "COH-25", []ruleCase{
		{"host in the matrix", raci + cohSites, 0},
		{"host missing from the matrix", edit(raci, "[cli, int, host]", "[cli, int]") + cohSites, 1},
		{"sub-processor missing from the matrix", cohParties + raci + cohSites + opsSub, 1},
	})
	runRuleCases(t, "COH-26", []ruleCase{
		{"activities declared", cohSites, 0},
		{"host without infrastructure or backup activity", cohSites + edit(baseParties, `hds_activities: ["1", "2", "3", "6"]`, `hds_activities: ["4"]`), 1},
		{"no HDS scope", cohSites + edit(baseParties, `hds_activities: ["1", "2", "3", "6"]`, `hds_activities: ["4"]`) + engagement("data: [personal_data, health_data, hds_scope]", "data: [personal_data]"), 0},
	})
	runRuleCases(t, "COH-27", []ruleCase{
		{"countries match", cohSites + cohSub, 0},
		{"site in another country", edit(cohSites, "country: FR, city: Dijon", "country: DE, city: Frankfurt") + cohSub, 1},
		{"tool run from another country", cohSites + cohSub + "tools:\n  items:\n    - {id: t1, product: Backup, category: backup, vendor_country: FR, operated_by: host, operated_from: [NL], client_data_access: true, supported: true}\n", 1},
	})
}
