package grid

import (
	"bytes"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/pas-editor/pas/pas"
	"gopkg.in/yaml.v3"
)

// Encode writes the grid file deterministically: source first, then the
// requirements in the buyer's order, each with its keys in a fixed order;
// empty values are left out. Decoding what Encode wrote and encoding it
// again gives the same bytes.
func Encode(g *Grid) []byte {
	root := mapping()
	add(root, "schema_version", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(pas.SchemaVersion)})
	add(root, "source", encodeSource(&g.Source))
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	for _, r := range g.Requirements {
		seq.Content = append(seq.Content, encodeRequirement(r))
	}
	add(root, "requirements", seq)
	var buf bytes.Buffer
	buf.WriteString("# Exigences de l'acheteur et réponses (pas grid) / Buyer's requirements and answers (pas grid)\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		panic("grid: encoding built nodes cannot fail: " + err.Error())
	}
	_ = enc.Close()
	return buf.Bytes()
}

func encodeSource(s *Source) *yaml.Node {
	m := mapping()
	addStr(m, "file", s.File)
	addStr(m, "sha256", s.SHA256)
	addStr(m, "format", s.Format)
	addStr(m, "sheet", s.Sheet)
	addInt(m, "header_row", s.HeaderRow)
	cols := flow(mapping())
	for _, c := range columnKeys {
		addStr(cols, c.key, *c.get(&s.Columns))
	}
	add(m, "columns", cols)
	addStr(m, "separator", s.Separator)
	addStr(m, "encoding", s.Encoding)
	if len(s.Statuses) > 0 {
		st := mapping()
		for _, a := range Answers {
			addStr(st, string(a), s.Statuses[a])
		}
		add(m, "statuses", st)
	}
	if len(s.Minimum) > 0 {
		add(m, "minimum", strList(s.Minimum))
	}
	addInt(m, "comment_max", s.CommentMax)
	return m
}

// columnKeys names the columns in the grid file, in order.
var columnKeys = []struct {
	key string
	get func(*Columns) *string
}{
	{"id", func(c *Columns) *string { return &c.ID }},
	{"text", func(c *Columns) *string { return &c.Text }},
	{"priority", func(c *Columns) *string { return &c.Priority }},
	{"status", func(c *Columns) *string { return &c.Status }},
	{"comment", func(c *Columns) *string { return &c.Comment }},
	{"ref", func(c *Columns) *string { return &c.Ref }},
}

func encodeRequirement(r *Requirement) *yaml.Node {
	m := mapping()
	addStr(m, "id", r.ID)
	addInt(m, "row", r.Row)
	addStr(m, "category", r.Category)
	addStr(m, "text", r.Text)
	addStr(m, "priority", r.Priority)
	if len(r.Proposed) > 0 {
		add(m, "proposed", strList(r.Proposed))
	}
	if len(r.Map) > 0 {
		add(m, "map", strList(r.Map))
	}
	addStr(m, "status", string(r.Status))
	addStr(m, "comment", r.Comment)
	return m
}

func mapping() *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode} }

func flow(n *yaml.Node) *yaml.Node { n.Style = yaml.FlowStyle; return n }

func add(m *yaml.Node, key string, v *yaml.Node) {
	m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}, v)
}

func addStr(m *yaml.Node, key, v string) {
	if v == "" {
		return
	}
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v}
	if strings.Contains(v, "\n") {
		n.Style = yaml.LiteralStyle
	}
	add(m, key, n)
}

func addInt(m *yaml.Node, key string, v int) {
	if v != 0 {
		add(m, key, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(v)})
	}
}

func strList(items []string) *yaml.Node {
	seq := flow(&yaml.Node{Kind: yaml.SequenceNode})
	for _, s := range items {
		seq.Content = append(seq.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s})
	}
	return seq
}

// FilePath returns the grid file a plan names (relative to the plan's
// folder), or the one it would name: PLAN.grid.yaml beside plan.yaml.
func FilePath(planPath string, p *pas.Plan) string {
	if p.Requirements != "" {
		return filepath.Join(filepath.Dir(planPath), filepath.FromSlash(p.Requirements))
	}
	base := strings.TrimSuffix(filepath.Base(planPath), filepath.Ext(planPath))
	return filepath.Join(filepath.Dir(planPath), base+".grid.yaml")
}

// MaxFileSize bounds what pas reads of a grid file or a buyer's workbook:
// a 10,000-requirement grid takes a few megabytes.
const MaxFileSize = 64 << 20

// Load reads and decodes a grid file. See Decode.
func Load(path string, cat *pas.Catalogue) (*Grid, error) {
	data, err := pas.ReadRegularFile(path, MaxFileSize)
	if err != nil {
		return nil, err
	}
	return Decode(data, path, cat)
}

// Decode reads a grid file strictly: an unknown key, a wrong type, an
// unknown status, chapter or field, or a duplicate requirement id is a
// *pas.LoadError naming file, line and column.
func Decode(data []byte, file string, cat *pas.Catalogue) (*Grid, error) {
	d := &decoder{file: file, cat: cat, g: &Grid{}}
	doc, err := pas.ParseYAML(data, file)
	if err != nil {
		return nil, err
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, &pas.LoadError{File: file, Problems: []pas.Problem{{Pos: pas.Pos{Line: 1, Col: 1}, Msg: pas.T("une table de clés est attendue (source, requirements)", "a mapping is expected (source, requirements)")}}}
	}
	d.top(doc.Content[0])
	if len(d.problems) > 0 {
		return nil, &pas.LoadError{File: file, Problems: d.problems}
	}
	return d.g, nil
}

type decoder struct {
	file     string
	cat      *pas.Catalogue
	g        *Grid
	problems []pas.Problem
}

func (d *decoder) fail(n *yaml.Node, msg pas.Text) {
	if len(d.problems) < 20 {
		d.problems = append(d.problems, pas.Problem{Pos: pas.Pos{Line: n.Line, Col: n.Column}, Msg: msg})
	}
}

// pairs iterates a mapping, reporting duplicate, unknown and non-scalar keys.
func (d *decoder) pairs(n *yaml.Node, where string, known map[string]func(k, v *yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		d.fail(n, pas.Textf("%s : une table de clés est attendue", "%s: a mapping is expected", where))
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		fn := known[k.Value]
		switch {
		case k.Kind != yaml.ScalarNode || fn == nil:
			d.fail(k, pas.Textf("clé inconnue « %s » dans %s", "unknown key %q in %s", k.Value, where))
		case seen[k.Value]:
			d.fail(k, pas.Textf("clé « %s » en double dans %s", "duplicate key %q in %s", k.Value, where))
		default:
			seen[k.Value] = true
			fn(k, v)
		}
	}
}

func (d *decoder) top(n *yaml.Node) {
	var version *yaml.Node
	d.pairs(n, "grid", map[string]func(k, v *yaml.Node){
		"schema_version": func(_, v *yaml.Node) { version = v },
		"source":         func(_, v *yaml.Node) { d.source(v) },
		"requirements":   func(_, v *yaml.Node) { d.requirements(v) },
	})
	if version == nil {
		d.fail(n, pas.Textf("schema_version manquant (%d attendu)", "schema_version is missing (%d expected)", pas.SchemaVersion))
		return
	}
	if v, err := strconv.Atoi(version.Value); err != nil || v < 2 || v > pas.SchemaVersion {
		d.fail(version, pas.Textf("schema_version %s non pris en charge : cette version de pas lit les versions 2 à %d",
			"schema_version %s is not supported: this version of pas reads versions 2 to %d", version.Value, pas.SchemaVersion))
	}
}

func (d *decoder) str(v *yaml.Node, where string) string {
	if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
		d.fail(v, pas.Textf("%s : un texte est attendu", "%s: a text is expected", where))
		return ""
	}
	return v.Value
}

func (d *decoder) int(v *yaml.Node, where string) int {
	n, err := strconv.Atoi(v.Value)
	if v.Kind != yaml.ScalarNode || err != nil || n < 0 {
		d.fail(v, pas.Textf("%s : un entier positif est attendu", "%s: a positive whole number is expected", where))
	}
	return n
}

func (d *decoder) strs(v *yaml.Node, where string) []string {
	if v.Kind != yaml.SequenceNode {
		d.fail(v, pas.Textf("%s : une liste est attendue", "%s: a list is expected", where))
		return nil
	}
	var out []string
	for _, item := range v.Content {
		out = append(out, d.str(item, where))
	}
	return out
}

// text decodes a string value into dst.
func (d *decoder) text(dst *string, where string) func(k, v *yaml.Node) {
	return func(_, v *yaml.Node) { *dst = d.str(v, where) }
}

func (d *decoder) source(n *yaml.Node) {
	s := &d.g.Source
	d.pairs(n, "source", map[string]func(k, v *yaml.Node){
		"file":        d.text(&s.File, "source.file"),
		"sha256":      d.text(&s.SHA256, "source.sha256"),
		"format":      d.text(&s.Format, "source.format"),
		"sheet":       d.text(&s.Sheet, "source.sheet"),
		"separator":   d.text(&s.Separator, "source.separator"),
		"encoding":    d.text(&s.Encoding, "source.encoding"),
		"header_row":  func(_, v *yaml.Node) { s.HeaderRow = d.int(v, "source.header_row") },
		"comment_max": func(_, v *yaml.Node) { s.CommentMax = d.int(v, "source.comment_max") },
		"minimum":     func(_, v *yaml.Node) { s.Minimum = d.strs(v, "source.minimum") },
		"columns":     func(_, v *yaml.Node) { d.columns(v) },
		"statuses":    func(_, v *yaml.Node) { d.statuses(v) },
	})
	if s.File == "" || s.Format == "" || s.Columns.ID == "" || s.Columns.Text == "" || s.Columns.Status == "" {
		d.fail(n, pas.T("source : file, format et les colonnes id, text et status sont requis", "source: file, format and the id, text and status columns are required"))
	}
}

func (d *decoder) columns(n *yaml.Node) {
	known := map[string]func(k, v *yaml.Node){}
	for _, c := range columnKeys {
		dst := c.get(&d.g.Source.Columns)
		known[c.key] = func(_, v *yaml.Node) {
			*dst = strings.ToUpper(d.str(v, "source.columns"))
			if !isColumnLetters(*dst) {
				d.fail(v, pas.Textf("source.columns : lettre de colonne invalide « %s »", "source.columns: invalid column letter %q", v.Value))
			}
		}
	}
	d.pairs(n, "source.columns", known)
}

func (d *decoder) statuses(n *yaml.Node) {
	d.g.Source.Statuses = map[Status]string{}
	known := map[string]func(k, v *yaml.Node){}
	for _, a := range Answers {
		a := a
		known[string(a)] = func(_, v *yaml.Node) { d.g.Source.Statuses[a] = d.str(v, "source.statuses") }
	}
	d.pairs(n, "source.statuses", known)
}

func (d *decoder) requirements(n *yaml.Node) {
	if n.Kind != yaml.SequenceNode {
		d.fail(n, pas.T("requirements : une liste est attendue", "requirements: a list is expected"))
		return
	}
	seen := map[string]bool{}
	for _, item := range n.Content {
		r := d.requirement(item)
		switch {
		case r.ID == "":
			d.fail(item, pas.T("exigence sans id", "requirement without an id"))
		case seen[r.ID]:
			d.fail(item, pas.Textf("exigence « %s » en double", "duplicate requirement %q", r.ID))
		default:
			seen[r.ID] = true
			d.g.Requirements = append(d.g.Requirements, r)
		}
	}
}

func (d *decoder) requirement(n *yaml.Node) *Requirement {
	r := &Requirement{Pos: pas.Pos{Line: n.Line, Col: n.Column}}
	d.pairs(n, "requirement", map[string]func(k, v *yaml.Node){
		"id":       d.text(&r.ID, "id"),
		"category": d.text(&r.Category, "category"),
		"text":     d.text(&r.Text, "text"),
		"priority": d.text(&r.Priority, "priority"),
		"comment":  d.text(&r.Comment, "comment"),
		"row":      func(_, v *yaml.Node) { r.Row = d.int(v, "row") },
		"proposed": func(_, v *yaml.Node) { r.Proposed = d.targets(v, "proposed") },
		"map":      func(_, v *yaml.Node) { r.Map = d.targets(v, "map") },
		"status": func(_, v *yaml.Node) {
			st, ok := ParseStatus(d.str(v, "status"))
			if !ok {
				d.fail(v, pas.Textf("status : valeur invalide « %s » ; valeurs permises : compliant, partial, non_compliant, not_applicable",
					"status: invalid value %q; allowed values: compliant, partial, non_compliant, not_applicable", v.Value))
			}
			r.Status = st
		},
	})
	return r
}

// targets reads a mapping: chapter ids or field paths of the catalogue.
func (d *decoder) targets(v *yaml.Node, where string) []string {
	out := d.strs(v, where)
	for i, t := range out {
		if !ValidTarget(d.cat, t) {
			d.fail(v.Content[i], pas.Textf("%s : « %s » n'est ni un chapitre ni un champ du plan", "%s: %q is neither a chapter nor a field of the plan", where, t))
		}
	}
	return out
}

// ValidTarget reports whether t names a chapter or a field of the catalogue.
func ValidTarget(cat *pas.Catalogue, t string) bool {
	return cat.Section(t) != nil || cat.Field(t) != nil
}

// SortTargets orders targets as the catalogue does, chapters before their
// fields, and drops duplicates.
func SortTargets(cat *pas.Catalogue, ts []string) []string {
	key := func(t string) (int, string) {
		sec := t
		if i := strings.IndexByte(t, '.'); i >= 0 {
			sec = t[:i]
		}
		return cat.SectionIndex(sec), t
	}
	out := append([]string(nil), ts...)
	sort.SliceStable(out, func(i, j int) bool {
		a, as := key(out[i])
		b, bs := key(out[j])
		if a != b {
			return a < b
		}
		return as < bs
	})
	n := 0
	for i, t := range out {
		if i == 0 || t != out[n-1] {
			out[n] = t
			n++
		}
	}
	return out[:n]
}
