package pas

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Sanitize returns s made safe for a terminal: it is the one function that
// plan text, file names and parser messages go through before they are
// written to a terminal (command output, error messages, editor views).
// Newlines and tabs are kept; every other C0 control, ESC and DEL becomes
// its visible Unicode control picture (␛ for ESC); C1 controls
// (U+0080–U+009F) and bidirectional overrides and isolates (U+202A–U+202E,
// U+2066–U+2069) become a visible <U+XXXX>; invalid UTF-8 becomes U+FFFD.
// Text without such characters is returned unchanged, without copying.
func Sanitize(s string) string {
	if !needsSanitize(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune('\uFFFD')
		case r < 0x20 && r != '\n' && r != '\t':
			b.WriteRune(0x2400 + r)
		case r == 0x7f:
			b.WriteRune('\u2421')
		case isC1(r) || isBidiControl(r):
			fmt.Fprintf(&b, "<U+%04X>", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// needsSanitize reports whether Sanitize would change s.
func needsSanitize(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || isC1(r) || isBidiControl(r) {
			return true
		}
		i += size
	}
	return false
}

// IsUnsafeRune reports whether r is a control character that plan text
// must not hold: C0 controls other than newline and tab, DEL, C1 controls
// and bidirectional overrides and isolates.
func IsUnsafeRune(r rune) bool {
	return (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || isC1(r) || isBidiControl(r)
}

func isC1(r rune) bool { return r >= 0x80 && r <= 0x9f }

func isBidiControl(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}
