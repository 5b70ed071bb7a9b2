package sections

import "github.com/pas-editor/pas/pas"

// Access-rights management (habilitations) and access traceability:
// domain reference S04.
var (
	accIdentitySource = field("identity_source", pas.KEnum, "Référentiel d'identités", "Identity source", req,
		help("Annuaire qui fait foi pour les comptes donnant accès au service.",
			"Directory that is authoritative for the accounts that reach the service."),
		suggest("federated"),
		options(
			opt("client_idp", "Annuaire du client", "Client's identity provider"),
			opt("provider_idp", "Annuaire du titulaire", "Provider's identity provider"),
			opt("federated", "Fédération d'identités (SAML, OIDC)", "Identity federation (SAML, OIDC)"),
			opt("local_accounts", "Comptes locaux à l'application", "Accounts local to the application"),
		))
	accAccountTypes = field("account_types", pas.KSet, "Types de comptes", "Account types", req,
		help("Toutes les sortes de comptes qui existent sur le périmètre, y compris les comptes de secours et, le cas échéant, les comptes génériques partagés.",
			"Every kind of account that exists in scope, emergency accounts included and, where they exist, shared generic accounts."),
		options(
			opt("nominative_user", "Comptes utilisateurs nominatifs", "Named user accounts"),
			opt("nominative_admin", "Comptes d'administration nominatifs", "Named administrator accounts"),
			opt("service", "Comptes de service (techniques)", "Service accounts"),
			opt("break_glass", "Comptes de secours (bris de glace)", "Emergency (break-glass) accounts"),
			opt("shared_generic", "Comptes génériques partagés", "Shared generic accounts"),
		))
	accBreakGlass = field("break_glass_controls", pas.KSet, "Encadrement des comptes de secours", "Safeguards on emergency accounts",
		help("Mesures qui entourent l'usage d'un compte de secours ; une liste vide signifie aucune.",
			"Measures around the use of an emergency account; an empty list means none."),
		when(func(p *pas.Plan, _ *pas.Record) bool { return p.Has(accAccountTypes, "break_glass") }),
		suggest("[alerting, logging, sealed_credentials, post_use_review]"),
		options(
			opt("alerting", "Alerte à chaque utilisation", "Alert on every use"),
			opt("logging", "Journalisation des actions", "Logging of actions"),
			opt("sealed_credentials", "Secret sous scellé ou coffre-fort", "Sealed or vaulted credentials"),
			opt("post_use_review", "Revue et changement du secret après usage", "Review and credential change after use"),
		))
	accLeastPrivilege = field("least_privilege", pas.KBool, "Principe du moindre privilège", "Least privilege", req,
		help("Oui si chaque compte ne reçoit que les droits nécessaires à sa mission.",
			"Yes when each account only receives the rights its task needs."),
		suggest("true"))
	accMFA = field("mfa_required_for", pas.KSet, "Authentification multifacteur exigée pour", "Multi-factor authentication required for", req,
		help("Populations pour lesquelles un second facteur est imposé ; une liste vide signifie que l'authentification multifacteur n'est exigée pour personne.",
			"Populations for which a second factor is enforced; an empty list means multi-factor authentication is required for nobody."),
		suggest("[admins, remote_access]"),
		options(
			opt("admins", "Administrateurs", "Administrators"),
			opt("remote_access", "Accès distants", "Remote access"),
			opt("all_users", "Tous les utilisateurs", "All users"),
		))
	accAuthMethods = field("auth_methods", pas.KSet, "Moyens d'authentification", "Authentication methods", req,
		help("Moyens acceptés pour s'authentifier au service et à son administration.",
			"Means accepted to authenticate to the service and to its administration."),
		options(
			opt("password", "Mot de passe", "Password"),
			opt("otp", "Code à usage unique (OTP)", "One-time password (OTP)"),
			opt("fido2", "Clé FIDO2 / WebAuthn", "FIDO2 / WebAuthn key"),
			opt("smartcard", "Carte à puce ou certificat X.509", "Smart card or X.509 certificate"),
			opt("sso", "Authentification unique (SAML, OIDC)", "Single sign-on (SAML, OIDC)"),
		))

	accPwdCase = field("password.case", pas.KEnum, "Cas de la recommandation CNIL", "CNIL recommendation case", req,
		help("Le niveau d'entropie attendu dépend des mesures qui entourent le mot de passe (recommandation CNIL de 2022).",
			"The entropy expected depends on the measures around the password (CNIL 2022 recommendation)."),
		when(accUsesPassword),
		options(
			opt("password_only", "Mot de passe seul", "Password only"),
			opt("with_lockout", "Avec restriction des tentatives", "With restriction of attempts"),
			opt("device_bound", "Lié à un équipement détenu par la personne", "Bound to a device the person holds"),
		))
	accPwdEntropy = field("password.min_entropy_bits", pas.KInt, "Entropie minimale", "Minimum entropy", req, unit("bits", "bits"), bounds(0, 512),
		help("Repères CNIL : 80 bits pour un mot de passe seul (12 caractères de 4 types, ou 14 de 3 types), 50 bits avec restriction des tentatives, 13 bits pour un équipement verrouillé après 3 échecs.",
			"CNIL anchors: 80 bits for a password alone (12 characters of 4 kinds, or 14 of 3 kinds), 50 bits with attempt restriction, 13 bits for a device locked after 3 failures."),
		when(accUsesPassword))
	accPwdLength = field("password.min_length", pas.KInt, "Longueur minimale", "Minimum length", unit("caractères", "characters"), bounds(1, 256),
		when(accUsesPassword))
	accPwdCharset = field("password.charset", pas.KSet, "Types de caractères exigés", "Character classes required",
		when(accUsesPassword),
		options(
			opt("lowercase", "Minuscules", "Lower case"),
			opt("uppercase", "Majuscules", "Upper case"),
			opt("digits", "Chiffres", "Digits"),
			opt("special", "Caractères spéciaux", "Special characters"),
		))
	accPwdRotation = field("password.forced_rotation", pas.KBool, "Renouvellement périodique imposé aux utilisateurs", "Periodic change forced on users",
		help("Oui si les utilisateurs doivent changer leur mot de passe à intervalle fixe, sans soupçon de compromission.",
			"Yes when users must change their password at a fixed interval, without any suspicion of compromise."),
		suggest("false"),
		when(accUsesPassword))
	accPwdRotationEvery = field("password.rotation_interval", pas.KDuration, "Intervalle de renouvellement", "Change interval", every,
		when(func(p *pas.Plan, r *pas.Record) bool { return accUsesPassword(p, r) && p.Is(accPwdRotation) }))
	accPwdStorage = field("password.storage", pas.KEnum, "Stockage des mots de passe", "Password storage", req,
		suggest("salted_slow_hash"),
		when(accUsesPassword),
		options(
			opt("salted_slow_hash", "Empreinte salée par une fonction lente (bcrypt, scrypt, Argon2, PBKDF2)", "Salted slow hash (bcrypt, scrypt, Argon2, PBKDF2)"),
			opt("fast_hash", "Empreinte rapide ou non salée", "Fast or unsalted hash"),
			opt("reversible", "Chiffrement réversible", "Reversible encryption"),
			opt("plaintext", "En clair", "Plain text"),
		))

	accProvisioning = field("provisioning.workflow", pas.KLongText, "Circuit de demande et de validation", "Request and approval workflow", req,
		help("Qui demande un accès, qui le valide, comment il est créé et tracé. Le client valide en principe tout accès à ses données.",
			"Who requests access, who approves it, how it is created and recorded. The client normally approves any access to its data."))
	accApprover = field("provisioning.approver", pas.KRef, "Approbateur des accès aux données du client", "Approver of access to client data",
		ref("parties.contacts"), by(pas.WhoClient))
	accDeprovProcedure = field("deprovisioning.procedure", pas.KLongText, "Procédure de retrait des droits", "Access removal procedure", req,
		help("Événements qui déclenchent le retrait (départ, changement de poste, fin d'intervention) et la façon dont il est exécuté et vérifié.",
			"Events that trigger removal (departure, change of role, end of an assignment) and how it is carried out and checked."))
	accDeprovDelay = field("deprovisioning.delay", pas.KDuration, "Délai de retrait des droits, à compter du départ ou de la fin de l'intervention", "Time to remove access, from the departure or the end of the assignment", req,
		help("Délai maximal entre l'événement déclencheur et la suppression effective des accès.",
			"Longest time between the triggering event and the actual removal of access."),
		suggest("1bd"))
	accReviewPrivileged = field("review.privileged", pas.KDuration, "Revue des comptes à privilèges", "Review of privileged accounts", every, req,
		help("Périodicité de la revue des habilitations d'administration.", "How often administration rights are reviewed."),
		suggest("3mo"))
	accReviewStandard = field("review.standard", pas.KDuration, "Revue des autres comptes", "Review of other accounts", every, req,
		help("Périodicité de la revue des habilitations des utilisateurs.", "How often user rights are reviewed."),
		suggest("6mo"))

	accAdminPath = field("admin.path", pas.KSet, "Chemin d'administration", "Administration path", req,
		help("Moyens par lesquels passent les administrateurs pour atteindre le système.",
			"Means administrators go through to reach the system."),
		suggest("[dedicated_workstation, bastion, segregated_network]"),
		options(
			opt("dedicated_workstation", "Poste d'administration dédié", "Dedicated administration workstation"),
			opt("bastion", "Bastion ou solution de gestion des accès à privilèges (PAM)", "Bastion or privileged access management (PAM)"),
			opt("segregated_network", "Réseau d'administration cloisonné", "Segregated administration network"),
			opt("vpn", "VPN", "VPN"),
			opt("direct_internet", "Accès direct depuis Internet", "Direct access from the Internet"),
		))
	accProviderAccess = field("admin.provider_data_access", pas.KEnum, "Accès du titulaire aux données du client", "Provider's access to client data", req,
		help("Conditions dans lesquelles le personnel du titulaire ou de ses sous-traitants peut accéder aux données du client.",
			"Conditions under which staff of the provider or its subcontractors can reach the client's data."),
		suggest("per_intervention_approval"),
		options(
			opt("never", "Jamais", "Never"),
			opt("on_client_request", "À la demande du client", "At the client's request"),
			opt("per_intervention_approval", "Sur accord du client pour chaque intervention", "With the client's approval for each intervention"),
			opt("standing", "Accès permanent", "Standing access"),
		))

	accTraceEvents = field("traceability.events", pas.KSet, "Événements d'accès tracés", "Access events recorded", req,
		help("La durée de conservation et l'exploitation des traces sont décrites au chapitre des sessions et journaux.",
			"Retention and use of the records are described in the sessions and logs chapter."),
		suggest("[login, logout, failure, privilege_use, data_access, permission_change]"),
		options(
			opt("login", "Connexions", "Logins"),
			opt("logout", "Déconnexions", "Logouts"),
			opt("failure", "Échecs d'authentification", "Authentication failures"),
			opt("privilege_use", "Usage de privilèges", "Use of privileges"),
			opt("data_access", "Accès aux données", "Data access"),
			opt("permission_change", "Modifications d'habilitations", "Changes of rights"),
		))
)

// accUsesPassword switches the password policy on unless the
// authentication methods are known and exclude passwords.
func accUsesPassword(p *pas.Plan, _ *pas.Record) bool {
	v := p.Get(accAuthMethods)
	return !v.IsSet() || v.Contains("password")
}

func init() {
	register(&pas.Section{
		ID:    "access",
		Title: t("Gestion des habilitations et traçabilité des accès", "Access rights management and access traceability"),
		Short: t("Habilitations et accès", "Access rights"),
		Intro: t("Ce chapitre décrit comment les comptes et les droits d'accès au service sont attribués, authentifiés, revus et retirés, par quel chemin passent les administrateurs et quels accès sont tracés.",
			"This chapter describes how accounts and access rights to the service are granted, authenticated, reviewed and removed, which path administrators go through and which accesses are recorded."),
		Who: pas.WhoProvider,
		Fields: fields(accIdentitySource, accAccountTypes, accBreakGlass, accLeastPrivilege, accMFA, accAuthMethods,
			accPwdCase, accPwdEntropy, accPwdLength, accPwdCharset, accPwdRotation, accPwdRotationEvery, accPwdStorage,
			accProvisioning, accApprover,
			accDeprovProcedure, accDeprovDelay,
			accReviewPrivileged, accReviewStandard,
			accAdminPath, accProviderAccess,
			accTraceEvents),
		Groups: []pas.Group{
			group("password", "Politique de mots de passe", "Password policy"),
			group("provisioning", "Attribution des accès", "Granting access"),
			group("deprovisioning", "Retrait des accès", "Removing access"),
			group("review", "Revue des habilitations", "Access reviews"),
			group("admin", "Administration", "Administration"),
			group("traceability", "Traçabilité des accès", "Access traceability"),
		},
		Controls: []string{"5.15", "5.16", "5.17", "5.18", "5.3", "6.1", "8.2", "8.3", "8.5", "8.18"},
		SOC2:     []string{"CC6"},
		Rules:    accessRules,

		Vocabulary: accessVocabulary,
	})
}

// Which change of this chapter's values is stricter for the client (pas diff).
func init() {
	stricter(pas.Less, accDeprovDelay, accReviewPrivileged, accReviewStandard)
	stricter(pas.More, accPwdEntropy, accPwdLength, accLeastPrivilege, accMFA, accBreakGlass, accTraceEvents, accPwdCharset)
	// Forced periodic changes are no longer recommended (CNIL, ANSSI): no single direction.
	stricter(pas.Neither, accPwdRotation, accPwdRotationEvery)
	ranked(accPwdStorage, "plaintext", "reversible", "fast_hash", "salted_slow_hash")
	ranked(accProviderAccess, "standing", "on_client_request", "per_intervention_approval", "never")
}

// accessVocabulary lists the words buyers' requirement grids use for this chapter.
var accessVocabulary = []pas.Term{
	words("habilitation*", "droits d'accès", "droit d'accès", "gestion des accès", "contrôle d'accès logique", "gestion des identités", "moindre privilège", "besoin d'en connaître", "access right*", "access control", "access management", "identity management", "least privilege", "need to know", "IAM"),
	words("compte*", "comptes nominatifs", "nominatif*", "compte générique", "comptes génériques", "comptes partagés", "comptes à privilèges", "compte d'administration", "comptes d'administration", "account*", "named account*", "shared account*", "privileged account*", "privileged access", "PAM"),
	words("authentification", "authentifié*", "authentification forte", "authentification multifacteur", "authentification à double facteur", "double authentification", "multifacteur", "multi-facteur*", "MFA", "2FA", "authentication", "multi-factor", "multifactor", "strong authentication", "second factor", "single sign-on", "SSO", "annuaire*", "Active Directory", "LDAP"),
	words("mot de passe", "mots de passe", "password*", "passphrase*", "délibération 2022-100", "recommandation de la CNIL relative aux mots de passe"),
	words("administrateur*", "administration", "interventions d'administration", "bastion", "poste* d'administration", "postes dédiés", "poste dédié", "administrator*", "jump server", "jump host", "privileged access workstation"),
	words("accès aux données de production", "accès du personnel du titulaire", "accord préalable", "provider access to customer data", "prior approval"),
	words("traçabilité des accès", "traçabilité", "access traceability", "access logging"),
	about(accPwdLength, pas.AtLeast, "caractères", "longueur minimale", "longueur du mot de passe", "characters", "minimum length"),
	about(accPwdEntropy, pas.AtLeast, "entropie", "bits d'entropie", "entropy"),
	about(accDeprovDelay, pas.AtMost, "retrait des droits", "droits d'accès sont retirés", "retirés", "suppression des accès", "désactivation des comptes", "départ", "fin de son affectation", "revoked", "access removal", "deprovisioning", "leaver*"),
	about(accReviewStandard, pas.AtMost, "revue des habilitations", "revue des droits", "revue des comptes", "recertification", "access review*", "user access review", "reviewed"),
	about(accReviewPrivileged, pas.AtMost, "comptes à privilèges", "comptes privilégiés", "privileged access", "privileged account*"),
}

// The chapter in the provider's voice.
func init() {
	prose("access",
		choice(accIdentitySource, []answer{
			on("client_idp", "Les comptes qui donnent accès au service relèvent de l'annuaire du client.", "The accounts that reach the service are held in the client's identity provider."),
			on("provider_idp", "Les comptes qui donnent accès au service relèvent de l'annuaire du titulaire.", "The accounts that reach the service are held in the provider's identity provider."),
			on("federated", "Les comptes qui donnent accès au service relèvent d'une fédération d'identités (SAML, OIDC).", "The accounts that reach the service come from identity federation (SAML, OIDC)."),
			on("local_accounts", "Les comptes qui donnent accès au service sont des comptes locaux à l'application.", "The accounts that reach the service are local to the application."),
		}),
		listing(accAccountTypes, "Le périmètre compte les types de comptes suivants : {1}.", "The following kinds of account exist in scope: {1}.",
			"Aucun type de compte n'est déclaré.", "No kind of account is declared."),
		worded(listing(accBreakGlass, "L'usage d'un compte de secours est encadré par {1}.", "Use of an emergency account is safeguarded by {1}.",
			"L'usage d'un compte de secours n'est entouré d'aucune mesure particulière.", "Use of an emergency account has no particular safeguard."), accBreakGlass,
			on("alerting", "une alerte à chaque utilisation", "an alert on every use"),
			on("logging", "la journalisation des actions", "logging of the actions taken"),
			on("sealed_credentials", "un secret sous scellé ou en coffre-fort", "sealed or vaulted credentials"),
			on("post_use_review", "une revue après chaque usage, avec changement du secret", "a review after each use, with a credential change")),
		yesNo(accLeastPrivilege,
			"Chaque compte ne reçoit que les droits nécessaires à sa mission (moindre privilège).", "Each account receives only the rights its task needs (least privilege).",
			"Le principe du moindre privilège n'est pas appliqué.", "The least privilege principle is not applied."),
		worded(listing(accMFA, "L'authentification multifacteur est exigée pour {1}.", "Multi-factor authentication is required for {1}.",
			"L'authentification multifacteur n'est exigée pour personne.", "Multi-factor authentication is required for nobody."), accMFA,
			on("admins", "les administrateurs", "administrators"),
			on("remote_access", "les accès distants", "remote access"),
			on("all_users", "tous les utilisateurs", "all users")),
		worded(listing(accAuthMethods, "Les moyens d'authentification acceptés sont {1}.", "The authentication methods accepted are {1}.",
			"Aucun moyen d'authentification n'est déclaré.", "No authentication method is declared."), accAuthMethods,
			on("password", "le mot de passe", "passwords"),
			on("otp", "le code à usage unique (OTP)", "one-time passwords (OTP)"),
			on("fido2", "la clé FIDO2 / WebAuthn", "FIDO2 / WebAuthn keys"),
			on("smartcard", "la carte à puce ou le certificat X.509", "smart cards or X.509 certificates"),
			on("sso", "l'authentification unique (SAML, OIDC)", "single sign-on (SAML, OIDC)")),

		choice(accPwdCase, []answer{
			on("password_only", "La politique de mots de passe suit le cas « mot de passe seul » de la recommandation de la CNIL.", "The password policy follows the “password only” case of the CNIL recommendation."),
			on("with_lockout", "La politique de mots de passe suit le cas « avec restriction des tentatives » de la recommandation de la CNIL.", "The password policy follows the “with restriction of attempts” case of the CNIL recommendation."),
			on("device_bound", "La politique de mots de passe suit le cas « mot de passe lié à un équipement détenu par la personne » de la recommandation de la CNIL.", "The password policy follows the “password bound to a device the person holds” case of the CNIL recommendation."),
		}),
		worded(say("Un mot de passe a une entropie d'au moins {1}[, compte au moins {2}][ et comporte {3}].",
			"A password has at least {1} of entropy[, is at least {2} long][ and contains {3}].", accPwdEntropy, accPwdLength, accPwdCharset), accPwdCharset,
			on("lowercase", "des minuscules", "lower case letters"),
			on("uppercase", "des majuscules", "upper case letters"),
			on("digits", "des chiffres", "digits"),
			on("special", "des caractères spéciaux", "special characters")),
		yesNo(accPwdRotation,
			"Les utilisateurs doivent changer leur mot de passe à intervalle fixe[ ({1})].", "Users must change their password at a fixed interval[ ({1})].",
			"Aucun changement périodique de mot de passe n'est imposé aux utilisateurs.", "Users are not forced to change their password periodically.", accPwdRotationEvery),
		choice(accPwdStorage, []answer{
			on("salted_slow_hash", "Les mots de passe sont stockés sous forme d'empreintes salées, calculées par une fonction lente (bcrypt, scrypt, Argon2 ou PBKDF2).", "Passwords are stored as salted hashes computed by a slow function (bcrypt, scrypt, Argon2 or PBKDF2)."),
			on("fast_hash", "Les mots de passe sont stockés sous forme d'empreintes rapides ou non salées.", "Passwords are stored as fast or unsalted hashes."),
			on("reversible", "Les mots de passe sont stockés sous un chiffrement réversible.", "Passwords are stored with reversible encryption."),
			on("plaintext", "Les mots de passe sont stockés en clair.", "Passwords are stored in plain text."),
		}),

		say("Les accès aux données du client sont validés par {1}.", "Access to the client's data is approved by {1}.", accApprover),

		say("{p} {do:retirer|retire} les droits d'un intervenant dans un délai de {1} à compter de son départ ou de la fin de son intervention.",
			"{p} {do:remove|removes} a person's access within {1} of their departure or the end of their assignment.", accDeprovDelay),

		say("Les comptes à privilèges sont revus {1}, les autres comptes {2}.", "Privileged accounts are reviewed {1}, other accounts {2}.", accReviewPrivileged, accReviewStandard),

		worded(listing(accAdminPath, "Les administrateurs passent par {1}.", "Administrators go through {1}.",
			"Aucun chemin d'administration n'est déclaré.", "No administration path is declared."), accAdminPath,
			on("dedicated_workstation", "un poste d'administration dédié", "a dedicated administration workstation"),
			on("bastion", "un bastion ou une solution de gestion des accès à privilèges (PAM)", "a bastion or privileged access management (PAM)"),
			on("segregated_network", "un réseau d'administration cloisonné", "a segregated administration network"),
			on("vpn", "un VPN", "a VPN"),
			on("direct_internet", "un accès direct depuis Internet", "direct access from the Internet")),
		choice(accProviderAccess, []answer{
			on("never", "Le personnel du titulaire et de ses sous-traitants n'accède jamais aux données du client.", "Staff of the provider and its subcontractors never access the client's data."),
			on("on_client_request", "Le personnel du titulaire et de ses sous-traitants n'accède aux données du client qu'à sa demande.", "Staff of the provider and its subcontractors access the client's data only at the client's request."),
			on("per_intervention_approval", "Le personnel du titulaire et de ses sous-traitants n'accède aux données du client qu'avec son accord, donné pour chaque intervention.", "Staff of the provider and its subcontractors access the client's data only with the client's approval, given for each intervention."),
			on("standing", "Le personnel du titulaire et de ses sous-traitants dispose d'un accès permanent aux données du client.", "Staff of the provider and its subcontractors have standing access to the client's data."),
		}),

		worded(listing(accTraceEvents, "Sont tracés {1}.", "The following are recorded: {1}.",
			"Aucun événement d'accès n'est tracé.", "No access event is recorded."), accTraceEvents,
			on("login", "les connexions", "logins"),
			on("logout", "les déconnexions", "logouts"),
			on("failure", "les échecs d'authentification", "authentication failures"),
			on("privilege_use", "l'usage des privilèges", "use of privileges"),
			on("data_access", "les accès aux données", "data access"),
			on("permission_change", "les modifications d'habilitations", "changes of rights")),
	)
}
