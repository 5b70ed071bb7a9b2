package pdf

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"

	"github.com/pas-editor/pas/pas/doc"
)

// Bookmark is a top-level entry of a PDF's outline: a heading's text and
// the page it is on (from 1).
type Bookmark struct {
	Title string
	Page  int
}

var (
	objectStart = regexp.MustCompile(`(?m)^(\d+) 0 obj\b`)
	refTo       = func(key string) *regexp.Regexp { return regexp.MustCompile(`/` + key + `\s*(\d+)\s+0\s+R`) }
	pagesRef    = refTo("Pages")
	outlinesRef = refTo("Outlines")
	firstRef    = refTo("First")
	nextRef     = refTo("Next")
	kidsList    = regexp.MustCompile(`/Kids\s*\[([^\]]*)\]`)
	refs        = regexp.MustCompile(`(\d+)\s+0\s+R`)
	destPage    = regexp.MustCompile(`/D(?:est)?\s*\[\s*(\d+)\s+0\s+R`)
	hexTitle    = regexp.MustCompile(`/Title\s*<([0-9A-Fa-f\s]*)>`)
	textTitle   = regexp.MustCompile(`/Title\s*\(((?:\\.|[^\\)])*)\)`)
)

// objects indexes the uncompressed objects of a PDF by number.
func objects(pdf []byte) map[int]string {
	out := map[int]string{}
	locs := objectStart.FindAllSubmatchIndex(pdf, -1)
	for i, l := range locs {
		end := len(pdf)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		n, _ := strconv.Atoi(string(pdf[l[2]:l[3]]))
		body := string(pdf[l[1]:end])
		if k := strings.Index(body, "endobj"); k >= 0 {
			body = body[:k]
		}
		if k := strings.Index(body, "stream"); k >= 0 {
			body = body[:k] // a content stream: only its dictionary matters here
		}
		out[n] = body
	}
	return out
}

// Outline returns the top-level bookmarks of a PDF as LibreOffice writes
// it (one bookmark per heading of the first outline level), with their
// pages; nil when the PDF has none or cannot be read this way.
func Outline(pdf []byte) []Bookmark {
	objs := objects(pdf)
	var catalog string
	for _, o := range objs {
		if strings.Contains(o, "/Type/Catalog") || strings.Contains(o, "/Type /Catalog") {
			catalog = o
		}
	}
	root, outlines := ref(pagesRef, catalog), ref(outlinesRef, catalog)
	page := map[int]int{}
	var walk func(n, depth int)
	walk = func(n, depth int) {
		o, ok := objs[n]
		if !ok || depth > 32 {
			return
		}
		m := kidsList.FindStringSubmatch(o)
		if m == nil {
			if _, seen := page[n]; !seen {
				page[n] = len(page) + 1
			}
			return
		}
		for _, r := range refs.FindAllStringSubmatch(m[1], -1) {
			k, _ := strconv.Atoi(r[1])
			walk(k, depth+1)
		}
	}
	walk(root, 0)
	var out []Bookmark
	seen := map[int]bool{}
	for n := ref(firstRef, objs[outlines]); n > 0 && !seen[n]; n = ref(nextRef, objs[n]) {
		seen[n] = true
		o := objs[n]
		out = append(out, Bookmark{Title: title(o), Page: page[ref(destPage, o)]})
	}
	return out
}

// ref returns the object number a key of a dictionary points at, 0 for none.
func ref(re *regexp.Regexp, dict string) int {
	m := re.FindStringSubmatch(dict)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// title decodes a bookmark's title: UTF-16 in hexadecimal as LibreOffice
// writes it, or a literal string.
func title(o string) string {
	if m := hexTitle.FindStringSubmatch(o); m != nil {
		h := strings.Join(strings.Fields(m[1]), "")
		var b []byte
		for i := 0; i+1 < len(h); i += 2 {
			v, _ := strconv.ParseUint(h[i:i+2], 16, 8)
			b = append(b, byte(v))
		}
		if len(b) >= 2 && b[0] == 0xfe && b[1] == 0xff {
			u := make([]uint16, 0, len(b)/2)
			for i := 2; i+1 < len(b); i += 2 {
				u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
			}
			return string(utf16.Decode(u))
		}
		return latin1(b)
	}
	if m := textTitle.FindStringSubmatch(o); m != nil {
		s := strings.NewReplacer(`\(`, "(", `\)`, ")", `\\`, `\`).Replace(m[1])
		return latin1([]byte(s))
	}
	return ""
}

func latin1(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

// HeadingPages finds on which page of a PDF made from the document each
// entry of its table of contents starts: by the text of the bookmarks,
// else by their order when there are as many.
func HeadingPages(d *doc.Document, pdf []byte) map[string]int {
	var entries []doc.TOCEntry
	for _, bl := range d.Blocks {
		if t, ok := bl.(*doc.TOC); ok {
			entries = append(entries, t.Entries...)
		}
	}
	marks := Outline(pdf)
	out := map[string]int{}
	used := make([]bool, len(marks))
	for _, e := range entries {
		want := fold(doc.PlainText(e.Content))
		for i, m := range marks {
			if !used[i] && m.Page > 0 && fold(m.Title) == want {
				out[e.Target], used[i] = m.Page, true
				break
			}
		}
	}
	if len(out) < len(entries) && len(marks) == len(entries) {
		for i, e := range entries {
			if marks[i].Page > 0 {
				out[e.Target] = marks[i].Page
			}
		}
	}
	return out
}

// fold compares texts whatever their spaces.
func fold(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}
