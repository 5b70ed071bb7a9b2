package sections

import (
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/pas/doc"
)

var (
	ptyName = field("name", pas.KText, "Nom", "Name", req)
	ptyRole = field("role", pas.KEnum, "Rôle", "Role", req,
		help("Au sens du marché : le sous-traitant ici est celui du contrat, pas le sous-traitant au sens du RGPD (voir le rôle RGPD).",
			"In the procurement sense: a subcontractor here is the contract's, not a GDPR processor (see the GDPR role)."),
		options(
			opt("client", "Donneur d'ordres", "Client"),
			opt("provider", "Titulaire", "Provider (prime contractor)"),
			opt("co_contractor", "Co-traitant", "Co-contractor"),
			opt("hosting", "Hébergeur", "Hosting provider"),
			opt("subcontractor", "Sous-traitant", "Subcontractor"),
			opt("auditor", "Auditeur", "Auditor"),
			opt("other", "Autre", "Other"),
		))
	ptyRegistration = field("registration_id", pas.KText, "Immatriculation", "Registration number",
		help("SIREN, numéro de TVA intracommunautaire ou équivalent.", "SIREN, EU VAT number or equivalent."))
	ptySeat = field("seat_country", pas.KCountry, "Pays du siège", "Seat country", req,
		help("Pays du siège social ou de l'administration centrale.", "Country of the registered office or central administration."))
	ptyParentName    = field("parent_name", pas.KText, "Société mère ultime", "Ultimate parent")
	ptyParentCountry = field("parent_country", pas.KCountry, "Pays de la société mère", "Ultimate parent's country",
		help("Le droit du pays de la société mère peut contraindre une filiale à communiquer des données, où qu'elles soient stockées (Cloud Act).",
			"The law of the parent's country can compel a subsidiary to hand over data wherever it is stored (CLOUD Act)."))
	ptyNonEUMax = field("non_eu_max_pct", pas.KPercent, "Détention hors UE, plus forte part individuelle", "Non-EU holding, largest single share",
		help("Part du capital et des droits de vote détenue par la plus grosse entité extra-européenne (critère SecNumCloud : 24 % au plus).",
			"Share of capital and voting rights held by the largest non-EU entity (SecNumCloud criterion: 24% at most)."))
	ptyNonEUTotal = field("non_eu_total_pct", pas.KPercent, "Détention hors UE, total", "Non-EU holding, total",
		help("Part totale détenue par des entités extra-européennes (critère SecNumCloud : 39 % au plus).",
			"Total share held by non-EU entities (SecNumCloud criterion: 39% at most)."))
	ptyForeignLaw = field("foreign_law", pas.KBool, "Soumise à une loi extra-européenne d'accès contraint (hors droit américain)", "Subject to another non-EU compelled-access law",
		help("Oui si une loi autre que celles des États-Unis peut contraindre la partie à communiquer des données (l'exposition au droit américain se déduit des pays).",
			"Yes when a law other than US law can compel the party to hand over data (US exposure follows from the countries)."))
	ptyGDPR = field("gdpr_role", pas.KEnum, "Rôle RGPD", "GDPR role", req,
		options(
			opt("controller", "Responsable de traitement", "Controller"),
			opt("joint_controller", "Responsable conjoint", "Joint controller"),
			opt("processor", "Sous-traitant (RGPD)", "Processor"),
			opt("sub_processor", "Sous-traitant ultérieur", "Sub-processor"),
			opt("none", "Aucun", "None"),
		))
	ptyHDS = field("hds_activities", pas.KSet, "Activités HDS exercées", "HDS activities performed",
		help("Activités d'hébergement de données de santé que la partie exerce réellement, dont l'administration et l'exploitation (5) pour qui exploite l'application.",
			"Health-data hosting activities the party actually performs, including administration and operation (5) for whoever runs the application."),
		when(func(p *pas.Plan, _ *pas.Record) bool { return hdsScope(p) }),
		options(hdsActivities...))
	ptyNIS2 = field("nis2_status", pas.KEnum, "Statut NIS 2", "NIS 2 status",
		options(
			opt("essential", "Entité essentielle", "Essential entity"),
			opt("important", "Entité importante", "Important entity"),
			opt("none", "Non concernée", "Not in scope"),
			opt("unknown", "Inconnu", "Unknown"),
		))
	ptyOrganisations = field("organisations", pas.KList, "Organisations", "Organisations", req,
		records("name", cols("role", "seat_country", "parent_country", "gdpr_role"),
			ptyName, ptyRole, ptyRegistration, ptySeat, ptyParentName, ptyParentCountry,
			ptyNonEUMax, ptyNonEUTotal, ptyForeignLaw, ptyGDPR, ptyHDS, ptyNIS2))

	ctcName     = field("name", pas.KText, "Nom", "Name", req)
	ctcParty    = field("party", pas.KRef, "Organisation", "Organisation", req, ref("parties.organisations"))
	ctcFunction = field("function", pas.KEnum, "Fonction", "Function", req,
		options(
			opt("ciso", "RSSI", "CISO"),
			opt("dpo", "DPO", "DPO"),
			opt("project_director", "Direction de projet", "Project director"),
			opt("service_manager", "Responsable de service", "Service delivery manager"),
			opt("security_correspondent", "Correspondant sécurité", "Security correspondent"),
			opt("on_call", "Astreinte 24/7", "24/7 on-call"),
			opt("signatory", "Signataire", "Signatory"),
			opt("other", "Autre", "Other"),
		))
	ctcTitle = field("title", pas.KText, "Intitulé de la fonction", "Job title", since(2),
		help("La fonction telle que le document la nomme, par exemple « RSSI de la Région » ; les contrôles lisent la fonction choisie dans la liste.",
			"The function as the document names it, for instance \"CISO of the Region\"; the checks read the function chosen from the list."))
	ctcEmail    = field("email", pas.KText, "Courriel", "Email")
	ctcPhone    = field("phone", pas.KText, "Téléphone", "Phone")
	ptyContacts = field("contacts", pas.KList, "Contacts", "Contacts",
		help("Contacts de sécurité de chaque partie : RSSI, DPO, correspondant sécurité, astreinte.",
			"Security contacts of each party: CISO, DPO, security correspondent, on-call."),
		records("name", cols("party", "function", "email", "phone"), ctcName, ctcParty, ctcFunction, ctcTitle, ctcEmail, ctcPhone),
		qualifiedBy("party"))
)

// hdsActivities are the six activities of the HDS certification referential.
var hdsActivities = []pas.Option{
	opt("1", "1 – Sites physiques", "1 – Physical sites"),
	opt("2", "2 – Infrastructure matérielle", "2 – Hardware infrastructure"),
	opt("3", "3 – Infrastructure virtuelle", "3 – Virtual infrastructure"),
	opt("4", "4 – Plateforme d'hébergement d'applications", "4 – Application hosting platform"),
	opt("5", "5 – Administration et exploitation", "5 – Administration and operation"),
	opt("6", "6 – Sauvegarde", "6 – Backup"),
}

func init() {
	register(&pas.Section{
		ID:    "parties",
		Title: t("Parties prenantes", "Parties"),
		Short: t("Parties prenantes", "Parties"),
		Intro: t("Organisations qui interviennent dans la prestation, avec leur juridiction (siège et société mère), leur rôle au sens du RGPD et leurs contacts de sécurité.",
			"Organisations involved in the service, with their jurisdiction (seat and ultimate parent), their GDPR role and their security contacts."),
		Who:      pas.WhoProvider,
		Fields:   fields(ptyOrganisations, ptyContacts),
		Controls: []string{"5.2", "5.5", "5.19"},
		SOC2:     []string{"CC1", "CC2"},

		Vocabulary: partiesVocabulary,
	})
}

// parties returns the organisations with one of the given roles (all of
// them when no role is given).
func parties(p *pas.Plan, roles ...string) []*pas.Record {
	var out []*pas.Record
	for _, r := range p.Records(ptyOrganisations) {
		role := r.Str(ptyRole)
		for _, want := range roles {
			if role == want {
				out = append(out, r)
			}
		}
		if len(roles) == 0 {
			out = append(out, r)
		}
	}
	return out
}

// party returns the organisation with this id, or nil.
func party(p *pas.Plan, id string) *pas.Record { return p.Record(ptyOrganisations, id) }

// partyNames lists the names of the organisations with these roles,
// separated by commas; an organisation without a name is shown as to
// complete (after its role when several roles share the list).
func partyNames(d *pas.Doc, roles ...string) doc.Cell {
	var names doc.Cell
	for i, r := range parties(d.Plan, roles...) {
		if i > 0 {
			names = append(names, doc.Text(", "))
		}
		names = append(names, partyLabel(d, r, len(roles) > 1)...)
	}
	return names
}

// partyLabel is how the document names an organisation: its name, else
// the mark of a value to complete, after its role when withRole is set;
// never its identifier, which the client's document does not know.
func partyLabel(d *pas.Doc, r *pas.Record, withRole bool) []doc.Inline {
	if r.Get(ptyName).IsSet() {
		return []doc.Inline{d.Text(r.Name(ptyOrganisations))}
	}
	mark := d.Marker(pas.Missing)
	if !withRole || !r.Get(ptyRole).IsSet() {
		return []doc.Inline{mark}
	}
	return []doc.Inline{d.Text(pas.Format(d.Plan, ptyRole, r.Get(ptyRole), d.Lang)), doc.Text(" "), mark}
}

// exposure says why a party is exposed to a non-EU compelled-access law,
// whatever the location of the sites: US seat, US ultimate parent, or a
// declared other law. It is empty when no exposure is known.
func exposure(r *pas.Record) pas.Text {
	seat, _ := pas.LookupCountry(r.Str(ptySeat))
	parent, _ := pas.LookupCountry(r.Str(ptyParentCountry))
	switch {
	case seat.USLaw:
		return t("siège aux États-Unis (Cloud Act, FISA 702)", "seat in the United States (CLOUD Act, FISA 702)")
	case parent.USLaw:
		return t("société mère aux États-Unis (Cloud Act, FISA 702)", "ultimate parent in the United States (CLOUD Act, FISA 702)")
	case r.Is(ptyForeignLaw):
		return t("soumise à une loi extra-européenne d'accès contraint", "subject to a non-EU compelled-access law")
	}
	return pas.Text{}
}

// hostingParties returns the parties that host or operate the service:
// the provider, co-contractors, hosting providers and subcontractors.
func hostingParties(p *pas.Plan) []*pas.Record {
	return parties(p, "provider", "co_contractor", "hosting", "subcontractor")
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	// Exposure to non-EU law: a lower transfer class, smaller non-EU holdings.
	stricter(pas.Less, ptySeat, ptyParentCountry, ptyNonEUMax, ptyNonEUTotal, ptyForeignLaw)
}

// partiesVocabulary lists the words buyers' requirement grids use for this chapter.
var partiesVocabulary = []pas.Term{
	words("société mère", "actionnariat", "actionnaire*", "répartition du capital", "parent company", "shareholding", "shareholder*", "ultimate owner"),
	words("immatriculation", "numéro SIRET", "SIREN", "siège social", "registered office", "company registration"),
	words("interlocuteur*", "point de contact", "coordonnées", "contact*", "annuaire"),
}
