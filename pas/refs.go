package pas

// RefUse is one place that references a record: a field of a section, or
// a field of a record of another list.
type RefUse struct {
	Field  *Field
	Holder *Record // the record holding the field; nil for a section field
}

// referencing lists the fields that point at a list.
func (c *Catalogue) referencing(list *Field) []*Field {
	var out []*Field
	for _, s := range c.Sections {
		for _, f := range s.Fields {
			if f.Ref == list.Path {
				out = append(out, f)
			}
			for _, rf := range f.Fields {
				if rf.Ref == list.Path {
					out = append(out, rf)
				}
			}
		}
	}
	return out
}

// References returns every place that names the record id of a list.
func (p *Plan) References(list *Field, id string) []RefUse {
	var out []RefUse
	for _, f := range p.Cat.referencing(list) {
		if f.List == nil {
			if names(p.Get(f), id) {
				out = append(out, RefUse{Field: f})
			}
			continue
		}
		for _, r := range p.Records(f.List) {
			if names(r.Get(f), id) {
				out = append(out, RefUse{Field: f, Holder: r})
			}
		}
	}
	return out
}

func names(v *Value, id string) bool {
	if !v.IsSet() {
		return false
	}
	if v.Str == id {
		return true
	}
	if _, ok := v.RACI[id]; ok {
		return true
	}
	return v.Contains(id)
}

// ReferencingSections returns the ids of the sections whose data may name
// records of a list (including the list's own section).
func (c *Catalogue) ReferencingSections(list *Field) []string {
	seen := map[string]bool{list.Section.ID: true}
	out := []string{list.Section.ID}
	for _, f := range c.referencing(list) {
		if !seen[f.Section.ID] {
			seen[f.Section.ID] = true
			out = append(out, f.Section.ID)
		}
	}
	return out
}

// RemoveReferences removes the record id from every reference: a single
// reference is cleared, a list of references or a RACI row loses it. A
// value left empty by the removal is no longer an answer ("none" is only
// ever the user's answer); a pending one keeps its question.
func (p *Plan) RemoveReferences(list *Field, id string) {
	p.rewriteRefs(list, id, func(v *Value) {
		switch {
		case v.Str == id:
			v.Str, v.Has = "", false
		case v.Contains(id):
			kept := make([]string, 0, len(v.List))
			for _, s := range v.List {
				if s != id {
					kept = append(kept, s)
				}
			}
			v.List, v.Has = kept, len(kept) > 0
		default:
			delete(v.RACI, id)
			v.Has = len(v.RACI) > 0
		}
	})
}

func (p *Plan) rewriteRefs(list *Field, id string, edit func(v *Value)) {
	for _, u := range p.References(list, id) {
		var v *Value
		if u.Holder != nil {
			v = u.Holder.Get(u.Field).Clone()
		} else {
			v = p.Get(u.Field).Clone()
		}
		edit(v)
		if v.Missing() {
			v = nil
		}
		if u.Holder != nil {
			u.Holder.Set(u.Field, v)
		} else {
			p.Set(u.Field, v)
		}
	}
}
