package sections

import "testing"

const networkOK = `
network:
  segmentation: [tenant_isolation, environments, tiers]
  filtering: [firewall, waf]
  hardening_baseline: [anssi, cis]
  admin_separation: logical
  remote_access: [vpn, bastion]
`

func TestNetworkRules(t *testing.T) {
	runRuleCases(t, "NET-01", []ruleCase{
		{"logical separation", networkOK, 0},
		{"physical separation", `
network:
  segmentation: []
  filtering: [firewall]
  hardening_baseline: [cis]
  admin_separation: physical
`, 0},
		{"mixed flows", `
network:
  segmentation: [environments]
  filtering: [firewall]
  hardening_baseline: [cis]
  admin_separation: none
`, 1},
	})
	runRuleCases(t, "NET-02", []ruleCase{
		{"baseline", networkOK, 0},
		{"unanswered is left to REQ-01", `
network:
  segmentation: [environments]
  filtering: [firewall]
  admin_separation: physical
`, 0},
		{"none", `
network:
  segmentation: [environments]
  filtering: [firewall]
  hardening_baseline: []
  admin_separation: physical
`, 1},
	})
}
