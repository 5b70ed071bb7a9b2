package pas

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// factsCatalogue has two shared lists (one referencing the other), text
// fields, a status that issues a plan and partners' commitments.
func factsCatalogue() *Catalogue {
	orgs := &Field{ID: "orgs", Kind: KList, Label: T("Organisations", "Organisations"), Shared: true, Fields: []*Field{
		{ID: "name", Kind: KText, Label: T("Nom", "Name"), Required: true},
		{ID: "country", Kind: KCountry, Label: T("Pays", "Country")},
		{ID: "phone", Kind: KText, Label: T("Téléphone", "Phone")},
	}}
	sites := &Field{ID: "sites", Kind: KList, Label: T("Sites", "Sites"), Shared: true, Fields: []*Field{
		{ID: "name", Kind: KText, Label: T("Nom", "Name")},
		{ID: "operator", Kind: KRef, Label: T("Exploitant", "Operator"), Ref: "main.orgs"},
		{ID: "about", Kind: KLongText, Label: T("Description", "About")},
	}}
	main := &Section{ID: "main", Title: T("Principal", "Main"), Who: WhoProvider, Fields: []*Field{
		{ID: "status", Kind: KEnum, Label: T("Statut", "Status"), Options: []Option{Opt("draft", "Projet", "Draft"), Opt("issued", "Remis", "Issued")}},
		{ID: "body", Kind: KLongText, Label: T("Corps", "Body")},
		{ID: "title", Kind: KText, Label: T("Titre", "Title")},
		{ID: "count", Kind: KInt, Label: T("Nombre", "Count")},
		orgs, sites,
		{ID: "local", Kind: KList, Label: T("Locaux", "Local"), Fields: []*Field{{ID: "name", Kind: KText, Label: T("Nom", "Name")}}},
	}}
	cat := MustCatalogue([]*Section{main}, nil, nil)
	commit := &Field{ID: "commitments", Kind: KList, Label: T("Engagements", "Commitments"), Name: "party", Fields: []*Field{
		{ID: "party", Kind: KRef, Label: T("Partenaire", "Partner"), Ref: "main.orgs"},
		{ID: "avail", Kind: KPercent, Label: T("Disponibilité", "Availability")},
	}}
	commit.Invalid = func(r *Record) []RecordProblem {
		if v := r.Values["avail"]; v.IsSet() && v.Num == 0 {
			return []RecordProblem{{Field: commit.Fields[1], Msg: T("une disponibilité de 0 % n'est pas un engagement", "an availability of 0% is no commitment")}}
		}
		return nil
	}
	if err := cat.SetCommitments(commit); err != nil {
		panic(err)
	}
	cat.Issued = func(p *Plan) bool { return p.Str(cat.Field("main.status")) == "issued" }
	return cat
}

const testLibrary = `facts_version: 1
lang: en
main:
  orgs:
    - id: acme
      name: Acme
      country: FR
      phone: "+33 1"
    - id: host
      name: Host
      country: DE
    - id: host-fr
      use: host
      country: FR
  sites:
    - id: s1
      name: Site 1
      operator: host
texts:
  - id: intro
    text: |-
      Standard text.

      Second paragraph.
commitments:
  - id: c-host
    party: host
    avail: 99.9
`

// testFactsPlan names the library, takes two records (one overridden,
// one field cleared), a text, and keeps records of its own.
const testFactsPlan = `schema_version: 2
lang: en
facts: lib/company.yaml
main:
  body:
    use: intro
  title: Own title
  orgs:
    - id: cli
      name: Client
    # the host, as the library says
    - use: host
    - use: acme
      name: Acme France
      phone: null
  sites:
    - use: s1
`

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func loadFacts(t *testing.T, plan, lib string) (*Plan, string) {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"plan.yaml": plan, "lib/company.yaml": lib})
	path := filepath.Join(dir, "plan.yaml")
	p, err := Load(path, factsCatalogue())
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return p, path
}

func TestFactsResolveAndWriteBack(t *testing.T) {
	p, _ := loadFacts(t, testFactsPlan, testLibrary)
	cat := p.Cat
	orgs, sites := cat.Field("main.orgs"), cat.Field("main.sites")
	host := p.Record(orgs, "host")
	if host.Str(orgs.RecordField("name")) != "Host" || host.Str(orgs.RecordField("country")) != "DE" {
		t.Errorf("host not filled from the library: %+v", host.Values)
	}
	if v := host.Get(orgs.RecordField("name")); v.Pos != host.Pos || host.Pos.Line != 12 {
		t.Errorf("library values must point at the plan's use: %v, record at %v", v.Pos, host.Pos)
	}
	acme := p.Record(orgs, "acme")
	if acme.Str(orgs.RecordField("name")) != "Acme France" || acme.Get(orgs.RecordField("phone")) != nil || acme.Str(orgs.RecordField("country")) != "FR" {
		t.Errorf("override and clear not applied: %+v", acme.Values)
	}
	if !acme.Facts.Overridden() || host.Facts.Overridden() {
		t.Error("Overridden is wrong")
	}
	if got := p.Str(cat.Field("main.body")); got != "Standard text.\n\nSecond paragraph." {
		t.Errorf("text not filled: %q", got)
	}
	if r := p.Record(sites, "s1"); r.Str(sites.RecordField("operator")) != "host" {
		t.Errorf("site: %+v", r.Values)
	}
	if len(p.Commitments()) != 1 || p.Commitments()[0].ID != "c-host" {
		t.Errorf("commitments: %v", p.Commitments())
	}
	// Saving writes the references, never the library's values.
	if got := string(Marshal(p)); got != testFactsPlan {
		t.Errorf("Marshal wrote:\n%s\nwant:\n%s", got, testFactsPlan)
	}
	if got := string(Encode(p)); strings.Contains(got, "Standard text") || strings.Contains(got, "name: Host") {
		t.Errorf("Encode wrote resolved values:\n%s", got)
	}
}

func TestFactsEditsBecomeOverrides(t *testing.T) {
	p, _ := loadFacts(t, testFactsPlan, testLibrary)
	orgs := p.Cat.Field("main.orgs")
	host := p.Record(orgs, "host")
	host.Set(orgs.RecordField("country"), &Value{Has: true, Str: "AT"})
	host.Set(orgs.RecordField("name"), nil)
	p.Set(p.Cat.Field("main.title"), &Value{Has: true, Str: "New title"})
	want := strings.Replace(testFactsPlan, "    - use: host\n", "    - use: host\n      name: null\n      country: AT\n", 1)
	want = strings.Replace(want, "Own title", "New title", 1)
	if got := string(Marshal(p)); got != want {
		t.Errorf("Marshal wrote:\n%s\nwant:\n%s", got, want)
	}
}

func TestFactsCopyIsThePlansOwn(t *testing.T) {
	p, _ := loadFacts(t, testFactsPlan, testLibrary)
	orgs := p.Cat.Field("main.orgs")
	l := p.ListOf(orgs)
	c := p.Record(orgs, "host").Clone()
	c.ID = "host-2"
	l.Records = append(l.Records, c)
	got := string(Marshal(p))
	if !strings.Contains(got, "    - id: host-2\n      name: Host\n      country: DE\n") {
		t.Errorf("a copy of a library record is saved as the plan's own, with its values:\n%s", got)
	}
	if len(p.FactsUses()) != 4 {
		t.Errorf("the copy counts as a use of the library: %d uses", len(p.FactsUses()))
	}
}

func TestFactsDecodeIsPure(t *testing.T) {
	cat := factsCatalogue()
	p, err := Decode([]byte(testFactsPlan), "plan.yaml", cat)
	if err != nil {
		t.Fatal(err)
	}
	if p.Resolved() || p.Facts.Path != "lib/company.yaml" || p.Facts.Pos.Line != 3 {
		t.Errorf("facts: %+v", p.Facts)
	}
	if host := p.Record(cat.Field("main.orgs"), "host"); host == nil || len(host.Values) != 0 {
		t.Errorf("an unresolved record holds only the plan's values: %+v", host)
	}
	if got := string(Marshal(p)); got != testFactsPlan {
		t.Errorf("round trip without the library:\n%s", got)
	}
	if p.FormatVersion() != 2 {
		t.Errorf("format version %d", p.FormatVersion())
	}
}

func TestFactsDecodeErrors(t *testing.T) {
	cat := factsCatalogue()
	head := "schema_version: 2\n"
	for _, tc := range []struct{ name, yaml, want string }{
		{"use without facts", head + "main:\n  orgs:\n    - use: host\n", "test.yaml:4:12: \"use\" names an item of the facts library, but the plan names none"},
		{"text without facts", head + "main:\n  body: {use: intro}\n", "test.yaml:3:15: \"use\" names"},
		{"use and id", head + "facts: lib.yaml\nmain:\n  orgs:\n    - {id: h, use: host}\n", "test.yaml:5:20: main.orgs: a record taken from the library keeps its id"},
		{"use on a list of the plan", head + "facts: lib.yaml\nmain:\n  local:\n    - use: x\n", "test.yaml:5:7: unknown key \"use\" in main.local"},
		{"use on a number", head + "facts: lib.yaml\nmain:\n  count: {use: x}\n", "test.yaml:4:16: main.count: \"use\" takes a standard text of the library: for text fields only"},
		{"duplicate id", head + "facts: lib.yaml\nmain:\n  orgs:\n    - id: host\n      name: H\n    - use: host\n", "test.yaml:7:12: main.orgs: duplicate id \"host\""},
		{"empty facts", head + "facts: \"\"\n", "test.yaml:2:8: facts: the path of the facts library"},
		{"frozen without facts", head + "frozen: {sha256: " + ContentHash(nil) + "}\n", "test.yaml:2:9: frozen: these pinned values"},
		{"bad use id", head + "facts: lib.yaml\nmain:\n  orgs:\n    - use: \"a b\"\n", "test.yaml:5:12: main.orgs: \"use\" expects the id of a facts library record"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode([]byte(tc.yaml), "test.yaml", cat)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want %q", err, tc.want)
			}
		})
	}
}

func TestLibraryErrors(t *testing.T) {
	cat := factsCatalogue()
	head := "facts_version: 1\n"
	for _, tc := range []struct {
		name  string
		files []LibraryFile
		want  string
	}{
		{"no version", []LibraryFile{{"a.yaml", []byte("main:\n  orgs: []\n")}}, "a.yaml:1:1: facts_version is missing"},
		{"newer version", []LibraryFile{{"a.yaml", []byte("facts_version: 2\n")}}, "a.yaml:1:16: facts_version 2 is not supported"},
		{"unknown key", []LibraryFile{{"a.yaml", []byte(head + "offers: []\n")}}, "a.yaml:2:1: unknown key \"offers\" in a facts library"},
		{"not shared", []LibraryFile{{"a.yaml", []byte(head + "main:\n  title: x\n")}}, "a.yaml:3:3: \"main.title\" is not part of a facts library"},
		{"duplicate across files", []LibraryFile{{"a.yaml", []byte(head + "main:\n  orgs:\n    - {id: x, name: X}\n")}, {"b.yaml", []byte(head + "main:\n  orgs:\n    - {id: x, name: Y}\n")}},
			"b.yaml:4:7: main.orgs: duplicate id \"x\" (already in a.yaml, line 4)"},
		{"cycle", []LibraryFile{{"a.yaml", []byte(head + "main:\n  orgs:\n    - {id: x, use: y}\n    - {id: y, use: z}\n    - {id: z, use: x}\n")}},
			"a.yaml:4:20: main.orgs: cycle of overrides (x → y → z → x)"},
		{"self", []LibraryFile{{"a.yaml", []byte(head + "main:\n  orgs:\n    - {id: x, use: x}\n")}}, "a.yaml:4:20: main.orgs[x]: a record cannot derive from itself"},
		{"unknown base", []LibraryFile{{"a.yaml", []byte(head + "main:\n  orgs:\n    - {id: x, use: nope}\n")}}, "a.yaml:4:20: main.orgs[x]: \"use: nope\" names no record of the library"},
		{"dangling reference", []LibraryFile{{"a.yaml", []byte(head + "main:\n  sites:\n    - {id: s, operator: ghost}\n")}}, "a.yaml:4:25: main.sites[s].operator: \"ghost\" names no record of main.orgs in the library"},
		{"impossible value", []LibraryFile{{"a.yaml", []byte(head + "main:\n  orgs:\n    - {id: h, name: H}\ncommitments:\n  - {id: c, party: h, avail: 0}\n")}},
			"a.yaml:6:30: commitments[c].avail: an availability of 0% is no commitment"},
		{"out of range", []LibraryFile{{"a.yaml", []byte(head + "main:\n  orgs:\n    - {id: h, name: H}\ncommitments:\n  - {id: c, party: h, avail: 120}\n")}}, "a.yaml:6:30: commitments.avail: 120 is out of range"},
		{"text use", []LibraryFile{{"a.yaml", []byte(head + "main:\n  sites:\n    - {id: s, about: {use: t}}\n")}}, "a.yaml:4:28: main.sites.about: a facts library writes its texts out (\"use\" is for plans)"},
		{"text twice", []LibraryFile{{"a.yaml", []byte(head + "texts:\n  - {id: t, text: a}\n  - {id: t, text: b}\n")}}, "a.yaml:4:5: texts: duplicate id \"t\""},
		{"YAML", []LibraryFile{{"a.yaml", []byte(head + "main: [\n")}}, "a.yaml:2:7: invalid YAML"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeLibrary("lib", tc.files, cat)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want %q", err, tc.want)
			}
		})
	}
	lib, err := DecodeLibrary("lib", []LibraryFile{{"a.yaml", []byte(testLibrary)}}, cat)
	if err != nil {
		t.Fatal(err)
	}
	derived := lib.Record(cat.Field("main.orgs"), "host-fr")
	if derived.Values["name"].Str != "Host" || derived.Values["country"].Str != "FR" || derived.Facts != nil {
		t.Errorf("derived record: %+v", derived.Values)
	}
}

func TestLoadLibraryProblems(t *testing.T) {
	dir := t.TempDir()
	cat := factsCatalogue()
	writeFiles(t, dir, map[string]string{
		"plan.yaml":        testFactsPlan,
		"unknown.yaml":     strings.Replace(testFactsPlan, "- use: s1", "- use: s9", 1),
		"badtext.yaml":     strings.Replace(testFactsPlan, "use: intro", "use: outro", 1),
		"broken/plan.yaml": strings.Replace(testFactsPlan, "lib/company.yaml", "../lib/company.yaml", 1),
		"lib/company.yaml": testLibrary,
	})
	if _, err := Load(filepath.Join(dir, "plan.yaml"), cat); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ file, want string }{
		{"unknown.yaml", "unknown.yaml:17:12: main.sites: \"s9\" names no record of main.sites in the facts library (lib/company.yaml)"},
		{"badtext.yaml", "badtext.yaml:6:5: main.body: \"outro\" names no text of the facts library"},
	} {
		_, err := Load(filepath.Join(dir, tc.file), cat)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.file, err, tc.want)
		}
	}
	missing := filepath.Join(dir, "lib", "company.yaml")
	if err := os.Rename(missing, missing+".old"); err != nil {
		t.Fatal(err)
	}
	_, err := Load(filepath.Join(dir, "plan.yaml"), cat)
	want := filepath.Join(dir, "plan.yaml") + ":3:8: facts library " + missing + ": no such file"
	if err == nil || err.Error() != want {
		t.Errorf("missing library: %v\nwant %s", err, want)
	}
	writeFiles(t, dir, map[string]string{"lib/company.yaml": "facts_version: 1\nmain:\n  orgs:\n    - {id: x}\n    - {id: x}\n"})
	_, err = Load(filepath.Join(dir, "plan.yaml"), cat)
	if err == nil || !strings.Contains(err.Error(), ":3:8: the facts library "+missing+" does not load:\n"+missing+":5:12: main.orgs: duplicate id \"x\"") {
		t.Errorf("library that does not load: %v", err)
	}
}

func TestLibraryFolder(t *testing.T) {
	dir := t.TempDir()
	parts := strings.SplitN(testLibrary, "texts:", 2)
	writeFiles(t, dir, map[string]string{
		"plan.yaml":                       testFactsPlan,
		"lib/company.yaml/a.yaml":         parts[0],
		"lib/company.yaml/more/b.yml":     "facts_version: 1\ntexts:" + parts[1],
		"lib/company.yaml/.hidden/c.yaml": "not: a library\n",
		"lib/company.yaml/notes.txt":      "ignored",
	})
	p, err := Load(filepath.Join(dir, "plan.yaml"), factsCatalogue())
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Facts.Lib.Files) != 2 || p.Str(p.Cat.Field("main.body")) == "" {
		t.Errorf("folder library: %v", p.Facts.Lib.Files)
	}
}

func TestFreeze(t *testing.T) {
	issued := strings.Replace(testFactsPlan, "main:\n", "main:\n  status: issued\n", 1)
	p, path := loadFacts(t, issued, testLibrary)
	saved := Marshal(p)
	if !bytes.Contains(saved, []byte("\nfrozen:\n  sha256: "+ContentHash([]byte(testLibrary))+"\n  main:\n    orgs:\n      - id: host\n")) {
		t.Fatalf("an issued plan is saved with what it uses pinned:\n%s", saved)
	}
	if p.SourceCanonical() {
		t.Error("an issued plan not yet pinned reports a canonical source")
	}
	if !bytes.Contains(saved, []byte("  texts:\n    - id: intro\n")) || bytes.Contains(saved, []byte("id: host-fr")) || bytes.Contains(saved, []byte("c-host")) {
		t.Errorf("frozen holds the texts used, not the records unused nor the commitments:\n%s", saved)
	}
	writeFiles(t, filepath.Dir(path), map[string]string{"plan.yaml": string(saved),
		"lib/company.yaml": strings.Replace(strings.Replace(testLibrary, "name: Host", "name: Host Renamed", 1), "Standard text.", "New text.", 1)})
	q, err := Load(path, p.Cat)
	if err != nil {
		t.Fatal(err)
	}
	orgs := q.Cat.Field("main.orgs")
	if !q.Frozen() || q.Record(orgs, "host").Str(orgs.RecordField("name")) != "Host" || !strings.HasPrefix(q.Str(q.Cat.Field("main.body")), "Standard") {
		t.Error("a frozen plan follows the library")
	}
	if got := Marshal(q); !bytes.Equal(got, saved) || !q.SourceCanonical() {
		t.Errorf("a frozen plan changes when saved:\n%s", got)
	}
	if err := q.Freeze(path); err != nil {
		t.Fatal(err)
	}
	if q.Record(orgs, "host").Str(orgs.RecordField("name")) != "Host Renamed" || !bytes.Contains(Marshal(q), []byte("name: Host Renamed")) {
		t.Error("Freeze does not re-pin to the library as it is now")
	}
	// A frozen plan still loads when its library is gone; checks say so.
	if err := os.Remove(filepath.Join(filepath.Dir(path), "lib", "company.yaml")); err != nil {
		t.Fatal(err)
	}
	r, err := Load(path, p.Cat)
	if err != nil || r.Facts.Problem.IsZero() || r.Record(orgs, "host").Str(orgs.RecordField("name")) != "Host" || r.Commitments() != nil {
		t.Errorf("frozen plan without its library: %v %+v", err, r.Facts)
	}
}

func TestFactsCommentsKept(t *testing.T) {
	in := strings.Replace(testFactsPlan, "    - use: acme\n", "    # overridden for this client\n    - use: acme # local\n", 1)
	p, _ := loadFacts(t, in, testLibrary)
	if got := string(Marshal(p)); got != in {
		t.Errorf("comments lost:\n%s", got)
	}
	acme := p.Record(p.Cat.Field("main.orgs"), "acme")
	acme.Set(p.Cat.Field("main.orgs.country"), &Value{Has: true, Str: "BE"})
	got := string(Marshal(p))
	if !strings.Contains(got, "    # overridden for this client\n    - use: acme # local\n      name: Acme France\n      country: BE\n      phone: null\n") {
		t.Errorf("an edit of a record taken from the library:\n%s", got)
	}
}

func TestLoaderSharesLibrary(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a/plan.yaml": strings.Replace(testFactsPlan, "lib/", "../lib/", 1),
		"b/plan.yaml": strings.Replace(testFactsPlan, "lib/", "../lib/", 1), "lib/company.yaml": testLibrary})
	l := NewLoader(factsCatalogue())
	a, err := l.Load(filepath.Join(dir, "a", "plan.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := l.Load(filepath.Join(dir, "b", "plan.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Facts.Lib != b.Facts.Lib {
		t.Error("the library is read once per loader")
	}
}

func TestMergeFactsRecords(t *testing.T) {
	cat := factsCatalogue()
	dec := func(s string) *Plan {
		p, err := Decode([]byte(s), "m.yaml", cat)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	base := dec(testFactsPlan)
	ours := dec(strings.Replace(testFactsPlan, "      name: Acme France\n", "      name: Acme Paris\n", 1))
	theirs := dec(strings.Replace(testFactsPlan, "    - use: host\n", "    - use: host\n      country: IT\n", 1))
	m := Merge(base, ours, theirs)
	if len(m.Conflicts) != 0 {
		t.Fatalf("conflicts: %+v", m.Conflicts)
	}
	want := strings.Replace(strings.Replace(testFactsPlan, "      name: Acme France\n", "      name: Acme Paris\n", 1), "    - use: host\n", "    - use: host\n      country: IT\n", 1)
	want = strings.Replace(want, "    # the host, as the library says\n", "", 1) // Encode writes no comment
	if got := string(Encode(m)); got != want {
		t.Errorf("merged:\n%s\nwant:\n%s", got, want)
	}
	own := dec(strings.Replace(testFactsPlan, "    - use: host\n", "    - id: host\n      name: Our host\n", 1))
	m = Merge(base, own, ours)
	if len(m.Conflicts) != 0 || !strings.Contains(string(Encode(m)), "- id: host\n      name: Our host") || !strings.Contains(string(Encode(m)), "Acme Paris") {
		t.Errorf("a record written out on one side wins over an unchanged reference: %+v\n%s", m.Conflicts, Encode(m))
	}
	m = Merge(base, own, theirs)
	if len(m.Conflicts) != 1 || m.Conflicts[0].Path != "main.orgs[host]" {
		t.Errorf("written out on one side, changed on the other: %+v", m.Conflicts)
	}
}

func TestFactsEditorHelpers(t *testing.T) {
	p, _ := loadFacts(t, testFactsPlan, testLibrary)
	orgs := p.Cat.Field("main.orgs")
	if _, err := p.TakeFromLibrary(orgs, "host"); err == nil {
		t.Error("a record taken twice")
	}
	r, err := p.TakeFromLibrary(orgs, "host-fr")
	if err != nil || r.Str(orgs.RecordField("country")) != "FR" || r.Str(orgs.RecordField("name")) != "Host" {
		t.Fatalf("take: %v %+v", err, r)
	}
	acme := p.Record(orgs, "acme")
	name := orgs.RecordField("name")
	if !acme.Overrides(name) || acme.Overrides(orgs.RecordField("country")) {
		t.Error("Overrides")
	}
	acme.RevertToLibrary(name)
	acme.RevertToLibrary(orgs.RecordField("phone"))
	got := string(Marshal(p))
	if !strings.Contains(got, "    - use: acme\n  sites:") && !strings.Contains(got, "    - use: acme\n    - use: host-fr\n") {
		t.Errorf("reverted fields are written:\n%s", got)
	}
	if acme.Str(name) != "Acme" || acme.Str(orgs.RecordField("phone")) != "+33 1" {
		t.Errorf("revert: %+v", acme.Values)
	}
}

// TestStandardTextKeepsItsQuestionForTheClient: a standard text still to
// confirm keeps every part of its state through a save, for_client too.
func TestStandardTextKeepsItsQuestionForTheClient(t *testing.T) {
	src := strings.Replace(testFactsPlan, "  body:\n    use: intro\n",
		"  body:\n    use: intro\n    state: to_confirm\n    question: Does the client's wording apply?\n    owner: Client's DPO\n    for_client: true\n", 1)
	p, err := Decode([]byte(src), "plan.yaml", factsCatalogue())
	if err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string][]byte{"Marshal": Marshal(p), "Encode": Encode(p)} {
		if !strings.Contains(string(out), "    for_client: true\n") || !strings.Contains(string(out), "    owner: Client's DPO\n") {
			t.Errorf("%s lost the state of the standard text:\n%s", name, out)
		}
	}
}
