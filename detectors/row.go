package detectors

import (
	"bytes"
	"slices"
)

// Rows of values without keys, as data pipelines print the record they
// failed on: Python's lists and tuples ("['5YN9MV7VE08', 'KOVACEVIC',
// 'LEILANI', '05/11/1959']"), JSON arrays of strings. Each value is
// scanned as text; a row that holds a birth date, an SSN or another
// identifier of a person then vouches for the names beside it, which
// alone would be only capitalised words.

// maxRowValues bounds the values a row remembers for its names.
const maxRowValues = 16

// rowValues collects the string values of one row, and the fields that
// are a record's identifier (see rowIdentifier).
type rowValues struct {
	spans [maxRowValues]span
	n     int
	ids   [4]span
	ni    int
	tel   [2]span
	nt    int
	city  span // a city cell before its state's and its ZIP's, and the ZIP
	zip   span
}

func (r *rowValues) add(s, e int) {
	if r.n < len(r.spans) {
		r.spans[r.n] = span{s, e}
		r.n++
	}
}

func (r *rowValues) addID(s, e int) {
	if r.ni < len(r.ids) {
		r.ids[r.ni] = span{s, e}
		r.ni++
	}
}

// quotedRow reads a Python list or tuple of single-quoted strings at b[i]
// ('[' or '('), and numbers, None, True and False among them. It scans
// the values and returns the row's end, or 0 when b[i:] is no such row.
func (st *state) quotedRow(b []byte, i, to int) int {
	closer := byte(']')
	if b[i] == '(' {
		closer = ')'
	}
	var row rowValues
	from := len(st.out)
	k := i + 1
	for values := 0; k < to; values++ {
		if b[k] == '\'' || b[k] == '"' {
			q := b[k]
			e := k + 1
			for e < to && b[e] != q && b[e] != '\\' {
				e++
			}
			if e >= to || b[e] != q {
				return 0 // an escape or no end: not a simple row
			}
			row.add(k+1, e)
			k = e + 1
		} else {
			e := k
			for e < to && (isAlnum(b[e]) || b[e] == '.' || b[e] == '-') {
				e++
			}
			if e == k {
				return 0
			}
			k = e
		}
		switch {
		case k+1 < to && b[k] == ',' && b[k+1] == ' ':
			k += 2
		case k < to && b[k] == ',' && closer == ')' && k+1 < to && b[k+1] == closer:
			k++ // ('x',)
		case k < to && b[k] == closer:
			if values < 2 {
				return 0
			}
			st.readRow(b, &row, from)
			return k + 1
		default:
			return 0
		}
	}
	return 0
}

// readRow scans each value of a row, then reads the row's names and
// identifiers by what the scan found in it (see rowNames).
func (st *state) readRow(b []byte, row *rowValues, from int) {
	for _, v := range row.spans[:row.n] {
		st.resetContext()
		st.scanText(b, v.start, v.end)
	}
	st.rowNames(b, row, from)
}

// rowNames reports the values of a row that are names the census lists
// know, when the row's other values (found from st.out[from:]) hold a
// person's identifier.
//
// A row of a name and a calendar date ("('W042646404', 'KAPOOR',
// '1997-02-05')") is a person's too, though a recent date alone is none:
// the two vouch for each other, and for an identifier beside them.
func (st *state) rowNames(b []byte, row *rowValues, from int) {
	person := false
	for _, f := range st.out[from:] {
		switch f.Category {
		case Date, SSN, MRN, HealthPlan, Phone, Email, Address:
			person = true
		}
	}
	named, dated := -1, -1
	if !person {
		for k, v := range row.spans[:row.n] {
			switch w := b[v.start:v.end]; {
			case dated < 0 && calendarDate(w) && !st.covered(from, v.start, v.end):
				dated = k
			case named < 0 && len(w) >= 2 && len(w) <= 40 && rowName(w):
				named = k
			}
		}
		if named < 0 || dated < 0 {
			return
		}
		d := row.spans[dated]
		st.emit(d.start, d.end, Date, "date", Low, false)
	}
	for k, v := range row.spans[:row.n] {
		if k == dated || v.end-v.start < 2 || v.end-v.start > 40 || st.covered(from, v.start, v.end) {
			continue
		}
		switch w := b[v.start:v.end]; {
		case rowName(w):
			st.emit(v.start, v.end, Name, "name", Low, false)
		case dated >= 0 && rowIdentifier(w):
			st.emit(v.start, v.end, OtherID, "row_id", Low, false)
		}
	}
}

// nameBefore reports whether the scan found a name (from st.out[from:])
// that ends before b[k].
func (st *state) nameBefore(from, k int) bool {
	return slices.ContainsFunc(st.out[from:], func(f Finding) bool { return f.Category == Name && f.End <= k })
}

// dateAndMinute reports whether v is a calendar date and a time to the
// minute, as a visit's cell holds it: "08/25/2024 09:00" (a log's
// instant has its seconds).
func dateAndMinute(v []byte) bool {
	sp := bytes.IndexByte(v, ' ')
	if sp < 8 || len(v)-sp-1 != 5 || !calendarDate(v[:sp]) {
		return false
	}
	t := v[sp+1:]
	return isDigit(t[0]) && isDigit(t[1]) && t[2] == ':' && isDigit(t[3]) && isDigit(t[4]) && atoi(t[:2]) < 24 && atoi(t[3:]) < 60
}

// calendarDate reports whether v is a whole date of the calendar as
// records store them: "1997-02-05", "02/05/1997", "2/5/1997", "19970205",
// "05.02.1997", "05feb1997", "23NOV36", "05-FEB-97", "February 5, 1997".
func calendarDate(v []byte) bool {
	y, m, d, ok := calendarYMD(v)
	return ok && y >= 1900 && y <= 2100 && validDate(y, m, d)
}

// calendarYMD reads the forms calendarDate knows, without checking them.
func calendarYMD(v []byte) (y, m, d int, ok bool) {
	switch {
	case len(v) == 10 && v[4] == '-' && v[7] == '-':
		return atoi(v[:4]), atoi(v[5:7]), atoi(v[8:]), true
	case len(v) == 10 && v[2] == '/' && v[5] == '/':
		if m, d := atoi(v[:2]), atoi(v[3:5]); m > 12 && d <= 12 {
			return atoi(v[6:]), d, m, true // "26/01/2025", as Europe writes it
		}
		return atoi(v[6:]), atoi(v[:2]), atoi(v[3:5]), true
	case (len(v) == 8 || len(v) == 9) && allDigits(v[len(v)-4:]) && v[len(v)-5] == '/' && (v[1] == '/' || v[2] == '/'):
		// "5/28/1961", "10/3/2023", "3/23/2024": a month or a day of one digit, as US forms write them.
		sl := 1
		if v[2] == '/' {
			sl = 2
		}
		m, d := v[:sl], v[sl+1:len(v)-5]
		if len(d) < 1 || len(d) > 2 || !allDigits(m) || !allDigits(d) {
			return 0, 0, 0, false
		}
		return atoi(v[len(v)-4:]), atoi(m), atoi(d), true
	case len(v) == 10 && v[2] == '.' && v[5] == '.':
		return atoi(v[6:]), atoi(v[3:5]), atoi(v[:2]), true // "01.09.2004", as Europe writes it
	case len(v) == 9 && isLetter(v[2]) && allDigits(v[5:]):
		return atoi(v[5:]), month(v[2:5]), atoi(v[:2]), true // "27jul1998", SAS's and Stata's
	case len(v) == 7 && isDigit(v[0]) && isDigit(v[1]) && isUpper(v[2]) && isDigit(v[5]) && isDigit(v[6]) && month(v[2:5]) > 0:
		y := 2000 + atoi(v[5:])
		if y > 2030 {
			y -= 100
		}
		return y, month(v[2:5]), atoi(v[:2]), true // "23NOV36", as travel and military records write it
	case (len(v) == 11 || len(v) == 9) && v[2] == '-' && v[6] == '-' && allDigits(v[:2]) && allDigits(v[7:]) && month(v[3:6]) > 0:
		y := atoi(v[7:])
		if len(v) == 9 {
			y += 2000
			if y > 2030 {
				y -= 100
			}
		}
		return y, month(v[3:6]), atoi(v[:2]), true // "14-JUN-2024", "14-JUN-24", as Oracle prints them
	case len(v) == 8 && v[2] == '/' && v[5] == '/' && allDigits(v[:2]) && allDigits(v[3:5]) && allDigits(v[6:]):
		y := 2000 + atoi(v[6:])
		if y > 2030 {
			y -= 100
		}
		return y, atoi(v[:2]), atoi(v[3:5]), true // "04/28/84", "11/08/24": a US form's two-digit year
	case len(v) == 8 && allDigits(v) && (v[0] == '1' || v[0] == '2'):
		return atoi(v[:4]), atoi(v[4:6]), atoi(v[6:]), true // "19950514", as HL7 and IRIS store it
	case len(v) >= 10 && len(v) <= 18 && isLetter(v[0]) && allDigits(v[len(v)-4:]) && v[len(v)-5] == ' ':
		return writtenDate(v)
	case len(v) >= 10 && len(v) <= 17 && isDigit(v[0]) && allDigits(v[len(v)-4:]) && v[len(v)-5] == ' ':
		return dayFirstDate(v)
	}
	return 0, 0, 0, false
}

// writtenDate reads a date with its month's name, as scheduling tools
// write it: "March 14, 2024", "Mar 4 2024".
func writtenDate(v []byte) (y, m, d int, ok bool) {
	sp := bytes.IndexByte(v, ' ')
	if sp < 3 || sp+7 > len(v) {
		return 0, 0, 0, false
	}
	m = month(v[:sp])
	k := sp + 1
	for k < len(v) && isDigit(v[k]) && k-sp <= 2 {
		d = d*10 + int(v[k]-'0')
		k++
	}
	if m == 0 || k == sp+1 {
		return 0, 0, 0, false
	}
	if k < len(v) && v[k] == ',' {
		k++
	}
	if k != len(v)-5 {
		return 0, 0, 0, false
	}
	return atoi(v[len(v)-4:]), m, d, true
}

// dayFirstDate reads a date written day first with its month's name, as
// Europe and certificates write it: "14 May 2024", "4 Sept 2024".
func dayFirstDate(v []byte) (y, m, d int, ok bool) {
	k := 0
	for k < len(v) && k < 2 && isDigit(v[k]) {
		d = d*10 + int(v[k]-'0')
		k++
	}
	if k >= len(v) || v[k] != ' ' {
		return 0, 0, 0, false
	}
	if m = month(v[k+1 : len(v)-5]); m == 0 {
		return 0, 0, 0, false
	}
	return atoi(v[len(v)-4:]), m, d, true
}

// transactionPrefix reports whether p, capitals, opens the number of a
// record's own transaction (a claim, an invoice, an order) or of an
// employer's group, no person's: "CLM2403123928", "GRP-302619".
func transactionPrefix(p []byte) bool {
	var lb [8]byte
	return inSet(transactionPrefixes, lowerWord(lb[:], p))
}

var transactionPrefixes = words("clm", "inv", "ord", "req", "tkt", "txn", "job", "pay", "chg", "aud", "evt", "alrt", "msg", "wo", "so", "grp") // ... and an audit trail's own entries

// rowIdentifier reports whether v reads as a record's identifier: one to
// three capitals, an optional dash, six to twelve digits and at most one
// capital after them ("M1580033901", "CRH-6419886", "W042646404").
func rowIdentifier(v []byte) bool {
	k := 0
	for k < len(v) && k < 3 && isUpper(v[k]) {
		k++
	}
	if k == 0 || transactionPrefix(v[:k]) {
		return false
	}
	if k < len(v) && v[k] == '-' {
		k++
	}
	n := k
	for n < len(v) && isDigit(v[n]) {
		n++
	}
	if n-k < 6 || n-k > 12 {
		return false
	}
	return n == len(v) || n+1 == len(v) && isUpper(v[n])
}

// capitalsPrefix returns the capitals that open v.
func capitalsPrefix(v []byte) []byte {
	k := 0
	for k < len(v) && isUpper(v[k]) {
		k++
	}
	return v[:k]
}

// rowName reports whether v is one to three capitalised words, each a
// name of the census lists and one at least no ordinary word: "KOVACEVIC",
// "Leilani", "Mary Ann", "José".
func rowName(v []byte) bool {
	words, strong := 0, 0
	for i := 0; i < len(v); {
		s := i
		for i < len(v) && (isLetter(v[i]) || v[i] >= 0x80 || v[i] == '\'' || v[i] == '-') {
			i++ // "José", "Nguyễn"
		}
		if i-s <= 4 && inSet(nameParticles, v[s:i]) && i+1 < len(v) {
			if v[i] == '.' && i-s == 2 {
				i++ // "ST. CLAIR"
			}
			if v[i] == ' ' {
				i++
				continue // "DA SILVA", "VAN DER BERG": a particle, the surname after it
			}
		}
		if i == s || !upperAt(v, s, len(v)) || i < len(v) && v[i] != ' ' {
			return false
		}
		e, _ := lookupName(v[s:i])
		if e.First == 0 && e.Last == 0 {
			return false
		}
		if !e.Common && !ordinaryWord(v[s:i]) {
			strong++
		}
		if words++; words > 3 {
			return false
		}
		if i < len(v) {
			i++
		}
	}
	return words > 0 && strong > 0
}

// cityCells reports a city at b[fs:fe], a cell whose next cells (after the
// delimiter at b[e]) are a state's code and a ZIP, and keeps the city and
// the ZIP in row.
func cityCells(row *rowValues, b []byte, fs, fe, e int, delim byte) bool {
	if e+4 >= len(b) || b[e] != delim || b[e+3] != delim || !stateAbbrevs[string(b[e+1:e+3])] || !isLetter(b[fs]) {
		return false
	}
	zs := e + 4
	ze := zs
	for ze < len(b) && ze-zs < 10 && (isDigit(b[ze]) || b[ze] == '-' && ze-zs == 5) {
		ze++
	}
	if ze-zs != 5 && ze-zs != 10 || ze < len(b) && b[ze] != delim || !isDigit(b[ze-1]) || string(b[zs:zs+5]) == "00000" {
		return false
	}
	row.city, row.zip = span{fs, fe}, span{zs, ze}
	return true
}

// firstColumnAligned reports whether a listing's row starts with a
// record's number, a token of five letters and digits or more with a
// digit in it, then a space: "08893277 Chatterjee      Dmitri
// 12/17/1940"; a log line's timestamp or level does not.
func firstColumnAligned(b []byte) bool {
	k := 0
	for k < len(b) && isAlnum(b[k]) {
		k++
	}
	return k >= 5 && k+1 < len(b) && b[k] == ' ' && hasDigit(b[:k])
}

// delimitedRow reads a line of text as a row of fields, as CSV exports,
// SAS and Stata listings and database clients print records without their
// keys ("7281 61941615,KIM,1992-02-26,6008 CHESTNUT BLVD,..."; "| M2965094
// Petrov, Rahul   27jul1998  78455 |"). When the scan found a person in
// the row (st.out[from:]: a name, a street, an SSN, a record or plan
// number), or a field that is a calendar date and one that is a person's
// name vouch for each other, the row's dates are that person's, and the
// fields that are names the census lists know name them. Phones and emails
// vouch for no one: a vendor's and a clerk's are as common in rows.
func (st *state) delimitedRow(b []byte, from int) {
	if len(b) == 0 || len(b) > 4<<10 || len(st.out) == from && !st.undated {
		return // no one to vouch for, nor a date that could
	}
	delim, best, pipes := byte(0), 2, 0
	for _, d := range [...]byte{',', ';', '|', '\t'} {
		n := bytes.Count(b, []byte{d})
		if n > best {
			delim, best = d, n
		}
		if d == '|' {
			pipes = n
		}
	}
	eq := bytes.Count(b, []byte("="))
	switch {
	case delim == 0 && (b[0] != ' ' && pipes == 0 && !firstColumnAligned(b) || bytes.Count(b, []byte("  ")) < 3):
		return // no fields, nor columns aligned by spaces as listings print them
	case eq >= 2 && (delim == 0 || 3*eq > best) || bytes.Count(b, []byte(": ")) >= 2:
		return // fields with keys: "OMNI|...|pt=...|NDC=...", a CEF record, a struct (a long row may end with a few: "...|exp=03212027|age_ok=1")
	case delim == '|' && st.segmentRecord():
		return // HL7's and ASTM's segments: their readers know the positions
	}
	logged := loggedDate(b)
	person, dated, named, placed := false, false, false, false
	for _, f := range st.out[from:] {
		if f.ByKey {
			return // a row read by its keys or columns: "INSERT INTO t (ssn, report_date) VALUES (...)"
		}
		switch f.Category {
		case Name, Address, SSN, MRN, HealthPlan:
			person = true
			placed = placed || f.Category == Address
		case Date:
			dated = true
			if f.End > len(b) || f.Start < 0 || f.Start >= f.End {
				break
			}
			if birthDateCell(b, f.Start, f.End) {
				person = true // "08G,P05997836,031378509,5/28/1961,...": a birth date names the row's person
			}
		}
	}
	var row rowValues
	prevEnd := 0 // where the last cell ends, when it holds a finding
	vehicle := 0 // cells left that describe a vehicle: its plate's state, make and model
	for s := 0; s < len(b); {
		e := fieldEnd(b, s, delim)
		if c := bytes.LastIndex(b[s:e], []byte(": ")); s == 0 && c >= 0 {
			s += c + 2 // "bad row: Okafor|...": the message before the row
		}
		fs, fe := trimField(b, s, e)
		if delim != 0 {
			st.cellBeside(b, from, fs, fe, prevEnd, e, delim)
		}
		covered := fe-fs >= 2 && st.covered(from, fs, fe)
		if vehicle > 0 {
			vehicle--
			covered = true // "OK,Toyota,Camry": the plate's state, a make and a model, no one's names
		}
		if fe-fs >= 2 && fe-fs <= 40 && !covered {
			switch v := b[fs:fe]; {
			case dateAndMinute(v):
				if (named || st.nameBefore(from, fs)) && (logged == 0 || dateKey(v[:bytes.IndexByte(v, ' ')]) != logged) {
					// "TS-24-01168,\"Sharma, Zoë\",08/25/2024 09:00": after a name, a
					// visit's day and hour, its person's when others vouch (before
					// one, a record's own time: "NOTE|2024-06-11 08:02|...").
					row.add(fs, fe)
				}
			case calendarDate(v):
				if ts, _ := trimField(b, min(e+1, len(b)), len(b)); ts+3 < len(b) && isDigit(b[ts]) && isDigit(b[ts+1]) && b[ts+2] == ':' {
					break // "2024-05-02\t06:55:15": a log's timestamp in two fields
				}
				if logged != 0 && dateKey(v) == logged {
					break // the day the line was logged: a run's or a letter's date, no one's
				}
				dated = true
				row.add(fs, fe)
			case delim != 0 && row.city.end == 0 && cityCells(&row, b, fs, fe, e, delim):
				// "...|MARQUETTE|KS|67464|...": a city before its state and ZIP, no one's name
			case rowName(v) && !(allUpper(v) && shortCapitals(v)) || lastCommaFirst(v):
				if delim != 0 && e < len(b) && b[e] == delim && credentialCellAt(b, e, len(b)) {
					break // "2024-10-06,PACU,E40934,\"Morales, Rosa\",RN,...": a clinician at work
				}
				named = true
				row.add(fs, fe)
			case delim != 0 && unlistedName(v) && sexAgeCells(b, e, delim):
				// "...,L2-Z7-B06-140,Wisdom Ochan,M,59,...": a name the lists
				// lack, then the person's sex and age, as registers and
				// survey exports put them.
				named = true
				row.add(fs, fe)
			case person && dated && delim != 0 && (unlistedName(v) || commaName(v)) && listedWord(v):
				// "COL,2024-03-12,13:20,YER IVANOVA,9/21/1953,...": a row its
				// birth date says is someone's names them, if the lists do not.
				named = true
				row.add(fs, fe)
			case delim != 0 && e < len(b) && b[e] == delim && ((addresseeName(v) || capitalsLastFirst(v) || commaName(v)) && st.streetAt(from, b, e+1) || unlistedName(v) && st.phoneThenStreet(from, b, e+1, delim)):
				// "...,4762524,ESPERANZA WHITEHORSE,98 AVENIDA DEL SOL,UNIT C,...":
				// a shipping manifest's addressee, before their street (or
				// their telephone and street).
				named = true
				row.add(fs, fe)
			case delim != 0 && st.splitNameCells(from, b, fs, fe, e, delim) > 0:
				// "...|KOWALSKA|AGNIESZKA|813 CHANDLER ST|...": a surname and
				// a given name in cells of their own, before the person's
				// street or birth date; the lists need not know them.
				ge := fieldEnd(b, e+1, delim)
				gs, gte := trimField(b, e+1, ge)
				named = true
				row.add(fs, fe)
				row.add(gs, gte)
				e = ge // the given name's cell is read
			case len(v) == 10 && allDigits(v) && validNANP(v) && !tollFree(v) && !validNPI(v): // an NPI is a clinician's
				if row.nt < len(row.tel) {
					row.tel[row.nt] = span{fs, fe}
					row.nt++
				}
			case delim != 0 && plateCell(v) && stateThenMake(b, e, delim):
				// "...,Quentin Estrada,918-411-2399,SLN-692,OK,Toyota,Camry,...":
				// a parking or valet record's plate, its state and make beside it.
				st.emit(fs, fe, Vehicle, "plate", Medium, false)
				vehicle = 3
			case rowIdentifier(v) && st.classifyKey(capitalsPrefix(v), keyClass{}).cat == 0,
				len(v) >= 7 && len(v) <= 10 && v[0] == '0' && allDigits(v) && len(bytes.TrimLeft(v, "0")) >= 5:
				// "E4709428,TRAN,LEILANI,12/14/1952": the record's number
				// (a prefix that is a key, "HAR605181156", says what it is);
				// "0,00764921,\"Charlemagne, Jean-Pierre\"": zero-padded, as
				// a chart's (an NDC has eleven digits; a sequence, "000384",
				// few that count).
				row.addID(fs, fe)
			}
		}
		prevEnd = 0
		if fe-fs >= 8 && covered {
			prevEnd = fe // a cell with a finding in it: "8613 Greenleaf Ave, Kenosha, WI"
		}
		s = e + 1
		if delim == 0 {
			for s < len(b) && (b[s] == ' ' || b[s] == '|') {
				s++
			}
		}
	}
	if !person && !(dated && named) {
		return
	}
	for _, v := range row.spans[:row.n] {
		if w := b[v.start:v.end]; calendarDate(w) || dateAndMinute(w) {
			st.emit(v.start, v.end, Date, "date", Low, false)
		} else {
			st.emit(v.start, v.end, Name, "name", Low, false)
		}
	}
	if row.city.end > 0 && (named || person) {
		st.emit(row.city.start, row.city.end, Address, "city", Medium, false)
		st.emit(row.zip.start, row.zip.end, ZIP, "zip", Medium, false)
	}
	if placed && (named || person) || named && dated {
		// A row with someone's street and name, or their name and a day:
		// ten digits a telephone number's rules allow are their number,
		// "...,LA GRANGE,IL,60508,7089647995,,URO".
		for _, v := range row.tel[:row.nt] {
			st.emit(v.start, v.end, Phone, "phone", Low, false)
		}
	}
	if (named || person) && dated {
		// A row that names someone and dates them: its record numbers
		// are theirs (a row vouched for only by an identifier the scan
		// found has that one).
		for _, v := range row.ids[:row.ni] {
			st.emit(v.start, v.end, MRN, "row_id", Low, false)
		}
	}
}

// cellBeside reads what a row's cell at b[fs:fe] is by the cell beside
// it: a ZIP after an address that ends with its state (prevEnd, where the
// last cell with a finding ends: "| 8613 Greenleaf Ave, Kenosha, WI |
// 53140 |"), and an age after a birth date, the two agreeing on a year of
// our time ("| 1933-09-02 | 90 |"). e is the cell's delimiter.
func (st *state) cellBeside(b []byte, from, fs, fe, prevEnd, e int, delim byte) {
	if (fe-fs == 5 || fe-fs == 10 && b[fs+5] == '-') && allDigits(b[fs:fs+5]) && prevEnd >= 3 &&
		stateAbbrevs[string(b[prevEnd-2:prevEnd])] && b[prevEnd-3] == ' ' && !st.covered(from, fs, fe) {
		st.emit(fs, fe, ZIP, "zip", Medium, false)
	}
	if fe-fs < 8 || fe-fs > 10 || e >= len(b) || b[e] != delim {
		return
	}
	as, ae := trimField(b, e+1, fieldEnd(b, e+1, delim))
	if y, _, _, ok := calendarYMD(b[fs:fe]); ok && ae-as >= 2 && ae-as <= 3 && allDigits(b[as:ae]) {
		if n := atoi(b[as:ae]); n >= 90 && n <= 125 && y+n >= 2010 && y+n <= 2035 && !st.covered(from, as, ae) {
			st.emit(as, ae, Age, "age", Medium, false)
		}
	}
}

// addresseeName reports whether v is two or three capitalised words, the
// first a given name the census lists know and the others no ordinary
// words: "ESPERANZA WHITEHORSE", "Priya Da Silva".
func addresseeName(v []byte) bool {
	words := 0
	for i := 0; i < len(v); {
		s := i
		for i < len(v) && (isLetter(v[i]) || v[i] >= 0x80 || v[i] == '\'' || v[i] == '-') {
			i++
		}
		if i-s < 2 || !upperAt(v, s, len(v)) || i < len(v) && v[i] != ' ' {
			return false
		}
		w := v[s:i]
		e, _ := lookupName(w)
		if words == 0 && (e.First == 0 || e.Common) || words > 0 && e.Last == 0 && ordinaryWord(w) {
			return false
		}
		if words++; words > 3 {
			return false
		}
		i++
	}
	return words >= 2
}

// capitalsLastFirst reports whether v is a name as a route sheet prints
// it, in capitals, the surname first: "LE, DUC Q", "NUNEZ BAEZA, IGNACIO".
func capitalsLastFirst(v []byte) bool {
	c := bytes.IndexByte(v, ',')
	if c < 2 || c+3 > len(v) || v[c+1] != ' ' || bytes.IndexByte(v[c+1:], ',') >= 0 {
		return false
	}
	for _, part := range [2][]byte{v[:c], v[c+2:]} {
		if len(part) > 30 || !allUpper(part) {
			return false
		}
		for _, ch := range part {
			if !isUpper(ch) && ch != ' ' && ch != '-' && ch != '\'' {
				return false
			}
		}
	}
	return !ordinaryWord(v[:c])
}

// plateCell reports whether v has a licence plate's shape: four to eight
// capitals and digits, both, perhaps one '-' or space between groups.
func plateCell(v []byte) bool {
	if len(v) < 4 || len(v) > 9 {
		return false
	}
	letters, digits, seps := 0, 0, 0
	for _, c := range v {
		switch {
		case isUpper(c):
			letters++
		case isDigit(c):
			digits++
		case c == '-' || c == ' ':
			seps++
		default:
			return false
		}
	}
	return letters > 0 && digits > 0 && seps <= 1 && letters+digits <= 8 && v[0] != '-' && v[len(v)-1] != '-'
}

// stateThenMake reports whether the cells after the delimiter at b[e] are
// a state's abbreviation and a car's make: "...,SLN-692,OK,Toyota,Camry".
func stateThenMake(b []byte, e int, delim byte) bool {
	if e+4 >= len(b) || b[e] != delim {
		return false
	}
	fe := fieldEnd(b, e+1, delim)
	if ss, se := trimField(b, e+1, fe); se-ss != 2 || !stateAbbrevs[string(b[ss:se])] || fe >= len(b) {
		return false
	}
	ms, me := trimField(b, fe+1, fieldEnd(b, fe+1, delim))
	var buf [16]byte
	return me-ms >= 2 && me-ms <= len(buf) && vehicleMakes[string(lowerWord(buf[:], b[ms:me]))]
}

// streetAt reports whether a street address the scan found (in
// st.out[from:]) starts at the field at b[s], after its spaces.
func (st *state) streetAt(from int, b []byte, s int) bool {
	for s < len(b) && (b[s] == ' ' || b[s] == '"') {
		s++
	}
	for _, f := range st.out[from:] {
		if f.Start == s && f.Category == Address && f.Detector == "street_address" {
			return true
		}
	}
	return false
}

// splitNameCells reports, by a position above 0, whether the cell
// b[fs:fe] (its delimiter at e) and the next hold one name word each and
// a street the scan found or a birth date follows them, perhaps after
// a middle initial's or a sex's cell: "KOWALSKA|AGNIESZKA|813 CHANDLER
// ST", "Nguyen,Thi,M,25 Quarry Hill Rd", "SOKOLOV|DMITRI|M|19470228". It
// returns where the street or the date starts, or 0.
func (st *state) splitNameCells(from int, b []byte, fs, fe, e int, delim byte) int {
	if e >= len(b) || b[e] != delim || !nameCell(b[fs:fe]) {
		return 0
	}
	ne := fieldEnd(b, e+1, delim)
	if ns, te := trimField(b, e+1, ne); !nameCell(b[ns:te]) || st.covered(from, ns, te) || ne >= len(b) {
		return 0
	}
	next := ne + 1
	if ie := fieldEnd(b, next, delim); ie < len(b) {
		if is, te := trimField(b, next, ie); te-is == 1 && isUpper(b[is]) {
			next = ie + 1 // the middle initial's cell
		}
	}
	if !st.streetAt(from, b, next) && !birthDateCell(b, next, fieldEnd(b, next, delim)) {
		return 0
	}
	return next
}

// birthDateCell reports whether the cell b[s:e] holds a calendar date of
// a year before oldYear: no log's, a birth date.
func birthDateCell(b []byte, s, e int) bool {
	s, e = trimField(b, s, e)
	y, m, d, ok := calendarYMD(b[s:e])
	return ok && y >= 1900 && y < oldYear && !epochDate(y, m, d)
}

// nameCell reports whether v is one word a name may be, 2 to 24 bytes: no
// ordinary word, unless the name lists hold it too, no clinician's
// credential ("Fink, Deborah;DO;Cardiology;1200 Medical Center Blvd") and
// no identifier in camel case ("BRTHDAT,DataPoint,13 NOV 1974").
func nameCell(v []byte) bool {
	words, _, ok := nameWords(v)
	return ok && words == 1 && len(v) <= 24 && !isCredential(v) && !camelIdentifier(v)
}

// phoneThenStreet reports whether the field at b[s] holds a telephone
// number the scan found and the next field a street: "Nkechi
// Park|480-556-9245|3508 N Scottsdale Rd|...", a trip sheet's rider,
// their number, their street.
func (st *state) phoneThenStreet(from int, b []byte, s int, delim byte) bool {
	for s < len(b) && b[s] == ' ' {
		s++
	}
	for _, f := range st.out[from:] {
		if f.Start == s && f.Category == Phone && f.End < len(b) && b[f.End] == delim {
			return st.streetAt(from, b, f.End+1)
		}
	}
	return false
}

// unlistedName reports whether v is two or three capitalised words, each
// no ordinary word or a name the lists know, one of them no word at all:
// "Nkechi Park", "Raghunath Oyelaran" (not "Harbor Family Medicine").
func unlistedName(v []byte) bool {
	words, strong, ok := nameWords(v)
	return ok && words >= 2 && words <= 3 && strong > 0
}

// nameWords counts the words of v that a name may hold (capitalised,
// letters, hyphens and apostrophes), and those of them no ordinary word; ok is false
// when a word may be no name's.
func nameWords(v []byte) (words, strong int, ok bool) {
	for w := range bytes.FieldsSeq(v) {
		if words++; len(w) < 2 || !upperAt(w, 0, len(w)) {
			return 0, 0, false
		}
		for _, c := range w {
			if !isLetter(c) && c < 0x80 && c != '-' && c != '\'' {
				return 0, 0, false
			}
		}
		if !ordinaryWord(w) {
			strong++
		} else if n, _ := lookupName(w); n.First == 0 && n.Last == 0 {
			return 0, 0, false
		}
	}
	return words, strong, true
}

// sexAgeCells reports whether the cells after the delimiter at b[e] are
// a person's sex and age: "M,59", "|F|7|", "\tFemale\t88".
func sexAgeCells(b []byte, e int, delim byte) bool {
	if e >= len(b) || b[e] != delim {
		return false
	}
	se := fieldEnd(b, e+1, delim)
	if se >= len(b) || b[se] != delim {
		return false
	}
	sex := b[e+1 : se]
	if !(len(sex) == 1 && (sex[0] == 'M' || sex[0] == 'F') || equalFold(sex, "male") || equalFold(sex, "female")) {
		return false
	}
	ae := fieldEnd(b, se+1, delim)
	age := b[se+1 : ae]
	return len(age) >= 1 && len(age) <= 3 && allDigits(age) && atoi(age) <= 120
}

// commaName reports whether v is a name written "LAST, FIRST", each side
// one to three capitalised words: "OKONKWO-BAPTISTE, CHIDI", "LÊ, BÍCH NGỌC".
func commaName(v []byte) bool {
	c := bytes.Index(v, []byte(", "))
	if c <= 0 {
		return false
	}
	lw, ls, lok := nameWords(v[:c])
	fw, fs, fok := nameWords(v[c+2:])
	return lok && fok && lw >= 1 && lw <= 3 && fw >= 1 && fw <= 3 && ls+fs > 0
}

// listedWord reports whether a word of v, or of a hyphenated word, is a
// name the census lists know and no common word: "YER IVANOVA",
// "MARIE-CLAUDE OKONKWO"; not "RPH CASTELLANO"'s label alone.
func listedWord(v []byte) bool {
	listed := 0
	for w := range bytes.FieldsFuncSeq(v, func(r rune) bool { return r == ' ' || r == '-' || r == ',' }) {
		if e, ok := lookupName(w); ok && (e.First > 0 || e.Last > 0) && !e.Common {
			listed++
		} else if len(w) <= 3 && allUpper(w) {
			return false // "RPH", "PKG": a label's abbreviation before its value
		}
	}
	return listed > 0
}

// fieldEnd returns where the field at b[s] ends: at delim, or with delim
// 0 at a run of two spaces or a '|' (a listing's aligned columns). A
// field in double quotes ends after its closing quote.
func fieldEnd(b []byte, s int, delim byte) int {
	if s < len(b) && b[s] == '"' {
		if k := bytes.IndexByte(b[s+1:], '"'); k >= 0 {
			s += k + 2
		}
	}
	if delim != 0 {
		if k := bytes.IndexByte(b[s:], delim); k >= 0 {
			return s + k
		}
		return len(b)
	}
	for k := s; k < len(b); k++ {
		if b[k] == '|' || b[k] == ' ' && k+1 < len(b) && b[k+1] == ' ' {
			return k
		}
	}
	return len(b)
}

// trimField returns the bounds of b[s:e] without spaces and quotes.
func trimField(b []byte, s, e int) (int, int) {
	for s < e && (b[s] == ' ' || b[s] == '"' || b[s] == '\'') {
		s++
	}
	for e > s && (b[e-1] == ' ' || b[e-1] == '"' || b[e-1] == '\'') {
		e--
	}
	return s, e
}

// lastCommaFirst reports whether v is "Surname, Given" with a given name
// the census lists know and a capitalised surname that is no ordinary
// word: "Petrov, Rahul", "MWANGI, AMARA".
func lastCommaFirst(v []byte) bool {
	c := bytes.IndexByte(v, ',')
	if c < 2 || c+2 >= len(v) || v[c+1] != ' ' {
		return false
	}
	last, given := v[:c], v[c+2:]
	for _, w := range [][]byte{last, given} {
		if !upperAt(w, 0, len(w)) {
			return false
		}
		for _, ch := range w {
			if !isLetter(ch) && ch < 0x80 && ch != '-' && ch != '\'' {
				return false
			}
		}
	}
	g, _ := lookupName(given)
	return g.First > 0 && !g.Common && !ordinaryWord(last) && !ordinaryWord(given)
}

// shortCapitals reports whether v, in capitals, reads as a code rather
// than a name: four letters or fewer ("SUR", "IBAN", "OMNI"), or
// hyphenated ("PHI-ACCESS").
func shortCapitals(v []byte) bool {
	return len(v) <= 4 || bytes.IndexByte(v, '-') >= 0
}

// segmentInside reports whether an HL7 segment starts inside b after a
// separator: a message printed on one line with its segments.
func segmentInside(b []byte) bool {
	for k := 1; k+4 < len(b); k++ {
		if b[k+3] == '|' && isUpper(b[k]) && !isAlnum(b[k-1]) {
			if _, ok := hl7At(b, k, len(b)); ok {
				return true
			}
		}
	}
	return false
}

// loggedDate returns the date a line starts with ("2024-11-04 06:52:52,190
// ..."), as year*10000+month*100+day, or 0.
func loggedDate(b []byte) int {
	if len(b) > 0 && b[0] == '[' {
		b = b[1:]
	}
	if len(b) < 10 || !calendarDate(b[:10]) || len(b) > 10 && isAlnum(b[10]) && b[10] != 'T' {
		return 0
	}
	if len(b) > 12 && (b[10] == '|' || b[10] == ',' || b[10] == ';') && !(isDigit(b[11]) && isDigit(b[12])) {
		return 0 // "2024-06-11|WEBINAR|Brooks|Aaliyah": a row's first field, no time after it to log it by
	}
	return dateKey(b[:10])
}

// dateKey returns a calendar date (as calendarDate reads it) as
// year*10000+month*100+day.
func dateKey(v []byte) int {
	y, m, d, _ := calendarYMD(v)
	return y*10000 + m*100 + d
}
