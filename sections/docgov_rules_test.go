package sections

import (
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
)

const docgovOK = `
docgov:
  object: Security commitments of the provider for the patient record service.
  reference_documents:
    - {id: d1, title: CCAP, type: ccap, rank: 1}
    - {id: d2, title: PSSI CHU, type: client_pssi, version: "3.1", rank: 2}
    - {id: d3, title: CCTP, type: cctp, rank: 3}
  precedence: client_pssi
  pssi_deviations: The PSSI applies within these deviations. Rule 4.2 (on-site administration only) is replaced by administration through the bastion.
  review_triggers: [annual, major_incident, major_change]
  validation: {delivery_delay: 10bd, by_client: true, before_start: true}
`

func TestDocgovRules(t *testing.T) {
	runRuleCases(t, "DOC-04", []ruleCase{
		{"deviations listed", docgovOK, 0},
		{"whole PSSI prevails", edit(docgovOK, "  pssi_deviations: The PSSI applies within these deviations. Rule 4.2 (on-site administration only) is replaced by administration through the bastion.\n", ""), 1},
		{"the PAS prevails", edit(edit(docgovOK, "  pssi_deviations: The PSSI applies within these deviations. Rule 4.2 (on-site administration only) is replaced by administration through the bastion.\n", ""), "precedence: client_pssi", "precedence: pas"), 0},
	})
	got := ruleFindings(t, testPlan(t, edit(docgovOK, "  pssi_deviations: The PSSI applies within these deviations. Rule 4.2 (on-site administration only) is replaced by administration through the bastion.\n", "")), "DOC-04")
	if len(got) != 1 || !strings.Contains(got[0].Message.FR, "préférée au PAS et au CCTP") {
		t.Errorf("PSSI ranked above the CCTP: %v", got)
	}
	runRuleCases(t, "DOC-01", []ruleCase{
		{"precedence and ranks set", docgovOK, 0},
		{"precedence missing", `
docgov:
  object: x
  reference_documents:
    - {id: d1, title: CCAP, type: ccap}
  validation: {by_client: true}
`, 1},
		{"precedence open question is not missing", `
docgov:
  object: x
  reference_documents:
    - {id: d1, title: CCAP, type: ccap}
  precedence: {state: open, question: "which prevails?", owner: cli}
  validation: {by_client: true}
`, 0},
		{"duplicate rank", `
docgov:
  object: x
  reference_documents:
    - {id: d1, title: CCAP, type: ccap, rank: 1}
    - {id: d2, title: CCTP, type: cctp, rank: 1}
  precedence: most_protective
  validation: {by_client: true}
`, 1},
		{"PSSI prevails but not listed", `
docgov:
  object: x
  reference_documents:
    - {id: d1, title: CCAP, type: ccap, rank: 1}
  precedence: client_pssi
  validation: {by_client: true}
`, 1},
	})
	runRuleCases(t, "DOC-02", []ruleCase{
		{"validated before start", docgovOK, 0},
		{"validation step missing", `
docgov:
  object: x
  reference_documents: [{id: d1, title: CCAP, type: ccap}]
  precedence: pas
`, 1},
		{"not validated", `
docgov:
  object: x
  reference_documents: [{id: d1, title: CCAP, type: ccap}]
  precedence: pas
  validation: {by_client: false}
`, 1},
		{"validated after start", `
docgov:
  object: x
  reference_documents: [{id: d1, title: CCAP, type: ccap}]
  precedence: pas
  validation: {by_client: true, before_start: false}
`, 1},
	})
	runRuleCases(t, "DOC-03", []ruleCase{
		{"ten working days", docgovOK, 0},
		{"one month", `
docgov:
  object: x
  reference_documents: [{id: d1, title: CCAP, type: ccap}]
  precedence: pas
  validation: {delivery_delay: 1mo, by_client: true}
`, 1},
		{"one month allowed by policy", `
policy:
  docgov_validation_delay_max: 2mo
docgov:
  object: x
  reference_documents: [{id: d1, title: CCAP, type: ccap}]
  precedence: pas
  validation: {delivery_delay: 1mo, by_client: true}
`, 0},
	})
}

// The REQ-01 check must leave the fields that DOC-01 and DOC-02 own.
func TestDocgovPresenceOwned(t *testing.T) {
	p := testPlan(t, `
docgov:
  object: x
  reference_documents: [{id: d1, title: CCAP, type: ccap}]
`)
	for _, f := range pas.RunChecks(p, asOf) {
		if f.Rule == "REQ-01" && (f.Path == "docgov.precedence" || f.Path == "docgov.validation.by_client") {
			t.Errorf("REQ-01 reports %s, owned by a DOC rule", f.Path)
		}
	}
}

func TestDocgovBeforeStartOff(t *testing.T) {
	p := testPlan(t, `
docgov:
  validation: {by_client: false}
`)
	if p.Active(docBeforeStart, nil) {
		t.Error("validation before start asked although the client does not validate the PAS")
	}
	if !testPlan(t, docgovOK).Active(docBeforeStart, nil) {
		t.Error("validation before start not asked although the client validates the PAS")
	}
}
