package pas

import (
	"strings"
	"unicode"
)

// Escape makes user text safe inside a line of Markdown (a table cell, a
// heading, the rest of a paragraph): it cannot open emphasis, a link, a
// code span, HTML or an entity, nor break a table. Line breaks become
// spaces; non-breaking spaces are kept. It does not guard the start of a
// block: use EscapeBlock for text that begins a paragraph.
func Escape(s string) string {
	return escapeInline(foldBlanks(strings.ReplaceAll(s, "\n", " ")))
}

// foldBlanks trims s and collapses runs of ASCII blanks into one space,
// keeping non-breaking spaces.
func foldBlanks(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\r' || r == '\n' || r == '\v' || r == '\f'
	}), " ")
}

func escapeInline(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		switch r {
		case '\\', '`', '*', '[', ']', '<', '|', '~':
			b.WriteByte('\\')
		case '&':
			if i+1 < len(rs) && (isWord(rs[i+1]) || rs[i+1] == '#') {
				b.WriteByte('\\')
			}
		case '_':
			if i == 0 || i == len(rs)-1 || !isWord(rs[i-1]) || !isWord(rs[i+1]) {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// escapeLineStart guards what would start a block at the beginning of a
// line: a heading, a list, a quote, a thematic break or a setext line.
func escapeLineStart(line string) string {
	rs := []rune(line)
	if len(rs) == 0 {
		return line
	}
	switch rs[0] {
	case '#', '>', '-', '+', '=':
		return "\\" + line
	}
	i := 0
	for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
		i++
	}
	if i > 0 && i < len(rs) && (rs[i] == '.' || rs[i] == ')') {
		return string(rs[:i]) + "\\" + string(rs[i:])
	}
	return line
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// EscapeBlock makes multi-line user text safe as Markdown paragraphs: each
// line is escaped and left-trimmed and cannot start a block; runs of blank
// lines become one paragraph break; single line breaks are kept as hard
// breaks.
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
		line = foldBlanks(line)
		if line == "" {
			flush()
			continue
		}
		cur = append(cur, escapeLineStart(escapeInline(line)))
	}
	flush()
	return strings.Join(paras, "\n\n")
}

// Typo applies French typography to escaped text in a French document: a
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
