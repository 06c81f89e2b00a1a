package publish

import "os"

// oldSuffix ends the name the old tree passes through in swapByRename.
const oldSuffix = ".old"

// swapByRename exchanges next and current with three renames, for systems
// and file systems without an atomic exchange. The old tree passes through
// the name next+".old", which starts like a temporary folder: if this build
// is killed between the first two renames, when current is missing, the
// next build puts it back (restoreOutDir); otherwise it removes it.
func swapByRename(next, current string) error {
	old := next + oldSuffix
	if err := os.Rename(current, old); err != nil {
		return err
	}
	if err := os.Rename(next, current); err != nil {
		os.Rename(old, current)
		return err
	}
	return os.Rename(old, next)
}
