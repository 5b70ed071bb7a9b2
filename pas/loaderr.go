package pas

import (
	"fmt"
	"strings"
)

// Problem is one reason a file cannot be loaded, at a position.
type Problem struct {
	Pos  Pos
	Msg  Text
	File string // the file at fault when it is not the LoadError's (a library's file)
}

// LoadError lists why a plan file cannot be loaded. Nothing is written
// when loading fails.
type LoadError struct {
	File     string
	Problems []Problem
}

// maxProblems caps how many problems one load reports.
const maxProblems = 20

// Error returns the problems in English, one per line: FILE:LINE:COL: message.
func (e *LoadError) Error() string { return e.Localize(EN) }

// Localize returns the problems in a language, one per line, sanitised
// for a terminal: a file name or a parser message may hold anything.
func (e *LoadError) Localize(l Lang) string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		if p.File != "" {
			b.WriteString(p.File)
		} else {
			b.WriteString(e.File)
		}
		if p.Pos.Line > 0 {
			fmt.Fprintf(&b, ":%d", p.Pos.Line)
			if p.Pos.Col > 0 {
				fmt.Fprintf(&b, ":%d", p.Pos.Col)
			}
		}
		b.WriteString(": ")
		b.WriteString(p.Msg.In(l))
	}
	return Sanitize(b.String())
}
