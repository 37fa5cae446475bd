package synth

import (
	"fmt"
	"strings"
)

// Free-text templates. A template is literal text with {placeholders}; a
// placeholder may carry an escaping modifier, {last|sql}, for values inside
// SQL literals or quoted strings. PHI placeholders write labeled spans
// (Key false: found in free text); noise placeholders write look-alikes.

type seg struct {
	lit string
	fn  func(g *gen)
	esc enc
}

type tmpl []seg

func parseTemplate(s string) tmpl {
	var t tmpl
	for s != "" {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			t = append(t, seg{lit: s})
			break
		}
		if i > 0 {
			t = append(t, seg{lit: s[:i]})
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			panic(fmt.Sprintf("synth: unclosed placeholder in template %q", s))
		}
		name := s[i+1 : i+j]
		var e enc
		if n, mod, ok := strings.Cut(name, "|"); ok {
			name = n
			switch mod {
			case "sql":
				e = encSQL
			case "q":
				e = encQuote
			case "url":
				e = encQuery
			case "xml":
				e = encXML
			default:
				panic(fmt.Sprintf("synth: unknown modifier %q in template %q", mod, s))
			}
		}
		fn, ok := placeholders[name]
		if !ok {
			panic(fmt.Sprintf("synth: unknown placeholder %q in template %q", name, s))
		}
		t = append(t, seg{fn: fn, esc: e})
		s = s[i+j+1:]
	}
	return t
}

func (g *gen) render(t tmpl) {
	key := g.b.key
	g.b.key = false
	for _, s := range t {
		if s.fn == nil {
			g.b.w(s.lit)
			continue
		}
		if s.esc != encNone {
			g.b.push(s.esc)
		}
		s.fn(g)
		if s.esc != encNone {
			g.b.pop()
		}
	}
	g.b.key = key
}

// phiPH makes a placeholder writing one labeled value.
func phiPH(cat, kind string, f func(g *gen, d []byte) []byte) func(g *gen) {
	return func(g *gen) {
		g.v = f(g, g.v[:0])
		g.b.phi(cat, kind, g.v)
	}
}

// noisePH makes a placeholder writing an unlabeled value.
func noisePH(f func(g *gen, d []byte) []byte) func(g *gen) {
	return func(g *gen) {
		g.w = f(g, g.w[:0])
		g.b.wb(g.w)
	}
}

func litPH(xs ...string) func(g *gen) { return func(g *gen) { g.b.w(pick(g, xs)) } }

var placeholders map[string]func(g *gen)

func nameOf(p func(g *gen) *person, form int) func(g *gen, d []byte) []byte {
	return func(g *gen, d []byte) []byte {
		f := form
		if f < 0 {
			f = g.nameForm()
			if f == nameLower {
				f = nameFirstLast
			}
		}
		return appendName(d, p(g), f)
	}
}

func pat(g *gen) *person { return &g.pat }
func oth(g *gen) *person { return &g.oth }

func blobPH(kinds []blobKind) func(g *gen) {
	return func(g *gen) {
		k := &kinds[g.n(len(kinds))]
		if g.chance(0.25) {
			g.v = g.dataURI(g.v[:0], k)
			g.b.phi(k.cat, k.duKind, g.v)
			return
		}
		g.v = g.blob(g.v[:0], k)
		g.b.phi(k.cat, k.kind, g.v)
	}
}

func init() {
	placeholders = map[string]func(g *gen){
		// PHI
		"name":  phiPH("name", "full_name", nameOf(pat, -1)),
		"fl":    phiPH("name", "full_name", nameOf(pat, nameFirstLast)),
		"lf":    phiPH("name", "full_name", nameOf(pat, nameLastFirst)),
		"LF":    phiPH("name", "full_name", nameOf(pat, nameLastFirstUpper)),
		"fml":   phiPH("name", "full_name", nameOf(pat, nameFirstMILast)),
		"first": phiPH("name", "first_name", func(g *gen, d []byte) []byte { return append(d, g.pat.first...) }),
		"last":  phiPH("name", "last_name", func(g *gen, d []byte) []byte { return append(d, g.pat.last...) }),
		// A newborn's temporary name, the surname first: one name.
		"newborn": phiPH("name", "full_name", func(g *gen, d []byte) []byte { return append(append(d, g.pat.last...), ", Baby Girl"...) }),
		"oname":   phiPH("name", "full_name", nameOf(oth, -1)),
		"ofl":     phiPH("name", "full_name", nameOf(oth, nameFirstLast)),
		"olast":   phiPH("name", "last_name", func(g *gen, d []byte) []byte { return append(d, g.oth.last...) }),
		// A clinician titled "Dr.": in their work, no patient's PHI.
		"dfl":    noisePH(func(g *gen, d []byte) []byte { return append(append(append(d, g.oth.first...), ' '), g.oth.last...) }),
		"dlast":  noisePH(func(g *gen, d []byte) []byte { return append(d, g.oth.last...) }),
		"maiden": phiPH("name", "maiden_name", func(g *gen, d []byte) []byte { return append(d, pick(g, surnames)...) }),
		"dob": phiPH("date", "dob", func(g *gen, d []byte) []byte {
			return appendDate(d, g.pat.dob, g.weighted(dobFormWeights))
		}),
		"date": phiPH("date", "event_date", func(g *gen, d []byte) []byte {
			return appendDate(d, g.dateIn(2018, 2026), g.weighted(eventFormWeights))
		}),
		"day": phiPH("date", "event_date", func(g *gen, d []byte) []byte {
			return appendDate(d, g.dateIn(2018, 2026), pick(g, []int{dISO, dUS, dUSShort, dMonDY, dMonthDY, dDMonY}))
		}),
		"age":    phiPH("age", "age_over_89", func(g *gen, d []byte) []byte { return appendInt(d, g.oldAge()) }),
		"phone":  phiPH("phone", "phone", func(g *gen, d []byte) []byte { return g.phone(d) }),
		"fax":    phiPH("fax", "fax", func(g *gen, d []byte) []byte { return g.phone(d) }),
		"email":  phiPH("email", "email", func(g *gen, d []byte) []byte { return g.email(d, &g.pat) }),
		"oemail": phiPH("email", "email", func(g *gen, d []byte) []byte { return g.email(d, &g.oth) }),
		"ssn":    phiPH("ssn", "ssn", func(g *gen, d []byte) []byte { return g.ssn(d) }),
		"mrn":    phiPH("mrn", "mrn", func(g *gen, d []byte) []byte { return g.mrn(d) }),
		"member": phiPH("health_plan", "member_id", func(g *gen, d []byte) []byte { return g.memberID(d) }),
		"mbi":    phiPH("health_plan", "mbi", func(g *gen, d []byte) []byte { return g.mbi(d) }),
		"card":   phiPH("account", "credit_card", func(g *gen, d []byte) []byte { return g.card(d) }),
		"iban":   phiPH("account", "iban", func(g *gen, d []byte) []byte { return g.iban(d) }),
		"bank":   phiPH("account", "bank_account", func(g *gen, d []byte) []byte { return g.bankAccount(d) }),
		"acct":   phiPH("account", "patient_account", func(g *gen, d []byte) []byte { return g.hospitalAccount(d) }),
		"dl":     phiPH("license", "drivers_license", func(g *gen, d []byte) []byte { return g.driversLicense(d) }),
		"dea":    phiPH("license", "dea", func(g *gen, d []byte) []byte { return g.dea(d, &g.oth) }),
		"npi":    phiPH("license", "npi", func(g *gen, d []byte) []byte { return g.npi(d) }),
		"slic":   phiPH("license", "state_license", func(g *gen, d []byte) []byte { return g.stateLicense(d) }),
		"vin":    phiPH("vehicle", "vin", func(g *gen, d []byte) []byte { return g.vin(d) }),
		"plate":  phiPH("vehicle", "plate", func(g *gen, d []byte) []byte { return g.plate(d) }),
		"imei":   phiPH("device", "imei", func(g *gen, d []byte) []byte { return g.imei(d) }),
		"mac":    phiPH("device", "mac", func(g *gen, d []byte) []byte { return g.mac(d) }),
		"udi":    phiPH("device", "udi", func(g *gen, d []byte) []byte { return g.udi(d) }),
		"serial": phiPH("device", "device_serial", func(g *gen, d []byte) []byte { return g.deviceSerial(d) }),
		"url":    phiPH("url", "profile_url", func(g *gen, d []byte) []byte { return g.profileURL(d, &g.pat) }),
		"ip":     phiPH("ip", "ipv4", func(g *gen, d []byte) []byte { return g.ipv4Public(d) }),
		"ip6":    phiPH("ip", "ipv6", func(g *gen, d []byte) []byte { return g.ipv6Public(d) }),
		"street": phiPH("address", "street", func(g *gen, d []byte) []byte { return g.street(d, g.chance(0.3)) }),
		"city":   phiPH("address", "city", func(g *gen, d []byte) []byte { return append(d, pick(g, cities)...) }),
		"county": phiPH("address", "county", func(g *gen, d []byte) []byte { return append(d, pick(g, counties)...) }),
		"zip":    phiPH("zip", "zip", func(g *gen, d []byte) []byte { return g.zip(d) }),
		"addr":   func(g *gen) { g.fullAddress(", ") },
		"pass":   phiPH("other_id", "passport", func(g *gen, d []byte) []byte { return g.passport(d) }),
		"anum":   phiPH("other_id", "a_number", func(g *gen, d []byte) []byte { return g.aNumber(d) }),
		"itin":   phiPH("other_id", "itin", func(g *gen, d []byte) []byte { return g.itin(d) }),
		"dodid":  phiPH("other_id", "dod_id", func(g *gen, d []byte) []byte { return g.dodID(d) }),
		"photo":  blobPH(photoKinds),
		"bio":    blobPH(biometricKinds),

		// noise
		"st":      litPH(states...),
		"uuid":    noisePH(func(g *gen, d []byte) []byte { return g.uuid(d) }),
		"trace":   noisePH(func(g *gen, d []byte) []byte { return appendHex(g, d, 32) }),
		"sha7":    noisePH(func(g *gen, d []byte) []byte { return appendHex(g, d, 7) }),
		"sha":     noisePH(func(g *gen, d []byte) []byte { return appendHex(g, d, 64) }),
		"ms":      noisePH(func(g *gen, d []byte) []byte { return appendInt(d, g.rng(1, 9000)) }),
		"dur":     noisePH(func(g *gen, d []byte) []byte { return g.duration(d) }),
		"n":       noisePH(func(g *gen, d []byte) []byte { return appendInt(d, g.rng(1, 64)) }),
		"n3":      noisePH(func(g *gen, d []byte) []byte { return appendInt(d, g.rng(100, 999)) }),
		"n5":      noisePH(func(g *gen, d []byte) []byte { return g.fiveDigit(d) }),
		"n9":      noisePH(func(g *gen, d []byte) []byte { return appendDigits(g, append(d, byte('1'+g.n(9))), 8) }),
		"n10":     noisePH(func(g *gen, d []byte) []byte { return appendDigits(g, append(d, byte('1'+g.n(9))), 9) }),
		"yage":    noisePH(func(g *gen, d []byte) []byte { return appendInt(d, g.youngAge()) }),
		"order":   noisePH(func(g *gen, d []byte) []byte { return g.orderID(d) }),
		"host":    noisePH(func(g *gen, d []byte) []byte { return g.hostname(d) }),
		"pod":     noisePH(func(g *gen, d []byte) []byte { return g.podName(d) }),
		"pip":     noisePH(func(g *gen, d []byte) []byte { return g.privateIP(d) }),
		"pip4":    noisePH(func(g *gen, d []byte) []byte { return g.privateIPv4(d) }),
		"ver":     noisePH(func(g *gen, d []byte) []byte { return g.version(d) }),
		"ts":      noisePH(func(g *gen, d []byte) []byte { return appendStamp(d, g.now(), pick(g, []int{0, 2, 7, 8, 14})) }),
		"bdate":   noisePH(func(g *gen, d []byte) []byte { return g.nonPersonDate(d) }),
		"jwt":     noisePH(func(g *gen, d []byte) []byte { return g.jwt(d) }),
		"apikey":  noisePH(func(g *gen, d []byte) []byte { return g.apiKey(d) }),
		"ndc":     noisePH(func(g *gen, d []byte) []byte { return g.ndc(d) }),
		"b64":     noisePH(func(g *gen, d []byte) []byte { return g.noiseBlob(d) }),
		"port":    litPH("443", "8080", "5432", "6379", "9092", "2575", "8443", "30080", "50051"),
		"status":  litPH("200", "201", "204", "400", "401", "403", "404", "409", "429", "500", "502", "503"),
		"icd":     litPH(icd10...),
		"cpt":     litPH(cpts...),
		"svc":     litPH(services...),
		"payer":   litPH(payers...),
		"dept":    litPH(departments...),
		"err":     litPH(errorCodes...),
		"class":   litPH(javaClasses...),
		"method":  litPH(methods...),
		"path":    litPH(apiPaths...),
		"sex":     litPH("male", "female", "M", "F", "man", "woman"),
		"rel":     litPH("spouse", "daughter", "son", "mother", "father", "sister", "brother", "guardian", "partner", "friend"),
		"unitloc": litPH("4E-412", "ICU bed 7", "MICU 3", "ED hall 2", "PACU-5", "L&D 12", "Tele 6W-20", "Obs 14"),
		"drug":    litPH("metformin 500 mg", "lisinopril 10 mg", "atorvastatin 40 mg", "apixaban 5 mg", "insulin glargine", "amoxicillin 875 mg", "sertraline 50 mg", "oxycodone 5 mg"),
		"word":    litPH("will", "may", "grant", "rose", "hunter", "young", "summer", "faith", "hope", "mark", "frank", "chase", "page", "lane", "bill"),
	}
	for _, s := range phiTemplateSrc {
		phiTemplates = append(phiTemplates, parseTemplate(s))
	}
	for _, s := range noiseTemplateSrc {
		noiseTemplates = append(noiseTemplates, parseTemplate(s))
	}
}

// fullAddress writes "street, city, ST zip" as three spans (the state is
// not labeled: Safe Harbor keeps states).
func (g *gen) fullAddress(sep string) {
	g.v = g.street(g.v[:0], g.chance(0.35))
	g.b.phi("address", "street", g.v)
	g.b.w(sep)
	g.b.phis("address", "city", pick(g, cities))
	g.b.w(", ")
	if g.chance(0.85) {
		g.b.w(pick(g, states))
	} else {
		g.b.w(pick(g, stateNames))
	}
	g.b.w(" ")
	g.v = g.zip(g.v[:0])
	g.b.phi("zip", "zip", g.v)
}

var phiTemplates, noiseTemplates []tmpl

var phiTemplateSrc = []string{
	"patient {fl} not found in registry shard {n}",
	"no chart matches {name}; creating provisional record",
	"Pt: {lf} | DOB {dob} | Rm {unitloc}",
	"Pt: {LF}  MRN: {mrn}  Attending: Dr. {dlast}",
	"guarantor {oname} accepted financial responsibility (acct {acct})",
	"guarantor on file is {oname}, relationship {rel}",
	"no active coverage for member {member}, date of birth {dob}",
	"Medicare MBI {mbi} not on file with the MAC, resubmitting",
	"ERROR:  duplicate key value violates unique constraint \"patients_ssn_key\" DETAIL:  Key (ssn)=({ssn}) already exists.",
	"DETAIL:  Key (email)=({email}) already exists.",
	"ERROR 1062 (23000): Duplicate entry '{ssn}' for key 'uniq_member_ssn'",
	"LOG:  duration: {ms}.{n3} ms  statement: SELECT * FROM patients WHERE last_name = '{last|sql}' AND birth_date = '{day}'",
	"executing: UPDATE members SET phone = '{phone}' WHERE member_id = '{member}'",
	"Hibernate: select p.id from patient p where p.mrn='{mrn}' and p.family_name='{last|sql}'",
	"java.lang.IllegalArgumentException: SSN {ssn} does not belong to patient {fl}",
	"com.acme.ehr.DuplicatePatientException: {lf} (born {dob}) matches existing chart {mrn}",
	"Caused by: org.postgresql.util.PSQLException: ERROR: value too long for type character varying(10): \"{phone}\"",
	"ValueError: birth_date '{dob}' is later than admission for {lf}",
	"KeyError: 'insurance' while building claim for {fl} ({member})",
	"panic: nil coverage for patient {fl} (mrn {mrn})",
	"referral packet for {lf} faxed to {fax} ({n} pages)",
	"inbound fax from {fax}: lab results for {fml}",
	"left voicemail for {fl} at {phone} re: prior auth",
	"outbound call to {phone} dropped after {dur}",
	"text reminder scheduled -> {phone} for appointment {date}",
	"discharge summary e-mailed to {email}",
	"password reset link sent to {email} from {ip}",
	"portal account {email} locked after 5 failed attempts from {ip}",
	"user {email} failed MFA challenge (attempt {n})",
	"{fl}, {age} y/o {sex}, admitted {date} via ED",
	"{age}-year-old {sex} presenting with syncope, MRN {mrn}",
	"Patient is a {age} yo {sex} with hx of CHF and COPD",
	"centenarian review triggered: age {age} on {dept} census",
	"HPI: {age} y.o. {sex} brought in by {rel} {ofl}",
	"address on file: {addr}",
	"shipping replacement CGM sensor to {addr}",
	"could not geocode '{street}' in {city}, {st}",
	"ZIP {zip} is outside the {dept} service area",
	"home health visit routed to {county} team for {lf}",
	"geoip {ip} -> {city}, {st}",
	"new login for {email} from [{ip6}]",
	"websocket opened by [{ip6}] for session {uuid}",
	"insulin pump {serial} paired with handset {imei}",
	"wearable {mac} not in allow list for {fl}",
	"implant registry: UDI {udi} recorded for {lf}",
	"pacemaker serial {serial} interrogated on {date}",
	"vehicle {vin} (plate {plate}) registered for valet, patient {fl}",
	"parking garage: plate {plate} entered, visitor pass issued to {ofl}",
	"DEA {dea} verified for Dr. {dlast}",
	"prescriber NPI {npi} is not enrolled with {payer}",
	"license {slic} for Dr. {dfl} expires soon",
	"e-prescription for {drug} signed by NPI {npi}, DEA {dea}",
	"charge to {card} declined by issuer (do not honor)",
	"refund of copay issued to IBAN {iban}",
	"ACH debit from account {bank} returned R01",
	"front desk scanned DL {dl} for {fl}",
	"passport {pass} on file for international patient {fl}",
	"USCIS A-number {anum} attached to chart {mrn}",
	"ITIN {itin} used in place of SSN for {lf}",
	"military beneficiary DoD ID {dodid} verified",
	"social profile {url} linked to portal account {uuid}",
	"fingerprint template captured at kiosk: {bio}",
	"voice sample stored for IVR verification {bio}",
	"insurance card front uploaded: {photo}",
	"profile picture changed for {email}: {photo}",
	"Dear {fl}, your appointment on {date} is confirmed.",
	"To: \"{fl}\" <{email}>",
	"Subject: Lab results for {fml} (DOB {dob})",
	"mother's maiden name '{maiden}' did not match security answer",
	"patient deceased {date}; notifying {rel} {oname} at {phone}",
	"{fl} (DOB {dob}) checked in at {dept}",
	"merge request: chart {mrn} into {mrn}",
	"SSN {ssn} already assigned to {lf}",
	"born {dob} in {city}",
	"271 response: subscriber {LF} id {member} active",
	"hello {first}, your test results are ready",
	"Mrs. {last} asked that records go to {street}",
	"emergency contact {oname} ({rel}) {phone}",
	"specimen for {lf} collected {date}, courier {uuid}",
	"fall detected by watch {imei}; calling {ofl} at {phone}",
	"discharged {date} to home: {street}, {city}",
	"scheduling conflict for {fl} on {day}",
	"MBI {mbi} resolved to {LF}",
	"Pt {lf} / {sex} / {dob}",
	"chart for {fl} (MRN: {mrn}) opened by user {uuid}",
	"RE: {fl} - DOB {dob} - claim denied (CARC 197)",
	"[audit] {ofl} viewed SSN of {lf}",
	"tax form 1095-B generated for {fl}, SSN {ssn}",
	"subscriber {oname} added dependent {fl}, member {member}",
	"admitted {date}, discharged {date}, LOS {n} days",
	"service date {day} outside timely filing window for {member}",
	"death certificate filed: {fml}, date of death {date}",
	"pharmacy called {phone} about {drug} refill for {lf}",
	"incoming call from {phone} matched patient {fl}",
	"GET /patients?ssn={ssn|url} took {ms}ms",
	"lookup by email {email} returned 2 charts",
	"invalid MRN '{mrn}' for facility {n}",
	"member {member} terminated, COBRA letter mailed to {addr}",
	"wire recall: beneficiary {fl}, IBAN {iban}",
	"card on file {card} expires this month for {lf}",
	"HL7 ACK AE: PID-19 {ssn} failed checksum rules for {LF}",
	"photo ID mismatch for {fl}: face {photo}",
	"guardian {ofl} signed consent for {first} on {day}",
	"MRN {mrn} / acct {acct} / DOS {day}",
	"new patient {fml} age {age} registered at {dept}",
	"ip {ip} blocked after credential stuffing against {email}",
	"sms opt-out received from {phone}",
	"{LF} DOB:{dob} SSN:{ssn}",
	"caller verified with DOB {dob} and ZIP {zip}",
	"update address for {fl}: {street}, {city} {st} {zip}",
	"Insurance subscriber {oname}, member {member}, relationship {rel}",
	"fax cover: attn {ofl}, fax {fax}, re: {lf}",
	"appointment reminder bounced for {email} (mailbox full)",
	"Insured: {LF}; Policy: {member}; Group: PPO-500",
	"claim 837 rejected: subscriber DOB {dob} does not match payer record for {member}",
	"prior auth approved for {fl} through {day}",
	"telehealth link sent to {phone} and {email}",
	"no show: {fl} missed {date} visit with Dr. {dlast}",
	"allergy list updated for {lf} by {ofl}",
	"transport booked: pickup {street}, {city} at 07:30 for {fl}",
	"{first} {last} requested a copy of records (HIPAA release signed {day})",
	"identity proofing failed for {fl}: SSN {ssn} and DOB {dob} mismatch",
	"Patient Name: {fl} Date of Birth: {dob} MRN: {mrn}",
	"pt {lf}, {age}yo, c/o dizziness",
	"{age} yo {sex} on {drug}, fall risk high",
	"resident {fml} ({age}) transferred from {city} facility",
	"obituary match: {fml}, died {date}, age {age}",
	"cannot bill: {member} inactive on date of service {day}",
	"wrong patient alert: {fl} vs {ofl}, same DOB {dob}",
	"label printed: {LF} {dob} {mrn}",
	"wristband scan {mrn} does not match order for {lf}",
	"Returned mail for {fl}: {addr}",
	"W-9 on file, taxpayer {fl} SSN {ssn}",
	"lockbox deposit: check from {ofl}, account {bank}",
	"autopay enrolled with card {card} by {email}",
	"chargeback on {card}, cardholder {fl}",
	"IBAN {iban} failed validation for payout to {fl}",
	"driver license {dl} expired for {fl}, request new ID",
	"CDL check for {ofl}: license {dl}",
	"stolen vehicle hit on {plate} in patient lot",
	"VIN {vin} recall notice mailed to {addr}",
	"CGM {serial} signal lost for {fl} since {date}",
	"glucometer {mac} synced 42 readings for {lf}",
	"hearing aid {udi} registered to {fml}",
	"tablet {imei} checked out to {fl} for home monitoring",
	"MAC {mac} requested DHCP lease from patient Wi-Fi",
	"personal site {url} listed on intake form",
	"sign-in from {ip} for {email} (new location {city})",
	"blocked upload from [{ip6}]: file too large",
	"iris scan enrolled {bio}",
	"palm vein template {bio} stored for {fl}",
	"ID card photo {photo} attached to {mrn}",
	"passport {pass} scanned; nationality verified for {lf}",
	"employer verification: {fl} (EDIPI {dodid})",
	"A# {anum} case pending for {fml}",
	"HIV test consent signed by {fl} on {day}",
	"birth record: infant of {ofl}, born {date}",
	"newborn {newborn}, DOB {dob}, mother MRN {mrn}",
	"referral from Dr. {dfl} (NPI {npi}) for {lf}",
	"controlled substance Rx: {drug}, DEA {dea}, patient {fl}",
	"state license {slic} disciplinary flag for {ofl}",
	"{lf} called from {phone} asking about bill {acct}",
	"voicemail from {phone}: \"this is {fl}, please call back\"",
	"statement mailed to {fml}, {addr}",
	"COVID vaccine dose 2 given {day} to {fl}",
	"ED triage: {fl} {age}y {sex}",
	"advance directive on file for {fml} (age {age})",
	"flagged duplicate: {lf} {dob} and {lf} {dob}",
	"census: {LF}  rm {unitloc}  adm {date}",
	"consult note signed by Dr. {dlast} for {lf} on {day}",
	"pharmacy: {fl} picked up {drug}, ID {dl}",
	"eligibility: {member} ({payer}) for {fl} DOB {dob} -> active",
	"HHS breach log: record {mrn} for {fl} accessed by {oemail}",
}

var noiseTemplateSrc = []string{
	"GET {path} {status} {ms}ms",
	"connection pool exhausted (active=50, idle=0, waiting={n})",
	"retrying request {uuid} in {dur} (attempt {n}/5)",
	"cache miss for key claims:{order}",
	"GC pause {dur}, heap {n3}MB -> {n3}MB",
	"will retry after backoff of {dur}",
	"results may be stale: config version {ver}",
	"grant access to role billing-admin for service account {svc}",
	"error rate rose {n}% since deploy {ver}",
	"reaper job killed {n} hung workers on {host}",
	"young generation collection took {dur}",
	"maintenance window scheduled for {bdate}",
	"personal access token rotated, next rotation {bdate}",
	"mark phase completed in {dur}",
	"received frank rejection from {payer}: {err}",
	"processed {n5} HL7 messages from {host}",
	"listening on {pip4}:{port}",
	"kafka consumer claims-rebalance partition {n} offset {n10}",
	"batch {order} completed: {n5} records in {dur}",
	"upstream {host} responded {status} in {dur}",
	"TLS handshake error from {pip4}:{port}: EOF",
	"jwt rejected: token expired at {ts}",
	"ICD-10 {icd} mapped to HCC 19",
	"CPT {cpt} requires modifier 25 with E/M",
	"NDC {ndc} not on formulary tier 2",
	"build {ver} ({sha7}) created {bdate}",
	"certificate for api.acme-health.example expires {bdate}",
	"deleted {n3} expired sessions",
	"slow query ({dur}): SELECT id, status FROM claims WHERE batch_id = {n10} LIMIT 500",
	"UPDATE appointments SET status = 'cancelled' WHERE slot_id = {n5} AND clinic_id = {n}",
	"\tat {class}.process(Handler.java:{n3})",
	"\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
	"  File \"/app/ehr/tasks.py\", line {n3}, in run",
	"goroutine {n3} [running]:",
	"Caused by: java.net.SocketTimeoutException: Read timed out",
	"OOMKilled: container {pod} exceeded memory limit 512Mi",
	"rate limit exceeded for client {uuid}: 429",
	"webhook delivered to https://hooks.partner-clearinghouse.example/v1/events in {dur}",
	"fetched https://fhir.payer-sandbox.example/R4/metadata -> {status}",
	"age gate: minimum age 18 enforced for telehealth",
	"dose adjusted for age {yage} per renal protocol",
	"a {yage} yo triaged ESI 3, wait {n} min",
	"patient age {yage} outside trial inclusion range",
	"ZIP validation service returned {status}",
	"SSN field missing in payload {uuid}",
	"DOB validation rule {ver} loaded",
	"patient record {uuid} updated by {svc}",
	"phone verification provider returned error 20003",
	"fax gateway {host} queue depth {n}",
	"email bounce webhook processed ({n} events)",
	"order {order} ready for pickup at counter {n}",
	"claim {n10} adjudicated: paid {n3}.{n}",
	"encounter {uuid} closed with {n} diagnoses",
	"Started GET \"{path}\" for {pip} at {ts}",
	"Completed 200 OK in {ms}ms (Views: {n}.{n}ms | ActiveRecord: {n}.{n}ms)",
	"Traceback (most recent call last):",
	"  at Object.<anonymous> (/srv/app/dist/server.js:{n3}:{n})",
	"redis: {host}:{port} i/o timeout",
	"dial tcp {pip4}:{port}: connect: connection refused",
	"leader election won by {pod}",
	"readiness probe failed: HTTP probe failed with statuscode: {status}",
	"trace {trace} exported, {n} spans dropped",
	"using api key {apikey} for sandbox",
	"bearer {jwt} accepted",
	"snapshot {b64} restored",
	"{n5} rows affected",
	"port {n5} already in use, picking another",
	"npm WARN deprecated request@2.88.2",
	"hope: nil pointer dereference avoided in {class}",
	"Summer release {ver} rolled out to {n}% of pods",
	"May 2026 price file imported ({n5} rows)",
	"feature flag grant_new_consent enabled for tenant {n}",
	"young_gc count={n3} old_gc count={n}",
	"Hunter-Killer chaos test finished on {host}",
	"page {n} of {n3} rendered in {dur}",
	"bill run {order} for cycle {bdate} finished",
	"lab interface heartbeat OK ({ms}ms)",
	"schema migration 2026_03_{n}_add_index applied",
	"scheduler tick {n10}",
	"checksum {sha} verified",
	"ingested {n5} FHIR Observation resources",
	"payer {payer} 835 remittance parsed, {n3} claims",
	"drug interaction check: {drug} vs {drug}: none",
	"appointment slot {n5} released (no-show policy)",
	"consent document {uuid} signed",
	"queue {svc}.dlq depth {n3}",
	"mark {word} as reserved word in parser",
}
