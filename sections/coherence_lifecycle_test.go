package sections

import (
	"testing"

	"github.com/pas-editor/pas/pas"
)

// cohExit is an exit chapter ending 90 days after the contract: 30 days of
// transition, 30 of retrieval, then deletion 30 days later.
const cohExit = `
exit:
  transition_period: 30d
  retrieval_period: 30d
  assets: [data, logs]
  post_contract_retention: 30d
  deletion: {method: overwrite, delay: 30d, includes_backups: true}
`

func TestCoherenceLifecycleRules(t *testing.T) {
	end := "gdpr:\n  end: {return_or_delete: return_then_delete, delay: 90d, from: end_of_notice}\n"
	runRuleCases(t, "COH-11", []ruleCase{
		{"same deadline", cohExit + end, 0},
		{"same deadline in months", cohExit + edit(end, "delay: 90d", "delay: 3mo"), 0},
		{"counted from the end of retrieval", cohExit + edit(edit(end, "delay: 90d", "delay: 30d"), "end_of_notice", "end_of_retrieval"), 0},
		{"deletes before retrieval ends", cohExit + edit(end, "delay: 90d", "delay: 30d"), 1},
		{"keeps beyond the exit", cohExit + edit(end, "delay: 90d", "delay: 6mo"), 1},
	})
	sev := ruleFindings(t, testPlan(t, cohExit+edit(end, "delay: 90d", "delay: 30d")), "COH-11")
	if len(sev) != 1 || sev[0].Severity != pas.Error {
		t.Errorf("GDPR deletion before the exit's deadline: %v, want an error", sev)
	}
	sev = ruleFindings(t, testPlan(t, cohExit+edit(end, "delay: 90d", "delay: 6mo")), "COH-11")
	if len(sev) != 1 || sev[0].Severity != pas.Warning {
		t.Errorf("GDPR deletion after the exit's deadline: %v, want a warning", sev)
	}
	backups := "continuity:\n  backup: {by_provider: true, retention: 35d}\n"
	logs := "session:\n  logs: {retention: 12mo}\n"
	runRuleCases(t, "COH-12", []ruleCase{
		{"retention covers the deletion delay", cohExit + backups + logs, 0},
		{"nothing kept although deletion takes 30 days", edit(cohExit, "post_contract_retention: 30d", "post_contract_retention: 0d") + backups + logs, 1},
		{"backups left out of deletion", edit(cohExit, "includes_backups: true", "includes_backups: false") + backups + logs, 1},
		{"logs not handed back", edit(cohExit, "assets: [data, logs]", "assets: [data]") + backups + logs, 1},
	})
	runRuleCases(t, "COH-13", []ruleCase{
		{"backups outlive the deletion", cohExit + backups, 1},
		{"cryptographic erasure", edit(cohExit, "method: overwrite", "method: crypto_erase") + backups, 0},
		{"backups kept less than the delay", cohExit + edit(backups, "retention: 35d", "retention: 30d"), 0},
		{"backups left out (COH-12)", edit(cohExit, "includes_backups: true", "includes_backups: false") + backups, 0},
	})
	said := "session:\n  logs: {contains_main_processing_pd: false, fields: [user_id, login_ts, logout_ts, object_ref]}\naccess:\n  traceability: {events: [login, logout, data_access]}\n"
	runRuleCases(t, "COH-14", []ruleCase{
		{"data accesses recorded in logs said free of data", said, 1},
		{"logs said to hold the data", edit(said, "contains_main_processing_pd: false", "contains_main_processing_pd: true"), 0},
		{"connections only", edit(edit(said, ", object_ref]", "]"), ", data_access]", "]"), 0},
		{"object recorded without data access events", edit(said, ", data_access]", "]"), 1},
	})
	processing := "gdpr:\n  processing:\n    - {id: p1, name: Records, subject_matter: S, duration: D, nature: [storage], purposes: P, data_categories: [identity, connection], data_subjects: [patients]}\n"
	holds := "session:\n  logs: {contains_main_processing_pd: true}\n"
	runRuleCases(t, "COH-15", []ruleCase{
		{"connection data described", holds + processing, 0},
		{"connection data missing", holds + edit(processing, "identity, connection]", "identity]"), 1},
		{"logs hold no processing data", edit(holds, "true", "false") + edit(processing, "identity, connection]", "identity]"), 0},
	})
}
