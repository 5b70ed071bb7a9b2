package tui

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	"github.com/pas-editor/pas/pas"
)

// helpPlaces returns, for each row of the README's key table, the keys
// the contextual help shows in that place (in English), the keys that
// work everywhere left to their own row.
func helpPlaces(t *testing.T) map[string][]string {
	t.Helper()
	d := newDriver(t, options(t, examplePlan(t, pas.EN), ""), 120, 40)
	k := d.m.ctx.Keys
	global := displays(globalKeys(k))
	own := func() []string { return minus(displays(d.m.modes.top().FullHelp()), global) }
	top := func() []string { return displays(d.m.modes.top().FullHelp()) }
	places := map[string][]string{"Everywhere": global}
	places["Chapters"] = own()
	d.goTo("engagement")
	places["Questions"] = own()
	d.toField("procurement.reference").keys("enter")
	places["Typing a line"] = top()
	d.keys("esc").toField("scope").keys("enter")
	places["Typing long text"] = top()
	d.keys("esc").toField("deployment_model").keys("enter")
	places["Choice lists"] = top()
	d.keys("esc").toField("service_models").keys("enter")
	places["Checklists"] = top()
	d.keys("esc").goTo("datacenter").toField("sites").keys("enter")
	places["Lists"] = own()
	d.keys("esc").goTo("raci").toField("activities").keys("enter")
	places["RACI matrix"] = own()
	d.keys("P")
	places["Matrix columns"] = own()
	d.keys("esc", "x")
	places["Confirmations"] = top()
	d.keys("esc", "esc").toField("model").keys("o")
	places["Text dialogs"] = top()
	d.keys("esc").goTo("session").toField("logs.retention")
	d.m.ctx.Plan.Set(field("session.logs.retention"), &pas.Value{Has: true, Dur: pas.Months(2)}) // LOG-01, waived
	d.m.ctx.Plan.Waivers = []*pas.Waiver{{Rule: "LOG-01", Reason: "r", Approver: "a", Date: today, Expires: pas.MustDate("2027-06-01")}}
	d.send(d.m.changed()).keys("W")
	places["Findings and waivers (W)"] = top()
	d.keys("esc").goTo("engagement").toField("scope").keys("enter").typeText("x").keys("esc")
	places["Leaving typed text"] = top()
	d.keys("d").goTo("raci").keys("esc", "p")
	places["Preview"] = own()
	d.keys("p", "esc", "w")
	places["Workshop, on an answer"] = top()
	d.keys("e")
	places["Workshop, typing"] = top()
	d.keys("esc").wsTo("datacenter.sites")
	places["Workshop, on a list"] = minus(top(), places["Lists"])
	d.keys("esc")
	places["Workshop summary"] = top()
	requirementPlaces(t, places, global)
	standardPlaces(t, places)
	libraryPlaces(t, places)
	return places
}

// requirementPlaces adds the places of the requirements view, on the
// example with a buyer's grid.
func requirementPlaces(t *testing.T, places map[string][]string, global []string) {
	d := gridDriver(t, pas.EN, 120, 40)
	top := func() []string { return displays(d.m.modes.top().FullHelp()) }
	d.keys("E")
	places["Requirements (E)"] = minus(top(), global)
	d.keys("/")
	places["Requirements, filtering"] = top()
	d.keys("esc", "enter")
	places["Requirement status"] = top()
	d.keys("esc", "m")
	places["Requirement mapping"] = top()
	d.keys("esc", "c")
	places["Requirement comment"] = top()
	d.keys("esc").toReq("CON-04").keys("right")
	places["Go to the mapped field"] = top()
}

// standardPlaces adds the keys of a plan made from a standard PAS, and of
// a merged plan with conflicts, to the places of an ordinary plan.
func standardPlaces(t *testing.T, places map[string][]string) {
	d := newDriver(t, tenderOptions(t, pas.EN, weakerRPO), 120, 40)
	own := func() []string { return displays(d.m.modes.top().FullHelp()) }
	d.goTo("engagement")
	extra := minus(own(), places["Questions"])
	d.goTo("datacenter").toField("sites").keys("enter")
	extra = append(extra, minus(own(), places["Lists"])...)
	d.keys("esc").goTo("raci").toField("activities").keys("enter")
	extra = append(extra, minus(own(), places["RACI matrix"])...)
	slices.Sort(extra)
	places["From a standard PAS"] = minus(slices.Compact(extra), places["Everywhere"])

	d = newDriver(t, mergedOptions(t, pas.EN), 120, 40)
	places["After a merge"] = minus(minus(own(), places["Chapters"]), places["Everywhere"])
	d.keys("m")
	places["Merge conflicts (m)"] = own()
	d.keys("enter")
	places["A merge conflict"] = own()
}

// displays lists the keys bindings show, once each, sorted.
func displays(groups [][]key.Binding) []string {
	var out []string
	for _, g := range groups {
		for _, b := range g {
			if b.Enabled() && !slices.Contains(out, b.Help().Key) {
				out = append(out, b.Help().Key)
			}
		}
	}
	slices.Sort(out)
	return out
}

func minus(all, drop []string) []string {
	var out []string
	for _, s := range all {
		if !slices.Contains(drop, s) {
			out = append(out, s)
		}
	}
	return out
}

var readmeKey = regexp.MustCompile("`([^`]+)`")

// TestReadmeKeysMatchHelp: the README's key table names, place by place,
// exactly the keys the contextual help shows there.
func TestReadmeKeysMatchHelp(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(pkgDir, "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string][]string{}
	in := false
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "| Where | Keys |") {
			in = true
			continue
		}
		if in && !strings.HasPrefix(line, "|") {
			break
		}
		cells := strings.Split(line, "|")
		if !in || len(cells) < 4 || strings.HasPrefix(cells[1], " ---") {
			continue
		}
		where := strings.Trim(strings.TrimSpace(cells[1]), "*")
		var keys []string
		for _, m := range readmeKey.FindAllStringSubmatch(cells[2], -1) {
			keys = append(keys, m[1])
		}
		slices.Sort(keys)
		rows[where] = keys
	}
	for where, want := range helpPlaces(t) {
		if got, ok := rows[where]; !ok {
			t.Errorf("README lacks the row %q: %q", where, want)
		} else if !slices.Equal(got, want) {
			t.Errorf("README row %q:\n  README %q\n  help   %q", where, got, want)
		}
		delete(rows, where)
	}
	for where := range rows {
		t.Errorf("README row %q is no place of the editor", where)
	}
}
