package tui

import "github.com/pas-editor/pas/pas"

// The value edits below are shared by the full-screen editor and the
// accessible mode, so that the same answers give the same plan.

// withLetters returns a RACI value with a party's letters set ("" removes
// the party); a row left with no letter and no pending state is no value.
func withLetters(old *pas.Value, party, letters string) *pas.Value {
	nv := old.Clone()
	if nv == nil {
		nv = &pas.Value{}
	}
	if nv.RACI == nil {
		nv.RACI = map[string]string{}
	}
	if letters == "" {
		delete(nv.RACI, party)
	} else {
		nv.RACI[party] = letters
	}
	nv.Has = len(nv.RACI) > 0
	if !nv.Has && nv.State == pas.Committed {
		return nil
	}
	return nv
}

// toggledConfirm switches a value between committed and to confirm; back
// to committed, its question, owner and due date go.
func toggledConfirm(old *pas.Value) *pas.Value {
	nv := old.Clone()
	if nv.State == pas.Committed {
		nv.State = pas.ToConfirm
	} else {
		nv.State, nv.Question, nv.Owner, nv.Due, nv.ForClient = pas.Committed, "", "", pas.Date{}, false
	}
	return nv
}

// keepState carries a pending value's state over to a value typed for it:
// typing an answer does not silently confirm what was to be confirmed.
func keepState(old, nv *pas.Value) *pas.Value {
	if nv != nil && old.Pending() {
		nv.State, nv.Question, nv.Owner, nv.Due, nv.ForClient = old.State, old.Question, old.Owner, old.Due, old.ForClient
	}
	return nv
}

// asQuestion turns a value into an open question, keeping any value as
// provisional.
func asQuestion(old *pas.Value, question, owner string, due pas.Date) *pas.Value {
	nv := old.Clone()
	if nv == nil {
		nv = &pas.Value{}
	}
	nv.State, nv.Question, nv.Owner, nv.Due = pas.Open, question, owner, due
	return nv
}

// deleteRecord removes a record and every reference to it.
func deleteRecord(p *pas.Plan, list *pas.Field, id string) {
	p.RemoveReferences(list, id)
	l := p.ListOf(list)
	for i, r := range l.Records {
		if r.ID == id {
			l.Records = append(l.Records[:i], l.Records[i+1:]...)
			return
		}
	}
}

// columnsOf finds the section field listing a matrix's columns, or nil.
func columnsOf(cell *pas.Field) *pas.Field {
	for _, f := range cell.Section.Fields {
		if f.Kind == pas.KRefs && f.Ref == cell.Ref {
			return f
		}
	}
	return nil
}
