package detectors

// Numbers and dates as speech recognition writes them down in call-centre
// and IVR transcripts: "four oh four, four five three, eight four zero
// nine", "february first nineteen fifty eight". They are read only right
// after a keyword that asks for one ("callback number", "social", "date of
// birth"), so that prose made of such words costs nothing.

// spokenWindow is how far after its keyword a spoken number may start.
const spokenWindow = 48

// spokenStarts marks the first two letters of the words a spoken number
// or date starts with ("oh", "fo"ur, "fe"bruary), so that other words are
// passed over with one lookup.
var spokenStarts = func() (t [26 * 26]bool) {
	for _, w := range [...]string{"oh", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		t[int(w[0]-'a')*26+int(w[1]-'a')] = true
	}
	return t
}()

// spokenStart reports whether the word at b[i] may start a spoken number
// or date.
func spokenStart(b []byte, i, to int) bool {
	if i+1 >= to {
		return false
	}
	c0, c1 := lower(b[i])-'a', b[i+1]-'a'
	return c0 < 26 && c1 < 26 && spokenStarts[int(c0)*26+int(c1)]
}

// spokenAfter looks, after a keyword that ends at b[e], for a number or
// a date said in words in the next few words, and reads it: "callback
// number [spk_1 CALLER] four oh four ...". It returns the end of what it
// reported, or 0.
func (st *state) spokenAfter(b []byte, e, to int) int {
	if !st.spokenNear(e) {
		return 0
	}
	for k := e; k < to && k-e <= spokenWindow; {
		if !isLetter(b[k]) {
			k++
			continue
		}
		ws := k
		uppers := 0
		for k < to && isLetter(b[k]) {
			if isUpper(b[k]) {
				uppers++
			}
			k++
		}
		if uppers <= 1 && k-ws <= 9 && spokenStart(b, ws, to) {
			if end := st.spoken(b, ws, k, to, uppers); end > 0 {
				return end
			}
		}
	}
	return 0
}

// spoken reads a number or a date said in words at the word b[i:e], which
// has uppers capitals, and returns the end of what it reported, or 0.
func (st *state) spoken(b []byte, i, e, to, uppers int) int {
	if uppers == 0 && e-i <= 5 {
		if end := st.spokenNumber(b, i, to); end > 0 {
			return end
		}
	}
	if e-i >= 3 && e-i <= 9 && month(b[i:e]) != 0 {
		return st.spokenDate(b, i, e, to)
	}
	return 0
}

// spokenNear reports whether a keyword that asks for a number or a date
// ends shortly before b[i].
func (st *state) spokenNear(i int) bool {
	return st.ctx[Phone] >= i-spokenWindow || st.ctx[Fax] >= i-spokenWindow || st.ctx[SSN] >= i-spokenWindow ||
		st.ctx[Date] >= i-spokenWindow
}

// spokenDigit returns the digit the word w says, or -1.
func spokenDigit(w []byte) int {
	switch len(w) {
	case 2:
		if w[0] == 'o' && w[1] == 'h' {
			return 0
		}
	case 3:
		switch string(w) {
		case "one":
			return 1
		case "two":
			return 2
		case "six":
			return 6
		}
	case 4:
		switch string(w) {
		case "zero":
			return 0
		case "four":
			return 4
		case "five":
			return 5
		case "nine":
			return 9
		}
	case 5:
		switch string(w) {
		case "three":
			return 3
		case "seven":
			return 7
		case "eight":
			return 8
		}
	}
	return -1
}

// spokenNumber reads digits said as words from b[i] on, when a phone,
// fax or SSN keyword comes shortly before, and reports a valid phone
// number (ten digits, or eleven after a one) or SSN (nine). It returns
// the end of what it reported, or 0.
func (st *state) spokenNumber(b []byte, i, to int) int {
	phone := st.near(Phone, i, spokenWindow) || st.near(Fax, i, spokenWindow)
	ssn := st.near(SSN, i, spokenWindow)
	if !phone && !ssn {
		return 0
	}
	var d [11]byte
	n, k, end := 0, i, i
	for n < len(d) && k < to {
		ws := k
		for k < to && isLower(b[k]) {
			k++
		}
		v := spokenDigit(b[ws:k])
		if v < 0 {
			break
		}
		d[n] = byte('0' + v)
		n++
		end = k
		if k < to && (b[k] == ',' || b[k] == '-') {
			k++
		}
		if k < to && b[k] == ' ' {
			k++
		}
	}
	if end < to && isAlnum(b[end]) {
		return 0
	}
	switch {
	case phone && n == 10 && validNANP(d[:10]), phone && n == 11 && d[0] == '1' && validNANP(d[1:]):
		st.emit(i, end, st.phoneCategory(i), "spoken_phone", Medium, false)
	case ssn && n == 9 && validSSN(d[:9]):
		st.emit(i, end, SSN, "spoken_ssn", Medium, false)
	default:
		return 0
	}
	return end
}

// spokenOrdinals are the days of a month said as ordinals, up to the
// nineteenth; "twenty"/"thirty" join one of the first nine after them.
var spokenOrdinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30,
}

// spokenNumbers are the cardinals a year is said with.
var spokenNumbers = map[string]int{
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// spokenWords splits the words of b[k:to] one at a time: it returns the
// next lower-case word (after a space, comma or hyphen) and where it ends.
func spokenWord(b []byte, k, to int) (w []byte, end int) {
	for k < to && (b[k] == ' ' || b[k] == '-' || b[k] == ',') {
		k++
	}
	s := k
	for k < to && isLetter(b[k]) {
		k++
	}
	return b[s:k], k
}

// spokenDate reads a date said in words at the month name b[i:e], after a
// date keyword: "february first nineteen fifty eight", "may fourth, two
// thousand three", "september twenty-sixth". It returns the end of what
// it reported, or 0.
func (st *state) spokenDate(b []byte, i, e, to int) int {
	if month(b[i:e]) == 0 || !st.near(Date, i, spokenWindow) {
		return 0
	}
	var lbuf [16]byte
	w, k := spokenWord(b, e, to)
	lw := lowerWord(lbuf[:], w)
	day, ok := spokenOrdinals[string(lw)]
	if !ok {
		tens := spokenNumbers[string(lw)]
		if tens != 20 && tens != 30 {
			return 0
		}
		w, k = spokenWord(b, k, to)
		lw = lowerWord(lbuf[:], w)
		if day = spokenOrdinals[string(lw)]; day == 0 || day > 9 {
			return 0
		}
		day += tens
	}
	if day > 31 {
		return 0
	}
	end := k
	if y, ye := spokenYear(b, k, to); y >= 1900 && y <= 2099 {
		end = ye
	}
	st.emit(i, end, Date, "spoken_date", Medium, false)
	return end
}

// spokenYear reads a year said in words at b[k]: "nineteen fifty eight",
// "nineteen oh five", "two thousand three", "twenty twenty one". It
// returns the year and its end, or 0.
func spokenYear(b []byte, k, to int) (int, int) {
	var lbuf [16]byte
	w, k := spokenWord(b, k, to)
	lw := lowerWord(lbuf[:], w)
	switch {
	case string(lw) == "two":
		w, k = spokenWord(b, k, to)
		if string(lowerWord(lbuf[:], w)) != "thousand" {
			return 0, 0
		}
		end := k
		if w, k2 := spokenWord(b, k, to); string(w) == "and" {
			k = k2
		}
		n, e := spokenTwoDigits(b, k, to)
		if e == 0 {
			return 2000, end
		}
		return 2000 + n, e
	case spokenNumbers[string(lw)] >= 19 && spokenNumbers[string(lw)] <= 20:
		century := spokenNumbers[string(lw)] * 100
		n, e := spokenTwoDigits(b, k, to)
		if e == 0 {
			return 0, 0
		}
		return century + n, e
	}
	return 0, 0
}

// spokenTwoDigits reads a year's last two digits said in words at b[k]:
// "fifty eight", "oh five", "twelve", "ninety". It returns them and their
// end, or 0, 0.
func spokenTwoDigits(b []byte, k, to int) (int, int) {
	var lbuf [16]byte
	w, k := spokenWord(b, k, to)
	lw := lowerWord(lbuf[:], w)
	if string(lw) == "oh" {
		w, k2 := spokenWord(b, k, to)
		if d := spokenDigit(lowerWord(lbuf[:], w)); d > 0 {
			return d, k2
		}
		return 0, 0
	}
	n := spokenNumbers[string(lw)]
	if n == 0 {
		if d := spokenDigit(lw); d > 0 {
			return d, k
		}
		return 0, 0
	}
	if n >= 20 {
		w, k2 := spokenWord(b, k, to)
		if d := spokenDigit(lowerWord(lbuf[:], w)); d > 0 {
			return n + d, k2
		}
	}
	return n, k
}

// wordAge reads an age over 89 written in words at b[i] ("ninety-one",
// "one hundred three", "a hundred"), when what follows or precedes says
// it is an age: "ninety-one-year-old", "aged ninety-eight", "ninety four
// years old". It emits the number's words and returns their end, or 0.
func (st *state) wordAge(b []byte, i, to int) int {
	w, k := spokenWord(b, i, to)
	var buf [8]byte
	age := 0
	switch lw := string(lowerWord(buf[:], w)); lw {
	case "ninety":
		age = 90
		if u, e := spokenWord(b, k, to); len(u) > 0 && e-k <= 7 {
			if d := spokenDigit(lowerWord(buf[:], u)); d >= 1 && d <= 9 {
				age, k = 90+d, e
			}
		}
	case "one", "a":
		h, e := spokenWord(b, k, to)
		if !equalFold(h, "hundred") {
			return 0
		}
		age, k = 100, e
		next, e2 := spokenWord(b, k, to)
		if equalFold(next, "and") {
			next, e2 = spokenWord(b, e2, to)
		}
		if d := spokenDigit(lowerWord(buf[:], next)); d >= 1 && d <= 9 {
			age, k = 100+d, e2
		} else if n := spokenNumbers[string(lowerWord(buf[:], next))]; n >= 10 && n <= 19 {
			age, k = 100+n, e2
		}
	default:
		return 0
	}
	after := b[k:min(to, k+16)]
	var pb [8]byte
	prev, _ := lowerWordBefore(pb[:], b, 0, max(i-1, 0))
	if !(hasPrefixFold(after, "-year") || hasPrefixFold(after, " year") || hasPrefixFold(after, " yo") ||
		string(prev) == "aged" || string(prev) == "age" || string(prev) == "turned" || string(prev) == "turning" || st.ageVerbBefore(b, i)) {
		// ("he was ninety-four", "she's ninety-two": as numbers are, see ageVerbBefore)
		return 0
	}
	if age >= 90 {
		st.emit(i, k, Age, "age", Medium, false)
	}
	return k
}
