package grid

import (
	"strconv"
	"strings"
)

// isColumnLetters reports whether s is a column name: one to three
// capital letters, up to XFD.
func isColumnLetters(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return colIndex(s) < 16384
}

// colIndex returns the 0-based index of a column name ("A" is 0).
func colIndex(s string) int {
	n := 0
	for _, r := range strings.ToUpper(s) {
		n = n*26 + int(r-'A'+1)
	}
	return n - 1
}

// colName returns the column name of a 0-based index (0 is "A").
func colName(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

// cellName returns "C14" for column 2, row 14 (rows are 1-based).
func cellName(col, row int) string { return colName(col) + strconv.Itoa(row) }

// parseCell reads "C14" (with or without $) as a 0-based column and a
// 1-based row.
func parseCell(s string) (col, row int, ok bool) {
	s = strings.ReplaceAll(strings.ToUpper(strings.TrimSpace(s)), "$", "")
	i := 0
	for i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
		i++
	}
	if i == 0 || !isColumnLetters(s[:i]) {
		return 0, 0, false
	}
	r, err := strconv.Atoi(s[i:])
	if err != nil || r < 1 {
		return 0, 0, false
	}
	return colIndex(s[:i]), r, true
}

// cellRange is a rectangle of cells: 0-based columns, 1-based rows, inclusive.
type cellRange struct{ c1, r1, c2, r2 int }

// parseRange reads "F5:F200" or "F5"; whole columns ("F:F") span every row.
func parseRange(s string) (cellRange, bool) {
	a, b, found := strings.Cut(s, ":")
	if !found {
		b = a
	}
	if c1, r1, ok := parseCell(a); ok {
		c2, r2, ok := parseCell(b)
		if !ok {
			return cellRange{}, false
		}
		return cellRange{min(c1, c2), min(r1, r2), max(c1, c2), max(r1, r2)}, true
	}
	ca, cb := strings.Trim(strings.ToUpper(a), "$"), strings.Trim(strings.ToUpper(b), "$")
	if isColumnLetters(ca) && isColumnLetters(cb) {
		return cellRange{colIndex(ca), 1, colIndex(cb), 1 << 20}, true
	}
	return cellRange{}, false
}

func (r cellRange) contains(col, row int) bool {
	return col >= r.c1 && col <= r.c2 && row >= r.r1 && row <= r.r2
}

func (r cellRange) String() string {
	if r.c1 == r.c2 && r.r1 == r.r2 {
		return cellName(r.c1, r.r1)
	}
	return cellName(r.c1, r.r1) + ":" + cellName(r.c2, r.r2)
}
