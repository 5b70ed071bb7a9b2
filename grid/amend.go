package grid

import (
	"github.com/pas-editor/pas/pas"
)

// ChangeKind says how an amendment changed a requirement.
type ChangeKind uint8

// Change kinds.
const (
	Added         ChangeKind = iota + 1 // new requirement
	Removed                             // no longer in the buyer's grid
	Reworded                            // same id, new text: its status must be validated again
	Reprioritised                       // same id and text, new priority
)

// Text names the change.
func (k ChangeKind) Text() pas.Text {
	switch k {
	case Added:
		return pas.T("ajoutée", "added")
	case Removed:
		return pas.T("supprimée", "removed")
	case Reworded:
		return pas.T("reformulée", "reworded")
	}
	return pas.T("priorité modifiée", "priority changed")
}

// Change is what an amendment changed for one requirement.
type Change struct {
	Kind     ChangeKind
	ID       string
	Old, New *Requirement // Old is nil when added, New when removed
}

// Amend merges a newly imported grid (the buyer's amendment, a
// "rectificatif") into the one the plan holds and returns the changes.
// Unchanged requirements keep their mapping, status and comment; a
// reworded one keeps its mapping and comment and loses its validated
// status, to be validated again; an added one comes with pas's proposal
// only; a removed one is dropped. The user's minimum codes and status
// words are kept when the new import does not give them.
func Amend(old, amended *Grid) []Change {
	var changes []Change
	oldByID := map[string]*Requirement{}
	for _, r := range old.Requirements {
		oldByID[r.ID] = r
	}
	seen := map[string]bool{}
	for _, r := range amended.Requirements {
		seen[r.ID] = true
		o := oldByID[r.ID]
		if o == nil {
			changes = append(changes, Change{Added, r.ID, nil, r})
			continue
		}
		r.Map, r.Comment = o.Map, o.Comment
		switch {
		case pas.SearchKey(o.Text) != pas.SearchKey(r.Text):
			changes = append(changes, Change{Reworded, r.ID, o, r})
		case o.Priority != r.Priority:
			r.Status = o.Status
			changes = append(changes, Change{Reprioritised, r.ID, o, r})
		default:
			r.Status = o.Status
		}
	}
	for _, o := range old.Requirements {
		if !seen[o.ID] {
			changes = append(changes, Change{Removed, o.ID, o, nil})
		}
	}
	if len(amended.Source.Minimum) == 0 {
		amended.Source.Minimum = old.Source.Minimum
	}
	if len(amended.Source.Statuses) == 0 {
		amended.Source.Statuses = old.Source.Statuses
	}
	return changes
}
