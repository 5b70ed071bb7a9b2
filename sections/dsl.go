package sections

import "github.com/pas-editor/pas/pas"

// mod adjusts a field being declared.
type mod func(*pas.Field)

// field declares a field: id, kind, French and English labels, modifiers.
func field(id string, k pas.Kind, fr, en string, mods ...mod) *pas.Field {
	f := &pas.Field{ID: id, Kind: k, Label: pas.T(fr, en)}
	for _, m := range mods {
		m(f)
	}
	return f
}

// req marks a field required for completeness.
func req(f *pas.Field) { f.Required = true }

// every marks a duration as a frequency ("tous les 3 mois").
func every(f *pas.Field) { f.Every = true }

// help sets what to answer.
func help(fr, en string) mod { return func(f *pas.Field) { f.Help = pas.T(fr, en) } }

// suggest sets the value the editor may offer (canonical YAML form).
func suggest(s string) mod { return func(f *pas.Field) { f.Suggest = s } }

// by sets who answers the field.
func by(w pas.Who) mod { return func(f *pas.Field) { f.Who = w } }

// since marks a field added in a later plan.yaml format version.
func since(version int) mod { return func(f *pas.Field) { f.Since = version } }

// unit sets the unit written after a number.
func unit(fr, en string) mod { return func(f *pas.Field) { f.Unit = pas.T(fr, en) } }

// bounds sets a number's range.
func bounds(lo, hi float64) mod { return func(f *pas.Field) { f.Min, f.Max = lo, hi } }

// ref points a reference field at a list ("parties.organisations").
func ref(path string) mod { return func(f *pas.Field) { f.Ref = path } }

// when switches a field on only when fn holds.
func when(fn func(p *pas.Plan, r *pas.Record) bool) mod { return func(f *pas.Field) { f.When = fn } }

// options sets the allowed values of an enum or set.
func options(o ...pas.Option) mod { return func(f *pas.Field) { f.Options = o } }

// opt declares an option.
func opt(value, fr, en string) pas.Option { return pas.Opt(value, fr, en) }

// records declares the fields of a list, its table columns and its name field.
func records(name string, columns []string, fields ...*pas.Field) mod {
	return func(f *pas.Field) { f.Name, f.Columns, f.Fields = name, columns, fields }
}

// qualifiedBy names the record field shown after a record's name where it
// is referenced ("Sophie Lambert (GHT)").
func qualifiedBy(id string) mod { return func(f *pas.Field) { f.Qualifier = id } }

// cols is a shorthand for a list of column ids.
func cols(ids ...string) []string { return ids }

// group declares a group title.
func group(id, fr, en string) pas.Group { return pas.Group{ID: id, Title: pas.T(fr, en)} }

// fields is a shorthand for a list of fields.
func fields(fs ...*pas.Field) []*pas.Field { return fs }

// t is a shorthand for pas.T.
func t(fr, en string) pas.Text { return pas.T(fr, en) }
