package pas

// testCatalogue covers every kind, a group, a list with references and a
// policy threshold, independently of the real sections.
func testCatalogue() *Catalogue {
	opts := []Option{Opt("a", "Premier", "First"), Opt("b", "Deuxième", "Second"), Opt("c", "Troisième", "Third")}
	orgs := &Field{ID: "orgs", Kind: KList, Label: T("Organisations", "Organisations"), Required: true, Columns: []string{"country"},
		Fields: []*Field{
			{ID: "name", Kind: KText, Label: T("Nom", "Name"), Required: true},
			{ID: "country", Kind: KCountry, Label: T("Pays", "Country"), Required: true},
			{ID: "letters", Kind: KRACI, Label: T("RACI", "RACI"), Ref: "main.orgs"},
			{ID: "peer", Kind: KRef, Label: T("Pair", "Peer"), Ref: "main.orgs"},
		}}
	main := &Section{ID: "main", Title: T("Principal", "Main"), Who: WhoProvider, Fields: []*Field{
		{ID: "title", Kind: KText, Label: T("Titre", "Title"), Required: true},
		{ID: "body", Kind: KLongText, Label: T("Corps", "Body")},
		{ID: "choice", Kind: KEnum, Label: T("Choix", "Choice"), Options: opts, Required: true},
		{ID: "many", Kind: KSet, Label: T("Plusieurs", "Many"), Options: opts},
		{ID: "flag", Kind: KBool, Label: T("Drapeau", "Flag")},
		{ID: "count", Kind: KInt, Label: T("Nombre", "Count"), Unit: T("km", "km"), Min: 0, Max: 1000},
		{ID: "ratio", Kind: KNumber, Label: T("Ratio", "Ratio")},
		{ID: "share", Kind: KPercent, Label: T("Part", "Share")},
		{ID: "delay", Kind: KDuration, Label: T("Délai", "Delay")},
		{ID: "day", Kind: KDate, Label: T("Jour", "Day")},
		{ID: "home", Kind: KCountry, Label: T("Pays", "Country")},
		{ID: "abroad", Kind: KCountries, Label: T("Pays", "Countries")},
		{ID: "link", Kind: KURL, Label: T("Lien", "Link")},
		orgs,
		{ID: "pick", Kind: KRef, Label: T("Choisie", "Picked"), Ref: "main.orgs"},
		{ID: "picks", Kind: KRefs, Label: T("Choisies", "Picked"), Ref: "main.orgs"},
		{ID: "grp.inner", Kind: KText, Label: T("Intérieur", "Inner")},
		{ID: "grp.deep.leaf", Kind: KDuration, Label: T("Feuille", "Leaf")},
	}, Groups: []Group{{ID: "grp", Title: T("Groupe", "Group")}, {ID: "grp.deep", Title: T("Profond", "Deep")}}}
	other := &Section{ID: "other", Title: T("Autre", "Other"), Who: WhoClient, Fields: []*Field{
		{ID: "note", Kind: KText, Label: T("Note", "Note")},
	}}
	policy := []*Field{{ID: "max_delay", Kind: KDuration, Label: T("Délai maximal", "Maximum delay"), Suggest: "30d"}}
	rule := &Rule{ID: "T-01", Severity: Warning, Title: T("t", "t"), Rationale: T("r", "r"), Source: "test",
		Check: func(c *Check) {
			f := c.Plan.Cat.Field("main.delay")
			if v := c.Plan.Get(f); v.IsSet() && v.Dur.Compare(c.Policy("max_delay").Dur) > 0 {
				c.Report(f, nil, T("trop long", "too long"))
			}
		}}
	return MustCatalogue([]*Section{main, other}, policy, []*Rule{rule})
}
