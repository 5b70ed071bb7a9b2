package sections

import "github.com/pas-editor/pas/pas"

// Reversibility: how the client takes its data and operations back, or
// hands them to another provider, and what the provider keeps afterwards.

// exitAssetOptions are the assets a provider hands back at exit.
var exitAssetOptions = []pas.Option{
	opt("data", "Données", "Data"),
	opt("metadata", "Métadonnées", "Metadata"),
	opt("logs", "Journaux", "Logs"),
	opt("configurations", "Configurations", "Configurations"),
	opt("images", "Images de machines virtuelles ou de conteneurs", "Virtual machine or container images"),
	opt("documentation", "Documentation", "Documentation"),
	opt("keys", "Clés de chiffrement", "Encryption keys"),
	opt("licences", "Licences", "Licences"),
	opt("access_codes", "Codes d'accès", "Access codes"),
}

var (
	exitPlan = field("plan_ref", pas.KText, "Plan ou clause de réversibilité", "Exit plan or clause", req,
		help("Référence du plan de réversibilité, ou de la clause du contrat qui en tient lieu.",
			"Reference of the exit plan, or of the contract clause standing for it."))
	exitPlanDue = field("plan_due", pas.KDate, "Remise du plan de réversibilité", "Exit plan due",
		help("Date à laquelle le plan détaillé est remis, s'il ne l'est pas encore (usage : six mois au plus après le début du contrat).",
			"Date the detailed plan is delivered, when it is not yet (practice: six months at most after the contract starts)."))
	exitContractEnd = field("contract_end", pas.KDate, "Fin prévue du contrat", "Planned end of the contract",
		help("Sert à savoir si une sortie peut avoir lieu à partir du 12 janvier 2027, date à partir de laquelle le règlement sur les données interdit les frais de changement de fournisseur.",
			"Tells whether an exit may happen from 12 January 2027, the date from which the Data Act bans switching charges."))
	exitTriggers = field("triggers", pas.KSet, "Déclencheurs", "Triggers", req,
		options(
			opt("end_of_term", "Échéance du contrat", "End of term"),
			opt("termination", "Résiliation", "Termination"),
			opt("change_of_control", "Changement de contrôle du titulaire", "Change of control of the provider"),
			opt("relocation_without_consent", "Déplacement des données sans accord du client", "Relocation of the data without the client's consent"),
			opt("audit_major_nonconformity", "Non-conformité majeure relevée en audit", "Major non-conformity found in an audit"),
			opt("client_convenience", "À la convenance du client", "At the client's convenience"),
		))
	exitNotice = field("notice_period", pas.KDuration, "Préavis", "Notice period", req,
		help("Préavis que le client donne pour déclencher la réversibilité (règlement sur les données : deux mois au plus).",
			"Notice the client gives to start the exit (Data Act: two months at most)."))
	exitRetrieval = field("retrieval_period", pas.KDuration, "Période de récupération des données, après la transition", "Data retrieval period, after the transition", req, suggest("30d"),
		help("Durée pendant laquelle le client peut récupérer ses données après la période de transition (règlement sur les données : 30 jours au moins).",
			"Time during which the client can retrieve its data after the transition period (Data Act: at least 30 days)."))
	exitTransition = field("transition_period", pas.KDuration, "Période de transition, à compter de la fin du préavis", "Transition period, from the end of the notice", req, suggest("30d"),
		help("Durée pendant laquelle le titulaire assure la bascule (règlement sur les données : 30 jours, sauf impossibilité technique justifiée).",
			"Time during which the provider carries out the switch (Data Act: 30 days, unless justified as technically unfeasible)."))
	exitExtendable = field("transition_extendable", pas.KBool, "Transition prolongeable à la demande du client", "Transition extendable at the client's request", suggest("true"))
	exitRationale  = field("transition_rationale", pas.KText, "Justification d'une transition plus longue", "Justification for a longer transition",
		when(func(p *pas.Plan, _ *pas.Record) bool {
			v := p.Get(exitTransition)
			return v.IsSet() && v.Dur.Compare(exitDataActTransition) > 0
		}),
		help("Raison technique qui rend la bascule impossible en 30 jours.", "Technical reason that makes the switch impossible within 30 days."))
	exitAssets = field("assets", pas.KSet, "Actifs restitués", "Assets handed back", req, options(exitAssetOptions...))

	exitFmtName    = field("format", pas.KText, "Format", "Format", req, help("Par exemple CSV, JSON, SQL, OVF, PDF/A.", "For instance CSV, JSON, SQL, OVF, PDF/A."))
	exitFmtAsset   = field("asset", pas.KEnum, "Actif", "Asset", req, options(exitAssetOptions...))
	exitFmtMachine = field("machine_readable", pas.KBool, "Lisible par machine", "Machine-readable", req)
	exitFmtOpen    = field("open_standard", pas.KBool, "Format ouvert et couramment utilisé", "Open, commonly used format")
	exitFormats    = field("formats", pas.KList, "Formats de restitution", "Return formats", req,
		records("format", cols("asset", "machine_readable", "open_standard"), exitFmtName, exitFmtAsset, exitFmtMachine, exitFmtOpen))

	exitAssistance = field("assistance", pas.KSet, "Assistance à la sortie", "Exit assistance", req,
		options(
			opt("knowledge_transfer", "Transfert de connaissances", "Knowledge transfer"),
			opt("parallel_run", "Fonctionnement en parallèle", "Parallel run"),
			opt("migration_support", "Aide à la migration", "Migration support"),
			opt("cooperation_with_new_provider", "Coopération avec le nouveau prestataire", "Cooperation with the new provider"),
		))
	exitCharges = field("charges", pas.KEnum, "Frais de sortie", "Exit charges", req, suggest("none"),
		options(
			opt("none", "Aucun", "None"),
			opt("cost_based", "Au coût réel", "At cost"),
			opt("flat_fee", "Forfait", "Flat fee"),
		))
	exitChargesAmount = field("charges_amount", pas.KText, "Montant ou mode de calcul", "Amount or basis",
		when(func(p *pas.Plan, _ *pas.Record) bool { s := p.Str(exitCharges); return s != "" && s != "none" }))
	exitIntegrity = field("integrity_verification", pas.KEnum, "Vérification d'intégrité des données restituées", "Integrity check of the returned data", suggest("both"),
		options(
			opt("checksums", "Empreintes", "Checksums"),
			opt("record_counts", "Comptage des enregistrements", "Record counts"),
			opt("both", "Empreintes et comptages", "Checksums and record counts"),
			opt("none", "Aucune", "None"),
		))
	exitRetention = field("post_contract_retention", pas.KDuration, "Conservation après la période de récupération", "Retention after the retrieval period",
		help("Durée la plus longue pendant laquelle le titulaire conserve encore des données du client après la période de récupération, journaux et sauvegardes compris ; au moins le délai d'effacement, 0 jour si tout est effacé à la fin de la récupération.",
			"Longest time the provider still keeps client data after the retrieval period, logs and backups included; at least the time to delete, 0 days when everything is deleted when retrieval ends."))
	exitTest = field("test", pas.KEnum, "Test de réversibilité", "Exit test", req, suggest("annual"),
		options(
			opt("none", "Aucun", "None"),
			opt("before_go_live", "Avant la mise en production", "Before go-live"),
			opt("annual", "Annuel", "Annual"),
		))

	exitDelMethod = field("deletion.method", pas.KEnum, "Méthode", "Method", req,
		options(
			opt("crypto_erase", "Effacement cryptographique", "Cryptographic erasure"),
			opt("overwrite", "Réécriture", "Overwriting"),
			opt("media_destruction", "Destruction des supports", "Media destruction"),
		))
	exitDelDelay = field("deletion.delay", pas.KDuration, "Délai d'effacement après la période de récupération", "Time to delete after the retrieval period", req, suggest("30d"),
		help("Délai entre la fin de la période de récupération et l'effacement effectif.", "Time between the end of the retrieval period and actual deletion."))
	exitDelBackups     = field("deletion.includes_backups", pas.KBool, "Sauvegardes comprises", "Backups included", req, suggest("true"))
	exitDelCertificate = field("deletion.certificate", pas.KBool, "Attestation d'effacement", "Deletion certificate", req, suggest("true"))
)

func init() {
	register(&pas.Section{
		ID:    "exit",
		Title: t("Réversibilité", "Reversibility and exit"),
		Short: t("Réversibilité", "Reversibility"),
		Intro: t("Ce chapitre décrit comment le client reprend ses données et l'exploitation, ou les confie à un autre prestataire : déclencheurs, délais, actifs et formats restitués, assistance, frais, effacement et test de la réversibilité.",
			"This chapter describes how the client takes back its data and operations, or hands them to another provider: triggers, periods, assets and formats returned, assistance, charges, deletion and testing of the exit."),
		Who: pas.WhoProvider,
		Fields: fields(exitPlan, exitPlanDue, exitContractEnd, exitTriggers, exitNotice, exitTransition, exitExtendable, exitRationale,
			exitRetrieval, exitAssets, exitFormats, exitAssistance, exitCharges, exitChargesAmount, exitIntegrity, exitRetention, exitTest,
			exitDelMethod, exitDelDelay, exitDelBackups, exitDelCertificate),
		Groups:   []pas.Group{group("deletion", "Effacement", "Deletion")},
		Controls: []string{"5.23", "5.20", "5.11", "8.10", "7.14", "5.37"},
		Rules:    exitRules,

		Vocabulary: exitVocabulary,
	})
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.Less, exitNotice, exitTransition, exitRetention, exitDelDelay)
	stricter(pas.More, exitTriggers, exitRetrieval, exitExtendable, exitAssets, exitFmtMachine, exitFmtOpen, exitAssistance,
		exitDelBackups, exitDelCertificate)
	bounded(exitNotice, func(*pas.Plan) (lo, hi *pas.Value) { return nil, durationValue(exitDataActNotice) })
	bounded(exitTransition, func(*pas.Plan) (lo, hi *pas.Value) { return nil, durationValue(exitDataActTransitionMax) })
	bounded(exitRetrieval, func(*pas.Plan) (lo, hi *pas.Value) { return durationValue(exitDataActRetrieval), nil })
	ranked(exitCharges, "flat_fee", "cost_based", "none")
	ranked(exitIntegrity, "none", "record_counts", "checksums", "both")
	ranked(exitTest, "none", "before_go_live", "annual")
}

// exitVocabulary lists the words buyers' requirement grids use for this chapter.
var exitVocabulary = []pas.Term{
	words("réversibilité", "réversible", "réversion", "restitution", "restitué*", "récupération des données", "transfert vers un nouveau prestataire", "fin de marché", "fin du marché", "fin de contrat", "fin du contrat", "sortie", "reversibility", "exit", "exit plan", "exit plan", "handover", "hand back", "returned", "data return", "end of contract", "contract end", "termination", "switching", "portabilité", "portability", "migration"),
	words("plan de réversibilité", "plan de sortie", "exit plan", "reversibility plan", "transition"),
	words("format ouvert", "formats ouverts", "format standard", "format structuré", "lisible par machine", "exploitable", "CSV", "XML", "JSON", "open format*", "machine-readable", "standard format*"),
	words("destruction des données", "effacement des données", "détruit les données", "attestation de destruction", "certificat de destruction", "attestation d'effacement", "destruction", "détruit*", "supprimé*", "effacé*", "data deletion", "deleted", "deletion", "destroyed", "destruction certificate", "deletion certificate", "securely deleted"),
	words("frais de sortie", "sans frais", "frais supplémentaires", "exit fee*", "exit charge*", "free of charge"),
	about(exitDelDelay, pas.AtMost, "destruction des données", "effacement des données", "détruit les données", "destruction", "détruit", "deleted", "deletion", "destroyed", "supprimées", "effacées"),
	about(exitTransition, pas.AtMost, "période de transition", "transition period"),
	about(exitRetrieval, pas.AtLeast, "période de récupération", "retrieval period"),
	about(exitNotice, pas.AtMost, "préavis de sortie", "notice period"),
}

// The chapter in the provider's voice.
func init() {
	prose("exit",
		say("La réversibilité est régie par le document suivant : {1}.", "Exit is governed by the following document: {1}.", exitPlan),
		say("Le plan de réversibilité est remis au plus tard le {1}.", "The exit plan is delivered by {1} at the latest.", exitPlanDue),
		say("La fin du contrat est prévue le {1}.", "The contract is planned to end on {1}.", exitContractEnd),
		either(worded(listing(exitTriggers, "La réversibilité peut être déclenchée par {1}.", "Exit may be triggered by {1}.",
			"Aucun déclencheur de la réversibilité n'est déclaré.", "No exit trigger is declared."), exitTriggers,
			on("end_of_term", "l'échéance du contrat", "the end of the term"),
			on("termination", "sa résiliation", "termination"),
			on("change_of_control", "un changement de contrôle du titulaire", "a change of control of the provider"),
			on("relocation_without_consent", "un déplacement des données sans l'accord du client", "relocation of the data without the client's consent"),
			on("audit_major_nonconformity", "une non-conformité majeure relevée en audit", "a major non-conformity found in an audit"),
			on("client_convenience", "la simple convenance du client", "the client's convenience"))),
		para(say("Elle s'ouvre par un préavis de {1}, suivi d'une période de transition de {2}.", "It starts with a notice period of {1}, followed by a transition period of {2}.", exitNotice, exitTransition)),
		yesNo(exitExtendable, "La transition est prolongeable à la demande du client.", "The transition can be extended at the client's request.",
			"La transition n'est pas prolongeable.", "The transition cannot be extended."),
		say("Cette durée se justifie ainsi : {1}.", "This length is justified as follows: {1}.", exitRationale),
		say("Le client dispose ensuite de {1} pour récupérer ses données.", "The client then has {1} to retrieve its data.", exitRetrieval),
		say("Après cette période, les données sont conservées {1}.", "After that period, the data is kept for {1}.", exitRetention),
		para(worded(listing(exitAssets, "Sont restitués {1}.", "The following are handed back: {1}.",
			"Aucun actif restitué n'est déclaré.", "No asset to hand back is declared."), exitAssets,
			on("data", "les données", "data"),
			on("metadata", "les métadonnées", "metadata"),
			on("logs", "les journaux", "logs"),
			on("configurations", "les configurations", "configurations"),
			on("images", "les images de machines virtuelles ou de conteneurs", "virtual machine or container images"),
			on("documentation", "la documentation", "documentation"),
			on("keys", "les clés de chiffrement", "encryption keys"),
			on("licences", "les licences", "licences"),
			on("access_codes", "les codes d'accès", "access codes"))),
		choice(exitIntegrity, []answer{
			on("checksums", "L'intégrité des données restituées est vérifiée par empreintes.", "The integrity of the returned data is checked with checksums."),
			on("record_counts", "L'intégrité des données restituées est vérifiée par comptage des enregistrements.", "The integrity of the returned data is checked with record counts."),
			on("both", "L'intégrité des données restituées est vérifiée par empreintes et comptages.", "The integrity of the returned data is checked with checksums and record counts."),
			on("none", "L'intégrité des données restituées n'est pas vérifiée.", "The integrity of the returned data is not checked."),
		}),
		worded(listing(exitAssistance, "{p} {do:accompagner|accompagne} la sortie par {1}.", "{p} {do:support|supports} the exit with {1}.",
			"Aucune assistance à la sortie n'est prévue.", "No exit assistance is provided."), exitAssistance,
			on("knowledge_transfer", "un transfert de connaissances", "knowledge transfer"),
			on("parallel_run", "un fonctionnement en parallèle", "a parallel run"),
			on("migration_support", "une aide à la migration", "migration support"),
			on("cooperation_with_new_provider", "une coopération avec le nouveau prestataire", "cooperation with the new provider")),
		choice(exitCharges, []answer{
			on("none", "La sortie n'entraîne pas de frais.", "Exit carries no charge."),
			on("cost_based", "Les frais de sortie sont facturés au coût réel[ : {1}].", "Exit charges are billed at cost[: {1}]."),
			on("flat_fee", "Les frais de sortie sont forfaitaires[ : {1}].", "Exit charges are a flat fee[: {1}]."),
		}, exitChargesAmount),
		choice(exitTest, []answer{
			on("none", "La réversibilité n'est pas testée.", "Exit is not tested."),
			on("before_go_live", "La réversibilité est testée avant la mise en production.", "Exit is tested before go-live."),
			on("annual", "La réversibilité est testée chaque année.", "Exit is tested every year."),
		}),

		worded(say("Les données sont effacées sous {1} après la période de récupération, par {2}.", "The data is deleted within {1} after the retrieval period, by {2}.", exitDelDelay, exitDelMethod), exitDelMethod,
			on("crypto_erase", "effacement cryptographique", "cryptographic erasure"),
			on("overwrite", "réécriture", "overwriting"),
			on("media_destruction", "destruction des supports", "destroying the media")),
		yesNo(exitDelBackups, "L'effacement s'étend aux sauvegardes.", "Deletion extends to backups.",
			"L'effacement ne s'étend pas aux sauvegardes.", "Deletion does not extend to backups."),
		yesNo(exitDelCertificate, "Une attestation d'effacement est remise au client.", "A deletion certificate is handed to the client.",
			"Aucune attestation d'effacement n'est remise.", "No deletion certificate is provided."),
	)
}
