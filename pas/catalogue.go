package pas

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// Option is one allowed value of an enum or set field.
type Option struct {
	Value string // YAML value, snake_case
	Label Text
	Since int // format version that added the option; 0 or 1: the first
}

// Added returns the option marked as added by format version v.
func (o Option) Added(v int) Option { o.Since = v; return o }

// Opt builds an Option.
func Opt(value, fr, en string) Option { return Option{Value: value, Label: T(fr, en)} }

// Field describes one question of a section, or one column of a record.
type Field struct {
	ID       string   // key in its section (dots nest it under a group) or in its record
	Kind     Kind     // type of the value
	Label    Text     // short label, as in the document
	Help     Text     // what to answer; shown in the editor and the schema
	Options  []Option // KEnum, KSet
	Unit     Text     // KInt, KNumber: unit written after the value
	Min, Max float64  // KInt, KNumber: bounds, when Max > Min
	Ref      string   // KRef, KRefs: path of the target list ("parties.organisations")
	Required bool     // needed for the section to be complete
	Every    bool     // KDuration: a frequency, written "tous les 3 mois" / "every 3 months"
	Who      Who      // who answers; zero means the section's
	// When switches the field on (nil: always). A field that is off is
	// neither asked, required, rendered nor checked. r is the record for
	// record fields, nil for section fields.
	When func(p *Plan, r *Record) bool
	// Suggest is a value the editor may offer, in canonical YAML form. It
	// is never written into a plan without the user's action.
	Suggest string
	Fields  []*Field // KList: fields of each record
	Columns []string // KList: record fields shown as table columns
	Name    string   // KList: record field naming a record (default "name")
	// Qualifier is a record field whose value follows a record's name where
	// another field references it: "Sophie Lambert (GHT)".
	Qualifier string
	// Suggestions returns records the editor may add to a list in one step
	// (typical entries for this engagement, not yet present). They are
	// never added without the user's action.
	Suggestions func(p *Plan) []*Record
	// Direction says which change of the value is stricter for the client
	// (pas diff, deviations from the standard PAS); zero: none declared.
	Direction Direction
	// Since is the plan format version that added the field (0 or 1: the
	// first): a plan that holds it is written with at least that version.
	Since int
	// Shared marks a list whose records a company keeps in its facts
	// library: a plan may take them with "- use: ID" (KList).
	Shared bool
	// Invalid checks a record of a list of the facts library as a whole
	// when it is decoded (a figure that cannot be, two dates in the wrong
	// order); it returns what is wrong, nothing when the record is sound.
	Invalid func(r *Record) []RecordProblem

	Path    string   // set by NewCatalogue: "section.field" or "section.list.field"
	Section *Section // set by NewCatalogue
	List    *Field   // set by NewCatalogue for record fields: the list holding them
}

// Bound says which way a field's value must go to meet a threshold that a
// buyer states ("RTO ≤ 2 h", "conservés au moins six mois").
type Bound uint8

// Bounds.
const (
	NoBound Bound = iota // not compared with a buyer's threshold
	AtMost               // delays, objectives, intervals: the plan's value must not exceed it
	AtLeast              // retention, availability, counts, notice: the plan's value must reach it
)

// Term is a word or phrase of buyers' requirement grids that designates
// what a section, or one of its fields, covers. Words holds the forms
// buyers write, in French and in English ("sauvegarde", "backup",
// "durée maximale d'interruption"); case, accents and plurals do not
// matter. The grid import proposes a mapping from these terms; it never
// applies one by itself.
type Term struct {
	Words []string
	Field *Field // the field it designates; nil for the section as a whole
	// Bound tells, for a field holding a number, percentage or duration,
	// which way its value meets a buyer's threshold when the requirement
	// does not say ("au moins", "au plus").
	Bound Bound
}

// Group titles the fields whose ID starts with "ID.".
type Group struct {
	ID    string
	Title Text
}

// Section is one chapter of the PAS, declared in package sections.
type Section struct {
	ID    string
	Title Text
	// Short is the title where room is short, such as the editor's sidebar
	// ("Habilitations et accès"); zero means Title.
	Short Text
	Intro Text // neutral description of what the chapter covers; never a commitment
	Who   Who  // who normally answers its fields
	// Fields in YAML and document order; fields of one group are contiguous.
	Fields []*Field
	Groups []Group
	// Applies says whether the engagement calls for this section, and why
	// not (nil: always). A section that does not apply is rendered as not
	// applicable with the reason, and not checked.
	Applies func(p *Plan) (bool, Text)
	// Controls are the ISO/IEC 27001:2022 Annex A controls it evidences;
	// SOC2 the SOC 2 categories.
	Controls []string
	SOC2     []string
	Rules    []*Rule
	// Vocabulary lists the words buyers use for what the section covers,
	// from which requirements of a buyer's grid are mapped to it.
	Vocabulary []Term
	// Render replaces the generic chapter body when set.
	Render func(d *Doc, s *Section)
	// Prose says the chapter's commitments in sentences: the fields they
	// cover are written as paragraphs, group by group, instead of a table.
	Prose []*Sentence
	// Cover marks the section rendered as the document's cover block
	// rather than as a numbered chapter.
	Cover bool
}

// Catalogue is the list of sections the editor, renderer, checker and
// schema all iterate, with the policy thresholds and the rules.
type Catalogue struct {
	Sections   []*Section
	Policy     []*Field   // thresholds a company may set in the plan's policy block
	Rules      []*Rule    // rules not tied to a section, then every section's rules
	Appendices []Appendix // parts after the chapters, in order
	// Draft says whether a plan is still a draft: missing values that rules
	// report as errors are then warnings.
	Draft func(p *Plan) bool
	// Workshop is the order a client follows in a workshop (the context and
	// the security needs first): the editor walks these steps, then the
	// other questions the client answers.
	Workshop []WorkshopStep
	// Issued says whether a plan's status makes it a commitment (submitted
	// with the offer, contractual): rendering it while items remain open
	// warns, and saving it pins the facts it takes from its library (see
	// Frozen).
	Issued func(p *Plan) bool
	// Voice says how the chapters' prose speaks (nil: "le titulaire",
	// "s'engage à").
	Voice func(p *Plan) Voice
	// Commitments is the list of partners' own commitments that a facts
	// library holds (see SetCommitments); nil when the catalogue has none.
	Commitments *Field
	// Versioning names the document's version and its version history,
	// for the editor's proposal of a history line when the version
	// changes; nil when the catalogue has none.
	Versioning *Versioning

	sections map[string]*Section
	fields   map[string]*Field
	policy   map[string]*Field
	rules    map[string]*Rule
	presence map[*Field]*Rule
}

// WorkshopStep is one stop of a workshop with the client: a question, a
// list whose items are added on the spot (sites, contacts), or a RACI
// matrix whose rows the client holds.
type WorkshopStep struct {
	Field *Field
	// Holds says, for a list, which of its records the client holds (nil:
	// all of them); a matrix shows only those rows.
	Holds func(p *Plan, r *Record) bool
}

// Versioning names the field holding a document's version and the list
// recording its versions, with the fields of one entry of that list.
type Versioning struct {
	Version *Field // the document's version, a text field of a section
	History *Field // the version history, a list
	// Fields of a History record: the version, its date, what changed.
	EntryVersion, EntryDate, EntrySummary *Field
}

var (
	idPattern       = regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$`)
	recordIDPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)
	reservedKeys    = map[string]bool{"not_applicable": true, "notes": true, "id": true}
)

// NewCatalogue checks the sections' invariants (unique ids, reserved keys,
// options, references, contiguous groups, known columns) and indexes them.
func NewCatalogue(sections []*Section, policy []*Field, rules []*Rule) (*Catalogue, error) {
	c := &Catalogue{Sections: sections, Policy: policy, sections: map[string]*Section{},
		fields: map[string]*Field{}, policy: map[string]*Field{}, rules: map[string]*Rule{}, presence: map[*Field]*Rule{}}
	for _, s := range sections {
		if err := c.addSection(s); err != nil {
			return nil, err
		}
	}
	for _, f := range policy {
		if f.Kind == KList || f.Kind == KRACI || !idPattern.MatchString(f.ID) || c.policy[f.ID] != nil {
			return nil, fmt.Errorf("policy field %q: invalid or duplicate", f.ID)
		}
		f.Path = "policy." + f.ID
		c.policy[f.ID] = f
	}
	all := append([]*Rule(nil), rules...)
	for _, s := range sections {
		for _, r := range s.Rules {
			if r.Section == "" {
				r.Section = s.ID
			}
		}
		all = append(all, s.Rules...)
	}
	for _, r := range all {
		if err := c.addRule(r); err != nil {
			return nil, err
		}
	}
	// Rules across the plan first, then each chapter's in catalogue order,
	// so that a listing files every rule under its chapter.
	sort.SliceStable(all, func(i, j int) bool { return c.SectionIndex(all[i].Section) < c.SectionIndex(all[j].Section) })
	c.Rules = all
	return c, c.checkRefs()
}

// RecordProblem is one thing wrong with a record of the facts library.
type RecordProblem struct {
	Field *Field // the record field at fault; nil for the record as a whole
	Msg   Text
}

// SetCommitments declares the list of partners' commitments a facts
// library holds under the key "commitments": records about each partner
// (what its own contract gives), internal, never in a plan or in a
// document. Its fields take the paths "commitments.FIELD".
func (c *Catalogue) SetCommitments(list *Field) error {
	if list.Kind != KList || c.Commitments != nil {
		return fmt.Errorf("commitments: one list field expected")
	}
	holder := &Section{ID: "commitments", Title: list.Label, Who: WhoPartner}
	if err := c.addField(holder, nil, list, "commitments"); err != nil {
		return err
	}
	c.Commitments = list
	holder.Fields = []*Field{list}
	return c.checkRefs()
}

// MustCatalogue is NewCatalogue for package initialisation.
func MustCatalogue(sections []*Section, policy []*Field, rules []*Rule) *Catalogue {
	c, err := NewCatalogue(sections, policy, rules)
	if err != nil {
		panic("pas: invalid catalogue: " + err.Error())
	}
	return c
}

func (c *Catalogue) addSection(s *Section) error {
	if !idPattern.MatchString(s.ID) || strings.Contains(s.ID, ".") || c.sections[s.ID] != nil || topLevelKeys[s.ID] {
		return fmt.Errorf("section %q: invalid or duplicate id", s.ID)
	}
	if s.Title.FR == "" || s.Title.EN == "" || s.Who == 0 {
		return fmt.Errorf("section %q: title in both languages and who-answers required", s.ID)
	}
	c.sections[s.ID] = s
	seenGroups := map[string]bool{}
	last := ""
	for _, f := range s.Fields {
		if err := c.addField(s, nil, f, s.ID+"."+f.ID); err != nil {
			return err
		}
		g := groupOf(f.ID)
		if g != last && seenGroups[g] {
			return fmt.Errorf("section %q: fields of group %q are not contiguous", s.ID, g)
		}
		if g != "" && s.GroupTitle(g).IsZero() {
			return fmt.Errorf("section %q: group %q has no title", s.ID, g)
		}
		seenGroups[g], last = true, g
	}
	if err := checkVocabulary(s); err != nil {
		return err
	}
	return c.checkProse(s)
}

// checkVocabulary checks that every term has words, designates a field of
// its own section, and bounds only fields that hold a quantity.
func checkVocabulary(s *Section) error {
	for i, t := range s.Vocabulary {
		if len(t.Words) == 0 {
			return fmt.Errorf("section %q: vocabulary term %d has no words", s.ID, i)
		}
		for _, w := range t.Words {
			if strings.TrimSpace(w) == "" {
				return fmt.Errorf("section %q: vocabulary term %d has an empty word", s.ID, i)
			}
		}
		if t.Field != nil && t.Field.Section != s {
			return fmt.Errorf("section %q: vocabulary word %q designates a field of another section", s.ID, t.Words[0])
		}
		if t.Bound != NoBound && (t.Field == nil || !t.Field.Kind.IsQuantity()) {
			return fmt.Errorf("section %q: vocabulary word %q: a bound needs a number, percentage or duration field", s.ID, t.Words[0])
		}
	}
	return nil

}

func (c *Catalogue) addField(s *Section, list *Field, f *Field, path string) error {
	if f.Section != nil {
		return fmt.Errorf("field %q: already declared in section %q", path, f.Section.ID)
	}
	if !idPattern.MatchString(f.ID) || reservedKeys[f.ID] || c.fields[path] != nil {
		return fmt.Errorf("field %q: invalid, reserved or duplicate id", path)
	}
	if list != nil && strings.Contains(f.ID, ".") {
		return fmt.Errorf("field %q: record fields cannot be nested", path)
	}
	if f.Label.FR == "" || f.Label.EN == "" || f.Kind == 0 {
		return fmt.Errorf("field %q: kind and label in both languages required", path)
	}
	if (f.Kind == KEnum || f.Kind == KSet) != (len(f.Options) > 0) {
		return fmt.Errorf("field %q: options are for enum and set fields only, and required there", path)
	}
	if err := checkOptions(path, f.Options); err != nil {
		return err
	}
	if err := checkDirection(path, f); err != nil {
		return err
	}
	if f.Since < 0 || f.Since > SchemaVersion {
		return fmt.Errorf("field %q: format version %d is not one this build writes", path, f.Since)
	}
	f.Path, f.Section, f.List = path, s, list
	c.fields[path] = f
	if f.Kind != KList {
		return nil
	}
	if list != nil {
		return fmt.Errorf("field %q: lists cannot hold lists", path)
	}
	if f.Name == "" {
		f.Name = "name"
	}
	for _, rf := range f.Fields {
		if err := c.addField(s, f, rf, path+"."+rf.ID); err != nil {
			return err
		}
	}
	for _, col := range append([]string{f.Name}, f.Columns...) {
		if col == "" {
			continue
		}
		if f.RecordField(col) == nil {
			return fmt.Errorf("list %q: unknown column or name field %q", path, col)
		}
	}
	if f.Qualifier != "" && f.RecordField(f.Qualifier) == nil {
		return fmt.Errorf("list %q: unknown qualifier field %q", path, f.Qualifier)
	}
	return nil
}

func checkOptions(path string, opts []Option) error {
	seen := map[string]bool{}
	for _, o := range opts {
		if o.Value == "" || seen[o.Value] || o.Label.FR == "" || o.Label.EN == "" {
			return fmt.Errorf("field %q: option %q empty, duplicate or without both labels", path, o.Value)
		}
		seen[o.Value] = true
	}
	return nil
}

func (c *Catalogue) checkRefs() error {
	for path, f := range c.fields {
		if f.Kind != KRef && f.Kind != KRefs && f.Kind != KRACI {
			continue
		}
		if t := c.fields[f.Ref]; t == nil || t.Kind != KList {
			return fmt.Errorf("field %q: reference target %q is not a list", path, f.Ref)
		}
	}
	return nil
}

func (c *Catalogue) addRule(r *Rule) error {
	if r.ID == "" || c.rules[r.ID] != nil || r.Check == nil || r.Severity == 0 {
		return fmt.Errorf("rule %q: empty, duplicate, without check or severity", r.ID)
	}
	if r.Title.FR == "" || r.Title.EN == "" || r.Rationale.FR == "" || r.Rationale.EN == "" || r.Source == "" {
		return fmt.Errorf("rule %q: title, rationale (both languages) and source required", r.ID)
	}
	for _, id := range append([]string{r.Section}, r.Also...) {
		if id != "" && c.sections[id] == nil {
			return fmt.Errorf("rule %q: unknown section %q", r.ID, id)
		}
	}
	if len(r.Also) > 0 && r.Section == "" {
		return fmt.Errorf("rule %q: other sections without a section of its own", r.ID)
	}
	for _, f := range r.Presence {
		if c.presence[f] != nil {
			return fmt.Errorf("rule %q: field %q already has presence rule %q", r.ID, f.Path, c.presence[f].ID)
		}
		c.presence[f] = r
	}
	c.rules[r.ID] = r
	return nil
}

func groupOf(id string) string {
	if i := strings.LastIndexByte(id, '.'); i >= 0 {
		return id[:i]
	}
	return ""
}

// Group returns the group ID of a section field ("" when ungrouped).
func (f *Field) Group() string { return groupOf(f.ID) }

// Key returns the last component of the field's ID, its YAML key.
func (f *Field) Key() string { return f.ID[strings.LastIndexByte(f.ID, '.')+1:] }

// ShortTitle returns the section's short title, else its title.
func (s *Section) ShortTitle() Text {
	if s.Short.IsZero() {
		return s.Title
	}
	return s.Short
}

// GroupTitle returns the title of a group of this section.
func (s *Section) GroupTitle(id string) Text {
	for _, g := range s.Groups {
		if g.ID == id {
			return g.Title
		}
	}
	return Text{}
}

// Field returns the section field with this ID, or nil.
func (s *Section) Field(id string) *Field {
	for _, f := range s.Fields {
		if f.ID == id {
			return f
		}
	}
	return nil
}

// RecordField returns the record field of a list with this ID, or nil.
func (f *Field) RecordField(id string) *Field {
	for _, rf := range f.Fields {
		if rf.ID == id {
			return rf
		}
	}
	return nil
}

// Option returns the option with this value, or nil.
func (f *Field) Option(value string) *Option {
	for i := range f.Options {
		if f.Options[i].Value == value {
			return &f.Options[i]
		}
	}
	return nil
}

// Answerer returns who answers the field.
func (f *Field) Answerer() Who {
	if f.Who != 0 {
		return f.Who
	}
	if f.List != nil && f.List.Who != 0 {
		return f.List.Who
	}
	return f.Section.Who
}

// Section returns the section with this ID, or nil.
func (c *Catalogue) Section(id string) *Section { return c.sections[id] }

// Field returns the field at a path ("access.mfa_required_for",
// "datacenter.sites.country"), or nil.
func (c *Catalogue) Field(path string) *Field { return c.fields[path] }

// MustField returns the field at path and panics when there is none: for
// package-level handles, so that a typo fails at start-up and in every test.
func (c *Catalogue) MustField(path string) *Field {
	f := c.fields[path]
	if f == nil {
		panic("pas: no field " + path)
	}
	return f
}

// PolicyField returns the policy threshold with this ID, or nil.
func (c *Catalogue) PolicyField(id string) *Field { return c.policy[id] }

// Rule returns the rule with this ID, or nil.
func (c *Catalogue) Rule(id string) *Rule { return c.rules[id] }

func (c *Catalogue) ownsPresence(rule string, f *Field) bool {
	r := c.presence[f]
	return r != nil && r.ID == rule
}

// PresenceRule returns the rule that reports the absence of a field
// itself, or nil.
func (c *Catalogue) PresenceRule(f *Field) *Rule { return c.presence[f] }

// SectionIndex returns the position of a section in the catalogue, or -1.
func (c *Catalogue) SectionIndex(id string) int {
	for i, s := range c.Sections {
		if s.ID == id {
			return i
		}
	}
	return -1
}

// ValidRecordID reports whether s can be a record id: a letter or digit,
// then letters, digits, dots, hyphens or underscores, 64 at most.
func ValidRecordID(s string) bool { return recordIDPattern.MatchString(s) }
