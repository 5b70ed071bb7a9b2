package main

import (
	"io"
	"os"
	"strings"
	"time"

	"github.com/pas-editor/pas/pas"
	"golang.org/x/term"
)

// env is what a command run sees of the outside world; tests replace it.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
	now    func() time.Time
	// tty reports whether stdin and stdout are both terminals.
	tty func() bool
	// colour reports whether stdout is a terminal that accepts colour.
	colour func() bool
	// stdoutTTY reports whether stdout is a terminal (nil: it is not).
	stdoutTTY func() bool
}

func newEnv() env {
	isTTY := func(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }
	return env{
		stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		getenv: os.Getenv, now: time.Now,
		tty:       func() bool { return isTTY(os.Stdin) && isTTY(os.Stdout) },
		stdoutTTY: func() bool { return isTTY(os.Stdout) },
		colour: func() bool {
			return isTTY(os.Stdout) && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
		},
	}
}

// langFromEnv picks the language of messages from the locale variables,
// in their usual precedence: French for fr*, English otherwise.
func langFromEnv(getenv func(string) string) pas.Lang {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			return pas.LangFromLocale(v)
		}
	}
	return pas.EN
}

// langFromArgs finds --lang / --lang=xx before the command tree exists,
// so that help texts are built in the right language. It returns the
// value given ("" when none) and whether it is a language.
func langFromArgs(args []string) (given string, l pas.Lang, ok bool) {
	for i, a := range args {
		switch {
		case a == "--":
			return "", "", false
		case strings.HasPrefix(a, "--lang="):
			given = strings.TrimPrefix(a, "--lang=")
		case a == "--lang" && i+1 < len(args):
			given = args[i+1]
		default:
			continue
		}
		l, ok = pas.ParseLang(given)
		return given, l, ok
	}
	return "", "", false
}
