package grid

import "github.com/pas-editor/pas/pas"

// Error is a problem with the buyer's file or the user's request, with a
// message in both languages that names the file, sheet and cell.
type Error struct{ Msg pas.Text }

// Error returns the message in English.
func (e *Error) Error() string { return e.Msg.EN }

// Text returns the localised message.
func (e *Error) Text() pas.Text { return e.Msg }

func textf(fr, en string, args ...any) pas.Text { return pas.Textf(fr, en, args...) }

func errf(fr, en string, args ...any) error { return &Error{Msg: textf(fr, en, args...)} }
