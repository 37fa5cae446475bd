package detectors

import "bytes"

// ASC X12 EDI (837 claims, 270/271 eligibility, 834 enrolment): segments
// end with '~', elements are separated by '*'. The segments below carry
// patient data at known positions. ASAP 4.2, the format pharmacies report
// controlled substances to a state's PDMP in, is written the same way:
// its PAT, DSP and AIR segments are read here too (PRE and PHA are the
// prescriber's and the pharmacy's).
var x12Segments = words("ISA", "GS", "ST", "BHT", "HL", "NM1", "N3", "N4", "DMG", "REF", "DTP", "CLM", "PER", "SBR",
	"PAT", "INS", "EQ", "EB", "TRN", "SE", "GE", "IEA", "AMT", "HI", "LX", "SV1", "SV2", "PRV", "CAS", "SVC", "CLP",
	"BPR", "N1", "MSG", "II", "DTM", "LQ", "NTE", "HCP", "K3", "DSP", "AIR", "PRE", "PHA",
	"STC", "IK3", "IK4", "IK5", "CTX", "AK1", "AK2", "AK9", "TA1") // 277CA's status, 999's errors

// asapIDQualifiers map ASAP's ID qualifier (PAT02, AIR04) to the category
// of the ID after it: a driver's licence (06), a social security number
// (07), a military, state, resident, passport or tribal ID.
var asapIDQualifiers = map[string]Category{"01": OtherID, "02": OtherID, "03": MRN, "04": OtherID, "05": OtherID,
	"06": License, "07": SSN, "08": OtherID, "99": OtherID}

// x12IDQualifiers map the ID code qualifier of NM108 to the category of NM109.
var x12IDQualifiers = map[string]Category{"MI": HealthPlan, "II": OtherID, "34": SSN, "XX": 0, "MR": MRN,
	"SY": SSN, "24": OtherID, "ZZ": OtherID, "PI": 0, "FI": 0, "XV": 0}

// x12Providers are the NM101 entity codes of providers: rendering (82),
// referring (DN), ordering (DK), attending (71), billing (85) and the
// rest, and an ambulance's drop-off (45), a facility. A clinician's name
// and number in their work are no patient's; an ambulance's pick-up (PW,
// see x12OrgParty) is most often the patient's home (5 of 5 labelled).
var x12Providers = words("1P", "82", "DN", "DK", "DQ", "71", "72", "73", "77", "85", "87", "FA", "P3", "QB", "2B", "45")

// x12RefQualifiers map REF01 to the category of REF02.
var x12RefQualifiers = map[string]Category{"SY": SSN, "EA": MRN, "1W": HealthPlan, "0F": HealthPlan, "6P": 0,
	"IG": HealthPlan, "1L": 0, "23": OtherID, "EJ": Account, "F8": OtherID, "D9": 0, "0B": License, "1G": License,
	"G2": License, "LU": 0, "9F": OtherID, "X4": 0, "Y4": OtherID, "Q4": OtherID, "3H": OtherID, "HJ": HealthPlan,
	"F6": HealthPlan, "NQ": HealthPlan} // F6 a Medicare HIC number, NQ a Medicaid recipient's

// x12Separator reports whether c separates X12 elements: '*' as the
// standard's examples do, '|' and '^' as some clearinghouses and
// logging code print segments.
func x12Separator(c byte) bool { return c == '*' || c == '|' || c == '^' }

// x12Start reports whether the segment ID b[i:id] followed by the
// separator b[id] starts X12 segments. A '|' or a '^' separates HL7's
// fields and components too: with them, the ID must be no HL7 segment's,
// stand at the start of a segment (not after a separator, as "ST" in an
// HL7 field does) and its segment must end with '~' or a line's end.
func x12Start(b []byte, i, id, to int) bool {
	if id >= to || !x12Separator(b[id]) || !x12Segments[string(b[i:id])] {
		return false
	}
	if b[id] == '*' {
		// The first element of most segments is a code: "DTP*348*D8*...".
		// Prose that names one ("DTP*349 benefit end 20231231 precedes
		// ...") has a space in it; an address's or a note's has text.
		if seg := string(b[i:id]); seg == "N3" || seg == "N4" || x12Text[seg] {
			return true
		}
		for k := id + 1; k < to && k < id+64; k++ {
			switch b[k] {
			case '*', '~', '\n', '\r':
				return true
			case ' ':
				return false
			}
		}
		return true
	}
	if hl7Segments[string(b[i:id])] || i > 0 && x12Separator(b[i-1]) {
		return false
	}
	if x12Coded[string(b[i:id])] {
		// The first element of these is a code of three characters at
		// most: "PAT|895238|Adeyemi^Nnamdi|..." is a lab's own record.
		k := id + 1
		for k < to && k-id <= 4 && b[k] != b[id] {
			k++
		}
		if k-id > 4 {
			return false
		}
	}
	seps := 0
	for k := id; k < to && k < id+512; k++ {
		switch c := b[k]; {
		case c == b[id]:
			seps++
		case c == '~' || c == '\n' || c == '\r' || c == '\\' && k+1 < to && (b[k+1] == 'n' || b[k+1] == 'r'):
			return seps >= 2
		case c == '"' || c == '\'':
			return false
		}
	}
	return id+512 > to && seps >= 2
}

// x12Text are the segments of free text, whose elements may hold a
// label's colon.
var x12Text = map[string]bool{"NTE": true, "MSG": true, "II": true, "K3": true}

// x12Coded are the segments whose first element is a code.
var x12Coded = map[string]bool{"PAT": true, "NM1": true, "DMG": true, "REF": true, "DTP": true, "PER": true, "INS": true,
	"EQ": true, "EB": true, "AMT": true, "CAS": true, "PRV": true, "TRN": true}

// scanX12 scans consecutive X12 segments starting at b[i] and returns
// where they end. The first segment's separator is all segments'.
func (st *state) scanX12(b []byte, i, to int) int {
	var loop x12Loop
	sep := byte(0)
	for i < to {
		id := x12SegmentID(b, i, to)
		if sep == 0 && !x12Start(b, i, id, to) || sep != 0 && (id >= to || b[id] != sep || !x12Segments[string(b[i:id])]) {
			return i
		}
		sep = b[id]
		if loop.segments == 0 && x12Prose(b[id+1:min(to, id+65)], sep) {
			return i // "(NM1*74): NM1*74*1*...": a segment's name in prose
		}
		e := id
		text := x12Text[string(b[i:id])]
		for e < to && b[e] != '~' && b[e] != '\n' && b[e] != '\r' && b[e] != '"' && !(b[e] == '\\' && e+1 < to && (b[e+1] == 'n' || b[e+1] == 'r')) &&
			!(b[e] == ':' && e+1 < to && b[e+1] == ' ' && !text) {
			e++ // (a label's colon ends a segment quoted in a message: "IK4*2*66*7: segment='NM1*IL*...'")
		}
		st.x12Segment(b, i, id, e, sep, &loop)
		loop.segments++
		if e >= to || b[e] == '"' {
			return e
		}
		if b[e] == '\\' {
			e++
		}
		i = e + 1
		for i < to && (b[i] == '\n' || b[i] == '\r' || b[i] == ' ' || b[i] == '\\' && i+1 < to && (b[i+1] == 'n' || b[i+1] == 'r')) {
			if b[i] == '\\' {
				i++ // "~\r\n" escaped in a JSON string or a message
			}
			i++
		}
	}
	return i
}

// x12Prose reports whether a segment's first element is prose, as when a
// message names a segment before quoting it: "(NM1*74): NM1*74*1*DOE".
// An element holds spaces ("N3*5935 JUNIPER ST"), not parentheses or a
// label's colon.
func x12Prose(v []byte, sep byte) bool {
	for k, c := range v {
		if c == sep || c == '~' || c == '\n' {
			return false
		}
		if c == ')' || c == '(' || c == ':' && k+1 < len(v) && v[k+1] == ' ' {
			return true
		}
	}
	return false
}

// x12Loop is what the segments read so far say of the loop they are in.
type x12Loop struct {
	segments int
	org      bool   // the loop is an organisation's (NM102 "2"): its N3, N4 and PER are its own
	person   bool   // the last NM1 was a patient's or an insured's: a TRN*2 after it is their claim's number
	errSeg   string // the segment a 999's IK3 reports an error in, for its IK4
	errOrg   bool   // ... in an organisation's loop
}

// x12SegmentID returns where the segment ID that may start at b[i] ends:
// up to three capitals and digits, a capital first ("NM1", "N3").
func x12SegmentID(b []byte, i, to int) int {
	id := i
	for id < to && id-i < 3 && (isUpper(b[id]) || id > i && isDigit(b[id])) {
		id++
	}
	return id
}

// x12Elements fills els with the elements of the segment whose ID ends at
// b[idEnd] (its separator) and which ends at b[e], and returns how many
// it found, at most len(els).
func x12Elements(els []span, b []byte, idEnd, e int, sep byte) int {
	n := 0
	for k := idEnd; k < e && n < len(els); {
		es := k + 1
		ee := es
		for ee < e && b[ee] != sep {
			ee++
		}
		els[n] = span{es, ee}
		n++
		k = ee
	}
	return n
}

func (st *state) x12Segment(b []byte, s, idEnd, e int, sep byte, loop *x12Loop) {
	var els [24]span
	n := x12Elements(els[:], b, idEnd, e, sep)
	el := func(i int) []byte { // 1-based, as in NM103
		if i-1 < n {
			return b[els[i-1].start:els[i-1].end]
		}
		return nil
	}
	put := func(i int, c Category) {
		if i-1 < n && c != 0 {
			st.keyedValue(keyClass{cat: c, conf: High}, b, els[i-1].start, els[i-1].end)
		}
	}
	mark := len(st.field)
	st.field = appendField(st.field, b[s:idEnd])
	defer func() { st.field = st.field[:mark] }()
	org := &loop.org
	switch string(b[s:idEnd]) {
	case "NM1", "N1":
		// A billing provider's or a payer's loop ("NM1*85*2*CASCADIA
		// RECOVERY", "N1*PR*OREGON HEALTH PLAN") holds their address.
		// A provider's loop, a clinician's or an organisation's, holds
		// their name, number and address, no patient's.
		*org = x12OrgParty(b[s:idEnd], el(1), el(2), st.s.c.providers)
		loop.person = !*org && string(el(2)) == "1"
		if *org {
			break
		}
		if string(b[s:idEnd]) == "N1" && (string(el(1)) == "ST" || string(el(1)) == "IL" || string(el(1)) == "QC") && len(el(2)) > 0 {
			// A shipment's or a member's party named in N102: a person, when no
			// organisation's word names it ("N1*ST*PENNY SNOW").
			put(2, Name)
		}
		if string(b[s:idEnd]) == "NM1" && string(el(2)) == "1" { // a person
			put(3, Name)
			put(4, Name)
			if len(el(5)) > 1 {
				put(5, Name) // a middle name; an initial alone identifies no one
			}
		}
		q, id := 8, 9
		if _, ok := x12IDQualifiers[string(el(8))]; !ok && len(el(8)) == 0 && n >= 10 {
			if c, ok := x12IDQualifiers[string(el(9))]; ok && c != 0 {
				q, id = 9, 10 // a writer one '*' late: "NM1*IL*1*DOE*JANE*K****MI*M4564383301"
			}
		}
		if c, ok := x12IDQualifiers[string(el(q))]; ok {
			if c == 0 && string(el(q)) == "XX" && st.s.c.providers && string(el(2)) == "1" {
				c = License // a clinician's NPI, when the policy counts them
			}
			put(id, c) // "XX", an NPI, is 0: no one's
		} else if n >= 9 {
			put(9, OtherID) // a person's number of an unknown kind; an organisation's ("46", an ETIN) is no one's
		}
	case "N3":
		if !*org {
			put(1, Address)
			put(2, Address)
		}
	case "N4":
		if !*org {
			put(1, Address)
			put(3, ZIP)
		}
	case "DMG":
		put(2, Date)
	case "DTP":
		switch string(el(1)) {
		case "007", "009", "050":
			// A transaction's own days: effective, processed, received
			// (none of 45 in the independent sets labelled).
		default:
			put(3, Date)
		}
	case "DTM":
		// 835's and 277's claim dates: statement period (232, 233),
		// service (472), service period (150, 151); not the file's (405).
		switch string(el(1)) {
		case "232", "233", "472", "150", "151":
			put(2, Date)
		}
	case "REF":
		put(2, x12RefQualifiers[string(el(1))])
	case "CLM", "CLP":
		put(1, Account) // the patient's control number: their account with the provider
	case "HL":
		loop.person = false
	case "TRN":
		if loop.person && string(el(1)) == "2" {
			put(2, Account) // 277CA: after the patient's NM1, their claim's control number
		}
	case "IK3":
		// A 999 reports a segment in error (IK301) in a loop (IK303); its
		// IK4s copy the bad element's value (IK404).
		loop.errSeg = string(el(1))
		loop.errOrg = !x12PersonLoop(el(3))
	case "IK4":
		if c := x12ElementCategory(loop.errSeg, el(1)); c != 0 && !loop.errOrg && n >= 4 && els[3].end > els[3].start && st.s.c.cats.Has(c) {
			st.emit(els[3].start, els[3].end, c, "key", High, true) // a value refused: of any shape ("ZIP" 4811)
		}
	case "CTX":
		// "CTX*CLM01:PCN12345": the claim's control number as the context of an error.
		if v := el(1); len(v) > 6 && string(v[:5]) == "CLM01" && !isAlnum(v[5]) {
			st.keyedValue(keyClass{cat: Account, conf: High}, b, els[0].start+6, els[0].end)
		}
	case "PAT":
		if e1 := el(1); len(e1) == 2 && isUpper(e1[0]) && isUpper(e1[1]) || len(e1) == 0 && n >= 16 {
			// ASAP's patient, after the jurisdiction that issued their ID:
			// "PAT*IL*06*H88960451185****HERNANDEZ*XIMENA*MARIE***361 S WABASH
			// AVE**CHICAGO*IL*60629*7735550194*19601210*F"; or without an ID,
			// its many elements unlike an 837's PAT.
			put(3, asapIDQualifiers[string(el(2))])
			off := 0 // a writer with more empty elements before the name (no name at all in 7 to 9): its fields move with it
			for k := 10; k <= 12 && len(el(7)) == 0 && len(el(8)) == 0 && len(el(9)) == 0; k++ {
				if v := el(k); len(v) > 0 && isLetter(v[0]) {
					off = k - 7
					break
				}
			}
			put(7+off, Name)
			put(8+off, Name)
			if len(el(9+off)) > 1 {
				put(9+off, Name)
			}
			put(12+off, Address)
			put(13+off, Address)
			put(14+off, Address)
			put(16+off, ZIP)
			put(17+off, Phone)
			put(18+off, Date)
			break
		}
		if string(el(5)) == "D8" {
			put(6, Date) // PAT05-06: the patient's date of death
		}
	case "DSP":
		put(3, Date)  // written
		put(5, Date)  // filled
		put(17, Date) // sold; DSP14 and DSP15 are the pharmacist's NPI and licence
	case "AIR":
		// Who dropped off or picked up the prescription (AIR09-10 are the
		// pharmacist who dispensed it).
		put(5, asapIDQualifiers[string(el(4))])
		put(7, Name)
		put(8, Name)
	case "PRE", "PHA":
	case "INS", "SBR":
	case "PER":
		fn := string(el(1))
		if *org || fn != "IP" && fn != "RP" && fn != "IC" && fn != "" || fn == "IC" && n > 2 && len(el(2)) > 0 && !contactPersonName(el(2)) {
			// The organisation's contact and its numbers: a buyer (BD),
			// a sales rep (SR), accounts payable (AP), an information
			// contact named for an office ("PER*IC*BILLING DEPT*TE*...")...
			break
		}
		if fn != "IC" {
			put(2, Name) // the insured party, an 834's responsible person (RP); an information contact is staff, its numbers may be a member's
		}
		for q := 3; q+1 <= n; q += 2 {
			switch string(el(q)) {
			case "TE", "CP", "HP", "WP":
				put(q+1, Phone)
			case "FX":
				put(q+1, Fax)
			case "EM":
				put(q+1, Email)
			}
		}
	default:
		for i := 0; i < n; i++ {
			st.scanText(b, els[i].start, els[i].end)
		}
	}
}

// x12PersonLoop reports whether an 837's or a 270's loop ID (IK303) is a
// subscriber's, a patient's or a dependent's: 2010BA, 2010CA, 2100C,
// 2100D, 2330A. An empty one may be any loop's.
func x12PersonLoop(id []byte) bool {
	switch string(id) {
	case "", "2010BA", "2010CA", "2100C", "2100D", "2330A", "2000B", "2000C", "2300", "2400":
		return true
	}
	return false
}

// x12OrgParty reports whether an NM1 or N1 segment (seg) names an
// organisation or a clinician by its entity code (el1) and type or name
// (el2): the address in its loop is theirs. Clinicians count as persons
// when the policy reports providers.
func x12OrgParty(seg, el1, el2 []byte, providers bool) bool {
	if string(el1) == "PW" {
		return false // an ambulance's pick-up: a place, but most often the patient's home
	}
	return x12Providers[string(el1)] && !providers || string(el2) == "2" ||
		string(seg) == "N1" && (string(el1) == "PR" || string(el1) == "PE" || orgNamed(el2))
}

// X12Party reports whether line is an X12 segment that names a party (NM1
// or N1), and whether the party is an organisation or a clinician. A
// message printed a segment a line needs this from one line to the next:
// the N3 and N4 lines after an organisation's NM1 hold its address, no
// patient's (see X12AddressLine).
func (s *Scanner) X12Party(line []byte) (org, ok bool) {
	line = bytes.TrimLeft(line, " ")
	id := x12SegmentID(line, 0, len(line))
	if seg := string(line[:id]); seg != "NM1" && seg != "N1" || id >= len(line) || !x12Separator(line[id]) {
		return false, false
	}
	e := bytes.IndexByte(line, '~')
	if e < 0 {
		e = len(line)
	}
	var els [2]span
	x12Elements(els[:], line, id, e, line[id])
	return x12OrgParty(line[:id], line[els[0].start:els[0].end], line[els[1].start:els[1].end], s.c.providers), true
}

// X12AddressLine reports whether line is an X12 N3 or N4 segment alone:
// an address's lines, whoever's the loop above says.
func X12AddressLine(line []byte) bool {
	line = bytes.TrimLeft(line, " ")
	return len(line) > 3 && line[0] == 'N' && (line[1] == '3' || line[1] == '4') && x12Separator(line[2])
}

// x12ElementCategory is the category of the element at pos ("3", or "3:1"
// with a component) of a person's segment seg, as x12Segment reads it.
func x12ElementCategory(seg string, pos []byte) Category {
	n := 0
	for _, c := range pos {
		if !isDigit(c) {
			break
		}
		n = n*10 + int(c-'0')
	}
	switch {
	case seg == "N3" && (n == 1 || n == 2), seg == "N4" && n == 1:
		return Address
	case seg == "N4" && n == 3:
		return ZIP
	case seg == "DMG" && n == 2, seg == "DTP" && n == 3:
		return Date
	case seg == "NM1" && n >= 3 && n <= 5:
		return Name
	case seg == "NM1" && n == 9:
		return OtherID
	case seg == "CLM" && n == 1:
		return Account
	}
	return 0
}

// contactPersonName reports whether an X12 contact's name is a person's
// ("ROSE MARIE PETRENKO", "CHANCE PRICE") rather than an office's, by its
// words ("BILLING DEPT", "NORTH STAR IMMUNOLOGY CLINIC", "PEACHTREE
// DERMATOLOGY & RHEUMA").
func contactPersonName(v []byte) bool {
	if bytes.IndexByte(v, '&') >= 0 {
		return false
	}
	for w := range bytes.FieldsSeq(v) {
		if inSet(orgWords, w) || inSet(departmentWords, w) || inSet(officeWords, w) || len(w) >= 5 && hasPrefixFold(w, "assoc") {
			return false
		}
	}
	return true
}

// officeWords name an office in a contact's name, beside orgWords, which
// end an organisation's, and departmentWords ("dept", "office", "desk").
var officeWords = words("billing", "service", "access", "claims", "care", "edi")
