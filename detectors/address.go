package detectors

import (
	"bytes"
	"strings"
)

// streetSuffixes are USPS street suffixes (Publication 28, appendix C1) and
// their common abbreviations, in lower case.
var streetSuffixes = words("alley", "aly", "annex", "anx", "arcade", "arc", "avenue", "ave", "av", "bayou", "byu",
	"beach", "bch", "bend", "bnd", "bluff", "blf", "bluffs", "bottom", "btm", "boulevard", "blvd", "branch", "br",
	"bridge", "brg", "brook", "brk", "brooks", "burg", "burgs", "bypass", "byp", "camp", "cp", "canyon", "cyn",
	"cape", "cpe", "causeway", "cswy", "center", "ctr", "centre", "centers", "circle", "cir", "circles", "cliff",
	"clf", "cliffs", "clfs", "club", "clb", "common", "commons", "corner", "cor", "corners", "cors", "course", "crse",
	"court", "ct", "courts", "cts", "cove", "cv", "coves", "creek", "crk", "crescent", "cres", "parade", "pde", "esplanade", "crest", "crst",
	"crossing", "xing", "crossroad", "xrd", "curve", "curv", "dale", "dl", "dam", "dm", "divide", "dv", "drive", "dr",
	"drives", "drs", "estate", "est", "estates", "ests", "expressway", "expy", "extension", "ext", "extensions",
	"fall", "falls", "fls", "ferry", "fry", "field", "fld", "fields", "flds", "flat", "flt", "flats", "flts", "ford",
	"frd", "fords", "forest", "frst", "forge", "frg", "forges", "fork", "frk", "forks", "frks", "fort", "ft",
	"freeway", "fwy", "garden", "gdn", "gardens", "gdns", "gateway", "gtwy", "glen", "gln", "glens", "green", "grn",
	"greens", "grove", "grv", "groves", "harbor", "hbr", "harbors", "hbrs", "haven", "hvn", "heights", "hts",
	"highway", "hwy", "hill", "hl", "hills", "hls", "hollow", "holw", "inlet", "inlt", "island", "is", "islands",
	"iss", "isle", "junction", "jct", "junctions", "key", "ky", "keys", "knoll", "knl", "knolls", "lake", "lk",
	"lakes", "lks", "land", "landing", "lndg", "lane", "ln", "light", "lgt", "lights", "loaf", "lf", "lock", "lck",
	"locks", "lodge", "ldg", "loop", "mall", "manor", "mnr", "manors", "meadow", "mdw", "meadows", "mdws", "mews",
	"mill", "ml", "mills", "mission", "msn", "motorway", "mtwy", "mount", "mt", "mountain", "mtn", "mountains",
	"neck", "nck", "orchard", "orch", "oval", "overpass", "opas", "park", "pk", "parks", "parkway", "pkwy",
	"parkways", "pass", "passage", "psge", "path", "pike", "pine", "pines", "pnes", "place", "pl", "plain", "pln",
	"plains", "plns", "plaza", "plz", "point", "pt", "points", "pts", "port", "prt", "ports", "prairie", "pr",
	"radial", "radl", "ramp", "ranch", "rnch", "rapid", "rpd", "rapids", "rpds", "rest", "rst", "ridge", "rdg",
	"ridges", "rdgs", "river", "riv", "road", "rd", "roads", "rds", "route", "rte", "row", "rue", "run", "shoal",
	"shl", "shoals", "shore", "shr", "shores", "shrs", "skyway", "skwy", "spring", "spg", "springs", "spgs", "spur",
	"square", "sq", "squares", "station", "sta", "stravenue", "stra", "stream", "strm", "street", "st", "streets",
	"sts", "summit", "smt", "terrace", "ter", "throughway", "trwy", "trace", "trce", "track", "trak", "trafficway",
	"trfy", "trail", "trl", "trailer", "trlr", "tunnel", "tunl", "turnpike", "tpke", "underpass", "upas", "union",
	"un", "unions", "valley", "vly", "valleys", "viaduct", "via", "view", "vw", "views", "village", "vlg", "villages",
	"ville", "vl", "vista", "vis", "walk", "walks", "wall", "way", "wy", "ways", "well", "wl", "wells", "wls")

var directions = words("n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west",
	"northeast", "northwest", "southeast", "southwest")

var unitWords = words("apt", "apartment", "suite", "ste", "unit", "fl", "floor", "rm", "room", "bldg", "building",
	"lot", "spc", "space", "trlr", "dept", "po", "box", "apto", "apartamento", "depto", "piso")

// lowerWord copies a short word into buf in lower case.
func lowerWord(buf []byte, w []byte) []byte {
	if len(w) > len(buf) {
		return nil
	}
	for i, c := range w {
		buf[i] = lower(c)
	}
	return buf[:len(w)]
}

// lowerWordBefore returns, lower-cased into buf, the whole word of letters
// that ends at b[e] and starts at or after from, and where it starts; nil
// when there is none or it is longer than buf. The "word before" tests of
// context ("Dr.", "for", "token", "Tuesday,", "version:") all start here.
func lowerWordBefore(buf, b []byte, from, e int) ([]byte, int) {
	s := e
	for s > from && isLetter(b[s-1]) {
		s--
		if e-s > len(buf) {
			return nil, e
		}
	}
	if s == e {
		return nil, e
	}
	return lowerWord(buf, b[s:e]), s
}

// wordBefore is lowerWordBefore after skipping back over at most max
// bytes of seps, which join a word to what follows it: "Dr. ",
// "employer: ", "version=\"".
func wordBefore(buf, b []byte, from, e int, seps string, max int) ([]byte, int) {
	k := e
	for k > from && e-k < max && strings.IndexByte(seps, b[k-1]) >= 0 {
		k--
	}
	return lowerWordBefore(buf, b, from, k)
}

func inSet(set wordSet, w []byte) bool {
	var buf [16]byte
	lw := lowerWord(buf[:], w)
	return lw != nil && set[string(lw)]
}

// address matches a street address whose house number is b[s:e]:
// "1536 Hyatt Ridge Suite 972", "69859 N Water Street", "12 5th Ave, Apt 4B",
// then ", City, ST 12345" after it. It returns the end of what it matched.
func (st *state) address(b []byte, s, e, to int) (int, bool) {
	k := e
	if k+2 < to && b[k] == ',' && b[k+1] == ' ' && frenchStreetKindAt(b, k+2, to) {
		k++ // "6404, rue Beaubien", as Québec writes it
	}
	if k >= to || b[k] != ' ' {
		return 0, false
	}
	k++
	suffixEnd, lastWord := -1, -1
	prefixed, named := false, 0 // "Avenida Cervantes", "Calle del Sol": the street's type before its name
	// After "moved to", "address:" a street may be typed in lower case:
	// "7162 magnolia pl #14". Elsewhere "5 court cases" is no street.
	typed := st.streetTyped(b, s)
	for words := 0; words < 6 && k < to; words++ {
		ws := k
		for hops := 0; hops < 2 && prefixed && words >= 1 && k+1 < to && isLower(b[k]); hops++ {
			// "Calle del Sol", "rue de la Paix": particles inside the name.
			n := k
			for n < to && isLower(b[n]) {
				n++
			}
			if n-k > 3 || n+1 >= to || b[n] != ' ' || !nameParticles[string(b[k:n])] {
				break
			}
			k = n + 1
			ws = k
		}
		french := words == 0 && isLower(b[k]) && frenchStreetKindAt(b, k, to)
		if !isUpper(b[k]) && !isDigit(b[k]) && !upperAt(b, k, to) && !(isLower(b[k]) && typed) && !french {
			break
		}
		if prefixed && named > 0 && cityStateZipAt(b, k, to) {
			break // "2906 W CALLE DEL SOL MARANA AZ 85653": the city, not the street's name
		}
		for k < to && (isAlnum(b[k]) || b[k] >= 0x80 || (b[k] == '\'' || b[k] == '-') && k+1 < to && isAlnum(b[k+1])) {
			k++ // "O'Neil St", "Winston-Salem", "PONCE DE LEÓN CIR"; not the quote that closes "'267 E MISSION PKWY'"
		}
		w := b[ws:k]
		if isDigit(w[0]) && !ordinal(w) {
			break
		}
		if typed && isLower(w[0]) && inSet(streetStopWords, w) {
			break // "see you at 5 pm on main st": words no street's name holds
		}
		if k+1 < to && b[k] == '.' && isLetter(b[k+1]) {
			break // "8214 I CT.Auth:": a logcat tag after its process and level, no street's abbreviation
		}
		if words == 0 && len(w) >= 3 && inSet(numberedRoads, w) && !equalFold(w, "road") {
			if e := roadNumber(b, k, to); e > k {
				suffixEnd = e // "4075 HWY 491", "12 Route 9": the road is its number
				break
			}
		}
		if words > 0 && inSet(streetSuffixes, w) && !(prefixed && named > 0 && k+1 < to && b[k] == ' ' && isUpper(b[k+1]) && !inSet(unitWords, nextWord(b, k+1, to))) {
			suffixEnd = k
			if k < to && b[k] == '.' {
				suffixEnd = k + 1
			}
			if inSet(numberedRoads, w) {
				suffixEnd = roadNumber(b, suffixEnd, to) // "7131 Old Hwy 66", "12 County Road 45"
			}
			// A suffix may itself be part of the name ("Park Avenue",
			// "Prairie Wind Way", "Lake Shore Drive"): the street goes on
			// to a suffix one or two words further.
			if words < 4 && suffixSoon(b, k, to) {
				k++
				continue
			}
			break
		}
		if (words == 0 || words == 1 && lastWord < 0) && inSet(streetPrefixes, w) || french {
			prefixed = true // "Calle del Sol", "N Calle Ojo Feliz", "32 boulevard Pasteur"
		}
		if words > 0 || !inSet(directions, w) {
			lastWord = k
		}
		if prefixed && words >= 1 && inSet(unitWords, w) {
			lastWord = ws - 1 // "Avenida Cervantes Apt 1203": the unit follows the name
			break
		}
		if prefixed && words >= 1 {
			named++
		}
		if words == 0 && inSet(directions, w) {
			if k < to && b[k] == '.' {
				k++
			}
		}
		if k >= to || b[k] != ' ' {
			break
		}
		k++
	}
	if suffixEnd < 0 && prefixed && named > 0 {
		suffixEnd = lastWord // "1140 Avenida Cervantes", "2043 Calle del Sol"
	}
	if suffixEnd < 0 {
		// No suffix ("65964 N Main"): an address only if a city and state follow.
		if lastWord < 0 || !cityStateFollows(b, lastWord, to) {
			return 0, false
		}
		suffixEnd = lastWord
	}
	suffixEnd = postDirection(b, suffixEnd, to)
	end := st.unitAfter(b, suffixEnd, to)
	if end > suffixEnd {
		end = st.unitAfter(b, end, to) // "Bldg 2 Apt 14": a building, then a unit in it
	}
	conf := Medium
	if st.near(Address, s, ctxWindow) {
		conf = High
	}
	org := st.orgText
	// "Good Samaritan Health System, 1010 N Stanton St, El Paso", "Call
	// (844) 926-7325 or visit 2700 Ridgeview Ave": the organisation's.
	st.orgText = org || orgNameBefore(b, s) || outreachBefore(b, s) || orVisitAfterCall(b, s)
	st.emit(s, end, Address, "street_address", conf, false)
	e2 := st.cityStateFields(b, end, to)
	if e2 == end {
		e2 = st.cityAfter(b, end, to)
	}
	if e2 == end {
		e2 = st.postcodeTownAfter(b, end, to, false) // "..., 13006 Marseille"
	}
	st.orgText = org
	return e2, true
}

// frenchStreetKinds open streets' names in French, in lower case: "rue
// de la Paix", "boulevard Pasteur", "chemin du Moulin".
var frenchStreetKinds = words("rue", "avenue", "boulevard", "bd", "chemin", "allée", "impasse", "place", "quai", "route", "cours")

// frenchStreetKindAt reports whether one of frenchStreetKinds, then a
// space and a capital or a particle, starts at b[k].
func frenchStreetKindAt(b []byte, k, to int) bool {
	n := k
	for n < to && (isLower(b[n]) || b[n] >= 0x80) && n-k < 10 {
		n++
	}
	return n > k && n+1 < to && b[n] == ' ' && (isUpper(b[n+1]) || isLower(b[n+1])) && inSet(frenchStreetKinds, b[k:n])
}

// numberedRoads are the street types a road's number may follow.
var numberedRoads = words("hwy", "highway", "route", "rte", "road", "rd", "interstate", "pike")

// roadNumber returns the end of a road's number after its type ending at
// b[e] ("Hwy 66", "Route 9A"), or e if none follows.
func roadNumber(b []byte, e, to int) int {
	if e+1 >= to || b[e] != ' ' || !isDigit(b[e+1]) {
		return e
	}
	k := e + 1
	for k < to && k-e <= 4 && isDigit(b[k]) {
		k++
	}
	if k < to && isUpper(b[k]) && (k+1 == to || !isAlnum(b[k+1])) {
		k++
	}
	if k-e > 5 || k < to && isAlnum(b[k]) || k+1 < to && (b[k] == '-' || b[k] == '/' || b[k] == ':' || b[k] == '.') && isDigit(b[k+1]) {
		return e // "Main Rd 97223": a ZIP; "Rd 2024-01-01": a date
	}
	return k
}

// orgNameBefore reports whether an organisation's name ends just before
// the street at b[s], as letterheads and directories print its address:
// "DocuVault Imaging Corp (88 Industrial Way", "Appeals Dept, 1 Keystone
// Plaza". An employer's address is its employee's PHI, and stays.
func orgNameBefore(b []byte, s int) bool {
	var buf [16]byte
	w, ws := wordBefore(buf[:], b, 0, s, " ,.|(:-\"", 4) // "Interpreting Inc., 75 Federal St"
	if w == nil || !orgWords[string(w)] && !orgSuffixes[string(w)] {
		return false
	}
	return !employerBefore(b, ws) && !employerNear(b, ws)
}

// orVisitAfterCall reports whether the street at b[s] follows "or visit"
// after an invitation to call: "Call 312-926-4000 or visit 1801 S Ashland Ave".
func orVisitAfterCall(b []byte, s int) bool {
	k := s - len("or visit ")
	if k < 0 || !equalFold(b[k:s], "or visit ") {
		return false
	}
	return indexFold(b[max(0, k-32):k], "call") >= 0
}

// orgSuffixes end organisations' names beside orgWords: departments,
// suppliers, insurers.
var orgSuffixes = words("dept", "department", "supply", "supplies", "mutual", "insurance", "co", "agency", "bank",
	"office", "offices", "pharmacies", "distributors", "wholesale", "lab", "consultants", "assoc", "unit")

// employerNear reports whether "employer" is among the few words before
// b[i]: "employer: Acme Medical Group, 12 Main St" is the patient's.
func employerNear(b []byte, i int) bool {
	from := max(0, i-48)
	return indexFold(b[from:i], "employer") >= 0 || indexFold(b[from:i], "works at") >= 0
}

// streetTyped reports whether a street at b[s] follows its keyword at
// once ("moved to", "address is", "addr:"), where people type it in lower
// case.
func (st *state) streetTyped(b []byte, s int) bool {
	if !st.near(Address, s, 32) {
		return false
	}
	var buf [12]byte
	w, _ := wordBefore(buf[:], b, 0, s, " :", 3)
	if st.near(Address, s, 12) && (string(w) == "is" || keywords[string(w)].Has(Address)) {
		return true
	}
	return string(w) == "to" || string(w) == "at" // "moved in w my sister at 7068 w cermak rd apt 12c"
}

// streetStopWords end a street typed in lower case: a time's, a
// sentence's words.
var streetStopWords = words("am", "pm", "on", "in", "at", "to", "the", "and", "of", "for", "or", "by", "with", "from", "is", "are")

// leadingStreetTypes are the street types of Spanish, Portuguese and
// Puerto Rican addresses, written first, their number after the name:
// "Calle Flamboyán #771", "Rua Marechal Floriano, 1654", "Ave. Fernández
// Juncos 570 Apt 3B", "Res. Brisas del Mar Edif. 2 Apt 287".
var leadingStreetTypes = words("calle", "avenida", "ave", "av", "rua", "carretera", "carr", "camino", "paseo", "urb",
	"urbanizacion", "res", "residencial", "cond", "condominio", "bo", "barrio", "travessa", "alameda")

// leadingStreetFilter[len] has bit c-'a' set when a leading street type
// of that length starts with c: most capitalised words need no lookup.
var leadingStreetFilter = func() (f [13]uint32) {
	for w := range leadingStreetTypes {
		f[len(w)] |= 1 << (w[0] - 'a')
	}
	return f
}()

// leadingStreet reads a street whose type is the word at b[i:e] and whose
// number follows its name: one to five capitalised words (and particles),
// then a number ("#771", ", 1654", " 570") or a building's unit ("Edif. 2",
// "Apt 1402"), then the unit and the town. It returns the end, or 0.
func (st *state) leadingStreet(b []byte, i, e, to int) int {
	k := e
	if k < to && b[k] == '.' {
		k++
	}
	named := 0
	for named < 5 && k+1 < to && b[k] == ' ' {
		ws := k + 1
		n := ws
		for n < to && (isLetter(b[n]) || b[n] >= 0x80 || b[n] == '\'' || b[n] == '-') {
			n++
		}
		w := b[ws:n]
		if len(w) == 0 || inSet(unitWords, w) || inSet(buildingWords, w) {
			break
		}
		if !upperAt(b, ws, to) && !nameParticles[string(w)] {
			break
		}
		k = n
		if upperAt(b, ws, to) {
			named++
		}
		if k < to && b[k] == '.' && k-ws <= 4 {
			k++ // "Ave. Sta. María"
		}
	}
	if named == 0 {
		return 0
	}
	// The number: "#771", " 570", ", 1654"; or a building and its unit.
	n := k
	if n+1 < to && b[n] == ',' && b[n+1] == ' ' {
		n++
	}
	if n+1 < to && b[n] == ' ' {
		n++
	}
	if n < to && b[n] == '#' {
		n++
	}
	// Without a '#', a unit or a town after it, a name and a number are
	// too little: "Ave Maria 12 times", "Bo Jackson 34".
	strong := n > k && b[n-1] == '#' || k < to && b[k] == ','
	ds := n
	for n < to && (isDigit(b[n]) || n > ds && (isUpper(b[n]) || b[n] == '-')) && n-ds < 8 {
		n++
	}
	end := 0
	switch {
	case n > ds && isDigit(b[ds]) && (n == to || !isLetter(b[n])):
		end = n
	default:
		if u := st.unitAfter(b, k, to); u > k {
			end = u // "Cond. Torres del Parque Apt 1402"
		} else if bw := buildingAfter(b, k, to); bw > k {
			end = bw
		} else {
			return 0
		}
		strong = true
	}
	for {
		if u := st.unitAfter(b, end, to); u > end {
			end = u // ", apto 719", " Apt 3B"
		} else if bw := buildingAfter(b, end, to); bw > end {
			end = bw
		} else {
			break
		}
		strong = true
	}
	if !strong && !(end+2 < to && b[end] == ',' && b[end+1] == ' ' && stateOrZIPAfterCity(b, end+2, to)) {
		return 0
	}
	conf := Medium
	if st.near(Address, i, ctxWindow) {
		conf = High
	}
	st.emit(i, end, Address, "street_address", conf, false)
	return st.cityAfter(b, end, to)
}

// buildingWords name a building of a housing complex before its number.
var buildingWords = words("edif", "edificio", "bloque", "torre", "bldg", "building")

// buildingAfter reads " Edif. 2" after b[e] and returns its end, or e.
func buildingAfter(b []byte, e, to int) int {
	k := e
	if k+1 >= to || b[k] != ' ' {
		return e
	}
	ws := k + 1
	n := ws
	for n < to && isLetter(b[n]) {
		n++
	}
	if !inSet(buildingWords, b[ws:n]) {
		return e
	}
	if n < to && b[n] == '.' {
		n++
	}
	if n+1 >= to || b[n] != ' ' || !isAlnum(b[n+1]) {
		return e
	}
	n++
	ds := n
	for n < to && isAlnum(b[n]) && n-ds < 6 {
		n++
	}
	return n
}

// postDirection extends a street that ends at b[e] over a direction
// written after its suffix: "1600 Pennsylvania Ave NW", "12 Oak St S.".
func postDirection(b []byte, e, to int) int {
	k := e + 1
	if k >= to || b[e] != ' ' || !isUpper(b[k]) {
		return e
	}
	n := k
	for n < to && n-k < 2 && isUpper(b[n]) {
		n++
	}
	if !inSet(directions, b[k:n]) || n < to && isLetter(b[n]) {
		return e
	}
	if n < to && b[n] == '.' {
		n++
	}
	if n == to || b[n] == ',' || b[n] == ' ' && n+1 < to && (isDigit(b[n+1]) || b[n+1] == '#') || b[n] == ';' || b[n] == '"' || b[n] == ')' {
		return n
	}
	if b[n] == ' ' && n+1 < to && isUpper(b[n+1]) {
		w := n + 1 // "302 Juniper St SW Lot 41": a unit after the direction
		for w < to && isLetter(b[w]) {
			w++
		}
		if inSet(unitWords, b[n+1:w]) {
			return n
		}
	}
	return e
}

// streetPrefixes are street types written before the street's name, in
// the Spanish, Portuguese, Italian and French names of US streets too.
var streetPrefixes = words("avenida", "calle", "camino", "paseo", "rua", "via", "rue", "carretera", "calzada", "strada")

// unitWord reports whether w designates a unit of a building in an
// address: "Apt", "Suite", "Ste", "Unit".
func unitWord(w []byte) bool {
	var buf [9]byte
	switch string(lowerWord(buf[:], w)) {
	case "apt", "apartment", "ste", "suite", "unit":
		return true
	}
	return false
}

// quotedUnit reads the rest of a quoted value that is a unit alone, after
// its word at b[i:e] ("Apt" of 'Apt 4B', "Suite" of "Suite #110"). It
// returns the end of the unit's number, or 0.
func quotedUnit(b []byte, i, e, to int) int {
	k := e + 1
	if k < to && b[k] == '#' {
		k++
	}
	s, digit := k, false
	for k < to && k-s < 6 && (isAlnum(b[k]) || b[k] == '-') {
		digit = digit || isDigit(b[k])
		k++
	}
	if k == s || !digit || k >= len(b) || b[k] != b[i-1] {
		return 0 // the value is the unit alone, up to its closing quote (which may lie past to)
	}
	return k
}

// suffixSoon reports whether one of the next two words after b[k] is a
// street suffix, with only capitalised words before it and no unit word.
func suffixSoon(b []byte, k, to int) bool {
	for words := 0; words < 2; words++ {
		if k+1 >= to || b[k] != ' ' || !isUpper(b[k+1]) {
			return false
		}
		n := k + 1
		for n < to && isLetter(b[n]) {
			n++
		}
		w := b[k+1 : n]
		if inSet(unitWords, w) || inSet(directions, w) {
			return false
		}
		if inSet(streetSuffixes, w) {
			return true
		}
		k = n
	}
	return false
}

// fieldSep reads, at b[k], what separates two fields of a delimited row:
// an optional closing quote, one of , | ; or a tab, and an opening quote
// if the field before had one. It returns where the next field's text
// starts and the separator, or k and 0.
func fieldSep(b []byte, k, to int) (int, byte) {
	quoted := k < to && b[k] == '"'
	if quoted {
		k++
	}
	if k >= to || !rowSep(b[k]) {
		return k, 0
	}
	sep := b[k]
	k++
	if quoted {
		if k >= to || b[k] != '"' {
			return k, 0
		}
		k++
	}
	return k, sep
}

// rowSep reports whether c separates the fields of a delimited row.
func rowSep(c byte) bool { return c == ',' || c == '|' || c == ';' || c == '\t' }

// cityStateFields reads the city, state and ZIP fields that follow a
// street address in a delimited row: the city's capitalised words, then
// a state (its code or name) and a ZIP in either order, one of them at
// least ("...","79511 North Meetinghouse Ln","Hyannis","TX","65168";
// "6194 Alvarado Street #26;Tacoma;99779;TX"). It returns their end, or e.
func (st *state) cityStateFields(b []byte, e, to int) int {
	cs, sep := fieldSep(b, e, to)
	if sep == 0 || cs >= to || !isUpper(b[cs]) {
		return e
	}
	if ue := unitField(b, cs, to); ue > cs {
		// "3491 N PECAN WAY|APT 4B|KANKAKEE|IL|60917": the unit's own field.
		if end := st.cityStateFields(b, ue, to); end > ue {
			st.emit(cs, ue, Address, "street_address", Medium, false)
			return end
		}
		return e
	}
	ce := cs
	for ce < to && (isLetter(b[ce]) || b[ce] >= 0x80 || b[ce] == '-' || b[ce] == '.' || b[ce] == '\'' ||
		b[ce] == ' ' && ce+1 < to && isLetter(b[ce+1])) && ce-cs < 40 {
		ce++
	}
	cityless := stateField(b, cs, to) == ce // "16874 BAYOU BLVD|GA|30034"
	end, state, zip := ce, cityless, false
	for range 2 {
		fs, sep2 := fieldSep(b, end, to)
		if sep2 != sep {
			break
		}
		if fe := stateField(b, fs, to); !state && fe > fs {
			state, end = true, fe
			continue
		}
		if ze := zipField(b, fs, to); !zip && ze > fs {
			st.emit(fs, ze, ZIP, "zip", Medium, false)
			zip, end = true, ze
			continue
		}
		break
	}
	if !zip && (cityless || !state) {
		return e
	}
	if !cityless {
		st.emit(cs, ce, Address, "city", Medium, false)
	}
	if fs, sep2 := fieldSep(b, end, to); zip && sep2 == sep {
		// "...|IL|60917|7087977629|": the same person's phone, next in the row.
		pe := fs
		for pe < to && isDigit(b[pe]) {
			pe++
		}
		if pe-fs == 10 && validNANP(b[fs:pe]) && (pe == to || rowSep(b[pe]) || b[pe] == '"') {
			st.emit(fs, pe, Phone, "phone", Medium, false)
			end = pe
		}
	}
	return end
}

// unitField returns the end of a unit that fills the field at b[s:] ("APT
// 4B", "Unit 305", "#12"), or s.
func unitField(b []byte, s, to int) int {
	k := s
	if k < to && b[k] == '#' {
		k++
	} else {
		for k < to && isLetter(b[k]) {
			k++
		}
		if k == s || !inSet(unitWords, b[s:k]) || k+1 >= to || b[k] != ' ' {
			return s
		}
		k++
	}
	vs := k
	for k < to && (isAlnum(b[k]) || b[k] == '-') {
		k++
	}
	if k == vs || !hasDigit(b[vs:k]) && k-vs > 2 || k < to && !rowSep(b[k]) && b[k] != '"' {
		return s
	}
	return k
}

// stateField returns the end of a state's code or name that fills the
// field at b[s:], or s.
func stateField(b []byte, s, to int) int {
	if s+2 <= to && (stateAbbrevs[string(b[s:s+2])] || provinces[string(b[s:s+2])]) && (s+2 == to || !isAlnum(b[s+2])) {
		return s + 2
	}
	k := s
	for k < to && (isLetter(b[k]) || b[k] == ' ' && k+1 < to && isUpper(b[k+1])) && k-s < 16 {
		k++
	}
	if k > s && (k == to || !isAlnum(b[k])) && stateNamed(b[s:k]) {
		return k
	}
	return s
}

// stateNamed reports whether w is a state's name, in any case.
func stateNamed(w []byte) bool {
	var buf [16]byte
	lw := lowerWord(buf[:], w)
	return lw != nil && stateNames[string(lw)]
}

// zipField returns the end of a ZIP or ZIP+4 that fills the field at
// b[s:], or s.
func zipField(b []byte, s, to int) int {
	if s+6 <= to && isUpper(b[s]) {
		// Canada's "V5H1J6", "V5H 1J6".
		if e := s + 7; e <= to && canadianPostcode(b[s:e]) && (e == to || !isAlnum(b[e])) {
			return e
		}
		if e := s + 6; postcodeShape(b[s:e]) && (e == to || !isAlnum(b[e])) {
			return e
		}
		return s
	}
	ze := s
	for ze < to && isDigit(b[ze]) {
		ze++
	}
	if ze-s == 5 && ze+5 <= to && b[ze] == '-' && allDigits(b[ze+1:ze+5]) {
		ze += 5
	}
	if (ze-s == 5 || ze-s == 10) && (ze == to || !isAlnum(b[ze])) {
		return ze
	}
	return s
}

// ordinal reports whether w is an ordinal number in digits: "5th", "22nd".
func ordinal(w []byte) bool {
	n := len(w)
	return n >= 3 && isDigit(w[0]) && (equalFold(w[n-2:], "st") || equalFold(w[n-2:], "nd") ||
		equalFold(w[n-2:], "rd") || equalFold(w[n-2:], "th"))
}

// unitAfter extends an address over a unit: " Apt. 911", ", Suite 200", " #12".
func (st *state) unitAfter(b []byte, e, to int) int {
	k := e
	if k < to && b[k] == ',' {
		k++
	}
	if k >= to || b[k] != ' ' {
		return e
	}
	k++
	if k < to && b[k] == '#' {
		k++
		if k+1 < to && b[k] == ' ' && isDigit(b[k+1]) {
			k++ // "St # 305"
		}
	} else {
		ws := k
		for k < to && isLetter(b[k]) {
			k++
		}
		if !inSet(unitWords, b[ws:k]) {
			return e
		}
		if k < to && b[k] == '.' {
			k++
		}
		if k < to && b[k] == ' ' {
			k++
		}
		if k < to && b[k] == '#' {
			k++
		}
	}
	vs := k
	for k < to && (isAlnum(b[k]) || b[k] == '-') {
		k++
	}
	if k == vs || !isDigit(b[vs]) && k-vs > 2 {
		return e
	}
	return k
}

// cityAfter matches ", City, ST 12345" or ", City ST 12345" after an
// address ending at e, and returns the end of what it matched.
func (st *state) cityAfter(b []byte, e, to int) int {
	k := e
	br := lineBreakAt(b, k, to)
	switch {
	case k+2 < to && b[k] == ',' && b[k+1] == ' ':
		k += 2
	case k+4 < to && b[k] == ' ' && b[k+1] == 'i' && b[k+2] == 'n' && b[k+3] == ' ' && isUpper(b[k+4]):
		k += 4 // "lives at 796 Juniper Ave in Lowell"
	case k+1 < to && b[k] == ' ' && isUpper(b[k+1]) && stateOrZIPAfterCity(b, k+1, to):
		k++ // "5451 Magnolia Avenue Portland 97223", "... Ave Honolulu HI 96858": no commas
	case k+3 < to && b[k] == ' ' && b[k+1] == ' ' && (isUpper(b[k+2]) || b[k+2] == ' ' && isUpper(b[k+3])) && stateAfterComma(b, k, to):
		for k < to && b[k] == ' ' {
			k++ // "Apt 1107  SAN ANTONIO, TX  78207": an OCR's or a form's columns
		}
	case k+1 < to && b[k] == '|':
		return max(e, st.pipedCity(b, k+1, to))
	case br > 0 && k+br < to && isUpper(b[k+br]) && (stateOrZIPAfterCity(b, k+br, to) || stateAfterComma(b, k+br, to)):
		k += br // a label's lines, escaped or not: "6197 KIMBALL AVE\nATLANTA GA 30377"
	default:
		return e
	}
	cs := k
	ce := -1
	for words := 0; words < 4 && k < to && (upperAt(b, k, to) || words > 0 && elided(b, k, to)); words++ {
		if words > 0 && keyAt(b, k, to) {
			break // "..., MESA CALLER=...": the next field's key
		}
		ws := k
		for k < to && (isLetter(b[k]) || b[k] >= 0x80 || b[k] == '\'' || b[k] == '-' || b[k] == '.') {
			k++ // "Española", "Coeur d'Alene"
		}
		if k-ws == 2 && (stateAbbrevs[string(b[ws:k])] || provinces[string(b[ws:k])]) && words > 0 ||
			words > 0 && statePostcodeAt(b, ws, k, to) {
			k = ws
			break
		}
		ce = k
		if b[k-1] == '.' && k-ws > 4 {
			ce = k - 1 // "PO Box 1689, Sheridan. Pendiente firma": the sentence ends; "St. Louis" goes on
			break
		}
		if k < to && b[k] == ',' {
			k++
			if k < to && b[k] == ' ' {
				k++
			}
			break
		}
		if k >= to || b[k] != ' ' {
			break
		}
		k++
	}
	if ce < 0 {
		return e
	}
	// The state, then the ZIP.
	ss := k
	for k < to && isUpper(b[k]) {
		k++
	}
	if k-ss == 2 && provinces[string(b[ss:k])] && k+8 <= to && b[k] == ' ' && canadianPostcode(b[k+1:k+8]) && (k+8 == to || !isAlnum(b[k+8])) {
		st.emit(cs, ce, Address, "city", High, false) // "..., Mississauga ON L5H 8Y2"
		st.emit(k+1, k+8, ZIP, "zip", High, false)
		return k + 8
	}
	if statePostcodeAt(b, ss, k, to) {
		st.emit(cs, ce, Address, "city", High, false) // "..., Belconnen ACT 2617"
		st.emit(k+1, k+5, ZIP, "zip", High, false)
		return k + 5
	}
	if k-ss != 2 || !stateAbbrevs[string(b[ss:k])] {
		// No state: a city alone after a street address is still one,
		// and a ZIP right after it is its ZIP.
		st.emit(cs, ce, Address, "city", Medium, false)
		if z := ss; z+5 <= to && allDigits(b[z:z+5]) && (z+5 == to || !isAlnum(b[z+5])) && z > ce {
			st.emit(z, z+5, ZIP, "zip", Medium, false)
			return z + 5
		}
		return ce
	}
	st.emit(cs, ce, Address, "city", High, false)
	if k+6 <= to && (b[k] == ' ' || b[k] == ',') {
		if end := st.cityStateZIP(b, ss, k, to); end > 0 {
			return end
		}
		if z := k + 1; allDigits(b[z:z+5]) && (z+5 == to || !isAlnum(b[z+5])) {
			ze := z + 5
			if ze+5 <= to && b[ze] == '-' && allDigits(b[ze+1:ze+5]) {
				ze += 5
			}
			st.emit(z, ze, ZIP, "zip", High, false) // the ZIP after a street's city and state, whatever came before them
			return ze
		}
	}
	return k
}

// pipedCity finds a city, its state and its ZIP in the pipe-delimited
// fields at b[k] after a street's: "...|8949 MORSE RD|GROVE CITY|OH|43123|".
// It returns the ZIP's end, or 0 if the fields are not those three.
func (st *state) pipedCity(b []byte, k, to int) int {
	ce := k
	for ce < to && ce-k <= 32 && (isLetter(b[ce]) || b[ce] == ' ' || b[ce] == '.' || b[ce] == '\'' || b[ce] == '-') {
		ce++
	}
	if ce == k || ce+4 >= to || b[ce] != '|' || !isUpper(b[k]) || b[ce+3] != '|' || !stateAbbrevs[string(b[ce+1:ce+3])] {
		return 0
	}
	zs := ce + 4
	ze := zs
	for ze < to && ze-zs < 10 && (isDigit(b[ze]) || b[ze] == '-' && ze-zs == 5) {
		ze++
	}
	if ze-zs != 5 && ze-zs != 9 && ze-zs != 10 || ze < to && b[ze] != '|' || !isDigit(b[ze-1]) {
		return 0
	}
	st.emit(k, ce, Address, "city", High, false)
	st.emit(zs, ze, ZIP, "zip", High, false)
	return ze
}

// stateAfterComma reports whether ", ST" follows within a city's few words
// after b[k]: "  SAN ANTONIO, TX".
func stateAfterComma(b []byte, k, to int) bool {
	s := afterComma(b, k, to, 40)
	return s >= 0 && s+2 <= to && stateAbbrevs[string(b[s:s+2])] && (s+2 == to || !isAlnum(b[s+2]))
}

// afterComma returns where the text after the first comma within n bytes
// of b[k] starts, past its spaces, or -1 when there is none.
func afterComma(b []byte, k, to, n int) int {
	c := bytes.IndexByte(b[k:min(to, k+n)], ',')
	if c < 0 {
		return -1
	}
	s := k + c + 1
	for s < to && b[s] == ' ' {
		s++
	}
	return s
}

// elided reports whether b[k] starts an elided French article before a
// capital, as place names have them: "d'Alene", "l'Anse".
func elided(b []byte, k, to int) bool {
	return k+2 < to && (b[k] == 'd' || b[k] == 'l') && b[k+1] == '\'' && isUpper(b[k+2])
}

// stateOrZIPAfterCity reports whether one to three capitalised words at
// b[k] are followed by a state code or a ZIP: a city written without the
// commas that usually set it off.
func stateOrZIPAfterCity(b []byte, k, to int) bool {
	for words := 0; words < 3 && k < to && (upperAt(b, k, to) || words > 0 && elided(b, k, to)); words++ {
		for k < to && (isLetter(b[k]) || b[k] >= 0x80 || b[k] == '\'' || b[k] == '-' || b[k] == '.') {
			k++
		}
		if k+1 >= to || b[k] != ' ' {
			return false
		}
		k++
		if k+5 <= to && allDigits(b[k:k+5]) && (k+5 == to || !isAlnum(b[k+5])) {
			return true
		}
		if k+2 <= to && stateAbbrevs[string(b[k:k+2])] && (k+2 == to || !isAlnum(b[k+2])) {
			return true
		}
	}
	return false
}

// cityStateZipAt reports whether a city, a state and a ZIP code start at
// b[k] with no commas: "MARANA AZ 85653", "SAN JUAN PR 00901". A city of
// two words starts with a place's prefix ("San", "Fort").
func cityStateZipAt(b []byte, k, to int) bool {
	for words := 0; words < 3 && k < to && isUpper(b[k]); words++ {
		ws := k
		for k < to && isLetter(b[k]) {
			k++
		}
		if words > 0 && k-ws == 2 && stateAbbrevs[string(b[ws:k])] && k+6 <= to && b[k] == ' ' && allDigits(b[k+1:k+6]) {
			return true
		}
		if k >= to || b[k] != ' ' || words == 0 && !inSet(placePrefixes, b[ws:k]) && !stateAbbrevs[string(nextWord(b, k+1, to))] {
			return false
		}
		k++
	}
	return false
}

// nextWord returns the run of letters at b[k].
func nextWord(b []byte, k, to int) []byte {
	e := k
	for e < to && isLetter(b[e]) {
		e++
	}
	return b[k:e]
}

// cityStateFollows reports whether ", City, ST" or ", City ST" follows b[e].
func cityStateFollows(b []byte, e, to int) bool {
	k := e
	if k+2 >= to || b[k] != ',' || b[k+1] != ' ' {
		return false
	}
	k += 2
	for words := 0; words < 4 && k < to && isUpper(b[k]); words++ {
		ws := k
		for k < to && (isLetter(b[k]) || b[k] == '\'' || b[k] == '-' || b[k] == '.') {
			k++
		}
		if words > 0 && k-ws == 2 && stateAbbrevs[string(b[ws:k])] && (!wordStates[string(b[ws:k])] || zipAt(b, k, to)) {
			return true // not "550 Error, Invalid Pager ID": a state that is also a word needs its ZIP
		}
		if k < to && b[k] == ',' {
			k++
		}
		if k >= to || b[k] != ' ' {
			return false
		}
		k++
		if k+2 <= to && stateAbbrevs[string(b[k:k+2])] && (k+2 == to || !isLetter(b[k+2])) && (!wordStates[string(b[k:k+2])] || zipAt(b, k+2, to)) {
			return true
		}
	}
	return false
}

// zipAt reports whether a ZIP code follows b[k] after a space or a comma:
// " 83702", ", 83702-1234".
func zipAt(b []byte, k, to int) bool {
	for k < to && (b[k] == ' ' || b[k] == ',') {
		k++
	}
	n := 0
	for k+n < to && isDigit(b[k+n]) {
		n++
	}
	return n == 5 && (k+n == to || !isAlnum(b[k+n]))
}
