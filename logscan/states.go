package logscan

import "bytes"

// zip3Ranges maps ranges of ZIP code prefixes (the first three digits) to
// the state, district or territory they are assigned to (USPS; military
// prefixes are AA, AE and AP). Unassigned prefixes have no entry.
var zip3Ranges = []struct {
	lo, hi int
	state  string
}{
	{5, 5, "NY"}, {6, 7, "PR"}, {8, 8, "VI"}, {9, 9, "PR"},
	{10, 27, "MA"}, {28, 29, "RI"}, {30, 38, "NH"}, {39, 49, "ME"},
	{50, 54, "VT"}, {55, 55, "MA"}, {56, 59, "VT"}, {60, 69, "CT"},
	{70, 89, "NJ"}, {90, 98, "AE"}, {100, 149, "NY"}, {150, 196, "PA"},
	{197, 199, "DE"}, {200, 200, "DC"}, {201, 201, "VA"}, {202, 205, "DC"},
	{206, 219, "MD"}, {220, 246, "VA"}, {247, 268, "WV"}, {270, 289, "NC"},
	{290, 299, "SC"}, {300, 319, "GA"}, {320, 339, "FL"}, {340, 340, "AA"},
	{341, 349, "FL"}, {350, 369, "AL"}, {370, 385, "TN"}, {386, 397, "MS"},
	{398, 399, "GA"}, {400, 427, "KY"}, {430, 459, "OH"}, {460, 479, "IN"},
	{480, 499, "MI"}, {500, 528, "IA"}, {530, 549, "WI"}, {550, 567, "MN"},
	{569, 569, "DC"}, {570, 577, "SD"}, {580, 588, "ND"}, {590, 599, "MT"},
	{600, 629, "IL"}, {630, 658, "MO"}, {660, 679, "KS"}, {680, 693, "NE"},
	{700, 714, "LA"}, {716, 729, "AR"}, {730, 731, "OK"}, {733, 733, "TX"},
	{734, 749, "OK"}, {750, 799, "TX"}, {800, 816, "CO"}, {820, 831, "WY"},
	{832, 838, "ID"}, {840, 847, "UT"}, {850, 865, "AZ"}, {870, 884, "NM"},
	{885, 885, "TX"}, {889, 898, "NV"}, {900, 961, "CA"}, {962, 966, "AP"},
	{967, 968, "HI"}, {969, 969, "GU"}, {970, 979, "OR"}, {980, 994, "WA"},
	{995, 999, "AK"},
}

// stateOfZIP returns the state of a ZIP code given in any form ("02134",
// "02134-1234", "ZIP 02134"): its first three digits decide.
func stateOfZIP(v []byte) string {
	n, digits := 0, 0
	for _, c := range v {
		if c >= '0' && c <= '9' {
			if digits < 3 {
				n = n*10 + int(c-'0')
			}
			digits++
		}
	}
	if digits != 5 && digits != 9 {
		return ""
	}
	for _, r := range zip3Ranges {
		if n >= r.lo && n <= r.hi {
			return r.state
		}
	}
	return ""
}

// stateCodes are the two-letter codes accepted from a "state" field or an
// address, including DC, the territories and military codes.
var stateCodes = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range []string{"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
		"KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
		"OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
		"PR", "VI", "GU", "AS", "MP", "AA", "AE", "AP"} {
		m[s] = true
	}
	return m
}()

// stateInText finds a state code in a record: the value of a key named
// "state" (JSON, logfmt, query) or the "City, ST 12345" form of an address.
func stateInText(b []byte) string {
	for i := 0; ; {
		j := indexFold(b[i:], "state")
		if j < 0 {
			break
		}
		k := i + j + len("state")
		i = k
		// Skip the end of the key: a closing quote, then ':' or '=', spaces and an opening quote.
		for k < len(b) && (b[k] == '"' || b[k] == '\'') {
			k++
		}
		if k >= len(b) || (b[k] != ':' && b[k] != '=') {
			continue
		}
		k++
		for k < len(b) && (b[k] == ' ' || b[k] == '"' || b[k] == '\'') {
			k++
		}
		if s := code2(b, k); s != "" {
			return s
		}
	}
	// ", ST 12345"
	for i := 0; ; {
		j := bytes.Index(b[i:], []byte(", "))
		if j < 0 {
			return ""
		}
		k := i + j + 2
		i = k
		if k+8 <= len(b) && b[k+2] == ' ' && isDigit(b[k+3]) && isDigit(b[k+7]) {
			if s := code2(b, k); s != "" {
				return s
			}
		}
	}
}

// code2 returns the state code of two letters at b[k:] followed by a
// non-letter, or "".
func code2(b []byte, k int) string {
	if k+2 > len(b) || (k+2 < len(b) && isLetter(b[k+2])) {
		return ""
	}
	c := [2]byte{upper(b[k]), upper(b[k+1])}
	if s := string(c[:]); stateCodes[s] {
		return s
	}
	return ""
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func upper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

// indexFold is bytes.Index ignoring ASCII case; s must be lower case.
func indexFold(b []byte, s string) int {
	for i := 0; i+len(s) <= len(b); i++ {
		j := 0
		for j < len(s) && b[i+j]|0x20 == s[j] {
			j++
		}
		if j == len(s) {
			return i
		}
	}
	return -1
}
