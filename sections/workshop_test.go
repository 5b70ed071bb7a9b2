package sections

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pas-editor/pas/pas"
)

// sidebarRoom is what a chapter's number and short title may take in the
// editor's sidebar at 100 columns (28 columns, less a space and a
// two-character badge such as "?1").
const sidebarRoom = 25

// TestShortTitles: every chapter has a short title in both languages that
// fits the sidebar with its number.
func TestShortTitles(t *testing.T) {
	nums := pas.ChapterNumbers(Catalogue())
	for _, s := range Catalogue().Sections {
		for _, l := range pas.Langs {
			short := s.Short.In(l)
			if short == "" {
				t.Errorf("%s: no short title in %s", s.ID, l)
				continue
			}
			label := short
			if n := nums[s.ID]; n > 0 {
				label = strconv.Itoa(n) + ". " + short
			}
			if w := utf8.RuneCountInString(label); w > sidebarRoom {
				t.Errorf("%s: %q is %d wide, more than %d", s.ID, label, w, sidebarRoom)
			}
		}
	}
	if got := Catalogue().Section("access").ShortTitle().FR; got != "Habilitations et accès" {
		t.Errorf("access short title = %q", got)
	}
}

// TestWorkshopSteps: the workshop starts with the context and the security
// needs, names each field once, and ends with the RACI rows the client
// holds.
func TestWorkshopSteps(t *testing.T) {
	cat := Catalogue()
	steps := cat.Workshop
	if len(steps) == 0 || steps[0].Field.Section.ID != "engagement" {
		t.Fatalf("the workshop does not start with the context: %v", steps)
	}
	seen := map[*pas.Field]bool{}
	var paths []string
	for _, st := range steps {
		f := st.Field
		if f == nil || cat.Field(f.Path) != f {
			t.Fatalf("step %v is not a field of the catalogue", f)
		}
		if seen[f] {
			t.Errorf("%s asked twice", f.Path)
		}
		seen[f] = true
		paths = append(paths, f.Path)
		if st.Holds != nil && f.Kind != pas.KList {
			t.Errorf("%s: Holds on a field that is not a list", f.Path)
		}
	}
	all := strings.Join(paths, " ")
	for _, want := range []string{"engagement.needs.availability", "engagement.needs.traceability", "datacenter.sites", "parties.contacts", "continuity.bcp.rpo", "continuity.bcp.rto"} {
		if !strings.Contains(all, want) {
			t.Errorf("the workshop lacks %s", want)
		}
	}
	if strings.Index(all, "engagement.needs") > strings.Index(all, "parties.contacts") {
		t.Error("DICT after the contacts")
	}
	last := steps[len(steps)-1]
	if last.Field != raciActivites || last.Holds == nil {
		t.Errorf("last step %s, want the RACI rows the client holds", last.Field.Path)
	}
}

// TestClientHolds: the RACI rows with a letter of a client party; every
// row when no party is the client.
func TestClientHolds(t *testing.T) {
	p := testPlan(t, `
raci:
  parties: [cli, int]
  activities:
    - {id: a, label: Besoins, assign: {cli: RA, int: C}}
    - {id: b, label: Correctifs, assign: {int: RA}}
    - {id: c, label: Vide}
`)
	acts := p.Records(raciActivites)
	for i, want := range []bool{true, false, false} {
		if got := clientHolds(p, acts[i]); got != want {
			t.Errorf("row %s: client holds = %v, want %v", acts[i].ID, got, want)
		}
	}
	for _, r := range p.Records(ptyOrganisations) {
		r.Set(ptyRole, &pas.Value{Has: true, Str: "provider"})
	}
	if !clientHolds(p, acts[1]) {
		t.Error("without a client party, the client should hold every row")
	}
}

// TestContactTitle: a contact's free-text title goes to the document and
// makes the plan format 2; the function stays what the rules read.
func TestContactTitle(t *testing.T) {
	p := testPlan(t, "")
	c := p.Records(ptyContacts)[0]
	if strings.HasPrefix(string(pas.Encode(p)), "schema_version: 2") {
		t.Fatal("a plan without titles is written as format 2")
	}
	c.Set(ctcTitle, &pas.Value{Has: true, Str: "RSSI de la Région"})
	if !strings.HasPrefix(string(pas.Encode(p)), "schema_version: 2\n") {
		t.Error("a plan with a contact's title is not written as format 2")
	}
	md := pas.RenderSection(p, Catalogue().Section("parties"), pas.RenderOptions{})
	if !strings.Contains(md, "RSSI de la Région") || !strings.Contains(md, "Intitulé de la fonction") {
		t.Errorf("the title is not in the document:\n%s", md)
	}
	if c.Str(ctcFunction) != "ciso" {
		t.Error("the function changed")
	}
}
