package pas

import (
	"sort"
	"unicode/utf8"
)

// textIndex maps byte offsets in a file to positions as yaml.v3 counts
// them, so that our own messages and the parser's agree: lines from 1,
// broken by LF, CR, CRLF, NEL, LS and PS; columns from 1, in characters
// (an invalid byte counts as one); a leading byte order mark is not
// counted. The lines are indexed on first use: a file that loads needs
// no position.
type textIndex struct {
	data   []byte
	starts []int // byte offset of each line's first character
}

func newTextIndex(data []byte) *textIndex { return &textIndex{data: data} }

// lines returns the offsets of the lines' first characters.
func (ix *textIndex) lines() []int {
	if ix.starts == nil {
		ix.starts = lineStarts(ix.data)
	}
	return ix.starts
}

func lineStarts(data []byte) []int {
	start := 0
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		start = 3
	}
	starts := []int{start}
	for i := start; i < len(data); {
		n := lineBreakAt(data, i)
		if n == 0 {
			i++
			continue
		}
		i += n
		starts = append(starts, i)
	}
	return starts
}

// lineBreakAt returns the length of the line break starting at data[i],
// or 0 when there is none.
func lineBreakAt(data []byte, i int) int {
	switch c := data[i]; {
	case c == '\n':
		return 1
	case c == '\r':
		if i+1 < len(data) && data[i+1] == '\n' {
			return 2
		}
		return 1
	case c == 0xC2 && i+1 < len(data) && data[i+1] == 0x85: // NEL
		return 2
	case c == 0xE2 && i+2 < len(data) && data[i+1] == 0x80 && (data[i+2] == 0xA8 || data[i+2] == 0xA9): // LS, PS
		return 3
	}
	return 0
}

// pos returns the position of a byte offset.
func (ix *textIndex) pos(off int) Pos {
	starts := ix.lines()
	line := sort.Search(len(starts), func(i int) bool { return starts[i] > off }) - 1
	if line < 0 {
		return Pos{Line: 1, Col: 1}
	}
	return Pos{Line: line + 1, Col: utf8.RuneCount(ix.data[starts[line]:off]) + 1}
}

// offset returns the byte offset of a position, clamped to the file.
func (ix *textIndex) offset(p Pos) int {
	starts := ix.lines()
	if p.Line < 1 {
		return 0
	}
	if p.Line > len(starts) {
		return len(ix.data)
	}
	off := starts[p.Line-1]
	for c := 1; c < p.Col && off < len(ix.data); c++ {
		_, size := utf8.DecodeRune(ix.data[off:])
		off += size
	}
	return off
}
