package pas

import (
	"strings"
	"testing"
)

func TestResolve(t *testing.T) {
	for _, tc := range []struct {
		name         string
		ours, theirs []string
		take         Take
		want         string // a fragment of the resolved plan
		absent       string // a fragment it must not hold
	}{
		{"value, theirs", []string{"delay: 24h", "delay: 4h"}, []string{"delay: 24h", "delay: 8h"}, TakeTheirs, "delay: 8h", "delay: 4h"},
		{"value, base", []string{"delay: 24h", "delay: 4h"}, []string{"delay: 24h", "delay: 8h"}, TakeBase, "delay: 24h", "delay: 4h"},
		{"record deleted by us, take ours", []string{"    - {id: y, name: Y, country: DE}\n", ""},
			[]string{"{id: y, name: Y, country: DE}", "{id: y, name: Y, country: AT}"}, TakeOurs, "id: x", "id: y"},
		{"record deleted by us, take theirs", []string{"    - {id: y, name: Y, country: DE}\n", ""},
			[]string{"{id: y, name: Y, country: DE}", "{id: y, name: Y, country: AT}"}, TakeTheirs, "country: AT", "country: DE"},
		{"RACI cell", []string{"x: R, y: C", "x: RA, y: C"}, []string{"x: R, y: C", "x: RC, y: C"}, TakeTheirs, "letters: {x: RC, y: C}", "RA"},
		{"notes", []string{"shared notes", "our notes"}, []string{"shared notes", "their notes"}, TakeTheirs, "notes: their notes", "our notes"},
		{"not applicable", []string{"other:\n  note: n\n", "other:\n  not_applicable: ours\n"},
			[]string{"other:\n  note: n\n", "other:\n  not_applicable: theirs\n  note: n\n"}, TakeBase, "notes: shared notes", "not_applicable"},
		{"waiver", []string{"other:", "waivers:\n  - {rule: T-01, reason: ours, approver: A, date: 2026-01-01}\nother:"},
			[]string{"other:", "waivers:\n  - {rule: T-01, reason: theirs, approver: A, date: 2026-01-01}\nother:"}, TakeTheirs, "reason: theirs", "reason: ours"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := merged(t, tc.ours, tc.theirs)
			if len(p.Conflicts) != 1 {
				t.Fatalf("conflicts: %s", conflictPaths(p))
			}
			if err := p.Resolve(p.Conflicts[0], tc.take); err != nil {
				t.Fatal(err)
			}
			out := string(Encode(p))
			if len(p.Conflicts) != 0 || !strings.Contains(out, tc.want) || strings.Contains(out, tc.absent) {
				t.Errorf("resolved plan:\n%s", out)
			}
			if _, err := Decode([]byte(out), "r.yaml", p.Cat); err != nil {
				t.Errorf("the resolved plan does not load: %v", err)
			}
		})
	}
}

func TestResolveRefusesAnInvalidVersion(t *testing.T) {
	p, err := Decode([]byte("schema_version: 2\nmain:\n  delay: 4h\nconflicts:\n  - {path: main.delay, ours: 4h, theirs: soon}\n  - {path: main.nothing, ours: 1}\n"), "p.yaml", testCatalogue())
	if err != nil {
		t.Fatal(err)
	}
	before := string(Encode(p))
	for _, c := range append([]*Conflict(nil), p.Conflicts...) {
		if err := p.Resolve(c, TakeTheirs); err == nil {
			t.Errorf("%s: resolved with an invalid or unknown version", c.Path)
		}
	}
	if after := string(Encode(p)); after != before {
		t.Errorf("a refused resolution changed the plan:\n%s", after)
	}
	p.RemoveConflict("main.nothing")
	if len(p.Conflicts) != 1 || p.Conflicts[0].Path != "main.delay" {
		t.Errorf("RemoveConflict: %s", conflictPaths(p))
	}
}

// TestResolveYAML: a version written by hand resolves a conflict of any
// kind (a value, a RACI cell, a record, notes); empty, it puts nothing
// there; a text that does not load changes nothing and keeps the conflict.
func TestResolveYAML(t *testing.T) {
	for _, tc := range []struct {
		name         string
		ours, theirs []string
		text         string
		want, absent string
	}{
		{"value", []string{"delay: 24h", "delay: 4h"}, []string{"delay: 24h", "delay: 8h"}, "6h", "delay: 6h", "delay: 4h"},
		{"RACI cell", []string{"x: R, y: C", "x: RA, y: C"}, []string{"x: R, y: C", "x: RC, y: C"}, "RCI", "letters: {x: RCI, y: C}", "RA"},
		{"record, by hand", []string{"    - {id: y, name: Y, country: DE}\n", ""},
			[]string{"{id: y, name: Y, country: DE}", "{id: y, name: Y, country: AT}"}, "{id: y, name: Why, country: BE}", "name: Why", "country: AT"},
		{"record, nothing", []string{"    - {id: y, name: Y, country: DE}\n", ""},
			[]string{"{id: y, name: Y, country: DE}", "{id: y, name: Y, country: AT}"}, "  ", "id: x", "id: y"},
		{"notes, on two lines", []string{"shared notes", "our notes"}, []string{"shared notes", "their notes"}, `"first\nsecond"`, "first\n", "our notes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := merged(t, tc.ours, tc.theirs)
			if len(p.Conflicts) != 1 {
				t.Fatalf("conflicts: %s", conflictPaths(p))
			}
			if err := p.ResolveYAML(p.Conflicts[0], tc.text); err != nil {
				t.Fatal(err)
			}
			out := string(Encode(p))
			if len(p.Conflicts) != 0 || !strings.Contains(out, tc.want) || strings.Contains(out, tc.absent) {
				t.Errorf("resolved plan:\n%s", out)
			}
		})
	}
	p := merged(t, []string{"delay: 24h", "delay: 4h"}, []string{"delay: 24h", "delay: 8h"})
	before := string(Encode(p))
	for _, text := range []string{"soon", "[unclosed", "{a: 1}", "\x1b[31m"} {
		err := p.ResolveYAML(p.Conflicts[0], text)
		if _, ok := err.(*LoadError); !ok {
			t.Errorf("%q: error %T %v, want a *LoadError", text, err, err)
		}
		if after := string(Encode(p)); after != before || len(p.Conflicts) != 1 {
			t.Errorf("%q: a refused resolution changed the plan:\n%s", text, after)
		}
	}
}

// TestResolveString: notes typed by hand, on several lines, resolve their
// conflict as they read; nothing typed removes them.
func TestResolveString(t *testing.T) {
	for _, text := range []string{"first line\nsecond: line, with 'quotes'", ""} {
		p := merged(t, []string{"shared notes", "our notes"}, []string{"shared notes", "their notes"})
		if got := SideText(p.Conflicts[0].Ours); got != "our notes" {
			t.Errorf("SideText = %q", got)
		}
		if err := p.ResolveString(p.Conflicts[0], text); err != nil {
			t.Fatal(err)
		}
		if got := p.Data("main").Notes; got != text || len(p.Conflicts) != 0 {
			t.Errorf("notes %q, conflicts %s", got, conflictPaths(p))
		}
	}
}

// TestResolveFacts: a conflict on the library the plan names, or on what
// it pinned, is resolved like any other.
func TestResolveFacts(t *testing.T) {
	cat := testCatalogue()
	load := func(src string) *Plan {
		p, err := Decode([]byte(src), "p.yaml", cat)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	with := func(path string) string {
		return strings.Replace(mergeBase, "lang: en\n", "lang: en\nfacts: "+path+"\n", 1)
	}
	for _, tc := range []struct {
		take Take
		want string
	}{{TakeTheirs, "facts: theirs.yaml\n"}, {TakeOurs, "facts: ours.yaml\n"}, {TakeBase, "facts: base.yaml\n"}} {
		p := Merge(load(with("base.yaml")), load(with("ours.yaml")), load(with("theirs.yaml")))
		if len(p.Conflicts) != 1 || p.Conflicts[0].Path != "facts" {
			t.Fatalf("conflicts: %s", conflictPaths(p))
		}
		if err := p.Resolve(p.Conflicts[0], tc.take); err != nil {
			t.Fatalf("take %d: %v", tc.take, err)
		}
		out := string(Encode(p))
		if len(p.Conflicts) != 0 || !strings.Contains(out, tc.want) {
			t.Errorf("take %d: resolved plan:\n%s", tc.take, out)
		}
	}
}

// TestResolveFrozen: a conflict on what the plan pinned takes the chosen
// version; removing the library a plan takes records from is refused.
func TestResolveFrozen(t *testing.T) {
	cat := factsCatalogue()
	cat.Issued = nil
	pinned := func(host string) *Plan {
		lib, err := DecodeLibrary("lib", []LibraryFile{{Name: "lib.yaml", Data: []byte(strings.Replace(testLibrary, "name: Host\n", "name: "+host+"\n", 1))}}, cat)
		if err != nil {
			t.Fatal(err)
		}
		p, err := Decode([]byte(testFactsPlan), "plan.yaml", cat)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.ResolveLibrary(lib, "plan.yaml"); err != nil {
			t.Fatal(err)
		}
		if err := p.Freeze("plan.yaml"); err != nil {
			t.Fatal(err)
		}
		q, err := Decode(Marshal(p), "plan.yaml", cat)
		if err != nil {
			t.Fatal(err)
		}
		return q
	}
	base, ours, theirs := pinned("Host"), pinned("Host Ours"), pinned("Host Theirs")
	m := Merge(base, ours, theirs)
	if len(m.Conflicts) != 1 || m.Conflicts[0].Path != "frozen" {
		t.Fatalf("conflicts: %s", conflictPaths(m))
	}
	if err := m.Resolve(m.Conflicts[0], TakeTheirs); err != nil {
		t.Fatal(err)
	}
	if out := string(Encode(m)); len(m.Conflicts) != 0 || !strings.Contains(out, "Host Theirs") || strings.Contains(out, "Host Ours") {
		t.Errorf("resolved plan:\n%s", out)
	}
	c := &Conflict{Path: "facts", Ours: textNode("lib/company.yaml")}
	m.Conflicts = append(m.Conflicts, c)
	if err := m.Resolve(c, TakeTheirs); err == nil || m.Facts == nil {
		t.Errorf("the library was removed from a plan that takes records from it: %v", err)
	}
}
