package synth

// ASC X12 EDI (270/271 eligibility, 837 claims): segments end with ~,
// elements are separated by *. Names are split over NM1 elements, each
// labeled on its own.

func (g *gen) xe(cat, kind string, v []byte) {
	g.b.c('*')
	g.b.key = true
	g.b.phi(cat, kind, v)
	g.b.key = false
}

// xeIf writes an element, labeled when phi is set.
func (g *gen) xeIf(phi bool, cat, kind string, v []byte) {
	if phi {
		g.xe(cat, kind, v)
		return
	}
	g.b.c('*')
	g.b.wb(v)
}

func (g *gen) x12Date(t date) []byte { return appendDate(g.v[:0], t, dCompact) }

func (g *gen) x12Envelope() {
	g.b.w("ISA*00*          *00*          *ZZ*")
	g.b.w(pick(g, []string{"ACMEHEALTH     ", "CLEARINGHSE01  ", "SUBMITTER99    "}))
	g.b.w("*ZZ*")
	g.b.w(pick(g, []string{"PAYERGATEWAY   ", "RECEIVER01     "}))
	g.b.c('*')
	t := g.now()
	g.w = appendPad(appendPad(appendPad(g.w[:0], t.y%100, 2), t.m, 2), t.d, 2)
	g.b.wb(g.w)
	g.b.c('*')
	g.w = appendPad(appendPad(g.w[:0], t.hh, 2), t.mi, 2)
	g.b.wb(g.w)
	g.b.w("*^*00501*")
	g.noise(func(g *gen, d []byte) []byte { return appendDigits(g, d, 9) })
	g.b.w("*0*P*:~")
}

func (g *gen) x12Person(phi bool, qual string) {
	g.b.w("NM1*")
	g.b.w(qual)
	g.b.w("*1")
	if !phi {
		g.b.w("*****~")
		return
	}
	p := &g.pat
	if qual != "IL" && qual != "QC" {
		p = &g.oth
	}
	// A provider's loop (1P, 82, DN): a clinician, no patient's PHI.
	provider := qual == "1P" || qual == "82" || qual == "DN"
	g.v = appendCase(g.v[:0], p.last, true)
	g.xeIf(!provider, "name", "last_name", g.v)
	g.v = appendCase(g.v[:0], p.first, true)
	g.xeIf(!provider, "name", "first_name", g.v)
	// NM1-05 (middle name) stays empty: a lone initial is not worth a label.
	g.b.w("****")
	switch qual {
	case "1P", "82", "DN":
		g.b.w("XX")
		g.v = g.npi(g.v[:0])
		g.xe("license", "npi", g.v)
	default:
		g.b.w("MI")
		if g.chance(0.3) {
			g.v = g.mbi(g.v[:0])
			g.xe("health_plan", "mbi", g.v)
		} else {
			g.v = g.memberID(g.v[:0])
			g.xe("health_plan", "member_id", g.v)
		}
	}
	g.b.c('~')
}

func (g *gen) x12Segment(phi, subscriber bool) {
	if !phi {
		switch g.n(8) {
		case 0:
			g.x12Envelope()
		case 1:
			g.b.w("GS*HS*ACMEHEALTH*PAYERGW*")
			g.noise(func(g *gen, d []byte) []byte { return appendDate(d, g.dateIn(2025, 2026), dCompact) })
			g.b.w("*1422*")
			g.num(1, 9999)
			g.b.w("*X*005010X279A1~")
		case 2:
			g.b.w("ST*27")
			g.b.w(pick(g, []string{"0", "1"}))
			g.b.w("*")
			g.noise(func(g *gen, d []byte) []byte { return appendPad(d, g.rng(1, 9999), 4) })
			g.b.w("*005010X279A1~")
		case 3:
			g.b.w("HL*")
			g.num(1, 5)
			g.b.w("**2")
			g.num(0, 2)
			g.b.w("*1~")
		case 4:
			g.b.w("EQ*30~")
		case 5:
			g.b.w("NM1*PR*2*")
			g.w = appendCase(g.w[:0], pick(g, payers), true)
			g.b.wb(g.w)
			g.b.w("*****PI*")
			g.noise((*gen).fiveDigit)
			g.b.c('~')
		case 6:
			g.b.w("AAA*N**")
			g.b.w(pick(g, []string{"42", "72", "75", "79"}))
			g.b.w("*C~")
		default:
			g.b.w("SE*")
			g.num(5, 40)
			g.b.w("*0001~")
		}
		return
	}
	switch g.n(10) {
	case 0, 1, 2:
		// A patient's side: a provider's loop holds no PHI.
		if subscriber {
			g.x12Person(true, pick(g, []string{"IL", "IL", "QC", "IL", "QC"}))
		} else {
			g.x12Person(true, pick(g, []string{"QC", "IL", "IL"}))
		}
	case 3:
		g.b.w("N3")
		g.v = g.street(g.v[:0], false)
		g.xe("address", "street", g.v)
		if g.chance(0.3) {
			g.v = g.unit(g.v[:0])
			g.xe("address", "unit", g.v)
		}
		g.b.c('~')
	case 4:
		g.b.w("N4")
		g.xe("address", "city", appendCase(g.v[:0], pick(g, cities), g.chance(0.5)))
		g.b.c('*')
		g.b.w(pick(g, states))
		g.v = appendDigits(g, g.v[:0], pick(g, []int{5, 9}))
		g.xe("zip", "zip", g.v)
		g.b.c('~')
	case 5:
		g.b.w("DMG*D8")
		g.xe("date", "dob", g.x12Date(g.pat.dob))
		g.b.c('*')
		g.b.w(pick(g, []string{"F", "M", "U"}))
		g.b.c('~')
	case 6:
		g.b.w("REF*SY")
		g.v = appendDigits(g, g.v[:0], 0)
		g.v = g.ssnDigits(g.v)
		g.xe("ssn", "ssn", g.v)
		g.b.c('~')
	case 7:
		g.b.w("DTP*")
		g.b.w(pick(g, []string{"472", "435", "096"}))
		g.b.w("*D8")
		kind := "service_date"
		if g.chance(0.4) {
			kind = "admission_date"
		}
		g.xe("date", kind, g.x12Date(g.dateIn(2019, 2026)))
		g.b.c('~')
	case 8:
		g.b.w("PER*IC")
		g.v = appendCase(append(appendCase(g.v[:0], g.oth.first, true), ' '), g.oth.last, true)
		g.xe("name", "full_name", g.v)
		g.b.w("*TE")
		g.v = g.nanpCode(g.v[:0], true)
		g.v = g.nanpCode(g.v, false)
		g.v = appendDigits(g, g.v, 4)
		g.xe("phone", "phone", g.v)
		if g.chance(0.5) {
			g.b.w("*EM")
			g.v = g.email(g.v[:0], &g.oth)
			g.xe("email", "email", g.v)
		}
		g.b.c('~')
	default:
		g.b.w("CLM")
		g.v = g.hospitalAccount(g.v[:0])
		g.xe("account", "patient_account", g.v)
		g.b.c('*')
		g.num(25, 4000)
		g.b.w(".00***11:B:1*Y*A*Y*Y~")
	}
}

func genX12(g *gen, phi bool) {
	if g.chance(0.5) {
		g.x12Segment(phi, true)
		return
	}
	if g.chance(0.3) {
		g.textPrefix()
		g.b.w(pick(g, []string{"270 request: ", "271 received ", "837P batch ", "EDI parse failed: "}))
	}
	g.x12Envelope()
	g.b.w("GS*HS*ACMEHEALTH*PAYERGW*")
	g.noise(func(g *gen, d []byte) []byte { return appendDate(d, g.dateIn(2025, 2026), dCompact) })
	g.b.w("*1422*1*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*")
	g.noise(func(g *gen, d []byte) []byte { return appendDigits(g, d, 8) })
	g.b.c('*')
	g.noise(func(g *gen, d []byte) []byte { return appendDate(d, g.dateIn(2025, 2026), dCompact) })
	g.b.w("*1422~HL*1**20*1~NM1*PR*2*")
	g.w = appendCase(g.w[:0], pick(g, payers), true)
	g.b.wb(g.w)
	g.b.w("*****PI*")
	g.noise((*gen).fiveDigit)
	g.b.w("~HL*2*1*21*1~")
	g.x12Person(phi && g.chance(0.5), "1P")
	g.b.w("HL*3*2*22*0~")
	if phi {
		g.x12Person(true, "IL")
		for range g.rng(1, 4) {
			g.x12Segment(true, false)
		}
	} else {
		g.b.w("TRN*1*")
		g.noise(func(g *gen, d []byte) []byte { return appendDigits(g, d, 10) })
		g.b.w("*9877281234~")
	}
	g.b.w("EQ*30~SE*13*0001~GE*1*1~IEA*1*")
	g.noise(func(g *gen, d []byte) []byte { return appendDigits(g, d, 9) })
	g.b.c('~')
}
