package grid

import (
	"strings"

	"github.com/pas-editor/pas/pas"
)

// Proposal is pas's proposed status for a requirement, with the evidence
// read in the plan. It is only shown: the user validates a status.
type Proposal struct {
	Status   Status
	Evidence []pas.Text
}

// Advisor proposes mappings and statuses from a catalogue's vocabulary.
type Advisor struct {
	cat   *pas.Catalogue
	vocab *vocabulary
}

// NewAdvisor indexes the catalogue's vocabulary once.
func NewAdvisor(cat *pas.Catalogue) *Advisor { return &Advisor{cat, newVocabulary(cat)} }

// Map proposes a mapping for a requirement (see Requirement.Proposed).
func (a *Advisor) Map(r *Requirement) []string { return a.vocab.Propose(a.cat, r.Text, r.Category) }

// targets returns the mapping the status is read from: the user's, else
// pas's proposal.
func targets(r *Requirement) []string {
	if len(r.Map) > 0 {
		return r.Map
	}
	return r.Proposed
}

// maxPairDistance bounds how far (in words) a threshold may lie from the
// word naming its field.
const maxPairDistance = 8

// check is one threshold compared with the plan.
type check struct {
	field *pas.Field
	q     quantity
	bound pas.Bound
}

// Status proposes a status: where the requirement states a threshold pas
// can read next to a word naming a mapped field, the plan's value is
// compared with it (all met: compliant; none: not compliant; some:
// partially compliant); anything missing, to confirm or not comparable,
// and any requirement without such a threshold, is "to assess", with the
// mapped values as evidence.
func (a *Advisor) Status(p *pas.Plan, r *Requirement) Proposal {
	ts := targets(r)
	if len(ts) == 0 {
		return Proposal{Status: ToAssess, Evidence: []pas.Text{pas.T("aucun chapitre associé", "no chapter mapped")}}
	}
	toks := tokenize(r.Text)
	checks := a.pair(toks, ts)
	if len(checks) == 0 {
		return Proposal{Status: ToAssess, Evidence: a.mappedValues(p, ts)}
	}
	var met, missed, unknown int
	var ev []pas.Text
	for _, c := range checks {
		res, text := compare(p, c)
		ev = append(ev, text)
		switch res {
		case 1:
			met++
		case -1:
			missed++
		default:
			unknown++
		}
	}
	switch {
	case unknown > 0:
		return Proposal{ToAssess, ev}
	case missed == 0:
		return Proposal{Compliant, ev}
	case met == 0:
		return Proposal{NonCompliant, ev}
	}
	return Proposal{Partial, ev}
}

// pair links each threshold to the nearest word naming a field of the
// mapping that holds the same kind of quantity.
func (a *Advisor) pair(toks []token, ts []string) []check {
	inMap := func(f *pas.Field) bool {
		for _, t := range ts {
			if t == f.Path || t == f.Section.ID || f.List != nil && t == f.List.Path {
				return true
			}
		}
		return false
	}
	var hits []hit
	for _, h := range a.vocab.hits(toks) {
		if f := h.p.term.Field; f != nil && h.p.term.Bound != pas.NoBound && inMap(f) {
			hits = append(hits, h)
		}
	}
	var out []check
	for _, q := range quantities(toks) {
		limit := float64(maxPairDistance)
		if q.kind == qCount {
			limit = 2 // "12 caractères", "cinq tentatives": a count stands next to its word
		}
		best, bestDist := -1, limit+1
		for i, h := range hits {
			if !kindFits(q.kind, h.p.term.Field.Kind) {
				continue
			}
			var d float64
			switch {
			case h.end <= q.pos:
				d = float64(words(toks, h.end, q.pos))
			case h.start > q.pos:
				d = 1.5 * float64(words(toks, q.pos+1, h.start))
			default:
				d = 0 // the number is part of the phrase
			}
			if d < bestDist {
				best, bestDist = i, d
			}
		}
		if best < 0 {
			continue
		}
		t := hits[best].p.term
		b := q.bound
		if b == pas.NoBound {
			b = t.Bound
		}
		out = append(out, check{t.Field, q, b})
	}
	return out
}

// words counts the words (stop words left out) in toks[from:to].
func words(toks []token, from, to int) int {
	n := 0
	for _, t := range toks[from:to] {
		if t.word != "" {
			n++
		}
	}
	return n
}

func kindFits(q quantityKind, k pas.Kind) bool {
	switch q {
	case qDuration:
		return k == pas.KDuration
	case qPercent:
		return k == pas.KPercent
	}
	return k == pas.KInt || k == pas.KNumber
}

// compare reads the field's value (every record's for a record field) and
// says +1 met, -1 missed, 0 unknown, with the evidence.
func compare(p *pas.Plan, c check) (int, pas.Text) {
	req := required(c)
	label := c.field.Label
	if c.field.List == nil {
		v := p.Get(c.field)
		res, shown := compareValue(p, c, v)
		return res, textf("%s\u00a0: plan %s, exigé %s", "%s: plan %s, required %s", label, shown, req)
	}
	met, missed := 0, 0
	var parts []pas.Text
	for _, rec := range p.Records(c.field.List) {
		res, shown := compareValue(p, c, rec.Get(c.field))
		parts = append(parts, textf("%s %s", "%s %s", rec.Name(c.field.List), shown))
		switch res {
		case 1:
			met++
		case -1:
			missed++
		default:
			return 0, textf("%s\u00a0: plan %s, exigé %s", "%s: plan %s, required %s", label, joinTexts(parts), req)
		}
	}
	res := 0
	switch {
	case met > 0 && missed == 0:
		res = 1
	case missed > 0 && met == 0:
		res = -1
	case met > 0:
		res = 0
	}
	if len(parts) == 0 {
		parts = append(parts, pas.T("aucune entrée", "no entry"))
	}
	return res, textf("%s\u00a0: plan %s, exigé %s", "%s: plan %s, required %s", label, joinTexts(parts), req)
}

// compareValue compares one value with the threshold.
func compareValue(p *pas.Plan, c check, v *pas.Value) (int, pas.Text) {
	switch {
	case !v.IsSet():
		return 0, pas.T("non renseigné", "not given")
	case v.Pending():
		return 0, textf("%s (à confirmer)", "%s (to confirm)", formatIn(p, c.field, v))
	}
	shown := formatIn(p, c.field, v)
	var cmp int
	switch c.q.kind {
	case qDuration:
		if (v.Dur.U == pas.BusinessDay) != (c.q.dur.U == pas.BusinessDay) {
			return 0, textf("%s (jours ouvrés : à comparer vous-même)", "%s (business days: compare them yourself)", shown)
		}
		cmp = v.Dur.Compare(c.q.dur)
	default:
		switch {
		case v.Num < c.q.num:
			cmp = -1
		case v.Num > c.q.num:
			cmp = 1
		}
	}
	switch {
	case c.bound == pas.AtMost && cmp <= 0, c.bound == pas.AtLeast && cmp >= 0:
		return 1, shown
	case c.bound == pas.NoBound:
		return 0, shown
	}
	return -1, shown
}

// formatIn writes a value in both languages.
func formatIn(p *pas.Plan, f *pas.Field, v *pas.Value) pas.Text {
	return pas.T(pas.Format(p, f, v, pas.FR), pas.Format(p, f, v, pas.EN))
}

// required writes the threshold: "≤ 2 h", "≥ 99,9 %".
func required(c check) pas.Text {
	sign := map[pas.Bound]string{pas.AtMost: "≤\u00a0", pas.AtLeast: "≥\u00a0"}[c.bound]
	var fr, en string
	switch c.q.kind {
	case qDuration:
		fr, en = c.q.dur.Format(pas.FR), c.q.dur.Format(pas.EN)
	case qPercent:
		fr, en = pas.FormatPercent(c.q.num, pas.FR), pas.FormatPercent(c.q.num, pas.EN)
	default:
		fr, en = pas.FormatNumber(c.q.num, pas.FR), pas.FormatNumber(c.q.num, pas.EN)
	}
	return pas.T(sign+fr, sign+en)
}

func joinTexts(ts []pas.Text) pas.Text {
	var fr, en []string
	for _, t := range ts {
		fr, en = append(fr, t.FR), append(en, t.EN)
	}
	return pas.T(strings.Join(fr, ", "), strings.Join(en, ", "))
}

// mappedValues shows what the plan holds for a mapping: each mapped
// field's value, and for a chapter how many required answers it lacks.
func (a *Advisor) mappedValues(p *pas.Plan, ts []string) []pas.Text {
	var out []pas.Text
	nums := pas.ChapterNumbers(a.cat)
	for _, mv := range a.MappedValues(p, ts) {
		if mv.Field != nil {
			shown := mv.Value
			switch v := p.Get(mv.Field); {
			case !v.IsSet():
				shown = pas.T("non renseigné", "not given")
			case v.Pending():
				shown = textf("%s (à confirmer)", "%s (to confirm)", shown)
			}
			out = append(out, textf("%s\u00a0: %s", "%s: %s", mv.Field.Label, shown))
			continue
		}
		s := mv.Chapter
		switch {
		case mv.State == ValueNotApplicable:
			out = append(out, textf("§\u00a0%d %s\u00a0: non applicable", "§\u00a0%d %s: not applicable", nums[s.ID], s.Title))
		case mv.Missing > 0:
			out = append(out, textf("§\u00a0%d %s\u00a0: %s", "§\u00a0%d %s: %s", nums[s.ID], s.Title,
				pas.Count(mv.Missing, "réponse requise manquante", "réponses requises manquantes", "required answer missing", "required answers missing")))
		default:
			out = append(out, textf("§\u00a0%d %s\u00a0: réponses requises données", "§\u00a0%d %s: required answers given", nums[s.ID], s.Title))
		}
	}
	return out
}
