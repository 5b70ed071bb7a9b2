package sections

import "github.com/pas-editor/pas/pas"

// Conventions of the session chapter: the CNIL's log retention range and
// its upper bound, which a company may set in its policy block. The
// 15-minute idle limit (PCI DSS 8.2.8) is a norm and stays a constant.
var (
	sesRetentionMin = threshold(field("session_log_retention_min", pas.KDuration,
		"Durée minimale de conservation des journaux", "Shortest log retention",
		suggest("6mo"),
		help("En deçà, sans motif, la règle LOG-01 signale la durée de conservation (CNIL : six mois à un an).",
			"Below it, without a reason, rule LOG-01 flags the retention (CNIL: six months to one year).")))
	sesRetentionMax = threshold(field("session_log_retention_max", pas.KDuration,
		"Durée usuelle maximale de conservation des journaux", "Longest usual log retention",
		suggest("12mo"),
		help("Au-delà, sans motif, la règle LOG-02 signale la durée de conservation (CNIL : six mois à un an).",
			"Beyond it, without a reason, rule LOG-02 flags the retention (CNIL: six months to one year).")))
	sesRetentionCeiling = threshold(field("session_log_retention_ceiling", pas.KDuration,
		"Durée de conservation des journaux au-delà de laquelle seul un motif légal ou une menace particulière la justifie", "Log retention beyond which only a legal obligation or a specific threat justifies it",
		suggest("36mo"),
		help("Au-delà, la règle LOG-02 devient une erreur sauf obligation légale ou menace particulière (CNIL : jusqu'à trois ans pour le contrôle interne).",
			"Beyond it, rule LOG-02 becomes an error unless there is a legal obligation or a specific threat (CNIL: up to three years for internal control).")))
)

// sesIdleMax is the idle time after which PCI DSS 8.2.8 requires a new
// authentication.
var sesIdleMax = pas.Duration{N: 15, U: pas.Minute}

// sesRetentionOutside reports whether the declared log retention falls
// outside the usual range of the policy.
func sesRetentionOutside(p *pas.Plan) bool {
	v := p.Get(sesRetention)
	if !v.IsSet() {
		return false
	}
	lo, hi := p.PolicyValue(sesRetentionMin.ID), p.PolicyValue(sesRetentionMax.ID)
	return (lo.IsSet() && v.Dur.Compare(lo.Dur) < 0) || (hi.IsSet() && v.Dur.Compare(hi.Dur) > 0)
}

// sesJustified returns the declared reason for an unusual retention, ""
// when there is none.
func sesJustified(c *pas.Check) string {
	if !c.Active(sesJustification, nil) {
		return ""
	}
	if j := c.Plan.Str(sesJustification); j != "none" {
		return j
	}
	return ""
}

var sessionRules = []*pas.Rule{
	{
		ID: "SES-01", Severity: pas.Warning,
		Title: t("Verrouillage après inactivité au-delà de 15 minutes", "Idle lock beyond 15 minutes"),
		Rationale: t("PCI DSS impose une nouvelle authentification après 15 minutes d'inactivité ; c'est le repère usuel pour les sessions d'administration et les sessions qui donnent accès à des données sensibles.",
			"PCI DSS requires a new authentication after 15 minutes of idle time; it is the usual anchor for administration sessions and sessions that reach sensitive data."),
		Source: "PCI DSS v4 requirement 8.2.8 [PCI-828]",
		Check: func(c *pas.Check) {
			v := c.Plan.Get(sesIdleTimeout)
			if v.IsSet() && c.Active(sesIdleTimeout, nil) && v.Dur.Compare(sesIdleMax) > 0 {
				c.Report(sesIdleTimeout, nil, pas.Textf("verrouillage après %s d'inactivité, au-delà de %s", "lock after %s of idle time, beyond %s",
					durText(v.Dur), durText(sesIdleMax)))
			}
		},
	},
	{
		ID: "SES-02", Severity: pas.Warning,
		Title: t("Authentification par mot de passe sans blocage des tentatives", "Password authentication without restriction of attempts"),
		Rationale: t("Sans limitation des échecs, un mot de passe peut être deviné par essais répétés ; le seuil de 50 bits de la CNIL suppose d'ailleurs un tel mécanisme.",
			"Without a limit on failures a password can be guessed by repeated tries; the CNIL's 50-bit threshold assumes such a mechanism."),
		Source: "CNIL 2022 password recommendation [CNIL-PWD-1]",
		Check: func(c *pas.Check) {
			if !c.Plan.Has(accAuthMethods, "password") || !c.Plan.IsNot(sesLockout) {
				return
			}
			msg := pas.T("les mots de passe sont acceptés mais les tentatives ne sont pas limitées",
				"passwords are accepted but attempts are not restricted")
			if c.Active(accPwdCase, nil) && c.Plan.Str(accPwdCase) == "with_lockout" {
				msg = pas.T("la politique de mots de passe se place dans le cas « avec restriction des tentatives » mais les tentatives ne sont pas limitées",
					"the password policy claims the \"with restriction of attempts\" case but attempts are not restricted")
			}
			c.Report(sesLockout, nil, msg)
		},
	},
	{
		ID: "LOG-01", Severity: pas.Warning,
		Title: t("Journaux conservés moins de six mois", "Logs retained for less than six months"),
		Rationale: t("La CNIL recommande de conserver les journaux de traçabilité des accès de six mois à un an ; une durée plus courte ne permet souvent pas de remonter à l'origine d'un incident découvert tardivement.",
			"The CNIL recommends keeping access traceability logs from six months to one year; a shorter period often prevents tracing back an incident found late."),
		Source: "CNIL deliberation 2021-122 on logging [CNIL-LOG-DELIB]; retention table [CNIL-LOG-TABLE]; threshold: policy",
		Check: func(c *pas.Check) {
			v, lo := c.Plan.Get(sesRetention), c.Policy(sesRetentionMin.ID)
			if !v.IsSet() || !lo.IsSet() || v.Dur.Compare(lo.Dur) >= 0 || sesJustified(c) != "" {
				return
			}
			c.Report(sesRetention, nil, pas.Textf("journaux conservés %s, moins que %s, sans motif", "logs kept for %s, less than %s, without a reason",
				durText(v.Dur), durText(lo.Dur)))
		},
	},
	{
		ID: "LOG-02", Severity: pas.Warning,
		Title: t("Journaux conservés au-delà d'un an sans justification", "Logs retained beyond one year without justification"),
		Rationale: t("Au-delà d'un an, la CNIL attend un motif documenté ; jusqu'à trois ans pour un contrôle interne avec un risque démontré, plus longtemps seulement au cas par cas (obligation légale, menace particulière). Erreur au-delà de trois ans sans un tel motif.",
			"Beyond one year the CNIL expects a documented reason; up to three years for internal control with a demonstrated risk, longer only case by case (legal obligation, specific threat). An error beyond three years without such a reason."),
		Source: "CNIL retention table [CNIL-LOG-TABLE]; thresholds: policy",
		Check: func(c *pas.Check) {
			v, hi, ceil := c.Plan.Get(sesRetention), c.Policy(sesRetentionMax.ID), c.Policy(sesRetentionCeiling.ID)
			if !v.IsSet() || !hi.IsSet() || v.Dur.Compare(hi.Dur) <= 0 {
				return
			}
			why := sesJustified(c)
			if ceil.IsSet() && v.Dur.Compare(ceil.Dur) > 0 && why != "legal_obligation" && why != "specific_threat" {
				c.ReportAs(pas.Error, sesRetention, nil, pas.Textf("journaux conservés %s, au-delà de %s, sans obligation légale ni menace particulière",
					"logs kept for %s, beyond %s, without a legal obligation or a specific threat", durText(v.Dur), durText(ceil.Dur)))
				return
			}
			if why == "" {
				c.Report(sesRetention, nil, pas.Textf("journaux conservés %s, au-delà de %s, sans motif", "logs kept for %s, beyond %s, without a reason",
					durText(v.Dur), durText(hi.Dur)))
			}
		},
	},
	{
		ID: "LOG-03", Severity: pas.Error,
		Title: t("Journaux sans identifiant ou sans dates de connexion et de déconnexion", "Logs without user identifier or login and logout times"),
		Rationale: t("Au minimum, une trace de connexion indique qui s'est connecté, quand, et quand la session a pris fin.",
			"At the very least a connection record says who logged in, when, and when the session ended."),
		Source: "CNIL logging sheet [DASTRA-LOG], [GDPRRATING-LOG]",
		Check: func(c *pas.Check) {
			v := c.Plan.Get(sesLogFields)
			if !v.IsSet() || !c.Active(sesLogFields, nil) {
				return
			}
			var missing []string
			for _, want := range []string{"user_id", "login_ts", "logout_ts"} {
				if !v.Contains(want) {
					missing = append(missing, want)
				}
			}
			if len(missing) > 0 {
				c.Report(sesLogFields, nil, pas.Textf("informations minimales absentes des journaux : %s", "minimum information missing from the logs: %s",
					accLabels(sesLogFields, missing)))
			}
		},
	},
	{
		ID: "LOG-04", Severity: pas.Warning,
		Title: t("Journaux ni isolés ni horodatés ou signés", "Logs not stored apart, time-stamped or signed"),
		Rationale: t("La CNIL recommande de stocker les journaux à part du système journalisé, en écriture seule pour l'application, et de les horodater et signer pour qu'ils fassent foi.",
			"The CNIL recommends storing logs apart from the logged system, write-only for the application, and time-stamping and signing them so that they can be relied on."),
		Source: "CNIL logging recommendation [CNIL-LOG-SILICON], [CNIL-LOG-NXI]",
		Check: func(c *pas.Check) {
			v := c.Plan.Get(sesIntegrity)
			if !v.IsSet() || !c.Active(sesIntegrity, nil) {
				return
			}
			if !v.Contains("segregated_storage") {
				c.Report(sesIntegrity, nil, pas.T("journaux stockés avec le système qu'ils tracent", "logs stored with the system they record"))
			}
			if !v.Contains("timestamping") && !v.Contains("signing") {
				c.Report(sesIntegrity, nil, pas.T("journaux ni horodatés ni signés", "logs neither time-stamped nor signed"))
			}
		},
	},
	{
		ID: "LOG-05", Severity: pas.Warning,
		Title: t("Journaux contenant des données du traitement principal conservé moins de six mois", "Logs holding data of a main processing kept less than six months"),
		Rationale: t("Lorsque les données du traitement principal sont conservées moins de six mois, la CNIL demande que les journaux, conservés plus longtemps, n'en contiennent pas.",
			"When the main processing's data is kept less than six months, the CNIL asks that the logs, kept longer, do not hold it."),
		Source: "CNIL retention table, case 2 [CNIL-LOG-TABLE]; threshold: policy",
		Check: func(c *pas.Check) {
			v, lo := c.Plan.Get(sesMainRetention), c.Policy(sesRetentionMin.ID)
			if !v.IsSet() || !lo.IsSet() || !c.Plan.Is(sesLogsHoldPD) || v.Dur.Compare(lo.Dur) >= 0 {
				return
			}
			c.Report(sesLogsHoldPD, nil, pas.Textf("les journaux contiennent des données personnelles d'un traitement conservé %s, moins que %s",
				"the logs hold personal data of a processing kept for %s, less than %s", durText(v.Dur), durText(lo.Dur)))
		},
	},
	{
		ID: "LOG-06", Severity: pas.Warning,
		Title: t("Horloges non synchronisées", "Clocks not synchronised"),
		Rationale: t("Sans source de temps commune, les traces de plusieurs systèmes ne peuvent pas être rapprochées ni servir de preuve.",
			"Without a common time source, records from several systems cannot be correlated or used as evidence."),
		Source: "ISO/IEC 27001:2022 A.8.17 (clock synchronization)",
		Check: func(c *pas.Check) {
			if c.Active(sesTimeSource, nil) && c.Plan.Str(sesTimeSource) == "none" {
				c.Report(sesTimeSource, nil, pas.T("aucune synchronisation des horloges", "no clock synchronisation"))
			}
		},
	},
	{
		ID: "LOG-07", Severity: pas.Info,
		Title: t("Journaux réutilisés à d'autres fins que la sécurité", "Logs reused for purposes other than security"),
		Rationale: t("La CNIL met en garde contre le détournement des journaux de sécurité, notamment pour surveiller l'activité des personnes : chaque autre usage doit avoir sa propre base légale et être porté à la connaissance des intéressés.",
			"The CNIL warns against diverting security logs, notably to monitor people's activity: every other use needs its own legal basis and must be made known to those concerned."),
		Source: "CNIL logging recommendation [CNIL-LOG-NXI]",
		Check: func(c *pas.Check) {
			v := c.Plan.Get(sesPurposes)
			if !v.IsSet() || !c.Active(sesPurposes, nil) {
				return
			}
			var other []string
			for _, s := range v.List {
				if s != "security" && s != "operations" { // troubleshooting stays within running the service
					other = append(other, s)
				}
			}
			if len(other) > 0 {
				c.Report(sesPurposes, nil, pas.Textf("journaux exploités aussi pour : %s", "logs also used for: %s", accLabels(sesPurposes, other)))
			}
		},
	},
}
