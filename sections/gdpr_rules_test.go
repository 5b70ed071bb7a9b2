package sections

import (
	"testing"

	"github.com/pas-editor/pas/pas"
)

// gdprOK is a complete personal-data chapter that no rule objects to.
const gdprOK = `
gdpr:
  dpa_reference: Annexe 4 au CCAP
  commitments: [instructions, confidentiality, security, subprocessors, rights_assistance, compliance_assistance, return_delete, audits]
  processor_record: true
  dpo: [c4]
  processing:
    - id: p1
      name: Dossier patient
      subject_matter: Hébergement et exploitation du dossier patient
      duration: durée du marché
      nature: [hosting, storage, support]
      purposes: Prise en charge des patients
      data_categories: [identity, health]
      data_subjects: [patients]
  subprocessors:
    - {id: s1, name: Host, party: host, service: hébergement, data_accessed: toutes, countries: [FR], authorisation: specific_prior_written, flow_down: true, security_flow_down: true}
  transfers: []
  disclosure_policy: [notify_client_unless_prohibited, challenge_unlawful_requests]
  usage:
    categories: [telemetry]
    purposes: [service_operation]
    shared: false
  assist:
    rights_delay: 5bd
    dpia_support: true
  dpia:
    required: true
    done: true
  end:
    return_or_delete: return_then_delete
    delay: 30d
    deletion_certificate: true
`

// gdprProcessingBlock is the processing list of gdprOK.
const gdprProcessingBlock = `  processing:
    - id: p1
      name: Dossier patient
      subject_matter: Hébergement et exploitation du dossier patient
      duration: durée du marché
      nature: [hosting, storage, support]
      purposes: Prise en charge des patients
      data_categories: [identity, health]
      data_subjects: [patients]
`

// gdprWithTransfers replaces the empty transfer list of gdprOK.
func gdprWithTransfers(items string) string {
	return edit(gdprOK, "  transfers: []\n", "  transfers:\n"+items)
}

// gdprWithSub replaces the sub-processor of gdprOK.
func gdprWithSub(item string) string {
	return edit(gdprOK, "    - {id: s1, name: Host, party: host, service: hébergement, data_accessed: toutes, countries: [FR], authorisation: specific_prior_written, flow_down: true, security_flow_down: true}\n", item)
}

const gdprSubGeneral = "    - {id: s1, name: Host, service: x, data_accessed: x, countries: [FR], authorisation: general_written, flow_down: true, security_flow_down: true}\n"

func TestGDPRRules(t *testing.T) {
	runRuleCases(t, "GDPR-01", []ruleCase{
		{"complete", gdprOK, 0},
		{"no agreement", edit(gdprOK, "  dpa_reference: Annexe 4 au CCAP\n", ""), 1},
		{"no processing described", edit(gdprOK, gdprProcessingBlock, "  processing: []\n"), 1},
		{"record lacks subject and nature", edit(edit(gdprOK, "      subject_matter: Hébergement et exploitation du dossier patient\n", ""), "nature: [hosting, storage, support]", "nature: []"), 2},
		{"section does not apply", edit(gdprOK, "  dpa_reference: Annexe 4 au CCAP\n", "") + gdprNoPersonalData, 0},
	})
	runRuleCases(t, "GDPR-02", []ruleCase{
		{"all eight", gdprOK, 0},
		{"two missing", edit(gdprOK, "rights_assistance, compliance_assistance, ", ""), 1},
		{"none stated", edit(gdprOK, "  commitments: [instructions, confidentiality, security, subprocessors, rights_assistance, compliance_assistance, return_delete, audits]\n", ""), 1},
	})
	runRuleCases(t, "GDPR-03", []ruleCase{
		{"specific", gdprOK, 0},
		{"not yet", edit(gdprOK, "authorisation: specific_prior_written", "authorisation: none"), 1},
		{"missing", edit(gdprOK, ", authorisation: specific_prior_written", ""), 1},
	})
	runRuleCases(t, "GDPR-04", []ruleCase{
		{"specific needs no notice", gdprOK, 0},
		{"general without terms", gdprWithSub(gdprSubGeneral), 2},
		{"general with terms", edit(gdprWithSub(gdprSubGeneral), "  transfers: []\n", "  subprocessor_change_notice: 30d\n  subprocessor_objection_right: true\n  transfers: []\n"), 0},
		{"general without objection", edit(gdprWithSub(gdprSubGeneral), "  transfers: []\n", "  subprocessor_change_notice: 30d\n  subprocessor_objection_right: false\n  transfers: []\n"), 1},
	})
	runRuleCases(t, "GDPR-05", []ruleCase{
		{"flowed down", gdprOK, 0},
		{"not flowed down", edit(gdprOK, "flow_down: true, security", "flow_down: false, security"), 1},
	})
	runRuleCases(t, "GDPR-06", []ruleCase{
		{"no transfer", gdprOK, 0},
		{"third country without mechanism", gdprWithTransfers("    - {id: t1, name: Support, country: IN}\n"), 1},
		{"adequacy claimed for a third country", gdprWithTransfers("    - {id: t1, name: Support, country: IN, mechanism: adequacy_art45}\n"), 1},
		{"partial adequacy without mechanism", gdprWithTransfers("    - {id: t1, name: Support, country: US}\n"), 1},
		{"standard clauses", gdprWithTransfers("    - {id: t1, name: Support, country: IN, mechanism: scc_module_3, tia_done: true}\n"), 0},
		{"EEA needs no mechanism", gdprWithTransfers("    - {id: t1, name: Backup, country: DE}\n"), 0},
	})
	runRuleCases(t, "GDPR-07", []ruleCase{
		{"assessed", gdprWithTransfers("    - {id: t1, name: Support, country: IN, mechanism: scc_module_3, tia_done: true}\n"), 0},
		{"not assessed", gdprWithTransfers("    - {id: t1, name: Support, country: IN, mechanism: bcr_art47, tia_done: false}\n"), 1},
	})
	runRuleCases(t, "GDPR-08", []ruleCase{
		{"occasional", gdprWithTransfers("    - {id: t1, name: Expertise, country: IN, mechanism: derogation_art49, recurring: false}\n"), 0},
		{"recurring", gdprWithTransfers("    - {id: t1, name: Support, country: IN, mechanism: derogation_art49, recurring: true}\n"), 1},
	})
	runRuleCases(t, "GDPR-09", []ruleCase{
		{"certified", gdprWithTransfers("    - {id: t1, name: Ticketing, country: US, mechanism: adequacy_art45, dpf_certified: true}\n"), 0},
		{"not certified", gdprWithTransfers("    - {id: t1, name: Ticketing, country: US, mechanism: adequacy_art45, dpf_certified: false}\n"), 1},
		{"certification not stated", gdprWithTransfers("    - {id: t1, name: Ticketing, country: US, mechanism: adequacy_art45}\n"), 1},
		{"clauses instead of adequacy", gdprWithTransfers("    - {id: t1, name: Ticketing, country: US, mechanism: scc_module_3, tia_done: true}\n"), 0},
	})
	runRuleCases(t, "GDPR-10", []ruleCase{
		{"service use", gdprOK, 0},
		{"marketing", edit(gdprOK, "purposes: [service_operation]", "purposes: [service_operation, direct_marketing]"), 1},
		{"purposes off without usage data", edit(edit(gdprOK, "categories: [telemetry]", "categories: []"), "purposes: [service_operation]", "purposes: [direct_marketing]"), 0},
	})
	runRuleCases(t, "GDPR-11", []ruleCase{
		{"no secondary use", gdprOK, 0},
		{"improvement, anonymity not stated", edit(gdprOK, "purposes: [service_operation]", "purposes: [product_improvement]"), 1},
		{"improvement, not anonymised", edit(gdprOK, "purposes: [service_operation]", "purposes: [ai_training]\n    anonymised: false"), 1},
		{"improvement, anonymised", edit(gdprOK, "purposes: [service_operation]", "purposes: [benchmarking]\n    anonymised: true"), 0},
	})
	runRuleCases(t, "GDPR-12", []ruleCase{
		{"assists", gdprOK, 0},
		{"does not assist", edit(gdprOK, "dpia_support: true", "dpia_support: false"), 1},
		{"no DPIA required", edit(edit(gdprOK, "dpia_support: true", "dpia_support: false"), "    required: true\n    done: true\n", "    required: false\n"), 0},
	})
	runRuleCases(t, "GDPR-13", []ruleCase{
		{"settled", gdprOK, 0},
		{"not settled", edit(gdprOK, "    return_or_delete: return_then_delete\n", ""), 1},
	})
	runRuleCases(t, "GDPR-14", []ruleCase{
		{"policy", gdprOK, 0},
		{"empty", edit(gdprOK, "disclosure_policy: [notify_client_unless_prohibited, challenge_unlawful_requests]", "disclosure_policy: []"), 1},
		{"missing", edit(gdprOK, "  disclosure_policy: [notify_client_unless_prohibited, challenge_unlawful_requests]\n", ""), 1},
	})
	runRuleCases(t, "GDPR-15", []ruleCase{
		{"record kept", gdprOK, 0},
		{"no record", edit(gdprOK, "processor_record: true", "processor_record: false"), 1},
		{"provider is not a processor", edit(gdprOK, "processor_record: true", "processor_record: false") + gdprProviderController, 0},
	})
	runRuleCases(t, "GDPR-16", []ruleCase{
		{"C 3 and HDS", gdprOK, 0},
		{"C 2", gdprOK + engagement(`confidentiality: "3"`, `confidentiality: "2"`), 1},
		{"health outside HDS", gdprOK + engagement("data: [personal_data, health_data, hds_scope]", "data: [personal_data, health_data]"), 1},
	})
	runRuleCases(t, "GDPR-17", []ruleCase{
		{"within", gdprOK, 0},
		{"too long", edit(gdprOK, "rights_delay: 5bd", "rights_delay: 10bd"), 1},
		{"policy allows", edit(gdprOK, "rights_delay: 5bd", "rights_delay: 10bd") + "policy:\n  gdpr_rights_assist_max: 2w\n", 0},
	})
	runRuleCases(t, "GDPR-18", []ruleCase{
		{"within", gdprOK, 0},
		{"too long", edit(gdprOK, "delay: 30d", "delay: 90d"), 1},
		{"policy allows", edit(gdprOK, "delay: 30d", "delay: 90d") + "policy:\n  gdpr_end_delay_max: 3mo\n", 0},
	})
	runRuleCases(t, "LOC-03", []ruleCase{
		{"all in the EEA", gdprOK + gdprDCSite("FR", "[production]", "[FR]"), 0},
		{"site, admin and sub-processor in third countries", gdprWithSub(gdprSubSingapore) + gdprDCSite("IN", "[production]", "[FR, MA]"), 3},
		{"keys only abroad", gdprOK + gdprDCSite("IN", "[keys]", "[FR]"), 0},
		{"transfers framed", edit(gdprWithSub(gdprSubSingapore), "  transfers: []\n", `  transfers:
    - {id: t1, name: Site, country: IN, mechanism: scc_module_3, tia_done: true}
    - {id: t2, name: Admin, country: MA, mechanism: scc_module_3, tia_done: true}
    - {id: t3, name: Tool, country: SG, mechanism: scc_module_3, tia_done: true}
`) + gdprDCSite("IN", "[production]", "[FR, MA]"), 0},
		{"adequate country", gdprOK + gdprDCSite("CH", "[production]", "[FR]"), 0},
	})
	runRuleCases(t, "SUB-03", []ruleCase{
		{"country given", gdprOK, 0},
		{"empty", edit(gdprOK, "countries: [FR]", "countries: []"), 1},
		{"missing", edit(gdprOK, " countries: [FR],", ""), 1},
	})
}

const gdprSubSingapore = "    - {id: s1, name: Ticketing, support_tool: true, service: support, data_accessed: tickets, countries: [SG], authorisation: specific_prior_written, flow_down: true, security_flow_down: true}\n"

// gdprDCSite is a datacenter chapter with one site in the given country.
func gdprDCSite(country, data, admin string) string {
	return `
datacenter:
  sites:
    - {id: dc1, name: Site 1, operator: host, country: ` + country + `, city: Somewhere, roles: [primary], data_hosted: ` + data + `}
  admin_countries: ` + admin + `
`
}

var gdprNoPersonalData = engagement("data: [personal_data, health_data, hds_scope]", "data: []")

const gdprProviderController = `
parties:
  organisations:
    - {id: cli, name: Client, role: client, seat_country: FR, gdpr_role: controller}
    - {id: int, name: Integrator, role: provider, seat_country: FR, gdpr_role: controller}
`

func TestGDPRSectionApplies(t *testing.T) {
	s := Catalogue().Section("gdpr")
	if ok, _ := testPlan(t, gdprOK).Applicability(s); !ok {
		t.Error("gdpr should apply when personal data is processed")
	}
	ok, why := testPlan(t, gdprOK+gdprNoPersonalData).Applicability(s)
	if ok || why.FR == "" || why.EN == "" {
		t.Errorf("gdpr should not apply without personal data, with a reason in both languages: %v %+v", ok, why)
	}
	// Data categories not yet answered are no answer: the document must
	// not state that no personal data is processed.
	unknown := engagement("  data: [personal_data, health_data, hds_scope]\n", "")
	if ok, why := testPlan(t, unknown).Applicability(s); !ok {
		t.Errorf("gdpr should apply while the data categories are unknown, got not applicable: %s", why.EN)
	}
}

// Rules that own a field's presence report it themselves: REQ-01 stays
// silent on it, and the absence is a warning in a draft, an error once the
// plan is submitted.
func TestGDPRPresenceOwned(t *testing.T) {
	noDPA := edit(gdprOK, "  dpa_reference: Annexe 4 au CCAP\n", "")
	p := testPlan(t, noDPA)
	for _, f := range pas.RunChecks(p, asOf) {
		if f.Rule == "REQ-01" && f.Path == "gdpr.dpa_reference" {
			t.Errorf("REQ-01 reports a field GDPR-01 owns: %+v", f)
		}
	}
	if got := ruleFindings(t, p, "GDPR-01"); len(got) != 1 || got[0].Severity != pas.Warning {
		t.Errorf("GDPR-01 in a draft: want one warning, got %+v", got)
	}
	if got := ruleFindings(t, testPlan(t, noDPA+gdprSubmitted), "GDPR-01"); len(got) != 1 || got[0].Severity != pas.Error {
		t.Errorf("GDPR-01 once submitted: want one error, got %+v", got)
	}
}

// gdprSubmitted marks the plan as submitted with the tender.
const gdprSubmitted = "cover:\n  status: submitted\n"

func TestGDPR06Severity(t *testing.T) {
	for _, tc := range []struct {
		name, yaml string
		want       pas.Severity
	}{
		{"missing mechanism in a draft", gdprWithTransfers("    - {id: t1, name: Support, country: IN}\n"), pas.Warning},
		{"missing mechanism once submitted", gdprWithTransfers("    - {id: t1, name: Support, country: IN}\n") + gdprSubmitted, pas.Error},
		{"adequacy claimed for a third country in a draft", gdprWithTransfers("    - {id: t1, name: Support, country: IN, mechanism: adequacy_art45}\n"), pas.Error},
	} {
		if got := ruleFindings(t, testPlan(t, tc.yaml), "GDPR-06"); len(got) != 1 || got[0].Severity != tc.want {
			t.Errorf("%s: want one %s, got %+v", tc.name, tc.want, got)
		}
	}
}

// An empty draft that only flags personal data carries no error from
// these sections: missing answers are warnings until the plan is submitted.
func TestPrivacyEmptyDraftHasNoError(t *testing.T) {
	p := testPlan(t, "gdpr:\n  notes: x\nexit:\n  notes: x\ngovernance:\n  notes: x\ncover:\n  notes: x\n")
	for _, f := range pas.RunChecks(p, asOf) {
		r := Catalogue().Rule(f.Rule)
		if f.Severity == pas.Error && (r.Section == "gdpr" || r.Section == "exit" || r.Section == "governance" || r.Section == "cover") {
			t.Errorf("error in an empty draft: %s %s %s", f.Rule, f.Path, f.Message.EN)
		}
	}
}

// The thresholds these sections' rules read exist in the policy block.
func TestPrivacyThresholdsExist(t *testing.T) {
	for _, id := range []string{"gdpr_rights_assist_max", "gdpr_end_delay_max", "exit_plan_due_max", "governance_review_interval_max", "governance_committee_interval_max"} {
		if Catalogue().PolicyField(id) == nil {
			t.Errorf("no threshold %s", id)
		}
	}
}

func TestSubprocessorsListed(t *testing.T) {
	listed := `
gdpr:
  subprocessors:
    - {id: h, name: Host, party: host, service: hosting, data_accessed: all, countries: [FR], authorisation: general_written, flow_down: true, security_flow_down: true}
`
	runRuleCases(t, "SUB-04", []ruleCase{
		{"host listed", listed, 0},
		{"host missing", "gdpr:\n  subprocessors: []\n", 1},
	})
}
