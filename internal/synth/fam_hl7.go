package synth

// HL7 v2: segments in their standard field positions (PID-3 identifiers,
// PID-5 name, PID-7 birth date, PID-11 address, PID-13 phone, PID-19 SSN,
// PV1-7 attending (unlabeled: a clinician), PV1-44/45 admit/discharge, NK1,
// IN1, GT1), logged one segment a line or whole messages with the carriage
// returns written as \r, <CR> or \x0d.

var facilities = []string{"MAINHOSP", "STMARYS", "NORTHCLIN", "LAB01", "RADCTR", "EASTCAMPUS"}
var hl7Apps = []string{"EPIC", "CERNER", "MEDITECH", "LABSYS", "RIS", "PORTAL", "RHAPSODY", "MIRTH"}

func (g *gen) hPHI(cat, kind string, v []byte) {
	g.b.key = true
	g.b.push(encHL7)
	g.b.phi(cat, kind, v)
	g.b.pop()
	g.b.key = false
}

// hName writes FAMILY^GIVEN^MIDDLE as one name span.
func (g *gen) hName(p *person, upper bool) {
	g.b.key = true
	s := g.b.mark()
	g.hNameText(p, upper)
	g.b.label(s, "name", "full_name")
	g.b.key = false
}

// hNameText writes FAMILY^GIVEN^MIDDLE without a label.
func (g *gen) hNameText(p *person, upper bool) {
	g.b.push(encHL7)
	g.v = appendCase(g.v[:0], p.last, true)
	if !upper {
		g.v = append(g.v[:0], p.last...)
	}
	g.b.wb(g.v)
	g.b.pop()
	g.b.c('^')
	g.b.push(encHL7)
	g.v = appendCase(g.v[:0], p.first, true)
	if !upper {
		g.v = append(g.v[:0], p.first...)
	}
	g.b.wb(g.v)
	g.b.pop()
	if g.chance(0.5) {
		g.b.c('^')
		g.b.push(encHL7)
		switch {
		case g.chance(0.5):
			g.v = append(g.v[:0], p.middle[0])
		case upper:
			g.v = appendCase(g.v[:0], p.middle, true)
		default:
			g.v = append(g.v[:0], p.middle...)
		}
		g.b.wb(g.v)
		g.b.pop()
	}
}

// hAddr writes street^other^city^state^zip^country^type.
func (g *gen) hAddr() {
	g.v = g.street(g.v[:0], false)
	g.hPHI("address", "street", g.v)
	g.b.c('^')
	if g.chance(0.3) {
		g.v = g.unit(g.v[:0])
		g.hPHI("address", "unit", g.v)
	}
	g.b.c('^')
	g.hPHI("address", "city", []byte(pick(g, cities)))
	g.b.c('^')
	g.b.w(pick(g, states))
	g.b.c('^')
	g.v = g.zip(g.v[:0])
	g.hPHI("zip", "zip", g.v)
	if g.chance(0.7) {
		g.b.w("^USA^")
		g.b.w(pick(g, []string{"H", "M", "P"}))
	}
}

func (g *gen) hDate(t date, withTime bool) []byte {
	g.v = appendDate(g.v[:0], t, dCompact)
	if withTime {
		g.v = appendPad(appendPad(g.v, t.hh, 2), t.mi, 2)
		if g.chance(0.5) {
			g.v = appendPad(g.v, t.ss, 2)
		}
	}
	return g.v
}

func (g *gen) hTS() {
	t := g.now()
	g.w = appendPad(appendPad(appendPad(appendDate(g.w[:0], t.date, dCompact), t.hh, 2), t.mi, 2), t.ss, 2)
	g.b.wb(g.w)
}

// hFields writes fields 1..n of a segment, calling f for each position.
func (g *gen) hFields(name string, n int, f func(i int)) {
	g.b.w(name)
	for i := 1; i <= n; i++ {
		g.b.c('|')
		f(i)
	}
}

func (g *gen) segMSH() {
	g.b.w("MSH|^~\\&|")
	g.b.w(pick(g, hl7Apps))
	g.b.c('|')
	g.b.w(pick(g, facilities))
	g.b.c('|')
	g.b.w(pick(g, hl7Apps))
	g.b.c('|')
	g.b.w(pick(g, facilities))
	g.b.c('|')
	g.hTS()
	g.b.w("||")
	g.b.w(pick(g, []string{"ADT^A01^ADT_A01", "ADT^A04^ADT_A01", "ADT^A08^ADT_A01", "ORU^R01^ORU_R01", "ORM^O01", "SIU^S12", "DFT^P03", "ADT^A03^ADT_A03"}))
	g.b.c('|')
	g.noise(func(g *gen, d []byte) []byte {
		return appendDigits(g, append(d, pick(g, []string{"MSG", "", "Q"})...), g.rng(6, 10))
	})
	g.b.w("|P|")
	g.b.w(pick(g, []string{"2.3", "2.4", "2.5.1", "2.6"}))
}

func (g *gen) segPID() {
	upper := g.chance(0.7)
	has := func(p float64) bool { return g.chance(p) }
	g.hFields("PID", 30, func(i int) {
		switch i {
		case 1:
			g.b.c('1')
		case 3:
			g.v = g.mrn(g.v[:0])
			g.hPHI("mrn", "mrn", g.v)
			g.b.w("^^^")
			g.b.w(pick(g, facilities))
			g.b.w("^MR")
			if has(0.3) {
				g.b.c('~')
				g.v = g.ssn(g.v[:0])
				g.hPHI("ssn", "ssn", g.v)
				g.b.w("^^^USSSA^SS")
			}
		case 5:
			g.hName(&g.pat, upper)
			if has(0.3) {
				g.b.w("^^^^L")
			}
		case 6:
			if has(0.2) {
				m := pick(g, surnames)
				g.v = append(g.v[:0], m...)
				if upper {
					g.v = appendCase(g.v[:0], m, true)
				}
				g.hPHI("name", "maiden_name", g.v)
			}
		case 7:
			if has(0.85) {
				g.hPHI("date", "dob", g.hDate(g.pat.dob, g.chance(0.1)))
			}
		case 8:
			g.b.w(pick(g, []string{"F", "M", "U"}))
		case 10:
			if has(0.4) {
				g.b.w(pick(g, []string{"2106-3^White^HL70005", "2054-5^Black or African American^HL70005", "2028-9^Asian^HL70005"}))
			}
		case 11:
			if has(0.6) {
				g.hAddr()
			}
		case 13:
			if has(0.6) {
				g.v = g.phone(g.v[:0])
				g.hPHI("phone", "phone", g.v)
				if has(0.5) {
					g.b.w("^PRN^PH")
				}
				if has(0.3) {
					g.b.w("~^NET^Internet^")
					g.v = g.email(g.v[:0], &g.pat)
					g.hPHI("email", "email", g.v)
				}
			}
		case 14:
			if has(0.2) {
				g.v = g.phone(g.v[:0])
				g.hPHI("phone", "phone", g.v)
				g.b.w("^WPN^PH")
			}
		case 15:
			g.b.w(pick(g, []string{"ENG", "SPA", "", "VIE"}))
		case 16:
			g.b.w(pick(g, []string{"M", "S", "W", "D", ""}))
		case 18:
			if has(0.4) {
				g.v = g.hospitalAccount(g.v[:0])
				g.hPHI("account", "patient_account", g.v)
				if has(0.5) {
					g.b.w("^^^")
					g.b.w(pick(g, facilities))
					g.b.w("^AN")
				}
			}
		case 19:
			if has(0.5) {
				g.v = g.ssn(g.v[:0])
				g.hPHI("ssn", "ssn", g.v)
			}
		case 20:
			if has(0.2) {
				g.v = g.driversLicense(g.v[:0])
				g.hPHI("license", "drivers_license", g.v)
				g.b.c('^')
				g.b.w(pick(g, states))
			}
		case 23:
			if has(0.1) {
				g.hPHI("address", "city", []byte(pick(g, cities)))
			}
		case 29:
			if has(0.05) {
				g.hPHI("date", "death_date", g.hDate(g.dateIn(2018, 2026), true))
			}
		case 30:
			g.b.w(pick(g, []string{"N", "", ""}))
		}
	})
}

// hDoctor writes an attending doctor (PV1-7): NPI^FAMILY^GIVEN^...^DR. A
// clinician, in their work, is no patient's PHI: no label.
func (g *gen) hDoctor() {
	g.v = g.npi(g.v[:0])
	g.b.wb(g.v)
	g.b.c('^')
	g.hNameText(&g.oth, true)
	g.b.w("^^^DR^^^NPI")
}

func (g *gen) segPV1(phi bool) {
	g.hFields("PV1", 45, func(i int) {
		switch i {
		case 1:
			g.b.c('1')
		case 2:
			g.b.w(pick(g, []string{"I", "O", "E", "P"}))
		case 3:
			g.b.w(pick(g, []string{"4E^412^B^MAINHOSP", "ICU^07^A", "ED^HALL2^^EASTCAMPUS", "MED^220^1"}))
		case 4:
			g.b.w(pick(g, []string{"E", "R", "U", ""}))
		case 7:
			if phi && g.chance(0.6) {
				g.hDoctor()
			}
		case 10:
			g.b.w(pick(g, []string{"MED", "SUR", "CAR", "ONC"}))
		case 18:
			g.b.w(pick(g, []string{"IP", "OP", "ER"}))
		case 44:
			if phi && g.chance(0.7) {
				g.hPHI("date", "admission_date", g.hDate(g.dateIn(2019, 2026), true))
			}
		case 45:
			if phi && g.chance(0.4) {
				g.hPHI("date", "discharge_date", g.hDate(g.dateIn(2019, 2026), true))
			}
		}
	})
}

func (g *gen) segNK1() {
	g.hFields("NK1", 7, func(i int) {
		switch i {
		case 1:
			g.b.c('1')
		case 2:
			g.hName(&g.oth, g.chance(0.6))
		case 3:
			g.b.w(pick(g, []string{"SPO^Spouse^HL70063", "PAR^Parent^HL70063", "CHD^Child^HL70063", "GRD^Guardian^HL70063", "FND^Friend^HL70063"}))
		case 4:
			if g.chance(0.5) {
				g.hAddr()
			}
		case 5:
			g.v = g.phone(g.v[:0])
			g.hPHI("phone", "phone", g.v)
		case 7:
			g.b.w("EC^Emergency Contact^HL70131")
		}
	})
}

func (g *gen) segIN1() {
	g.hFields("IN1", 49, func(i int) {
		switch i {
		case 1:
			g.b.c('1')
		case 2:
			g.b.w(pick(g, []string{"PPO500", "HMO1", "MCRB", "GOLD"}))
		case 3:
			g.noise((*gen).fiveDigit)
		case 4:
			g.b.w(pick(g, payers))
		case 15:
			g.b.w(pick(g, []string{"C1", "MC", "HM", ""}))
		case 16:
			g.hName(&g.pat, true)
		case 17:
			g.b.w(pick(g, []string{"SEL", "01", "SPO", "CHD"}))
		case 18:
			if g.chance(0.7) {
				g.hPHI("date", "dob", g.hDate(g.pat.dob, false))
			}
		case 19:
			if g.chance(0.4) {
				g.hAddr()
			}
		case 36:
			g.v = g.memberID(g.v[:0])
			g.hPHI("health_plan", "member_id", g.v)
		case 49:
			if g.chance(0.5) {
				if g.chance(0.5) {
					g.v = g.mbi(g.v[:0])
					g.hPHI("health_plan", "mbi", g.v)
				} else {
					g.v = g.memberID(g.v[:0])
					g.hPHI("health_plan", "member_id", g.v)
				}
			}
		}
	})
}

func (g *gen) segGT1() {
	g.hFields("GT1", 12, func(i int) {
		switch i {
		case 1:
			g.b.c('1')
		case 2:
			g.v = g.hospitalAccount(g.v[:0])
			g.hPHI("account", "guarantor_number", g.v)
		case 3:
			g.hName(&g.oth, g.chance(0.6))
		case 5:
			if g.chance(0.6) {
				g.hAddr()
			}
		case 6:
			if g.chance(0.7) {
				g.v = g.phone(g.v[:0])
				g.hPHI("phone", "phone", g.v)
			}
		case 8:
			if g.chance(0.6) {
				g.hPHI("date", "dob", g.hDate(g.oth.dob, false))
			}
		case 9:
			g.b.w(pick(g, []string{"F", "M"}))
		case 10:
			g.b.c('P')
		case 11:
			g.b.w(pick(g, []string{"SPO", "SEL", "PAR"}))
		case 12:
			if g.chance(0.6) {
				g.v = g.ssn(g.v[:0])
				g.hPHI("ssn", "ssn", g.v)
			}
		}
	})
}

func (g *gen) segOBXPhoto() {
	g.b.w("OBX|")
	g.num(1, 9)
	g.b.w("|ED|PHOTO^Patient photograph^L||^IM^JPEG^Base64^")
	k := &photoKinds[0]
	g.v = g.blob(g.v[:0], k)
	g.hPHI("photo", k.kind, g.v)
	g.b.w("||||||F")
}

var obxTests = []string{"2345-7^Glucose^LN||105|mg/dL|70-99|H", "718-7^Hemoglobin^LN||13.2|g/dL|12.0-16.0|N", "2160-0^Creatinine^LN||0.9|mg/dL|0.6-1.2|N", "4548-4^Hemoglobin A1c^LN||7.1|%|4.0-5.6|H", "8480-6^Systolic BP^LN||128|mm[Hg]||N"}

func (g *gen) segNoise() {
	switch g.n(7) {
	case 0:
		g.segMSH()
	case 1:
		g.b.w("EVN|")
		g.b.w(pick(g, []string{"A01", "A04", "A08", "A03"}))
		g.b.c('|')
		g.hTS()
	case 2:
		g.b.w("OBX|")
		g.num(1, 12)
		g.b.w("|NM|")
		g.b.w(pick(g, obxTests))
		g.b.w("|||F")
	case 3:
		g.b.w("DG1|1||")
		g.b.w(pick(g, icd10))
		g.b.w("^^I10|||A")
	case 4:
		g.b.w("AL1|1|DA|")
		g.b.w(pick(g, []string{"7980^Penicillin^RXNORM|SV|Hives", "2670^Codeine^RXNORM|MO|Nausea", "1191^Aspirin^RXNORM|MI|Rash"}))
	case 5:
		g.b.w("MSA|AA|")
		g.noise(func(g *gen, d []byte) []byte { return appendDigits(g, d, 9) })
	default:
		g.segPV1(false)
	}
}

func (g *gen) segPHI(pid bool) {
	w := []int{40, 14, 12, 14, 12, 3}
	if !pid {
		w[0] = 0
	}
	switch g.weighted(w) {
	case 0:
		g.segPID()
	case 1:
		g.segPV1(true)
	case 2:
		g.segNK1()
	case 3:
		g.segIN1()
	case 4:
		g.segGT1()
	default:
		g.segOBXPhoto()
	}
}

func genHL7(g *gen, phi bool) {
	switch g.weighted([]int{55, 30, 15}) {
	case 0:
		if phi {
			g.segPHI(true)
		} else {
			g.segNoise()
		}
		return
	case 2:
		g.textPrefix()
		g.b.w(pick(g, []string{"HL7 inbound: ", "MLLP received ", "sending ACK for ", "parse error in message: ", "routing "}))
	}
	sep := pick(g, []string{`\r`, `\r`, "<CR>", `\x0d`, " ", `\n`})
	g.segMSH()
	g.b.w(sep)
	if g.chance(0.5) {
		g.b.w("EVN|A0")
		g.num(1, 8)
		g.b.c('|')
		g.hTS()
		g.b.w(sep)
	}
	if phi {
		g.segPID()
		for range g.n(3) {
			g.b.w(sep)
			g.segPHI(false)
		}
	} else {
		for range g.rng(1, 3) {
			g.segNoise()
			g.b.w(sep)
		}
		g.b.w("OBX|1|NM|")
		g.b.w(pick(g, obxTests))
		g.b.w("|||F")
	}
}
