package tui

import (
	"strings"
	"unicode"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// textBox is the multi-line input of long texts: the text as lines of
// runes, soft-wrapped at the box's width, of which only the rows on screen
// are wrapped and drawn. A key costs the same on a pasted 10 KB text as on
// a line (bubbles' text area wraps, hashes and styles every line of the
// text on every key).
type textBox struct {
	lines    [][]rune
	row, col int // the cursor: a line, and a rune index in it (0…len)
	goal     int // the column up and down aim at; -1: the cursor's own
	w, h     int // columns of text and rows shown
	top      rowPos
}

// rowPos is a wrapped row: a line, and the row's index in that line.
type rowPos struct{ line, sub int }

// cursorStyle draws the character under the cursor.
var cursorStyle = lipgloss.NewStyle().Reverse(true)

// boxPrompt starts every row of the box.
const boxPrompt = "│ "

func newTextBox(h int) *textBox {
	return &textBox{lines: [][]rune{{}}, goal: -1, w: 40, h: h}
}

// SetValue replaces the text; the cursor goes to its end.
func (b *textBox) SetValue(s string) {
	b.lines = b.lines[:0]
	for _, l := range strings.Split(s, "\n") {
		b.lines = append(b.lines, []rune(l))
	}
	b.row = len(b.lines) - 1
	b.col = len(b.lines[b.row])
	b.top, b.goal = rowPos{}, -1
	b.show()
}

// Value returns the text, lines joined by newlines.
func (b *textBox) Value() string {
	parts := make([]string, len(b.lines))
	for i, l := range b.lines {
		parts[i] = string(l)
	}
	return strings.Join(parts, "\n")
}

// SetWidth sets the box's outer width, prompt included; a cell is left
// for the cursor after a full row.
func (b *textBox) SetWidth(w int) {
	b.w = max(w-ansi.StringWidth(boxPrompt)-1, 4)
	b.show()
}

// runeWidth is a rune's width in cells; a tab shows as a space.
func runeWidth(r rune) int {
	if r < 0x300 {
		return 1
	}
	return ansi.StringWidth(string(r))
}

// wrapRows returns where the rows of a line start, the line wrapped to w
// cells: after the last space that fits, or where a word longer than a
// row must be cut.
func wrapRows(line []rune, w int) []int {
	starts := []int{0}
	start, width, space := 0, 0, -1
	for i, r := range line {
		rw := runeWidth(r)
		if width+rw > w && i > start {
			if r == ' ' { // a space hangs at the row's end, in the cell kept for the cursor
				starts = append(starts, i+1)
				start, width, space = i+1, 0, -1
				continue
			}
			next := i
			if space >= start {
				next = space + 1 // break after the last space
			}
			starts = append(starts, next)
			start, width, space = next, 0, -1
			for _, c := range line[next:i] {
				width += runeWidth(c)
			}
		}
		width += rw
		if r == ' ' {
			space = i
		}
	}
	return starts
}

// rowOf returns the row of a line holding rune index col.
func rowOf(starts []int, col int) int {
	sub := 0
	for i, s := range starts {
		if s <= col {
			sub = i
		}
	}
	return sub
}

// rowEnd returns where a row of a line ends (exclusive).
func rowEnd(line []rune, starts []int, sub int) int {
	if sub+1 < len(starts) {
		return starts[sub+1]
	}
	return len(line)
}

// cursorRow returns the cursor's wrapped row and its column in cells.
func (b *textBox) cursorRow() (rowPos, int) {
	line := b.lines[b.row]
	starts := wrapRows(line, b.w)
	sub := rowOf(starts, b.col)
	x := 0
	for _, r := range line[starts[sub]:b.col] {
		x += runeWidth(r)
	}
	return rowPos{b.row, sub}, x
}

// before reports whether row a comes before row b.
func (a rowPos) before(b rowPos) bool {
	return a.line < b.line || (a.line == b.line && a.sub < b.sub)
}

// rowsBetween counts the rows from a to b (b included), stopping past
// limit.
func (b *textBox) rowsBetween(from, to rowPos, limit int) int {
	n := 0
	for l := from.line; l <= to.line && n <= limit; l++ {
		rows := len(wrapRows(b.lines[l], b.w))
		first, last := 0, rows-1
		if l == from.line {
			first = from.sub
		}
		if l == to.line {
			last = to.sub
		}
		n += last - first + 1
	}
	return n
}

// back returns the row n rows before p (the first row at most).
func (b *textBox) back(p rowPos, n int) rowPos {
	for n > 0 {
		if p.sub > 0 {
			step := min(p.sub, n)
			p.sub -= step
			n -= step
			continue
		}
		if p.line == 0 {
			break
		}
		p.line--
		p.sub = len(wrapRows(b.lines[p.line], b.w)) - 1
		n--
	}
	return p
}

// show scrolls so that the cursor's row is on screen, looking at the
// rows between it and the top only.
func (b *textBox) show() {
	if b.top.line >= len(b.lines) { // the text or the width changed under the top row
		b.top = rowPos{len(b.lines) - 1, 0}
	}
	if rows := len(wrapRows(b.lines[b.top.line], b.w)); b.top.sub >= rows {
		b.top.sub = rows - 1
	}
	cur, _ := b.cursorRow()
	switch {
	case cur.before(b.top):
		b.top = cur
	case cur.line-b.top.line > b.h: // far below: the cursor's row goes last
		b.top = b.back(cur, b.h-1)
	default:
		if n := b.rowsBetween(b.top, cur, b.h); n > b.h {
			b.top = b.back(cur, b.h-1)
		}
	}
}

// View draws the rows on screen, the cursor's character in reverse video.
func (b *textBox) View() string {
	cur, x := b.cursorRow()
	out := make([]string, 0, b.h)
	p := b.top
	for len(out) < b.h && p.line < len(b.lines) {
		line := b.lines[p.line]
		starts := wrapRows(line, b.w)
		for sub := p.sub; sub < len(starts) && len(out) < b.h; sub++ {
			text := strings.ReplaceAll(string(line[starts[sub]:rowEnd(line, starts, sub)]), "\t", " ")
			if (rowPos{p.line, sub}) == cur {
				text = cursorAt(text, x)
			}
			out = append(out, boxPrompt+padTo(text, b.w+1))
		}
		p = rowPos{p.line + 1, 0}
	}
	for len(out) < b.h {
		out = append(out, boxPrompt+strings.Repeat(" ", b.w+1))
	}
	return strings.Join(out, "\n")
}

// cursorAt draws a row with the cursor at cell x.
func cursorAt(text string, x int) string {
	var pre strings.Builder
	width := 0
	rs := []rune(text)
	for i, r := range rs {
		if width >= x {
			return pre.String() + cursorStyle.Render(string(r)) + string(rs[i+1:])
		}
		pre.WriteRune(r)
		width += runeWidth(r)
	}
	return pre.String() + cursorStyle.Render(" ")
}

// Update edits the text or moves the cursor for a key: typing and pasting,
// ctrl+j (or alt+enter) for a new line, backspace, delete, the arrows (by
// word with alt or ctrl), home, end, page up and down, ctrl+home and
// ctrl+end, ctrl+w, ctrl+k and ctrl+u to delete a word, to the end or to
// the start of the line. Enter and Esc are the caller's.
func (b *textBox) Update(msg tea.KeyMsg) {
	keepGoal := false
	switch s := msg.String(); {
	case msg.Type == tea.KeyRunes, msg.Type == tea.KeySpace:
		b.insert(msg.Runes)
	case s == "ctrl+j", s == "alt+enter":
		b.insert([]rune{'\n'})
	case s == "backspace", s == "ctrl+h":
		b.backspace()
	case s == "delete", s == "ctrl+d":
		b.deleteForward()
	case s == "left", s == "ctrl+b":
		b.left()
	case s == "right", s == "ctrl+f":
		b.right()
	case s == "alt+left", s == "ctrl+left", s == "alt+b":
		b.wordLeft()
	case s == "alt+right", s == "ctrl+right", s == "alt+f":
		b.wordRight()
	case s == "up", s == "ctrl+p":
		b.vertical(-1)
		keepGoal = true
	case s == "down", s == "ctrl+n":
		b.vertical(1)
		keepGoal = true
	case s == "pgup":
		b.vertical(-b.h)
		keepGoal = true
	case s == "pgdown":
		b.vertical(b.h)
		keepGoal = true
	case s == "home", s == "ctrl+a":
		b.col = 0
	case s == "end":
		b.col = len(b.lines[b.row])
	case s == "ctrl+home", s == "alt+<":
		b.row, b.col = 0, 0
	case s == "ctrl+end", s == "alt+>":
		b.row = len(b.lines) - 1
		b.col = len(b.lines[b.row])
	case s == "ctrl+w", s == "alt+backspace":
		if b.col == 0 {
			b.backspace()
			break
		}
		end := b.col
		b.wordLeft()
		b.cut(b.col, end)
	case s == "ctrl+k":
		b.cut(b.col, len(b.lines[b.row]))
	case s == "ctrl+u":
		b.cut(0, b.col)
		b.col = 0
	}
	if !keepGoal {
		b.goal = -1
	}
	b.show()
}

// insert puts runes at the cursor; newlines split the line.
func (b *textBox) insert(rs []rune) {
	rest := append([]rune(nil), b.lines[b.row][b.col:]...)
	line := b.lines[b.row][:b.col]
	var added [][]rune
	for _, r := range rs {
		if r == '\n' {
			added = append(added, line)
			line = nil
			continue
		}
		line = append(line, r)
	}
	b.col = len(line)
	line = append(line, rest...)
	added = append(added, line)
	b.lines = append(b.lines[:b.row], append(added, b.lines[b.row+1:]...)...)
	b.row += len(added) - 1
}

func (b *textBox) backspace() {
	switch {
	case b.col > 0:
		b.cut(b.col-1, b.col)
	case b.row > 0:
		prev := b.lines[b.row-1]
		b.col = len(prev)
		b.lines[b.row-1] = append(prev, b.lines[b.row]...)
		b.lines = append(b.lines[:b.row], b.lines[b.row+1:]...)
		b.row--
	}
}

func (b *textBox) deleteForward() {
	switch {
	case b.col < len(b.lines[b.row]):
		b.cut(b.col, b.col+1)
	case b.row+1 < len(b.lines):
		b.lines[b.row] = append(b.lines[b.row], b.lines[b.row+1]...)
		b.lines = append(b.lines[:b.row+1], b.lines[b.row+2:]...)
	}
}

// cut removes runes [from, to) of the cursor's line; the cursor stays at
// from.
func (b *textBox) cut(from, to int) {
	line := b.lines[b.row]
	b.lines[b.row] = append(line[:from:from], line[to:]...)
	b.col = from
}

func (b *textBox) left() {
	switch {
	case b.col > 0:
		b.col--
	case b.row > 0:
		b.row--
		b.col = len(b.lines[b.row])
	}
}

func (b *textBox) right() {
	switch {
	case b.col < len(b.lines[b.row]):
		b.col++
	case b.row+1 < len(b.lines):
		b.row++
		b.col = 0
	}
}

func (b *textBox) wordLeft() {
	if b.col == 0 {
		b.left()
		return
	}
	line := b.lines[b.row]
	for b.col > 0 && !isWordRune(line[b.col-1]) {
		b.col--
	}
	for b.col > 0 && isWordRune(line[b.col-1]) {
		b.col--
	}
}

func (b *textBox) wordRight() {
	line := b.lines[b.row]
	if b.col == len(line) {
		b.right()
		return
	}
	for b.col < len(line) && !isWordRune(line[b.col]) {
		b.col++
	}
	for b.col < len(line) && isWordRune(line[b.col]) {
		b.col++
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// vertical moves the cursor n rows up (negative) or down, to the column
// it aims at.
func (b *textBox) vertical(n int) {
	cur, x := b.cursorRow()
	if b.goal < 0 {
		b.goal = x
	}
	p := cur
	switch {
	case n < 0:
		p = b.back(cur, -n)
	default:
		p = b.forward(cur, n)
	}
	line := b.lines[p.line]
	starts := wrapRows(line, b.w)
	end := rowEnd(line, starts, p.sub)
	if p.sub+1 < len(starts) && end > starts[p.sub] {
		end-- // the next row starts there: stay on this one
	}
	col, width := starts[p.sub], 0
	for col < end && width+runeWidth(line[col]) <= b.goal {
		width += runeWidth(line[col])
		col++
	}
	b.row, b.col = p.line, col
}

// forward returns the row n rows after p (the last row at most).
func (b *textBox) forward(p rowPos, n int) rowPos {
	for n > 0 {
		rows := len(wrapRows(b.lines[p.line], b.w))
		if p.sub+1 < rows {
			step := min(rows-1-p.sub, n)
			p.sub += step
			n -= step
			continue
		}
		if p.line+1 >= len(b.lines) {
			break
		}
		p = rowPos{p.line + 1, 0}
		n--
	}
	return p
}
