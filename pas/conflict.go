package pas

import (
	"bytes"
	"strings"

	"gopkg.in/yaml.v3"
)

// Conflict is something both sides of a merge changed differently (pas
// merge): a value, a RACI cell, a record deleted on one side and changed
// on the other, notes, a not-applicable mark, a waiver. The merged plan
// keeps our side and lists the conflict with the three versions, so that
// it stays loadable; the conflicts are internal, never in the client's
// document, and checks report each one as an error until it is resolved.
type Conflict struct {
	Path               string     // "continuity.bcp.rpo", "datacenter.sites[dc-2]", "raci.activities[a1].assign[cli]", "exit.notes"…
	Base, Ours, Theirs *yaml.Node // each side's YAML; nil when that side has nothing there
	Pos                Pos
}

// Side returns a conflict's version as one line of YAML ("4h", "{id: dc-2,
// name: Lyon}"), "" when that side has nothing there.
func Side(n *yaml.Node) string {
	if n == nil {
		return ""
	}
	flow := cloneNode(n)
	flowStyle(flow)
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(flow); err != nil {
		return n.Value
	}
	_ = enc.Close()
	return strings.TrimSpace(buf.String())
}

// SideText returns a conflict's version as a reader reads it: a text as
// it is, without quotes or escapes; anything else as Side writes it. ""
// when that side has nothing there.
func SideText(n *yaml.Node) string {
	if n != nil && n.Kind == yaml.ScalarNode {
		return n.Value
	}
	return Side(n)
}

func flowStyle(n *yaml.Node) {
	switch n.Kind {
	case yaml.MappingNode, yaml.SequenceNode:
		n.Style = yaml.FlowStyle
	case yaml.ScalarNode:
		if n.Style == yaml.LiteralStyle || n.Style == yaml.FoldedStyle {
			n.Style = yaml.DoubleQuotedStyle
		}
	}
	for _, c := range n.Content {
		flowStyle(c)
	}
}

// cloneNode copies a node tree, resolving aliases and dropping positions
// and comments, so that what a plan holds never shares nodes with a parser.
func cloneNode(n *yaml.Node) *yaml.Node {
	if n == nil {
		return nil
	}
	n = resolve(n)
	c := &yaml.Node{Kind: n.Kind, Style: n.Style &^ yaml.TaggedStyle, Tag: n.ShortTag(), Value: n.Value}
	if c.Kind == yaml.DocumentNode && len(n.Content) == 1 {
		return cloneNode(n.Content[0])
	}
	for _, x := range n.Content {
		c.Content = append(c.Content, cloneNode(x))
	}
	return c
}

// conflicts decodes the conflicts part: a list of {path, base, ours,
// theirs}, each version any YAML.
func (d *decoder) conflicts(n *yaml.Node) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.fail(n, T("conflicts : une liste est attendue", "conflicts: a list is expected"))
		return
	}
	for _, item := range n.Content {
		item = resolve(item)
		if item.Kind != yaml.MappingNode {
			d.fail(item, T("conflicts : chaque conflit est une table {path, base, ours, theirs}", "conflicts: each conflict is a mapping {path, base, ours, theirs}"))
			continue
		}
		c := &Conflict{Pos: posOf(item)}
		d.pairs(item, "conflicts", func(key string, k, v *yaml.Node) {
			switch key {
			case "path":
				c.Path = strings.TrimSpace(d.text(v, "conflicts.path"))
			case "base":
				c.Base = cloneNode(v)
			case "ours":
				c.Ours = cloneNode(v)
			case "theirs":
				c.Theirs = cloneNode(v)
			default:
				d.fail(k, Textf("clé inconnue « %s » dans conflicts (path, base, ours, theirs)", "unknown key %q in conflicts (path, base, ours, theirs)", key))
			}
		})
		if c.Path == "" {
			d.fail(item, T("conflicts : path est obligatoire", "conflicts: path is required"))
		}
		d.plan.Conflicts = append(d.plan.Conflicts, c)
	}
}

func encodeConflict(c *Conflict) *yaml.Node {
	m := mapping()
	addPair(m, "path", strNode(c.Path))
	for _, side := range []struct {
		key  string
		node *yaml.Node
	}{{"base", c.Base}, {"ours", c.Ours}, {"theirs", c.Theirs}} {
		if side.node != nil {
			addPair(m, side.key, cloneNode(side.node))
		}
	}
	return m
}

func conflictsSchema() obj {
	return obj{"type": "array",
		"description": "Changes both sides of a merge made differently (pas merge): our side is kept in the plan; each conflict gives the path and the base, our and their versions (a missing one: that side has nothing there). Internal: never in the client's document.",
		"items": obj{"type": "object", "additionalProperties": false, "required": []any{"path"},
			"properties": obj{
				"path": obj{"type": "string"}, "base": obj{}, "ours": obj{}, "theirs": obj{},
			}}}
}

// Versions describes a conflict's three versions, as one line of YAML
// each: "ours: 4h; theirs: 8h; base: 24h".
func (c *Conflict) Versions() Text {
	side := func(n *yaml.Node) Text {
		if n == nil {
			return T("(rien)", "(nothing)")
		}
		s := Side(n)
		return T(s, s)
	}
	return Textf("notre version : %s ; leur version : %s ; version commune : %s", "ours: %s; theirs: %s; base: %s",
		side(c.Ours), side(c.Theirs), side(c.Base))
}
