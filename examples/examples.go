// Package examples holds the complete example plans, in French and in
// English, and generates the large plan used by the benchmarks.
package examples

import (
	_ "embed"

	"github.com/pas-editor/pas/pas"
)

//go:embed fr/plan.yaml
var planFR []byte

//go:embed en/plan.yaml
var planEN []byte

// Plan returns the example plan.yaml in a language.
func Plan(l pas.Lang) []byte {
	if l == pas.FR {
		return append([]byte(nil), planFR...)
	}
	return append([]byte(nil), planEN...)
}
