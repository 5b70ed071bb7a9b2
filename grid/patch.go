package grid

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// The answered worksheet is patched, not re-serialised: the spreadsheet
// library, when it writes a worksheet back, drops attributes it holds for
// defaults and writes explicit values for the sheet protection's options,
// which weakens the buyer's protection (measured on a LibreOffice workbook:
// formatCells, insertRows… became allowed). Only the answer cells are
// rewritten here, as inline strings that keep the cell's style; every
// other byte of the part is the buyer's.

// newCell is a value to write into a cell, with the style it keeps.
type newCell struct {
	value string
	style int // style index; -1 keeps none
}

// span is a byte range of the part and what replaces it.
type span struct {
	start, end int
	data       []byte
}

// patchSheet rewrites the answer cells of a worksheet part. cells maps a
// row, then a column, to the value.
func patchSheet(data []byte, cells map[int]map[int]newCell) ([]byte, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	var edits []span
	inData := false
	var rowNum int
	var rowCells map[int]newCell
	var prefix string
	var pending []int // columns of the current row still to write, sorted
	var done = map[int]bool{}
	var cellStart, cellCol int
	cellDepth := 0
	depth := 0
	for {
		start := int(d.InputOffset())
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch {
			case t.Name.Local == "sheetData":
				inData = true
				prefix = elementPrefix(data[start:])
			case inData && t.Name.Local == "row" && depth == 3:
				rowNum, _ = strconv.Atoi(attr(t, "r"))
				rowCells = cells[rowNum]
				pending = sortedKeys(rowCells)
				done[rowNum] = true
			case inData && t.Name.Local == "c" && depth == 4 && rowCells != nil:
				col, _, ok := parseCell(attr(t, "r"))
				if !ok {
					return nil, fmt.Errorf("cell without a reference in row %d", rowNum)
				}
				for len(pending) > 0 && pending[0] < col { // a missing answer cell goes before this one
					edits = append(edits, span{start, start, cellXML(prefix, pending[0], rowNum, rowCells[pending[0]])})
					pending = pending[1:]
				}
				if len(pending) > 0 && pending[0] == col {
					cellStart, cellCol, cellDepth = start, col, depth
					pending = pending[1:]
				}
			}
		case xml.EndElement:
			end := int(d.InputOffset())
			switch {
			case cellDepth > 0 && depth == cellDepth && t.Name.Local == "c":
				edits = append(edits, span{cellStart, end, cellXML(prefix, cellCol, rowNum, rowCells[cellCol])})
				cellDepth = 0
			case inData && t.Name.Local == "row" && depth == 3:
				if len(pending) > 0 {
					var cellsXML []byte
					for _, col := range pending {
						cellsXML = append(cellsXML, cellXML(prefix, col, rowNum, rowCells[col])...)
					}
					if start == end { // <row r="5"/>: give it a body
						edits = append(edits, span{start - 2, start, append(append([]byte(">"), cellsXML...), "</"+prefix+"row>"...)})
					} else {
						edits = append(edits, span{start, start, cellsXML})
					}
				}
				rowCells, pending = nil, nil
			case t.Name.Local == "sheetData":
				inData = false
			}
			depth--
		}
	}
	for row := range cells {
		if !done[row] {
			return nil, fmt.Errorf("row %d does not exist in the sheet", row)
		}
	}
	return applySpans(data, edits), nil
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

// elementPrefix returns "x:" when the element at the start of data is
// written <x:name, "" otherwise.
func elementPrefix(data []byte) string {
	end := bytes.IndexAny(data, " />")
	if end < 0 {
		return ""
	}
	name := string(data[1:end])
	if i := strings.IndexByte(name, ':'); i >= 0 {
		return name[:i+1]
	}
	return ""
}

// cellXML writes a cell holding an inline string, with its style.
func cellXML(prefix string, col, row int, c newCell) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `<%sc r="%s"`, prefix, cellName(col, row))
	if c.style > 0 {
		fmt.Fprintf(&b, ` s="%d"`, c.style)
	}
	fmt.Fprintf(&b, ` t="inlineStr"><%sis><%st xml:space="preserve">`, prefix, prefix)
	_ = xml.EscapeText(&b, []byte(cellText(c.value)))
	fmt.Fprintf(&b, `</%st></%sis></%sc>`, prefix, prefix, prefix)
	return b.Bytes()
}

// excelEscape matches what spreadsheets read as an escaped character
// (_x000D_); a literal one is protected by escaping its underscore.
var excelEscape = regexp.MustCompile(`_(x[0-9A-Fa-f]{4}_)`)

// cellText makes a value storable in a cell: characters XML 1.0 forbids
// are dropped, and text that spreadsheets would read as an escape is
// protected.
func cellText(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' || r == 0xFFFE || r == 0xFFFF {
			return -1
		}
		return r
	}, s)
	return excelEscape.ReplaceAllString(s, "_x005F_$1")
}

// applySpans applies edits sorted by position (insertions at one position
// keep their order).
func applySpans(data []byte, edits []span) []byte {
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		out.Write(data[last:e.start])
		out.Write(e.data)
		last = e.end
	}
	out.Write(data[last:])
	return out.Bytes()
}

// laterThanCalcPr are the workbook elements that follow calcPr.
var laterThanCalcPr = []string{"oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes",
	"webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"}

// recalcOnLoad asks spreadsheet programs to recalculate every formula when
// the workbook opens (calcPr fullCalcOnLoad), changing nothing else.
func recalcOnLoad(data []byte) ([]byte, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	prefix := ""
	depth := 0
	for {
		start := int(d.InputOffset())
		tok, err := d.Token()
		if err == io.EOF {
			return nil, fmt.Errorf("no workbook element")
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 1 {
				prefix = elementPrefix(data[start:])
				continue
			}
			if depth != 2 {
				continue
			}
			if t.Name.Local == "calcPr" {
				end := int(d.InputOffset())
				return setCalcAttr(data, start, end), nil
			}
			if contains(laterThanCalcPr, t.Name.Local) {
				return applySpans(data, []span{{start, start, []byte("<" + prefix + `calcPr fullCalcOnLoad="1"/>`)}}), nil
			}
		case xml.EndElement:
			if depth == 1 {
				return applySpans(data, []span{{start, start, []byte("<" + prefix + `calcPr fullCalcOnLoad="1"/>`)}}), nil
			}
			depth--
		}
	}
}

var fullCalcAttr = regexp.MustCompile(`\sfullCalcOnLoad\s*=\s*("[^"]*"|'[^']*')`)

// setCalcAttr sets fullCalcOnLoad="1" in the calcPr start tag data[start:end].
func setCalcAttr(data []byte, start, end int) []byte {
	tag := data[start:end]
	var repl []byte
	if fullCalcAttr.Match(tag) {
		repl = fullCalcAttr.ReplaceAll(tag, []byte(` fullCalcOnLoad="1"`))
	} else {
		cut := len(tag) - 1
		if bytes.HasSuffix(tag, []byte("/>")) {
			cut = len(tag) - 2
		}
		repl = append(append(append([]byte{}, tag[:cut]...), []byte(` fullCalcOnLoad="1"`)...), tag[cut:]...)
	}
	return applySpans(data, []span{{start, end, repl}})
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// hasFormulas reports whether a worksheet part holds a formula.
func hasFormulas(data []byte) bool {
	return bytes.Contains(data, []byte("<f>")) || bytes.Contains(data, []byte("<f ")) || bytes.Contains(data, []byte(":f>")) || bytes.Contains(data, []byte(":f "))
}
