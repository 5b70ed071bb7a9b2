package pas

import (
	"fmt"
	"strings"
	"testing"
)

var loadCat = testCatalogue()

// loadErr decodes a plan that must fail and returns its first problem.
func loadErr(t *testing.T, src string) (*LoadError, Problem) {
	t.Helper()
	_, err := Decode([]byte(src), "p.yaml", loadCat)
	le, ok := err.(*LoadError)
	if !ok || len(le.Problems) == 0 {
		t.Fatalf("Decode(%q) = %v, want a LoadError", src, err)
	}
	return le, le.Problems[0]
}

// TestPrescan: what the YAML parser would report without a position, or
// not at all, is reported at its own line and column.
func TestPrescan(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		pos       Pos
		want      string
	}{
		{"NUL byte", "schema_version: 1\nmain:\n  title: a\x00b\n", Pos{3, 11}, "NUL byte: this is a binary file"},
		{"binary", "\x7fELF\x02\x01\x01\x00\x00\x00", Pos{1, 8}, "NUL byte: this is a binary file"},
		{"DEL", "schema_version: 1\x7f\n", Pos{1, 18}, "control character U+007F (DEL)"},
		{"invalid UTF-8", "schema_version: 1\nmain:\n  title: é\xff\n", Pos{3, 11}, "invalid UTF-8 byte 0xFF"},
		{"Latin-1", "schema_version: 1\nmain:\n  title: caf\xe9\n", Pos{3, 13}, "invalid UTF-8 byte 0xE9"},
		{"UTF-16", "\xff\xfes\x00c\x00", Pos{1, 1}, "file encoded in UTF-16"},
		{"raw ESC", "schema_version: 1\nmain:\n  title: a\x1b[2J\n", Pos{3, 11}, "control character U+001B (ESC)"},
		{"raw C1 after accents", "schema_version: 1\nmain:\n  title: ééé\u009b31m\n", Pos{3, 13}, "U+009B (CSI)"},
		{"bidi override in a comment", "schema_version: 1 # \u202e\n", Pos{1, 21}, "U+202E (RLO)"},
		{"CRLF lines count once", "schema_version: 1\r\nmain:\r\n  title: \x07\r\n", Pos{3, 10}, "U+0007 (BEL)"},
		{"after a BOM", "\ufeffschema_version: 1\x1b\n", Pos{1, 18}, "U+001B"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			le, p := loadErr(t, tc.src)
			if p.Pos != tc.pos || !strings.Contains(p.Msg.EN, tc.want) {
				t.Errorf("got %v %q, want %v %q", p.Pos, p.Msg.EN, tc.pos, tc.want)
			}
			if p.Msg.FR == p.Msg.EN {
				t.Errorf("no French message: %s", p.Msg.FR)
			}
			for _, l := range Langs {
				if out := le.Localize(l); Sanitize(out) != out {
					t.Errorf("message is not terminal-safe: %q", out)
				}
			}
		})
	}
}

// TestPrescanAcceptsText: line ends of every kind, tabs in text, a BOM
// and non-ASCII text load.
func TestPrescanAcceptsText(t *testing.T) {
	for _, src := range []string{
		"schema_version: 1\r\nmain:\r\n  title: « é »\r\n",
		"\ufeffschema_version: 1\nmain:\n  body: \"a\\tb\\nc\"\n",
		"schema_version: 1\nmain:\n  body: |\n    a\tb\n    c\n",
	} {
		if _, err := Decode([]byte(src), "p.yaml", testCatalogue()); err != nil {
			t.Errorf("Decode(%q): %v", src, err)
		}
	}
}

// TestControlEscapesRefused: double-quoted escapes that decode to control
// characters are refused in every kind of key and value, at the escape.
func TestControlEscapesRefused(t *testing.T) {
	const head = "schema_version: 1\nmain:\n"
	escapes := []struct{ esc, name string }{
		{`\e`, "U+001B (ESC)"}, {`\x1b`, "U+001B"}, {`\u001B`, "U+001B"}, {`\U0000001b`, "U+001B"},
		{`\0`, "U+0000 (NUL)"}, {`\a`, "U+0007 (BEL)"}, {`\r`, "U+000D (CR)"}, {`\x7f`, "U+007F (DEL)"},
		{`\x9b`, "U+009B (CSI)"}, {`\N`, "U+0085 (NEL)"}, {`\u202e`, "U+202E (RLO)"}, {`\u2066`, "U+2066 (LRI)"},
	}
	// Each line holds the hostile string where X is; the escape's column
	// is where X is.
	places := []string{
		`  title: "aXb"`,
		`  body: "line\nXline"`,
		`  choice: "X"`,
		`  many: [a, "X"]`,
		`  delay: {value: 4h, state: open, question: "Why X?"}`,
		`  delay: {value: 4h, state: open, owner: "X"}`,
		`  "tiXtle": x`,
		`  orgs: [{id: o1, name: "X", country: FR}]`,
		`  orgs: [{id: o1, letters: {"oX": R}}]`,
		`  link: "https://x.org/X"`,
		`  home: "X"`,
		`  count: "1X"`,
		"  body: \"first \\\n    X second\"",
	}
	for _, place := range places {
		for _, e := range escapes {
			line := strings.Replace(place, "X", e.esc, 1)
			src := head + line + "\n"
			_, p := loadErr(t, src)
			lines := strings.Split(line, "\n")
			want := Pos{Line: 2 + len(lines), Col: strings.Index(lines[len(lines)-1], e.esc) + 1}
			if p.Pos != want || !strings.Contains(p.Msg.EN, "control character "+e.name) {
				t.Errorf("%s\ngot %v %q, want %v control character %s", src, p.Pos, p.Msg.EN, want, e.name)
			}
		}
	}
	waiver := "schema_version: 1\nwaivers:\n  - {rule: T-01, reason: \"ok\\e]0;pwned\\a\", approver: a, date: 2026-01-01}\n"
	if _, p := loadErr(t, waiver); p.Pos != (Pos{3, 29}) {
		t.Errorf("waiver reason: got %v %s", p.Pos, p.Msg.EN)
	}
	key := "schema_version: 1\n\"\\e[2J\": 1\n"
	if le, p := loadErr(t, key); p.Pos != (Pos{2, 2}) || len(le.Problems) != 1 {
		t.Errorf("key: got %v", le.Problems)
	}
}

// TestSyntaxPositions: a YAML syntax error is reported at the token at
// fault, not at the enclosing block that yaml.v3 names.
func TestSyntaxPositions(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		pos       Pos
		want      string
	}{
		{"unclosed flow list", "schema_version: 1\nmain:\n  many: [a, b\n  title: x\n", Pos{3, 9}, "',' or ']' expected"},
		{"bad indentation", "schema_version: 1\nmain:\n  title: a\n  choice: b\n body: c\n", Pos{5, 2}, "a key is expected here"},
		{"colon in plain text", "schema_version: 1\nmain:\n  title: a: b\n", Pos{3, 11}, "unexpected ':'"},
		{"unterminated quote", "schema_version: 1\nmain:\n  title: \"abc\n  body: x\n", Pos{3, 10}, "the closing quote is missing"},
		{"tab indentation", "schema_version: 1\nmain:\n\ttitle: a\n", Pos{3, 1}, "tab in the indentation"},
		{"unknown escape", "schema_version: 1\nmain:\n  title: \"a\\qb\"\n", Pos{3, 12}, "unknown escape"},
		{"unknown anchor", "schema_version: 1\nmain:\n  title: *nope\n", Pos{3, 10}, "unknown anchor"},
		{"list left open lines above", "schema_version: 1\nmain:\n  many: [\n    a,\n    b\n", Pos{3, 9}, "is a list [ … ] left open?"},
		{"mapping left open", "schema_version: 1\nmain: {title: a, choice: b\n", Pos{2, 7}, "is a mapping { … } left open?"},
		{"bad item in a long section", "schema_version: 1\nmain:\n" + strings.Repeat("  # comment\n", 40) + "  orgs:\n    - id: a\n   - id: b\n", Pos{45, 4}, "invalid YAML"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, p := loadErr(t, tc.src)
			if p.Pos != tc.pos || !strings.Contains(p.Msg.EN, tc.want) {
				t.Errorf("got %v %q, want %v %q", p.Pos, p.Msg.EN, tc.pos, tc.want)
			}
			if p.Msg.FR == p.Msg.EN {
				t.Errorf("no French message: %s", p.Msg.FR)
			}
		})
	}
}

// TestParseInputRefusesControls: what the editor accepts must load again.
func TestParseInputRefusesControls(t *testing.T) {
	cat := testCatalogue()
	for _, in := range []string{"a\x1b]0;x\a", "\u009b31m", "\u202eevil", "nul\x00", "bad\xff"} {
		for _, path := range []string{"main.title", "main.body", "main.link"} {
			if v, err := ParseInput(cat.Field(path), in); err == nil {
				t.Errorf("%s accepted %q as %+v", path, in, v)
			}
		}
	}
	if v, err := ParseInput(cat.Field("main.body"), "a\r\n\tb"); err != nil || v.Str != "a\n\tb" {
		t.Errorf("CRLF and tab: %+v, %v", v, err)
	}
}

// TestAliasBomb: aliases that would multiply a small file into a huge
// plan are refused at the alias, at once; a plan that shares a list a
// few times loads.
func TestAliasBomb(t *testing.T) {
	items := strings.Repeat("FR, ", 2000)
	var b strings.Builder
	b.WriteString("schema_version: 1\nmain:\n  abroad: &l [" + items + "DE]\n  orgs:\n")
	for i := 0; i < 60; i++ {
		fmt.Fprintf(&b, "    - {id: o%d, peer: o0}\n", i)
	}
	shared := b.String() + "other:\n  note: *n\nwaivers: []\n"
	shared = strings.Replace(shared, "peer: o0}", "peer: &n o0}", 1)
	if _, err := Decode([]byte(shared), "p.yaml", loadCat); err != nil {
		t.Fatalf("a shared value was refused: %v", err)
	}
	bomb := b.String() + "  picks: [" + strings.TrimSuffix(strings.Repeat("*l, ", 60), ", ") + "]\n"
	_, p := loadErr(t, bomb)
	if !strings.Contains(p.Msg.EN, "too many aliases") || p.Pos.Line != 65 {
		t.Errorf("got %v %s", p.Pos, p.Msg.EN)
	}
}
