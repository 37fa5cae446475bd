package detectors

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// The engine's quality on the labeled synthetic corpus (testdata/corpus,
// made by internal/synth), scored as ../shared/eval/score.py scores
// logscan's output: a labeled span is found when findings cover 80% of
// its bytes; a finding is true when half of its bytes are labeled PHI.
// The thresholds are floors under the figures in the README, so that a
// change that loses recall or precision fails here.
var corpusFloors = struct {
	recall, precision float64
	perCategory       float64 // recall of every category but those below
	exempt            map[string]float64
}{
	recall: 0.96, precision: 0.995, perCategory: 0.9,
}

type labeledSpan struct {
	S   int    `json:"s"`
	E   int    `json:"e"`
	Cat string `json:"cat"`
	Via string `json:"via"`
}

type labeledLine struct {
	Line   int           `json:"line"`
	Family string        `json:"family"`
	Spans  []labeledSpan `json:"spans"`
}

// corpusScore holds counts per group (category, "via:key", "family:json"...).
type corpusScore struct {
	labeled, found, typed map[string]int
	tp, fp                int
	fpBy                  map[string]int
}

func scoreCorpus(t *testing.T, sc *Scanner, logPath, labelPath string) *corpusScore {
	t.Helper()
	data, err := os.ReadFile(logPath)
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	lf, err := os.Open(labelPath)
	if err != nil {
		t.Skipf("labels not available: %v", err)
	}
	defer lf.Close()
	lines := bytes.Split(data, []byte("\n"))
	s := &corpusScore{labeled: map[string]int{}, found: map[string]int{}, typed: map[string]int{}, fpBy: map[string]int{}}
	in := bufio.NewScanner(lf)
	in.Buffer(nil, 1<<24)
	var fs []Finding
	for in.Scan() {
		var ll labeledLine
		if err := json.Unmarshal(in.Bytes(), &ll); err != nil {
			t.Fatalf("%s: bad label line: %v", labelPath, err)
		}
		if ll.Line < 1 || ll.Line > len(lines) {
			t.Fatalf("%s: line %d out of range", labelPath, ll.Line)
		}
		line := lines[ll.Line-1]
		fs = sc.Scan(fs[:0], line)
		for _, sp := range ll.Spans {
			if strings.HasPrefix(sp.Cat, "_") {
				continue
			}
			n := sp.E - sp.S
			cov, tcov := 0, 0
			for k := sp.S; k < sp.E; k++ {
				hit, typed := false, false
				for _, f := range fs {
					if f.Start <= k && k < f.End {
						hit = true
						if sameCategory(f.Category.String(), sp.Cat) {
							typed = true
						}
					}
				}
				if hit {
					cov++
				}
				if typed {
					tcov++
				}
			}
			for _, g := range []string{sp.Cat, "via:" + sp.Via, "family:" + ll.Family, "all"} {
				s.labeled[g]++
				if n > 0 && cov*5 >= n*4 {
					s.found[g]++
				}
				if n > 0 && tcov*5 >= n*4 {
					s.typed[g]++
				}
			}
		}
		for _, f := range fs {
			inside := 0
			for _, sp := range ll.Spans {
				inside += max(0, min(sp.E, f.End)-max(sp.S, f.Start))
			}
			if inside*2 >= max(f.Len(), 1) {
				s.tp++
			} else {
				s.fp++
				s.fpBy[f.Category.String()]++
			}
		}
	}
	return s
}

func sameCategory(a, b string) bool {
	norm := func(c string) string {
		if c == "fax" {
			return "phone"
		}
		return c
	}
	return norm(a) == norm(b)
}

func (s *corpusScore) recall(g string) float64 {
	if s.labeled[g] == 0 {
		return 0
	}
	return float64(s.found[g]) / float64(s.labeled[g])
}

func (s *corpusScore) table() string {
	var b strings.Builder
	groups := make([]string, 0, len(s.labeled))
	for g := range s.labeled {
		groups = append(groups, g)
	}
	sort.Slice(groups, func(i, j int) bool {
		gi, gj := strings.Contains(groups[i], ":"), strings.Contains(groups[j], ":")
		if gi != gj {
			return !gi
		}
		return s.labeled[groups[i]] > s.labeled[groups[j]]
	})
	fmt.Fprintf(&b, "%-16s %8s %8s %8s %8s %8s\n", "group", "labeled", "found", "recall", "typed", "false+")
	for _, g := range groups {
		fmt.Fprintf(&b, "%-16s %8d %8d %8.3f %8.3f %8d\n", g, s.labeled[g], s.found[g], s.recall(g),
			float64(s.typed[g])/float64(s.labeled[g]), s.fpBy[g])
	}
	fmt.Fprintf(&b, "precision %.4f (%d true, %d false)\n", s.precision(), s.tp, s.fp)
	return b.String()
}

func (s *corpusScore) precision() float64 {
	if s.tp+s.fp == 0 {
		return 0
	}
	return float64(s.tp) / float64(s.tp+s.fp)
}

func TestCorpusQuality(t *testing.T) {
	s := scoreCorpus(t, Default(), "../testdata/corpus/labeled.log", "../testdata/corpus/labeled.labels.jsonl")
	t.Logf("synthetic corpus, by category, by how the value was found (via) and by format (family):\n%s", s.table())
	if r := s.recall("all"); r < corpusFloors.recall {
		t.Errorf("overall recall %.4f < %.2f", r, corpusFloors.recall)
	}
	if p := s.precision(); p < corpusFloors.precision {
		t.Errorf("precision %.4f < %.2f", p, corpusFloors.precision)
	}
	for _, c := range Categories() {
		g := c.String()
		if s.labeled[g] == 0 {
			continue
		}
		floor := corpusFloors.perCategory
		if f, ok := corpusFloors.exempt[g]; ok {
			floor = f
		}
		if r := s.recall(g); r < floor {
			t.Errorf("%s recall %.3f < %.2f", g, r, floor)
		}
	}
}

// TestDevCorpusQuality scores the shared dev corpus when it is beside the
// repository (../shared/eval), as it is in CI.
func TestDevCorpusQuality(t *testing.T) {
	s := scoreCorpus(t, Default(), "../../shared/eval/dev.log", "../../shared/eval/dev.labels.jsonl")
	t.Logf("dev corpus:\n%s", s.table())
	if r, p := s.recall("all"), s.precision(); r < 0.97 || p < 0.97 {
		t.Errorf("dev corpus recall %.4f precision %.4f, want both >= 0.97", r, p)
	}
}

// TestIndependentCorpusQuality scores the engine on logs written by
// writers who had not read it (testdata/independent/README.md). Rows of
// CSV exports are scored by Scan alone here, without logscan's headers.
func TestIndependentCorpusQuality(t *testing.T) {
	for _, c := range []struct {
		name              string
		recall, precision float64
	}{
		{"a", 0.93, 0.97},
		{"b", 0.83, 0.97}, // 0.90 through logscan, which reads its CSV rows by their headers
		{"c", 0.94, 0.95},
		{"d", 0.94, 0.96},
		{"e", 0.91, 0.96},
		{"f", 0.90, 0.92},
		{"g", 0.88, 0.94},
		{"h", 0.92, 0.91},
		{"j", 0.89, 0.87}, // 0.97 through logscan, which reads printed tables by their headers
		{"k", 0.89, 0.76},
		{"m", 0.87, 0.91},
		{"n", 0.89, 0.89},
		{"p", 0.79, 0.86}, // 0.88 through logscan, which reads printed tables by their headers
		{"q", 0.83, 0.87},
		{"r", 0.73, 0.80},
		{"s", 0.72, 0.81},
		{"t", 0.90, 0.74},
		{"u", 0.92, 0.78},
		{"v", 0.87, 0.75},
		{"w", 0.85, 0.71},
		{"x", 0.73, 0.76},
		{"y", 0.86, 0.84},
		{"z", 0.90, 0.83},
		{"aa", 0.93, 0.84},
		{"ab", 0.87, 0.89},
		{"ac", 0.87, 0.67}, // attorneys, adjusters and firms, whom it does not label
		{"ad", 0.85, 0.53}, // staff in IT tools, whom it does not label
		{"ae", 0.90, 0.80},
		{"af", 0.92, 0.83},
		{"ag", 0.89, 0.76},
		{"ah", 0.89, 0.82},
		{"ai", 0.88, 0.79},
		{"ak", 0.75, 0.85}, // psql and sqlcmd tables under headers printed lines before
		{"al", 0.88, 0.81},
		{"am", 0.86, 0.69}, // clinicians in HL7 orders, instruments' serials and accessions, which it does not label
		{"ao", 0.85, 0.88},
		{"ap", 0.82, 0.78},
		{"aq", 0.93, 0.90},
		{"ar", 0.85, 0.84},
		{"as", 0.88, 0.77},
		{"at", 0.88, 0.76},
		{"au", 0.80, 0.73}, // change-data-capture images, profilers, warehouses
		{"av", 0.77, 0.89}, // other countries' health and national numbers
		{"aw", 0.91, 0.82},
		{"ax", 0.91, 0.88},
		{"ay", 0.88, 0.91},
		{"az", 0.83, 0.95}, // wander-guard tags, plates in headerless rows, MAC logins
		{"ba", 0.91, 0.95},
		{"bb", 0.82, 0.97}, // developers' messages: single given names, lower-case names
		{"bc", 0.90, 0.95},
		{"bd", 0.87, 0.85}, // clinical prose
		{"be", 0.87, 0.85}, // JSON in JSON in JSON, protobuf, Avro, DynamoDB, BigQuery
		{"bf", 0.58, 0.95}, // tables under headers lines before: 0.74 through logscan, which reads them
		{"bg", 0.78, 0.96}, // multi-line dumps, read line by line
		{"bh", 0.79, 0.92}, // small practices' homegrown and legacy software
		{"bi", 0.85, 0.89}, // encodings and escapes
		{"bj", 0.87, 0.93}, // misspelled, abbreviated and generic keys
		{"bk", 0.75, 0.85}, // languages and scripts of US patients
		{"bl", 0.50, 0.89}, // values printed with no keys
		{"bm", 0.87, 0.87}, // one SaaS company, 55% of lines without PHI
		{"bn", 0.87, 0.93}, // CDS Hooks, SMART, Da Vinci, bulk FHIR
		{"bo", 0.93, 0.85}, // logging libraries' encoders
		{"bp", 0.87, 0.85}, // a telehealth startup's services
		{"bq", 0.88, 0.85}, // a hospital's Windows and .NET stack
		{"br", 0.90, 0.89}, // a serverless app on AWS
		{"bs", 0.83, 0.92}, // a health analytics company on Google Cloud
		{"bt", 0.89, 0.87}, // a health insurer's member apps on Azure
		{"bu", 0.85, 0.70}, // a home health agency's PHP stack: its own numbers and staff in every record
		{"bv", 0.87, 0.90}, // a pediatric practice group's TypeScript stack
		{"bw", 0.93, 0.82}, // a reference laboratory's JVM stack
		{"bx", 0.84, 0.82}, // a pharmacy benefit startup in Go and Rust
		{"by", 0.86, 0.75}, // a device maker's complaints: hospitals' and distributors' addresses unlabeled
		{"bz", 0.78, 0.84}, // a clinical trial platform: subjects' initials, numbers in many forms
		{"ca", 0.89, 0.80}, // patients' identity and access, staff beside them
		{"cb", 0.74, 0.92}, // a direct-to-consumer genomics company: kit codes (left unread), relatives
		{"cc", 0.80, 0.93}, // Clojure, Elixir, Erlang, Haskell, OCaml, Perl and other languages' prints
		{"cd", 0.89, 0.85}, // online stores of prescription products: Shopify, WooCommerce, carriers
		{"ce", 0.90, 0.64}, // a hospital's workforce tools: staff beside patients on the same lines
		{"cf", 0.85, 0.89}, // a health insurance marketplace: households, verification, appeals, X12 834
		{"cg", 0.88, 0.91}, // transcription, coding and CDI: HL7 MDM, files named for patients
		{"ch", 0.80, 0.80}, // a county health department: ELR, contact tracing, clinics, vital records, inspections
		{"ci", 0.70, 0.84}, // street medicine and homeless services: HMIS, outreach notes typed on phones
		{"cj", 0.86, 0.89}, // an archive after imperfect redaction: masks, hashes, tokens and what they missed
		{"ck", 0.80, 0.80}, // skilled nursing and assisted living: residents, eMAR, MDS, trust funds, transfers
		{"cl", 0.82, 0.89}, // military and veterans' health: DEERS, TRICARE, VistA, VA claims, ID.me
		{"cm", 0.76, 0.80}, // supply chain and implant tracking: UDIs at the point of use, recalls, EDI
		{"cn", 0.77, 0.68}, // occupational health: employers' portals, drug screens, DOT physicals, audiograms
		{"co", 0.72, 0.76}, // a medical cannabis registry and its dispensaries: cards, licences' barcodes, deliveries
		{"cp", 0.78, 0.86}, // digital pathology: slide files, DICOM WSI, sign-out, AI jobs, de-identification
		{"cq", 0.81, 0.88}, // dental and orthodontic practices: practice management exports, imaging, ADA claims, aligner cases
		{"cr", 0.78, 0.85}, // a fertility clinic network: IVF cycles, embryology instruments, donors beside recipients and partners
		{"cs", 0.84, 0.78}, // a medical transport broker: trips, dispatch, a fleet's vans and drivers beside riders
		{"ct", 0.73, 0.85}, // organ and tissue donation: OPO referrals, HLA lab, waitlist matches, couriers, donor families
		{"cu", 0.80, 0.87}, // a dialysis network: machines, home cyclers, water treatment, CMS-2728, transport
		{"cv", 0.76, 0.87}, // correctional health: bookings, inmate numbers, eMAR, transports, grievances, pharmacy
		{"cw", 0.81, 0.87}, // an eye care group: instruments, DICOM, lens orders, vision plans, IOL implants, retinal AI
		{"cx", 0.70, 0.86}, // a crisis line: SIP and ACD logs, chats, case notes with partial identities, dispatch
		{"cy", 0.86, 0.92}, // audiology and hearing aids: fitting software, BLE telemetry, cochlear implants, newborn screening
		{"cz", 0.83, 0.76}, // a hospice agency: referrals, NOE, EVV visits, deaths, funeral homes, bereavement, volunteers
		{"da", 0.75, 0.90}, // medical interpreting: video and phone sessions, translation of documents in many scripts
		{"db", 0.78, 0.90}, // sleep medicine: polysomnography and EDF headers, home tests, CPAP clouds, DOT drivers
		{"dc", 0.78, 0.90}, // sports medicine: athletes, concussion tests, wearables, consent for minors, workers' comp
		{"dd", 0.75, 0.82}, // a manufacturer's patient support hub: enrollment faxes, prior auth, copay cards, NCPDP claims
		{"de", 0.60, 0.84}, // a rural hospital's legacy systems: MUMPS error traps, AS/400 spools, ASTM, COBOL, fax
		{"df", 0.82, 0.92}, // a home infusion pharmacy: referrals, compounding, pumps, nursing visits, cold chain, billing
		{"dg", 0.72, 0.79}, // a medical examiner's office: decedents and next of kin, body tracking, toxicology, death certificates
		{"dh", 0.73, 0.87}, // a school district's health services: nurse visits, immunizations, screenings, Medicaid therapy billing
		{"di", 0.73, 0.88}, // a radiation oncology department: ARIA- and MOSAIQ-like logs, DICOM RT, linacs, physics QA
		{"dj", 0.80, 0.89}, // a hospital's food and nutrition services: diet orders, tray tickets (ZPL, ESC/POS), menu exports, POS
		{"dk", 0.80, 0.84}, // outpatient therapy clinics: Rails, a home exercise app, faxes, gait lab, Twilio, Stripe
		{"dl", 0.85, 0.72}, // a hospital's patient flow: bed boards, transport, EVS, transfer center, SignalR frames
		{"dm", 0.84, 0.90}, // a blood center and transfusion service: donors, ISBT 128, apheresis, ASTM and HL7, blood bank
		{"dn", 0.88, 0.80}, // hospital medication management: dispensing cabinets, IV robots, pumps, BCMA, telepharmacy
		{"do", 0.88, 0.84}, // care management and discharge planning: placements, reviews, APS, X12 278, family portal
		{"dp", 0.85, 0.85}, // an ambulatory surgery center group: Laravel, anesthesia, sterile processing, PowerShell tables
		{"dq", 0.76, 0.61}, // endpoint and security tooling: DLP, mail, print, MDM, EDR command lines, CEF and LEEF
		{"dr", 0.86, 0.88}, // orthotics and prosthetics: CAD/CAM files named for patients, device apps, DMEPOS claims
		{"ds", 0.64, 0.86}, // travel medicine: passports and MRZ lines, visas, hotels, IBAN payments, 19 countries
		{"dt", 0.56, 0.90}, // a medical debt collection agency: fixed-width placements, skip tracing, Metro 2, dialer CDRs
		{"du", 0.78, 0.84}, // a healthcare staffing agency: staff everywhere, patients in incident reports
		{"dv", 0.73, 0.87}, // a research biobank: e-consent, REDCap, honest broker, pandas frames and R prints
		{"dw", 0.73, 0.89}, // a prescription drug monitoring program: ASAP 4.2 uploads and their error reports
		{"dx", 0.88, 0.76}, // clinical communication and alarms: secure messaging, ORU^R40, nurse call, HL7 as byte strings
		{"dy", 0.77, 0.89}, // a cancer registry: pathology ORU, NAACCR XML and fixed-width records, EDITS, tumor boards
		{"dz", 0.50, 0.85}, // an EHR data conversion: SQL*Plus and bcp, crosswalks, FHIR OperationOutcome, dbt, Airflow
		{"ea", 0.72, 0.83}, // a teledermatology and med spa chain: photo uploads, EXIF dumps, DICOM VL, HL7 with images, Stripe
		{"eb", 0.85, 0.81}, // a hospital's fax, scanning and document management: RightFax, OCR, OnBase, ROI, print servers, SFTP
		{"ec", 0.82, 0.80}, // a nurse triage line and contact center: ACD events, TaskRouter, triage protocols, CTI, transcripts
		{"ed", 0.74, 0.82}, // Medicare Advantage risk adjustment and HEDIS: chart retrieval, abstraction, MAO-004, EDPS, outreach
		{"ee", 0.85, 0.88}, // cardiac device remote monitoring: transmissions, IDCO ORU, bedside monitors, BLE apps, X12 837
		{"ef", 0.81, 0.46}, // hospital network logs: guest Wi-Fi, RADIUS, DHCP and DNS, PAN-OS and Zscaler, VPN, badges
		{"eg", 0.77, 0.77}, // foster care health: case management, court scheduling, Medicaid feeds, foster parent portal
		{"eh", 0.88, 0.89}, // a prescription discount app: GraphQL, Rails, mobile logs, deep links, pushes, NCPDP claims
		{"ei", 0.91, 0.83}, // point-of-care testing: POCT1-A XML, meters and docks, operators, ADT and ORU, unmatched queues
		{"ej", 0.72, 0.76}, // an opioid treatment program: dispensing pumps, take-home labels, central registry, Part 2, palm check-in
		{"ek", 0.79, 0.92}, // an MPI team's data lake: Spark logs, df.show tables, Splink pairs, parquet stats, Great Expectations
		{"el", 0.85, 0.90}, // emergency department operations: tracking board, EMS feeds, ADT merges, sepsis alerts, RTLS, holds
		{"em", 0.75, 0.90}, // patient financial services: good faith estimates, charity care, payment plans, disputes, CTI
		{"en", 0.73, 0.72}, // employer wellness screening: kiosks and licence barcodes, HRAs, wearables, eligibility files
		{"eo", 0.68, 0.86}, // a German-speaking hospital group: KIS keys in German, HL7 Z-segments, SAP IS-H, portal, DICOM
		{"ep", 0.82, 0.88}, // a breach investigation's tool output: grep and rg hits, strings, bulk_extractor, jq, Splunk CSV, journalctl
		{"eq", 0.88, 0.89}, // a claims clearinghouse's EDI gateway: AS2 and SFTP, X12 with '*', '|' and '^', 999, 277CA, 835, CORE SOAP
		{"er", 0.81, 0.86}, // an ABA therapy and developmental pediatrics provider: tablets, practice exports, authorizations, parent portal
		{"es", 0.83, 0.90}, // a Canadian hospital network: OHIP and RAMQ numbers, bilingual keys, HL7, FHIR, LIS, Application Insights
		{"et", 0.73, 0.69}, // a free clinic network on no-code tools: Zapier, Make, Airtable, Apps Script, Twilio, Calendly, JotForm
		{"eu", 0.43, 0.92}, // a medical debt collection agency: placement files, Metro 2, skip tracing, dialer, payment portal, letters
		{"ev", 0.88, 0.88}, // identity verification and onboarding: KYC webhooks, ID and insurance card OCR, AAMVA scans, Verify, proxies
		{"ew", 0.68, 0.84}, // an EHR conversion: crosswalks, diff -u of loads, tablediff, SQL*Loader, failed rows, duplicate candidates
		{"ex", 0.65, 0.94}, // a population health company's data quality tooling: dbt, Great Expectations, Soda, Spark show(), Snowflake
		{"ey", 0.84, 0.68}, // a hospital's clinical mobility: Intune and Jamf, secure messaging and alerts, Zebra wristband scans, RPM devices
		{"ez", 0.90, 0.80}, // a health system's website and marketing: WordPress, Drupal, forms, pixels and GA4 hits, edge logs, CRM, chatbot
		{"fa", 0.84, 0.79}, // its writer leaves case numbers, which most label; an insurer's special investigations unit: case events, claims rule hits, interviews, subpoenas, lock-in, tips
		{"fb", 0.85, 0.93}, // a regional HIE: IHE PIX/PDQ/XDS in a Java engine, C-CDA fragments, Direct messaging, eCR, an MPI's matches, consent
		{"fc", 0.68, 0.81}, // a CRO's trials: an EDC's audit trail, IWRS kits, ePRO apps, eConsent, SAE reports (CIOMS, E2B), stipends, central lab files
		{"fd", 0.86, 0.86}, // a mail-order specialty pharmacy: NCPDP SCRIPT, automation, ZPL labels, carriers' APIs, cold chain, an IVR refill line
		{"fe", 0.67, 0.85}, // a genetic testing lab: kit registration, LIMS, sequencing pipelines (bcl2fastq, DRAGEN, Nextflow, GATK), VCF headers, reports
		{"ff", 0.75, 0.91}, // a state Medicaid agency's MMIS: JES2 and COBOL abends, DB2, eligibility rules, 834/820, a CRM's Apex logs, notices
		{"fg", 0.84, 0.81}, // remote patient monitoring: cellular cuffs and scales, MQTT and AWS IoT, Go services, SMS alerts, RUM, billing, HL7 and FHIR
		{"fh", 0.80, 0.72}, // a health system on the Microsoft stack: Dataverse plug-in traces, FetchXML, Power Automate, App Insights, Entra sign-ins, Teams
		{"fi", 0.73, 0.83}, // a university student health center: an EHR, SIS feeds (fixed-width, CSV), Shibboleth, counseling, HL7, a Laravel portal
		{"fj", 0.62, 0.84}, // a Brazilian hospital chain in Portuguese: Tasy-like logs, TISS XML, a WhatsApp chatbot, PIX and boletos, CNAB, a .NET app
		{"fk", 0.85, 0.90}, // an observability pipeline: OTel Collector debug output, OTLP and Jaeger JSON, Vector, Fluent Bit, Loki, Kafka Connect DLQs
		{"fl", 0.86, 0.82}, // a polyglot platform's debug reprs: Go %+v, Rust {:?}, Elixir, Ruby inspect, PHP print_r/var_dump, Python repr, Java, C#, Scala
		{"fm", 0.78, 0.86}, // a county public health department: NEDSS-like surveillance, ELR HL7, contact tracing, an STD clinic, WIC, vital records, IIS
		{"fn", 0.77, 0.72}, // an EHR vendor's support: Zendesk and Jira webhooks, multi-tenant Rails and Node logs, fix scripts and psql, Slack, remote support
		{"fo", 0.81, 0.88}, // a children's hospital: newborns' temporary names, mother-baby links, milk-bank scans, NICU gateways, guardians, proxies, VXU
		{"fp", 0.60, 0.70}, // a contact center's speech analytics: ASR transcripts word by word, redaction logs, call records, LLM summaries, search indexing
		{"fq", 0.71, 0.79}, // a home health and personal care agency: a caregivers' app, EVV with GPS, OASIS fixed fields, OR-tools routes, waivers, a family portal, a clock-in phone line
		{"fr", 0.85, 0.84}, // a county ambulance service and its billing company: CAD with ANI/ALI, AVL and NMEA, radio, Asterisk, NEMSIS and vendor ePCRs, HL7 hand-offs, 837s, records requests
		{"fs", 0.54, 0.86}, // a small clinic's twenty-year-old server: Apache and PHP notices, Perl Data::Dumper, MySQL slow and general logs, cron mails, a fixed-width registry export, Samba, curl -v
		{"ft", 0.80, 0.86}, // a durable medical equipment supplier: CPAP compliance uploads, Brightree-like audit lines, logcat delivery app, .NET, fax OCR
		{"fu", 0.76, 0.73}, // a volunteer free clinic on a no-code stack: Apps Script, Airtable, Zapier, Twilio, JotForm, Make
		{"fv", 0.81, 0.82}, // a clinical oncology sequencing lab: Nextflow, Snakemake, SLURM, samplesheets, BAM and VCF headers, LIMS
		{"fw", 0.79, 0.87}, // a benefits administrator's X12 834 gateway: interchanges, 999 and TA1, AS2 and SFTP, translator errors, reconciliation
		{"fx", 0.84, 0.93}, // a hospital's early warning score ML platform: feature store, inference logs, Spark, MLflow, Ray, notebook reprs
		{"fy", 0.78, 0.74}, // a health system's identity services: slapd, LDIF, Entra ID, SCIM, Keycloak, FreeRADIUS, password resets
		{"fz", 0.88, 0.91}, // a Canadian health network: HL7 and FHIR with health card numbers, postal codes, French and English services
		{"ga", 0.84, 0.81}, // a hospital's printing: CUPS, PrintService events, PaperCut, ZPL and EPL wristbands and labels, PDF rendering
		{"gb", 0.83, 0.87}, // a reminder service's messaging layer: Kannel and SMPP, Asterisk AGI, VoiceXML, SES, Postfix, Exim
		{"gc", 0.91, 0.83}, // an urgent care chain's front desk: kiosks, card OCR, eligibility, telemedicine overflow, drug screens, POS
		{"gd", 0.83, 0.91}, // a virtual mental health provider's gRPC platform: protobuf text, protojson, Envoy, NATS, Temporal, Rust Debug
		{"ge", 0.95, 0.77}, // a trial recruitment agency: landing forms, lead ads webhooks, HubSpot, Calendly, pre-screeners, call tracking
		{"gf", 0.69, 0.84}, // a health plan's correspondence vendor: mail merge records with headers, CASS and NCOA, returned mail, ID cards, EOBs
		{"gg", 0.92, 0.52}, // its writer leaves case numbers, which most label; perioperative and anesthesia systems: OR boards, AIMS, device gateway ORU, scheduling, implants, PACU
		{"gh", 0.88, 0.84}, // a patient-facing chatbot: Dialogflow CX and Lex webhooks, Rasa trackers, transcripts, handoffs
		{"gi", 0.80, 0.87}, // an Australian and New Zealand provider group: IHI, Medicare, NHI, HL7, pathology, telehealth, claims
		{"gj", 0.80, 0.89}, // an online pharmacy refill service's inconsistent logging: f-strings, util.inspect, %+v, toString, print_r
		{"gk", 0.87, 0.74}, // a hospital security operations center: SIEM, DLP incidents, email gateway, EDR, VPN and badges
		{"gl", 0.85, 0.86}, // an offshore medical billing company: Citrix and RDP, a work queue's audit, VBA and Power Automate Desktop, payer portal bots, EOB OCR, chat
		{"gm", 0.77, 0.86}, // an aging-in-place smart home service: Home Assistant, Zigbee2MQTT, Z-Wave JS, fall wearables, dispensers, voice skills, escalations
		{"gn", 0.68, 0.68}, // a health system's reporting layer: SSRS logs and ExecutionLog3, Crystal selection formulas, Power BI, SQL Agent output, Tableau, query audits
		{"go", 0.75, 0.88}, // a community mental health center: Phoenix and Ecto, Oban, Sidekiq and ActiveJob, Postgres csvlog, Monolog crisis line, attendance CSV, state authorizations, 277CA and 835
		{"gp", 0.83, 0.74}, // a mobile health clinic program: CouchDB and PouchDB sync, logcat, conflict documents, VXU, handwritten form OCR, SMS in three languages, van telematics
		{"gq", 0.83, 0.90}, // a health information management department: imaging index events, chart deficiencies, coding abstracts, a records request portal, disclosures, HL7 MDM
		{"gr", 0.80, 0.88}, // an optometry and optical retail chain: exam lane bridges and DICOM, Serilog, lab orders in pipes and X12, vision plan eligibility, POS, reminders, nginx
		{"gs", 0.88, 0.90}, // patient access APIs: SMART on FHIR and OAuth servers, Bulk Data NDJSON, Kong and Apigee, C-CDA fragments, consent and proxy access, identity checks
		{"gt", 0.82, 0.90}, // nursing homes and assisted living: MDS 3.0 submissions and reports, Tomcat and log4j, dispensing cabinets and eMAR, wander guard and nurse call, family portal, kiosks, HL7
		{"gu", 0.71, 0.92}, // a hospital group in Spain and Mexico: Spring Boot with Spanish keys, DNI, NIE, CURP and RFC, Serilog, HL7 with Spanish Z-segments, SMS, insurers' exports
		{"gv", 0.83, 0.92}, // CI/CD output with production data in fixtures: GitHub Actions, Jenkins, pytest, Jest, JUnit, testify, Playwright, Flyway, Terraform, lint
		{"gw", 0.73, 0.86}, // a 340B administrator: contract pharmacy claim files (pipes and fixed width), EHR encounter extracts, a Python matching engine, portal, SFTP and AS2
		{"gx", 0.87, 0.89}, // a hospital's patient flow: bed management and transport, FastAPI and uvicorn, RTLS tags, ride-home coordination, Kafka ADT
		{"gy", 0.82, 0.69}, // a laboratory's outreach and couriers: LIS logs, courier apps, specimen scans, requisition OCR, results delivery, critical value calls
		{"gz", 0.76, 0.74}, // a device maker's post-market surveillance: complaint intake, MDR 3500A and eMDR, returns, field safety notices, pump and CGM cloud, a quality system
		{"ha", 0.73, 0.61}, // privacy monitoring: EHR access logs (Clarity-like CSV and pipes, Cerner-like audit XML), snooping rule hits, break-the-glass, SQL Agent and SSIS, df.show(), case notes
		{"hb", 0.83, 0.77}, // ChatOps bots: Slack Events API and slack_sdk, Teams Bot Framework, PagerDuty webhooks, Hubot, a whiteboard OCR bot, Mattermost audit, structlog and pino
		{"hc", 0.90, 0.87}, // a pediatric practice's parent and teen portal: Django, Celery, proxy access, form uploads, immunization registry VXQ and RSP, growth charts, React Native, Twilio, billing
		{"hd", 0.79, 0.86}, // a health plan's serverless platform: Lambda and Powertools, Logs Insights and Athena results, API Gateway, CloudTrail S3 data events, Step Functions, SQS, GuardDuty
		{"he", 0.69, 0.93}, // a rural critical access hospital: terminal screens, spooled census and discharge reports, a DOS lab interface (ASTM), fax and imaging, print and backup logs, HIE ADT
		{"hf", 0.71, 0.83}, // a medical examiner's office: case management log4j, a scene app, body tracking, toxicology and HL7, death certificates to the state, donor referrals, records requests
		{"hg", 0.65, 0.88}, // a PACE program: day-center kiosks, van telematics, IDT notes, EVV CSV, tray tickets, HL7 RDS, X12 834/270/271, MARx fixed-width, legacy pipe exports
		{"hh", 0.85, 0.95}, // diagnostic dumps: jstack, heap and core strings, gdb, py-spy, dotnet-dump, goroutine dumps, redis-cli, strace, tcpdump
		{"hi", 0.77, 0.83}, // a cardiology diagnostics service: MUSE-like ECG XML, Holter and event monitors, MCT alerts, echo SR, HL7, billing CSV, chat
		{"hj", 0.65, 0.94}, // a paramedical exam and underwriting vendor: examiners' apps, ACORD TXLife, MIB, Rx and MVR pulls, APS faxes (case numbers labelled)
		{"hk", 0.67, 0.85}, // a tribal health program: RPMS-like FileMan audits and globals, PCC exports, PRC, X12 837, CHR tablets, VXU, IIS
		{"hl", 0.80, 0.93}, // bedside interactive TV: ADT feeds, Android TV logcat, education, meal orders, whiteboards, MQTT, warehouse CSV
		{"hm", 0.78, 0.90}, // wound care and hyperbaric medicine: chamber controllers, wound imaging, NPWT pumps, X12 278, HL7, fax OCR, quality registry CSV
		{"hn", 0.69, 0.90}, // a transfer and access center: logback with MDC, loguru, HL7 A01/A14, call records, EMTALA, flight logs, X12 271, Teams, PagerDuty
		{"ho", 0.70, 0.89}, // an Epic-adjacent integration team: Interconnect, Bridges HL7, Chronicles dumps with dot leaders, SSIS, Caboodle, Kafka Connect, dbt, pandas
		{"hp", 0.42, 0.91}, // a diabetes prevention program: Flutter, Phoenix, Absinthe, Stripe, X12 270/271, DPRP CSV, fixed-width eligibility files without a layout
		{"hq", 0.80, 0.84}, // a radiology AI vendor: Orthanc, dcm4che, DICOM dumps, de-identification, inference workers, ORU, FHIR, a Rust edge agent, S3
		{"hr", 0.75, 0.90}, // a maternal-fetal medicine practice: Astraia- and ViewPoint-like exams, worklists, SR, cfDNA HL7, scheduling, fax OCR, X12 837P
		{"hs", 0.69, 0.86}, // a medical-legal partnership: In Basket referrals, Monolog case notes, Docassemble, appeals, e-filing, SMS, grant CSVs, file audits
		{"ht", 0.84, 0.86}, // IV compounding and chemotherapy preparation: DoseEdge-like workflow, robots, ZPL, HL7 RDE/RDS, logback, waste CSV
		{"hu", 0.67, 0.78}, // print and document output: PrintService events, PaperCut CSV, print routing, spool logs, ZPL, fax, PDF services, mail room barcodes
		{"hv", 0.72, 0.87}, // social work and community referrals: Rails case app, zerolog, Twilio, HL7 and FHIR screenings, referral webhooks, CHW apps, APS, exports
		{"hw", 0.57, 0.65}, // sterile processing and implant tracking: tray scans, sterilizers, case carts, loaners, implant logs, recalls, SIU (case numbers labelled)
		{"hx", 0.76, 0.84}, // a customer data platform: Segment, reverse ETL, identity merges, SFMC, ads conversion uploads, consent, beacons, SES bounces, call tracking
		{"hy", 0.72, 0.85}, // hospital at home: Elixir, WebSocket frames, cellular hubs, BLE, dispatch and driver apps, HL7 and FHIR, pages, caregiver SMS in thirteen languages
		{"hz", 0.76, 0.93}, // a pharmacy chain's vaccinations: Next.js and pino, kiosks, VXU and ACK, VAERS, NCPDP, Twilio and SendGrid, Django, Lambda, Textract
		{"ia", 0.59, 0.89}, // an ACO's analytics: CCLF fixed-width with a layout record, CCLF CSV and pipes, Airflow, Spark, HIE ADT, care notes, Serilog, pandas
		{"ib", 0.68, 0.81}, // a practice management company's revenue cycle: claim scrubbers, X12 837P/835, RPA bots, denial CSV, Laravel, card terminals, placements, EOB OCR, AS2
		{"ic", 0.83, 0.87}, // an EHR vendor's observability: Datadog exports, OpenSearch slow logs, Redis, RabbitMQ dead letters, Envoy, Sentry-like events, migrations, impersonation audits
		{"id", 0.79, 0.89}, // a community health center network: sliding fee screenings (English, Spanish), kiosks, farmworker outreach, dental vans, 340B pipes, UDS extracts, HL7
		{"ie", 0.75, 0.92}, // a drug and alcohol testing administrator: custody forms, lab HL7 and flat files, MRO notes, breath alcohol printouts, Clearinghouse queries, random selection
		{"if", 0.75, 0.91}, // a civil surgeon and refugee health clinic network: I-693 workflows, A-numbers, refugee screening, interpreters, TB testing, multilingual notes
		{"ig", 0.72, 0.91}, // a radiation oncology and proton center: ARIA- and MOSAIQ-like logs, linac and gantry logs, DICOM RT dumps, IGRT, surface guidance, physics QA
		{"ih", 0.77, 0.84}, // a correctional health contractor: booking and intake JSON, JMS key=value, pill pass rows, sick call kiosks, grievances, transports, commissary
		{"ii", 0.75, 0.85}, // a plasma donation center network: donor management, ID scans, deferral registries, kiosks, apheresis machines, prepaid card loads, lab HL7
		{"ij", 0.79, 0.93}, // a hearing care and audiology chain: NOAH-like XML, fitting software, remote fitting apps, cochlear implant clinics, repairs and warranty, POS
		{"ik", 0.65, 0.92}, // a state death registration system: EDRS workflows, funeral home exports, permits, certifier queues, amendments, SSA and NCHS exchanges, certified copies
		{"il", 0.74, 0.90}, // a school health program: nurse EHR, roster syncs, screenings, registry HL7, Medicaid billing, parent messaging in four languages, sports physicals
		{"im", 0.79, 0.96}, // a fertility clinic and IVF laboratory: witnessing RFID events, time-lapse incubators, cryostorage, partner and donor pairing, consents, financing
		{"in", 0.77, 0.95}, // a CDS Hooks and SMART on FHIR platform: hook requests with prefetch bundles, cards, token claims, rules engines, override audits, gateways
		{"io", 0.71, 0.89}, // legacy desktop applications: PowerBuilder and VB6 logs, ODBC and ADO traces, Crystal Reports parameters, EVTX, Citrix, INI dumps, Profiler RPCs
		{"ip", 0.77, 0.82}, // a lab courier and specimen logistics company: driver apps, dispatch and routing, chain of custody, requisition OCR, accessioning HL7, telematics
		{"iq", 0.68, 0.87}, // a medical interpreting company: video and phone sessions, Asterisk, scheduling with HL7 and ICS, QA transcripts in six languages, billing exports
		{"ir", 0.83, 0.84}, // hospital food services: diet orders in HL7 ORM/ODS, tray tickets in ZPL, NICU milk tracking, dietitian notes, POS payroll deduction, vendor EDI
		{"is", 0.79, 0.85}, // a physical therapy and sports medicine chain: plans of care, authorizations, home exercise apps and wearables, workers' comp, PROMs, fax intake
		{"it", 0.82, 0.88}, // a Rust and Go telepharmacy platform: tracing, env_logger, slog, zap, zerolog, gRPC errors, SQLx and pgx binds, NCPDP SCRIPT, ASAP segments
		{"iu", 0.74, 0.91}, // a 988 crisis line and mobile crisis team: FreeSWITCH and Kamailio, geo-routing, ALI and PIDF-LO, CAD, counselor notes, bed registry, extracts
		{"iv", 0.70, 0.92}, // a veterans' community care administrator: referrals and RF1 segments, EDIPI and ICN, travel reimbursement, claims and appeals, call notes
		{"iw", 0.68, 0.84}, // an organ procurement organization: referral intake, donor management, match runs and offers, registries, tissue and eye recovery, aviation
		{"ix", 0.87, 0.87}, // an email and secure messaging gateway: Postfix and Exchange tracking, DLP hits, encrypted portal, MIME headers, bounces, Direct messaging
		{"iy", 0.78, 0.87}, // a hospital foundation's grateful-patient program: constituent imports, wealth screening, ADT for fundraising, Stripe, NACHA, NCOA
		{"iz", 0.63, 0.89}, // a cruise line's shipboard medical centers: Windows and .NET logs, manifests, folios, medevac mail, Inmarsat and Iridium, VSP GI reports
		{"ja", 0.76, 0.73}, // an eDiscovery vendor processing a hospital's records: Concordance DAT and OPT, privilege logs, OCR, email threads, ROI requests
		{"jb", 0.70, 0.88}, // a research data warehouse's honest broker: i2b2 and OMOP ETL, date shifting, crosswalks, IRB tickets, notebooks in a container's log
		{"jc", 0.83, 0.90}, // an ophthalmology practice and optical retail: OCT and fundus logs, DICOM, lab orders, vision plans, Shopify and Magento, Rx verification
		{"jd", 0.79, 0.84}, // an after-hours answering service and nurse triage line: ACD and IVR, message pads, TAP paging, Genesys and Twilio, transcripts
		{"je", 0.68, 0.90}, // a state health department's disease surveillance: ELR HL7, NBS-like logs, contact tracing, partner services, line lists, dedup
		{"jf", 0.66, 0.84}, // a homeless health care program: street medicine app, HMIS CSV, coordinated entry, shelter kiosks, van EHR, benefits mail, case notes
		{"jg", 0.76, 0.83}, // a midwifery practice and birth center: Laravel and Vue, newborn records, birth worksheets, Google Calendar and iCal, texts in three languages
		{"jh", 0.77, 0.81}, // a medical spa and laser clinic chain: booking webhooks, laser device logs, photo metadata, intake forms, financing, SMS
		{"ji", 0.80, 0.93}, // an allergy and immunology practice: vial mixing and injections, skin tests, spirometry, school forms, biologic hub enrollment
		{"jj", 0.66, 0.81}, // an ambulatory surgery center and anesthesia group: HL7 SIU, pre-admission calls, anesthesia device feeds, implants, claims
		{"jk", 0.75, 0.87}, // a podiatry group and footwear supplier: foot scanners, orthotic lab orders, therapeutic shoe claims, Rails and Sidekiq, shipping
		{"jl", 0.68, 0.86}, // a bariatric program and weight app: BLE scales, prior authorization, Ktor and Exposed SQL, Flutter crashes, dietitian chat
		{"jm", 0.77, 0.88}, // a retail clinic network inside pharmacies: walk-in queues, NP notes, POC analyzers, NCPDP SCRIPT, DOT physicals, drug screens
		{"jn", 0.69, 0.72}, // a long-term care pharmacy: cycle fills, blister machines, faxed orders and OCR, eMAR exports, HL7 RDE/RAS, NCPDP claims as keys, routes
		{"jo", 0.55, 0.85}, // a hospital's patient experience office: survey vendor files (pipes, fixed width), comments, Salesforce cases, letters, social alerts, Node
		{"jp", 0.76, 0.87}, // an eating disorder and adolescent mental health program: census and blind weights, Go services, HL7, X12 278, iCal, mail, apps, crisis line
		{"jq", 0.79, 0.88}, // a home oxygen and respiratory DME supplier: concentrator telemetry, LOX routes, CPAP compliance, vent visits, CMNs, X12, Django and Celery
		{"jr", 0.79, 0.83}, // a telestroke network: stroke pages, HL7 ORM, WebRTC stats, DICOM C-MOVE and LVO alerts, NIHSS forms, dosing, transfers, helicopters
		{"js", 0.71, 0.90}, // a college student health and counseling center: Symfony portal, immunization OCR, SIS rosters, intake, nurse line, waivers, pharmacy
		{"jt", 0.77, 0.89}, // a neurodiagnostics department: EEG, video EEG and sleep studies, EDF+ headers, spike detection, archive jobs, HL7 ORU, tech notes
		{"ju", 0.77, 0.91}, // a cardiac device clinic and cath/EP lab: remote monitoring webhooks, IDCO HL7, hemodynamics, NCDR registry XML, interrogation notes
		{"jv", 0.86, 0.91}, // a mail-order and specialty pharmacy's shipping: carrier label APIs, address correction, cold chain, packing scans, manifests, chats
		{"jw", 0.65, 0.84}, // a life and disability insurer: ACORD XML, paramed exams, MIB and Rx checks, APS faxes, claims notes, copybooks and fixed records
		{"jx", 0.56, 0.86}, // an airline's passenger medical desk: PNRs and SSRs, MEDIF forms, Type B messages, crew reports in four languages, airport EMS
		{"jy", 0.61, 0.81}, // an IDD residential provider: eMAR, event reports, shift notes (English, Spanish, Creole), EVV with GPS, 837I, guardian texts
		{"jz", 0.67, 0.88}, // a hospital's collections: placement and recall files, skip tracing, bankruptcy and probate, text-to-pay, IVR, charity care
		{"ka", 0.56, 0.59}, // a hospital SOC's endpoint and DLP telemetry: Defender, CrowdStrike, Purview, Zscaler, CASB, M365 audit, mail trace, analyst notes
		{"kb", 0.62, 0.89}, // a regional poison center: ACD and softphone, case records, NPDS-like uploads, specialist shorthand, HL7 and fax, chat, alerts
		{"kc", 0.75, 0.86}, // a primary care group on an ambulatory EHR: Mirth channels, Surescripts SCRIPT, fax OCR, reminders, IIS, SQL Server, help desk
		{"kd", 0.74, 0.90}, // an aging agency's meals and adult day: driver app, route sheets, OAA exports, vitals, caregiver voicemails in three languages
		{"ke", 0.65, 0.91}, // a tumor registry: pathology HL7, NAACCR XML and fixed width, follow-up letters, EDITS reports, tumor boards, SAS and R logs
		{"kf", 0.77, 0.89}, // a mobile phlebotomy company: Next.js and Prisma, route jobs, phlebotomist app, requisition OCR, HL7 and ASTM, chats, Stripe
		{"kg", 0.73, 0.94}, // a skilled nursing chain: MDS 3.0 XML and iQIES, ADT, census, eMAR, incidents, trust funds, family portal, wander guard
		{"kh", 0.57, 0.79}, // a hospital's 3D printing lab: DICOM import and de-identification, segmentation, print queues, surgeon requests, vendor orders
		{"ki", 0.70, 0.77}, // a perfusion and point-of-care program: heart-lung machines and ECMO, POCT1-A, ASTM, HL7, QC, rounding notes, blood bank
		{"kj", 0.60, 0.84}, // a drug maker's pharmacovigilance: call center, E2B ICSR XML, MedWatch, case processing, letters in four languages, social listening
		{"kk", 0.82, 0.87}, // a health system's privacy office: DSAR webhooks and ID checks, access and amendment requests, disclosures, breach worksheets, snooping audits
		{"kl", 0.59, 0.91}, // a marrow and cord blood donor registry: sign-ups, HLA typing (HL7, CSV, HML), searches, workups, couriers, contact notes in ten languages
		{"km", 0.77, 0.83}, // a plastic surgery practice: WordPress forms, Instagram and WhatsApp webhooks, photo EXIF, financing, implant registry, SIU, X12 278, reviews
		{"kn", 0.69, 0.93}, // a county jail and juvenile detention medical unit: intake screening, med pass scans, sick call tablets, transports, court notices, RDS, NCPDP
		{"ko", 0.83, 0.90}, // a dialysis network and home program: machine treatment logs, water checks, flowsheets, HL7 labs, EQRS XML, rides, notes in three languages
		{"kp", 0.72, 0.86}, // patient relations, chaplaincy and ethics consults: feedback forms, email-to-case, visit CSV, HL7 referrals, POLST scans, Salesforce, Teams, SharePoint
		{"kq", 0.84, 0.79}, // a hospital network's perimeter: Palo Alto, Fortinet, Cisco ASA, Zeek, Suricata, NetScaler, pfSense, GELF, mail gateways, SOC tickets
		{"kr", 0.67, 0.91}, // a hospital foundation, volunteers and retail: grateful-patient CRM exports, tributes, background checks, POS, parking and valet, NCOA
		{"ks", 0.66, 0.86}, // a clinical research site: EDC audit trails, CTMS, IRT randomisation, eConsent and ePRO apps, ODM XML, SAS and R, monitoring notes, CIOMS
		{"kt", 0.71, 0.83}, // an EHR and dental software vendor's support desk: remote sessions, app logs with rows, Event Log XML, LDAP, tickets, 277CA, statements, eRx
		{"ku", 0.73, 0.77}, // a hospital's RTLS, infant security and building systems: tags, MQTT, nurse call, smart beds, LoRaWAN, BACnet, door access, incidents
		{"kv", 0.81, 0.90}, // a data science platform: Spark with row dumps, Hive, Trino, Firehose, Cloud Logging, Great Expectations, dbt, notebooks, MLflow, SAS, R
		{"kw", 0.68, 0.89}, // a military treatment facility and TRICARE: DEERS, MHS GENESIS, CHCS, 837/835, deployment forms, sick call, MEDEVAC, APO/FPO mail
		{"kx", 0.77, 0.89}, // an integrative wellness chain: booking webhooks, SOAP notes in three languages, intake forms, wearables and FIT dumps, PIP claims, SMS, POS
		{"ky", 0.65, 0.80}, // international patient services: passports' MRZ, visa and guarantee letters, foreign phones and addresses, MT103, WhatsApp, HL7
		{"kz", 0.81, 0.85}, // a NICU and human milk bank: GS1 wristband scans, donor screening, pasteurisation, webcam portal, HL7 mother-baby links, family chat
		{"la", 0.65, 0.91}, // a state Medicaid eligibility system: 834 and 820, rules traces, notices in four languages, appeals, IVR, MMIS fixed width, JES2, ID proofing
		{"lb", 0.76, 0.89}, // a hearing care chain: Noah XML, fitting software, Bluetooth pairing, remote fitting, benefit checks, RMAs and ZPL labels, implant notes
		{"lc", 0.68, 0.85}, // a 911 EMS agency and ambulance billing: NEMSIS XML, CAD and ALI, AVL, ePCR narratives, monitor uploads, 837A and 277, facesheet OCR
		{"ld", 0.71, 0.82}, // a behavioral health and opioid treatment network: dosing pumps, take-homes, UDS HL7, PMP queries, consents, crisis chat, court reports
		{"le", 0.86, 0.83}, // a radiology practice's PACS and teleradiology: DICOM queries, ORM/ORU, worklists, dictation, critical results, CD import, AI webhooks
		{"lf", 0.71, 0.87}, // a Canadian provincial health hub: health cards in HL7 and FHIR, OHIP claim files, PharmaNet, wait lists, bilingual CRM, Azure, Kafka
		{"lg", 0.71, 0.88}, // a home health and hospice agency: EVV check-ins, OASIS, routes, bereavement letters, DME tickets, dictated notes, MongoDB, Twilio
		{"lh", 0.73, 0.86}, // an immigration medical exam practice and refugee screening: I-693 forms, eMedical XML, EDN rows, foreign vaccine records, interpreter CDRs
		{"li", 0.75, 0.91}, // a complex rehab and wheelchair seating supplier: chair controller and telemetry logs, repair tickets, route apps, pressure maps, 837P DME claims
		{"lj", 0.79, 0.89}, // a health system's API platform and observability: OpenTelemetry dumps, Envoy and Istio access logs, Kong, gRPC metadata, Jaeger spans, FHIR bodies
		{"lk", 0.75, 0.90}, // a medical cannabis registry and dispensaries: registry cards, Metrc-like sync, POS and ID scanner logs, delivery logcat, state reports
		{"ll", 0.69, 0.86}, // a plasma donation center network: donor management, kiosks and biometrics, plasmapheresis devices, viral marker results, payout cards
		{"lm", 0.68, 0.87}, // an employee benefits administrator and TPA: census and 834 feeds, COBRA mail merges, FSA/HSA claims and receipts, call notes, SFTP and PGP
		{"ln", 0.81, 0.94}, // a generative-AI clinical assistant: ambient scribe transcripts, LLM gateway prompts and completions, guardrails, RAG traces, FHIR write-back
		{"lo", 0.54, 0.86}, // a consumer health app's mobile and marketing pipeline: Firebase, Segment, Amplitude, push sends, deep links, attribution, reviews, chats
		{"lp", 0.72, 0.79}, // a workplace and court-ordered drug testing lab: eCCF, kiosks and breath devices, LC-MS/MS and ASTM runs, MRO notes, portals, court faxes
		{"lq", 0.58, 0.84}, // a state vocational rehabilitation agency: case management, IPE, vendor authorizations, RSA-911 files, SSA Ticket to Work, counselor notes
		{"lr", 0.81, 0.88}, // a radiation oncology department: ARIA- and MOSAIQ-like logs, HL7, DICOM RT dumps, linac and positioning logs, IMRT QA, charge capture
		{"ls", 0.67, 0.86}, // a nurse home visiting program: offline tablet sync, visit forms, screening CSVs, referral fax OCR, TCM billing, Exchange logs, multilingual SMS
		{"lt", 0.78, 0.90}, // a pharmacy benefit manager: NCPDP D.0 switch frames in several printable forms, adjudication traces, ePA, accumulators, COBOL SYSOUT
		{"lu", 0.56, 0.94}, // a rural hospital's legacy migration: IBM i spool files and job logs, MUMPS globals, pandas reconciliation, Informatica rejects, 5250 screens
		{"lv", 0.70, 0.80}, // its writer leaves case numbers, which most label; a clinical genetics laboratory: LIMS, sequencing pipelines with read groups, VCF and BAM headers, sample sheets, pedigree notes, HL7, X12
		{"lw", 0.70, 0.83}, // a state PDMP: ASAP 4.2 dispensation files (per segment and wrapped), validation reports, gateway queries, interstate hub, audit trails
		{"lx", 0.50, 0.85}, // a Japanese hospital with an international desk: EMR logs in Japanese, SS-MIX2 paths, HL7 in kanji and ISO-2022-JP, receipt CSV, My Number
		{"ly", 0.79, 0.85}, // a hospital's visitor management: kiosk ID scans, badges, watch lists, patient directory lookups, lost and found, guest Wi-Fi, daily CSVs
		{"lz", 0.63, 0.88}, // a health system's employee health service: TB and vaccine trackers, fit tests, exposure reports, OSHA 300 logs, workers' comp, Workday
		{"ma", 0.81, 0.72}, // an air ambulance service: CAD, ADS-B and satellite positions, NEMSIS ePCR XML, weight and balance, transfer notes, 837P, memberships
		{"mb", 0.74, 0.88}, // a sterile processing department: tray scans, sterilizer cycles, implant logs with UDIs, HL7 SIU and DFT, bill-only POs, registry rows
		{"mc", 0.76, 0.78}, // overnight telepharmacy: HL7 RDE and ORM, FHIR MedicationRequest, interventions, renal dosing, e-fax OCR, cabinet overrides, Citrix
		{"md", 0.71, 0.92}, // cath lab and structural heart: hemodynamic logs, NCDR XML and CSV, implant GS1 scans, DICOM XA, device clinic, SIU
		{"me", 0.85, 0.85}, // LASIK and cosmetic clinics: CRM and lead webhooks, financing XML, Stripe and Authorize.Net, device exports, DocuSign
		{"mf", 0.78, 0.92}, // travel medicine: questionnaires, multipart form dumps, ICVP certificates, VXU, NCPDP SCRIPT, rosters, notes in three languages
		{"mg", 0.56, 0.87}, // aviation medical examiner and crew medicals: MedXPress, 8500-8 dumps, HIMS, DOT testing, ECG, fixed-width crew records
		{"mh", 0.65, 0.82}, // hemophilia and sickle cell center: factor dispensing, 340B, registry JSON and XML, TCD, Rails, Phoenix, couriers
		{"mi", 0.74, 0.87}, // patient relations: survey vendor files, grievances, Salesforce cases, rounding apps, reviews, mail merge, Azure
		{"mj", 0.73, 0.91}, // GLP-1 telehealth: Typeform intake, Celery, NCPDP, Stripe, ShipStation, Shopify exports, Segment, Sentry
		{"mk", 0.54, 0.94}, // consumer DNA: kit activation, LIMS, PLINK, relative matching, GEDCOM, FHIR, DSR requests, CloudTrail
		{"ml", 0.63, 0.82}, // pharmacovigilance: Vault and Argus cases, E2B XML, MedWatch dumps, PSP enrollments, Five9, narratives in three languages
		{"mm", 0.87, 0.88}, // hospital at home: MQTT vitals, HL7 and FHIR, Onfleet tasks, Teams and Zoom, Twilio, Loki, shift notes
		{"mn", 0.76, 0.93}, // mobile mammography: rosters, Flutter check-in, MWL and MPPS, BI-RADS, lay letters, eligibility, satellite modems
		{"mo", 0.68, 0.87}, // medical alert: pendant telemetry, DC-09 alarms, PIDF-LO, enrollment, carrier provisioning, Medicaid waiver billing
		{"mp", 0.70, 0.69}, // eye bank: referral calls, DRAI interviews, serology ORU, ISBT 128, surgeon portal, outcome forms, Lambda
		{"mq", 0.73, 0.79}, // onsite employer clinics: eligibility files, Serilog, SIU and ADT, kiosks, coaching, rewards feeds, Okta, Snowflake
		{"mr", 0.78, 0.77}, // autism ABA: authorizations, session sync, EVV with GPS, parent portal, IEP mail, 837P and 835, Heroku
		{"ms", 0.71, 0.86}, // disaster shelters: registration tablets, triage, reunification, transport CAD, O2 rosters, ICS-213, Everbridge
		{"mt", 0.67, 0.91}, // summer camps: health forms, MAR, photo tagging, bus manifests, incident reports, Laravel, Mailchimp
		{"mu", 0.60, 0.83}, // maritime telemedicine: crew records, VSAT sessions, AIS, medevac mail, P&I claims, PEME, notes
		{"mv", 0.73, 0.89}, // festival and stadium medical: tent tablets, encounter JSON and CSV, cashless and access control, welfare desk, HL7 A04, radio transcripts
		{"mw", 0.63, 0.89}, // a visa panel physician: IIS, log4net, ASP.NET events, SQL Server, DS-3025 XML, DS-2054 JSON, TB lab rows, kiosks, SMS, notes in three languages
		{"mx", 0.88, 0.91}, // clinical nutrition: HL7 ORM diet orders and SIU, room service JSON, tablets, Tomcat, tray tickets, ZPL, TPN and enteral rows, log4net, SQL Server
		{"my", 0.76, 0.89}, // a rabies and zoonoses program: HL7 ADT, ORU and VXU, bite forms, Spring Boot, Python ETL, NBS logs, SQL Server, LIMS XML, contact tracing, notes in two languages
		{"mz", 0.60, 0.88}, // a behavioral health court: dockets, PDF extraction, fax OCR, HL7 MDM, secure messages, crisis CAD, e-filing .NET, Odyssey XML, SharePoint audit
		{"na", 0.76, 0.89}, // at-home diagnostics kits: Shopify and ShipStation, zap and winston, LIS rows, HL7 ORU and ELR, ASTM, support chats, SendGrid, Twilio, BigQuery, dbt
		{"nb", 0.78, 0.90}, // cardiac and pulmonary rehab: ECG telemetry, heart rate straps, 6MWT and spirometry exports, SIU and iCal, G-code billing, fax OCR, Twilio reminders
		{"nc", 0.80, 0.90}, // TB control: vDOT app logs, QuantiFERON ORU and CSV, RVCT XML and dot-led forms, contact investigation sheets, EDN notices, face embeddings
		{"nd", 0.64, 0.90}, // ED syndromic surveillance: PHIN ADT feeds, Rhapsody and Mirth, ESSENCE SQL and ETL, de-identification steps, sFTP and AS2, audit trails
		{"ne", 0.74, 0.83}, // sperm, egg donor and surrogacy agency: donor profiles, cryostorage rows, DocuSign, escrow and NACHA, HL7 and FHIR, sibling registry
		{"nf", 0.74, 0.89}, // gender-affirming telehealth: legal and chosen names, Rails and Sidekiq, NCPDP SCRIPT, X12 278, Zoom and Intercom webhooks, Stripe, Sentry
		{"ng", 0.69, 0.90}, // corporate wellness screening: analyzer exports, HRA JSON, eligibility files, gift cards, Fitbit and Strava, Salesforce, .NET and Go
		{"nh", 0.70, 0.87}, // labor and delivery and mother-baby: fetal strips, newborn names, infant security tags, birth worksheets, screening cards, cord blood kits
		{"ni", 0.78, 0.83}, // IV hydration, ketamine and med spa clinics: booking webhooks, Square and Stripe, PHQ-9 intakes, log books, Klaviyo, Google Ads uploads
		{"nj", 0.73, 0.84}, // sober living and a recovery app: breathalyzer check-ins, geofences, tox ORU, Phoenix and Oban, court reports, family portal audits
		{"nk", 0.73, 0.87}, // optical retail with optometry: exam JSON, contact lens orders, try-on face meshes, VSP and EyeMed X12, lab tickets, DICOM fundus
		{"nl", 0.79, 0.87}, // reproductive health clinics: Go and NestJS booking, STI results, mail-order pills, state ITOP XML, escort incident logs, masked SMS
		{"nm", 0.72, 0.87}, // insulin pump and CGM support: uploads, Tidepool-like datums, MedWatch and eMDR, Salesforce, BLE logs, 3PL rows, X12 270/271
		{"nn", 0.78, 0.90}, // memory care and adult day: wander alarms, eMAR CSV, POA and guardianship XML, PointClickCare sync, obituaries, family portal
		{"no", 0.75, 0.89}, // an epilepsy monitoring unit and EEG lab: acquisition logs, EDF+ headers, video-EEG storage, VNS and RNS exports, DMV letters, HL7, Windows events
		{"np", 0.62, 0.91}, // a prison health care contractor: sick call kiosks and slips, pill line, telemedicine, offsite trips, HL7 and X12, watch logs, release planning
		{"nq", 0.70, 0.88}, // an allergy and immunology practice: vial mixing in Rails, injection logs in Kotlin, skin test grids, FeNO and spirometry, biologic enrollment, portal messages
		{"nr", 0.77, 0.83}, // an urgent care and occupational medicine chain: check-in queues, licence and card OCR, DOT physicals, drug screen custody, FROI, PACS, POC analyzers
		{"ns", 0.82, 0.91}, // an ALS and neuromuscular clinic: ventilator telemetry, speech devices, voice banking, wheelchair repairs, trial screening, DME claims, Zendesk
		{"nt", 0.74, 0.89}, // a tribal health program: RPMS/VistA globals and FileMan audits, HL7, PRC referrals, enrollment checks, CHR notes
		{"nu", 0.85, 0.93}, // a life and disability underwriter: paramedical orders, lab rows, MIB and Rx checks, ACORD XML, claims emails
		{"nv", 0.82, 0.90}, // a plastic surgery group: consult webhooks, photo archive with EXIF, implant registry XML, financing, X12 278
		{"nw", 0.83, 0.81}, // a concierge and direct primary care practice: memberships, Stripe, Hint-like webhooks, dispensary, messaging
		{"nx", 0.78, 0.85}, // an ostomy and wound supply company: fax OCR, claims, DMEPOS checks, carrier webhooks, call records, photos
		{"ny", 0.74, 0.85}, // an aviation and diving medicine practice: MedXPress XML, chamber syslog, DAN reports, CCF rows, ECG XML
		{"nz", 0.73, 0.89}, // a cystic fibrosis center: registry exports, PFT devices, vest telemetry, specialty pharmacy, REDCap, letters
		{"oa", 0.77, 0.86}, // a pediatric dental group: Dentrix and Open Dental logs, DICOM, aligner cases, X12 837D, parent messages
		{"ob", 0.79, 0.86}, // a blood and plasma donation network: donor systems, kiosks, apheresis, ISBT 128, card loads, BPDR XML
		{"oc", 0.68, 0.82}, // a travel medical assistance company: cases, call notes in five languages, manifests, PNRs, MRZ, MT103
		{"od", 0.65, 0.81}, // an IME and utilization review vendor: referral parsing, FROI rows, subpoenas, determinations, NACHA
		{"oe", 0.77, 0.78}, // a video remote interpreting service: WebRTC signalling, session records, HL7 and FHIR, Okta, Cloudflare
		{"of", 0.76, 0.85}, // a mobile lithotripsy company: lithotripter and C-arm logs, Rails scheduling, truck telematics, stone lab HL7, Orthanc
		{"og", 0.65, 0.70}, // a psychedelic therapy research clinic: EDC audits, IWRS, controlled substance ledgers, E2B XML, IRB mails, ePRO
		{"oh", 0.73, 0.88}, // a pediatric bone marrow transplant unit: ISBT 128 and chain of identity, NMDP searches, apheresis, family housing
		{"oi", 0.60, 0.78}, // a marathon medical team and a ski patrol: bibs and chip timing, patrol reports, NEMSIS XML, lift passes, radio
		{"oj", 0.77, 0.84}, // a home birth midwifery practice: prenatal notes, labor flow sheets, birth worksheets, booking webhooks, texts in three languages
		{"ok", 0.65, 0.74}, // a search and rescue team: paging, missing person profiles, GPX, radio logs, field care reports, CAD and NCIC, inReach
		{"ol", 0.69, 0.76}, // a Medicare Advantage in-home assessment vendor: nginx, route optimiser (zap JSON), SMS gateway in English and Spanish, Kotlin and React Native tablet logs, HCC engine and export CSV, 834 and fixed-width and pipe eligibility files
		{"om", 0.69, 0.91}, // a professional sports club's medical department: athlete management forms and audit, GPS vest and heart-rate uploads, force plate CSV, concussion tests, league injury reports (XML), notes in English
		{"on", 0.66, 0.82}, // a medical crowdfunding platform and a financial assistance nonprofit: Rails and Sidekiq, Stripe and PayPal IPN, SendGrid and Twilio (Spanish bodies), Zendesk, bill and EOB OCR, Plaid-like income checks
		{"oo", 0.52, 0.71}, // a medical coding and CDI vendor: encoder and grouper logs, APR-DRG JSON, coding NLP output, a CDI query app (Spring, Hibernate binds), a .NET worklist (Serilog)
		{"op", 0.76, 0.85}, // an orthopedic surgery center: implant UDI scans, robotic-arm and navigation case logs, tourniquet serial logs, joint registry CSV and XML, PROMs webhooks, HL7 SIU
		{"oq", 0.75, 0.81}, // a long-term acute care hospital: ventilator and high-flow HL7 ORU and alarms, respiratory therapy NLog (pipe and JSON), weaning flowsheet CSV, wound photo EXIF and measurements, Kotlin logcat, referral fax OCR
		{"or", 0.65, 0.78}, // a relationship and immigration DNA testing laboratory: Laravel orders, Stripe, Twilio, chain-of-custody JSON and XML with ID checks, fingerprints and photos, kiosk and Snare Windows events
		{"os", 0.69, 0.69}, // a wilderness therapy program for adolescents: Salesforce debug logs and platform events, intake PDF extraction, field medication sync and SQLite dumps, inReach and Iridium messages with GPS fixes, incident reports, Zoom webhooks
		{"ot", 0.83, 0.86}, // an ambulatory infusion center network: Rails and Sidekiq, Go workers (logfmt), fax OCR, e-referral webhooks, prior authorization gateway, payer portal bots
		{"ou", 0.76, 0.88}, // a veterans' community care network administrator: HSRM-like referral JSON, VistA consult HL7, CPRS-like text, provider directory sync, Genesys-like call events and agent notes, X12 837P and 835
		{"ov", 0.64, 0.82}, // a school district's health services: nurse visit exports (CSV and JSON), immunization registry HL7 (VXQ/VXR, QBP/RSP) and FHIR, vision and hearing screeners, medication and epinephrine logs, special-education therapy minutes
		{"ow", 0.75, 0.81}, // a health plan's special investigations unit: tip forms, voicemail transcripts and mail, SAS logs, pandas and Databricks output, Oracle audit, a Java case management audit trail
		{"ox", 0.71, 0.84}, // a military entrance processing station's medical section: prescreen forms (JSON and XML), fax server CSV, HIE queries, records archive uploads, audiometer CSV and fixed-width vision exports, drug and HIV HL7 ORU
		{"oy", 0.73, 0.90}, // an inpatient rehabilitation hospital: IRF-PAI fixed-width and iQIES XML with validation reports, therapy minutes (pino, React Native), a gait trainer (German keys) and exoskeleton sessions, functional scores CSV and pandas prints, Careport-like referrals
		{"oz", 0.74, 0.78}, // an eating disorder treatment network: HubSpot-like webhooks, Availity-like eligibility and X12 270/271, Go zerolog, Laravel, Sidekiq, Postgres
		{"pa", 0.68, 0.84}, // a German outpatient practice network and its hospital: GDT, BDT and LDT (xDT) records a field a line, eGK card reads (KVNR), eRezept tokens, KIM mail and eArztbrief, KBV FHIR
		{"pb", 0.71, 0.79}, // an HIV clinic with a drug assistance program: recertification (Django, Celery), pino, document OCR (pay stubs, bills, licences)
		{"pc", 0.71, 0.90}, // a long-term care pharmacy: HL7 RDE and RDS, a PointClickCare-like connector, blister packaging robot, eMAR and CGM events, cycle fill in logfmt, delivery manifests and a driver app (logcat
		{"pd", 0.67, 0.71}, // an Indian Health Service unit and a tribal clinic: RPMS-like IRIS messages.log with error-trap variable dumps, FileMan ^DIA audit rows, PCC visit extracts with FileMan dates, HL7 2.5.1 VXU, ADT and ORU, X12 270 and 837P a segment a line
		{"pe", 0.72, 0.82}, // a gastroenterology practice and endoscopy center: a report writer (Serilog JSON), scope reprocessors (key=value) and tracking CSV, capsule uploads (logfmt), anesthesia and monitor pipe rows, pathology HL7 ORU, scheduling HL7 SIU
		{"pf", 0.76, 0.83}, // a rheumatology practice with an infusion suite and a biologics hub: an EHR API (pino) with kiosk check-in and palm-vein biometrics, an infusion chair scheduler (logfmt), pump gateway syslog, the hub's Spring Boot JSON (escaped non-ASCII) and Java traces, a benefits-investigation CSV, prior-auth key=value
		{"pg", 0.68, 0.75}, // a level IV NICU and its milk bank: monitor central station HL7 ORU a segment a line and alarm syslog, smart-pump JSON and logfmt, ADT with NK1, GT1 and IN1, FHIR, X12 270
		{"ph", 0.72, 0.72}, // a mobile mammography and lung-screening coach operator: coach GPS webhooks and generator logfmt, router syslog, CT dose CSV, tablet check-in (pino, logcat), modality worklist queries
		{"pi", 0.74, 0.88}, // a bariatric surgery and medical weight-loss program: seminar registrations (Node JSON), portal nginx, X12 278, supervised-diet documentation and dietitian notes, psych-evaluation logfmt, connected-scale ingest JSON with epoch times
		{"pj", 0.70, 0.59}, // an ABA autism therapy provider: session-data tablets (Gson JSON), an RBT timeclock with GPS (logfmt), an EVV visit export in XML, a parent portal's nginx and API (pino), X12 278 a segment a line, an authorised-units CSV
		{"pk", 0.81, 0.77}, // an interventional pain practice with a surgery suite: practice-management JSON (scheduling, demographics audit, palm-vein check-in, controlled-substance agreements), urine drug testing HL7 ORU a segment a line, PDMP gateway logfmt
		{"pl", 0.68, 0.87}, // an outpatient cardiac and pulmonary rehabilitation program: exercise telemetry in pipes, wearable uploads and loaner shipments (pino), HL7 REF^I12 and spirometry ORU a segment a line, six-minute-walk FHIR, spirometer XML, X12 837P
		{"pm", 0.77, 0.88}, // a health care contractor in immigration detention: intake JSON with A-numbers, sick-call kiosk key=value, pill-line logfmt, TB tracking CSV, FHIR Patient and Immunization, HL7 ADT for hospital transfers
		{"pn", 0.71, 0.89}, // a university's NCAA athletics sports medicine department: athletic trainer injury sync (JSON), training-room kiosk pipe rows, concussion test XML, return-to-play key=value, GPS and heart-rate wearables (JSON, logfmt)
		{"po", 0.74, 0.91}, // a plastic surgery practice with a med spa: before-and-after photo service JSON, a consultation CRM (logfmt), quote pipe rows, financing key=value, HL7 SIU from a hospital OR, an office OR CSV
		{"pp", 0.76, 0.68}, // a health system's clinical engineering department: CMMS work orders (JSON), infusion-pump bridge key=value, ventilator event-log CSV pulls, HL7 ORU and ADT a segment a line, device-gateway syslog, MDS2 and Nessus scan CSV
		{"pq", 0.73, 0.83}, // a hospital's forensic nursing and SANE program: Epic HL7 ADT and ACK a segment a line, an exam documentation app (Node JSON), evidence-kit custody logfmt, a photo app (log4j, Java traces), law-enforcement referral XML
		{"pr", 0.72, 0.83}, // a mining company's occupational health service: clinic record JSON, HL7 drug-test results and transfers, FHIR spirometry, breath-alcohol kiosk syslog, a worker portal's nginx, fatigue wearables (logfmt)
		{"ps", 0.76, 0.79}, // a school vision and hearing screening nonprofit: screening tablets (JSON), photoscreener CSV and uploads with images, audiometer key=value, a consent portal's nginx and service, referral letters (Python, tracebacks)
		{"pt", 0.74, 0.87}, // a travel medicine and international patient office: a consult app (pino), HL7 VXU to a registry, a yellow fever certificate print service, a passport MRZ reader, a visa-letter generator (logfmt), air ambulance CSV
		{"pu", 0.74, 0.73}, // a county community health worker and social needs program: SDOH screening tablets (JSON), closed-loop referral webhooks, food bank CSV and housing pipe rows, partner clinic HL7 ADT and ACK, FHIR, X12 834 and 271
		{"pv", 0.74, 0.87}, // a hospital's bed management and patient flow command center: a bed board (JSON), environmental services dispatch (logfmt), transfer center pipe records and RN call notes, ED boarding alerts (RFC 5424 syslog), HL7 ADT a segment a line, FHIR Location
		{"pw", 0.75, 0.93}, // a urology clinic group with a mobile lithotripsy service: EHR audit JSON, stone analysis HL7 ORU, hospital scheduling HL7 SIU, a PSA tracker (logfmt), FHIR, andrology lab rows
		{"px", 0.73, 0.87}, // a state veterans' home: EHR audit JSON with nursing notes, VA per-diem invoice CSV, eligibility logfmt, MDS 3.0 XML and iQIES results, HL7 pharmacy messages, medication-cart syslog
		{"py", 0.71, 0.84}, // an anticoagulation clinic: CoaguChek meter records (ASTM E1394), point-of-care middleware lines, HL7 ORU and ADT a segment a line, Mirth log4j, a FHIR Observation webhook, a home-testing vendor's JSON
		{"pz", 0.70, 0.77}, // a medical malpractice insurer's claims, subrogation and lien department: claim intake (Node JSON), a records-request tracker (logfmt), an e-discovery DAT load file and its export-job JSON, a pipe-delimited payment ledger, syslog, nginx
		{"qa", 0.61, 0.81}, // a county sobering center and syringe-services program: intake kiosk JSON, outreach tablet logcat, naloxone distribution CSV, HL7 ADT and REF a segment a line, FHIR, a referral portal's nginx
		{"qb", 0.84, 0.88}, // a hyperbaric and wound-healing network's remote monitoring: a wound-pump cloud (JSON), an MQTT broker, a foot-scan cloud, Kubernetes services, HL7 a segment a line, Mirth
		{"qc", 0.79, 0.79}, // a life-insurance underwriting service: order management (Java JSON) with traces, a paramedical dispatch API (logfmt), an examiner tablet app (JSON with \u escapes), nginx and a consent portal, syslog, HL7 ORU
		{"qd", 0.69, 0.84}, // a state STI partner-services and disease-intervention program: HL7 ELR a segment a line, Rhapsody JSON, a geocoder (logfmt), a NEDSS-style Java log with traces, a key=value audit trail, field notes
		{"qe", 0.78, 0.84}, // a hemophilia treatment center and its factor pharmacy: a phone app's backend (JSON) with nginx, FHIR, cold-chain courier webhooks, logger CSV, Spring traces, dispensing pipe rows
		{"qf", 0.76, 0.84}, // a children's hospital's cleft and craniofacial team: clinic scheduling JSON, HL7 SIU and ADT, 3D camera logs, speech recording logs, a surgical case CSV, registry XML
		{"qg", 0.69, 0.67}, // a community bloodmobile operator and its donor-recall program: collection tablets (JSON), an eligibility rules engine (logfmt), blood-bank interface pipe rows, a label printer, device-management CSV, HL7 ORU a segment a line
		{"qh", 0.70, 0.79}, // a ski resort's patrol first-aid rooms and its mountain clinic: dispatch chat in three languages, a patrollers' handheld app, lift-gate scans and pass lookups, a ticketing API with pass photos, syslog with radio pings, a weather feed
		{"qi", 0.66, 0.82}, // a fire department's firefighter occupational health program: syslog, a wellness portal's nginx, an exposure app (pino), fit-test logfmt and PortaCount CSV, HL7 ORU, FHIR
		{"qj", 0.65, 0.80}, // a lupus and autoimmune research registry with an infusion center: REDCap log JSON, e-consent XML with an ID check, Apache and nginx, a biobank tracker (logfmt), freezer CSV, a chair scheduler in pipes
		{"qk", 0.78, 0.86}, // a pediatric scoliosis bracing clinic: a brace-sensor upload API (JSON), nginx, syslog, HL7 ADT and ORU a segment a line, FHIR, an EOS X-ray PACS log
		{"ql", 0.58, 0.78}, // a maritime telemedicine provider for ship and platform crews: a consult gateway (Node JSON), satellite-link syslog, nginx, medicine-chest CSV, a crew certificate register in pipes, HL7 ADT and ORU
		{"qm", 0.73, 0.83}, // a rare-disease drug maker's patient support hub: syslog, patient and HCP portal nginx, CRM event JSON, benefits verification (logfmt), copay JSON with an ID-check webhook, Java traces
		{"qn", 0.75, 0.74}, // a tattoo-removal and laser dermatology chain: a consent-tablet backend (Python JSON with \u escapes), photo vault JSON and an S3 access log, laser session logs (key=value and pipes), a financing API, lender XML, membership billing (logfmt)
		{"qo", 0.68, 0.84}, // an adoption agency's medical records unit: a case API (pino), a document service (structlog with \u escapes), portal nginx, HL7 ORU a segment a line, FHIR, X12 270
		{"qp", 0.65, 0.84}, // an archipelago county's ferry and island medical shuttle: a booking API (pino), portal nginx, NEMSIS-style ePCR XML, HL7 a segment a line, FHIR with \u escapes, X12 837
		{"qq", 0.59, 0.84}, // a university student health and counseling center: kiosk JSON, portal nginx, an immunization-hold sync (logfmt), counseling notes for supervision (CSV), a campus pharmacy (key=value), athletic clearance XML
		{"qr", 0.75, 0.77}, // a kidney stone and urology practice with a lithotripsy center: stone-lab HL7 ORU, CT orders (HL7 ORM), an interface engine, FHIR gateway audit JSON, DICOM worklist logs, OR scheduling JSON
		{"qs", 0.66, 0.84}, // a county jail's correctional healthcare vendor: sick-call kiosk JSON and syslog, medication-pass pipe records, HL7 and X12 271 a segment a line, intake screening key=value, transport logfmt, a grievance CSV
		{"qt", 0.62, 0.72}, // a regional eye and tissue bank: referral-line JSON, HL7 death notices and serology a segment a line, an interface engine, coordinator notes in two languages, a donor risk interview app (logfmt), tissue tracking key=value
		{"qu", 0.58, 0.90}, // a home sleep testing and CPAP resupply company: order intake (pino) with fax OCR, kit shipping (logfmt), warehouse CSV, scoring workers with Python tracebacks, a reading queue (key=value syslog), HL7 ORU a segment a line
		{"qv", 0.74, 0.84}, // a public health lead poisoning prevention program: HL7 lab reports a segment a line, Mirth, FHIR, a case app's JSON with Java traces, inspection tablets (logfmt), XRF analyzer CSV
		{"qw", 0.73, 0.79}, // a surrogacy and egg-donation agency with a fertility clinic: an agency CRM (pino), a donor database (Python logging and Celery), portal nginx, HL7 ORU and ADT with NK1 and IN1, FHIR, an escrow ledger (logfmt)
		{"qx", 0.62, 0.77}, // a Coast Guard sector's search and rescue cases and its station clinic: SAR case-file JSON, Rescue 21 syslog, raw and decoded AIS, beacon-alert XML, ops chat, boarding key=value reports
		{"qy", 0.74, 0.87}, // an ostomy and continence supply mail-order company: an order service (JSON), a warehouse system (logfmt), UPS webhooks (key=value), nginx, HL7 ORM, FHIR DeviceRequest
		{"qz", 0.76, 0.87}, // a multi-site long-COVID rehabilitation network: HL7 ADT and ORU a segment a line, FHIR R4, pulmonary-rehab app logs, cardiac-rehab telemetry, an autonomic-lab CSV without its header, a fixed-width eligibility file
		{"ra", 0.76, 0.85}, // a diabetic retinopathy screening program in primary care and pharmacies: fundus-camera syslog (RFC 5424), an AI grader's JSON, a tele-ophthalmology reader queue with Java traces, a DICOM gateway and attribute dumps, HL7 order and result segments, FHIR R4
		{"rb", 0.70, 0.84}, // a resort casino's on-site medical services: EMT dispatch key=value and syslog, first-aid records (JSON with \u escapes), NEMSIS XML, HL7 ADT and ORU, FHIR bundles, an Opera-style hotel system with Java traces
		{"rc", 0.72, 0.88}, // a county public health animal-bite and rabies post-exposure program: ER bite reports as HL7 ADT a segment a line, Mirth with Java traces, animal-control dispatch key=value with location pings, a bite-report form (pino JSON), a state lab's pipe rows, a PEP scheduler (Python logging)
		{"rd", 0.74, 0.82}, // a Medicaid home- and community-based services waiver care-coordination agency: a case-management app (JSON), EVV webhooks and phone-line key=value logs, a prior-authorisation service (logfmt), MMIS X12 837P/835/270/278/999, a fixed-width eligibility roster, FHIR
		{"re", 0.73, 0.86}, // a national Hansen's disease (leprosy) and tropical-disease program: MDT dispensing (pino JSON), nerve-function assessments (logback), a skin-smear lab's HL7 a segment a line, patient-reported outcomes in nine languages (JSON with \u escapes), travel-medicine referrals in FHIR, a grant feed's pipe rows
		{"rf", 0.77, 0.87}, // a state health department's measles outbreak response: exposure-site CSV, call-center JSON with IVR voice checks, agent notes in English and Spanish, an immunity-verification service (JSON with \u escapes), quarantine letters (logfmt), a scheduling portal's nginx
		{"rg", 0.74, 0.89}, // a direct-to-consumer menopause and hormone-therapy telehealth startup: an intake API in English and Spanish, ID-verification webhooks, async video visits (logfmt), SCRIPT NewRx XML, e-prescribing with Java traces, a mail-order pharmacy pipe feed
		{"rh", 0.67, 0.85}, // a freight railroad's occupational medicine department: crew-dispatch syslog with medical holds, a fixed-width hours-of-service export, health-record JSON and a fitness kiosk, HL7 toxicology a segment a line, drug-test custody XML, audiometer CSV
		{"ri", 0.82, 0.84}, // an international boarding school's health centre and counselling office: SIS JSON audit and sync, a health record (logfmt), HL7 ADT and strep/mono results via Mirth, medication administration CSV and key=value, e-signature consent webhooks, FHIR Immunization
		{"rj", 0.58, 0.92}, // a four-day music festival's medical and harm-reduction services: medical-tent records (JSON), drug-checking key=value, dispatch syslog, radio speech-to-text, RFID wristband readers, ticketing JSON
		{"rk", 0.63, 0.78}, // a petrochemical refinery's site medical, industrial-hygiene team and contractor clinic: gate-access syslog, plate-reader CSV, badging JSON, fit-test CSV, PostgreSQL, HL7 a segment a line
		{"rl", 0.78, 0.80}, // a performing-arts medicine clinic for a conservatory and an orchestra: physio EHR (pino JSON), audiometer CSV, in-ear monitor fittings key=value, dosimetry RFC 5424 syslog, stroboscopy capture logs, a DICOM dump
		{"rm", 0.70, 0.80}, // an Alaska fishing fleet's and seafood plant's health services: a satellite telemedicine gateway (JSON), vessel firewall syslog, a crew Wi-Fi portal key=value, pre-season physicals CSV, an incident register, clinic HL7 ADT/ORU
		{"rn", 0.69, 0.72}, // a residential eating-disorder treatment centre: an admissions CRM (JSON), a benefits worker (logfmt), X12 270, smart-scale ingest (JSON), vitals key=value, a meal-tracking pipe export
		{"ro", 0.70, 0.81}, // a county drug court's treatment-provider network: court case-management JSON, risk assessments (JSON with \u escapes), nginx, HL7 ORU and ACK, interface-engine logs, FHIR
		{"rp", 0.77, 0.80}, // a wildland-fire incident camp's medical unit: line-medic ePCR JSON, NEMSIS XML, ICS-214 activity notes, heat-stress wearables (JSON), smoke and CO monitors (logfmt), air-ambulance requests key=value
		{"rq", 0.69, 0.89}, // a poultry processor's employee health clinics at three plants: clinic JSON (two loggers), HL7 H5 influenza orders and results, FHIR, nurse notes in English and Spanish, audit SQL, a kiosk
		{"rr", 0.75, 0.78}, // a professional rodeo association's travelling sports-medicine program: a trailer's health-record JSON, concussion protocol (logfmt), FHIR R4, HL7 results a segment a line, an entry system with Java traces, eligibility JSON
		{"rs", 0.63, 0.87}, // a Caribbean dive resort and its recompression-chamber clinic: booking JSON, a boat-manifest CSV, a medical questionnaire portal (logfmt), a payment gateway, booking-app traces, a MySQL slow log
		{"rt", 0.74, 0.91}, // a state parole board's reentry health-coordination office: prison HL7 release and medication messages a segment a line, FHIR, X12 270/271, a Medicaid application service (JSON), nginx, syslog
		{"ru", 0.68, 0.84}, // a theme park's first-aid stations and guest-services medical team: first-aid charting (JSON), ride incident and downtime key=value, ride-control syslog, a lost-child desk's pipe rows, accessibility-pass enrolment (JSON) with Java traces, an allergy dining CSV
		{"rv", 0.77, 0.81}, // an oceanographic research institute's fleet medical program: a pre-cruise clearance portal (JSON with \u escapes), the ship's medical officer's notes, satellite telemedicine JSON webhooks and logfmt, medevac key=value and XML, berthing CSV and manifest pipe rows, X12 834
		{"rw", 0.75, 0.79}, // a city transit authority's paratransit eligibility and occupational-health unit: an eligibility case system (pino JSON), FHIR functional assessments, letter jobs (XML), trip booking key=value with Java traces, a fixed-width driver manifest, SMS
		{"rx", 0.82, 0.81}, // a national scouting organisation's high-adventure base and summer camps: a registration API (JSON), a family portal's nginx, health-form scanning key=value, a health officer's log (TSV), a medication lockbox's pipe audit, satellite-messenger webhooks (JSON)
		{"ry", 0.77, 0.82}, // a network of faith-based free clinics in churches, a mosque and a synagogue: intake tablets (JSON), a charity EHR's Apache log and PostgreSQL, HL7 with a donated lab, FHIR, an integration engine with Java traces, a donated-medication ledger (CSV)
		{"rz", 0.73, 0.79}, // a hospital's decedent-affairs office with the medical examiner, an OPO, funeral homes and a crematory: a case app (JSON), HL7 discharges of expired patients and their ACKs, pronouncement notes, a morgue cooler CSV, the ME's portal, an OPO referral line
		{"sa", 0.73, 0.87}, // a religious order's retirement infirmary for elderly sisters and brothers: EHR audit and sync JSON, an eMAR (logfmt), MDS 3.0 pipe rows and iQIES XML replies, HL7 and FHIR from a visiting physician group, X12 837I/835 a segment a line, hospice SMS JSON
		{"sb", 0.66, 0.89}, // a portable-benefits platform for rideshare and delivery drivers: a gateway access log, claims JSON with adjuster notes, driver-app injury reports (GPS, photos, device IDs), telehealth FHIR
		{"sc", 0.73, 0.94}, // a credit union's medical-debt relief program with a hospital's financial counselling: a core-banking key=value log, a NACHA file, mobile-app JSON, e-signature callbacks, charity-care intake JSON, document OCR (logfmt)
		{"sd", 0.66, 0.83}, // a humanitarian medical NGO's field hospital and mobile clinics in a refugee camp, with a US donor office: a registration service (pino JSON), HL7 a segment a line, FHIR R4, Kobo nutrition-screening CSV, RapidPro SMS, a DHIS2 log
		{"se", 0.78, 0.86}, // a migrant and seasonal farmworker health center on a harvest heat-wave day: a van clinic's record system (JSON), HL7 registration and cholinesterase results, FHIR, a pesticide illness report (XML) and the state's replies, SMS heat alerts, a heat check-in service and wearables
		{"sf", 0.71, 0.88}, // a commercial spaceflight company's aerospace-medicine office: screening (pino JSON), centrifuge (logfmt), altitude chamber key=value, harness telemetry CSV, HL7 results and ACKs a segment a line, FHIR R4
		{"sg", 0.69, 0.82}, // a metropolitan subway system's station medical response and employee assistance: radio-gateway syslog, incident-report API JSON, CCTV review requests (logfmt), fare-card lookup audit key=value, nginx and Spring traces, HL7 ADT hand-offs
		{"sh", 0.82, 0.85}, // a chain of body-piercing and cosmetic-injection studios with a medical director: booking (bunyan JSON), consent and health-history forms (pino JSON), an ID and age-verification gateway key=value, a bloodborne-exposure CSV, adverse-reaction notes, aftercare SMS in English and Spanish (logfmt)
		{"si", 0.72, 0.79}, // a corporate relocation company's medical-accommodation desk: a case service's JSON, a portal access log, HL7 records transfers, FHIR and NCPDP XML prescription transfers, a fax server, mail relay syslog
		{"sj", 0.66, 0.87}, // a ski resort's patrol and mountain clinic: an incident app's JSON, radio dispatch syslog, lift controllers (logfmt), fixed-width lift accident reports, avalanche control CSV, RFID lift gates key=value
		{"sk", 0.70, 0.85}, // a polar research station's medical officer: a sick-bay record system's JSON (some records in Norwegian), a telemedicine gateway (logfmt), HL7 v2, FHIR, a controlled-drug register TSV, blood-analyser ASTM
		{"sl", 0.80, 0.93}, // a regional burn centre: HL7 ADT, X12 270/271, FHIR, fixed-width blood-gas results, a TBSA charting app's JSON, a wound-photo vendor's log with DICOM headers
		{"sm", 0.70, 0.82}, // a touring circus and midway's workforce health service: a clinic record app's JSON, HL7 ADT and ORU a segment a line, a portal access log, kiosk and telehealth JSON, an injury CSV, rigging-report XML
		{"sn", 0.68, 0.83}, // an offshore oil platform's medic and onshore occupational health contractor: a persons-on-board system's JSON, a helicopter manifest CSV, heliport syslog, a fixed-width radio-room log, ops chat, the medic's pipe log (some notes in Spanish)
		{"so", 0.61, 0.79}, // a horse-racing authority's jockey and backstretch-worker medical programme: a portal access log, a licensing service's JSON, weigh-in scales (logfmt), ambulance dispatch syslog, clinic HL7 v2, FHIR
		{"sp", 0.76, 0.82}, // a veterinary hospital chain where owners and staff carry the PHI: practice-management JSON, a mobile app (logfmt), a client portal's access log, a card gateway (logfmt), a controlled-drug CSV, employee-health incidents JSON
		{"sq", 0.78, 0.85}, // a coastal county's beach lifeguard service: 911 dispatch pipe rows, a radio gateway log, a rescue-report API's JSON, NEMSIS XML, HL7 ADT and ACKs, FHIR
		{"sr", 0.76, 0.83}, // a members' golf and country club's wellness centre and on-course emergencies: a member portal's JSON and access log, syslog with a captive Wi-Fi portal, PostgreSQL, a tee sheet (logfmt), marshal dispatch key=value, plate cameras and fingerprint doors
		{"st", 0.75, 0.80}, // an indoor climbing gym chain and its outdoor guiding arm: check-in kiosk JSON with photos and fingerprints, an e-waiver webhook's JSON, belay certification (logfmt), an incident register's notes, a member portal's access log, an ID scanner's pipe rows
		{"su", 0.50, 0.71}, // a winery and vineyard operator's harvest workforce health programme: heat stations (logfmt), wearable heat monitors' JSON, a crew-lead tablet CSV, cholinesterase HL7 ORU, pesticide use key=value, H-2A housing pipe rows
		{"ss", 0.81, 0.85}, // a multi-day charity cycling event and its medical support: a registration API's JSON with a licence scan, nginx, a payment webhook worker's JSON and an old PHP donation form, e-signed waivers key=value, Java traces, PostgreSQL
	} {
		s := scoreCorpus(t, Default(), "../testdata/independent/"+c.name+".log", "../testdata/independent/"+c.name+".labels.jsonl")
		t.Logf("independent corpus %s:\n%s", c.name, s.table())
		if r, p := s.recall("all"), s.precision(); r < c.recall || p < c.precision {
			t.Errorf("independent corpus %s: recall %.4f precision %.4f, want >= %.2f and >= %.2f", c.name, r, p, c.recall, c.precision)
		}
	}
}
