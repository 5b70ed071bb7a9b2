package pas

import "gopkg.in/yaml.v3"

// encodeUseRecord writes a record taken from the library: "use" and the
// fields the plan sets or clears itself — never the library's values.
func encodeUseRecord(p *Plan, f *Field, r *Record) *yaml.Node {
	m := mapping()
	addPair(m, "use", strNode(r.ID))
	for _, rf := range f.Fields {
		if !r.writes(rf) {
			continue
		}
		if v := r.Values[rf.ID]; !v.Missing() {
			addPair(m, rf.ID, encodeValue(p, rf, v))
		} else {
			addPair(m, rf.ID, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"})
		}
	}
	return m
}

// writes reports whether a record taken from the library writes a field:
// the plan set or cleared it, or its value is no longer the library's.
func (r *Record) writes(f *Field) bool {
	rf := r.Facts
	if _, ok := rf.Local[f.ID]; ok || rf.Unset[f.ID] {
		return true
	}
	if rf.From == nil {
		return false // not resolved: the plan holds only its own values
	}
	v, lib := r.Values[f.ID], rf.From.Values[f.ID]
	if v.Missing() && lib.Missing() {
		return false
	}
	return !v.Equal(lib)
}

// encodeTextUse writes a text value that names a standard text of the
// library: {use: ID}, with the plan's own text when it has one, and its
// state.
func encodeTextUse(p *Plan, f *Field, v *Value) *yaml.Node {
	m := mapping()
	addPair(m, "use", strNode(v.Use))
	if v.Has && !v.fromLib {
		addPair(m, "value", encodeScalar(p, f, v))
	}
	if v.State != Committed {
		addPending(m, v)
	}
	return m
}

// encodeFrozen writes a plan's frozen part: the fingerprint, then the
// records and texts pinned, in the shape of a library.
func encodeFrozen(p *Plan, fz *Frozen) *yaml.Node {
	m := mapping()
	addPair(m, "sha256", strNode(fz.SHA256))
	encodeLibraryBody(p, fz.Lib, m)
	return m
}

// encodeLibraryBody adds a library's records, by section and list in
// catalogue order, and its texts to a mapping.
func encodeLibraryBody(p *Plan, lib *Library, m *yaml.Node) {
	for _, s := range p.Cat.Sections {
		groups := map[string]*yaml.Node{}
		for _, f := range s.Fields {
			recs := lib.Records(f)
			if len(recs) == 0 {
				continue
			}
			if groups[""] == nil {
				groups[""] = mapping()
				addPair(m, s.ID, groups[""])
			}
			l := &List{}
			for _, r := range recs {
				l.Records = append(l.Records, r.Record)
			}
			addPair(groupNode(groups, f.Group()), f.Key(), encodeList(p, f, l))
		}
	}
	if texts := lib.Texts(); len(texts) > 0 {
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for _, t := range texts {
			tm := mapping()
			addPair(tm, "id", strNode(t.ID))
			addPair(tm, "text", textNode(t.Text))
			seq.Content = append(seq.Content, tm)
		}
		addPair(m, "texts", seq)
	}
}
