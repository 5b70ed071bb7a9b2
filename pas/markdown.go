package pas

import (
	"strings"
	"unicode"
)

// Escape makes user text safe inside a Markdown paragraph or table cell:
// it cannot start a heading, a list, a quote or a code block, open
// emphasis, a link, a code span or HTML, nor break a table. Line breaks
// become spaces.
func Escape(s string) string {
	return escapeLine(foldSpaces(strings.ReplaceAll(s, "\n", " ")))
}

// escapeLine escapes one line of user text.
func escapeLine(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		switch r {
		case '\\', '`', '*', '[', ']', '<', '|', '~', '&':
			b.WriteByte('\\')
		case '#', '>':
			if i == 0 {
				b.WriteByte('\\')
			}
		case '_':
			if i == 0 || i == len(rs)-1 || !isWord(rs[i-1]) || !isWord(rs[i+1]) {
				b.WriteByte('\\')
			}
		case '-', '+', '=':
			if i == 0 {
				b.WriteByte('\\')
			}
		case '.', ')':
			if allDigits(rs[:i]) && i > 0 {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func allDigits(rs []rune) bool {
	for _, r := range rs {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// EscapeBlock makes multi-line user text safe as Markdown paragraphs: each
// line is escaped and left-trimmed; runs of blank lines become one
// paragraph break; single line breaks are kept as hard breaks.
func EscapeBlock(s string) string {
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, "\\\n"))
			cur = nil
		}
	}
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r", ""), "\n") {
		line = foldSpaces(line)
		if line == "" {
			flush()
			continue
		}
		cur = append(cur, escapeLine(line))
	}
	flush()
	return strings.Join(paras, "\n\n")
}

// Typo applies typography to text the product writes (never to user
// text): in French, a non-breaking space before ":" and inside « », a
// narrow non-breaking space before ";", "!", "?" and "%".
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

// Slug returns the anchor GitHub-flavoured renderers give a heading: lower
// case, letters, digits, hyphens and underscores kept, spaces as hyphens.
func Slug(heading string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(heading) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_':
			b.WriteRune(r)
		case r == ' ':
			b.WriteByte('-')
		}
	}
	return b.String()
}

// table writes a Markdown table; cells must already be escaped.
func table(b *strings.Builder, header []string, rows [][]string) {
	b.WriteString("| " + strings.Join(header, " | ") + " |\n|")
	for range header {
		b.WriteString(" --- |")
	}
	b.WriteByte('\n')
	for _, r := range rows {
		for i := range r {
			if r[i] == "" {
				r[i] = " "
			}
		}
		b.WriteString("| " + strings.Join(r, " | ") + " |\n")
	}
	b.WriteByte('\n')
}
