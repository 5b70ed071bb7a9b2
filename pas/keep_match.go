package pas

import (
	"strings"

	"gopkg.in/yaml.v3"
)

// matchPairs returns, for each pair of nu, the index of the pair of old
// with the same key, or -1. Keys are unique on both sides (Decode refuses
// duplicates); the usual case, same keys in the same order, costs no
// lookup table. A record made the plan's own (MakeOwn) writes "id" where
// it wrote "use": the two keys match.
func matchPairs(old, nu *yaml.Node) []int {
	at := make([]int, len(nu.Content)/2)
	var index map[string]int
	j := 0
	for i := range at {
		key := nu.Content[2*i].Value
		if 2*j < len(old.Content) && sameKey(resolve(old.Content[2*j]).Value, key) {
			at[i], j = j, j+1
			continue
		}
		if index == nil {
			index = make(map[string]int, len(old.Content)/2)
			for x := 0; 2*x < len(old.Content); x++ {
				index[resolve(old.Content[2*x]).Value] = x
			}
		}
		at[i] = -1
		x, ok := index[key]
		if !ok && key == "id" {
			x, ok = index["use"]
		}
		if ok {
			at[i], j = x, x+1
		}
	}
	return at
}

func sameKey(old, key string) bool { return old == key || key == "id" && old == "use" }

// itemKey identifies an item of a sequence.
type itemKey struct {
	kind byte // 's' scalar, 'i' record (by id), 'w' waiver (rule, item), 0 other
	a, b string
}

func keyOf(n *yaml.Node) itemKey {
	n = resolve(n)
	switch n.Kind {
	case yaml.ScalarNode:
		return itemKey{kind: 's', a: n.Value}
	case yaml.MappingNode:
		if id := lookup(n, "id"); id != nil {
			return itemKey{kind: 'i', a: id.Value}
		}
		if use := lookup(n, "use"); use != nil { // a record taken from the library has its id
			return itemKey{kind: 'i', a: use.Value}
		}
		return itemKey{kind: 'w', a: scalarOf(lookup(n, "rule")), b: scalarOf(lookup(n, "item"))}
	}
	return itemKey{}
}

func scalarOf(n *yaml.Node) string {
	if n == nil {
		return ""
	}
	return n.Value
}

// matchItems returns, for each item of nu, the index of the matching item
// of old, or -1. Items with the same key match in order.
func matchItems(old, nu *yaml.Node) []int {
	at := make([]int, len(nu.Content))
	var index map[itemKey][]int
	var used []bool
	j := 0
	for i, item := range nu.Content {
		key := keyOf(item)
		if index == nil && j < len(old.Content) && keyOf(old.Content[j]) == key {
			at[i], j = j, j+1
			continue
		}
		if index == nil {
			index = map[itemKey][]int{}
			for x := j; x < len(old.Content); x++ { // the ones before j are taken
				k := keyOf(old.Content[x])
				index[k] = append(index[k], x)
			}
			used = make([]bool, len(old.Content))
			for x := 0; x < j; x++ {
				used[x] = true
			}
		}
		at[i] = -1
		if xs := index[key]; len(xs) > 0 {
			at[i], index[key] = xs[0], xs[1:]
			used[xs[0]] = true
		}
	}
	for i, j := range at { // a record whose id changed (MakeOwn) is found where it was read
		if n := nu.Content[i]; j < 0 && n.Line > 0 {
			for x, o := range old.Content {
				if o = resolve(o); used != nil && !used[x] && o.Line == n.Line && o.Column == n.Column {
					at[i], used[x] = x, true
					break
				}
			}
		}
	}
	if used != nil && len(old.Content) == len(nu.Content) {
		for i, j := range at { // values rewritten in place
			if j < 0 && !used[i] && keyOf(nu.Content[i]).kind == 's' && keyOf(old.Content[i]).kind == 's' {
				at[i], used[i] = i, true
			}
		}
	}
	return at
}

// isWrapperNode tells the {value, state, …} form of a value to confirm or
// an open question: a mapping whose "state" is a state name (never RACI
// letters).
func isWrapperNode(n *yaml.Node) bool {
	if n.Kind != yaml.MappingNode {
		return false
	}
	st := lookup(n, "state")
	if st == nil || st.Kind != yaml.ScalarNode {
		return false
	}
	_, ok := ParseState(st.Value)
	return ok
}

// lookup returns the value of a key in a mapping, or nil.
func lookup(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if resolve(m.Content[i]).Value == key {
			return resolve(m.Content[i+1])
		}
	}
	return nil
}

// addComments appends the comments of src to those of dst.
func addComments(dst, src *yaml.Node) {
	dst.HeadComment = joinComments(dst.HeadComment, src.HeadComment, "\n")
	dst.LineComment = joinComments(dst.LineComment, src.LineComment, " ")
	dst.FootComment = joinComments(dst.FootComment, src.FootComment, "\n")
}

func joinComments(a, b, sep string) string {
	switch {
	case b == "":
		return a
	case a == "":
		return b
	}
	return a + sep + strings.TrimSpace(b)
}
