package detectors

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
)

// maxJSONDepth bounds recursion; deeper values are scanned as text.
const maxJSONDepth = 64

// walkJSON walks the JSON value at rec[i]; see walkJSONIn.
func (st *state) walkJSON(rec []byte, i int) (int, bool) { return st.walkJSONIn(rec, i, len(rec)) }

// walkJSONIn walks the JSON value starting at b[i], ending before b[to]. It
// reports values by their keys and scans the other strings as text, with
// field paths such as "patient.name[0].family". On malformed JSON it takes
// back what it reported and returns false, so the caller can scan the bytes
// as text instead.
func (st *state) walkJSONIn(b []byte, i, to int) (int, bool) {
	return st.walkJSONUnder(b, i, to, keyClass{})
}

// walkJSONUnder is walkJSONIn for a document stored under a key of class kc.
func (st *state) walkJSONUnder(b []byte, i, to int, kc keyClass) (int, bool) {
	mark, fieldMark := len(st.out), len(st.field)
	end, ok := st.jsonValue(b, i, to, kc, 0)
	st.field = st.field[:fieldMark]
	if !ok {
		st.out = st.out[:mark]
	}
	return end, ok
}

// typeNamedAsKey returns the category of an identifier whose type is
// written as a key would be ("DriverLicense", "PassportNumber"), or 0.
func typeNamedAsKey(st *state, v []byte) Category {
	if len(v) <= 24 && bytesIndex(v, ' ') > 0 {
		// "Driver's License", "Passport Number": words, read as a key's
		var buf [24]byte
		k := buf[:0]
		for _, c := range v {
			switch {
			case c == ' ':
				k = append(k, '_')
			case c != '\'':
				k = append(k, c)
			}
		}
		if c := st.classifyKey(k, keyClass{}).cat; idCategories.Has(c) {
			return c
		}
	}
	if sp := bytesIndex(v, ' '); sp >= 4 {
		v = v[:sp] // "pasaporte EE.UU.", "passaporte BR": the kind, then where it was issued
	}
	if len(v) < 3 || !identifierLike(v) && !st.isKeyword(v) && !foreignWord(v) {
		return 0
	}
	if c := st.classifyKey(v, keyClass{}).cat; idCategories.Has(c) || c == Phone || c == Fax || c == Email {
		return c
	}
	return 0
}

// lastPathElement returns the last element of a field's location at b[i]:
// the last string of an array (["body", "patient", "dob"]) or the last
// segment of a JSON pointer or dotted path ("/patient/dob", ".patient.dob").
func lastPathElement(b []byte, i, to int) []byte {
	if i >= to {
		return nil
	}
	switch b[i] {
	case '"':
		ve, escaped, ok := jsonString(b, i, to)
		if !ok || escaped || ve-i > 130 {
			return nil
		}
		v := b[i+1 : ve-1]
		if k := bytes.LastIndexAny(v, "/."); k >= 0 {
			v = v[k+1:]
		}
		return v
	case '[':
		var last []byte
		for k := skipWS(b, i+1, to); k < to && b[k] != ']'; k = skipWS(b, k, to) {
			switch {
			case b[k] == '"':
				ve, escaped, ok := jsonString(b, k, to)
				if !ok || escaped {
					return nil
				}
				last, k = b[k+1:ve-1], ve
			case isDigit(b[k]):
				for k < to && isDigit(b[k]) {
					k++ // an index: ["body", "members", 0, "ssn"]
				}
			default:
				return nil
			}
			if k = skipWS(b, k, to); k < to && b[k] == ',' {
				k++
			}
		}
		return last
	}
	return nil
}

// answerField reports whether the value after a key's colon at b[k] is an
// object: a form's field, whose "ref" member (see stringMember) names the
// answer beside it.
func answerField(b []byte, k, to int) bool {
	vs := skipWS(b, k, to)
	return vs < to && b[vs] == '{'
}

// answerValueKey reports whether key holds a form's answer by its type,
// as Typeform writes them: "text", "date", "email", "phone_number".
func answerValueKey(key []byte) bool {
	switch string(key) {
	case "text", "date", "email", "phone_number", "number", "url", "choice", "file_url":
		return true
	}
	return false
}

// personActorType reports whether an actor's or an author's type is a
// patient's or a relative's: {"actor": {"type": "family", ...}}.
func personActorType(t []byte) bool {
	switch string(t) {
	case "family", "patient", "member", "customer", "guardian", "caregiver", "relative", "proxy":
		return true
	}
	return false
}

// patientReference reports whether r, a FHIR reference, is to a patient
// or a patient's relative: "Patient/00978500", "RelatedPerson/rp1".
func patientReference(r []byte) bool {
	return hasPrefixFold(r, "patient/") || hasPrefixFold(r, "relatedperson/")
}

// thingType reports whether t, an identity log's type of a target or an
// actor, is an application's, a group's or a policy's: Okta's "AppInstance".
func thingType(t []byte) bool {
	switch string(t) {
	case "AppInstance", "Application", "Group", "PolicyEntity", "PolicyRule", "Org", "ServicePrincipal":
		return true
	}
	return false
}

// jsonStringAt returns the contents of the JSON string at b[vs] ('"'),
// or nil when there is none.
func jsonStringAt(b []byte, vs, to int) []byte {
	if vs >= to || b[vs] != '"' {
		return nil
	}
	if ve, _, ok := jsonString(b, vs, to); ok {
		return b[vs+1 : ve-1]
	}
	return nil
}

// stringMember returns the string of the member named name among the
// first members of the flat object at b[i] ('{'), or nil. It stops at a
// member whose value is an object or an array.
func stringMember(b []byte, i, to int, name string) []byte {
	k := skipWS(b, i+1, to)
	for n := 0; n < 8 && k < to && b[k] == '"'; n++ {
		ke, escaped, ok := jsonString(b, k, to)
		if !ok || escaped {
			return nil
		}
		key := b[k+1 : ke-1]
		k = skipWS(b, ke, to)
		if k >= to || b[k] != ':' {
			return nil
		}
		vs := skipWS(b, k+1, to)
		if vs >= to {
			return nil
		}
		ve := vs
		if b[vs] == '"' {
			if ve, _, ok = jsonString(b, vs, to); !ok {
				return nil
			}
			if string(key) == name {
				return b[vs+1 : ve-1]
			}
		} else {
			for ve < to && b[ve] != ',' && b[ve] != '}' {
				if b[ve] == '{' || b[ve] == '[' {
					return nil
				}
				ve++
			}
		}
		k = skipWS(b, ve, to)
		if k >= to || b[k] != ',' {
			return nil
		}
		k = skipWS(b, k+1, to)
	}
	return nil
}

// textMember returns the string of a "Text" member that opens the object
// at b[i] ('{'), or nil: {"Text": "FIRST_NAME", ...}.
func textMember(b []byte, i, to int) []byte {
	k := skipWS(b, i+1, to)
	if k >= to || b[k] != '"' {
		return nil
	}
	ke, escaped, ok := jsonString(b, k, to)
	if !ok || escaped || !equalFold(b[k+1:ke-1], "text") {
		return nil
	}
	k = skipWS(b, ke, to)
	if k >= to || b[k] != ':' {
		return nil
	}
	vs := skipWS(b, k+1, to)
	if vs >= to || b[vs] != '"' {
		return nil
	}
	ve, escaped, ok := jsonString(b, vs, to)
	if !ok || escaped || ve-vs > 66 {
		return nil
	}
	return b[vs+1 : ve-1]
}

// orgResources are the FHIR resource types that describe organisations
// and places, never a person. (A Practitioner is a person, whose name and
// numbers the engine reports as it does elsewhere.)
var orgResources = map[string]bool{"Organization": true, "Location": true, "HealthcareService": true, "Endpoint": true,
	"OrganizationAffiliation": true, "InsurancePlan": true}

// orderResources are FHIR's resources of an order, whose "identifier"
// numbers the order (a placer's number), not the patient. (A report's and
// a specimen's are accession numbers, which writers label as a patient's.)
var orderResources = map[string]bool{"MedicationRequest": true, "MedicationOrder": true, "ServiceRequest": true,
	"ProcedureRequest": true, "MedicationDispense": true, "MedicationAdministration": true, "Task": true}

// practitionerResources are FHIR's resources of a clinician in their work.
var practitionerResources = map[string]bool{"Practitioner": true, "PractitionerRole": true}

// placeNPIKey reports whether key is a place's NPI: "fclty_npi",
// "facilityNpi", "clinic_npi" (not "rendering_npi", which a claim of a
// patient holds beside the patient's data).
func placeNPIKey(key []byte) bool {
	if len(key) < 6 || !hasSuffixFold(key, "npi") {
		return false
	}
	for _, p := range orgKeyWords {
		if hasPrefixFold(key, p) {
			return true
		}
	}
	return false
}

// orgKeyWords start or hold the names of keys and columns of a place or an
// organisation: "fclty_npi", "clinic_name".
var orgKeyWords = [...]string{"fclty", "facility", "clinic", "practice", "pharmacy", "provider", "hospital", "org", "company",
	"payer", "vendor", "lab", "site", "location"}

// documentTypeKey reports whether key names the kind of an identity
// document, whose number a sibling holds: id_doc=DL id_number=..., and
// the words forms in Spanish and Portuguese use, {"doc_tipo": "A-Number",
// "doc_num": ...}, Tipo=LicenciaConducir Numero=S41952057.
func documentTypeKey(key []byte) bool {
	switch len(key) {
	case 4:
		return equalFold(key, "tipo")
	case 6:
		return equalFold(key, "id_doc")
	case 7:
		return equalFold(key, "id_tipo") || equalFold(key, "doctype") // "docType"
	case 8:
		return equalFold(key, "doc_tipo") || equalFold(key, "tipo_doc") || equalFold(key, "doc_type") || equalFold(key, "document") ||
			equalFold(key, "scantype") // an eMAR's {"scanType": "PATIENT_WRISTBAND", "barcode": ...}
	case 9:
		return equalFold(key, "scan_type")
	case 12:
		return equalFold(key, "documenttype")
	case 13:
		return equalFold(key, "tipodocumento") || equalFold(key, "document_type")
	case 20:
		return equalFold(key, "identification_class") || equalFold(key, "identification-class") // Persona's inquiries
	case 14:
		return equalFold(key, "tipo_documento")
	}
	return false
}

// documentNumberKey reports whether key holds the number of the document a
// documentTypeKey sibling names.
func documentNumberKey(key []byte) bool {
	if len(key) < 5 || key[0]|0x20 != 'n' && key[0]|0x20 != 'i' && key[0]|0x20 != 'd' {
		return false
	}
	for _, k := range [...]string{"numero", "número", "id_num", "doc_num", "doc_no", "num_doc", "num_documento", "numero_documento",
		"num_identificacion", "numero_identificacion", "document_number", "doc_number",
		"docno", "docnum", "docnumber", "documentno", "documentnumber", // and camelCase: "docNo", "documentNumber"
		"identification_number", "identification-number", "identificationnumber"} {
		if equalFold(key, k) {
			return true
		}
	}
	return false
}

// The roles of the two keys of a generic pair: one names the field, the
// other holds its value.
const (
	roleNone = iota
	roleName
	roleValue
)

// pairRole reads a generic pair's key, numbered or not: {"key": "ssn",
// "value": ...}, {"k": ..., "v": ...}, {"col_1": "MRN", "col_1_val": ...},
// {"f2_name": "mrn_str", "f2_value": ...}, {"attr_name": ..., "attr_value": ...}.
func pairRole(key []byte) int {
	if len(key) > 16 || len(key) == 0 {
		return roleNone
	}
	switch key[0] | 0x20 {
	case 'k', 'f', 'c', 'a', 'n', 'p', 'v', 'm', 'i', 'r':
	default:
		return roleNone
	}
	var buf [16]byte
	n := 0
	for _, c := range key {
		if isLetter(c) {
			buf[n] = lower(c)
			n++
		} else if !isDigit(c) && c != '_' && c != '-' {
			return roleNone
		}
	}
	switch string(buf[:n]) {
	case "key", "k", "field", "fld", "col", "column", "attr", "attrname", "attributename", "name", "fname", "fieldname",
		"colname", "columnname", "param", "paramname", "prop", "propname", "property", "keyname", "metakey",
		"itemoid", "itemname", "fieldoid", "variable", "varname": // an EDC's audit trail names its items by their OIDs

		return roleName
	case "value", "val", "v", "colval", "columnvalue", "fvalue", "fval", "fieldvalue", "fieldval", "attrvalue", "attrval",
		"attributevalue", "paramvalue", "propvalue", "propertyvalue", "keyvalue", "colvalue", "metavalue",
		"raw", "rawvalue", "normalized", "normalizedvalue": // an OCR's or a parser's reading of the field, before and after its fixes
		return roleValue
	}
	return roleNone
}

func skipWS(b []byte, i, to int) int {
	for i < to && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// jsonString returns the end of the JSON string whose opening quote is at
// b[i] (the offset after the closing quote) and whether it has escapes.
func jsonString(b []byte, i, to int) (end int, escaped, ok bool) {
	for k := i + 1; k < to; {
		// Two vector searches for the common string without escapes.
		q := bytes.IndexByte(b[k:to], '"')
		if q < 0 {
			return to, escaped, false
		}
		bs := bytes.IndexByte(b[k:k+q], '\\')
		if bs < 0 {
			return k + q + 1, escaped, true
		}
		escaped = true
		k += bs + 2 // the backslash and the byte it escapes
	}
	return to, escaped, false
}

func (st *state) jsonValue(b []byte, i, to int, kc keyClass, depth int) (int, bool) {
	i = skipWS(b, i, to)
	if i >= to {
		return i, false
	}
	if depth > maxJSONDepth {
		e := matchBracket(b, i, to)
		if e < 0 {
			return i, false
		}
		st.scanText(b, i, e)
		return e, true
	}
	switch b[i] {
	case '{':
		if kc.cat == Date {
			if end := st.dateObject(b, i, to); end > 0 {
				return end, true
			}
		}
		return st.jsonObject(b, i, to, kc, depth)
	case '[':
		if kc.cat == Biometric {
			if end := st.templateVector(kc, b, i, to); end > 0 {
				return end, true // "embedding": [0.1959, -0.1447, ...]
			}
		}
		return st.jsonArray(b, i, to, kc, depth)
	case '"':
		e, esc, ok := jsonString(b, i, to)
		if !ok {
			return e, false
		}
		if esc {
			st.decoded(b, i+1, e-1, decodeJSON, func(d []byte) { st.stringValue(d, 0, len(d), kc) })
		} else {
			st.stringValue(b, i+1, e-1, kc)
		}
		return e, true
	default:
		e := i
		for e < to && b[e] != ',' && b[e] != '}' && b[e] != ']' && !isSpace(b[e]) {
			e++
		}
		if e == i {
			return e, false
		}
		if isDigit(b[i]) || b[i] == '-' {
			if !jsonNumber(b[i:e]) && st.depth == 0 && i > 0 && b[i-1] == '[' {
				return e, false // "[2024-09-18T19:52:15.540Z] ...": a log's bracketed timestamp, no array
			}
			st.keyedValue(kc, b, i, e)
		} else if !equalFold(b[i:e], "true") && !equalFold(b[i:e], "false") && !equalFold(b[i:e], "null") {
			return e, false
		}
		return e, true
	}
}

// chatAuthor reports whether an object's path names a chat message's
// author: "from.user", as Microsoft Graph writes it, or Slack's
// "user_profile".
func chatAuthor(field []byte) bool {
	for _, p := range [...]string{"from.user", "user_profile"} {
		if hasSuffixFold(field, p) && (len(field) == len(p) || field[len(field)-len(p)-1] == '.') {
			return true
		}
	}
	return false
}

// jsonNumber reports whether v is a number as JSON writes one.
func jsonNumber(v []byte) bool {
	for _, c := range v {
		if !isDigit(c) && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E' {
			return false
		}
	}
	return true
}

// stringValue handles a decoded JSON string value at b[s:e] under a key of
// class kc: by the key, as an embedded JSON document, or as text.
func (st *state) stringValue(b []byte, s, e int, kc keyClass) {
	if kc.never() && (kc.orgContact() || !prose(b[s:e])) && !resourcePath(b[s:e]) && !(e-s > 2 && b[s] == '{' && b[e-1] == '}') && !namedFile(b[s:e]) {
		// A document under such a key ("slowlog.source": "{\"query\": ...}")
		// is read as one: the key vouches for a code, not for what a
		// document holds.
		if kc.actor() && consumerEmail(b[s:e]) {
			st.emit(s, e, Email, "email", Medium, false) // a patient acting in a portal: "principalEmail": "...@gmail.com"
			return
		}
		if e-s == 11 && ssnShaped(b[s:e]) {
			// "patient.ssn_last_check": "447-44-0422": a key that says it
			// holds no SSN, and a value that is one.
			st.emit(s, e, SSN, "ssn", Medium, false)
		}
		if e-s >= 64 {
			if k := sniffBase64(b[s:e]); k != blobNone {
				st.emit(s, e, k.category(), blobDetector[k], High, false) // "rightIndex": "Rk1SACAy...": a fingerprint template, whatever its key
			}
		}
		return
	}
	if e-s > 2 && b[s] == '[' && b[e-1] == ']' && st.depth < 8 {
		// A list encoded in a string, "[\"Maria Lindqvist\"]": its items are the values.
		st.depth++
		end, ok := st.walkJSONUnder(b, s, e, kc)
		st.depth--
		if ok && end == e {
			return
		}
	}
	if st.keyedValue(kc, b, s, e) {
		return
	}
	k := skipWS(b, s, e)
	if k < e && (b[k] == '{' || b[k] == '[') && st.depth < 8 {
		st.depth++
		end, ok := st.walkJSONIn(b, k, e)
		st.depth--
		if ok && skipWS(b, end, e) == e {
			return
		}
	}
	if kc.cat != 0 && !kc.never() && !(kc.cat == Biometric && kc.ambiguous()) {
		st.ctx[kc.cat] = s // not a bare "fingerprint": a card's or a key's, unless its value decodes as a template
	}
	st.orgText = kc.orgContact()
	st.scanText(b, s, e)
	st.orgText = false
	st.resetContext()
}

// orgContactFinding reports whether f is of what an organisation's or a
// provider's object holds of its own: a name and contact data.
// providerFinding reports whether f, found in an object that turned out to
// be a provider's, is the provider's: contact data not inside a person's
// part of it ({"subscriber": {"first": ...}, "npi": ...}).
func providerFinding(f Finding) bool {
	return orgContactFinding(f) && !personField(f.Field)
}

// dropStaffRecord drops the names and contact data of the object at path
// prefix, whose role says it is a clinician's or a staff member's, unless
// a key of it names a patient ({"role": "Nurse Practitioner",
// "pt_first_nm": ...}: the patient's occupation). Nested records keep theirs.
func (st *state) dropStaffRecord(from int, prefix string) {
	for _, f := range st.out[from:] {
		if ownField(f.Field, prefix) && patientKey([]byte(lastField(f.Field))) {
			return
		}
	}
	st.drop(from, func(f Finding) bool { return orgContactFinding(f) && ownField(f.Field, prefix) })
}

// ownField reports whether field is a key of the object at path prefix,
// not of one nested in it.
func ownField(field, prefix string) bool {
	rest, ok := strings.CutPrefix(field, prefix)
	if !ok {
		return false
	}
	if prefix != "" {
		if rest, ok = strings.CutPrefix(rest, "."); !ok {
			return false
		}
	}
	return !strings.ContainsAny(rest, ".[")
}

// recordLists are keys of the lists of records an organisation's object
// carries: each record is someone else's.
var recordLists = words("errors", "records", "items", "results", "rows", "entries", "rejects", "warnings", "dispensations",
	"patients", "claims", "members", "details", "data")

// displayNameFinding reports a name under a display name's key, as
// directories and sign-in logs give an account's.
func displayNameFinding(f Finding) bool {
	last := f.Field
	if d := strings.LastIndexByte(last, '.'); d >= 0 {
		last = last[d+1:]
	}
	return f.Category == Name && (strings.EqualFold(last, "userDisplayName") || strings.EqualFold(last, "displayName"))
}

func orgContactFinding(f Finding) bool {
	switch f.Category {
	case Name, Address, ZIP, Phone, Fax, Email:
		return true
	}
	return false
}

func (st *state) jsonObject(b []byte, i, to int, parent keyClass, depth int) (int, bool) {
	// What names a value for its siblings ("system", "key", "loc") is this
	// object's own: an object inside starts without it, and leaves the
	// outer one as it found it.
	sys, sysKey, org, clinician, fleet := st.sys, st.sysKey, st.orgObject, st.clinicianObject, st.fleet
	st.sys, st.sysKey = 0, keyClass{}
	objOut := len(st.out)
	staffAccount, staffRole := false, false
	if parent.person() {
		st.orgObject = false // {"org": "Acme Clinic", "patient": {...}}: the patient's own
	}
	defer func() {
		if st.fleet && !fleet {
			// {"vehicle": {"plate": ..., "unit": "VAN-04"}}: the fleet's, whichever key came first.
			st.out = st.out[:objOut+len(slices.DeleteFunc(st.out[objOut:], fleetFinding))]
		}
		st.sys, st.sysKey, st.orgObject, st.clinicianObject, st.fleet = sys, sysKey, org, clinician, fleet
		if st.colsDepth == depth {
			st.cols, st.colsDepth = st.cols[:0], -1
		}
	}()
	k := skipWS(b, i+1, to)
	if k < to && b[k] == '}' {
		return k + 1, true
	}
	base := len(st.field)
	firstPlace := -1         // the number of the first key, when keys are places: 0 or 1
	patientResource := false // a FHIR Patient or RelatedPerson: its "id" is the person's
	orderResource := false   // a FHIR order: its "identifier" is its own
	for k < to {
		if b[k] != '"' {
			return k, false
		}
		ke, _, ok := jsonString(b, k, to)
		if !ok {
			return ke, false
		}
		key := b[k+1 : ke-1]
		k = skipWS(b, ke, to)
		if k >= to || b[k] != ':' {
			return k, false
		}
		st.field = st.field[:base]
		if base > 0 {
			st.field = append(st.field, '.')
		}
		st.field = append(st.field, key...)
		kc := st.classifyKey(key, parent)
		if kc == (keyClass{}) && len(key) <= 3 && allDigits(key) {
			// {"1": "Lemuel", "2": "Begay"}: a statement's parameters by
			// place, as Doctrine logs them, read under their columns.
			if firstPlace < 0 {
				firstPlace = atoi(key)
			}
			if col := st.boundColumn(b, i, atoi(key)+1-firstPlace); col != nil {
				kc = st.classifyKey(col, keyClass{})
				st.field = append(st.field[:len(st.field)-len(key)], col...)
			}
		}
		if vs := skipWS(b, k+1, to); base == 0 && vs+1 < to && b[vs] == '"' && isLetter(b[vs+1]) && placeNameKey(key) {
			st.placeNamed = true // {"facility": "Harbor Behavioral Health", "address": ...}; nested, orgObject judges
		}
		var typeKey keyClass
		typed := false
		rows := false // {"columns": [...], "rows": [[...], ...]}: query results
		if vs := skipWS(b, k+1, to); vs < to && b[vs] == '[' {
			switch {
			case columnsKey(key):
				st.readColumns(b, vs, to, depth)
			case len(st.cols) > 0 && st.colsDepth == depth && rowsKey(key):
				rows = true
			}
		}
		if len(key) > 0 {
			switch lower(key[0]) {
			case 's', 'c', 'k', 'f', 'a', 'p', 'h', 'n', 'v', 't', 'i', 'q', 'l', 'd', 'o', 'u', 'r', 'm', 'b':
			default:
				key = nil // none of the sibling-aware keys below
			}
		}
		switch {
		case len(key) == 0:
		case equalFold(key, "org") || equalFold(key, "organization") || equalFold(key, "organisation") || equalFold(key, "firm") ||
			equalFold(key, "company") || equalFold(key, "orgname") || equalFold(key, "organizationname") || equalFold(key, "firmname") ||
			equalFold(key, "companyname") || equalFold(key, "company_name"):
			// {"requester": {"org": "Halvorsen & Pike LLP", "phone": ..., "address": ...}}:
			// the contact data beside an organisation's name are its own.
			if vs := skipWS(b, k+1, to); vs < to && b[vs] == '"' {
				st.orgObject = true
			}
		case base > 0 && !parent.person() && (equalFold(key, "facility") || equalFold(key, "clinic") || equalFold(key, "hospital") ||
			equalFold(key, "pharmacy") || equalFold(key, "practice") || equalFold(key, "facilityname") || equalFold(key, "clinicname")):
			// {"dropoff": {"facility": "St. Mark Cancer Center", "street": ..., "fax": ...}}:
			// a place named for what it is; its address and numbers are its own.
			if vs := skipWS(b, k+1, to); vs < to && b[vs] == '"' {
				st.orgObject = true
			}
		case len(key) >= 3 && lower(key[len(key)-1]) == 'i' && (equalFold(key, "npi") || placeNPIKey(key)) && base > 0 && !parent.person() && !st.s.c.providers:
			// {"billing": {"name": "Bright Smile Family Dental", "addr": ..., "npi": ...}},
			// {"treating": {"name": ..., "npi": ...}}: a provider, whose
			// name and contact data are no patient's, before the NPI too.
			// (A record's own top level may name a provider beside a patient.)
			if vs := skipWS(b, k+1, to); vs < to && (b[vs] == '"' || isDigit(b[vs])) && !st.orgObject {
				st.orgObject = true
				kept := slices.DeleteFunc(st.out[objOut:], providerFinding)
				st.out = st.out[:objOut+len(kept)]
			}
		case (len(key) == 17 || len(key) == 3) && (equalFold(key, "userprincipalname") || equalFold(key, "upn")):
			// A sign-in by an account at the organisation's own domain is
			// staff's: so is the display name beside it.
			if vs := skipWS(b, k+1, to); vs < to && b[vs] == '"' {
				if ve, _, ok := jsonString(b, vs, to); ok && !consumerEmail(b[vs+1:ve-1]) {
					// Not a B2C directory's member, "56cc4f7e-...@tidewellmembers.onmicrosoft.com".
					at := bytesIndex(b[vs+1:ve-1], '@')
					staffAccount = at > 0 && !(at == 36 && isUUID(b[vs+1:vs+1+at]))
				}
			}
		case (len(key) == 4 && equalFold(key, "role") || len(key) == 8 && equalFold(key, "position")) && !parent.person() && !st.s.c.providers:
			// {"person": "Chidi Okonkwo", "role": "MD"}: a clinician's or a
			// staff member's record, by the role's credential or title.
			if vs := skipWS(b, k+1, to); vs < to && b[vs] == '"' {
				// (A chat API's {"role": "assistant", "content": ...} is a
				// model's message; a "Medical Assistant" is staff.)
				if ve, _, ok := jsonString(b, vs, to); ok && staffTitle(b[vs+1:ve-1]) && string(b[vs+1:ve-1]) != "assistant" && !st.clinicianObject {
					st.clinicianObject, staffRole = true, true // what came before it is judged at the object's end
				}
			}
		case len(key) == 5 && (equalFold(key, "ncpdp") || equalFold(key, "nabp")) && !parent.person():
			// {"ncpdp": "1418295", "name": "Walgreens #11293", "address": ...}:
			// a pharmacy's number, at any level: the record is the pharmacy's.
			if vs := skipWS(b, k+1, to); vs < to && (b[vs] == '"' || isDigit(b[vs])) && !st.orgObject {
				st.orgObject = true
				kept := slices.DeleteFunc(st.out[objOut:], providerFinding)
				st.out = st.out[:objOut+len(kept)]
			}
		case (len(key) == 11 && equalFold(key, "displayname") || len(key) == 9 && equalFold(key, "real_name")) && !st.s.c.providers && !st.clinicianObject &&
			chatAuthor(st.field[:base]):
			// Microsoft Graph's chat message, {"from": {"user": {"id": ...,
			// "displayName": ...}}}, Slack's {"user_profile": {"real_name":
			// ...}}: its author, a member of the organisation's workspace,
			// is staff.
			st.clinicianObject = true
		case equalFold(key, "aadobjectid") && !st.s.c.providers && !st.clinicianObject:
			// Bot Framework's {"from": {"id": ..., "name": ..., "aadObjectId": ...}}:
			// a user of the organisation's directory, staff.
			st.clinicianObject = true
			st.drop(objOut, func(f Finding) bool { return f.Category == Name || orgContactFinding(f) })
		case len(key) == 4 && equalFold(key, "type") && !st.orgObject && thingType(jsonStringAt(b, skipWS(b, k+1, to), to)):
			// Okta's {"type": "AppInstance", "alternateId": "Workday",
			// "displayName": "Workday"}: an application's names, no one's.
			st.orgObject = true
			st.drop(objOut, func(f Finding) bool { return f.Category == Name })
		case (equalFold(key, "author") || equalFold(key, "actor")) && kc.never():
			// Intercom's {"author": {"type": "user", "name": ..., "email": ...}}:
			// a conversation's customer, not a note's writer ("admin" is
			// staff); a portal's {"actor": {"type": "family", ...}}: a
			// relative, not staff (an audit trail's "user" is staff's).
			// FHIR's {"actor": {"reference": "Patient/00978500", "display": ...}}:
			// an appointment's participant who is the patient.
			vs := skipWS(b, k+1, to)
			if t := stringMember(b, vs, to, "type"); personActorType(t) || equalFold(key, "author") && (string(t) == "user" || string(t) == "contact" || string(t) == "lead") ||
				patientReference(stringMember(b, vs, to, "reference")) {
				kc = st.classifyKey([]byte("contact"), parent)
			}
		case equalFold(key, "resourcetype"):
			// FHIR's Organization, Location: the addresses, phones and
			// emails in them are the organisation's.
			switch t := jsonStringAt(b, skipWS(b, k+1, to), to); {
			case orgResources[string(t)]:
				st.orgObject = true
			case practitionerResources[string(t)] && !st.s.c.providers:
				st.clinicianObject = true
			case string(t) == "Patient" || string(t) == "RelatedPerson":
				patientResource = true
			case orderResources[string(t)]:
				orderResource = true
			}
		case equalFold(key, "reference") && !st.s.c.providers:
			// {"requester": {"reference": "Practitioner/59888081", "display": "..."}}:
			// a reference to a clinician or a place names no patient.
			if r := jsonStringAt(b, skipWS(b, k+1, to), to); hasPrefixFold(r, "practitioner/") || hasPrefixFold(r, "practitionerrole/") {
				st.clinicianObject = true
			} else if slash := bytesIndex(r, '/'); slash > 0 && orgResources[string(r[:slash])] {
				st.orgObject = true
			}
		case (equalFold(key, "field") || equalFold(key, "question")) && answerField(b, k+1, to):
			// A form's answer: {"field": {"id": "...", "ref": "first_name"},
			// "type": "text", "text": "Mateo"}: the field's reference names
			// the answer beside it (set after the field is walked).
			if ref := stringMember(b, skipWS(b, k+1, to), to, "ref"); len(ref) > 0 {
				if akc := st.classifyKey(ref, parent); akc.cat != 0 || akc.never() {
					typeKey, typed = akc, true
				}
			}
		case (st.sysKey.cat != 0 || st.sysKey.never()) && answerValueKey(key):
			kc = st.sysKey
			st.sysKey = keyClass{}
		case orderResource && equalFold(key, "identifier"):
			kc = keyClass{flags: kfNever} // {"resourceType": "MedicationRequest", "identifier": [...]}: the order's number, no patient's
		case patientResource && len(key) == 2 && equalFold(key, "id") && !localResourceID(b, k+1, to):
			kc = keyClass{cat: MRN, conf: Medium} // {"resourceType": "Patient", "id": "49568811"}
		case equalFold(key, "system") || equalFold(key, "codesystem"):
			// FHIR Identifier and ContactPoint: the system says what the value is.
			if vs := skipWS(b, k+1, to); vs < to && b[vs] == '"' {
				if ve, _, ok := jsonString(b, vs, to); ok {
					st.sys = identifierSystem(b[vs+1 : ve-1])
					if providerSystem(b[vs+1 : ve-1]) {
						st.sysKey = keyClass{flags: kfNever} // {"system": ".../us-npi", "value": ...}: a provider's
						if st.s.c.providers {
							st.sysKey, st.sys = keyClass{}, License
						}
					}
				}
			}
		case st.sys != 0 && equalFold(key, "key"):
			kc = keyClass{cat: st.sys, conf: High} // CommonWell's {"system": "urn:oid:...4.3.41", "key": ...}
			st.sys = 0
		case equalFold(key, "attribute") || equalFold(key, "parameter") || equalFold(key, "header") ||
			equalFold(key, "title") || equalFold(key, "question") || equalFold(key, "label") || equalFold(key, "displayname") ||
			equalFold(key, "propertyname") || equalFold(key, "contextname") || pairRole(key) == roleName:
			// ... and a feature flag's rule: {"contextName": "memberId", "operator": "IN", "values": [...]}.
			// {"key": "patient.ssn", "value": {"stringValue": ...}}: an attribute whose name is its key.
			if vs := skipWS(b, k+1, to); vs < to && b[vs] == '"' {
				if ve, _, ok := jsonString(b, vs, to); ok && ve-vs < 80 && (identifierLike(privateName(b[vs+1:ve-1])) || fieldWord(b[vs+1:ve-1]) || fieldPhrase(b[vs+1:ve-1])) {
					name := privateName(b[vs+1 : ve-1])
					var akc keyClass
					if bytesIndex(name, '.') >= 0 && !dottedPhrase(name) {
						// "member.x-request-id": a path, whose last element decides.
						akc = withParent(st.s.classifyPath(keyView(name)), parent)
					} else {
						// "place.of.birth", "app.admit.ts": words of one name.
						akc = st.classifyKey(name, parent)
					}
					if akc.cat != 0 || akc.never() {
						st.sysKey = akc               // "app_version" says its value is not PHI, too
						kc = keyClass{flags: kfNever} // and "given_name" is a field's name, not a person's
					}
				}
			}
		case equalFold(key, "loc") || equalFold(key, "instancepath") || equalFold(key, "datapath"):
			// A validation error names the field it rejects, then gives the
			// value: FastAPI's {"loc": ["body", "dob"], "input": ...}, Ajv's
			// {"instancePath": "/patient/dob", "data": ...}.
			if name := lastPathElement(b, skipWS(b, k+1, to), to); len(name) > 0 {
				if akc := st.classifyKey(name, parent); akc.cat != 0 {
					typeKey, typed = akc, true
				}
			}
		case equalFold(key, "url"):
			// A FHIR extension: {"url": ".../age-at-encounter", "valueInteger": 93}.
			if vs := skipWS(b, k+1, to); vs < to && b[vs] == '"' {
				if ve, _, ok := jsonString(b, vs, to); ok {
					if akc := extensionClass(st, b[vs+1:ve-1]); akc.cat != 0 {
						st.sysKey = akc
					}
				}
			}
		case len(key) > 5 && key[0] == 'v' && string(key[:5]) == "value" && isUpper(key[5]) && (st.sysKey.cat != 0):
			kc = st.sysKey // the extension's value[x]
			st.sysKey = keyClass{}
		case equalFold(key, "type") || equalFold(key, "kind") || equalFold(key, "idtype") || equalFold(key, "id_type") || equalFold(key, "typecode") ||
			equalFold(key, "code") || documentTypeKey(key):
			// {"type": "PPN", "id": "..."}: an HL7 identifier type code names the value.
			if vs := skipWS(b, k+1, to); vs < to && b[vs] == '{' && equalFold(key, "type") {
				// Textract's AnalyzeID: {"Type": {"Text": "FIRST_NAME"}, "ValueDetection": {...}}.
				if name := textMember(b, vs, to); len(name) > 0 && identifierLike(name) {
					if akc := st.classifyKey(name, parent); akc.cat != 0 || akc.never() {
						typeKey, typed = akc, true // set after the object is walked, which puts back what it found
					}
				}
			} else if vs < to && b[vs] == '"' {
				if ve, _, ok := jsonString(b, vs, to); ok && ve-vs <= 24 {
					if c := identifierTypeCode(b[vs+1 : ve-1]); c != 0 {
						st.sys = c
					} else if c := typeNamedAsKey(st, b[vs+1:ve-1]); c != 0 {
						st.sys = c // {"idType": "DriverLicense", "idNumber": ...}: a type named as a key would be
					} else if v := b[vs+1 : ve-1]; equalFold(key, "type") && len(v) >= 4 && allUpper(v) && bytesIndex(v, '_') > 0 {
						// Textract's AnalyzeID written flat: {"Type": "FIRST_NAME",
						// "ValueDetection": {"Text": "EAMON"}}.
						if akc := st.classifyKey(v, parent); akc.cat != 0 && !akc.never() {
							st.sysKey = akc
						}
					}
				}
			}
		case st.sys != 0 && (equalFold(key, "value") || equalFold(key, "id") || equalFold(key, "val") || equalFold(key, "number") ||
			equalFold(key, "identifier") || equalFold(key, "idnumber") || equalFold(key, "id_number") || equalFold(key, "idvalue") ||
			equalFold(key, "barcode") || documentNumberKey(key)):
			kc = keyClass{cat: st.sys, conf: High}
			st.sys = 0
		case (equalFold(key, "values") || equalFold(key, "newvalue") || equalFold(key, "oldvalue") ||
			equalFold(key, "new_value") || equalFold(key, "old_value") ||
			equalFold(key, "old") || equalFold(key, "new") || equalFold(key, "before") || equalFold(key, "after") ||
			equalFold(key, "valuedetection") || equalFold(key, "normalizedvalue") || equalFold(key, "input") || equalFold(key, "data") ||
			(st.sysKey.cat != 0 || st.sysKey.never()) && pairRole(key) == roleValue) &&
			(st.sysKey.cat != 0 || st.sysKey.never()):
			// Azure AD's modifiedProperties: {"displayName": "PostalCode", "oldValue": ..., "newValue": ...}.
			kc = st.sysKey
			if !equalFold(key, "oldvalue") && !equalFold(key, "old_value") && !equalFold(key, "old") && !equalFold(key, "before") {
				st.sysKey = keyClass{} // the new value comes after the old
			}
		}
		if rows {
			k, ok = st.jsonRows(b, skipWS(b, k+1, to), to, depth+1)
		} else {
			org, clinician := st.orgObject, st.clinicianObject
			if (org || clinician) && kc.cat != 0 && !kc.ambiguous() && patientKey(st.field[base:]) {
				// {"facility": "St. Brendan", "childName": ...}: a birth record
				// names its patients; {"role": "Nurse Practitioner",
				// "pt_first_nm": ...}: a patient's occupation, the record theirs.
				st.orgObject, st.clinicianObject = false, false
			}
			if org && inSet(recordLists, bytes.TrimPrefix(st.field[base:], []byte{'.'})) {
				if vs := skipWS(b, k+1, to); vs < to && b[vs] == '[' {
					st.orgObject = false // {"ncpdp": "1478513", "errors": [{...}]}: a pharmacy's file, its records its patients'
				}
			}
			k, ok = st.jsonValue(b, k+1, to, kc, depth+1)
			st.orgObject, st.clinicianObject = org, clinician
		}
		if typed {
			st.sysKey = typeKey
		}
		if !ok {
			return k, false
		}
		k = skipWS(b, k, to)
		if k >= to {
			return k, false
		}
		switch b[k] {
		case ',':
			k = skipWS(b, k+1, to)
		case '}':
			st.field = st.field[:base]
			if staffAccount {
				kept := slices.DeleteFunc(st.out[objOut:], displayNameFinding)
				st.out = st.out[:objOut+len(kept)]
			}
			if staffRole {
				st.dropStaffRecord(objOut, string(st.field[:base]))
			}
			return k + 1, true
		default:
			return k, false
		}
	}
	return k, false
}

func (st *state) jsonArray(b []byte, i, to int, kc keyClass, depth int) (int, bool) {
	var row rowValues
	from, scalars := len(st.out), true
	var flag keyClass // the class of a command line's "--flag" just before
	var stmt []byte   // a statement with "?" before the list, whose values it may be
	if kc == (keyClass{}) && i > 0 {
		if w := b[max(0, i-boundListWindow):i]; bytes.IndexByte(w, '?') >= 0 && st.spend(len(w)) && statementStart(w) >= 0 {
			stmt = w // {"sql": "select ... where mrn = ?", "bindings": ["BP1"]}
		}
	}
	end, ok := st.walkArray(b, i, to, func(n, k int) (int, bool) {
		if end, ok := st.namedPair(b, k, to, kc, depth); ok {
			scalars = false
			return end, true
		}
		st.appendIndex(n)
		vkc := kc
		if flag.cat != 0 {
			vkc, flag = flag, keyClass{} // ["--home-zip", "23370"]: the flag's value
		} else if stmt != nil && b[k] == '"' && st.spend(len(stmt)) {
			if col := questionColumn(stmt, n+1); col != nil {
				vkc = st.classifyKey(col, keyClass{})
			}
		}
		switch b[k] {
		case '"':
			if e, _, ok := jsonString(b, k, to); ok {
				row.add(k+1, e-1)
				if v := b[k+1 : e-1]; len(v) > 3 && len(v) <= 48 && v[0] == '-' && v[1] == '-' && isLetter(v[2]) && identifierLike(v[2:]) {
					if fkc := st.classifyKey(v[2:], keyClass{}); !fkc.never() {
						flag = fkc // a container's or a job's args: ["--pt-age", "91"]
					}
				}
			}
		case '{', '[':
			scalars = false
		}
		return st.jsonValue(b, k, to, vkc, depth+1)
	})
	if ok && scalars && row.n >= 3 && kc.cat == 0 {
		st.rowNames(b, &row, from) // ["5YN9MV7VE08", "KOVACEVIC", "LEILANI", "05/11/1959"]
	}
	return end, ok
}

// namedPair reads a pair written as a two-element array, a name and its
// value, at b[k]: Rails logs the values bound to a query so,
// [["home_phone", "8175948160"], ["id", 35375]]. The value is read under
// its name, which extends the field path as an object's key does. It
// reports false, consuming nothing, for any other array.
func (st *state) namedPair(b []byte, k, to int, parent keyClass, depth int) (int, bool) {
	if k >= to || b[k] != '[' {
		return k, false
	}
	ns := skipWS(b, k+1, to)
	if ns >= to || b[ns] != '"' {
		return k, false
	}
	ne, escaped, ok := jsonString(b, ns, to)
	if !ok || escaped || ne-ns-2 < 1 || ne-ns-2 > 64 ||
		!identifierLike(b[ns+1:ne-1]) && st.classifyKey(b[ns+1:ne-1], keyClass{}).cat == 0 { // "home_phone"; "postcode", "har"
		return k, false
	}
	vs := skipWS(b, ne, to)
	if vs >= to || b[vs] != ',' {
		return k, false
	}
	vs = skipWS(b, vs+1, to)
	if vs >= to || b[vs] == '[' || b[vs] == '{' {
		return k, false
	}
	if ve, ok := scalarEnd(b, vs, to); !ok || skipWS(b, ve, to) >= to || b[skipWS(b, ve, to)] != ']' {
		return k, false
	}
	name := b[ns+1 : ne-1]
	base := len(st.field)
	if base > 0 {
		st.field = append(st.field, '.')
	}
	st.field = append(st.field, name...)
	end, ok := st.jsonValue(b, vs, to, st.classifyKey(name, parent), depth+1)
	st.field = st.field[:base]
	if !ok {
		return end, false
	}
	return skipWS(b, end, to) + 1, true
}

// scalarEnd returns the end of the JSON string, number or literal at b[i].
func scalarEnd(b []byte, i, to int) (int, bool) {
	if b[i] == '"' {
		e, _, ok := jsonString(b, i, to)
		return e, ok
	}
	e := i
	for e < to && b[e] != ',' && b[e] != ']' && b[e] != '}' && !isSpace(b[e]) {
		e++
	}
	return e, e > i
}

// walkArray walks the JSON array at b[i], reading element n at b[k] with
// elem, which names the element in st.field after the array's own path.
func (st *state) walkArray(b []byte, i, to int, elem func(n, k int) (int, bool)) (int, bool) {
	if i >= to || b[i] != '[' {
		return i, false
	}
	k := skipWS(b, i+1, to)
	if k < to && b[k] == ']' {
		return k + 1, true
	}
	base := len(st.field)
	for n := 0; k < to; n++ {
		st.field = st.field[:base]
		var ok bool
		if k, ok = elem(n, k); !ok {
			return k, false
		}
		k = skipWS(b, k, to)
		if k >= to {
			return k, false
		}
		switch b[k] {
		case ',':
			k = skipWS(b, k+1, to)
		case ']':
			st.field = st.field[:base]
			return k + 1, true
		default:
			return k, false
		}
	}
	return k, false
}

// appendIndex names array element n in the field path: "[3]".
func (st *state) appendIndex(n int) {
	st.field = append(st.field, '[')
	st.field = strconv.AppendInt(st.field, int64(n), 10)
	st.field = append(st.field, ']')
}

// maxColumns bounds the columns of query results read by name.
const maxColumns = 64

func columnsKey(key []byte) bool {
	return equalFold(key, "columns") || equalFold(key, "column_names") || equalFold(key, "columnnames") || equalFold(key, "keynames") ||
		equalFold(key, "headers") || equalFold(key, "header") || equalFold(key, "cols") || equalFold(key, "fields")
}

func rowsKey(key []byte) bool {
	return equalFold(key, "rows") || equalFold(key, "data") || equalFold(key, "values") || equalFold(key, "records") ||
		equalFold(key, "results") || equalFold(key, "datarows") || equalFold(key, "columnvalues") || equalFold(key, "keyvalues")
}

// readColumns reads the names of the columns of query results, an array
// of strings at b[i], and classifies them; the rows that follow are read
// under them. Anything else leaves no columns.
func (st *state) readColumns(b []byte, i, to, depth int) {
	st.cols, st.colNames, st.colsDepth = st.cols[:0], st.colNames[:0], -1
	known := false
	k := skipWS(b, i+1, to)
	for k < to && b[k] == '"' && len(st.cols) < maxColumns {
		e, escaped, ok := jsonString(b, k, to)
		if !ok || escaped {
			break
		}
		kc := st.classifyKey(b[k+1:e-1], keyClass{})
		known = known || kc.cat != 0
		st.cols = append(st.cols, kc)
		st.colNames = append(st.colNames, span{k + 1, e - 1})
		k = skipWS(b, e, to)
		if k < to && b[k] == ',' {
			k = skipWS(b, k+1, to)
			continue
		}
		if k < to && b[k] == ']' && known {
			st.colsDepth = depth
			return
		}
		break
	}
	st.cols, st.colNames = st.cols[:0], st.colNames[:0]
}

// jsonRows walks the rows of query results at b[i], each an array whose
// values are read under the columns readColumns found: rows[3].dob. An
// array of plain values is one row: wal2json's "columnvalues".
func (st *state) jsonRows(b []byte, i, to, depth int) (int, bool) {
	if k := skipWS(b, i+1, to); k < to && b[k] != '[' && b[k] != ']' {
		return st.jsonRow(b, i, to, depth)
	}
	return st.walkArray(b, i, to, func(r, k int) (int, bool) {
		st.appendIndex(r)
		if b[k] != '[' {
			return st.jsonValue(b, k, to, keyClass{}, depth+1)
		}
		return st.jsonRow(b, k, to, depth+1)
	})
}

// jsonRow walks one row at b[i], its values under the columns.
func (st *state) jsonRow(b []byte, i, to, depth int) (int, bool) {
	return st.walkArray(b, i, to, func(col, c int) (int, bool) {
		if col >= len(st.cols) {
			st.appendIndex(col)
			return st.jsonValue(b, c, to, keyClass{}, depth+1)
		}
		st.field = append(st.field, '.')
		st.field = append(st.field, b[st.colNames[col].start:st.colNames[col].end]...)
		return st.jsonValue(b, c, to, st.cols[col], depth+1)
	})
}

// dottedPhrase reports whether a dotted name is one phrase rather than a
// path: "place.of.birth", "date.of.service" hold the word "of".
func dottedPhrase(name []byte) bool {
	return bytes.Contains(name, []byte(".of."))
}

// fieldWord reports whether v, the name of an attribute, is one word that
// names a field rather than a person: "Phone", "Email", not "Harlan".
func fieldWord(v []byte) bool {
	if len(v) < 2 || len(v) > 24 {
		return false
	}
	for _, c := range v {
		if !isLetter(c) {
			return false
		}
	}
	e, known := lookupName(v)
	return !known || e.Common
}

// extensionClass classifies a FHIR extension by the last segment of its
// URL ("http://hl7.org/fhir/StructureDefinition/patient-birthPlace"), for
// the extensions whose value is a person's: a name, an address, a date, an
// age. Codes (race, nationality, religion) say nothing.
func extensionClass(st *state, u []byte) keyClass {
	if !hasPrefixFold(u, "http") {
		return keyClass{}
	}
	seg := u[bytes.LastIndexByte(u, '/')+1:]
	if len(seg) == 0 || len(seg) > 64 {
		return keyClass{}
	}
	switch kc := st.classifyKey(seg, keyClass{}); kc.cat {
	case 0, IP, URL:
	default: // ".../us-core-birthsex" is no date; ".../ext/driver-license" holds one
		var buf [64]byte
		l := lowerWord(buf[:], seg)
		for _, w := range [...]string{"nationality", "race", "ethnicity", "religion", "language", "citizenship", "gender", "sex"} {
			if bytes.Contains(l, []byte(w)) {
				return keyClass{}
			}
		}
		return kc
	}
	return keyClass{}
}

// fieldPhrase reports whether v is a field's name written as words, two
// to five fieldWords ("Credit Card Number", "Date of Birth"), as DLP
// tools name what they matched too: "U.S. Driver's License Number",
// "U.S. Medical Record Number (custom)".
func fieldPhrase(v []byte) bool {
	if p := bytes.LastIndexByte(v, '('); p > 1 && v[p-1] == ' ' && v[len(v)-1] == ')' {
		v = v[:p-1] // a qualifier in brackets
	}
	n := 0
	for w := range bytes.SplitSeq(v, []byte{' '}) {
		if n == 0 && abbreviatedCountry(w) {
			continue
		}
		w = bytes.TrimSuffix(w, []byte("'s"))
		if n++; n > 5 || !fieldWord(w) {
			return false
		}
	}
	return n >= 2
}

// abbreviatedCountry reports whether w is a country's initials with
// dots, as a DLP tool's type names start: "U.S.", "U.K.".
func abbreviatedCountry(w []byte) bool {
	return len(w) == 4 && isUpper(w[0]) && w[1] == '.' && isUpper(w[2]) && w[3] == '.'
}

// identifierLike reports whether v reads as a field name rather than prose:
// no spaces, and "_", ".", "-" or a camelCase hump inside, or a short word
// in capitals.
func identifierLike(v []byte) bool {
	if len(v) == 0 || bytesIndex(v, ' ') >= 0 {
		return false
	}
	if len(v) >= 2 && len(v) <= 8 && allUpper(v) && isUpper(v[0]) {
		return true // "SSN", "DOB", "MRN": a field's name, as a name is seldom written
	}
	for i, c := range v {
		if c == '_' || c == '.' || c == '-' || i > 0 && isUpper(c) && isLower(v[i-1]) {
			return true
		}
	}
	return false
}

// resourcePath reports whether v names a patient's resource by path, as
// a cloud resource name may: ".../fhir/Patient/00518958".
func resourcePath(v []byte) bool {
	k := bytes.IndexByte(v, '/') // most values have none: one vector search
	return k >= 0 && (bytes.Contains(v, []byte("atient/")) || bytes.Contains(v, []byte("atients/")))
}

// consumerEmail reports whether v is an email address at a mail service
// for the public, whose holder is a person, not an organisation's staff.
func consumerEmail(v []byte) bool {
	at := bytes.IndexByte(v, '@')
	if at < 1 || bytes.IndexByte(v, ' ') >= 0 {
		return false
	}
	domain := v[at+1:]
	if d := bytes.IndexByte(domain, '.'); d > 0 {
		var buf [16]byte
		switch string(lowerWord(buf[:], domain[:d])) { // "@ICLOUD.COM", as fixed-width files write it
		case "gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "live", "msn", "aol", "icloud", "me", "mac",
			"fastmail", "protonmail", "proton", "gmx", "yandex", "zoho", "comcast", "verizon", "att", "sbcglobal",
			"cox", "charter", "earthlink", "bellsouth", "rocketmail", "mail",
			// Regional providers, as patients abroad and in smaller markets use them.
			"wp", "onet", "interia", "o2", "seznam", "bol", "uol", "terra", "eircom", "videotron", "sympatico", "rogers", "shaw",
			"telus", "frontier", "windstream", "centurylink", "optonline", "btinternet", "sky", "virginmedia", "talktalk", "orange",
			"free", "laposte", "sfr", "wanadoo", "libero", "tiscali", "virgilio", "alice", "web", "freenet", "arcor", "naver",
			"daum", "hanmail", "qq", "163", "126", "sina", "rediffmail", "wowway", "juno", "netzero", "bigpond", "xtra", "netvigator":
			return true
		}
	}
	return false
}

// namedFile reports whether v is a file's name or path ending in a
// document's or an image's extension: under "fileName" or "resourceName"
// the key says what the value is, not whose file it is
// ("insurance-cards/muller_francesca_19910720_back.jpg").
func namedFile(v []byte) bool {
	n := len(v)
	switch {
	case n > 4 && v[n-4] == '.':
		return fileExtension(v, n-3, n) // ".pdf", ".jpg"
	case n > 5 && v[n-5] == '.':
		return fileExtension(v, n-4, n) // ".jpeg", ".docx"
	case n > 3 && v[n-3] == '.':
		return fileExtension(v, n-2, n)
	}
	return false
}

// ssnShaped reports whether v is a valid SSN written "123-45-6789".
func ssnShaped(v []byte) bool {
	var d [9]byte
	return groupedSSN(v, '-') && validSSN(digitsIn(d[:0], v))
}

// groupedSSN reports whether v is nine digits in an SSN's three groups,
// sep between them: "123-45-6789", "510 61 4369".
func groupedSSN(v []byte, sep byte) bool {
	return len(v) == 11 && v[3] == sep && v[6] == sep && allDigits(v[:3]) && allDigits(v[4:6]) && allDigits(v[7:])
}

// privateName returns a field's name without the underscores that mark it
// private, as WordPress's meta keys are: "_billing_phone".
func privateName(v []byte) []byte {
	for len(v) > 2 && v[0] == '_' {
		v = v[1:]
	}
	return v
}

// patientKey reports whether key names a patient or a relative of one
// ("childName", "patient_phone", "motherName"), whose data an
// organisation's record holds beside its own.
func patientKey(key []byte) bool {
	key = bytes.TrimPrefix(key, []byte{'.'})
	if hasPrefixFold(key, "pt_") || len(key) > 2 && key[0]|0x20 == 'p' && key[1]|0x20 == 't' && isUpper(key[2]) {
		return true // "pt_first_nm", "ptLastName"
	}
	for _, w := range [...]string{"patient", "child", "mother", "father", "baby", "infant", "newborn", "member",
		"subscriber", "insured", "decedent", "guarantor", "spouse", "guardian"} {
		if indexFold(key, w) >= 0 {
			return true
		}
	}
	return false
}

// localResourceID reports whether the JSON string after b[k] is a
// contained resource's local id, "pt1", which a reference inside the same
// resource names ("#pt1"): a few letters and a digit or two, no one's ID.
func localResourceID(b []byte, k, to int) bool {
	vs := skipWS(b, k, to)
	if vs >= to || b[vs] != '"' {
		return false
	}
	ve, _, ok := jsonString(b, vs, to)
	if !ok {
		return false
	}
	v := b[vs+1 : ve-1]
	d := 0
	for d < len(v) && isLetter(v[d]) {
		d++
	}
	return len(v) <= 6 && d >= 1 && d < len(v) && len(v)-d <= 2 && allDigits(v[d:])
}
