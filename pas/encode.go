package pas

import (
	"bytes"
	"strings"

	"gopkg.in/yaml.v3"
)

// Encode writes the plan as plan.yaml, deterministically: catalogue order
// for sections and fields, id first in records, canonical values, two-space
// indentation, LF line ends and a final newline. Unset values are omitted.
// Decoding what Encode wrote and encoding it again gives the same bytes.
// Encode writes no comment; Marshal, which every save uses, keeps those of
// the file the plan was read from.
func Encode(p *Plan) []byte {
	out, err := emit(encodeDoc(p))
	if err != nil {
		panic("pas: encoding a plan cannot fail: " + err.Error()) // values are built here, never from input
	}
	return out
}

// encodeDoc builds the canonical node tree of the plan.
func encodeDoc(p *Plan) *yaml.Node {
	root := mapping()
	addPair(root, "schema_version", intNode(p.FormatVersion()))
	addPair(root, "lang", strNode(string(p.langOrFR())))
	if p.Requirements != "" {
		addPair(root, "requirements", strNode(p.Requirements))
	}
	if p.Baseline != nil {
		addPair(root, "baseline", encodeBaseline(p.Baseline))
	}
	if p.Facts != nil {
		addPair(root, "facts", strNode(p.Facts.Path))
	}
	for _, s := range p.Cat.Sections {
		if d := p.Sections[s.ID]; d != nil && !d.empty() {
			addPair(root, s.ID, encodeSection(p, s, d))
		}
	}
	if pol := encodePolicy(p); len(pol.Content) > 0 {
		addPair(root, "policy", pol)
	}
	if len(p.Waivers) > 0 {
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for _, w := range p.Waivers {
			seq.Content = append(seq.Content, encodeWaiver(w))
		}
		addPair(root, "waivers", seq)
	}
	if len(p.Conflicts) > 0 {
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for _, c := range p.Conflicts {
			seq.Content = append(seq.Content, encodeConflict(c))
		}
		addPair(root, "conflicts", seq)
	}
	if fz := p.frozenPart(); fz != nil {
		addPair(root, "frozen", encodeFrozen(p, fz))
	}
	return &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}
}

// emit writes a node tree with two-space indentation.
func emit(doc *yaml.Node) ([]byte, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (p *Plan) langOrFR() Lang {
	if p.Lang == "" {
		return FR
	}
	return p.Lang
}

func (d *SectionData) empty() bool {
	if d.NA != nil || d.Notes != "" {
		return false
	}
	for _, v := range d.Values {
		if !v.Missing() {
			return false
		}
	}
	for _, l := range d.Lists {
		if len(l.Records) > 0 {
			return false
		}
	}
	return true
}

func encodeSection(p *Plan, s *Section, d *SectionData) *yaml.Node {
	m := mapping()
	if d.NA != nil {
		addPair(m, "not_applicable", textNode(d.NA.Justification))
	}
	groups := map[string]*yaml.Node{"": m}
	for _, f := range s.Fields {
		var node *yaml.Node
		if f.Kind == KList {
			if l := d.Lists[f.ID]; l != nil && len(l.Records) > 0 {
				node = encodeList(p, f, l)
			}
		} else if v := d.Values[f.ID]; !v.Missing() {
			node = encodeValue(p, f, v)
		}
		if node != nil {
			addPair(groupNode(groups, f.Group()), f.Key(), node)
		}
	}
	if d.Notes != "" {
		addPair(m, "notes", textNode(d.Notes))
	}
	return m
}

// groupNode returns the mapping of a (possibly nested) group, creating it
// and its parents in order of first use.
func groupNode(groups map[string]*yaml.Node, id string) *yaml.Node {
	if n := groups[id]; n != nil {
		return n
	}
	parent := groupNode(groups, groupOf(id))
	n := mapping()
	addPair(parent, id[strings.LastIndexByte(id, '.')+1:], n)
	groups[id] = n
	return n
}

func encodeList(p *Plan, f *Field, l *List) *yaml.Node {
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	for _, r := range l.Records {
		if r.FromLibrary() {
			seq.Content = append(seq.Content, encodeUseRecord(p, f, r))
			continue
		}
		m := mapping()
		if r.renamed { // where Marshal finds its comments under the id it had (the writer ignores it)
			m.Line, m.Column = r.Pos.Line, r.Pos.Col
		}
		addPair(m, "id", strNode(r.ID))
		for _, rf := range f.Fields {
			if v := r.Values[rf.ID]; !v.Missing() {
				addPair(m, rf.ID, encodeValue(p, rf, v))
			}
		}
		seq.Content = append(seq.Content, m)
	}
	return seq
}

func encodeValue(p *Plan, f *Field, v *Value) *yaml.Node {
	if v.Use != "" {
		return encodeTextUse(p, f, v)
	}
	if v.State == Committed {
		return encodeScalar(p, f, v)
	}
	m := mapping()
	if v.Has {
		addPair(m, "value", encodeScalar(p, f, v))
	}
	addPending(m, v)
	return m
}

// addPending adds a pending value's state, question, owner, due date and
// for_client mark to its mapping.
func addPending(m *yaml.Node, v *Value) {
	addPair(m, "state", strNode(v.State.String()))
	if v.Question != "" {
		addPair(m, "question", textNode(v.Question))
	}
	if v.Owner != "" {
		addPair(m, "owner", textNode(v.Owner))
	}
	if !v.Due.IsZero() {
		addPair(m, "due", dateNode(v.Due))
	}
	if v.ForClient {
		addPair(m, "for_client", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
	}
}

func encodeScalar(p *Plan, f *Field, v *Value) *yaml.Node {
	switch f.Kind {
	case KSet, KCountries, KRefs:
		seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, s := range v.List {
			seq.Content = append(seq.Content, strNode(s))
		}
		return seq
	case KRACI:
		m := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
		for _, k := range raciOrder(p, f, v.RACI) {
			addPair(m, k, strNode(v.RACI[k]))
		}
		return m
	case KBool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: map[bool]string{true: "true", false: "false"}[v.Bool]}
	case KInt, KNumber, KPercent:
		return numberNode(v.Num)
	case KDuration:
		return strNode(v.Dur.String())
	case KDate:
		return dateNode(v.Date)
	case KText, KLongText:
		return textNode(v.Str)
	}
	return strNode(v.Str)
}

// raciOrder lists the parties of a RACI cell map in the order of the
// party list, then any unknown ids in alphabetical order.
func raciOrder(p *Plan, f *Field, m map[string]string) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range p.Records(p.Cat.Field(f.Ref)) {
		if _, ok := m[r.ID]; ok && !seen[r.ID] {
			out, seen[r.ID] = append(out, r.ID), true
		}
	}
	for _, k := range sortedKeys(m) {
		if !seen[k] {
			out = append(out, k)
		}
	}
	return out
}

func encodePolicy(p *Plan) *yaml.Node {
	m := mapping()
	for _, f := range p.Cat.Policy {
		if v := p.Policy[f.ID]; v.IsSet() {
			addPair(m, f.ID, encodeScalar(p, f, v))
		}
	}
	return m
}

func encodeWaiver(w *Waiver) *yaml.Node {
	m := mapping()
	addPair(m, "rule", strNode(w.Rule))
	if w.Item != "" {
		addPair(m, "item", strNode(w.Item))
	}
	addPair(m, "reason", textNode(w.Reason))
	addPair(m, "approver", textNode(w.Approver))
	addPair(m, "date", dateNode(w.Date))
	if !w.Expires.IsZero() {
		addPair(m, "expires", dateNode(w.Expires))
	}
	return m
}

func mapping() *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode} }

func addPair(m *yaml.Node, key string, v *yaml.Node) {
	m.Content = append(m.Content, strNode(key), v)
}

func strNode(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
}

// textNode writes free text; several lines become a literal block.
func textNode(s string) *yaml.Node {
	n := strNode(s)
	if strings.Contains(s, "\n") {
		n.Style = yaml.LiteralStyle
	}
	return n
}

func intNode(i int) *yaml.Node { return numberNode(float64(i)) }

func numberNode(v float64) *yaml.Node {
	s := canonicalNumber(v)
	tag := "!!float"
	if !strings.Contains(s, ".") {
		tag = "!!int"
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: s}
}

func dateNode(d Date) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: d.String()}
}
