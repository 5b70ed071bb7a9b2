package tui

import (
	"os"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// TestEditFlow opens the example, fills fields of several kinds the way a
// person types them in French, marks a value to confirm, saves, and checks
// the YAML written.
func TestEditFlow(t *testing.T) {
	path := examplePlan(t, pas.FR)
	d := newDriver(t, options(t, path, ""), 100, 30)
	d.mustShow("Page de garde", "1. Contexte")

	d.goTo("session").toField("logs.retention").keys("enter")
	d.mustShow("Durée de conservation des journaux")
	d.keys("ctrl+u").typeText("14 mois").keys("enter")
	d.mustShow("14 mois")

	d.toField("logs.retention").keys("enter").keys("ctrl+u").typeText("quatorze").keys("enter")
	d.mustShow("durée invalide")
	d.keys("esc", "d") // leaving the typed text asks: discard it

	d.goTo("cover").toField("next_review_date").keys("enter", "ctrl+u").typeText("15/03/2028").keys("enter")
	d.mustShow("15 mars 2028")

	d.goTo("engagement").toField("deployment_model").keys("enter").typeText("hybr").keys("enter")
	d.mustShow("Hybride")
	d.toField("deployment_model").keys("c")
	d.mustShow("? Modèle de déploiement")

	d.keys("ctrl+s")
	d.mustShow("Enregistré")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := pas.Decode(data, path, sections.Catalogue())
	if err != nil {
		t.Fatal(err)
	}
	cat := sections.Catalogue()
	if v := p.Get(cat.Field("session.logs.retention")); v.Dur != (pas.Duration{N: 14, U: pas.Month}) {
		t.Errorf("retention = %v", v.Dur)
	}
	if v := p.Get(cat.Field("cover.next_review_date")); v.Date != pas.MustDate("2028-03-15") {
		t.Errorf("next review = %v", v.Date)
	}
	if v := p.Get(cat.Field("engagement.deployment_model")); v.Str != "hybrid" || v.State != pas.ToConfirm {
		t.Errorf("deployment = %+v", v)
	}
	md, err := os.ReadFile(pas.MarkdownPath(path))
	if err != nil || !strings.Contains(string(md), "hybride **[À confirmer]**") {
		t.Errorf("plan.md not written with the change: %v", err)
	}
}

// TestSaveWarnsOfOpenItems: saving a submitted plan that still holds
// values to confirm says so after the save; a draft saves quietly.
func TestSaveWarnsOfOpenItems(t *testing.T) {
	path := examplePlan(t, pas.FR)
	d := newDriver(t, options(t, path, ""), 200, 30)
	d.keys("ctrl+s")
	d.mustShow("Enregistré. Attention, il reste 3\u00a0valeurs à confirmer, 2\u00a0questions ouvertes dans un PAS remis ou contractuel.")

	d.goTo("cover").toField("status").keys("enter").typeText("Projet").keys("enter")
	d.keys("ctrl+s")
	d.mustShow("Enregistré")
	if strings.Contains(d.view(), "Attention") {
		t.Errorf("a draft warns on save:\n%s", d.view())
	}
}
