package detectors

import "bytes"

// VistA, the VA's health record, keeps its PATIENT file (#2) in the M
// global ^DPT, one node a group of fields, the fields of a node joined by
// '^'. Dumps of its nodes reach logs from FileMan, TaskMan and the HL7
// and RPC brokers: ^DPT(1432335,0)="HARRIS,ESPERANZA R^M^2740707^^^^^^232605001".
// The node and the piece say what each field is; nothing else does.

// vistaPieces maps a ^DPT node to the categories of its pieces, by piece
// number (1-based; 0 for none).
var vistaPieces = map[string][]Category{
	"0":    {1: Name, 3: Date, 9: SSN},                               // NAME, SEX, DATE OF BIRTH, ..., SSN
	".11":  {1: Address, 2: Address, 3: Address, 4: Address, 6: ZIP}, // street lines, city, state, ZIP
	".121": {1: Address, 2: Address, 3: Address, 4: Address, 6: ZIP}, // temporary address
	".13":  {1: Phone, 2: Phone, 4: Phone},                           // home, office, cell
	".133": {1: Email},
	".21":  {1: Name, 3: Address, 4: Address, 5: Address, 6: Address, 8: ZIP, 9: Phone}, // next of kin
	".211": {1: Name, 3: Address, 4: Address, 5: Address, 6: Address, 8: ZIP, 9: Phone},
	".33":  {1: Name, 3: Address, 4: Address, 5: Address, 6: Address, 8: ZIP, 9: Phone}, // emergency contact
	".24":  {3: Name},                                                                   // mother's maiden name
}

// dptPieces emits the PHI of the pieces of a ^DPT node's value at
// b[vs:ve], whose categories by piece are cats.
func (st *state) dptPieces(b []byte, vs, ve int, cats []Category) {
	var buf [24]span
	for p, c := range components(buf[:0], b, vs, ve, '^') {
		if p+1 >= len(cats) || cats[p+1] == 0 || c.start >= c.end {
			continue
		}
		v := b[c.start:c.end]
		switch cat := cats[p+1]; cat {
		case Date:
			if fileManDate(v) {
				st.emit(c.start, c.end, Date, "vista", High, true)
			}
		case SSN:
			if len(v) >= 9 && validSSN(v[:9]) {
				st.emit(c.start, c.end, SSN, "vista", High, true)
			}
		default:
			st.emit(c.start, c.end, cat, "vista", High, true)
		}
	}
}

// fileManDate reports whether v is a FileMan date: YYYMMDD with the year
// less 1700 ("2740707" is 1974-07-07), a time after a dot.
func fileManDate(v []byte) bool {
	if dot := bytesIndex(v, '.'); dot > 0 {
		v = v[:dot]
	}
	if len(v) != 7 || !allDigits(v) {
		return false
	}
	return validDate(1700+atoi(v[:3]), atoi(v[3:5]), atoi(v[5:]))
}

// mGlobal reads a node of an M global (InterSystems IRIS and Caché, VistA)
// at b[i] (the '^'), as "zwrite" prints it: ^Patient(98251,"DOB")=31151,
// ^HS.Registry.Patient.MPIID("153074020")=$lb(...). A string subscript
// last names the node's value as a key does, a global named for an
// identifier ("MPIID") holds one as its first subscript, and VistA's
// ^DPT(ien,node) holds the fields its node names, piece by piece. It
// returns the end of what it read, or 0.
func (st *state) mGlobal(b []byte, i, to int) int {
	k := i + 1
	ns := k
	for k < to && (isAlnum(b[k]) || b[k] == '.' || b[k] == '%') && k-ns < 64 {
		k++
	}
	if k == ns || k >= to || b[k] != '(' {
		return 0
	}
	name := b[ns:k]
	if dot := bytes.LastIndexByte(name, '.'); dot >= 0 {
		name = name[dot+1:]
	}
	var subs [8]span
	n := 0
	k++
	for k < to && n < len(subs) {
		s := k
		switch {
		case b[k] == '"':
			e := k + 1
			for e < to && b[e] != '"' {
				e++
			}
			if e >= to {
				return 0
			}
			subs[n] = span{s + 1, e}
			k = e + 1
		case isDigit(b[k]) || b[k] == '-' || b[k] == '.':
			for k < to && (isDigit(b[k]) || b[k] == '-' || b[k] == '.') {
				k++
			}
			subs[n] = span{s, k}
		default:
			return 0
		}
		n++
		if k < to && b[k] == ',' {
			k++
			continue
		}
		break
	}
	if n == 0 || k >= to || b[k] != ')' {
		return 0
	}
	k++
	if kc := st.classifyKey(name, keyClass{}); idCategories.Has(kc.cat) && subs[0].end > subs[0].start {
		st.emit(subs[0].start, subs[0].end, kc.cat, "key", kc.conf, true) // ^...MPIID("153074020")
	}
	patientFile := string(name) == "DPT" || string(name) == "AUPNPAT"
	if patientFile {
		st.patientGlobalRef(b, subs[:n])
	}
	if k+1 >= to || b[k] != '=' {
		return k
	}
	if n == 2 && b[k+1] == '"' && b[subs[1].start-1] == ',' { // a numeric node
		vs := k + 2
		ve := vs
		for ve < to && b[ve] != '"' {
			ve++
		}
		node := string(b[subs[1].start:subs[1].end])
		if cats, ok := vistaPieces[node]; ok && (string(name) == "DPT" || node == "0" && patientZeroNode(b[vs:ve])) {
			// ^DPT, or a global of a system built like it, whose zero node
			// reads "NAME,GIVEN M^F^2500424^...": its subscript is the
			// patient's internal number (VistA's DFN).
			if !patientFile && subs[0].end-subs[0].start >= 3 && isDigit(b[subs[0].start]) {
				st.emit(subs[0].start, subs[0].end, MRN, "vista", Medium, true)
			}
			st.dptPieces(b, vs, ve, cats)
			return min(ve+1, to)
		}
	}
	last := subs[n-1]
	if n < 2 || last.start == 0 || b[last.start-1] != '"' {
		return k + 1 // the value is read as text
	}
	kc := st.classifyKey(b[last.start:last.end], keyClass{})
	if kc.cat == 0 || kc.never() {
		return k + 1
	}
	vs, ve := k+1, k+1
	if b[vs] == '"' {
		vs++
		for ve = vs; ve < to && b[ve] != '"'; ve++ {
		}
	} else {
		for ve < to && (isAlnum(b[ve]) || b[ve] == '-' || b[ve] == '.') {
			ve++
		}
	}
	switch {
	case vs >= ve:
	case kc.cat == Date && ve-vs == 5 && allDigits(b[vs:ve]):
		st.emit(vs, ve, Date, "key", kc.conf, true) // $H's day count: ^Patient(98251,"DOB")=31151
	default:
		st.keyedValue(kc, b, vs, ve)
	}
	return ve
}

// patientGlobalRef emits what the subscripts of a reference to VistA's
// PATIENT file (^DPT) or RPMS's (^AUPNPAT) name, with or without a
// value: the patient's internal number first, "^DPT(12371,.13)" as an
// error trap's last global reference prints it, or a cross-reference's
// name and number, ^DPT("B","IRON CLOUD,KEE F",36033).
func (st *state) patientGlobalRef(b []byte, subs []span) {
	dfn := func(s span) bool { return s.end-s.start >= 3 && s.end-s.start <= 10 && allDigits(b[s.start:s.end]) }
	if dfn(subs[0]) {
		st.emit(subs[0].start, subs[0].end, MRN, "vista", Medium, true)
		return
	}
	if len(subs) == 3 && string(b[subs[0].start:subs[0].end]) == "B" && dfn(subs[2]) {
		v := b[subs[1].start:subs[1].end]
		if c := bytes.IndexByte(v, ','); c > 0 && allUpper(v[:c]) { // "IRON CLOUD,KEE F"
			st.emit(subs[1].start, subs[1].end, Name, "vista", High, true)
		}
		st.emit(subs[2].start, subs[2].end, MRN, "vista", Medium, true)
	}
}

// patientZeroNode reports whether v is laid out as ^DPT's zero node: a
// name in "FAMILY,GIVEN" form, the sex, a FileMan date of birth.
func patientZeroNode(v []byte) bool {
	var buf [4]span
	p := components(buf[:0], v, 0, len(v), '^')
	if len(p) < 3 {
		return false
	}
	name, sex := v[p[0].start:p[0].end], v[p[1].start:p[1].end]
	c := bytes.IndexByte(name, ',')
	return c > 0 && c+1 < len(name) && allUpper(name[:c]) && len(sex) == 1 && (sex[0] == 'M' || sex[0] == 'F') &&
		fileManDate(v[p[2].start:p[2].end])
}

// vistaArrays map the local arrays VistA's patient calls fill (DEM^VADPT's
// VADM, ADD^VADPT's VAPA) to the categories of their elements by number:
// VADM(1)="VANG,PA F", VADM(2)="858324222^858-32-4222", VADM(3)="2730927^SEP 27,1973".
var vistaArrays = map[string][]Category{
	"VADM": {1: Name, 2: SSN, 3: Date, 6: Date},
	"VAPA": {1: Address, 2: Address, 3: Address, 4: Address, 6: ZIP, 8: Phone},
}

// vistaArray reads an element of a VistA patient array at b[i:e] (its
// name) when a dump prints it, VADM(2)="...", and returns its end, or 0.
func (st *state) vistaArray(b []byte, i, e, to int) int {
	cats, ok := vistaArrays[string(b[i:e])]
	if !ok {
		return 0
	}
	k := e + 1
	for k < to && isDigit(b[k]) && k-e <= 2 {
		k++
	}
	if k == e+1 || k+2 >= to || b[k] != ')' || b[k+1] != '=' || b[k+2] != '"' {
		return 0
	}
	n := atoi(b[e+1 : k])
	vs := k + 3
	ve := vs
	for ve < to && b[ve] != '"' && ve-vs < 256 {
		ve++ // an element holds a field or two: a line of unclosed ones costs its length
	}
	if n >= len(cats) || cats[n] == 0 || ve == vs || ve >= to || b[ve] != '"' {
		return min(ve+1, to)
	}
	// The first piece is the internal value, the second (if any) the
	// external: both are the person's.
	switch c := cats[n]; c {
	case SSN, Date:
		st.dptPieces(b, vs, ve, []Category{1: c}) // the internal value, checked as ^DPT's
		if p := bytes.IndexByte(b[vs:ve], '^'); p > 0 {
			st.emit(vs+p+1, ve, c, "vista", High, true) // "858-32-4222", "SEP 27,1973"
		}
	default:
		st.emit(vs, ve, c, "vista", High, true)
	}
	return ve + 1
}
