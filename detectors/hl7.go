package detectors

import (
	"bytes"
	"strconv"
)

// hl7Segments are the HL7 v2 segments whose fields the scanner knows, or
// that commonly carry patient data in free text fields.
var hl7Segments = words("MSH", "PID", "PD1", "PV1", "PV2", "NK1", "GT1", "IN1", "IN2", "OBX", "OBR", "ORC", "EVN",
	"AL1", "DG1", "MRG", "NTE", "ROL", "PR1", "TXA", "SCH", "AIP", "RXA", "RXE", "FT1", "ACC", "UB1", "UB2", "QRD", "QRF",
	"MSA", "ERR", "QAK", "QPD", "RCP", "SPM", "RXO", "RXR", "RXC", "TQ1", "AIS", "AIL", "AIG", "RGS", "DSC", "BHS", "BTS",
	"FHS", "FTS", "IAM", "CTD", "PRD", "DB1", "DRG", "GP1", "PDA", "ZPI", "ZPD", "ODS", "ODT", "RF1", "RXD",
	"STF", "PRA") // staff and practitioners: segments of no patient

// hl7Delims are a message's encoding characters: the field separator
// (MSH-1) and the component and repetition separators (MSH-2).
type hl7Delims struct{ field, comp, rep byte }

var standardHL7 = hl7Delims{'|', '^', '~'}

// isHL7 reports whether rec starts with an HL7 v2 segment: "PID|...".
func isHL7(rec []byte) bool {
	_, ok := hl7At(rec, 0, len(rec))
	return ok
}

// hl7At reports whether an HL7 v2 segment starts at b[i], and with which
// delimiters: "PID|...", a header that declares its own ("MSH#^~\&#..."),
// or a segment whose set ID stands between two of a separator other than
// '|' ("PID#1##...", "IN1!1!...").
func hl7At(b []byte, i, to int) (hl7Delims, bool) {
	if i+4 >= to || !hl7Mark(b[i+3]) || !isUpper(b[i]) || !hl7Segments[string(b[i:i+3])] {
		return hl7Delims{}, false
	}
	c := b[i+3]
	if c == '|' && i+14 < to && string(b[i:i+3]) != "MSH" && isDigit(b[i+4]) && b[i+8] == '-' && b[i+11] == '-' {
		return hl7Delims{}, false // "PV1|2024-04-23 23:23:06|...": a log's own fields, which HL7 dates without dashes
	}
	if c == '|' {
		d := standardHL7
		if string(b[i:i+3]) == "MSH" && i+6 < to && hl7Mark(b[i+4]) && hl7Mark(b[i+5]) && b[i+4] != b[i+5] {
			d.comp, d.rep = b[i+4], b[i+5] // "MSH|$~\&|": the message's own
		}
		return d, true
	}
	if !hl7Mark(c) || c == '^' || c == '~' || c == '&' || c == '\\' {
		return hl7Delims{}, false
	}
	if string(b[i:i+3]) == "MSH" {
		// MSH-2 follows the field separator: two to five marks, then it again.
		k := i + 4
		for k < to && k-i <= 9 && b[k] != c && hl7Mark(b[k]) {
			k++
		}
		if k < to && b[k] == c && k-i >= 6 && b[i+4] != b[i+5] {
			return hl7Delims{c, b[i+4], b[i+5]}, true
		}
		return hl7Delims{}, false
	}
	k := i + 4
	for k < to && k-i <= 8 && isDigit(b[k]) {
		k++
	}
	if k < to && b[k] == c {
		return hl7Delims{c, '^', '~'}, true
	}
	return hl7Delims{}, false
}

// hl7Mark reports whether c can be an HL7 delimiter: printable ASCII
// punctuation a field value would not open with.
func hl7Mark(c byte) bool { return hl7Marks[c] }

var hl7Marks = func() (t [256]bool) {
	for _, c := range []byte("|^~\\&#!$%*+;@`?") {
		t[c] = true
	}
	return t
}()

// scanHL7 scans HL7 v2 segments in b[from:to], separated by carriage
// returns or newlines. Known fields (PID-5 name, PID-7 birth date, PID-11
// address ...) are reported by position; other fields are scanned as text.
func (st *state) scanHL7(b []byte, from, to int) {
	i := st.scanHL7Run(b, from, to)
	if i < to {
		st.scanText(b, i, to)
	}
}

func (st *state) hl7Segment(b []byte, s, e int, d hl7Delims) {
	seg := b[s : s+3]
	field := 0
	if string(seg) == "MSH" {
		field = 1 // MSH-1 is the field separator itself
	}
	var keyBuf [8]byte
	mark := len(st.field)
	var obs keyClass // what an OBX's observation (OBX-3) says its value is: an age, a device's serial, a date
	// A provider's or staff's segment (a referral's PRD, a role's ROL)
	// opens with a role's code: its names and numbers are the clinicians'.
	// ("|PRD|ACCESS_LOG|" is an environment's name, not a segment.)
	// A staff master's STF and PRA are a clinician's whatever they open with.
	staff := !st.s.c.providers && ((string(seg) == "PRD" || string(seg) == "ROL" || string(seg) == "AIP") && roleCodeAt(b, s+4, e, d) ||
		string(seg) == "STF" || string(seg) == "PRA")
	for k := s + 3; k < e; {
		// b[k] is the separator before the next field.
		field++
		fs := k + 1
		fe := fs
		for fe < e && b[fe] != d.field {
			fe++
		}
		if fe > fs && !(string(seg) == "MSH" && field <= 2) {
			key := append(keyBuf[:0], lower(seg[0]), lower(seg[1]), lower(seg[2]))
			key = strconv.AppendInt(key, int64(field), 10)
			st.field = appendField(st.field[:mark], seg)
			st.field = append(st.field, '-')
			st.field = strconv.AppendInt(st.field, int64(field), 10)
			kc, known := hl7Fields[string(key)]
			if string(seg) == "IN1" && field == 15 && isUpper(b[fs]) && bytes.IndexByte(b[fs:fe], d.comp) > 0 {
				kc, known = hl7Fields["in116"] // the insured's name one field early, as messages one field short put it (a plan's type is a code)
			} else if string(seg) == "IN1" && field == 16 && fe-fs == 3 && allUpper(b[fs:fe]) {
				known = false // "SEL", "SPO": the relationship's code one field early, no name
			}
			if known && kc.ambiguous() && kc.cat == Date && !(fe-fs >= 8 && allDigits(b[fs:fs+8]) && compactDate(b[fs:fs+8])) {
				known = false // IN1-17, PV1-43: read only when they hold a date (messages one field short put it there)
			}
			if known && string(key) == "dg15" && fe-fs != 8 {
				known = false // a diagnosis's day is the patient's; its instant, most writers say, the message's
			}
			if known && kc.ambiguous() && kc.cat != Date {
				// PV1-18, PV1-20: a patient type's or a financial class's
				// code ("OP"), or the visit number a field off when it
				// holds one; IN1-35, a plan's code or the policy number.
				id := firstComponent(b[fs:fe], d.comp)
				known = digitCount(id) >= 4 && !(len(id) < fe-fs-1 && isUpper(b[fs+len(id)+1])) // not "1685790394^BREZHNEV": a doctor's, a field late
				kc.flags &^= kfAmbiguous
			}
			if st.s.c.providers && hl7ProviderFields[string(key)] {
				kc = keyClass{cat: Name, conf: High, flags: kfPerson} // XCN: the doctor's ID and name
			}
			if string(seg) == "OBX" {
				if field == 3 {
					obs = st.observation(b[fs:fe])
				} else if field == 5 && obs.cat != 0 {
					kc, known = obs, true
				}
			}
			switch {
			case b[fs] == '@' && fe-fs > 5 && hl7Segments[string(b[fs+1:fs+4])]:
				// A query by parameter: "@PID.5.1.1^DELGADO~@PID.7^20180106".
				for r := fs; r < fe; r++ {
					if b[r] == '@' && r+4 < fe {
						r = max(r, st.hl7FieldPair(b, r+1, fe))
					}
				}
			case known:
				st.hl7Field(b, fs, fe, kc, d)
			case string(seg) == "MSH" || string(seg) == "MSA":
				// Header and acknowledgment: applications, facilities,
				// message types and control IDs, no one's data.
			case string(seg) == "SCH" && (field == 13 || field == 14 || field == 17 || field == 18) && !st.s.c.providers:
				// A schedule's placer's and filler's contacts: the
				// clinic's telephones and addresses.
			case staff:
			default:
				st.resetContext() // a field's words are no context for the next field
				if d.comp == '^' && st.unknownFieldNames(b, fs, fe, d, seg) {
					break
				}
				st.scanText(b, fs, fe)
			}
		}
		k = fe
	}
	st.field = st.field[:mark]
}

// unknownFieldNames reads the names in a field of a segment or position
// the scanner does not know (a Z-segment, a query's filter): "Okafor^Ngozi";
// in a query's subject filter a name whose ID component is empty,
// "^DIALLO^FATOUMATA^" (QRD-8; elsewhere, ORC-10 or RXA-10, that is a
// clinician's); names among repetitions, and a date beside them, as VXQ's
// QRF-5 lists a child's "~20121124~IL~...~DIALLO^AICHA~". It reports
// whether the field was read whole.
func (st *state) unknownFieldNames(b []byte, fs, fe int, d hl7Delims, seg []byte) bool {
	if isUpper(b[fs]) && bytes.IndexByte(b[fs:fe], d.rep) < 0 {
		return st.caretName(b, fs, fs, fe) == fe
	}
	if string(seg) == "QRD" && b[fs] == d.comp && fs+1 < fe && isUpper(b[fs+1]) && bytes.IndexByte(b[fs:fe], d.rep) < 0 {
		e := st.caretName(b, fs+1, fs+1, fe)
		return e > 0 && len(bytes.Trim(b[e:fe], string(d.comp))) == 0
	}
	if bytes.IndexByte(b[fs:fe], d.rep) < 0 {
		return false
	}
	named := false
	var dates [2]span
	nd := 0
	for r := fs; r < fe; {
		re := r
		for re < fe && b[re] != d.rep {
			re++
		}
		switch v := b[r:re]; {
		case len(v) == 8 && allDigits(v) && fileDate(v):
			if nd < len(dates) {
				dates[nd] = span{r, re}
				nd++
			}
		case len(v) > 3 && isUpper(v[0]) && bytes.IndexByte(v, d.comp) > 0:
			named = st.caretName(b, r, r, re) > 0 || named
		}
		r = re + 1
	}
	if !named {
		return false // a date alone in a query's filter is a range's, no one's
	}
	for _, v := range dates[:nd] {
		st.emit(v.start, v.end, Date, "date", Low, false)
	}
	return false // the rest of the field, read as text
}

// hl7Field reports a known field, repetition by repetition ('~'). IDs are
// their first component; addresses are reported part by part, leaving out
// the state and country.
func (st *state) hl7Field(b []byte, s, e int, kc keyClass, d hl7Delims) {
	for r := s; r < e; {
		re := r
		for re < e && b[re] != d.rep {
			re++
		}
		var buf [9]span // XAD's county is the ninth
		comps := components(buf[:0], b, r, re, d.comp)
		n := len(comps)
		switch {
		case kc.person() && n >= 2:
			// XCN, a clinician: ID^Family^Given^Middle^...
			st.keyedValue(keyClass{cat: License, conf: Medium}, b, comps[0].start, comps[0].end)
			last := 1
			for k := 2; k <= 3 && k < n; k++ {
				if comps[k].end > comps[k].start {
					last = k
				}
			}
			st.keyedValue(keyClass{cat: Name, conf: High}, b, comps[1].start, comps[last].end)
			r = re + 1
			continue
		}
		switch kc.cat {
		case MRN, HealthPlan, Account, SSN, License, OtherID:
			// CX: ID^check digit^scheme^authority^type; the type code
			// (MR, SS, DL, MB, AN ...) says what the ID is.
			idkc := kc
			if comps[0].end == comps[0].start && n >= 2 && kc.cat == OtherID {
				// EIP, placer's^filler's: "^A24146-00507&FERNCLIFF-LIS&2.16...",
				// the filler's alone, its namespace after '&'.
				id := comps[1]
				if a := bytes.IndexByte(b[id.start:id.end], '&'); a >= 0 {
					id.end = id.start + a
				}
				st.keyedValue(idkc, b, id.start, id.end)
				break
			}
			if n >= 5 {
				if c := identifierSystem(b[comps[4].start:comps[4].end]); c != 0 && idCategories.Has(c) {
					idkc = keyClass{cat: c, conf: High}
				}
			}
			st.keyedValue(idkc, b, comps[0].start, comps[0].end)
		case Address:
			if n >= 3 && hl7Table(b[comps[2].start:comps[2].end]) {
				break // "SPO^Spouse^HL70063": a coded element where the address was expected, a relationship
			}
			for i := 0; i < n; i++ {
				switch i {
				case 0, 1: // street, other designation
					st.keyedValue(kc, b, comps[i].start, comps[i].end)
				case 2: // city: a place's name, no street's shape
					st.keyedValue(keyClass{cat: Address, conf: High}, b, comps[i].start, comps[i].end)
				case 8: // county, by name or code ("CLAY", "17167"): below the state all the same
					if comps[i].end-comps[i].start >= 3 {
						st.emit(comps[i].start, comps[i].end, Address, "key", Medium, true)
					}
				case 4:
					st.keyedValue(keyClass{cat: ZIP, conf: High}, b, comps[i].start, comps[i].end)
				}
			}
		case Phone:
			if comps[0].end == comps[0].start || !st.keyedValue(kc, b, comps[0].start, comps[0].end) {
				st.scanText(b, r, re)
			}
			// The XTN components 6 and 7 hold area code and number, the
			// first component's number again or alone.
			if n >= 7 && comps[6].end-comps[6].start >= 7 && allDigits(b[comps[5].start:comps[5].end]) && allDigits(b[comps[6].start:comps[6].end]) {
				st.emit(comps[5].start, comps[6].end, Phone, "key", High, true)
			}
		case Date:
			if n >= 4 && comps[0].end == comps[0].start {
				// TQ, a timing: quantity^interval^duration^start^end
				// ("^^60^20240314070000^20240314080000", SCH-11).
				st.keyedValue(kc, b, comps[3].start, comps[3].end)
				if n >= 5 {
					st.keyedValue(kc, b, comps[4].start, comps[4].end)
				}
				break
			}
			st.keyedValue(kc, b, comps[0].start, comps[0].end)
		case Name:
			// XPN: family^given^middle^suffix^prefix^degree^type: the name
			// to its last part, without the name type ("HALL^^^^^^M").
			last := -1
			for k := 0; k < n && k < 5; k++ {
				if comps[k].end > comps[k].start {
					last = k
				}
			}
			if last >= 0 {
				st.keyedValue(kc, b, comps[0].start, comps[last].end)
			}
		default:
			st.keyedValue(kc, b, r, re)
		}
		r = re + 1
	}
}

// xmlCharRefCR returns the length of an XML character reference to a
// carriage return or line feed at the start of v ("&#13;", "&#xD;",
// "&#x0d;", "&#10;"), or 0.
func xmlCharRefCR(v []byte) int {
	e := bytesIndex(v, ';')
	if e < 3 {
		return 0
	}
	switch ref := v[2:e]; {
	case string(ref) == "13" || string(ref) == "10":
		return e + 1
	case len(ref) >= 2 && (ref[0] == 'x' || ref[0] == 'X'):
		switch h := ref[1:]; {
		case equalFold(h, "d") || equalFold(h, "0d") || equalFold(h, "a") || equalFold(h, "0a"):
			return e + 1
		}
	}
	return 0
}

// hl7SegmentEnd returns where the HL7 segment starting at b[s] ends and
// where the next one starts: at a carriage return or newline, at their
// escaped forms inside a JSON or quoted log line ("\r", "\n", "\x0d",
// "\u000d", "&#13;"), or at a space before the next segment name ("... PID|...").
func hl7SegmentEnd(b []byte, s, to int, sep byte) (end, next int) {
	for k := s + 4; k < to; k++ {
		switch c := b[k]; {
		case c == '\r' || c == '\n':
			return k, k + 1
		case c == '\\' && k+1 < to:
			switch b[k+1] {
			case 'r', 'n':
				if b[k+1] == 'r' && k+3 < to && b[k+2] == '\\' && b[k+3] == 'n' {
					return k, k + 4 // "\r\n"
				}
				return k, k + 2
			case 'x':
				if k+3 < to && b[k+2] == '0' && (b[k+3] == 'd' || b[k+3] == 'D' || b[k+3] == 'a' || b[k+3] == 'A') {
					return k, k + 4
				}
			case 'u':
				if k+5 < to && string(b[k+2:k+5]) == "000" && (b[k+5] == 'd' || b[k+5] == 'D' || b[k+5] == 'a' || b[k+5] == 'A') {
					return k, k + 6
				}
			}
		case c == ' ' && k+4 < to && b[k+4] == sep && hl7Segments[string(b[k+1:k+4])]:
			return k, k + 1
		case c == '"':
			return k, k // the end of a quoted log field
		case c == '&' && k+4 < to && b[k+1] == '#':
			if n := xmlCharRefCR(b[k:min(to, k+7)]); n > 0 {
				return k, k + n // "&#13;", "&#xD;": the CR as XML writes it
			}
		case c == '<' && k+3 < to && (b[k+1] == 'C' || b[k+1] == 'c') && (b[k+2] == 'R' || b[k+2] == 'r') && b[k+3] == '>':
			return k, k + 4 // "<CR>", as some interface engines log it
		case k+3 < to && b[k+3] == sep && isUpper(c) && !isAlnum(b[k-1]) && hl7Segments[string(b[k:k+3])] &&
			!hl7Mark(b[k-1]):
			// Any other mark for the carriage return before the next
			// segment: "↵PID|", "¶PID|", "[CR]PID|", "<0x0D>PID|".
			return crMarkStart(b, s, k), k
		}
	}
	// The message's last segment, with the marks for its CR (and MLLP's
	// frame) after it: "...|202403072204[CR]", "...|F[0D]<EB><CR>".
	e := to
	for e > s+4 {
		m := crMarkStart(b, s, e)
		if m == e {
			break
		}
		e = m
	}
	return e, to
}

// crMarkStart returns where the mark for a carriage return that ends at
// b[k] starts: a symbol outside ASCII ("↵", "¶"), or a name in brackets
// ("[CR]", "<0x0D>"), so that the field before it does not take it in.
func crMarkStart(b []byte, s, k int) int {
	e := k
	for e > s && b[e-1] >= 0x80 {
		e--
	}
	if e == k && (b[k-1] == '>' || b[k-1] == ']') {
		open := byte('<')
		if b[k-1] == ']' {
			open = '['
		}
		for j := k - 2; j > s && k-j <= 8; j-- {
			if b[j] == open {
				return j
			}
		}
	}
	return e
}

// scanHL7Run scans consecutive HL7 segments starting at b[i] and returns
// where they end.
func (st *state) scanHL7Run(b []byte, i, to int) int {
	d, ok := hl7At(b, i, to)
	for ok {
		end, next := hl7SegmentEnd(b, i, to, d.field)
		st.hl7Segment(b, i, end, d)
		if next == end {
			return end
		}
		i = next
		// The segments after a header keep its delimiters.
		ok = i+4 < to && b[i+3] == d.field && hl7Segments[string(b[i:i+3])]
	}
	return i
}

// components splits b[s:e] at sep into dst, up to its capacity: the
// components of an HL7 or ASTM field.
func components(dst []span, b []byte, s, e int, sep byte) []span {
	for c := s; c <= e && len(dst) < cap(dst); {
		ce := c
		for ce < e && b[ce] != sep {
			ce++
		}
		dst = append(dst, span{c, ce})
		c = ce + 1
	}
	return dst
}

// ageObservation reports whether an OBX-3 observation identifier is the
// patient's age: LOINC 30525-0, or a text component "Age".
func ageObservation(id []byte) bool {
	if hasPrefixFold(id, "30525-0") {
		return true
	}
	var buf [6]span
	for _, c := range components(buf[:0], id, 0, len(id), '^') {
		if equalFold(id[c.start:c.end], "age") {
			return true
		}
	}
	return false
}

// observation classifies an OBX's value by its observation identifier
// (OBX-3), whose text names it as a key would: an age, an implanted
// device's serial ("DEVSN^Implanted device serial"), a date of the
// patient's care ("721025^MDC_IDC_DEV_IMPLANT_DT^MDC"). Other
// observations (results, measurements) have no category.
func (st *state) observation(id []byte) keyClass {
	if ageObservation(id) {
		return keyClass{cat: Age, conf: High}
	}
	var buf [6]span
	var text [48]byte
	var found keyClass
	for _, c := range components(buf[:0], id, 0, len(id), '^') {
		if c.end-c.start < 4 || c.end-c.start > len(text) || isDigit(id[c.start]) || !observationHint(id[c.start:c.end]) {
			continue // a code, "721025", "8302-2"; a result's name, "Glucose"
		}
		t := append(text[:0], id[c.start:c.end]...)
		for k, ch := range t {
			if ch == ' ' {
				t[k] = '_' // "Implanted device serial" as a key: its words one by one
			}
		}
		kc := st.s.keyClass(keyView(t))
		switch {
		case kc.never():
			return keyClass{} // "SERIAL^Analyzer serial": the lab's own instrument
		case kc.person() || kc.ambiguous():
		case found.cat == 0 && (kc.cat == Device || kc.cat == Date || kc.cat == Age):
			found = keyClass{cat: kc.cat, conf: Medium}
		}
	}
	return found
}

// hl7ProviderFields are the fields that name a doctor in their work: the
// attending, referring, consulting, admitting and other doctors (PV1-7,
// 8, 9, 17, 52), the ordering provider (ORC-12, OBR-16), a schedule's
// contacts and who entered it (SCH-12, 16, 20). Reported only when the
// policy counts providers.
var hl7ProviderFields = words("pv17", "pv18", "pv19", "pv117", "pv152", "obr16", "orc12", "evn5", "sch12", "sch16", "sch20")

// observationHint reports whether an observation's name may say what
// observation classifies: a serial, a date, an age. Results' names
// ("Glucose", "Hemoglobin A1c") are many and say nothing: they are not
// classified, nor do they crowd the scanner's key cache.
func observationHint(v []byte) bool {
	return indexFold(v, "serial") >= 0 || indexFold(v, "date") >= 0 || indexFold(v, "_dt") >= 0 || indexFold(v, " dt") >= 0 ||
		indexFold(v, "age") >= 0 || indexFold(v, "udi") >= 0 || indexFold(v, "implant") >= 0 || indexFold(v, "birth") >= 0 ||
		indexFold(v, "devsn") >= 0 || hasSuffixFold(v, "sn")
}

// hl7FieldPair reads a field named by its position and its value, as IHE
// profiles write them outside a message: XDS's sourcePatientInfo
// ("PID-5|DOE^JANE", "PID-11|1 Main St^^Town^MA^02445") and a PDQ query's
// parameters ("@PID.5.1.1^DELGADO~@PID.7^20180106"). The segment's name
// is at b[i:i+3]; it returns where the value ends, or 0.
func (st *state) hl7FieldPair(b []byte, i, to int) int {
	k := i + 4
	for k < to && k-i <= 16 && (isDigit(b[k]) || b[k] == '.' && b[k-1] != '.') {
		k++
	}
	if k == i+4 || k >= to || !isDigit(b[k-1]) {
		return 0
	}
	sep := b[k]
	switch {
	case sep == '|' && b[i+3] == '-':
	case sep == '^' && i > 0 && b[i-1] == '@':
	default:
		return 0
	}
	kc := st.s.classifyPath(keyView(b[i:k]))
	if kc.cat == 0 && !kc.never() {
		return 0
	}
	vs, ve := k+1, k+1
	for ve < to && b[ve] != ',' && b[ve] != ']' && b[ve] != '<' && b[ve] != '"' && b[ve] != '\t' && !(sep == '^' && (b[ve] == '~' || b[ve] == '|')) {
		ve++
	}
	if ve == vs || kc.never() {
		return ve
	}
	mark := len(st.field)
	st.field = appendField(st.field, b[i:k])
	if sep == '|' {
		st.hl7Field(b, vs, ve, kc, standardHL7)
	} else {
		st.keyedValue(kc, b, vs, ve)
	}
	st.field = st.field[:mark]
	return ve
}

// hl7Table reports whether tok names an HL7 table, the coding system of a
// coded field ("MV^Motor vehicle accident^HL70050"): no one's number.
func hl7Table(tok []byte) bool {
	return len(tok) == 7 && tok[0] == 'H' && tok[1] == 'L' && tok[2] == '7' && allDigits(tok[3:])
}

// roleCodeAt reports whether the field at b[k] (up to the next field
// separator) is a short code in capitals, "RP" or "RP^Referring Provider":
// a role's, as a provider's segment opens.
func roleCodeAt(b []byte, k, e int, d hl7Delims) bool {
	c := k
	for c < e && isUpper(b[c]) && c-k < 4 {
		c++
	}
	if c == k {
		return false
	}
	if c < e && (b[c] == d.comp || b[c] == d.rep) {
		for c < e && b[c] != d.field {
			c++
		}
	}
	return c == e || b[c] == d.field
}

// firstComponent is a field's first component: "V2048^^^MRH^VN" → "V2048".
func firstComponent(v []byte, comp byte) []byte {
	if i := bytes.IndexByte(v, comp); i >= 0 {
		return v[:i]
	}
	return v
}
