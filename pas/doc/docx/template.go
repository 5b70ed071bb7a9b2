package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/pas-editor/pas/pas/doc"
)

// Limits on what a template may hold, so that a hostile file cannot fill
// the memory.
const (
	maxTemplateParts = 2000
	maxPartSize      = 64 << 20
	maxTemplateSize  = 256 << 20
)

// ErrTemplate wraps every reason a template cannot be used.
var ErrTemplate = errors.New("not a usable Word template")

// template is a company template, read.
type template struct {
	files    map[string][]byte
	types    map[string]string // part name → content type (overrides)
	defaults map[string]string // extension → content type
	main     string            // the main document part
	rels     map[string]relationship
	sect     sectPr
}

func templateErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrTemplate, fmt.Sprintf(format, args...))
}

func readTemplate(data []byte) (*template, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, templateErr("not a zip archive (%v)", err)
	}
	if len(zr.File) > maxTemplateParts {
		return nil, templateErr("%d parts", len(zr.File))
	}
	t := &template{files: map[string][]byte{}, types: map[string]string{}, defaults: map[string]string{}}
	total := 0
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, "/") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, templateErr("%s: %v", f.Name, err)
		}
		b, err := io.ReadAll(io.LimitReader(rc, maxPartSize+1))
		rc.Close()
		if err != nil {
			return nil, templateErr("%s: %v", f.Name, err)
		}
		if total += len(b); len(b) > maxPartSize || total > maxTemplateSize {
			return nil, templateErr("too large")
		}
		t.files[strings.TrimPrefix(f.Name, "/")] = b
	}
	if err := t.contentTypes(); err != nil {
		return nil, err
	}
	if err := t.mainPart(); err != nil {
		return nil, err
	}
	return t, nil
}

func (t *template) contentTypes() error {
	var ct struct {
		Defaults []struct {
			Ext  string `xml:"Extension,attr"`
			Type string `xml:"ContentType,attr"`
		} `xml:"Default"`
		Overrides []struct {
			Part string `xml:"PartName,attr"`
			Type string `xml:"ContentType,attr"`
		} `xml:"Override"`
	}
	data, ok := t.files["[Content_Types].xml"]
	if !ok || xml.Unmarshal(data, &ct) != nil {
		return templateErr("no readable [Content_Types].xml")
	}
	for _, d := range ct.Defaults {
		t.defaults[strings.ToLower(d.Ext)] = d.Type
	}
	for _, o := range ct.Overrides {
		t.types[strings.TrimPrefix(o.Part, "/")] = o.Type
	}
	return nil
}

// contentType returns a part's content type.
func (t *template) contentType(name string) string {
	if ct, ok := t.types[name]; ok {
		return ct
	}
	return t.defaults[strings.ToLower(strings.TrimPrefix(path.Ext(name), "."))]
}

// readRels reads the relationships of a part, targets resolved to part
// names; external targets are left out.
func (t *template) readRels(partName string) map[string]relationship {
	dir, base := path.Split(partName)
	data, ok := t.files[dir+"_rels/"+base+".rels"]
	out := map[string]relationship{}
	if !ok {
		return out
	}
	var rels struct {
		R []struct {
			ID     string `xml:"Id,attr"`
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
			Mode   string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(data, &rels) != nil {
		return out
	}
	for _, r := range rels.R {
		if r.Mode == "External" {
			continue
		}
		target := path.Clean(path.Join(dir, r.Target))
		if strings.HasPrefix(r.Target, "/") {
			target = path.Clean(strings.TrimPrefix(r.Target, "/"))
		}
		out[r.ID] = relationship{id: r.ID, typ: r.Type, target: target}
	}
	return out
}

// mainPart finds the main document part and its last section's setup.
func (t *template) mainPart() error {
	for _, r := range t.readRels("") {
		if strings.HasSuffix(r.typ, "/officeDocument") {
			t.main = r.target
		}
	}
	data, ok := t.files[t.main]
	if t.main == "" || !ok {
		return templateErr("no main document part")
	}
	t.rels = t.readRels(t.main)
	dec := xml.NewDecoder(bytes.NewReader(data))
	depth := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return templateErr("%s: %v", t.main, err)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			if depth == 2 && x.Name.Space == nsW && x.Name.Local == "sectPr" {
				var s sectPr
				if err := dec.DecodeElement(&s, &x); err != nil {
					return templateErr("%s: %v", t.main, err)
				}
				t.sect = s
				continue
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
}

// sectPr is what the writer reads of a template's page setup.
type sectPr struct {
	Headers []ref `xml:"http://schemas.openxmlformats.org/wordprocessingml/2006/main headerReference"`
	Footers []ref `xml:"http://schemas.openxmlformats.org/wordprocessingml/2006/main footerReference"`
	PgSz    *struct {
		W string `xml:"http://schemas.openxmlformats.org/wordprocessingml/2006/main w,attr"`
		H string `xml:"http://schemas.openxmlformats.org/wordprocessingml/2006/main h,attr"`
	} `xml:"http://schemas.openxmlformats.org/wordprocessingml/2006/main pgSz"`
	PgMar *struct {
		Top    string `xml:"http://schemas.openxmlformats.org/wordprocessingml/2006/main top,attr"`
		Right  string `xml:"http://schemas.openxmlformats.org/wordprocessingml/2006/main right,attr"`
		Bottom string `xml:"http://schemas.openxmlformats.org/wordprocessingml/2006/main bottom,attr"`
		Left   string `xml:"http://schemas.openxmlformats.org/wordprocessingml/2006/main left,attr"`
		Header string `xml:"http://schemas.openxmlformats.org/wordprocessingml/2006/main header,attr"`
		Footer string `xml:"http://schemas.openxmlformats.org/wordprocessingml/2006/main footer,attr"`
		Gutter string `xml:"http://schemas.openxmlformats.org/wordprocessingml/2006/main gutter,attr"`
	} `xml:"http://schemas.openxmlformats.org/wordprocessingml/2006/main pgMar"`
	TitlePg *struct {
		Val string `xml:"http://schemas.openxmlformats.org/wordprocessingml/2006/main val,attr"`
	} `xml:"http://schemas.openxmlformats.org/wordprocessingml/2006/main titlePg"`
}

type ref struct {
	Type string `xml:"http://schemas.openxmlformats.org/wordprocessingml/2006/main type,attr"`
	ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
}

// twips reads a measure, keeping def when it is not a plain number.
func twips(s string, def int) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return def
}

// setup returns the template's page setup, A4 values where it says
// nothing usable.
func (s sectPr) setup() page {
	pg := a4()
	if s.PgSz != nil {
		pg.w, pg.h = twips(s.PgSz.W, pg.w), twips(s.PgSz.H, pg.h)
		if pg.w > pg.h {
			pg.w, pg.h = pg.h, pg.w
		}
	}
	if m := s.PgMar; m != nil {
		pg.top, pg.right, pg.bottom, pg.left = twips(m.Top, pg.top), twips(m.Right, pg.right), twips(m.Bottom, pg.bottom), twips(m.Left, pg.left)
		pg.header, pg.footer, pg.gutter = twips(m.Header, pg.header), twips(m.Footer, pg.footer), twips(m.Gutter, 0)
	}
	if pg.w-pg.left-pg.right < 1440 || pg.h-pg.top-pg.bottom < 1440 {
		pg = a4() // margins that leave no room for text
	}
	pg.titlePg = s.TitlePg != nil && s.TitlePg.Val != "0" && s.TitlePg.Val != "false"
	return pg
}

// fromTemplate lays out the document on a template: its styles (ours
// added where it has none), theme, fonts, numbering, page setup, headers
// and footers with the document's properties in their fields.
func (pk *pack) fromTemplate(t *template) {
	pk.pg = t.sect.setup()
	width := pk.pg.width(false)
	pk.defaults = t.defaults
	var stylesXML []byte
	for _, r := range sortedRels(t.rels) {
		switch {
		case strings.HasSuffix(r.typ, "/styles"):
			stylesXML = t.files[r.target]
		case strings.HasSuffix(r.typ, "/numbering"):
			pk.bullets = nextNumID(t.files[r.target])
			pk.add("word/numbering.xml", ctMain+"numbering+xml", numbering(t.files[r.target], pk.bullets))
			pk.rel(relNumbering, "numbering.xml")
		case strings.HasSuffix(r.typ, "/theme"), strings.HasSuffix(r.typ, "/fontTable"):
			if data, ok := t.files[r.target]; ok {
				pk.copyPart(t, r.target, data)
				pk.rel(r.typ, relTarget(r.target))
			}
		}
	}
	if pk.bullets == 0 {
		pk.bullets = 1
		pk.add("word/numbering.xml", ctMain+"numbering+xml", numbering(nil, pk.bullets))
		pk.rel(relNumbering, "numbering.xml")
	}
	pk.st = styleSet{}
	pk.add("word/styles.xml", ctMain+"styles+xml", mergeStyles(stylesXML, pk.st, pk.d.Meta.Lang, width))
	pk.rel(relStyles, "styles.xml")
	values := propertyValues(pk.d.Meta)
	for _, h := range t.sect.Headers {
		if r, ok := t.rels[h.ID]; ok && t.files[r.target] != nil {
			pk.copyWithRels(t, r.target, patchFields(t.files[r.target], values))
			pk.pg.headers[h.Type] = pk.rel(relHeader, relTarget(r.target))
		}
	}
	for _, f := range t.sect.Footers {
		if r, ok := t.rels[f.ID]; ok && t.files[r.target] != nil {
			pk.copyWithRels(t, r.target, patchFields(t.files[r.target], values))
			pk.pg.footers[f.Type] = pk.rel(relFooter, relTarget(r.target))
		}
	}
	pk.ownHeaderFooter(pk.pg.headers["default"] == "", pk.pg.footers["default"] == "")
	if !pk.pg.titlePg && len(t.sect.Headers) == 0 {
		pk.pg.titlePg = true // the cover without our header, as without a template
	}
}

func sortedRels(m map[string]relationship) []relationship {
	out := make([]relationship, 0, len(m))
	for _, r := range m {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out
}

// relTarget returns the target of a part from document.xml's folder.
func relTarget(name string) string {
	if rest, ok := strings.CutPrefix(name, "word/"); ok {
		return rest
	}
	return "/" + name
}

// reserved are the part names the writer writes itself.
var reserved = map[string]bool{
	"word/document.xml": true, "word/styles.xml": true, "word/numbering.xml": true, "word/settings.xml": true,
	"word/header-pas.xml": true, "word/footer-pas.xml": true, "word/_rels/document.xml.rels": true,
	"docProps/core.xml": true, "docProps/app.xml": true, "docProps/custom.xml": true, "_rels/.rels": true, "[Content_Types].xml": true,
}

// copyPart adds a template part once.
func (pk *pack) copyPart(t *template, name string, data []byte) {
	if reserved[name] {
		return
	}
	for _, p := range pk.parts {
		if p.name == name {
			return
		}
	}
	pk.add(name, t.types[name], data)
}

// copyWithRels adds a header or footer part, its relationships and the
// parts they point at (a logo).
func (pk *pack) copyWithRels(t *template, name string, data []byte) {
	pk.copyPart(t, name, data)
	dir, base := path.Split(name)
	if rels, ok := t.files[dir+"_rels/"+base+".rels"]; ok {
		pk.copyPart(t, dir+"_rels/"+base+".rels", rels)
	}
	for _, r := range sortedRels(t.readRels(name)) {
		if data, ok := t.files[r.target]; ok {
			pk.copyPart(t, r.target, data)
		}
	}
}

// propertyValues maps the lower-case names a field may use to the
// document's values.
func propertyValues(m doc.Meta) map[string]string {
	out := map[string]string{"title": m.Title, "subject": m.Subject}
	for _, p := range m.Properties {
		out[strings.ToLower(p.Name)] = p.Value
	}
	return out
}
