package main

import (
	"fmt"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// conflictsText lists the conflicts a merge left, with both versions and
// their line; "" when there are none.
func conflictsText(l pas.Lang, p *pas.Plan, path string) string {
	if len(p.Conflicts) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(pas.T("Conflits de fusion à résoudre", "Merge conflicts to resolve").In(l) + "\n")
	for _, c := range p.Conflicts {
		fmt.Fprintf(&b, "  - [%s] %s — %s  %s:%d\n", pas.T("conflit", "conflict").In(l), c.Path, c.Versions().In(l), path, c.Pos.Line)
	}
	return pas.Sanitize(b.String()) + "\n"
}

// jsonConflict is one conflict in the questions JSON: the three versions
// as one line of YAML each, "" for a side that has nothing there.
type jsonConflict struct {
	Path   string `json:"path"`
	Base   string `json:"base"`
	Ours   string `json:"ours"`
	Theirs string `json:"theirs"`
	Line   int    `json:"line"`
}

func conflictsJSON(p *pas.Plan) []jsonConflict {
	var out []jsonConflict
	for _, c := range p.Conflicts {
		out = append(out, jsonConflict{Path: c.Path, Base: pas.Side(c.Base), Ours: pas.Side(c.Ours), Theirs: pas.Side(c.Theirs), Line: c.Pos.Line})
	}
	return out
}
