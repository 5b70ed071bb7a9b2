package sections

import (
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/pas/doc"
)

// unnamedParties is a plan whose provider and host have no name yet, as a
// profile's plan starts.
const unnamedParties = `
parties:
  organisations:
    - {id: cli, name: Client, role: client}
    - {id: prov, role: provider}
    - {id: dc, role: hosting}
raci:
  parties: [cli, prov, dc]
  activities:
    - {id: a1, label: Backups, assign: {cli: I, prov: A, dc: R}}
`

// An organisation without a name is to complete in the document, on the
// cover, in the RACI columns and in the page header: its identifier is a
// key of the YAML file, not a name the client knows.
func TestUnnamedPartiesInDocument(t *testing.T) {
	for _, l := range pas.Langs {
		p := decodeTest(t, unnamedParties)
		p.Lang = l
		mark := map[pas.Lang]string{pas.FR: "**[À compléter]**", pas.EN: "**[To be completed]**"}[l]
		host := map[pas.Lang]string{pas.FR: "Hébergeur", pas.EN: "Hosting provider"}[l]
		cover := pas.RenderSection(p, p.Cat.Section("cover"), pas.RenderOptions{})
		raci := pas.RenderSection(p, p.Cat.Section("raci"), pas.RenderOptions{})
		for _, id := range []string{"prov", "dc"} {
			if strings.Contains(cover, "| "+id+" |") || strings.Contains(raci, "| "+id+" |") {
				t.Errorf("%s: the identifier %q stands for a name:\n%s\n%s", l, id, cover, raci)
			}
		}
		if !strings.Contains(cover, "| "+mark+" |") || !strings.Contains(cover, "| "+host+" "+mark+" |") {
			t.Errorf("%s: cover: the provider and the host should be to complete:\n%s", l, cover)
		}
		if !strings.Contains(raci, "| Client | ") || !strings.Contains(raci, " "+host+" "+mark+" |") {
			t.Errorf("%s: RACI header: named party by name, unnamed by role and mark:\n%s", l, raci)
		}
		for _, line := range pas.Build(p, pas.RenderOptions{}).Meta.Header {
			if strings.Contains(doc.PlainText(line), "prov") {
				t.Errorf("%s: the page header names the provider by its identifier: %q", l, doc.PlainText(line))
			}
		}
	}
}

// The appendix of items to complete names an organisation without a name
// by its role, not by its identifier.
func TestUnnamedPartiesToComplete(t *testing.T) {
	p := decodeTest(t, unnamedParties)
	out := string(pas.Render(p, pas.RenderOptions{}))
	_, appendix, ok := strings.Cut(out, "### Chapitre 2 – Parties prenantes")
	if !ok {
		t.Fatalf("no parties in the appendix of items to complete:\n%s", out)
	}
	appendix, _, _ = strings.Cut(appendix, "\n### ")
	if !strings.Contains(appendix, "  - Titulaire\n") || !strings.Contains(appendix, "  - Hébergeur\n") {
		t.Errorf("the unnamed organisations are not named by their role:\n%s", appendix)
	}
	for _, id := range []string{"prov", "dc"} {
		if strings.Contains(appendix, "- "+id+"\n") {
			t.Errorf("the identifier %q stands for a name:\n%s", id, appendix)
		}
	}
}
