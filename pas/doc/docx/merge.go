package docx

import (
	"bytes"
	"encoding/xml"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// edit replaces the bytes [start, end) of a part.
type edit struct {
	start, end int
	text       string
}

// apply makes edits, given in any order and not overlapping.
func apply(data []byte, edits []edit) []byte {
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	var b bytes.Buffer
	last := 0
	for _, e := range edits {
		b.Write(data[last:e.start])
		b.WriteString(e.text)
		last = e.end
	}
	b.Write(data[last:])
	return b.Bytes()
}

// element is a located element of a part.
type element struct {
	name       xml.Name
	attrs      []xml.Attr
	start, end int // the whole element
	inner      int // end of its start tag
	close      int // start of its end tag
}

func (e *element) attr(local string) string {
	for _, a := range e.attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// scan walks a part's elements with their byte positions; visit gets
// each element when it ends, with its path of ancestors.
func scan(data []byte, visit func(e *element, path []*element)) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var stack []*element
	for {
		off := int(dec.InputOffset())
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch x := tok.(type) {
		case xml.StartElement:
			stack = append(stack, &element{name: x.Name, attrs: x.Attr, start: off, inner: int(dec.InputOffset())})
		case xml.EndElement:
			e := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			e.close, e.end = off, int(dec.InputOffset())
			if e.close < e.inner { // self-closing: the start tag holds it all
				e.close = e.inner
			}
			visit(e, stack)
		}
	}
}

func isW(e *element, local string) bool { return e.name.Space == nsW && e.name.Local == local }

// normName folds a style name for matching: lower case, single spaces.
func normName(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// mergeStyles keeps a template's styles, finds ours among them by name
// (then by id), adds the ones it lacks and sets the language of the text.
// set receives the id of each style. A part that cannot be read is
// replaced by the built-in styles.
func mergeStyles(data []byte, set styleSet, lang string, width int) []byte {
	type tplStyle struct {
		kind, id, name string
		isDef          bool
	}
	var found []tplStyle
	var root, defaults, rPrDefault, rPr, langEl *element
	var nameOf = map[*element]string{}
	err := scan(data, func(e *element, path []*element) {
		switch {
		case len(path) == 0:
			root = e
		case len(path) == 2 && isW(e, "name") && isW(path[1], "style"):
			nameOf[path[1]] = e.attr("val")
		case len(path) == 1 && isW(e, "style"):
			kind := e.attr("type")
			if kind == "" {
				kind = "paragraph"
			}
			def := e.attr("default")
			found = append(found, tplStyle{kind, e.attr("styleId"), normName(nameOf[e]), def == "1" || def == "true" || def == "on"})
		case len(path) == 1 && isW(e, "docDefaults"):
			defaults = e
		case len(path) == 2 && isW(e, "rPrDefault"):
			rPrDefault = e
		case len(path) == 3 && isW(e, "rPr") && isW(path[2], "rPrDefault"):
			rPr = e
		case len(path) == 4 && isW(e, "lang") && isW(path[2], "rPrDefault"):
			langEl = e
		}
	})
	if err != nil || root == nil || !isW(root, "styles") {
		for _, st := range styles {
			set[st.key] = st.ids[0]
		}
		return defaultStyles(lang, width)
	}
	ids, hasDefault := map[string]bool{}, map[string]bool{}
	for _, s := range found {
		ids[s.id] = true
		hasDefault[s.kind] = hasDefault[s.kind] || s.isDef
	}
	var missing []style
	for _, st := range styles {
		id := ""
		for _, s := range found {
			if s.kind == st.kind && contains(st.names, s.name) {
				id = s.id
				break
			}
		}
		for _, s := range found {
			if id == "" && s.kind == st.kind && contains(st.ids, s.id) {
				id = s.id
			}
		}
		if id == "" {
			id = st.ids[0]
			for ids[id] {
				id = "PAS" + id
			}
			ids[id] = true
			missing = append(missing, st)
		}
		set[st.key] = id
	}
	var edits []edit
	langXML := langElement(lang, true)
	switch {
	case langEl != nil:
		edits = append(edits, edit{langEl.start, langEl.end, langXML})
	case rPr != nil:
		edits = append(edits, edit{rPr.close, rPr.close, langXML})
	case rPrDefault != nil:
		edits = append(edits, edit{rPrDefault.close, rPrDefault.close, `<w:rPr xmlns:w="` + nsW + `">` + langXML + `</w:rPr>`})
	case defaults != nil:
		edits = append(edits, edit{defaults.inner, defaults.inner, `<w:rPrDefault xmlns:w="` + nsW + `"><w:rPr>` + langXML + `</w:rPr></w:rPrDefault>`})
	default:
		edits = append(edits, edit{root.inner, root.inner, `<w:docDefaults xmlns:w="` + nsW + `"><w:rPrDefault><w:rPr>` + langXML + `</w:rPr></w:rPrDefault></w:docDefaults>`})
	}
	var add strings.Builder
	for _, st := range missing {
		add.WriteString(st.definition(set, width, true, st.isDef && !hasDefault[st.kind]))
	}
	edits = append(edits, edit{root.close, root.close, add.String()})
	return apply(data, edits)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

var numIDs = regexp.MustCompile(`(?:abstractNumId|numId)="(\d+)"`)

// nextNumID returns an id free both as a numbering id and as an abstract
// numbering id in a numbering part.
func nextNumID(data []byte) int {
	n := 0
	for _, m := range numIDs.FindAllSubmatch(data, -1) {
		if v, err := strconv.Atoi(string(m[1])); err == nil && v > n && v < 1<<20 {
			n = v
		}
	}
	return n + 1
}

// insertNumbering adds an abstract numbering and its instance to a
// template's numbering part: abstract definitions come before instances.
func insertNumbering(data []byte, abstract, num string) []byte {
	var root, firstNum *element
	err := scan(data, func(e *element, path []*element) {
		switch {
		case len(path) == 0:
			root = e
		case len(path) == 1 && isW(e, "num") && firstNum == nil:
			firstNum = e
		}
	})
	if err != nil || root == nil || !isW(root, "numbering") {
		return []byte(xmlPI + `<w:numbering xmlns:w="` + nsW + `">` + abstract + num + `</w:numbering>`)
	}
	at := root.close
	if firstNum != nil {
		at = firstNum.start
	}
	return apply(data, []edit{{at, at, abstract}, {root.close, root.close, num}})
}

// patchFields writes the document's values as the results of a header's
// or footer's DOCPROPERTY, TITLE and SUBJECT fields, simple or complex, so
// that they show right before any field update. A part that cannot be
// read is kept as it is.
func patchFields(data []byte, values map[string]string) []byte {
	var edits []edit
	var simple []*element // text runs inside simple fields
	err := scan(data, func(e *element, path []*element) {
		if !isW(e, "t") {
			return
		}
		for _, a := range path {
			if isW(a, "fldSimple") {
				simple = append(simple, e)
				if v, ok := fieldValue(a.attr("instr"), values); ok {
					edits = append(edits, textEdit(data, e, v, firstIn(simple, a)))
				}
				return
			}
		}
	})
	if err != nil {
		return data
	}
	edits = append(edits, complexFieldEdits(data, values)...)
	return apply(data, edits)
}

// firstIn reports whether the last text run seen is the first one inside
// the simple field a, which has not ended yet.
func firstIn(runs []*element, a *element) bool {
	n := 0
	for _, r := range runs {
		if r.start > a.start {
			n++
		}
	}
	return n == 1
}

// textEdit replaces a w:t element's text: the value in the first run of a
// field's result, nothing in the others.
func textEdit(data []byte, t *element, value string, first bool) edit {
	text := ""
	if first {
		text = escaped(value)
	}
	if t.inner == t.end { // <w:t/>
		return edit{t.start, t.end, `<w:t xmlns:w="` + nsW + `" xml:space="preserve">` + text + `</w:t>`}
	}
	return edit{t.inner, t.close, text}
}

// complexFieldEdits handles fields written as begin / instruction /
// separate / result / end runs.
func complexFieldEdits(data []byte, values map[string]string) []edit {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var edits []edit
	depth, phase := 0, 0 // phase: 1 instruction, 2 result
	var instr strings.Builder
	value, ok, first := "", false, false
	inInstr := false
	var tStart, tInner int
	for {
		off := int(dec.InputOffset())
		tok, err := dec.Token()
		if err != nil {
			return edits
		}
		switch x := tok.(type) {
		case xml.StartElement:
			if x.Name.Space != nsW {
				continue
			}
			switch x.Name.Local {
			case "fldChar":
				switch attrOf(x, "fldCharType") {
				case "begin":
					depth++
					if depth == 1 {
						phase = 1
						instr.Reset()
					}
				case "separate":
					if depth == 1 {
						phase = 2
						value, ok = fieldValue(instr.String(), values)
						first = true
					}
				case "end":
					if depth == 1 {
						phase, ok = 0, false
					}
					depth = max(depth-1, 0)
				}
			case "instrText":
				inInstr = depth == 1 && phase == 1
			case "t":
				tStart, tInner = off, int(dec.InputOffset())
			}
		case xml.CharData:
			if inInstr {
				instr.Write(x)
			}
		case xml.EndElement:
			switch {
			case x.Name.Space == nsW && x.Name.Local == "instrText":
				inInstr = false
			case x.Name.Space == nsW && x.Name.Local == "t" && depth == 1 && phase == 2 && ok:
				t := &element{start: tStart, inner: tInner, close: off, end: int(dec.InputOffset())}
				if t.close < t.inner {
					t.close = t.inner
				}
				edits = append(edits, textEdit(data, t, value, first))
				first = false
			}
		}
	}
}

func attrOf(s xml.StartElement, local string) string {
	for _, a := range s.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// fieldValue returns the value a field instruction shows, when it is one
// of the document's properties.
func fieldValue(instr string, values map[string]string) (string, bool) {
	f := strings.Fields(instr)
	if len(f) == 0 {
		return "", false
	}
	switch strings.ToUpper(f[0]) {
	case "DOCPROPERTY":
		if len(f) < 2 {
			return "", false
		}
		v, ok := values[strings.ToLower(strings.Trim(f[1], `"`))]
		return v, ok
	case "TITLE":
		return values["title"], true
	case "SUBJECT":
		return values["subject"], true
	}
	return "", false
}
