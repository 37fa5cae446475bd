package synth

// XML: element-per-field records, attributes, HL7 CDA fragments and SOAP
// envelopes, on one line as loggers print them.

// appendXMLName makes a key usable as an element or attribute name.
func appendXMLName(d []byte, k []byte) []byte {
	s := len(d)
	for _, c := range k {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_', c == '-', c == '.':
			d = append(d, c)
		default:
			d = append(d, '_')
		}
	}
	if len(d) == s || !(d[s] >= 'a' && d[s] <= 'z' || d[s] >= 'A' && d[s] <= 'Z' || d[s] == '_') {
		d = append(d[:s], append([]byte("f_"), d[s:]...)...)
	}
	return d
}

func (g *gen) xVal(c *concept) {
	v, kind := g.value(c)
	g.b.push(encXML)
	if c.cat == "" {
		g.b.wb(v)
	} else {
		g.b.key = true
		g.b.phi(c.cat, kind, v)
		g.b.key = false
	}
	g.b.pop()
}

func genXML(g *gen, phi bool) {
	if g.chance(0.3) {
		g.textPrefix()
		g.b.w(pick(g, []string{"outbound SOAP: ", "response body=", "CDA section: ", "payload ", "eligibility reply "}))
	}
	if phi && g.chance(0.25) {
		g.cdaPatient()
		return
	}
	ks := g.keyStyle(xmlStyleW)
	root := pick(g, []string{"Patient", "Member", "EligibilityRequest", "Subscriber", "Registration", "record", "patient"})
	soap := g.chance(0.25)
	if soap {
		g.b.w(`<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>`)
	}
	fs := g.pickFields(phi, g.nPHI(), g.rng(1, 3))
	if g.chance(0.3) {
		// attributes
		g.b.c('<')
		g.b.w(root)
		for _, c := range fs {
			g.b.c(' ')
			g.k = appendKey(g.k[:0], pick(g, c.keys), ks)
			g.xk = appendXMLName(g.xk[:0], g.k)
			g.b.wb(g.xk)
			g.b.w(`="`)
			g.xVal(c)
			g.b.c('"')
		}
		g.b.w("/>")
	} else {
		g.b.c('<')
		g.b.w(root)
		if g.chance(0.3) {
			g.b.w(` xmlns="urn:acme:ehr:v2"`)
		}
		g.b.c('>')
		for _, c := range fs {
			g.k = appendKey(g.k[:0], pick(g, c.keys), ks)
			g.xk = appendXMLName(g.xk[:0], g.k)
			g.b.c('<')
			g.b.wb(g.xk)
			g.b.c('>')
			g.xVal(c)
			g.b.w("</")
			g.b.wb(g.xk)
			g.b.c('>')
		}
		g.b.w("</")
		g.b.w(root)
		g.b.c('>')
	}
	if soap {
		g.b.w("</soap:Body></soap:Envelope>")
	}
}

// cdaPatient writes an HL7 CDA recordTarget.
func (g *gen) cdaPatient() {
	p := &g.pat
	g.b.w(`<recordTarget><patientRole><id root="2.16.840.1.113883.19.5" extension="`)
	g.v = g.mrn(g.v[:0])
	g.xPHI("mrn", "mrn", g.v)
	g.b.w(`"/>`)
	if g.chance(0.4) {
		g.b.w(`<id root="2.16.840.1.113883.4.1" extension="`)
		g.v = g.ssn(g.v[:0])
		g.xPHI("ssn", "ssn", g.v)
		g.b.w(`"/>`)
	}
	if g.chance(0.6) {
		g.b.w(`<addr use="HP"><streetAddressLine>`)
		g.v = g.street(g.v[:0], false)
		g.xPHI("address", "street", g.v)
		g.b.w(`</streetAddressLine><city>`)
		g.xPHI("address", "city", []byte(pick(g, cities)))
		g.b.w(`</city><state>`)
		g.b.w(pick(g, states))
		g.b.w(`</state><postalCode>`)
		g.v = g.zip(g.v[:0])
		g.xPHI("zip", "zip", g.v)
		g.b.w(`</postalCode></addr>`)
	}
	if g.chance(0.6) {
		g.b.w(`<telecom use="HP" value="tel:`)
		g.v = g.phone(g.v[:0])
		g.xPHI("phone", "phone", g.v)
		g.b.w(`"/>`)
	}
	if g.chance(0.3) {
		g.b.w(`<telecom value="mailto:`)
		g.v = g.email(g.v[:0], p)
		g.xPHI("email", "email", g.v)
		g.b.w(`"/>`)
	}
	g.b.w(`<patient><name><given>`)
	g.xPHI("name", "first_name", []byte(p.first))
	g.b.w(`</given><family>`)
	g.xPHI("name", "last_name", []byte(p.last))
	g.b.w(`</family></name><administrativeGenderCode code="`)
	g.b.w(pick(g, []string{"F", "M", "UN"}))
	g.b.w(`" codeSystem="2.16.840.1.113883.5.1"/><birthTime value="`)
	g.v = appendDate(g.v[:0], p.dob, dCompact)
	g.xPHI("date", "dob", g.v)
	g.b.w(`"/></patient></patientRole></recordTarget>`)
}

func (g *gen) xPHI(cat, kind string, v []byte) {
	g.b.key = true
	g.b.push(encXML)
	g.b.phi(cat, kind, v)
	g.b.pop()
	g.b.key = false
}
