package synth

import (
	"unicode"
	"unicode/utf8"
)

// Value generators append a raw (unescaped) value to d.

// appendCase appends s upper- or lower-cased.
func appendCase(d []byte, s string, upper bool) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if upper && c >= 'a' && c <= 'z' {
				c -= 32
			} else if !upper && c >= 'A' && c <= 'Z' {
				c += 32
			}
			d = append(d, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if upper {
			r = unicode.ToUpper(r)
		} else {
			r = unicode.ToLower(r)
		}
		d = utf8.AppendRune(d, r)
		i += n
	}
	return d
}

// fold maps accented Latin letters to ASCII for e-mail and URL slugs.
var fold = map[rune]byte{
	'á': 'a', 'à': 'a', 'ä': 'a', 'â': 'a', 'ã': 'a', 'é': 'e', 'è': 'e', 'ë': 'e', 'ê': 'e',
	'í': 'i', 'ï': 'i', 'ó': 'o', 'ö': 'o', 'ô': 'o', 'ø': 'o', 'ú': 'u', 'ü': 'u', 'ñ': 'n',
	'ç': 'c', 'ś': 's', 'ß': 's', 'ő': 'o', 'Ø': 'o', 'Ö': 'o', 'Ä': 'a', 'É': 'e', 'Á': 'a',
}

// appendSlug appends s lower-cased with only ASCII letters and digits kept.
func appendSlug(d []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			d = append(d, byte(r))
		case r >= 'A' && r <= 'Z':
			d = append(d, byte(r)+32)
		case r >= 0x80:
			if c, ok := fold[r]; ok {
				d = append(d, c)
			}
		}
	}
	return d
}

func firstRuneUpper(s string) byte {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case s == "":
		return 'X'
	case r >= 'a' && r <= 'z':
		return byte(r) - 32
	case r < 0x80:
		return byte(r)
	}
	if c, ok := fold[r]; ok {
		return c - 32
	}
	return 'X'
}

// Full-name forms.
const (
	nameFirstLast = iota
	nameFirstMILast
	nameFirstMiddleLast
	nameLastFirst
	nameLastFirstUpper
	nameLastFirstMI
	nameUpper
	nameFirstMLast
	nameLower
	nameLastFirstMiddle
	numNameForms
)

var nameFormWeights = []int{30, 8, 7, 14, 6, 5, 5, 5, 3, 3}

func (g *gen) nameForm() int { return g.weighted(nameFormWeights) }

func appendName(d []byte, p *person, form int) []byte {
	switch form {
	case nameFirstLast:
		d = append(append(append(d, p.first...), ' '), p.last...)
	case nameFirstMILast:
		d = append(append(append(d, p.first...), ' ', p.middle[0], '.', ' '), p.last...)
	case nameFirstMiddleLast:
		d = append(append(append(append(append(d, p.first...), ' '), p.middle...), ' '), p.last...)
	case nameLastFirst:
		d = append(append(append(d, p.last...), ',', ' '), p.first...)
	case nameLastFirstUpper:
		d = appendCase(append(appendCase(d, p.last, true), ',', ' '), p.first, true)
	case nameLastFirstMI:
		d = append(append(append(append(d, p.last...), ',', ' '), p.first...), ' ', p.middle[0])
	case nameUpper:
		d = appendCase(append(appendCase(d, p.first, true), ' '), p.last, true)
	case nameFirstMLast:
		d = append(append(append(d, p.first...), ' ', p.middle[0], ' '), p.last...)
	case nameLower:
		d = appendCase(append(appendCase(d, p.first, false), ' '), p.last, false)
	default:
		d = append(append(append(append(append(d, p.last...), ',', ' '), p.first...), ' '), p.middle...)
	}
	return d
}

// Dates.

const (
	dISO      = iota // 2001-02-03
	dUS              // 02/03/2001
	dUSShort         // 2/3/2001
	dDMonY           // 3 Feb 2001
	dMonthDY         // February 3, 2001
	dMonDY           // Feb 3, 2001
	dCompact         // 20010203
	dDDMonY          // 03-Feb-2001
	dDDMONY          // 03-FEB-2001
	dSlashISO        // 2001/02/03
	dDotted          // 03.02.2001
	dUSDash          // 02-03-2001
	dISOMidnight
	dISOTime   // 2001-02-03T14:22:05.000Z
	dSpaceTime // 2001-02-03 14:22
	dUSTime    // 02/03/2001 2:22 PM
	dHL7TS     // 200102031422
	dUS2       // 02/03/01
	dLong      // Saturday, February 3, 2001
	dISOSpace0 // 2001-02-03 00:00:00
	numDateForms
)

var dobFormWeights = []int{20, 18, 6, 5, 6, 5, 6, 4, 2, 3, 2, 3, 5, 0, 0, 0, 0, 1, 1, 2}
var eventFormWeights = []int{14, 12, 4, 3, 4, 3, 3, 3, 1, 2, 1, 2, 3, 8, 7, 5, 3, 1, 1, 2}

var weekdayFull = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

func appendDate(d []byte, t date, form int) []byte {
	switch form {
	case dISO:
		d = appendPad(append(appendPad(append(appendPad(d, t.y, 4), '-'), t.m, 2), '-'), t.d, 2)
	case dUS:
		d = appendPad(append(appendPad(append(appendPad(d, t.m, 2), '/'), t.d, 2), '/'), t.y, 4)
	case dUSShort:
		d = appendInt(append(appendInt(append(appendInt(d, t.m), '/'), t.d), '/'), t.y)
	case dDMonY:
		d = appendInt(append(append(append(appendInt(d, t.d), ' '), monthAbbr[t.m-1]...), ' '), t.y)
	case dMonthDY:
		d = appendInt(append(appendInt(append(append(d, monthFull[t.m-1]...), ' '), t.d), ',', ' '), t.y)
	case dMonDY:
		d = appendInt(append(appendInt(append(append(d, monthAbbr[t.m-1]...), ' '), t.d), ',', ' '), t.y)
	case dCompact:
		d = appendPad(appendPad(appendPad(d, t.y, 4), t.m, 2), t.d, 2)
	case dDDMonY:
		d = appendInt(append(append(append(appendPad(d, t.d, 2), '-'), monthAbbr[t.m-1]...), '-'), t.y)
	case dDDMONY:
		d = appendInt(append(appendCase(append(appendPad(d, t.d, 2), '-'), monthAbbr[t.m-1], true), '-'), t.y)
	case dSlashISO:
		d = appendPad(append(appendPad(append(appendPad(d, t.y, 4), '/'), t.m, 2), '/'), t.d, 2)
	case dDotted:
		d = appendPad(append(appendPad(append(appendPad(d, t.d, 2), '.'), t.m, 2), '.'), t.y, 4)
	case dUSDash:
		d = appendPad(append(appendPad(append(appendPad(d, t.m, 2), '-'), t.d, 2), '-'), t.y, 4)
	case dISOMidnight:
		d = append(appendDate(d, t, dISO), "T00:00:00Z"...)
	case dISOTime:
		d = append(appendDate(d, t, dISO), 'T')
		d = appendPad(append(appendPad(append(appendPad(d, t.hh, 2), ':'), t.mi, 2), ':'), t.ss, 2)
		d = append(d, ".000Z"...)
	case dSpaceTime:
		d = append(appendDate(d, t, dISO), ' ')
		d = appendPad(append(appendPad(d, t.hh, 2), ':'), t.mi, 2)
	case dUSTime:
		d = append(appendDate(d, t, dUS), ' ')
		h, ampm := t.hh%12, " AM"
		if h == 0 {
			h = 12
		}
		if t.hh >= 12 {
			ampm = " PM"
		}
		d = append(appendPad(append(appendInt(d, h), ':'), t.mi, 2), ampm...)
	case dHL7TS:
		d = appendPad(appendPad(appendDate(d, t, dCompact), t.hh, 2), t.mi, 2)
	case dUS2:
		d = appendPad(append(appendPad(append(appendPad(d, t.m, 2), '/'), t.d, 2), '/'), t.y%100, 2)
	case dLong:
		d = append(append(d, weekdayFull[t.weekday()]...), ',', ' ')
		d = appendDate(d, t, dMonthDY)
	default:
		d = append(appendDate(d, t, dISO), " 00:00:00"...)
	}
	return d
}

// Ages.

func (g *gen) oldAge() int   { return g.rng(90, 108) }
func (g *gen) youngAge() int { return g.weighted(ageWeights) }

// ageWeights skews ages ≤ 89 toward adults, as in a clinic.
var ageWeights = func() []int {
	w := make([]int, 90)
	for i := range w {
		switch {
		case i < 18:
			w[i] = 2
		case i < 65:
			w[i] = 4
		default:
			w[i] = 3
		}
	}
	return w
}()

// Phones.

func (g *gen) nanpCode(d []byte, area bool) []byte {
	for {
		a, b, c := byte('2'+g.n(8)), g.digit(), g.digit()
		if b == '1' && c == '1' || a == b && b == c {
			continue
		}
		if area && (b == '9' || a == '8' && b == c || a == '9' && b == '0' && c == '0' || a == '5' && b == '5' && c == '5') {
			continue // reserved, toll-free, premium, fictional
		}
		if !area && a == '5' && b == '5' && c == '5' {
			continue
		}
		return append(d, a, b, c)
	}
}

const numPhoneForms = 11

func (g *gen) phone(d []byte) []byte {
	var n [10]byte
	x := g.nanpCode(n[:0], true)
	x = g.nanpCode(x, false)
	appendDigits(g, x, 4)
	a, e, l := n[:3], n[3:6], n[6:10]
	switch g.n(numPhoneForms) {
	case 0:
		d = append(append(append(append(append(append(d, '('), a...), ')', ' '), e...), '-'), l...)
	case 1:
		d = append(append(append(append(append(d, a...), '-'), e...), '-'), l...)
	case 2:
		d = append(append(append(append(append(d, a...), '.'), e...), '.'), l...)
	case 3:
		d = append(d, n[:]...)
	case 4:
		d = append(append(append(append(append(append(d, "+1 "...), a...), ' '), e...), ' '), l...)
	case 5:
		d = append(append(d, "+1"...), n[:]...)
	case 6:
		d = append(append(append(append(append(append(d, "1-"...), a...), '-'), e...), '-'), l...)
	case 7:
		d = append(append(append(append(append(append(d, "+1-"...), a...), '-'), e...), '-'), l...)
	case 8:
		d = append(append(append(append(append(append(d, '('), a...), ')'), e...), '-'), l...)
	case 9:
		d = append(append(append(append(append(d, a...), ' '), e...), ' '), l...)
	default:
		d = append(append(append(append(append(append(d, "+1 ("...), a...), ") "...), e...), '-'), l...)
	}
	return d
}

// E-mail.

var mailDomains = []string{
	"gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "proton.me",
	"protonmail.com", "comcast.net", "att.net", "verizon.net", "me.com", "live.com", "msn.com",
	"ymail.com", "gmx.com", "mail.com", "fastmail.com", "hey.com", "zoho.com", "sbcglobal.net",
	"bellsouth.net", "cox.net", "charter.net", "earthlink.net", "rocketmail.com", "juno.com",
	"alumni.stanford.edu", "umich.edu", "btinternet.com", "web.de", "orange.fr", "shaw.ca",
}

func (g *gen) email(d []byte, p *person) []byte {
	s := len(d)
	switch g.n(9) {
	case 0:
		d = append(appendSlug(d, p.first), '.')
		d = appendSlug(d, p.last)
	case 1:
		d = appendSlug(appendSlug(d, p.first), p.last)
	case 2:
		d = append(d, firstRuneUpper(p.first)+32)
		d = appendSlug(d, p.last)
	case 3:
		d = append(appendSlug(d, p.first), '_')
		d = appendSlug(d, p.last)
	case 4:
		d = append(appendSlug(d, p.first), '.')
		d = append(appendSlug(d, p.last), '+')
		d = append(d, pick(g, []string{"health", "portal", "rx", "appts", "work"})...)
	case 5:
		d = append(appendSlug(d, p.last), '.')
		d = appendSlug(d, p.first)
	case 6:
		d = appendSlug(d, p.first)
		d = appendInt(d, g.rng(1, 99))
	case 7:
		d = append(appendSlug(d, p.first), '.')
		d = appendSlug(d, p.last)
		d = appendInt(d, p.dob.y%100)
	default:
		d = appendSlug(d, p.last)
		d = append(d, firstRuneUpper(p.first)+32)
		d = appendInt(d, g.rng(10, 9999))
	}
	if len(d) == s {
		d = append(d, "pt"...)
	}
	d = append(append(d, '@'), pick(g, mailDomains)...)
	if g.chance(0.06) { // some people type their address in mixed case
		d[s] = d[s] &^ 0x20
	}
	return d
}

// SSN.

func (g *gen) ssnDigits(d []byte) []byte {
	for {
		a := g.rng(1, 899)
		if a == 666 {
			continue
		}
		d = appendPad(d, a, 3)
		d = appendPad(d, g.rng(1, 99), 2)
		return appendPad(d, g.rng(1, 9999), 4)
	}
}

func (g *gen) ssn(d []byte) []byte {
	var n [9]byte
	g.ssnDigits(n[:0])
	switch g.weighted([]int{60, 12, 28}) {
	case 0:
		return append(append(append(append(append(d, n[:3]...), '-'), n[3:5]...), '-'), n[5:]...)
	case 1:
		return append(append(append(append(append(d, n[:3]...), ' '), n[3:5]...), ' '), n[5:]...)
	}
	return append(d, n[:]...)
}

// ITIN: 9xx-[50-65,70-88,90-92,94-99]-xxxx, an other_id.
func (g *gen) itin(d []byte) []byte {
	groups := []int{50, 51, 55, 58, 60, 63, 65, 70, 72, 78, 80, 83, 88, 90, 92, 94, 97, 99}
	d = append(d, '9')
	d = appendDigits(g, d, 2)
	d = append(d, '-')
	d = appendInt(d, pick(g, groups))
	d = append(d, '-')
	return appendDigits(g, d, 4)
}

// MRN, in the styles of different record systems.

func (g *gen) mrn(d []byte) []byte {
	switch g.n(10) {
	case 0:
		d = appendDigits(g, append(d, pick(g, []string{"E", "K", "H", "R", "V"})...), 7)
	case 1:
		d = appendPad(d, g.rng(1, 9999999), 8)
	case 2:
		d = appendDigits(g, append(d, pick(g, []string{"MRN", "MR", "MRN-", "MR-"})...), g.rng(6, 8))
	case 3:
		d = appendDigits(g, append(d, byte('1'+g.n(9))), 9)
	case 4:
		d = appendDigits(g, append(appendDigits(g, d, 2), '-'), 6)
	case 5:
		d = appendDigits(g, appendUpper(g, d, 3), 7)
	case 6:
		d = appendDigits(g, append(d, byte('1'+g.n(9))), 6)
	case 7:
		d = appendDigits(g, append(appendDigits(g, append(d, g.upper()), 2), g.upper()), 4)
	case 8:
		d = appendDigits(g, append(d, 'M'), 9)
	default:
		d = append(appendDigits(g, append(appendDigits(g, d, 3), '-'), 3), '-')
		d = appendDigits(g, d, 3)
	}
	return d
}

// Health plan IDs.

func (g *gen) mbi(d []byte) []byte {
	var m [11]byte
	for i := range 11 {
		switch mbiPattern[i] {
		case 'C':
			m[i] = byte('1' + g.n(9))
		case 'A':
			m[i] = mbiAlpha[g.n(len(mbiAlpha))]
		case 'N':
			m[i] = g.digit()
		default:
			if g.chance(0.5) {
				m[i] = g.digit()
			} else {
				m[i] = mbiAlpha[g.n(len(mbiAlpha))]
			}
		}
	}
	if g.chance(0.2) {
		return append(append(append(append(append(d, m[:4]...), '-'), m[4:7]...), '-'), m[7:]...)
	}
	return append(d, m[:]...)
}

func (g *gen) memberID(d []byte) []byte {
	switch g.n(7) {
	case 0:
		d = appendDigits(g, append(d, 'W'), 9)
	case 1:
		d = appendDigits(g, appendUpper(g, d, 3), 9)
	case 2:
		d = appendDigits(g, appendUpper(g, d, 3), 10)
	case 3:
		d = append(appendDigits(g, d, 9), '-', '0', byte('0'+g.rng(1, 4)))
	case 4:
		d = append(appendDigits(g, append(d, byte('1'+g.n(9))), 8), '0', byte('0'+g.rng(1, 3)))
	case 5: // state Medicaid style: two letters, five digits, one letter
		d = append(appendDigits(g, appendUpper(g, d, 2), 5), g.upper())
	default:
		d = appendDigits(g, appendUpper(g, d, 2), 10)
	}
	return d
}

// Account numbers.

type cardIssuer struct {
	prefixes []string
	length   int
}

var cardIssuers = []cardIssuer{
	{[]string{"4"}, 16}, {[]string{"4"}, 16}, {[]string{"51", "52", "53", "54", "55"}, 16},
	{[]string{"2221", "2305", "2500", "2720", "2630"}, 16}, {[]string{"34", "37"}, 15},
	{[]string{"6011", "65", "644", "649"}, 16}, {[]string{"3528", "3566", "3589"}, 16},
	{[]string{"36"}, 14},
}

func (g *gen) card(d []byte) []byte {
	is := pick(g, cardIssuers)
	var n [19]byte
	x := append(n[:0], pick(g, is.prefixes)...)
	x = appendDigits(g, x, is.length-1-len(x))
	x = append(x, luhnCheck(x))
	switch g.weighted([]int{55, 25, 20}) {
	case 0:
		return append(d, x...)
	}
	sep := byte(' ')
	if g.chance(0.45) {
		sep = '-'
	}
	groups := []int{4, 4, 4, 4}
	switch is.length {
	case 15:
		groups = []int{4, 6, 5}
	case 14:
		groups = []int{4, 6, 4}
	}
	i := 0
	for k, gl := range groups {
		if k > 0 {
			d = append(d, sep)
		}
		d = append(d, x[i:i+gl]...)
		i += gl
	}
	return d
}

func (g *gen) iban(d []byte) []byte {
	c := pick(g, ibanCountries)
	var b [34]byte
	x := append(b[:0], c.cc...)
	x = append(x, '0', '0')
	n := 0
	for i := 0; i < len(c.bban); i++ {
		ch := c.bban[i]
		if isDigit(ch) {
			n = n*10 + int(ch-'0')
			continue
		}
		for range n {
			switch ch {
			case 'n':
				x = append(x, g.digit())
			case 'a':
				x = append(x, g.upper())
			default:
				x = append(x, g.alnumU())
			}
		}
		n = 0
	}
	ck := 98 - ibanMod97(string(x))
	x[2], x[3] = byte('0'+ck/10), byte('0'+ck%10)
	if g.chance(0.5) {
		return append(d, x...)
	}
	for i := 0; i < len(x); i += 4 {
		if i > 0 {
			d = append(d, ' ')
		}
		d = append(d, x[i:min(i+4, len(x))]...)
	}
	return d
}

func (g *gen) bankAccount(d []byte) []byte {
	return appendDigits(g, append(d, byte('1'+g.n(9))), g.rng(7, 11))
}

func (g *gen) hospitalAccount(d []byte) []byte {
	switch g.n(4) {
	case 0:
		return appendDigits(g, append(d, byte('1'+g.n(9))), 9)
	case 1:
		return appendDigits(g, append(d, pick(g, []string{"A", "HAR", "PA", "G"})...), 8)
	case 2:
		return appendDigits(g, append(appendDigits(g, d, 5), '-'), 6)
	}
	return appendDigits(g, append(d, byte('1'+g.n(9))), 11)
}

// Licenses.

func (g *gen) driversLicense(d []byte) []byte {
	switch g.n(11) {
	case 0: // CA
		return appendDigits(g, append(d, g.upper()), 7)
	case 1: // NY
		return appendDigits(g, append(d, byte('1'+g.n(9))), 8)
	case 2: // NY printed
		return appendDigits(g, append(appendDigits(g, append(appendDigits(g, d, 3), ' '), 3), ' '), 3)
	case 3: // TX
		return appendDigits(g, append(d, byte('1'+g.n(4))), 7)
	case 4: // FL
		d = appendDigits(g, append(d, g.upper()), 3)
		d = appendDigits(g, append(d, '-'), 3)
		d = appendDigits(g, append(d, '-'), 2)
		d = appendDigits(g, append(d, '-'), 3)
		return appendDigits(g, append(d, '-'), 1)
	case 5: // IL
		d = appendDigits(g, append(d, g.upper()), 3)
		d = appendDigits(g, append(d, '-'), 4)
		return appendDigits(g, append(d, '-'), 4)
	case 6: // WA
		d = append(d, "WDL"...)
		for range 9 {
			d = append(d, g.alnumU())
		}
		return d
	case 7: // PA
		return appendDigits(g, append(appendDigits(g, append(appendDigits(g, d, 2), ' '), 3), ' '), 3)
	case 8: // MI
		d = appendDigits(g, append(d, g.upper()), 3)
		for range 3 {
			d = appendDigits(g, append(d, ' '), 3)
		}
		return d
	case 9: // OH
		return appendDigits(g, appendUpper(g, d, 2), 6)
	}
	return appendDigits(g, append(d, 'S'), 8) // MA
}

func (g *gen) dea(d []byte, p *person) []byte {
	d = append(d, "ABFGMPX"[g.n(7)])
	if g.chance(0.1) {
		d = append(d, '9')
	} else {
		c := firstRuneUpper(p.last)
		if c < 'A' || c > 'Z' {
			c = 'K'
		}
		d = append(d, c)
	}
	var n [6]int
	for i := range n {
		n[i] = g.n(10)
		d = append(d, byte('0'+n[i]))
	}
	return append(d, byte('0'+(n[0]+n[2]+n[4]+2*(n[1]+n[3]+n[5]))%10))
}

func (g *gen) npi(d []byte) []byte {
	var b [14]byte
	x := append(b[:0], "80840"...)
	x = append(x, byte('1'+g.n(2)))
	x = appendDigits(g, x, 8)
	x = append(x, luhnCheck(x))
	return append(d, x[5:]...)
}

func (g *gen) stateLicense(d []byte) []byte {
	switch g.n(6) {
	case 0:
		return appendDigits(g, append(d, "MD"...), g.rng(5, 6))
	case 1:
		return appendDigits(g, append(d, 'A'), 5)
	case 2:
		return appendDigits(g, append(d, "RN"...), g.rng(6, 7))
	case 3:
		return appendDigits(g, append(d, "LPN-"...), 5)
	case 4:
		return appendDigits(g, append(d, "NP"...), 6)
	}
	return appendDigits(g, append(d, "DO."...), 6)
}

// Vehicles.

var wmis = []string{"1HG", "1FA", "1FT", "2T1", "JHM", "WBA", "5YJ", "3VW", "KMH", "1G1", "JN1", "4T1", "5NP", "WDD", "YV1", "SAL", "JTD", "1C4", "2HG", "WVW"}

const vinAlnum = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
const vinYear = "ABCDEFGHJKLMNPRSTVWXY123456789"

func (g *gen) vin(d []byte) []byte {
	var v [17]byte
	copy(v[:], pick(g, wmis))
	for i := 3; i < 8; i++ {
		v[i] = vinAlnum[g.n(len(vinAlnum))]
	}
	v[8] = '0'
	v[9] = vinYear[g.n(len(vinYear))]
	v[10] = vinAlnum[g.n(len(vinAlnum))]
	for i := 11; i < 17; i++ {
		v[i] = g.digit()
	}
	v[8] = vinCheck(v[:])
	return append(d, v[:]...)
}

func (g *gen) plate(d []byte) []byte {
	switch g.n(7) {
	case 0:
		return appendDigits(g, appendUpper(g, append(d, byte('1'+g.n(9))), 3), 3)
	case 1:
		return appendDigits(g, append(appendUpper(g, d, 3), '-'), 4)
	case 2:
		return appendDigits(g, append(appendUpper(g, d, 3), ' '), 4)
	case 3:
		return appendUpper(g, append(appendDigits(g, d, 3), ' '), 3)
	case 4:
		return appendDigits(g, append(appendUpper(g, d, 2), ' '), 5)
	case 5:
		return appendDigits(g, appendUpper(g, append(d, g.digit()), 2), 4)
	}
	d = appendUpper(g, d, 3)
	return appendDigits(g, append(d, '-'), 3)
}

// Devices.

func (g *gen) imei(d []byte) []byte {
	var b [15]byte
	x := append(b[:0], pick(g, []string{"35", "86", "01", "99", "49"})...)
	x = appendDigits(g, x, 12)
	x = append(x, luhnCheck(x))
	switch g.weighted([]int{70, 15, 15}) {
	case 1:
		return append(append(append(append(append(append(append(d, x[:2]...), '-'), x[2:8]...), '-'), x[8:14]...), '-'), x[14])
	case 2:
		return append(append(append(append(append(append(append(d, x[:2]...), ' '), x[2:8]...), ' '), x[8:14]...), ' '), x[14])
	}
	return append(d, x...)
}

func (g *gen) mac(d []byte) []byte {
	var o [6]byte
	for i := range o {
		o[i] = byte(g.n(256))
	}
	o[0] &^= 3 // unicast, globally administered
	hex := "0123456789abcdef"
	if g.chance(0.5) {
		hex = "0123456789ABCDEF"
	}
	switch g.weighted([]int{60, 25, 15}) {
	case 0, 1:
		sep := byte(':')
		if g.chance(0.4) {
			sep = '-'
		}
		for i, b := range o {
			if i > 0 {
				d = append(d, sep)
			}
			d = append(d, hex[b>>4], hex[b&15])
		}
	default:
		for i, b := range o {
			if i > 0 && i%2 == 0 {
				d = append(d, '.')
			}
			d = append(d, hex[b>>4], hex[b&15])
		}
	}
	return d
}

// udi appends a GS1 UDI: (01) GTIN-14 with check digit, then expiry, lot and
// serial application identifiers.
func (g *gen) udi(d []byte) []byte {
	var b [14]byte
	x := append(b[:0], byte('0'+g.n(9)))
	x = appendDigits(g, x, 12)
	x = append(x, gs1Check(x))
	paren := g.chance(0.8)
	ai := func(d []byte, code string) []byte {
		if paren {
			return append(append(append(d, '('), code...), ')')
		}
		return append(d, code...)
	}
	d = ai(d, "01")
	d = append(d, x...)
	d = ai(d, "17")
	d = appendPad(appendPad(appendPad(d, g.rng(25, 31), 2), g.rng(1, 12), 2), g.rng(1, 28), 2)
	d = ai(d, "10")
	for range g.rng(4, 8) {
		d = append(d, g.alnumU())
	}
	if paren && g.chance(0.6) {
		d = ai(d, "21")
		for range g.rng(5, 10) {
			d = append(d, g.alnumU())
		}
	}
	return d
}

func (g *gen) deviceSerial(d []byte) []byte {
	switch g.n(5) {
	case 0:
		return append(appendDigits(g, appendUpper(g, d, 3), 6), g.upper())
	case 1:
		return appendDigits(g, append(d, g.upper()), 9)
	case 2:
		for range 10 {
			d = append(d, g.alnumU())
		}
		return d
	case 3:
		d = append(appendUpper(g, d, 3), '-')
		d = append(appendDigits(g, d, 5), '-')
		return appendUpper(g, d, 2)
	}
	d = append(appendDigits(g, append(d, "SN"...), 2), '-')
	return appendDigits(g, d, 7)
}

// URLs.

func (g *gen) profileURL(d []byte, p *person) []byte {
	switch g.n(10) {
	case 0:
		d = append(appendSlug(append(appendSlug(append(d, "https://www.linkedin.com/in/"...), p.first), '-'), p.last), '-')
		d = appendHex(g, d, 4)
	case 1:
		d = appendInt(appendSlug(append(appendSlug(append(d, "https://www.facebook.com/"...), p.first), '.'), p.last), g.rng(1, 99))
	case 2:
		d = appendSlug(appendSlug(append(d, pick(g, []string{"https://twitter.com/", "https://x.com/"})...), p.first), p.last)
	case 3:
		d = append(appendSlug(append(appendSlug(append(d, "https://www.instagram.com/"...), p.first), '_'), p.last), '/')
	case 4:
		d = appendSlug(append(append(d, "https://github.com/"...), firstRuneUpper(p.first)+32), p.last)
	case 5:
		d = appendSlug(appendSlug(append(d, "https://"...), p.first), p.last)
		d = append(d, pick(g, []string{".com", ".me", ".net", ".blog", ".dev"})...)
	case 6:
		d = append(appendSlug(append(appendSlug(append(d, "https://"...), p.first), '-'), p.last), ".blogspot.com"...)
	case 7:
		d = appendSlug(appendSlug(append(d, "https://medium.com/@"...), p.first), p.last)
	case 8:
		d = appendSlug(append(appendSlug(append(d, "https://www.tiktok.com/@"...), p.first), '.'), p.last)
	default:
		d = appendSlug(append(appendSlug(append(d, "https://sites.google.com/view/"...), p.first), '-'), p.last)
	}
	return d
}

// IP addresses.

func publicV4(a, b, c byte) bool {
	switch {
	case a == 0 || a == 10 || a == 127 || a >= 224:
		return false
	case a == 100 && b >= 64 && b <= 127:
		return false
	case a == 169 && b == 254, a == 172 && b >= 16 && b <= 31, a == 192 && b == 168:
		return false
	case a == 192 && b == 0 && (c == 0 || c == 2), a == 192 && b == 88 && c == 99:
		return false
	case a == 198 && (b == 18 || b == 19), a == 198 && b == 51 && c == 100, a == 203 && b == 0 && c == 113:
		return false
	}
	return true
}

func (g *gen) ipv4Public(d []byte) []byte {
	for {
		a, b, c := byte(g.rng(1, 223)), byte(g.n(256)), byte(g.n(256))
		if !publicV4(a, b, c) {
			continue
		}
		d = append(appendInt(d, int(a)), '.')
		d = append(appendInt(d, int(b)), '.')
		d = append(appendInt(d, int(c)), '.')
		return appendInt(d, g.rng(1, 254))
	}
}

var v6Prefixes = []string{"2600:1f18", "2a02:26f0", "2001:4860", "2606:4700", "2409:8a1e", "2c0f:f248", "2a01:4f8", "2603:3024", "2601:646", "2a00:23c7", "2804:14c", "2405:201"}

func (g *gen) ipv6Public(d []byte) []byte {
	d = append(d, pick(g, v6Prefixes)...)
	groups := 6
	if g.chance(0.4) { // compressed run of zeros
		d = append(d, ':', ':')
		groups = g.rng(1, 4)
		for i := range groups {
			if i > 0 {
				d = append(d, ':')
			}
			d = appendHex(g, d, g.rng(1, 4))
		}
		return d
	}
	for range groups {
		d = append(d, ':')
		var hb [4]byte
		h := appendHex(g, hb[:0], g.rng(1, 4))
		for len(h) > 1 && h[0] == '0' {
			h = h[1:]
		}
		d = append(d, h...)
	}
	return d
}

// Other IDs.

func (g *gen) passport(d []byte) []byte {
	if g.chance(0.5) {
		return appendDigits(g, append(d, byte('1'+g.n(9))), 8)
	}
	return appendDigits(g, append(d, g.upper()), 8)
}

func (g *gen) aNumber(d []byte) []byte {
	if g.chance(0.5) {
		return appendDigits(g, append(d, 'A'), 9)
	}
	d = appendDigits(g, append(d, "A-"...), 3)
	d = appendDigits(g, append(d, '-'), 3)
	return appendDigits(g, append(d, '-'), 3)
}

func (g *gen) dodID(d []byte) []byte { return appendDigits(g, append(d, byte('1'+g.n(9))), 9) }

func (g *gen) studentID(d []byte) []byte {
	return appendDigits(g, append(d, pick(g, []string{"S", "U", "STU", "900"})...), 7)
}

// Addresses.

// street appends a street line; withUnit adds an apartment or suite.
func (g *gen) street(d []byte, withUnit bool) []byte {
	if g.chance(0.07) {
		switch g.n(3) {
		case 0:
			return appendInt(append(d, "PO Box "...), g.rng(1, 99999))
		case 1:
			return appendInt(append(d, "P.O. Box "...), g.rng(1, 9999))
		}
		d = appendInt(append(d, "RR "...), g.rng(1, 9))
		return appendInt(append(d, " Box "...), g.rng(1, 300))
	}
	switch g.n(10) {
	case 0:
		d = appendInt(d, g.rng(1, 99))
	case 1, 2:
		d = appendInt(d, g.rng(10000, 99999))
	default:
		d = appendInt(d, g.rng(100, 9999))
	}
	d = append(d, ' ')
	if g.chance(0.25) {
		d = append(append(d, pick(g, directions)...), ' ')
	}
	d = append(append(append(d, pick(g, streetNames)...), ' '), pick(g, streetSuffixes)...)
	if withUnit {
		if g.chance(0.25) {
			d = append(d, ',')
		}
		d = append(d, ' ')
		d = g.unit(d)
	}
	return d
}

func (g *gen) unit(d []byte) []byte {
	switch g.n(8) {
	case 0:
		return append(appendInt(append(d, "Apt "...), g.rng(1, 30)), g.upper())
	case 1:
		return appendInt(append(d, "Apt. "...), g.rng(1, 999))
	case 2:
		return appendInt(append(d, "Suite "...), g.rng(1, 9)*100)
	case 3:
		return appendInt(append(d, "Ste "...), g.rng(100, 450))
	case 4:
		return appendInt(append(d, '#'), g.rng(1, 99))
	case 5:
		return appendInt(append(d, "Unit "...), g.rng(1, 40))
	case 6:
		return appendInt(append(d, "Bldg "...), g.rng(1, 12))
	}
	return appendInt(append(d, "Fl "...), g.rng(2, 30))
}

func (g *gen) zip(d []byte) []byte {
	d = appendPad(d, g.rng(501, 99950), 5)
	if g.chance(0.3) {
		d = appendPad(append(d, '-'), g.rng(1, 9999), 4)
	}
	return d
}
