package grid

import (
	"sort"
	"strings"
	"unicode"

	"github.com/pas-editor/pas/pas"
)

// token is one word of a requirement, folded for matching.
type token struct {
	word string // lower case, no accents, light plural stemming
	raw  string // as written, lower case (for quantities: "24", "h")
	caps bool   // written in capitals (an acronym: PAS, RTO)
}

// stopWords are left out of both requirements and vocabulary phrases, so
// that "conservation des journaux" matches "conservation de journaux".
var stopWords = map[string]bool{
	"de": true, "des": true, "du": true, "d": true, "la": true, "le": true, "les": true, "l": true,
	"a": true, "au": true, "aux": true, "en": true, "et": true, "ou": true, "un": true, "une": true,
	"sur": true, "par": true, "pour": true, "dans": true, "est": true, "sont": true, "son": true, "sa": true, "ses": true,
	"the": true, "of": true, "and": true, "or": true, "to": true, "in": true, "for": true,
	"on": true, "by": true, "with": true, "is": true, "are": true, "be": true, "its": true, "any": true, "all": true,
}

// tokenize splits text into folded words; digits stay words of their own
// ("24h" gives "24" and "h") so that quantities can be read.
func tokenize(s string) []token {
	var out []token
	var b strings.Builder
	digits := false
	flush := func() {
		if b.Len() == 0 {
			return
		}
		raw := b.String()
		b.Reset()
		caps := raw == strings.ToUpper(raw) && raw != strings.ToLower(raw)
		raw = strings.ToLower(raw)
		folded := pas.SearchKey(raw)
		if folded == "" || stopWords[folded] {
			if !stopWords[folded] {
				return
			}
			out = append(out, token{raw: raw}) // kept as a gap, never matched
			return
		}
		out = append(out, token{word: stem(folded), raw: raw, caps: caps})
	}
	for _, r := range s {
		isDigit := unicode.IsDigit(r)
		switch {
		case unicode.IsLetter(r) || isDigit:
			if b.Len() > 0 && isDigit != digits {
				flush()
			}
			digits = isDigit
			b.WriteRune(r)
		case (r == ',' || r == '.') && digits:
			b.WriteRune(r) // decimal separator inside a number: "99,9"
		default:
			flush()
			if r == '%' || r == '≤' || r == '≥' || r == '<' || r == '>' {
				out = append(out, token{word: string(r), raw: string(r)})
			}
		}
	}
	flush()
	// a number never ends with its separator ("24," at the end of a clause)
	for i := range out {
		out[i].raw = strings.TrimRight(out[i].raw, ",.")
		if out[i].word != "" && strings.ContainsAny(out[i].raw, "0123456789") {
			out[i].word = out[i].raw
		}
	}
	return out
}

// stem folds French and English plurals: journaux → journal, backups →
// backup, policies → policy, chiffrées → chiffree → chiffre.
func stem(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "aux") && !strings.HasSuffix(w, "eaux"):
		return w[:len(w)-3] + "al"
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x")) && !strings.HasSuffix(w, "ss"):
		w = w[:len(w)-1]
	}
	if len(w) > 4 && strings.HasSuffix(w, "ee") {
		w = w[:len(w)-1]
	}
	return w
}

// phrase is one vocabulary word or phrase, folded: a word ending with *
// in the vocabulary matches every word that starts with it.
type phrase struct {
	words  []string
	prefix []bool
	caps   []bool // an acronym of the vocabulary matches only capitals (PAS, not "pas")
	term   *pas.Term
	sec    *pas.Section
	weight float64
}

// vocabulary indexes the catalogue's terms by their first word.
type vocabulary struct {
	exact    map[string][]*phrase
	prefixes []*phrase
}

func newVocabulary(cat *pas.Catalogue) *vocabulary {
	v := &vocabulary{exact: map[string][]*phrase{}}
	for _, s := range cat.Sections {
		for i := range s.Vocabulary {
			t := &s.Vocabulary[i]
			for _, w := range t.Words {
				p := newPhrase(w, t, s)
				if p == nil {
					continue
				}
				if p.prefix[0] {
					v.prefixes = append(v.prefixes, p)
				} else {
					v.exact[p.words[0]] = append(v.exact[p.words[0]], p)
				}
			}
		}
	}
	return v
}

func newPhrase(w string, t *pas.Term, s *pas.Section) *phrase {
	p := &phrase{term: t, sec: s}
	for _, part := range strings.Fields(w) {
		star := strings.HasSuffix(part, "*")
		for _, tk := range tokenize(strings.TrimSuffix(part, "*")) {
			if tk.word == "" {
				continue
			}
			word := tk.word
			if star {
				word = pas.SearchKey(strings.TrimSuffix(part, "*"))
			}
			p.words = append(p.words, word)
			p.prefix = append(p.prefix, star)
			p.caps = append(p.caps, tk.caps && len(tk.raw) > 1)
		}
	}
	if len(p.words) == 0 {
		return nil
	}
	p.weight = 1 + 0.6*float64(len(p.words)-1)
	if t.Field != nil {
		p.weight += 0.2 // a word precise enough to name a field
	}
	return p
}

// hit is one occurrence of a vocabulary phrase in a requirement.
type hit struct {
	p          *phrase
	start, end int // token positions, end exclusive
}

// matchesAt reports whether the phrase occurs at position i, skipping the
// stop-word gaps between its words.
func (p *phrase) matchesAt(toks []token, i int) (int, bool) {
	for k, w := range p.words {
		for i < len(toks) && toks[i].word == "" && k > 0 {
			i++
		}
		if i >= len(toks) {
			return 0, false
		}
		tw := toks[i].word
		if tw == "" || !(tw == w || p.prefix[k] && strings.HasPrefix(tw, w)) || p.caps[k] && !toks[i].caps {
			return 0, false
		}
		i++
	}
	return i, true
}

// hits finds every vocabulary phrase in the tokens.
func (v *vocabulary) hits(toks []token) []hit {
	var out []hit
	for i, tk := range toks {
		if tk.word == "" {
			continue
		}
		for _, p := range v.exact[tk.word] {
			if end, ok := p.matchesAt(toks, i); ok {
				out = append(out, hit{p, i, end})
			}
		}
		for _, p := range v.prefixes {
			if end, ok := p.matchesAt(toks, i); ok {
				out = append(out, hit{p, i, end})
			}
		}
	}
	return out
}

// Propose returns pas's mapping proposal for a requirement: the chapters
// its words designate, best first, each given as the fields it names when
// it names some (continuity.bcp.rto), else as the chapter (continuity).
// The category heading counts for half. Nil when no word matches.
func (v *vocabulary) Propose(cat *pas.Catalogue, text, category string) []string {
	score := map[*pas.Section]float64{}
	fields := map[*pas.Section][]string{}
	count := func(toks []token, factor float64) {
		best := map[*pas.Term]*phrase{} // a term counts once, by its strongest phrase
		for _, h := range v.hits(toks) {
			if b := best[h.p.term]; b == nil || h.p.weight > b.weight {
				best[h.p.term] = h.p
			}
		}
		for t, p := range best {
			score[p.sec] += p.weight * factor
			if t.Field != nil && factor == 1 {
				fields[p.sec] = append(fields[p.sec], t.Field.Path)
			}
		}
	}
	count(tokenize(text), 1)
	count(tokenize(category), 0.5)
	var secs []*pas.Section
	for s, sc := range score {
		if sc >= 1 {
			secs = append(secs, s)
		}
	}
	sort.Slice(secs, func(i, j int) bool {
		if score[secs[i]] != score[secs[j]] {
			return score[secs[i]] > score[secs[j]]
		}
		return cat.SectionIndex(secs[i].ID) < cat.SectionIndex(secs[j].ID)
	})
	var out []string
	for i, s := range secs {
		if i > 0 && (i >= 3 || score[s] < 0.75*score[secs[0]]) {
			break
		}
		if fs := fields[s]; len(fs) > 0 {
			out = append(out, SortTargets(cat, fs)...)
		} else {
			out = append(out, s.ID)
		}
	}
	return out
}

// ChapterOf returns the chapter id of a target.
func ChapterOf(target string) string {
	if i := strings.IndexByte(target, '.'); i >= 0 {
		return target[:i]
	}
	return target
}
