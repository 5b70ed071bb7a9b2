package pas

// Class says how a change compares for the client.
type Class uint8

// Classes of changes.
const (
	Unclassed    Class = iota // no direction declared, or the same value in other words
	Stricter                  // the client gets more
	Weaker                    // the client gets less
	OutsideRange              // the new value leaves the range the field must stay within
	Incomparable              // neither stricter nor weaker: no single direction
)

var classNames = [...]string{"", "stricter", "weaker", "outside_range", "incomparable"}

// String returns the stable name used in JSON ("" when unclassed).
func (c Class) String() string { return classNames[c] }

// Text returns the localised name.
func (c Class) Text() Text {
	switch c {
	case Stricter:
		return T("plus strict", "stricter")
	case Weaker:
		return T("moins strict", "weaker")
	case OutsideRange:
		return T("hors de la plage admise", "outside the allowed range")
	case Incomparable:
		return T("non comparable", "incomparable")
	}
	return Text{}
}

// ChangeKind says what a change is about.
type ChangeKind uint8

// Kinds of changes.
const (
	ValueChanged   ChangeKind = iota + 1 // a field's value or state: Old, New
	CellChanged                          // a RACI cell: Party's letters, OldText → NewText
	RecordAdded                          // a record of a list: NewRec
	RecordRemoved                        // a record of a list: OldRec
	MarkedNA                             // the chapter marked not applicable: NewText is the justification
	UnmarkedNA                           // the mark removed: OldText was the justification
	ReasonChanged                        // the justification of the mark: OldText → NewText
	StopsApplying                        // the engagement no longer calls for the chapter: Reason
	StartsApplying                       // the engagement now calls for the chapter: Reason was why not
	NotesChanged                         // the chapter's internal notes: OldText → NewText
	LangChanged                          // the plan's language: OldText → NewText
	WaiverAdded                          // NewWaiver
	WaiverRemoved                        // OldWaiver
	WaiverChanged                        // OldWaiver → NewWaiver
)

var changeKindNames = map[ChangeKind]string{
	ValueChanged: "value", CellChanged: "raci_cell", RecordAdded: "record_added", RecordRemoved: "record_removed",
	MarkedNA: "marked_not_applicable", UnmarkedNA: "unmarked_not_applicable", ReasonChanged: "not_applicable_reason",
	StopsApplying: "stops_applying", StartsApplying: "starts_applying", NotesChanged: "notes", LangChanged: "lang",
	WaiverAdded: "waiver_added", WaiverRemoved: "waiver_removed", WaiverChanged: "waiver_changed",
}

// String returns the stable name used in JSON.
func (k ChangeKind) String() string { return changeKindNames[k] }

// Change is one difference between two plans.
type Change struct {
	Kind    ChangeKind
	Section *Section // nil for changes across the plan (language, policy, waivers)
	Field   *Field   // the field; the list for added and removed records
	Record  string   // id of the record holding the field, added or removed
	Party   string   // CellChanged: the party whose letters changed
	Path    string   // "continuity.bcp.rpo", "datacenter.sites[dc-1].country", "raci.activities[a1].assign[cli]"
	Class   Class

	Old, New             *Value  // ValueChanged
	OldRec, NewRec       *Record // RecordAdded, RecordRemoved
	OldText, NewText     string  // letters, justifications, notes, languages
	Reason               Text    // StopsApplying, StartsApplying
	OldWaiver, NewWaiver *Waiver // waivers
}

// Diff is what changed from plan A to plan B, in catalogue order: by
// chapter, then field; records are matched by id, so reordering them is no
// change.
type Diff struct {
	A, B    *Plan
	Changes []Change
}

// Compare returns the changes from a to b. Both plans use the same
// catalogue.
func Compare(a, b *Plan) *Diff {
	d := &Diff{A: a, B: b}
	if la, lb := a.langOrFR(), b.langOrFR(); la != lb {
		d.add(Change{Kind: LangChanged, Path: "lang", OldText: string(la), NewText: string(lb)})
	}
	for _, s := range b.Cat.Sections {
		d.section(s)
	}
	d.policy()
	d.waivers()
	return d
}

// Equal reports whether the plans hold the same content.
func (d *Diff) Equal() bool { return len(d.Changes) == 0 }

func (d *Diff) add(c Change) { d.Changes = append(d.Changes, c) }

var emptySection = &SectionData{}

func dataOf(p *Plan, id string) *SectionData {
	if sd := p.Sections[id]; sd != nil {
		return sd
	}
	return emptySection
}

func (d *Diff) section(s *Section) {
	da, db := dataOf(d.A, s.ID), dataOf(d.B, s.ID)
	d.applicability(s, da, db)
	for _, f := range s.Fields {
		if f.Kind == KList {
			d.list(f)
			continue
		}
		d.value(f, "", f.Path, da.Values[f.ID], db.Values[f.ID])
	}
	if da.Notes != db.Notes {
		d.add(Change{Kind: NotesChanged, Section: s, Path: s.ID + ".notes", OldText: da.Notes, NewText: db.Notes})
	}
}

// applicability reports the user's not-applicable marks, then a change of
// what the engagement calls for.
func (d *Diff) applicability(s *Section, da, db *SectionData) {
	c := Change{Section: s, Path: s.ID + ".not_applicable"}
	switch {
	case da.NA == nil && db.NA != nil:
		c.Kind, c.NewText, c.Class = MarkedNA, db.NA.Justification, Weaker
	case da.NA != nil && db.NA == nil:
		c.Kind, c.OldText, c.Class = UnmarkedNA, da.NA.Justification, Stricter
	case da.NA != nil && da.NA.Justification != db.NA.Justification:
		c.Kind, c.OldText, c.NewText = ReasonChanged, da.NA.Justification, db.NA.Justification
	}
	if c.Kind != 0 {
		d.add(c)
	}
	if s.Applies == nil {
		return
	}
	okA, whyA := s.Applies(d.A)
	okB, whyB := s.Applies(d.B)
	switch {
	case okA && !okB:
		d.add(Change{Kind: StopsApplying, Section: s, Path: s.ID, Reason: whyB})
	case !okA && okB:
		d.add(Change{Kind: StartsApplying, Section: s, Path: s.ID, Reason: whyA})
	}
}

// value reports a changed value of a section field (rec "") or of a record.
func (d *Diff) value(f *Field, rec, path string, av, bv *Value) {
	if SameValue(av, bv) {
		return
	}
	if f.Kind == KRACI && av.IsSet() && bv.IsSet() && sameMeta(av, bv) {
		d.cells(f, rec, path, av.RACI, bv.RACI)
		return
	}
	d.add(Change{Kind: ValueChanged, Section: f.Section, Field: f, Record: rec, Path: path, Old: av, New: bv,
		Class: classify(d.B, f, av, bv)})
}

// sameMeta reports whether two values share state, question, owner, due
// date and whether these reach the client.
func sameMeta(a, b *Value) bool {
	return a.State == b.State && a.Question == b.Question && a.Owner == b.Owner && a.Due == b.Due && a.ForClient == b.ForClient
}

// cells reports the parties whose RACI letters changed, in party order of
// plan B, then the parties only plan A names.
func (d *Diff) cells(f *Field, rec, path string, a, b map[string]string) {
	for _, party := range unionKeys(raciOrder(d.B, f, b), raciOrder(d.A, f, a)) {
		if a[party] != b[party] {
			d.add(Change{Kind: CellChanged, Section: f.Section, Field: f, Record: rec, Party: party,
				Path: path + "[" + party + "]", OldText: a[party], NewText: b[party]})
		}
	}
}

func unionKeys(first, second []string) []string {
	seen := make(map[string]bool, len(first))
	out := append([]string(nil), first...)
	for _, k := range first {
		seen[k] = true
	}
	for _, k := range second {
		if !seen[k] {
			out = append(out, k)
		}
	}
	return out
}

// list matches records by id: changed and added ones in plan B's order,
// then the removed ones in plan A's order.
func (d *Diff) list(f *Field) {
	ra, rb := d.A.Records(f), d.B.Records(f)
	inA := make(map[string]*Record, len(ra))
	for _, r := range ra {
		inA[r.ID] = r
	}
	inB := make(map[string]bool, len(rb))
	added, removed := listClasses(f)
	for _, r := range rb {
		inB[r.ID] = true
		old := inA[r.ID]
		if old == nil {
			d.add(Change{Kind: RecordAdded, Section: f.Section, Field: f, Record: r.ID, Path: f.Path + "[" + r.ID + "]", NewRec: r, Class: added})
			continue
		}
		for _, rf := range f.Fields {
			d.value(rf, r.ID, f.Path+"["+r.ID+"]."+rf.ID, old.Values[rf.ID], r.Values[rf.ID])
		}
	}
	for _, r := range ra {
		if !inB[r.ID] {
			d.add(Change{Kind: RecordRemoved, Section: f.Section, Field: f, Record: r.ID, Path: f.Path + "[" + r.ID + "]", OldRec: r, Class: removed})
		}
	}
}

// listClasses returns the classes of an added and of a removed record.
func listClasses(f *Field) (added, removed Class) {
	switch f.Direction.Stricter {
	case More:
		return Stricter, Weaker
	case Less:
		return Weaker, Stricter
	case Neither:
		return Incomparable, Incomparable
	}
	return Unclassed, Unclassed
}

// policy compares the thresholds in force: a threshold set to its default
// is no change.
func (d *Diff) policy() {
	for _, f := range d.B.Cat.Policy {
		av, bv := d.A.PolicyValue(f.ID), d.B.PolicyValue(f.ID)
		if !av.Equal(bv) {
			d.add(Change{Kind: ValueChanged, Field: f, Path: f.Path, Old: av, New: bv})
		}
	}
}

// waiverKey identifies a waiver across two plans: its rule and item.
func waiverKey(w *Waiver) string { return w.Rule + "\x00" + w.Item }

// WaiverPath returns the path naming a waiver: "waivers[LOG-02]" or
// "waivers[LOG-02 session.logs.retention]".
func WaiverPath(w *Waiver) string {
	if w.Item == "" {
		return "waivers[" + w.Rule + "]"
	}
	return "waivers[" + w.Rule + " " + w.Item + "]"
}

func (d *Diff) waivers() {
	inA := map[string]*Waiver{}
	for _, w := range d.A.Waivers {
		inA[waiverKey(w)] = w
	}
	inB := map[string]bool{}
	for _, w := range d.B.Waivers {
		k := waiverKey(w)
		inB[k] = true
		switch old := inA[k]; {
		case old == nil:
			d.add(Change{Kind: WaiverAdded, Path: WaiverPath(w), NewWaiver: w})
		case !sameWaiver(old, w):
			d.add(Change{Kind: WaiverChanged, Path: WaiverPath(w), OldWaiver: old, NewWaiver: w})
		}
	}
	for _, w := range d.A.Waivers {
		if !inB[waiverKey(w)] {
			d.add(Change{Kind: WaiverRemoved, Path: WaiverPath(w), OldWaiver: w})
		}
	}
}

func sameWaiver(a, b *Waiver) bool {
	return a.Rule == b.Rule && a.Item == b.Item && a.Reason == b.Reason && a.Approver == b.Approver &&
		a.Date == b.Date && a.Expires == b.Expires
}

// SameValue reports whether two values of a field are no change for
// Compare: equal, or the same text whether the plan's own or a standard
// text of its library.
func SameValue(a, b *Value) bool { return a.Equal(b) || sameResolvedText(a, b) }

// sameResolvedText reports whether two values read the same once loaded,
// whether the text is the plan's own or a standard text of its library:
// the client reads no difference.
func sameResolvedText(a, b *Value) bool {
	if !a.IsSet() || !b.IsSet() || a.Use == b.Use {
		return false
	}
	x, y := *a, *b
	x.Use, y.Use, x.fromLib, y.fromLib = "", "", false, false
	return x.Equal(&y)
}
