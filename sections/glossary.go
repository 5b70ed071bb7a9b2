package sections

import (
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/pas/doc"
)

// glossaryTerm is one abbreviation of the PAS with its meaning.
type glossaryTerm struct {
	term    pas.Text
	meaning pas.Text
}

// glossary explains the abbreviations the document uses. Definitions of
// terms, never commitments.
var glossary = []glossaryTerm{
	{t("AIPD", "DPIA"), t("Analyse d'impact relative à la protection des données (art. 35 du RGPD), qui incombe au responsable de traitement.", "Data protection impact assessment (GDPR art. 35), the controller's duty.")},
	{t("ANSSI", "ANSSI"), t("Agence nationale de la sécurité des systèmes d'information.", "French national cybersecurity agency.")},
	{t("ARS", "ARS"), t("Agence régionale de santé.", "French regional health agency.")},
	{t("BCR", "BCR"), t("Règles d'entreprise contraignantes encadrant les transferts au sein d'un groupe (art. 47 du RGPD).", "Binding corporate rules framing transfers within a group (GDPR art. 47).")},
	{t("CCT", "SCC"), t("Clauses contractuelles types de la Commission européenne pour les transferts hors de l'EEE (décision 2021/914).", "European Commission standard contractual clauses for transfers outside the EEA (decision 2021/914).")},
	{t("CNIL", "CNIL"), t("Commission nationale de l'informatique et des libertés, autorité française de protection des données.", "French data protection authority.")},
	{t("DICT", "AICT"), t("Besoins de sécurité en disponibilité, intégrité, confidentialité et traçabilité, cotés de 1 à 4.", "Security needs in availability, integrity, confidentiality and traceability, rated 1 to 4.")},
	{t("DMIA (RTO)", "RTO"), t("Durée maximale d'interruption admissible : délai de rétablissement visé après un sinistre.", "Recovery time objective: the time targeted to restore the service after a disaster.")},
	{t("DPO", "DPO"), t("Délégué à la protection des données.", "Data protection officer.")},
	{t("EDR", "EDR"), t("Outil de détection et de réponse sur les postes et serveurs.", "Endpoint detection and response tool.")},
	{t("EEE", "EEA"), t("Espace économique européen : les 27 États de l'Union, l'Islande, le Liechtenstein et la Norvège.", "European Economic Area: the 27 EU member states, Iceland, Liechtenstein and Norway.")},
	{t("HDS", "HDS"), t("Hébergement de données de santé : certification exigée par le code de la santé publique (art. L.1111-8) pour héberger des données de santé à caractère personnel pour le compte de tiers.", "Health data hosting: the certification the French public health code (art. L.1111-8) requires to host personal health data on behalf of others.")},
	{t("HSM", "HSM"), t("Module matériel de sécurité qui protège les clés cryptographiques.", "Hardware security module protecting cryptographic keys.")},
	{t("MFA", "MFA"), t("Authentification multifacteur.", "Multi-factor authentication.")},
	{t("NIS 2", "NIS 2"), t("Directive (UE) 2022/2555 sur la sécurité des réseaux et des systèmes d'information.", "Directive (EU) 2022/2555 on the security of network and information systems.")},
	{t("PASSI, PDIS, PRIS", "PASSI, PDIS, PRIS"), t("Qualifications de l'ANSSI des prestataires d'audit, de détection et de réponse aux incidents.", "ANSSI qualifications of audit, detection and incident response providers.")},
	{t("PCA, PRA", "BCP, DRP"), t("Plan de continuité d'activité, plan de reprise d'activité.", "Business continuity plan, disaster recovery plan.")},
	{t("PDMA (RPO)", "RPO"), t("Perte de données maximale admissible : durée de données que l'on accepte de perdre après un sinistre.", "Recovery point objective: how much data, in time, may be lost after a disaster.")},
	{t("RACI", "RACI"), t("Répartition des rôles : réalise (R), rend compte (A), est consulté (C), est informé (I).", "Allocation of roles: responsible (R), accountable (A), consulted (C), informed (I).")},
	{t("RGPD", "GDPR"), t("Règlement (UE) 2016/679 sur la protection des données à caractère personnel.", "Regulation (EU) 2016/679 on the protection of personal data.")},
	{t("RSSI", "CISO"), t("Responsable de la sécurité des systèmes d'information.", "Chief information security officer.")},
	{t("SecNumCloud", "SecNumCloud"), t("Référentiel de qualification de l'ANSSI pour les offres d'informatique en nuage.", "ANSSI's qualification scheme for cloud service offers.")},
	{t("SIEM, SOC", "SIEM, SOC"), t("Outil de collecte et de corrélation des journaux ; centre opérationnel de sécurité qui les analyse.", "Log collection and correlation tool; security operations centre that analyses them.")},
	{t("TMA", "Application maintenance"), t("Tierce maintenance applicative : maintenance et évolution d'une application par un prestataire.", "Third-party application maintenance and evolution.")},
}

func init() {
	appendices = append(appendices, pas.Appendix{
		ID:     "glossary",
		Title:  t("Glossaire", "Glossary"),
		Render: renderGlossary,
	})
}

func renderGlossary(d *pas.Doc) {
	rows := make([][]doc.Cell, len(glossary))
	for i, g := range glossary {
		rows[i] = []doc.Cell{{d.L(g.term)}, {d.L(g.meaning)}}
	}
	d.Table([]doc.Cell{{d.L(t("Terme", "Term"))}, {d.L(t("Signification", "Meaning"))}}, rows)
}
