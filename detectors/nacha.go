package detectors

// NACHA's ACH files (payroll, patient refunds, premium drafts) are records
// of 94 fixed columns. An entry detail record names the receiver: their
// bank account, an identification number (often the patient's account or
// member ID) and their name. Batch jobs log rejected entries whole.
//
//	6 37 09321544 6 274848601450      0000064931 OH88236440      KENJI SCHMIDT          R  0 516498885732822
//	  |  routing    account (17)      amount     ident. no. (15) name (22)              ...

// nachaEntry reads an ACH entry detail record at b[i] ('6', then a
// transaction code and a routing number whose check digit holds, digits
// where the amount is) and
// emits the receiver's account, identification number and name. It
// returns the end of the name's field, or 0 when b[i:] is no such record.
func (st *state) nachaEntry(b []byte, i, to int) int {
	const (
		account = 12 // 0-based offsets of the fields
		amount  = 29
		ident   = 39
		name    = 54
		nameEnd = 76
	)
	if to-i < nameEnd || b[i] != '6' || b[i+1] < '2' || b[i+1] > '5' || !isDigit(b[i+2]) ||
		!allDigits(b[i+3:i+12]) || !abaChecksum(b[i+3:i+12]) || !allDigits(b[i+amount:i+ident]) {
		return 0
	}
	field := func(s, e int) (int, int) {
		for s < e && b[s] == ' ' {
			s++
		}
		for e > s && b[e-1] == ' ' {
			e--
		}
		return s, e
	}
	if s, e := field(i+name, i+nameEnd); e > s && orgNamed(b[s:e]) {
		return i + nameEnd // "FELDMAN MARK MD INC": a practice paid, its account and number the business's
	}
	if s, e := field(i+account, i+amount); e > s {
		st.emit(s, e, Account, "nacha", High, true)
	}
	if s, e := field(i+ident, i+name); e > s && hasDigit(b[s:e]) {
		st.emit(s, e, OtherID, "nacha", Medium, true)
	}
	if s, e := field(i+name, i+nameEnd); e > s && isLetter(b[s]) {
		st.emit(s, e, Name, "nacha", Medium, true)
	}
	return i + nameEnd
}
