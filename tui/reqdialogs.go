package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/grid"
	"github.com/pas-editor/pas/pas"
)

// The requirements view's dialogs: the status, the mapping, the comment,
// the mapped field to go to; and the grid's recovery offer and conflict
// on saving.

// reqStatusDialog validates a status for a requirement, in the buyer's
// wording when the grid records its drop-down list, or withdraws the
// validation. The cursor starts on the status validated, else on pas's
// proposal.
type reqStatusDialog struct {
	dialogBase
	rs     *reqState
	r      *grid.Requirement
	prop   grid.Proposal
	opts   []grid.Status // "" withdraws the validation
	cursor int
}

func newReqStatusDialog(c *Context, rs *reqState, r *grid.Requirement, prop grid.Proposal) *reqStatusDialog {
	d := &reqStatusDialog{dialogBase: dialogBase{c}, rs: rs, r: r, prop: prop, opts: append([]grid.Status(nil), grid.Answers...)}
	if r.Status != "" {
		d.opts = append(d.opts, "")
	}
	for i, s := range d.opts {
		if s != "" && (s == r.Status || r.Status == "" && s == prop.Status) {
			d.cursor = i
		}
	}
	return d
}

func (d *reqStatusDialog) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	keys := d.ctx.Keys
	if cur, ok := moveCursor(keys, k, d.cursor, len(d.opts)); ok {
		d.cursor = cur
		return nil
	}
	pick := -1
	switch s := k.String(); {
	case key.Matches(k, keys.Cancel):
		d.ctx.Send(popMsg{})
	case key.Matches(k, keys.ForceQuit):
		d.ctx.Send(quitMsg{interrupt: true})
	case key.Matches(k, keys.Accept):
		pick = d.cursor
	case len(s) == 1 && s[0] >= '1' && int(s[0]-'0') <= len(d.opts):
		pick = int(s[0] - '1')
	}
	if pick >= 0 {
		d.ctx.Send(popMsg{})
		if d.opts[pick] != d.r.Status {
			setStatus(d.ctx, d.rs, d.r, d.opts[pick])
		}
	}
	return nil
}

func (d *reqStatusDialog) View() string {
	c, st, g := d.ctx, d.ctx.Styles, d.rs.g
	w := dialogWidth(c)
	lines := []string{wrap(truncate(sanitize(d.r.ID)+" — "+oneLine(sanitize(d.r.Text)), 3*w), w), ""}
	for i, s := range d.opts {
		text := c.T("Retirer la validation (rien n'est exporté)", "Withdraw the validation (nothing is exported)")
		if s != "" {
			text = sanitize(g.BuyerStatus(s, c.Lang))
			if own := s.Text().In(c.Lang); own != text {
				text += " (" + own + ")"
			}
			if !g.Expressible(s) {
				text += c.T(" — absent de la liste de l'acheteur", " — not in the buyer's list")
			}
			if s == d.prop.Status {
				text += c.T(" ← proposé par pas", " ← proposed by pas")
			}
			if s == d.r.Status {
				text += c.T(" ← validé", " ← validated")
			}
		}
		line := menuLine(st, itoa(i+1)+". "+text, i == d.cursor, w)
		lines = append(lines, line)
	}
	lines = append(lines, "", wrap(st.Faint.Render(c.T("Seuls les statuts validés sont exportés dans la grille de l'acheteur.",
		"Only validated statuses are exported into the buyer's grid.")), w), "", d.helpLine(d.ShortHelp()))
	return box(c, c.T("Statut de l'exigence", "The requirement's status"), strings.Join(lines, "\n"))
}

func (d *reqStatusDialog) ShortHelp() []key.Binding {
	k := d.ctx.Keys
	return []key.Binding{binding([]string{"enter"}, k.Accept.Help().Key, d.ctx.T("valider", "validate")),
		binding([]string{"1", "2", "3", "4"}, "1-4", d.ctx.T("choisir", "choose")), k.Up, k.Down, k.Cancel}
}

func (d *reqStatusDialog) FullHelp() [][]key.Binding { return [][]key.Binding{d.ShortHelp()} }

// reqMapDialog chooses the chapters and fields a requirement maps to, in
// the catalogue: typing filters (accents and case ignored), space ticks,
// enter ticks the filtered choice or accepts; nothing ticked removes the
// mapping after a second enter. With no mapping accepted, pas's proposal
// comes ticked.
type reqMapDialog struct {
	dialogBase
	r       *grid.Requirement
	list    pickList
	picked  map[string]bool
	askNone bool
}

func newReqMapDialog(c *Context, r *grid.Requirement) *reqMapDialog {
	opts := targetOptions(c)
	d := &reqMapDialog{dialogBase: dialogBase{c}, r: r, list: newOptionList(c, opts), picked: map[string]bool{}}
	from := r.Map
	if len(from) == 0 {
		from = r.Proposed
	}
	for _, t := range from {
		d.picked[t] = true
	}
	for i, o := range opts {
		if d.picked[o.value] {
			d.list.cursor = i
			break
		}
	}
	return d
}

// newOptionList is a filterable list of options that are no field's.
func newOptionList(c *Context, opts []option) pickList {
	in := newInput()
	in.Prompt = ""
	in.Focus()
	return pickList{ctx: c, all: opts, shown: opts, match: func(q string) []option { return filtered(opts, q) }, filter: in, rows: viewport.New(0, 0)}
}

// targetOptions lists what a requirement can map to: each chapter, then
// its questions, lists and the fields of their items, numbered as the
// document numbers its chapters.
func targetOptions(c *Context) []option {
	var out []option
	nums := pas.ChapterNumbers(c.Cat)
	add := func(value, label string) {
		out = append(out, option{value: value, label: label, search: pas.SearchKey(label + " " + value), keys: []string{pas.SearchKey(value)}})
	}
	for _, s := range c.Cat.Sections {
		title, short := s.Title.In(c.Lang), s.ShortTitle().In(c.Lang)
		if n := nums[s.ID]; n > 0 {
			title, short = itoa(n)+". "+title, itoa(n)+". "+short
		}
		add(s.ID, title)
		for _, f := range s.Fields {
			add(f.Path, short+" › "+f.Label.In(c.Lang))
			for _, rf := range f.Fields {
				add(rf.Path, short+" › "+f.Label.In(c.Lang)+" › "+rf.Label.In(c.Lang))
			}
		}
	}
	return out
}

func (d *reqMapDialog) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	c := d.ctx
	asked := d.askNone
	d.askNone = false
	switch {
	case key.Matches(k, c.Keys.Cancel):
		c.Send(popMsg{})
	case key.Matches(k, c.Keys.ForceQuit):
		c.Send(quitMsg{interrupt: true})
	case k.Type == tea.KeyEnter && d.list.filter.Value() != "":
		if o, ok := d.list.pick(); ok {
			d.picked[o.value] = !d.picked[o.value]
			d.list.clearFilter(o.value)
		}
	case k.Type == tea.KeyEnter && len(d.targets()) == 0 && len(d.r.Map) > 0 && !asked:
		d.askNone = true
	case k.Type == tea.KeyEnter:
		d.done()
	case k.Type == tea.KeySpace && d.list.filter.Value() == "":
		if o, ok := d.list.current(); ok {
			d.picked[o.value] = !d.picked[o.value]
		}
	default:
		d.list.key(k)
	}
	return nil
}

// targets returns what is ticked, in the catalogue's order.
func (d *reqMapDialog) targets() []string {
	var out []string
	for _, o := range d.list.all {
		if d.picked[o.value] {
			out = append(out, o.value)
		}
	}
	return grid.SortTargets(d.ctx.Cat, out)
}

// done stores the mapping ticked as one undoable edit.
func (d *reqMapDialog) done() {
	c, ts, id := d.ctx, d.targets(), d.r.ID
	c.Send(popMsg{})
	if equalTargets(ts, d.r.Map) {
		return
	}
	c.Send(reqEditMsg{[]string{id}, func(r *grid.Requirement) { r.Map = ts }})
	if len(ts) == 0 {
		c.flash(fmt.Sprintf(c.T("%s n'est plus associée.", "%s is no longer mapped."), sanitize(id)), false)
		return
	}
	c.flash(fmt.Sprintf(c.T("%s associée à %s.", "%s mapped to %s."), sanitize(id), grid.References(grid.ChapterReferences(c.Cat), ts)), false)
}

func (d *reqMapDialog) View() string {
	c, st := d.ctx, d.ctx.Styles
	w := dialogWidth(c)
	lines := []string{truncate(sanitize(d.r.ID)+" — "+oneLine(sanitize(d.r.Text)), w)}
	if len(d.r.Map) == 0 && len(d.r.Proposed) > 0 {
		lines = append(lines, st.Faint.Render(truncate(c.T("La proposition de pas est cochée.", "pas's proposal is ticked."), w)))
	}
	lines = append(lines, "", d.list.view(w, func(o option) string {
		if d.picked[o.value] {
			return "[x] "
		}
		return "[ ] "
	}))
	labels := map[string]string{}
	for _, o := range d.list.all {
		labels[o.value] = o.label
	}
	var names []string
	for _, t := range d.targets() {
		names = append(names, labels[t])
	}
	summary := c.T("Aucun", "None")
	if len(names) > 0 {
		summary = strings.Join(names, ", ")
	}
	lines = append(lines, st.Faint.Render(truncate(c.T("Choix : ", "Selected: ")+summary, w)))
	if d.askNone {
		lines = append(lines, st.Confirm.Render(wrap(c.T("Rien n'est coché : entrée de nouveau retire l'association, échap annule.",
			"Nothing is ticked: enter again removes the mapping, esc cancels."), w)))
	}
	lines = append(lines, "", d.helpLine(d.ShortHelp()))
	return box(c, c.T("Association de l'exigence", "The requirement's mapping"), strings.Join(lines, "\n"))
}

func (d *reqMapDialog) ShortHelp() []key.Binding {
	k, c := d.ctx.Keys, d.ctx
	return []key.Binding{
		binding([]string{"enter"}, k.Accept.Help().Key, c.T("cocher le choix filtré, ou valider", "tick the filtered choice, or accept")),
		binding([]string{" "}, k.Toggle.Help().Key, c.T("cocher (sans filtre)", "tick (no filter)")),
		k.Up, k.Down, k.ClearLine, k.Cancel}
}

func (d *reqMapDialog) FullHelp() [][]key.Binding { return [][]key.Binding{d.ShortHelp()} }

// typing: the filter takes typed text.
func (d *reqMapDialog) typing() bool { return true }

// reqCommentDialog writes a requirement's comment (or justification) for
// the buyer's comment cell: enter accepts, ctrl+j adds a line, ctrl+e opens
// $VISUAL or $EDITOR; a comment longer than the cell accepts is refused on
// the spot; esc on typed text asks whether to keep it.
type reqCommentDialog struct {
	dialogBase
	rs   *reqState
	r    *grid.Requirement
	box  *textBox
	orig string
	err  string
}

// commentRows is how many rows of a comment are shown while it is typed.
const commentRows = 6

func newReqCommentDialog(c *Context, rs *reqState, r *grid.Requirement) *reqCommentDialog {
	b := newTextBox(commentRows)
	b.SetValue(sanitize(r.Comment))
	return &reqCommentDialog{dialogBase: dialogBase{c}, rs: rs, r: r, box: b, orig: b.Value()}
}

func (d *reqCommentDialog) typing() bool { return true }

func (d *reqCommentDialog) Update(msg tea.Msg) tea.Cmd {
	c := d.ctx
	switch msg := msg.(type) {
	case keepTextMsg: // the answer to leaveDialog
		if msg.keep {
			d.accept()
		} else {
			c.Send(popMsg{})
		}
	case externalDoneMsg:
		if msg.err != nil {
			d.err = c.T("Éditeur externe ($VISUAL, $EDITOR) : ", "External editor ($VISUAL, $EDITOR): ") + sanitize(msg.err.Error())
			return nil
		}
		d.box.SetValue(sanitize(strings.TrimRight(msg.text, "\n")))
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, c.Keys.ForceQuit):
			c.Send(quitMsg{interrupt: true})
		case key.Matches(msg, c.Keys.Cancel) && d.box.Value() != d.orig:
			c.Send(pushMsg{newLeaveDialog(c)})
		case key.Matches(msg, c.Keys.Cancel):
			c.Send(popMsg{})
		case msg.Type == tea.KeyEnter && !msg.Alt:
			d.accept()
		case key.Matches(msg, c.Keys.ExternalEditor):
			return externalEditor(d.box.Value())
		default:
			d.err = ""
			d.box.Update(msg)
		}
	}
	return nil
}

// accept stores the comment, unless the buyer's cell cannot hold it.
func (d *reqCommentDialog) accept() {
	c, g := d.ctx, d.rs.g
	text := strings.TrimSpace(d.box.Value())
	if !g.CommentFits(text) {
		d.err = fmt.Sprintf(c.T("Commentaire de %s caractères : la cellule de l'acheteur en accepte %s.", "A comment of %s characters: the buyer's cell accepts %s."),
			pas.FormatNumber(float64(grid.CommentLen(text)), c.Lang), pas.FormatNumber(float64(g.Source.CommentMax), c.Lang))
		return
	}
	c.Send(popMsg{})
	if text == d.r.Comment {
		return
	}
	c.Send(reqEditMsg{[]string{d.r.ID}, func(r *grid.Requirement) { r.Comment = text }})
}

func (d *reqCommentDialog) View() string {
	c, st, g := d.ctx, d.ctx.Styles, d.rs.g
	w := dialogWidth(c)
	d.box.SetWidth(w)
	n := grid.CommentLen(strings.TrimSpace(d.box.Value()))
	count := fmt.Sprintf(c.T("%s caractères", "%s characters"), pas.FormatNumber(float64(n), c.Lang))
	if g.Source.CommentMax > 0 {
		count = fmt.Sprintf(c.T("%s / %s caractères acceptés par la cellule de l'acheteur", "%s / %s characters the buyer's cell accepts"),
			pas.FormatNumber(float64(n), c.Lang), pas.FormatNumber(float64(g.Source.CommentMax), c.Lang))
	}
	countStyle := st.Faint
	if !g.CommentFits(strings.TrimSpace(d.box.Value())) {
		countStyle = st.Error
	}
	lines := []string{truncate(sanitize(d.r.ID)+" — "+oneLine(sanitize(d.r.Text)), w), "", d.box.View(), countStyle.Render(truncate(count, w))}
	if d.err != "" {
		lines = append(lines, st.Error.Render(wrap(d.err, w)))
	}
	lines = append(lines, "", d.helpLine(d.ShortHelp()))
	return box(c, c.T("Commentaire ou justification", "Comment or justification"), strings.Join(lines, "\n"))
}

func (d *reqCommentDialog) ShortHelp() []key.Binding {
	k := d.ctx.Keys
	return []key.Binding{k.Accept, k.NewLine, k.ExternalEditor, k.Cancel}
}

func (d *reqCommentDialog) FullHelp() [][]key.Binding { return [][]key.Binding{d.ShortHelp()} }

// reqTargetDialog chooses which mapped target to go to.
type reqTargetDialog struct {
	dialogBase
	id      string
	targets []string
	labels  map[string]string
	cursor  int
}

func newReqTargetDialog(c *Context, id string, ts []string) *reqTargetDialog {
	d := &reqTargetDialog{dialogBase: dialogBase{c}, id: id, targets: ts, labels: map[string]string{}}
	for _, o := range targetOptions(c) {
		d.labels[o.value] = o.label
	}
	return d
}

func (d *reqTargetDialog) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	keys := d.ctx.Keys
	if cur, ok := moveCursor(keys, k, d.cursor, len(d.targets)); ok {
		d.cursor = cur
		return nil
	}
	switch {
	case key.Matches(k, keys.Cancel):
		d.ctx.Send(popMsg{})
	case key.Matches(k, keys.ForceQuit):
		d.ctx.Send(quitMsg{interrupt: true})
	case key.Matches(k, keys.Accept), key.Matches(k, keys.Right):
		d.ctx.Send(popMsg{}, reqJumpMsg{d.id, d.targets[d.cursor]})
	}
	return nil
}

func (d *reqTargetDialog) View() string {
	c := d.ctx
	w := dialogWidth(c)
	var lines []string
	for i, t := range d.targets {
		line := menuLine(c.Styles, d.labels[t], i == d.cursor, w)
		lines = append(lines, line)
	}
	lines = append(lines, "", d.helpLine(d.ShortHelp()))
	return box(c, c.T("Aller au champ associé", "Go to the mapped field"), strings.Join(lines, "\n"))
}

func (d *reqTargetDialog) ShortHelp() []key.Binding {
	k := d.ctx.Keys
	return []key.Binding{binding([]string{"enter"}, k.Accept.Help().Key, d.ctx.T("aller", "go")), k.Up, k.Down, k.Cancel}
}

func (d *reqTargetDialog) FullHelp() [][]key.Binding { return [][]key.Binding{d.ShortHelp()} }

// reqOffer offers back the unsaved edits to the requirements kept in the
// grid's recovery file: restore them or discard them.
type reqOffer struct {
	dialogBase
	kept    *kept
	rs      *reqState
	changed []string // the requirements whose answer differs
	err     string
}

func newReqOffer(c *Context, k *kept, rs *reqState) *reqOffer {
	d := &reqOffer{dialogBase: dialogBase{c}, kept: k, rs: rs}
	if g, err := grid.Decode(k.data, rs.rec.path, c.Cat); err == nil {
		for _, r := range g.Requirements {
			if old := rs.g.Requirement(r.ID); old == nil || !equalTargets(old.Map, r.Map) || old.Status != r.Status || old.Comment != r.Comment {
				d.changed = append(d.changed, r.ID)
			}
		}
	}
	return d
}

func (d *reqOffer) keys() (restore, discard key.Binding) {
	c := d.ctx
	return binding([]string{"r"}, "r", c.T("restaurer", "restore")), binding([]string{"d"}, "d", c.T("abandonner", "discard"))
}

func (d *reqOffer) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	c := d.ctx
	restore, discard := d.keys()
	switch {
	case key.Matches(k, restore):
		g, err := grid.Decode(d.kept.data, d.rs.rec.path, c.Cat)
		if err != nil {
			d.err = c.T("Le fichier de récupération ne se lit pas : ", "The recovery file cannot be read: ") + localized(c.Lang, err)
			return nil
		}
		c.Send(popMsg{}, reqRestoreMsg{g})
	case key.Matches(k, discard):
		c.Send(pushMsg{newConfirmDialog(c, c.T("Abandonner les modifications", "Discard the edits"),
			c.T("Les modifications conservées des exigences seront définitivement perdues. Les abandonner ?", "The kept edits to the requirements will be lost for good. Discard them?"),
			popMsg{}, reqDiscardMsg{})})
	case key.Matches(k, c.Keys.ForceQuit):
		c.Send(quitMsg{interrupt: true})
	}
	return nil
}

func (d *reqOffer) View() string {
	c := d.ctx
	w := dialogWidth(c)
	text := c.T("Des modifications non enregistrées des exigences de l'acheteur ont été conservées le ", "Unsaved edits to the buyer's requirements were kept on ") + when(c.Lang, d.kept.mtime) + "."
	if t := reqFileTime(d.rs.path); t.After(d.kept.mtime) {
		text += c.T(" Le fichier des exigences a changé depuis, le ", " The requirements file changed since, on ") + when(c.Lang, t) + "."
	}
	lines := []string{wrap(text, w)}
	if n := len(d.changed); n > 0 {
		ids := make([]string, 0, min(n, 6))
		for _, id := range d.changed[:min(n, 6)] {
			ids = append(ids, sanitize(id))
		}
		list := strings.Join(ids, ", ")
		if n > 6 {
			list += "…"
		}
		lines = append(lines, "", wrap(fmt.Sprintf(c.T("Exigences modifiées (%d) : %s", "Requirements edited (%d): %s"), n, list), w))
	}
	lines = append(lines, "", c.Styles.Faint.Render(wrap(sanitize(d.rs.rec.path), w)))
	if d.err != "" {
		lines = append(lines, "", c.Styles.Error.Render(wrap(d.err, w)))
	}
	lines = append(lines, "", d.helpLine(d.ShortHelp()))
	return box(c, c.T("Modifications des exigences conservées", "Kept edits to the requirements"), strings.Join(lines, "\n"))
}

func (d *reqOffer) ShortHelp() []key.Binding {
	r, di := d.keys()
	return []key.Binding{r, di}
}

func (d *reqOffer) FullHelp() [][]key.Binding { return [][]key.Binding{d.ShortHelp()} }

// reqConflictDialog asks, when the grid file changed on disk since it was
// read (an amendment imported, a git pull), whether to overwrite it;
// nothing is written before the user chooses.
type reqConflictDialog struct {
	dialogBase
	path string
	then tea.Msg
}

func newReqConflictDialog(c *Context, path string, then tea.Msg) *reqConflictDialog {
	return &reqConflictDialog{dialogBase{c}, path, then}
}

func (d *reqConflictDialog) keys() (overwrite, cancel key.Binding) {
	c := d.ctx
	return binding([]string{"o"}, "o", c.T("écraser le fichier", "overwrite the file")),
		binding([]string{"esc"}, c.T("échap", "esc"), c.T("annuler, rien n'est écrit", "cancel, nothing is written"))
}

func (d *reqConflictDialog) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	overwrite, cancel := d.keys()
	switch {
	case key.Matches(k, overwrite):
		d.ctx.Send(popMsg{}, reqOverwriteMsg{d.then})
	case key.Matches(k, cancel):
		d.ctx.Send(popMsg{})
	case key.Matches(k, d.ctx.Keys.ForceQuit):
		d.ctx.Send(quitMsg{interrupt: true})
	}
	return nil
}

func (d *reqConflictDialog) View() string {
	c := d.ctx
	w := dialogWidth(c)
	text := fmt.Sprintf(c.T("Le fichier des exigences %s a été modifié hors de l'éditeur depuis sa lecture (un rectificatif importé, un git pull…). L'enregistrer maintenant effacerait ces changements ; annuler garde vos modifications dans l'éditeur et dans le fichier de récupération.",
		"The requirements file %s was changed outside the editor since it was read (an amendment imported, a git pull…). Saving it now would erase those changes; cancelling keeps your edits in the editor and in the recovery file."), sanitize(d.path))
	return box(c, c.T("Les exigences ont changé sur le disque", "The requirements changed on disk"), wrap(text, w)+"\n\n"+d.helpLine(d.ShortHelp()))
}

func (d *reqConflictDialog) ShortHelp() []key.Binding {
	o, e := d.keys()
	return []key.Binding{o, e}
}

func (d *reqConflictDialog) FullHelp() [][]key.Binding { return [][]key.Binding{d.ShortHelp()} }
