// Package tui is the guided editor of a PAS: a Bubble Tea program with a
// section sidebar, a catalogue-driven editor for the current section, a
// live preview of the document, and a status bar.
//
// The root Model owns navigation, focus, layout, saving, checking and the
// preview; the current section is edited by a form built from the
// catalogue, whose fields open generic editors (text, choice, checklist,
// country picker, record list, RACI grid). View and Update never call
// glamour: the preview renders in a command, debounced and cached.
package tui
