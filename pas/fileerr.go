package pas

import (
	"errors"
	"io/fs"
	"syscall"
)

// FileError is a file pas refuses or fails to read or write, with the
// reason in both languages. Its path and reason are sanitised: the error
// can be shown as is.
type FileError struct {
	Path  string
	Write bool // the file was to be written
	Msg   Text // the reason, without the path
	Err   error
}

// Error returns the message in English.
func (e *FileError) Error() string { return e.Localize(EN) }

// Unwrap returns the system error behind the refusal, if any.
func (e *FileError) Unwrap() error { return e.Err }

// Localize returns the message in a language: "cannot write PATH: why"
// for a write, "PATH: why" for a read.
func (e *FileError) Localize(l Lang) string {
	if e.Write {
		return Sanitize(Textf("écriture de %s impossible : %s", "cannot write %s: %s", e.Path, e.Msg).In(l))
	}
	return Sanitize(Textf("%s : %s", "%s: %s", e.Path, e.Msg).In(l))
}

// kindText names a file that is not a regular file.
func kindText(m fs.FileMode) Text {
	switch {
	case m.IsDir():
		return T("c'est un répertoire", "it is a directory")
	case m&fs.ModeNamedPipe != 0:
		return T("c'est un tube nommé (fifo)", "it is a named pipe (fifo)")
	case m&fs.ModeSocket != 0:
		return T("c'est une socket", "it is a socket")
	case m&fs.ModeDevice != 0:
		return T("c'est un périphérique", "it is a device")
	}
	return T("ce n'est pas un fichier ordinaire", "it is not a regular file")
}

// sysText explains the usual system errors of reads and writes.
func sysText(err error) Text {
	var errno syscall.Errno
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return T("fichier ou répertoire introuvable", "no such file or directory")
	case errors.Is(err, fs.ErrPermission):
		return T("accès refusé (droits)", "permission denied")
	case errors.As(err, &errno) && errno == syscall.ENOSPC:
		return T("plus de place sur le disque", "no space left on the disk")
	case errors.As(err, &errno) && errno == syscall.EROFS:
		return T("système de fichiers en lecture seule", "read-only file system")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return Textf("%v", "%v", err)
}
