package docx_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/internal/readers"
	"github.com/pas-editor/pas/pas/doc/docx"
	"github.com/pas-editor/pas/pas/doc/internal/sample"
)

const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// companyTemplate builds a company template as Word or LibreOffice save
// one: its "heading 1" style (named name, id Titre1) in Georgia and red,
// numbered; a header showing the reference and the marking through
// DOCPROPERTY fields, and a logo; a theme; a numbering part; 2.5 cm
// margins.
func companyTemplate(t *testing.T, name string) []byte {
	t.Helper()
	files := []struct{ name, data string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Default Extension="png" ContentType="image/png"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"/>` +
			`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
			`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
			`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
			`<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
			`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>` +
			`<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document ` + w + `><w:body><w:p><w:r><w:t>Modèle</w:t></w:r></w:p>` +
			`<w:sectPr><w:headerReference w:type="default" r:id="rId10"/><w:pgSz w:w="11906" w:h="16838"/>` +
			`<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`},
		{"word/styles.xml", `<?xml version="1.0" encoding="UTF-8"?><w:styles ` + w + `>` +
			`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault></w:docDefaults>` +
			`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="` + name + `"/><w:basedOn w:val="Normal"/>` +
			`<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr>` +
			`<w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:color w:val="FF0000"/><w:sz w:val="40"/></w:rPr></w:style></w:styles>`},
		{"word/numbering.xml", `<?xml version="1.0" encoding="UTF-8"?><w:numbering ` + w + `><w:abstractNum w:abstractNumId="0">` +
			`<w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`},
		{"word/header1.xml", `<?xml version="1.0" encoding="UTF-8"?><w:hdr ` + w + `><w:p>` +
			`<w:fldSimple w:instr=" DOCPROPERTY  Reference  \* MERGEFORMAT "><w:r><w:t>REF</w:t></w:r></w:fldSimple>` +
			`<w:r><w:t xml:space="preserve"> – </w:t></w:r>` +
			`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DOCPROPERTY "Marking" </w:instrText></w:r>` +
			`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>MARK</w:t></w:r><w:r><w:t>ING</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
			`<w:r><w:t xml:space="preserve"> Logo</w:t></w:r></w:p></w:hdr>`},
		{"word/_rels/header1.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/logo.png"/></Relationships>`},
		{"word/media/logo.png", "\x89PNG\r\n\x1a\nlogo"},
		{"word/theme/theme1.xml", `<?xml version="1.0" encoding="UTF-8"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Entreprise"/>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		fw, err := zw.Create(f.name)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write([]byte(f.data))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestTemplate: the company template's heading style, found by its name
// (Word's built-in "heading 1", or "Titre 1" in a French template), is the
// one the headings use; its header, logo, theme and numbering come along,
// with the plan's values in the header's fields.
func TestTemplate(t *testing.T) {
	for _, name := range []string{"heading 1", "Titre 1"} {
		t.Run(name, func(t *testing.T) {
			out := write(t, sample.Document(), docx.Options{Template: companyTemplate(t, name)})
			ps := parts(t, out)
			wellFormed(t, ps)
			body := string(ps["word/document.xml"])
			if !strings.Contains(body, `<w:pStyle w:val="Titre1"/>`) || strings.Contains(body, `<w:pStyle w:val="Heading1"/>`) {
				t.Error("chapters do not use the template's heading style")
			}
			styles := string(ps["word/styles.xml"])
			if strings.Count(styles, `w:styleId="Titre1"`) != 1 || !strings.Contains(styles, `<w:color w:val="FF0000"/>`) {
				t.Error("the template's heading style is not kept as it is")
			}
			if !strings.Contains(styles, `w:styleId="TableText"`) || strings.Contains(styles, `w:val="en-US"`) || !strings.Contains(styles, `w:val="fr-FR"`) {
				t.Error("missing styles not added, or language not set to fr-FR")
			}
			header := string(ps["word/header1.xml"])
			if !strings.Contains(header, ">PAS-01<") || !strings.Contains(header, ">Secret des affaires<") || strings.Contains(header, "MARK") || strings.Contains(header, "ING<") {
				t.Errorf("header fields do not show the plan's values: %s", header)
			}
			for _, p := range []string{"word/media/logo.png", "word/_rels/header1.xml.rels", "word/theme/theme1.xml", "word/footer-pas.xml"} {
				if _, ok := ps[p]; !ok {
					t.Errorf("%s missing", p)
				}
			}
			if _, ok := ps["word/header-pas.xml"]; ok {
				t.Error("our header added beside the template's")
			}
			num := string(ps["word/numbering.xml"])
			if !strings.Contains(num, `w:abstractNumId="0"`) || !strings.Contains(num, `w:numId="2"`) {
				t.Errorf("numbering not merged: %s", num)
			}
			if !strings.Contains(body, `w:left="1417"`) {
				t.Error("the template's margins are not used")
			}
			if !bytes.Equal(out, write(t, sample.Document(), docx.Options{Template: companyTemplate(t, name)})) {
				t.Error("same tree and template, different bytes")
			}
			checkTemplateWithPythonDocx(t, out)
		})
	}
}

// checkTemplateWithPythonDocx reads the result with python-docx: the
// chapters' style is the template's, in Georgia and red, and the header
// shows the plan's reference and marking.
func checkTemplateWithPythonDocx(t *testing.T, data []byte) {
	path := filepath.Join(t.TempDir(), "out.docx")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	got := readers.RunPython(t, `import sys, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
p = [p for p in d.paragraphs if p.text == "1. Contexte"][0]
print(p.style.style_id, p.style.font.name, p.style.font.color.rgb)
# field results included: python-docx's paragraph text leaves out simple fields
print("".join(t.text or "" for t in d.sections[0].header._element.iter(qn("w:t"))))
`, path)
	if want := "Titre1 Georgia FF0000\nPAS-01 – Secret des affaires Logo"; got != want {
		t.Errorf("python-docx reads:\n%s\nwant:\n%s", got, want)
	}
}

// TestTemplateRefused: a file that is not a Word document gives
// ErrTemplate, never a panic.
func TestTemplateRefused(t *testing.T) {
	for name, data := range map[string][]byte{
		"not a zip":   []byte("%PDF-1.7"),
		"empty zip":   {0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
		"no document": zipOf(t, map[string]string{"[Content_Types].xml": `<Types/>`}),
	} {
		if _, err := docx.Write(sample.Document(), docx.Options{Template: data}); !errors.Is(err, docx.ErrTemplate) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func zipOf(t *testing.T, files map[string]string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range files {
		fw, _ := zw.Create(name)
		fw.Write([]byte(data))
	}
	zw.Close()
	return buf.Bytes()
}
