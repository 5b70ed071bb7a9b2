package pas

import (
	"bytes"
	"sync"

	"gopkg.in/yaml.v3"
)

// Modeline is the comment pas writes at the top of a new plan.yaml: it
// points yaml-language-server (VS Code, Neovim, Helix…) at the JSON Schema
// that "pas schema > plan.schema.json" writes beside the plan.
const Modeline = "# yaml-language-server: $schema=plan.schema.json"

// source is the YAML a plan was read from. Its node tree is never changed:
// Marshal copies its comments onto the canonical tree of the plan.
type source struct {
	doc    *yaml.Node
	hollow map[*yaml.Node]bool // value nodes that decoded to nothing
	data   []byte              // the bytes decoded; nil for a new plan

	// base and theirs are set on the source of a merged plan (see
	// mergedSource): the comments their side changed are kept too.
	base, theirs *source

	once      sync.Once
	canonical bool
}

// modelineSource is the source of a new plan: only the modeline, on the
// first key.
func modelineSource() *source {
	key := strNode("schema_version")
	key.HeadComment = Modeline
	root := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{key, intNode(SchemaVersion)}}
	return &source{doc: &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}}
}

// Marshal returns the bytes to save for p, in canonical form: the form
// Encode writes, with the comments of the file p was decoded from kept at
// their nodes. A changed value keeps its head, line and foot comments; a
// new value or record goes to its catalogue position; a value or record
// the plan no longer holds is left out with its comments. A key written
// without a value stays, as a placeholder, when it carries a comment. On
// a file in canonical form, changing one value changes only that value's
// lines. A plan built in memory is written as Encode writes it; one from
// NewPlan starts with the Modeline. Marshal does not change p.
func Marshal(p *Plan) []byte {
	if p.SourceCanonical() {
		return marshalOnce(p)
	}
	return settled(p)
}

// maxRounds bounds the passes settled makes.
const maxRounds = 4

// settled writes a plan read from a file not in canonical form. A YAML
// reader does not always give a comment back to the node it was written
// for (a comment after the last key of a block may go to the block's
// parent, or the other way round), so the text is read and written again
// until it no longer changes: what Marshal writes is a fixed point, and
// "pas fmt" run twice changes nothing the second time.
func settled(p *Plan) []byte {
	out := marshalOnce(p)
	for range maxRounds {
		q, err := Decode(out, "", p.Cat)
		if err != nil {
			return Encode(p) // never reached (see FuzzFormat); the values come first
		}
		again := marshalOnce(q)
		if bytes.Equal(again, out) {
			break
		}
		out = again
	}
	return out
}

// marshalOnce copies the source's comments onto the plan's canonical tree
// and writes it.
func marshalOnce(p *Plan) []byte {
	if p.src == nil {
		return Encode(p)
	}
	doc := encodeDoc(p)
	p.src.keep(p.src.doc, doc)
	if p.src.theirs != nil {
		keepMerged(p, doc)
	}
	out, err := emit(doc)
	if err != nil {
		return Encode(p) // a comment the YAML writer cannot place: the values come first
	}
	return out
}

// SourceCanonical reports whether the YAML p was decoded from is in
// canonical form, the form Marshal and "pas fmt" write. When it is not,
// the first save rewrites the file's layout, not only what was edited,
// and the editor should say so. A plan built in memory reports true.
func (p *Plan) SourceCanonical() bool {
	s := p.src
	if p.needsFreeze() {
		return false // the save that follows the issue pins the plan's facts
	}
	if s == nil || s.data == nil {
		return true
	}
	s.once.Do(func() {
		orig, err := Decode(s.data, "", p.Cat)
		s.canonical = err == nil && bytes.Equal(marshalOnce(orig), s.data)
	})
	return s.canonical
}

// keep copies the comments of old, a node of the source, onto nu, the node
// Encode built for the same place, then does the same for their children.
func (s *source) keep(old, nu *yaml.Node) {
	old = resolve(old)
	if old == nil {
		return
	}
	ow, nw := isWrapperNode(old), isWrapperNode(nu)
	switch {
	case nw && !ow: // a plain value became to confirm or open
		if v := lookup(nu, "value"); v != nil {
			s.keep(old, v)
			return
		}
		addComments(nu, old)
	case ow && !nw: // and back
		addComments(nu, old)
		if v := lookup(old, "value"); v != nil {
			s.keep(v, nu)
		}
	case old.Kind != nu.Kind:
		addComments(nu, old)
	case nu.Kind == yaml.DocumentNode:
		addComments(nu, old)
		if len(old.Content) > 0 && len(nu.Content) > 0 {
			root := resolve(old.Content[0])
			addComments(nu.Content[0], root)
			if root.Kind == yaml.MappingNode && nu.Content[0].Kind == yaml.MappingNode {
				s.mapping(root, nu.Content[0], true)
			}
		}
	case nu.Kind == yaml.MappingNode:
		addComments(nu, old)
		s.mapping(old, nu, false)
	case nu.Kind == yaml.SequenceNode:
		addComments(nu, old)
		s.sequence(old, nu)
	default:
		addComments(nu, old)
	}
}

// mapping matches pairs by key. In the document's root mapping (top), the
// comment above the first key opens the file and stays first, whatever
// key comes first now.
func (s *source) mapping(old, nu *yaml.Node, top bool) {
	at := matchPairs(old, nu)
	for i, j := range at {
		if j < 0 {
			continue
		}
		k, v := nu.Content[2*i], nu.Content[2*i+1]
		addComments(k, keyComments(old.Content[2*j], top && j == 0))
		s.keep(old.Content[2*j+1], v)
		settle(k, v)
	}
	s.keepHollow(old, nu, at, top)
	if top && len(old.Content) > 0 && len(nu.Content) > 0 {
		first := nu.Content[0]
		first.HeadComment = joinComments(resolve(old.Content[0]).HeadComment, first.HeadComment, "\n")
	}
}

// keyComments returns the key node, or a copy without its head comment.
func keyComments(k *yaml.Node, dropHead bool) *yaml.Node {
	k = resolve(k)
	if !dropHead {
		return k
	}
	c := *k
	c.HeadComment = ""
	return &c
}

// settle moves comments to where the YAML writer puts them back in the
// same place: a comment above or below a single value belongs to its key,
// the comment at the end of the line to the value, except for a nested
// block, where it follows the key.
func settle(k, v *yaml.Node) {
	k.HeadComment = joinComments(k.HeadComment, v.HeadComment, "\n")
	v.HeadComment = ""
	if (v.Kind == yaml.MappingNode || v.Kind == yaml.SequenceNode) && v.Style&yaml.FlowStyle == 0 {
		k.LineComment = joinComments(k.LineComment, v.LineComment, " ")
		v.LineComment = ""
		return
	}
	v.LineComment = joinComments(k.LineComment, v.LineComment, " ")
	k.LineComment = ""
	k.FootComment = joinComments(k.FootComment, v.FootComment, "\n")
	v.FootComment = ""
}

// sequence matches items: records by id, waivers by rule and item, plain
// items by value (by position when values were rewritten, as "Allemagne"
// becomes DE).
func (s *source) sequence(old, nu *yaml.Node) {
	for i, j := range matchItems(old, nu) {
		if j >= 0 {
			item := nu.Content[i]
			s.keep(old.Content[j], item)
			settleItem(item)
		}
	}
}

// settleItem puts the comment at the end of a record's line, as in
// "- {id: a, …} # us", after its first value ("- id: a # us").
func settleItem(item *yaml.Node) {
	if item.Kind != yaml.MappingNode || item.Style&yaml.FlowStyle != 0 || item.LineComment == "" {
		return
	}
	if len(item.Content) >= 2 && item.Content[1].Kind == yaml.ScalarNode {
		first := item.Content[1]
		first.LineComment = joinComments(first.LineComment, item.LineComment, " ")
	} else {
		item.HeadComment = joinComments(item.HeadComment, item.LineComment, "\n")
	}
	item.LineComment = ""
}
