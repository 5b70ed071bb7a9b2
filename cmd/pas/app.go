package main

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
	"github.com/pas-editor/pas/tui"
)

// Exit codes, the same for every command.
const (
	exitOK       = 0
	exitFindings = 1   // check found findings at or above its threshold; render --check, fmt --check, diff, merge conflicts
	exitUsage    = 2   // usage error or unusable input (missing, invalid file, write failure)
	exitAborted  = 130 // the user aborted
)

// app carries one run's environment and language to every command.
type app struct {
	env
	lang    pas.Lang
	langSet bool // --lang was given: it overrides the plan's language in the editor
	cat     *pas.Catalogue
}

// exitError ends a run with a code and an optional message.
type exitError struct {
	code int
	msg  pas.Text
}

func (e *exitError) Error() string { return e.msg.EN }

func usageErr(fr, en string, args ...any) error {
	return &exitError{code: exitUsage, msg: pas.Textf(fr, en, args...)}
}

// run executes the command line and returns the exit code.
func run(args []string, e env) int {
	given, lang, ok := langFromArgs(args)
	if !ok {
		lang = langFromEnv(e.getenv)
	}
	a := &app{env: e, lang: lang, langSet: ok, cat: sections.Catalogue()}
	if given != "" && !ok {
		return a.exitCode(usageErr("--lang : fr ou en, pas « %s »", "--lang: fr or en, not %q", given))
	}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	err := root.Execute()
	return a.exitCode(err)
}

func (a *app) exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	var ee *exitError
	var le *pas.LoadError
	var te *tui.ExitError
	var fe *pas.FileError
	switch {
	case errors.As(err, &te):
		fmt.Fprintln(a.stderr, "pas: "+te.Localize(a.lang))
		if te.Stack != nil {
			fmt.Fprintf(a.stderr, "%s\n", te.Stack)
		}
		return te.Code
	case errors.As(err, &ee):
		if !ee.msg.IsZero() {
			fmt.Fprintln(a.stderr, "pas: "+pas.Sanitize(ee.msg.In(a.lang)))
		}
		return ee.code
	case errors.As(err, &le):
		fmt.Fprintln(a.stderr, le.Localize(a.lang))
		return exitUsage
	case errors.As(err, &fe):
		fmt.Fprintln(a.stderr, "pas: "+fe.Localize(a.lang))
		return exitUsage
	}
	// cobra's own errors: unknown command, flag or argument count.
	fmt.Fprintln(a.stderr, "pas: "+pas.Sanitize(a.cobraError(err)))
	fmt.Fprintln(a.stderr, a.t("Lancez « pas help » pour la liste des commandes.", "Run \"pas help\" for the list of commands."))
	return exitUsage
}

// cobraError translates the usual cobra and pflag messages.
func (a *app) cobraError(err error) string {
	if a.lang != pas.FR {
		return err.Error()
	}
	return cobraFrench(err.Error())
}

// cobraFrench puts one of cobra's English messages into French: its
// phrases in a fixed order (longest first), argument counts that agree,
// quoted names between « ».
func cobraFrench(msg string) string {
	msg = cobraArgs.ReplaceAllStringFunc(msg, func(m string) string {
		g := cobraArgs.FindStringSubmatch(m)
		want, _ := strconv.Atoi(g[3])
		got, _ := strconv.Atoi(g[4])
		verb := map[string]string{"": "accepte ", "at most ": "accepte au plus ", "at least ": "demande au moins "}[g[2]]
		return verb + pas.Count(want, "argument", "arguments", "", "").FR + ", en a reçu " + strconv.Itoa(got)
	})
	msg = cobraRange.ReplaceAllString(msg, "accepte de $1 à $2 arguments, en a reçu $3")
	var b strings.Builder
	last := 0
	for _, q := range cobraQuoted.FindAllStringSubmatchIndex(msg, -1) {
		b.WriteString(cobraPhrases.Replace(msg[last:q[0]]))
		b.WriteString("« " + msg[q[2]:q[3]] + " »")
		last = q[1]
	}
	b.WriteString(cobraPhrases.Replace(msg[last:]))
	return b.String()
}

var (
	cobraArgs   = regexp.MustCompile(`(accepts|requires) (at most |at least )?(\d+) arg\(s\), (?:only )?received (\d+)`)
	cobraRange  = regexp.MustCompile(`accepts between (\d+) and (\d+) arg\(s\), received (\d+)`)
	cobraQuoted = regexp.MustCompile(`"([^"]*)"`)
	// cobraPhrases translate the words around quoted names; "unknown
	// shorthand flag" comes before "unknown flag", which it holds.
	cobraPhrases = strings.NewReplacer(
		"Did you mean this?", "Vouliez-vous dire ceci ?",
		"unknown shorthand flag", "option courte inconnue",
		"unknown command", "commande inconnue",
		"unknown flag", "option inconnue",
		"flag needs an argument", "l'option attend une valeur",
		"invalid argument", "argument invalide",
		" flag: ", " : ",
		": ", " : ",
		" for ", " pour ",
		" in ", " dans ",
	)
)

// t returns the text in the run's language.
func (a *app) t(fr, en string) string { return pas.T(fr, en).In(a.lang) }

// tf formats a text in the run's language.
func (a *app) tf(fr, en string, args ...any) string { return pas.Textf(fr, en, args...).In(a.lang) }

// today returns the date rules use: --as-of when given, else today.
func (a *app) today(asOf string) (pas.Date, error) {
	if asOf == "" {
		return pas.DateOf(a.now()), nil
	}
	d, err := pas.ParseDate(asOf)
	if err != nil {
		return pas.Date{}, usageErr("--as-of : date invalide « %s » (AAAA-MM-JJ)", "--as-of: invalid date %q (YYYY-MM-DD)", asOf)
	}
	return d, nil
}

// load reads a plan file; errors carry file, line and column.
func (a *app) load(path string) (*pas.Plan, error) {
	return pas.Load(path, a.cat)
}

// write writes a file atomically; a failure is a *pas.FileError, which
// exits with code 2 and its message.
func (a *app) write(path string, data []byte) error {
	return pas.WriteFileAtomic(path, data)
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// planArg returns the plan file argument, plan.yaml by default.
func planArg(args []string) string {
	if len(args) > 0 && args[0] != "" {
		return args[0]
	}
	return "plan.yaml"
}
