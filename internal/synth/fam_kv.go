package synth

// "Key: value" text: intake forms, e-mail bodies, ticket exports, CSV-ish
// rows written by ETL jobs.

// kvAliases are hand-written labels (with #, dots and abbreviations) that a
// naming convention cannot produce.
var kvAliases = map[string][]string{
	"ssn":           {"SSN#", "SS#", "Soc Sec #", "S.S.N.", "Social Sec. No."},
	"mrn":           {"MRN#", "MR#", "Chart #", "Med Rec #", "Acct/MRN"},
	"phone":         {"Ph#", "Tel.", "Phone #", "Cell #", "H/P"},
	"fax":           {"Fax #", "Fx", "FAX#"},
	"dl":            {"DL#", "D/L #", "Lic#", "Driver Lic."},
	"card":          {"Card #", "CC#", "Acct (card)"},
	"member":        {"Member #", "Policy #", "ID#", "Ins ID", "Subscr #"},
	"dob":           {"D.O.B.", "DOB", "Birthdate", "B/D"},
	"full_name":     {"Pt Name", "Patient", "Name (Last, First)", "Pt"},
	"street":        {"Addr", "Street Addr.", "Res. Address"},
	"zip":           {"Zip/Postal", "ZIP+4"},
	"email":         {"E-mail", "Email Addr."},
	"vin":           {"VIN#", "Vehicle ID #"},
	"service":       {"D.O.S.", "DOS", "Svc Date"},
	"admit":         {"Adm. Date", "Admit Dt"},
	"npi":           {"NPI#", "Prov NPI"},
	"age":           {"Age", "Yrs"},
	"imei":          {"IMEI#"},
	"device_serial": {"S/N", "Serial #"},
}

func genKV(g *gen, phi bool) {
	if phi && g.chance(0.1) {
		g.csvRow()
		return
	}
	if g.chance(0.1) {
		g.dump(phi)
		return
	}
	switch g.n(4) {
	case 0:
		g.stamp(pick(g, []int{0, 2, 4}))
		g.b.c(' ')
	case 1:
		g.b.w(pick(g, []string{"Intake form: ", "Patient record - ", "[form-submit] ", "Ticket #", "Fax cover sheet | ", "Referral: ", "Message body: "}))
		if g.b.buf[len(g.b.buf)-1] == '#' {
			g.num(10000, 999999)
			g.b.w(" - ")
		}
	}
	ks := g.keyStyle(kvStyleW)
	kvSep := pick(g, []string{": ", ": ", ":", " = ", " => ", ":\t", " - "})
	pairSep := pick(g, []string{", ", " | ", "; ", "  ", "\t", " / ", " | "})
	for i, c := range g.pickFields(phi, g.nPHI()+g.n(2), g.rng(0, 3)) {
		if i > 0 {
			g.b.w(pairSep)
		}
		if a, ok := kvAliases[c.id]; ok && g.chance(0.35) {
			g.b.w(pick(g, a))
		} else {
			g.k = appendKey(g.k[:0], pick(g, c.keys), ks)
			g.b.wb(g.k)
		}
		g.b.w(kvSep)
		v, kind := g.value(c)
		if c.cat == "" {
			g.b.wb(v)
			continue
		}
		g.b.key = true
		g.b.phi(c.cat, kind, v)
		g.b.key = false
	}
	if phi && g.chance(0.3) {
		g.b.w(pairSep)
		g.b.w(pick(g, []string{"Notes", "Comment", "NOTE", "Reason for visit", "Details", "remarks"}))
		g.b.w(kvSep)
		g.render(pick(g, phiTemplates))
	}
}

// csvRow writes a rejected row from a bulk import: values without keys,
// recognisable by their shape and by each other.
func (g *gen) csvRow() {
	g.b.w(pick(g, []string{"rejected row ", "import error at line ", "skipping record ", "bad row "}))
	g.num(2, 50000)
	g.b.w(pick(g, []string{": ", " (invalid zip): ", " - duplicate: ", ": "}))
	quote := g.chance(0.4)
	sep := pick(g, []string{",", ",", "|", "\t", ";"})
	field := func(cat, kind string, v []byte, first bool) {
		if !first {
			g.b.w(sep)
		}
		if quote {
			g.b.c('"')
			g.b.push(encCSV)
		}
		if cat == "" {
			g.b.wb(v)
		} else {
			g.b.phi(cat, kind, v)
		}
		if quote {
			g.b.pop()
			g.b.c('"')
		}
	}
	g.w = appendHex(g, append(g.w[:0], pick(g, []string{"r_", "imp-", "", "row"})...), 8)
	field("", "", g.w, true)
	field("name", "last_name", []byte(g.pat.last), false)
	field("name", "first_name", []byte(g.pat.first), false)
	g.v = appendDate(g.v[:0], g.pat.dob, pick(g, []int{dISO, dUS, dUSShort}))
	field("date", "dob", g.v, false)
	if g.chance(0.5) {
		g.v = g.ssn(g.v[:0])
		field("ssn", "ssn", g.v, false)
	}
	if g.chance(0.6) {
		g.v = g.phone(g.v[:0])
		field("phone", "phone", g.v, false)
	}
	if g.chance(0.4) {
		g.v = g.email(g.v[:0], &g.pat)
		field("email", "email", g.v, false)
	}
	if g.chance(0.4) {
		g.v = g.street(g.v[:0], false)
		field("address", "street", g.v, false)
		field("address", "city", []byte(pick(g, cities)), false)
		field("", "", []byte(pick(g, states)), false)
		g.v = g.zip(g.v[:0])
		field("zip", "zip", g.v, false)
	}
	field("", "", []byte(pick(g, []string{"ACTIVE", "PENDING", "TERM", "A", "I"})), false)
}
