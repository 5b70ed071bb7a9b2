package sections

import (
	"bytes"
	"testing"

	"github.com/pas-editor/pas/pas"
)

// structural lists the fields a profile may set as committed values: they
// describe the kind of engagement and the plan's own state, never a
// promise made to the client.
var structural = map[string]bool{
	"cover.status": true, "cover.version": true, "engagement.service_models": true, "engagement.development": true,
	"raci.model": true, "raci.parties": true, "parties.organisations.role": true,
	"raci.activities.label": true, "raci.activities.standard": true, "raci.activities.category": true, "raci.activities.phase": true,
}

// TestProfilesNeverClaimACommitment: every value a profile sets is either
// structural or to confirm; no certificate, site, tool or sub-processor is
// declared; the plan loads again and has no error finding.
func TestProfilesNeverClaimACommitment(t *testing.T) {
	cat := Catalogue()
	for _, id := range Profiles() {
		for _, l := range pas.Langs {
			p, err := Profile(id, l)
			if err != nil {
				t.Fatal(err)
			}
			claim := func(f *pas.Field, v *pas.Value) {
				if v.IsSet() && v.State == pas.Committed && !structural[f.Path] {
					t.Errorf("%s/%s: %s is committed to %q", id, l, f.Path, pas.Format(p, f, v, l))
				}
				if v.Pending() && v.Question == "" {
					t.Errorf("%s/%s: %s is to confirm without saying why", id, l, f.Path)
				}
			}
			for _, s := range cat.Sections {
				for _, f := range s.Fields {
					claim(f, p.Get(f))
					for _, r := range p.Records(f) {
						for _, rf := range f.Fields {
							claim(rf, r.Get(rf))
						}
					}
				}
			}
			for _, list := range []string{"frameworks.certificates", "datacenter.sites", "tools.items", "gdpr.subprocessors", "gdpr.transfers", "parties.contacts"} {
				if n := len(p.Records(cat.MustField(list))); n > 0 {
					t.Errorf("%s/%s: %d records in %s", id, l, n, list)
				}
			}
			data := pas.Encode(p)
			again, err := pas.Decode(data, id+".yaml", cat)
			if err != nil || !bytes.Equal(pas.Encode(again), data) {
				t.Fatalf("%s/%s: does not load back: %v", id, l, err)
			}
			for _, f := range pas.RunChecks(again, asOf) {
				if f.Severity == pas.Error {
					t.Errorf("%s/%s: error finding %s %s: %s", id, l, f.Rule, f.Path, f.Message.EN)
				}
			}
		}
	}
}

func TestProfilesShapeTheEngagement(t *testing.T) {
	cat := Catalogue()
	applies := func(id, section string) bool {
		p, err := Profile(id, pas.EN)
		if err != nil {
			t.Fatal(err)
		}
		return p.Applicable(cat.Section(section))
	}
	for _, tc := range []struct {
		profile, section string
		want             bool
	}{
		{"saas", "devsec", true}, {"iaas", "devsec", false}, {"integration", "devsec", true},
		{"integration", "datacenter", false}, {"integration", "continuity", false}, {"saas", "continuity", true},
		{"managed", "hosting", true},
	} {
		if got := applies(tc.profile, tc.section); got != tc.want {
			t.Errorf("profile %s: chapter %s applies = %v, want %v", tc.profile, tc.section, got, tc.want)
		}
	}
	iaas, _ := Profile("iaas", pas.EN)
	if got := iaas.Record(raciActivites, "os_patching").Get(actAssign).RACI["client"]; got != "RA" {
		t.Errorf("IaaS: the client patches its guest systems, got %q", got)
	}
	if got := iaas.Record(raciActivites, "physical_security").Get(actAssign).RACI["provider"]; got != "RA" {
		t.Errorf("IaaS: the provider hosts, got %q", got)
	}
	if _, err := Profile("hybrid", pas.EN); err == nil {
		t.Error("an unknown profile is accepted")
	}
}
