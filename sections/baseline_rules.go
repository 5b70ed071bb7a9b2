package sections

import (
	"sort"
	"strings"
	"unicode"

	"github.com/pas-editor/pas/pas"
)

// Rules about the standard PAS a plan was made from (pas init --from).
// They read what pas.ReadBaseline found; without it they say nothing.
func init() {
	planRules = append(planRules, ruleBASE01, ruleBASE02, ruleBASE03)
}

var ruleBASE01 = &pas.Rule{
	ID: "BASE-01", Severity: pas.Info,
	Title: t("Le PAS standard a changé depuis la copie", "The standard PAS changed since the copy"),
	Rationale: t("Un PAS d'appel d'offres part du PAS standard de l'entreprise ; lorsque le standard évolue (nouvelle certification, délai resserré, nouveau sous-traitant), le plan tiré d'une version antérieure doit être relu à la lumière de ce qui a changé.",
		"A tender PAS starts from the company's standard PAS; when the standard moves on (a new certification, a shorter delay, a new subcontractor), a plan made from an earlier version must be reviewed against what changed."),
	Source: "pas (baseline of the plan); practice of one standard PAS adapted to each project",
	Check: func(c *pas.Check) {
		if b := c.Plan.Baseline; b != nil && b.Changed() {
			c.ReportPath("baseline", b.Pos, pas.Textf(
				"le PAS standard « %s » a changé depuis que ce plan en a été tiré : « pas diff --baseline » montre ce qui a changé",
				"the standard PAS %q changed since this plan was made from it: \"pas diff --baseline\" shows what changed", b.Path))
		}
	},
}

var ruleBASE02 = &pas.Rule{
	ID: "BASE-02", Severity: pas.Info,
	Title: t("PAS standard illisible", "Standard PAS cannot be read"),
	Rationale: t("Sans le PAS standard dont il est tiré, on ne peut ni savoir s'il a changé ni lister les écarts du plan par rapport à lui.",
		"Without the standard PAS it was made from, nobody can tell whether the standard changed, nor list how the plan deviates from it."),
	Source: "pas (baseline of the plan)",
	Check: func(c *pas.Check) {
		if b := c.Plan.Baseline; b != nil && b.Read && b.Standard == nil {
			c.ReportPath("baseline", b.Pos, pas.Textf("PAS standard « %s » : %s", "standard PAS %q: %s", b.Path, b.Problem))
		}
	},
}

var ruleBASE03 = &pas.Rule{
	ID: "BASE-03", Severity: pas.Warning,
	Title: t("Nom repris d'un autre plan", "Name carried over from another plan"),
	Rationale: t("Un plan tiré d'un précédent appel d'offres garde souvent, dans ses textes, le nom de l'ancien client ou de ses interlocuteurs : l'accident de copier-coller classique, qui dévoile un autre client et décrédibilise l'offre. Les organisations et les personnes du plan d'origine qui ne sont ni des parties, ni des contacts, ni des signataires de ce plan sont recherchées dans ses textes.",
		"A plan made from a previous tender often keeps the former client's name, or its people's, in its texts: the classic copy-and-paste accident, which reveals another client and discredits the offer. The organisations and people of the original plan that are none of this plan's parties, contacts or signatories are looked for in its texts."),
	Source: "pas (baseline of the plan); tender practice",
	Check: func(c *pas.Check) {
		b := c.Plan.Baseline
		if b == nil || b.Standard == nil {
			return
		}
		names := leftoverNames(b.Standard, c.Plan)
		if len(names) == 0 {
			return
		}
		report := func(f *pas.Field, r *pas.Record, texts ...string) {
			if found := namesIn(names, texts...); len(found) > 0 {
				c.Report(f, r, leftoverMessage(found))
			}
		}
		for _, s := range c.Plan.Cat.Sections {
			if d := c.Plan.Data(s.ID); d != nil && d.NA != nil {
				if found := namesIn(names, d.NA.Justification); len(found) > 0 {
					c.ReportPath(s.ID+".not_applicable", d.NA.Pos, leftoverMessage(found))
				}
			}
			if !c.Plan.Applicable(s) {
				continue
			}
			for _, f := range s.Fields {
				if f.Kind != pas.KList {
					report(f, nil, freeText(f, c.Plan.Get(f))...)
					continue
				}
				for _, r := range c.Plan.Records(f) {
					for _, rf := range f.Fields {
						if !nameFields[rf] {
							report(rf, r, freeText(rf, r.Get(rf))...)
						}
					}
				}
			}
		}
	},
}

// nameFields hold the names of the plan's own organisations and people.
var nameFields = map[*pas.Field]bool{ptyName: true, ptyParentName: true, ctcName: true, covSignatories.RecordField("name"): true}

// planNames returns the folded names of a plan's organisations (and
// their parents), contacts and signatories, with their original spelling.
func planNames(p *pas.Plan) map[string]string {
	out := map[string]string{}
	add := func(s string) {
		if k := foldName(s); len([]rune(k)) >= 3 {
			out[k] = strings.TrimSpace(s)
		}
	}
	for _, r := range p.Records(ptyOrganisations) {
		add(r.Str(ptyName))
		add(r.Str(ptyParentName))
	}
	for _, r := range p.Records(ptyContacts) {
		add(r.Str(ctcName))
	}
	for _, r := range p.Records(covSignatories) {
		add(r.Str(covSignatories.RecordField("name")))
	}
	return out
}

// leftoverNames are the names of the original plan that the plan no
// longer names as a party, contact or signatory.
func leftoverNames(original, p *pas.Plan) map[string]string {
	mine := planNames(p)
	out := map[string]string{}
	for k, name := range planNames(original) {
		if _, ok := mine[k]; !ok {
			out[k] = name
		}
	}
	return out
}

// freeText returns what a value says in words: text, and the question and
// owner of a value to confirm or an open question.
func freeText(f *pas.Field, v *pas.Value) []string {
	if v == nil {
		return nil
	}
	var out []string
	if v.IsSet() && (f.Kind == pas.KText || f.Kind == pas.KLongText) {
		out = append(out, v.Str)
	}
	return append(out, v.Question, v.Owner)
}

// namesIn returns the names that appear as whole words in the texts, in
// alphabetical order of their folded form.
func namesIn(names map[string]string, texts ...string) []string {
	var folded strings.Builder
	for _, s := range texts {
		folded.WriteString(" " + foldName(s) + " ")
	}
	hay := folded.String()
	var found []string
	for _, k := range sortedNames(names) {
		if strings.Contains(hay, " "+k+" ") {
			found = append(found, names[k])
		}
	}
	return found
}

func sortedNames(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// foldName lowers case, removes accents and turns every run of
// characters other than letters and digits into one space.
func foldName(s string) string {
	return strings.Join(strings.FieldsFunc(pas.SearchKey(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

func leftoverMessage(found []string) pas.Text {
	quote := func(l pas.Lang) string {
		quoted := make([]string, len(found))
		for i, n := range found {
			quoted[i] = pas.Quote(n, l)
		}
		return strings.Join(quoted, ", ")
	}
	fr, en := quote(pas.FR), quote(pas.EN)
	return pas.Textf("%s : ni partie, ni contact, ni signataire de ce plan (repris d'un autre plan ?)",
		"%s: none of this plan's parties, contacts or signatories (carried over from another plan?)", pas.T(fr, en))
}
