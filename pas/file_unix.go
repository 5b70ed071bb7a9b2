//go:build unix

package pas

import (
	"os"
	"syscall"
)

// openNonblock keeps an open from waiting on a fifo that appeared after
// the file was looked at; it changes nothing for a regular file.
const openNonblock = syscall.O_NONBLOCK

// alive reports whether a process with this id runs on this machine.
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || err == syscall.EPERM
}

// keepOwner gives a replacement file the owner and group of the file it
// replaces, where the system allows it (a root user saving someone
// else's plan); a failure leaves the writer's own.
func keepOwner(f *os.File, old os.FileInfo) {
	if st, ok := old.Sys().(*syscall.Stat_t); ok {
		_ = f.Chown(int(st.Uid), int(st.Gid))
	}
}
