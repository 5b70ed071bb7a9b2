package main

import (
	"context"
	"errors"
	"path/filepath"
	"strings"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/pas/doc"
	"github.com/pas-editor/pas/pas/doc/docx"
	"github.com/pas-editor/pas/pas/doc/html"
	"github.com/pas-editor/pas/pas/doc/markdown"
	"github.com/pas-editor/pas/pas/doc/pdf"
)

// formats are the document formats pas render writes, with their file
// extension.
var formats = map[string]string{"md": ".md", "docx": ".docx", "html": ".html", "pdf": ".pdf"}

// documentFormat returns the format asked for: --format, else the output
// file's extension, else Markdown.
func documentFormat(format, out string) (string, error) {
	if format == "" {
		ext := strings.ToLower(filepath.Ext(out))
		for f, e := range formats {
			if e == ext || ext == ".markdown" && f == "md" || ext == ".htm" && f == "html" {
				return f, nil
			}
		}
		return "md", nil
	}
	format = strings.ToLower(format)
	if format == "markdown" {
		format = "md"
	}
	if _, ok := formats[format]; !ok {
		return "", usageErr("--format : md, docx, html ou pdf, pas « %s »", "--format: md, docx, html or pdf, not %q", format)
	}
	return format, nil
}

// maxTemplateSize bounds the company template pas reads (logos included).
const maxTemplateSize = 64 << 20

// rendered is a document in one format, with what the run learnt of it.
type rendered struct {
	data     []byte
	pages    int    // number of pages, when the format is paged and known
	limit    int    // page limit of the plan, 0 for none
	template string // company template used, "" for none
}

// reportDocument says what the run learnt of the document: the template
// used, the number of pages and whether they exceed the plan's limit.
func (a *app) reportDocument(r rendered) {
	if r.template != "" {
		a.say("Modèle : %s", "Template: %s", r.template)
	}
	switch {
	case r.pages == 1:
		a.say("1 page", "1 page")
	case r.pages > 1:
		a.say("%d pages", "%d pages", r.pages)
	}
	if r.limit > 0 && r.pages == 0 { // Word lays out the pages: only the PDF is counted
		a.say("Limite de %d pages fixée dans le plan : le nombre de pages se vérifie sur le PDF (pas render --format pdf)",
			"Page limit of %d set in the plan: the page count is checked on the PDF (pas render --format pdf)", r.limit)
	}
	if r.limit > 0 && r.pages > r.limit {
		a.say("Attention : %d pages, au-delà de la limite de %d fixée dans le plan (cover.submission.page_limit)",
			"Warning: %d pages, beyond the limit of %d set in the plan (cover.submission.page_limit)", r.pages, r.limit)
	}
}

// renderFormat writes the tree in a format. The template is --template,
// else the plan's, relative to the plan's folder.
func (a *app) renderFormat(tree *doc.Document, format, template, planPath string) (rendered, error) {
	switch format {
	case "md":
		return rendered{data: markdown.Write(tree)}, nil
	case "html":
		return rendered{data: html.Write(tree)}, nil
	}
	r := rendered{template: template, limit: tree.Meta.PageLimit}
	if r.template == "" && tree.Meta.Template != "" {
		r.template = tree.Meta.Template
		if !filepath.IsAbs(r.template) {
			r.template = filepath.Join(filepath.Dir(planPath), r.template)
		}
	}
	var opt docx.Options
	if r.template != "" {
		data, err := pas.ReadRegularFile(r.template, maxTemplateSize)
		if err != nil {
			var fe *pas.FileError
			if errors.As(err, &fe) {
				return r, &exitError{code: exitUsage, msg: pas.Textf("modèle Word illisible : %s", "cannot read template %s", pas.T(fe.Localize(pas.FR), fe.Localize(pas.EN)))}
			}
			return r, err
		}
		opt.Template = data
	}
	data, err := docx.Write(tree, opt)
	if err != nil {
		if errors.Is(err, docx.ErrTemplate) {
			return r, usageErr("modèle %s inutilisable : ce n'est pas un document Word (.docx ou .dotx) lisible (%v)",
				"template %s cannot be used: it is not a readable Word document (.docx or .dotx) (%v)", r.template, err)
		}
		return r, err
	}
	if format == "docx" {
		r.data = data
		return r, nil
	}
	soffice, ok := pdf.FindLibreOffice(a.getenv)
	if !ok {
		return r, usageErr("LibreOffice est introuvable : installez-le (paquet libreoffice-writer) pour produire un PDF, ou produisez le HTML (--format html) et imprimez-le en PDF depuis un navigateur",
			"LibreOffice was not found: install it (package libreoffice-writer) to produce a PDF, or render HTML (--format html) and print it to PDF from a browser")
	}
	// A first conversion lays the pages out; the second one shows the
	// pages of the chapters in the table of contents.
	first, err := pdf.Convert(context.Background(), soffice, data)
	if err == nil {
		opt.Pages = pdf.HeadingPages(tree, first)
		r.data = first
		if data, err = docx.Write(tree, opt); err == nil && len(opt.Pages) > 0 {
			r.data, err = pdf.Convert(context.Background(), soffice, data)
		}
	}
	if err != nil {
		return r, &exitError{code: exitUsage, msg: pas.Textf("conversion en PDF impossible : %v", "PDF conversion failed: %v", err)}
	}
	r.pages = pdf.Pages(r.data)
	return r, nil
}
