package pas

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pas-editor/pas/pas/doc"
)

// Sentence is one sentence of a chapter written in the provider's voice,
// built only from the plan's values: a pattern per language whose slots
// take the values of fields. A value to confirm keeps its marker, a
// missing required value shows as to be completed, and a part that needs
// a missing optional value is left out: a sentence never says more than
// the plan holds. The patterns live with their chapter in package
// sections.
//
// In a pattern:
//
//	{1}, {2}…         the value of Fields[0], Fields[1]…
//	{1|copie|copies}  a number followed by the noun that agrees with it;
//	                  {1|une copie|copies} writes the singular without the
//	                  number ("une copie", "3 copies"), and a fourth form
//	                  {1|aucune copie|une copie|copies} is for zero
//	{p}               the provider: its name the first time in a chapter,
//	                  "le titulaire" / "the provider" after
//	{do:inf|pres}     the commitment verb: "s'engage à" + inf, or pres,
//	                  as the document settings say ("undertakes to" in
//	                  English); {and:inf|pres} a second verb after "et"
//	[ … ]             a part left out when a value it needs is absent
type Sentence struct {
	Text   Text     // the pattern; with On, the pattern for the cases not listed
	Fields []*Field // the fields of the slots, in order
	// On is a yes/no, choice or set field whose value picks the pattern in
	// Cases: "true" or "false", an option, or "none" for an empty set.
	On    *Field
	Cases map[string]Text
	// Words say how options read inside a sentence, where their label
	// (a table's wording) does not fit.
	Words map[*Field]map[string]Text
	// Phrases write a slot's value where a sentence says more than the
	// value alone (a site and its distance); they only run on a value the
	// plan holds.
	Phrases map[*Field]func(d *Doc, v *Value) []doc.Inline
	// Break starts a new paragraph with this sentence.
	Break bool
	// Or joins the items of a list with "ou" / "or": they are
	// alternatives, not all at once.
	Or bool

	parsed map[string][2][]part // pattern key ("" for Text) → parts by language
}

// Voice is how a document's prose speaks: the provider's name and the
// commitment verb the document settings choose.
type Voice struct {
	Provider   string // "" when the plan names none
	Undertakes bool   // "s'engage à …" / "undertakes to …", else the present tense
}

type partKind uint8

const (
	litPart partKind = iota
	slotPart
	subjectPart
	verbPart
	andPart
	openPart
	closePart
)

type part struct {
	kind            partKind
	text            string // litPart
	slot            int    // slotPart, 0-based
	zero, one, many string // slotPart: nouns after a number (zero and one may stand for it)
	inf, pres       string // verbPart, andPart
}

// Group returns the group of fields the sentence belongs to: that of its
// first field.
func (s *Sentence) Group() string {
	if s.On != nil {
		return s.On.Group()
	}
	return s.Fields[0].Group()
}

// Covers lists the fields whose values the sentence writes.
func (s *Sentence) Covers() []*Field {
	if s.On != nil {
		return append([]*Field{s.On}, s.Fields...)
	}
	return s.Fields
}

// checkProse parses and checks a section's sentences: fields of the
// section, kinds a sentence can say, every option of a choice covered,
// slots in range, and no optional value outside a part that can be left
// out of a sentence with other values.
func (c *Catalogue) checkProse(s *Section) error {
	for i, st := range s.Prose {
		if err := st.check(s); err != nil {
			return fmt.Errorf("section %q, sentence %d: %w", s.ID, i+1, err)
		}
	}
	return nil
}

func (s *Sentence) check(sec *Section) error {
	if s.On == nil && len(s.Fields) == 0 {
		return fmt.Errorf("a sentence needs a field")
	}
	for _, f := range s.Covers() {
		if f.Section != sec || f.List != nil {
			return fmt.Errorf("field %q is not a field of the section", f.Path)
		}
	}
	for _, f := range s.Fields {
		switch {
		case f.Kind == KList || f.Kind == KLongText || f.Kind == KBool || f.Kind == KRACI:
			return fmt.Errorf("field %q cannot fill a slot", f.Path)
		case f.Kind.IsList() && f.Required && f != s.On:
			return fmt.Errorf("required list %q: say it with a sentence of its own, which can say none", f.Path)
		}
	}
	s.parsed = map[string][2][]part{}
	patterns := map[string]Text{}
	if !s.Text.IsZero() {
		patterns[""] = s.Text
	}
	for k, t := range s.Cases {
		patterns[k] = t
	}
	for k, t := range patterns {
		var both [2][]part
		for i, src := range []string{t.FR, t.EN} {
			parts, err := parsePattern(src, len(s.Fields))
			if err != nil {
				return fmt.Errorf("%q: %w", src, err)
			}
			if err := s.checkOptional(parts); err != nil {
				return err
			}
			both[i] = parts
		}
		s.parsed[k] = both
	}
	if s.On != nil {
		if err := s.checkCases(); err != nil {
			return err
		}
	}
	for f, words := range s.Words {
		for v := range words {
			if f.Option(v) == nil {
				return fmt.Errorf("words for %q: %q is not an option", f.Path, v)
			}
		}
	}
	return nil
}

func (s *Sentence) checkCases() error {
	has := func(k string) bool { _, ok := s.parsed[k]; return ok || !s.Text.IsZero() }
	switch s.On.Kind {
	case KBool:
		if !has("true") || !has("false") {
			return fmt.Errorf("yes/no field %q: both answers need a sentence", s.On.Path)
		}
	case KEnum:
		for _, o := range s.On.Options {
			if !has(o.Value) {
				return fmt.Errorf("choice %q: option %q has no sentence", s.On.Path, o.Value)
			}
		}
	case KSet, KRefs, KCountries:
		if !has("none") || s.Text.IsZero() {
			return fmt.Errorf("set %q: a sentence for none and one for the items are needed", s.On.Path)
		}
	default:
		return fmt.Errorf("field %q cannot pick a sentence", s.On.Path)
	}
	for k := range s.Cases {
		if k != "true" && k != "false" && k != "none" && s.On.Option(k) == nil {
			return fmt.Errorf("case %q is no answer of %q", k, s.On.Path)
		}
	}
	return nil
}

// checkOptional refuses an optional value outside a part that can be left
// out, in a sentence that says other values: its absence would take them
// out too.
func (s *Sentence) checkOptional(parts []part) error {
	slots, depth := 0, 0
	var loose []*Field
	for _, p := range parts {
		switch p.kind {
		case openPart:
			depth++
		case closePart:
			depth--
		case slotPart:
			slots++
			if f := s.Fields[p.slot]; !f.Required && f != s.On && depth == 0 {
				loose = append(loose, f)
			}
		}
	}
	if len(loose) > 0 && (slots > 1 || s.On != nil) {
		return fmt.Errorf("optional field %q outside [ ] would drop the whole sentence", loose[0].Path)
	}
	return nil
}

// parsePattern splits a pattern into literal text, slots, the subject,
// verbs and optional parts.
func parsePattern(src string, nFields int) ([]part, error) {
	var out []part
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			out = append(out, part{kind: litPart, text: lit.String()})
			lit.Reset()
		}
	}
	depth := 0
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '[', ']':
			flush()
			if c == '[' {
				depth++
				out = append(out, part{kind: openPart})
			} else {
				depth--
				out = append(out, part{kind: closePart})
			}
			if depth < 0 || depth > 1 {
				return nil, fmt.Errorf("unbalanced or nested [ ]")
			}
		case '{':
			end := strings.IndexByte(src[i:], '}')
			if end < 0 {
				return nil, fmt.Errorf("unclosed {")
			}
			flush()
			p, err := parseToken(src[i+1:i+end], nFields)
			if err != nil {
				return nil, err
			}
			out = append(out, p)
			i += end
		case '}':
			return nil, fmt.Errorf("} without {")
		default:
			lit.WriteByte(c)
		}
	}
	flush()
	if depth != 0 {
		return nil, fmt.Errorf("unclosed [")
	}
	return out, nil
}

func parseToken(tok string, nFields int) (part, error) {
	if tok == "p" {
		return part{kind: subjectPart}, nil
	}
	for prefix, kind := range map[string]partKind{"do:": verbPart, "and:": andPart} {
		if rest, ok := strings.CutPrefix(tok, prefix); ok {
			inf, pres, ok := strings.Cut(rest, "|")
			if !ok || inf == "" || pres == "" {
				return part{}, fmt.Errorf("{%s}: write {%sinfinitive|present}", tok, prefix)
			}
			return part{kind: kind, inf: inf, pres: pres}, nil
		}
	}
	fields := strings.Split(tok, "|")
	n, err := strconv.Atoi(fields[0])
	if err != nil || n < 1 || n > nFields || len(fields) == 2 || len(fields) > 4 {
		return part{}, fmt.Errorf("{%s}: unknown slot", tok)
	}
	p := part{kind: slotPart, slot: n - 1}
	switch len(fields) {
	case 3:
		p.one, p.many = fields[1], fields[2]
	case 4:
		p.zero, p.one, p.many = fields[1], fields[2], fields[3]
	}
	return p, nil
}

// Sentence writes one sentence for the plan, nil when it has nothing to
// say: its field is switched off, or an optional value it needs is absent.
func (d *Doc) Sentence(s *Sentence) []doc.Inline {
	key, suffix, fallback, ok := d.sentenceCase(s)
	switch {
	case fallback != nil:
		return fallback
	case !ok:
		return nil
	}
	parsed, found := s.parsed[key]
	if !found {
		parsed = s.parsed[""]
	}
	parts := parsed[0]
	if d.Lang == EN {
		parts = parsed[1]
	}
	out, ok := d.parts(s, parts)
	if !ok {
		return nil
	}
	if suffix != 0 {
		out = beforeStop(out, d.Marker(suffix))
	}
	return capitalise(mergeText(out))
}

// sentenceCase picks the pattern from the On field's value: its key, the
// marker to add when the value waits for confirmation, or the fallback
// line ("Label : [marker].") when the value is not there to say.
func (d *Doc) sentenceCase(s *Sentence) (key string, marker ItemKind, fallback []doc.Inline, ok bool) {
	if s.On == nil {
		return "", 0, nil, true
	}
	f := s.On
	if !d.Plan.Active(f, nil) {
		return "", 0, nil, false
	}
	v := d.Plan.Get(f)
	if !v.IsSet() {
		if k := d.PendingKind(v); k != 0 {
			return "", 0, d.fallback(f, k), false
		}
		if f.Required {
			return "", 0, d.fallback(f, Missing), false
		}
		return "", 0, nil, false
	}
	switch f.Kind {
	case KBool:
		key = strconv.FormatBool(v.Bool)
	case KEnum:
		key = v.Str
	default:
		if len(v.List) == 0 {
			key = "none"
		}
	}
	return key, d.PendingKind(v), nil, true
}

// fallback writes "Label : [marker]." for a value a sentence cannot say.
func (d *Doc) fallback(f *Field, k ItemKind) []doc.Inline {
	return []doc.Inline{d.L(f.Label), doc.Text(Colon(d.Lang)), d.Marker(k), doc.Text(".")}
}

// parts writes a pattern's parts; false when a value outside an optional
// part is absent. What is left out does not name the provider: its name
// then goes to the next sentence that is written.
func (d *Doc) parts(s *Sentence, parts []part) ([]doc.Inline, bool) {
	var out, seg []doc.Inline
	inSeg, segOK := false, true
	named, segNamed := d.named[d.chapter], false
	add := func(in ...doc.Inline) {
		if inSeg {
			seg = append(seg, in...)
		} else {
			out = append(out, in...)
		}
	}
	for _, p := range parts {
		switch p.kind {
		case litPart:
			add(doc.Text(Typo(p.text, d.Lang)))
		case openPart:
			inSeg, segOK, seg, segNamed = true, true, nil, d.named[d.chapter]
		case closePart:
			if segOK {
				out = append(out, seg...)
			} else {
				d.setNamed(segNamed)
			}
			inSeg = false
		case subjectPart:
			add(doc.Text(d.subject()))
		case verbPart, andPart:
			add(doc.Text(d.verb(p)))
		case slotPart:
			in, ok := d.slot(s, s.Fields[p.slot], p)
			switch {
			case ok:
				add(in...)
			case inSeg:
				segOK = false
			default:
				d.setNamed(named)
				return nil, false
			}
		}
	}
	return out, true
}

// setNamed records whether the chapter has named the provider.
func (d *Doc) setNamed(named bool) {
	if d.named == nil {
		d.named = map[string]bool{}
	}
	d.named[d.chapter] = named
}

// slot writes a field's value inside a sentence, with its marker; false
// when there is nothing to say (switched off, or optional and absent).
func (d *Doc) slot(s *Sentence, f *Field, p part) ([]doc.Inline, bool) {
	if !d.Plan.Active(f, nil) {
		return nil, false
	}
	v := d.Plan.Get(f)
	if f.Kind.IsList() && v.IsSet() && len(v.List) == 0 && !v.Pending() {
		return nil, false // an empty list has nothing to say here
	}
	var out []doc.Inline
	if fn := s.Phrases[f]; fn != nil && v.IsSet() {
		out = fn(d, v)
	} else if v.IsSet() {
		text := d.phrase(s, f, v)
		if p.one != "" {
			text = counted(text, v.Num, p, d.Lang)
		}
		out = append(out, doc.Text(text))
	}
	if k := d.PendingKind(v); k != 0 {
		return d.marked(out, k), true
	}
	switch {
	case len(out) > 0:
		return out, true
	case f.Required:
		return []doc.Inline{d.Marker(Missing)}, true
	}
	return nil, false
}

// counted writes a number with the noun that agrees with it: "3 copies",
// "une copie" when the singular form brings its own article, the zero
// form for none.
func counted(num string, n float64, p part, l Lang) string {
	switch {
	case n == 0 && p.zero != "":
		return p.zero
	case n == 1 && article(p.one) != "":
		return p.one
	case n == 1 || l == FR && n < 1:
		return num + "\u00a0" + strings.TrimPrefix(p.one, article(p.one))
	}
	return num + "\u00a0" + p.many
}

// article returns the article a singular form starts with ("un audit",
// "one audit"), which stands for the number; "" for none.
func article(s string) string {
	for _, a := range []string{"un ", "une ", "a ", "an ", "one "} {
		if strings.HasPrefix(strings.ToLower(s), a) {
			return s[:len(a)]
		}
	}
	return ""
}

// phrase writes a value as it reads inside a sentence: options in lower
// case (or as the sentence words them), lists joined with "et" / "and",
// frequencies as "chaque mois" / "every month".
func (d *Doc) phrase(s *Sentence, f *Field, v *Value) string {
	l := d.Lang
	switch f.Kind {
	case KEnum:
		return d.optionWords(s, f, v.Str)
	case KSet:
		items := make([]string, len(v.List))
		for i, o := range v.List {
			items[i] = d.optionWords(s, f, o)
		}
		if s.Or {
			return joinWith(items, T(" ou ", " or ").In(l))
		}
		return JoinAnd(items, l)
	case KCountries:
		items := make([]string, len(v.List))
		for i, c := range v.List {
			items[i] = CountryName(c, l)
		}
		return JoinAnd(items, l)
	case KRefs:
		items := make([]string, len(v.List))
		for i, id := range v.List {
			items[i] = d.text(refName(d.Plan, f, id, l))
		}
		return JoinAnd(items, l)
	case KDuration:
		if f.Every {
			return Frequency(v.Dur, l)
		}
	case KText, KURL:
		// the sentence brings its own full stop
		if t := d.text(v.Str); strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..") {
			return strings.TrimSuffix(t, ".")
		}
		return d.text(v.Str)
	}
	return d.text(Format(d.Plan, f, v, l))
}

func (d *Doc) optionWords(s *Sentence, f *Field, value string) string {
	if w, ok := s.Words[f][value]; ok {
		return w.In(d.Lang)
	}
	return lowerFirst(optionLabel(f, value, d.Lang))
}

// subject names the provider: by its name the first time in a chapter,
// then as "le titulaire" / "the provider".
func (d *Doc) subject() string {
	name := ""
	if d.Plan.Cat.Voice != nil {
		name = d.Plan.Cat.Voice(d.Plan).Provider
	}
	if name != "" && !d.named[d.chapter] {
		if d.named == nil {
			d.named = map[string]bool{}
		}
		d.named[d.chapter] = true
		return d.text(name)
	}
	return T("le titulaire", "the provider").In(d.Lang)
}

// verb writes the commitment verb: "s'engage à corriger" or "corrige";
// after "et", "à corriger" or "corrige".
func (d *Doc) verb(p part) string {
	undertakes := d.Plan.Cat.Voice == nil || d.Plan.Cat.Voice(d.Plan).Undertakes
	switch {
	case !undertakes:
		return p.pres
	case p.kind == andPart && d.Lang == FR:
		return "à " + p.inf
	case p.kind == andPart:
		return p.inf
	case d.Lang == FR:
		return "s'engage à " + p.inf
	}
	return "undertakes to " + p.inf
}

// beforeStop puts a marker before the sentence's final full stop.
func beforeStop(out []doc.Inline, m doc.Inline) []doc.Inline {
	if n := len(out); n > 0 && out[n-1].Kind == doc.TextKind && strings.HasSuffix(out[n-1].Text, ".") {
		last := out[n-1]
		last.Text = strings.TrimSuffix(last.Text, ".")
		return append(out[:n-1:n-1], last, doc.Text(" "), m, doc.Text("."))
	}
	return append(out, doc.Text(" "), m)
}

// mergeText joins neighbouring runs of plain text.
func mergeText(in []doc.Inline) []doc.Inline {
	var out []doc.Inline
	for _, x := range in {
		if n := len(out); n > 0 && x.Kind == doc.TextKind && x.Style == 0 && out[n-1].Kind == doc.TextKind && out[n-1].Style == 0 {
			out[n-1].Text += x.Text
			continue
		}
		if x.Kind == doc.TextKind && x.Text == "" {
			continue
		}
		out = append(out, x)
	}
	return out
}

// capitalise starts a sentence with a capital letter.
func capitalise(in []doc.Inline) []doc.Inline {
	if len(in) == 0 || in[0].Kind != doc.TextKind {
		return in
	}
	r, n := utf8.DecodeRuneInString(in[0].Text)
	in[0].Text = string(unicode.ToUpper(r)) + in[0].Text[n:]
	return in
}

// JoinAnd joins items as a sentence lists them: "a, b et c", "a, b and c".
func JoinAnd(items []string, l Lang) string {
	return joinWith(items, T(" et ", " and ").In(l))
}

func joinWith(items []string, last string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + last + items[len(items)-1]
}

// Frequency writes a frequency inside a sentence: "chaque jour", "chaque
// trimestre", "tous les 2 mois"; "every day", "every quarter", "every 2
// months".
func Frequency(d Duration, l Lang) string {
	type word struct{ fr, en string }
	named := map[Duration]word{
		{1, Minute}: {"chaque minute", "every minute"}, {1, Hour}: {"chaque heure", "every hour"},
		{1, Day}: {"chaque jour", "every day"}, {24, Hour}: {"chaque jour", "every day"},
		{1, BusinessDay}: {"chaque jour ouvré", "every business day"},
		{1, Week}:        {"chaque semaine", "every week"}, {7, Day}: {"chaque semaine", "every week"},
		{1, Month}: {"chaque mois", "every month"}, {3, Month}: {"chaque trimestre", "every quarter"},
		{6, Month}: {"chaque semestre", "every six months"}, {12, Month}: {"chaque année", "every year"},
		{1, Year}: {"chaque année", "every year"},
	}
	if w, ok := named[d]; ok {
		if l == FR {
			return w.fr
		}
		return w.en
	}
	return lowerFirst(d.FormatEvery(l))
}
