package sections

import (
	"strings"

	"github.com/pas-editor/pas/pas"
)

// People and traceability: the staff who reach client data are screened
// and bound, and access to the business data itself is traced, not only
// connections.

var _ = coherence(&pas.Rule{
	ID: "COH-30", Severity: pas.Error, Section: "personnel",
	Title: t("Personnel dit tenu à la confidentialité sans rien signer", "Staff said to be bound by confidentiality without signing anything"),
	Rationale: t("Le chapitre de la confidentialité engage le personnel au secret ; cet engagement n'existe que si chaque intervenant le signe (engagement individuel, charte, clause du contrat de travail), comme le demande l'article 28(3)(b) pour les personnes autorisées à traiter les données.",
		"The confidentiality chapter binds staff to secrecy; that commitment only exists when each person signs it (individual undertaking, charter, employment contract clause), as article 28(3)(b) requires for the persons authorised to process the data."),
	Source: "GDPR art. 28(3)(b) [GDPR-28-CIPP]; ISO/IEC 27001:2022 A.6.6",
	Check: func(c *pas.Check) {
		p := c.Plan
		if v := p.Get(perUndertakings); p.Is(cnfStaffBound) && v.IsSet() && len(v.List) == 0 {
			c.Report(perUndertakings, nil, t("le personnel est dit tenu à la confidentialité (chapitre de la confidentialité), mais aucun intervenant ne signe d'engagement",
				"staff are said to be bound by confidentiality (confidentiality chapter), but nobody signs an undertaking"))
		}
	},
}, cnfStaffBound, perUndertakings)

var _ = coherence(&pas.Rule{
	ID: "COH-31", Severity: pas.Warning, Section: "personnel",
	Varies: t("erreur lorsque le besoin de confidentialité est élevé (C ≥ 3) ou que des données de santé sont traitées", "error when the confidentiality need is high (C ≥ 3) or health data is processed"),
	Title:  t("Intervenants qui accèdent aux données sans vérification préalable", "Staff reaching the data without background checks"),
	Rationale: t("Les vérifications préalables à l'affectation sont proportionnées à la classification des informations ; l'abus de droits par le personnel du prestataire est l'un des risques de l'infogérance. Lorsque le titulaire peut accéder aux données du client, ses intervenants doivent être vérifiés ; erreur pour un besoin de confidentialité élevé ou des données de santé.",
		"Checks before assignment are proportionate to the classification of the information; abuse of rights by the provider's staff is one of the outsourcing risks. When the provider can reach the client's data, its staff must be checked; an error for a high confidentiality need or health data."),
	Source: "ISO/IEC 27001:2022 A.6.1; ANSSI outsourcing guide (abuse of rights by provider staff) [BLOG-INFOG]",
	Check: func(c *pas.Check) {
		p := c.Plan
		access := p.Str(accProviderAccess)
		if p.Str(perScreening) != "none" || access == "" || access == "never" {
			return
		}
		sev := pas.Warning
		if need(p, engConfidentiality) >= 3 || hasData(p, "health_data") || hdsScope(p) {
			sev = pas.Error
		}
		c.ReportAs(sev, perScreening, nil, pas.Textf("aucune vérification des intervenants, alors que le titulaire accède aux données du client (« %s »)",
			"no checks on staff, although the provider reaches the client's data (\"%s\")", accProviderAccess.Option(access).Label))
	},
}, perScreening, accProviderAccess, engConfidentiality, engDataFlags)

var _ = coherence(&pas.Rule{
	ID: "COH-32", Severity: pas.Warning, Section: "access",
	Title: t("Besoin de traçabilité sans traces des accès aux données", "Traceability need without records of access to data"),
	Rationale: t("Un besoin de traçabilité élevé, ou des données de santé, demandent de savoir qui a consulté quelle donnée, et pas seulement qui s'est connecté : les accès aux données elles-mêmes doivent être tracés.",
		"A high traceability need, or health data, requires knowing who viewed which data, not only who logged in: access to the data itself must be recorded."),
	Source: "CNIL logging recommendation [CNIL-LOG-DELIB]; HDS referential (traceability of access to health data) [HDS-ANS]; ISO/IEC 27001:2022 A.8.15",
	Check: func(c *pas.Check) {
		p := c.Plan
		events := p.Get(accTraceEvents)
		level := need(p, engTraceability)
		if !events.IsSet() || events.Contains("data_access") || (level < 3 && !hasData(p, "health_data")) {
			return
		}
		why := pas.Textf("un besoin de traçabilité de %d", "a traceability need of %d", level)
		if level < 3 {
			why = t("des données de santé", "health data")
		}
		c.Report(accTraceEvents, nil, pas.Textf("les accès aux données ne sont pas tracés, alors que le contexte déclare %s", "access to data is not recorded, although the context declares %s", why))
	},
}, engTraceability, engDataFlags, accTraceEvents)

// cohEventFields maps each access event to the log fields recording it.
var cohEventFields = []struct{ event, field string }{
	{"login", "login_ts"}, {"logout", "logout_ts"}, {"failure", "result"},
	{"privilege_use", "privilege_level"}, {"data_access", "object_ref"}, {"permission_change", "action"},
}

var _ = coherence(&pas.Rule{
	ID: "COH-33", Severity: pas.Warning, Section: "session",
	Title: t("Événements tracés sans les informations qui les enregistrent", "Events recorded without the information that records them"),
	Rationale: t("Chaque événement que le chapitre des habilitations dit tracer suppose une information dans chaque trace : l'objet consulté pour un accès aux données, le niveau de privilège pour un usage de privilèges, le résultat pour un échec d'authentification, l'action pour une modification d'habilitations.",
		"Each event the access chapter says it records needs an item in every record: the object viewed for a data access, the privilege level for a use of privileges, the result for an authentication failure, the action for a change of rights."),
	Source: "CNIL logging sheet (content of each record) [DASTRA-LOG], [GDPRRATING-LOG]; ISO/IEC 27001:2022 A.8.15",
	Check: func(c *pas.Check) {
		p := c.Plan
		events, logged := p.Get(accTraceEvents), p.Get(sesLogFields)
		if !events.IsSet() || !logged.IsSet() {
			return
		}
		var fr, en []string
		for _, m := range cohEventFields {
			if events.Contains(m.event) && !logged.Contains(m.field) {
				e, f := accTraceEvents.Option(m.event).Label, sesLogFields.Option(m.field).Label
				fr = append(fr, "« "+e.FR+" » sans « "+f.FR+" »")
				en = append(en, `"`+e.EN+`" without "`+f.EN+`"`)
			}
		}
		if len(fr) > 0 {
			c.Report(sesLogFields, nil, pas.Textf("événements tracés (chapitre des habilitations) que les journaux ne peuvent pas enregistrer : %s",
				"events recorded (access chapter) that the logs cannot record: %s", t(strings.Join(fr, " ; "), strings.Join(en, "; "))))
		}
	},
}, accTraceEvents, sesLogFields)
