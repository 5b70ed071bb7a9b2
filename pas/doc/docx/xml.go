package docx

import (
	"strings"
	"unicode/utf8"
)

// Namespaces of WordprocessingML and its package.
const (
	nsW   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsRel = "http://schemas.openxmlformats.org/package/2006/relationships"
	nsCT  = "http://schemas.openxmlformats.org/package/2006/content-types"
	xmlPI = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

// esc writes text as XML character data. Characters XML cannot carry
// (control characters, invalid UTF-8, U+FFFE, U+FFFF) become U+FFFD, so
// no text from a plan can end an element, open markup or make the part
// unreadable.
func esc(b *strings.Builder, s string) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == utf8.RuneError && size == 1, !xmlChar(r):
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
}

// escaped returns s escaped for character data or an attribute value.
func escaped(s string) string {
	if plain(s) {
		return s
	}
	var b strings.Builder
	esc(&b, s)
	return b.String()
}

// appendEscaped appends s escaped to dst.
func appendEscaped(dst []byte, s string) []byte {
	if plain(s) {
		return append(dst, s...)
	}
	var b strings.Builder
	esc(&b, s)
	return append(dst, b.String()...)
}

// plain reports whether s needs no escaping: printable ASCII without
// markup characters, or any UTF-8 beyond the C1 controls.
func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '&' || c == '<' || c == '>' || c == '"' || c < 0x20 || c == 0x7f:
			return false
		case c >= 0x80:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError || !xmlChar(r) {
				return false
			}
			i += size - 1
		}
	}
	return true
}

// xmlChar reports whether XML 1.0 allows the character, leaving out the
// C1 controls and DEL, which no text of ours should show either.
func xmlChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20 || r >= 0x7f && r < 0xa0:
		return false
	case r >= 0xd800 && r < 0xe000, r == 0xfffe, r == 0xffff:
		return false
	}
	return r <= 0x10ffff
}
