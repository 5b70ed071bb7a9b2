package pas

import (
	"strings"

	"gopkg.in/yaml.v3"
)

// Take names the version that resolves a merge conflict.
type Take uint8

// Versions of a conflict.
const (
	TakeOurs Take = iota + 1
	TakeTheirs
	TakeBase
)

// Resolve applies one version of a conflict to the plan, as the YAML of
// that version says (a version with nothing there removes the value, the
// record, the mark or the waiver), then removes the conflict. The version
// is decoded as strictly as a plan is: a version that would not load is a
// *LoadError and nothing changes. The editor calls it for "take ours",
// "take theirs"; after an edit by hand, RemoveConflict drops the entry.
func (p *Plan) Resolve(c *Conflict, take Take) error {
	return p.resolveNode(c, map[Take]*yaml.Node{TakeOurs: c.Ours, TakeTheirs: c.Theirs, TakeBase: c.Base}[take])
}

// ResolveYAML resolves a conflict with a version written by hand: one YAML
// value in the form of the conflict's versions (Side: "6h", "RA", "{id:
// dc-2, name: Lyon, country: FR}"); an empty text puts nothing there (the
// value, the record, the mark or the waiver goes). It is read and decoded
// as strictly as a plan: a text that would not load is a *LoadError and
// nothing changes; otherwise the conflict is removed.
func (p *Plan) ResolveYAML(c *Conflict, text string) error {
	var node *yaml.Node
	if strings.TrimSpace(text) != "" {
		root, err := ParseYAML([]byte(text), c.Path)
		if err != nil {
			return err
		}
		node = cloneNode(root)
		if node.Kind == yaml.DocumentNode { // a document holding nothing
			node = nil
		}
	}
	return p.resolveNode(c, node)
}

// ResolveString resolves a conflict whose versions are texts (notes, a
// not-applicable justification) with a text typed by hand, as it reads;
// an empty text puts nothing there. The conflict is then removed.
func (p *Plan) ResolveString(c *Conflict, s string) error {
	var node *yaml.Node
	if strings.TrimSpace(s) != "" {
		node = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	}
	return p.resolveNode(c, node)
}

// resolveNode applies a version of a conflict (nil: nothing there) to a
// copy of the plan, then, when it decodes, to the plan, and removes the
// conflict.
func (p *Plan) resolveNode(c *Conflict, node *yaml.Node) error {
	trial := p.Clone()
	d := &decoder{file: c.Path, cat: p.Cat, plan: trial}
	if !d.apply(c.Path, node) {
		d.fail(&yaml.Node{}, Textf("chemin de conflit inconnu « %s »", "unknown conflict path %q", c.Path))
	}
	if len(d.problems) > 0 {
		return &LoadError{File: c.Path, Problems: d.problems}
	}
	*p = *trial
	p.RemoveConflict(c.Path)
	return nil
}

// RemoveConflict drops the conflict at path, once resolved by hand.
func (p *Plan) RemoveConflict(path string) {
	kept := p.Conflicts[:0]
	for _, x := range p.Conflicts {
		if x.Path != path {
			kept = append(kept, x)
		}
	}
	p.Conflicts = kept
}

// apply sets what the path names to the node (nil: nothing there); false
// when the path names nothing of the catalogue.
func (d *decoder) apply(path string, n *yaml.Node) bool {
	p := d.plan
	switch {
	case path == "lang":
		p.Lang = ""
		if n != nil {
			d.lang(n)
		}
		return true
	case path == "baseline":
		p.Baseline = nil
		if n != nil {
			d.baseline(n)
		}
		return true
	case path == "requirements":
		p.Requirements = ""
		if n != nil {
			d.requirements(&yaml.Node{}, n)
		}
		return true
	case path == "facts" || path == "frozen":
		d.applyFacts(path, n)
		return true
	case strings.HasPrefix(path, "waivers["):
		return d.applyWaiver(strings.TrimSuffix(strings.TrimPrefix(path, "waivers["), "]"), n)
	case strings.HasPrefix(path, "policy."):
		f := p.Cat.PolicyField(strings.TrimPrefix(path, "policy."))
		if f == nil {
			return false
		}
		delete(p.Policy, f.ID)
		if v := d.nodeValue(f, n); v != nil {
			p.Policy[f.ID] = v
		}
		return true
	}
	section, rest, _ := strings.Cut(path, ".")
	s := p.Cat.Section(section)
	if s == nil {
		return false
	}
	data := p.Edit(s.ID)
	switch rest {
	case "notes":
		data.Notes = ""
		if n != nil {
			data.Notes = cleanLongText(d.text(n, path))
		}
		return true
	case "not_applicable":
		data.NA = nil
		if n != nil {
			data.NA = &NA{Justification: d.text(n, path)}
		}
		return true
	}
	if i := strings.IndexByte(rest, '['); i >= 0 {
		return d.applyRecord(p.Cat.Field(s.ID+"."+rest[:i]), rest[i+1:], n)
	}
	f := s.Field(rest)
	if f == nil || f.Kind == KList {
		return false
	}
	p.Set(f, d.nodeValue(f, n))
	return true
}

func (d *decoder) nodeValue(f *Field, n *yaml.Node) *Value {
	if n == nil {
		return nil
	}
	return d.value(f, n)
}

// applyRecord handles "id]", "id].field" and "id].field[party]" under a list.
func (d *decoder) applyRecord(list *Field, rest string, n *yaml.Node) bool {
	id, tail, ok := strings.Cut(rest, "]")
	if list == nil || list.Kind != KList || !ok {
		return false
	}
	l := d.plan.ListOf(list)
	at := -1
	for i, r := range l.Records {
		if r.ID == id {
			at = i
		}
	}
	if tail == "" { // the whole record
		var r *Record
		if n != nil {
			if n.Kind != yaml.MappingNode {
				d.fail(n, Textf("%s : un élément est une table de clés", "%s: a record is a mapping", list.Path))
				return true
			}
			r = d.record(list, n, map[string]bool{})
		}
		switch {
		case at >= 0 && r != nil:
			l.Records[at] = r
		case at >= 0:
			l.Records = append(l.Records[:at], l.Records[at+1:]...)
		case r != nil:
			l.Records = append(l.Records, r)
		}
		return true
	}
	field, party, _ := strings.Cut(strings.TrimPrefix(tail, "."), "[")
	rf := list.RecordField(field)
	if rf == nil || at < 0 {
		return false
	}
	r := l.Records[at]
	if party == "" {
		r.Set(rf, d.nodeValue(rf, n))
		return true
	}
	party = strings.TrimSuffix(party, "]")
	v := r.Get(rf).Clone()
	if rf.Kind != KRACI || v == nil {
		return false
	}
	if v.RACI == nil {
		v.RACI = map[string]string{}
	}
	delete(v.RACI, party)
	if n != nil {
		letters, err := ParseRACI(n.Value)
		if err != nil || n.Kind != yaml.ScalarNode {
			d.fail(n, Textf("lettres RACI invalides pour %s : R, A, C, I", "invalid RACI letters for %s: R, A, C, I", party))
		} else if letters != "" {
			v.RACI[party] = letters
		}
	}
	v.Has = len(v.RACI) > 0
	if v.Missing() {
		v = nil
	}
	r.Set(rf, v)
	return true
}

// applyWaiver replaces, adds or removes the waiver "RULE" or "RULE item".
func (d *decoder) applyWaiver(key string, n *yaml.Node) bool {
	rule, item, _ := strings.Cut(key, " ")
	p := d.plan
	at := -1
	for i, w := range p.Waivers {
		if w.Rule == rule && w.Item == item {
			at = i
		}
	}
	var w *Waiver
	if n != nil {
		if n.Kind != yaml.MappingNode {
			d.fail(n, T("waivers : chaque dérogation est une table de clés", "waivers: each waiver is a mapping"))
			return true
		}
		w = d.waiver(n)
	}
	switch {
	case at >= 0 && w != nil:
		p.Waivers[at] = w
	case at >= 0:
		p.Waivers = append(p.Waivers[:at], p.Waivers[at+1:]...)
	case w != nil:
		p.Waivers = append(p.Waivers, w)
	}
	return true
}

// applyFacts sets the library the plan names ("facts"), keeping what it
// pinned, or what it pinned ("frozen"), which needs a library.
func (d *decoder) applyFacts(path string, n *yaml.Node) {
	p := d.plan
	var fz *Frozen
	if p.Facts != nil {
		fz = p.Facts.Frozen
	}
	if path == "frozen" {
		fz = nil
		if n != nil {
			d.frozenPart(n)
			fz = d.frozen
		}
		if fz != nil && p.Facts == nil {
			d.fail(n, T("frozen : ces valeurs figées viennent d'une bibliothèque de faits que le plan ne nomme pas (facts: CHEMIN)",
				"frozen: these pinned values come from a facts library the plan does not name (facts: PATH)"))
		} else if p.Facts != nil {
			c := *p.Facts
			c.Frozen = fz
			p.Facts = &c
		}
		return
	}
	switch {
	case n == nil:
		p.Facts = nil
		if len(p.FactsUses()) > 0 {
			d.fail(&yaml.Node{}, T("facts : le plan reprend des éléments de la bibliothèque de faits, il doit la nommer",
				"facts: the plan takes items from the facts library, it must name it"))
		}
	case p.Facts != nil && n.Kind == yaml.ScalarNode && strings.TrimSpace(n.Value) == p.Facts.Path:
	default:
		d.facts(n)
		if p.Facts != nil {
			p.Facts.Frozen = fz
		}
	}
}
