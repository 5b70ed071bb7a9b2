package sections

import "github.com/pas-editor/pas/pas"

var networkRules = []*pas.Rule{
	{
		ID: "NET-01", Severity: pas.Warning,
		Title: t("Flux d'administration non séparés", "Administration flows not separated"),
		Rationale: t("Des flux d'administration qui empruntent le réseau des utilisateurs exposent les comptes à privilèges à toute compromission d'un poste ; l'ANSSI recommande un réseau d'administration dédié, à défaut une séparation logique chiffrée.",
			"Administration flows that use the users' network expose privileged accounts to any compromised workstation; ANSSI recommends a dedicated administration network, or at least an encrypted logical separation."),
		Source: "ISO/IEC 27001:2022 A.8.22; ANSSI PA-022 [ANSSI-ADMIN]; domain reference §1b S17",
		Check: func(c *pas.Check) {
			if c.Plan.Str(netAdminSeparation) == "none" {
				c.Report(netAdminSeparation, nil, t("les flux d'administration passent par le réseau des utilisateurs",
					"administration flows go through the users' network"))
			}
		},
	},
	{
		ID: "NET-02", Severity: pas.Info,
		Title: t("Aucun référentiel de durcissement", "No hardening baseline"),
		Rationale: t("Un référentiel de durcissement (ANSSI, CIS, éditeur) rend vérifiable la configuration des systèmes ; sans lui, le client ne peut pas juger ce qui a été désactivé ou restreint.",
			"A hardening baseline (ANSSI, CIS, vendor) makes system configuration verifiable; without one the client cannot judge what was disabled or restricted."),
		Source: "ISO/IEC 27001:2022 A.8.9, A.8.20; domain reference §1b S17",
		Check: func(c *pas.Check) {
			if v := c.Plan.Get(netHardening); v.IsSet() && len(v.List) == 0 {
				c.Report(netHardening, nil, t("aucun référentiel de durcissement n'est appliqué aux systèmes et équipements",
					"no hardening baseline is applied to systems and devices"))
			}
		},
	},
}
