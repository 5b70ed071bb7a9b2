package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// editExample loads an example plan of the directory, applies edit and
// writes the result under name.
func editExample(t *testing.T, dir, from, name string, edit func(p *pas.Plan)) {
	t.Helper()
	p, err := pas.Load(filepath.Join(dir, from), sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	edit(p)
	if err := os.WriteFile(filepath.Join(dir, name), pas.Encode(p), 0o644); err != nil {
		t.Fatal(err)
	}
}

// tenderVariant is the example adapted for another tender: a weaker RPO,
// a stricter availability, a log retention beyond the usual range, a
// site removed, a certificate added, a RACI cell moved, a chapter marked
// not applicable, a committed value now to confirm, records reordered.
func tenderVariant(p *pas.Plan) {
	cat := p.Cat
	set := func(path string, v *pas.Value) { p.Set(cat.MustField(path), v) }
	set("continuity.bcp.rpo", &pas.Value{Has: true, Dur: pas.Hours(24)})
	set("continuity.sla.availability", &pas.Value{Has: true, Num: 99.95})
	set("session.logs.retention", &pas.Value{Has: true, Dur: pas.Months(24)})
	rto := p.Get(cat.MustField("continuity.bcp.rto")).Clone()
	rto.State, rto.Question = pas.ToConfirm, "Valider avec Datarive"
	set("continuity.bcp.rto", rto)
	sites := p.ListOf(cat.MustField("datacenter.sites"))
	sites.Records = slices.DeleteFunc(sites.Records, func(r *pas.Record) bool { return r.ID == "vgs-rennes" })
	certs := p.ListOf(cat.MustField("frameworks.certificates"))
	iso := certs.Records[0].Clone()
	iso.ID = "crt-hsn-27701"
	iso.Set(cat.MustField("frameworks.certificates.scheme"), &pas.Value{Has: true, Str: "iso27701"})
	certs.Records = append(certs.Records, iso)
	slices.Reverse(p.ListOf(cat.MustField("raci.activities")).Records)
	act := p.Record(cat.MustField("raci.activities"), "a01")
	assign := act.Get(cat.MustField("raci.activities.assign")).Clone()
	assign.RACI["drv"] = "C"
	act.Set(cat.MustField("raci.activities.assign"), assign)
	p.Edit("devsec").NA = &pas.NA{Justification: "Aucun développement spécifique dans ce marché."}
}

func TestDiffGoldens(t *testing.T) {
	dir := exampleDir(t)
	for _, l := range []string{"fr", "en"} {
		editExample(t, dir, l+".yaml", l+"-tender.yaml", tenderVariant)
		code, out, errOut := runCLI(t, dir, "diff", l+".yaml", l+"-tender.yaml")
		if code != 1 {
			t.Errorf("%s: exit %d, want 1 (%s)", l, code, errOut)
		}
		requireGolden(t, "diff-"+l+".text", out)
		_, out, _ = runCLI(t, dir, "diff", "--format", "json", l+".yaml", l+"-tender.yaml")
		requireGolden(t, "diff-"+l+".json", out)
		var rep jsonDiff
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatal(err)
		}
		if rep.Summary["weaker"] == 0 || rep.Summary["stricter"] == 0 || rep.Summary["outside_range"] != 1 {
			t.Errorf("%s: summary %v", l, rep.Summary)
		}
	}
}

func TestDiffReorderOnlyIsNoDifference(t *testing.T) {
	dir := exampleDir(t)
	editExample(t, dir, "fr.yaml", "reordered.yaml", func(p *pas.Plan) {
		for _, d := range p.Sections {
			for _, l := range d.Lists {
				slices.Reverse(l.Records)
			}
		}
	})
	code, out, errOut := runCLI(t, dir, "diff", "fr.yaml", "reordered.yaml")
	if code != 0 || out != "" || errOut != "" {
		t.Errorf("reordering alone: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestDiffExitCodes(t *testing.T) {
	dir := exampleDir(t)
	if err := os.WriteFile(filepath.Join(dir, "broken.yaml"), []byte("schema_version: 1\nfoo: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stdout string
	}{
		{"same file", []string{"diff", "fr.yaml", "fr.yaml"}, 0, ""},
		{"same file json", []string{"diff", "--format", "json", "fr.yaml", "fr.yaml"}, 0, "\"changes\": []"},
		{"languages differ", []string{"diff", "fr.yaml", "en.yaml"}, 1, "Language of the plan: français → English"},
		{"one plan", []string{"diff", "fr.yaml"}, 2, ""},
		{"missing plan", []string{"diff", "fr.yaml", "missing.yaml"}, 2, ""},
		{"broken plan", []string{"diff", "broken.yaml", "fr.yaml"}, 2, ""},
		{"bad format", []string{"diff", "--format", "xml", "fr.yaml", "en.yaml"}, 2, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, _ := runCLI(t, dir, tc.args...)
			if code != tc.code || (tc.stdout == "" && out != "") || !strings.Contains(out, tc.stdout) {
				t.Errorf("exit %d, want %d; stdout:\n%s", code, tc.code, out)
			}
		})
	}
}

func TestTextconv(t *testing.T) {
	dir := t.TempDir()
	plan := twoAPlan + `continuity:
  bcp:
    rpo: {value: 4h, state: to_confirm, question: Ask the host, owner: Int}
  notes: |-
    First line.

    Third line.
waivers:
  - {rule: RACI-01, item: a1, reason: Shared, approver: CISO, date: 2026-11-01}
conflicts:
  - {path: continuity.bcp.rto, base: 8h, ours: 4h}
`
	write(t, dir, "p.yaml", strings.Replace(plan, "schema_version: 1", "schema_version: 2", 1))
	code, out, errOut := runCLI(t, dir, "diff", "--textconv", "p.yaml")
	want := `lang = en

## 2. Parties
parties.organisations[cli] = “Client”
parties.organisations[cli].name = Client
parties.organisations[cli].role = Client
parties.organisations[cli].seat_country = France
parties.organisations[cli].gdpr_role = Controller
parties.organisations[int] = “Integrator”
parties.organisations[int].name = Integrator
parties.organisations[int].role = Provider (prime contractor)
parties.organisations[int].seat_country = France
parties.organisations[int].gdpr_role = Processor

## 4. Roles and responsibilities (RACI)
raci.parties = Client, Integrator
raci.activities[a1] = “Define security needs”
raci.activities[a1].label = Define security needs
raci.activities[a1].assign[cli] = R, A
raci.activities[a1].assign[int] = A

## 18. Service continuity, backups and recovery
continuity.bcp.rpo = 4 h (to confirm: Ask the host; owner: Int)
continuity.notes = First line.
continuity.notes +
continuity.notes + Third line.

## Waivers
waivers[RACI-01 a1] = Shared (approved by CISO on 1 November 2026)

## Merge conflicts
conflicts[continuity.bcp.rto] = ours: 4h; theirs: (nothing); base: 8h
`
	if code != 0 || out != want {
		t.Errorf("exit %d (%s), got:\n%s", code, errOut, out)
	}
	if code, _, _ := runCLI(t, dir, "diff", "--textconv", "missing.yaml"); code != 2 {
		t.Errorf("textconv of a missing file: exit %d", code)
	}
}
