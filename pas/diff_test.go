package pas

import (
	"strings"
	"testing"
)

// diffCatalogue declares one directed field of each comparable kind.
func diffCatalogue() *Catalogue {
	opts := []Option{Opt("low", "Bas", "Low"), Opt("mid", "Moyen", "Mid"), Opt("high", "Haut", "High"), Opt("odd", "Autre", "Other")}
	d := func(w Toward) Direction { return Direction{Stricter: w} }
	sites := &Field{ID: "sites", Kind: KList, Label: T("Sites", "Sites"), Direction: d(Less), Fields: []*Field{
		{ID: "name", Kind: KText, Label: T("Nom", "Name")},
		{ID: "country", Kind: KCountry, Label: T("Pays", "Country"), Direction: d(Less)},
		{ID: "who", Kind: KRACI, Label: T("RACI", "RACI"), Ref: "main.sites"},
	}}
	main := &Section{ID: "main", Title: T("Principal", "Main"), Who: WhoProvider, Fields: []*Field{
		{ID: "delay", Kind: KDuration, Label: T("Délai", "Delay"), Direction: d(Less)},
		{ID: "share", Kind: KPercent, Label: T("Part", "Share"), Direction: d(More)},
		{ID: "flag", Kind: KBool, Label: T("Drapeau", "Flag"), Direction: d(More)},
		{ID: "level", Kind: KEnum, Label: T("Niveau", "Level"), Options: opts, Direction: Direction{Rank: []string{"low", "mid", "high"}}},
		{ID: "many", Kind: KSet, Label: T("Plusieurs", "Many"), Options: opts, Direction: d(More)},
		{ID: "abroad", Kind: KCountries, Label: T("Pays", "Countries"), Direction: d(Less)},
		{ID: "keep", Kind: KDuration, Label: T("Conservation", "Retention"), Direction: Direction{Stricter: Neither,
			Range: func(p *Plan) (*Value, *Value) { return p.PolicyValue("keep_min"), &Value{Has: true, Dur: Months(12)} }}},
		{ID: "text", Kind: KText, Label: T("Texte", "Text")},
		{ID: "body", Kind: KLongText, Label: T("Corps", "Body")},
		sites,
		{ID: "grp.inner", Kind: KInt, Label: T("Intérieur", "Inner"), Direction: d(More)},
	}, Groups: []Group{{ID: "grp", Title: T("Groupe", "Group")}}}
	other := &Section{ID: "other", Title: T("Autre", "Other"), Who: WhoClient,
		Fields: []*Field{{ID: "note", Kind: KText, Label: T("Note", "Note")}},
		Applies: func(p *Plan) (bool, Text) {
			if p.Is(p.Cat.Field("main.flag")) {
				return false, T("drapeau levé", "flag raised")
			}
			return true, Text{}
		}}
	policy := []*Field{{ID: "keep_min", Kind: KDuration, Label: T("Minimum", "Minimum"), Suggest: "6mo"}}
	rule := &Rule{ID: "T-01", Severity: Warning, Title: T("t", "t"), Rationale: T("r", "r"), Source: "test", Check: func(*Check) {}}
	return MustCatalogue([]*Section{main, other}, policy, []*Rule{rule})
}

// compareBodies diffs two plans of the same catalogue instance.
func compareBodies(t *testing.T, a, b string) *Diff {
	t.Helper()
	cat := diffCatalogue()
	pa, err := Decode([]byte("schema_version: 1\nlang: en\n"+a), "a.yaml", cat)
	if err != nil {
		t.Fatal(err)
	}
	pb, err := Decode([]byte("schema_version: 1\nlang: en\n"+b), "b.yaml", cat)
	if err != nil {
		t.Fatal(err)
	}
	return Compare(pa, pb)
}

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		want       Class
	}{
		{"shorter delay", "delay: 4h", "delay: 1h", Stricter},
		{"longer delay", "delay: 1d", "delay: 2d", Weaker},
		{"same delay in other words", "delay: 24h", "delay: 1d", Unclassed},
		{"higher share", "share: 99.9", "share: 99.95", Stricter},
		{"flag dropped", "flag: true", "flag: false", Weaker},
		{"rank up", "level: low", "level: high", Stricter},
		{"rank down", "level: high", "level: mid", Weaker},
		{"unranked option", "level: low", "level: odd", Incomparable},
		{"superset", "many: [low]", "many: [low, mid]", Stricter},
		{"subset", "many: [low, mid]", "many: [mid]", Weaker},
		{"swap", "many: [low]", "many: [mid]", Incomparable},
		{"third country added", "abroad: [FR]", "abroad: [FR, US]", Weaker},
		{"worse class replaces", "abroad: [FR, DE]", "abroad: [CH]", Weaker},
		{"fewer EEA countries", "abroad: [FR, DE]", "abroad: [FR]", Stricter},
		{"retention inside range", "keep: 6mo", "keep: 12mo", Incomparable},
		{"retention above range", "keep: 6mo", "keep: 13mo", OutsideRange},
		{"retention below policy minimum", "keep: 6mo", "keep: 3mo", OutsideRange},
		{"grouped int", "grp:\n    inner: 2", "grp:\n    inner: 3", Stricter},
		{"value appears", "text: a", "text: a\n  delay: 4h", Stricter},
		{"value withdrawn", "delay: 4h", "text: a", Weaker},
		{"committed to open", "delay: 4h", "delay: {state: open, question: q}", Weaker},
		{"to confirm to committed", "delay: {value: 4h, state: to_confirm}", "delay: 4h", Stricter},
		{"stricter but no longer committed", "delay: 4h", "delay: {value: 1h, state: to_confirm}", Incomparable},
		{"weaker and no longer committed", "delay: 1h", "delay: {value: 4h, state: to_confirm}", Weaker},
		{"outside range whatever the state", "keep: 6mo", "keep: {value: 24mo, state: to_confirm}", OutsideRange},
		{"undirected text", "text: a", "text: b", Unclassed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := compareBodies(t, "main:\n  "+tc.a+"\n", "main:\n  "+tc.b+"\n")
			var got []Change
			for _, c := range d.Changes {
				if c.Kind == ValueChanged && c.Path != "main.text" || tc.want == Unclassed {
					got = append(got, c)
				}
			}
			if len(got) != 1 || got[0].Class != tc.want {
				t.Fatalf("changes %+v, want one of class %q", d.Changes, tc.want)
			}
			if c := got[0]; c.Kind == ValueChanged && Classify(d.B, c.Field, c.Old, c.New) != tc.want {
				t.Errorf("Classify = %q, Compare says %q", Classify(d.B, c.Field, c.Old, c.New), tc.want)
			}
		})
	}
}

func TestDiffRecordsByID(t *testing.T) {
	a := "main:\n  sites:\n    - {id: s1, name: One, country: FR, who: {s1: R}}\n    - {id: s2, name: Two, country: DE}\n"
	reordered := "main:\n  sites:\n    - {id: s2, name: Two, country: DE}\n    - {id: s1, name: One, country: FR, who: {s1: R}}\n"
	if d := compareBodies(t, a, reordered); !d.Equal() {
		t.Errorf("reordering records is a difference: %+v", d.Changes)
	}
	b := "main:\n  sites:\n    - {id: s3, name: Three, country: IT}\n    - {id: s1, name: One, country: US, who: {s1: RA, s3: C}}\n"
	d := compareBodies(t, a, b)
	var got []string
	for _, c := range d.Changes {
		got = append(got, c.Kind.String()+" "+c.Path+" "+c.Class.String()+" "+d.Before(c, EN)+" → "+d.After(c, EN))
	}
	want := []string{
		"record_added main.sites[s3] weaker  → present",
		"value main.sites[s1].country weaker France → United States",
		"raci_cell main.sites[s1].who[s3]   → C", // parties in the order of plan B's list
		"raci_cell main.sites[s1].who[s1]  R → R, A",
		"record_removed main.sites[s2] stricter present → ",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("changes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if w := d.Where(d.Changes[1], FR); w != "Sites «\u00a0One\u00a0» (s1) — Pays" {
		t.Errorf("where = %q", w)
	}
}

func TestDiffChapterMarksNotesPolicyWaivers(t *testing.T) {
	a := "main:\n  notes: old\n  grp:\n    inner: 2\nother:\n  not_applicable: none here\npolicy:\n  keep_min: 6mo\nwaivers:\n  - {rule: T-01, reason: r, approver: x, date: 2026-01-01}\n"
	b := "lang: fr\nmain:\n  flag: true\n  notes: new\n  not_applicable: nothing\nother:\n  note: n\npolicy:\n  keep_min: 3mo\nwaivers:\n  - {rule: T-01, item: main.delay, reason: r, approver: x, date: 2026-01-01}\n"
	d := compareBodies(t, a, strings.Replace(b, "lang: fr\n", "", 1))
	var kinds []string
	for _, c := range d.Changes {
		kinds = append(kinds, c.Kind.String()+":"+c.Path+":"+c.Class.String())
	}
	want := "marked_not_applicable:main.not_applicable:weaker value:main.flag:stricter value:main.grp.inner:weaker notes:main.notes: " +
		"unmarked_not_applicable:other.not_applicable:stricter stops_applying:other: value:other.note: " +
		"value:policy.keep_min: waiver_added:waivers[T-01 main.delay]: waiver_removed:waivers[T-01]:"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("changes:\n%s\nwant:\n%s", got, want)
	}
	if same := compareBodies(t, "policy:\n  keep_min: 6mo\n", ""); !same.Equal() {
		t.Errorf("a threshold set to its default is a change: %+v", same.Changes)
	}
}

func TestDirectionRefusedWhereMeaningless(t *testing.T) {
	for _, f := range []*Field{
		{ID: "t", Kind: KText, Label: T("t", "t"), Direction: Direction{Stricter: More}},
		{ID: "e", Kind: KEnum, Label: T("e", "e"), Options: []Option{Opt("a", "a", "a")}, Direction: Direction{Rank: []string{"b"}}},
		{ID: "s", Kind: KSet, Label: T("s", "s"), Options: []Option{Opt("a", "a", "a")}, Direction: Direction{Rank: []string{"a"}}},
		{ID: "b", Kind: KBool, Label: T("b", "b"), Direction: Direction{Range: func(*Plan) (*Value, *Value) { return nil, nil }}},
	} {
		s := &Section{ID: "x", Title: T("x", "x"), Who: WhoProvider, Fields: []*Field{f}}
		if _, err := NewCatalogue([]*Section{s}, nil, nil); err == nil {
			t.Errorf("field %s: direction %+v accepted", f.ID, f.Direction)
		}
	}
}

func TestDiffSummary(t *testing.T) {
	d := compareBodies(t, "main:\n  delay: 4h\n  share: 99.9\n  sites:\n    - {id: s1, name: One}\n",
		"main:\n  delay: 1h\n  share: 99.5\n  sites:\n    - {id: s2, name: Two}\n")
	if got := d.Summary(EN, 2); got != "Delay: 4 h → 1 h; Share: 99.9% → 99.5%; 2 other changes" {
		t.Errorf("summary = %q", got)
	}
	if got := d.Summary(FR, 10); got != "Délai\u00a0: 4\u00a0h → 1\u00a0h\u202f; Part\u00a0: 99,9\u202f% → 99,5\u202f%\u202f; ajout\u00a0: Sites «\u00a0Two\u00a0» (s2)\u202f; retrait\u00a0: Sites «\u00a0One\u00a0» (s1)" {
		t.Errorf("summary = %q", got)
	}
	long := strings.Repeat("word ", 30)
	d = compareBodies(t, "main:\n  text: short\n  body: one\n", "main:\n  text: "+long+"\n  body: two\n")
	if got := d.Summary(EN, 1); got != "Text: short → "+strings.Repeat("word ", 11)+"word…; 1 other change" {
		t.Errorf("summary = %q", got)
	}
	if got := d.Summary(FR, 5); !strings.HasSuffix(got, "Corps\u00a0: texte modifié") {
		t.Errorf("summary = %q", got)
	}
	if got := compareBodies(t, "", "").Summary(EN, 3); got != "" {
		t.Errorf("summary of no change = %q", got)
	}
}

// TestDiffForClient: marking a question for the client is a change, and
// its description says so.
func TestDiffForClient(t *testing.T) {
	d := compareBodies(t, "main:\n  delay: {value: 4h, state: to_confirm, question: q}\n",
		"main:\n  delay: {value: 4h, state: to_confirm, question: q, for_client: true}\n")
	if len(d.Changes) != 1 {
		t.Fatalf("changes %+v, want one", d.Changes)
	}
	if got := d.After(d.Changes[0], EN); !strings.Contains(got, "to confirm, question for the client") {
		t.Errorf("after: %q", got)
	}
	if got := d.Before(d.Changes[0], EN); strings.Contains(got, "for the client") {
		t.Errorf("before: %q", got)
	}
}
