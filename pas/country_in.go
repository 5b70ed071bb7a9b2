package pas

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// CountryIn writes "in a country" as a sentence says it: "en France", "au
// Canada", "aux États-Unis", "à Malte"; "in France", "in the United
// States". An unknown code is written as it is, after "en" / "in".
func CountryIn(code string, l Lang) string {
	name := CountryName(code, l)
	if l == EN {
		if theCountry(name) {
			return "in the " + name
		}
		return "in " + name
	}
	return frenchIn(name) + name
}

// frenchIn gives the French preposition before a country's name: "aux"
// for plural names, "à" for city-states and islands named without an
// article, "en" for feminine names and names starting with a vowel, "au"
// otherwise.
func frenchIn(name string) string {
	first := strings.Fields(name)[0]
	switch {
	case frenchPlural[name] || strings.HasPrefix(name, "Îles "):
		return "aux "
	case frenchAt[name] || strings.HasPrefix(name, "Saint-") || strings.HasPrefix(name, "Sainte-"):
		return "à "
	case frenchMasculineE[first]:
		return "au "
	}
	r, _ := utf8.DecodeRuneInString(first)
	if strings.ContainsRune("AEIOUÉÈÎÔ", unicode.ToUpper(r)) || strings.HasSuffix(first, "e") {
		return "en "
	}
	return "au "
}

// Country names that take "aux", "à", or "au" despite a final "e".
var (
	frenchPlural = map[string]bool{"États-Unis": true, "Pays-Bas": true, "Émirats arabes unis": true, "Philippines": true,
		"Maldives": true, "Seychelles": true, "Comores": true, "Bahamas": true, "Fidji": true, "Samoa américaines": true}
	frenchAt = map[string]bool{"Malte": true, "Chypre": true, "Singapour": true, "Monaco": true, "Cuba": true, "Madagascar": true,
		"Maurice": true, "Bahreïn": true, "Taïwan": true, "Hong Kong": true, "Macao": true, "Jersey": true, "Guernesey": true,
		"Djibouti": true, "Porto Rico": true, "Sao Tomé-et-Principe": true, "Trinité-et-Tobago": true}
	frenchMasculineE = map[string]bool{"Mexique": true, "Cambodge": true, "Mozambique": true, "Zimbabwe": true, "Belize": true,
		"Vatican": true}
)

// theCountry reports whether an English country name takes "the".
func theCountry(name string) bool {
	for _, w := range []string{"United ", "Republic", "Islands", "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives",
		"Seychelles", "Comoros"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}
