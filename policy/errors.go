package policy

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"
)

// An Error is one problem in a policy file. Parse and Load return all the
// problems they find as an errors.Join of *Error, sorted by position; use
// errors.As or a type switch on Unwrap() []error to inspect them.
//
// An Error never holds a value of an allowlist or a token key: entries are
// named by their index ("allow.values[3]"), never quoted.
type Error struct {
	// File is the policy file's name, as given to Load or Parse.
	File string
	// Line and Column are 1-based; zero when the problem has no position
	// (a key file named by the environment, say).
	Line, Column int
	// Path is the setting, in the file's own spelling:
	// "redact.styles[1].style". Empty for problems of the whole file.
	Path string
	// Msg says what is wrong, in lower case.
	Msg string
}

// Error returns "file:line:col: path: msg".
func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
	}
	if e.Line > 0 {
		if e.File != "" {
			b.WriteByte(':')
		} else {
			b.WriteString("line ")
		}
		b.WriteString(strconv.Itoa(e.Line))
		if e.Column > 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(e.Column))
		}
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// joinErrors sorts errs by position (problems without one last) and joins them.
func joinErrors(errs []*Error) error {
	if len(errs) == 0 {
		return nil
	}
	slices.SortStableFunc(errs, func(a, b *Error) int {
		if (a.Line == 0) != (b.Line == 0) {
			if a.Line == 0 {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
	es := make([]error, len(errs))
	for i, e := range errs {
		es[i] = e
	}
	return errors.Join(es...)
}

// show quotes s for an error message if it looks like a setting name a
// person typed (a category, a style, a key), and hides it otherwise: a
// value in the wrong place may be an identifier from an allowlist.
func show(s string) string {
	if safeWord(s) {
		return strconv.Quote(s)
	}
	return "(value not shown)"
}

// safeWord reports whether s is short, starts with a letter and is made
// of letters, a few digits and the punctuation of keys and wildcards.
func safeWord(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	digits, run := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			run = 0
		case c >= '0' && c <= '9':
			if i == 0 {
				return false
			}
			digits++
			run++
			if run > 2 || digits > 3 {
				return false
			}
		case c == '_' || c == '-' || c == '.' || c == '*' || c == '?' || c == '[' || c == ']':
			if i == 0 && c != '*' && c != '?' && c != '[' {
				return false
			}
			run = 0
		default:
			return false
		}
	}
	return true
}

// suggest returns the known word closest to s, if it is a likely typo.
func suggest(s string, known []string) string {
	best, bestD := "", 3
	for _, k := range known {
		if d := editDistance(s, k); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return 99
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			sub := 1
			if a[i-1] == b[j-1] {
				sub = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+sub)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
