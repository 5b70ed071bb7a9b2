package docx

import (
	"fmt"
	"strings"

	"github.com/pas-editor/pas/pas/doc"
)

// coreProps writes the title, subject and language; the creation date only
// when the plan holds the date of issue, so that no clock gets in.
func coreProps(m doc.Meta) []byte {
	var b strings.Builder
	b.WriteString(xmlPI + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
		` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	b.WriteString(`<dc:title>` + escaped(m.Title) + `</dc:title>`)
	if m.Subject != "" {
		b.WriteString(`<dc:subject>` + escaped(m.Subject) + `</dc:subject>`)
	}
	b.WriteString(`<dc:language>` + escaped(m.Lang) + `</dc:language>`)
	if validDate(m.Date) {
		b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + m.Date + `T00:00:00Z</dcterms:created>`)
	}
	b.WriteString(`</cp:coreProperties>`)
	return []byte(b.String())
}

// validDate reports whether s is a YYYY-MM-DD date.
func validDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

func appProps() []byte {
	return []byte(xmlPI + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"` +
		` xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>pas</Application></Properties>`)
}

// customProps writes the document properties a template shows with
// DOCPROPERTY fields.
func customProps(m doc.Meta) []byte {
	var b strings.Builder
	b.WriteString(xmlPI + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"` +
		` xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`)
	for i, p := range m.Properties {
		fmt.Fprintf(&b, `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s"><vt:lpwstr>%s</vt:lpwstr></property>`,
			i+2, escaped(p.Name), escaped(p.Value))
	}
	b.WriteString(`</Properties>`)
	return []byte(b.String())
}
