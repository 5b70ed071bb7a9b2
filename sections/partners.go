package sections

import "github.com/pas-editor/pas/pas"

// Partners' own commitments: what each partner's contract gives the
// provider (host, SaaS vendor, SOC, support subcontractor), with its
// source. They live in the company's facts library (commitments:), never
// in a plan nor in the client's document: the back-to-back rules compare
// each promise of a plan with them, and the internal document lists the
// margins.

// slaExclusions are the kinds of downtime an availability commitment may
// leave out of its measurement, for the plan's promise and a partner's.
var slaExclusions = []pas.Option{
	opt("planned_maintenance", "Maintenances programmées", "Planned maintenance"),
	opt("emergency_maintenance", "Maintenances d'urgence", "Emergency maintenance"),
	opt("force_majeure", "Force majeure", "Force majeure"),
	opt("client_caused", "Causes imputables au client", "Causes attributable to the client"),
	opt("client_network", "Réseau et postes du client", "The client's network and workstations"),
	opt("third_party", "Services de tiers (réseaux, fournisseurs)", "Third-party services (carriers, suppliers)"),
	opt("security_incident", "Incidents de sécurité", "Security incidents"),
}

var (
	ptnParty = field("party", pas.KRef, "Partenaire", "Partner", req, ref("parties.organisations"),
		help("L'organisation, déclarée dans la bibliothèque, dont le contrat donne ces engagements.",
			"The organisation, declared in the library, whose contract gives these commitments."))
	ptnContract = field("contract", pas.KText, "Contrat", "Contract", req,
		help("Intitulé du contrat, des conditions générales ou de l'accord de niveau de service qui fait foi.",
			"Title of the contract, terms or service level agreement of record."))
	ptnVersion = field("contract_version", pas.KText, "Version du contrat", "Contract version")
	ptnDate    = field("contract_date", pas.KDate, "Date du contrat", "Contract date", req)
	ptnEnd     = field("contract_end", pas.KDate, "Fin du contrat du partenaire", "End of the partner's contract",
		help("Échéance du contrat du partenaire, hors reconduction : elle doit couvrir la fin de nos contrats et leur réversibilité.",
			"End of the partner's contract, renewals aside: it must cover the end of our contracts and their exit."))
	ptnTermination = field("termination_notice", pas.KDuration, "Préavis de résiliation du partenaire", "Partner's termination notice",
		help("Préavis que le partenaire doit nous donner pour mettre fin à son contrat : il doit laisser le temps d'une réversibilité.",
			"Notice the partner must give us to end its contract: it must leave time for an exit."))

	ptnBreach = field("breach_notice", pas.KDuration, "Notification d'une violation de données", "Personal data breach notice",
		help("Délai dans lequel le partenaire nous notifie une violation de données personnelles.", "Time within which the partner notifies us of a personal data breach."))
	ptnBreachFrom = field("breach_notice_from", pas.KEnum, "Point de départ de ce délai", "Event this time runs from",
		options(
			opt("awareness", "Prise de connaissance de la violation", "Becoming aware of the breach"),
			opt("confirmation", "Confirmation de la violation après analyse", "Confirmation of the breach after analysis"),
		))
	ptnIncident = field("incident_notice", pas.KDuration, "Alerte sur un incident majeur", "Alert of a major incident",
		help("Délai dans lequel le partenaire nous alerte d'un incident de sécurité ou d'une indisponibilité majeure.",
			"Time within which the partner alerts us of a major security incident or outage."))
	ptnAudit = field("audit_rights", pas.KSet, "Audits admis chez le partenaire", "Audits allowed at the partner",
		help("Ce que le contrat du partenaire nous permet, ou permet à notre client, de vérifier chez lui.",
			"What the partner's contract lets us, or our client, check at its premises."),
		options(
			opt("documentary", "Audit documentaire", "Document review"),
			opt("on_site", "Audit sur site", "On-site audit"),
			opt("configuration_review", "Revue de configuration", "Configuration review"),
			opt("penetration_test", "Test d'intrusion", "Penetration test"),
			opt("organisational", "Audit organisationnel", "Organisational audit"),
			opt("gdpr_compliance", "Audit de conformité RGPD", "GDPR compliance audit"),
			opt("physical", "Audit de sécurité physique", "Physical security audit"),
		))
	ptnSPNotice  = field("subprocessor_notice", pas.KDuration, "Préavis de changement de ses sous-traitants", "Notice of a change of its sub-processors")
	ptnSPObject  = field("subprocessor_objection", pas.KBool, "Droit d'opposition à ces changements", "Right to object to such changes")
	ptnLawNotice = field("law_change_notice", pas.KDuration, "Préavis d'un changement d'exposition à une loi extra-européenne", "Notice of a change in exposure to non-EU law",
		help("Délai dans lequel le partenaire nous prévient d'un changement de contrôle ou de siège qui l'exposerait à une loi extra-européenne.",
			"Time within which the partner warns us of a change of control or seat that would expose it to a non-EU law."))
	ptnDeletion        = field("deletion_delay", pas.KDuration, "Effacement des données en fin de contrat", "Data deletion at the end of the contract")
	ptnDeletionBackups = field("deletion_includes_backups", pas.KBool, "Sauvegardes comprises dans l'effacement", "Backups included in the deletion")

	ptnAvailability = field("availability", pas.KPercent, "Disponibilité garantie", "Guaranteed availability")
	ptnWindow       = field("availability_window", pas.KEnum, "Période de mesure", "Measurement window",
		options(
			opt("monthly", "Mensuelle", "Monthly"),
			opt("quarterly", "Trimestrielle", "Quarterly"),
			opt("yearly", "Annuelle", "Yearly"),
		))
	ptnHours = field("availability_hours", pas.KEnum, "Plage mesurée", "Hours measured",
		options(
			opt("24x7", "24 h/24, 7 j/7", "24/7"),
			opt("business", "Heures ouvrées", "Business hours"),
		))
	ptnExclusions = field("availability_exclusions", pas.KSet, "Exclusions de la mesure", "Exclusions from the measurement", options(slaExclusions...))
	ptnCreditCap  = field("credit_cap", pas.KPercent, "Plafond des avoirs (part de la redevance mensuelle)", "Service credit cap (share of the monthly fee)")
	ptnRPO        = field("rpo", pas.KDuration, "RPO (PDMA)", "Recovery point objective (RPO)")
	ptnRTO        = field("rto", pas.KDuration, "RTO (DMIA)", "Recovery time objective (RTO)")
	ptnSupport    = field("support_hours", pas.KEnum, "Plage du support et de l'exploitation", "Support and operations hours",
		options(
			opt("24x7", "24 h/24, 7 j/7", "24/7"),
			opt("extended", "Heures étendues", "Extended hours"),
			opt("business_hours", "Heures ouvrées", "Business hours"),
		))
	ptnLocation = field("data_location", pas.KEnum, "Engagement de localisation des données", "Data location commitment",
		options(
			opt("listed", "Pays listés", "Listed countries"),
			opt("eu", "Union européenne", "European Union"),
			opt("eea", "Espace économique européen", "European Economic Area"),
			opt("none", "Aucun engagement", "No commitment"),
		))
	ptnCountries = field("data_countries", pas.KCountries, "Pays où les données peuvent se trouver", "Countries the data may be in",
		when(func(_ *pas.Plan, r *pas.Record) bool { return r.Str(ptnLocation) == "listed" }))
	ptnCertifications = field("certifications", pas.KSet, "Certifications maintenues pendant le contrat", "Certifications kept for the contract's duration",
		help("Référentiels que le partenaire s'engage contractuellement à maintenir (sans cet engagement, une certification peut ne pas être renouvelée).",
			"Schemes the partner contractually commits to keep (without it, a certification may lapse)."),
		options(certSchemes...))
	ptnNotes = field("remarks", pas.KLongText, "Remarques", "Remarks")

	ptnCommitments = field("commitments", pas.KList, "Engagements des partenaires", "Partners' commitments",
		help("Ce que le contrat de chaque partenaire nous donne, avec sa source : interne, jamais dans le document du client.",
			"What each partner's contract gives us, with its source: internal, never in the client's document."),
		records("contract", cols("party", "contract_version", "contract_date"),
			ptnParty, ptnContract, ptnVersion, ptnDate, ptnEnd, ptnTermination,
			ptnBreach, ptnBreachFrom, ptnIncident, ptnAudit, ptnSPNotice, ptnSPObject, ptnLawNotice, ptnDeletion, ptnDeletionBackups,
			ptnAvailability, ptnWindow, ptnHours, ptnExclusions, ptnCreditCap, ptnRPO, ptnRTO, ptnSupport,
			ptnLocation, ptnCountries, ptnCertifications, ptnNotes))
)

func init() {
	// The lists a company keeps in its facts library and takes into plans.
	for _, f := range []*pas.Field{ptyOrganisations, ptyContacts, dcSites, fwCerts, gdprSubprocessors} {
		f.Shared = true
	}
	ptnCommitments.Invalid = impossibleCommitment
}

// impossibleCommitment reports the values of a partner's commitment that
// cannot be: a figure that commits to nothing, a notice of no time, a
// contract ending before it is signed, a location commitment without its
// countries.
func impossibleCommitment(r *pas.Record) []pas.RecordProblem {
	var out []pas.RecordProblem
	bad := func(f *pas.Field, fr, en string, args ...any) {
		out = append(out, pas.RecordProblem{Field: f, Msg: pas.Textf(fr, en, args...)})
	}
	if v := r.Get(ptnAvailability); v.IsSet() && v.Num <= 0 {
		bad(ptnAvailability, "une disponibilité de %s n'engage à rien", "an availability of %s commits to nothing", pctText(v.Num))
	}
	if v := r.Get(ptnCreditCap); v.IsSet() && v.Num <= 0 && r.Get(ptnAvailability).IsSet() {
		bad(ptnCreditCap, "un plafond d'avoirs de %s : indiquez plutôt l'absence d'avoirs dans les remarques", "a service credit cap of %s: say in the remarks that there are no credits instead", pctText(v.Num))
	}
	for _, f := range []*pas.Field{ptnBreach, ptnIncident, ptnSPNotice, ptnLawNotice, ptnTermination} {
		if v := r.Get(f); v.IsSet() && v.Dur.N == 0 {
			bad(f, "%s : un délai nul est impossible à tenir", "%s: a delay of zero cannot be met", f.Label)
		}
	}
	if start, end := r.Get(ptnDate), r.Get(ptnEnd); start.IsSet() && end.IsSet() && !end.Date.After(start.Date) {
		bad(ptnEnd, "le contrat finit le %s, avant d'avoir été signé (%s)", "the contract ends on %s, before it was signed (%s)", end.Date.String(), start.Date.String())
	}
	if r.Str(ptnLocation) == "listed" && len(listOf(r.Get(ptnCountries))) == 0 {
		bad(ptnLocation, "engagement sur des pays listés, sans pays (data_countries)", "a commitment to listed countries, without countries (data_countries)")
	}
	if r.Str(ptnLocation) != "listed" && len(listOf(r.Get(ptnCountries))) > 0 {
		bad(ptnCountries, "des pays sont listés mais l'engagement de localisation n'est pas « listed »", "countries are listed but the location commitment is not \"listed\"")
	}
	return out
}

func listOf(v *pas.Value) []string {
	if !v.IsSet() {
		return nil
	}
	return v.List
}
