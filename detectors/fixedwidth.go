package detectors

import "bytes"

// Fixed-width records without their layout, as mainframe extracts,
// enrollment rosters and claim files print them: each field padded with
// spaces to its width, neighbours glued where a field is full
// ("D898U093937WHITEHORSE          CODY           T19500301M1/2  ...").
// Without the layout the record's shape says what some fields are: a
// surname's field padded up to a given name's, a city's up to its
// state's and ZIP's ("FORT WAYNE        IN468033886"), a day of eight
// digits between letters ("T19500301M").

// maxFixedFields bounds the fields a record is read by.
const maxFixedFields = 48

// fixedRecord reads rec as a fixed-width record when its shape is one: a
// line of capitals and digits in fields parted by runs of spaces, without
// another format's delimiters. When two padded fields of capitals name a
// person (one of their words is a name the census lists know, or neither
// is a word and the record holds a day and a city's ZIP), or one field
// holds "LAST, FIRST" beside a day, the names are reported, and with them
// the record's number before them, its birth dates and the first other
// day, an SSN glued after a birth date and the sex, its city and ZIP.
func (st *state) fixedRecord(rec []byte, from int) {
	if len(rec) < 40 || len(rec) > 4<<10 || bytes.Count(rec, []byte("   ")) < 2 {
		return // no padding: most lines leave here
	}
	delims := 0
	for _, c := range rec {
		switch c {
		case ',', '|', '\t', ';', '=', '"', '{', '<':
			delims++
		}
	}
	if delims > 2 {
		return // a CSV row, logfmt, JSON, XML: their readers know their fields
	}
	var buf [maxFixedFields]span
	fields := buf[:0]
	for s := 0; s < len(rec) && len(fields) < cap(fields); {
		for s < len(rec) && rec[s] == ' ' {
			s++
		}
		e := s
		for e < len(rec) && !(rec[e] == ' ' && e+1 < len(rec) && rec[e+1] == ' ') {
			e++
		}
		if e > s {
			fields = append(fields, span{s, e})
		}
		s = e
	}
	if len(fields) < 3 {
		return
	}
	// What vouches for a person: a day of eight digits standing alone or
	// between letters, a city before its state and ZIP, a finding.
	var days [4]span
	nd := 0
	city, zip := span{}, span{}
	for k, f := range fields {
		for s := f.start; s < f.end; {
			if !isDigit(rec[s]) {
				s++
				continue
			}
			e := s
			for e < f.end && isDigit(rec[e]) {
				e++
			}
			switch {
			case nd == len(days):
			case e-s == 8 && fileDate(rec[s:e]):
				days[nd] = span{s, e}
				nd++
			case e-s > 8 && birthDay8(rec[s:s+8]):
				// "19600521000000000M53081": a birth date, the next fields' zeros glued after it
				days[nd] = span{s, s + 8}
				nd++
			}
			s = e
		}
		if k > 0 && zip.end == 0 {
			if ze := stateZIPAt(rec, f.start, f.end); ze > 0 && placeField(rec, fields[k-1]) {
				city, zip = fields[k-1], span{f.start + 2, ze}
				if rec[zip.start] == ' ' {
					zip.start++
				}
			}
		}
	}
	person := false
	for _, f := range st.out[from:] {
		switch f.Category {
		case Name, SSN, MRN, HealthPlan, Address:
			person = true
		}
	}
	named, first := false, 0
	for k := 0; k < len(fields); k++ {
		if f := fields[k]; commaName(rec[f.start:f.end]) && allUpper(rec[f.start:f.end]) && (nd > 0 || st.covered(from, f.start, f.end)) {
			// "BEGAY, ROCCO" whole in its field, a day beside it.
			if !named {
				first = f.end
			}
			named = true
			st.fixedName(from, f.start, f.end)
			continue
		}
		if k+1 == len(fields) {
			break
		}
		ls, le := nameTail(rec, fields[k])
		gs, ge := nameHead(rec, fields[k+1])
		if ls == le || gs == ge || bytes.IndexByte(rec[fields[k].start:ls], ',') >= 0 || st.covered(from, ls, le) {
			continue // "AL-RASHID, MOHAMMED  PCH": a name whole in its field, then a code
		}
		last, given := rec[ls:le], rec[gs:ge]
		if nd == 0 && zip.end == 0 && !person {
			break // names in capitals, nothing of a person's beside them: a report's heading
		}
		listed := listedNameWord(last) || listedNameWord(given)
		strangers := nd > 0 && zip.end > 0 // words no list knows, and a day and a ZIP beside them: "FALEOLO  TAVITA"
		if !listed && !strangers || wordsBesideNames(last) || wordsBesideNames(given) || codeWord(last) || codeWord(given) || orgNamed(last) || orgNamed(given) {
			continue // "BILLING  CHART OPENED", "TOTAL RECORDS  CLAIMS PAID", "IVANOVA,DAKOTA H  USN"
		}
		if !named {
			first = ge
		}
		named = true
		st.fixedName(from, ls, le)
		st.fixedName(from, gs, ge)
		if k+3 < len(fields) {
			// A middle name padded to its own field, before the data.
			if ms, me := nameHead(rec, fields[k+2]); me == fields[k+2].end && me > ms && listedNameWord(rec[ms:me]) && isDigit(rec[fields[k+3].start]) {
				st.fixedName(from, ms, me)
			}
		}
		k++
	}
	if !named {
		return
	}
	if f := fields[0]; f.end < first && (rowIdentifier(rec[f.start:f.end]) || f.end-f.start >= 6 && f.end-f.start <= 12 && allDigits(rec[f.start:f.end])) && !st.covered(from, f.start, f.end) {
		st.emit(f.start, f.end, MRN, "row_id", Low, false) // the record's number, before the person's name
	}
	// The person's days: a birth's, and the first other after their name
	// (a visit's; a record's later days are as often a plan's or a batch's).
	after := false
	for _, d := range days[:nd] {
		birth := birthDay8(rec[d.start:d.end])
		next := !after && !birth && d.start >= first
		after = after || next
		if (next || birth) && !st.covered(from, d.start, d.end) {
			st.emit(d.start, d.end, Date, "date", Low, false)
		}
		if birth {
			st.sexThenSSN(rec, from, d.end)
		}
	}
	if zip.end > 0 && !st.covered(from, zip.start, zip.end) {
		st.drop(from, func(f Finding) bool { return f.Category == Name && f.Start >= city.start && f.End <= city.end }) // "DAYTON": a city, not a given name
		if !st.covered(from, city.start, city.end) {
			st.emit(city.start, city.end, Address, "city", Low, false)
		}
		st.emit(zip.start, zip.end, ZIP, "zip", Low, false)
	}
}

// sexThenSSN reads what a full record glues after a birth date at
// rec[e]: the sex's letter, a valid SSN and a house number before its
// street ("19740610F629300033388 PINECREST AVE").
func (st *state) sexThenSSN(rec []byte, from, e int) {
	if e+10 > len(rec) || rec[e] != 'M' && rec[e] != 'F' && rec[e] != 'U' {
		return
	}
	s := e + 1
	k := s
	for k < len(rec) && isDigit(rec[k]) {
		k++
	}
	if k-s < 9 || k-s > 15 || !validSSN(rec[s:s+9]) || st.covered(from, s, s+9) {
		return
	}
	st.emit(s, s+9, SSN, "ssn", Low, false)
	if k > s+9 && k < len(rec) && rec[k] == ' ' && !st.covered(from, s+9, k) {
		st.address(rec, s+9, k, len(rec))
	}
}

// birthDay8 reports whether v, eight digits, is a day before any log's,
// YYYYMMDD or MMDDYYYY: a birth's.
func birthDay8(v []byte) bool {
	if !fileDate(v) {
		return false
	}
	y := atoi(v[:4])
	if !calendarDate(v) {
		y = atoi(v[4:])
	}
	return y >= 1900 && y < oldYear
}

func (st *state) fixedName(from, s, e int) {
	if !st.covered(from, s, e) {
		st.emit(s, e, Name, "name", Low, false)
	}
}

// nameTail returns the words of capitals that end the field f, one to
// three, after its other data glued before them ("D898U093937WHITEHORSE",
// "DSBT-002721MANY HORSES"), or an empty span.
func nameTail(b []byte, f span) (int, int) {
	s, words := f.end, 0
	for words < 3 {
		k := s
		for k > f.start && nameByte(b[k-1]) {
			k--
		}
		if s-k < 2 || !isUpper(b[k]) && b[k] < 0x80 {
			break
		}
		s, words = k, words+1
		if !(s-2 > f.start && b[s-1] == ' ' && nameByte(b[s-2])) {
			break
		}
		s--
	}
	if words == 0 || s > f.start && b[s-1] != ' ' && !isDigit(b[s-1]) {
		return f.end, f.end // "ORDER-CANCELLED": a code's tail, no name glued to a number
	}
	if s < f.end && b[s] == ' ' {
		s++
	}
	return s, f.end
}

// nameHead returns the words of capitals that open the field f, one to
// three, up to its end or to a digit glued after them, or an empty span.
func nameHead(b []byte, f span) (int, int) {
	e, words := f.start, 0
	for words < 3 {
		k := e
		for k < f.end && nameByte(b[k]) {
			k++
		}
		if k-e < 2 || !isUpper(b[e]) && b[e] < 0x80 {
			break
		}
		e, words = k, words+1
		if !(e+1 < f.end && b[e] == ' ' && nameByte(b[e+1])) {
			break
		}
		e++
	}
	if words == 0 || e < f.end && !isDigit(b[e]) || e < f.end && e-f.start == 2 && stateAbbrevs[string(b[f.start:e])] {
		return f.start, f.start // "IN46803": a state and its ZIP
	}
	if b[e-1] == ' ' {
		e--
	}
	return f.start, e
}

// nameByte reports whether c may be part of a name written in capitals:
// a capital, a hyphen, an apostrophe, a byte of a letter beyond ASCII.
func nameByte(c byte) bool {
	return isUpper(c) || c == '-' || c == '\'' || c >= 0x80
}

// stateZIPAt returns the end of a ZIP after a state's abbreviation that
// opens b[s:e], glued or after a space ("IN46803", "OH436127583...",
// "IL 61107"), or 0: nine digits when four more follow the five.
func stateZIPAt(b []byte, s, e int) int {
	if e-s < 7 || !stateAbbrevs[string(b[s:s+2])] {
		return 0
	}
	z := s + 2
	if b[z] == ' ' {
		z++
	}
	k := z
	for k < e && isDigit(b[k]) {
		k++
	}
	switch {
	case k-z == 5:
		return k
	case k-z >= 9:
		return z + 9
	}
	return 0
}

// placeField reports whether the field f is a place's name: one to three
// words of letters, "FORT WAYNE", "Harlow".
func placeField(b []byte, f span) bool {
	words := 0
	for w := range bytes.FieldsSeq(b[f.start:f.end]) {
		if !nameLetters(w) || !isUpper(w[0]) && w[0] < 0x80 {
			return false
		}
		words++
	}
	return words >= 1 && words <= 3 && f.end-f.start <= 30
}

// listedNameWord reports whether a word of v is a name the census lists
// know, common word or not ("SAGE", "CODY").
func listedNameWord(v []byte) bool {
	for w := range bytes.FieldsFuncSeq(v, func(r rune) bool { return r == ' ' || r == '-' }) {
		if e, ok := lookupName(w); ok && (e.First > 0 || e.Last > 0) {
			return true
		}
	}
	return false
}

// codeWord reports whether v is three capitals or fewer that no list
// knows as a name: "PCH", "USN", "MCR", a code.
func codeWord(v []byte) bool {
	return len(v) <= 3 && !listedNameWord(v)
}
