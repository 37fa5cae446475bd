package detectors

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/phiguard/phiguard/detectors/names"
)

// keywords give context in free text: a value of category c shortly after
// one of them is read as c. Matching is on lower-case whole words.
var keywords = func() map[string]CategorySet {
	m := map[string]CategorySet{}
	add := func(c CategorySet, ws ...string) {
		for _, w := range ws {
			m[w] |= c
		}
	}
	add(SetOf(SSN), "ssn", "ssns", "social", "ss", "socsec", "ssno")
	add(SetOf(Date), "followup", "recheck") // and "follow up", read where words are (letters)
	add(SetOf(Date), "dob", "born", "birth", "birthday", "birthdate", "bday", "admitted", "admission", "admit",
		"discharged", "discharge", "died", "death", "deceased", "expired", "dos", "visit", "visited", "seen",
		"appointment", "appt", "surgery", "procedure", "injury", "onset", "diagnosed", "vaccinated", "delivered",
		"encounter", "hospitalized", "treated", "dod", "doa", "arrived", "transferred", "given", "collected",
		"signed", "vaccine", "dose", "administered", "through", "adm", "disch", "arrival", "doi",
		"fill", "filled", "refilled", "dispensed", "performed", "readmitted", "readmit", "readmission", "lmp", "edd", "exam", "examen",
		"implanted", "explanted", "worked", // a disability claim's "last day worked 29 Nov 2023"
		"biopsy", "dlc", // a registry's "date of last contact"
		"rtc", "mva", "mvc", "accident", // a note's "RTC Mon 3/18" (return to clinic), "MVA on 11/28/23"
		"née", "geboren", "nacido", "nacida", "nascido", "nascida") // "born" in French, German, Spanish, Portuguese
	add(SetOf(Age), "age", "aged", "ages")
	add(SetOf(Phone), "phone", "tel", "telephone", "mobile", "cell", "call", "called", "calling", "sms", "text",
		"texted", "ph", "whatsapp", "dial", "dialed", "voicemail", "callback", "pager", "contact", "phones", "cellphone",
		"ani", "clid", "callerid", "cb", "cbn") // "cb 8729092529": a callback number, as message pads write it
	add(SetOf(Fax), "fax", "faxed", "facsimile", "faxing")
	add(SetOf(MRN), "mrn", "mrns", "chart", "charts", "mr", "mrno", "medrec", "empi", "euid", "hrn") // the Indian Health Service's health record number
	add(SetOf(HealthPlan), "member", "subscriber", "mbi", "medicare", "medicaid", "policy", "insurance", "insured",
		"beneficiary", "hicn", "plan", "enrollee", "cin", // Medi-Cal's client index number
		"ehic", "ghic", // the European and the UK's health insurance cards
		"hcn", "ohip", "ramq") // Canada's provincial health card numbers
	add(SetOf(Account), "account", "acct", "acc", "card", "iban", "bank",
		"visa", "mastercard", "amex", "discover", "debit", "credit", "cc", "pan")
	add(SetOf(License), "license", "licence", "dl", "dea", "permit", "licensed", "lic", "cdl")
	add(SetOf(Vehicle), "vin", "plate", "vehicle", "veh", "car", "truck")
	add(SetOf(Device), "imei", "serial", "device", "udi", "mac", "sn", "pacemaker", "implant", "meid", "esn", "pump",
		"handset", "tablet", "cgm", "wearable", "sensor", "glucometer", "monitor", "stimulator", "defibrillator")
	add(SetOf(ZIP), "zip", "zipcode", "postal", "postcode")
	add(SetOf(Address), "address", "addr", "lives", "live", "living", "resides", "residing", "street", "apt", "residence", "moved", "located")
	add(SetOf(Name), "patient", "patients", "pt", "guarantor", "name", "named", "mr", "mrs", "ms", "miss", "mx",
		"insured", "subscriber", "beneficiary", "spouse", "mother", "father", "son", "daughter", "wife", "husband",
		"contact", "guardian", "parent", "dear", "attn", "caller", "client", "customer", "resident", "applicant", "donor", "donante",
		"member", "decedent", "kin", "nok", "relative", "caregiver", "child", "infant", "newborn", "mom", "dad",
		"sister", "brother", "grandmother", "grandfather", "fiance", "partner", "sir", "madam", "emp", "employee",
		"poa",                    // who holds a patient's power of attorney
		"fka", "aka", "formerly", // "Søren Begay (fka Al-Sayed)": a name before
		"avs", "armband", "facesheet") // a document's title before whom it is for: "ARMBAND 00759169 O'SULLIVAN, D"
	add(SetOf(OtherID), "encounter", "case", "bib", "accession", "accn", "specimen", "csn", "nhs", "fin", "episode", "edipi", "itin", "uscis", "student",
		"passport", "alien", "dodid", "visa", "prescription")
	add(SetOf(MRN), "wristband", "armband", "pacjenta", "pacjent", "resident", "urn")           // Polish: "numer pacjenta"; Australia's unit record number
	add(SetOf(OtherID), "nhi", "ihi")                                                           // New Zealand's and Australia's national health identifiers
	add(SetOf(OtherID, Name), "inmate", "offender", "detainee")                                 // a jail clinic's patients
	add(SetOf(MRN, Name), "rider", "athlete")                                                   // a medical transport's
	add(SetOf(MRN), "donor", "participant", "participante", "deelnemer", "individual", "resno") // a blood bank's ("[Donor Labs]" names no one); a PACE program's or a study's; a disability provider's
	add(0, "subject")                                                                           // a trial's, read by its number alone (patientID)
	add(SetOf(Biometric), "voiceprint", "fingerprint", "faceprint", "palmprint", "biometric")   // not "iris": a name
	add(SetOf(Phone), "notifying", "reach")                                                     // not "notify": a daemon's name
	add(SetOf(Account), "har", "guarantor")
	add(SetOf(Name), "mister", "missus") // titles as dictation spells them: "Mister Mwangi is a 36-year-old"
	add(SetOf(Name), "employer", "cardholder", "holder", "signed", "notifying", "aunt", "uncle", "cousin", "grandson",
		"granddaughter", "stepson", "stepdaughter", "widow", "widower", "payee", "dr", "dra", "prof", "rev", "sr", "jr",
		"grandma", "grandpa", "nephew", "niece", "stepmother", "stepfather", "boyfriend", "girlfriend", "guar",
		"hello", "hi", "thanks", "friend", "neighbor", "neighbour", "roommate", "enrollee", "sibling", "siblings", "parents",
		"pax", "passenger", "passengers", "traveler", "traveller", "fluggast", "pasajero", "pasajera", "passager", "passageiro") // a medical desk's at an airport
	// Titles and greetings of the languages patients write in: "Guten Tag Herr Demir", "Hola Tyler,".
	add(SetOf(Name), "herr", "frau", "sra", "srta", "mme", "mlle", "monsieur", "madame", "hola", "bonjour", "hallo",
		"gracias", "merci", "danke", "obrigado", "obrigada") // "Gracias, Leilani": a message signed
	// The same in Spanish, Portuguese and French, as bilingual services
	// log their patients' messages, with their accents and without, as
	// people type them (a word that ends in an accented letter, "nací",
	// cannot be a keyword: the filter reads its first and last letters).
	add(SetOf(Date), "nacimiento", "nascimento", "naissance", "nacido", "nacida", "nascido", "nascida", "cita",
		"fallecido", "fallecida", "falecido", "falecida", "fallecimiento", "falecimento")
	add(SetOf(Date), "geburtsdatum", "geburtstag", "geboortedatum", "nascita", "urodzenia") // German, Dutch, Italian, Polish: "Geburtsdatum 27.02.1994"
	add(SetOf(Date), "geb", "aufnahme", "entlassung", "aufgenommen", "entlassen")           // German: "geb. 5. Juni 1980", "Aufnahme am 15.02.2024"
	add(SetOf(Age), "edad", "idade")
	add(SetOf(Phone), "telefono", "teléfono", "celular", "movil", "telemovel", "cel")
	add(SetOf(HealthPlan), "seguro", "mutuelle", "carteirinha", "afiliado", "poliza", "póliza")
	add(SetOf(Address), "direccion", "dirección", "domicilio", "endereco", "endereço")
	add(SetOf(Name), "nombre", "paciente", "pte", "apellido", "apellidos", "nome", "sobrenome", "prenom", "hijo", "hija",
		"esposo", "esposa", "madre", "hermano", "hermana", "mama", "abuela", "abuelo", "sobrino", "sobrina",
		"nieto", "nieta", "cuidador", "cuidadora", "tutora", "vecino", "vecina",
		"manman") // Haitian Creole's mother
	add(SetOf(MRN), "expediente", "prontuario", "nhc")
	add(SetOf(Account), "cuenta", "bancaria", "garante")
	add(SetOf(Name), "garante")
	add(SetOf(Vehicle), "placa", "tablilla")
	add(SetOf(License), "licencia")
	add(SetOf(OtherID), "pasaporte", "passaporte")
	// Other countries' national and tax numbers, by their names there.
	add(SetOf(OtherID), "dni", "curp", "aadhaar", "personnummer", "steuer", "cedula", "cpf", "pesel", "nir", "nie")
	add(SetOf(MRN), "ipp", "dossier")             // France's patient number, and its record's
	add(SetOf(HealthPlan), "sanitaria", "vitale") // Spain's tarjeta sanitaria, France's carte Vitale
	add(SetOf(HealthPlan), "kvnr")
	add(SetOf(Date), "cirugia", "ingreso", "internado", "internada", "hospitalizado", "hospitalizada", "ingresado", "ingresada")
	return m
}()

// kwFilter[len] is a bit set over the first and last letters of the
// keywords of that length (26*26 bits): most words are rejected without
// hashing ("status" is not "street", "with" is not "wife").
var kwFilter = func() (f [15][(26*26 + 63) / 64]uint64) {
	for w := range keywords {
		if len(w) < len(f) && len(w) >= 2 {
			if k, ok := kwPair(w[0], w[len(w)-1]); ok {
				f[len(w)][k/64] |= 1 << (k % 64)
			}
		}
	}
	return f
}()

// specialFilter is kwFilter over the keywords and the other lower-case words
// the letters handler treats specially ("date", "values", "in").
var specialFilter = func() (f [15][(26*26 + 63) / 64]uint64) {
	f = kwFilter
	for _, w := range [...]string{"date", "dates", "po", "values", "expired", "in", "is", "as", "its", "im", "es", "llamo", "soy", "record",
		"waa", "si", "rele", "ist", "appelle",
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"} {
		k, _ := kwPair(w[0], w[len(w)-1])
		f[len(w)][k/64] |= 1 << (k % 64)
	}
	return f
}()

// plainLower reports whether w, lower-case letters only, is neither a
// keyword nor a word the letters handler treats specially: most words of
// prose, decided by one bit test.
func plainLower(w []byte) bool {
	if len(w) < 2 || len(w) > 14 {
		return false
	}
	k, ok := kwPair(w[0], w[len(w)-1])
	return ok && specialFilter[len(w)][k/64]&(1<<(k%64)) == 0
}

// kwPair numbers a pair of letters, case-insensitively.
func kwPair(a, b byte) (int, bool) {
	a, b = lower(a), lower(b)
	if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
		return 0, false
	}
	return int(a-'a')*26 + int(b-'a'), true
}

func maybeKeyword(w []byte) bool {
	if len(w) < 2 || len(w) > 14 {
		return false
	}
	k, ok := kwPair(w[0], w[len(w)-1])
	return ok && kwFilter[len(w)][k/64]&(1<<(k%64)) != 0
}

// kwSlot is a keyword in kwTable, lower case and zero-padded.
type kwSlot struct {
	w   [14]byte
	n   uint8
	set CategorySet
}

// kwTable holds the keywords in an open-addressing table probed by the
// hash keywordSet computes as it lower-cases a word: one loop and one array
// compare, where a map would hash the word again.
var kwTable = func() (t [1024]kwSlot) {
	for w, set := range keywords {
		if len(w) > 14 {
			panic("detectors: keyword longer than 14 bytes: " + w)
		}
		var s kwSlot
		h := uint32(kwOffset)
		for i := 0; i < len(w); i++ {
			s.w[i] = w[i]
			h = (h ^ uint32(w[i])) * kwPrime
		}
		s.n, s.set = uint8(len(w)), set
		k := h & uint32(len(t)-1)
		for t[k].n != 0 {
			k = (k + 1) & uint32(len(t)-1)
		}
		t[k] = s
	}
	return t
}()

const kwOffset, kwPrime = 2166136261, 16777619 // FNV-1a

// keywordSet returns the categories keyword w gives context to.
func keywordSet(w []byte) (CategorySet, bool) {
	if !maybeKeyword(w) {
		return 0, false
	}
	var buf [14]byte
	h := uint32(kwOffset)
	for i, c := range w {
		c = lower(c)
		buf[i] = c
		h = (h ^ uint32(c)) * kwPrime
	}
	for k := h & uint32(len(kwTable)-1); ; k = (k + 1) & uint32(len(kwTable)-1) {
		s := &kwTable[k]
		if s.n == 0 {
			return 0, false
		}
		if int(s.n) == len(w) && s.w == buf {
			return s.set, true
		}
	}
}

// keyword looks w up in the keywords and sets the context it gives, at end.
func (st *state) keyword(w []byte, end int) bool {
	set, ok := keywordSet(w)
	if !ok {
		return false
	}
	if set.Has(Device) && equalFold(w, "mac") && string(w) != "MAC" {
		return false // "Mac OS X", not a MAC address
	}
	for c := Name; c <= OtherID; c++ {
		if set.Has(c) {
			st.ctx[c] = end
		}
	}
	// "MR" is a title as much as a record; "record" needs "medical".
	return true
}

// afterKeyword handles the constructs that start with a keyword.
func (st *state) afterKeyword(b []byte, w []byte, i, e, to int) int {
	switch {
	case equalFold(w, "po") || equalFold(w, "p"):
		return st.poBox(b, i, e, to)
	case equalFold(w, "lives") || equalFold(w, "resides") || equalFold(w, "residing"):
		return st.residence(b, e, to)
	}
	return e
}

// residence reads the places named after "lives" or "resides" and a
// preposition, as case notes give them without a number: "lives in
// Collinwood", "lives off E 71st St in Cleveland", "lives near Train Ave &
// W 65th St". A place is one to four capitalised words, directions,
// ordinals and street suffixes, not all of them ordinary words.
func (st *state) residence(b []byte, e, to int) int {
	k := e
	var buf [8]byte
	for places := 0; places < 3; places++ {
		if k+1 >= to || b[k] != ' ' {
			return e
		}
		ws := k + 1
		we := ws
		for we < to && isLower(b[we]) {
			we++
		}
		switch lw := lowerWord(buf[:], b[ws:we]); {
		case places == 0 && (string(lw) == "in" || string(lw) == "near" || string(lw) == "off" || string(lw) == "on"),
			places > 0 && (string(lw) == "in" || string(lw) == "and"):
		case places > 0 && we == ws && we+1 < to && b[we] == '&':
			we++
		default:
			return e
		}
		ps, pe, words, plain := we+1, we+1, 0, true
		for k = we; k < to && b[k] == ' ' && words < 4; words++ {
			te := k + 1
			for te < to && (isLetter(b[te]) || isDigit(b[te]) || b[te] >= 0x80 || b[te] == '\'' || b[te] == '-') {
				te++
			}
			t := b[k+1 : te]
			switch {
			case len(t) == 0:
			case isUpper(t[0]) && len(t) > 1 && !allUpper(t) && !st.isKeyword(t):
				plain = plain && ordinaryWord(t)
			case len(t) == 1 && (t[0] == 'N' || t[0] == 'S' || t[0] == 'E' || t[0] == 'W'),
				len(t) >= 3 && isDigit(t[0]) && ordinalSuffix(t), inSet(streetSuffixes, t) && words > 0:
			default:
				t = nil
			}
			if len(t) == 0 {
				break
			}
			pe, k = te, te
		}
		if pe == ps || plain {
			return e
		}
		st.emit(ps, pe, Address, "residence", Medium, false)
		e, k = pe, pe
	}
	return e
}

// stateAbbrevs are the USPS codes of states and territories.
var stateAbbrevs = words("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
	"KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
	"OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI",
	"AS", "MP")

// provinces are Canada's provinces and territories by their codes.
var provinces = words("ON", "BC", "QC", "AB", "MB", "SK", "NS", "NB", "NL", "PE", "YT", "NT", "NU")

// regionPostcode matches a city, a region's code and a postcode at the
// code b[i:e], for the countries whose postcodes follow the region:
// Canada's ("City ON L5H 8Y2", "City, BC V4L 4M4") and Australia's
// ("Belconnen ACT 2617", "Casuarina, NT 0810"). It emits the city and the
// postcode and returns the postcode's end, or 0.
func (st *state) regionPostcode(b []byte, i, e, to int) int {
	pe := 0
	switch {
	case provinces[string(b[i:e])] && e+8 <= to && b[e] == ' ' && canadianPostcode(b[e+1:e+8]) && (e+8 == to || !isAlnum(b[e+8])):
		pe = e + 8
	case statePostcodeAt(b, i, e, to):
		pe = e + 5
	default:
		return 0
	}
	cs, ce, city := cityBefore(b, i)
	if !city {
		return 0 // "job ON A1B 2C3", "NT 0810" alone: a code and a number, not a place
	}
	st.emit(cs, ce, Address, "city", Medium, false)
	st.emit(e+1, pe, ZIP, "zip", High, false)
	return pe
}

// australianStates are Australia's states and territories by their codes.
var australianStates = words("NSW", "VIC", "QLD", "SA", "WA", "TAS", "NT", "ACT")

// statePostcodeAt reports whether b[i:e] is an Australian state's code
// followed by a postcode of four digits: "ACT 2617".
func statePostcodeAt(b []byte, i, e, to int) bool {
	return australianStates[string(b[i:e])] && e+5 <= to && b[e] == ' ' && allDigits(b[e+1:e+5]) && (e+5 == to || !isAlnum(b[e+5]))
}

// canadianPostcode reports whether v is a Canadian postcode, "L5H 8Y2":
// letter, digit, letter, a space, digit, letter, digit.
func canadianPostcode(v []byte) bool {
	return len(v) == 7 && isUpper(v[0]) && isDigit(v[1]) && isUpper(v[2]) && v[3] == ' ' && isDigit(v[4]) && isUpper(v[5]) && isDigit(v[6])
}

// postcodeShape reports whether v has the shape of a postcode outside the
// United States, as a postcode's key or an address's component holds it:
// Canada's "P5J 3G0", the UK's "CT11 6GX" and "B16 3YF", the Netherlands'
// "3573 GE", and four to six digits (Australia, Germany, India).
func postcodeShape(v []byte) bool {
	if canadianPostcode(v) || len(v) == 6 && isUpper(v[0]) && isDigit(v[1]) && isUpper(v[2]) && isDigit(v[3]) && isUpper(v[4]) && isDigit(v[5]) {
		return true // "L5H 8Y2", "L5H8Y2"
	}
	if n := len(v); n >= 4 && n <= 6 && allDigits(v) {
		return true
	}
	sp := bytes.IndexByte(v, ' ')
	if sp < 0 {
		return false
	}
	out, in := v[:sp], v[sp+1:]
	if len(out) == 4 && allDigits(out) && len(in) == 2 && isUpper(in[0]) && isUpper(in[1]) {
		return true // Dutch: "3573 GE"
	}
	// The UK's: an outward code of a letter or two, a digit or two and
	// maybe a letter; an inward code of a digit and two letters.
	if len(in) != 3 || !isDigit(in[0]) || !isUpper(in[1]) || !isUpper(in[2]) || len(out) < 2 || len(out) > 4 || !isUpper(out[0]) {
		return false
	}
	k := 1
	if isUpper(out[k]) {
		k++
	}
	if k >= len(out) || !isDigit(out[k]) {
		return false
	}
	for k++; k < len(out); k++ {
		if !isDigit(out[k]) && !isUpper(out[k]) {
			return false
		}
	}
	return true
}

// cityStateZIP matches "City, ST 12345" at the state code b[i:e]. It emits
// the city and the ZIP and returns the end of the ZIP, or 0.
func (st *state) cityStateZIP(b []byte, i, e, to int) int {
	if !stateAbbrevs[string(b[i:e])] || e+6 > to || b[e] != ' ' && b[e] != ',' {
		return 0
	}
	k := e + 1
	if b[e] == ' ' && k+6 <= to && b[k] == ' ' && isDigit(b[k+1]) {
		k++ // "SAN ANTONIO, TX  78207": a form's columns
	}
	csv := false
	if b[e] == ',' {
		switch {
		case b[k] == ' ':
			k++ // "Salem, OR, 97301"
		case isDigit(b[k]) && i >= 2 && b[i-1] == ',':
			csv = true // a row's fields: "Newark",NJ,07107
		default:
			return 0
		}
	}
	zs := k
	for k < to && isDigit(b[k]) {
		k++
	}
	if k-zs != 5 {
		return 0
	}
	if k+5 <= to && b[k] == '-' && isDigit(b[k+1]) && isDigit(b[k+2]) && isDigit(b[k+3]) && isDigit(b[k+4]) && (k+5 == to || !isDigit(b[k+5])) {
		k += 5
	} else if k < to && isAlnum(b[k]) {
		return 0
	}
	cs, ce, city := cityBefore(b, i)
	if csv {
		cs, ce, city = csvCityBefore(b, i)
	}
	if !city && !csv && wordStates[string(b[i:e])] && !(i >= 2 && (b[i-2] == ',' || isLetter(b[i-2]) && isUpper(firstOfWord(b, i-1))) && b[i-1] == ' ') {
		return 0 // "payer ID 60054": a code that is also a word needs its city
	}
	if city {
		st.emit(cs, ce, Address, "city", Medium, false)
	}
	st.emit(zs, k, ZIP, "zip", High, false)
	return k
}

// wordStates are state codes that are also English words or common
// abbreviations.
var wordStates = words("OK", "IN", "OR", "ME", "HI", "AS", "ID", "PA", "DE", "MS", "MD", "CO", "GA", "MA", "AL")

// placeWords come before a place: "in Maple Bluff, GA".
var placeWords = words("in", "from", "to", "at", "near", "of", "location", "resides", "lives", "moved")

// cityState matches "in Maple Bluff, GA", "from Bemidji, MN" at the state
// code b[i:e] when no ZIP follows: a city after a preposition, in words that
// are not common ones, is a place below the state. It emits the city.
func (st *state) cityState(b []byte, i, e, to int) bool {
	if !stateAbbrevs[string(b[i:e])] || e < to && isAlnum(b[e]) {
		return false
	}
	cs, ce, ok := cityBefore(b, i)
	if !ok || cs < 2 || b[cs-1] != ' ' {
		return false
	}
	for k := cs; k < ce; {
		we := k
		for we < ce && b[we] != ' ' {
			we++
		}
		if st.isKeyword(b[k:we]) || ordinaryWord(b[k:we]) && wordStates[string(b[i:e])] {
			return false // "moved to Staging, IN": a code that is also a word wants an uncommon city
		}
		k = we + 1
	}
	k := cs - 1
	var buf [8]byte
	lw, _ := lowerWordBefore(buf[:], b, 0, k)
	if !placeWords[string(lw)] && !(k >= 2 && b[k-1] == '>' && b[k-2] == '-') { // "geoip 1.2.3.4 -> Enid, ME"
		return false
	}
	st.emit(cs, ce, Address, "city", Low, false)
	return true
}

// csvCityBefore finds the city in the field of a row before the state's
// field at b[i] (after its ','): "Newark",NJ; Bayamón,PR. One to three
// capitalised words.
func csvCityBefore(b []byte, i int) (start, end int, ok bool) {
	end = i - 1
	if end > 0 && b[end-1] == '"' {
		end--
	}
	start = end
	for start > 0 && end-start <= 40 && b[start-1] != ',' && b[start-1] != '"' {
		start--
	}
	if start == end || !upperAt(b, start, end) {
		return 0, 0, false
	}
	words := 0
	for k := start; k < end; k++ {
		c := b[k]
		switch {
		case c == ' ':
			if k+1 >= end || !upperAt(b, k+1, end) {
				return 0, 0, false
			}
			words++
		case !isLetter(c) && c < 0x80 && c != '.' && c != '\'' && c != '-':
			return 0, 0, false
		}
	}
	return start, end, words < 3
}

// fieldCityBefore finds the city in "City ST" before the state code at
// b[i] when nothing but the city comes before it in a label's field, a
// quoted value or a clause ("^FDColumbus OH 43209^FS", ", Casuarina NT
// 0810"): without a comma after the city, only its start says where it
// starts.
func fieldCityBefore(b []byte, i int) (start, end int, ok bool) {
	end = i - 1
	k := end
	for words := 0; words < 3; words++ {
		ws := k
		for ws > 0 && (isLetter(b[ws-1]) || b[ws-1] == '\'' || b[ws-1] == '.' || b[ws-1] == '-') {
			ws--
		}
		if ws > 0 && b[ws-1] == '^' && k-ws > 2 && b[ws] == 'F' && b[ws+1] == 'D' {
			return ws + 2, end, isUpper(b[ws+2]) // "^FDColumbus OH 43209"
		}
		if ws == k || !isUpper(b[ws]) {
			return 0, 0, false
		}
		switch {
		case ws > 0 && (b[ws-1] == '"' || b[ws-1] == '\''), ws >= 2 && b[ws-1] == ' ' && b[ws-2] == ',':
			return ws, end, true // ... or after a comma: "Waratah Parade, Casuarina NT 0810"
		case ws < 2 || b[ws-1] != ' ':
			return 0, 0, false
		}
		k = ws - 1
	}
	return 0, 0, false
}

// cityBefore finds the city in "City, ST" before the state code at b[i].
func cityBefore(b []byte, i int) (start, end int, ok bool) {
	if i >= 3 && b[i-1] == ' ' && isLetter(b[i-2]) {
		return fieldCityBefore(b, i)
	}
	if i < 3 || b[i-1] != ' ' || b[i-2] != ',' {
		return 0, 0, false
	}
	end = i - 2
	k := end
	words := 0
	for words < 4 {
		ws := k
		for ws > 0 && (isLetter(b[ws-1]) || b[ws-1] == '\'' || b[ws-1] == '.' || b[ws-1] == '-') {
			ws--
		}
		if ws > 0 && b[ws-1] == '^' && k-ws > 2 && b[ws] == 'F' && b[ws+1] == 'D' {
			ws += 2 // a ZPL label's field, "^FDOMAHA, NE 68108"
		}
		if ws == k || !isUpper(b[ws]) {
			break
		}
		words++
		start = ws
		if ws < 2 || b[ws-1] != ' ' || !isLetter(b[ws-2]) || !isUpper(firstOfWord(b, ws-1)) {
			break
		}
		k = ws - 1
	}
	return start, end, words > 0
}

// firstOfWord returns the first byte of the word ending at b[e-1].
func firstOfWord(b []byte, e int) byte {
	s := e
	for s > 0 && isLetter(b[s-1]) {
		s--
	}
	return b[s]
}

// zipAfterState reports whether a state code, or ", " and a state's name,
// and a space precede b[s]: "MA 02139", "Providence, Rhode Island 02903".
func (st *state) zipAfterState(b []byte, s int) bool {
	if s >= 4 && b[s-1] == ' ' && isUpper(b[s-2]) && isUpper(b[s-3]) && !isLetter(b[s-4]) && stateAbbrevs[string(b[s-3:s-1])] {
		if wordStates[string(b[s-3:s-1])] && !(s >= 5 && b[s-4] == ' ' && (b[s-5] == ',' || isLetter(b[s-5]) && isUpper(firstOfWord(b, s-4)))) {
			return false // "payer ID 60054": a code that is also a word, after no city
		}
		return true
	}
	// One or two capitalised words before the space.
	if s < 5 || b[s-1] != ' ' {
		return false
	}
	k := s - 1
	for words := 0; words < 2; words++ {
		ws := k
		for ws > 0 && isLetter(b[ws-1]) {
			ws--
		}
		if ws == k || !isUpper(b[ws]) {
			return false
		}
		var buf [16]byte
		if lw := lowerWord(buf[:], b[ws:s-1]); lw != nil && stateNames[string(lw)] {
			return ws >= 2 && b[ws-1] == ' ' && b[ws-2] == ',' // "Ypsilanti, Arizona 06032", not "Texas 12345 rows"
		}
		if ws < 2 || b[ws-1] != ' ' {
			return false
		}
		k = ws - 1
	}
	return false
}

// stateNames are the US states and territories by name, in lower case.
var stateNames = words("alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
	"florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
	"maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
	"new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
	"oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
	"virginia", "washington", "west virginia", "wisconsin", "wyoming", "puerto rico", "guam", "district of columbia")

// countryNames are countries, and languages, that are also given names or
// surnames: "Paris, France", "English, German and Japanese".
var countryNames = words("france", "jordan", "chad", "india", "kenya", "israel", "georgia", "ireland", "chile",
	"england", "wales", "scotland", "canada", "mexico", "china", "japan", "brazil", "germany", "spain", "italy",
	"english", "german", "french", "dutch", "irish", "welsh", "scottish", "spanish", "italian", "japanese", "chinese")

// placeName reports whether w names a US state or a country that is also a name.
func placeName(w []byte) bool {
	var buf [16]byte
	lw := lowerWord(buf[:], w)
	return lw != nil && (stateNames[string(lw)] || countryNames[string(lw)])
}

// poBox matches "PO Box 123", "P.O. Box 123" at b[i:e].
func (st *state) poBox(b []byte, i, e, to int) int {
	k := e
	if equalFold(b[i:e], "p") {
		if k+3 > to || b[k] != '.' || lower(b[k+1]) != 'o' || b[k+2] != '.' {
			return e
		}
		k += 3
	} else if k < to && b[k] == '.' {
		k++
	}
	if k < to && b[k] == ' ' {
		k++
	}
	if k+4 > to || !equalFold(b[k:k+3], "box") || b[k+3] != ' ' {
		return e
	}
	k += 4
	ds := k
	for k < to && isAlnum(b[k]) {
		k++
	}
	if k == ds || !isDigit(b[ds]) {
		return e
	}
	return st.boxAddress(b, i, k, to, "po_box")
}

// ruralRoute matches a rural route or highway contract box at b[i:e] (the
// first word): "Rural Route 3 Box 267", "RR 2 Box 14", "HC 61 Box 1830".
func (st *state) ruralRoute(b []byte, i, e, to int) int {
	k := e
	if equalFold(b[i:e], "rural") {
		if k+6 > to || !equalFold(b[k:k+6], " route") {
			return e
		}
		k += 6
	}
	if k < to && b[k] == '.' {
		k++
	}
	if k >= to || b[k] != ' ' {
		return e
	}
	k++
	ds := k
	for k < to && isDigit(b[k]) {
		k++
	}
	if k == ds || k-ds > 4 || k+5 > to || !equalFold(b[k:k+5], " box ") {
		return e
	}
	k += 5
	bs := k
	for k < to && isAlnum(b[k]) {
		k++
	}
	if k == bs || !isDigit(b[bs]) {
		return e
	}
	return st.boxAddress(b, i, k, to, "rural_route")
}

// militaryBox matches the mail address of someone serving abroad at
// b[i:e] (the first word), as the Postal Service writes it: "PSC 557 Box
// 462", "CMR 402 Box 1234", "Unit 2050 Box 4190", then its military post
// office, region and ZIP: ", FPO AP 96379". Without the post office
// ("Unit 4 Box 2" is anyone's storage) it is no address.
func (st *state) militaryBox(b []byte, i, e, to int) int {
	number := func(k int) int {
		s := k
		for k < to && isDigit(b[k]) && k-s < 6 {
			k++
		}
		if k == s || k < to && isAlnum(b[k]) {
			return 0
		}
		return k
	}
	if e+1 >= to || b[e] != ' ' {
		return e
	}
	k := number(e + 1)
	if k == 0 || k+5 > to || !equalFold(b[k:k+5], " box ") {
		return e
	}
	box := number(k + 5)
	if box == 0 {
		return e
	}
	p := box
	if p < to && b[p] == ',' {
		p++
	}
	for p < to && b[p] == ' ' {
		p++
	}
	if p+12 > to || !(string(b[p:p+3]) == "APO" || string(b[p:p+3]) == "FPO" || string(b[p:p+3]) == "DPO") || b[p+3] != ' ' ||
		b[p+4] != 'A' || b[p+5] != 'E' && b[p+5] != 'P' && b[p+5] != 'A' || b[p+6] != ' ' {
		return e
	}
	z := p + 7
	if ze := number(z); ze-z != 5 {
		return e
	}
	st.emit(i, box, Address, "military_box", High, false)
	st.emit(p, p+3, Address, "military_post", Medium, false)
	st.emit(z, z+5, ZIP, "zip", High, false)
	return z + 5
}

// dateAfterDay reports whether a month's name or a number follows the
// weekday that ends at b[k]: "Fri Mar 15", "Monday, 3/18".
func dateAfterDay(b []byte, k, to int) bool {
	if k < to && b[k] == ',' {
		k++
	}
	if k+1 >= to || b[k] != ' ' {
		return false
	}
	k++
	return isDigit(b[k]) || month(nextWord(b, k, to)) != 0
}

// boxAddress reports the box address b[i:k] and the town, state and ZIP
// after it, and returns their end.
func (st *state) boxAddress(b []byte, i, k, to int, det string) int {
	org := st.orgText
	st.orgText = org || orgNameBefore(b, i) // "MedCopy Express LLC","PO Box 409740, Atlanta": the company's
	st.emit(i, k, Address, det, High, false)
	end := st.cityStateFields(b, k, to)
	if end == k {
		end = st.cityAfter(b, k, to) // "PO Box 7531, Duluth": the town the box is in
	}
	st.orgText = org
	return end
}

// twoSurnames reports whether a and c, written alike (both in capitals or
// both capitalised), are surnames the census lists know and no ordinary
// words: a Hispanic name's two surnames before its given names.
func twoSurnames(a, c []byte) bool {
	if allUpper(a) != allUpper(c) {
		return false
	}
	for _, w := range [2][]byte{a, c} {
		if e, ok := lookupName(w); !ok || e.Last == 0 || e.Common || ordinaryWord(w) {
			return false
		}
	}
	return true
}

// name matches a person's name starting with the capital at b[i]: up to
// four capitalised words ("Mary Ann O'Neil", "J. Smith"), or "Last, First".
// Without a name keyword before it, both a known first name and a known
// surname are needed.
func (st *state) name(b []byte, i, to int) int {
	type nword struct {
		s, e     int
		e1       names.Entry
		known    bool
		initial  bool
		particle bool // "Van" in "Dagny Van Houten"
	}
	var ws [5]nword
	n := 0
	k := i
	comma := -1
	tilde := false // the surname ends with "~ ", the given name follows
	if i >= 2 && b[i-1] == '-' && isLetter(b[i-2]) {
		return i + 1 // "Wi-Fi": the tail of a hyphenated word starts no name
	}
	if i >= 1 && (b[i-1] == '{' || b[i-1] == '%') {
		k := i
		for k < to && (isAlnum(b[k]) || b[k] == '_' || b[k] == '.') {
			k++
		}
		if k < to && (b[k] == '}' || b[k] == '%' || b[k] == ':') && !st.nameInBraces(b[i:k]) {
			return k // "{PatientName}", "${FirstName}", "%Name%": a template's placeholder
		}
	}
	if i >= 3 && b[i-1] == ' ' && b[i-2] == ':' && developerBefore(b, 0, i) {
		k := i // "Reviewed-by: Mei Chen": a developer, not a patient
		for k < to && (isLetter(b[k]) || b[k] >= 0x80 || b[k] == '\'' || b[k] == '-' || b[k] == ' ' && k+1 < to && isUpper(b[k+1])) {
			k++
		}
		return max(k, i+1)
	}
	if i+2 <= to && b[i+1] == 'x' && (i+2 == to || !isLetter(b[i+2]) && b[i+2] < 0x80) {
		return i + 2 // "Rx", "Dx", "Hx", "Tx": a clinician's shorthand, no one's name
	}
	if i+2 < to && b[i+1] == 'Z' && b[i] == 'Z' && (testPatientPrefix(b[i+2:to]) || testGivenName(b, i, to)) {
		k := i // "ZZTEST, PATIENT", "ZZZDEMO": a test patient, named to sort last ("ZZTRAUMA, OSCAR" is a patient's alias)
		for k < to && (isLetter(b[k]) || b[k] == ',' || b[k] == ' ' && k+1 < to && isUpper(b[k+1])) {
			k++
		}
		return k
	}
	if i >= 5 && b[i-1] == ' ' && allDigits(b[i-5:i-1]) && (b[i-5] == '1' && b[i-4] == '9' || b[i-5] == '2' && b[i-4] == '0') {
		k := i
		for k < to && isLetter(b[k]) {
			k++
		}
		var buf [12]byte
		if k-i <= len(buf) && vehicleMakes[string(lowerWord(buf[:], b[i:k]))] {
			if k+1 < to && b[k] == ' ' && isUpper(b[k+1]) && !keyAt(b, k+1, to) {
				k++ // the model: "2017 Kia Sorento", "2015 Ford F-150"
				for k < to && (isAlnum(b[k]) || b[k] == '-') {
					k++
				}
			}
			return k
		}
	}
	if i >= 2 && b[i-2] == ',' && b[i-1] == ' ' {
		k := i
		for k < to && k-i < 10 && (isLetter(b[k]) || b[k] == '-') {
			k++
		}
		if inSet(credentials, b[i:k]) && (k == to || !isLetter(b[k]) && b[k] < 0x80) {
			return k // "Dr. Nkechi Eze, AuD": the signer's degree, no name
		}
	}
	ctx := st.near(Name, i, nameCtxWindow) || documentTitleBefore(b, i, to)
	titled := ctx && titleBefore(b, i)
	if !ctx && !twoCapitals(b, i, to) {
		// Without a keyword a name needs two words: skip the dictionary.
		k = i
		for k < to && (isLetter(b[k]) || b[k] >= 0x80 || b[k] == '\'' || b[k] == '-') {
			k++
		}
		if k-i >= 2 && k-i <= 24 {
			if _, ok := fieldDelimiter(b, i, k, to); ok {
				e1, _ := lookupName(b[i:k])
				if end, ok := st.csvNames(b, i, k, e1, to); ok {
					return end
				}
			}
		}
		for k > i && !isLetter(b[k-1]) {
			k--
		}
		return max(k, i+1)
	}
	weak := !ctx && weakNameBefore(b, i)
	// Capitals are shouting, not names, unless what follows vouches for
	// them: "label printed: CHIDI TAKAHASHI DOB:12/17/1973". Decided at
	// the first word in capitals, as few are.
	shouted, shoutChecked := false, ctx
	particles := 0
	for n < len(ws) {
		s := k
		if k >= to || !upperAt(b, k, to) {
			break
		}
		k++
		for k < to && (isLetter(b[k]) || b[k] >= 0x80 && (b[k] < 0xE3 || b[k] > 0xEF) || (b[k] == '\'' || b[k] == '-') && k+1 < to && isLetter(b[k+1])) {
			k++
		}
		if n == 0 && (ctx || s > 0 && b[s-1] == '"') && k-s == 2 && b[s] == 'S' && (b[s+1] == 't' || b[s+1] == 'T') && k+2 < to && b[k] == '.' && b[k+1] == ' ' && upperAt(b, k+2, to) {
			// "beneficiary ST. PIERRE, ERNESTO", "St. Clair" quoted in a row: Saint opens a surname.
			for k += 2; k < to && (isLetter(b[k]) || b[k] >= 0x80 || (b[k] == '\'' || b[k] == '-') && k+1 < to && isLetter(b[k+1])); k++ {
			}
		}
		if k < to && isDigit(b[k]) {
			break // "SBRMC-ROR-v4", "Room3": letters glued to digits make a code, no name's word
		}
		possessive := k-s > 3 && b[k-2] == '\'' && (b[k-1] == 's' || b[k-1] == 'S')
		if possessive {
			k -= 2 // "Percival Ashdown's iPhone": the name ends before the 's
		}
		w := nword{s: s, e: k}
		if n == 0 && comma < 0 && allUpper(b[s:k]) && k-s >= 2 && k+2 < to && b[k] == ',' && !isCredential(b[s:k]) &&
			(b[k+1] == ' ' && isUpper(b[k+2]) || isUpper(b[k+1]) && isUpper(b[k+2])) {
			// "SMITH, JOHN", "SMITH,JOHN": the way registration systems print names.
			w.e1, w.known = lookupName(b[s:k])
			ws[n] = w
			n++
			comma = n
			k++
			if b[k] == ' ' {
				k++
			}
			continue
		}
		if k-s == 1 {
			if k < to && b[k] == '.' {
				k++
			}
			w.initial = true
		} else {
			if h := bytesIndex(b[s:k], '-'); h > 0 && h < 3 && k-s-h-1 < 3 {
				break // "Wi-Fi", "Co-Op": not a hyphenated name
			}
			if camelIdentifier(b[s:k]) || k+1 < to && b[k] == '/' && isLetter(b[k+1]) {
				break // "InputStream", "NewSize"; "Asia/Taipei", "Patients/Search": code and paths
			}
			if !shoutChecked && n == 0 && k-s >= 3 && allUpper(b[s:k]) {
				shoutChecked = true
				shouted = capitalWordsEnd(b, i, to) > 0 || weak && shoutedNamePair(b, s, k, to)
			}
			if allUpper(b[s:k]) && (!ctx && !shouted || k-s < 3) && comma < 0 {
				break // "HTTP", "ERROR": capitals are shouting, not names
			}
			w.e1, w.known = lookupName(b[s:k])
			if allUpper(b[s:k]) && !w.known && !(comma > 0 || (ctx || shouted) && (n > 0 || shouted || st.ctx[Name] >= s-2 && (upperGivenAfter(b, k, to) || st.keyedCapitals(b, s, to))) && k-s >= 3 && !st.isKeyword(b[s:k])) {
				// (Right after the keyword a given name vouches for the
				// surname before it: "PAX PAPADOPOULOU ELENI".)
				break // an acronym, unless a keyword or "LAST, FIRST" vouches: "subscriber KEONI KAMAKANA"
			}
			if st.isKeyword(b[s:k]) && (n > 0 || allUpper(b[s:k]) && k-s <= 4) {
				break // "patient Ana Tate MRN", "caller ANI 4045550117": a keyword, not a name
			}
			if k-s >= 5 && inSet(languages, b[s:k]) {
				break // "niece prefers Vietnamese": a language, as interpreters' logs name them
			}
			if n == 0 && ctx && k-s >= 3 && k-s <= 16 && inSet(orgWords, b[s:k]) && (!w.known || w.e1.Common) {
				// "[Donor Labs ORU Inbound]": a keyword, then an organisation's
				// or a channel's words, no one's name (at the end of one,
				// "Mesa Verde Dermatology", the whole is read as the
				// organisation's below).
				st.ctx[Name] = -1 << 30
				return k
			}
			if n > 0 && k < to && (b[k] == ':' || frenchColon(b, k, to)) && st.classifyKey(b[s:k], keyClass{}).cat != 0 {
				break // "Nom: Kasongo Prénom: Esperance": the next field's key
			}
			if n > 0 && k < to && b[k] == '(' {
				break // "Esperance Né(e) le ...": a word with its inflection, no name's
			}
			if n == 0 && weekday(b[s:k]) && dateAfterDay(b, k, to) {
				break // "with Dr. Okoro on Fri Mar 15": a day, whose date the month's reader takes ("Thu Farouk" is a name)
			}
			if n == 0 && k-s >= 6 && (b[k-1] == 's' || b[k-1] == 'S') && weekday(b[s:k-1]) {
				break // "his daughter Emi visits Sundays": days of the week, no one
			}
			if n > 0 && month(b[s:k]) != 0 && k+1 < to && b[k] == ' ' && isDigit(b[k+1]) {
				break // "FOLASADE VOLKOV Apr 12, 2024": a date after the name ("April Lee" is one)
			}
		}
		if n > 0 && k-s <= 5 && k+1 < to && b[k] == ' ' && upperAt(b, k+1, to) && !allUpper(b[s:k]) {
			var pb [5]byte
			w.particle = nameParticles[string(lowerWord(pb[:], b[s:k]))] // "Dagny Van Houten", "Ana De La Cruz"
		}
		if n > 0 && k-s == 2 && b[s] == 'S' && b[s+1] == 't' && k+2 < to && b[k] == '.' && b[k+1] == ' ' && upperAt(b, k+2, to) {
			k++ // "St. Clair", "St. John": Saint, a part of the surname
			w.e = k
		}
		ws[n] = w
		n++
		if possessive {
			break
		}
		if p := irishParticleAt(b, k+1, to); p > 0 && b[k] == ' ' && n < len(ws)-1 {
			k = p // "Ngozi Ó Briain", "Aoife Ní Bhriain"
			particles++
			continue
		}
		// What joins the next word? Not the next field: "Oscar CorrelationID:53f2".
		if k+1 < to && b[k] == ' ' && upperAt(b, k+1, to) && !keyAt(b, k+1, to) {
			k++
			continue
		}
		if p := particleAfter(b, k, to); p > 0 && n < len(ws)-1 {
			k = p // "Amber ter Horst", "Drew dos Santos"
			particles++
			continue
		}
		if comma < 0 && k+2 < to && b[k] == ',' && b[k+1] == ' ' && upperAt(b, k+2, to) && !w.initial && !titled &&
			(n == 1 || n == 2 && (ctx || twoSurnames(b[ws[0].s:ws[0].e], b[s:k])) && !ws[0].initial && givenNameAt(b, k+2, to)) {
			// (After a title the comma ends the name: "Herr Demir, Ihr Termin".)
			// "Khan, Dolores"; after a keyword two surnames: "Paciente Burgos Quiñones, Néstor";
			// two surnames the lists know, without one: "GARCIA LOPEZ, INGRID".
			comma = n
			k += 2
			continue
		}
		if comma < 0 && n <= 2 && k+2 < to && b[k] == '~' && b[k+1] == ' ' && upperAt(b, k+2, to) && !w.initial {
			comma, tilde = n, true // "Washington~ Aaliyah_cff7994d-...": a study folder, as Natus names it
			k += 2
			continue
		}
		if comma < 0 && n == 1 && k+3 < to && b[k] == ',' && isUpper(b[k+1]) && isLower(b[k+2]) && !w.initial && !allUpper(b[s:k]) &&
			(k-s < 2 || isLower(b[k-1])) && (i == 0 || !rowSep(b[i-1])) {
			comma = n // "for Khan,Dolores,": as audit trails print it
			k++
			continue
		}
		break
	}
	if n == 0 {
		return i + 1
	}
	if comma > 0 && comma < n && (ws[comma].e-ws[comma].s == 2 && stateAbbrevs[string(b[ws[comma].s:ws[comma].e])] ||
		placeName(b[ws[comma].s:ws[comma].e])) {
		return ws[0].e // "Bemidji, MN", "Austin, Texas", "Paris, France": a city and its state or country
	}
	if comma > 0 && comma < n && equalFold(b[ws[comma].s:ws[comma].e], "baby") {
		// "Sandoval, Baby Girl": a newborn's temporary name, the surname first.
		if e := st.newbornName(b, ws[comma].s, ws[comma].e, to); e > 0 {
			return e
		}
		if ctx || ws[0].known {
			st.emit(ws[0].s, ws[0].e, Name, "name", Medium, false)
		}
		return ws[n-1].e
	}
	for k := 1; k < n; k++ {
		if inSet(orgWords, b[ws[k].s:ws[k].e]) && !employerBefore(b, i) {
			return ws[n-1].e // "Harbor View Imaging", "Riverside Family Medicine": an organisation
		}
	}
	// Trim trailing words that are not names and end on a name.
	for n > 1 && !ws[n-1].known && !ws[n-1].initial && ordinaryWord(b[ws[n-1].s:ws[n-1].e]) && !inSet(countyWords, b[ws[n-1].s:ws[n-1].e]) {
		n--
	}
	for n > 1 && ws[n-1].initial && !ctx && !nameFollows(b, ws[n-1].e, to) {
		n-- // ("Tanaka, Y – 100F": what follows vouches for the initial)
	}
	words, known, common, initials, labels := 0, 0, 0, 0, 0
	for _, w := range ws[:n] {
		if w.initial {
			initials++
			continue
		}
		if w.particle {
			particles++
			continue
		}
		words++
		if inSet(nameLabels, b[w.s:w.e]) {
			labels++
		}
		if w.known {
			known++
		}
		if w.e1.Common || !w.known && ordinaryWord(b[w.s:w.e]) {
			common++
		}
	}
	if n == 1 && !ctx && !ws[0].initial {
		if end, ok := st.csvNames(b, ws[0].s, ws[0].e, ws[0].e1, to); ok {
			return end
		}
	}
	firstW, lastW := ws[0], ws[n-1]
	if comma > 0 && comma < n {
		firstW, lastW = ws[comma], ws[comma-1]
	}
	end := ws[n-1].e
	if n >= 2 && firmAfter(b, end, to) {
		return end // "Baxter Lyle & Quintero PC": a firm named for its partners
	}
	if n >= 2 && inSet(orgWords, b[ws[n-1].s:ws[n-1].e]) && !employerBefore(b, i) {
		// "Acme Medical Group", "Strange Love Clinic": an organisation, named
		// like a person but for its last word. A patient's employer is PHI.
		return ws[n-1].e
	}
	if n >= 2 && !ctx && comma < 0 && inSet(placePrefixes, b[ws[0].s:ws[0].e]) {
		return ws[n-1].e // a place, and the rest of its name is no person's
	}
	if end+2 < to && b[end] == ':' && b[end+1] == ' ' && commitSubject(b, end+2, to) {
		return end // "4fe81e0 2024-03-01 Arjun Patel: refactor: move ...": a commit's author
	}
	if n >= 2 && (credentialAfter(b, end, to) || n >= 3 && credentialAfter(b, ws[n-2].e, to)) {
		return end // "Osei, Brian MD", "Jane Roe, RN": a clinician, signed with a degree
	}
	if n == 1 && doseAfter(b, end, to) {
		return end // "Clonazepam 0.5 mg", "Acetaminophen 160 mg/5 mL": a drug and its strength ("Maria Okafor 25 mg" stays a name)
	}
	if staffBefore(b, i) || assigneeBefore(b, i) && !nameFollows(b, end, to) || !st.s.c.providers && (credentialBefore(b, i) || departmentAfter(b, end, to) || roleCellAfter(b, end, to) || speakerRoleAfter(b, end, to) || staffAddressAfter(b, end, to)) {
		return end // "scored by supervisor Grace Alvarez", RN "Gustavo Obi": one of the staff, not a patient
	}
	if n >= 2 && inSet(countyWords, b[ws[n-1].s:ws[n-1].e]) {
		// "Deschutes County", "Kenai Peninsula Borough": a subdivision below
		// the state; not when it names an office ("Big Horn County
		// Coroner", "Cascade County Sheriff's Office").
		if !countyOfficeAfter(b, end, to) {
			st.emit(i, end, Address, "county", Medium, false)
		}
		return end
	}
	ns := i // where the name starts: before the particles of "van der Berg, Ingrid", "patient de la Cruz"
	if i >= 3 && b[i-1] == ' ' && (isLower(b[i-2]) || isUpper(b[i-2]) && allUpper(b[ws[0].s:ws[0].e])) {
		// ... and in capitals before a name in capitals: "for DE LA CRUZ, ANNA DOB ...".
		if p := particlesBefore(b, i, isUpper(b[i-2])); p < i && (comma > 0 || st.ctx[Name] >= p-2) {
			ns = p
		}
	}
	if p := irishParticleBefore(b, i); p < i {
		ns = p // "Patient: Ó Súilleabháin, Joaquín"
	}
	nameLike := func(b []byte, ws []nword) bool {
		for _, w := range ws {
			if !w.initial && (w.e1.First > 0 || w.e1.Last > 0 || !ordinaryWord(b[w.s:w.e])) {
				return true
			}
		}
		return false
	}
	switch {
	case words == 0 || labels == words: // "Name (Last, First)": the form's labels, not a name
	case tilde && common < words && end < to && b[end] == '_':
		st.emit(ns, end, Name, "name", Medium, false) // "Du Plessis~ Beatrix_2e8c55cd-...": the folder's GUID follows
	case titled && words >= 1 && nameLike(b, ws[:n]):
		// ("MR Image Storage": a modality and words, no one after a title.)
		// "Dr. Rich", "Mrs. Young": after a title any capitalised word is a name.
		st.emit(ns, end, Name, "name", High, false)
		return end
	case ctx && common < words && (words > 1 || common == 0 || known > 0 && st.ctx[Name] > i-4) && (known > 0 || comma > 0 && words >= 2 && patientWordAt(b, st.ctx[Name]) || st.ctx[Name] == i-1 && i >= 3 && string(b[i-3:i-1]) == "Pt" ||
		!titleCaseKeyword(b, st.ctx[Name]) || common == 0 && words >= 2 && st.ctx[Name] == i-1):
		// ("Pt Volkov", "Pt Eze, Chidi": a sentence may open with the
		// patient's word; "Patient Agnieszka Kowalska": so may a name the
		// lists do not know, whose words are no ordinary ones, unlike
		// "Patient Portal Service".)
		conf := Medium
		if known > 0 {
			conf = High
		}
		st.emit(ns, end, Name, "name", conf, false)
		return end
	case ctx && words == 1 && n == 1 && ws[0].e1.First >= 500 && st.ctx[Name] >= i-1 && !allUpper(b[ws[0].s:ws[0].e]) && !titleCaseKeyword(b, st.ctx[Name]):
		// "wife Maria picked up": a common given name right after the
		// word for a relative or a patient is the person's.
		st.emit(ns, end, Name, "name", Medium, false)
		return end
	case ctx && words == 1 && n == 1 && ws[0].e1.First > 0 && st.ctx[Name] >= i-1 && !allUpper(b[ws[0].s:ws[0].e]) && end < to && (b[end] == ',' || b[end] == '!') && greetingBefore(b, i):
		// "Hi Ebony, reminder: ...": a message's greeting names its reader,
		// given names that are also words among them.
		st.emit(ns, end, Name, "name", Medium, false)
		return end
	case words >= 2 && firstW.e1.First > 0 && (!firstW.e1.Common || firstW.e1.First >= 500) && lastW.e1.Last > 0 && (!lastW.e1.Common || lastW.e1.Last > 300):
		st.emit(ns, end, Name, "name", Medium, false)
		return end
	case words == 2 && comma < 0 && firstW.e1.First >= 200 && !firstW.e1.Common && !lastW.known && lastW.e-lastW.s >= 4 &&
		!ordinaryWord(b[lastW.s:lastW.e]) && !allUpper(b[lastW.s:lastW.e]) && !st.isKeyword(b[lastW.s:lastW.e]):
		// "Olga Ivanova": a common first name and a surname the census lists do not know.
		st.emit(ns, end, Name, "name", Low, false)
		return end
	case words >= 2 && comma > 0 && firstW.e1.First > 0 && lastW.e1.Last > 0 && common == 0:
		st.emit(ns, end, Name, "name", Medium, false)
		return end
	case words == 2 && comma > 0 && ns > 0 && b[ns-1] == '(' && end < to && b[end] == ')' && firstW.e1.First > 0 && lastW.e1.Last > 0 &&
		!allUpper(b[ws[0].s:ws[0].e]) && !placeName(b[ws[0].s:ws[0].e]):
		// "Statement for account 9756451907 (Rossi, Will)": a "Last, First" in brackets.
		st.emit(ns, end, Name, "name", Medium, false)
		return end
	case words >= 2 && words <= 3 && common == 0 && comma > 0 && firstW.e1.First > 0 && !firstW.e1.Common && quotedAround(b, i, end):
		// KeyError: 'Vanterpool, Loretta': a quoted "Last, First" with a given name.
		st.emit(ns, end, Name, "name", Medium, false)
		return end
	case words >= 2 && particles > 0 && common == 0 && !allUpper(b[ws[0].s:ws[n-1].e]):
		// "Viktor ter Horst", "Ingrid da Silva": a particle between
		// capitalised words marks a name.
		st.emit(ns, end, Name, "name", Medium, false)
		return end
	case words >= 2 && initials > 0 && !ws[0].initial && !ws[n-1].initial && common == 0:
		// "Lanakila L. Bell": a middle initial marks a name.
		st.emit(ns, end, Name, "name", Medium, false)
		return end
	case (words >= 2 || words == 1 && initials > 0 && !allUpper(b[ws[0].s:ws[n-1].e])) && words <= 5 && common < words && nameFollows(b, end, to):
		// "Sue Satterfield (DOB ...", "Justice Quarshie, 104 y/o", "M. García-López, 86F": what follows vouches.
		st.emit(ns, end, Name, "name", Medium, false)
		return end
	case words >= 2 && words <= 3 && known == words && initials == 0 && !allUpper(b[ws[0].s:ws[n-1].e]) && birthFollows(b, end, to):
		// "(Love, Rocky, DOB 04/04/1991)": names that are also words, all
		// of them in the lists, and a birth date after them.
		st.emit(ns, end, Name, "name", Low, false)
		return end
	case words == 2 && comma > 0 && firstW.e1.First >= 200 && !firstW.e1.Common && !lastW.known && lastW.e-lastW.s >= 4 &&
		!ordinaryWord(b[lastW.s:lastW.e]) && !allUpper(b[lastW.s:lastW.e]) && !st.isKeyword(b[lastW.s:lastW.e]):
		// "Bondarenko, Mary": a surname the census lists do not know, and a common given name.
		st.emit(ns, end, Name, "name", Low, false)
		return end
	case weak && words >= 2 && words <= 4 && (common == 0 || known == words && common < words):
		// "claim for Holly Lundgren", "registered to River Da Silva"
		st.emit(ns, end, Name, "name", Low, false)
		return end
	case weak && words >= 2 && words <= 3 && lastW.e1.Last > 0 && !firstW.e1.Common && !ordinaryWord(b[firstW.s:firstW.e]) &&
		(firstW.e1.First > 0 || accented(b[firstW.s:firstW.e])):
		// "allow list for Björn Baker": a given name, and a surname that is also a word.
		st.emit(ns, end, Name, "name", Low, false)
		return end
	case weak && comma > 0 && words == 2 && firstW.e1.First > 0 && !firstW.e1.Common &&
		(lastW.e1.Last > 0 || !ordinaryWord(b[lastW.s:lastW.e])) && !allUpper(b[lastW.s:lastW.e]):
		// "re: Dimitriou, Ifeoma", "for Gray, Sipho"
		st.emit(ns, end, Name, "name", Low, false)
		return end
	case ctx && words >= 2 && words <= 3 && known == words && st.ctx[Name] >= i-2 && firstW.e1.First > 0 && lastW.e1.Last > 0:
		// "patient Sterling Moon": right after the keyword, names that are also words.
		st.emit(ns, end, Name, "name", Medium, false)
		return end
	}
	if ctx && titleCaseKeyword(b, st.ctx[Name]) {
		return ws[n-1].e // "Customer Support Team, ...": the title goes on; its words are no names
	}
	return ws[0].e
}

// firmAfter reports whether " & " and a firm's last words follow a name
// at b[e]: "Baxter Lyle & Quintero PC", "Halvorsen & Pike LLP".
func firmAfter(b []byte, e, to int) bool {
	if e+4 >= to || b[e] != ' ' || b[e+1] != '&' || b[e+2] != ' ' || !isUpper(b[e+3]) {
		return false
	}
	k := e + 3
	for words := 0; words < 4 && k < to && isUpper(b[k]); words++ {
		s := k
		for k < to && (isLetter(b[k]) || b[k] == '.') {
			k++
		}
		if w := bytes.TrimRight(b[s:k], "."); inSet(orgWords, w) || inSet(firmWords, w) {
			return true
		}
		if k >= to || b[k] != ' ' {
			break
		}
		k++
	}
	return false
}

// firmWords end the names of firms beside orgWords.
var firmWords = words("llp", "law", "attorneys", "lawyers", "legal", "co", "sons", "company")

// irishParticles open Irish surnames: "Ó Briain", "Ní Bhriain", "Uí Néill".
var irishParticles = [...]string{"Ó", "Ní", "Uí", "Nic", "Mhic"}

// irishParticleAt returns where the surname starts when b[k:] is one of
// irishParticles, a space and a capital ("Ó Briain"), or 0.
func irishParticleAt(b []byte, k, to int) int {
	if k >= to || b[k] != 0xC3 && b[k] != 'N' && b[k] != 'U' && b[k] != 'M' {
		return 0 // the common case: no particle's first byte ("Ó" is 0xC3 0x93)
	}
	for _, p := range irishParticles {
		if e := k + len(p); e+1 < to && string(b[k:e]) == p && b[e] == ' ' && upperAt(b, e+1, to) {
			return e + 1
		}
	}
	return 0
}

// irishParticleBefore returns where one of irishParticles starts when it
// and a space come right before b[i], or i.
func irishParticleBefore(b []byte, i int) int {
	for _, p := range irishParticles {
		if s := i - 1 - len(p); s >= 0 && b[i-1] == ' ' && string(b[s:i-1]) == p && (s == 0 || !isLetter(b[s-1]) && b[s-1] < 0x80) {
			return s
		}
	}
	return i
}

// particlesBefore returns where the lower-case particles right before
// b[i] start ("van der ", "de la ", "ter "), or i when there are none.
// In capitals ("DE LA CRUZ^MARIA", as HL7 writes names) when upper is set.
func particlesBefore(b []byte, i int, upper bool) int {
	start := i
	caseOf := isLower
	if upper {
		caseOf = isUpper
	}
	for hops := 0; hops < 2; hops++ {
		k := start - 1
		if k < 2 || b[k] != ' ' {
			break
		}
		ws := k
		for ws > 0 && k-ws <= 5 && caseOf(b[ws-1]) {
			ws--
		}
		var pb [6]byte
		if ws == k || k-ws > 5 || ws > 0 && isAlnum(b[ws-1]) || !nameParticles[string(lowerWord(pb[:], b[ws:k]))] {
			break // particles are short: "van", "della"
		}
		start = ws
	}
	return start
}

// nameInBraces reports whether w, found inside braces, is a name rather
// than a placeholder: one word, capitalised and no more, that the census
// lists know and the key vocabulary does not ("{Okafor}", not "{Name}").
func (st *state) nameInBraces(w []byte) bool {
	if len(w) < 2 || !isUpper(w[0]) {
		return false
	}
	for _, c := range w[1:] {
		if !isLower(c) {
			return false
		}
	}
	e, ok := lookupName(w)
	if !ok || e.First == 0 && e.Last == 0 {
		return false
	}
	kc := st.classifyKey(w, keyClass{})
	return kc.cat == 0 && !kc.never() && !kc.nameText() && !kc.person()
}

// camelIdentifier reports whether w is an identifier written in camel
// case rather than a name with a capital inside: three humps or more
// ("InvalidClassException"), or two whose first is five letters or more
// ("InputStream") or both ordinary words ("NewSize"). "McAllister",
// "MacKenzie", "DeShawn" and "LaToya" stay names.
func camelIdentifier(w []byte) bool {
	humps, first, start := 1, 0, 0
	for k := 1; k < len(w); k++ {
		if isUpper(w[k]) && isLower(w[k-1]) {
			if humps == 1 {
				first = k
			}
			humps++
			start = k
		}
	}
	switch humps {
	case 1:
		return false
	case 2:
		return first >= 5 || ordinaryWord(w[:first]) && ordinaryWord(w[start:])
	}
	return true
}

// ordinaryWord reports whether w is an ordinary English word: a name that
// is also one ("Rose", "Hunter"), log vocabulary ("Status"), or a word that
// is no name at all ("Specify", "Analysis").
func ordinaryWord(w []byte) bool { return names.Common(w) || names.Word(w) }

// keyAt reports whether a key glued to its value starts at b[k]: a word
// and ':' or '=' with no space after ("CorrelationID:53f2", "DOB=1950").
func keyAt(b []byte, k, to int) bool {
	k = numberMark(b, keyRunEnd(b, k, to), to)
	return k+1 < to && (b[k] == ':' || b[k] == '=') && b[k+1] != ' ' && b[k+1] != '/'
}

// numberMark returns the offset after the '#' that ends a number's key
// before its '=' at b[k] ("EMRG_PH#=7874640981", "DL#=..."), or k.
func numberMark(b []byte, k, to int) int {
	if k > 0 && k+1 < to && b[k] == '#' && b[k+1] == '=' && isAlnum(b[k-1]) {
		return k + 1
	}
	return k
}

// quotedAround reports whether b[s:e] is the whole of a quoted string. It
// looks past the end of the span being scanned, which for a quoted value
// ends before its closing quote.
func quotedAround(b []byte, s, e int) bool {
	return s > 0 && e < len(b) && (b[s-1] == '\'' || b[s-1] == '"') && b[e] == b[s-1]
}

// lookupName looks a word up in the name dictionaries, minding apostrophes
// and hyphens: "O'Brien" is "obrien", "Ruecker-Sauer" is known if a part is.
func lookupName(w []byte) (names.Entry, bool) {
	var buf [names.MaxWordLen]byte
	n := 0
	hyphen := -1
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 0x80 {
			// "Björn", "Søren", "María": look up the letter without its accent.
			r, size := utf8.DecodeRune(w[k:])
			k += size - 1
			if c = foldAccent(r); c == 0 {
				continue
			}
		}
		switch {
		case c == '\'':
		case c == '-':
			hyphen = n
		case n < len(buf):
			buf[n] = c
			n++
		}
	}
	if hyphen < 0 {
		return names.Lookup(buf[:n])
	}
	a, aok := names.Lookup(buf[:hyphen])
	z, zok := names.Lookup(buf[hyphen:n])
	if aok {
		a.Last = max(a.Last, z.Last)
		return a, true
	}
	return z, zok
}

// accentFolds maps the accented Latin letters of names to their base
// letters, in pairs: the letter, then its ASCII fold.
var accentFolds = func() map[rune]byte {
	const pairs = "àaáaâaãaäaåaāaăaąaçcćcčcďdđdèeéeêeëeēeėeęeěeğgìiíiîiïiīiįiıiłlľlĺlñnńnňnòoóoôoõoöoøoōoőoŕrřrśsšsşsșsťtțtùuúuûuüuūuůuűuųuýyÿyźzżzžzæaœoßs" +
		"ÀaÁaÂaÃaÄaÅaĀaĂaĄaÇcĆcČcĎdĐdÈeÉeÊeËeĒeĖeĘeĚeĞgÌiÍiÎiÏiĪiĮiİiŁlĽlĹlÑnŃnŇnÒoÓoÔoÕoÖoØoŌoŐoŔrŘrŚsŠsŞsȘsŤtȚtÙuÚuÛuÜuŪuŮuŰuŲuÝyŸyŹzŻzŽzÆaŒo"
	m := map[rune]byte{'ơ': 'o', 'Ơ': 'o', 'ư': 'u', 'Ư': 'u', // Vietnamese's horned letters
		'ð': 'd', 'Ð': 'd', 'ģ': 'g', 'Ģ': 'g', 'ķ': 'k', 'Ķ': 'k', 'ļ': 'l', 'Ļ': 'l', 'ņ': 'n', 'Ņ': 'n', // Icelandic, Latvian
		'ŵ': 'w', 'Ŵ': 'w', 'ŷ': 'y', 'Ŷ': 'y', 'ə': 'e', 'Ə': 'e', 'ħ': 'h', 'Ħ': 'h', 'ċ': 'c', 'Ċ': 'c', 'ġ': 'g', 'Ġ': 'g'} // Welsh, Azerbaijani, Maltese
	rs := []rune(pairs)
	for i := 0; i+1 < len(rs); i += 2 {
		m[rs[i]] = byte(rs[i+1])
	}
	// Vietnamese, Latin Extended Additional in the order of its base
	// letters: "Nguyễn", "Trần", "Quốc".
	r := rune(0x1EA0)
	for _, run := range [...]struct {
		n    int
		base byte
	}{{24, 'a'}, {16, 'e'}, {4, 'i'}, {24, 'o'}, {14, 'u'}, {8, 'y'}} {
		for end := r + rune(run.n); r < end; r++ {
			m[r] = run.base
		}
	}
	return m
}()

// foldAccent returns the ASCII base letter of an accented Latin letter, or 0.
func foldAccent(r rune) byte { return accentFolds[r] }

// upperAt reports whether a capital letter starts at b[k]: an ASCII one, or
// an accented Latin one ("Élodie", "Østergaard", "Łukasz").
func upperAt(b []byte, k, to int) bool {
	if k >= to {
		return false
	}
	if b[k] < 0x80 {
		return isUpper(b[k])
	}
	r, _ := utf8.DecodeRune(b[k:to])
	return unicode.IsUpper(r) && foldAccent(r) != 0
}

// titleCaseKeyword reports whether the keyword that ends at b[e] is
// capitalised, as in "Customer Support Team" or "Patient Portal Service":
// a name of a thing in title case rather than a keyword before a name.
func titleCaseKeyword(b []byte, e int) bool {
	if e <= 0 || e > len(b) {
		return false
	}
	s := e
	for s > 0 && isLetter(b[s-1]) {
		s--
	}
	if s < e && (inSet(greetings, b[s:e]) || inSet(relatives, b[s:e])) {
		return false // "Hi Tahmina,", "Dear Yuki,": a greeting is capitalised as a rule, and a sentence may open with "Wife"
	}
	return s < e && isUpper(b[s]) && (e-s < 2 || isLower(b[s+1]))
}

// patientWordAt reports whether the word that ends at b[e] is a patient's
// ("Pt", "Patient").
func patientWordAt(b []byte, e int) bool {
	s := e
	for s > 0 && e-s < 10 && isLetter(b[s-1]) {
		s--
	}
	return s < e && patientWord(b[s:e])
}

// testGivenName reports whether the name at b[i] has a test's given name
// after its comma: "ZZNICU, TEST", "ZZED, PATIENT".
func testGivenName(b []byte, i, to int) bool {
	k := afterComma(b, i, to, 24)
	if k < 0 {
		return false
	}
	w := nextWord(b, k, to)
	return equalFold(w, "test") || equalFold(w, "patient") || equalFold(w, "demo") || equalFold(w, "qa") || equalFold(w, "train")
}

// testPatientPrefix reports whether what follows "ZZ" in a name marks a
// test patient: "ZZTEST", "ZZZ", "ZZDEMO", "ZZTRAIN", "ZZQA".
func testPatientPrefix(rest []byte) bool {
	return hasPrefixFold(rest, "test") || hasPrefixFold(rest, "demo") || hasPrefixFold(rest, "train") ||
		hasPrefixFold(rest, "qa") || len(rest) > 0 && (rest[0] == 'Z' || rest[0] == 'z')
}

// vehicleMakes are makes of cars a model year names: "2017 Kia Sorento".
var vehicleMakes = words("kia", "honda", "toyota", "ford", "chevrolet", "chevy", "nissan", "hyundai", "subaru", "mazda",
	"volkswagen", "vw", "bmw", "audi", "mercedes", "lexus", "jeep", "dodge", "ram", "gmc", "buick", "cadillac", "chrysler",
	"tesla", "volvo", "acura", "infiniti", "lincoln", "mitsubishi", "porsche", "genesis", "mini", "fiat", "pontiac", "saturn")

// greetings open a message to a person, named next.
var greetings = words("hi", "hello", "dear", "hey", "hola", "bonjour", "hallo")

// greetingBefore reports whether one of greetings and a space come right
// before b[i]: "Hi ", "Dear ".
func greetingBefore(b []byte, i int) bool {
	if i < 3 || b[i-1] != ' ' {
		return false
	}
	var buf [8]byte
	w, _ := lowerWordBefore(buf[:], b, max(0, i-9), i-1)
	return greetings[string(w)]
}

// accented reports whether w holds a letter outside ASCII: "Björn", "Zoë".
// English words of log text rarely do; names often do.
func accented(w []byte) bool {
	for _, c := range w {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// twoCapitals reports whether the word at b[i] is followed by another
// capitalised word, joined by a space or ", ".
func twoCapitals(b []byte, i, to int) bool {
	k := i
	for k < to && (isLetter(b[k]) || b[k] >= 0x80 || b[k] == '\'' || b[k] == '-') {
		k++
	}
	if k < to && (b[k] == '.' || b[k] == '~') {
		k++ // "Washington~ Aaliyah", as Natus names a study's folder
	}
	if k < to && b[k] == ',' {
		k++
		if k+1 < to && isUpper(b[k]) && isUpper(b[k+1]) && isUpper(b[i]) && isUpper(b[i+1]) {
			return true // "ADEYEMI,AGNIESZKA"
		}
		if k+1 < to && isUpper(b[k]) && isLower(b[k+1]) && isLower(b[i+1]) && (i == 0 || !rowSep(b[i-1])) {
			return true // "for Khan,Dolores", not a row's fields
		}
	}
	return k+1 < to && b[k] == ' ' && (upperAt(b, k+1, to) || isLower(b[k+1]) && particleAfter(b, k, to) > 0)
}

func allUpper(w []byte) bool {
	for _, c := range w {
		if isLower(c) {
			return false
		}
	}
	return true
}

// quantity reports whether tok is a number and its unit, "1536ms",
// "12kb", "40mg": a measure, not an identifier.
func quantity(tok []byte) bool {
	k := 0
	for k < len(tok) && isDigit(tok[k]) {
		k++
	}
	if k == 0 || k == len(tok) || len(tok)-k > 4 || k >= 7 && len(tok)-k == 1 && isUpper(tok[k]) {
		return false // not "80703076D": a number with its check letter (Spain's DNI, a HICN)
	}
	var buf [4]byte
	switch string(lowerWord(buf[:], tok[k:])) {
	case "ms", "s", "us", "ns", "m", "h", "min", "mins", "sec", "secs", "d", "b", "kb", "mb", "gb", "tb", "kg", "g", "mg", "mcg", "ml", "l", "px", "x":
		return true
	}
	return false
}

// isKeyword reports whether w is a context keyword.
func (st *state) isKeyword(w []byte) bool {
	_, ok := keywordSet(w)
	return ok
}

// alnumID handles a token of letters and digits at b[s:e]: MBI, VIN, IBAN,
// DEA number, or an identifier a keyword asks for.
func (st *state) alnumID(b []byte, s, e, to int, tok []byte) {
	n := len(tok)
	if n < 4 || n > 34 || s > 0 && (b[s-1] == '/' || b[s-1] == '.') {
		return
	}
	letters, digits := 0, 0
	for _, c := range tok {
		switch {
		case isLetter(c):
			letters++
		case isDigit(c):
			digits++
		default:
			return // "10_15_7", "snake_case_1": code, not an identifier
		}
	}
	if letters == 0 || digits == 0 {
		return
	}
	upper := true
	for _, c := range tok {
		if isLower(c) {
			upper = false
			break
		}
	}
	if n == 4 && e+9 < to && b[e] == '-' {
		// A Medicare MBI written with dashes: 1EG4-TE5-MK73.
		if e2 := idRunEnd(b, s, to); e2-s == 13 && b[s+8] == '-' {
			var buf [11]byte
			k := copy(buf[:], b[s:s+4])
			k += copy(buf[k:], b[s+5:s+8])
			copy(buf[k:], b[s+9:s+13])
			if validMBI(buf[:]) {
				st.emit(s, e2, HealthPlan, "mbi", High, false)
				return
			}
		}
	}
	if upper && gluedMRN(tok) {
		st.emit(s, e, MRN, "mrn", Medium, false)
		return
	}
	if n == 7 && upper && calendarDate(tok) {
		// "DOB 23NOV36", "ISOL TIL 16MAY24": a day as travel and military
		// records write it; after an event's word, the person's when the
		// record names one (see dropUnclaimed).
		switch {
		case st.near(Date, s, ctxWindow):
			st.emit(s, e, Date, "date", Medium, false)
			return
		case eventDayBefore(b, s):
			st.undated = true
			st.emit(s, e, Date, "event_date", Low, false)
			return
		}
	}
	ctxCat, hasCtx := st.idContext(b, s)
	if hasCtx && (uuidOrHash(tok) || lowerHex(tok) || masked(tok) || quantity(tok) || hl7Table(tok) || ctxCat == Device && serialAfter(b, e, to)) {
		return
	}
	if hasCtx {
		// "LPN-84604", "MR-971255", "A-573-285-498": one identifier.
		if e2 := idRunEnd(b, s, to); e2 > e && !uuidOrHash(b[s:e2]) {
			st.emit(s, e2, ctxCat, "context", Medium, false)
			return
		}
	}
	conf := func(c Category) Confidence {
		if st.near(c, s, ctxWindow) {
			return High
		}
		return Medium
	}
	switch {
	case upper && n == 11 && validMBI(tok):
		st.emit(s, e, HealthPlan, "mbi", conf(HealthPlan), false)
	case upper && n == 9 && validDNI(tok) && (!compactDate(tok[:8]) || st.near(OtherID, s, ctxWindow)):
		// Spain's DNI and NIE by their check letter; "20240101T" is a
		// date and its time's 'T', unless a keyword says otherwise.
		st.emit(s, e, OtherID, "dni", conf(OtherID), false)
	case upper && n == 18 && validCURP(tok):
		st.emit(s, e, OtherID, "curp", conf(OtherID), false)
	case upper && n == 17 && validVIN(tok):
		st.emit(s, e, Vehicle, "vin", conf(Vehicle), false)
	case upper && n >= 15 && validIBAN(tok):
		st.emit(s, e, Account, "iban", conf(Account), false)
	case upper && n == 9 && validDEA(tok) && st.near(License, s, ctxWindow):
		// Two letters and seven digits are also order and invoice numbers:
		// a DEA number needs a keyword.
		st.emit(s, e, License, "dea", High, false)
	case upper && n == 17 && vinShape(tok) && st.near(Vehicle, s, ctxWindow):
		st.emit(s, e, Vehicle, "vin", Medium, false)
	case hasCtx && n >= 5 && n <= 20 && (upper || digits >= 3): // not "iPhone15", "base64", "compile5"
		if digits <= 2 {
			if kc := st.classifyKey(tok, keyClass{}); kc.cat != 0 || kc.never() {
				return // "MBI|FNAME|MI|LNAME|ADDR1": a header's next column, no value
			}
		}
		st.emit(s, e, ctxCat, "context", Medium, false)
		st.listCat, st.listEnd = ctxCat, e // "MRNs NWH4159516 and 00446664"
	}
}

// serialAfter reports whether a serial's label follows the word ending at
// b[e] within a few words: "Implant CI632 S/N 6557265", "SYNCHRONY 2
// Mi1250 FLEX28, SN 8997437": the word is the device's model.
func serialAfter(b []byte, e, to int) bool {
	end := min(to, e+20)
	for k := e; k+2 < end; k++ {
		if b[k] != ' ' {
			continue
		}
		w := b[k+1 : min(end+4, to)]
		if hasPrefixFold(w, "s/n") || hasPrefixFold(w, "sn ") || hasPrefixFold(w, "sn:") || hasPrefixFold(w, "sn#") || hasPrefixFold(w, "serial") {
			return true
		}
	}
	return false
}

// logLevels are the levels loggers print, in the fields of their lines.
var logLevels = words("info", "warn", "warning", "error", "debug", "trace", "fatal", "notice", "crit", "critical", "severe", "fine", "alert", "emerg")

// weakNameWords often precede a person's name in logs, but not only names:
// "for", "to", "by". After them, a name needs two words and a dictionary
// hit or an initial.
var weakNameWords = words("for", "to", "by", "from", "with", "regarding", "re", "about", "of", "and", "attn", "cc")

// weakNameBefore reports whether a weak name word ends one space before b[i]
// ("for ", "re: ").
func weakNameBefore(b []byte, i int) bool {
	if i < 3 || b[i-1] != ' ' {
		return false
	}
	k := i - 1
	if b[k-1] == ':' {
		k--
	}
	var buf [10]byte
	lw, _ := lowerWordBefore(buf[:], b, 0, k)
	return lw != nil && weakNameWords[string(lw)]
}

// upperGivenAfter reports whether a given name in capitals that the lists
// know, and no common word, follows at b[e]: " ELENI".
func upperGivenAfter(b []byte, e, to int) bool {
	if e+3 >= to || b[e] != ' ' || !isUpper(b[e+1]) {
		return false
	}
	k := e + 1
	for k < to && (isUpper(b[k]) || b[k] == '\'' || b[k] == '-') {
		k++
	}
	if k-e-1 < 2 || k < to && (isLower(b[k]) || b[k] >= 0x80) {
		return false
	}
	g, _ := lookupName(b[e+1 : k])
	return g.First > 0 && !g.Common
}

// shoutedNamePair reports whether the word in capitals at b[s:e] and the
// next one are a given name and a surname the census lists know, neither
// an ordinary word: "paperwork for FATIMA JACKSON" (not "for JUNE PAYROLL").
func shoutedNamePair(b []byte, s, e, to int) bool {
	if e+3 >= to || b[e] != ' ' || !isUpper(b[e+1]) {
		return false
	}
	k := e + 1
	for k < to && (isUpper(b[k]) || b[k] >= 0x80 || b[k] == '\'' || b[k] == '-') {
		k++
	}
	if k-e-1 < 2 || k < to && isLower(b[k]) {
		return false
	}
	first, _ := lookupName(b[s:e])
	last, _ := lookupName(b[e+1 : k])
	return first.First > 0 && !first.Common && last.Last > 0 && !last.Common
}

// doseAfter reports whether a drug's strength follows a word at b[e]:
// " 0.5 mg", " 160 mg/5 mL", " 25mg".
func doseAfter(b []byte, e, to int) bool {
	if e+3 >= to || b[e] != ' ' || !isDigit(b[e+1]) {
		return false
	}
	k := e + 1
	for k < to && (isDigit(b[k]) || b[k] == '.') {
		k++
	}
	if k < to && b[k] == ' ' {
		k++
	}
	u := k
	for k < to && isLetter(b[k]) {
		k++
	}
	var buf [4]byte
	switch string(lowerWord(buf[:], b[u:min(k, u+len(buf))])) {
	case "mg", "mcg", "g", "ml", "iu", "unit", "meq":
		return k-u <= 5 && (k == to || !isLetter(b[k]))
	}
	return false
}

// doseBefore reports whether a dose's unit ends one space before b[i]:
// "40 mg tablet", "500 mcg tablets".
func doseBefore(b []byte, i int) bool {
	if i < 3 || i > len(b) || b[i-1] != ' ' {
		return false
	}
	var buf [8]byte
	w, _ := lowerWordBefore(buf[:], b, 0, i-1)
	return string(w) == "mg" || string(w) == "mcg" || string(w) == "g" || string(w) == "ml" || string(w) == "er" || string(w) == "xr"
}

// surnameLabel emits the capitalised word at b[i:e], before a colon, as a
// name when a person's data and a weak name word come before it: "SSN
// mismatch for Mensah: submitted ...", "address change for Nair: ...".
func (st *state) surnameLabel(b []byte, i, e int) bool {
	if e-i < 3 || !weakNameBefore(b, i) || !st.personDataBefore(i) {
		return false
	}
	if e1, _ := lookupName(b[i:e]); (e1.Last > 0 || e1.First > 0) && !e1.Common && !ordinaryWord(b[i:e]) {
		st.emit(i, e, Name, "name", Low, false)
		return true
	}
	return false
}

// personDataBefore reports whether a keyword of a person's data ends
// shortly before b[i]: "SSN mismatch for", "address change for".
func (st *state) personDataBefore(i int) bool {
	for _, c := range [...]Category{SSN, Address, Date, Phone, Email, MRN, HealthPlan, Account} {
		if st.near(c, i, 32) {
			return true
		}
	}
	return false
}

// capitalWordsEnd returns the end of two to four words in capitals at b[i],
// joined by single spaces, that are no keywords, when what follows them
// vouches for a name ("CHIDI TAKAHASHI" before "DOB"); or 0.
func capitalWordsEnd(b []byte, i, to int) int {
	var ws [4]span
	n := 0
	for k := i; n < len(ws) && k < to && isUpper(b[k]); k++ {
		s := k
		for k < to && (isUpper(b[k]) || b[k] >= 0x80 || b[k] == '\'' || b[k] == '-') {
			k++ // "NÚÑEZ": capitals outside ASCII too
		}
		if k-s < 2 || k < to && isAlnum(b[k]) {
			break
		}
		ws[n] = span{s, k}
		n++
		if k >= to || b[k] != ' ' {
			break
		}
	}
	for ; n >= 2; n-- {
		if !nameFollows(b, ws[n-1].end, to) {
			continue
		}
		for _, w := range ws[:n] {
			if _, kw := keywordSet(b[w.start:w.end]); kw {
				return 0
			}
		}
		return ws[n-1].end
	}
	return 0
}

// keyedCapitals reports whether two to four words in capitals at b[s],
// no keywords, are the whole value of a name's key right before them: up
// to the next key ("Nom: ILUNGA MBUYI Prénom: ..."), a separator or the end.
func (st *state) keyedCapitals(b []byte, s, to int) bool {
	if st.nameKeyEnd < s-1 || st.nameKeyEnd > s {
		return false
	}
	k, n := s, 0
	for n < 5 && k < to && isUpper(b[k]) {
		w := k
		for k < to && (isUpper(b[k]) || b[k] >= 0x80 || b[k] == '\'' || b[k] == '-') {
			k++
		}
		if k-w < 2 || k < to && isAlnum(b[k]) || st.isKeyword(b[w:k]) || inSet(placeJoiners, b[w:k]) {
			return false // "Facility Name: BROOKHAVEN AT CRANBERRY": a place's name
		}
		n++
		if k+1 < to && b[k] == ' ' && isUpper(b[k+1]) && !keyAt(b, k+1, to) && !spacedKeyAt(b, k+1, to) {
			k++
			continue
		}
		break
	}
	if n < 2 || n > 4 {
		return false
	}
	return k == to || b[k] == ',' || b[k] == ';' || b[k] == '|' || b[k] == '\t' || b[k] == ')' || b[k] == '"' ||
		b[k] == ' ' && (k+1 == to || b[k+1] == ' ' || keyAt(b, k+1, to) || spacedKeyAt(b, k+1, to))
}

// placeJoiners join the words of a place's or an organisation's name, not
// a person's.
var placeJoiners = words("at", "of", "the", "and", "for", "on", "in", "to", "by")

// spacedKeyAt reports whether a word at b[k] is a key with its colon
// after it and a space after that, "DOB: ", or spaced as French sets it,
// "Prénom : ".
func spacedKeyAt(b []byte, k, to int) bool {
	e := k
	for e < to && (isLetter(b[e]) || b[e] >= 0x80 || b[e] == '_' || b[e] == '#') {
		e++
	}
	return e > k && (e+1 < to && b[e] == ':' && b[e+1] == ' ' || frenchColon(b, e, to))
}

// nameFollows reports whether what follows a candidate name marks it as a
// person's: " (DOB", ", DOB", " - DOB", " (MRN", ", 104 y/o", " viewed SSN".
func nameFollows(b []byte, e, to int) bool {
	k := dashesEnd(b, e, to)
	if k == e {
		return false
	}
	rest := b[k:min(to, k+12)]
	if len(rest) == 0 {
		return false
	}
	if b[k-1] == '(' && bracketedRecordNumber(b, k, to) {
		return true // "OYELARAN, MAE   (BV-007145)   TABLE 2": the person's number, in brackets
	}
	if b[k-1] == '(' {
		w := k
		for w < to && w-k < 14 && isLetter(b[w]) {
			w++
		}
		if w < to && b[w] == ')' && (inSet(relatives, b[k:w]) || inSet(bracketedRelations, b[k:w])) {
			return true // "Obinna Kuznetsov (grandson)", "Mette García-López (POA)", "Dawn Lindqvist (hermana)": a relative, named
		}
	}
	switch c := lower(rest[0]); {
	case c == 'd' || c == 'm' || c == 's' || c == 'b' || c == 'a' || c == 'p' || c == 'v' || c == 'r' || c == 'c' ||
		c == '<' || c == '\\' || isDigit(c) || isEmailLocal(c) && b[k-1] == '(':
	default:
		return false // none of the words below starts so: the common case, decided at once
	}
	if rest[0] == '<' && bytesIndex(b[k:min(to, k+64)], '@') > 0 {
		return true // "Destiny Asante <destiny@example.org>"
	}
	if b[k-1] == '(' {
		at := k
		for at < to && at-k < 64 && isEmailLocal(b[at]) {
			at++
		}
		if at > k && at < to && b[at] == '@' {
			return true // "Percival Ashdown (pashdown@example.org)"
		}
	}
	if len(rest) > 1 && rest[0] == '\\' && rest[1] == '"' {
		rest = rest[2:]
		for len(rest) > 0 && rest[0] == ' ' {
			rest = rest[1:]
		}
		if len(rest) > 0 && rest[0] == '<' {
			return true
		}
	}
	if birthWordsAt(rest) {
		return true
	}
	for _, w := range [...]string{"mrn", "ssn", "age ", "member id", "pt id", "viewed ssn", "signed consent", "requested a copy"} {
		if hasPrefixFold(rest, w) {
			return true
		}
	}
	if hasPrefixFold(rest, "called from ") {
		// "Parish, Cheyenne called from +1 (228) 751-1369": a caller is a person.
		n := b[k+len("called from ") : min(to, k+len("called from ")+2)]
		return len(n) > 0 && (isDigit(n[0]) || n[0] == '+' || n[0] == '(')
	}
	// ", 104 y/o", " 99y M"
	d := 0
	for d < len(rest) && isDigit(rest[d]) {
		d++
	}
	if d >= 1 && d <= 3 && (ageAfter(rest, d, len(rest)) || ageSex(rest, d)) {
		return true
	}
	if d >= 1 && d <= 6 && k-e >= 2 && b[e] == ' ' && b[e+1] == ' ' && streetAhead(b, k+d, to) {
		// "NGATA PRIYA   9450 N MILWAUKEE AVE AURORA IL": a scanned card's
		// name, then in its own column the street (not "Seoul Bowl (3643 ...").
		return true
	}
	// " 05/14/1923": a date older than any log's, a birth date.
	if len(rest) >= 10 {
		if y, m, dd, ok := calendarYMD(rest[:10]); ok && y >= 1900 && y < oldYear && validDate(y, m, dd) {
			return true
		}
	}
	return false
}

// staffAddressAfter reports whether the name ending at b[e] is a mail
// header's display name whose address, in brackets after it, is at a
// care organisation: "Raj Patel" <raj.patel@lakeshoremercy.org>.
func staffAddressAfter(b []byte, e, to int) bool {
	k := e
	for k < to && (b[k] == '"' || b[k] == ' ') {
		k++
	}
	return k < to && (b[k] == '<' || b[k] == '(') && staffMailAfter(b[:to], e)
}

// speakerRoleAfter reports whether a chat's or a transcript's speaker
// label follows a name at b[e]: a staff role in brackets, then a colon
// ("Derek Holm (Technician): restarting", "Kevin (DrawWell Support):").
func speakerRoleAfter(b []byte, e, to int) bool {
	if e+4 >= to || b[e] != ' ' || b[e+1] != '(' {
		return false
	}
	c := bytes.IndexByte(b[e+2:min(to, e+34)], ')')
	if c < 2 || e+2+c+1 >= to || b[e+2+c+1] != ':' {
		return false
	}
	role := b[e+2 : e+2+c]
	if bytes.Count(role, []byte{' '}) > 2 {
		return false // "(prescriber Will Hart RN): DUR": a note, naming someone else
	}
	if sp := bytes.LastIndexByte(role, ' '); sp >= 0 {
		role = role[sp+1:]
	}
	var buf [14]byte
	if len(role) > len(buf) {
		return false
	}
	w := lowerWord(buf[:], role)
	return staffRoles[string(w)] || speakerRoles[string(w)]
}

// speakerRoles are what support chats and meetings mark their staff with.
var speakerRoles = words("technician", "tech", "agent", "support", "coach", "host", "moderator", "staff", "nurse", "rn", "md",
	"pharmacist", "navigator", "advocate", "bot", "assistant", "helpdesk", "team")

// roleCellAfter reports whether the cell after a name at b[e] is a staff
// role's title, as a signature gives it: "Bridget Halloran | Patient Care
// Coordinator | Lakeshore Plastic Surgery".
func roleCellAfter(b []byte, e, to int) bool {
	k := e
	for k < to && b[k] == ' ' {
		k++
	}
	if k+3 >= to || b[k] != '|' {
		return false
	}
	k++
	var buf [14]byte
	for words := 0; words < 4; words++ {
		for k < to && b[k] == ' ' {
			k++
		}
		s := k
		for k < to && isLetter(b[k]) {
			k++
		}
		if k == s || k-s > len(buf) {
			return false
		}
		if staffRoles[string(lowerWord(buf[:], b[s:k]))] {
			return true
		}
		if k < to && b[k] != ' ' {
			return false
		}
	}
	return false
}

// streetAhead reports whether a street's name and suffix follow a house
// number ending at b[k]: " N MILWAUKEE AVE", " Elm St".
func streetAhead(b []byte, k, to int) bool {
	var buf [12]byte
	for words := 0; words < 4; words++ {
		if k+1 >= to || b[k] != ' ' || !isUpper(b[k+1]) {
			return false
		}
		n := k + 1
		for n < to && isLetter(b[n]) {
			n++
		}
		if n-k-1 <= len(buf) && words > 0 && inSet(streetSuffixes, lowerWord(buf[:], b[k+1:n])) && (n == to || !isAlnum(b[n])) {
			return true
		}
		k = n
	}
	return false
}

// birthFollows reports whether the words for a birth date follow a name
// at b[e], after spaces, brackets, commas or dashes: "(Love, Rocky, DOB
// 04/04/1991)", "Grace Hill - born 1931".
func birthFollows(b []byte, e, to int) bool {
	k := dashesEnd(b, e, to)
	if k == e {
		return false
	}
	return birthWordsAt(b[k:min(to, k+13)])
}

// birthWordsAt reports whether rest opens with the words for a birth
// date: "DOB", "d.o.b.", "born", "date of birth".
func birthWordsAt(rest []byte) bool {
	return hasPrefixFold(rest, "dob") || hasPrefixFold(rest, "d.o.b") || hasPrefixFold(rest, "born") || hasPrefixFold(rest, "date of birth")
}

// dashesEnd skips what separates a name from what is said of it at
// b[e]: spaces, brackets, commas, hyphens and dashes (" – 87M").
func dashesEnd(b []byte, e, to int) int {
	k := e
	for k < to && k-e < 6 {
		switch {
		case b[k] == ' ' || b[k] == '(' || b[k] == ',' || b[k] == '-' || b[k] == '[' || b[k] == '"':
			k++
		case k+2 < to && b[k] == 0xe2 && b[k+1] == 0x80 && (b[k+2] == 0x93 || b[k+2] == 0x94): // en and em dash
			k += 3
		default:
			return k
		}
	}
	return k
}

// ageSex reports whether the d digits that open rest are an age with the
// sex right after it, as pages and whiteboards write them: "86F", "37M".
func ageSex(rest []byte, d int) bool {
	return d < len(rest) && (rest[d] == 'M' || rest[d] == 'F') && (d+1 == len(rest) || !isAlnum(rest[d+1])) && atoi(rest[:d]) <= 125
}

var nameLabels = words("last", "first", "middle", "given", "family", "surname", "name", "full", "initial", "suffix")

// employerBefore reports whether "employer" or "employed by" ends just
// before b[i] ("employer: Quincy Shipyards LLC").
func employerBefore(b []byte, i int) bool {
	var buf [10]byte
	w, s := wordBefore(buf[:], b, 0, i, " :,=", 3)
	if string(w) == "by" {
		w, _ = lowerWordBefore(buf[:], b, 0, max(s-1, 0))
	}
	return string(w) == "employer" || string(w) == "employed" || string(w) == "works"
}

// commitSubject reports whether a Conventional Commits subject starts at
// b[k]: "feat(fhir): ...", "fix: ...", "chore!: ...".
func commitSubject(b []byte, k, to int) bool {
	s := k
	for k < to && isLower(b[k]) && k-s < 9 {
		k++
	}
	if k >= to || b[k] != ':' && b[k] != '(' && b[k] != '!' {
		return false
	}
	return commitTypes[string(b[s:k])]
}

var commitTypes = words("feat", "fix", "docs", "chore", "refactor", "test", "tests", "perf", "build", "ci", "style", "revert")

// documentTitleBefore reports whether a document's kind and " - " end
// just before "Last, First" at b[i], as titles name whose document it is:
// "Discharge Summary - Obi, Emeka - 2024-03-03.xlsx", "Tray Ticket -
// NGATA, AROHA" ("Virtual Visit - Dermatology" names a clinic).
func documentTitleBefore(b []byte, i, to int) bool {
	if i < 5 || b[i-1] != ' ' || b[i-2] != '-' || b[i-3] != ' ' {
		return false
	}
	k := i
	for k < to && (isLetter(b[k]) || b[k] >= 0x80 || b[k] == '-' || b[k] == '\'') {
		k++
	}
	if k+2 >= to || b[k] != ',' || b[k+1] != ' ' || !isUpper(b[k+2]) {
		return false
	}
	var buf [16]byte
	w, _ := lowerWordBefore(buf[:], b, 0, i-3)
	return fileDocWords[string(w)] || labelWords[string(w)]
}

// labelWords are what a printer's job names for a person: "Tray Ticket -
// NGATA, AROHA", "Face Sheet - ...".
var labelWords = words("sheet", "ticket", "label", "labels", "tray", "band", "wristband", "armband")

// credentialAfter reports whether a clinician's degree or licence follows
// the name ending at b[e]: " MD", ", RN", " PA-C".
func credentialAfter(b []byte, e, to int) bool {
	k := e
	if k+1 < to && b[k] == '"' && (b[k+1] == ',' || b[k+1] == '|' || b[k+1] == ';' || b[k+1] == '\t') {
		return credentialCellAt(b, k+1, to) // a row's next cell: "...,\"Morales, Rosa\",RN,HYDROmorphone..."
	}
	if k < to && b[k] == ',' {
		k++
	}
	if k >= to || b[k] != ' ' {
		return false
	}
	k++
	s := k
	if k >= to || !isUpper(b[k]) {
		return false // degrees are written in capitals: "MD", "PharmD"
	}
	for k < to && (isLetter(b[k]) || b[k] == '-' || b[k] == '.') && k-s < 8 {
		k++
	}
	if k == s || k < to && isAlnum(b[k]) {
		return false
	}
	if inSet(academicDegrees, b[s:k]) && allUpper(b[s:k]) || string(b[s:k]) == "PT" || string(b[s:k]) == "OT" {
		// "Priya Raman, MS, RDN": a degree anyone may hold, then a
		// clinician's; "Tyrone Hughes MA at Licking Valley Oncology": one
		// that names where its holder works; "Dana Whitfield, PT, DPT": a
		// therapist's title, then her degree (alone, "PT" is as often the patient).
		return k < to && b[k] == ',' && credentialAfter(b, k, to) || hasPrefixFold(b[k:to], " at ")
	}
	return isCredential(b[s:k]) && string(b[s:k]) != "Do" // "Do" after a name is a verb
}

// credentialCellAt reports whether the cell after the delimiter at b[d]
// is a clinician's credential alone, in capitals: ",RN,", "|CRNA|".
func credentialCellAt(b []byte, d, to int) bool {
	s := d + 1
	k := s
	for k < to && isLetter(b[k]) && k-s < 8 {
		k++
	}
	return k > s && (k == to || b[k] == b[d]) && allUpper(b[s:k]) && isCredential(b[s:k])
}

// isCredential reports whether w is a clinician's degree or licence,
// dotted or not: "MD", "M.D.", "PharmD".
func isCredential(w []byte) bool {
	var buf [8]byte
	n := 0
	for _, c := range w {
		if c != '.' {
			if n == len(buf) {
				return false
			}
			buf[n] = lower(c) // "M.D." is "md"
			n++
		}
	}
	c := string(buf[:n])
	for _, level := range [...]string{"-iii", "-ii", "-i"} {
		if len(c) > len(level)+2 && c[len(c)-len(level):] == level {
			c = c[:len(c)-len(level)] // "CADC-II": a credential's level
			break
		}
	}
	return credentials[c]
}

// academicDegrees are degrees anyone may sign with, before a clinician's.
var academicDegrees = words("ms", "ma", "bs", "ba", "mph", "mba", "med", "mhs", "msc", "bsc")

// credentials are degrees and licences clinicians sign with.
var credentials = words("md", "do", "rn", "np", "pa", "pa-c", "rt", "pharmd", "rph", "dds", "dmd", "od", "dpm",
	"lpn", "cnm", "crna", "aprn", "fnp", "dnp", "mbbs", "facs", "facp", "lcsw", "psyd",
	"esq", "jd", "crnp", "ibclc", "ccc-a", "aud", "audiologiste", "inf", "lmft", "lpc", "lcpc", "lpcc", "lmsw", "msw",
	"cpo", "dpt", "otr", "ot", "slp", "ccc-slp", "rdn", "ldn", "cdn", "cnsc", "cdces", "bsn", "msn", "cnp", "phd", "bcba", "ladc", "cadc", "emt", "cpht", "lfd",
	"mls", "mlt", "cls", "cna", "cma", "ccma", // the laboratory's scientists and technicians; aides and medical assistants
	"rd", "rbt", "pmhnp", "pnp", "lisw", "ches", "cgc", "lcgc", "cra", "chw", "dsp", "ccp",
	"casac", "lcadc", "ncac", "cprs", "crm", "qmha", "qmhp", // addiction counsellors, peer recovery specialists and mentors, mental health associates;
	"mha", "chcm", // administrators; dietitians, behaviour technicians, genetic counsellors, a trial's monitors; and attorneys, who sign "Esq."
	"cht", "chrn", "ccrn", "cen", "ocn", "cwocn", "cwon", "cwcn", "cnor", "chpn", "rrt", "crt", "rdms", "rdcs", "rvt", "arrt") // hyperbaric, critical care, wound, perioperative and hospice nurses; respiratory and imaging technologists

// orgNamed reports whether v, a value under a name's key, names an
// organisation: it has two words or more and ends in one that ends
// organisations' names ("Hospital", "LLC", "Inc.", "Services"), or joins
// two with an ampersand ("Ruiz & Whitcomb").
func orgNamed(v []byte) bool {
	sp := bytes.LastIndexByte(v, ' ')
	if sp <= 0 {
		return false
	}
	if bytes.Contains(v, []byte(" & ")) {
		return true // "Ruiz & Whitcomb": a firm
	}
	w := bytes.TrimRight(v[sp+1:], ".,")
	return len(w) > 2 && (inSet(orgWords, w) || inSet(orgSuffixes, w))
}

// orgTitle reports whether v is an organisation's name alone, as a key
// holds it: orgNamed, in at most six words, each capitalised or a joining
// word ("Rogers Park Pediatrics", "Ruiz & Whitcomb"), no sentence.
func orgTitle(v []byte) bool {
	if !orgNamed(v) {
		return false
	}
	n := 0
	for w := range bytes.SplitSeq(v, []byte{' '}) {
		n++
		if n > 6 || len(w) == 0 {
			return false
		}
		if !isUpper(w[0]) && !isDigit(w[0]) && string(w) != "&" && string(w) != "of" && string(w) != "and" && string(w) != "the" && string(w) != "for" {
			return false
		}
	}
	return true
}

// clinicianTitled reports whether a name, as a key holds it, is signed
// with a credential or opened by one: "Yesenia Adeyemi, LMFT", "José
// Kaur, DO", "RN Alicia Moreno", "RPh D. Ames", "Rev. Brennan". A
// clinician in their work is no patient's PHI.
func clinicianTitled(v []byte) bool {
	if sp := bytes.IndexByte(v, ' '); sp >= 2 && sp <= 6 && isUpper(v[0]) {
		var buf [8]byte
		n := 0
		for _, c := range v[:sp] {
			if c != '.' {
				buf[n] = lower(c)
				n++
			}
		}
		if w := string(buf[:n]); credentials[w] && w != "do" && w != "pa" || w == "rev" {
			return true // "do" and "pa" open sentences and names as often
		}
	}
	if c := bytes.LastIndexByte(v, ' '); c > 0 {
		e := c
		if v[c-1] == ',' {
			e = c - 1
		}
		return credentialAfter(v, e, len(v))
	}
	return false
}

// staffBefore reports whether a role of the staff comes right before
// b[i], as in "by supervisor Grace Alvarez".
func staffBefore(b []byte, i int) bool {
	if userNumberBefore(b, i) {
		return true
	}
	var buf [14]byte
	w, s := wordBefore(buf[:], b, 0, i, " :\"'.", 2)
	if string(w) == "by" && s > 1 && b[s-1] == ' ' {
		// "Visit completed by \"Jonah Whitaker\"", "reviewed by Ana Ruiz": who did the work.
		w, _ = lowerWordBefore(buf[:], b, 0, s-1)
		return staffActs[string(w)]
	}
	return w != nil && staffRoles[string(w)]
}

// assigneeBefore reports whether a task's assignment comes right before
// b[i]: "Deficiency 558258 assigned to Kwame Asante", "owner reassigned
// to Priyanka Shah": one of the staff, who works it; not a device or an
// SSN assigned to a patient, nor a name whose chart follows (see
// nameFollows).
func assigneeBefore(b []byte, i int) bool {
	var buf [12]byte
	w, s := wordBefore(buf[:], b, 0, i, " \"", 2)
	if string(w) != "to" || s < 2 || b[s-1] != ' ' {
		return false
	}
	w, ws := lowerWordBefore(buf[:], b, 0, s-1)
	return (string(w) == "assigned" || string(w) == "reassigned" || string(w) == "escalated") &&
		!containsAnyFold(b[max(0, ws-64):ws], "sn ", "imei", "serial", "ssn", "device", "tablet", "pump", "cycler", "monitor") // a patient's device, a person's number
}

// departmentAfter reports whether a department in brackets follows a
// name at b[e]: "Aisha Karimi (Privacy Office)", "Jo Lee (IT Service
// Desk)": one of the staff, named by where they work.
func departmentAfter(b []byte, e, to int) bool {
	if e+4 >= to || b[e] != ' ' || b[e+1] != '(' {
		return false
	}
	c := bytes.IndexByte(b[e+2:min(to, e+42)], ')')
	if c < 3 {
		return false
	}
	in := b[e+2 : e+2+c]
	w := in[bytes.LastIndexByte(in, ' ')+1:]
	var lb [12]byte
	if len(in) >= 2 && len(in) <= 4 && !bytes.ContainsFunc(in, func(r rune) bool { return r < 'A' || r > 'Z' }) && !inSet(bracketedPersonCodes, in) {
		return true // "Iriarte, Tomás (FSC)": a note's author by the role's code
	}
	return isUpper(in[0]) && inSet(departmentWords, lowerWord(lb[:], w))
}

// bracketedPersonCodes are the codes in brackets after a name that say
// whose it is, not which staff role: "Ana Ruiz (NOK)", "Jo Lee (POA)".
var bracketedPersonCodes = words("nok", "poa", "pt", "pat", "dob", "mrn", "ssn", "dnr", "hcp", "self", "mom", "dad", "sis", "bro",
	"son", "dau", "wife", "spouse", "gdn", "grdn", "emc", "ec", "sps",
	// HL7's relationships (table 0063): "Ji-woo Seo (MTH)"
	"sel", "spo", "dom", "chd", "gch", "nch", "sch", "fch", "dep", "wrd", "par", "mth", "fth", "cgv", "grd", "grp", "sib", "fnd",
	"oad", "eme", "emr", "asc", "oth", "rel", "unk")

// bracketedRelations are, beside relatives, the words in brackets after
// a name that say who the person is to the patient, in the languages of
// a clinic's notes: "Dawn Lindqvist (hermana)".
var bracketedRelations = words("poa", "guardian", "caregiver", "carer", "neighbor", "neighbour", "friend", "fiance", "fiancee", "partner",
	"sibling", "cousin", "stepmother", "stepfather", "stepson", "stepdaughter", "grandma", "grandpa", "godmother", "godfather",
	"hermana", "hermano", "hija", "hijo", "esposa", "esposo", "madre", "padre", "abuela", "abuelo", "nieta", "nieto",
	"sobrina", "sobrino", "prima", "primo", "cuidadora", "cuidador", "vecina", "vecino", "amiga", "amigo", "pareja", "tutor", "tutora",
	"filha", "filho", "mae", "pai", "marido", "irma", "irmao", "fille", "fils", "mari", "femme", "soeur", "frere")

var departmentWords = words("office", "department", "dept", "team", "desk", "committee", "operations", "compliance", "management", "services",
	"sre", "noc", "dba", "devops", "it", "ops", "engineering", "support", "infrastructure", "infra") // "Dana Brooks (SRE)": the on-call engineer

// credentialBefore reports whether a clinician's credential in capitals
// comes right before b[i]: RN "Gustavo Obi", CNA Maria Lopez.
func credentialBefore(b []byte, i int) bool {
	var buf [14]byte
	w, s := wordBefore(buf[:], b, 0, i, " :\"'", 2)
	return len(w) >= 2 && credentials[string(w)] && allUpper(b[s:s+len(w)]) && !stateAbbrevs[string(b[s:s+len(w)])]
}

// userNumberBefore reports whether a user's number or login and a
// bracket come right before b[i], after "by": FileMan's audit names who
// edited a record so, "BY 1227 (NEZ,LUANN)", as others do
// "by=kwhitfield (Karen Whitfield)".
func userNumberBefore(b []byte, i int) bool {
	k := i - 1
	if k < 5 || b[k] != '(' || b[k-1] != ' ' {
		return false
	}
	k--
	d := k
	for d > 0 && k-d < 24 && (isDigit(b[d-1]) || isLower(b[d-1]) || b[d-1] == '.' || b[d-1] == '_') {
		d--
	}
	return d < k && d >= 4 && (b[d-1] == ' ' || b[d-1] == '=') && equalFold(b[d-3:d-1], "by") && (d == 3 || b[d-4] == ' ' || b[d-4] == '_')
}

// bracketedRecordNumber reports whether a record's number, capitals and
// digits ("BV-007145", "MRN4412789"), starts at b[k] and a bracket closes
// it.
func bracketedRecordNumber(b []byte, k, to int) bool {
	e := k
	for e < to && e-k < 4 && isUpper(b[e]) {
		e++
	}
	letters := e - k
	if letters > 0 && e < to && b[e] == '-' {
		e++
	}
	d := e
	for e < to && e-d <= 10 && isDigit(b[e]) {
		e++
	}
	return e < to && b[e] == ')' && e-d >= 6 && e-d <= 10 && letters <= 3
}

// staffActs are what staff do to a record, as logs say who did it: a
// name after "completed by" or under "LastCleanedBy" is staff's (none of
// the independent sets labels one); after "signed by", "requested by" or
// "received by" it may be a patient's or a relative's.
var staffActs = words("completed", "performed", "reviewed", "approved", "verified", "documented", "entered", "recorded", "typed",
	"submitted", "updated", "created", "closed", "resolved", "administered", "dispensed", "scored", "processed", "handled",
	"cancelled", "canceled", "rescheduled", "acknowledged", "triaged", "countersigned", "cosigned", "validated", "checked",
	"modified", "changed", "cleaned", "scanned", "assessed", "screened", "pronounced", "fulfilled", "captured", "certified",
	"counted", "answered", "registered", "enrolled", "translated", "ordered", "dispatched", "transported", "assigned",
	"reported", "witnessed", "complete", "done", "determined", "collected", "referred", "interpreted", "evaluated") // not "authorized": a release is the family's

// staffTitle reports whether v, a role's or a position's value, is a
// clinician's credential or a staff role: "MD", "RN", "Analyst", "Nurse
// Manager".
func staffTitle(v []byte) bool {
	if len(v) == 0 || len(v) > 40 {
		return false
	}
	if isCredential(v) {
		return true
	}
	w := v
	if sp := bytes.LastIndexByte(v, ' '); sp >= 0 {
		w = v[sp+1:]
	}
	return inSet(staffRoles, w) || inSet(clinicianWords, w)
}

// clinicianWords are clinicians by their work.
var clinicianWords = words("nurse", "physician", "doctor", "pharmacist", "surgeon", "hospitalist", "resident", "attending",
	"anesthesiologist", "radiologist", "technologist", "aide", "assistant", "practitioner", "chaplain", "midwife", "medic", "paramedic", "emt",
	"rbt", "bcba", "bcaba") // behaviour technicians and analysts, by their certificates

// staffRoles are roles of those who work for a provider or a payer.
var staffRoles = words("supervisor", "officer", "manager", "administrator", "analyst", "technician", "auditor",
	"approver", "coordinator", "scheduler", "clerk", "operator", "engineer", "developer", "dispatcher", "registrar", "planner",
	"rep", "representative", "salesrep", // a vendor's rep in the OR
	"reviewer", "interpreter", "translator", "adjuster", "adj", "therapist", "dietitian", "transporter", "paralegal", "desk", "counselor", "counsellor", "perfusionist",
	"judge", "magistrate", "caseworker", "attorney", "specialist", // a court's and an agency's
	"inspector", "certifier", "director", "courier", "volunteer", "evaluator",
	"mgr", "official", "po", "collector", "mro", "bat") // a probation officer; a drug test's collector, medical review officer and breath technician

// orgWords end the names of organisations.
var orgWords = words("group", "clinic", "clinics", "center", "centre", "hospital", "hospitals", "medical", "health",
	"healthcare", "inc", "llc", "ltd", "corp", "corporation", "company", "associates", "partners", "services",
	"pharmacy", "labs", "laboratory", "laboratories", "university", "college", "school", "foundation", "institute",
	"system", "systems", "solutions", "technologies", "network", "practice", "physicians", "radiology", "imaging", "surgery",
	"orthopedics", "pediatrics", "dental", "hospice", "rehab", "rehabilitation", "llp", "pllc", "pc", "pa",
	"medicine", "cardiology", "dermatology", "oncology", "neurology", "urology", "gastroenterology", "pulmonology",
	"ophthalmology", "optometry", "podiatry", "chiropractic", "therapy", "wellness", "urgent", "telehealth",
	"plan", "plans", "insurance", "assurance", "mutual", "agency", "irb", // a review board: "Sterling Ridge IRB"
	"chapel", "mortuary", "crematory", "cremation", "burial", "funeral", "cemetery") // "Dahl Funeral Chapel, 2004 Babcock Blvd"

// languages are the languages interpreters' and registration logs name,
// which follow the words for people ("prefers Vietnamese").
var languages = words("vietnamese", "spanish", "chinese", "mandarin", "cantonese", "korean", "russian", "arabic", "somali",
	"haitian", "creole", "portuguese", "tagalog", "french", "polish", "japanese", "hindi", "bengali", "punjabi", "farsi",
	"amharic", "swahili", "nepali", "burmese", "ukrainian", "italian", "german", "greek", "english", "navajo", "tigrinya",
	"oromo", "dari", "pashto", "marshallese", "chuukese", "ilocano", "samoan", "tongan", "hmong", "khmer", "armenian")

var countyWords = words("county", "parish", "borough", "township", "precinct", "municipality")

// countyOffices are a county's offices, which its name opens.
var countyOffices = words("coroner", "coroners", "sheriff", "sheriffs", "court", "courts", "clerk", "jail", "health", "attorney",
	"recorder", "assessor", "treasurer", "commission", "commissioners", "department", "dept", "office", "registrar",
	"public", "medical", "hospital", "detention", "probation", "library", "schools", "government")

// countyOfficeAfter reports whether one of a county's offices follows its
// name ending at b[e].
func countyOfficeAfter(b []byte, e, to int) bool {
	if e+2 >= to || b[e] != ' ' {
		return false
	}
	return inSet(countyOffices, nextWord(b, e+1, to))
}

// placePrefixes start the names of places and of the hospitals named
// after them: "Mount Sinai West", "Fort Worth", "Santa Clara Valley".
var placePrefixes = words("mount", "mt", "fort", "ft", "port", "lake", "cape", "san", "santa", "los", "las")

var nameParticles = words("van", "von", "de", "der", "den", "del", "della", "di", "da", "dos", "das", "du", "ter", "ten",
	"la", "le", "bin", "ibn", "al", "el", "st")

// particleAfter returns where the next name word starts when b[k:] is
// " van Houten", " de la Cruz": a lower-case particle inside a name.
func particleAfter(b []byte, k, to int) int {
	for hops := 0; hops < 2; hops++ {
		if k+3 >= to || b[k] != ' ' || !isLower(b[k+1]) {
			return 0
		}
		s := k + 1
		e := s
		for e < to && isLower(b[e]) {
			e++
		}
		if !nameParticles[string(b[s:e])] || e+1 >= to || b[e] != ' ' {
			return 0
		}
		if isUpper(b[e+1]) {
			return e + 1
		}
		k = e
	}
	return 0
}

// titleBefore reports whether a title ("Dr.", "Mrs", "Ms.") ends just before b[i].
func titleBefore(b []byte, i int) bool {
	var buf [6]byte
	lw, _ := wordBefore(buf[:], b, 0, i, " .", 2)
	switch string(lw) {
	case "dr", "dra", "mr", "mrs", "ms", "miss", "mx", "prof", "rev", "sr", "sra", "srta", "mme", "mlle", "herr", "frau", "mister", "missus":
		return true
	}
	return false
}

// csvNames handles a name in a delimited row without keys, such as a
// rejected import row "r_97"|"Agbaje"|"Farhan"|"10/20/2023": a field that is
// one capitalised word, next to another such field, both name-like and at
// least one of them in the name dictionaries, is a name.
func (st *state) csvNames(b []byte, s, e int, e1 names.Entry, to int) (int, bool) {
	d, ok := fieldDelimiter(b, s, e, to)
	if !ok {
		return 0, false
	}
	// The next field.
	k := e
	if k < to && (b[k] == '"' || b[k] == '\'') {
		k++
	}
	k++ // the delimiter
	if k < to && b[k] == ' ' && d == ',' {
		k++
	}
	if k < to && (b[k] == '"' || b[k] == '\'') {
		k++
	}
	ns := k
	for k < to && (isLetter(b[k]) || b[k] >= 0x80 || b[k] == '\'' || b[k] == '-') {
		k++
	}
	if k == ns || k-ns > 24 || !isUpper(b[ns]) {
		return 0, false
	}
	if d2, ok := fieldDelimiter(b, ns, k, to); !ok || d2 != d {
		return 0, false
	}
	if allUpper(b[ns:k]) && k-ns <= 3 || allUpper(b[s:e]) && e-s <= 3 {
		return 0, false // "NC", "USA": a state or country column
	}
	if allUpper(b[s:e]) != allUpper(b[ns:k]) || trailingCapital(b[s:e]) || trailingCapital(b[ns:k]) {
		return 0, false // "GarageA,EXIT": a place's code and an event, not "KIM,ANA" or "Kim,Ana"
	}
	e2, known2 := lookupName(b[ns:k])
	known1 := e1.First > 0 || e1.Last > 0
	if !known1 && !known2 || e1.Common && e2.Common || ordinaryWord(b[s:e]) && !known1 || ordinaryWord(b[ns:k]) && !known2 {
		return 0, false
	}
	if st.fieldName(b[s:e]) || st.fieldName(b[ns:k]) || st.headerRow(b, d, to) {
		return 0, false // a header row: "EmailAddr,Street,Town,PostCd", "SessionID,Date,Start,End,Handpiece,...,PatientID"
	}
	if inSet(logLevels, b[s:e]) || inSet(logLevels, b[ns:k]) {
		return 0, false // "...,747|BEDSVC|INFO|evt=...": a logger and its level
	}
	if inSet(careUnits, b[s:e]) || inSet(careUnits, b[ns:k]) {
		return 0, false // "|SVRH|SICU|SINGH|SVETLANA|": a unit, then the name
	}
	if inSet(vehicleMakes, b[s:e]) {
		return k, true // "...,OK,Toyota,Camry,RED": a car's make and model, no one's names
	}
	st.emit(s, e, Name, "name", Low, false)
	st.emit(ns, k, Name, "name", Low, false)
	return k, true
}

// trailingCapital reports whether w ends in a capital after a lower-case
// letter, as codes do ("GarageA", "Lane2B") and names do not.
func trailingCapital(w []byte) bool {
	n := len(w)
	return n >= 2 && isUpper(w[n-1]) && isLower(w[n-2])
}

// fieldName reports whether w is the name of a field the key vocabulary
// knows ("Street", "PostCd", "MemberNo"), as a header row holds them.
// headerRow reports whether the row b[:to], its fields parted by d, names
// columns: two of its fields or more are keys the rules know, and none
// holds a digit.
func (st *state) headerRow(b []byte, d byte, to int) bool {
	known, fields := 0, 0
	for f := range bytes.SplitSeq(b[:to], []byte{d}) {
		f = bytes.Trim(f, "\" '")
		if fields++; fields > 64 || hasDigit(f) && !bytes.ContainsAny(f, "(_") && !(len(f) > 0 && isLetter(f[0]) && allAlnum(f)) {
			return false // a value, not a column's name ("IdLast4", "Address1" are names)
		}
		if len(f) >= 2 && len(f) <= 32 && st.fieldName(f) {
			known++
		}
	}
	return known >= 2
}

func (st *state) fieldName(w []byte) bool {
	kc := st.classifyKey(w, keyClass{})
	return kc.cat != 0 || kc.never()
}

// fieldDelimiter reports the delimiter around a field at b[s:e] that fills
// its cell: |Name| ,"Name", \tName\t ;Name;
func fieldDelimiter(b []byte, s, e, to int) (byte, bool) {
	if s == 0 || e >= to {
		return 0, false
	}
	before, after := s-1, e
	if q := b[before]; (q == '"' || q == '\'') && b[after] == q {
		before--
		after++
	}
	if before >= 1 && b[before] == ' ' && b[before-1] == ',' {
		before-- // a list as Python prints it: ['5YN9MV7VE08', 'KOVACEVIC', 'LEILANI', ...]
	}
	if before < 0 || after >= to {
		return 0, false
	}
	d := b[before]
	if d != b[after] || d != '|' && d != ',' && d != ';' && d != '\t' {
		return 0, false
	}
	return d, true
}

// machineBefore reports whether the word before b[s] names a
// thing that expires: a token, a certificate, a session.
func machineBefore(b []byte, s int) bool {
	if s < 2 || s > len(b) {
		return false
	}
	var buf [12]byte
	lw, _ := wordBefore(buf[:], b, 0, s, " ", s)
	switch string(lw) {
	case "token", "jwt", "certificate", "cert", "session", "password", "key", "cache", "lease", "link", "cookie",
		"license", "subscription", "trial", "card", "otp", "code":
		return true
	}
	return false
}

// lowerHex reports whether tok is lower-case hexadecimal with letters and
// digits, as cache keys and short hashes are ("551709cfc64e").
func lowerHex(tok []byte) bool {
	letters, digits := 0, 0
	for _, c := range tok {
		switch {
		case isDigit(c):
			digits++
		case c >= 'a' && c <= 'f':
			letters++
		default:
			return false
		}
	}
	return letters > 0 && digits > 0 && len(tok) >= 8
}

// introducedName reads a name a writer gives as theirs or another's after
// "this is", "my name is", "name as", "its", "im" at b[e] (after the
// space), in lower case, as people type them: "hi this is kwame da silva,",
// "caller gave name as svetlana al-sayed", and after a name label ("pt
// name: jon smith"). The first word must be a given name the census lists
// know, and if it is also a word ("maria", "will") a surname that is none
// must follow; ordinary words that are no surname end the name ("jon smith
// calling"). With listed, after a label, only a surname the lists know
// goes on the name ("mi: mi runto main" is none). It emits the name and
// returns its end, or 0.
func (st *state) introducedName(b []byte, e, to int, listed bool) int {
	k, end, words := e, 0, 0
	vouch := false   // the first word is also a word: a surname must follow
	initial := false // the first word is an initial: the surname ends the name
	for words < 4 && k < to {
		ws := k
		for k < to && (isLetter(b[k]) || b[k] >= 0x80 || (b[k] == '-' || b[k] == '\'') && k > ws) {
			k++
		}
		if k == ws || !wordEnds(b, k, to) {
			break // "fe80::1", "john_doe", "ann.lee": no word a person types
		}
		w := b[ws:k]
		if words == 0 && len(w) == 1 && !listed && k+2 < to && b[k] == ' ' && isLetter(w[0]) && (w[0]|0x20) != 'a' && (w[0]|0x20) != 'i' {
			vouch, initial = true, true // "pt d macleod": an initial, and a surname must follow
		} else if words == 0 {
			e1, _ := lookupName(w)
			if e1.First == 0 || st.isKeyword(w) {
				return 0
			}
			vouch = e1.Common || ordinaryWord(w)
		} else if vouch {
			if e2, _ := lookupName(w); e2.Last == 0 || e2.Common || ordinaryWord(w) || st.isKeyword(w) {
				return 0 // "maria garcia" yes, "will smith" no
			}
			vouch = false
		} else if st.isKeyword(w) || !nameParticles[string(w)] && (ordinaryWord(w) || listed) && !surname(w) {
			break
		}
		words++
		end = k
		if k+1 >= to || b[k] != ' ' || initial && words == 2 {
			break
		}
		k++
	}
	if end == 0 || vouch || listed && words == 1 && end-e < 3 {
		return 0 // "mi: mi": a label's echo, no name
	}
	if end+2 < to && b[end] == ',' && b[end+1] == ' ' && isUpper(b[end+2]) && givenNameAt(b, end+2, to) {
		// "Patient: van der Berg, Harold", "dela Peña, Maria Cristina":
		// the given names after the surname.
		end += 2
		for given := 0; given < 2; given++ {
			for end < to && (isLetter(b[end]) || b[end] >= 0x80 || b[end] == '-') {
				end++
			}
			if end+1 >= to || b[end] != ' ' || !isUpper(b[end+1]) || !givenNameAt(b, end+1, to) {
				break
			}
			end++
		}
	}
	st.emit(e, end, Name, "name", Low, false)
	return end
}

// introducer reports whether the word w at b[i] introduces a name after
// it: "is" after "this" or "name", "as" after "name", "its" or "im" (as
// people type "it's" and "I'm") opening a message or after a greeting.
func introducer(b, w []byte, i int) bool {
	var buf, wbuf [16]byte
	prev, _ := lowerWordBefore(buf[:], b, 0, max(i-1, 0))
	switch {
	case equalFold(w, "is"):
		return string(prev) == "this" || string(prev) == "name"
	case equalFold(w, "as"):
		switch string(prev) {
		case "name", "joined", "identified", "registered", "enrolled", "verified", "confirmed":
			return true // "joined as Ngozi Deshpande", "identified as jane roe"
		}
		return false
	case equalFold(w, "its") || equalFold(w, "im"):
		return prev == nil || greetings[string(prev)]
	case (equalFold(w, "s") || equalFold(w, "m")) && i >= 2 && b[i-1] == '\'':
		// "it's fatima", "I'm Ana": the word before the apostrophe, after
		// a greeting or nothing.
		p := string(prev)
		if !(p == "it" && (w[0]|0x20) == 's' || p == "i" && (w[0]|0x20) == 'm') {
			return false
		}
		var buf2 [8]byte
		before, _ := lowerWordBefore(buf2[:], b, 0, max(i-1-len(p)-1, 0))
		return before == nil || greetings[string(before)] || string(before) == "yeah" || string(before) == "yes"
	case len(w) >= 3 && relatives[string(lowerWord(wbuf[:], w))]:
		// "my sister gladys roe", "CALLER IS PATIENT'S NEPHEW bill ramírez"
		return string(prev) == "my" || string(prev) == "his" || string(prev) == "her" || string(prev) == "their" ||
			string(prev) == "s" && i >= 10 && hasSuffixFold(b[:i-3], "patient")
	case patientWord(w) || callerWords[string(lowerWord(wbuf[:], w))]:
		// "patient guadalupe mensah not found": the name typed as it was
		// searched; not "patient van der Berg", "paciente de 43 años".
		s := i + len(w) + 1
		k := s
		for k < len(b) && k-s < 6 && isLetter(b[k]) {
			k++
		}
		var nb [6]byte
		return !nameParticles[string(lowerWord(nb[:], b[s:k]))]
	case equalFold(w, "es"):
		return string(prev) == "nombre" // "mi nombre es ..."
	case equalFold(w, "llamo"):
		return string(prev) == "me" // "me llamo ..."
	case equalFold(w, "soy"):
		// "Soy Billy Ray Okonkwo", "yo soy Ana": a given name the lists
		// know follows (not "Soy Lecithin").
		k := i + len(w) + 1
		e := k
		for e < len(b) && (isLetter(b[e]) || b[e] >= 0x80) {
			e++
		}
		e1, _ := lookupName(b[k:e])
		return (prev == nil || string(prev) == "yo" || greetings[string(prev)]) && e1.First > 0 && !e1.Common
	case equalFold(w, "waa"):
		return string(prev) == "magacaygu" || string(prev) == "magacayga" // Somali: "magacaygu waa ..."
	case equalFold(w, "si"):
		return string(prev) == "ako" // Tagalog: "ako si ..."
	case equalFold(w, "rele"):
		return string(prev) == "mwen" // Haitian Creole: "mwen rele ..."
	case equalFold(w, "ist"):
		return string(prev) == "name" // German: "mein Name ist ..."
	case equalFold(w, "appelle"):
		return string(prev) == "m" // French: "je m'appelle ..."
	}
	return false
}

// callerWords name who called about a patient, before their name as an
// operator types it: "caller koji nakamura", "neighbor tatiana kealoha".
var callerWords = words("caller", "neighbor", "neighbour", "caregiver", "roommate", "contact")

// patientWord reports whether w names the person a record is about:
// "patient", "pt", "paciente", "member".
func patientWord(w []byte) bool {
	return equalFold(w, "patient") || equalFold(w, "paciente") || equalFold(w, "member") || equalFold(w, "pt")
}

// givenNameAt reports whether a given name the census lists know starts
// at b[k], capitalised and no keyword: "Néstor" after "Burgos Quiñones, ",
// not "ID" after "Darnell Kealoha, ".
func givenNameAt(b []byte, k, to int) bool {
	e := k
	for e < to && (isLetter(b[e]) || b[e] >= 0x80 || b[e] == '-') {
		e++
	}
	if e-k < 2 || e-k < 3 && allUpper(b[k:e]) {
		return false
	}
	n, _ := lookupName(b[k:e])
	return n.First > 0
}

// relatives are the words for kin that a name may follow: "my sister
// gladys roe".
var relatives = words("sister", "brother", "wife", "husband", "mother", "father", "son", "daughter", "mom", "dad",
	"spouse", "grandmother", "grandfather", "grandson", "granddaughter", "aunt", "uncle", "niece", "nephew")

// surname reports whether w is a surname the census lists know, ordinary
// word or not ("smith", "white").
func surname(w []byte) bool {
	e, _ := lookupName(w)
	return e.Last > 0
}

// wordEnds reports whether a word ending at b[k] ends where typed words do:
// at the end, a space, or punctuation not followed by a letter or digit.
func wordEnds(b []byte, k, to int) bool {
	if k == to || b[k] == ' ' {
		return true
	}
	switch b[k] {
	case ',', ';', '.', '!', '?', ')', '"', '\'':
		return k+1 == to || !isAlnum(b[k+1])
	}
	return false
}

// ordinalSuffix reports whether t is an ordinal in digits: "71st", "2nd".
func ordinalSuffix(t []byte) bool {
	n := len(t) - 2
	if n < 1 || !allDigits(t[:n]) {
		return false
	}
	switch string(t[n:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// gluedMRN reports whether tok is a record number with its label glued on,
// "MRN629446" or "MR01234567": eight to sixteen characters in all.
func gluedMRN(tok []byte) bool {
	return len(tok) >= 8 && len(tok) <= 16 &&
		(hasPrefixFold(tok, "mrn") && allDigits(tok[3:]) || hasPrefixFold(tok, "mr") && allDigits(tok[2:]))
}
