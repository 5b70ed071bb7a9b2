package pas

import (
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas/doc"
)

// proseCatalogue is a chapter with a few sentences over every slot form.
func proseCatalogue(t interface {
	Helper()
	Fatal(args ...any)
}, sentences func(f map[string]*Field) []*Sentence) *Catalogue {
	t.Helper()
	opts := []Option{Opt("a", "Premier choix", "First choice"), Opt("b", "Deuxième", "Second")}
	f := map[string]*Field{
		"who":    {ID: "who", Kind: KText, Label: T("Titulaire", "Provider")},
		"delay":  {ID: "delay", Kind: KDuration, Label: T("Délai", "Delay"), Required: true},
		"every":  {ID: "every", Kind: KDuration, Label: T("Fréquence", "Frequency"), Every: true},
		"copies": {ID: "copies", Kind: KInt, Label: T("Copies", "Copies")},
		"flag":   {ID: "flag", Kind: KBool, Label: T("Chiffrement", "Encryption"), Required: true},
		"choice": {ID: "choice", Kind: KEnum, Label: T("Choix", "Choice"), Options: opts},
		"many":   {ID: "many", Kind: KSet, Label: T("Plusieurs", "Many"), Options: opts, Required: true},
		"note":   {ID: "note", Kind: KText, Label: T("Note", "Note")},
	}
	s := &Section{ID: "main", Title: T("Principal", "Main"), Who: WhoProvider, Fields: []*Field{
		f["who"], f["delay"], f["every"], f["copies"], f["flag"], f["choice"], f["many"], f["note"]}}
	s.Prose = sentences(f)
	c, err := NewCatalogue([]*Section{s}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	c.Voice = func(p *Plan) Voice {
		return Voice{Provider: p.Str(f["who"]), Undertakes: p.Str(f["note"]) != "present"}
	}
	return c
}

func sentence(p *Plan, l Lang, aud Audience, s *Sentence) string {
	p.Lang = l
	d := NewDoc(p, RenderOptions{Audience: aud})
	return doc.PlainText(d.Sentence(s))
}

func TestSentenceSlots(t *testing.T) {
	var rto, freq, pick, yes, list *Sentence
	cat := proseCatalogue(t, func(f map[string]*Field) []*Sentence {
		rto = &Sentence{Text: T("{p} {do:rétablir|rétablit} le service en {1}[, avec {2|copie|copies}].", "{p} {do:restore|restores} the service within {1}[, with {2|copy|copies}]."),
			Fields: []*Field{f["delay"], f["copies"]}}
		freq = &Sentence{Text: T("Un test est mené {1}.", "A test runs {1}."), Fields: []*Field{f["every"]}}
		pick = &Sentence{On: f["choice"], Cases: map[string]Text{"a": T("Le premier.", "The first."), "b": T("Le second.", "The second.")}}
		yes = &Sentence{On: f["flag"], Cases: map[string]Text{"true": T("C'est chiffré.", "It is encrypted."), "false": T("Ce n'est pas chiffré.", "It is not encrypted.")}}
		list = &Sentence{On: f["many"], Fields: []*Field{f["many"]}, Text: T("Il y a {1}.", "There are {1}."), Cases: map[string]Text{"none": T("Il n'y a rien.", "There is nothing.")}}
		return []*Sentence{rto, freq, pick, yes, list}
	})
	p := NewPlan(cat, FR)
	field := func(id string) *Field { return cat.Field("main." + id) }
	p.Set(field("who"), &Value{Has: true, Str: "Hélianthe"})
	p.Set(field("delay"), &Value{Has: true, Dur: Hours(4)})
	p.Set(field("copies"), &Value{Has: true, Num: 1})
	p.Set(field("every"), &Value{Has: true, Dur: Months(3)})
	p.Set(field("flag"), &Value{Has: true, Bool: true, State: ToConfirm, Question: "q"})
	p.Set(field("many"), &Value{Has: true, List: []string{"a", "b"}})

	for _, tc := range []struct {
		s    *Sentence
		l    Lang
		want string
	}{
		{rto, FR, "Hélianthe s'engage à rétablir le service en 4\u00a0h, avec 1\u00a0copie."},
		{rto, EN, "Hélianthe undertakes to restore the service within 4 h, with 1\u00a0copy."},
		{freq, FR, "Un test est mené chaque trimestre."},
		{freq, EN, "A test runs every quarter."},
		{pick, FR, ""}, // optional and absent: nothing to say
		{yes, FR, "C'est chiffré [À confirmer]."},
		{list, FR, "Il y a premier choix et deuxième."},
		{list, EN, "There are first choice and second."},
	} {
		if got := sentence(p, tc.l, ClientAudience, tc.s); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.l, got, tc.want)
		}
	}

	p.Set(field("copies"), nil)
	p.Set(field("delay"), nil)
	p.Set(field("note"), &Value{Has: true, Str: "present"})
	if got := sentence(p, FR, ClientAudience, rto); got != "Hélianthe rétablit le service en [À compléter]." {
		t.Errorf("missing required value, optional part left out, present tense: %q", got)
	}
	p.Set(field("flag"), nil)
	if got := sentence(p, EN, ClientAudience, yes); got != "Encryption: [To be completed]." {
		t.Errorf("missing yes/no: %q", got)
	}
	p.Set(field("flag"), &Value{State: Open, Question: "Encrypted?"})
	if got := sentence(p, EN, ClientAudience, yes); got != "Encryption: [To confirm]." {
		t.Errorf("open question kept internal: %q", got)
	}
	if got := sentence(p, EN, InternalAudience, yes); got != "Encryption: [Open question]." {
		t.Errorf("open question, internal document: %q", got)
	}
	p.Set(field("flag"), &Value{State: Open, Question: "Encrypted?", ForClient: true})
	if got := sentence(p, EN, ClientAudience, yes); got != "Encryption: [Open question]." {
		t.Errorf("open question for the client: %q", got)
	}
	p.Set(field("many"), &Value{Has: true, List: []string{}})
	if got := sentence(p, EN, ClientAudience, list); got != "There is nothing." {
		t.Errorf("empty set: %q", got)
	}
}

// TestSentenceSubject: the provider is named once per chapter, then "le
// titulaire"; without a name, "le titulaire" from the start.
func TestSentenceSubject(t *testing.T) {
	var s *Sentence
	cat := proseCatalogue(t, func(f map[string]*Field) []*Sentence {
		s = &Sentence{Text: T("{p} {do:fixer|fixe} {1}.", "{p} {do:set|sets} {1}."), Fields: []*Field{f["delay"]}}
		return []*Sentence{s}
	})
	p := NewPlan(cat, FR)
	p.Set(cat.Field("main.delay"), &Value{Has: true, Dur: Days(2)})
	d := NewDoc(p, RenderOptions{})
	if got := doc.PlainText(d.Sentence(s)); got != "Le titulaire s'engage à fixer 2\u00a0jours." {
		t.Errorf("no provider named: %q", got)
	}
	p.Set(cat.Field("main.who"), &Value{Has: true, Str: "Hélianthe"})
	d = NewDoc(p, RenderOptions{})
	first, second := doc.PlainText(d.Sentence(s)), doc.PlainText(d.Sentence(s))
	if first != "Hélianthe s'engage à fixer 2\u00a0jours." || second != "Le titulaire s'engage à fixer 2\u00a0jours." {
		t.Errorf("named then le titulaire: %q, %q", first, second)
	}
}

// TestSentenceChecks: the catalogue refuses sentences that could say
// more, or less, than the plan holds.
func TestSentenceChecks(t *testing.T) {
	for name, tc := range map[string]struct {
		make func(f map[string]*Field) *Sentence
		want string
	}{
		"optional value outside [ ]": {func(f map[string]*Field) *Sentence {
			return &Sentence{Text: T("{1} et {2}.", "{1} and {2}."), Fields: []*Field{f["delay"], f["copies"]}}
		}, "would drop the whole sentence"},
		"choice without every option": {func(f map[string]*Field) *Sentence {
			return &Sentence{On: f["choice"], Cases: map[string]Text{"a": T("A.", "A.")}}
		}, `option "b" has no sentence`},
		"yes without no": {func(f map[string]*Field) *Sentence {
			return &Sentence{On: f["flag"], Cases: map[string]Text{"true": T("Oui.", "Yes.")}}
		}, "both answers need a sentence"},
		"yes/no in a slot": {func(f map[string]*Field) *Sentence {
			return &Sentence{Text: T("{1}.", "{1}."), Fields: []*Field{f["flag"]}}
		}, "cannot fill a slot"},
		"required set in a plain sentence": {func(f map[string]*Field) *Sentence {
			return &Sentence{Text: T("{1}.", "{1}."), Fields: []*Field{f["many"]}}
		}, "say it with a sentence of its own"},
		"unknown slot": {func(f map[string]*Field) *Sentence {
			return &Sentence{Text: T("{2}.", "{1}."), Fields: []*Field{f["delay"]}}
		}, "unknown slot"},
		"unbalanced part": {func(f map[string]*Field) *Sentence {
			return &Sentence{Text: T("[{1}.", "{1}."), Fields: []*Field{f["delay"]}}
		}, "unclosed ["},
		"words for no option": {func(f map[string]*Field) *Sentence {
			return &Sentence{Text: T("{1}.", "{1}."), Fields: []*Field{f["choice"]}, Words: map[*Field]map[string]Text{f["choice"]: {"z": T("z", "z")}}}
		}, `"z" is not an option`},
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				r := recover()
				if r == nil || !strings.Contains(r.(error).Error(), tc.want) {
					t.Errorf("panic %v, want %q", r, tc.want)
				}
			}()
			proseCatalogue(&panicT{t}, func(f map[string]*Field) []*Sentence { return []*Sentence{tc.make(f)} })
		})
	}
}

// panicT turns the helper's Fatal into a panic, so that the check's error
// reaches the test.
type panicT struct{ *testing.T }

func (p *panicT) Fatal(args ...any) { panic(args[0]) }

func TestFrequencyAndJoin(t *testing.T) {
	for _, tc := range []struct {
		d      Duration
		fr, en string
	}{
		{Hours(24), "chaque jour", "every day"},
		{Duration{1, Week}, "chaque semaine", "every week"},
		{Months(3), "chaque trimestre", "every quarter"},
		{Months(12), "chaque année", "every year"},
		{Months(2), "tous les 2\u00a0mois", "every 2 months"},
		{Hours(4), "toutes les 4\u00a0h", "every 4 h"},
	} {
		if got := Frequency(tc.d, FR); got != tc.fr {
			t.Errorf("%v: %q, want %q", tc.d, got, tc.fr)
		}
		if got := Frequency(tc.d, EN); got != tc.en {
			t.Errorf("%v: %q, want %q", tc.d, got, tc.en)
		}
	}
	if got := JoinAnd([]string{"a", "b", "c"}, FR); got != "a, b et c" {
		t.Errorf("JoinAnd: %q", got)
	}
	if got := JoinAnd([]string{"a"}, EN); got != "a" {
		t.Errorf("JoinAnd one: %q", got)
	}
}

func TestCounted(t *testing.T) {
	p := part{one: "une copie", many: "copies"}
	z := part{zero: "aucune copie", one: "copie", many: "copies"}
	for _, tc := range []struct {
		n    float64
		p    part
		l    Lang
		want string
	}{
		{1, p, FR, "une copie"}, {3, p, FR, "3\u00a0copies"}, {0, p, FR, "0\u00a0copie"},
		{0, z, FR, "aucune copie"}, {1, z, FR, "1\u00a0copie"}, {2, z, EN, "2\u00a0copies"},
		{0, part{one: "copy", many: "copies"}, EN, "0\u00a0copies"},
	} {
		if got := counted(FormatNumber(tc.n, tc.l), tc.n, tc.p, tc.l); got != tc.want {
			t.Errorf("%v %+v: %q, want %q", tc.n, tc.p, got, tc.want)
		}
	}
}

// TestSentenceSubjectLeftOut: a sentence left out (its optional value is
// absent) does not use up the provider's name: the next sentence names it.
func TestSentenceSubjectLeftOut(t *testing.T) {
	var left, kept *Sentence
	cat := proseCatalogue(t, func(f map[string]*Field) []*Sentence {
		left = &Sentence{Text: T("{p} {do:tester|teste} le service {1}.", "{p} {do:test|tests} the service {1}."), Fields: []*Field{f["every"]}}
		kept = &Sentence{Text: T("{p} {do:fixer|fixe} {1}[ ({2})].", "{p} {do:set|sets} {1}[ ({2})]."), Fields: []*Field{f["delay"], f["copies"]}}
		return []*Sentence{left, kept}
	})
	p := NewPlan(cat, FR)
	p.Set(cat.Field("main.delay"), &Value{Has: true, Dur: Days(2)})
	p.Set(cat.Field("main.who"), &Value{Has: true, Str: "Hélianthe"})
	d := NewDoc(p, RenderOptions{})
	if got := d.Sentence(left); got != nil {
		t.Fatalf("a sentence without its value: %q", doc.PlainText(got))
	}
	if got := doc.PlainText(d.Sentence(kept)); got != "Hélianthe s'engage à fixer 2\u00a0jours." {
		t.Errorf("after a sentence left out: %q", got)
	}
}
