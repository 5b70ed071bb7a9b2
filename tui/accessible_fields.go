package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// field asks one question; it reports true when the user asked to go back
// to the menu.
func (a *prompter) field(f *pas.Field, rec *pas.Record) bool {
	if f.Kind == pas.KRACI {
		return a.raci(f, rec)
	}
	a.describe(f)
	ref := valueRef{field: f}
	if rec != nil {
		ref.rec = rec.ID
	}
	if src, ok := sourceOf(a.plan, ref); ok && !src.own { // no key to press here: an answer is the override
		a.say("  %s", a.t("Valeur de la bibliothèque de l'entreprise : une réponse la remplace dans ce plan seulement.",
			"Value of the company library: an answer replaces it in this plan only."))
	}
	for {
		cur := a.value(f, rec)
		prompt := f.Label.In(a.lang)
		if text := pas.Format(a.plan, f, cur, a.lang); text != "" || cur.Pending() {
			if cur.Pending() {
				text += " — " + cur.State.Text().In(a.lang)
			}
			prompt += " [" + promptText.Replace(text) + "]"
		}
		in := a.ask(prompt + a.t(" : ", ": "))
		switch in {
		case "":
			return false
		case "<":
			return true
		case "?":
			a.describe(f)
			continue
		case "-":
			a.set(f, rec, nil)
			return false
		case "!c":
			if a.act(f, rec, func() (*pas.Value, error) { return actConfirm(f, cur, "!o") }) {
				return false
			}
			continue
		case "!o":
			a.set(f, rec, a.question(f, cur))
			return false
		case "!s":
			if a.act(f, rec, func() (*pas.Value, error) { return actSuggest(f, cur) }) {
				return false
			}
			continue
		}
		v, err := a.parse(f, in)
		if err != nil {
			a.say("%s", errorText(a.lang, err))
			continue
		}
		a.set(f, rec, actAnswer(cur, v))
		return false
	}
}

// act applies a field action, or says why it cannot; it reports whether
// the value was stored.
func (a *prompter) act(f *pas.Field, rec *pas.Record, action func() (*pas.Value, error)) bool {
	v, err := action()
	if err != nil {
		a.say("%s", errorText(a.lang, err))
		return false
	}
	a.set(f, rec, v)
	return true
}

// describe prints a field's help and, for choices, the numbered options.
func (a *prompter) describe(f *pas.Field) {
	if h := f.Help.In(a.lang); h != "" {
		a.say("  %s", h)
	}
	if sv, _ := pas.Suggestion(f); sv != nil {
		a.say("  %s%s%s", a.t("Suggestion (pratique de référence) : ", "Suggestion (reference practice): "),
			promptText.Replace(pas.Format(a.plan, f, sv, a.lang)), a.t(" — « !s » pour la reprendre", " — \"!s\" applies it"))
	}
	opts := a.options(f)
	for i, o := range opts {
		a.say("  %d) %s", i+1, o.label)
	}
	switch f.Kind {
	case pas.KSet, pas.KRefs:
		a.say("  %s", a.t("Numéros séparés par des virgules ; « aucun » pour aucun.", "Numbers separated by commas; \"none\" for none."))
	case pas.KBool:
		a.say("  %s", a.t("oui ou non", "yes or no"))
	case pas.KCountries:
		a.say("  %s", a.t("Pays séparés par des virgules (nom ou code) ; « aucun » pour aucun.", "Countries separated by commas (name or code); \"none\" for none."))
	case pas.KLongText:
		a.say("  %s", a.t("Une ligne ; « \\n » marque un saut de ligne.", "One line; \"\\n\" marks a line break."))
	}
}

// options lists what a choice accepts by number (not countries: too many).
func (a *prompter) options(f *pas.Field) []option {
	switch f.Kind {
	case pas.KEnum, pas.KSet, pas.KRef, pas.KRefs:
		return optionsOf(a.plan, f, a.lang)
	}
	return nil
}

// parse reads an answer: option numbers for choices, else the same parser
// as the full-screen editor.
func (a *prompter) parse(f *pas.Field, in string) (*pas.Value, error) {
	opts := a.options(f)
	if len(opts) > 0 {
		var picked []string
		for _, part := range strings.Split(in, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(part))
			if err != nil || n < 1 || n > len(opts) {
				picked = nil
				break
			}
			picked = append(picked, opts[n-1].value)
		}
		if picked != nil {
			in = strings.Join(picked, ", ")
		}
	}
	if f.Kind == pas.KLongText {
		in = strings.ReplaceAll(in, `\n`, "\n")
	}
	return pas.ParseInput(f, in)
}

// question asks for an open question's text, owner and due date, each
// again until the open-question action accepts it.
func (a *prompter) question(f *pas.Field, cur *pas.Value) *pas.Value {
	var q string
	for {
		q = a.ask(a.t("Question : ", "Question: "))
		if _, err := actQuestion(f, cur, q, "", "", a.today()); err == nil {
			break
		} else {
			a.say("%s", errorText(a.lang, err))
		}
	}
	owner := a.ask(a.t("Responsable : ", "Owner: "))
	for {
		due := a.ask(a.t("Échéance (date ou délai, Entrée si aucune) : ", "Due date or delay (Enter if none): "))
		v, err := actQuestion(f, cur, q, owner, due, a.today())
		if err == nil {
			return v
		}
		a.say("%s", errorText(a.lang, err))
	}
}

func (a *prompter) value(f *pas.Field, rec *pas.Record) *pas.Value {
	if rec != nil {
		return rec.Get(f)
	}
	return a.plan.Get(f)
}

func (a *prompter) set(f *pas.Field, rec *pas.Record, v *pas.Value) {
	if a.value(f, rec).Equal(v) {
		return
	}
	if rec != nil {
		rec.Set(f, v)
	} else {
		a.plan.Set(f, v)
	}
	a.dirty = true
}

// raci asks the letters of each party of a matrix row, one at a time.
func (a *prompter) raci(f *pas.Field, rec *pas.Record) bool {
	list := a.opt.Cat.Field(f.Ref)
	var cols []string
	if cf := columnsOf(f); cf != nil {
		cols = a.plan.Strings(cf)
	}
	if len(cols) == 0 {
		for _, r := range a.plan.Records(list) {
			cols = append(cols, r.ID)
		}
	}
	a.say("  %s", a.t("Lettres R, A, C, I pour chaque partie ; « - » pour aucune.", "Letters R, A, C, I for each party; \"-\" for none."))
	for _, id := range cols {
		name := id
		if r := a.plan.Record(list, id); r != nil {
			name = r.Name(list)
		}
		cur := rec.Get(f).RACIOrNil()[id]
		for {
			in := a.ask(fmt.Sprintf("  %s [%s]%s", name, cur, a.t(" : ", ": ")))
			if in == "<" {
				return true
			}
			if in == "" {
				break
			}
			letters, err := pas.ParseRACI(in)
			if err != nil {
				a.say("%s", errorText(a.lang, err))
				continue
			}
			a.set(f, rec, withLetters(rec.Get(f), id, letters))
			break
		}
	}
	return false
}

// list shows a list's records, numbered, and adds, edits or deletes them.
func (a *prompter) list(f *pas.Field) bool {
	for {
		recs := a.plan.Records(f)
		a.say(a.t("%s : %d", "%s: %d"), f.Label.In(a.lang), len(recs))
		for i, r := range recs {
			a.say("  %d) %s", i+1, r.Name(f))
		}
		in := a.ask(a.t("« + » ajouter, un numéro pour modifier, « x N » supprimer, Entrée pour continuer : ",
			"\"+\" add, a number to edit, \"x N\" delete, Enter to go on: "))
		switch {
		case in == "":
			return false
		case in == "<":
			return true
		case in == "+":
			r := &pas.Record{ID: newRecordID(a.plan, f)}
			l := a.plan.ListOf(f)
			l.Records = append(l.Records, r)
			a.dirty = true
			if a.record(f, r) {
				return true
			}
		case strings.HasPrefix(in, "x"):
			n, err := strconv.Atoi(strings.TrimSpace(in[1:]))
			if err != nil || n < 1 || n > len(recs) {
				a.line(badNumber(len(recs)).In(a.lang))
				continue
			}
			a.remove(f, recs[n-1])
		default:
			n, err := strconv.Atoi(in)
			if err != nil || n < 1 || n > len(recs) {
				a.line(a.t("Réponse non comprise.", "Answer not understood."))
				continue
			}
			if a.record(f, recs[n-1]) {
				return true
			}
		}
	}
}

// record walks a record's fields.
func (a *prompter) record(f *pas.Field, r *pas.Record) bool {
	a.say("-- %s --", r.Name(f))
	for _, rf := range f.Fields {
		if a.plan.Active(rf, r) && a.field(rf, r) {
			return true
		}
	}
	return false
}

// remove deletes a record after confirmation, with its references.
func (a *prompter) remove(f *pas.Field, r *pas.Record) {
	uses := len(a.plan.References(f, r.ID))
	q := pas.Textf("Supprimer « %s » ? (o, n) : ", "Delete \"%s\"? (y, n): ", r.Name(f)).In(a.lang)
	if uses > 0 {
		q = pas.Textf("Supprimer « %s » et retirer %s ? (o, n) : ", "Delete \"%s\" and remove %s? (y, n): ", r.Name(f),
			pas.Count(uses, "référence", "références", "reference", "references")).In(a.lang)
	}
	switch strings.ToLower(a.ask(q)) {
	case "o", "oui", "y", "yes":
		deleteRecord(a.plan, f, r.ID)
		a.dirty = true
	}
}

// promptText keeps a value on one plain line in a prompt.
var promptText = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\n", " / ")

// today is the date delays are counted from ("dans 15 jours").
func (a *prompter) today() pas.Date { return a.opt.Today() }

// badNumber says which item numbers a list of n items accepts.
func badNumber(n int) pas.Text {
	switch n {
	case 0:
		return pas.T("Numéro invalide : la liste est vide.", "Invalid number: the list is empty.")
	case 1:
		return pas.T("Numéro invalide : la liste n'a qu'un élément, le 1.", "Invalid number: the list has one item, number 1.")
	}
	return pas.Textf("Numéro invalide : de 1 à %d.", "Invalid number: 1 to %d.", n)
}
