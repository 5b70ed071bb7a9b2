package pas

import (
	"bytes"
	"strings"
	"testing"
)

// commentedYAML is in canonical form, with comments everywhere.
const commentedYAML = `# yaml-language-server: $schema=plan.schema.json
# PAS for the buyer's tender, reviewed with the client's CISO.
schema_version: 1
lang: fr # the document is in French
# ── Main chapter ──
main:
  # asked by the buyer
  title: Plan de test # see contract clause 12
  many: [a, c] # from the grid
  flag: true
  count: # ask the client
  delay:
    value: 4h # proposed by the host
    state: to_confirm
    question: Délai confirmé ?
  home: DE
  orgs: # the parties
    # the client first
    - id: o1
      name: Première # legal name
      country: FR
      # end of o1
    - id: o2 # the host
      name: Deuxième
      country: CH
    - id: o3
      name: Troisième
      country: FR
      # foot of the list
  grp:
    inner: x
  notes: Note interne
# between chapters
other:
  note: "2026-01-01"
policy: # our thresholds
  max_delay: 2w
# end of file
`

func decodeT(t *testing.T, data string) *Plan {
	t.Helper()
	p, err := Decode([]byte(data), "plan.yaml", testCatalogue())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// changedLines returns the lines a single-hunk edit removed from a and
// added in b: what git diff shows.
func changedLines(a, b string) (removed, added []string) {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	pre := 0
	for pre < len(x) && pre < len(y) && x[pre] == y[pre] {
		pre++
	}
	suf := 0
	for suf < len(x)-pre && suf < len(y)-pre && x[len(x)-1-suf] == y[len(y)-1-suf] {
		suf++
	}
	return x[pre : len(x)-suf], y[pre : len(y)-suf]
}

func TestMarshalKeepsEveryComment(t *testing.T) {
	p := decodeT(t, commentedYAML)
	if !p.SourceCanonical() {
		t.Error("the fixture is reported not canonical")
	}
	if got := string(Marshal(p)); got != commentedYAML {
		t.Fatalf("load then save changed the file:\n%s", diffLines(commentedYAML, got))
	}
	if got := string(Marshal(p.Clone())); got != commentedYAML {
		t.Error("a clone of the plan lost its comments")
	}
	if strings.Contains(string(Encode(p)), "#") {
		t.Error("Encode writes comments")
	}
}

func TestMarshalChangesOnlyTheEditedLines(t *testing.T) {
	cat := testCatalogue()
	orgs := cat.Field("main.orgs")
	for _, tc := range []struct {
		name           string
		edit           func(p *Plan)
		removed, added []string
	}{
		{"value with a line comment", func(p *Plan) {
			p.Set(cat.Field("main.title"), &Value{Has: true, Str: "Plan révisé"})
		}, []string{"  title: Plan de test # see contract clause 12"}, []string{"  title: Plan révisé # see contract clause 12"}},
		{"value without comment", func(p *Plan) {
			p.Set(cat.Field("main.flag"), &Value{Has: true, Bool: false})
		}, []string{"  flag: true"}, []string{"  flag: false"}},
		{"placeholder filled", func(p *Plan) {
			p.Set(cat.Field("main.count"), &Value{Has: true, Num: 12})
		}, []string{"  count: # ask the client"}, []string{"  count: 12 # ask the client"}},
		{"new value at its catalogue place", func(p *Plan) {
			p.Set(cat.Field("main.ratio"), &Value{Has: true, Num: 2.5})
		}, nil, []string{"  ratio: 2.5"}},
		{"value removed", func(p *Plan) { p.Set(cat.Field("main.home"), nil) }, []string{"  home: DE"}, nil},
		{"value to confirm becomes committed", func(p *Plan) {
			p.Set(cat.Field("main.delay"), &Value{Has: true, Dur: Duration{4, Hour}})
		}, []string{"  delay:", "    value: 4h # proposed by the host", "    state: to_confirm", "    question: Délai confirmé ?"},
			[]string{"  delay: 4h # proposed by the host"}},
		{"committed value becomes to confirm", func(p *Plan) {
			p.Set(cat.Field("main.title"), &Value{Has: true, Str: "Plan de test", State: ToConfirm, Question: "Titre ?"})
		}, []string{"  title: Plan de test # see contract clause 12"},
			[]string{"  title:", "    value: Plan de test # see contract clause 12", "    state: to_confirm", "    question: Titre ?"}},
		{"record field", func(p *Plan) {
			p.Record(orgs, "o1").Set(orgs.RecordField("name"), &Value{Has: true, Str: "Première SA"})
		}, []string{"      name: Première # legal name"}, []string{"      name: Première SA # legal name"}},
		{"record added at the end", func(p *Plan) {
			l := p.ListOf(orgs)
			l.Records = append(l.Records, &Record{ID: "o4", Values: map[string]*Value{"name": {Has: true, Str: "Quatrième"}}})
		}, nil, []string{"    - id: o4", "      name: Quatrième"}},
		{"record deleted with its comments", func(p *Plan) {
			l := p.ListOf(orgs)
			l.Records = append(l.Records[:1], l.Records[2:]...)
		}, []string{"    - id: o2 # the host", "      name: Deuxième", "      country: CH"}, nil},
		{"policy threshold", func(p *Plan) {
			p.Policy["max_delay"] = &Value{Has: true, Dur: Duration{3, Week}}
		}, []string{"  max_delay: 2w"}, []string{"  max_delay: 3w"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := decodeT(t, commentedYAML)
			tc.edit(p)
			removed, added := changedLines(commentedYAML, string(Marshal(p)))
			if strings.Join(removed, "\n") != strings.Join(tc.removed, "\n") || strings.Join(added, "\n") != strings.Join(tc.added, "\n") {
				t.Errorf("diff:\n- %s\n+ %s\nwant:\n- %s\n+ %s", strings.Join(removed, "\n- "), strings.Join(added, "\n+ "),
					strings.Join(tc.removed, "\n- "), strings.Join(tc.added, "\n+ "))
			}
		})
	}
}

// TestMarshalListEnds: a comment after the last record stays with it when
// a record is added after it, and leaves with it when it is deleted.
func TestMarshalListEnds(t *testing.T) {
	orgs := testCatalogue().Field("main.orgs")
	p := decodeT(t, commentedYAML)
	l := p.ListOf(orgs)
	l.Records = l.Records[:2]
	out := string(Marshal(p))
	if strings.Contains(out, "foot of the list") || !strings.Contains(out, "# end of o1") || !strings.Contains(out, "# the client first") {
		t.Errorf("deleting the last record:\n%s", out)
	}
	l.Records = nil
	out = string(Marshal(p))
	for _, gone := range []string{"# the parties", "# the client first", "# legal name", "# end of o1", "# the host"} {
		if strings.Contains(out, gone) {
			t.Errorf("comment %q of a deleted list is still there:\n%s", gone, out)
		}
	}
	if !strings.Contains(out, "  home: DE\n  grp:\n") {
		t.Errorf("the list's place is not closed:\n%s", out)
	}
}

func TestMarshalPlaceholders(t *testing.T) {
	in := "schema_version: 1\nlang: fr\nmain:\n  title: T\n  body:\n  count: # ask the client\n  grp:\n    # to fill in\n    inner:\n    deep:\n      leaf:\nother: # nothing yet\n  note:\npolicy:\nwaivers: # none\n"
	want := "schema_version: 1\nlang: fr\nmain:\n  title: T\n  count: # ask the client\n  grp:\n    # to fill in\n    inner:\nother: {} # nothing yet\nwaivers: # none\n"
	p := decodeT(t, in)
	if got := string(Marshal(p)); got != want {
		t.Fatalf("placeholders:\n%s", diffLines(want, got))
	}
	q := decodeT(t, want)
	if got := string(Marshal(q)); got != want || !q.SourceCanonical() {
		t.Errorf("placeholders are not stable:\n%s", diffLines(want, got))
	}
	q.Set(q.Cat.Field("main.count"), nil) // clearing a placeholder keeps it
	if got := string(Marshal(q)); got != want {
		t.Errorf("cleared placeholder:\n%s", diffLines(want, got))
	}
}

func TestMarshalNewPlanHasModeline(t *testing.T) {
	p := NewPlan(testCatalogue(), EN)
	p.Set(p.Cat.Field("other.note"), &Value{Has: true, Str: "x"})
	want := Modeline + "\nschema_version: 1\nlang: en\nother:\n  note: x\n"
	if got := string(Marshal(p)); got != want {
		t.Fatalf("new plan:\n%s", diffLines(want, got))
	}
	if strings.Contains(string(Encode(p)), Modeline) {
		t.Error("Encode writes the modeline")
	}
	q := decodeT(t, want)
	q.Set(q.Cat.Field("other.note"), nil)
	if got := string(Marshal(q)); !strings.HasPrefix(got, Modeline+"\nschema_version: 1\n") {
		t.Errorf("a save lost the modeline:\n%s", got)
	}
}

// TestMarshalFormatsHandWrittenFiles: a file not in canonical form is
// rewritten once, comments moving with their keys; the opening comment
// stays at the top.
func TestMarshalFormatsHandWrittenFiles(t *testing.T) {
	in := `# Our standard PAS
lang: en
main:
  orgs:
  - name: First # legal name
    id: o1
  # the title
  title:   "Title"   # quoted for no reason
  many:
  - c
  - a # first option
  abroad:
    - Allemagne # German host
    - US
  delay: {value: 4h, state: committed} # negotiated
schema_version: 1
`
	want := `# Our standard PAS
schema_version: 1
lang: en
main:
  # the title
  title: Title # quoted for no reason
  many: [a, # first option
    c]
  delay: 4h # negotiated
  abroad: [DE, # German host
    US]
  orgs:
    - id: o1
      name: First # legal name
`
	p := decodeT(t, in)
	if p.SourceCanonical() {
		t.Error("a hand-written file is reported canonical")
	}
	got := string(Marshal(p))
	if got != want {
		t.Fatalf("formatted:\n%s", diffLines(want, got))
	}
	q := decodeT(t, got)
	if !q.SourceCanonical() || string(Marshal(q)) != got {
		t.Error("formatting twice changes the file")
	}
}

func TestMarshalIsDeterministic(t *testing.T) {
	p := decodeT(t, commentedYAML)
	p.Set(p.Cat.Field("main.ratio"), &Value{Has: true, Num: 1})
	a := Marshal(p)
	for range 5 {
		if b := Marshal(p); !bytes.Equal(a, b) {
			t.Fatal("two saves of the same plan differ")
		}
	}
}

// TestMarshalTopPlaceholderAfterLang: schema_version and lang stay first.
func TestMarshalTopPlaceholderAfterLang(t *testing.T) {
	for _, in := range []string{
		"schema_version: 1\nother: # later\nlang: en\n",
		"other: # later\nschema_version: 1\n",
	} {
		p := decodeT(t, in)
		want := "schema_version: 1\nlang: " + string(p.Lang) + "\nother: # later\n"
		if got := string(Marshal(p)); got != want {
			t.Errorf("%q:\n%s", in, diffLines(want, got))
		}
	}
}

// TestForClientKeptBySaves: marking a question for the client writes
// for_client under it, keeps the comments around, and moves the plan to
// format 2; the mark reads back.
func TestForClientKeptBySaves(t *testing.T) {
	p := decodeT(t, commentedYAML)
	delay := p.Cat.Field("main.delay")
	v := p.Get(delay).Clone()
	v.ForClient = true
	p.Set(delay, v)
	out := string(Marshal(p))
	for _, want := range []string{"schema_version: 2\n", "    question: Délai confirmé ?\n    for_client: true\n", "    value: 4h # proposed by the host\n", "# ask the client"} {
		if !strings.Contains(out, want) {
			t.Errorf("saved plan lacks %q:\n%s", want, out)
		}
	}
	if back := decodeT(t, out); !back.Get(delay).ForClient {
		t.Error("for_client is lost when the saved plan is read again")
	}
}
