package tui

import (
	"fmt"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// View draws the editor's panes with the workshop's step, or its summary,
// in the form pane.
func (w *workshopModel) View() string {
	width := w.ed.formWidth()
	var body string
	switch {
	case w.done:
		body = w.summaryView(width, w.h)
	case w.form != nil:
		body = w.header(width) + "\n" + w.form.View()
	default:
		body = w.header(width) + "\n" + w.question(width)
	}
	return w.ed.panes(body)
}

// header titles the step: the workshop, the progress, the chapter.
func (w *workshopModel) header(width int) string {
	c, st := w.ctx, w.ctx.Styles
	title := c.T("Atelier — questions du client", "Workshop — the client's questions")
	progress := fmt.Sprintf("%d / %d", w.pos+1, len(w.steps))
	line := truncate(title, width-len(progress)-1)
	line = st.Title.Render(line) + strings.Repeat(" ", max(width-len([]rune(line))-len(progress), 1)) + st.Faint.Render(progress)
	chapter := w.step().Field.Section.ShortTitle().In(c.Lang)
	return line + "\n" + st.Faint.Render(truncate(chapter, width)) + "\n"
}

// question draws the current question: its label and help, the answer
// given (to review) or the editor (to type it).
func (w *workshopModel) question(width int) string {
	c, st := w.ctx, w.ctx.Styles
	f := w.step().Field
	v := c.Plan.Get(f)
	lines := []string{st.Label.Bold(true).Render(wrap(f.Label.In(c.Lang), width))}
	if h := f.Help.In(c.Lang); h != "" {
		lines = append(lines, st.Faint.Render(wrap(h, width)))
	}
	lines = append(lines, "")
	if w.editor == nil {
		answer := c.T("Sans réponse pour l'instant.", "No answer yet.")
		if v.IsSet() {
			answer = c.T("Réponse : ", "Answer: ") + cellText(c, f, v)
		}
		lines = append(lines, st.Value.Render(wrap(answer, width)))
	}
	if v.Pending() {
		lines = append(lines, st.Confirm.Render(wrap(stateLine(c, v), width)))
	}
	if w.editor != nil {
		lines = append(lines, w.editor.view(width))
	}
	return strings.Join(lines, "\n")
}

// summaryEntry is one line of the closing summary that leads back to its
// step.
type summaryEntry struct {
	field *pas.Field // the step's field
	group int        // 0 open questions, 1 to confirm, 2 no answer
	text  string
}

// workshopSummary lists, by group, what the workshop leaves open: open
// questions with their owners and due dates, values to confirm, questions
// without an answer; inside lists and matrix rows too.
func workshopSummary(c *Context, steps []pas.WorkshopStep) []summaryEntry {
	var out []summaryEntry
	p := c.Plan
	add := func(f *pas.Field, label string, v *pas.Value) {
		switch {
		case v.StateOf() == pas.Open:
			q := ""
			if v.Question != "" {
				q = " — " + sanitize(v.Question)
			}
			out = append(out, summaryEntry{f, 0, label + q + summaryValue(c, v)})
		case v.StateOf() == pas.ToConfirm:
			out = append(out, summaryEntry{f, 1, label + summaryValue(c, v)})
		case !v.IsSet():
			out = append(out, summaryEntry{f, 2, label})
		}
	}
	for _, st := range steps {
		f := st.Field
		if f.Kind != pas.KList {
			add(f, f.Label.In(c.Lang), p.Get(f))
			continue
		}
		recs := p.Records(f)
		if len(recs) == 0 && f.Required {
			out = append(out, summaryEntry{f, 2, f.Label.In(c.Lang)})
		}
		for _, r := range recs {
			if st.Holds != nil && !st.Holds(p, r) {
				continue
			}
			name := f.Label.In(c.Lang) + " › " + sanitize(r.NameIn(f, c.Lang))
			for _, rf := range f.Fields {
				if v := r.Get(rf); v.Pending() && p.Active(rf, r) {
					add(f, name+" › "+rf.Label.In(c.Lang), v)
				}
			}
		}
	}
	// by group, keeping the workshop's order inside each
	var sorted []summaryEntry
	for g := 0; g < 3; g++ {
		for _, e := range out {
			if e.group == g {
				sorted = append(sorted, e)
			}
		}
	}
	return sorted
}

// summaryValue says who confirms a value to confirm, and by when, when
// that is known.
func summaryValue(c *Context, v *pas.Value) string {
	s := ""
	if v.Owner != "" {
		s += " · " + c.T("responsable : ", "owner: ") + sanitize(v.Owner)
	}
	if !v.Due.IsZero() {
		s += " · " + c.T("échéance : ", "due: ") + v.Due.Format(c.Lang)
	}
	return s
}

// summaryView draws the summary: its groups, the entry under the cursor
// highlighted, scrolled to keep it in view.
func (w *workshopModel) summaryView(width, height int) string {
	c, st := w.ctx, w.ctx.Styles
	head := []string{st.Title.Render(truncate(c.T("Fin de l'atelier — ce qui reste à suivre", "End of the workshop — what is left to follow up"), width)), ""}
	if len(w.summary) == 0 {
		head = append(head, st.OK.Render(wrap(c.T("Toutes les questions de l'atelier ont une réponse validée.", "Every question of the workshop has a confirmed answer."), width)))
	}
	titles := []string{c.T("Questions ouvertes", "Open questions"), c.T("À confirmer", "To confirm"), c.T("Sans réponse", "No answer")}
	var body []string
	cursorLine := 0
	group := -1
	for i, e := range w.summary {
		if e.group != group {
			group = e.group
			if len(body) > 0 {
				body = append(body, "")
			}
			body = append(body, st.Group.Render(titles[group]))
		}
		for j, l := range strings.Split(wrap(e.text, width-2), "\n") {
			l = strings.TrimRight(l, " ")
			switch {
			case i == w.cursor && j == 0:
				cursorLine = len(body)
				l = st.Selected.Render(padTo("› "+l, width))
			case i == w.cursor:
				l = st.Selected.Render(padTo("  "+l, width))
			default:
				l = "  " + l
			}
			body = append(body, l)
		}
	}
	foot := []string{"", st.Faint.Render(wrap(c.T("Entrée : revenir à la question. La liste de suivi, avec les responsables et les échéances : pas questions, après ctrl+s.",
		"Enter: back to the question. The follow-up list, with owners and due dates: pas questions, after ctrl+s."), width))}
	room := max(height-len(head)-lineCount(strings.Join(foot, "\n")), 3)
	w.offset = scrollOffset(cursorLine, w.offset, room)
	end := min(w.offset+room, len(body))
	return strings.Join(append(append(head, body[min(w.offset, end):end]...), foot...), "\n")
}
