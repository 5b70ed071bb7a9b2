package tui

import (
	"os"
	"testing"

	"github.com/pas-editor/pas/pas"
)

// shellCatalogue is a small catalogue of two chapters, for the tests and
// golden views of the editor's shell (panes, status bar, footer, modes,
// dialogs): adding a chapter to the real catalogue rewrites none of them.
func shellCatalogue() *pas.Catalogue {
	roles := []pas.Option{pas.Opt("lead", "Pilote", "Lead"), pas.Opt("member", "Membre", "Member")}
	people := &pas.Field{ID: "people", Kind: pas.KList, Label: pas.T("Personnes", "People"), Required: true, Columns: []string{"role"},
		Fields: []*pas.Field{
			{ID: "name", Kind: pas.KText, Label: pas.T("Nom", "Name"), Required: true},
			{ID: "role", Kind: pas.KEnum, Label: pas.T("Rôle", "Role"), Options: roles},
		}}
	context := &pas.Section{ID: "context", Title: pas.T("Contexte", "Context"), Who: pas.WhoClient, Fields: []*pas.Field{
		{ID: "name", Kind: pas.KText, Label: pas.T("Nom du projet", "Project name"), Help: pas.T("Le nom que le client emploie.", "The name the client uses."), Required: true},
		{ID: "kind", Kind: pas.KEnum, Label: pas.T("Nature", "Kind"), Options: []pas.Option{pas.Opt("saas", "Logiciel en ligne", "Software as a service"), pas.Opt("run", "Exploitation", "Operations")}, Required: true},
		{ID: "remote", Kind: pas.KBool, Label: pas.T("Accès à distance", "Remote access")},
		{ID: "start", Kind: pas.KDate, Label: pas.T("Démarrage", "Start")},
	}}
	team := &pas.Section{ID: "team", Title: pas.T("Équipe", "Team"), Who: pas.WhoProvider, Fields: []*pas.Field{
		people,
		{ID: "delay", Kind: pas.KDuration, Label: pas.T("Délai de remplacement", "Replacement delay"), Required: true},
		{ID: "organisation", Kind: pas.KLongText, Label: pas.T("Organisation", "Organisation")},
	}}
	slow := &pas.Rule{ID: "TEAM-01", Severity: pas.Warning, Title: pas.T("Remplacement rapide", "Quick replacement"),
		Rationale: pas.T("r", "r"), Source: "test", Section: "team",
		Check: func(c *pas.Check) {
			f := c.Plan.Cat.Field("team.delay")
			if v := c.Plan.Get(f); v.IsSet() && v.Dur.Compare(pas.Days(30)) > 0 {
				c.Report(f, nil, pas.T("plus d'un mois", "more than a month"))
			}
		}}
	return pas.MustCatalogue([]*pas.Section{context, team}, nil, []*pas.Rule{slow})
}

// shellPlan is a plan of the shell catalogue in a language: a few answers,
// one missing, one warning.
func shellPlan(l pas.Lang) *pas.Plan {
	cat := shellCatalogue()
	p := pas.NewPlan(cat, l)
	p.Set(cat.MustField("context.name"), &pas.Value{Has: true, Str: pas.T("Portail des agents", "Staff portal").In(l)})
	p.Set(cat.MustField("context.remote"), &pas.Value{Has: true, Bool: true})
	p.Set(cat.MustField("team.delay"), &pas.Value{Has: true, Dur: pas.Months(2)})
	people := cat.MustField("team.people")
	r := &pas.Record{ID: "alex"}
	r.Set(people.RecordField("name"), &pas.Value{Has: true, Str: "Alex Martin"})
	r.Set(people.RecordField("role"), &pas.Value{Has: true, Str: "lead"})
	p.ListOf(people).Records = append(p.ListOf(people).Records, r)
	return p
}

// shellOptions writes a plan as plan.yaml in a temporary directory, which
// becomes the working directory, and returns options opening it: views
// show the stable name plan.yaml.
func shellOptions(t *testing.T, p *pas.Plan) Options {
	t.Helper()
	t.Chdir(t.TempDir())
	if err := os.WriteFile("plan.yaml", planBytes(p), 0o644); err != nil {
		t.Fatal(err)
	}
	opt := options(t, "plan.yaml", "")
	opt.Cat = p.Cat
	return opt
}

// shellDriver opens a plan of the shell catalogue.
func shellDriver(t *testing.T, l pas.Lang, w, h int) *driver {
	t.Helper()
	return newDriver(t, shellOptions(t, shellPlan(l)), w, h)
}
