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
// any, in lower case only names the key rules know ("nombre;correo;edad").
func (st *state) headerRun(names []span, b []byte, i, to int, delim byte) ([]span, bool) {
	phi := false
	for k := i; k < to && len(names) < maxInlineColumns; {
		e := k
		for e < to && b[e] != delim && b[e] != ' ' && b[e] != '=' {
			e++
		}
		if !headerField(b[k:e], true) {
			break
		}
		kc := st.classifyKey(b[k:e], keyClass{})
		if kc == (keyClass{}) && !headerField(b[k:e], false) {
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
	vals := components(buf[:0:len(names)], b, vs, to, delim)
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
	names, ok := st.headerRun(buf[:0], b, i, to, delim)
	if !ok {
		return 0
	}
	last := names[len(names)-1].end
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
	names, ok := st.headerRun(buf[:0], b, vs, to, delim)
	if !ok {
		return 0
	}
	ve := names[len(names)-1].end
	if ve < to && b[ve] != ' ' {
		return 0
	}
	// The values' field: past spaces and a '|', a key and '='.
	k := ve
	for k < to && (b[k] == ' ' || b[k] == '|') && k-ve < 4 {
		k++
	}
	ks := k
	for k < to && (isAlnum(b[k]) || b[k] == '_') && k-ks < 16 {
		k++
	}
	if k == ks || k >= to || b[k] != '=' {
		return 0
	}
	vdelim := firstDelim(b, k+1, to)
	if vdelim == 0 {
		return 0
	}
	return st.columnValues(b, names, k+1, to, vdelim)
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
