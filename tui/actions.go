package tui

import (
	"strings"

	"github.com/pas-editor/pas/pas"
)

// The field actions, written once for the form, the workshop and the
// accessible mode: each takes the value a field holds now and returns the
// value to store, or a refusal saying why not. Only the root (or the
// accessible mode, which has no root) stores the result.

// valueRef names one value of the plan: a section field, or the field of
// one record (rec is the record's id; the field's List is its list).
type valueRef struct {
	field *pas.Field
	rec   string
}

// get returns the value named, nil when it has none (or the record went).
func (r valueRef) get(p *pas.Plan) *pas.Value {
	if r.field.List == nil {
		return p.Get(r.field)
	}
	if rec := p.Record(r.field.List, r.rec); rec != nil {
		return rec.Get(r.field)
	}
	return nil
}

// refusal says, in both languages, why an action does not apply.
type refusal struct{ msg pas.Text }

func (r *refusal) Error() string { return r.msg.EN }

func refuse(fr, en string, args ...any) error { return &refusal{pas.Textf(fr, en, args...)} }

// errorText localises a parser's error or a refusal, safe for a terminal.
func errorText(l pas.Lang, err error) string {
	switch e := err.(type) {
	case *pas.InputError:
		return sanitize(e.Msg.In(l))
	case *refusal:
		return e.msg.In(l)
	}
	return sanitize(err.Error())
}

// canMark refuses the states (to confirm, open question) on a list: its
// records' fields are marked instead.
func canMark(f *pas.Field) error {
	if f.Kind == pas.KList {
		return refuse("Une liste ne se marque pas : marquez les champs de ses éléments.", "A list is not marked: mark the fields of its items.")
	}
	return nil
}

// actConfirm switches a value between committed and to confirm; back to
// committed, its question, owner and due date go. questionKey names the
// interface's open-question key in the refusal.
func actConfirm(f *pas.Field, cur *pas.Value, questionKey string) (*pas.Value, error) {
	if err := canMark(f); err != nil {
		return nil, err
	}
	if !cur.IsSet() {
		return nil, refuse("Saisissez d'abord une valeur, ou posez une question ouverte (%s).", "Enter a value first, or ask an open question (%s).", questionKey)
	}
	return toggledConfirm(cur), nil
}

// actSuggest takes the reference practice's suggestion, for a field that
// has no value yet.
func actSuggest(f *pas.Field, cur *pas.Value) (*pas.Value, error) {
	sv, err := pas.Suggestion(f)
	if sv == nil || err != nil {
		return nil, refuse("Pas de suggestion pour cette question.", "No suggestion for this question.")
	}
	if cur.IsSet() {
		return nil, refuse("La question a déjà une réponse : effacez-la d'abord.", "The question is already answered: clear it first.")
	}
	return sv, nil
}

// actAnswer stores a value typed for a field: a pending value keeps its
// state, so typing an answer does not silently confirm what was to be
// confirmed; a text typed over a standard text of the facts library keeps
// its link to it ({use: ID, value: …}). nil clears.
func actAnswer(cur, typed *pas.Value) *pas.Value { return keepState(cur, keepUse(cur, typed)) }

// keepUse links a text typed over a standard text of the facts library to
// it, as the plan's own wording ({use: ID, value: …}).
func keepUse(cur, typed *pas.Value) *pas.Value {
	if typed != nil && cur != nil && cur.Use != "" {
		typed.Use = cur.Use
	}
	return typed
}

// actQuestion turns a value into an open question with its owner and due
// date (as typed, a date or a delay from today such as "dans 15 jours";
// empty for none); any value is kept as provisional.
func actQuestion(f *pas.Field, cur *pas.Value, question, owner, due string, today pas.Date) (*pas.Value, error) {
	if err := canMark(f); err != nil {
		return nil, err
	}
	if strings.TrimSpace(question) == "" {
		return nil, refuse("La question est vide.", "The question is empty.")
	}
	var d pas.Date
	if strings.TrimSpace(due) != "" {
		parsed, err := pas.ParseDue(strings.TrimSpace(due), today)
		if err != nil {
			return nil, err
		}
		d = parsed
	}
	return asQuestion(cur, strings.TrimSpace(question), strings.TrimSpace(owner), d), nil
}

// questionInputs fills an open-question form from a value already asked:
// question, owner, due date as typed.
func questionInputs(l pas.Lang, old *pas.Value) []string {
	due := pas.InputText(&pas.Field{Kind: pas.KDate}, &pas.Value{Has: !old.Due.IsZero(), Date: old.Due}, l)
	return []string{old.Question, old.Owner, due}
}

// actClientAnswer stores what the client answered in a workshop: a
// committed value, or one to confirm.
func actClientAnswer(cur, typed *pas.Value, toConfirm bool) *pas.Value {
	typed = keepUse(cur, typed)
	if toConfirm {
		typed.State = pas.ToConfirm
	}
	return typed
}
