package pas

import (
	"strconv"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// controls refuses control characters in decoded keys and values: the
// raw ones were reported by the pre-scan, so these come from escapes in
// double-quoted scalars ("\e", "\x9b", "\u202e"). Newline and tab are
// text; every other character IsUnsafeRune names is reported at the
// escape that wrote it.
func (d *decoder) controls(n *yaml.Node, ix *textIndex) {
	if n == nil || n.Kind == yaml.AliasNode {
		return // an alias's target is checked where it is defined
	}
	for _, s := range []string{n.Value, n.Tag} {
		for _, r := range s {
			if IsUnsafeRune(r) {
				d.failAt(controlPos(n, ix), controlProblem(r))
				break
			}
		}
	}
	for _, c := range n.Content {
		d.controls(c, ix)
	}
}

// controlPos finds where a scalar's first unsafe character is written:
// the backslash of its escape in a double-quoted scalar, else the start
// of the scalar.
func controlPos(n *yaml.Node, ix *textIndex) Pos {
	start := ix.offset(posOf(n))
	if n.Style&yaml.DoubleQuotedStyle == 0 || start >= len(ix.data) || ix.data[start] != '"' {
		return posOf(n)
	}
	if off, ok := unsafeEscape(ix.data, start+1); ok {
		return ix.pos(off)
	}
	return posOf(n)
}

// unsafeEscape scans a double-quoted scalar from just after its opening
// quote and returns the offset of the first escape (or raw character)
// that decodes to an unsafe character.
func unsafeEscape(data []byte, i int) (int, bool) {
	for i < len(data) && data[i] != '"' {
		if data[i] != '\\' {
			r, size := utf8.DecodeRune(data[i:])
			if r != '\r' && IsUnsafeRune(r) {
				return i, true
			}
			i += size
			continue
		}
		if i+1 >= len(data) {
			break
		}
		r, size := decodeEscape(data[i+1:])
		if r >= 0 && IsUnsafeRune(r) {
			return i, true
		}
		i += 1 + size
	}
	return 0, false
}

// yamlEscapes are YAML's one-letter escapes and what they stand for.
var yamlEscapes = map[byte]rune{
	'0': 0, 'a': 7, 'b': 8, 't': 9, '\t': 9, 'n': 10, 'v': 11, 'f': 12, 'r': 13, 'e': 0x1b,
	' ': ' ', '"': '"', '/': '/', '\\': '\\', 'N': 0x85, '_': 0xa0, 'L': 0x2028, 'P': 0x2029,
}

// decodeEscape reads an escape after its backslash: the character it
// writes (-1 for an escaped line break or an unknown escape) and its
// length.
func decodeEscape(b []byte) (rune, int) {
	width := map[byte]int{'x': 2, 'u': 4, 'U': 8}[b[0]]
	if width == 0 {
		if r, ok := yamlEscapes[b[0]]; ok {
			return r, 1
		}
		return -1, 1
	}
	if len(b) < 1+width {
		return -1, 1
	}
	v, err := strconv.ParseUint(string(b[1:1+width]), 16, 32)
	if err != nil {
		return -1, 1
	}
	return rune(v), 1 + width
}
