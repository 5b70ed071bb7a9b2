package tui

import (
	"github.com/pas-editor/pas/pas"
)

// The accessible mode's merge conflicts: the same resolutions as the
// full-screen editor's (pas.Plan.Resolve, ResolveYAML, ResolveString),
// asked one line at a time.

// conflictsNote says, on opening, how many merge conflicts the plan holds
// and how to resolve them.
func (a *prompter) conflictsNote() {
	if n := len(a.plan.Conflicts); n > 0 {
		them := pas.T("les résoudre", "resolve them")
		if n == 1 {
			them = pas.T("le résoudre", "resolve it")
		}
		a.line(pas.Textf("Ce plan garde %s : tapez « c » au menu pour %s.", "This plan holds %s: type \"c\" at the menu to %s.",
			pas.Count(n, "conflit de fusion", "conflits de fusion", "merge conflict", "merge conflicts"), them).In(a.lang))
	}
}

// conflicts walks the plan's merge conflicts: where each one is and its
// versions, resolved by taking one or by typing another; Enter alone
// leaves it for later, "<" goes back to the menu.
func (a *prompter) conflicts() {
	var paths []string
	for _, x := range a.plan.Conflicts {
		paths = append(paths, x.Path)
	}
	if len(paths) == 0 {
		a.line(a.t("Aucun conflit de fusion.", "No merge conflict."))
		return
	}
	for i, path := range paths {
		x := conflictAt(a.plan, path)
		if x == nil {
			continue
		}
		if !a.conflict(x, i+1, len(paths)) {
			return
		}
	}
	if n := len(a.plan.Conflicts); n > 0 {
		a.line(pas.Textf("%s à résoudre.", "%s to resolve.", pas.Count(n, "conflit reste", "conflits restent", "conflict remains", "conflicts remain")).In(a.lang))
	} else {
		a.line(a.t("Tous les conflits de fusion sont résolus.", "Every merge conflict is resolved."))
	}
}

// conflict asks how to resolve one conflict; it reports whether to go on
// with the next one.
func (a *prompter) conflict(x *pas.Conflict, at, of int) bool {
	c := &Context{Lang: a.lang, Cat: a.opt.Cat, Plan: a.plan}
	a.say("\n"+a.t("Conflit %d sur %d : %s", "Conflict %d of %d: %s"), at, of, conflictPlace(c, x.Path))
	a.say(a.t("1) la nôtre : %s", "1) ours: %s"), sideLine(c, x, pas.TakeOurs))
	a.say(a.t("2) la leur : %s", "2) theirs: %s"), sideLine(c, x, pas.TakeTheirs))
	a.say(a.t("3) la version commune : %s", "3) the common version: %s"), sideLine(c, x, pas.TakeBase))
	a.line(a.t("4) saisir une autre version", "4) type another version"))
	for {
		var err error
		switch a.ask(a.t("Choix (1 à 4 ; Entrée : plus tard ; « < » : menu) : ", "Choice (1 to 4; Enter: later; \"<\": menu): ")) {
		case "":
			return true
		case "<":
			return false
		case "1":
			err = a.plan.Resolve(x, pas.TakeOurs)
		case "2":
			err = a.plan.Resolve(x, pas.TakeTheirs)
		case "3":
			err = a.plan.Resolve(x, pas.TakeBase)
		case "4":
			err = a.typedResolution(x)
		default:
			a.line(a.t("Répondez 1, 2, 3 ou 4.", "Answer 1, 2, 3 or 4."))
			continue
		}
		if err != nil {
			a.say("%s", localizeErr(err, a.lang))
			continue
		}
		a.dirty = true
		a.line(a.t("Conflit résolu.", "Conflict resolved."))
		return true
	}
}

// typedResolution resolves a conflict with a version typed on one line:
// a text as it reads (notes, a justification), anything else as one line
// of YAML in the form of the versions shown; empty: nothing there.
func (a *prompter) typedResolution(x *pas.Conflict) error {
	if isTextConflict(x.Path) {
		return a.plan.ResolveString(x, a.ask(a.t("Texte à garder (vide : aucun) : ", "Text to keep (empty: none): ")))
	}
	return a.plan.ResolveYAML(x, a.ask(a.t("Version à garder, en YAML sur une ligne comme ci-dessus (vide : rien à cet endroit) : ",
		"Version to keep, as one line of YAML as above (empty: nothing there): ")))
}
