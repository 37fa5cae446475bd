package detectors

import (
	"bytes"
	"net/netip"
	"strings"
	"time"
)

// A numRun is a run of digit groups joined by single separators:
// "123-45-6789", "(555) 123-4567", "2001-02-03", "4111 1111 1111 1111".
type numRun struct {
	start, end int
	n          int     // groups
	gs, ge     [8]int  // group bounds
	sep        [8]byte // sep[k] joins group k and k+1
	plus       bool    // a leading '+'
	paren      bool    // "(555) 123-4567"
}

func (r *numRun) glen(k int) int { return r.ge[k] - r.gs[k] }

// sameSep reports whether groups 0..n-1 are joined by one separator in seps.
func (r *numRun) sameSep(n int, seps string) bool { return r.sameSepFrom(0, n, seps) }

// sameSepFrom reports whether groups k..n-1 are joined by one separator in
// seps: from 1, "+81 90-9545-7571", the country code apart.
func (r *numRun) sameSepFrom(k, n int, seps string) bool {
	if n-k < 2 {
		return true
	}
	s := r.sep[k]
	for ; k < n-1; k++ {
		if r.sep[k] != s {
			return false
		}
	}
	return strings.IndexByte(seps, s) >= 0
}

// joined appends the run's digits, without their separators, to dst.
func (r *numRun) joined(b, dst []byte) []byte {
	for g := 0; g < r.n; g++ {
		dst = append(dst, b[r.gs[g]:r.ge[g]]...)
	}
	return dst
}

// shape reports whether the first len(lens) groups have these lengths.
func (r *numRun) shape(lens ...int) bool {
	if r.n < len(lens) {
		return false
	}
	for k, l := range lens {
		if r.glen(k) != l {
			return false
		}
	}
	return true
}

// parseNum reads the numeric run at b[i] into r.
func parseNum(r *numRun, b []byte, i, to int) {
	*r = numRun{start: i}
	k := i
	if b[k] == '+' {
		r.plus = true
		k++
	}
	if b[k] == '(' {
		// "(555) 123-4567"
		if k+5 <= to && isDigit(b[k+1]) && isDigit(b[k+2]) && isDigit(b[k+3]) && b[k+4] == ')' {
			r.paren = true
			r.gs[0], r.ge[0] = k+1, k+4
			r.n = 1
			k += 5
			if k < to && (b[k] == ' ' || b[k] == '-' || b[k] == '.') {
				r.sep[0] = b[k]
				k++
			} else {
				r.sep[0] = ')'
			}
			if k >= to || !isDigit(b[k]) {
				r.end = k
				return
			}
		} else {
			r.end = k + 1
			return
		}
	}
	for r.n < len(r.gs) {
		s := k
		for k < to && isDigit(b[k]) {
			k++
		}
		r.gs[r.n], r.ge[r.n] = s, k
		r.n++
		if k+1 < to && isDigit(b[k+1]) && r.n < len(r.gs) {
			switch c := b[k]; c {
			case '-', '.', '/', ':', ' ':
				if c == ' ' && r.n > 5 {
					break
				}
				r.sep[r.n-1] = c
				k++
				continue
			}
		}
		break
	}
	r.end = k
}

// number handles a numeric run at b[i] and returns where scanning goes on.
func (st *state) number(b []byte, i, to int) int {
	if i+7 < to && b[i+3] == '-' && b[i+6] == '=' && isDigit(b[i+1]) && isDigit(b[i+2]) && isUpper(b[i+4]) && isAlnum(b[i+5]) && (i == 0 || b[i-1] == ' ') {
		// An NCPDP field by its number and ID as a key: "302-C2=W918312488".
		return st.pair(b, i, i+6, i+7, to)
	}
	if i > 0 && b[i-1] == '\\' && octalUTF8At(b, i-1, to) {
		st.octal = true // "Jos\303\251", as protobuf's text format escapes UTF-8: read again decoded
		return i + 3
	}
	if e := st.timestamp(b, i, to); e > 0 {
		return e
	}
	if i >= 4 && (b[i-1] == ' ' || b[i-1] == '#' || b[i-1] == ':') && (b[i-2]|0x20 == 'n' || b[i-2]|0x20 == 's' || b[i-2] == '#' || b[i-2] == ':') {
		if e := st.socialInsurance(b, i, to); e > 0 {
			return e // "SIN# 679 553 032"
		}
	}
	if b[i] == '(' {
		if e := areaCodePhone(b, i, to); e > 0 {
			st.emitPhoneAt(i, e, High) // "(11) 97167-8021"
			return e
		}
	}
	if i > 2 && b[i-1] == '@' {
		if e := sdEnterprise(b, i, to); e > 0 {
			return e
		}
	}
	var r numRun
	parseNum(&r, b, i, to)
	if r.n == 0 || r.ge[0] == r.gs[0] {
		return max(r.end, i+1)
	}
	if (r.glen(0) == 4 || r.glen(0) <= 2 && i >= 6 && b[i-1] >= 0x80) && r.ge[0]+3 <= to && (string(b[r.ge[0]:r.ge[0]+3]) == "年" || string(b[r.ge[0]:r.ge[0]+3]) == "년") {
		if e := st.cjkDate(b, i, to); e > 0 {
			return e // "2024年4月3日", "出生日期1967年11月12日", "令和6年4月3日"
		}
	}
	if r.n >= 2 && r.sep[0] == '.' && r.glen(0) <= 2 && r.glen(1) >= 4 && r.ge[1] < to && (b[r.ge[1]] == ',' || b[r.ge[1]] == ' ') {
		s := i
		if s > 0 && b[s-1] == '-' {
			s-- // "-33.86882, 151.20929": the southern hemisphere's
		}
		if s == 0 || !isAlnum(b[s-1]) && b[s-1] != '.' && b[s-1] != ',' && b[s-1] != '[' && b[s-1] != '-' {
			if e := st.coordinates(b[:to], s, false); e > 0 {
				return e // "LKP 47.71569,-120.91549 at home": where someone was, which the record's person claims (see dropUnclaimed)
			}
		}
	}
	if r.glen(0) == 10 && r.ge[0] < to && isUpper(b[r.ge[0]]) && i+44 <= to && (i == 0 || !isAlnum(b[i-1])) {
		if e := st.mrzLine2(b, i, to, true); e > 0 {
			return e // a passport's zone's second line, its number all digits: "6491547592GBR9705135M2510055<<<...2"
		}
	}
	if i >= 2 && b[i-1] == '*' && b[i-2] == '*' {
		return r.end // "****1234": the visible end of a masked number
	}
	if r.n == 1 && r.end < to && b[r.end] == '^' && r.end-i >= 4 {
		if e := st.cx(b, i, r.end, to); e > 0 {
			return e
		}
	}
	if r.end+5 < to && b[r.end] == '_' {
		// A file named for a number: a person's, or a record's before the
		// person's names.
		te, us := r.end, 0
		for te < to && te-i < 128 && (isAlnum(b[te]) || b[te] == '_' || b[te] == '-') {
			if b[te] == '_' {
				us++
			}
			te++
		}
		switch {
		case r.n > 1:
			if e := st.photoFileAfter(b, i, te, to); e > 0 {
				return e // "...\photos\645-278-027_20240314.jpg"
			}
			if r.sep[r.n-2] == '/' && isLetter(b[r.end+1]) {
				return r.gs[r.n-1] // ".../20240311/00308394_FERRARO_...": a directory, then a file's name read apart
			}
			if us >= 2 && te+1 < to && b[te] == '.' && isLetter(b[te+1]) && st.filePerson(b, r.end+1, te) {
				return te // "ROI-24-002165_01615922_RAHMAN_AISHA.pdf": a request's number, then the person's
			}
		case us >= 2 && isAlnum(b[r.end+1]) && (i == 0 || !isAlnum(b[i-1])) && te+1 < to && b[te] == '.' && isLetter(b[te+1]):
			if st.filePerson(b, i, te) {
				return te // "00308394_FERRARO_GIULIA_RAD_20240303.rtf"
			}
		}
	}
	if i >= 8 && b[i-1] == '-' && (r.glen(0) == 8 || r.glen(0) == 4 && r.n >= 3 && r.sep[0] == '-') {
		// A date in a file's name after names joined by hyphens:
		// "/uploads/ivanova-jane-1947-07-21-insurance-card.jpg".
		k := i - 1
		for k > 0 && i-k < 64 && (isAlnum(b[k-1]) || b[k-1] == '-' || b[k-1] == '_') {
			k--
		}
		if k > 0 && b[k-1] == '/' {
			if e := st.fileHyphenPerson(b, k, to); e > 0 {
				return e
			}
		}
	}
	if b[i] == '4' && to-i >= 64 && b[i+1] == '6' && (hasPrefixFold(b[i:], "464d5200") || hasPrefixFold(b[i:], "46495200")) {
		// ISO/IEC 19794 "FMR\0" or "FIR\0" in hexadecimal: a fingerprint's
		// minutiae or image, as some terminals log them.
		e := i
		for e < to && isHex(b[e]) {
			e++
		}
		if e-i >= 64 {
			st.emit(i, e, Biometric, "iso19794_hex", High, false)
			return e
		}
	}
	if b[i] == '6' && r.glen(0) >= 12 && to-i >= 76 {
		if e := st.nachaEntry(b, i, to); e > 0 {
			return e // an ACH entry detail record
		}
	}
	if i >= 5 && b[i-1] == '(' && (r.n == 1 || r.sep[0] == ',') && r.glen(0) == 4 && (hasSuffixFold(b[:i-1], "date") || hasSuffixFold(b[:i-1], "datetime") ||
		hasSuffixFold(b[:i-1], "date.new") || hasSuffixFold(b[:i-1], "date.of")) { // Ruby's Date.new, Java's LocalDate.of
		if end, ok := st.dateArgs(b, i, to); ok {
			return end // "datetime.date(1948, 11, 2)", Crystal's "Date(2024,03,04)"
		}
	}
	if b[i] == '0' && i+24 <= to && b[i+1] == '1' && r.glen(0) >= 24 && (i == 0 || !isAlnum(b[i-1])) {
		if e := bareUDI(b, i, to); e > 0 {
			st.emit(i, e, Device, "udi", Medium, false)
			return e
		}
	}
	// A digit run glued to letters ("2054ms", "4H68AH3EX17", "1st") is a
	// unit or an identifier, not a number.
	if e := r.ge[0]; r.n == 1 && r.glen(0) <= 2 && e+3 < to && (isUpper(b[e]) || b[e] == '.' && isUpper(b[e+1])) && (i == 0 || !isAlnum(b[i-1])) {
		if b[e] == '.' {
			e++ // "1.REYES/WALTER MR", as a PNR numbers its names
		}
		k := e
		for k < to && isUpper(b[k]) {
			k++
		}
		if k+1 < to && b[k] == '/' && isUpper(b[k+1]) {
			if end := slashName(b, e, k, to); end > 0 {
				st.emit(e, end, Name, "name", Medium, false) // "1WEISS/FRIEDRICH MR 24A": a Type B message's passenger, numbered
				return end
			}
		}
	}
	if e := r.ge[0]; r.n == 1 && e < to && (isLetter(b[e]) || b[e] == '_') {
		te := e
		for te < to && (isAlnum(b[te]) || b[te] == '_') {
			te++
		}
		if te == e+1 && e == i+1 && (b[e] == 'P' || b[e] == 'Q') {
			if end := st.astmRecord(b, e, to); end > 0 {
				return end // an ASTM frame: its number, then the record, "2P|1|..."
			}
		}
		if te-i == 17 && e-i == 10 && b[e] == 'V' && allDigits(b[e+1:te]) {
			st.emit(i, te, MRN, "va_icn", Medium, false) // the VA's Integration Control Number, "1031914710V134083"
			return te
		}
		if te-i >= blobMin || (te < to && (b[te] == '+' || b[te] == '/') && b64End(b, i, to)-i >= blobMin) {
			return st.blob(b, i, to)
		}
		if te-e <= 3 && r.glen(0) <= 3 && (equalFold(b[e:te], "y") || equalFold(b[e:te], "yo") || equalFold(b[e:te], "yr") ||
			equalFold(b[e:te], "yrs") || equalFold(b[e:te], "yoa") || equalFold(b[e:te], "yof") || equalFold(b[e:te], "yom") ||
			te == e+1 && (st.ageSexAfterName(b, i, e, to) || st.censusName(b, i))) {
			// "99y M", "92yo", "Sanjay Pemberton, 96M": an age.
			if v := atoi(b[i:e]); v >= 90 && v <= 125 {
				end := e
				if te == e+1 && (b[e] == 'Y' || b[e] == 'y') {
					end = te // "103Y", as DICOM and many systems write an age: the unit with it
				}
				st.emit(i, end, Age, "age", High, false)
			}
			return te
		}
		if te-e == 7 && r.glen(0) <= 2 {
			if end, ok := st.date9(b, i, e, te); ok {
				return end // "05AUG1981", "27jul1998": SAS's DATE9 and Stata's %td
			}
		}
		if te-e == 2 && r.glen(0) <= 2 && ordinal(b[i:te]) && te+4 < to && hasPrefixFold(b[te:to], " of ") {
			if end, ok := st.dayOfMonth(b, i, e, te+4, to); ok {
				return end // "the 5th of March 1950"
			}
		}
		if te-e == 2 && r.glen(0) <= 2 && ordinal(b[i:te]) && i >= 4 && string(b[i-4:i]) == "the " {
			if v := atoi(b[i:e]); v >= 1 && v <= 31 {
				if st.yearless(b, i-4) {
					st.emit(i, te, Date, "date", Medium, false) // "admitted on the 18th": a day is a date's element
					return te
				}
				if yearlessEventBefore(b, i-4) {
					st.emit(i, te, Date, "event_date", Low, false) // "failed since the 19th"
					return te
				}
			}
		}
		if e := st.photoFileAfter(b, i, te, to); e > 0 {
			return e // "184419_c8de545d.jpg" under a folder of photos
		}
		st.alnumID(b, i, te, to, b[i:te])
		return te
	}
	if end, ok := st.numberShapes(b, &r, to); ok {
		return end
	}
	if r.n == 2 && r.sep[0] == '-' && r.glen(0) <= 3 && r.glen(1) >= 5 && r.glen(1) <= 10 && (r.end >= to || !isAlnum(b[r.end]) && b[r.end] != '-') {
		if c, ok := st.idContext(b, i); ok && c != SSN {
			st.emit(i, r.end, c, "context", Medium, false) // "unpaired from patient 37-790963"
			return r.end
		}
	}
	// Nothing matched the whole run: skip it if it is a time, version or
	// decimal; otherwise go on after the first group, so that "id 1234
	// 555-867-5309" still sees the phone.
	if r.n > 1 && (r.sep[0] == ':' || r.sep[0] == '.' || r.sep[0] == '/' || r.sep[0] == '-') {
		return r.end
	}
	return r.ge[0]
}

// commaNameAt reports whether a name in the form "Last, First" starts at
// b[k]: a capitalised word, a comma and a space, another capital.
func commaNameAt(b []byte, k, to int) bool {
	if k >= to || !upperAt(b, k, to) {
		return false
	}
	for n := k; n < to && n-k < 32; n++ {
		switch c := b[n]; {
		case c == ',':
			return n > k+1 && n+2 < to && b[n+1] == ' ' && upperAt(b, n+2, to)
		case c == ' ' || isDigit(c) || c == '=' || c == ':':
			return false
		}
	}
	return false
}

// addressBefore reports whether the field before b[start] holds an IPv4
// address, perhaps with a port in the field between: a flow record's
// columns put the source first, then the destination and the addresses
// the firewall translated them to ("80.94.95.115,66.109.12.18,59934,23";
// Zeek's "10.40.3.21\t57577\t142.250.115.26\t25"). Only the first is
// a client's, perhaps a person's.
func addressBefore(b []byte, start int) bool {
	delim := func(k int) bool {
		return k > 0 && (b[k-1] == ',' || b[k-1] == '\t' || b[k-1] == '|' || b[k-1] == ';' || b[k-1] == ' ')
	}
	if !delim(start) {
		return false
	}
	k := start - 1
	if d := k; d > 0 && isDigit(b[d-1]) {
		for d > 0 && isDigit(b[d-1]) && k-d < 6 {
			d--
		}
		if delim(d) {
			k = d - 1 // the source's port, in its own field
		}
	}
	dots, n := 0, 0
	for k > 0 && n < 15 && (isDigit(b[k-1]) || b[k-1] == '.') {
		if b[k-1] == '.' {
			dots++
		}
		k--
		n++
	}
	return dots == 3 && n >= 7 && (k == 0 || !isAlnum(b[k-1]) && b[k-1] != '.')
}

// numberShapes tries the identifier shapes on a numeric run.
func (st *state) numberShapes(b []byte, r *numRun, to int) (int, bool) {
	start := r.start
	before := byte(' ')
	if start > 0 {
		before = b[start-1]
	}
	afterAt := func(e int) byte {
		if e < to {
			return b[e]
		}
		return ' '
	}
	dig := st.digits[:0]

	// IPv4: four groups of 1-3 digits joined by dots.
	if r.n >= 4 && r.sameSep(4, ".") && r.glen(0) <= 3 && r.glen(1) <= 3 && r.glen(2) <= 3 && r.glen(3) <= 3 {
		e := r.ge[3]
		port := r.n > 4 && r.sep[3] == ':' && (r.n == 5 || r.sep[4] != ':')
		if r.n > 4 && !port && r.sep[3] != ' ' || before == '/' && !(start >= 3 && b[start-2] == '/' && b[start-3] == ':') || before == 'v' || before == 'V' || before == '.' {
			return r.end, true // a version: "Chrome/115.5.16.9", "1.2.3.4.5"
		}
		if afterVersionWord(b, start) || r.glen(0) == 1 && r.glen(1) == 1 && r.glen(2) == 1 {
			// "since deploy 17.18.78.161", "config version 29.19.32.72"; "JVMS
			// 5.4.3.6" is a section, "[REGIS32 7.2.0.118]" a build, and the few
			// hosts numbered so (1.1.1.1, 8.8.8.8, 4.2.2.1) are public
			// resolvers, no person's.
			return r.end, true
		}
		if a, ok := ipv4Groups(b, r); ok {
			// "relay=gmail-smtp-in.l.google.com[142.250.25.7]:25": a host
			// and its address, as Postfix names the servers it talks to.
			// A host after '@' ("sip:988@64.125.31.40", a SIP Call-ID's
			// "ad25...@208.93.64.22", "svc@10.1.2.3") is a server's too.
			hostAddr := before == '[' && e < to && b[e] == ']' && relayBefore(b, start-1) || outboundBefore(b, start) || before == '@' ||
				st.voipRecord() || port && arrowBefore(b, start) && servicePort(b, e+1, to) ||
				bytes.Contains(b[max(0, start-160):start], []byte("sshd[")) || // "sshd[78286]: Accepted publickey for labfeed from ...": staff and machines log in so
				domainUserBefore(b, start) || // IIS's "443 DPHHS\rnakai 66.60.172.14": a workforce account's client
				bytes.Contains(b[max(0, start-48):start], []byte("HTTP_HOST")) || bytes.Contains(b[max(0, start-24):start], []byte("add '")) && bytes.Contains(b[e:min(to, e+24)], []byte("ALLOWED_HOSTS")) || // Django's DisallowedHost: the server's own address
				destinationKeyBefore(b, start) || // LEEF's "dst=98.79.109.217": the server a connection went to
				addressBefore(b, start) || // "10.72.1.125,20.42.139.217,204.62.118.10": a flow's destination and translated source, after its source
				relayCandidate(b, e, to) || // "udp 41885439 34.102.103.85 3478 typ relay": a TURN server's, through which a call's media goes
				timeSourceBefore(b, start) || // chronyd's "Selected source 162.159.200.123 (time.cloudflare.com)": a time server
				st.droppedTraffic() // a packet filter's dropped connection: the internet's scanners, no one the organisation serves
			if (st.s.c.nonPublicIPs || personalIP(a)) && !hostAddr && !(crawlerIP(a) && crawlerLine(b)) {
				st.emit(start, e, IP, "ipv4", High, false)
			}
			return e, true
		}
		return r.end, true
	}

	// A Brazilian CPF, "446.233.024-23": its shape and its two check digits.
	if r.n == 4 && r.glen(0) == 3 && r.glen(1) == 3 && r.glen(2) == 3 && r.glen(3) == 2 && r.sep[0] == '.' && r.sep[1] == '.' && r.sep[2] == '-' &&
		!isAlnum(afterAt(r.ge[3])) && afterAt(r.ge[3]) != '.' && before != '.' {
		dig = r.joined(b, dig)
		if validCPF(dig) {
			st.emit(start, r.ge[3], OtherID, "cpf", High, false)
			return r.ge[3], true
		}
		dig = dig[:0]
	}

	// Dates with separators.
	if r.n >= 3 && r.sameSep(3, "-/.") {
		if y, m, d, ok := dateGroups(b, r); ok {
			e := r.ge[2]
			after := afterAt(e)
			timestamp := after == 'T' || after == ' ' && e+3 < to && isDigit(b[e+1]) && isDigit(b[e+2]) && b[e+3] == ':'
			st.date(b, start, e, y, m, d, timestamp)
			if timestamp {
				return timeSuffix(b, e, to), true // the time of a timestamp holds nothing more
			}
			return e, true
		}
	}
	// "04 17 1933", "02 22 24": a form's date boxes, after a date's word.
	if r.n == 3 && r.sameSep(3, " ") && r.glen(0) == 2 && r.glen(1) == 2 && st.near(Date, start, ctxWindow) && !isAlnum(afterAt(r.ge[2])) {
		if y, m, d, ok := dateGroups(b, r); ok {
			st.date(b, start, r.ge[2], y, m, d, false)
			return r.ge[2], true
		}
	}
	// "30-Jan-2011", "3 Feb 2001"
	if r.glen(0) <= 2 && r.ge[0]+5 < to && (b[r.ge[0]] == '-' || b[r.ge[0]] == ' ' || b[r.ge[0]] == '/') && isLetter(b[r.ge[0]+1]) {
		if e, ok := st.dayMonthYear(b, start, r.ge[0], to); ok {
			return e, true
		}
	}
	// "5. Juni 1980", as German writes a day.
	if r.n == 1 && r.glen(0) <= 2 && r.ge[0]+6 < to && b[r.ge[0]] == '.' && b[r.ge[0]+1] == ' ' && isLetter(b[r.ge[0]+2]) {
		if e, ok := st.dayMonthYear(b, start, r.ge[0]+1, to); ok {
			return e, true
		}
	}

	// The military's family member prefix and sponsor's SSN: "20/331-68-8951"
	// (20 the sponsor, 30 a spouse, 01-19 children).
	if r.n == 4 && r.glen(0) == 2 && r.sep[0] == '/' && r.glen(1) == 3 && r.glen(2) == 2 && r.glen(3) == 4 && r.sep[1] == '-' && r.sep[2] == '-' && !isDigit(afterAt(r.ge[3])) {
		s, e := r.ge[1]-3, r.ge[3]
		if dig = digitsIn(dig[:0], b[s:e]); validSSN(dig) {
			st.emit(s, e, SSN, "ssn", Medium, false)
			return e, true
		}
	}
	// SSN 123-45-6789 / 123 45 6789.
	if r.shape(3, 2, 4) && r.sameSep(3, "- .") && (r.n == 3 || r.sep[2] != r.sep[0]) {
		e := r.ge[2]
		dig = digitsIn(dig, b[start:e])
		if validSSN(dig) && !isDigit(afterAt(e)) {
			conf := Medium
			if st.near(SSN, start, ctxWindow) {
				conf = High
			} else if r.sep[0] != '-' {
				conf = Low
			}
			st.emit(start, e, SSN, "ssn", conf, false)
			return e, true
		}
	}

	// Phones: (555) 123-4567, 555-123-4567, 555.123.4567, 555 123 4567,
	// +1 555 123 4567, 1-555-123-4567.
	if e, ok := st.phone(b, r, to); ok {
		return e, true
	}

	// Cards in groups: 4111 1111 1111 1111, 3782 822463 10005.
	if r.n >= 3 && r.sameSep(3, " -") && r.glen(0) == 4 {
		k := 0
		dig = dig[:0]
		for k < r.n && (k == 0 || r.sep[k-1] == r.sep[0]) && len(dig)+r.glen(k) <= 19 {
			dig = append(dig, b[r.gs[k]:r.ge[k]]...)
			k++
		}
		if len(dig) >= 13 && luhn(dig) && cardIssuer(dig) != "" {
			e := r.ge[k-1]
			conf := Medium
			if st.near(Account, start, ctxWindow) {
				conf = High
			}
			st.emit(start, e, Account, "credit_card", conf, false)
			return e, true
		}
	}

	// ZIP+4.
	if r.shape(5, 4) && r.sep[0] == '-' && (r.n == 2 || r.sep[1] != '-') {
		e := r.ge[1]
		conf := Low
		if st.near(ZIP, start, ctxWindow) {
			conf = High
		}
		st.emit(start, e, ZIP, "zip", conf, false)
		return e, true
	}

	if r.n == 2 && r.sep[0] == '.' && r.glen(0) == 7 && r.glen(1) <= 6 && st.near(Date, start, ctxWindow) && st.ctx[Date] >= start-6 &&
		fileManDate(b[r.gs[0]:r.ge[0]]) {
		st.emit(start, r.end, Date, "date", Medium, false) // "visit 3240312.0404": a FileMan date and its time, 2024-03-12 04:04
		return r.end, true
	}
	if r.n == 2 && (r.sep[0] == '/' || r.sep[0] == '-') && r.glen(0) <= 2 && r.glen(1) <= 2 &&
		(r.end == to || !isAlnum(b[r.end]) && b[r.end] != '/' && (b[r.end] != '.' || r.end+1 == to || b[r.end+1] == ' ')) {
		first, second := atoi(b[r.gs[0]:r.ge[0]]), atoi(b[r.gs[1]:r.ge[1]])
		monthDay := validDate(2000, first, second)
		if monthDay && st.yearless(b, start) {
			// "admitted 3/4 for observation"; "your appointment Sat 6/15 at
			// 7:30 AM": with its weekday, not its hour (half the writers
			// of reminders mark the weekday, fewer the hour).
			st.emit(weekdayJust(b, start), r.end, Date, "date", Medium, false)
			return r.end, true
		}
		if monthDay && r.sep[0] == '/' && appointmentAfter(b, r.end, to) {
			st.emit(start, r.end, Date, "date", Medium, false) // "transportation for 5/16 clinic visit", "your 3/12 appt"
			return r.end, true
		}
		if monthDay && r.sep[0] == '/' && (yearlessEventBefore(b, start) || dayOnInProse(b, start, r.end, to)) {
			st.emit(start, r.end, Date, "event_date", Low, false) // "more confused since 2/28", "(started 7/11)"
			return r.end, true
		}
		if monthDay && r.sep[0] == '/' && clockAfter(b, r.end, to) && (wordsBefore(b, start, &appointmentWords, true) || wordsBefore(b, start, &foreignVisitWords, true)) {
			st.emit(start, r.end, Date, "date", Medium, false) // "Appt 10/18 08:15", "su cita ... es el 10/19 a las 09:00": a visit's day and hour
			return r.end, true
		}
		if validDate(2000, second, first) && r.sep[0] == '/' && wordsBefore(b, start, &foreignVisitWords, true) {
			st.emit(start, r.end, Date, "date", Medium, false) // "su cita es el lunes 25/03 a las 08:00": a visit's day, the day first
			return r.end, true
		}
	}
	if r.n == 1 || (r.sep[0] != '-' && r.sep[0] != ' ') {
		return st.singleNumber(b, r.gs[0], r.ge[0], to)
	}
	// "MRN 546-30-73": an identifier a keyword asks for, in any grouping.
	if e := idRunEnd(b, start, to); uuidOrHash(b[start:e]) || holdsUUID(b[start:e]) {
		return e, true // a UUID or a hash: skip it whole
	} else if e > r.end {
		if c, ok := st.idContext(b, start); ok {
			st.emit(start, e, c, "context", Medium, false)
			return e, true
		}
	}
	if r.n == 4 && r.sameSep(4, " -") && r.glen(0) == 2 && r.glen(1) == 6 && r.glen(2) == 6 && r.glen(3) == 1 && (r.end == to || !isAlnum(b[r.end])) {
		// An IMEI as phones display it: "35 209900 176148 1".
		dig = r.joined(b, dig[:0])
		if luhn(dig) {
			st.emit(start, r.end, Device, "imei", High, false)
			return r.end, true
		}
	}
	if r.sep[0] == ' ' && r.sameSep(r.n, " ") && r.n <= 5 && r.end-start <= 24 {
		// "DL 32 371 953", "license 254 745 066": an ID printed in groups.
		groups := true
		for g := 0; g < r.n; g++ {
			groups = groups && r.glen(g) >= 2 && r.glen(g) <= 4
		}
		if c, ok := st.idContext(b, start); ok && groups && (r.end == to || !isAlnum(b[r.end])) {
			st.emit(start, r.end, c, "context", Medium, false)
			return r.end, true
		}
	}
	if r.sep[0] == '-' && r.sameSep(r.n, "-") && !(r.n == 2 && r.glen(0) <= 3 && r.glen(1) <= 3) { // "age band 21-24": a range
		if c, ok := st.idContext(b, start); ok {
			st.emit(start, r.end, c, "context", Medium, false)
			return r.end, true
		}
	}
	if r.sep[0] == ' ' && r.glen(0) >= 6 {
		// "MRN 02554057 5E-503A": a number, then something else after a space.
		return st.singleNumber(b, r.gs[0], r.ge[0], to)
	}
	return 0, false
}

// ipv4Groups reads the first four groups of r as an IPv4 address, with
// netip's rules (no octet over 255, no leading zero), without parsing again.
func ipv4Groups(b []byte, r *numRun) (netip.Addr, bool) {
	var a [4]byte
	for g := range a {
		d := b[r.gs[g]:r.ge[g]]
		if len(d) > 1 && d[0] == '0' {
			return netip.Addr{}, false
		}
		v := atoi(d)
		if v < 0 || v > 255 {
			return netip.Addr{}, false
		}
		a[g] = byte(v)
	}
	return netip.AddrFrom4(a), true
}

// singleNumber handles a bare run of digits at b[s:e].
func (st *state) singleNumber(b []byte, s, e, to int) (int, bool) {
	n := e - s
	d := b[s:e]
	if n >= 6 && generatedNameBefore(b, s) {
		return e, true // "fax-retry-l8bzc-6782542494": a pod's or a job's generated name
	}
	after := byte(' ')
	if e < to {
		after = b[e]
	}
	if after == '.' && e+1 < to && isDigit(b[e+1]) {
		return 0, false // a decimal
	}
	if after == '.' {
		if end := st.photoFileAfter(b, s, e, to); end > 0 {
			return end, true // ".../patient-photos/900516.jpeg"
		}
	}
	near := func(c Category) bool { return st.near(c, s, ctxWindow) }
	if (n == 10 || n == 11 && d[0] == '1') && s > 0 && b[s-1] == '<' && after == '>' && validNANP(d[n-10:]) {
		// A caller ID, as Asterisk and SIP print one: "PA VUE" <2793855301>.
		ns, ne, ok, org := displayName(b, 0, s-1)
		if ok {
			st.emit(ns, ne, Name, "name", Low, false)
		}
		if !org {
			st.emit(s, e, Phone, "phone", Medium, false) // (an organisation's line is its own: "Acme Health Services" <8005550100>)
		}
		return e, true
	}
	if n <= 4 && after == ' ' && e+3 < to && isUpper(b[e+1]) && near(Vehicle) {
		if end := plateEnd(b, s, to); end > 0 {
			st.emit(s, end, Vehicle, "plate", Medium, false) // "vehicle hit on 956 PMM"
			return end, true
		}
	}
	switch {
	case n <= 3:
		v := atoi(d)
		if v >= 90 && v <= 125 && after != '+' && !comparedBefore(b, s) && (near(Age) && st.ctx[Age] >= s-12 || ageAfter(b, e, to) || after != '%' && st.ageVerbBefore(b, s) || sexColumnAfter(b, e, to) ||
			after == ')' && s >= 3 && b[s-1] == '(' && b[s-2] == ' ' && (st.lastName == s-2 || relativeBefore(b, s-2))) {
			// ... "Ayesha Lopez (92)", "great-grandmother (96)": a person's age in brackets after them
			st.emit(s, e, Age, "age", High, false)
			return e, true
		}
		if v < 90 && st.ctx[Age] >= s-6 && near(Age) {
			st.ctx[Age] = -1 << 30 // "age 37 y CrCl 103": the age is told, the next number is something else
		}
	case n == 5 && (near(ZIP) || st.zipAfterState(b, s)) && !sqlStateBefore(b, s), n == 9 && near(ZIP) && st.ctx[ZIP] >= s-4:
		st.emit(s, e, ZIP, "zip", High, false) // "PatientZip: 529353043": ZIP+4 without its dash, right after its key
		return e, true
	case n == 8 && st.lastName <= s-2 && s-st.lastName <= 50 && len(bytes.Trim(b[st.lastName:s], " ")) == 0 && compactDate(d):
		// "ST. JOHN, FERGUS              19880217": a day of eight digits
		// after a name in aligned columns, the person's birth date.
		st.emit(s, e, Date, "date", Medium, false)
		return e, true
	case n == 9 && near(SSN) && validSSN(d):
		st.emit(s, e, SSN, "ssn", High, false)
		return e, true
	case (n == 10 || n == 11 && d[0] == '1') && (near(Phone) || near(Fax)) && validNANP(d[n-10:]):
		st.emit(s, e, st.phoneCategory(s), "phone", High, false)
		return e, true
	case n == 10 && npiBefore(b, s) && validNPI(d):
		if st.s.c.providers {
			st.emit(s, e, License, "npi", High, false)
		}
		return e, true // "NPI 1890540358": a provider's number, no patient's (unless the policy counts them)
	case n == 9 && near(Account) && validABA(d):
		st.emit(s, e, Account, "aba_routing", High, false)
		return e, true
	case n == 15 && near(Device) && luhn(d):
		st.emit(s, e, Device, "imei", High, false)
		return e, true
	case n == 15 && luhn(d) && cardIssuer(d) == "" && (string(d[:2]) == "35" || string(d[:2]) == "86" || string(d[:2]) == "01" || string(d[:2]) == "99"):
		// An IMEI without a keyword: fifteen digits, Luhn, and a type
		// allocation code of the bodies that issue most of them.
		st.emit(s, e, Device, "imei", Medium, false)
		return e, true
	case n == 16 && string(d[:6]) == "800360" && luhn(d):
		// Australia's Individual Healthcare Identifier: 800360, then ten
		// digits, Luhn (800361 and 800362 are clinicians' and
		// organisations').
		st.emit(s, e, OtherID, "ihi", High, false)
		return e, true
	case n >= 13 && n <= 19 && luhn(d) && cardIssuer(d) != "":
		conf := Low
		if near(Account) {
			conf = High
		}
		st.emit(s, e, Account, "credit_card", conf, false)
		return e, true
	case n == 7 && (d[0] == '2' || d[0] == '3') && near(Date) && st.ctx[Date] >= s-6 && fileManDate(d):
		st.emit(s, e, Date, "date", Medium, false) // VistA's "DOB 2790912": a FileMan date, 1979-09-12
		return e, true
	case (n == 12 || n == 14) && near(Date) && validDate(atoi(d[:4]), atoi(d[4:6]), atoi(d[6:8])) && atoi(d[8:10]) <= 23 && atoi(d[10:12]) <= 59:
		st.date(b, s, e, atoi(d[:4]), atoi(d[4:6]), atoi(d[6:8]), false) // "admit 202403110137": HL7's TS, to the minute
		return e, true
	case n == 8 && (near(Date) || st.lastName >= 0 && s-st.lastName >= 0 && s-st.lastName <= 4 || proseDate(b, s) && careWordBefore(b, s)):
		// "DOB 19590410"; "PENA, MATEO 19590410": a compact date right after a name.
		if y, m, dd := atoi(d[:4]), atoi(d[4:6]), atoi(d[6:]); validDate(y, m, dd) {
			st.date(b, s, e, y, m, dd, false)
			return e, true
		}
		if m, dd, y := atoi(d[:2]), atoi(d[2:4]), atoi(d[4:]); near(Date) && y >= 1900 && validDate(y, m, dd) {
			st.date(b, s, e, y, m, dd, false) // "DOB 03121951", as keypads and IVRs collect it
			return e, true
		}
	case n >= 6 && n <= 10 && st.lastName >= 0 && s-st.lastName > 0 && s-st.lastName <= 48 && !(n == 10 && validNANP(d)) && dateFollows(b, e, to):
		// "^FDHÅKANSSON, HENRIK^FS^FO20,44^A0N,22,22^FD07404526  10/05/1964  M":
		// a wristband's or a specimen label's number, between the name and
		// the birth date.
		st.emit(s, e, MRN, "context", Medium, false)
		return e, true
	case n == 9 && st.lastName >= 0 && s-st.lastName > 0 && s-st.lastName <= 48 && rowField(b, s, e, to) && validSSN(d):
		// "Rahimi,Mirela,1950-10-29,625151540": a row of a person's fields,
		// where a valid SSN beside the name is one.
		st.emit(s, e, SSN, "ssn", Medium, false)
		return e, true
	}
	if n <= 6 && (after == ' ' && e+2 < to && (isUpper(b[e+1]) || isDigit(b[e+1]) || isLower(b[e+1]) && (st.streetTyped(b, s) || frenchStreetKindAt(b, e+1, to))) ||
		after == ',' && e+3 < to && b[e+1] == ' ' && frenchStreetKindAt(b, e+2, to)) && (s == 0 || b[s-1] != '-' && b[s-1] != '_') {
		// A house number stands alone: the "4" of "NURSE-STN-4 Source Port" ends a name.
		if end, ok := st.address(b, s, e, to); ok {
			return end, true
		}
	}
	if n >= 4 && (s == 0 || b[s-1] != '/' && b[s-1] != '.' && b[s-1] != '_') && !(n == 4 && atoi(d) >= 1900 && atoi(d) <= 2100) {
		// A year is no identifier ("Member Since: 2019"); an epoch time is
		// one only right after its keyword ("acct 1496549188").
		ratio := after == '/' && e+1 < to && isDigit(b[e+1])                                          // "coverage: 1115/1620 completed"
		ref := s >= 2 && b[s-1] == '#' && b[s-2] == '(' && !(st.lastName < s-1 && st.lastName >= s-7) // "(#2980)": a pull request or an issue, not after a name
		if c, ok := st.idContext(b, s); ok && !ratio && !ref && (!epochLike(d) || st.ctx[c] >= s-2) && !cloudAccount(b, s, e, to, c) &&
			!(n >= 6 && repdigit(d)) && // "MRN: 99999999": a test record's
			!(c == HealthPlan && n < 7) && // "payor 6763 plan 590161": the insurer's numbers; a member's are longer
			!((c == HealthPlan || c == Vehicle) && n == 8 && compactDate(d)) && // "MBI ... Part A eff 20210415", "CAR,...,20240607": a date
			!unitAfter(b, e, to) && // "device clock offset +3600 s": a measure
			!(n == 11 && d[0] == '1' && validNANP(d[1:]) && tollFree(d[1:])) && // "MSG*MEMBER SERVICES 18664827730": a business's number
			!(s >= 2 && b[s-1] == '[' && isAlnum(b[s-2]) && e < to && b[e] == ']') && // "cgm-ingest[1358]:": a process
			!(c == SSN && n != 9 && !(n == 4 && st.ctx[SSN] >= s-3)) && // "invalid SSN '...' for patient 23932"; "ssn4 1234" is its last four
			!(n == 4 && s > 0 && (b[s-1] == '+' || b[s-1] == '-' && s >= 2 && b[s-2] == ' ')) && // "12:45:36 +0000": a zone's offset
			!(n == 4 && c == Account && lastFourBefore(b, s)) && // "Card ending 4714": what a receipt shows of a card
			!(c == Account && e < to && (b[e] == '*' || b[e] == 'X')) && // "VISA 471610******0537": a masked card's first digits
			!(c == Device && n <= 4) { // "ESN 0462": a 911 call's emergency service number; no serial is so short

			st.emit(s, e, c, "context", Medium, false)
			st.listCat, st.listEnd = c, e
			if c == MRN && e < to && b[e] == ' ' && commaNameAt(b, e+1, to) {
				st.ctx[Name] = e + 1 // "MRN 01143970 KAMAU, WANJIRU", "PatNum 59269 Nguyễn, Soo-ah": whose record
			}
			return e, true
		}
	}
	return 0, false
}

// repdigit reports whether d is one digit repeated: "99999999".
func repdigit(d []byte) bool {
	for _, c := range d {
		if c != d[0] {
			return false
		}
	}
	return len(d) > 0
}

// dateFollows reports whether a calendar date comes after b[e], past one
// to three spaces: "07404526  10/05/1964".
func dateFollows(b []byte, e, to int) bool {
	k := e
	for k < to && k-e < 3 && b[k] == ' ' {
		k++
	}
	return k > e && dateAt(b, k, to)
}

// dateAt reports whether a calendar date of ten characters, a word of its
// own, starts at b[k]: "1980-05-24", "10/12/1927".
func dateAt(b []byte, k, to int) bool {
	if k+10 > to || k+10 < to && isAlnum(b[k+10]) {
		return false
	}
	return calendarDate(b[k : k+10])
}

// segmentRecord reports whether the input holds an HL7 segment or an
// ASTM record, whose readers judge the fields between their '|'. It is
// read once an input.
func (st *state) segmentRecord() bool {
	if st.segments == 0 {
		st.segments = 1
		if isHL7(st.input) || segmentInside(st.input) || astmInside(st.input) {
			st.segments = 2
		}
	}
	return st.segments == 2
}

// donorRecord reports whether the record speaks of a donor, a donation,
// tissue or a graft: a donation's number in it is the donor's. It is read
// once a record.
func (st *state) donorRecord() bool {
	if st.donor == 0 {
		st.donor = 1
		if containsAnyFold(st.input, "donor", "donation", "tissue", "graft") {
			st.donor = 2
		}
	}
	return st.donor == 2
}

// voipRecord reports whether the record is a telephony server's (a SIP
// proxy's, a PBX's, a media relay's): the addresses it names are its
// peers', carriers' trunks and gateways, not callers' (a caller is known by
// number). It is read once a record.
func (st *state) voipRecord() bool {
	if st.voip == 0 {
		st.voip = 1
		if containsAny(st.input[:min(len(st.input), 4<<10)], "sip:", "SIP/2.0", "kamailio[", "opensips[", "rtpengine[", "asterisk[", "freeswitch[", "sems[") {
			st.voip = 2
		}
	}
	return st.voip == 2
}

// droppedTraffic reports whether the record is a packet filter's record
// of a connection it blocked: pfSense's filterlog ("...,block,in,4,..."),
// ufw's "[UFW BLOCK]", PAN-OS's "TRAFFIC,drop" and "TRAFFIC,deny".
func (st *state) droppedTraffic() bool {
	if st.dropped == 0 {
		st.dropped = 1
		if containsAny(st.input[:min(len(st.input), 4<<10)], ",block,in,", "[UFW BLOCK]", ",TRAFFIC,drop,", ",TRAFFIC,deny,") {
			st.dropped = 2
		}
	}
	return st.dropped == 2
}

// outboundBefore reports whether the address at b[s] is one a client
// connects to, as curl -v says: "Trying 13.53.146.209:443...",
// "Connected to hooks.example.io (13.53.146.209) port 443".
func outboundBefore(b []byte, s int) bool {
	var buf [8]byte
	if w, _ := wordBefore(buf[:], b, 0, s, " ", 4); string(w) == "trying" {
		return true
	}
	if s < 2 || b[s-1] != '(' || b[s-2] != ' ' {
		return false
	}
	k := s - 2
	for k > 0 && b[k-1] != ' ' {
		k--
	}
	w, _ := wordBefore(buf[:], b, 0, k, " ", 1)
	return string(w) == "to" // "Connected to HOST ("
}

// arrowBefore reports whether "->" ends just before b[s], a space
// perhaps between: a flow's "SRC -> DST".
func arrowBefore(b []byte, s int) bool {
	if s > 0 && b[s-1] == ' ' {
		s--
	}
	return s >= 2 && b[s-1] == '>' && b[s-2] == '-'
}

// servicePort reports whether the port number at b[i:] is a service's:
// below 1024, or 8080 or 8443; the side of a flow that holds it is the
// server ("50.78.201.17:57572 -> 64.124.37.40:443").
func servicePort(b []byte, i, to int) bool {
	n, k := 0, i
	for k < to && isDigit(b[k]) && k-i < 5 {
		n = n*10 + int(b[k]-'0')
		k++
	}
	return k > i && (k == to || !isDigit(b[k])) && (n < 1024 || n == 8080 || n == 8443)
}

// relayBefore reports whether "relay=" and a host name end at b[lb] ('['):
// the server Postfix hands mail to, not a client that connected.
func relayBefore(b []byte, lb int) bool {
	k := lb
	for k > 0 && (isAlnum(b[k-1]) || b[k-1] == '.' || b[k-1] == '-') {
		k--
	}
	if k >= lb {
		return false
	}
	if k >= 6 && string(b[k-6:k]) == "relay=" {
		return true
	}
	// "host mx01.mail.icloud.com[17.57.154.33] said", "connect to
	// gmail-smtp-in.l.google.com[142.250.112.26]:25": a mail server.
	var buf [8]byte
	w, _ := wordBefore(buf[:], b, 0, k, " ", 1)
	return (string(w) == "host" || string(w) == "to") && bytes.IndexByte(b[k:lb], '.') > 0
}

// unitAfter reports whether a unit of measure follows the number ending at
// b[e], after a space: "3600 s", "120 ms", "40 mg", "72 bpm".
func unitAfter(b []byte, e, to int) bool {
	if e+2 > to || b[e] != ' ' || !isLetter(b[e+1]) {
		return false
	}
	k := e + 1
	for k < to && isLetter(b[k]) && k-e <= 8 {
		k++
	}
	if k < to && (isLetter(b[k]) || b[k] == '=') {
		return false // "-> 4195550173 pages=4": the next field's key
	}
	return inSet(measureUnits, b[e+1:k])
}

// measureUnits are units a count or a measure is given in.
var measureUnits = words("s", "sec", "secs", "seconds", "ms", "us", "ns", "min", "mins", "minutes", "h", "hr", "hrs",
	"hours", "days", "mg", "mcg", "ml", "kg", "lbs", "bpm", "mmhg", "bytes", "kb", "mb", "gb", "rows", "records", "units", "files", "pages",
	"rpm", "lpm") // a pump's speed and flow: "Pump 3645 rpm / 4.63 LPM"

// cloudAccount reports whether the 12 digits at b[s:e] are a cloud
// provider's account, as a region after them shows: "quota: account
// 731846205519 region eu-central-1".
func cloudAccount(b []byte, s, e, to int, c Category) bool {
	if c != Account || e-s != 12 {
		return false
	}
	k := e
	for k < to && (b[k] == ' ' || b[k] == ',' || b[k] == ':' || b[k] == '=') && k-e < 3 {
		k++
	}
	return hasPrefixFold(b[k:to], "region")
}

// numberedSlug reports whether b[s:] starts with lower-case words joined
// by '-' and ending in a number of one or two digits: a region or a host
// ("us-east-1", "us-east-1a", "europe-west4", "node-3"), no one's identifier.
func numberedSlug(b []byte, s, to int) bool {
	e := s
	for e < to && (isLower(b[e]) || isDigit(b[e]) || b[e] == '-') {
		e++
	}
	if e < to && isAlnum(b[e]) {
		return false // capitals: "W394-AB"
	}
	run := b[s:e]
	if n := len(run); n >= 2 && isLower(run[n-1]) && isDigit(run[n-2]) {
		run = run[:n-1] // an availability zone's letter
	}
	d := len(run)
	for d > 0 && isDigit(run[d-1]) {
		d--
	}
	words := bytes.TrimSuffix(run[:d], []byte("-"))
	return len(run)-d >= 1 && len(run)-d <= 2 && len(words) > 0 && isLower(words[0]) && isLower(words[len(words)-1]) &&
		bytesIndex(run, '-') > 0 && !bytes.Contains(words, []byte("--")) && !hasDigit(words)
}

// listJoin reports whether v joins two items of a list: ", ", " / ",
// " and ", " & ", " or ".
func listJoin(v []byte) bool {
	v = bytes.TrimSpace(v)
	return len(v) == 1 && (v[0] == ',' || v[0] == '/' || v[0] == '&') || equalFold(v, "and") || equalFold(v, "or") ||
		string(v) == "->" || string(v) == "=>" // a merge's: "MRN 007334336 -> 009001348"
}

// namingWords reports whether v holds only the words that name an
// identifier after its keyword: "alien registration number A510529719".
func namingWords(v []byte) bool {
	for k := 0; k < len(v); {
		for k < len(v) && (v[k] == ' ' || v[k] == '#' || v[k] == ':') {
			k++
		}
		s := k
		for k < len(v) && isLetter(v[k]) {
			k++
		}
		if w := v[s:k]; k < len(v) && v[k] != ' ' && v[k] != '#' && v[k] != ':' ||
			len(w) > 0 && !equalFold(w, "registration") && !equalFold(w, "number") && !equalFold(w, "no") && !equalFold(w, "card") {
			return false
		}
	}
	return true
}

// nameBracketGap reports whether v, what stands between a name and a
// bracket, is a few spaces, a quote, a comma or an initial's period:
// "Fox (W39...", "MAE   (BV-...", "Nakamura C. (0093...".
func nameBracketGap(v []byte) bool {
	if len(v) > 5 {
		return false
	}
	for _, c := range v {
		if c != ' ' && c != '"' && c != '\'' && c != ',' && c != '.' {
			return false
		}
	}
	return true
}

// idContext returns the identifier category a keyword just before s asks for.
func (st *state) idContext(b []byte, s int) (Category, bool) {
	if referenceLabelBefore(b, s) {
		return 0, false // "Medicaid NEMT booked, conf# NT-98519": the booking's number, not the plan's
	}
	if st.listCat != 0 && s > st.listEnd && s-st.listEnd <= 6 && listJoin(b[st.listEnd:s]) {
		return st.listCat, true // "MRN 00422601 / 148553189": the list's next, named by the same keyword
	}
	if s >= 2 && (b[s-1] == '(' || b[s-1] == '[') && st.lastName < s && st.lastName >= s-6 && nameBracketGap(b[st.lastName:s-1]) && !numberedSlug(b, s, len(b)) {
		// "claim for Ambrose Fox (W394446694)": an identifier in brackets
		// right after a name is that person's.
		if c, ok := st.idContext(b, s-1); ok {
			return c, true
		}
		return OtherID, true
	}
	if s >= 3 && b[s-1] == '#' && b[s-2] == '(' && st.lastName < s-1 && st.lastName >= s-7 && nameBracketGap(b[st.lastName:s-2]) && !numberedSlug(b, s, len(b)) {
		return MRN, true // "stop 13 — Saldana, Refugio (#104723)": the person's number after the sign
	}
	if s >= 5 && b[s-1] == ' ' && b[s-4] == '(' && equalFold(b[s-3:s-1], "id") && st.lastName < s-4 && st.lastName >= s-10 && nameBracketGap(b[st.lastName:s-4]) {
		return MRN, true // "Patient: FERNANDEZ-ORTEGA, LUCIA (ID BWF0054033)": the person's number, named
	}
	if k := st.ctx[OtherID]; k > 0 && k < s-8 && k >= s-40 && namingWords(b[k:s]) {
		st.ctx[OtherID] = s - 1 // "alien registration number A510529719": the naming words carry the keyword to its value
	}
	best, bestAt := Category(0), -1<<30
	for _, c := range [...]Category{MRN, HealthPlan, Account, License, Vehicle, Device, OtherID, SSN, Biometric} {
		w := ctxWindow
		switch c {
		case OtherID:
			w = 8 // "claim 123", "case #123": the generic words vouch only for what follows at once
		case Biometric:
			w = 12 // "fingerprint template FP-8CC2B9AA", "voiceprint VP7699108003": a template's reference
		}
		if st.near(c, s, w) && st.ctx[c] > bestAt && (c != Biometric || templateReference(b, s)) {
			best, bestAt = c, st.ctx[c]
		}
	}
	if best == MRN && s >= 3 && b[s-1] == '-' && b[s-3] == 'm' && b[s-2] == 'r' && (s == 3 || !isLetter(b[s-4])) {
		return 0, false // "id":"mr-719468": a MedicationRequest's id, in lower case; "MR-971255" is a record's
	}
	if best == Account && paymentRefBefore(b, s) {
		return 0, false // "VISA ... APPR 425203", "card BIN 411111", "card ... order ORD-52721662"
	}
	if best == Vehicle {
		w := s
		for w > 0 && (isAlnum(b[w-1]) || b[w-1] == '-' || b[w-1] == '_') {
			w--
		}
		if labPlate(b[w:]) {
			return 0, false // "plate PLT-00495": a laboratory's microplate
		}
	}
	return best, best != 0
}

// labPlate reports whether v starts with a laboratory microplate's name,
// "PLT-00430", which its key or keyword would take for a car's.
func labPlate(v []byte) bool {
	return len(v) > 4 && hasPrefixFold(v, "plt") && (v[3] == '-' || v[3] == '_')
}

// fleetCode reports whether v names a fleet's or an equipment's unit:
// capitals in groups, then a dash and digits, perhaps a capital after
// them ("V-290", "VAN-04", "LRH-VAN-03", a walk-in cooler's "RIC-4W"), or
// a vehicle's kind and two or three digits glued ("VAN01"). An
// apartment ("4B") or a ward ("Oncology 6N") has no such shape, and a
// care unit's name ("ICU-2", "MED-4") is not a fleet's.
func fleetCode(v []byte) bool {
	if k := len(v) - 1; k >= 3 && k <= 9 && isDigit(v[k]) {
		for k > 0 && isDigit(v[k-1]) {
			k--
		}
		if n := len(v) - k; n >= 2 && n <= 3 && allUpper(v[:k]) && inSet(vehicleTypes, v[:k]) {
			return true // "VAN01", "AMB12": a kind and its number, glued, as asset tags number them
		}
	}
	d := bytes.LastIndexByte(v, '-')
	if d < 1 || len(v) > 16 || len(v)-d < 2 || len(v)-d > 6 || inSet(careUnits, v[:d]) {
		return false
	}
	if n := v[d+1:]; !allDigits(n) && !(len(n) >= 2 && allDigits(n[:len(n)-1]) && isUpper(n[len(n)-1])) && !(len(n) >= 2 && isUpper(n[0]) && allDigits(n[1:])) {
		return false // ... or a capital before its number: "MCT-E1"
	}
	for k, c := range v[:d] {
		if !isUpper(c) && (c != '-' || k == 0 || v[k-1] == '-') {
			return false
		}
	}
	return true
}

// fleetName reports whether v names a fleet's unit by its kind and a
// number: "OUTREACH VAN 1", "Medic 12", "Shuttle 3B".
func fleetName(v []byte) bool {
	sp := bytes.LastIndexByte(v, ' ')
	if sp < 2 || len(v) > 32 || len(v)-sp-1 > 4 || !isDigit(v[sp+1]) {
		return false
	}
	for _, c := range v[sp+1:] {
		if !isAlnum(c) {
			return false
		}
	}
	kind := v[:sp]
	if k := bytes.LastIndexByte(kind, ' '); k >= 0 {
		kind = kind[k+1:]
	}
	return inSet(vehicleTypes, kind)
}

// vehicleTypes are the kinds of vehicle fleets name their units by:
// "VAN-122", "CAR-031", "AMB-7".
var vehicleTypes = words("van", "car", "truck", "trk", "bus", "amb", "medic", "shuttle", "suv", "wagon", "coach")

// careUnits are a hospital's units by their usual abbreviations.
var careUnits = words("icu", "ccu", "nicu", "picu", "micu", "sicu", "cvicu", "cicu", "nsicu", "tsicu", "ticu", "cticu", "neuroicu", "pacu", "ed", "er",
	"or", "ld", "mb", "med", "surg", "medsurg", "ms", "tele", "onc", "peds", "psych", "bh", "rehab", "bmt", "obs", "sdu", "imc",
	"pcu", "cath", "nsy", "nb", "ltc", "snf", "w", "e", "n", "s")

// templateReference reports whether the token at b[s] can name a
// biometric template: eight characters or more, not a hash's algorithm
// ("SHA256:9i3V...", a certificate's or a key's fingerprint).
func templateReference(b []byte, s int) bool {
	k := s
	for k < len(b) && (isAlnum(b[k]) || b[k] == '-' || b[k] == '_') {
		k++
	}
	return k-s >= 8 && (k == len(b) || b[k] != ':')
}

// rowField reports whether b[s:e] is a whole field of a delimited row:
// between , | ; or tabs, quoted or not.
func rowField(b []byte, s, e, to int) bool {
	if s > 0 && b[s-1] == '"' {
		s--
	}
	if e < to && b[e] == '"' {
		e++
	}
	return s > 0 && rowSep(b[s-1]) && (e == to || rowSep(b[e]))
}

// generatedNameBefore reports whether the digits at b[s] end a name
// joined by hyphens from three words or more, as Kubernetes and workflow
// engines generate them ("fax-retry-l8bzc-6782542494").
func generatedNameBefore(b []byte, s int) bool {
	if s < 2 || b[s-1] != '-' || !isAlnum(b[s-2]) {
		return false
	}
	hyphens := 0
	for k := s - 1; k >= 0 && (isAlnum(b[k]) || b[k] == '-') && s-k < 64; k-- {
		if b[k] == '-' {
			hyphens++
		}
	}
	return hyphens >= 3
}

// sexColumnAfter reports whether the next column of an aligned listing,
// after two spaces or more, is a sex: "| 106   female   married |". (One
// space would be a count: "95 male patients".)
func sexColumnAfter(b []byte, e, to int) bool {
	k := e
	for k < to && b[k] == ' ' {
		k++
	}
	if k-e < 2 {
		return false
	}
	w := k
	for w < to && isLetter(b[w]) {
		w++
	}
	return equalFold(b[k:w], "female") || equalFold(b[k:w], "male")
}

// ageAfter reports whether "-year-old", " years old", " y/o", " yo" follow.
func ageAfter(b []byte, e, to int) bool {
	rest := b[e:min(to, e+12)]
	for len(rest) > 0 && (rest[0] == '-' || rest[0] == ' ') {
		rest = rest[1:]
	}
	return hasPrefixFold(rest, "year") || hasPrefixFold(rest, "yr") || hasPrefixFold(rest, "y/o") ||
		hasPrefixFold(rest, "y.o") || hasPrefixFold(rest, "yo") && (len(rest) == 2 || !isLetter(rest[2]) && rest[2] < 0x80) || // "92 yo,", "(92 yo)"
		(hasPrefixFold(rest, "yof") || hasPrefixFold(rest, "yom")) && (len(rest) == 3 || !isLetter(rest[3])) || // "96 YOF": as EMS and ED notes write it
		hasPrefixFold(rest, "años") || hasPrefixFold(rest, "anos") ||
		hasPrefixFold(rest, "ans") && (len(rest) == 3 || !isLetter(rest[3])) || hasPrefixFold(rest, "jahre") || hasPrefixFold(rest, "y ") && len(rest) > 2 && (rest[2] == 'M' || rest[2] == 'F') ||
		len(rest) > 0 && (rest[0] == 'y' || rest[0] == 'Y') && (len(rest) == 1 || rest[1] == ',' || rest[1] == ';' || rest[1] == ')') // "Chinedu Okafor, 93 y, cabin 12124"
}

// ageVerbBefore reports whether the number at b[s] is said of a person's
// age: "turned 104", "Viktor Müller is 95", "she's 93", "aged 92", "born
// 1930, now 94".
func (st *state) ageVerbBefore(b []byte, s int) bool {
	if s < 3 || b[s-1] != ' ' {
		return false
	}
	var buf [8]byte
	w, ws := lowerWordBefore(buf[:], b, 0, s-1)
	switch string(w) {
	case "turned", "turns", "turning", "aged":
		return true
	case "is", "was", "s":
		// After he or she ("says she is 102", "she's 93 now"; not "the
		// queue is 95"), or right after a name.
		k := ws - 1 // where the word before ends: a space, or the apostrophe of "she's"
		switch {
		case string(w) != "s" && ws >= 2 && b[k] == ' ':
		case string(w) == "s" && ws >= 2 && b[k] == '\'':
		case string(w) == "s" && ws >= 4 && string(b[ws-3:ws]) == "\u2019":
			k = ws - 3
		default:
			return false
		}
		var pb [8]byte
		if p, _ := lowerWordBefore(pb[:], b, 0, k); string(p) == "she" || string(p) == "he" || string(p) == "who" || string(p) == "pt" || string(p) == "patient" {
			return true // "Pt is 92 and hard of hearing"
		}
		return string(w) != "s" && st.lastName == k
	case "now":
		return st.near(Date, ws, 48) // "Pt born June 27, 1960, now 100"
	case "be":
		// "I'll be 92 in the spring", "she will be 91 next month": an age to come.
		var pb [8]byte
		p, ps := lowerWordBefore(pb[:], b, 0, ws-1)
		if string(p) == "will" {
			p, _ = lowerWordBefore(pb[:], b, 0, ps-1)
			return string(p) == "i" || string(p) == "he" || string(p) == "she"
		}
		if string(p) != "ll" || ps < 2 || b[ps-1] != '\'' && b[ps-1] != 0x99 {
			return false
		}
		k := ps - 1 // the apostrophe, or the last byte of U+2019
		if b[k] == 0x99 && k >= 2 {
			k -= 2
		}
		var qb [8]byte
		q, _ := lowerWordBefore(qb[:], b, 0, k)
		return string(q) == "i" || string(q) == "he" || string(q) == "she"
	case "am", "m":
		// "I am 103 and ...", "I'm 95": a person telling their age
		// (after "I am" a number is seldom anything else).
		switch {
		case string(w) == "am" && ws >= 2 && b[ws-1] == ' ' && (b[ws-2] == 'I' || b[ws-2] == 'i') && (ws == 2 || !isLetter(b[ws-3])):
			return true
		case string(w) == "m" && ws >= 2 && (b[ws-1] == '\'' || b[ws-1] == 0x99) && (b[ws-2] == 'I' || b[ws-2] == 'i' || b[ws-2] == 0x80):
			return true
		}
	}
	return false
}

// destinationKeyBefore reports whether the address at b[s] is a
// connection's destination by its key: "dst=", "dest:" (the SMS gateway's
// "dst=+19715550110" is a person's telephone, read elsewhere).
func destinationKeyBefore(b []byte, s int) bool {
	k := keyBefore(b, s)
	return equalFold(k, "dst") || equalFold(k, "dest") || equalFold(k, "destination")
}

// ageSexAfterName reports whether the number at b[s:e] is an age written
// with the sex right after a name, as registration desks print them: "pt
// Sanjay Pemberton, 96M (DOB ...".
func (st *state) ageSexAfterName(b []byte, s, e, to int) bool {
	if !(e < to && (b[e] == 'M' || b[e] == 'F') && (e+1 == to || !isAlnum(b[e+1]))) || st.lastName <= 0 || st.lastName >= s {
		return false
	}
	return dashesEnd(b, st.lastName, s) == s // "Sanjay Pemberton, 96M", "HANSEN Ø – 87M"
}

// censusName reads the name before an age and sex at b[s] ("43F") as a
// unit's census and a whiteboard list them: a surname and an initial,
// "GALLAGHER S  43F", "Kowalski J 78M". The surname is one the census
// lists know (a word too: "JENKINS H  97M"), or in capitals no word of
// the language. It reports whether it found one.
func (st *state) censusName(b []byte, s int) bool {
	if s+1 >= len(b) || !isDigit(b[s+1]) {
		return false // "Tower B 5M": a building's floor and wing, not an age
	}
	k := s
	for k > 0 && s-k < 3 && b[k-1] == ' ' {
		k--
	}
	if k == s || k < 4 || !isUpper(b[k-1]) || b[k-2] != ' ' {
		return false
	}
	initial, we := k-1, k-2
	ws := we
	for ws > 0 && (isLetter(b[ws-1]) || b[ws-1] == '-' || b[ws-1] == '\'') {
		ws--
	}
	if we-ws < 2 || !isUpper(b[ws]) || ws > 0 && (isAlnum(b[ws-1]) || b[ws-1] >= 0x80) {
		return false
	}
	w := b[ws:we]
	if e, ok := lookupName(w); !(ok && e.Last > 0) && !(allUpper(w) && len(w) >= 4 && !ordinaryWord(w)) {
		return false
	}
	st.emit(ws, initial+1, Name, "name", Low, false)
	return true
}

// phoneCategory is Fax when a fax keyword is nearer than a phone one.
func (st *state) phoneCategory(s int) Category {
	if st.near(Fax, s, ctxWindow) && st.ctx[Fax] >= st.ctx[Phone] {
		return Fax
	}
	return Phone
}

// phone matches NANP numbers in their written forms.
func (st *state) phone(b []byte, r *numRun, to int) (int, bool) {
	k := 0
	if r.plus || (r.glen(0) == 1 && b[r.gs[0]] == '1' && r.n >= 4) {
		if b[r.gs[0]] != '1' {
			return st.intlPhone(b, r, to)
		}
		if r.glen(0) == 11 {
			// +15551234567
			return st.emitPhone(b, r.start, r.ge[0], b[r.gs[0]+1:r.ge[0]], High)
		}
		k = 1
	}
	if r.n-k < 3 || r.glen(k) != 3 || r.glen(k+1) != 3 || r.glen(k+2) != 4 {
		if r.plus && r.glen(0) == 1 && r.n >= 2 && r.glen(1) == 10 {
			return st.emitPhone(b, r.start, r.ge[1], b[r.gs[1]:r.ge[1]], High)
		}
		return 0, false
	}
	s1, s2 := r.sep[k], r.sep[k+1]
	if !r.paren && s1 != s2 || r.paren && k == 0 && s2 != '-' && s2 != ' ' && s2 != '.' || s2 == '/' || s2 == ':' {
		return 0, false
	}
	if k+3 < r.n && r.sep[k+2] == s2 {
		return 0, false // more groups: not a phone
	}
	var d [10]byte
	n := copy(d[:], b[r.gs[k]:r.ge[k]])
	n += copy(d[n:], b[r.gs[k+1]:r.ge[k+1]])
	copy(d[n:], b[r.gs[k+2]:r.ge[k+2]])
	conf := Medium
	if r.plus || r.paren {
		conf = High
	} else if s1 == ' ' && k == 0 && !st.near(Phone, r.start, ctxWindow) && !st.near(Fax, r.start, ctxWindow) {
		return 0, false // "200 588 8133" in an access log is three numbers
	}
	return st.emitPhone(b, r.start, r.ge[k+2], d[:], conf)
}

// areaCodePhone returns the end of a number written with a two-digit area
// code in parentheses at b[i], as Brazil writes them: "(11) 97167-8021",
// "(21)3456-7890": four or five digits, a dash, four digits. Or 0.
func areaCodePhone(b []byte, i, to int) int {
	if i+12 > to || !isDigit(b[i+1]) || !isDigit(b[i+2]) || b[i+3] != ')' || b[i+1] == '0' {
		return 0
	}
	k := i + 4
	if b[k] == ' ' {
		k++
	}
	s := k
	for k < to && isDigit(b[k]) {
		k++
	}
	if n := k - s; n != 4 && n != 5 || k+5 > to || b[k] != '-' {
		return 0
	}
	for g := k + 1; g < k+5; g++ {
		if !isDigit(b[g]) {
			return 0
		}
	}
	if e := k + 5; e == to || !isAlnum(b[e]) && b[e] != '-' {
		return e
	}
	return 0
}

// intlPhone matches a number outside the NANP as E.164 writes it: "+", a
// country code of one to three digits, then groups joined by one kind of
// separator, eight to fifteen digits in all ("+44 20 7946 0958", "+91
// 98765 43210"). A '+' before digits in groups is hardly anything else;
// timezone offsets ("+05:30", "+0000") have colons or one group.
func (st *state) intlPhone(b []byte, r *numRun, to int) (int, bool) {
	if r.n == 1 && r.glen(0) >= 10 && r.glen(0) <= 15 && b[r.gs[0]] != '0' {
		// "+447700900123": E.164 without separators, as SMS gateways log it.
	} else if r.n < 2 || r.glen(0) > 3 || b[r.gs[0]] == '0' || !r.sameSep(r.n, " -.") && !(r.sep[0] == ' ' && r.n >= 3 && r.sameSepFrom(1, r.n, " -.")) {
		return 0, false // ("+81 90-9545-7571": a space after the country code, hyphens after)
	}
	digits := 0
	for g := 0; g < r.n; g++ {
		digits += r.glen(g)
	}
	if digits < 8 || digits > 15 || r.end < to && isAlnum(b[r.end]) {
		return 0, false
	}
	if s := r.start - 1; s >= 0 && b[s] == '+' && exampleBefore(b, s) {
		return r.end, true
	}
	st.emitPhoneAt(r.start, r.end, High)
	return r.end, true
}

// exampleBefore reports whether an example's mark comes just before b[s]:
// a form's hint, "Enter a valid phone number (e.g. +12125552368)".
func exampleBefore(b []byte, s int) bool {
	w := b[max(0, s-6):s]
	return indexFold(w, "e.g.") >= 0 || indexFold(w, "eg.") >= 0 || indexFold(w, "ex:") >= 0
}

func (st *state) emitPhone(b []byte, s, e int, d []byte, conf Confidence) (int, bool) {
	if !validNANP(d) {
		return 0, false
	}
	if st.near(Phone, s, ctxWindow) || st.near(Fax, s, ctxWindow) {
		conf = High
	}
	if orgLineBefore(b, s) || staffMailAfter(b, e) || exampleBefore(b, s) {
		return e, true // "switchboard +1 617 555 0100", "Support line (617) 555-0100": the organisation's
	}
	st.emitPhoneAt(s, e, conf)
	return e, true
}

// staffMailAfter reports whether a mail address at a care organisation
// follows a telephone number or a name ending at b[e], with nothing but a
// separator between: a signature's "Director of Annual Giving,
// 918-494-6212, pstrand@mercyridgehealth.org", a header's "Raj Patel"
// <raj.patel@lakeshoremercy.org> (see careOrgDomain).
func staffMailAfter(b []byte, e int) bool {
	to := min(len(b), e+64)
	at := e + bytes.IndexByte(b[e:to], '@')
	if at < e {
		return false
	}
	s, me, ok := emailAround(b, at, e, len(b))
	if !ok {
		return false
	}
	for _, c := range b[e:s] {
		if c != ' ' && c != ',' && c != '|' && c != ';' && c != '/' && c != '(' && c != '<' && c != '"' {
			return false // anything else between: words, a field's end and the next key
		}
	}
	return careOrgDomain(b[at+1 : me])
}

// orgLineBefore reports whether the words just before a phone number at
// b[s] name an organisation's line: its switchboard, main or support
// line, hotline, front or help desk.
func orgLineBefore(b []byte, s int) bool {
	from := max(0, s-24)
	w := b[from:s]
	return indexFold(w, "switchboard") >= 0 || indexFold(w, "support line") >= 0 || indexFold(w, "main line") >= 0 ||
		indexFold(w, "main number") >= 0 || indexFold(w, "hotline") >= 0 || indexFold(w, "front desk") >= 0 ||
		indexFold(w, "help desk") >= 0 || indexFold(w, "helpdesk") >= 0 || outreachBefore(b, s) || orgPhoneWordBefore(b, s)
}

// orgPhoneWordBefore reports whether "fax", "phone" or "tel" just before
// b[s] follows an organisation's name: "Harbor Family Medicine fax
// 617-555-0100", "Quest Diagnostics Inc., phone:".
func orgPhoneWordBefore(b []byte, s int) bool {
	k := s
	for k > 0 && (b[k-1] == ' ' || b[k-1] == ':' || b[k-1] == '#') {
		k--
	}
	ws := k
	for ws > 0 && isLetter(b[ws-1]) {
		ws--
	}
	var buf [12]byte
	switch string(lowerWord(buf[:], b[ws:k])) {
	case "fax", "phone", "tel", "ph", "telephone":
		return orgNameBefore(b, ws)
	}
	return false
}

// outreachBefore reports whether an organisation invites its reader to
// reach it just before b[s]: "Questions? Call us at", "please call our
// Patient Relations team at", "Call 312-926-4000 or visit": the number
// and the address that follow are its own.
func outreachBefore(b []byte, s int) bool {
	w := b[max(0, s-40):s]
	for _, p := range [...]string{"call us", "contact us", "reach us", "text us", "call our ", "contact our ", "visit us", "visit our "} {
		if indexFold(w, p) >= 0 {
			return true
		}
	}
	if t := w[max(0, len(w)-24):]; bytes.HasSuffix(t, []byte(" at ")) && indexFold(t, " our ") >= 0 {
		return true // "... or our clinic at (614) 722-4400": the writer's own place
	}
	// An imperative that opens a sentence: "Call (844) 926-7325 or visit ...".
	for _, verb := range [...]string{"Call ", "Visit "} {
		k := s - len(verb)
		if k >= 0 && string(b[k:s]) == verb && (k == 0 || b[k-1] == '"' || b[k-1] == ' ' && k >= 2 && strings.IndexByte(".?!:", b[k-2]) >= 0) {
			return true
		}
	}
	return false
}

// emitPhoneAt reports a phone number, or a fax number if a fax keyword is
// the nearer context.
func (st *state) emitPhoneAt(s, e int, conf Confidence) {
	if st.phoneCategory(s) == Fax {
		st.emit(s, e, Fax, "fax", conf, false)
	} else {
		st.emit(s, e, Phone, "phone", conf, false)
	}
}

// timestamp handles the commonest number in logs, a date and time written
// year first ("2026-11-14T06:44:23.064Z", "2026/05/27 14:15:22"), without
// the general run parser. It returns the end of the timestamp, or 0 if b[i]
// starts none.
func (st *state) timestamp(b []byte, i, to int) int {
	if i+16 > to {
		return 0
	}
	t := b[i : i+16]
	sep := t[4]
	if sep != '-' && sep != '/' || t[7] != sep || t[10] != 'T' && t[10] != ' ' || t[13] != ':' ||
		!isDigit(t[0]) || !isDigit(t[1]) || !isDigit(t[2]) || !isDigit(t[3]) || !isDigit(t[5]) || !isDigit(t[6]) ||
		!isDigit(t[8]) || !isDigit(t[9]) || !isDigit(t[11]) || !isDigit(t[12]) || !isDigit(t[14]) || !isDigit(t[15]) {
		return 0
	}
	y := int(t[0]-'0')*1000 + int(t[1]-'0')*100 + int(t[2]-'0')*10 + int(t[3]-'0')
	m := int(t[5]-'0')*10 + int(t[6]-'0')
	d := int(t[8]-'0')*10 + int(t[9]-'0')
	if !validDate(y, m, d) {
		return 0
	}
	st.date(b, i, i+10, y, m, d, true)
	return timeSuffix(b, i+10, to)
}

// dateGroups reads a year, month and day from the first three groups:
// YYYY-MM-DD, MM/DD/YYYY, DD.MM.YYYY, MM/DD/YY.
func dateGroups(b []byte, r *numRun) (y, m, d int, ok bool) {
	g := func(k int) int { return atoi(b[r.gs[k]:r.ge[k]]) }
	switch {
	case r.glen(0) == 4 && r.glen(1) <= 2 && r.glen(2) <= 2:
		y, m, d = g(0), g(1), g(2)
	case r.glen(0) <= 2 && r.glen(1) <= 2 && (r.glen(2) == 4 || r.glen(2) == 2 && (r.sep[0] == '/' || r.sep[0] == ' ')):
		a, bb := g(0), g(1)
		y = g(2)
		if r.glen(2) == 2 {
			y += 1900
			if y-1900 < thisYear-1999 {
				y += 100 // "3/4/24" is 2024
			}
		}
		m, d = a, bb
		if a > 12 || r.sep[0] == '.' && bb <= 12 {
			m, d = bb, a
		}
	default:
		return 0, 0, 0, false
	}
	if r.n > 3 && r.sep[2] == r.sep[0] {
		return 0, 0, 0, false // "1-2-3-4"
	}
	return y, m, d, validDate(y, m, d)
}

// thisYear bounds plausible dates; read once, as scanning must not call the clock.
var thisYear = time.Now().Year()

func validDate(y, m, d int) bool {
	return y >= 1880 && y <= thisYear+1 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// date reports a date at b[s:e] when the text ties it to a person. A date
// followed by a time is a timestamp and needs strong context.
func (st *state) date(b []byte, s, e, y, m, d int, timestamp bool) {
	switch {
	case st.near(Date, s, ctxWindow):
		st.emit(s, clockSuffix(b, e, len(b)), Date, "date", High, false)
	case !timestamp && sameClause(st.lastName, s):
		// "for Sipho Bergqvist on 09/08/2025", "Pt Abernathy, Hiroshi / male / 2 Jul 1951":
		// a date in the same clause as a person's name is that person's.
		st.emit(s, clockSuffix(b, e, len(b)), Date, "date", Medium, false)
	case s >= 4 && (string(b[s-4:s]) == " on " || string(b[s-4:s]) == " el ") && (sameClause(st.lastRecord, s) || sameClause(st.lastName, s)):
		// "for patient 31994477 on 2024-03-31 16:30", "scheduled for
		// Nowak, Władysław [RB0067521] on 03/15/2024 13:30", "para
		// paciente 1210814 (Jordi Puig Soler) el 26/11/2024": the day of
		// what the clause says was done for the patient its record number
		// or name names (the day alone: its hour is no date).
		st.emit(s, e, Date, "date", Medium, false)
	case y >= 1900 && y < oldYear && d <= daysIn(y, m) && !epochDate(y, m, d) && yearWritten(b[s:e], y) && !builtBefore(b, s):
		// "invalid input syntax for type date: \"05/23/1953\"": no log was
		// written in 1953; a date that old is a birth date, or a record's.
		st.emit(s, clockSuffix(b, e, len(b)), Date, "date", Medium, false)
	case !timestamp && (eventDayBefore(b, s) || proseDate(b, s) && !clockNext(b, e) && careWordBefore(b, s)):
		// "seen on 11/24/2023", "absent from 11/02/2023 to 11/10/2023",
		// "no ladders until 05/18/2025": the day of an event, the
		// person's when the record names one (see dropUnclaimed).
		st.undated = true
		st.emit(s, e, Date, "event_date", Low, false)
	case !timestamp && s >= 2 && st.lastDate == s-2 && b[s-2] == ',' && b[s-1] == ' ':
		// "visits: 12/26/2023, 01/19/2024, 02/14/2024": the days listed
		// after one the text ties to someone are theirs too.
		st.undated = true
		st.emit(s, clockSuffix(b, e, len(b)), Date, "event_date", Low, false)
	default:
		// Without a keyword, a date is not tied to a person: a log
		// timestamp, a build or report date; unless a row's fields say so.
		st.undated = st.undated || !timestamp
	}
}

// sameClause reports whether a date at s follows, within 48 bytes, a
// person's name or record number that ends at mark (-1 or less: none).
func sameClause(mark, s int) bool {
	return mark >= 0 && s-mark >= 0 && s-mark <= 48
}

// comparedBefore reports whether a comparison's operator stands before the
// number at b[s]: "age 98 (>= 90)", "age>90" is a threshold, no one's age.
func comparedBefore(b []byte, s int) bool {
	k := s - 1
	if k >= 0 && b[k] == ' ' {
		k--
	}
	if k > 0 && b[k] == '=' && (b[k-1] == '>' || b[k-1] == '<') {
		k--
	} else if k < 0 || b[k] != '>' && b[k] != '<' {
		return false
	}
	return k == 0 || !isAlnum(b[k-1]) // not a tag's or a mention's end: "<@U0TS3SG3YVU> 101-year-old"
}

// weekdayJust returns the start of a weekday's name that stands right
// before the day at b[s] ("Sat 6/15", "Tue, 7/9"), or s.
func weekdayJust(b []byte, s int) int {
	k := s - 1
	if k > 0 && b[k] == ' ' {
		k--
	}
	if k > 0 && b[k] == ',' {
		k--
	}
	e := k + 1
	for k >= 0 && isLetter(b[k]) && e-k <= 9 {
		k--
	}
	if weekday(b[k+1 : e]) {
		return k + 1
	}
	return s
}

// cjkDate reads a date written with the characters for year, month and
// day at b[i] ("2024年4月3日", as Chinese and Japanese write dates; Korean
// writes "2024년 3월 5일"), and returns its end, or 0. An old date is a
// birth date; a recent one is an event's, a person's when the record names one.
func (st *state) cjkDate(b []byte, i, to int) int {
	k, y := i, 0
	var parts [3]int
	for p, unit := range [...][2]string{{"年", "년"}, {"月", "월"}, {"日", "일"}} {
		if p > 0 && k < to && b[k] == ' ' && (string(b[k-3:k]) == "년" || string(b[k-3:k]) == "월") {
			k++ // "1933년 4월 9일": Korean parts its units with spaces
		}
		s := k
		for k < to && isDigit(b[k]) && k-s < 4 {
			k++
		}
		if k == s || k+3 > to || string(b[k:k+3]) != unit[0] && string(b[k:k+3]) != unit[1] {
			return 0
		}
		parts[p] = atoi(b[s:k])
		k += 3
	}
	y = parts[0]
	start := i
	if era, base := japaneseEra(b, i); era > 0 && y >= 1 && y <= 64 {
		y, start = base+y-1, era // "昭和55年7月6日": the 55th year of Shōwa, 1980
	} else if y < 1000 {
		return 0
	}
	if !validDate(y, parts[1], parts[2]) {
		return 0
	}
	if y >= 1900 && y < oldYear {
		st.emit(start, k, Date, "date", Medium, false)
	} else {
		st.undated = true
		st.emit(start, k, Date, "event_date", Low, false)
	}
	return k
}

// japaneseEra returns where the name of a Japanese era that stands right
// before b[i] starts ("令和6年") and the Gregorian year that is its
// first, or 0, 0.
func japaneseEra(b []byte, i int) (int, int) {
	if i < 6 {
		return 0, 0
	}
	switch string(b[i-6 : i]) {
	case "令和":
		return i - 6, 2019
	case "平成":
		return i - 6, 1989
	case "昭和":
		return i - 6, 1926
	case "大正":
		return i - 6, 1912
	}
	return 0, 0
}

// eventDayBefore reports whether the word before b[s] introduces the day
// of an event: "on", "from", "to", "until", "since", "eff".
func eventDayBefore(b []byte, s int) bool {
	var buf [16]byte
	w, _ := wordBefore(buf[:], b, 0, s, " ", 2)
	return len(w) >= 2 && len(w) <= 9 && eventDayWords[string(w)]
}

// yearlessEventBefore reports whether the word before a day written
// without its year at b[s] makes it an event's: "since", "due", "until";
// "on" and "of" only after a word of care in the clause ("died on 25th
// of August", "the visit on the 10th"), as a build's or a job's day is no
// one's ("build for Linux on Mar 18").
func yearlessEventBefore(b []byte, s int) bool {
	var buf [16]byte
	w, ws := wordBefore(buf[:], b, 0, s, " ", 2)
	switch string(w) {
	case "since", "due", "until", "till", "thru", "through", "from", "between", "started", "received", "dated":
		return true
	case "on", "of", "was", "for":
		return careWordBefore(b, ws)
	case "to", "and":
		// The end of a range whose start is a day too: "resched appt from 9/12 to 9/19".
		k := ws - 1
		for k > 0 && isDigit(b[k-1]) && ws-k < 3 {
			k--
		}
		return k < ws-1 && k >= 3 && b[k-1] == '/' && isDigit(b[k-2]) && yearlessEventBefore(b, dayStart(b, k-1))
	}
	return false
}

// dayOnInProse reports whether the month and day at b[s:e] end a
// sentence's "on": "went missing after transfer from ICU on 03/11.",
// "a cake on 10/13 - pt turns 100", "your draw on 5/16 at 8:00". What
// follows is the sentence's end or a word of time or place, not a noun a
// fraction counts ("failed on 2/3 nodes").
func dayOnInProse(b []byte, s, e, to int) bool {
	if s < 5 || b[s-1] != ' ' || !equalFold(b[s-3:s-1], "on") || b[s-4] != ' ' || !isAlnum(b[s-5]) && b[s-5] != ')' {
		return false
	}
	if e == to {
		return true
	}
	switch b[e] {
	case '.', ',', ';', '?', '!', ')', '"':
		return e+1 == to || !isDigit(b[e+1])
	case ' ':
	default:
		return false
	}
	if e+1 < to && isDigit(b[e+1]) {
		return true // "on 04/02 9:45 AM", "0500 on 03/12"
	}
	var buf [8]byte
	w := lowerWord(buf[:], nextWord(b, e+1, to))
	return len(w) > 0 && dayOnFollowers[string(w)] || e+2 < to && b[e+1] == '-' && b[e+2] == ' '
}

var dayOnFollowers = words("at", "about", "around", "from", "to", "and", "for", "in", "with", "after", "before", "when", "c", "between", "by", "until", "via")

// clockAfter reports whether an hour follows a day at b[e]: " 08:15",
// " at 9:30", " a las 09:00", " à 14h", " um 10:00", " @ 10:00".
func clockAfter(b []byte, e, to int) bool {
	if e >= to || b[e] != ' ' {
		return false
	}
	k := e + 1
	for _, w := range [...]string{"at ", "a las ", "à ", "um ", "@ "} {
		if hasPrefixFold(b[k:min(to, k+len(w))], w) && k+len(w) <= to {
			k += len(w)
			break
		}
	}
	return k+2 < to && isDigit(b[k]) && (b[k+1] == ':' || b[k+1] == 'h' || isDigit(b[k+1]) && (b[k+2] == ':' || b[k+2] == 'h'))
}

// dayStart returns where the day or month that ends at b[e] ('/') starts.
func dayStart(b []byte, e int) int {
	k := e
	for k > 0 && isDigit(b[k-1]) && e-k < 2 {
		k--
	}
	return k
}

// careWordBefore reports whether a word of a person's care or life is in
// the clause that ends at b[e] (see wordsBefore).
func careWordBefore(b []byte, e int) bool { return wordsBefore(b, e, &careWords, true) }

// visitWordBefore reports whether a word for a visit or its reminder is
// among the 48 bytes before b[e], across a name's comma and initial:
// "reminder for Hill, Rose on".
func visitWordBefore(b []byte, e int) bool { return wordsBefore(b, e, &visitWords, false) }

// wordsBefore reports whether one of l's words is among the 48 bytes that
// end at b[e] and, with clause, after the last quote, comma or bar (a
// field of its own) or the end of a sentence. The words are read one by
// one, each looked up by its first letter: this runs for every date.
func wordsBefore(b []byte, e int, l *wordList, clause bool) bool {
	s := max(0, e-48)
	for k := e - 1; clause && k > s; k-- {
		if b[k] == '.' && k+1 < e && b[k+1] == ' ' && !titleBefore(b, k+1) || b[k] == ';' || b[k] == '\n' || b[k] == '"' ||
			b[k] == ',' && !credentialAfter(b, k, e) || b[k] == '|' {
			s = k
			break
		}
	}
	for s > 0 && s < e && isLetter(b[s-1]) {
		s++ // not a word's tail: "ct" of "Oct" where the window cut it
	}
	for k := s; k < e; {
		if !isLetter(b[k]) {
			k++
			continue
		}
		ws := k
		for k < e && (isLetter(b[k]) || b[k] == '-' || b[k] == '/') {
			k++
		}
		if l.has(b[ws:k]) {
			return true
		}
	}
	return false
}

// appointmentAfter reports whether an appointment's word is one of the two
// words after b[e]: "5/16 clinic visit", "3/12 appointment".
func appointmentAfter(b []byte, e, to int) bool {
	for n := 0; n < 2 && e+2 < to && b[e] == ' ' && isLetter(b[e+1]); n++ {
		ws := e + 1
		for e = ws; e < to && (isLetter(b[e]) || b[e] == '-'); e++ {
		}
		if appointmentWords.has(b[ws:e]) {
			return true
		}
	}
	return false
}

// A wordList is a short list of lower-case words, whole or, ending in
// '*', as a word's start, with a mask of their first letters.
type wordList struct {
	words []string
	first uint32
}

func newWordList(ws ...string) wordList {
	l := wordList{words: ws}
	for _, w := range ws {
		l.first |= 1 << (w[0] - 'a')
	}
	return l
}

// has reports whether w is one of l's words, case aside.
func (l *wordList) has(w []byte) bool {
	if len(w) < 2 || !isLetter(w[0]) || l.first&(1<<(lower(w[0])-'a')) == 0 {
		return false
	}
	for _, c := range l.words {
		if c[0] != lower(w[0]) {
			continue
		}
		if c[len(c)-1] == '*' {
			if hasPrefixFold(w, c[:len(c)-1]) {
				return true
			}
		} else if equalFold(w, c) {
			return true
		}
	}
	return false
}

// proseDate reports whether the date at b[s] stands in text, not as a
// quoted or keyed value ("BETWEEN '2025-08-22' AND ...", "?from=2025-03-01"),
// which the keys' and the queries' rules judge.
func proseDate(b []byte, s int) bool {
	return s == 0 || b[s-1] != '\'' && b[s-1] != '"' && b[s-1] != '=' && b[s-1] != ':' && b[s-1] != '[' &&
		!(b[s-1] == '-' && s >= 2 && isUpper(b[s-2])) // "SCN-20240603-VAN02": an identifier's day
}

// clockNext reports whether a time follows the date that ends at b[e]
// ("05/Mar/2024:10:00:00", "2024-03-05T10:00"): a log's timestamp.
func clockNext(b []byte, e int) bool {
	return e+1 < len(b) && (b[e] == ':' || b[e] == 'T') && isDigit(b[e+1])
}

// careWords are words of a person's care or life.
var careWords = newWordList("visit*", "appointment", "appt", "died", "passed", "admitted", "discharged", "seen", "surgery",
	"procedure", "dose", "infusion", "biopsy", "scan", "radiograph*", "x-ray", "exam", "follow-up", "followup", "birthday",
	"turned", "turning", "born", "found", "fell", "injur*", "accident", "delivered", "pet/ct", "mri", "ct", "transfus*",
	"saw", "doctor", "comparison", "occurred", "colonoscopy", "endoscopy", "mammogram", "prep",
	"vaccin*", "immuniz*", "symptom*", "onset", "implanted", "explanted", "draw", "drawn", "screening*")

// visitWords are words for a visit or its reminder.
var visitWords = newWordList(append([]string{"reminder*"}, appointmentStems...)...)

// foreignVisitWords are words for a visit in the languages foreignMonths
// knows: "su cita es el 21 de marzo", "votre rendez-vous le 3 avril".
var foreignVisitWords = newWordList("cita*", "consulta*", "turno*", "visita*", "rendez-vous", "rdv", "randevou", "termin")

// appointmentWords are visitWords but a reminder, which may be of anything.
var appointmentWords = newWordList(appointmentStems...)

var appointmentStems = []string{"appointment*", "appt*", "visit*", "follow-up"}

var eventDayWords = words("on", "from", "to", "until", "till", "til", "thru", "through", "since", "eff", "effective", "scheduled", "between",
	"due", "of", "dated", "started", "received", "before", "after",
	"al", "del", "desde", "hasta", "au", "du", "bis", "vom") // "del 01/02/2019 al 01/04/2019", "du ... au ...", "vom ... bis ..."

// oldYear is the first year whose dates may be a log's own: before it, a
// date is data.
const oldYear = 1990

// epochDate reports whether y-m-d is a system's zero date rather than
// anyone's: Unix (and a day either side), DOS, Excel, SAS, Mac.
func epochDate(y, m, d int) bool {
	switch y*10000 + m*100 + d {
	case 19700101, 19700102, 19800101, 19000101, 18991230, 18991231, 19600101, 19040101, 19691231:
		return true
	}
	return false
}

// daysIn returns the number of days in month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// builtBefore reports whether the word before b[s] (or before "on") says
// a date is a program's: "built on", "compiled", "released", "copyright".
func builtBefore(b []byte, s int) bool {
	var buf [12]byte
	w, ws := lowerWordBefore(buf[:], b, 0, max(s-1, 0))
	if string(w) == "on" && ws > 1 {
		w, _ = lowerWordBefore(buf[:], b, 0, ws-1)
	}
	switch string(w) {
	case "built", "compiled", "released", "copyright", "generated", "modified", "created", "updated", "version":
		return true
	}
	return false
}

// yearWritten reports whether v holds y in four digits, not two.
func yearWritten(v []byte, y int) bool {
	for i := 0; i+4 <= len(v); i++ {
		if isDigit(v[i]) && (i == 0 || !isDigit(v[i-1])) && (i+4 == len(v) || !isDigit(v[i+4])) && atoi(v[i:i+4]) == y {
			return true
		}
	}
	return false
}

// monthNames holds each month's full name after its three-letter
// abbreviation; "sept" is the one other spelling.
var monthNames = [12]string{"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december"}

// month returns the month a word names ("Feb", "february", "SEPT"), or 0.
// It runs on every capitalised word, so it decides by the first three
// letters before it compares a name.
func month(w []byte) int {
	if len(w) < 3 || len(w) > 9 {
		return 0
	}
	var m int
	switch uint32(lower(w[0]))<<16 | uint32(lower(w[1]))<<8 | uint32(lower(w[2])) {
	case 'j'<<16 | 'a'<<8 | 'n':
		m = 1
	case 'f'<<16 | 'e'<<8 | 'b':
		m = 2
	case 'm'<<16 | 'a'<<8 | 'r':
		m = 3
	case 'a'<<16 | 'p'<<8 | 'r':
		m = 4
	case 'm'<<16 | 'a'<<8 | 'y':
		m = 5
	case 'j'<<16 | 'u'<<8 | 'n':
		m = 6
	case 'j'<<16 | 'u'<<8 | 'l':
		m = 7
	case 'a'<<16 | 'u'<<8 | 'g':
		m = 8
	case 's'<<16 | 'e'<<8 | 'p':
		m = 9
	case 'o'<<16 | 'c'<<8 | 't':
		m = 10
	case 'n'<<16 | 'o'<<8 | 'v':
		m = 11
	case 'd'<<16 | 'e'<<8 | 'c':
		m = 12
	default:
		return 0
	}
	if len(w) == 3 || m == 9 && len(w) == 4 && lower(w[3]) == 't' {
		return m
	}
	if len(w) == len(monthNames[m-1]) && equalFold(w, monthNames[m-1]) {
		return m
	}
	return 0
}

// dayMonthYear matches "30-Jan-2011", "3 Feb 2001", "3 February, 2001" with
// the day at b[s:de].
func (st *state) dayMonthYear(b []byte, s, de, to int) (int, bool) {
	k := de + 1
	ms := k
	for k < to && isLetter(b[k]) {
		k++
	}
	m := month(b[ms:k])
	if m == 0 && b[de] == ' ' {
		if k, m = foreignMonth(b, ms, to); m == 0 {
			return 0, false
		}
		if d := atoi(b[s:de]); (k == to || b[k] == ' ' && k+1 < to && !isDigit(b[k+1])) && d >= 1 && d <= 31 && wordsBefore(b, s, &foreignVisitWords, true) {
			me := k
			if b[me-3] == ' ' && b[me-2] == 'd' && b[me-1] == 'e' {
				me -= 3 // foreignMonth spent the year's " de"
			}
			st.emit(s, me, Date, "date", Medium, false) // "su cita es el 21 de marzo a las 4:30": a visit's day, without its year
			return me, true
		}
	}
	if m == 0 || k >= to {
		return 0, false
	}
	if b[k] == '.' {
		k++
	}
	if k < to && b[k] == ',' {
		k++
	}
	if k >= to || (b[k] != '-' && b[k] != ' ' && b[k] != '/') {
		return 0, false
	}
	k++
	ys := k
	for k < to && isDigit(b[k]) {
		k++
	}
	y, d := atoi(b[ys:k]), atoi(bytes.TrimSuffix(b[s:de], []byte{'.'}))
	switch {
	case k-ys == 2 && b[de] == '-' && b[ys-1] == '-' && ys-de == 5 && allUpper(b[de+1:de+4]) && (k == to || !isAlnum(b[k])):
		// Oracle's DD-MON-YY: "26-JUN-53", "19-DEC-23", read as strptime
		// reads %y (69-99 the 1900s), with the pivot at 30 for births.
		if y < 30 {
			y += 2000
		} else {
			y += 1900
		}
	case k-ys != 4:
		return 0, false
	}
	if !validDate(y, m, d) {
		return 0, false
	}
	ts := k+3 < to && b[k] == ' ' && isDigit(b[k+1]) && isDigit(b[k+2]) && b[k+3] == ':'
	if !ts {
		s = weekdayBefore(b, s) // "Wed, 20 Jan 1988", as Ruby's awesome_print writes a Date
	}
	st.date(b, s, k, y, m, d, ts)
	return k, true
}

// date9 matches a day, a month's three letters and a year with nothing
// between them, as SAS (DATE9) and Stata (%td) print dates: "05AUG1981",
// "27jul1998". The day's digits are b[s:de].
func (st *state) date9(b []byte, s, de, to int) (int, bool) {
	m, y := month(b[de:de+3]), atoi(b[de+3:de+7])
	k := de + 7
	if m == 0 || !allDigits(b[de+3:k]) || k < to && isAlnum(b[k]) || !validDate(y, m, atoi(b[s:de])) {
		return 0, false
	}
	st.date(b, s, k, y, m, atoi(b[s:de]), false)
	return k, true
}

// foreignMonths are the months' names in Spanish, Portuguese, French and
// German, lower case, in the order of the year, several a month.
var foreignMonths = func() map[string]int {
	m := make(map[string]int)
	for i, names := range [12]string{
		"enero janeiro janvier januar jänner",
		"febrero fevereiro février fevrier februar",
		"marzo março marco mars märz",
		"abril avril",
		"mayo maio mai",
		"junio junho juin juni",
		"julio julho juillet juli",
		"agosto août aout",
		"septiembre setiembre setembro septembre",
		"octubre outubro octobre oktober",
		"noviembre novembro novembre",
		"diciembre dezembro décembre decembre dezember",
	} {
		for _, n := range strings.Fields(names) {
			m[n] = i + 1
		}
	}
	return m
}()

// foreignMonth reads a month named in another language at b[ms], after a
// day: "15 de marzo de 1958", "3 de março de 1961", "15 mars 1958". It
// returns the end of the month's word, before the year's separator, with
// " de" spent, and the month, or 0.
func foreignMonth(b []byte, ms, to int) (int, int) {
	k := ms
	if k+3 < to && (b[k] == 'd' || b[k] == 'D') && b[k+1] == 'e' && b[k+2] == ' ' {
		k += 3
		ms = k
	}
	for k < to && (isLetter(b[k]) || b[k] >= 0x80) && k-ms <= 12 {
		k++
	}
	var buf [12]byte
	w := lowerWord(buf[:], b[ms:k])
	m := foreignMonths[string(w)]
	if m == 0 {
		return 0, 0
	}
	if k+3 < to && b[k] == ' ' && b[k+1] == 'd' && b[k+2] == 'e' && b[k+3] == ' ' {
		k += 3 // "de 1958": the year's separator is the space after it
	}
	return k, m
}

// dayOfMonth matches "5th of March 1950": the day's digits at b[s:de], the
// month word at b[ms].
func (st *state) dayOfMonth(b []byte, s, de, ms, to int) (int, bool) {
	k := ms
	for k < to && isLetter(b[k]) {
		k++
	}
	m := month(b[ms:k])
	if m == 0 {
		return 0, false
	}
	if k < to && b[k] == ',' {
		k++
	}
	me := k
	if b[me-1] == ',' {
		me--
	}
	if k+5 > to || b[k] != ' ' || !isDigit(b[k+1]) {
		// No year: "died on 25th of August", an event's day.
		if d := atoi(b[s:de]); d >= 1 && d <= 31 && yearlessEventBefore(b, s) {
			st.emit(s, me, Date, "event_date", Low, false)
			return me, true
		}
		return 0, false
	}
	ys := k + 1
	k = ys
	for k < to && isDigit(b[k]) {
		k++
	}
	y, d := atoi(b[ys:k]), atoi(b[s:de])
	if k-ys != 4 || !validDate(y, m, d) || k < to && isAlnum(b[k]) {
		return 0, false
	}
	st.date(b, s, k, y, m, d, false)
	return k, true
}

// dateArgs reads the year, month and day that Python's repr of a date
// passes as arguments, "1948, 11, 2" at b[s], and reports the date.
func (st *state) dateArgs(b []byte, s, to int) (int, bool) {
	var v [3]int
	k := s
	for n := 0; n < 3; n++ {
		ds := k
		for k < to && isDigit(b[k]) && k-ds < 4 {
			k++
		}
		if k == ds {
			return 0, false
		}
		v[n] = atoi(b[ds:k])
		if n < 2 {
			if k+1 >= to || b[k] != ',' {
				return 0, false
			}
			k++
			if b[k] == ' ' {
				k++ // "1948, 11, 2"; Crystal's "Date(2024,03,04)" has none
			}
		}
	}
	if k >= to || b[k] != ')' && b[k] != ',' || !validDate(v[0], v[1], v[2]) {
		return 0, false
	}
	// The time's arguments belong to it: "datetime.datetime(2024, 2, 12, 12, 14)".
	for e := k; e+2 < to && b[e] == ',' && b[e+1] == ' ' && isDigit(b[e+2]); {
		e += 2
		for e < to && isDigit(b[e]) {
			e++
		}
		if e < to && b[e] == ')' {
			k = e
		}
	}
	st.date(b, s, k, v[0], v[1], v[2], false)
	return k, true
}

// yearless reports whether a day and month without a year at b[s] follow
// a word that dates an event of a person's care ("admitted 3/4",
// "discharged on Mar 6", "my birthday is 1/25"): all elements of a date
// but the year are PHI.
func (st *state) yearless(b []byte, s int) bool {
	var buf [12]byte
	day := s
	s = weekdayBefore(b, s) // "on Sun, Mar 24"
	withWeekday := s < day
	w, ws := wordBefore(buf[:], b, 0, s, " ", 4)
	if string(w) == "on" && ws > 1 && st.lastName == ws-1 && (st.near(Date, ws, 40) || visitWordBefore(b, ws)) {
		return true // "Appt for Gladys Esposito on November 20": the visit's keyword before the name
	}
	if string(w) == "on" && ws > 1 && visitWordBefore(b, ws) {
		// "reminder for Maria on Sun, Mar 24": a given name alone, between
		// "for" and the day, is the person the visit is for.
		if ns, ne, ok := givenNameFor(b, ws-1); ok {
			st.emit(ns, ne, Name, "name", Low, false)
			return true
		}
	}
	if withWeekday && (wordsBefore(b, s, &appointmentWords, false) || indexFold(b[max(0, s-48):s], "your") >= 0 || visitWordBefore(b, s) && st.lastName > s-96) {
		// "Appointment reminder: Mon, Apr 8", "Reminder: your infusion is
		// Tue 3/19 at 9:00 AM", "Hi Amadou, reminder: radiation treatment
		// Mon 11/11": someone's day, its weekday and date (not "Reminder:
		// all offices closed Mon 5/27").
		return true
	}
	if string(w) == "service" && ws >= 8 && hasSuffixFold(b[:ws], "date of ") {
		return true // "date of service 1/15"
	}
	if !st.near(Date, s, 16) {
		return false
	}
	if (string(w) == "u" || string(w) == "c") && ws >= 2 && b[ws-1] == '/' && (b[ws-2]|0x20 == 'f' && w[0] == 'u' || b[ws-2]|0x20 == 'd' && w[0] == 'c') {
		return true // "F/u 3/13", "d/c 4/24": followed up, discharged, as clinicians write it
	}
	on := false
	if string(w) == "el" && ws > 1 {
		w, ws = lowerWordBefore(buf[:], b, 0, ws-1) // "su examen es el 3/22", "su cita el 3/22"
	}
	if (string(w) == "on" || string(w) == "is" || string(w) == "es") && ws > 1 {
		on = string(w) == "on"
		w, ws = lowerWordBefore(buf[:], b, 0, ws-1)
		if on && string(w) == "is" && ws > 1 {
			w, ws = lowerWordBefore(buf[:], b, 0, ws-1) // "your appointment is on Tue 5/14"
		}
	}
	if string(w) == "visit" && ws > 1 {
		// "next visit 9/25", "your PT visit on Thu 3/21", "Reminder: visit
		// Mon 5/13"; "visit 12/12" alone counts a course of visits.
		w, _ = lowerWordBefore(buf[:], b, 0, ws-1)
		return on || withWeekday || string(w) == "next"
	}
	return yearlessWords[string(w)]
}

// givenNameFor returns the capitalised word that ends at b[e] after "for ",
// when it is a given name the census lists know.
func givenNameFor(b []byte, e int) (int, int, bool) {
	s := e
	for s > 0 && (isLetter(b[s-1]) || b[s-1] >= 0x80) {
		s--
	}
	if e-s < 3 || s < 4 || !isUpper(b[s]) || allUpper(b[s:e]) || !hasSuffixFold(b[:s], "for ") {
		return 0, 0, false
	}
	n, _ := lookupName(b[s:e])
	return s, e, n.First > 0
}

var yearlessWords = words("admitted", "discharged", "born", "died", "seen", "visited", "dob", "dos", "appt",
	"appointment", "surgery", "deceased", "expired", "transferred", "arrived", "admit", "discharge", "admission",
	"birthday", "bday", "recheck", "followup", "exam", "examen", "cita", "adm", "disch", "onset")

// monthDayYear matches "February 3, 2001", "Feb 3 2001" with the month
// word at b[s:me].
func (st *state) monthDayYear(b []byte, s, me, to int) (int, bool) {
	k := me
	if k < to && b[k] == '.' {
		k++
	}
	if k >= to || b[k] != ' ' {
		return 0, false
	}
	k++
	ds := k
	for k < to && isDigit(b[k]) {
		k++
	}
	if k-ds == 0 || k-ds > 2 {
		return 0, false
	}
	d := atoi(b[ds:k])
	for k < to && isLetter(b[k]) && k-ds < 5 { // "3rd"
		k++
	}
	dayEnd := k
	if k < to && b[k] == ',' {
		k++
	}
	if k+9 < to && b[k] == ' ' && isDigit(b[k+1]) && isDigit(b[k+2]) && b[k+3] == ':' {
		// Java's Date: "Tue Aug 08 13:47:00 UTC 2023", the time and zone
		// between the day and the year (or the time alone, as C's ctime).
		t := k + 1
		for t < to && (isDigit(b[t]) || b[t] == ':') {
			t++
		}
		if t+4 < to && b[t] == ' ' && isDigit(b[t+1]) {
			k = t // C's ctime: "Mon Feb 10 22:23:21 2025", the year after the time
		} else if t+4 < to && b[t] == ' ' && isUpper(b[t+1]) {
			t++
			for t < to && isUpper(b[t]) && t-k < 20 {
				t++
			}
			if t+2 < to && (b[t] == '+' || b[t] == '-') && isDigit(b[t+1]) {
				t++ // Apps Script's "GMT-07:00"
				for t < to && (isDigit(b[t]) || b[t] == ':') && t-k < 28 {
					t++
				}
			}
			k = t
		}
	}
	ys := k + 1
	if k < to && b[k] == ' ' {
		for k = ys; k < to && isDigit(b[k]); k++ {
		}
	} else if k > dayEnd && k < to && isDigit(b[k]) {
		ys = k // VistA's "JUN 16,1938": no space after the comma
		for k < to && isDigit(b[k]) {
			k++
		}
	}
	if k-ys != 4 || k < to && isAlnum(b[k]) {
		if d >= 1 && d <= 31 && (dayEnd == to || !isAlnum(b[dayEnd])) {
			if st.yearless(b, s) {
				st.emit(weekdayBefore(b, s), dayEnd, Date, "date", Medium, false) // "discharged on Mar 6"
				return dayEnd, true
			}
			if ws := weekdayBefore(b, s); yearlessEventBefore(b, ws) {
				// "since Mar 27", "next dose due Apr 12": an event's day, the
				// person's when the record names one (see dropUnclaimed).
				st.emit(ws, dayEnd, Date, "event_date", Low, false)
				return dayEnd, true
			}
		}
		return 0, false
	}
	y := atoi(b[ys:k])
	if !validDate(y, month(b[s:me]), d) {
		return 0, false
	}
	st.date(b, weekdayBefore(b, s), k, y, month(b[s:me]), d, false)
	return k, true
}

// weekdayBefore returns where "Tuesday, " or "Tue " starts when it ends just
// before b[s], or s: the weekday is part of the written date.
func weekdayBefore(b []byte, s int) int {
	var buf [9]byte
	if w, ws := wordBefore(buf[:], b, 0, s, " ,", 2); weekday(w) {
		return ws
	}
	return s
}

// hexColon matches, at b[i], an IPv6 address ("2601:75c8::b42") or a MAC
// address ("00:1A:2b:3C:4d:5E", "00-1A-2B-3C-4D-5E"). It returns the end of
// the match, or 0.
func (st *state) hexColon(b []byte, i, to int) int {
	if run := colonHexRun(b, i, to); run > 0 {
		return run
	}
	k := i
	for k < to && k-i < 5 && isHex(b[k]) {
		k++
	}
	if k >= to || k == i || (b[k] != ':' && b[k] != '-') {
		return 0
	}
	// MAC: six pairs.
	if k-i == 2 && i+17 <= to {
		sep := b[k]
		ok := true
		for g := 0; g < 6 && ok; g++ {
			p := i + g*3
			ok = isHex(b[p]) && isHex(b[p+1]) && (g == 5 || b[p+2] == sep)
		}
		if ok && (i+17 == to || !isAlnum(b[i+17]) && b[i+17] != sep) {
			if !(assetHostAfter(b, i+17, to) && bytes.Contains(b[max(0, i-64):i], []byte("DHCP"))) {
				st.emit(i, i+17, Device, "mac", Medium, false)
			}
			return i + 17
		}
	}
	if b[k] != ':' {
		return 0
	}
	e := k
	colons := 0
	for e < to && (isHex(b[e]) || b[e] == ':' || b[e] == '.') && e-i < 45 {
		if b[e] == ':' {
			colons++
		}
		e++
	}
	for e > i && (b[e-1] == ':' || b[e-1] == '.') && !(e-i >= 2 && b[e-2] == ':' && b[e-1] == ':') {
		e--
	}
	if colons < 2 || e < to && (isAlnum(b[e]) || b[e] == '_') {
		return 0
	}
	if colons < 6 && !bytes.Contains(b[i:e], doubleColon) {
		return e // "08:49:43": fewer than eight groups need a "::" to be an address
	}
	a, ok := ipAt(b[i:e])
	if !ok && colons >= 3 {
		// haproxy and ALB logs write "2601:646:4:9d:f5:e9:53e:c:62538": an
		// address and a port, without brackets. The port is certain after
		// eight groups, or when it has five digits.
		if p := bytes.LastIndexByte(b[i:e], ':'); p > 0 && allDigits(b[i+p+1:e]) && e-(i+p+1) <= 5 &&
			(colons == 8 && !bytes.Contains(b[i:i+p], []byte("::")) || e-(i+p+1) == 5) {
			if a2, ok2 := ipAt(b[i : i+p]); ok2 && a2.Is6() {
				a, ok, e = a2, true, i+p
			}
		}
	}
	if !ok || !a.Is6() {
		// Not an address ("1::0::2", "10:30:45"): skip the run whole, or
		// a tail of it ("0::2") would read as one.
		return e
	}
	if colons == 7 && e-i == 23 && twoHexGroups(b[i:e]) {
		return e // "serial 36:0f:1e:7e:26:57:c6:50": a certificate's serial, each byte in two digits
	}
	if !hasDigit(b[i:e]) || colons == 2 && e-i < 8 {
		// "A::BB", "D::B", "Foo::bar": scope operators in C++ and Rust, and
		// ten letters fill the rest of what is no real address.
		return e
	}
	if st.s.c.nonPublicIPs || personalIP(a) {
		st.emit(i, e, IP, "ipv6", High, false)
	}
	return e
}

var doubleColon = []byte("::")

// udi matches a GS1 Unique Device Identifier at b[i]: "(01)" and a GTIN-14
// with its check digit, then more application identifiers such as
// "(17)250101(10)LOT42(21)SN123".
func (st *state) udi(b []byte, i, to int) int {
	if i+18 > to || string(b[i:i+4]) != "(01)" {
		return 0
	}
	for k := i + 4; k < i+18; k++ {
		if !isDigit(b[k]) {
			return 0
		}
	}
	e, ais := i+18, 0
	for e+4 <= to && b[e] == '(' && isDigit(b[e+1]) && isDigit(b[e+2]) && b[e+3] == ')' {
		e += 4
		ais++
		for e < to && (isAlnum(b[e]) || b[e] == '-') {
			e++
		}
	}
	conf := High
	if !validGS1(b[i+4 : i+18]) {
		if ais == 0 {
			return 0
		}
		conf = Medium // the element string's shape vouches for it where the GTIN's check digit does not
	}
	st.emit(i, e, Device, "udi", conf, false)
	return e
}

// bareUDI matches a GS1 element string without its parentheses at b[i],
// as barcode scanners pass it on: "01" and a GTIN-14 with its check digit,
// then an expiry or production date ("17"/"11" and six digits) and the lot
// or serial, the variable fields ended by the group separator (raw,
// "\x1d", "\u001d", "␝", "^]" or "<GS>"): "0100884527766003172508141 0B36547<GS>21RM50-058O60KQ".
// It returns the end, or 0.
func bareUDI(b []byte, i, to int) int {
	if i+24 > to || b[i] != '0' || b[i+1] != '1' || !allDigits(b[i+2:i+16]) || !validGS1(b[i+2:i+16]) ||
		!(b[i+16] == '1' && (b[i+17] == '7' || b[i+17] == '1')) || !allDigits(b[i+18:i+24]) {
		return 0
	}
	e := i + 24
	for e < to && e-i < 96 {
		switch {
		case isAlnum(b[e]) || b[e] == '-':
			e++
		case b[e] == 0x1d:
			e++
		case b[e] == '\\' && e+3 < to && b[e+1] == 'x' && b[e+2] == '1' && (b[e+3] == 'd' || b[e+3] == 'D'):
			e += 4
		case b[e] == '<' && e+3 < to && string(b[e+1:e+4]) == "GS>":
			e += 4
		case b[e] == '^' && e+1 < to && b[e+1] == ']':
			e += 2 // in caret notation
		case b[e] == 0xe2 && e+2 < to && b[e+1] == 0x90 && b[e+2] == 0x9d:
			e += 3 // "␝", the separator's picture, as some scanners' software shows it
		case b[e] == '\\' && e+5 < to && b[e+1] == 'u' && equalFold(b[e+2:e+6], "001d"):
			e += 6
		default:
			return e
		}
	}
	return e
}

// timeSuffix extends a date ending at b[e] over a time that follows it:
// "T00:00:00Z", " 00:00:00", " 5:24 AM", "T03:22:43.000+02:00".
func timeSuffix(b []byte, e, to int) int {
	k := e
	if k+3 >= to || (b[k] != 'T' && b[k] != ' ') || !isDigit(b[k+1]) {
		return e
	}
	k++
	ds := k
	for k < to && (isDigit(b[k]) || b[k] == ':' || b[k] == '.') {
		k++
	}
	if k-ds < 4 || bytesIndex(b[ds:k], ':') < 0 {
		return e
	}
	switch {
	case k < to && (b[k] == 'Z' || b[k] == 'z'):
		k++
	case k+5 < to && (b[k] == '+' || b[k] == '-') && isDigit(b[k+1]) && isDigit(b[k+2]):
		k += 3
		for k < to && (isDigit(b[k]) || b[k] == ':') {
			k++
		}
	case k+2 < to && b[k] == ' ' && (b[k+1] == 'A' || b[k+1] == 'P' || b[k+1] == 'a' || b[k+1] == 'p') && (b[k+2] == 'M' || b[k+2] == 'm'):
		k += 3
	case k+5 < to && b[k] == ' ' && (b[k+1] == '+' || b[k+1] == '-') && isDigit(b[k+2]) && isDigit(b[k+3]) && isDigit(b[k+4]) && isDigit(b[k+5]):
		// Go's and Swift's "1930-11-16 00:00:00 +0000", then Go's zone: "+0000 UTC".
		k += 6
		if z := k + 1; k+3 < to && b[k] == ' ' && isUpper(b[z]) && isUpper(b[z+1]) && isUpper(b[z+2]) {
			z += 3
			if z < to && isUpper(b[z]) {
				z++
			}
			if z == to || !isAlnum(b[z]) {
				k = z
			}
		}
	}
	return k
}

// clockSuffix is timeSuffix for a date tied to a person, which also takes
// in a time on the 24-hour clock without a colon, as hospital systems
// write them: "adm 03/02/2024 1136".
func clockSuffix(b []byte, e, to int) int {
	if k := timeSuffix(b, e, to); k > e {
		return k
	}
	if e+5 <= to && b[e] == ' ' && isDigit(b[e+1]) && isDigit(b[e+2]) && isDigit(b[e+3]) && isDigit(b[e+4]) &&
		(e+5 == to || !isAlnum(b[e+5]) && b[e+5] != '.' && b[e+5] != ':') &&
		atoi(b[e+1:e+3]) <= 23 && atoi(b[e+3:e+5]) <= 59 {
		return e + 5
	}
	return e
}

func bytesIndex(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// idRunEnd returns the end of an identifier written with dashes or dots
// between letters and digits, starting at b[s]: "MR-971255", "A-573-285-498",
// "DO.980323". It does not go past a trailing separator.
func idRunEnd(b []byte, s, to int) int {
	k := s
	for k < to {
		if isAlnum(b[k]) {
			k++
			continue
		}
		if (b[k] == '-' || b[k] == '.') && k+1 < to && isAlnum(b[k+1]) && k > s {
			k++
			continue
		}
		break
	}
	return k
}

// sdEnterprise returns the end of a syslog structured data element's
// enterprise number at b[i], after its name and '@' in the element's
// bracket ("[pump@32473 sn=...]", RFC 5424's SD-ID), or 0: a vendor's
// number, whatever the name says.
func sdEnterprise(b []byte, i, to int) int {
	s := i - 1
	for s > 0 && (isAlnum(b[s-1]) || b[s-1] == '_' || b[s-1] == '-' || b[s-1] == '.') {
		s--
	}
	if s == i-1 || s == 0 || b[s-1] != '[' {
		return 0
	}
	e := i
	for e < to && (isDigit(b[e]) || b[e] == '.') {
		e++
	}
	if e == i || e < to && b[e] != ' ' && b[e] != ']' {
		return 0
	}
	return e
}

// epochLike reports whether digits look like a Unix time in seconds,
// milliseconds or nanoseconds of the last decades.
func epochLike(d []byte) bool {
	n := len(d)
	return (n == 10 || n == 13 || n == 16 || n == 19) && d[0] == '1' && d[1] >= '4' && d[1] <= '9'
}

// uuidOrHash reports whether v is a UUID or a long hexadecimal string:
// system-made surrogate keys, not identifiers of a person.
func uuidOrHash(v []byte) bool {
	if len(v) == 36 && v[8] == '-' && v[13] == '-' && v[18] == '-' && v[23] == '-' {
		return true
	}
	if len(v) == 18 && salesforceID(v) {
		return true // "0035g0000C0DO9sAAB": a CRM's record, by its checksum
	}
	if len(v) < 16 {
		return false
	}
	letters := 0
	for _, c := range v {
		if !isHex(c) {
			return false
		}
		if isLetter(c) {
			letters++
		}
	}
	// "DE89370400440532013000" is hexadecimal too: an IBAN whose country
	// code is made of the letters A-F.
	return letters > 0 && !(isUpper(v[0]) && isUpper(v[1]) && validIBAN(v))
}

// salesforceID reports whether v is a Salesforce record ID of 18
// characters: 15 of the record, then three that spell, five characters
// each, which of them are capitals.
func salesforceID(v []byte) bool {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"
	for _, c := range v {
		if !isAlnum(c) {
			return false
		}
	}
	for chunk := 0; chunk < 3; chunk++ {
		bits := 0
		for j := 0; j < 5; j++ {
			if isUpper(v[chunk*5+j]) {
				bits |= 1 << j
			}
		}
		if v[15+chunk] != alphabet[bits] {
			return false
		}
	}
	return true
}

// colonHexRun returns the end of a run of more than eight colon-separated
// hex pairs at b[i] ("5D:50:7E:...": a certificate or key fingerprint),
// or 0. Such runs are skipped whole: pieces of them look like MAC or
// IPv6 addresses.
func colonHexRun(b []byte, i, to int) int {
	k, pairs := i, 0
	for k+1 < to && isHex(b[k]) && isHex(b[k+1]) && (k+2 == to || b[k+2] == ':' || !isHex(b[k+2])) {
		pairs++
		k += 2
		if k < to && b[k] == ':' {
			k++
			continue
		}
		break
	}
	if pairs > 8 {
		return k
	}
	return 0
}

// domainUserBefore reports whether the field before b[s], one space
// back, is a Windows domain account ("DPHHS\rnakai"), as IIS logs its
// authenticated user before the client's address.
func domainUserBefore(b []byte, s int) bool {
	if s < 4 || b[s-1] != ' ' {
		return false
	}
	k := s - 1
	for k > 0 && b[k-1] != ' ' && s-k < 48 {
		k--
	}
	u := b[k : s-1]
	bs := bytes.IndexByte(u, '\\')
	if bs <= 0 || bs == len(u)-1 || !isLetter(u[0]) || !isLetter(u[bs+1]) {
		return false
	}
	for i, c := range u {
		if i != bs && !isAlnum(c) && c != '.' && c != '_' && c != '-' {
			return false // "python-requests/2.32.3\r\nX-Forwarded-For:": an escaped header, no account
		}
	}
	return true
}

// twoHexGroups reports whether v is groups of two hex digits joined by
// colons, as serials and keys' fingerprints are printed (an address drops
// its groups' leading zeros: "f", not "0f").
func twoHexGroups(v []byte) bool {
	for k := 0; k < len(v); k += 3 {
		if k+2 > len(v) || !isHex(v[k]) || !isHex(v[k+1]) || k+2 < len(v) && v[k+2] != ':' {
			return false
		}
	}
	return true
}

// afterVersionWord reports whether a word or key that introduces a version
// ("version", "build", "release", "deploy", "sdk", "schemaVersion") ends
// just before b[s]: then an IPv4-shaped number is a version.
func afterVersionWord(b []byte, s int) bool {
	if s == 0 || !versionJoins[b[s-1]] {
		return false
	}
	var buf [32]byte
	w, _ := wordBefore(buf[:], b, 0, s, versionJoinBytes, 6)
	if len(w) == 0 {
		return false
	}
	for _, v := range versionWords {
		// The word, or a key ending in it: "schemaVersion", "appVersion".
		if string(w) == v || len(v) >= 5 && len(w) > len(v) && string(w[len(w)-len(v):]) == v {
			return true
		}
	}
	return false
}

// versionJoinBytes join a version word to its value: " ", "=", ": ",
// "\" \"", "] => ".
const versionJoinBytes = " \t=:\"'>]"

var versionJoins = func() (t [256]bool) {
	for _, c := range []byte(versionJoinBytes) {
		t[c] = true
	}
	return t
}()

var versionWords = [...]string{"version", "ver", "build", "release", "deploy", "deployed", "sdk", "rev", "revision",
	"tag", "v", "firmware", "fw", "sw", "software", "agent", "rule", "ruleset", "schema", "spec", "patch", "plugin", "module", "package",
	"pkg", "driver", "kernel", "protocol", "model", "library", "lib"}

// dateObject reads a date written as its parts in braces at b[i] ('{'), as
// protobuf's text format, JSON and Go print a google.type.Date or a struct
// under a date key: "{ year: 1944 month: 10 day: 15 }",
// {"year":1944,"month":10,"day":15}, "{Year:1944 Month:10 Day:15}". It
// emits the parts as one date, from the first part's name (its number in
// JSON) to the last number, and returns the end of the braces, or 0.
func (st *state) dateObject(b []byte, i, to int) int {
	var y, m, d int
	first, last := -1, -1
	k := i + 1
	for k < to && k-i < 96 {
		for k < to && (b[k] == ' ' || b[k] == ',' || b[k] == '"' || b[k] == '\t') {
			k++
		}
		if k < to && b[k] == '}' {
			break
		}
		ks := k
		for k < to && isLetter(b[k]) {
			k++
		}
		name := b[ks:k]
		for k < to && (b[k] == '"' || b[k] == ' ') {
			k++
		}
		if k >= to || b[k] != ':' && b[k] != '=' {
			return 0
		}
		k = skipWS(b, k+1, to)
		if k < to && b[k] == '"' {
			k++
		}
		ns := k
		for k < to && isDigit(b[k]) {
			k++
		}
		if k == ns || k-ns > 4 {
			return 0
		}
		n := atoi(b[ns:k])
		switch {
		case equalFold(name, "year"):
			y = n
		case equalFold(name, "month"):
			m = n
		case equalFold(name, "day"):
			d = n
		default:
			return 0
		}
		if first < 0 {
			first = ks // the parts are one value: "year: 1944 month: 10 day: 15"
			if b[ks-1] == '"' {
				first = ns // but JSON's quotes stay balanced
			}
		}
		last = k
	}
	if k >= to || b[k] != '}' || y == 0 || m == 0 || d == 0 || !validDate(y, m, d) {
		return 0
	}
	st.emit(first, last, Date, "date", High, false)
	return k + 1
}

// octalUTF8At reports whether b[k:] starts with a UTF-8 sequence written
// as octal escapes: a lead byte (\303) and a continuation byte (\251).
func octalUTF8At(b []byte, k, to int) bool {
	return k+7 < to && b[k+1] == '3' && b[k+2] >= '0' && b[k+2] <= '7' && b[k+3] >= '0' && b[k+3] <= '7' &&
		b[k+4] == '\\' && b[k+5] == '2' && b[k+6] >= '0' && b[k+6] <= '7' && b[k+7] >= '0' && b[k+7] <= '7'
}

// socialInsurance reports a Canadian social insurance number after its
// name, "SIN# 679 553 032", "NAS 515 038 271": nine digits that pass the
// Luhn check. It returns the number's end, or 0.
func (st *state) socialInsurance(b []byte, i, to int) int {
	k := i
	for k > 0 && i-k < 3 && (b[k-1] == ' ' || b[k-1] == '#' || b[k-1] == ':') {
		k--
	}
	if k == i || k < 3 || k > 3 && isLetter(b[k-4]) {
		return 0
	}
	if w := b[k-3 : k]; !equalFold(w, "sin") && !equalFold(w, "nas") {
		return 0
	}
	e := min(i+11, to)
	for e > i && !isDigit(b[e-1]) {
		e--
	}
	for ; e >= i+9; e-- {
		if socialInsuranceNumber(b[i:e]) && (e == to || !isAlnum(b[e])) {
			st.emit(i, e, OtherID, "sin", Medium, false)
			return e
		}
	}
	return 0
}

// npiBefore reports whether "NPI" names the number at b[s]: "NPI
// 1890540358", "(NPI: 1890540358)", "npi=1890540358".
func npiBefore(b []byte, s int) bool {
	k := s
	for k > 0 && s-k < 3 && (b[k-1] == ' ' || b[k-1] == '#' || b[k-1] == ':' || b[k-1] == '=') {
		k--
	}
	return k < s && k >= 3 && equalFold(b[k-3:k], "npi") && (k == 3 || !isLetter(b[k-4]))
}

// paymentRefBefore reports whether the word before b[s] introduces a
// number of a card's payment that is no account: an authorisation's
// approval code ("APPR 425203", "auth code: 0091"), the issuer's BIN.
func paymentRefBefore(b []byte, s int) bool {
	var buf [16]byte
	w, k := wordBefore(buf[:], b, 0, prefixStart(b, s), " :=#", 3)
	switch string(w) {
	case "appr", "approval", "auth", "authcode", "bin", "iin":
		return true // "card BIN 411111": the issuer's; "copay paid by card; auth QX3BNQ": the approval's (an order's number is no one's, see referenceLabelBefore)
	case "code":
		w, _ = wordBefore(buf[:], b, 0, k, " ", 1)
		return string(w) == "auth" || string(w) == "approval" || string(w) == "authorization" // "auth code 0091"
	}
	return false
}

// relayCandidate reports whether the address that ends at b[e] is a WebRTC
// ICE candidate's of type relay, "34.102.103.85 3478 typ relay": a TURN
// server's (the "raddr" after it is the peer's own).
func relayCandidate(b []byte, e, to int) bool {
	k := e + 1
	for k < to && k-e <= 6 && isDigit(b[k]) {
		k++
	}
	return e < to && b[e] == ' ' && k > e+1 && hasPrefixFold(b[k:to], " typ relay")
}

// referenceLabelBefore reports whether the word just before b[s] names
// what follows as a business's reference, which a keyword before it does
// not make a person's: "conf# NT-98519", "order #A1734", "ticket 88120".
func referenceLabelBefore(b []byte, s int) bool {
	var buf [16]byte
	w, _ := wordBefore(buf[:], b, 0, prefixStart(b, s), " :=#", 3)
	switch string(w) {
	case "conf", "confirmation", "order", "ticket", "invoice", "tracking", "receipt", "po":
		return true
	}
	return false
}

// prefixStart returns where the letters and dash before the digits at
// b[s] start ("ORD-" in "order ORD-52721662"), or s when there are none:
// the word that names the number comes before its prefix.
func prefixStart(b []byte, s int) int {
	if s > 1 && b[s-1] == '-' {
		for s--; s > 0 && isLetter(b[s-1]); s-- {
		}
	}
	return s
}

// lastFourBefore reports whether the word before b[s] says that what
// follows is the last digits of a number: "ending 4714", "ending in 4714",
// "last4 4714".
func lastFourBefore(b []byte, s int) bool {
	var buf [8]byte
	w, k := wordBefore(buf[:], b, 0, s, " :=", 2)
	if string(w) == "in" && k > 1 {
		w, _ = lowerWordBefore(buf[:], b, 0, k-1)
	}
	return string(w) == "ending" || string(w) == "last4" || string(w) == "last"
}

// sqlStateBefore reports whether the five characters at b[s] are an SQL
// error's state, "[SQLSTATE 01000]", "SQLSTATE[22001]", no ZIP code.
func sqlStateBefore(b []byte, s int) bool {
	return s >= 9 && (b[s-1] == ' ' || b[s-1] == '[' || b[s-1] == '=') && equalFold(b[s-9:s-1], "sqlstate")
}

// crawlers are the user agents of the search engines' robots whose
// addresses crawlerNets hold: a line one of them requested from there holds
// the robot's address, no person's. A user agent alone proves nothing
// (anyone may send "Googlebot"); the two together are how the engines
// say to verify their robots.
var crawlers = [...]string{"Googlebot", "bingbot", "Applebot", "DuckDuckBot"}

var crawlerNets = [...]netip.Prefix{
	netip.MustParsePrefix("66.249.64.0/19"),   // Googlebot
	netip.MustParsePrefix("157.55.39.0/24"),   // bingbot
	netip.MustParsePrefix("207.46.13.0/24"),   // bingbot
	netip.MustParsePrefix("40.77.167.0/24"),   // bingbot
	netip.MustParsePrefix("17.241.0.0/16"),    // Applebot
	netip.MustParsePrefix("20.191.45.212/32"), // DuckDuckBot
}

// crawlerIP reports whether a is in a search engine's crawler network.
func crawlerIP(a netip.Addr) bool {
	for _, n := range crawlerNets {
		if n.Contains(a) {
			return true
		}
	}
	return false
}

// crawlerLine reports whether line names a crawler's user agent.
func crawlerLine(line []byte) bool {
	for _, c := range crawlers {
		if bytes.Contains(line, []byte(c)) {
			return true
		}
	}
	return false
}

// relativeBefore reports whether a word for kin ends at b[e]:
// "grandmother", "great-grandmother".
func relativeBefore(b []byte, e int) bool {
	var buf [16]byte
	w, _ := lowerWordBefore(buf[:], b, 0, e)
	return relatives[string(w)]
}

// timeSourceBefore reports whether an address at b[i] is the time source
// an NTP daemon reports ("chronyd[429]: Selected source 162.159.200.123",
// "ntpd[812]: ... server 17.253.4.125").
func timeSourceBefore(b []byte, i int) bool {
	w := b[max(0, i-96):i]
	return (bytes.HasSuffix(w, []byte("source ")) || bytes.HasSuffix(w, []byte("server "))) && containsAny(w, "chronyd", "ntpd", "timesyncd")
}

// assetHostAfter reports whether a host's name in brackets follows b[e]
// that is an asset tag of capitals, digits and dashes, as a DHCP server
// names the device it leased to ("DHCPACK on 10.42.2.73 to
// 3c:22:fb:ef:5b:0d (MU-TAB-06)", "(OMNICELL-4W-3458)"): the
// organisation's own device ("(Ivys-Pixel-8)", "(android-91db...)" and
// Windows' "(DESKTOP-68KB3ES)" may be anyone's).
func assetHostAfter(b []byte, e, to int) bool {
	if e+4 >= to || b[e] != ' ' || b[e+1] != '(' {
		return false
	}
	k, digits, dashes := e+2, 0, 0
	for ; k < to && k-e < 40 && b[k] != ')'; k++ {
		switch c := b[k]; {
		case isDigit(c):
			digits++
		case c == '-':
			dashes++
		case !isUpper(c):
			return false
		}
	}
	h := b[e+2 : k]
	return k < to && b[k] == ')' && k-e >= 6 && digits > 0 && dashes > 0 &&
		!bytes.HasPrefix(h, []byte("DESKTOP-")) && !bytes.HasPrefix(h, []byte("LAPTOP-")) // Windows' own names for anyone's computer
}
