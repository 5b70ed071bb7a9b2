package tui

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// RunAccessible edits a plan with plain line prompts, one question at a
// time, for screen readers and dumb terminals. Every answer goes through
// the same parsers as the full-screen editor, so the same answers give the
// same plan. The end of the input aborts without saving (ErrAborted).
func RunAccessible(opt Options, in io.Reader, out io.Writer) error {
	a := &prompter{opt: opt, in: bufio.NewScanner(in), out: out}
	a.in.Buffer(make([]byte, 64*1024), 1024*1024)
	return a.run()
}

// prompter is the accessible mode's state.
type prompter struct {
	opt   Options
	in    *bufio.Scanner
	out   io.Writer
	lang  pas.Lang
	plan  *pas.Plan
	dirty bool
	disk  diskState // the plan file as opened or last saved
}

// errEOF ends the session when the input ends.
type errEOF struct{}

func (errEOF) Error() string { return "end of input" }

func (a *prompter) t(fr, en string) string { return pas.T(fr, en).In(a.lang) }

// say prints a formatted line, made safe for a terminal: it may hold
// plan text.
func (a *prompter) say(format string, args ...any) { a.line(fmt.Sprintf(format, args...)) }

// line prints a line, made safe for a terminal.
func (a *prompter) line(s string) { fmt.Fprintln(a.out, sanitize(s)) }

// ask prints a prompt and reads one line; the end of the input panics
// with errEOF, caught by run.
func (a *prompter) ask(prompt string) string {
	fmt.Fprint(a.out, sanitize(prompt))
	if !a.in.Scan() {
		panic(errEOF{})
	}
	return strings.TrimSpace(a.in.Text())
}

func (a *prompter) run() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(errEOF); !ok {
				panic(r)
			}
			a.line("\n" + a.t("Fin de l'entrée : rien n'a été enregistré.", "End of input: nothing was saved."))
			err = ErrAborted
		}
	}()
	a.lang = a.opt.Lang
	if a.lang == "" {
		a.lang = a.opt.EnvLang
	}
	if fileExists(a.opt.Path) {
		p, err := pas.Load(a.opt.Path, a.opt.Cat)
		if err != nil {
			return err
		}
		a.plan = p
	} else {
		a.plan = a.startPlan()
	}
	a.disk, _, _ = readDisk(a.opt.Path)
	if a.opt.Lang == "" {
		a.lang = a.plan.Lang
	}
	a.line(a.t("Mode accessible. Entrée seule garde la valeur actuelle ; « - » l'efface ; « ? » répète l'aide ; « < » revient au menu ; « !c » marque la valeur à confirmer ; « !o » pose une question ouverte ; « !s » reprend la suggestion.",
		"Accessible mode. Enter alone keeps the current value; \"-\" clears it; \"?\" repeats the help; \"<\" goes back to the menu; \"!c\" marks the value to confirm; \"!o\" asks an open question; \"!s\" applies the suggestion."))
	a.conflictsNote()
	return a.menu()
}

// startPlan asks how to start when the file does not exist.
func (a *prompter) startPlan() *pas.Plan {
	a.say(a.t("%s n'existe pas encore.", "%s does not exist yet."), a.opt.Path)
	for {
		l := a.ask(a.t("Langue du plan (fr, en) : ", "Plan language (fr, en): "))
		if lang, ok := pas.ParseLang(l); ok {
			a.lang = lang
			break
		}
		a.line(a.t("Répondez fr ou en.", "Answer fr or en."))
	}
	a.line(a.t("1) Nouveau plan vide\n2) Partir de l'exemple intégré\n3) Partir d'un autre plan", "1) New empty plan\n2) Start from the built-in example\n3) Start from another plan"))
	for {
		switch a.ask(a.t("Choix (1, 2 ou 3) : ", "Choice (1, 2 or 3): ")) {
		case "1":
			a.dirty = true
			return pas.NewPlan(a.opt.Cat, a.lang)
		case "2":
			if p, err := pas.Decode(a.opt.Example(a.lang), "example", a.opt.Cat); err == nil {
				p.Lang, a.dirty = a.lang, true
				return p
			}
		default:
			a.line(a.t("Répondez 1, 2 ou 3.", "Answer 1, 2 or 3."))
		case "3":
			path := a.ask(a.t("Chemin du plan : ", "Plan path: "))
			p, err := pas.Load(path, a.opt.Cat)
			if err == nil { // a new plan: the files it names seen from its place, nothing pinned yet
				p.Relocate(path, a.opt.Path)
				err = p.Thaw(a.opt.Path)
			}
			if err != nil {
				a.say("%s", localizeErr(err, a.lang))
				continue
			}
			p.Lang, a.dirty = a.lang, true
			return p
		}
	}
}

func localizeErr(err error, l pas.Lang) string {
	if le, ok := err.(*pas.LoadError); ok {
		return le.Localize(l)
	}
	return err.Error()
}

// menu lists the chapters and runs the chosen one, until quit.
func (a *prompter) menu() error {
	nums := pas.ChapterNumbers(a.opt.Cat)
	for {
		a.line("\n" + a.t("Chapitres :", "Chapters:"))
		for i, s := range a.opt.Cat.Sections {
			state := a.t("applicable", "applies")
			if !a.plan.Applicable(s) {
				state = a.t("non applicable", "not applicable")
			} else if pr := a.plan.Progress(s); pr.Required > 0 {
				state = fmt.Sprintf(a.t("%d sur %d", "%d of %d"), pr.Answered, pr.Required)
			}
			title := s.Title.In(a.lang)
			if n := nums[s.ID]; n > 0 {
				title = strconv.Itoa(n) + ". " + title
			}
			a.say("%d) %s (%s)", i+1, title, state)
		}
		prompt := a.t("Numéro du chapitre, « a N » non applicable, « i N » notes internes, « s » enregistrer, « q » quitter : ",
			"Chapter number, \"a N\" not applicable, \"i N\" internal notes, \"s\" save, \"q\" quit: ")
		if len(a.plan.Conflicts) > 0 {
			prompt = a.t("Numéro du chapitre, « a N » non applicable, « i N » notes internes, « c » conflits de fusion, « s » enregistrer, « q » quitter : ",
				"Chapter number, \"a N\" not applicable, \"i N\" internal notes, \"c\" merge conflicts, \"s\" save, \"q\" quit: ")
		}
		cmd := a.ask(prompt)
		verb, arg, _ := strings.Cut(cmd, " ")
		switch {
		case cmd == "": // the chapters again
		case cmd == "c":
			a.conflicts()
		case cmd == "s":
			a.save()
		case cmd == "q":
			if a.quit() {
				return nil
			}
		case (verb == "a" || verb == "i") && a.chapter(arg) != nil:
			if verb == "a" {
				a.notApplicable(a.chapter(arg))
			} else {
				a.notes(a.chapter(arg))
			}
		case a.chapter(cmd) != nil:
			a.section(a.chapter(cmd))
		default:
			a.line(a.t("Réponse non comprise.", "Answer not understood."))
		}
	}
}

// chapter returns the section numbered n in the menu, or nil.
func (a *prompter) chapter(n string) *pas.Section {
	i, err := strconv.Atoi(strings.TrimSpace(n))
	if err != nil || i < 1 || i > len(a.opt.Cat.Sections) {
		return nil
	}
	return a.opt.Cat.Sections[i-1]
}

// notApplicable marks a chapter not applicable, with its justification,
// or applicable again.
func (a *prompter) notApplicable(s *pas.Section) {
	if d := a.plan.Data(s.ID); d != nil && d.NA != nil {
		a.plan.Edit(s.ID).NA = nil
		a.dirty = true
		a.say(a.t("« %s » s'applique de nouveau.", "\"%s\" applies again."), s.Title.In(a.lang))
		return
	}
	for {
		why := a.ask(a.t("Pourquoi ce chapitre ne s'applique-t-il pas ? ", "Why does this chapter not apply? "))
		if why != "" {
			a.plan.Edit(s.ID).NA = &pas.NA{Justification: why}
			a.dirty = true
			return
		}
		a.line(a.t("Une justification est obligatoire.", "A justification is required."))
	}
}

// notes replaces a chapter's internal notes (one line; "\n" for a break).
func (a *prompter) notes(s *pas.Section) {
	if d := a.plan.Data(s.ID); d != nil && d.Notes != "" {
		a.say(a.t("Notes actuelles : %s", "Current notes: %s"), promptText.Replace(d.Notes))
	}
	text := a.ask(a.t("Notes internes (jamais dans le document ; Entrée : inchangées, « - » : effacer) : ", "Internal notes (never in the document; Enter: unchanged, \"-\": clear): "))
	switch text {
	case "":
		return
	case "-":
		text = ""
	}
	a.plan.Edit(s.ID).Notes = strings.ReplaceAll(text, `\n`, "\n")
	a.dirty = true
}

func (a *prompter) save() {
	path, ok := a.savePath()
	if !ok {
		return
	}
	if err := writePlan(path, a.plan, a.opt.Today()); err != nil {
		a.say("%s", saveError(a.lang, err))
		if !docOnly(err) {
			return
		}
	}
	a.opt.Path, a.dirty = path, false
	a.disk, _, _ = readDisk(path)
	a.say(a.t("Enregistré : %s et %s", "Saved: %s and %s"), path, pas.MarkdownPath(path))
}

// savePath is where to save: the plan's file, unless it changed on disk
// since it was opened; then the user chooses to overwrite it, to save
// under another name, or not to save.
func (a *prompter) savePath() (string, bool) {
	now, _, err := readDisk(a.opt.Path)
	if err != nil || !now.exists || now.sameContent(a.disk) {
		return a.opt.Path, true
	}
	a.say(a.t("%s a été modifié hors de l'éditeur depuis son ouverture (un git pull, un autre éditeur…).",
		"%s was changed outside the editor since it was opened (a git pull, another editor…)."), a.opt.Path)
	for {
		switch in := a.ask(a.t("« e » l'écraser, un autre nom de fichier pour y enregistrer, Entrée : ne pas enregistrer : ",
			"\"o\" overwrites it, another file name saves there, Enter: do not save: ")); {
		case in == "":
			a.line(a.t("Rien n'a été enregistré.", "Nothing was saved."))
			return "", false
		case in == a.t("e", "o"):
			return a.opt.Path, true
		case fileExists(in):
			a.line(a.t("Ce fichier existe déjà : choisissez un autre nom.", "This file exists already: choose another name."))
		default:
			return in, true
		}
	}
}

// quit asks about unsaved changes; it reports whether to leave.
func (a *prompter) quit() bool {
	if !a.dirty {
		return true
	}
	for {
		switch strings.ToLower(a.ask(a.t("Modifications non enregistrées. Enregistrer avant de quitter ? (o, n, annuler) : ", "Unsaved changes. Save before quitting? (y, n, cancel): "))) {
		case "o", "oui", "y", "yes":
			a.save()
			return !a.dirty
		case "n", "non", "no":
			return true
		case "annuler", "cancel", "a", "c":
			return false
		}
	}
}

// section walks a chapter's questions one by one.
func (a *prompter) section(s *pas.Section) {
	a.say("\n== %s ==", s.Title.In(a.lang))
	if ok, why := a.plan.Applicability(s); !ok {
		a.say(a.t("Non applicable : %s", "Not applicable: %s"), why.In(a.lang))
		return
	}
	if intro := s.Intro.In(a.lang); intro != "" {
		a.say("%s", intro)
	}
	for _, f := range s.Fields {
		if !a.plan.Active(f, nil) {
			continue
		}
		var back bool
		if f.Kind == pas.KList {
			back = a.list(f)
		} else {
			back = a.field(f, nil)
		}
		if back {
			return
		}
	}
}
