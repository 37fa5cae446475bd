package detectors

// NCPDP Telecommunication Standard (D.0) claims, as pharmacy switches log
// them: segments that start with "AM" and a two-digit segment ID, fields
// that start with a two-character field ID, all separated by the ASCII
// field, group and record separators (0x1C, 0x1D, 0x1E), or by their
// escaped forms ("\x1c", "\u001c", Rust's "\u{1c}", "<FS>", "<SS>"). No field has a key anyone could read, so
// the fields holding PHI are known by their IDs.

// ncpdpFields are the field IDs that hold PHI.
var ncpdpFields = map[string]keyClass{
	"CA": {cat: Name, conf: High},       // patient first name
	"CB": {cat: Name, conf: High},       // patient last name
	"CC": {cat: Name, conf: High},       // cardholder first name
	"CD": {cat: Name, conf: High},       // cardholder last name
	"C4": {cat: Date, conf: High},       // date of birth, CCYYMMDD
	"CM": {cat: Address, conf: High},    // patient street address
	"CN": {cat: Address, conf: High},    // patient city
	"CP": {cat: ZIP, conf: High},        // patient ZIP
	"CQ": {cat: Phone, conf: High},      // patient phone
	"HN": {cat: Email, conf: High},      // patient e-mail
	"C2": {cat: HealthPlan, conf: High}, // cardholder ID
	"CY": {cat: OtherID, conf: Medium},  // patient ID
	"D2": {cat: OtherID, conf: Medium},  // prescription reference number
	"D1": {cat: Date, conf: High},       // date of service, CCYYMMDD
	"DE": {cat: Date, conf: High},       // date the prescription was written
	"FU": {cat: Date, conf: High},       // a DUR response's previous date of fill
}

// ncpdpSeparator returns the length of an NCPDP separator at b[k], raw or
// escaped, or 0.
func ncpdpSeparator(b []byte, k, to int) int {
	switch c := b[k]; {
	case c == 0x1c || c == 0x1d || c == 0x1e:
		return 1
	case c == '\\' && k+3 < to && b[k+1] == 'x' && b[k+2] == '1' && (b[k+3]|0x20 == 'c' || b[k+3]|0x20 == 'd' || b[k+3]|0x20 == 'e'):
		return 4
	case c == '<' && k+3 < to && (string(b[k+1:k+4]) == "FS>" || string(b[k+1:k+4]) == "GS>" || string(b[k+1:k+4]) == "RS>" || string(b[k+1:k+4]) == "SS>"):
		return 4 // "<SS>": the segment separator, as NCPDP's own tables name 0x1E
	case c == '<' && k+3 < to && b[k+1] == '1' && b[k+3] == '>' && (b[k+2]|0x20 == 'c' || b[k+2]|0x20 == 'd' || b[k+2]|0x20 == 'e'):
		return 4 // "<1C>": the byte in hexadecimal, as some switches print it
	case c == '^' && k+1 < to && (b[k+1] == '\\' || b[k+1] == ']' || b[k+1] == '^'):
		return 2 // "^\", "^]", "^^": the control characters in caret notation, as terminals and less show them
	case c == '\\' && k+5 < to && b[k+1] == 'u' && b[k+2] == '{' && b[k+3] == '1' && b[k+5] == '}' && (b[k+4]|0x20 == 'c' || b[k+4]|0x20 == 'd' || b[k+4]|0x20 == 'e'):
		return 6 // Rust's Debug escape, "\u{1c}"
	case c == '\\' && k+5 < to && b[k+1] == 'u' && string(b[k+2:k+5]) == "001" && (b[k+5]|0x20 == 'c' || b[k+5]|0x20 == 'd' || b[k+5]|0x20 == 'e'):
		return 6 // JSON's, "\u001c"
	}
	return 0
}

// ncpdpSegment reads NCPDP segments from the segment ID ("AM01") at b[i],
// while fields follow one another, and returns where they end, or 0 when
// no separator follows the segment ID.
//
// Some switches print the separators as '|' ("|AM04|C2UHC7652|C1MEDD95|"),
// where a field may hold spaces ("|CM12640 W PRAIRIE PKWY #2|"), some
// each field with its number ("|AM01|304-C4=19501207|310-CA=MARIA|").
func (st *state) ncpdpSegment(b []byte, i, to int) int {
	k := i + 4
	if k >= to {
		return 0
	}
	pipe := b[k] == '|' && k+3 < to && (isUpper(b[k+1]) && isAlnum(b[k+2]) || k+8 < to && isDigit(b[k+1]) && b[k+4] == '-') && i > 0 && b[i-1] == '|'
	// A switch's print with each field's ID and '=', spaced: "AM04 C2=TX61605252 CC=HECTOR CD=NGUYEN |AM01 ...".
	eq := !pipe && b[k] == ' ' && ncpdpKeyAt(b, k+1, to)
	if !pipe && !eq && ncpdpSeparator(b, k, to) == 0 {
		return 0
	}
	sep := func(k int) int {
		switch {
		case pipe:
			if b[k] == '|' {
				return 1
			}
			return 0
		case eq:
			if b[k] == ' ' && ncpdpKeyAt(b, k+1, to) {
				return 1
			}
			return 0
		}
		return ncpdpSeparator(b, k, to)
	}
	if !pipe && !eq {
		st.ncpdpHeaderDate(b, i)
	}
	mark := len(st.field)
	for k < to {
		n := sep(k)
		if n == 0 {
			break
		}
		fs := k + n
		fe := fs
		// A field may hold spaces ("CM4687 S MESQUITE LN"): in capitals, up
		// to the next separator, and not the next segment ("CP74182 AM04").
		spaced := func(k int) bool {
			if pipe {
				return !keyAt(b, k+1, to)
			}
			if eq {
				return k+1 < to && b[k+1] != '|' && b[k+1] != ' ' // the next field's ID ends the value at sep
			}
			for start := k; k < to && k-start < 64; k++ {
				if k > start && sep(k) > 0 {
					return true
				}
				if isLower(b[k]) || b[k] == '=' || b[k] == '"' || b[k] == 'A' && k+3 < to && b[k+1] == 'M' && isDigit(b[k+2]) && isDigit(b[k+3]) {
					return false
				}
			}
			return false
		}
		for fe < to && sep(fe) == 0 && (b[fe] != ' ' || spaced(fe)) && b[fe] != '"' && !(eq && b[fe] == '|') {
			fe++
		}
		id, vs := fs, fs+2
		if eq {
			vs++ // "C2=TX61605252": the ID, then '='
		}
		if fe-fs > 7 && pipe && isDigit(b[fs]) && isDigit(b[fs+1]) && isDigit(b[fs+2]) && b[fs+3] == '-' && b[fs+6] == '=' {
			id, vs = fs+4, fs+7 // "304-C4=19501207": the field's number before its ID, '=' after it
		}
		if fe > vs {
			if kc, ok := ncpdpFields[string(b[id:id+2])]; ok {
				st.field = append(append(st.field[:mark], "NCPDP-"...), b[id:id+2]...)
				st.keyedValue(kc, b, vs, fe)
			}
		}
		k = fe
	}
	st.field = st.field[:mark]
	return k
}

// ncpdpKeyAt reports whether b[k:] starts with a field's ID and '=', "C2=".
func ncpdpKeyAt(b []byte, k, to int) bool {
	return k+2 < to && isUpper(b[k]) && isAlnum(b[k+1]) && b[k+2] == '='
}

// ncpdpHeaderDate reads the date of service in a transaction's header,
// which ends right before its first segment at b[i] and its separators:
// a request's ("610433D0B2MEDDPRIME 1012468337672     20240313LIBRTY0777"),
// 56 bytes from the BIN, or a response's ("D0B21A012468337672     20240313"),
// 31 bytes from the version.
func (st *state) ncpdpHeaderDate(b []byte, i int) {
	e := i
	for e > 0 {
		n := 0
		for back := 1; back <= 6 && back <= e; back++ {
			if ncpdpSeparator(b, e-back, len(b)) == back {
				n = back
				break
			}
		}
		if n == 0 {
			break
		}
		e -= n
	}
	var ds int
	switch {
	case e >= 56 && string(b[e-50:e-48]) == "D0" && allDigits(b[e-56:e-50]) && ncpdpTransaction(b[e-48:e-46]):
		ds = e - 18 // a request: the software vendor's 10 bytes after the date
	case e >= 31 && string(b[e-31:e-29]) == "D0" && ncpdpTransaction(b[e-29:e-27]):
		ds = e - 8 // a response: the date ends its header
	default:
		return
	}
	if d := b[ds : ds+8]; allDigits(d) && validDate(atoi(d[:4]), atoi(d[4:6]), atoi(d[6:])) {
		st.emit(ds, ds+8, Date, "ncpdp", Medium, false)
	}
}

// ncpdpTransaction reports whether c is a transaction code of the D.0
// header: billing, reversal, rebill, eligibility, information reporting,
// prior authorization, controlled substance reporting, service billing.
func ncpdpTransaction(c []byte) bool {
	switch string(c) {
	case "B1", "B2", "B3", "E1", "N1", "N2", "N3", "P1", "P2", "P3", "P4", "C1", "C2", "C3", "S1", "S2", "S3":
		return true
	}
	return false
}
