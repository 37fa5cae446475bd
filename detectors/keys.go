package detectors

import (
	"path"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NormalizeKey returns key in the one form key rules are written in: lower
// case words joined by "_", split at separators, at camelCase humps and
// between letters and digits. "PatientFullName", "patient-full-name" and
// "PATIENT_FULL_NAME" all give "patient_full_name"; "zip5" gives "zip_5";
// "PID-5" gives "pid_5".
func NormalizeKey(key string) string {
	var buf [64]byte
	return string(appendNormalizedKey(buf[:0], key))
}

func appendNormalizedKey(dst []byte, key string) []byte {
	return appendNormalized(dst, key, false)
}

// normalizeKeyPattern is NormalizeKey for key rules: the wildcards '*'
// and '?' are kept as words of their own.
func normalizeKeyPattern(p string) string {
	return string(appendNormalized(nil, p, true))
}

// symbolAt reports whether s starts with a character that is neither a
// letter, a mark nor a digit (an emoji, an arrow, a dash).
func symbolAt(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n > 1 && !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r)
}

func appendNormalized(dst []byte, key string, wild bool) []byte {
	start := len(dst)
	var prev byte // class of the previous byte: 'l' lower, 'u' upper, 'd' digit, 0 separator
	for i := 0; i < len(key); i++ {
		b := key[i]
		var cls byte
		switch {
		case b >= 'a' && b <= 'z':
			cls = 'l'
		case b >= 'A' && b <= 'Z':
			cls = 'u'
		case b >= '0' && b <= '9':
			cls = 'd'
		case b >= 0xC0 && symbolAt(key[i:]):
			// An emoji or a symbol, as no-code tools decorate fields'
			// names ("DOB 🎂", "Next Appt 📅"): a separator.
			_, n := utf8.DecodeRuneInString(key[i:])
			i += n - 1
			prev = 0
			continue
		case b >= 0x80:
			cls = 'l' // keep non-ASCII letters inside words
		case wild && (b == '*' || b == '?'):
			cls = 'w'
		case b == '%' && i+2 < len(key) && key[i+1] == '5' && (key[i+2]|0x20 == 'b' || key[i+2]|0x20 == 'd'):
			i += 2 // a bracket percent-encoded, as a form's field name is: "guarantor%5B1%5D%5Bfirst%5D"
			prev = 0
			continue
		case b == '#' && len(dst) > start && (i+1 == len(key) || !isAlnum(key[i+1])):
			// "Lic#", "Med Rec #", "ID#": the sign reads "number".
			if dst[len(dst)-1] != '_' {
				dst = append(dst, '_')
			}
			dst = append(dst, "no"...)
			prev = 'l'
			continue
		}
		if cls == 0 {
			prev = 0
			continue
		}
		boundary := false
		switch {
		case prev == 0:
			boundary = true
		case cls == 'd' && prev != 'd', cls != 'd' && prev == 'd', cls == 'w' || prev == 'w':
			boundary = true
		case cls == 'u' && prev == 'l':
			boundary = true
		case cls == 'l' && prev == 'u' && i >= 2 && isUpper(key[i-2]) && len(dst)-start >= 2:
			// "SSNNumber": the hump is before the last upper-case letter.
			last := dst[len(dst)-1]
			dst = dst[:len(dst)-1]
			if dst[len(dst)-1] != '_' {
				dst = append(dst, '_')
			}
			dst = append(dst, last)
		}
		if boundary && len(dst) > start {
			dst = append(dst, '_')
		}
		dst = append(dst, lower(b))
		prev = cls
	}
	return dst
}

// A keyClass is what the key classifier says about a key. It is small
// enough to travel in registers: it is passed and returned on every key.
type keyClass struct {
	cat  Category
	conf Confidence
	// idCat is the category of a bare "id" under this person key: a
	// patient's ID is an MRN, a subscriber's a health plan number.
	idCat Category
	flags keyFlags
}

// keyFlags are what a key says beside its category.
type keyFlags uint32

const (
	// kfAmbiguous keys ("name", "family", "city", "value") need the value
	// to look right, or a parent key that settles them.
	kfAmbiguous keyFlags = 1 << iota
	// kfPerson marks keys whose children are a person's data: "patient",
	// "subscriber", "guarantor", "name" (FHIR HumanName).
	kfPerson
	// kfAddress marks keys whose children are parts of an address.
	kfAddress
	// kfTelecom marks keys whose children are contact points.
	kfTelecom
	// kfNever marks keys that are explicitly not PHI.
	kfNever
	// kfIdLike marks a bare identifier key ("id", "number", "value") that a
	// person parent turns into the person's ID.
	kfIdLike
	// kfNameText marks keys ("text", "display") that hold a person's name
	// under a person and an address part under an address.
	kfNameText
	// kfAddrPart marks keys ("line", "district") that are parts of an
	// address when under one.
	kfAddrPart
	// kfWrapper marks keys that wrap a value in a typed container:
	// DynamoDB's "S" and "N", OpenTelemetry's "stringValue".
	kfWrapper
	// kfPlate marks "tag", which holds a licence plate under a vehicle.
	kfPlate
	// kfHandle marks the name of an account ("username", "Account Name"):
	// no PHI category, and no person's name either.
	kfHandle
	// kfThing marks keys of things ("software", "device", "filter"), whose
	// "name" is no person's.
	kfThing
	// kfPeriod marks FHIR's "period", whose bounds (kfBound: "start",
	// "end") are dates of a person's care: an encounter's admission and
	// discharge.
	kfPeriod
	kfBound
	// kfCode marks "code", which holds the value of a place in
	// InterSystems' SDA: <City><Code>Chicago</Code></City>.
	kfCode
	// kfOrgContact marks, with kfNever, the address, phone or email of an
	// organisation or a clinician ("facility_address", "vendor.phone"):
	// not read for PHI even as text.
	kfOrgContact
	// kfGeo marks a coordinate's key ("lat", "gps.lon"): a geocode below
	// the state, when the record is a person's (see finish).
	kfGeo
	// kfEventDate marks a key that names the date of an event without
	// saying whose ("tx_date", "collected", "effective"): a calendar date
	// under it is a person's when the record names one (see finish).
	kfEventDate
	// kfSampled marks, with kfEventDate, an event whose time is the
	// patient's own ("effectiveDateTime", "collected"): an instant under
	// it is a person's date too, as a day is.
	kfSampled
	// kfActor marks, with kfOrgContact, who acted in an audit trail
	// ("actor", "principalEmail"): staff, but for an email at a consumer
	// mail service, which is a patient's (see consumerEmail).
	kfActor
	// kfChecked marks a key that says a value was checked ("dob_verified"):
	// it holds the value as often as a flag, so only a value of the
	// category's strict shape is reported, and ClassifyKey names none.
	kfChecked
	// kfHouseNumber marks a house's number ("houseNumberOrName"), which
	// may be digits alone.
	kfHouseNumber
	// kfClientID marks "client_id": an OAuth client's name or token, or a
	// client's (a patient's) record number, by the value's shape.
	kfClientID
	// kfFleetUnit marks a fleet's or an equipment's unit key ("unit",
	// "fleet_no", "sensorId"): a value like "V-290" or "RIC-4W" makes the
	// vehicle or the device beside it the organisation's, no patient's
	// (see fleetCode).
	kfFleetUnit
	// kfPaddedID marks "pid": a process's ID, or a patient's when the
	// value is zero-padded or prefixed as record numbers are
	// ("pid=00497216", "PID=M27098202"); no process ID starts with a zero
	// or a letter. With idCat Account it marks "pcn": a pharmacy
	// processor's code, or a claim's patient control number by its digits.
	kfPaddedID
	// kfSlot marks, with kfEventDate, the start or end of a span of time
	// ("start", "endTime"): an instant under it is a patient's date when
	// the record is an appointment's (see appointmentRecord).
	kfSlot
	// kfCareEvent marks a key that names an event of care alone
	// ("accident", "screening", "exam"): a date under it is the event's
	// (see withParent).
	kfCareEvent
	// kfIncident marks, with kfEventDate, an event's own date
	// ("event_date"): an incident's (a patient's fall) when the record
	// speaks of one, an analytics event's day when it does not (see
	// incidentRecord).
	kfIncident
	// kfDisplayName marks a directory's "displayName": a user's name, or
	// under an application or a device (see withParent) the thing's.
	kfDisplayName
	// kfPatientWord marks a key that is a patient's word alone ("pt",
	// "patient"): a bare five-digit number under it is the patient's
	// number, as small practices' systems count them; "clientPort" is no
	// patient's.
	kfPatientWord
)

func (kc keyClass) ambiguous() bool { return kc.flags&kfAmbiguous != 0 }
func (kc keyClass) person() bool    { return kc.flags&kfPerson != 0 }
func (kc keyClass) address() bool   { return kc.flags&kfAddress != 0 }
func (kc keyClass) telecom() bool   { return kc.flags&kfTelecom != 0 }
func (kc keyClass) never() bool     { return kc.flags&kfNever != 0 }
func (kc keyClass) idLike() bool    { return kc.flags&kfIdLike != 0 }
func (kc keyClass) nameText() bool  { return kc.flags&kfNameText != 0 }
func (kc keyClass) addrPart() bool  { return kc.flags&kfAddrPart != 0 }
func (kc keyClass) wrapper() bool   { return kc.flags&kfWrapper != 0 }
func (kc keyClass) plate() bool     { return kc.flags&kfPlate != 0 }
func (kc keyClass) handle() bool    { return kc.flags&kfHandle != 0 }
func (kc keyClass) geo() bool       { return kc.flags&kfGeo != 0 }
func (kc keyClass) eventDate() bool { return kc.flags&kfEventDate != 0 }
func (kc keyClass) sampled() bool   { return kc.flags&kfSampled != 0 }
func (kc keyClass) slot() bool      { return kc.flags&kfSlot != 0 }
func (kc keyClass) incident() bool  { return kc.flags&kfIncident != 0 }
func (kc keyClass) actor() bool     { return kc.flags&kfActor != 0 }
func (kc keyClass) thing() bool     { return kc.flags&kfThing != 0 }
func (kc keyClass) period() bool    { return kc.flags&kfPeriod != 0 }
func (kc keyClass) bound() bool     { return kc.flags&kfBound != 0 }

// orgContact reports whether the key holds an organisation's or a
// clinician's contact data, or names the organisation whose it is.
func (kc keyClass) orgContact() bool { return kc.flags&kfOrgContact != 0 }

// ClassifyKey reports the category of values stored under key by the
// built-in rules. key may be a path, such as "patient.name" or
// "name[0].family": the last element decides, and its parents settle
// ambiguous names (a "family" under a "name" is a surname).
func ClassifyKey(key string) (Category, bool) {
	kc := Default().classifyPath(key)
	if kc.cat == 0 || kc.never() || kc.flags&kfChecked != 0 {
		return 0, false
	}
	return kc.cat, true
}

// cutPath splits the first element off a path such as "a.b[0].c".
func cutPath(p string) (seg, rest string, more bool) {
	for len(p) > 1 && p[0] == '[' {
		// A bracketed segment: an index, which says nothing, or a form's
		// key, as Rails and PHP write them ("guarantor[1][first]").
		j := strings.IndexByte(p, ']')
		if j < 0 {
			return "", "", false
		}
		inner, after := p[1:j], strings.TrimPrefix(p[j+1:], ".")
		if inner != "" && !allDigits([]byte(inner)) {
			return inner, after, after != ""
		}
		if after == "" {
			return "", "", false
		}
		p = after
	}
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '.':
			return p[:i], p[i+1:], true
		case '[':
			j := strings.IndexByte(p[i:], ']')
			if j < 0 {
				return p[:i], "", false
			}
			rest = p[i+j+1:]
			if len(rest) > 0 && rest[0] == '.' {
				rest = rest[1:]
			}
			if inner := p[i+1 : i+j]; inner != "" && !allDigits([]byte(inner)) {
				return p[:i], p[i:], true // "card[exp]": the form's key in brackets is the last element
			}
			if rest == "" {
				return p[:i], "", false
			}
			return p[:i], rest, true
		}
	}
	return p, "", false
}

// withParent settles a key's class by its parent's.
func withParent(kc, parent keyClass) keyClass {
	switch {
	case kc.never():
		return kc
	case kc.cat == 0 && kc.flags == 0 && parent.orgContact() && parent.thing():
		// <Pharmacy><CommunicationNumbers><Fax>: a key that says nothing
		// between an organisation and its contact data keeps them its.
		return parent
	case parent.orgContact() && (kc.cat == Address || kc.cat == ZIP || kc.cat == Phone || kc.cat == Fax || kc.cat == Email || kc.address() || kc.telecom() || kc.addrPart() ||
		kc.cat == License && !parent.actor() || kc.cat == Vehicle && !parent.actor()):
		// {"facility": {"address": ...}}, "vendor.phone": an organisation's;
		// {"certifyingPhysician": {"licenseNumber": ...}}: a clinician's;
		// {"courier": {"vehicle_plate": ...}}: a courier's.
		return keyClass{flags: kfNever | kfOrgContact}
	case parent.orgContact() && !parent.person() && (kc.cat == Name && kc.ambiguous() && (!kc.person() || kc.idCat == 0) || kc.cat == 0 && (kc.nameText() || kc.handle() && !parent.actor()) && !kc.person()):
		// {"interpreter": {"display": "Abdi, Hassan"}}, {"provider": {"name": ...}},
		// a booking's host's {"user_name": ...}: theirs.
		return keyClass{flags: kfNever | kfOrgContact}
	case parent.cat == Vehicle && !parent.person() && kc.cat == Name && kc.ambiguous() && kc.idCat == 0:
		return keyClass{flags: kfThing | kfFleetUnit} // {"vehicle": {"name": "VAN-122"}}: a fleet's unit, by its name
	case parent.thing() && kc.flags&kfDisplayName != 0:
		return keyClass{flags: kfThing} // {"app": {"displayName": "KV MyHealth Profile API"}}
	case (parent.thing() || parent.never()) && kc.cat == Name && kc.ambiguous():
		// {"software": {"name": ...}}, {"deviceName": [{"name": ...}]}: no
		// person's name, though a person's data may still be under it.
		return keyClass{idCat: kc.idCat, flags: kc.flags &^ kfAmbiguous}
	case parent.period() && kc.bound():
		return keyClass{cat: Date, conf: Medium, flags: kfAmbiguous} // "period": {"start": ..., "end": ...}
	case parent.person() && kc.cat == Name && kc.ambiguous():
		kc.conf, kc.flags = High, kc.flags&^kfAmbiguous
	case parent.cat == Name && !parent.ambiguous() && kc.cat == Name && kc.ambiguous():
		kc.conf, kc.flags = High, kc.flags&^kfAmbiguous // <livingSubjectName><value><given>: a part of the name
	case parent.person() && kc.cat == 0 && kc.nameText():
		return keyClass{cat: Name, conf: High}
	case parent.person() && kc.cat == 0 && kc.idLike():
		// Under a patient, a plain "id" or "number" is the patient's ID.
		c := parent.idCat
		if c == 0 {
			c = OtherID
		}
		return keyClass{cat: c, conf: Medium}
	case parent.address() && kc.cat == 0 && (kc.addrPart() || kc.nameText()):
		return keyClass{cat: Address, conf: High, flags: kc.flags & kfHouseNumber}
	case kc.cat == 0 && kc.nameText() && parent.cat != 0 && !parent.never() && !parent.ambiguous() && !parent.person():
		// {"dob": {"text": "03/04/1950"}}: the text of the parent's value.
		return keyClass{cat: parent.cat, conf: parent.conf}
	case parent.address() && kc.cat == Address:
		kc.conf, kc.flags = High, kc.flags&^kfAmbiguous
	case kc.flags&kfCode != 0 && (parent.cat == Address || parent.cat == ZIP) && !parent.address() && !parent.never():
		return keyClass{cat: parent.cat, conf: parent.conf}
	case parent.cat == Photo && kc.cat == 0 && !kc.person():
		return keyClass{cat: Photo, conf: Medium, flags: kfAmbiguous}
	case kc.cat == 0 && kc.wrapper() && parent.flags&kfCareEvent != 0:
		return keyClass{flags: kfEventDate} // {"accident": {"date": ...}}: the event's, whose the record says
	case kc.cat == 0 && kc.wrapper() && parent.never():
		return parent // {"sdk": {"S": "28.13.65.248"}}: what the parent says is not PHI
	case kc.cat == 0 && kc.wrapper() && parent.cat != 0 && !parent.never():
		// DynamoDB {"S": ...}, OpenTelemetry {"stringValue": ...}: the value
		// is what the parent is.
		return keyClass{cat: parent.cat, conf: parent.conf, flags: parent.flags & kfAmbiguous}
	case kc.cat == 0 && kc.idLike() && idCategories.Has(parent.cat):
		// "driversLicense": {"number": ...}, "identifier": [{"value": ...}]
		return keyClass{cat: parent.cat, conf: parent.conf}
	case kc.cat == 0 && kc.idLike() && (parent.cat == Date || parent.cat == Phone || parent.cat == Fax || parent.cat == Age) && !parent.never():
		// DICOM JSON: {"00100030": {"vr": "DA", "Value": ["19500101"]}};
		// NCPDP SCRIPT's <Fax><Number>.
		return keyClass{cat: parent.cat, conf: parent.conf}
	case kc.cat == 0 && kc.idLike() && parent.cat == Name && !parent.ambiguous() && !parent.person():
		return keyClass{cat: Name, conf: parent.conf, flags: kfNameText} // {"00100010": {"Value": [{"Alphabetic": ...}]}}
	case parent.cat == Name && parent.nameText() && kc.cat == 0 && kc.nameText():
		return keyClass{cat: Name, conf: High}
	case parent.telecom() && kc.cat == 0 && (kc.idLike() || kc.nameText() || !kc.never() && !kc.person() && !kc.address()):
		// FHIR ContactPoint: {"system": "phone", "value": ...}; {"telecom": {"home": ...}}
		return keyClass{cat: Phone, conf: Medium, flags: kfAmbiguous}
	case kc.plate() && parent.cat == Vehicle:
		return keyClass{cat: Vehicle, conf: Medium} // {"car": {"tag": "JZE 4740"}}
	case kc.cat == 0 && kc.idLike() && parent.idCat != 0 && !parent.person():
		// {"coverage": {"payer": "Molina", "id": "W818911594"}}
		return keyClass{cat: parent.idCat, conf: Medium}
	}
	return kc
}

// classifyKeyWithRules classifies one path element: user rules first, then
// the built-in ones.
func classifyKeyWithRules(key string, rules []KeyRule) keyClass {
	if len(rules) > 0 {
		norm := NormalizeKey(key)
		for _, r := range rules {
			if ok, _ := path.Match(r.Key, norm); ok {
				if r.Ignore {
					return keyClass{flags: kfNever}
				}
				return keyClass{cat: r.Category, conf: r.Confidence}
			}
		}
	}
	if sourceFile([]byte(key)) {
		return keyClass{flags: kfNever} // "member_login.go:601", as loggers name their caller: a file, not a field
	}
	if len(key) == 6 && key[3] == '-' && isDigit(key[0]) && isDigit(key[1]) && isDigit(key[2]) {
		// An NCPDP field by its number and ID, as claims are logged:
		// "302-C2=W918312488 304-C4=19320610 310-CA=THERESE".
		if key[4:] == "D2" {
			return keyClass{flags: kfNever} // a prescription's number, as "rx_number" is (most writers leave it)
		}
		if kc, ok := ncpdpFields[key[4:]]; ok {
			return kc
		}
	}
	return classifyUncached(key)
}

func splitTokens(s string, dst []string) []string {
	foreign := false
	for s != "" && len(dst) < cap(dst) {
		i := strings.IndexByte(s, '_')
		w := s
		if i >= 0 {
			w, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if w == "" {
			continue
		}
		if en, ok := foreignTokens[w]; ok {
			foreign = true
			if w = en; w == "" {
				continue // "edad_anios": the unit says nothing
			}
		}
		if head, tail, ok := gluedPersonName(w); ok {
			dst = appendToken(dst, head) // "pfn", "PLNM": a patient's name, abbreviated by one programmer
			w = tail
		} else if head, tail, ok := gluedNumber(w); ok {
			dst = appendToken(dst, head) // "CHARTNO", "MBRNUM": a record's word and its number, glued
			w = tail
		}
		dst = appendToken(dst, w)
	}
	for len(dst) > 1 && dateFormatWords[dst[len(dst)-1]] && slices.ContainsFunc(dst[:len(dst)-1], func(w string) bool { return dateKeyWords[w] }) {
		dst = dst[:len(dst)-1] // "dob_dd_mon_yyyy", "dc_date_us": the date's format says nothing more
	}
	if len(dst) > 1 && hungarianPrefixes[dst[0]] {
		dst = append(dst[:0], dst[1:]...) // "txtLName", "strGuarPhone": a control's or a variable's type says nothing
	}
	if foreign && len(dst) > 1 && (dst[0] == "num" || dst[0] == "no" || dst[0] == "nro") {
		dst[0] = "nbr" // "num_expediente", "noDossier": a number, not a count as "num_retries" is
	}
	return dst
}

// dateFormatWords spell a date's format after its key's words.
var dateFormatWords = map[string]bool{"yyyy": true, "yyyymmdd": true, "mmddyyyy": true, "ddmmyyyy": true, "yymmdd": true, "mm": true,
	"dd": true, "yy": true, "mon": true, "iso": true, "us": true, "eu": true, "mdy": true, "dmy": true, "ymd": true}

// dateKeyWords are the words of a key that name a date, before its format.
var dateKeyWords = map[string]bool{"dob": true, "date": true, "dt": true, "birth": true, "birthdate": true, "bdate": true, "dod": true, "dos": true}

// hungarianPrefixes are the types Visual Basic and Delphi programmers
// prefix their controls' and variables' names with.
var hungarianPrefixes = map[string]bool{"txt": true, "str": true, "lbl": true, "edt": true, "tb": true, "tbx": true,
	"cmb": true, "msk": true}

// gluedRecords are the words of a record or a person that old systems
// glue to the number's word, in one case: CHARTNO, MBRNUM. (Not "sub":
// SUBID is a subscription's or a tracking link's as often as a subscriber's.)
var gluedRecords = map[string]bool{"chart": true, "pat": true, "patient": true, "member": true, "mbr": true,
	"subscr": true, "subscriber": true, "acct": true, "account": true, "policy": true, "lic": true, "license": true,
	"guar": true, "guarantor": true, "insured": true, "medrec": true, "recip": true}

// typoWords are the words of PHI keys whose misspellings code bases keep
// ("pateint_name", "date_of_brith", "subscirber_id", "drvr_licnse"), in a
// fixed order, so that a word one edit from two of them is read the same
// way on every run; typoTargets holds the same words for lookups.
var typoWords = strings.Fields(`patient subscriber guarantor guardian beneficiary insured member first firstname
	lastname surname given family middle birth birthdate birthday dateofbirth admit admission discharge
	insurance medicaid medicare license licence driver serial number account passport postal county address
	phone mobile zipcode social security emergency contact email street mailing national vehicle plate
	routing billing visit appointment service`)

var typoTargets = func() map[string]bool {
	m := make(map[string]bool, len(typoWords))
	for _, w := range typoWords {
		m[w] = true
	}
	return m
}()

// typoFix returns the target word w misspells by one edit (a letter
// swapped with the next, missing, extra or wrong), when w is no English
// word itself ("patent" is one).
func typoFix(w string) (string, bool) {
	if len(w) > 14 || ordinaryWord([]byte(w)) {
		return "", false
	}
	for _, t := range typoWords {
		if d := len(t) - len(w); d >= -1 && d <= 1 && oneEdit(w, t) {
			return t, true
		}
	}
	return "", false
}

// oneEdit reports whether a and b differ by one edit after their first
// letter: a transposition of two neighbours, an insertion, a deletion or a
// substitution.
func oneEdit(a, b string) bool {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	if i == 0 {
		return false // typing keeps the first letter; "anumber" is an A-number, not a number
	}
	switch {
	case len(a) == len(b):
		if i == len(a) {
			return false // the same word
		}
		if i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] {
			return true // "birht"
		}
		return a[i+1:] == b[i+1:] // "licenze"
	case len(a)+1 == len(b):
		return a[i:] == b[i+1:] // "licnse"
	case len(a) == len(b)+1:
		return a[i+1:] == b[i:] // "addmit"
	}
	return false
}

// gluedPersonName splits a patient's name field glued in one token, a
// patient's letter then the name's abbreviation: "pfn", "plnm", "ptfname".
func gluedPersonName(w string) (head, tail string, ok bool) {
	if len(w) < 3 || len(w) > 9 || w[0] != 'p' {
		return "", "", false
	}
	for _, p := range [...]string{"pat", "pt", "p"} {
		if t, found := strings.CutPrefix(w, p); found {
			switch t {
			case "fn", "fnm", "fname", "ln", "lnm", "lname", "mn", "mnm", "nm":
				return "patient", t, true
			}
		}
	}
	return "", "", false
}

// gluedNumber splits a token such as "chartno" into "chart" and "no".
func gluedNumber(w string) (head, tail string, ok bool) {
	if len(w) < 5 || len(w) > 14 {
		return "", "", false
	}
	for _, suf := range [...]string{"no", "num", "nbr", "id"} {
		if h, found := strings.CutSuffix(w, suf); found && gluedRecords[h] {
			return h, suf, true
		}
	}
	return "", "", false
}

// appendToken appends a key's token in the spelling the vocabulary uses:
// "ptnt_name" is "patient_name", "resp_party" "responsible_party",
// "fecha_nac" "fecha_nacimiento".
func appendToken(dst []string, w string) []string {
	prev := ""
	if len(dst) > 0 {
		prev = dst[len(dst)-1]
	}
	switch {
	case w == "ptnt" || w == "patnt":
		w = "patient"
	case w == "names" && (prev == "given" || prev == "first" || prev == "middle" || prev == "last" || prev == "family"):
		w = "name" // "givenNames", as passports' machine-readable zones name them
	case w == "party" && prev == "resp":
		dst[len(dst)-1] = "responsible"
	case w == "nac" && prev == "date": // "fecha_nac", glossed
		w = "nacimiento"
	case w == "social" && (prev == "insurance" || prev == "seg"):
		dst[len(dst)-1], w = "social", "security" // "seguro_social"
	case w == "ss" && (prev == "num" || prev == "nbr" || prev == "number") && len(dst) == 1:
		dst, w = dst[:0], "ssn" // "num_ss"
	case w == "consular" && prev == "plate":
		dst[len(dst)-1], w = "consular", "id" // "matricula_consular": an identity card, not a plate
	case (w == "nm" || w == "name") && prev == "rp":
		dst[len(dst)-1] = "responsible" // "RP_NM": the responsible party's name
	case w == "enrl":
		w = "enrollee"
	case w == "guar":
		w = "guarantor"
	case w == "uid" && personWords[prev]:
		w = "id" // "patient_uid": the patient's ID, as a user's "uid" is the user's
	case w == "fac" || w == "fclty":
		w = "facility" // "fac_addr", "fac_ph": the facility's
	case w == "snm":
		w = "surname"
	case w == "gvn":
		w = "given"
	case w == "zp":
		w = "zip"
	case w == "bnk":
		w = "bank"
	case w == "natl" || w == "govt":
		w = "national" // "natl_id", "govtIdNo": a national identity number
	case w == "pol" && len(dst) == 0:
		w = "policy" // "pol_mbr", "pol_no"
	case w == "plt" || w == "plte":
		w = "plate"
	case w == "srv" || w == "svc" && (prev == "" || prev == "date"):
		w = "service" // "srv_dt": the date of service
	case w == "aeg": // typed too fast, two letters swapped (words too short for typoFix)
		w = "age"
	case w == "mnr":
		w = "mrn"
	case w == "zpi":
		w = "zip"
	case w == "recip":
		w = "beneficiary" // MMIS's RECIP, RECIP-ID: a Medicaid recipient
	case w == "mcaid" || w == "mcd":
		w = "medicaid"
	case w == "frst":
		w = "first" // a credit bureau's <Nm><Frst>
	case w == "emrg" || w == "emer" || w == "emrgncy":
		w = "emergency" // EMRG_CNTCT, EMER_PHONE
	case w == "cntct":
		w = "contact"
	case w == "humanname":
		w = "name" // FHIR's HumanName: ".../humanname-mothers-family"
	case w == "value" && prev == "source" && len(dst) > 1:
		dst, w = dst[:len(dst)-1], "id" // OMOP's "person_source_value": the source system's ID of the person
	case len(w) >= 5 && !typoTargets[w]:
		if fix, ok := typoFix(w); ok {
			w = fix // "pateint", "birht", "lastanme": the word its writer meant
		}
	}
	return append(dst, w)
}

// foreignWord reports whether w, in any case, is a word of foreignTokens.
func foreignWord(w []byte) bool {
	var buf [24]byte
	lw := lowerWord(buf[:], w)
	_, ok := foreignTokens[string(lw)]
	return lw != nil && ok
}

// foreignTokens are words of keys in Spanish, Portuguese, French and
// German, as systems for patients who speak them name their fields, with
// the English word the vocabulary knows ("" for words that say nothing):
// "NombreAsegurado" reads as "name insured", "num_expediente" as a
// record's number.
var foreignTokens = map[string]string{
	// Spanish.
	"nombre": "name", "nom": "name", "nome": "name", "nombres": "firstname", "paciente": "patient", "pacientes": "patient", "asegurado": "insured", "afiliado": "member",
	"beneficiario": "beneficiary", "titular": "holder", "garante": "guarantor", "conyuge": "spouse", "cónyuge": "spouse",
	"madre": "mother", "padre": "father", "tutor": "guardian", "responsable": "responsible", "contacto": "contact",
	"emergencia": "emergency", "fecha": "date", "ingreso": "admission", "alta": "discharge", "egreso": "discharge",
	"cita": "appointment", "consulta": "visit", "defuncion": "death", "defunción": "death", "fallecimiento": "death",
	"calle": "street", "pueblo": "town", "barrio": "neighborhood", "urbanizacion": "neighborhood",
	"urbanización": "neighborhood", "linea": "line", "línea": "line", "codigo": "code", "código": "code",
	"numero": "number", "número": "number", "documento": "document", "documentos": "document", "nro": "no", "cuenta": "account", "banco": "bank", "tarjeta": "card",
	"seguro": "insurance", "poliza": "policy", "póliza": "policy", "contrato": "policy", "expediente": "mrn",
	"edad": "age", "anios": "", "años": "", "licencia": "license", "conducir": "driver", "placa": "plate", "placas": "plate",
	"tablilla": "plate", "matricula": "plate", "matrícula": "plate", "vehiculo": "vehicle", "vehículo": "vehicle",
	"pasaporte": "passport", "cedula": "dni", "cédula": "dni", "idioma": "language", "medico": "medical",
	"médico": "medical", "dirección": "address", "primer": "first", "historia": "chart", "transmisor": "transmitter",
	"completo": "full", "completa": "full", "ine": "dni", // Mexico's voter credential "lesionado": "injured", "lesionada": "injured",
	"fec": "date", "teléfono": "telephone", "telefono": "telephone", "correo": "email",
	"cirugia": "surgery", "cirugía": "surgery", "despacho": "dispensed", "dispensacion": "dispensed",
	"dispensación": "dispensed", "registro": "record", "bomba": "pump", "identificacion": "identification",
	"identificación": "identification",
	// Portuguese.
	"apelido": "surname", "primeiro": "first", "ultimo": "last", "último": "last", "prenome": "prenom",
	"endereço": "address", "rua": "street", "bairro": "neighborhood", "prontuario": "mrn", "prontuário": "mrn",
	"conta": "account", "idade": "age", "segurado": "insured", "responsavel": "responsible",
	"responsável": "responsible", "mae": "mother", "mãe": "mother", "pai": "father", "telefone": "telephone",
	"nasc": "birth", "sobrenomes": "surname", "cirurgia": "surgery", "conducao": "driver", "condução": "driver",
	"carta": "license", "passaporte": "passport",
	// Brazil's systems (Tasy, MV, TISS): "nm_pessoa_fisica", "numeroCarteira", "dataAtendimento".
	"pessoa": "person", "fisica": "", "física": "", "carteira": "memberid", "carteirinha": "memberid", "cns": "memberid",
	"atendimento": "visit", "execucao": "service", "execução": "service", "agenda": "appointment", "agendamento": "appointment",
	"entrada": "admission", "internacao": "admission", "internação": "admission", "saida": "discharge", "saída": "discharge",
	"obito": "death", "óbito": "death", "coleta": "collection", "portador": "cardholder", "usuario": "user", "usuário": "user",
	"cep": "zip", "rg": "dni", "cidade": "city", "logradouro": "street", "celular": "mobile",
	"ds": "", // Tasy's prefix of a description: "ds_endereco"
	// French.
	"prenoms": "prenom", "prénom": "prenom", "prénoms": "prenom", "famille": "family", "adresse": "address",
	"commune": "city", "ville": "city", "âge": "age", "età": "age", "portable": "mobile", "dossier": "chart", "proveedor": "provider", "dosye": "chart", "nimewo": "nbr", "assure": "insured",
	"assuré": "insured", "mutuelle": "insurance", "rdv": "appointment", "rendezvous": "appointment",
	"verzekerdennummer": "memberid", "verzekerde": "insured", "woonplaats": "city", "plaats": "city", "adres": "address",
	"straat": "street", "gemeente": "municipality", "geboortedatum": "birthdate", "achternaam": "lastname", "voornaam": "firstname", "anschrift": "address", "alter": "age", "personalausweis": "dni", "ausweisnummer": "dni",
	"né": "born", "gbdat": "birthdate", "debut": "start", "début": "start", "inicio": "start", "beginn": "start", "ende": "end", "datum": "date",
	"deces": "death", "décès": "death", "sortie": "discharge", "naissance": "birth", "chirurgie": "surgery",
	"huella": "fingerprint", "servicio": "service", "serie": "serial", "foto": "photo",
	"donacion": "donation", "donación": "donation", "ultima": "last", "última": "last",
	"pfad": "path", "kennzeichen": "plate", "stadt": "city",
	// German.
	"versicherung": "insurance", "versicherte": "insured", "versicherter": "insured", "strasse": "street",
	"straße": "street", "vorname": "firstname", "nachname": "lastname", "familienname": "lastname",
	"geburtsdatum": "birthdate", "telefon": "telephone", "fuehrerschein": "license", "führerschein": "license",
	"ausweis": "dni", "nacional": "national", "kvnr": "memberid", "extranjero": "alien",
	"condado": "county", "solicitante": "applicant", "versichertennummer": "memberid", "patientenname": "patientname",
	"nummer": "number", "deposito": "deposit", "voz": "voice", "passeport": "passport", "nss": "dni",
	"geb": "birth", "gebdat": "birthdate", "gebdatum": "birthdate", "handy": "mobile", "mobil": "mobile", "telefonnummer": "telephone", "wohnort": "city",
	"movil": "mobile", "móvil": "mobile", "domicilio": "address", "localidad": "city", "municipio": "city",
	"telefoonnummer": "telephone", "mobiel": "mobile", "téléphone": "telephone", "secu": "ssn",
	"sécurité": "security", "securite": "security", "sociale": "social",
	"patientennummer": "mrn", "patientennr": "mrn", "patnr": "mrn", "aufnahme": "admission", "fallnummer": "accountnumber", "fallnr": "accountnumber",
	"aufnahmedatum": "admitdate", "entlassungsdatum": "dischargedate", "sterbedatum": "dateofdeath", "todesdatum": "dateofdeath",
	"untersuchungsdatum": "examdate", "behandlungsdatum": "servicedate", "besuchsdatum": "visitdate", "eingriffsdatum": "surgerydate",
	"entnahmedatum": "collectiondate", "wunschtermin": "appointmentdate", "termin": "appointment", "versicherten": "member",
	"svnr": "dni", "ahv": "dni", "ahvnr": "dni", "benutzer": "user", "benutzername": "username", "faxnummer": "faxnumber",
	"telefax": "fax", "rueckruf": "callback", "rückruf": "callback", "rueckrufnummer": "callbacknumber", "rückrufnummer": "callbacknumber", "plz": "zip", "ort": "city",
	"angehoeriger": "relative", "angehöriger": "relative",
	// Italian.
	"cognome": "surname", "indirizzo": "address", "citta": "city", "città": "city",
	"comune": "city", "cellulare": "mobile", "paziente": "patient", "assistito": "patient", "residenza": "address",
	"fiscale": "tax", "codice": "code", "cod": "code", "luogo": "place", "lugar": "place",
	// Polish, Czech, Dutch, Finnish, Indonesian: a patient's own word.
	"pacjent": "patient", "pacjenta": "patient", "nazwisko": "surname", "imie": "firstname", "imię": "firstname",
	"pesel": "dni", "miasto": "city", "pacient": "patient", "patiënt": "patient", "potilas": "patient", "pasien": "patient",
	"urodzenia": "birth", "narozeni": "birth", "narození": "birth", "syntymaaika": "birthdate", "lahir": "birth", "tgl": "date", "tanggal": "date",
	// Ukrainian and Russian transliterated, Turkish, Swedish, Danish and Norwegian, Vietnamese.
	"narodzhennia": "birth", "narodzhennya": "birth", "rozhdeniya": "birth", "rozhdenia": "birth", "dogum": "birth", "doğum": "birth",
	"tarihi": "date", "fodelsedatum": "birthdate", "födelsedatum": "birthdate", "fodselsdato": "birthdate", "fødselsdato": "birthdate",
	"ngaysinh": "birthdate", "donante": "donor", "mmj": "license", // a medical marijuana card: a state's registry licence
	// Somali, Russian, Chinese, as translation and intake pipelines print
	// patients' documents.
	"magaca": "name", "lambarka": "number", "faylka": "chart", "taariikhda": "date", "dhalashada": "birth",
	"фио": "fullname", "имя": "firstname", "фамилия": "lastname", "отчество": "middlename",
	"姓名": "name", "患者姓名": "patientname", "病历号": "mrn", "出生日期": "birthdate", "住址": "address", "电话": "telephone",
	"患者": "patient", "病人": "patient", "地址": "address", "手机": "mobile", "身份证号": "dni", "邮编": "zip",
	// Japanese and Korean, as hospitals' systems there name their fields.
	"氏名": "name", "患者氏名": "patientname", "患者名": "patientname", "氏名カナ": "name", "カナ氏名": "name", "フリガナ": "name",
	"生年月日": "birthdate", "住所": "address", "電話番号": "telephone", "携帯電話": "mobile", "郵便番号": "zip",
	"被保険者番号": "memberid", "保険証番号": "memberid", "カルテ番号": "mrn", "診察券番号": "mrn", "入院日": "admitdate",
	"退院日": "dischargedate", "受診日": "servicedate", "予約日": "appointmentdate",
	"성명": "name", "이름": "name", "환자명": "patientname", "생년월일": "birthdate", "주소": "address", "전화번호": "telephone",
	"휴대폰": "mobile", "환자": "patient", "주민등록번호": "dni", "우편번호": "zip",
}

// standardItem looks key up in standardItems without its case and dots:
// the codes are letters and digits, which the classifier would drop as an
// object's ID ("A0500A" is hexadecimal) or read as a path ("ePatient.09").
func standardItem(key string) (keyClass, bool) {
	if len(key) < 5 || len(key) > 12 || !isDigit(key[len(key)-1]) && !isDigit(key[len(key)-2]) {
		return keyClass{}, false
	}
	var buf [12]byte
	n := 0
	for i := 0; i < len(key); i++ {
		if c := key[i]; c != '.' {
			buf[n] = lower(c)
			n++
		}
	}
	kc, ok := standardItems[string(buf[:n])]
	return kc, ok
}

// nemsisElement reports whether key names an element of NEMSIS, the EMS
// data standard: a section and a number, "ePatient.09", "dAgency.02".
func nemsisElement(key string) bool {
	n := len(key)
	return n > 5 && n <= 24 && key[n-3] == '.' && isDigit(key[n-1]) && isDigit(key[n-2]) &&
		(key[0] == 'e' || key[0] == 'd') && isUpper(key[1])
}

// hl7FieldPath reports whether key names an HL7 field or component by
// dotted position: "PID.5", "PID.11.5", "PID.5.1.1".
func hl7FieldPath(key string) bool {
	if len(key) < 5 || len(key) > 16 || key[3] != '.' || !hl7Segments[key[:3]] {
		return false
	}
	for i := 4; i < len(key); i++ {
		if !isDigit(key[i]) && key[i] != '.' {
			return false
		}
	}
	return isDigit(key[4]) && isDigit(key[len(key)-1])
}

// idCategories are the identifier categories a bare "id" or "number" key
// inherits from its parent.
var idCategories = SetOf(SSN, MRN, HealthPlan, Account, License, Vehicle, Device, OtherID)

// classifyUncached classifies one path element by the built-in rules,
// without the hex and digit runs that name one object rather than a kind
// of value: "ORD-754163954", "patients/53e322bf-efae-.../intake". Such
// keys are seen once each; their runs would split into a dozen tokens that
// say nothing (or, by chance, "dea" and "face") and cost the classifier
// most of its time.
func classifyUncached(key string) keyClass {
	if t, ok := dicomTag([]byte(key)); ok {
		return dicomTags[t] // the DICOM JSON model: {"00100030": {"vr": "DA", "Value": [...]}}
	}
	if kc, ok := aamvaFields[key]; ok {
		return kc // a driver's licence's barcode, as ID scanners log it: "DAQ=H2835553 DCS=ZHANG"
	}
	if len(key) >= 6 && key[3] == '-' && isDigit(key[0]) && isDigit(key[1]) && isDigit(key[2]) && (len(key) == 6 || key[6] == ' ') {
		if kc, ok := ncpdpFields[key[4:6]]; ok {
			// An NCPDP field by its number and ID, as a claim's dump names
			// it: "310-CA=MARIA", "302-C2 CARDHOLDER ID....: W426207071".
			return kc
		}
	}
	if kc, ok := standardItem(key); ok || nemsisElement(key) {
		return kc // "A0500A", "ePatient.09": an item of MDS or NEMSIS, by its code
	}
	var raw, buf [96]byte
	var toks [12]string
	norm := appendNormalizedKey(buf[:0], string(withoutIDRuns(raw[:0], key)))
	return classifyTokens(splitTokens(string(norm), toks[:0]))
}

// aamvaFields are the elements of the PDF417 barcode on US driver's
// licences and ID cards (AAMVA DL/ID Card Design Standard) that hold PHI,
// by their upper-case codes only: "dag" in lower case is Airflow's.
var aamvaFields = map[string]keyClass{
	"DAQ": {cat: License, conf: High}, // customer ID number
	"DCS": {cat: Name, conf: High},    // family name
	"DAC": {cat: Name, conf: High},    // first name
	"DAD": {cat: Name, conf: High},    // middle name
	"DCT": {cat: Name, conf: High},    // given names (earlier versions)
	"DAA": {cat: Name, conf: High},    // full name (earlier versions)
	"DBB": {cat: Date, conf: High},    // date of birth
	"DAG": {cat: Address, conf: High}, // street
	"DAH": {cat: Address, conf: High},
	"DAI": {cat: Address, conf: High}, // city
	"DAK": {cat: ZIP, conf: High},
}

// withoutIDRuns appends key to dst with each run of letters and digits that
// is all hexadecimal, at least four long and holds two digits or more
// replaced by one '_'. "zip5", "PID.11.3", "addr1" and "phone_e16" keep all
// their runs. A key that held such a run names one object, and its other
// runs of letters, digits and no vowels are random too: the "dk6sn" of a
// Kubernetes pod "auth-8cb9d403-dk6sn" is not a serial number ("sn").
func withoutIDRuns(dst []byte, key string) []byte {
	start, ids := len(dst), false
	for pass := 0; pass < 2; pass++ {
		dst = dst[:start]
		for i := 0; i < len(key); {
			if !isAlnum(key[i]) {
				dst = append(dst, key[i])
				i++
				continue
			}
			j, digits, hex := i, 0, true
			for j < len(key) && isAlnum(key[j]) {
				if isDigit(key[j]) {
					digits++
				} else if !isHex(key[j]) {
					hex = false
				}
				j++
			}
			id := hex && digits >= 2 && j-i >= 4
			ids = ids || id
			if id || ids && pass == 1 && digits > 0 && digits < j-i && !hasVowel(key[i:j]) {
				dst = append(dst, '_')
			} else {
				dst = append(dst, key[i:j]...)
			}
			i = j
		}
		if !ids {
			break
		}
	}
	return dst
}

func hasVowel(s string) bool {
	for i := 0; i < len(s); i++ {
		switch lower(s[i]) {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			return true
		}
	}
	return false
}
