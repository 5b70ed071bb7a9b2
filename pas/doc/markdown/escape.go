package markdown

import (
	"regexp"
	"strings"
	"unicode"
)

// Escape makes text safe inside a line of Markdown (a table cell, a
// heading, the rest of a paragraph): it cannot open emphasis, a link, a
// code span, HTML or an entity, nor break a table; control characters,
// which no document should carry, become U+FFFD. It does not guard the
// start of a line: the writer does that where a line starts.
func Escape(s string) string {
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
		case '\n':
			r = ' '
		default:
			if control(r) {
				r = '\uFFFD'
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// bareLink finds web addresses and e-mail addresses in text: GitHub turns
// them into links by itself, markdownlint asks for them between angle
// brackets. Only http, https and e-mail addresses are linked; a "www."
// address without its scheme is escaped so that no renderer links it.
var bareLink = regexp.MustCompile("(?:https?://|www\\.)[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)+(?:[/?#:][^\\s<>|\\\\\x60\"*\\[\\]\\x00-\\x1f\\x7f]*)?|[A-Za-z0-9._%+-]+@" + label + "(?:\\." + label + ")+")

// label is one label of a domain name, as CommonMark's e-mail autolinks
// take it (63 characters at most).
const label = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"

// EscapeLinking is Escape, with web and e-mail addresses written as
// autolinks (<https://…>, <name@example.org>) rather than left bare.
func EscapeLinking(s string) string {
	if !strings.Contains(s, "@") && !strings.Contains(s, "://") && !strings.Contains(s, "www.") {
		return Escape(s) // no address: spare the regular expression
	}
	var b strings.Builder
	last := 0
	for _, m := range bareLink.FindAllStringIndex(s, -1) {
		start, end := m[0], m[1]
		if start > 0 && !boundary(s[start-1]) {
			continue
		}
		end = start + len(strings.TrimRight(s[start:end], ".,;:!?)'"))
		if end < len(s) && !boundaryAfter(s[end]) {
			continue // cut inside a longer word: not an address
		}
		b.WriteString(Escape(s[last:start]))
		link := s[start:end]
		switch {
		case strings.HasPrefix(link, "www."):
			b.WriteString("www\\." + Escape(link[4:]))
		case strings.Contains(link, "://") || strings.Contains(link, "@"):
			b.WriteString("<" + link + ">")
		}
		last = end
	}
	b.WriteString(Escape(s[last:]))
	return b.String()
}

// boundaryAfter reports whether an address may end before this byte.
func boundaryAfter(c byte) bool { return !isAlnum(c) && c != '-' && c != '_' && c != '@' }

// boundary reports whether an address may start after this byte.
func boundary(c byte) bool { return c == ' ' || c == '(' || c == '\t' || c >= 0x80 }

// guardLineStart keeps escaped text at the start of a line from opening a
// block: a heading, a list, a quote, a thematic break or a setext line.
func guardLineStart(line string) string {
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

// control reports the characters a document never shows: C0 controls but
// the tab, DEL and C1 controls.
func control(r rune) bool { return r < 0x20 && r != '\t' || r >= 0x7f && r < 0xa0 }
