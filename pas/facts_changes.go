package pas

// FactsChange is a record or text of a library that a plan takes and that
// differs between two versions of the library (or between what a frozen
// plan pinned and the library now).
type FactsChange struct {
	List    *Field   // the record's list; nil for a text
	ID      string   // the record's or text's id
	Fields  []*Field // the record's fields whose values differ
	Before  *LibRecord
	After   *LibRecord
	Removed bool // the newer version no longer holds it
	Added   bool // the older version did not hold it
}

// ChangedFields returns the fields of a list whose values differ between
// two records (positions aside), in the list's order.
func ChangedFields(list *Field, a, b *Record) []*Field {
	var out []*Field
	for _, f := range list.Fields {
		va, vb := a.Get(f), b.Get(f)
		if va.Missing() && vb.Missing() {
			continue
		}
		if !va.Equal(vb) {
			out = append(out, f)
		}
	}
	return out
}

// LibraryChanges returns what differs, between two versions of a library,
// among the records and texts the plan takes: changed, removed or added.
// before or after may be nil (no such version).
func (p *Plan) LibraryChanges(before, after *Library) []FactsChange {
	var out []FactsChange
	seen := map[string]bool{}
	for _, u := range p.FactsUses() {
		key := u.ID
		if u.List != nil {
			key = u.List.Path + "[" + u.ID + "]"
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		if u.List == nil {
			a, b := before.Text(u.ID), after.Text(u.ID)
			switch {
			case a == nil && b == nil:
			case b == nil:
				out = append(out, FactsChange{ID: u.ID, Removed: true})
			case a == nil:
				out = append(out, FactsChange{ID: u.ID, Added: true})
			case a.Text != b.Text:
				out = append(out, FactsChange{ID: u.ID})
			}
			continue
		}
		a, b := before.Record(u.List, u.ID), after.Record(u.List, u.ID)
		switch {
		case a == nil && b == nil:
		case b == nil:
			out = append(out, FactsChange{List: u.List, ID: u.ID, Before: a, Removed: true})
		case a == nil:
			out = append(out, FactsChange{List: u.List, ID: u.ID, After: b, Added: true})
		default:
			if fs := ChangedFields(u.List, a.Record, b.Record); len(fs) > 0 {
				out = append(out, FactsChange{List: u.List, ID: u.ID, Fields: fs, Before: a, After: b})
			}
		}
	}
	return out
}

// FrozenChanges returns what the library now holds differently from what
// the frozen plan pinned: a plan with such changes is to re-issue. Nil for
// a plan that is not frozen or whose library cannot be read.
func (p *Plan) FrozenChanges() []FactsChange {
	if !p.Frozen() || p.Facts.Lib == nil {
		return nil
	}
	return p.LibraryChanges(p.Facts.Frozen.Lib, p.Facts.Lib)
}

// CommitmentChanges returns the partners' commitments that differ between
// two versions of a library: changed, removed or added, for the parties
// listed (all of them when parties is nil), by the record field naming
// the partner.
func CommitmentChanges(cat *Catalogue, before, after *Library, partyField *Field, parties map[string]bool) []FactsChange {
	list := cat.Commitments
	if list == nil {
		return nil
	}
	index := func(l *Library) (map[string]*LibRecord, []string) {
		m := map[string]*LibRecord{}
		var order []string
		for _, c := range l.Commitments() {
			if parties == nil || parties[c.Str(partyField)] {
				m[c.ID] = c
				order = append(order, c.ID)
			}
		}
		return m, order
	}
	a, orderA := index(before)
	b, orderB := index(after)
	var out []FactsChange
	for _, id := range orderB {
		switch x, y := a[id], b[id]; {
		case x == nil:
			out = append(out, FactsChange{List: list, ID: id, After: y, Added: true})
		default:
			if fs := ChangedFields(list, x.Record, y.Record); len(fs) > 0 {
				out = append(out, FactsChange{List: list, ID: id, Fields: fs, Before: x, After: y})
			}
		}
	}
	for _, id := range orderA {
		if b[id] == nil {
			out = append(out, FactsChange{List: list, ID: id, Before: a[id], Removed: true})
		}
	}
	return out
}
