package grid

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// CSV encodings.
const (
	encUTF8    = "utf-8"
	encWindows = "windows-1252"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// csvField is one field of a CSV record: its span in the file's bytes, so
// that an export rewrites the answer fields and leaves every other byte
// as the buyer wrote it.
type csvField struct {
	start, end int // bytes of the field as written, quotes included
	quoted     bool
	value      string // decoded text, quotes undone
}

// csvRecord is one record: its fields and where its line ending starts.
type csvRecord struct {
	fields []csvField
	end    int // offset of the record's line ending (or of the end of file)
	line   int // line of the file it starts on
}

// csvFile is a parsed CSV file: RFC 4180 quoting, quoted fields may hold
// separators and line breaks; comma, semicolon or tab separated; UTF-8
// (with or without BOM) or Windows-1252.
type csvFile struct {
	data     []byte
	sep      byte
	encoding string
	bom      bool
	newline  string // line ending of the file: "\r\n" or "\n"
	records  []csvRecord
}

// parseCSV reads a CSV file. A quote left open is an error naming the line.
func parseCSV(data []byte) (*csvFile, error) {
	c := &csvFile{data: data, encoding: encUTF8, newline: "\n"}
	body := 0
	if bytes.HasPrefix(data, utf8BOM) {
		c.bom, body = true, len(utf8BOM)
	} else if !utf8.Valid(data) {
		c.encoding = encWindows
	}
	if bytes.Contains(data, []byte("\r\n")) {
		c.newline = "\r\n"
	}
	c.sep = detectSeparator(data[body:])
	return c, c.split(body)
}

// detectSeparator counts the candidates on the first line, outside quotes.
func detectSeparator(data []byte) byte {
	counts := map[byte]int{}
	quoted := false
	for _, b := range data {
		if b == '"' {
			quoted = !quoted
		}
		if quoted {
			continue
		}
		if b == '\n' {
			break
		}
		if b == ';' || b == ',' || b == '\t' {
			counts[b]++
		}
	}
	best := byte(';')
	for _, s := range []byte{';', ',', '\t'} {
		if counts[s] > counts[best] {
			best = s
		}
	}
	return best
}

func (c *csvFile) split(i int) error {
	line := 1
	for i < len(c.data) {
		rec := csvRecord{line: line}
		for {
			f, next, lines, err := c.field(i, line)
			if err != nil {
				return err
			}
			line += lines
			rec.fields = append(rec.fields, f)
			i = next
			if i < len(c.data) && c.data[i] == c.sep {
				i++
				continue
			}
			break
		}
		rec.end = i
		switch {
		case i < len(c.data) && c.data[i] == '\r' && i+1 < len(c.data) && c.data[i+1] == '\n':
			i += 2
		case i < len(c.data):
			i++
		}
		line++
		c.records = append(c.records, rec)
	}
	return nil
}

// field reads one field starting at i; it returns the offset after it and
// how many line breaks a quoted field held.
func (c *csvFile) field(i, line int) (csvField, int, int, error) {
	f := csvField{start: i}
	if i < len(c.data) && c.data[i] == '"' {
		f.quoted = true
		var b []byte
		lines := 0
		for j := i + 1; j < len(c.data); j++ {
			switch {
			case c.data[j] == '"' && j+1 < len(c.data) && c.data[j+1] == '"':
				b = append(b, '"')
				j++
			case c.data[j] == '"':
				f.end, f.value = j+1, c.decode(b)
				end := j + 1
				for end < len(c.data) && c.data[end] != c.sep && c.data[end] != '\n' && c.data[end] != '\r' {
					end++ // text after the closing quote stays part of the field
				}
				f.end = end
				return f, end, lines, nil
			default:
				if c.data[j] == '\n' {
					lines++
				}
				b = append(b, c.data[j])
			}
		}
		return f, 0, 0, &Error{Msg: textf("guillemet ouvert ligne %d et jamais refermé", "quote opened on line %d is never closed", line)}
	}
	j := i
	for j < len(c.data) && c.data[j] != c.sep && c.data[j] != '\n' && c.data[j] != '\r' {
		j++
	}
	f.end, f.value = j, c.decode(c.data[i:j])
	return f, j, 0, nil
}

func (c *csvFile) decode(b []byte) string {
	s := string(b)
	if c.encoding == encWindows {
		s, _ = charmap.Windows1252.NewDecoder().String(s)
	}
	return strings.ReplaceAll(s, "\r\n", "\n")
}

// rows returns the records' values as a table.
func (c *csvFile) rows() [][]string {
	out := make([][]string, len(c.records))
	for i, r := range c.records {
		row := make([]string, len(r.fields))
		for j, f := range r.fields {
			row[j] = f.value
		}
		out[i] = row
	}
	return out
}

// encode writes a value in the file's encoding, quoted when it needs to
// be or when the field it replaces was; Windows-1252 has no narrow
// no-break space (a no-break space is written) nor ≤ and ≥ (written <= and
// >=); it returns how many characters had no equivalent ("?").
func (c *csvFile) encode(v string, quoted bool) ([]byte, int) {
	v = strings.ReplaceAll(v, "\n", c.newline)
	if quoted || strings.ContainsAny(v, string(c.sep)+"\"\r\n") || strings.TrimSpace(v) != v {
		quoted = true
		v = `"` + strings.ReplaceAll(v, `"`, `""`) + `"`
	}
	if c.encoding != encWindows {
		return []byte(v), 0
	}
	v = cp1252Fallbacks.Replace(v)
	out := make([]byte, 0, len(v))
	lost := 0
	for _, r := range v {
		b, ok := charmap.Windows1252.EncodeRune(r)
		if !ok {
			b, lost = '?', lost+1
		}
		out = append(out, b)
	}
	return out, lost
}

var cp1252Fallbacks = strings.NewReplacer("\u202f", "\u00a0", "\u2009", " ", "≤", "<=", "≥", ">=", "\u2011", "-")

// patch returns the file with some fields replaced: cells maps a record
// index, then a column, to the new value. Fields past a record's end are
// added, with separators, before its line ending. It also returns how
// many characters the file's encoding could not hold.
func (c *csvFile) patch(cells map[int]map[int]string) ([]byte, int) {
	var out bytes.Buffer
	last, lost := 0, 0
	for ri, rec := range c.records {
		row := cells[ri]
		if len(row) == 0 {
			continue
		}
		maxCol := 0
		for col := range row {
			maxCol = max(maxCol, col)
		}
		for col := 0; col < len(rec.fields) && col <= maxCol; col++ {
			if v, ok := row[col]; ok {
				f := rec.fields[col]
				b, n := c.encode(v, f.quoted)
				out.Write(c.data[last:f.start])
				out.Write(b)
				last, lost = f.end, lost+n
			}
		}
		if maxCol < len(rec.fields) {
			continue
		}
		out.Write(c.data[last:rec.end])
		last = rec.end
		for col := len(rec.fields); col <= maxCol; col++ {
			out.WriteByte(c.sep)
			if v, ok := row[col]; ok {
				b, n := c.encode(v, false)
				out.Write(b)
				lost += n
			}
		}
	}
	out.Write(c.data[last:])
	return out.Bytes(), lost
}
