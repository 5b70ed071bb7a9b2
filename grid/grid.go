// Package grid imports a buyer's requirement grid (the "matrice de
// conformité" or "questionnaire sécurité" of a tender), proposes a mapping
// of each requirement to the plan's chapters and fields from the sections'
// vocabulary, proposes a status where the plan's values can be compared
// with a stated threshold, checks the answers, and writes them back into a
// copy of the buyer's own file, changing only the answer cells.
//
// The requirements and the answers are kept in a companion file that the
// plan names (plan.yaml's requirements key), so that a large grid never
// slows the plan's load. Nothing here decides an answer: proposals are
// shown, and only what the user accepted is exported.
package grid

import (
	"github.com/pas-editor/pas/pas"
)

// Status is the answer to one requirement, in the buyer's usual four
// values; ToAssess is a proposal only, never an answer.
type Status string

// Statuses.
const (
	Compliant     Status = "compliant"
	Partial       Status = "partial"
	NonCompliant  Status = "non_compliant"
	NotApplicable Status = "not_applicable"
	ToAssess      Status = "to_assess"
)

// Answers lists the statuses a user can validate, in the buyer's order.
var Answers = []Status{Compliant, Partial, NonCompliant, NotApplicable}

// Text returns the status as French and English buyers write it.
func (s Status) Text() pas.Text {
	switch s {
	case Compliant:
		return pas.T("Conforme", "Compliant")
	case Partial:
		return pas.T("Partiellement conforme", "Partially compliant")
	case NonCompliant:
		return pas.T("Non conforme", "Not compliant")
	case NotApplicable:
		return pas.T("Sans objet", "Not applicable")
	case ToAssess:
		return pas.T("À évaluer", "To assess")
	}
	return pas.T(string(s), string(s))
}

// ParseStatus reads a status value as written in the grid file.
func ParseStatus(s string) (Status, bool) {
	for _, st := range Answers {
		if string(st) == s {
			return st, true
		}
	}
	return "", false
}

// Columns says which column of the buyer's sheet holds what, as column
// letters ("A", "C"); ID, Text and Status are required.
type Columns struct {
	ID, Text, Priority, Status, Comment, Ref string
}

// Source describes the buyer's file as it was imported.
type Source struct {
	File      string // path of the buyer's file, relative to the grid file's directory
	SHA256    string // hash of the buyer's file at import
	Format    string // xlsx, xlsm, csv, ods or xls
	Sheet     string // worksheet (workbooks only)
	HeaderRow int    // row of the column titles (1-based)
	Columns   Columns
	Separator string // CSV: "," or ";"
	Encoding  string // CSV: utf-8 or windows-1252
	// Statuses holds the buyer's own word for each status: the values of
	// its drop-down list when the status column has one.
	Statuses map[Status]string
	// Minimum lists the buyer's priority codes that mean a minimum
	// requirement (an offer that does not meet one is irregular).
	Minimum []string
	// CommentMax is the longest comment the buyer's cell accepts (0: no
	// limit stated).
	CommentMax int
}

// Requirement is one requirement of the buyer's grid with its answer.
type Requirement struct {
	ID       string
	Row      int // row of the sheet (record of the CSV file) it is on
	Category string
	Text     string
	Priority string // the buyer's own code, as written
	// Proposed is pas's mapping proposal (chapters or field paths); it is
	// never used until the user accepts it into Map.
	Proposed []string
	Map      []string // chapters ("continuity") or fields ("continuity.bcp.rto")
	Status   Status   // the status the user validated; "" until then
	Comment  string   // the user's comment or justification
	Pos      pas.Pos  // position in the grid file
}

// Grid is a buyer's requirement grid kept with a plan.
type Grid struct {
	Source       Source
	Requirements []*Requirement
}

// Minimum reports whether the requirement's priority is one the user
// declared a minimum requirement.
func (g *Grid) Minimum(r *Requirement) bool {
	for _, m := range g.Source.Minimum {
		if r.Priority != "" && pas.SearchKey(m) == pas.SearchKey(r.Priority) {
			return true
		}
	}
	return false
}

// Requirement returns the requirement with this id, or nil.
func (g *Grid) Requirement(id string) *Requirement {
	for _, r := range g.Requirements {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// BuyerStatus returns the word written in the buyer's status cell: its
// drop-down value when known, else the usual wording in the language.
func (g *Grid) BuyerStatus(s Status, l pas.Lang) string {
	if v := g.Source.Statuses[s]; v != "" {
		return v
	}
	return s.Text().In(l)
}
