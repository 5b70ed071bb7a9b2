package grid

import (
	"unicode/utf8"

	"github.com/pas-editor/pas/pas"
)

// The rules an answer follows, in one place for the checks, the export,
// the command line and the editor.

// Clone returns a copy of the requirement that shares nothing with it.
func (r *Requirement) Clone() *Requirement {
	c := *r
	c.Proposed = append([]string(nil), r.Proposed...)
	c.Map = append([]string(nil), r.Map...)
	return &c
}

// CommentLen is a comment's length as the buyer's cell counts it, in
// characters.
func CommentLen(comment string) int { return utf8.RuneCountInString(comment) }

// CommentFits reports whether a comment fits the buyer's comment cell:
// no longer than its data validation allows (Source.CommentMax; 0 is no
// limit).
func (g *Grid) CommentFits(comment string) bool {
	return g.Source.CommentMax <= 0 || CommentLen(comment) <= g.Source.CommentMax
}

// Expressible reports whether the buyer's status cell can hold a status:
// always when the column has no drop-down list, else when the list has a
// word for it.
func (g *Grid) Expressible(s Status) bool {
	return len(g.Source.Statuses) == 0 || g.Source.Statuses[s] != ""
}

// BuyerWords lists the words of the buyer's drop-down status list, in the
// usual order; nil when the column has none.
func (g *Grid) BuyerWords() []string { return statusWords(g.Source.Statuses) }

// ValueState is the state of what the plan holds for a mapped target.
type ValueState uint8

// Value states of a mapped target.
const (
	ValueCommitted     ValueState = iota // answered, committed (a chapter: every required answer given)
	ValueToConfirm                       // answered, still to confirm or asked as an open question
	ValueMissing                         // not answered (a chapter: required answers missing)
	ValueNotApplicable                   // in a chapter that does not apply
)

// MappedValue is what the plan holds for one target of a mapping: a
// field's value, or for a chapter (and a list or a record field, read at
// the chapter's level) how many of its required answers are missing.
type MappedValue struct {
	Target  string
	Chapter *pas.Section
	Field   *pas.Field // the field shown; nil when the chapter is
	Value   pas.Text   // a field's value as written in the document; zero when none
	State   ValueState
	Missing int // a chapter's required answers missing
}

// Label names the target: the field's label, or the chapter's number and
// title ("§ 12 Continuité d'activité").
func (m MappedValue) Label(nums map[string]int) pas.Text {
	if m.Field != nil {
		return m.Field.Label
	}
	return textf("§\u00a0%d %s", "§\u00a0%d %s", nums[m.Chapter.ID], m.Chapter.Title)
}

// MappedValues reads in the plan what each target of a mapping holds, in
// the mapping's order; unknown targets are left out.
func (a *Advisor) MappedValues(p *pas.Plan, targets []string) []MappedValue {
	var out []MappedValue
	for _, t := range targets {
		if f := a.cat.Field(t); f != nil && f.List == nil && f.Kind != pas.KList {
			mv := MappedValue{Target: t, Chapter: f.Section, Field: f}
			v := p.Get(f)
			switch {
			case !p.Applicable(f.Section):
				mv.State = ValueNotApplicable
			case !v.IsSet():
				mv.State = ValueMissing
			case v.Pending():
				mv.State = ValueToConfirm
			}
			if v.IsSet() {
				mv.Value = formatIn(p, f, v)
			}
			out = append(out, mv)
			continue
		}
		s := a.cat.Section(ChapterOf(t))
		if s == nil {
			continue
		}
		mv := MappedValue{Target: t, Chapter: s}
		if ok, _ := p.Applicability(s); !ok {
			mv.State = ValueNotApplicable
			out = append(out, mv)
			continue
		}
		for _, f := range s.Fields {
			if f.Required && f.Kind != pas.KList && p.Active(f, nil) && !p.Get(f).IsSet() {
				mv.Missing++
			}
		}
		if mv.Missing > 0 {
			mv.State = ValueMissing
		}
		out = append(out, mv)
	}
	return out
}
