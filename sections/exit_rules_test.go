package sections

import (
	"testing"

	"github.com/pas-editor/pas/pas"
)

// exitOK is a complete reversibility chapter that no rule objects to.
const exitOK = `
exit:
  plan_ref: Plan de réversibilité v1
  contract_end: 2026-12-31
  triggers: [end_of_term, termination, change_of_control, relocation_without_consent]
  notice_period: 2mo
  transition_period: 30d
  retrieval_period: 30d
  assets: [data, logs]
  formats:
    - {id: f1, format: CSV, asset: data, machine_readable: true, open_standard: true}
  assistance: [knowledge_transfer, migration_support]
  charges: none
  post_contract_retention: 0d
  test: annual
  deletion:
    method: crypto_erase
    delay: 30d
    includes_backups: true
    certificate: true
`

// exitNotCloud makes the service an integration project, outside the
// Data Act's data processing services.
var exitNotCloud = engagement("service_models: [saas, integration]", "service_models: [integration]")

func TestExitRules(t *testing.T) {
	runRuleCases(t, "REV-01", []ruleCase{
		{"plan cited", exitOK, 0},
		{"no plan", edit(exitOK, "  plan_ref: Plan de réversibilité v1\n", ""), 1},
	})
	runRuleCases(t, "REV-02", []ruleCase{
		{"open, machine-readable", exitOK, 0},
		{"proprietary and not machine-readable", edit(exitOK, "machine_readable: true, open_standard: true", "machine_readable: false, open_standard: false"), 2},
	})
	runRuleCases(t, "REV-03", []ruleCase{
		{"within the Data Act", exitOK, 0},
		{"long notice, short retrieval", edit(edit(exitOK, "notice_period: 2mo", "notice_period: 3mo"), "retrieval_period: 30d", "retrieval_period: 2w"), 2},
		{"long transition without reason", edit(exitOK, "transition_period: 30d", "transition_period: 3mo"), 1},
		{"long transition justified", edit(exitOK, "transition_period: 30d", "transition_period: 3mo\n  transition_rationale: migration de 40 To"), 0},
		{"justified but beyond seven months", edit(exitOK, "transition_period: 30d", "transition_period: 12mo\n  transition_rationale: migration de 40 To"), 1},
	})
	runRuleCases(t, "REV-04", []ruleCase{
		{"no charges", exitOK, 0},
		{"at cost, contract ends before the ban", edit(exitOK, "charges: none", "charges: cost_based"), 0},
		{"flat fee before the ban", edit(exitOK, "charges: none", "charges: flat_fee"), 1},
		{"contract runs past the ban", edit(edit(exitOK, "charges: none", "charges: cost_based"), "contract_end: 2026-12-31", "contract_end: 2028-06-30"), 1},
		{"end unknown", edit(edit(exitOK, "charges: none", "charges: cost_based"), "  contract_end: 2026-12-31\n", ""), 1},
		{"not a data processing service", edit(edit(exitOK, "charges: none", "charges: flat_fee"), "contract_end: 2026-12-31", "contract_end: 2028-06-30") + exitNotCloud, 0},
	})
	runRuleCases(t, "REV-05", []ruleCase{
		{"deletion with certificate", exitOK, 0},
		{"no certificate", edit(exitOK, "    certificate: true\n", "    certificate: false\n"), 1},
		{"nothing", edit(edit(exitOK, "    delay: 30d\n", ""), "    certificate: true\n", ""), 2},
	})
	runRuleCases(t, "REV-06", []ruleCase{
		{"backups included", exitOK, 0},
		{"backups left", edit(exitOK, "includes_backups: true", "includes_backups: false"), 1},
	})
	runRuleCases(t, "REV-07", []ruleCase{
		{"annual", exitOK, 0},
		{"never", edit(exitOK, "test: annual", "test: none"), 1},
	})
	runRuleCases(t, "REV-08", []ruleCase{
		{"all triggers", exitOK, 0},
		{"end and termination only", edit(exitOK, "triggers: [end_of_term, termination, change_of_control, relocation_without_consent]", "triggers: [end_of_term, termination]"), 1},
	})
	runRuleCases(t, "REV-09", []ruleCase{
		{"stated", exitOK, 0},
		{"not stated", edit(exitOK, "  post_contract_retention: 0d\n", ""), 1},
	})
	const cover = "cover:\n  effective_date: 2026-01-01\n"
	runRuleCases(t, "REV-10", []ruleCase{
		{"no due date", exitOK + cover, 0},
		{"due within six months", edit(exitOK, "  contract_end:", "  plan_due: 2026-06-15\n  contract_end:") + cover, 0},
		{"due late", edit(exitOK, "  contract_end:", "  plan_due: 2026-09-01\n  contract_end:") + cover, 1},
		{"policy allows nine months", edit(exitOK, "  contract_end:", "  plan_due: 2026-09-01\n  contract_end:") + cover + "policy:\n  exit_plan_due_max: 9mo\n", 0},
	})
}

func TestExitSeverities(t *testing.T) {
	longNotice := edit(exitOK, "notice_period: 2mo", "notice_period: 3mo")
	if got := ruleFindings(t, testPlan(t, longNotice), "REV-03"); len(got) != 1 || got[0].Severity != pas.Error {
		t.Errorf("REV-03 for a SaaS: want one error, got %+v", got)
	}
	if got := ruleFindings(t, testPlan(t, longNotice+exitNotCloud), "REV-03"); len(got) != 1 || got[0].Severity != pas.Warning {
		t.Errorf("REV-03 outside the Data Act: want one warning, got %+v", got)
	}
	flat := testPlan(t, edit(exitOK, "charges: none", "charges: flat_fee"))
	if got := ruleFindings(t, flat, "REV-04"); len(got) != 1 || got[0].Severity != pas.Warning {
		t.Errorf("REV-04 flat fee before the ban: want one warning, got %+v", got)
	}
	// After 11 January 2027 any charge is an error, whatever the contract's end.
	var after []pas.Finding
	for _, f := range pas.RunChecks(testPlan(t, edit(exitOK, "charges: none", "charges: cost_based")), pas.MustDate("2027-02-01")) {
		if f.Rule == "REV-04" {
			after = append(after, f)
		}
	}
	if len(after) != 1 || after[0].Severity != pas.Error {
		t.Errorf("REV-04 after the ban: want one error, got %+v", after)
	}
}

func TestExitTransitionRationaleSwitch(t *testing.T) {
	f := Catalogue().Field("exit.transition_rationale")
	if testPlan(t, exitOK).Active(f, nil) {
		t.Error("the justification is asked for although the transition is 30 days")
	}
	if !testPlan(t, edit(exitOK, "transition_period: 30d", "transition_period: 3mo")).Active(f, nil) {
		t.Error("the justification is not asked for a three-month transition")
	}
}
