package sections

import (
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/pas/doc"
)

// Each chapter declares its sentences with prose(), in its own file: the
// commitments read in the provider's voice, built only from the plan's
// values (see pas.Sentence for the patterns).

// proseOf holds the sentences of each chapter, in document order.
var proseOf = map[string][]*pas.Sentence{}

// prose declares sentences of a chapter, in document order.
func prose(section string, ss ...*pas.Sentence) { proseOf[section] = append(proseOf[section], ss...) }

// say declares a sentence: its French and English patterns, then the
// fields of its slots ({1}, {2}…).
func say(fr, en string, fs ...*pas.Field) *pas.Sentence {
	return &pas.Sentence{Text: t(fr, en), Fields: fs}
}

// answer is the pattern for one answer of the field that picks a sentence.
type answer struct {
	key string
	txt pas.Text
}

// on gives the pattern for an answer: "true", "false", an option, or
// "none" for an empty set.
func on(key, fr, en string) answer { return answer{key, t(fr, en)} }

// yesNo declares a sentence picked by a yes/no answer; fs fill its slots.
func yesNo(f *pas.Field, yesFR, yesEN, noFR, noEN string, fs ...*pas.Field) *pas.Sentence {
	return choice(f, []answer{on("true", yesFR, yesEN), on("false", noFR, noEN)}, fs...)
}

// choice declares a sentence picked by the answer of f; fs fill its slots.
func choice(f *pas.Field, answers []answer, fs ...*pas.Field) *pas.Sentence {
	s := &pas.Sentence{On: f, Fields: fs, Cases: map[string]pas.Text{}}
	for _, a := range answers {
		if a.key == "" {
			s.Text = a.txt
			continue
		}
		s.Cases[a.key] = a.txt
	}
	return s
}

// otherwise gives the pattern for the answers not listed.
func otherwise(fr, en string) answer { return answer{"", t(fr, en)} }

// listing declares a sentence that lists the items of a set (slot {1}),
// with another for an empty set.
func listing(f *pas.Field, fr, en, noneFR, noneEN string, fs ...*pas.Field) *pas.Sentence {
	return choice(f, []answer{otherwise(fr, en), on("none", noneFR, noneEN)}, append([]*pas.Field{f}, fs...)...)
}

// worded says how options of f read inside the sentence.
func worded(s *pas.Sentence, f *pas.Field, words ...answer) *pas.Sentence {
	if s.Words == nil {
		s.Words = map[*pas.Field]map[string]pas.Text{}
	}
	if s.Words[f] == nil {
		s.Words[f] = map[string]pas.Text{}
	}
	for _, w := range words {
		s.Words[f][w.key] = w.txt
	}
	return s
}

// either joins the sentence's lists with "ou" / "or".
func either(s *pas.Sentence) *pas.Sentence { s.Or = true; return s }

// para starts a new paragraph with the sentence.
func para(s *pas.Sentence) *pas.Sentence { s.Break = true; return s }

// voice is how the chapters' prose speaks: the provider's name, and the
// commitment verb the document settings choose.
func voice(p *pas.Plan) pas.Voice {
	v := pas.Voice{Undertakes: p.Str(covCommitVerb) != "present"}
	for _, r := range parties(p, "provider") {
		if name := r.Get(ptyName); name.IsSet() && name.State == pas.Committed {
			v.Provider = name.Str
			break
		}
	}
	return v
}

// placed writes the countries of f as a sentence places things: "en
// France", "au Canada et aux États-Unis"; "in France".
func placed(s *pas.Sentence, f *pas.Field) *pas.Sentence {
	if s.Phrases == nil {
		s.Phrases = map[*pas.Field]func(d *pas.Doc, v *pas.Value) []doc.Inline{}
	}
	s.Phrases[f] = func(d *pas.Doc, v *pas.Value) []doc.Inline {
		codes := v.List
		if f.Kind == pas.KCountry {
			codes = []string{v.Str}
		}
		places := make([]string, len(codes))
		for i, c := range codes {
			places[i] = pas.CountryIn(c, d.Lang)
		}
		return []doc.Inline{d.Words(pas.T(pas.JoinAnd(places, pas.FR), pas.JoinAnd(places, pas.EN)))}
	}
	return s
}
