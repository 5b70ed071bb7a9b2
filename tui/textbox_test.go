package tui

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

func TestWrapRows(t *testing.T) {
	for _, tc := range []struct {
		line string
		w    int
		want []int
	}{
		{"", 5, []int{0}},
		{"ab cd", 5, []int{0}},
		{"aaaa bbbb cccc", 9, []int{0, 10}},
		{"aaaa bbbbb cccc", 9, []int{0, 5, 11}},
		{"abcdefghijkl", 5, []int{0, 5, 10}},
		{"aaaa bbbbbbbbbbbb", 9, []int{0, 5, 14}},
		{"été à l'île", 6, []int{0, 6}},
		{"a    b", 3, []int{0, 4}},
		{"abc ", 3, []int{0, 4}},
	} {
		if got := wrapRows([]rune(tc.line), tc.w); !slices.Equal(got, tc.want) {
			t.Errorf("wrapRows(%q, %d) = %v, want %v", tc.line, tc.w, got, tc.want)
		}
	}
}

// typeBox types keys into a text box.
func typeBox(b *textBox, keys ...string) *textBox {
	for _, k := range keys {
		b.Update(keyMsg(k))
	}
	return b
}

func TestTextBoxEditing(t *testing.T) {
	b := newTextBox(5)
	b.SetWidth(20)
	b.SetValue("ab\ncd")
	b.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("X\nY"), Paste: true})
	if got := b.Value(); got != "ab\ncdX\nY" || b.row != 2 || b.col != 1 {
		t.Fatalf("after a paste: %q at %d:%d", got, b.row, b.col)
	}
	typeBox(b, "left", "backspace")
	if got := b.Value(); got != "ab\ncdXY" || b.row != 1 || b.col != 3 {
		t.Fatalf("backspace at a line's start: %q at %d:%d", got, b.row, b.col)
	}
	typeBox(b, "ctrl+j")
	if got := b.Value(); got != "ab\ncdX\nY" {
		t.Fatalf("ctrl+j: %q", got)
	}
	typeBox(b, "up", "end", "delete")
	if got := b.Value(); got != "ab\ncdXY" {
		t.Fatalf("delete at a line's end: %q (%d:%d)", got, b.row, b.col)
	}
	b.SetValue("un deux trois")
	typeBox(b, "ctrl+w")
	if got := b.Value(); got != "un deux " {
		t.Errorf("ctrl+w: %q", got)
	}
	typeBox(b, "alt+left", "ctrl+k")
	if got := b.Value(); got != "un " {
		t.Errorf("word left, ctrl+k: %q", got)
	}
	typeBox(b, "ctrl+u")
	if got := b.Value(); got != "" {
		t.Errorf("ctrl+u: %q", got)
	}
	b.SetValue("abcdef\nab\nabcdef")
	typeBox(b, "ctrl+home", "end")
	typeBox(b, "down")
	if b.row != 1 || b.col != 2 {
		t.Errorf("down to a shorter line: %d:%d", b.row, b.col)
	}
	typeBox(b, "down")
	if b.row != 2 || b.col != 6 {
		t.Errorf("down keeps the column aimed at: %d:%d", b.row, b.col)
	}
}

// TestTextBoxPasteShowsItsEnd: after a long paste the cursor's row, the
// last, is on screen, and every row is the box's width.
func TestTextBoxPasteShowsItsEnd(t *testing.T) {
	b := newTextBox(5)
	b.SetWidth(40)
	var s strings.Builder
	for s.Len() < 10_000 {
		s.WriteString("Une ligne collée assez longue pour passer à la ligne dans la boîte.\n")
	}
	s.WriteString("FIN")
	b.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s.String()), Paste: true})
	v := ansi.Strip(b.View())
	if !strings.Contains(v, "FIN") {
		t.Fatalf("the end of the paste is not shown:\n%s", v)
	}
	typeBox(b, "ctrl+home")
	if v := ansi.Strip(b.View()); !strings.HasPrefix(v, boxPrompt+"Une ligne") {
		t.Fatalf("ctrl+home does not show the start:\n%s", v)
	}
}

// TestTextBoxRandomEdits: any sequence of keys keeps the cursor in the
// text and on screen, rows of the box's width, and the text as typed.
func TestTextBoxRandomEdits(t *testing.T) {
	keys := []string{"left", "right", "up", "down", "home", "end", "pgup", "pgdown", "ctrl+home", "ctrl+end",
		"backspace", "delete", "ctrl+j", "ctrl+w", "ctrl+k", "ctrl+u", "alt+left", "alt+right", "a", "é", " ", "mot", "space"}
	rnd := rand.New(rand.NewSource(1))
	for run := 0; run < 200; run++ {
		b := newTextBox(1 + rnd.Intn(6))
		b.SetWidth(8 + rnd.Intn(30))
		var done []string
		for i := 0; i < 200; i++ {
			k := keys[rnd.Intn(len(keys))]
			if rnd.Intn(20) == 0 {
				w := 8 + rnd.Intn(30)
				b.SetWidth(w)
				done = append(done, "width "+itoa(w))
			}
			done = append(done, k)
			b.Update(keyMsg(k))
			if b.row < 0 || b.row >= len(b.lines) || b.col < 0 || b.col > len(b.lines[b.row]) {
				t.Fatalf("cursor %d:%d out of the text after %s", b.row, b.col, k)
			}
			v := b.View()
			lines := strings.Split(v, "\n")
			if len(lines) != b.h {
				t.Fatalf("%d rows drawn, want %d", len(lines), b.h)
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w != b.w+1+ansi.StringWidth(boxPrompt) {
					t.Fatalf("row %q is %d wide, want %d", ansi.Strip(l), w, b.w+3)
				}
			}
			cur, x := b.cursorRow()
			if cur.before(b.top) || b.rowsBetween(b.top, cur, b.h) > b.h || x > b.w {
				t.Fatalf("the cursor is off screen after %v (h %d, w %d, top %+v, cursor %d:%d, text %q)", done, b.h, b.w, b.top, b.row, b.col, b.Value())
			}
		}
	}
}
