package detectors

// A passport's machine-readable zone (ICAO 9303, TD3), as identity
// checks log what they read: two lines of 44 characters, the first the
// document's type, issuer and the holder's names ("P<VNMABERNATHY<SINGH
// <<IGNATIUS<<<..."), the second its number, nationality and birth date.

// mrz reads a passport's zone at b[i] ("P<" or "P" and a letter) and emits
// the holder's surname and given names, the document's number and the
// birth date. It returns where the zone ends, or 0.
func (st *state) mrz(b []byte, i, to int) int {
	const line = 44
	if i+line > to || b[i] != 'P' || !(b[i+1] == '<' || isUpper(b[i+1])) || !allUpper(b[i+2:i+5]) {
		return 0
	}
	names := b[i+5 : i+line]
	for _, c := range names {
		if c != '<' && !isUpper(c) {
			return 0
		}
	}
	sep := -1
	for k := 0; k+1 < len(names); k++ {
		if names[k] == '<' && names[k+1] == '<' {
			sep = k
			break
		}
	}
	if sep < 2 {
		return 0
	}
	st.emit(i+5, i+5+sep, Name, "mrz", High, false) // "ABERNATHY<SINGH": the surname, '<' for a space
	g := sep + 2
	ge := g
	for ge < len(names) && !(names[ge] == '<' && (ge+1 == len(names) || names[ge+1] == '<')) {
		ge++
	}
	if ge > g {
		st.emit(i+5+g, i+5+ge, Name, "mrz", High, false)
	}
	end := i + line
	// The second line, after a line feed (real or escaped) or a space.
	k := end
	switch {
	case k+2 <= to && b[k] == '\\' && b[k+1] == 'n':
		k += 2
	case k < to && (b[k] == '\n' || b[k] == ' '):
		k++
	default:
		return end
	}
	if k+line > to {
		return end
	}
	if st.mrzLine2(b, k, to, false) == 0 {
		return end
	}
	return k + line
}

// mrzLine2 reads the second line of a passport's machine-readable zone at
// b[k]: the document's number, the holder's birth date. Alone (a reader
// that logs each line by itself), its check digits must vouch for it. It
// returns the line's end, or 0.
func (st *state) mrzLine2(b []byte, k, to int, alone bool) int {
	const line = 44
	if k+line > to || k+line < to && isAlnum(b[k+line]) {
		return 0
	}
	l2 := b[k : k+line]
	for _, c := range l2 {
		if c != '<' && !isUpper(c) && !isDigit(c) {
			return 0
		}
	}
	if alone && (mrzCheck(l2[0:9]) != l2[9] || mrzCheck(l2[13:19]) != l2[19] || mrzCheck(l2[21:27]) != l2[27]) {
		return 0
	}
	ne := 0
	for ne < 9 && l2[ne] != '<' {
		ne++
	}
	if ne >= 6 {
		st.emit(k, k+ne, OtherID, "passport", High, false)
	}
	if dob := l2[13:19]; allDigits(dob) && validDate(2000, atoi(dob[2:4]), atoi(dob[4:6])) {
		st.emit(k+13, k+19, Date, "mrz", High, false) // YYMMDD
	}
	pe := 42
	for pe > 28 && l2[pe-1] == '<' {
		pe--
	}
	if pe-28 >= 6 {
		st.emit(k+28, k+pe, OtherID, "mrz", Medium, false) // the personal number: a national ID the issuer writes in
	}
	return k + line
}

// mrzCheck returns the ICAO 9303 check digit of v: weights 7, 3, 1,
// letters from 10, '<' as 0.
func mrzCheck(v []byte) byte {
	sum := 0
	for n, c := range v {
		d := 0
		switch {
		case isDigit(c):
			d = int(c - '0')
		case isUpper(c):
			d = int(c-'A') + 10
		}
		sum += d * [3]int{7, 3, 1}[n%3]
	}
	return byte('0' + sum%10)
}
