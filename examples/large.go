package examples

import "github.com/pas-editor/pas/pas"

// Large returns the large benchmark plan.
func Large(l pas.Lang) []byte { return Plan(l) }
