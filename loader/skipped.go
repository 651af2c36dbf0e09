package loader

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// skipped gathers entries left out of a walk for one reason, so that the
// reason is said once, in one warning line, however many entries it took.
type skipped struct {
	n     int
	names []string // the first maxSkippedNames, as shown
}

// maxSkippedNames bounds the names a skipped line lists: enough to find
// them, never a line as long as the folder.
const maxSkippedNames = 5

func (s *skipped) add(name string) {
	if s.n < maxSkippedNames {
		s.names = append(s.names, display(name))
	}
	s.n++
}

// line is "N <what> <why>: a, b, … and M more", or "" when nothing was
// skipped. one and many are the singular and plural of what.
func (s *skipped) line(one, many, why string) string {
	if s.n == 0 {
		return ""
	}
	what := many
	if s.n == 1 {
		what = one
	}
	list := strings.Join(s.names, ", ")
	if more := s.n - len(s.names); more > 0 {
		list += fmt.Sprintf(" and %d more", more)
	}
	return fmt.Sprintf("%d %s %s: %s", s.n, what, why, list)
}

// roots are the paths given on the command line, resolved: a symbolic link
// met in a walk is followed (with --follow) only to a target inside one.
type roots []string

func resolveRoots(paths []string) roots {
	var rs roots
	for _, p := range paths {
		if r, err := realPath(p); err == nil {
			rs = append(rs, r)
		}
	}
	return rs
}

// realPath is p absolute, with every link on the way resolved.
func realPath(p string) (string, error) {
	r, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", err
	}
	return filepath.Abs(r)
}

// contains reports whether the link p leads inside a root.
func (rs roots) contains(p string) bool {
	target, err := realPath(p)
	if err != nil {
		return false
	}
	for _, r := range rs {
		if target == r || strings.HasPrefix(target, r) && (strings.HasSuffix(r, string(os.PathSeparator)) || target[len(r)] == os.PathSeparator) {
			return true
		}
	}
	return false
}
