package synth

// Check-digit and structure rules of the identifiers the generator makes.
// The generators below produce only values that pass these checks, and the
// tests run every labeled value of those kinds through them.

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// digitsOf keeps the ASCII digits of s.
func digitsOf(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			b = append(b, s[i])
		}
	}
	return string(b)
}

// alnumOf keeps ASCII letters (upper-cased) and digits of s.
func alnumOf(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c), c >= 'A' && c <= 'Z':
			b = append(b, c)
		case c >= 'a' && c <= 'z':
			b = append(b, c-32)
		}
	}
	return string(b)
}

// luhnValid reports whether the digit string s passes the Luhn check.
func luhnValid(s string) bool {
	if len(s) < 2 {
		return false
	}
	sum := 0
	for i := 0; i < len(s); i++ {
		c := s[len(s)-1-i]
		if !isDigit(c) {
			return false
		}
		d := int(c - '0')
		if i%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

// luhnCheck returns the Luhn check digit to append to the digit string s.
func luhnCheck(s []byte) byte {
	sum := 0
	for i := 0; i < len(s); i++ {
		d := int(s[len(s)-1-i] - '0')
		if i%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return byte('0' + (10-sum%10)%10)
}

// ssnValid applies the SSA rules: area not 000, 666 or 900-999, group not
// 00, serial not 0000. s is 9 digits.
func ssnValid(s string) bool {
	if len(s) != 9 {
		return false
	}
	for i := 0; i < 9; i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	area, group, serial := s[:3], s[3:5], s[5:]
	return area != "000" && area != "666" && area[0] != '9' && group != "00" && serial != "0000"
}

// cardIssuerValid reports whether a card number has a known issuer prefix
// and the length that issuer uses.
func cardIssuerValid(s string) bool {
	n := len(s)
	p2 := atoi(s[:2])
	p4 := atoi(s[:4])
	switch {
	case s[0] == '4':
		return n == 16 || n == 13 || n == 19
	case p2 >= 51 && p2 <= 55, p4 >= 2221 && p4 <= 2720:
		return n == 16
	case p2 == 34 || p2 == 37:
		return n == 15
	case p4 == 6011, p2 == 65, p4/10 >= 644 && p4/10 <= 649:
		return n == 16
	case p4 >= 3528 && p4 <= 3589:
		return n == 16
	case p2 == 36:
		return n == 14
	}
	return false
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// vinValue is the transliteration of VIN characters (0 for the letters a
// VIN never uses).
func vinValue(c byte) int {
	if isDigit(c) {
		return int(c - '0')
	}
	const tr = "12345678-12345-7-923456789" // A..Z, - for I, O, Q
	if c >= 'A' && c <= 'Z' {
		if v := tr[c-'A']; v != '-' {
			return int(v - '0')
		}
	}
	return -1
}

var vinWeights = [17]int{8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2}

// vinCheck returns the check character (position 9) for a 17-char VIN.
func vinCheck(v []byte) byte {
	sum := 0
	for i := 0; i < 17; i++ {
		sum += vinValue(v[i]) * vinWeights[i]
	}
	r := sum % 11
	if r == 10 {
		return 'X'
	}
	return byte('0' + r)
}

// vinValid checks the alphabet (no I, O, Q) and the position-9 check digit.
func vinValid(s string) bool {
	if len(s) != 17 {
		return false
	}
	for i := 0; i < 17; i++ {
		if vinValue(s[i]) < 0 {
			return false
		}
	}
	return vinCheck([]byte(s)) == s[8]
}

// MBI alphabet: letters without S, L, O, I, B, Z.
const mbiAlpha = "ACDEFGHJKMNPQRTUVWXY"

// mbiPattern gives each MBI position: C 1-9, A letter, N digit, X letter or digit.
const mbiPattern = "CAXNAXNAANN"

// mbiValid checks the Medicare Beneficiary Identifier positions.
func mbiValid(s string) bool {
	if len(s) != 11 {
		return false
	}
	for i := 0; i < 11; i++ {
		c := s[i]
		alpha := c >= 'A' && c <= 'Z' && indexByte(mbiAlpha, c) >= 0
		switch mbiPattern[i] {
		case 'C':
			if c < '1' || c > '9' {
				return false
			}
		case 'A':
			if !alpha {
				return false
			}
		case 'N':
			if !isDigit(c) {
				return false
			}
		case 'X':
			if !alpha && !isDigit(c) {
				return false
			}
		}
	}
	return true
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// ibanMod97 computes the ISO 13616 remainder of an IBAN rearranged with its
// first four characters moved to the end.
func ibanMod97(s string) int {
	r := 0
	add := func(c byte) {
		switch {
		case isDigit(c):
			r = (r*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			v := int(c-'A') + 10
			r = (r*100 + v) % 97
		}
	}
	for i := 4; i < len(s); i++ {
		add(s[i])
	}
	for i := 0; i < 4 && i < len(s); i++ {
		add(s[i])
	}
	return r
}

// ibanValid checks the country length and the mod-97 check.
func ibanValid(s string) bool {
	if len(s) < 15 || len(s) > 34 {
		return false
	}
	for _, c := range ibanCountries {
		if c.cc == s[:2] {
			return len(s) == 4+patternLen(c.bban) && ibanMod97(s) == 1
		}
	}
	return false
}

// deaValid checks a DEA registration number: two letters, six digits and a
// check digit equal to (d1+d3+d5 + 2*(d2+d4+d6)) mod 10.
func deaValid(s string) bool {
	if len(s) != 9 || indexByte("ABCDEFGHJKLMPRSTUX", s[0]) < 0 {
		return false
	}
	if !(s[1] >= 'A' && s[1] <= 'Z' || s[1] == '9') {
		return false
	}
	d := make([]int, 7)
	for i := 0; i < 7; i++ {
		if !isDigit(s[2+i]) {
			return false
		}
		d[i] = int(s[2+i] - '0')
	}
	return (d[0]+d[2]+d[4]+2*(d[1]+d[3]+d[5]))%10 == d[6]
}

// npiValid checks a National Provider Identifier: 10 digits starting with 1
// or 2 whose Luhn check over the prefix 80840 holds.
func npiValid(s string) bool {
	if len(s) != 10 || (s[0] != '1' && s[0] != '2') {
		return false
	}
	return luhnValid("80840" + s)
}

// gs1Check returns the GS1 check digit for the payload digits s.
func gs1Check(s []byte) byte {
	sum := 0
	for i := 0; i < len(s); i++ {
		d := int(s[len(s)-1-i] - '0')
		if i%2 == 0 {
			d *= 3
		}
		sum += d
	}
	return byte('0' + (10-sum%10)%10)
}

// gs1Valid checks a GTIN's (or any GS1 key's) last digit.
func gs1Valid(s string) bool {
	if len(s) < 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return gs1Check([]byte(s[:len(s)-1])) == s[len(s)-1]
}

// nanpValid checks a 10-digit North American number: area and exchange
// codes start with 2-9 and are not N11 service codes.
func nanpValid(s string) bool {
	if len(s) == 11 && s[0] == '1' {
		s = s[1:]
	}
	if len(s) != 10 {
		return false
	}
	ok := func(c string) bool { return c[0] >= '2' && !(c[1] == '1' && c[2] == '1') }
	return ok(s[:3]) && ok(s[3:6]) && s[1] != '9'
}

// ibanCountries lists the BBAN layout of the countries generated: n digit,
// a upper-case letter, c letter or digit, each with a repeat count.
var ibanCountries = []struct{ cc, bban string }{
	{"DE", "18n"}, {"GB", "4a14n"}, {"FR", "10n11c2n"}, {"NL", "4a10n"}, {"ES", "20n"},
	{"IT", "1a10n12c"}, {"CH", "5n12c"}, {"BE", "12n"}, {"AT", "16n"}, {"IE", "4a14n"},
	{"PL", "24n"}, {"SE", "20n"}, {"NO", "11n"}, {"DK", "14n"}, {"PT", "21n"},
}

func patternLen(p string) int {
	n, total := 0, 0
	for i := 0; i < len(p); i++ {
		if isDigit(p[i]) {
			n = n*10 + int(p[i]-'0')
		} else {
			total += n
			n = 0
		}
	}
	return total
}
