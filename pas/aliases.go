package pas

import "gopkg.in/yaml.v3"

// maxAliasGrowth bounds how much aliases may multiply a plan: the decoder
// walks an alias's target at every reference, so a small file whose
// aliases reference large nodes again and again would take hours (an
// "alias bomb"). Hand-written plans that share a list or a record stay
// far below.
const maxAliasGrowth = 10

// aliasBomb returns the alias at which the plan, aliases expanded, grows
// past maxAliasGrowth times its own nodes (plus some slack for small
// plans), or nil.
func aliasBomb(root *yaml.Node) *yaml.Node {
	sizes := map[*yaml.Node]int{}
	var literal int
	var count func(n *yaml.Node) int
	count = func(n *yaml.Node) int {
		if s, ok := sizes[n]; ok {
			return s
		}
		sizes[n] = 1 // a node that contains itself counts once
		s := 1
		for _, c := range n.Content {
			if c.Kind == yaml.AliasNode && c.Alias != nil {
				s += count(c.Alias)
			} else {
				s += count(c)
			}
		}
		sizes[n] = s
		return s
	}
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		literal++
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(root)
	budget := maxAliasGrowth*literal + 10000
	var found *yaml.Node
	total := 0
	var expand func(n *yaml.Node)
	expand = func(n *yaml.Node) {
		for _, c := range n.Content {
			if found != nil {
				return
			}
			if c.Kind == yaml.AliasNode && c.Alias != nil {
				if total += count(c.Alias); total > budget {
					found = c
				}
				continue
			}
			total++
			expand(c)
		}
	}
	expand(root)
	return found
}
