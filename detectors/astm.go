package detectors

import (
	"strconv"
	"strings"
)

// ASTM E1381/E1394 (CLSI LIS2-A2) records, as laboratory instruments send
// them and interface logs quote them: "P|1|PATID|LABID||DOE^JOHN^Q||19500101|M".
// Fields are separated by '|', components by '^', as in HL7 v2, but the
// positions are ASTM's.

// astmPatient classifies the fields of a patient record ("P") by
// position (P-1 is the record type).
var astmPatient = map[int]keyClass{
	3:  {cat: MRN, conf: High},       // practice-assigned patient ID
	4:  {cat: OtherID, conf: Medium}, // laboratory-assigned patient ID
	5:  {cat: OtherID, conf: Medium}, // patient ID number 3
	6:  {cat: Name, conf: High},      // patient name
	7:  {cat: Name, conf: High},      // mother's maiden name
	8:  {cat: Date, conf: High},      // birthdate
	11: {cat: Address, conf: High},   // address: street^^city^state^zip, as HL7's
	13: {cat: Phone, conf: High},     // telephone number
}

// astmInside reports whether an ASTM record starts in b: its type
// letter, '|', and its sequence number or the header's delimiters, where
// a record may start ("H|\\^&|||", "astm rx frame 1: M|1|").
func astmInside(b []byte) bool {
	for k := 0; k+3 < len(b); k++ {
		if b[k+1] == '|' && strings.IndexByte("HPORCMLQ", b[k]) >= 0 && (isDigit(b[k+2]) || b[k+2] == '\\') && astmStartsAt(b, k) {
			return true
		}
	}
	return false
}

// astmStartsAt reports whether an ASTM record may start at b[i]: first,
// after a separator other than a field's '|' ("rec|...|M|19420621|" is a
// sex and a date) and no word's letter ("CONCEIÇÃO|1972"), after its
// frame's number ("2P|1|...", "<STX>7H|") or an escaped CR ("\rP|1|...").
func astmStartsAt(b []byte, i int) bool {
	if i > 0 && isDigit(b[i-1]) {
		i-- // the frame's number, which must start where the record would
	}
	return i == 0 || b[i-1] != '|' && (!isAlnum(b[i-1]) && b[i-1] < 0x80 || escapedBreak(b, 0, i))
}

// astmRecord reads the ASTM patient ("P") or request ("Q") record whose
// type letter is at b[i], up to the record's end, and returns that end;
// or 0 when b[i] starts no such record.
func (st *state) astmRecord(b []byte, i, to int) int {
	if i+4 >= to || b[i+1] != '|' || !isDigit(b[i+2]) || !astmStartsAt(b, i) {
		return 0 // not a header's "|P|1|" (processing ID, version)
	}
	e := astmRecordEnd(b, i, to)
	kind := b[i]
	mark := len(st.field)
	field := 1
	for k := i + 1; k < e; {
		field++ // b[k] is the '|' before the field
		fs := k + 1
		fe := fs
		for fe < e && b[fe] != '|' {
			fe++
		}
		if fe > fs {
			var kc keyClass
			known := false
			switch kind {
			case 'P':
				kc, known = astmPatient[field]
			case 'Q':
				// Q-3, the starting range: ^patient ID^specimen ID.
				kc, known = keyClass{cat: MRN, conf: Medium}, field == 3
			}
			st.field = append(appendField(st.field[:mark], b[i:i+1]), '-')
			st.field = strconv.AppendInt(st.field, int64(field), 10)
			st.resetContext()
			switch {
			case known && kc.cat == Address:
				st.astmAddress(b, fs, fe)
			case !known && kind == 'P' && fe-fs == 8 && allDigits(b[fs:fe]) && compactDate(b[fs:fe]):
				// A patient record's dates are the patient's: birth,
				// admission (P-24), wherever a sender puts them.
				st.emit(fs, fe, Date, "key", Medium, false)
			case !known && kind == 'P' && isUpper(b[fs]) && st.caretName(b, fs, fs, fe) == fe:
				// Family^Given in another position than P-6.
			case !known && kind == 'P' && streetFirst(b[fs:fe]):
				st.astmAddress(b, fs, fe) // a house number and its street, then the city: an address elsewhere than P-11
			case known && kind == 'Q':
				var buf [3]span
				if comps := components(buf[:0], b, fs, fe, '^'); len(comps) > 1 {
					st.keyedValue(kc, b, comps[1].start, comps[1].end) // "^patient ID^specimen ID"
				}
			case known:
				st.hl7Field(b, fs, fe, kc, standardHL7)
			default:
				st.scanText(b, fs, fe)
			}
		}
		k = fe
	}
	st.field = st.field[:mark]
	return e
}

// astmRecordEnd returns where the record that starts at b[i] ends: at a
// carriage return or line feed, or at the mark a log writes for one
// ("\\r", "<CR>", "<0x0D>") before the next record ("O|1|", "R|1|").
func astmRecordEnd(b []byte, i, to int) int {
	for k := i + 2; k < to; k++ {
		switch c := b[k]; {
		case c == '\r' || c == '\n':
			return k
		case c == '\\' && k+1 < to && (b[k+1] == 'r' || b[k+1] == 'n'):
			return k
		case k+2 < to && b[k+1] == '|' && isDigit(b[k+2]) && strings.IndexByte("HPOQRCLM", c) >= 0 && !isAlnum(b[k-1]) && b[k-1] != '|' && b[k-1] != '^':
			return crMarkStart(b, i, k)
		}
	}
	return to
}

// astmAddress reports an ASTM address, street^city^state^zip^country,
// part by part, leaving out the state and country; senders that write
// HL7's layout (street^other^city^state^zip) are read as HL7's.
func (st *state) astmAddress(b []byte, s, e int) {
	var buf [6]span
	comps := components(buf[:0], b, s, e, '^')
	if len(comps) >= 5 && comps[1].start == comps[1].end {
		st.hl7Field(b, s, e, keyClass{cat: Address, conf: High}, standardHL7)
		return
	}
	for k, c := range comps {
		switch k {
		case 0, 1:
			st.keyedValue(keyClass{cat: Address, conf: High}, b, c.start, c.end)
		case 3:
			st.keyedValue(keyClass{cat: ZIP, conf: High}, b, c.start, c.end)
		}
	}
}

// streetFirst reports whether a field's first component reads as a street:
// a house number, a space and a word ("9633 Elm St^Lowell^..."), not an
// ID ("1433741174^Nakamura^Grace").
func streetFirst(f []byte) bool {
	k := 0
	for k < len(f) && isDigit(f[k]) {
		k++
	}
	return k > 0 && k+1 < len(f) && f[k] == ' ' && isLetter(f[k+1]) && bytesIndex(f, '^') > k
}
