package detectors

import "strings"

// The built-in key vocabulary: the words of real log keys, HL7 v2 field
// names and FHIR element names, as tokens of NormalizeKey.

type wordSet map[string]bool

func words(ws ...string) wordSet {
	s := make(wordSet, len(ws))
	for _, w := range ws {
		s[w] = true
	}
	return s
}

var (
	// idWords name an identifier when they follow a subject: "member_id".
	idWords = words("id", "ids", "number", "num", "no", "nbr", "nr", "identifier", "ident", "code", "key", "ref", "dfn")

	// flagFirst are first words of keys about a value, not holding it: "has_ssn".
	flagFirst = words("is", "has", "have", "should", "can", "allow", "allowed", "enable", "enabled", "use",
		"show", "hide", "mask", "redact", "validate", "verify", "require", "needs", "num", "count", "total",
		"max", "min", "avg", "invalid", "valid", "missing", "no")

	// flagLast are last words of keys about a value: "ssn_verified".
	flagLast = words("count", "cnt", "total", "len", "length", "size", "type", "types", "kind", "status",
		"flag", "flags", "flg", "ind", "indicator", "yn", "enabled", "valid", "validated", "verified", "verification", "present", "exists", "rejected",
		"required", "format", "hash", "hashed", "masked", "redacted", "encrypted", "error", "errors", "err",
		"reason", "result", "source", "version", "config", "field", "fields", "index", "idx",
		"ms", "millis", "seconds", "sec", "duration", "latency", "rate", "ratio", "pct", "percent", "score",
		"level", "schema", "changed", "match", "matched", "mismatch", "check", "checked", "attempts",
		"retries", "label", "header", "param", "params", "column", "col", "regex", "pattern", "prefix",
		"visibility", "consent", "permission", "scope", "provided", "limit", "threshold", "eligible",
		"brand", "issuer", "network", "mode", "policy_type", "state", "region", "country", "last4", "bucket",
		"sent", "opened", "bounced", "domain", "provider", "preference", "optin", "opt", "lookup", "year", "yr",
		"merge", "sync", "job", "batch", "task", "worker", "queue", "export", "import", "loader", "feed", "pipeline") // a job's name: "LHS_Nightly_MPI_Merge"

	// checkedWords end keys that hold what a person gave or what was
	// checked, as often as a flag about it: "dob_verified", "dob_provided".
	checkedWords = words("verified", "confirmed", "validated", "provided", "supplied", "submitted", "entered", "stated",
		"reported", "claimed", "typed", "attested")

	// personWords are subjects whose names and IDs are PHI.
	personWords = words("patient", "pt", "pat", "member", "mbr", "subscriber", "subscr", "sbscr", "sbscrbr", "insured", "guarantor",
		"gt", "beneficiary", "bene", "person", "individual", "customer", "cust", "client", "contact",
		"emergency", "kin", "nok", "spouse", "mother", "father", "parent", "guardian", "child", "dependent",
		"resident", "occupant", "applicant", "caregiver", "relative", "responsible", "holder", "cardholder", "recipient", "addressee",
		"enrollee", "participant", "participante", "deelnemer", "claimant", "decedent", "donor", "employee", "emp", "householder",
		"informant", "debtor", "baby", "infant", "newborn", "neonate", "hoh", "injured", // a household's head; an injured worker
		"policyholder", "consumer", "user", "partner", "husband", "wife", "son", "daughter", "sibling",
		"brother", "sister", "legal", "preferred", "chosen", "birth", "maiden", "alias", "aka", "signer", "witness", "next",
		"mthr", "fthr", "mdn", "sps", "grdn", "nokname", "emergencycontact", "provider_person", "caller", "guar", "subs",
		"demographics", "demographic", // {"demographics": {"fn": ..., "ln": ...}}
		"student", "clmt", "inmate", "detainee", // a school nurse's, a claim's, a jail clinic's patients
		"appellant", "petitioner", "complainant", "grievant", // an appeal's and a grievance's (Zoom's "registrant" is a webinar's)
		"rider", // a medical transport's
		"offender",
		"athlete",                                               // a sports medicine program's
		"diver",                                                 // a dive medicine clinic's, a chamber's
		"ee",                                                    // a benefits file's employee ("ee_name", "ee_ssn")
		"mom",                                                   // a birth record's mother
		"invitee",                                               // a booking's (Calendly's invitee is who booked) or a portal's shared access
		"passenger", "pax", "traveler", "traveller", "fluggast", // an airline's or a cruise line's medical desk's
		"victim",  // an adult protective services report's
		"honoree") // a tribute gift's: in memory of a patient, in honour of a relative

	// thingWords are subjects whose names are not PHI: "service_name".
	thingWords = words("service", "svc", "host", "hostname", "file", "filename", "app", "application", "bucket",
		"table", "event", "queue", "topic", "job", "task", "func", "function", "method", "class", "product",
		"drug", "medication", "med", "org", "organization", "organisation", "facility", "hospital", "clinic",
		"practice", "provider", "company", "payer", "payor", "plan", "insurance", "carrier", "pharmacy", "device",
		"model", "domain", "server", "cluster", "namespace", "pod", "container", "image", "field", "attr",
		"attribute", "param", "parameter", "header", "cookie", "test", "metric", "span", "trace", "logger",
		"module", "package", "pkg", "repo", "branch", "tag", "label", "role", "group", "team", "dept", "software",
		"filter", "sensor", "instrument", "equipment",
		"verifier", "validator", "normalizer", "geocoder", "parser", "formatter", "resolver", "checker", "controller",
		"processor", "mapper", "builder", // what works on an address is no address: "AddressVerifier"
		"department", "ward", "bed", "room", "location", "site", "region", "zone", "state", "country",
		"specialty", "procedure", "diagnosis", "condition", "allergy", "lab", "panel", "vaccine", "brand",
		"generic", "campaign", "template", "form", "document", "doc", "report", "workflow", "step", "stage",
		"feature", "env", "environment", "project", "tenant", "vendor", "merchant", "bank", "interface",
		"iface", "db", "database", "schema", "index", "key", "secret", "bundle", "resource", "operation", "op",
		"route", "handler", "endpoint", "api", "browser", "os", "agent", "network", "node", "region", "path",
		"physician", "doctor", "dr", "nurse", "clinician", "staff", "pcp", "interpreter", "attending", "referring", "practitioner",
		"medic", "paramedic", "emt", // an ambulance's crew, at work
		"prescriber", "surgeon", "author", "unit", "dataset", "view", "component", "action", "command", "cmd", "hq", "headquarters",
		"shipper", "supplier", "depot", "distributor", "wholesaler", "manufacturer",
		"ordering", "rendering",
		"screen", "page", "button", "menu", "channel", "source", "target", "destination", "dest",
		"sender", "mailbox", "store", "shop", "account", "org", "subscription", "pipeline", "stream", "partition",
		"credential", "cert", "certificate", "profile", "config", "setting", "variable", "var", "property",
		"prop", "code", "icd", "cpt", "loinc", "snomed", "ndc", "rxnorm", "kv", "machine", "vm", "instance",
		"process", "thread", "worker", "runner", "script", "program", "tool", "lib", "library", "plugin", "pool")

	// equipmentWords are an institution's own instruments, whose serials
	// identify no patient (a patient's pump, meter or implant does).
	equipmentWords = words("reader", "scanner", "stainer", "analyzer", "analyser", "instrument", "inst", "printer",
		"kiosk", "terminal", "workstation", "centrifuge", "sequencer", "cabinet", "clock", "camera", "server", "switch",
		"router", "gateway", "station", "cart", "incubator", "microscope", "autoclave")

	// orgContactWords are subjects whose addresses and phones are an
	// organisation's or a clinician's, printed on every letter.
	// ("payer" is left out: in a payment it is the person who pays.)
	orgContactWords = words("facility", "hospital", "clinic", "practice", "provider", "company", "pharmacy", "vendor", "merchant", "bank", "lab", "physician", "doctor", "dr", "nurse", "clinician", "staff",
		"medic", "paramedic", "emt",
		"practitioner", "prescriber", "surgeon", "agency", "store", "shop", "org", "organization",
		"organisation", "carrier", "insurance", "plan", "site", "referring", "attending", "ordering", "rendering",
		"hq", "headquarters", "shipper", "supplier", "depot", "distributor", "wholesaler", "manufacturer", "firm", "registrar",
		"cbo", "desk", "lawfirm", "court", "courthouse", "pcp", "interpreter", // a primary care provider, a staff interpreter
		"actor", "adjuster", "remit", "warehouse", "principal", "supervisor", "coordinator", "recruiter", "venue", "planner",
		"courier", "reviewer", "translator", "agent", "volunteer", "funeral", "mortuary", "funeralhome", "transporter", "therapist", "dietitian", "counselor", "counsellor", "approver",
		"judge", "magistrate", "caseworker", "gal", "specialist", "inspector", "certifier", "director",
		"evaluator", "pharmacist", "rph", "anesthesiologist", "anesthetist", "anaesthetist", "crna", "proceduralist", // who acted (an audit trail's staff, a cloud audit log's principal), an insurer's adjuster, a payer's remittance address
		"tech", "technician", "technologist", "budtender", "collector", "phlebotomist", "facilitator", "audiologist", "audiologiste", // who does a test, draws a specimen, makes a sale, leads a group
		"rn", "lpn", "cna", // a nurse call's "assignedRN"
		"attorney", "atty", "lawyer", "counsel", // who represents a party, at their office
		"investigator", "examiner", // a coroner's, an insurer's; a sports physical's
		"preparer", // who prepared a report or a return, at their office
		"employer") // a patient's employer, a business: none of 251 under the key is labelled

	// namedThings are things whose "name" children name them, not a
	// person: {"software": {"name": ...}}, {"device": {"name": ...}}.
	namedThings = words("software", "device", "product", "drug", "medication", "med", "filter", "sensor",
		"instrument", "equipment", "app", "application", "service", "vendor", "manufacturer", "brand", "model",
		"facility", "hospital", "clinic", "organization", "organisation", "org", "payer", "payor", "plan",
		"insurance", "carrier", "pharmacy", "company", "tool", "library", "plugin", "package", "module", "vaccine",
		"scope", "logger", "instrumentation", "sdk", "resource", "policy", "rule", // a DLP policy's, a rule's
		// A ticket's fields: {"status": {"name": "In Progress"}}, {"priority": {"name": "P2"}}.
		"status", "priority", "severity", "resolution", "issuetype", "project", "component", "queue", "workflow",
		"sprint", "board", "channel", "workspace", "folder", "drive", "calendar", "team", "group", "role",
		"notifier",                                             // an error tracker's SDK: {"notifier": {"name": "Bugsnag Android"}}
		"process", "task", "thread", "computer", "workstation", // Windows's "Process Name: D:\Apps\..."
		"asset") // a biomedical asset's: {"asset": {"name": "SCD Pump Kendall 700"}}

	// machineWords are subjects whose addresses are not personal: "server_ip".
	machineWords = words("server", "host", "node", "pod", "local", "bind", "listen", "upstream", "backend",
		"db", "dest", "dst", "destination", "target", "gateway", "dns", "proxy", "lb", "nat", "internal",
		"private", "cluster", "service", "svc", "container", "vpc", "subnet", "router", "broker", "peer_server",
		"memory", "mem", "base", "return", "ret", "pointer", "ptr", "bus", "physical", "virtual", "wallet",
		"contract", "smtp", "mx", "ns", "redis", "mysql", "postgres", "kafka", "elastic", "api", "endpoint",
		"web", "cdn", "origin", "ingress", "egress", "load", "balancer", "instance", "vm", "machine", "interface")

	// careEventWords are events of a person's care whose dates are PHI.
	careEventWords = words("admit", "adm", "admission", "admitted", "admitting", "discharge", "discharged", "dc", "death", "study", "acquisition",
		"dth", "dsch", "dschg", "dischrg", "dschrg", "srvc", "surg", "vst", // as old systems abbreviate them: DthDt, DschDt, SrvcDt, VSTDT
		"deceased", "died", "dod", "decease", "expired", "disch", "dischg", "svc", "visit", "encounter", "service", "dos",
		"appointment", "appt", "procedure", "proc", "surgery", "surgical", "onset", "injury", "accident", "collection",
		"collected", "specimen", "vaccination", "immunization", "treatment", "diagnosis", "dx", "hospitalization",
		"delivery", "exam", "seen", "arrival", "arrived", "arr", "transfer", "referral", "consult", "consultation", "test",
		"lab", "result", "screening", "sched", "scheduled", "checkin", "checkout", "enc", "written", "reg", "registration", "implant", "implanted", "explant", "explanted",
		"administered", "performed", "infused", // a dose's, a procedure's: "administered_at"
		"loss",                                    // an accident's, in auto and workers' compensation claims
		"dispensed", "dispense", "fill", "filled", // a prescription's, for one patient
		"care",                                                   // home health's start of care
		"hire", "hired", "leave", "rtw", "employment", "absence", // an employee's, in HR and leave systems
		"exposure",                         // an exposure's, in contact tracing
		"evaluation", "eval", "assessment", // a patient's evaluation, as therapy and behavioural health date them
		"booking", "arrest", // a jail clinic's patient's
		"donation",                                                                                                             // a blood or plasma donor's
		"extubation", "extubated", "asystole", "declaration", "declared", "crossclamp", "clamp", "pronouncement", "pronounced") // a donor's death, as an OPO and a death record time it

	// careEventLists are lists of a person's events of care, each dated
	// ("immunizations": [{"vaccine": "IPV", "date": ...}]), and a dose's
	// element (<Dose seq="1" date="..."/>).
	careEventLists = words("immunizations", "vaccinations", "vaccines", "doses", "dose", "visits", "encounters", "appointments", "admissions", "procedures",
		"surgeries", "exams", "screenings", "referrals", "consultations", "evaluations", "assessments", "treatments",
		"hospitalizations", "injuries", "implants")

	// careEventDone are last words of keys that hold the date an event of
	// care happened: "specimen_collected", "patient_discharged".
	careEventDone = words("admitted", "discharged", "collected", "expired", "died", "deceased", "vaccinated",
		"immunized", "seen", "arrived", "transferred", "treated", "extubated", "declared")

	// eventDateWords end keys that name an event's date without a word
	// for date: "collected", "onset", "effective", "leave_start".
	eventDateWords = words("collected", "coll", "drawn", "onset", "effective", "eff", "start", "end", "from", "through", "thru", "exposure", "visit",
		"until", "since",
		"expired", "pronounced") // a death's, as a chart and a medical examiner write it (a token's expiry names no one)

	// vaccineWords are vaccines by the abbreviations compliance and
	// registry systems name their doses' fields with.
	vaccineWords = words("mmr", "tdap", "dtap", "hepb", "hepa", "hib", "ipv", "pcv", "ppsv", "menacwy", "mcv", "menb", "hpv",
		"varicella", "influenza", "zoster", "shingrix", "bcg", "ppd", "igra", "polio", "covid", "rsv")

	// careDateWords are the events of care a Portuguese key dates after
	// "data" (read in English as their translations): "dataAtendimento".
	careDateWords = words("visit", "service", "appointment", "admission", "discharge", "death", "collection", "birth", "surgery")

	// recordKeepingWords name the dates of records and programs, not of
	// the people in them: "created_date", "as_of_dt", "load_dt".
	recordKeepingWords = words("created", "create", "updated", "update", "modified", "modify", "inserted", "insert",
		"deleted", "ingested", "ingest", "loaded", "processed", "run", "batch", "export", "exported", "import",
		"imported", "sync", "synced", "generated", "printed", "sent", "logged", "log", "build", "release", "deploy",
		"deployed", "commit", "snapshot", "backup", "partition", "as", "asof", "cutoff", "file", "extract", "audit",
		"last", "modification", "change", "changed", "version", "schema", "cache", "token", "expires",
		"expiry", "expiration", "exp", "valid", "retention", "purge", "archive", "archived", "due", "period",
		"receipt") // a report's receipt by whoever keeps it ("receipt_date__v")

	// messageWords end keys that name a message about someone, not its
	// sender's contact: "CourtNotification", "lab_order", "provider_message".
	messageWords = words("notification", "notice", "message", "msg", "order", "request", "referral", "filing", "letter", "event")

	// yearWords: the year alone is not PHI under Safe Harbor.
	yearWords = words("year", "yr", "yyyy", "years")
)

// containerWords open keys that only say where a field lives ("labels.plate",
// "attributes.patient_name", "properties.dob"): the words after them decide.
var containerWords = words("labels", "tags", "attributes", "attrs", "properties", "props", "custom", "extra",
	"context", "ctx", "meta", "metadata", "fields", "params", "payload", "body", "details")

// orgContact returns kfOrgContact when a key's words name an organisation
// or a clinician (has reports whether any word is in a set).
func orgContact(has func(wordSet) bool) keyFlags {
	if has(orgContactWords) {
		return kfOrgContact
	}
	return 0
}

// cdiscDate reports whether w, lower case, is a date variable of the
// CDISC standards trials record in: a domain's two letters, "st" or "en"
// for a start or an end, then "dat" (CDASH) or "dtc" (SDTM), or a
// subject's birth, death or consent ("brthdat", "dthdtc", "rficdtc").
func cdiscDate(w string) bool {
	if len(w) < 5 || len(w) > 8 || !strings.HasSuffix(w, "dat") && !strings.HasSuffix(w, "dtc") {
		return false
	}
	switch p := w[:len(w)-3]; p {
	case "brth", "dth", "rfic", "rfst", "rfen":
		return true
	default:
		if len(p) == 4 && (p[2:] == "st" || p[2:] == "en") {
			p = p[:2]
		}
		return len(p) == 2 && isLower(p[0]) && isLower(p[1])
	}
}

// classifyTokens classifies one normalised key, given as its words.
func classifyTokens(t []string) keyClass {
	for len(t) > 1 && (containerWords[t[0]] || t[0] == "x") {
		t = t[1:] // "x" of a custom HTTP header: "x-acct", "x_curp"
	}
	if n := len(t); n > 1 && (t[n-1] == "c" || t[n-1] == "pc") {
		t = t[:n-1] // Salesforce's custom fields: "Event_Date__c", "DOB__pc"
	}
	if len(t) == 2 && t[1] == "at" && t[0] == "pronounced" {
		t = t[:1] // "pronouncedAt": a death's time, as ORMs name an event's
	}
	if len(t) == 2 && t[0] == "dep" && (t[1] == "first" || t[1] == "last" || t[1] == "dob" || t[1] == "ssn" || t[1] == "name") {
		t[0] = "dependent" // "depFirst", "depDOB": a dependent's; "DEP=" alone is Epic's department
	}
	if len(t) >= 3 && t[0] == "living" && t[1] == "subject" {
		t[1] = "patient" // HL7 v3's livingSubjectName, livingSubjectBirthTime: the patient's
		t = t[1:]
	}
	if len(t) == 0 {
		return keyClass{}
	}
	var joinBuf [96]byte
	joined := joinBuf[:0]
	for _, w := range t {
		joined = append(joined, w...)
	}
	j := string(joined) // the compiler does not allocate for map lookups and comparisons below
	has := func(ws wordSet) bool {
		for _, w := range t {
			if ws[w] {
				return true
			}
		}
		return false
	}
	hasAny := func(ws ...string) bool {
		for _, w := range t {
			for _, x := range ws {
				if w == x {
					return true
				}
			}
		}
		return false
	}
	first, last := t[0], t[len(t)-1]
	// "ssn_last_4", "has_ssn", "ssn_verified": about a value, not holding it.
	if j == "parentid" || j == "parentspanid" || j == "parentrunid" {
		return keyClass{flags: kfNever} // a span's, a node's or a run's parent, not a child's
	}
	if hasAny("tracking", "correlation", "idempotency", "dedup", "nonce") && len(t) > 1 && (last == "id" || last == "key") {
		return keyClass{flags: kfNever} // "clientTrackingId", "x-ms-client-tracking-id": a system's thread, no one's
	}
	if (last == "timestamp" || last == "ts" || last == "epoch") && len(t) > 1 && !hasAny("birth", "dob", "death", "dod", "born", "deceased") &&
		(!has(careEventWords) || hasAny("approximate")) {
		// Kinesis's "approximateArrivalTimestamp": when a system saw it
		// ("admit_ts" is a day of care).
		return keyClass{flags: kfNever}
	}
	if hasAny("index", "indexes", "indices") && len(t) > 1 {
		return keyClass{flags: kfNever} // "partial_unexpected_index_list": rows' positions, not their values
	}
	if j == "upn" || last == "upn" && len(t) <= 3 || hasAny("principal") && last == "name" && len(t) <= 3 {
		// (M365's audit "MailboxOwnerUPN" alike.)
		// Entra ID's "userPrincipalName": a sign-in's account, staff's at
		// the organisation's domain, a patient's at a consumer mail service.
		return keyClass{flags: kfNever | kfOrgContact | kfActor}
	}
	if hasAny("delivery") && hasAny("est", "estimated", "expected", "projected", "scheduled") && !hasAny("birth", "edd", "due", "baby") {
		// A parcel's "est_delivery_date", as carriers' APIs give it; a
		// pregnancy's is a person's when the record names one.
		return keyClass{flags: kfEventDate}
	}
	if hasAny("ship", "shipping") && hasAny("from") {
		return keyClass{flags: kfNever | kfOrgContact} // a parcel's "ship_from": the sender, a pharmacy's or a warehouse's ("return_from" is a patient sending a kit back)
	}
	if hasAny("assignee") && len(t) == 2 && hasAny("user", "agent") {
		return keyClass{flags: kfOrgContact | kfNever} // a ticket's "assignee_user": the agent working it (a device's "assignee" is its patient)
	}
	if len(t) == 2 && t[0] == "ship" && t[1] == "to" {
		return keyClass{flags: kfPerson} // "ship_to": {"name": ...}: a parcel's addressee, a patient at home
	}
	if last == "by" && len(t) >= 2 && hasAny("picked", "pickup") {
		return keyClass{cat: Name, conf: Medium, flags: kfAmbiguous} // "PickedUpBy": who collected a patient's prescription
	}
	if last == "by" && len(t) >= 2 && staffActs[t[len(t)-2]] {
		return keyClass{flags: kfNever | kfOrgContact | kfActor} // "addr_verified_by", "LastCleanedBy": who did it, not whose it is ("picked_up_by" is a person)
	}
	if hasAny("mrz") && hasAny("name", "names") {
		return keyClass{cat: Name, conf: Medium} // a passport's machine-readable name, "BROWN<<RAVI"
	}
	if len(t) >= 3 && first == "age" && t[1] == "at" {
		return keyClass{cat: Age, conf: Medium} // "ageAtConsent", "age_at_death": a person's age then
	}
	if v := strings.TrimRight(j, "0123456789"); len(t) <= 2 && (len(t) == 1 || len(v) < len(j)) && vaccineWords[v] {
		return keyClass{flags: kfEventDate} // "mmr1=2004-11-30", "menacwy": a dose's date, a person's when the record names one
	}
	if len(t) == 1 && staffRoles[j] && j != "representative" && j != "rep" {
		// {"FuneralHome": {"Director": "..."}}, "inspector": staff by their
		// role. A member's "representative" is one they appointed, kin.
		return keyClass{flags: kfNever | kfOrgContact}
	}
	if hasAny("tracking") && hasAny("phone", "number", "tel") || j == "phonenumberid" {
		return keyClass{flags: kfNever | kfOrgContact} // a call tracker's "tracking_phone_number", WhatsApp's "phone_number_id": the business's
	}
	if j == "displayphonenumber" {
		return keyClass{flags: kfNever | kfOrgContact} // WhatsApp's webhook metadata: the business's own number
	}
	if len(t) == 2 && first == "data" && inSet(careDateWords, []byte(last)) {
		return keyClass{cat: Date, conf: Medium} // Portuguese's "dataAtendimento", "dataExecucao": the date of a visit, a service
	}
	if len(t) <= 2 && cdiscDate(last) {
		return keyClass{cat: Date, conf: Medium} // CDASH's "VSDAT", "AESTDAT", SDTM's "BRTHDTC": a subject's visit, event or birth
	}
	if j == "subjinit" || j == "patientinitial" || j == "patientinitials" || hasAny("initial", "initials") && hasAny("subject", "subj", "patient", "pt", "participant", "recipient", "donor") {
		return keyClass{cat: Name, conf: Medium} // a trial subject's initials, E2B's patientinitial, a transplant recipient's
	}
	if len(t) >= 3 && first == "name" && t[1] == "on" {
		return keyClass{cat: Name, conf: Medium} // "name_on_doc", "nameOnLicense": the holder's
	}
	if (first == "num" || first == "nbr") && len(t) == 2 {
		switch t[1] {
		case "medicaid", "medicare", "mbi", "hicn", "policy", "mrn", "chart", "license", "licence", "passport", "ssn", "dl", "cin", "plate":
			// "numMedicaid": a Medicaid number, where "num_patients" and
			// "numPatient" count.
			return classifyTokens([]string{t[1], "number"})
		}
	}
	if checkedWords[last] && len(t) > 1 {
		// "dob_verified": "05/30/1950" holds what was verified, as often as
		// a flag: a value of a strict shape decides (a name's or an
		// address's would not: "address_verified": "USPS").
		if kc := classifyTokens(t[:len(t)-1]); (kc.cat == Date || kc.cat == SSN || kc.cat == Phone || kc.cat == Email || kc.cat == ZIP || idCategories.Has(kc.cat)) && !kc.never() {
			return keyClass{cat: kc.cat, conf: Low, flags: kfAmbiguous | kfChecked}
		}
	}
	if len(t) >= 2 && (last == "rel" || last == "relationship" || last == "relation" || last == "reltn") {
		return keyClass{} // "caller_rel=FATH", "ClientDesigneeRelationship": "Aunt": a relation, no one's name
	}
	if len(t) == 2 && (last == "match" || last == "matched") && (t[0] == "patient" || t[0] == "pt") {
		// "patient_match=NAKAMURA, BARTHOLOMEW": whom a document matched, a
		// name; "Y" or a score fits no name.
		return keyClass{cat: Name, conf: Medium, flags: kfAmbiguous}
	}
	if (flagFirst[first] && len(t) > 1) || (flagLast[last] && len(t) > 1 && !(last == "sec" && hasAny("soc", "social"))) ||
		(last == "4" && hasAny("last")) {
		return keyClass{flags: kfNever | orgContact(has)} // "ordering_provider": a clinician's, not read even as text
	}
	if kc, ok := hl7Fields[j]; ok {
		return kc
	}
	if seg, k := t[0], 1; len(t) >= 3 && len(seg) <= 3 {
		// BizTalk's field elements: "PID_3_PatientIdentifierList",
		// "PV1_7_AttendingDoctor" (split "pv", "1", "7").
		if len(seg) == 2 && len(t) >= 4 && len(t[1]) == 1 && isDigit(t[1][0]) {
			seg, k = seg+t[1], 2
		}
		if len(seg) == 3 && len(t[k]) <= 2 && isDigit(t[k][0]) && !isDigit(t[k+1][0]) {
			if kc, ok := hl7Fields[seg+t[k]]; ok {
				return kc
			}
		}
	}
	if kc, ok := standardItems[j]; ok {
		return kc
	}
	if len(t) > 2 && t[0] == "m" && len(t[1]) == 4 {
		if kc, ok := standardItems["m"+t[1]]; ok {
			return kc // OASIS: "M0030_START_CARE_DT", "M0066_PAT_BIRTH_DT"
		}
	}
	if kc, ok := hl7Component(t); ok {
		return kc
	}
	if kc, ok := compoundKey(j); ok {
		if kc.cat == Name && len(t) >= 2 && has(orgContactWords) && !has(personWords) {
			return keyClass{flags: kfOrgContact | kfNever} // "staffFirstName", "provider_last_name": a clinician's or a clerk's
		}
		return kc
	}
	if hasAny("icd", "crt", "ilr") && hasAny("serial", "sn") && len(t) == 2 {
		return keyClass{cat: Device, conf: Medium} // "icd_serial": an implanted defibrillator's, not a diagnosis code's
	}
	if hasAny("cpt", "icd", "ndc", "hcpcs", "loinc", "snomed", "rxnorm", "drg") || hasAny("procedure", "diagnosis", "dx") && hasAny("code", "cd") {
		return keyClass{flags: kfNever} // codes of care, not of a person
	}
	if kc, ok := exactKeys[j]; ok {
		return kc
	}
	idLike := has(idWords)
	// Who holds a patient's power of attorney ("poa_name", "poaPhone");
	// "poa" alone is a diagnosis's present-on-admission flag.
	person := has(personWords) || hasAny("poa") && len(t) >= 2 && !hasAny("dx", "diag", "diagnosis", "icd", "code", "indicator", "ind")
	if person && hasAny("contact") && has(orgContactWords) && !hasAny("emergency", "patient", "pt", "family", "personal") {
		// "referring_contact", "vendor_contact": the organisation's contact
		// is its staff, unless another person word says whose.
		person = false
		for _, w := range t {
			person = person || w != "contact" && personWords[w]
		}
	}
	thing := has(thingWords)
	if thing && len(t) == 2 && t[0] == "form" && !hasAny("id", "name", "type", "version", "code") {
		thing = false // "form_phone", "form_email": what a web form's submitter typed
	}
	machine := has(machineWords)
	if len(t) == 2 && hasAny("next", "last", "prev", "previous", "prior", "upcoming") &&
		hasAny("visit", "appointment", "appt", "admission", "admit", "discharge", "encounter", "seen") {
		return keyClass{cat: Date, conf: Low} // "nextVisit", "lastSeen": the value must still read as a date
	}

	switch {
	// Identifiers with unambiguous words of their own.
	case hasAny("ssn", "ssno", "socsec", "ssnum") || (hasAny("social", "soc") && hasAny("security", "sec")) ||
		hasAny("ssa") && idLike || j == "social" ||
		(hasAny("ss") && hasAny("n", "no", "num", "number", "nbr")):
		return keyClass{cat: SSN, conf: High}
	case hasAny("ehic", "cip", "tsi", "pmjay", "hcn") && (len(t) == 1 || idLike) || hasAny("chi") && idLike ||
		hasAny("health") && hasAny("number", "no", "num", "nbr", "card", "cardno") &&
			!hasAny("check", "score", "status", "probe", "endpoint", "plan", "beneficiary", "member", "subscriber", "insurance", "policy") ||
		hasAny("dva") && hasAny("file", "number", "no"):
		// Other countries' health insurance numbers: the European card
		// (EHIC), Spain's CIP and TSI, India's PM-JAY, Scotland's CHI,
		// Canada's health card numbers, Australia's DVA file numbers.
		return keyClass{cat: HealthPlan, conf: Medium}
	case hasAny("ihi", "abha", "uci", "elector") && (len(t) == 1 || idLike || hasAny("clave")) ||
		hasAny("hap", "ni") && idLike:
		// Australia's Individual Healthcare Identifier, India's ABHA,
		// Canada's UCI, Mexico's voter key, an immigration exam's
		// HAP ID, the UK's National Insurance number.
		return keyClass{cat: OtherID, conf: Medium}
	case hasAny("rfc") && len(t) > 1 && (idLike || hasAny("receptor", "paciente", "patient", "cliente", "customer")):
		// Mexico's tax number, a person's by its shape (personalRFC); a
		// bare "rfc" is as often a standard's ("rfc=5424").
		return keyClass{cat: OtherID, conf: Medium, flags: kfAmbiguous}
	case hasAny("sin", "nas") && (len(t) == 1 || idLike || hasAny("canadian", "canada", "social", "insurance")):
		// Canada's social insurance number (NAS in French): "sin",
		// "canadian_sin"; a Luhn-valid nine digits, not a server's "nas01".
		return keyClass{cat: OtherID, conf: Medium, flags: kfAmbiguous}
	case hasAny("curp", "aadhaar", "pesel", "personnummer", "steueridentifikationsnummer", "steuerid", "henkilotunnus", "fodselsnummer", "rnokpp", "sss", "philhealth") ||
		hasAny("steuer") && (idLike || hasAny("nummer")) ||
		hasAny("nhs", "nino", "nir", "bsn", "cpf", "rut", "dni", "nie") && (len(t) == 1 || idLike || hasAny("identidad", "identity")):
		// Other countries' health and national numbers: the NHS number,
		// Mexico's CURP, the UK's National Insurance number, France's NIR...
		return keyClass{cat: OtherID, conf: Medium}
	case hasAny("itin", "edipi", "uscis", "passport", "visa") && !hasAny("type", "status", "country", "expiry", "expiration", "class", "category") ||
		hasAny("dod") && idLike || hasAny("student", "stu", "learner", "camper", "inmate", "inm", "detainee", "offender", "registrant", "alien", "national", "voter", "military", "veteran", "tribal", "wic", "youth") && idLike ||
		hasAny("travel") && hasAny("document", "doc") || j == "anumber" || j == "alienno" ||
		hasAny("doc", "document") && hasAny("no", "num", "number", "nbr", "nr") && !hasAny("invoice", "order", "po", "shipment", "billing") ||
		hasAny("booking", "bkg") && hasAny("no", "num", "number", "nbr") || // a jail's booking number; an appointment's is a "ref"
		hasAny("fbi") && (idLike || len(t) == 1) || // an arrestee's FBI number
		hasAny("doc") && hasAny("inmate", "offender") ||
		hasAny("i94", "i") && hasAny("94") && (idLike || len(t) <= 2) || // an I-94 admission record's number
		hasAny("ppt") && hasAny("no", "num", "number", "nbr") || // "ppt_no": a passport
		j == "sfn" || j == "statefilenumber" || j == "statefileno" || // a birth or death certificate's state file number
		j == "emplid" || j == "spridenid" || j == "spridenpidm": // a person's ID in PeopleSoft and Banner: students', employees'
		return keyClass{cat: OtherID, conf: Medium}
	case hasAny("hw", "hardware", "bluetooth", "wifi", "ethernet", "eth", "wlan", "bt", "ble") && hasAny("addr", "address", "mac") ||
		hasAny("device", "dvc") && hasAny("mac") && !machine:
		return keyClass{cat: Device, conf: High}
	case (hasAny("email", "emailaddress", "emailaddr", "mail", "emailid") || j == "eaddr" || j == "eaddress") && !machine &&
		!hasAny("server", "host", "queue", "box", "mailbox", "template", "campaign", "subject", "body", "zip", "postal", "city", "state", "street"):
		if hasAny("mail") && !hasAny("e", "address", "addr") {
			return keyClass{}
		}
		if !person && hasAny("actor", "principal") {
			return keyClass{flags: kfNever | kfOrgContact | kfActor} // "principalEmail": staff, or a patient at a consumer mail service
		}
		if !person && has(orgContactWords) {
			return keyClass{flags: kfNever | kfOrgContact} // "provider_email", "clinic.email"
		}
		return keyClass{cat: Email, conf: High}
	case hasAny("fax", "facsimile", "faxno", "faxnum", "faxnumber"):
		if !person && (has(orgContactWords) || hasAny("payer", "payor")) { // ... and "payer_fax": an insurer's machine
			return keyClass{flags: kfNever | kfOrgContact} // "facilityFax": the facility's
		}
		switch t[len(t)-1] {
		case "id", "job", "jobid", "handle", "status", "pages", "server", "queue", "type", "direction", "result", "event", "template":
			return keyClass{} // "fax_id", "faxStatus": a fax job's, not a number
		}
		return keyClass{cat: Fax, conf: High}
	case hasAny("support", "helpdesk", "hotline", "tollfree", "switchboard", "mainline", "main") && hasAny("line", "phone", "number", "tel", "no", "telephone") ||
		j == "hotline" || j == "helpline" || hasAny("help") && hasAny("desk") && len(t) == 2:
		return keyClass{flags: kfNever | kfOrgContact} // "supportLine": the organisation's number for everyone
	case hasAny("dnis", "vdn"):
		return keyClass{flags: kfNever} // the number a caller dialled: the provider's
	case hasAny("callerid", "caller", "clid", "cnam", "cpn") && hasAny("name", "nm") && !hasAny("number", "num", "phone", "origination", "effective", "outbound") || j == "cnam":
		return keyClass{cat: Name, conf: Medium, flags: kfAmbiguous} // FreeSWITCH's "Caller-Caller-ID-Name": the caller's name, as the carrier gives it
	case hasAny("cbn", "cbnum", "callbacknumber") || hasAny("callback") && hasAny("number", "num", "no", "phone", "to") ||
		hasAny("cb") && hasAny("number", "num", "no", "phone") && len(t) == 2: // "cb_num"
		return keyClass{cat: Phone, conf: Medium} // a callback number, as 911 and CAD records key it: "cbn=..."
	case j == "cb":
		return keyClass{cat: Phone, conf: Medium, flags: kfAmbiguous} // "CB=9716150257"; a URL's cache buster, "cb=2645713e", is hex
	case hasAny("ani", "callerid", "clid", "cpn") && (len(t) == 1 || hasAny("number", "no", "num", "ivr", "inbound", "call")) || hasAny("caller") && hasAny("id", "number", "no", "num", "phone"):
		return keyClass{cat: Phone, conf: High} // the caller's number, as telephony logs it
	case hasAny("phone", "telephone", "tel", "mobile", "cell", "cellphone", "msisdn", "sms", "landline", "phn",
		"phoneno", "phonenumber", "pager", "whatsapp", "homephone", "workphone", "telno", "contactno", "ph",
		"mobilephone", "mobileno", "mobilenumber", "cellnumber", "cellno", "telephonenumber", "dayphone", "nightphone", "cellular") ||
		hasAny("contact", "callback", "mob") && hasAny("number", "no", "num", "nbr") && len(t) == 2 || j == "callback":
		if machine || thing && !person || !person && has(orgContactWords) {
			return keyClass{flags: kfNever | orgContact(has)} // "clinic_phone", "firm_phone": the organisation's
		}
		if hasAny("pager") && !person {
			return keyClass{flags: kfNever | kfOrgContact} // a pager is carried by staff: "pager=4142089"
		}
		return keyClass{cat: Phone, conf: High}
	case j == "ap" || hasAny("bssid") || hasAny("mac") && hasAny("ap", "bss", "radio", "wlc", "switch", "router", "controller") || j == "calledstationid":
		return keyClass{flags: kfNever} // "apMac", "bssid", RADIUS's Called-Station-Id: a wireless network's own equipment
	case hasAny("mac") && (len(t) == 1 || hasAny("address", "addr") || len(t) == 2 && (person || hasAny("sta", "station", "src", "source", "wifi", "wireless", "guest"))) ||
		j == "callingstationid": // RADIUS's Calling-Station-Id: the client's MAC
		return keyClass{cat: Device, conf: High} // "client_mac", "sta_mac": a person's phone or laptop
	case person && len(t) == 2 && last == "key" && personIDCategory(t) != OtherID:
		return keyClass{cat: personIDCategory(t), conf: Medium} // "patientKey": a patient's row's key, their number
	case (hasAny("ip", "ipaddr", "ipaddress", "ipv4", "ipv6", "ipv", "xff") || hasAny("ips") && !(person && last == "id")) ||
		(hasAny("forwarded") && hasAny("for")) ||
		(hasAny("remote", "client", "source", "src", "user", "peer", "origin", "caller", "visitor", "real") && hasAny("addr", "address", "ip")):
		if machine && !hasAny("client", "remote", "user", "visitor", "caller", "src", "source", "real") {
			return keyClass{flags: kfNever}
		}
		return keyClass{cat: IP, conf: Medium}
	case hasAny("mrn", "mrno", "mrnum", "medrec", "medrecno", "empi", "mpi", "mpiid", "emrid", "ehrid", "medrecnum", "wristband", "euid", "hrn") ||
		(hasAny("ehr", "emr", "epic", "cerner", "meditech") && idLike) ||
		(hasAny("medical", "med") && hasAny("record", "rec", "records")) ||
		hasAny("mr") && hasAny("num", "no", "number", "nbr") && len(t) == 2 || // "mrNum", not "mr_smith"
		(hasAny("chart") && (idLike || len(t) == 1 || len(t) == 2 && last == "chart" && hasAny("matched", "linked", "merged", "surviving", "retired", "duplicate"))) ||
		(hasAny("hospital", "hosp", "unit") && hasAny("number", "no", "num", "nbr")) ||
		j == "hospitalnumber" || j == "hospitalno" || (hasAny("record", "rec") && hasAny("no", "num", "number", "nbr") && len(t) == 2) ||
		(hasAny("patient", "pt", "pat") && idLike && !thing && !hasAny("license", "licence", "lic", "card", "passport", "certificate", "cert")) || // a patient's licence is a licence
		len(t) >= 3 && (t[len(t)-2] == "patient" && (last == "id" || last == "number")) ||
		len(t) == 1 && (j == "survivor" || j == "nonsurvivor" || j == "retired" || j == "restored") && !machine:
		// ... and a document's "sourcePatientId", XDS's "$XDSDocumentEntryPatientId":
		// whatever names the record, the patient's ID is the patient's. An
		// EMPI's merge names the surviving and the retired records.
		if hasAny("patient", "pt", "pat") && !hasAny("mrn", "medical", "record", "chart") {
			return keyClass{cat: MRN, conf: Medium}
		}
		return keyClass{cat: MRN, conf: High}
	case hasAny("group", "grp") && hasAny("insurance", "ins", "plan", "policy", "coverage", "health", "payer", "payor", "number", "no", "num", "nbr", "id"):
		return keyClass{flags: kfNever} // the group number: an employer's plan, shared by all its members
	case hasAny("payer", "payor") && hasAny("id", "no", "number", "num", "nbr", "code", "cd") && !person && !hasAny("plan", "source"):
		return keyClass{flags: kfNever} // "insPayerID": the insurer's own number, shared by all its members
	case hasAny("house") && hasAny("number", "no", "nbr", "num"):
		return keyClass{cat: Address, conf: Medium, flags: kfHouseNumber} // Adyen's "billingAddress.houseNumberOrName"
	case (hasAny("line1", "line2", "line3", "ln1", "ln2") || hasAny("line", "ln") && hasAny("1", "2", "3")) && hasAny("home", "mailing", "residence", "residential", "street", "billing", "shipping", "postal", "permanent"):
		return keyClass{cat: Address, conf: High} // "home_line2": Apt, Ste, Lot
	case hasAny("mbi", "hicn", "hic", "medicare", "medicaid") && (idLike || len(t) == 1 || hasAny("mbi", "hicn")) ||
		hasAny("hcn", "ohip", "ramq", "healthcard", "healthcardnumber") && !hasAny("version", "ver", "vc", "province", "prov", "type", "exp", "expiry") || // Canada's provincial health card numbers
		hasAny("medi") && hasAny("cal") && (idLike || len(t) == 2) || // Medi-Cal's; not "cal", a calibration
		j == "cin": // Medi-Cal's Client Index Number
		return keyClass{cat: HealthPlan, conf: High}
	case hasAny("member", "mbr", "subscriber", "subscr", "sbscr", "sbscrbr", "insured", "beneficiary", "bene", "benef", "enrollee", "policyholder") &&
		(idLike || len(t) == 2 && hasAny("hp", "ins", "plan", "health")): // "hp_subscriber", "hp_member"
		return keyClass{cat: HealthPlan, conf: High}
	case (hasAny("policy", "insurance", "coverage", "plan", "health", "payer", "payor") && hasAny("member", "subscriber", "insured", "beneficiary")) ||
		(hasAny("policy", "pol", "insurance", "coverage", "ins", "hicn", "medicaid") && hasAny("number", "no", "num", "nbr", "id", "ref")):
		return keyClass{cat: HealthPlan, conf: Medium}
	case hasAny("iban", "bban"):
		return keyClass{cat: Account, conf: High}
	case j == "ccn":
		// A card's number, or a provider's CMS Certification Number of six
		// digits, as four of the independent sets print it: by the value.
		return keyClass{cat: Account, conf: Medium, flags: kfAmbiguous}
	case hasAny("card", "crd", "cc", "pan", "creditcard", "debitcard", "cardnumber", "ccnum", "ccnumber") &&
		(idLike || len(t) == 1 && !hasAny("crd") || hasAny("credit", "debit", "payment")) && !hasAny("id", "ids", "key", "ref"):
		if hasAny("id") {
			return keyClass{}
		}
		if last == "bin" || last == "iin" || last == "brand" || last == "type" {
			return keyClass{flags: kfNever} // "credit_card_bin": the issuer's number, the card's first six digits
		}
		return keyClass{cat: Account, conf: High}
	case hasAny("routing", "aba", "rtn") && !hasAny("account", "acct", "acc"):
		return keyClass{flags: kfNever} // a bank's routing number names the bank, not its customer
	case hasAny("account", "acct", "acc", "acctno", "accountnumber", "accountno", "bankaccount") &&
		(idLike || len(t) == 1 || hasAny("bank", "checking", "savings", "dda", "ach", "eft", "deposit", "routing", "dfi", "rdfi", "hospital", "hosp", "hsp", "billing", "patient", "pt", "pat", "guarantor", "guar", "payout", "micr", "client", "debtor", "remit",
			"bill", "stmt", "statement", "student", "fee", "encounter", "enc", "dtmf", "self", "collection", "collections",
			"hsa", "fsa", "hra")) || // a health savings or flexible spending account
		j == "dda" || j == "ddaacct" || j == "clabe" || // a demand deposit account, as banks and lockboxes name it; Mexico's CLABE
		hasAny("pan") && hasAny("card", "new", "old", "replacement", "raw", "full", "clear") && len(t) == 2: // "new_pan", "raw_pan": a card's number
		if machine || hasAny("service", "aws", "cloud", "iam", "storage", "gcp", "azure", "user", "admin", "bot", "system", "sa") {
			return keyClass{flags: kfNever}
		}
		if hasAny("id", "ids") && !hasAny("patient", "bank", "billing", "guarantor", "financial", "hsp", "hospital") {
			return keyClass{flags: kfNever} // a cloud or tenant account
		}
		if j == "acc" {
			// A laboratory's accession as often ("acc=R0312-0456"): a card's
			// or a bank's number only when long enough (see the value's check).
			return keyClass{cat: Account, conf: Medium, flags: kfAmbiguous}
		}
		return keyClass{cat: Account, conf: Medium}
	case hasAny("dl") && hasAny("mg", "g", "mmol", "umol", "ng", "ug", "meq", "iu", "u", "ml", "per"):
		return keyClass{} // a laboratory's unit: "scr_mg_dl", "glucose_mg_per_dl"
	case hasAny("dl", "dln", "driverslicense", "driverlicense", "dlnumber", "dlno", "cdl", "oln") || // "OLN": an operator's licence number
		(hasAny("driver", "drivers", "driving", "drv", "drvr") && hasAny("license", "licence", "lic", "permit")):
		return keyClass{cat: License, conf: High}
	case hasAny("state") && hasAny("id", "identification") && hasAny("number", "no", "num", "card") && len(t) <= 4:
		return keyClass{cat: License, conf: Medium} // a state ID card, like a driver's license
	case hasAny("certificate", "cert") && hasAny("number", "no", "num", "nbr") && !hasAny("ssl", "tls", "x509", "serial", "server", "client", "ca"):
		return keyClass{cat: License, conf: Medium} // "certificate_no", "BirthCertificateNumber", "cert_no": Safe Harbor's certificate numbers
	case hasAny("npi") && !hasAny("dea", "licence", "license", "lic"):
		return keyClass{flags: kfNever} // a National Provider Identifier: a provider's, no patient's
	case hasAny("dea", "licence", "license", "lic") && !hasAny("key", "plate", "plt", "software", "product", "file", "server", "api"):
		if hasAny("lic") && !idLike && !hasAny("state", "prof", "professional", "medical", "nursing", "pharmacy", "rph", "pharmacist", "rn", "np", "md") {
			return keyClass{} // "lic" alone may be a licence key; "PrescriberStateLic" is a licence
		}
		return keyClass{cat: License, conf: Medium}
	case hasAny("vin", "vehicle", "licenseplate", "numberplate", "hin") || j == "plates" || hasAny("hull") && hasAny("id", "no", "number") ||
		(hasAny("plate") && (len(t) == 1 || hasAny("license", "licence", "lic", "number", "no", "car", "auto", "tag", "veh", "registration", "reg", "parking", "vehicle",
			"lane", "ocr", "lpr", "alpr", "captured", "hire", "rental", "visitor", "guest", "valet", "pt", "patient", "member"))) ||
		hasAny("car") && hasAny("reg", "registration") || // "hire_car_reg"
		(hasAny("tag") && hasAny("car", "auto", "vehicle", "plate", "license", "licence")) || hasAny("tag") && hasAny("no", "nbr") && len(t) == 2 ||
		hasAny("plt") && hasAny("lic", "no", "num", "nbr", "veh") || hasAny("veh") && idLike:
		if hasAny("date", "dt", "expiry", "expiration", "exp", "state", "country", "type", "make", "model", "year", "color", "colour") {
			return keyClass{flags: kfNever} // "plate_state", "vehicle_make": about the vehicle, not its identifier
		}
		return keyClass{cat: Vehicle, conf: High}
	case hasAny("imei", "meid", "esn", "udi", "imsi", "iccid", "hwid", "idfa", "idfv", "gaid", "adid") ||
		(hasAny("android", "advertising", "hardware") && hasAny("id")):
		return keyClass{cat: Device, conf: High}
	case hasAny("serial", "serialno", "serialnumber", "sn", "srl") && !hasAny("port"):
		if has(equipmentWords) && !person {
			return keyClass{flags: kfNever} // "readerSN", "stainer_sn": the lab's or the ward's own equipment
		}
		return keyClass{cat: Device, conf: Medium}
	case hasAny("device", "dvc", "implant", "pacemaker", "transmitter", "pump", "cgm", "glucometer", "pdm") && (idLike || hasAny("sn", "serial")) ||
		j == "transmitter" || hasAny("cgm") && hasAny("tx", "transmitter"): // a CGM's transmitter, named by its serial

		return keyClass{cat: Device, conf: Medium}
	case hasAny("fingerprint", "fingerprints", "voiceprint", "faceprint", "biometric", "biometrics", "iris", "retina",
		"retinal", "palmprint", "minutiae", "fingerprinttemplate", "palmvein", "tenprint", "iriscode") || (hasAny("face", "voice", "finger", "palm", "fp", "faceid", "bio", "speaker", "spk", "hand", "footprint") && hasAny("template", "print", "sample", "scan", "embedding", "vector", "vein", "vec", "tmpl", "tpl", "fp", "sig", "signature")) ||
		hasAny("bio") && hasAny("voice", "face", "finger", "palm", "iris") || // "bioVoice", "VoiceBio"
		hasAny("speaker", "spk") && hasAny("model") || // a speaker's model is their voice's template
		hasAny("embedding", "embeddings") && !hasAny("dim", "dims", "size", "model", "fn", "text", "chunk", "token", "query", "doc", "document", "word", "sentence") || // a face's or a voice's, as a matcher logs it
		first == "vp" && len(t) <= 3 && hasAny("64", "ref", "tmpl", "tpl", "template", "blob", "data") || // "vp_b64": a voiceprint
		hasAny("dna", "genome", "genetic") && hasAny("profile", "sequence", "sample", "markers", "fingerprint"):
		if hasAny("cert", "certificate", "tls", "ssl", "key", "ssh", "sha", "sha1", "sha256", "md5", "public", "host", "browser", "device", "build", "request", "cache", "etag", "file", "content", "schema") {
			return keyClass{flags: kfNever}
		}
		if hasAny("voiceprint", "faceprint", "palmprint", "minutiae", "fingerprinttemplate", "template", "print", "sample", "scan", "embedding", "vector", "vec", "tmpl", "tpl", "tenprint", "model") ||
			first == "vp" || hasAny("bio") && !hasAny("fingerprint") ||
			hasAny("bio") && hasAny("fp") ||
			hasAny("voice", "face") && hasAny("sig", "signature", "fingerprint") || // "voice_sig_b64", "huella_voz": a speaker's signature is the template
			hasAny("iris", "retina", "retinal") && hasAny("code") || j == "iriscode" { // an IrisCode is the template
			// "voiceprint", "FingerprintTemplate": nothing else is kept
			// under such names, whatever the encoding of the template.
			return keyClass{cat: Biometric, conf: Medium}
		}
		// A bare "fingerprint" may be a certificate's or a browser's: its
		// value must decode to a biometric format.
		return keyClass{cat: Biometric, conf: Medium, flags: kfAmbiguous}
	case hasAny("photo", "photograph", "picture", "pic", "image", "img", "avatar", "selfie", "headshot", "portrait", "mugshot", "facephoto", "face", "photos"):
		b64 := hasAny("base") && hasAny("64") // "photoBase64": an encoding, not a base image
		if machine && !b64 || hasAny("docker", "container", "vm", "os", "disk", "ami", "tag", "digest", "registry", "repo", "name", "size", "width", "height", "format", "count") {
			return keyClass{flags: kfNever}
		}
		return keyClass{cat: Photo, conf: Medium, flags: kfAmbiguous}
	case len(t) == 2 && hasAny("client") && hasAny("url", "uri", "href"):
		return keyClass{flags: kfNever} // an OAuth client's "client_uri": an application's page
	case hasAny("website", "homepage", "webpage", "linkedin", "facebook", "twitter", "instagram", "blog") ||
		(hasAny("profile", "personal", "social", "home") && hasAny("url", "uri", "link", "page", "site")) ||
		person && !thing && len(t) == 2 && hasAny("url", "uri", "href") || // "patientUrl", "personUrl": a link to one person's record
		hasAny("social") && hasAny("profile", "media"):
		return keyClass{cat: URL, conf: Medium}
	}

	if hasAny("age", "ages", "ageyears", "ageinyears", "agey", "ageyrs") && !hasAny("group", "range", "bracket", "band",
		"category", "limit", "max", "min", "gate", "cache", "days", "hours", "minutes", "stage", "token", "cookie", "file",
		"log", "data", "object", "key", "cert", "password") {
		return keyClass{cat: Age, conf: High}
	}
	// Dates tied to a person. The year alone is not PHI.
	if len(t) == 2 && (first == "driver" || first == "drvr") && (last == "last" || last == "first" || last == "lname" || last == "fname" || last == "middle") {
		return keyClass{cat: Name, conf: High} // a DOT exam's or a crash report's driver: "driver_last" (a program's driver has a name, no first one)
	}
	if has(yearWords) {
		return keyClass{flags: kfNever}
	}
	if hasAny("dob", "birth", "birthdate", "birthday", "bday", "born", "dateofbirth", "birthdt", "dobdate", "bdate", "bdt",
		"nacimiento", "geburtsdatum", "geburtstag", "nascimento", "nascita") {
		if hasAny("place", "city", "country", "town", "sex", "weight", "order", "gender", "location", "plurality", "rank", "county", "state", "province") {
			if hasAny("place", "city", "town", "location", "county") {
				return keyClass{cat: Address, conf: Medium}
			}
			return keyClass{flags: kfNever}
		}
		return keyClass{cat: Date, conf: High}
	}
	care := has(careEventWords)
	dated := hasAny("date", "dt", "day", "datetime", "on", "dttm", "dte", "dat", "dates")
	placed := hasAny("addr", "address", "street", "city", "county", "zip", "postal", "postalcode") && !dated
	if care && len(t) == 2 && (last == "from" || last == "thru" || last == "through") && first != "svc" {
		return keyClass{cat: Date, conf: Low} // "ServiceFrom", "DOSThru": a claim's days of care; the value must read as a date
	}
	if len(t) == 2 && last == "to" && (first == "svc" || first == "service" || first == "dos") {
		return keyClass{cat: Date, conf: Low} // "svcTo", "DOS_TO": a claim's last day of care, beside its "svcFrom"
	}
	if len(t) == 2 && (last == "first" || last == "last" || first == "first" || first == "last") && hasAny("dos", "visit", "encounter", "admit", "admission", "donation", "service", "exam", "exposure", "injection", "dose", "shot", "infusion") {
		return keyClass{cat: Date, conf: Low} // "DOS_FIRST", "last_dos": a claim's first and last days of care
	}
	if care && !placed && (dated || hasAny("time", "at", "ts", "timestamp", "when") || len(t) == 2 && (last == "start" || last == "end" || last == "for" && first == "scheduled")) {
		// ("addrAtDxCity": where the patient lived at diagnosis, not when.)
		service := hasAny("service", "svc")
		switch {
		case hasAny("charge", "billing", "payment", "invoice", "renewal", "shipment", "subscription"):
			return keyClass{flags: kfNever} // "next_charge_scheduled_at": a subscription's, no one's care
		case hasAny("test") && len(t) == 2 && dated && !machine:
			return keyClass{flags: kfEventDate} // "test_date": a patient's test in a record that names them, a build's otherwise
		case service && !dated:
			return keyClass{flags: kfNever} // "service_started_at": a server's, not a patient's
		case machine && !service || thing && !service && !hasAny("procedure", "diagnosis"):
			return keyClass{flags: kfNever}
		case !dated:
			return keyClass{cat: Date, conf: Low}
		}
		return keyClass{cat: Date, conf: Medium}
	}
	if (first == "last" || first == "next" || first == "prev" || first == "previous" || first == "prior") && len(t) <= 3 &&
		hasAny("contact", "contacted", "outreach") && (len(t) == 2 || dated) {
		return keyClass{cat: Date, conf: Low} // "last_contact": a follow-up's; the value must still read as a date
	}
	if len(t) == 2 && careEventWords[last] && (first == "anticipated" || first == "expected" || first == "planned" ||
		first == "projected" || first == "estimated" || first == "actual" || first == "scheduled") {
		return keyClass{cat: Date, conf: Low} // "anticipated_discharge": the value must still read as a date
	}
	if hasAny("trip") && dated && !machine && !thing {
		return keyClass{cat: Date, conf: Medium} // a medical transport's "trip_date"; not "roundTripTime"
	}
	if len(t) >= 2 && careEventDone[last] && !machine && !thing && hasAny("patient", "pt", "specimen", "sample", "member", "person") {
		return keyClass{cat: Date, conf: Medium} // "specimen_collected": the value must still read as a date
	}
	if len(t) == 1 {
		for _, suf := range [...]string{"datetime", "date", "dttm", "dte", "dt"} {
			if p, ok := strings.CutSuffix(j, suf); ok && careEventWords[p] {
				return keyClass{cat: Date, conf: Medium} // "admissiondt", "svcdate"
			}
		}
	}
	switch j { // keys whose whole says what they hold
	case "rin":
		return keyClass{cat: HealthPlan, conf: Medium} // a Medicaid recipient's identification number
	case "hn":
		return keyClass{cat: MRN, conf: Low} // a hospital number, as Thai and British hospitals say
	case "pcr":
		return keyClass{cat: OtherID, conf: Low} // an EMS patient care report's number ("pcr=NEG", no digits, is a test's)
	case "colonia":
		return keyClass{cat: Address, conf: Medium} // a Mexican address's neighbourhood
	case "datetimeoriginal":
		return keyClass{cat: Date, conf: Low} // EXIF's capture time: a wound's or a face's photo, the day it was taken of the person
	case "bib", "bibno", "bibnumber", "bibnum":
		return keyClass{cat: OtherID, conf: Low} // a runner's race number: "bib=18996"
	case "case":
		return keyClass{cat: OtherID, conf: Low} // "case=ME24-1182": one person's case, as a case's number
	case "accession", "accn", "accessionnumber", "accessionno":
		return keyClass{cat: OtherID, conf: Medium} // a specimen's or a study's, of one patient
	case "registryid", "registryno", "registrynumber":
		return keyClass{cat: OtherID, conf: Medium} // a patient registry's or a program card's number (89 of 90 labelled)
	case "duid":
		return keyClass{cat: MRN, conf: Low} // CEF's destination user ID: whose record an access reached (29 of 29 labelled)
	case "proxyuser":
		return keyClass{cat: OtherID, conf: Low} // a patient's proxy's account (36 of 36 labelled)
	case "externalid":
		return keyClass{cat: OtherID, conf: Low} // the person a CRM's or a portal's record is for, as its source knows them (95 of 160 labelled; CEF's is the event's)
	case "specimenid", "specimenno", "specimennumber":
		return keyClass{cat: OtherID, conf: Low} // one patient's sample (70 of 88 labelled, five sets of nine)
	}
	if last == "appointment" || last == "appt" {
		return keyClass{cat: Date, conf: Low} // "next_appointment"
	}
	if len(t) == 1 && (j == "admit" || j == "adm" || j == "admission" || j == "admitted" || j == "discharge" || j == "discharged" || j == "disch" || j == "dischg" || j == "dsch" || j == "dol" || j == "doi" ||
		j == "implanted" || j == "deceased" || j == "filled" || j == "dispensed" || j == "dis") {
		return keyClass{cat: Date, conf: Medium, flags: kfAmbiguous} // "admit=02/25/2024 discharge=03/12/2024"; "AGE AT ADMISSION" is an age
	}
	if hasAny("deceased", "dod", "lmp", "menstrual", "edd") {
		// ... and a pregnancy's dates: the last menstrual period, the due date
		return keyClass{cat: Date, conf: Medium, flags: kfAmbiguous}
	}

	switch {
	case hasAny("age", "ages", "ageyears", "ageinyears", "agey", "ageyrs") &&
		!hasAny("group", "range", "bracket", "band", "category", "limit", "max", "min", "gate", "cache", "days", "hours",
			"minutes", "stage", "token", "cookie", "file", "log", "data", "object", "key", "cert", "password"):
		return keyClass{cat: Age, conf: High}
	case (hasAny("zip", "zipcode", "postal", "postcode", "postalcode", "zip5", "zip4", "zipplus", "plz", "pincode", "postcd", "zipcd", "pstl", "pstlcd") ||
		hasAny("post") && hasAny("code", "cd") && len(t) == 2 || hasAny("plus") && hasAny("4") && len(t) <= 3) && // Smarty's "plus4_code"
		!hasAny("file", "archive", "path", "compression", "level", "size", "bomb", "url", "entry"):
		if !person && has(orgContactWords) {
			return keyClass{flags: kfNever | kfOrgContact} // "facility_zip": the facility's
		}
		return keyClass{cat: ZIP, conf: High, flags: kfAddrPart}
	}

	if first == "to" && len(t) == 2 && hasAny("city", "zip", "state", "country") {
		return keyClass{flags: kfNever} // Twilio's ToCity, ToZip: where the number called is, the practice's own
	}
	if strings.Contains(j, "i18n") || hasAny("locale", "lang", "language") {
		return keyClass{flags: kfNever} // "i18nextLng": a language, not a longitude
	}

	// Names.
	if len(t) == 1 && len(j) > 6 {
		// Words joined without a separator: "guarantorname", "mothersname".
		if p, ok := strings.CutSuffix(j, "name"); ok && (personWords[p] || personWords[strings.TrimSuffix(p, "s")]) {
			return keyClass{cat: Name, conf: High}
		}
	}
	if p, ok := strings.CutSuffix(last, "dob"); ok && (personWords[p] || personWords[strings.TrimSuffix(p, "s")]) {
		return keyClass{cat: Date, conf: High} // "clientdob", "hh_subscriberdob"
	}
	if last == "owner" && len(t) == 2 && hasAny("cc", "card") {
		return keyClass{cat: Name, conf: Medium, flags: kfAmbiguous} // Magento's "cc_owner": the name on the card
	}
	if last == "holder" || len(t) == 1 && (j == "accountholder" || j == "cardholder") {
		// "accountHolder", "account_holder": a person, whose name or ID the value is.
		return keyClass{cat: Name, conf: Medium, idCat: Account, flags: kfAmbiguous | kfPerson}
	}
	nameWord := hasAny("name", "nm", "nme", "nam")
	nameOnly := hasAny("fname", "lname", "mname", "fullname", "firstname", "lastname", "surname", "forename",
		"givenname", "familyname", "maidenname", "middlename", "middleinitial", "nickname", "firstnm", "lastnm", "fnm", "lnm",
		"apellido", "apellidos", "nachname", "vorname", "prenom", "nomdefamille")
	nameQualifier := hasAny("first", "last", "middle", "given", "family", "fam", "full", "maiden", "sur", "fore", "nick",
		"legal", "preferred", "birth", "display", "mi", "middleinitial", "mid", "mdn", "f", "l", "m", "fst", "frst", "lst", "mdl",
		"supplied") // Salesforce's Web-to-Case: SuppliedName
	if hasAny("registrant") && hasAny("last", "first", "middle", "name", "surname", "given", "family") {
		// A birth certificate's REGISTRANT_LAST: the child's name. (A
		// webinar's registrant is no person's record: its "id" is the
		// registration's.)
		return keyClass{cat: Name, conf: High}
	}
	if nameWord && handleName(t) {
		return keyClass{flags: kfHandle} // "target_user_name", "login_name": an account's handle, as "username" is
	}
	if len(t) == 2 && t[0] == "middle" && (t[1] == "initial" || t[1] == "init") {
		nameOnly = true // "middle_initial": "J", a part of the name as "middle_name" is
	}
	switch {
	case nameOnly || (nameWord && nameQualifier):
		if thing && !person {
			return keyClass{flags: kfNever}
		}
		if !person && has(orgContactWords) {
			return keyClass{flags: kfOrgContact | kfNever} // "physician_first", "nurse_surname": a clinician's
		}
		return keyClass{cat: Name, conf: High}
	case nameWord && len(t) == 2 && hasAny("client"):
		return keyClass{} // an OAuth client's "client_name" is an application's; a person's is read as text
	case nameWord && (person || hasAny("visitor", "guest")):
		return keyClass{cat: Name, conf: High} // a visitor's IDs are a kiosk's or a chat widget's, their name is theirs
	case (person || hasAny("visitor", "guest")) && len(t) == 2 && hasAny("first", "last", "given", "family", "middle", "maiden", "surname", "fst", "lst"):
		return keyClass{cat: Name, conf: High} // "patientLast", "ptFirst", "VisitorLast": a name without the word
	case len(t) == 2 && (last == "first" || last == "last") && !machine && !thing:
		// "order_first", "reg_last": a name of whoever placed or registered
		// it, if the value is one (a page's or a batch's "first" is no name).
		return keyClass{cat: Name, conf: Medium, flags: kfAmbiguous}
	case nameWord && len(t) == 2 && hasAny("to", "recipient", "addressee", "attn", "attention", "sender"):
		return keyClass{cat: Name, conf: Medium, flags: kfAmbiguous} // a fax's or a letter's "ToName", a parcel's "AttentionName"
	case nameWord && len(t) == 2 && hasAny("said", "spoken", "stated", "given", "claimed", "typed", "entered", "verified", "confirmed"):
		return keyClass{cat: Name, conf: Medium, flags: kfAmbiguous} // an IVR's said_name, a desk's entered_name
	case nameWord && hasAny("caller", "callee") && len(t) == 2:
		return keyClass{cat: Name, conf: Medium, flags: kfAmbiguous} // CallerName=PARK+FATIMA; not "caller" alone (main.go:450)
	case nameWord && (thing || machine):
		return keyClass{flags: kfNever | orgContact(has)} // "pcp_name": a clinician's, in words too
	case nameWord && len(t) == 1:
		return keyClass{cat: Name, conf: Medium, flags: kfAmbiguous | kfPerson}
	case len(t) == 1 && hasAny("given", "family", "surname", "initials"):
		return keyClass{cat: Name, conf: Medium, flags: kfAmbiguous}
	}

	// Addresses below the state.
	if hasAny("address", "addr", "street", "streetaddress", "street1", "street2", "addressline", "addr1", "addr2", "residence",
		"city", "cty", "town", "county", "cnty", "precinct", "municipality", "neighborhood", "neighbourhood", "village", "borough",
		"suburb", "pobox", "geo", "lat", "lon", "latitude", "longitude", "lng", "coordinates", "gps", "geolocation",
		"apartment", "locality", "parish", "township", "hamlet", "tract") || hasAny("census") && hasAny("block", "tract", "geo") ||
		hasAny("apt") && (len(t) == 1 || person || hasAny("no", "num", "number", "nbr", "unit", "suite", "home", "mailing", "street")) ||
		hasAny("add") && hasAny("line", "ln") {
		// "apt", "apt_no"; not "python3-apt" or "apt-transport-https", which are packages.
		// "ADD_LINE_1": Epic's columns abbreviate address so.
		if machine || hasAny("email", "web", "url", "ip", "mac", "wallet", "memory", "bitcoin", "eth", "crypto") {
			return keyClass{flags: kfNever}
		}
		if thing && !person && !hasAny("home", "mailing", "residential", "street", "city") {
			return keyClass{flags: kfNever | orgContact(has)}
		}
		whole := hasAny("address", "addr", "residence")
		kc := keyClass{cat: Address, conf: High}
		if whole && len(t) <= 3 {
			kc.flags = kfAddress
		}
		if hasAny("lat", "lon", "latitude", "longitude", "lng", "coordinates", "gps", "geo", "geolocation") {
			kc.flags |= kfGeo
		}
		return kc
	}

	// Other unique identifiers of a person or of their care.
	switch {
	case hasAny("asn"):
		return keyClass{flags: kfNever} // "ClientASN": the client's network, an autonomous system's number
	case hasAny("partner") && idLike && !hasAny("patient", "pt", "domestic"):
		return keyClass{flags: kfNever} // "PARTNER_ID": a business partner's, as ERPs name them
	case person && idLike && !thing:
		return keyClass{cat: OtherID, conf: Medium}
	case hasAny("national", "citizen", "resident", "tax", "taxpayer", "voter", "military", "veteran", "va", "medical", "consular") && idLike:
		return keyClass{cat: OtherID, conf: Medium}
	case hasAny("har") && idLike:
		return keyClass{cat: Account, conf: Medium} // hospital account record
	case hasAny("folio") && idLike && !thing:
		// A guest's folio, a hotel's or a ship's account of charges
		// ("FolioNo"); Spanish "folio" alone numbers any record.
		return keyClass{cat: Account, conf: Medium}
	case hasAny("csn") && (idLike || len(t) == 1 || hasAny("enc", "encounter", "visit", "pat")) || hasAny("enc") && hasAny("number", "no", "num", "nbr"):
		return keyClass{cat: OtherID, conf: Low} // Epic's contact serial number: one encounter of one patient
	case hasAny("case") && hasAny("number", "no", "num", "nbr", "nr", "id", "ref") && !person && !thing:
		// A case's number names one person's case: an underwriting, a
		// complaint, a care manager's (1,063 of 1,349 under such keys are
		// labelled in the independent sets; the earliest writers leave them).
		return keyClass{cat: OtherID, conf: Low}
	case hasAny("claim", "clm") && hasAny("number", "no", "num", "nbr", "nr") && !person:
		// The number a claimant is given and quotes ("claim_no"): 96 of 146
		// under such keys are labelled in the independent sets.
		return keyClass{cat: OtherID, conf: Low}
	case hasAny("claim", "clm") && hasAny("id", "ref") && !person:
		// A system's key for a claim, the payer's or the provider's
		// reference: 30 of 352 under such keys are labelled.
		return keyClass{flags: kfNever}
	case len(t) == 2 && first == "authorizing" && last == "agent":
		return keyClass{cat: Name, conf: Medium, flags: kfAmbiguous} // a cremation's "authorizing_agent": the next of kin who signed
	case len(t) == 2 && (first == "pickup" || first == "pickedup") && (last == "name" || last == "by"):
		return keyClass{cat: Name, conf: Medium, flags: kfAmbiguous} // who picked up a patient's prescription: "pickup_name"
	case hasAny("prescription", "rx") && hasAny("number", "no", "num", "nbr", "nr") && len(t) <= 3 && !person:
		// A prescription's number is the pharmacy's, as an order's: 86 of
		// 99 in the independent sets are left unlabelled.
		return keyClass{flags: kfNever}
	case hasAny("encounter", "visit", "admission", "accession", "episode", "fin", "referral", "authorization", "auth") &&
		hasAny("number", "no", "num", "nbr", "nr") && !thing:
		return keyClass{cat: OtherID, conf: Low}
	case hasAny("census") && hasAny("number", "no", "num", "nbr", "nr"):
		return keyClass{cat: OtherID, conf: Medium} // a tribe's census number, its member's ("census" alone is a unit's count)
	case hasAny("cdib"):
		return keyClass{cat: License, conf: Medium} // a Certificate of Degree of Indian Blood's number
	case hasAny("kit", "enrollment", "episode") && hasAny("id", "barcode", "code", "number", "no", "num", "nbr", "nr") && !person && !thing:
		// A home test kit's, a program enrollment's or a care episode's ID:
		// one person's (kit IDs are labelled in all 17 sets that have them;
		// a specimen's is a biobank's too, and writers split on it).
		return keyClass{cat: OtherID, conf: Low}
	case hasAny("portal", "mychart", "patient", "pt", "member") && hasAny("user", "username", "login", "userid", "handle") && !thing:
		// "portal_user": a patient's account on a patient portal, where the
		// handle is often made of the name; staff handles stay no category.
		return keyClass{cat: OtherID, conf: Low}
	}

	// Container keys that give their children context.
	switch {
	case person && len(t) >= 2 && personTraits[last]:
		return keyClass{flags: kfNever} // "patientSex": "Male" is no one's name
	case person && len(t) <= 3 && !thing && !(t[0] == "preferred" && (last == "date" || last == "dt" || last == "time")): // "preferredDate": a visit's
		return keyClass{cat: Name, conf: Medium, idCat: personIDCategory(t), flags: kfAmbiguous | kfPerson}
	case len(t) == 1 && hasAny("phones", "phonenumbers"):
		return keyClass{cat: Phone, conf: Medium, flags: kfTelecom} // a list of numbers, or of contact points
	case hasAny("telecom", "phones", "contactpoint", "contacts"):
		return keyClass{flags: kfTelecom}
	case len(t) == 1 && hasAny("cvg"):
		return keyClass{cat: HealthPlan, conf: Medium} // Epic's coverage: the member's ID under its payer
	case len(t) == 1 && hasAny("insurance", "coverage", "membership", "eligibility"):
		return keyClass{idCat: HealthPlan} // {"coverage": {"payer": ..., "id": ...}}
	case len(t) == 1 && hasAny("id", "number", "value", "identifier", "no", "num", "nbr"):
		return keyClass{flags: kfIdLike}
	case len(t) == 1 && hasAny("first", "last", "middle", "forename", "maiden"):
		// "first=Ludmila": a name when the value looks like one ("first=10" does not).
		return keyClass{cat: Name, conf: Low, flags: kfAmbiguous | kfNameText}
	case len(t) == 1 && hasAny("guest"):
		// {"guest": {"ln": ..., "fn": ...}}: a hotel's or a park's guest,
		// whose parts are the person's (a value under it is read as text).
		return keyClass{flags: kfPerson}
	case len(t) == 1 && hasAny("text", "display", "full", "formatted", "ln", "fn", "mn", "mi",
		"given", "family", "surname", "nick", "alphabetic", "ideographic", "phonetic"):
		return keyClass{flags: kfNameText}
	case hasAny("fleet") && (len(t) == 1 || idLike || hasAny("unit", "vehicle", "van")) ||
		len(t) == 2 && hasAny("unit", "van") && (hasAny("id") || hasAny("vehicle")) ||
		len(t) == 1 && hasAny("van", "truck", "shuttle", "bus"):
		return keyClass{flags: kfFleetUnit} // "fleet_no", "unitId", "vehicle_unit", a transport log's "van=VAN-07"
	case (hasAny("sensor", "equipment") && (len(t) == 1 || idLike) || hasAny("asset") && hasAny("tag", "id")) && !person:
		// "sensorId", "assetTag": the organisation's equipment by its unit
		// code; a bare "asset" is as often the model of a patient's device.
		return keyClass{flags: kfThing | kfFleetUnit}
	case hasAny("line", "line1", "line2", "district", "subdivision", "unit", "suite", "building", "bldg", "floor"):
		if j == "unit" {
			return keyClass{flags: kfAddrPart | kfFleetUnit} // an apartment's, or a fleet's: "unit=V-290"
		}
		return keyClass{flags: kfAddrPart}
	case len(t) == 1 && (j == "device" || j == "thingname"):
		// "device=GS2-J3CV9BTL8", an IoT thing's name: a device's serial
		// when the value has the shape of one (not "eth0", "iPhone 15").
		return keyClass{cat: Device, conf: Low, flags: kfThing | kfAmbiguous}
	case len(t) == 2 && (last == "period" || last == "range") && (careEventWords[first] || first == "auth" || first == "authorization" || first == "stay"):
		// "servicePeriod": "2024-08-22 to 2024-09-18", "dosRange",
		// "authPeriod": the days of one person's care, though a service is
		// also a program's.
		return keyClass{flags: kfEventDate}
	case has(namedThings) && !person:
		return keyClass{flags: kfThing | orgContact(has)} // {"software": {"name": "HAPI FHIR Server"}}
	case hasAny("host", "hosts") && hasAny("email", "name", "user", "username") || hasAny("memberships") && hasAny("event"):
		// A meeting's or a booking's host: Zoom's "host_email", Calendly's
		// "event_memberships" (the invitee is the booker).
		return keyClass{flags: kfOrgContact | kfNever}
	case j == "assignee" || j == "assignees" || j == "assignedto" || j == "author":
		// A ticket's or a task's: who works on it ("assignee": "Gavin
		// Holt"). A loaned device's assignee, a patient, is lost with it.
		// A note's or a commit's author is staff.
		return keyClass{flags: kfOrgContact | kfNever}
	case has(orgContactWords) && !person && len(t) <= 2 && !(len(t) == 2 && messageWords[last]):
		// "facility": {"address": ...}; "attending": "Michael Johansson",
		// "prescriber": ...: an organisation's or a clinician's, named.
		if hasAny("actor", "principal") {
			return keyClass{flags: kfOrgContact | kfNever | kfActor}
		}
		return keyClass{flags: kfOrgContact | kfNever}
	}
	// "event_date" is an incident's (a patient's fall) when the record
	// speaks of one, an analytics event's day when it does not.
	eventDated := len(t) == 2 && dated && hasAny("event")
	if (dated || hasAny("dates") || len(t) <= 3 && (eventDateWords[last] || slotKey(t))) && !machine && (!thing || eventDated) && !has(recordKeepingWords) {
		// "tx_date", "evtDate", "collected": whose, the record says. No
		// category: it gives no context to what is not a calendar date.
		if last == "effective" || last == "collected" || last == "coll" || last == "drawn" || last == "expired" || last == "pronounced" || last == "onset" ||
			j == "effectivedatetime" || j == "collecteddatetime" || j == "onsetdatetime" || j == "calldatetime" {
			return keyClass{flags: kfEventDate | kfSampled}
		}
		if eventDated {
			return keyClass{flags: kfEventDate | kfIncident}
		}
		if slotKey(t) {
			return keyClass{flags: kfEventDate | kfSlot}
		}
		return keyClass{flags: kfEventDate}
	}
	if len(t) == 1 {
		if careEventWords[last] || careEventLists[last] {
			return keyClass{flags: kfCareEvent | kfEventDate} // {"accident": {"date": ...}}; "implant=21.05.2020": the event's day
		}
		return gluedKey(j)
	}
	return keyClass{}
}

// gluedPrefixes are the subjects old systems glue to a field's word
// without a separator ("PTNAME", "MBRNO", "SUBNM"), with the word the
// vocabulary knows them by.
var gluedPrefixes = [...]struct {
	p, word string
	short   bool // a prefix of other words too ("subid", "gtin"): only a field's own word may follow
}{
	{"patient", "patient", false}, {"pat", "pat", false}, {"pt", "pt", false}, {"member", "member", false},
	{"mbr", "mbr", false}, {"subscr", "subscriber", false}, {"sub", "subscriber", true}, {"guar", "guarantor", false},
	{"gt", "guarantor", true}, {"insd", "insured", false}, {"ins", "insured", true}, {"nok", "nok", false},
	{"bene", "beneficiary", false}, {"resp", "responsible", true},
}

// gluedKey classifies a key of one word that is a subject glued to a
// field's word ("ptphone" as "pt phone"), or returns no class.
func gluedKey(j string) keyClass {
	if len(j) < 4 || len(j) > 24 {
		return keyClass{}
	}
	for _, g := range gluedPrefixes {
		rest, ok := strings.CutPrefix(j, g.p)
		if !ok || len(rest) < 2 {
			continue
		}
		// The rest must be a field's word of its own: "pattern" is no "pat" and "tern".
		var t [2]string
		t[0], t[1] = rest, ""
		number := rest == "no" || rest == "num" || rest == "nbr" || rest == "nm" || rest == "nme"
		if !number && (g.short || !idWords[rest]) && classifyTokens(t[:1]).cat == 0 {
			continue
		}
		t[0], t[1] = g.word, rest
		if kc := classifyTokens(t[:]); kc.cat != 0 && !kc.never() && !kc.person() {
			return kc
		}
	}
	// A MUMPS routine's variables carry their package's namespace, two or
	// three letters, before the field's word: "AGSSN", "AGDOB" (RPMS's
	// patient registration). Only the words no other word ends with.
	if len(j) >= 5 && len(j) <= 6 && (strings.HasSuffix(j, "ssn") || strings.HasSuffix(j, "dob")) && !strings.HasPrefix(j, "no") && !strings.HasPrefix(j, "is") && !strings.HasPrefix(j, "has") {
		return classifyTokens([]string{j[len(j)-3:]})
	}
	return keyClass{}
}

// personTraits are a person's attributes that identify no one: after a
// person's word they make a key no container of the person's data.
var personTraits = words("sex", "gender", "weight", "height", "race", "ethnicity", "religion", "language", "lang",
	"bmi", "marital", "status", "type", "count", "class", "category", "species", "smoker", "acuity")

// exactKeys are whole keys (words joined without separators) whose class the
// word rules would get wrong.
var exactKeys = map[string]keyClass{
	"name":        {cat: Name, conf: Medium, flags: kfAmbiguous | kfPerson},
	"displayname": {cat: Name, conf: High, flags: kfDisplayName},
	// National health identifiers: New Zealand's NHI, Australia's IHI.
	"nhi": {cat: OtherID, conf: High}, "ihi": {cat: OtherID, conf: High},
	// A server's address, as firewalls and proxies run the words together.
	"serverip": {flags: kfNever}, "dstip": {flags: kfNever}, "destip": {flags: kfNever}, "dstaddr": {flags: kfNever},
	"daddr": {flags: kfNever}, "natdst": {flags: kfNever}, "natdstip": {flags: kfNever}, "serveraddr": {flags: kfNever},
	// The address a proxy's NAT gave the source: the organisation's egress.
	"srcpostnat": {flags: kfNever}, "dstpostnat": {flags: kfNever}, "natsrc": {flags: kfNever},
	// Keys in Spanish, French, German and Portuguese, as forms and
	// systems for patients who speak them write them.
	"sobrenome":         {cat: Name, conf: High},
	"direccion":         {cat: Address, conf: High, flags: kfAddress},
	"domicilio":         {cat: Address, conf: High, flags: kfAddress},
	"endereco":          {cat: Address, conf: High, flags: kfAddress},
	"ciudad":            {cat: Address, conf: High},
	"ort":               {cat: Address, conf: Medium, flags: kfAmbiguous},
	"cidade":            {cat: Address, conf: High},
	"localidad":         {cat: Address, conf: High},
	"municipio":         {cat: Address, conf: High},
	"telefono":          {cat: Phone, conf: High},
	"telefon":           {cat: Phone, conf: High},
	"celular":           {cat: Phone, conf: High},
	"movil":             {cat: Phone, conf: High},
	"correoelectronico": {cat: Email, conf: High},
	"courriel":          {cat: Email, conf: High},
	"cep":               {cat: ZIP, conf: Medium},
	"cp":                {cat: ZIP, conf: Medium, flags: kfAmbiguous}, // código postal, code postal
	"avs":               {cat: ZIP, conf: Medium, flags: kfAmbiguous}, // a card's address verification: the cardholder's ZIP, or its result
	"nhc":               {cat: MRN, conf: High},                       // número de historia clínica
	"fnac":              {cat: Date, conf: High},                      // fecha de nacimiento
	"armbandid":         {cat: OtherID, conf: Medium},                 // a blood bank's band on the patient
	"bloodbankband":     {cat: OtherID, conf: Medium},
	"typenexno":         {cat: OtherID, conf: Medium},
	"bbid":              {cat: OtherID, conf: Medium},
	"cnh":               {cat: License, conf: High}, // Brazil's driving licence
	// SAP IS-H and SAP's customer master, as IDocs and traces print them.
	"nname":  {cat: Name, conf: High},      // Nachname
	"vname":  {cat: Name, conf: High},      // Vorname
	"gbdat":  {cat: Date, conf: High},      // Geburtsdatum
	"gbort":  {cat: Address, conf: Medium}, // Geburtsort
	"aufdt":  {cat: Date, conf: Medium},    // Aufnahmedatum: the admission
	"patnr":  {cat: MRN, conf: High},
	"falnr":  {cat: OtherID, conf: Medium}, // a case of one patient
	"kunnr":  {cat: Account, conf: Medium},
	"stras":  {cat: Address, conf: High},
	"ort01":  {cat: Address, conf: High},
	"pstlz":  {cat: ZIP, conf: High},
	"telf1":  {cat: Phone, conf: High},
	"telfx":  {cat: Fax, conf: High},
	"passnr": {cat: OtherID, conf: Medium},
	"sernr":  {cat: Device, conf: Medium},
	// Abbreviations of old systems' column names.
	"brthdt":              {cat: Date, conf: High},
	"brthdte":             {cat: Date, conf: High},
	"bdate":               {cat: Date, conf: High},
	"eml":                 {cat: Email, conf: High},
	"emladdr":             {cat: Email, conf: High},
	"pltno":               {cat: Vehicle, conf: High},
	"mssn":                {cat: SSN, conf: High}, // a birth certificate's worksheet: the mother's, the father's
	"fssn":                {cat: SSN, conf: High},
	"mdob":                {cat: Date, conf: High},
	"fdob":                {cat: Date, conf: High},
	"idob":                {cat: Date, conf: High},         // the infant's
	"nam":                 {cat: HealthPlan, conf: Medium}, // Quebec's numéro d'assurance maladie
	"username":            {flags: kfHandle},
	"period":              {flags: kfPeriod},
	"start":               {flags: kfBound | kfEventDate | kfSlot},
	"end":                 {flags: kfBound | kfEventDate | kfSlot},
	"effectivetime":       {cat: Date, conf: Medium, flags: kfPeriod | kfAmbiguous}, // CDA: when a person's care happened
	"low":                 {flags: kfBound},
	"high":                {flags: kfBound},
	"user":                {flags: kfHandle},
	"userid":              {flags: kfHandle},
	"login":               {flags: kfHandle},
	"loginid":             {flags: kfHandle},
	"handle":              {flags: kfHandle},
	"netid":               {flags: kfHandle},
	"appuser":             {flags: kfHandle},
	"duser":               {flags: kfHandle},   // CEF's destination user: whose record, perhaps
	"suser":               {flags: kfHandle},   // ... and its source user: who acted, a patient in a portal as often as staff
	"clientid":            {flags: kfClientID}, // an OAuth or Kafka client, or a patient by number (see keyedValue)
	"sid":                 {flags: kfClientID}, // a session or a Twilio resource, or a student by number (a university's ID)
	"pid":                 {flags: kfPaddedID},
	"pcn":                 {idCat: Account, flags: kfPaddedID}, // NCPDP's processor control number ("MEDDAET"), or a claim's patient control number
	"dfn":                 {cat: MRN, conf: Medium},            // VistA's patient file entry: "DFN=8184495"
	"idnumber":            {cat: OtherID, conf: Medium},        // a person's identity document, type unnamed: "id_number=2750727"
	"iddocumentnumber":    {cat: OtherID, conf: Medium},
	"contactdate":         {cat: Date, conf: Medium, flags: kfAmbiguous}, // when a client was seen on the street or called
	"consumerid":          {flags: kfNever},
	"uid":                 {flags: kfHandle}, // a Unix user's number, or a person's handle (see personalHandle)
	"sub":                 {},
	"dob":                 {cat: Date, conf: High},
	"age":                 {cat: Age, conf: High},
	"state":               {flags: kfNever},
	"country":             {flags: kfNever},
	"region":              {flags: kfNever},
	"ip":                  {cat: IP, conf: Medium},
	"url":                 {},
	"uri":                 {},
	"email":               {cat: Email, conf: High},
	"line":                {flags: kfAddrPart},
	"city":                {cat: Address, conf: High},
	"address":             {cat: Address, conf: High, flags: kfAddress},
	"addr":                {cat: Address, conf: High, flags: kfAddress},
	"patient":             {cat: Name, conf: Medium, idCat: MRN, flags: kfAmbiguous | kfPerson | kfPatientWord},
	"pt":                  {cat: Name, conf: Medium, idCat: MRN, flags: kfAmbiguous | kfPerson | kfPatientWord},
	"subject":             {flags: kfPerson, idCat: MRN}, // FHIR's subject; a trial's subject by number
	"subjid":              {cat: MRN, conf: Medium},      // CDISC's SUBJID, USUBJID, ODM's SubjectKey
	"patientonsetage":     {cat: Age, conf: Medium},      // E2B's
	"usubjid":             {cat: MRN, conf: Medium},
	"subjectkey":          {cat: MRN, conf: Medium},
	"subjectno":           {cat: MRN, conf: Medium},
	"subj":                {flags: kfPerson, idCat: MRN}, // a trial's subject, abbreviated (a mail's subject is text, no number)
	"studysubject":        {flags: kfPerson, idCat: MRN}, // OpenClinica's study_subject
	"studysubjectid":      {cat: MRN, conf: Medium},
	"screeningno":         {cat: MRN, conf: Medium}, // a trial's screening number, a subject's before randomisation
	"screeningnumber":     {cat: MRN, conf: Medium},
	"scrno":               {cat: MRN, conf: Medium},
	"randno":              {cat: OtherID, conf: Medium}, // a trial's randomisation number, assigned to one subject
	"randnum":             {cat: OtherID, conf: Medium},
	"randomizationno":     {cat: OtherID, conf: Medium},
	"randomizationnumber": {cat: OtherID, conf: Medium},
	"randomisationnumber": {cat: OtherID, conf: Medium},
	"subjectnumber":       {cat: MRN, conf: Medium},
	"subjectid":           {cat: MRN, conf: Medium},
	"insuredperson":       {flags: kfPerson},
	"contact":             {cat: Name, conf: Medium, flags: kfAmbiguous | kfPerson},
	"telecom":             {cat: Phone, conf: Medium, flags: kfAmbiguous | kfTelecom},
	"dlc":                 {cat: Date, conf: Medium}, // a registry's date of last contact
	"kontoinhaber":        {cat: Name, conf: High},   // German: an account's holder
	"karteninhaber":       {cat: Name, conf: High},
	"resno":               {cat: MRN, conf: Medium}, // a nursing home's resident number
	"resnum":              {cat: MRN, conf: Medium},
	"dateoflastcontact":   {cat: Date, conf: Medium},  // NAACCR's
	"dialnumber":          {cat: Phone, conf: Medium}, // ACORD's <Phone><AreaCode>505</AreaCode><DialNumber>3976504</DialNumber>
	"tag":                 {flags: kfPlate},           // a vehicle's plate under "vehicle", nothing alone
	"car":                 {cat: Vehicle, conf: Medium},
	"identifier":          {cat: MRN, conf: Medium, flags: kfAmbiguous},
	"s":                   {flags: kfWrapper},
	"n":                   {flags: kfWrapper},
	"stringvalue":         {flags: kfWrapper},
	"string":              {flags: kfWrapper}, // Avro's JSON encoding of a union: {"ssn": {"string": "..."}}
	"valuelist":           {flags: kfWrapper}, // ebXML's <Slot name="..."><ValueList><Value>
	"attributevalue":      {flags: kfWrapper}, // SAML's <Attribute Name="mrn"><AttributeValue>
	"attributes":          {flags: kfWrapper}, // XML as JSON: {"Provider": {"#attributes": {"Name": ...}}}
	"old":                 {flags: kfWrapper}, // an audit's change: {"last_name": {"old": ..., "new": ...}}
	"new":                 {flags: kfWrapper},
	"oldvalue":            {flags: kfWrapper},
	"newvalue":            {flags: kfWrapper},
	"previous":            {flags: kfWrapper},
	"long":                {flags: kfWrapper},
	"int":                 {flags: kfWrapper},
	"valuestring":         {flags: kfWrapper}, // Azure Document Intelligence's fields, FHIR's extensions
	"valuedate":           {flags: kfWrapper},
	"valuenumber":         {flags: kfWrapper},
	"valueinteger":        {flags: kfWrapper},
	"valuephonenumber":    {flags: kfWrapper},
	"content":             {flags: kfWrapper}, // {"PatientName": {"content": "ARJUN PATEL"}}
	"valuedetection":      {flags: kfWrapper}, // Textract's AnalyzeID: {"Type": {"Text": "FIRST_NAME"}, "ValueDetection": {"Text": ...}}
	"date":                {flags: kfWrapper}, // {"dob": {"$date": ...}}: MongoDB's extended JSON; {"admission": {"date": ...}}
	"intvalue":            {flags: kfWrapper},
	"doublevalue":         {flags: kfWrapper},
	"value":               {flags: kfWrapper | kfIdLike},
	"originalvalue":       {flags: kfWrapper}, // Amazon Lex's slots: {"FirstName": {"value": {"originalValue": ..., "interpretedValue": ...}}}
	"interpretedvalue":    {flags: kfWrapper},
	"resolvedvalues":      {flags: kfWrapper},
	"values":              {flags: kfWrapper},
	"val":                 {flags: kfWrapper},
	"query":               {flags: kfWrapper}, // Elasticsearch: {"match": {"pt_lname": {"query": "Reyes"}}}
	"from":                {flags: kfWrapper}, // {"range": {"dob": {"from": ..., "to": ...}}}
	"to":                  {flags: kfWrapper},
	"code":                {flags: kfCode},
	"templateid":          {flags: kfNever}, // CDA: a template's OID and version, "2015-08-01"
	"typeid":              {flags: kfNever},
	"v":                   {flags: kfWrapper},
	// MongoDB and Elasticsearch operators hold their field's value: {"dob": {"$gte": ...}}.
	"gte": {flags: kfWrapper}, "gt": {flags: kfWrapper}, "lte": {flags: kfWrapper}, "lt": {flags: kfWrapper},
	"eq": {flags: kfWrapper}, "ne": {flags: kfWrapper}, "in": {flags: kfWrapper}, "nin": {flags: kfWrapper},
	"identifiers":         {cat: MRN, conf: Medium, flags: kfAmbiguous},
	"mi":                  {cat: Name, conf: Low, flags: kfAmbiguous},
	"fin":                 {cat: OtherID, conf: Low},
	"dos":                 {cat: Date, conf: Medium},
	"har":                 {cat: Account, conf: Medium}, // hospital account record
	"cty":                 {cat: Address, conf: Medium, flags: kfAmbiguous},
	"yrs":                 {cat: Age, conf: Medium},
	"ssn":                 {cat: SSN, conf: High},
	"npi":                 {flags: kfNever},
	"dea":                 {cat: License, conf: High},
	"cell":                {cat: Phone, conf: Medium},
	"waid":                {cat: Phone, conf: Medium}, // WhatsApp's ID of a user: their number
	"mobile":              {cat: Phone, conf: High},
	"tel":                 {cat: Phone, conf: High},
	"fingerprint":         {cat: Biometric, conf: Medium, flags: kfAmbiguous},
	"image":               {cat: Photo, conf: Low, flags: kfAmbiguous},
	"gender":              {flags: kfNever},
	"sex":                 {flags: kfNever},
	"race":                {flags: kfNever},
	"ethnicity":           {flags: kfNever},
	"language":            {flags: kfNever},
	"requestid":           {flags: kfNever},
	"version":             {flags: kfNever},
	"build":               {flags: kfNever},
	"sdk":                 {flags: kfNever},
	"release":             {flags: kfNever},
	"devaddr":             {flags: kfNever},
	"staffmember":         {flags: kfOrgContact | kfNever}, // Jane's "staff_member": {"full_name": ...}, a clinician
	"teammember":          {flags: kfOrgContact | kfNever},
	"dodid":               {cat: OtherID, conf: Medium}, // a DoD ID (EDIPI), on every service member's and dependant's card
	"emiratesid":          {cat: OtherID, conf: Medium}, // the UAE's national ID
	"civilid":             {cat: OtherID, conf: Medium}, // Kuwait's and Oman's // a LoRaWAN device's network address for a session, no one's street
	"ndc":                 {flags: kfNever},
	"cpt":                 {flags: kfNever},
	"icd":                 {flags: kfNever},
	"ndccode":             {flags: kfNever},
	"traceid":             {flags: kfNever},
	"spanid":              {flags: kfNever},
	"orderid":             {flags: kfNever},
	"correlationid":       {flags: kfNever},
	"activitydisplayname": {flags: kfNever}, // Azure AD's audit: "Issue an id_token to the application"
	"nameoncard":          {cat: Name, conf: Medium},
	"sessionid":           {flags: kfNever},
	"transactionid":       {flags: kfNever},
	"messageid":           {flags: kfNever},
	"otherpatientids":     {cat: OtherID, conf: Medium}, // DICOM's (0010,1000)
	"smtpid":              {flags: kfNever},             // SendGrid's "smtp-id": a message's ID, "<...@ismtpd0184p1mdw1.sendgrid.net>"
	"msgid":               {flags: kfNever},
	"inreplyto":           {flags: kfNever},
	"eventid":             {flags: kfNever},
	"servicename":         {flags: kfNever},
	"hostname":            {flags: kfNever},
	"filename":            {flags: kfNever},
	"zipfile":             {flags: kfNever},
	"given":               {cat: Name, conf: Medium, flags: kfAmbiguous},
	"family":              {cat: Name, conf: Medium, flags: kfAmbiguous},
	"prefix":              {flags: kfNever},
	"suffix":              {flags: kfNever},
	"use":                 {flags: kfNever},
	"system":              {flags: kfNever},
	"resourcetype":        {flags: kfNever},
	"birthsex":            {flags: kfNever},
	"maritalstatus":       {flags: kfNever},
	"deceasedboolean":     {flags: kfNever},

	// PIDF-LO's civic address (RFC 4119, 5139), as 911 location carries it:
	// county, city and its divisions, house number and suffix, road,
	// street suffix, floor. A1 is the state, no part; PC, the postal code,
	// is too short a key to read alone.
	"civic": {flags: kfAddress},
	"a2":    {flags: kfAddrPart},
	"a3":    {flags: kfAddrPart},
	"a4":    {flags: kfAddrPart},
	"a5":    {flags: kfAddrPart},
	"a6":    {flags: kfAddrPart},
	"hno":   {flags: kfAddrPart | kfHouseNumber},
	"hns":   {flags: kfAddrPart},
	"rd":    {flags: kfAddrPart},
	"sts":   {flags: kfAddrPart},
	"prd":   {flags: kfAddrPart},
	"pod":   {flags: kfAddrPart},
	"flr":   {flags: kfAddrPart},
}

// hl7Fields classify keys naming HL7 v2 fields ("PID-5", "PID.7", "pid_19")
// by the field's meaning.
var hl7Fields = map[string]keyClass{
	"pid2":  {cat: MRN, conf: High},
	"pid3":  {cat: MRN, conf: High},
	"pid4":  {cat: MRN, conf: Medium},
	"pid5":  {cat: Name, conf: High},
	"pid6":  {cat: Name, conf: High},
	"pid7":  {cat: Date, conf: High},
	"pid9":  {cat: Name, conf: High},
	"pid11": {cat: Address, conf: High},
	"pid12": {cat: Address, conf: Medium},
	"pid13": {cat: Phone, conf: High},
	"pid14": {cat: Phone, conf: High},
	"pid18": {cat: Account, conf: High},
	"pid19": {cat: SSN, conf: High},
	"pid20": {cat: License, conf: High},
	"pid23": {cat: Address, conf: Medium}, // birth place
	"pid29": {cat: Date, conf: High},
	"nk12":  {cat: Name, conf: High},
	"nk13":  {flags: kfNever}, // the contact's relationship: "SIS^Sister"
	"nk14":  {cat: Address, conf: High},
	"nk15":  {cat: Phone, conf: High},
	"nk16":  {cat: Phone, conf: High},
	"nk137": {cat: SSN, conf: High},
	"gt13":  {cat: Name, conf: High},
	"gt15":  {cat: Address, conf: High},
	"gt16":  {cat: Phone, conf: High},
	"gt17":  {cat: Phone, conf: High},
	"gt18":  {cat: Date, conf: High},
	"gt112": {cat: SSN, conf: High},
	"in13":  {flags: kfNever}, // the insurance company: its ID, name, address, contact and phone
	"in14":  {flags: kfNever},
	"in15":  {flags: kfNever},
	"in16":  {flags: kfNever},
	"in17":  {flags: kfNever},
	"in116": {cat: Name, conf: High},
	"in118": {cat: Date, conf: High},
	"in117": {cat: Date, conf: Medium, flags: kfAmbiguous}, // a relationship's code by the standard; a birth date, one field short
	"pv143": {cat: Date, conf: Medium, flags: kfAmbiguous}, // a prior location by the standard; the admission's date, one field short
	// A patient type and a financial class by the standard, codes; the
	// visit number a field off.
	"pv118": {cat: OtherID, conf: Medium, flags: kfAmbiguous}, "pv120": {cat: OtherID, conf: Medium, flags: kfAmbiguous},
	// A bed's and an account's status, a pending location, balances and
	// charges by the standard; the admission's or discharge's day when
	// a message puts it a few fields off.
	"pv140": {cat: Date, conf: Medium, flags: kfAmbiguous}, "pv141": {cat: Date, conf: Medium, flags: kfAmbiguous},
	"pv142": {cat: Date, conf: Medium, flags: kfAmbiguous}, "pv146": {cat: Date, conf: Medium, flags: kfAmbiguous},
	"pv147": {cat: Date, conf: Medium, flags: kfAmbiguous}, "pv148": {cat: Date, conf: Medium, flags: kfAmbiguous},
	"pv149": {cat: Date, conf: Medium, flags: kfAmbiguous},
	"in119": {cat: Address, conf: High},
	"in136": {cat: HealthPlan, conf: High},
	"in135": {cat: HealthPlan, conf: Medium, flags: kfAmbiguous}, // a company plan's code by the standard; the policy number, one field short
	"in149": {cat: HealthPlan, conf: High},
	"pv13":  {flags: kfNever}, // the assigned location: "GALLUP-IHS^PRIMARY CARE^01"
	"pv17":  {flags: kfNever}, // the attending, referring, consulting, admitting, ordering doctors: clinicians, no patient's PHI
	"pv18":  {flags: kfNever},
	"pv19":  {flags: kfNever},
	"pv117": {flags: kfNever},
	"obx18": {flags: kfNever},        // the equipment's instance identifier: an analyzer's or a monitor's, no patient's (34 of 35 unlabeled)
	"acc1":  {cat: Date, conf: High}, // when the accident happened
	"obx23": {flags: kfNever},        // the performing laboratory: its name, address and medical director
	"obx24": {flags: kfNever},
	"obx25": {flags: kfNever},
	"pv152": {flags: kfNever},
	"obr16": {flags: kfNever},
	"orc12": {flags: kfNever},
	"evn5":  {flags: kfNever}, // the operator who triggered the event: staff
	// Coded elements (CE, CWE), a code and its text: what was observed,
	// ordered, diagnosed, given or covered ("SCORE^Model confidence^99AIT"),
	// never a person.
	"obx3": {flags: kfNever}, "obr4": {flags: kfNever}, "dg13": {flags: kfNever}, "pr13": {flags: kfNever},
	"al13": {flags: kfNever}, "rxe2": {flags: kfNever}, "rxa5": {flags: kfNever}, "rxo1": {flags: kfNever},
	"rxd2": {flags: kfNever}, "rxg4": {flags: kfNever}, "spm4": {flags: kfNever}, "iam3": {flags: kfNever},
	"sch6": {flags: kfNever}, "sch7": {flags: kfNever}, "sch8": {flags: kfNever}, "sch25": {flags: kfNever}, // an appointment's reason, type and status
	"sch12": {flags: kfNever}, "sch16": {flags: kfNever}, "sch20": {flags: kfNever}, // its placer's and filler's contacts, who entered it: staff
	"ods3": {flags: kfNever}, "odt1": {flags: kfNever}, // a diet's order and a tray's type
	"in12":  {flags: kfNever},
	"orc21": {flags: kfNever | kfOrgContact}, // the ordering facility's name, address and phone,
	"orc22": {flags: kfNever | kfOrgContact}, // and the ordering provider's address
	"orc23": {flags: kfNever | kfOrgContact},
	"orc24": {flags: kfNever | kfOrgContact},
	"gt12":  {cat: Account, conf: High},
	"gt119": {cat: SSN, conf: High},
	"in18":  {flags: kfNever}, // the group number: an employer's plan, shared by its members
	"pid21": {cat: OtherID, conf: Medium},
	"pid10": {flags: kfNever}, // race, language, marital status, religion, ethnic group: codes
	"pid15": {flags: kfNever},
	"pid16": {flags: kfNever},
	"pid17": {flags: kfNever},
	"pid22": {flags: kfNever},
	"pv150": {cat: OtherID, conf: Medium},
	"pv119": {cat: OtherID, conf: Medium},
	"pv144": {cat: Date, conf: High},
	"pv145": {cat: Date, conf: High},
	"nk116": {cat: Date, conf: High},       // the contact's birth date
	"in22":  {cat: SSN, conf: High},        // the insured's
	"in26":  {cat: HealthPlan, conf: High}, // Medicare card number
	"in27":  {cat: Name, conf: High},       // Medicaid case name
	"in28":  {cat: HealthPlan, conf: High}, // Medicaid case number
	"in261": {cat: HealthPlan, conf: High}, // patient member number
	"in263": {cat: Phone, conf: High},      // the insured's home phone
	"mrg1":  {cat: MRN, conf: High},        // prior identifiers of a merged patient
	"mrg2":  {cat: MRN, conf: Medium},
	"mrg3":  {cat: Account, conf: High},
	"mrg5":  {cat: OtherID, conf: Medium},
	"mrg7":  {cat: Name, conf: High},
	"ft14":  {cat: Date, conf: High}, // the date of service
	"obr3":  {flags: kfNever},        // the filler's order number: an order's (183 of 227 in the independent sets unlabeled)
	"obr7":  {cat: Date, conf: High}, // when the specimen was collected
	"obr14": {cat: Date, conf: High}, // and received (38 of 52 labelled)
	"spm18": {cat: Date, conf: High},
	"spm2":  {cat: OtherID, conf: Medium}, // the specimen's accession number, placer's or filler's (49 of 57 labelled)
	"dg15":  {cat: Date, conf: High},      // when the diagnosis was made: a day (see hl7Segment)
	"obx14": {cat: Date, conf: High},      // when it was observed
	"spm17": {cat: Date, conf: High},
	"rxa3":  {cat: Date, conf: Medium}, // when a vaccine or drug was given
	"rxa4":  {cat: Date, conf: Medium},
	"rxd3":  {cat: Date, conf: Medium}, // when it was dispensed
	"ais4":  {cat: Date, conf: Medium}, // a scheduled visit's start, as its service, location and staff carry it
	"aig8":  {cat: Date, conf: Medium},
	"ail6":  {cat: Date, conf: Medium},
	"aip6":  {cat: Date, conf: Medium},
	"sch11": {cat: Date, conf: Medium},    // an appointment's timing: its start and end in components 4 and 5
	"tq17":  {cat: Date, conf: Medium},    // an order's start and end (a diet's, a treatment course's)
	"orc7":  {cat: Date, conf: Medium},    // ... as v2.3's order carried them, in its timing's components 4 and 5
	"rf16":  {cat: OtherID, conf: Medium}, // a referral's number, and the days it holds from and to
	"rf17":  {cat: Date, conf: Medium},
	"rf18":  {cat: Date, conf: Medium},
	"rf111": {cat: OtherID, conf: Medium},
	"tq18":  {cat: Date, conf: Medium},
	"rxe13": {cat: License, conf: Medium}, // the ordering provider's DEA number
	// A query by parameter (CDC's Z34 and Z44 immunization queries): the
	// patient's identifiers, name, mother's maiden name, birth date,
	// address and phone.
	"qpd3": {cat: MRN, conf: Medium},
	"qpd4": {cat: Name, conf: High},
	"qpd5": {cat: Name, conf: High},
	"qpd6": {cat: Date, conf: High},
	"qpd8": {cat: Address, conf: Medium},
	"qpd9": {cat: Phone, conf: Medium},
}

// standardItems classify the item codes of national assessment and
// reporting standards, which name fields by number: CMS's MDS 3.0
// (nursing homes) and OASIS (home health), and NEMSIS 3 (EMS).
var standardItems = map[string]keyClass{
	// X12's elements as translators' messages name them: "DMG02=20200812".
	"dmg02":      {cat: Date, conf: High},
	"n301":       {cat: Address, conf: High},
	"n302":       {cat: Address, conf: High},
	"n401":       {cat: Address, conf: Medium},
	"n403":       {cat: ZIP, conf: High},
	"nm103":      {cat: Name, conf: Medium},
	"nm104":      {cat: Name, conf: Medium},
	"nm105":      {cat: Name, conf: Medium},
	"a0500a":     {cat: Name, conf: High}, // MDS: first name, middle initial, last name, suffix
	"a0500b":     {cat: Name, conf: Medium},
	"a0500c":     {cat: Name, conf: High},
	"a0600a":     {cat: SSN, conf: High},
	"a0600b":     {cat: HealthPlan, conf: High}, // Medicare number
	"a0700":      {cat: HealthPlan, conf: High}, // Medicaid number
	"a0900":      {cat: Date, conf: High},       // birth date
	"a1300a":     {cat: MRN, conf: High},
	"a1300":      {cat: MRN, conf: Medium},
	"a1600":      {cat: Date, conf: High}, // entry, discharge and assessment reference dates
	"a2000":      {cat: Date, conf: High},
	"a2300":      {cat: Date, conf: High},
	"m0020":      {cat: MRN, conf: Medium}, // OASIS: patient ID, start and resumption of care, name, ZIP, numbers, birth date
	"m0030":      {cat: Date, conf: High},
	"m0032":      {cat: Date, conf: High},
	"m0040":      {cat: Name, conf: High},
	"m0060":      {cat: ZIP, conf: High},
	"m0063":      {cat: HealthPlan, conf: High},
	"m0064":      {cat: SSN, conf: High},
	"m0065":      {cat: HealthPlan, conf: High},
	"m0066":      {cat: Date, conf: High},
	"m0090":      {cat: Date, conf: Medium},
	"m0906":      {cat: Date, conf: High},
	"epatient01": {cat: MRN, conf: Medium}, // NEMSIS ePatient: ID, names, home address, SSN, age, birth date, phone, email, licence
	"epatient02": {cat: Name, conf: High},
	"epatient03": {cat: Name, conf: High},
	"epatient04": {cat: Name, conf: Medium},
	"epatient05": {cat: Address, conf: High},
	"epatient06": {cat: Address, conf: High},
	"epatient07": {cat: Address, conf: High},
	"epatient09": {cat: ZIP, conf: High},
	"epatient11": {cat: Address, conf: Medium},
	"epatient12": {cat: SSN, conf: High},
	"epatient15": {cat: Age, conf: High},
	"epatient17": {cat: Date, conf: High},
	"epatient18": {cat: Phone, conf: High},
	"epatient19": {cat: Email, conf: High},
	"epatient21": {cat: License, conf: High},
	"epatient22": {cat: Address, conf: Medium},
}

// hl7Component classifies keys naming a component of an HL7 field:
// "PID.11.5" (the ZIP of the address), "PID-5.1" (the family name),
// "PID.5.1.1" (its first subcomponent).
func hl7Component(t []string) (keyClass, bool) {
	if len(t) < 3 || len(t) > 4 || len(t[0]) != 3 || !isDigit(t[1][0]) || !isDigit(t[2][0]) {
		return keyClass{}, false
	}
	kc, ok := hl7Fields[t[0]+t[1]]
	if !ok {
		return keyClass{}, false
	}
	if kc.cat == Address {
		switch t[2] {
		case "4", "6", "7":
			return keyClass{flags: kfNever}, true // state, country, address type
		case "5":
			return keyClass{cat: ZIP, conf: High}, true
		}
	}
	return kc, true
}

// compounds are words run together in keys that normalisation cannot split
// ("dateofservice", "nokname"), found inside the joined key.
var compounds = []struct {
	sub string
	kc  keyClass
}{
	{"dateofbirth", keyClass{cat: Date, conf: High}}, {"birthdate", keyClass{cat: Date, conf: High}},
	{"dateofservice", keyClass{cat: Date, conf: Medium}}, {"dateofdeath", keyClass{cat: Date, conf: High}},
	{"admitdate", keyClass{cat: Date, conf: Medium}}, {"admissiondate", keyClass{cat: Date, conf: Medium}},
	{"dischargedate", keyClass{cat: Date, conf: Medium}}, {"servicedate", keyClass{cat: Date, conf: Medium}},
	{"firstname", keyClass{cat: Name, conf: High}}, {"lastname", keyClass{cat: Name, conf: High}},
	{"fullname", keyClass{cat: Name, conf: High}}, {"middlename", keyClass{cat: Name, conf: High}},
	{"maidenname", keyClass{cat: Name, conf: High}}, {"nokname", keyClass{cat: Name, conf: High}},
	{"patientname", keyClass{cat: Name, conf: High}}, {"membername", keyClass{cat: Name, conf: High}},
	{"emergencycontact", keyClass{cat: Name, conf: Medium, flags: kfAmbiguous | kfPerson}},
	{"phonenumber", keyClass{cat: Phone, conf: High}}, {"cellphone", keyClass{cat: Phone, conf: High}},
	{"homephone", keyClass{cat: Phone, conf: High}}, {"faxline", keyClass{cat: Fax, conf: High}},
	{"faxnumber", keyClass{cat: Fax, conf: High}}, {"emailaddress", keyClass{cat: Email, conf: High}},
	{"zipcode", keyClass{cat: ZIP, conf: High}}, {"postalcode", keyClass{cat: ZIP, conf: High}},
	{"streetaddress", keyClass{cat: Address, conf: High, flags: kfAddress}}, {"mailingaddress", keyClass{cat: Address, conf: High, flags: kfAddress}},
	{"homeaddress", keyClass{cat: Address, conf: High, flags: kfAddress}}, {"socialsecurity", keyClass{cat: SSN, conf: High}},
	{"memberid", keyClass{cat: HealthPlan, conf: High}}, {"taxpayerid", keyClass{cat: OtherID, conf: Medium}},
	{"subscriberssn", keyClass{cat: SSN, conf: High}}, {"memberssn", keyClass{cat: SSN, conf: High}},
	{"patientssn", keyClass{cat: SSN, conf: High}}, {"homezip", keyClass{cat: ZIP, conf: High}},
	{"mailingzip", keyClass{cat: ZIP, conf: High}}, {"billingzip", keyClass{cat: ZIP, conf: High}}, {"subscriberid", keyClass{cat: HealthPlan, conf: High}},
	{"medicalrecord", keyClass{cat: MRN, conf: High}}, {"driverslicense", keyClass{cat: License, conf: High}},
	{"licenseplate", keyClass{cat: Vehicle, conf: High}}, {"accountnumber", keyClass{cat: Account, conf: High}},
}

func compoundKey(j string) (keyClass, bool) {
	if len(j) < 7 {
		return keyClass{}, false
	}
	for _, c := range compounds {
		// A container of a person's data or an address ends the key:
		// "emergencycontact", not "emergencycontactphone" or
		// "mailingaddresszip", which the word rules read.
		container := c.kc.person() || c.kc.address()
		if container && strings.HasSuffix(j, c.sub) || !container && strings.Contains(j, c.sub) {
			return c.kc, true
		}
	}
	return keyClass{}, false
}

// slotKey reports whether t names the start or the end of a span of
// time: "start", "end", "start_time", "endDateTime", "ScheduleStartTime".
func slotKey(t []string) bool {
	n := len(t)
	last := t[n-1]
	if last == "start" || last == "end" || n == 1 && (last == "slot" || last == "timeslot") {
		return true // ... and a booking's "slot"
	}
	return n >= 2 && (t[n-2] == "start" || t[n-2] == "end" || t[n-2] == "starts" || t[n-2] == "ends") && (last == "time" || last == "datetime" || last == "at" || last == "ts")
}

// personIDCategory is what a bare "id" under a person key is.
func personIDCategory(t []string) Category {
	for _, w := range t {
		switch w {
		case "patient", "pt", "pat", "chart", "mrn", "client", "resident", "inmate", "offender", "detainee", "rider", "athlete", "donor", "participant",
			"student":
			// ... and "clientChart": a client's chart number; home health,
			// behavioural health and social services call patients clients,
			// nursing homes residents; a jail's clinic knows its patients by
			// the jail's number, a medical transport its riders by its own,
			// a blood or tissue bank its donors by its own, a school nurse
			// her students by the district's number, a study or a
			// wellness program its participants by its own.
			return MRN
		case "member", "mbr", "subscriber", "subscr", "insured", "beneficiary", "bene", "benef", "enrollee", "policyholder":
			return HealthPlan
		case "guarantor", "gt", "cardholder", "holder", "payer":
			return Account
		}
	}
	return OtherID
}

// handleName reports whether a "name" in t follows "user", "login",
// "screen" or "account": the name of an account, not of a person.
func handleName(t []string) bool {
	for k := 1; k < len(t); k++ {
		if (t[k] == "name" || t[k] == "nm") && (t[k-1] == "user" || t[k-1] == "login" || t[k-1] == "screen" || t[k-1] == "account") {
			return true
		}
	}
	return false
}
