package detectors

// The PDF417 barcode on the back of a US driver's licence or ID card
// (AAMVA DL/ID Card Design Standard) holds the card's text: ID scanners at
// kiosks and front desks log it raw when they cannot parse it. After
// "ANSI ", a header (the issuer's number, versions, and one entry a
// subfile), then each subfile: its type ("DL", "ID") and elements, each a
// three-letter code and its value, ended by a line feed (in logs often
// "\n", escaped):
//
//	@\n\x1e\rANSI 636014090102DL00410254ZM03250012DLDAQP5526398\nDCSMENDOZA\nDACDMITRI\nDBB05091924\n...

// aamvaRecord reads barcode data at b[i], just after "ANSI ", and emits the
// elements that identify the holder. It returns where the data ends, or 0
// when b[i:] starts no such header.
func (st *state) aamvaRecord(b []byte, i, to int) int {
	k := i + 12 // issuer (6), version (2), jurisdiction version (2), entries (2)
	if k > to || !allDigits(b[i:i+10]) {
		return 0
	}
	if !allDigits(b[k-2 : k]) {
		k -= 2 // version 01 has no jurisdiction version
	}
	entries := 0
	for k+10 <= to && isUpper(b[k]) && isUpper(b[k+1]) && allDigits(b[k+2:k+10]) {
		k += 10 // subfile type, offset, length
		entries++
	}
	if entries == 0 {
		return 0
	}
	if k+5 <= to && isUpper(b[k]) && isUpper(b[k+1]) && b[k+2] == 'D' && isUpper(b[k+3]) && isUpper(b[k+4]) {
		k += 2 // the subfile's type before its first element: "DLDAQ..."
	}
	for k < to {
		if k+3 > to || !isUpper(b[k]) || !isUpper(b[k+1]) || !isUpper(b[k+2]) {
			break
		}
		code := b[k : k+3]
		s := k + 3
		e, next := aamvaElementEnd(b, s, to)
		st.aamvaElement(code, b, s, e)
		if next < 0 {
			return e
		}
		k = next
	}
	return k
}

// aamvaElementEnd returns the end of the element value starting at b[s]
// and where the next element starts, or -1 when the data ends there: at a
// carriage return, a quote, a control byte or the end of the input.
func aamvaElementEnd(b []byte, s, to int) (end, next int) {
	for e := s; e < to; e++ {
		switch c := b[e]; {
		case c == '\n':
			return e, e + 1
		case c == '\\' && e+1 < to && b[e+1] == 'n':
			return e, e + 2
		case c == '\r' || c == '"' || c < ' ' || c == '\\':
			return e, -1
		}
	}
	return to, -1
}

// aamvaElement emits the value of one element by its code: the holder's
// names, dates, address and licence number. The issue and expiry dates
// count: most states set them by the holder's birthday.
func (st *state) aamvaElement(code, b []byte, s, e int) {
	for e > s && b[e-1] == ' ' {
		e--
	}
	if e <= s {
		return
	}
	v := b[s:e]
	if equalFold(v, "none") || hasPrefixFold(v, "unavl") || hasPrefixFold(v, "unavail") {
		return
	}
	switch string(code) {
	case "DBA", "DBD": // expiry, issue
		if len(v) == 8 && allDigits(v) {
			st.emit(s, e, Date, "aamva", Medium, true)
		}
		return
	}
	kc, ok := aamvaFields[string(code)]
	if !ok {
		return
	}
	switch kc.cat {
	case Date:
		if len(v) != 8 || !allDigits(v) {
			return
		}
	case ZIP:
		if len(v) < 5 || !allDigits(v[:5]) {
			return
		}
	}
	st.emit(s, e, kc.cat, "aamva", kc.conf, true)
}
