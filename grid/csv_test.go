package grid

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
	"golang.org/x/text/encoding/charmap"
)

// csvGrid is a small grid as buyers export it to CSV: a title line, a
// header, a requirement whose text spans two lines, a short record that
// stops before the answer columns.
func csvGrid(sep string) string {
	rows := [][]string{
		{"Grille de conformité", "", "", "", ""},
		{"Réf.", "Exigence", "Niveau", "Conformité", "Commentaire"},
		{"C-1", `"La DMIA est de 2 heures ;` + "\n" + `la PDMA de 1 heure."`, "E", "", ""},
		{"C-2", "Les journaux de connexion sont conservés au moins six mois.", "O", "", ""},
		{"C-3", "Le taux de disponibilité est d'au moins 99,9 %.", "O"},
	}
	var lines []string
	for _, r := range rows {
		lines = append(lines, strings.Join(r, sep))
	}
	return strings.Join(lines, "\r\n") + "\r\n"
}

func TestCSVRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name, sep, enc string
		bom            bool
	}{
		{"semicolon windows-1252", ";", encWindows, false},
		{"comma utf-8", ",", encUTF8, false},
		{"semicolon utf-8 with BOM", ";", encUTF8, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := csvGrid(tc.sep)
			if tc.sep == "," {
				text = strings.ReplaceAll(text, "99,9 %", `99.9 %`)
			}
			data := []byte(text)
			if tc.enc == encWindows {
				var err error
				if data, err = charmap.Windows1252.NewEncoder().Bytes(data); err != nil {
					t.Fatal(err)
				}
			}
			if tc.bom {
				data = append(append([]byte{}, utf8BOM...), data...)
			}
			dir := t.TempDir()
			path := filepath.Join(dir, "grille.csv")
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			b, err := OpenBook(path)
			if err != nil {
				t.Fatal(err)
			}
			g, _, err := Import(b, Options{HeaderRow: 2, ID: "Réf.", Text: "Exigence", Priority: "Niveau", Status: "Conformité", Comment: "Commentaire"}, sections.Catalogue(), dir)
			if err != nil {
				t.Fatal(err)
			}
			if g.Source.Separator != tc.sep || g.Source.Encoding != tc.enc || len(g.Requirements) != 3 {
				t.Fatalf("source %+v, %d requirements", g.Source, len(g.Requirements))
			}
			if r := g.Requirements[0]; r.Text != "La DMIA est de 2 heures ;\nla PDMA de 1 heure." || r.Row != 3 {
				t.Errorf("multi-line cell read as %q (row %d)", r.Text, r.Row)
			}
			g.Requirements[0].Status, g.Requirements[0].Comment = Partial, "RTO de 4\u202fh ≤ 8 h; « voir § 18 »"
			g.Requirements[2].Status = Compliant
			out, rep, err := Export(b, g, ChapterReferences(sections.Catalogue()), pas.FR)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Statuses != 2 || rep.Comments != 1 {
				t.Errorf("report %+v", rep)
			}
			checkCSV(t, b.csv, out, tc.enc)
		})
	}
}

// checkCSV: every field but the answers keeps its bytes, the answers are
// written in the file's encoding.
func checkCSV(t *testing.T, before *csvFile, out []byte, enc string) {
	t.Helper()
	after, err := parseCSV(out)
	if err != nil {
		t.Fatal(err)
	}
	if after.encoding != enc || after.sep != before.sep || after.bom != before.bom || len(after.records) != len(before.records) {
		t.Fatalf("file changed shape: %s %q %v %d records", after.encoding, after.sep, after.bom, len(after.records))
	}
	answers := map[[2]int]string{{2, 3}: "Partiellement conforme", {2, 4}: "RTO de 4\u00a0h <= 8 h; « voir § 18 »", {4, 3}: "Conforme"}
	if enc == encUTF8 {
		answers[[2]int{2, 4}] = "RTO de 4\u202fh ≤ 8 h; « voir § 18 »"
	}
	for ri, rec := range after.records {
		for ci, f := range rec.fields {
			want, isAnswer := answers[[2]int{ri, ci}]
			switch {
			case isAnswer && f.value != want:
				t.Errorf("answer %d,%d = %q, want %q", ri, ci, f.value, want)
			case !isAnswer && ci < len(before.records[ri].fields):
				bf := before.records[ri].fields[ci]
				if !bytes.Equal(out[f.start:f.end], before.data[bf.start:bf.end]) {
					t.Errorf("field %d,%d changed: %q → %q", ri, ci, before.data[bf.start:bf.end], out[f.start:f.end])
				}
			}
		}
	}
	if enc == encWindows && (!bytes.Contains(out, []byte{'4', 0xA0, 'h'}) || bytes.Contains(out, []byte("\u202f"))) {
		t.Error("the narrow no-break space was not written as a Windows-1252 no-break space")
	}
	if !bytes.HasSuffix(out, []byte("\r\n")) || bytes.Count(out, []byte("\r\n")) != bytes.Count(before.data, []byte("\r\n")) {
		t.Error("line endings changed")
	}
}

// FuzzCSV: the parser never panics, and a file that parses keeps its
// bytes when nothing is patched.
func FuzzCSV(f *testing.F) {
	f.Add([]byte(csvGrid(";")))
	f.Add([]byte("a,\"b\"\"c\",d\n\"e\nf\",g"))
	f.Add([]byte("\"open"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := parseCSV(data)
		if err != nil {
			return
		}
		out, _ := c.patch(nil)
		if !bytes.Equal(out, data) {
			t.Errorf("an empty patch changed the file")
		}
		if len(c.records) > 0 {
			cells := map[int]map[int]string{0: {0: "x;\"y\"", 3: "z"}}
			if _, err := parseCSV(mustPatch(c, cells)); err != nil {
				t.Errorf("patched file does not parse: %v", err)
			}
		}
	})
}

func mustPatch(c *csvFile, cells map[int]map[int]string) []byte {
	out, _ := c.patch(cells)
	return out
}

// TestImportControlCharacters: a buyer's cell may hold control characters
// (a vertical tab for a line break typed in an old spreadsheet, a stray
// escape): the import keeps the text readable and the grid file it writes
// loads back.
func TestImportControlCharacters(t *testing.T) {
	data := "Réf.;Exigence;Niveau;Conformité;Commentaire\r\n" +
		"C-1\x1b;La DMIA est de 2 heures,\x0bla PDMA de 1 heure.\x1b[31m;E\x07;;\r\n" +
		"C-2;Les journaux sont conservés \xff six mois.;O;;\r\n"
	dir := t.TempDir()
	path := filepath.Join(dir, "grille.csv")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := OpenBook(path)
	if err != nil {
		t.Fatal(err)
	}
	g, _, err := Import(b, Options{HeaderRow: 1, ID: "A", Text: "B", Priority: "C", Status: "D", Comment: "E"}, sections.Catalogue(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if r := g.Requirements[0]; r.ID != "C-1" || r.Text != "La DMIA est de 2 heures,\nla PDMA de 1 heure." || r.Priority != "E" {
		t.Errorf("read as %q %q %q", r.ID, r.Text, r.Priority)
	}
	if _, err := Decode(Encode(g), filepath.Join(dir, "plan.grid.yaml"), sections.Catalogue()); err != nil {
		t.Errorf("the grid file does not load back: %v", err)
	}
}
