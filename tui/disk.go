package tui

import (
	"crypto/sha256"
	"errors"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pas-editor/pas/pas"
)

// diskPoll is how often the editor looks at the plan file for changes
// made outside it (a git pull, another editor): one stat, and a read only
// when the size or time changed.
const diskPoll = time.Second

// diskState is what the editor knows of the plan file on disk.
type diskState struct {
	exists bool
	hash   [32]byte
	size   int64
	mtime  time.Time
}

// sameContent reports whether two states hold the same file content.
func (s diskState) sameContent(o diskState) bool {
	return s.exists == o.exists && (!s.exists || s.hash == o.hash)
}

// readDisk reads the plan file and describes it; a missing file is a
// state, not an error.
func readDisk(path string) (diskState, []byte, error) {
	st, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return diskState{}, nil, nil
	}
	if err != nil {
		return diskState{}, nil, err
	}
	data, err := pas.ReadRegularFile(path, pas.MaxPlanSize)
	if err != nil {
		return diskState{}, nil, err
	}
	return diskState{true, sha256.Sum256(data), st.Size(), st.ModTime()}, data, nil
}

// statDisk looks at the plan file again: when its size and time are those
// last seen, the content is taken as unchanged without reading it.
func statDisk(path string, seen diskState) (diskState, error) {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return diskState{}, nil
	case err != nil:
		return seen, err
	case seen.exists && st.Size() == seen.size && st.ModTime().Equal(seen.mtime):
		return seen, nil
	}
	s, _, err := readDisk(path)
	return s, err
}

// Messages of the watch on the plan file; gen names the watch.
type (
	diskTickMsg    struct{ gen int }
	diskCheckedMsg struct {
		gen   int
		state diskState
	}
)

// watchDisk starts a new watch on the plan file (the previous one stops).
func (m *Model) watchDisk() tea.Cmd {
	m.pollGen++
	return m.diskTick()
}

// diskTick sets the next look of the current watch.
func (m Model) diskTick() tea.Cmd { return m.ctx.Clock.After(diskPoll, diskTickMsg{m.pollGen}) }

// pollDisk looks at the plan file in a command.
func (m *Model) pollDisk(msg diskTickMsg) tea.Cmd {
	if msg.gen != m.pollGen {
		return nil
	}
	path, seen := m.ctx.Path, m.seen
	return func() tea.Msg {
		s, err := statDisk(path, seen)
		if err != nil {
			return diskCheckedMsg{msg.gen, seen}
		}
		return diskCheckedMsg{msg.gen, s}
	}
}

// diskChecked records what the watch saw and sets the next look.
func (m *Model) diskChecked(msg diskCheckedMsg) tea.Cmd {
	if msg.gen != m.pollGen {
		return nil
	}
	m.seen = msg.state
	m.diskChanged = !msg.state.sameContent(m.disk)
	return m.diskTick()
}

// diskNote is the status bar's word on the plan file, when it changed.
func (m Model) diskNote() string {
	switch {
	case !m.diskChanged:
		return ""
	case !m.seen.exists:
		return "⚠ " + m.ctx.T("fichier supprimé du disque", "file deleted from disk")
	}
	return "⚠ " + m.ctx.T("fichier changé sur le disque", "file changed on disk")
}

// conflict reports whether saving now would overwrite a file changed on
// disk since it was opened or last saved (looked at again here, not only
// on the tick).
func (m *Model) conflict() bool {
	now, _, err := readDisk(m.ctx.Path)
	if err != nil {
		return false // the save will say what is wrong
	}
	m.seen = now
	m.diskChanged = !now.sameContent(m.disk)
	return now.exists && m.diskChanged
}

// Requests of the conflict dialog.
type (
	reloadMsg    struct{}                // reload from disk, edits kept in the recovery file
	overwriteMsg struct{ thenQuit bool } // save over the changed file
	saveAsMsg    struct {
		path     string
		thenQuit bool
	} // save under another name
)

// conflictDialog asks what to do when the plan file changed on disk
// since it was opened: reload it, overwrite it, or save under another
// name. Nothing is written before the user chooses.
type conflictDialog struct {
	dialogBase
	thenQuit bool
}

func newConflictDialog(c *Context, thenQuit bool) *conflictDialog {
	return &conflictDialog{dialogBase{c}, thenQuit}
}

func (d *conflictDialog) keys() (reload, overwrite, saveAs, cancel key.Binding) {
	c := d.ctx
	return binding([]string{"r"}, "r", c.T("recharger depuis le disque (vos modifications restent dans le fichier de récupération)", "reload from disk (your edits stay in the recovery file)")),
		binding([]string{"o"}, "o", c.T("écraser le fichier", "overwrite the file")),
		binding([]string{"a"}, "a", c.T("enregistrer sous un autre nom", "save under another name")),
		binding([]string{"esc"}, c.T("échap", "esc"), c.T("annuler", "cancel"))
}

func (d *conflictDialog) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	c := d.ctx
	reload, overwrite, saveAs, cancel := d.keys()
	switch {
	case key.Matches(k, reload):
		c.Send(popMsg{}, reloadMsg{})
	case key.Matches(k, overwrite):
		c.Send(popMsg{}, overwriteMsg{d.thenQuit})
	case key.Matches(k, saveAs):
		c.Send(popMsg{}, pushMsg{newSaveAsDialog(c, d.thenQuit)})
	case key.Matches(k, cancel):
		c.Send(popMsg{})
	}
	return nil
}

func (d *conflictDialog) View() string {
	c := d.ctx
	w := dialogWidth(c)
	text := c.T("Le fichier %s a été modifié hors de l'éditeur depuis son ouverture (un git pull, un autre éditeur…). Enregistrer maintenant effacerait ces changements. Que faire ?",
		"%s was changed outside the editor since it was opened (a git pull, another editor…). Saving now would erase those changes. What now?")
	text = strings.Replace(text, "%s", sanitize(c.Path), 1)
	lines := []string{wrap(text, w), ""}
	r, o, a, esc := d.keys()
	for _, b := range []key.Binding{r, o, a, esc} {
		lines = append(lines, wrap(c.Styles.HelpKey.Render(b.Help().Key)+" "+c.Styles.Help.Render(b.Help().Desc), w))
	}
	return box(c, c.T("Le plan a changé sur le disque", "The plan changed on disk"), strings.Join(lines, "\n"))
}

func (d *conflictDialog) ShortHelp() []key.Binding {
	r, o, a, esc := d.keys()
	r.SetHelp("r", d.ctx.T("recharger", "reload"))
	return []key.Binding{r, o, a, esc}
}

func (d *conflictDialog) FullHelp() [][]key.Binding { return [][]key.Binding{d.ShortHelp()} }

// newSaveAsDialog asks for another file name; an existing file is refused.
func newSaveAsDialog(c *Context, thenQuit bool) mode {
	return newTextDialog(c, c.T("Enregistrer sous", "Save as"),
		c.T("Nouveau fichier du plan (le document .md s'écrit à côté) :", "New plan file (the .md document is written beside it):"),
		[]string{c.T("Fichier", "File")}, []string{altName(c.Path)},
		func(in []string) ([]tea.Msg, string) {
			if in[0] == "" {
				return nil, c.T("Donnez un nom de fichier.", "Give a file name.")
			}
			if _, err := os.Stat(in[0]); err == nil {
				return nil, c.T("Ce fichier existe déjà : choisissez un autre nom.", "This file exists already: choose another name.")
			}
			return []tea.Msg{saveAsMsg{in[0], thenQuit}}, ""
		})
}

// altName proposes a name beside the plan: plan.yaml → plan-2.yaml.
func altName(path string) string {
	base, ext := strings.TrimSuffix(path, ".yaml"), ".yaml"
	if base == path {
		base, ext = path, ""
	}
	for n := 2; ; n++ {
		name := base + "-" + itoa(n) + ext
		if _, err := os.Stat(name); err != nil {
			return name
		}
	}
}
