package sections

import (
	"strings"

	"github.com/pas-editor/pas/pas"
)

// Conventions of the access chapter, which a company may set in its policy
// block. The CNIL password entropy anchors are a norm and stay constants.
var (
	accReviewPrivilegedMax = threshold(field("access_review_privileged_max", pas.KDuration,
		"Intervalle maximal entre deux revues des comptes à privilèges", "Longest interval between two reviews of privileged accounts",
		suggest("6mo"),
		help("Au-delà, la règle ACC-05 signale la périodicité de revue (convention de pratique).",
			"Beyond it, rule ACC-05 flags the review interval (a practice convention).")))
	accReviewStandardMax = threshold(field("access_review_standard_max", pas.KDuration,
		"Intervalle maximal entre deux revues des autres comptes", "Longest interval between two reviews of other accounts",
		suggest("12mo"),
		help("Au-delà, la règle ACC-05 signale la périodicité de revue (convention de pratique).",
			"Beyond it, rule ACC-05 flags the review interval (a practice convention).")))
	accDeprovisioningMax = threshold(field("access_deprovisioning_max", pas.KDuration,
		"Délai maximal de retrait des droits", "Longest access removal delay",
		suggest("1bd"),
		help("Au-delà, la règle ACC-06 signale le délai de retrait (convention de pratique).",
			"Beyond it, rule ACC-06 flags the removal delay (a practice convention).")))
)

// accEntropyMin is the CNIL 2022 minimum entropy, in bits, for each case.
var accEntropyMin = map[string]float64{"password_only": 80, "with_lockout": 50, "device_bound": 13}

var accessRules = []*pas.Rule{
	{
		ID: "ACC-01", Severity: pas.Error,
		Title: t("Administrateurs ou accès distants sans authentification multifacteur", "Administrators or remote access without multi-factor authentication"),
		Rationale: t("L'ANSSI recommande une authentification forte pour toute administration, y compris par un tiers ou en télémaintenance, et pour les accès depuis l'extérieur.",
			"ANSSI recommends strong authentication for all administration, third-party and remote maintenance included, and for access from outside."),
		Source: "ANSSI PA-022, secure administration of IS [ANSSI-ADMIN]",
		Check: func(c *pas.Check) {
			v := c.Plan.Get(accMFA)
			if !v.IsSet() || !c.Active(accMFA, nil) || v.Contains("all_users") {
				return
			}
			var missing []string
			for _, want := range []string{"admins", "remote_access"} {
				if !v.Contains(want) {
					missing = append(missing, want)
				}
			}
			if len(missing) > 0 {
				c.Report(accMFA, nil, pas.Textf("authentification multifacteur non exigée pour : %s", "multi-factor authentication not required for: %s",
					accLabels(accMFA, missing)))
			}
		},
	},
	{
		ID: "ACC-02", Severity: pas.Warning,
		Title: t("Entropie des mots de passe sous le seuil de la CNIL", "Password entropy below the CNIL threshold"),
		Rationale: t("La CNIL fixe l'entropie minimale selon le contexte : 80 bits pour un mot de passe seul, 50 bits lorsque les tentatives sont restreintes, 13 bits pour un secret lié à un équipement verrouillé après quelques échecs.",
			"The CNIL sets the minimum entropy by context: 80 bits for a password alone, 50 bits when attempts are restricted, 13 bits for a secret bound to a device locked after a few failures."),
		Source: "CNIL 2022 password recommendation [CNIL-PWD-1], [CNIL-PWD-2]",
		Check: func(c *pas.Check) {
			if !c.Active(accPwdEntropy, nil) {
				return
			}
			bits, cs := c.Plan.Get(accPwdEntropy), c.Plan.Str(accPwdCase)
			min, known := accEntropyMin[cs]
			if !bits.IsSet() || !known || bits.Num >= min {
				return
			}
			c.Report(accPwdEntropy, nil, pas.Textf("cas « %s » : entropie minimale de %s bits, la CNIL en demande au moins %s",
				"case \"%s\": minimum entropy of %s bits, the CNIL asks for at least %s",
				valueText(c.Plan, accPwdCase, c.Plan.Get(accPwdCase)), numText(bits.Num), numText(min)))
		},
	},
	{
		ID: "ACC-03", Severity: pas.Info,
		Title: t("Renouvellement périodique forcé des mots de passe", "Forced periodic password change"),
		Rationale: t("La CNIL ne recommande plus d'imposer un renouvellement périodique aux utilisateurs : il pousse à des mots de passe plus faibles. Le changement s'impose en cas de soupçon de compromission.",
			"The CNIL no longer recommends forcing periodic changes on users: it leads to weaker passwords. A change is due when compromise is suspected."),
		Source: "CNIL, 17 Oct 2022 update of the password recommendation [CNIL-PWD-3]",
		Check: func(c *pas.Check) {
			if c.Active(accPwdRotation, nil) && c.Plan.Is(accPwdRotation) {
				c.Report(accPwdRotation, nil, pas.T("renouvellement périodique imposé aux utilisateurs : la CNIL ne le recommande plus",
					"periodic change forced on users: the CNIL no longer recommends it"))
			}
		},
	},
	{
		ID: "ACC-04", Severity: pas.Error,
		Title: t("Mots de passe stockés autrement que par empreinte salée", "Passwords stored other than as a salted hash"),
		Rationale: t("Un mot de passe ne doit jamais être conservé en clair ni de façon réversible : seule une empreinte salée, calculée par une fonction lente, protège les comptes en cas de fuite de la base.",
			"A password must never be kept in clear or reversibly: only a salted hash computed by a slow function protects the accounts if the database leaks."),
		Source: "CNIL password recommendation (storage) [CNIL-PWD-2]",
		Check: func(c *pas.Check) {
			v := c.Plan.Get(accPwdStorage)
			if c.Active(accPwdStorage, nil) && v.IsSet() && v.Str != "salted_slow_hash" {
				c.Report(accPwdStorage, nil, pas.Textf("stockage des mots de passe : « %s »", "password storage: \"%s\"", valueText(c.Plan, accPwdStorage, v)))
			}
		},
	},
	{
		ID: "ACC-05", Severity: pas.Warning,
		Title: t("Revue des habilitations absente ou trop espacée", "Access review missing or too infrequent"),
		Rationale: t("Les droits d'accès doivent être revus régulièrement pour rester limités au nécessaire ; l'usage est de revoir les comptes à privilèges au moins tous les six mois et les autres au moins chaque année.",
			"Access rights must be reviewed regularly to stay limited to what is needed; practice is to review privileged accounts at least every six months and the others at least yearly."),
		Source:   "ISO/IEC 27001:2022 A.5.18; CNIL security guide [CNIL-GUIDE]; intervals: convention",
		Presence: []*pas.Field{accReviewPrivileged, accReviewStandard},
		Check: func(c *pas.Check) {
			for _, r := range []struct {
				f   *pas.Field
				max *pas.Field
			}{{accReviewPrivileged, accReviewPrivilegedMax}, {accReviewStandard, accReviewStandardMax}} {
				if !c.Active(r.f, nil) {
					continue
				}
				v := c.Plan.Get(r.f)
				if v.Missing() {
					c.Report(r.f, nil, pas.Textf("%s : aucune périodicité de revue", "%s: no review interval", r.f.Label))
					continue
				}
				if limit, ok := accPolicyDur(c, r.max); ok && v.IsSet() && v.Dur.Compare(limit) > 0 {
					c.Report(r.f, nil, pas.Textf("%s : périodicité de %s, au-delà de %s", "%s: interval of %s, beyond %s",
						r.f.Label, durText(v.Dur), durText(limit)))
				}
			}
		},
	},
	{
		ID: "ACC-06", Severity: pas.Error,
		Title: t("Retrait des droits sans procédure ou sans délai", "Access removal without a procedure or a delay"),
		Rationale: t("Les droits doivent être retirés dès qu'une personne quitte ses fonctions ou la prestation ; sans procédure ni délai engagé, des comptes restent ouverts. Un délai au-delà d'un jour ouvré (convention) est signalé en avertissement.",
			"Rights must be removed as soon as a person leaves their role or the service; without a procedure and a committed delay, accounts stay open. A delay beyond one business day (convention) is a warning."),
		Source:   "CNIL security guide (revocation on departure) [CNIL-GUIDE]; ISO/IEC 27001:2022 A.5.18; delay: convention",
		Presence: []*pas.Field{accDeprovProcedure, accDeprovDelay},
		Check: func(c *pas.Check) {
			for _, f := range []*pas.Field{accDeprovProcedure, accDeprovDelay} {
				if c.Active(f, nil) && c.Plan.Get(f).Missing() {
					c.Report(f, nil, pas.Textf("%s : non renseigné", "%s: not stated", f.Label))
				}
			}
			v := c.Plan.Get(accDeprovDelay)
			if limit, ok := accPolicyDur(c, accDeprovisioningMax); ok && v.IsSet() && c.Active(accDeprovDelay, nil) && v.Dur.Compare(limit) > 0 {
				c.ReportAs(pas.Warning, accDeprovDelay, nil, pas.Textf("retrait des droits sous %s, au-delà de %s", "access removed within %s, beyond %s",
					durText(v.Dur), durText(limit)))
			}
		},
	},
	{
		ID: "ACC-07", Severity: pas.Warning,
		Title: t("Comptes génériques partagés", "Shared generic accounts"),
		Rationale: t("Un compte partagé ne permet pas d'imputer une action à une personne : la traçabilité est perdue. Ces comptes sont à supprimer au profit de comptes nominatifs.",
			"A shared account cannot tie an action to a person: traceability is lost. Such accounts should be replaced by named accounts."),
		Source: "Belgian CCB Cyberguide, security logs [CCB-LOGS]; ISO/IEC 27001:2022 A.5.16",
		Check: func(c *pas.Check) {
			if c.Active(accAccountTypes, nil) && c.Plan.Has(accAccountTypes, "shared_generic") {
				c.Report(accAccountTypes, nil, pas.T("des comptes génériques partagés sont déclarés", "shared generic accounts are declared"))
			}
		},
	},
	{
		ID: "ACC-08", Severity: pas.Warning,
		Title: t("Accès permanent du titulaire aux données du client", "Standing provider access to client data"),
		Rationale: t("L'abus de droits par les techniciens du prestataire est l'un des risques des interventions à distance ; un accès ouvert au cas par cas, sur accord du client, le réduit.",
			"Abuse of rights by the provider's technicians is one of the risks of remote interventions; access opened case by case, with the client's approval, reduces it."),
		Source: "ANSSI outsourcing guide, remote-intervention risks [BLOG-INFOG], [ANSSI-INFOG]",
		Check: func(c *pas.Check) {
			if c.Active(accProviderAccess, nil) && c.Plan.Str(accProviderAccess) == "standing" {
				c.Report(accProviderAccess, nil, pas.T("le titulaire dispose d'un accès permanent aux données du client",
					"the provider has standing access to the client's data"))
			}
		},
	},
	{
		ID: "ACC-09", Severity: pas.Warning,
		Title: t("Chemin d'administration exposé ou sans bastion ni cloisonnement", "Administration path exposed or without bastion and segregation"),
		Rationale: t("L'ANSSI recommande d'administrer depuis des moyens dédiés, au travers d'un bastion et d'un réseau d'administration cloisonné, jamais directement depuis Internet.",
			"ANSSI recommends administering from dedicated means, through a bastion and a segregated administration network, never directly from the Internet."),
		Source: "ANSSI PA-022, secure administration of IS [ANSSI-ADMIN]",
		Check: func(c *pas.Check) {
			v := c.Plan.Get(accAdminPath)
			if !v.IsSet() || !c.Active(accAdminPath, nil) {
				return
			}
			if v.Contains("direct_internet") {
				c.Report(accAdminPath, nil, pas.T("l'administration est possible directement depuis Internet",
					"administration is possible directly from the Internet"))
			}
			var missing []string
			for _, want := range []string{"bastion", "segregated_network"} {
				if !v.Contains(want) {
					missing = append(missing, want)
				}
			}
			if len(missing) > 0 {
				c.Report(accAdminPath, nil, pas.Textf("chemin d'administration sans : %s", "administration path without: %s", accLabels(accAdminPath, missing)))
			}
		},
	},
	{
		ID: "ACC-10", Severity: pas.Warning,
		Title: t("Comptes de secours sans alerte ni journalisation", "Emergency accounts without alerting and logging"),
		Rationale: t("Un compte de secours donne des privilèges étendus hors du circuit habituel : chaque usage doit déclencher une alerte et être journalisé.",
			"An emergency account grants broad privileges outside the usual workflow: every use must raise an alert and be logged."),
		Source:   "ISO/IEC 27001:2022 A.8.2 (privileged access rights)",
		Presence: []*pas.Field{accBreakGlass},
		Check: func(c *pas.Check) {
			if !c.Active(accBreakGlass, nil) {
				return
			}
			v := c.Plan.Get(accBreakGlass)
			if v.Missing() {
				c.Report(accBreakGlass, nil, pas.T("comptes de secours déclarés sans dire comment leur usage est encadré",
					"emergency accounts are declared without saying how their use is controlled"))
				return
			}
			var missing []string
			for _, want := range []string{"alerting", "logging"} {
				if v.IsSet() && !v.Contains(want) {
					missing = append(missing, want)
				}
			}
			if len(missing) > 0 {
				c.Report(accBreakGlass, nil, pas.Textf("comptes de secours sans : %s", "emergency accounts without: %s", accLabels(accBreakGlass, missing)))
			}
		},
	},
}

// accPolicyDur returns a duration threshold from the plan's policy block
// or its default.
func accPolicyDur(c *pas.Check, f *pas.Field) (pas.Duration, bool) {
	v := c.Policy(f.ID)
	if !v.IsSet() || v.Dur.IsZero() {
		return pas.Duration{}, false
	}
	return v.Dur, true
}

// accPolicyNum returns a number threshold from the policy block or its
// default.
func accPolicyNum(c *pas.Check, f *pas.Field) (float64, bool) {
	v := c.Policy(f.ID)
	if !v.IsSet() {
		return 0, false
	}
	return v.Num, true
}

// accLabels joins the labels of some options of an enum or set field.
func accLabels(f *pas.Field, values []string) pas.Text {
	var fr, en []string
	for _, s := range values {
		if o := f.Option(s); o != nil {
			fr, en = append(fr, o.Label.FR), append(en, o.Label.EN)
		} else {
			fr, en = append(fr, s), append(en, s)
		}
	}
	return pas.T(strings.Join(fr, ", "), strings.Join(en, ", "))
}
