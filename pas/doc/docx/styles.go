package docx

import (
	"fmt"
	"strings"
)

// style is one style the writer uses: its logical key, the names a
// template may give it (Word stores built-in names in English, French
// templates made elsewhere say "Titre 1"), and the definition written
// when the template has none.
type style struct {
	key     string
	kind    string   // paragraph, character
	names   []string // lower case; the first is the name written
	ids     []string // style ids a template may use for it
	basedOn string   // key of the parent style
	next    string   // key of the style of the next paragraph
	pPr     string
	rPr     string
	tblPr   string
	outline int  // outline level + 1 (0: none)
	isDef   bool // the default style of its kind
}

// Keys of the styles the writer uses.
const (
	sNormal       = "normal"
	sParaFont     = "parafont"
	sTableNormal  = "normaltable"
	sTitle        = "title"
	sHeading1     = "heading1"
	sHeading2     = "heading2"
	sHeading3     = "heading3"
	sPlainHeading = "plainheading"
	sTOC1         = "toc1"
	sHeader       = "header"
	sFooter       = "footer"
	sListBullet   = "listbullet"
	sTableText    = "tabletext"
	sTableHead    = "tablehead"
	sHyperlink    = "hyperlink"
	sMarker       = "marker"
	sCode         = "code"
)

// Colours and sizes of the default look: sober, printable in black and
// white, headings in a dark blue.
const (
	accent = "1F3864"
	grey   = "595959"
	font   = "Calibri"
)

var styles = []style{
	{key: sParaFont, kind: "character", names: []string{"default paragraph font"}, ids: []string{"DefaultParagraphFont"}, isDef: true},
	{key: sTableNormal, kind: "table", names: []string{"normal table"}, ids: []string{"TableNormal"}, isDef: true,
		tblPr: `<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>`},
	{key: sNormal, kind: "paragraph", names: []string{"normal"}, ids: []string{"Normal"}, isDef: true,
		pPr: `<w:spacing w:after="120" w:line="264" w:lineRule="auto"/>`,
		rPr: `<w:rFonts w:ascii="` + font + `" w:hAnsi="` + font + `" w:eastAsia="` + font + `" w:cs="` + font + `"/><w:sz w:val="20"/><w:szCs w:val="20"/>`},
	{key: sTitle, kind: "paragraph", names: []string{"title", "titre"}, ids: []string{"Title", "Titre"}, basedOn: sNormal, next: sNormal,
		pPr: `<w:keepNext/><w:spacing w:before="2400" w:after="480"/>`,
		rPr: `<w:b/><w:color w:val="` + accent + `"/><w:sz w:val="48"/><w:szCs w:val="48"/>`},
	heading(sHeading1, 1, "36", `<w:spacing w:before="240" w:after="240"/>`),
	heading(sHeading2, 2, "28", `<w:spacing w:before="360" w:after="120"/>`),
	heading(sHeading3, 3, "22", `<w:spacing w:before="240" w:after="80"/>`),
	{key: sPlainHeading, kind: "paragraph", names: []string{"pas unnumbered heading"}, ids: []string{"PASUnnumberedHeading"},
		basedOn: sHeading1, next: sNormal, pPr: `<w:outlineLvl w:val="9"/>`},
	{key: sTOC1, kind: "paragraph", names: []string{"toc 1", "tm 1"}, ids: []string{"TOC1", "TM1"}, basedOn: sNormal, next: sNormal,
		pPr: `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="%[1]d"/></w:tabs><w:spacing w:before="60" w:after="60"/>`},
	{key: sHeader, kind: "paragraph", names: []string{"header", "en-tête"}, ids: []string{"Header", "En-tte"}, basedOn: sNormal,
		pPr: `<w:tabs><w:tab w:val="right" w:pos="%[1]d"/></w:tabs><w:spacing w:after="0"/>`,
		rPr: `<w:color w:val="` + grey + `"/><w:sz w:val="16"/><w:szCs w:val="16"/>`},
	{key: sFooter, kind: "paragraph", names: []string{"footer", "pied de page"}, ids: []string{"Footer", "Pieddepage"}, basedOn: sNormal,
		pPr: `<w:tabs><w:tab w:val="right" w:pos="%[1]d"/></w:tabs><w:spacing w:after="0"/>`,
		rPr: `<w:color w:val="` + grey + `"/><w:sz w:val="16"/><w:szCs w:val="16"/>`},
	{key: sListBullet, kind: "paragraph", names: []string{"list bullet", "liste à puces"}, ids: []string{"ListBullet", "Listepuces"}, basedOn: sNormal,
		pPr: `<w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/>`},
	{key: sTableText, kind: "paragraph", names: []string{"table text", "texte de tableau", "tableau texte"}, ids: []string{"TableText"}, basedOn: sNormal,
		pPr: `<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>`,
		rPr: `<w:sz w:val="18"/><w:szCs w:val="18"/>`},
	{key: sTableHead, kind: "paragraph", names: []string{"table heading", "en-tête de tableau"}, ids: []string{"TableHeading"}, basedOn: sTableText,
		pPr: `<w:keepNext/>`,
		rPr: `<w:b/><w:color w:val="FFFFFF"/>`},
	{key: sHyperlink, kind: "character", names: []string{"hyperlink", "lien hypertexte"}, ids: []string{"Hyperlink", "Lienhypertexte"},
		rPr: `<w:color w:val="` + accent + `"/>`},
	{key: sMarker, kind: "character", names: []string{"pas marker"}, ids: []string{"PASMarker"},
		rPr: `<w:b/><w:color w:val="C00000"/>`},
	{key: sCode, kind: "character", names: []string{"html code", "code"}, ids: []string{"HTMLCode"},
		rPr: `<w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/><w:sz w:val="18"/>`},
}

func heading(key string, level int, size, spacing string) style {
	return style{key: key, kind: "paragraph", outline: level,
		names:   []string{fmt.Sprintf("heading %d", level), fmt.Sprintf("titre %d", level)},
		ids:     []string{fmt.Sprintf("Heading%d", level), fmt.Sprintf("Titre%d", level)},
		basedOn: sNormal, next: sNormal,
		pPr: `<w:keepNext/><w:keepLines/>` + spacing,
		rPr: `<w:b/><w:color w:val="` + accent + `"/><w:sz w:val="` + size + `"/><w:szCs w:val="` + size + `"/>`}
}

// styleSet maps each logical style to the id the document uses.
type styleSet map[string]string

// id returns the style id of a key.
func (s styleSet) id(key string) string { return s[key] }

// definition writes a style the template does not have. width is the text
// width, for the right tab stops; ns declares the namespace on the element
// (for a template whose styles part may bind another prefix).
// isDefault marks it as the default style of its kind.
func (st style) definition(set styleSet, width int, ns, isDefault bool) string {
	var b strings.Builder
	b.WriteString(`<w:style`)
	if ns {
		b.WriteString(` xmlns:w="` + nsW + `"`)
	}
	b.WriteString(` w:type="` + st.kind + `"`)
	if isDefault {
		b.WriteString(` w:default="1"`)
	}
	if custom(st) {
		b.WriteString(` w:customStyle="1"`)
	}
	fmt.Fprintf(&b, ` w:styleId="%s"><w:name w:val="%s"/>`, set.id(st.key), escaped(displayName(st)))
	if st.basedOn != "" {
		b.WriteString(`<w:basedOn w:val="` + set.id(st.basedOn) + `"/>`)
	}
	if st.next != "" {
		b.WriteString(`<w:next w:val="` + set.id(st.next) + `"/>`)
	}
	if st.kind != "table" && !isDefault {
		b.WriteString(`<w:qFormat/>`)
	}
	pPr := st.pPr
	if strings.Contains(pPr, "%[1]d") {
		pPr = fmt.Sprintf(pPr, width)
	}
	if st.outline > 0 {
		pPr += fmt.Sprintf(`<w:outlineLvl w:val="%d"/>`, st.outline-1)
	}
	if pPr != "" && st.kind == "paragraph" {
		b.WriteString(`<w:pPr>` + pPr + `</w:pPr>`)
	}
	if st.rPr != "" {
		b.WriteString(`<w:rPr>` + st.rPr + `</w:rPr>`)
	}
	if st.tblPr != "" {
		b.WriteString(`<w:tblPr>` + st.tblPr + `</w:tblPr>`)
	}
	b.WriteString(`</w:style>`)
	return b.String()
}

// custom reports the styles Word does not know by name.
func custom(st style) bool {
	switch st.key {
	case sTableText, sTableHead, sMarker, sPlainHeading:
		return true
	}
	return false
}

// displayName is the name written for a style of ours: Word's built-in
// names are written as Word writes them.
func displayName(st style) string {
	switch st.key {
	case sTableText:
		return "Table Text"
	case sTableHead:
		return "Table Heading"
	case sMarker:
		return "PAS Marker"
	case sPlainHeading:
		return "PAS Unnumbered Heading"
	case sCode:
		return "HTML Code"
	case sParaFont:
		return "Default Paragraph Font"
	case sTableNormal:
		return "Normal Table"
	}
	return st.names[0]
}

// defaultStyles returns styles.xml for a document without a template.
func defaultStyles(lang string, width int) []byte {
	set := styleSet{}
	for _, st := range styles {
		set[st.key] = st.ids[0]
	}
	var b strings.Builder
	b.WriteString(xmlPI + `<w:styles xmlns:w="` + nsW + `">`)
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr>` + langElement(lang, false) + `</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>`)
	for _, st := range styles {
		b.WriteString(st.definition(set, width, false, st.isDef))
	}
	b.WriteString(`</w:styles>`)
	return []byte(b.String())
}

// langElement is the language of the text, for spelling and hyphenation.
func langElement(lang string, ns bool) string {
	decl := ""
	if ns {
		decl = ` xmlns:w="` + nsW + `"`
	}
	return `<w:lang` + decl + ` w:val="` + escaped(lang) + `" w:eastAsia="` + escaped(lang) + `"/>`
}
