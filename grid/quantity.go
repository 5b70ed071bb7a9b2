package grid

import (
	"strconv"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// quantityKind says what a buyer's threshold measures.
type quantityKind uint8

const (
	qDuration quantityKind = iota + 1 // a delay, objective, retention or interval
	qPercent                          // availability
	qCount                            // copies, characters, bits, attempts
)

// quantity is a threshold stated in a requirement: "RTO ≤ 2 h", "au moins
// six mois", "99,9 %", "deux fois par an" (an interval of 6 months).
type quantity struct {
	kind  quantityKind
	num   float64
	dur   pas.Duration
	bound pas.Bound // from the wording; NoBound when it does not say
	pos   int       // token position of the number
}

// numberWords are the amounts buyers write in words.
var numberWords = map[string]float64{
	"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
	"dix": 10, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "soixante": 60, "cent": 100,
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six ": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "sixty": 60, "hundred": 100,
	"once": 1, "twice": 2,
}

// unitWords map a folded word to a duration unit.
var unitWords = map[string]pas.Unit{
	"min": pas.Minute, "minute": pas.Minute, "mn": pas.Minute,
	"h": pas.Hour, "heure": pas.Hour, "hour": pas.Hour, "hr": pas.Hour,
	"j": pas.Day, "jour": pas.Day, "day": pas.Day,
	"semaine": pas.Week, "week": pas.Week,
	"moi": pas.Month, "mois": pas.Month, "month": pas.Month,
	"an": pas.Year, "annee": pas.Year, "anne": pas.Year, "year": pas.Year,
}

// periodWords are frequencies written as one word: an interval.
var periodWords = map[string]pas.Duration{
	"quotidien": pas.Days(1), "quotidienne": pas.Days(1), "journalier": pas.Days(1), "journaliere": pas.Days(1), "daily": pas.Days(1),
	"hebdomadaire": {N: 1, U: pas.Week}, "weekly": {N: 1, U: pas.Week},
	"mensuel": pas.Months(1), "mensuelle": pas.Months(1), "mensuellement": pas.Months(1), "monthly": pas.Months(1),
	"trimestriel": pas.Months(3), "trimestrielle": pas.Months(3), "quarterly": pas.Months(3),
	"semestriel": pas.Months(6), "semestrielle": pas.Months(6),
	"annuel": pas.Months(12), "annuelle": pas.Months(12), "annually": pas.Months(12), "yearly": pas.Months(12), "annual": pas.Months(12),
}

// boundBefore and boundAfter are the words that say which way a
// threshold goes, before or after the amount.
var boundBefore = []struct {
	words []string
	b     pas.Bound
}{
	{[]string{"au", "moin"}, pas.AtLeast}, {[]string{"moin", "de"}, pas.AtMost}, {[]string{"minimum"}, pas.AtLeast}, {[]string{"minimal"}, pas.AtLeast},
	{[]string{"minimale"}, pas.AtLeast}, {[]string{"≥"}, pas.AtLeast}, {[]string{">"}, pas.AtLeast}, {[]string{"least"}, pas.AtLeast},
	{[]string{"superieur"}, pas.AtLeast}, {[]string{"superieure"}, pas.AtLeast}, {[]string{"plu", "de"}, pas.AtLeast},
	{[]string{"au", "plu"}, pas.AtMost}, {[]string{"plu"}, pas.AtMost}, {[]string{"maximum"}, pas.AtMost}, {[]string{"maximal"}, pas.AtMost},
	{[]string{"maximale"}, pas.AtMost}, {[]string{"≤"}, pas.AtMost}, {[]string{"<"}, pas.AtMost}, {[]string{"delai"}, pas.AtMost},
	{[]string{"sou"}, pas.AtMost}, {[]string{"within"}, pas.AtMost}, {[]string{"later", "than"}, pas.AtMost}, {[]string{"most"}, pas.AtMost},
	{[]string{"inferieur"}, pas.AtMost}, {[]string{"inferieure"}, pas.AtMost}, {[]string{"under"}, pas.AtMost},
	{[]string{"less", "than"}, pas.AtMost}, {[]string{"more", "than"}, pas.AtLeast}, {[]string{"tou"}, pas.AtMost}, {[]string{"every"}, pas.AtMost},
	{[]string{"apre"}, pas.AtMost}, {[]string{"dan"}, pas.AtMost}, {[]string{"avant"}, pas.AtMost},
}

// boundAfter reads "au minimum", "au plus", "ou plus", "or less"… after
// the amount: "au" keeps the word's own sense (au plus: at most), "ou"
// and "or" compare with the amount (ou plus: at least).
var boundAfter = map[string][2]pas.Bound{ // [after au, after ou/or]
	"minimum": {pas.AtLeast, pas.AtLeast}, "maximum": {pas.AtMost, pas.AtMost},
	"plu": {pas.AtMost, pas.AtLeast}, "moin": {pas.AtLeast, pas.AtMost},
	"more": {pas.AtLeast, pas.AtLeast}, "higher": {pas.AtLeast, pas.AtLeast}, "greater": {pas.AtLeast, pas.AtLeast},
	"less": {pas.AtMost, pas.AtMost}, "fewer": {pas.AtMost, pas.AtMost}, "lower": {pas.AtMost, pas.AtMost},
}

// word returns a token's folded word, stop words included ("an", "a").
func word(t token) string {
	if t.word != "" {
		return t.word
	}
	return stem(pas.SearchKey(t.raw))
}

// quantities reads the thresholds of a requirement's tokens.
func quantities(toks []token) []quantity {
	var out []quantity
	for i := 0; i < len(toks); i++ {
		n, ok := amount(toks[i])
		if !ok {
			if d, ok := periodWords[toks[i].word]; ok {
				out = append(out, quantity{kind: qDuration, dur: d, bound: pas.AtMost, pos: i})
			} else if w := toks[i].word; (w == "chaque" || w == "every" || w == "each") && i+1 < len(toks) {
				if u := unitWords[word(toks[nextWord(toks, i+1)])]; u != 0 { // "chaque année": every year
					out = append(out, quantity{kind: qDuration, dur: pas.Duration{N: 1, U: u}, bound: pas.AtMost, pos: i})
				}
			}
			continue
		}
		q := quantity{num: n, pos: i}
		next := nextWord(toks, i+1)
		switch {
		case next < len(toks) && toks[next].word == "%":
			q.kind = qPercent
		case next < len(toks) && timesPer(toks, next) > 0:
			// "deux fois par an": an interval of a year divided by the count
			per := timesPer(toks, next)
			u := unitWords[toks[per].word]
			months := map[pas.Unit]int{pas.Year: 12, pas.Month: 1}[u]
			if months == 0 || n < 1 {
				continue
			}
			q.kind, q.bound = qDuration, pas.AtMost
			q.dur = pas.Months(max(1, int(float64(months)/n)))
			if u == pas.Month && n > 1 {
				q.dur = pas.Days(int(30 / n))
			}
			out = append(out, q)
			i = per
			continue
		case next < len(toks) && durationUnit(toks, next) != 0:
			q.kind = qDuration
			u := durationUnit(toks, next)
			if u == pas.BusinessDay {
				next = nextWord(toks, next+1)
			}
			if after := next + 1; after < len(toks) && toks[after].raw == toks[i].raw {
				i = after
				continue // "24 h/24", "7 j/7": hours of service, not a delay
			}
			if n != float64(int(n)) {
				continue
			}
			q.dur = pas.Duration{N: int(n), U: u}
		default:
			if w := toks[i].raw; w == "un" || w == "une" || w == "one" || w == "a" {
				continue // "un audit", "une copie": an article more often than a count
			}
			q.kind = qCount
		}
		q.bound = boundOf(toks, i, next)
		out = append(out, q)
	}
	return out
}

// amount reads a number written in digits ("24", "99,9") or in words.
func amount(t token) (float64, bool) {
	if t.raw == "" {
		return 0, false
	}
	if t.raw[0] >= '0' && t.raw[0] <= '9' {
		n, err := strconv.ParseFloat(strings.ReplaceAll(t.raw, ",", "."), 64)
		return n, err == nil
	}
	n, ok := numberWords[t.raw]
	return n, ok
}

// nextWord skips the stop-word gaps after position i.
func nextWord(toks []token, i int) int {
	for i < len(toks) && toks[i].word == "" {
		i++
	}
	return i
}

// durationUnit reads the unit at position i: Minute… Year, or
// BusinessDay for "jours ouvrés", "business days".
func durationUnit(toks []token, i int) pas.Unit {
	w := word(toks[i])
	if w == "business" || w == "working" {
		if j := nextWord(toks, i+1); j < len(toks) && toks[j].word == "day" {
			return pas.BusinessDay
		}
		return 0
	}
	u, ok := unitWords[w]
	if !ok || w == "an" && i > 0 && toks[i-1].raw == "par" {
		return 0
	}
	if u == pas.Day {
		if j := nextWord(toks, i+1); j < len(toks) && (strings.HasPrefix(toks[j].word, "ouvre") || strings.HasPrefix(toks[j].word, "ouvrable")) {
			return pas.BusinessDay
		}
	}
	return u
}

// timesPer returns the position of the period in "N fois par an" /
// "N times a year", or 0.
func timesPer(toks []token, i int) int {
	if w := toks[i].word; w != "foi" && w != "fois" && w != "time" {
		return 0
	}
	for j := i + 1; j < len(toks) && j <= i+3; j++ { // "fois par an", "times a year", "times per year"
		if u := unitWords[word(toks[j])]; u == pas.Year || u == pas.Month {
			return j
		}
	}
	return 0
}

// boundOf reads the words around an amount that say which way it goes.
func boundOf(toks []token, at, unit int) pas.Bound {
	after := unit + 1
	if after < len(toks) && (toks[after].raw == "au" || toks[after].raw == "ou" || toks[after].raw == "or") {
		after++
	}
	if after < len(toks) {
		if b, ok := boundAfter[toks[after].word]; ok {
			switch prev := toks[after-1].raw; {
			case prev == "au":
				return b[0]
			case prev == "ou" || prev == "or" || after == unit+1:
				return b[1]
			}
		}
	}
	for back := 1; back <= 4 && at-back >= 0; back++ {
		for _, bb := range boundBefore {
			if matchBack(toks, at-back, bb.words) {
				return bb.b
			}
		}
	}
	return pas.NoBound
}

// matchBack reports whether words end at position end (gaps skipped).
func matchBack(toks []token, end int, words []string) bool {
	i := end
	for k := len(words) - 1; k >= 0; k-- {
		for i >= 0 && toks[i].raw != "" && toks[i].word == "" && !contains(words, toks[i].raw) {
			i--
		}
		if i < 0 {
			return false
		}
		if w := toks[i].word; w != words[k] && toks[i].raw != words[k] {
			return false
		}
		i--
	}
	return true
}
