package sections

import "testing"

const changeOK = `
change:
  process: CAB weekly; emergency changes approved by the on-call manager.
  security_review: true
  client_notice: {major_changes: true, major_changes_delay: 2w, non_eu_law: true, non_eu_law_delay: 1mo}
  language: {support: [fr], interfaces: [fr, en]}
`

func TestChangeRules(t *testing.T) {
	runRuleCases(t, "CHG-01", []ruleCase{
		{"notice", changeOK, 0},
		{"no notice", `
change:
  process: x
  security_review: true
  client_notice: {major_changes: false, non_eu_law: true, non_eu_law_delay: 1mo}
`, 1},
	})
	runRuleCases(t, "CHG-02", []ruleCase{
		{"one month", changeOK, 0},
		{"no notice", `
change:
  process: x
  security_review: true
  client_notice: {major_changes: true, non_eu_law: false}
`, 1},
		{"two weeks", `
change:
  process: x
  security_review: true
  client_notice: {major_changes: true, non_eu_law: true, non_eu_law_delay: 2w}
`, 1},
		{"two weeks allowed by policy", `
policy: {change_non_eu_law_notice_min: 2w}
change:
  process: x
  security_review: true
  client_notice: {major_changes: true, non_eu_law: true, non_eu_law_delay: 2w}
`, 0},
	})
}

func TestChangeNoticeDelaysOff(t *testing.T) {
	p := testPlan(t, `
change:
  client_notice: {major_changes: false, non_eu_law: false}
`)
	if p.Active(chgNoticeMajorDelay, nil) || p.Active(chgNoticeNonEUDelay, nil) {
		t.Error("notice delays asked although no notice is given")
	}
	p = testPlan(t, changeOK)
	if !p.Active(chgNoticeMajorDelay, nil) || !p.Active(chgNoticeNonEUDelay, nil) {
		t.Error("notice delays not asked although notice is given")
	}
}
