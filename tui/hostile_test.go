package tui

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
	"gopkg.in/yaml.v3"
)

// hostile holds what a plan, a file name or a paste may carry to take over
// a terminal: a title change (OSC), a screen clear, a C1 CSI, a
// right-to-left override, a NUL.
const hostile = "A\x1b]0;x\aB\x1b[2JC\u009bD\u202eE\x00F"

// sgr matches the colour and attribute sequences lipgloss and glamour
// write themselves; anything else that is a control is a leak.
var sgr = regexp.MustCompile(`\x1b\[[0-9;]*m`)

// requireSafe fails if a view holds a control character other than a
// newline, once the styles' own sequences are removed.
func requireSafe(t *testing.T, where, view string) {
	t.Helper()
	rest := sgr.ReplaceAllString(view, "")
	for i := 0; i < len(rest); {
		r, size := utf8.DecodeRuneInString(rest[i:])
		if (r == utf8.RuneError && size == 1) || (pas.IsUnsafeRune(r) && r != '\t') {
			t.Fatalf("%s: control %U reaches the terminal at byte %d: %q", where, r, i, rest[max(i-20, 0):min(i+20, len(rest))])
		}
		i += size
	}
}

// hostilePlan is the example with hostile text in a text value, a long
// text, an organisation's name (matrix column, choices, records), an
// activity (matrix row), an open question, a chapter's notes and a
// not-applicable justification. Loading refuses such text, so the plan is
// built in memory.
func hostilePlan(t *testing.T) *pas.Plan {
	cat := sections.Catalogue()
	p, err := pas.Decode(examples.Plan(pas.FR), "example", cat)
	if err != nil {
		t.Fatal(err)
	}
	p.Set(cat.MustField("cover.title"), &pas.Value{Has: true, Str: hostile})
	p.Set(cat.MustField("engagement.scope"), &pas.Value{Has: true, Str: hostile + "\n" + hostile})
	orgs := cat.MustField("parties.organisations")
	p.Records(orgs)[0].Set(orgs.RecordField(orgs.Name), &pas.Value{Has: true, Str: hostile})
	acts := cat.MustField("raci.activities")
	p.Records(acts)[0].Set(acts.RecordField(acts.Name), &pas.Value{Has: true, Str: hostile})
	p.Set(cat.MustField("session.idle_timeout"), &pas.Value{State: pas.Open, Question: hostile, Owner: hostile})
	p.Edit("crypto").Notes = hostile
	p.Edit("assets").NA = &pas.NA{Justification: hostile}
	p.Set(cat.MustField("engagement.procurement.reference"), &pas.Value{State: pas.Open, Question: hostile, Owner: hostile, Due: pas.MustDate("2027-01-15")})
	contacts := cat.MustField("parties.contacts")
	p.Records(contacts)[0].Set(contacts.RecordField("title"), &pas.Value{Has: true, Str: hostile})
	p.Set(cat.MustField("session.logs.retention"), &pas.Value{Has: true, Dur: pas.Months(2)}) // LOG-01, waived
	p.Waivers = append(p.Waivers, &pas.Waiver{Rule: "LOG-01", Item: "session.logs.retention", Reason: hostile, Approver: hostile,
		Date: pas.MustDate("2026-11-01"), Expires: pas.MustDate("2027-06-01")})
	return p
}

// TestHostileTextNeverReachesTheTerminal walks the editor's screens with
// hostile plan values and hostile typed and pasted input: every view is
// free of raw controls.
func TestHostileTextNeverReachesTheTerminal(t *testing.T) {
	p := hostilePlan(t)
	opt := options(t, "plan.yaml", "")
	d := &driver{t: t}
	m, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	m.openPlan(p, true)
	m.ctx.Path = "plan\x1b[2J.yaml" // a hostile file name too
	d.m = m
	d.send(m.Init(), tea.WindowSizeMsg{Width: 150, Height: 45})
	check := func(where string) { t.Helper(); requireSafe(t, where, d.m.View()) }
	check("opened")
	if v := d.view(); !strings.Contains(v, "A␛]0;x␇B␛[2JC<U+009B>D<U+202E>E") {
		t.Fatalf("the hostile title is not shown made visible:\n%s", v)
	}
	for i, s := range d.m.ctx.Cat.Sections {
		d.m.ed.selectSection(i)
		d.m.ed.layout()
		d.settle()
		check("section " + s.ID)
	}
	d.goTo("engagement").toField("scope").keys("enter")
	check("long text editor")
	d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(hostile), Paste: true})
	check("pasted text")
	d.keys("esc")
	check("leave dialog")
	d.keys("d")
	d.goTo("parties").toField("organisations").keys("enter")
	check("records")
	d.keys("enter")
	check("record")
	d.goTo("raci").toField("activities").keys("enter")
	check("grid")
	d.keys("P")
	check("matrix columns")
	d.goTo("raci").toField("activities").keys("enter", "x")
	check("delete dialog")
	d.keys("esc")
	d.goTo("governance").toField("owner").keys("enter")
	check("choice of a contact")
	d.keys("esc")
	d.goTo("session").toField("idle_timeout").keys("o")
	check("open question dialog")
	d.typeText("\x1b[2J\u009b\u202e")
	check("typed text")
	d.keys("esc")
	d.goTo("crypto").keys("i")
	check("notes")
	d.keys("esc")
	d.keys("/").typeText("A")
	check("search")
	d.keys("esc", "esc", "w")
	check("workshop")
	d.keys("esc", "enter", "v")
	check("client view")
	d.keys("v", "p")
	check("full preview")
	d.keys("esc", "q")
	check("quit dialog")
	d.keys("esc")
	hostileNewScreens(t, d, check)
}

// hostileNewScreens walks the screens of the workshop, the waivers, the
// typed-text question and the contextual help with the hostile plan.
func hostileNewScreens(t *testing.T, d *driver, check func(string)) {
	t.Helper()
	d.goTo("session").toField("logs.retention")
	check("waived finding")
	d.mustShow("≈ LOG-01")
	d.keys("W")
	check("findings and waivers")
	d.mustShow("Constats et dérogations")
	d.keys("esc", "?")
	check("help of the questions")
	d.keys("esc").toField("idle_timeout").keys("enter", "x", "esc")
	check("keep or discard typed text")
	d.mustShow("Texte modifié")
	d.keys("d")
	d.goTo("raci").toField("activities").keys("enter", "?")
	check("help of the matrix")
	d.keys("esc", "esc")
	d.goTo("parties").toField("contacts").keys("enter", "enter")
	check("contact with a title")
	d.keys("esc", "esc", "w")
	check("workshop: first step")
	for i := 0; i < 60 && d.workshop() != nil && !d.workshop().done; i++ {
		d.keys("tab")
		check("workshop step " + d.workshop().steps[min(d.workshop().pos, len(d.workshop().steps)-1)].Field.Path)
	}
	check("workshop summary")
	if !strings.Contains(d.view(), "␛") {
		t.Errorf("the summary does not show the hostile open question made visible:\n%s", d.view())
	}
	d.keys("enter")
	check("workshop: back to a question")
}

// TestHostileAccessibleMode: the line prompts print plan values safely too.
func TestHostileAccessibleMode(t *testing.T) {
	a := &prompter{opt: options(t, "plan.yaml", ""), plan: hostilePlan(t), lang: pas.FR}
	var out strings.Builder
	a.out = &out
	a.describe(sections.Catalogue().MustField("governance.owner"))
	a.say("%s", a.plan.Get(sections.Catalogue().MustField("cover.title")).Str)
	requireSafe(t, "accessible", out.String())
	if !strings.Contains(out.String(), "␛") {
		t.Errorf("the hostile text is not shown made visible:\n%s", out.String())
	}
}

// TestHostileStandardConflictsAndHistory: the standard PAS's values, the
// versions and paths of merge conflicts, and a proposed history line
// quoting plan text reach the terminal made safe.
func TestHostileStandardConflictsAndHistory(t *testing.T) {
	p := hostilePlan(t)
	std, err := pas.Decode(examples.Plan(pas.FR), "standard", p.Cat)
	if err != nil {
		t.Fatal(err)
	}
	std.Set(field("continuity.bcp.rpo"), &pas.Value{Has: true, State: pas.Open, Question: hostile})
	p.Baseline = &pas.Baseline{Path: "standard\x1b[2J.yaml", SHA256: strings.Repeat("0", 64), Read: true, Standard: std}
	node := &yaml.Node{Kind: yaml.ScalarNode, Value: hostile}
	p.Conflicts = []*pas.Conflict{{Path: "cover.title", Ours: node, Theirs: node, Base: node},
		{Path: "crypto.notes", Ours: node}, {Path: "nowhere\x1b[2J", Theirs: node},
		{Path: "parties.organisations[" + p.Records(field("parties.organisations"))[0].ID + "]", Theirs: node}}
	m, err := New(options(t, "plan.yaml", ""))
	if err != nil {
		t.Fatal(err)
	}
	m.openPlan(p, true)
	m.recorded = std
	d := &driver{t: t, m: m}
	d.send(m.Init(), tea.WindowSizeMsg{Width: 150, Height: 45})
	check := func(where string) { t.Helper(); requireSafe(t, where, d.m.View()) }
	d.goTo("cover").toField("title").keys("down", "up")
	check("title differing from the standard")
	d.mustShow("≠Intitulé")
	d.keys("b")
	check("standard value dialog")
	d.mustShow("Reprendre la valeur du PAS standard ?", "B␛[2JC")
	d.keys("n").goTo("continuity").toField("bcp.rpo").keys("down", "up")
	check("standard's open question")
	d.mustShow("≠ PAS standard : (question ouverte", "]0;x␇B")
	d.goTo("parties").toField("organisations").keys("enter", "b")
	check("record put back dialog")
	d.mustShow("Remettre l'élément «")
	d.keys("n", "esc", "m")
	check("the conflict of a record")
	d.mustShow("Conflit de fusion 4/4")
	d.keys("esc")
	check("conflict list")
	d.mustShow("Conflits de fusion", "nowhere␛[2J")
	d.keys("g")
	for i := range p.Conflicts {
		d.keys("enter")
		check("conflict dialog " + itoa(i))
		d.mustShow("Conflit de fusion " + itoa(i+1) + "/4")
		d.keys("G", "enter")
		check("typed resolution " + itoa(i))
		d.mustShow("Résoudre : ")
		d.keys("esc", "down")
	}
	d.keys("esc").setVersion("2.0")
	check("proposed history line")
	d.mustShow("Historique des versions")
	if !strings.Contains(d.view(), "␛") {
		t.Errorf("the proposed line does not show the hostile title made visible:\n%s", d.view())
	}
}
