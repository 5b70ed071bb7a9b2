package pas

import "gopkg.in/yaml.v3"

// mergedSource is the source of a merged plan: our file, whose comments it
// keeps, and the base and their file, whose comment changes it takes.
func mergedSource(base, ours, theirs *source) *source {
	if ours == nil || theirs == nil {
		return ours
	}
	return &source{doc: ours.doc, hollow: ours.hollow, data: ours.data, base: base, theirs: theirs}
}

// keepMerged gives doc, the canonical tree of a merged plan that already
// holds our comments, the comments their side added or changed since the
// base, each head, line and foot comment merged three ways: a comment
// changed on one side only takes that side's text, one changed on both
// sides keeps both texts, so that no hand-written comment is lost.
func keepMerged(p *Plan, doc *yaml.Node) {
	s := p.src
	theirs := encodeDoc(p)
	s.theirs.keep(s.theirs.doc, theirs)
	base := encodeDoc(p)
	if s.base != nil {
		s.base.keep(s.base.doc, base)
	}
	mergeComments(base, doc, theirs)
}

// mergeComments merges the comments of t into o, node by node, where the
// two trees have the same shape; b, the base's tree, may be nil where it
// has no such node.
func mergeComments(b, o, t *yaml.Node) {
	if o == nil || t == nil || o.Kind != t.Kind {
		return
	}
	var bh, bl, bf string
	if b != nil && b.Kind == o.Kind {
		bh, bl, bf = b.HeadComment, b.LineComment, b.FootComment
	} else {
		b = nil
	}
	o.HeadComment = merge3Comment(bh, o.HeadComment, t.HeadComment, "\n")
	o.LineComment = merge3Comment(bl, o.LineComment, t.LineComment, " ")
	o.FootComment = merge3Comment(bf, o.FootComment, t.FootComment, "\n")
	switch o.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(o.Content); i += 2 {
			key := o.Content[i].Value
			tk, tv := pairOf(t, key)
			if tk == nil {
				continue
			}
			bk, bv := pairOf(b, key)
			mergeComments(bk, o.Content[i], tk)
			mergeComments(bv, o.Content[i+1], tv)
		}
	case yaml.SequenceNode, yaml.DocumentNode:
		if len(o.Content) != len(t.Content) {
			return
		}
		for i := range o.Content {
			var bc *yaml.Node
			if b != nil && len(b.Content) == len(o.Content) {
				bc = b.Content[i]
			}
			mergeComments(bc, o.Content[i], t.Content[i])
		}
	}
}

// pairOf returns the key and value nodes of key in mapping m, or nils.
func pairOf(m *yaml.Node, key string) (*yaml.Node, *yaml.Node) {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil, nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i], m.Content[i+1]
		}
	}
	return nil, nil
}

// merge3Comment merges one comment three ways; changed differently on
// both sides, both texts are kept, ours first.
func merge3Comment(b, o, t, sep string) string {
	switch {
	case o == t || t == b:
		return o
	case o == b:
		return t
	}
	return joinComments(o, t, sep)
}
