package detectors

// ASC X12 EDI (837 claims, 270/271 eligibility, 834 enrolment): segments
// end with '~', elements are separated by '*'. The segments below carry
// patient data at known positions. ASAP 4.2, the format pharmacies report
// controlled substances to a state's PDMP in, is written the same way:
// its PAT, DSP and AIR segments are read here too (PRE and PHA are the
// prescriber's and the pharmacy's).
var x12Segments = words("ISA", "GS", "ST", "BHT", "HL", "NM1", "N3", "N4", "DMG", "REF", "DTP", "CLM", "PER", "SBR",
	"PAT", "INS", "EQ", "EB", "TRN", "SE", "GE", "IEA", "AMT", "HI", "LX", "SV1", "SV2", "PRV", "CAS", "SVC", "CLP",
	"BPR", "N1", "MSG", "II", "DTM", "LQ", "NTE", "HCP", "K3", "DSP", "AIR", "PRE", "PHA")

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
// rest. A clinician's name and number in their work are no patient's.
var x12Providers = words("1P", "82", "DN", "DK", "DQ", "71", "72", "73", "77", "85", "87", "FA", "P3", "QB", "2B", "PW", "45")

// x12RefQualifiers map REF01 to the category of REF02.
var x12RefQualifiers = map[string]Category{"SY": SSN, "EA": MRN, "1W": HealthPlan, "0F": HealthPlan, "6P": 0,
	"IG": HealthPlan, "1L": 0, "23": OtherID, "EJ": Account, "F8": OtherID, "D9": OtherID, "0B": License, "1G": License,
	"G2": License, "LU": 0, "9F": OtherID, "X4": 0, "Y4": OtherID, "Q4": OtherID, "3H": OtherID, "HJ": HealthPlan,
	"F6": HealthPlan, "NQ": HealthPlan} // F6 a Medicare HIC number, NQ a Medicaid recipient's

// scanX12 scans consecutive X12 segments starting at b[i] and returns
// where they end.
func (st *state) scanX12(b []byte, i, to int) int {
	org := false // the loop is an organisation's (NM102 "2"): its N3, N4 and PER are its own
	for i < to {
		id := i
		for id < to && id-i < 3 && isUpper(b[id]) || id < to && id > i && isDigit(b[id]) && id-i < 3 {
			id++
		}
		if id >= to || b[id] != '*' || !x12Segments[string(b[i:id])] {
			return i
		}
		e := id
		for e < to && b[e] != '~' && b[e] != '\n' && b[e] != '\r' && b[e] != '"' && !(b[e] == '\\' && e+1 < to && (b[e+1] == 'n' || b[e+1] == 'r')) {
			e++
		}
		st.x12Segment(b, i, id, e, &org)
		if e >= to || b[e] == '"' {
			return e
		}
		if b[e] == '\\' {
			e++
		}
		i = e + 1
		for i < to && (b[i] == '\n' || b[i] == '\r' || b[i] == ' ') {
			i++
		}
	}
	return i
}

func (st *state) x12Segment(b []byte, s, idEnd, e int, org *bool) {
	var els [24]span
	n := 0
	for k := idEnd; k < e && n < len(els); {
		es := k + 1
		ee := es
		for ee < e && b[ee] != '*' {
			ee++
		}
		els[n] = span{es, ee}
		n++
		k = ee
	}
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
	switch string(b[s:idEnd]) {
	case "NM1", "N1":
		// A billing provider's or a payer's loop ("NM1*85*2*CASCADIA
		// RECOVERY", "N1*PR*OREGON HEALTH PLAN") holds their address.
		// A provider's loop, a clinician's or an organisation's, holds
		// their name, number and address, no patient's.
		provider := x12Providers[string(el(1))] && !st.s.c.providers
		*org = provider || string(el(2)) == "2" || string(b[s:idEnd]) == "N1" && (string(el(1)) == "PR" || string(el(1)) == "PE" || orgNamed(el(2)))
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
		put(3, Date)
	case "DTM":
		// 835's and 277's claim dates: statement period (232, 233),
		// service (472), service period (150, 151); not the file's (405).
		switch string(el(1)) {
		case "232", "233", "472", "150", "151":
			put(2, Date)
		}
	case "REF":
		put(2, x12RefQualifiers[string(el(1))])
	case "CLM":
		put(1, Account)
	case "PAT":
		if e1 := el(1); len(e1) == 2 && isUpper(e1[0]) && isUpper(e1[1]) {
			// ASAP's patient, after the jurisdiction that issued their ID:
			// "PAT*IL*06*H88960451185****HERNANDEZ*XIMENA*MARIE***361 S WABASH
			// AVE**CHICAGO*IL*60629*7735550194*19601210*F".
			put(3, asapIDQualifiers[string(el(2))])
			put(7, Name)
			put(8, Name)
			if len(el(9)) > 1 {
				put(9, Name)
			}
			put(12, Address)
			put(13, Address)
			put(14, Address)
			put(16, ZIP)
			put(17, Phone)
			put(18, Date)
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
		if *org || fn != "IP" && fn != "IC" && fn != "" {
			// The organisation's contact and its numbers: a buyer (BD),
			// a sales rep (SR), accounts payable (AP)...
			break
		}
		if fn != "IC" {
			put(2, Name) // the insured party; an information contact is staff, its numbers may be a member's
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
