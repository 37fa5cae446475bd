package synth

// FHIR R4 resources as they appear in gateway and audit logs.

func (g *gen) jsonFHIR(phi bool) {
	if !phi {
		g.fhirNoise()
		return
	}
	switch g.weighted([]int{45, 12, 10, 8, 10, 15}) {
	case 0:
		g.fhirPatient()
	case 1:
		g.fhirCoverage()
	case 2:
		g.fhirPractitioner()
	case 3:
		g.fhirRelated()
	case 4:
		g.fhirOutcome()
	default:
		g.jOpen('{')
		g.jKV("resourceType", "Bundle")
		g.jKV("type", pick(g, []string{"searchset", "transaction", "collection"}))
		g.jKey("total")
		g.b.c('1')
		g.jKey("entry")
		g.jOpen('[')
		g.jComma()
		g.jOpen('{')
		g.jKey("fullUrl")
		g.b.c('"')
		g.b.push(g.jm)
		g.b.w("https://fhir.acme-health.example/R4/Patient/")
		g.noise((*gen).uuid)
		g.b.pop()
		g.b.c('"')
		g.jKey("resource")
		g.fhirPatient()
		g.jClose('}')
		g.jClose(']')
		g.jClose('}')
	}
}

func (g *gen) jPHIKey(k, cat, kind string, v []byte) {
	g.jKey(k)
	g.b.key = true
	g.jPHI(cat, kind, v)
	g.b.key = false
}

func (g *gen) fhirName(p *person) {
	g.jOpen('{')
	g.jKV("use", pick(g, []string{"official", "usual", "maiden", "nickname"}))
	if g.chance(0.25) {
		g.v = appendName(g.v[:0], p, pick(g, []int{nameFirstLast, nameFirstMiddleLast}))
		g.jPHIKey("text", "name", "full_name", g.v)
	}
	g.jPHIKey("family", "name", "last_name", []byte(p.last))
	g.jKey("given")
	g.jOpen('[')
	g.b.key = true
	g.jComma()
	g.jPHI("name", "first_name", []byte(p.first))
	if g.chance(0.4) {
		g.jComma()
		g.jPHI("name", "middle_name", []byte(p.middle))
	}
	g.b.key = false
	g.jClose(']')
	if g.chance(0.15) {
		g.jKey("prefix")
		g.jOpen('[')
		g.jComma()
		g.jStr(pick(g, titles))
		g.jClose(']')
	}
	g.jClose('}')
}

func (g *gen) fhirTelecom(p *person) {
	g.jKey("telecom")
	g.jOpen('[')
	for range g.rng(1, 3) {
		g.jComma()
		g.jOpen('{')
		sys := pick(g, []string{"phone", "phone", "email", "fax", "sms", "url"})
		g.jKV("system", sys)
		switch sys {
		case "email":
			g.v = g.email(g.v[:0], p)
			g.jPHIKey("value", "email", "email", g.v)
		case "fax":
			g.v = g.phone(g.v[:0])
			g.jPHIKey("value", "fax", "fax", g.v)
		case "url":
			g.v = g.profileURL(g.v[:0], p)
			g.jPHIKey("value", "url", "profile_url", g.v)
		default:
			g.v = g.phone(g.v[:0])
			g.jPHIKey("value", "phone", "phone", g.v)
		}
		g.jKV("use", pick(g, []string{"home", "work", "mobile", "temp"}))
		g.jClose('}')
	}
	g.jClose(']')
}

func (g *gen) fhirAddress() {
	g.jKey("address")
	g.jOpen('[')
	g.jComma()
	g.jOpen('{')
	g.jKV("use", pick(g, []string{"home", "work", "billing", "temp"}))
	g.jKey("line")
	g.jOpen('[')
	g.b.key = true
	g.jComma()
	g.v = g.street(g.v[:0], false)
	g.jPHI("address", "street", g.v)
	if g.chance(0.3) {
		g.jComma()
		g.v = g.unit(g.v[:0])
		g.jPHI("address", "unit", g.v)
	}
	g.b.key = false
	g.jClose(']')
	g.jPHIKey("city", "address", "city", []byte(pick(g, cities)))
	if g.chance(0.2) {
		g.jPHIKey("district", "address", "county", []byte(pick(g, counties)))
	}
	g.jKV("state", pick(g, states))
	g.v = g.zip(g.v[:0])
	g.jPHIKey("postalCode", "zip", "zip", g.v)
	g.jKV("country", pick(g, []string{"US", "USA"}))
	g.jClose('}')
	g.jClose(']')
}

type fhirIdent struct {
	system, typ, cat, kind string
	f                      func(*gen, []byte) []byte
}

var fhirIdents = []fhirIdent{
	{"urn:oid:1.2.36.146.595.217.0.1", "MR", "mrn", "mrn", (*gen).mrn},
	{"http://hospital.acme-health.example/mrn", "MR", "mrn", "mrn", (*gen).mrn},
	{"http://hl7.org/fhir/sid/us-ssn", "SS", "ssn", "ssn", (*gen).ssn},
	{"http://hl7.org/fhir/sid/us-mbi", "MC", "health_plan", "mbi", (*gen).mbi},
	{"urn:oid:2.16.840.1.113883.4.3.6", "DL", "license", "drivers_license", (*gen).driversLicense},
	{"http://hl7.org/fhir/sid/passport-USA", "PPN", "other_id", "passport", (*gen).passport},
	{"https://payer.example/member-id", "MB", "health_plan", "member_id", (*gen).memberID},
}

func (g *gen) fhirIdentifiers(n int) {
	g.jKey("identifier")
	g.jOpen('[')
	for i := range n {
		id := fhirIdents[g.n(len(fhirIdents))]
		if i == 0 {
			id = fhirIdents[g.n(2)]
		}
		g.jComma()
		g.jOpen('{')
		if g.chance(0.5) {
			g.jKV("use", pick(g, []string{"usual", "official", "secondary"}))
		}
		if g.chance(0.6) {
			g.jKey("type")
			g.jOpen('{')
			g.jKey("coding")
			g.jOpen('[')
			g.jComma()
			g.jOpen('{')
			g.jKV("system", "http://terminology.hl7.org/CodeSystem/v2-0203")
			g.jKV("code", id.typ)
			g.jClose('}')
			g.jClose(']')
			g.jClose('}')
		}
		g.jKV("system", id.system)
		g.v = id.f(g, g.v[:0])
		g.jPHIKey("value", id.cat, id.kind, g.v)
		g.jClose('}')
	}
	g.jClose(']')
}

func (g *gen) fhirPatient() {
	p := &g.pat
	g.jOpen('{')
	g.jKV("resourceType", "Patient")
	g.jKey("id")
	g.jStrB(g.uuid(g.w[:0]))
	if g.chance(0.4) {
		g.jKey("meta")
		g.jOpen('{')
		g.jKey("versionId")
		g.jStrB(appendInt(g.w[:0], g.rng(1, 9)))
		g.jKey("lastUpdated")
		g.jStrB(appendStamp(g.w[:0], g.now(), 1))
		g.jClose('}')
	}
	if g.chance(0.7) {
		g.fhirIdentifiers(g.rng(1, 3))
	}
	g.jKey("active")
	g.b.w("true")
	g.jKey("name")
	g.jOpen('[')
	g.jComma()
	g.fhirName(p)
	g.jClose(']')
	if g.chance(0.6) {
		g.fhirTelecom(p)
	}
	g.jKV("gender", pick(g, []string{"female", "male", "other", "unknown"}))
	if g.chance(0.8) {
		g.v = appendDate(g.v[:0], p.dob, dISO)
		g.jPHIKey("birthDate", "date", "dob", g.v)
	}
	if g.chance(0.08) {
		g.v = appendDate(g.v[:0], g.dateIn(2018, 2026), dISOTime)
		g.jPHIKey("deceasedDateTime", "date", "death_date", g.v)
	}
	if g.chance(0.5) {
		g.fhirAddress()
	}
	if g.chance(0.08) {
		g.jKey("photo")
		g.jOpen('[')
		g.jComma()
		g.jOpen('{')
		k := &photoKinds[g.n(2)]
		g.jKV("contentType", k.mime)
		g.v = g.blob(g.v[:0], k)
		g.jPHIKey("data", "photo", k.kind, g.v)
		g.jClose('}')
		g.jClose(']')
	}
	if g.chance(0.2) {
		g.jKey("contact")
		g.jOpen('[')
		g.jComma()
		g.jOpen('{')
		g.jKey("relationship")
		g.b.w(`[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0131","code":"C"}]}]`)
		g.jKey("name")
		g.fhirName(&g.oth)
		g.fhirTelecom(&g.oth)
		g.jClose('}')
		g.jClose(']')
	}
	g.jClose('}')
}

func (g *gen) fhirCoverage() {
	g.jOpen('{')
	g.jKV("resourceType", "Coverage")
	g.jKey("id")
	g.jStrB(g.uuid(g.w[:0]))
	g.jKV("status", "active")
	g.v = g.memberID(g.v[:0])
	g.jPHIKey("subscriberId", "health_plan", "member_id", g.v)
	g.jKey("beneficiary")
	g.jOpen('{')
	g.jKey("reference")
	g.jStrB(g.uuid(append(g.w[:0], "Patient/"...)))
	if g.chance(0.6) {
		g.v = appendName(g.v[:0], &g.pat, nameFirstLast)
		g.jPHIKey("display", "name", "full_name", g.v)
	}
	g.jClose('}')
	if g.chance(0.5) {
		g.fhirIdentifiers(1)
	}
	g.jKey("payor")
	g.jOpen('[')
	g.jComma()
	g.jOpen('{')
	g.jKV("display", pick(g, payers))
	g.jClose('}')
	g.jClose(']')
	g.jClose('}')
}

func (g *gen) fhirPractitioner() {
	g.jOpen('{')
	g.jKV("resourceType", "Practitioner")
	g.jKey("identifier")
	g.jOpen('[')
	g.jComma()
	g.jOpen('{')
	g.jKV("system", "http://hl7.org/fhir/sid/us-npi")
	g.v = g.npi(g.v[:0])
	g.jPHIKey("value", "license", "npi", g.v)
	g.jClose('}')
	{ // the DEA number, which is reported: a clinician's line carries PHI only so
		g.jComma()
		g.jOpen('{')
		g.jKV("system", "urn:oid:2.16.840.1.113883.4.814")
		g.v = g.dea(g.v[:0], &g.oth)
		g.jPHIKey("value", "license", "dea", g.v)
		g.jClose('}')
	}
	g.jClose(']')
	g.b.clinician = true // a Practitioner's name and numbers: a clinician's, in their work
	g.jKey("name")
	g.jOpen('[')
	g.jComma()
	g.fhirName(&g.oth)
	g.jClose(']')
	if g.chance(0.4) {
		g.fhirTelecom(&g.oth)
	}
	g.b.clinician = false
	g.jClose('}')
}

func (g *gen) fhirRelated() {
	g.jOpen('{')
	g.jKV("resourceType", "RelatedPerson")
	g.jKey("patient")
	g.jOpen('{')
	g.jKey("reference")
	g.jStrB(g.uuid(append(g.w[:0], "Patient/"...)))
	g.jClose('}')
	g.jKey("name")
	g.jOpen('[')
	g.jComma()
	g.fhirName(&g.oth)
	g.jClose(']')
	g.fhirTelecom(&g.oth)
	if g.chance(0.5) {
		g.fhirAddress()
	}
	g.jClose('}')
}

func (g *gen) fhirOutcome() {
	g.jOpen('{')
	g.jKV("resourceType", "OperationOutcome")
	g.jKey("issue")
	g.jOpen('[')
	g.jComma()
	g.jOpen('{')
	g.jKV("severity", "error")
	g.jKV("code", pick(g, []string{"processing", "duplicate", "invalid", "not-found"}))
	g.jKey("diagnostics")
	g.b.c('"')
	g.b.push(g.jm)
	g.render(pick(g, phiTemplates))
	g.b.pop()
	g.b.c('"')
	g.jClose('}')
	g.jClose(']')
	g.jClose('}')
}

func (g *gen) fhirNoise() {
	g.jOpen('{')
	switch g.n(3) {
	case 0:
		g.jKV("resourceType", "Observation")
		g.jKey("id")
		g.jStrB(g.uuid(g.w[:0]))
		g.jKV("status", "final")
		g.jKey("code")
		g.b.w(`{"coding":[{"system":"http://loinc.org","code":"`)
		g.b.w(pick(g, []string{"2345-7", "718-7", "4548-4", "8480-6"}))
		g.b.w(`"}]}`)
		g.jKey("subject")
		g.jOpen('{')
		g.jKey("reference")
		g.jStrB(g.uuid(append(g.w[:0], "Patient/"...)))
		g.jClose('}')
		g.jKey("valueQuantity")
		g.jOpen('{')
		g.jKey("value")
		g.num(1, 300)
		g.jKV("unit", pick(g, []string{"mg/dL", "g/dL", "%", "mm[Hg]"}))
		g.jClose('}')
	case 1:
		g.jKV("resourceType", "CapabilityStatement")
		g.jKV("status", "active")
		g.jKey("date")
		g.jStrB(g.nonPersonDate(g.w[:0]))
		g.jKV("fhirVersion", "4.0.1")
		g.jKey("software")
		g.jOpen('{')
		g.jKV("name", "acme-fhir")
		g.jKey("version")
		g.jStrB(g.version(g.w[:0]))
		g.jClose('}')
	default:
		g.jKV("resourceType", "Bundle")
		g.jKV("type", "searchset")
		g.jKey("total")
		g.b.c('0')
		g.jKey("link")
		g.b.w(`[{"relation":"self","url":"https://fhir.acme-health.example/R4/Patient?_count=50&_lastUpdated=gt`)
		g.noise(func(g *gen, d []byte) []byte { return appendDate(d, g.dateIn(2024, 2026), dISO) })
		g.b.w(`"}]`)
	}
	g.jClose('}')
}
