package pas

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// prescan looks at a plan file before the YAML parser does, so that what
// makes it unreadable is reported at its own line and column: another
// encoding than UTF-8; binary content (a NUL byte, which no text holds);
// invalid UTF-8 (the scan stops there); control characters (every one,
// up to the cap). A carriage return is a line break here.
func prescan(data []byte, ix *textIndex) []Problem {
	if enc := utfBOM(data); enc != "" {
		return []Problem{{Pos: Pos{1, 1}, Msg: Textf("fichier encodé en %s : pas lit l'UTF-8 ; réenregistrez-le en UTF-8",
			"file encoded in %s: pas reads UTF-8; save it again as UTF-8", enc)}}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return []Problem{{Pos: ix.pos(i), Msg: T("octet nul : ce fichier est binaire, ce n'est pas un plan YAML",
			"NUL byte: this is a binary file, not a YAML plan")}}
	}
	var out []Problem
	for i := 0; i < len(data) && len(out) < maxProblems; {
		c := data[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				return append(out, Problem{Pos: ix.pos(i), Msg: Textf("octet 0x%02X invalide en UTF-8 : réenregistrez le fichier en UTF-8",
					"invalid UTF-8 byte 0x%02X: save the file as UTF-8", c)})
			}
		}
		if r != '\r' && IsUnsafeRune(r) {
			out = append(out, Problem{Pos: ix.pos(i), Msg: controlProblem(r)})
		}
		i += size
	}
	return out
}

// utfBOM names the encoding a UTF-16 or UTF-32 byte order mark announces.
func utfBOM(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}), bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}):
		return "UTF-32"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}), bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return "UTF-16"
	}
	return ""
}

// controlProblem says that a control character is refused.
func controlProblem(r rune) Text {
	return Textf("caractère de contrôle %s interdit dans un plan : retirez-le",
		"control character %s is not allowed in a plan: remove it", RuneName(r))
}

// controlNames are the usual names of the control characters people meet.
var controlNames = map[rune]string{
	0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x0B: "VT", 0x0C: "FF", 0x0D: "CR", 0x1B: "ESC", 0x7F: "DEL",
	0x85: "NEL", 0x9B: "CSI", 0x9D: "OSC",
	0x202A: "LRE", 0x202B: "RLE", 0x202C: "PDF", 0x202D: "LRO", 0x202E: "RLO",
	0x2066: "LRI", 0x2067: "RLI", 0x2068: "FSI", 0x2069: "PDI",
}

// RuneName writes a character as U+XXXX, with its usual name for the
// control characters that have one: "U+001B (ESC)".
func RuneName(r rune) string {
	if n, ok := controlNames[r]; ok {
		return fmt.Sprintf("U+%04X (%s)", r, n)
	}
	return fmt.Sprintf("U+%04X", r)
}
