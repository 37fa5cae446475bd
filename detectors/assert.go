package detectors

// Test runners print the value an assertion expected and the one it got,
// and name the field only once, in the assertion: "expect(member.
// ins_member_no).to eq(\"PRK91225772\")", "Expected patient.GuarantorAcct
// to be \"PA293111\", but found \"PA29311125\"", a Cypress or Playwright
// locator ("<span#patientSsn>", getByTestId('dod')). The field's class
// then holds for the quoted values that follow, for a while.

// subjectWindow is how far after its assertion a field's class holds.
const subjectWindow = 400

// assertionSubject reads the field an assertion names after the word w
// that ends at b[e] ("expect(", "Expected ", "getByTestId('") and makes it
// the subject of the quoted values that follow. It returns where the
// field's name ends, or 0.
func (st *state) assertionSubject(b, w []byte, e, to int) int {
	var s, pe int
	switch {
	case len(w) == 6 && equalFold(w, "expect") && b[e] == '(':
		s = e + 1
		pe = s
		for pe < to && (isAlnum(b[pe]) || b[pe] == '_' || b[pe] == '.') && pe-s < 96 {
			pe++
		}
		if pe >= to || b[pe] != ')' {
			return 0
		}
	case len(w) == 8 && (w[0] == 'E' || w[0] == 'e') && equalFold(w, "expected") && b[e] == ' ':
		s = e + 1
		pe = s
		for pe < to && (isAlnum(b[pe]) || b[pe] == '_' || b[pe] == '.') && pe-s < 96 {
			pe++
		}
		if pe+4 >= to || string(b[pe:pe+4]) != " to " {
			return 0 // FluentAssertions: "Expected patient.Dob to be ..."
		}
	case (len(w) == 11 && string(w) == "getByTestId" || len(w) == 10 && string(w) == "getByLabel") && b[e] == '(':
		s = e + 1
		if s >= to || b[s] != '\'' && b[s] != '"' {
			return 0
		}
		s++
		pe = s
		for pe < to && (isAlnum(b[pe]) || b[pe] == '_' || b[pe] == '-') && pe-s < 64 {
			pe++
		}
	default:
		return 0
	}
	k := pe
	for k > s && b[k-1] != '.' {
		k--
	}
	if k == pe {
		return 0
	}
	st.setSubject(b[k:pe], pe)
	return pe
}

// elementSubject reads an element's id in a locator at b[i] ("span#patientSsn.form-control")
// and makes it the subject.
func (st *state) elementSubject(b []byte, i, to int) {
	k := i
	for k < to && isAlnum(b[k]) && k-i < 16 {
		k++
	}
	if k >= to || b[k] != '#' {
		return
	}
	s := k + 1
	e := s
	for e < to && (isAlnum(b[e]) || b[e] == '_' || b[e] == '-') && e-s < 64 {
		e++
	}
	if e > s {
		st.setSubject(b[s:e], e)
	}
}

func (st *state) setSubject(field []byte, at int) {
	if kc := st.classifyKey(field, keyClass{}); kc.cat != 0 && !kc.never() {
		st.subjectKC, st.subjectEnd = kc, at+subjectWindow
	}
}

// subjectValue reads the quoted value at b[i] under the subject's class.
// It returns the end of the value and its quote, or 0 when the value is
// no value (a key, nothing) or does not look the part.
func (st *state) subjectValue(b []byte, i, to int) int {
	q := b[i]
	e := i + 1
	for e < to && b[e] != q && e-i < 128 {
		e++
	}
	if e >= to || b[e] != q || e == i+1 || e+1 < to && (b[e+1] == ':' || b[e+1] == '=') {
		return 0
	}
	if !st.keyedValue(st.subjectKC, b, i+1, e) {
		return 0
	}
	return e + 1
}

// assertionKey reports whether key labels a value an assertion expected or
// got: "expected", "Received string", "actual value".
func assertionKey(key []byte) bool {
	var buf [16]byte
	w := lowerWord(buf[:], key)
	switch string(w) {
	case "expected", "received", "actual", "got", "expected string", "received string", "expected value",
		"actual value", "but was", "string", "value":
		return true
	}
	return false
}
