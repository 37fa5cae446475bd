package detectors

import "bytes"

// Extracts and batch jobs that log a record with its header on the same
// line: the column names, then as many values, in one delimited run
// ("MRN;LNAME;CITY;PHONE;2185040;Dubois;Tucson;203-344-5418") or in two
// fields ("hdr=CLM_NO|CLMT|ACC_DT rec=CLM-756058|CONNOR PATEL|20240310").
// Each value is read under its column, as ScanRow reads a row under a
// header found on an earlier line.

// maxInlineColumns bounds the columns of such a header.
const maxInlineColumns = 32

// headerField reports whether f reads as a column's name in an extract's
// header: capitals, digits and '_' or '-', starting with a capital
// ("MBR_ID", "NOK_NAME", "ADDR1"); or, with lower, in lower case
// ("fecha_nac").
func headerField(f []byte, lower bool) bool {
	if len(f) < 2 || len(f) > 32 || !isUpper(f[0]) && !(lower && isLower(f[0])) {
		return false
	}
	for _, c := range f {
		if !isUpper(c) && !isDigit(c) && c != '_' && c != '-' && !(lower && isLower(c)) {
			return false
		}
	}
	return true
}

// headerRun reads the column names that start at b[i], separated by delim,
// into names, and reports whether there are three or more and one names
// PHI. It stops at the first field that is no column's name: in capitals
// any, in lower case only names the key rules know ("nombre;correo;edad"),
// unless named says the run is a header whatever its words.
func (st *state) headerRun(names []span, b []byte, i, to int, delim byte, named bool) ([]span, bool) {
	phi := false
	for k := i; k < to && len(names) < maxInlineColumns; {
		e := k
		for e < to && b[e] != delim && b[e] != ' ' && b[e] != '=' && b[e] != ']' {
			e++
		}
		if !headerField(b[k:e], true) {
			break
		}
		kc := st.classifyKey(b[k:e], keyClass{})
		if kc == (keyClass{}) && !named && !headerField(b[k:e], false) {
			break
		}
		if kc.cat != 0 && !kc.never() {
			phi = true
		}
		names = append(names, span{k, e})
		if e >= to || b[e] != delim {
			break
		}
		k = e + 1
	}
	return names, len(names) >= 3 && phi
}

// columnValues reads the values of the columns names at b[vs:to],
// separated by delim, each under its column's class. It returns the end
// of the last, or 0 when there are fewer values than columns, or they
// look like more names.
func (st *state) columnValues(b []byte, names []span, vs, to int, delim byte) int {
	var buf [maxInlineColumns]span
	vals := rowFields(buf[:0:len(names)], b, vs, to, delim)
	if len(vals) < len(names) {
		return 0
	}
	names2 := 0 // values that are names of columns too: the header goes on, or a second one
	for k, v := range vals {
		f := bytes.TrimSpace(b[v.start:v.end])
		if headerField(f, true) {
			if kc := st.classifyKey(f, keyClass{}); kc != (keyClass{}) {
				if k == 0 {
					return 0
				}
				if kc.cat != 0 && !kc.never() {
					names2++
				}
			}
		}
	}
	if names2*2 > len(vals) {
		return 0
	}
	org := st.organisationColumns(b, names)
	mark := len(st.field)
	for k, v := range vals {
		if v.start >= v.end {
			continue
		}
		name := b[names[k].start:names[k].end]
		kc := st.classifyKey(name, keyClass{})
		st.field = appendField(st.field[:mark], name)
		st.resetContext()
		switch {
		case org && contactCategory(kc.cat):
			// A directory's row: the clinic's phone, fax and address.
		case kc.never() && !kc.person() && !prose(b[v.start:v.end]):
		case st.keyedValue(kc, b, v.start, v.end):
		default:
			if kc.cat != 0 {
				st.ctx[kc.cat] = v.start
			}
			st.scanText(b, v.start, v.end)
		}
	}
	st.field = st.field[:mark]
	st.resetContext()
	return vals[len(vals)-1].end
}

// organisationColumns reports whether columns are an organisation's: one
// is its NPI or its name ("npi", "clinic_name"), and none names a
// person's data.
func (st *state) organisationColumns(b []byte, names []span) bool {
	org := false
	for _, n := range names {
		name := b[n.start:n.end]
		switch kc := st.classifyKey(name, keyClass{}); {
		case equalFold(name, "npi") || hasSuffixFold(name, "name") && kc.never() && !kc.person() && orgName(name):
			org = true
		case kc.cat != 0 && !kc.never() && !contactCategory(kc.cat):
			return false
		}
	}
	return org
}

// orgName reports whether a column's name is an organisation's name's.
func orgName(name []byte) bool {
	for _, w := range orgKeyWords {
		if indexFold(name, w) >= 0 {
			return true
		}
	}
	return false
}

// contactCategory reports whether c is contact data, which a person and
// an organisation both have.
func contactCategory(c Category) bool {
	return c == Phone || c == Fax || c == Address || c == ZIP || c == Email || c == URL
}

// inlineHeader reads a header and its values in one delimited run, the
// first name at b[i] followed by delim: "MRN;LNAME;CITY;2185040;Dubois;
// Tucson". It returns the end of the values, or 0.
func (st *state) inlineHeader(b []byte, i, to int, delim byte) int {
	if i > 0 && b[i-1] == delim {
		// The field before is a column's name too: the run started there.
		s := i - 1
		for s > 0 && b[s-1] != delim && b[s-1] != ' ' && b[s-1] != '=' {
			s--
		}
		if f := b[s : i-1]; headerField(f, true) && st.classifyKey(f, keyClass{}) != (keyClass{}) {
			return 0
		}
	}
	var buf [maxInlineColumns]span
	names, ok := st.headerRun(buf[:0], b, i, to, delim, false)
	if !ok {
		return 0
	}
	last := names[len(names)-1].end
	if last < to && b[last] == ']' && i > 0 && b[i-1] == '[' {
		// "[MBR_ID|LAST_NM|ZIP5] [20709673D|KAHANANUI|01655]": the values in brackets after.
		v := last + 1
		if v < to && b[v] == ' ' {
			v++
		}
		if v < to && b[v] == '[' {
			if n := bytes.IndexByte(b[v+1:to], ']'); n > 0 && st.columnValues(b, names, v+1, v+1+n, delim) > 0 {
				return v + 2 + n
			}
		}
		return 0
	}
	if last >= to || b[last] != delim {
		return 0
	}
	return st.columnValues(b, names, last+1, to, delim)
}

// headerKey reports whether key introduces a header of columns.
func headerKey(key []byte) bool {
	if len(key) < 3 || len(key) > 7 {
		return false // the test every pair takes
	}
	return equalFold(key, "hdr") || equalFold(key, "header") || equalFold(key, "headers") || equalFold(key, "fields") ||
		equalFold(key, "columns") || equalFold(key, "cols") || equalFold(key, "layout")
}

// headerPair reads a header given as a key's value ("hdr=CLM_NO|CLMT|...")
// at b[vs] and the values in the field after it ("rec=CLM-756058|CONNOR
// PATEL|..."). It returns the end of the values, or 0.
func (st *state) headerPair(b []byte, vs, to int) int {
	delim := firstDelim(b, vs, min(to, vs+34))
	if delim == 0 {
		return 0
	}
	var buf [maxInlineColumns]span
	names, ok := st.headerRun(buf[:0], b, vs, to, delim, false)
	if !ok {
		return 0
	}
	ve := names[len(names)-1].end
	if ve < to && b[ve] != ' ' {
		return 0
	}
	k := valuesField(b, ve, to)
	if k < 0 {
		return 0
	}
	vdelim := firstDelim(b, k, to)
	if vdelim == 0 {
		return 0
	}
	return st.columnValues(b, names, k, to, vdelim)
}

// valuesField returns where the value of the field after a header's at
// b[e] starts: past spaces and a '|', a key and '=' ("hdr=A|B rec=1|2",
// `header="a,b" row="1,2"`); -1 when no such field follows.
func valuesField(b []byte, e, to int) int {
	k := e
	for k < to && (b[k] == ' ' || b[k] == '|') && k-e < 4 {
		k++
	}
	ks := k
	for k < to && (isAlnum(b[k]) || b[k] == '_') && k-ks < 16 {
		k++
	}
	if k == ks || k >= to || b[k] != '=' {
		return -1
	}
	return k + 1
}

// quotedHeaderPair reads a header given as a quoted value at b[s:e]
// (header="zip,patient_name,city") and the quoted values in the field
// after its end at ve (row="79970,\"Kim, Thi Lan\",El Paso"). It returns
// the end of the values' field, or 0.
func (st *state) quotedHeaderPair(b []byte, s, e, ve, to int) int {
	delim := firstDelim(b, s, min(e, s+34))
	if delim == 0 {
		return 0
	}
	var buf [maxInlineColumns]span
	names, ok := st.headerRun(buf[:0], b, s, e, delim, true)
	if !ok || names[len(names)-1].end != e {
		return 0
	}
	k := valuesField(b, ve, to)
	if k < 0 || k >= to || b[k] != '"' {
		return 0
	}
	vs, vend := k+1, k+1
	for vend < to && b[vend] != '"' {
		if b[vend] == '\\' {
			vend++
		}
		vend++
	}
	if vend >= to || st.columnValues(b, names, vs, vend, delim) == 0 {
		return 0
	}
	return vend + 1
}

// rowFields splits b[s:e] at sep into at most cap(dst) fields, as
// components does, but takes a field in double quotes whole, and one in
// escaped quotes when the row is itself a quoted string:
// `79970,"Kim, Thi Lan",El Paso`, `79970,\"Kim, Thi Lan\",El Paso`.
// The span of a quoted field is what the quotes hold.
func rowFields(dst []span, b []byte, s, e int, sep byte) []span {
	for c := s; c <= e && len(dst) < cap(dst); {
		q := 0
		switch {
		case c < e && b[c] == '"':
			q = 1
		case c+1 < e && b[c] == '\\' && b[c+1] == '"':
			q = 2
		}
		if q > 0 {
			k := c + q
			for k < e && !(q == 1 && b[k] == '"' || q == 2 && b[k] == '\\' && k+1 < e && b[k+1] == '"') {
				k++
			}
			if k < e && (k+q == e || b[k+q] == sep) {
				dst = append(dst, span{c + q, k})
				c = k + q + 1
				continue
			}
		}
		ce := c
		for ce < e && b[ce] != sep {
			ce++
		}
		dst = append(dst, span{c, ce})
		c = ce + 1
	}
	return dst
}

// firstDelim returns the first of ';', '|' and ',' in b[s:e], or 0.
func firstDelim(b []byte, s, e int) byte {
	for k := s; k < e; k++ {
		if c := b[k]; c == ';' || c == '|' || c == ',' {
			return c
		}
	}
	return 0
}
