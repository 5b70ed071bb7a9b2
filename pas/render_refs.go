package pas

import (
	"slices"
	"strconv"
)

// headingRefs remembers, while the chapters are written, the number of
// the heading under which each chapter and field is written, so that an
// appendix can cite it ("§ 18.2").
type headingRefs struct {
	cur string            // number of the last heading of the chapter being written
	at  map[string]string // chapter id or field path → heading number
}

// enter starts a chapter.
func (r *headingRefs) enter(s *Section, number string) {
	r.cur = number
	r.set(s.ID, number)
}

func (r *headingRefs) set(key, number string) {
	if r.at == nil {
		r.at = map[string]string{}
	}
	if _, ok := r.at[key]; !ok { // where it is first written
		r.at[key] = number
	}
}

// markGroup records the fields of a group but its lists (ListTable
// records those under their own heading).
func (r *headingRefs) markGroup(fields []*Field) {
	if r.cur == "" {
		return // outside the chapters
	}
	for _, f := range fields {
		if f.Kind != KList {
			r.set(f.Path, r.cur)
		}
	}
}

// markList records a list and its record fields.
func (r *headingRefs) markList(f *Field) {
	if r.cur == "" {
		return // outside the chapters: the cover's lists
	}
	r.set(f.Path, r.cur)
	for _, rf := range f.Fields {
		r.set(rf.Path, r.cur)
	}
}

// Reference returns the number of the heading under which a chapter (its
// id) or a field (its path, "continuity.bcp.rto") is written in the
// document: "18.2" under a numbered section heading, else its chapter's
// number ("18"), also for a field the document does not show; "" for the
// cover's fields or an unknown target. It is meant for appendices, which
// are written after every chapter.
func (d *Doc) Reference(target string) string {
	if n, ok := d.refs.at[target]; ok {
		return n
	}
	s := d.Plan.Cat.Section(target)
	if f := d.Plan.Cat.Field(target); f != nil {
		s = f.Section
	}
	if s == nil {
		return ""
	}
	if n := ChapterNumbers(d.Plan.Cat)[s.ID]; n > 0 {
		return strconv.Itoa(n)
	}
	return ""
}

// HeadingReferences renders the plan's document with these options and
// returns its Reference, for what cites the document from outside it (the
// reference column of the buyer's grid): the numbers are those of the
// document's headings.
func HeadingReferences(p *Plan, opts RenderOptions) func(target string) string {
	var ref func(string) string
	capture := Appendix{ID: "references", Title: T("Renvois", "References"), Render: func(d *Doc) { ref = d.Reference }}
	opts.Appendices = append(slices.Clone(opts.Appendices), capture)
	Build(p, opts)
	return ref
}
