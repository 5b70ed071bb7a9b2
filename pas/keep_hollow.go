package pas

import "gopkg.in/yaml.v3"

// keepHollow keeps, after the key that preceded it in the source, each key
// of old that held no data but carries a comment (a placeholder such as
// "mfa: # ask the client"). A key whose value the plan dropped goes with
// its comments.
func (s *source) keepHollow(old, nu *yaml.Node, at []int, top bool) {
	if len(s.hollow) == 0 {
		return
	}
	newOf := make([]int, len(old.Content)/2)
	for j := range newOf {
		newOf[j] = -1
	}
	for i, j := range at {
		if j >= 0 {
			newOf[j] = i
		}
	}
	after := map[int][]*yaml.Node{} // new pair index (-1: first) → pairs to insert after it
	floor := -1
	if top {
		floor = min(1, len(at)-1) // after schema_version and lang, which Encode always writes first
	}
	anchor, count := floor, 0
	for j, i := range newOf {
		if i >= 0 {
			anchor = max(i, floor)
			continue
		}
		k, v := old.Content[2*j], resolve(old.Content[2*j+1])
		if !s.hollow[v] || !commented(k) && !commented(v) {
			continue
		}
		key := keyComments(k, top && j == 0)
		kc := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key.Value,
			HeadComment: key.HeadComment, LineComment: key.LineComment, FootComment: key.FootComment}
		vc := pruned(v)
		settleHollow(kc, vc)
		after[anchor] = append(after[anchor], kc, vc)
		count++
	}
	if count == 0 {
		return
	}
	content := make([]*yaml.Node, 0, len(nu.Content)+2*count)
	content = append(content, after[-1]...)
	for i := 0; 2*i < len(nu.Content); i++ {
		content = append(content, nu.Content[2*i], nu.Content[2*i+1])
		content = append(content, after[i]...)
	}
	nu.Content = content
}

// pruned copies a value that held no data, keeping only the keys that
// carry comments; an empty scalar becomes null.
func pruned(n *yaml.Node) *yaml.Node {
	n = resolve(n)
	c := &yaml.Node{Kind: n.Kind, HeadComment: n.HeadComment, LineComment: n.LineComment, FootComment: n.FootComment}
	switch n.Kind {
	case yaml.ScalarNode:
		c.Tag = "!!null"
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := resolve(n.Content[i]), n.Content[i+1]
			if commented(k) || commented(v) {
				kc := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k.Value,
					HeadComment: k.HeadComment, LineComment: k.LineComment, FootComment: k.FootComment}
				vc := pruned(v)
				settleHollow(kc, vc)
				c.Content = append(c.Content, kc, vc)
			}
		}
		if len(c.Content) == 0 {
			c.Style = yaml.FlowStyle // {}
		}
	}
	return c
}

// settleHollow settles the comments of a kept empty value. A null followed
// by a comment is written "~": "key:" alone would let a reader give that
// comment to the end of the file.
func settleHollow(k, v *yaml.Node) {
	settle(k, v)
	if v.Kind == yaml.ScalarNode && k.FootComment != "" {
		v.Value = "~"
	}
}

// commented reports whether a node or one of its children has a comment.
func commented(n *yaml.Node) bool {
	n = resolve(n)
	if n.HeadComment != "" || n.LineComment != "" || n.FootComment != "" {
		return true
	}
	for _, c := range n.Content {
		if commented(c) {
			return true
		}
	}
	return false
}
