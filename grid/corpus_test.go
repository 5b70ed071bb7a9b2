package grid

// The buyer-like grid the tests build. Its wording follows what French
// public buyers, hospital purchasing groups and banks publish in their
// security requirement grids and clause sets ("matrice de conformité",
// "exigences de sécurité à remplir par le candidat"), rewritten in our own
// words. It was written, with the expected chapters, before the mapping
// vocabulary of the sections, so that the accuracy test measures the
// vocabulary on text it was not tuned against.

// corpusReq is one requirement of the test grid: its id, the heading of
// its category, the buyer's wording, its priority code (O obligatoire,
// S souhaité, F facultatif, E éliminatoire) and the chapters a PAS author
// would map it to (any of them counts as correct for the first proposal).
type corpusReq struct {
	ID, Category, Text, Priority string
	Want                         []string
}

var frenchGrid = []corpusReq{
	{"SEC-01", "1. Gouvernance de la sécurité", "Le titulaire remet un Plan d'Assurance Sécurité (PAS) au plus tard 10 jours ouvrés après la notification du marché ; le PAS est validé par l'établissement avant tout démarrage des prestations.", "E", []string{"docgov", "governance"}},
	{"SEC-02", "1. Gouvernance de la sécurité", "Le titulaire désigne un responsable de la sécurité, interlocuteur unique du RSSI de l'établissement pour toute question relative à la sécurité de la prestation.", "O", []string{"governance", "parties"}},
	{"SEC-03", "1. Gouvernance de la sécurité", "Un comité de sécurité réunissant le titulaire et l'établissement se tient au moins deux fois par an ; il fait l'objet d'un compte rendu.", "O", []string{"governance"}},
	{"SEC-04", "1. Gouvernance de la sécurité", "Le candidat décrit la répartition des responsabilités entre l'établissement, le titulaire et ses sous-traitants sous la forme d'une matrice RACI.", "O", []string{"raci"}},
	{"SEC-05", "1. Gouvernance de la sécurité", "Le PAS est révisé au moins une fois par an et à chaque évolution majeure de la prestation (nouveau sous-traitant, nouveau site d'hébergement, incident majeur).", "O", []string{"governance", "docgov"}},
	{"SEC-06", "1. Gouvernance de la sécurité", "Le titulaire fournit chaque mois un tableau de bord de la sécurité présentant des indicateurs (disponibilité, incidents, correctifs appliqués).", "S", []string{"governance"}},
	{"SEC-07", "1. Gouvernance de la sécurité", "En cas de contradiction entre le PAS et la PSSI de l'établissement, la PSSI prévaut, sauf dérogation explicitement listée dans le PAS.", "O", []string{"docgov"}},

	{"HEB-01", "2. Hébergement et localisation des données", "Les données de santé sont hébergées par un hébergeur certifié HDS pour l'ensemble des activités du référentiel ; le candidat joint le certificat en cours de validité.", "E", []string{"frameworks", "datacenter"}},
	{"HEB-02", "2. Hébergement et localisation des données", "L'ensemble des données (production, sauvegardes, journaux) est stocké et traité exclusivement sur le territoire de l'Union européenne ; le candidat précise les pays et villes des centres de données.", "E", []string{"datacenter"}},
	{"HEB-03", "2. Hébergement et localisation des données", "Le candidat indique si lui-même, son hébergeur ou l'un de ses sous-traitants est soumis à une législation extra-européenne permettant un accès aux données (Cloud Act, FISA).", "O", []string{"datacenter", "parties", "gdpr"}},
	{"HEB-04", "2. Hébergement et localisation des données", "Les centres de données disposent d'un contrôle d'accès physique, d'une vidéosurveillance, d'une détection incendie et d'une alimentation électrique secourue.", "O", []string{"datacenter"}},
	{"HEB-05", "2. Hébergement et localisation des données", "Les environnements de production, de recette et de développement sont strictement séparés.", "O", []string{"hosting", "devsec"}},
	{"HEB-06", "2. Hébergement et localisation des données", "Le candidat précise le niveau de mutualisation de l'infrastructure et les mesures de cloisonnement entre ses différents clients.", "S", []string{"hosting"}},
	{"HEB-07", "2. Hébergement et localisation des données", "Le titulaire dispose d'une certification ISO/IEC 27001 dont le périmètre couvre la prestation ; il s'engage à la maintenir pendant toute la durée du marché.", "O", []string{"frameworks"}},
	{"HEB-08", "2. Hébergement et localisation des données", "Le candidat précise s'il détient la qualification SecNumCloud de l'ANSSI ou s'il s'engage dans une démarche de qualification.", "F", []string{"frameworks"}},

	{"ACC-01", "3. Gestion des accès et des habilitations", "Les comptes d'administration sont nominatifs ; l'usage de comptes génériques partagés est interdit.", "O", []string{"access"}},
	{"ACC-02", "3. Gestion des accès et des habilitations", "L'authentification des administrateurs et de tout accès à distance repose sur une authentification multifacteur.", "E", []string{"access"}},
	{"ACC-03", "3. Gestion des accès et des habilitations", "Les mots de passe respectent la recommandation de la CNIL (délibération 2022-100) : au moins 12 caractères comprenant majuscules, minuscules, chiffres et caractères spéciaux.", "O", []string{"access"}},
	{"ACC-04", "3. Gestion des accès et des habilitations", "Les droits d'accès d'un intervenant du titulaire sont retirés au plus tard 24 heures après son départ ou la fin de son affectation.", "O", []string{"access"}},
	{"ACC-05", "3. Gestion des accès et des habilitations", "Une revue des habilitations est réalisée au moins tous les six mois, et tous les trois mois pour les comptes à privilèges.", "O", []string{"access"}},
	{"ACC-06", "3. Gestion des accès et des habilitations", "Les interventions d'administration s'effectuent depuis des postes dédiés, au travers d'un bastion qui enregistre les sessions.", "O", []string{"access", "hosting"}},
	{"ACC-07", "3. Gestion des accès et des habilitations", "Tout accès du personnel du titulaire aux données de production de l'établissement est soumis à l'accord préalable de l'établissement.", "O", []string{"access", "hosting"}},
	{"ACC-08", "3. Gestion des accès et des habilitations", "Les comptes utilisateurs sont verrouillés après cinq tentatives d'authentification infructueuses.", "S", []string{"session"}},

	{"TRA-01", "4. Traçabilité et journalisation", "Les journaux de connexion (identifiant, date et heure, adresse IP, résultat) sont conservés au moins six mois et au plus un an.", "E", []string{"session"}},
	{"TRA-02", "4. Traçabilité et journalisation", "Les journaux sont protégés contre toute modification ou suppression, horodatés à partir d'une source de temps fiable et stockés à part des systèmes journalisés.", "O", []string{"session"}},
	{"TRA-03", "4. Traçabilité et journalisation", "Le titulaire met à disposition de l'établissement, sur simple demande, les journaux relatifs à ses utilisateurs dans un délai de 5 jours ouvrés.", "S", []string{"session"}},
	{"TRA-04", "4. Traçabilité et journalisation", "Les sessions inactives sont verrouillées après 15 minutes au plus.", "O", []string{"session"}},
	{"TRA-05", "4. Traçabilité et journalisation", "Les événements de sécurité sont collectés et corrélés dans un SIEM supervisé 24 h/24 et 7 j/7.", "S", []string{"tools", "session", "continuity"}},

	{"CHI-01", "5. Chiffrement", "Les données sont chiffrées au repos, y compris les sauvegardes, au moyen d'un algorithme conforme au référentiel général de sécurité (AES-256 ou équivalent).", "O", []string{"crypto"}},
	{"CHI-02", "5. Chiffrement", "Les flux sont chiffrés en TLS 1.2 au minimum ; les versions SSL et TLS 1.0/1.1 sont désactivées.", "E", []string{"crypto"}},
	{"CHI-03", "5. Chiffrement", "Les clés de chiffrement sont conservées dans un HSM situé dans l'Union européenne ; le candidat précise qui gère les clés.", "S", []string{"crypto"}},
	{"CHI-04", "5. Chiffrement", "Les clés cryptographiques sont renouvelées au moins une fois par an.", "S", []string{"crypto"}},

	{"CON-01", "6. Continuité de service et sauvegardes", "Le titulaire réalise une sauvegarde quotidienne des données et des configurations ; les sauvegardes sont conservées 30 jours au minimum.", "E", []string{"continuity"}},
	{"CON-02", "6. Continuité de service et sauvegardes", "Au moins une copie des sauvegardes est conservée sur un site distant d'au moins 30 km du site de production, hors ligne ou immuable.", "O", []string{"continuity", "datacenter"}},
	{"CON-03", "6. Continuité de service et sauvegardes", "Des tests de restauration sont réalisés au moins deux fois par an et donnent lieu à un procès-verbal.", "O", []string{"continuity"}},
	{"CON-04", "6. Continuité de service et sauvegardes", "La durée maximale d'interruption admissible (DMIA) est de 2 heures et la perte de données maximale admissible (PDMA) de 1 heure.", "E", []string{"continuity"}},
	{"CON-05", "6. Continuité de service et sauvegardes", "Le taux de disponibilité du service est d'au moins 99,9 % mesuré mensuellement, hors maintenances programmées.", "E", []string{"continuity"}},
	{"CON-06", "6. Continuité de service et sauvegardes", "Un exercice de bascule sur le site de secours (test du PRA) est réalisé chaque année ; son compte rendu est transmis à l'établissement.", "O", []string{"continuity"}},
	{"CON-07", "6. Continuité de service et sauvegardes", "La plateforme est supervisée 24 h/24 et 7 j/7 ; le candidat décrit les alertes remontées.", "O", []string{"continuity"}},

	{"INC-01", "7. Gestion des incidents", "Toute violation de données à caractère personnel est notifiée à l'établissement dans un délai maximal de 24 heures après sa découverte.", "E", []string{"incident", "gdpr"}},
	{"INC-02", "7. Gestion des incidents", "Les incidents de sécurité critiques sont pris en charge en moins de 30 minutes, 24 h/24.", "O", []string{"incident"}},
	{"INC-03", "7. Gestion des incidents", "Le titulaire remet un rapport d'incident détaillé (chronologie, causes, actions correctives) dans les 5 jours ouvrés suivant la clôture d'un incident majeur.", "O", []string{"incident"}},
	{"INC-04", "7. Gestion des incidents", "Le titulaire assiste l'établissement dans le signalement des incidents graves de sécurité des systèmes d'information à l'ARS.", "O", []string{"incident"}},
	{"INC-05", "7. Gestion des incidents", "Les traces et éléments de preuve sont préservés avant toute action de remédiation.", "S", []string{"incident"}},

	{"VUL-01", "8. Vulnérabilités et audits", "Les correctifs de sécurité critiques sont appliqués dans un délai de 72 heures à compter de leur publication.", "O", []string{"vulnerability"}},
	{"VUL-02", "8. Vulnérabilités et audits", "Le titulaire réalise une veille des vulnérabilités, notamment à partir des avis du CERT-FR.", "S", []string{"vulnerability"}},
	{"VUL-03", "8. Vulnérabilités et audits", "Les serveurs et postes d'administration sont équipés d'une solution antivirale ou EDR maintenue à jour.", "O", []string{"vulnerability", "tools"}},
	{"AUD-01", "8. Vulnérabilités et audits", "L'établissement peut faire réaliser, à ses frais, un audit de sécurité (documentaire, technique, test d'intrusion) par un prestataire qualifié PASSI, avec un préavis de 15 jours.", "E", []string{"audit"}},
	{"AUD-02", "8. Vulnérabilités et audits", "Le titulaire fait réaliser un test d'intrusion au moins une fois par an sur la plateforme et communique la synthèse des résultats.", "O", []string{"audit"}},
	{"AUD-03", "8. Vulnérabilités et audits", "Les non-conformités critiques relevées lors d'un audit sont corrigées dans un délai d'un mois.", "S", []string{"audit"}},

	{"RGP-01", "9. Protection des données personnelles", "Le titulaire agit en qualité de sous-traitant au sens de l'article 28 du RGPD et signe l'accord de sous-traitance annexé au CCAP.", "E", []string{"gdpr"}},
	{"RGP-02", "9. Protection des données personnelles", "Le recours à un sous-traitant ultérieur est soumis à l'autorisation écrite préalable de l'établissement ; le candidat fournit la liste de ses sous-traitants ultérieurs.", "O", []string{"gdpr"}},
	{"RGP-03", "9. Protection des données personnelles", "Aucun transfert de données personnelles hors de l'Espace économique européen n'est réalisé sans garanties appropriées (décision d'adéquation, clauses contractuelles types).", "E", []string{"gdpr", "datacenter"}},
	{"RGP-04", "9. Protection des données personnelles", "Le titulaire aide l'établissement à répondre aux demandes d'exercice des droits des personnes concernées et à réaliser les analyses d'impact (AIPD).", "O", []string{"gdpr"}},
	{"RGP-05", "9. Protection des données personnelles", "Les données de l'établissement ne sont utilisées à aucune autre fin que l'exécution du marché et ne sont communiquées à aucun tiers.", "O", []string{"confidentiality"}},
	{"RGP-06", "9. Protection des données personnelles", "Les intervenants du titulaire sont soumis à une obligation de confidentialité et suivent une sensibilisation annuelle à la sécurité.", "O", []string{"personnel", "confidentiality"}},

	{"REV-01", "10. Réversibilité", "Le titulaire remet un plan de réversibilité dans les trois mois suivant la notification du marché.", "O", []string{"exit"}},
	{"REV-02", "10. Réversibilité", "En fin de marché, l'ensemble des données est restitué dans un format ouvert, structuré et documenté (CSV, XML ou JSON).", "E", []string{"exit"}},
	{"REV-03", "10. Réversibilité", "Après restitution, le titulaire détruit les données, y compris les sauvegardes, dans un délai de 30 jours et remet une attestation de destruction.", "O", []string{"exit", "gdpr"}},
	{"REV-04", "10. Réversibilité", "La réversibilité est réalisée sans frais supplémentaires pour l'établissement.", "S", []string{"exit"}},

	{"EXP-01", "11. Exploitation et développement", "Le titulaire informe l'établissement au moins un mois à l'avance de tout changement majeur de la plateforme susceptible d'affecter la sécurité.", "O", []string{"change"}},
	{"EXP-02", "11. Exploitation et développement", "Les développements spécifiques suivent les recommandations de l'OWASP ; le code fait l'objet d'une revue et d'une analyse statique avant mise en production.", "S", []string{"devsec"}},
	{"EXP-03", "11. Exploitation et développement", "Aucune donnée de production à caractère personnel n'est utilisée en environnement de test sans anonymisation préalable.", "O", []string{"devsec"}},
	{"EXP-04", "11. Exploitation et développement", "Le titulaire tient à jour l'inventaire des équipements et logiciels concourant à la prestation et détruit les supports de stockage en fin de vie avec procès-verbal.", "S", []string{"assets"}},
	{"EXP-05", "11. Exploitation et développement", "Les flux d'administration sont isolés des flux utilisateurs ; l'architecture réseau est cloisonnée et filtrée par des pare-feux.", "O", []string{"network"}},
	{"EXP-06", "11. Exploitation et développement", "La plateforme est protégée contre les attaques par déni de service distribué (DDoS).", "S", []string{"network"}},
	{"EXP-07", "11. Exploitation et développement", "Le personnel intervenant fait l'objet d'une vérification préalable (références, casier judiciaire lorsque la loi le permet).", "S", []string{"personnel"}},
	{"EXP-08", "11. Exploitation et développement", "Le candidat précise les prérequis et obligations qui incombent à l'établissement (gestion des comptes de ses utilisateurs, sécurité de ses postes de travail).", "F", []string{"client_duties"}},
}

// englishGrid is a shorter questionnaire in the style of a bank's
// supplier security assessment, to check the English half of the
// vocabulary.
var englishGrid = []corpusReq{
	{"Q1", "Continuity", "Backups are encrypted and at least one copy is kept offline or immutable.", "Mandatory", []string{"continuity"}},
	{"Q2", "Incidents", "The supplier shall notify the customer of any personal data breach without undue delay and no later than 24 hours after becoming aware of it.", "Mandatory", []string{"incident", "gdpr"}},
	{"Q3", "Access", "Privileged access requires multi-factor authentication and is reviewed at least quarterly.", "Mandatory", []string{"access"}},
	{"Q4", "Logging", "Security logs are retained for at least 12 months and protected against tampering.", "Mandatory", []string{"session"}},
	{"Q5", "Exit", "Customer data is returned in a machine-readable format on exit and securely deleted within 30 days.", "Mandatory", []string{"exit"}},
	{"Q6", "Certifications", "The supplier holds a current ISO/IEC 27001 certificate covering the service.", "Desirable", []string{"frameworks"}},
	{"Q7", "Encryption", "All data is encrypted in transit using TLS 1.2 or higher.", "Mandatory", []string{"crypto"}},
	{"Q8", "Continuity", "The recovery time objective (RTO) is 4 hours or less.", "Mandatory", []string{"continuity"}},
	{"Q9", "Vulnerabilities", "Critical security patches are applied within 14 days.", "Mandatory", []string{"vulnerability"}},
	{"Q10", "Sub-processors", "Sub-processors are listed and any change is notified 30 days in advance.", "Desirable", []string{"gdpr"}},
}
