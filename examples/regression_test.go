package examples

import (
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// reencode encodes a plan and checks that what is written loads again.
func reencode(t *testing.T, p *pas.Plan) {
	t.Helper()
	if _, err := pas.Decode(pas.Encode(p), "re.yaml", p.Cat); err != nil {
		t.Errorf("what pas writes does not load: %v", err)
	}
}

func examplePlan(t *testing.T) *pas.Plan {
	t.Helper()
	p, err := pas.Decode(Plan(pas.FR), "ex", sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestPendingRACIRoundTrip(t *testing.T) {
	p := examplePlan(t)
	cat := p.Cat
	r := p.Records(cat.MustField("raci.activities"))[0]
	v := r.Get(cat.MustField("raci.activities.assign")).Clone()
	v.State, v.Question = pas.ToConfirm, "à valider"
	r.Set(cat.MustField("raci.activities.assign"), v)
	reencode(t, p)
}

func TestRemoveReferencesKeepsPlansLoadable(t *testing.T) {
	p := examplePlan(t)
	cat := p.Cat
	owner := cat.MustField("governance.owner")
	v := p.Get(owner).Clone()
	v.State = pas.ToConfirm
	p.Set(owner, v)
	p.RemoveReferences(cat.MustField("parties.contacts"), v.Str)
	reencode(t, p)
	dpo := cat.MustField("gdpr.dpo")
	for _, id := range append([]string(nil), p.Get(dpo).List...) {
		p.RemoveReferences(cat.MustField("parties.contacts"), id)
	}
	if v := p.Get(dpo); v.IsSet() {
		t.Errorf("deleting every DPO leaves %v, rendered %q", v.List, pas.Format(p, dpo, v, pas.FR))
	}
}

// TestDecodeRefusesWhatEncodeCannotKeep: every form the decoder accepts
// is one the encoder writes back; the others are refused with a position.
func TestDecodeRefusesWhatEncodeCannotKeep(t *testing.T) {
	for _, src := range []string{
		"schema_version: 1\npolicy:\n  datacenter_secondary_min_km: {value: 50, state: to_confirm, question: a}\n",
		"schema_version: 1\npolicy:\n  crypto_ecc_min_bits: {state: open, question: b}\n",
		"schema_version: 1\nsession:\n  logs:\n    retention: {value: 6mo, state: committed, question: c, owner: DPO}\n",
		"schema_version: 1\nsession:\n  logs:\n    retention: {value: {value: 6mo, state: open, question: d}, state: to_confirm}\n",
		"schema_version: 1\nsession:\n  logs.retention: 6mo\n  logs:\n    retention: 24mo\n",
		"schema_version: 1\ncontinuity:\n  sla:\n    availability: 99.9995\n",
	} {
		_, err := pas.Decode([]byte(src), "t.yaml", sections.Catalogue())
		if err == nil || !strings.Contains(err.Error(), "t.yaml:") {
			t.Errorf("accepted or unpositioned (%v):\n%s", err, src)
		}
	}
}

func TestBlankRequiredTextIsMissing(t *testing.T) {
	p, err := pas.Decode([]byte("schema_version: 1\nexit:\n  plan_ref: \"  \"\n"), "t.yaml", sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	s := p.Cat.Section("exit")
	missing := false
	for _, it := range p.Items(s) {
		missing = missing || (it.Field.ID == "plan_ref" && it.Kind == pas.Missing)
	}
	if !missing {
		t.Error("a blank required text counts as answered")
	}
}
