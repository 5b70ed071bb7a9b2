package pas

// Applicable reports whether a section is in force for this plan: the
// engagement calls for it and the user did not mark it not applicable.
func (p *Plan) Applicable(s *Section) bool {
	ok, _ := p.Applicability(s)
	return ok
}

// Applicability returns whether a section applies and, when it does not,
// why: the user's justification or the engagement's reason.
func (p *Plan) Applicability(s *Section) (bool, Text) {
	if d := p.Sections[s.ID]; d != nil && d.NA != nil {
		return false, T(d.NA.Justification, d.NA.Justification)
	}
	if s.Applies != nil {
		return s.Applies(p)
	}
	return true, Text{}
}

// Blank reports whether the plan holds nothing for a section: no value,
// no value to confirm or open question, no list (even written empty), and no mark of not
// applicable (internal notes do not count).
func (p *Plan) Blank(s *Section) bool {
	d := p.Sections[s.ID]
	if d == nil {
		return true
	}
	if d.NA != nil {
		return false
	}
	for _, v := range d.Values {
		if v.IsSet() || v.Pending() {
			return false
		}
	}
	return len(d.Lists) == 0 // a list written empty is an answer ("none")
}

// Active reports whether a field is switched on for this plan (and record,
// for record fields); a field whose section does not apply is off.
func (p *Plan) Active(f *Field, rec *Record) bool {
	if f.When != nil && !f.When(p, rec) {
		return false
	}
	if f.List != nil {
		return p.Active(f.List, nil)
	}
	return true
}

// PolicyValue returns the plan's value for a policy threshold, else the
// threshold's documented default; nil for an unknown id.
func (p *Plan) PolicyValue(id string) *Value {
	if v := p.Policy[id]; v.IsSet() {
		return v
	}
	f := p.Cat.PolicyField(id)
	if f == nil {
		return nil
	}
	v, err := Suggestion(f)
	if err != nil {
		return nil
	}
	return v
}

// ItemKind says why an item is listed in "To be completed".
type ItemKind uint8

// Kinds of items to complete.
const (
	Missing  ItemKind = iota + 1 // a required value is absent
	Confirm                      // a value is to be confirmed
	Question                     // an open question
)

// Text returns the localised name of the item kind.
func (k ItemKind) Text() Text {
	switch k {
	case Missing:
		return T("à compléter", "to be completed")
	case Confirm:
		return T("à confirmer", "to confirm")
	}
	return T("question ouverte", "open question")
}

// String returns the stable name used in JSON.
func (k ItemKind) String() string {
	return map[ItemKind]string{Missing: "missing", Confirm: "to_confirm", Question: "open"}[k]
}

// Item is one thing left to do in a plan: a required value that is
// missing, a value to confirm, or an open question.
type Item struct {
	Kind    ItemKind
	Section *Section
	Field   *Field
	Record  *Record // for record fields
	Value   *Value  // nil when missing
	Path    string
	Pos     Pos
}

// Progress counts a section's required items.
type Progress struct {
	Required int // required items that apply
	Answered int // of which committed
	Pending  int // of which to confirm or open
	Missing  int // of which absent
}

// Add sums two progress counts.
func (a Progress) Add(b Progress) Progress {
	return Progress{a.Required + b.Required, a.Answered + b.Answered, a.Pending + b.Pending, a.Missing + b.Missing}
}

// Percent returns the share of required items answered and committed.
func (a Progress) Percent() int {
	if a.Required == 0 {
		return 100
	}
	return a.Answered * 100 / a.Required
}

// Items lists, in catalogue order, what is left to do in a section:
// missing required values, values to confirm and open questions. A section
// that does not apply has none.
func (p *Plan) Items(s *Section) []Item {
	if !p.Applicable(s) {
		return nil
	}
	var out []Item
	for _, f := range s.Fields {
		if !p.Active(f, nil) {
			continue
		}
		if f.Kind == KList {
			out = p.listItems(f, out)
			continue
		}
		out = p.appendItem(out, f, nil)
	}
	return out
}

func (p *Plan) listItems(list *Field, out []Item) []Item {
	recs := p.Records(list)
	if list.Required && len(recs) == 0 {
		path, pos := p.locate(list, nil, list.Section.ID)
		out = append(out, Item{Kind: Missing, Section: list.Section, Field: list, Path: path, Pos: pos})
	}
	for _, r := range recs {
		for _, rf := range list.Fields {
			if p.Active(rf, r) {
				out = p.appendItem(out, rf, r)
			}
		}
	}
	return out
}

// appendItem adds the field (of record r, for record fields) when it is
// an item to complete; its path and position are worked out only then.
func (p *Plan) appendItem(out []Item, f *Field, r *Record) []Item {
	v := p.Get(f)
	if r != nil {
		v = r.Get(f)
	}
	var kind ItemKind
	switch {
	case v.StateOf() == Open:
		kind = Question
	case v.StateOf() == ToConfirm:
		kind = Confirm
	case !v.IsSet() && f.Required:
		kind = Missing
	default:
		return out
	}
	path, pos := p.locate(f, r, f.Section.ID)
	return append(out, Item{Kind: kind, Section: f.Section, Field: f, Record: r, Value: v, Path: path, Pos: pos})
}

// Progress counts the required items of a section: answered and
// committed, pending, or missing. Optional values do not count.
func (p *Plan) Progress(s *Section) Progress {
	var pr Progress
	if !p.Applicable(s) {
		return pr
	}
	count := func(v *Value) {
		pr.Required++
		switch {
		case v.Pending():
			pr.Pending++
		case v.IsSet():
			pr.Answered++
		default:
			pr.Missing++
		}
	}
	for _, f := range s.Fields {
		if !f.Required || !p.Active(f, nil) {
			if f.Kind == KList && p.Active(f, nil) {
				p.countRecords(f, count)
			}
			continue
		}
		if f.Kind == KList {
			pr.Required++
			if len(p.Records(f)) > 0 {
				pr.Answered++
			} else {
				pr.Missing++
			}
			p.countRecords(f, count)
			continue
		}
		count(p.Get(f))
	}
	return pr
}

func (p *Plan) countRecords(list *Field, count func(*Value)) {
	for _, r := range p.Records(list) {
		for _, rf := range list.Fields {
			if rf.Required && p.Active(rf, r) {
				count(r.Get(rf))
			}
		}
	}
}

// TotalProgress sums the progress of every section.
func (p *Plan) TotalProgress() Progress {
	var t Progress
	for _, s := range p.Cat.Sections {
		t = t.Add(p.Progress(s))
	}
	return t
}
