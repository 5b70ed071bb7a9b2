// Command pas edits, renders and checks Plans d'Assurance Sécurité (PAS).
//
// Run "pas help" (or "pas --help") for the commands; "pas edit plan.yaml"
// opens the editor, "pas render", "pas check" and friends work without a
// terminal for scripts and CI. Exit codes: 0 success, 1 findings at or
// above the threshold (or a document out of date for render --check), 2
// usage error or unusable input, 130 aborted.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], newEnv()))
}
