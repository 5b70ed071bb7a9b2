// Package tui is the guided editor of a PAS: a Bubble Tea program with a
// section sidebar, a catalogue-driven form for the current section, a
// live preview of the document, and a status bar.
//
// The house follows the component grammar of bubbles and soft-serve:
//
//   - Context is shared by every component: language, keys, styles,
//     catalogue, screen size, and read access to the plan and its checks.
//   - Components (sidebar, form and its levels, field editors, grid,
//     preview, dialogs) have SetSize, Update, View and ShortHelp/FullHelp;
//     none changes the plan or the root. They ask the root by request
//     (Context.Send: set a value, edit, open a dialog, pop, flash…), which
//     the root handles in order once the component's Update returns.
//   - One mode stack (start screen, editor, workshop, the buyer's
//     requirements, dialogs, help, recovery offer) decides which layer
//     gets the keys, draws the screen and names its keys in the footer.
//   - Field actions (clear, to confirm, open question, suggestion, answer)
//     are written once (actions.go) for the form, the workshop and the
//     accessible mode.
//
// A plan made from a standard PAS is compared with it along with the
// checks (baseline.go: ≠ marks, b takes the standard's value back); the
// conflicts pas merge left are resolved from a list (conflicts.go,
// conflict_dialogs.go: one undoable edit of the plan as a whole each); a
// new version proposes a version-history line (changelog.go), never
// written by itself.
//
// View and Update never call glamour: the preview renders in a command,
// debounced and cached. Timers go through an injected Clock. Unsaved edits
// go to a recovery file a moment after the last change and on a signal or
// a panic; the plan file is watched so that a change on disk is never
// overwritten silently. Plan text, file names and parser messages go
// through pas.Sanitize before any view.
package tui
