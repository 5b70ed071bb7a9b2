package sections

import (
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
)

// ctxCover is a draft cover page that identifies the document.
const ctxCover = `
cover:
  title: PAS
  reference: PAS-01
  version: "0.1"
  status: draft
  date_issued: 2026-11-01
  confidentiality: confidential
`

// ctxEngagement is the base engagement with its scope.
var ctxEngagement = baseEngagement + "  scope: Dossier patient informatisé, production et recette\n"

func TestCoverRules(t *testing.T) {
	submitted := edit(ctxCover, "status: draft", "status: submitted")
	runRuleCases(t, "CTX-09", []ruleCase{
		{"submitted, all settled", submitted, 0},
		{"submitted with a question", edit(submitted, "  title: PAS\n", "  title: {value: PAS, state: to_confirm, question: \"Final title?\"}\n") + "access:\n  provisioning: {approver: {state: open, question: \"Who approves?\"}}\n", 1},
		{"draft with a question", edit(ctxCover, "  title: PAS\n", "  title: {value: PAS, state: to_confirm, question: \"Final title?\"}\n"), 0},
	})
	got := ruleFindings(t, testPlan(t, edit(submitted, "  title: PAS\n", "  title: {value: PAS, state: to_confirm, question: \"Final title?\"}\n")+"access:\n  provisioning: {approver: {state: open, question: \"Who approves?\"}}\n"), "CTX-09")
	if len(got) != 1 || got[0].Message.EN != "PAS submitted with the offer while 1 value to confirm and 1 open question remain: it is a conditional offer" {
		t.Errorf("CTX-09 message: %v", got)
	}
	runRuleCases(t, "CTX-01", []ruleCase{
		{"identified", ctxCover + ctxEngagement, 0},
		{"version, date and scope missing", "cover:\n  title: PAS\n", 3},
		{"no service model", ctxCover + edit(ctxEngagement, "service_models: [saas, integration]", "service_models: []"), 1},
		{"no client nor provider", ctxCover + ctxEngagement + "parties:\n  organisations:\n    - {id: host, name: Host, role: hosting, seat_country: FR, gdpr_role: sub_processor}\n", 2},
	})
	contractual := edit(ctxCover, "status: draft", "status: contractual")
	signed := contractual + "  signatories:\n    - {id: s1, name: A, party: cli}\n    - {id: s2, name: C, party: int}\n"
	withRef := edit(ctxEngagement, "  scope:", "  procurement: {reference: M-2026-12}\n  scope:")
	runRuleCases(t, "CTX-02", []ruleCase{
		{"draft", ctxCover + ctxEngagement, 0},
		{"signed with reference", signed + withRef, 0},
		{"unsigned without reference", contractual + ctxEngagement, 3},
		{"provider has not signed", contractual + "  signatories:\n    - {id: s1, name: A, party: cli}\n" + withRef, 1},
	})
	history := "  changelog:\n    - {id: v1, version: \"1.0\", date: 2026-01-01, summary: Initiale}\n"
	runRuleCases(t, "CTX-06", []ruleCase{
		{"current version recorded", edit(contractual, `version: "0.1"`, `version: "1.0"`) + history, 0},
		{"new version not recorded", edit(contractual, `version: "0.1"`, `version: "1.1"`) + history, 1},
		{"draft", edit(ctxCover, `version: "0.1"`, `version: "1.1"`) + history, 0},
	})
	public := edit(ctxCover, "confidentiality: confidential", "confidentiality: public")
	runRuleCases(t, "CTX-07", []ruleCase{
		{"confidential with cities", ctxCover + gdprDCSite("FR", "[production]", "[FR]"), 0},
		{"public with cities", public + gdprDCSite("FR", "[production]", "[FR]"), 1},
		{"public without sites", public, 0},
	})
}

// CTX-01 owns the presence of the identification fields: REQ-01 leaves
// them alone.
func TestCTX01OwnsPresence(t *testing.T) {
	p := testPlan(t, "cover:\n  title: PAS\n")
	for _, f := range pas.RunChecks(p, asOf) {
		if f.Rule == "REQ-01" && (f.Path == "cover.version" || f.Path == "cover.date_issued" || f.Path == "engagement.scope") {
			t.Errorf("REQ-01 reports a field CTX-01 owns: %+v", f)
		}
	}
	if Catalogue().Section("cover").Rules == nil {
		t.Error("the cover rules are not attached to the cover section")
	}
}

// TestVersionHistoryForTheClient: the client's document lists the versions
// issued to it (as marked, else all but the 0.x drafts); the internal one
// lists every version, drafts marked as such.
func TestVersionHistoryForTheClient(t *testing.T) {
	p := decodeTest(t, `cover:
  changelog:
    - {id: a, version: "0.1", date: 2026-10-01, summary: Draft}
    - {id: b, version: "0.5", date: 2026-10-10, summary: Sent for comments, issued: true}
    - {id: c, version: "1.0", date: 2026-11-01, summary: Submitted}
    - {id: d, version: "1.1", date: 2026-11-15, summary: Internal rework, issued: false}
`)
	client := pas.RenderSection(p, p.Cat.Section("cover"), pas.RenderOptions{Audience: pas.ClientAudience})
	internal := pas.RenderSection(p, p.Cat.Section("cover"), pas.RenderOptions{Audience: pas.InternalAudience})
	for _, tc := range []struct {
		doc, text string
		want      bool
	}{
		{client, "| 0.1 |", false}, {client, "| 0.5 |", true}, {client, "| 1.0 |", true}, {client, "| 1.1 |", false},
		{internal, "| 0.1 *(version de travail)* |", true}, {internal, "| 0.5 |", true}, {internal, "| 1.1 *(version de travail)* |", true},
	} {
		if strings.Contains(tc.doc, tc.text) != tc.want {
			t.Errorf("%q shown %t, want %t:\n%s", tc.text, !tc.want, tc.want, tc.doc)
		}
	}
	if p.FormatVersion() != 2 {
		t.Errorf("a plan marking issued versions is format %d, want 2", p.FormatVersion())
	}
}
