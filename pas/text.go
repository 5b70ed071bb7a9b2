package pas

import (
	"fmt"
	"strconv"
	"strings"
)

// Lang is the language of a plan, a document or a user interface.
type Lang string

// The two languages every user-facing string exists in.
const (
	FR Lang = "fr"
	EN Lang = "en"
)

// Langs lists the supported languages in display order.
var Langs = []Lang{FR, EN}

// ParseLang accepts "fr" or "en" in any case.
func ParseLang(s string) (Lang, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "fr":
		return FR, true
	case "en":
		return EN, true
	}
	return "", false
}

// LangFromLocale maps a POSIX locale such as "fr_FR.UTF-8" to a language:
// French for fr*, English otherwise.
func LangFromLocale(locale string) Lang {
	if strings.HasPrefix(strings.ToLower(locale), "fr") {
		return FR
	}
	return EN
}

// Text is a user-facing string in both languages.
type Text struct {
	FR string
	EN string
}

// T builds a Text from its French and English forms.
func T(fr, en string) Text { return Text{FR: fr, EN: en} }

// In returns the text in the given language (English when l is unknown).
func (t Text) In(l Lang) string {
	if l == FR {
		return t.FR
	}
	return t.EN
}

// IsZero reports whether both forms are empty.
func (t Text) IsZero() bool { return t.FR == "" && t.EN == "" }

// Textf formats a Text: the French and English patterns each receive args.
// Arguments that are themselves Text are rendered in the matching language.
func Textf(fr, en string, args ...any) Text {
	return Text{FR: sprintfIn(FR, fr, args), EN: sprintfIn(EN, en, args)}
}

func sprintfIn(l Lang, pattern string, args []any) string {
	local := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case Text:
			local[i] = v.In(l)
		case interface{ Text() Text }:
			local[i] = v.Text().In(l)
		default:
			local[i] = a
		}
	}
	return fmt.Sprintf(pattern, local...)
}

// Count writes a number followed by a noun that agrees with it, in each
// language's way: French keeps the singular for 0 and 1 ("0 erreur",
// "2 erreurs"), English for 1 only ("0 errors", "1 error").
func Count(n int, fr1, frN, en1, enN string) Text {
	fr, en := frN, enN
	if n <= 1 {
		fr = fr1
	}
	if n == 1 {
		en = en1
	}
	return Text{FR: strconv.Itoa(n) + "\u00a0" + fr, EN: strconv.Itoa(n) + " " + en}
}
