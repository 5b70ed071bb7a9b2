package sections

import (
	"testing"

	"github.com/pas-editor/pas/pas"
)

const accessOK = `
access:
  identity_source: federated
  account_types: [nominative_user, nominative_admin, service, break_glass]
  break_glass_controls: [alerting, logging, sealed_credentials]
  least_privilege: true
  mfa_required_for: [admins, remote_access]
  auth_methods: [password, otp]
  password:
    case: password_only
    min_entropy_bits: 80
    min_length: 12
    charset: [lowercase, uppercase, digits, special]
    forced_rotation: false
    storage: salted_slow_hash
  provisioning:
    workflow: Requests through the client's ticketing tool.
    approver: c1
  deprovisioning:
    procedure: Accounts disabled on the departure notice.
    delay: 1bd
  review:
    privileged: 3mo
    standard: 6mo
  admin:
    path: [dedicated_workstation, bastion, segregated_network]
    provider_data_access: per_intervention_approval
  traceability:
    events: [login, logout, failure, privilege_use, data_access, permission_change]
`

// severities runs one rule on a test plan and returns its findings' severities.
func accSeverities(t *testing.T, yaml, id string) []pas.Severity {
	t.Helper()
	var out []pas.Severity
	for _, f := range ruleFindings(t, testPlan(t, yaml), id) {
		out = append(out, f.Severity)
	}
	return out
}

func accWantSeverities(t *testing.T, yaml, id string, want ...pas.Severity) {
	t.Helper()
	got := accSeverities(t, yaml, id)
	if len(got) != len(want) {
		t.Fatalf("%s: severities %v, want %v", id, got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%s: severities %v, want %v", id, got, want)
		}
	}
}

func TestAccessRules(t *testing.T) {
	runRuleCases(t, "ACC-01", []ruleCase{
		{"admins and remote", accessOK, 0},
		{"all users", edit(accessOK, "mfa_required_for: [admins, remote_access]", "mfa_required_for: [all_users]"), 0},
		{"admins only", edit(accessOK, "mfa_required_for: [admins, remote_access]", "mfa_required_for: [admins]"), 1},
		{"nobody", edit(accessOK, "mfa_required_for: [admins, remote_access]", "mfa_required_for: []"), 1},
	})
	runRuleCases(t, "ACC-02", []ruleCase{
		{"80 bits alone", accessOK, 0},
		{"64 bits alone", edit(accessOK, "min_entropy_bits: 80", "min_entropy_bits: 64"), 1},
		{"50 bits with lockout", edit(accessOK, "case: password_only", "case: with_lockout", "min_entropy_bits: 80", "min_entropy_bits: 50"), 0},
		{"49 bits with lockout", edit(accessOK, "case: password_only", "case: with_lockout", "min_entropy_bits: 80", "min_entropy_bits: 49"), 1},
		{"13 bits on a device", edit(accessOK, "case: password_only", "case: device_bound", "min_entropy_bits: 80", "min_entropy_bits: 13"), 0},
		{"12 bits on a device", edit(accessOK, "case: password_only", "case: device_bound", "min_entropy_bits: 80", "min_entropy_bits: 12"), 1},
		{"no passwords", edit(accessOK, "auth_methods: [password, otp]", "auth_methods: [fido2, sso]", "min_entropy_bits: 80", "min_entropy_bits: 10"), 0},
	})
	runRuleCases(t, "ACC-03", []ruleCase{
		{"no forced change", accessOK, 0},
		{"forced change", edit(accessOK, "forced_rotation: false", "forced_rotation: true\n    rotation_interval: 3mo"), 1},
	})
	runRuleCases(t, "ACC-04", []ruleCase{
		{"salted slow hash", accessOK, 0},
		{"plain text", edit(accessOK, "storage: salted_slow_hash", "storage: plaintext"), 1},
		{"fast hash", edit(accessOK, "storage: salted_slow_hash", "storage: fast_hash"), 1},
		{"no passwords", edit(accessOK, "auth_methods: [password, otp]", "auth_methods: [sso]", "storage: salted_slow_hash", "storage: plaintext"), 0},
	})
	runRuleCases(t, "ACC-05", []ruleCase{
		{"within conventions", accessOK, 0},
		{"privileged every 9 months", edit(accessOK, "privileged: 3mo", "privileged: 9mo"), 1},
		{"standard every 2 years", edit(accessOK, "standard: 6mo", "standard: 2y"), 1},
		{"no review", edit(accessOK, "  review:\n    privileged: 3mo\n    standard: 6mo\n", ""), 2},
		{"policy allows 12 months", edit(accessOK, "privileged: 3mo", "privileged: 9mo") + "policy:\n  access_review_privileged_max: 12mo\n", 0},
		{"policy asks 3 months", accessOK + "policy:\n  access_review_standard_max: 3mo\n", 1},
	})
	runRuleCases(t, "ACC-06", []ruleCase{
		{"procedure and delay", accessOK, 0},
		{"no delay", edit(accessOK, "    delay: 1bd\n", ""), 1},
		{"neither", edit(accessOK, "  deprovisioning:\n    procedure: Accounts disabled on the departure notice.\n    delay: 1bd\n", ""), 2},
		{"five business days", edit(accessOK, "delay: 1bd", "delay: 5bd"), 1},
		{"policy allows a week", edit(accessOK, "delay: 1bd", "delay: 5bd") + "policy:\n  access_deprovisioning_max: 1w\n", 0},
	})
	accWantSeverities(t, edit(accessOK, "delay: 1bd", "delay: 5bd"), "ACC-06", pas.Warning)
	accWantSeverities(t, edit(accessOK, "    delay: 1bd\n", "")+"cover:\n  status: contractual\n", "ACC-06", pas.Error)
	accWantSeverities(t, edit(accessOK, "    delay: 1bd\n", ""), "ACC-06", pas.Warning) // a draft: work in progress
	runRuleCases(t, "ACC-07", []ruleCase{
		{"named accounts", accessOK, 0},
		{"shared accounts", edit(accessOK, "service, break_glass]", "service, break_glass, shared_generic]"), 1},
	})
	runRuleCases(t, "ACC-08", []ruleCase{
		{"per intervention", accessOK, 0},
		{"standing", edit(accessOK, "provider_data_access: per_intervention_approval", "provider_data_access: standing"), 1},
	})
	runRuleCases(t, "ACC-09", []ruleCase{
		{"bastion and segregation", accessOK, 0},
		{"from the Internet", edit(accessOK, "path: [dedicated_workstation, bastion, segregated_network]", "path: [vpn, direct_internet]"), 2},
		{"no segregation", edit(accessOK, "path: [dedicated_workstation, bastion, segregated_network]", "path: [dedicated_workstation, bastion]"), 1},
	})
	runRuleCases(t, "ACC-10", []ruleCase{
		{"alerting and logging", accessOK, 0},
		{"sealed only", edit(accessOK, "break_glass_controls: [alerting, logging, sealed_credentials]", "break_glass_controls: [sealed_credentials]"), 1},
		{"none", edit(accessOK, "break_glass_controls: [alerting, logging, sealed_credentials]", "break_glass_controls: []"), 1},
		{"not stated", edit(accessOK, "  break_glass_controls: [alerting, logging, sealed_credentials]\n", ""), 1},
		{"no emergency accounts", edit(accessOK, "service, break_glass]", "service]", "  break_glass_controls: [alerting, logging, sealed_credentials]\n", ""), 0},
	})
}

// TestAccessPasswordFieldsOff checks that the password policy is neither
// asked nor required when passwords are not accepted.
func TestAccessPasswordFieldsOff(t *testing.T) {
	noPwd := edit(accessOK, "auth_methods: [password, otp]", "auth_methods: [fido2, sso]",
		"  password:\n    case: password_only\n    min_entropy_bits: 80\n    min_length: 12\n    charset: [lowercase, uppercase, digits, special]\n    forced_rotation: false\n    storage: salted_slow_hash\n", "")
	p := testPlan(t, noPwd)
	if p.Active(accPwdStorage, nil) {
		t.Error("password storage asked although passwords are not accepted")
	}
	for _, it := range p.Items(Catalogue().Section("access")) {
		t.Errorf("unexpected item to complete: %s", it.Path)
	}
	if !testPlan(t, accessOK).Active(accPwdStorage, nil) {
		t.Error("password storage not asked although passwords are accepted")
	}
	if testPlan(t, accessOK).Active(accPwdRotationEvery, nil) {
		t.Error("rotation interval asked without forced rotation")
	}
}
