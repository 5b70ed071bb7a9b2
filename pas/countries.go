package pas

import (
	"sort"
	"strings"
)

// TransferClass is a country's situation under chapter V of the GDPR.
type TransferClass string

// Transfer classes.
const (
	ClassEEA      TransferClass = "EEA"              // GDPR applies; no transfer
	ClassAdequate TransferClass = "ADEQUATE"         // adequacy decision, full scope
	ClassPartial  TransferClass = "ADEQUATE_PARTIAL" // adequacy for some importers only
	ClassThird    TransferClass = "THIRD"            // needs art. 46 safeguards or art. 49
	ClassReview   TransferClass = "REVIEW"           // special territory: review by hand
)

// Text returns the class's localised name.
func (c TransferClass) Text() Text {
	switch c {
	case ClassEEA:
		return T("EEE", "EEA")
	case ClassAdequate:
		return T("décision d'adéquation", "adequacy decision")
	case ClassPartial:
		return T("adéquation partielle", "partial adequacy")
	case ClassReview:
		return T("territoire à examiner", "territory to review")
	}
	return T("pays tiers", "third country")
}

// Country is one ISO 3166-1 alpha-2 entry.
type Country struct {
	Code  string
	Name  Text
	Class TransferClass
	// USLaw is true when the jurisdiction is under the US CLOUD Act and
	// FISA section 702 (the United States and its territories).
	USLaw bool
}

var (
	countries     []Country
	countryByCode = map[string]*Country{}
	countryByName = map[string]string{}
	aliasesByCode = map[string][]string{}
	classByLetter = map[string]TransferClass{"E": ClassEEA, "A": ClassAdequate, "P": ClassPartial, "R": ClassReview, "T": ClassThird}
)

func init() {
	for _, line := range strings.Split(strings.TrimSpace(countryTable), "\n") {
		f := strings.Split(line, "|")
		countries = append(countries, Country{Code: f[0], Name: T(f[2], f[1]), Class: classByLetter[f[3]], USLaw: f[4] == "us"})
	}
	for i := range countries {
		c := &countries[i]
		countryByCode[c.Code] = c
		countryByName[SearchKey(c.Name.FR)] = c.Code
		countryByName[SearchKey(c.Name.EN)] = c.Code
	}
	for alias, code := range countryAliases {
		countryByName[SearchKey(alias)] = code
		aliasesByCode[code] = append(aliasesByCode[code], SearchKey(alias))
	}
	for _, a := range aliasesByCode {
		sort.Strings(a) // map order must not leak into matching
	}
}

// Countries returns every country, sorted by code.
func Countries() []Country { return countries }

// LookupCountry returns the country with this ISO code (any case).
func LookupCountry(code string) (Country, bool) {
	c, ok := countryByCode[strings.ToUpper(strings.TrimSpace(code))]
	if !ok {
		return Country{}, false
	}
	return *c, true
}

// ClassOf returns the transfer class of a country code; unknown codes are
// treated as third countries.
func ClassOf(code string) TransferClass {
	if c, ok := LookupCountry(code); ok {
		return c.Class
	}
	return ClassThird
}

// ParseCountry reads a country as people type it: an ISO code ("fr"), or
// its French or English name with or without accents ("Allemagne",
// "germany", "Etats-Unis").
func ParseCountry(s string) (string, error) {
	in := strings.TrimSpace(s)
	if len(in) == 2 {
		if c, ok := LookupCountry(in); ok {
			return c.Code, nil
		}
	}
	if code, ok := countryByName[SearchKey(in)]; ok {
		return code, nil
	}
	return "", &InputError{Msg: Textf(
		"pays inconnu « %s » : donnez son nom ou son code ISO à deux lettres (FR, DE, US…)",
		"unknown country %q: give its name or its two-letter ISO code (FR, DE, US…)", s)}
}

// MatchCountries returns the countries whose code, name (in either
// language) or common other name ("USA", "UK", "Hollande") matches the
// folded query, best matches first: the code or a whole name, then a name
// starting with the query, then a name with a word starting with it, then
// a name containing it; each group sorted by name in l.
func MatchCountries(query string, l Lang) []Country {
	q := SearchKey(query)
	type scored struct {
		c     Country
		score int
	}
	var out []scored
	for _, c := range countries {
		if s, ok := countryScore(c, q); ok {
			out = append(out, scored{c, s})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score < out[j].score
		}
		return SearchKey(out[i].c.Name.In(l)) < SearchKey(out[j].c.Name.In(l))
	})
	res := make([]Country, len(out))
	for i, s := range out {
		res[i] = s.c
	}
	return res
}

// countryScore rates how well a folded query matches a country (lower is
// better); ok is false when it does not match at all.
func countryScore(c Country, q string) (score int, ok bool) {
	if q == "" {
		return 3, true
	}
	if strings.ToLower(c.Code) == q {
		return 0, true
	}
	best := 4
	for _, name := range countryNames(c) {
		switch {
		case name == q:
			return 0, true
		case strings.HasPrefix(name, q):
			best = min(best, 1)
		case strings.Contains(" "+name, " "+q):
			best = min(best, 2)
		case strings.Contains(name, q):
			best = min(best, 3)
		}
	}
	return best, best < 4
}

// countryNames returns a country's folded names and aliases.
func countryNames(c Country) []string {
	return append([]string{SearchKey(c.Name.FR), SearchKey(c.Name.EN)}, aliasesByCode[c.Code]...)
}

// CountryName returns the localised name of a code, or the code itself
// when it is unknown.
func CountryName(code string, l Lang) string {
	if c, ok := LookupCountry(code); ok {
		return c.Name.In(l)
	}
	return code
}
