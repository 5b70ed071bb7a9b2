package pas

// FormatVersion is the oldest plan format version that holds p: 1 unless
// p holds a key, a field or an option a later version added. Encode
// writes it, so that a plan which uses nothing new stays readable by an
// older pas; a newer one names the version it needs.
func (p *Plan) FormatVersion() int {
	v := 1
	if p.Baseline != nil || len(p.Conflicts) > 0 || p.Facts != nil {
		v = 2 // a facts library holds the frozen part and what "use" takes
	}
	if p.Requirements != "" {
		v = max(v, requirementsVersion)
	}
	for id, val := range p.Policy {
		v = max(v, p.Cat.policyVersion(id, val))
	}
	for _, s := range p.Cat.Sections {
		if d := p.Sections[s.ID]; d != nil {
			v = max(v, s.dataVersion(d))
		}
	}
	return v
}

func (c *Catalogue) policyVersion(id string, val *Value) int {
	for _, f := range c.Policy {
		if f.ID == id {
			return f.valueVersion(val)
		}
	}
	return 1
}

// dataVersion is the newest version among the section's values and records.
func (s *Section) dataVersion(d *SectionData) int {
	v := 1
	for id, val := range d.Values {
		if f := s.Field(id); f != nil {
			v = max(v, f.valueVersion(val))
		}
	}
	for id, l := range d.Lists {
		f := s.Field(id)
		if f == nil || len(l.Records) == 0 {
			continue
		}
		v = max(v, f.Since)
		for _, r := range l.Records {
			for fid, val := range r.Values {
				if rf := f.recordField(fid); rf != nil {
					v = max(v, rf.valueVersion(val))
				}
			}
		}
	}
	return v
}

// valueVersion is the version that added the field, or the option the
// value holds, or the for_client mark (format 2), whichever is newer.
func (f *Field) valueVersion(val *Value) int {
	v := max(1, f.Since)
	if val != nil && val.ForClient && val.State != Committed {
		v = max(v, 2)
	}
	if val == nil || len(f.Options) == 0 {
		return v
	}
	for _, o := range f.Options {
		if o.Since > v && (val.Str == o.Value || contains(val.List, o.Value)) {
			v = o.Since
		}
	}
	return v
}

func (f *Field) recordField(id string) *Field {
	for _, rf := range f.Fields {
		if rf.ID == id {
			return rf
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
