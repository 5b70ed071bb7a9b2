package tui

import (
	"os"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// TestWaiverFromTheEditor: W on a finding accepts it with a reason, an
// approver and an expiry (written to waivers), shows it as waived, and
// removes it again.
func TestWaiverFromTheEditor(t *testing.T) {
	path := examplePlan(t, pas.FR)
	d := newDriver(t, options(t, path, ""), 120, 40)
	d.goTo("session").toField("idle_timeout").keys("enter", "ctrl+u").typeText("2 h").keys("enter")
	d.toField("idle_timeout")
	d.mustShow("SES-01")
	if n := d.m.ctx.Stats.section("session").warnings; n != 1 {
		t.Fatalf("%d warnings", n)
	}
	before := len(d.m.ctx.Plan.Waivers) // the example's own waivers
	d.keys("W")
	d.mustShow("Accepter le constat", "SES-01")
	d.keys("enter")
	d.mustShow("Le motif est obligatoire.")
	d.typeText("Poste en salle sécurisée").keys("tab").typeText("RSSI du GHT").keys("tab").typeText("hier").keys("enter")
	d.mustShow("échéance invalide")
	d.keys("ctrl+u").typeText("dans 6 mois").keys("enter")
	ws := d.m.ctx.Plan.Waivers[before:]
	if len(ws) != 1 || ws[0].Rule != "SES-01" || ws[0].Item != "session.idle_timeout" || ws[0].Approver != "RSSI du GHT" ||
		ws[0].Date != today || ws[0].Expires != pas.MustDate("2027-06-01") {
		t.Fatalf("waivers = %+v", ws)
	}
	d.mustShow("≈ SES-01 accepté par dérogation : Poste en salle sécurisée — RSSI du GHT")
	if n := d.m.ctx.Stats.section("session").warnings; n != 0 {
		t.Fatalf("%d warnings once waived", n)
	}
	d.keys("ctrl+s")
	p, err := pas.Load(path, sections.Catalogue())
	if err != nil || len(p.Waivers) != before+1 || p.Waivers[before].Reason != "Poste en salle sécurisée" {
		data, _ := os.ReadFile(path)
		t.Fatalf("saved waivers: %v\n%s", err, data[strings.Index(string(data), "waivers"):])
	}
	d.keys("W")
	d.mustShow("Constats et dérogations", "≈ SES-01")
	d.keys("enter")
	d.mustShow("Retirer la dérogation")
	d.keys("y")
	if len(d.m.ctx.Plan.Waivers) != before {
		t.Fatalf("waiver not removed: %+v", d.m.ctx.Plan.Waivers)
	}
	if n := d.m.ctx.Stats.section("session").warnings; n != 1 {
		t.Fatalf("%d warnings once the waiver is removed", n)
	}
	d.keys("u")
	if len(d.m.ctx.Plan.Waivers) != before+1 {
		t.Fatal("undo did not bring the waiver back")
	}
}

// TestWaiverOfARACIRow: W on a matrix row lists the row's findings.
func TestWaiverOfARACIRow(t *testing.T) {
	d := newDriver(t, options(t, examplePlan(t, pas.EN), ""), 120, 40)
	d.goTo("raci").toField("activities").keys("enter", "a") // a second A on the first row
	d.mustShow("RACI-01")
	before := len(d.m.ctx.Plan.Waivers)
	d.keys("W").typeText("Shared accountability agreed").keys("tab").typeText("Steering committee").keys("tab").typeText("in 3 months").keys("enter")
	if ws := d.m.ctx.Plan.Waivers[before:]; len(ws) != 1 || ws[0].Rule != "RACI-01" || !strings.HasPrefix(ws[0].Item, "raci.activities[") {
		t.Fatalf("waivers = %+v", ws)
	}
	d.mustNotShow("✗ RACI-01")
}
