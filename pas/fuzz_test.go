package pas

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzDecode: no input makes Decode panic, whatever it accepts is
// written back in a form that reads and writes identically, and its
// document holds no control character; what it refuses is refused at a
// line, apart from an empty file.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(fullYAML))
	f.Add([]byte("schema_version: 1\nmain: {title: x, orgs: [{id: a, letters: {a: R}}]}\n"))
	f.Add([]byte("schema_version: 1\nmain:\n  title: {state: open, due: 2026-01-01}\n"))
	f.Add([]byte("&a [*a]"))
	f.Add([]byte("schema_version: 1\nmain:\n  title: \"\\e]0;x\\a\"\n"))
	f.Add([]byte("schema_version: 1\nmain: {many: [a\n"))
	cat := testCatalogue()
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Decode(data, "f.yaml", cat)
		if err != nil {
			le := err.(*LoadError)
			if le.Problems[0].Pos.Line == 0 && len(bytes.TrimSpace(data)) > 0 && len(le.Problems) == 1 && !strings.Contains(le.Error(), "empty file") {
				t.Fatalf("no position: %v", le)
			}
			return
		}
		out := Encode(p)
		q, err := Decode(out, "f.yaml", cat)
		if err != nil {
			t.Fatalf("re-decoding failed: %v\n%s", err, out)
		}
		if again := Encode(q); !bytes.Equal(again, out) {
			t.Fatalf("encoding is not stable:\n%s\n---\n%s", out, again)
		}
		for i, r := range string(Render(p, RenderOptions{})) {
			if IsUnsafeRune(r) {
				t.Fatalf("control character %U at %d of the document", r, i)
			}
		}
		_ = RunChecks(p, MustDate("2026-11-23"))
	})
}

// FuzzParseInput: what the editor accepts for any kind reads back to the
// same value from its pre-filled form, in both languages.
func FuzzParseInput(f *testing.F) {
	cat := testCatalogue()
	paths := []string{"main.title", "main.body", "main.choice", "main.many", "main.flag", "main.count", "main.ratio",
		"main.share", "main.delay", "main.day", "main.home", "main.abroad", "main.link", "main.pick", "main.picks"}
	for _, s := range []string{"4 h", "23/11/2026", "99,9", "Allemagne, US", "oui", "a, b", "https://x.y/z", "1 jour ouvré"} {
		f.Add(uint8(0), s)
	}
	f.Fuzz(func(t *testing.T, which uint8, in string) {
		fd := cat.Field(paths[int(which)%len(paths)])
		v, err := ParseInput(fd, in)
		if err != nil || v == nil {
			return
		}
		for _, l := range Langs {
			again, err := ParseInput(fd, InputText(fd, v, l))
			if err != nil || !again.Equal(v) {
				t.Fatalf("%s: %q → %+v → %q → %+v, %v", fd.Path, in, v, InputText(fd, v, l), again, err)
			}
		}
	})
}

// FuzzFormat: what Decode accepts, Marshal (pas fmt) writes in a form that
// reads back to the same plan and that a second pass leaves unchanged,
// comments included.
func FuzzFormat(f *testing.F) {
	f.Add([]byte(fullYAML))
	f.Add([]byte(commentedYAML))
	f.Add([]byte("# top\n\nschema_version: 1 # v\nmain: # m\n  orgs:\n    - id: a # a\n      letters: {a: R} # r\n    # foot\nwaivers: # none\n"))
	f.Add([]byte("schema_version: 1\nmain:\n  abroad:\n    - Allemagne # de\n    - FR\n  title:\n    # between\n    x\n"))
	f.Add([]byte("schema_version: 1\nmain:\n  orgs:\n    - id: a\n      letters: # row\n        a: R # runs\n        # b next\n        b: A\n    - id: b\n  many: [a, # first\n    b]\n  delay: {value: 4h, state: committed} # c\n  day: # d\n    value: 2026-01-01 # v\n    state: open # s\n"))
	f.Add([]byte("schema_version: 1\nmain: # m\n  grp: # g\n    deep:\n      # h\n      leaf:\n  # foot\nother:\n  note: # n\n\n# end\n"))
	cat := testCatalogue()
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Decode(data, "f.yaml", cat)
		if err != nil {
			return
		}
		out := Marshal(p)
		q, err := Decode(out, "f.yaml", cat)
		if err != nil {
			t.Fatalf("formatted plan does not load: %v\n%s", err, out)
		}
		if a, b := Encode(p), Encode(q); !bytes.Equal(a, b) {
			t.Fatalf("formatting changed the plan:\n%s\n---\n%s", a, b)
		}
		if again := Marshal(q); !bytes.Equal(again, out) {
			t.Fatalf("formatting is not stable:\n%s\n---\n%s", out, again)
		}
	})
}

// FuzzDecodeLibrary: no input makes DecodeLibrary panic; what it refuses
// is a *LoadError; a library it accepts resolves a plan without panic.
func FuzzDecodeLibrary(f *testing.F) {
	f.Add([]byte(testLibrary))
	f.Add([]byte("facts_version: 1\nmain:\n  orgs:\n    - {id: a, use: b}\n    - {id: b, use: a}\n"))
	f.Add([]byte("facts_version: 1\ntexts: [{id: t, text: x}]\ncommitments: [{id: c, party: h, avail: 0}]\n"))
	cat := factsCatalogue()
	f.Fuzz(func(t *testing.T, data []byte) {
		lib, err := DecodeLibrary("lib", []LibraryFile{{Name: "lib.yaml", Data: data}}, cat)
		if err != nil {
			if _, ok := err.(*LoadError); !ok {
				t.Fatalf("not a LoadError: %T %v", err, err)
			}
			return
		}
		p, err := Decode([]byte(testFactsPlan), "plan.yaml", cat)
		if err != nil {
			t.Fatal(err)
		}
		_ = p.ResolveLibrary(lib, "plan.yaml")
		_ = Render(p, RenderOptions{})
	})
}

// FuzzFactsPlan: a plan that takes records and texts from a library
// writes the same bytes before and after it is resolved: saving never
// writes the library's values.
func FuzzFactsPlan(f *testing.F) {
	f.Add([]byte(testFactsPlan))
	f.Add([]byte("schema_version: 2\nfacts: l\nmain:\n  orgs:\n    - {use: host, name: null, country: DE}\n  title: {use: intro, state: open}\n"))
	cat := factsCatalogue()
	cat.Issued = nil // pinning on issue is tested elsewhere
	lib, err := DecodeLibrary("lib", []LibraryFile{{Name: "lib.yaml", Data: []byte(testLibrary)}}, cat)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Decode(data, "f.yaml", cat)
		if err != nil {
			return
		}
		before := Marshal(p)
		if err := p.ResolveLibrary(lib, "f.yaml"); err != nil {
			return
		}
		if after := Marshal(p); !bytes.Equal(after, before) {
			t.Fatalf("resolving changed what is saved:\n%s\n---\n%s", before, after)
		}
	})
}
