package sections

import (
	"flag"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
)

// tested records the rules that runRuleCases exercised.
var tested = map[string]bool{}

// TestMain checks, after a full run, that every rule of the catalogue has
// table tests (at least one failing and one passing case each).
func TestMain(m *testing.M) {
	code := m.Run()
	if f := flag.Lookup("test.run"); code == 0 && (f == nil || f.Value.String() == "") {
		var missing []string
		for _, r := range Catalogue().Rules {
			if !tested[r.ID] {
				missing = append(missing, r.ID)
			}
		}
		sort.Strings(missing)
		if len(missing) > 0 {
			println("rules without table tests:", strings.Join(missing, ", "))
			code = 1
		}
	}
	os.Exit(code)
}

func TestStructureRules(t *testing.T) {
	// REQ-01 and REQ-02 look at the whole plan: count only the cover's.
	cover := func(yaml, rule string) int {
		n := 0
		for _, f := range ruleFindings(t, testPlan(t, yaml), rule) {
			if f.Section == "cover" {
				n++
			}
		}
		return n
	}
	full := "cover:\n  title: T\n  reference: R\n  version: \"0.1\"\n  status: draft\n  date_issued: 2026-11-01\n  confidentiality: internal\n"
	if n := cover(full, "REQ-01"); n != 0 {
		t.Errorf("REQ-01 on a complete cover: %d findings", n)
	}
	if n := cover(strings.Replace(full, "  title: T\n", "", 1), "REQ-01"); n != 1 {
		t.Errorf("REQ-01 without a title: %d findings, want 1", n)
	}
	question := strings.Replace(full, "  title: T\n", "  title: {state: open, question: Q}\n", 1)
	if n := cover(question, "REQ-02"); n != 0 {
		t.Errorf("REQ-02 on a draft with a question: %d", n)
	}
	if n := cover(strings.Replace(question, "status: draft", "status: contractual", 1), "REQ-02"); n != 1 {
		t.Errorf("REQ-02 on a contractual plan with a question: %d, want 1", n)
	}
	tested["REQ-01"], tested["REQ-02"] = true, true
	exit := func(yaml string) int {
		n := 0
		for _, f := range ruleFindings(t, testPlan(t, yaml), "REQ-03") {
			if f.Section == "exit" {
				n++
			}
		}
		return n
	}
	if n := exit(""); n != 1 {
		t.Errorf("REQ-03 without an exit chapter: %d findings, want 1", n)
	}
	if n := exit("exit:\n  notice_period: 2mo\n"); n != 0 {
		t.Errorf("REQ-03 on an exit chapter with one answer: %d findings, want 0", n)
	}
	if n := exit("exit:\n  not_applicable: The client keeps its data on its premises.\n"); n != 0 {
		t.Errorf("REQ-03 on an exit chapter set aside: %d findings, want 0", n)
	}
	tested["REQ-03"] = true
	runRuleCases(t, "REF-01", []ruleCase{
		{"known party", "datacenter:\n  sites:\n    - {id: s1, name: S, operator: host, country: FR, city: Lyon, roles: [primary], data_hosted: [production]}\n", 0},
		{"unknown party", "datacenter:\n  sites:\n    - {id: s1, name: S, operator: ghost, country: FR, city: Lyon, roles: [primary], data_hosted: [production]}\n", 1},
	})
	runRuleCases(t, "NA-01", []ruleCase{
		{"justified", "assets:\n  not_applicable: No media leave the site.\n", 0},
		{"no justification", "assets:\n  not_applicable: \"\"\n", 1},
	})
}

// TestMissingChapterRollsUp: a chapter the plan says nothing about gives
// one finding (REQ-03, counting the answers expected) instead of one per
// question, whichever rule reports them; answering one question brings
// the questions back one by one.
func TestMissingChapterRollsUp(t *testing.T) {
	inExit := func(p *pas.Plan) []pas.Finding {
		var out []pas.Finding
		for _, f := range pas.RunChecks(p, asOf) {
			if f.Section == "exit" {
				out = append(out, f)
			}
		}
		return out
	}
	got := inExit(testPlan(t, ""))
	if len(got) != 1 || got[0].Rule != "REQ-03" || got[0].Path != "exit" || !got[0].IsMissing() {
		t.Fatalf("blank exit chapter: %v, want one REQ-03 finding on exit", got)
	}
	if !strings.Contains(got[0].Message.FR, "chapitre « Réversibilité » absent : 14\u00a0réponses attendues") ||
		!strings.Contains(got[0].Message.EN, "chapter \"Reversibility and exit\" missing: 14 answers expected") {
		t.Errorf("message: %+v", got[0].Message)
	}
	if got[0].Severity != pas.Warning {
		t.Errorf("in a draft the roll-up is a warning, got %s", got[0].Severity)
	}
	rules := map[string]bool{}
	for _, f := range inExit(testPlan(t, "exit:\n  notice_period: 2mo\n")) {
		rules[f.Rule] = true
	}
	for _, want := range []string{"REQ-01", "REV-01", "REV-05", "REV-09"} {
		if !rules[want] {
			t.Errorf("exit chapter with one answer: no %s finding (got %v)", want, rules)
		}
	}
	if rules["REQ-03"] {
		t.Error("exit chapter with one answer is not missing")
	}
}

// TestItemLabels: a missing answer names its group or its record.
func TestItemLabels(t *testing.T) {
	msgs := map[string]pas.Text{}
	p := testPlan(t, "exit:\n  transition_period: 30d\ndatacenter:\n  sites:\n    - {id: s1, name: LYO1, operator: host, country: FR, roles: [primary], data_hosted: [production]}\n")
	for _, f := range ruleFindings(t, p, "REQ-01") {
		msgs[f.Path] = f.Message
	}
	for path, want := range map[string]pas.Text{
		"exit.deletion.method":      pas.T("Méthode (effacement) : réponse attendue", "Method (deletion): answer expected"),
		"datacenter.sites[s1].city": pas.T("Ville (« LYO1 ») : réponse attendue", "City (\"LYO1\"): answer expected"),
		"exit.notice_period":        pas.T("Préavis : réponse attendue", "Notice period: answer expected"),
	} {
		if msgs[path] != want {
			t.Errorf("%s: %+v, want %+v", path, msgs[path], want)
		}
	}
}

// TestMissingIsWarningInDraft: in a draft, an error reporting something
// missing is lowered to a warning; once submitted it is an error.
func TestMissingIsWarningInDraft(t *testing.T) {
	sev := func(status string) pas.Severity {
		p := testPlan(t, "cover:\n  status: "+status+"\n")
		for _, f := range ruleFindings(t, p, "REQ-01") {
			if f.Path == "cover.title" {
				return f.Severity
			}
		}
		t.Fatalf("%s: no REQ-01 on the title", status)
		return 0
	}
	if sev("draft") != pas.Warning || sev("submitted") != pas.Error {
		t.Errorf("draft %v, submitted %v", sev("draft"), sev("submitted"))
	}
}

// TestWaivers: a waiver in force marks the finding waived (still
// reported); an expired one no longer applies; another item is not covered.
func TestWaivers(t *testing.T) {
	base := "cover:\n  status: submitted\n"
	waived := func(w string) []bool {
		var out []bool
		for _, f := range ruleFindings(t, testPlan(t, base+w), "REQ-01") {
			if f.Path == "cover.title" {
				out = append(out, f.Waived())
			}
		}
		return out
	}
	if got := waived("waivers:\n  - {rule: REQ-01, item: cover.title, reason: r, approver: a, date: 2026-11-01}\n"); len(got) != 1 || !got[0] {
		t.Errorf("in force: %v", got)
	}
	if got := waived("waivers:\n  - {rule: REQ-01, item: cover.title, reason: r, approver: a, date: 2026-01-01, expires: 2026-06-30}\n"); len(got) != 1 || got[0] {
		t.Errorf("expired: %v", got)
	}
	if got := waived("waivers:\n  - {rule: REQ-01, item: cover.reference, reason: r, approver: a, date: 2026-11-01}\n"); len(got) != 1 || got[0] {
		t.Errorf("other item: %v", got)
	}
}

// TestCatalogueInvariants: every section renders and checks on the
// example-like base plan, every field and option has both languages,
// every control is a known Annex A control.
func TestCatalogueInvariants(t *testing.T) {
	cat := Catalogue()
	if len(cat.Sections) != len(order) {
		t.Fatalf("%d sections for %d ids in the order list", len(cat.Sections), len(order))
	}
	p := testPlan(t, "")
	for _, s := range cat.Sections {
		if s.Intro.FR == "" || s.Intro.EN == "" {
			t.Errorf("%s: intro missing in a language", s.ID)
		}
		for _, c := range s.Controls {
			if _, ok := annexA[c]; !ok {
				t.Errorf("%s: unknown Annex A control %s", s.ID, c)
			}
		}
		for _, c := range s.SOC2 {
			if _, ok := soc2Categories[c]; !ok {
				t.Errorf("%s: unknown SOC 2 category %s", s.ID, c)
			}
		}
		for _, l := range pas.Langs {
			p.Lang = l
			if md := pas.RenderSection(p, s, pas.RenderOptions{}); !strings.Contains(md, "## ") && !s.Cover {
				t.Errorf("%s (%s) renders no chapter heading", s.ID, l)
			}
		}
	}
	for _, f := range cat.Policy {
		if f.Suggest == "" || f.Help.IsZero() && f.Label.IsZero() {
			t.Errorf("threshold %s has no default or label", f.ID)
		}
		if _, err := pas.ParseInput(f, f.Suggest); err != nil {
			t.Errorf("threshold %s: default %q does not parse: %v", f.ID, f.Suggest, err)
		}
	}
	checkSuggestions(t, cat)
	checkSuggestionsDecode(t, cat)
}

func checkSuggestions(t *testing.T, cat *pas.Catalogue) {
	for _, s := range cat.Sections {
		for _, f := range s.Fields {
			for _, ff := range append([]*pas.Field{f}, f.Fields...) {
				if ff.Suggest == "" {
					continue
				}
				if v, err := pas.Suggestion(ff); err != nil || v == nil {
					t.Errorf("%s: suggestion %q does not parse: %v", ff.Path, ff.Suggest, err)
				}
			}
		}
	}
}

// checkSuggestionsDecode checks that every suggestion of a section field,
// written by hand into plan.yaml, decodes to a value, and that every
// threshold default reads back from an empty plan.
func checkSuggestionsDecode(t *testing.T, cat *pas.Catalogue) {
	for _, s := range cat.Sections {
		for _, f := range s.Fields {
			if f.Suggest == "" {
				continue
			}
			y := s.ID + ":\n"
			if g := f.Group(); g != "" {
				y += "  " + g + ":\n  "
			}
			y += "  " + f.Key() + ": " + f.Suggest + "\n"
			if v := testPlan(t, y).Get(f); !v.IsSet() {
				t.Errorf("%s: suggestion %q does not decode", f.Path, f.Suggest)
			}
		}
	}
	p := testPlan(t, "")
	for _, f := range cat.Policy {
		if !p.PolicyValue(f.ID).IsSet() {
			t.Errorf("threshold %s: default %q does not read back", f.ID, f.Suggest)
		}
	}
}
