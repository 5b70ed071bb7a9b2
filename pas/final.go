package pas

// BlockerKind says why a plan cannot be issued as final.
type BlockerKind uint8

// Kinds of blockers, in the order they are listed.
const (
	BlockConflict BlockerKind = iota + 1 // a merge conflict not resolved
	BlockError                           // an error no waiver accepts
	BlockMissing                         // a required value to complete
	BlockConfirm                         // a value to confirm
	BlockQuestion                        // an open question
)

// Text names the kind of blocker.
func (k BlockerKind) Text() Text {
	switch k {
	case BlockConflict:
		return T("conflit de fusion", "merge conflict")
	case BlockError:
		return T("erreur", "error")
	case BlockMissing:
		return T("à compléter", "to be completed")
	case BlockConfirm:
		return T("à confirmer", "to confirm")
	}
	return T("question ouverte", "open question")
}

// Blocker is one thing that keeps a plan from being issued as final: the
// PAS submitted with the offer, then the contractual PAS, hold no item
// left open.
type Blocker struct {
	Kind BlockerKind
	Path string // "continuity.bcp.rpo", "raci.activities[a1].assign"
	Pos  Pos
	What Text // the item's label, the error's message
}

// FinalBlockers lists what keeps the plan from being final, as of today:
// unresolved merge conflicts, errors no waiver accepts, then, chapter by
// chapter, required values to complete, values to confirm and open
// questions. An error about a value already listed as an item is not
// listed twice.
func FinalBlockers(p *Plan, today Date) []Blocker {
	var out []Blocker
	for _, c := range p.Conflicts {
		out = append(out, Blocker{Kind: BlockConflict, Path: c.Path, Pos: c.Pos, What: c.Versions()})
	}
	var items []Blocker
	listed := map[string]bool{}
	for _, s := range p.Cat.Sections {
		for _, it := range p.Items(s) {
			kind := map[ItemKind]BlockerKind{Missing: BlockMissing, Confirm: BlockConfirm, Question: BlockQuestion}[it.Kind]
			label := it.Field.Label
			if it.Record != nil {
				name := it.Record.Name(it.Field.List)
				label = Textf("%s (%s)", "%s (%s)", label, name)
			}
			items = append(items, Blocker{Kind: kind, Path: it.Path, Pos: it.Pos, What: label})
			listed[it.Path] = true
		}
	}
	for _, f := range RunChecks(p, today) {
		if f.Severity != Error || f.Waived() || listed[f.Path] || f.Rule == mergeRule {
			continue
		}
		out = append(out, Blocker{Kind: BlockError, Path: f.Path, Pos: f.Pos, What: Textf("%s : %s", "%s: %s", f.Rule, f.Message)})
	}
	return append(out, items...)
}

// mergeRule is the rule that reports each merge conflict, listed as a
// conflict already.
const mergeRule = "MERGE-01"

// BlockersSummary counts blockers by kind: "3 valeurs à confirmer, 2
// questions ouvertes".
func BlockersSummary(bs []Blocker) Text {
	counts := map[BlockerKind]int{}
	for _, b := range bs {
		counts[b.Kind]++
	}
	var fr, en string
	for k := BlockConflict; k <= BlockQuestion; k++ {
		n := counts[k]
		if n == 0 {
			continue
		}
		if fr != "" {
			fr, en = fr+", ", en+", "
		}
		c := blockerCount(k, n)
		fr, en = fr+c.FR, en+c.EN
	}
	return T(fr, en)
}

func blockerCount(k BlockerKind, n int) Text {
	switch k {
	case BlockConflict:
		return Count(n, "conflit de fusion", "conflits de fusion", "merge conflict", "merge conflicts")
	case BlockError:
		return Count(n, "erreur sans dérogation", "erreurs sans dérogation", "unwaived error", "unwaived errors")
	case BlockMissing:
		return Count(n, "élément à compléter", "éléments à compléter", "item to complete", "items to complete")
	case BlockConfirm:
		return Count(n, "valeur à confirmer", "valeurs à confirmer", "value to confirm", "values to confirm")
	}
	return Count(n, "question ouverte", "questions ouvertes", "open question", "open questions")
}

// FinalStage reports whether the plan's status says it is issued as a
// commitment (submitted with the offer, contractual…): such a plan should
// hold no blocker. The catalogue says which statuses are.
func (p *Plan) FinalStage() bool { return p.Cat.Issued != nil && p.Cat.Issued(p) }
