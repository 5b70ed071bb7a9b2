package sections

import (
	"fmt"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// A profile is an honest starting point for a kind of engagement (pas
// init --profile): the chapters that apply, the parties' roles and the
// RACI activities typical of it, and structural choices. It never claims
// a commitment: the RACI letters and the usual figures it proposes are
// values to confirm, parties have no name, certificate lists are empty.
type profile struct {
	name        pas.Text
	models      []string // engagement.service_models
	development *bool    // engagement.development, when the kind of engagement decides it
	raciModel   string
	parties     []string          // party roles, each one record named after its role
	roleParty   map[string]string // template role → party role that takes its letters
	skip        map[string]bool   // template activities that are not part of this kind of engagement
	adjust      map[string]map[string]string
	// notApplicable marks chapters outside this kind of engagement, with
	// the justification the document shows.
	notApplicable map[string]pas.Text
}

var (
	withDev, withoutDev = true, false
	// Partyless roles of the template (subcontractors, auditors) get no
	// column: their letters go to nobody until the user adds the party.
	hostedRoles = map[string]string{"client": "client", "provider": "provider", "hosting": "hosting", "auditor": "auditor"}
	// gdprRoles are the usual GDPR roles of each party role, to confirm.
	gdprRoles = map[string]string{"client": "controller", "provider": "processor", "hosting": "sub_processor", "auditor": "none"}
)

// profiles are the kinds of engagement, in the order help lists them.
var profiles = []struct {
	id string
	p  profile
}{
	{"saas", profile{name: t("SaaS", "SaaS"), models: []string{"saas"}, development: &withDev, raciModel: "saas",
		parties: []string{"client", "provider", "hosting", "auditor"}, roleParty: hostedRoles}},
	{"iaas", profile{name: t("IaaS", "IaaS"), models: []string{"iaas"}, development: &withoutDev, raciModel: "iaas",
		parties:   []string{"client", "provider", "auditor"},
		roleParty: map[string]string{"client": "client", "provider": "provider", "hosting": "provider", "auditor": "auditor"},
		// The client runs its own systems on the infrastructure: guest
		// operating systems, its users and its backups are its own.
		adjust: map[string]map[string]string{
			"os_patching":      {"client": "RA", "provider": "I"},
			"backup_execution": {"client": "RA", "provider": "C"},
			"restore_tests":    {"client": "RA", "provider": "C"},
			"user_access":      {"client": "RA"},
		}}},
	{"paas", profile{name: t("PaaS", "PaaS"), models: []string{"paas"}, raciModel: "paas",
		parties: []string{"client", "provider", "hosting", "auditor"}, roleParty: hostedRoles,
		// The client builds and changes its own applications on the platform.
		adjust: map[string]map[string]string{
			"change_management": {"client": "RA", "provider": "C"},
			"user_access":       {"client": "RA"},
		}}},
	{"managed", profile{name: t("infogérance", "managed services"), models: []string{"infrastructure_management"}, raciModel: "custom",
		parties: []string{"client", "provider", "hosting", "auditor"}, roleParty: hostedRoles}},
	{"integration", profile{name: t("intégration", "integration"), models: []string{"integration"}, development: &withDev, raciModel: "custom",
		parties:   []string{"client", "provider", "auditor"},
		roleParty: map[string]string{"client": "client", "provider": "provider", "auditor": "auditor"},
		skip: map[string]bool{"physical_security": true, "infra_patching": true, "os_patching": true, "key_management": true,
			"logging_monitoring": true, "backup_execution": true, "restore_tests": true, "dr_plan": true, "reversibility": true, "end_deletion": true},
		notApplicable: map[string]pas.Text{
			"datacenter": t("Projet d'intégration : le titulaire n'héberge ni les données ni le service du client.", "Integration project: the provider hosts neither the client's data nor its service."),
			"hosting":    t("Projet d'intégration : le titulaire n'héberge pas le service.", "Integration project: the provider does not host the service."),
			"continuity": t("Projet d'intégration : le titulaire n'exploite pas le service après sa mise en service.", "Integration project: the provider does not run the service once it is live."),
			"exit":       t("Projet d'intégration : le titulaire ne détient pas les données du client au-delà du projet.", "Integration project: the provider holds none of the client's data beyond the project."),
		}}},
}

// Profiles returns the ids of the profiles, for help and completion.
func Profiles() []string {
	ids := make([]string, len(profiles))
	for i, p := range profiles {
		ids[i] = p.id
	}
	return ids
}

// Profile returns a new plan in a language for a kind of engagement: saas,
// iaas, paas, managed or integration.
func Profile(id string, l pas.Lang) (*pas.Plan, error) {
	for _, p := range profiles {
		if p.id == id {
			return p.p.plan(l), nil
		}
	}
	return nil, fmt.Errorf("unknown profile %q: %s", id, strings.Join(Profiles(), ", "))
}

func (pr profile) plan(l pas.Lang) *pas.Plan {
	p := pas.NewPlan(Catalogue(), l)
	set := func(f *pas.Field, v *pas.Value) { p.Set(f, v) }
	set(covStatus, &pas.Value{Has: true, Str: "draft"})
	set(covVersion, &pas.Value{Has: true, Str: "0.1"})
	set(engServices, &pas.Value{Has: true, List: pr.models})
	if pr.development != nil {
		set(engDevelopment, &pas.Value{Has: true, Bool: *pr.development})
	}
	set(raciModel, &pas.Value{Has: true, Str: pr.raciModel})
	ids := pr.addParties(p)
	set(raciParties, &pas.Value{Has: true, List: ids})
	pr.addActivities(p)
	for _, s := range p.Cat.Sections {
		if why, ok := pr.notApplicable[s.ID]; ok {
			p.Edit(s.ID).NA = &pas.NA{Justification: why.In(l)}
		}
	}
	pr.proposeFigures(p)
	return p
}

// addParties adds one organisation per role, without a name, with the
// usual GDPR role of that role to confirm.
func (pr profile) addParties(p *pas.Plan) []string {
	list := p.ListOf(ptyOrganisations)
	question := pas.T("Rôle RGPD usuel pour ce rôle : à confirmer au vu du contrat.", "Usual GDPR role for this role: to confirm against the contract.").In(p.Lang)
	var ids []string
	for _, role := range pr.parties {
		r := &pas.Record{ID: role}
		r.Set(ptyRole, &pas.Value{Has: true, Str: role})
		r.Set(ptyGDPR, &pas.Value{Has: true, Str: gdprRoles[role], State: pas.ToConfirm, Question: question})
		list.Records = append(list.Records, r)
		ids = append(ids, role)
	}
	return ids
}

// addActivities adds the template's activities typical of the engagement,
// each with the template's letters for the profile's parties, to confirm.
func (pr profile) addActivities(p *pas.Plan) {
	list := p.ListOf(raciActivites)
	question := pas.Textf("Affectation type du profil «\u00a0%s\u00a0»\u00a0: à confirmer pour ce projet.",
		"Typical assignment of the “%s” profile: to confirm for this project.", pr.name).In(p.Lang)
	for _, tpl := range RACITemplate {
		if pr.skip[tpl.Code] {
			continue
		}
		assign := pr.adjust[tpl.Code]
		if assign == nil {
			assign = pr.letters(tpl.Assign)
		}
		r := &pas.Record{ID: tpl.Code}
		r.Set(actLabel, &pas.Value{Has: true, Str: tpl.Label.In(p.Lang)})
		r.Set(actStandard, &pas.Value{Has: true, Str: tpl.Code})
		r.Set(actCategory, &pas.Value{Has: true, Str: tpl.Category})
		r.Set(actPhase, &pas.Value{Has: true, Str: tpl.Phase})
		if len(assign) > 0 {
			r.Set(actAssign, &pas.Value{Has: true, RACI: copyLetters(assign), State: pas.ToConfirm, Question: question})
		}
		list.Records = append(list.Records, r)
	}
}

// letters gives each template role's letters to the profile's party for
// that role; a party that takes two roles keeps the strongest letters.
func (pr profile) letters(byRole map[string]string) map[string]string {
	out := map[string]string{}
	for role, letters := range byRole {
		if party, ok := pr.roleParty[role]; ok {
			out[party] += letters
		}
	}
	for party, letters := range out {
		out[party] = strongest(letters)
	}
	return out
}

// strongest keeps R and A when either is there, else C, else I.
func strongest(letters string) string {
	var b strings.Builder
	for _, c := range "RA" {
		if strings.ContainsRune(letters, c) {
			b.WriteRune(c)
		}
	}
	switch {
	case b.Len() > 0:
		return b.String()
	case strings.ContainsRune(letters, 'C'):
		return "C"
	}
	return "I"
}

func copyLetters(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// proposeFigures sets the usual figure of every active figure field of
// the chapters that apply, as a value to confirm: a convention is a
// proposal until the provider commits to it.
func (pr profile) proposeFigures(p *pas.Plan) {
	question := pas.Textf("Valeur d'usage proposée par le profil «\u00a0%s\u00a0»\u00a0: à confirmer ou à remplacer.",
		"Usual value proposed by the “%s” profile: confirm or replace it.", pr.name).In(p.Lang)
	for _, s := range p.Cat.Sections {
		if !p.Applicable(s) {
			continue
		}
		for _, f := range s.Fields {
			if !isFigure(f) || !p.Active(f, nil) {
				continue
			}
			v, err := pas.Suggestion(f)
			if err != nil || v == nil {
				continue
			}
			v.Has, v.State, v.Question = true, pas.ToConfirm, question
			p.Set(f, v)
		}
	}
}

func isFigure(f *pas.Field) bool {
	switch f.Kind {
	case pas.KDuration, pas.KInt, pas.KNumber, pas.KPercent:
		return true
	}
	return false
}
