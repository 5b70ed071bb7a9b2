package pas

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// fullYAML uses every kind, a group, states, records, policy and waivers,
// written exactly as Encode writes it.
const fullYAML = `schema_version: 1
lang: fr
main:
  not_applicable: ""
  title: "1.2"
  body: |-
    Première ligne
      indentée
    « guillemets » et : deux-points
  choice: b
  many: [a, c]
  flag: true
  count: 42
  ratio: 3.5
  share: 99.95
  delay:
    value: 4h
    state: to_confirm
    question: Délai confirmé par l'hébergeur ?
    owner: Hébergeur
    due: 2026-12-15
  day: 2026-11-23
  home: DE
  abroad: [US, CH]
  link: https://example.org/a?b=c
  orgs:
    - id: o1
      name: Première
      country: FR
      letters: {o1: RA, o2: C}
    - id: o2
      name:
        state: open
        question: Quel nom ?
      country: CH
      letters:
        value: {o1: R}
        state: to_confirm
        question: Affectation proposée
      peer: o1
  pick: o1
  picks: [o2, o1]
  grp:
    inner: "true"
    deep:
      leaf: 1bd
  notes: |-
    Note interne
    sur deux lignes
other:
  note: "2026-01-01"
policy:
  max_delay: 2w
waivers:
  - rule: T-01
    item: main.delay
    reason: Accepté par le client
    approver: RSSI client
    date: 2026-11-01
    expires: 2027-06-30
`

func TestRoundTrip(t *testing.T) {
	cat := testCatalogue()
	p, err := Decode([]byte(fullYAML), "plan.yaml", cat)
	if err != nil {
		t.Fatal(err)
	}
	out := Encode(p)
	if !bytes.Equal(out, []byte(fullYAML)) {
		t.Fatalf("re-encoded plan differs:\n%s", diffLines(fullYAML, string(out)))
	}
	again, err := Decode(out, "plan.yaml", cat)
	if err != nil || !bytes.Equal(Encode(again), out) {
		t.Fatalf("second round trip differs: %v", err)
	}
	if v := p.Get(cat.Field("main.delay")); v.State != ToConfirm || v.Owner != "Hébergeur" || v.Dur != (Duration{4, Hour}) {
		t.Errorf("delay = %+v", v)
	}
	if p.Data("main").Notes != "Note interne\nsur deux lignes" || p.Data("main").NA == nil {
		t.Errorf("section meta lost: %+v", p.Data("main"))
	}
}

// TestCanonicalises checks that what people write by hand is read and
// written back in canonical form.
func TestCanonicalises(t *testing.T) {
	cat := testCatalogue()
	in := "schema_version: 1\nlang: en\nmain:\n  many: [c, a, a]\n  delay: 30 jours\n  day: 23/11/2026\n  home: germany\n  share: \"99,9\"\n  flag: oui\n  orgs:\n    - id: x\n      letters: {x: a/r}\n"
	p, err := Decode([]byte(in), "p.yaml", cat)
	if err != nil {
		t.Fatal(err)
	}
	want := "schema_version: 1\nlang: en\nmain:\n  many: [a, c]\n  flag: true\n  share: 99.9\n  delay: 30d\n  day: 2026-11-23\n  home: DE\n  orgs:\n    - id: x\n      letters: {x: RA}\n"
	if got := string(Encode(p)); got != want {
		t.Errorf("canonical form:\n%s", diffLines(want, got))
	}
}

// TestBlankTextIsNoValue: spaces are not an answer.
func TestBlankTextIsNoValue(t *testing.T) {
	p, err := Decode([]byte("schema_version: 1\nmain:\n  title: \"  \"\n  body: {value: \" \", state: open, question: Q}\n"), "p.yaml", testCatalogue())
	if err != nil {
		t.Fatal(err)
	}
	if v := p.Get(p.Cat.Field("main.title")); v.IsSet() {
		t.Errorf("blank title is set: %+v", v)
	}
	if v := p.Get(p.Cat.Field("main.body")); v.IsSet() || v.State != Open {
		t.Errorf("blank provisional value: %+v", v)
	}
}

// TestRemoveReferences: deleting a record clears single references, drops
// it from lists and RACI rows, and never turns an answer into "none".
func TestRemoveReferences(t *testing.T) {
	p, err := Decode([]byte(fullYAML), "p.yaml", testCatalogue())
	if err != nil {
		t.Fatal(err)
	}
	orgs := p.Cat.Field("main.orgs")
	p.Set(p.Cat.Field("main.picks"), &Value{Has: true, List: []string{"o1"}})
	p.RemoveReferences(orgs, "o1")
	if v := p.Get(p.Cat.Field("main.pick")); v != nil {
		t.Errorf("pick = %+v", v)
	}
	if v := p.Get(p.Cat.Field("main.picks")); v != nil {
		t.Errorf("picks emptied by the removal should be unanswered, got %+v", v)
	}
	o2 := p.Record(orgs, "o2")
	if v := o2.Get(p.Cat.Field("main.orgs.letters")); v.IsSet() || v.State != ToConfirm || v.Question == "" {
		t.Errorf("pending RACI row should keep its question without value: %+v", v)
	}
	if len(p.References(orgs, "o1")) != 0 {
		t.Error("references left")
	}
	again, err := Decode(Encode(p), "p.yaml", p.Cat)
	if err != nil {
		t.Fatalf("plan no longer loads after the removal: %v", err)
	}
	_ = again
}

func TestEmptyPlanEncodes(t *testing.T) {
	got := string(Encode(NewPlan(testCatalogue(), EN)))
	if got != "schema_version: 1\nlang: en\n" {
		t.Errorf("empty plan = %q", got)
	}
}

func TestDecodeErrors(t *testing.T) {
	cat := testCatalogue()
	for _, tc := range []struct{ name, yaml, want string }{
		{"syntax", "schema_version: 1\nmain: [\n", "plan.yaml:2:7: invalid YAML: a value is expected here"},
		{"empty", "", "plan.yaml: empty file"},
		{"not a mapping", "- a\n", "plan.yaml:1:1: the plan must be a mapping"},
		{"no schema", "lang: fr\n", "plan.yaml:1:1: schema_version is missing"},
		{"future schema", "schema_version: 9\n", "plan.yaml:1:17: schema_version 9 is not supported: this version of pas reads versions 1 to 2; a newer pas is needed"},
		{"zero schema", "schema_version: 0\n", "plan.yaml:1:17: schema_version 0 is invalid"},
		{"unknown top key", "schema_version: 1\nfoo: 1\n", "plan.yaml:2:1: unknown top-level key \"foo\""},
		{"unknown field", "schema_version: 1\nmain:\n  titel: x\n", "plan.yaml:3:3: unknown key \"titel\" in main"},
		{"unknown group key", "schema_version: 1\nmain:\n  grp:\n    nope: x\n", "plan.yaml:4:5: unknown key \"nope\" in main.grp"},
		{"bad enum", "schema_version: 1\nmain:\n  choice: z\n", "plan.yaml:3:11: main.choice: invalid value \"z\"; allowed values: a, b, c"},
		{"bad set item", "schema_version: 1\nmain:\n  many: [a, q]\n", "plan.yaml:3:13: main.many: invalid value \"q\""},
		{"set not list", "schema_version: 1\nmain:\n  many: a\n", "plan.yaml:3:9: main.many: a list is expected"},
		{"bad bool", "schema_version: 1\nmain:\n  flag: maybe\n", "plan.yaml:3:9: main.flag: invalid answer \"maybe\""},
		{"bad int", "schema_version: 1\nmain:\n  count: many\n", "plan.yaml:3:10: main.count: invalid number \"many\""},
		{"out of range", "schema_version: 1\nmain:\n  count: 5000\n", "plan.yaml:3:10: main.count: 5000 is out of range"},
		{"bad percent", "schema_version: 1\nmain:\n  share: 120\n", "plan.yaml:3:10: main.share: 120 is out of range"},
		{"bad duration", "schema_version: 1\nmain:\n  delay: soon\n", "plan.yaml:3:10: main.delay: invalid duration \"soon\""},
		{"bad date", "schema_version: 1\nmain:\n  day: 2026-02-30\n", "plan.yaml:3:8: main.day: invalid date \"2026-02-30\""},
		{"bad country", "schema_version: 1\nmain:\n  home: Mordor\n", "plan.yaml:3:9: main.home: unknown country \"Mordor\""},
		{"bad url", "schema_version: 1\nmain:\n  link: example.org\n", "plan.yaml:3:9: main.link: invalid address"},
		{"duplicate key", "schema_version: 1\nmain:\n  title: a\n  title: b\n", "plan.yaml:4:3: duplicate key \"title\" in main"},
		{"duplicate id", "schema_version: 1\nmain:\n  orgs:\n    - id: a\n    - id: a\n", "plan.yaml:5:11: main.orgs: duplicate id \"a\""},
		{"missing id", "schema_version: 1\nmain:\n  orgs:\n    - name: a\n", "plan.yaml:4:7: main.orgs: \"id\" is missing"},
		{"bad id", "schema_version: 1\nmain:\n  orgs:\n    - id: a b\n", "plan.yaml:4:11: main.orgs: invalid id \"a b\""},
		{"unknown record key", "schema_version: 1\nmain:\n  orgs:\n    - id: a\n      pays: FR\n", "plan.yaml:5:7: unknown key \"pays\" in main.orgs"},
		{"bad raci", "schema_version: 1\nmain:\n  orgs:\n    - id: a\n      letters: {a: X}\n", "plan.yaml:5:20: main.orgs.letters: invalid RACI letters for a"},
		{"state missing", "schema_version: 1\nmain:\n  title: {value: x}\n", "plan.yaml:3:10: main.title: \"state\" is missing"},
		{"bad state", "schema_version: 1\nmain:\n  title: {value: x, state: maybe}\n", "plan.yaml:3:28: main.title.state: to_confirm, open or committed"},
		{"unknown rule waiver", "schema_version: 1\nwaivers:\n  - {rule: X-99, reason: r, approver: a, date: 2026-01-01}\n", "plan.yaml:3:12: waivers: unknown rule \"X-99\""},
		{"incomplete waiver", "schema_version: 1\nwaivers:\n  - {rule: T-01}\n", "plan.yaml:3:5: waivers: rule, reason, approver and date are required"},
		{"unknown policy", "schema_version: 1\npolicy:\n  speed: 3\n", "plan.yaml:3:3: unknown threshold \"speed\""},
		{"two documents", "schema_version: 1\n---\nschema_version: 1\n", "plan.yaml:2:1: only one YAML document"},
		{"merge key", "schema_version: 1\nmain:\n  <<: {title: x}\n", "plan.yaml:3:3: YAML merge keys"},
		{"dotted key", "schema_version: 1\nmain:\n  grp.inner: x\n", "plan.yaml:3:3: key \"grp.inner\": write groups as nested mappings"},
		{"wrapper in a wrapper", "schema_version: 1\nmain:\n  delay: {value: {value: 4h, state: open}, state: to_confirm}\n", "main.delay: a single value is expected"},
		{"committed with a question", "schema_version: 1\nmain:\n  delay: {value: 4h, state: committed, question: q}\n", "main.delay: question, owner, due and for_client go with to_confirm or open"},
		{"committed for the client", "schema_version: 2\nmain:\n  delay: {value: 4h, state: committed, for_client: true}\n", "main.delay: question, owner, due and for_client go with to_confirm or open"},
		{"for_client not a boolean", "schema_version: 2\nmain:\n  delay: {value: 4h, state: to_confirm, for_client: yes please}\n", "main.delay.for_client: true or false"},
		{"wrapped threshold", "schema_version: 1\npolicy:\n  max_delay: {value: 2w, state: open}\n", "plan.yaml:3:14: policy.max_delay: a threshold is a single value"},
		{"bad country in a block list", "schema_version: 1\nmain:\n  abroad:\n    - FR\n    - XX\n", "plan.yaml:5:7: main.abroad: unknown country \"XX\""},
		{"too many decimals", "schema_version: 1\nmain:\n  share: 99.9995\n", "main.share: \"99.9995\": three decimals at most"},
		{"huge number", "schema_version: 1\nmain:\n  ratio: 1e400\n", "main.ratio: invalid number"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode([]byte(tc.yaml), "plan.yaml", cat)
			le, ok := err.(*LoadError)
			if !ok {
				t.Fatalf("error = %v, want a LoadError", err)
			}
			if !strings.Contains(le.Error(), tc.want) {
				t.Errorf("error:\n%s\nwant it to contain:\n%s", le.Error(), tc.want)
			}
			if fr := le.Localize(FR); fr == le.Error() && !strings.Contains(tc.name, "syntax") {
				t.Errorf("no French message: %s", fr)
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.yaml"), testCatalogue())
	if err == nil || !strings.Contains(err.Error(), "nope.yaml: no such file") {
		t.Errorf("err = %v", err)
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.yaml")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.yaml")
	if err := os.Symlink(path, link); err != nil {
		t.Fatal(err)
	}
	if err := WriteFileAtomic(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	st, _ := os.Stat(path)
	lst, _ := os.Lstat(link)
	if string(data) != "new" || st.Mode().Perm() != 0o600 || lst.Mode()&os.ModeSymlink == 0 {
		t.Errorf("content %q, mode %v, link kept %v", data, st.Mode(), lst.Mode()&os.ModeSymlink != 0)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("temporary files left: %v", entries)
	}
	if err := WriteFileAtomic(filepath.Join(dir, "missing", "x.yaml"), []byte("x")); err == nil {
		t.Error("write into a missing directory succeeded")
	}
}

func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			b.WriteString("line " + strconv.Itoa(i+1) + ":\n  want " + a + "\n  got  " + c + "\n")
		}
	}
	return b.String()
}

// TestReadsEarlierVersions: a plan written by an earlier pas reads, and
// is written back with the oldest version that holds it; a plan from a
// later pas is refused naming the versions this one reads.
func TestReadsEarlierVersions(t *testing.T) {
	p, err := Decode([]byte(fullYAML), "plan.yaml", testCatalogue())
	if err != nil {
		t.Fatalf("version 1 plan: %v", err)
	}
	if p.Schema != 1 {
		t.Errorf("schema read as %d, want 1", p.Schema)
	}
	if got := string(Encode(p)); got != fullYAML {
		t.Errorf("version 1 plan written back:\n%s", diffLines(fullYAML, got))
	}
	relabelled := strings.Replace(fullYAML, "schema_version: 1\n", fmt.Sprintf("schema_version: %d\n", SchemaVersion), 1)
	if q, err := Decode([]byte(relabelled), "plan.yaml", testCatalogue()); err != nil || string(Encode(q)) != fullYAML {
		t.Errorf("a plan holding nothing newer than version 1 is not written as version 1: %v", err)
	}
	newer := fmt.Sprintf("schema_version: %d\n", SchemaVersion+1)
	if _, err := Decode([]byte(newer), "plan.yaml", testCatalogue()); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("versions 1 to %d", SchemaVersion)) {
		t.Errorf("newer plan: %v", err)
	}
}
