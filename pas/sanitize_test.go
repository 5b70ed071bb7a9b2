package pas

import "testing"

func TestSanitize(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain text, é à", "plain text, é à"},
		{"two\nlines\tand tab", "two\nlines\tand tab"},
		{"\x1b]0;pwned\a", "␛]0;pwned␇"},
		{"\x1b[2J", "␛[2J"},
		{"nul\x00byte", "nul␀byte"},
		{"cr\rover", "cr␍over"},
		{"del\x7f", "del␡"},
		{"c1\u009b31m", "c1<U+009B>31m"},
		{"bidi\u202eevil\u2066x\u2069", "bidi<U+202E>evil<U+2066>x<U+2069>"},
		{"bad\xffutf8", "bad\uFFFDutf8"},
	}
	for _, c := range cases {
		if got := Sanitize(c.in); got != c.want {
			t.Errorf("Sanitize(%q) = %q, want %q", c.in, got, c.want)
		}
		for _, r := range Sanitize(c.in) {
			if IsUnsafeRune(r) {
				t.Errorf("Sanitize(%q) kept unsafe rune %U", c.in, r)
			}
		}
	}
}

func FuzzSanitize(f *testing.F) {
	f.Add("\x1b]52;c;cHduZWQ=\a")
	f.Add("\u009b\u202e")
	f.Fuzz(func(t *testing.T, s string) {
		out := Sanitize(s)
		for i, r := range out {
			if IsUnsafeRune(r) {
				t.Fatalf("unsafe rune %U at %d in %q", r, i, out)
			}
		}
		if Sanitize(out) != out {
			t.Fatalf("not idempotent on %q", s)
		}
	})
}
