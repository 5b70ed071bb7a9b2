package pas

import (
	"bytes"
	"strings"
	"testing"
)

const mergeBase = `schema_version: 1
lang: en
main:
  title: Base
  delay: 24h
  many: [a]
  orgs:
    - {id: x, name: X, country: FR, letters: {x: R, y: C}}
    - {id: y, name: Y, country: DE}
  notes: shared notes
other:
  note: n
`

// merged merges three edits of mergeBase (each a list of old, new pairs)
// and checks that the result is written and loads back unchanged.
func merged(t *testing.T, ours, theirs []string) *Plan {
	t.Helper()
	cat := testCatalogue()
	load := func(name string, pairs []string) *Plan {
		src := mergeBase
		for i := 0; i+1 < len(pairs); i += 2 {
			if !strings.Contains(src, pairs[i]) {
				t.Fatalf("%s: fragment %q not in the base", name, pairs[i])
			}
			src = strings.Replace(src, pairs[i], pairs[i+1], 1)
		}
		p, err := Decode([]byte(src), name, cat)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	out := Merge(load("base", nil), load("ours", ours), load("theirs", theirs))
	data := Encode(out)
	again, err := Decode(data, "merged.yaml", cat)
	if err != nil {
		t.Fatalf("the merged plan does not load: %v\n%s", err, data)
	}
	if !bytes.Equal(Encode(again), data) {
		t.Fatalf("the merged plan does not encode back the same:\n%s", data)
	}
	return again
}

func conflictPaths(p *Plan) string {
	var out []string
	for _, c := range p.Conflicts {
		out = append(out, c.Path+" base="+Side(c.Base)+" ours="+Side(c.Ours)+" theirs="+Side(c.Theirs))
	}
	return strings.Join(out, "\n")
}

func TestMerge(t *testing.T) {
	for _, tc := range []struct {
		name         string
		ours, theirs []string
		conflicts    string
		check        func(t *testing.T, p *Plan)
	}{
		{name: "disjoint edits", ours: []string{"delay: 24h", "delay: 4h"}, theirs: []string{"title: Base", "title: Tender"},
			check: func(t *testing.T, p *Plan) {
				if p.Str(p.Cat.Field("main.title")) != "Tender" || p.Get(p.Cat.Field("main.delay")).Dur != Hours(4) {
					t.Errorf("one side's edit is lost:\n%s", Encode(p))
				}
			}},
		{name: "same edit on both sides", ours: []string{"delay: 24h", "delay: 4h"}, theirs: []string{"delay: 24h", "delay: 4h"}},
		{name: "different values", ours: []string{"delay: 24h", "delay: 4h"}, theirs: []string{"delay: 24h", "delay: 8h"},
			conflicts: "main.delay base=24h ours=4h theirs=8h",
			check: func(t *testing.T, p *Plan) {
				if p.Get(p.Cat.Field("main.delay")).Dur != Hours(4) {
					t.Error("a conflict does not keep ours")
				}
			}},
		{name: "value on one side, state on the other", ours: []string{"delay: 24h", "delay: 4h"},
			theirs: []string{"delay: 24h", "delay: {value: 24h, state: to_confirm, question: Q}"},
			check: func(t *testing.T, p *Plan) {
				if v := p.Get(p.Cat.Field("main.delay")); v.Dur != Hours(4) || v.State != ToConfirm || v.Question != "Q" {
					t.Errorf("value and state not both taken: %+v", v)
				}
			}},
		{name: "question marked for the client on one side, value changed on the other",
			ours:   []string{"delay: 24h", "delay: {value: 24h, state: to_confirm, question: Q, for_client: true}"},
			theirs: []string{"delay: 24h", "delay: 4h"},
			check: func(t *testing.T, p *Plan) {
				if v := p.Get(p.Cat.Field("main.delay")); v.Dur != Hours(4) || v.State != ToConfirm || !v.ForClient {
					t.Errorf("the value and the for-client mark not both taken: %+v", v)
				}
			}},
		{name: "a record added on each side", ours: []string{"    - {id: y,", "    - {id: o, name: O, country: IT}\n    - {id: y,"},
			theirs: []string{"  notes:", "    - {id: t, name: T, country: ES}\n  notes:"},
			check: func(t *testing.T, p *Plan) {
				var ids []string
				for _, r := range p.Records(p.Cat.Field("main.orgs")) {
					ids = append(ids, r.ID)
				}
				if strings.Join(ids, " ") != "x o y t" {
					t.Errorf("records %v, want x o y t", ids)
				}
			}},
		{name: "deleted here, edited there", ours: []string{"    - {id: y, name: Y, country: DE}\n", ""},
			theirs:    []string{"{id: y, name: Y, country: DE}", "{id: y, name: Y, country: AT}"},
			conflicts: "main.orgs[y] base={id: y, name: Y, country: DE} ours= theirs={id: y, name: Y, country: AT}",
			check: func(t *testing.T, p *Plan) {
				if p.Record(p.Cat.Field("main.orgs"), "y") == nil {
					t.Error("the record edited on one side is lost")
				}
			}},
		{name: "deleted here, untouched there", ours: []string{"    - {id: y, name: Y, country: DE}\n", ""}, theirs: []string{"title: Base", "title: T"},
			check: func(t *testing.T, p *Plan) {
				if p.Record(p.Cat.Field("main.orgs"), "y") != nil {
					t.Error("a deletion is undone")
				}
			}},
		{name: "RACI cells of different parties", ours: []string{"x: R, y: C", "x: RA, y: C"}, theirs: []string{"x: R, y: C", "x: R, y: I"},
			check: func(t *testing.T, p *Plan) {
				got := p.Records(p.Cat.Field("main.orgs"))[0].Get(p.Cat.Field("main.orgs.letters")).RACI
				if got["x"] != "RA" || got["y"] != "I" {
					t.Errorf("RACI = %v", got)
				}
			}},
		{name: "RACI cell of one party", ours: []string{"x: R, y: C", "x: RA, y: C"}, theirs: []string{"x: R, y: C", "x: RC, y: C"},
			conflicts: "main.orgs[x].letters[x] base=R ours=RA theirs=RC"},
		{name: "set items added on both sides", ours: []string{"many: [a]", "many: [a, c]"}, theirs: []string{"many: [a]", "many: [b]"},
			check: func(t *testing.T, p *Plan) {
				if got := p.Strings(p.Cat.Field("main.many")); strings.Join(got, ",") != "b,c" {
					t.Errorf("set = %v, want b,c (a removed by them, c added by us, b by them)", got)
				}
			}},
		{name: "notes", ours: []string{"shared notes", "our notes"}, theirs: []string{"shared notes", "their notes"},
			conflicts: "main.notes base=shared notes ours=our notes theirs=their notes"},
		{name: "multi-line notes", ours: []string{"notes: shared notes", "notes: |-\n    our\n    notes"}, theirs: []string{"notes: shared notes", "notes: \"their: notes\""},
			conflicts: "main.notes base=shared notes ours=\"our\\nnotes\" theirs='their: notes'"},
		{name: "not applicable", ours: []string{"other:\n  note: n\n", "other:\n  not_applicable: ours\n"},
			theirs:    []string{"other:\n  note: n\n", "other:\n  not_applicable: theirs\n  note: n\n"},
			conflicts: "other.not_applicable base= ours=ours theirs=theirs"},
		{name: "waivers", ours: []string{"other:", "waivers:\n  - {rule: T-01, reason: ours, approver: A, date: 2026-01-01}\nother:"},
			theirs:    []string{"other:", "waivers:\n  - {rule: T-01, reason: theirs, approver: A, date: 2026-01-01}\nother:"},
			conflicts: "waivers[T-01] base= ours={rule: T-01, reason: ours, approver: A, date: 2026-01-01} theirs={rule: T-01, reason: theirs, approver: A, date: 2026-01-01}"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := merged(t, tc.ours, tc.theirs)
			if got := conflictPaths(p); got != tc.conflicts {
				t.Errorf("conflicts:\n%s\nwant:\n%s", got, tc.conflicts)
			}
			if tc.check != nil {
				tc.check(t, p)
			}
		})
	}
}

// TestMergeKeepsEarlierConflicts: a conflict left by an earlier merge
// stays until one side resolves it.
func TestMergeKeepsEarlierConflicts(t *testing.T) {
	cat := testCatalogue()
	left := "schema_version: 2\nmain:\n  delay: 4h\nconflicts:\n  - {path: main.delay, base: 24h, ours: 4h, theirs: 8h}\n"
	resolved := "schema_version: 1\nmain:\n  delay: 8h\n"
	load := func(s string) *Plan {
		p, err := Decode([]byte(s), "p.yaml", cat)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	if p := Merge(load(left), load(left), load(left+"  - {path: main.title, ours: A}\n")); len(p.Conflicts) != 2 {
		t.Errorf("conflicts kept: %s", conflictPaths(p))
	}
	if p := Merge(load(left), load(left), load(resolved)); len(p.Conflicts) != 0 || p.Get(cat.Field("main.delay")).Dur != Hours(8) {
		t.Errorf("a conflict resolved by them stays: %s\n%s", conflictPaths(p), Encode(p))
	}
}

// TestMergeRequirements: the requirement grid a plan names merges like
// any other value: their new grid comes, a different one on both sides
// is a conflict that Resolve settles.
func TestMergeRequirements(t *testing.T) {
	with := func(file string) string {
		if file == "" {
			return mergeBase
		}
		return strings.Replace(mergeBase, "schema_version: 1\nlang: en\n", "schema_version: 2\nlang: en\nrequirements: "+file+"\n", 1)
	}
	cat := testCatalogue()
	load := func(src string) *Plan {
		p, err := Decode([]byte(src), "p.yaml", cat)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	if m := Merge(load(with("")), load(with("")), load(with("grid.yaml"))); m.Requirements != "grid.yaml" || len(m.Conflicts) != 0 {
		t.Errorf("their grid: %q, conflicts %s", m.Requirements, conflictPaths(m))
	}
	if m := Merge(load(with("grid.yaml")), load(with("grid.yaml")), load(with(""))); m.Requirements != "" {
		t.Errorf("the grid they removed: %q", m.Requirements)
	}
	m := Merge(load(with("")), load(with("ours.yaml")), load(with("theirs.yaml")))
	if m.Requirements != "ours.yaml" || conflictPaths(m) != "requirements base= ours=ours.yaml theirs=theirs.yaml" {
		t.Fatalf("both changed: %q, conflicts %s", m.Requirements, conflictPaths(m))
	}
	if err := m.Resolve(m.Conflicts[0], TakeTheirs); err != nil || m.Requirements != "theirs.yaml" {
		t.Errorf("resolved: %q, %v", m.Requirements, err)
	}
}
