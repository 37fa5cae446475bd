package detectors

// Byte classes for the scanning loops: one table lookup per byte.
const (
	cDigit = 1 << iota
	cUpper
	cLower
	cSpace
	cB64   // base64 alphabet, standard and URL-safe, without letters and digits
	cWord  // bytes that continue an identifier token: letters, digits, _ . -
	cHex   // hexadecimal digits
	cQuery // bytes that end a URL query value
	cStart // bytes that can start something the text scanner looks at
	cStop  // bytes at which an unquoted key=value value may end (valueExtent)
	cKey   // bytes of a key's segment: letters, digits and '_'
	cRare  // bytes before a word that open a rare form: "=?UTF-8?Q?", "^DPT(", "^FD", "$HOME", "&lt;"
)

// cIdent marks bytes of identifier tokens: letters, digits and '_'.
const cIdent = cUpper | cLower | cDigit

// class is initialised as a variable, not in init, so that tables built
// from it (such as loud) are initialised after it.
var class = func() (class [256]uint16) {
	for b := '0'; b <= '9'; b++ {
		class[b] |= cDigit | cWord | cHex
	}
	for b := 'A'; b <= 'Z'; b++ {
		class[b] |= cUpper | cWord
	}
	for b := 'a'; b <= 'z'; b++ {
		class[b] |= cLower | cWord
	}
	for _, b := range "abcdefABCDEF" {
		class[b] |= cHex
	}
	for _, b := range " \t\r\n\v\f" {
		class[b] |= cSpace | cQuery
	}
	for _, b := range "+/=-_" {
		class[b] |= cB64
	}
	for _, b := range "_.-" {
		class[b] |= cWord
	}
	for _, b := range "&#\"'<>;" {
		class[b] |= cQuery
	}
	for i := range class {
		if class[i]&(cUpper|cLower|cDigit) != 0 {
			class[i] |= cStart
		}
	}
	for _, b := range "{[\"'+(/<_$@" {
		class[b] |= cStart
	}
	for i := range class {
		if class[i]&(cUpper|cLower|cDigit) != 0 || i == '_' {
			class[i] |= cKey
		}
	}
	for _, b := range " \t\r\n\v\f\"&#;|,^" {
		class[b] |= cStop
	}
	for _, b := range "?^$&" {
		class[b] |= cRare
	}
	for b := 0xC3; b <= 0xC5; b++ {
		class[b] |= cStart // lead bytes of accented Latin capitals: "Élodie", "Łukasz"
	}
	for b := range class {
		if scriptLead(byte(b)) {
			class[b] |= cStart // lead bytes of other scripts' letters: "ФИО: Шевчук Дмитро" (see scriptWord)
		}
	}
	return class
}()

func isDigit(b byte) bool  { return class[b]&cDigit != 0 }
func isUpper(b byte) bool  { return class[b]&cUpper != 0 }
func isLower(b byte) bool  { return class[b]&cLower != 0 }
func isLetter(b byte) bool { return class[b]&(cUpper|cLower) != 0 }
func isAlnum(b byte) bool  { return class[b]&(cUpper|cLower|cDigit) != 0 }
func isSpace(b byte) bool  { return class[b]&cSpace != 0 }
func isHex(b byte) bool    { return class[b]&cHex != 0 }

func lower(b byte) byte {
	if isUpper(b) {
		return b + 'a' - 'A'
	}
	return b
}

// equalFold reports whether b equals the lower-case ASCII word w, ignoring case.
func equalFold(b []byte, w string) bool {
	if len(b) != len(w) {
		return false
	}
	for i := range b {
		if lower(b[i]) != w[i] {
			return false
		}
	}
	return true
}

// digitsIn appends the ASCII digits of b to dst.
func digitsIn(dst, b []byte) []byte {
	for _, c := range b {
		if isDigit(c) {
			dst = append(dst, c)
		}
	}
	return dst
}

// atoi parses a short run of ASCII digits; it returns -1 for anything else.
func atoi(b []byte) int {
	if len(b) == 0 || len(b) > 9 {
		return -1
	}
	n := 0
	for _, c := range b {
		if !isDigit(c) {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}
