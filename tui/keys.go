package tui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/pas-editor/pas/pas"
)

// KeyMap is the one place keys are bound; the same bindings drive matching
// and the help line, in the editor's language.
type KeyMap struct {
	Save, Quit, ForceQuit, Help, NextPane, PrevPane, Preview, NextItem  key.Binding
	ClientView, Workshop, Undo, Redo, Search, PrevItem, Requirements    key.Binding
	Up, Down, Left, Right, PageUp, PageDown, Top, Bottom, Open, Back    key.Binding
	Edit, Clear, ToConfirm, OpenQuestion, Notes, NotApplicable, Suggest key.Binding
	Accept, Cancel, Toggle, ExternalEditor, NewLine                     key.Binding
	Add, Duplicate, Delete, MoveUp, MoveDown, Template                  key.Binding
	RACINone, ConfirmRow, ConfirmAll, HelpTyping, ClearLine, Waive      key.Binding
	StandardValue, MergeConflicts                                       key.Binding
	Override, Revert, MakeOwn                                           key.Binding // the facts library
}

// NewKeyMap builds the bindings with help texts in a language.
func NewKeyMap(l pas.Lang) KeyMap {
	b := func(keys []string, disp, fr, en string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(disp, pas.T(fr, en).In(l)))
	}
	k := func(fr, en string) string { return pas.T(fr, en).In(l) }
	return KeyMap{
		Save:           b([]string{"ctrl+s"}, "ctrl+s", "enregistrer", "save"),
		Quit:           b([]string{"q"}, "q", "quitter", "quit"),
		ForceQuit:      b([]string{"ctrl+c"}, "ctrl+c", "quitter", "quit"),
		Help:           b([]string{"?", "f1"}, "?", "aide", "help"),
		HelpTyping:     b([]string{"f1"}, "f1", "aide", "help"),
		ClearLine:      b([]string{"ctrl+u"}, "ctrl+u", "effacer la saisie", "clear the input"),
		Waive:          b([]string{"W"}, "W", "dérogation à un constat", "waive a finding"),
		NextPane:       b([]string{"tab"}, "tab", "volet suivant", "next pane"),
		PrevPane:       b([]string{"shift+tab"}, k("maj+tab", "shift+tab"), "volet précédent", "previous pane"),
		Preview:        b([]string{"p"}, "p", "aperçu plein écran", "full preview"),
		NextItem:       b([]string{"n"}, "n", "élément suivant à traiter", "next item to fix"),
		PrevItem:       b([]string{"N"}, "N", "élément précédent à traiter", "previous item to fix"),
		ClientView:     b([]string{"v"}, "v", "vue client", "client view"),
		Workshop:       b([]string{"w"}, "w", "mode atelier", "workshop mode"),
		Requirements:   b([]string{"E"}, "E", "exigences de l'acheteur", "buyer's requirements"),
		Undo:           b([]string{"u", "ctrl+z"}, "u", "annuler", "undo"),
		Redo:           b([]string{"U", "ctrl+y"}, "U", "rétablir", "redo"),
		Search:         b([]string{"/"}, "/", "rechercher", "search"),
		Up:             b([]string{"up", "k"}, "↑/k", "monter", "up"),
		Down:           b([]string{"down", "j"}, "↓/j", "descendre", "down"),
		Left:           b([]string{"left", "h"}, "←/h", "gauche", "left"),
		Right:          b([]string{"right", "l"}, "→/l", "droite", "right"),
		PageUp:         b([]string{"pgup"}, k("pg.préc", "pgup"), "page précédente", "page up"),
		PageDown:       b([]string{"pgdown"}, k("pg.suiv", "pgdn"), "page suivante", "page down"),
		Top:            b([]string{"home", "g"}, "g", "début", "top"),
		Bottom:         b([]string{"end", "G"}, "G", "fin", "bottom"),
		Open:           b([]string{"enter"}, k("entrée", "enter"), "ouvrir", "open"),
		Back:           b([]string{"esc"}, k("échap", "esc"), "retour", "back"),
		Edit:           b([]string{"enter", "e"}, k("entrée", "enter"), "modifier", "edit"),
		Clear:          b([]string{"delete", "backspace", "d"}, k("suppr", "del"), "effacer la valeur", "clear value"),
		ToConfirm:      b([]string{"c"}, "c", "à confirmer / engagé", "to confirm / committed"),
		OpenQuestion:   b([]string{"o"}, "o", "question ouverte", "open question"),
		Notes:          b([]string{"i"}, "i", "notes internes", "internal notes"),
		Suggest:        b([]string{"s"}, "s", "reprendre la suggestion", "apply the suggestion"),
		NotApplicable:  b([]string{"a"}, "a", "non applicable", "not applicable"),
		Accept:         b([]string{"enter"}, k("entrée", "enter"), "valider", "accept"),
		Cancel:         b([]string{"esc"}, k("échap", "esc"), "annuler", "cancel"),
		Toggle:         b([]string{" ", "space"}, k("espace", "space"), "cocher", "toggle"),
		ExternalEditor: b([]string{"ctrl+e"}, "ctrl+e", "éditeur externe", "external editor"),
		NewLine:        b([]string{"ctrl+j"}, "ctrl+j", "nouvelle ligne", "new line"),
		Add:            b([]string{"+", "insert"}, "+", "ajouter", "add"),
		Duplicate:      b([]string{"D"}, "D", "dupliquer", "duplicate"),
		Delete:         b([]string{"x", "delete"}, "x", "supprimer", "delete"),
		MoveUp:         b([]string{"K", "alt+up"}, "K", "remonter", "move up"),
		MoveDown:       b([]string{"J", "alt+down"}, "J", "descendre", "move down"),
		Template:       b([]string{"T"}, "T", "activités types", "standard activities"),
		RACINone:       b([]string{"-", "0", "space", " "}, "-", "aucune lettre", "no letter"),
		ConfirmRow:     b([]string{"y"}, "y", "valider la ligne proposée", "confirm the row"),
		ConfirmAll:     b([]string{"Y"}, "Y", "valider toutes les lignes proposées", "confirm every proposed row"),
		StandardValue:  b([]string{"b"}, "b", "valeur du PAS standard", "standard PAS value"),
		MergeConflicts: b([]string{"m"}, "m", "conflits de fusion", "merge conflicts"),
		Override:       b([]string{"L"}, "L", "modifier dans ce plan", "override in this plan"),
		Revert:         b([]string{"R"}, "R", "reprendre la bibliothèque", "revert to the library"),
		MakeOwn:        b([]string{"C"}, "C", "rendre propre au plan", "make it the plan's own"),
	}
}
