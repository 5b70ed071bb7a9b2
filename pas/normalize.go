package pas

import (
	"strings"
	"unicode"
)

var accentFold = strings.NewReplacer(
	"à", "a", "â", "a", "ä", "a", "á", "a", "ã", "a", "å", "a",
	"ç", "c", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"î", "i", "ï", "i", "í", "i", "ì", "i",
	"ô", "o", "ö", "o", "ó", "o", "ò", "o", "õ", "o", "ø", "o",
	"ù", "u", "û", "u", "ü", "u", "ú", "u", "ÿ", "y", "ý", "y", "ñ", "n",
	"œ", "oe", "æ", "ae", "ß", "ss",
	"À", "A", "Â", "A", "Ä", "A", "Á", "A", "Ç", "C", "É", "E", "È", "E", "Ê", "E", "Ë", "E",
	"Î", "I", "Ï", "I", "Ô", "O", "Ö", "O", "Ù", "U", "Û", "U", "Ü", "U", "Œ", "OE", "Æ", "AE",
	"’", "'", "‘", "'",
)

// stripAccents removes the diacritics of Latin letters, so that "Écosse",
// "ecosse" and "ÉCOSSE" compare equal once lower-cased.
func stripAccents(s string) string { return accentFold.Replace(s) }

// foldSpaces trims s and collapses every run of white space (including
// non-breaking spaces) into one ASCII space.
func foldSpaces(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f'
	}), " ")
}

// SearchKey folds a string for forgiving comparisons: lower case, no
// accents, single spaces, hyphens and apostrophes as spaces.
func SearchKey(s string) string {
	return foldSpaces(punctuation.Replace(stripAccents(strings.ToLower(s))))
}

var punctuation = strings.NewReplacer("-", " ", "'", " ", ".", " ", ",", " ", "(", " ", ")", " ")

// nbsp returns the space that goes between a number and its unit: a
// non-breaking space in French, a plain space in English.
func nbsp(l Lang) string {
	if l == FR {
		return "\u00a0"
	}
	return " "
}

// SlugID makes a record id from a name: lower case, no accents, words
// joined by hyphens, at most 40 characters ("Datarive – Lyon 1" →
// "datarive-lyon-1"). It returns "" when nothing usable is left.
func SlugID(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range stripAccents(strings.ToLower(name)) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case b.Len() > 0 && !dash:
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 40 {
			break
		}
	}
	id := strings.Trim(b.String(), "-")
	if !ValidRecordID(id) {
		return ""
	}
	return id
}
