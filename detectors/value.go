package detectors

import (
	"bytes"
	"unicode/utf8"
)

// valueFits checks a value found under a key of class kc. It returns the
// category to report (0 when the value fits but is not PHI, such as an age
// under 90), and ok=false when the value does not look like what the key
// says, so that it is scanned as text instead.
func valueFits(kc keyClass, v []byte, nonPublicIPs, providers bool) (c Category, conf Confidence, det string, ok bool) {
	c, conf, det = kc.cat, kc.conf, "key"
	if conf > High {
		conf = Medium
	}
	digits, letters, other := 0, 0, 0
	for _, ch := range v {
		switch {
		case isDigit(ch):
			digits++
		case isLetter(ch) || ch >= 0x80: // "Ελένη", "김민준": letters outside ASCII
			letters++
		default:
			other++
		}
	}
	switch kc.cat {
	case SSN:
		return c, conf, det, digits == 9 && letters == 0 || digits == 9 && len(v) <= 13
	case Phone, Fax:
		if kc.ambiguous() && !kc.telecom() && (letters > 0 || digits != 10 && digits != 11) {
			return c, conf, det, false // "cb=2645713e", "cb=14799074": a URL's cache buster
		}
		return c, conf, det, digits >= 7 && digits <= 15 && letters <= 3
	case Email:
		at := bytes.IndexByte(v, '@')
		if at > 0 && bytes.Contains(v[:at], []byte("**")) {
			return 0, conf, det, true // "o***@aol.com": masked already
		}
		if at > 0 && (roleMailbox(v[:at]) || serviceAccount(v[at+1:])) {
			return 0, conf, det, true // "noreply@example.org": no person's
		}
		return c, conf, det, at > 0 && bytes.IndexByte(v[at:], '.') > 0
	case Date:
		if d := bytes.Index(v, []byte("Date(")); d >= 0 && digits >= 6 {
			return c, conf, det, true // .NET's JSON date: "\/Date(-697316400000-0500)\/"
		}
		if letters > 0 && !dateWords(v) {
			return c, conf, det, false
		}
		if digits == 4 && letters == 0 && len(v) == 4 {
			return 0, conf, det, true // a year alone is not PHI
		}
		if clockTime(v) {
			return 0, conf, det, true // "arrival_time": "11:15": an hour of some day, no date
		}
		if digits == len(v) && digits == 7 && kc.conf == High && fileManDate(v) {
			return c, conf, det, true // "AGDOB=2250219": a birth date as VistA stores it
		}
		if digits == len(v) && digits != 6 && digits != 8 && digits != 10 && digits != 12 && digits != 13 && digits != 14 {
			return c, conf, det, false // a count, not a date: "docsExamined:62997"
		}
		if digits == len(v) && epochLike(v) && kc.conf < High {
			return c, conf, det, false // "arrival_date": 1710201600: a payout's or a job's instant, as systems count time
		}
		if digits == len(v) && digits == 6 && kc.conf == Low {
			return c, conf, det, false // "StepStartTime=071500": a time under a key that names no date
		}
		if digits == len(v) && (digits == 6 || digits == 8) && !compactDate(v) {
			return c, conf, det, false // a time, "StepStartTime=070000", or no date at all
		}
		return c, conf, det, digits >= 4 && len(v) <= 40
	case Age:
		if len(v) == 4 && lower(v[3]) == 'y' && digits == 3 {
			v = v[:3] // DICOM's age string, "096Y"
		}
		n := atoi(bytes.TrimSpace(v))
		if i := bytes.IndexByte(v, '.'); i > 0 {
			n = atoi(v[:i])
		}
		if n < 0 {
			return c, conf, det, false
		}
		if n <= 89 || n > 150 {
			return 0, conf, det, true
		}
		return c, conf, det, true
	case ZIP:
		if digits == 5 && len(v) == 5 || digits == 9 && len(v) == 10 && v[5] == '-' || digits == 9 && len(v) == 9 {
			return c, conf, det, true
		}
		return c, conf, det, postcodeShape(v) // "postcode": "B16 3YF", "pincode": "560052"
	case IP:
		if a, ok := ipAt(v); ok {
			if nonPublicIPs || personalIP(a) {
				return c, High, det, true
			}
			return 0, conf, det, true
		}
		return c, conf, det, false
	case URL:
		return c, conf, det, bytes.Contains(v, []byte("://")) || bytes.HasPrefix(v, []byte("www.")) || bytes.IndexByte(v, '.') > 0 && bytes.IndexByte(v, '/') > 0
	case Name:
		if len(v) == 3 && (equalFold(v, "fnu") || equalFold(v, "lnu")) {
			return 0, conf, det, true // "first name unknown", as USCIS and the State Department write it
		}
		if len(v) > 3 && v[0] == 'Z' && v[1] == 'Z' && (testPatientPrefix(v[2:]) || testGivenName(v, 0, len(v))) {
			return 0, conf, det, true // "ZZTEST, PATIENT", "ZZNICU, TEST": a test patient, named to sort last
		}
		if _, ip := ipAt(v); kc.person() && letters == 0 && (digits == 10 || digits == 11) && len(v) <= 18 && !ip {
			var d [11]byte
			n := 0
			for _, ch := range v {
				if isDigit(ch) {
					d[n] = ch
					n++
				} else if ch != '+' && ch != '-' && ch != '(' && ch != ')' && ch != ' ' && ch != '.' {
					n = -1
					break
				}
			}
			if n == 11 && d[0] == '1' || n == 10 {
				if validNANP(d[n-10 : n]) {
					return Phone, Medium, det, true // caller=+15058472405: a person's key holds their number
				}
			}
		}
		if kc.person() && kc.idCat != 0 && kc.idCat != OtherID && (digits >= 6 || digits == 5 && kc.flags&kfPatientWord != 0 || digits >= 4 && len(v) >= 5 && isUpper(v[0])) &&
			(letters <= 3 || letters <= 5 && digits >= 6 && (allDigits(v[letters:]) || capitalGroupsNumber(v))) && len(v) <= 20 && // "member=BXKS66732322": a prefix of capitals
			(other == 0 || other == 1 && dashedNumber(v) || kc.idCat == MRN && (siteSubjectNumber(v) || prefixedSubjectNumber(v) || capitalGroupsNumber(v))) && !(digits == len(v) && epochLike(v)) {
			// "patient=31783165", "member=MBR48490768": a patient's or a
			// member's key holds their number (a user's or a client's may
			// hold anything); "member=80356522836-01", "patient=MH-187242"
			// (dashedNumber); "pt=C31248", shorter behind its prefix (a
			// bare "patient:26191" is a row's key as often).
			return kc.idCat, Medium, det, true
		}
		if kc.person() && kc.idCat == MRN && epicFHIRID(v) {
			return MRN, Medium, det, true // "?patient=eJLCJtFDThHa.4ZyuD9UIwD3": Epic's FHIR ID of a patient
		}
		if !kc.ambiguous() && dottedInitials(v) {
			return c, conf, det, true // "patient_initials=K.S.": initials, which a name's key vouches for
		}
		if dottedIdentifier(v) || phrase(v) {
			return c, conf, det, false // "Functions.SyncEligibility", "io.opentelemetry.winston", "Add user"
		}
		if !providers && clinicianTitled(v) {
			return 0, conf, det, true // "Yesenia Adeyemi, LMFT": a clinician's, no patient's
		}
		if kc.idCat == 0 && orgNamed(v) {
			// "name": "Kern Valley Community Hospital": an organisation's. A
			// person's key (employer, patient) has an ID category: an
			// employer's name stays, as Safe Harbor counts it.
			return 0, conf, det, true
		}
		if pascalIdentifier(v) {
			return c, conf, det, false // "displayName": "StrongAuthenticationMethod": a setting's, not a person's
		}
		if !kc.ambiguous() {
			if titleLike(v) {
				return c, conf, det, false // "displayName": "DLP policy match for document shared externally": an alert's
			}
			if isLower(v[0]) && bytes.IndexByte(v, ' ') < 0 {
				if e, _ := lookupName(v); e.First == 0 && e.Last == 0 || e.Common {
					return c, conf, det, false // "displayName": "lookup": a step's, not a person's
				}
			}
			return c, conf, det, letters > 0 && digits == 0 && len(v) <= 120
		}
		return c, conf, det, looksLikeName(v) || kc.nameText() && dictionaryNames(v) || lowerFullName(v) || nonLatinName(v) || trackName(v) || underscoredName(v) ||
			kc.person() && fileManName(v) || travelName(v)
	case Address:
		if len(v) == 1 {
			return c, conf, det, false // "inside_city_limits": "Y": an answer, no place
		}
		if kc.geo() && coordinate(v) {
			return c, Low, "geo", true // "lat": 45.72668: where someone is, to a few metres
		}
		if len(v) >= 2 && len(v) <= 8 && v[0] == '#' && digits == len(v)-1 {
			return c, conf, det, true // a unit: "#97"
		}
		if len(v) == 2 && stateAbbrevs[string(v)] || placeName(v) || len(v) == 5 && v[0] == 'U' && v[1] == 'S' && v[2] == '-' && stateAbbrevs[string(v[3:])] {
			return 0, conf, det, true // "MI", "Texas", "US-KY": a state is no address below it
		}
		if at := bytes.IndexByte(v, '@'); at > 0 {
			if s, e, ok := emailAround(v, at, 0, len(v)); ok && s == 0 && e == len(v) {
				return Email, High, "email", true // {"recipient": {"address": "lv@example.com"}}
			}
		}
		if hostName(v) {
			return c, conf, det, false // "RequestAddr": "portal.example-health.org": a host
		}
		if len(v) > 2 && v[0] == '0' && (v[1] == 'x' || v[1] == 'X') || bytes.IndexByte(v, ' ') < 0 && bytes.IndexByte(v, '_') >= 0 {
			return c, conf, det, false // "si_addr = 0x666", "start_addr = search_buf.address": memory, not a home
		}

		if kc.flags&kfHouseNumber != 0 {
			return c, conf, det, len(v) <= 40 && (letters > 0 || digits > 0 && digits <= 6)
		}
		return c, conf, det, letters > 0 && len(v) <= 200 && !bytes.Contains(v, []byte("://"))
	case Photo, Biometric:
		if k := sniffBase64(v); k != blobNone {
			return k.category(), High, blobDetector[k], true
		}
		if hasPrefixFold(v, "data:") {
			return c, conf, "data_uri", true
		}
		if c == Photo && imageReference(v) {
			// "photo_uri": "s3://ehr-patient-photos/1a57.jpg": where the
			// person's photograph is, under a key that says whose.
			return c, Medium, "photo_reference", true
		}
		if kc.ambiguous() {
			return c, conf, det, false
		}
		return c, conf, det, len(v) >= 24 && other*4 < len(v)
	default: // identifiers: MRN, health plan, account, license, vehicle, device, other
		// A UUID or a hash names no one, but a phone's vendor, advertising
		// or Android ID is one: "idfv": "79C50F49-E5FA-...".
		hashLike := uuidOrHash(v) && !(c == Device && kc.conf == High)
		if len(v) < 3 || len(v) > 64 || digits == 0 || other > len(v)/3 || hashLike || wordsIn(v) >= 2 || lowerRun(v) >= 7 && bytes.Count(v, []byte{'_'}) >= 2 {
			return c, conf, det, false
		}
		if digits == len(v) && len(v) <= 3 && c != MRN {
			return c, conf, det, false // "employer_id": 554: a table's row; a small clinic's chart may be "patient_id=123"
		}
		if v[0] == '-' && digits == len(v)-1 {
			return 0, conf, det, true // "mbr_id": -5784057197247677371: a signed hash of the ID, no ID is negative
		}
		if c == HealthPlan && len(v) < 5 {
			return c, conf, det, false // "TSI=E800": a card terminal's status, no member's number
		}
		if c == Account && len(v) >= 4 && v[len(v)-3] == '.' && digits == len(v)-1 {
			return c, conf, det, false // "card=2818.01": a day's takings by card, no card's number
		}
		if c == Account && digits < 4 {
			return c, conf, det, false // "acc=40m": a GPS fix's accuracy, not an account
		}
		if masked(v) {
			return 0, conf, det, true // "pan=xxxxxxxxxxxx5390": masked already
		}
		if c == Account && kc.ambiguous() && digits < 12 {
			return 0, conf, det, true // "ccn=052788": a provider's certification number, no card's
		}
		if c == Device && digits == len(v) && len(v) <= 5 {
			return 0, conf, det, true // "ESN=0122": a 911 call's emergency service number, a count; no serial is so short
		}
		if c == Device && bytes.Count(v, []byte{':'}) > 8 {
			return 0, conf, det, true // "89:D7:9D:...:B5": a certificate's serial or a key's fingerprint, no device's
		}
		if c == Device && kc.ambiguous() {
			return c, conf, det, serialShaped(v)
		}
		if c == Vehicle && labPlate(v) {
			return c, conf, det, false // "plate=PLT-00430 well=B09": a laboratory's microplate
		}
		if c == OtherID && kc.ambiguous() {
			if genericRFC(v) {
				return 0, conf, det, true // an invoice to the public names no one
			}
			return c, conf, det, socialInsuranceNumber(v) || personalRFC(v)
		}
		return c, conf, det, true
	}
}

// epicFHIRID reports whether v has the shape of the FHIR IDs Epic gives
// its resources: 'e', twenty or so letters, digits, '.' and '-', and a
// closing '3' ("eJLCJtFDThHa.4ZyuD9UIwD3"), lower case, capitals and
// digits mixed.
func epicFHIRID(v []byte) bool {
	if len(v) < 18 || len(v) > 32 || v[0] != 'e' || v[len(v)-1] != '3' {
		return false
	}
	var lower, upper, digit bool
	for _, c := range v[1:] {
		switch {
		case isLower(c):
			lower = true
		case isUpper(c):
			upper = true
		case isDigit(c):
			digit = true
		case c != '.' && c != '-':
			return false
		}
	}
	return lower && upper && digit
}

// prefixedRecordNumber reports whether v is a record number of one to
// three capitals, perhaps a dash, and six or more digits: "E0324625",
// "MRN5020506", "LV-278171".
func prefixedRecordNumber(v []byte) bool {
	k := 0
	for k < len(v) && k < 4 && isUpper(v[k]) {
		k++
	}
	d := k
	if d < len(v) && v[d] == '-' {
		d++ // "LV-278171"
	}
	return k >= 1 && k <= 3 && len(v)-d >= 6 && allDigits(v[d:])
}

// prefixedSubjectNumber reports whether v is a program's prefix in
// capitals before dashed groups of digits: "IPS-24-0925".
func prefixedSubjectNumber(v []byte) bool {
	k := bytes.IndexByte(v, '-')
	return k >= 1 && k <= 4 && allUpper(v[:k]) && allLetters(v[:k]) && bytes.IndexByte(v[k+1:], '-') > 0 && siteSubjectNumber(v[k+1:])
}

// capitalGroupsNumber reports whether v is groups of capitals and a number
// of five digits or more, dashed: "SC-P-028743", "HFA-C-2291845".
func capitalGroupsNumber(v []byte) bool {
	d := bytes.LastIndexByte(v, '-')
	if d < 1 || len(v)-d-1 < 5 || !allDigits(v[d+1:]) || bytes.Count(v[:d], []byte{'-'}) > 2 {
		return false
	}
	for g := range bytes.SplitSeq(v[:d], []byte{'-'}) {
		if len(g) == 0 || len(g) > 4 || !allUpper(g) || !allLetters(g) {
			return false
		}
	}
	return true
}

// siteSubjectNumber reports whether v is a trial subject's number, its
// site's and its own in dashed groups: "124-0022", "E05-3301-0019",
// "FR019-0005" (not a date).
func siteSubjectNumber(v []byte) bool {
	groups, digitGroup := 0, true
	for g := range bytes.SplitSeq(v, []byte{'-'}) {
		if len(g) == 0 {
			return false
		}
		for _, c := range g {
			if !isAlnum(c) {
				return false
			}
		}
		digitGroup = digitGroup && hasDigit(g)
		groups++
	}
	return groups >= 2 && groups <= 3 && digitGroup && !calendarDate(v)
}

// lowerRun returns the length of v's longest run of lower-case letters: a
// word among a value's parts ("B2C_1A_idproofing") says it is a name given
// by people, not a number given to one (a login, "jbarros91", may be).
func lowerRun(v []byte) int {
	longest, run := 0, 0
	for _, c := range v {
		if isLower(c) {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return longest
}

// dashedNumber reports whether v's one dash joins a prefix of capitals to
// the number ("MH-187242") or the number to a person's two-digit suffix
// ("80356522836-01").
func dashedNumber(v []byte) bool {
	d := bytes.IndexByte(v, '-')
	switch {
	case d < 0:
		return false
	case d == len(v)-3:
		return isDigit(v[d+1]) && isDigit(v[d+2])
	case d >= 1 && d <= 4:
		return allUpper(v[:d]) && allDigits(v[d+1:])
	}
	return false
}

// hostName reports whether v is a DNS name: dot-separated labels of
// letters, digits and '-', the last of letters only, no spaces.
func hostName(v []byte) bool {
	dot := bytes.LastIndexByte(v, '.')
	if dot <= 0 || dot == len(v)-1 || len(v) > 253 {
		return false
	}
	for _, c := range v {
		if !isAlnum(c) && c != '.' && c != '-' {
			return false
		}
	}
	for _, c := range v[dot+1:] {
		if !isLetter(c) {
			return false
		}
	}
	return len(v)-dot-1 >= 2
}

// imageReference reports whether v is a path or URL to an image file.
func imageReference(v []byte) bool {
	if len(v) < 6 || len(v) > 512 || bytes.IndexByte(v, ' ') >= 0 || bytes.IndexByte(v, '/') < 0 {
		return false
	}
	if q := bytes.IndexAny(v, "?#"); q > 0 {
		v = v[:q]
	}
	dot := bytes.LastIndexByte(v, '.')
	return dot >= 0 && imageExtension(v[dot+1:])
}

// facePhotoPath reports the path or URL of an image file that ends at
// b[e] (after the file's name at b[i:]) when its name or a folder calls it
// a face photo: "/var/app/media/photos/pt_862449_face.jpg",
// `\\imgsrv01\kiosk$\photos\184419_c8de545d.jpg`,
// "https://portal.example/media/patient-photos/900516.jpeg". A picture of
// a person's face is PHI, and where it is kept names it. It returns e, or
// 0 when the path names no face photo.
func (st *state) facePhotoPath(b []byte, i, e, to int) int {
	dot := bytes.LastIndexByte(b[i:e], '.')
	if dot < 0 || !imageExtension(b[i+dot+1:e]) {
		return 0
	}
	s := i
	for s > 0 && s > i-256 && !isSpace(b[s-1]) && b[s-1] != '"' && b[s-1] != '\'' && b[s-1] != '=' && b[s-1] != '(' && b[s-1] != '[' &&
		b[s-1] != ',' && b[s-1] != ';' {
		s--
	}
	var buf [256]byte
	p := lowerWord(buf[:], b[s:e])
	if p == nil || !faceWords(p, b[s:e]) {
		return 0
	}
	st.emit(s, e, Photo, "photo_reference", Medium, false)
	return e
}

// photoFileAfter reads ".jpg" (or another image extension) after a file
// name's first part at b[i:e] and reports the file's path as facePhotoPath
// does. It returns the path's end, or 0.
func (st *state) photoFileAfter(b []byte, i, e, to int) int {
	if e+4 > to || b[e] != '.' || !isLetter(b[e+1]) {
		return 0
	}
	k := e + 1
	for k < to && k-e <= 5 && isLetter(b[k]) {
		k++
	}
	if k < to && isAlnum(b[k]) || !imageExtension(b[e+1:k]) {
		return 0
	}
	return st.facePhotoPath(b, i, k, to)
}

// imageExtension reports whether ext names an image file format.
func imageExtension(ext []byte) bool {
	var buf [5]byte
	switch string(lowerWord(buf[:], ext)) {
	case "jpg", "jpeg", "png", "heic", "heif", "gif", "webp", "bmp", "tif", "tiff":
		return true
	}
	return false
}

// fileExtension reports whether b[k:] starts with a document's or an
// image's file extension, ending there: "pdf" of "id-card.pdf".
func fileExtension(b []byte, k, to int) bool {
	e := k
	for e < to && e-k <= 4 && isLetter(b[e]) {
		e++
	}
	if e < to && isAlnum(b[e]) {
		return false
	}
	var buf [5]byte
	switch string(lowerWord(buf[:], b[k:e])) {
	case "pdf", "csv", "txt", "json", "xml", "doc", "docx", "xls", "xlsx", "zip", "html", "hl7", "tsv", "dat":
		return true
	}
	return imageExtension(b[k:e])
}

// faceWords reports whether a lower-cased path p (orig as written) says
// its image shows a face: "photo", "face", "selfie", "headshot",
// "portrait", "mugshot", "avatar" (and "foto", "rostro", "visage" in other
// languages; a webcam's snapshot), as words of their own ("patient-photos",
// "PatientPhotos", "ptphoto", "pt_1_face"; not "interface", "facebook"),
// outside a web site's own assets.
func faceWords(p, orig []byte) bool {
	for _, dir := range [...]string{"/static/", "/assets/", "/public/", "/dist/", "/themes/", "/icons/", "/images/"} {
		if bytes.Contains(p, []byte(dir)) {
			return false
		}
	}
	for _, w := range [...]string{"photo", "face", "selfie", "headshot", "portrait", "mugshot", "foto", "rostro", "rosto", "visage", "webcam", "snapshot", "avatar"} {
		for at := 0; ; {
			k := bytes.Index(p[at:], []byte(w))
			if k < 0 {
				break
			}
			s, e := at+k, at+k+len(w)
			if e < len(p) && p[e] == 's' {
				e++ // "photos", "faces"
			}
			camel := s > 0 && isUpper(orig[s]) && isLower(orig[s-1]) // "PatientPhotos"
			patient := s >= 2 && string(p[s-2:s]) == "pt" && (s == 2 || !isLetter(p[s-3])) ||
				s >= 7 && string(p[s-7:s]) == "patient" && (s == 7 || !isLetter(p[s-8])) // "ptphoto", "patientphotos"
			if (s == 0 || !isLetter(p[s-1]) || camel || patient) && (e == len(p) || !isLetter(p[e]) || isUpper(orig[e]) && isLower(orig[e-1])) {
				return true
			}
			at = s + 1
		}
	}
	return false
}

// wordsIn counts the words of three letters or more in v, such as prose
// has and identifiers printed in groups do not: "2019 Honda Civic VIN ..."
// is a description with an identifier in it, "DE71 0211 9168" is not.
func wordsIn(v []byte) int {
	n := 0
	for i := 0; i < len(v); {
		j := i
		for j < len(v) && isLetter(v[j]) {
			j++
		}
		if j-i >= 3 && (i == 0 || !isAlnum(v[i-1])) && (j == len(v) || !isAlnum(v[j])) {
			n++
		}
		if j == i {
			j++
		}
		i = j
	}
	return n
}

// dateWords reports whether every run of letters in v can be part of a
// written date or time: "Wednesday, March 12, 1930", "08/24/2017 4:03 PM",
// "2019-08-03T00:00:00Z", "3rd of May".
func dateWords(v []byte) bool {
	months := 0
	for i := 0; i < len(v); {
		if !isLetter(v[i]) {
			i++
			continue
		}
		j := i
		for j < len(v) && isLetter(v[j]) {
			j++
		}
		w := v[i:j]
		switch {
		case month(w) != 0:
			months++
		case weekday(w):
		case len(w) <= 2 && (equalFold(w, "t") || equalFold(w, "z") || equalFold(w, "am") || equalFold(w, "pm") ||
			equalFold(w, "st") || equalFold(w, "nd") || equalFold(w, "rd") || equalFold(w, "th") || equalFold(w, "of") || equalFold(w, "at")):
		case i > 0 && (len(w) == 3 && (equalFold(w, "utc") || equalFold(w, "gmt")) || len(w) <= 4 && allUpper(w) && w[len(w)-1] == 'T'):
			// a zone after the time: UTC, GMT, EST, PDT, AEST ("APT0992840" opens with no zone)
		default:
			return false
		}
		i = j
	}
	return months <= 1
}

// weekday reports whether w names a day of the week, whole or in three letters.
func weekday(w []byte) bool {
	if len(w) < 3 || len(w) > 9 {
		return false
	}
	for _, d := range weekdays {
		if len(w) == 3 && equalFold(w, d[:3]) || equalFold(w, d) {
			return true
		}
	}
	return false
}

var weekdays = [...]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// looksLikeName reports whether v, found under an ambiguous key such as
// "name", is a person's name: one to five capitalised words, no digits,
// and at least one word in the name dictionaries or two capitalised words.
func looksLikeName(v []byte) bool {
	if len(v) < 2 || len(v) > 80 {
		return false
	}
	words, capital, known := 0, 0, 0
	for i := 0; i < len(v); {
		for i < len(v) && (v[i] == ' ' || v[i] == ',' || v[i] == '.') {
			i++
		}
		s := i
		for i < len(v) && (isLetter(v[i]) || v[i] >= 0x80 || v[i] == '\'' || v[i] == '-') {
			i++ // "Nováková"
		}
		if i < len(v) && v[i] != ' ' && v[i] != ',' && v[i] != '.' {
			return false // digits, underscores, slashes: an identifier, not a name
		}
		if s == i {
			continue
		}
		words++
		if isUpper(v[s]) {
			capital++
		}
		if e, ok := lookupName(v[s:i]); ok && (e.First > 0 || e.Last > 0) && !e.Common {
			known++
		}
	}
	if words == 0 || words > 5 {
		return false
	}
	return known > 0 && (capital > 0 || words > 1) || capital >= 2 && capital == words && !wordsBesideNames(v)
}

// fileManName reports whether v is a name as VistA and RPMS write them,
// "FAMILY,GIVEN MIDDLE" in capitals with no space after the comma, each
// side one to three words: "KILLS ENEMY,AUTUMN" is a person's however
// ordinary its words, when one of them is a name or no word at all; a
// sentence or a list is not so written.
func fileManName(v []byte) bool {
	c := bytes.IndexByte(v, ',')
	if c < 2 || c+2 > len(v) || v[c+1] == ' ' || bytes.IndexByte(v[c+1:], ',') >= 0 || len(v) > 60 {
		return false
	}
	for _, side := range [][]byte{v[:c], v[c+1:]} {
		words := 0
		for w := range bytes.SplitSeq(side, []byte{' '}) {
			if len(w) == 0 || !isUpper(w[0]) {
				return false
			}
			for _, ch := range w {
				if !isUpper(ch) && ch < 0x80 && ch != '-' && ch != '\'' {
					return false
				}
			}
			words++
		}
		if words > 3 {
			return false
		}
	}
	for w := range bytes.FieldsFuncSeq(v, func(r rune) bool { return r == ' ' || r == ',' }) {
		if e, ok := lookupName(w); ok && (e.First > 0 || e.Last > 0) || !ordinaryWord(w) {
			return true
		}
	}
	return false // "ERROR,RETRY": words, no one's name
}

// wordsBesideNames reports whether one of the words of v is a word of the
// language and no name the census lists know: "Suspicious PowerShell
// Usage" is a title, where "Folake Adeyemi" could be anyone's name.
func wordsBesideNames(v []byte) bool {
	for w := range bytes.FieldsFuncSeq(v, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		if e, ok := lookupName(w); !(ok && (e.First > 0 || e.Last > 0)) && ordinaryWord(w) {
			return true
		}
	}
	return false
}

// titleLike reports whether v, under a key for a name, is a title or a
// sentence instead: three words or more, two of them words of the
// language in lower case, no particle of a name ("Suspicious access to
// LSASS service"; "to" and "service" are surnames too, but not so written).
func titleLike(v []byte) bool {
	words, lowerWords := 0, 0
	for w := range bytes.FieldsSeq(v) {
		words++
		if isLower(w[0]) && !nameParticles[string(w)] && ordinaryWord(w) {
			lowerWords++
		}
	}
	return words >= 3 && lowerWords >= 2
}

// nameAsHandle reports whether v, under a key for an account's handle,
// is a person's name shown in its place: two to four capitalised words.
// Every word is a name or no ordinary word, and one is not also a word
// ("Service Account", "Admin Console" are none).
func nameAsHandle(v []byte) bool {
	v = bytes.TrimSpace(v)
	if len(v) > 64 || bytes.IndexByte(v, ' ') < 0 || !looksLikeName(v) {
		return false
	}
	words, strong := 0, 0
	for w := range bytes.FieldsSeq(v) {
		if !isUpper(w[0]) {
			return false
		}
		e, _ := lookupName(w)
		ordinary := ordinaryWord(w)
		switch {
		case e.First == 0 && e.Last == 0 && ordinary:
			return false
		case !e.Common && !ordinary:
			strong++
		}
		words++
	}
	return words <= 4 && strong > 0
}

// clockTime reports whether v is a time of day alone: "11:15", "07:30:00",
// "9:45 AM".
func clockTime(v []byte) bool {
	if n := len(v); n > 3 && (v[n-1] == 'M' || v[n-1] == 'm') && (v[n-2]|0x20 == 'a' || v[n-2]|0x20 == 'p') {
		v = bytes.TrimRight(v[:n-2], " ")
	}
	c := bytes.IndexByte(v, ':')
	if c < 1 || c > 2 || len(v) != c+3 && len(v) != c+6 || !allDigits(v[:c]) || !allDigits(v[c+1:c+3]) {
		return false
	}
	return len(v) == c+3 || v[c+3] == ':' && allDigits(v[c+4:])
}

// oneDigit reports whether every digit of v is the same one.
func oneDigit(v []byte) bool {
	var d byte
	for _, c := range v {
		if isDigit(c) {
			if d != 0 && c != d {
				return false
			}
			d = c
		}
	}
	return d != 0
}

// filler reports whether v is one digit repeated seven times or more,
// perhaps grouped, as systems fill a number they do not have
// ("0000000000", "999-99-9999"; not "8.8.8.8", an address).
func filler(v []byte) bool {
	digits := 0
	for _, c := range v {
		if isDigit(c) {
			digits++
		} else if c != '-' && c != ' ' && c != '(' && c != ')' && c != '+' {
			return false
		}
	}
	return digits >= 7 && oneDigit(v)
}

// personalHandle reports whether v, under a key for an account's handle,
// is made of a person's name the way people pick their own: two names
// joined ("mai.nguyen", "salazar_lucia", "joaquin.p"), or a name with an
// initial and a number of two to four digits ("twisniewski85", "ishitab1979",
// "lena.k98"). A service's or a role's account ("svc_portal", "jlee_rn",
// "billing.clerk5", "app_rw") is none: staff and systems pick those.
func personalHandle(v []byte) bool {
	if len(v) < 3 || len(v) > 32 || !isLower(v[0]) {
		return false
	}
	k := 0
	for k < len(v) && isLower(v[k]) {
		k++
	}
	first := v[:k]
	var second []byte
	if k < len(v) && (v[k] == '.' || v[k] == '_' || v[k] == '-') {
		s := k + 1
		for k = s; k < len(v) && isLower(v[k]); k++ {
		}
		second = v[s:k]
		if len(second) == 0 {
			return false
		}
	}
	digits := len(v) - k
	for ; k < len(v); k++ {
		if !isDigit(v[k]) {
			return false
		}
	}
	if digits > 4 || handleRoles[string(first)] || handleRoles[string(second)] {
		return false
	}
	if second != nil {
		// "maria.garcia": one part a name no word shares, the other listed.
		return personalName(first) && (listedName(second) || len(second) == 1) ||
			listedName(first) && personalName(second) || len(first) == 1 && personalName(second) ||
			digits >= 2 && len(first) >= 3 && len(second) >= 3 && (personalName(first) || personalName(second)) // "jianguo.chen324": a name the lists lack, a surname and a year
	}
	if digits < 2 || len(first) < 4 {
		return false // "rmehta6": a directory's staff account, its initial, surname and a digit
	}
	if personalName(first) || personalName(first[1:]) || personalName(first[:len(first)-1]) {
		return true // "walt45", "twisniewski85", "hodanw98"
	}
	for n := 3; n+3 <= len(first); n++ {
		if personalName(first[:n]) && personalName(first[n:]) {
			return true // "priyapatel26"
		}
	}
	return false
}

// handleRoles are what staff's and systems' handles hold beside a name.
var handleRoles = words("rn", "np", "md", "pa", "do", "lpn", "cna", "ma", "dr", "pt", "ot", "rw", "ro",
	"admin", "svc", "ops", "bot", "app", "sys", "test", "qa", "dev",
	"jenkins", "travis", "hudson") // build servers named like people

// personalName reports whether w, lower case, is a first name or surname of
// three letters or more that is no ordinary word.
func personalName(w []byte) bool {
	return listedName(w) && !ordinaryWord(w)
}

// listedName reports whether w, lower case, is in the name lists, even
// if a word shares it ("maria", "rose").
func listedName(w []byte) bool {
	if len(w) < 3 {
		return false
	}
	e, ok := lookupName(w)
	return ok && (e.First > 0 || e.Last > 0)
}

// phrase reports whether v, two words or more, is a phrase and not a
// name: its words are all ordinary words the name lists do not hold
// ("Credit Card Number"), or a capitalised first word is followed by an
// ordinary lower-case word that is no particle ("Add user").
func phrase(v []byte) bool {
	words, names, lowerWord := 0, 0, false
	for i := 0; i < len(v); {
		for i < len(v) && v[i] == ' ' {
			i++
		}
		s := i
		for i < len(v) && isLetter(v[i]) {
			i++
		}
		if s == i {
			if i < len(v) {
				return false
			}
			break
		}
		w := v[s:i]
		if e, _ := lookupName(w); e.First > 0 || e.Last > 0 {
			names++
		} else if !ordinaryWord(w) {
			return false
		} else if words > 0 && isLower(w[0]) && isUpper(v[0]) && !nameParticles[string(w)] {
			lowerWord = true
		}
		words++
	}
	return words >= 2 && (names == 0 || lowerWord)
}

// dictionaryNames reports whether v is one or two capitalised words that
// the census lists know as names, common words or not: under "first" or
// "last", "Page" and "Rivers" are names.
func dictionaryNames(v []byte) bool {
	words := 0
	for i := 0; i < len(v); {
		s := i
		for i < len(v) && isLetter(v[i]) {
			i++
		}
		if s == i || !isUpper(v[s]) {
			return false
		}
		if e, ok := lookupName(v[s:i]); !ok || e.First == 0 && e.Last == 0 {
			return false
		}
		if words++; words > 2 {
			return false
		}
		if i < len(v) {
			if v[i] != ' ' {
				return false
			}
			i++
		}
	}
	return words > 0
}

// lowerFullName reports whether v is a full name typed in lower case, as
// search boxes and URLs carry them: two or three words, the first a given
// name and the last a surname of the census lists ("john smith",
// "maria de la cruz" is not read).
func lowerFullName(v []byte) bool {
	var ws [3][]byte
	n := 0
	for i := 0; i < len(v); {
		if v[i] == ' ' {
			i++
			continue
		}
		s := i
		for i < len(v) && isLower(v[i]) {
			i++
		}
		if i == s || i < len(v) && v[i] != ' ' || n == len(ws) {
			return false
		}
		ws[n] = v[s:i]
		n++
	}
	if n < 2 {
		return false
	}
	first, _ := lookupName(ws[0])
	last, _ := lookupName(ws[n-1])
	return first.First > 0 && last.Last > 0
}

// A decoding is how a value's bytes are written in the input.
type decoding uint8

const (
	decodeQuery    decoding = iota // %XX and '+'
	decodeJSON                     // JSON string escapes
	decodeQP                       // quoted-printable =XX and RFC 2047 Q-encoded words
	decodeEscapes                  // \xNN and octal \NNN, as nginx and protobuf's text format escape bytes
	decodeHex                      // two hexadecimal digits a byte, as auditd writes arguments with spaces
	decodeEntities                 // XML's and HTML's character references: &lt; &amp; &#64; &#x2F;
)

// decoded decodes b[s:e], pushes a level mapping decoded offsets back to
// the input, and calls fn with the decoded bytes.
func (st *state) decoded(b []byte, s, e int, how decoding, fn func([]byte)) {
	d := len(st.levels) - 1
	for len(st.scratch) <= d {
		st.scratch = append(st.scratch, nil)
		st.maps = append(st.maps, nil)
	}
	buf, m := st.scratch[d][:0], st.maps[d][:0]
	switch how {
	case decodeQuery:
		buf, m = unescapeQuery(buf, m, b, s, e)
	case decodeQP:
		buf, m = unescapeQP(buf, m, b, s, e)
	case decodeEscapes:
		buf, m = unescapeBytes(buf, m, b, s, e)
	case decodeHex:
		buf, m = unhexBytes(buf, m, b, s, e)
	case decodeEntities:
		buf, m = unescapeEntities(buf, m, b, s, e)
	case decodeJSON:
		var ok bool
		buf, m, ok = unescapeJSON(buf, m, b, s, e)
		if !ok {
			// An escape JSON does not know ("\q"): read the bytes as they
			// are rather than not at all.
			buf, m = buf[:0], m[:0]
			for k := s; k < e; k++ {
				buf = append(buf, b[k])
				m = append(m, int32(k))
			}
			m = append(m, int32(e))
		}
	}
	st.scratch[d], st.maps[d] = buf, m
	st.levels = append(st.levels, level{m: m})
	fn(buf)
	st.levels = st.levels[:len(st.levels)-1]
	// A nested call may have grown the buffers of deeper levels only.
}

func isOctal(c byte) bool { return c >= '0' && c <= '7' }

func unhex(c byte) int {
	switch {
	case isDigit(c):
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// unescapeBytes decodes \xNN and octal \NNN in b[s:e], recording in m the
// input offset of every decoded byte and of the end.
func unescapeBytes(buf []byte, m []int32, b []byte, s, e int) ([]byte, []int32) {
	for k := s; k < e; {
		if b[k] == '\\' && k+3 < e && b[k+1] == 'x' {
			if hi, lo := unhex(b[k+2]), unhex(b[k+3]); hi >= 0 && lo >= 0 {
				buf = append(buf, byte(hi<<4|lo))
				m = append(m, int32(k))
				k += 4
				continue
			}
		}
		if b[k] == '\\' && k+3 < e && b[k+1] >= '0' && b[k+1] <= '3' && isOctal(b[k+2]) && isOctal(b[k+3]) {
			buf = append(buf, (b[k+1]-'0')<<6|(b[k+2]-'0')<<3|(b[k+3]-'0'))
			m = append(m, int32(k))
			k += 4
			continue
		}
		buf = append(buf, b[k])
		m = append(m, int32(k))
		k++
	}
	return buf, append(m, int32(e))
}

// unescapeEntities decodes the character references of b[s:e] (the five
// named ones of XML and numeric ones), recording in m the input offset of
// every decoded byte and of the end. Anything else is copied as it is.
func unescapeEntities(buf []byte, m []int32, b []byte, s, e int) ([]byte, []int32) {
	for k := s; k < e; {
		if b[k] == '&' {
			if r, n := entityAt(b[k:e]); n > 0 {
				at := len(buf)
				buf = utf8.AppendRune(buf, r)
				for range len(buf) - at {
					m = append(m, int32(k))
				}
				k += n
				continue
			}
		}
		buf = append(buf, b[k])
		m = append(m, int32(k))
		k++
	}
	return buf, append(m, int32(e))
}

// entityAt decodes the character reference that v starts with and returns
// its rune and length, or length 0.
func entityAt(v []byte) (rune, int) {
	semi := bytes.IndexByte(v[:min(len(v), 10)], ';')
	if semi < 3 {
		return 0, 0
	}
	name := v[1:semi]
	switch string(name) {
	case "lt":
		return '<', semi + 1
	case "gt":
		return '>', semi + 1
	case "amp":
		return '&', semi + 1
	case "quot":
		return '"', semi + 1
	case "apos":
		return '\'', semi + 1
	}
	if name[0] != '#' {
		return 0, 0
	}
	r, base, digits := 0, 10, name[1:]
	if len(digits) > 0 && (digits[0] == 'x' || digits[0] == 'X') {
		base, digits = 16, digits[1:]
	}
	if len(digits) == 0 {
		return 0, 0
	}
	for _, c := range digits {
		d := unhex(c)
		if d < 0 || d >= base {
			return 0, 0
		}
		r = r*base + d
	}
	if r == 0 || r > utf8.MaxRune {
		return 0, 0
	}
	return rune(r), semi + 1
}

// unhexBytes decodes the hexadecimal digits of b[s:e], two a byte, into
// buf, recording in m the input offset of every decoded byte and of the
// end. A NUL, which separates a command's arguments, decodes as a space.
func unhexBytes(buf []byte, m []int32, b []byte, s, e int) ([]byte, []int32) {
	for k := s; k+1 < e; k += 2 {
		c := byte(unhex(b[k])<<4 | unhex(b[k+1]))
		if c == 0 {
			c = ' '
		}
		buf = append(buf, c)
		m = append(m, int32(k))
	}
	return buf, append(m, int32(e))
}

// auditHex reports whether a key's value is an argument as auditd writes
// it when it holds a space or a quote: upper-case hexadecimal, two digits
// a byte, under a0, a1 ... or proctitle.
func auditHex(key, v []byte) bool {
	if len(v) < 6 || len(v)%2 != 0 || !(len(key) >= 2 && len(key) <= 3 && key[0] == 'a' && isDigit(key[1]) || string(key) == "proctitle") {
		return false
	}
	for _, c := range v {
		if !isDigit(c) && (c < 'A' || c > 'F') {
			return false
		}
	}
	return true
}

// unescapeQuery decodes %XX and '+' in b[s:e], recording in m the input
// offset of every decoded byte and of the end.
func unescapeQuery(buf []byte, m []int32, b []byte, s, e int) ([]byte, []int32) {
	for k := s; k < e; {
		c := b[k]
		switch {
		case c == '%' && k+2 < e && unhex(b[k+1]) >= 0 && unhex(b[k+2]) >= 0:
			buf = append(buf, byte(unhex(b[k+1])<<4|unhex(b[k+2])))
			m = append(m, int32(k))
			k += 3
		case c == '+':
			buf = append(buf, ' ')
			m = append(m, int32(k))
			k++
		default:
			buf = append(buf, c)
			m = append(m, int32(k))
			k++
		}
	}
	m = append(m, int32(e))
	return buf, m
}

// unescapeQP decodes quoted-printable escapes in b[s:e]: =XX for line
// breaks, tabs, spaces, '=' and bytes outside ASCII (so "key=20" stays as
// it is), and RFC 2047 Q-encoded words, whose "=?charset?Q?" and "?="
// are dropped and whose '_' is a space.
func unescapeQP(buf []byte, m []int32, b []byte, s, e int) ([]byte, []int32) {
	inWord := false
	for k := s; k < e; {
		c := b[k]
		// An encoded word's start and end read as spaces, so that what
		// is found inside maps to the input without them.
		if c == '=' && k+1 < e && b[k+1] == '?' {
			if n := encodedWordStart(b, k, e); n > 0 {
				buf = append(buf, ' ')
				m = append(m, int32(k))
				k, inWord = n, true
				continue
			}
		}
		if inWord && c == '?' && k+1 < e && b[k+1] == '=' {
			buf = append(buf, ' ')
			m = append(m, int32(k))
			k, inWord = k+2, false
			continue
		}
		if c == '=' && k+2 < e {
			if v := qpByte(b[k+1], b[k+2]); v >= 0 {
				buf = append(buf, byte(v))
				m = append(m, int32(k))
				k += 3
				continue
			}
		}
		if inWord && c == '_' {
			c = ' '
		}
		buf = append(buf, c)
		m = append(m, int32(k))
		k++
	}
	m = append(m, int32(e))
	return buf, m
}

// qpByte returns the byte an =XX escape stands for, or -1 when it is none
// quoted-printable text needs escaped (upper-case digits only).
func qpByte(h, l byte) int {
	hi, lo := unhex(h), unhex(l)
	if h > 'F' || l > 'F' || hi < 0 || lo < 0 {
		return -1
	}
	v := hi<<4 | lo
	switch {
	case v >= 0x80, v == '\n', v == '\r', v == '\t', v == ' ', v == '=', v == '?', v == '_':
		return v
	}
	return -1
}

// encodedWordStart returns where the text of an RFC 2047 Q-encoded word
// starts when one opens at b[k] ("=?UTF-8?Q?"), or 0.
func encodedWordStart(b []byte, k, e int) int {
	n := k + 2
	for n < e && n-k < 24 && (isAlnum(b[n]) || b[n] == '-' || b[n] == '_') {
		n++
	}
	if n == k+2 || n+2 >= e || b[n] != '?' || b[n+1]|0x20 != 'q' || b[n+2] != '?' {
		return 0
	}
	return n + 3
}

// qpEscapeAt reports whether b[k] starts quoted-printable text: an escaped
// character outside ASCII ("=C3=AD") or an escaped line break before a
// word ("=0AMargaret", "=0A--").
func qpEscapeAt(b []byte, k, to int) bool {
	if k+3 >= to || b[k] != '=' {
		return false
	}
	if c := b[k+1]; c != '0' && (c < 'C' || c > 'F') || c == '0' && b[k+2] != 'A' && b[k+2] != 'D' {
		return false // the test every key=value pair takes: most values start otherwise
	}
	v := qpByte(b[k+1], b[k+2])
	switch {
	case v >= 0xC2 && v <= 0xF4:
		return k+5 < to && b[k+3] == '=' && qpByte(b[k+4], b[k+5]) >= 0x80
	case v == '\n' || v == '\r':
		return isLetter(b[k+3]) || b[k+3] == '-' || b[k+3] == '='
	}
	return false
}

// unescapeJSON decodes the JSON string escapes in b[s:e] (the bytes between
// the quotes).
func unescapeJSON(buf []byte, m []int32, b []byte, s, e int) ([]byte, []int32, bool) {
	for k := s; k < e; {
		c := b[k]
		if c != '\\' {
			buf = append(buf, c)
			m = append(m, int32(k))
			k++
			continue
		}
		if k+1 >= e {
			return buf, m, false
		}
		var r byte
		switch b[k+1] {
		case '"', '\\', '/':
			r = b[k+1]
		case 'n':
			r = '\n'
		case 't':
			r = '\t'
		case 'r':
			r = '\r'
		case 'b':
			r = '\b'
		case 'f':
			r = '\f'
		case 'u':
			if k+6 > e {
				return buf, m, false
			}
			v := 0
			for _, h := range b[k+2 : k+6] {
				x := unhex(h)
				if x < 0 {
					return buf, m, false
				}
				v = v<<4 | x
			}
			n := 6
			if v >= 0xD800 && v < 0xDC00 && k+12 <= e && b[k+6] == '\\' && b[k+7] == 'u' {
				// A surrogate pair: "\ud83d\ude00".
				lo := 0
				for _, h := range b[k+8 : k+12] {
					if x := unhex(h); x >= 0 && lo >= 0 {
						lo = lo<<4 | x
					} else {
						lo = -1
					}
				}
				if lo >= 0xDC00 && lo < 0xE000 {
					v, n = 0x10000+(v-0xD800)<<10+(lo-0xDC00), 12
				}
			}
			// Every byte of the code point's UTF-8 maps to its escape:
			// "\u00d6zt\u00fcrk" reads as the name it is.
			at := len(buf)
			buf = utf8.AppendRune(buf, rune(v))
			for range len(buf) - at {
				m = append(m, int32(k))
			}
			k += n
			continue
		case '0', '1', '2', '3':
			// C's octal, as strace prints the bytes of a JSON document it
			// saw written: "Schr\303\266der".
			if k+4 > e || !isOctal(b[k+2]) || !isOctal(b[k+3]) {
				return buf, m, false
			}
			buf = append(buf, (b[k+1]-'0')<<6|(b[k+2]-'0')<<3|(b[k+3]-'0'))
			m = append(m, int32(k))
			k += 4
			continue
		case 'x':
			// Python's bytes repr inside a JSON document: "Jos\xc3\xa9".
			if k+4 > e || unhex(b[k+2]) < 0 || unhex(b[k+3]) < 0 {
				return buf, m, false
			}
			buf = append(buf, byte(unhex(b[k+2])<<4|unhex(b[k+3])))
			m = append(m, int32(k))
			k += 4
			continue
		default:
			return buf, m, false
		}
		buf = append(buf, r)
		m = append(m, int32(k))
		k += 2
	}
	m = append(m, int32(e))
	return buf, m, true
}

// compactDate reports whether the 6 or 8 digits of v read as a date:
// YYMMDD, MMDDYY, YYYYMMDD or MMDDYYYY.
func compactDate(v []byte) bool {
	n := func(i, j int) int { return atoi(v[i:j]) }
	if len(v) == 8 {
		return validDate(n(0, 4), n(4, 6), n(6, 8)) || validDate(n(4, 8), n(0, 2), n(2, 4))
	}
	// Two-digit years in the 1900s: the century does not matter to the
	// month and day, and validDate knows no years to come.
	return validDate(1900+n(0, 2), n(2, 4), n(4, 6)) || validDate(1900+n(4, 6), n(0, 2), n(2, 4))
}

// dottedIdentifier reports whether v is a name of code, words joined by
// dots with no space: "Functions.SyncEligibility", "io.opentelemetry.winston".
func dottedIdentifier(v []byte) bool {
	if bytes.IndexByte(v, ' ') >= 0 {
		return false
	}
	for k := 1; k+1 < len(v); k++ {
		if v[k] == '.' && isLetter(v[k-1]) && isLetter(v[k+1]) {
			return true
		}
	}
	return false
}

// dottedInitials reports whether v is initials with their dots: "K.S.",
// "A.Ó.", "J.R.R" (the last dot perhaps taken as a sentence's).
func dottedInitials(v []byte) bool {
	n := 0
	for k := 0; k < len(v); {
		_, size := utf8.DecodeRune(v[k:])
		if !(isUpper(v[k]) || v[k] >= 0x80) || k+size < len(v) && v[k+size] != '.' {
			return false
		}
		k += size + 1
		n++
	}
	return n >= 2 && n <= 4
}

// nonLatinName reports whether v is a name in a script without capitals
// to go by: Greek, Cyrillic, Hangul, Han, Arabic ("김민준", "Ελένη
// Παπαδοπούλου"): one to four words of letters outside ASCII.
func nonLatinName(v []byte) bool {
	if len(v) < 4 || len(v) > 80 {
		return false
	}
	words := 1
	for i, c := range v {
		switch {
		case c == ' ' && i > 0 && v[i-1] != ' ':
			words++
		case c < 0x80 && c != ' ':
			return false
		}
	}
	return words <= 4
}

// coordinate reports whether v is a latitude or longitude in decimal
// degrees precise to a street or better: three decimals or more, within
// ±180.
func coordinate(v []byte) bool {
	if len(v) > 0 && v[0] == '-' {
		v = v[1:]
	}
	dot := bytes.IndexByte(v, '.')
	if dot < 1 || dot > 3 || len(v)-dot-1 < 3 || len(v)-dot-1 > 15 || !allDigits(v[:dot]) || !allDigits(v[dot+1:]) {
		return false
	}
	return atoi(v[:dot]) <= 180
}

// underscoredName reports whether v is a name whose parts are joined by
// underscores, as pipelines name samples and jobs after a patient
// ("Fitzgerald-Shaw_Marguerite", "VAN-DER-BERG_PIETER", "OKAFOR_C"): two
// or three capitalised parts, each word of which the census lists know
// (or a particle, or an initial at the end).
func underscoredName(v []byte) bool {
	parts := 0
	for part := range bytes.SplitSeq(v, []byte{'_'}) {
		if len(part) == 0 || !upperAt(part, 0, len(part)) {
			return false
		}
		if len(part) == 1 && parts > 0 {
			parts++
			continue // "OKAFOR_C": an initial
		}
		for w := range bytes.SplitSeq(part, []byte{'-'}) {
			if inSet(nameParticles, w) {
				continue
			}
			if e, _ := lookupName(w); e.First == 0 && e.Last == 0 || e.Common {
				return false // "BILLING_Q": a queue's, a word the lists know as a name too
			}
		}
		parts++
	}
	return parts >= 2 && parts <= 3
}

// trackName reports whether v is a name as a card's magnetic track and an
// airline's booking print it, "SURNAME/GIVEN": capitals, one slash, and a
// surname or given name the census lists know.
func trackName(v []byte) bool {
	slash := bytes.IndexByte(v, '/')
	if slash < 2 || slash > len(v)-2 || len(v) > 40 || bytes.IndexByte(v[slash+1:], '/') >= 0 {
		return false
	}
	for _, c := range v {
		if !isUpper(c) && c != '/' && c != ' ' && c != '-' && c != '\'' && c != '.' {
			return false
		}
	}
	last, _ := lookupName(v[:slash])
	given := v[slash+1:]
	if sp := bytes.IndexByte(given, ' '); sp > 0 {
		given = given[:sp] // "MILLER/ANH M"
	}
	first, _ := lookupName(given)
	return last.Last > 0 || first.First > 0
}

// pascalIdentifier reports whether v is one word of code joined from three
// capitalised words or more ("StrongAuthenticationMethod"): names have two
// capitals at most ("McAllister", "DeShawn"), or more behind their
// particles ("DeLaRosa", "VanDerBerg").
func pascalIdentifier(v []byte) bool {
	caps := 0
	for i, c := range v {
		switch {
		case isUpper(c):
			if i > 0 && isUpper(v[i-1]) {
				return false // "ROE", "McDONALD": capitals in a run
			}
			caps++
		case !isLower(c):
			return false
		}
	}
	if caps < 3 {
		return false
	}
	// "DeLaRosa", "VanDerBerg", "McMillan": a surname's particles, glued.
	start := 0
	for k := 1; k < len(v); k++ {
		if !isUpper(v[k]) {
			continue
		}
		var buf [8]byte
		w := lowerWord(buf[:], v[start:k])
		if w == nil || !nameParticles[string(w)] && string(w) != "mc" && string(w) != "mac" {
			return true // a hump that is no particle: "StrongAuthenticationMethod"
		}
		start = k
	}
	return false
}

// serialShaped reports whether v reads as a device's serial: eight to 32
// capitals and digits, perhaps in groups joined by '-', with three digits
// or more ("GS2-J3CV9BTL8", "BPC-Y40250576"; not "eth0", "sda1", "1.2.3").
func serialShaped(v []byte) bool {
	if len(v) < 8 || len(v) > 32 {
		return false
	}
	digits, letters := 0, 0
	for i, c := range v {
		switch {
		case isDigit(c):
			digits++
		case isUpper(c):
			letters++
		case c == '-' && i > 0 && i < len(v)-1 && v[i-1] != '-':
		default:
			return false
		}
	}
	return digits >= 3 && letters >= 1
}
