package detectors

// Rows of values without keys, as data pipelines print the record they
// failed on: Python's lists and tuples ("['5YN9MV7VE08', 'KOVACEVIC',
// 'LEILANI', '05/11/1959']"), JSON arrays of strings. Each value is
// scanned as text; a row that holds a birth date, an SSN or another
// identifier of a person then vouches for the names beside it, which
// alone would be only capitalised words.

// maxRowValues bounds the values a row remembers for its names.
const maxRowValues = 16

// rowValues collects the string values of one row.
type rowValues struct {
	spans [maxRowValues]span
	n     int
}

func (r *rowValues) add(s, e int) {
	if r.n < len(r.spans) {
		r.spans[r.n] = span{s, e}
		r.n++
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
			for _, v := range row.spans[:row.n] {
				st.resetContext()
				st.scanText(b, v.start, v.end)
			}
			st.rowNames(b, &row, from)
			return k + 1
		default:
			return 0
		}
	}
	return 0
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

// calendarDate reports whether v is a whole date of the calendar as
// records store them: "1997-02-05", "02/05/1997", "19970205".
func calendarDate(v []byte) bool {
	var y, m, d int
	switch {
	case len(v) == 10 && v[4] == '-' && v[7] == '-':
		y, m, d = atoi(v[:4]), atoi(v[5:7]), atoi(v[8:])
	case len(v) == 10 && v[2] == '/' && v[5] == '/':
		y, m, d = atoi(v[6:]), atoi(v[:2]), atoi(v[3:5])
	case len(v) == 8 && allDigits(v) && (v[0] == '1' || v[0] == '2'):
		y, m, d = atoi(v[:4]), atoi(v[4:6]), atoi(v[6:]) // "19950514", as HL7 and IRIS store it
	default:
		return false
	}
	return y >= 1900 && y <= 2100 && validDate(y, m, d)
}

// rowIdentifier reports whether v reads as a record's identifier: one to
// three capitals, an optional dash, six to twelve digits and at most one
// capital after them ("M1580033901", "CRH-6419886", "W042646404").
func rowIdentifier(v []byte) bool {
	k := 0
	for k < len(v) && k < 3 && isUpper(v[k]) {
		k++
	}
	if k == 0 {
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
