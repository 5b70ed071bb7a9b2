package pas

import "gopkg.in/yaml.v3"

// Merge merges two plans that descend from base, ours and theirs, as a
// git merge driver does: by field, by record id, by RACI cell and by item
// of a list value, so that edits of different fields, records or cells
// never conflict and the same edit on both sides is taken once. A true
// conflict (a value, a note, a not-applicable mark, a waiver or the
// baseline changed differently on both sides; a record deleted on one
// side and changed on the other) keeps our side (the changed record, for
// a deletion) and is added to the result's Conflicts with the three
// versions. The result starts from a copy of ours, so that a save that
// patches our file's node tree keeps its comments; the comments their
// side added or changed are kept too.
func Merge(base, ours, theirs *Plan) *Plan {
	m := &merger{base: base, ours: ours, theirs: theirs, out: ours.Clone()}
	m.out.src = mergedSource(base.src, ours.src, theirs.src)
	m.out.Lang = Lang(m.text("lang", string(base.Lang), string(ours.Lang), string(theirs.Lang)))
	m.out.Requirements = m.text("requirements", base.Requirements, ours.Requirements, theirs.Requirements)
	for _, s := range ours.Cat.Sections {
		m.section(s)
	}
	m.policy()
	m.waivers()
	m.baseline()
	m.facts()
	m.out.Conflicts = m.keptConflicts()
	m.out.Conflicts = append(m.out.Conflicts, m.found...)
	return m.out
}

type merger struct {
	base, ours, theirs, out *Plan
	found                   []*Conflict
}

func (m *merger) conflict(path string, b, o, t *yaml.Node) {
	m.found = append(m.found, &Conflict{Path: path, Base: b, Ours: o, Theirs: t})
}

// text merges one string three ways; a conflict keeps ours.
func (m *merger) text(path, b, o, t string) string {
	switch {
	case o == t || b == t:
		return o
	case b == o:
		return t
	}
	m.conflict(path, textOrNil(b), textOrNil(o), textOrNil(t))
	return o
}

func textOrNil(s string) *yaml.Node {
	if s == "" {
		return nil
	}
	return textNode(s)
}

func (m *merger) section(s *Section) {
	bd, od, td := dataOf(m.base, s.ID), dataOf(m.ours, s.ID), dataOf(m.theirs, s.ID)
	out := m.out.Edit(s.ID)
	out.NA = m.na(s.ID+".not_applicable", bd.NA, od.NA, td.NA)
	out.Notes = m.text(s.ID+".notes", bd.Notes, od.Notes, td.Notes)
	for _, f := range s.Fields {
		if f.Kind == KList {
			m.list(f)
			continue
		}
		m.out.Set(f, m.value(f, f.Path, bd.Values[f.ID], od.Values[f.ID], td.Values[f.ID]))
	}
}

// na merges a not-applicable mark, present or not, with its justification.
func (m *merger) na(path string, b, o, t *NA) *NA {
	key := func(n *NA) (bool, string) {
		if n == nil {
			return false, ""
		}
		return true, n.Justification
	}
	node := func(n *NA) *yaml.Node {
		if n == nil {
			return nil
		}
		return textNode(n.Justification)
	}
	bk, bj := key(b)
	ok, oj := key(o)
	tk, tj := key(t)
	switch {
	case ok == tk && oj == tj, bk == tk && bj == tj:
		return o
	case bk == ok && bj == oj:
		return t
	}
	m.conflict(path, node(b), node(o), node(t))
	return o
}

// value merges a field's value: its data (the value itself) and its
// state, question, owner and due date, each three ways; RACI rows merge
// party by party and list values item by item.
func (m *merger) value(f *Field, path string, b, o, t *Value) *Value {
	switch {
	case o.Equal(t) || b.Equal(t):
		return o.Clone()
	case b.Equal(o):
		return t.Clone()
	}
	out, ok := m.parts(f, path, b, o, t)
	if !ok {
		m.conflict(path, m.valueNode(m.base, f, b), m.valueNode(m.ours, f, o), m.valueNode(m.theirs, f, t))
		return o
	}
	if out.Missing() {
		return nil
	}
	return out
}

// parts merges the state and the data of a value separately; false when
// either conflicts as a whole.
func (m *merger) parts(f *Field, path string, b, o, t *Value) (*Value, bool) {
	var zero Value
	deref := func(v *Value) *Value {
		if v == nil {
			return &zero
		}
		return v
	}
	b, o, t = deref(b), deref(o), deref(t)
	out := o.Clone()
	switch {
	case sameMeta(o, t) || sameMeta(b, t):
	case sameMeta(b, o):
		out.State, out.Question, out.Owner, out.Due, out.ForClient = t.State, t.Question, t.Owner, t.Due, t.ForClient
	default:
		return nil, false
	}
	switch {
	case sameData(o, t) || sameData(b, t):
		return out, true
	case sameData(b, o):
		setData(out, t)
		return out, true
	case !o.Has || !t.Has:
		return nil, false
	case f.Kind == KRACI:
		out.RACI = m.cells(f, path, b.RACIOrNil(), o.RACI, t.RACI)
		return out, true
	case f.Kind.IsList():
		out.List = mergeItems(f, b.List, o.List, t.List)
		out.Has = true
		return out, true
	}
	return nil, false
}

// sameData reports whether two values hold the same data, whatever their
// state.
func sameData(a, b *Value) bool {
	x, y := *a, *b
	x.State, x.Question, x.Owner, x.Due, x.ForClient = 0, "", "", Date{}, false
	y.State, y.Question, y.Owner, y.Due, y.ForClient = 0, "", "", Date{}, false
	return x.Equal(&y)
}

func setData(dst, src *Value) {
	st, q, o, d, fc := dst.State, dst.Question, dst.Owner, dst.Due, dst.ForClient
	*dst = *src.Clone()
	dst.State, dst.Question, dst.Owner, dst.Due, dst.ForClient = st, q, o, d, fc
}

// cells merges RACI letters party by party; a party whose letters both
// sides changed differently keeps ours and is a conflict of its own.
func (m *merger) cells(f *Field, path string, b, o, t map[string]string) map[string]string {
	out := map[string]string{}
	for _, party := range unionKeys(sortedKeys(o), sortedKeys(t)) {
		letters := o[party]
		switch bl, ol, tl := b[party], o[party], t[party]; {
		case ol == tl || bl == tl:
		case bl == ol:
			letters = tl
		default:
			m.conflict(path+"["+party+"]", textOrNil(bl), textOrNil(ol), textOrNil(tl))
		}
		if letters != "" {
			out[party] = letters
		}
	}
	return out
}

// mergeItems merges the items of a list value: an item stays when both
// sides keep it, goes when either side removes it, and comes when either
// side adds it; ours' order first, then theirs' additions (a set keeps its
// options' order).
func mergeItems(f *Field, b, o, t []string) []string {
	in := func(list []string) map[string]bool {
		s := make(map[string]bool, len(list))
		for _, x := range list {
			s[x] = true
		}
		return s
	}
	inB, inO, inT := in(b), in(o), in(t)
	out := []string{}
	for _, x := range unionKeys(o, t) {
		if (inO[x] && inT[x]) || (!inB[x] && (inO[x] || inT[x])) {
			out = append(out, x)
		}
	}
	if f.Kind == KSet {
		return f.sortOptions(out)
	}
	return out
}

// valueNode is a side's YAML for a conflict; nil when it has no value.
func (m *merger) valueNode(p *Plan, f *Field, v *Value) *yaml.Node {
	if v.Missing() {
		return nil
	}
	return encodeValue(p, f, v)
}

// list merges records by id. Records both sides keep merge field by
// field; a record added on one side comes, in its place after the record
// it follows there; a record deleted on one side goes unless the other
// side changed it, which is a conflict that keeps the changed record.
func (m *merger) list(f *Field) {
	byID := func(p *Plan) map[string]*Record {
		out := map[string]*Record{}
		for _, r := range p.Records(f) {
			out[r.ID] = r
		}
		return out
	}
	inB, inO, inT := byID(m.base), byID(m.ours), byID(m.theirs)
	var out []*Record
	for _, o := range m.ours.Records(f) {
		b, t := inB[o.ID], inT[o.ID]
		switch {
		case t != nil:
			out = append(out, m.record(f, b, o, t))
		case b == nil: // added by us
			out = append(out, o.Clone())
		case !sameRecord(b, o): // deleted by them, changed by us
			m.recordConflict(f, b, o, nil)
			out = append(out, o.Clone())
		}
	}
	theirs := m.theirs.Records(f)
	for i, t := range theirs {
		if inO[t.ID] != nil {
			continue
		}
		b := inB[t.ID]
		if b != nil && sameRecord(b, t) { // deleted by us
			continue
		}
		if b != nil { // deleted by us, changed by them
			m.recordConflict(f, b, nil, t)
		}
		out = insertAfter(out, theirs[:i], t.Clone())
	}
	l := m.out.ListOf(f)
	l.Records = out
}

// insertAfter puts r after the last record of before that out holds, or
// first when there is none.
func insertAfter(out []*Record, before []*Record, r *Record) []*Record {
	at := 0
	for j := len(before) - 1; j >= 0 && at == 0; j-- {
		for k, x := range out {
			if x.ID == before[j].ID {
				at = k + 1
				break
			}
		}
	}
	out = append(out, nil)
	copy(out[at+1:], out[at:])
	out[at] = r
	return out
}

// record merges a record both sides hold (b is nil when both added it).
// A record that one side took from the facts library and the other wrote
// out merges as a whole: the side that changed it wins.
func (m *merger) record(f *Field, b, o, t *Record) *Record {
	if ko, kt := o.Facts != nil, t.Facts != nil; ko != kt {
		switch {
		case b != nil && (b.Facts != nil) == ko && sameRecord(b, o):
			return t.Clone()
		case b != nil && (b.Facts != nil) == kt && sameRecord(b, t):
			return o.Clone()
		}
		var bn *yaml.Node
		if b != nil {
			bn = recordNode(m.base, f, b)
		}
		m.conflict(f.Path+"["+o.ID+"]", bn, recordNode(m.ours, f, o), recordNode(m.theirs, f, t))
		return o.Clone()
	}
	if b == nil {
		b = &Record{ID: o.ID}
	}
	out := &Record{ID: o.ID, Pos: o.Pos}
	for _, rf := range f.Fields {
		out.Set(rf, m.value(rf, f.Path+"["+o.ID+"]."+rf.ID, b.Get(rf), o.Get(rf), t.Get(rf)))
	}
	if o.Facts != nil {
		out.Facts = mergeRecordFacts(f, b.Facts, o.Facts, t.Facts, out)
	}
	return out
}

// mergeRecordFacts gives a merged record taken from the library the
// fields it overrides (its values as merged) and those it clears, each
// merged three ways.
func mergeRecordFacts(f *Field, b, o, t *RecordFacts, out *Record) *RecordFacts {
	rf := &RecordFacts{Use: o.Use, Pos: o.Pos, From: o.From, Local: map[string]*Value{}}
	for _, x := range f.Fields {
		if v := out.Values[x.ID]; !v.Missing() {
			rf.Local[x.ID] = v.Clone()
			continue
		}
		cleared := o.Unset[x.ID]
		if cb, ct := b != nil && b.Unset[x.ID], t.Unset[x.ID]; cleared != ct && cb == cleared {
			cleared = ct // only they changed it
		}
		if cleared {
			if rf.Unset == nil {
				rf.Unset = map[string]bool{}
			}
			rf.Unset[x.ID] = true
		}
	}
	return rf
}

func recordNode(p *Plan, f *Field, r *Record) *yaml.Node {
	return encodeList(p, f, &List{Records: []*Record{r}}).Content[0]
}

func sameRecord(a, b *Record) bool {
	if (a.Facts == nil) != (b.Facts == nil) || a.Facts != nil && !equalSets(a.Facts.Unset, b.Facts.Unset) {
		return false
	}
	if len(a.Values) != len(b.Values) {
		return false
	}
	for k, v := range a.Values {
		if !v.Equal(b.Values[k]) {
			return false
		}
	}
	return true
}

func (m *merger) recordConflict(f *Field, b, o, t *Record) {
	node := func(p *Plan, r *Record) *yaml.Node {
		if r == nil {
			return nil
		}
		return recordNode(p, f, r)
	}
	m.conflict(f.Path+"["+b.ID+"]", node(m.base, b), node(m.ours, o), node(m.theirs, t))
}

// policy merges the thresholds one by one.
func (m *merger) policy() {
	for _, f := range m.ours.Cat.Policy {
		v := m.value(f, f.Path, m.base.Policy[f.ID], m.ours.Policy[f.ID], m.theirs.Policy[f.ID])
		if v == nil {
			delete(m.out.Policy, f.ID)
		} else {
			m.out.Policy[f.ID] = v
		}
	}
}

// waivers merges waivers by rule and item.
func (m *merger) waivers() {
	index := func(p *Plan) map[string]*Waiver {
		out := map[string]*Waiver{}
		for _, w := range p.Waivers {
			out[waiverKey(w)] = w
		}
		return out
	}
	inB, inO, inT := index(m.base), index(m.ours), index(m.theirs)
	same := func(a, b *Waiver) bool { return a == nil && b == nil || a != nil && b != nil && sameWaiver(a, b) }
	node := func(w *Waiver) *yaml.Node {
		if w == nil {
			return nil
		}
		return encodeWaiver(w)
	}
	var out []*Waiver
	pick := func(k string) {
		b, o, t := inB[k], inO[k], inT[k]
		w := o
		switch {
		case same(o, t) || same(b, t):
		case same(b, o):
			w = t
		default:
			m.conflict(WaiverPath(firstWaiver(o, t)), node(b), node(o), node(t))
			if w == nil {
				w = t
			}
		}
		if w != nil {
			c := *w
			out = append(out, &c)
		}
	}
	seen := map[string]bool{}
	for _, w := range append(append([]*Waiver(nil), m.ours.Waivers...), m.theirs.Waivers...) {
		if k := waiverKey(w); !seen[k] {
			seen[k] = true
			pick(k)
		}
	}
	m.out.Waivers = out
}

func firstWaiver(ws ...*Waiver) *Waiver {
	for _, w := range ws {
		if w != nil {
			return w
		}
	}
	return nil
}

// baseline merges the standard the plan was made from.
func (m *merger) baseline() {
	key := func(b *Baseline) string {
		if b == nil {
			return ""
		}
		return b.Path + "\x00" + b.SHA256
	}
	node := func(b *Baseline) *yaml.Node {
		if b == nil {
			return nil
		}
		return encodeBaseline(b)
	}
	b, o, t := m.base.Baseline, m.ours.Baseline, m.theirs.Baseline
	switch {
	case key(o) == key(t) || key(b) == key(t):
	case key(b) == key(o):
		m.out.Baseline = nil
		if t != nil {
			c := *t
			m.out.Baseline = &c
		}
	default:
		m.conflict("baseline", node(b), node(o), node(t))
	}
}

// keptConflicts are the conflicts left by earlier merges, merged as
// items of a list by path: one that a side resolved (it was in the base
// and that side no longer holds it) goes; the paths this merge found
// again are replaced by what it found.
func (m *merger) keptConflicts() []*Conflict {
	paths := func(cs []*Conflict) map[string]bool {
		out := map[string]bool{}
		for _, c := range cs {
			out[c.Path] = true
		}
		return out
	}
	inB, inO, inT, again := paths(m.base.Conflicts), paths(m.ours.Conflicts), paths(m.theirs.Conflicts), paths(m.found)
	var out []*Conflict
	seen := map[string]bool{}
	for _, c := range append(append([]*Conflict(nil), m.ours.Conflicts...), m.theirs.Conflicts...) {
		resolved := inB[c.Path] && !(inO[c.Path] && inT[c.Path])
		if again[c.Path] || seen[c.Path] || resolved {
			continue
		}
		seen[c.Path] = true
		out = append(out, &Conflict{Path: c.Path, Base: cloneNode(c.Base), Ours: cloneNode(c.Ours), Theirs: cloneNode(c.Theirs)})
	}
	return out
}

func equalSets(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// facts merges the library a plan names and what it pinned.
func (m *merger) facts() {
	path := func(p *Plan) string {
		if p.Facts == nil {
			return ""
		}
		return p.Facts.Path
	}
	merged := m.text("facts", path(m.base), path(m.ours), path(m.theirs))
	frozen := m.frozen()
	if merged == "" {
		m.out.Facts = nil
		return
	}
	if m.out.Facts == nil {
		m.out.Facts = &Facts{}
	}
	m.out.Facts.Path, m.out.Facts.Frozen = merged, frozen
}

// frozen merges what the plans pinned, as a whole; a conflict keeps ours.
func (m *merger) frozen() *Frozen {
	of := func(p *Plan) *Frozen {
		if p.Facts == nil {
			return nil
		}
		return p.Facts.Frozen
	}
	node := func(p *Plan, fz *Frozen) *yaml.Node {
		if fz == nil {
			return nil
		}
		return encodeFrozen(p, fz)
	}
	key := func(p *Plan, fz *Frozen) string {
		if fz == nil {
			return ""
		}
		out, err := emit(node(p, fz))
		if err != nil {
			return fz.SHA256
		}
		return string(out)
	}
	b, o, t := of(m.base), of(m.ours), of(m.theirs)
	kb, ko, kt := key(m.base, b), key(m.ours, o), key(m.theirs, t)
	switch {
	case ko == kt || kb == kt:
		return o
	case kb == ko:
		return t
	}
	m.conflict("frozen", node(m.base, b), node(m.ours, o), node(m.theirs, t))
	return o
}
