package sections

import (
	"sort"
	"strconv"
	"strings"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/pas/doc"
)

// annexA holds the titles of the 93 controls of ISO/IEC 27001:2022 Annex A.
var annexA = map[string]pas.Text{
	"5.1":  t("Politiques de sécurité de l'information", "Policies for information security"),
	"5.2":  t("Fonctions et responsabilités liées à la sécurité de l'information", "Information security roles and responsibilities"),
	"5.3":  t("Séparation des tâches", "Segregation of duties"),
	"5.4":  t("Responsabilités de la direction", "Management responsibilities"),
	"5.5":  t("Relations avec les autorités", "Contact with authorities"),
	"5.6":  t("Relations avec des groupes d'intérêt spécifiques", "Contact with special interest groups"),
	"5.7":  t("Renseignement sur les menaces", "Threat intelligence"),
	"5.8":  t("Sécurité de l'information dans la gestion de projet", "Information security in project management"),
	"5.9":  t("Inventaire des informations et autres actifs associés", "Inventory of information and other associated assets"),
	"5.10": t("Utilisation correcte des informations et autres actifs associés", "Acceptable use of information and other associated assets"),
	"5.11": t("Restitution des actifs", "Return of assets"),
	"5.12": t("Classification des informations", "Classification of information"),
	"5.13": t("Marquage des informations", "Labelling of information"),
	"5.14": t("Transfert des informations", "Information transfer"),
	"5.15": t("Contrôle d'accès", "Access control"),
	"5.16": t("Gestion des identités", "Identity management"),
	"5.17": t("Informations d'authentification", "Authentication information"),
	"5.18": t("Droits d'accès", "Access rights"),
	"5.19": t("Sécurité de l'information dans les relations avec les fournisseurs", "Information security in supplier relationships"),
	"5.20": t("La sécurité de l'information dans les accords conclus avec les fournisseurs", "Addressing information security within supplier agreements"),
	"5.21": t("Gestion de la sécurité de l'information dans la chaîne d'approvisionnement TIC", "Managing information security in the ICT supply chain"),
	"5.22": t("Surveillance, revue et gestion des changements des services fournisseurs", "Monitoring, review and change management of supplier services"),
	"5.23": t("Sécurité de l'information dans l'utilisation de services en nuage", "Information security for use of cloud services"),
	"5.24": t("Planification et préparation de la gestion des incidents de sécurité de l'information", "Information security incident management planning and preparation"),
	"5.25": t("Appréciation des événements de sécurité de l'information et prise de décision", "Assessment and decision on information security events"),
	"5.26": t("Réponse aux incidents de sécurité de l'information", "Response to information security incidents"),
	"5.27": t("Tirer des enseignements des incidents de sécurité de l'information", "Learning from information security incidents"),
	"5.28": t("Collecte des preuves", "Collection of evidence"),
	"5.29": t("Sécurité de l'information durant une perturbation", "Information security during disruption"),
	"5.30": t("Préparation des TIC pour la continuité d'activité", "ICT readiness for business continuity"),
	"5.31": t("Exigences légales, statutaires, réglementaires et contractuelles", "Legal, statutory, regulatory and contractual requirements"),
	"5.32": t("Droits de propriété intellectuelle", "Intellectual property rights"),
	"5.33": t("Protection des enregistrements", "Protection of records"),
	"5.34": t("Protection de la vie privée et des données à caractère personnel", "Privacy and protection of PII"),
	"5.35": t("Revue indépendante de la sécurité de l'information", "Independent review of information security"),
	"5.36": t("Conformité aux politiques, règles et normes de sécurité de l'information", "Compliance with policies, rules and standards for information security"),
	"5.37": t("Procédures d'exploitation documentées", "Documented operating procedures"),
	"6.1":  t("Sélection des candidats", "Screening"),
	"6.2":  t("Termes et conditions du contrat de travail", "Terms and conditions of employment"),
	"6.3":  t("Sensibilisation, enseignement et formation en sécurité de l'information", "Information security awareness, education and training"),
	"6.4":  t("Processus disciplinaire", "Disciplinary process"),
	"6.5":  t("Responsabilités après la fin ou le changement d'un emploi", "Responsibilities after termination or change of employment"),
	"6.6":  t("Engagements de confidentialité ou de non-divulgation", "Confidentiality or non-disclosure agreements"),
	"6.7":  t("Travail à distance", "Remote working"),
	"6.8":  t("Déclaration des événements de sécurité de l'information", "Information security event reporting"),
	"7.1":  t("Périmètres de sécurité physique", "Physical security perimeters"),
	"7.2":  t("Les entrées physiques", "Physical entry"),
	"7.3":  t("Sécurisation des bureaux, des salles et des installations", "Securing offices, rooms and facilities"),
	"7.4":  t("Surveillance de la sécurité physique", "Physical security monitoring"),
	"7.5":  t("Protection contre les menaces physiques et environnementales", "Protecting against physical and environmental threats"),
	"7.6":  t("Travail dans les zones sécurisées", "Working in secure areas"),
	"7.7":  t("Bureau propre et écran vide", "Clear desk and clear screen"),
	"7.8":  t("Emplacement et protection du matériel", "Equipment siting and protection"),
	"7.9":  t("Sécurité des actifs hors des locaux", "Security of assets off-premises"),
	"7.10": t("Supports de stockage", "Storage media"),
	"7.11": t("Services généraux", "Supporting utilities"),
	"7.12": t("Sécurité du câblage", "Cabling security"),
	"7.13": t("Maintenance du matériel", "Equipment maintenance"),
	"7.14": t("Élimination ou recyclage sécurisé(e) du matériel", "Secure disposal or re-use of equipment"),
	"8.1":  t("Terminaux utilisateurs", "User endpoint devices"),
	"8.2":  t("Droits d'accès privilégiés", "Privileged access rights"),
	"8.3":  t("Restriction d'accès aux informations", "Information access restriction"),
	"8.4":  t("Accès aux codes source", "Access to source code"),
	"8.5":  t("Authentification sécurisée", "Secure authentication"),
	"8.6":  t("Dimensionnement", "Capacity management"),
	"8.7":  t("Protection contre les programmes malveillants", "Protection against malware"),
	"8.8":  t("Gestion des vulnérabilités techniques", "Management of technical vulnerabilities"),
	"8.9":  t("Gestion des configurations", "Configuration management"),
	"8.10": t("Suppression des informations", "Information deletion"),
	"8.11": t("Masquage des données", "Data masking"),
	"8.12": t("Prévention de la fuite de données", "Data leakage prevention"),
	"8.13": t("Sauvegarde des informations", "Information backup"),
	"8.14": t("Redondance des moyens de traitement de l'information", "Redundancy of information processing facilities"),
	"8.15": t("Journalisation", "Logging"),
	"8.16": t("Activités de surveillance", "Monitoring activities"),
	"8.17": t("Synchronisation des horloges", "Clock synchronization"),
	"8.18": t("Utilisation de programmes utilitaires à privilèges", "Use of privileged utility programs"),
	"8.19": t("Installation de logiciels sur des systèmes en exploitation", "Installation of software on operational systems"),
	"8.20": t("Sécurité des réseaux", "Networks security"),
	"8.21": t("Sécurité des services réseau", "Security of network services"),
	"8.22": t("Cloisonnement des réseaux", "Segregation of networks"),
	"8.23": t("Filtrage web", "Web filtering"),
	"8.24": t("Utilisation de la cryptographie", "Use of cryptography"),
	"8.25": t("Cycle de développement sécurisé", "Secure development life cycle"),
	"8.26": t("Exigences de sécurité des applications", "Application security requirements"),
	"8.27": t("Principes d'ingénierie et d'architecture des systèmes sécurisés", "Secure system architecture and engineering principles"),
	"8.28": t("Codage sécurisé", "Secure coding"),
	"8.29": t("Tests de sécurité dans le développement et la recette", "Security testing in development and acceptance"),
	"8.30": t("Développement externalisé", "Outsourced development"),
	"8.31": t("Séparation des environnements de développement, de test et de production", "Separation of development, test and production environments"),
	"8.32": t("Gestion des changements", "Change management"),
	"8.33": t("Informations de test", "Test information"),
	"8.34": t("Protection des systèmes d'information pendant les tests d'audit", "Protection of information systems during audit testing"),
}

// soc2Categories names the SOC 2 Trust Services Criteria categories.
var soc2Categories = map[string]pas.Text{
	"CC1": t("Environnement de contrôle", "Control environment"),
	"CC2": t("Communication et information", "Communication and information"),
	"CC3": t("Évaluation des risques", "Risk assessment"),
	"CC4": t("Activités de pilotage", "Monitoring activities"),
	"CC5": t("Activités de contrôle", "Control activities"),
	"CC6": t("Accès logiques et physiques", "Logical and physical access controls"),
	"CC7": t("Exploitation des systèmes", "System operations"),
	"CC8": t("Gestion des changements", "Change management"),
	"CC9": t("Atténuation des risques", "Risk mitigation"),
	"A1":  t("Disponibilité", "Availability"),
	"C1":  t("Confidentialité", "Confidentiality"),
	"PI1": t("Intégrité des traitements", "Processing integrity"),
	"P1":  t("Vie privée : information des personnes", "Privacy: notice"),
	"P2":  t("Vie privée : choix et consentement", "Privacy: choice and consent"),
	"P3":  t("Vie privée : collecte", "Privacy: collection"),
	"P4":  t("Vie privée : utilisation, conservation et suppression", "Privacy: use, retention and disposal"),
	"P5":  t("Vie privée : accès", "Privacy: access"),
	"P6":  t("Vie privée : communication et notification", "Privacy: disclosure and notification"),
	"P7":  t("Vie privée : qualité", "Privacy: quality"),
	"P8":  t("Vie privée : contrôle et recours", "Privacy: monitoring and enforcement"),
}

func init() {
	appendices = append(appendices, pas.Appendix{
		ID:     "compliance",
		Title:  t("Correspondance avec l'ISO/IEC 27001:2022", "Mapping to ISO/IEC 27001:2022"),
		Render: renderCompliance,
	})
}

// renderCompliance maps each Annex A control, then each SOC 2 category,
// to the chapters whose commitments evidence it. Chapters that do not
// apply are left out.
func renderCompliance(d *pas.Doc) {
	d.Para(d.L(t("Cette annexe indique, pour chaque mesure de l'annexe A de l'ISO/IEC 27001:2022, les chapitres du présent plan qui traitent du même sujet. C'est une correspondance indicative, pour guider la lecture : elle ne vaut pas déclaration d'applicabilité et n'affirme pas que la mesure est satisfaite.",
		"This appendix shows, for each control of ISO/IEC 27001:2022 Annex A, the chapters of this plan that deal with the same subject. It is an indicative mapping to guide the reader: it is not a statement of applicability and does not assert that the control is met.")))
	iso, soc := map[string][]*pas.Section{}, map[string][]*pas.Section{}
	for _, s := range d.Plan.Cat.Sections {
		if !d.Plan.Applicable(s) {
			continue
		}
		for _, c := range s.Controls {
			iso[c] = append(iso[c], s)
		}
		for _, c := range s.SOC2 {
			soc[c] = append(soc[c], s)
		}
	}
	nums := pas.ChapterNumbers(d.Plan.Cat)
	chapters := func(ss []*pas.Section) doc.Cell {
		var out doc.Cell
		for i, s := range ss {
			if i > 0 {
				out = append(out, doc.Text(pas.Semicolon(d.Lang)))
			}
			if nums[s.ID] > 0 {
				out = append(out, d.ChapterTitle(s))
			} else {
				out = append(out, d.L(s.Title))
			}
		}
		return out
	}
	d.Heading(3, d.L(t("ISO/IEC 27001:2022, annexe A", "ISO/IEC 27001:2022, Annex A")))
	var rows [][]doc.Cell
	for _, id := range sortedControls(iso) {
		rows = append(rows, []doc.Cell{{doc.Text(id)}, {d.L(annexA[id])}, chapters(iso[id])})
	}
	d.Table([]doc.Cell{{d.L(t("Mesure", "Control"))}, {d.L(t("Intitulé", "Title"))}, {d.L(t("Chapitres", "Chapters"))}}, rows)
	if len(fwCertsOf(d.Plan, "soc2", "soc3")) == 0 {
		return // the SOC 2 categories only help a reader of a SOC 2 report
	}
	d.Heading(3, d.L(t("Critères SOC 2", "SOC 2 criteria")))
	rows = nil
	for _, id := range sortedControls(soc) {
		rows = append(rows, []doc.Cell{{doc.Text(id)}, {d.L(soc2Categories[id])}, chapters(soc[id])})
	}
	d.Table([]doc.Cell{{d.L(t("Catégorie", "Category"))}, {d.L(t("Intitulé", "Title"))}, {d.L(t("Chapitres", "Chapters"))}}, rows)
}

// sortedControls orders control ids numerically (5.2 before 5.10) and
// SOC 2 categories alphabetically.
func sortedControls[V any](m map[string]V) []string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return controlLess(ids[i], ids[j]) })
	return ids
}

func controlLess(a, b string) bool {
	ai, aj, aok := splitControl(a)
	bi, bj, bok := splitControl(b)
	if aok && bok {
		if ai != bi {
			return ai < bi
		}
		return aj < bj
	}
	return a < b
}

func splitControl(id string) (int, int, bool) {
	x, y, ok := strings.Cut(id, ".")
	i, err1 := strconv.Atoi(x)
	j, err2 := strconv.Atoi(y)
	return i, j, ok && err1 == nil && err2 == nil
}
