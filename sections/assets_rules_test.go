package sections

import "testing"

func TestAssetsRules(t *testing.T) {
	runRuleCases(t, "AST-01", []ruleCase{
		{"erased with report", `
assets:
  inventory: true
  classification: client_scheme
  removable_media: forbidden
  disposal: {methods: [crypto_erase, physical_destruction], report: true}
`, 0},
		{"no report", `
assets:
  inventory: true
  classification: client_scheme
  removable_media: forbidden
  disposal: {methods: [secure_overwrite], report: false}
`, 1},
		{"no method and no report", `
assets:
  inventory: true
  classification: none
  removable_media: unrestricted
  disposal: {methods: [], report: false}
`, 2},
	})
}
