package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/pas-editor/pas/pas"
)

// diffBaseline shows what changed in a plan's standard PAS since the plan
// was made from it: the version it was made from is found in the
// standard's git history by its hash, then compared with the standard as
// it is now.
func (a *app) diffBaseline(path, format string) error {
	p, err := a.load(path)
	if err != nil {
		return err
	}
	b := p.Baseline
	if b == nil {
		return usageErr("%s n'a pas de PAS standard de référence (créez-le avec « pas init --from STANDARD »)",
			"%s has no standard PAS as baseline (create it with \"pas init --from STANDARD\")", path)
	}
	pas.ReadBaseline(p, path)
	std := b.File(path)
	if b.Standard == nil {
		return &exitError{code: exitUsage, msg: pas.Textf("PAS standard %s : %s", "standard PAS %s: %s", std, b.Problem)}
	}
	if !b.Changed() {
		return a.printDiff(pas.Compare(b.Standard, b.Standard), std, std, format)
	}
	old, why := gitVersion(std, b.SHA256)
	if old == nil {
		return &exitError{code: exitUsage, msg: pas.Textf(
			"la version de %s dont ce plan a été tiré (sha256 %s…) est introuvable dans son historique git : %s ; « pas diff %s %s » montre en quoi le plan diffère du standard actuel",
			"the version of %s this plan was made from (sha256 %s…) is not in its git history: %s; \"pas diff %s %s\" shows how the plan differs from the standard as it is now",
			std, b.SHA256[:12], why, std, path)}
	}
	then, err := pas.Decode(old, std+"@"+b.SHA256[:12], a.cat)
	if err != nil {
		return err
	}
	if then.Facts != nil { // compared with the same library as the standard now: the standard's own changes
		if err := pas.NewLoader(a.cat).ResolveFacts(then, std); err != nil {
			return err
		}
	}
	return a.printDiff(pas.Compare(then, b.Standard), std+"@"+b.SHA256[:12], std, format)
}

// gitVersion returns the content of a version of file, found in its git
// history (every branch) by the SHA-256 of its bytes; nil and why not when
// there is none.
func gitVersion(file, sum string) ([]byte, pas.Text) {
	dir, base := filepath.Split(file)
	if dir == "" {
		dir = "."
	}
	log, err := exec.Command("git", "-C", dir, "log", "--all", "--format=", "--raw", "--no-abbrev", "--", base).Output()
	if err != nil {
		return nil, pas.Textf("git log : %v", "git log: %v", gitError(err))
	}
	blobs := blobIDs(log)
	if len(blobs) == 0 {
		return nil, pas.T("aucune version enregistrée", "no version recorded")
	}
	cmd := exec.Command("git", "-C", dir, "cat-file", "--batch")
	cmd.Stdin = strings.NewReader(strings.Join(blobs, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		return nil, pas.Textf("git cat-file : %v", "git cat-file: %v", gitError(err))
	}
	r := bufio.NewReader(bytes.NewReader(out))
	for range blobs {
		content, err := nextBlob(r)
		if err != nil {
			return nil, pas.Textf("git cat-file : %v", "git cat-file: %v", err)
		}
		if pas.ContentHash(content) == sum {
			return content, pas.Text{}
		}
	}
	return nil, pas.Textf("aucune des %d versions enregistrées n'a cette empreinte", "none of the %d recorded versions has this hash", len(blobs))
}

// blobIDs reads the blob ids of "git log --raw" lines, oldest last, once
// each, without the null id of a creation or deletion.
func blobIDs(log []byte) []string {
	var out []string
	seen := map[string]bool{}
	for _, line := range strings.Split(string(log), "\n") {
		f := strings.Fields(line)
		if len(f) < 5 || !strings.HasPrefix(f[0], ":") {
			continue
		}
		for _, id := range f[2:4] {
			if strings.Trim(id, "0") != "" && !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	return out
}

// nextBlob reads one "<id> blob <size>\n<content>\n" entry of git
// cat-file --batch.
func nextBlob(r *bufio.Reader) ([]byte, error) {
	header, err := r.ReadString('\n')
	if err != nil {
		return nil, err
	}
	f := strings.Fields(header)
	if len(f) != 3 {
		return nil, fmt.Errorf("%q", strings.TrimSpace(header))
	}
	size, err := strconv.Atoi(f[2])
	if err != nil {
		return nil, fmt.Errorf("%q", strings.TrimSpace(header))
	}
	content := make([]byte, size+1) // the content and its newline
	if _, err := io.ReadFull(r, content); err != nil {
		return nil, err
	}
	return content[:size], nil
}

// gitError returns git's own message when it has one.
func gitError(err error) error {
	if ee, ok := err.(*exec.ExitError); ok && len(ee.Stderr) > 0 {
		return fmt.Errorf("%s", strings.TrimSpace(string(ee.Stderr)))
	}
	return err
}
