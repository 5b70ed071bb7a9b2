package pas

// Kind is the type of a field's value.
type Kind uint8

// Field kinds. Each kind has one canonical YAML form, one parser for what
// people type and one formatter per language.
const (
	KText      Kind = iota + 1 // one line of text
	KLongText                  // several lines of text
	KEnum                      // one value among Options
	KSet                       // several values among Options
	KBool                      // yes / no
	KInt                       // whole number, with an optional unit
	KNumber                    // decimal number, with an optional unit
	KPercent                   // 0 to 100, up to three decimals
	KDuration                  // amount and unit: 15min, 4h, 30d, 1bd, 2w, 6mo, 1y
	KDate                      // calendar date, YYYY-MM-DD
	KCountry                   // ISO 3166-1 alpha-2 code
	KCountries                 // list of ISO 3166-1 alpha-2 codes
	KRef                       // id of a record of another list
	KRefs                      // ids of records of another list
	KURL                       // web address
	KRACI                      // RACI letters per party id
	KList                      // list of records, each with its own fields
)

var kindNames = map[Kind]string{
	KText: "text", KLongText: "longtext", KEnum: "enum", KSet: "set", KBool: "bool",
	KInt: "int", KNumber: "number", KPercent: "percent", KDuration: "duration",
	KDate: "date", KCountry: "country", KCountries: "countries", KRef: "ref",
	KRefs: "refs", KURL: "url", KRACI: "raci", KList: "list",
}

// String returns the kind's short name.
func (k Kind) String() string { return kindNames[k] }

// IsQuantity reports whether values of this kind can be compared with a
// threshold: numbers, percentages and durations.
func (k Kind) IsQuantity() bool { return k == KInt || k == KNumber || k == KPercent || k == KDuration }

// IsList reports whether values of this kind hold several items.
func (k Kind) IsList() bool { return k == KSet || k == KCountries || k == KRefs }

// Who says which party normally answers a question.
type Who uint8

// Who answers a field.
const (
	WhoProvider Who = iota + 1 // the integrator or service provider (titulaire)
	WhoClient                  // the buyer (donneur d'ordres)
	WhoPartner                 // a partner: hosting provider, SaaS vendor, subcontractor
)

var whoNames = map[Who]string{WhoProvider: "provider", WhoClient: "client", WhoPartner: "partner"}

// String returns the stable identifier used in JSON and the schema.
func (w Who) String() string { return whoNames[w] }

// Text returns the localised name.
func (w Who) Text() Text {
	switch w {
	case WhoClient:
		return T("client", "client")
	case WhoPartner:
		return T("partenaire", "partner")
	}
	return T("titulaire", "provider")
}
