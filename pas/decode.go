package pas

import (
	"bytes"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Load reads and decodes a plan file (see Decode), then resolves the
// facts library it names, if any (see Loader.ResolveFacts).
func Load(path string, cat *Catalogue) (*Plan, error) { return NewLoader(cat).Load(path) }

// Decode reads plan.yaml strictly against the catalogue: an unknown key, a
// duplicate key, a wrong type, an invalid value or a duplicate record id is
// a *LoadError naming file, line and column. So are binary content,
// invalid UTF-8 and control characters, raw or escaped, found by a scan
// of the bytes before the YAML parser and of every decoded scalar after. An incomplete plan is valid:
// missing values are findings, not load errors. The plan keeps the node
// tree (and data, which the caller must not change afterwards) so that
// Marshal writes the file's comments back.
func Decode(data []byte, file string, cat *Catalogue) (*Plan, error) {
	d := &decoder{file: file, cat: cat, plan: NewPlan(cat, "")}
	d.plan.Schema = 0
	root, err := ParseYAML(data, file)
	if err != nil {
		return nil, err
	}
	d.top(root)
	if len(d.problems) > 0 {
		return nil, &LoadError{File: file, Problems: d.problems}
	}
	d.plan.src = &source{doc: root, hollow: d.hollow, data: data}
	return d.plan, nil
}

// ParseYAML reads one YAML document as a plan is read, for pas's other
// YAML files too (a buyer's grid): binary content, invalid UTF-8, control
// characters (raw or escaped), a second document and an alias bomb are
// refused, and a syntax error is placed at its line and column. Errors
// are a *LoadError naming file.
func ParseYAML(data []byte, file string) (*yaml.Node, error) {
	ix := newTextIndex(data)
	if problems := prescan(data, ix); len(problems) > 0 {
		return nil, &LoadError{File: file, Problems: problems}
	}
	root, err := parseYAML(data)
	if err != nil {
		return nil, &LoadError{File: file, Problems: []Problem{yamlProblem(err, data, ix)}}
	}
	d := &decoder{file: file}
	if d.controls(root, ix); len(d.problems) > 0 {
		return nil, &LoadError{File: file, Problems: d.problems}
	}
	if a := aliasBomb(root); a != nil {
		return nil, &LoadError{File: file, Problems: []Problem{{Pos: posOf(a), Msg: T(
			"trop d'alias : déplié, le fichier serait plus de dix fois plus gros ; écrivez les valeurs en entier",
			"too many aliases: expanded, the file would be over ten times its size; write the values out in full")}}}
	}
	return root, nil
}

func parseYAML(data []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, &docError{posOf(&extra)}
	}
	return &doc, nil
}

type decoder struct {
	file     string
	cat      *Catalogue
	plan     *Plan
	problems []Problem
	hollow   map[*yaml.Node]bool // value nodes that hold no data (see source)
	reqKey   *yaml.Node          // the requirements key, checked against the version

	lib     bool      // decoding a facts library (or a plan's frozen part), not a plan
	uses    []Pos     // plan: where records and texts name the library
	frozen  *Frozen   // plan: the frozen part, until the plan's facts are known
	derived []*Record // library: records deriving from another (id and use)
}

// empty records that a value node decoded to nothing: Encode leaves its
// key out, and Marshal keeps it only for the comments it carries.
func (d *decoder) empty(n *yaml.Node) {
	if d.hollow == nil {
		d.hollow = map[*yaml.Node]bool{}
	}
	d.hollow[n] = true
}

func (d *decoder) fail(n *yaml.Node, msg Text) { d.failAt(posOf(n), msg) }

func (d *decoder) failAt(p Pos, msg Text) {
	if len(d.problems) < maxProblems {
		d.problems = append(d.problems, Problem{Pos: p, Msg: msg})
	}
}

func posOf(n *yaml.Node) Pos { return Pos{n.Line, n.Column} }

// resolve follows aliases.
func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

// pairs iterates a mapping's keys and values, reporting duplicate and
// non-string keys.
func (d *decoder) pairs(n *yaml.Node, where string, fn func(key string, k, v *yaml.Node)) {
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			d.fail(k, Textf("clé invalide dans %s", "invalid key in %s", where))
			continue
		}
		if k.Value == "<<" {
			d.fail(k, T("les fusions YAML (<<) ne sont pas acceptées", "YAML merge keys (<<) are not accepted"))
			continue
		}
		if seen[k.Value] {
			d.fail(k, Textf("clé « %s » en double dans %s", "duplicate key %q in %s", k.Value, where))
			continue
		}
		seen[k.Value] = true
		fn(k.Value, k, v)
	}
}

func (d *decoder) top(doc *yaml.Node) {
	root := doc
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		root = resolve(doc.Content[0])
	}
	if root.Kind != yaml.MappingNode {
		d.fail(root, T("le plan doit être une table de clés (section: …)", "the plan must be a mapping of keys (section: …)"))
		return
	}
	d.pairs(root, "plan", func(key string, k, v *yaml.Node) {
		switch {
		case key == "schema_version":
			d.schema(v)
		case key == "lang":
			d.lang(v)
		case key == "requirements":
			d.requirements(k, v)
		case key == "policy":
			d.policy(v)
		case key == "waivers":
			d.waivers(v)
		case key == "baseline":
			d.baseline(v)
		case key == "conflicts":
			d.conflicts(v)
		case key == "facts":
			d.facts(v)
		case key == "frozen":
			d.frozenPart(v)
		case d.cat.Section(key) != nil:
			d.section(d.cat.Section(key), k, v)
		default:
			d.fail(k, Textf("clé inconnue « %s » au premier niveau", "unknown top-level key %q", key))
		}
	})
	if d.plan.Schema == 0 && len(d.problems) == 0 {
		d.fail(root, Textf("schema_version manquant (%d attendu)", "schema_version is missing (%d expected)", SchemaVersion))
	}
	d.checkFacts()
	if d.plan.Lang == "" {
		d.plan.Lang = FR
	}
	if d.reqKey != nil && d.plan.Schema != 0 && d.plan.Schema < requirementsVersion {
		d.fail(d.reqKey, Textf("la clé requirements demande schema_version: %d au moins", "the requirements key needs schema_version: %d or later", requirementsVersion))
	}
}

// requirements reads the name of the requirement grid file: a relative
// path without line breaks.
func (d *decoder) requirements(k, v *yaml.Node) {
	d.reqKey = k
	name := strings.TrimSpace(d.text(v, "requirements"))
	switch {
	case v.Kind != yaml.ScalarNode:
	case name == "" || strings.ContainsAny(name, "\n\r\x00"):
		d.fail(v, T("requirements : un nom de fichier est attendu", "requirements: a file name is expected"))
	default:
		d.plan.Requirements = name
	}
}

func (d *decoder) schema(v *yaml.Node) {
	n, err := strconv.Atoi(v.Value)
	switch {
	case v.Kind != yaml.ScalarNode || err != nil:
		d.fail(v, T("schema_version : un entier est attendu", "schema_version: an integer is expected"))
	case n < 1:
		d.fail(v, Textf("schema_version %d invalide : les versions commencent à 1", "schema_version %d is invalid: versions start at 1", n))
	case n > SchemaVersion:
		d.fail(v, Textf("schema_version %d non pris en charge : cette version de pas lit les versions 1 à %d ; une version plus récente de pas est nécessaire",
			"schema_version %d is not supported: this version of pas reads versions 1 to %d; a newer pas is needed", n, SchemaVersion))
	default:
		d.plan.Schema = n
	}
}

func (d *decoder) lang(v *yaml.Node) {
	l, ok := ParseLang(v.Value)
	if v.Kind != yaml.ScalarNode || !ok {
		d.fail(v, T("lang : fr ou en", "lang: fr or en"))
		return
	}
	d.plan.Lang = l
}

func (d *decoder) section(s *Section, k, v *yaml.Node) {
	data := d.plan.Edit(s.ID)
	data.Pos = posOf(k)
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		d.empty(v)
		return
	}
	if v.Kind != yaml.MappingNode {
		d.fail(v, Textf("section %s : une table de clés est attendue", "section %s: a mapping is expected", s.ID))
		return
	}
	d.fields(s, data, "", v)
	if data.empty() {
		d.empty(v)
	}
}

// fields decodes the keys of a section mapping, or of a group under it.
func (d *decoder) fields(s *Section, data *SectionData, prefix string, n *yaml.Node) {
	d.pairs(n, s.ID+prefixPath(prefix), func(key string, k, v *yaml.Node) {
		id := prefix + key
		switch {
		case strings.Contains(key, "."):
			d.fail(k, Textf("clé « %s » : écrivez les groupes en tables imbriquées (%s:)", "key %q: write groups as nested mappings (%s:)", key, key[:strings.IndexByte(key, '.')]))
		case d.lib && (prefix == "" && (key == "not_applicable" || key == "notes") || s.Field(id) != nil && !s.Field(id).Shared):
			d.fail(k, Textf("« %s.%s » ne se trouve pas dans une bibliothèque de faits (elle tient les listes partagées : %s)",
				"%q is not part of a facts library (it holds the shared lists: %s)", s.ID+prefixPath(prefix)+"."+key, sharedPaths(d.cat)))
		case prefix == "" && key == "not_applicable":
			data.NA = &NA{Justification: d.text(v, key), Pos: posOf(k)}
		case prefix == "" && key == "notes":
			if data.Notes = cleanLongText(d.text(v, key)); data.Notes == "" {
				d.empty(v)
			}
		case s.Field(id) != nil:
			d.field(s.Field(id), data, k, v)
		case s.hasGroup(id):
			if v.Kind != yaml.MappingNode {
				d.fail(v, Textf("%s.%s : une table de clés est attendue", "%s.%s: a mapping is expected", s.ID, id))
				return
			}
			d.fields(s, data, id+".", v)
			if !data.holds(id + ".") {
				d.empty(v)
			}
		default:
			d.fail(k, Textf("clé inconnue « %s » dans %s%s", "unknown key %q in %s%s", key, s.ID, prefixPath(prefix)))
		}
	})
}

// holds reports whether the section data has a value or a record under a
// group prefix ("logs.").
func (d *SectionData) holds(prefix string) bool {
	for id := range d.Values {
		if strings.HasPrefix(id, prefix) {
			return true
		}
	}
	for id, l := range d.Lists {
		if strings.HasPrefix(id, prefix) && len(l.Records) > 0 {
			return true
		}
	}
	return false
}

func prefixPath(prefix string) string {
	if prefix == "" {
		return ""
	}
	return "." + strings.TrimSuffix(prefix, ".")
}

func (s *Section) hasGroup(id string) bool {
	for _, f := range s.Fields {
		if strings.HasPrefix(f.ID, id+".") {
			return true
		}
	}
	return false
}

func (d *decoder) text(v *yaml.Node, what string) string {
	if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
		d.fail(v, Textf("%s : un texte est attendu", "%s: a text is expected", what))
		return ""
	}
	return v.Value
}

func (d *decoder) field(f *Field, data *SectionData, k, v *yaml.Node) {
	if f.Kind == KList {
		l := d.list(f, v)
		l.Pos = posOf(k)
		if len(l.Records) == 0 {
			d.empty(v)
		}
		if data.Lists == nil {
			data.Lists = map[string]*List{}
		}
		data.Lists[f.ID] = l
		return
	}
	val := d.value(f, v)
	if val == nil {
		d.empty(v)
		return
	}
	if data.Values == nil {
		data.Values = map[string]*Value{}
	}
	data.Values[f.ID] = val
}
