package sentryphi

import "strings"

// sqlVerbs start the statements that looksLikeSQL recognises.
var sqlVerbs = [...]string{"select", "insert", "update", "delete", "with", "merge", "upsert",
	"replace", "call", "exec", "execute", "values"}

// looksLikeSQL reports whether s starts like a SQL statement.
func looksLikeSQL(s string) bool {
	s = strings.TrimLeft(s, " \t\r\n(")
	end := strings.IndexAny(s, " \t\r\n(")
	if end <= 0 {
		return false
	}
	w := s[:end]
	for _, v := range sqlVerbs {
		if strings.EqualFold(w, v) {
			return true
		}
	}
	return false
}

// sql scrubs a SQL statement: PHI is redacted (and counted by category),
// then, unless Config.KeepSQLLiterals is set, every remaining literal is
// replaced by "?".
func (p *pass) sql(s string) string {
	out := p.text(s)
	if p.s.cfg.KeepSQLLiterals {
		return out
	}
	out, n := parameterize(out)
	if n > 0 {
		p.t.sqlLits += uint32(n)
		p.t.changed = true
	}
	return out
}

// parameterize replaces the string and number literals of a SQL statement
// by "?" and returns the count. Identifiers (quoted or not), comments,
// placeholders ($1, :name, @p1, ?) and keywords stay. An unterminated
// literal runs to the end of the text, so a truncated statement loses its
// tail rather than leaking it.
func parameterize(s string) (string, int) {
	var b []byte
	n, last := 0, 0
	emit := func(start, end int) {
		if b == nil {
			b = make([]byte, 0, len(s))
		}
		b = append(b, s[last:start]...)
		b = append(b, '?')
		last = end
		n++
	}
	// prevIdent reports whether the byte before i continues a word; right
	// after a replaced literal nothing does.
	prevIdent := func(i int) bool {
		return i > 0 && !(i == last && n > 0) && isIdentByte(s[i-1])
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\'':
			start := i
			// E'..', N'..', B'..', X'..', U&'..' prefixes belong to the literal.
			if i > last && strings.IndexByte("eEnNbBxX", s[i-1]) >= 0 && !prevIdent(i-1) {
				start = i - 1
			} else if i > last+1 && s[i-1] == '&' && (s[i-2] == 'u' || s[i-2] == 'U') && !prevIdent(i-2) {
				start = i - 2
			}
			end := stringEnd(s, i+1)
			emit(start, end)
			i = end
		case c == '$' && i+1 < len(s) && isDigitByte(s[i+1]):
			i += 2 // $1: a placeholder
			for i < len(s) && isDigitByte(s[i]) {
				i++
			}
		case c == '$':
			// $tag$ ... $tag$: a dollar-quoted string.
			j := i + 1
			for j < len(s) && (isLetterByte(s[j]) || s[j] == '_' || j > i+1 && isDigitByte(s[j])) {
				j++
			}
			if j < len(s) && s[j] == '$' && !prevIdent(i) {
				tag := s[i : j+1]
				end := len(s)
				if k := strings.Index(s[j+1:], tag); k >= 0 {
					end = j + 1 + k + len(tag)
				}
				emit(i, end)
				i = end
			} else {
				i = j
			}
		case c == '"' || c == '`':
			// A quoted identifier.
			if k := strings.IndexByte(s[i+1:], c); k >= 0 {
				i += k + 2
			} else {
				i = len(s)
			}
		case c == '-' && i+1 < len(s) && s[i+1] == '-':
			if k := strings.IndexByte(s[i:], '\n'); k >= 0 {
				i += k + 1
			} else {
				i = len(s)
			}
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			if k := strings.Index(s[i+2:], "*/"); k >= 0 {
				i += k + 4
			} else {
				i = len(s)
			}
		case (c == ':' || c == '@') && i+1 < len(s) && (isIdentByte(s[i+1])):
			// :name, @p1, @@var: named placeholders and variables.
			i++
			for i < len(s) && (isIdentByte(s[i]) || s[i] == '@') {
				i++
			}
		case isDigitByte(c) && !prevIdent(i) && (i == 0 || i == last && n > 0 || s[i-1] != '.'),
			c == '.' && i+1 < len(s) && isDigitByte(s[i+1]) && !prevIdent(i):
			j := i + 1
			for j < len(s) && (isIdentByte(s[j]) || s[j] == '.' ||
				(s[j] == '+' || s[j] == '-') && (s[j-1] == 'e' || s[j-1] == 'E') && isDigitByte(s[i])) {
				j++
			}
			emit(i, j)
			i = j
		case isIdentByte(c) && !(i == last && n > 0 && isDigitByte(c)):
			// A word: skip it whole, so digits inside it ("t1") stay.
			for i < len(s) && isIdentByte(s[i]) {
				i++
			}
		default:
			i++
		}
	}
	if n == 0 {
		return s, 0
	}
	b = append(b, s[last:]...)
	return string(b), n
}

// stringEnd returns the index after the quote closing a string literal
// whose content starts at i, honouring doubled quotes and backslash escapes.
func stringEnd(s string, i int) int {
	for i < len(s) {
		switch s[i] {
		case '\\':
			i += 2
			continue
		case '\'':
			if i+1 < len(s) && s[i+1] == '\'' {
				i += 2
				continue
			}
			return i + 1
		}
		i++
	}
	return len(s)
}

func isDigitByte(c byte) bool  { return c >= '0' && c <= '9' }
func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }
func isIdentByte(c byte) bool  { return isLetterByte(c) || isDigitByte(c) || c == '_' || c == '$' }
