package generator

import "os"

// swapByRename exchanges next and current with three renames, for systems
// and file systems without an atomic exchange. The old tree passes through
// the name next+".old", which starts like a temporary folder, so a later
// build removes it if this one is killed.
func swapByRename(next, current string) error {
	old := next + ".old"
	if err := os.Rename(current, old); err != nil {
		return err
	}
	if err := os.Rename(next, current); err != nil {
		os.Rename(old, current)
		return err
	}
	return os.Rename(old, next)
}
