package grid

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"strings"
)

// zipParts reads the parts of an XLSX package by name.
func zipParts(data []byte) (*zip.Reader, map[string]*zip.File, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, nil, err
	}
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		parts[f.Name] = f
	}
	return zr, parts, nil
}

func readPart(parts map[string]*zip.File, name string) []byte {
	f := parts[name]
	if f == nil {
		return nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil
	}
	defer rc.Close()
	data, _ := io.ReadAll(io.LimitReader(rc, 1<<30))
	return data
}

type xmlRels struct {
	Rels []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	} `xml:"Relationship"`
}

type xmlWorkbookSheets struct {
	Sheets []struct {
		Name string `xml:"name,attr"`
		RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
	} `xml:"sheets>sheet"`
}

// workbookPart returns the path of the workbook part ("xl/workbook.xml").
func workbookPart(parts map[string]*zip.File) string {
	var rels xmlRels
	if xml.Unmarshal(readPart(parts, "_rels/.rels"), &rels) == nil {
		for _, r := range rels.Rels {
			if strings.HasSuffix(r.Type, "/officeDocument") {
				return strings.TrimPrefix(r.Target, "/")
			}
		}
	}
	return "xl/workbook.xml"
}

// sheetPart returns the path of a worksheet's part, or "".
func sheetPart(parts map[string]*zip.File, sheet string) string {
	wb := workbookPart(parts)
	var w xmlWorkbookSheets
	var rels xmlRels
	dir, base := path.Split(wb)
	if xml.Unmarshal(readPart(parts, wb), &w) != nil || xml.Unmarshal(readPart(parts, dir+"_rels/"+base+".rels"), &rels) != nil {
		return ""
	}
	for _, s := range w.Sheets {
		if s.Name != sheet {
			continue
		}
		for _, r := range rels.Rels {
			if r.ID == s.RID {
				if strings.HasPrefix(r.Target, "/") {
					return strings.TrimPrefix(r.Target, "/")
				}
				return path.Clean(dir + r.Target)
			}
		}
	}
	return ""
}

// sheetProtected reports whether a worksheet part turns sheet protection on.
func sheetProtected(data []byte) bool {
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := d.Token()
		if err != nil {
			return false
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "sheetProtection" {
			for _, a := range se.Attr {
				if a.Name.Local == "sheet" {
					return a.Value == "1" || a.Value == "true"
				}
			}
			return false
		}
	}
}

// replaceParts builds the answered workbook: the parts in repl are
// replaced, every other part is copied from the buyer's package byte for
// byte (compressed data included), in the buyer's order.
func replaceParts(orig []byte, repl map[string][]byte) ([]byte, error) {
	zr, _, err := zipParts(orig)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		data, ok := repl[f.Name]
		if !ok {
			if err := zw.Copy(f); err != nil {
				return nil, err
			}
			continue
		}
		h := f.FileHeader
		h.CompressedSize64, h.UncompressedSize64, h.CRC32 = 0, 0, 0
		h.Method = zip.Deflate
		w, err := zw.CreateHeader(&h)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
