package pas

import (
	"errors"
	"io"
	"io/fs"
	"os"
)

// ErrTooLarge is the cause of a *FileError for a file over the limit.
var ErrTooLarge = errors.New("file too large")

// MaxPlanSize is the largest plan file pas reads: 16 MiB. A real plan is
// far smaller (the large benchmark plan, 200 parties and 2,000 RACI rows,
// is about 200 KB); the limit keeps a wrong file from costing gigabytes.
const MaxPlanSize = 16 << 20

// ReadRegularFile reads a regular file of at most limit bytes. It looks
// before it opens: a directory, fifo, device or socket is refused without
// blocking, and so is a larger file; the read itself stops at the limit,
// should the file grow meanwhile. Errors are *FileError.
func ReadRegularFile(path string, limit int64) ([]byte, error) {
	refuse := func(msg Text, err error) error { return &FileError{Path: path, Msg: msg, Err: err} }
	st, err := os.Stat(path)
	if err != nil {
		return nil, refuse(readText(err), err)
	}
	if !st.Mode().IsRegular() {
		return nil, refuse(Textf("%s ; pas ne lit que des fichiers ordinaires", "%s; pas reads regular files only", kindText(st.Mode())), nil)
	}
	if st.Size() > limit {
		return nil, refuse(tooLarge(st.Size(), limit), ErrTooLarge)
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil, refuse(readText(err), err)
	}
	defer f.Close()
	if st, err = f.Stat(); err != nil { // what was opened, should the path have changed
		return nil, refuse(readText(err), err)
	}
	if !st.Mode().IsRegular() {
		return nil, refuse(Textf("%s ; pas ne lit que des fichiers ordinaires", "%s; pas reads regular files only", kindText(st.Mode())), nil)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, refuse(readText(err), err)
	}
	if int64(len(data)) > limit {
		return nil, refuse(tooLarge(int64(len(data)), limit), ErrTooLarge)
	}
	return data, nil
}

func readText(err error) Text {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return T("fichier introuvable", "no such file")
	case errors.Is(err, fs.ErrPermission):
		return T("lecture refusée (droits d'accès)", "permission denied")
	}
	return Textf("lecture impossible : %s", "cannot read: %s", sysText(err))
}

func tooLarge(size, limit int64) Text {
	shown := byteSize(size)
	if shown == byteSize(limit) { // just over: the rounded size would look equal
		shown = Textf("%d octets", "%d bytes", size)
	}
	return Textf("fichier trop gros (%s) : pas lit des fichiers de %s au plus", "file too large (%s): pas reads files of at most %s",
		shown, byteSize(limit))
}

// byteSize writes a size in the largest binary unit that keeps it exact
// to a tenth: "16 Mio" / "16 MiB".
func byteSize(n int64) Text {
	units := []Text{T("o", "B"), T("Kio", "KiB"), T("Mio", "MiB"), T("Gio", "GiB"), T("Tio", "TiB")}
	f, i := float64(n), 0
	for f >= 1024 && i < len(units)-1 {
		f /= 1024
		i++
	}
	return Textf("%s %s", "%s %s", T(FormatNumber(roundTenth(f), FR), FormatNumber(roundTenth(f), EN)), units[i])
}

func roundTenth(f float64) float64 { return float64(int64(f*10+0.5)) / 10 }
