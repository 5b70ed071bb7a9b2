package sections

import (
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
)

// fwHDSOK certifies both HDS parties of the base plan for the activities
// they perform.
const fwHDSOK = `
frameworks:
  certificates:
    - {id: hds-int, name: HDS Integrator, scheme: hds, version: HDS v2 (2024), holder: int, scope: Application, covers_service: true, hds_activities: ["4", "5"], accreditation: cofrac, issue_date: 2025-03-01, expiry_date: 2028-03-01, last_surveillance: 2026-03-01}
    - {id: hds-host, name: HDS Host, scheme: hds, version: HDS v2 (2024), holder: host, scope: Infrastructure, covers_service: true, hds_activities: ["1", "2", "3", "6"], accreditation: cofrac, issue_date: 2025-03-01, expiry_date: 2028-03-01, last_surveillance: 2026-03-01}
  keep_valid: true
`

// fwCert returns a frameworks chapter with one certificate (a YAML flow
// mapping body) and keep_valid committed.
func fwCert(body string) string {
	return "\nframeworks:\n  certificates:\n    - {" + body + "}\n  keep_valid: true\n"
}

// fwCerts2 returns a frameworks chapter with two certificates.
func fwCerts2(a, b string) string {
	return "\nframeworks:\n  certificates:\n    - {" + a + "}\n    - {" + b + "}\n  keep_valid: true\n"
}

const (
	fwISOBase  = "id: iso, name: ISO 27001 platform, scheme: iso27001, version: \"27001:2022\", holder: int, scope: Platform, covers_service: true, accreditation: cofrac, issue_date: 2025-03-01, last_surveillance: 2026-03-01"
	fwSOC2Base = "id: soc2, name: SOC 2 report, scheme: soc2, holder: host, scope: Hosting, covers_service: true"
)

// fwEng returns the base engagement with other data flags, buyer and
// scope.
func fwEng(buyer, data, scope string) string {
	return `
engagement:
  service_models: [saas, integration]
  deployment_model: private_dedicated
  third_party_saas: false
  development: true
  buyer_type: ` + buyer + `
  scope: "` + scope + `"
  needs: {availability: "3", integrity: "3", confidentiality: "3", traceability: "3"}
  data: ` + data + "\n"
}

// fwPartiesNoHDS declares no HDS activity.
const fwPartiesNoHDS = `
parties:
  organisations:
    - {id: cli, name: Client, role: client, seat_country: FR, gdpr_role: controller}
    - {id: int, name: Integrator, role: provider, seat_country: FR, gdpr_role: processor}
    - {id: host, name: Host, role: hosting, seat_country: FR, gdpr_role: sub_processor}
`

func TestFrameworksContextRules(t *testing.T) {
	runRuleCases(t, "CTX-03", []ruleCase{
		{"both parties certified", fwHDSOK, 0},
		{"integrator runs the application without its own HDS certificate", fwCert(fwHDSHost("")), 1},
		{"no certificates at all", "", 2},
		{"integrator's certificate expired", edit(fwHDSOK, "holder: int, scope: Application, covers_service: true, hds_activities: [\"4\", \"5\"], accreditation: cofrac, issue_date: 2025-03-01, expiry_date: 2028-03-01",
			"holder: int, scope: Application, covers_service: true, hds_activities: [\"4\", \"5\"], accreditation: cofrac, issue_date: 2022-03-01, expiry_date: 2025-03-01"), 1},
		{"nobody declares HDS activities and no certificate", fwPartiesNoHDS, 1},
		{"not HDS scope", fwEng("private_company", "[personal_data]", "Service"), 0},
	})
	runRuleCases(t, "CTX-04", []ruleCase{
		{"not a State buyer", "", 0},
		{"sensitive State data without SecNumCloud", fwEng("state", "[personal_data, sensitive_state]", "Service"), 1},
		{"sensitive State data with SecNumCloud", fwEng("state", "[personal_data, sensitive_state]", "Service") + fwSNC(""), 0},
		{"sensitive State data with a declared equivalent", fwEng("state", "[personal_data, sensitive_state]", "Service") +
			"\nframeworks:\n  secnumcloud_equivalent: Dedicated State cloud homologated by the ministry\n", 0},
	})
	runRuleCases(t, "CTX-05", []ruleCase{
		{"no card data", "", 0},
		{"card data without PCI DSS", fwEng("private_company", "[personal_data, payment_card]", "Service"), 1},
		{"card data with PCI DSS", fwEng("private_company", "[personal_data, payment_card]", "Service") +
			fwCert("id: pci, name: PCI AOC, scheme: pci_dss, holder: int, scope: Payment, covers_service: true, issue_date: 2026-06-01, expiry_date: 2027-06-01"), 0},
	})
}

// fwHDSHost is the host's HDS certificate body, with extra fields.
func fwHDSHost(extra string) string {
	return `id: hds-host, name: HDS Host, scheme: hds, version: HDS v2 (2024), holder: host, scope: Infrastructure, covers_service: true, hds_activities: ["1", "2", "3", "6"], accreditation: cofrac, issue_date: 2025-03-01, expiry_date: 2028-03-01, last_surveillance: 2026-03-01` + extra
}

// fwSNCSaaS is a SecNumCloud qualification of a SaaS offer.
var fwSNCSaaS = edit(fwSNC(""), "offer_type: iaas", "offer_type: saas")

func TestCertificateRules(t *testing.T) {
	runRuleCases(t, "CERT-01", []ruleCase{
		{"valid", fwCert(fwISOBase + ", expiry_date: 2028-03-01"), 0},
		{"expired ISO 27001", fwCert(fwISOBase + ", expiry_date: 2026-10-01"), 1},
		{"expires before the PAS takes effect", fwCert(fwISOBase+", expiry_date: 2027-03-01") + "\ncover: {effective_date: 2027-06-01}\n", 1},
		{"SOC 2 has no expiry date", fwCert(fwSOC2Base + ", report_type: type_2, period_end: 2026-06-30"), 0},
	})
	runRuleCases(t, "CERT-02", []ruleCase{
		{"expires in 2028", fwCert(fwISOBase + ", expiry_date: 2028-03-01"), 0},
		{"expires in 48 days", fwCert(fwISOBase + ", expiry_date: 2027-01-10"), 1},
		{"policy notice of 30 days", fwCert(fwISOBase+", expiry_date: 2027-01-10") + "policy: {frameworks_expiry_notice: 30d}\n", 0},
		{"already expired is CERT-01's", fwCert(fwISOBase + ", expiry_date: 2026-10-01"), 0},
	})
	runRuleCases(t, "CERT-03", []ruleCase{
		{"2022 edition", fwCert(fwISOBase + ", expiry_date: 2028-03-01"), 0},
		{"2013 edition", fwCert(edit(fwISOBase, "27001:2022", "ISO/IEC 27001:2013") + ", expiry_date: 2027-03-01"), 1},
	})
	runRuleCases(t, "CERT-04", []ruleCase{
		{"recent surveillance", fwCert(fwISOBase + ", expiry_date: 2028-03-01"), 0},
		{"surveillance 17 months ago", fwCert(edit(fwISOBase, "last_surveillance: 2026-03-01", "last_surveillance: 2025-06-01") + ", expiry_date: 2028-03-01"), 1},
		{"policy allows 18 months", fwCert(edit(fwISOBase, "last_surveillance: 2026-03-01", "last_surveillance: 2025-06-01")+", expiry_date: 2028-03-01") +
			"policy: {frameworks_surveillance_max_age: 18mo}\n", 0},
		{"no surveillance since issue", fwCert(edit(fwISOBase, "issue_date: 2025-03-01, last_surveillance: 2026-03-01", "issue_date: 2025-03-01") + ", expiry_date: 2028-03-01"), 1},
		{"recertified after the last surveillance", fwCert(edit(fwISOBase, "issue_date: 2025-03-01, last_surveillance: 2026-03-01", "issue_date: 2026-02-01, last_surveillance: 2025-01-01") + ", expiry_date: 2029-02-01"), 0},
	})
	runRuleCases(t, "CERT-05", []ruleCase{
		{"covers the service", fwCert(fwISOBase + ", expiry_date: 2028-03-01"), 0},
		{"does not cover the service", fwCert(edit(fwISOBase, "covers_service: true", "covers_service: false") + ", expiry_date: 2028-03-01"), 1},
		{"misses a site of its holder", dcOK + fwCert(fwHDSHost(", sites: [par]")), 1},
		{"covers every site of its holder", dcOK + fwCert(fwHDSHost(", sites: [par, lil]")), 0},
	})
	sevOf := func(yaml, id string) []pas.Severity {
		var out []pas.Severity
		for _, f := range ruleFindings(t, testPlan(t, yaml), id) {
			out = append(out, f.Severity)
		}
		return out
	}
	// Severity calibration for a health buyer: an HDS certificate that
	// leaves a site out is an error, a warning for another buyer.
	if got := sevOf(dcOK+fwCert(fwHDSHost(", sites: [par]")), "CERT-05"); len(got) != 1 || got[0] != pas.Error {
		t.Errorf("HDS certificate missing a site, health establishment: %v, want one error", got)
	}
	if got := sevOf(dcOK+fwCert(fwHDSHost(", sites: [par]"))+engagement("buyer_type: health_establishment", "buyer_type: private_company"), "CERT-05"); len(got) != 1 || got[0] != pas.Warning {
		t.Errorf("HDS certificate missing a site, private buyer: %v, want one warning", got)
	}
	runRuleCases(t, "CERT-06", []ruleCase{
		{"type 2", fwCert(fwSOC2Base + ", report_type: type_2, period_end: 2026-06-30"), 0},
		{"type 1 only", fwCert(fwSOC2Base + ", report_type: type_1, period_end: 2026-09-30"), 1},
		{"type 1 beside a type 2", fwCerts2(fwSOC2Base+", report_type: type_1, period_end: 2026-09-30",
			edit(fwSOC2Base, "id: soc2", "id: soc2b")+", report_type: type_2, period_end: 2026-06-30"), 0},
	})
	runRuleCases(t, "CERT-07", []ruleCase{
		{"recent period", fwCert(fwSOC2Base + ", report_type: type_2, period_end: 2026-06-30"), 0},
		{"period ended 17 months ago", fwCert(fwSOC2Base + ", report_type: type_2, period_end: 2025-06-30"), 1},
		{"bridge letter in force", fwCert(fwSOC2Base + ", report_type: type_2, period_end: 2025-06-30, bridge_letter_until: 2026-12-31"), 0},
		{"bridge letter lapsed", fwCert(fwSOC2Base + ", report_type: type_2, period_end: 2025-06-30, bridge_letter_until: 2026-09-30"), 1},
	})
	runRuleCases(t, "CERT-08", []ruleCase{
		{"activities covered", fwHDSOK, 0},
		{"backup activity not certified", edit(fwHDSOK, `hds_activities: ["1", "2", "3", "6"]`, `hds_activities: ["1", "2", "3"]`), 1},
		{"referential v1 after May 2026", edit(fwHDSOK, "version: HDS v2 (2024), holder: host", "version: HDS v1.1 (2018), holder: host"), 1},
		{"no certificate at all is CTX-03's", "", 0},
	})
	runRuleCases(t, "CERT-09", []ruleCase{
		{"SOC 2", fwCert(fwSOC2Base + ", report_type: type_2, period_end: 2026-06-30"), 0},
		{"SOC 1 alone", fwCert("id: soc1, name: SOC 1 report, scheme: soc1, holder: host, scope: Hosting, covers_service: true, report_type: type_2, period_end: 2026-06-30"), 1},
		{"SOC 1 beside SOC 2", fwCerts2("id: soc1, name: SOC 1 report, scheme: soc1, holder: host, scope: Hosting, covers_service: true, report_type: type_2, period_end: 2026-06-30",
			fwSOC2Base+", report_type: type_2, period_end: 2026-06-30"), 0},
	})
	pci := "id: pci, name: PCI AOC, scheme: pci_dss, holder: int, scope: Payment, covers_service: true, expiry_date: 2027-06-01"
	card := fwEng("private_company", "[personal_data, payment_card]", "Service")
	runRuleCases(t, "CERT-10", []ruleCase{
		{"recent AOC", card + fwCert(pci+", issue_date: 2026-06-01"), 0},
		{"AOC older than a year", card + fwCert(pci+", issue_date: 2025-06-01"), 1},
		{"AOC date missing", card + fwCert(pci), 1},
		{"no card data", fwCert(pci + ", issue_date: 2025-06-01"), 0},
	})
	runRuleCases(t, "CERT-11", []ruleCase{
		{"SaaS offer with number", fwSNCSaaS, 0},
		{"no qualification number", edit(fwSNCSaaS, `certificate_id: "2024-01", `, ""), 1},
		{"IaaS qualification claimed for a SaaS service", fwSNC(""), 1},
		{"IaaS qualification not claimed for the service", edit(fwSNC(""), "covers_service: true", "covers_service: false"), 0},
	})
	runRuleCases(t, "CERT-12", []ruleCase{
		{"COFRAC", fwCert(fwISOBase + ", expiry_date: 2028-03-01"), 0},
		{"no accreditation", fwCert(edit(fwISOBase, "accreditation: cofrac", "accreditation: none") + ", expiry_date: 2028-03-01"), 1},
	})
	runRuleCases(t, "CERT-13", []ruleCase{
		{"no EUCS", fwEng("health_establishment", "[personal_data, health_data, hds_scope]", "Patient record"), 0},
		{"EUCS claimed in the scope", fwEng("health_establishment", "[personal_data, health_data, hds_scope]", "Patient record on a platform certified EUCS high"), 1},
	})
	fw27701 := "id: pims, name: PIMS, scheme: iso27701, holder: int, scope: Platform, covers_service: true, accreditation: cofrac, expiry_date: 2028-03-01, version: "
	runRuleCases(t, "CERT-14", []ruleCase{
		{"2019 edition beside 27001", fwCerts2(fw27701+`"27701:2019"`, fwISOBase+", expiry_date: 2028-03-01"), 0},
		{"2019 edition alone", fwCert(fw27701 + `"27701:2019"`), 1},
		{"2025 edition alone", fwCert(fw27701 + `"27701:2025"`), 0},
	})
	runRuleCases(t, "CERT-15", []ruleCase{
		{"committed", fwHDSOK, 0},
		{"refused", edit(fwHDSOK, "keep_valid: true", "keep_valid: false"), 1},
		{"not answered", edit(fwHDSOK, "keep_valid: true", "followed: []"), 1},
		{"no certificates", "\nframeworks:\n  followed: [iso27002]\n", 0},
	})
	// A qualification claimed only in prose is treated as strictly as a
	// listed one: HDS in HDS scope and SecNumCloud are errors.
	if got := sevOf(fwEng("health_establishment", "[personal_data, health_data, hds_scope]", "Patient record hosted by an HDS-certified host"), "CERT-16"); len(got) != 1 || got[0] != pas.Error {
		t.Errorf("HDS claimed in prose only: %v, want one error", got)
	}
	if got := sevOf(fwEng("health_establishment", "[personal_data, health_data, hds_scope]", "Platform certified ISO/IEC 27001")+fwHDSOK, "CERT-16"); len(got) != 1 || got[0] != pas.Warning {
		t.Errorf("ISO 27001 claimed in prose only: %v, want one warning", got)
	}
	runRuleCases(t, "CERT-16", []ruleCase{
		{"nothing claimed", fwEng("health_establishment", "[personal_data, health_data, hds_scope]", "Patient record, SOC 24/7, aligned with ISO 27002"), 0},
		{"HDS claimed and listed", fwEng("health_establishment", "[personal_data, health_data, hds_scope]", "Patient record hosted by an HDS-certified host") + fwHDSOK, 0},
		{"ISO 27001 claimed, not listed", fwEng("health_establishment", "[personal_data, health_data, hds_scope]", "Platform certified ISO/IEC 27001 and HDS") + fwHDSOK, 1},
		{"several schemes claimed", fwEng("health_establishment", "[personal_data, health_data, hds_scope]", "Platform certifiée iso27001, qualifiée SecNumCloud, conforme PCI-DSS") + fwHDSOK, 3},
		{"code of practice followed", fwEng("health_establishment", "[personal_data, health_data, hds_scope]", "Cloud controls per ISO/IEC 27017") + fwHDSOK +
			"  followed: [iso27017]\n", 0},
		{"a denial is not a claim", fwEng("health_establishment", "[personal_data, health_data, hds_scope]", "L'offre n'est pas qualifiée SecNumCloud et le titulaire ne détient aucun rapport SOC 2. Hosting without PCI DSS scope.") + fwHDSOK, 0},
		{"claim in a site name", dcWith(`    - {id: x, name: HDS vault, operator: host, country: FR, city: Lyon, roles: [backup], data_hosted: [backups]}`, "[FR]"), 1},
	})
}

// A SOC 2 type 1 report, recent and covering the service, draws CERT-06's
// warning and no other finding about the certificate.
func TestSOC2Type1OnlyCERT06(t *testing.T) {
	p := testPlan(t, fwCert(fwSOC2Base+", report_type: type_1, period_end: 2026-09-30, issue_date: 2026-10-15, accreditation: other"))
	var got []string
	for _, f := range pas.RunChecks(p, asOf) {
		if f.Record == "soc2" {
			got = append(got, f.Rule+"/"+f.Severity.String())
		}
	}
	if strings.Join(got, ",") != "CERT-06/warning" {
		t.Errorf("findings on a SOC 2 type 1: %v, want CERT-06/warning only", got)
	}
}

// An expired ISO 27001 certificate is an error.
func TestExpiredISOIsError(t *testing.T) {
	got := ruleFindings(t, testPlan(t, fwCert(fwISOBase+", expiry_date: 2026-11-22")), "CERT-01")
	if len(got) != 1 || got[0].Severity != pas.Error || got[0].Record != "iso" {
		t.Fatalf("expired ISO 27001: %v, want one error", got)
	}
	if !strings.Contains(got[0].Message.FR, "22\u00a0novembre\u00a02026") || !strings.Contains(got[0].Message.EN, "22 November 2026") {
		t.Errorf("message should name the expiry date: %+v", got[0].Message)
	}
	if got := ruleFindings(t, testPlan(t, fwCert(fwISOBase+", expiry_date: 2026-11-23")), "CERT-01"); len(got) != 0 {
		t.Errorf("a certificate expiring today is still valid today: %v", got)
	}
}

func TestFrameworksWhen(t *testing.T) {
	p := testPlan(t, "")
	if p.Active(fwKeepValid, nil) {
		t.Error("keep_valid should be off without certificates")
	}
	if p.Active(fwSNCEquivalent, nil) {
		t.Error("secnumcloud_equivalent should be off outside sensitive State data")
	}
	q := testPlan(t, fwEng("state", "[sensitive_state]", "x")+fwSNC(""))
	if !q.Active(fwKeepValid, nil) || !q.Active(fwSNCEquivalent, nil) {
		t.Error("keep_valid and secnumcloud_equivalent should be on")
	}
	if !q.Active(fwCertOfferType, q.Record(fwCerts, "snc")) {
		t.Error("offer_type should be on for SecNumCloud")
	}
}

func TestClaimPatterns(t *testing.T) {
	for text, want := range map[string]string{
		"certifié ISO 27001":                "ISO/IEC 27001",
		"ISO/IEC 27001:2022":                "ISO/IEC 27001",
		"ISO/CEI 27001":                     "ISO/IEC 27001",
		"iso27001":                          "ISO/IEC 27001",
		"selon la norme 27001:2022":         "ISO/IEC 27001",
		"code postal 27001 Évreux":          "",
		"ISO 270012":                        "",
		"ISO 27002":                         "",
		"hébergeur HDS":                     "HDS",
		"HDSL line":                         "",
		"schds":                             "",
		"qualifié SecNumCloud":              "SecNumCloud",
		"Sec Num Cloud":                     "SecNumCloud",
		"rapport SOC 2 Type II":             "SOC 2",
		"SOC2":                              "SOC 2",
		"SOC II":                            "SOC 2",
		"SOC 24/7":                          "",
		"SOC 24h/24":                        "",
		"conforme PCI DSS 4.0.1":            "PCI DSS",
		"PCI-DSS":                           "PCI DSS",
		"carte PCI Express":                 "",
		"ISO 27701":                         "ISO/IEC 27701",
		"attestation C5":                    "BSI C5",
		"BSI C5":                            "BSI C5",
		"C5:2020":                           "BSI C5",
		"salle C5 du bâtiment B":            "",
		"Citroën C5":                        "",
		"ISO/IEC 20000-1":                   "ISO/IEC 20000-1",
		"CSA STAR niveau 2":                 "CSA STAR",
		"starter kit":                       "",
		"SOC de niveau 2":                   "",
		"ISO 22301":                         "ISO 22301",
		"ISO 27017 et ISO 27018 appliquées": "ISO/IEC 27017,ISO/IEC 27018",
		"ISO 27001, HDS et SecNumCloud 3.2": "ISO/IEC 27001,SecNumCloud,HDS",
	} {
		var got []string
		for _, cl := range fwClaims {
			if cl.re.MatchString(text) {
				got = append(got, cl.label.EN)
			}
		}
		if strings.Join(got, ",") != want {
			t.Errorf("%q: matched %v, want %q", text, got, want)
		}
	}
}

func TestHDSVersion(t *testing.T) {
	for v, want := range map[string]bool{
		"HDS v1": true, "1.1": true, "HDS 2018": true, "v1.0 (arrêté de 2018)": true,
		"HDS v2 (2024)": false, "v2": false, "2.0": false, "31 exigences": false, "": false,
	} {
		if got := fwHDSv1(v); got != want {
			t.Errorf("fwHDSv1(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestHDSActivityDeclared(t *testing.T) {
	orgs := func(intActivities string) string {
		return `
parties:
  organisations:
    - {id: cli, name: Client, role: client, seat_country: FR, gdpr_role: controller}
    - {id: int, name: Integrator, role: provider, seat_country: FR, gdpr_role: processor` + intActivities + `}
    - {id: host, name: Host, role: hosting, seat_country: FR, gdpr_role: sub_processor, hds_activities: ["1", "2", "3", "6"]}
`
	}
	runRuleCases(t, "CTX-08", []ruleCase{
		{"activity 5 declared", orgs(`, hds_activities: ["4", "5"]`), 0},
		{"no activity declared", orgs(""), 1},
		{"empty list", orgs(`, hds_activities: []`), 1},
	})
}
