package sections

import "github.com/pas-editor/pas/pas"

// TemplateActivity is one row of the reference RACI for a cloud
// integration: a suggestion the editor can add in one step, never written
// into a plan by itself.
type TemplateActivity struct {
	Code      string   // value of the activity's "standard" field
	Label     pas.Text // suggested label
	Category  string
	Phase     string
	Mandatory bool // expected in every PAS (rule RACI-04)
	// Assign gives the typical letters per party role: client, provider,
	// hosting, subcontractor, auditor.
	Assign map[string]string
}

// RACITemplate is the reference matrix, by party role. The split between
// client, provider and host is a convention to adapt to each service model.
var RACITemplate = []TemplateActivity{
	{"security_needs", t("Définir les besoins de sécurité (DICT) et classifier les données", "Define security needs and classify the data"), "governance", "build", true, roles("RA", "C", "I", "", "")},
	{"risk_analysis", t("Analyse de risques de la prestation (par exemple EBIOS RM)", "Risk analysis of the service (for instance EBIOS RM)"), "governance", "build", true, roles("A", "R", "C", "C", "")},
	{"homologation", t("Décision d'homologation de sécurité", "Security accreditation decision"), "governance", "build", false, roles("RA", "C", "I", "", "")},
	{"pas_maintenance", t("Rédiger et tenir à jour le PAS", "Write and maintain the PAS"), "governance", "run", true, roles("C", "RA", "C", "C", "")},
	{"architecture", t("Conception de l'architecture sécurisée", "Secure architecture design"), "build", "build", false, roles("C", "RA", "C", "", "")},
	{"physical_security", t("Sécurité physique et environnementale des centres de données", "Physical and environmental security of the data centres"), "run", "run", true, roles("I", "I", "RA", "", "")},
	{"infra_patching", t("Correctifs de l'hyperviseur et de l'infrastructure physique", "Hypervisor and physical infrastructure patching"), "run", "run", false, roles("", "I", "RA", "", "")},
	{"os_patching", t("Correctifs des systèmes et intergiciels du périmètre infogéré", "Operating system and middleware patching in the managed scope"), "run", "run", true, roles("I", "RA", "C", "", "")},
	{"user_access", t("Habilitations des utilisateurs du client (attribution, retrait)", "Client user access rights (grant, revoke)"), "security_ops", "run", true, roles("A", "R", "", "", "")},
	{"privileged_access", t("Accès à privilèges du personnel du prestataire (bastion, MFA, validations)", "Privileged access of provider staff (bastion, MFA, approvals)"), "security_ops", "run", true, roles("C", "RA", "R", "C", "")},
	{"access_review", t("Revue périodique des habilitations", "Periodic access review"), "security_ops", "run", true, roles("A", "R", "C", "C", "")},
	{"key_management", t("Gestion des clés de chiffrement", "Encryption key management"), "security_ops", "run", false, roles("A", "R", "C", "", "")},
	{"logging_monitoring", t("Journalisation, SIEM et supervision de sécurité", "Logging, SIEM and security monitoring"), "security_ops", "run", true, roles("I", "RA", "C", "R", "")},
	{"incident_response", t("Détection et traitement des incidents de sécurité", "Security incident detection and response"), "security_ops", "run", true, roles("I", "RA", "R", "C", "")},
	{"breach_notification", t("Notification des violations de données à la CNIL (72 h) et aux personnes", "Personal data breach notification to the supervisory authority (72 h) and to data subjects"), "privacy", "run", true, roles("RA", "C", "C", "C", "")},
	{"backup_execution", t("Exécution et surveillance des sauvegardes", "Backup execution and monitoring"), "continuity", "run", true, roles("I", "A", "R", "", "")},
	{"restore_tests", t("Tests de restauration", "Restore tests"), "continuity", "run", true, roles("C", "RA", "R", "", "")},
	{"dr_plan", t("Maintien du PRA et tests de bascule", "Disaster recovery plan upkeep and failover tests"), "continuity", "run", true, roles("C", "RA", "R", "", "")},
	{"pentest", t("Scans de vulnérabilités et tests d'intrusion", "Vulnerability scans and penetration tests"), "audit", "run", true, roles("A", "C", "C", "", "R")},
	{"provider_audit", t("Audit de sécurité et de conformité des prestataires", "Security and compliance audit of the providers"), "audit", "run", true, roles("A", "C", "C", "C", "R")},
	{"subprocessor_onboarding", t("Recours à un sous-traitant ultérieur (autorisation, répercussion des obligations)", "Sub-processor onboarding (authorisation, flow-down)"), "privacy", "run", true, roles("A", "R", "C", "I", "")},
	{"change_management", t("Gestion des changements ayant un impact sur la sécurité", "Security-impacting change management"), "run", "run", false, roles("C", "RA", "C", "", "")},
	{"reversibility", t("Plan de réversibilité et sa mise en œuvre", "Reversibility plan and its execution"), "exit", "exit", true, roles("A", "R", "R", "C", "")},
	{"end_deletion", t("Effacement des données en fin de contrat et attestation", "End-of-contract data deletion and certificate"), "exit", "exit", true, roles("I", "A", "R", "R", "")},
	{"pas_review", t("Revue du PAS et comité de sécurité", "PAS review and security committee"), "governance", "run", false, roles("A", "R", "C", "I", "")},
}

// templateRoles are the party roles of the template's columns.
var templateRoles = []string{"client", "provider", "hosting", "subcontractor", "auditor"}

func roles(letters ...string) map[string]string {
	m := map[string]string{}
	for i, l := range letters {
		if l != "" {
			m[templateRoles[i]] = l
		}
	}
	return m
}

func templateOptions() []pas.Option {
	out := make([]pas.Option, len(RACITemplate))
	for i, a := range RACITemplate {
		out[i] = pas.Option{Value: a.Code, Label: a.Label}
	}
	return out
}

// TemplateByCode returns the template activity with this code, or nil.
func TemplateByCode(code string) *TemplateActivity {
	for i := range RACITemplate {
		if RACITemplate[i].Code == code {
			return &RACITemplate[i]
		}
	}
	return nil
}

func init() {
	raciActivites.Suggestions = raciSuggestions
}

// raciSuggestions returns the template activities the matrix lacks (the
// personal-data ones only when personal data is processed), each with
// the template's letters given to the first party of each role among the
// matrix's columns (or all organisations when no column is declared).
func raciSuggestions(p *pas.Plan) []*pas.Record {
	present := map[string]bool{}
	ids := map[string]bool{}
	for _, a := range p.Records(raciActivites) {
		present[a.Str(actStandard)] = true
		ids[a.ID] = true
	}
	byRole := map[string]string{}
	candidates := p.Strings(raciParties)
	if len(candidates) == 0 {
		for _, r := range p.Records(ptyOrganisations) {
			candidates = append(candidates, r.ID)
		}
	}
	for _, id := range candidates {
		if r := party(p, id); r != nil {
			role := r.Str(ptyRole)
			if role == "co_contractor" {
				role = "subcontractor"
			}
			if _, ok := byRole[role]; !ok {
				byRole[role] = id
			}
		}
	}
	var out []*pas.Record
	for _, tpl := range RACITemplate {
		if present[tpl.Code] || ids[tpl.Code] || (tpl.Category == "privacy" && !personalData(p)) {
			continue
		}
		assign := map[string]string{}
		for role, letters := range tpl.Assign {
			if id, ok := byRole[role]; ok {
				assign[id] = letters
			}
		}
		r := &pas.Record{ID: tpl.Code}
		r.Set(actLabel, &pas.Value{Has: true, Str: tpl.Label.In(p.Lang)})
		r.Set(actStandard, &pas.Value{Has: true, Str: tpl.Code})
		r.Set(actCategory, &pas.Value{Has: true, Str: tpl.Category})
		r.Set(actPhase, &pas.Value{Has: true, Str: tpl.Phase})
		if len(assign) > 0 { // a proposal by role: to be confirmed, never a commitment by itself
			r.Set(actAssign, &pas.Value{Has: true, RACI: assign, State: pas.ToConfirm,
				Question: t("Affectation proposée par le modèle selon le rôle des parties", "Assignment proposed by the template from the parties' roles").In(p.Lang)})
		}
		out = append(out, r)
	}
	return out
}
