package synth

import "strings"

// Key rendering: a key spec is a space-separated list of words ("date of
// birth") rendered in a naming convention, or a literal key prefixed by '='
// ("=patFirstNm") written as it is.

type keySpec struct {
	lit  string
	toks []string
}

func parseKeys(specs []string) []keySpec {
	ks := make([]keySpec, len(specs))
	for i, s := range specs {
		if strings.HasPrefix(s, "=") {
			ks[i].lit = s[1:]
		} else {
			ks[i].toks = strings.Fields(s)
		}
	}
	return ks
}

// Naming conventions.
const (
	ksSnake   = iota // date_of_birth
	ksCamel          // dateOfBirth
	ksPascal         // DateOfBirth
	ksKebab          // date-of-birth
	ksScream         // DATE_OF_BIRTH
	ksFlat           // dateofbirth
	ksDotted         // date.of.birth
	ksTitle          // Date of Birth
	ksUpperSp        // DATE OF BIRTH
	ksLowerSp        // date of birth
	ksTrain          // Date-Of-Birth (HTTP headers)
	numKeyStyles
)

var acronyms = map[string]bool{
	"dob": true, "ssn": true, "mrn": true, "dl": true, "npi": true, "dea": true, "vin": true,
	"mbi": true, "zip": true, "id": true, "ip": true, "imei": true, "udi": true, "mac": true,
	"url": true, "dos": true, "hicn": true, "nok": true, "ehr": true, "emr": true, "itin": true,
	"iban": true, "pcp": true, "dod": true, "pt": false, "sms": true, "uscis": true,
}

var smallWords = map[string]bool{"of": true, "to": true, "at": true, "on": true, "for": true, "in": true}

// keyStyle holds the conventions of one line: loggers are consistent.
type keyStyle struct {
	style    int
	acrUpper bool // ID, DOB in camel and Pascal case
}

var jsonStyleW = []int{34, 30, 10, 5, 6, 5, 5, 2, 1, 2}
var logfmtStyleW = []int{45, 24, 4, 8, 4, 6, 9, 0, 0, 0}
var kvStyleW = []int{6, 4, 3, 1, 3, 1, 1, 45, 22, 14}
var xmlStyleW = []int{8, 22, 55, 4, 4, 3, 0, 0, 0, 0}

func (g *gen) keyStyle(w []int) keyStyle {
	return keyStyle{style: g.weighted(w), acrUpper: g.chance(0.5)}
}

func appendKey(d []byte, k keySpec, ks keyStyle) []byte {
	if k.lit != "" {
		return append(d, k.lit...)
	}
	for i, t := range k.toks {
		switch ks.style {
		case ksSnake, ksKebab, ksScream, ksDotted, ksUpperSp, ksLowerSp, ksTitle, ksTrain:
			if i > 0 {
				d = append(d, "_xx-_x.   -"[ks.style])
			}
		}
		switch ks.style {
		case ksSnake, ksKebab, ksFlat, ksDotted, ksLowerSp:
			d = append(d, t...)
		case ksScream, ksUpperSp:
			d = appendCase(d, t, true)
		case ksTitle:
			switch {
			case acronyms[t]:
				d = appendCase(d, t, true)
			case smallWords[t] && i > 0:
				d = append(d, t...)
			default:
				d = append(append(d, t[0]&^0x20), t[1:]...)
			}
		case ksCamel, ksPascal, ksTrain:
			switch {
			case i == 0 && ks.style == ksCamel:
				d = append(d, t...)
			case acronyms[t] && ks.acrUpper:
				d = appendCase(d, t, true)
			default:
				d = append(append(d, t[0]&^0x20), t[1:]...)
			}
		}
	}
	return d
}
