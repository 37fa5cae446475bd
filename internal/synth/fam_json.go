package synth

// JSON writer: comma handling over a stack of open containers, strings
// escaped with the document's convention, values labeled when PHI.

func (g *gen) jOpen(c byte) {
	g.b.c(c)
	g.js = append(g.js, false)
}

func (g *gen) jClose(c byte) {
	g.js = g.js[:len(g.js)-1]
	g.b.c(c)
}

func (g *gen) jComma() {
	top := len(g.js) - 1
	if g.js[top] {
		if g.jsp {
			g.b.w(", ")
		} else {
			g.b.c(',')
		}
	}
	g.js[top] = true
}

func (g *gen) jKey(k string) {
	g.jComma()
	g.b.c('"')
	g.b.push(g.jm)
	g.b.w(k)
	g.b.pop()
	if g.jsp {
		g.b.w("\": ")
	} else {
		g.b.w("\":")
	}
}

func (g *gen) jKeyB(k []byte) {
	g.jComma()
	g.b.c('"')
	g.b.push(g.jm)
	g.b.wb(k)
	g.b.pop()
	if g.jsp {
		g.b.w("\": ")
	} else {
		g.b.w("\":")
	}
}

func (g *gen) jStr(s string) {
	g.b.c('"')
	g.b.push(g.jm)
	g.b.w(s)
	g.b.pop()
	g.b.c('"')
}

func (g *gen) jStrB(s []byte) {
	g.b.c('"')
	g.b.push(g.jm)
	g.b.wb(s)
	g.b.pop()
	g.b.c('"')
}

func (g *gen) jPHI(cat, kind string, v []byte) {
	g.b.c('"')
	g.b.push(g.jm)
	g.b.phi(cat, kind, v)
	g.b.pop()
	g.b.c('"')
}

func (g *gen) jKV(k, v string) { g.jKey(k); g.jStr(v) }

// jsonNumberOK reports whether v can be written as a bare JSON number.
func jsonNumberOK(v []byte) bool {
	if len(v) == 0 || len(v) > 15 || (v[0] == '0' && len(v) > 1) {
		return false
	}
	for _, c := range v {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

// jConcept writes a field of concept c under one of its keys.
func (g *gen) jConcept(c *concept, ks keyStyle) {
	g.k = appendKey(g.k[:0], pick(g, c.keys), ks)
	g.jKeyB(g.k)
	g.jValue(c)
}

// jValue writes concept c's value (labeled when PHI).
func (g *gen) jValue(c *concept) {
	v, kind := g.value(c)
	if c.cat == "" {
		if c.num && jsonNumberOK(v) && g.chance(0.7) {
			g.b.wb(v)
		} else {
			g.jStrB(v)
		}
		return
	}
	g.b.key = true
	if c.num && jsonNumberOK(v) && g.chance(0.5) {
		g.b.phi(c.cat, kind, v)
	} else {
		g.jPHI(c.cat, kind, v)
	}
	g.b.key = false
}

// pickFields fills g.fs with PHI and noise concepts for one record.
func (g *gen) pickFields(phi bool, nPHI, nNoise int) []*concept {
	g.fs = g.fs[:0]
	if phi {
		for range nPHI {
			g.fs = appendUnique(g.fs, g.phiConcept())
		}
	}
	for range nNoise {
		g.fs = appendUnique(g.fs, g.noiseConcept())
	}
	g.r.Shuffle(len(g.fs), func(i, j int) { g.fs[i], g.fs[j] = g.fs[j], g.fs[i] })
	return g.fs
}

func appendUnique(fs []*concept, c *concept) []*concept {
	for _, f := range fs {
		if f == c {
			return fs
		}
	}
	return append(fs, c)
}

func (g *gen) nPHI() int { return 1 + g.weighted([]int{45, 30, 15, 7, 3}) }

var msgKeys = []string{"msg", "message", "event", "@message", "log", "text", "description", "error", "err", "summary"}
var timeKeys = []string{"time", "ts", "@timestamp", "timestamp", "t", "date", "logged_at", "eventTime"}
var levelKeys = []string{"level", "lvl", "severity", "log.level", "levelname", "loglevel"}

func (g *gen) jHeader() {
	g.jKey(pick(g, timeKeys))
	g.w = appendStamp(g.w[:0], g.now(), pick(g, []int{0, 1, 11, 14, 7, 8, 9, 3}))
	if g.w[len(g.w)-1] >= '0' && g.w[len(g.w)-1] <= '9' && jsonNumberOK(g.w) && g.chance(0.6) {
		g.b.wb(g.w)
	} else {
		g.jStrB(g.w)
	}
	g.jKey(pick(g, levelKeys))
	if g.chance(0.15) {
		g.b.w(pick(g, []string{"30", "40", "50", "20"})) // pino numeric levels
	} else {
		lv := pick(g, levels)
		if g.chance(0.5) {
			g.k = appendCase(g.k[:0], lv, false)
			g.jStrB(g.k)
		} else {
			g.jStr(lv)
		}
	}
}

// jMsg writes a message field rendered from a template.
func (g *gen) jMsg(phi bool) {
	g.jKey(pick(g, msgKeys))
	g.b.c('"')
	g.b.push(g.jm)
	if phi {
		g.render(pick(g, phiTemplates))
	} else {
		g.render(pick(g, noiseTemplates))
	}
	g.b.pop()
	g.b.c('"')
}

func (g *gen) jsonDocStart() {
	g.jsp = g.chance(0.12)
	switch g.weighted([]int{84, 9, 7}) {
	case 0:
		g.jm = encJSON
	case 1:
		g.jm = encJSONGo
	default:
		g.jm = encJSONU
	}
}

func genJSON(g *gen, phi bool) {
	g.jsonDocStart()
	switch g.weighted([]int{36, 13, 6, 13, 8, 5, 3, 4, 4, 3, 5}) {
	case 0:
		g.jsonFlat(phi)
	case 1:
		g.jsonNested(phi)
	case 2:
		g.jsonArrays(phi)
	case 3:
		g.jsonFHIR(phi)
	case 4:
		g.jsonEscaped(phi)
	case 5:
		g.jsonCloudTrail(phi)
	case 6:
		g.jsonDynamo(phi)
	case 7:
		g.jsonCloudWatch(phi)
	case 8:
		g.jsonSentry(phi)
	case 9:
		g.jsonGraphQL(phi)
	default:
		g.jsonDocker(phi)
	}
}

// jsonFlat is a structured application log line (slog, zap, pino,
// logrus, bunyan, ECS...).
func (g *gen) jsonFlat(phi bool) {
	ks := g.keyStyle(jsonStyleW)
	g.jOpen('{')
	g.jHeader()
	msgPHI := phi && g.chance(0.45)
	if g.chance(0.9) {
		g.jMsg(msgPHI)
	}
	n := g.nPHI()
	if msgPHI {
		n = g.n(2)
	}
	for _, c := range g.pickFields(phi, n, g.rng(1, 6)) {
		g.jConcept(c, ks)
	}
	g.jClose('}')
}

var parentKeys = []struct {
	keys []string
	id   func(g *gen) // writes the value of the parent's "id"
}{
	{[]string{"patient", "pt", "subject", "Patient", "patientInfo", "pat"}, func(g *gen) { g.idField("mrn", "mrn", (*gen).mrn) }},
	{[]string{"subscriber", "member", "insured", "beneficiary", "Subscriber", "memberInfo"}, func(g *gen) { g.idField("health_plan", "member_id", (*gen).memberID) }},
	{[]string{"guarantor", "responsibleParty", "guarantor_info", "Guarantor"}, func(g *gen) { g.idField("account", "guarantor_number", (*gen).hospitalAccount) }},
	{[]string{"nextOfKin", "emergencyContact", "nok", "guardian", "caregiver"}, func(g *gen) { g.jStrB(g.uuid(g.w[:0])) }},
	{[]string{"customer", "user", "account", "requester", "caller"}, func(g *gen) { g.jStrB(g.uuid(g.w[:0])) }},
}

// idField writes a labeled ID, or a surrogate UUID (not labeled) half of
// the time: record systems use both.
func (g *gen) idField(cat, kind string, f func(*gen, []byte) []byte) {
	if g.chance(0.4) {
		g.w = g.uuid(g.w[:0])
		g.jStrB(g.w)
		return
	}
	g.v = f(g, g.v[:0])
	g.b.key = true
	g.jPHI(cat, kind, g.v)
	g.b.key = false
}

// jsonNested puts PHI below parent objects whose leaf keys are generic
// (id, first, number, line1): context comes from the path.
func (g *gen) jsonNested(phi bool) {
	ks := g.keyStyle(jsonStyleW)
	g.jOpen('{')
	g.jHeader()
	g.jKV(pick(g, []string{"event", "msg", "action", "op"}), pick(g, []string{"patient.updated", "claim.submitted", "eligibility.checked", "appointment.created", "record.viewed", "intake.completed", "payment.authorized"}))
	if phi {
		par := parentKeys[g.n(len(parentKeys))]
		p := &g.pat
		if par.keys[0] == "guarantor" || par.keys[0] == "nextOfKin" {
			p = &g.oth
		}
		g.jKey(pick(g, par.keys))
		g.jOpen('{')
		g.jKey("id")
		par.id(g)
		g.b.key = true
		for _, part := range g.nestedParts() {
			part(g, p, ks)
		}
		g.b.key = false
		g.jClose('}')
	}
	g.jKey(pick(g, []string{"context", "meta", "ctx", "request", "labels"}))
	g.jOpen('{')
	for _, c := range g.pickFields(false, 0, g.rng(2, 5)) {
		g.jConcept(c, ks)
	}
	g.jClose('}')
	g.jClose('}')
}

type part func(g *gen, p *person, ks keyStyle)

var nestedPartList = []part{
	func(g *gen, p *person, ks keyStyle) { // name object or string
		g.jKey("name")
		if g.chance(0.5) {
			g.v = appendName(g.v[:0], p, g.nameForm())
			g.jPHI("name", "full_name", g.v)
			return
		}
		g.jOpen('{')
		g.jKey(pick(g, []string{"first", "given", "firstName", "fn", "First"}))
		g.jPHI("name", "first_name", []byte(p.first))
		if g.chance(0.3) {
			g.jKey(pick(g, []string{"middle", "mi", "middleName"}))
			g.jPHI("name", "middle_name", []byte(p.middle))
		}
		g.jKey(pick(g, []string{"last", "family", "lastName", "ln", "surname"}))
		g.jPHI("name", "last_name", []byte(p.last))
		g.jClose('}')
	},
	func(g *gen, p *person, ks keyStyle) {
		g.jKey(pick(g, []string{"dob", "birthDate", "born", "birth_date", "dateOfBirth"}))
		g.v = appendDate(g.v[:0], p.dob, g.weighted(dobFormWeights))
		g.jPHI("date", "dob", g.v)
	},
	func(g *gen, p *person, ks keyStyle) {
		g.jKey(pick(g, []string{"ssn", "SSN", "socialSecurity", "tin"}))
		g.v = g.ssn(g.v[:0])
		g.jPHI("ssn", "ssn", g.v)
	},
	func(g *gen, p *person, ks keyStyle) {
		g.jKey(pick(g, []string{"contact", "telecom", "contactInfo"}))
		g.jOpen('{')
		g.jKey(pick(g, []string{"phone", "home", "mobile", "cell"}))
		g.v = g.phone(g.v[:0])
		g.jPHI("phone", "phone", g.v)
		if g.chance(0.5) {
			g.jKey(pick(g, []string{"email", "mail"}))
			g.v = g.email(g.v[:0], p)
			g.jPHI("email", "email", g.v)
		}
		if g.chance(0.25) {
			g.jKey("fax")
			g.v = g.phone(g.v[:0])
			g.jPHI("fax", "fax", g.v)
		}
		g.jClose('}')
	},
	func(g *gen, p *person, ks keyStyle) {
		g.jKey(pick(g, []string{"phones", "phoneNumbers", "numbers"}))
		g.jOpen('[')
		for range g.rng(1, 3) {
			g.jComma()
			g.v = g.phone(g.v[:0])
			g.jPHI("phone", "phone", g.v)
		}
		g.jClose(']')
	},
	func(g *gen, p *person, ks keyStyle) {
		g.jKey(pick(g, []string{"address", "addr", "homeAddress", "residence", "mailing"}))
		g.jOpen('{')
		g.jKey(pick(g, []string{"line1", "street", "line", "street1", "addressLine1", "text"}))
		g.v = g.street(g.v[:0], false)
		g.jPHI("address", "street", g.v)
		if g.chance(0.3) {
			g.jKey(pick(g, []string{"line2", "street2", "unit", "addressLine2"}))
			g.v = g.unit(g.v[:0])
			g.jPHI("address", "unit", g.v)
		}
		g.jKey(pick(g, []string{"city", "locality", "town"}))
		g.jPHI("address", "city", []byte(pick(g, cities)))
		g.jKey(pick(g, []string{"state", "region", "st"}))
		g.jStr(pick(g, states))
		g.jKey(pick(g, []string{"zip", "postalCode", "postal_code", "zip5", "postcode"}))
		g.v = g.zip(g.v[:0])
		g.jPHI("zip", "zip", g.v)
		g.jClose('}')
	},
	func(g *gen, p *person, ks keyStyle) {
		g.jKey(pick(g, []string{"card", "paymentCard", "payment"}))
		g.jOpen('{')
		g.jKV("brand", pick(g, []string{"visa", "mastercard", "amex", "discover"}))
		g.jKey(pick(g, []string{"number", "pan", "cardNumber"}))
		g.v = g.card(g.v[:0])
		g.jPHI("account", "credit_card", g.v)
		g.jKV(pick(g, []string{"exp", "expiry"}), pick(g, []string{"04/27", "11/28", "01/30", "09/26"}))
		g.jClose('}')
	},
	func(g *gen, p *person, ks keyStyle) {
		g.jKey(pick(g, []string{"vehicle", "car"}))
		g.jOpen('{')
		g.jKV("make", pick(g, []string{"Honda", "Toyota", "Ford", "Subaru", "Kia"}))
		g.jKey("vin")
		g.v = g.vin(g.v[:0])
		g.jPHI("vehicle", "vin", g.v)
		if g.chance(0.5) {
			g.jKey(pick(g, []string{"plate", "tag", "licensePlate"}))
			g.v = g.plate(g.v[:0])
			g.jPHI("vehicle", "plate", g.v)
		}
		g.jClose('}')
	},
	func(g *gen, p *person, ks keyStyle) {
		g.jKey(pick(g, []string{"device", "wearable", "implant", "pump"}))
		g.jOpen('{')
		g.jKV("model", pick(g, []string{"G7", "MiniMed 780G", "Azure XT", "Series 9", "Libre 3"}))
		switch g.n(4) {
		case 0:
			g.jKey(pick(g, []string{"serial", "sn", "serialNumber"}))
			g.v = g.deviceSerial(g.v[:0])
			g.jPHI("device", "device_serial", g.v)
		case 1:
			g.jKey("imei")
			g.v = g.imei(g.v[:0])
			g.jPHI("device", "imei", g.v)
		case 2:
			g.jKey(pick(g, []string{"mac", "btAddr"}))
			g.v = g.mac(g.v[:0])
			g.jPHI("device", "mac", g.v)
		default:
			g.jKey(pick(g, []string{"udi", "udiCarrier"}))
			g.v = g.udi(g.v[:0])
			g.jPHI("device", "udi", g.v)
		}
		g.jClose('}')
	},
	func(g *gen, p *person, ks keyStyle) {
		g.jKey(pick(g, []string{"license", "driversLicense", "dl"}))
		g.jOpen('{')
		g.jKey(pick(g, []string{"number", "no", "id"}))
		g.v = g.driversLicense(g.v[:0])
		g.jPHI("license", "drivers_license", g.v)
		g.jKV("state", pick(g, states))
		g.jClose('}')
	},
	func(g *gen, p *person, ks keyStyle) {
		g.jKey(pick(g, []string{"insurance", "coverage", "plan"}))
		g.jOpen('{')
		g.jKV("payer", pick(g, payers))
		g.jKey(pick(g, []string{"memberId", "member_id", "id", "subscriberId"}))
		g.v = g.memberID(g.v[:0])
		g.jPHI("health_plan", "member_id", g.v)
		g.jClose('}')
	},
	func(g *gen, p *person, ks keyStyle) {
		g.jKey(pick(g, []string{"age", "ageYears"}))
		g.v = appendInt(g.v[:0], g.oldAge())
		if g.chance(0.5) {
			g.b.phi("age", "age_over_89", g.v)
		} else {
			g.jPHI("age", "age_over_89", g.v)
		}
	},
}

func (g *gen) nestedParts() []part {
	n := g.rng(1, 4)
	g.parts = g.parts[:0]
	for range n {
		i := g.n(len(nestedPartList))
		dup := false
		for _, j := range g.partIdx {
			if j == i {
				dup = true
			}
		}
		if dup {
			continue
		}
		g.partIdx = append(g.partIdx, i)
		g.parts = append(g.parts, nestedPartList[i])
	}
	g.partIdx = g.partIdx[:0]
	return g.parts
}

// jsonArrays: identifier lists whose type sits in a sibling key, and
// OpenTelemetry attribute lists.
func (g *gen) jsonArrays(phi bool) {
	g.jOpen('{')
	g.jHeader()
	if g.chance(0.5) {
		g.jKey(pick(g, []string{"identifiers", "ids", "patientIdentifiers"}))
		g.jOpen('[')
		n := g.rng(1, 3)
		for i := range n {
			g.jComma()
			g.jOpen('{')
			if !phi || i == n-1 && g.chance(0.3) {
				g.jKV("type", pick(g, []string{"internal", "uuid", "encounter"}))
				g.jKey("value")
				g.jStrB(g.uuid(g.w[:0]))
				g.jClose('}')
				continue
			}
			type idt struct {
				label, cat, kind string
				f                func(*gen, []byte) []byte
			}
			t := pick(g, []idt{
				{"MRN", "mrn", "mrn", (*gen).mrn}, {"MR", "mrn", "mrn", (*gen).mrn},
				{"SSN", "ssn", "ssn", (*gen).ssn}, {"SS", "ssn", "ssn", (*gen).ssn},
				{"DL", "license", "drivers_license", (*gen).driversLicense},
				{"MB", "health_plan", "member_id", (*gen).memberID}, {"MC", "health_plan", "mbi", (*gen).mbi},
				{"PPN", "other_id", "passport", (*gen).passport}, {"AN", "account", "patient_account", (*gen).hospitalAccount},
			})
			g.jKV(pick(g, []string{"type", "kind", "system", "code"}), t.label)
			g.jKey(pick(g, []string{"value", "id", "val"}))
			g.v = t.f(g, g.v[:0])
			g.b.key = true
			g.jPHI(t.cat, t.kind, g.v)
			g.b.key = false
			g.jClose('}')
		}
		g.jClose(']')
	} else {
		g.jKey("attributes")
		g.jOpen('[')
		for _, c := range g.pickFields(phi, g.nPHI(), g.rng(1, 3)) {
			g.jComma()
			g.jOpen('{')
			g.k = appendKey(g.k[:0], pick(g, c.keys), keyStyle{style: ksDotted})
			g.jKey("key")
			g.jStrB(append(append(g.w[:0], pick(g, []string{"patient.", "app.", "enduser.", "member.", ""})...), g.k...))
			g.jKey("value")
			g.jOpen('{')
			g.jKey("stringValue")
			v, kind := g.value(c)
			if c.cat == "" {
				g.jStrB(v)
			} else {
				g.b.key = true
				g.jPHI(c.cat, kind, v)
				g.b.key = false
			}
			g.jClose('}')
			g.jClose('}')
		}
		g.jClose(']')
	}
	g.jClose('}')
}

// jsonEscaped carries a JSON document inside a string value (a request
// body, a queue message, a serialized payload), sometimes twice nested.
func (g *gen) jsonEscaped(phi bool) {
	ks := g.keyStyle(jsonStyleW)
	g.jOpen('{')
	g.jHeader()
	g.jKV(pick(g, msgKeys), pick(g, []string{"request body", "upstream rejected payload", "dead-lettered message", "outbound webhook", "cache write", "audit snapshot"}))
	g.jKey(pick(g, []string{"body", "payload", "data", "raw", "request", "message", "detail"}))
	g.b.c('"')
	g.b.push(g.jm)
	outer := g.jm
	g.jm = encJSON
	g.jOpen('{')
	if phi && g.chance(0.2) { // a further level
		g.jKV("type", "envelope")
		g.jKey("inner")
		g.b.c('"')
		g.b.push(encJSON)
		g.jOpen('{')
		for _, c := range g.pickFields(true, g.nPHI(), g.rng(0, 2)) {
			g.jConcept(c, ks)
		}
		g.jClose('}')
		g.b.pop()
		g.b.c('"')
	} else {
		for _, c := range g.pickFields(phi, g.nPHI(), g.rng(1, 3)) {
			g.jConcept(c, ks)
		}
	}
	g.jClose('}')
	g.jm = outer
	g.b.pop()
	g.b.c('"')
	for _, c := range g.pickFields(false, 0, g.rng(0, 2)) {
		g.jConcept(c, ks)
	}
	g.jClose('}')
}

// jsonCloudTrail is an AWS CloudTrail-style {"Records":[...]} document.
func (g *gen) jsonCloudTrail(phi bool) {
	g.jOpen('{')
	g.jKey("Records")
	g.jOpen('[')
	for range g.rng(1, 2) {
		g.jComma()
		g.jOpen('{')
		g.jKV("eventVersion", "1.09")
		g.jKey("eventTime")
		g.jStrB(appendStamp(g.w[:0], g.now(), 14))
		g.jKV("eventSource", pick(g, []string{"s3.amazonaws.com", "dynamodb.amazonaws.com", "healthlake.amazonaws.com", "lambda.amazonaws.com"}))
		g.jKV("eventName", pick(g, []string{"PutObject", "GetObject", "PutItem", "Invoke", "CreateResource"}))
		g.jKV("awsRegion", pick(g, regions))
		g.jKey("sourceIPAddress")
		if phi && g.chance(0.6) {
			g.v = g.ipv4Public(g.v[:0])
			g.b.key = true
			g.jPHI("ip", "ipv4", g.v)
			g.b.key = false
		} else {
			g.jStrB(g.privateIP(g.w[:0]))
		}
		g.jKV("userAgent", pick(g, []string{"aws-sdk-go-v2/1.30.3", "Boto3/1.34.84", "aws-cli/2.15.40"}))
		g.jKey("requestParameters")
		g.jOpen('{')
		g.jKV("bucketName", pick(g, []string{"intake-uploads-prod", "claims-archive", "fhir-export"}))
		g.jKey("key")
		g.b.c('"')
		g.b.push(g.jm)
		g.b.w("patients/")
		if phi && g.chance(0.5) {
			g.b.key = true
			g.v = g.mrn(g.v[:0])
			g.b.phi("mrn", "mrn", g.v)
			g.b.key = false
		} else {
			g.w = g.uuid(g.w[:0])
			g.b.wb(g.w)
		}
		g.b.w("/intake.pdf")
		g.b.pop()
		g.b.c('"')
		if phi {
			ks := g.keyStyle(jsonStyleW)
			for _, c := range g.pickFields(true, g.n(3), 0) {
				g.jConcept(c, ks)
			}
		}
		g.jClose('}')
		g.jKey("requestID")
		g.jStrB(appendUpper(g, g.w[:0], 16))
		g.jKey("eventID")
		g.jStrB(g.uuid(g.w[:0]))
		g.jKey("recipientAccountId")
		g.jStrB(appendDigits(g, g.w[:0], 12))
		g.jClose('}')
	}
	g.jClose(']')
	g.jClose('}')
}

// jsonDynamo uses DynamoDB's typed attribute values {"S": "..."}.
func (g *gen) jsonDynamo(phi bool) {
	ks := g.keyStyle(jsonStyleW)
	g.jOpen('{')
	g.jKV("TableName", pick(g, []string{"Patients", "Members", "Appointments", "prod-intake"}))
	g.jKey("Item")
	g.jOpen('{')
	g.jKey("pk")
	g.jOpen('{')
	g.jKey("S")
	g.jStrB(g.uuid(append(g.w[:0], "PATIENT#"...)))
	g.jClose('}')
	for _, c := range g.pickFields(phi, g.nPHI(), g.rng(1, 3)) {
		g.k = appendKey(g.k[:0], pick(g, c.keys), ks)
		g.jKeyB(g.k)
		g.jOpen('{')
		v, kind := g.value(c)
		if c.num && jsonNumberOK(v) {
			g.jKey("N")
		} else {
			g.jKey("S")
		}
		if c.cat == "" {
			g.jStrB(v)
		} else {
			g.b.key = true
			g.jPHI(c.cat, kind, v)
			g.b.key = false
		}
		g.jClose('}')
	}
	g.jClose('}')
	g.jClose('}')
}

// jsonCloudWatch wraps text log lines in a CloudWatch Logs subscription event.
func (g *gen) jsonCloudWatch(phi bool) {
	g.jOpen('{')
	g.jKV("messageType", "DATA_MESSAGE")
	g.jKey("owner")
	g.jStrB(appendDigits(g, g.w[:0], 12))
	g.jKV("logGroup", "/aws/lambda/"+pick(g, services))
	g.jKey("logEvents")
	g.jOpen('[')
	for range g.rng(1, 2) {
		g.jComma()
		g.jOpen('{')
		g.jKey("id")
		g.jStrB(appendDigits(g, g.w[:0], 56))
		g.jKey("timestamp")
		g.b.wb(appendStamp(g.w[:0], g.now(), 8))
		g.jKey("message")
		g.b.c('"')
		g.b.push(g.jm)
		g.textLine(phi)
		if g.chance(0.5) {
			g.b.w("\n")
		}
		g.b.pop()
		g.b.c('"')
		g.jClose('}')
	}
	g.jClose(']')
	g.jClose('}')
}

// jsonSentry resembles an error-tracker event.
func (g *gen) jsonSentry(phi bool) {
	g.jOpen('{')
	g.jKey("event_id")
	g.jStrB(appendHex(g, g.w[:0], 32))
	g.jKV("platform", pick(g, []string{"python", "go", "node", "java"}))
	g.jKey("exception")
	g.jOpen('{')
	g.jKey("values")
	g.jOpen('[')
	g.jComma()
	g.jOpen('{')
	g.jKV("type", pick(g, []string{"ValueError", "IntegrityError", "NullPointerException", "*errors.errorString", "TypeError"}))
	g.jKey("value")
	g.b.c('"')
	g.b.push(g.jm)
	if phi && g.chance(0.6) {
		g.render(pick(g, phiTemplates))
	} else {
		g.render(pick(g, noiseTemplates))
	}
	g.b.pop()
	g.b.c('"')
	g.jClose('}')
	g.jClose(']')
	g.jClose('}')
	g.jKey("request")
	g.jOpen('{')
	g.jKey("url")
	g.jStr("https://portal.acme-health.example" + pick(g, apiPaths))
	g.jKey("query_string")
	g.b.c('"')
	g.b.push(g.jm)
	g.queryString(phi && g.chance(0.5), encQuery)
	g.b.pop()
	g.b.c('"')
	g.jClose('}')
	g.jKey("user")
	g.jOpen('{')
	g.jKey("id")
	g.jStrB(g.uuid(g.w[:0]))
	if phi && g.chance(0.5) {
		g.b.key = true
		g.jKey("email")
		g.v = g.email(g.v[:0], &g.pat)
		g.jPHI("email", "email", g.v)
		g.jKey("ip_address")
		g.v = g.ipv4Public(g.v[:0])
		g.jPHI("ip", "ipv4", g.v)
		g.b.key = false
	} else {
		g.jKey("ip_address")
		g.jStrB(g.privateIP(g.w[:0]))
	}
	g.jClose('}')
	g.jClose('}')
}

// jsonGraphQL logs a GraphQL operation with inline arguments and variables.
func (g *gen) jsonGraphQL(phi bool) {
	ks := g.keyStyle([]int{0, 1})
	g.jOpen('{')
	g.jHeader()
	g.jKey("query")
	g.b.c('"')
	g.b.push(g.jm)
	if phi {
		g.b.w("query { patientSearch(")
		c := pick(g, catConcepts[pick(g, []string{"ssn", "mrn", "date", "name", "email", "phone"})])
		g.k = appendKey(g.k[:0], pick(g, c.keys), ks)
		g.b.wb(g.k)
		g.b.w(": \"")
		v, kind := g.value(c)
		g.b.key = true
		g.b.push(encQuote)
		g.b.phi(c.cat, kind, v)
		g.b.pop()
		g.b.key = false
		g.b.w("\") { id status } }")
	} else {
		g.b.w("query { claims(first: 20, status: PENDING) { id total } }")
	}
	g.b.pop()
	g.b.c('"')
	g.jKey("variables")
	g.jOpen('{')
	for _, c := range g.pickFields(phi && g.chance(0.5), 1, g.rng(0, 2)) {
		g.jConcept(c, ks)
	}
	g.jClose('}')
	g.jKey("operationName")
	g.jStr(pick(g, []string{"PatientSearch", "ClaimsList", "Eligibility"}))
	g.jClose('}')
}

// jsonDocker is Docker's json-file log driver: a text line inside "log".
func (g *gen) jsonDocker(phi bool) {
	g.jOpen('{')
	g.jKey("log")
	g.b.c('"')
	g.b.push(g.jm)
	g.textLine(phi)
	g.b.w("\n")
	g.b.pop()
	g.b.c('"')
	g.jKV("stream", pick(g, []string{"stdout", "stderr"}))
	g.jKey("time")
	g.jStrB(appendStamp(g.w[:0], g.now(), 11))
	g.jClose('}')
}
