package pas

// SchemaVersion is the newest version of the plan.yaml format this build
// reads; it reads every version from 1 up to it. A plan is written with the
// oldest version that holds it (Plan.FormatVersion), so that a plan using
// nothing new stays readable by an older pas. Version 2 adds the baseline,
// the merge conflicts, the events delays run from, sub-processors' breach
// notice, availability components in series, security events as hosted
// data and the deviations from the client's PSSI,
// the document settings (lot, candidate, annex designation, page limit,
// template) the "business_secret" marking, the requirements key, a contact's
// free-text title and the facts library (facts, frozen, records and texts
// taken from it with "use").
const SchemaVersion = 2

// topLevelKeys are the plan.yaml keys that are not sections.
var topLevelKeys = map[string]bool{"schema_version": true, "lang": true, "policy": true, "waivers": true,
	"baseline": true, "conflicts": true, "requirements": true, "facts": true, "frozen": true}

// requirementsVersion is the first format version with the requirements key.
const requirementsVersion = 2

// Plan is a PAS as held in plan.yaml: one SectionData per section of its
// catalogue, policy thresholds and waivers.
type Plan struct {
	Cat      *Catalogue
	Schema   int
	Lang     Lang
	Sections map[string]*SectionData
	Policy   map[string]*Value
	Waivers  []*Waiver
	// Requirements names the file that holds the buyer's requirement grid
	// answered with this plan, relative to the plan's directory ("" when
	// none). It is read only by the commands that work on the grid, so a
	// large grid never slows the plan's load.
	Requirements string
	Baseline     *Baseline // the standard PAS the plan was made from, if any
	// Conflicts left by a merge, until they are resolved.
	Conflicts []*Conflict
	// Facts is the company's facts library the plan takes records and
	// texts from (facts:), if any.
	Facts *Facts

	src *source // the YAML the plan was read from, for Marshal
}

// SectionData is what a plan holds for one section.
type SectionData struct {
	Values map[string]*Value // by field ID
	Lists  map[string]*List  // by field ID
	NA     *NA               // marked not applicable by the user
	Notes  string            // internal notes, never in the client's document
	Pos    Pos
}

// NA marks a section not applicable, with the mandatory justification.
type NA struct {
	Justification string
	Pos           Pos
}

// List holds the records of a list field.
type List struct {
	Records []*Record
	Pos     Pos
}

// Record is one entry of a list: a party, a site, a certificate…
type Record struct {
	ID     string
	Values map[string]*Value
	Pos    Pos
	// Facts marks a record the plan takes from its facts library
	// ("- use: ID"); nil for the plan's own records.
	Facts *RecordFacts

	renamed bool // its id changed since it was read (MakeOwn): a save finds its comments at Pos
}

// Waiver accepts a rule's finding for one item, with its reason, approver
// and date; an expired waiver no longer applies.
type Waiver struct {
	Rule     string
	Item     string // record id or field path the waiver covers; empty: every finding of the rule
	Reason   string
	Approver string
	Date     Date
	Expires  Date
	Pos      Pos
}

// NewPlan returns an empty plan in the given language. Saved with
// Marshal, it starts with the schema modeline (see Modeline).
func NewPlan(cat *Catalogue, l Lang) *Plan {
	return &Plan{Cat: cat, Schema: SchemaVersion, Lang: l, Sections: map[string]*SectionData{}, Policy: map[string]*Value{},
		src: modelineSource()}
}

// Data returns the section's data, or nil when the plan holds none.
func (p *Plan) Data(sectionID string) *SectionData { return p.Sections[sectionID] }

// Edit returns the section's data, creating it when needed.
func (p *Plan) Edit(sectionID string) *SectionData {
	d := p.Sections[sectionID]
	if d == nil {
		d = &SectionData{}
		p.Sections[sectionID] = d
	}
	return d
}

// Get returns the value of a section field, or nil.
func (p *Plan) Get(f *Field) *Value {
	d := p.Sections[f.Section.ID]
	if d == nil {
		return nil
	}
	return d.Values[f.ID]
}

// Set stores the value of a section field; nil removes it.
func (p *Plan) Set(f *Field, v *Value) {
	d := p.Edit(f.Section.ID)
	if v == nil {
		delete(d.Values, f.ID)
		return
	}
	if d.Values == nil {
		d.Values = map[string]*Value{}
	}
	d.Values[f.ID] = v
}

// Records returns the records of a list field.
func (p *Plan) Records(list *Field) []*Record {
	d := p.Sections[list.Section.ID]
	if d == nil || d.Lists[list.ID] == nil {
		return nil
	}
	return d.Lists[list.ID].Records
}

// ListOf returns the List of a list field, creating it when needed.
func (p *Plan) ListOf(list *Field) *List {
	d := p.Edit(list.Section.ID)
	if d.Lists == nil {
		d.Lists = map[string]*List{}
	}
	l := d.Lists[list.ID]
	if l == nil {
		l = &List{}
		d.Lists[list.ID] = l
	}
	return l
}

// Record returns the record with this id in a list, or nil.
func (p *Plan) Record(list *Field, id string) *Record {
	for _, r := range p.Records(list) {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// Get returns the value of a record field, or nil.
func (r *Record) Get(f *Field) *Value {
	if r == nil {
		return nil
	}
	return r.Values[f.ID]
}

// Set stores the value of a record field; nil removes it.
func (r *Record) Set(f *Field, v *Value) {
	if v == nil {
		delete(r.Values, f.ID)
		return
	}
	if r.Values == nil {
		r.Values = map[string]*Value{}
	}
	r.Values[f.ID] = v
}

// Str returns a record field's string value, "" when unset.
func (r *Record) Str(f *Field) string { return r.Get(f).str() }

// Is reports whether a record's boolean field is set to true.
func (r *Record) Is(f *Field) bool { v := r.Get(f); return v.IsSet() && v.Bool }

// Name returns the record's display name: its name field, else its id. A
// name that is an option shows its label when the label is the same in
// both languages ("P1"), its value otherwise; see NameIn.
func (r *Record) Name(list *Field) string {
	v := r.Values[list.Name]
	if !v.IsSet() || v.Str == "" {
		return r.ID
	}
	if nf := list.RecordField(list.Name); nf != nil && nf.Kind == KEnum {
		if o := nf.Option(v.Str); o != nil && o.Label.FR == o.Label.EN {
			return o.Label.EN
		}
	}
	return v.Str
}

// NameIn returns the record's display name in a language: option labels
// are translated.
func (r *Record) NameIn(list *Field, l Lang) string {
	v := r.Values[list.Name]
	if nf := list.RecordField(list.Name); v.IsSet() && nf != nil && nf.Kind == KEnum {
		if o := nf.Option(v.Str); o != nil {
			return o.Label.In(l)
		}
	}
	return r.Name(list)
}

// Str, Bool, Num, Dur, DateOf and ListOf are shortcuts for rules: the
// value of a section field when set, else the zero value.
func (p *Plan) Str(f *Field) string { return p.Get(f).str() }

// Bool returns a section field's boolean and whether it is set.
func (p *Plan) Bool(f *Field) (bool, bool) {
	v := p.Get(f)
	return v.IsSet() && v.Bool, v.IsSet()
}

// Is reports whether a section boolean field is set to true.
func (p *Plan) Is(f *Field) bool { b, _ := p.Bool(f); return b }

// IsNot reports whether a section boolean field is set to false.
func (p *Plan) IsNot(f *Field) bool { b, ok := p.Bool(f); return ok && !b }

// Has reports whether a set field holds an option.
func (p *Plan) Has(f *Field, option string) bool {
	return p.Get(f).IsSet() && p.Get(f).Contains(option)
}

// Strings returns a list field's items (nil when unset).
func (p *Plan) Strings(f *Field) []string {
	if v := p.Get(f); v.IsSet() {
		return v.List
	}
	return nil
}

func (v *Value) str() string {
	if !v.IsSet() {
		return ""
	}
	return v.Str
}

// Clone returns a deep copy of the plan.
func (p *Plan) Clone() *Plan {
	c := &Plan{Cat: p.Cat, Schema: p.Schema, Lang: p.Lang, Requirements: p.Requirements, Sections: make(map[string]*SectionData, len(p.Sections)), Policy: cloneValues(p.Policy),
		src: p.src} // never modified: shared
	for id, d := range p.Sections {
		c.Sections[id] = d.Clone()
	}
	for _, w := range p.Waivers {
		wc := *w
		c.Waivers = append(c.Waivers, &wc)
	}
	if p.Baseline != nil {
		b := *p.Baseline
		c.Baseline = &b
	}
	for _, x := range p.Conflicts {
		c.Conflicts = append(c.Conflicts, &Conflict{Path: x.Path, Base: cloneNode(x.Base), Ours: cloneNode(x.Ours), Theirs: cloneNode(x.Theirs), Pos: x.Pos})
	}
	if p.Facts != nil {
		f := *p.Facts // the libraries it points at are never changed: shared
		c.Facts = &f
	}
	return c
}

// Clone returns a deep copy of the section's data.
func (d *SectionData) Clone() *SectionData {
	c := &SectionData{Values: cloneValues(d.Values), Notes: d.Notes, Pos: d.Pos}
	if d.NA != nil {
		na := *d.NA
		c.NA = &na
	}
	if d.Lists != nil {
		c.Lists = make(map[string]*List, len(d.Lists))
		for id, l := range d.Lists {
			nl := &List{Pos: l.Pos, Records: make([]*Record, len(l.Records))}
			for i, r := range l.Records {
				nl.Records[i] = r.Clone()
			}
			c.Lists[id] = nl
		}
	}
	return c
}

// Clone returns a deep copy of the record.
func (r *Record) Clone() *Record {
	return &Record{ID: r.ID, Values: cloneValues(r.Values), Pos: r.Pos, Facts: r.Facts.clone(), renamed: r.renamed}
}

func cloneValues(m map[string]*Value) map[string]*Value {
	if m == nil {
		return nil
	}
	c := make(map[string]*Value, len(m))
	for k, v := range m {
		c[k] = v.Clone()
	}
	return c
}
