package sections

import "github.com/pas-editor/pas/pas"

// The back-to-back rules: each reports the rows of its comparison whose
// promise goes beyond the partner's commitment. They run on plans that
// name a facts library (the partners' commitments live there).

func init() {
	planRules = append(planRules, b2bRules...)
}

const (
	srcEuroCloud = "EuroCloud France, commission juridique (8 novembre 2016) : « ne pas vendre plus qu'on n'obtient », « bien connaître les contrats fournisseurs (back-to-back) »"
	srcSeries    = "IEC 61078 (reliability block diagrams): the availability of components in series is the product of theirs"
)

// b2bMemo computes the comparisons once per run of the checks.
func b2bMemo(c *pas.Check) []b2bRow {
	return c.Memo("b2b", func() any { return b2bRows(c.Plan) }).([]b2bRow)
}

// b2bRule declares a rule that reports its rows of the comparisons.
func b2bRule(id string, sev pas.Severity, title, rationale pas.Text, source string, varies pas.Text) *pas.Rule {
	return &pas.Rule{ID: id, Severity: sev, Title: title, Rationale: rationale, Source: source, Varies: varies,
		Check: func(c *pas.Check) {
			for _, r := range b2bMemo(c) {
				if r.rule == id && r.sev != 0 {
					c.ReportAs(r.sev, r.field, r.rec, r.msg)
				}
			}
		}}
}

var b2bRules = []*pas.Rule{
	b2bRule("B2B-01", pas.Error,
		t("Disponibilité promise au-delà de celle d'un partenaire", "Availability promised beyond a partner's"),
		t("Un hébergeur ou un éditeur qui garantit moins que le titulaire laisse au titulaire seul la charge de l'écart : la disponibilité du partenaire est comparée sur la même période de mesure (un engagement annuel autorise toute son indisponibilité sur un seul mois).",
			"A host or vendor that guarantees less than the provider leaves the provider alone with the gap: the partner's availability is compared over the same measurement window (a yearly commitment allows all its downtime within a single month)."),
		srcEuroCloud+"; ISO/IEC 27001:2022 A.5.20, A.5.22", pas.Text{}),
	b2bRule("B2B-02", pas.Error,
		t("Disponibilité composée de partenaires en série", "Composite availability of partners in series"),
		t("Un service qui dépend de plusieurs partenaires en série ne peut pas promettre plus que le produit de leurs disponibilités, même si chacun, pris seul, garantit davantage que la promesse.",
			"A service that depends on several partners in series cannot promise more than the product of their availabilities, even when each of them alone guarantees more than the promise."),
		srcSeries+"; "+srcEuroCloud, pas.Text{}),
	b2bRule("B2B-03", pas.Warning,
		t("Disponibilité mesurée autrement chez un partenaire", "Availability measured differently by a partner"),
		t("Deux taux ne se comparent que sur la même plage et les mêmes exclusions : ce que le partenaire exclut de sa mesure (maintenances d'urgence, heures non ouvrées…) compte contre l'engagement du titulaire sans compter contre le sien.",
			"Two rates only compare over the same hours and exclusions: what the partner leaves out of its measurement (emergency maintenance, out-of-hours…) counts against the provider's commitment without counting against its own."),
		srcEuroCloud+" (« métriques de mesure »)", pas.Text{}),
	b2bRule("B2B-04", pas.Warning,
		t("Plafond d'avoirs au-dessus de celui d'un partenaire", "Service credit cap above a partner's"),
		t("Des pénalités promises au-delà de ce que le partenaire rembourse sont une exposition propre du titulaire : le plafond se cale sur le plus petit dénominateur commun, ou l'écart se décide en connaissance de cause.",
			"Penalties promised beyond what the partner pays back are the provider's own exposure: the cap follows the lowest common denominator, or the gap is decided knowingly."),
		srcEuroCloud+" (« plafond d'indemnisation calé sur le plus petit dénominateur commun »)", pas.Text{}),
	b2bRule("B2B-05", pas.Error,
		t("RPO ou RTO promis au-delà de ceux d'un partenaire", "RPO or RTO promised beyond a partner's"),
		t("Quand un partenaire exécute les sauvegardes ou la reprise, le titulaire ne peut pas promettre une perte de données ni une durée d'interruption plus courtes que les siennes.",
			"When a partner runs the backups or the recovery, the provider cannot promise less data loss or a shorter outage than the partner's."),
		srcEuroCloud+"; ISO/IEC 27001:2022 A.5.30, A.8.13", pas.Text{}),
	b2bRule("B2B-06", pas.Error,
		t("Notification des violations sans marge après celle d'un partenaire", "Breach notice without room after a partner's"),
		t("Le sous-traitant informe le responsable de traitement sans délai injustifié (art. 33(2)) et répercute cette obligation à ses propres sous-traitants (art. 28(4)) : le délai promis au client doit laisser, après celui du partenaire, le temps de qualifier et de transmettre, et courir du même événement.",
			"The processor informs the controller without undue delay (art. 33(2)) and flows that duty down to its own sub-processors (art. 28(4)): the time promised to the client must leave, after the partner's, time to assess and pass on, and run from the same event."),
		"GDPR art. 28(4), art. 33(2); EDPB Guidelines 9/2022; "+srcEuroCloud,
		t("erreur sans marge, avertissement quand le délai du partenaire court de la confirmation", "error without room, warning when the partner's time runs from confirmation")),
	b2bRule("B2B-07", pas.Error,
		t("Alerte d'incident sans marge après celle d'un partenaire", "Incident alert without room after a partner's"),
		t("Pour alerter le client d'un incident P1 dans le délai promis, le titulaire doit être alerté avant par le partenaire qui exploite la plateforme ou la supervise.",
			"To alert the client to a P1 incident within the time promised, the provider must be alerted earlier by the partner that runs or monitors the platform."),
		"ISO/IEC 27001:2022 A.5.24, A.5.26; NIS 2 art. 23; "+srcEuroCloud, pas.Text{}),
	b2bRule("B2B-08", pas.Error,
		t("Audit promis que le partenaire n'admet pas", "Audit promised that the partner does not allow"),
		t("Le client audite aussi les sous-traitants ultérieurs (art. 28(3)(h) et 28(4)) : un audit sur site, physique, de configuration ou un test d'intrusion promis sur la plateforme doit être admis par le partenaire qui l'héberge ou la traite. Un rapport ou certificat du partenaire remis à la place couvre l'audit sur site et physique, pas les tests.",
			"The client also audits the sub-processors (art. 28(3)(h) and 28(4)): an on-site, physical or configuration audit or a penetration test promised on the platform must be allowed by the partner that hosts or processes it. A report or certificate of the partner handed over instead covers on-site and physical audits, not tests."),
		"GDPR art. 28(3)(h), art. 28(4); "+srcEuroCloud, pas.Text{}),
	b2bRule("B2B-09", pas.Error,
		t("Changement de sous-traitants : préavis ou opposition non répercutés", "Sub-processor changes: notice or objection not flowed down"),
		t("Le titulaire informe le client de tout changement de sous-traitant ultérieur et lui laisse la possibilité de s'y opposer (art. 28(2)) : ses partenaires doivent l'informer au moins aussi tôt, avec un droit d'opposition qu'il puisse exercer pour le client.",
			"The provider informs the client of any change of sub-processor and lets it object (art. 28(2)): its partners must inform it at least as early, with a right to object it can use on the client's behalf."),
		"GDPR art. 28(2), art. 28(4); "+srcEuroCloud, pas.Text{}),
	b2bRule("B2B-10", pas.Error,
		t("Exposition à une loi extra-européenne : préavis non répercuté", "Exposure to non-EU law: notice not flowed down"),
		t("Promettre au client un préavis avant un changement qui exposerait les données à une loi extra-européenne suppose que chaque partenaire qui les héberge ou y accède en prévienne le titulaire au moins aussi tôt.",
			"Promising the client notice before a change that would expose the data to a non-EU law requires each partner hosting or reaching the data to warn the provider at least as early."),
		"SecNumCloud 3.2 § 19.6; "+srcEuroCloud, pas.Text{}),
	b2bRule("B2B-11", pas.Error,
		t("Effacement promis au-delà de celui d'un partenaire", "Deletion promised beyond a partner's"),
		t("En fin de contrat, les données sont effacées chez tous les sous-traitants (art. 28(3)(g)) : un effacement promis plus tôt que celui du partenaire, ou comprenant les sauvegardes quand le sien ne les comprend pas, ne peut pas être tenu.",
			"At the end of the contract the data is deleted at every sub-processor (art. 28(3)(g)): a deletion promised earlier than the partner's, or including backups when the partner's does not, cannot be kept."),
		"GDPR art. 28(3)(g); Data Act art. 25; "+srcEuroCloud, pas.Text{}),
	b2bRule("B2B-12", pas.Error,
		t("Contrat ou préavis du partenaire plus courts que la prestation", "Partner's contract or notice shorter than the service"),
		t("Le contrat du partenaire doit durer au moins autant que celui du client, période de transition comprise, et son préavis de résiliation laisser le temps de transférer le service ailleurs.",
			"The partner's contract must last at least as long as the client's, transition period included, and its termination notice must leave time to move the service elsewhere."),
		"Data Act art. 25 (switching); "+srcEuroCloud,
		t("erreur quand le contrat du partenaire finit avant celui du client ou que son préavis est trop court, avertissement quand il ne couvre pas la transition", "error when the partner's contract ends before the client's or its notice is too short, warning when it does not cover the transition")),
	b2bRule("B2B-13", pas.Error,
		t("Plage de service promise au-delà de celle d'un partenaire", "Service hours promised beyond a partner's"),
		t("Une supervision 24 h/24 ne se tient pas quand le partenaire qui exploite la plateforme ou traite les incidents n'intervient qu'en heures ouvrées.",
			"24/7 monitoring cannot be kept when the partner that runs the platform or handles incidents works business hours only."),
		srcEuroCloud+" (« prévoir les escalades techniques »)", pas.Text{}),
	b2bRule("B2B-14", pas.Error,
		t("Localisation promise plus étroite que celle d'un partenaire", "Location promised narrower than a partner's"),
		t("Promettre que les données restent dans un pays n'a de valeur que si le partenaire qui les héberge s'y engage : un engagement sur l'Union européenne lui permet de les déplacer dans un autre État membre.",
			"Promising that the data stays in a country only holds when the partner hosting it commits to it: a commitment to the European Union lets it move the data to another member state."),
		"GDPR art. 28(3)(a), art. 44; "+srcEuroCloud, pas.Text{}),
	b2bRule("B2B-15", pas.Warning,
		t("Certification d'un partenaire sans engagement de maintien", "Partner's certification without a commitment to keep it"),
		t("Le titulaire qui s'engage à maintenir les certifications pendant tout le contrat dépend de celles de ses partenaires : leur contrat doit les engager à les maintenir.",
			"A provider that commits to keep the certifications for the whole contract depends on its partners': their contracts must commit them to keep them."),
		"ISO/IEC 27001:2022 A.5.20, A.5.22; "+srcEuroCloud, pas.Text{}),
	b2bRule("B2B-16", pas.Warning,
		t("Engagement qui dépend d'un partenaire sans engagement connu", "Promise depending on a partner with no known commitment"),
		t("Chaque engagement qui dépend d'un partenaire (R dans la RACI, exploitant d'un site, sous-traitant ultérieur) doit s'adosser à ce que son contrat donne, consigné dans la bibliothèque de faits ; sans lui, l'écart est inconnu.",
			"Every promise that depends on a partner (R in the RACI, operator of a site, sub-processor) must rest on what its contract gives, recorded in the facts library; without it the gap is unknown."),
		srcEuroCloud, pas.Text{}),
}
