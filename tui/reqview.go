package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/grid"
	"github.com/pas-editor/pas/pas"
)

// reqView is the requirements view (E): the buyer's requirements as a
// list that scrolls (only the rows on screen are drawn), filtered by text
// (accents and case ignored) and by state, beside or above the detail of
// the requirement under the cursor. Its actions are requests to the root,
// each one undoable edit: accept the proposed mapping, change it, validate
// the proposed status or choose one, write the comment. Only validated
// statuses are exported, and the view says which are.
type reqView struct {
	ctx       *Context
	rs        *reqState
	cursor    int    // position in the list shown
	offset    int    // first row on screen
	at        string // id under the cursor, followed when the list changes
	detail    bool   // the detail pane has the focus
	detOff    int    // the detail's scroll
	filter    textinput.Model
	filtering bool     // the text filter is being typed
	stage     reqStage // the state filter
	shown     []*grid.Requirement
	counts    map[reqStage]int
	shownKey  reqShownKey
	rows      map[*grid.Requirement]*reqRow
	cols      reqCols
	colsOf    *grid.Grid
	refs      func(target string) string // chapter numbers of mapped targets
	w, h      int
}

// reqStage is where a requirement stands, from the work it needs: every
// requirement is at one of the four stages; "findings" filters those the
// checker reports something on.
type reqStage int

const (
	stageAll       reqStage = iota
	stageUnmapped           // no mapping accepted, none proposed: map it by hand
	stageProposed           // a mapping or a status pas proposes waits to be accepted
	stageToAssess           // mapped; pas cannot compare: the user judges
	stageValidated          // the status is validated: exported
	stageFindings           // the checker reports something (GRID-01…06)
	stageCount
)

func (s reqStage) text(c *Context) string {
	switch s {
	case stageUnmapped:
		return c.T("non associées", "not mapped")
	case stageProposed:
		return c.T("proposées", "proposed")
	case stageToAssess:
		return c.T("à évaluer", "to assess")
	case stageValidated:
		return c.T("validées", "validated")
	case stageFindings:
		return c.T("avec constats", "with findings")
	}
	return c.T("toutes", "all")
}

// reqShownKey is what the list shown is worked out from.
type reqShownKey struct {
	version int
	stats   *reqStats
	filter  string
	stage   reqStage
	grid    *grid.Grid
}

// reqRow is what a row derives once from its requirement.
type reqRow struct {
	search string // folded: id, text, category, priority, comment
	line   string // the text on one line, safe for a terminal
}

// reqCols are the widths of the list's columns.
type reqCols struct{ id, prio int }

func newReqView(c *Context, rs *reqState) *reqView {
	in := newInput()
	in.Prompt = ""
	in.CharLimit = 200
	return &reqView{ctx: c, rs: rs, filter: in, rows: map[*grid.Requirement]*reqRow{}, refs: grid.ChapterReferences(c.Cat)}
}

func isReqView(m mode) bool { _, ok := m.(*reqView); return ok }

func (v *reqView) SetSize(w, h int) { v.w, v.h = w, h }

// typing reports whether the text filter takes typed keys.
func (v *reqView) typing() bool { return v.filtering }

func (v *reqView) helpTitle() string {
	return v.ctx.T("Aide — exigences de l'acheteur", "Help — the buyer's requirements")
}

// reqKeys are the view's own bindings.
type reqKeys struct {
	status, accept, acceptAll, validate, validateAll, mapping, comment, open, filter, stage, pane, back, findings key.Binding
}

func (v *reqView) keys() reqKeys {
	c, k := v.ctx, v.ctx.Keys
	return reqKeys{
		status:      binding([]string{"enter", "e"}, k.Edit.Help().Key, c.T("choisir le statut", "set the status")),
		accept:      binding([]string{"y"}, "y", c.T("accepter l'association proposée", "accept the proposed mapping")),
		acceptAll:   binding([]string{"Y"}, "Y", c.T("accepter les associations proposées affichées", "accept every proposed mapping shown")),
		validate:    binding([]string{"s"}, "s", c.T("valider le statut proposé", "validate the proposed status")),
		validateAll: binding([]string{"S"}, "S", c.T("valider les statuts proposés affichés", "validate every proposed status shown")),
		mapping:     binding([]string{"m"}, "m", c.T("changer l'association", "change the mapping")),
		comment:     binding([]string{"c"}, "c", c.T("commentaire", "comment")),
		open:        binding([]string{"right", "l"}, k.Right.Help().Key, c.T("aller au champ associé", "go to the mapped field")),
		filter:      binding([]string{"/"}, "/", c.T("filtrer le texte", "filter the text")),
		stage:       binding([]string{"f"}, "f", c.T("filtrer par état", "filter by state")),
		pane:        binding([]string{"tab", "shift+tab"}, "tab", c.T("liste / détail", "list / detail")),
		back:        binding([]string{"esc", "E"}, k.Back.Help().Key, c.T("retour au plan", "back to the plan")),
		findings:    binding([]string{"W"}, "W", c.T("constats et dérogations", "findings and waivers")),
	}
}

func (v *reqView) ShortHelp() []key.Binding {
	rk, k := v.keys(), v.ctx.Keys
	if v.filtering {
		return []key.Binding{binding([]string{"enter"}, k.Accept.Help().Key, v.ctx.T("garder le filtre", "keep the filter")),
			k.Up, k.Down, k.ClearLine, binding([]string{"esc"}, k.Cancel.Help().Key, v.ctx.T("effacer le filtre", "clear the filter"))}
	}
	short := func(b key.Binding, fr, en string) key.Binding {
		b.SetHelp(b.Help().Key, v.ctx.T(fr, en))
		return b
	}
	return []key.Binding{short(rk.status, "statut", "status"), short(rk.validate, "statut proposé", "proposed status"),
		short(rk.accept, "association proposée", "proposed mapping"), short(rk.mapping, "associer", "map"),
		short(rk.comment, "commentaire", "comment"), short(rk.open, "champ", "field"), short(rk.filter, "filtrer", "filter"),
		short(rk.stage, "état", "state"), short(rk.back, "retour", "back")}
}

// FullHelp lists the view's keys by theme, then the editor's that work
// here.
func (v *reqView) FullHelp() [][]key.Binding {
	rk, k := v.keys(), v.ctx.Keys
	if v.filtering {
		return [][]key.Binding{v.ShortHelp()}
	}
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, rk.pane},
		{rk.status, rk.validate, rk.validateAll, rk.accept, rk.acceptAll, rk.mapping, rk.comment},
		{rk.filter, rk.stage, rk.open, rk.findings, rk.back},
		{k.Save, k.Undo, k.Redo, k.Help, k.Quit},
	}
}

// grid returns the grid shown, nil while it is read or when it cannot be.
func (v *reqView) grid() *grid.Grid { return v.rs.g }

// row returns what a row derives from its requirement, once.
func (v *reqView) row(r *grid.Requirement) *reqRow {
	if rw := v.rows[r]; rw != nil {
		return rw
	}
	line := oneLine(r.Text)
	if rs := []rune(line); len(rs) > 400 {
		line = string(rs[:400])
	}
	rw := &reqRow{search: pas.SearchKey(strings.Join([]string{r.ID, r.Text, r.Category, r.Priority, r.Comment}, " ")), line: sanitize(line)}
	v.rows[r] = rw
	return rw
}

// proposal returns pas's proposed status of a requirement, as the last
// check worked it out.
func (v *reqView) proposal(r *grid.Requirement) (grid.Proposal, bool) {
	if st := v.ctx.Stats.reqs; st != nil {
		p, ok := st.proposals[r.ID]
		return p, ok
	}
	return grid.Proposal{}, false
}

// findings returns what the checker says of a requirement, worst first.
func (v *reqView) findings(r *grid.Requirement) []pas.Finding {
	if st := v.ctx.Stats.reqs; st != nil {
		return st.byID[r.ID]
	}
	return nil
}

// stageOf says where a requirement stands.
func (v *reqView) stageOf(r *grid.Requirement) reqStage {
	switch {
	case r.Status != "":
		return stageValidated
	case len(r.Map) == 0 && len(r.Proposed) == 0:
		return stageUnmapped
	case len(r.Map) == 0:
		return stageProposed
	}
	if p, ok := v.proposal(r); ok && p.Status != grid.ToAssess {
		return stageProposed
	}
	return stageToAssess
}

// list returns the requirements shown, worked out again only when the
// grid, the checks or the filters changed; the cursor stays on the same
// requirement when it is still shown.
func (v *reqView) list() []*grid.Requirement {
	g := v.grid()
	if g == nil {
		return nil
	}
	k := reqShownKey{v.ctx.Version, v.ctx.Stats.reqs, v.filter.Value(), v.stage, g}
	if k == v.shownKey {
		return v.shown
	}
	v.shownKey = k
	q := pas.SearchKey(k.filter)
	v.shown = v.shown[:0]
	v.counts = map[reqStage]int{}
	for _, r := range g.Requirements {
		if q != "" && !strings.Contains(v.row(r).search, q) {
			continue
		}
		st := v.stageOf(r)
		v.counts[st]++
		v.counts[stageAll]++
		found := len(v.findings(r)) > 0
		if found {
			v.counts[stageFindings]++
		}
		if v.stage == stageAll || v.stage == st || v.stage == stageFindings && found {
			v.shown = append(v.shown, r)
		}
	}
	v.cursor = clamp(v.cursor, 0, len(v.shown)-1)
	for i, r := range v.shown {
		if r.ID == v.at {
			v.cursor = i
			break
		}
	}
	return v.shown
}

// current returns the requirement under the cursor, or nil.
func (v *reqView) current() *grid.Requirement {
	shown := v.list()
	if len(shown) == 0 {
		return nil
	}
	v.cursor = clamp(v.cursor, 0, len(shown)-1)
	return shown[v.cursor]
}

// moveTo puts the cursor on a row of the list shown.
func (v *reqView) moveTo(i int) {
	shown := v.list()
	v.cursor = clamp(i, 0, len(shown)-1)
	v.detOff = 0
	if len(shown) > 0 {
		v.at = shown[v.cursor].ID
	}
}

func (v *reqView) Update(msg tea.Msg) tea.Cmd {
	if j, ok := msg.(reqJumpMsg); ok {
		v.jump(j.id, j.target)
		return nil
	}
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	c, keys := v.ctx, v.ctx.Keys
	if key.Matches(k, keys.ForceQuit) {
		c.Send(quitMsg{interrupt: true})
		return nil
	}
	if v.grid() == nil { // still read, or unreadable: only leaving works
		if key.Matches(k, keys.Back) || key.Matches(k, keys.Requirements) || key.Matches(k, keys.Quit) {
			c.Send(popMsg{})
		}
		return nil
	}
	if v.filtering {
		return v.filterKey(k)
	}
	if v.detail {
		if off, ok := moveCursor(keys, k, v.detOff, 1<<20); ok {
			v.detOff = off
			return nil
		}
	} else if cur, ok := moveCursor(keys, k, v.cursor, len(v.list())); ok {
		v.moveTo(cur)
		return nil
	}
	return v.key(k)
}

// key handles the view's keys other than moves.
func (v *reqView) key(k tea.KeyMsg) tea.Cmd {
	c, keys, rk := v.ctx, v.ctx.Keys, v.keys()
	switch {
	case key.Matches(k, rk.back):
		c.Send(popMsg{})
	case key.Matches(k, rk.pane):
		v.detail = !v.detail
	case key.Matches(k, rk.filter):
		v.filtering = true
		v.filter.Focus()
	case key.Matches(k, rk.stage):
		v.stage = (v.stage + 1) % stageCount
		v.detOff = 0
	case key.Matches(k, keys.Save):
		c.Send(saveMsg{})
	case key.Matches(k, keys.Undo):
		c.Send(undoMsg{})
	case key.Matches(k, keys.Redo):
		c.Send(redoMsg{})
	case key.Matches(k, keys.Quit):
		c.Send(quitMsg{})
	case key.Matches(k, rk.acceptAll):
		v.acceptAll()
	case key.Matches(k, rk.validateAll):
		v.validateAll()
	default:
		if r := v.current(); r != nil {
			v.act(k, r)
		}
	}
	return nil
}

// act applies a key to the requirement under the cursor.
func (v *reqView) act(k tea.KeyMsg, r *grid.Requirement) {
	c, rk := v.ctx, v.keys()
	v.at = r.ID
	switch {
	case key.Matches(k, rk.status):
		c.Send(pushMsg{newReqStatusDialog(c, v.rs, r, v.liveProposal(r))})
	case key.Matches(k, rk.accept):
		v.accept(r)
	case key.Matches(k, rk.validate):
		v.validate(r)
	case key.Matches(k, rk.mapping):
		c.Send(pushMsg{newReqMapDialog(c, r)})
	case key.Matches(k, rk.comment):
		c.Send(pushMsg{newReqCommentDialog(c, v.rs, r)})
	case key.Matches(k, rk.open):
		v.open(r)
	case key.Matches(k, rk.findings):
		v.waivers(r)
	}
}

// filterKey types the text filter: the list follows each key.
func (v *reqView) filterKey(k tea.KeyMsg) tea.Cmd {
	keys := v.ctx.Keys
	switch {
	case k.Type == tea.KeyEnter:
		v.filtering = false
		v.filter.Blur()
		return nil
	case key.Matches(k, keys.Cancel):
		v.filtering = false
		v.filter.Blur()
		v.filter.SetValue("")
		return nil
	case k.Type == tea.KeyUp, k.Type == tea.KeyDown, k.Type == tea.KeyPgUp, k.Type == tea.KeyPgDown:
		cur, _ := moveCursor(keys, k, v.cursor, len(v.list()))
		v.moveTo(cur)
		return nil
	case k.Type == tea.KeySpace:
		k = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{' '}} // a space is part of the filter
	}
	var cmd tea.Cmd
	v.filter, cmd = v.filter.Update(k)
	v.cursor, v.offset = 0, 0
	if shown := v.list(); len(shown) > 0 {
		v.at = shown[0].ID
	}
	return cmd
}

// liveProposal works pas's proposed status out on the plan as it is now.
func (v *reqView) liveProposal(r *grid.Requirement) grid.Proposal {
	return v.rs.adv.Status(v.ctx.Plan, r)
}

// accept takes pas's proposed mapping as the requirement's.
func (v *reqView) accept(r *grid.Requirement) {
	c := v.ctx
	switch {
	case len(r.Proposed) == 0:
		c.flash(c.T("pas ne propose aucune association pour cette exigence : m pour en choisir une.", "pas proposes no mapping for this requirement: m chooses one."), false)
		return
	case equalTargets(r.Map, r.Proposed):
		c.flash(c.T("L'association proposée est déjà acceptée.", "The proposed mapping is accepted already."), false)
		return
	}
	proposed := append([]string(nil), r.Proposed...)
	c.Send(reqEditMsg{[]string{r.ID}, func(r *grid.Requirement) { r.Map = proposed }})
	c.flash(fmt.Sprintf(c.T("%s associée à %s.", "%s mapped to %s."), sanitize(r.ID), grid.References(grid.ChapterReferences(c.Cat), proposed)), false)
}

// acceptAll accepts the proposed mapping of every requirement shown that
// has none accepted, in one undoable edit.
func (v *reqView) acceptAll() {
	c := v.ctx
	var ids []string
	for _, r := range v.list() {
		if len(r.Map) == 0 && len(r.Proposed) > 0 {
			ids = append(ids, r.ID)
		}
	}
	if len(ids) == 0 {
		c.flash(c.T("Aucune association proposée à accepter parmi les exigences affichées.", "No proposed mapping to accept among the requirements shown."), false)
		return
	}
	c.Send(reqEditMsg{ids, func(r *grid.Requirement) { r.Map = append([]string(nil), r.Proposed...) }})
	c.flash(pas.Textf("%s (u annule).", "%s (u undoes).", pas.Count(len(ids), "association proposée acceptée", "associations proposées acceptées",
		"proposed mapping accepted", "proposed mappings accepted")).In(c.Lang), false)
}

// validate validates pas's proposed status, when pas could compare the
// requirement with the plan.
func (v *reqView) validate(r *grid.Requirement) {
	c := v.ctx
	prop := v.liveProposal(r)
	if prop.Status == grid.ToAssess {
		c.flash(c.T("pas ne peut pas comparer cette exigence au plan : choisissez son statut (entrée).", "pas cannot compare this requirement with the plan: choose its status (enter)."), false)
		return
	}
	setStatus(c, v.rs, r, prop.Status)
}

// validateAll validates the proposed status of every requirement shown
// that pas could compare with the plan and that has none validated, in
// one undoable edit.
func (v *reqView) validateAll() {
	c, adv, p, g := v.ctx, v.rs.adv, v.ctx.Plan, v.grid()
	var ids []string
	statuses := map[string]grid.Status{}
	for _, r := range v.list() {
		if r.Status == "" {
			if prop := adv.Status(p, r); prop.Status != grid.ToAssess && g.Expressible(prop.Status) {
				ids = append(ids, r.ID)
				statuses[r.ID] = prop.Status
			}
		}
	}
	if len(ids) == 0 {
		c.flash(c.T("Aucun statut proposé à valider parmi les exigences affichées : les autres sont à évaluer.", "No proposed status to validate among the requirements shown: the others are to assess."), false)
		return
	}
	c.Send(reqEditMsg{ids, func(r *grid.Requirement) { r.Status = statuses[r.ID] }})
	c.flash(pas.Textf("%s dans la grille de l'acheteur (u annule).", "%s into the buyer's grid (u undoes).",
		pas.Count(len(ids), "statut proposé validé, exporté", "statuts proposés validés, exportés",
			"proposed status validated, exported", "proposed statuses validated, exported")).In(c.Lang), false)
}

// setStatus validates a status (or withdraws the validation, ""), when
// the buyer's cell can hold it.
func setStatus(c *Context, rs *reqState, r *grid.Requirement, s grid.Status) bool {
	g := rs.g
	if s != "" && !g.Expressible(s) {
		c.flash(fmt.Sprintf(c.T("La liste de l'acheteur n'a pas de valeur pour « %s » (%s).", "The buyer's list has no value for \"%s\" (%s)."),
			s.Text().In(c.Lang), sanitize(strings.Join(g.BuyerWords(), ", "))), true)
		return false
	}
	c.Send(reqEditMsg{[]string{r.ID}, func(r *grid.Requirement) { r.Status = s }})
	if s == "" {
		c.flash(fmt.Sprintf(c.T("%s : validation retirée, rien n'est exporté.", "%s: validation withdrawn, nothing is exported."), sanitize(r.ID)), false)
	} else {
		c.flash(fmt.Sprintf(c.T("%s : « %s » validé, exporté dans la grille de l'acheteur.", "%s: \"%s\" validated, exported into the buyer's grid."),
			sanitize(r.ID), sanitize(g.BuyerStatus(s, c.Lang))), false)
	}
	return true
}

// oneLine puts a text on one line: each run of line ends, tabs and
// spaces becomes a space (no-break spaces are kept).
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' || r == '\r' || r == '\t' }), " ")
}

func equalTargets(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// reqJumpMsg asks the view to show a mapped target in the form.
type reqJumpMsg struct{ id, target string }

// open goes to the field the requirement is mapped to (the proposal's
// when none is accepted); with several, the user chooses.
func (v *reqView) open(r *grid.Requirement) {
	c := v.ctx
	ts := r.Map
	if len(ts) == 0 {
		ts = r.Proposed
	}
	switch len(ts) {
	case 0:
		c.flash(c.T("Aucune association : m pour en choisir une.", "No mapping: m chooses one."), false)
	case 1:
		v.jump(r.ID, ts[0])
	default:
		c.Send(pushMsg{newReqTargetDialog(c, r.ID, ts)})
	}
}

// jump leaves the view for a target's place in the form; E comes back.
func (v *reqView) jump(id, t string) {
	c := v.ctx
	tg, ok := targetOfPath(c.Cat, t)
	if !ok {
		return
	}
	v.at = id
	c.Send(popMsg{}, jumpMsg{tg}, flashMsg{fmt.Sprintf(c.T("E revient à l'exigence %s.", "E goes back to requirement %s."), sanitize(id)), false})
}

// targetOfPath finds a mapped target in the form: a field (a record
// field's list), or a chapter's first question.
func targetOfPath(cat *pas.Catalogue, t string) (target, bool) {
	if f := cat.Field(t); f != nil {
		if f.List != nil {
			f = f.List
		}
		return target{section: cat.SectionIndex(f.Section.ID), field: f, path: f.Path}, true
	}
	if s := cat.Section(t); s != nil && len(s.Fields) > 0 {
		return target{section: cat.SectionIndex(s.ID), field: s.Fields[0], path: s.ID}, true
	}
	return target{}, false
}

// waivers lists the findings on the requirement (the grid's, which are
// not waived but answered) and on the fields it is mapped to (which may
// be).
func (v *reqView) waivers(r *grid.Requirement) {
	c := v.ctx
	active := append([]pas.Finding(nil), v.findings(r)...)
	var waived []pas.Finding
	for _, t := range r.Map {
		if f := c.Cat.Field(t); f != nil {
			a, w := waiverFindings(c, f.Path, f.Kind == pas.KList)
			active, waived = append(active, a...), append(waived, w...)
		}
	}
	if len(active)+len(waived) == 0 {
		c.flash(c.T("Aucun constat sur cette exigence ni sur les champs associés.", "No finding on this requirement or the fields mapped."), false)
		return
	}
	c.Send(pushMsg{&waiverList{dialogBase: dialogBase{c}, active: active, waived: waived}})
}
