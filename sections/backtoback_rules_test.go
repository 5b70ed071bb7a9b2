package sections

import (
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
)

// b2bLib is a facts library whose host and SOC give at least what b2bPlan
// promises.
const b2bLib = `facts_version: 1
parties:
  organisations:
    - {id: host, name: Host, role: hosting, seat_country: FR, gdpr_role: sub_processor, hds_activities: ["1", "2", "3", "6"]}
    - {id: soc, name: Watch, role: subcontractor, seat_country: FR, gdpr_role: sub_processor}
commitments:
  - id: c-host
    party: host
    contract: Hosting agreement
    contract_version: "4.1"
    contract_date: 2025-09-01
    contract_end: 2032-12-31
    termination_notice: 12mo
    breach_notice: 12h
    breach_notice_from: awareness
    incident_notice: 30min
    audit_rights: [documentary, on_site, physical, penetration_test, configuration_review]
    subprocessor_notice: 3mo
    subprocessor_objection: true
    law_change_notice: 6mo
    deletion_delay: 15d
    deletion_includes_backups: true
    availability: 99.95
    availability_window: monthly
    availability_hours: 24x7
    availability_exclusions: [planned_maintenance]
    credit_cap: 30
    rpo: 1h
    rto: 2h
    support_hours: 24x7
    data_location: listed
    data_countries: [FR]
    certifications: [hds, iso27001]
`

// b2bPlan takes the host from the library and depends on it for hosting,
// backups, breaches, audits, sub-processing, deletion and exit.
const b2bPlan = `
parties:
  organisations:
    - {id: cli, name: Client, role: client, seat_country: FR, gdpr_role: controller}
    - {id: int, name: Integrator, role: provider, seat_country: FR, gdpr_role: processor, hds_activities: ["4", "5"]}
    - use: host
datacenter:
  sites:
    - {id: s1, name: Paris 1, operator: host, country: FR, city: Paris, roles: [primary], data_hosted: [production], tier: tier_3}
    - {id: s2, name: Lyon 1, operator: host, country: FR, city: Lyon, roles: [secondary, backup], data_hosted: [backups], tier: tier_3, distance_km: 400}
  admin_countries: [FR]
raci:
  parties: [cli, int, host]
  activities:
    - {id: a1, label: Backups, standard: backup_execution, assign: {cli: I, int: A, host: R}}
frameworks:
  certificates:
    - {id: hds-host, name: HDS Host, scheme: hds, holder: host, scope: Hosting, covers_service: true, expiry_date: 2028-01-01, hds_activities: ["1", "2", "3", "4", "5", "6"]}
  keep_valid: true
continuity:
  monitoring: {hours: 24x7}
  bcp: {rpo: 4h, rto: 4h}
  sla: {availability: 99.9, window: monthly, hours: 24x7, excluded: [planned_maintenance, force_majeure], credit_cap: 20}
incident:
  levels:
    - {id: p1, level: p1, client_notification: 1h}
  breach:
    to_controller: 24h
audit:
  client_right: true
  types: [documentary, on_site, penetration_test]
gdpr:
  subprocessors:
    - {id: sp-host, name: Host, party: host, countries: [FR], authorisation: general_written}
  subprocessor_change_notice: 1mo
  subprocessor_objection_right: true
change:
  client_notice: {non_eu_law: true, non_eu_law_delay: 3mo}
exit:
  contract_end: 2030-12-31
  transition_period: 6mo
  deletion: {delay: 30d, includes_backups: true}
`

// factsTestPlan decodes the base plan with the given sections, names a
// library and resolves it.
func factsTestPlan(t *testing.T, plan, lib string) *pas.Plan {
	t.Helper()
	p := testPlan(t, "facts: company.yaml\n"+plan)
	p.Facts = &pas.Facts{Path: "company.yaml", Pos: pas.Pos{Line: 3, Col: 8}}
	l, err := pas.DecodeLibrary("company.yaml", []pas.LibraryFile{{Name: "company.yaml", Data: []byte(lib)}}, Catalogue())
	if err != nil {
		t.Fatalf("library does not load:\n%v", err)
	}
	if err := p.ResolveLibrary(l, "test.yaml"); err != nil {
		t.Fatalf("plan does not resolve:\n%v", err)
	}
	return p
}

// b2bCase is a table test of a back-to-back rule: edits of the plan and
// of the library (old, new, old, new…), and how many findings.
type b2bCase struct {
	name  string
	plan  []string
	lib   []string
	count int
}

func runB2BCases(t *testing.T, id string, cases []b2bCase) {
	t.Helper()
	tested[id] = true
	var failing, passing bool
	for _, tc := range cases {
		t.Run(id+"/"+tc.name, func(t *testing.T) {
			p := factsTestPlan(t, edit(b2bPlan, tc.plan...), edit(b2bLib, tc.lib...))
			got := ruleFindings(t, p, id)
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

// TestB2BCleanPlan: the fixtures are consistent, no back-to-back finding.
func TestB2BCleanPlan(t *testing.T) {
	for _, f := range pas.RunChecks(factsTestPlan(t, b2bPlan, b2bLib), asOf) {
		if strings.HasPrefix(f.Rule, "B2B-") || strings.HasPrefix(f.Rule, "FACTS-") {
			t.Errorf("unexpected %s at %s: %s", f.Rule, f.Path, f.Message.EN)
		}
	}
	// Without a library, nothing is compared.
	for _, f := range pas.RunChecks(testPlan(t, strings.Replace(b2bPlan, "    - use: host\n", "    - {id: host, name: Host, role: hosting, seat_country: FR, gdpr_role: sub_processor}\n", 1)), asOf) {
		if strings.HasPrefix(f.Rule, "B2B-") {
			t.Errorf("back-to-back finding without a library: %s %s", f.Rule, f.Message.EN)
		}
	}
}

func TestB2BAvailability(t *testing.T) {
	runB2BCases(t, "B2B-01", []b2bCase{
		{name: "host gives more", count: 0},
		{name: "host gives less", lib: []string{"availability: 99.95", "availability: 99.8"}, count: 1},
		{name: "equal", lib: []string{"availability: 99.95", "availability: 99.9"}, count: 0},
		{name: "yearly figure over our monthly window", lib: []string{"availability_window: monthly", "availability_window: yearly"}, count: 1},
		{name: "monthly figure over our yearly window", plan: []string{"window: monthly", "window: yearly"}, count: 0},
		{name: "weakest of two contracts", lib: []string{"commitments:\n", "commitments:\n  - {id: c-old, party: host, contract: Old terms, contract_date: 2020-01-01, availability: 99.5}\n"}, count: 1},
	})
	// The finding gives both figures, the margin and the source.
	p := factsTestPlan(t, b2bPlan, edit(b2bLib, "availability: 99.95", "availability: 99.8"))
	f := ruleFindings(t, p, "B2B-01")[0]
	want := "Host (operates the site \"Paris 1\") guarantees 99.8% per month, 24/7 (Hosting agreement, version 4.1, dated 1 September 2025): your 99.9% per month, 24/7 goes beyond it by 0.1 point"
	if f.Message.EN != want || f.Path != "continuity.sla.availability" {
		t.Errorf("finding %s: %s\nwant %s", f.Path, f.Message.EN, want)
	}
	if !strings.Contains(f.Message.FR, "99,8\u202f% par mois") {
		t.Errorf("French: %s", f.Message.FR)
	}
}

func TestB2BComposite(t *testing.T) {
	soc := []string{"commitments:\n", "commitments:\n  - {id: c-soc, party: soc, contract: SOC terms, contract_date: 2025-01-01, availability: 99.92}\n"}
	withSOC := []string{"    - use: host\n", "    - use: host\n    - use: soc\n", "    - {id: s2,", "    - {id: s3, name: SOC, operator: soc, country: FR, city: Rennes, roles: [primary], data_hosted: [logs]}\n    - {id: s2,"}
	runB2BCases(t, "B2B-02", []b2bCase{
		{name: "one partner", count: 0},
		{name: "two in series below the promise", plan: withSOC, lib: soc, count: 1},
		{name: "two in series above the promise", plan: append(withSOC, "availability: 99.9,", "availability: 99.8,"), lib: soc, count: 0},
	})
}

func TestB2BMeasurement(t *testing.T) {
	runB2BCases(t, "B2B-03", []b2bCase{
		{name: "same measurement", count: 0},
		{name: "business hours", lib: []string{"availability_hours: 24x7", "availability_hours: business"}, count: 1},
		{name: "more exclusions", lib: []string{"[planned_maintenance]", "[planned_maintenance, emergency_maintenance]"}, count: 1},
		{name: "exclusions not listed", plan: []string{", excluded: [planned_maintenance, force_majeure]", ""}, count: 1},
	})
}

func TestB2BCredits(t *testing.T) {
	runB2BCases(t, "B2B-04", []b2bCase{
		{name: "below the partner's cap", count: 0},
		{name: "above the partner's cap", plan: []string{"credit_cap: 20", "credit_cap: 50"}, count: 1},
	})
}

func TestB2BRecovery(t *testing.T) {
	runB2BCases(t, "B2B-05", []b2bCase{
		{name: "room on both", count: 0},
		{name: "RPO shorter than the host's", plan: []string{"rpo: 4h", "rpo: 30min"}, count: 1},
		{name: "RTO shorter than the host's", lib: []string{"rto: 2h", "rto: 8h"}, count: 1},
		{name: "both", plan: []string{"{rpo: 4h, rto: 4h}", "{rpo: 15min, rto: 1h}"}, count: 2},
	})
}

func TestB2BBreach(t *testing.T) {
	runB2BCases(t, "B2B-06", []b2bCase{
		{name: "room left", count: 0},
		{name: "same delay", lib: []string{"breach_notice: 12h", "breach_notice: 24h"}, count: 1},
		{name: "longer delay", lib: []string{"breach_notice: 12h", "breach_notice: 72h"}, count: 1},
		{name: "runs from confirmation", lib: []string{"breach_notice_from: awareness", "breach_notice_from: confirmation"}, count: 1},
		{name: "no personal data", plan: []string{"parties:", "engagement:\n  data: []\nparties:"}, count: 0},
	})
}

func TestB2BIncident(t *testing.T) {
	runB2BCases(t, "B2B-07", []b2bCase{
		{name: "room left", count: 0},
		{name: "host alerts too late", lib: []string{"incident_notice: 30min", "incident_notice: 2h"}, count: 1},
	})
}

func TestB2BAudit(t *testing.T) {
	runB2BCases(t, "B2B-08", []b2bCase{
		{name: "allowed", count: 0},
		{name: "documents only", lib: []string{"[documentary, on_site, physical, penetration_test, configuration_review]", "[documentary]"}, count: 1},
		{name: "no on-site audit but a certificate instead", lib: []string{"[documentary, on_site, physical, penetration_test, configuration_review]", "[documentary, penetration_test]"},
			plan: []string{"  types: [documentary, on_site, penetration_test]\n", "  types: [documentary, on_site, penetration_test]\n  substitute_reports: [hds-host]\n"}, count: 0},
		{name: "no test even with a certificate", lib: []string{"[documentary, on_site, physical, penetration_test, configuration_review]", "[documentary]"},
			plan: []string{"  types: [documentary, on_site, penetration_test]\n", "  types: [documentary, on_site, penetration_test]\n  substitute_reports: [hds-host]\n"}, count: 1},
	})
}

func TestB2BSubprocessors(t *testing.T) {
	runB2BCases(t, "B2B-09", []b2bCase{
		{name: "flowed down", count: 0},
		{name: "shorter notice", lib: []string{"subprocessor_notice: 3mo", "subprocessor_notice: 15d"}, count: 1},
		{name: "no objection", lib: []string{"subprocessor_objection: true", "subprocessor_objection: false"}, count: 1},
	})
}

func TestB2BLaw(t *testing.T) {
	runB2BCases(t, "B2B-10", []b2bCase{
		{name: "flowed down", count: 0},
		{name: "shorter notice", lib: []string{"law_change_notice: 6mo", "law_change_notice: 1mo"}, count: 1},
		{name: "no promise", plan: []string{"non_eu_law: true", "non_eu_law: false"}, lib: []string{"law_change_notice: 6mo", "law_change_notice: 1mo"}, count: 0},
	})
}

func TestB2BDeletion(t *testing.T) {
	runB2BCases(t, "B2B-11", []b2bCase{
		{name: "host deletes sooner", count: 0},
		{name: "host deletes later", lib: []string{"deletion_delay: 15d", "deletion_delay: 90d"}, count: 1},
		{name: "host keeps its backups", lib: []string{"deletion_includes_backups: true", "deletion_includes_backups: false"}, count: 1},
	})
}

func TestB2BExit(t *testing.T) {
	runB2BCases(t, "B2B-12", []b2bCase{
		{name: "covered", count: 0},
		{name: "host's contract ends first", lib: []string{"contract_end: 2032-12-31", "contract_end: 2029-06-30"}, count: 1},
		{name: "host's contract ends during the transition", lib: []string{"contract_end: 2032-12-31", "contract_end: 2031-03-31"}, count: 1},
		{name: "short termination notice", lib: []string{"termination_notice: 12mo", "termination_notice: 3mo"}, count: 1},
	})
	p := factsTestPlan(t, b2bPlan, edit(b2bLib, "contract_end: 2032-12-31", "contract_end: 2031-03-31"))
	if got := ruleFindings(t, p, "B2B-12"); got[0].Severity != pas.Warning {
		t.Errorf("a contract that covers ours but not the transition is a warning: %v", got)
	}
}

func TestB2BSupport(t *testing.T) {
	runB2BCases(t, "B2B-13", []b2bCase{
		{name: "24/7 both", count: 0},
		{name: "host in business hours", lib: []string{"support_hours: 24x7", "support_hours: business_hours"}, count: 1},
		{name: "we promise business hours", plan: []string{"hours: 24x7}", "hours: business_hours}"}, lib: []string{"support_hours: 24x7", "support_hours: business_hours"}, count: 0},
	})
}

func TestB2BLocations(t *testing.T) {
	runB2BCases(t, "B2B-14", []b2bCase{
		{name: "France on both sides", count: 0},
		{name: "host commits to the EU only", lib: []string{"data_location: listed\n    data_countries: [FR]\n", "data_location: eu\n"}, count: 1},
		{name: "host may use Germany", lib: []string{"data_countries: [FR]", "data_countries: [FR, DE]"}, count: 1},
		{name: "no commitment", lib: []string{"data_location: listed\n    data_countries: [FR]\n", "data_location: none\n"}, count: 1},
	})
}

func TestB2BCertifications(t *testing.T) {
	runB2BCases(t, "B2B-15", []b2bCase{
		{name: "kept", count: 0},
		{name: "not kept", lib: []string{"certifications: [hds, iso27001]", "certifications: [iso27001]"}, count: 1},
		{name: "no promise to keep them", plan: []string{"keep_valid: true", "keep_valid: false"}, lib: []string{"certifications: [hds, iso27001]", "certifications: [iso27001]"}, count: 0},
	})
}

func TestB2BUnbacked(t *testing.T) {
	runB2BCases(t, "B2B-16", []b2bCase{
		{name: "everything stated", count: 0},
		{name: "no RPO stated", lib: []string{"    rpo: 1h\n", ""}, count: 1},
		{name: "partner with no commitment", plan: []string{"    - use: host\n", "    - use: host\n    - use: soc\n", "    - {id: s2,", "    - {id: s3, name: SOC, operator: soc, country: FR, city: Rennes, roles: [soc], data_hosted: [logs]}\n    - {id: s2,"}, count: 1},
		{name: "host written in the plan", plan: []string{"    - use: host\n", "    - {id: host, name: Host, role: hosting, seat_country: FR, gdpr_role: sub_processor}\n"}, count: 1},
	})
	// One finding per partner without a commitment, naming what depends on it.
	p := factsTestPlan(t, edit(b2bPlan, "    - use: host\n", "    - {id: host, name: Host, role: hosting, seat_country: FR, gdpr_role: sub_processor}\n"), b2bLib)
	f := ruleFindings(t, p, "B2B-16")[0]
	if f.Path != "parties.organisations[host]" || !strings.Contains(f.Message.EN, "Guaranteed availability") || !strings.Contains(f.Message.EN, "Recovery point objective (RPO)") {
		t.Errorf("unknown partner: %s %s", f.Path, f.Message.EN)
	}
}

func TestFactsRules(t *testing.T) {
	issuedPlan := "cover:\n  status: submitted\n" + b2bPlan
	tested["FACTS-01"] = true
	if got := ruleFindings(t, factsTestPlan(t, issuedPlan, b2bLib), "FACTS-01"); len(got) != 1 || got[0].Path != "facts" {
		t.Errorf("FACTS-01 on an issued plan not pinned: %v", got)
	}
	p := factsTestPlan(t, issuedPlan, b2bLib)
	if err := p.Freeze("test.yaml"); err != nil {
		t.Fatal(err)
	}
	if got := ruleFindings(t, p, "FACTS-01"); len(got) != 0 {
		t.Errorf("FACTS-01 on a frozen plan: %v", got)
	}
	if got := ruleFindings(t, factsTestPlan(t, b2bPlan, b2bLib), "FACTS-01"); len(got) != 0 {
		t.Errorf("FACTS-01 on a draft: %v", got)
	}

	tested["FACTS-03"] = true
	if got := ruleFindings(t, p, "FACTS-03"); len(got) != 0 {
		t.Errorf("FACTS-03 right after freezing: %v", got)
	}
	changed, err := pas.DecodeLibrary("company.yaml", []pas.LibraryFile{{Name: "company.yaml", Data: []byte(edit(b2bLib, "name: Host,", "name: Host SAS,"))}}, Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	if err := p.ResolveLibrary(changed, "test.yaml"); err != nil {
		t.Fatal(err)
	}
	got := ruleFindings(t, p, "FACTS-03")
	if len(got) != 1 || !strings.Contains(got[0].Message.EN, "parties.organisations[host] (name)") {
		t.Errorf("FACTS-03 after the library changed: %v", got)
	}
	if r := p.Record(ptyOrganisations, "host"); r.Str(ptyName) != "Host" {
		t.Errorf("a frozen plan keeps what it pinned: %q", r.Str(ptyName))
	}

	tested["FACTS-02"] = true
	q := factsTestPlan(t, issuedPlan, b2bLib)
	if err := q.Freeze("test.yaml"); err != nil {
		t.Fatal(err)
	}
	if err := q.ResolveLibrary(nil, "test.yaml"); err != nil {
		t.Fatal(err)
	}
	q.Facts.Problem = pas.T("bibliothèque introuvable", "no such library")
	got = ruleFindings(t, q, "FACTS-02")
	if len(got) != 1 || got[0].Severity != pas.Error {
		t.Errorf("FACTS-02: %v", got)
	}
	if got := ruleFindings(t, p, "FACTS-02"); len(got) != 0 {
		t.Errorf("FACTS-02 with a library: %v", got)
	}
}

func TestImpossibleCommitments(t *testing.T) {
	for _, tc := range []struct{ name, old, new, want string }{
		{"zero availability", "availability: 99.95", "availability: 0", "commitments[c-host].availability: an availability of 0% commits to nothing"},
		{"zero notice", "breach_notice: 12h", "breach_notice: 0h", "commitments[c-host].breach_notice: Personal data breach notice: a delay of zero cannot be met"},
		{"ends before signed", "contract_end: 2032-12-31", "contract_end: 2024-12-31", "commitments[c-host].contract_end: the contract ends on 2024-12-31, before it was signed (2025-09-01)"},
		{"listed without countries", "    data_countries: [FR]\n", "", "commitments[c-host].data_location: a commitment to listed countries, without countries"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := pas.DecodeLibrary("company.yaml", []pas.LibraryFile{{Name: "company.yaml", Data: []byte(edit(b2bLib, tc.old, tc.new))}}, Catalogue())
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "company.yaml:") {
				t.Errorf("%v\nwant %s", err, tc.want)
			}
		})
	}
}

func TestBackToBackAppendix(t *testing.T) {
	p := factsTestPlan(t, b2bPlan, edit(b2bLib, "availability: 99.95", "availability: 99.8"))
	p.Lang = pas.EN
	internal := string(pas.Render(p, pas.RenderOptions{Audience: pas.InternalAudience, Today: asOf}))
	for _, want := range []string{"Back-to-back with the partners' contracts", "| Guaranteed availability: 99.9% per month, 24/7 | Host — operates the site \"Paris 1\" | 99.8% per month, 24/7 | −0.1 point | Hosting agreement, version 4.1, dated 1 September 2025 | error (B2B-01) |"} {
		if !strings.Contains(internal, want) {
			t.Errorf("internal document lacks %q", want)
		}
	}
	// A promise on a record names it after a space: "Country (Paris 1)".
	for _, line := range strings.Split(internal, "\n") {
		if strings.HasPrefix(line, "| ") && strings.Contains(line, "(Paris 1)") && !strings.Contains(line, " (Paris 1)") {
			t.Errorf("the record's name is glued to the label: %s", line)
		}
	}
	if !strings.Contains(internal, " (Paris 1): ") {
		t.Errorf("no promise on the site's record in the appendix:\n%s", internal)
	}
	client := string(pas.Render(p, pas.RenderOptions{Audience: pas.ClientAudience, Today: asOf}))
	for _, never := range []string{"Hosting agreement", "99.8", "Back-to-back"} {
		if strings.Contains(client, never) {
			t.Errorf("the client's document shows %q", never)
		}
	}
	if doc := string(pas.Render(testPlan(t, ""), pas.RenderOptions{Audience: pas.InternalAudience, Today: asOf})); strings.Contains(doc, "Adossement") {
		t.Error("a plan without a library gets the back-to-back appendix")
	}
}

// TestB2BRecoveryWording: the B2B-05 finding reads as a sentence in both
// languages: the objective in lower case after its article, and the
// margin said as how much stricter the promise is.
func TestB2BRecoveryWording(t *testing.T) {
	p := factsTestPlan(t, edit(b2bPlan, "rpo: 4h", "rpo: 30min"), b2bLib)
	f := ruleFindings(t, p, "B2B-05")[0]
	for _, want := range []string{"commits to a recovery point objective (RPO) of ", ": your recovery point objective (RPO) of 30 min is stricter than its own by "} {
		if !strings.Contains(f.Message.EN, want) {
			t.Errorf("English: %s\nwant %q", f.Message.EN, want)
		}
	}
	for _, want := range []string{"s'engage sur un RPO (PDMA) de ", " est plus exigeant que le sien de "} {
		if !strings.Contains(f.Message.FR, want) {
			t.Errorf("French: %s\nwant %q", f.Message.FR, want)
		}
	}
}
