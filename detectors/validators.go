package detectors

import (
	"encoding/base64"
	"net/netip"
	"strings"
)

// Validators: checks a random string rarely passes. Each takes the value as
// written (with its separators) unless it says otherwise.

// validSSN reports whether the nine digits d follow the SSA's rules: no area
// 000, 666 or 900-999, no group 00, no serial 0000.
func validSSN(d []byte) bool {
	if len(d) != 9 {
		return false
	}
	area, group, serial := atoi(d[:3]), atoi(d[3:5]), atoi(d[5:])
	if area <= 0 || area == 666 || area >= 900 || group <= 0 || serial <= 0 {
		return false
	}
	// Numbers the SSA has published as examples or that were misused: not
	// found by their shape alone; under an SSN's keyword or key they are
	// reported, as test data typed where a real one goes (a policy's
	// allowlist takes them out).
	return string(d) != "078051120" && string(d) != "219099999" && string(d) != "123456789"
}

// luhn reports whether the digits d pass the Luhn check.
func luhn(d []byte) bool {
	if len(d) < 2 {
		return false
	}
	sum := 0
	double := false
	for i := len(d) - 1; i >= 0; i-- {
		n := int(d[i] - '0')
		if double {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
		double = !double
	}
	return sum%10 == 0
}

// cardIssuer returns the issuer of a card number by its prefix and length,
// or "" when no major network issues such a number.
func cardIssuer(d []byte) string {
	n := len(d)
	if n < 13 || n > 19 {
		return ""
	}
	p2 := atoi(d[:2])
	p4 := atoi(d[:4])
	p6 := atoi(d[:6])
	switch {
	case d[0] == '4' && (n == 13 || n == 16 || n == 19):
		return "visa"
	case (p2 >= 51 && p2 <= 55 || p4 >= 2221 && p4 <= 2720) && n == 16:
		return "mastercard"
	case (p2 == 34 || p2 == 37) && n == 15:
		return "amex"
	case (p4 == 6011 || p2 == 65 || p6 >= 622126 && p6 <= 622925 || p4 >= 6440 && p4 <= 6499) && n >= 16:
		return "discover"
	case p4 >= 3528 && p4 <= 3589 && n >= 16:
		return "jcb"
	case (p2 == 36 || p2 == 38 || p2 == 39 || p4 >= 3000 && p4 <= 3059) && n >= 14:
		return "diners"
	case p2 == 62 && n >= 16:
		return "unionpay"
	}
	return ""
}

// validNANP reports whether the ten digits d are a dialable North American
// number: area and exchange codes start with 2-9 and neither is an N11
// service code. (555-01xx numbers, reserved for fiction, are kept: a value
// shaped like a phone number under a phone key is redacted all the same.)
func validNANP(d []byte) bool {
	if len(d) != 10 {
		return false
	}
	if d[0] < '2' || d[3] < '2' {
		return false
	}
	if d[1] == '1' && d[2] == '1' { // N11
		return false
	}
	if d[4] == '1' && d[5] == '1' { // N11 exchange
		return false
	}
	if d[0] == '9' && d[1] == '9' { // 99X: reserved
		return false
	}
	return true
}

// validNPI reports whether the ten digits d are a National Provider
// Identifier: Luhn over the prefix 80840 and the number.
func validNPI(d []byte) bool {
	if len(d) != 10 || (d[0] != '1' && d[0] != '2') {
		return false
	}
	var buf [15]byte
	copy(buf[:], "80840")
	copy(buf[5:], d)
	return luhn(buf[:])
}

// validDEA reports whether s is a DEA registration number: two letters and
// seven digits whose last is the check digit.
func validDEA(s []byte) bool {
	if len(s) != 9 || !isUpper(s[0]) || !(isUpper(s[1]) || s[1] == '9') {
		return false
	}
	switch s[0] {
	case 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'P', 'R', 'S', 'T', 'U', 'X':
	default:
		return false
	}
	for _, c := range s[2:] {
		if !isDigit(c) {
			return false
		}
	}
	d := func(i int) int { return int(s[i] - '0') }
	sum := d(2) + d(4) + d(6) + 2*(d(3)+d(5)+d(7))
	return sum%10 == d(8)
}

// vinValue is the transliteration of VIN characters; 0 marks I, O and Q,
// which VINs never use.
var vinValue = func() (v [256]int8) {
	for i := range v {
		v[i] = -1
	}
	for c := '0'; c <= '9'; c++ {
		v[c] = int8(c - '0')
	}
	for i, c := range "ABCDEFGH" {
		v[c] = int8(i + 1)
	}
	for i, c := range "JKLMN" {
		v[c] = int8(i + 1)
	}
	v['P'], v['R'] = 7, 9
	for i, c := range "STUVWXYZ" {
		v[c] = int8(i + 2)
	}
	return v
}()

var vinWeight = [17]int{8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2}

// vinShape reports whether s is 17 VIN characters with at least two digits
// and two letters; validVIN also checks the position-9 check digit.
func vinShape(s []byte) bool {
	if len(s) != 17 {
		return false
	}
	digits, letters := 0, 0
	for _, c := range s {
		if vinValue[c] < 0 {
			return false
		}
		if isDigit(c) {
			digits++
		} else {
			letters++
		}
	}
	return digits >= 2 && letters >= 2
}

func validVIN(s []byte) bool {
	if !vinShape(s) {
		return false
	}
	sum := 0
	for i, c := range s {
		sum += int(vinValue[c]) * vinWeight[i]
	}
	r := sum % 11
	want := byte('0' + r)
	if r == 10 {
		want = 'X'
	}
	return s[8] == want
}

// validMBI reports whether s (11 characters, dashes removed) is a Medicare
// Beneficiary Identifier: positions 1, 4, 7, 10, 11 numeric (the first
// 1-9), 2, 5, 8, 9 alphabetic, 3 and 6 alphanumeric, never S L O I B Z.
func validMBI(s []byte) bool {
	if len(s) != 11 {
		return false
	}
	letter := func(c byte) bool {
		return isUpper(c) && c != 'S' && c != 'L' && c != 'O' && c != 'I' && c != 'B' && c != 'Z'
	}
	for i, c := range s {
		switch i {
		case 0:
			if c < '1' || c > '9' {
				return false
			}
		case 3, 6, 9, 10:
			if !isDigit(c) {
				return false
			}
		case 1, 4, 7, 8:
			if !letter(c) {
				return false
			}
		default:
			if !isDigit(c) && !letter(c) {
				return false
			}
		}
	}
	return true
}

// validABA reports whether the nine digits d are an ABA routing number:
// weights 3, 7, 1 and a known Federal Reserve prefix.
func validABA(d []byte) bool {
	if len(d) != 9 {
		return false
	}
	p := atoi(d[:2])
	return (p <= 12 || p >= 21 && p <= 32 || p >= 61 && p <= 72 || p == 80) && abaChecksum(d)
}

// abaChecksum reports whether the nine digits d pass the routing number's
// check digit (weights 3, 7, 1), whatever their prefix.
func abaChecksum(d []byte) bool {
	if len(d) != 9 {
		return false
	}
	w := [3]int{3, 7, 1}
	sum := 0
	for i, c := range d {
		sum += int(c-'0') * w[i%3]
	}
	return sum%10 == 0
}

// ibanLengths are the IBAN lengths of the countries that issue them.
var ibanLengths = map[string]int{
	"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
	"CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24,
	"FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21,
	"HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LI": 21,
	"LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30,
	"NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
	"SE": 24, "SI": 19, "SK": 24, "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
}

// validIBAN reports whether s (spaces removed, upper case) is an IBAN of
// its country's length whose mod-97 check gives 1.
func validIBAN(s []byte) bool {
	if len(s) < 15 || len(s) > 34 || !isUpper(s[0]) || !isUpper(s[1]) || !isDigit(s[2]) || !isDigit(s[3]) {
		return false
	}
	if n, ok := ibanLengths[string(s[:2])]; !ok || n != len(s) {
		return false
	}
	rem := 0
	add := func(c byte) bool {
		switch {
		case isDigit(c):
			rem = (rem*10 + int(c-'0')) % 97
		case isUpper(c):
			v := int(c-'A') + 10
			rem = (rem*100 + v) % 97
		default:
			return false
		}
		return true
	}
	for _, c := range s[4:] {
		if !add(c) {
			return false
		}
	}
	for _, c := range s[:4] {
		add(c)
	}
	return rem == 1
}

// validGS1 reports whether the digits d (a GTIN-8/12/13/14) end in their
// GS1 check digit.
func validGS1(d []byte) bool {
	n := len(d)
	if n != 8 && n != 12 && n != 13 && n != 14 {
		return false
	}
	sum := 0
	for i := n - 2; i >= 0; i-- {
		v := int(d[i] - '0')
		if (n-2-i)%2 == 0 {
			v *= 3
		}
		sum += v
	}
	return (10-sum%10)%10 == int(d[n-1]-'0')
}

// personalIP reports whether a is an address that can identify a person:
// not private, loopback, link-local, multicast, unspecified, shared
// (100.64.0.0/10) or reserved for documentation.
func personalIP(a netip.Addr) bool {
	a = a.Unmap()
	if !a.IsValid() || a.IsPrivate() || a.IsLoopback() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() ||
		a.IsMulticast() || a.IsUnspecified() || a.IsInterfaceLocalMulticast() {
		return false
	}
	if a.Is4() && a.As4()[3] == 0 {
		return false // a network, or an address truncated to its /24 as CDNs and analytics log it: no one's host
	}
	for _, p := range nonPersonalPrefixes {
		if p.Contains(a) {
			return false
		}
	}
	return true
}

var nonPersonalPrefixes = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("2001:db8::/32"),
	netip.MustParsePrefix("3fff::/20"),
	// Exchange Online's mail relays, as Microsoft publishes them: a message
	// trace's or a header's hop, no person's address.
	netip.MustParsePrefix("40.92.0.0/15"),
	netip.MustParsePrefix("40.107.0.0/16"),
	netip.MustParsePrefix("52.100.0.0/14"),
	netip.MustParsePrefix("104.47.0.0/17"),
}

// A blobKind is what a base64 payload decodes to.
type blobKind uint8

const (
	blobNone blobKind = iota
	blobJPEG
	blobPNG
	blobGIF
	blobWebP
	blobFaceISO // ISO/IEC 19794-5 face image
	blobFingerISO
	blobFingerImage
	blobIrisISO
	blobWSQ
	blobWAV
	blobOgg
	blobFLAC
)

func (k blobKind) category() Category {
	switch k {
	case blobJPEG, blobPNG, blobGIF, blobWebP, blobFaceISO:
		return Photo
	case blobNone:
		return 0
	}
	return Biometric
}

var blobDetector = [...]string{
	blobJPEG: "jpeg", blobPNG: "png", blobGIF: "gif", blobWebP: "webp", blobFaceISO: "iso19794_face",
	blobFingerISO: "iso19794_finger", blobFingerImage: "iso19794_finger_image", blobIrisISO: "iso19794_iris",
	blobWSQ: "wsq", blobWAV: "wav", blobOgg: "ogg", blobFLAC: "flac",
}

// sniffBase64 decodes the start of a base64 payload and names what it holds.
func sniffBase64(s []byte) blobKind {
	if len(s) < 16 {
		return blobNone
	}
	var in [24]byte
	n := copy(in[:], s)
	n -= n % 4
	var out [18]byte
	enc := base64.StdEncoding
	if bytesContainsAny(in[:n], "-_") {
		enc = base64.URLEncoding
	}
	m, err := enc.Decode(out[:], in[:n])
	if err != nil && m < 12 {
		return blobNone
	}
	return sniff(out[:m])
}

func bytesContainsAny(b []byte, chars string) bool {
	for _, c := range b {
		for i := 0; i < len(chars); i++ {
			if c == chars[i] {
				return true
			}
		}
	}
	return false
}

// sniff names the format of a file by its first bytes.
func sniff(h []byte) blobKind {
	has := func(off int, magic string) bool {
		return len(h) >= off+len(magic) && string(h[off:off+len(magic)]) == magic
	}
	switch {
	case has(0, "\xff\xd8\xff"):
		return blobJPEG
	case has(0, "\x89PNG\r\n\x1a\n"):
		return blobPNG
	case has(0, "GIF87a"), has(0, "GIF89a"):
		return blobGIF
	case has(0, "RIFF") && has(8, "WEBP"):
		return blobWebP
	case has(0, "RIFF") && has(8, "WAVE"):
		return blobWAV
	case has(0, "OggS"):
		return blobOgg
	case has(0, "fLaC"):
		return blobFLAC
	case has(0, "FAC\x00"):
		return blobFaceISO
	case has(0, "FMR\x00"):
		return blobFingerISO
	case has(0, "FIR\x00"):
		return blobFingerImage
	case has(0, "IIR\x00"):
		return blobIrisISO
	case has(0, "\xff\xa0\xff\xa8"), has(0, "\xff\xa0\xff\xa4"), has(0, "\xff\xa0\xff\xa5"), has(0, "\xff\xa0\xff\xa6"):
		return blobWSQ
	}
	return blobNone
}

// socialInsuranceNumber reports whether v is a Canadian social insurance
// number: nine digits, in groups of three or not, that pass the Luhn check
// and do not start with 0 or 8 (never issued to a person).
func socialInsuranceNumber(v []byte) bool {
	var d [9]byte
	n := 0
	for k, c := range v {
		switch {
		case isDigit(c) && n < len(d):
			d[n] = c
			n++
		case (c == ' ' || c == '-' || c == '+') && (k == 3 || k == 7):
		default:
			return false
		}
	}
	return n == 9 && d[0] != '0' && d[0] != '8' && luhn(d[:])
}

// validCPF checks a Brazilian CPF's eleven digits: two mod-11 check
// digits, and not one digit repeated ("111.111.111-11" passes the sums).
func validCPF(d []byte) bool {
	if len(d) != 11 || oneDigit(d) {
		return false
	}
	for n := 9; n <= 10; n++ {
		sum := 0
		for i := 0; i < n; i++ {
			sum += int(d[i]-'0') * (n + 1 - i)
		}
		c := sum * 10 % 11
		if c == 10 {
			c = 0
		}
		if c != int(d[n]-'0') {
			return false
		}
	}
	return true
}

// dniLetters are the check letters of Spain's DNI and NIE, by the
// number's remainder mod 23.
const dniLetters = "TRWAGMYFPDXBNJZSQVHLCKE"

// validDNI checks Spain's DNI (eight digits and a check letter,
// "71408319N") and NIE (X, Y or Z, seven digits and the letter,
// "Y2050528T"): the letter is the number's remainder mod 23, the NIE's
// first letter read as 0, 1 or 2.
func validDNI(v []byte) bool {
	if len(v) != 9 || !isUpper(v[8]) {
		return false
	}
	n := 0
	switch v[0] {
	case 'X', 'Y', 'Z':
		n = int(v[0] - 'X')
	default:
		if !isDigit(v[0]) {
			return false
		}
		n = int(v[0] - '0')
	}
	for _, c := range v[1:8] {
		if !isDigit(c) {
			return false
		}
		n = n*10 + int(c-'0')
	}
	return n > 0 && dniLetters[n%23] == v[8]
}

// curpChars are the values of a CURP's characters in its check digit's
// sum; '*' holds Ñ's place, which a CURP written in ASCII lacks.
const curpChars = "0123456789ABCDEFGHIJKLMN*OPQRSTUVWXYZ"

// validCURP checks Mexico's CURP, eighteen characters: four letters, a
// birth date (YYMMDD), the sex (H, M or X), a state's two letters, three
// consonants, a character for the century and a check digit over the rest
// ("GARC850915HDFRRL09").
func validCURP(v []byte) bool {
	if len(v) != 18 {
		return false
	}
	for k, c := range v {
		switch {
		case k < 4 || k >= 11 && k < 16:
			if !isUpper(c) {
				return false
			}
		case k < 10 || k == 17:
			if !isDigit(c) {
				return false
			}
		case k == 10:
			if c != 'H' && c != 'M' && c != 'X' {
				return false
			}
		case k == 16:
			if !isUpper(c) && !isDigit(c) {
				return false
			}
		}
	}
	if m, d := atoi(v[6:8]), atoi(v[8:10]); m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	sum := 0
	for k, c := range v[:17] {
		sum += strings.IndexByte(curpChars, c) * (18 - k)
	}
	return (10-sum%10)%10 == int(v[17]-'0')
}

// personalRFC reports whether v has the shape of a person's RFC, Mexico's
// tax number: four letters, a birth date (YYMMDD) and three characters of
// the homoclave ("CUMJ850915BJA"). A company's has three letters; the
// generic ones are no one's (genericRFC).
func personalRFC(v []byte) bool {
	if len(v) != 13 || genericRFC(v) {
		return false
	}
	for k, c := range v {
		switch {
		case k < 4:
			if !isUpper(c) && c != '&' {
				return false
			}
		case k < 10:
			if !isDigit(c) {
				return false
			}
		default:
			if !isUpper(c) && !isDigit(c) {
				return false
			}
		}
	}
	m, d := atoi(v[6:8]), atoi(v[8:10])
	return m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// genericRFC reports whether v is an RFC that invoices to the public
// ("XAXX010101000") and to foreigners ("XEXX010101000") carry.
func genericRFC(v []byte) bool {
	return string(v) == "XAXX010101000" || string(v) == "XEXX010101000"
}
