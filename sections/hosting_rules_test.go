package sections

import (
	"strings"
	"testing"
)

// hostOK is a shared hosting chapter with sound remote administration.
const hostOK = `
hosting:
  model: shared_multi_tenant
  isolation: [hypervisor, vlan_vrf, dedicated_keys]
  env_separation: true
  remote_maintenance_devices: Provider bastion; each session opened on the client's approval ticket
  remote_admin:
    method: [ipsec_vpn, bastion]
    client_approval: per_intervention
    session_recording: true
`

// hostNoRemote is a chapter with no remote administration.
const hostNoRemote = `
hosting:
  model: dedicated_hosts
  isolation: [dedicated_hardware]
  env_separation: true
  remote_admin:
    method: []
    session_recording: false
`

func TestHostingRules(t *testing.T) {
	runRuleCases(t, "HOST-01", []ruleCase{
		{"VPN and bastion", hostOK, 0},
		{"SSH from the internet", strings.Replace(hostOK, "[ipsec_vpn, bastion]", "[direct_internet]", 1), 1},
	})
	runRuleCases(t, "HOST-02", []ruleCase{
		{"three mechanisms", hostOK, 0},
		{"one mechanism", strings.Replace(hostOK, "[hypervisor, vlan_vrf, dedicated_keys]", "[hypervisor]", 1), 1},
		{"none", strings.Replace(hostOK, "[hypervisor, vlan_vrf, dedicated_keys]", "[]", 1), 1},
		{"dedicated hosts with one mechanism", hostNoRemote, 0},
	})
	runRuleCases(t, "HOST-03", []ruleCase{
		{"described", hostOK, 0},
		{"missing", strings.Replace(hostOK, "  remote_maintenance_devices: Provider bastion; each session opened on the client's approval ticket\n", "", 1), 1},
		{"no remote administration", hostNoRemote, 0},
	})
	runRuleCases(t, "HOST-04", []ruleCase{
		{"recorded", hostOK, 0},
		{"not recorded", strings.Replace(hostOK, "session_recording: true", "session_recording: false", 1), 1},
		{"no remote administration", hostNoRemote, 0},
	})
	runRuleCases(t, "HOST-05", []ruleCase{
		{"from France", hostOK + dcOK, 0},
		{"from India", hostOK + dcWith("", "[FR, IN]"), 1},
		{"from the United States (partial adequacy: LOC-04, LOC-05)", hostOK + dcWith("", "[FR, US]"), 0},
		{"no remote administration", hostNoRemote + dcWith("", "[FR, IN]"), 0},
	})
	runRuleCases(t, "HOST-06", []ruleCase{
		{"separated", hostOK, 0},
		{"not separated", strings.Replace(hostOK, "env_separation: true", "env_separation: false", 1), 1},
	})
}

func TestHostingWhen(t *testing.T) {
	p := testPlan(t, hostNoRemote)
	for _, f := range []*struct {
		name string
		on   bool
	}{
		{"remote_maintenance_devices", p.Active(hostDevices, nil)},
		{"client_approval", p.Active(hostApproval, nil)},
		{"session_recording", p.Active(hostRecording, nil)},
	} {
		if f.on {
			t.Errorf("%s should be off without remote administration", f.name)
		}
	}
	if q := testPlan(t, hostOK); !q.Active(hostDevices, nil) || !q.Active(hostRecording, nil) {
		t.Error("remote administration questions should be on")
	}
	for _, it := range p.Items(Catalogue().Section("hosting")) {
		if it.Field == hostApproval || it.Field == hostRecording || it.Field == hostDevices {
			t.Errorf("%s is off but listed as to complete", it.Path)
		}
	}
}
