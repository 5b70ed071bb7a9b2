//go:build linux

package tui

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/pas-editor/pas/examples"
	"github.com/pas-editor/pas/pas"
	"github.com/pas-editor/pas/sections"
)

// The editor as a real process in a real terminal (a pseudo-terminal of
// this test's own): closing the terminal, SIGHUP, SIGTERM, SIGINT and
// kill -9 after an edit all leave the edit in the recovery file, and
// reopening offers it back.

// helperEnv names the plan the test binary edits when it runs as the
// editor (see TestMain).
const helperEnv = "PAS_TUI_HELPER_PLAN"

// runHelperEditor is the editor process: Run on the plan, its outcome as
// the exit code and message pas gives. Its timers run twenty times faster
// than real time, so that the recovery file follows an edit at once.
func runHelperEditor(path string) int {
	lipgloss.SetHasDarkBackground(true) // the test's terminal answers no query
	opt := Options{Path: path, Cat: sections.Catalogue(), Plain: true, Example: examples.Plan,
		Today: func() pas.Date { return pas.MustDate("2026-12-01") }, Clock: fastClock{}}
	err := Run(opt)
	var ee *ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		fmt.Fprintln(os.Stderr, ee.Localize(pas.EN))
		return ee.Code
	case errors.Is(err, ErrAborted):
		return 130
	}
	fmt.Fprintln(os.Stderr, err)
	return 2
}

// fastClock runs timers twenty times faster than real time.
type fastClock struct{}

func (fastClock) After(d time.Duration, msg tea.Msg) tea.Cmd { return realClock{}.After(d/20, msg) }

// editorProcess is the editor running in a pseudo-terminal.
type editorProcess struct {
	t      *testing.T
	cmd    *exec.Cmd
	master *os.File
	mu     sync.Mutex
	out    strings.Builder
	more   chan struct{} // output arrived
	stderr string
}

// openPTY opens a pseudo-terminal of 100×30.
func openPTY() (master, slave *os.File, err error) {
	master, err = os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, nil, err
	}
	raw, err := master.SyscallConn() // not Fd(): it would make reads block past Close
	if err != nil {
		master.Close()
		return nil, nil, err
	}
	ioctl := func(req uintptr, arg unsafe.Pointer) error {
		var e syscall.Errno
		if err := raw.Control(func(fd uintptr) { _, _, e = syscall.Syscall(syscall.SYS_IOCTL, fd, req, uintptr(arg)) }); err != nil {
			return err
		}
		if e != 0 {
			return e
		}
		return nil
	}
	var n uint32
	var unlock int32
	ws := [4]uint16{30, 100, 0, 0}
	for _, step := range []error{ioctl(syscall.TIOCGPTN, unsafe.Pointer(&n)), ioctl(syscall.TIOCSPTLCK, unsafe.Pointer(&unlock)), ioctl(syscall.TIOCSWINSZ, unsafe.Pointer(&ws))} {
		if step != nil {
			master.Close()
			return nil, nil, step
		}
	}
	slave, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		master.Close()
		return nil, nil, err
	}
	return master, slave, nil
}

// startEditor runs the editor on a plan in its own terminal session.
func startEditor(t *testing.T, plan, cache string) *editorProcess {
	t.Helper()
	master, slave, err := openPTY()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	errFile := filepath.Join(t.TempDir(), "stderr")
	ef, err := os.Create(errFile)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), helperEnv+"="+plan, "XDG_CACHE_HOME="+cache, "TERM=xterm-256color")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, ef
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	ef.Close()
	p := &editorProcess{t: t, cmd: cmd, master: master, more: make(chan struct{}, 1), stderr: errFile}
	go p.read()
	t.Cleanup(func() {
		_ = cmd.Process.Kill() // a test that failed midway
		_ = master.Close()
	})
	return p
}

// read collects the terminal's output until it closes. It answers the
// cursor position query Bubble Tea's start-up sends (through termenv, to
// learn the background colour), as a terminal would.
func (p *editorProcess) read() {
	buf := make([]byte, 4096)
	answered := false
	for {
		n, err := p.master.Read(buf)
		p.mu.Lock()
		p.out.Write(buf[:n])
		query := !answered && strings.Contains(p.out.String(), "\x1b[6n")
		p.mu.Unlock()
		if query {
			answered = true
			_, _ = p.master.Write([]byte("\x1b[1;1R"))
		}
		select {
		case p.more <- struct{}{}:
		default:
		}
		if err != nil {
			return
		}
	}
}

// expect waits until the screen has shown text (at most ten seconds:
// a deadline, not a pause).
func (p *editorProcess) expect(text string) {
	p.t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		p.mu.Lock()
		ok := strings.Contains(p.out.String(), text)
		p.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-p.more:
		case <-deadline:
			p.t.Fatalf("the editor never showed %q", text)
		}
	}
}

// send types keys into the terminal.
func (p *editorProcess) send(keys string) {
	if _, err := p.master.Write([]byte(keys)); err != nil {
		p.t.Fatal(err)
	}
}

// wait returns the editor's exit code (-1 when a signal killed it) and
// what it wrote on its error output.
func (p *editorProcess) wait() (int, string) {
	p.t.Helper()
	done := make(chan error, 1)
	go func() { done <- p.cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = p.cmd.Process.Signal(syscall.SIGQUIT)
		<-done
		msg, _ := os.ReadFile(p.stderr)
		p.t.Fatalf("the editor did not stop:\n%s", msg)
	}
	msg, _ := os.ReadFile(p.stderr)
	return p.cmd.ProcessState.ExitCode(), string(msg)
}

// waitKept waits until the editor wrote a recovery file in dir.
func waitKept(t *testing.T, dir string) {
	t.Helper()
	fd, err := syscall.InotifyInit1(syscall.IN_NONBLOCK | syscall.IN_CLOEXEC)
	if err != nil {
		t.Skipf("no inotify: %v", err)
	}
	f := os.NewFile(uintptr(fd), "inotify")
	defer f.Close()
	if _, err := syscall.InotifyAddWatch(fd, dir, syscall.IN_MOVED_TO); err != nil {
		t.Fatal(err)
	}
	if m, _ := filepath.Glob(filepath.Join(dir, "*.yaml")); len(m) > 0 {
		return
	}
	_ = f.SetReadDeadline(time.Now().Add(10 * time.Second))
	if _, err := f.Read(make([]byte, 4096)); err != nil {
		t.Fatalf("no recovery file: %v", err)
	}
}

func TestSignalsAndKillKeepTheEdits(t *testing.T) {
	cases := []struct {
		name string
		stop func(t *testing.T, p *editorProcess, kept string)
		code int
	}{
		{"terminal closed", func(t *testing.T, p *editorProcess, _ string) { p.master.Close() }, 129},
		{"SIGHUP", func(t *testing.T, p *editorProcess, _ string) { _ = p.cmd.Process.Signal(syscall.SIGHUP) }, 129},
		{"SIGTERM", func(t *testing.T, p *editorProcess, _ string) { _ = p.cmd.Process.Signal(syscall.SIGTERM) }, 143},
		{"SIGINT", func(t *testing.T, p *editorProcess, _ string) { _ = p.cmd.Process.Signal(syscall.SIGINT) }, 130},
		{"kill -9", func(t *testing.T, p *editorProcess, kept string) {
			waitKept(t, kept)
			_ = p.cmd.Process.Kill()
		}, -1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			plan, cache := filepath.Join(dir, "plan.yaml"), filepath.Join(dir, "cache")
			kept := filepath.Join(cache, "pas", "recovery")
			if err := os.WriteFile(plan, examples.Plan(pas.EN), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.MkdirAll(kept, 0o700); err != nil {
				t.Fatal(err)
			}
			p := startEditor(t, plan, cache)
			p.expect("Cover page")
			p.send("\r\r\x15Signal test\r") // edit the title
			p.expect("● modified")          // the edit is stored, not only typed
			tc.stop(t, p, kept)
			code, stderr := p.wait()
			if code != tc.code {
				t.Errorf("exit code %d, want %d (%s)", code, tc.code, stderr)
			}
			files, _ := filepath.Glob(filepath.Join(kept, "*.yaml"))
			if len(files) != 1 {
				t.Fatalf("recovery files: %v", files)
			}
			if data, _ := os.ReadFile(files[0]); !strings.Contains(string(data), "title: Signal test") {
				t.Errorf("the recovery file lacks the edit")
			}
			if tc.code > 0 && !strings.Contains(stderr, files[0]) {
				t.Errorf("the message does not say where the edits are: %q", stderr)
			}
			opt := options(t, plan, "")
			opt.RecoveryDir = kept
			d := newDriver(t, opt, 100, 30)
			if !isOffer(d.m.modes.top()) {
				t.Fatal("reopening offers nothing")
			}
			d.keys("r")
			if got := d.m.ctx.Plan.Str(sections.Catalogue().MustField("cover.title")); got != "Signal test" {
				t.Errorf("restored title %q", got)
			}
		})
	}
}
