package pas

import "strings"

// foldBlanks trims s and collapses runs of ASCII blanks (line breaks
// included) into one space, keeping non-breaking spaces.
func foldBlanks(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\r' || r == '\n' || r == '\v' || r == '\f'
	}), " ")
}

// Typo applies French typography to text in a French document: a
// non-breaking space before ":" and inside « », a narrow non-breaking
// space before ";", "!", "?" and "%". It only replaces a plain space that
// is already there, so addresses such as https:// are left alone.
func Typo(s string, l Lang) string {
	if l != FR {
		return s
	}
	return frTypo.Replace(s)
}

var frTypo = strings.NewReplacer(
	" :", "\u00a0:", " ;", "\u202f;", " !", "\u202f!", " ?", "\u202f?", " %", "\u202f%",
	"« ", "«\u00a0", " »", "\u00a0»",
)
