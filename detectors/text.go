package detectors

import (
	"bytes"
	"encoding/base64"
	"net/netip"
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/phiguard/phiguard/detectors/names"
)

// Context windows: how far after a keyword a value may start and still be
// read in its light.
const (
	ctxWindow     = 40 // "DOB: 01/02/1950", "lookup for SSN 123-45-6789"
	nameCtxWindow = 14 // "patient John Smith", "Pt: Smith, John"
	blobMin       = 40 // shortest base64 run sniffed for images and templates
)

// near reports whether a keyword for category c ended within window bytes
// before offset at.
func (st *state) near(c Category, at, window int) bool {
	d := at - st.ctx[c]
	return d >= 0 && d <= window
}

// scanText scans b[from:to] as free text. b is in current coordinates.
func (st *state) scanText(b []byte, from, to int) {
	if from >= to || quiet(b[from:to]) {
		return
	}
	st.depth++ // no defer: a panic ends the scan, and get resets depth
	var occBuf [8]span
	occ := st.prepass(occBuf[:0], b, from, to)
	next := 0
	i := from
	for i < to {
		if next < len(occ) && i >= occ[next].start {
			if i < occ[next].end {
				i = occ[next].end
			}
			next++
			continue
		}
		c := b[i]
		cl := class[c]
		if cl&cStart == 0 {
			i++
			continue
		}
		if i > from && b[i-1] == '\\' && (c == 'n' || c == 't' || c == 'r') {
			i++ // the letter of an escaped break, "\n95 y/o": the word starts after it
			continue
		}
		if c == 'x' && i > from && b[i-1] == '\\' && i+2 < to && (b[i+1] == '0' || b[i+1] == '1') && isHex(b[i+2]) {
			i += 3 // an escaped control byte, "\x1cAM04": a separator, the word starts after it
			continue
		}
		boundary := i == from || class[b[i-1]]&cKey == 0 || escapedBreak(b, from, i)
		if !boundary && cl&cIdent != 0 {
			// The rest of a token a handler stopped inside ("T08" of a
			// timestamp): nothing starts before it ends.
			stop := to
			if next < len(occ) {
				stop = min(stop, occ[next].start)
			}
			for i < stop && class[b[i]]&cIdent != 0 {
				i++
			}
			continue
		}
		if boundary && i+36 <= to && cl&cHex != 0 && b[i+8] == '-' && isUUID(b[i:i+36]) {
			i += 36 // request and trace IDs: nothing inside is PHI
			continue
		}
		switch {
		case cl&(cUpper|cLower) != 0 && boundary:
			if (c == 'C' || c == 'L') && i+5 < to && (b[i+3] == ':' || b[i+4] == ':') && cefHeader(b[i:min(i+6, to)]) {
				i = cefHeaderEnd(b, i, to) // "CEF:0|Lumen|PedsPortal|7.8.5|AUTH_OK|": a product's vendor and name
				continue
			}
			if (c == 'a' || c == 'O') && i+3 < to && b[i+1] == ':' && isDigit(b[i+2]) {
				if e, ok := st.phpValue(b, i, to, nil, 0); ok {
					i = e // PHP's serialize(): a:2:{s:3:"dob";s:10:"1950-01-02";...}
					continue
				}
			}
			if cl&cHex != 0 && colonSoon(b, i, to) {
				if e := st.hexColon(b, i, to); e > 0 {
					i = e
					continue
				}
			}
			if c == 'B' && i > from && b[i-1] == '%' {
				if e := st.track1(b, i+1, to); e > 0 {
					i = e // a card's magnetic stripe as a reader gives it
					continue
				}
			}
			i = st.word(b, i, to)
		case cl&cDigit != 0 && boundary:
			if colonSoon(b, i, to) {
				if e := st.hexColon(b, i, to); e > 0 {
					i = e
					continue
				}
			}
			i = st.number(b, i, to)
		case c == '{' && i+2 < to && b[i+1] == '\\' && b[i+2] == '"':
			// JSON with its quotes escaped, as a JSON log carries it in a
			// string or Elasticsearch's slowlog prints it: source[{\"query\":...}].
			if end := escapedJSONEnd(b, i, to); end > 0 {
				st.decoded(b, i, end, decodeJSON, func(d []byte) { st.walkJSON(d, 0) })
				i = end
			} else {
				i++
			}
		case c == '{' && i+4 < to && b[i+1] == '\\' && b[i+2] == 'x' && b[i+3] == '2' && b[i+4] == '2':
			// JSON with its quotes written \x22, as nginx logs a request
			// body: req_body="{\x22ssn\x22:\x22...\x22}".
			if end := hexJSONEnd(b, i, to); end > 0 {
				st.decoded(b, i, end, decodeEscapes, func(d []byte) { st.walkJSON(d, 0) })
				i = end
			} else {
				// Cut short, as logs cut long bodies: its pairs read as text.
				end := i + 1
				for end < to && b[end] != '"' {
					end++
				}
				st.decoded(b, i, end, decodeEscapes, func(d []byte) { st.scanText(d, 0, len(d)) })
				i = end
			}
		case c == '{' || c == '[' && i+1 < to && (b[i+1] == '{' || b[i+1] == '"' || b[i+1] == '[' && i+2 < to && b[i+2] == '"'):
			if c == '[' && b[i+1] == '"' {
				if end := st.bracketKey(b, i, to); end > i+1 {
					i = end // var_dump's ["ssn"]=> string(11) "..."
					continue
				}
				if end := st.boundList(b, i, to); end > 0 {
					i = end // Ecto's "... = $2) [\"Sofía\", \"Rahimi\"]": the parameters by position
					continue
				}
			}
			if end, ok := st.walkJSONIn(b, i, to); ok {
				i = end
			} else {
				i++
			}
		case (c == '"' || c == '\'') && st.depth < 8:
			i = st.quotedKey(b, i, to)
		case c == '[' && i+1 < to && b[i+1] == 'R' && bytes.HasPrefix(b[i:to], markerPrefix):
			i = st.marker(b, i, to)
		case (c == '[' || c == '(') && i+1 < to && (b[i+1] == '\'' || b[i+1] == '"' && c == '(' && listBuild(b, i)):
			if e := st.quotedRow(b, i, to); e > 0 {
				i = e // ['5YN9MV7VE08', 'KOVACEVIC', 'LEILANI', '05/11/1959']
			} else if c == '[' {
				i = st.bracketKey(b, i, to)
			} else {
				i++
			}
		case c == '[' && i+1 < to && (isLetter(b[i+1]) || b[i+1] == '_'):
			i = st.bracketKey(b, i, to)
		case c == '<' && i+2 < to && (isLetter(b[i+1]) || b[i+1] == '/' && isLetter(b[i+2])):
			if ncpdpSeparator(b, i, to) == 4 {
				i += 4 // "<FS>AM04": an NCPDP separator drawn, not an element
				continue
			}
			if k := keyRunEnd(b, i+1, to); k < to && b[k] == '=' && isLetter(b[i+1]) {
				i++ // "##SAMPLE=<ID=24GN-00418,DOB=1964-04-12,...>": a VCF header's pairs in brackets, no element
				continue
			}
			i = st.xmlElement(b, i, to)
		case c >= 0xC3 && c <= 0xC5 && boundary && upperAt(b, i, to):
			i = max(st.name(b, i, to), i+2) // "Élodie Durand": a name that starts with an accented capital
		case c >= 0xC3 && c <= 0xC5 && boundary && accentedKey(b, i, to):
			i = max(st.word(b, i, to), i+1) // "âge=95 ans", "état=...": a key that starts with an accented letter
		case boundary && scriptLead(c):
			i = st.scriptWord(b, i, to) // "ФИО: Шевчук Дмитро", "患者姓名：廖淑芬"
		case c == '+' && i+1 < to && isDigit(b[i+1]) && boundary:
			i = st.number(b, i, to)
		case c == '(' && i+4 < to && isDigit(b[i+1]):
			if e := st.dicomElement(b, i, to); e > 0 {
				i = e // "(0010,0030) DA [19500101]"
				continue
			}
			if e := st.udi(b, i, to); e > 0 {
				i = e
				continue
			}
			i = st.number(b, i, to)
		case c == '(' && i+4 < to && (isLetter(b[i+1]) || b[i+1] == '"'):
			if e := st.keyEquals(b, i, to); e > 0 {
				i = e
				continue
			}
			i++
		case c == '/' && i+blobMin < to && isAlnum(b[i+1]) && (i == from || !isAlnum(b[i-1])) && b64End(b, i, to)-i >= blobMin:
			i = st.blob(b, i, to) // JPEG ("/9j/") and WSQ ("/6D/") payloads start with '/'
		case (c == '$' && i+1 < to && isDigit(b[i+1]) || c == '@' && i+1 < to && (isLetter(b[i+1]) || b[i+1] == '_')) && boundary:
			if e := st.boundParam(b, i, to); e > 0 {
				i = e // "$1 = 'E4594650'": a statement's parameter, under its column
				continue
			}
			i++
		case c == '_' && i+blobMin < to && (i == from || !isAlnum(b[i-1])) && b64End(b, i, to)-i >= blobMin:
			i = st.blob(b, i, to) // the same in URL-safe base64
		default:
			i++
		}
	}
	st.depth--
}

// escapedBreak reports whether b[i] follows a line break or tab written
// as an escape, "\n95 y/o", as text quoted by a program's repr is: the
// word starts there, not at the escape's letter.
func escapedBreak(b []byte, from, i int) bool {
	return i-2 >= from && b[i-2] == '\\' && (b[i-1] == 'n' || b[i-1] == 't' || b[i-1] == 'r') ||
		i-4 >= from && b[i-4] == '\\' && b[i-3] == 'x' && (b[i-2] == '0' || b[i-2] == '1') && isHex(b[i-1]) // "\x1cAM04"
}

var markerPrefix = []byte("[REDACTED")

// marker skips a redaction marker such as "[REDACTED:name]" at b[i]. Its
// words are not keywords, and it spends the context of its category as the
// value it replaced did: scanning redacted text again finds nothing new.
func (st *state) marker(b []byte, i, to int) int {
	k := i + len(markerPrefix)
	for k < to && k-i < 32 && b[k] != ']' && b[k] != '[' {
		k++
	}
	if k >= to || b[k] != ']' {
		return i + 1
	}
	if b[i+len(markerPrefix)] == ':' {
		// The marker names its category as redact.MaskFor writes it: an
		// exact match, without ParseCategory's normalising and allocating.
		name := b[i+len(markerPrefix)+1 : k]
		for c := Name; c <= OtherID; c++ {
			if string(name) == categoryNames[c] {
				st.ctx[c] = -1 << 30
			}
		}
	}
	return k + 1
}

// colonSoon reports whether a ':' (or a '-' after two characters, as in a
// MAC address) follows within the first five bytes at b[i]: the cheap test
// before looking for IPv6 and MAC addresses.
func colonSoon(b []byte, i, to int) bool {
	k := i + 1
	for k < to && k <= i+4 && class[b[k]]&cHex != 0 {
		k++ // only hexadecimal digits come before the first ':' of either
	}
	return k < to && k <= i+4 && (b[k] == ':' || b[k] == '-' && k == i+2)
}

// prepass finds emails, personal URLs and data: URIs with fast searches for
// '@' and ':', emits them and returns their spans, which the main loop skips.
func (st *state) prepass(occ []span, b []byte, from, to int) []span {
	text := b[from:to]
	if bytes.IndexByte(text, ':') < 0 && bytes.IndexByte(text, '@') < 0 {
		return occ // no email, URL or data: URI: the common case, in two vector searches
	}
	for off := 0; ; {
		j := bytes.IndexByte(text[off:], '@')
		if j < 0 {
			break
		}
		at := from + off + j
		if s, e, ok := emailAround(b, at, from, to); ok && (uriSchemeBefore(b, from, s) || messageIDHeader(b, from, s) || messageID(b, from, s, at) && !consumerEmail(b[s:e]) || st.calendarUID(b, from, s)) {
			off = e - from // "sip:+15415745544@carrier.example": no mail's address; its user part is read as text
		} else if ok {
			if !roleMailbox(b[s:at]) && !serviceAccount(b[at+1:e]) && !(s > from && b[s-1] == '<' && developerBefore(b, from, s-1)) &&
				(st.s.c.providers || !careOrgDomain(b[at+1:e]) && !directStaff(b[s:at], b[at+1:e]) && !st.staffKeyBefore(b, s, e)) {
				org := false
				if s > from && b[s-1] == '<' {
					ns, ne, ok, isOrg := displayName(b, from, s-1)
					if ok {
						st.emit(ns, ne, Name, "name", Medium, false)
					}
					org = isOrg
				}
				if !org {
					st.emit(s, e, Email, "email", High, false)
				}
			}
			occ = appendSpan(occ, span{s, e})
			off = e - from
		} else if s, e, ok := qualifiedID(b, at, from, to); ok {
			st.emit(s, at, MRN, "qualified_id", Medium, false)
			occ = appendSpan(occ, span{s, e})
			off = e - from
		} else {
			off += j + 1
		}
	}
	// URLs ("://") and data: URIs, in one pass over the colons.
	for off := 0; ; {
		j := bytes.IndexByte(text[off:], ':')
		if j < 0 {
			break
		}
		colon := from + off + j
		off = colon - from + 1
		if !(colon+2 < to && b[colon+1] == '/' && b[colon+2] == '/' || colon-4 >= from && equalFold(b[colon-4:colon], "data")) {
			continue
		}
		if s, e, c, det, ok := uriAround(b, colon, from, to); ok {
			st.emit(s, e, c, det, Medium, false)
			occ = appendSpan(occ, span{s, e})
			off = e - from
		}
	}
	return occ
}

// cx reads an HL7 CX written in free text, the identifier at b[i:e] and
// its assigning authority after "^^^": "005355159^^^SBCH&2.16.840.1.113883.3.9512.10.44&ISO",
// "HR563095^^^&2.16.840.1.113883.3.9512.10.37&ISO", "M1234567^^^LRH^MR".
// The authority names a system that issues people's identifiers, so the
// identifier is a person's: a record number, or what its type code says.
// It returns the end of the whole, or 0.
func (st *state) cx(b []byte, i, e, to int) int {
	if e+4 >= to || b[e+1] != '^' || b[e+2] != '^' {
		return 0
	}
	k := e + 3
	for k < to && k-e < 24 && (isAlnum(b[k]) || b[k] == '_' || b[k] == '-') {
		k++ // the authority's namespace, "SBCH"
	}
	c := MRN
	switch {
	case k+2 < to && b[k] == '&' && (isDigit(b[k+1]) || b[k+1] == '&'):
		// "&2.16.840.1.113883.3.9512.10.44&ISO": a universal ID and its type.
		o := k + 1
		for o < to && (isDigit(b[o]) || b[o] == '.') {
			o++
		}
		if o-k-1 < 5 || o+1 >= to || b[o] != '&' {
			return 0
		}
		t := o + 1
		for t < to && isUpper(b[t]) {
			t++
		}
		if t-o-1 < 1 || t-o-1 > 4 {
			return 0
		}
		k = t
	case k > e+3 && k+2 < to && b[k] == '^' && isUpper(b[k+1]):
		// "^^^LRH^MR": a namespace and the identifier's type.
		t := k + 1
		for t < to && t-k <= 4 && isUpper(b[t]) {
			t++
		}
		if c = identifierTypeCode(b[k+1 : t]); !idCategories.Has(c) {
			return 0
		}
		k = t
	default:
		return 0
	}
	if k < to && isAlnum(b[k]) {
		return 0
	}
	st.emit(i, e, c, "cx", Medium, false)
	return k
}

// oidEnd returns the end of an ISO object identifier at b[k] with five
// arcs or more, as HL7 names assigning authorities ("2.16.840.1.113883.19"),
// or 0.
func oidEnd(b []byte, k, to int) int {
	if k+1 >= to || b[k] != '1' && b[k] != '2' || b[k+1] != '.' {
		return 0
	}
	e, dots := k, 0
	for e < to && (isDigit(b[e]) || b[e] == '.' && e+1 < to && isDigit(b[e+1])) {
		if b[e] == '.' {
			dots++
		}
		e++
	}
	if dots < 4 || e < to && (isLetter(b[e]) || b[e] == '@') {
		return 0
	}
	return e
}

// qualifiedID matches a record number qualified by its assigning
// authority around the '@' at b[at], by name or by OID, as master patient
// indexes write local IDs: "localIds=[71312225@DSC, MRN094276481@LRH]",
// "005355159@2.16.840.1.113883.19.44". It returns the span of the whole,
// the number ending at at.
func qualifiedID(b []byte, at, from, to int) (s, e int, ok bool) {
	s = at
	digits, letters := 0, 0
	for s > from && at-s < 16 && (isAlnum(b[s-1]) || b[s-1] == '-') {
		s--
		if isDigit(b[s]) {
			digits++
		} else if isLetter(b[s]) {
			letters++
		}
	}
	if digits < 5 || letters > 4 || s > from && (isLetter(b[s-1]) || b[s-1] == '.' || b[s-1] == '/' || isDigit(b[s-1]) || b[s-1] == '-') {
		return 0, 0, false // ... or longer than a record's number: "OPENAS2-14032024060918-5950@CHANGEHC_AS2"
	}
	e = at + 1
	if o := oidEnd(b, e, to); o > 0 {
		return s, o, true // "005355159@2.16.840.1.113883.3.9512.10.44": the authority by its OID
	}
	uppers := 0
	for e < to && e-at <= 16 && (isUpper(b[e]) || isDigit(b[e]) || b[e] == '_' || b[e] == '-') {
		if isUpper(b[e]) {
			uppers++
		}
		e++
	}
	if uppers < 2 || e < to && (isAlnum(b[e]) || b[e] == '.' || b[e] == '@') {
		return 0, 0, false
	}
	return s, e, true
}

// escapedXML reads XML written with its markup escaped as entities at
// b[s] ("&lt;clm:ServiceDateFrom&gt;2024-01-27&lt;/clm:ServiceDateFrom&gt;",
// as a SOAP body inside another document or an HTML page shows it) up to
// the last "&gt;", decoded, and returns where it ends (0 when no "&gt;").
func (st *state) escapedXML(b []byte, s, to int) int {
	g := bytes.LastIndex(b[s:to], []byte("&gt;"))
	if g <= 0 {
		return 0
	}
	end := s + g + len("&gt;")
	st.decoded(b, s, end, decodeEntities, func(d []byte) { st.scanText(d, 0, len(d)) })
	return end
}

// callerPlaceholders are the words carriers put in a caller ID's name
// when they have none.
var callerPlaceholders = words("wireless", "caller", "unknown", "unavailable", "anonymous", "restricted", "private",
	"toll", "free", "cell", "blocked")

// track1 reads a magnetic stripe's first track, "%B5476137091829485^ORTIZ/
// INGRID C^2902101...?", at its card number b[s]: thirteen to nineteen
// digits, then the holder's name up to the next '^' (26 characters at
// most). It returns the end of the number or of the name, or 0 if there
// is no track.
func (st *state) track1(b []byte, s, to int) int {
	e := s
	for e < to && isDigit(b[e]) {
		e++
	}
	if e-s < 13 || e-s > 19 || e >= to || b[e] != '^' {
		return 0
	}
	conf := Medium
	if luhn(b[s:e]) {
		conf = High
	}
	st.emit(s, e, Account, "credit_card", conf, false)
	// The name may run past to: a key's value ends at its first space.
	k := e + 1
	for k < len(b) && k-e <= 27 && b[k] != '^' && b[k] >= ' ' {
		k++
	}
	if k < len(b) && b[k] == '^' && k > e+1 {
		ns, ne := trimField(b, e+1, k)
		if ne-ns >= 2 && bytes.IndexByte(b[ns:ne], '/') > 0 {
			st.emit(ns, ne, Name, "card_holder", High, false)
			return min(k, to)
		}
	}
	return e
}

// messageID reports whether the address-shaped b[s:] with its '@' at b[at]
// is a mail's Message-ID: named so just before ("Message-ID: <...",
// "message-id=<...", "id: <..."), or a local part of sixteen capitals and
// digits or more ("8PZH3ES0NBNOGOZI49LW@EXCH02.nwh.local"; at a consumer
// mail service it is a person's, glued to a fixed-width record's field).
func messageID(b []byte, from, s, at int) bool {
	if messageIDHeader(b, from, s) {
		return true
	}
	if at-s < 16 {
		return false
	}
	for _, c := range b[s:at] {
		if !isUpper(c) && !isDigit(c) {
			return false
		}
	}
	return true
}

// uriSchemeBefore reports whether a URI's scheme that is no mail's ends
// at b[s]: "sip:988@sbc01.example.org", a SIP address (its number, when a
// caller's, is read as one); "cid:a260419b@carrier.example", a MIME part.
func uriSchemeBefore(b []byte, from, s int) bool {
	return s-from >= 4 && (equalFold(b[s-4:s], "sip:") || equalFold(b[s-4:s], "cid:") || equalFold(b[s-4:s], "mid:")) ||
		s-from >= 5 && equalFold(b[s-5:s], "sips:")
}

// staffKeyBefore reports whether the email at b[s:e] stands under a key
// of who acted in text ("actor=j.morales@corvane.io"), unless it is at a
// consumer mail service, where the actor is a patient in a portal.
func (st *state) staffKeyBefore(b []byte, s, e int) bool {
	if consumerEmail(b[s:e]) {
		return false // a patient's, whoever's key it is under
	}
	key := keyBefore(b, s)
	if len(key) == 0 {
		var buf [4]byte
		w, _ := lowerWordBefore(buf[:], b, 0, max(0, s-1))
		return s >= 1 && b[s-1] == ' ' && string(w) == "by" // "modified by l.fischer@sbrmc.org": who did it
	}
	if equalFold(key, "suser") || equalFold(key, "duser") || equalFold(key, "usrname") {
		return true // a CEF event's or a proxy's user at the organisation's domain: staff signed in
	}
	if (equalFold(key, "userid") || equalFold(key, "userkey")) && bytes.Contains(b, []byte(`"Workload"`)) {
		return true // Microsoft 365's unified audit record: its user at the tenant's domain is staff
	}
	kc := st.classifyKey(key, keyClass{})
	return kc.actor() || kc.orgContact() && kc.never() // "staff_email=", "provider_email": the organisation's, as its key says
}

// displayName finds the display name before an address in angle brackets
// at b[lt] ('<'): `"Dermot Nwachukwu" <dn@example.org>`, `Jo Ann Dvorak
// <jo@example.org>`, `\"Destiny Asante\" <...>` in a JSON string, a
// caller ID's `""KOWALCZYK TOMAS"" <18185550114>` in a CSV field. It
// takes one to four capitalised words that are not all common words, nor
// a carrier's placeholder ("WIRELESS CALLER").
func displayName(b []byte, from, lt int) (start, end int, ok, org bool) {
	k := lt
	for k > from && b[k-1] == ' ' {
		k--
	}
	quoted := false
	if k > from && b[k-1] == '"' {
		quoted = true
		k--
		if k > from && (b[k-1] == '\\' || b[k-1] == '"') {
			k-- // escaped in JSON, or doubled in CSV
		}
	}
	end = k
	if c := bytes.LastIndexByte(b[max(from, end-12):end], ','); quoted && c >= 0 && isCredential(bytes.TrimSpace(b[max(from, end-12)+c+1:end])) {
		return 0, 0, false, true // "Elena Marchetti, MD" <...>: a clinician's, and so is the address
	}
	words, common := 0, 0
	for words < 5 {
		ws := k
		for ws > from && (isLetter(b[ws-1]) || b[ws-1] >= 0x80 || b[ws-1] == '\'' || b[ws-1] == '-' || b[ws-1] == '.') {
			ws--
		}
		if ws == k || !isUpper(b[ws]) {
			break
		}
		if inSet(callerPlaceholders, b[ws:k]) {
			return 0, 0, false, false
		}
		words++
		if ordinaryWord(b[ws:k]) {
			common++
		}
		start = ws
		if ws-1 <= from || b[ws-1] != ' ' {
			break
		}
		k = ws - 1
	}
	if words == 0 || words > 4 || common == words {
		return 0, 0, false, false
	}
	if orgNamed(b[start:end]) {
		return 0, 0, false, true // an organisation's: "Lakeshore Meridian Health <care@...>", and so is the address
	}
	if quoted && (start == from || b[start-1] != '"') {
		return 0, 0, false, false // the quote holds more than these words
	}
	return start, end, true, false
}

// appendSpan keeps spans sorted by start.
func appendSpan(occ []span, s span) []span {
	occ = append(occ, s)
	for k := len(occ) - 1; k > 0 && occ[k].start < occ[k-1].start; k-- {
		occ[k], occ[k-1] = occ[k-1], occ[k]
	}
	return occ
}

// emailAround finds an email address around the '@' at b[at].
func emailAround(b []byte, at, from, to int) (start, end int, ok bool) {
	s := at
	for s > from && isEmailLocal(b[s-1]) {
		s--
	}
	for s < at && (b[s] == '.' || b[s] == '-') {
		s++
	}
	if s == at || at-s > 64 {
		return 0, 0, false
	}
	e := at + 1
	dots, lastDot := 0, -1
	for e < to && (isAlnum(b[e]) || b[e] == '-' || b[e] == '.') {
		if b[e] == '.' {
			if e == lastDot+1 {
				break
			}
			dots++
			lastDot = e
		}
		e++
	}
	for e > at+1 && (b[e-1] == '.' || b[e-1] == '-') {
		if b[e-1] == '.' {
			dots--
		}
		e--
	}
	for dots > 0 {
		// The top-level domain is letters, at least two.
		tld := e
		for tld > at && b[tld-1] != '.' {
			tld--
		}
		if e-tld < 2 || e-tld > 24 {
			return 0, 0, false
		}
		for k := tld; k < e; k++ {
			if !isLetter(b[k]) {
				return 0, 0, false
			}
		}
		if !inSet(notTLDs, b[tld:e]) {
			return s, e, true
		}
		// A file or a systemd unit: "jane.roe@example.org.log" holds an
		// address before its extension, "getty@tty1.service" none.
		e, dots = tld-1, dots-1
	}
	return 0, 0, false
}

// notTLDs end names that look like addresses but are systemd units and
// files: no top-level domain has these names.
var notTLDs = words("service", "socket", "target", "timer", "mount", "automount", "slice", "scope", "swap",
	"log", "txt", "json", "yaml", "yml", "conf", "cfg", "ini", "py", "go", "js", "java", "jar", "git", "sh", "rb",
	"xml", "csv", "html", "md", "tmp", "bak", "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "css", "pdf", "woff", "woff2", // "logo@2x.png": a retina image
	"mail", "local", "localdomain", "internal") // Rails' Message-IDs, "...@crm-web-2.mail"; hosts no mail reaches from outside

// roleMailboxes are mailboxes of a role or a machine, not of a person:
// developerBefore reports whether a commit's trailer or header names the
// person before b[lt] ("Author: Lena Vogt <", "Reviewed-by: Mei Chen"): a
// developer, not a patient.
func developerBefore(b []byte, from, lt int) bool {
	k := lt
	for k > from && b[k-1] != ':' && lt-k < 80 {
		k--
	}
	if k <= from || b[k-1] != ':' {
		return false
	}
	e := k - 1
	s := e
	for s > from && (isLetter(b[s-1]) || b[s-1] == '-') {
		s--
	}
	return s < e && inSet(commitTrailers, b[s:e]) && (s == from || b[s-1] == ' ' || b[s-1] == '\t')
}

// commitTrailers are git's headers and trailers that name developers.
var commitTrailers = words("author", "commit", "committer", "co-authored-by", "reviewed-by", "signed-off-by",
	"acked-by", "tested-by", "reported-by", "suggested-by", "helped-by")

// "noreply@", "git@github.com:org/repo.git", "billing@", "care-team@".
var roleMailboxes = words("noreply", "no-reply", "donotreply", "do-not-reply", "postmaster", "mailer-daemon",
	"git", "root", "hostmaster", "webmaster", "abuse", "alerts", "notifications", "notification", "billing",
	"scheduling", "support", "helpdesk", "help", "info", "admin", "contact", "oncall", "on-call", "it-ops", "ops",
	"care-team", "careteam", "frontdesk", "front-desk", "reception", "appointments", "records", "privacy",
	"compliance", "security", "referrals", "intake", "pharmacy", "hr", "team", "office", "servicedesk", "inbox",
	"roi", "legal", "claims", "appeals", "precert", "scanner", "fax", "eligibility", "subpoena", "subpoenas",
	"correspondence", "releases", "people", "safety", "employeehealth", "employee-health", "occhealth", "benefits",
	"wellness", "payroll", "dispatch", "orders", "results", "noc", "sre", "devops", "sysadmin", "netops", "dba",
	"reminders", "reminder", "newsletter", "marketing", "updates", "news", "consents", "consent",
	"complaints", "complaint", "feedback", "quality", "vigilance", "grievances", "grievance", "recalls")

// roleMailbox reports whether an address's local part names a role, not a
// person, or is a message ID ("<c4c2d88b-7d37-...@mx1.example>").
func roleMailbox(local []byte) bool {
	var buf [16]byte
	if lw := lowerWord(buf[:], local); lw != nil && roleMailboxes[string(lw)] {
		return true
	}
	if len(local) >= 16 && uuidOrHash(local) {
		return true
	}
	if len(local) >= 12 && messageIDLocal(local) {
		return true // "<f405d0c8e28e.619406@yahoo.com>": a message's ID
	}
	// "pharmacy-ops@", "dba-team@": a team's mailbox; "svc-notify@",
	// "dispatch-bot@": a program's.
	if k := bytes.LastIndexAny(local, "-_."); k > 0 {
		if lw := lowerWord(buf[:], local[k+1:]); lw != nil && (teamSuffixes[string(lw)] || local[k] == '-' && roleMailboxes[string(lw)]) {
			return true // ... and "counseling-scheduling@": a department's role
		}
		if k := bytes.IndexAny(local, "-_."); k > 0 {
			if lw := lowerWord(buf[:], local[:k]); lw != nil && programPrefixes[string(lw)] {
				return true
			}
		}
	}
	return false
}

// programPrefixes open the local parts of programs' mailboxes.
var programPrefixes = words("svc", "bot", "ops", "system", "service", "automation", "noreply", "audit", "billing", "dispatch",
	"legal", "him", "roi", "claims")

// serviceAccount reports whether domain is one whose addresses name
// machines, not people: Google Cloud's service accounts.
func serviceAccount(domain []byte) bool {
	for _, d := range mailServiceDomains {
		if bytes.HasSuffix(domain, []byte(d)) {
			return true
		}
	}
	return false
}

// directStaff reports whether a Direct Secure Messaging address is a
// clinician's at their organisation's own Direct domain, as HISPs issue
// them: an initial or "dr" and a surname ("a.mehta@direct.huronriverfp.org").
// Patients' Direct addresses come from personal health record services,
// made of their whole names.
func directStaff(local, domain []byte) bool {
	if !hasPrefixFold(domain, "direct.") || len(local) < 4 {
		return false
	}
	return local[1] == '.' && isLetter(local[0]) || hasPrefixFold(local, "dr.")
}

// careOrgDomain reports whether an email's domain is a care
// organisation's ("cedarvalleyhealth.org", "stmark-hospital.org", "lakeshoremercy.org",
// "sbrmc.org", "aurevia-med.com", "brightpathhh.com"): its addresses in
// free text are staff's and service mailboxes'. Direct Secure Messaging
// addresses ("direct.", "hisp.") are people's too.
func careOrgDomain(domain []byte) bool {
	if indexFold(domain, "direct") >= 0 || indexFold(domain, "hisp") >= 0 {
		return false
	}
	for _, w := range [...]string{"health", "hospital", "clinic", "medical", "medicine", "pharm", "physician", "dental", "hospice", "careclinic", "mercy", "county"} {
		if indexFold(domain, w) >= 0 {
			return true
		}
	}
	// A name's part as care organisations end theirs: a regional medical
	// center's acronym, "-med", "rx", "asc" (a surgery center), "hh" (home
	// health); or a top-level domain for care (".care", ".health").
	dot := bytes.LastIndexByte(domain, '.')
	if tld := domain[dot+1:]; equalFold(tld, "care") || equalFold(tld, "clinic") || equalFold(tld, "doctor") || equalFold(tld, "gov") {
		return true
	}
	if dot < 0 {
		return false
	}
	for part := range bytes.FieldsFuncSeq(domain[:dot], func(r rune) bool { return r == '.' || r == '-' }) {
		if careOrgPart(part) {
			return true
		}
	}
	return false
}

// careOrgPart reports whether part of a domain's name ends as care
// organisations end theirs.
func careOrgPart(part []byte) bool {
	n := len(part)
	if n < 3 {
		return false
	}
	for _, suffix := range [...]string{"rmc", "med", "care", "rx", "asc", "hh", "rpm", "rehab", "ortho", "derm", "peds", "lab", "labs", "seniors"} {
		if n > len(suffix) && hasSuffixFold(part, suffix) || n == len(suffix) && len(suffix) >= 3 && equalFold(part, suffix) {
			return true
		}
	}
	return n <= 5 && (hasSuffixFold(part, "mc") || hasSuffixFold(part, "hc") || hasSuffixFold(part, "hd")) // "amc", "esmc", "mhc": a medical or health center; "tchd": a health department
}

// mailServiceDomains are the hosts of service accounts and of the mail
// services whose Message-IDs and bounce addresses look like addresses:
// "<m2onrjn3ypjvg@ismtpd07.sendgrid.net>".
var mailServiceDomains = [...]string{"gserviceaccount.com", "sendgrid.net", "amazonses.com", "mailgun.org", "mandrillapp.com",
	"mtasv.net", "sparkpostmail.com", "mcsv.net", "rsgsv.net",
	"calendar.google.com"} // a shared calendar's own address: "c_0748...@group.calendar.google.com"

// messageIDHeader reports whether the address at b[s] is in brackets
// after a message's ID header: "Message-ID: <CAF...@mail.gmail.com>",
// rspamd's "id: <...>". Whatever its domain, it is no mailbox.
func messageIDHeader(b []byte, from, s int) bool {
	if s <= from || b[s-1] != '<' {
		return false
	}
	w := b[max(from, s-14) : s-1]
	t := bytes.TrimRight(w, " :=")
	return indexFold(w, "message-id") >= 0 || indexFold(w, "msgid") >= 0 ||
		hasSuffixFold(t, "id") && (len(t) == 2 || !isLetter(t[len(t)-3]))
}

// messageIDLocal reports whether local is made as mail systems make the
// left side of a Message-ID: hexadecimal and decimal runs, four digits or
// more, joined by '.', '-' or '$'.
func messageIDLocal(local []byte) bool {
	k := 0
	for k < len(local) && isDigit(local[k]) {
		k++
	}
	if k >= 10 && k+1 < len(local) && (local[k] == '.' || local[k] == '-') {
		return true // "20250211060023.Pv7iuEcBHT": a time, then a random part
	}
	digits, joins := 0, 0
	for _, c := range local {
		switch {
		case isDigit(c):
			digits++
		case class[c]&cHex != 0:
		case c == '.' || c == '-' || c == '$':
			joins++
		default:
			return false
		}
	}
	return digits >= 4 && joins >= 1
}

var teamSuffixes = words("ops", "team", "alerts", "admin", "support", "desk", "noreply", "notifications", "oncall", "sre", "devops",
	"bot", "exporter", "notify", "recon", "sync", "daemon", "worker", "automation", "integration", "svc", "alarms", "charge", "services")

func isEmailLocal(c byte) bool {
	return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

// socialSites are sites whose URLs name a person, by registrable domain:
// the path prefixes under which a profile lives, '|' between them ("/"
// for any first segment).
var socialSites = map[string]string{
	"facebook.com": "/", "linkedin.com": "/in/", "twitter.com": "/", "x.com": "/", "instagram.com": "/",
	"tiktok.com": "/@", "github.com": "/", "youtube.com": "/@", "myspace.com": "/", "pinterest.com": "/",
	"reddit.com": "/user/", "threads.net": "/@", "mastodon.social": "/@", "medium.com": "/@", "about.me": "/",
	"flickr.com": "/people/", "bsky.app": "/profile/", "sites.google.com": "/view/",
	// A patient's own pages: a journal of their illness, a fundraiser for their care.
	"caringbridge.org": "/visit/|/site/", "gofundme.com": "/f/", "givesendgo.com": "/", "lotsahelpinghands.com": "/c/",
	"mealtrain.com": "/trains/", "gofund.me": "/",
	// Albums a family shares: "photos.app.goo.gl/evxYCtjo5JszyTBC2", a seizure filmed at home.
	"photos.app.goo.gl": "/", "photos.google.com": "/share/", "icloud.com": "/sharedalbum/",
	"lh3.googleusercontent.com": "/a-/|/a/", // a Google account's profile photo
	"linktr.ee":                 "/",
	// A person's fitness and payment profiles: "strava.com/athletes/65577570".
	"strava.com": "/athletes/", "connect.garmin.com": "/modern/profile/", "fitbit.com": "/user/", "myfitnesspal.com": "/profile/",
	"venmo.com": "/u/", "paypal.me": "/", "cash.app": "/$",
}

// personalHostSuffixes are hosting services whose subdomains are one
// person's site: "jo-dvorak.blogspot.com".
var personalHostSuffixes = []string{".blogspot.com", ".wordpress.com", ".github.io", ".substack.com", ".wixsite.com"}

// personalURL reports whether the URL without its scheme, u, names a person
// on a social site or personal host. Hosts are matched by domain, not by
// searching the whole URL, which keeps the common case to one map lookup.
func personalURL(u []byte) bool {
	host, path := u, []byte(nil)
	if k := bytes.IndexByte(u, '/'); k >= 0 {
		host, path = u[:k], u[k:]
	}
	if k := bytes.IndexByte(host, ':'); k >= 0 {
		host = host[:k]
	}
	var buf [64]byte
	h := lowerWord(buf[:], host)
	if h == nil {
		return false
	}
	for _, suf := range personalHostSuffixes {
		if len(h) > len(suf) && string(h[len(h)-len(suf):]) == suf {
			return true
		}
	}
	if obituary(path) {
		return true // ".../obituaries/camila-figueroa-7": a funeral home's page for one person
	}
	if namedPage(path) {
		return true // ".../p/aino.lehtonen", ".../spotlight/maria-gonzalez": a page for one person
	}
	if hasPrefixFold(h, "graph.") || hasPrefixFold(h, "api.") {
		return false // "graph.facebook.com/v18.0/1367919437399433/messages": a platform's API, no one's page
	}
	// "www.facebook.com", "m.facebook.com": try the host, then without its first labels.
	for d := h; ; {
		if prefix, ok := socialSites[string(d)]; ok {
			if string(d) == "github.com" {
				// "github.com/jdoe" is a person; "github.com/honeybadger-io/honeybadger-ruby" a project.
				rest := path[min(1, len(path)):]
				if k := bytes.IndexAny(rest, "/?#"); k >= 0 && k+1 < len(rest) && rest[k] == '/' {
					return false
				}
			}
			for prefix := range strings.SplitSeq(prefix, "|") {
				if len(path) > len(prefix) && hasPrefixFold(path, prefix) && path[len(prefix)] != '?' {
					return true
				}
			}
			return false
		}
		dot := bytes.IndexByte(d, '.')
		if dot < 0 || bytes.IndexByte(d[dot+1:], '.') < 0 {
			return false
		}
		d = d[dot+1:]
	}
}

// namedPage reports whether a URL's path has a segment named for a person:
// a slug of a given name and a surname ("farida-haidari-1979"), under a
// segment for people ("/u/", "/members/") a handle or a slug made of a name
// ("arjun.bianchi65", "haruto-nakamura-3157"), or a FHIR Patient
// resource's id ("/Patient/eCpD7NFSYoY.eLkBWCouWlv3"). A clinician's page
// ("/providers/maria-gonzalez-md") names no patient.
func namedPage(path []byte) bool {
	var parent []byte
	for len(path) > 0 {
		if path[0] == '/' {
			path = path[1:]
			continue
		}
		seg := path
		if k := bytes.IndexByte(path, '/'); k >= 0 {
			seg, path = path[:k], path[k:]
		} else {
			path = nil
		}
		if !staffSegments[string(parent)] {
			if nameSlug(seg) || peopleSegments[string(parent)] && (personalHandle(seg) || peopleSlug(seg)) ||
				string(parent) == "Patient" && fhirID(seg) {
				return true
			}
		}
		parent = seg
	}
	return false
}

var (
	staffSegments  = words("provider", "providers", "doctor", "doctors", "physician", "physicians", "staff", "team", "clinicians", "author", "authors")
	peopleSegments = words("u", "p", "user", "users", "member", "members", "patient", "patients", "profile", "profiles", "site", "family", "inmate",
		"share", "join", "invite", "guest", "person", "people", "athletes", "updates")
)

// fhirID reports whether seg is a FHIR resource's logical id as servers
// make them: three to 64 letters, digits, '-' and '.', not a year
// ("http://www.himsa.com/Noah/Patient/2020" is a namespace) and not a
// UUID, which is any record's.
func fhirID(seg []byte) bool {
	if len(seg) < 3 || len(seg) > 64 || len(seg) == 4 && allDigits(seg) || isUUID(seg) {
		return false
	}
	for _, c := range seg {
		if !isAlnum(c) && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

// obituary reports whether a URL's path leads to one person's obituary:
// a segment "obituaries" or "obituary" and a name's slug after it.
func obituary(path []byte) bool {
	for _, seg := range [...]string{"/obituaries/", "/obituary/"} {
		if k := indexFold(path, seg); k >= 0 {
			rest := path[k+len(seg):]
			if n := bytes.IndexByte(rest, '/'); n >= 0 && hasPrefixFold(rest, "name/") {
				rest = rest[n+1:] // legacy.com's ".../obituaries/name/anh-friedman-obituary?id=..."
			}
			return bytes.IndexByte(rest[:min(len(rest), 40)], '-') > 0 && isLetter(rest[0])
		}
	}
	return false
}

// uriAround finds, around the ':' at b[colon], a URL that names a person
// (a social profile, a home page with ~user) or a data: URI holding an image
// or a biometric sample.
func uriAround(b []byte, colon, from, to int) (start, end int, c Category, det string, ok bool) {
	// data:image/png;base64,....
	if colon-4 >= from && equalFold(b[colon-4:colon], "data") && (colon-5 < from || !isAlnum(b[colon-5])) {
		e := colon + 1
		for e < to && !isSpace(b[e]) && b[e] != '"' && b[e] != '\'' && b[e] != ')' && b[e] != '\\' {
			e++
		}
		mt := b[colon+1 : e]
		comma := bytes.IndexByte(mt, ',')
		if comma < 0 || e-colon < 24 {
			return 0, 0, 0, "", false
		}
		payload := mt[comma+1:]
		switch {
		case hasPrefixFold(mt, "image/"):
			return colon - 4, e, Photo, "data_uri", true
		case hasPrefixFold(mt, "audio/"):
			return colon - 4, e, Biometric, "data_uri", true
		default:
			if k := sniffBase64(payload); k != blobNone {
				return colon - 4, e, k.category(), blobDetector[k], true
			}
		}
		return 0, 0, 0, "", false
	}
	if colon+3 > to || b[colon+1] != '/' || b[colon+2] != '/' {
		return 0, 0, 0, "", false
	}
	s := colon
	for s > from && isLetter(b[s-1]) {
		s--
	}
	if !equalFold(b[s:colon], "http") && !equalFold(b[s:colon], "https") {
		return 0, 0, 0, "", false
	}
	inQuery := s > from && b[s-1] == '=' // "?homepage=https://x.example/jo&c-ip=...": '&' ends the parameter
	e := urlEnd(b, colon+3, to, inQuery)
	u := b[colon+3 : e]
	if len(u) == 0 || u[0] == '/' {
		return 0, 0, 0, "", false // no host
	}
	if s >= 7 && (b[s-1] == '"' || b[s-1] == '\'') && b[s-2] == '=' && indexFold(b[max(0, s-24):s], "xmlns") >= 0 {
		return 0, 0, 0, "", false // xmlns="http://services.example.com/Patient/Documents": a namespace, no page
	}
	// A profile, a home page with ~user, or a site its words call personal
	// ("personal site https://tariq.example.com").
	if personalURL(u) || bytes.Contains(u, []byte("/~")) || personalSiteBefore(b, from, s) {
		return s, e, URL, "personal_url", true
	}
	if linkToken(u) {
		return s, e, URL, "personal_link", true
	}
	return 0, 0, 0, "", false
}

// linkToken reports whether the URL without its scheme or query, u, is a
// link made for one person: a path of a letter or two and a random token
// ("lsrx.co/r/hDcP2fq", "connect.example.org/v/c164d2ee5a"), as reminders,
// payment requests and shared albums send. A token mixes letters and
// digits: a word is a service's ("/ws/EligibilityVerification"), a number
// a meeting's or a code's ("zoom.us/j/8829896889", "loinc.org/q/96777-8"),
// a word and a number a page's ("/rt/core22").
func linkToken(u []byte) bool {
	k := bytes.IndexByte(u, '/')
	if k < 0 {
		return false
	}
	path := u[k+1:]
	j := bytes.IndexByte(path, '/')
	if j < 1 || j > 2 || !isLetter(path[0]) || !isLetter(path[j-1]) {
		return false
	}
	token := path[j+1:]
	if len(token) < 6 || len(token) > 40 {
		return false
	}
	var letter, digit bool
	lowerThenDigits := true // "core22", "page12": a word and a number
	for i, c := range token {
		switch {
		case isLetter(c):
			letter = true
			lowerThenDigits = lowerThenDigits && !digit && c >= 'a'
		case isDigit(c):
			digit = true
			lowerThenDigits = lowerThenDigits && i >= 3
		case c != '_':
			return false // "OPS-112": an issue's key
		default:
			lowerThenDigits = false
		}
	}
	return letter && digit && !lowerThenDigits
}

// urlEnd returns where a URL's host and path that start at b[k] end: at
// a space, a quote, a bracket, its query or fragment ('&' too in a
// query's parameter), less the punctuation of the text around it.
func urlEnd(b []byte, k, to int, inQuery bool) int {
	e := k
	for e < to && !isSpace(b[e]) && b[e] != '"' && b[e] != '\'' && b[e] != '<' && b[e] != '>' && b[e] != '\\' && b[e] != '?' && b[e] != '#' &&
		!(inQuery && b[e] == '&') {
		e++
	}
	for e > k && (b[e-1] == '.' || b[e-1] == ',' || b[e-1] == ')' || b[e-1] == ';') {
		e--
	}
	return e
}

// bareSocialURL emits a social site's page for one person written without
// its scheme, at b[i] whose first label is b[i:e] ("www", "facebook"),
// and returns its end, or 0.
func (st *state) bareSocialURL(b []byte, i, e, to int) int {
	var buf [20]byte
	if lw := lowerWord(buf[:], b[i:e]); lw == nil || !socialLabels[string(lw)] {
		return 0
	}
	k := urlEnd(b, e, to, false)
	if bytes.IndexByte(b[e:k], '/') < 0 || !personalURL(b[i:k]) || !st.s.c.cats.Has(URL) {
		return 0
	}
	st.emit(i, k, URL, "personal_url", Medium, false)
	return k
}

// socialLabels are the first labels of socialSites' hosts, and "www":
// where a page written without its scheme may start. Not GitHub's: Go's
// module paths are written so ("github.com/twmb/franz-go/plugin/kotel").
var socialLabels = func() wordSet {
	set := wordSet{"www": true, "m": true}
	for host := range socialSites {
		label, _, _ := strings.Cut(host, ".")
		set[label] = true
	}
	delete(set, "github")
	return set
}()

// personalSiteBefore reports whether words that name a person's own web
// page ("personal site", "homepage", "blog", "portfolio") end just before
// b[s], within a few bytes.
func personalSiteBefore(b []byte, from, s int) bool {
	var buf [12]byte
	w, ws := wordBefore(buf[:], b, from, s, " :=", 3)
	switch string(w) {
	case "homepage", "blog", "portfolio":
		return true
	case "site", "page", "url", "profile":
		if ws-1 <= from || b[ws-1] != ' ' {
			return false
		}
		p, _ := lowerWordBefore(buf[:], b, from, ws-1)
		return string(p) == "personal" || string(p) == "social"
	}
	return false
}

func hasPrefixFold(b []byte, p string) bool {
	return len(b) >= len(p) && equalFold(b[:len(p)], p)
}

func hasSuffixFold(b []byte, p string) bool {
	return len(b) >= len(p) && equalFold(b[len(b)-len(p):], p)
}

// containsAny reports whether b holds one of the strings ws.
func containsAny(b []byte, ws ...string) bool {
	for _, w := range ws {
		if bytes.Contains(b, []byte(w)) {
			return true
		}
	}
	return false
}

// containsAnyFold reports whether b holds one of the lower-case ASCII
// strings ws, ignoring case.
func containsAnyFold(b []byte, ws ...string) bool {
	for _, w := range ws {
		if indexFold(b, w) >= 0 {
			return true
		}
	}
	return false
}

// indexFold returns the index of the lower-case ASCII string p in b, ignoring case.
func indexFold(b []byte, p string) int {
	for i := 0; i+len(p) <= len(b); i++ {
		if lower(b[i]) == p[0] && equalFold(b[i:i+len(p)], p) {
			return i
		}
	}
	return -1
}

// word handles a token starting with a letter at b[i]: a key of a
// key=value or key: value pair, a base64 payload, a keyword, a name, an
// alphanumeric identifier. It returns where scanning goes on.
func (st *state) word(b []byte, i, to int) int {
	if i >= 4 && b[i-1] == ' ' && (b[i-2] == ')' || b[i-2] == ']') && (isDigit(b[i-3]) || b[i-3] == 'M') { // "(06:09:10 AM) ana ruiz:"
		if e := st.chatSpeaker(b, i, to); e > 0 {
			return e
		}
	}
	// Count the token's digits, capitals and underscores in one sum of
	// packed counters, a table lookup and an add a byte. Bytes outside
	// ASCII go on a word ("Søren", "Núñez"); word is never called at one.
	tokEnd := i
	digits, uppers, underscores := 0, 0, 0
	for tokEnd < to {
		var sum uint64
		k, lim := tokEnd, min(to, tokEnd+wordChunk)
		for k < lim {
			v := wordBytes[b[k]]
			if v == 0 {
				break
			}
			sum += v
			k++
		}
		digits += int(sum & 0xffff)
		uppers += int(sum >> 16 & 0xffff)
		underscores += int(sum >> 32 & 0xffff)
		tokEnd = k
		if k < lim {
			break
		}
	}
	letters := tokEnd - i - digits - underscores
	if tokEnd+5 < to && b[tokEnd] == '.' && isLower(b[tokEnd+1]) && letters == tokEnd-i && (i == 0 || b[i-1] != '.' && b[i-1] != '/' && b[i-1] != '@') {
		if e := st.bareSocialURL(b, i, tokEnd, to); e > 0 {
			return e // "facebook.com/maria.lopez.5832", "strava.com/athletes/111504124": a person's page without its scheme
		}
	}
	if digits >= 4 && isUpper(b[i]) && (tokEnd-i == 5 || tokEnd-i == 13) && digits == tokEnd-i-1 {
		if e := donationNumberEnd(b, i, tokEnd, to); e > 0 && st.donorRecord() {
			if st.s.c.cats.Has(OtherID) {
				st.emit(i, e, OtherID, "isbt_din", Medium, false) // "graft W0417 24 336795 reserved": a donor's donation, by ISBT 128's number
			}
			return e
		}
	}
	if digits == 0 && tokEnd+2 < to && isUpper(b[i]) && (b[tokEnd] == ' ' && isDigit(b[tokEnd+1]) || b[tokEnd] == '-' || b[tokEnd] == '.' && b[tokEnd+1] == ' ') {
		if e := st.europeanStreet(b, i, tokEnd, to); e > 0 {
			return e // "Hauptstraße 112a, 69117 Heidelberg"
		}
	}
	if i > 0 && b[i-1] == ']' && tokEnd-i == 24 && b[i] == 'C' && b[i+1] == '1' && string(b[i+2:i+6]) == "8018" && allDigits(b[i+6:tokEnd]) {
		st.emit(i+6, tokEnd, OtherID, "gsrn", Medium, false) // "]C18018095012381015897972": a patient's wristband, GS1's service relation number of a recipient of care
		return tokEnd
	}
	if i > 0 && b[i-1] == ']' && tokEnd-i >= 26 && isDigit(b[i+1]) && b[i+2] == '0' && b[i+3] == '1' {
		if e := bareUDI(b, i+2, to); e > 0 {
			st.emit(i-1, e, Device, "udi", Medium, false) // "]d2010...": a GS1 string behind its symbology identifier
			return e
		}
	}
	if underscores == 1 && tokEnd-i >= 16 && tokEnd-i <= 40 && digits > 0 && string(b[i:i+4]) == "cus_" && st.s.c.cats.Has(Account) {
		// "cus_Phrr6rNJliNHMY": a payment processor's customer, one
		// person's billing account; its charges' and intents' IDs are
		// the processor's.
		st.emit(i, tokEnd, Account, "payment_customer", Medium, false)
		return tokEnd
	}
	if digits >= 2 && tokEnd < to && (b[tokEnd] == ':' || b[tokEnd] == '=') && (letters == 2 || letters == 3 || letters == 4) {
		if e := geneticProfileEnd(b, i, to); e > 0 {
			if st.s.c.cats.Has(Biometric) {
				st.emit(i, e, Biometric, "genetic_profile", Medium, false)
			}
			return e
		}
	}
	if digits >= 4 && tokEnd < to && b[tokEnd] == '^' {
		if e := st.cx(b, i, tokEnd, to); e > 0 {
			return e
		}
	}
	if tokEnd-i == 4 && b[i] == 'V' && b[i+1] == 'A' && tokEnd+3 < to && b[tokEnd] == '(' {
		if e := st.vistaArray(b, i, tokEnd, to); e > 0 {
			return e // VADM(1)="VANG,PA F": a VistA patient array's element
		}
	}
	if tokEnd-i == 4 && b[i] == 'A' && b[i+1] == 'M' && digits == 2 {
		if e := st.ncpdpSegment(b, i, to); e > 0 {
			return e // an NCPDP claim: "AM01\x1cCASHIRIN\x1cCBKIM\x1cC419990813"
		}
	}
	if i > 0 && class[b[i-1]]&cRare != 0 { // what a few forms open with: one test for all of them
		switch b[i-1] {
		case '?':
			if i >= 2 && b[i-2] == '=' {
				st.qp = true // "=?UTF-8?Q?...?=": an encoded header word
			}
		case '^':
			if b[i] == 'F' && tokEnd-i > 2 && b[i+1] == 'D' {
				if e := st.zplField(b, i, to); e > 0 {
					return e
				}
			}
			if (i == 1 || !isAlnum(b[i-2])) && uppers > 0 && tokEnd < to && (b[tokEnd] == '(' || b[tokEnd] == '.') {
				if e := st.mGlobal(b, i-1, to); e > 0 {
					return e // ^Patient(98251,"DOB")=31151, ^DPT(1432335,0)="HARRIS,ESPERANZA R^M^2740707^^^^^^232605001"
				}
			}
		case '&':
			if tokEnd-i == 2 && b[i] == 'l' && b[i+1] == 't' && tokEnd+1 < to && b[tokEnd] == ';' && (isLetter(b[tokEnd+1]) || b[tokEnd+1] == '/') {
				if e := st.escapedXML(b, i-1, to); e > 0 {
					return e
				}
			}
		case '$':
			if tokEnd == to || b[tokEnd] != '=' {
				return tokEnd // "$first: Int", "$HOME": a variable, neither a key nor a word
			}
		}
	}
	if tokEnd+3 < to && (b[tokEnd] == '(' || b[tokEnd] == ' ') && (b[tokEnd+1] == '"' || b[tokEnd+1] == '\'') {
		// Forms where a quote follows the word: one test for all of them.
		if b[tokEnd] == ' ' && isDigit(b[tokEnd+2]) && (tokEnd-i == 4 || tokEnd-i == 6) &&
			(equalFold(b[i:tokEnd], "text") || equalFold(b[i:tokEnd], "data") || equalFold(b[i:tokEnd], "string")) && parseFailure(b, i, to) {
			// A date a parser refused is one a person typed: "Text '07/03/2011'
			// could not be parsed", "String '03/18/2000' was not recognized as
			// a valid DateTime", "time data '11.04.1990' does not match format".
			st.ctx[Date] = tokEnd + 1
		}
		if tokEnd-i == 5 && b[tokEnd] == ' ' && b[tokEnd+1] == '"' && string(b[i:tokEnd]) == "value" && i >= 8 && string(b[i-8:i]) == "invalid " {
			if end := st.graphQLValue(b, tokEnd+1, to); end > 0 {
				return end // GraphQL: `Variable "$input" got invalid value "Mar 22, 2021" at "input.dob"`
			}
		}
		if b[tokEnd] == '(' && b[tokEnd+1] == '"' && uppers > 0 && isUpper(b[i]) {
			// A value in its type's name, as Rust's and Scala's newtypes print
			// it: "MemberId(\"BXPE46816452\")", "Npi(\"1849267467\")".
			if q := bytes.IndexByte(b[tokEnd+2:min(to, tokEnd+96)], '"'); q > 0 && tokEnd+3+q < to && b[tokEnd+3+q] == ')' {
				if kc := st.classifyKey(b[i:tokEnd], keyClass{}); kc.cat != 0 && !kc.never() && st.keyedValue(kc, b, tokEnd+2, tokEnd+2+q) {
					return tokEnd + 4 + q
				}
			}
		}
		if uppers > 0 && isUpper(b[i]) {
			// ... and a number: "PatientId(49200069)".
			if e := parenNumberEnd(b, tokEnd, to); e > 0 {
				if kc := st.classifyKey(b[i:tokEnd], keyClass{}); kc.cat != 0 && !kc.never() && st.keyedValue(kc, b, tokEnd+1, e) {
					return e + 1
				}
			}
		}
	}
	if tokEnd-i == 5 && tokEnd+14 < to && b[tokEnd] == '.' && string(b[i:tokEnd]) == "amzn1" {
		if e := st.alexaID(b, i, tokEnd, to); e > 0 {
			return e
		}
	}
	if tokEnd-i == 4 && tokEnd+4 < to && b[tokEnd] == ' ' && isLower(b[tokEnd+1]) && equalFold(b[i:tokEnd], "user") {
		if e := handleEnd(b, tokEnd+1, to); personalHandle(b[tokEnd+1 : e]) {
			st.emit(tokEnd+1, e, OtherID, "context", Low, false) // "Email updated for user amensah70"
			return e
		}
	}
	if digits == 0 && uppers == tokEnd-i && tokEnd-i >= 5 && tokEnd-i <= 8 && tokEnd < to && (b[tokEnd] == ',' || b[tokEnd] == '|' || b[tokEnd] == '\t') {
		var lb [8]byte
		if cdiscDate(string(lowerWord(lb[:], b[i:tokEnd]))) {
			st.ctx[Date] = tokEnd // "...,DSSTDAT,DataPoint,,20 NOV 2023,...": an audit trail's field, its value soon after
			return tokEnd
		}
	}
	if digits > 0 && i >= 4 && string(b[i-4:i]) == "for " && isLower(b[i]) {
		if e := st.loginFrom(b, i, to); e > 0 {
			return e // "Portal login succeeded for cmensah591 from 174.223.178.29"
		}
	}
	if i >= 4 && b[i-1] == ' ' && b[i-2] == '-' && b[i-3] == ' ' && isAlnum(b[i-4]) {
		if e := st.accessLogUser(b, i, to); e > 0 {
			return e // "96.224.108.99 - s_oconnell09 [11/Mar/2024:...]": the user the request was made as
		}
	}
	if tokEnd-i == 5 && tokEnd+8 < to && b[tokEnd+1] == '(' && b[tokEnd+2] == '[' && b[tokEnd] == ' ' && string(b[i:tokEnd]) == "value" {
		if e := st.extractedValue(b, tokEnd+3, to); e > 0 {
			return e // Hibernate's "extracted value ([last_nam8_0_] : [VARCHAR]) - [Jovanović]"
		}
	}
	if uppers > 0 && isUpper(b[i]) && tokEnd+1 < to && (b[tokEnd] == '[' || b[tokEnd] == '(' || b[tokEnd] == '{' || b[tokEnd] == '@' || b[tokEnd] == '.') {
		if e := st.orgRecord(b, i, to); e > 0 {
			return e // "Provider[id=6915, name=Henrik Aalto, email=...]": a clinician's
		}
		if tokEnd-i == 7 && b[tokEnd] != '.' && b[tokEnd] != '@' && string(b[i:tokEnd]) == "Patient" {
			st.patientEnd = tokEnd + 1 // "Patient(id=6465681, ...)", "&models.Patient{ID:8898623 ...}": the record's id is the patient's
		}
	}
	if uppers == 0 && digits == 0 && underscores == 0 && tokEnd+1 < to && b[tokEnd] == ' ' && proseAfter(b[tokEnd+1]) &&
		(i == 0 || b[i-1] != '/' && b[i-1] != '.') && plainLower(b[i:tokEnd]) && !numberWord(b[i:tokEnd]) {
		return tokEnd // a word of prose, the commonest token: none of the forms below starts with one
	}
	if tokEnd-i == 1 && tokEnd+2 < to && b[tokEnd] == '|' && (b[i] == 'P' || b[i] == 'Q') {
		if e := st.astmRecord(b, i, to); e > 0 {
			return e // an ASTM laboratory record: "P|1|PATID||DOE^JOHN||19500101"
		}
	}
	if tokEnd-i <= 3 && tokEnd+1 < to && uppers > 0 {
		switch w := b[i:tokEnd]; {
		case len(w) == 3 && (b[tokEnd] == '|' || hl7Mark(b[tokEnd])) && hl7Segments[string(w)]:
			if e := st.scanHL7Run(b, i, to); e > i {
				return max(e, tokEnd+1) // HL7 v2 segments inside text
			}
		case x12Start(b, i, tokEnd, to):
			return max(st.scanX12(b, i, to), tokEnd+1) // X12 EDI segments
		case len(w) == 3 && (b[tokEnd] == '-' || b[tokEnd] == '.') && hl7Segments[string(w)]:
			if e := st.hl7FieldPair(b, i, to); e > 0 {
				return e // "PID-5|DOE^JANE", "@PID.7^19500101"
			}
		}
	}
	if tokEnd+3 < to && b[tokEnd] == '#' && (tokEnd-i == 7 || tokEnd-i == 6) && isAlnum(b[tokEnd+1]) &&
		(equalFold(b[i:tokEnd], "patient") || equalFold(b[i:tokEnd], "member")) {
		// A single-table key, "PATIENT#MC8202468", "MEMBER#U0888577909": the entity and its ID.
		if e := idRunEnd(b, tokEnd+1, to); e-tokEnd-1 >= 4 && hasDigit(b[tokEnd+1:e]) && !uuidOrHash(b[tokEnd+1:e]) {
			c := MRN
			if tokEnd-i == 6 {
				c = HealthPlan
			}
			st.emit(tokEnd+1, e, c, "context", Medium, false)
			return e
		}
	}
	if tokEnd-i == 1 && b[i] == 'P' && tokEnd+43 <= to && b[tokEnd] == '<' {
		if e := st.mrz(b, i, to); e > 0 {
			return e // a passport's machine-readable zone
		}
	}
	if i+44 <= to && (tokEnd-i >= 6 && tokEnd-i <= 9 && b[tokEnd] == '<' || tokEnd-i >= 28 && tokEnd-i <= 44 && digits >= 14) && (i == 0 || !isAlnum(b[i-1])) {
		// (A number of nine characters runs on into the line: "K863813362KWT5805093M...".)
		if e := st.mrzLine2(b, i, to, true); e > 0 {
			return e // a passport's zone read line by line: "L2='FZ482917<3BRA8707095F3103304<<<<<<<<<<<<<<<2'"
		}
	}
	if tokEnd+13 < to && b[tokEnd] == ' ' && uppers == 4 && isDigit(b[tokEnd+1]) && (tokEnd-i == 4 || tokEnd-i == 5 && b[i] == 'r' && i > 0 && b[i-1] == '\\') &&
		string(b[tokEnd-4:tokEnd]) == "ANSI" {
		if e := st.aamvaRecord(b, tokEnd+1, to); e > 0 {
			return e // a driver's licence's barcode data
		}
	}
	if tokEnd-i == 1 && tokEnd+3 < to && b[tokEnd] == '\'' && isUpper(b[i]) && isUpper(b[tokEnd+1]) {
		// "O'DONNELL^EBONY^J", "D'AMICO^ANA": a family name's particle
		// before its apostrophe, which ends the first token.
		k := tokEnd + 1
		for k < to && isLetter(b[k]) {
			k++
		}
		if k < to && b[k] == '^' && !st.inHL7Field(b, i) {
			if e := st.caretName(b, i, k, to); e > 0 {
				return e
			}
		}
	}
	if tokEnd+1 < to {
		switch c := b[tokEnd]; c {
		case ';', '|', ',':
			if c == '|' && (b[tokEnd+1] == 's' || b[tokEnd+1] == 'i' || b[tokEnd+1] == 'a' || b[tokEnd+1] == 'O') && tokEnd+2 < to && b[tokEnd+2] == ':' {
				if e := st.phpSession(b, i, tokEnd, to); e > 0 {
					return e // PHP's session: mrn|s:9:"E26441337";name|s:9:"Kofi Bell";
				}
			}
			if (uppers >= 2 && uppers+digits+underscores == tokEnd-i || uppers == 0 && c != ',' && tokEnd-i >= 2) && (i == 0 || b[i-1] == c || b[i-1] == ' ' || b[i-1] == '[') {
				if e := st.inlineHeader(b, i, to, c); e > 0 {
					return e // "MRN;LNAME;CITY;2185040;Dubois;Tucson": a header and its row
				}
			}
		case '^':
			if digits == 0 && underscores == 0 && uppers > 0 && !st.inHL7Field(b, i) {
				if e := st.caretName(b, i, tokEnd, to); e > 0 {
					return e
				}
			}
		case '-':
			if digits == 0 && underscores == 0 && uppers > 0 && isLetter(b[tokEnd+1]) {
				k := tokEnd + 1 // "RIVERA-OKONKWO^NIKOLAI^W": a hyphenated family name
				for k < to && (isLetter(b[k]) || b[k] == '-') {
					k++
				}
				if k < to && b[k] == '^' && !st.inHL7Field(b, i) {
					if e := st.caretName(b, i, k, to); e > 0 {
						return e
					}
				}
			}
		}
	}
	if tokEnd-i >= 5 && tokEnd-i <= 9 && tokEnd+3 < to && b[tokEnd] == ' ' && (b[tokEnd+1] == '\'' || b[tokEnd+1] == '"') && fieldNoun(b[i:tokEnd]) {
		// "unmatched pattern for field 'dl_num' value='CFJ495754'": a field
		// named in prose, for the value that follows it.
		if q := bytes.IndexByte(b[tokEnd+2:min(to, tokEnd+44)], b[tokEnd+1]); q > 0 && formFieldName(b[tokEnd+2:tokEnd+2+q]) {
			if nkc := st.classifyKey(b[tokEnd+2:tokEnd+2+q], keyClass{}); nkc.cat != 0 || nkc.never() {
				st.namedKC, st.namedEnd = nkc, tokEnd+3+q
			}
		}
	}
	if tokEnd-i == 5 && tokEnd+3 < to && b[tokEnd] == ':' && b[tokEnd+2] == '\'' && equalFold(b[i:tokEnd], "value") {
		if end := st.schemaError(b, i, tokEnd, to); end > 0 {
			return end // MySQL: "Incorrect date value: '01/15/1999' for column 'dob' at row 121"
		}
	}
	if tokEnd-i == 4 && i >= 4 && b[i-2] == '.' && b[i-1] == ' ' && tokEnd+2 < to && b[tokEnd] == ' ' && b[tokEnd+1] == '\'' && string(b[i:tokEnd]) == "Path" {
		if end := st.jsonNetPath(b, i, tokEnd, to); end > 0 {
			return end // Json.NET: "Could not convert string to DateTime: 10/19/75. Path 'subscriber.dob'"
		}
	}
	if tokEnd-i == 3 && tokEnd < to && b[tokEnd] == '-' && equalFold(b[i:tokEnd], "cvc") {
		if end := st.schemaError(b, i, tokEnd, to); end > 0 {
			return end // Xerces: "cvc-pattern-valid: Value '...' is not facet-valid ..."
		}
	}
	// A key may hold dots and dashes: "patient.ssn=", "x-forwarded-for:".
	keyEnd := tokEnd
	for keyEnd+1 < to && (b[keyEnd] == '.' || b[keyEnd] == '-') && class[b[keyEnd+1]]&cKey != 0 {
		keyEnd += 2
		for keyEnd < to && class[b[keyEnd]]&cKey != 0 {
			keyEnd++
		}
	}
	if i > 0 && b[i-1] == '{' && keyEnd+5 < to && b[keyEnd] == '}' && b[keyEnd+1] == ' ' && b[keyEnd+2] == '=' && b[keyEnd+3] == ' ' {
		// Crystal Reports' record selection: {Patient.MRN} = "03340543",
		// {Encounter.DischargeDate} = Date(2024,03,04).
		if kc := st.s.classifyPath(keyView(b[i:keyEnd])); kc.cat != 0 && !kc.never() {
			vs := keyEnd + 4
			if q := b[vs]; q == '"' || q == '\'' {
				if k := bytes.IndexByte(b[vs+1:min(to, vs+96)], q); k > 0 && st.keyedValue(kc, b, vs+1, vs+1+k) {
					return vs + 2 + k
				}
			}
			st.ctx[kc.cat] = vs // Date(...): the date's reader, with its field's context
			return keyEnd + 1
		}
	}
	if tokEnd+2 < to && b[tokEnd] == '/' && keyEnd == tokEnd && tokEnd-i <= 8 && isLetter(b[tokEnd+1]) {
		// Two short words for one field: "age/sex=92M", "DOB/Age: ...".
		k := tokEnd + 1
		for k < to && k-tokEnd <= 9 && isLetter(b[k]) {
			k++
		}
		if k < to && (b[k] == '=' || b[k] == ':' && (k+1 == to || b[k+1] != '/')) {
			keyEnd = k
		}
	}
	if i >= 2 && b[i-1] == ':' && letters > 0 && (b[i-2] == '{' || b[i-2] == ' ' || b[i-2] == '(' || b[i-2] == '[' || b[i-2] == ',') {
		if end := st.ednPair(b, i, keyEnd, to); end > 0 {
			return end // Clojure's EDN: {:patient/mrn "70981027", :patient/dob #inst "1959-11-22"}
		}
	}
	if i >= 2 && b[i-1] == '-' && (b[i-2] == '-' || b[i-2] == ' ' && isUpper(b[i])) && keyEnd+1 < to && b[keyEnd] == ' ' && b[keyEnd+1] != '-' {
		// A command's option and its value: "--patient-id MV-963453-1",
		// "--mrn 4471092", PowerShell's "-CIN 'XGH558749254'".
		if kc := st.classifyKey(b[i:keyEnd], keyClass{}); kc.cat != 0 && !kc.never() {
			vs := keyEnd + 1
			ve := vs
			if q := b[vs]; q == '\'' || q == '"' {
				if k := bytes.IndexByte(b[vs+1:to], q); k > 0 {
					vs, ve = vs+1, vs+1+k // --name "Eugene Summers", -CIN 'XGH558749254'
				}
			} else {
				for ve < to && b[ve] != ' ' && b[ve] != '"' && b[ve] != '\'' && b[ve] != ']' {
					ve++
				}
			}
			if ve > vs && st.keyedValue(kc, b, vs, ve) {
				return ve
			}
		}
	}
	if keyEnd-tokEnd >= 6 && b[tokEnd] == '-' && tokEnd-i <= 4 && uppers == tokEnd-i && allDigits(b[tokEnd+1:keyEnd]) {
		keyEnd = tokEnd // "MRN-1906188: conflicting ssn": an identifier named by its prefix, no key
	}
	if keyEnd-tokEnd >= 4 && (b[keyEnd-4] == '.' || b[keyEnd-5] == '.') && (keyEnd == to || !isAlnum(b[keyEnd])) {
		if e := st.facePhotoPath(b, i, keyEnd, to); e > 0 {
			return e // "/var/app/media/photos/pt_862449_face.jpg"
		}

	}
	if keyEnd+1 < to && b[keyEnd] == ':' && isDigit(b[keyEnd+1]) && keyEnd-tokEnd >= 2 && sourceFile(b[i:keyEnd]) {
		k := keyEnd + 1
		for k < to && isDigit(b[k]) {
			k++
		}
		return k // "booking_server.cc:1021", "sync.go:71": a source file and its line
	}
	if br := braceAfterKey(b, keyEnd, to); br > 0 {
		// "birth_date { year: 1944 month: 10 day: 15 }", "DOB:{Year:1944 ...}"
		if kc := st.classifyKey(b[i:keyEnd], keyClass{}); kc.cat == Date {
			if end := st.dateObject(b, br, to); end > 0 {
				return end
			}
		}
	}
	if underscores >= 2 && keyEnd == tokEnd && isUpper(b[i]) && (tokEnd == to || b[tokEnd] == ' ' || b[tokEnd] == '\'' || b[tokEnd] == '"') &&
		(letters > uppers || digits >= 6) && st.filePerson(b, i, tokEnd) {
		return tokEnd // a print job's title, a document's name without its extension: "Wristband_GARCIA_MARIA_04279249"
	}
	if keyEnd+4 < to && b[keyEnd] == ' ' && uppers >= 2 && keyEnd-tokEnd >= 2 {
		if vs, ve, ok := copybookValue(b, keyEnd, to); ok {
			// A record's field as File-AID and its kin print a copybook:
			// " 5 PM-INS-LAST-NAME     X(20)       13   LINDQVIST".
			if kc := st.classifyKey(b[i:keyEnd], keyClass{}); vs < ve && !kc.never() {
				mark := len(st.field)
				st.field = appendField(st.field, b[i:keyEnd])
				if !st.keyedValue(kc, b, vs, ve) {
					st.scanText(b, vs, ve)
				}
				st.field = st.field[:mark]
			}
			return max(ve, keyEnd+1)
		}
	}
	if keyEnd < to {
		switch b[keyEnd] {
		case '[':
			// PostgreSQL's test_decoding: LNAME[character varying]:'Adeyemi'.
			if k := bytes.IndexByte(b[keyEnd:min(to, keyEnd+40)], ']'); k > 1 && keyEnd+k+2 < to && b[keyEnd+k+1] == ':' &&
				(b[keyEnd+k+2] == '\'' || isDigit(b[keyEnd+k+2])) && isLower(b[keyEnd+1]) {
				return st.pair(b, i, keyEnd, keyEnd+k+2, to)
			}
			if k := formKeyEnd(b, keyEnd, to); k > 0 {
				return st.pair(b, i, k, k+1, to) // a form's field: "guarantor[1][first]=Will"
			}
		case '`', '"':
			// A statement's quoted column: MySQL's `city` = 'Green Bay',
			// PostgreSQL's "postcode"='54301'.
			if i > 0 && b[i-1] == b[keyEnd] {
				k := keyEnd + 1
				for k < to && b[k] == ' ' && k-keyEnd < 4 {
					k++
				}
				if k+1 < to && b[k] == '=' && b[k+1] != '=' {
					vs := k + 1
					for vs < to && b[vs] == ' ' {
						vs++
					}
					if vs < to && (b[vs] == '\'' || isDigit(b[vs])) {
						return st.pair(b, i, keyEnd, vs, to)
					}
				}
			}
		case '%':
			if k := formKeyEnd(b, keyEnd, to); k > 0 {
				return st.pair(b, i, k, k+1, to) // ... its brackets encoded: "billing_details%5Bname%5D=..."
			}
		case '@':
			if keyEnd+4 < to && isDigit(b[keyEnd+1]) && uppers > 0 {
				// A COBOL copybook's field as file utilities print it, at its
				// offset and length: PAT-MRN@0010(10)='42321816  '.
				k := keyEnd + 1
				for k < to && (isDigit(b[k]) || b[k] == '(' || b[k] == ')' || b[k] == '/') && k-keyEnd < 16 {
					k++
				}
				if k+1 < to && b[k] == '=' && b[k-1] == ')' {
					return st.pair(b, i, keyEnd, k+1, to)
				}
			}
		case '=':
			if tokEnd-i >= 16 && keyEnd == tokEnd && digits > 0 && underscores == 0 && paddingEnds(b, keyEnd+1, to) {
				break // base64 and its padding, "eyJwYXRp...In0=", not a key with no value
			}
			if !st.qp && qpEscapeAt(b, keyEnd, to) {
				st.qp = true // "Ram=C3=ADrez", "thanks=0A-- =0A": read again decoded
			}
			vs := keyEnd + 1
			if vs < to && (b[vs] == '>' || b[vs] == '#') {
				if b[vs] == '>' {
					vs++ // Ruby's hash: {:first_name=>"Ana", :dob=>nil}
					for vs < to && b[vs] == ' ' {
						vs++
					}
				}
				if vs+1 < to && b[vs] == '#' && b[vs+1] == '<' && !(vs+8 < to && string(b[vs:vs+8]) == "#<Date: ") {
					return vs + 2 // address=#<struct AddressDto street="...">: its fields are read one by one
				}
			}
			if vs >= to || b[vs] != '=' {
				return st.pair(b, i, keyEnd, vs, to)
			}
			if vs+1 < to && (b[vs+1] == '"' || b[vs+1] == '\'') {
				return st.pair(b, i, keyEnd, vs+1, to) // a filter's test: select(.memberId=="HMO722133530")
			}
		case ':':
			if keyEnd+1 < to && b[keyEnd+1] == '/' {
				break // a URL scheme
			}
			if keyEnd == tokEnd && digits == 0 && isUpper(b[i]) && titleBefore(b, i) {
				break // "Dear Ms. Yazzie:": a letter's salutation, no key
			}
			if keyEnd-i == 2 && keyEnd+2 < to && b[keyEnd+1] == ' ' && equalFold(b[i:keyEnd], "id") && st.patientsID(b, i) {
				st.ctx[MRN] = keyEnd + 1 // "Patient: PETROV, THANH    ID: 00750634"
				return keyEnd + 1
			}
			if keyEnd == tokEnd && uppers == 1 && digits == 0 && isUpper(b[i]) && st.surnameLabel(b, i, keyEnd) {
				return keyEnd + 1
			}
			if (keyEnd-tokEnd > 6 && b[tokEnd] == '-' || keyEnd == tokEnd && digits >= 4 && letters > 0 && keyEnd-i >= 6) &&
				hasDigit(b[i:keyEnd]) && (keyEnd+1 == to || b[keyEnd+1] == ' ') {
				// "MRN MRN-4989524: Eliquis", "for MRN E0042038: member ...": an
				// identifier that ends a clause after its keyword, not a label.
				if c, ok := st.idContext(b, i); ok && !masked(b[i:keyEnd]) && !(c == HealthPlan && digitCount(b[i:keyEnd]) < 5) {
					st.emit(i, keyEnd, c, "context", Medium, false)
					return keyEnd + 1
				}
				if uppers == letters && gluedMRN(b[i:keyEnd]) {
					st.emit(i, keyEnd, MRN, "mrn", Medium, false) // "updated for MRN7870437: Maria ..."
					return keyEnd + 1
				}
			}
			if keyEnd+1 < to && isDigit(b[keyEnd+1]) && digits > 0 {
				if kc := st.classifyKey(b[i:keyEnd], keyClass{}); kc.cat == 0 || kc.never() {
					break // "host:8080"
				}
			}
			vs := keyEnd + 1
			for vs < to && (b[vs] == ' ' || b[vs] == '\t') {
				vs++
			}
			if vs+3 < to && b[vs] == '(' && vs > keyEnd+1 {
				vs = spewType(b, vs, to) // go-spew's "PatientMRN: (string) (len=8) \"33790619\""
			}
			if vs < to && (b[vs] == '"' || b[vs] == '\'' || b[vs] == '[' && vs+1 < to && b[vs+1] != '"') {
				return st.pair(b, i, keyEnd, vs, to) // key: "value"
			}
			if vs < to && isUpper(b[vs]) {
				if _, end := typedRecord(b, vs, to); end > 0 {
					return st.pair(b, i, keyEnd, vs, to) // key: Type { ... }, Swift's key: Type(...)
				}
			}
			if vs < to && isAlnum(b[vs]) && i-st.patientEnd >= 0 && i-st.patientEnd <= 24 && recordKeyName(b[i:keyEnd]) {
				e := vs
				for e < to && (isAlnum(b[e]) || b[e] == '-') {
					e++
				}
				if e-vs >= minRecordKey && e-vs <= 24 && hasDigit(b[vs:e]) && (e == to || b[e] == ' ' || b[e] == ',' || b[e] == '}' || b[e] == ')') {
					st.patientEnd = -1 << 30
					st.emit(vs, e, MRN, "key", Medium, true) // "&models.Patient{ID:8898623 Name:...}"
					return e
				}
			}
			if vs < to && (isDigit(b[vs]) || b[vs] == '(' || b[vs] == '+') && spacedPhoneEnd(b, vs, to) > 0 {
				if kc := st.classifyKey(b[i:keyEnd], keyClass{}); (kc.cat == Phone || kc.cat == Fax) && !kc.never() {
					return st.pair(b, i, keyEnd, vs, to) // "mobile: 0412 345 678"
				}
			}
			if vs == keyEnd+1 && vs < to && isHex(b[vs]) {
				// "member:05d3e2a29c34", "session:3f9a0c1b": a namespaced key, as
				// Redis and caches write them, not a label and its value.
				e := vs
				for e < to && (isHex(b[e]) || b[e] == '-') {
					e++
				}
				if (e == to || !isAlnum(b[e])) && (e-vs >= 8 && lowerHex(b[vs:e]) || e-vs == 36 && isUUID(b[vs:e])) {
					return e
				}
			}
			if tokEnd-i == 1 && keyEnd == tokEnd && (b[i] == 'F' || b[i] == 'P' || b[i] == 'T' || b[i] == 'M') && vs > keyEnd+1 && vs < to &&
				(isDigit(b[vs]) || b[vs] == '(' || b[vs] == '+') {
				// A contact block: "P: 617-555-0148  F: 617-555-0111".
				st.resetContext()
				st.ctx[Phone] = keyEnd + 1
				if b[i] == 'F' {
					st.ctx[Fax] = keyEnd + 1
				}
				return keyEnd + 1
			}
			if vs == keyEnd+1 && vs < to && isAlnum(b[vs]) && letters > 0 && !(i >= 2 && b[i-1] == ':' && isAlnum(b[i-2])) {
				// (Not a name's segment, "urn:oh:medicaid:elig:v3".)
				// Go's %+v, "{FirstName:Marisol DOB:1939-05-30}": a key and its
				// value with nothing between. A value that goes on past a space
				// ("ptName:Roe, Jo", "IBAN:IT56 H699 ...") is read as text
				// after its label instead.
				if kc := st.classifyKey(b[i:keyEnd], keyClass{}); kc.cat != 0 || kc.never() {
					if ve, _, innerEnd := valueExtent(b, vs, to, false); valueAlone(b, ve, innerEnd, to) {
						return st.pair(b, i, keyEnd, vs, to)
					}
				}
			}
			if kc := st.colonKey(b, i, keyEnd); kc.cat == Name && !kc.ambiguous() && vs > keyEnd+1 && capitalisedWords(b, vs, to) ||
				(kc.cat == Vehicle || kc.cat == URL && !equalFold(b[i:keyEnd], "website")) && vs < to && isAlnum(b[vs]) ||
				kc.cat == Address && !kc.ambiguous() && vs > keyEnd+1 && vs < to && (isUpper(b[vs]) || b[vs] == '#' && vs+1 < to && isDigit(b[vs+1])) ||
				kc.handle() && kc.cat == 0 && vs > keyEnd+1 && vs < to && isLower(b[vs]) ||
				kc.cat != 0 && !kc.never() && rStrType(b, vs, to) > vs {
				// "Last Name: Fox": a name key settles a value that context
				// alone would not (a surname that is also a word); "City:
				// Paradise", "Apt: #79" the same for places; "username:
				// castaneda661" for handles; R's str(), "birth_date: Date,
				// format: ..." for a type before the value.
				return st.spacedPair(b, i, keyEnd, vs, to)
			}
			if vs > keyEnd+1 && vs < to && isLower(b[vs]) && st.ctx[Name] == keyEnd+1 {
				if end := st.introducedName(b, vs, to, true); end > 0 {
					return end // "pt name: john smith", as people type it
				}
			}
			return keyEnd + 1
		case ' ', '\t':
			// "Key = value", "key => value", "Key : value", "PID.7 - value", "Soc Sec # => value"
			if n := keyEnd + 1; n+7 < to && b[n] == 'v' && string(b[n:n+6]) == "value " && (b[n+6] == '\'' || b[n+6] == '"') {
				// A database's complaint about a field: "ADDRESS value '267 E
				// MISSION PKWY'", "field Photo_URL__c value 's3://...'".
				if kc := st.classifyKey(b[i:keyEnd], keyClass{}); kc.cat != 0 && !kc.never() {
					return st.pair(b, i, keyEnd, n+6, to)
				}
			}
			if n := keyEnd + 1; keyEnd == tokEnd && n < to && isLetter(b[n]) && b[n]|0x20 != 'i' && !(b[n]|0x20 == 'l' && n+5 < to && equalFold(b[n:n+5], "like ")) {
				break // a word and the next: the common case, none of the forms below
			}
			k := keyEnd
			for k < to && (b[k] == ' ' || b[k] == '\t') && k-keyEnd < 4 {
				k++
			}
			if k-keyEnd == 4 {
				// Names padded to the longest, as PowerShell's Format-List and
				// R's str() print them: only a colon after the padding.
				m := k
				for m < to && b[m] == ' ' && m-keyEnd < 40 {
					m++
				}
				if m+1 < to && b[m] == ':' && b[m+1] == ' ' {
					k = m
				}
			}
			ke := keyEnd
			if k+1 < to && b[k] == '#' && (b[k+1] == ' ' || b[k+1] == ':') {
				k++
				ke = k // the key reads "Subscr #": "subscr_no"
				for k < to && b[k] == ' ' && k-keyEnd < 6 {
					k++
				}
			}
			if k+7 < to && (b[k] == 'I' || b[k] == 'i') && equalFold(b[k:k+6], "ilike ") && b[k+6] == '\'' {
				k++ // PostgreSQL's, whatever the case: WHERE last_nm ILIKE 'Park%'
			}
			if k+6 < to && (b[k] == 'L' || b[k] == 'l') && equalFold(b[k:k+5], "like ") && b[k+5] == '\'' {
				if e := st.sqlLike(b, i, keyEnd, k+6, to); e > 0 {
					return e // WHERE LastName LIKE 'Abubakar%'
				}
			}
			if k+3 < to && (b[k] == 'I' || b[k] == 'i') && (b[k+1] == 'N' || b[k+1] == 'n') && b[k+2] == ' ' && b[k+3] == '(' {
				if e := st.sqlIn(b, i, keyEnd, k+3, to); e > 0 {
					return e // WHERE mrn IN ('00458812', '00458813')
				}
			}
			if k == keyEnd+1 && k < to && (isAlnum(b[k]) || b[k] == '\'' || b[k] == '"') && keyEnd-tokEnd >= 2 && keyEnd-tokEnd <= 6 && tokEnd-i == 3 &&
				(b[tokEnd] == '-' || b[tokEnd] == '.') && isDigit(b[tokEnd+1]) && uppers >= 2 && uppers+digits == 3 {
				// "PID-19 767610723", "IN1-36 468841268", "PID-5 'ROE^JO'": an
				// HL7 field named in prose gives its value the context of its
				// meaning, or is its key when the value is quoted.
				if kc := st.classifyKey(b[i:keyEnd], keyClass{}); kc.cat != 0 && !kc.never() {
					if b[k] == '\'' || b[k] == '"' {
						return st.pair(b, i, keyEnd, k, to)
					}
					st.colonKey(b, i, keyEnd)
					return keyEnd
				}
			}
			dash := k+1 < to && b[k] == '-' && b[k+1] == ' ' && k > keyEnd && digits < 4 // "policy AGA2693765968 - please ...": a value, no field's name
			if dash {
				if kc := st.classifyKey(b[i:keyEnd], keyClass{}); kc.cat == 0 || kc.never() {
					// "procedureCode - 99214": another field, whose value the
					// context of the one before does not describe.
					st.colonKey(b, i, keyEnd)
					return keyEnd
				}
			}
			if k+1 < to && (b[k] == '=' || b[k] == ':' || dash) && (b[k+1] == ' ' || b[k+1] == '>' && k+2 < to && b[k+2] == ' ') {
				vs := k + 1
				if b[vs] == '>' {
					vs++
				}
				for vs < to && b[vs] == ' ' {
					vs++
				}
				if vs < to && !(dash && isLower(b[vs])) { // "first address - address set" is prose
					return st.spacedPair(b, i, ke, vs, to)
				}
			}
		}
	}
	if tokEnd+2 < to && b[tokEnd] == '/' && isDigit(b[tokEnd+1]) && uppers > 0 {
		if e := userAgentEnd(b, i, to); e > 0 {
			return e
		}
	}
	if letters > 0 && (underscores >= 1 || i > 0 && b[i-1] == '\\') && tokEnd+1 < to && (b[tokEnd] == '-' && isAlnum(b[tokEnd+1]) || b[tokEnd] >= 0x80) {
		// "ROI_Duarte_Ji-woo_08876628.pdf", "Renee_Smith-Jones_lab_results.pdf",
		// "Friend_José_1978-09-17.tif", "Referral_Kenji_Watanabe_11-13-1965.docx",
		// "Scans\Ben-David_Ravi_19300806.pdf": a hyphen or an accent inside a file's name.
		k, us := tokEnd, underscores
		for k < to && k-i < 128 && (isAlnum(b[k]) || b[k] == '_' || b[k] == '-' || b[k] >= 0x80) {
			if b[k] == '_' {
				us++
			}
			k++
		}
		if us >= 2 && k+1 < to && b[k] == '.' && isLetter(b[k+1]) && st.filePerson(b, i, k) {
			return k
		}
	}
	if letters > 0 && underscores >= 2 && (digits >= 6 || isUpper(b[i])) && tokEnd+1 < to &&
		(b[tokEnd] == '.' && isLetter(b[tokEnd+1]) || b[tokEnd] == '\\' || b[tokEnd] == '/') && st.filePerson(b, i, tokEnd) {
		return tokEnd // "REF_KOWALSKI_FATIMA_19770523_MRN33691100.pdf", a folder "Images\RAMIREZ_HANNAH_19580320\"
	}
	if underscores > 0 && digits >= 8 || digits > 0 && tokEnd+1 < to && b[tokEnd] == '-' && isDigit(b[tokEnd+1]) && (i == 0 || !isAlnum(b[i-1])) {
		if e := st.idBirthDate(b, i, to); e > 0 {
			return e
		}
	}
	// Long runs of the base64 alphabet: images and templates, or noise
	// (tokens, hashes) that is skipped whole.
	if tokEnd-i >= 16 || (tokEnd < to && (b[tokEnd] == '+' || b[tokEnd] == '/')) {
		if e := b64End(b, i, to); e-i >= blobMin && !(tokEnd < to && b[tokEnd] == '/' && pathLike(b[i:e])) {
			return st.blob(b, i, to)
		}
		// A path's segment ("patients/04240723/questionnaires/EQ5D5L/..."):
		// read as a word, so that a resource names the segment after it.
	}
	tok := b[i:tokEnd]
	if digits == 0 {
		return st.letters(b, i, tokEnd, to, uppers)
	}
	if letters > 0 && underscores >= 2 && digits == 4 && isUpper(b[i]) && tokEnd+6 <= to && b[tokEnd] == '-' && b[tokEnd+3] == '-' &&
		isDigit(b[tokEnd+1]) && isDigit(b[tokEnd+2]) && isDigit(b[tokEnd+4]) && isDigit(b[tokEnd+5]) {
		st.filePerson(b, i, tokEnd+6) // "consents/Collins_Chloe_1946-04-12.pdf"
	}
	if letters > 0 {
		if tokEnd-i == 4 && tokEnd+1 < to && b[tokEnd] == ' ' && uppers == 2 && isUpper(b[i]) && isUpper(b[i+1]) {
			if e := st.spacedIBAN(b, i, to); e > 0 {
				return e
			}
		}
		st.alnumID(b, i, tokEnd, to, tok)
	}
	return tokEnd
}

// userAgentEnd returns the end of a User-Agent string at b[i], products
// and their comments ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac
// OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"), or 0.
// Their capitals are platforms, not people, and every access log carries
// one, so they are passed over whole. A string that is not one (no
// comment after the first product) or a comment that could hold something
// personal (an '@', an apostrophe as in "Jane's iPhone", seven digits in a
// row) ends it there and leaves the rest to the scanner.
func userAgentEnd(b []byte, i, to int) int {
	end, comments := 0, 0
	for k := i; k < to; {
		if b[k] == '(' {
			c := k + 1
			run := 0
			for c < to && b[c] != ')' {
				ch := b[c]
				if isDigit(ch) {
					run++
				} else {
					run = 0
				}
				if ch == '@' || ch == '\'' || ch == '(' || ch == '"' || run >= 7 {
					return end
				}
				c++
			}
			if c == to {
				return end
			}
			k = c + 1
			comments++
		} else {
			p := productEnd(b, k, to)
			if p == 0 {
				// A bare word before a product: "... Mobile Safari/537.36".
				w := k
				for w < to && isLetter(b[w]) {
					w++
				}
				if w == k || w-k > 12 || w+1 >= to || b[w] != ' ' || productEnd(b, w+1, to) == 0 {
					return end
				}
				p = w
			}
			k = p
		}
		if comments == 0 && k > i && end > 0 {
			return 0 // a product, then no comment: "curl/8.5.0 ok" is left to the scanner
		}
		end = k
		if k+1 < to && b[k] == ' ' && (b[k+1] == '(' || isLetter(b[k+1])) {
			k++
			continue
		}
		break
	}
	if comments == 0 {
		return 0
	}
	return end
}

// productEnd returns the end of a User-Agent product, "Name/version", at
// b[k], or 0.
func productEnd(b []byte, k, to int) int {
	p := k
	for p < to && (isAlnum(b[p]) || b[p] == '-' || b[p] == '_' || b[p] == '.') {
		p++
	}
	if p == k || p+1 >= to || b[p] != '/' || !isAlnum(b[p+1]) {
		return 0
	}
	p++
	for p < to && (isAlnum(b[p]) || b[p] == '.' || b[p] == '_' || b[p] == '-' || b[p] == '+') {
		p++
	}
	return p
}

// paddingEnds reports whether what follows an '=' at b[k-1] ends a base64
// run there: the end, a space, or a closing quote and what comes after a
// string ("...In0=\"}"); after a key's '=' an opening quote is followed by
// its value.
func paddingEnds(b []byte, k, to int) bool {
	if k >= to || isSpace(b[k]) {
		return true
	}
	if b[k] != '"' && b[k] != '\'' {
		return false
	}
	k++
	return k >= to || b[k] == ',' || b[k] == '}' || b[k] == ']' || b[k] == ';' || b[k] == '&' || isSpace(b[k])
}

// inHL7Field reports whether b[i] starts a component of an HL7 field, or
// a field of a segment: the segment's reader judges what it holds.
func (st *state) inHL7Field(b []byte, i int) bool {
	return i > 0 && (b[i-1] == '^' || b[i-1] == '~' || b[i-1] == '&' || b[i-1] == '|' && st.segmentRecord())
}

// caretName reads a name written as HL7 writes one (XPN), family name
// first and its parts joined by '^', at b[i:e]: "VANTERPOOL^LORETTA^J^^^"
// in a message quoted in prose, or in a field of a segment the scanner
// does not know. It returns the end of the name, or 0.
func (st *state) caretName(b []byte, i, e, to int) int {
	var parts [3]struct{ s, e int }
	n, k := 0, i
	for n < len(parts) {
		s := k
		for k < to && (isLetter(b[k]) || b[k] >= 0x80 || b[k] == '\'' || b[k] == '-' ||
			b[k] == ' ' && k+1 < to && k > s && isLetter(b[k+1]) && !dobAt(b, k+1, to) && (lowerIn(b[s:k]) || isUpper(b[k+1]) && !keyAt(b, k+1, to) && !labelAt(b, k+1, to))) {
			k++ // "DE LA CRUZ^ANA", "Blue Cross PPO": words of one component; capitals end at a key or a word in lower case
		}
		for k > s && b[k-1] == '\'' {
			k-- // "name 'NKOSI^NOMVULA'": the quote closes the value
		}
		if k == s {
			break
		}
		if k < to && (isDigit(b[k]) || b[k] == '_') {
			return 0 // "ED^HALL2": a place, not a name
		}
		parts[n].s, parts[n].e = s, k
		n++
		if k+1 >= to || b[k] != '^' || !isLetter(b[k+1]) {
			break
		}
		k++
	}
	if n < 2 || parts[0].e-parts[0].s < 2 || parts[1].e-parts[1].s < 2 {
		return 0
	}
	if codingSystem(b[parts[n-1].s:parts[n-1].e]) {
		return 0 // "BSX^Boston Scientific^MDC": a coded value, its text and its system ("...and Co^MVX": their tail)
	}
	family, _ := lookupName(b[parts[0].s:parts[0].e])
	gv := b[parts[1].s:parts[1].e]
	if sp := bytes.IndexByte(gv, ' '); sp > 0 {
		gv = gv[:sp] // "THANH HUONG", "MARÍA ELENA": the first given name
	}
	given, _ := lookupName(gv)
	if given.First == 0 && ordinaryWord(gv) {
		return 0 // "WEST^BED^2": a unit and its bed, no given name
	}
	end := parts[n-1].e
	after := end
	for after < to && b[after] == '^' {
		after++ // "O'SULLIVAN^SIOBHÁN^|19621019": the empty components are the name's
	}
	if (family.Last == 0 && given.First == 0 || family.Common && given.Common) && !st.near(Name, i, nameCtxWindow) && !birthDateAfter(b, after, to) {
		// Names the dictionaries lack need a word before them, "for
		// patient ADEYEMI^RAJESH", or a birth date after them:
		// "AL-MASRI^EMEKA DOB 10/12/1927", "|Adeyemi^Nnamdi|19800524|".
		return 0
	}
	st.emit(particlesBefore(b, i, true), end, Name, "name", Medium, false) // "DE LA CRUZ^MARÍA ELENA^D"
	return after
}

// birthDateAfter reports whether a birth date follows b[:e], past a
// space or a field's separator: its label ("DOB", "born") or the date
// itself, eight digits of a year before 2010 or a calendar date.
func birthDateAfter(b []byte, e, to int) bool {
	k := e
	for k < to && k-e < 2 && (b[k] == ' ' || b[k] == '|' || b[k] == ',' || b[k] == '\t') {
		k++
	}
	if k == e || k >= to {
		return false
	}
	if dobAt(b, k, to) || hasPrefixFold(b[k:to], "born ") {
		return true
	}
	d := k
	for d < to && isDigit(b[d]) {
		d++
	}
	if d-k == 8 && (d == to || !isAlnum(b[d])) {
		return fileDate(b[k:d]) && birthYear(b[k:d])
	}
	return dateAt(b, k, to)
}

// dobAt reports whether a birth date's label starts at b[k]: "DOB",
// "D.O.B.", a word of its own.
func dobAt(b []byte, k, to int) bool {
	for _, l := range [...]string{"dob", "d.o.b."} {
		if hasPrefixFold(b[k:to], l) {
			return k+len(l) == to || !isLetter(b[k+len(l)])
		}
	}
	return false
}

// fhirPrefix reports whether p is a FHIR search comparison prefix.
func fhirPrefix(p []byte) bool {
	switch string(p) {
	case "eq", "ne", "gt", "lt", "ge", "le", "sa", "eb", "ap":
		return true
	}
	return false
}

// lowerIn reports whether w holds a lower-case letter.
func lowerIn(w []byte) bool {
	for _, c := range w {
		if isLower(c) {
			return true
		}
	}
	return false
}

// ibanStart reports whether w opens an IBAN: a country code and two check
// digits, "DE82".
func ibanStart(w []byte) bool {
	return len(w) == 4 && isUpper(w[0]) && isUpper(w[1]) && isDigit(w[2]) && isDigit(w[3])
}

// spacedIBAN reads an IBAN printed in groups of four, "DE71 0211 9168 4419
// 5334 93", at b[i] and returns its end, or 0.
func (st *state) spacedIBAN(b []byte, i, to int) int {
	var buf [34]byte
	n, k, end := 0, i, 0
	for k < to && n < len(buf) {
		g := 0
		for k < to && g < 4 && n < len(buf) && (isDigit(b[k]) || isUpper(b[k])) {
			buf[n] = b[k]
			n, k, g = n+1, k+1, g+1
		}
		if g == 0 || k < to && isAlnum(b[k]) {
			break
		}
		end = k
		if n >= 15 && validIBAN(buf[:n]) {
			st.emit(i, end, Account, "iban", High, false)
			return end
		}
		if g < 4 || k+1 >= to || b[k] != ' ' {
			break
		}
		k++
	}
	return 0
}

// b64End returns the end of the run of base64 characters starting at i.
func b64End(b []byte, i, to int) int {
	e := i
	for e < to && class[b[e]]&(cIdent|cB64) != 0 {
		e++
	}
	return e
}

// blob handles a base64 run at b[i]: a photo or biometric template if its
// decoded header says so; skipped whole otherwise.
func (st *state) blob(b []byte, i, to int) int {
	e := b64End(b, i, to)
	if e-i < blobMin {
		return i + 1
	}
	if k := sniffBase64(b[i:e]); k != blobNone {
		st.emit(i, e, k.category(), blobDetector[k], High, false)
	} else if e-i >= 64 && bytesIndex(b[i:e], '/') >= 0 && biometricBefore(b, i) {
		st.emit(i, e, Biometric, "biometric_template", Medium, false) // its slashes do not make it a path
	} else if pathLike(b[i:e]) {
		if base := bytes.LastIndexByte(b[i:e], '/') + i + 1; e < to && b[e] == '.' && e-base >= 12 && bytesIndex(b[base:e], '-') > 0 {
			// A file named for a person with hyphens, at the path's end?
			// "/var/app/uploads/ivanova-jane-1947-07-21-insurance-card.jpg"
			st.fileHyphenPerson(b, base, to)
		}
		return i + 1 // "/medicare/beneficiaries/7QT3VM0YY33/claims": a path, read by segment
	} else if e-i >= 4 && string(b[i:i+3]) == "eyJ" || base64Text(b[i:e]) {
		st.jwtPart(b, i, e)
	} else if biometricBefore(b, i) {
		st.emit(i, e, Biometric, "biometric_template", Medium, false)
	} else if end := st.photoFileAfter(b, i, e, to); end > 0 {
		return end // ".../patient-photos/E6110377/profile_8ecf6a87.heic"
	} else if s := bytes.LastIndexByte(b[i:e], '/') + i + 1; e-s > 8 && bytes.Count(b[s:e], []byte("_")) >= 2 {
		st.filePerson(b, s, e) // "/REF_KOWALSKI_FATIMA_19770523_MRN33691100.pdf": the file's name, whatever the path
	}
	return e
}

// biometricWindow is how far before a base64 run biometricBefore looks.
const biometricWindow = 96

// biometricBefore reports whether the word before the base64 run at b[i],
// of a format we do not know, says it is a biometric template:
// "voiceprint=...", or "template" with a part of the body before it
// ("voiceprint enrolled ... template=...", `<Data Name="Finger">LEFT_THUMB
// </Data><Data Name="Template">...`). A "fingerprint" alone is not enough:
// certificates and SSH keys have fingerprints in base64 too.
func biometricBefore(b []byte, i int) bool {
	from := max(0, i-biometricWindow)
	var buf [24]byte
	end := i
	if t := i - 1; t > from && b[t] == ':' {
		for t > from && i-t <= 7 && isAlnum(b[t-1]) {
			t--
		}
		if t < i-2 && hasDigit(b[t:i-1]) && t > from && b[t-1] == ' ' {
			end = t // "voiceprint VPv3:...": a format's tag, then the template
		}
	}
	w, _ := wordBefore(buf[:], b, from, end, "=:\"'> ", 4)
	if w == nil && end > from+4 && hasSuffixFold(b[from:end-1], "_b64") {
		// "template_b64=": the word before the suffix, base64-encoded.
		w, _ = wordBefore(buf[:], b, from, end-5, "", 0)
	}
	switch string(w) {
	case "voiceprint", "faceprint", "palmprint", "minutiae", "biometric", "biometrics":
		return true
	case "template", "templates", "sample", "print", "scan", "enrollment", "enrolment", "tpl", "tmpl", "embedding":
		return bodyPartIn(b[from:i], false)
	case "payload", "data", "blob", "b64", "base64", "probe", "model":
		// A carrier's word: "Voiceprint enrollment failed, payload=...".
		// A fingerprint or a face alone may be a certificate's or a camera's.
		return bodyPartIn(b[from:i], true)
	}
	return false
}

// bodyPartIn reports whether a word in w names a part of the body that
// biometric templates are taken of (not "interface"). Strict leaves out
// fingers and faces, whose prints may be certificates' and cameras'.
func bodyPartIn(w []byte, strict bool) bool {
	for k := range w {
		r := w[k:]
		if k > 0 && isLetter(w[k-1]) && !(isUpper(w[k]) && isLower(w[k-1])) {
			continue // inside a word, but for a camelCase hump
		}
		switch w[k] | 0x20 {
		case 'v':
			if hasPrefixFold(r, "voice") {
				return true
			}
		case 'f':
			if !strict && (hasPrefixFold(r, "finger") || hasPrefixFold(r, "face")) {
				return true
			}
		case 'p':
			if hasPrefixFold(r, "palm") {
				return true
			}
		case 'i':
			if hasPrefixFold(r, "iris") {
				return true
			}
		case 'r':
			if hasPrefixFold(r, "retina") {
				return true
			}
		case 's':
			if hasPrefixFold(r, "speaker") {
				return true
			}
		case 't':
			if hasPrefixFold(r, "tenprint") {
				return true
			}
		}
	}
	return false
}

// base64Text reports whether the base64 run v starts with text: its first
// 24 characters decode to 18 printable bytes ("Q0FMTEJBQ0sgTW9z" is
// "CALLBACK Mos"), as a message body, a fax's text or a cookie carries
// one. Random tokens and hashes decode to bytes that are not.
func base64Text(v []byte) bool {
	if len(v) < 24 {
		return false
	}
	var buf [18]byte
	enc := base64.RawStdEncoding
	if bytes.ContainsAny(v[:24], "-_") {
		enc = base64.RawURLEncoding
	}
	n, err := enc.Decode(buf[:], v[:24])
	return err == nil && n == 18 && printable(buf[:]) && bytes.IndexByte(buf[:], ' ') >= 0
}

// printable reports whether v is text: valid UTF-8 (but for a rune cut at
// its end) without control bytes but tabs and line ends.
func printable(v []byte) bool {
	for _, c := range v {
		if c < ' ' && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			return false
		}
	}
	if utf8.Valid(v) {
		return true
	}
	k := len(v) - 1
	for k > 0 && len(v)-k < 4 && !utf8.RuneStart(v[k]) {
		k--
	}
	return utf8.Valid(v[:k])
}

// maxJWTPart bounds the decoded size of a token part read for claims.
const maxJWTPart = 8 << 10

// jwtPart reads a part of a JSON Web Token, base64url JSON ("eyJ" is
// `{"`): an ID token logged with its request carries the user's name,
// email and birth date in its claims. A message body in base64, as queues
// deliver them, is read the same way, JSON or text (see base64Text). If the decoded JSON holds PHI, the
// whole part is one finding, of the first category found in it: its bytes
// cannot be redacted one by one.
func (st *state) jwtPart(b []byte, i, e int) {
	part := bytes.TrimRight(b[i:e], "=")
	n := base64.RawURLEncoding.DecodedLen(len(part))
	if n > maxJWTPart { // the claims decode smaller each time: nested tokens end
		return
	}
	enc := base64.RawURLEncoding
	if bytes.ContainsAny(part, "+/") {
		enc = base64.RawStdEncoding // a JSON payload in standard base64, as queues carry them
	}
	st.jwt = slices.Grow(st.jwt[:0], n)[:n]
	n, err := enc.Decode(st.jwt, part)
	if err != nil || n < 2 || st.jwt[0] != '{' && !printable(st.jwt[:n]) {
		return
	}
	// Another state of the pool reads the claims; this one keeps their
	// findings' buffer for the next token.
	fs := st.s.Scan(st.jwtFs[:0], st.jwt[:n])
	st.jwtFs = fs[:0]
	if len(fs) == 0 {
		return
	}
	conf, cat := Low, fs[0].Category
	for _, f := range fs {
		conf = max(conf, f.Confidence)
		if claimRank(f.Category) < claimRank(cat) {
			cat = f.Category
		}
	}
	det := "base64_json" // a message body, as Pub/Sub and Kinesis records carry one
	if st.jwt[0] != '{' {
		det = "base64_text" // a fax's or a message's text
	}
	if i > 0 && b[i-1] == '.' || e < len(b) && b[e] == '.' {
		// A JWT: the token whole, header to signature, as one bearer of
		// the claims.
		det = "jwt"
		for i > 1 && b[i-1] == '.' && isB64URL(b[i-2]) {
			i--
			for i > 0 && isB64URL(b[i-1]) {
				i--
			}
		}
		for e+1 < len(b) && b[e] == '.' && isB64URL(b[e+1]) {
			e++
			for e < len(b) && isB64URL(b[e]) {
				e++
			}
		}
	}
	st.emit(i, e, cat, det, conf, false)
}

// claimRank orders the categories of a token's claims, the most
// identifying first: the token is reported as that.
func claimRank(c Category) int {
	switch c {
	case SSN:
		return 0
	case MRN:
		return 1
	case HealthPlan:
		return 2
	case Account, License:
		return 3
	case Email, Phone, Name:
		return 4
	}
	return 5
}

func isB64URL(c byte) bool { return isAlnum(c) || c == '-' || c == '_' }

// cefHeader reports whether h starts a CEF or LEEF header: "CEF:0|",
// "LEEF:2.0|".
func cefHeader(h []byte) bool {
	return len(h) >= 5 && string(h[:4]) == "CEF:" && isDigit(h[4]) || len(h) >= 6 && string(h[:5]) == "LEEF:" && isDigit(h[5])
}

// cefHeaderEnd returns where the event's name starts in the CEF or LEEF
// header at b[k]: after its version, vendor, product, product version and
// event ID, none of them anyone's.
func cefHeaderEnd(b []byte, k, to int) int {
	for bars := 0; k < to && bars < 5; k++ {
		if b[k] == '|' && b[k-1] != '\\' {
			bars++
		}
	}
	return k
}

// pathLike reports whether a run of the base64 alphabet is a path: two or
// more '/' and a segment of three or more lower-case letters, which random
// base64 seldom has.
func pathLike(run []byte) bool {
	slashes, word, lowerRun := 0, false, 0
	for _, c := range run {
		switch {
		case c == '/':
			if lowerRun >= 3 {
				word = true
			}
			slashes++
			lowerRun = 0
		case isLower(c) && lowerRun >= 0:
			lowerRun++
		default:
			lowerRun = -1 << 20 // this segment is not a word
		}
	}
	return slashes >= 2 && (word || lowerRun >= 3)
}

// maxLabel bounds the search for a ZPL label's end.
const maxLabel = 1 << 10

// spacedKeyStart returns where a key of capitalised words that ends at
// b[ks:] starts ("Admit Date", "Date of Service", "Member ID"), when
// those words open a field (after "; ", ": ", "| ", ", " or a tab) and
// are at most three; otherwise ks.
func spacedKeyStart(b []byte, ks int) int {
	if ks < 2 || b[ks-1] != ' ' || !isUpper(b[ks]) {
		return ks
	}
	s := ks
	for n := 0; n < 3 && s >= 2 && b[s-1] == ' '; n++ {
		w := s - 1
		for w > 0 && (isLetter(b[w-1]) || b[w-1] == '#') {
			w--
		}
		if w == s-1 || !isUpper(b[w]) && string(b[w:s-1]) != "of" {
			return ks
		}
		s = w
		p := w - 1
		if p >= 0 && b[p] == ' ' {
			p--
		}
		if p < 0 || b[p] == ';' || b[p] == ':' || b[p] == '|' || b[p] == ',' || b[p] == '\t' {
			return s
		}
	}
	return ks
}

// bareList reports whether v, between a list's brackets, is items joined
// by commas, none quoted or nested: "728MNC,UCS-319".
func bareList(v []byte) bool {
	if bytes.IndexByte(v, ',') < 0 {
		return false
	}
	for _, c := range v {
		if c == '"' || c == '\'' || c == '[' || c == ']' || c == '{' || c == '}' || c == '=' {
			return false
		}
	}
	return true
}

// lowerWordAfter returns the end of the lower-case word after the space
// at b[ve] when the end of the line, a separator or the next key follows
// it ("name=giuseppe kealoha email=..."), or ve.
func lowerWordAfter(b []byte, ve, to int) int {
	if ve+1 >= to || b[ve] != ' ' || !isLower(b[ve+1]) {
		return ve
	}
	w := ve + 1
	for w < to && isLetter(b[w]) {
		w++
	}
	if w == to || b[w] == ',' || b[w] == ';' || b[w] == '"' || b[w] == ' ' && (keyAt(b, w+1, to) || w+1 < to && b[w+1] == '|') {
		return w
	}
	return ve
}

// lowerNames reports whether two words typed in lower case are a name the
// lists know: one no ordinary word, the other listed ("maria garcia", not
// "payment service").
func lowerNames(a, c []byte) bool {
	return personalName(a) && (len(c) == 0 || listedName(c)) || listedName(a) && personalName(c)
}

// pair handles key=value: a logfmt pair, a URL query parameter, a
// command-line flag. The value is classified by its key, or scanned.
func (st *state) pair(b []byte, ks, ke, vs, to int) int {
	query := ks > 0 && (b[ks-1] == '?' || b[ks-1] == '&' || b[ks-1] == ';')
	ve, inner, innerEnd := valueExtent(b, vs, to, query)
	if ve-vs >= 3 && b[ve-1] == ':' && ve < to && b[ve] == ' ' && isLetter(b[vs]) && keyRunEnd(b, vs, ve-1) == ve-1 {
		return vs // "req=member_id: \"MBR14537687\" subscriber {...}": a key, its value after it
	}
	if k := keyRunEnd(b, vs, ve); k > vs+1 && k+1 == ve && b[k] == ':' && ve < to && (b[ve] == '"' || b[ve] == '{') && isLetter(b[vs]) {
		return vs // "req=patient_id:\"pt-63842315\"", as Go prints a message in protobuf's text format
	}
	if vs+3 < to && b[vs] == '^' && b[vs+1] == 'X' && b[vs+2] == 'A' {
		// A ZPL label sent to a printer, "ZPL=^XA^FO40,30^FDOKONKWO,CHIDI^FS...^XZ":
		// its fields hold spaces; the label ends at ^XZ, within 1 KB.
		if k := bytes.Index(b[vs:min(to, vs+maxLabel)], []byte("^XZ")); k > 0 {
			e := vs + k + 3
			st.resetContext()
			st.scanText(b, vs, e)
			st.resetContext()
			return e
		}
	}
	if ke-ks == 4 && inner > vs && formDataBefore(b, ks) && equalFold(b[ks:ke], "name") {
		if e := st.formPart(b, inner, innerEnd, ve, to); e > 0 {
			return e
		}
	}
	key := b[ks:ke]
	kc := st.classifyKey(key, keyClass{})
	if b[vs-1] == ':' {
		kc.flags &^= kfPatientWord // "patient:26191": a cache's key for a row, as often as the patient's number
	}
	if query && len(key) == 4 && equalFold(key, "date") && patientQuery(b, ks, to) {
		kc = keyClass{flags: kfEventDate} // FHIR's search, "Appointment?patient=...&date=2024-05-28": the appointment's, if the query names someone
	}
	if ks >= 2 && b[ks-1] == ' ' && isUpper(b[ks]) {
		ws := spacedKeyStart(b, ks)
		// "Keywords: Admit Date=02/10/2024; Member ID=...": a label of
		// words, the last of which alone says less.
		if ws < ks {
			if wc := st.classifyKey(b[ws:ke], keyClass{}); wc.cat != 0 || wc.never() {
				key, kc = b[ws:ke], wc
			}
		}
	}
	if kc == (keyClass{flags: kfIdLike}) && ke-ks == 2 && (st.lastName <= ks && st.lastName >= ks-3 && !hasLetter(b[st.lastName:ks]) || st.patientsID(b, ks)) &&
		(innerEnd-inner >= 5 && allDigits(b[inner:innerEnd]) || prefixedRecordNumber(b[inner:innerEnd])) {
		// "Loaded patient 'NWACHUKWU^YUKI' id=16521291": the named person's;
		// "Patient selected ID=MV0779206": the patient's.
		kc = keyClass{cat: MRN, conf: Medium}
	}
	if kc.cat == 0 && kc.idLike() && len(st.field) > 0 {
		if pc := st.classifyKey(lastKeyElement(st.field), keyClass{}); pc.person() && (pc.idCat == MRN || pc.idCat == HealthPlan) {
			kc = withParent(kc, pc) // "patient: Patient { id: 49200069, ... }": the patient's
		}
	}
	mark := len(st.field)
	st.field = appendField(st.field, key)
	if query && kc.cat == Name && kc.ambiguous() && patientSearch(b, ks) {
		kc.conf, kc.flags = High, kc.flags&^kfAmbiguous // "/fhir/Patient?family=Glass&given=Summer"
	} else if query && kc.cat == 0 && (len(key) == 1 && key[0] == 'q' || equalFold(key, "query") || equalFold(key, "term")) && patientSearch(b, ks) {
		kc = keyClass{cat: Name, conf: Medium, flags: kfAmbiguous} // "/patients/search?q=oluwaseun+chaudhry": a patient searched by name
	}
	if bytesIndex(key, '[') > 0 || bytesIndex(key, '%') > 0 {
		// A form's field, "guarantor[1][first]", "payment[card][exp]", its
		// brackets perhaps encoded: its last element says what it holds.
		var buf [64]byte
		kc = st.s.classifyPath(keyView(formBrackets(buf[:0], key)))
	} else if (kc.cat == 0 || kc.never()) && bytesIndex(key, '.') > 0 {
		// "document.dynamic.userdefined.DDP_LNAME": a path, whose last
		// element says what its whole words hid.
		if pc := st.s.classifyPath(keyView(key)); pc.cat != 0 && !pc.never() && !pc.ambiguous() {
			kc = pc
		}
	}
	if kc.cat == Vehicle && ve == innerEnd && ve < to && b[ve] == ' ' {
		if e := plateEnd(b, vs, to); e > ve {
			ve, innerEnd = e, e // "plate=592 VZY": a plate in two groups, not the first alone
		}
	}
	if kc.cat == SSN && ve == vs+3 && vs+11 <= to && groupedSSN(b[vs:vs+11], ' ') && (vs+11 == to || !isAlnum(b[vs+11])) {
		ve, inner, innerEnd = vs+11, vs, vs+11 // "ssn=510 61 4369": the number in its groups
	}
	if (kc.cat == Phone || kc.cat == Fax) && ve < to && b[ve] == ' ' {
		if e := spacedPhoneEnd(b, vs, to); e > ve {
			ve, inner, innerEnd = e, vs, e // "mobile: 0412 345 678", "phone=(02) 9876 5432": a number in groups
		}
	}
	if last := lastKeyElement(key); typeKeyName(last) {
		// "id_type=DL id_state=TX id_no=33616016", "IdType : DriverLicense |
		// IdNumber : ...": the type names the number after it.
		if c := identifierTypeCode(b[inner:innerEnd]); c != 0 {
			st.typedCat, st.typedEnd = c, ve+96
		} else if c := typeNamedAsKey(st, b[inner:innerEnd]); c != 0 {
			st.typedCat, st.typedEnd = c, ve+96
		}
	} else if st.typedCat != 0 && ks <= st.typedEnd && (kc.cat == 0 || kc.cat == OtherID) && !kc.never() && typedValueKey(last) {
		kc = keyClass{cat: st.typedCat, conf: Medium}
		st.typedCat = 0
	}
	if kc.cat == 0 && vs < to && isUpper(b[vs]) {
		if p := optionalOpen(b, vs, to); p > 0 {
			if tc := st.classifyKey(b[vs:p-1], keyClass{}); tc.cat != 0 && !tc.never() {
				kc = tc // "id: MemberId(\"BXPE46816452\")": the value's type says what it is
			}
		}
	}
	if n := len(key); n > 5 && equalFold(key[n-5:], "label") {
		// CEF: cs1Label=patientSSN ... cs1=123-45-6789. The label names the
		// key of the field it labels.
		if lc := st.classifyKey(b[inner:innerEnd], keyClass{}); lc.cat != 0 && !lc.never() && n-5 <= len(st.labelKey) {
			st.labelLen = copy(st.labelKey[:], key[:n-5])
			st.labelKC = lc
		}
		st.field = st.field[:mark]
		return ve
	}
	if st.labelLen > 0 && equalFold(key, string(st.labelKey[:st.labelLen])) {
		kc = st.labelKC
	}
	if kc.cat == 0 && equalFold(key, "input_value") {
		kc = st.pydanticField(b, ks) // "subscriber.kennzeichen\n  String should ... [type=..., input_value='XQL 8917'"
	}
	if kc.cat == 0 && st.subjectEnd >= ks && assertionKey(key) {
		kc = st.subjectKC // Locator: getByTestId('dod') | Expected string: "07/28/2025"
	}
	if inner == vs && len(key) > 0 && (key[0] == 'a' || key[0] == 'p') && auditHex(key, b[vs:ve]) {
		// auditd's EXECVE a2=47757920596F756E67: "Guy Young", decoded.
		st.decoded(b, vs, ve, decodeHex, func(d []byte) { st.scanText(d, 0, len(d)) })
		st.field = st.field[:mark]
		return ve
	}
	if inner < innerEnd && isLetter(b[inner]) && (placeNameKey(key) || (kc.orgContact() || kc.cat == 0) && isUpper(b[inner]) && orgTitle(b[inner:innerEnd])) {
		st.placeNamed = true // LocationName=Harbor Behavioral Health, Street=..., ToCompany='Rogers Park Pediatrics' ToFax=...
	}
	if (kc.cat == 0 && !kc.never() && dialedKey(key) || (kc.cat == IP || kc.never() && !kc.orgContact()) && hasSuffixFold(key, "_addr")) &&
		inner < innerEnd && nanpValue(b[inner:innerEnd]) {
		// to=6466551374, dst=13127645694: the number a message or a call
		// goes to, a person's (the number it comes from is the sender's);
		// and SMPP's source_addr and destination_addr, a message's numbers
		// (a short code is no NANP number).
		st.emit(inner, innerEnd, Phone, "phone", Medium, true)
		st.field = st.field[:mark]
		return ve
	}
	if (inner == vs || inner == vs+1 && b[vs] == '"') && headerKey(key) {
		st.field = st.field[:mark]
		e := 0
		if inner == vs {
			e = st.headerPair(b, vs, to) // hdr=CLM_NO|CLMT|ACC_DT rec=CLM-756058|CONNOR PATEL|20240310
		} else if innerEnd < to && b[innerEnd] == '"' {
			e = st.quotedHeaderPair(b, inner, innerEnd, ve, to) // header="zip,patient_name" row="79970,\"Kim, Thi\""
		}
		if e > 0 {
			return e
		}
		st.field = appendField(st.field, key)
	}
	switch {
	case inner < innerEnd && equalFold(b[inner:innerEnd], "patient") && (equalFold(key, "entity") || equalFold(key, "entity_type") ||
		equalFold(key, "entitytype") || equalFold(key, "object_type") || equalFold(key, "objecttype") || equalFold(key, "resource_type")):
		st.patientEnd = ve // an audit trail's "entity=Patient|key=1062687": the record is a patient's
	case ks-st.patientEnd >= 0 && ks-st.patientEnd <= 24 && recordKeyName(key):
		if innerEnd-inner >= minRecordKey {
			kc = keyClass{cat: MRN, conf: Medium}
			st.patientEnd = -1 << 30
		} // else a row's short key, "Patient[pk=21043, id=H847748^^^HSA, ...]": the next may be the patient's
	case (equalFold(key, "name") || equalFold(key, "field") || equalFold(key, "param") || equalFold(key, "fieldname") ||
		equalFold(key, "field_name") || equalFold(key, "attribute") || equalFold(key, "column") || equalFold(key, "path") ||
		pairRole(key) == roleName && !equalFold(key, "key")) &&
		inner < innerEnd && innerEnd-inner <= 40 && formFieldName(b[inner:innerEnd]) ||
		equalFold(key, "key") && inner < innerEnd && innerEnd-inner <= 40 && !formFieldName(b[inner:innerEnd]):
		// ... and a form reader's key as printed: key="Plate #" value="EE48790".
		// ... and Sequelize's: path: 'patientMrn', value: '007926863'.
		// ... and an audit trail's: fieldname=u_pt_dob oldvalue="..." newvalue="...".
		// input[name="appt_dt"] value="13.07.2024": a form field named by
		// one attribute and holding the next.
		if nkc := st.classifyKey(b[inner:innerEnd], keyClass{}); nkc.cat != 0 || nkc.never() {
			st.namedKC, st.namedEnd = nkc, ve
		}
	case inner < innerEnd && innerEnd-inner <= 40 && (equalFold(key, "node") || equalFold(key, "step") || equalFold(key, "prompt") || equalFold(key, "menu")) &&
		st.ivrStep(b[inner:innerEnd], ve):
		// An IVR's step names what the caller entered at it: node=CollectDOB input="04291954".
	case inner < innerEnd && innerEnd-inner <= 32 && (equalFold(key, "type") || lastSegmentIs(key, "type") || equalFold(key, "doc") ||
		equalFold(key, "doctype") || equalFold(key, "id_type") || equalFold(key, "idtype") ||
		equalFold(key, "dlp_rule") || equalFold(key, "infotype") || equalFold(key, "info_type") || equalFold(key, "data_type") || documentTypeKey(key)):
		// ... and a DLP product's rule: dlp_rule=US_DL_NUMBER matched_value="K026-800-06-552-2".
		// doc=DRIVER_LICENSE state=FL number=K112339118623, id_type=DL id_no=...
		c := identifierTypeCode(b[inner:innerEnd])
		if c == 0 && identifierLike(b[inner:innerEnd]) {
			c = st.classifyKey(b[inner:innerEnd], keyClass{}).cat // "DRIVER_LICENSE", "US_DL_NUMBER"
		}
		if idCategories.Has(c) {
			st.namedKC, st.namedEnd = keyClass{cat: c, conf: High}, ve
		}
	case ks-st.namedEnd >= 0 && ks-st.namedEnd <= 24 && (equalFold(key, "old") || equalFold(key, "before") || equalFold(key, "from") ||
		equalFold(key, "old_value") || equalFold(key, "oldvalue") || equalFold(key, "prev") || equalFold(key, "previous") || equalFold(key, "raw") ||
		equalFold(key, "local")):
		// field=REGISTRANT_LAST old="Yamamoto" new="Yamamoto-Moreno": an
		// amendment's values, the old one and then the new; an OCR's
		// reading, raw and then normalized.
		kc = st.namedKC
		st.namedEnd = ve
	case ks-st.namedEnd >= 0 && ks-st.namedEnd <= 24 && (equalFold(key, "new") || equalFold(key, "after") || equalFold(key, "to") ||
		equalFold(key, "new_value") || equalFold(key, "newvalue") || equalFold(key, "current") || equalFold(key, "normalized") ||
		equalFold(key, "remote")): // a sync's conflict: field=phone local=... remote=...
		kc = st.namedKC
		st.namedEnd = -1 << 30
	case ks-st.namedEnd >= 0 && ks-st.namedEnd <= 24 && (equalFold(key, "value") || equalFold(key, "val") || equalFold(key, "number") ||
		equalFold(key, "no") || equalFold(key, "num") || equalFold(key, "id_no") || equalFold(key, "idnumber") || equalFold(key, "id_number") ||
		lastSegmentIs(key, "number") || pairRole(key) == roleValue ||
		equalFold(key, "matched_value") || equalFold(key, "match") || equalFold(key, "quote") || documentNumberKey(key) ||
		equalFold(key, "input") || equalFold(key, "digits") || equalFold(key, "utterance")):
		kc = st.namedKC
		st.namedEnd = -1 << 30
	}
	if inner == vs && innerEnd-inner > 6 && (b[innerEnd-4] == '.' || b[innerEnd-5] == '.') && imageReference(b[inner:innerEnd]) {
		if e := st.facePhotoPath(b, inner, innerEnd, to); e > 0 {
			st.field = st.field[:mark]
			return ve // path=/srv/media/fotos_pacientes/2024/03/4124976_frente.jpg, whatever the key
		}
	}
	if kc.person() && innerEnd-inner > 4 && isDigit(b[inner]) && bytes.IndexByte(b[inner:innerEnd], '^') > 0 {
		// person=82440609^COHEN^AALIYAH: an HL7 XCN, the person's ID and name.
		var buf [8]span
		if c := components(buf[:0], b, inner, innerEnd, '^'); len(c) >= 3 && allDigits(b[c[0].start:c[0].end]) && c[1].end > c[1].start && isLetter(b[c[1].start]) {
			last := 1
			for k := 2; k <= 3 && k < len(c); k++ {
				if c[k].end > c[k].start {
					last = k
				}
			}
			if kc.idCat == MRN || kc.idCat == HealthPlan || kc.idCat == Account {
				st.emit(c[0].start, c[0].end, kc.idCat, "key", Medium, true)
			}
			st.emit(c[1].start, c[last].end, Name, "key", High, true)
			st.field = st.field[:mark]
			return ve
		}
	}
	if inner == vs && kc.cat == ZIP && ve+3 < to && b[ve] == ' ' {
		// postcode=3573 GE, pc=CT11 6GX: a postcode of two parts.
		n := ve + 1
		for n < to && n-ve <= 4 && isAlnum(b[n]) {
			n++
		}
		if (n == to || !isAlnum(b[n])) && postcodeShape(b[inner:n]) {
			ve, innerEnd = n, n
		}
	}
	if inner == vs && idCategories.Has(kc.cat) && ve < to && b[ve] == ' ' {
		// health_no=5440 511 383, medicare_no=5293 26117 1, NAM=DUBA 2351
		// 0684: a number printed in groups, which the space would cut short.
		if e := digitGroupsEnd(b, inner, innerEnd, to); e > innerEnd {
			ve, innerEnd = e, e
		}
	}
	if inner == vs && vs < to && b[vs] == '(' && (kc.cat == 0 && !kc.never() || kc.cat == Phone || kc.cat == Fax) {
		if e := phoneAt(b, vs, to); e > 0 {
			// Dest=(720) 595-0460: a number in the form only phones take,
			// whatever the key; the space would cut it short.
			c, det, conf := Phone, "phone", Medium
			if kc.cat != 0 {
				c, det, conf = kc.cat, "key", High
			}
			st.emit(vs, e, c, det, conf, kc.cat != 0)
			st.field = st.field[:mark]
			return e
		}
	}
	if kc.never() && kc.orgContact() && inner == vs {
		// facility_address=1200 Harbor Blvd, Portsmouth, VA 23704 npi=...:
		// the organisation's address goes on to the next key, unread; a
		// clinician's handle ("author=tgreer") is one word, and a label or
		// a sentence after a name ("RTW clearance: ...") is no longer it.
		e := ve
		handle := vs < to && isLower(b[vs])
		if handle && e+2 < to && b[e] == ' ' && b[e+1] == '(' {
			if c := bytes.IndexByte(b[e+2:min(to, e+64)], ')'); c > 0 {
				e += c + 3 // "provider=kvaldes (Kirsten Valdés)": the handle's name
			}
		}
		for e < to && e-vs < 160 && !handle && b[e] != '"' && b[e] != '|' && b[e] != '\t' && !((b[e] == ' ' || b[e] == ',' || b[e] == '&') && keyAt(b, e+1, to)) &&
			!((b[e] == ':' || b[e] == '.' && e >= vs+4 && isLower(b[e-1]) && isLower(b[e-2]) && isLower(b[e-3]) && isLower(b[e-4])) && e+1 < to && b[e+1] == ' ') {
			e++
		}
		st.field = st.field[:mark]
		return e
	}
	if kc.cat == Address && inner == vs {
		// PatientAddress=1463 MAPLE AVE^^TACOMA^WA^98465: an HL7 or DICOM
		// address, spaces and all, read part by part as an XAD is.
		k := vs
		for k < to && k-vs < 160 && b[k] != '"' && b[k] != '|' && b[k] != '\t' && b[k] != ',' && !(b[k] == ' ' && keyAt(b, k+1, to)) {
			k++
		}
		if c := bytes.IndexByte(b[vs:k], '^'); c > 0 && bytes.IndexByte(b[vs:vs+c], '=') < 0 {
			st.hl7Field(b, vs, k, kc, standardHL7)
			st.field = st.field[:mark]
			return k
		}
	}
	if kc.cat == Address && !kc.ambiguous() && inner == vs && ve > vs && ve+1 < to && b[ve] == ' ' && upperAt(b, ve+1, to) && allDigits(b[vs:ve]) && ve-vs <= 6 &&
		!keyAt(b, ve+1, to) { // not "ADDR=7 DUP=1": a count
		// address_line1=13320 N Calle del Sol Street,city=...: the street
		// line, whatever its words, up to the next key.
		e := ve
		for e < to && e-vs < 96 && b[e] != '"' && b[e] != '|' && b[e] != '\t' && b[e] != ';' && b[e] != '}' && b[e] != ')' && b[e] != ']' &&
			!((b[e] == ',' || b[e] == ' ' || b[e] == '&') && e+1 < to && keyAt(b, e+1, to)) && !(b[e] == ',' && e+1 < to && b[e+1] == ' ') {
			e++
		}
		st.emit(vs, e, Address, "key", High, true)
		st.field = st.field[:mark]
		return st.cityAfter(b, e, to) // dcAddr=5120 Dublin Granville Circle, Athens OH|postal=...
	}
	if (kc.cat == Address || kc.addrPart()) && inner == vs && ve+1 < to && b[ve] == ' ' && isAlnum(b[ve+1]) && inSet(unitWords, b[vs:ve]) {
		// "unit=Apt 1203", "line2=Ste 110": a unit goes on past the space.
		e := ve + 1
		for e < to && (isAlnum(b[e]) || b[e] == '-') {
			e++
		}
		if hasDigit(b[ve+1:e]) || e-ve-1 == 1 {
			st.emit(vs, e, Address, "key", High, true)
			st.field = st.field[:mark]
			return e
		}
	}
	if !query && inner == vs && ve-vs > 2 && !kc.never() {
		if open, end := typedRecord(b, vs, ve); end == ve || b[vs] == '{' && ve == innerEnd && b[ve-1] == '}' {
			// address=Address{line1='44 Alder Rd'}, patient={FirstName:Marisol ...}:
			// the fields inside are read by their own keys, under this one.
			if b[vs] == '{' {
				open = vs
				if e, ok := st.walkJSONUnder(b, vs, ve, kc); ok && e == ve {
					st.field = st.field[:mark]
					return ve
				}
			}
			st.resetContext()
			if open-vs == 7 && string(b[vs:open]) == "Patient" {
				st.patientEnd = open + 1 // "cache: Patient{id=6465681, ...}": the record's id is the patient's
			}
			if kc.cat != 0 {
				st.ctx[kc.cat] = open + 1
			}
			st.scanText(b, open+1, ve-1)
			st.resetContext()
			st.field = st.field[:mark]
			return ve
		}
	}
	if kc.cat == Name && !query && inner == vs && innerEnd == vs+1 && ve == vs+2 && b[vs+1] == '.' && isUpper(b[vs]) && ve+1 < to && b[ve] == ' ' && isUpper(b[ve+1]) {
		innerEnd = ve // pt=T. Wójcik: an initial and its period, then the surname
	}
	if (kc.cat == Name || kc.cat == Address && upperAt(b, vs, to)) && !query && inner == vs && ve == innerEnd {
		// logfmt written by hand: name=Jane Roe status=ok, city=Green Bay.
		// Take the capitalised words that follow, up to the next key.
		ve = nameWordsAfter(b, ve, to)
		if kc.cat == Name {
			ve = givenAfterComma(b, ve, to) // patient=Feliciano Colón, Néstor mrn=...
			if e := scriptNameEnd(b, vs, to, !kc.ambiguous()); e > ve {
				ve = e // "ПІБ=Бондаренко Олена Степанівна; ...": a name in another script
			}
			if kc.person() && ve+2 < to && b[ve] == ' ' && b[ve+1] == '(' {
				st.lastName = ve // "student=Ivy Fairchild (BT-24145)": the number in brackets is the person's, as after a name in text
			}
		}
		if kc.cat == Address {
			ve = st.houseNumberAfter(b, ve, to, true)
		}
		if kc.cat == Name && ve == innerEnd && allLetters(b[vs:ve]) && isLower(b[vs]) {
			// SuppliedName=giuseppe kealoha SuppliedEmail=...: a name typed
			// in lower case, one more word when a key or the end follows it
			// (under "name", when the lists know them for names).
			if e := lowerWordAfter(b, ve, to); e > ve && (!kc.ambiguous() || lowerNames(b[vs:ve], b[ve+1:e])) {
				ve = e
			}
		}
		innerEnd = ve
	} else if kc.cat == Name && !query && inner == vs && ve == innerEnd+1 && b[innerEnd] == ',' {
		// A Java map: {name=Kowalczyk, Miles, serialNumber=...}.
		if e := nameWordsAfter(b, ve, to); e > ve {
			ve, innerEnd = e, e
		} else if e := lowerWordAfter(b, ve, to); e > ve && isLower(b[vs]) && allLetters(b[vs:innerEnd]) && (!kc.ambiguous() || lowerNames(b[vs:innerEnd], b[ve+1:e])) {
			ve, innerEnd = e, e // name=sandoval, oluwaseun | dob=...: "last, first" typed in lower case
		}
	}
	if kc.cat == Name && ve == innerEnd && ve+1 < to && b[ve] == '^' && isLetter(b[ve+1]) {
		// "pt=LE ROUX^DAGNY", "name=DA SILVA^BJÖRN^B": a name as HL7 writes
		// it, its components after the caret the value's too.
		// (LEEF's '^' between fields, "patFirst=Ximena^patSurname=Ochoa", is no caret.)
		e := ve
		for e < to && (isLetter(b[e]) || b[e] >= 0x80 || b[e] == '^' && !keyAt(b, e+1, to) || b[e] == '-' || b[e] == '\'' ||
			b[e] == ' ' && e+1 < to && isUpper(b[e+1]) && !keyAt(b, e+1, to)) {
			e++
		}
		ve, innerEnd = e, e
	}
	plus := bytes.IndexByte(b[inner:innerEnd], '+') >= 0 && (query || kc.cat == Name || kc.cat == Address || kc.cat == Date)
	// A value that holds a query of its own (path="/x?a=b&c=%2B1") is left
	// for its parameters to decode one by one: decoding it whole would turn
	// their "%2B" into '+' and then into a space.
	nested := !query && kc.cat == 0 && (bytes.IndexByte(b[inner:innerEnd], '?') >= 0 && bytes.IndexByte(b[inner:innerEnd], '=') >= 0 ||
		bytes.IndexByte(b[inner:innerEnd], '&') >= 0 && looksLikeQueryKey(b, inner, innerEnd)) // form="To=...&From=%2B1208...": a form body
	stripe := innerEnd-inner > 16 && b[inner] == '%' && b[inner+1] == 'B' && isDigit(b[inner+2]) // "T1=%B5476...^": a card's track, no escape
	if (plus || hasPercentEscape(b[inner:innerEnd])) && !nested && !stripe {
		st.decoded(b, inner, innerEnd, decodeQuery, func(d []byte) {
			if !st.keyedValue(kc, d, 0, len(d)) {
				st.scanText(d, 0, len(d))
			}
		})
	} else if kc.never() && !kc.person() && !kc.address() && !kc.telecom() && (kc.orgContact() || !prose(b[inner:innerEnd])) {
		// "request_id", "trace_id", "gender": values that are not PHI; but
		// an SSN is one under any key ("fullSsnVerified=773-07-0188").
		v := b[inner:innerEnd]
		switch {
		case len(v) == 11 && ssnShaped(v), len(v) == 9 && allDigits(v) && validSSN(v) && indexFold(key, "ssn") >= 0:
			st.emit(inner, innerEnd, SSN, "ssn", Medium, false) // fullSsnVerified=565547615
		case len(v) >= blobMin && b64End(v, 0, len(v)) == len(v) && (string(v[:3]) == "eyJ" || base64Text(v)):
			st.jwtPart(b, inner, innerEnd) // OAuth's state=eyJ...: whatever the key, what it encodes is read
		case len(v) >= 8 && isUpper(v[0]):
			if c, ok := selfNamedIDValue(v); ok && (c == MRN || c == HealthPlan) {
				st.emit(inner, innerEnd, c, "context", Medium, false) // KeyError: 'MRN-1675189'
				break
			}
			fallthrough
		default:
			// filename="Renee_Smith-Jones_lab_results.pdf": a file named for a person.
			if dot := bytes.LastIndexByte(v, '.'); dot > 8 && bytes.Count(v[:dot], []byte("_")) >= 2 {
				s := max(bytes.LastIndexByte(v[:dot], '/'), bytes.LastIndexByte(v[:dot], '\\')) + 1
				st.filePerson(b, inner+s, inner+dot)
			}
		}
	} else if idCategories.Has(kc.cat) && inner == vs && ve-vs >= 5 && b[vs] == '[' && b[ve-1] == ']' && bareList(b[vs+1:ve-1]) {
		// plates=[728MNC,UCS-319], mrns=[00412345, 00412346]: each item is one.
		for k := vs + 1; k < ve-1; {
			e := ve - 1
			if c := bytes.IndexByte(b[k:e], ','); c >= 0 {
				e = k + c
			}
			if s, e := trimField(b, k, e); e > s {
				st.keyedValue(kc, b, s, e)
			}
			k = e + 1
		}
	} else if group := idCategories.Has(kc.cat) && inner == vs && ve+1 < to && b[ve] == ' ' && isDigit(b[ve+1]) &&
		(ve-vs <= 6 && allDigits(b[vs:ve]) || kc.cat == Account && ve-vs == 4 && ibanStart(b[vs:ve])); group || !st.keyedValue(kc, b, inner, innerEnd) {
		// Not settled by the key, or a number in groups whose first group
		// would fit on its own (ccNum=4057 9871 8522 5093). Context does not
		// cross from one field into another's value.
		st.resetContext()
		if kc.cat != 0 && !kc.never() {
			st.ctx[kc.cat] = inner
		}
		if group || inner == vs && ve+1 < to && b[ve] == ' ' && (kc.cat == Phone || kc.cat == Fax || kc.cat == Date ||
			kc.cat == Address && allDigits(b[vs:ve]) && isUpper(b[ve+1]) || kc.cat == Vehicle && ve-vs <= 3 ||
			kc.cat == 0 && !query && isUpper(b[vs]) && isUpper(b[ve+1]) && nameWordsAfter(b, ve, to) > ve ||
			kc.cat == 0 && !query && ve-vs <= 6 && allDigits(b[vs:ve]) && isUpper(b[ve+1]) || // LOC=6088 W PROSPECT ROAD: perhaps a street
			kc.cat == 0 && !query && proseKey(key) && isLetter(b[ve+1]) && st.isKeyword(b[vs:ve]) && !keyAt(b, ve+1, to) ||
			kc.cat == 0 && !query && b[vs] == '+' && ve-vs <= 4 && isDigit(b[ve+1]) && allDigits(b[vs+1:ve])) { // cb=+1 419 665 9384
			// ... and body=hi Xiaoming Garcia here, msg=patient 04677447 not
			// found: the value is the first word of prose, a keyword for what follows.
			// phoneNumber=(617) 555-0142, birthDate=Mar 5, 1950, street1=9535
			// N. Aspen Circle, CEF's duser=Harlan Voss: the value goes on past
			// the space; read on from its start with the context.
			st.field = st.field[:mark]
			return inner
		}
		if vs < ve && (b[vs] == '{' || b[vs] == '[') {
			if end, ok := st.walkJSONUnder(b, vs, ve, kc); ok && end == ve {
				st.field = st.field[:mark]
				return ve
			}
		}
		st.orgText = kc.orgContact() // vendor="Tri-State Oxygen, 901 Warehouse Row, Erie PA 16509"
		st.scanText(b, inner, innerEnd)
		st.orgText = false
		st.resetContext()
		if kc.cat == 0 && len(key) >= 3 && (bytes.IndexByte(key, 'x') >= 0 || bytes.IndexByte(key, 'X') >= 0) && indexFold(key, "fax") >= 0 {
			st.ctx[Fax] = ve // "fax_id=FX2542126 from 9375550196": a fax job's numbers follow
		}
	}
	st.field = st.field[:mark]
	return ve
}

// houseNumberAfter returns the end of a house number after a street's name
// that ends at b[e], as Europe writes it ("Annenstraße 131/1/4",
// "Friedrich-Ebert-Straße 86a"), or e. A postcode and a town after a
// comma are reported on their own ("..., 14467 Potsdam").
func (st *state) houseNumberAfter(b []byte, e, to int, keyed bool) int {
	if e+1 >= to || b[e] != ' ' || !isDigit(b[e+1]) {
		return e
	}
	k, digits := e+1, 0
	for k < to && isDigit(b[k]) {
		k++
		digits++
	}
	if digits > 4 {
		return e // a postcode after a town, not a house number
	}
	for k < to && k-e <= 12 && (isAlnum(b[k]) || b[k] == '/' || b[k] == '-') {
		k++
	}
	if k < to && b[k] != ' ' && b[k] != ',' && b[k] != '|' && b[k] != '"' && b[k] != '\'' && b[k] != ';' {
		return e
	}
	st.postcodeTownAfter(b, k, to, keyed)
	return k
}

// postcodeTownAfter reports a European postcode and its town after a
// street that ends at b[k]: ", 14467 Potsdam", ", 8008 Zürich". It
// returns where they end, or k.
func (st *state) postcodeTownAfter(b []byte, k, to int, keyed bool) int {
	if k+2 >= to || b[k] != ',' || b[k+1] != ' ' || !isDigit(b[k+2]) {
		return k
	}
	z := k + 2
	for z < to && isDigit(b[z]) {
		z++
	}
	if n := z - k - 2; n != 4 && n != 5 || z+1 >= to || b[z] != ' ' || !upperAt(b, z+1, to) {
		return k
	}
	c := nameWordsAfter(b, z, to)
	if c <= z+1 {
		return k
	}
	det := "key"
	if !keyed {
		det = "street_address"
	}
	st.emit(k+2, z, ZIP, det, Medium, keyed)
	st.emit(z+1, c, Address, det, Medium, keyed)
	return c
}

// donationNumberEnd returns the end of an ISBT 128 donation
// identification number at b[i] (the token b[i:e]): the facility's letter
// and four digits, the year's two and a sequence of six, spaced as its
// label prints it ("W0417 24 336795") or not ("W041724336795"), or 0.
func donationNumberEnd(b []byte, i, e, to int) int {
	if e-i == 13 {
		return e
	}
	if e+10 > to || b[e] != ' ' || !allDigits(b[e+1:e+3]) || b[e+3] != ' ' || !allDigits(b[e+4:e+10]) || e+10 < to && isAlnum(b[e+10]) {
		return 0
	}
	return e + 10
}

// europeanStreet reads a street as German-speaking countries write it
// in text, its name one word ending in a street's kind, then the house
// number ("Hauptstraße 112a", "Karl-Marx-Allee 140", "Forchstr. 88"),
// then perhaps the postcode and the town after a comma (see
// houseNumberAfter). The word is b[i:e], capitalised, without digits. It
// returns the end, or 0.
func (st *state) europeanStreet(b []byte, i, e, to int) int {
	ws := i
	for parts := 0; e+1 < to && b[e] == '-' && upperAt(b, e+1, to) && parts < 4; parts++ {
		ws = e + 1 // "Karl-Marx-Allee": the street's name in parts, its kind last
		e = nameWordEnd(b, ws, to)
		if e < to && b[e] == '-' && !upperAt(b, e+1, to) {
			return 0
		}
	}
	if e+2 >= to || b[e] != ' ' && b[e] != '.' {
		return 0
	}
	w := b[ws:e]
	abbrev := b[e] == '.'
	if !abbrev && !hasStreetKind(w) || abbrev && (len(w) < 5 || string(w[len(w)-3:]) != "str") {
		return 0
	}
	if ws == i && len(w) <= 6 {
		return 0 // "Weg 12", "Platz 3": the kind alone names no street
	}
	k := e
	if abbrev {
		k++
	}
	if orgNameBefore(b, i) || containsAnyFold(b[max(0, i-64):i], "gmbh", " ag)", " ag,", "klinik", "praxis", "spital", "krankenhaus") {
		return 0 // "Zentrix Therapeutics GmbH, Lindenstrasse 14": an organisation's (read on as text)
	}
	end := st.houseNumberAfter(b, k, to, false)
	if end == k || !st.s.c.cats.Has(Address) {
		return 0
	}
	st.emit(i, end, Address, "street_address", Medium, false)
	return end
}

// streetKinds end the one-word names of streets in German: "Hauptstraße",
// "Rosenweg", "Karl-Marx-Allee".
var streetKinds = [...]string{"straße", "strasse", "weg", "allee", "platz", "gasse", "damm", "ufer", "chaussee"}

// hasStreetKind reports whether w ends with one of streetKinds, in any case.
func hasStreetKind(w []byte) bool {
	for _, k := range streetKinds {
		if len(w) >= len(k) && equalFold(w[len(w)-len(k):], k) {
			return true
		}
	}
	return false
}

// patientSearch reports whether the query whose parameter starts at b[ks]
// searches FHIR's patients: "/Patient?", "/Person?", "/RelatedPerson?".
func patientSearch(b []byte, ks int) bool {
	q := ks - 1
	for q > 0 && b[q] != '?' && b[q] != ' ' && b[q] != '"' && ks-q < 256 {
		q--
	}
	if q <= 0 || b[q] != '?' {
		return false
	}
	return hasSuffixFold(b[:q], "/patient") || hasSuffixFold(b[:q], "/person") || hasSuffixFold(b[:q], "/relatedperson") ||
		hasSuffixFold(b[:q], "/patients") || hasSuffixFold(b[:q], "/patients/search") || hasSuffixFold(b[:q], "/patient/search")
}

// typedDate reports whether a month in lower case at b[i:e] starts a date
// as people type them: with a day and a full year ("stopped syncing on
// october 26 2024"), or a day after an event's word ("turned 101 on sep
// 10"). "may" is too often the verb for the second.
func typedDate(b, w []byte, i, e, to int) bool {
	if month(w) == 0 {
		return false
	}
	k := e + 1
	for k < to && isDigit(b[k]) && k-e <= 2 {
		k++
	}
	if k-e-1 < 1 || k-e-1 > 2 {
		return false
	}
	if k < to && b[k] == ',' {
		k++
	}
	if k+5 <= to && b[k] == ' ' && allDigits(b[k+1:k+5]) && (k+5 == to || !isAlnum(b[k+5])) {
		return true
	}
	return !equalFold(w, "may") && yearlessEventBefore(b, i)
}

// numberWord reports whether a plain word of prose is one the letters
// handler reads for what follows: "one" (hundred) and "ninety" of an age
// in words, "number" of "best number".
func numberWord(w []byte) bool {
	switch len(w) {
	case 3:
		return w[0] == 'o' && w[1] == 'n' && w[2] == 'e'
	case 6:
		return string(w) == "number" || string(w) == "ninety"
	}
	return false
}

// nameBeforeBirth reads a name typed in lower case just before the words
// for a birth date at b[i] ("forrest baptiste, date of birth", "yusuf
// castillo here, DOB"): the two words before are read as introducedName
// reads a name after "my name is". Capitalised names are the name rules'
// own.
func (st *state) nameBeforeBirth(b []byte, i int) {
	k := i
	for k > 0 && (b[k-1] == ' ' || b[k-1] == ',') && i-k < 3 {
		k--
	}
	if k >= 5 && hasSuffixFold(b[:k], " here") {
		k -= 5
	}
	end := k
	for n := 0; n < 2; n++ {
		e := k
		for k > 0 && (isLower(b[k-1]) || b[k-1] >= 0x80) && e-k < 24 {
			k--
		}
		if k == e || k > 0 && isLetter(b[k-1]) || n == 0 && (k == 0 || b[k-1] != ' ') {
			return
		}
		if n == 0 {
			k--
		}
	}
	st.introducedName(b, k, end, false)
}

// graphQLValue reads the quoted value at b[q] that GraphQL refused, under
// the last element of the path named after it ("... got invalid value
// "Mar 22, 2021" at "input.dob"; Expected ..."). It returns the path's
// end, or 0.
func (st *state) graphQLValue(b []byte, q, to int) int {
	ve := bytes.IndexByte(b[q+1:min(to, q+128)], '"')
	if ve < 0 {
		return 0
	}
	vs, ve := q+1, q+1+ve
	if ve+6 >= to || string(b[ve:ve+6]) != `" at "` {
		return 0
	}
	ps := ve + 6
	pe := bytes.IndexByte(b[ps:min(to, ps+96)], '"')
	if pe <= 0 {
		return 0
	}
	pe += ps
	key := b[ps:pe]
	if d := bytes.LastIndexByte(key, '.'); d >= 0 {
		key = key[d+1:]
	}
	kc := st.classifyKey(key, keyClass{})
	if kc.cat == 0 || kc.never() {
		return 0
	}
	mark := len(st.field)
	st.field = appendField(st.field, b[ps:pe])
	st.keyedValue(kc, b, vs, ve)
	st.field = st.field[:mark]
	return pe + 1
}

// parseFailure reports whether the sentence around b[i] says a parser
// refused a value.
func parseFailure(b []byte, i, to int) bool {
	w := b[max(0, i-120):min(to, i+120)]
	return indexFold(w, "could not be parsed") >= 0 || indexFold(w, "not recognized as a valid") >= 0 ||
		indexFold(w, "does not match format") >= 0 || indexFold(w, "cannot deserialize") >= 0 || indexFold(w, "unparseable") >= 0
}

// jsonNetPath reads Json.NET's error messages, which name the value
// before the JSON path of its field ("Could not convert string to
// DateTime: 10/19/75. Path 'subscriber.dob', line 1", "Error converting
// value "x" to type 'System.DateTime'. Path 'dob'"), at "Path" (b[i:e]): the
// value is judged by the path's last element. It returns the path's end,
// or 0.
func (st *state) jsonNetPath(b []byte, i, e, to int) int {
	ps := e + 2
	pe := bytes.IndexByte(b[ps:min(to, ps+128)], '\'')
	if pe <= 0 {
		return 0
	}
	pe += ps
	key := b[ps:pe]
	if d := bytes.LastIndexByte(key, '.'); d >= 0 {
		key = key[d+1:]
	}
	if k := bytes.IndexByte(key, '['); k > 0 {
		key = key[:k]
	}
	kc := st.classifyKey(key, keyClass{})
	if kc.cat == 0 || kc.never() {
		return 0
	}
	ve := i - 2 // the sentence's full stop
	lo := max(0, ve-160)
	var vs int
	if q := bytes.LastIndex(b[lo:ve], []byte(`value "`)); q >= 0 {
		vs = lo + q + len(`value "`) // `Error converting value "10/19/75" to type 'System.DateTime'`
		qe := bytes.IndexByte(b[vs:ve], '"')
		if qe < 0 {
			return 0
		}
		ve = vs + qe
	} else if c := bytes.LastIndex(b[lo:ve], []byte(": ")); c >= 0 {
		vs = lo + c + 2 // "Could not convert string to DateTime: 10/19/75"
	} else {
		return 0
	}
	mark := len(st.field)
	st.field = appendField(st.field, b[ps:pe])
	st.keyedValue(kc, b, vs, ve)
	st.field = st.field[:mark]
	return pe + 1
}

// schemaError reads an XML schema validator's message, which quotes the
// value it rejects and names its element or type after or before it:
// Xerces's "cvc-pattern-valid: Value '587659944' is not facet-valid with
// respect to pattern '...' for type 'SSNType'", MySQL's "Incorrect date
// value: '01/15/1999' for column 'dob'", "cvc-datatype-valid.1.2.1:
// '87364' is not a valid value for 'ZipCode'", and .NET's "The
// 'ns:BIRTH_DT' element is invalid - The value '02/24/1997' is invalid".
// The word at b[i:e] is "cvc", "value" or "element". It reads the value under the
// name's class and returns the end of what it read, or 0.
func (st *state) schemaError(b []byte, i, e, to int) int {
	lim := min(to, e+400)
	quoted := func(k int) (int, int, bool) { // the quoted text at or after b[k], to the end of the sentence
		for k < lim && b[k] != '\'' {
			if b[k] == ']' || b[k] == ';' || b[k] == '.' && k+1 < lim && b[k+1] == ' ' {
				return 0, 0, false
			}
			k++
		}
		s := k + 1
		q := s
		for q < lim && b[q] != '\'' {
			q++
		}
		return s, q, q < lim
	}
	var vs, ve, ns, ne int
	if w := b[i:e]; equalFold(w, "element") {
		ne = i - 2 // "The 'ns:BIRTH_DT' element is invalid - The value '02/24/1997' is invalid"
		ns = ne
		for ns > 0 && b[ns-1] != '\'' && ne-ns < 64 {
			ns--
		}
		if ns == 0 || ns == ne || !hasPrefixFold(b[e:lim], " is invalid - the value '") {
			return 0
		}
		var ok bool
		if vs, ve, ok = quoted(e + 16); !ok {
			return 0
		}
	} else {
		k := e
		for k < lim && b[k] != ':' && b[k] != ' ' {
			k++
		}
		var ok bool
		if vs, ve, ok = quoted(k); !ok {
			return 0
		}
		// The name is the first quoted text after "for" or "element" in the sentence.
		k = ve + 1
		for {
			s, q, ok := quoted(k)
			if !ok {
				break
			}
			if p := s - 1; p >= 5 && (hasSuffixFold(b[:p], "for ") || hasSuffixFold(b[:p], "for type ") || hasSuffixFold(b[:p], "element ") ||
				hasSuffixFold(b[:p], "for column ")) {
				ns, ne = s, q
				break
			}
			k = q + 1
		}
		if ne == 0 {
			// MySQL quotes its column with backticks: "for column `ehr`.`patients`.`dob`".
			p := indexFold(b[ve:lim], "for column `")
			if p < 0 {
				return 0
			}
			for q := ve + p + 11; q < lim && b[q] == '`'; {
				c := q + 1
				for c < lim && b[c] != '`' {
					c++
				}
				if c >= lim {
					break
				}
				ns, ne = q+1, c
				if c+1 >= lim || b[c+1] != '.' {
					break
				}
				q = c + 2
			}
			if ne == 0 {
				return 0
			}
		}
	}
	name := b[ns:ne]
	if c := lastIndexByte(name, ':'); c >= 0 {
		name = name[c+1:]
	}
	if len(name) > 4 && hasSuffixFold(name, "type") {
		name = name[:len(name)-4] // "SSNType", "fecha_nacimientoType"
	}
	kc := st.classifyKey(name, keyClass{})
	if kc.cat == 0 || kc.never() || ve <= vs || !st.keyedValue(kc, b, vs, ve) {
		return 0
	}
	return ve + 1
}

// pydanticField classifies the field a pydantic validation error names
// before the message whose input_value starts at b[ks]: the error is
// printed as the field's location on one line and the message on the next
// (here "\n", an escaped "\\n" or " | " when a log joins the lines).
func (st *state) pydanticField(b []byte, ks int) keyClass {
	from := max(0, ks-240)
	p := bytes.LastIndex(b[from:ks], []byte("[type="))
	if p < 0 {
		return keyClass{}
	}
	p += from
	// Back to the line break before the message, past its indent.
	k := p
	for k > from && b[k-1] != '\n' && b[k-1] != '|' && !(b[k-1] == 'n' && k-2 >= from && b[k-2] == '\\') {
		k--
	}
	if k <= from {
		return keyClass{}
	}
	k-- // the break's last byte
	if b[k] == 'n' && k > from && b[k-1] == '\\' {
		k--
	}
	for k > from && (b[k-1] == ' ' || b[k-1] == '\t') {
		k--
	}
	e := k
	for k > from && b[k-1] != ' ' && b[k-1] != '\n' && b[k-1] != '|' && b[k-1] != '\\' {
		k--
	}
	if e-k < 2 || e-k > 96 {
		return keyClass{}
	}
	return st.s.classifyPath(keyView(b[k:e]))
}

// parenNumberEnd returns the offset of the ')' that closes a number of up
// to twenty digits in brackets at b[p] ("(49200069)"), or 0.
func parenNumberEnd(b []byte, p, to int) int {
	if p+1 >= to || b[p] != '(' || !isDigit(b[p+1]) {
		return 0
	}
	e := p + 1
	for e < to && isDigit(b[e]) && e-p <= 20 {
		e++
	}
	if e < to && b[e] == ')' {
		return e
	}
	return 0
}

// spacedPhoneEnd returns the end of a phone number written in groups
// parted by spaces at b[i], as most countries write them ("0412 345 678",
// "(02) 9876 5432", "+1 (872) 814-1588"): eight to fifteen digits in two
// to five groups of one to five digits, parted by spaces, dashes or dots;
// or 0.
func spacedPhoneEnd(b []byte, i, to int) int {
	k, digits, groups := i, 0, 0
	if k < to && b[k] == '+' {
		k++
	}
	for groups < 5 && k < to {
		paren := b[k] == '('
		if paren {
			k++
		}
		s := k
		for k < to && isDigit(b[k]) {
			k++
		}
		if n := k - s; n < 1 || n > 5 || paren && (k >= to || b[k] != ')') {
			return 0
		}
		if paren {
			k++
		}
		digits += k - s
		groups++
		if k+1 >= to || b[k] != ' ' && b[k] != '-' && b[k] != '.' || !isDigit(b[k+1]) && b[k+1] != '(' {
			break
		}
		k++
	}
	if digits < 8 || digits > 15 || groups < 2 || k < to && isAlnum(b[k]) {
		return 0
	}
	return k
}

// plateEnd returns the end of a licence plate written in two groups, one of
// up to three capital letters and one of three to five digits, either way
// round ("MIL 8334", "956 PMM", "IP 82671"), at b[i], or 0.
func plateEnd(b []byte, i, to int) int {
	group := func(k int, digits bool) (int, int) {
		s := k
		for k < to && (digits && isDigit(b[k]) || !digits && isUpper(b[k])) {
			k++
		}
		return k, k - s
	}
	if i+4 < to && isUpper(b[i]) && isUpper(b[i+1]) && b[i+2] == ' ' && stateAbbrevs[string(b[i:i+2])] && isAlnum(b[i+3]) {
		// "plate=MA 911 LFH", "MA 4AB949": the issuing state, then the plate.
		if e := plateEnd(b, i+3, to); e > 0 {
			return e
		}
		e := i + 3
		for e < to && e-i <= 11 && (isUpper(b[e]) || isDigit(b[e]) || b[e] == '-') {
			e++
		}
		if e-i >= 7 && (e == to || !isAlnum(b[e])) {
			return e
		}
	}
	digitsFirst := isDigit(b[i])
	k, n1 := group(i, digitsFirst)
	if k+1 >= to || b[k] != ' ' {
		return 0
	}
	k, n2 := group(k+1, !digitsFirst)
	letters, digits := n1, n2
	if digitsFirst {
		letters, digits = n2, n1
	}
	if letters < 1 || letters > 3 || digits < 3 || digits > 5 || digitsFirst && (letters != 3 || digits > 4) || k < to && isAlnum(b[k]) {
		return 0
	}
	if w := b[i : i+n1]; !digitsFirst && (equalFold(w, "ok") || equalFold(w, "no") || equalFold(w, "am") || equalFold(w, "pm") || equalFold(w, "id")) {
		return 0 // "plate OK 200": a word and a number
	}
	return k
}

// careDate gives "service date", "admission date" and "date of service",
// "date of birth" the date context, at the end of the phrase it returns
// (or 0 when the word "date" at b[i:e] is in no such phrase).
func (st *state) careDate(b []byte, i, e, to int) int {
	var buf [16]byte
	care := func(w []byte) bool {
		return careEventWords[string(w)] || string(w) == "birth" || string(w) == "contact"
	}
	// "service date": the word before.
	if i >= 3 && b[i-1] == ' ' {
		if w, _ := lowerWordBefore(buf[:], b, 0, i-1); care(w) {
			st.ctx[Date] = e
			return e
		}
	}
	// "date of service": the word after "of".
	if e+4 < to && b[e] == ' ' && lower(b[e+1]) == 'o' && lower(b[e+2]) == 'f' && b[e+3] == ' ' {
		k := e + 4
		for k < to && isLetter(b[k]) && k-e-4 < 16 {
			k++
		}
		if care(lowerWord(buf[:], b[e+4:k])) {
			st.ctx[Date] = k
			return k
		}
	}
	return 0
}

// appendField appends key to the field path, after a '.' when the path
// already names a field (a key=value pair inside a JSON string or a column).
func appendField(path, key []byte) []byte {
	if len(path) > 0 {
		path = append(path, '.')
	}
	return append(path, key...)
}

// patientQuery reports whether the URL query around b[ks] names a
// patient by one of its parameters ("patient=", "subject=Patient/") or
// its path does ("/patients/143822/appointments?date="), or the path is
// appointments' ("Appointment?date=").
func patientQuery(b []byte, ks, to int) bool {
	q := ks - 1
	for q > 0 && ks-q < 512 && b[q] != '?' && b[q] != ' ' && b[q] != '"' {
		q--
	}
	e := ks
	for e < to && e-ks < 512 && b[e] != ' ' && b[e] != '"' {
		e++
	}
	if q < 0 || b[q] != '?' {
		return false
	}
	p := q // the path before the query: "/patients/143822/appointments?date=..."
	for p > 0 && q-p < 256 && b[p-1] != ' ' && b[p-1] != '"' {
		p--
	}
	return indexFold(b[p:e], "patient") >= 0 || indexFold(b[p:q], "appointment") >= 0
}

// formDataBefore reports whether the key at b[ks] is a multipart form
// part's name, after "form-data;" (see formPart).
func formDataBefore(b []byte, ks int) bool {
	k := ks
	for k > 0 && b[k-1] == ' ' {
		k--
	}
	return k >= 10 && string(b[k-10:k]) == "form-data;"
}

// formPart reads a part of a multipart form as a request body's dump
// prints it, `Content-Disposition: form-data; name="dob"\r\n\r\n1983-12-01\r\n--boundary`,
// its line breaks escaped or not: the part's body is the value of its name
// (b[ns:ne]). The part's other headers (a file name, a Content-Type) end
// at the first empty line, within 256 bytes of the name's end ve. It
// returns the body's end, or 0 when there is no body.
func (st *state) formPart(b []byte, ns, ne, ve, to int) int {
	body := -1
	for k := ve; k < to && k < ve+256; {
		n := lineBreakAt(b, k, to)
		if n == 0 {
			k++
			continue
		}
		if m := lineBreakAt(b, k+n, to); m > 0 {
			body = k + n + m
			break
		}
		k += n
	}
	if body < 0 {
		return 0
	}
	end := body
	for end < to {
		if n := lineBreakAt(b, end, to); n > 0 && end+n+1 < to && b[end+n] == '-' && b[end+n+1] == '-' {
			break
		}
		end++
	}
	kc := st.classifyKey(b[ns:ne], keyClass{})
	mark := len(st.field)
	st.field = appendField(st.field, b[ns:ne])
	if !kc.never() && !st.keyedValue(kc, b, body, end) {
		st.scanText(b, body, end)
	}
	st.field = st.field[:mark]
	return end
}

// lineBreakAt returns the length of a line break at b[k], real ("\r\n",
// "\n") or escaped as a program's repr writes it (`\r\n`, `\n`), or 0.
func lineBreakAt(b []byte, k, to int) int {
	switch {
	case k >= to:
		return 0
	case b[k] == '\n':
		return 1
	case b[k] == '\r' && k+1 < to && b[k+1] == '\n':
		return 2
	case b[k] != '\\' || k+1 >= to:
		return 0
	case b[k+1] == 'n':
		return 2
	case b[k+1] == 'r' && k+3 < to && b[k+2] == '\\' && b[k+3] == 'n':
		return 4
	}
	return 0
}

// valueExtent finds the end of a value starting at b[vs]: a quoted string,
// or up to white space (and '&' in a query). inner..innerEnd is the value
// without its quotes.
func valueExtent(b []byte, vs, to int, query bool) (ve, inner, innerEnd int) {
	if vs >= to {
		return vs, vs, vs
	}
	if q := b[vs]; q == '"' || q == '\'' {
		doubled := false // SQL's way: a quote inside is written twice
		for e := vs + 1; e < to; e++ {
			if b[e] == '\\' {
				e++
				continue
			}
			if b[e] != q {
				continue
			}
			// 'INSERT ... VALUES (''BP188881'')', 'Ka''ahanui'; not the end
			// of 'PatName = 'Müller'', whose first quote inside is single.
			if q == '\'' && e+1 < to && b[e+1] == q && (doubled || e+2 < to && isAlnum(b[e+2])) {
				e++
				doubled = true
				continue
			}
			return e + 1, vs + 1, e
		}
		return to, vs + 1, to
	}
	if b[vs] == '{' || b[vs] == '[' {
		// (Within 4 KB: a line of "k=[" never closed is read in linear time;
		// a longer value is read as text.)
		if e := matchBracket(b, vs, min(to, vs+4096)); e > 0 {
			return e, vs, e
		}
	}
	if b[vs] == '\\' && vs+2 < to && b[vs+1] == '"' {
		// A label set printed inside a quoted string, as logcli and
		// Prometheus' errors do: patient_mrn=\"05150204\".
		if k := bytes.Index(b[vs+2:min(to, vs+258)], []byte{'\\', '"'}); k >= 0 {
			return vs + 2 + k + 2, vs + 2, vs + 2 + k
		}
	}
	if b[vs] == '#' && vs+18 < to && string(b[vs:vs+8]) == "#<Date: " {
		// Ruby's inspect of a Date: "#<Date: 2024-06-15 ((2460477j,0s,0n),+0s,2299161j)>".
		e := vs + 8
		for e < to && b[e] != ' ' && b[e] != '>' {
			e++
		}
		end := e
		if c := bytes.IndexByte(b[e:min(to, e+64)], '>'); c >= 0 {
			end = e + c + 1
		}
		return end, vs + 8, e
	}
	if b[vs] == '#' && vs+7 < to && isDigit(b[vs+1]) {
		// VBA's and Access's date literal: "SubscrDOB=#12/8/2000#".
		for e := vs + 1; e < to && e-vs <= 24 && (isDigit(b[e]) || b[e] == '/' || b[e] == '-' || b[e] == ' ' || b[e] == ':' || b[e] == '#'); e++ {
			if b[e] == '#' {
				return e + 1, vs + 1, e
			}
		}
	}
	if p := optionalOpen(b, vs, to); p > 0 {
		// Swift's Optional("Toledo"), Scala's and Rust's Some("Toledo"): the value is inside.
		for e := p + 1; e < to; e++ {
			if b[e] == '\\' {
				e++
				continue
			}
			if b[e] == b[p] {
				if e+1 < to && b[e+1] == ')' {
					return e + 2, p + 1, e
				}
				break
			}
		}
	}
	if isUpper(b[vs]) {
		p := vs
		for p < to && p-vs <= 32 && (isAlnum(b[p]) || b[p] == '_') {
			p++
		}
		if p-vs > 2 && b[p-2] == 'I' && (b[p-1] == 'd' || b[p-1] == 'D') {
			if e := parenNumberEnd(b, p, to); e > 0 {
				return e + 1, p + 1, e // Rust's newtype of an ID: "id: PatientId(49200069)"
			}
		}
	}
	if isUpper(b[vs]) || isLower(b[vs]) && packagePrefix(b, vs, to) {
		if _, end := typedRecord(b, vs, to); end > 0 {
			return end, vs, end
		}
	}
	if isLower(b[vs]) {
		if end := callEnd(b, vs, to); end > 0 {
			return end, vs, end // dob=datetime.date(1948, 11, 2): Python's repr of a value
		}
	}
	if b[vs] == '<' && vs+1 < to && isLetter(b[vs+1]) {
		// body=<recordTarget><patientRole><id root="..." extension="..."/>...:
		// an XML document runs to its last '>', spaces and all.
		if e := bytes.LastIndexByte(b[vs:to], '>'); e > 0 {
			return vs + e + 1, vs, vs + e + 1
		}
	}
	if b[vs] == '&' && vs+4 < to && b[vs+1] == 'l' && b[vs+2] == 't' && b[vs+3] == ';' && isLetter(b[vs+4]) {
		if e := bytes.LastIndex(b[vs:to], []byte("&gt;")); e > 0 {
			return vs + e + 4, vs, vs + e + 4 // the same, its markup escaped: "body=&lt;a&gt;...&lt;/a&gt;"
		}
	}
	e := vs
	for e < to {
		c := b[e]
		if class[c]&cStop == 0 {
			e++
			continue
		}
		if isSpace(c) || c == '"' || (query && (c == '&' || c == '#' || c == ';')) ||
			c != '#' && e+1 < to && isAlnum(b[e+1]) && looksLikeQueryKey(b, e+1, to) {
			if c == ' ' && e-vs >= 6 && e+1 < to && isDigit(b[e+1]) && string(b[e-6:e]) == "\\rANSI" {
				e -= 5 // raw=@\n\x1e\rANSI 6360...: a licence's barcode data, read from its header on
			}
			break // "a=1&b=2", "PT_LNAME=Roe|PT_FNAME=Jo", "id=7,name=Jo", LEEF's "src=...^usrName=": the next key ends the value
		}
		e++
	}
	ie := e
	for ie > vs && (b[ie-1] == ',' || b[ie-1] == ';' || b[ie-1] == ')' || b[ie-1] == ']' || b[ie-1] == '}' || b[ie-1] == '.' || b[ie-1] == '|' ||
		b[ie-1] == ':' && ie-vs >= 2 && b[ie-2] != ':') { // "(mrn=00458812): conflict"; "fe80::" keeps its colons
		ie--
	}
	return e, vs, ie
}

// digitGroupsEnd returns where a number printed in groups ends that starts
// with b[s:e], a group of at most five characters: groups of digits
// follow, each after one space, up to fifteen digits in all, ending at a
// separator or the next key ("medicare_no=5293 26117 1 irn=4"), not at a
// word ("mrn=12345 200 OK"). It returns e when no group follows.
func digitGroupsEnd(b []byte, s, e, to int) int {
	if e-s > 5 || e == s {
		return e
	}
	digits := 0
	for _, c := range b[s:e] {
		if isDigit(c) {
			digits++
		} else if !isUpper(c) {
			return e
		}
	}
	end := e
	for k := e; k+1 < to && b[k] == ' ' && isDigit(b[k+1]); {
		g := k + 1
		for g < to && isDigit(b[g]) {
			g++
		}
		if digits += g - k - 1; digits > 15 {
			return e // a card or an account in groups ("4007 7814 9525 1472"): their own readers take them whole
		}
		if g-k-1 > 5 || g < to && (isLetter(b[g]) || b[g] == '=' || b[g] == ':' || b[g] == '.' && g+1 < to && isDigit(b[g+1])) ||
			g+1 < to && b[g] == ' ' && isLetter(b[g+1]) && !looksLikeQueryKey(b, g+1, to) {
			break // "mrn=12345 200 OK": a status after the number, not a group of it
		}
		end, k = g, g
	}
	if digits < 6 {
		return e
	}
	return end
}

// callEnd returns the end of a call-shaped value at b[vs], a lower-case
// dotted name and its arguments in brackets without quotes inside
// ("datetime.date(1948, 11, 2)", "Decimal('1.5')" is not one), or 0.
func callEnd(b []byte, vs, to int) int {
	k := vs
	for k < to && k-vs < 32 && (isLetter(b[k]) || b[k] == '.' || b[k] == '_') {
		k++
	}
	if k == vs || k >= to || b[k] != '(' {
		return 0
	}
	for e := k + 1; e < to && e-k < 64; e++ {
		switch b[e] {
		case ')':
			return e + 1
		case '(', '"', '\'', '=':
			return 0
		}
	}
	return 0
}

// valueAlone reports whether an unquoted value that ends at b[ve] (b[ie]
// without trailing punctuation) stands alone: what follows is the end, a
// delimiter or the next "key:" or "key=", and no comma cut it short.
func valueAlone(b []byte, ve, ie, to int) bool {
	if ie < ve && b[ie] == ',' && ve+1 < to && b[ve] == ' ' && isAlnum(b[ve+1]) && !looksLikeQueryKey(b, ve+1, to) {
		if k := keyRunEnd(b, ve+1, to); k >= to || b[k] != ':' {
			return false // "ptName:Lachance, Ulrike"
		}
	}
	if ve >= to || b[ve] != ' ' {
		return true
	}
	k := ve + 1
	if k >= to || !isAlnum(b[k]) {
		return true // "  ", " / ", " | ", " ["
	}
	if isDigit(b[k]) {
		return false // "DOB:1941-04-19 00:00:00", "tel:555 0142"
	}
	k = keyRunEnd(b, k, to)
	return k < to && (b[k] == ':' || b[k] == '=')
}

// keyRunEnd returns the end of the run of characters a key is made of
// (letters, digits, '_', '.', '-') at b[k].
func keyRunEnd(b []byte, k, to int) int {
	for k < to && (isAlnum(b[k]) || b[k] == '_' || b[k] == '.' || b[k] == '-') {
		k++
	}
	return k
}

// typedRecord finds an object printed with its type at b[vs]: Java's
// toString, "Address{line1='44 Alder Rd', city='Quincy'}", and Lombok's or
// Kotlin's, "Address(line1=44 Alder Rd, city=Quincy)". It returns the
// offset of the opening bracket and the offset after its match, or 0, 0.
//
// The type may carry its package and Apache's identity hash, with the
// fields in square brackets: "com.acme.AddressDto@6490d1b7[street=...]".
func typedRecord(b []byte, vs, to int) (open, end int) {
	k := vs
	last := vs // the start of the type's last dotted segment
	for k < to && k-vs < 96 && (class[b[k]]&cKey != 0 || b[k] == '$' || b[k] == '.') {
		if b[k] == '.' {
			last = k + 1
		}
		k++
	}
	if k+2 < to && k > vs && b[k] == ' ' && b[k+1] == '{' && b[k+2] == ' ' && isUpper(b[vs]) {
		k++ // Rust's and C#'s "Address { line1: ... }"
	}
	hashed := false
	if k+1 < to && b[k] == '@' && isHex(b[k+1]) {
		k++
		for k < to && isHex(b[k]) {
			k++
		}
		hashed = true
	}
	if k == vs || k >= to || last >= to || !isUpper(b[last]) || !isUpper(b[vs]) && last == vs ||
		b[k] != '{' && b[k] != '(' && !(b[k] == '[' && (hashed || last > vs)) {
		return 0, 0
	}
	o, c := b[k], byte('}')
	switch o {
	case '(':
		c = ')'
	case '[':
		c = ']'
	}
	depth, q := 0, byte(0)
	for e := k; e < to; e++ {
		switch ch := b[e]; {
		case q != 0:
			switch ch {
			case '\\':
				e++
			case q:
				q = 0
			}
		case (ch == '\'' || ch == '"') && b[e-1] == '=':
			q = ch // a quoted value; an apostrophe inside a word ("O'Neil") opens nothing
		case ch == o:
			depth++
		case ch == c:
			depth--
			if depth == 0 {
				return k, e + 1
			}
		}
	}
	return 0, 0
}

// orgRecord reads an object printed with its type (see typedRecord) at
// b[i] when the type is an organisation's or a clinician's
// ("Provider[id=6915, name=...]", "PayerProfile(94134,Kaiser
// Permanente,...)", "Clinic.Clinic{address: ...}"): its fields are read as
// any record's, then their names, contact data and numbers dropped (but
// for a patient's field in it), as an object with an NPI's are. It returns
// the record's end, or 0.
func (st *state) orgRecord(b []byte, i, to int) int {
	t := i
	for t < to && t-i < 96 && (class[b[t]]&cKey != 0 || b[t] == '$' || b[t] == '.') {
		t++
	}
	if !orgType(b[i:t]) {
		return 0 // the type's name first: most typed records are no organisation's, and matching their brackets costs
	}
	open, end := typedRecord(b, i, to)
	if end == 0 && t < to && b[t] == '[' && bytes.IndexByte(b[t:min(to, t+4096)], ']') > 0 {
		// Java's record and Apache's style, "Provider[id=6915, name=...]",
		// which typedRecord takes only with a package or a hash. (One vector
		// search first: a record cut short has no ']' to match.)
		open, end = t, matchBracket(b, t, min(to, t+4096))
	}
	if end == 0 {
		return 0
	}
	from := len(st.out)
	st.scanText(b, open+1, end-1)
	st.drop(from, func(f Finding) bool {
		return (orgContactFinding(f) || f.Category == OtherID || f.Category == License) && !personField(f.Field)
	})
	return end
}

// orgType reports whether a type's name, its last dotted segment, has a
// word for an organisation or a clinician and none for a patient:
// "ReferringProvider", "ClinicDto", "PayerProfile", not "PatientProvider".
func orgType(t []byte) bool {
	if k := bytes.LastIndexByte(t, '.'); k >= 0 {
		t = t[k+1:]
	}
	if k := bytes.IndexByte(t, '@'); k >= 0 {
		t = t[:k] // Apache's identity hash: "ProviderDto@6490d1b7"
	}
	org := false
	for s := 0; s < len(t); {
		e := s + 1
		for e < len(t) && isLower(t[e]) {
			e++
		}
		var buf [16]byte
		if w := lowerWord(buf[:], t[s:e]); w != nil {
			if orgTypeWords[string(w)] {
				org = true
			} else if personWords[string(w)] {
				return false
			}
		}
		s = e
	}
	return org
}

// orgTypeWords name the types of organisations' and clinicians' records.
var orgTypeWords = words("provider", "clinic", "practice", "facility", "hospital", "pharmacy", "physician", "doctor",
	"practitioner", "prescriber", "clinician", "organization", "organisation", "insurer", "payer", "payor", "vendor",
	"staff", "location") // not "lab": a "LabKit" or a "LabResult" is a patient's

// shortWord handles the few short words that say what the value after
// them is, dispatched by their first letter so that the others pass with
// one switch: "exp" dates, units ("Apt 4B"), "my number", "cb#", "Rx #",
// "tag #", "S/N". done is true when it consumed b up to end.
func (st *state) shortWord(b, w []byte, i, e, to int) (end int, done bool) {
	if c := lower(w[0]); (c == 'b' || c == 't') && len(w) >= 2 && len(w) <= 8 {
		if end := st.newbornName(b, i, e, to); end > 0 {
			return end, true
		}
	}
	switch lower(w[0]) {
	case 'e':
		if expiryWord(w) {
			st.ctx[Date] = -1 << 30 // "dispensed ... lot L4891A exp 06-Oct-2026": a product's date, no one's
			return e, true
		}
	case 'n':
		if len(w) == 6 && equalFold(w, "number") && possessiveBefore(b, i) {
			st.ctx[Phone] = e // "my number is 917 343 3636": a person's number, unqualified, is their phone's
			if end := st.spokenAfter(b, e, to); end > 0 {
				return end, true
			}
		}
	case 'c', 'r', 't':
		if (len(w) == 2 || len(w) == 3) && e+1 < to && (b[e] == '#' || b[e] == ' ' && b[e+1] == '#') {
			switch {
			case equalFold(w, "cb"):
				st.ctx[Phone] = e // "cb# 4088037793": a callback number
			case equalFold(w, "rx"):
				st.ctx[OtherID] = e // "Rx #52-787681": a prescription's number; "RX packets" is none
			case equalFold(w, "tag"):
				st.resetContext()
				st.ctx[Vehicle] = e // "tag # 8BYJ741": a plate; a bare "tag" is a release's or a page's
			}
		}
	case 's':
		if len(w) == 1 && e+2 < to && b[e] == '/' && (b[e+1] == 'N' || b[e+1] == 'n') && !isAlnum(b[e+2]) {
			st.ctx[Device] = e + 2 // "S/N 77A8812Z": a serial number
			return e + 2, true
		}
	}
	if i > 0 && (b[i-1] == '\'' || b[i-1] == '"') && e+1 < to && b[e] == ' ' && unitWord(w) {
		if end := quotedUnit(b, i, e, to); end > 0 {
			st.emit(i, end, Address, "unit", Medium, false) // 'line2': 'Ste 110', unit="Apt 4B"
			return end, true
		}
	}
	return 0, false
}

// newbornName reads a newborn's temporary name at the word b[i:e], as
// hospitals register babies before they are named: "BABYGIRL GARCIA",
// "Baby Boy Nguyen", "BB BOY A NGUYEN", "Twin B Okafor", "BABY A MACLEOD",
// "BABY GIRL DE LA CRUZ", and with the
// surname first, "SZABO,BB BOY", "SZABO^BABYGIRL". It emits the whole and
// returns its end, or 0.
func (st *state) newbornName(b []byte, i, e, to int) int {
	w, k := b[i:e], e
	switch {
	case equalFold(w, "babygirl") || equalFold(w, "babyboy"):
	case equalFold(w, "baby") || equalFold(w, "bb"):
		if k+4 > to || b[k] != ' ' {
			return 0
		}
		n := k + 1
		for n < to && isLetter(b[n]) {
			n++
		}
		if n == k+2 && b[k+1] >= 'A' && b[k+1] <= 'D' && n < to && b[n] == ' ' {
			break // a twin's letter: "BABY A MACLEOD"
		}
		if !equalFold(b[k+1:n], "girl") && !equalFold(b[k+1:n], "boy") {
			return 0
		}
		k = n
	case equalFold(w, "twin"):
		if k+3 > to || b[k] != ' ' || b[k+1] < 'A' || b[k+1] > 'D' || b[k+2] != ' ' {
			return 0
		}
	default:
		return 0
	}
	if k+2 < to && b[k] == ' ' && b[k+1] >= 'A' && b[k+1] <= 'D' && b[k+2] == ' ' {
		k += 2 // a twin's letter: "BB BOY A NGUYEN"
	}
	if k+2 < to && b[k] == ' ' && isUpper(b[k+1]) {
		n := k + 1
		for n < to && (isLetter(b[n]) || b[n] >= 0x80 || b[n] == '\'' || b[n] == '-') {
			n++
		}
		for ws := k + 1; n-ws <= 4 && n+2 < to && b[n] == ' ' && inSet(nameParticles, b[ws:n]) && isUpper(b[n+1]); {
			n++ // "BABY GIRL DA SILVA", "DE LA CRUZ": a surname after its particles
			ws = n
			for n < to && (isLetter(b[n]) || b[n] >= 0x80 || b[n] == '\'' || b[n] == '-') {
				n++
			}
		}
		if n-k > 2 {
			st.emit(i, n, Name, "newborn", Medium, false)
			return n
		}
	}
	// The surname first: "SZABO,BB BOY", "Szabo, Baby Girl", "SZABO^BABYGIRL".
	p := i - 1
	if p > 0 && b[p] == ' ' && b[p-1] == ',' {
		p--
	}
	if p > 1 && (b[p] == ',' || b[p] == '^') {
		s := p
		for s > 0 && (isLetter(b[s-1]) || b[s-1] >= 0x80 || b[s-1] == '\'' || b[s-1] == '-') {
			s--
		}
		if s > 0 && b[s-1] == '^' && p-s > 4 && b[s] == 'F' && b[s+1] == 'D' {
			s += 2 // "^FDFITZGERALD, BABY GIRL^FS": a ZPL field's data
		}
		if p-s >= 2 && isUpper(b[s]) {
			st.emit(s, k, Name, "newborn", Medium, false)
			return k
		}
	}
	return 0
}

// possessiveBefore reports whether the word before b[i] is a possessive
// pronoun: "my number", "your number".
func possessiveBefore(b []byte, i int) bool {
	var buf [8]byte
	w, _ := lowerWordBefore(buf[:], b, 0, max(i-1, 0))
	switch string(w) {
	case "my", "your", "his", "her", "their", "our", "best", "callback", "home", "cell", "contact":
		return true // "best number 808 866 5755"
	}
	return false
}

// expiryWord reports whether w says that a date after it is when
// something expires: "exp", "expiry", "expires", "expiration".
func expiryWord(w []byte) bool {
	return equalFold(w, "exp") || equalFold(w, "expiry") || equalFold(w, "expires") || equalFold(w, "expiration")
}

// escapedJSONEnd returns the end of the JSON object at b[i] written with
// its quotes escaped (\"), or 0. Braces count outside strings only; a
// string's own escaped quote is \\\" there.
func escapedJSONEnd(b []byte, i, to int) int {
	depth, in, esc := 0, false, false // esc: the last decoded byte is a backslash that escapes the next
	for k := i; k < to && k-i < 1<<16; k++ {
		c := b[k]
		if c == '\\' {
			if k+1 >= to {
				return 0
			}
			k++
			switch b[k] {
			case '\\':
				esc = !esc
			case '"':
				if !esc {
					in = !in
				}
				esc = false
			default:
				esc = false
			}
			continue
		}
		esc = false
		if in {
			continue
		}
		switch c {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return k + 1
			}
		}
	}
	return 0
}

// hexJSONEnd returns the end of the JSON object at b[i] written with its
// quotes as \x22 (and its backslashes as \x5C), or 0.
func hexJSONEnd(b []byte, i, to int) int {
	depth, in, esc := 0, false, false
	for k := i; k < to && k-i < 1<<16; k++ {
		c := b[k]
		if c == '\\' && k+3 < to && b[k+1] == 'x' {
			switch string(b[k+2 : k+4]) {
			case "22":
				if in && esc {
					esc = false
				} else {
					in = !in
				}
			case "5C", "5c":
				esc = !esc
			default:
				esc = false
			}
			k += 3
			continue
		}
		esc = false
		if in {
			continue
		}
		switch c {
		case '{':
			depth++
		case '}':
			if depth--; depth == 0 {
				return k + 1
			}
		case '"':
			return 0 // the log's own quote: no object written so
		}
	}
	return 0
}

// filePerson reads a file named for a person, as scans, referrals and
// exports are: two capitalised words, then a valid date of eight digits
// or an identifier glued to its keyword ("Rossi_Ngozi_12251998.pdf",
// "REF_KOWALSKI_FATIMA_19770523_MRN33691100.pdf", "pt_Haddad_Anh_RGH4399132.dcm",
// "Collins_Chloe_1946-04-12.pdf"). A prefix before the name is allowed.
// It reports whether it found one.
func (st *state) filePerson(b []byte, i, e int) bool {
	var buf [8]span
	parts := nameParts(buf[:0], b, i, e)
	n := len(parts)
	for p := 0; p+2 < n && p <= 2; p++ {
		if !fileNamePair(b, parts[p], parts[p+1]) {
			if c, _ := filePart(b, parts[p+2]); c == Date && (lowerNamePair(b, parts[p], parts[p+1]) ||
				(unlistedNamePair(b, parts[p], parts[p+1]) || listedNamePair(b, parts[p], parts[p+1])) && birthYear(b[parts[p+2].start:parts[p+2].end])) {
				// "washington_chidi_19330213.tif": names in lower case, and a
				// date vouches; "ADEYEMI_OLUSEGUN_19840625": names no list
				// holds; "CP_BANKS_FAITH_19290614.pdf": names that are words too.
				st.emit(parts[p].start, parts[p+1].end, Name, "name", Medium, false)
				st.emit(parts[p+2].start, parts[p+2].end, Date, "file_name", Medium, false)
				return true
			}
			if c, v := filePart(b, parts[p+2]); c == MRN && v == parts[p+2] && v.end-v.start >= 7 && p == 0 && n == 3 && unlistedNamePair(b, parts[0], parts[1]) {
				// "OKONKWO_CHIDI_07397970/video/": a study's folder, the
				// names no list holds and the record's number, nothing else.
				st.emit(parts[0].start, parts[1].end, Name, "name", Medium, false)
				st.emit(v.start, v.end, MRN, "file_name", Medium, false)
				return true
			}
			if unlistedNamePair(b, parts[p], parts[p+1]) && labelledFileValue(b, parts[p+2:n]) {
				// "Adeyemi_Folake_MRN00570200_EOB.pdf", "Olumide_Bankole_labs_DOS_2024-10-01.tif":
				// a value its keyword names vouches for names no list holds.
				var buf [4]fileValue
				st.emitFilePerson(span{parts[p].start, parts[p+1].end}, fileValues(buf[:0], b, parts[p+2:n]))
				return true
			}
			continue
		}
		if lw := b[parts[p+2].start:parts[p+2].end]; p+3 < n && (equalFold(lw, "dob") || equalFold(lw, "mrn") || equalFold(lw, "dos")) {
			if c, v := filePart(b, parts[p+3]); c != 0 {
				// "Smith_John_DOB_1950-01-02.pdf": the value after its label
				st.emit(parts[p].start, parts[p+1].end, Name, "name", Medium, false)
				st.emit(v.start, v.end, c, "file_name", Medium, false)
				return true
			}
		}
		if age, ok := fileAge(b[parts[p+2].start:parts[p+2].end]); ok {
			// "HP_McAllister_Harold_97yo_SNF.docx": the person's age after their names.
			st.emit(parts[p].start, parts[p+1].end, Name, "name", Medium, false)
			if age > 89 {
				st.emit(parts[p+2].start, parts[p+2].start+2, Age, "file_name", Medium, false)
			}
			return true
		}
		if c, _ := filePart(b, parts[p+2]); c == 0 {
			// "Fitzgerald_Declan_physician_form_03222024.pdf", "IHSA_physical_Patel_Rohan_2024.pdf"
			doc := documentKindIn(b, parts[p+2:n]) || documentKindIn(b, parts[:p])
			if doc {
				// "LK1597356_WISNIEWSKI_TOMASZ_ECHO_20240302.rtf": the
				// names before the document's kind, vouched for by a date
				// or a record number elsewhere in the name, or by the
				// census naming a given name and a surname, in either
				// order: "statements/2025/03/Dolores_Mensah_stmt_32562d.pdf",
				// "Nakamura_Hiroshi_stmt.tif".
				var buf [4]fileValue
				vals := fileValues(fileValues(buf[:0], b, parts[:p]), b, parts[p+3:n])
				if len(vals) > 0 || givenThenSurname(b, parts[p], parts[p+1]) || givenThenSurname(b, parts[p+1], parts[p]) {
					st.emitFilePerson(span{parts[p].start, parts[p+1].end}, vals)
					return true
				}
			}
			continue // the date or number comes right after the name
		}
		st.emit(parts[p].start, parts[p+1].end, Name, "name", Medium, false)
		seen := CategorySet(0)
		for _, r := range parts[p+2 : n] {
			if c, v := filePart(b, r); c != 0 && !seen.Has(c) {
				seen |= SetOf(c)
				st.emit(v.start, v.end, c, "file_name", Medium, false)
			}
		}
		return true
	}
	if n >= 2 && n <= 4 {
		if c, v := filePart(b, parts[1]); c == Date && v.start > parts[1].start && fileSurname(b[parts[0].start:parts[0].end]) {
			// "DuboisC_DOB19570412_labs.csv": a surname, its initial glued on, and a labelled birth date.
			st.emit(parts[0].start, parts[0].end, Name, "name", Medium, false)
			st.emit(v.start, v.end, Date, "file_name", Medium, false)
			return true
		}
	}
	if w := b[parts[0].start:parts[0].end]; n >= 2 && n <= 4 && fileSurname(w) && !inSet(careEventWords, w) {
		if c, v := filePart(b, parts[1]); c == MRN || c == OtherID && v == parts[1] {
			// "/inbound/riverside_ss/BAUTISTA_E5421070_ADT.hl7",
			// "DVORAK_838521_202308.pdf": a surname, then the person's
			// record number (not an event's word: "DISCH_5668515818_19640609.xml").
			st.emit(parts[0].start, parts[0].end, Name, "name", Medium, false)
			st.emit(v.start, v.end, MRN, "file_name", Medium, false)
			return true
		}
	}
	if n >= 3 && fileNamePair(b, parts[n-2], parts[n-1]) {
		// "ROI_01459997_WISNIEWSKI_JOZEF.pdf", "Consent_Form_TANABE_HIROSHI":
		// the names last, after a document's kind or a record's number.
		var buf [6]fileValue
		if vals := fileValues(buf[:0], b, parts[:n-2]); documentKindIn(b, parts[:n-2]) || len(vals) > 0 {
			st.emitFilePerson(span{parts[n-2].start, parts[n-1].end}, vals)
			return true
		}
	}
	if n == 3 && inSet(fileDocWords, b[parts[0].start:parts[0].end]) && fileSurname(b[parts[2].start:parts[2].end]) {
		if l := parts[1].end - parts[1].start; l >= 6 && l <= 12 && allDigits(b[parts[1].start:parts[1].end]) {
			// "ROI_09389827_McAllister.csv", "Statement_704461330_RAHMAN.pdf": a document, a record's number, a surname.
			st.emit(parts[1].start, parts[1].end, MRN, "file_name", Medium, false)
			st.emit(parts[2].start, parts[2].end, Name, "name", Medium, false)
			return true
		}
	}
	if n >= 3 {
		// "ROI-559595_E1853131_LINDQVIST_MR.pdf": a record's number, the
		// surname, the document's kind last.
		last := b[parts[n-1].start:parts[n-1].end]
		w := b[parts[n-2].start:parts[n-2].end]
		if c, v := filePart(b, parts[n-3]); (c == OtherID || c == MRN) && v == parts[n-3] && inSet(fileDocWords, last) &&
			(fileSurname(w) || len(w) >= 3 && allUpper(w) && allLetters(w) && !ordinaryWord(w) && !inSet(fileDocWords, w)) {
			st.emit(v.start, v.end, MRN, "file_name", Medium, false)
			st.emit(parts[n-2].start, parts[n-2].end, Name, "name", Medium, false)
			return true
		}
	}
	return st.numberedDocument(b, parts[:n])
}

// labelledFileValue reports whether the parts of a file's name after a
// person's names hold a value its keyword names, after the document's
// kinds if any: "MRN00570200", "DOS_2024-10-01".
func labelledFileValue(b []byte, parts []span) bool {
	for k, r := range parts {
		w := b[r.start:r.end]
		switch {
		case inSet(fileDocWords, w):
			continue
		case equalFold(w, "dob") || equalFold(w, "dos") || equalFold(w, "mrn"):
			if k+1 < len(parts) {
				c, _ := filePart(b, parts[k+1])
				return c == Date || c == MRN
			}
			return false
		}
		c, v := filePart(b, r)
		return (c == Date || c == MRN) && v.start > r.start // glued to its keyword
	}
	return false
}

// documentKindIn reports whether one of the parts of a file's name is a
// document's kind (see fileDocWords).
func documentKindIn(b []byte, parts []span) bool {
	for _, r := range parts {
		if inSet(fileDocWords, b[r.start:r.end]) {
			return true
		}
	}
	return false
}

// fileValue is what a part of a file's name holds beside the person's
// names: a date, a record's number (see filePart).
type fileValue struct {
	span
	cat Category
}

// fileValues appends the values the parts hold, as many as dst has room for.
func fileValues(dst []fileValue, b []byte, parts []span) []fileValue {
	for _, r := range parts {
		if c, v := filePart(b, r); c != 0 && len(dst) < cap(dst) {
			dst = append(dst, fileValue{v, c})
		}
	}
	return dst
}

// emitFilePerson reports a file's name's person names and its values.
func (st *state) emitFilePerson(name span, vals []fileValue) {
	st.emit(name.start, name.end, Name, "name", Medium, false)
	for _, v := range vals {
		st.emit(v.start, v.end, v.cat, "file_name", Medium, false)
	}
}

// fileAge reads an age as files name it, "97yo", "84y".
func fileAge(v []byte) (int, bool) {
	k := 0
	for k < len(v) && k < 3 && isDigit(v[k]) {
		k++
	}
	if k == 0 || !(equalFold(v[k:], "yo") || equalFold(v[k:], "y") || equalFold(v[k:], "yrs")) {
		return 0, false
	}
	return atoi(v[:k]), true
}

// fileSurname reports whether w, a part of a file's name, is a surname the
// census lists know and no ordinary word, in capitals or capitalised, an
// initial perhaps glued after it ("DuboisC").
func fileSurname(w []byte) bool {
	if len(w) >= 4 && isUpper(w[len(w)-1]) && isLower(w[len(w)-2]) {
		w = w[:len(w)-1]
	}
	if len(w) < 3 || !isUpper(w[0]) || !allLetters(w) || ordinaryWord(w) || inSet(fileDocWords, w) {
		return false
	}
	e, ok := lookupName(w)
	return ok && e.Last > 0 && !e.Common
}

// numberedDocument reads a file named for a record number, then the
// document's kind, the patient's surname and a date, as document
// pipelines name what they process: "356009175_after_visit_summary_orlov_19330317".
// The surname is no ordinary word, and the kind is one of fileDocWords.
func (st *state) numberedDocument(b []byte, parts []span) bool {
	n := len(parts)
	if n < 4 {
		return false
	}
	num, sur := parts[0], parts[n-2]
	if l := num.end - num.start; l < 6 || l > 12 || !allDigits(b[num.start:num.end]) {
		return false
	}
	if c, _ := filePart(b, parts[n-1]); c != Date || sur.end-sur.start < 3 || !allLetters(b[sur.start:sur.end]) || ordinaryWord(b[sur.start:sur.end]) ||
		inSet(fileDocWords, b[sur.start:sur.end]) {
		return false
	}
	if !documentKindIn(b, parts[1:n-2]) {
		return false
	}
	_, d := filePart(b, parts[n-1])
	st.emit(num.start, num.end, MRN, "file_name", Medium, false)
	st.emit(sur.start, sur.end, Name, "name", Medium, false)
	st.emit(d.start, d.end, Date, "file_name", Medium, false)
	return true
}

// filePart reads a part of a file's name after a person's names: a date
// ("19770523", "DOB19400624", "1946-04-12"), a record number glued to its
// keyword ("MRN33691100") or a record's identifier ("RGH4399132").
func filePart(b []byte, r span) (Category, span) {
	v := b[r.start:r.end]
	switch {
	case fileDate(v):
		return Date, r
	case len(v) == 11 && equalFold(v[:3], "dob") && fileDate(v[3:]):
		return Date, span{r.start + 3, r.end}
	case len(v) >= 8 && equalFold(v[:3], "mrn") && allDigits(v[3:]):
		return MRN, span{r.start + 3, r.end}
	case rowIdentifier(v):
		return OtherID, r
	case len(v) >= 6 && len(v) <= 10 && allDigits(v):
		return MRN, r // "ROI_Duarte_Ji-woo_08876628.pdf": the person's record number
	}
	return 0, r
}

// fileNamePair reports whether two parts of a file's name are a person's
// names: capitalised words of letters, no ordinary words, one at least a
// name the census lists know ("Release_Candidate_20240101" is a build).
func fileNamePair(b []byte, a, c span) bool {
	known := false
	for _, w := range [2]span{a, c} {
		v := b[w.start:w.end]
		if h := bytes.IndexByte(v, '-'); h > 0 && h+1 < len(v) && allLetters(v[h+1:]) {
			v = v[:h] // "Ji-woo": a name, hyphen and all; its first part is looked up
		}
		if len(v) < 2 || !isUpper(v[0]) || !nameLetters(v) {
			return false
		}
		e, ok := lookupName(v)
		if ordinaryWord(v) && !(ok && (e.First >= 300 || e.Last >= 300)) {
			return false // a word, unless a common name too: "Smith", "Maria"
		}
		known = known || ok && !e.Common
	}
	return known
}

// nameParts appends the parts of the name b[i:e] that '_' joins
// ("REF_KOWALSKI_FATIMA_19770523"), as many as dst has room for.
func nameParts(dst []span, b []byte, i, e int) []span {
	for k := i; k < e && len(dst) < cap(dst); k++ {
		s := k
		for k < e && b[k] != '_' {
			k++
		}
		dst = append(dst, span{s, k})
	}
	return dst
}

// idBirthDate reads, in a name made of parts joined by '_' at b[i]
// ("AuthReq_WA85859454_19800303.pdf", a sample's "S24-01862_TN_19580723_T"),
// a part that is a birth date: eight digits of a valid date before 2010,
// beside a part that identifies someone (a number, or initials just before
// the date). Labs and scanners name files and samples so; a build or a
// backup carries its own recent day and no one's number. It returns the
// name's end, or 0.
func (st *state) idBirthDate(b []byte, i, to int) int {
	e := i
	for e < to && e-i < 96 && (isAlnum(b[e]) || b[e] == '_' || b[e] == '-') {
		e++
	}
	if e < to && (isAlnum(b[e]) || b[e] >= 0x80) {
		return 0
	}
	var buf [8]span
	parts := nameParts(buf[:0], b, i, e)
	n := len(parts)
	if n < 2 {
		return 0
	}
	for p := 0; p < n; p++ {
		v := b[parts[p].start:parts[p].end]
		if len(v) != 8 || !allDigits(v) || !fileDate(v) || !birthYear(v) {
			continue
		}
		initials := p > 0 && parts[p-1].end-parts[p-1].start <= 3 && parts[p-1].end-parts[p-1].start >= 2 && allUpper(b[parts[p-1].start:parts[p-1].end])
		identified := initials
		for q := 0; q < n && !identified; q++ {
			w := b[parts[q].start:parts[q].end]
			identified = q != p && len(w) >= 5 && digitCount(w) >= 4 && !fileDate(w)
		}
		if !identified {
			continue
		}
		if initials && p >= 2 {
			st.emit(parts[p-1].start, parts[p-1].end, Name, "name", Low, false) // the initials of the person born then
		}
		st.emit(parts[p].start, parts[p].end, Date, "file_name", Medium, false)
		return e
	}
	return 0
}

// birthYear reports whether a date in a file's name ("19840625",
// "1984-06-25", "06251984") is of a year before 2010: a birth date, where
// batch files carry the day they ran ("ELIG_MASSHEALTH_20240324").
func birthYear(v []byte) bool {
	if len(v) < 8 {
		return false
	}
	y := v[:4]
	if !(y[0] == '1' && y[1] == '9' || y[0] == '2' && y[1] == '0') {
		y = v[len(v)-4:]
	}
	return allDigits(y) && atoi(y) < 2010
}

// unlistedNamePair reports whether two parts of a file's name, capitalised
// or in capitals, can be names the census lists lack: letters only, three
// or more, one of five or more, no ordinary word nor a document's kind. A
// birth date after them must vouch.
func unlistedNamePair(b []byte, a, c span) bool {
	long := false
	for _, w := range [2]span{a, c} {
		v := b[w.start:w.end]
		if len(v) < 3 || !isUpper(v[0]) || !allLetters(v) || ordinaryWord(v) || inSet(fileDocWords, v) {
			return false
		}
		long = long || len(v) >= 5
	}
	return long
}

// listedNamePair reports whether two parts of a file's name, capitalised
// or in capitals, are both names the census lists know, words too or not
// ("BANKS_FAITH", "SMITH_MARIA"). A birth date after them must vouch.
func listedNamePair(b []byte, a, c span) bool {
	for _, w := range [2]span{a, c} {
		v := b[w.start:w.end]
		if len(v) < 2 || !isUpper(v[0]) || !nameLetters(v) || inSet(fileDocWords, v) {
			return false
		}
		if e, ok := lookupName(v); !ok || e.First == 0 && e.Last == 0 {
			return false
		}
	}
	return true
}

// lowerNamePair reports whether two parts of a file's name can be a
// person's names in lower case: both names the census lists know, or a
// given name they know and a word of five letters or more that is none
// and no ordinary word ("ivanova-jane"). A date after them must vouch.
func lowerNamePair(b []byte, a, c span) bool {
	var es [2]names.Entry
	var known [2]bool
	for k, w := range [2]span{a, c} {
		v := b[w.start:w.end]
		if len(v) < 3 || !allLetters(v) || !isLower(v[0]) {
			return false
		}
		es[k], known[k] = lookupName(v)
		known[k] = known[k] && (es[k].First > 0 || es[k].Last > 0)
		if !known[k] && (len(v) < 5 || ordinaryWord(v)) {
			return false // "no_show_list_20241118.csv", "lis_rej_20240311.txt"
		}
	}
	switch {
	case known[0] && known[1]:
		return es[0].First > 0 || es[1].First > 0
	case known[0]:
		return es[0].First > 0
	case known[1]:
		return es[1].First > 0
	}
	return false
}

// fileHyphenPerson reads the name of a file at b[i:] made of words and a
// date joined by hyphens, as upload handlers name them:
// "ivanova-jane-1947-07-21-insurance-card.jpg". It emits the names and the
// date and returns the end of the name, or 0.
func (st *state) fileHyphenPerson(b []byte, i, to int) int {
	e := i
	for e < to && e-i < 96 && (isAlnum(b[e]) || b[e] == '-' || b[e] == '_') {
		e++
	}
	if e+1 >= to || b[e] != '.' || !isLetter(b[e+1]) {
		return 0 // no extension: not a file's name
	}
	var parts [10]span
	n := 0
	for k := i; k < e && n < len(parts); k++ {
		s := k
		for k < e && b[k] != '-' && b[k] != '_' {
			k++
		}
		parts[n] = span{s, k}
		n++
	}
	if n < 3 || !lowerNamePair(b, parts[0], parts[1]) && !fileNamePair(b, parts[0], parts[1]) {
		return 0
	}
	d := parts[2]
	switch {
	case fileDate(b[d.start:d.end]):
	case n >= 5 && d.end-d.start == 4 && parts[3].end-parts[3].start == 2 && parts[4].end-parts[4].start == 2 &&
		calendarDate(b[d.start:parts[4].end]):
		d.end = parts[4].end // "1947-07-21"
	default:
		return 0
	}
	st.emit(parts[0].start, parts[1].end, Name, "name", Medium, false)
	st.emit(d.start, d.end, Date, "file_name", Medium, false)
	return e
}

// givenThenSurname reports whether two parts of a file's name are a given
// name and a surname the census lists know, neither a common word.
func givenThenSurname(b []byte, a, c span) bool {
	g, ok1 := lookupName(b[a.start:a.end])
	sur := b[c.start:c.end]
	if h := bytes.IndexByte(sur, '-'); h > 1 {
		sur = sur[:h] // "Smith-Jones": a double surname, looked up by its first
	}
	f, ok2 := lookupName(sur)
	// A word that is a common name too counts: "Maria_Lopez", "Renee_Smith".
	return ok1 && ok2 && g.First > 0 && f.Last > 0 && (!g.Common || g.First >= 300) && (!f.Common || f.Last >= 300)
}

// fileDocWords name the documents a file holds of a person.
var fileDocWords = words("stmt", "statement", "statements", "referral", "ref", "consent", "intake", "letter",
	"report", "records", "record", "chart", "labs", "results", "scan", "invoice", "bill", "eob", "note", "notes",
	"summary", "discharge", "id", "license", "card", "insurance", "xray", "photo", "signed", "form", "forms",
	"lab", "result", "imaging", "rx", "prescription", "mri", "ekg", "ecg", "echo", "auth", "claim", "visit", "progress",
	"rad", "hp", "con", "consult", "ds", "op", "pn", "dc", "path", "operative", "transcript", "dictation", "roi", "mr",
	"physical", "immunization", "immunizations", "vaccine", "vaccines", "shots", "waiver")

// fileDate reports whether v, in a file's name, is a calendar date: one
// calendarDate knows, or eight digits as MMDDYYYY, or MM-DD-YYYY.
func fileDate(v []byte) bool {
	return calendarDate(v) || len(v) == 8 && allDigits(v) && validDate(atoi(v[4:8]), atoi(v[0:2]), atoi(v[2:4])) ||
		len(v) == 10 && v[2] == '-' && v[5] == '-' && allDigits(v[:2]) && allDigits(v[3:5]) && allDigits(v[6:]) &&
			validDate(atoi(v[6:]), atoi(v[:2]), atoi(v[3:5])) // "11-13-1965"
}

// nameLetters reports whether w is letters only, in ASCII or not: "José".
func nameLetters(w []byte) bool {
	for _, c := range w {
		if !isLetter(c) && c < 0x80 {
			return false
		}
	}
	return true
}

// allLetters reports whether w is letters only.
func allLetters(w []byte) bool {
	for _, c := range w {
		if !isLetter(c) {
			return false
		}
	}
	return len(w) > 0
}

// formFieldName reports whether v reads as the name of a form's field
// ("zip5", "appt_dt", "birthDate") and not as a person's name.
func formFieldName(v []byte) bool {
	v = privateName(v)
	if len(v) < 2 || !isLetter(v[0]) {
		return false
	}
	letters := true
	for _, c := range v {
		if class[c]&cKey == 0 && c != '-' && c != '.' {
			return false
		}
		letters = letters && isLetter(c)
	}
	return !letters || identifierLike(v) || fieldWord(v)
}

// minRecordKey is the shortest record key that names a patient: a row's
// short surrogate key ("Patient{id=73412}") names no one outside its table.
const minRecordKey = 6

// recordKeyName reports whether key names a record's own key: "id",
// "key", "pk", "entity_id", "record_id".
func recordKeyName(key []byte) bool {
	return equalFold(key, "key") || equalFold(key, "id") || equalFold(key, "pk") || equalFold(key, "entity_id") || equalFold(key, "entityid") ||
		equalFold(key, "object_id") || equalFold(key, "objectid") || equalFold(key, "record_id")
}

// alexaID reads an Alexa skill's ID of a person or a device at b[i]
// ("amzn1.ask.account.AFS56MO3...", "amzn1.ask.person.", "amzn1.ask.device."):
// the same user or speaker in every request, a person's other identifier
// and a device's. A skill's own ID ("amzn1.ask.skill.") is no one's. It
// returns the ID's end, or 0.
func (st *state) alexaID(b []byte, i, e, to int) int {
	var c Category
	k := e + 1
	switch rest := b[k:min(to, k+14)]; {
	case bytes.HasPrefix(rest, []byte("ask.account.")):
		c, k = OtherID, k+12
	case bytes.HasPrefix(rest, []byte("ask.person.")):
		c, k = OtherID, k+11
	case bytes.HasPrefix(rest, []byte("ask.device.")):
		c, k = Device, k+11
	default:
		return 0
	}
	s := k
	for k < to && (isAlnum(b[k]) || b[k] == '-' || b[k] == '_') {
		k++
	}
	if k-s < 16 {
		return 0
	}
	st.emit(i, k, c, "alexa_id", Medium, false)
	return k
}

// fieldNoun reports whether w names a record's field in prose: "field",
// "column", "attribute", "property", "parameter".
func fieldNoun(w []byte) bool {
	return equalFold(w, "field") || equalFold(w, "column") || equalFold(w, "attribute") ||
		equalFold(w, "property") || equalFold(w, "parameter")
}

// zplField reads the data of a ZPL label's field, "^FDSIDDIQUI, WEI^FS"
// at b[i] ("FD..."), as text of its own: label printers print patients'
// names and addresses. It returns the end of "^FS", or 0.
func (st *state) zplField(b []byte, i, to int) int {
	end := bytes.Index(b[i+2:to], []byte("^FS"))
	if end < 0 {
		return 0
	}
	end += i + 2
	// A label's fields go on from the one before: after the sender's name
	// ("BLUESTEM SPECIALTY PHARMACY") its address lines are its own, until
	// a field that labels the next ("SHIP TO:"), whose name is the person's.
	prev := []byte(nil)
	if st.zplEnd < i && i-st.zplEnd <= 64 && !bytes.Contains(b[st.zplEnd:i], []byte("^XA")) {
		if k := bytes.LastIndex(b[:st.zplEnd], []byte("^FD")); k >= 0 {
			prev = bytes.TrimSpace(b[k+3 : st.zplEnd])
		}
	} else {
		st.zplOrg = false
	}
	field := bytes.TrimSpace(b[i+2 : end])
	if len(field) > 0 && field[len(field)-1] == ':' {
		st.zplOrg = false // "SHIP TO:": the fields after it are someone else's
	} else if orgNamed(field) {
		st.zplOrg = true
	}
	last := st.lastName
	st.resetContext()
	if prev != nil {
		st.lastName = last // the label's name, for the number and the birth date in the fields after it
	}
	if c := bytes.IndexByte(b[i+2:end], ','); c > 0 && c < 40 && isUpper(b[i+2]) && i+3+c < end && (b[i+3+c] == ' ' || isUpper(b[i+3+c])) ||
		len(prev) > 1 && len(prev) <= 24 && prev[len(prev)-1] == ':' && indexFold(prev, "to") >= 0 {
		st.ctx[Name] = i + 2 // "^FDVOLKOV, DMITRI^FS", "^FDOKONKWO,CHIDI^FS", "SHIP TO:" then a name: whose label it is
	}
	org, found := st.orgText, len(st.out)
	st.orgText = st.zplOrg
	st.scanText(b, i+2, end)
	st.orgText = org
	for _, f := range st.out[found:] {
		if f.Category == Name {
			st.zplOrg = false // a mailing label's addressee: the lines after the name are theirs
		}
	}
	last = st.lastName
	st.resetContext()
	st.lastName = last
	st.zplEnd = end
	return end + 3
}

// phoneAt returns the end of a North American number written as
// "(NNN) NNN-NNNN" at b[k], or 0.
func phoneAt(b []byte, k, to int) int {
	if k+14 > to || b[k] != '(' || b[k+4] != ')' || b[k+5] != ' ' || b[k+9] != '-' {
		return 0
	}
	var d [10]byte
	n := 0
	for _, c := range b[k : k+14] {
		if isDigit(c) {
			d[n] = c
			n++
		}
	}
	if n != 10 || !validNANP(d[:]) || k+14 < to && isDigit(b[k+14]) {
		return 0
	}
	return k + 14
}

// optionalOpen returns the offset of the quote that opens the value of
// an Optional("..."), Some("..."), a newtype's MemberId("...") or Go's
// string("...") at b[vs], or 0.
func optionalOpen(b []byte, vs, to int) int {
	p := vs
	switch {
	case isUpper(b[vs]):
		for p < to && p-vs <= 32 && (isAlnum(b[p]) || b[p] == '_') {
			p++
		}
	case b[vs] == 's' && vs+6 < to && string(b[vs:vs+6]) == "string":
		p += 6 // Go's cmp.Diff: "acct_no": string("75862013")
	default:
		return 0
	}
	if p+1 >= to || b[p] != '(' || b[p+1] != '"' && b[p+1] != '\'' {
		return 0
	}
	return p + 1
}

// packagePrefix reports whether a lower-case word and a dot start at
// b[vs], as a Java package does: "com.acme.AddressDto@6490d1b7[...]".
func packagePrefix(b []byte, vs, to int) bool {
	k := vs
	for k < to && isLower(b[k]) {
		k++
	}
	return k < to && b[k] == '.'
}

// looksLikeQueryKey reports whether a query key and '=' start at b[i].
func looksLikeQueryKey(b []byte, i, to int) bool {
	to = min(to, i+40)
	k := keyRunEnd(b, i, to)
	if k > i && k+1 < to && b[k] == '#' {
		k++ // "|DEA#=BC6630859": a key with its number sign
	}
	if k > i && k < to && (b[k] == '[' || b[k] == '%') {
		if e := formKeyEnd(b, k, to); e > 0 {
			k = e // a form's field: "&guarantor[1][last]="
		}
	}
	return k > i && k < to && b[k] == '='
}

// matchBracket returns the offset after the bracket closing the one at
// b[i], minding strings, or -1.
func matchBracket(b []byte, i, to int) int {
	depth := 0
	inStr := false
	for k := i; k < to; k++ {
		c := b[k]
		if inStr {
			switch c {
			case '\\':
				k++
			case '"':
				inStr = false
			}
			continue
		}
		switch c {
		case '"':
			inStr = true
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				return k + 1
			}
		}
	}
	return -1
}

// sourceFileExts are the extensions of source files, which compilers,
// test runners and stack traces name before a colon.
var sourceFileExts = words("java", "go", "py", "js", "ts", "c", "cc", "cpp", "h", "hpp", "rb", "rs", "kt", "scala",
	"cs", "php", "sh", "exp", "swift", "m", "pl", "lua", "erl", "ex", "exs")

// documentFileExts are the extensions of documents and images that
// scanners, exports and mail attach.
var documentFileExts = words("pdf", "tif", "tiff", "jpg", "jpeg", "png", "doc", "docx", "rtf", "xls", "xlsx", "csv", "txt", "dcm", "msg", "eml")

// colonKey handles "key: value" in prose: the key gives context to what
// follows, as a keyword would.
func (st *state) colonKey(b []byte, ks, ke int) keyClass {
	ks = st.labelStart(b, ks, ke)
	if dot := bytes.LastIndexByte(b[ks:ke], '.'); dot > 0 {
		// "RelativeRedirect.java: URLConnection cannot ...": a file and its
		// message, not a field; its name describes nothing after it, but
		// a document's may name a person ("TANAKA_HIROSHI_M000538637.tif:
		// The process cannot access the file").
		ext := b[ks+dot+1 : ke]
		if document := inSet(documentFileExts, ext); document || inSet(sourceFileExts, ext) {
			if document {
				st.filePerson(b, ks, ks+dot)
			}
			st.resetContext()
			return keyClass{}
		}
	}
	if loggerName(b[ks:ke]) {
		// "o.n.crisis.geo.ElrClient : ELR request ...": a logger, and its message.
		st.resetContext()
		return keyClass{}
	}
	kc := st.classifyKey(b[ks:ke], keyClass{})
	if kc.cat == 0 || kc.never() {
		// A new field: what came before does not describe its value.
		nameCtx := st.ctx[Name]
		st.resetContext()
		st.ctx[Name] = nameCtx
	}
	if kc.cat == Name && !kc.never() {
		// A name in capitals or in another script may follow (see
		// keyedCapitals and scriptWord), after the colon or the sign.
		c := ke
		if c+1 < len(b) && b[c] == ' ' && (b[c+1] == ':' || b[c+1] == '=') {
			c++ // "Nom : ", as French sets a colon
		}
		if c < len(b) && (b[c] == ':' || b[c] == '=') {
			c++
		}
		st.nameKeyEnd, st.nameKeySure = c, !kc.ambiguous()
	}
	if kc.cat != 0 && !kc.never() {
		st.ctx[kc.cat] = ke + 1
		if kc.cat == Phone && equalFold(b[ks:ke], "fax") {
			st.ctx[Fax] = ke + 1
		}
	}
	st.keyword(b[ks:ke], ke+1)
	return kc
}

// pairRow reports whether the quoted cell at b[k] ends its row: a row of
// two cells, the second at b[k].
func pairRow(b []byte, k, to int) bool {
	q := b[k]
	e := k + 1
	for e < to && b[e] != q && b[e] != '\n' {
		e++
	}
	return e < to && b[e] == q && (e+1 == to || b[e+1] == '\r' || b[e+1] == '\n')
}

// loggerName reports whether k is a class's qualified name, as loggers
// name themselves: three segments or more, the last a compound
// ("c.t.dispatch.TripEventListener", "CallCenter.Desktop.AddressVerifier").
func loggerName(k []byte) bool {
	dots, segStart, uppers := 0, 0, 0
	for i, c := range k {
		switch {
		case c == '.':
			if i == segStart {
				return false
			}
			dots++
			segStart, uppers = i+1, 0
		case isUpper(c):
			uppers++
		case !isLower(c) && !isDigit(c):
			return false
		}
	}
	return dots >= 2 && segStart < len(k) && isUpper(k[segStart]) && uppers >= 2 && !isUpper(k[len(k)-1])
}

// quotedLastFirst emits a name written "LAST, FIRST" alone in quotes at
// b[i], as exports and messages quote a person ("OKAFOR, ADEBAYO",
// 'Rahimi, Nasrin'): each side one to three capitalised words a name may
// hold, one of them no ordinary word and one a name the lists know; not a
// place ("Portland, OR") nor a firm or a clinician ("Acme, Inc.", "Fink,
// Deborah MD", "\"Morales, Rosa\",RN"). It returns the end of the closing
// quote, or 0.
func (st *state) quotedLastFirst(b []byte, i, to int) int {
	q := b[i]
	e := i + 1
	for e < to && e-i <= 48 && b[e] != q && b[e] != '\\' && b[e] != '\n' {
		e++
	}
	if e >= to || b[e] != q || e-i < 6 || e+1 < to && (b[e+1] == ':' || b[e+1] == '=') {
		return 0
	}
	v := b[i+1 : e]
	c := bytes.Index(v, []byte(", "))
	if c <= 0 || bytes.Count(v, []byte(",")) != 1 || !commaName(v) || !listedWord(v) || !st.s.c.cats.Has(Name) {
		return 0
	}
	if e+2 < to && (b[e+1] == ',' || b[e+1] == '|' || b[e+1] == '\t') && credentialCellAt(b, e+1, to) {
		return 0 // "\"Morales, Rosa\",RN,PACU": a clinician at work
	}
	for w := range bytes.FieldsSeq(v[c+2:]) {
		if len(w) == 2 && stateAbbrevs[string(w)] || placeName(w) || isCredential(w) || inSet(orgWords, w) {
			return 0
		}
	}
	if placeName(v[:c]) {
		return 0
	}
	st.emit(i+1, e, Name, "name", Medium, false)
	return e + 1
}

// quotedKey handles "key": value inside text (JSON fragments, Python
// reprs): it returns the offset after the key when it is one.
func (st *state) quotedKey(b []byte, i, to int) int {
	q := b[i]
	if st.subjectEnd >= i {
		if end := st.subjectValue(b, i, to); end > 0 {
			return end
		}
	}
	if i+3 < to && b[i+1] == '<' && isLetter(b[i+2]) {
		st.elementSubject(b, i+2, to) // Cypress: expected '<span#patientSsn.form-control>' to have text '...'
	}
	if i >= 2 && i+2 < to && isLower(b[i+1]) && b[i-1] == ' ' && isLetter(b[i-2]) && st.ctx[Name] >= i-1 && st.ctx[Name] > 0 {
		// "searched patients by name 'leilani müller'": a name typed into a
		// search box, quoted after its label in prose.
		if qe := bytes.IndexByte(b[i+1:min(to, i+64)], q); qe > 0 && (i+2+qe >= to || b[i+2+qe] != ':' && b[i+2+qe] != '=') {
			if end := st.introducedName(b, i+1, i+1+qe, true); end > 0 {
				return end
			}
		}
	}
	if end := st.quotedLastFirst(b, i, to); end > 0 {
		return end
	}
	e := i + 1
	for e < to && e-i < 64 && (class[b[e]]&cKey != 0 || b[e] == '-' || b[e] == '.' || b[e] == ' ') {
		e++
	}
	if e >= to || b[e] != q || e == i+1 {
		return i + 1
	}
	k := e + 1
	for k < to && b[k] == ' ' {
		k++
	}
	if k == e+2 && k+3 < to && isDigit(b[k]) {
		// redis-cli prints a reply's items numbered: 3) "surname" 4) "Oyelaran".
		n := k
		for n < to && n-k < 4 && isDigit(b[n]) {
			n++
		}
		if n+2 < to && b[n] == ')' && b[n+1] == ' ' && b[n+2] == q {
			k = n + 2
			if kc := st.classifyKey(b[i+1:e], keyClass{}); kc.cat != 0 && !kc.never() {
				return st.pair(b, i+1, e, k, to)
			}
			return i + 1
		}
	}
	if k < to && k == e+2 && b[k] == q {
		// Redis MONITOR's arguments, "HSET" "pt:4411" "pt_name" "Ana Roe":
		// a field and then its value, when the field names PHI.
		kc := st.classifyKey(b[i+1:e], keyClass{})
		if kc.cat != 0 && !kc.never() {
			return st.pair(b, i+1, e, k, to)
		}
		if kc.never() && kc.orgContact() {
			if ve := bytes.IndexByte(b[k+1:to], q); ve >= 0 {
				return k + 1 + ve + 1 // "facility_phone" "757-482-7700": the facility's
			}
		}
		return i + 1
	}
	if k == e+1 && k+2 < to && b[k] == ',' && b[k+1] == q && (i == 0 || b[i-1] == '\n') && pairRow(b, k+1, to) {
		// A report's header written as rows of two cells, "Patient
		// ID","C0046101": a field and its value.
		if kc := st.classifyKey(b[i+1:e], keyClass{}); (kc.cat != 0 || kc.eventDate()) && !kc.never() {
			return st.pair(b, i+1, e, k+1, to)
		}
		return i + 1
	}
	if k >= to || (b[k] != ':' && b[k] != '=') {
		return i + 1
	}
	if bytes.IndexByte(b[i+1:e], ' ') >= 0 {
		// "Mapper 'ADT to Billing': IN1-36 ...": a quoted phrase ending a
		// clause, unless it names a field ("'Date of Birth': ...").
		if kc := st.classifyKey(b[i+1:e], keyClass{}); kc.cat == 0 && !kc.never() {
			return i + 1
		}
	}
	vs := k + 1
	if b[k] == '=' && vs < to && b[vs] == '>' {
		vs++ // Ruby: "key"=>"value"
	}
	for vs < to && b[vs] == ' ' {
		vs++
	}
	if vs >= to {
		return to
	}
	return st.pair(b, i+1, e, vs, to)
}

// lastKeyElement returns a dotted key's last element: "idv.doc_type" ->
// "doc_type".
func lastKeyElement(key []byte) []byte {
	if d := bytes.LastIndexByte(key, '.'); d >= 0 {
		return key[d+1:]
	}
	return key
}

// typeKeyName reports whether key names an identifier's type.
func typeKeyName(key []byte) bool {
	switch len(key) {
	case 4:
		return equalFold(key, "type")
	case 5:
		return equalFold(key, "class") // Persona's "class=passport number=..."
	case 6:
		return equalFold(key, "idtype")
	case 7:
		return equalFold(key, "id_type") || documentTypeKey(key)
	}
	return documentTypeKey(key)
}

// typedValueKey reports whether key holds the value of an identifier whose
// type a key before it named: "id_no", "IdNumber", "doc_number", "value".
func typedValueKey(key []byte) bool {
	for _, k := range [...]string{"id", "no", "num", "number", "value", "id_no", "id_num", "idnumber", "id_number", "idno"} {
		if equalFold(key, k) {
			return true
		}
	}
	return documentNumberKey(key)
}

// accentedKey reports whether the token at b[i], which starts with a
// lower-case letter outside ASCII, is a key followed by "=" or ":".
func accentedKey(b []byte, i, to int) bool {
	k := i
	for k < to && k-i < 32 && wordBytes[b[k]] != 0 {
		k++
	}
	return k > i+2 && k < to && (b[k] == '=' || b[k] == ':')
}

// keyedValue reports a value by the class of its key when the value looks
// the part. It returns false when the value should be scanned as text.
func (st *state) keyedValue(kc keyClass, b []byte, s, e int) bool {
	if kc == (keyClass{}) && st.recordValue(b, s, e) > 0 {
		return true
	}
	if kc.geo() && !kc.never() {
		if ts, _ := trimField(b, s, e); st.coordinates(b, ts, true) > 0 {
			return true // "gps=47.19463,-122.48302"
		}
	}
	if e-s >= 16 && !kc.never() && (kc.person() || kc.cat == MRN || b[s] == 'S' || (b[s] == '"' || b[s] == '\'') && s+1 < e && b[s+1] == 'S') && st.edfField(b, s, e) {
		return true
	}
	if kc.flags&kfFleetUnit != 0 {
		ts, te := trimField(b, s, e)
		if head, _, spaced := bytes.Cut(b[ts:te], []byte{' '}); fleetCode(b[ts:te]) || spaced && fleetCode(head) || fleetName(b[ts:te]) {
			st.fleet = true // "unit=MCT-E1", {"name": "MCT-4 Transit Van"}, {"name": "OUTREACH VAN 1"}
		}
	} else if kc.cat == Vehicle {
		ts, te := trimField(b, s, e)
		if kind, _, _ := bytes.Cut(b[ts:te], []byte{'-'}); fleetCode(b[ts:te]) && (inSet(vehicleTypes, kind) || te-ts <= 5) {
			// "vehicle=VAN-04": a fleet's van, named by its kind (a plate is
			// no kind); "vehicle=LT-02": a unit's code, shorter than plates are.
			st.fleet = true
			return true
		}
	}
	if kc.cat == Device {
		if ts, te := trimField(b, s, e); decimalNumber(b[ts:te]) {
			return true // "obs":{"MAC":0.62}: an anaesthetic's minimum alveolar concentration, a measure, no device's address
		}
	}
	if kc.cat == Address {
		if ts, te := trimField(b, s, e); te-ts > 8 && hasPrefixFold(b[ts:te], "tel:") && (isDigit(b[ts+4]) || b[ts+4] == '+' || b[ts+4] == '(') {
			st.emit(ts+4, te, Phone, "key", kc.conf, true) // Genesys' "addressFrom": "tel:+14808663847": a telephone's address, no street's
			return true
		} else if v := b[ts:te]; ((len(v) == 10 || len(v) == 11 && v[0] == '1') && allDigits(v) ||
			len(v) == 12 && v[0] == '+' && v[1] == '1' && allDigits(v[2:])) && validNANP(v[len(v)-10:]) {
			// Finesse's "fromAddress=+13603772690": a caller's line (a
			// toll-free one, Amazon Connect's "SystemEndpoint", the organisation's).
			if !tollFree(v[len(v)-10:]) {
				st.emit(ts, te, Phone, "key", kc.conf, true)
			}
			return true
		}
	}
	if kc.cat == 0 && kc.addrPart() && !kc.never() {
		if ts, te := trimField(b, s, e); streetLine(b[ts:te]) && st.s.c.cats.Has(Address) {
			st.emit(ts, te, Address, "key", Medium, true) // in.line1="53 elm ct unit c": a street as typed, which text's reader wants capitalised
			return true
		}
	}
	if kc.cat == MRN || kc.cat == Name && kc.idCat == MRN {
		if ts, te := trimField(b, s, e); te-ts == 36 && isUUID(b[ts:te]) && indexFold(lastKeyElement(st.field), "patient") >= 0 {
			// "patientId": "b941d50e-...", "PatientUUID": a patient's own
			// record by its key (a participant's, a client's, a resource's
			// may be anything's: a call's, a connection's).
			st.emit(ts, te, OtherID, "key", Medium, true)
			return true
		}
	}
	if kc.cat == OtherID {
		if ts, te := trimField(b, s, e); personalHandle(b[ts:te]) {
			st.emit(ts, te, OtherID, "key", kc.conf, true) // "portalUser": "maria.garcia": a patient's account, no digit in it
			return true
		}
	} else if kc.flags&kfHandle != 0 && kc.cat == 0 {
		if nameAsHandle(b[s:e]) {
			kc = keyClass{cat: Name, conf: Medium} // "userName": "Shirin Tupou": a handle has no space, a person's name does
		} else if ts, te := trimField(b, s, e); personalHandle(b[ts:te]) && st.s.c.cats.Has(OtherID) {
			st.emit(ts, te, OtherID, "key", Low, true) // "username=twisniewski85": a person picked it from their name
			return true
		}
	}
	if kc.eventDate() {
		return st.eventDate(b, s, e, kc.sampled(), kc.slot(), kc.incident())
	}
	if kc.cat == Biometric && st.templateVector(kc, b, s, len(b)) > 0 {
		return true // "embedding=[0.1910, -0.0453, ...]"
	}
	if kc.flags&(kfClientID|kfPaddedID) != 0 {
		// A key that names a patient only by its value's shape:
		// "client_id=12791", a social service's client by number (an OAuth
		// client's is a name or a random token); "pid=00497216", a record
		// number zero-padded or prefixed (a process's never is).
		s, e = trimField(b, s, e)
		v := b[s:e]
		if kc.idCat == Account && controlNumber(v) && st.s.c.cats.Has(Account) {
			st.emit(s, e, Account, "key", Medium, true) // "pcn=05516425A07071": a claim's patient control number
			return true
		}
		if (kc.flags&kfClientID != 0 && clientNumber(v) && !epochLike(v) || kc.flags&kfPaddedID != 0 && kc.idCat == 0 && paddedRecordNumber(v)) && st.s.c.cats.Has(MRN) {
			st.emit(s, e, MRN, "key", Medium, true)
			return true
		}
		return false
	}
	if kc.cat == 0 && kc.person() && kc.idCat == MRN && !kc.never() {
		if s, e = trimField(b, s, e); e-s <= 24 && (siteSubjectNumber(b[s:e]) || prefixedRecordNumber(b[s:e])) && st.s.c.cats.Has(MRN) {
			st.emit(s, e, MRN, "key", Medium, true) // "subject=E05-3301-0019": a trial subject's number
			return true
		}
	}
	if kc.cat == 0 || kc.never() || !st.s.c.cats.Has(kc.cat) {
		return false
	}
	for s < e && isSpace(b[s]) {
		s++
	}
	for e > s && isSpace(b[e-1]) {
		e--
	}
	v := b[s:e]
	if len(v) == 0 || placeholder(v) {
		return len(v) == 0 || kc.cat != Name
	}
	if bytes.Contains(v, markerPrefix) {
		return false // redacted in part already: the rest is read as text, around the marker
	}
	if kc.cat == Date && len(v) > 3 && isLower(v[0]) && isLower(v[1]) && isDigit(v[2]) && fhirPrefix(v[:2]) {
		s += 2 // a FHIR search's comparison: birthdate=eq1939-03-25, date=ge2024-09-08
		v = b[s:e]
	}
	if len(v) > 2 && v[0] == '\'' && v[len(v)-1] == '\'' {
		s, e = s+1, e-1 // ebXML's quoted slot values: '...'
		v = b[s:e]
	}
	if kc.cat == Date && len(v) > 10 && isLetter(v[0]) {
		if me := s + len(nextWord(v, 0, len(v))); me < e && b[me] == ' ' && isLower(b[me+1]) && month(b[s:me]) != 0 {
			st.ctx[Date] = s // a date said in words, as a voice bot's slot holds it: "october eighteenth nineteen seventy nine"
			if st.spokenDate(b, s, me, e) > 0 {
				return true
			}
		}
	}
	if n := len(v); kc.cat == Age && n >= 3 && n <= 4 && (v[n-1] == 'M' || v[n-1] == 'F') && allDigits(v[:n-1]) {
		e-- // "age/sex=92M", as registration boards print them: the age, then the sex
		v = b[s:e]
	}
	if idCategories.Has(kc.cat) && windowsSID(v) {
		return true // "S-1-5-21-3623811015-...-19957": a Windows account's security identifier, staff's or a service's
	}
	if c := bytes.Index(v, []byte("^^^")); c > 0 && idCategories.Has(kc.cat) {
		e = s + c // an HL7 CX, "E667785589^^^&2.16.840.1.113883.3.7204.1&ISO": the ID, then its authority
		v = b[s:e]
	}
	if p := bytes.LastIndexByte(v, '|'); p > 0 && p+1 < len(v) && idCategories.Has(kc.cat) && bytesIndex(v[:p], ':') > 0 {
		// A FHIR token, "urn:mrn|8496556": the system names the value after it.
		if providerSystem(v[:p]) && !st.s.c.providers {
			return true // "http://hl7.org/fhir/sid/us-npi|1234567893": a provider's
		} else if providerSystem(v[:p]) {
			kc.cat = License
		}
		if c := identifierSystem(v[:p]); c != 0 {
			kc.cat = c
		}
		s += p + 1
		v = b[s:e]
	}
	if kc.cat == Date && len(v) >= 17 && !calendarDate(v) {
		var buf [4]span
		if days := dayList(buf[:0], b, s, e); len(days) > 0 {
			for _, d := range days {
				st.emit(d.start, d.end, Date, "key", kc.conf, true) // absence_dates=03/02/2024,03/04/2024
			}
			return true
		}
	}
	fv := v
	if (kc.cat == Name || kc.cat == Address) && bytes.IndexByte(v, '\\') >= 0 {
		fv = unescapeLetters(make([]byte, 0, len(v)), v) // "S\xc3\xb8ren", "Nguy\u1ec5n", "Mar\XC3AD\a" (rare: it may allocate)
	}
	if kc.cat == Name && kc.person() && kc.idCat != 0 {
		// "inmate=115288 KAHANANUI, LEILANI", "pt=E7580459 Okafor, Jane": the
		// person's number, then their name.
		if sp := bytes.IndexByte(fv, ' '); sp > 0 && sp+1 < len(fv) && len(fv) == len(v) && isUpper(fv[sp+1]) {
			if c, _, _, ok := valueFits(kc, fv[:sp], false, false); ok && c == kc.idCat {
				st.emit(s, s+sp, c, "key", Medium, true)
				return st.keyedValue(kc, b, s+sp+1, e)
			}
		}
	}
	cat, conf, det, ok := valueFits(kc, fv, st.s.c.nonPublicIPs, st.s.c.providers)
	if !ok {
		return false
	}
	if cat == 0 {
		if kc.cat == Name && kc.idCat == 0 && orgNamed(fv) {
			st.placeNamed = true // ToName='Hinsdale GI Consultants' ToFaxNum=...: the organisation's number
		}
		return true // fits, but not PHI (an age under 90, a private IP, an organisation's name)
	}
	if cat == Date && e+4 < len(b) && b[e] == ' ' && isDigit(b[e+1]) {
		e = timeSuffix(b, e, len(b)) // "ApptDate=03/23/2024 10:15": the time is the date's, unquoted
	}
	st.emit(s, e, cat, det, conf, true)
	return true
}

// chatSpeaker reads the speaker of a chat transcript's line at b[i],
// after the message's time: "(06:09:10 AM) francisco quintero: Hola",
// "[03/12/2024 08:42:30 AM] Anjali Venkataraman: call me back". Two or
// three words and a colon, one of them no ordinary word ("Virtual
// Assistant" is the bot; an agent marks a role, "Kevin (DrawWell
// Support):"). It reports the name and returns the colon's end, or 0.
func (st *state) chatSpeaker(b []byte, i, to int) int {
	open := byte('(')
	if b[i-2] == ']' {
		open = '['
	}
	o := bytes.LastIndexByte(b[max(0, i-26):i-2], open)
	if o < 0 || !clockStamp(b[max(0, i-26)+o+1:i-2]) {
		return 0 // no time in the brackets: "(see below) Ana Ruiz: x", "[mllp-in:7001] ACK out:" are no chat
	}
	e, words, named := i, 0, false
	for words < 4 {
		s := e
		for e < to && (isLetter(b[e]) || b[e] >= 0x80 || b[e] == '-' || b[e] == '\'') {
			e++
		}
		if e-s < 2 {
			return 0
		}
		words++
		if allUpper(b[s:e]) {
			return 0 // "VXU in:", "INFO in homehub:": a logger's words
		}
		if ordinaryWord(b[s:e]) {
			if n, _ := lookupName(b[s:e]); n.First == 0 && n.Last == 0 {
				return 0 // "review by kmorales:": an action and its actor, no speaker's name
			}
		} else {
			named = true
		}
		if e < to && b[e] == ':' {
			break
		}
		if e+1 >= to || b[e] != ' ' {
			return 0
		}
		e++
	}
	if e >= to || b[e] != ':' || words < 2 || words > 3 || !named {
		return 0
	}
	st.emit(i, e, Name, "name", Medium, false)
	return e + 1
}

// codingSystem reports whether v names a coding system, as the third
// component of HL7's CWE does: "MDC", "LN", "SCT", "HL70203".
func codingSystem(v []byte) bool {
	switch string(v) {
	case "MDC", "LN", "SCT", "SNM", "SNOMED", "CPT4", "ICD10", "I10", "I9", "NDC", "RXNORM", "UCUM", "LOINC", "CVX", "MVX", "99ZZZ":
		return true
	}
	return len(v) >= 5 && string(v[:3]) == "HL7" && allDigits(v[3:])
}

// clockStamp reports whether v is a time of day to the second, perhaps
// after its date, as support platforms export a chat: "06:09:10 AM",
// "03/12/2024 08:42:30 AM" (not "2:16 AM", as staff paste their team's
// chat).
func clockStamp(v []byte) bool {
	colons := 0
	for k := 0; k < len(v); k++ {
		switch c := v[k]; {
		case isDigit(c) || c == '/' || c == '-' || c == '.' || c == ' ' || c == ',':
		case c == ':':
			colons++
		case (c == 'A' || c == 'P') && k+1 < len(v) && v[k+1] == 'M' && k+2 == len(v):
			k++
		default:
			return false
		}
	}
	return colons == 2
}

// copybookValue reads what follows a COBOL field's name at b[k] as file
// utilities list a record by its copybook: spaces, the picture ("X(20)",
// "S9(9)V99", perhaps after "PIC"), the field's position, then its value
// to the end. It returns the value's bounds (empty in the copybook itself,
// "PIC X(10).") and whether the picture was there.
func copybookValue(b []byte, k, to int) (vs, ve int, ok bool) {
	for k < to && b[k] == ' ' {
		k++
	}
	if k+4 < to && string(b[k:k+4]) == "PIC " {
		k += 4
		for k < to && b[k] == ' ' {
			k++
		}
	}
	p := k
	if k < to && b[k] == 'S' {
		k++
	}
	if k >= to || b[k] != 'X' && b[k] != '9' && b[k] != 'A' {
		return 0, 0, false
	}
	// size: the field's length ("X(20)": twenty, "9(9)V99": eleven), and
	// room for a sign and a point.
	paren, inParen, size, n := false, false, 2, 0
	for k < to && (b[k] == 'X' || b[k] == '9' || b[k] == 'A' || b[k] == 'V' || b[k] == '(' || b[k] == ')' || isDigit(b[k])) {
		switch c := b[k]; {
		case c == '(':
			paren, inParen, n = true, true, 0
		case c == ')':
			inParen, size = false, size+n-1 // the class before the bracket was counted as one
		case inParen:
			if !isDigit(c) || n > 9999 {
				return 0, 0, false // "X(A)": no picture
			}
			n = n*10 + int(c-'0')
		case c != 'V':
			size++
		}
		k++
	}
	if !paren || inParen || k-p > 16 || k < to && b[k] != ' ' && b[k] != '.' {
		return 0, 0, false
	}
	if k < to && b[k] == '.' {
		return k + 1, k + 1, true // the copybook's own line: no value
	}
	for k < to && b[k] == ' ' {
		k++
	}
	if n := k; k < to && isDigit(b[k]) {
		for k < to && isDigit(b[k]) {
			k++
		}
		if k == to || b[k] != ' ' {
			k = n // the value, no position: "9(8) 19851117"
		}
		for k < to && b[k] == ' ' {
			k++
		}
	}
	vs, ve = trimField(b, k, min(to, k+min(size, 256))) // a value is no longer than its field
	return vs, ve, true
}

// streetLine reports whether v is a street's line in any case: a house
// number, one to three words and a street's suffix, then perhaps a unit
// ("53 elm ct unit c", "4475 greenwood av apt 1r").
func streetLine(v []byte) bool {
	i := 0
	for i < len(v) && isDigit(v[i]) {
		i++
	}
	if i == 0 || i > 6 || i >= len(v) || v[i] != ' ' {
		return false
	}
	var buf [16]byte
	for words := 0; i < len(v) && words < 5; words++ {
		i++
		s := i
		for i < len(v) && v[i] != ' ' {
			i++
		}
		w := v[s:i]
		if len(w) == 0 || !allLetters(bytes.TrimSuffix(w, []byte{'.'})) && !ordinal(w) {
			return false
		}
		if words > 0 && len(w) <= len(buf) && inSet(streetSuffixes, lowerWord(buf[:], bytes.TrimSuffix(w, []byte{'.'}))) {
			return i == len(v) || len(v)-i <= 12 // a unit may follow
		}
	}
	return false
}

// eventDate reports the value under a key that names an event's date
// ("tx_date", "collected") when it is a calendar date: a day, not an
// instant, as log timestamps are, unless the event is a sample's
// (sampled). It is a person's only if the record names one (see
// dropUnclaimed).
func (st *state) eventDate(b []byte, s, e int, sampled, slot, incident bool) bool {
	s, e = trimField(b, s, e)
	if !st.s.c.cats.Has(Date) {
		return false
	}
	if (sampled || midnight(b[s:e])) && e-s > 10 && e-s <= 35 && (b[s+10] == 'T' || b[s+10] == ' ') && calendarDate(b[s:s+10]) {
		st.emit(s, e, Date, "event_date", Low, true) // "effectiveDateTime": "2024-02-01T21:05:00-05:00": when the sample was the patient's
		return true
	}
	if timeAfterDay(b, e) {
		if sampled && calendarDate(b[s:e]) {
			te := e + 1
			for te < len(b) && (isDigit(b[te]) || b[te] == ':') {
				te++
			}
			st.emit(s, te, Date, "event_date", Low, true) // "collected=03/05/2024 16:30": when the sample was the patient's
			return true
		}
		return false // "TimeStart=2024-03-14 02:42:54.864": an instant
	}
	if calendarDate(b[s:e]) {
		det := "event_date"
		if incident {
			det = "incident_date" // if the record speaks of an incident
		}
		st.emit(s, e, Date, det, Low, true)
		return true
	}
	if slot && e-s > 10 && e-s <= 35 && (b[s+10] == 'T' || b[s+10] == ' ') && calendarDate(b[s:s+10]) {
		st.emit(s, e, Date, "slot_date", Low, true) // "start=2024-03-24T09:15-07:00": an appointment's, if the record is one
		return true
	}
	var buf [4]span
	days := dayList(buf[:0], b, s, e)
	for _, d := range days {
		st.emit(d.start, d.end, Date, "event_date", Low, true)
	}
	return len(days) > 0
}

// recordValue reports what a value under a key that says nothing of it
// may be, a person's when the record names one (see dropUnclaimed): a
// calendar day ("last_entry": "2024-03-13") or a place to a few metres
// ("dropoff=35.47115,-97.42246"). It returns the value's end, or 0.
func (st *state) recordValue(b []byte, s, e int) int {
	s, e = trimField(b, s, e)
	if e > s && (isDigit(b[s]) || b[s] == '-') {
		if end := st.coordinates(b, s, true); end > 0 {
			return end
		}
	}
	if st.recordDate(b, s, e) {
		return e
	}
	return 0
}

// coordinates emits a latitude and a longitude written as a pair at b[s],
// "35.47115,-97.42246", each to four decimals or more (a place to about
// ten metres), and returns the pair's end, or 0. In text (byKey false)
// a space may part them too, "Loc 47.50309 -120.69893", as GML's pos does.
func (st *state) coordinates(b []byte, s int, byKey bool) int {
	if !st.s.c.cats.Has(Address) {
		return 0
	}
	latEnd := decimalEnd(b, s)
	if latEnd == 0 || latEnd+1 >= len(b) || b[latEnd] != ',' && (byKey || b[latEnd] != ' ') {
		return 0
	}
	lon := latEnd + 1
	if b[lon] == ' ' && b[latEnd] == ',' {
		lon++
	}
	lonEnd := decimalEnd(b, lon)
	if lonEnd == 0 || lonEnd < len(b) && (isAlnum(b[lonEnd]) || b[lonEnd] == ',' && lonEnd+1 < len(b) && isDigit(b[lonEnd+1])) {
		return 0 // no third number: "1.2345,6.7890,3.4567" is a vector
	}
	lat, lng := b[s:latEnd], b[lon:lonEnd]
	if !coordinate(lat) || !coordinate(lng) || decimals(lat) < 4 || decimals(lng) < 4 || wholePart(lat) > 90 || wholePart(lat) == 0 && wholePart(lng) == 0 {
		return 0
	}
	st.emit(s, latEnd, Address, "geo", Low, byKey)
	st.emit(lon, lonEnd, Address, "geo", Low, byKey)
	return lonEnd
}

// decimalEnd returns the end of a decimal number at b[s], "-97.42246",
// or 0.
func decimalEnd(b []byte, s int) int {
	k := s
	if k < len(b) && b[k] == '-' {
		k++
	}
	for k < len(b) && (isDigit(b[k]) || b[k] == '.' && k+1 < len(b) && isDigit(b[k+1])) {
		k++ // not a sentence's full stop: "Loc 47.50309 -120.69893."
	}
	if k == s || k > s && b[k-1] == '-' {
		return 0
	}
	return k
}

// decimals returns how many digits follow a number's point.
func decimals(v []byte) int {
	if d := bytes.IndexByte(v, '.'); d >= 0 {
		return len(v) - d - 1
	}
	return 0
}

// wholePart returns the absolute whole part of a decimal number.
func wholePart(v []byte) int {
	if len(v) > 0 && v[0] == '-' {
		v = v[1:]
	}
	if d := bytes.IndexByte(v, '.'); d >= 0 {
		v = v[:d]
	}
	return atoi(v)
}

// recordDate reports a calendar day, the whole value under a key that
// says nothing of it ("last_entry": "2024-03-13"): a person's when the
// record names one (see dropUnclaimed).
func (st *state) recordDate(b []byte, s, e int) bool {
	if !st.s.c.cats.Has(Date) || len(st.field) == 0 || allDigits(b[s:e]) || !calendarDate(b[s:e]) || e-s == 8 && b[s+2] == '/' {
		return false // (a two-digit year under a key that says nothing may be sizes: "R_foll=10/14/17")
	}
	if y, _, _, _ := calendarYMD(b[s:e]); y < oldYear {
		return false // a day before any log's, as the text reader takes it: a birth's
	}
	if timeAfterDay(b, e) {
		return false // "devTime=2024-03-11 08:36:07", "When=8/9/2023 8:30:06 AM": an instant
	}
	key := lastKeyElement(st.field)
	if len(key) == 0 || key[len(key)-1] == ']' {
		return false // an item of a list, which says nothing of what the dates are
	}
	for _, w := range systemDateWords {
		if indexFold(key, w) >= 0 {
			return false
		}
	}
	st.emit(s, e, Date, "record_date", Low, true)
	return true
}

// timeAfterDay reports whether a time of day follows the day that ends at
// b[e], after a space or a 'T' ("2024-03-11 08:36:07", "8/9/2023 8:30:06
// AM"): the value is an instant, as logs stamp them.
func timeAfterDay(b []byte, e int) bool {
	return e+2 < len(b) && (b[e] == ' ' || b[e] == 'T') && isDigit(b[e+1]) &&
		(b[e+2] == ':' || e+3 < len(b) && isDigit(b[e+2]) && b[e+3] == ':')
}

// systemDateWords name, inside a key, a date of the record's own life or
// of a thing's ("created_at", "attribution_month", "kitExp"), or a
// deadline's, no person's.
var systemDateWords = []string{"creat", "upd", "modif", "insert", "ingest", "generat", "deploy", "export",
	"asof", "as_of", "report", "batch", "period", "schema", "month", "week", "exp", "notafter", "not_after", "bud", "due", "snapshot", "cutoff", "build",
	"receipt"}

// midnight reports whether v is a day written as its first instant,
// "2024-03-31T00:00:00.000000Z", as ORMs serialise a date column.
func midnight(v []byte) bool {
	if len(v) < 19 || string(v[10:19]) != "T00:00:00" && string(v[10:19]) != " 00:00:00" {
		return false
	}
	for _, c := range v[19:] {
		if c != '0' && c != '.' && c != 'Z' && c != '+' && c != ':' {
			return false
		}
	}
	return true
}

// dayList reads b[s:e] as a range or a list of calendar days,
// "2024-03-02..2024-03-09", "03/02/2024,03/04/2024", "2023-07-03 to
// 2023-08-11", and appends them to days; it appends none unless all of
// b[s:e] is two days or more (and at most cap(days)).
func dayList(days []span, b []byte, s, e int) []span {
	n := len(days)
	for k := s; k < e; {
		d := k
		for d < e && b[d] != ',' && b[d] != '.' && b[d] != ' ' {
			d++
		}
		if w := b[k:d]; len(days) > n && (string(w) == "to" || string(w) == "through" || string(w) == "thru" || string(w) == "and" || string(w) == "-") {
			k = d + 1
			continue
		}
		if len(days) == cap(days) || !calendarDate(b[k:d]) {
			return days[:n]
		}
		days = append(days, span{k, d})
		for d < e && (b[d] == ',' || b[d] == '.' || b[d] == ' ') {
			d++
		}
		k = d
	}
	if len(days)-n < 2 {
		return days[:n]
	}
	return days
}

// unescapeLetters appends v to buf with the escapes that hide letters
// decoded: Python's and Redis's \xNN, JSON's \uXXXX outside JSON, C's
// octal \NNN, and HL7's \Xhhhh\ and \T\ \S\ \F\ \R\ \E\. The value
// is only looked at, never reported, so an escape it cannot read is kept.
func unescapeLetters(buf, v []byte) []byte {
	for k := 0; k < len(v); k++ {
		if v[k] != '\\' || k+1 >= len(v) {
			buf = append(buf, v[k])
			continue
		}
		switch c := v[k+1]; {
		case c == 'x' && k+3 < len(v) && unhex(v[k+2]) >= 0 && unhex(v[k+3]) >= 0:
			buf = append(buf, byte(unhex(v[k+2])<<4|unhex(v[k+3])))
			k += 3
			continue
		case c == 'u' && k+5 < len(v):
			r := 0
			for _, h := range v[k+2 : k+6] {
				if x := unhex(h); x >= 0 && r >= 0 {
					r = r<<4 | x
				} else {
					r = -1
				}
			}
			if r > 0 {
				buf = utf8.AppendRune(buf, rune(r))
				k += 5
				continue
			}
		case c >= '0' && c <= '3' && k+3 < len(v) && isOctal(v[k+2]) && isOctal(v[k+3]):
			buf = append(buf, (c-'0')<<6|(v[k+2]-'0')<<3|(v[k+3]-'0'))
			k += 3
			continue
		case isDigit(c) && k+3 < len(v) && isDigit(v[k+2]) && isDigit(v[k+3]):
			// Decimal, as OCaml and Lua escape a byte ("Br\195\188ckner")
			// and Haskell a code point ("Ma\322gorzata").
			n, d := 0, k+1
			for d < len(v) && d-k <= 7 && isDigit(v[d]) {
				n = n*10 + int(v[d]-'0')
				d++
			}
			if d-k-1 == 3 && n <= 255 {
				buf = append(buf, byte(n))
			} else if n > 255 && n <= utf8.MaxRune {
				buf = utf8.AppendRune(buf, rune(n))
			} else {
				break
			}
			k = d - 1
			continue
		case c == 'x' && k+4 < len(v) && v[k+2] == '{':
			// Perl's "Siobh\x{e1}n".
			r, d := 0, k+3
			for d < len(v) && d-k < 10 && unhex(v[d]) >= 0 {
				r = r<<4 | unhex(v[d])
				d++
			}
			if d < len(v) && v[d] == '}' && d > k+3 && r <= utf8.MaxRune {
				buf = utf8.AppendRune(buf, rune(r))
				k = d
				continue
			}
		case c == 'X':
			end := bytes.IndexByte(v[k+2:], '\\')
			if end > 0 && end%2 == 0 {
				h, at, ok := v[k+2:k+2+end], len(buf), true
				for i := 0; i < len(h) && ok; i += 2 {
					ok = unhex(h[i]) >= 0 && unhex(h[i+1]) >= 0
					buf = append(buf, byte(unhex(h[i])<<4|unhex(h[i+1])))
				}
				if ok {
					k += 2 + end
					continue
				}
				buf = buf[:at] // not hexadecimal: read as it is
			}
		case k+2 < len(v) && v[k+2] == '\\' && (c == 'T' || c == 'S' || c == 'F' || c == 'R' || c == 'E'):
			buf = append(buf, "&^|~\\"[bytes.IndexByte([]byte("TSFRE"), c)])
			k += 2
			continue
		}
		buf = append(buf, v[k])
	}
	return buf
}

// prose reports whether v is words, such as an error message: a key that
// says its value is no PHI ("ssn_error", "KeyError") vouches for codes
// and IDs, not for free text, which is read like any other.
func prose(v []byte) bool {
	// An ID, a code, a word: the common case, in one vector search.
	return len(v) >= 5 && bytes.IndexByte(v, ' ') >= 0 && wordsIn(v) >= 2
}

// templateField reports whether v is a template's field, filled in
// later: "{AddressBlock}", "{{first_name}}", "${patient.name}",
// "%(dob)s", "«GreetingLine»", "<<LastName>>".
func templateField(v []byte) bool {
	if len(v) < 3 || len(v) > 48 {
		return false
	}
	var open, close int
	switch {
	case v[0] == '{' && v[len(v)-1] == '}':
		open, close = 1, 1
		for open < len(v)/2 && v[open] == '{' {
			open++
			close++
		}
	case v[0] == '$' && v[1] == '{' && v[len(v)-1] == '}':
		open, close = 2, 1
	case v[0] == '%' && v[1] == '(' && len(v) > 4 && v[len(v)-2] == ')':
		open, close = 2, 2
	case v[0] == '<' && v[1] == '<' && v[len(v)-1] == '>' && v[len(v)-2] == '>':
		open, close = 2, 2
	case len(v) > 4 && v[0] == 0xc2 && v[1] == 0xab && v[len(v)-2] == 0xc2 && v[len(v)-1] == 0xbb:
		open, close = 2, 2
	default:
		return false
	}
	inner := bytes.TrimSpace(v[open : len(v)-close])
	return len(inner) > 0 && isLetter(inner[0]) && keyRunEnd(inner, 0, len(inner)) == len(inner)
}

// placeholder reports whether v is a stand-in rather than a value.
func placeholder(v []byte) bool {
	if len(v) > 8 && string(v[:4]) == "tok_" && bytesIndex(v[4:], '_') > 0 {
		return true // a phiguard token: redacted already
	}
	if len(v) >= 7 && len(v) <= 16 && isDigit(v[len(v)-1]) && filler(v) {
		return true // "ANI=0000000000", "ssn=999-99-9999": a number a system fills in when it has none
	}
	if len(v) >= 2 && len(v) <= 32 && ((v[0] == '@' || v[0] == ':') && isLetter(v[1]) || v[0] == '$' && isAlnum(v[1])) && keyRunEnd(v, 1, len(v)) == len(v) {
		return true // "WHERE PatientId = @p4", "$1", ":mrn": a statement's parameter, not its value
	}
	if templateField(v) {
		return true
	}
	switch {
	case len(v) > 12:
		if bytes.HasPrefix(v, []byte("[REDACTED")) || bytes.HasPrefix(v, []byte("<redacted")) {
			return true
		}
		if bytes.IndexByte(v, '*') < 0 && bytes.IndexByte(v, 'X') < 0 {
			return false // no mask: most long values, found by two vector searches
		}
	case equalFold(v, "null"), equalFold(v, "nil"), equalFold(v, "none"), equalFold(v, "n/a"), equalFold(v, "na"),
		equalFold(v, "unknown"), equalFold(v, "redacted"), equalFold(v, "true"), equalFold(v, "false"),
		equalFold(v, "undefined"), equalFold(v, "-"), equalFold(v, "--"), equalFold(v, "empty"), equalFold(v, "[redacted]"),
		equalFold(v, "<nil>"), equalFold(v, "{}"), equalFold(v, "[]"), equalFold(v, "0"),
		equalFold(v, "masked"), equalFold(v, "<masked>"), equalFold(v, "[masked]"), equalFold(v, "<redacted>"),
		equalFold(v, "[filtered]"), equalFold(v, "<hidden>"), equalFold(v, "hidden"), equalFold(v, "?"),
		equalFold(v, "excluded"): // SQL's ON CONFLICT ... SET "first_name"=EXCLUDED."first_name"
		return true
	}
	if len(v) >= 2 && len(v) <= 6 && v[0] == '#' && allDigits(v[1:]) {
		return false // "#3": a unit's number, no mask
	}
	stars := 0
	for _, c := range v {
		if c == '*' || c == 'X' || c == 'x' || c == '#' {
			stars++
		}
	}
	return stars*2 >= len(v) || masked(v)
}

// masked reports whether v is an identifier masked but for its last
// digits: "xxx-xx-1234", "***-**-6789", "XXXXXXXX5678".
func masked(v []byte) bool {
	run, longest, digits := 0, 0, 0
	for k := 0; k < len(v); k++ {
		switch c := v[k]; {
		case c == '*' || c == 'x' || c == 'X' || c == '#':
			run++
			longest = max(longest, run)
		case c == 0xE2 && k+2 < len(v) && (v[k+1] == 0x80 && v[k+2] == 0xA2 || v[k+1] == 0x97 && v[k+2] == 0x8F): // '•', '●', as payment pages mask
			k += 2
			run++
			longest = max(longest, run)
		case isDigit(c):
			digits++
			run = 0
		case c == '-' || c == ' ' || c == '.':
			run = 0
		default:
			return false
		}
	}
	return longest >= 3 && digits <= 4 || longest >= 6 && digits <= 10 // "411111******3756": a card's BIN and last four
}

// qualifiedKeywords, by length, are keywords that a word before them can
// turn to something else, and those words: a "test case" has no case
// number, an "AWS account" no patient, an "execution plan" no member, a
// "Datadog monitor" no serial.
var qualifiedKeywords = func() (t [16]map[string]wordSet) {
	for kw, before := range map[string]wordSet{
		"case": words("test", "use", "edge", "special", "corner", "lower", "upper", "base", "worst", "best",
			"this", "that", "each", "any", "either", "in", "camel", "snake", "title", "sentence", "mixed", "switch", "support"), // a vendor's support case
		"account": words("aws", "gcp", "azure", "cloud", "service", "storage", "iam", "root", "admin", "tenant",
			"organization", "organisation", "org", "developer", "github", "slack", "stripe", "twilio", "system"),
		"plan": words("execution", "query", "test", "project", "action", "rollout", "release", "upgrade", "migration",
			"deployment", "backup", "recovery", "pricing", "subscription", "service", "terraform", "capacity", "disaster",
			"work", "the", "a", "this", "our", "your"),
		"monitor": words("datadog", "uptime", "synthetic", "service", "process", "resource", "performance", "network",
			"system", "file", "log", "prometheus", "grafana", "newrelic", "pagerduty", "the", "a"),
	} {
		if t[len(kw)] == nil {
			t[len(kw)] = map[string]wordSet{}
		}
		t[len(kw)][kw] = before
	}
	return t
}()

// loggerTag reports whether the word at b[i] ends a logger's or a
// component's name: the last part of a dotted or underscored identifier
// ("twilio.http_client"), or the whole or the end of a bracketed tag
// ("[Client]", "[HI-Client]").
func loggerTag(b []byte, i int) bool {
	k := i
	for k > 0 && (isAlnum(b[k-1]) || b[k-1] == '_' || b[k-1] == '.' || b[k-1] == '-') && i-k < 48 {
		k--
	}
	return k < i && (b[i-1] == '_' || b[i-1] == '.') || k > 0 && b[k-1] == '['
}

// icalDay reads an iCalendar event's start or end after its property's
// name, its parameters and ':' from b[k] ("DTSTART;TZID=America/Chicago:
// 20240315T080000"), and emits its day and time as an event's: a person's
// appointment when the record names them (see dropUnclaimed). It returns
// the value's end, or 0.
func (st *state) icalDay(b []byte, k, to int) int {
	for n := 0; k < to && b[k] != ':' && n < 64; n++ {
		k++ // ";TZID=America/Los_Angeles", ";VALUE=DATE"
	}
	if k+9 > to || b[k] != ':' || !allDigits(b[k+1:k+9]) || !compactDate(b[k+1:k+9]) {
		return 0
	}
	s, e := k+1, k+9
	if e+7 <= to && b[e] == 'T' && allDigits(b[e+1:e+7]) {
		e += 7
		if e < to && b[e] == 'Z' {
			e++
		}
	}
	st.emit(s, e, Date, "event_date", Low, false)
	return e
}

// possessedWords are what a person has that a note names after their
// name: kin, a carer, their care and its papers.
var possessedWords = words("daughter", "son", "mother", "father", "mom", "dad", "wife", "husband", "partner", "sister",
	"brother", "grandmother", "grandfather", "aunt", "uncle", "guardian", "parents", "parent", "caregiver", "family",
	"schedule", "appointment", "appt", "visit", "meds", "medication", "insurance", "chart", "labs", "ride", "car")

// possessedWordAt reports whether b[k:] starts with one of possessedWords,
// a whole word.
func possessedWordAt(b []byte, k, to int) bool {
	e := k
	for e < to && e-k < 12 && isLower(b[e]) {
		e++
	}
	return e > k && (e == to || !isLetter(b[e])) && possessedWords[string(b[k:e])]
}

// tagRestEnd returns the end of a bracketed tag's words that start at
// b[k], "Client] " in "[HI-Client] DEBUG ...", or 0 when b[k:] is no
// such rest: it holds letters only, so "[MRN-1906188]" keeps its keyword.
func tagRestEnd(b []byte, k, to int) int {
	start := k
	for k < to && k-start < 48 && (isLetter(b[k]) || b[k] == '-' || b[k] == '_' || b[k] == '.') {
		k++
	}
	if k-start < 2 || k+2 >= to || b[k] != ']' || b[k+1] != ' ' || b[k+2] == '=' {
		return 0
	}
	return k + 1
}

// letters handles a word of letters at b[i:e].
func (st *state) letters(b []byte, i, e, to, uppers int) int {
	w := b[i:e]
	var wbuf [16]byte
	if uppers == 1 && isUpper(b[i]) && (e < to && b[e] == ',' || i >= 2 && b[i-2] == ',') {
		if end := st.vocative(b, i, e, to); end > 0 {
			return end
		}
	}
	if uppers == len(w) && len(w) >= 2 && len(w) <= 4 && i > 0 && b[i-1] == '(' && e+2 < to && b[e] == ' ' &&
		(isDigit(b[e+1]) || isUpper(b[e+1]) && isDigit(b[e+2])) {
		// "Anh Patel (SID 927275982)": a label in parentheses, its value after it.
		st.keyword(w, e)
		return e
	}
	if uppers == 1 && len(w) >= 3 && isUpper(b[i]) && e+4 < to && b[e] == '\'' && b[e+1] == 's' && b[e+2] == ' ' &&
		!ordinaryWord(w) && possessedWordAt(b, e+3, to) {
		st.emit(i, e, Name, "name", Low, false) // "call Fatima's husband", "we updated Ruth's schedule": someone's kin or care
		return e
	}
	if len(w) == 4 && equalFold(w, "this") && e+8 < to && string(b[e:e+4]) == " is " {
		if end := staffIntroEnd(b, e+4, to); end > 0 {
			return end // "this is Mirlande from Palmetto Tide": who writes for an organisation, and the organisation
		}
	}
	if len(w) == 8 && e+5 < to && string(w) == "ATTENDEE" && string(b[e:e+4]) == ";CN=" {
		// iCalendar's attendee, "ATTENDEE;CN=Chiamaka Okonkwo;ROLE=...:mailto:...":
		// who the event is with, by the name they go by.
		vs := e + 4
		ve := vs
		for ve < to && b[ve] != ';' && b[ve] != ':' {
			ve++
		}
		if vs < ve && b[vs] == '"' && b[ve-1] == '"' {
			vs, ve = vs+1, ve-1
		}
		if ve-vs >= 3 && !bytes.ContainsAny(b[vs:ve], "@0123456789") {
			st.emit(vs, ve, Name, "name", Medium, false)
		}
		return ve
	}
	if (len(w) == 7 && string(w) == "DTSTART" || len(w) == 5 && string(w) == "DTEND") && e+9 < to && (b[e] == ';' || b[e] == ':') {
		if end := st.icalDay(b, e, to); end > 0 {
			return end
		}
	}
	if len(w) == 2 && equalFold(w, "id") && e+2 < to && (b[e] == ' ' || b[e] == ':' && b[e+1] == ' ') && st.patientsID(b, i) {
		st.ctx[MRN] = e + 1 // "Duplicate patient detected: ID 02496350", "Patient: PETROV, THANH    ID: 00750634"
		return e + 1
	}
	if len(w) == 1 && e+2 < to && b[e] == '/' && b[e+2] == ' ' && (w[0]|0x20 == 'd' && b[e+1]|0x20 == 'c' || w[0]|0x20 == 'f' && b[e+1]|0x20 == 'u') {
		st.ctx[Date] = e + 2 // "d/c 03/19/2024", "F/u 3/13": discharged, followed up, as clinicians write it
		return e + 2
	}
	if i >= 4 && b[i-1] == '-' && b[i-4] == '/' && equalFold(b[i-3:i-1], "by") && e+1 < to && b[e] == '/' {
		return st.pathResource(b, w, e+1, to) // "/guarantors/by-mrn/Z011773/coverage"
	}
	if (len(w) == 3 && equalFold(w, "dob") || len(w) == 4 && e+9 < to && equalFold(w, "date") && hasPrefixFold(b[e:to], " of birth")) && i >= 6 {
		st.nameBeforeBirth(b, i) // "So forrest baptiste, date of birth 2/22/56", "yusuf castillo here, DOB 9/5/33"
	}
	if len(w) == 6 && equalFold(w, "ninety") || len(w) <= 3 && e+8 < to && b[e] == ' ' && (equalFold(w, "one") || equalFold(w, "a")) &&
		hasPrefixFold(b[e+1:to], "hundred") {
		if end := st.wordAge(b, i, to); end > 0 {
			return end // "ninety-one-year-old", "aged one hundred three"
		}
	}
	if len(w) == 7 && i >= 2 && b[i-2] == '\'' && equalFold(w, "element") {
		if end := st.schemaError(b, i, e, to); end > 0 {
			return end
		}
	}
	if i > 0 && (b[i-1] == '/' || b[i-1] == '.') {
		if b[i-1] == '/' && e+1 < to && b[e] == '/' {
			return st.pathResource(b, w, e+1, to)
		}
		if b[i-1] == '/' && (i == 1 || b[i-2] == ' ') && e+1 < to && b[e] == ' ' && b[e+1] != '/' && !hasPrefixFold(b[e+1:to], "http/") {
			st.keyword(w, e) // a command's switch: "rxprint.exe /mrn M234937735"
		}
		return e // a path or host name segment: "/api/v1/patients"
	}
	if e+2 < to && b[e] == '/' && isUpper(b[e+1]) && isUpper(w[0]) && (i == 0 || !isAlnum(b[i-1]) && b[i-1] != '/' && b[i-1] != '.') {
		if end := slashName(b, i, e, to); end > 0 {
			st.emit(i, end, Name, "name", Medium, false)
			return end
		}
	}
	if e+1 < to && b[e] == '/' && (i == 0 || b[i-1] == '"' || b[i-1] == ' ' || b[i-1] == '=' || b[i-1] == '\'') {
		// A relative path or object key: "patients/5788473/intake.pdf".
		if end := st.pathResource(b, w, e+1, to); end > e+1 {
			return end
		}
	}
	if e+1 < to && b[e] == '-' && isAlnum(b[e+1]) {
		c, ok := st.idContext(b, i)
		selfNamed := false
		if !ok && isDigit(b[e+1]) {
			c, ok = selfNamedID(w) // "MRN-8340478", "MBR-00412": the prefix names the identifier
			selfNamed = ok
		}
		if ok {
			if e2 := idRunEnd(b, i, to); e2-i >= 5 && digitCount(b[i:e2]) >= 3 {
				if wordsIn(b[i:e2]) >= 2 && !allUpper(b[i:e2]) || holdsUUID(b[i:e2]) || numberedSlug(b, i, to) {
					// "consumer-rx-inventory-1-0f583cbf-...", "eu-central-1": words,
					// a UUID or a region name a process or a place, not a person.
					return e2
				}
				if !masked(b[i:e2]) && !(selfNamed && ticketNumber(b[i:e2])) && !(c != Vehicle && c != License && issueKey(b[i:e2])) && !(c == SSN && digitCount(b[i:e2]) != 9) &&
					!(c == HealthPlan && digitCount(b[i:e2]) < 5) && !versionLike(b[i:e2]) {
					st.emit(i, e2, c, "context", Medium, false)
				}
				return e2
			}
		}
	}
	if len(w) == 1 && e+2 < to && b[e] == '.' && isLetter(b[e+1]) && b[e+2] == '.' {
		// "D.O.B.", "D.O.S.", "S.S.N.": an abbreviation written with dots.
		var acr [6]byte
		n, k := 0, i
		for k+1 < to && isLetter(b[k]) && b[k+1] == '.' && n < len(acr) && (k == i || !isLetter(b[k-1])) {
			acr[n] = lower(b[k])
			n++
			k += 2
		}
		if n >= 2 && n < len(acr) && k < to && isLetter(b[k]) && (k+1 == to || b[k+1] == ' ' || b[k+1] == ':') {
			acr[n] = lower(b[k]) // "d.o.b 3/13/03": the last letter without its dot
			n++
			k++
		}
		if n >= 2 && st.keyword(acr[:n], k) {
			return k
		}
	}
	if len(w) <= 3 && uppers == len(w) && e+4 < to && b[e] == ' ' && isDigit(b[e+1]) && st.near(Vehicle, i, ctxWindow) {
		if end := plateEnd(b, i, to); end > 0 {
			st.emit(i, end, Vehicle, "plate", Medium, false) // "plate MIL 8334"
			return end
		}
	}
	if len(w) == 1 && (w[0] == 'A' || w[0] == 'a') && e+1 < to && (b[e] == '#' || b[e] == '-' && hasPrefixFold(b[e+1:to], "number")) {
		// "A# A080481653", "USCIS A-number A-222-181-514": an alien registration number follows.
		end := e + 1
		if b[e] == '-' {
			end = e + 1 + len("number")
		}
		st.ctx[OtherID] = end
		return end
	}
	if (len(w) == 3 || len(w) == 4) && w[0]|0x20 == 'n' && w[1] == 0xc3 && w[2] == 0xa9 && (len(w) == 3 || w[3]|0x20 == 'e') {
		st.ctx[Date] = e // "né(e) le 08/12/1994": a keyword the filter cannot hold, ending in an accent
		return e
	}
	if len(w) == 4 && equalFold(w, "date") && e+3 < to && string(b[e:e+3]) == "(s)" {
		e += 3 // "Date(s) of Service: 08/18/2024 - 11/16/2024", as forms write it
	}
	if len(w) == 4 && equalFold(w, "date") || len(w) == 5 && equalFold(w, "dates") {
		if e2 := st.careDate(b, i, e, to); e2 > 0 { // "dates of service 08/08/2023 to 05/01/2024"
			if end := st.spokenAfter(b, e2, to); end > 0 {
				return end // "date of birth february first nineteen fifty eight"
			}
			return e2
		}
	}
	if len(w) <= 2 && (equalFold(w, "po") || equalFold(w, "p")) {
		if end := st.poBox(b, i, e, to); end > e {
			return end
		}
	}
	if len(w) == 6 && equalFold(w, "follow") && e+3 < to && (b[e] == ' ' || b[e] == '-') && equalFold(b[e+1:e+3], "up") && (e+3 == to || !isLetter(b[e+3])) {
		st.ctx[Date] = e + 3 // "Follow up 03/12/2025 with Dr. Whitfield", "follow-up on 4/2"
		return e + 3
	}
	if (len(w) == 3 || len(w) == 4) && (string(w) == "PSC" || string(w) == "CMR" || equalFold(w, "unit")) && isUpper(w[0]) {
		if end := st.militaryBox(b, i, e, to); end > e {
			return end
		}
	}
	if (len(w) == 2 || len(w) == 5) && (equalFold(w, "rr") || equalFold(w, "hc") || equalFold(w, "rural")) && isUpper(w[0]) {
		if end := st.ruralRoute(b, i, e, to); end > e {
			return end
		}
	}

	if isUpper(w[0]) && e+1 < to && b[e] == ' ' || e+3 < to && b[e] == '.' && b[e+1] == ' ' ||
		e+1 < to && b[e] == ' ' && isDigit(b[e+1]) && (st.near(Date, i, ctxWindow) || typedDate(b, w, i, e, to)) { // "dob march 3 1951", as people type
		if m := month(w); m != 0 {
			if end, ok := st.monthDayYear(b, i, e, to); ok {
				return end
			}
		}
	}
	if isUpper(w[0]) && e+3 < to && (b[e] == ' ' && upperAt(b, e+1, to) || b[e] == '.' && b[e+1] == ' ' && upperAt(b, e+2, to)) &&
		len(w) < len(leadingStreetFilter) && leadingStreetFilter[len(w)]&(1<<(lower(w[0])-'a')) != 0 && inSet(leadingStreetTypes, w) {
		if end := st.leadingStreet(b, i, e, to); end > 0 {
			return end // "Calle Flamboyán #771, Fajardo 00738"
		}
	}
	if (len(w) == 6 || len(w) == 8 || len(w) == 11 || len(w) == 10) && e < to && (w[0]|0x20 == 'e' && (b[e] == '(' || b[e] == ' ') || w[0] == 'g' && b[e] == '(') {
		if end := st.assertionSubject(b, w, e, to); end > 0 {
			return end
		}
	}
	if len(w) == 6 && equalFold(w, "record") {
		var buf [8]byte
		if before, _ := wordBefore(buf[:], b, 0, i, " ", 1); string(before) == "medical" {
			st.ctx[MRN] = e // "my medical record number is 74728876"
		}
	}
	if len(w) == 6 && equalFold(w, "values") {
		if end := st.sqlValues(b, i, e, to); end > e {
			return end
		}
	}
	if len(w) == 7 && equalFold(w, "expired") && machineBefore(b, i) {
		return e // "token expired at", "certificate expired": not a death
	}
	if len(w) < len(qualifiedKeywords) && qualifiedKeywords[len(w)] != nil && i >= 2 && b[i-1] == ' ' && maybeKeyword(w) {
		qualified := qualifiedKeywords[len(w)]
		var buf, pbuf [16]byte
		if lw := lowerWord(buf[:], w); lw != nil && qualified[string(lw)] != nil {
			if p, _ := lowerWordBefore(pbuf[:], b, 0, i-1); qualified[string(lw)][string(p)] {
				return e // "test case for JDK-8248254", "AWS account 1234...": no PHI follows
			}
		}
	}
	if e+3 < to && b[e] == ' ' && (len(w) <= 5 || len(w) <= 13 && maybeKeyword(w) && introWord(wbuf[:], w)) &&
		(isLower(b[e+1]) || upperAt(b, e+1, to)) && introducer(b, w, i) {
		if isLower(b[e+1]) {
			if end := st.introducedName(b, e+1, to, false); end > 0 {
				return end
			}
		} else {
			st.ctx[Name] = e + 1 // "this is Rangi Hernández": the name rules judge it, with this context
		}
	}
	if len(w) == 2 && equalFold(w, "in") && e+2 < to && b[e] == ' ' && isUpper(b[e+1]) {
		if end := st.birthPlace(b, i, e+1, to); end > 0 {
			return end
		}
	}
	if (len(w) == 6 || len(w) == 7) && hasPrefixFold(w, "tablet") && doseBefore(b, i) {
		return e // "atorvastatin 40 mg tablet": a pill, not a device
	}
	if len(w) <= 10 {
		if end, done := st.shortWord(b, w, i, e, to); done {
			return end
		}
	}
	if e+3 < to && b[e] == '.' && i > 0 && (b[i-1] == '-' || b[i-1] == '/' || b[i-1] == '_') && fileExtension(b, e+1, to) {
		return e // "/members/7K59JV0UP43/id-card.pdf": a file's name says what it holds, not what follows it
	}
	if e+2 < to && b[e] == '-' && isDigit(b[e+1]) {
		k := e + 1
		for k < to && isDigit(b[k]) {
			k++
		}
		if k-e <= 4 && (k == to || !isAlnum(b[k]) && b[k] != '-') {
			return k // to="ACC-07", "RM-12": a place's or a unit's code, no keyword for what follows
		}
	}
	if e+5 < to && b[e] == ' ' && isDigit(b[e+1]) && len(w) >= 4 && isUpper(w[0]) && isLower(w[1]) && uppers >= 2 {
		if k := versionEnd(b, e+1, to); k > 0 {
			return k // "MedRec 4.1.327": a product (in CamelCase) and its version, no keyword for what follows
		}
	}
	if e+2 < to && (b[e] == ']' && b[e+1] == ' ' && b[e+2] != '=' || b[e] == '-' && i > 0 && b[i-1] == '[' && tagRestEnd(b, e+1, to) > 0 ||
		b[e] == ':' && i >= 2 && (b[i-1] == '_' || b[i-1] == '.') && isAlnum(b[i-2])) && loggerTag(b, i) {
		return e // "[HI-Client]", "twilio.http_client:": a logger's or a component's name, no keyword for what follows
	}
	if st.keyword(w, e) {
		if end := st.spokenAfter(b, e, to); end > 0 {
			return end // "callback number four oh four, ...", "date of birth february first nineteen fifty eight"
		}
		if end := st.patientID(b, w, e, to); end > 0 {
			return end
		}
		return st.afterKeyword(b, w, i, e, to)
	}
	if e-i >= 8 && e-i <= 32 && uppers >= 2 && isUpper(w[0]) && isLower(w[1]) && e+2 < to && b[e] == ' ' && isDigit(b[e+1]) {
		// A key in PascalCase before its value, as DICOM's keywords are
		// printed: "PatientBirthDate 19281111 -> 19281012". (Names have
		// capitals inside too: "McAllister".)
		if kc := st.classifyKey(w, keyClass{}); kc.cat != 0 && !kc.never() && !kc.ambiguous() {
			st.ctx[kc.cat] = e
			return e
		}
	}
	if e-i >= 4 && e-i <= 32 && (bytesIndex(w, '_') > 0 || uppers > 0 && isLower(w[0]) || isUpper(w[0]) && uppers < len(w) && numberSuffix(w)) {
		// An identifier in prose, "birth_date '6 Oct 1974'", "memberId X1":
		// its words give context like a keyword; not compared by a range
		// ("admit_dt >= '2024-04-01'"), which holds no one's value.
		if kc := st.classifyKey(w, keyClass{}); kc.cat != 0 && !kc.never() && !rangeAfter(b, e, to) {
			st.ctx[kc.cat] = e
			if kc.cat == Phone && indexFold(w, "fax") >= 0 {
				st.ctx[Fax] = e
			}
		}
		return e
	}
	if isUpper(w[0]) {
		if uppers == len(w) && (len(w) == 2 || len(w) == 3) && e+5 <= to && b[e] == ' ' {
			if end := st.regionPostcode(b, i, e, to); end > 0 {
				return end // "City ON L5H 8Y2", "Belconnen ACT 2617"
			}
		}
		if uppers == len(w) && len(w) == 2 {
			if end := st.cityStateZIP(b, i, e, to); end > 0 {
				return end
			}
			if st.cityState(b, i, e, to) {
				return e
			}
		}
		if len(w) >= 2 || (e < to && b[e] == '.') || (e < to && b[e] == ',') ||
			e+1 < to && b[e] == '\'' && isUpper(b[e+1]) { // "O'Neil", "D'Souza"
			return st.name(b, i, to)
		}
	}
	return e
}

// proseAfter reports whether c, after a plain word and a space, starts
// nothing that makes the word a key: not "=", ":", "-", "#", "{", nor the
// "IN" of "mrn IN (...)".
func proseAfter(c byte) bool {
	return isLetter(c) && c|0x20 != 'i' || isDigit(c) || c == '(' || c == '"' || c == '\'' || c == '<' || c == '['
}

// wordBytes packs what word counts of a byte into lanes of 16 bits: a
// digit, a capital, an underscore, or any other byte that goes on a word
// (a lower-case letter, a byte outside ASCII); 0 ends the word. Words are
// summed in chunks of wordChunk bytes, so no lane overflows.
var wordBytes = func() (t [256]uint64) {
	for c := range t {
		switch {
		case isDigit(byte(c)):
			t[c] = 1
		case isUpper(byte(c)):
			t[c] = 1 << 16
		case c == '_':
			t[c] = 1 << 32
		case isLower(byte(c)) || c >= 0x80:
			t[c] = 1 << 48
		}
	}
	return t
}()

const wordChunk = 1<<16 - 1

// rangeAfter reports whether a comparison by range follows b[e]: " >= ",
// " < ", " BETWEEN ".
func rangeAfter(b []byte, e, to int) bool {
	k := e
	if k < to && (b[k] == ' ' || b[k] == '"' || b[k] == '`') {
		k++
	}
	for k < to && b[k] == ' ' {
		k++
	}
	return k < to && (b[k] == '<' || b[k] == '>') || hasPrefixFold(b[k:to], "between ")
}

// unitAt returns the end of a unit at b[s], "Apt 4", "Unit 12B", "Ste
// 110", "#14", or 0.
func unitAt(b []byte, s, to int) int {
	k := s
	if k < to && b[k] == '#' {
		k++
	} else {
		for k < to && isLetter(b[k]) {
			k++
		}
		if k == s || !inSet(unitWords, b[s:k]) {
			return 0
		}
		if k < to && b[k] == '.' {
			k++
		}
		if k >= to || b[k] != ' ' {
			return 0
		}
		k++
	}
	e := k
	for e < to && (isAlnum(b[e]) || b[e] == '-') {
		e++
	}
	if e == k || !hasDigit(b[k:e]) && e-k > 1 {
		return 0
	}
	return e
}

// dialedKey reports whether key names the number a message or a call goes to.
// (An inbound fax's "to" is the practice's, and toll-free: see nanpValue.)
func dialedKey(key []byte) bool {
	switch len(key) {
	case 2:
		return equalFold(key, "to")
	case 3:
		return equalFold(key, "dst")
	case 4:
		return equalFold(key, "dial")
	case 6:
		return equalFold(key, "dialed") || equalFold(key, "callee")
	}
	return false
}

// nanpValue reports whether v is a North American number written whole:
// ten digits, or eleven with the country's 1, a '+' before them or not.
func nanpValue(v []byte) bool {
	if len(v) > 0 && v[0] == '+' {
		v = v[1:]
	}
	n := len(v)
	return (n == 10 || n == 11 && v[0] == '1') && allDigits(v) && validNANP(v[n-10:]) && !tollFree(v[n-10:])
}

// tollFree reports whether the ten digits of d are a toll-free number
// (800, 833, 844, 855, 866, 877, 888): a business's, no person's.
func tollFree(d []byte) bool {
	return d[0] == '8' && (d[1] == d[2] && d[1] >= '3' && d[1] <= '8' || d[1] == '0' && d[2] == '0')
}

// versionLike reports whether v holds a version's dotted numbers:
// "DIR-3.23.15".
func versionLike(v []byte) bool {
	d := bytes.IndexByte(v, '.')
	return d > 0 && d+1 < len(v) && isDigit(v[d-1]) && isDigit(v[d+1])
}

// versionEnd returns the end of a version of three or four dotted numbers
// at b[k] ("4.1.327", "10.2.0.118"), or 0.
func versionEnd(b []byte, k, to int) int {
	dots := 0
	for {
		s := k
		for k < to && isDigit(b[k]) && k-s < 5 {
			k++
		}
		if k == s {
			return 0
		}
		if k+1 >= to || b[k] != '.' || !isDigit(b[k+1]) || dots == 3 {
			break
		}
		dots++
		k++
	}
	if dots < 2 || k < to && isAlnum(b[k]) {
		return 0
	}
	return k
}

// ticketNumber reports whether v is a case's or a ticket's number with
// its year or its day: "CC-2024-885974", "REQ-2023-0042",
// "CC-20240311-00566". A person's identifiers carry no year in the middle.
func ticketNumber(v []byte) bool {
	d := bytes.IndexByte(v, '-')
	if d >= 1 && d+10 < len(v) && v[d+9] == '-' && allDigits(v[d+1:d+9]) && compactDate(v[d+1:d+9]) {
		return true // "CC-20240311-00566": the day in full
	}
	if d < 1 || d+6 > len(v) || v[d+5] != '-' || !allDigits(v[d+1:d+5]) {
		return false
	}
	y := atoi(v[d+1 : d+5])
	return y >= 1990 && y <= 2099
}

// vocative emits the given name of a message's reader, named first
// before a word that speaks to them ("Lakshmi, your surgery is Sat 4/13",
// "Hamid, thank you") or last after speaking to them ("Your results are
// ready, Sofía"), and returns its end, or 0: a name the lists know as a
// given name and not as a word.
func (st *state) vocative(b []byte, i, e, to int) int {
	first := e+2 < to && b[e] == ',' && b[e+1] == ' ' && (i == 0 || b[i-1] == '"' || b[i-1] == '\'' || b[i-1] == ' ' && i >= 2 && b[i-2] == ':')
	if first {
		k := e + 2
		n := k
		for n < to && isLetter(b[n]) && n-k < 8 {
			n++
		}
		var lb [8]byte
		first = vocativeWords[string(lowerWord(lb[:], b[k:n]))]
	}
	last := !first && i >= 2 && b[i-1] == ' ' && b[i-2] == ',' && (e == to || b[e] == '"' || b[e] == '!') && indexFold(b[max(0, i-80):i], "your ") >= 0
	if !first && !last {
		return 0
	}
	if entry, ok := lookupName(b[i:e]); !ok || entry.First == 0 || entry.Common {
		return 0
	}
	st.emit(i, e, Name, "name", Medium, false)
	return e
}

// vocativeWords open what a message says to the person it names first.
var vocativeWords = words("your", "you", "thank", "thanks", "we", "please", "welcome", "reminder", "just", "su", "tu", "votre", "vous", "seu", "sua")

// geneticProfileEnd returns the end of a person's genetic profile at
// b[i], or 0: five or more genotypes of named markers, as identity checks
// and forensic uploads write them, SNPs with their two alleles
// ("rs4988235:CC;rs6025:TG;...") or Y-STR repeat counts ("DYS393=13
// DYS390=25 ..."). A few markers name no one; five or more single a
// person out, as a fingerprint does.
func geneticProfileEnd(b []byte, i, to int) int {
	snp := i+2 < to && b[i] == 'r' && b[i+1] == 's'
	if !snp && !(i+3 < to && b[i] == 'D' && b[i+1] == 'Y' && b[i+2] == 'S') {
		return 0
	}
	n, end := 0, 0
	for k := i; k < to; {
		m := k
		if snp {
			if m+2 >= to || b[m] != 'r' || b[m+1] != 's' {
				break
			}
			m += 2
		} else {
			if m+3 >= to || string(b[m:m+3]) != "DYS" {
				break
			}
			m += 3
		}
		d := m
		for m < to && isDigit(b[m]) {
			m++
		}
		if m == d {
			break
		}
		if !snp {
			for m < to && (isLower(b[m]) || isUpper(b[m])) && m-d < 8 {
				m++ // "DYS385a", "DYS389II"
			}
		}
		if m+1 >= to || b[m] != ':' && b[m] != '=' {
			break
		}
		m++
		v := m
		if snp {
			for m < to && m-v < 3 && (b[m] == 'A' || b[m] == 'C' || b[m] == 'G' || b[m] == 'T' || b[m] == '/' || b[m] == '-') {
				m++
			}
		} else {
			for m < to && (isDigit(b[m]) || b[m] == '.' || b[m] == '-') {
				m++
			}
		}
		if m == v || m < to && isAlnum(b[m]) {
			break
		}
		n, end = n+1, m
		for m < to && (b[m] == ';' || b[m] == ',' || b[m] == ' ' || b[m] == '|') && m-end < 2 {
			m++
		}
		k = m
	}
	if n < 5 {
		return 0
	}
	return end
}

// issueKey reports whether v is an issue tracker's key, capitals, a dash
// and at most four digits ("PAY-460", "OPS-1182"): too short a number
// for anyone's identifier but a plate's ("lic WZD-8968").
func issueKey(v []byte) bool {
	d := len(capitalsPrefix(v))
	return d >= 2 && d+1 < len(v) && v[d] == '-' && len(v)-d-1 <= 4 && allDigits(v[d+1:])
}

// sourceFile reports whether v names a source file, with its line or not:
// "sync.go:71", "member_login.go", "views.py".
func sourceFile(v []byte) bool {
	if c := bytes.LastIndexByte(v, ':'); c > 0 && allDigits(v[c+1:]) {
		v = v[:c]
	}
	d := bytes.LastIndexByte(v, '.')
	if d <= 0 {
		return false
	}
	switch string(v[d+1:]) {
	case "go", "py", "js", "ts", "jsx", "tsx", "mjs", "java", "kt", "scala", "rb", "cs", "rs", "php", "c", "cc", "cpp", "h", "ex", "exs", "swift":
		return true
	}
	return false
}

// numberSuffix reports whether a PascalCase word ends in the word of a
// number: "PatID", "MemberId", "ChartNo", as a form's or a column's name
// is written in prose ("verify DOB for PatID 20901").
func numberSuffix(w []byte) bool {
	n := len(w)
	return n >= 5 && (w[n-2] == 'I' && (w[n-1] == 'D' || w[n-1] == 'd') || w[n-2] == 'N' && w[n-1] == 'o') && isLower(w[n-3]) ||
		n >= 6 && string(w[n-3:]) == "Num" && isLower(w[n-4])
}

// formBrackets appends key to buf with its percent-encoded brackets
// decoded ("guarantor%5B1%5D%5Bfirst%5D"), or returns key when it has none
// or buf is too small.
func formBrackets(buf, key []byte) []byte {
	if bytesIndex(key, '%') < 0 || len(key) > cap(buf) {
		return key
	}
	for k := 0; k < len(key); k++ {
		if key[k] == '%' && k+2 < len(key) && key[k+1] == '5' && (key[k+2]|0x20 == 'b' || key[k+2]|0x20 == 'd') {
			buf = append(buf, "[]"[(key[k+2]|0x20-'b')/2])
			k += 2
			continue
		}
		buf = append(buf, key[k])
	}
	return buf
}

// formKeyEnd reads the bracketed segments of a form field's name after
// its first segment at b[k], "[1][first]" or "%5B1%5D%5Bfirst%5D", and
// returns the offset of the '=' after them, or 0.
func formKeyEnd(b []byte, k, to int) int {
	n := 0
	for k < to && n < 6 {
		open, close := 1, 1
		switch {
		case b[k] == '[':
		case k+3 <= to && b[k] == '%' && b[k+1] == '5' && (b[k+2] == 'B' || b[k+2] == 'b'):
			open, close = 3, 3
		default:
			if n > 0 && b[k] == '=' {
				return k
			}
			return 0
		}
		s := k + open
		e := s
		for e < to && e-s < 40 && (isAlnum(b[e]) || b[e] == '_' || b[e] == '-') {
			e++
		}
		if close == 1 && (e >= to || b[e] != ']') || close == 3 && !(e+3 <= to && b[e] == '%' && b[e+1] == '5' && (b[e+2] == 'D' || b[e+2] == 'd')) {
			return 0
		}
		k = e + close
		n++
	}
	return 0
}

// braceAfterKey returns the offset of the '{' that opens a key's value
// at b[k]: "key {", "key: {", "key={", or 0.
func braceAfterKey(b []byte, k, to int) int {
	if k < to && (b[k] == ':' || b[k] == '=') {
		k++
	}
	if k < to && b[k] == ' ' {
		k++
	}
	if k < to && b[k] == '{' {
		return k
	}
	return 0
}

// patientID reads the identifier right after "patient" or "pt", a token
// of six to twenty letters and digits with four digits or more: "enrolled
// for patient 04677447", "matched patient E9919969 (Björn Ramírez)". It
// returns its end, or 0. "patient 3 of 10" has no such token.
func (st *state) patientID(b, w []byte, e, to int) int {
	client := equalFold(w, "client") // behavioural health's and social services' patients, by number alone
	subject := equalFold(w, "subject")
	if !(equalFold(w, "patient") || equalFold(w, "pt") || equalFold(w, "paciente") || equalFold(w, "child") || subject || client) || e+7 > to || b[e] != ' ' {
		return 0
	}
	s := e + 1
	if subject {
		return st.subjectNumber(b, s, to)
	}
	for _, filler := range [...]string{"number ", "no. ", "no ", "# ", "id "} {
		if s+len(filler) < to && hasPrefixFold(b[s:to], filler) && isAlnum(b[s+len(filler)]) {
			s += len(filler) // "Patient number 100683556"
			break
		}
	}
	if q := b[s]; (q == '"' || q == '\'') && s+1 < to && isAlnum(b[s+1]) {
		// "Death pronounced for patient \"SVH0082980\"": quoted, it is read
		// as it would be bare, and must close where it ends.
		if k := s + 1 + bytes.IndexByte(b[s+1:min(to, s+24)], q); k > s+1 && allAlnum(b[s+1:k]) {
			s++
		}
	}
	if k := s; k+6 < to && isUpper(b[k]) && isUpper(b[k+1]) {
		// "for pt LK-7718-8008698", "child MGP-274149": capitals, then
		// groups of digits joined by dashes.
		for k < to && k-s < 4 && isUpper(b[k]) {
			k++
		}
		g, groups := k, 0
		for g+1 < to && b[g] == '-' && isDigit(b[g+1]) {
			g++
			for g < to && isDigit(b[g]) {
				g++
			}
			groups++
		}
		if groups >= 1 && groups <= 3 && g-k-groups >= 6 && (g == to || !isAlnum(b[g]) && b[g] != '-' && b[g] != '/' && b[g] != '.') {
			st.emit(s, g, MRN, "context", Medium, false)
			return g
		}
	}
	k, digits := s, 0
	for k < to && isAlnum(b[k]) {
		if isDigit(b[k]) {
			digits++
		}
		k++
	}
	if client && (digits != k-s || k-s > 10 || k < to && b[k] != ' ' && b[k] != ',' && b[k] != ')' && b[k] != ';') {
		return 0 // "client 212002 (Xiong, Kai)"; not a connection's "client 4:", "client 0x7f3a"
	}
	if k < to && b[k] == '-' && k-s <= 3 && (digits == k-s || digits == 0 && allUpper(b[s:k])) && k+1 < to && isDigit(b[k+1]) {
		// "unpaired from patient 37-790963", "bound to patient PT-9252850": a prefix and a number.
		g := k + 1
		for g < to && isDigit(b[g]) {
			g++
		}
		if g-k-1 >= 5 && g-k-1 <= 10 && (g == to || !isAlnum(b[g]) && b[g] != '-' && b[g] != '/' && b[g] != '.') {
			st.emit(s, g, MRN, "context", Medium, false)
			return g
		}
	}
	if k < to && b[k] == '-' && digits == k-s {
		if g := dashedDigitsEnd(b, s, to); g > 0 {
			st.emit(s, g, MRN, "context", Medium, false) // "not paired with patient 575-929-644"
			return g
		}
	}
	if k-s < 6 || k-s > 20 || digits < 4 || k < to && (b[k] == '.' && k+1 < to && b[k+1] != ' ' && b[k+1] != '"' || b[k] == '-' || b[k] == '/' || b[k] == '%' || b[k] == '@' ||
		b[k] == ':' && k+1 < to && b[k+1] != ' ') { // "for patient 0094957918: computed age 92"
		return 0
	}
	if allDigits(b[s:k]) && (k-s == 9 && validSSN(b[s:k]) && st.near(SSN, s, ctxWindow) || epochLike(b[s:k])) {
		return 0 // left to the number rules: an SSN its keyword names, or a time
	}
	st.emit(s, k, MRN, "context", Medium, false)
	return k
}

// subjectNumber reads a trial subject's number at b[s], after "subject":
// the site's number and the subject's in dashed groups ("205-0021", see
// siteSubjectNumber), or six to ten digits. Other codes after the word (an
// email's subject, a biobank's "BB1-2250-K") are left to the other rules.
func (st *state) subjectNumber(b []byte, s, to int) int {
	e := s
	for e < to && e-s <= 20 && (isAlnum(b[e]) || b[e] == '-') {
		e++
	}
	v := b[s:e]
	if len(v) < 6 || !(siteSubjectNumber(v) || len(v) <= 10 && allDigits(v)) ||
		e < to && (isAlnum(b[e]) || b[e] == '/' || b[e] == '.' && e+1 < to && isDigit(b[e+1])) {
		return 0
	}
	st.emit(s, e, MRN, "context", Medium, false)
	return e
}

// extractedValue reads the rest of Hibernate's trace of a value it read
// from a column, "[last_nam8_0_] : [VARCHAR]) - [Jovanović]", from the
// column's alias at b[s]: the alias, less the suffix Hibernate numbers it
// with, is the value's key. It returns where the value ends, or 0.
func (st *state) extractedValue(b []byte, s, to int) int {
	a := s
	for a < to && a-s < 40 && (isAlnum(b[a]) || b[a] == '_') {
		a++
	}
	if a+4 >= to || b[a] != ']' || b[a+1] != ' ' || b[a+2] != ':' {
		return 0
	}
	t := bytes.Index(b[a:min(to, a+32)], []byte("]) - ["))
	if t < 0 {
		return 0
	}
	vs := a + t + len("]) - [")
	ve := bytes.IndexByte(b[vs:min(to, vs+256)], ']')
	if ve < 0 {
		return 0
	}
	ve += vs
	alias := b[s:a]
	for len(alias) > 0 && (isDigit(alias[len(alias)-1]) || alias[len(alias)-1] == '_') {
		alias = alias[:len(alias)-1] // "last_nam8_0_": the column's name cut short, then Hibernate's numbers
	}
	kc := st.classifyKey(alias, keyClass{})
	if kc.cat == 0 || kc.never() {
		return 0
	}
	mark := len(st.field)
	st.field = appendField(st.field, alias)
	st.keyedValue(kc, b, vs, ve)
	st.field = st.field[:mark]
	return ve + 1
}

// dashedDigitsEnd returns the end of a record number written as groups of
// two to four digits joined by dashes at b[s] ("575-929-644", "60-89-23"),
// or 0. Shapes that are something else are left to their own rules:
// SSN (3-2-4), phone (3-3-4) and dates (a group of four, or 1-2 digit days
// and months).
func dashedDigitsEnd(b []byte, s, to int) int {
	var lens [4]int
	n, k := 0, s
	for n < len(lens) {
		g := k
		for g < to && isDigit(b[g]) {
			g++
		}
		if g-k < 2 || g-k > 4 {
			return 0
		}
		lens[n] = g - k
		n++
		k = g
		if k+1 < to && b[k] == '-' && isDigit(b[k+1]) {
			k++
			continue
		}
		break
	}
	if n < 2 || k < to && (isAlnum(b[k]) || b[k] == '-' || b[k] == '/' || b[k] == '.' && k+1 < to && isDigit(b[k+1])) {
		return 0
	}
	switch {
	case n == 3 && lens[0] == 3 && lens[1] == 2 && lens[2] == 4, // an SSN
		n == 3 && lens[0] == 3 && lens[1] == 3 && lens[2] == 4, // a phone
		n == 2 && lens[0] == 3 && lens[1] == 4:                 // a phone without its area code
		return 0
	}
	for g := 0; g < n; g++ {
		if lens[g] == 4 && n <= 3 {
			return 0 // "2024-03-05", "03-05-2024"
		}
	}
	if n == 3 && lens[0] == 2 && lens[1] == 2 && lens[2] == 2 && (validDate(2000, atoi(b[s:s+2]), atoi(b[s+3:s+5])) || validDate(2000, atoi(b[s+3:s+5]), atoi(b[s:s+2]))) {
		return 0 // "03-05-24": a date
	}
	if n == 2 && lens[0]+lens[1] < 6 {
		return 0 // "12-34": too short to name anyone
	}
	return k
}

// holdsUUID reports whether w ends in a UUID.
func holdsUUID(w []byte) bool {
	return len(w) >= 36 && isUUID(w[len(w)-36:])
}

// selfNamedIDValue reports whether v is an identifier whose prefix names
// its kind, a dash and digits ("MRN-1675189"), and which.
func selfNamedIDValue(v []byte) (Category, bool) {
	d := bytesIndex(v, '-')
	if d < 2 || d > 4 || len(v)-d-1 < 5 || !allDigits(v[d+1:]) {
		return 0, false
	}
	return selfNamedID(v[:d])
}

// phoneExtensionEnd returns the end of an extension after the phone number
// ending at b[e] (" x537", " ext. 22", " ext 4", " x 22"), or e.
func phoneExtensionEnd(b []byte, e int) int {
	k := e
	if k+2 >= len(b) || b[k] != ' ' && b[k] != ',' {
		return e
	}
	k++
	if b[k] == ' ' {
		k++
	}
	switch {
	case k+1 < len(b) && (b[k] == 'x' || b[k] == 'X') && (isDigit(b[k+1]) || b[k+1] == ' ' || b[k+1] == '.'):
		k++
	case k+3 < len(b) && hasPrefixFold(b[k:], "ext"):
		k += 3
	default:
		return e
	}
	for k < len(b) && (b[k] == '.' || b[k] == ' ') && k-e < 8 {
		k++
	}
	d := k
	for d < len(b) && isDigit(b[d]) && d-k < 6 {
		d++
	}
	if d == k || d < len(b) && isAlnum(b[d]) {
		return e
	}
	return d
}

// selfNamedID returns the category of identifiers whose prefix is the
// keyword of their kind, such as "MRN" in "MRN-8340478", or a patient's
// ("PT-095640").
func selfNamedID(prefix []byte) (Category, bool) {
	if string(prefix) == "PT" || string(prefix) == "PAT" {
		return MRN, true
	}
	set, ok := keywordSet(prefix)
	if !ok {
		return 0, false
	}
	for _, c := range [...]Category{MRN, HealthPlan, Account, License} {
		if set == CategorySet(1)<<c {
			return c, true
		}
	}
	return 0, false
}

// birthPlace reads the place after "born ... in" (the word "in" at b[in]):
// "born 23-Jun-2013 in Amarillo", "born in La Crosse, WI". A birthplace
// below the state is PHI. It emits the place's capitalised words, up to a
// comma or a state code, and returns their end, or 0.
func (st *state) birthPlace(b []byte, in, ps, to int) int {
	from := max(0, in-32)
	if indexFold(b[from:in], "born") < 0 {
		return 0
	}
	k, end := ps, 0
	for words := 0; words < 3 && k < to && isUpper(b[k]); words++ {
		ws := k
		for k < to && (isLetter(b[k]) || b[k] >= 0x80 || b[k] == '-' || b[k] == '\'' || b[k] == '.') {
			k++
		}
		if words > 0 && k-ws == 2 && stateAbbrevs[string(b[ws:k])] {
			break
		}
		end = k
		if k+1 >= to || b[k] != ' ' || !isUpper(b[k+1]) {
			break
		}
		k++
	}
	for end > ps && b[end-1] == '.' {
		end--
	}
	if end == 0 || placeName(b[ps:end]) { // "born in Texas", "born in France": not below a state
		return 0
	}
	st.emit(ps, end, Address, "city", Medium, false)
	return end
}

// ipAt parses an IP address in s.
func ipAt(s []byte) (netip.Addr, bool) {
	if len(s) == 0 || len(s) > 64 {
		return netip.Addr{}, false
	}
	// ParseAddr keeps its input only in the error, which is dropped here,
	// and an IPv6 zone is interned as a copy: the bytes need no copy, and a
	// failed parse on the hot path allocates nothing.
	a, err := netip.ParseAddr(unsafe.String(unsafe.SliceData(s), len(s)))
	return a, err == nil
}

// spacedPair handles "Key = value" and "Key: value" in records whose fields
// are separated by " | ", tabs, ";" or ", ": the value may hold spaces.
func (st *state) spacedPair(b []byte, ks, ke, vs, to int) int {
	if vs >= to {
		return to
	}
	if n := snmpType(b, vs, to); n > vs {
		vs = n // net-snmp's varbinds: `MIB::motherMrn.0 = STRING: "03791179"`
	} else if n := rStrType(b, vs, to); n > vs {
		vs = n // R's str(): ` $ mrn : chr "70068007"`, ` $ dob : Date, format: "1995-05-27"`
	}
	vs = nationalQuote(b, vs, to) // "LastName = N'Muñoz'"
	if b[vs] == '"' || b[vs] == '\'' {
		return st.pair(b, ks, ke, vs, to)
	}
	ve := vs
	for ve < to && ve-vs < 256 && b[ve] != '|' && b[ve] != '\t' && b[ve] != ';' && !(b[ve] == ',' && ve+1 < to && b[ve+1] == ' ') &&
		!(b[ve] == ' ' && ve+1 < to && (b[ve+1] == '[' || b[ve+1] == ')' || b[ve+1] == '}')) &&
		!(b[ve] == ' ' && ve+1 < to && b[ve+1] == ' ') && !(b[ve] == ' ' && ve+1 < to && b[ve+1] == '/' && ve+2 < to && b[ve+2] == ' ') &&
		!(b[ve] == ' ' && ve+1 < to && scriptLead(b[ve+1]) && scriptKeyAt(b, ve+1, to)) && !cjkPunctuation(b, ve, to) &&
		!(b[ve] == '\\' && ve+1 < to && b[ve+1] == 'n') && !(b[ve] == ' ' && bytesIndex(b[vs:ve], ' ') < 0 && sqlConjunctionAt(b, ve+1, to)) {
		ve++
	}
	// A value of words ends within 256 bytes (so that a line of unsettled
	// "k = v" pairs costs no more than its length); one long token, such as
	// a photo in base64, is taken whole.
	for ve-vs >= 256 && ve < to && b[ve] != ' ' && b[ve] != '|' && b[ve] != '\t' && b[ve] != ';' && b[ve] != ',' {
		ve++
	}
	ie := ve
	for ie > vs && (b[ie-1] == ' ' || b[ie-1] == ',') {
		ie--
	}
	ks = st.labelStart(b, ks, ke)
	key := b[ks:ke]
	if loggerName(key) {
		return vs // a logger's name, its message after it (see colonKey)
	}
	kc := st.classifyKey(key, keyClass{})
	if kc.cat == Address && ie == ve && ve+2 < to && b[ve] == ',' && b[ve+1] == ' ' {
		if e := unitAt(b, ve+2, to); e > 0 {
			ve, ie = e, e // "Street = 4111 N Maple Drive, Apt 4, City = Dayton": the unit is the street's
		}
	}
	if kc.cat == Name && ie == ve && ve+2 < to && b[ve] == ',' && b[ve+1] == ' ' && isUpper(b[ve+2]) {
		// "INSURED NAME - MATSUDA, LUCIUS": the comma is the name's own.
		k := ve + 2
		for k < to && (isLetter(b[k]) || b[k] >= 0x80 || b[k] == '\'' || b[k] == '-' || b[k] == '.' ||
			b[k] == ' ' && k+1 < to && isUpper(b[k+1])) {
			k++
		}
		n := k
		for n < to && b[n] == ' ' {
			n++
		}
		keyNext := n < to && (b[n] == '=' || b[n] == ':' || b[n] == '-' && n+1 < to && b[n+1] == ' ')
		if !keyNext && (k == to || b[k] == ' ' || b[k] == '|' || b[k] == '\t' || b[k] == ';' || b[k] == ',') {
			ve, ie = k, k
		}
	}
	mark := len(st.field)
	st.field = appendField(st.field, key)
	if (kc.cat != 0 || kc.eventDate() || kc.handle()) && !kc.never() && st.keyedValue(kc, b, vs, ie) {
		st.field = st.field[:mark]
		return ve
	}
	if kc == (keyClass{}) {
		if end := st.recordValue(b, vs, ie); end > 0 {
			st.field = st.field[:mark]
			return max(ve, end)
		}
	}
	st.field = st.field[:mark]
	// Not settled by the key: the key gives context to the value.
	st.colonKey(b, ks, ke)
	return vs
}

// sqlConjunctionAt reports whether b[i:] starts with "AND " or "OR " (in
// either case) and a column's test, as a WHERE clause goes on after one
// value: "member_id = 591911 AND status = 'PENDING'" (not "Truth or
// Consequences", a city).
func sqlConjunctionAt(b []byte, i, to int) bool {
	switch {
	case hasPrefixFold(b[i:to], "and "):
		i += 4
	case hasPrefixFold(b[i:to], "or "):
		i += 3
	default:
		return false
	}
	k := i
	for k < to && (isAlnum(b[k]) || b[k] == '_' || b[k] == '.' || b[k] == '"' || b[k] == '[' || b[k] == ']') {
		k++
	}
	if k == i {
		return false
	}
	for k < to && b[k] == ' ' {
		k++
	}
	if k < to && (b[k] == '=' || b[k] == '<' || b[k] == '>' || b[k] == '!') {
		return true
	}
	rest := b[k:to]
	return hasPrefixFold(rest, "in ") || hasPrefixFold(rest, "in(") || hasPrefixFold(rest, "like ") || hasPrefixFold(rest, "is ") ||
		hasPrefixFold(rest, "between ")
}

// pathResources name what the next segment of a URL path is: the ID in
// "/patients/M738080572" or "/medicare/beneficiaries/7QT3VM0YY33".
var pathResources = map[string]Category{
	"patients": MRN, "patient": MRN, "members": HealthPlan, "member": HealthPlan, "beneficiaries": HealthPlan,
	"subscribers": HealthPlan, "vehicles": Vehicle, "vehicle": Vehicle, "vin": Vehicle, "ssn": SSN, "ssns": SSN,
	"phones": Phone, "phone": Phone, "emails": Email, "email": Email, "devices": Device, "device": Device,
	"accounts": Account, "account": Account, "mrn": MRN, "licenses": License, "mbi": HealthPlan,
	"persons": OtherID, "people": OtherID, "users": 0, "user": 0, "u": 0, "chart": MRN, "charts": MRN, "things": Device,
	"children": MRN, "newborns": MRN, "residents": MRN, "enrollees": HealthPlan, "insureds": HealthPlan,
	"dependents": HealthPlan, "subjects": MRN, "participants": MRN, "clients": MRN, "riders": MRN, "athletes": MRN, "donors": MRN,
}

// pathResource handles the path segment after a resource name w.
func (st *state) pathResource(b []byte, w []byte, s, to int) int {
	var buf [16]byte
	lw := lowerWord(buf[:], w)
	c, ok := pathResources[string(lw)]
	if !ok {
		return s
	}
	e := s
	for e < to && !pathSegmentEnd(b[e]) {
		e++
	}
	if e == s || bytesIndex(b[s:e], '=') > 0 {
		return s // "patients/dt=2024-05-13/": a partition, not a patient
	}
	if lw[0] == 'c' && string(lw) == "clients" && !clientNumber(b[s:e]) {
		return s // "/api/v2/clients/5uTg9SgIbUub...": an OAuth client, not a social service's
	}
	if bytes.Contains(b[s:e], []byte("%40")) || bytesIndex(b[s:e], '@') > 0 {
		c = Email
	}
	if c == 0 {
		// "/portal/u/harpreet_kaur": an account, its handle a person's when made of their name.
		if st.keyedValue(keyClass{flags: kfHandle}, b, s, e) {
			return e
		}
		return s
	}
	if e-s == 4 && allDigits(b[s:e]) && atoi(b[s:e]) >= 1900 && atoi(b[s:e]) <= 2100 {
		return s // ".../member/2019/06": a schema's year, no member's number
	}
	if sourceFile(b[s:e]) {
		return e // "members/sync.go:71": a source file and its line, as loggers name their caller
	}
	if !hasDigit(b[s:e]) && c != Email {
		if c != Vehicle && c != Device && nameSlug(b[s:e]) {
			st.emit(s, e, Name, "name", Medium, false) // "/patients/loretta-vanterpool/records"
			return e
		}
		return s
	}
	kc := keyClass{cat: c, conf: Medium}
	if bytesIndex(b[s:e], '%') >= 0 {
		st.decoded(b, s, e, decodeQuery, func(d []byte) { st.keyedValue(kc, d, 0, len(d)) })
	} else if !st.keyedValue(kc, b, s, e) {
		return s
	}
	return e
}

// pathSegmentEnd reports whether c ends a URL path's segment, or the URL
// as text quotes it: "(strava.com/athletes/111504124)".
func pathSegmentEnd(c byte) bool {
	switch c {
	case '/', '?', '"', '#', '\\', '&', ')', ']', '\'', '>', ',', ';':
		return true
	}
	return isSpace(c)
}

// accessLogUser reports the user field of a Common or Combined Log Format
// line at b[i] ("host - user [time]") when a person made it of their name
// (see personalHandle), or when the request came from a person's address
// on the internet and the handle is no service's or role's (staff sign in
// from the organisation's network; a patient's portal from home). It
// returns the field's end, or 0.
func (st *state) accessLogUser(b []byte, i, to int) int {
	e := handleEnd(b, i, to)
	if e+1 >= to || b[e] != ' ' || b[e+1] != '[' {
		return 0
	}
	h := i - 3 // the host before " - ": an address or a name, no spaces
	for h > 0 && b[h-1] != ' ' && b[h-1] != '"' {
		h--
	}
	if h > 0 && b[h-1] == '"' || i-3-h < 3 {
		return 0
	}
	if !personalHandle(b[i:e]) {
		if a, ok := ipAt(b[h : i-3]); !ok || !personalIP(a) || !userHandle(b[i:e]) || staffRequest(b, e, to) {
			return 0
		}
	}
	st.emit(i, e, OtherID, "access_log_user", Low, false)
	return e
}

// staffRequest reports whether the request after an access log's time,
// from b[k], is to a part of a site for staff or businesses ("GET
// /admin/...", "/employer/reports").
func staffRequest(b []byte, k, to int) bool {
	s := requestPath(b, k, to) + 1
	if s == 1 {
		return false
	}
	for k = s; k < to && k-s < 24 && (isLower(b[k]) || b[k] == '-'); k++ {
	}
	return staffPathWords[string(b[s:k])]
}

// requestPath returns where the path of an access log's request starts
// ('/'), after its time, which ends within 64 bytes of b[k], and its
// method: "[14/May/2024:07:15:42 -0500] \"POST /webhooks/...", or 0.
func requestPath(b []byte, k, to int) int {
	q := bytes.Index(b[k:min(to, k+64)], []byte(`] "`))
	if q < 0 {
		return 0
	}
	k += q + 3
	for k < to && isUpper(b[k]) {
		k++ // the method
	}
	if k+2 >= to || b[k] != ' ' || b[k+1] != '/' {
		return 0
	}
	return k + 1
}

var staffPathWords = words("admin", "staff", "employer", "provider", "providers", "practice", "internal", "backoffice", "ops")

// loginFrom reports the handle at b[i] when a sign-in's address follows it
// and is a person's on the internet ("login succeeded for cmensah591 from
// 174.223.178.29"), as accessLogUser does, and returns its end, or 0.
func (st *state) loginFrom(b []byte, i, to int) int {
	e := handleEnd(b, i, to)
	if e+7 >= to || string(b[e:e+6]) != " from " || !isDigit(b[e+6]) || !userHandle(b[i:e]) {
		return 0
	}
	k := e + 6
	for k < to && k-e < 22 && (isDigit(b[k]) || b[k] == '.') {
		k++
	}
	if a, ok := ipAt(bytes.TrimRight(b[e+6:k], ".")); !ok || !personalIP(a) {
		return 0
	}
	st.emit(i, e, OtherID, "context", Low, false)
	return e
}

// userHandle reports whether v is a handle a person could have picked:
// lower case, three letters or more, its parts (between '.', '_' and '-')
// no role's or service's ("rylmaz20", "yst.pierre2"; not "svc_portal",
// "smart-app-7", "frontdesk_lpeds", "kiosk07").
func userHandle(v []byte) bool {
	if len(v) < 3 || !isLower(v[0]) {
		return false
	}
	letters := 0
	for part := range bytes.FieldsFuncSeq(v, func(r rune) bool { return r == '.' || r == '_' || r == '-' }) {
		k := 0
		for k < len(part) && isLower(part[k]) {
			k++
		}
		if handleRoles[string(part[:k])] || serviceHandleWords[string(part[:k])] {
			return false
		}
		for _, c := range part[k:] {
			if !isDigit(c) {
				return false // "svcPortal", "ab1cd": no name's shape
			}
		}
		letters += k
	}
	return letters >= 3
}

// serviceHandleWords are what accounts of services, devices and shared
// desks are named by.
var serviceHandleWords = words("kiosk", "frontdesk", "desk", "portal", "service", "integration", "sync", "batch",
	"monitor", "probe", "etl", "bridge", "api", "system", "deploy", "backup", "guest", "user", "anonymous", "employer", "broker")

// handleEnd returns the end of an account's handle at b[s]: letters,
// digits, '.', '_' and '-', without a sentence's full stop after it.
func handleEnd(b []byte, s, to int) int {
	e := s
	for e < to && e-s <= 32 && (isAlnum(b[e]) || b[e] == '.' || b[e] == '_' || b[e] == '-') {
		e++
	}
	for e > s && b[e-1] == '.' {
		e--
	}
	return e
}

// nameSlug reports whether a path segment is a person's name written as a
// slug: two or three words joined by '-', '.' or '_', a given name and a
// surname in the census lists in either order, not both common words
// (or, with a suffix, after a given name that is no word, any surname
// that is none: "jackson-databind" is a library's name). Surname first
// ("mizrahi-yael-203087") needs two names no word shares.
// A short part with digits may end it, as sites make slugs unique
// ("hiroshi-tanaka-174999", "jose-mensah-2fd7df").
func nameSlug(seg []byte) bool {
	parts, n, suffixed := slugParts(seg)
	if n < 2 {
		return false
	}
	first, _ := lookupName(parts[0])
	last, _ := lookupName(parts[n-1])
	if suffixed && first.First > 0 && !first.Common && last.Last == 0 && len(parts[n-1]) >= 4 && !ordinaryWord(parts[n-1]) {
		return true // "kwame-asante-4688": a surname the lists lack after a given name they hold, made unique
	}
	return first.First > 0 && last.Last > 0 && !(first.Common && last.Common) ||
		first.Last > 0 && last.First > 0 && !first.Common && !last.Common
}

// peopleSlug reports whether a segment under one for people ("/p/",
// "/share/") is a slug of a person's name the lists may lack: two or
// three words, none an ordinary word, with a listed name among them or a
// suffix that makes the slug unique ("haruto-nakamura-3157",
// "aroha-ngata-6199").
func peopleSlug(seg []byte) bool {
	parts, n, suffixed := slugParts(seg)
	if n < 2 {
		return false
	}
	listed := false
	for _, p := range parts[:n] {
		if ordinaryWord(p) {
			return false
		}
		listed = listed || listedName(p)
	}
	return listed || suffixed
}

// slugParts splits a slug into its words of letters, two or more letters
// each, and tells whether a short part with digits ended it. n is 0 when
// seg is no slug of up to three words.
func slugParts(seg []byte) (parts [3][]byte, n int, suffixed bool) {
	if k := bytes.LastIndexAny(seg, "-_."); k > 0 && len(seg)-k <= 10 && hasDigit(seg[k+1:]) && allAlnum(seg[k+1:]) {
		seg, suffixed = seg[:k], true
	}
	k := 0
	for i := 0; i <= len(seg); i++ {
		if i < len(seg) && isLetter(seg[i]) {
			continue
		}
		if i < len(seg) && seg[i] != '-' && seg[i] != '.' && seg[i] != '_' || i-k < 2 || n == len(parts) {
			return parts, 0, false
		}
		parts[n] = seg[k:i]
		n++
		k = i + 1
	}
	return parts, n, suffixed
}

func allDigits(b []byte) bool {
	for _, c := range b {
		if !isDigit(c) {
			return false
		}
	}
	return len(b) > 0
}

func hasLetter(b []byte) bool {
	for _, c := range b {
		if isLetter(c) {
			return true
		}
	}
	return false
}

func hasDigit(b []byte) bool {
	for _, c := range b {
		if isDigit(c) {
			return true
		}
	}
	return false
}

// hasPercentEscape reports whether v holds a %XX escape.
func hasPercentEscape(v []byte) bool {
	for k := bytesIndex(v, '%'); k >= 0 && k+2 < len(v); {
		if unhex(v[k+1]) >= 0 && unhex(v[k+2]) >= 0 {
			return true
		}
		n := bytesIndex(v[k+1:], '%')
		if n < 0 {
			return false
		}
		k += n + 1
	}
	return false
}

// labelConnector reports whether the word that ends at b[e] (exclusive)
// joins a label's words: "at", "of", "on", "for", "de".
func labelConnector(b []byte, e int) bool {
	s := e
	for s > 0 && isLower(b[s-1]) {
		s--
	}
	switch string(b[s:e]) {
	case "at", "of", "on", "for", "de", "del", "du":
		return s > 0 && b[s-1] == ' '
	}
	return false
}

// labelStart extends a form label backwards over up to three words, when
// the words together say more than the last alone: "Member ID:",
// "INSURED NAME -", "Date of Service =".
func (st *state) labelStart(b []byte, ks, ke int) int {
	best := ks
	bestKC := st.classifyKey(b[ks:ke], keyClass{})
	if bestKC.cat != 0 && !bestKC.ambiguous() && !bestKC.person() {
		if bestKC.cat == Address && ks >= 2 && b[ks-1] == ' ' && isLetter(b[ks-2]) {
			// "email address:", "IP address:": the word before says whose.
			s := ks - 1
			for s > 0 && (isLetter(b[s-1]) || b[s-1] == '-') {
				s--
			}
			if kc := st.classifyKey(b[s:ke], keyClass{}); kc.cat != Address && (kc.cat != 0 || kc.never()) {
				return s
			}
		}
		return ks // the last word says it all
	}
	k := ks
	for n := 0; n < 3 && k >= 3 && b[k-1] == ' ' && (isLetter(b[k-2]) || b[k-2] == '.' && isLetter(b[k-3])); n++ {
		s := k - 1
		if b[s-1] == '.' {
			s-- // "Adm. Date"
		}
		sentence := false // "Fecha de despacho:", "Date of birth:": the label's first word capitalised, as a sentence's
		if capital := isUpper(firstOfWord(b, s)); capital != isUpper(b[ks]) {
			if !capital {
				if labelConnector(b, s) && n < 2 {
					// "Age at ARD:", "Age at Death:": a word in lower case
					// joins the label's capitalised words.
					k = s - 2
					for k > 0 && isLetter(b[k-1]) {
						k--
					}
					if k > 0 && b[k-1] == ' ' {
						continue
					}
				}
				break
			}
			sentence = true // unless it names a class: "#<Patient id: 8812, ...>"
		}
		for s > 0 && (isLetter(b[s-1]) || b[s-1] == '\'' && s >= 2 && isLetter(b[s-2])) {
			s-- // "INSURED'S UNIQUE ID"
		}
		if k-1-s > 14 {
			break
		}
		k = s
		if sentence && k > 0 && b[k-1] != ' ' && b[k-1] != '|' && b[k-1] != '\t' && b[k-1] != '"' && b[k-1] != ',' && b[k-1] != ';' {
			break
		}
		kc := st.classifyKey(b[k:ke], keyClass{})
		if kc.cat != 0 && !kc.never() && (bestKC.cat == 0 || bestKC.never() || kc.cat != bestKC.cat && !bestKC.person() ||
			kc.cat == bestKC.cat && bestKC.ambiguous() && !kc.ambiguous()) || // "Last Name" over "Name"
			kc.handle() && bestKC.cat == Name { // "Account Name", "User Name": a login, not a person's name
			best, bestKC = k, kc
		}
		if sentence {
			break
		}
	}
	return best
}

// bracketKey handles PHP's dumps at b[i]: print_r's "[key] => value" and
// var_dump's `["key"]=> string(7) "value"`, whose type it skips.
func (st *state) bracketKey(b []byte, i, to int) int {
	ks := i + 1
	var q byte
	if ks < to && (b[ks] == '"' || b[ks] == '\'') {
		q = b[ks]
		ks++
	}
	e := ks
	for e < to && e-i < 64 && (isAlnum(b[e]) || b[e] == '_' || b[e] == '-' || b[e] == '.') {
		e++
	}
	ke := e
	if q != 0 {
		if e >= to || b[e] != q {
			return i + 1
		}
		e++
	}
	if q == 0 && e < to && b[e] == ':' {
		// print_r's property: "[sin:protected]", "[name:Patient:private]".
		for e < to && e-i < 96 && b[e] != ']' && (isAlnum(b[e]) || b[e] == ':' || b[e] == '_' || b[e] == '\\') {
			e++
		}
	}
	if e == ks || e+3 >= to || b[e] != ']' {
		return i + 1
	}
	if b[e+1] == '[' {
		// msg['PID']['PID.19']['PID.19.1']='059465608': Mirth's and
		// JavaScript's paths, read by their last key.
		if end := st.bracketKey(b, e+1, to); end > e+2 {
			return end
		}
		return e + 1
	}
	k := e + 1
	if b[k] == '=' && k+1 < to && (b[k+1] == '\'' || b[k+1] == '"') && q != 0 {
		return st.pair(b, ks, ke, k+1, to) // ['PID.19.1']='059465608'
	}
	if b[k] == ' ' {
		k++
	}
	if q == 0 && k+1 < to && b[k] == '=' && b[k+1] == ' ' && i > 0 && b[i-1] == ' ' && len(bytes.TrimLeft(b[:i], " \t")) == 0 {
		// .NET's Exception.Data, a line of its own: "    [PatientName] = dos
		// Santos, Deepika" (not SQL's "SET [AcctNo] = @p0").
		return st.spacedPair(b, ks, ke, k+2, to)
	}
	if k+2 >= to || b[k] != '=' || b[k+1] != '>' || b[k+2] != ' ' {
		return i + 1
	}
	vs := k + 3
	for vs < to && b[vs] == ' ' {
		vs++
	}
	if t := dumpType(b, vs, to); t > 0 {
		if b[t-1] == '(' {
			// int(92): the value is in the brackets.
			ve := t
			for ve < to && b[ve] != ')' {
				ve++
			}
			st.pair(b, ks, ke, t, ve)
			return min(ve+1, to)
		}
		vs = t
	}
	return st.spacedPair(b, ks, ke, vs, to)
}

// spewType returns the offset after the type go-spew's Dump writes before
// a value at b[vs], "(string) (len=8) " or "(int) ", or vs.
func spewType(b []byte, vs, to int) int {
	k := vs
	for n := 0; n < 2 && k < to && b[k] == '('; n++ {
		e := k + 1
		for e < to && e-k < 40 && (isAlnum(b[e]) || b[e] == '.' || b[e] == '*' || b[e] == '[' || b[e] == ']' || b[e] == '=') {
			e++
		}
		if e >= to || b[e] != ')' || e+1 >= to || b[e+1] != ' ' {
			return k
		}
		k = e + 2
	}
	return k
}

// dumpType returns the offset after the type var_dump writes before a
// value at b[vs] ("string(11) " before a quoted string; "int(" and
// "float(" before a number in brackets), or 0.
func dumpType(b []byte, vs, to int) int {
	switch {
	case hasPrefixFold(b[vs:to], "string("):
		k := vs + len("string(")
		for k < to && isDigit(b[k]) {
			k++
		}
		if k+2 < to && b[k] == ')' && b[k+1] == ' ' && b[k+2] == '"' {
			return k + 2
		}
	case hasPrefixFold(b[vs:to], "int("):
		return vs + len("int(")
	case hasPrefixFold(b[vs:to], "float("):
		return vs + len("float(")
	}
	return 0
}

// quiet reports whether text has nothing any detector starts on: no digit,
// no capital, no '@', no key separator, no bracket: "appointment booked".
func quiet(text []byte) bool {
	for _, c := range text {
		if loud[c] {
			return false
		}
	}
	// ... but a text message in lower case may introduce its writer: "who
	// is this? this is bogdan kuznetsov", "my name is anh papadopoulos".
	return len(text) < 12 || !bytes.Contains(text, []byte(" is "))
}

var loud = func() (t [256]bool) {
	for i := range t {
		c := byte(i)
		t[i] = isDigit(c) || isUpper(c) || c >= 0x80
	}
	for _, c := range "@:=/{[<\"'+(|*%#_\\" {
		t[c] = true
	}
	return t
}()

// isUUID reports whether u (36 bytes) is a UUID in its 8-4-4-4-12 form.
func isUUID(u []byte) bool {
	for i, c := range u {
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if !isHex(c) {
				return false
			}
		}
	}
	return len(u) == 36
}

// capitalisedWords reports whether b[s:] starts with one to four
// capitalised words ("Fox", "MOODY, LORCAN", "Jo Ann T. Dvorak") that end the
// field: at the end, or before "|", ";", a tab, two spaces, " / " or ", "
// and a key.
func capitalisedWords(b []byte, s, to int) bool {
	k, words := s, 0
	for words < 5 {
		if k >= to || !isUpper(b[k]) {
			return false
		}
		for k < to && (isLetter(b[k]) || b[k] >= 0x80 || b[k] == '\'' || b[k] == '-' || b[k] == '.') {
			k++
		}
		words++
		if k < to && b[k] == ',' && k+2 < to && b[k+1] == ' ' && isUpper(b[k+2]) && words == 1 {
			n := k + 2
			for n < to && (isLetter(b[n]) || b[n] == ' ' && n+1 < to && isUpper(b[n+1])) {
				n++
			}
			if n < to && (b[n] == ':' || b[n] == '=') {
				return true // "First Name: Will, Last Name: Rose": the comma ends the field
			}
			k += 2 // "MOODY, LORCAN"
			continue
		}
		if k+1 < to && b[k] == ' ' && isUpper(b[k+1]) {
			k++
			continue
		}
		break
	}
	if words > 4 {
		return false
	}
	if k == to || b[k] == '|' || b[k] == ';' || b[k] == '\t' || b[k] == ',' || b[k] == ')' {
		return true
	}
	return b[k] == ' ' && k+1 < to && (b[k+1] == ' ' || b[k+1] == '/' || b[k+1] == '|' || b[k+1] == '(')
}

// givenAfterComma extends a surname that ends at b[e] over the given names
// after its comma, when one or two capitalised words follow and then the
// value ends: "Colón, Néstor mrn=", "Magalhães, Vítor", and FileMan's
// "VAN DER BERG,PIETER J" with no space after the comma.
func givenAfterComma(b []byte, e, to int) int {
	if e+1 >= to || b[e] != ',' {
		return e
	}
	field := func(s, w int) bool {
		r := keyRunEnd(b, s, to)
		return r < to && (b[r] == '=' || b[r] == ':') || // the next field: "Roe, City=Austin"; "Del Rio, Charity Guar=..."
			labelWord(b, s, w, to) // "HALVORSEN, HAMZA MRN E7580459"
	}
	k, n := e+1, 0
	if upperAt(b, e+1, to) {
		w := nameWordEnd(b, e+1, to)
		if field(e+1, w) {
			return e
		}
		k, n = w, 1
	} else if b[e+1] != ' ' || !upperAt(b, e+2, to) {
		return e
	}
	for ; n < 2 && k+1 < to && b[k] == ' ' && upperAt(b, k+1, to); n++ {
		w := nameWordEnd(b, k+1, to)
		if field(k+1, w) {
			break
		}
		k = w
	}
	if k == e+1 {
		return e
	}
	if k == to || b[k] == '"' || b[k] == ';' || b[k] == ')' || b[k] == '|' || b[k] == ' ' && (keyAt(b, k+1, to) || k+1 == to || b[k+1] == '(') {
		return k // ... or a remark in brackets: "Guar=Del Rio, Mason (Grandson)"
	}
	return e
}

// nameWordEnd returns the end of the word of a name that starts at b[s].
func nameWordEnd(b []byte, s, to int) int {
	for s < to && (isLetter(b[s]) || b[s] >= 0x80 || b[s] == '\'' || b[s] == '-') {
		s++
	}
	return s
}

// nameWordsAfter extends a bare name value ending at b[e] over up to three
// capitalised words that are not themselves keys ("Roe" in name=Jane Roe,
// not "Status" in name=Jane Status=ok).
func nameWordsAfter(b []byte, e, to int) int {
	for n := 0; n < 3 && e+1 < to && b[e] == ' '; n++ {
		ws := e + 1
		if !upperAt(b, ws, to) {
			// A word in lower case ends the name, but a surname's
			// particles after a capitalised word: "Yusuf Van der Berg",
			// "Maria de la Cruz" (not "van der Berg, Pieter", read whole
			// as text).
			p := e
			for p > 0 && (isLetter(b[p-1]) || b[p-1] >= 0x80) {
				p--
			}
			if !upperAt(b, p, to) {
				break
			}
			if ws = particleAfter(b, e, to); ws == 0 {
				break
			}
		}
		k := nameWordEnd(b, ws, to)
		if k == ws+1 && k+2 < to && b[k] == '.' && b[k+1] == ' ' && isUpper(b[k+2]) {
			k++ // a middle initial: "Ximena R. Iyer"
		}
		if r := numberMark(b, keyRunEnd(b, k, to), to); r < to && (b[r] == '=' || b[r] == ':' || frenchColon(b, r, to)) || labelWord(b, ws, k, to) {
			break // the next key: "PAT_FIRST_NAME=", "Email:", "Prénom :", "MRN E7580459"
		}
		e = k
	}
	return e
}

// frenchColon reports whether a colon spaced as French sets it, " : ",
// starts at b[k].
func frenchColon(b []byte, k, to int) bool {
	return k+2 < to && b[k] == ' ' && b[k+1] == ':' && b[k+2] == ' '
}

// labelAt reports whether the word at b[s] is a labelWord: "MRN" after
// "MENSAH^SEAN^J".
func labelAt(b []byte, s, to int) bool {
	e := s
	for e < to && isLetter(b[e]) {
		e++
	}
	return e > s && labelWord(b, s, e, to)
}

// labelWord reports whether the word at b[s:e] labels what follows rather
// than continuing a name: a keyword of another kind in capitals ("MRN",
// "DOB"; "Nascimento" is a surname as much as a word of birth) or letters
// glued to digits ("E7580459").
func labelWord(b []byte, s, e, to int) bool {
	if e < to && isDigit(b[e]) {
		return true
	}
	if e-s > 4 || !allUpper(b[s:e]) {
		return false
	}
	set, ok := keywordSet(b[s:e])
	return ok && !set.Has(Name)
}

// proseKey reports whether key holds a message in words ("msg", "body",
// "text", "note"), whose first word may be a keyword for the next.
func proseKey(key []byte) bool {
	if len(key) < 3 || len(key) > 11 {
		return false
	}
	switch key[0] | 0x20 {
	case 'm', 'b', 't', 'n', 'c', 'd', 'r', 's', 'u':
	default:
		return false
	}
	var buf [11]byte
	switch string(lowerWord(buf[:], key)) {
	case "msg", "message", "body", "text", "texto", "note", "notes", "nota", "comment", "comments", "description",
		"detail", "details", "reason", "summary", "transcript", "utterance", "content", "subject", "mensaje":
		return true
	}
	return false
}

// listBuild reports whether the '(' at b[i] opens an InterSystems IRIS or
// Caché list, as "zwrite" prints a global's node: $lb("SBMC","36873237",...).
func listBuild(b []byte, i int) bool {
	return i >= 3 && b[i-3] == '$' && (b[i-2] == 'l' || b[i-2] == 'L') && (b[i-1] == 'b' || b[i-1] == 'B') ||
		i >= 10 && equalFold(b[i-10:i], "$listbuild")
}

// lastSegmentIs reports whether the last dotted segment of key is w:
// "id_scan.type", "id_scan.number".
func lastSegmentIs(key []byte, w string) bool {
	d := bytes.LastIndexByte(key, '.')
	return d >= 0 && equalFold(key[d+1:], w)
}

// snmpTypes are the types net-snmp prints before a varbind's value.
var snmpTypes = []string{"STRING", "Hex-STRING", "INTEGER", "Gauge32", "Counter32", "Counter64", "Timeticks",
	"IpAddress", "OID", "UInteger32", "Opaque", "BITS"}

// snmpType returns where the value starts after a type's tag at b[i]
// ("STRING: "), or i when there is none.
func snmpType(b []byte, i, to int) int {
	if i >= to || !isUpper(b[i]) {
		return i
	}
	for _, tag := range snmpTypes {
		if n := i + len(tag); n+2 <= to && b[n] == ':' && b[n+1] == ' ' && string(b[i:n]) == tag {
			return n + 2
		}
	}
	return i
}

// rStrType returns where the value starts after the type R's str() prints
// before it, or i.
func rStrType(b []byte, i, to int) int {
	if i >= to || b[i] != 'c' && b[i] != 'n' && b[i] != 'i' && b[i] != 'l' && b[i] != 'D' && b[i] != 'P' {
		return i
	}
	for _, tag := range [...]string{"chr ", "num ", "int ", "logi ", "Date, format: ", "POSIXct, format: "} {
		if n := i + len(tag); n < to && string(b[i:n]) == tag {
			return n
		}
	}
	return i
}

// digitCount returns how many of v's bytes are digits.
func digitCount(v []byte) int {
	n := 0
	for _, c := range v {
		if isDigit(c) {
			n++
		}
	}
	return n
}

// ednPair reads a keyword at b[i:keyEnd] (after its colon), with its
// namespace ("patient/mrn", "address/zip"), and the value after it as
// Clojure prints maps: a string, a tagged literal (#inst "...", #uuid
// "...", #object[java.time.LocalDate 0x1b "1959-11-22"]) or a number. It
// returns where the value ends, or 0 when b[i:] is no such pair.
func (st *state) ednPair(b []byte, i, keyEnd, to int) int {
	ke := keyEnd
	if ke+1 < to && b[ke] == '/' && isLetter(b[ke+1]) {
		ke++
		for ke < to && (class[b[ke]]&cKey != 0 || b[ke] == '-' || b[ke] == '.' || b[ke] == '?' || b[ke] == '!') {
			ke++
		}
	}
	if ke+2 >= to || b[ke] != ' ' {
		return 0
	}
	vs := ke + 1
	switch c := b[vs]; {
	case c == '"' || isDigit(c):
	case c == '#' && vs+3 < to && isLetter(b[vs+1]):
		// A tagged literal: its value is the string after its tag or the
		// first inside its brackets.
		k := vs + 1
		for k < to && isLetter(b[k]) {
			k++
		}
		if k < to && b[k] == ' ' && k+1 < to && b[k+1] == '"' {
			vs = k + 1 // #inst "2010-03-25T00:00:00.000-00:00"
		} else if k < to && b[k] == '[' {
			e := matchBracket(b, k, min(to, k+160))
			if e <= 0 {
				return 0
			}
			q := bytes.IndexByte(b[k:e], '"')
			if q < 0 {
				return e
			}
			vs = k + q // #object[java.time.LocalDate 0xd47db1b "1959-11-22"]
		} else {
			return 0
		}
	default:
		return 0 // a keyword, a map, a list: read on as they come
	}
	kc := st.classifyKey(b[i:ke], keyClass{})
	if kc.cat == 0 && !kc.eventDate() && !kc.person() {
		return 0
	}
	return st.pair(b, i, ke, vs, to)
}

// clientNumber reports whether v is a client's record number: five to
// twelve digits, after up to five capitals and a dash or not
// ("E83544398", "NHIIS5021589", "IIS-06297710"); a lab's client account
// of three ("client_id=920") is a clinic's. Wider than
// prefixedRecordNumber: the key has already said whose.
func clientNumber(v []byte) bool {
	k := 0
	for k < len(v) && k < 5 && isUpper(v[k]) {
		k++
	}
	if k > 0 && k < len(v) && v[k] == '-' {
		k++
	}
	return len(v)-k >= 5 && len(v)-k <= 12 && allDigits(v[k:])
}

// controlNumber reports whether v, seven to twenty letters, digits and
// dashes with six digits or more and a letter, is a patient control
// number ("05516425A07071", "WV0409507"), not a processor's code
// ("MEDDAET", "ASPROD1", "03200000").
func controlNumber(v []byte) bool {
	if len(v) < 7 || len(v) > 20 {
		return false
	}
	digits, letters := 0, 0
	for _, c := range v {
		switch {
		case isDigit(c):
			digits++
		case isAlnum(c):
			letters++
		case c != '-':
			return false
		}
	}
	return digits >= 6 && letters > 0
}

// paddedRecordNumber reports whether v, six to twelve characters, is a
// record number zero-padded, behind a prefix of capitals ("00497216",
// "M27098202") or of eight digits or more, as no process's ID is (Linux's
// pid_max is at most 4194304).
func paddedRecordNumber(v []byte) bool {
	return len(v) >= 6 && len(v) <= 12 && ((v[0] == '0' || len(v) >= 8) && allDigits(v) || prefixedRecordNumber(v))
}

// allAlnum reports whether v is letters and digits only.
func allAlnum(v []byte) bool {
	for _, c := range v {
		if !isAlnum(c) {
			return false
		}
	}
	return true
}

// windowsSID reports whether v is a Windows security identifier:
// "S-1-5-21-3623811015-3361044348-30300820-19957", "S-1-5-18".
func windowsSID(v []byte) bool {
	return len(v) >= 7 && v[0] == 'S' && v[1] == '-' && v[2] == '1' && v[3] == '-' && isDigit(v[4]) && bytes.Count(v, []byte{'-'}) >= 3
}

// slashName returns the end of a traveller's name written as travel
// systems write it (PNR, APIS, a hotel's guest record): the surname at
// b[i:e], a slash, the given name, "ABERNATHY/RUTH", "Chen/Wei"; a title or
// a relation may follow, "TANAKA/KENJI/SPOUSE". It returns 0 unless the
// given name is one the lists know and neither half is an ordinary word
// ("and/or", "Read/Write", "TCP/IP").
func slashName(b []byte, i, e, to int) int {
	k := e + 1
	for k < to && isLetter(b[k]) {
		k++
	}
	sur, given := b[i:e], b[e+1:k]
	if len(sur) < 2 || len(given) < 2 || allUpper(sur) != allUpper(given) {
		return 0
	}
	if k < to && (isDigit(b[k]) || b[k] == '_' || b[k] >= 0x80 || (b[k] == '.' || b[k] == '-') && k+1 < to && isAlnum(b[k+1])) {
		return 0 // "Chen/Wei2", "Core/Services.dll": a path or a name of a thing
	}
	if k < to && b[k] == '/' {
		m := k + 1
		for m < to && isLetter(b[m]) {
			m++
		}
		var buf [16]byte
		if w := lowerWord(buf[:], b[k+1:m]); !relatives[string(w)] && !travelTitles[string(w)] && !travelRelations[string(w)] {
			return 0
		}
	}
	var sbuf, gbuf [16]byte
	ls, lg := lowerWord(sbuf[:], sur), lowerWord(gbuf[:], given)
	if tzRegions[string(ls)] || keywords[string(ls)] != 0 || keywords[string(lg)] != 0 {
		return 0 // "America/Denver": a time zone; "DL/DEA": keywords
	}
	g, _ := lookupName(given)
	s, _ := lookupName(sur)
	if g.First == 0 && allUpper(given) && i > 0 && isDigit(b[i-1]) {
		if n := gluedTravelTitle(given); n > 0 {
			// "1WOJCIK/AGNIESZKAMS", "1SMITH/JOHNMR": Type B messages glue
			// the title to the given name after the party's count; it
			// vouches for the name (IBM i's "FILE(PRDLIB/PATMSTR)" has no count).
			if s.Common || s.First > 0 && s.Last == 0 || names.Word(sur) {
				return 0
			}
			return e + 1 + n
		}
	}
	if travelTitleAt(b, k, to) {
		return k // a title after it vouches for the name, words and names the lists lack: "SMITH/JOHN MR", "WOJCIK/AGNIESZKA MRS"
	}
	if g.First == 0 || g.Common || s.Common || s.First > 0 && s.Last == 0 || names.Word(sur) || names.Word(given) {
		return 0
	}
	return k
}

// travelName reports whether v is a whole traveller's name as travel
// systems write it, a title after it or none: "KOWALCZYK/FAITH MS" (a
// hotel's guest, a passenger; see slashName).
func travelName(v []byte) bool {
	sl := bytes.IndexByte(v, '/')
	if sl < 2 || sl+1 >= len(v) || !isUpper(v[0]) || !isUpper(v[sl+1]) {
		return false // "redaction/phi": a path's
	}
	k := slashName(v, 0, sl, len(v))
	return k == len(v) || k > 0 && travelTitleAt(v, k, len(v)) && bytes.IndexByte(v[k+1:], ' ') < 0
}

// gluedTravelTitle returns the length of the given name in g when a
// passenger's title is glued to its end ("AGNIESZKAMS", "JOHNMR"), or 0.
func gluedTravelTitle(g []byte) int {
	for _, t := range [...]string{"MSTR", "MISS", "MRS", "MR", "MS"} {
		if n := len(g) - len(t); n >= 3 && string(g[n:]) == t {
			return n
		}
	}
	return 0
}

// travelTitleAt reports whether a passenger's title follows at b[k]: " MRS", "/MR".
func travelTitleAt(b []byte, k, to int) bool {
	if k+2 >= to || b[k] != ' ' && b[k] != '/' {
		return false
	}
	m := k + 1
	for m < to && m-k <= 5 && isUpper(b[m]) {
		m++
	}
	var buf [8]byte
	return m-k >= 3 && (m == to || !isAlnum(b[m])) && travelTitles[string(lowerWord(buf[:], b[k+1:m]))]
}

// travelTitles and travelRelations follow a traveller's name in a
// passenger record: "SMITH/JOHN/MR", "TANAKA/KENJI/SPOUSE".
var (
	travelTitles    = words("mr", "mrs", "ms", "miss", "mstr", "dr", "chd", "inf")
	travelRelations = words("sibling", "cousin", "friend", "parent", "child", "partner", "companion", "guardian", "other")
	tzRegions       = words("africa", "america", "antarctica", "arctic", "asia", "atlantic", "australia", "europe", "indian", "pacific",
		"etc", "us", "canada", "brazil", "chile", "mexico")
)

// patientsID reports whether "ID" at b[i] names a patient's number: a
// patient's name ends just before it, or a word for the patient comes
// within three words ("Duplicate patient detected: ID", German "Pat.-ID").
func (st *state) patientsID(b []byte, i int) bool {
	if b[i] != 'I' {
		return false // "Patient - id: 82452", "#<Patient id: 55380": a program's own record
	}
	if st.lastName <= i && st.lastName >= i-32 && !hasLetter(b[st.lastName:i]) {
		return true // not "(ADEYEMI^FOLAKE^F). Control ID"
	}
	if i >= 5 && b[i-1] == '-' && hasSuffixFold(b[:i-1], "pat.") {
		return true
	}
	var buf [16]byte
	k := i
	for range 3 {
		w, ws := wordBefore(buf[:], b, 0, k, " :-.", 3)
		if w == nil {
			return false
		}
		if string(w) == "patient" || string(w) == "pt" || string(w) == "pat" || string(w) == "paciente" {
			return true // not "member ID": a plan's number
		}
		k = ws
	}
	return false
}

// templateVector emits, under a biometric key, a template written as a
// list of numbers at b[s] ("[0.1959,-0.1447,...]": a face's or a voice's
// embedding) and returns its end, or 0.
func (st *state) templateVector(kc keyClass, b []byte, s, to int) int {
	if s >= to || b[s] != '[' {
		return 0
	}
	end := numberVector(b, s, to)
	if end > 0 {
		st.emit(s, end, Biometric, "key", kc.conf, true)
	}
	return end
}

// numberVector returns the end of a list of five numbers or more in
// brackets at b[i], as a matcher logs a template ("[0.1959,-0.1447,
// ...]", an elision allowed), or 0.
func numberVector(b []byte, i, to int) int {
	n := 0
	for k := i + 1; k < to; {
		for k < to && (b[k] == ' ' || b[k] == ',') {
			k++
		}
		switch {
		case k >= to:
			return 0
		case b[k] == ']':
			if n < 5 {
				return 0
			}
			return k + 1
		case b[k] == '.' || bytes.HasPrefix(b[k:to], []byte("…")):
			for k < to && (b[k] == '.' || b[k] >= 0x80) {
				k++ // "...", "…": the rest left out
			}
			continue
		}
		s := k
		if b[k] == '-' {
			k++
		}
		for k < to && (isDigit(b[k]) || b[k] == '.' || b[k] == 'e' || b[k] == 'E' || b[k] == '-' && k > s+1 && (b[k-1] == 'e' || b[k-1] == 'E')) {
			k++
		}
		if !decimalNumber(bytes.TrimPrefix(b[s:k], []byte("-"))) && !(k > s && isDigit(b[k-1])) {
			return 0
		}
		n++
	}
	return 0
}

// decimalNumber reports whether v is a number with a decimal point and
// digits on both sides: "0.62", "12.5".
func decimalNumber(v []byte) bool {
	dot := bytes.IndexByte(v, '.')
	return dot > 0 && dot < len(v)-1 && allDigits(v[:dot]) && allDigits(v[dot+1:])
}

// calendarUID reports whether an address-shaped value at b[s] is an
// event's unique ID, as iCalendar writes it ("UID:ptbc-appt-81887@palmettotide.org")
// and Google Calendar keys it ("iCalUID"): no one's mailbox. (A token's
// "uid" may well be its user's address.)
func (st *state) calendarUID(b []byte, from, s int) bool {
	if s-from >= 4 && string(b[s-4:s]) == "UID:" {
		return true
	}
	f := st.field
	if k := bytes.LastIndexByte(f, '.'); k >= 0 {
		f = f[k+1:]
	}
	return equalFold(f, "icaluid")
}

// staffIntroEnd returns the end of "<Name> from <Organisation>" at b[k], as
// a practice's staff open a message ("this is Mirlande from Palmetto
// Tide"), or 0: one to three capitalised words, " from ", and one to four
// more.
func staffIntroEnd(b []byte, k, to int) int {
	capitalised := func(k, most int) (int, int) {
		n := 0
		for n < most && k < to && isUpper(b[k]) {
			e := k + 1
			for e < to && (isLetter(b[e]) || b[e] >= 0x80 || b[e] == '-' || b[e] == '\'') {
				e++
			}
			n++
			k = e
			if k+1 < to && b[k] == ' ' && isUpper(b[k+1]) && !(k+5 < to && string(b[k:k+6]) == " from ") {
				k++
				continue
			}
			break
		}
		return k, n
	}
	e, n := capitalised(k, 3)
	if n == 0 || e+7 > to || string(b[e:e+6]) != " from " || !isUpper(b[e+6]) {
		return 0
	}
	end, m := capitalised(e+6, 4)
	first := e + 6
	for first < end && isLetter(b[first]) {
		first++
	}
	if m < 2 || inSet(placePrefixes, b[e+6:first]) {
		return 0 // "this is Ana Ruiz from Tucson", "... from San Antonio": where she writes from
	}
	return end
}

// ivrStep reads v, an IVR step's name, as a verb ("Collect", "Get",
// "Enter", "Ask", "Capture", "Verify", "Confirm") and the field it asks
// for ("CollectDOB", "VerifyDOB"); the field's class then names the value
// that follows, up to ve. It reports whether v was such a step.
func (st *state) ivrStep(v []byte, ve int) bool {
	for _, verb := range [...]string{"Collect", "Get", "Enter", "Ask", "Capture", "Verify", "Confirm"} {
		if len(v) > len(verb)+1 && string(v[:len(verb)]) == verb && isUpper(v[len(verb)]) {
			if kc := st.classifyKey(v[len(verb):], keyClass{}); kc.cat != 0 {
				st.namedKC, st.namedEnd = kc, ve
			}
			return true
		}
	}
	return false
}

// introWord reports whether w, a keyword, is a relative's, a patient's or a
// caller's word, which a name typed after it may follow: "sister",
// "patient", "caller".
func introWord(buf, w []byte) bool {
	lw := lowerWord(buf, w)
	return relatives[string(lw)] || callerWords[string(lw)] || patientWord(w)
}
