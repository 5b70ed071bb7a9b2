package pas

import "path/filepath"

// Facts is the company's facts library a plan names (facts: PATH): one
// YAML file or a folder of them holding the records a company uses in
// every plan (parties, contacts, sites, certificates, sub-processors),
// its standard texts and its partners' own commitments. A plan takes a
// record with "- use: ID" in the record's list, possibly overriding some
// of its fields, and a standard text with {use: ID}; loading fills them
// in, saving writes the references back, never the values.
type Facts struct {
	Path string // the library, relative to the plan's directory, with forward slashes
	Pos  Pos
	// Frozen holds what the plan was issued with, once pinned (pas freeze,
	// or the save of a plan submitted or contractual): its records and
	// texts then come from here, never from a later library.
	Frozen *Frozen

	// What loading found; never written to the plan.
	Lib     *Library // the library as it is now; nil when it could not be read
	Problem Text     // why the library of a frozen plan cannot be read
}

// Frozen is the part of a library a plan used when it was issued: the
// records and texts it takes, as they were, and the library's
// fingerprint then.
type Frozen struct {
	SHA256 string
	Lib    *Library
	Pos    Pos
}

// RecordFacts says how a record of a plan comes from the facts library:
// which library record, which fields the plan sets itself (a local
// override) or clears. In a library, a record may derive the same way
// from another record of the library (id: NEW, use: ID).
type RecordFacts struct {
	Use   string            // the library record's id
	Local map[string]*Value // fields written beside "use", as decoded
	Unset map[string]bool   // fields written empty (key: null): cleared
	Pos   Pos               // position of "use"
	// From is the library record, once the plan is resolved.
	From *LibRecord
}

// FromLibrary reports whether the record is one the plan takes from its
// library. A copy of such a record under another id (the editor's
// duplicate) is the plan's own: it is saved with all its values.
func (r *Record) FromLibrary() bool { return r.Facts != nil && r.ID == r.Facts.Use }

// Overridden reports whether the plan sets or clears some of the record's
// fields itself.
func (rf *RecordFacts) Overridden() bool {
	return rf != nil && (len(rf.Local) > 0 || len(rf.Unset) > 0)
}

func (rf *RecordFacts) clone() *RecordFacts {
	if rf == nil {
		return nil
	}
	c := *rf
	c.Local = cloneValues(rf.Local)
	if rf.Unset != nil {
		c.Unset = make(map[string]bool, len(rf.Unset))
		for k := range rf.Unset {
			c.Unset[k] = true
		}
	}
	return &c
}

// Library is a facts library as loaded: its records by list, its
// standard texts and its partners' commitments, each with the file and
// position it was read at. A Library is never changed once loaded.
type Library struct {
	Root   string   // the path it was loaded from (file or folder)
	Files  []string // the files read, in order
	SHA256 string   // fingerprint of the files' names and bytes
	Lang   Lang     // language of its texts, when it says

	lists       map[*Field][]*LibRecord
	byID        map[*Field]map[string]*LibRecord
	texts       []*LibText
	textByID    map[string]*LibText
	commitments []*LibRecord
}

// LibRecord is a record of the library, with derivations resolved.
type LibRecord struct {
	*Record
	File string // the library file it was read from
}

// LibText is a standard text of the library.
type LibText struct {
	ID   string
	Text string
	File string
	Pos  Pos
}

func newLibrary(root string) *Library {
	return &Library{Root: root, lists: map[*Field][]*LibRecord{}, byID: map[*Field]map[string]*LibRecord{}, textByID: map[string]*LibText{}}
}

// Records returns the library's records of a shared list, in file order.
func (l *Library) Records(list *Field) []*LibRecord {
	if l == nil {
		return nil
	}
	return l.lists[list]
}

// Record returns the library record of a list with this id, or nil.
func (l *Library) Record(list *Field, id string) *LibRecord {
	if l == nil {
		return nil
	}
	return l.byID[list][id]
}

// Texts returns the library's standard texts, in file order.
func (l *Library) Texts() []*LibText {
	if l == nil {
		return nil
	}
	return l.texts
}

// Text returns the standard text with this id, or nil.
func (l *Library) Text(id string) *LibText {
	if l == nil {
		return nil
	}
	return l.textByID[id]
}

// Commitments returns the partners' commitments of the library.
func (l *Library) Commitments() []*LibRecord {
	if l == nil {
		return nil
	}
	return l.commitments
}

// Lists returns the shared lists the library holds records of, in
// catalogue order.
func (l *Library) Lists(cat *Catalogue) []*Field {
	var out []*Field
	for _, f := range cat.SharedLists() {
		if len(l.lists[f]) > 0 {
			out = append(out, f)
		}
	}
	return out
}

func (l *Library) addRecord(list *Field, r *LibRecord) {
	l.lists[list] = append(l.lists[list], r)
	if l.byID[list] == nil {
		l.byID[list] = map[string]*LibRecord{}
	}
	l.byID[list][r.ID] = r
}

func (l *Library) addText(t *LibText) {
	l.texts = append(l.texts, t)
	l.textByID[t.ID] = t
}

// SharedLists returns the lists whose records a facts library may hold,
// in catalogue order.
func (c *Catalogue) SharedLists() []*Field {
	var out []*Field
	for _, s := range c.Sections {
		for _, f := range s.Fields {
			if f.Kind == KList && f.Shared {
				out = append(out, f)
			}
		}
	}
	return out
}

// File returns the library's path as seen from the current directory,
// for a plan at planPath.
func (f *Facts) File(planPath string) string {
	p := filepath.FromSlash(f.Path)
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(filepath.Dir(planPath), p)
}

// FactsPath returns the path to write in a plan at planPath for a library
// at libPath: relative to the plan's directory, with forward slashes
// (absolute when no relative path exists).
func FactsPath(planPath, libPath string) string {
	rel := libPath
	if dir, err := filepath.Abs(filepath.Dir(planPath)); err == nil {
		if lib, err := filepath.Abs(libPath); err == nil {
			rel = lib
			if r, err := filepath.Rel(dir, lib); err == nil {
				rel = r
			}
		}
	}
	return filepath.ToSlash(rel)
}

// Commitments returns the partners' commitments of the plan's library
// (the library as it is now, even for a frozen plan: what partners give
// is never part of the document). Nil without a library.
func (p *Plan) Commitments() []*LibRecord {
	if p.Facts == nil {
		return nil
	}
	return p.Facts.Lib.Commitments()
}

// UsesFacts reports whether the plan takes records or texts from a facts
// library.
func (p *Plan) UsesFacts() bool { return p.Facts != nil }

// FactsUse is one place where a plan takes something from its library.
type FactsUse struct {
	List   *Field  // the list of a record taken; nil for a text
	Record *Record // the record taken (List set)
	Field  *Field  // the field holding a standard text (List nil)
	Holder *Record // the record holding that field, for record fields
	Value  *Value  // the text's value
	ID     string  // the library id named
	Pos    Pos
}

// FactsUses lists, in catalogue order, the records and texts the plan
// takes from its library.
func (p *Plan) FactsUses() []FactsUse {
	var out []FactsUse
	for _, s := range p.Cat.Sections {
		d := p.Sections[s.ID]
		if d == nil {
			continue
		}
		for _, f := range s.Fields {
			if f.Kind != KList {
				if v := d.Values[f.ID]; v != nil && v.Use != "" {
					out = append(out, FactsUse{Field: f, Value: v, ID: v.Use, Pos: v.Pos})
				}
				continue
			}
			l := d.Lists[f.ID]
			if l == nil {
				continue
			}
			for _, r := range l.Records {
				if r.FromLibrary() {
					out = append(out, FactsUse{List: f, Record: r, ID: r.Facts.Use, Pos: r.Facts.Pos})
				}
				for _, rf := range f.Fields {
					if v := r.Values[rf.ID]; v != nil && v.Use != "" {
						out = append(out, FactsUse{Field: rf, Holder: r, Value: v, ID: v.Use, Pos: v.Pos})
					}
				}
			}
		}
	}
	return out
}
