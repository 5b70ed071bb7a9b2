package sections

import (
	"testing"

	"github.com/pas-editor/pas/pas"
)

const sessionOK = `
session:
  idle_timeout: 15min
  max_lifetime: 12h
  reauth_sensitive_ops: true
  lockout:
    enabled: true
    attempts: 5
    duration: 15min
  logs:
    fields: [user_id, login_ts, logout_ts, source_ip, result]
    retention: 12mo
    main_processing_retention: 5y
    contains_main_processing_pd: false
    integrity: [segregated_storage, timestamping, signing]
    time_source: ntp_internal
    review: realtime_siem
    purposes: [security]
    client_access: on_request
    client_access_delay: 5bd
`

// sesNoLockout declines lockout while passwords are accepted.
var sesNoLockout = accessOK + edit(sessionOK, "enabled: true\n    attempts: 5\n    duration: 15min", "enabled: false")

func TestSessionRules(t *testing.T) {
	runRuleCases(t, "SES-01", []ruleCase{
		{"15 minutes", sessionOK, 0},
		{"10 minutes", edit(sessionOK, "idle_timeout: 15min", "idle_timeout: 10min"), 0},
		{"30 minutes", edit(sessionOK, "idle_timeout: 15min", "idle_timeout: 30min"), 1},
		{"one hour", edit(sessionOK, "idle_timeout: 15min", "idle_timeout: 1h"), 1},
	})
	runRuleCases(t, "SES-02", []ruleCase{
		{"lockout", accessOK + sessionOK, 0},
		{"passwords without lockout", sesNoLockout, 1},
		{"no passwords, no lockout", edit(sesNoLockout, "auth_methods: [password, otp]", "auth_methods: [fido2, sso]"), 0},
	})
	runRuleCases(t, "LOG-01", []ruleCase{
		{"12 months", sessionOK, 0},
		{"3 months", edit(sessionOK, "retention: 12mo", "retention: 3mo"), 1},
		{"3 months with a reason", edit(sessionOK, "retention: 12mo", "retention: 3mo\n    retention_justification: legal_obligation"), 0},
		{"3 months, reason none", edit(sessionOK, "retention: 12mo", "retention: 3mo\n    retention_justification: none"), 1},
		{"policy accepts 3 months", edit(sessionOK, "retention: 12mo", "retention: 3mo") + "policy:\n  session_log_retention_min: 3mo\n", 0},
	})
	runRuleCases(t, "LOG-02", []ruleCase{
		{"12 months", sessionOK, 0},
		{"18 months", edit(sessionOK, "retention: 12mo", "retention: 18mo"), 1},
		{"18 months, internal control", edit(sessionOK, "retention: 12mo", "retention: 18mo\n    retention_justification: internal_control"), 0},
		{"4 years, internal control", edit(sessionOK, "retention: 12mo", "retention: 4y\n    retention_justification: internal_control"), 1},
		{"4 years, legal obligation", edit(sessionOK, "retention: 12mo", "retention: 4y\n    retention_justification: legal_obligation"), 0},
		{"4 years, no reason", edit(sessionOK, "retention: 12mo", "retention: 4y"), 1},
		{"policy accepts 2 years", edit(sessionOK, "retention: 12mo", "retention: 18mo") + "policy:\n  session_log_retention_max: 24mo\n", 0},
		{"policy ceiling 5 years", edit(sessionOK, "retention: 12mo", "retention: 4y\n    retention_justification: internal_control") + "policy:\n  session_log_retention_ceiling: 5y\n", 0},
	})
	accWantSeverities(t, edit(sessionOK, "retention: 12mo", "retention: 18mo"), "LOG-02", pas.Warning)
	accWantSeverities(t, edit(sessionOK, "retention: 12mo", "retention: 4y\n    retention_justification: internal_control"), "LOG-02", pas.Error)
	runRuleCases(t, "LOG-03", []ruleCase{
		{"minimum present", sessionOK, 0},
		{"no logout time", edit(sessionOK, "fields: [user_id, login_ts, logout_ts, source_ip, result]", "fields: [user_id, login_ts, source_ip]"), 1},
		{"nothing", edit(sessionOK, "fields: [user_id, login_ts, logout_ts, source_ip, result]", "fields: []"), 1},
	})
	runRuleCases(t, "LOG-04", []ruleCase{
		{"apart, stamped, signed", sessionOK, 0},
		{"apart and signed", edit(sessionOK, "integrity: [segregated_storage, timestamping, signing]", "integrity: [segregated_storage, signing]"), 0},
		{"stamped only", edit(sessionOK, "integrity: [segregated_storage, timestamping, signing]", "integrity: [timestamping]"), 1},
		{"append only", edit(sessionOK, "integrity: [segregated_storage, timestamping, signing]", "integrity: [append_only]"), 2},
	})
	runRuleCases(t, "LOG-05", []ruleCase{
		{"no personal data", edit(sessionOK, "main_processing_retention: 5y", "main_processing_retention: 3mo"), 0},
		{"long main retention", edit(sessionOK, "contains_main_processing_pd: false", "contains_main_processing_pd: true"), 0},
		{"short main retention", edit(sessionOK, "main_processing_retention: 5y", "main_processing_retention: 3mo",
			"contains_main_processing_pd: false", "contains_main_processing_pd: true"), 1},
	})
	runRuleCases(t, "LOG-06", []ruleCase{
		{"internal NTP", sessionOK, 0},
		{"none", edit(sessionOK, "time_source: ntp_internal", "time_source: none"), 1},
	})
	runRuleCases(t, "LOG-07", []ruleCase{
		{"security only", sessionOK, 0},
		{"staff monitoring", edit(sessionOK, "purposes: [security]", "purposes: [security, usage_statistics, staff_monitoring]"), 1},
	})
}

// TestSessionWhen checks the fields that the plan switches off.
func TestSessionWhen(t *testing.T) {
	p := testPlan(t, sessionOK)
	if p.Active(sesJustification, nil) {
		t.Error("retention reason asked for a 12-month retention")
	}
	if !testPlan(t, edit(sessionOK, "retention: 12mo", "retention: 3mo")).Active(sesJustification, nil) {
		t.Error("retention reason not asked for a 3-month retention")
	}
	if testPlan(t, edit(sessionOK, "retention: 12mo", "retention: 3mo")+"policy:\n  session_log_retention_min: 1mo\n").Active(sesJustification, nil) {
		t.Error("retention reason asked although the policy accepts 3 months")
	}
	if testPlan(t, sesNoLockout).Active(sesLockoutAttempts, nil) {
		t.Error("lockout attempts asked although lockout is declined")
	}
	if !p.Active(sesClientDelay, nil) || testPlan(t, edit(sessionOK, "client_access: on_request\n    client_access_delay: 5bd", "client_access: portal")).Active(sesClientDelay, nil) {
		t.Error("delay to hand over logs should be asked only for access on request")
	}
	for _, it := range p.Items(Catalogue().Section("session")) {
		t.Errorf("unexpected item to complete: %s", it.Path)
	}
}
