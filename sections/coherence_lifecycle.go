package sections

import (
	"math"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// The data lifecycle end to end: retention during the contract, the
// retrieval window of the exit, deletion after it, backup and log
// retention. Each delay is counted from a stated event: the end of the
// contract, of the transition or of the retrieval period, the recording
// of a log, the taking of a backup.

// cohDays writes a long span as readers count it: "about 9 months"
// beyond three months, in days otherwise.
func cohDays(days float64) pas.Text {
	if days >= 180 {
		return pas.Textf("environ %s", "about %s", durText(pas.Months(int(math.Round(days/(365.0/12))))))
	}
	return durText(pas.Days(int(math.Ceil(days))))
}

var _ = coherence(&pas.Rule{
	ID: "COH-11", Severity: pas.Warning, Section: "gdpr",
	Varies: t("erreur lorsque le chapitre RGPD fait effacer les données avant l'échéance de la réversibilité", "error when the GDPR chapter deletes the data before the exit's deadline"),
	Title:  t("Fin du contrat : effacement et réversibilité ne donnent pas la même échéance", "End of the contract: deletion and exit give different deadlines"),
	Rationale: t("La sortie enchaîne le préavis, la transition, la récupération des données puis leur effacement : le délai d'effacement du chapitre RGPD, compté depuis l'événement qu'il indique, doit tomber à la même date que celle du chapitre de la réversibilité. Plus court, il efface des données que le client peut encore récupérer (erreur) ; plus long, il les garde au-delà de ce que promet la réversibilité.",
		"The exit runs through the notice, the transition, the retrieval of the data, then its deletion: the GDPR chapter's time to delete, counted from the event it states, must fall on the same date as the exit chapter's. Shorter, it deletes data the client may still retrieve (an error); longer, it keeps it beyond what the exit promises."),
	Source: "GDPR art. 28(3)(g) [GDPR-28-CIPP]; Data Act art. 25 (retrieval period) [OC-DATAACT]",
	Check: func(c *pas.Check) {
		p := c.Plan
		g, from := p.Get(gdprEndDelay), p.Str(gdprEndFrom)
		tr, rt, del := p.Get(exitTransition), p.Get(exitRetrieval), p.Get(exitDelDelay)
		if !g.IsSet() || !rt.IsSet() || !del.IsSet() || from == "" {
			return
		}
		parts := []pas.Duration{rt.Dur, del.Dur}
		steps := pas.Textf("%s de récupération puis %s avant l'effacement", "%s of retrieval, then %s before deletion", durText(rt.Dur), durText(del.Dur))
		switch from {
		case "end_of_notice":
			if !tr.IsSet() {
				return
			}
			parts = append(parts, tr.Dur)
			steps = pas.Textf("%s de transition, %s", "%s of transition, %s", durText(tr.Dur), steps)
		case "end_of_retrieval":
			parts, steps = []pas.Duration{del.Dur}, pas.Textf("%s avant l'effacement", "%s before deletion", durText(del.Dur))
		}
		var want float64
		for _, d := range parts {
			want += d.Days()
		}
		got, margin := g.Dur.Days(), math.Max(1, want*0.03)
		if math.Abs(got-want) <= margin {
			return
		}
		sev := pas.Warning
		if got < want {
			sev = pas.Error
		}
		c.ReportAs(sev, gdprEndDelay, nil, pas.Textf("effacement %s après la %s au chapitre RGPD, mais la réversibilité prévoit %s, soit %s : les deux chapitres doivent donner la même échéance",
			"deletion %s after the %s in the GDPR chapter, but the exit chapter plans %s, that is %s: both chapters must give the same deadline",
			durText(g.Dur), gdprLower(gdprEndFrom.Option(from).Label), steps, cohDays(want)))
	},
}, gdprEndDelay, gdprEndFrom, exitTransition, exitRetrieval, exitDelDelay)

var _ = coherenceAlso(&pas.Rule{
	ID: "COH-12", Severity: pas.Warning, Section: "exit",
	Title: t("Conservation après la récupération plus courte que ce qui subsiste", "Retention after retrieval shorter than what remains"),
	Rationale: t("La conservation annoncée après la période de récupération doit couvrir tout ce qui subsiste chez le titulaire : les données jusqu'à leur effacement, les sauvegardes si l'effacement ne les comprend pas, les journaux s'ils ne sont pas restitués et gardés pour leur durée de conservation.",
		"The retention stated after the retrieval period must cover everything that remains with the provider: the data until it is deleted, backups when deletion leaves them out, logs when they are not handed back and kept for their retention."),
	Source: "[CSOEC-CLOUD] (post-contract retention stated from signature); GDPR art. 28(3)(g) [GDPR-28-CIPP]",
	Check: func(c *pas.Check) {
		p := c.Plan
		kept := p.Get(exitRetention)
		if !kept.IsSet() {
			return
		}
		var fr, en []string
		add := func(v *pas.Value, active bool, msg func(d pas.Duration) pas.Text) {
			if active && v.IsSet() && v.Dur.Compare(kept.Dur) > 0 {
				m := msg(v.Dur)
				fr, en = append(fr, m.FR), append(en, m.EN)
			}
		}
		add(p.Get(exitDelDelay), true, func(d pas.Duration) pas.Text {
			return pas.Textf("l'effacement n'intervient que %s après la récupération", "deletion only happens %s after retrieval", durText(d))
		})
		add(p.Get(cntBackupRetention), p.IsNot(exitDelBackups) && p.Applicable(cntBackupRetention.Section) && c.Active(cntBackupRetention, nil), func(d pas.Duration) pas.Text {
			return pas.Textf("les sauvegardes, que l'effacement ne comprend pas, sont conservées %s", "backups, which deletion leaves out, are kept %s", durText(d))
		})
		add(p.Get(sesRetention), p.Get(exitAssets).IsSet() && !p.Has(exitAssets, "logs") && p.Applicable(sesRetention.Section), func(d pas.Duration) pas.Text {
			return pas.Textf("les journaux, qui ne sont pas restitués, sont conservés %s", "logs, which are not handed back, are kept %s", durText(d))
		})
		if len(fr) > 0 {
			c.Report(exitRetention, nil, pas.Textf("conservation après la période de récupération : %s ; or %s",
				"retention after the retrieval period: %s; yet %s", durText(kept.Dur), t(strings.Join(fr, " ; "), strings.Join(en, "; "))))
		}
	},
}, []*pas.Field{exitRetention, exitDelDelay, exitDelBackups, exitAssets}, cntBackupRetention, sesRetention)

var _ = coherence(&pas.Rule{
	ID: "COH-13", Severity: pas.Warning, Section: "exit",
	Title: t("Sauvegardes conservées au-delà de l'effacement promis", "Backups kept beyond the promised deletion"),
	Rationale: t("Lorsque l'effacement en fin de contrat comprend les sauvegardes, la dernière sauvegarde, prise à la fin de la récupération, subsiste pendant toute sa durée de conservation ; si celle-ci dépasse le délai d'effacement, il faut purger les sauvegardes avant terme, ce qu'un effacement cryptographique (destruction des clés) permet.",
		"When deletion at the end of the contract includes backups, the last backup, taken at the end of retrieval, remains for its whole retention; when that exceeds the time to delete, backups must be purged early, which cryptographic erasure (destroying the keys) allows."),
	Source: "GDPR art. 28(3)(g) [GDPR-28-CIPP]; CNIL security guide (backups) [CNIL-GUIDE-SUM]",
	Check: func(c *pas.Check) {
		p := c.Plan
		del, keep := p.Get(exitDelDelay), p.Get(cntBackupRetention)
		if !p.Is(exitDelBackups) || p.Str(exitDelMethod) == "crypto_erase" || !del.IsSet() || !keep.IsSet() || !c.Active(cntBackupRetention, nil) {
			return
		}
		if keep.Dur.Compare(del.Dur) > 0 {
			c.Report(exitDelDelay, nil, pas.Textf("effacement, sauvegardes comprises, %s après la récupération, mais chaque sauvegarde est conservée %s : sans effacement cryptographique, la dernière survit au délai promis",
				"deletion, backups included, %s after retrieval, but each backup is kept %s: without cryptographic erasure, the last one outlives the promised time", durText(del.Dur), durText(keep.Dur)))
		}
	},
}, exitDelDelay, exitDelBackups, exitDelMethod, cntBackupRetention)

var _ = coherence(&pas.Rule{
	ID: "COH-14", Severity: pas.Warning, Section: "session",
	Title: t("Journaux dits sans données du traitement alors qu'ils tracent les données consultées", "Logs said to hold no processing data while they record the data viewed"),
	Rationale: t("Tracer les accès aux données, avec l'objet consulté, c'est enregistrer qui a consulté quel dossier : les journaux contiennent alors des données du traitement principal, ce qui borne leur durée de conservation et leur hébergement (HDS pour des données de santé).",
		"Recording access to data, with the object viewed, records who viewed which file: the logs then hold data of the main processing, which bounds their retention and their hosting (HDS for health data)."),
	Source: "CNIL retention table, case 2 [CNIL-LOG-TABLE]; CNIL logging recommendation [CNIL-LOG-DELIB]",
	Check: func(c *pas.Check) {
		p := c.Plan
		if !personalData(p) || !p.IsNot(sesLogsHoldPD) {
			return
		}
		access, object := p.Has(accTraceEvents, "data_access"), p.Has(sesLogFields, "object_ref")
		var what pas.Text
		switch {
		case access && object:
			what = t("les accès aux données et l'objet consulté", "access to data and the object viewed")
		case access:
			what = t("les accès aux données", "access to data")
		case object:
			what = t("l'objet ou la donnée concernés par chaque action", "the object or data each action concerns")
		default:
			return
		}
		c.Report(sesLogsHoldPD, nil, pas.Textf("les journaux sont dits sans données du traitement principal, mais ils tracent %s : ils désignent les personnes dont les données sont consultées",
			"the logs are said to hold no data of the main processing, but they record %s: they name the people whose data is viewed", what))
	},
}, sesLogsHoldPD, sesLogFields, accTraceEvents)

var _ = coherence(&pas.Rule{
	ID: "COH-15", Severity: pas.Warning, Section: "gdpr",
	Title: t("Journaux porteurs de données du traitement absents de sa description", "Logs holding processing data missing from its description"),
	Rationale: t("Lorsque les journaux contiennent des données du traitement principal, les données de connexion et les traces font partie des catégories de données que le titulaire traite pour le responsable de traitement : la description du traitement (art. 28(3)) doit les citer.",
		"When the logs hold data of the main processing, connection data and traces are among the categories of data the provider processes for the controller: the description of the processing (art. 28(3)) must name them."),
	Source: "GDPR arts. 28(3), 30(2) [GDPR-28-CIPP]",
	Check: func(c *pas.Check) {
		p := c.Plan
		recs := p.Records(gdprProcessing)
		if !p.Is(sesLogsHoldPD) || len(recs) == 0 {
			return
		}
		for _, r := range recs {
			if r.Get(gdprProcCategories).Contains("connection") {
				return
			}
		}
		c.Report(gdprProcessing, nil, t("les journaux contiennent des données du traitement principal, mais aucun traitement ne cite la catégorie « Données de connexion et journaux »",
			"the logs hold data of the main processing, but no processing lists the category \"Connection data and logs\""))
	},
}, sesLogsHoldPD, gdprProcCategories)
