package detectors

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"
)

// want is an expected finding: the exact bytes it covers and its category.
type want struct {
	text string
	cat  Category
}

// check scans line and compares findings with ws by covered text and
// category. Failure messages give offsets and categories, never values.
func check(t *testing.T, sc *Scanner, line string, ws ...want) []Finding {
	t.Helper()
	fs := sc.Scan(nil, []byte(line))
	got := map[string]Category{}
	for _, f := range fs {
		if f.Start < 0 || f.End > len(line) || f.Start >= f.End {
			t.Fatalf("finding out of range: [%d,%d) in %d bytes", f.Start, f.End, len(line))
		}
		got[line[f.Start:f.End]] = f.Category
	}
	for i, w := range ws {
		c, ok := got[w.text]
		switch {
		case !ok:
			t.Errorf("expected finding #%d (%s at %d) not reported; got %s", i, w.cat, strings.Index(line, w.text), describe(fs))
		case c != w.cat:
			t.Errorf("expected finding #%d at %d reported as %s, want %s", i, strings.Index(line, w.text), c, w.cat)
		}
		delete(got, w.text)
	}
	for text, c := range got {
		t.Errorf("unexpected %s finding at %d", c, strings.Index(line, text))
	}
	return fs
}

func describe(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "[%d,%d)%s/%s ", f.Start, f.End, f.Category, f.Detector)
	}
	return b.String()
}

func TestScanText(t *testing.T) {
	sc := Default()
	tests := []struct {
		line string
		ws   []want
	}{
		{"patient John Smith not found", []want{{"John Smith", Name}}},
		{"Pt: Smith, John seen today", []want{{"Smith, John", Name}}},
		{"guarantor Mary Ann O'Neil updated", []want{{"Mary Ann O'Neil", Name}}},
		{"lookup for SSN 123-45-6788 failed", []want{{"123-45-6788", SSN}}},
		{"ssn=123456788 status=ok", []want{{"123456788", SSN}}},
		{"DOB: 03/04/1950", []want{{"03/04/1950", Date}}},
		{"admitted on 2021-02-03, discharged 2021-02-09", []want{{"2021-02-03", Date}, {"2021-02-09", Date}}},
		{"born February 3, 1944 in clinic", []want{{"February 3, 1944", Date}}},
		{"DOB 30-Jan-2011", []want{{"30-Jan-2011", Date}}},
		{"a 92-year-old patient flagged", []want{{"92", Age}}},
		{"patient age 14 within protocol", nil},
		{"fax to 654-840-8689 queued", []want{{"654-840-8689", Fax}}},
		{"call (371) 790-4852 or +1 814 314 9715", []want{{"(371) 790-4852", Phone}, {"+1 814 314 9715", Phone}}},
		{"contact jane.doe+x@example.org now", []want{{"jane.doe+x@example.org", Email}}},
		{"card 4532 0151 1283 0366 declined", []want{{"4532 0151 1283 0366", Account}}},
		{"test card 4111 1111 1111 1111 declined", nil}, // a processor's published test number
		{"IBAN GB82WEST12345698765432 on file", []want{{"GB82WEST12345698765432", Account}}},
		{"Medicare MBI 1EG4TE5MK73 not eligible", []want{{"1EG4TE5MK73", HealthPlan}}},
		{"vin 1M8GDM9AXKP042788 towed", []want{{"1M8GDM9AXKP042788", Vehicle}}},
		{"prescriber DEA AB1234563", []want{{"AB1234563", License}}},
		{"MRN: E5430309 merged", []want{{"E5430309", MRN}}},
		{"MRN 546-30-73 merged into duplicate chart", []want{{"546-30-73", MRN}}},
		{"address verification failed for 69859 N Water Street, North Glennaworth, FL 78664-0347",
			[]want{{"69859 N Water Street", Address}, {"North Glennaworth", Address}, {"78664-0347", ZIP}}},
		{"ship to 1536 Hyatt Ridge Suite 972 today", []want{{"1536 Hyatt Ridge Suite 972", Address}}},
		{"mail to 17640 SW PRAIRIE WIND WAY today", []want{{"17640 SW PRAIRIE WIND WAY", Address}}},
		{"records go to 6549 N Via Verde Ave. by Friday", []want{{"6549 N Via Verde Ave.", Address}}},
		{"could not geocode 1600 Pennsylvania Ave NW, for patient", []want{{"1600 Pennsylvania Ave NW", Address}}},
		{"cache set &{Abebe 1140 Avenida Cervantes Apt 1203 Macon GA 31245}", []want{{"1140 Avenida Cervantes Apt 1203", Address}, {"Macon", Address}, {"31245", ZIP}}},
		{"mailed to 2043 Calle del Sol; built 3 Via containers", []want{{"2043 Calle del Sol", Address}}},
		{"lives with wife at PO Box 7531, Duluth; still drives", []want{{"PO Box 7531", Address}, {"Duluth", Address}}},
		{"PATIENT'S ADDRESS: 8582 W PONCE DE LEÓN CIR | CITY", []want{{"8582 W PONCE DE LEÓN CIR", Address}}},
		{"{'addr1': '9166 Larkspur Loop', 'line2': 'Ste 110'} unit=\"Apt 4B\" unit=\"mg\" suite=\"Suite A\"", []want{{"9166 Larkspur Loop", Address}, {"Ste 110", Address}, {"Apt 4B", Address}}},
		{"mail PO Box 4412 please", []want{{"PO Box 4412", Address}}},
		{"login from 61.64.218.135 for user", []want{{"61.64.218.135", IP}}},
		{"login from 10.1.2.3 and 192.168.1.1 and 127.0.0.1", nil},
		{"profile https://www.facebook.com/jane.doe.77 linked", []want{{"https://www.facebook.com/jane.doe.77", URL}}},
		{"see https://example.com/docs/page?x=1 for help", nil},
		{"HL7 inbound PID|1||12345^^^HOSP^MR||Doe^Jane^Q||19800101|F",
			[]want{{"12345", MRN}, {"Doe^Jane^Q", Name}, {"19800101", Date}}},
	}
	for _, tt := range tests {
		t.Run(tt.line[:min(len(tt.line), 24)], func(t *testing.T) { check(t, sc, tt.line, tt.ws...) })
	}
}

// TestNoContextNoFinding lists what logs are full of and must never be
// reported: bare numbers, IDs, timestamps, versions, ports, durations.
func TestNoContextNoFinding(t *testing.T) {
	sc := Default()
	for _, line := range []string{
		`2026-11-07 13:37:06.277 INFO [intake] processed 31197 claims in 2054ms`,
		`time=2026-11-07T13:37:06.277Z level=WARN msg="retry" request_id=79096c5e-92c9-406a-be0f-6f9d9a49cdcb duration_ms=2013`,
		`{"ts":1757411760549,"trace_id":"703a08cff49cf455aa1b4b60dc8abbfb","span_id":"a3ce929d0e0e4736","build":"v1.21.4"}`,
		`order 123456789 shipped; invoice 9876543210; listening on :8080 and 0.0.0.0:443`,
		`user agent Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Chrome/115.5.16.9 Safari/605.1`,
		`GET /api/v1/patients?page=17&limit=50 HTTP/1.1 200 45006`,
		`cache hit ratio 0.345 over 16778 keys, 12345 entries, version 2.14.3, pid 4412`,
		`deployed v3.20.8 to web-bb283-4vtl4 in 93 seconds with exit code 0`,
		`epoch 1700000000 and 1700000000123 and uuid 3544c51e-c7a6-42d3-b860-6e65446dc194`,
		`jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxYWMxMzNlYi04NGQ2In0.JWqM3Pboi4Umwu8c4vgm6M6Zaz2MbwJ9ydLIaR1RyoL`,
		`sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08`,
		`Internal Server Error while calling Payment Service at Grant Avenue Gateway`,
		`patient age 45, patient count 3, 5 patients waiting`,
	} {
		if fs := sc.Scan(nil, []byte(line)); len(fs) > 0 {
			t.Errorf("line %.30q...: unexpected findings %s", line[:12], describe(fs))
		}
	}
}

func TestScanJSON(t *testing.T) {
	sc := Default()
	line := `{"resourceType":"Patient","id":"abc","name":[{"use":"official","family":"Okafor","given":["Ngozi","A"]}],` +
		`"birthDate":"1961-07-04","telecom":[{"system":"phone","value":"617-555-0123"}],` +
		`"address":[{"line":["12 Elm St"],"city":"Brookline","state":"MA","postalCode":"02445"}],` +
		`"note":"{\"ssn\":\"123-45-6788\"}","msg":"patient Ngozi Okafor \u00e9 called"}`
	fs := check(t, sc, line,
		want{"Okafor", Name}, want{"Ngozi", Name}, want{"A", Name}, want{"1961-07-04", Date}, want{"617-555-0123", Phone},
		want{"12 Elm St", Address}, want{"Brookline", Address}, want{"02445", ZIP},
		want{"123-45-6788", SSN}, want{"Ngozi Okafor", Name})
	fields := map[string]bool{}
	for _, f := range fs {
		fields[f.Field] = true
	}
	for _, p := range []string{"name[0].family", "name[0].given[0]", "birthDate", "telecom[0].value",
		"address[0].line[0]", "address[0].city", "address[0].postalCode", "note.ssn", "msg"} {
		if !fields[p] {
			t.Errorf("no finding with field path %q; have %v", p, fields)
		}
	}
}

func TestScanJSONRecords(t *testing.T) {
	line := `{"Records":[{"eventName":"GetObject","requestParameters":{"patientSsn":"123-45-6788"}},{"sourceIPAddress":"8.8.4.4"}]}`
	fs := check(t, Default(), line, want{"123-45-6788", SSN}, want{"8.8.4.4", IP})
	if fs[0].Field != "Records[0].requestParameters.patientSsn" || !fs[0].ByKey {
		t.Errorf("field = %q, byKey = %v", fs[0].Field, fs[0].ByKey)
	}
}

func TestScanEscapedOffsets(t *testing.T) {
	// The escaped quote and \u0041 shift offsets: findings must point at
	// the raw bytes of the line.
	line := `{"msg":"said \"hi\" \u0041 to patient Jane Okafor","email":"jane\u002eokafor@example.org"}`
	check(t, Default(), line, want{"Jane Okafor", Name}, want{`jane\u002eokafor@example.org`, Email})
}

func TestScanQuery(t *testing.T) {
	line := `GET /api/v1/notes?email=devin20%40hotmail.com&dob=1970-11-07&last_name=Stark&page=2 HTTP/1.1`
	fs := check(t, Default(), line, want{"devin20%40hotmail.com", Email}, want{"1970-11-07", Date}, want{"Stark", Name})
	for _, f := range fs {
		if f.Field == "" {
			t.Errorf("query finding at %d has no field", f.Start)
		}
	}
}

func TestScanLogfmt(t *testing.T) {
	line := `level=INFO msg="note saved" patient_email=tami29@gmail.com last_name=Koch mrn=E5548744 zip=49849 ` +
		`patient_age=57 age=97 ip=10.0.0.1 client_ip=8.8.8.8 device_serial=MLJVYTO1QXNX request_id=ab12cd34`
	check(t, Default(), line, want{"tami29@gmail.com", Email}, want{"Koch", Name}, want{"E5548744", MRN},
		want{"49849", ZIP}, want{"97", Age}, want{"8.8.8.8", IP}, want{"MLJVYTO1QXNX", Device})
}

func TestScanHL7(t *testing.T) {
	line := "PID|1||MRN12345^^^HOSP^MR||Okafor^Ngozi^A||19610704|F|||12 Elm St^^Brookline^MA^02445||(617)555-0123|||||ACCT998877|123-45-6788"
	fs := check(t, Default(), line, want{"MRN12345", MRN}, want{"Okafor^Ngozi^A", Name}, want{"19610704", Date},
		want{"12 Elm St", Address}, want{"Brookline", Address}, want{"02445", ZIP}, want{"(617)555-0123", Phone},
		want{"ACCT998877", Account}, want{"123-45-6788", SSN})
	if fs[0].Field != "PID-3" {
		t.Errorf("first field = %q, want PID-3", fs[0].Field)
	}
}

// A message may choose its own delimiters: MSH-1 and MSH-2 declare them,
// and a lone segment shows its separator around its set ID.
func TestScanHL7Delimiters(t *testing.T) {
	sc := Default()
	check(t, sc, `Raw message: MSH#^~\&#LAB#DSC#PHARM#SBMC#20240314072811##DFT^P03#737082#P#2.5<CR>EVN#P03#20240314072811<CR>PID#1##80979267^^^DSC^MR##WHITAKER^OTIS##19321113#M`,
		want{"80979267", MRN}, want{"WHITAKER^OTIS", Name}, want{"19321113", Date})
	check(t, sc, `msg=MSH|$~\&|MEDITECH|NVH|BILLING|SBMC|20240314100552||ADT$A01|MSG7|P|2.5\r\nPID|1||2923862$$$SBMC$MR||GEORGIOU$CORNELIUS||19500101|M|||12 MAIN ST$$ST. PAUL$MN$55158-4062$USA||651-494-5101$PRN$PH`,
		want{"2923862", MRN}, want{"GEORGIOU$CORNELIUS", Name}, want{"19500101", Date}, want{"12 MAIN ST", Address},
		want{"ST. PAUL", Address}, want{"55158-4062", ZIP}, want{"651-494-5101", Phone})
	check(t, sc, `in [enc !^~\&] PID!1!!4794333^^^NVH^MR!!IVANOVA^LAYLA!!20161119!F!!!6906 W HARBOR VIEW RD^^ALBUQUERQUE^NM^87117!!!!!!!!385334274`,
		want{"4794333", MRN}, want{"IVANOVA^LAYLA", Name}, want{"20161119", Date}, want{"6906 W HARBOR VIEW RD", Address},
		want{"ALBUQUERQUE", Address}, want{"87117", ZIP}, want{"385334274", SSN})
	check(t, sc, `see ticket PID#12 and OBX!3 in the notes; MSH#1 done`)
}

func TestLongLineWindows(t *testing.T) {
	sc, err := New(&Options{MaxLineBytes: 64 << 10})
	if err != nil {
		t.Fatal(err)
	}
	filler := bytes.Repeat([]byte("lorem ipsum "), 16<<10) // 192 KiB
	var line []byte
	line = append(line, filler[:64<<10-8]...) // straddle the first window boundary
	at := len(line)
	line = append(line, " SSN 123-45-6788 "...)
	line = append(line, filler...)
	fs := sc.Scan(nil, line)
	n := 0
	for _, f := range fs {
		if f.Category == SSN {
			n++
			if f.Start != at+5 || f.End != at+16 {
				t.Errorf("SSN at [%d,%d), want [%d,%d)", f.Start, f.End, at+5, at+16)
			}
		}
	}
	if n != 1 {
		t.Errorf("SSN reported %d times across windows, want once", n)
	}
}

func TestCustomPatternTimeout(t *testing.T) {
	sc, err := New(&Options{MatchTimeout: 20 * time.Millisecond, Custom: []CustomPattern{
		{ID: "evil", Category: OtherID, Pattern: `(a+)+$`},
		{ID: "acme_member", Category: HealthPlan, Pattern: `(?<=MBR-)(?<value>\d{9})`, Keywords: []string{"mbr-"}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	line := []byte(strings.Repeat("a", 40) + "! member MBR-123456789")
	done := make(chan []Finding)
	go func() { done <- sc.Scan(nil, line) }()
	select {
	case fs := <-done:
		found := false
		for _, f := range fs {
			if f.Detector == "acme_member" && string(line[f.Start:f.End]) == "123456789" {
				found = true
			}
		}
		if !found {
			t.Errorf("custom pattern not reported: %s", describe(fs))
		}
	case <-time.After(10 * time.Second):
		t.Fatal("catastrophic pattern was not cut by the match timeout")
	}
}

func TestOptionsErrors(t *testing.T) {
	_, err := New(&Options{
		Keys:   []KeyRule{{Key: ""}, {Key: "x[", Category: SSN}, {Key: "foo"}},
		Allow:  Allowlist{Patterns: []string{"(unclosed"}, CIDRs: []string{"10.0.0.0/99"}},
		Custom: []CustomPattern{{ID: "bad", Category: SSN, Pattern: "(?<"}, {Pattern: "x"}},
	})
	if err == nil {
		t.Fatal("New accepted bad options")
	}
	for _, frag := range []string{"keys[0]: empty key", "keys[2]", "allow.patterns[0]", "allow.cidrs[0]",
		"custom[0] bad: pattern does not compile", "custom[1]: missing id", "custom[1]: missing or unknown category"} {
		if !strings.Contains(err.Error(), frag) {
			t.Errorf("error lacks %q:\n%v", frag, err)
		}
	}
}

func TestAllowlistAndCategories(t *testing.T) {
	sc, err := New(&Options{
		Allow:      Allowlist{Values: []string{"555-867-5309"}, CIDRs: []string{"8.8.8.0/24"}},
		Categories: AllCategories.Remove(Email),
	})
	if err != nil {
		t.Fatal(err)
	}
	check(t, sc, "call 555-867-5309 or 212-555-0199 from 8.8.8.18 or 9.9.19.9, mail a@b.org",
		want{"212-555-0199", Phone}, want{"9.9.19.9", IP})
}

func TestKeyRules(t *testing.T) {
	sc, err := New(&Options{Keys: []KeyRule{{Key: "x_*_ref", Category: MRN}, {Key: "patientName", Ignore: true}}})
	if err != nil {
		t.Fatal(err)
	}
	check(t, sc, `{"xChartRef":"AB-77","X-Lab-Ref":"Q99","patientName":"Jane Doe"}`, want{"AB-77", MRN}, want{"Q99", MRN})
}

func TestScanAllocs(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("allocation counts differ under -race")
	}
	sc := Default()
	line := []byte(`request 3544c51e finished in 12ms with status 200 for GET /api/v1/claims`)
	fs := make([]Finding, 0, 8)
	sc.Scan(fs, line)
	if n := testing.AllocsPerRun(100, func() { fs = sc.Scan(fs[:0], line) }); n != 0 {
		t.Errorf("Scan of a line without PHI allocates %v times, want 0", n)
	}
}

func TestEmptyJSONKey(t *testing.T) {
	fs := Default().Scan(nil, []byte(`{"":"x","ssn":"123-45-6788"}`))
	checkFindings(t, fs, 28)
	if len(fs) != 1 || fs[0].Category != SSN {
		t.Errorf("got %s", describe(fs))
	}
}

func TestScanDatabaseLogs(t *testing.T) {
	sc := Default()
	check(t, sc, `ERROR: duplicate key value violates unique constraint "patients_ssn_key" DETAIL: Key (ssn)=(123-45-6788) already exists.`,
		want{"123-45-6788", SSN})
	check(t, sc, `INSERT INTO patients (first_name, last_name, dob, notes) VALUES ('Ngozi', 'O''Neil', '1961-07-04', 'called back'), ('Jane', 'Doe', NULL, NULL)`,
		want{"Ngozi", Name}, want{"O''Neil", Name}, want{"1961-07-04", Date}, want{"Jane", Name}, want{"Doe", Name})
	check(t, sc, `{'member_id': 'W103351474', 'status': 'ok'} Array ( [mid_nm] => Everett [status] => 200 )`,
		want{"W103351474", HealthPlan}, want{"Everett", Name})
	// The number in brackets after a keyed person's name is theirs.
	check(t, sc, `INC-2024-0360|Level 3|date=06/11/2024|student=Ivy Fairchild (BT-24145)|grp=Juniper`,
		want{"Ivy Fairchild", Name}, want{"BT-24145", OtherID})
	// A reminder addressed to its reader: the weekday and the day are theirs.
	check(t, sc, `"Body":"Reminder: your infusion is Tue 3/19 at 9:00 AM. Reply C" maintenance window Sat 03/16 22:00-02:00 CT`, want{"Tue 3/19", Date})
	// No identifier is negative: a signed hash of one, as a query's ID.
	check(t, sc, `{"mbr_id":"-5784057197247677371"} mbr_id=-5784057197247677371`)
	// A WHERE clause's value ends at its AND; SQL Server's N'...' strings.
	check(t, sc, `STATEMENT:  UPDATE visit SET np_id = 'NP-2381' WHERE member_id = 591911 AND status = 'PENDING'`, want{"591911", HealthPlan})
	check(t, sc, `SELECT TOP (100) * FROM dbo.DimPatient WHERE LastName = N'O''Connor' AND FirstName = N'Siobhan'`,
		want{"O''Connor", Name}, want{"Siobhan", Name})
	// A file named for a person whose names are words too, a birth date after them.
	check(t, sc, `rendered /srv/careplans/2024/03/H0907/CP_BANKS_FAITH_19290614_v3.pdf pages=5 DAILY_REPORT_19990101.csv`,
		want{"BANKS_FAITH", Name}, want{"19290614", Date})
}

func TestUUIDsAndBareNames(t *testing.T) {
	sc := Default()
	check(t, sc, "request cf0f06cc-7c15-4128-9342-03550f14e05f done")
	check(t, sc, "name=Jane Roe status=ok Name=Okafor Region=West", want{"Jane Roe", Name}, want{"Okafor", Name})
}

func TestScanEventFormats(t *testing.T) {
	sc := Default()
	check(t, sc, `CEF:0|Acme|EHR|1.0|100|lookup|3|cs1Label=patientSSN cs1=123-45-6788 cs2Label=ward cs2=4E`,
		want{"123-45-6788", SSN})
	check(t, sc, `<Event><EventData><Data Name="PatientName">Jane Roe</Data><Data Name="Ward">4E</Data></EventData></Event>`,
		want{"Jane Roe", Name})
}

// TestRedactedTextIsQuiet: a redaction marker is neither a keyword nor a
// value, and spends its category's context, so scanning the output of a
// redaction again finds nothing new.
func TestRedactedTextIsQuiet(t *testing.T) {
	sc := Default()
	for i, line := range []string{
		`#JR [REDACTED:name]  Aa`,
		`Dr 0 [REDACTED:name]!AYA`,
		`[REDACTED:name] [REDACTED:ssn] [REDACTED:date] status=ok`,
		`patient [REDACTED:name] not found`,
	} {
		if fs := sc.Scan(nil, []byte(line)); len(fs) > 0 {
			t.Errorf("line %d: unexpected findings %s", i, describe(fs))
		}
	}
	// A value under a key that holds a marker in part is read as text, not
	// fitted whole: "sn=A=!next=%[REDACTED:name] 00" is no device serial.
	if fs := sc.ScanValue(nil, "sn", []byte(`A=!next=%[REDACTED:name] 00`)); len(fs) > 0 {
		t.Errorf("value with a marker: unexpected findings %s", describe(fs))
	}
	// A marker is skipped, not what follows it: a real value after one is still found.
	check(t, sc, `patient [REDACTED:name] ssn 401-22-7781`, want{"401-22-7781", SSN})
}

// TestIdentifierTypeSiblings: an HL7 identifier type code beside a value
// names it; a type that merely mentions a word does not.
func TestIdentifierTypeSiblings(t *testing.T) {
	sc := Default()
	check(t, sc, `{"ids":[{"type":"PPN","id":"756284658"},{"kind":"SS","val":"726-53-4378"},{"type":"AN","id":"G91940217"}]}`,
		want{"756284658", OtherID}, want{"726-53-4378", SSN}, want{"G91940217", Account})
	check(t, sc, `{"type":"member.created","id":"evt_1234567890","data":{"type":"driver","id":"48213"}}`)
	// A type written as a key would be: an identifier's; a person's type is none.
	check(t, sc, `{"ids":[{"idType":"DriverLicense","idState":"AZ","idNumber":"B13921980"},{"type":"PassportNumber","value":"X12345678"}]}`,
		want{"B13921980", License}, want{"X12345678", OtherID})
	check(t, sc, `{"type":"patient","id":"12345"}`)
}

// TestDateValuesUnderKeys: written dates under a date key, with weekdays,
// times and zones, are dates; words that are no part of a date are not.
func TestDateValuesUnderKeys(t *testing.T) {
	sc := Default()
	check(t, sc, `{"born_on":"Wednesday, March 12, 1930","svcDt":"Jul 18, 2020","next_appointment":"10/31/2026 3:02 PM"}`,
		want{"Wednesday, March 12, 1930", Date}, want{"Jul 18, 2020", Date}, want{"10/31/2026 3:02 PM", Date})
	check(t, sc, `{"admit_date":"pending review","next_appointment":"none scheduled","svc_date":"2021"}`)
	// A dose's and a procedure's time in a patient's record.
	check(t, sc, `{"mrn":"E12345","administered_at":"2024-03-01T10:00:00Z","performed_at":"2024-03-02T09:00:00Z"}`,
		want{"E12345", MRN}, want{"2024-03-01T10:00:00Z", Date}, want{"2024-03-02T09:00:00Z", Date})
}

// TestNamesInProse: names after weak words, with accents, in "Last, First"
// form, and right after a keyword even when they are also words.
func TestNamesInProse(t *testing.T) {
	sc := Default()
	// Two surnames the lists know before the comma, without a keyword.
	check(t, sc, `Mendoza Ibarra, María Elena seen at 10:40; Dallas Texas, John`, want{"Mendoza Ibarra, María Elena", Name})
	// A name before what is theirs: kin, a carer, their care.
	check(t, sc, `can someone call Fatima's husband? we updated Ruth's schedule; Member's caregiver stated; Docker's schedule`,
		want{"Fatima", Name}, want{"Ruth", Name})
	check(t, sc, `wearable not in allow list for Björn Baker`, want{"Björn Baker", Name})
	check(t, sc, `registered to Zoë M. Etsitty`, want{"Zoë M. Etsitty", Name})
	check(t, sc, `scheduling conflict for María José Pemberton`, want{"María José Pemberton", Name})
	check(t, sc, `claim does not belong to patient Sterling Moon`, want{"Sterling Moon", Name})
	check(t, sc, `fax cover re: Dimitriou, Ifeoma`, want{"Dimitriou, Ifeoma", Name})
	check(t, sc, `hello Forrest, your results are ready`, want{"Forrest", Name})
	check(t, sc, `SSN 070920471 already assigned to Núñez, Jean-Luc`, want{"070920471", SSN}, want{"Núñez, Jean-Luc", Name})
	check(t, sc, `wearable not in allow list for Søren Truong`, want{"Søren Truong", Name})
	check(t, sc, `Đã gặp bà Nguyễn Thị Lan tại nhà hôm nay`, want{"Nguyễn Thị Lan", Name})
	check(t, sc, `Hola, su cita en la clínica es el 21 de marzo a las 4:30 PM; votre rendez-vous le 3 avril à 10h`, want{"21 de marzo", Date}, want{"3 avril", Date})
	check(t, sc, `el 21 de marzo hubo una reunión del comité`) // no one's visit
	check(t, sc, `Hola, su cita de rehabilitación cardíaca el lunes 25/03 a las 08:00; votre rendez-vous du jeudi 14/03 à 9h`,
		want{"25/03", Date}, want{"14/03", Date}) // a visit's day, the day first
	check(t, sc, `build 25/03 done, 14/03 next`)
	check(t, sc, `Hi Greta, reminder: your screening is 2/24/24 at 11:15 AM (Training Room B).`, want{"Greta", Name}, want{"2/24/24", Date})
	check(t, sc, `patient Élodie Durand admitted; Łukasz Nowak (DOB 1950-01-01)`,
		want{"Élodie Durand", Name}, want{"Łukasz Nowak", Name}, want{"1950-01-01", Date})
	check(t, sc, `Ünited Ärror and résumé`)
	check(t, sc, `Mr. O'Neil arrived via ambulance; patient D'Souza, Chloé admitted`,
		want{"O'Neil", Name}, want{"D'Souza, Chloé", Name})
	// Not names: products, places, form labels, the tail of "Wi-Fi".
	check(t, sc, `waiting for Kafka Connect, then for Grant Avenue Gateway and Apple Music`)
	check(t, sc, `Intake form: Name (Last, First) => see below`)
	check(t, sc, `requested DHCP lease from patient Wi-Fi`)
}

// TestObjectDumps: the ways languages print a record (Java toString, Lombok,
// Go %+v, Python and Ruby literals, Clojure maps) are read by their keys.
func TestObjectDumps(t *testing.T) {
	sc := Default()
	check(t, sc, `Patient{name='Sofia Okafor', ssn='401-22-7781', dob=1950-03-04, mrn=A1234567}`,
		want{"Sofia Okafor", Name}, want{"401-22-7781", SSN}, want{"1950-03-04", Date}, want{"A1234567", MRN})
	check(t, sc, `main.Patient{Name:Sofia Okafor SSN:401-22-7781 DOB:1950-03-04 Phone:617-555-0142 ZIP:02139}`,
		want{"Sofia Okafor", Name}, want{"401-22-7781", SSN}, want{"1950-03-04", Date}, want{"617-555-0142", Phone}, want{"02139", ZIP})
	check(t, sc, `PatientDTO(firstName=Sofia, birthDate=Mar 5, 1950, phoneNumber=(617) 555-0142)`,
		want{"Sofia", Name}, want{"Mar 5, 1950", Date}, want{"(617) 555-0142", Phone})
	check(t, sc, `{'first_name': 'Sofia', 'last_name': 'Okafor', 'member_id': 'W123456789'}`,
		want{"Sofia", Name}, want{"Okafor", Name}, want{"W123456789", HealthPlan})
	check(t, sc, `{:patient_name "Sofia Okafor", :ssn "401-22-7781"}`, want{"Sofia Okafor", Name}, want{"401-22-7781", SSN})
	// Ruby's inspect, C#'s anonymous objects, Python's repr of a date.
	check(t, sc, `#<Patient id: 8812, first_name: "Delphine", dob: "1948-11-02">`, want{"Delphine", Name}, want{"1948-11-02", Date})
	check(t, sc, `{ Ssn = 412-55-9031, Dob = 11/2/1948 12:00:00 AM }`, want{"412-55-9031", SSN}, want{"11/2/1948 12:00:00 AM", Date})
	check(t, sc, `Patient(mrn='00918274', dob=datetime.date(1948, 11, 2), seen=datetime.date(2026, 3, 4)) built 2026`,
		want{"00918274", MRN}, want{"1948, 11, 2", Date}, want{"2026, 3, 4", Date})
	// Nested objects are read field by field, under the outer key.
	fs := check(t, sc, `Patient{id=8812, lastName='Okafor', address=Address{line1='44 Alder Rd', city='Quincy', state='MA', zip='02169'}}`,
		want{"Okafor", Name}, want{"44 Alder Rd", Address}, want{"Quincy", Address}, want{"02169", ZIP})
	if f := fs[len(fs)-1]; f.Field != "address.zip" {
		t.Errorf("nested field path %q, want address.zip", f.Field)
	}
	check(t, sc, `Visit(patient=Person(firstName=Sofia, lastName=O'Kafor), room=12)`, want{"Sofia", Name}, want{"O'Kafor", Name})
	check(t, sc, `validation failed for {logger=intake-api, name=Kowalczyk, Miles, serialNumber=HCA-92020-QL}`,
		want{"Kowalczyk, Miles", Name}, want{"HCA-92020-QL", Device})
	check(t, sc, `err="validation failed" patient={FirstName:Marisol LastName:Abernathy DOB:1939-05-30 MRN:00918274}`,
		want{"Marisol", Name}, want{"Abernathy", Name}, want{"1939-05-30", Date}, want{"00918274", MRN})
	check(t, sc, `PT_LNAME=Castellanos|PT_FNAME=Ines|PT_DOB=19520412|PT_ZIP=78704`,
		want{"Castellanos", Name}, want{"Ines", Name}, want{"19520412", Date}, want{"78704", ZIP})
	check(t, sc, `LEEF:2.0|Acme|EHR|4.2|PatientLookup|^|src=73.162.44.210^usrName=jdoe^patientName=Delphine Achterberg^patientDOB=11/02/1948`,
		want{"73.162.44.210", IP}, want{"Delphine Achterberg", Name}, want{"11/02/1948", Date})
}

// TestMoreLogShapes covers formats and phrasings beyond the corpus: CEF
// values with spaces, caller ID, a name before "(address)", a ZIP after
// "City, ST,", keys in Spanish and German, and account handles.
func TestMoreLogShapes(t *testing.T) {
	sc := Default()
	// A User-Agent is passed over whole; what could be personal in one is not.
	check(t, sc, `"GET / HTTP/1.1" 200 "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile Safari/604.1" 81.2.69.160`,
		want{"81.2.69.160", IP})
	check(t, sc, `ua="CarePortal/3.2 (iPhone; iOS 17.4; Maria Lopez's iPhone)"`, want{"Maria Lopez", Name})
	check(t, sc, `ua="CarePortal/3.2 (Android 14; pashdown@example.org)"`, want{"pashdown@example.org", Email})
	check(t, sc, `ua="CarePortal/3.2 (Android 14; imei 356938035643809)"`, want{"356938035643809", Device})
	check(t, sc, `agent Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0 for patient Percival Ashdown DOB 03/04/1950`,
		want{"Percival Ashdown", Name}, want{"03/04/1950", Date})
	check(t, sc, `CEF:0|Acme|EHR|4.2|100|Record accessed|5|suser=jdoe duser=Harlan Voss msg=opened chart`, want{"Harlan Voss", Name})
	check(t, sc, `Caller ANI 4045550117 requested callback`, want{"4045550117", Phone})
	check(t, sc, `user Percival Ashdown (pashdown@example.org) exported 12 charts`,
		want{"Percival Ashdown", Name}, want{"pashdown@example.org", Email})
	check(t, sc, `row (9912, 78 Birch Ln, Salem, OR, 97301)`, want{"78 Birch Ln", Address}, want{"Salem", Address}, want{"97301", ZIP})
	check(t, sc, `nombre="Ana" apellido="Quintanilla" fecha_nacimiento="1958-07-21" Nachname=Schäfer Geburtsdatum=12.03.1951`,
		want{"Ana", Name}, want{"Quintanilla", Name}, want{"1958-07-21", Date}, want{"Schäfer", Name}, want{"12.03.1951", Date})
	check(t, sc, `{"TargetUserName":"mhollis","login_name":"svc-intake"}`)
	// A description is no identifier; the identifiers in it are found.
	check(t, sc, `Vehicle: 2019 Honda Civic VIN 1HGCM82633A004352 plate ABC-1234`,
		want{"1HGCM82633A004352", Vehicle}, want{"ABC-1234", Vehicle})
	check(t, sc, `GET /portal/patients/loretta-vanterpool/records HTTP/1.1`, want{"loretta-vanterpool", Name})
	check(t, sc, `GET /api/patients/search/records HTTP/1.1`)
	// Masked identifiers are redacted already.
	check(t, sc, `SSN: xxx-xx-1234 member id XXXXXXXX5678 card ****1234 ssn=***-**-6789`)
	// A key that says "no PHI here" vouches for codes, not for a message.
	check(t, sc, `Traceback: KeyError: 'Vanterpool, Loretta' not found`, want{"Vanterpool, Loretta", Name})
	check(t, sc, `{"request_id":"Ab12Cd34","validation_error":"member Loretta Vanterpool has no plan"}`, want{"Loretta Vanterpool", Name})
	check(t, sc, `lookup failed: 'Qzwyrtan, Loretta' not in index`, want{"Qzwyrtan, Loretta", Name})
	check(t, sc, `error: "Paris, France" unknown; moved to "Austin, Texas"`)
	// An identifier in brackets after a name is that person's.
	check(t, sc, `KeyError: 'insurance' while building claim for Ambrose Fox (W394446694)`,
		want{"Ambrose Fox", Name}, want{"W394446694", OtherID})
	check(t, sc, `Retrieval moved for Keisha Washington [00463087] to OR slot 3`,
		want{"Keisha Washington", Name}, want{"00463087", OtherID})
	// HL7 names quoted in prose; places in HL7 fields are not names.
	check(t, sc, `Channel ADT_IN received message for VANTERPOOL^LORETTA^J^^^^ DOB 19330211`,
		want{"VANTERPOOL^LORETTA^J", Name}, want{"19330211", Date})
	check(t, sc, `PV1|1|E|ED^HALL2^^EASTCAMPUS|U`)
	// An email address under an address key is an email address.
	check(t, sc, `{"recipient":{"name":"Loretta Vanterpool","address":"lv@example.com"}}`,
		want{"Loretta Vanterpool", Name}, want{"lv@example.com", Email})
	// A name stops before the next field of a Go struct.
	check(t, sc, `saving entity &{payerName:Oscar CorrelationID:53f28722-6647-3ad7-8133-a6fc3d1e2f40}`)
	// Organisations and role mailboxes are no persons; a patient's employer is PHI.
	check(t, sc, `Invoice due for Acme Medical Group; Dr. Strange Love Clinic config reloaded`)
	check(t, sc, `Referral sent to Mount Sinai Health System for review; Dr. Web antivirus definitions updated`)
	check(t, sc, `seen by Dr. Rich today`) // a clinician, titled so: no patient's name
	check(t, sc, `the patient's employer, Quincy Shipyards LLC, requested records`, want{"Quincy Shipyards LLC", Name})
	check(t, sc, `git@github.com:acme/ehr.git fetched; {"from":"noreply@example.org","to":"jo.okafor@example.org"}`,
		want{"jo.okafor@example.org", Email})
	// Real system logs of this machine: packages and systemd units.
	check(t, sc, `2025-06-24 14:36:36 install apt-transport-https:all <none> 2.6.1; python3-apt:amd64 (2.6.0)`)
	check(t, sc, `Created symlink /etc/systemd/system/getty.target.wants/getty@tty1.service → /lib/systemd/system/getty@.service.`)
	check(t, sc, `wrote reports/jane.roe@example.org.log`, want{"jane.roe@example.org", Email})
	// Test reports of the JDK and gdb: code, sections and headings.
	check(t, sc, `PASS: gdb.compile/compile-cplus-anonymous.exp: compile code A::BB; list (anonymous namespace)::D::B`)
	check(t, sc, `Exercise a streaming subscriber ( InputStream ) as an InvalidClassException with NewSize, MaxNewSize`)
	check(t, sc, `How to Specify Tests; Escape Analysis does not work with Compressed Oops; name for Asia/Taipei`)
	check(t, sc, `Test case for JDK-8248254; special case for 65537; Test JVMS 5.4.3.6; coverage of Big5-HKSCS`)
	check(t, sc, `Check the missing time zone names for English, German and Japanese locale`)
	check(t, sc, `java/lang/ClassLoader/UninitializedParent.java: Uninitialized class loaders should not be a parent`)
	check(t, sc, `randomized first address - address set; si_addr = 0x666; start_addr = search_buf.address; auto: reset 0`)
	// Labels of places settle values that context alone would not.
	check(t, sc, `RES CITY: Enid / Apt: #79 / census: WHITFIELD-OSEI, PHILIPPA  rm MICU 3  adm 02/22/2018 / address: please update`,
		want{"Enid", Address}, want{"#79", Address}, want{"WHITFIELD-OSEI, PHILIPPA", Name}, want{"02/22/2018", Date})
	// Windows security events: account names are logins, workstation names no addresses.
	check(t, sc, `An account failed to log on. Account Name: EHR01$ Logon Type: 3 Account Name: dachterberg Workstation Name: NURSE-STN-4 Source Port: 51234 Source Network Address: 98.112.7.201`,
		want{"98.112.7.201", IP})
	// Words that make a keyword something else: cloud accounts, query plans, monitoring.
	check(t, sc, `AssumeRole failed for AWS account 123456789012; query execution plan 4412; Datadog monitor 12345678 triggered; an exceptionallylongword case 7`)
	check(t, sc, `billing account 0044182733 past due; member plan W4471190283`, want{"0044182733", Account}, want{"W4471190283", HealthPlan})
	// Dates written out, and a day and month without a year after a care event.
	check(t, sc, `born on the 5th of March 1950; admitted 3/4 for observation, discharged on Mar 6`,
		want{"5th of March 1950", Date}, want{"3/4", Date}, want{"Mar 6", Date})
	check(t, sc, `take 1/2 tablet; dose 3/4 of the vial; page 2/3; the 5th of May release`)
	// Query results: rows read under their columns; {"Name": "SSN", "Value": ...} pairs.
	fs := check(t, sc, `{"columns":["patient_name","dob","ssn","status"],"rows":[["Delphine Achterberg","1948-11-02","412559031","active"],[null,"1957-02-19",7,{"x":1}]]}`,
		want{"Delphine Achterberg", Name}, want{"1948-11-02", Date}, want{"412559031", SSN}, want{"1957-02-19", Date})
	if fs[1].Field != "rows[0].dob" {
		t.Errorf("field of a row value %q, want rows[0].dob", fs[1].Field)
	}
	check(t, sc, `{"fields":["id","name"],"data":[{"id":1,"name":"ok"}],"columns":["a"],"rows":["x"]}`)
	check(t, sc, `[{"Name":"SSN","Value":"412559031"},{"Name":"LastName","Value":"Achterberg"}]`,
		want{"412559031", SSN}, want{"Achterberg", Name})
	// JSON Web Tokens: claims with PHI make the token a finding, header to
	// signature, of the most identifying claim's category.
	claims := base64.RawURLEncoding.EncodeToString([]byte(`{"sub":"8812345","name":"Delphine Achterberg","birthdate":"1948-11-02"}`))
	plain := base64.RawURLEncoding.EncodeToString([]byte(`{"sub":"svc-intake","scope":"claims.read","exp":1767225600}`))
	header := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
	check(t, sc, "Authorization: Bearer "+header+"."+claims+".c2lnbmF0dXJlc2lnbmF0dXJl", want{header + "." + claims + ".c2lnbmF0dXJlc2lnbmF0dXJl", Name})
	check(t, sc, "Authorization: Bearer "+header+"."+plain+".c2lnbmF0dXJlc2lnbmF0dXJl")
	// City, state and ZIP as the fields after a street address in a delimited row.
	check(t, sc, `bad row: "Okafor"|"79511 North Meetinghouse Ln"|"Hyannis"|"TX"|"65168"|"ACTIVE"`,
		want{"Okafor", Name}, want{"79511 North Meetinghouse Ln", Address}, want{"Hyannis", Address}, want{"65168", ZIP})
	check(t, sc, `dup: r_04,Iyer,2116 NE Levee Pkwy,Fond du Lac,RI,16629-0576,PENDING`,
		want{"Iyer", Name}, want{"2116 NE Levee Pkwy", Address}, want{"Fond du Lac", Address}, want{"16629-0576", ZIP})
	check(t, sc, `import error: rowe05e5f59,Rahimi,Mirela,1950-10-29,625151540,ACTIVE; batch 625151540 done`,
		want{"Rahimi", Name}, want{"Mirela", Name}, want{"1950-10-29", Date}, want{"625151540", SSN})
	// A birthplace below the state; a state or a country is none.
	check(t, sc, `born 23-Jun-2013 in Amarillo; born in La Crosse, WI; born in Texas`,
		want{"23-Jun-2013", Date}, want{"Amarillo", Address}, want{"La Crosse", Address})
	// A contact block's one-letter labels.
	check(t, sc, `T: 617-555-0148 F: 617-555-0111; section F: 12 items`, want{"617-555-0148", Phone}, want{"617-555-0111", Fax})
	// Numbers outside the NANP, in groups and compact; offsets and scores are none.
	check(t, sc, `call +44 20 7946 0958 or +33 1 42 68 53 00; {"to":"+447700900123"}`,
		want{"+44 20 7946 0958", Phone}, want{"+33 1 42 68 53 00", Phone}, want{"+447700900123", Phone})
	check(t, sc, `tz +05:30 offset +0000 delta +12 34 score +1.5 rate +44.0`)
	// A surname in braces is a name; a key in braces is a placeholder.
	check(t, sc, `patient {Okafor} not found`, want{"Okafor", Name})
	check(t, sc, `Dear {Name}, your {FirstName} visit with {PatientName}`)
	// A full name typed in lower case under a name key.
	check(t, sc, `GET /search?name=john+smith&limit=10 {"patient":{"name":"maria garcia"}} name="grant access" name=intake`,
		want{"john+smith", Name}, want{"maria garcia", Name})
	// Under "first" and "last", names that are also words are names.
	check(t, sc, `GET /search?first=Page&last=Rivers&limit=10`, want{"Page", Name}, want{"Rivers", Name})
	check(t, sc, `first=true last=10 first=100`)
	// An IBAN whose country code is hexadecimal is no hash.
	check(t, sc, `{"iban":"DE89370400440532013000","sha":"DEADBEEF00112233445566778899AABB"}`, want{"DE89370400440532013000", Account})
	// PHP's var_dump: the type before each value is skipped.
	check(t, sc, `array(3) { ["first_name"]=> string(7) "Loretta" ["ssn"]=> string(11) "532-71-8846" ["age"]=> int(92) ["tags"]=> array(0) {} }`,
		want{"Loretta", Name}, want{"532-71-8846", SSN}, want{"92", Age})
	check(t, sc, `["tags"] ["a", "b"] [info] server started`)
	// Upper-case keys whose words run together; a value ends before the next key.
	check(t, sc, `PAT_LAST_NAME=QUINTANILLA PAT_FIRST_NAME=MARISOL PAT_BIRTH_DT=19481102`,
		want{"QUINTANILLA", Name}, want{"MARISOL", Name}, want{"19481102", Date})
	check(t, sc, `failed to update patient "Harlan Voss" (mrn=00458812): conflict`, want{"Harlan Voss", Name}, want{"00458812", MRN})
	// A JSON message body in base64, padded, as Pub/Sub and Kinesis deliver it.
	check(t, sc, `{"message":{"data":"eyJwYXRpZW50TmFtZSI6IkhhcmxhbiBWb3NzIiwic3NuIjoiNTMyNzE4ODQ2Iiwibm90ZSI6Ing+P3kifQ==","messageId":"9912"}}`, want{"eyJwYXRpZW50TmFtZSI6IkhhcmxhbiBWb3NzIiwic3NuIjoiNTMyNzE4ODQ2Iiwibm90ZSI6Ing+P3kifQ==", SSN})
	check(t, sc, `data=eyJzdGF0dXMiOiJvayIsImNvdW50IjozfQ== status=200`)
	// Attributes named by a one-word "name": a field's name, not a person's.
	check(t, sc, `{"fields":[{"name":"Phone","value":"6175550148"},{"name":"Harlan","value":"6175550111"}]}`,
		want{"6175550148", Phone}, want{"Harlan", Name})
	// Places named like people; a region in brackets is no one's identifier.
	check(t, sc, `Deployed to cluster Mount Sinai West (us-east-1) from Fort Worth`)
	check(t, sc, `claim for Ambrose Fox (europe-west4) and Ambrose Fox (W394446694)`,
		want{"Ambrose Fox", Name}, want{"W394446694", OtherID})
	for _, host := range []string{"node-3", "us-east-1a", "us-gov-west-1"} {
		check(t, sc, "claim for Ambrose Fox ("+host+")", want{"Ambrose Fox", Name})
	}
	check(t, sc, `claim for Ambrose Fox (mr-12345)`, want{"Ambrose Fox", Name}, want{"mr-12345", OtherID})
}

// TestQueryLanguages: values in database and search queries are read under
// their fields: SQL IN lists, MongoDB and Elasticsearch operators.
func TestQueryLanguages(t *testing.T) {
	sc := Default()
	check(t, sc, `WHERE patient.mrn IN ('00458812', '00458813') AND status in ('a', 'b')`,
		want{"00458812", MRN}, want{"00458813", MRN})
	check(t, sc, `WHERE last_name IN ('O''Neil', 'Okafor')`, want{"O''Neil", Name}, want{"Okafor", Name})
	check(t, sc, `{"filter":{"dob":{"$gte":"1950-03-04"},"mrn":{"$in":["00458812"]}},"limit":10}`,
		want{"1950-03-04", Date}, want{"00458812", MRN})
	check(t, sc, `{"query":{"range":{"birthDate":{"lte":"1950-03-04"}}},"size":{"gte":"12345"}}`, want{"1950-03-04", Date})
}

// TestRelativePathsAndHL7Parts: object keys and relative paths name their
// resource as URL paths do; an HL7 address's unit and the birth place are
// read by position.
func TestRelativePathsAndHL7Parts(t *testing.T) {
	sc := Default()
	check(t, sc, `{"bucketName":"fhir-export","key":"patients/5788473/intake.pdf","size":1024}`, want{"5788473", MRN})
	check(t, sc, `{"key":"assets/2024/logo.png","path":"images/12/a.png"}`)
	// A long path is all base64 alphabet, but no blob.
	check(t, sc, `"GET /medicare/beneficiaries/7QT3VM0YY33/claims HTTP/1.1" 500 141428`, want{"7QT3VM0YY33", HealthPlan})
	check(t, sc, `POST /billing/api/guarantors/by-mrn/Z011773/coverage GET /api/by-date/2024-01-01/slots`, want{"Z011773", MRN})
	check(t, sc, "PID|1||123^^^H^MR||DOE^JANE||19800101|F|||62366 Thistle Circle^#97^Canon City^CO^81212||||||||||||Lewiston",
		want{"123", MRN}, want{"DOE^JANE", Name}, want{"19800101", Date}, want{"62366 Thistle Circle", Address},
		want{"#97", Address}, want{"Canon City", Address}, want{"81212", ZIP}, want{"Lewiston", Address})
}

// TestFormLabels: "Label: value" records whose labels name a name settle
// names that are also words; dotted abbreviations are keywords; a written
// date keeps its weekday.
func TestFormLabels(t *testing.T) {
	sc := Default()
	check(t, sc, `Last Name: Fox`, want{"Fox", Name})
	check(t, sc, "Middle Name:\tGrace  upstream_time:\t24385", want{"Grace", Name})
	check(t, sc, `GUARANTOR NAME: MOODY, LORCAN  schedule_id: 1967272416`, want{"MOODY, LORCAN", Name})
	check(t, sc, `INSURED NAME - MATSUDA, LUCIUS | cpt_code - 99213`, want{"MATSUDA, LUCIUS", Name})
	check(t, sc, `First Name: Will, Last Name: Rose, Member ID: W123456789`,
		want{"Will", Name}, want{"Rose", Name}, want{"W123456789", HealthPlan})
	check(t, sc, `D.O.B.: Tuesday, April 1, 1941; D.O.S. 01/14/2023`,
		want{"Tuesday, April 1, 1941", Date}, want{"01/14/2023", Date})
	check(t, sc, `Name: Service Account, status: active`)
	check(t, sc, `Soc Sec # => 171239740 | Subscr # => W717597089 | Adm. Date:`+"\t"+`July 3, 2022 | Age Years: 98`,
		want{"171239740", SSN}, want{"W717597089", HealthPlan}, want{"July 3, 2022", Date}, want{"98", Age})
	check(t, sc, `middleNm => Quinn, AGE AT ADMISSION => 98, Birth Year: 1950, Member Since: 2019`,
		want{"Quinn", Name}, want{"98", Age})
	check(t, sc, `the meeting is on Tuesday, April 1, 2025 for all staff`)
}

// TestQueryInsideValue: a logged path whose query holds escaped values is
// decoded parameter by parameter, so "%2B" stays part of the phone number.
func TestQueryInsideValue(t *testing.T) {
	sc := Default()
	check(t, sc, `method=GET path="/api/patients?page=2&contactPhone=%2B14298638656&appt_date=04%2F20%2F2025+1%3A42+AM" host=portal`,
		want{"%2B14298638656", Phone}, want{"04%2F20%2F2025+1%3A42+AM", Date})
}

// TestGroupedIdentifiers: IBANs in groups of four, IDs and card numbers in
// groups of digits, ZIPs after a state's name.
func TestGroupedIdentifiers(t *testing.T) {
	sc := Default()
	check(t, sc, `refund of copay issued to IBAN DE71 0211 9168 4419 5334 93`, want{"DE71 0211 9168 4419 5334 93", Account})
	check(t, sc, `payout_iban: BE89 5068 4850 5865; Reason`, want{"BE89 5068 4850 5865", Account})
	check(t, sc, `front desk scanned DL 32 371 953 at 9am`, want{"32 371 953", License})
	check(t, sc, `(sampled=true, street1=9535 N. Aspen Circle)`, want{"9535 N. Aspen Circle", Address})
	check(t, sc, `txnId=INV-2023-411794, ccNum=4057 9871 8522 5093, dlNo=32 886 420}`,
		want{"4057 9871 8522 5093", Account}, want{"32 886 420", License})
	check(t, sc, `mailed to 8889 Copper Kettle Way, Ypsilanti, Arizona 06032`,
		want{"8889 Copper Kettle Way", Address}, want{"Ypsilanti", Address}, want{"06032", ZIP})
	check(t, sc, `took 12 345 678 ms to render 3 200 items; processed Texas 12345 rows; AB12 3456 7890 1234`)
}

// TestEpochShapedAccount: a ten-digit number that could be an epoch time is
// an account right after its keyword, and a time elsewhere.
func TestEpochShapedAccount(t *testing.T) {
	sc := Default()
	check(t, sc, `accepted financial responsibility (acct 1496549188) [req:6e9e43fc]`, want{"1496549188", Account})
	check(t, sc, `acct lookup finished at 1496549188`)
}

// TestCarePhrases: "service date", "date of service" and HL7 field names in
// prose give the value after them its context; other dates stay quiet.
func TestCarePhrases(t *testing.T) {
	sc := Default()
	check(t, sc, `service date Mar 5, 2022 outside timely filing window`, want{"Mar 5, 2022", Date})
	check(t, sc, `inactive on date of service Jun 10, 2020`, want{"Jun 10, 2020", Date})
	check(t, sc, `HL7 ACK AE: PID-19 767610723 failed checksum rules`, want{"767610723", SSN})
	check(t, sc, `build date 2024-01-01 and release date 2024-02-02; see RFC-2616 and ISO-8601`)
	check(t, sc, `parking garage: plate NKH-0367 entered`, want{"NKH-0367", Vehicle})
}

// TestPlates: licence plates in two groups after a vehicle keyword or key.
func TestPlates(t *testing.T) {
	sc := Default()
	check(t, sc, `vehicle 2HGLEWAPXMB773724 (plate MIL 8334) registered for valet`,
		want{"2HGLEWAPXMB773724", Vehicle}, want{"MIL 8334", Vehicle})
	check(t, sc, `stolen vehicle hit on 956 PMM in patient lot`, want{"956 PMM", Vehicle})
	check(t, sc, `Intake form: License Plate: 243 ERP / retry`, want{"243 ERP", Vehicle})
	check(t, sc, `vehicle 12 ABC in lot; plate OK 200 checks`)
	check(t, sc, `MIL 8334 units shipped`)
	// A fleet's vehicles, by its unit's number, before or after them.
	check(t, sc, `trip.assigned tripId=T-240311-0049035 unit=V-247 plate=OH/XTC 4252 vin=1FDB23343K1412681 eta=09:00`)
	check(t, sc, `{"member":{"name":"Abdirahman Warsame"},"vehicle":{"plate":"XTC 4252","vin":"1FDB23343K1412681","unit":"VAN-04"}}`,
		want{"Abdirahman Warsame", Name})
	check(t, sc, `{"patient":{"vehicle":{"plate":"XKC3853","unit":"4B"}}}`, want{"XKC3853", Vehicle})
	check(t, sc, `{"type":"gps","device":{"imei":"864712046144478"},"unit":"V-192","driverId":"DRV-0368"}`)
	check(t, sc, `{"type":"dvir","unit":"V-115","plate":"HDV5479","driver":"Bilal Qureshi"}`)
	check(t, sc, `mileage claim member="Linh Anderson" driver="Anh Mahmoud" veh_plate=SAK2546`,
		want{"Linh Anderson", Name}, want{"Anh Mahmoud", Name}, want{"SAK2546", Vehicle})
	check(t, sc, `<Inventory unit="ICU-2"><Item desc="Cell phone" imei="013263000838184"/></Inventory>`, want{"013263000838184", Device})
}

// TestContextStaysInItsField: words of one field (a Redis key, an SQL
// column list, an HL7 header, an XML element) vouch for no other field's
// value; versions and expiring tokens are not PHI.
func TestContextStaysInItsField(t *testing.T) {
	sc := Default()
	for i, line := range []string{
		`"HSET" "member:05d3e2a29c34" "tid" "81893"`,
		`"HMSET" "member:a9c54e1bef0d" "version" "14.13.77.13" "region" "centralus"`,
		`insert into audit_log (worker, tag, admitDt) VALUES (6558, 'ok', 'x')`,
		`INSERT INTO audit_log (attempt, plan) VALUES (19405, 'Humana')`,
		`MSH|^~\&|EPIC|RADCTR|CERNER|EASTCAMPUS|20251019123649||ADT^A08|0368400|P|2.3\nMSA|AA|719600261\nMSH|^~\&|CERNER|NORTHCLIN|PORTAL|NORTHCLIN|20250718095850||ORM^O01|Q0335398|P|2.6`,
		`received &{schemaVersion:15.5.42.12} Array ( [build] => 1.0.90.139 ) agent.version:` + "\t" + `28.5.15.184`,
		`{"log":"jwt rejected: token expired at 2025-07-23 21:03:24\n"}`,
		`planSummary: COLLSCAN keysExamined:0 docsExamined:62997`,
		`{"@mt":"Patient {PatientName} admitted on {AdmitDate}","msg":"Hello ${FirstName}, patient %LastName%"}`,
	} {
		if fs := sc.Scan(nil, []byte(line)); len(fs) > 0 {
			t.Errorf("line %d: unexpected findings %s", i, describe(fs))
		}
	}
	check(t, sc, `INFO - newborn Sandoval, Baby Girl, DOB 2001-12-02`, want{"Sandoval, Baby Girl", Name}, want{"2001-12-02", Date})
	check(t, sc, `^FO20,50^A0N,34,34^FDFITZGERALD, BABY GIRL^FS^FO20,88^A0N,24,24^FDBaby MRN 03657334^FS`,
		want{"FITZGERALD, BABY GIRL", Name}, want{"03657334", MRN})
	check(t, sc, `"OPTIONS /fhir/Patient?identifier=urn:mrn|8496556 HTTP/2.0" 401`, want{"8496556", MRN})
}

// TestStructuredContainers: what a container key says of its children.
func TestStructuredContainers(t *testing.T) {
	sc := Default()
	check(t, sc, `{"ids":[{"code":"MB","value":"133897471-04"}],"coverage":{"payer":"Molina","id":"W818911594"}}`,
		want{"133897471-04", HealthPlan}, want{"W818911594", HealthPlan})
	check(t, sc, `{"phones":["(968)891-8191","712 667 4512"],"telecom":{"home":"9322403008","email":"a@b.org"}}`,
		want{"(968)891-8191", Phone}, want{"712 667 4512", Phone}, want{"9322403008", Phone}, want{"a@b.org", Email})
	check(t, sc, `{"homeAddress":{"line1":"389 101st Rd","unit":"Apt. 727","town":"Carthage"}}`,
		want{"389 101st Rd", Address}, want{"Apt. 727", Address}, want{"Carthage", Address})
	check(t, sc, `{"attributes":[{"key":"place.of.birth","value":{"stringValue":"Normal"}},{"key":"member.request.id","value":{"stringValue":"req_36dd95f69663057023cfdfce"}},{"key":"member.code","value":{"stringValue":"504"}}]}`,
		want{"Normal", Address})
	check(t, sc, `{"payer":{"id":"60054"},"plan":{"id":"price_12345"},"status":{"code":"200","id":"abc123"}}`)
	check(t, sc, `haproxy[8819]: 2601:646:4:9d:f5:e9:53e:c:62538 [12/Jun/2026:12:19:51 +0000]`, want{"2601:646:4:9d:f5:e9:53e:c", IP})
	check(t, sc, `GET /x?homepageURL=https://medium.com/@royallewandowska&c-ip=118.34.181.40 HTTP/2`,
		want{"https://medium.com/@royallewandowska", URL}, want{"118.34.181.40", IP})
}

// TestDisplayNamesAndCallers: the display name before an address in angle
// brackets, a caller before a phone number, names in capitals after a
// keyword; not error class names before a keyword.
func TestDisplayNamesAndCallers(t *testing.T) {
	sc := Default()
	check(t, sc, `INFO -- : To: "Dermot Nwachukwu" <Dnwachukwu@orange.fr>; HPI:`,
		want{"Dermot Nwachukwu", Name}, want{"Dnwachukwu@orange.fr", Email})
	check(t, sc, `{"text":"To: \"Destiny Asante\" <destiny.asante+appts@shaw.ca>"}`,
		want{"Destiny Asante", Name}, want{"destiny.asante+appts@shaw.ca", Email})
	check(t, sc, `From: Billing Service <billing@acme.example>`) // a role's mailbox, no one's
	check(t, sc, `email-to-case: from=complaints@aurevia-med.com reply=vigilance@aurevia-med.com`)
	check(t, sc, `From: Billing Service <jo.roe@acme.example>`, want{"jo.roe@acme.example", Email})
	check(t, sc, `hdr Message-ID: <c4c2d88b-7d37-48cc-a462-7cee59199f13@mx1.northwind-health.example>`)
	check(t, sc, `claims.go:631: Parish, Cheyenne called from +1 (228) 751-1369`,
		want{"Parish, Cheyenne", Name}, want{"(228) 751-1369", Phone})
	check(t, sc, `Insurance subscriber KEONI KAMAKANA, member QBO9163471950`,
		want{"KEONI KAMAKANA", Name}, want{"QBO9163471950", HealthPlan})
	check(t, sc, `msg="MASON, TEMITOPE DOB:08/03/2020"`, want{"MASON, TEMITOPE", Name}, want{"08/03/2020", Date})
	check(t, sc, `PHP Fatal error:  Uncaught Exception: SSN field missing in payload; Support Team called from HQ`)
}

// TestCityAndState: a city after a preposition and before a state code,
// without a ZIP; not words before a code that is also a word.
func TestCityAndState(t *testing.T) {
	sc := Default()
	check(t, sc, `geoip 89.14.36.8 -> Providence, SC; patient deceased`, want{"89.14.36.8", IP}, want{"Providence", Address})
	check(t, sc, `transferred from Bemidji, MN facility`, want{"Bemidji", Address})
	check(t, sc, `deployed to Production, OK and moved to Staging, IN`)
}

// TestGluedLabels: an MRN label glued to its number, a compact date right
// after a name.
func TestGluedLabels(t *testing.T) {
	sc := Default()
	check(t, sc, `label printed: PENA, MATEO 19590410 MRN629446; home`,
		want{"PENA, MATEO", Name}, want{"19590410", Date}, want{"MRN629446", MRN})
	check(t, sc, `MRN1 and MR2024 and build 20240101 shipped`)
}

// TestDevicesAndSites: IMEIs without a keyword or in their display groups,
// a person's own web site named as such.
func TestDevicesAndSites(t *testing.T) {
	sc := Default()
	check(t, sc, `tablet 99 276021 843860 3 checked out; fall detected by watch 017963928856681`,
		want{"99 276021 843860 3", Device}, want{"017963928856681", Device})
	check(t, sc, `message="personal site https://tariqlewandowska.com listed on intake form"`,
		want{"https://tariqlewandowska.com", URL})
	check(t, sc, `order 123456789012345 shipped; see our website: https://acme.example.com/docs`)
}

// TestProfilesAndANumbers: social profiles and personal sites by their
// label or key; alien registration numbers after "A#" and "A-number".
func TestProfilesAndANumbers(t *testing.T) {
	sc := Default()
	check(t, sc, `social profile https://ciancienfuegos.com linked to portal account`, want{"https://ciancienfuegos.com", URL})
	check(t, sc, `blogUrl: https://wilhelmina-stclair.blogspot.com | environment: dev`,
		want{"https://wilhelmina-stclair.blogspot.com", URL})
	check(t, sc, `[error] A# A-573-285-498 case pending`, want{"A-573-285-498", OtherID})
	check(t, sc, `USCIS A-number A101462707 attached`, want{"A101462707", OtherID})
	check(t, sc, `grade A- 95 and A-team 12345`)
}

// TestBareNameKeys: "first" and "last" hold names when their values look
// like names, and page numbers or flags when they do not.
func TestBareNameKeys(t *testing.T) {
	sc := Default()
	check(t, sc, `GET /x?postalCode=16248&first=Ludmila HTTP/1.1`, want{"16248", ZIP}, want{"Ludmila", Name})
	check(t, sc, `GET /x?first=10&last=true&middle=ok HTTP/1.1`)
}

// TestMoreKeys: XML inside a key=value value, vehicle tags under a vehicle,
// SSA numbers, telecom strings, compound ZIP keys.
func TestMoreKeys(t *testing.T) {
	sc := Default()
	check(t, sc, `INFO response body=<patientRole><id root="2.16.840.1.113883.19.5" extension="MR-58419103"/><city>Ypsilanti</city></patientRole> status=200`,
		want{"MR-58419103", MRN}, want{"Ypsilanti", Address})
	check(t, sc, `{"car":{"make":"Ford","tag":"JZE 4740"},"tag":"v1.2.3","patient":{"tag":"VIP-2"},"Social":"148806790","SSA_NUMBER":"296560709","homezip":"05203","telecom":"745 873 0741"}`,
		want{"JZE 4740", Vehicle}, want{"148806790", SSN}, want{"296560709", SSN}, want{"05203", ZIP}, want{"745 873 0741", Phone})
	check(t, sc, `host=claims-worker, vehiclePlate=CJ 45073, status=ok`, want{"CJ 45073", Vehicle})
}

// TestInfrastructureLogsAreQuiet: lines of ordinary services, with words
// that are also keywords and keys that are also person words.
func TestInfrastructureLogsAreQuiet(t *testing.T) {
	sc := Default()
	for i, line := range []string{
		`I1204 10:00:00.123456       1 controller.go:123] Successfully synced "default/web-7d9f8c6b5d-x2k4p" (took 12.3ms)`,
		`2026-12-04 10:00:00.123 UTC [123] LOG:  checkpoint complete: wrote 1234 buffers (7.5%); write=123.456 s`,
		`{"level":"info","ts":1733306400.123,"caller":"zap/server.go:55","msg":"request","status":201,"latency":"3.2ms"}`,
		`Caused by: java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null`,
		`[2026-12-04 10:00:00,000] INFO [Consumer clientId=consumer-1, groupId=billing] Resetting offset for partition invoices-3 to offset 98765.`,
		`AWS Lambda START RequestId: 3f9a0c1b-1234-4abc-9def-0123456789ab Version: $LATEST`,
		`Customer Support Team, Billing Department, Accounts Payable`,
		`Patient Portal Service started on port 8443`,
		`Order 1234-5678-9012 placed by user 42 at 2026-12-04; ship to warehouse WH-7`,
	} {
		if fs := sc.Scan(nil, []byte(line)); len(fs) > 0 {
			t.Errorf("line %d: unexpected findings %s", i, describe(fs))
		}
	}
	check(t, sc, `Patient John Smith admitted`, want{"John Smith", Name})
	check(t, sc, `Patient Agnieszka Kowalska admitted`, want{"Agnieszka Kowalska", Name}) // no ordinary words, though the lists know neither
}

// TestPersonalURLs: profiles on social sites and personal hosts, matched by
// domain; company pages and bare hosts are not a person's.
func TestPersonalURLs(t *testing.T) {
	sc := Default()
	check(t, sc, `journal https://www.caringbridge.org/visit/tomaszabdullah fund https://www.gofundme.com/f/help-aroha-beat-cancer https://www.gofundme.com/c/safety https://www.caringbridge.org/site/oksanacombs`,
		want{"https://www.caringbridge.org/visit/tomaszabdullah", URL}, want{"https://www.gofundme.com/f/help-aroha-beat-cancer", URL},
		want{"https://www.caringbridge.org/site/oksanacombs", URL})
	check(t, sc, `links https://www.facebook.com/jane.doe https://linkedin.com/in/jdoe https://wilhelmina.blogspot.com`,
		want{"https://www.facebook.com/jane.doe", URL}, want{"https://linkedin.com/in/jdoe", URL}, want{"https://wilhelmina.blogspot.com", URL})
	check(t, sc, `see https://www.linkedin.com/company/acme https://github.com/ https://www.google.com/view/x https://medium.com/topics`)
	// A link made for one person: a letter or two and a random token.
	check(t, sc, `Reply C to confirm, R to reschedule: https://lsrx.co/r/hDcP2fq. Join: https://connect.example.org/v/c164d2ee5a?utm_source=sms`,
		want{"https://lsrx.co/r/hDcP2fq", URL}, want{"https://connect.example.org/v/c164d2ee5a", URL})
	check(t, sc, `POST https://gw.example.org/ws/EligibilityVerification https://zoom.us/j/8829896889 https://loinc.org/q/96777-8 https://b2b.example.com/rt/core22 https://wiki.example.com/x/OPS-112 https://hook.make.com/e2knm4lg4jseg9yl`)
}

// TestIndependentShapes holds shapes from labeled logs written by someone
// who had not read the engine: CEF, Spring, Android and Windows tools.
func TestIndependentShapes(t *testing.T) {
	sc := Default()
	// Interface engines: fields named in prose with quoted values, Epic's
	// CSN, dates with a 24-hour time, "LAST,FIRST", SDA's <Code>.
	check(t, sc, `tps_pid_check: PID-5 'LEFÈVRE^GIUSEPPE' PID-7 '19930812' -> CONTINUE`,
		want{"LEFÈVRE^GIUSEPPE", Name}, want{"19930812", Date})
	check(t, sc, `x IN1-36 468841268 y`, want{"468841268", HealthPlan})
	check(t, sc, `Mapper 'ADT to Billing': IN1-36 468841268 IN2-6 X`, want{"468841268", HealthPlan})
	check(t, sc, `name 'NKOSI^NOMVULA' x`, want{"NKOSI^NOMVULA", Name})
	check(t, sc, `Discharge event A03 CSN 1060545868 adm 03/02/2024 1136 disch 03/09/2024 0929`,
		want{"1060545868", OtherID}, want{"03/02/2024 1136", Date}, want{"03/09/2024 0929", Date})
	check(t, sc, `MPI link MPIID=197660931 Facility=LRH`, want{"197660931", MRN})
	check(t, sc, `F/u 3/13. -- Sarah Goldberg, MS, RD`, want{"3/13", Date})
	check(t, sc, `registered twice, MRNs NWH4159516 and 00446664; HIM will merge`, want{"NWH4159516", MRN}, want{"00446664", MRN})
	check(t, sc, `(FallRiskScorer) Participant BV-003092 outside model calibration range; score capped`, want{"BV-003092", MRN})
	check(t, sc, `ER visit for Orlando Attakai (HRN 238190) pending MD review`, want{"Orlando Attakai", Name}, want{"238190", MRN})
	// A row's numbers before the names it vouches for: a visit's, the
	// patient's entry, their chart number.
	check(t, sc, `8833230|71662|278792|VAN DER BERG,PIETER J|05/14/2018|M|A|76|4585|52|J06.9|URI`,
		want{"8833230", MRN}, want{"71662", MRN}, want{"278792", MRN}, want{"VAN DER BERG,PIETER", Name}, want{"05/14/2018", Date})
	check(t, sc, `pillowspkr[633]: nurse call NORMAL bed=B pt=VAN DER BERG,PIETER J fall_risk=Y`, want{"VAN DER BERG,PIETER J", Name})
	// The field just before a row's first name, anywhere in the row: the
	// number the row files its person under (not an order's, not lower case).
	check(t, sc, `CONTEXT:  COPY patient, line 6717: "LKH6178094,Jaramillo,Mateo,2006-01-25,32`,
		want{"LKH6178094", MRN}, want{"Jaramillo", Name}, want{"Mateo", Name}, want{"2006-01-25", Date})
	check(t, sc, `MCB2|V0047507567|"43351789"|"Patel, Renée"|1946-08-20|3408`,
		want{"V0047507567", MRN}, want{"43351789", MRN}, want{"Patel, Renée", Name}, want{"1946-08-20", Date})
	check(t, sc, `CLORDER,2024-06-15 19:08:41,SO4075433,"Levy, Aroha",11/11/1972`, want{"Levy, Aroha", Name}, want{"11/11/1972", Date})
	check(t, sc, `2024-05-14T07:33:34Z,PROXY_REQUEST,req-20780,Jaramillo,Mateo,2006-01-25`, want{"Jaramillo", Name}, want{"Mateo", Name}, want{"2006-01-25", Date})
	check(t, sc, `lims evt=received specimen_id=SPC-1A372V tube=EDTA`, want{"SPC-1A372V", OtherID}) // one patient's sample (70 of 88 labelled)
	check(t, sc, `{"type":"contact","external_id":"HCF-13474","name":"x"} CEF:0|Acme|Gate|1.0|100|open|3|act=gate_open externalId=96910433`,
		want{"HCF-13474", OtherID}) // a CRM's person by its source's number; CEF's event number is no one's
	check(t, sc, `lims DOB=03/12/1965 MRN=03005332 site=LRMC collected=03/05/2024 16:30 temp=ambient`,
		want{"03/12/1965", Date}, want{"03005332", MRN}, want{"03/05/2024 16:30", Date}) // a sample's time, its day and hour apart
	check(t, sc, `{"patient":"Ana Ruiz","CallDateTime":"2024-03-04T19:00:35Z"}`, want{"Ana Ruiz", Name}, want{"2024-03-04T19:00:35Z", Date})                   // a call's time, a person's (60 of 70)
	check(t, sc, `boarding vsl_name="Reel Therapy" hin=EYB338RCL223 {"hull_no":"FGB12345D404"}`, want{"EYB338RCL223", Vehicle}, want{"FGB12345D404", Vehicle}) // a boat's hull number
	// A visit's day and hour in a cell after a name; a record's own time before one.
	check(t, sc, `TS-24-01168,"Sharma, Zoë",08/25/2024 09:00,Intake,90837`, want{"TS-24-01168", MRN}, want{"Sharma, Zoë", Name}, want{"08/25/2024 09:00", Date})
	check(t, sc, `NOTE|2024-06-11 08:02|WOCN|Guidry, Ashley|seen at bedside`, want{"Guidry, Ashley", Name})
	// A row after a log's bracketed timestamp, which is no JSON array; an
	// employer group's number is no one's.
	check(t, sc, `[2024-09-18T19:52:15.540Z] 6737cd54,MRN1493569,Sasaki,Haruto,08/08/1931,M,Cigna,U7758858501,GRP-302619,01/18/2024,01/22/2024`,
		want{"MRN1493569", MRN}, want{"Sasaki", Name}, want{"Haruto", Name}, want{"08/08/1931", Date}, want{"U7758858501", MRN}, want{"01/18/2024", Date}, want{"01/22/2024", Date})
	check(t, sc, `Duplicate MRN suspected: 00969930 and 00789073 share name DE LA CRUZ^MARÍA ELENA^D and DOB 20030824`,
		want{"00969930", MRN}, want{"00789073", MRN}, want{"DE LA CRUZ^MARÍA ELENA^D", Name}, want{"20030824", Date})
	// FileMan's audit names who edited the record after "BY" and their number.
	check(t, sc, `FILE 2 (PATIENT) IENS "17900," FLD .114 CITY :: OLD="TOHATCHI" NEW="FORT DEFIANCE" BY 1005 (TSOSIE,MARLA) OPT [AG REGISTRATION]`)
	// A relative's word opening a sentence, a power of attorney's holder.
	check(t, sc, `lives out of town. Wife Margarethe Lindqvist will drive separately; POA Hadiza Bui requests forms`,
		want{"Margarethe Lindqvist", Name}, want{"Hadiza Bui", Name})
	// A Windows event's own record number; a patient's under the same key.
	check(t, sc, `{"EventID":7036,"SourceName":"Service Control Manager","Task":0,"RecordNumber":1276591,"ProcessID":6518,"Channel":"System"}`)
	check(t, sc, `{"patient":"Ana Ruiz","RecordNumber":"1276591"}`, want{"Ana Ruiz", Name}, want{"1276591", MRN})
	// A person's number in brackets vouches for a name no list holds; a
	// credential before a name makes it a clinician's.
	check(t, sc, `OYELARAN, MAE   (BV-007145)   TABLE 2`, want{"OYELARAN, MAE", Name}, want{"BV-007145", OtherID})
	check(t, sc, `Assignment upserted for 6E-610B: RN "Gustavo Obi" (E197716) -> patient "Rossi, Agnieszka" MRN 08021076`,
		want{"Rossi, Agnieszka", Name}, want{"08021076", MRN})
	// A coded element holds a code and its text, never a person.
	check(t, sc, `OBX|2|NM|SCORE^Model confidence^99AIT||0.07|1|||||P`)
	check(t, sc, `IN1|1|BCBSPPO^Blue Cross PPO|6821|AETNA INC`)
	check(t, sc, `EVN|A08|20240314021121|||JSMITH^Smith^Jennifer`) // the operator: staff
	check(t, sc, `IMPL|2024-03-14 06:24|SX24-018585|RAMASWAMY^THANH HUONG^N|Arthrex|AR-2324BCC`, want{"RAMASWAMY^THANH HUONG^N", Name})
	// A key in PascalCase before its value, as DICOM's keywords print;
	// names have capitals inside too.
	check(t, sc, `Update Patient[pk=77832] - PatientBirthDate 19281111 -> 19281012 (source: ADT A08)`,
		want{"19281111", Date}, want{"19281012", Date})
	check(t, sc, `records request for patient McAllister, Elena received`, want{"McAllister, Elena", Name})
	check(t, sc, `STORE_SCP<-HSA_TDM1(5253): Create Patient[pk=21043, id=H847748^^^HSA, name=KIM^FATIMA^B]`,
		want{"H847748", MRN}, want{"KIM^FATIMA^B", Name})
	// A report's label leads by dots to its value.
	check(t, sc, `  60     City ....................... Portage`, want{"Portage", Address})
	check(t, sc, `  City . . . . . . . . :   Portage`, want{"Portage", Address})
	check(t, sc, `16 of 20 PASS unique_stg_contacts_patient_id ............ [PASS in 0.31s]`)
	check(t, sc, `07 RESIDENCE_CITY .......: LATHROP`, want{"LATHROP", Address}) // a form's field, in capitals
	check(t, sc, `pt Jane Okafor  City ........ Portage`, want{"Jane Okafor", Name}, want{"Portage", Address})
	check(t, sc, `Patient merge received (A40): MRN 007334336 -> 009001348 (MCALLISTER, MARY-KATE); 6 active doses relinked`,
		want{"007334336", MRN}, want{"009001348", MRN}, want{"MCALLISTER, MARY-KATE", Name})
	// A street typed in lower case after "at", the way people text; a
	// time and a street are not one.
	check(t, sc, `"body":"moved in w my sister at 7068 w cermak rd apt 12c send papers there"`, want{"7068 w cermak rd apt 12c", Address})
	check(t, sc, `we live near the lake, see you at 5 pm on main st`)
	// A claim's number opens its row: the row's own, no person's.
	check(t, sc, `CLM2403123928,40595394,M1054492,Morozova,Svetlana,12/25/1982,F,UHC,03/08/2024,76814`,
		want{"M1054492", MRN}, want{"Morozova", Name}, want{"Svetlana", Name}, want{"12/25/1982", Date}, want{"03/08/2024", Date})
	// A Windows account's security identifier under an identifier's key.
	check(t, sc, `{"winlog":{"user":{"identifier":"S-1-5-21-3623811015-3361044348-30300820-19957","domain":"LRMC","name":"tpatel2"}}}`)
	// A wristband's title before the patient; a date after a name is not of it.
	check(t, sc, `user=dkim document="ARMBAND 00759169 O'SULLIVAN, D"`, want{"00759169", MRN}, want{"O'SULLIVAN, D", Name})
	check(t, sc, `Reminder for patient FOLASADE VOLKOV Apr 12, 2024 sent`, want{"FOLASADE VOLKOV", Name}, want{"Apr 12, 2024", Date})
	check(t, sc, `Posted CDT D1110 to RPMS ADE for HRN 175922 (ETSITTY,WILSON) visit 3240312.0404 prov=KAYE-WHITMAN,RUTH DDS`,
		want{"175922", MRN}, want{"ETSITTY,WILSON", Name}, want{"3240312.0404", Date})
	// An organisation's mail and its address; staff named by their department.
	check(t, sc, `{"commonHeaders":{"from":["Lakeshore Meridian Health <care@email.lakeshoremeridian.org>"],"to":["Tyrone Kim <kim.tyrone@ymail.com>"]}}`,
		want{"Tyrone Kim", Name}, want{"kim.tyrone@ymail.com", Email})
	check(t, sc, `COMP-1000 | 2024-03-11 13:02 | Aisha Karimi (Privacy Office) | pixel review`)
	check(t, sc, `aps-submit[3739]: accepted APS-2024-7239500 victim=MBEKI, ZOË screener_decision=SCREENED_OUT`, want{"MBEKI, ZOË", Name})
	check(t, sc, `[CHW Beatriz Salas] home visit done`)
	// Textract's AnalyzeID with its field types written as strings.
	check(t, sc, `{"IdentityDocumentFields": [{"Type": "FIRST_NAME", "ValueDetection": {"Text": "EAMON", "Confidence": 93.45}}, {"Type": "DATE_OF_BIRTH", "ValueDetection": {"Text": "07/13/2017"}}]}`,
		want{"EAMON", Name}, want{"07/13/2017", Date})
	check(t, sc, `sid=SM0be63717641a65e0258aa97f9deb9ab6 to=+15595055091 from=+15085550100 status=queued body="Hi Ahmed, reminder"`,
		want{"+15595055091", Phone}, want{"Ahmed", Name})
	check(t, sc, `{"webhook":"/twilio/inbound","From":"+16145550124","To":"+16145550100","Body":"C"}`, want{"+16145550124", Phone})
	// An inbound text's receiver is the service's own number.
	check(t, sc, `{"sid":"SMx","dir":"inbound","from":"+19375630620","to":"+16145550100","body":"Hi"}`, want{"+19375630620", Phone})
	check(t, sc, `EmpiClient - No EMPI match (score 0.64) for DE LA CRUZ, ANNA DOB 04/20/1948; queued`, want{"DE LA CRUZ, ANNA", Name}, want{"04/20/1948", Date})
	// Who acted in an audit, by a key in text; a patient acting in a portal keeps theirs.
	check(t, sc, `AUDIT support.impersonation.start actor=j.morales@corvane.io target=portal actor=maria.l@gmail.com`, want{"maria.l@gmail.com", Email})
	// An exam's day in a reminder, in English and Spanish.
	check(t, sc, `body="Hola Lars, su examen es el 3/22. Para cambiar la cita"`, want{"Lars", Name}, want{"3/22", Date})
	check(t, sc, `body="Your exam is Tue 3/19 at 7:00 AM. Please fast 8 hrs."`, want{"Tue 3/19", Date})
	// A family name's particle before an apostrophe, in a thread's name.
	check(t, sc, `"adt-consumer-3 name=O'DONNELL^EBONY^J" #164 daemon prio=5`, want{"O'DONNELL^EBONY^J", Name})
	check(t, sc, `Session 201090 for Chidi Eze with Lucía Castillo, RBT, 16 units`, want{"Chidi Eze", Name})
	// Who works on a ticket, a specimen or a sale is staff.
	check(t, sc, `{"ticket":"INC0041877","patient":"Ana Ruiz","assignee":"Gavin Holt","collector":"Mei Tanaka","budtender":"Sven Lund"}`,
		want{"Ana Ruiz", Name})
	check(t, sc, `caller="Priyanka Dev" assigned_to="Gavin Holt" tech="Dolores Quispe"`, want{"Priyanka Dev", Name})
	// A patient's number of nine digits, or in dashed groups; a name in
	// capitals ends at the next label.
	check(t, sc, `device SN78542732 bound to patient 595712361 firmware 1.21.15; not paired with patient 575-929-644`,
		want{"SN78542732", Device}, want{"595712361", MRN}, want{"575-929-644", MRN})
	check(t, sc, `patient 555-867-5309 called; patient 03-05-24 visit; patient 12-34 ok; patient ssn 595712361`,
		want{"555-867-5309", Phone}, want{"595712361", SSN})
	check(t, sc, `test=Na val=118.3 pt=JOVANOVIĆ, SHIRA MRN 60-89-23 DOB 09/07/2016`,
		want{"JOVANOVIĆ, SHIRA", Name}, want{"60-89-23", MRN}, want{"09/07/2016", Date})
	check(t, sc, `pt=HALVORSEN MRN E7580459 loc=4W`, want{"HALVORSEN", Name}, want{"E7580459", MRN})
	// A member's number with its person code; a Medicare HIC number in X12;
	// a UDI's element string, whatever its GTIN's check digit, when more
	// application identifiers follow.
	check(t, sc, `bp cuff paired member=80356522836-01 ok`, want{"80356522836-01", HealthPlan})
	// Ages as registration boards and DICOM print them: with the sex after
	// (the age alone), with DICOM's unit (the unit too); a key that starts
	// with an accented letter; two short words for one field.
	check(t, sc, `pt=Thaddeus Tran|age/sex=92M|mrn=K29287018`,
		want{"Thaddeus Tran", Name}, want{"92", Age}, want{"K29287018", MRN})
	check(t, sc, `(0010,0040)=F (0010,1010)=090Y (0008,0020)=20240823`, want{"090Y", Age}, want{"20240823", Date})
	check(t, sc, `NAM=GIRB 2905 1090, âge=95 ans, séjour en Floride`, want{"GIRB 2905 1090", HealthPlan}, want{"95", Age})
	check(t, sc, `GET /api/v1/patients?sort=age 200; age/sex=45F`)
	// Templates under the abbreviations and carriers code bases give them;
	// not a blob near "interface" or a certificate's fingerprint.
	const tpl = "k7oTu/Scfz6GC0m+BDzUvD/+jT4LXGc+Q8iDPmKz4z0gjBI7YHePPdPgjb618Bo+ozT+uxCgMD6g"
	const tpl2 = "XOOBvRk9+bzi0+o9lwMiPk+jJL4rGwO+dhQjPrlC6j2uXGi8EoM6Pu4IcD70CCG+9OOBOzdAJr7e"
	check(t, sc, `{"vp_b64":"`+tpl+`","bioVoice":"`+tpl2+`"}`, want{tpl, Biometric}, want{tpl2, Biometric})
	check(t, sc, `dod=03/10/2024 tenprint_R2=`+tpl+` afis_req=AFIS-2`, want{"03/10/2024", Date}, want{tpl, Biometric})
	check(t, sc, `Voiceprint enrollment failed, payload=`+tpl, want{tpl, Biometric})
	check(t, sc, `msg="lab interface heartbeat OK (6627ms)" data=`+tpl)
	// A sample's time is the patient's, as an instant too; not in a record
	// that names no one.
	check(t, sc, `{"patient":{"name":"Olga Petrova"},"specimen":{"collected":"2024-02-01T21:05:00-05:00","type":"UR"}}`,
		want{"Olga Petrova", Name}, want{"2024-02-01T21:05:00-05:00", Date})
	check(t, sc, `{"job":"qc-run","specimen":{"collected":"2024-02-01T21:05:00-05:00","type":"UR"}}`)
	// A FHIR reference to a clinician names no patient; one to a patient does.
	check(t, sc, `{"subject":{"reference":"Patient/57862","display":"Rosa Delgado"},"requester":{"reference":"Practitioner/59888081","display":"Mei-Ling Whitaker"}}`,
		want{"57862", MRN}, want{"Rosa Delgado", Name})
	// A file named for a person under a key that names a file; a label
	// between the names and the value.
	check(t, sc, `{"resourceName":"projects/_/buckets/x/objects/cards/oliveira_mei_19770607_back.jpg"}`,
		want{"oliveira_mei", Name}, want{"19770607", Date})
	check(t, sc, `{"filename":"Smith_John_DOB_1950-01-02.pdf"}`, want{"Smith_John", Name}, want{"1950-01-02", Date})
	// A cloud audit log's principal: staff, but for a consumer's mail.
	check(t, sc, `{"authenticationInfo":{"principalEmail":"a.haddad@quillonhealth.com"}}`)
	check(t, sc, `{"authenticationInfo":{"principalEmail":"maria_horvath5@yahoo.com"}}`, want{"maria_horvath5@yahoo.com", Email})
	// A file's name says what it holds, not what follows it.
	check(t, sc, `10.1.2.3 - - [11/Mar/2025:10:09:41 +0000] "GET /api/v2/members/7K59JV0UP43/id-card.pdf HTTP/2.0" 304 36007 "-"`,
		want{"7K59JV0UP43", HealthPlan})
	// A client's number is a patient's, where patients are clients; not a
	// Unix time under a client's key. A date column serialised as its
	// first instant is a day.
	check(t, sc, `production.INFO: RPM kit assigned {"client":"BP217102","kit":"RPM-KIT-0887"}`, want{"BP217102", MRN})
	check(t, sc, `{"userAccount":"svc","clientSeq":1717401931149}`)
	check(t, sc, `{"mrn":"BP459662","patient":"Harjo, Iris","election_date":"2024-03-31T00:00:00.000000Z"}`,
		want{"BP459662", MRN}, want{"Harjo, Iris", Name}, want{"2024-03-31T00:00:00.000000Z", Date})
	// A statement's "?" parameters, logged apart by place: Doctrine's
	// numbered map, Laravel's bindings, a list after the statement; a list
	// after a row's values is no second row.
	check(t, sc, `doctrine.DEBUG: Executing statement: INSERT INTO referral (first_name, last_name, dob, phone) VALUES (?, ?, ?, ?) (parameters: array{"1":"Lemuel","2":"Begay","3":"1932-12-11","4":"(918) 435-9364"}, types: array{"1":2})`,
		want{"Lemuel", Name}, want{"Begay", Name}, want{"1932-12-11", Date}, want{"(918) 435-9364", Phone})
	check(t, sc, `{"sql":"select * from patients where mrn = ? and dob = ?","bindings":["BP188881","1939-12-13"],"time":0.5}`,
		want{"BP188881", MRN}, want{"1939-12-13", Date})
	check(t, sc, `local.DEBUG: select * from "patients" where "last_name" = ? and "dob" = ? ["Thibodeaux","1939-12-13"]`,
		want{"Thibodeaux", Name}, want{"1939-12-13", Date})
	check(t, sc, `{"sql":"select * from jobs where queue = ?","bindings":["default"],"tags":["a","b"]}`)
	check(t, sc, `INSERT INTO t ("phone", "ssn") VALUES ($1, $2) -- PARAMETERS: ["+52 55 2406 5040","520-57-6820"]`,
		want{"+52 55 2406 5040", Phone}, want{"520-57-6820", SSN})
	// A statement quoted whole, its quotes doubled, as MySQL prints a
	// replica's failed query; a name with a doubled quote in it; not a
	// quoted name ending a quoted phrase.
	check(t, sc, `on query. Default database: 'hh_prod'. Query: 'INSERT INTO patients (mrn, first_name, dob) VALUES (''BP188881'', ''Lula Mae'', ''1939-12-13'')', Error_code: MY-001062`,
		want{"BP188881", MRN}, want{"Lula Mae", Name}, want{"1939-12-13", Date})
	check(t, sc, `SQL: UPDATE patients SET lname = 'Ka''ahanui', email = 'x'`, want{"Ka''ahanui", Name})
	check(t, sc, `Syntax error in query expression 'PatName = 'Müller, Nguyễn Thị''. fixed`, want{"Müller, Nguyễn Thị", Name})
	// A supervisor's or a coordinator's number is staff's.
	check(t, sc, `evv override approved_by=Kendra.Olsen reason="client at adult day center" supervisor_phone=(918)494-2210`)
	// No one's: a workflow's tracking ID, a payer's toll-free number after
	// "member services", an age band, a sign-in policy's name, an audit
	// event's name, a health plan's letterhead.
	check(t, sc, `{"clientTrackingId":"08585387718173807056673753CU12","x-ms-client-tracking-id":"08585941569078359556913826CU58"}`)
	check(t, sc, `EB*C*IND*30***23*1916.00*****Y~MSG*MEMBER SERVICES 18664827730~`)
	check(t, sc, `{"message":"Member age band 21-24 applied","prop__AgeBand":"21-24"}`)
	check(t, sc, `{"TenantId":"x.onmicrosoft.com","PolicyId":"B2C_1A_idproofing","portal_user":"jbarros91"}`, want{"jbarros91", OtherID})
	check(t, sc, `{"activityDisplayName":"Issue an id_token to the application"}`)
	check(t, sc, `<p>Tidewell Health Plans, 1200 Harbor Pointe Blvd, Seattle, WA 98121</p>`)
	// Json.NET names a value's field after it; an identifier's name between
	// its keyword and its value; a unit written "# 305"; a template behind
	// its format's tag.
	check(t, sc, `{"message":"Could not convert string to DateTime: 10/19/75. Path 'subscriber.dob', line 1, position 52."}`,
		want{"10/19/75", Date})
	check(t, sc, `JsonReaderException: Error converting value "10/19/1975" to type 'System.DateTime'. Path 'members[0].birthDate', line 3`,
		want{"10/19/1975", Date})
	check(t, sc, `Could not convert string to integer: abc. Path 'count', line 1`)
	check(t, sc, `EnrollmentReconcile: alien registration number A510529719 on file`, want{"A510529719", OtherID})
	check(t, sc, `Rx shipment created for Siddharth K. Tanaka to 9050 SE 19th St # 305, Everett (Snohomish County)`,
		want{"Siddharth K. Tanaka", Name}, want{"9050 SE 19th St # 305", Address}, want{"Everett", Address}, want{"Snohomish County", Address})
	check(t, sc, `enrollment completed; voiceprint VPv3:`+tpl+` stored`, want{tpl, Biometric})
	// An X12 name's middle initial alone identifies no one; XML's attributes
	// as JSON ("#attributes") are their element's.
	check(t, sc, `NM1*IL*1*HALVORSEN*ROBERT*K****MI*M4564383301~`, want{"HALVORSEN", Name}, want{"ROBERT", Name}, want{"M4564383301", HealthPlan})
	check(t, sc, `{"System":{"Provider":{"#attributes":{"Name":"Microsoft-Windows-Security-Auditing","Guid":"x"}}}}`)
	// What was verified, when its value has a strict shape; a clinician's
	// key ending in "provider" is not read even as text.
	check(t, sc, `{"to_fax":"(808) 703-0601","dob_verified":"05/30/1950","ssn_verified":"true","address_verified":"USPS"}`,
		want{"(808) 703-0601", Fax}, want{"05/30/1950", Date})
	// ... and what a person gave; a laboratory's microplate is no car's.
	check(t, sc, `kit activated customer_id=GVP7823224 dob_provided=1999-02-22 ssn_entered=yes sex_at_birth=F`,
		want{"GVP7823224", OtherID}, want{"1999-02-22", Date})
	check(t, sc, `Accessioned tube -> SA-24-0053836 plate=PLT-00430 well=B09 matrix=saliva`)
	check(t, sc, `PlateMapImporter - plate PLT-00495 rows=96`)
	// Clojure's maps with namespaced keywords and tagged literals; not a
	// keyword's keyword, nor Elixir's atoms.
	check(t, sc, `Registered patient {:patient/mrn "70981027", :patient/family-name "Takahashi", :patient/dob #object[java.time.LocalDate 0xd47db1b "1959-11-22"], :patient/sex :female}`,
		want{"70981027", MRN}, want{"Takahashi", Name}, want{"1959-11-22", Date})
	check(t, sc, `{:address/city "Hammond", :address/zip "46374", :patient/dob #inst "2010-03-25T00:00:00.000-00:00", :age 94}`,
		want{"Hammond", Address}, want{"46374", ZIP}, want{"2010-03-25T00:00:00.000-00:00", Date}, want{"94", Age})
	check(t, sc, `{:status :ok, :job/id "4412", :retry 3} {:error, :timeout}`)
	// Names escaped in decimal (OCaml, Lua, Haskell) and as Perl writes
	// code points; who picked up a prescription.
	check(t, sc, `SEPA refund queued: debtor="Anneliese Br\195\188ckner" iban_last4=3000`, want{`Anneliese Br\195\188ckner`, Name})
	check(t, sc, `ControlledPickup { MemberId: "XHP037981945", PickedUpBy: "Thiago Gonçalves", IdType: "DL" }`,
		want{"XHP037981945", HealthPlan}, want{"Thiago Gonçalves", Name})
	// Online stores: a parcel's estimated delivery (a pregnancy's is a
	// person's), a ticket's assignee, the name on a card, Adyen's house
	// number, Persona's identity document by its class; "Rx" is no name.
	check(t, sc, `{"status":"in_transit","carrier":"USPS","est_delivery_date":"2024-06-13T00:00:00Z"}`)
	check(t, sc, `{"patient":"Ana Roe","est_delivery_date":"2024-06-13"}`, want{"Ana Roe", Name}, want{"2024-06-13", Date})
	check(t, sc, `{"ticket":{"assignee_user":{"email":"camila@glucodirect.com","name":"Camila Reyes"}}}`)
	check(t, sc, `{"cc_owner":"Taras Kovalenko","billingAddress.street":"Harbor View Ln","billingAddress.houseNumberOrName":"2241"}`,
		want{"Taras Kovalenko", Name}, want{"Harbor View Ln", Address}, want{"2241", Address})
	check(t, sc, `{"fields":{"identification-class":"dl","identification-number":"T31260914"}}`, want{"T31260914", License})
	check(t, sc, `[idv] government id verified class=passport number=BS2907716`, want{"BS2907716", OtherID})
	check(t, sc, `info: customer-faxed Rx received from clinic`)
	// WordPress's meta rows, in SQL and JSON; a commercial driver's licence.
	check(t, sc, "SELECT * FROM wp_postmeta WHERE meta_key = '_billing_phone' AND meta_value = '9145550180'", want{"9145550180", Phone})
	check(t, sc, `{"meta_key":"_shipping_postcode","meta_value":"02908"}`, want{"02908", ZIP})
	check(t, sc, `{"meta_key":"_order_version","meta_value":"8.9.1"}`)
	check(t, sc, `report emailed for CDL holder CDL H82612128 exp 2026`, want{"H82612128", License})
	// A statement's quoted columns; ZIP+4 apart; a holder's name; a unit
	// after a street's direction.
	check(t, sc, "UPDATE `sales_order_address` SET `telephone` = '920-555-0146', `city` = 'Green Bay', `postcode` = '54301' WHERE (`entity_id` = '194956');",
		want{"920-555-0146", Phone}, want{"Green Bay", Address}, want{"54301", ZIP})
	check(t, sc, `UPDATE patients SET "city"='Green Bay' WHERE "id"=4`, want{"Green Bay", Address})
	check(t, sc, `{"zipcode":"87108","plus4_code":"2577"}`, want{"87108", ZIP}, want{"2577", ZIP})
	check(t, sc, `ACH return R03 routing 088645669 account 6075608885 holder "Seo-yeon Yoon"`, want{"6075608885", Account}, want{"Seo-yeon Yoon", Name})
	// SQL Server's Unicode literals bound by name; a discharge abbreviated;
	// files named for a record number and a person, surname first, with
	// the document's kind.
	check(t, sc, "inputbuf: (@p0 nvarchar(20),@p1 nvarchar(60))UPDATE dbo.PatientHeader SET LastName=@p1 WHERE Mrn=@p0 | exec sp_executesql N'...',@p0=N'E1302148',@p1=N'Gallagher'",
		want{"E1302148", MRN}, want{"Gallagher", Name})
	check(t, sc, `drg.finalize: pt="RAMIREZ, JOSE" admit=2024-03-07 disch=2024-03-10 los=3`,
		want{"RAMIREZ, JOSE", Name}, want{"2024-03-07", Date}, want{"2024-03-10", Date})
	check(t, sc, `remove name "/outbound/2024-03-11/LK1597356_WISNIEWSKI_TOMASZ_ECHO_20240302.rtf"`,
		want{"LK1597356", OtherID}, want{"WISNIEWSKI_TOMASZ", Name}, want{"20240302", Date})
	check(t, sc, `staged /data/outbound/sbr/20240311/00308394_FERRARO_GIULIA_RAD_20240303.rtf (390240 bytes)`,
		want{"00308394", MRN}, want{"FERRARO_GIULIA", Name}, want{"20240303", Date})
	check(t, sc, `uploaded /builds/20240311/20240101_Release_Candidate_RAD_notes.pdf`)
	// A birth record names its patients beside the hospital; an appeal's
	// appellant, an I-94's number.
	check(t, sc, `{"ocr":{"docType":"HOSPITAL_BIRTH_RECORD","facility":"St. Brendan Medical Center","childName":"Chidera Okafor","motherName":"Ngozi Adaeze Okafor","phone":"(512) 555-0100"}}`,
		want{"Chidera Okafor", Name}, want{"Ngozi Adaeze Okafor", Name})
	check(t, sc, `appeal matched appellant="Zbigniew Wróblewski" i94Number=91634429988`,
		want{"Zbigniew Wróblewski", Name}, want{"91634429988", OtherID})
	// HL7's ordering facility (ORC-21 to 24) is no patient's.
	check(t, sc, "MSH|^~\\&|LAB|X\rPID|1||TC0954341^^^LAB^MR||IONESCU^BOGDAN\rORC|RE|PL1|FL4|||||||||||||||||||Aldenburg Family Clinic^L|1200 Clinic Dr^^Aldenburg^WI^54915|^WPN^PH^^1^920^5550100",
		want{"TC0954341", MRN}, want{"IONESCU^BOGDAN", Name})
	// A client by number (social services, home health); an OAuth client.
	check(t, sc, `bed check-in site=ROSE bed=C-02 client_id=12791`, want{"12791", MRN})
	check(t, sc, `{"client_id":"0oa1b2c3d4e5","clientId":"E83544398","path":"/clients/37315/encounters"}`, want{"E83544398", MRN}, want{"37315", MRN})
	check(t, sc, `token issued client_id=portal-web grant=code GET /api/v2/clients/5uTg9SgIbUub3rayPCqBBbso7a5Anfa4`)
	// An identity document's number, its type unnamed; a county of birth;
	// the day a client was contacted.
	check(t, sc, `state ID received: client_id=64398 state=OR id_number=2750727`, want{"64398", MRN}, want{"2750727", OtherID})
	check(t, sc, `{"name":"Rosalind Pfeiffer","birth_county":"Marion","birth_state":"OR","contactDate":"2024-09-16"}`,
		want{"Rosalind Pfeiffer", Name}, want{"Marion", Address}, want{"2024-09-16", Date})
	// What earlier redaction left: a masked address, an IP truncated to its
	// /24; a retina image's name is no address.
	check(t, sc, `dob=19**-**-**, zip3=113, email=o***@aol.com {"ClientIP":"98.111.4.0"} asset=clinic-logo@2x.png`)
	// An appointment's time beside its date under the key, unquoted; a
	// visit's and an exposure's day.
	check(t, sc, `Appointment booked FamilyId=WF0731042 ApptType=NE ApptDate=03/23/2024 10:15 site=2`, want{"03/23/2024 10:15", Date})
	check(t, sc, `DOT visit scheduled patient=TB-000874 visit=2024-03-15 exposure_date=2024-02-10`,
		want{"TB-000874", MRN}, want{"2024-03-15", Date}, want{"2024-02-10", Date})
	// VistA: a FileMan date after its keyword, the patient file's entry
	// number; an identity document named by "document".
	check(t, sc, `TX PATIENT WISNIEWSKI,TOMASZ J SSN 379088469 DOB 2790912 SEX M DFN=8060269`,
		want{"WISNIEWSKI,TOMASZ J", Name}, want{"379088469", SSN}, want{"2790912", Date}, want{"8060269", MRN})
	check(t, sc, `{"document":"drivers_license","document_number":"S88210947"}`, want{"S88210947", License})
	check(t, sc, `build 2790912 shipped`)
	// A nursing home's residents are its patients.
	check(t, sc, `Significant weight loss flagged resident=WB0098753 wt=-7.2%`, want{"WB0098753", MRN})
	check(t, sc, `Logged 52 min PT (Individual) for resident 176099 by tlee`, want{"176099", MRN})
	// A GS1 string behind its symbology identifier, its separator drawn.
	check(t, sc, `scan case=SC24-0188818 raw="]d201006901030079921727092010670829<GS>214541144"`, want{"SC24-0188818", OtherID}, want{"]d201006901030079921727092010670829<GS>214541144", Device})
	check(t, sc, `raw="010038065000214317270617102248135␝2144157822802"`, want{"010038065000214317270617102248135␝2144157822802", Device})
	// X12's PER: only the insured party's contact is a member's own.
	check(t, sc, `ST*850*4968~BEG*00*BK*4539609347**20241007~PER*BD*DANA REYES-HOLT*TE*8475550188~`)
	check(t, sc, `INS*Y*18*021*28*A***TE~NM1*IL*1*REYES*CHIAMAKA~PER*IP**TE*8475550188*EM*c.reyes@gmail.com~`,
		want{"REYES", Name}, want{"CHIAMAKA", Name}, want{"8475550188", Phone}, want{"c.reyes@gmail.com", Email})
	check(t, sc, `NM1*QD*1*OKONKWO*BRITTANY~PER*RP**TE*9038014094~`, want{"OKONKWO", Name}, want{"BRITTANY", Name}, want{"9038014094", Phone}) // an 834's responsible person
	// A clinician's licence under the clinician's key is no patient's.
	check(t, sc, `{"certifyingPhysician":{"name":"Dr. Ada Lim","licenseNumber":"MD.0436168"},"patient":{"licenseNumber":"D1234-5678"}}`,
		want{"D1234-5678", License})
	// A device's calibration date is no Medi-Cal number; role mailboxes
	// of an employer's teams.
	check(t, sc, `AUD [meta device="MAICO MA 41" cal="2024-03-18"] uploaded; results to people@lonestarcold.example, safety@gcpipefab.example`)
	check(t, sc, `{"medi_cal":"91234567A"}`, want{"91234567A", HealthPlan})
	// A vendor's rep is staff.
	check(t, sc, `Vendor credential check: rep Marco Ricci ok; CONSIGN|MEDTRONIC|REP:Courtney Ames|SKU`)
	// Staff carry pagers.
	check(t, sc, `PAGE id=PG240314-63911 pager=4142089 msg="RRT to 4W-432"`)
	// An Entra ID sign-in: staff's account at the organisation's domain,
	// with its display name; a patient's at a consumer mail service.
	check(t, sc, `{"userDisplayName":"Amaka Patel","userPrincipalName":"amaka.patel@stbrendan.org","ipAddress":"73.12.44.9"}`, want{"73.12.44.9", IP})
	check(t, sc, `{"userDisplayName":"Kenji Johnson","userPrincipalName":"kenji_johnson1993@yahoo.com"}`,
		want{"Kenji Johnson", Name}, want{"kenji_johnson1993@yahoo.com", Email})
	check(t, sc, `kit shipped to Thao Nguyen, 302 Juniper St SW Lot 41, Providence RI 02908`,
		want{"Thao Nguyen", Name}, want{"302 Juniper St SW Lot 41", Address}, want{"Providence", Address}, want{"02908", ZIP})
	check(t, sc, `{"patient":"Ana Roe","ordering_provider":"Laura Lindgren"}`, want{"Ana Roe", Name})
	// A date a parser refused, typed by a person; not a date quoted elsewhere.
	check(t, sc, "DateTimeParseException: Text '07/03/2011' could not be parsed at index 0", want{"07/03/2011", Date})
	check(t, sc, `System.FormatException: String '03/18/2000' was not recognized as a valid DateTime.`, want{"03/18/2000", Date})
	check(t, sc, `build Text '2024-01-02' ok`)
	// Local record numbers qualified by their assigning authority, as master
	// patient indexes list them; not an email, a version or a package.
	check(t, sc, `EMPI response: enterpriseId=118642226 localIds=[71312225@DSC, MRN094276481@LRH] deceased=N`,
		want{"71312225", MRN}, want{"MRN094276481", MRN})
	check(t, sc, `pulled lodash@4.17.21 and img@sha256:abc, build 20240301@HEAD.x`)
	// A Medicaid number after "num"; protobuf's text after a key's "=";
	// PowerShell's parameters; an option's quoted value whole.
	check(t, sc, `{"member":{"memberName":"SUNITA SATO","numMedicaid":"470657216225"},"numPatients":120}`,
		want{"SUNITA SATO", Name}, want{"470657216225", HealthPlan})
	check(t, sc, `req=member_id: "MBR14537687" subscriber { name: "Ngo Van" }`, want{"MBR14537687", HealthPlan}, want{"Ngo Van", Name})
	check(t, sc, `PS> Set-Member -CIN 'XGH558749254' -Verbose`, want{"XGH558749254", HealthPlan})
	check(t, sc, `COMMAND=/srv/etl/bin/resend-statement --name "Eugene Summers" --dob 1970-10-14`, want{"Eugene Summers", Name}, want{"1970-10-14", Date})
	// A member's number behind a prefix of four capitals; NCPDP claims with
	// their separators escaped as "\x1c" or Rust's "\u{1c}".
	check(t, sc, `dur_engine::devices: device linked to claim member="BXKS66732322" pump_serial="x"`, want{"BXKS66732322", HealthPlan})
	check(t, sc, `B1 1012476979085 20250309 \x1e\x1cAM04\x1cC2BXMM38865788\x1cC1BX58852\x1cCCLAKSHMI\x1cCDFIGUEROA\x1e`,
		want{"BXMM38865788", HealthPlan}, want{"LAKSHMI", Name}, want{"FIGUEROA", Name})
	check(t, sc, `B1 20250316 \u{1e}\u{1c}AM01\u{1c}C420051115\u{1c}C51\u{1c}CAOTIS\u{1c}CBKAHANANUI\u{1e}`,
		want{"20051115", Date}, want{"OTIS", Name}, want{"KAHANANUI", Name})
	// A prescriber's data are a clinician's; a pharmacy's record by its
	// NCPDP number; a payer's routing record names no one.
	check(t, sc, `pa.prescriber.npi=2357157710 pa.prescriber.name="Rebecca Harcourt" pa.prescriber.fax=978.460.7799`)
	check(t, sc, `{"service":"pharmacy-locator","ncpdp":"1418295","npi":"2504230162","name":"Walgreens #11293","address":{"line1":"4010 E Thomas Rd","city":"Phoenix","zip":"85018"},"phone":"(602) 954-2201"}`)
	check(t, sc, `{"msg":"payer PA routing updated","payer":"Meridian Health Plan","pa_fax":"1-503-785-0757","mail_to":"9800 Fredericksburg Rd, San Antonio, TX 78288"}`)
	// A provider's object keeps its people's parts; GraphQL names a refused
	// value's field after it; Python's refused "time data"; a name on a card.
	check(t, sc, `{"data":{"payer":"Acme","memberId":"15630091204","subscriber":{"first":"Buck","last":"Eze","dob":"19870904"},"npi":"2098408034"}}`,
		want{"15630091204", HealthPlan}, want{"Buck", Name}, want{"Eze", Name}, want{"19870904", Date})
	check(t, sc, `GraphQLError: Variable "$input" got invalid value "Mar 22, 2021" at "input.dob"; Expected type "Date".`, want{"Mar 22, 2021", Date})
	check(t, sc, `ValueError: time data '03/18/2000' does not match format '%Y-%m-%d'`, want{"03/18/2000", Date})
	check(t, sc, `{"form":{"nameOnCard":"Precious Lê","zip":"97201"}}`, want{"Precious Lê", Name}, want{"97201", ZIP})
	// An NCPDP claim printed with each field's ID and '=', spaced.
	check(t, sc, `ncpdp-sw B1 REQ BIN=610011 PCN=TXADAP |AM04 C2=TX61605252 CC=HECTOR CD=NGUYEN |AM01 C4=19840126 C5=1 CM=206 FRIO CITY RD UNIT F CN=SCHERTZ CP=78154 |AM07 EM=1 D2=8574319 E1=03`,
		want{"TX61605252", HealthPlan}, want{"HECTOR", Name}, want{"NGUYEN", Name}, want{"19840126", Date}, want{"206 FRIO CITY RD UNIT F", Address},
		want{"SCHERTZ", Address}, want{"78154", ZIP}, want{"8574319", OtherID})
	// An NCPDP field with spaces in it; an audit's old and new values; a
	// name on a document; a value in its type's name (Rust's newtypes).
	check(t, sc, `raw="\x1cAM01\x1cC52\x1cCBLOPEZ\x1cCM8722 SE WABASH PL\x1cCNNEWARK\x1cCONJ\x1cCP07106\x1e" len=283 ok`,
		want{"LOPEZ", Name}, want{"8722 SE WABASH PL", Address}, want{"NEWARK", Address}, want{"07106", ZIP})
	check(t, sc, `{"member_id":"BXVU78161136","changes":{"last_name":{"old":"Rodriguez","new":"Bishop"}},"actor":"self"}`,
		want{"BXVU78161136", HealthPlan}, want{"Rodriguez", Name}, want{"Bishop", Name})
	check(t, sc, `idv.doc_state=TX idv.name_on_doc="HAZEL BROWN" idv.result=needs_review`, want{"HAZEL BROWN", Name})
	check(t, sc, `PaRequest { pa_id: "PA-25-6129837", member: Member { id: MemberId("BXPE46816452"), first_name: "Keisha" } }`,
		want{"BXPE46816452", HealthPlan}, want{"Keisha", Name})
	check(t, sc, `{"http.status":503,"PID.13":"566 731 6676","Payer":"Highmark"}`, want{"566 731 6676", Phone})
	// An identifier's type names it: a state's licence OID with CommonWell's
	// "key", a document type in words, a type key before the number in text.
	check(t, sc, `{"identifiers":[{"system":"urn:oid:2.16.840.1.113883.4.3.41","key":"B109407","use":"official"}]}`, want{"B109407", License})
	check(t, sc, `{"type": "Driver's License", "issuer": "US-FL", "documentNumber": "O244-782-40-785-0"}`, want{"O244-782-40-785-0", License})
	check(t, sc, `idv.doc_type=drivers_license idv.doc_number=48583628 idv.doc_state=TX`, want{"48583628", License})
	check(t, sc, `reason=no_ssn_on_file alt_id.type=aadhaar alt_id.value="3477 4907 8547" alt_id.country=IN`, want{"3477 4907 8547", OtherID})
	check(t, sc, `type=service id=12345678 ok`)
	// A plate in two groups under its key; keys of plates read by cameras,
	// hired cars and Spanish forms; not a laboratory's plate.
	check(t, sc, `driver="José Choi" (son) plate=592 VZY trip_date=03/27/2025`, want{"José Choi", Name}, want{"592 VZY", Vehicle}, want{"03/27/2025", Date})
	check(t, sc, `{"lanePlate":"091RXE","hire_car_reg":"TR43 EFF","num_placa":"800 CPF"}`, want{"091RXE", Vehicle}, want{"TR43 EFF", Vehicle}, want{"800 CPF", Vehicle})
	check(t, sc, `{"plate_id":"P-000123","plate_barcode":"BC12345","well":"A1"}`)
	check(t, sc, `{"icd_serial":"90188708-B","icd_code":"I48.91"}`, want{"90188708-B", Device})
	// Accounts by the bill, statement or encounter they are for; a card's
	// new number; Mexico's CLABE.
	check(t, sc, `portal-pay guest_pay stmt_acct=G60674719 step=2`, want{"G60674719", Account})
	check(t, sc, `{"cardholder":"Maria Washington","new_pan":"5077063854312406629","clabe":"075370074760246724"}`,
		want{"Maria Washington", Name}, want{"5077063854312406629", Account}, want{"075370074760246724", Account})
	// A case's number is one person's case (not a vendor's support case);
	// a partner's ID is a business partner's.
	check(t, sc, `{"CaseNumber":"00483303","Subject":"lead corrosion"} crm [CASE 00489145] PARTNER_ID=0000431265`, want{"00483303", OtherID}, want{"00489145", OtherID})
	check(t, sc, `uw.mib inquiry queued case=UW-2024-0089113 claimId=CLM-DI-24-007319 ok`, want{"UW-2024-0089113", OtherID}) // a claim's number is the payer's
	check(t, sc, `tribal-verify result=MATCH census_no=4-24827 cdib=CDIB-922590 unit_census=42`, want{"4-24827", OtherID}, want{"CDIB-922590", License})
	check(t, sc, `{"from":{"user":{"displayName":"Marisol Tapia, CHT","userIdentityType":"aadUser"}},"body":"chamber 2 ready"}`) // a hyperbaric technologist at work
	check(t, sc, `please call his father, Cody Yoder, at 937-481-9058, or our clinic at (614) 722-4400 with any questions.`,
		want{"Cody Yoder", Name}, want{"937-481-9058", Phone}) // the writer's own clinic
	check(t, sc, `Medicaid NEMT booked, conf# NT-98519; member id ZGP091652446, order #A17345 ticket SEC-2688`, want{"ZGP091652446", HealthPlan}) // a booking's, an order's, a ticket's
	check(t, sc, `Called re: transportation for 5/16 clinic visit; your 3/12 appt; 5/27 office closed; 24/7 line`, want{"5/16", Date}, want{"3/12", Date})
	check(t, sc, `{"eventType":"user.authentication.sso","target":[{"id":"0oai6GDKz4u8","type":"AppInstance","alternateId":"Workday","displayName":"Workday"},{"type":"User","displayName":"Paula dos Santos"}]}`,
		want{"Paula dos Santos", Name}) // an application's names, a user's
	check(t, sc, `{"candidate":"candidate:3830882351 1 udp 41885439 34.102.103.85 3478 typ relay raddr 107.20.4.118 rport 46858 generation 0"}`,
		want{"107.20.4.118", IP}) // a TURN server's address; the peer's own
	check(t, sc, `{"kind":"admin#reports#activity","id":{"applicationName":"drive","customerId":"C03az79cb"},"actor":{"callerType":"USER","email":"h.seo@juniperhill-dpc.com"},"events":[{"parameters":[{"name":"doc_title","value":"Nguyen, Mai - Records Release.pdf"},{"name":"owner","value":"t.greer@juniperhill-dpc.com"},{"name":"target_user","value":"mai1961@yahoo.com"}]}]}`,
		want{"Nguyen, Mai", Name}, want{"mai1961@yahoo.com", Email}) // the organisation's own, in a Workspace audit event
	check(t, sc, `From: "Elena Marchetti, MD" <emarchetti@aurorapsych.example> To: Sterling Ridge IRB <submissions@sterlingridgeirb.example> Cc: "Ana Ruiz" <ana.ruiz@gmail.com>`,
		want{"Ana Ruiz", Name}, want{"ana.ruiz@gmail.com", Email}) // a clinician's and a review board's addresses
	check(t, sc, `{"cuestionario": "PHQ-9", "id_participante": "ES01-0065"} SAE bij deelnemer 205-NL01-0147 (geb. 03-07-1985)`,
		want{"ES01-0065", OtherID}, want{"NL01-0147", MRN}, want{"03-07-1985", Date}) // a study's participant in Spanish and Dutch
	check(t, sc, `msg="patient checked in" svc=medtent tent=T1 km=10.5 bib=18996 name="BIANCHI, GIULIA"; runner bib 7320 split KM30`,
		want{"18996", OtherID}, want{"BIANCHI, GIULIA", Name}, want{"7320", OtherID}) // a runner's race number
	check(t, sc, `Confirms name Thi Lan Nguyen DOB 08/27/1975. Loc 47.50309 -120.69893.`,
		want{"Thi Lan Nguyen", Name}, want{"08/27/1975", Date}, want{"47.50309", Address}, want{"-120.69893", Address}) // where someone was found
	check(t, sc, `weather station wx-3 at 47.50309,-120.69893 wind 12kt; emb=[0.1234, 0.5678, 0.9012]`) // a place that names no one; a vector
	check(t, sc, `{"device":{"idfv":"79C50F49-E5FA-4448-A58A-874BE9E51A45","androidId":"9774d56d682e549c"},"request_id":"79c50f49-e5fa-4448-a58a-874be9e51a46"}`,
		want{"79C50F49-E5FA-4448-A58A-874BE9E51A45", Device}, want{"9774d56d682e549c", Device}) // a phone's IDs, not a request's
	check(t, sc, `ics="BEGIN:VEVENT\r\nDTSTART;TZID=America/Los_Angeles:20240320T101500\r\nSUMMARY:Visit - Ana Ruiz (MRN E0753603)\r\nEND:VEVENT"`,
		want{"20240320T101500", Date}, want{"Ana Ruiz", Name}, want{"E0753603", MRN}) // an appointment's start, its person named
	check(t, sc, `DTSTART;TZID=America/Chicago:20240315T080000`) // an event's start alone names no one
	check(t, sc, `{"rin":"156465076","colonia":"Providencia"} hn=08-690598 pcr=20250307-8852-M14 pcr=NEG`,
		want{"156465076", HealthPlan}, want{"Providencia", Address}, want{"08-690598", MRN}, want{"20250307-8852-M14", OtherID})
	check(t, sc, `activation ok kit_id=GX-9881-6WRK enrollmentId=EN-448120 specimen_id=BB24-057435-C05`, want{"GX-9881-6WRK", OtherID}, want{"EN-448120", OtherID},
		want{"BB24-057435-C05", OtherID}) // a specimen is its patient's by its key (70 of 88 labelled; a biobank's writer, dv, leaves them)
	check(t, sc, `Opened Zscaler support case 07474127 re: NSS feed lag; test case TC-20931 passed; case #24-0139285 closed`, want{"24-0139285", OtherID})
	// A trial subject's number by its site's and its own; CDISC's keys; not a
	// message's subject.
	check(t, sc, `irt.randomization Randomization OK subject=E05-3301-0019 rand_no=R24372`, want{"E05-3301-0019", MRN}, want{"R24372", OtherID})
	check(t, sc, `{"SubjectKey":"114-0007","TransactionType":"Update"}`, want{"114-0007", MRN})
	check(t, sc, `{"subject":"Lab results 2024-05-12 ready","to":"x"} subject=2024-05-12`)
	// A care organisation's address in free text is staff's or a service
	// mailbox's; a Direct address and a consumer's are people's.
	check(t, sc, `Audit export requested by a.nwosu@tidewellhealth.com for schatterjee@cedarvalleyhealth.org`)
	// ... and by the endings care organisations give their names; a
	// patient's mail at an ISP or at work stays.
	check(t, sc, `cc jordan.marsh@sbrmc.org, r.ito@aurevia-med.com, intake@brightpathhh.com, desk@hearthlink.care, k.obi@amc-med.org`)
	check(t, sc, `patient wrote from k.obi@bell.net and kobi@tessera-semi.com`, want{"k.obi@bell.net", Email}, want{"kobi@tessera-semi.com", Email})
	check(t, sc, `Direct message to hannah.mahlangu84@hisp.carebridge.net cc ana.roe@gmail.com`,
		want{"hannah.mahlangu84@hisp.carebridge.net", Email}, want{"ana.roe@gmail.com", Email})
	// An age at an event; E2B's onset age; trial subjects in a path.
	check(t, sc, `{"consentTypeId":"F3D8578D","ageAtConsent":92,"ageAtScreening":45}`, want{"92", Age})
	check(t, sc, `<patientonsetage>95</patientonsetage><patientonsetageunit>801</patientonsetageunit>`, want{"95", Age})
	check(t, sc, `"POST /api/v3/subjects/0424-072/questionnaires HTTP/1.1" 201`, want{"0424-072", MRN})
	// A long path of the base64 alphabet is read by segment, so that a
	// resource names the segment after it.
	check(t, sc, `GET /api/v3/patients/04240723/questionnaires/EQ5D5L/responses 200`, want{"04240723", MRN})
	// A patient's number after "number" and before a full stop; capitals and
	// dashed digits after "pt" or "child"; a list of record numbers.
	check(t, sc, `new address on file. Patient number 100683556.`, want{"100683556", MRN})
	check(t, sc, `could not parse phone for pt LK-7718-8008698; guardian not linked to child MGP-274149`,
		want{"LK-7718-8008698", MRN}, want{"MGP-274149", MRN})
	check(t, sc, `merge duplicate records (MRN 00422601 / 148553189) per RIT`, want{"00422601", MRN}, want{"148553189", MRN})
	check(t, sc, `pt v1.2.3 and patient 2.5.1 built`)
	// An X12 shipment's party: a person by name, an organisation by its
	// words; a device implanted on a day.
	check(t, sc, `HL*1**S~TD5**2*FDEG~N1*ST*PENNY SNOW~N3*16 OLD MILL WAY~N4*TAMPA*FL*33601~`,
		want{"PENNY SNOW", Name}, want{"16 OLD MILL WAY", Address}, want{"TAMPA", Address}, want{"33601", ZIP})
	check(t, sc, `N1*ST*PROVIDENCE SLEEP DISORDERS CENTER*92*298635~N3*4805 NE GLISAN ST~N4*PORTLAND*OR*97213~`)
	check(t, sc, `N1*ST*PENNY SNOW~PER*IC**TE*9413803407~`, want{"PENNY SNOW", Name}, want{"9413803407", Phone}) // the ship-to's own number
	check(t, sc, `NM1*IL*1*OBI*TEODORO****MI*OBO0325103383~PER*IC*CHANCE PRICE*TE*8203427460~`, want{"OBI", Name}, want{"TEODORO", Name}, want{"OBO0325103383", HealthPlan}, want{"8203427460", Phone})
	check(t, sc, `PER*IC*BILLING DEPT*TE*2065550100*FX*2065550199~`) // an office's
	check(t, sc, `pt Ana Roe: lead impedance out of range; implanted 12/07/2017 by Dr. Sun.`, want{"Ana Roe", Name}, want{"12/07/2017", Date})
	// A GS1 element string without its parentheses, its separator written.
	check(t, sc, `Invalid UDI '01008845277660031725081410B36547<GS>21RM50-058O60KQ' for lot`,
		want{"01008845277660031725081410B36547<GS>21RM50-058O60KQ", Device})
	check(t, sc, `order 010088452771234567890123456789 ok`)
	// A passport's machine-readable name; national numbers typed by name;
	// an OIDC claims' subject as a record number.
	check(t, sc, `{"document":{"type":"passport","number":"GA306483","mrz_name":"BROWN<<RAVI"},"secondary_id":{"type":"sin","value":"318-958-881"}}`,
		want{"GA306483", OtherID}, want{"BROWN<<RAVI", Name}, want{"318-958-881", OtherID})
	check(t, sc, `claims: email=dwood@yahoo.com, family_name=Wood, subject=E0324625, given_name=Destiny`,
		want{"dwood@yahoo.com", Email}, want{"Wood", Name}, want{"E0324625", MRN}, want{"Destiny", Name})
	check(t, sc, `<saml2:Attribute Name="mrn"><saml2:AttributeValue xsi:type="xs:string">E5942302</saml2:AttributeValue></saml2:Attribute>`,
		want{"E5942302", MRN}) // SAML's attribute, named by its Name
	// The VA's Integration Control Number; a pediatric patient's ID in a path.
	check(t, sc, `UPDATE va_vet SET icn = '1031914710V134083' WHERE id = 7`, want{"1031914710V134083", MRN})
	check(t, sc, `GET /api/v2/children/42938184/immunizations?format=pdf 200`, want{"42938184", MRN})
	check(t, sc, `{"fingerprint":"SHA256:wKs1uSI1cLs5UrI82Sy2OSQxajGGshAL2HHwJfLdy6g","data":"`+tpl+`"}`)
	// A JSON string with an escape JSON does not know is read as it is, not
	// skipped; Python's \xNN and \u escapes beyond ASCII decode to UTF-8.
	check(t, sc, `{"firstName":"Ana\q","note":"patient Maria Lopez DOB 01/02/1950 \q"}`,
		want{"Ana\\q", Name}, want{"Maria Lopez", Name}, want{"01/02/1950", Date})
	check(t, sc, `found: b'{"subscriber": {"firstName":"Jos\xc3\xa9","lastName":"\u00d6zt\u00fcrk"}}'`,
		want{"Jos\\xc3\\xa9", Name}, want{"\\u00d6zt\\u00fcrk", Name})
	// Titles and greetings in German, Spanish and French; after a title a
	// comma ends the name. An addressee is a person.
	check(t, sc, `body="Guten Tag Herr Demir, Ihr Termin ist am Montag" body2="Hola Tyler, tu cita" addressee="RAFAEL M. TANAKA"`,
		want{"Demir", Name}, want{"Tyler", Name}, want{"RAFAEL M. TANAKA", Name})
	// Small practices' software: a licence's barcode after an unquoted raw=,
	// keys glued in capitals, Access's date literals, a guarantor's "Guar".
	check(t, sc, `PDF417 raw=@\n\x1e\rANSI 636014080002DL00410278ZC03190024DLDAQ20234017\nDCSBANKS\nDACTATIANA\nDBB04061984\nDCGUSA`,
		want{"20234017", License}, want{"BANKS", Name}, want{"TATIANA", Name}, want{"04061984", Date})
	check(t, sc, `UPDATE PATIENT SET ZIP='81001' WHERE CHARTNO='A32754'; frmBilling;SubscrDOB=#12/8/2000#;When=8/9/2023 8:30:06 AM`,
		want{"81001", ZIP}, want{"A32754", MRN}, want{"12/8/2000", Date})
	check(t, sc, `PatID=PT-005329 Pat=Del Rio, Charity Guar=Del Rio, Mason (Grandson) PalmSecure enroll OK pt=C31248 x`,
		want{"PT-005329", MRN}, want{"Del Rio, Charity", Name}, want{"Del Rio, Mason", Name}, want{"C31248", MRN})
	check(t, sc, `"HSET" "patient:26191" x; "patient.commit":"d0bc374"`)
	// Names behind escapes (HL7's \X..\, \u outside JSON, strace's octal in
	// JSON); forms' fields with their brackets plain or encoded.
	check(t, sc, `PID|1||205-13-94-2^^^MERCY^MR||MacLeod^Mar\XC3AD\a||19880522|F | NK1|1|MacLeod^Zo\XC3AB\|DAU`,
		want{"205-13-94-2", MRN}, want{"MacLeod^Mar\\XC3AD\\a", Name}, want{"19880522", Date}, want{"MacLeod^Zo\\XC3AB\\", Name})
	check(t, sc, `msg="guarantor lookup" guarantor="Yevgenia Nguy\u1ec5n" reason=x patient=MH-187242`,
		want{"Yevgenia Nguy\\u1ec5n", Name}, want{"MH-187242", MRN})
	check(t, sc, `WXREBOOK [rebook@32473 booking="TRF-24-08595" pt="SC-P-028743"] patient=HFA-C-2291845`, want{"SC-P-028743", MRN}, want{"HFA-C-2291845", MRN})
	check(t, sc, `[pid 86] write(30, "{\"mrn\":\"MRN7981833\",\"name\":\"Eugene Schr\303\266der\",\"dob\":\"1936-12-23\"}\n", 117) = 117`,
		want{"MRN7981833", MRN}, want{"Eugene Schr\\303\\266der", Name}, want{"1936-12-23", Date})
	check(t, sc, `guarantor[1][first]=Wilhelmina&guarantor%5B1%5D%5Blast%5D=King&card%5Bexp_year%5D=2027&payment[card][exp]=08%2F26`,
		want{"Wilhelmina", Name}, want{"King", Name})
	// PHP's sessions and serialize(): each value under its key, strings by
	// their length in bytes.
	check(t, sc, `session dump: csrf|s:8:"59712076";mrn|s:9:"E26441337";name|s:15:"Łukasz N'Diaye";ins|a:2:{s:5:"payer";s:3:"HMO";s:6:"member";s:11:"NWH57812725";}age|i:93;`,
		want{"E26441337", MRN}, want{"Łukasz N'Diaye", Name}, want{"NWH57812725", HealthPlan}, want{"93", Age})
	check(t, sc, "x O:7:\"Patient\":2:{s:3:\"dob\";s:10:\"1950-01-02\";s:7:\"\x00*\x00name\";s:8:\"Jane Roe\";} a:1:{s:3:\"mrn\";i:4471092;} a:9:{s:",
		want{"1950-01-02", Date}, want{"Jane Roe", Name}, want{"4471092", MRN})
	// Front desks: a range of days, the next visit (not the twelfth of twelve
	// visits), a form's name in prose, Visual Basic's control names, one
	// programmer's abbreviations.
	check(t, sc, `pt fell, resched appt from 9/12 to 9/19; DOS 09/17/2023, next visit 9/25; PT flowsheet visit 12/12 done`,
		want{"9/12", Date}, want{"9/19", Date}, want{"09/17/2023", Date}, want{"9/25", Date})
	// A sentence's "on" and a day that ends it or is followed by its hour or
	// place; a fraction counts things ("failed on 2/3 nodes").
	check(t, sc, `Patient Ana Ruiz: cash went missing after transfer from ICU on 03/11. Ear pain after dive on 5/1 - denies fever; fast before your draw on 5/16 at 8:00; report 0500 on 03/12, bring ID`,
		want{"Ana Ruiz", Name}, want{"03/11", Date}, want{"5/1", Date}, want{"5/16", Date}, want{"03/12", Date})
	check(t, sc, `Patient Ana Ruiz: replication failed on 2/3 nodes; retry on 1/5 replicas; stage on 3/4 of hosts`, want{"Ana Ruiz", Name})
	check(t, sc, `Warning: Age 101 > 89, verify DOB 5/28/1922 for PatID A1663 and ChartNo 44512`,
		want{"101", Age}, want{"5/28/1922", Date}, want{"A1663", MRN}, want{"44512", MRN})
	check(t, sc, `txtLName=Adeyemi&txtLast=Okafor&pfn=Stavros&plnm=Baptiste&ph1=774-762-5867`,
		want{"Adeyemi", Name}, want{"Okafor", Name}, want{"Stavros", Name}, want{"Baptiste", Name}, want{"774-762-5867", Phone})
	check(t, sc, `Contact = x, Street = 4111 N Maple Drive, Apt 4, City = Dayton, Region = OH`,
		want{"4111 N Maple Drive, Apt 4", Address}, want{"Dayton", Address})
	// A name shouted after "for" or "from": both words a census name, neither
	// an ordinary word.
	check(t, sc, `Subject: Fwd: paperwork for FATIMA JACKSON; report for JUNE PAYROLL; waiting for CACHE WARMUP`,
		want{"FATIMA JACKSON", Name})
	// Multi-line dumps, line by line: go-spew's types, print_r's protected
	// properties, .NET's Data, awesome_print's dates, Ruby's Date.
	check(t, sc, ` PatientMRN: (string) (len=8) "33790619",`, want{"33790619", MRN})
	check(t, sc, `    [sin:protected] => 731 087 896`, want{"731 087 896", OtherID})
	check(t, sc, `        [PatientName] = dos Santos, Deepika`, want{"dos Santos, Deepika", Name})
	check(t, sc, `    :date_of_birth => Wed, 20 Jan 1988,`, want{"Wed, 20 Jan 1988", Date})
	check(t, sc, ` @discharge_date=#<Date: 2024-06-15 ((2460477j,0s,0n),+0s,2299161j)>, @mrn="E1234567"`,
		want{"2024-06-15", Date}, want{"E1234567", MRN})
	// Files named for a person: a double surname, an accent, a common name
	// that is a word too ("Smith"), then a document's word or a date.
	check(t, sc, `filename="Renee_Smith-Jones_lab_results.pdf" D:\Scans\Intake\Garcia_José_1978-09-17.tif upload Maria_Lopez_lab_results.pdf`,
		want{"Renee_Smith-Jones", Name}, want{"Garcia_José", Name}, want{"1978-09-17", Date}, want{"Maria_Lopez", Name})
	check(t, sc, `wrote build_cache_lab_results.tar and Apache_Commons_lab.jar`)
	// Keys of organisations and clinicians however abbreviated (fac_, PCP,
	// payer_fax, insPayerID), who checked a value; a phone's extension; a
	// patient's prefixed number under a key that says nothing.
	check(t, sc, `fac_ph=1-800-937-7469 fac_addr="4001 J St" facility_zip=45402 PCPPhone=(312) 336-0260 PCPName="Marcus Raman" payer_fax=(614) 984-3645 insPayerID=60054 addr_verified_by=SmartyStreets`)
	check(t, sc, `HmPh=(305) 437-1920 WkPh=(786) 438-9134 x537; call 555-867-5309 ext. 22 now; picked_up_by="Mary Brennan" pid=PT-095640`,
		want{"(305) 437-1920", Phone}, want{"(786) 438-9134 x537", Phone}, want{"555-867-5309 ext. 22", Phone}, want{"Mary Brennan", Name}, want{"PT-095640", MRN})
	// Generic pairs, numbered or not: the name key says what the value key holds.
	check(t, sc, `{"col_1":"ssn","col_1_val":"","col_2":"MRN","col_2_val":"560-65-96","k":"plate_numbr","v":"9HWC474","f2_name":"pat_id","f2_value":"90073870","attr_name":"stateMedicaidId","attr_value":"99306362J","col_3":"lang","col_3_val":"en"}`,
		want{"560-65-96", MRN}, want{"9HWC474", Vehicle}, want{"90073870", MRN}, want{"99306362J", HealthPlan})
	// No one's: a case's number with its year, a version after an SSN's
	// keyword, a campaign's short code after "policy", a staff interpreter, an
	// access point's BSSID; but an account's number with a year after "acct".
	check(t, sc, `"CC-2024-885974","LEP-Mandarin" source=SS-DIR-3.23.15 left VM per policy. Campaign PX-691. {"interpreter": {"id": "INT1283", "display": "Abdi, Hassan"}} ap_bssid=18:8d:19:b1:7d:80 to=<interpreter.services@northgate.example.com>`)
	check(t, sc, `pls hold acct PA-2020-6917176 90 days`, want{"PA-2020-6917176", Account})
	// "My name is" in the languages patients write in.
	check(t, sc, `body="Salaan, magacaygu waa Hodan Cigaal Guuleed, waxaan" body2="Bonjou, mwen rele Ketly Étienne, dat" body3="ako si Maria Santos po"`,
		want{"Hodan Cigaal Guuleed", Name}, want{"Ketly Étienne", Name}, want{"Maria Santos", Name})
	// A caller ID; the number a message goes to (not a toll-free one, a
	// business's); Medi-Cal's CIN; "numer pacjenta".
	check(t, sc, `"","2793855301","7024","from-lep-ivr","""PA VUE"" <2793855301>" msg queued to=6466551374 eFax to=8663258252 CIN=95830583R Numer pacjenta 100587797.`,
		want{"PA VUE", Name}, want{"2793855301", Phone}, want{"6466551374", Phone}, want{"95830583R", HealthPlan}, want{"100587797", MRN})
	check(t, sc, `From: "WIRELESS CALLER" <4045550123> clid="Jane Q Public" <4045550123>`,
		want{"4045550123", Phone}, want{"Jane Q Public", Name})
	// A patient's uid is the patient's ID; an actor's email in an audit
	// trail is staff's; a mail service's message IDs are no one's.
	check(t, sc, `{"action":"patient.record.viewed","actor":"support-tier2@slotwise.io","patient_uid":"SWP-N78KD6Y5"} smtp-id=<m2onrjn3ypjvglhoyty7gg@ismtpd07.sendgrid.net> adjuster_phone=(800) 732-5246`,
		want{"SWP-N78KD6Y5", MRN})
	// Toll-free numbers are businesses' unless a key says whose; a clinician
	// named under their role's key; a certificate's serial.
	check(t, sc, `reminder: call (888) 974-6182 to reschedule; {"attending":"Michael Johansson","serial":"89:D7:9D:74:0D:D4:E0:75:05:05:0D:E6:9B:E7:6F:B5"} patient_phone=1-800-555-0199`,
		want{"1-800-555-0199", Phone})
	// Rows' positions, a GPS fix's accuracy, a payer's remittance address,
	// a provider's (in Spanish) are no one's.
	check(t, sc, `{"partial_unexpected_index_list": [1204, 88213, 90411], "partial_unexpected_list": ["M7968942701"]} acc=40m remit_to="PO Box 1200, Dallas" dir_proveedor="Calle 5 #44, Ponce"`)
	// Source files and their lines, as loggers name their callers; a
	// warehouse's address.
	check(t, sc, `{"caller":"members/sync.go:71","msg":"x"} caller=handlers/member_login.go:601 [source/common/upstream/cluster_manager_impl.cc:1701] warehouse="Tendwell Fulfillment, 4100 Westgate Blvd, Austin, TX 78745"`)
	// A statement's parameters, an age's threshold, a process's name, a
	// plan's effective date are no one's; a mention before an age is none.
	check(t, sc, `UPDATE Patients SET HomePhone = @p3 WHERE PatientId = @p4; auto-ordered for MRN 00668829: age 98 (>= 90); HETS 271: Part A eff 20210415 plan`,
		want{"00668829", MRN}, want{"98", Age})
	check(t, sc, `"text":"<@U0TS3SG3YVU> 101-year-old pt on 5W" {'spriden_id': '@27673192'}`, want{"101", Age}, want{"@27673192", OtherID})
	// An HL7 name ends at the next label; HL7's timestamps to the minute
	// after a word of care; an age with its Y; .NET's JSON dates.
	check(t, sc, `ORU for MENSAH^SEAN^J MRN 01254552 DOB 09/01/1923; pt TRAN, CORNELIUS S (02711387) 103Y CrCl 37, admit 202403110137, unit 4W`,
		want{"MENSAH^SEAN^J", Name}, want{"01254552", MRN}, want{"09/01/1923", Date}, want{"TRAN, CORNELIUS S", Name},
		want{"02711387", OtherID}, want{"103Y", Age}, want{"202403110137", Date})
	check(t, sc, `body={"BirthDate":"\/Date(-697316400000-0500)\/","FamilyName":"Le"}`,
		want{"\\/Date(-697316400000-0500)\\/", Date}, want{"Le", Name})
	// A single-table key's entity and ID; names under a record's demographics.
	check(t, sc, `{"Keys":{"pk":{"S":"PATIENT#MC8202468"},"sk":{"S":"PROFILE"}},"demographics":{"fn":"Ximena","ln":"Esposito"}} pk=ORDER#88213 sk=MEMBER#U0888577909`,
		want{"MC8202468", MRN}, want{"Ximena", Name}, want{"Esposito", Name}, want{"U0888577909", HealthPlan})
	// A passport's machine-readable zone, its lines split by an escaped line feed.
	// A passport's zone logged line by line; the second line alone only when its check digits hold.
	check(t, sc, `passport_ocr.mrz: L1='P<BRACARVALHO<SOUZA<<ANA<BEATRIZ<<<<<<<<<<<<'`, want{"CARVALHO<SOUZA", Name}, want{"ANA<BEATRIZ", Name})
	check(t, sc, `passport_ocr.mrz: L2='FZ482917<3BRA8707095F3103304<<<<<<<<<<<<<<<2' L2='FZ482917<2BRA8707095F3103304<<<<<<<<<<<<<<<2'`,
		want{"FZ482917", OtherID}, want{"870709", Date})
	check(t, sc, `6491547592GBR9705135M2510055<<<<<<<<<<<<<<<2`, want{"649154759", OtherID}, want{"970513", Date}) // its number all digits
	check(t, sc, `{"docType":"passport","mrz":"P<VNMABERNATHY<SINGH<<IGNATIUS<<<<<<<<<<<<<<\nDK30887005VNM6209090M2803216<<<<<<<<<<<<<<04"}`,
		want{"ABERNATHY<SINGH", Name}, want{"IGNATIUS", Name}, want{"DK3088700", OtherID}, want{"620909", Date})
	// A day with its weekday and hour; a patient searched by name.
	check(t, sc, `confirming your appointment Sat 6/15 at 7:30 AM with Dr. Okoro. GET /patients/search?q=oluwaseun+chaudhry&dob=1987-01-21`,
		want{"Sat 6/15", Date}, want{"oluwaseun+chaudhry", Name}, want{"1987-01-21", Date})
	// A record of a place alone, naming no person: its address and numbers
	// are its own; beside a person's name, or under a person's key, theirs.
	check(t, sc, `location record updated {"facility":"Harbor Behavioral Health","address":"3 Harbor View Rd","city":"Savannah","postal_code":"31401","phone":"(912) 555-0100"}`)
	check(t, sc, `LocationName=Desert Sky Imaging, Street=4410 E Broadway Blvd, City=Tucson, State=AZ, PostalCode=85711`)
	check(t, sc, `clinic=Cardiology pt_city=Bemidji addr_state=MN`, want{"Bemidji", Address})
	check(t, sc, `{"facility":"Harbor Behavioral Health","patient":"Ana Ruiz","address":"3 Harbor View Rd"}`, want{"Ana Ruiz", Name}, want{"3 Harbor View Rd", Address})
	// Dates written with the characters for year, month and day.
	check(t, sc, `病人姓名：廖淑芬；出生日期：1967年11月12日；電話：1-415-578-6730 build 2024年13月5日`,
		want{"廖淑芬", Name}, want{"1967年11月12日", Date}, want{"1-415-578-6730", Phone})
	// A FHIR Patient's logical id is the patient's, as a reference to it is;
	// an Observation's is not.
	check(t, sc, `{"resourceType":"Patient","id":"49568811"} {"resourceType":"Observation","id":"49568812","subject":{"reference":"Patient/123456"}}`,
		want{"49568811", MRN}, want{"123456", MRN})
	// Base64 that decodes to text or JSON is read, under any key; the run
	// is one finding, of the most identifying category inside.
	check(t, sc, `{"eventType":"FAX_RECEIVED","data":"Q0FMTEJBQ0sgTW9zaGUgQmVzdCA1MDUtNjQxLTQ1NzUgLSBwdCBhc2tzIGFib3V0IHJlZmlsbA=="} state=eyJub25jZSI6IkZsT3k3MG1XMWZlUkFjZnMiLCJyZXR1cm5fdG8iOiIvcGF0aWVudHMvTVJOOTk5ODAyMi9yZXN1bHRzIn0 token=KCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl9gYWJj`,
		want{"Q0FMTEJBQ0sgTW9zaGUgQmVzdCA1MDUtNjQxLTQ1NzUgLSBwdCBhc2tzIGFib3V0IHJlZmlsbA==", Name}, want{"eyJub25jZSI6IkZsT3k3MG1XMWZlUkFjZnMiLCJyZXR1cm5fdG8iOiIvcGF0aWVudHMvTVJOOTk5ODAyMi9yZXN1bHRzIn0", MRN})
	// XML escaped as entities, read decoded; dates after "dates of service",
	// "né(e) le", a discharge's "dis", a pregnancy's LMP and X12's PAT.
	check(t, sc, `body=&lt;clm:acct_num&gt;HAR12212264&lt;/clm:acct_num&gt;&lt;clm:ServiceDateFrom&gt;2024-01-27&lt;/clm:ServiceDateFrom&gt; ok`,
		want{"HAR12212264", Account}, want{"2024-01-27", Date})
	check(t, sc, `fax sent, 78 pages, dates of service 08/08/2023 to 05/01/2024; prénom=Noémie né(e) le 08/12/1994`,
		want{"08/08/2023", Date}, want{"05/01/2024", Date}, want{"Noémie", Name}, want{"08/12/1994", Date})
	check(t, sc, `adm=25FEB2025|dis=02MAR2025| last_menstrual=01/22/2024 LMP 12/30/2023 NM1*QC*1*BEGAY*DESHAWN~PAT*****D8*20240726~`,
		want{"25FEB2025", Date}, want{"02MAR2025", Date}, want{"01/22/2024", Date}, want{"12/30/2023", Date},
		want{"BEGAY", Name}, want{"DESHAWN", Name}, want{"20240726", Date})
	check(t, sc, `REF*0F*U09594909-01~REF*1L*GRP14345~REF*F6*7D94MQ0JF20~DTP*356*D8*20230920`,
		want{"U09594909-01", HealthPlan}, want{"7D94MQ0JF20", HealthPlan}, want{"20230920", Date})
	check(t, sc, `FYI implant UDI (01)08742700406546(17)270407(10)343180(21)C3F414B6 not filing; GTIN (01)08742700406546 only`,
		want{"(01)08742700406546(17)270407(10)343180(21)C3F414B6", Device})
	check(t, sc, `MRN E9656712 not found; name on message ADEYEMI,AGNIESZKA, DOB 10/25/1995`,
		want{"E9656712", MRN}, want{"ADEYEMI,AGNIESZKA", Name}, want{"10/25/1995", Date})
	check(t, sc, `<Address><Street>8670 Wabash Way</Street><City><Code>Chicago</Code></City><State><Code>IL</Code></State><Zip><Code>60612</Code></Zip></Address>`,
		want{"8670 Wabash Way", Address}, want{"Chicago", Address}, want{"60612", ZIP})
	check(t, sc, `{"patientIdentifiers":[{"code":"MC","value":"5AJ9T66RW42"}],"diagnosis":{"code":"E11.9"}}`, want{"5AJ9T66RW42", HealthPlan})
	// CDA: templates' versions and the names of codes are no one's.
	check(t, sc, `<typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/><templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>`+
		`<code code="PAR" codeSystem="2.16.840.1.113883.5.111" displayName="parent"/><patientRole><id root="2.16.840.1.113883.19.5" extension="99812345"/></patientRole>`,
		want{"99812345", MRN})
	check(t, sc, `ACK AE from EMPI in 1536ms; FL62 INSURANCE GROUP NO.: 899691; subscriber ROE, JO payor 6763 plan 590161`, want{"ROE, JO", Name})
	// Objects printed by language runtimes: a nested record with its
	// package and identity hash; masking placeholders are no values.
	check(t, sc, `Changeset #Ecto.Changeset<action: :insert, changes: %{home_line2: "Lot 17", city_nm: "Madison"}, valid?: false>`,
		want{"Lot 17", Address}, want{"Madison", Address})
	check(t, sc, `Member(dateOfBirth: 1930-11-16 00:00:00 +0000, x: 1) {ID:1 PtDOB:1924-02-06 00:00:00 +0000 UTC Sex:F} admissionDt=Tue Aug 08 13:47:00 UTC 2023, 'dischargeDate': datetime.datetime(2024, 2, 12, 12, 14)}`,
		want{"1930-11-16 00:00:00 +0000", Date}, want{"1924-02-06 00:00:00 +0000 UTC", Date}, want{"Tue Aug 08 13:47:00 UTC 2023", Date},
		want{"2024, 2, 12, 12, 14", Date})
	check(t, sc, `AddressDto@6490d1b7[street=8045 Magnolia Way,unit=Apt 1203,town=Trenton] line2=Ste 110 unit=kg 12 ["faceEmbedding"]=> string(84) "yYmHDV0hm0MdR1JjE7ZBAzvGsVYmJdy4YHgzX73vCIzv6zCPBVXWCZ6XrsvPxUc56mAhcB2HX+Wk6pmv3g=="`,
		want{"8045 Magnolia Way", Address}, want{"Apt 1203", Address}, want{"Trenton", Address}, want{"Ste 110", Address},
		want{"yYmHDV0hm0MdR1JjE7ZBAzvGsVYmJdy4YHgzX73vCIzv6zCPBVXWCZ6XrsvPxUc56mAhcB2HX+Wk6pmv3g==", Biometric})
	check(t, sc, `ValueError: invalid SSN '642 97 8116' for patient 23932`, want{"642 97 8116", SSN})
	check(t, sc, `1712325739.757771 [0 10.0.0.5:39437] "HSET" "pt:5282" "plate" "1JCU840" "pt_name" "S\xc3\xb8ren Garc\xc3\xada" "status" "A"`,
		want{"1JCU840", Vehicle}, want{`S\xc3\xb8ren Garc\xc3\xada`, Name})
	// Documents with escaped quotes, in text or under a key that vouches for codes only.
	check(t, sc, `[2024-04-05T14:02:40][WARN ][i.s.s.query] took[1.2s], source[{\"query\":{\"match\":{\"pt_lname\":{\"query\":\"Haddad \\\"Jr\\\"\"}}}}], id[]`,
		want{`Haddad \\\"Jr\\\"`, Name})
	check(t, sc, `{"elasticsearch.slowlog.source":"{\"query\":{\"term\":{\"dob\":{\"value\":\"1961-06-14\"}}}}"}`, want{"1961-06-14", Date})
	// Form bodies and fields: a body's parameters decode one by one; a
	// field named by name="..." holds the value="..." after it.
	check(t, sc, `form="ToCountry=US&Body=Hi+there&From=%2B12088158099&ApiVersion=2010-04-01" ach_account=3196902642`,
		want{"%2B12088158099", Phone}, want{"3196902642", Account})
	check(t, sc, `input[name="appt_dt"] value="13.07.2024" input[name="zip5"] value="47432" name=status value=ACTIVE`,
		want{"13.07.2024", Date}, want{"47432", ZIP})
	check(t, sc, `queued NHS no 612 807 2704; failed for d/c 03/19/2024`, want{"612 807 2704", OtherID}, want{"03/19/2024", Date})
	// Edges: ID scanners (AAMVA barcodes), telephony, label printers (ZPL),
	// a process's ID, a card shown as its BIN and last four.
	check(t, sc, `pdf417 parsed IIN=636014 DAQ=H2835553 DCS=ZHANG DAC=IGNACIO DBB=03021948 DAJ=CA DAK=741270000`,
		want{"H2835553", License}, want{"ZHANG", Name}, want{"IGNACIO", Name}, want{"03021948", Date}, want{"741270000", ZIP})
	// The barcode's data raw, its line feeds escaped (version 01 has no
	// jurisdiction version), and in JSON; no element after a carriage return.
	check(t, sc, `PDF417 decoded raw="@\n\x1e\rANSI 636014090102DL00410254ZM03250012DLDAQP5526398\nDCSMENDOZA\nDACDMITRI\nDADNONE\nDBD05092023\nDBB05091924\nDAU074 IN\nDAG7543 S COBBLESTONE TERRACE\nDAICEDAR BLUFF\nDAJCA\nDAK956300150\nDCF696210202437\r" kiosk=KIOSK-ED-01`,
		want{"P5526398", License}, want{"MENDOZA", Name}, want{"DMITRI", Name}, want{"05092023", Date}, want{"05091924", Date},
		want{"7543 S COBBLESTONE TERRACE", Address}, want{"CEDAR BLUFF", Address}, want{"956300150", ZIP})
	check(t, sc, `{"barcode":"@\n\u001e\rANSI 6360001002DL00390187DLDAQT64235789\nDCSSAMPLE\nDBB06061986\r\nZVZVA01"}`,
		want{"T64235789", License}, want{"SAMPLE", Name}, want{"06061986", Date})
	check(t, sc, `DBA=Acme Pharmacy per ANSI 1999 standard, build 20240101`)
	// A place named for what it is, inside an object that is no person's.
	check(t, sc, `{"pickup":{"street":"8259 E Linden Ave"},"dropoff":{"facility":"St. Mark Cancer Center","street":"1200 Hospital Dr","fax":"314-555-0148"}}`,
		want{"8259 E Linden Ave", Address})
	// Headers and their rows in brackets and in quoted fields (CSV quoting
	// escaped inside); a directory's row is the clinic's.
	check(t, sc, `rejected rec 50072 [MBR_ID|LAST_NM|SEX|ZIP5|SSN|PHONE] [20709673D|KAHANANUI|M|01655|265139553|9157909402] reason=NAME_MISMATCH`,
		want{"20709673D", HealthPlan}, want{"KAHANANUI", Name}, want{"01655", ZIP}, want{"265139553", SSN}, want{"9157909402", Phone})
	check(t, sc, `export preview header="zip,patient_name,guarantor_acct,balance,age,city" row="79970,\"Kim, Thi Lan\",PA718999914,3061.67,79,El Paso" rows_total=6913`,
		want{"79970", ZIP}, want{"Kim, Thi Lan", Name}, want{"PA718999914", Account}, want{"El Paso", Address})
	check(t, sc, `export preview header="clinic_code,clinic_name,npi,phone,fax,zip" row="MVDERM,Mesa Verde Dermatology,2706734730,937-542-8147,505-638-0939,87301"`)
	// A date constructed in code: Ruby's Date.new, Java's LocalDate.of.
	check(t, sc, `Failure/Error: expect(patient.dob).to eq(Date.new(1955, 2, 9)) dob=LocalDate.of(1961, 7, 19)`,
		want{"1955, 2, 9", Date}, want{"1961, 7, 19", Date})
	// Other countries' numbers by their names in text; a check letter is no unit.
	check(t, sc, `ERROR [AdmisionService] DNI 80703076D duplicado; Tarjeta sanitaria NUCE1471214142195 caducada; Patient introuvable (IPP 75799771)`,
		want{"80703076D", OtherID}, want{"NUCE1471214142195", HealthPlan}, want{"75799771", MRN})
	// A record number named by its prefix, under a key for codes or before a colon; a patient's with a prefix.
	check(t, sc, `KeyError: 'MRN-1675189'; mpi: link -> MRN-1906188: conflicting; unpaired from patient 37-790963; trace_id=ACC-1234567`,
		want{"MRN-1675189", MRN}, want{"MRN-1906188", MRN}, want{"37-790963", MRN})
	// Files named for a person in lower case, and a date that vouches; not a report's.
	check(t, sc, `ENOENT: open '/var/app/uploads/ivanova-jane-1947-07-21-insurance-card.jpg'; fopen("/var/spool/fax/out/washington_chidi_19330213.tif")`,
		want{"ivanova-jane", Name}, want{"1947-07-21", Date}, want{"washington_chidi", Name}, want{"19330213", Date})
	check(t, sc, `export file=no_show_list_20241118.csv report=lis_rej_20240311.txt /var/log/kube-proxy-20240101.log /opt/release-notes-2024-01-01.md`)
	// HL7 inside XML, its segments ended by a character reference to CR.
	check(t, sc, `<urn:hl7Message>MSH|^~\&amp;|LCH_EHR|LCH|IIS|STATE|20240311075836||VXU^V04^VXU_V04|5665648654|P|2.5.1&#13;PID|1||E8446926^^^LCH^MR||SOKOLOVA^DMITRI^^^^^L||20090702|F&#xD;ORC|RE||55408074^LCH</urn:hl7Message>`,
		want{"E8446926", MRN}, want{"SOKOLOVA^DMITRI", Name}, want{"20090702", Date})
	// XML: BizTalk's and HL7 v2.xml's components under their field, HL7
	// v3's living subject, names' parts under a name; a dotted key's last
	// element when its whole words say nothing.
	check(t, sc, `<PID_3_PatientIdentifierList><CX_0_Id>E2772596</CX_0_Id><CX_3_AssigningAuthority>LCH</CX_3_AssigningAuthority></PID_3_PatientIdentifierList><PID_5_PatientName><XPN_0_FamilyName>Okafor</XPN_0_FamilyName><XPN_1_GivenName>Ada</XPN_1_GivenName></PID_5_PatientName><PID.7><TS.1>19821026</TS.1></PID.7>`,
		want{"E2772596", MRN}, want{"Okafor", Name}, want{"Ada", Name}, want{"19821026", Date})
	check(t, sc, `<livingSubjectName><value><given>Meseret</given><family>Tesfaye</family></value><semanticsText>LivingSubject.name</semanticsText></livingSubjectName><pip:Injured><pip:Given>Tigist</pip:Given></pip:Injured>`,
		want{"Meseret", Name}, want{"Tesfaye", Name}, want{"Tigist", Name})
	check(t, sc, `Debug DDPs document.dynamic.userdefined.DDP_LNAME=Nasser; software.name=Acme; http.method=GET`, want{"Nasser", Name})
	// XML schema validators quote the value they reject and name its type or element.
	check(t, sc, `SAXParseException; lineNumber: 1; cvc-pattern-valid: Value '587659944' is not facet-valid with respect to pattern '[0-9]{3}-[0-9]{2}-[0-9]{4}' for type 'SSNType'.]`,
		want{"587659944", SSN})
	check(t, sc, `Unmarshalling Error: cvc-datatype-valid.1.2.1: '87364' is not a valid value for 'ZipCode'. cvc-pattern-valid: Value 'ORD-1234' is not facet-valid with respect to pattern '[0-9]+' for type 'OrderIdType'.`,
		want{"87364", ZIP})
	check(t, sc, `ERROR 1292 (22007): Incorrect date value: '01/15/1999' for column 'dob' at row 121; Incorrect integer value: 'abc' for column 'qty'`,
		want{"01/15/1999", Date})
	check(t, sc, `The 'http://x/schemas.Registration:BIRTH_DT' element is invalid - The value '02/24/1997' is invalid according to its datatype 'String'`,
		want{"02/24/1997", Date})
	// Clinicians and places: FHIR's Practitioner, an element or an object
	// with a place's NPI; a name that ends in an organisation's word.
	check(t, sc, `{"resourceType":"Practitioner","identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"2024430003"}],"name":[{"family":"Pham","given":["Linh"]}],"telecom":[{"system":"phone","value":"(724) 960-5222"}]}`)
	check(t, sc, `<Provider name="North Hills Pediatrics" npi="2513996407"><Telecom use="WP" value="tel:+13308508466"/></Provider> {"clinic":{"name":"Mesa Verde Dermatology","fclty_npi":"2706734730","ph_nbr":"9375428147","cty":"Gallup"}}`)
	check(t, sc, `SMS body="Hi Keisha, this is Harbor View Imaging reminding you"; Recipient: Riverside Family Medicine`, want{"Keisha", Name})
	// An identifier after its keyword and a dash holds three digits or more.
	check(t, sc, `<134>1 1710416911.297683022 MR-LOBBY-04 events type=8021x_eap_success; MRN-1906188 merged`, want{"MRN-1906188", MRN})
	// A visit's day without its year, after the person it is for; a given name alone so placed.
	check(t, sc, `reminder for Maria on Sun, Mar 24 not sent; build for Linux on Mar 18 failed; reminder for Kafka on Mar 18`,
		want{"Maria", Name}, want{"Sun, Mar 24", Date})
	// A patient's number before a colon that ends a clause; not a time.
	check(t, sc, `WARNING:intake.age:age bucket override for patient 0094957918: computed age 92 -> bucket; patient 123456:30`, want{"0094957918", MRN}, want{"92", Age})
	// HL7's address to its ninth component, the county.
	check(t, sc, `PID|1||E8446926^^^LCH^MR||SOKOLOVA^DMITRI||20090702|F||2131-1|4126 BRAMBLE CT^^SPRINGFIELD^IL^62799^USA^H^^CLAY`,
		want{"E8446926", MRN}, want{"SOKOLOVA^DMITRI", Name}, want{"20090702", Date}, want{"4126 BRAMBLE CT", Address},
		want{"SPRINGFIELD", Address}, want{"62799", ZIP}, want{"CLAY", Address})
	// "Last, First" in brackets; not a place and its state.
	check(t, sc, `Statement for account 9756451907 (Rossi, Will) returned; shipped to (Portland, Oregon)`,
		want{"9756451907", Account}, want{"Rossi, Will", Name})
	// XML of clinicians and messages: CDA's author, BizTalk's attending doctor,
	// HL7 v3's interaction and query IDs, a schema's year in a namespace.
	check(t, sc, `<author><assignedAuthor><addr use="WP"><streetAddressLine>1200 Medical Center Dr</streetAddressLine><city>Dayton</city></addr><telecom use="WP" value="tel:+1-937-813-7345"/><assignedPerson><name><given>Hope</given><family>Castillo</family></name></assignedPerson></assignedAuthor></author><recordTarget><patientRole><patient><name><given>Ana</given><family>Ruiz</family></name></patient></patientRole></recordTarget>`,
		want{"Ana", Name}, want{"Ruiz", Name})
	check(t, sc, `<PV1_7_AttendingDoctor><XCN_1_FamilyLastName><FN_0_FamilyName>ABERNATHY</FN_0_FamilyName></XCN_1_FamilyLastName><XCN_2_GivenName>JOY</XCN_2_GivenName></PV1_7_AttendingDoctor><PID_5_PatientName><XPN_0_FamilyName>Okafor</XPN_0_FamilyName></PID_5_PatientName>`,
		want{"Okafor", Name})
	check(t, sc, `msg=<PRPA_IN201305UV02 xmlns="urn:hl7-org:v3"><interactionId root="2.16.840.1.113883.1.6" extension="PRPA_IN201305UV02"/><queryId root="1.2.840.114350.1.13.867" extension="6003449702"/></PRPA_IN201305UV02> <ns0:Eligibility xmlns:ns0="http://schemas.northwindhp.com/member/2019/06"/>`)
	// Days of care in prose, without their year, after "since", "due", or
	// "on" where a word of care precedes; the record must name someone.
	check(t, sc, `Lucía Castillo reports improved orthopnea since March 1st; her son died on 25th of August; the visit on the 10th`,
		want{"Lucía Castillo", Name}, want{"March 1st", Date}, want{"25th of August", Date}, want{"10th", Date})
	check(t, sc, `sensor failed since the 19th; next dose due Apr 12; build on Mar 18`)
	check(t, sc, `Patient Ana Ruiz: Comparison: CT chest 02-08-2023. She has been more confused since 2/28 (started 7/11)`,
		want{"Ana Ruiz", Name}, want{"02-08-2023", Date}, want{"2/28", Date}, want{"7/11", Date})
	check(t, sc, `Patient Ana Ruiz: GET /visits?from=2025-03-01; Oct 14 04:39:23 lb1 [08/May/2026:00:23:39 +0000]`,
		want{"Ana Ruiz", Name})
	// Names typed in lower case after "Pt" and after a patient's relative.
	check(t, sc, `2024-03-05 INFO note: Pt jamal abernathy c/o chest pressure; CALLER IS PATIENT'S NEPHEW bill ramírez, OK PER HIPAA FORM; Pt will follow up`,
		want{"jamal abernathy", Name}, want{"bill ramírez", Name})
	// A name typed in lower case just before the words for a birth date.
	check(t, sc, `2024-03-05 INFO utt: So forrest baptiste, date of birth 2/22/56; yusuf castillo here, DOB 9/5/33; please confirm your dob 2/22/56`,
		want{"forrest baptiste", Name}, want{"2/22/56", Date}, want{"yusuf castillo", Name}, want{"9/5/33", Date})
	// A month typed in lower case, with a day after an event's word.
	check(t, sc, `dir=inbound: hey its zofia, grandma Anneliese turned 101 on sep 10!! you may 27 times`,
		want{"zofia", Name}, want{"Anneliese", Name}, want{"101", Age}, want{"sep 10", Date})
	// A compact ZIP+4 right after its key; a patient's number with a letter
	// prefix; MySQL's column in backticks; X12's claim dates by qualifier.
	check(t, sc, `NCPDP D.0 E1 claim PatientZip: 529353043; device PJN665202H bound to patient PT-9252850 firmware 11.7.4`,
		want{"529353043", ZIP}, want{"PJN665202H", Device}, want{"PT-9252850", MRN})
	check(t, sc, "Incorrect date value: '11/16/2005' for column `ehr`.`patients`.`dob` at row 1", want{"11/16/2005", Date})
	check(t, sc, `NM1*QC*1*OSEI*JOAQUIN****MI*K582486103~DTM*232*20240106~DTM*405*20240110~`,
		want{"OSEI", Name}, want{"JOAQUIN", Name}, want{"K582486103", HealthPlan}, want{"20240106", Date})
	// A FHIR search for patients: its names are theirs, common words or not.
	check(t, sc, `"RequestPath":"/fhir/R4/Patient?family=Glass&given=Summer&birthdate=2013-04-01"`,
		want{"Glass", Name}, want{"Summer", Name}, want{"2013-04-01", Date})
	// A command's option names its value.
	check(t, sc, `/docker-entrypoint.sh [seed --env=qa --patient-id MV-963453-1]; tar --verbose --file x.tar`, want{"MV-963453-1", MRN})
	// A person's best number is their phone; an order's is not.
	check(t, sc, `2024-03-05T08:44:50Z INFO Pt's niece prefers Vietnamese; best number 808 866 5755. Teach-back done`,
		want{"808 866 5755", Phone})
	// auditd writes an argument with a space in hexadecimal: read decoded.
	check(t, sc, `type=EXECVE msg=audit(1731910519.729:522862): argc=5 a0="/usr/local/bin/send-letter" a1="--to" a2=47757920596F756E67 a3="--addr" a4=3738353220456C6D20537472656574 a5=ABCDEF`,
		want{"47757920596F756E67", Name}, want{"3738353220456C6D20537472656574", Address})
	// Ages over 89 in words, or after "Pt is".
	check(t, sc, `2024-03-05 INFO CLINICAL HISTORY: ninety-one-year-old, weight loss; Pt lars stone, aged one hundred three, declined. Pt is 92 and hard of hearing`,
		want{"ninety-one", Age}, want{"lars stone", Name}, want{"one hundred three", Age}, want{"92", Age})
	check(t, sc, `2024-03-05 INFO one of the ninety days; a hundred Patients; the queue is 95 deep`)
	// A row's two fields are names when they are written alike.
	check(t, sc, `2024-03-14 07:53:50,GarageA,EXIT,Lane2,TKT-3769074,,228,12.00,PAID_CARD`)
	// A name typed in lower case after "patient", as it was searched.
	check(t, sc, `fax to patient guadalupe mensah at +14889299107 failed: no answer`, want{"guadalupe mensah", Name}, want{"+14889299107", Fax})
	check(t, sc, `patient will be discharged; paciente de 43 años; patient not found`)
	// net-snmp's varbinds print a type before the value.
	check(t, sc, "trap INFANT-SEC-MIB::motherMrn.0 = STRING: \"03791179\"\tINFANT-SEC-MIB::birthDateTime.0 = STRING: \"2024-03-12 18:40\"\tSNMPv2-MIB::sysUpTime.0 = Timeticks: (123456) 0:20:34.56",
		want{"03791179", MRN}, want{"2024-03-12 18:40", Date})
	check(t, sc, `cgm-ingest[1358]: CallDelivered ani=3136559611 dnis=8557174553 pan=545454******7456 ^FO30,120^A0N,24,24^FD9185 N Magnolia Ln Unit 581, Yakima WA 98903-3899^FS`,
		want{"3136559611", Phone}, want{"9185 N Magnolia Ln Unit 581", Address}, want{"Yakima", Address}, want{"98903-3899", ZIP})
	// Pharmacy claims (NCPDP D.0) with their separators escaped or raw; care
	// events as keys; a caller; an SSN under a key that vouches for none.
	check(t, sc, `req AM01\x1cCASHIRIN\x1cCBKIM\x1cC419990813\x1cC52\x1cCP74182 AM04\x1cC2U2915996494\x1cC1298190`,
		want{"SHIRIN", Name}, want{"KIM", Name}, want{"19990813", Date}, want{"74182", ZIP}, want{"U2915996494", HealthPlan})
	check(t, sc, "claim AM01\x1cCAANA\x1cCBROE\x1eAM04\x1cC2U2915996494 ok", want{"ANA", Name}, want{"ROE", Name}, want{"U2915996494", HealthPlan})
	check(t, sc, `DOS=20240225 seg:|AM04|C2H51693788|C1MEDD84|AM01|CALEILA|CBBIANCHI|CM12640 W PRAIRIE PKWY #2|CNPHOENIX|COAZ|CP85029|AM07|EM1 huella_voz=VlBSVALr5Hyug1dNlsup4Qk7eJQ3dsGqH0Mw36qp`,
		want{"20240225", Date}, want{"H51693788", HealthPlan}, want{"LEILA", Name}, want{"BIANCHI", Name}, want{"12640 W PRAIRIE PKWY #2", Address},
		want{"PHOENIX", Address}, want{"85029", ZIP}, want{"VlBSVALr5Hyug1dNlsup4Qk7eJQ3dsGqH0Mw36qp", Biometric})
	check(t, sc, `rendering admit=02/25/2024 discharge=03/12/2024 transmitterId=8GZ4HF pop caller="Eero Kahananui" fullSsnVerified=773-07-0188`,
		want{"02/25/2024", Date}, want{"03/12/2024", Date}, want{"8GZ4HF", Device}, want{"Eero Kahananui", Name}, want{"773-07-0188", SSN})
	// Devices and messages: an ID's type in one field and its number in a
	// later one; names with accents past a space; "this is" and a name.
	check(t, sc, `ocr doc=DRIVER_LICENSE state=FL number=K112339118623 rx=1427075 id_type=DL id_state=OH id_no=SH598353 type=error number=42`,
		want{"K112339118623", License}, want{"SH598353", License})
	check(t, sc, `header name=Marguerite Álvarez dob=07/01/1940 ToName="Nguyễn Thị Volkov" Body="this is Rangi Hernández bday 12/7/1977"`,
		want{"Marguerite Álvarez", Name}, want{"07/01/1940", Date}, want{"Nguyễn Thị Volkov", Name}, want{"Rangi Hernández", Name}, want{"12/7/1977", Date})
	check(t, sc, `this is Cache Manager speaking`)
	check(t, sc, `STORESCP: Stored object (MR Image Storage) for Mr. Young`, want{"Young", Name})
	// Clinical applications: names the dictionaries lack after "patient",
	// DICOM ages and addresses, FHIR searches, OBR fields, accessions.
	check(t, sc, `for patient ADEYEMI^RAJESH PatientAge=096Y PatientAddress=7976 ELM STREET #774^^SPRINGFIELD^IL^62713 Modality=CR`,
		want{"ADEYEMI^RAJESH", Name}, want{"096Y", Age}, want{"7976 ELM STREET #774", Address}, want{"SPRINGFIELD", Address}, want{"62713", ZIP})
	check(t, sc, `"GET /fhir/R4/Patient?family=Demir&birthdate=eq1939-03-25 HTTP/1.1" 200`, want{"Demir", Name}, want{"1939-03-25", Date})
	// The filler's order number (OBR-3) is the order's, as the placer's is;
	// the collection's time is the patient's.
	check(t, sc, `OBR|1|PO-146715|251066775|1920-8^AST^LN|||202405190135`, want{"202405190135", Date})
	// A platform's API is no one's page; WhatsApp's user ID is their number,
	// the business's own number its metadata's.
	check(t, sc, `POST https://graph.facebook.com/v18.0/1367919437399433/messages {"metadata":{"display_phone_number":"551140040000"},"contacts":[{"wa_id":"5511979856997"}]}`,
		want{"5511979856997", Phone})
	check(t, sc, `accession=4763459CT; accn 25-119-02778`, want{"4763459CT", OtherID}, want{"25-119-02778", OtherID})
	check(t, sc, `last_name=Mills,address_line1=13320 N Calle del Sol Street,city=Green Bay,state=WI`,
		want{"Mills", Name}, want{"13320 N Calle del Sol Street", Address}, want{"Green Bay", Address})
	check(t, sc, `{"principalEmail":"airflow-etl@dwh.iam.gserviceaccount.com"} run by etl@proj.iam.gserviceaccount.com for ana@example.com`,
		want{"ana@example.com", Email})
	check(t, sc, `caller=6515284615 transcript="Hey it's fatima fitzgerald, um" body="mi nombre es Hiroshi S. St. Clair;" SuppliedName=Giuseppe Kealoha`,
		want{"6515284615", Phone}, want{"fatima fitzgerald", Name}, want{"Hiroshi S. St. Clair", Name}, want{"Giuseppe Kealoha", Name})
	check(t, sc, `yes it's fine, it's done`)
	check(t, sc, `wife Maria picked up meds; hello June, your results are ready`, want{"Maria", Name}, want{"June", Name})
	check(t, sc, `Dir=OUT Dest=(720) 595-0460 fullSsnVerified=565547615 a=candidate:831188251 1 udp 1686052607 75.75.14.215 62463 typ srflx`,
		want{"(720) 595-0460", Phone}, want{"565547615", SSN}, want{"75.75.14.215", IP})
	check(t, sc, `request_id=123456789 version 1.2.3.4.5 build 10.1.2.3 4`)
	check(t, sc, `{PAT_ID=Z4845976, LINE=1}: ADDRESS value '267 E MISSION PKWY' and field Photo_URL__c value 's3://ehr-media/patient-photos/1299/face.jpg' {"lossDate":"2024-03-30"}`,
		want{"Z4845976", MRN}, want{"267 E MISSION PKWY", Address}, want{"s3://ehr-media/patient-photos/1299/face.jpg", Photo}, want{"2024-03-30", Date})
	check(t, sc, `dlp_rule=US_DL_NUMBER matched_value="K026-800-06-552-2" | MRN=MRN302591249|CVG=U4119446401| patientLast=Smith patientDOB=19580313`,
		want{"K026-800-06-552-2", License}, want{"MRN302591249", MRN}, want{"U4119446401", HealthPlan}, want{"Smith", Name}, want{"19580313", Date})
	check(t, sc, `ON CONFLICT ("mrn") DO UPDATE SET "first_name"=EXCLUDED."first_name" {"path":"dbfs:/mnt/landing/patients/dt=2024-05-13/p.csv","ADDR_VERIFIED_FLG":"N"}`)
	check(t, sc, `*   Trying 13.53.146.209:443... * Connected to hooks.example.io (13.53.146.209) port 443 {"RequestAddr":"portal.example-health.org","ClientHost":"81.2.69.160"}`,
		want{"81.2.69.160", IP})
	check(t, sc, `Origin=Web SuppliedName=giuseppe kealoha SuppliedEmail=gk@example.net first_name=ana status=ok`,
		want{"giuseppe kealoha", Name}, want{"gk@example.net", Email}, want{"ana", Name})
	check(t, sc, `my address changed to 5451 Magnolia Avenue Portland 97223 | me llamo HAROLD JØRGENSEN mi número`,
		want{"5451 Magnolia Avenue", Address}, want{"Portland", Address}, want{"97223", ZIP}, want{"HAROLD JØRGENSEN", Name})
	check(t, sc, `to=<dana.w@example.org>, relay=gmail-smtp-in.l.google.com[142.250.25.7]:25; Message-ID: <f405d0c8e28e.619406@yahoo.com>; client [81.2.69.160]`,
		want{"dana.w@example.org", Email}, want{"81.2.69.160", IP})
	check(t, sc, `NM1*85*2*RIVERBEND HEALTH*****XX*4079754818~ ScheduledProcedureStepStartTime=071500`)
	// A billing provider's and a payer's loops hold their own address; the subscriber's holds theirs.
	check(t, sc, `NM1*85*2*CASCADIA RECOVERY SERVICES*****XX*5366048150~N3*2200 NW HARBOR BLVD STE 300~N4*PORTLAND*OR*972091234~NM1*IL*1*DOE*JANE****MI*W1234567~N3*14 ELM ST~N4*SALEM*OR*97301~`,
		want{"DOE", Name}, want{"JANE", Name}, want{"W1234567", HealthPlan}, want{"14 ELM ST", Address}, want{"SALEM", Address}, want{"97301", ZIP})
	check(t, sc, `4fe81e0 2024-03-01 Arjun Patel: refactor: move Mirth channel; 47fd5c5 2024-03-01 Mei Chen: fix(fhir): redact MRN`)
	// Audit trails: files named for a person and a date, XCN values under a
	// person's key, Azure AD's modified properties, Cerner's FIN.
	check(t, sc, `ObjectName: \\fs01\HIM\ROI\2024\Rossi_Ngozi_12251998.pdf, build Release_Candidate_20240101`,
		want{"Rossi_Ngozi", Name}, want{"12251998", Date})
	// A document of a person the census names, given name first; not a
	// release's or a report's name.
	check(t, sc, `REST.GET.OBJECT statements/2025/03/Dolores_Mensah_stmt_32562d.pdf "GET /bucket/statements/2025/03/Leilani_Nowak_stmt_d8f491.pdf"`,
		want{"Dolores_Mensah", Name}, want{"Leilani_Nowak", Name})
	check(t, sc, `upload reports/Quarterly_Summary_report_2024.pdf Release_Notes_final_v2.pdf Grace_Hospital_report_q3.pdf`)
	check(t, sc, `Uploading /data/outbound/roi/ROI_Duarte_Ji-woo_08876628.pdf to /incoming/roi`, want{"Duarte_Ji-woo", Name}, want{"08876628", MRN})
	check(t, sc, `building release_build_arm-64_20240311.tar.gz and docs_site_v-2_123456.zip`)
	// A document's title names whose it is: "Summary - Last, First".
	check(t, sc, `FileName="Discharge Summary - Obi, Emeka - 2024-03-03.xlsx" topic="Virtual Visit - Dermatology"`,
		want{"Obi, Emeka", Name}, want{"2024-03-03", Date})
	// A label's line or a print job's title in "LAST, FIRST".
	check(t, sc, `10.0.0.1:9100 ^XA^FO30,30^A0N,44,44^FDVOLKOV, DMITRI^FS^FO30,124^FD3N-303B  BREAKFAST, LUNCH^FS [Job 1179] job-name="Tray - NGATA, AROHA"`,
		want{"VOLKOV, DMITRI", Name}, want{"NGATA, AROHA", Name})
	// Files named for a person by other parts: an age, a dashed date, a number and a surname, a labelled birth date.
	check(t, sc, `dlp_file=HP_McAllister_Harold_97yo_SNF.docx path=E:\Scans\Referral_Kenji_Watanabe_11-13-1965.docx`,
		want{"McAllister_Harold", Name}, want{"97", Age}, want{"Kenji_Watanabe", Name}, want{"11-13-1965", Date})
	check(t, sc, `print Statement_704461330_RAHMAN.pdf; ROI_09389827_McAllister.csv; DuboisC_DOB19570412_labs.csv; Report_123456_Summary.pdf; Build_20240101_Release.zip`,
		want{"704461330", MRN}, want{"RAHMAN", Name}, want{"09389827", MRN}, want{"McAllister", Name}, want{"DuboisC", Name}, want{"19570412", Date})
	check(t, sc, `sftp-server[51024]: open "/inbound/riverside_ss/BAUTISTA_E5421070_ADT.hl7" flags WRITE; wrote "/Volumes/Data/Statements/DVORAK_838521_202308.pdf"`,
		want{"BAUTISTA", Name}, want{"E5421070", MRN}, want{"DVORAK", Name}, want{"838521", MRN})
	check(t, sc, `workflow=TOC_FHIR_EC_DISCH local_id=DISCH_5668515818_20240609.xml size=36044 status=SENT`) // an event's word, no surname
	check(t, sc, `internal-sftp[42246]: remove name "/outbound/referrals/REF_KOWALSKI_FATIMA_19770523_MRN33691100.pdf" tmp_Foo_Bar_20240101.log`,
		want{"KOWALSKI_FATIMA", Name}, want{"19770523", Date}, want{"33691100", MRN})
	check(t, sc, `downloaded '/Home/Radiology/Images/pt_Haddad_Anh_RGH4399132.dcm' from 127.0.0.1`,
		want{"Haddad_Anh", Name}, want{"RGH4399132", OtherID})
	check(t, sc, `person=82440609^COHEN^AALIYAH|mrn=63381805|reg_dt=20240222;disch_dt=20240228 opened encounter FIN 1766815079`,
		want{"COHEN^AALIYAH", Name}, want{"63381805", MRN}, want{"20240222", Date}, want{"20240228", Date}, want{"1766815079", OtherID})
	check(t, sc, `{"modifiedProperties":[{"displayName":"DisplayName","oldValue":"[]","newValue":"[\"Maria Lindqvist\"]"},{"displayName":"PostalCode","oldValue":"[]","newValue":"[\"86027\"]"}]}`,
		want{"Maria Lindqvist", Name}, want{"86027", ZIP})
	// Clinicians signing with a degree; the names of fields in attribute lists.
	check(t, sc, `"Osei, Brian MD","Patient Chart Opened"; reviewed by Jane Roe, RN; patient Santos, Padraig`, want{"Santos, Padraig", Name})
	check(t, sc, `{"userAttributes":[{"name":"given_name","value":"Ingrid"},{"name":"email","value":"ingrid.ivanov@live.com"}]}`,
		want{"Ingrid", Name}, want{"ingrid.ivanov@live.com", Email})
	// Staff, codes that are also states, measures: no one's.
	check(t, sc, `call scored 92/100 by supervisor Grace Alvarez; RARC N130; payer ID 60054; device clock offset +3600 s corrected`)
	check(t, sc, `ship to 8808 Mission Way, Boise, ID 83702 for Kofi Ramírez, DOI 4th of September 2024`,
		want{"8808 Mission Way", Address}, want{"Boise", Address}, want{"83702", ZIP}, want{"Kofi Ramírez", Name}, want{"4th of September 2024", Date})
	// Query DSLs, photos by reference, records inside records, optionals.
	check(t, sc, `{"query":{"bool":{"must":[{"match":{"pt_lname":{"query":"Reyes"}}}],"filter":[{"range":{"dob":{"from":"1991-05-23","to":"1991-05-24"}}}]}}}`,
		want{"Reyes", Name}, want{"1991-05-23", Date}, want{"1991-05-24", Date})
	check(t, sc, `{"photo_uri":"/var/lib/ehr/uploads/photos/4b38d8e3.png","photo":"portrait","avatar_url":"https://cdn.example.com/a/b"}`,
		want{"/var/lib/ehr/uploads/photos/4b38d8e3.png", Photo})
	check(t, sc, `Patient { name: "Delphine Achterberg", address: Address { line1: "44 Alder Rd", city: "Quincy" } } town: Optional("Toledo")`,
		want{"Delphine Achterberg", Name}, want{"44 Alder Rd", Address}, want{"Quincy", Address}, want{"Toledo", Address})
	check(t, sc, `value is not a valid email address: The part after the @-sign is not valid.`)
	check(t, sc, `residence=com.acme.intake.dto.Address@3c817259[street=3932 Elmhurst Rd,city=Akron], lastName=<masked>, first_name: "***"`,
		want{"3932 Elmhurst Rd", Address}, want{"Akron", Address})
	// Claim forms: dates in boxes, keys in the possessive; a person's key
	// holding a number; CDA's effectiveTime.
	check(t, sc, `CMS-1500 | BOX03 PATIENT'S BIRTH DATE: 04 17 1933 SEX: M | BOX24A DATE OF SERVICE: 02 22 24`,
		want{"04 17 1933", Date}, want{"02 22 24", Date})
	check(t, sc, `FL60 INSURED'S UNIQUE ID: XOF995716720`, want{"XOF995716720", HealthPlan})
	check(t, sc, `mac=f0:9f:c2:71:d7:64 patient=31783165 member=MBR48490768 spo2=94%`,
		want{"f0:9f:c2:71:d7:64", Device}, want{"31783165", MRN}, want{"MBR48490768", HealthPlan})
	check(t, sc, `<effectiveTime><low value="202403131938"/><high value="202403200726"/></effectiveTime><WrittenDate><Date>2024-02-18</Date></WrittenDate>`,
		want{"202403131938", Date}, want{"202403200726", Date}, want{"2024-02-18", Date})
	check(t, sc, `pool sizes 12 40 2024 threads`)
	// Fields of IN2, MRG and FT1; segments joined by an escaped CR LF.
	check(t, sc, `in IN2|154224|196189465|||||DELACROIX-MOREAU^OKSANA|MA994364770`,
		want{"196189465", SSN}, want{"DELACROIX-MOREAU^OKSANA", Name}, want{"MA994364770", HealthPlan})
	check(t, sc, `MRG|E2002667^^^NVH^MR||||||HOANG^ZAINAB\r\nFT1|1|||20240305||CG|99284^SERVICE^CPT|||1`,
		want{"E2002667", MRN}, want{"HOANG^ZAINAB", Name}, want{"20240305", Date})
	check(t, sc, `GT1|1|G1|ROE^JO||^^MIAMI^FL^33174||||||GRD^GUARDIAN|553-27-7890↵`, want{"ROE^JO", Name}, want{"MIAMI", Address},
		want{"33174", ZIP}, want{"553-27-7890", SSN})
	check(t, sc, `PID|1||123456^^^X^MR||ROE^JO||19410709|F[0D]<EB><CR>`, want{"123456", MRN}, want{"ROE^JO", Name}, want{"19410709", Date})
	// HL7 segments joined by any mark for the carriage return.
	for _, cr := range []string{"↵", "¶", "[CR]", "<0x0D>"} {
		check(t, sc, `MSH|^~\&|EPIC|NVH|LAB|NVH|20240314||ADT^A04|M1|P|2.5.1`+cr+`PID|1||9455746^^^SBMC^MR||CHOWDHURY^NOMVULA^^^^^L||19850826`+cr+`PV1|1`,
			want{"9455746", MRN}, want{"CHOWDHURY^NOMVULA", Name}, want{"19850826", Date})
	}
	// A template in a format we do not know, said to be biometric before it.
	check(t, sc, `voiceprint enrolled quality=0.82 template=VlBSVAIA+9d/jvYb4f4eSCQGbIsxA6ehGNzZ40KTND4UyJOY89tM3z21KyWZEiRtmm`,
		want{"VlBSVAIA+9d/jvYb4f4eSCQGbIsxA6ehGNzZ40KTND4UyJOY89tM3z21KyWZEiRtmm", Biometric})
	check(t, sc, `<Data Name="Finger">LEFT_THUMB</Data><Data Name="Template">VlBSVAIA9XyYqijLI9x866Le+QWVF249qKyjCnLRU9uEpsAA6C5</Data>`,
		want{"VlBSVAIA9XyYqijLI9x866Le+QWVF249qKyjCnLRU9uEpsAA6C5", Biometric})
	check(t, sc, `RSA key fingerprint is SHA256:jD4xk1pQ8YcW2m0Rz7VnT3bqL9sHfGdE6aKuXoCi5Pw+Rz7VnT3bqL9sHfGd`)
	check(t, sc, `login from 10.1.2.3 fingerprint=SHA256:9i3VzpE4cchKqM2nQ5yFUeHWbmL3AL2Uik6Av/hFQSk ok`)
	check(t, sc, `{"memberId":"U8773461501","irisCode":"697047e364e9458bb365163b8b4963563a8b33a160ba620a686d6bfa46a3efa4"}`,
		want{"U8773461501", HealthPlan}, want{"697047e364e9458bb365163b8b4963563a8b33a160ba620a686d6bfa46a3efa4", Biometric})
	// A template named by its reference, after the word for it.
	check(t, sc, `AUDIT biometric fingerprint template FP-8CC2B9AA1BA31C92203833A8 enrolled`,
		want{"FP-8CC2B9AA1BA31C92203833A8", Biometric})
	check(t, sc, `check-in: voiceprint VP7699108003 matched`, want{"VP7699108003", Biometric})
	check(t, sc, `notifying son Jon Tanaka at 3085550133`, want{"Jon Tanaka", Name}, want{"3085550133", Phone})
	// As patients type: lower-case months after a date's word, "medical record".
	check(t, sc, `my medical record number is 74728876 and dob march 3rd 1951`, want{"74728876", MRN}, want{"march 3rd 1951", Date})
	check(t, sc, `the record number is 74728876; we march on may 3 2026`)
	// Middle initials inside bare key=value names.
	check(t, sc, `dpt=443 suser=svc_ehr_sync cs1Label=fullName cs1=Abena N. Boateng cs2Label=unit cs2=4N`,
		want{"Abena N. Boateng", Name})
	check(t, sc, `eligibility check insuredId=M2164073312 subscriber=Jelena T. Lysenko result=TERMED plan=HMO`,
		want{"M2164073312", HealthPlan}, want{"Jelena T. Lysenko", Name})
	// An identifier that carries its kind's keyword as a prefix, after the
	// keyword or alone; "ORD-..." after it is an order, not the record.
	check(t, sc, `Rx refill for Petrov, Walter MRN MRN-4989524: Eliquis 10mg x90, order ORD-2024-320907`,
		want{"Petrov, Walter", Name}, want{"MRN-4989524", MRN})
	check(t, sc, `chart MRN: MRN-4989524 opened`, want{"MRN-4989524", MRN})
	check(t, sc, `rxprint.exe /mrn MRN-8340478 /copies 2`, want{"MRN-8340478", MRN})
	check(t, sc, `VIN: 2T1Y21YK2EP422611	PID.8: U`, want{"2T1Y21YK2EP422611", Vehicle}) // "PID.8:" is a label
	// Abbreviated keys.
	check(t, sc, `vehPlate=NBJ-0188 polNum=GRP469850-429 ppt_no=G16415633 mrNum=NW851716640 dda_acct=88979958674 dc_dt=20231222`,
		want{"NBJ-0188", Vehicle}, want{"GRP469850-429", HealthPlan}, want{"G16415633", OtherID}, want{"NW851716640", MRN},
		want{"88979958674", Account}, want{"20231222", Date})
	// A template under a biometric name is one whatever its encoding; a
	// bare "fingerprint" still has to decode to a biometric format.
	check(t, sc, `found Patient{port=8443, voiceprint='VlBSVAEA24y+9lpb5yxzv/Z0qgN8tVvHut8+2UzuJM6QoN8QMDPRmF2asVor8hUGnsmbJ/Ad'}`,
		want{"VlBSVAEA24y+9lpb5yxzv/Z0qgN8tVvHut8+2UzuJM6QoN8QMDPRmF2asVor8hUGnsmbJ/Ad", Biometric})
	check(t, sc, `{"tls.fingerprint":"SHA256:QS+QhG6ts+1CZw6gvjjmdt+NxB45xdM2ugsThZ6yu+s","fingerprint":"deefd8037dc29a56deefd8037dc29a56"}`)
	// Values bound to statements, under the columns they are bound to:
	// Rails' [name, value] pairs, PostgreSQL's "$1 = '...'" parameters.
	check(t, sc, `Patient Update (0.8ms)  UPDATE "patients" SET "home_phone" = $1 WHERE "patients"."id" = $2  [["home_phone", "8175948160"], ["id", 35375]]`,
		want{"8175948160", Phone})
	check(t, sc, `{"tags":[["env","prod"],["region","us-east-1"]],"ids":[[1,2],[3,4]]}`)
	check(t, sc, `LOG:  execute S_1: SELECT * FROM encounters WHERE mrn = $1 AND admit_dt = $2 DETAIL:  parameters: $1 = 'E4594650', $2 = '2024-01-29'`,
		want{"E4594650", MRN}, want{"2024-01-29", Date})
	check(t, sc, `UPDATE t SET "patients"."ss_num"=$10, note = $1 DETAIL: parameters: $1 = 'ok', $10 = '588014045'`,
		want{"588014045", SSN})
	check(t, sc, `price is $12 = 'cheap'`)
	check(t, sc, `QUERY OK source="patients" db=18.2ms SELECT p0."id" FROM "patients" AS p0 WHERE (p0."family_name" = $1) AND (p0."status" = $2) AND (p0.dob = $3) ["Rahimi", "active", ~D[1949-01-13], nil]`,
		want{"Rahimi", Name}, want{"1949-01-13", Date})
	check(t, sc, `cost $1 (promo) ["a", "b"]`)
	check(t, sc, `INSERT INTO dbo.PatientPayments (SubscriberNum, IBAN, Amount) VALUES (N'ZGP1558303', N'GB40BARC58114630132156', 498.16)`,
		want{"ZGP1558303", HealthPlan}, want{"GB40BARC58114630132156", Account})
	// Dates written as their parts, under a date key only.
	check(t, sc, `req=patient { given_name: "Walter" birth_date { year: 1944 month: 10 day: 15 } ssn: "527 67 7341" }`,
		want{"Walter", Name}, want{"year: 1944 month: 10 day: 15", Date}, want{"527 67 7341", SSN})
	check(t, sc, `decoded {DOB:{Year:1951 Month:3 Day:2} Build:{Year:2024 Month:1 Day:2}}`, want{"Year:1951 Month:3 Day:2", Date})
	check(t, sc, `{"patient":{"birthDate":{"year":1944,"month":10,"day":15}},"build":{"year":2024,"month":1,"day":2}}`,
		want{`1944,"month":10,"day":15`, Date})
	check(t, sc, `birth_date { year: 1944 month: 13 day: 15 }`)
	// Names in capitals when a date of birth follows; ages with the sex.
	check(t, sc, `label printed: CHIDI TAKAHASHI DOB:12/17/1973 MRN:00709766`,
		want{"CHIDI TAKAHASHI", Name}, want{"12/17/1973", Date}, want{"00709766", MRN})
	check(t, sc, `WARN HTTP ERROR (MRN lookup failed)`)
	check(t, sc, `pt Sanjay Pemberton, 96M (DOB 7/17/1927) checked in`,
		want{"Sanjay Pemberton", Name}, want{"96", Age}, want{"7/17/1927", Date})
	check(t, sc, `Rack 96M, 4 nodes`)
	// Names of things, variables, states and ranges are no one's.
	check(t, sc, `{"software":{"name":"HAPI FHIR Server"},"deviceName":[{"name":"Dexcom G7 Sensor"}],"patient":{"name":"Ana Ruiz"}}`,
		want{"Ana Ruiz", Name})
	check(t, sc, `{"attributes":[{"key":"app.patient.id","value":{"stringValue":"N24H8122"}}]}`, want{"N24H8122", MRN})
	// nginx writes a request body's quotes as \x22.
	check(t, sc, `10.14.151.70 - - "POST /intake" 200 req_body="{\x22age_yrs\x22:101, \x22ssn\x22:\x22339-02-1596\x22,\x22note\x22:\x22a \x5C\x22quoted\x5C\x22 word\x22,\x22postal_code\x22:\x2253127\x22}"`,
		want{"101", Age}, want{"339-02-1596", SSN}, want{"53127", ZIP})
	check(t, sc, `req_body="{\x22ssn\x22:\x22339-02-1596" trailing`, want{"339-02-1596", SSN})
	// Canada's social insurance number: nine digits that pass the Luhn check.
	check(t, sc, `reminder queued: SIN# 679 553 032 (source=kiosk) canadian_sin=456+851+575&nas=670161470 {"sin":"584926679"}`,
		want{"679 553 032", OtherID}, want{"456+851+575", OtherID}, want{"670161470", OtherID}, want{"584926679", OtherID})
	check(t, sc, `backup to nas=nas01 vol=vol2 sin=0.4794 SIN 123456789 angle sin(x)`)
	// protobuf's text format (C++'s DebugString) writes UTF-8 as octal escapes.
	check(t, sc, `I0314 08:12:06.008629 24472 svc.cc:214] GetPatient request: patient { name { given: "Jos\303\251" family: "M\303\274ller" } dln: "H3624301" }`,
		want{`Jos\303\251`, Name}, want{`M\303\274ller`, Name}, want{"H3624301", License})
	// Avro's JSON encoding wraps a union's value in its type.
	check(t, sc, `{"patient":{"com.example.events.v3.Patient":{"insured_name":{"string":"ISABELLA SCHMIDT"},"bday":{"string":"1991/01/22"},"chartNumber":{"string":"49013671"},"visits":{"int":3}}}}`,
		want{"ISABELLA SCHMIDT", Name}, want{"1991/01/22", Date}, want{"49013671", MRN})
	check(t, sc, `{"variables":{"filter":{"name":"Humalog"}},"query":"query ListFormulary($first: Int, $after: String) { x }"}`)
	check(t, sc, `{"_address_city": "Lansing", "_address_st": "MI", "_address_postalCode": "48912"}`,
		want{"Lansing", Address}, want{"48912", ZIP})
	check(t, sc, `550 5.1.1 <mei.nguyen@icloud.com>: Recipient address rejected: User unknown in virtual mailbox table`,
		want{"mei.nguyen@icloud.com", Email})
	check(t, sc, `SELECT dept, count(*) FROM encounters WHERE admit_dt >= '2024-04-01' AND age_years BETWEEN 65 AND 90`)
	// HL7: a name in a segment the scanner does not know; the insurer's
	// address in IN1 is no one's.
	check(t, sc, `ZPI|1|Okafor^Ngozi^^^|CHD^Child^HL70063|Blue Cross PPO^BCBS`, want{"Okafor^Ngozi", Name})
	check(t, sc, `IN1|1|BCBSPPO^Blue Cross PPO|6821|AETNA INC|PO BOX 25502^^ATLANTA^GA^30348`)
	// An emergency contact's phone is a phone; a chart in a path is a
	// record; a command's switch is a keyword; an encounter's period holds
	// the dates of a stay.
	check(t, sc, `EmergencyContactName : Lakshmi Kowalczyk | EmergencyContactPhone : 6025606671 | Relationship : Daughter`,
		want{"Lakshmi Kowalczyk", Name}, want{"6025606671", Phone})
	check(t, sc, `"path":"/ehr/chart/M685181630/encounters?status=finished"`, want{"M685181630", MRN})
	check(t, sc, `rxprint.exe /patient "Quintero, Lakshmi" /dob 02/15/1942 /mrn M234937735 /copies 3`,
		want{"Quintero, Lakshmi", Name}, want{"02/15/1942", Date}, want{"M234937735", MRN})
	check(t, sc, `"GET /patient HTTP/1.1" 200 /mrn`)
	check(t, sc, `{"resourceType":"Encounter","period":{"start":"2024-01-13T21:43:00-05:00","end":"2024-01-17"}}`,
		want{"2024-01-13T21:43:00-05:00", Date}, want{"2024-01-17", Date})
	check(t, sc, `{"billing":{"start":"2024-01-01","end":"2024-01-31"},"retry":{"start":3,"end":9}}`)
	// A surname the data before it is about; a ZIP under a mailing
	// address; an IBAN in groups under its key.
	check(t, sc, `INFO [ehr.billing] SSN mismatch for Horvat: submitted 818-54-9410`,
		want{"Horvat", Name}, want{"818-54-9410", SSN})
	check(t, sc, `retry for Redis: timeout; DOB parse for Spring: failed`)
	check(t, sc, `mailingAddress.state=CA mailingAddress.zip=94654 fax=1`, want{"94654", ZIP})
	check(t, sc, `args=('x', 'Hi Tahmina, your visit on 07/21/2024 is confirmed')`, want{"Tahmina", Name}, want{"07/21/2024", Date})
	check(t, sc, `Hello World, starting; Hello Team, the build passed`)
	// Logs of pharmacies, brokers, clouds and repositories: no one's data.
	check(t, sc, `pyxis-sync: drawer 2 restocked atorvastatin 40 mg tablet x11 (lot D07H982, exp 2026-01-29)`)
	check(t, sc, `(reason: Adding new member consumer-rx-inventory-1-0f583cbf-d4cc-4c83-9fbd-e959d337d566 with group instance id None)`)
	check(t, sc, `quota: account 731846205519 region eu-central-1 vCPU used 53`)
	check(t, sc, `fix: redact MRN from debug logs (#2980)`)
	check(t, sc, `Author: Lena Vogt <lena.vogt@example-dev.io>; Co-authored-by: Tobias Engel <tengel@example-dev.io>`)
	check(t, sc, `    Reviewed-by: Mei Chen`)
	check(t, sc, `from=<pharmacy-ops@example-health.org>, size=15382`)
	check(t, sc, `From: Lena Vogt <lena.vogt@example.net>`, want{"Lena Vogt", Name}, want{"lena.vogt@example.net", Email})
	check(t, sc, `referral for Chen-Whitaker, Odalys (NPI 1138044056)`, want{"Chen-Whitaker, Odalys", Name}) // an NPI is a provider's
	// A patient's portal account; a claim's number is no one's; a name in capitals outside ASCII.
	check(t, sc, `{"msg":"login succeeded","portal_user":"jbarros91","claim_id":"CLM20245904560"}`,
		want{"jbarros91", OtherID})
	check(t, sc, `inquiry for MARIA NÚÑEZ dob=19700516`, want{"MARIA NÚÑEZ", Name}, want{"19700516", Date})
	// Mirth's message paths; Entity Framework's parameters, bound to the
	// statement that follows them; MongoDB's extended JSON; a patient in a
	// cloud resource's name; an SSN under a key that denies holding one.
	check(t, sc, `Error evaluating filter (Filter#0#7) msg['PID']['PID.19']['PID.19.1']='059465608'`, want{"059465608", SSN})
	check(t, sc, `Executed DbCommand (41ms) [Parameters=[@p0='1993-10-04T00:00:00.0000000' (DbType = DateTime2), @p1='Leilani' (Size = 4000), @p2='9'], `+
		`CommandType='Text'] INSERT INTO [Patients] ([DateOfBirth], [FirstName], [Visits]) OUTPUT INSERTED.[Id] VALUES (@p0, @p1, @p2);`,
		want{"1993-10-04T00:00:00.0000000", Date}, want{"Leilani", Name})
	check(t, sc, `Executed DbCommand [Parameters=[@__mrn_0='NG4209737' (Size = 20)]] SELECT [p].[Id] FROM [Patients] AS [p] WHERE [p].[Mrn] = @__mrn_0`,
		want{"NG4209737", MRN})
	check(t, sc, `{"filter":{"dob":{"$date":"1930-01-07T00:00:00Z"}},"createdAt":{"$date":"2024-01-02T00:00:00Z"}}`,
		want{"1930-01-07T00:00:00Z", Date})
	check(t, sc, `{"resourceName":"projects/x/fhir/Patient/00518958","traceName":"projects/x/traces/00518958"}`, want{"00518958", MRN})
	check(t, sc, `{"key":"patient.ssn_last_check","value":{"stringValue":"447-44-0422"}}`, want{"447-44-0422", SSN})
	check(t, sc, `D: (0010, 2154) Patient's Telephone Numbers         SH: '4082857440'`, want{"4082857440", Phone})
	// Prose of call centres and portal messages: a particle marks a name,
	// an age is said with a verb, a city follows a street with "in".
	check(t, sc, `Nurse line summary: Ingrid da Silva (102 y/o female) reports dizziness`, want{"Ingrid da Silva", Name}, want{"102", Age})
	check(t, sc, `my brother Viktor Müller is 95 and fell last night`, want{"Viktor Müller", Name}, want{"95", Age})
	check(t, sc, `grandma Rafael turned 104 on 10-24-2023!!`, want{"Rafael", Name}, want{"104", Age}, want{"10-24-2023", Date})
	check(t, sc, `Caller states Keisha Begay, DOB 12/24/1951, lives at 796 Juniper Ave in Lowell; callback 8538560537`,
		want{"Keisha Begay", Name}, want{"12/24/1951", Date}, want{"796 Juniper Ave", Address}, want{"Lowell", Address}, want{"8538560537", Phone})
	check(t, sc, `the queue is 95 deep; build 104 turned green; disk usage turned 95% at noon`)
	// Cloud and platform logs: container prefixes of keys, attribute
	// lists named by "title", other countries' numbers, names in other
	// scripts, telephony webhooks, locales, functions and routing numbers.
	check(t, sc, `{"labels.plate": "HGJ-0367", "labels.plate_state": "IL", "encounter.start": "23-Jul-2024", "nhsNumber":"663 776 4787", "curp": "WJFX300912HNLRXXE1"}`,
		want{"HGJ-0367", Vehicle}, want{"23-Jul-2024", Date}, want{"663 776 4787", OtherID}, want{"WJFX300912HNLRXXE1", OtherID})
	check(t, sc, `{"custom_questions":[{"title":"dateOfBirth","value":"7/22/44"},{"title":"Reason","value":"Rash"}]}`, want{"7/22/44", Date})
	check(t, sc, `{"nextOfKin": "김민준", "product": {"name": "인슐린"}}`, want{"김민준", Name})
	check(t, sc, `ToCity=BOSTON&FromCity=SPRINGFIELD&FromZip=95586&CallerName=PARK+FATIMA&drvLic=959%20132%20038`,
		want{"SPRINGFIELD", Address}, want{"95586", ZIP}, want{"PARK+FATIMA", Name}, want{"959%20132%20038", License})
	check(t, sc, `{"localStorage":{"i18nextLng":"en-US"},"Properties": {"FullName": "Functions.SyncEligibility"}, "routingNumber": "121000358", "caller": "main.go:450"}`)
	// FHIR extensions name their value by their URL; codes say nothing.
	check(t, sc, `{"extension":[{"url":"http://hl7.org/fhir/StructureDefinition/age-at-encounter","valueInteger":93},{"url":"http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName","valueString":"Okafor"},{"url":"http://hl7.org/fhir/StructureDefinition/patient-nationality","valueCodeableConcept":{"text":"Canada"}}]}`,
		want{"93", Age}, want{"Okafor", Name})
	// A phrase is no name, and a field named in words names its value.
	check(t, sc, `{"activityDisplayName":"Add user","targetResources":[{"displayName":"Maria Lopez"}]}`, want{"Maria Lopez", Name})
	check(t, sc, `{"DetectedValues":[{"Name":"Credit Card Number","Value":"4186 1237 0190 3005"},{"Name":"Date of Birth","Value":"03/04/1951"}]}`,
		want{"4186 1237 0190 3005", Account}, want{"03/04/1951", Date})
	check(t, sc, `{"patientName":"Rose Hunter","name":"Credit Card Number"}`, want{"Rose Hunter", Name})
	// A prescription's number after "Rx #"; an interface's counters are none.
	check(t, sc, `your refill of metformin 1000mg (Rx #RX30597146) is ready; prescription #9673574 filled`,
		want{"RX30597146", OtherID}, want{"9673574", OtherID})
	check(t, sc, `eth0 RX packets:9673574 errors:0; prescription for 30 days, 2 refills`)
	check(t, sc, `license plate 7ABC123, tag # 8BYJ741; serial no. SN-88231-A, S/N 77A8812Z; passport no. X12345678`,
		want{"7ABC123", Vehicle}, want{"8BYJ741", Vehicle}, want{"SN-88231-A", Device}, want{"77A8812Z", Device}, want{"X12345678", OtherID})
	check(t, sc, `docker tag 3f9a2c1 pushed; git tag v1.2.3`)
	// Where a face photo is kept names it: a path or URL to an image whose
	// name or folder says it shows a face.
	check(t, sc, `Uploaded patient photo: /var/app/media/photos/pt_862449_face.jpg (253 KB)`, want{"/var/app/media/photos/pt_862449_face.jpg", Photo})
	check(t, sc, `URL value 'https://portal.example-health.org/media/patient-photos/900516.jpeg' is not`, want{"https://portal.example-health.org/media/patient-photos/900516.jpeg", Photo})
	check(t, sc, `PUT s3://cb-prod-patient-photos/E6110377/profile_8ecf6a87.heic bytes=803359`, want{"s3://cb-prod-patient-photos/E6110377/profile_8ecf6a87.heic", Photo})
	check(t, sc, `saved \\imgsrv01\kiosk$\photos\184419_c8de545d.jpg liveness=90`, want{`\\imgsrv01\kiosk$\photos\184419_c8de545d.jpg`, Photo})
	check(t, sc, `GET /static/img/logo.png; /app/interface_diagram.png; /img/facebook_logo.png; /assets/faces/team.jpg; photo.ini`)
	// A surname's particles before "Last, First"; places with accents and
	// elided articles; dates after a pharmacy's fill.
	check(t, sc, `EPCS approved for patient van der Berg, Ingrid; Part D claim for de la Cruz, Kenji`,
		want{"van der Berg, Ingrid", Name}, want{"de la Cruz, Kenji", Name})
	check(t, sc, `resident at 13441 S Martin Luther King Jr Ave Unit 15, Española NM 87503; location 18175 Cedar Ridge Avenue, Coeur d'Alene ID; warm transfer`,
		want{"13441 S Martin Luther King Jr Ave Unit 15", Address}, want{"Española", Address}, want{"87503", ZIP},
		want{"18175 Cedar Ridge Avenue", Address}, want{"Coeur d'Alene", Address})
	check(t, sc, `amoxicillin 500 mg cap, last fill Jan. 29, 2024; days supply 30, fill date 26-Mar-2025`,
		want{"Jan. 29, 2024", Date}, want{"26-Mar-2025", Date})
	check(t, sc, `Eliquis 10mg dispensed from cabinet PYX-4W lot L4891A exp 06-Oct-2026`)
	check(t, sc, `I need to reschedule my appt on 3/29. BP 120/80 at visit; 3/4 tabs daily`, want{"3/29", Date})
	check(t, sc, `Dose-range context: weight 78 kg age 37 y CrCl 103 mL/min -> no alert; age 37, score 95`)
	check(t, sc, `Pt born June 27, 1960, now 100; queue now 100 items`, want{"June 27, 1960", Date}, want{"100", Age})
	check(t, sc, `Pt was admitted on the 18th after a fall; the 18th run of the job`, want{"18th", Date})
	check(t, sc, `discharged 2024-03-02 to skilled nursing; readmitted 03/09/2024`, want{"2024-03-02", Date}, want{"03/09/2024", Date})
	check(t, sc, `DOB 03121951 confirmed; order 03121951 shipped`, want{"03121951", Date})
	// A date older than any log is data: a birth date, a record's.
	check(t, sc, `ERROR:  invalid input syntax for type date: "05/23/1953"; row 1977-04-03 x`, want{"05/23/1953", Date}, want{"1977-04-03", Date})
	check(t, sc, `built 2024-05-13; mtime 1970-01-01T00:00:00Z; Date '20-JAN-54' is not recognized; min 1900-01-01`)
	check(t, sc, `JT Harness built on January 25, 1970 at 12:00:00 AM UTC; an invalid date, such as 1980-02-30 24:60:60`)
	// Ruby: a hash's rocket, a struct's fields.
	check(t, sc, `params: {:id=>81593, :first_name=>nil, :last_name=>"Okafor", :email=>"a.b@example.com"}`,
		want{"Okafor", Name}, want{"a.b@example.com", Email})
	check(t, sc, `Saving #<struct PatientDto id=85766, address=#<struct AddressDto street="5601 Hidden Valley Rd", town="Scranton">>`,
		want{"5601 Hidden Valley Rd", Address}, want{"Scranton", Address})
	// A handle's key holding a person's name in its place.
	check(t, sc, `onUserJoin userId=16791037, userName="Shirin Tupou", isHost=false`, want{"Shirin Tupou", Name})
	check(t, sc, `onUserJoin userId=16792843, userName="Fionnuala Nováková", isHost=false`, want{"Fionnuala Nováková", Name})
	check(t, sc, `{"username":"jsmith","login_name":"Service Account","user_name":"Admin Console"}`)
	// Follow-ups and rechecks as clinicians write them; a visit on a weekday.
	check(t, sc, `Plan: Clear Liquid, Nepro BID. F/u 3/13. Modified duty, recheck 03/21/2024; f/u 2 weeks`,
		want{"3/13", Date}, want{"03/21/2024", Date})
	// A handle after "Key: ", as maps print; a library's slug is no one's.
	check(t, sc, `I/flutter (8501): data: {username: castaneda661, role: patient}; User: admin logged in`, want{"castaneda661", OtherID})
	check(t, sc, `invite link=https://hep.example.app/join/kwame-asante-4688?src=clinic; Downloaded https://repo.example.org/maven2/com/fasterxml/jackson/core/jackson-databind/2.16.1/x.jar`,
		want{"https://hep.example.app/join/kwame-asante-4688", URL})
	// Who did the work: staff by the act ("...edBy", "COMPLETE by"), a referring facility's contact, a transporter.
	check(t, sc, `{"bed":"5E-502B","lastCleanedBy":"Bogdan Marin","reportedBy":"Ana Beltrán","referring_contact":"Janet Pruitt","Transporter":"Viktor Hale","emergency_contact":"Lidia Marin"}`,
		want{"Lidia Marin", Name})
	check(t, sc, `EVS-250211-01261 TERMINAL_CLEAN -> COMPLETE by Jerome Banks`)
	// A program's prefix before a patient's dashed number; a handle under "uid".
	check(t, sc, `push sent platform=android patient=IPS-24-0925 uid=mai.nguyen uid=1000`, want{"IPS-24-0925", MRN}, want{"mai.nguyen", OtherID})
	// A claim's days of care; a user by a handle made of a name.
	check(t, sc, `ServiceFrom=11/02/2023 ServiceThru=11/03/2023 service_from=api-gw; Email updated for user amensah70; user admin logged in`,
		want{"11/02/2023", Date}, want{"11/03/2023", Date}, want{"amensah70", OtherID})
	// A time of day under a date's key is no date.
	check(t, sc, `{"surgery_date":"2024-03-18","arrival_time":"11:15","appt_time":"9:45 AM","admit":"07:30:00"}`, want{"2024-03-18", Date})
	// "pid": a process's, unless zero-padded as record numbers are.
	check(t, sc, `R&V TB1 <- ARIA TxFieldReady pid=00497216 field=3; nginx[pid=4121] pid=1234567 DEMOG_DL PID=M27098202`, want{"00497216", MRN}, want{"M27098202", MRN})
	check(t, sc, `{"patientKey":235210,"patient_ips_id":"IPS-24-0895","user_key":"k-83kd92","client_ips":"203.0.113.9"}`,
		want{"235210", MRN}, want{"IPS-24-0895", MRN})
	check(t, sc, `work status report faxed to adjuster Yvonne Tran; notify front desk Luz Ortega; {"therapist":"Ibrahim Yusuf","patient":"Okonkwo, Ngozi"}`,
		want{"Okonkwo, Ngozi", Name})
	check(t, sc, `{"counselor":"Dana Whitlock","approver":"Ravi Shah","patient":"Okonkwo, Ngozi"}`, want{"Okonkwo, Ngozi", Name})
	// ASAP 4.2, a pharmacy's report to a PDMP: the patient, the dispensation's dates, who picked it up; not the prescriber.
	check(t, sc, `PAT*IL*06*H88960451185****HERNANDEZ*XIMENA*MARIE***361 S WABASH AVE**CHICAGO*IL*60629*7735550194*19601210*F*01*01~`,
		want{"H88960451185", License}, want{"HERNANDEZ", Name}, want{"XIMENA", Name}, want{"MARIE", Name}, want{"361 S WABASH AVE", Address},
		want{"CHICAGO", Address}, want{"60629", ZIP}, want{"7735550194", Phone}, want{"19601210", Date})
	check(t, sc, `DSP*00*2318063*20240229*0*20240302*0*01*68180075802*30*30*01*05*00*1044322000*051.246874*03*20240303~PRE*1615152851*BB6784905**036.113665*BALASUBRAMANIAN*KAVITHA**6185550154~`,
		want{"20240229", Date}, want{"20240302", Date}, want{"20240303", Date})
	check(t, sc, `AIR*IL*SP4126912*IL*06*R73069287527*03*RUIZ ORTEGA*MARIA JOSE*ALVAREZ*TERESA~`,
		want{"R73069287527", License}, want{"RUIZ ORTEGA", Name}, want{"MARIA JOSE", Name})
	// A pharmacy's file and the records it lists: each record is a patient's.
	check(t, sc, `{"ncpdp":"1478513","phone":"3125550100","errors":[{"segment":"PAT","segmentText":"PAT*IL*07*558260506*****THAO****25 OLD ROUTE 66**CHAMPAIGN*IL*61821*2175550162*19480301*F~"}]}`,
		want{"558260506", SSN}, want{"THAO", Name}, want{"25 OLD ROUTE 66", Address}, want{"CHAMPAIGN", Address}, want{"61821", ZIP},
		want{"2175550162", Phone}, want{"19480301", Date})
	// A record whose role is a clinician's or staff's is theirs, unless a key of it names a patient.
	check(t, sc, `{"tag_type":"staff","person":"Chidi Okonkwo","role":"MD"} {"name":"Maria Diaz","position":"Nurse Manager","phone":"3125550100"}`)
	check(t, sc, `{"email":"linhn22@aol.com","role":"Nurse Practitioner","pt_first_nm":"Linh","pt_last_nm":"Nguyễn"}`,
		want{"linhn22@aol.com", Email}, want{"Linh", Name}, want{"Nguyễn", Name})
	// HL7 scheduling and order timing: a visit's start (AIS-4), an order's start (TQ1-7).
	check(t, sc, `MSH|^~\&|A|B|C|D|20240311||SIU^S12|1|P|2.5\rAIS|1||TX^Treatment|20240316124500|||15|min\rTQ1|1||||||202403110748`,
		want{"20240316124500", Date}, want{"202403110748", Date})
	check(t, sc, `MSH|^~\&|A|B|C|D|20240311||SIU^S12|1|P|2.5\rSCH|3892927^ARIA||||||TX^Treatment|IMRT|15|min|^^15^20240316124500^20240316130000|||||`,
		want{"20240316124500", Date}, want{"20240316130000", Date})
	// A document system's keywords, labels of several words.
	check(t, sc, `Imported Doc Handle 9983806 Keywords: Guarantor Name=CHOU, DECLAN; Member ID=W227927013; Admit Date=02/10/2024 | DiskGroup 'HIM Images'`,
		want{"CHOU, DECLAN", Name}, want{"W227927013", HealthPlan}, want{"02/10/2024", Date})
	// R's str(): the type before each value.
	check(t, sc, ` $ mrn       : chr "035677899"`, want{"035677899", MRN})
	check(t, sc, ` $ birth_date: Date, format: "1996-11-04"`, want{"1996-11-04", Date})
	check(t, sc, ` $ age       : int 92`, want{"92", Age})
	check(t, sc, `PatientName          : Maria Lopez`, want{"Maria Lopez", Name})
	// A blood bank's donors by its numbers.
	check(t, sc, `RegistrationGuard - Donor 1008727930 (HORVÁTH, BENCE) deferred; session=d6b2c2 donor=1007169813; GET /api/v3/donors/1002835815 200; [Donor Labs ORU Inbound]`,
		want{"1008727930", MRN}, want{"HORVÁTH, BENCE", Name}, want{"1007169813", MRN}, want{"1002835815", MRN})
	// A name in parentheses after a record's number is whose record it is.
	check(t, sc, `Diet order NW #4410271 for MRN 01143970 (KAMAU, WANJIRU) effective; MRN 00711795 (Ngata, Aroha); MRN 00711796 (Diet Office)`,
		want{"01143970", MRN}, want{"KAMAU, WANJIRU", Name}, want{"00711795", MRN}, want{"Ngata, Aroha", Name}, want{"00711796", MRN})
	check(t, sc, `A17 swap processed: MRN 02554057 5E-503A <-> MRN 02899124 6N-604B; Assigned 6N-603A to MRN 03481084 [PARK, MIN-JUN]`,
		want{"02554057", MRN}, want{"02899124", MRN}, want{"03481084", MRN}, want{"PARK, MIN-JUN", Name})
	// The user of an access log's line, when made of a name.
	check(t, sc, `96.224.108.99 - s_oconnell09 [11/Mar/2024:06:56:42 -0400] "GET /api/menu HTTP/1.1" 200 512`,
		want{"96.224.108.99", IP}, want{"s_oconnell09", OtherID})
	check(t, sc, `10.0.4.4 - svc_monitor [11/Mar/2024:06:56:42 -0400] "GET /health HTTP/1.1" 200 2`)
	// Any handle a person could pick, from a person's address on the
	// internet; staff from the organisation's network, services, shared
	// desks and a site's staff pages are no one's.
	check(t, sc, `174.234.15.244 - yst.pierre2 [13/May/2024:05:38:04 -0700] "GET /portal/login HTTP/2.0" 302 4513`,
		want{"174.234.15.244", IP}, want{"yst.pierre2", OtherID})
	check(t, sc, `10.40.6.177 - mferreira [14/May/2024:07:58:37 +0000] "GET /worklist/?status=open HTTP/1.1" 200 1`)
	check(t, sc, `65.125.182.125 - frontdesk_lpeds [08/Nov/2024:18:31:48 -0600] "GET /practice/inbox?page=1 HTTP/2.0" 200 1`,
		want{"65.125.182.125", IP})
	check(t, sc, `12.177.54.222 - kwhitlock [13/May/2024:07:30:54 -0500] "GET /employer/reports/export HTTP/1.1" 200 1`,
		want{"12.177.54.222", IP})
	// Clinicians by their credentials, after a degree anyone may hold, or by a dietitian's title.
	check(t, sc, `Plan: Clear Liquid, Nepro BID. -- Priya Raman, MS, RDN, LDN; substitution approved by RD Sarah Goldberg`)
	// An organisation's fax; an equipment's sensor by its unit code, its MAC and serial with it.
	check(t, sc, `cc PCP Harbor Family Medicine fax 617-555-0100; patient Ana Lopez fax 617-555-0102`,
		want{"Ana Lopez", Name}, want{"617-555-0102", Fax})
	check(t, sc, `{"gw":"fns-iot-gw01","sensorId":"RIC-4W","mac":"00:1b:44:86:36:78","serial":"TS-38422437","tempF":37.2}`)
	check(t, sc, `{"sensor":"MG-2E3E2B86","serial":"TS-38422437"}`, want{"TS-38422437", Device})
	// A handle a person made of their name; a service's, a role's, a system's is none.
	check(t, sc, `portal login ok username=twisniewski85 user=lena.k98 duser=iyer_oksana {"userId":"priyapatel26"}`,
		want{"twisniewski85", OtherID}, want{"lena.k98", OtherID}, want{"iyer_oksana", OtherID}, want{"priyapatel26", OtherID})
	check(t, sc, `suser=svc_ehr_sync user=jlee_rn username=billing.clerk5 user=app_rw login=interface_engine handle=889781C9 user=admin`)
	check(t, sc, `{"portalUser":"maria.garcia"} user=rmehta6 user=jenkins12`, want{"maria.garcia", OtherID})
	// A record that names an organisation as its party holds the organisation's numbers.
	check(t, sc, `TX Handle=0x0003FA22 ToName='Hinsdale GI Consultants' ToFaxNum=12245550111 Pages=3`)
	check(t, sc, `COVER ToCompany='Rogers Park Pediatrics' ToFax=(815) 555-0165`)
	check(t, sc, `requester="Ruiz & Whitcomb" requester_fax="815-555-0176"`)
	check(t, sc, `TX Handle=0x0003FA22 ToName='Ana Lopez' ToFaxNum=12245550111`, want{"Ana Lopez", Name}, want{"12245550111", Fax})
	// A server's address: a flow's destination on a service's port, a proxy's "serverip".
	check(t, sc, `584.054 TCP 50.78.201.17:57572 -> 64.124.37.40:443 2514 {"serverip":"151.101.1.140","clientIP":"99.42.133.71"}`,
		want{"50.78.201.17", IP}, want{"99.42.133.71", IP})
	check(t, sc, `reply 10.1.2.3:443 -> 50.78.201.17:57572`, want{"50.78.201.17", IP})
	// Files and print jobs named for a person: the names last, or without an extension, or names no list holds before a birth date.
	check(t, sc, `roilaser: job 868 title 'ROI_01459997_WISNIEWSKI_JOZEF.pdf' user svc_onbase printed`,
		want{"01459997", MRN}, want{"WISNIEWSKI_JOZEF", Name})
	check(t, sc, `ROI-LASER-01 abrooks 4130 [14/Mar/2024:06:11:14 -0500] total 1 - 10.40.2.39 Wristband_GARCIA_MARIA_04279249 - -`,
		want{"GARCIA_MARIA", Name}, want{"04279249", MRN})
	check(t, sc, `open "/outbound/mrocorp/roi/ROI-24-002165_01615922_RAHMAN_AISHA.pdf" flags READ`, want{"01615922", MRN}, want{"RAHMAN_AISHA", Name})
	check(t, sc, `new "/inbound/2024-03-14/ADEYEMI_OLUSEGUN_19840625_MedRec.pdf"`, want{"ADEYEMI_OLUSEGUN", Name}, want{"19840625", Date})
	check(t, sc, `parsing ELIG_MASSHEALTH_20240324.txt; ack file IDCARD_ACK_20241104.txt; MAX_POOL_SIZE exceeded`)
	// A ZPL label logged whole under a key: its fields hold spaces.
	// A label's prescriber is a clinician, titled inside ZPL's field; a
	// number of one digit repeated is a caller who withheld theirs.
	check(t, sc, `^XA^FO20,190^A0N,20,20^FDOKONKWO,CHIDI^FS^FO20,226^A0N,20,20^FDDr. A. Ruiz^FS^XZ`, want{"OKONKWO,CHIDI", Name})
	// A shipping label's sender block is the pharmacy's; after "SHIP TO:" the name is the patient's.
	check(t, sc, `zpl="^XA^FO40,30^A0N,24,24^FDBLUESTEM SPECIALTY PHARMACY^FS^FO40,58^A0N,20,20^FD2150 Distribution Way, Grove City, OH 43123 (614) 555-0142^FS`+
		`^FO40,120^A0N,22,22^FDSHIP TO:^FS^FO40,150^A0N,34,34^FDAOIFE O'CONNELL^FS^FO40,222^A0N,30,30^FD6620 RIVERBEND ST^FS^FO40,258^A0N,30,30^FDOMAHA, NE 68108-5535^FS^XZ"`,
		want{"AOIFE O'CONNELL", Name}, want{"6620 RIVERBEND ST", Address}, want{"OMAHA", Address}, want{"68108-5535", ZIP})
	check(t, sc, `ivr-app-01|sess=0x8794ac37|ANI=0000000000|DNIS=8005550177|node=HOURS`)
	check(t, sc, `Sent 476 bytes ZPL=^XA^CI28^FO40,30^A0N,34,34^FDOKONKWO,CHIDI^FS^FO40,72^A0N,26,26^FDMRN 04371549  DOB 04/07/1970^FS^XZ rc=0`,
		want{"OKONKWO,CHIDI", Name}, want{"04371549", MRN}, want{"04/07/1970", Date})
	// An appointment's start and end are its patient's; a job's, a span's or a record's that names no one are not.
	check(t, sc, `Booked appointment id=552830 patient=PT-034802 (Brooks, Aaliyah) provider=kasante start=2024-03-24T09:15-07:00 location=SDL`,
		want{"PT-034802", MRN}, want{"Brooks, Aaliyah", Name}, want{"2024-03-24T09:15-07:00", Date})
	check(t, sc, `{"event":"appointment.booked","patient":{"name":"Ana Lopez"},"start_time":"2024-11-18T13:00:00Z"}`,
		want{"Ana Lopez", Name}, want{"2024-11-18T13:00:00Z", Date})
	check(t, sc, `{"event":"appointment.reminder.sent","start":"2024-11-18T13:00:00Z"}`)
	check(t, sc, `{"event":"invitee.created","payload":{"name":"Earl Pettaway","scheduled_event":{"start_time":"2024-03-12T14:00:00.000000Z"}}}`,
		want{"Earl Pettaway", Name}, want{"2024-03-12T14:00:00.000000Z", Date})
	check(t, sc, `{"patient":{"name":"Ana Lopez"},"visit":"V1","jobStats":{"startTime":"2024-11-18T13:00:00Z"}}`, want{"Ana Lopez", Name})
	// X12 with the separators clearinghouses print: '|' and '^' as well as '*', "~" escaped.
	check(t, sc, `277CA: HL|5|2|PT~NM1|QC|1|RAGHUNATHAN|ANJALI||||MI|W154485830~TRN|2|SPD-24-16324~STC|A3:35:IL|20240314|U|475~DTP|472|RD8|20240312-20240312~`,
		want{"RAGHUNATHAN", Name}, want{"ANJALI", Name}, want{"W154485830", HealthPlan}, want{"SPD-24-16324", Account}, want{"20240312-20240312", Date})
	check(t, sc, `parking remit: CLP^SPD-24-02978^1^169^110.34^57.65^12^86935627439418^11^1~NM1^QC^1^THIBODEAUX^MARGUERITE^ANNE^^^MI^858462084~`,
		want{"SPD-24-02978", Account}, want{"THIBODEAUX", Name}, want{"MARGUERITE", Name}, want{"ANNE", Name}, want{"858462084", HealthPlan})
	check(t, sc, `{"msg":"loop 2010BA: NM1*IL*1*LINDQVIST*BJORN~\r\nN3*7558 MAGNOLIA PL~\r\nN4*BOISE*ID*837748098~"}`,
		want{"LINDQVIST", Name}, want{"BJORN", Name}, want{"7558 MAGNOLIA PL", Address}, want{"BOISE", Address}, want{"837748098", ZIP})
	check(t, sc, `Payer corrected patient name (NM1*74): NM1*74*1*YILMAZ*AYSE~ for claim`, want{"YILMAZ", Name}, want{"AYSE", Name})
	// A 999's errors: the bad value an IK4 copies, as its IK3's segment reads it; the claim's number in CTX.
	check(t, sc, `invalid postal code: IK3*N4*19*2010BA*8~IK4*3*116*7*4811~ and IK3*DTP*34*2400*8~CTX*CLM01>NCA2956974~IK4*3*1251*8*20240427~`,
		want{"4811", ZIP}, want{"NCA2956974", Account}, want{"20240427", Date})
	check(t, sc, `billing provider: IK3*N4*7*2010AA*8~IK4*3*116*7*9021~`)
	// HL7's fields and components are not X12 segments: "ST" in a field, "PRN^" in a component.
	check(t, sc, `MSH|^~\&|A|B|C|D|20240311||ORU^R01|1|P|2.5\rOBX|1|ST|GLU^Glucose||92|mg/dL~|||N`)
	check(t, sc, `stored /inbox/837I_S54442.x12.OPENAS2-14032024060918-5950@CHANGEHC_AS2_CHC_PROD`)
	// A client by number, as behavioural health calls its patients; not a connection's client.
	check(t, sc, `Assigned RBT (E1298) to client 207565 on 2024-03-14; SyncWorker: conflict on block 2 for client 212291`,
		want{"207565", MRN}, want{"2024-03-14", Date}, want{"212291", MRN})
	check(t, sc, `[client 172.24.165.185:51327] AH01630: client denied; redis client 4: closed; client 0x7f3a2c4b3890 gone`)
	// Behaviour technicians and analysts by their certificates before their names: staff.
	check(t, sc, `Assigned RBT Marisol Ortega to the session; reauth packet sent (23 pages, BCBA Jordan Whitfield)`)
	// A messaging provider's callback: the service's own number receives inbound messages and sends outbound ones.
	check(t, sc, `POST /twilio/voice CallSid=CA8d1 CallStatus=completed Direction=inbound To=+17735550100 From=+13125550187`,
		want{"+13125550187", Phone})
	check(t, sc, `POST /twilio/status MessageSid=SM11&SmsStatus=delivered&To=%2B12245550108&From=%2B13125550144`,
		want{"%2B12245550108", Phone})
	check(t, sc, `{"to":"+17735550165","from":"+13125550187","body":"reminder"}`, want{"+17735550165", Phone}, want{"+13125550187", Phone})
	// A street as German-speaking countries write it, its postcode and town; an organisation's stays.
	check(t, sc, `Empfänger aktualisiert: Gisela Weiß, Karl-Marx-Allee 140, 04109 Leipzig; Lindenstraße 14, 80331 München`,
		want{"Gisela Weiß", Name}, want{"Karl-Marx-Allee 140", Address}, want{"04109", ZIP}, want{"Leipzig", Address},
		want{"Lindenstraße 14", Address}, want{"80331", ZIP}, want{"München", Address})
	check(t, sc, `MANUFACTURER: Zentrix Therapeutics GmbH, Lindenstrasse 14, 60325 Frankfurt`)
	// A donor's donation by its ISBT 128 number, where the record speaks of a donor or a graft; a transfused unit's is the blood bank's.
	check(t, sc, `secure chat: Ms Rivera Ortiz for STSG tmrw, graft W0417 24 336795 reserved`, want{"Rivera Ortiz", Name}, want{"W0417 24 336795", OtherID})
	check(t, sc, `PROC_START donor_id=D41100874|din=W118724509388|wt_kg=94.7`, want{"D41100874", OtherID}, want{"W118724509388", OtherID})
	check(t, sc, `BedsideTx INFO dev=TC52-9373 scan type=UNIT din=W115224188491 prod=E2555V00 -> matches order`)
	// A street as French writes it, its number first (after a comma in Québec), then its postcode and town.
	check(t, sc, `adresse mise à jour: 32 boulevard Pasteur, 13006 Marseille; ancienne: 6404, rue Beaubien, Sherbrooke`,
		want{"32 boulevard Pasteur", Address}, want{"13006", ZIP}, want{"Marseille", Address},
		want{"6404, rue Beaubien", Address}, want{"Sherbrooke", Address})
	check(t, sc, `patient waited 5 rue nights; ran 3 place settings`)
	// A long row whose last cells have keys is still a row.
	check(t, sc, `DISPENSE|202410140542|20241015|L1851|OSS-KB-UNL-M|Unloader OA knee|1674459|King, Mateus|MEDICARE PART B|1N66DQ0FJ76|L|fitter=T. Ngata OTA|ABN=N`,
		want{"20241015", Date}, want{"1674459", MRN}, want{"King, Mateus", Name}, want{"1N66DQ0FJ76", HealthPlan})
	// A day of eight digits after a name in aligned columns.
	check(t, sc, `D 24-008584  0177643 TURNER, BOBBY JOE            19830914 M B W1-27L`, want{"TURNER, BOBBY JOE", Name}, want{"19830914", Date})
	// A "Last, First" cell before the person's street.
	check(t, sc, `SCHEDULE,11/08/2024,09:00,11:00,CG-1183,"Tate, Brianna",BP120697,"Hill, Ayodele","6092 N Wabash Ave",Chicago,IL`,
		want{"Tate, Brianna", Name}, want{"Hill, Ayodele", Name}, want{"6092 N Wabash Ave", Address})
	// A task's assignee is staff; a patient's device or number assigned to them is theirs.
	check(t, sc, `{"message":"Deficiency 558258 assigned to Kwame Asante","logger":"him.deficiency"}`)
	check(t, sc, `[home-hd] cycler Baxter Amia SN LDC93779630 assigned to Clarence Ali`, want{"LDC93779630", Device}, want{"Clarence Ali", Name})
	// A clinician titled in Spanish, Portuguese and German.
	check(t, sc, `Paciente Joaquín Ibarra, fit-to-fly firmado por Dra. Nuria Puig; Zuweiser: Dr. med. Urs Kälin, Tel. 061 265 25 25`, want{"Joaquín Ibarra", Name})
	// A door's access control event names staff by their badge; a visitor's is a patient's family's.
	check(t, sc, `lenel-acs01 OnGuard[2211]: ACCESS GRANTED door="B1-AUTOPSY" reader=RDR-0419 badge=0043317 cardholder="Nakagawa, Tess" dept="Decedent Affairs"`)
	check(t, sc, `EventType="Granted Access" Reader="NICU Main Entry" CardNumber=43502 Cardholder="Khalil, Mariam" Dept="Oncology"`)
	check(t, sc, `03/14/2024 07:38:25  Visitor Access Denied  Visitor: CHOWDHURY, DAWN  Visiting: MOON, YUSUF reader=LOBBY-2`,
		want{"CHOWDHURY, DAWN", Name}, want{"MOON, YUSUF", Name})
	// A bare name's particles: the surname after them is the name's.
	check(t, sc, `CEF:0|Epic|Hyperspace|1|BTG|Break-the-glass|6|suser=dkettleson cs3Label=PatientName cs3=Yusuf Van der Berg cs4Label=x cs4=y`,
		want{"Yusuf Van der Berg", Name})
	check(t, sc, `pickup|student=Mateo de la Cruz Villanueva|grade=4`, want{"Mateo de la Cruz Villanueva", Name})
	// A visit's day without its year, then its hour.
	check(t, sc, `body="Hola Bao, su cita para el examen médico es el 10/19 a las 09:00. Responda C"`, want{"Bao", Name}, want{"10/19", Date})
	check(t, sc, `body="Reminder: your follow-up visit with our nurse is 6/14 at 9:30. Reply C"`, want{"6/14", Date})
	// A query's date under a path that names the patient.
	check(t, sc, `Started GET "/patients/143822/appointments?date=2025-02-23" for 68.20.50.42`,
		want{"143822", MRN}, want{"2025-02-23", Date}, want{"68.20.50.42", IP})
	check(t, sc, `GET /api/v1/stats/daily?date=2025-09-11 HTTP/1.1`)
	// Names that are also words, vouched for by a birth date after them.
	check(t, sc, `SyncJob - upload failed for baseline BL-24-00242 (Love, Rocky, DOB 04/04/1991): vendor timeout`,
		want{"Love, Rocky", Name}, want{"04/04/1991", Date})
	// A gateway that says its direction in its own words; a change's old and new numbers are the person's whatever the message says.
	check(t, sc, `ts=2024-05-14T06:22:42Z svc=sms-gw evt=outbound to=+12346983635 from=+12165550140 body="see you"`, want{"+12346983635", Phone})
	check(t, sc, `2024-10-15T18:17:58Z sms-gw[772] INFO inbound MessageSid=SM05 From=+16299870109 To=+16155550199 Body="YES"`, want{"+16299870109", Phone})
	check(t, sc, `{"MessageSid":"SM93","MessageStatus":"delivered","To":"+14125550155","From":"+14125550100"}`, want{"+14125550155", Phone})
	check(t, sc, `{"changes":{"phone":{"from":"773-555-0131","to":"847-555-0124"}},"msg":"contact changed; verification SMS sent"}`,
		want{"773-555-0131", Phone}, want{"847-555-0124", Phone})
	// A delimited row without keys: its first field is the patient's record number when the row names them.
	check(t, sc, `+E0308896|BEGAY|LORRAINE|19680919|F|634012290|7086 E 63RD ST|NAPERVILLE|IL|60557|8725550152`[1:],
		want{"E0308896", MRN}, want{"BEGAY", Name}, want{"LORRAINE", Name}, want{"19680919", Date}, want{"634012290", SSN},
		want{"7086 E 63RD ST", Address}, want{"NAPERVILLE", Address}, want{"60557", ZIP}, want{"8725550152", Phone})
	check(t, sc, `CLM2025030339995|HRA|EOB|2328.05|PENDING_EOB|N`)
	// NCPDP fields with their numbers, as some switches print a claim: "|AM01|304-C4=...|310-CA=...".
	check(t, sc, `B1 request |AM01|304-C4=19501207|305-C5=2|310-CA=LAN|311-CB=NGUYEN|AM07|455-EM=1`,
		want{"19501207", Date}, want{"LAN", Name}, want{"NGUYEN", Name})
	// A person's element names them in its name attribute; an event's date after it is theirs, as in text.
	check(t, sc, `<FamilyHistory><Relative rel="maternal aunt" name="Mohammed Eze" ageAtDx="29"/></FamilyHistory>`, want{"Mohammed Eze", Name})
	check(t, sc, `<Patient id="M171185" name="KAUR, SOFIA" dob="1981-01-25"/><Session date="2024-09-05" start="05:30"/>`,
		want{"M171185", MRN}, want{"KAUR, SOFIA", Name}, want{"1981-01-25", Date}, want{"2024-09-05", Date})
	check(t, sc, `<Provider name="North Hills Pediatrics"/><Data Name="PatientName">Jane Roe</Data>`, want{"Jane Roe", Name})
	// Hibernate's trace of a value read from a column: the column's alias, cut short and numbered, is its key.
	check(t, sc, `o.h.t.d.s.BasicExtractor - extracted value ([last_nam8_0_] : [VARCHAR]) - [Jovanović]; extracted value ([build7_0_] : [VARCHAR]) - [11.26.53+6e6174b]`,
		want{"Jovanović", Name})
	// A day after "on" in the clause a patient's record number opens is theirs; its hour is no date.
	check(t, sc, `Booked appointment 02dbb02a-09b6-463b-97da-6eb1fc35d586 for patient 31994477 on 2024-03-31 16:30 with the clinic`,
		want{"31994477", MRN}, want{"2024-03-31", Date})
	check(t, sc, `job 31994477 finished on 2024-03-31 16:30`)
	check(t, sc, `PT evaluation scheduled for Nowak, Władysław on 03/15/2024 13:30 with techeverria`,
		want{"Nowak, Władysław", Name}, want{"03/15/2024", Date})
	// A device management record: the organisation's device and its staff user, unless it names the patient it is lent to.
	check(t, sc, `{"deviceName":"RGH-ED-iPh-09","managedDeviceOwnerType":"company","complianceState":"compliant","imei":"351769124977336","serialNumber":"F4P1R922VLPM","userDisplayName":"Gunnar Helgesen","notes":""}`)
	check(t, sc, `{"EventType": "AppInstalled", "DeviceFriendlyName": "svarghese iPhone 13 DIS-402", "SerialNumber": "CQKFDVWNM8KG", "Imei": "868911044142858", "EnrollmentUser": "svarghese@dph.ga.gov", "ComplianceStatus": "Compliant"}`)
	check(t, sc, `{"deviceName":"RPM-TAB-0780","managedDeviceOwnerType":"company","imei":"352893111086197","notes":"Loaner for Siobhán O'Connell ph 3195550139"}`,
		want{"352893111086197", Device}, want{"Siobhán O'Connell", Name}, want{"3195550139", Phone})
	// A time zone's city is no one's address, though the record's city shares its name.
	check(t, sc, `{"name":"Ana Lopez","city":"Chicago","timezone":"America/Chicago"}`, want{"Ana Lopez", Name}, want{"Chicago", Address})
	// An event's own date is an incident's when the record speaks of one, an analytics event's day when not.
	check(t, sc, `occurrence.submitted category=behavioral event_date=2024-03-12 patient_name=Sofía Castellanos report_id=OCC-24-02230`,
		want{"2024-03-12", Date}, want{"Sofía Castellanos", Name})
	check(t, sc, `{"event_date":"20240603","event_name":"televisit_joined","params":{"patient_search":"Oksana Johansson"}}`,
		want{"Oksana Johansson", Name})
	// A court's and an agency's people: judges by their title or key, caseworkers.
	check(t, sc, `hearing room=4B judge='Hon. Patricia Whitfield' magistrate="Helen Cho" caseworker="Keiko Brandt"; sync (caseworker Denise Harlan)`)
	// A biometric template under a key that says it is base64, slashes and all.
	check(t, sc, `[BioGate.Enroll] modality=PALM_VEIN hand=L quality=83 template_b64=UFZUMQIAu6r4TYgUsMaiONfZ/JdzFpAMG6rX4oRKuUGX4K3em9p1vpchO2EskeEvdHOzZMDmy7f9YGFiamM1s0DSIclG0Ap6dekfUT6RDINccJDuYUNJn8PQcIeB4Tu5T5IfQtXlLBjZfz4Jsq2x`,
		want{"UFZUMQIAu6r4TYgUsMaiONfZ/JdzFpAMG6rX4oRKuUGX4K3em9p1vpchO2EskeEvdHOzZMDmy7f9YGFiamM1s0DSIclG0Ap6dekfUT6RDINccJDuYUNJn8PQcIeB4Tu5T5IfQtXlLBjZfz4Jsq2x", Biometric})
	// A search by the start of a name: SQL's LIKE, its wildcards left out.
	check(t, sc, `SELECT TOP 25 MRN FROM dbo.Patient WHERE LastName LIKE 'Abubakar%' AND status like '%open%'`, want{"Abubakar", Name})
	check(t, sc, `SELECT pass_no FROM pass_holder WHERE last_nm ILIKE 'Stone%' AND birth_dt = '1984-10-02'`, want{"Stone", Name}, want{"1984-10-02", Date})
	check(t, sc, `stmt="SELECT mrn FROM pt.patient WHERE last_nm ILIKE ''MONTESINOS%'' AND dob = ''1990-02-01''"`, want{"MONTESINOS", Name}, want{"1990-02-01", Date})
	// Messages one field short: the insured's birth date in IN1-17, the admission in PV1-43; a name there stays a name.
	check(t, sc, `MSH|^~\&|A|B|C|D|20240311||ADT^A04|1|P|2.5\rPV1|1|I|ED^33||||||||||||||||||||||||||||||||||||||||202403121357\rIN1|1|BCBS01|72451|Anthem BCBS|||||||||||Sharma^Jae-won|01|19750609`,
		want{"202403121357", Date}, want{"Sharma^Jae-won", Name}, want{"19750609", Date})
	check(t, sc, `MSH|^~\&|A|B|C|D|20240311||ADT^A04|1|P|2.5\rIN1|1|BCBSPPO|6821|AETNA INC||||||||||||Ochoa^Katarzyna|01|19260711`,
		want{"Ochoa^Katarzyna", Name}, want{"19260711", Date})
	// The visit number a field off (PV1-18, PV1-20), a patient type's code
	// there stays one, a doctor's number a field late is a doctor's; the
	// admission's day a few fields off (PV1-41).
	check(t, sc, "PV1|1|O|COL^GYM01||||1564421851^LINDQVIST^STEFAN^^^^MD|||||||||||V262374943|||||||||||||||||||||||20241016074500",
		want{"V262374943", OtherID}, want{"20241016074500", Date})
	check(t, sc, "PV1|1|I|4W^412|||||||||||||||IP||HOLD^M1")
	check(t, sc, "PV1|1|I|4W^412|||||||||||||||IP||V0562277", want{"V0562277", OtherID})
	check(t, sc, "PV1|1|I|4W^412|||||||||||||||1685790394^BREZHNEV^ANTON^^^DR^MD|IP")
	// The policy number one field short (IN1-35), a plan's code there stays
	// one; a diagnosis's day (DG1-5), not its instant; a specimen's
	// accession number, the filler's when the placer's is empty (SPM-2).
	check(t, sc, "IN1|1|MCR01|BCBS^BLUE CROSS|Blue Cross|||||||||||||||||||||||||||||||W037170549|", want{"W037170549", HealthPlan})
	check(t, sc, "IN1|1|MCR01|BCBS^BLUE CROSS|Blue Cross|||||||||||||||||||||||||||||||PPO|")
	check(t, sc, "DG1|1||T68.XXXA^Hypothermia^I10||20250208|W", want{"20250208", Date})
	check(t, sc, "DG1|1||T68.XXXA^Hypothermia^I10||20250208061240|W")
	check(t, sc, "SPM|1|^A24146-00507&FERNCLIFF-LIS&2.16.840.1.113883&ISO||119297000^Blood^SCT", want{"A24146-00507", OtherID})
	// German keys; a street's house number after its name, then the postcode and the town.
	check(t, sc, `Fall angelegt: Fallnummer=5079248481 Patientennummer=0002254071 Aufnahmedatum=08.03.2024 | Anschrift=Friedrich-Ebert-Straße 86a, 14467 Potsdam | Land=D`,
		want{"5079248481", Account}, want{"0002254071", MRN}, want{"08.03.2024", Date},
		want{"Friedrich-Ebert-Straße 86a", Address}, want{"14467", ZIP}, want{"Potsdam", Address})
	check(t, sc, `Straße=Annenstraße 131/1/4 | PLZ=1180 | Ort=Wien`, want{"Annenstraße 131/1/4", Address}, want{"1180", ZIP}, want{"Wien", Address})
	// A wellness program's participant by its number; an HSA's account; a file named for a person with its kind and a date after.
	check(t, sc, `msg="hsa contribution queued" participant=WP-0091283 hsa_account=55137838425 filename="Fitzgerald_Declan_physician_form_03222024.pdf"`,
		want{"WP-0091283", MRN}, want{"55137838425", Account}, want{"Fitzgerald_Declan", Name}, want{"03222024", Date})
	// A date under an event of care is the event's: a person's when the record names one.
	check(t, sc, `{"patient":{"name":"Ana Lopez"},"accident":{"date":"2024-07-03"},"screening":{"date":"2025-01-26"}}`,
		want{"Ana Lopez", Name}, want{"2024-07-03", Date}, want{"2025-01-26", Date})
	check(t, sc, `{"batch":"B1","accident":{"date":"2024-07-03"}}`)
	// A URN's segments are no key and value; Go's %+v pairs are.
	check(t, sc, `<soapenv:Envelope xmlns:elig="urn:oh:medicaid:elig:v3"> {DOB:1939-05-30 medicaid:12345678}`,
		want{"1939-05-30", Date}, want{"12345678", HealthPlan})
	// A fax job's ID is no fax number; the numbers after it are.
	check(t, sc, `Inbound fax fax_id=FX2542126 from 9375550196 pages=5 {"faxId":"449870926","fax":"+18155550113"}`,
		want{"9375550196", Fax}, want{"+18155550113", Fax})
	// An identifier right after "patient", or before a colon after MRN.
	check(t, sc, `template enrolled for patient 04677447 by reg.baker`, want{"04677447", MRN})
	check(t, sc, `user dr.patel updated insurance for MRN E0042038: member YH276413K`, want{"E0042038", MRN}, want{"YH276413K", HealthPlan})
	check(t, sc, `patient 3 of 10 seen; pt 12 in queue; patient 1714636465 ts`)
	// Names as people type them, after "this is", "name as", "its".
	check(t, sc, `hi this is kwame da silva, my birthday is 1/25`, want{"kwame da silva", Name}, want{"1/25", Date})
	check(t, sc, `caller gave name as svetlana al-sayed, calling from 544-555-0159`, want{"svetlana al-sayed", Name}, want{"544-555-0159", Phone})
	check(t, sc, `hey its rafael, call me at 617-555-0142`, want{"rafael", Name}, want{"617-555-0142", Phone})
	check(t, sc, `this is fine; this is a test; this is will; deploy: its version 2`)
	check(t, sc, `opened encounter for Khan,Dolores, admitted 12/09/2023; status Active,Pending,Closed`, want{"Khan,Dolores", Name}, want{"12/09/2023", Date})
	check(t, sc, `claim status for Dagny Van Houten: held; the Van Morrison Band played; Visit De Anza College`, want{"Dagny Van Houten", Name})
	check(t, sc, `AUDIT user x searched patients by name 'leilani müller' from WS-ONC-09`, want{"leilani müller", Name})
	check(t, sc, `Parameters: {"patient"=>{"sid"=>"5114bf"}}`)
	check(t, sc, `waiting room joined as Ngozi Deshpande, callback (567) 296-8035; joined as Guest; registered as Admin User`,
		want{"Ngozi Deshpande", Name}, want{"(567) 296-8035", Phone})
	// And after a name label, where a given name that is also a word needs
	// a surname beside it.
	check(t, sc, `pt name: john smith called 2x re refill`, want{"john smith", Name})
	check(t, sc, `Patient name: maria garcia; client: fe80::1c2a:3bff:fe4d:9e01`, want{"maria garcia", Name})
	check(t, sc, `name: will smith; mi: mi runto main; patient: rose`)
	check(t, sc, `voicemail: "this is Atticus Church, please call back"`, want{"Atticus Church", Name})
	check(t, sc, `birthDate=1982-09-01^payerIban=DE82 6037 8715 6386 2812 93^act=export`,
		want{"1982-09-01", Date}, want{"DE82 6037 8715 6386 2812 93", Account})
	// After a word for kin; an age told as now.
	check(t, sc, `call 12: calling about my sister gladys roe, she's 95 now; he is 93 now`,
		want{"gladys roe", Name}, want{"95", Age}, want{"93", Age})
	check(t, sc, `t=12 my son will be there, my wife may call, my mother rose early; the queue is 95 now`)
	// A day and month after "date of service", or after a visit's keyword and a name.
	check(t, sc, `"Hi, I'm Søren Liu - date of service 1/15 thanks"`, want{"Søren Liu", Name}, want{"1/15", Date})
	check(t, sc, `Subject: Appt for Gladys Esposito on November 20; Message-ID: <f405d0c8e28e.61@x>`,
		want{"Gladys Esposito", Name}, want{"November 20", Date})
	check(t, sc, `Build for Gladys Esposito on November 20; service 1/15 done`, want{"Gladys Esposito", Name})
	// Dates written in Spanish, Portuguese and French; ages in years of theirs.
	check(t, sc, `Hola, DOB 19 de enero de 1958 tiene 99 años. fecha 3 de março de 1961, né le 15 mars 1958`,
		want{"19 de enero de 1958", Date}, want{"99", Age}, want{"3 de março de 1961", Date}, want{"15 mars 1958", Date})
	check(t, sc, `cita 12: sala 3 de 4 de marzo; build 15 de 2026; 95 ansible hosts`)
	// A value that is a keyword and the first word of prose.
	check(t, sc, `mailgw body=patient Xiaoming Garcia not found; msg=hi Xiaoming Okafor here`,
		want{"Xiaoming Garcia", Name}, want{"Xiaoming Okafor", Name})
	check(t, sc, `role=patient name=x status=pt queue done`)
	// A patient's five-digit number under the patient's own key; no
	// client's port.
	check(t, sc, `x pt=46146 y; {"clientPort": 33425, "pt": 46642}`, want{"46146", MRN}, want{"46642", MRN})
	// An age and sex after a name vouch for it, after dashes too; "Pt" opens a sentence.
	check(t, sc, `cutoff. M. García-López, 86F, NIHSS 8. Pt EZE, CHIDI, 91M, DOB 06/19/1932`,
		want{"M. García-López", Name}, want{"EZE, CHIDI", Name}, want{"91", Age}, want{"06/19/1932", Date})
	check(t, sc, `sent: "Suspected LVO (R M1) – Tanaka, Y – 100F – Prairie Lakes MC"; body="Pt Volkov 4W-426A"`,
		want{"Tanaka, Y", Name}, want{"100", Age}, want{"Volkov", Name})
	check(t, sc, `Tower East, 3F; T. Wing, 5F; heap 91M; Pt has Alzheimer disease; Pt uses Omnipod 5`)
	// A registry's data elements labelled by their names; CDA's codes stay names of codes.
	check(t, sc, `<element code="2000" displayName="Last Name"><value xsi:type="LN" value="Ndlovu"/></element><element code="2030" displayName="SSN"><value xsi:type="ST" value="534280184"/></element>`,
		want{"Ndlovu", Name}, want{"534280184", SSN})
	check(t, sc, `<observation><code code="PAR" displayName="parent"/><value value="Ndlovu"/></observation>`)
	// A relative named before their relation; a device's implant day.
	check(t, sc, `emergency contact updated for 00767004: Obinna Kuznetsov (grandson) 320-532-0701; SN BFH474919H implanted 9/3/13 by Dr. Whitcombe`,
		want{"Obinna Kuznetsov", Name}, want{"320-532-0701", Phone}, want{"BFH474919H", Device}, want{"9/3/13", Date})
	// A parcel's addressee: by key, and in a manifest's row before their street; a street typed in lower case.
	check(t, sc, `{"ShipTo":{"Name":"Esperanza Whitehorse","AttentionName":"CATALINA WHITEHORSE"}}`,
		want{"Esperanza Whitehorse", Name}, want{"CATALINA WHITEHORSE", Name})
	check(t, sc, `MF-20240612-04,W11,T003470,SO-2024-0612-004521,4762524,ESPERANZA WHITEHORSE,98 AVENIDA DEL SOL,UNIT C,BROOKLYN,NY,11249,3477861620,USPS`,
		want{"ESPERANZA WHITEHORSE", Name}, want{"98 AVENIDA DEL SOL", Address}, want{"UNIT C", Address}, want{"BROOKLYN", Address},
		want{"11249", ZIP}, want{"3477861620", Phone})
	check(t, sc, `G2816988|706032|KOWALSKA|AGNIESZKA|813 CHANDLER ST|FRAMINGHAM|MA|01701|5085550119|SELF|1918.87`,
		want{"KOWALSKA", Name}, want{"AGNIESZKA", Name}, want{"813 CHANDLER ST", Address}, want{"FRAMINGHAM", Address}, want{"01701", ZIP}, want{"5085550119", Phone})
	check(t, sc, `E4409,Wojtaszek,Radoslawa,K,25 Quarry Hill Rd,Sunbury,PA,17801`,
		want{"Wojtaszek", Name}, want{"Radoslawa", Name}, want{"25 Quarry Hill Rd", Address}, want{"Sunbury", Address}, want{"17801", ZIP})
	check(t, sc, `24-660148-6,41375014,WASHINGTON,11/08/24,0139,11/09/24,0839,BREAST,N,3438,WASHINGTON,AYESHA,04/28/84,FL0417`,
		want{"41375014", MRN}, want{"WASHINGTON", Name}, want{"11/08/24", Date}, want{"11/09/24", Date}, want{"WASHINGTON,AYESHA", Name}, want{"04/28/84", Date})
	check(t, sc, `{"form": "I-693", "edition": "01/20/25"} R_foll=10/14/17 MRN=BWF0053775`, want{"BWF0053775", MRN}) // a form's edition; follicles' sizes
	check(t, sc, `SP24-73440,BOUTALEB,Abderrahim,12/09/1960,sputum #1,NEG`,
		want{"SP24-73440", MRN}, want{"BOUTALEB", Name}, want{"Abderrahim", Name}, want{"12/09/1960", Date})
	check(t, sc, `1042-0023,Screening,Demographics,0,BRTHDAT,DataPoint,13 NOV 1974,10 NOV 1974,rkim,CRC`, want{"13 NOV 1974", Date}, want{"10 NOV 1974", Date}) // a variable's code and a camel-case word
	check(t, sc, `PRV;2346008156;DO;Cardiology;1200 Medical Center Blvd;GA`, want{"1200 Medical Center Blvd", Address})                                         // a clinician's credential, no name
	check(t, sc, `address corrected in.line1="53 elm ct unit c" in.city=phoenix`, want{"53 elm ct unit c", Address}, want{"phoenix", Address})
	check(t, sc, `line1="12 items in queue" line1=3 retries`)
	// EEG and sleep studies: EDF+'s patient field under a record's key,
	// study folders (names and a record number; Natus' "Last~ First_GUID"),
	// a family's shared album.
	check(t, sc, `patient_id      : '08794431 F 13-APR-2017 PAPADOPOULOS_ZOE      '`,
		want{"08794431", MRN}, want{"13-APR-2017", Date}, want{"PAPADOPOULOS_ZOE", Name})
	check(t, sc, `>f+++++++++ 2024/03/OKONKWO_CHIDI_07397970/video/cam1_0056.mp4`, want{"OKONKWO_CHIDI", Name}, want{"07397970", MRN})
	check(t, sc, `DEERS batch file DEERS_ELIG_240305.dat received; KAFKA_CONSUMER_12345678/x`)
	check(t, sc, `New Dir 27	D:\Neuroworks\Data\Adeyemi~ Oluwaseun_cff7994d-c7fe-4446-a6f5-7580b5e568ea\`, want{"Adeyemi~ Oluwaseun", Name})
	check(t, sc, `Mom sent home video of events via link https://photos.app.goo.gl/evxYCtjo5JszyTBC2 - saved; cd ~ Home_dir`,
		want{"https://photos.app.goo.gl/evxYCtjo5JszyTBC2", URL})
	// An airline's medical desk: passengers by key and by word, Type B
	// and PNR names numbered, a given name the lists lack before a title,
	// a telephone abroad, the European health insurance card.
	check(t, sc, `pax=WOJCIK/AGNIESZKA sex=F age=94; Pax Nakamura, Sachiko called; Fluggast de Jong, Femke, 95 Jahre`,
		want{"WOJCIK/AGNIESZKA", Name}, want{"94", Age}, want{"Nakamura, Sachiko", Name}, want{"de Jong, Femke", Name}, want{"95", Age})
	check(t, sc, `q=PIL seq=316 | 1WEISS/FRIEDRICH MR 24A`, want{"WEISS/FRIEDRICH", Name})
	check(t, sc, `  1.REYES/WALTER MR`, want{"REYES/WALTER", Name})
	check(t, sc, `q=PSM seq=377 | 1WOJCIK/AGNIESZKAMS 18J; BRS|IN|.P/1ALMANSOURI/OMARMR`, want{"WOJCIK/AGNIESZKA", Name}, want{"ALMANSOURI/OMAR", Name})
	check(t, sc, `DSPPFM FILE(PRDLIB/PATMSTR) RRN 0729845: x`)
	check(t, sc, `TEXT: PAX PAPADOPOULOU ELENI DOB 16JUN1932 F CABIN 6350 AGE 91 COPD`,
		want{"PAPADOPOULOU ELENI", Name}, want{"16JUN1932", Date}, want{"91", Age})
	check(t, sc, `Booking ref N9GAFW, best contact +81 90-9545-7571; EHIC 80276557236999701846`,
		want{"+81 90-9545-7571", Phone}, want{"80276557236999701846", HealthPlan})
	check(t, sc, `v1.2/Services x 10TB/DAY 3.REYES/x 2.TCP/IP; patient HTTP ERROR x; tz +05 30-10 x`)
	// A record listed by its copybook (the copybook itself holds no one);
	// a hyphenated family name before its caret; a unit and its bed.
	check(t, sc, ` 5 PM-INS-LAST-NAME     X(20)       13   LINDQVIST`, want{"LINDQVIST", Name})
	check(t, sc, ` 5 PM-BENE-NAME         X(30)       79   LINDQVIST, ZOE`, want{"LINDQVIST, ZOE", Name})
	check(t, sc, ` 5 PM-INS-SSN           9(9)        56   128333393`, want{"128333393", SSN})
	check(t, sc, `           05  PM-INS-LAST-NAME        PIC X(20).`)
	check(t, sc, ` 5 PM-FACE-AMT          S9(9)V99    65   100000.00`)
	check(t, sc, `D|PO-7397815|EXM0644732|RIVERA-OKONKWO^NIKOLAI^W|19710124|M|20240301|064`,
		want{"PO-7397815", MRN}, want{"EXM0644732", MRN}, want{"RIVERA-OKONKWO^NIKOLAI^W", Name}, want{"19710124", Date}, want{"20240301", Date})
	check(t, sc, `x WEST^BED^2 y; ED-WEST^BED^2`)
	// A letter's salutation before its colon; ACORD's split telephone; a disability claim's last day worked.
	check(t, sc, `LTR_SSDI_OFFSET_v3 ln=07 | Dear Ms. Yazzie:`, want{"Yazzie", Name})
	check(t, sc, `<Phone><PhoneTypeCode tc="1">Home</PhoneTypeCode><AreaCode>505</AreaCode><DialNumber>3976504</DialNumber></Phone> Clmt last day worked 29 Nov 2023.`,
		want{"3976504", Phone}, want{"29 Nov 2023", Date})
	// Security telemetry: staff by the keys a proxy and CEF give them (a
	// patient's mail service stays), a destination's address, NAT's egress;
	// who acted, after "by".
	check(t, sc, `src=10.40.192.18	dst=98.79.109.217	srcPostNAT=165.225.41.254	usrName=jordan.marsh@sbrmc.org	suser=khatrir@yahoo.com`,
		want{"khatrir@yahoo.com", Email})
	check(t, sc, `{"Operation":"Send","MailboxOwnerUPN":"ana.delgado@sbrmc.org"} record modified by l.fischer@sbrmc.org; guardian ngk526@netvigator.com`,
		want{"ngk526@netvigator.com", Email})
	check(t, sc, `Adding DLR smsc=mblox-us, src=72345, dst=+19715550110, mask=31`, want{"+19715550110", Phone})
	check(t, sc, `{"Workload":"OneDrive","UserId":"grace.oduya@sbrmc.org","UserKey":"lena.fischer@sbrmc.org"}`)
	check(t, sc, `{"UserId":"jdoe@acme.com"}`, want{"jdoe@acme.com", Email})
	// An organisation's contact by its key: a drive's venue, a recruiter's phone, a staff mailbox (a consumer's address stays).
	check(t, sc, `drive.closed venue="1200 W Harrison St, Chicago IL 60607" recruiter_phone="(404) 555-0159" staff_email=pshah@marrowlink.org provider_email=dr.x@gmail.com`,
		want{"dr.x@gmail.com", Email})
	// A disability provider's "individual" by number; a car by its model year, no one's name.
	check(t, sc, `Queued SMS for individual IND-008007 re x; vehicle="FL tag, 2017 Kia Sorento VIN 5XYXWPLL7H0711446"; 2015 Ford F-150 VIN KNASC7989F3436481`,
		want{"IND-008007", MRN}, want{"5XYXWPLL7H0711446", Vehicle}, want{"KNASC7989F3436481", Vehicle})
	// Collections: a text message in lower case that introduces its writer,
	// an IVR's verification step, a guarantor abbreviated, an age in words after "was".
	check(t, sc, `INFO [textpay.inbound] From=%2B15137603398&Body=who+is+this%3F+this+is+bogdan+kuznetsov&NumSegments=1`,
		want{"%2B15137603398", Phone}, want{"bogdan+kuznetsov", Name})
	check(t, sc, `{"body":"can i do a payment plan. my name is anh papadopoulos","x":1}`, want{"anh papadopoulos", Name})
	check(t, sc, `sessionId=IVR-b4a2aaf58bf0 node=VerifyDOB input=07241949 match=true`, want{"07241949", Date})
	check(t, sc, `invalid for acct V0026178734 (guar Traoré, Fatoumata) - falling back`, want{"V0026178734", Account}, want{"Traoré, Fatoumata", Name})
	check(t, sc, `CALLER: my dad got one of these letters, he was ninety-four, where do I send it; the queue is ninety four`, want{"ninety-four", Age})
	// A ticket's journal author after "[Work notes]"; a test patient and its record; a trauma alias stays.
	check(t, sc, `2024-06-03 00:14:47 SIR0012411 [Work notes] Ana Delgado (SOC Tier 3): Lost laptop had export incl. pt Mei Chen`, want{"Mei Chen", Name})
	check(t, sc, `cs3=Patient: ZZTEST, PATIENT  MRN: 99999999 cn1Label=IncidentId`)
	// IN1 one field short: the insured's name at IN1-15, the relationship's code no name.
	check(t, sc, `IN1|1|AET|17771|AETNA|PO BOX 95483^^ATLANTA^GA^30348||8005443672|GRP304895|||||||OKONKWO^CHIDI^E|SEL|19900603`,
		want{"OKONKWO^CHIDI^E", Name}, want{"19900603", Date})
	// Spanish notes' "Pte" and "cel"; a caller's line under an address's key, a toll-free one the organisation's.
	check(t, sc, `NOTE | L. Moreno RN CSPI | Pte Marisol de la Cruz 96a, confusión. hija Renée de la Cruz cel 971 332 4551`,
		want{"Marisol de la Cruz", Name}, want{"Renée de la Cruz", Name}, want{"971 332 4551", Phone})
	check(t, sc, `DIALOG_STATE ALERTING dialogId=16731909 fromAddress=9719051242 toAddress=4411 x`, want{"9719051242", Phone})
	check(t, sc, `{"SystemEndpoint":{"Address":"+18885550123","Type":"TELEPHONE_NUMBER"}}`)
	// An appointment's ID under its key is no date (its "APT" no zone); a scanned card's name before its street's column.
	check(t, sc, `queued sms appt=APT0992840 to=+18723506817`, want{"+18723506817", Phone})
	check(t, sc, `[SC240513-0295 p1] NGATA PRIYA   9450 N MILWAUKEE AVE AURORA IL 60505   DOB 10/19/1928`,
		want{"NGATA PRIYA", Name}, want{"9450 N MILWAUKEE AVE", Address}, want{"AURORA", Address}, want{"60505", ZIP}, want{"10/19/1928", Date})
	check(t, sc, `Complaint CMP-2024-0541 against Seoul Bowl (3643 Crescent Way, Alder Point) routed`, want{"3643 Crescent Way", Address}, want{"Alder Point", Address})
	// A person's number after "(#" and their name (a pull request's is no one's); Django's own host.
	check(t, sc, `No answer at stop 13 — Saldana, Refugio (#104723) — dialing; fix the thing (#2980) x`, want{"Saldana, Refugio", Name}, want{"104723", MRN})
	check(t, sc, `DisallowedHost:264] Invalid HTTP_HOST header: '45.33.70.121'. You may need to add '45.33.70.121' to ALLOWED_HOSTS.`)
	// A flow's columns: the source first, then its destination and the
	// addresses the firewall translated them to; only the first may be a person's.
	check(t, sc, `1,2024/03/11 08:01:16,013201004518,THREAT,url,2561,2024/03/11 08:01:16,108.108.56.30,10.10.5.21,0.0.0.0,10.10.5.21,inbound-mychart`,
		want{"108.108.56.30", IP})
	check(t, sc, `1,2024/03/11 08:02:10,10.72.1.125,20.42.139.217,204.62.118.10,0.0.0.0,allow-epic-hosting`)
	check(t, sc, "1710162462.691268\tCqJccT1ebHfP2FaXm0\t10.40.3.21\t57577\t142.250.115.26\t25\t1")
	check(t, sc, `logged in from 98.203.180.28 - possible takeover`, want{"98.203.180.28", IP})
	// Entity Framework's parameters without their statement: a row, vouched for by its day and record number.
	check(t, sc, `Executed DbCommand (2ms) [Parameters=[@p0='Washington' (Size = 50), @p1='Ingrid' (Size = 50), @p2='1957-05-07T00:00:00.0000000', @p3='PT-4103513' (Size = 12)], CommandType='Text']`,
		want{"Washington", Name}, want{"Ingrid", Name}, want{"1957-05-07T00:00:00.0000000", Date}, want{"PT-4103513", MRN})
	check(t, sc, `Executed DbCommand (2ms) [Parameters=[@p0='nightly' (Size = 50), @p1='42' (Size = 4)], CommandType='Text']`)
	// A tumor registry's words: a former surname after "fka", a biopsy's day, the date of last contact.
	check(t, sc, `pt is Søren Begay (fka Al-Sayed), DOB 21-Mar-1978; bx 12/12/20 @ OSH; dlc=2024-03-14`,
		want{"Søren Begay", Name}, want{"Al-Sayed", Name}, want{"21-Mar-1978", Date}, want{"12/12/20", Date}, want{"2024-03-14", Date})
	check(t, sc, `1402,"Heartland Hospice & Palliative Care",2024-10-01,2024-10-31,997; PO1*1*26*BX*31.75~ACK*IB*26*BX*068*20241009~`)
	// A nursing home's resident number; Entity Framework's captured variables name their columns; a POA named.
	check(t, sc, `{"resNo":"10059154","amount":25} AdmitHandler: Admit failed for ResNo 10065455: Microsoft`, want{"10059154", MRN}, want{"10065455", MRN})
	check(t, sc, `"parameters":"@__lastName_0='Zhang' (Size = 60), @__birthDate_1='1936-04-18T00:00:00.0000000' (DbType = DateTime2)"`,
		want{"Zhang", Name}, want{"1936-04-18T00:00:00.0000000", Date})
	check(t, sc, `RightFax Job 447981 to="Mette García-López (POA)" pages=7`, want{"Mette García-López", Name})
	// A support chat's speaker after the message's time (a bot, a logger and a team's pasted chat are no one).
	check(t, sc, `(06:09:10 AM) francisco quintero: Hola buenas, necesito cambiar mi cita`, want{"francisco quintero", Name})
	check(t, sc, `[03/12/2024 08:42:30 AM] Anjali Venkataraman: call me back on 872 555 0125`, want{"Anjali Venkataraman", Name}, want{"872 555 0125", Phone})
	check(t, sc, `[03/12/2024 08:44:22 AM] Virtual Assistant: Please do not share; [mllp-in:7001] ACK out: MSH; [2:16 AM] Tereza Novotna: deploy done`)
	check(t, sc, `[2024-05-06 09:25:07.401] review by kmorales: 15 accesses`)
	// An age beside a birth date in a row, the two agreeing on a year of our time.
	check(t, sc, `| 1 | Keanu Hernández Soto | 1933-09-02 | 90 | 172 Lakeview Dr, Unit 684, Berwyn, IL |`,
		want{"Keanu Hernández Soto", Name}, want{"1933-09-02", Date}, want{"90", Age}, want{"172 Lakeview Dr, Unit 684", Address}, want{"Berwyn", Address})
	check(t, sc, `2024-01-01,1999-03-04,95,ok,x`)
	// A ZIP in the cell after its address's; a release's file named for a record number, a surname and the document.
	check(t, sc, `| 11 | 40 | 8613 Greenleaf Ave, Kenosha, Kenosha County, WI | 53140 | MRN, DOB, name |`,
		want{"8613 Greenleaf Ave", Address}, want{"Kenosha", Address}, want{"Kenosha County", Address}, want{"53140", ZIP})
	check(t, sc, `sftp-server[28723]: open "/outbound/roi/2024-05/ROI-559595_E1853131_LINDQVIST_MR.pdf" flags WRITE; https://linktr.ee/kaidubois`,
		want{"E1853131", MRN}, want{"LINDQVIST", Name}, want{"https://linktr.ee/kaidubois", URL})
	check(t, sc, `a|build 7, WI|53140|x; open "/x/RUN-2024_B1234567_FINAL_REPORT.pdf"`)
	// A parcel's addressee under ship_to; a German account's holder.
	check(t, sc, `carrier=USPS ship_to.name="OLUWASEUN ADEYEMI" ship_to.line1="7823 SW 8th St" {"kontoinhaber":"Tomasz Szymańska"}`,
		want{"OLUWASEUN ADEYEMI", Name}, want{"7823 SW 8th St", Address}, want{"Tomasz Szymańska", Name})
	// Whom a document matched; a Google account's profile photo.
	check(t, sc, `fax in pages=3 patient_match=Ramirez,Arjun dob=1968-07-09 patient_match=Y`, want{"Ramirez,Arjun", Name}, want{"1968-07-09", Date})
	check(t, sc, `caller_rel=FATH caller_nm="MENDOZA, MATEO" {"ClientDesigneeRelationship":"Aunt"}`, want{"MENDOZA, MATEO", Name})
	// A drug and its strength under a name's key; a patient's name before a dose stays.
	check(t, sc, `{"substances":[{"name":"Clonazepam 0.5 mg","amount":"2 tabs"}]}`)
	check(t, sc, `patient Maria Okafor 25 mg given`, want{"Maria Okafor", Name})
	// Days of the week are no one; a discharge planner's telephone is the hospital's.
	check(t, sc, `summary="mentioned his daughter Emi visits Sundays. Seemed"`, want{"Emi", Name})
	check(t, sc, `{"dischargePlanner":{"name":"Deepa Natarajan, LCSW","phone":"408-555-0160"}}`)
	check(t, sc, `"profilePhotoUrl":"https://lh3.googleusercontent.com/a-/ALV-UjDt45UjQkZBlnObklRwWNpLiOhGe5W7GaJlXW=s120-c-rp-mo-br100"`,
		want{"https://lh3.googleusercontent.com/a-/ALV-UjDt45UjQkZBlnObklRwWNpLiOhGe5W7GaJlXW=s120-c-rp-mo-br100", URL})
	// A coded value's text is no name; a name's middle initial "L" is no coding system.
	check(t, sc, `OBX|4|CWE|720900^MDC_IDC_DEV_MFG^MDC||BSX^Boston Scientific^MDC||||||F`)
	// A direct support professional who typed the report; a transport's van and its plate are the provider's.
	check(t, sc, `----- NARRATIVE GER-2024-00432 (typed by Mercedes Villalobos, DSP) -----`)
	check(t, sc, `rendered signature="Bridget Halloran | Patient Care Coordinator | Lakeshore Plastic Surgery"`)
	check(t, sc, `2024-03-11T05:57:22-04:00 fleet.fuel van=VAN-07 plate=PYM8820 vin=1FBZX2ZM1HKA33871 gallons=18.97`)
	// A perfusionist at work; a pump's speed is no serial.
	check(t, sc, `(Moreau RN) N83415: Pump 3520 rpm / 3.79 LPM, sweep 3.6 L; Signed: Delia Ramos, CCP 06:20`)
	check(t, sc, `<Team perfusionist="Brandt, Karl CCP" surgeon="Aiyar, Rohan MD"/>`)
	// A Message-ID at a consumer's mail service is no mailbox; a name with its carets under a key (LEEF's '^' between fields is none).
	check(t, sc, `Message-ID: <CAFRhCWD2nMaFq3qXH1FAtq@mail.gmail.com> From: Ana <ana.ruiz@gmail.com>`, want{"Ana", Name}, want{"ana.ruiz@gmail.com", Email})
	check(t, sc, `import ok src=/media/cdrom/DICOM pt=LE ROUX^DAGNY id=09308893 files=620`, want{"LE ROUX^DAGNY", Name})
	check(t, sc, `my mother Imani Tran (born 1931-05-19), who is 92. After the dose`, want{"Imani Tran", Name}, want{"1931-05-19", Date}, want{"92", Age})
	check(t, sc, `suser=svc_hl7_bridge^patFirst=Ximena^patSurname=Ochoa^dos=2024-03-29`, want{"Ximena", Name}, want{"Ochoa", Name}, want{"2024-03-29", Date})
	check(t, sc, `could not be auto-matched: PID-3 02553165 name LITTLE^MARISOL^L DOB 19360914 sex F`,
		want{"02553165", MRN}, want{"LITTLE^MARISOL^L", Name}, want{"19360914", Date})
	check(t, sc, `Merged temp MRN T4208952 (ZZTRAUMA, OSCAR) rows moved`, want{"T4208952", MRN}, want{"ZZTRAUMA, OSCAR", Name})
	// A street typed in lower case right after its keyword.
	check(t, sc, `body="I moved to 7162 magnolia pl #14 Boston MA 02150. my address is 12 oak street apt 4"`,
		want{"7162 magnolia pl #14", Address}, want{"Boston", Address}, want{"02150", ZIP}, want{"12 oak street apt 4", Address})
	check(t, sc, `address cache: evicted 5 court cases way faster; addr pool has 12 free slots drive`)
	check(t, sc, `mi número de seguro es CIG599064-34, telefono 786 705 9210`,
		want{"CIG599064-34", HealthPlan}, want{"786 705 9210", Phone})
	// A jail clinic's patients by the jail's numbers; documents' numbers
	// by their key alone; a medical transport's riders.
	check(t, sc, `TrustLedger - copay debit inmate=225355 amount=3.00`, want{"225355", MRN})
	check(t, sc, `Grievance GRV-NFCC-24-0313 filed by offender 228816 unit=DORM3`, want{"228816", OtherID})
	check(t, sc, `{"bookingNo": "24-003067", "doc_number": "K4815478", "BookingRef": "APT-02768539"}`,
		want{"24-003067", OtherID}, want{"K4815478", OtherID})
	check(t, sc, `{"riderId":"R-0052345","invoice_doc_no":"4410023"}`, want{"R-0052345", OtherID})
	// Places a caller lives in, named without a number.
	check(t, sc, `NOTE | Caller identified as Rafael, 63yo, lives off E 71st St in Cleveland (risk LOW)`,
		want{"Rafael", Name}, want{"E 71st St", Address}, want{"Cleveland", Address})
	check(t, sc, `lives near Train Ave & W 65th St, works nights`, want{"Train Ave", Address}, want{"W 65th St", Address})
	check(t, sc, `pt lives in a shelter; lives in The City`)
	check(t, sc, `risk=HIGH | Date of contact: 03/14/2024. Caller`, want{"03/14/2024", Date})
	check(t, sc, `followup status=NO_ANSWER last_contact=2024-03-14 contact_last=Okafor`, want{"2024-03-14", Date}, want{"Okafor", Name})
	// EDF+ headers: the patient's code, sex, birth date and name; the study's day.
	check(t, sc, `edf_export INFO hdr patient="00532241 F 08-AUG-1991 Kahananui_Leilani      " recording="Startdate 05-MAR-2024 PSG-24-030403 jmorales"`,
		want{"00532241", MRN}, want{"08-AUG-1991", Date}, want{"Kahananui_Leilani", Name}, want{"05-MAR-2024", Date})
	check(t, sc, `edf_export INFO deidentify: replaced -> patient="X X X X" recording="Startdate X X X X"`)
	check(t, sc, `[INF] Death pronounced for patient "SVH0082980" ("Irving Rosenberg")`, want{"SVH0082980", MRN}, want{"Irving Rosenberg", Name})
	check(t, sc, `{"anticipated_discharge": "2024-03-03", "expected_volume": "12"}`, want{"2024-03-03", Date})
	check(t, sc, `twilio callback From=%2B12535550198&To=%2B18885550123&Status=completed`, want{"%2B12535550198", Phone})
	check(t, sc, `qa.audit session=VS-1 interpreter=INT-20372 reviewer_id=QA-024 reviewer="Noor Haddad" score=92`)
	check(t, sc, "PID|1||E1522728^^^SBMC^MR||CASTILLO^ROSA\rNK1|1|CASTILLO^EFRAIN||SPO^Spouse^HL70063", want{"E1522728", MRN},
		want{"CASTILLO^ROSA", Name}, want{"CASTILLO^EFRAIN", Name})
	check(t, sc, `linguist action=CHECKOUT file="361631007_lab_results_wojcik_19640912.pdf"`,
		want{"361631007", MRN}, want{"wojcik", Name}, want{"19640912", Date})
	check(t, sc, `export file=356009175_report_final_20240331.pdf done`)
	check(t, sc, `ocr.extract page=1 text='Magaca: Maxamed Xasan Cali  Lambarka faylka: E1522728'`,
		want{"Maxamed Xasan Cali", Name}, want{"E1522728", MRN})
	check(t, sc, `Injury logged for athlete Anh Patel (SID 927275982) DOI 8/30/25`, want{"Anh Patel", Name}, want{"927275982", MRN}, want{"8/30/25", Date})
	check(t, sc, `{"sensor":"MG-2E3E2B86","athlete":"ATH-249339","g":41.2}`, want{"ATH-249339", MRN})
	check(t, sc, `call queue=NURSE_EDU_IMM agentId=mbell agentName="Marcus Bell" patient="Jane Okafor"`, want{"Jane Okafor", Name})
	check(t, sc, `{"ship_from":{"company_name":"Accredo","phone":"8005550191","address_line1":"6272 Lee Vista Blvd"}}`)
	check(t, sc, `ncpdp.wire - << 20240311SWVNDR0042<RS><FS>AM04<FS>C266402143275<FS>C199995112<RS><FS>AM01<FS>C419930128<FS>CABOGDAN`,
		want{"66402143275", HealthPlan}, want{"19930128", Date}, want{"BOGDAN", Name})
	check(t, sc, `svc-monitor [04/Mar/2024:12:45:36 +0000] "GET /health HTTP/1.1" 200; {"Message":"Card ending 4714 declined"}`)
	check(t, sc, `closure check: ccn=052788 ok; {"ccn":"6011449647228793"}`, want{"6011449647228793", Account})
	// Who did the work is staff.
	check(t, sc, `[INF] Visit "V-3455111" completed by "Jonah Whitaker" for patient Amara Okafor`, want{"Amara Okafor", Name})
	// A courier's contact data and car are the courier's.
	check(t, sc, `{"destination": "CCTI", "courier": {"name": "Jamal Carter", "mobile": "+16615550191", "vehicle_plate": "9WWK400"}}`)
	// Loggers' names before their messages are no keys.
	check(t, sc, `INFO 2211 --- [geo-worker-2] o.n.crisis.geo.ElrClient : ELR request status req=GLR-31cbc1 state=PENDING`)
	check(t, sc, `[INF] CallCenter.Desktop.AddressVerifier: Address verified for rider R-0068314 dpv=Y`, want{"R-0068314", MRN})
	// A referral's provider segment is the clinician's; "|PRD|" as an
	// environment's name opens no segment.
	check(t, sc, "REF|RI^Referral|||HSP^Hospice\rPRD|RP|IBARRA^CARMEN|100 Main St^^Dayton^OH^45402|||(937)555-0100")
	check(t, sc, `2024-03-09|PRD|ACCESS_LOG|USER=SOYELARAN7|WS=WKSIC1014|PAT=PARK,KWAME|MRN=93427841`,
		want{"PARK,KWAME", Name}, want{"93427841", MRN})
	check(t, sc, `{"shift":"S-1","volunteerId":"VOL-0233","volunteerName":"Rajesh Iyer"}`)
	check(t, sc, `{"decedent":"Amara Okafor","funeral_home":{"phone":"216-382-0900","fdLicense":"FD.013305"}}`, want{"Amara Okafor", Name})
	// Telephony servers' peers: carriers' trunks, not callers.
	check(t, sc, `kamailio[2315]: NOTICE: <script>: INVITE sip:988@10.40.2.11 from sip:+12165550142@208.93.64.22 cid=ad25dffca25a50ef@208.93.64.22 src=208.93.64.22:5060`,
		want{"+12165550142", Phone})
	check(t, sc, `rtpengine[1123]: INFO: [ad25dffca25a50ef@208.93.64.22]: Final packet stats: remote 208.93.64.22`)
	check(t, sc, `login ok user=kit.b ip=208.93.64.22`, want{"208.93.64.22", IP})
	check(t, sc, `DISPATCH trip=TRP-24-01181 inmate=115288 KAHANANUI, LEILANI dest="TJ Samson Community Hospital"`,
		want{"115288", MRN}, want{"KAHANANUI, LEILANI", Name})
	// A record number with its label glued on ends a clause before a colon;
	// a field named in prose names the value after it.
	check(t, sc, `chart updated for MRN7870437: Maria Lopez moved to bed 4`, want{"MRN7870437", MRN}, want{"Maria Lopez", Name})
	check(t, sc, `redact.lua: unmatched pattern for field 'dl_num' value='CFJ495754' (rule set 2.9)`, want{"CFJ495754", License})
	check(t, sc, `redact.lua: unmatched pattern for field 'trace_id' value='0bf3f66120a362db543e5c285268a631' (rule set 4.6)`)
	check(t, sc, `column "member_id" value="XQ4418821" rejected`, want{"XQ4418821", HealthPlan})
	// Java's Date with an offset for its zone, as Apps Script prints it.
	check(t, sc, `New intake: {DOB=Thu May 28 00:00:00 GMT-07:00 1981, Insurance?=MHLA}`, want{"Thu May 28 00:00:00 GMT-07:00 1981", Date})
	// A birth date in a file's or a sample's name beside a number or
	// initials; a build's or a backup's own day is no one's.
	check(t, sc, `Sample S24-01862_TN_19580723_T passed QC`, want{"TN", Name}, want{"19580723", Date})
	check(t, sc, `Mar 11 00:20 AuthReq_WA85859454_19800303.pdf`, want{"19800303", Date})
	check(t, sc, `ObjectName=C:\Dexis\Images\RAMIREZ_HANNAH_19580320\pa_030.dcm`, want{"RAMIREZ_HANNAH", Name}, want{"19580320", Date})
	check(t, sc, `restored backup_20080312.tar.gz and build_1234_20080312, run_240311_A01234_0187`)
	// A street whose type comes first, after a direction, its name holding
	// a suffix's word; a city, state and ZIP without commas after it.
	check(t, sc, `address.Line1|old=9524 S Avenida Vista Hermosa|new=4120 N Paseo del Norte Spc 41|by=kmorales`,
		want{"9524 S Avenida Vista Hermosa", Address}, want{"4120 N Paseo del Norte Spc 41", Address})
	check(t, sc, `ocr text="ADDRESS: 2906 W CALLE DEL SOL MARANA AZ 85653"`,
		want{"2906 W CALLE DEL SOL", Address}, want{"MARANA", Address}, want{"85653", ZIP})
	// An audit's entity names whose record its key is.
	check(t, sc, `2024-03-11|AUDIT|fsiddiqui|LCR-CSR-07|entity=Patient|key=1062687|field=Address.Line1`, want{"1062687", MRN})
	check(t, sc, `2024-03-11|AUDIT|fsiddiqui|LCR-CSR-07|entity=SalesOrder|key=1062687|field=Status`)
	// An X12 translator's messages: elements as keys, segments named in
	// prose (no segment of their own); "dependent" is no name's keyword
	// ("an anti-dependent Phi in GCM").
	check(t, sc, `[ISA13=000004406 ST02=0001] subscriber KWAME O'SULLIVAN (INS02=18) DMG02=20200812 is in the future`,
		want{"KWAME O'SULLIVAN", Name}, want{"20200812", Date})
	check(t, sc, `compiler/c2/Test6843752.java: missing code for an anti-dependent Phi in GCM`)
	check(t, sc, `DTP*349 benefit end precedes DTP*348 begin for member SCHAFER, DAWIT (REF*0F=XKB463067368)`,
		want{"SCHAFER, DAWIT", Name}, want{"XKB463067368", HealthPlan})
	// A directory's displayName is a user's, but an application's under one.
	check(t, sc, `{"initiatedBy":{"app":{"displayName":"KV MyHealth Profile API"},"user":{"displayName":"Maya Castellanos"}}}`,
		want{"Maya Castellanos", Name})
	// Labels: a wristband's number between the name and the birth date, its
	// barcode; a mailing label's addressee after the sender's address, whose
	// city is no one's name.
	check(t, sc, `^XA^FO20,12^A0N,28,28^FDHÅKANSSON, HENRIK^FS^FO20,44^A0N,22,22^FD07404526  10/05/1964  M^FS^FO150,1500^BCR,90,N,N,N^FD07404526^FS^XZ`,
		want{"HÅKANSSON, HENRIK", Name}, want{"07404526", MRN}, want{"10/05/1964", Date})
	check(t, sc, `N\nA10,8,0,3,1,1,N,"ESPOSITO, GIUSEPPE"\nA10,36,0,2,1,1,N,"03327707 08/27/1964 59Y M"\nP1`,
		want{"ESPOSITO, GIUSEPPE", Name}, want{"03327707", MRN}, want{"08/27/1964", Date})
	check(t, sc, `^XA^FO40,30^FDSt. Brigid Regional Medical Center^FS^FO40,60^FD1200 Meridian Pkwy, Columbus, OH 43215^FS`+
		`^FO160,170^FDMaría García^FS^FO160,212^FD1744 Thornapple Ln Apt 32B^FS^FO160,254^FDColumbus OH 43209^FS^XZ`,
		want{"María García", Name}, want{"1744 Thornapple Ln Apt 32B", Address}, want{"Columbus", Address}, want{"43209", ZIP})
	check(t, sc, `St. Brigid Regional Medical Center, 1200 Meridian Pkwy, Columbus, OH 43215 for patient María García`,
		want{"María García", Name})
	// A reminder's day after a clinician's title or credential and a weekday.
	check(t, sc, `Hi Mei-Ling, reminding you of your appointment with Dr. Okoro on Fri Mar 15 at 10:45 AM.`,
		want{"Mei-Ling", Name}, want{"Fri Mar 15", Date})
	check(t, sc, `Hello, this message is for Oluwaseun Adeyemi. Your appointment with Lucía Ferreira, NP on Monday, March 18 at 9 AM.`,
		want{"Oluwaseun Adeyemi", Name}, want{"Monday, March 18", Date})
	check(t, sc, `incident: patient Thu Farouk left the unit`, want{"Thu Farouk", Name})
	// A message in protobuf's text format as a value; a Rust newtype of an ID.
	check(t, sc, "VerifyEligibility\treq=patient_id:\"pt-63842315\" coverage:{payer_name:\"Cigna\" member_id:\"U0492337201\"}",
		want{"pt-63842315", MRN}, want{"U0492337201", HealthPlan})
	check(t, sc, `loaded chart chart=Chart { patient: Patient { id: PatientId(49200069), name: "Giuseppe Trovato" } }`,
		want{"49200069", MRN}, want{"Giuseppe Trovato", Name})
	check(t, sc, `-> glucose.mg.dl: Int(234) -> count: Int(5)`)
	// Amazon Lex's slots: the slot's name through its value's wrappers; a
	// date said in words under a date's key.
	check(t, sc, `{"slots": {"FirstName": {"shape": "Scalar", "value": {"originalValue": "Ingrid", "resolvedValues": ["Ingrid"]}}, `+
		`"DateOfBirth": {"shape": "Scalar", "value": {"originalValue": "october eighteenth nineteen seventy nine", "interpretedValue": "1979-10-18"}}}}`,
		want{"Ingrid", Name}, want{"october eighteenth nineteen seventy nine", Date}, want{"1979-10-18", Date})
	// A header's columns after a keyword's: no value of it.
	check(t, sc, `c.m.corr.merge.RecordEcho - columns: REC_TYP|LTR_CD|MBR_ID|MBI|FNAME|MI|LNAME|ADDR1|ADDR2|CITY|ST|ZIP9|DOB`)
	// Australia and New Zealand: a suburb, its state and postcode; the unit
	// record number; IHI by its check digit (not a clinician's HPI-I); NHI;
	// phone numbers in groups under their keys.
	check(t, sc, `address 240 Wattle Avenue, Belconnen ACT 2617`, want{"240 Wattle Avenue", Address}, want{"Belconnen", Address}, want{"2617", ZIP})
	check(t, sc, `Temporary address for Emily Carter: Unit 134/37 Waratah Parade, Casuarina NT 0810`,
		want{"Emily Carter", Name}, want{"Casuarina", Address}, want{"0810", ZIP})
	check(t, sc, `"PRINT","Patient","URN 2648758" IHI 8003609695113348 HPI-I 8003614900019237`, want{"2648758", MRN}, want{"8003609695113348", OtherID})
	check(t, sc, `[nhi-client] match NHI=CSM2376 ok mobile: 0412 345 678 ani=+1 (872) 814-1588`,
		want{"CSM2376", OtherID}, want{"0412 345 678", Phone}, want{"+1 (872) 814-1588", Phone})
	check(t, sc, `phone=(02) 9876 5432 ok; count=555 1234`, want{"(02) 9876 5432", Phone})
	// A patient's record printed with its type: its id is the patient's
	// (a short surrogate key is no one's outside its table); a pharmacist's
	// name is staff.
	check(t, sc, `coverage check failed for Patient(id=4138922, name=Ana Ruiz)`, want{"4138922", MRN}, want{"Ana Ruiz", Name})
	check(t, sc, `DEBUG upsert &models.Patient{ID:8898623 Name:"Ana Ruiz"}`, want{"8898623", MRN}, want{"Ana Ruiz", Name})
	check(t, sc, `Loaded from cache: Patient{id=6465681, dob=1950-01-02} Order{id=7465681}`, want{"6465681", MRN}, want{"1950-01-02", Date})
	check(t, sc, `Updating Patient{id=73412} verification complete: RxVerification{rphName='Grace Liu'}`)
	// An Alexa skill's user and device IDs; the skill's own is no one's.
	check(t, sc, `{"user":{"userId":"amzn1.ask.account.AFS56MO3JCN3TXGI6WQJD3URUSPCX6JAW2"},"device":{"deviceId":"amzn1.ask.device.AGRK3BZZV2WQJ7DOSCF5N4NFH2"},`+
		`"application":{"applicationId":"amzn1.ask.skill.5e9c1f1a-3c5c-462b-8450-625fce2a19af"}}`,
		want{"amzn1.ask.account.AFS56MO3JCN3TXGI6WQJD3URUSPCX6JAW2", OtherID}, want{"amzn1.ask.device.AGRK3BZZV2WQJ7DOSCF5N4NFH2", Device})
	// Crystal Reports' record selection formulas; a date's arguments without spaces.
	check(t, sc, `Job 57491: record selection = {Patient.MRN} = "03340543" and {Encounter.DischargeDate} = Date(2024,03,04)`,
		want{"03340543", MRN}, want{"2024,03,04", Date})
	check(t, sc, `selection = {Order.Status} = "OPEN" and {Order.Total} = 12`)
	// SMPP's addresses hold a message's numbers (a short code is none).
	check(t, sc, `DEBUG:   destination_addr: "15035550106" source_addr: "84463"`, want{"15035550106", Phone})
	// A Salesforce record's ID, by its checksum, is a record's, not a member's.
	check(t, sc, `{"keys": {"SubscriberKey": "001D000000IqhSLIAZ"}, "member_id": "001D000000IqhSLIAB"}`, want{"001D000000IqhSLIAB", HealthPlan})
	// A DLP tool's matches: the type it names is the value's key.
	check(t, sc, `{"DetectedValues":[{"Name":"U.S. Driver's License Number","Value":"WDLDAR04J3AE"},{"Name":"U.S. Medical Record Number (custom)","Value":"02466679"}]}`,
		want{"WDLDAR04J3AE", License}, want{"02466679", MRN})
	check(t, sc, `{"DetectedValues":[{"Name":"Suspicious PowerShell Usage","Value":"3"}]}`)
	// An alert's title under a name's key is no one's name.
	check(t, sc, `{"DisplayName":"Suspicious access to LSASS service","patientName":"Maria de la Cruz"}`, want{"Maria de la Cruz", Name})
	// Files named for a person: names no list holds, vouched for by a value
	// its keyword names; the values after a document's kind; surname first.
	check(t, sc, `attach "Adeyemi_Folake_MRN00570200_EOB.pdf" and Olumide_Bankole_labs_DOS_2024-10-01.tif`,
		want{"Adeyemi_Folake", Name}, want{"00570200", MRN}, want{"Olumide_Bankole", Name}, want{"2024-10-01", Date})
	check(t, sc, `file=Kwame_Mensah_dc_DOS_2024-08-12.docx then Nakamura_Hiroshi_stmt.tif`,
		want{"Kwame_Mensah", Name}, want{"2024-08-12", Date}, want{"Nakamura_Hiroshi", Name})
	check(t, sc, `file=Release_Candidate_labs_DOS_2024-01-01.pdf Build_Artifacts_MRN12345678.zip Nightly_Export_stmt.tif`)
	// A name written as HL7 writes one, vouched for by a birth date after
	// it; in a lab's own pipe-delimited record (no X12 "PAT" whose first
	// element is a code), not in a staff segment or an ASTM record.
	check(t, sc, `Lane 4 context set: 67411 MASRI^EMEKA DOB 10/12/1927 exam 838197`, want{"MASRI^EMEKA", Name}, want{"10/12/1927", Date})
	check(t, sc, `labgw[3140]: OUT ZEISSVA PAT|895238|Adeyemi^Nnamdi|19800524|M|NLO0062677`, want{"895238", MRN}, want{"Adeyemi^Nnamdi", Name}, want{"19800524", Date}, want{"NLO0062677", MRN})
	check(t, sc, `staff master update applied: STF|007617|ASANTE^KWABENA^A|M`)
	check(t, sc, `lis-gw[31232] astm rx frame 1: M|1|ROCHE^cobas^x`)
	check(t, sc, `cobas8000 RX <STX>7H|\^&|||cobas8000^4.95^6357-75|||||LIS|TSREQ^REAL|P|1<CR><ETX>9A`)
	// An EHR's access log in pipes: a name HL7 writes and the birth date
	// after it; a sex and a date after a field's '|' start no ASTM record.
	check(t, sc, `D|20240311140240|YHADDAD|WS5NUC02|17030|RESULTS_REVIEW|OSULLIVAN^SIOBHAN^|19621019|5 NORTH ORTHO`,
		want{"OSULLIVAN^SIOBHAN", Name}, want{"19621019", Date})
	check(t, sc, `[beq-rsp] rec|3F89WM5JA44|SUZUKI      |LINDA  |M|19420621|Y|`,
		want{"3F89WM5JA44", HealthPlan}, want{"SUZUKI", Name}, want{"LINDA", Name}, want{"19420621", Date})
	// A plate's keyword vouches for the plate, not for the order after it;
	// a card's number masked but for its last four is no one's any more.
	check(t, sc, `Curbside arrival: plate "527 VYK" matched order SO-0412-967185`, want{"527 VYK", Vehicle})
	check(t, sc, `auth ok pan=xxxxxxxxxxxx5390 acct=****1107`)
	// Spain and Mexico: "paciente" before a record's number and "el" before
	// its day; DNI and NIE by their check letter, CURP by its check digit,
	// a person's RFC under its key (the public's generic one is no one's).
	check(t, sc, `Cita 884140 creada para paciente 1210814 (Jordi Puig Soler) el 26/11/2024 10:30`,
		want{"1210814", MRN}, want{"Jordi Puig Soler", Name}, want{"26/11/2024", Date})
	check(t, sc, `tipoDocumento=NIE, numDocumento=Y2050528T, dup 71408319N; CURP ok: ROMA850915MDFDRN05 build 20240101T`,
		want{"Y2050528T", OtherID}, want{"71408319N", OtherID}, want{"ROMA850915MDFDRN05", OtherID})
	check(t, sc, `folio=25880 emisor=HIM9801019X0 receptorRfc=CUMJ850915BJA; folio=25881 receptorRfc=XAXX010101000 rfc=5424`,
		want{"CUMJ850915BJA", OtherID})
	// A laboratory's "acc" is its accession; a bank's account is longer.
	check(t, sc, `HUB-RCV-03|u=lmorales|ev=FROZEN|acc=R0312-0456|temp=-20.1`)
	// A degree after a name that says where its holder works; the laboratory's credentials.
	check(t, sc, `notified Tyrone Hughes MA at Licking Valley Oncology by Lucia Morales MLS; read-back confirmed`)
	// A person's trait after a person's word is no container of their data.
	check(t, sc, `<patient><patientIdentifier>PT-AH9498</patientIdentifier><patientSex>Male</patientSex><patientRace>White</patientRace></patient>`,
		want{"PT-AH9498", MRN})
	// Epic's FHIR ID of a patient under a patient's key.
	check(t, sc, `GET /fhir/r4/ExplanationOfBenefit?patient=eJLCJtFDThHa.4ZyuD9UIwD3&_count=50&_since=ef0d3c`,
		want{"eJLCJtFDThHa.4ZyuD9UIwD3", MRN})
	check(t, sc, `{"patient":"everything-in-one3","app":"eJLCJtFDThHa.4ZyuD9UIwD3"}`)
	// A label whose words a connector in lower case joins; a room's occupant.
	check(t, sc, `Resident: CASTANEDA, LEOKADIA  DOB: 02/25/1926  Age at ARD: 98  Payer: MCR`,
		want{"CASTANEDA, LEOKADIA", Name}, want{"02/25/1926", Date}, want{"98", Age})
	check(t, sc, `{"type": "CODE BLUE", "occupant": "Mieczysława Okonkwo", "occupantId": "MG25340", "room": "337B"}`,
		want{"Mieczysława Okonkwo", Name}, want{"MG25340", OtherID})
	// A unit's census: a surname and an initial before an age and sex.
	check(t, sc, `row 4: '6C-04  GALLAGHER S  43F  CABG x3  tele'; bed 7N-18  MACLEOD F  81M  CHF; Total CABG 43F; ORDER A 43F; unit Tower B 5M`,
		want{"GALLAGHER S", Name}, want{"MACLEOD F", Name})
	check(t, sc, `row 4: '6C-15  JENKINS H  97M  PCI to LAD'`, want{"JENKINS H", Name}, want{"97", Age})
	// An immunization registry's query: its subject's name (QRD-8), and
	// names and a birth date among QRF-5's repetitions; not a clinician's
	// name with an empty ID elsewhere (RXA-10).
	check(t, sc, `>>> QRD|20241118075952|R|I|Q2024111807591028|||25^RD|^DIALLO^FATOUMATA^|VXI^VACCINE INFORMATION^HL70048|^ICARE`,
		want{"DIALLO^FATOUMATA", Name})
	check(t, sc, `>>> QRF|ICARE|||||~20121124~IL~2012-138-408795~353260179~DIALLO^AICHA~DIALLO^AICHA~~~|`,
		want{"20121124", Date}, want{"DIALLO^AICHA", Name})
	check(t, sc, "MSH|^~\\&|A|B|C|D|20240311||VXU^V04|1|P|2.5\rRXA|0|1|20240301||08^HepB^CVX|0.5|mL||00^New^NIP001|^FELDMAN^MICHAEL", want{"20240301", Date})
	// Files named for a person after a document's kind.
	check(t, sc, `GET /forms/physical/download/Rossi_Sofia_sports_physical_2024.pdf and IHSA_physical_Patel_Rohan_2024.pdf`,
		want{"Rossi_Sofia", Name}, want{"Patel_Rohan", Name})
	// A file's name before a colon is no key, and may name a person.
	check(t, sc, `Failed to backup file D:\Shares\Referrals\TANAKA_HIROSHI_M000538637.tif: The process cannot access the file`,
		want{"TANAKA_HIROSHI", Name}, want{"M000538637", OtherID})
	check(t, sc, `report.pdf: 3 pages, summary.csv: 12 rows`)
	// A death's time under the key a medical examiner's system names it by,
	// a person's when the record names one.
	check(t, sc, `{"decedent":"Olena Volkov","pronouncedAt":"2024-03-06T05:53:00-08:00"}`,
		want{"Olena Volkov", Name}, want{"2024-03-06T05:53:00-08:00", Date})
	check(t, sc, `{"job":"rotate","pronouncedAt":"2024-03-06T05:53:00-08:00","expired":"2024-03-07"}`)
	// An eMAR's scan says what its barcode is.
	check(t, sc, `{"evt":"emar.scan","scanType":"PATIENT_WRISTBAND","barcode":"101086"} {"scanType":"MEDICATION","barcode":"0003089421"}`,
		want{"101086", MRN})
	// A card terminal's lines: a masked card's first digits, an approval
	// code, the EMV status, a count under an address's key.
	check(t, sc, `<TXN> SALE $55.90 CHIP MASTERCARD 528148******3385 APPR 425203 AID=A0000000031010 TSI=E800 NAME="MACDONALD/DESHAWN S"`,
		want{"MACDONALD/DESHAWN S", Name})
	check(t, sc, `"O'Neill, Abdirahman W",copay paid by card; auth QX3BNQ; card ending 4528`, want{"O'Neill, Abdirahman", Name})
	check(t, sc, `rule hit summary batch=B240311-13: NCCI-PTP=16 MUE=7 DEMO=0 ADDR=7 DUP=1`)
	// Who overrode an edit, by login and name.
	check(t, sc, `edit override ruleId=NCCI-PTP-0041 seq=0137 by=kwhitfield (Karen Whitfield) reason="modifier 59 documented"`)
	// A claim's patient control number; a pharmacy processor's code.
	check(t, sc, `RULE_HIT ruleId=DUP-001 severity=WARN pcn=05216971A08241 seg=NM1`, want{"05216971A08241", Account})
	check(t, sc, `B1 D0 bin=015581 pcn=03200000 txn=DC1C6BE946 | bin=610014 pcn=MEDDAET`)
	// A clearinghouse's trace number is the claim's, as claim numbers are.
	check(t, sc, `REF*D9*021713220233~`)
	// A card's magnetic stripe: its number and its holder.
	check(t, sc, `MSR RAW T1=%B5476137091829485^ORTIZ/INGRID C^2902101000000000000000000?`,
		want{"5476137091829485", Account}, want{"ORTIZ/INGRID C", Name})
	// An OCR's reading of a named field, raw and normalized.
	check(t, sc, `eob_ocr.extract: field=patient_name raw='DU PLESSlS, OLGA' normalized='DU PLESSIS, OLGA' conf=0.66`,
		want{"DU PLESSlS, OLGA", Name}, want{"DU PLESSIS, OLGA", Name})
	// A city, its state and its ZIP in the fields after a street's.
	check(t, sc, `S|MPM01|20240311|SKIPTRACE|NEW_ADDR=8949 MORSE RD|GROVE CITY|OH|43123|NEW_PHONE=6149762149`,
		want{"8949 MORSE RD", Address}, want{"GROVE CITY", Address}, want{"43123", ZIP}, want{"6149762149", Phone})
	// Who logs in over ssh is staff or a machine.
	check(t, sc, `May 13 06:00:01 sftp01 sshd[78286]: Accepted publickey for labfeed_crl from 199.147.194.207 port 62986 ssh2`)
	// The SSA's published example SSN: by its shape alone no one's; under
	// its keyword reported, as test data (a policy's allowlist takes it out).
	check(t, sc, `fixture loaded: 078-05-1120 and 219-09-9999 skipped`)
	check(t, sc, `unit-test fixture loaded: patient SSN 078-05-1120 (public specimen value) skipped`, want{"078-05-1120", SSN})
	// A table's row number under an identifier's key.
	check(t, sc, `DETAIL:  Key (ssn, employer_id)=(564-35-3191, 554) already exists.`, want{"564-35-3191", SSN})
	// A numbered road.
	check(t, sc, `lives at 7131 Old Hwy 66 #7, Albuquerque NM 87110`,
		want{"7131 Old Hwy 66 #7", Address}, want{"Albuquerque", Address}, want{"87110", ZIP})
	check(t, sc, `moved to 12 Main Rd 2024-01-01`, want{"12 Main Rd", Address})
	// An engineer named by their team.
	check(t, sc, `on-call rotation: Dana Brooks (SRE) paged`)
	// A note's author is staff; an attorney's fax is their office's;
	// "FNU" is a name unknown; an XML namespace is no page.
	check(t, sc, `NOTE site=SLC-REDWOOD author="Jessica Lund MA" text="reviewed"`)
	check(t, sc, `{"attorney":"Maya Lindqvist, Esq.","attorneyFax":"801-555-0133","lastName":"QADERI","firstName":"FNU"}`, want{"QADERI", Name})
	check(t, sc, `Response body: <GetPatientResponse xmlns="http://services.varian.com/Patient/Documents"><PatientId1>100237545</PatientId1>`,
		want{"100237545", MRN})
	// A jail clinic's patients: booking and inmate numbers, an operator's
	// licence, an FBI number, the booking's day; "Soy" before a name.
	check(t, sc, `UPD BKG_NO=24-18863 INM_NO=PIN00459440 INM_LNAME=HOLLINS OLN=GC345457`,
		want{"24-18863", OtherID}, want{"PIN00459440", OtherID}, want{"HOLLINS", Name}, want{"GC345457", License})
	check(t, sc, `{"bookingDate":"2024-09-17T05:16:00","fbiNumber":"809268AA4"}`, want{"2024-09-17T05:16:00", Date}, want{"809268AA4", OtherID})
	check(t, sc, `tengo dolor de pecho. Soy Billy Ray Okonkwo numero 234298. Soy Lecithin 0.5 g`, want{"Billy Ray Okonkwo", Name})
	// A fingerprint template under a key that names a thing.
	check(t, sc, `{"livescan":{"fmt":"ISO19794-2","rightIndex":"Rk1SACAyMAAAAAEsAAAB9AIwV9rg2KGjL9xhMORNXJp/3rRnzyfUjFbhucsKMTFGyu3F3784zmzY4ChszgRr8xiPtvnlT5XpfFwTCdIyZXiOUWdZYrj"}}`,
		want{"Rk1SACAyMAAAAAEsAAAB9AIwV9rg2KGjL9xhMORNXJp/3rRnzyfUjFbhucsKMTFGyu3F3784zmzY4ChszgRr8xiPtvnlT5XpfFwTCdIyZXiOUWdZYrj", Biometric})
	// A software version under "sw"; a certificate's serial byte by byte;
	// a message signed after its thanks.
	check(t, sc, `SELFTEST PASS scale=0.1g sw=3.2.1.13 | renewed cert; serial 36:0f:1e:7e:26:57:c6:50`)
	check(t, sc, `"description":"cambiar mi cita. Gracias, Leilani"`, want{"Leilani", Name})
	// A signer's degree after a comma; a surname with particles, then the
	// given names; an implant's model before its serial.
	check(t, sc, `progress note signed by Dr. Nkechi Eze, AuD`)
	check(t, sc, `MAESTRO 9.0.2 | Patient: van der Berg, Harold (18.07.1949) | Implant: SYNCHRONY 2 Mi1250 FLEX28, SN 8997437`,
		want{"van der Berg, Harold", Name}, want{"18.07.1949", Date}, want{"8997437", Device})
	check(t, sc, `Pt dela Peña, Maria Cristina arrived 9/8/23`, want{"dela Peña, Maria Cristina", Name}, want{"9/8/23", Date})
	// A county's office is no place of residence; a funeral home's address is
	// its own; a sentence's period ends a city; a coroner's investigator and
	// a domain account's address are the workforce's.
	check(t, sc, `Referred case to coronerOffice="Big Horn County Coroner" | lives in Big Horn County now`, want{"Big Horn County", Address})
	check(t, sc, `Establishment updated: Dahl Funeral Chapel, 2004 Babcock Blvd, Bozeman MT`)
	check(t, sc, `y el domicilio PO Box 1689, Sheridan. Pendiente firma del médico.`, want{"PO Box 1689", Address}, want{"Sheridan", Address})
	check(t, sc, `{"agency":"Big Horn County Coroner","investigator":"Rudy Bighorn"}`)
	check(t, sc, `2024-03-14 12:01:54 10.40.1.20 GET /edrs/Case/Search - 443 DPHHS\rnakai 66.60.172.14 Mozilla/5.0`)
	// A booking's slot, in an appointment's record.
	check(t, sc, `{"donorId":"0417998555","slot":"2024-09-29T17:15:00-06:00","msg":"appointment booked"}`,
		want{"0417998555", OtherID}, want{"2024-09-29T17:15:00-06:00", Date})
	check(t, sc, `{"job":"compact","slot":"2024-09-29T17:15:00-06:00"}`)
	// A school nurse's student by the district's number; a sports
	// physical's examiner is staff.
	check(t, sc, `Individualized health plan updated student=2182939 plan=ANAPHYLAXIS reviewedBy=tdang`, want{"2182939", MRN})
	check(t, sc, `<Guardian><Fax>617-681-2327</Fax></Guardian><ExaminerFax>617-555-0101</ExaminerFax>`, want{"617-681-2327", Fax})
	// A plate after its issuing state.
	check(t, sc, `permit=HS-P-0960 plate=MA 911 LFH vin=5YJL8G3P7M5016233`, want{"MA 911 LFH", Vehicle}, want{"5YJL8G3P7M5016233", Vehicle})
	// A card's issuer and the order it paid for are no account; a number
	// in brackets after a name, named "ID", is the person's.
	check(t, sc, `[billing-api] card BIN 411111 flagged as test card, order ORD-52721662 rejected`)
	check(t, sc, `CHIP VISA ************3191 authorization code 445566 approved`)
	check(t, sc, `SlideManager: Slide inserted - Patient: FERNANDEZ-ORTEGA, LUCIA (ID BWF0054033), Wells: 8`,
		want{"FERNANDEZ-ORTEGA, LUCIA", Name}, want{"BWF0054033", MRN})
	// A MedicationRequest's id in lower case; an audit trail's own entry.
	check(t, sc, `{"resourceType":"MedicationRequest","id":"mr-719468","status":"active"}`)
	check(t, sc, `AUD-5093605,2024-03-12T07:08:18.029Z,ALRT-789396,Beers-Anticholinergic-Elderly,cds-rules,OVERRIDE`)
	// A keyword glued to a short number is a place's code, no keyword.
	check(t, sc, `custody from="DRV-0412" to="ACC-07" action="SEAL_VERIFY" seal="S4044089"`)
	// A fleet's vehicle, named by its kind and number.
	check(t, sc, `{"data":{"vehicle":{"id":"534029750379818","name":"VAN-122","vin":"1FTBW2CM5HKA60831","licensePlate":"NXT-4471"}}}`)
	check(t, sc, `dispatch vehicle=AMB-07 plate=XTC 4252`)
	check(t, sc, `{"vehicle":{"name":"Mom's Civic","plate":"XTC 4252"}}`, want{"XTC 4252", Vehicle})
	// A product and its version, a build in brackets; German keys.
	check(t, sc, `3/11/2024 6:45:35 AM|MedRec 4.1.327|HIMWS03|aokeke|frmCoding.txtDOD_Validate|Err 13`)
	check(t, sc, `2024-03-11 06:41:50.662 [REGIS32 7.2.0.118] REG-ADM-03 pid=2279 | 27:C 01 Mar 2024 00:28:15.252 * DB saved`)
	check(t, sc, `[ChartTrak] Barcode scan: Patientennr=00764585 Aufnahme=05.03.2024 14:11 Station=HIM`,
		want{"00764585", MRN}, want{"05.03.2024 14:11", Date})
	// An appointment's reason and type are codes; a handle of a name the
	// lists lack, a surname and a year.
	check(t, sc, `SCH|4408394^EPIC|4408394^CVIS||||URGENT|TAVR|CATH|120|MIN|^^120^202403171300^202403171500|||||1902837465^BRENNAN^LIAM^^^^MD|(216) 844-7100|||x|||||Booked`, want{"202403171300", Date}, want{"202403171500", Date}) // the filler's contact's line, no one's
	check(t, sc, "MSH|^~\\&|A|B|C|D|20240311||SIU^S12|1|P|2.5\rSCH|APT936423^EPIC|APT936423^EPIC||||INTERP^Interpreter Request^LOCAL|INPERSON^In-person^LOCAL|60|MIN")
	check(t, sc, `{"user": {"id": "pt_8470912", "username": "jianguo.chen324"}}`, want{"jianguo.chen324", OtherID})
	// A day's takings under a card's key.
	check(t, sc, `cafe close rvc=MAIN_CAFE net=5350.75 payroll=2091.14 card=2818.01 cash=266.53`)
	// A diet order's code and text.
	check(t, sc, "ODS|D||GF^Gluten Free^RMCDIET|")
	// An order's start in v2.3's timing field.
	check(t, sc, "MSH|^~\\&|A|B|C|D|20240311||ORM^O01|1|P|2.3\rORC|NW|681589120^EPIC|||SC||^^^202403110855^^R||20240312054703",
		want{"202403110855", Date})
	// A therapist signs with her title and degree; an adjuster, abbreviated.
	check(t, sc, `Plan: 2x/wk x 4 wks. Report sent to adj Jared Pike. -- Dana Whitfield, PT, DPT`)
	check(t, sc, `pt Jane Roe, PT eval today`, want{"Jane Roe", Name})
	// A prescription's number is the pharmacy's, as an order's is.
	check(t, sc, `rx_intake::script::newrx: NewRx accepted rx_number=RX8687832 ndc="00228203910" qty=30`)
	// ASAP's patient with more empty elements before the name; a key
	// ending in '#'; emergency contacts and who picked up, abbreviated.
	check(t, sc, `pdmp_reporter::asap] PAT*AK*03*6766019*******MENDOZA*NADIA*K***4373 COUNTY RD 14*FL 2*ANCHORAGE*AK*99508*9077446853*19761117*M*01***~`,
		want{"6766019", MRN}, want{"MENDOZA", Name}, want{"NADIA", Name}, want{"4373 COUNTY RD 14", Address}, want{"FL 2", Address},
		want{"ANCHORAGE", Address}, want{"99508", ZIP}, want{"9077446853", Phone}, want{"19761117", Date})
	check(t, sc, `PRX record PT_ID=7575978 EMRG_CNTCT=WASHINGTON/HAROLD EMRG_PH#=7874640981`,
		want{"7575978", MRN}, want{"WASHINGTON/HAROLD", Name}, want{"7874640981", Phone})
	check(t, sc, `{"plate_state":"HI","pickup_name":"MATEUS MAHLANGU","order_id":"ord_4cc37eb3816efbda"}`, want{"MATEUS MAHLANGU", Name})
	// A SIP address is no mail's; a 911 record's service number is no
	// serial; a crisis team's van by its unit.
	check(t, sc, `msg="INVITE sip:988@sbc01.cascadiacrisis.org SIP/2.0\r\nFrom: <sip:+15415745544@203.0.113.44>;tag=6d1e\r\nGeolocation: <cid:a260419ba1@carrier.example>"`,
		want{"+15415745544", Phone})
	check(t, sc, `ALI RECORD CLASS=WPH1 COS=VOIP ESN=0122 UNC=0000`)
	check(t, sc, `avl-gw[611]: unit=MCT-E1 imei=866425000045555 $GPRMC`)
	check(t, sc, `{"eventType":"VehicleLocation","vehicle":{"id":"281474977051","name":"MCT-4 Transit Van","licensePlate":"E214403"}}`)
	check(t, sc, `{"eventType":"VehicleLocation","vehicle":{"id":"281474977248742","name":"OUTREACH VAN 1","vin":"1FTWXNKW7MC021109","licensePlate":"C61022W"}}`)
	// A unit's kind and number glued, as asset tags write them; a time server.
	check(t, sc, `2024-10-14T11:09:43.175Z unit=VAN01 vin=1FDL5W0C3RE138927 plate="OH PUB 4471" lat=39.31133 lon=-82.11`)
	check(t, sc, `Oct 14 06:53:45 cs-db-01 chronyd[429]: Selected source 162.159.200.123 (time.cloudflare.com)`)
	// A message's greeting names its reader, given names that are also
	// words among them; "Hi there," and "Dear Customer," name no one.
	check(t, sc, `{"Body": "Hi Ebony, reminder: pulmonary rehab Wed 10/23 3:00"}`, want{"Ebony", Name})
	check(t, sc, `{"Body": "Hi there, your order shipped"} {"Body": "Dear Customer, your order"} Hi Team, deploy at 5`)
	// A dive clinic's diver; a card's number under a qualifier, junk or not.
	check(t, sc, `{"physician_npi": "1462017363", "diver_name": "Ewa Wiśniewska"} reason=luhn_check_failed raw_pan=4047810241214313`,
		want{"Ewa Wiśniewska", Name}, want{"4047810241214313", Account})
	// A DHCP lease to the organisation's tablet, by its asset tag; to a person's phone.
	check(t, sc, `dhcpd[805]: DHCPACK on 10.30.3.90 to 3c:28:6d:75:07:c6 (TAB-MAN-04) via eth0`)
	check(t, sc, `dhcpd[805]: DHCPACK on 10.30.3.91 to 3c:28:6d:75:07:c7 (Ivys-Pixel-8) via eth0`, want{"3c:28:6d:75:07:c7", Device})
	// A name the lists lack, then the person's sex and age in cells of their own.
	check(t, sc, `2024-03-11T06:25:28+03:00,MC-L4,L2-Z7-B06-140,Wisdom Ochan,M,59,OTP,11/03/2024`,
		want{"L2-Z7-B06-140", MRN}, want{"Wisdom Ochan", Name}, want{"11/03/2024", Date})
	// A packet filter's dropped connections: the internet's scanners.
	check(t, sc, `filterlog[5]: 5,,,1000000103,igb0,match,block,in,4,0x0,,40,56610,0,DF,6,tcp,60,45.148.10.209,203.0.113.21,10291,3389,0,S`)
	check(t, sc, `fw-edge01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=185.220.101.113 DST=10.20.0.38 LEN=44 TTL=241 PROTO=TCP SPT=43521 DPT=3389`)
	// Letters glued to digits make a code, no name's word.
	check(t, sc, `{"envelope_id": "6b45c7a4", "name": "SBRMC-ROR-v4 Authorization for Release of Remains", "status": "sent"}`)
	// A park's guest, by the parts of the name.
	check(t, sc, `{"chart_no":"FA24-083152","guest":{"ln":"Quispe-Hardy","fn":"Dawn"},"dob":"1968-07-16"}`,
		want{"FA24-083152", MRN}, want{"Quispe-Hardy", Name}, want{"Dawn", Name}, want{"1968-07-16", Date})
	// An ambulance's crew at work.
	check(t, sc, `{"dispo":"TRANSPORT GROUND","medic":"Abena Mensah","emt":"Luis Ferreira","pt":{"name":"Jo Smith"}}`, want{"Jo Smith", Name})
	// A referral's number and the days it holds.
	check(t, sc, "MSH|^~\\&|A|B|C|D|20241014||REF^I12|1|P|2.5\rRF1|A^Accepted^HL70283|R^Routine^HL70280|MH^Mental Health^VA0280|O^Outpatient^HL70282|RF^Referral^HL70336|VA0005777234|20241006|20250404|||501_1368919",
		want{"VA0005777234", OtherID}, want{"20241006", Date}, want{"20250404", Date}, want{"501_1368919", OtherID})
	// A caller's name as the carrier gives it, a callback number; a URL's
	// cache buster; a surname's particles glued.
	check(t, sc, `Caller-Caller-ID-Name: [MENDOZA XOCHITL] CB=9716150257 cbn=4584825981 origination_caller_id_name='Coney Bay Medic'`,
		want{"MENDOZA XOCHITL", Name}, want{"9716150257", Phone}, want{"4584825981", Phone})
	check(t, sc, `GET /intake?cb=2645713e&sort=createdAt /members?cb=14799074`)
	check(t, sc, `{"FirstName":"Mercedes","LastName":"DeLaRosa","displayName":"StrongAuthenticationMethod"}`,
		want{"Mercedes", Name}, want{"DeLaRosa", Name})
	// A mail's Message-ID is no address; a mail server's address after
	// "host"; a DLP policy's name.
	check(t, sc, `message-id=<5YV1QUX1QL28SAA87UPU@NWHEXCH01.nwh.local>, from <jane.roe@gmail.com>`, want{"jane.roe@gmail.com", Email})
	check(t, sc, `STOREDRIVER,DELIVER,7642515,<8PZH3ES0NBNOGOZI49LW@NWHEXCH02.nwh.local>,x | TOMASZRODRIGUEZ53@ICLOUD.COM |`,
		want{"TOMASZRODRIGUEZ53@ICLOUD.COM", Email})
	check(t, sc, `status=bounced (host gmail-smtp-in.l.google.com[142.250.112.26] said: 550`)
	check(t, sc, `{"policy": {"id": "POL-0008", "name": "PII - Government IDs", "rule": "Card number Luhn"}}`)
	// A note's author by the role's code in brackets, not a relative by
	// theirs; a unit's code before a name in a row.
	check(t, sc, `NOTE  03/14/2024 05:50  Iriarte, Tomás (FSC)         Chaplain services offered to family; declined`)
	check(t, sc, `Emergency contact updated for MRN 00489932: Ji-woo Seo (MTH) 630-555-0193`,
		want{"00489932", MRN}, want{"Ji-woo Seo", Name}, want{"630-555-0193", Phone})
	check(t, sc, `R24-031698|20240311 0700|SVRH|SICU|SINGH|SVETLANA|19330611|N`,
		want{"SINGH", Name}, want{"SVETLANA", Name}, want{"19330611", Date})
	// An appointment's start in a Rails params hash; a callback's number;
	// an alert's start is the alert's.
	check(t, sc, `Parameters: {"appointment"=>{"patient_id"=>"00841741", "starts_at"=>"2024-12-10 09:00"}} callback_to=6143474249`,
		want{"00841741", MRN}, want{"2024-12-10 09:00", Date}, want{"6143474249", Phone})
	check(t, sc, `{"alerts":[{"labels":{"alertname":"AppointmentsExportRate"},"startsAt":"2024-05-02T16:27:33.869Z"}]}`)
	// An address in a form's columns, two spaces apart; not a word after a
	// street's two spaces.
	check(t, sc, `"Text":"Address: 2252 Fondren Rd Apt 1107  SAN ANTONIO, TX  78207","Id":"d1"`,
		want{"2252 Fondren Rd Apt 1107", Address}, want{"SAN ANTONIO", Address}, want{"78207", ZIP})
	check(t, sc, `lives at 12 Oak St  Phone 555`, want{"12 Oak St", Address})
	// A day inside a scan's identifier is no one's.
	check(t, sc, `ocr.pipeline [scan=SCN-20240603-VAN02-0110 page=2/2] field=age raw="90" conf=0.44`, want{"90", Age})
	// A traveller as passenger records write one, with a title or a
	// relation after; days as they write them; no time zone, no keywords.
	check(t, sc, `PAX|CM2419|6079|ABERNATHY/RUTH|23NOV36|F|USA|P|EC:TANAKA/KENJI/SPOUSE/+1 (972) 555-0108`,
		want{"ABERNATHY/RUTH", Name}, want{"23NOV36", Date}, want{"TANAKA/KENJI", Name}, want{"(972) 555-0108", Phone})
	check(t, sc, `MEDOPS: CHEN/WEI 8146 SPECIMEN SENT. ISOL TIL 16MAY24`, want{"CHEN/WEI", Name}, want{"16MAY24", Date})
	check(t, sc, `pt DOB 23NOV36 seen`, want{"23NOV36", Date})
	// A hotel's guest record: a title vouches for words the lists know as
	// words ("FAITH", "JOHN"); a day as Oracle prints it; a path's halves.
	check(t, sc, `ResvService - FetchReservation confNo=41849601 guest="KOWALCZYK/FAITH MS" arrival=14-JUN-24 departure=16-JUN-24`,
		want{"KOWALCZYK/FAITH", Name}, want{"14-JUN-24", Date}, want{"16-JUN-24", Date})
	check(t, sc, `{"name": "SMITH/JOHN MR", "role": "guest"}`, want{"SMITH/JOHN MR", Name})
	check(t, sc, `redaction blocked value {"kind": "processor", "name": "redaction/phi"}`)
	// A clinician's handle is one word: the note after it is read; the
	// name in brackets after it is the clinician's; an organisation's
	// address goes on to the next key.
	check(t, sc, `OHN-NOTE author=tgreer RTW clearance: DOB 04/05/1992 cleared. Emergency contact Chidi Al-Sayed (father) (712) 986-0894.`,
		want{"04/05/1992", Date}, want{"Chidi Al-Sayed", Name}, want{"(712) 986-0894", Phone})
	check(t, sc, `Provider schedule blocked: provider=kvaldes (Kirsten Valdés) reason=PTO`)
	check(t, sc, `referral facility_address=1200 Harbor Blvd, Portsmouth, VA 23704 npi=1234567893`)
	check(t, sc, `PASS: gdb.cp/cpexprs.exp: print base::operator=`)
	// An age in brackets after a person; kin in brackets after a name, in
	// the languages of a note; the word for a carer is no part of the name.
	check(t, sc, `LOC reassessment: Rahul Moody (93) meets intermediate LOC; lives w/ great-grandmother (96)`,
		want{"Rahul Moody", Name}, want{"93", Age}, want{"96", Age})
	check(t, sc, `System.Net.Sockets.SocketException (111): Connection refused; authorized visits (92) for the plan`)
	check(t, sc, `Llamada con Dawn Lindqvist (hermana) al (216) 490-3321. Cuidador Lorenzo (nieto) entrenado en succión`,
		want{"Dawn Lindqvist", Name}, want{"(216) 490-3321", Phone}, want{"Lorenzo", Name})
	// Irish surnames after their particle: "Ó", "Ní".
	check(t, sc, `Client (Viola Ó Briain) attended with mother Ngozi Ní Bhriain. Discussed audition`,
		want{"Viola Ó Briain", Name}, want{"Ngozi Ní Bhriain", Name})
	check(t, sc, `NOTE_TEXT|N-7094369|002|Patient: Ó Súilleabháin, Joaquín`, want{"Ó Súilleabháin, Joaquín", Name})
	check(t, sc, `cache valid til 16MAY24 ok; build 12MAY24 release`)
	check(t, sc, `tz America/Denver, and/or TCP/IP, Read/Write, Yes/No, DL/DEA, Core/Services.dll, /home/Chen/Wei`)
	// A guest's folio; a claim's last day of care; a range in Spanish; a
	// policy before a dash; a DLP policy's name.
	check(t, sc, `{"FolioNo":"1265411","name":"Ana Ruiz","svcFrom":"06/29/2018","svcTo":"07/10/2018"}`,
		want{"1265411", Account}, want{"Ana Ruiz", Name}, want{"06/29/2018", Date}, want{"07/10/2018", Date})
	check(t, sc, `evento=pago folio=RQ-2020-267828 serie=POL`)
	check(t, sc, `Juan Pérez estuvo internado del 01/02/2019 al 1/4/2019.`,
		want{"Juan Pérez", Name}, want{"01/02/2019", Date}, want{"1/4/2019", Date})
	check(t, sc, `Europ Assistance policy AGA2693765968 - please request`, want{"AGA2693765968", HealthPlan})
	check(t, sc, `Export to USB denied by policy MED-DLP-04: file=labs.pdf`)
	// A file named for a person in a Windows share; an age's "y"; days of
	// a stay as a note abbreviates them; a power of attorney's holder, not
	// a diagnosis's present-on-admission flag.
	check(t, sc, `Path=\\lbx-fs02\Scans\Ben-David_Ravi_19300806.pdf`, want{"Ben-David_Ravi", Name}, want{"19300806", Date})
	check(t, sc, `Fall-risk screen: Chinedu Okafor, 93 y, cabin 12124`, want{"Chinedu Okafor", Name}, want{"93", Age})
	check(t, sc, `after his hip fx (adm 4/18, d/c 4/24). Wants to talk`, want{"4/18", Date}, want{"4/24", Date})
	check(t, sc, `poa=W,N,Y dx_poa=Y poa_name="Sun-hee Nguyen"`, want{"Sun-hee Nguyen", Name})
	// Ten digits in a row with someone's street are their telephone's (not
	// a clinician's NPI); a department's code is no car.
	check(t, sc, `GPW,20240611,04875082,TEN BRINK,PRIYA,E,01/15/1928,5861 S ASHLAND ROAD,,LA GRANGE,IL,60508,7089647995,2876926454,CAR,20240607,N`,
		want{"20240611", Date}, want{"04875082", MRN}, want{"PRIYA", Name}, want{"01/15/1928", Date}, want{"5861 S ASHLAND ROAD", Address},
		want{"LA GRANGE", Address}, want{"60508", ZIP}, want{"7089647995", Phone}, want{"20240607", Date})
	check(t, sc, `TRIAGE|20241108235122|1042|DEL TORO|GUADALUPE|02/22/2024|Vomiting - Pediatric|Home Care|Y|2143800090|KIM`,
		want{"DEL TORO", Name}, want{"GUADALUPE", Name}, want{"02/22/2024", Date}, want{"2143800090", Phone})
	// An answering service's callers: the carrier's name and number keys,
	// a callback typed "cb", names typed in lower case after who called,
	// an initial and a surname, "d.o.b" without its last dot.
	check(t, sc, `dnis=8775550163 ani=7262852453 cpn_name="GARCIA JOAQUIN" cb_num=7262982656 cb_window=15m`,
		want{"7262852453", Phone}, want{"GARCIA JOAQUIN", Name}, want{"7262982656", Phone})
	check(t, sc, `MSG 1107-81709 | op=KT | caller koji nakamura emailed pics, pls advise, cb 8729092529`,
		want{"koji nakamura", Name}, want{"8729092529", Phone})
	check(t, sc, `12 neighbor tatiana kealoha found pt d macleod on floor; pt a little confused`,
		want{"tatiana kealoha", Name}, want{"d macleod", Name})
	check(t, sc, `op=JR | rigoberto ochoa d.o.b 3/13/03 asking`, want{"3/13/03", Date})
	// "ID" after a patient or their name; not a program's "id", a
	// control's, a member's.
	check(t, sc, `[DBSync] Duplicate patient detected: ID 02496350 "NAKAMURA-REYES BJÖRN" DOB 10/15/1985`,
		want{"02496350", MRN}, want{"NAKAMURA-REYES BJÖRN", Name}, want{"10/15/1985", Date})
	check(t, sc, `Patient: PETROV, THANH    ID: 00750634    Date of Birth: 05-09-1929`,
		want{"PETROV, THANH", Name}, want{"00750634", MRN}, want{"05-09-1929", Date})
	check(t, sc, `Export nach FORUM fehlgeschlagen (Pat.-ID 01048946, Yamamoto, Siobhan)`, want{"01048946", MRN}, want{"Yamamoto, Siobhan", Name})
	check(t, sc, `Created patient #<Patient id: 55380, gender: "f"> Job ID 1234567 done`)
	// A plan's last service; an IrisCode.
	check(t, sc, `{"exam":{"status":"ELIGIBLE","lastService":"2022-09-17"},"iriscode":"LJLliSuhg++qsM1j+/5zOaoJpPG2uAD1M5HmLCFDV0Perj8I6Bz2w9zdibKML7Qs"}`,
		want{"2022-09-17", Date}, want{"LJLliSuhg++qsM1j+/5zOaoJpPG2uAD1M5HmLCFDV0Perj8I6Bz2w9zdibKML7Qs", Biometric})
	// A symptom's onset is the patient's own time; a German examination's day.
	check(t, sc, `<Person><Name>Müller, Gertrude</Name></Person><Onset>2024-05-14T03:46:00</Onset>`,
		want{"Müller, Gertrude", Name}, want{"2024-05-14T03:46:00", Date})
	check(t, sc, `{"Nachname":"Zelaya Paz","Untersuchungsdatum":"12.05.2024"}`, want{"Zelaya Paz", Name}, want{"12.05.2024", Date})
	// A reminder's day after its weekday; iCalendar's attendee.
	check(t, sc, `Reminder: visit Mon 5/13 at 10:15 AM. Reply C to confirm.`, want{"Mon 5/13", Date})
	check(t, sc, `Reminder: your appointment is on Tue 5/14 at 2:45 PM`, want{"Tue 5/14", Date})
	check(t, sc, `Mercy Ridge Rehab. Reminder: your session is Tue 3/12 at 11:00 AM. Reply C to confirm`, want{"Tue 3/12", Date})
	check(t, sc, `Reminder: all offices closed Mon 5/27 for Memorial Day.`) // no one's visit
	check(t, sc, `visit 12/12 of 20 completed`)
	check(t, sc, `ATTENDEE;CN=Chiamaka Okonkwo;ROLE=REQ-PARTICIPANT:mailto:chiamakao@gmail.com`,
		want{"Chiamaka Okonkwo", Name}, want{"chiamakao@gmail.com", Email})
	// A contact traced: their name typed in lower case, their last
	// exposure; a symptom's onset without its year.
	check(t, sc, `prog=MPOX monitoring day 3/21 :: contact wei yazzie replied by SMS from +12068956410`,
		want{"wei yazzie", Name}, want{"+12068956410", Phone})
	check(t, sc, `{"firstName":"Ana","lastName":"Vang","lastExposure":"2024-03-04"}`, want{"Ana", Name}, want{"Vang", Name}, want{"2024-03-04", Date})
	check(t, sc, `spoke w/ pt Aaliyah Johnson (DOB 1/29/04), confirms sx onset 3/8. Works`,
		want{"Aaliyah Johnson", Name}, want{"1/29/04", Date}, want{"3/8", Date})
	check(t, sc, `please contact support at 12 or contact info`)
	// A sync's conflict names the field its two values fill; Medi-Cal's CIN.
	check(t, sc, `[Sync] conflict field=phone local=5595550138 remote=5595550139 resolution=server_wins`,
		want{"5595550138", Phone}, want{"5595550139", Phone})
	check(t, sc, `Medi-Cal renewal for Marta Rosales (CIN 98078020B) due 04/28/2024.`,
		want{"Marta Rosales", Name}, want{"98078020B", HealthPlan}, want{"04/28/2024", Date})
	// A telephone's address under an address key; a state that is also a
	// word needs its ZIP after a street without a suffix.
	check(t, sc, `{"eventBody":{"addressTo":"tel:+18005550177","addressFrom":"tel:+14808663847"}}`,
		want{"+18005550177", Phone}, want{"+14808663847", Phone})
	check(t, sc, `Nov  9 00:03:13 pagegw snppd[2210]: < 550 Error, Invalid Pager ID`)
	check(t, sc, `lives at 65964 N Main, Boise, ID 83702 ok`, want{"65964 N Main", Address}, want{"Boise", Address}, want{"83702", ZIP})
	// An SQL error's state is no ZIP; "90+" is a bucket of ages; a
	// ticket's journal names who wrote the entry.
	check(t, sc, `DOB 1997-09-13, ZIP 02072) - skipped [SQLSTATE 01000] (Message 0)`, want{"1997-09-13", Date}, want{"02072", ZIP})
	check(t, sc, `person_id age at index 99 > 89 -> reporting age as "90+"`, want{"99", Age})
	check(t, sc, `2024-03-12 02:19:47 EDT - Megan Chen (Work notes) - RITM0041933: Daughter called`)
	// A report's "ID:" a column away from the name; a last injection; a
	// test's day in a record that names its patient.
	check(t, sc, `Name: MENSAH, RAFAEL                ID: 00342175   Sex: M`, want{"MENSAH, RAFAEL", Name}, want{"00342175", MRN})
	check(t, sc, `{"Patient":"Chidi Bui","LastInjection":"2024-04-09","GapDays":34}`, want{"Chidi Bui", Name}, want{"2024-04-09", Date})
	check(t, sc, `{"patient_last":"Achterberg","test_date":"2024-05-13"}`, want{"Achterberg", Name}, want{"2024-05-13", Date})
	check(t, sc, `{"suite":"api","test_date":"2024-05-13"}`)
	// A header row whose names the lists hold ("End"); a schedule's
	// filler contact is staff.
	check(t, sc, `SessionID,Date,Start,End,Handpiece,Wavelength(nm),Spot(mm),Fluence(J/cm2),Operator,PatientID,SkinType`)
	check(t, sc, `SCH|898929^LSL|||||FOLLOWUP|||15|min|^^15^202403281700|||||GREENWOOD^TASHA|||||||||BOOKED`, want{"202403281700", Date})
	// A crawler's address; a subscription's next charge.
	check(t, sc, `66.249.66.80 - - [13/May/2024:09:23:01 -0700] "GET /frames HTTP/1.1" 200 512 "-" "Mozilla/5.0 (compatible; Googlebot/2.1)"`)
	check(t, sc, `71.204.160.113 - - [13/May/2024:09:23:01 -0700] "GET /portal HTTP/1.1" 200 512 "-" "Mozilla/5.0"`, want{"71.204.160.113", IP})
	check(t, sc, `3.194.81.251 - - [Sat, 31 Oct 2026 09:04:23 GMT] "GET /api/v2/claims HTTP/1.1" 404 41801 "-" "Googlebot/2.1 (+http://www.google.com/bot.html)"`,
		want{"3.194.81.251", IP}) // anyone may say "Googlebot": only Google's network proves it
	check(t, sc, `{"subscription":{"next_charge_scheduled_at":"2024-07-19","order_interval_unit":"month"}}`)
	// A row's first field is its own when no time follows it; a clinician
	// at work in a row's cells; a form's "Date(s) of Service".
	check(t, sc, `2024-06-11|WEBINAR|Brooks|Aaliyah|brooks.aaliyah@comcast.net|walk_in|t`,
		want{"2024-06-11", Date}, want{"Brooks", Name}, want{"Aaliyah", Name}, want{"brooks.aaliyah@comcast.net", Email})
	check(t, sc, `2024-10-06,PACU,E40934,"Morales, Rosa",RN,HYDROmorphone 1 mg/mL 1 mL CARPUJECT,WASTE`)
	check(t, sc, `faxocr[580]: page1: Reference #: 0218C30L4O    Date(s) of Service: 08/18/2024 - 11/16/2024`,
		want{"08/18/2024", Date}, want{"11/16/2024", Date})
	// An anaesthesiologist at work; an anaesthetic's MAC is a measure.
	check(t, sc, `<Case><Patient>Ruiz, Ana</Patient><Staff Surgeon="OKAFOR, EMEKA" Anesthesiologist="ABERNATHY, COLE"/></Case>`,
		want{"Ruiz, Ana", Name})
	check(t, sc, `{"obs":{"MAC":0.62,"FiO2":50},"mac":"00:1B:44:11:3A:B7"}`, want{"00:1B:44:11:3A:B7", Device})
	// A shared calendar's address and an event's UID are no one's
	// mailboxes; who determined, collected or referred is staff.
	check(t, sc, `{"organizer":{"email":"c_0748793@group.calendar.google.com"},"attendees":[{"email":"rosemichelle.dorvil@gmail.com"}],"iCalUID":"st1jsggobpbg8@google.com"}`,
		want{"rosemichelle.dorvil@gmail.com", Email})
	check(t, sc, `UID:ptbc-appt-81887@palmettotide.org`)
	check(t, sc, `{"determinedBy":"Jolene Tran","applicant":"THIBODEAUX, EMILIE"}`, want{"THIBODEAUX, EMILIE", Name})
	// Who writes for a practice introduces themselves and it; a patient
	// says where she writes from.
	check(t, sc, `body="Hi Dagny, this is Mirlande from Palmetto Tide. Reply C to confirm"`, want{"Dagny", Name})
	check(t, sc, `hi this is Ana Ruiz, my mom needs a refill`, want{"Ana Ruiz", Name})
	// Rails' Message-ID and hosts no mail reaches are no mailboxes.
	check(t, sc, `[7a33d47a] Delivered mail 16984236c2b8edf6f_56@crm-web-2.mail (738.0ms) to jane.roe@gmail.com`, want{"jane.roe@gmail.com", Email})
	// What a caller entered at an IVR's step, by the field the step asks for.
	check(t, sc, `sid=IVR-20241108-00806 app=ah_ptos node=CollectDOB input="04291954" mode=dtmf conf=1.00`, want{"04291954", Date})
	check(t, sc, `sid=IVR-1 node=CollectCallback input="4707843592" mode=dtmf`, want{"4707843592", Phone})
	check(t, sc, `sid=IVR-1 node=GetLanguage input="2" mode=dtmf`)
	// An initial and its period under a person's key, then the surname.
	check(t, sc, `observation end pt=T. Wójcik minutes=30`, want{"T. Wójcik", Name})
	// NCPDP fields keyed by their number and ID.
	check(t, sc, `B1 302-C2=W918312488 303-C3=01 304-C4=19320610 310-CA=THERESE 311-CB=ISHIKAWA 402-D2=7707772 401-D1=20240312`,
		want{"W918312488", HealthPlan}, want{"19320610", Date}, want{"THERESE", Name}, want{"ISHIKAWA", Name}, want{"20240312", Date})
	// A court's notice is about its defendant; a court's own address is not.
	check(t, sc, `<CourtNotification><Defendant><Name><Last>Schwartz-Levy</Last><First>Xochitl</First></Name><DOB>1958-06-07</DOB></Defendant></CourtNotification>`,
		want{"Schwartz-Levy", Name}, want{"Xochitl", Name}, want{"1958-06-07", Date})
	check(t, sc, `{"court":{"address":"41 N Perry St","phone":"937-225-4000"}}`)
	// NCPDP's segment separator drawn as its tables name it.
	check(t, sc, `B1 >> 610494D0B1MCDOH <SS>AM04<FS>C2911286384466<FS>CCESTEBAN<FS>CDVAN DER BERG<SS>AM01<FS>C419960917<GS>`,
		want{"911286384466", HealthPlan}, want{"ESTEBAN", Name}, want{"VAN DER BERG", Name}, want{"19960917", Date})
	// A name typed in lower case under "name", when the lists know it.
	check(t, sc, `JDC-INTAKE | name=sandoval, oluwaseun | dob=2008-09-12`, want{"sandoval, oluwaseun", Name}, want{"2008-09-12", Date})
	check(t, sc, `intake name=maria garcia dob=2008-09-12`, want{"maria garcia", Name}, want{"2008-09-12", Date})
	check(t, sc, `job name=payment service=billing`)
	// A trip sheet's rider no list holds, before their number and street.
	check(t, sc, `TR-920616|2024-05-15|06:15|Raghunath Oyelaran|(928) 507-9539|6746 N 35th Ave|Casa Grande|85111|SKC Casa Grande|07:30|WC`,
		want{"Raghunath Oyelaran", Name}, want{"(928) 507-9539", Phone}, want{"6746 N 35th Ave", Address}, want{"Casa Grande", Address}, want{"85111", ZIP})
	// A trial's subject by an abbreviated key, by OpenClinica's; a mail's subject is no one.
	check(t, sc, `charge_route har=7396870002 subj=1042-0031 dos=02/28/2024 cpt=93000`, want{"7396870002", Account}, want{"1042-0031", MRN}, want{"02/28/2024", Date})
	check(t, sc, `item_data_value_updated study_subject=2207-008 event=SE_SCREENING`, want{"2207-008", MRN})
	check(t, sc, `mail queued subj="Invoice 2207-008 overdue" to=ops`)
	// A patient's record by its UUID, under the patient's key; a call's participant's is no one's.
	check(t, sc, `{"patientId":"b941d50e-12b2-4eb7-9029-7ee1bccc488b","status":"ok"}`, want{"b941d50e-12b2-4eb7-9029-7ee1bccc488b", OtherID})
	check(t, sc, `{"participantId":"b941d50e-12b2-4eb7-9029-7ee1bccc488b","status":"joined"}`)
	// A valet's row: the plate before its state and make; plates listed under their key.
	check(t, sc, `6107,2024-10-07 06:27:15,Quentin Estrada,918-455-2399,SLN-692,OK,Toyota,Camry,RED,H25,CANCER-CTR,patient`,
		want{"Quentin Estrada", Name}, want{"918-455-2399", Phone}, want{"SLN-692", Vehicle})
	check(t, sc, `permit issued for patient "Rosalind Villanueva" plates=[728MNC,UCS-319] valid_until=2024-11-06`,
		want{"Rosalind Villanueva", Name}, want{"728MNC", Vehicle}, want{"UCS-319", Vehicle})
	// A support chat's speakers, marked by their role; a patient named in a note in brackets stays.
	check(t, sc, `[3/11/2024 7:55:00 AM] Derek Holm (Technician): I'm going to restart the eCW services`)
	check(t, sc, `Pharmacy rejected Rx for de la Cruz, Ji-woo (prescriber Will Hart RN): DUR conflict`, want{"de la Cruz, Ji-woo", Name})
	// A military mail address, its post office and ZIP; a storage unit's box is none.
	check(t, sc, `AddressValidation input='PSC 557 Box 462, FPO AP 96379' result=VALID_MILITARY`,
		want{"PSC 557 Box 462", Address}, want{"FPO", Address}, want{"96379", ZIP})
	check(t, sc, `moved Unit 4 Box 2 to the annex`)
	// The sponsor's SSN after a family member prefix; a DoD ID; a portal's user signing in from home.
	check(t, sc, `Pt: Mateo Park, 14yo M, DOB 03/25/2009, FMP 02/716-86-6328. Requested for soccer.`,
		want{"Mateo Park", Name}, want{"03/25/2009", Date}, want{"716-86-6328", SSN})
	check(t, sc, `PATRON_ID_SCAN|type=CAC|dodid=1028323940|cat=AD`, want{"1028323940", OtherID})
	check(t, sc, `Portal login succeeded for cmensah591 from 174.223.178.29 (method=DSLogon)`, want{"cmensah591", OtherID}, want{"174.223.178.29", IP})
	check(t, sc, `login succeeded for jdoe1 from 10.1.2.3`)
	// A person's number found once is theirs wherever else the record prints it; a business's toll-free line is no one's.
	if fs := check(t, sc, `{"contacts":[{"profile":{"name":"Noura"},"wa_id":"971558646934"}],"messages":[{"from":"971558646934","type":"text"}]}`,
		want{"Noura", Name}, want{"971558646934", Phone}); len(fs) != 3 {
		t.Errorf("a WhatsApp message's sender: %d findings, want the name and the number twice: %s", len(fs), describe(fs))
	}
	// A test patient by its given name, under a key too; a trauma alias stays a patient's.
	check(t, sc, `{"patientName":"ZZNICU, TEST","result":"MATCH"}`)
	check(t, sc, `{"patientName":"ZZTRAUMA, OSCAR","result":"MATCH"}`, want{"ZZTRAUMA, OSCAR", Name})
	// Siblings and parents named after their word, and a mother in Spanish and Haitian Creole.
	check(t, sc, `Sibling visit prep. Parents Siobhan & Declan consented; met with sibling Ayo (age 7) at bedside`,
		want{"Siobhan", Name}, want{"Declan", Name}, want{"Ayo", Name})
	// A patient's wristband scanned: GS1's service relation number of a recipient (AI 8018).
	check(t, sc, `{"msg":"raw scan","raw":"]C18018095012381015897972","aim":"]C1"}`, want{"095012381015897972", OtherID})
	// A DataFrame quoted in a message with its newlines escaped: the header names each row's columns.
	check(t, sc, `MlflowException: Failed to enforce schema of data '        mrn  age    birth_dt\n0  10010205   29  1994-11-27\n1  01756443   95  1929-03-06' with schema`,
		want{"10010205", MRN}, want{"1994-11-27", Date}, want{"01756443", MRN}, want{"95", Age}, want{"1929-03-06", Date})
	check(t, sc, `{"out":["    pat_mrn         pat_name    admit_dt\n0  10383318  NAKAMURA, EBONY  2024-02-05"]}`,
		want{"10383318", MRN}, want{"NAKAMURA, EBONY", Name}, want{"2024-02-05", Date})
	// An accident's date after its abbreviation.
	check(t, sc, `pt c/o LBP 4/10 since MVA on 11/28/23, worse w/ sitting`, want{"11/28/23", Date})
	// A 911 call's emergency service number is no device's serial; an implant's five digits are.
	check(t, sc, `03/14/25 02:13:34 ALI[P3] ESN 0452  CLS WPH2`)
	check(t, sc, `VNS magnet swiped by pt at onset (Model 106, SN 12314). Marked on record.`, want{"12314", Device})
	// An addiction counsellor's credential at its level.
	check(t, sc, `dirsync: staff "Gideon Marsh, CADC-I" missing extension`)
	// A logcat tag after its process and level is no street; a card masked with bullets, its issuer's number.
	check(t, sc, `03-11 08:02:42.551  8123  8214 I CT.Auth: login ok`)
	check(t, sc, `{"payment_details":{"credit_card_bin":"494748","credit_card_number":"•••• •••• •••• 4927"}}`)
	// A name after its record's number; charts listed; a folder's count of files.
	check(t, sc, `performing the operation "Set guarantor" on target "PatNum 59269 Nguyễn, Soo-ah".`, want{"59269", MRN}, want{"Nguyễn, Soo-ah", Name})
	check(t, sc, `Duplicate charts: 1764267 and 1764274 both on file`, want{"1764267", MRN}, want{"1764274", MRN})
	check(t, sc, `7z a -tzip E:\offsite\charts_20230813.zip D:\Charts\ (5949 files, 6 GB)`)
	// An EDC audit row: a date's CDISC field, then its value.
	check(t, sc, `88133594,NVT-4417-301(Prod),1042,Screening,Informed Consent,0,DSSTDAT,DataPoint,,20 NOV 2023,pdeshmukh,Investigator`,
		want{"20 NOV 2023", Date})
	// A passport's second line alone, its number of nine characters running on into it.
	check(t, sc, `K863813362KWT5805093M2612199258050983903<<84`, want{"K86381336", OtherID}, want{"580509", Date}, want{"258050983903", OtherID})
	check(t, sc, `<EmiratesID>784-1969-8785136-5</EmiratesID>`, want{"784-1969-8785136-5", OtherID})
	// Canada's health card numbers by their words and keys; a province and its postcode in a row's cells.
	check(t, sc, `No CC recipient resolved for patient Tanis St-Pierre (HCN 9885829987 MP), defaulting`, want{"Tanis St-Pierre", Name}, want{"9885829987", HealthPlan})
	check(t, sc, `{"patient":{"ohip_hcn":"5145813761","mrn":"4030683"}}`, want{"5145813761", HealthPlan}, want{"4030683", MRN})
	check(t, sc, `ZPA|RAHMAN|HARJIT|19541003|M|629 CEDAR AVENUE|BURNABY|BC|V5H1J6|6048714567|`,
		want{"RAHMAN", Name}, want{"HARJIT", Name}, want{"19541003", Date}, want{"629 CEDAR AVENUE", Address}, want{"BURNABY", Address}, want{"V5H1J6", ZIP}, want{"6048714567", Phone})
	// A signature's telephone before its mail address at a care organisation; a patient's before a routing field stays.
	check(t, sc, `SIG: Penelope Strand, Director of Annual Giving, 918-494-6230, pstrand@mercyridgehealth.org`)
	check(t, sc, `{"body":"please call me at 847-555-0156","routed_to":"nurse-line@lakeshoreasc.com"}`, want{"847-555-0156", Phone})
	// A form's hint is an example, the number typed beside it a person's.
	check(t, sc, `{'mobile_phone': ['Enter a valid phone number (e.g. +12125552368).']} raw='+971 56 965 5797 ext' country=AE`,
		want{"+971 56 965 5797", Phone})
	// A nurse call's assigned nurse; an administrator signing with a degree.
	check(t, sc, `nurse call room=3W-312 bed=A patient="Obi, Rafael" assignedRN="Chen, Li" state=ANSWERED`, want{"Obi, Rafael", Name})
	check(t, sc, `Sincerely, Dana Whitfield, MHA - Manager, International Patient Services`)
	// A mail header's display name before an address at a care organisation is staff's; a subject's name before a sender's cell stays.
	check(t, sc, "Mon, 11 Mar 2024 09:17:50 -0500\t\"Raj Patel\" <raj.patel@lakeshoremercy.org>\tmsg")
	check(t, sc, `Recipient OK,70405,1,,,Your lab results are ready - Roosevelt Washington,sokoro@northwoodhealth.org,1.9`, want{"Roosevelt Washington", Name})
	check(t, sc, `V-17|Harbor Family Medicine|(928) 507-9539|6746 N 35th Ave|Casa Grande|85111`,
		want{"(928) 507-9539", Phone}, want{"6746 N 35th Ave", Address}, want{"Casa Grande", Address}, want{"85111", ZIP})
	// A calendar day under a key that says nothing of it is the person's the record names; a record's own
	// dates, a deadline's, an instant and a record naming no one are not.
	check(t, sc, `{"subject": "Maria Lopez", "missed_diaries": 3, "last_entry": "2024-03-13"}`, want{"Maria Lopez", Name}, want{"2024-03-13", Date})
	check(t, sc, `child="Haddad, Aaliyah" when=2024-04-21 room=4B`, want{"Haddad, Aaliyah", Name}, want{"2024-04-21", Date})
	check(t, sc, `{"patient": "Maria Lopez", "created_at": "2024-03-13", "dueDate": "2024-04-01", "kitExp": "2025-01-31"}`, want{"Maria Lopez", Name})
	check(t, sc, `patient="Maria Lopez" devTime=2024-03-11 08:36:07 room=4B`, want{"Maria Lopez", Name})
	check(t, sc, `{"job": "nightly", "last_entry": "2024-03-13", "rows": 12}`)
	// Names in other scripts under a name's key, in the vocabulary or the script's own ("ФИО", "姓名", "الاسم");
	// capitals under "Name:" up to the next key; French keys, colons and "Né(e)".
	check(t, sc, `name: Шевчук Дмитро Іванович, dob 1970-01-01`, want{"Шевчук Дмитро Іванович", Name}, want{"1970-01-01", Date})
	check(t, sc, `text="ФИО: Шапиро Татьяна Борисовна\nДата"`, want{"Шапиро Татьяна Борисовна", Name})
	check(t, sc, `[lep-sync:uk] ПІБ=Бондаренко Олена Степанівна; дата`, want{"Бондаренко Олена Степанівна", Name})
	check(t, sc, `病人姓名：廖淑芬；出生`, want{"廖淑芬", Name})
	check(t, sc, `text='الاسم: محمد عبد الله الحسيني  تاريخ'`, want{"محمد عبد الله الحسيني", Name})
	check(t, sc, `text="퇴원요약지 성명: 조미숙 생년"`, want{"조미숙", Name})
	check(t, sc, `patient_name=Шевчук Дмитро dob=1970-01-01`, want{"Шевчук Дмитро", Name}, want{"1970-01-01", Date})
	check(t, sc, `Сервер: запуск завершено; 病毒扫描：完成`)
	check(t, sc, `Name: ILUNGA MBUYI DOB: 1970-01-01`, want{"ILUNGA MBUYI", Name}, want{"1970-01-01", Date})
	check(t, sc, `Carnet — Nom : ILUNGA MBUYI Prénom : Jean-Pierre Né(e) le 28 décembre 1955.`,
		want{"ILUNGA MBUYI", Name}, want{"Jean-Pierre", Name}, want{"28 décembre 1955", Date})
	check(t, sc, `Facility ID: PA0521   Facility Name: BROOKHAVEN AT CRANBERRY   State: PA`)
	// A report's header as rows of two cells; Saint opening a surname after a keyword or quoted in a row.
	check(t, sc, `"Patient ID","C0046101"`, want{"C0046101", MRN})
	check(t, sc, `"Patient Name","Ngozi Mokoena"`, want{"Ngozi Mokoena", Name})
	check(t, sc, `"Software","BodiTrak 6.1"`)
	check(t, sc, `Built claim LCRS24B1730 for beneficiary ST. PIERRE, ERNESTO (MBI 9Y12J72AD99) lines=3`,
		want{"ST. PIERRE, ERNESTO", Name}, want{"9Y12J72AD99", HealthPlan})
	check(t, sc, `240312B0412,B,4W,408,A,"ST. PIERRE, TYRONE",CCHO60,REG,THIN`, want{"ST. PIERRE, TYRONE", Name})
	// A latitude and a longitude as one value, under a geocode's key or a key that says nothing, in a record that names someone.
	check(t, sc, `patient=Ana Ruiz gps=47.19463,-122.48302`, want{"Ana Ruiz", Name}, want{"47.19463", Address}, want{"-122.48302", Address})
	check(t, sc, `{"user":"Ana Ruiz","dropoff":"35.47115, -97.42246"}`, want{"Ana Ruiz", Name}, want{"35.47115", Address}, want{"-97.42246", Address})
	check(t, sc, `courier eta updated order=ORD-2024-3797051 eta=53min dropoff=47.19463,-122.48302`)
	check(t, sc, `patient=Ana Ruiz v=1.2345,6.7890,3.4567 w=0.0001,0.0002`, want{"Ana Ruiz", Name})
	// An age's "yo" before a bracket; an X12 segment quoted after a 999's error; a label's lines escaped.
	check(t, sc, `called on behalf of retiree YAMAMOTO, YUI (92 yo) -- POA on file.`, want{"YAMAMOTO, YUI", Name}, want{"92", Age})
	check(t, sc, `[999] AK2*834*0034 rejected IK3*NM1*136**8 IK4*2*66*7: segment='NM1*IL*1*DOS SANTOS*BEATRIZ****34*819369521~'`,
		want{"DOS SANTOS", Name}, want{"BEATRIZ", Name}, want{"819369521", SSN})
	check(t, sc, `raw_text="Ship to: Ana Ruiz\n6239 AVENIDA DEL SOL FL 2\nRALEIGH, NC 27691-8565\nG7 Receiver"`,
		want{"Ana Ruiz", Name}, want{"6239 AVENIDA DEL SOL FL 2", Address}, want{"RALEIGH", Address}, want{"27691-8565", ZIP})
	check(t, sc, `raw="6197 KIMBALL AVE\nATLANTA GA 30377\nX"`, want{"6197 KIMBALL AVE", Address}, want{"ATLANTA", Address}, want{"30377", ZIP})
	// A row without a header whose birth date names its person: its other days and its number are theirs.
	check(t, sc, `08G,P05997836,031378509,5/28/1961,1,81134,10/13/2023,12/14/2023,3/23/2024,,,,16,2024Q3`,
		want{"P05997836", MRN}, want{"031378509", MRN}, want{"5/28/1961", Date}, want{"10/13/2023", Date}, want{"12/14/2023", Date}, want{"3/23/2024", Date})
	check(t, sc, `nightly,2024-03-01,2024-03-02,ok,17`)
	check(t, sc, `SubscrID="51817597858";SubscrDOB=#12/8/2000#;When=8/9/2023 8:30:06 AM`, want{"51817597858", HealthPlan}, want{"12/8/2000", Date})
	// A probation officer, a case manager and a certifying official at their work; a donor is no staff.
	check(t, sc, `color-code test on 03/08/2024; flagged NON_COMPLIANT for PO Marcus Tidwell`)
	check(t, sc, `flagged NON_COMPLIANT for Case Mgr. Alicia Nuñez`)
	check(t, sc, `PRN DRAEGER SN=045117 | SUBJ: JARAMILLO, IMANI`, want{"045117", Device}, want{"JARAMILLO, IMANI", Name})
	// A donor by their word; a card's address verification ZIP, not its result.
	check(t, sc, `note case=MRO-24-01219 author=awhitcombe: Donor Luca ten Brink (employee ID 88693208) states`, want{"MRO-24-01219", OtherID}, want{"Luca ten Brink", Name}, want{"88693208", MRN})
	check(t, sc, `formulario: nombre_donante="Aroha Popescu" fecha_nac=20/05/1983`, want{"Aroha Popescu", Name}, want{"20/05/1983", Date})
	check(t, sc, `card=4743185104301380 exp=10/28 avs=47403 result=APPROVED`, want{"4743185104301380", Account}, want{"47403", ZIP})
	check(t, sc, `gateway avs=Y cvv=M result=ok`)
	// A row's surname with its particle, and its city before its state and ZIP.
	check(t, sc, `100147457|DA SILVA|MAI|652049588|02/21/2015|HC 61 BOX 62|DORRANCE|KS|67634|7854173487|K26486864|PA`,
		want{"100147457", MRN}, want{"DA SILVA", Name}, want{"02/21/2015", Date}, want{"HC 61 BOX 62", Address}, want{"DORRANCE", Address}, want{"67634", ZIP},
		want{"7854173487", Phone}, want{"K26486864", MRN})
	check(t, sc, `100797801|ST. CLAIR|FOLAKE|058328830|07/30/1952|1822 ROAD 190|MARQUETTE|KS|67464|7853029682|K17553239|SP`,
		want{"100797801", MRN}, want{"ST. CLAIR", Name}, want{"058328830", MRN}, want{"07/30/1952", Date}, want{"MARQUETTE", Address}, want{"67464", ZIP}, want{"7853029682", Phone}, want{"K17553239", MRN})
	check(t, sc, `B20240311-STMT-03|VENDOR|EN|ACME SUPPLY|CHICAGO|IL|60680|MAILED`)
	// An NCPDP transaction header's date of service, a request's and a response's; a DUR's previous fill.
	check(t, sc, `msg=600471D0B1MRXEGWP   1011830675900     20240313PIONEER001<SS><FS>AM04<FS>C22QY0F19NP22<FS>CCTHI LAN<FS>CDKO`,
		want{"20240313", Date}, want{"2QY0F19NP22", HealthPlan}, want{"THI LAN", Name}, want{"KO", Name})
	check(t, sc, `msg=D0B11R011830675900     20240313<SS><FS>AM24<FS>E4ER<FS>FU20240227<FS>FV1000`, want{"20240313", Date}, want{"20240227", Date})
	// NCPDP separators in caret notation and in hexadecimal; a field's dump by its number and ID, its label led by dots.
	check(t, sc, `TX NCPDP B1 |012884D0B1MCDRX     1012468337672     20240314LIBRTY0777^^^\AM04^\C2TX53844Q^\C1STATEMCD^\C301^^^\AM01^\C419600129^\C52^\CALAKSHMI^\CBIVANOVA^\CP62772^\`,
		want{"20240314", Date}, want{"TX53844Q", HealthPlan}, want{"19600129", Date}, want{"LAKSHMI", Name}, want{"IVANOVA", Name}, want{"62772", ZIP})
	check(t, sc, `msg=D0B11A012468337672     20240228<1E><1C>AM24<1C>E4DD<1C>FU20240213<1C>FV180000`, want{"20240228", Date}, want{"20240213", Date})
	check(t, sc, `06:04:00.201 [trx 88808a75] AM04 302-C2 CARDHOLDER ID......................................: W426207071`, want{"W426207071", HealthPlan})
	// A county's and a health department's mail is its staff's; a patient's beside it is theirs.
	check(t, sc, `,[SECURE] ASQ results for Lijon Anjain,ngozi.adeyemi@tchd.tallgrass-county.us,rkowalczyk@tchd.ok.gov,Originating`, want{"Lijon Anjain", Name})
	check(t, sc, `portal signup for Lijon Anjain email=lijon.anjain@gmail.com`, want{"Lijon Anjain", Name}, want{"lijon.anjain@gmail.com", Email})
	// A coded value's tail is no name; a dispense's date.
	check(t, sc, "MSH|^~\\&|A|B|C|D|20240311||VXU^V04|1|P|2.5\rRXA|0|1|20240305|20240306|08^Hep B^CVX|0.5|mL^milliliters^UCUM||||||||AC1554|20251228|MSD^Merck and Co^MVX|||CP|A",
		want{"20240305", Date}, want{"20240306", Date})
	check(t, sc, `RXD|1|00054417425^LITHIUM CARBONATE 300MG CAP^NDC|20240314|56|CAP|||RX8094974|0`, want{"20240314", Date})
	// ASAP's patient without an ID: the segment's many elements say it is no 837's PAT.
	check(t, sc, `PAT*******NOVAK*CHELSEA*A***11202 SUGAR TREE RD**YOUNGSTOWN*OH*445940614*7406076621*19910109*F*01*01~`,
		want{"NOVAK", Name}, want{"CHELSEA", Name}, want{"11202 SUGAR TREE RD", Address}, want{"YOUNGSTOWN", Address},
		want{"445940614", ZIP}, want{"7406076621", Phone}, want{"19910109", Date})
	// Japanese and Korean: names under their keys and before an honorific, family and given name apart; dates by era.
	check(t, sc, `[InputAssist] 券面事項 氏名=田中　花子 生年月日=昭和55年7月6日 住所`, want{"田中　花子", Name}, want{"昭和55年7月6日", Date})
	check(t, sc, `환자 딸입니다. 아버지 생년월일 1933년 4월 9일, 올해 91세이세요.`, want{"1933년 4월 9일", Date}) // Korean parts its units with spaces
	check(t, sc, `病棟=5東 512号室 患者ID=0078487401 山口 翔太様 (5歳)`, want{"0078487401", MRN}, want{"山口 翔太", Name})
	check(t, sc, `姪 渡辺 芽依様（０１１－３２３－００２３）へ電話連絡`, want{"渡辺 芽依", Name})
	check(t, sc, `body="김민준 님 안녕하세요.`, want{"김민준", Name})
	check(t, sc, `氏名カナ=ノノムラ　ケンイチ`, want{"ノノムラ　ケンイチ", Name})
	check(t, sc, `ログイン成功 センター 令和6年4月3日`)
	// Keys in CJK scripts with their values, each up to the next key, a full-width semicolon or an escaped line feed.
	check(t, sc, `電話番号: 090-1234-5678 住所: 東京都文京区本郷1-2-3`, want{"090-1234-5678", Phone}, want{"東京都文京区本郷1-2-3", Address})
	check(t, sc, `text="주소: 경기도 고양시 일산동구 중앙로 286\n입원일: 2023.12.19"`, want{"경기도 고양시 일산동구 중앙로 286", Address})
	check(t, sc, `您好，我是Mei-Ling Chen。`, want{"Mei-Ling Chen", Name})
	// A listing's row aligned by spaces from a record's number at its start; a log line's columns are no row.
	check(t, sc, `08893277 Chatterjee      Dmitri      12/17/1940  VERSA1  RECT_LCRT    7/28`, want{"Dmitri", Name}, want{"12/17/1940", Date})
	check(t, sc, `Q3B21 started   worker=4  queue=default  took 12ms  status=ok`)
	// A chat API's assistant is no staff: the names its message holds are the patient's; an age to come.
	check(t, sc, `{"role":"assistant","content":[{"type":"text","text":"SUBJECTIVE:\nYusuf Wójcik is a 75-year-old man seen on 11/18/2024"}]}`,
		want{"Yusuf Wójcik", Name}, want{"11/18/2024", Date})
	check(t, sc, `{"person": "Chidi Okonkwo", "role": "Medical Assistant"}`)
	check(t, sc, `"text":"I'll be 92 in the spring, can you believe that?" it'll be 100 percent done`, want{"92", Age})
	// A FHIR search's date, the patient's when the query names them; a day's schedule is no one's.
	check(t, sc, `"GET /fhir/r4/Appointment?patient=12345678&date=2024-05-28&status=booked"`, want{"12345678", MRN}, want{"2024-05-28", Date})
	check(t, sc, `"GET http://lfsc-srv01/clinic/appt/day.php?date=2025-03-03&prov=HALE" user=ana.ruiz`, want{"ana.ruiz", OtherID})
	// A contained Patient's local id, which "#pt1" references, is no one's number; its identifier is.
	check(t, sc, `{"resourceType":"MedicationRequest","contained":[{"resourceType":"Patient","id":"pt1","identifier":[{"type":{"text":"MRN"},"value":"1234567"}]}],"subject":{"reference":"#pt1","display":"Orville de la Cruz"}}`,
		want{"1234567", MRN}, want{"Orville de la Cruz", Name})
	// A VCF header's pairs in angle brackets are no XML element.
	check(t, sc, `##SAMPLE=<ID=24GN-00418,Individual="Kahananui, Makana",DOB=1964-04-12,MRN=E3537078,Description="Affected">`,
		want{"Kahananui, Makana", Name}, want{"1964-04-12", Date}, want{"E3537078", MRN})
	// A name whose parts underscores join, under a name's key; a queue's or a data extension's are none.
	check(t, sc, `wildcards: sample=24GN-00609, patient=Fitzgerald-Shaw_Marguerite`, want{"Fitzgerald-Shaw_Marguerite", Name})
	check(t, sc, `node=MAIN_MENU digit=6 next=BILLING_Q <Name>DE_Mammo_Due</Name> partner=CGS_JB`)
	// A fax server's receipt: the sender's line is an office's, unless the record names a person.
	check(t, sc, `Apr  2 18:35:22 fax-01 FaxGetty[6204]: RECV FAX: from "(216) 555-0191", CSID "CLEVELAND FAM MED", 2 pages in 0:00:24, jobid 71998`)
	check(t, sc, `RECV FAX from 6085550117 for patient Ana Ruiz`, want{"6085550117", Fax}, want{"Ana Ruiz", Name})
	// A header whose column names hold digits ("IdLast4") is a header: its names are no one's.
	check(t, sc, `VisitDate,VisitType,BadgeNo,VisitorLast,VisitorFirst,VisitorDOB,IdType,IdState,IdLast4,PatientName,Unit,Room,TimeIn,TimeOut`)
	// A FHIR order's identifier is the order's; a Patient's is the patient's.
	check(t, sc, `{"resourceType":"MedicationRequest","identifier":[{"system":"urn:oid:2.16.840.1.113883.3.13.6","value":"1135623"}],"subject":{"display":"Orville de la Cruz"}}`,
		want{"Orville de la Cruz", Name})
	check(t, sc, `{"resourceType":"Patient","identifier":[{"system":"urn:oid:2.16.840.1.113883.3.13.6","value":"1135623"}]}`, want{"1135623", MRN})
	// A multipart form's parts, as a request body's dump prints them: each part's name keys its body.
	check(t, sc, `body: b'--XyZ\r\nContent-Disposition: form-data; name="full_name"\r\n\r\nMEI-LING PETROV\r\n--XyZ\r\nContent-Disposition: form-data; name="dob"\r\n\r\n1983-12-01\r\n--XyZ\r\nContent-Disposition: form-data; name="csrf"\r\n\r\nb4461634e3858a6aa57317cc4900d1b3\r\n--XyZ--'`,
		want{"MEI-LING PETROV", Name}, want{"1983-12-01", Date})
	check(t, sc, "Content-Disposition: form-data; name=\"passport_photo\"; filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n/9j/4AAQSkZJRgABAQEASABIAABLATT/PdfOTwJIQHwhbv9Uh5qyvAqVNFYwm8UOOoBvm0GDb57kiFjtfM6Rokli287aI9lZ5\r\n--XyZ--",
		want{"/9j/4AAQSkZJRgABAQEASABIAABLATT/PdfOTwJIQHwhbv9Uh5qyvAqVNFYwm8UOOoBvm0GDb57kiFjtfM6Rokli287aI9lZ5", Photo})
	// A fax number's element under its fax's; a pharmacy's numbers under a wrapper that says nothing are still the pharmacy's.
	check(t, sc, `<Patient><CommunicationNumbers><Fax><Number>7187319262</Number></Fax></CommunicationNumbers></Patient>`, want{"7187319262", Fax})
	check(t, sc, `<Pharmacy><CommunicationNumbers><PrimaryTelephone><Number>5055550102</Number></PrimaryTelephone><Fax><Number>5055550103</Number></Fax></CommunicationNumbers></Pharmacy>`)
	// A day written first with its month's name, a certificate's number under "cert_no".
	check(t, sc, `{"cert_no":"ICVP41128154","holder":"TAKAHASHI Yuki","administered":"14 May 2024"}`,
		want{"ICVP41128154", License}, want{"TAKAHASHI Yuki", Name}, want{"14 May 2024", Date})
	// An event of care alone as a key ("implant"), its day the patient's; a place's schedule is the place's.
	check(t, sc, `type="Ventricular episode" patient="TAKAHASHI, ZOFIA" implant=21.05.2020 sn=69712968`,
		want{"TAKAHASHI, ZOFIA", Name}, want{"21.05.2020", Date}, want{"69712968", Device})
	check(t, sc, `location record updated {"facility":"Harbor Behavioral Health","address":"12 Main St, Macon, GA 31201","scheduled":"2024-12-20"}`)
	// "PID" of eight digits is no process's; a UDI's separator in caret notation; a valet's plate.
	check(t, sc, `Study opened Patient="OKAFOR, RAJESH H" PID=19796124 DOB=09/28/1960`, want{"OKAFOR, RAJESH H", Name}, want{"19796124", MRN}, want{"09/28/1960", Date})
	check(t, sc, `worker started pid=4412 PID=48812`)
	check(t, sc, `raw="]d201007630001372981726092810B3582658^]21VNB39119R" valet_plate=MEV0624`,
		want{"]d201007630001372981726092810B3582658^]21VNB39119R", Device}, want{"MEV0624", Vehicle})
	// A CRM's change of a property, named in one member, its value in the next.
	check(t, sc, `{"objectId":96276626,"propertyName":"date_of_birth","propertyValue":"1961-04-03","changeSource":"CRM_UI"}`, want{"1961-04-03", Date})
	// A record number behind its prefix and a dash, under "pid".
	check(t, sc, `TOPO-EXPORT pid=LV-278171 name="Thompson, Lakshmi" dob=08/15/1991`,
		want{"LV-278171", MRN}, want{"Thompson, Lakshmi", Name}, want{"08/15/1991", Date})
	// A message that names its reader first; not a word that is a name too, nor a weekday.
	check(t, sc, `{"body":"Lakshmi, your surgery is confirmed.","subject":"Hamid, thank you for your review"}`,
		want{"Lakshmi", Name}, want{"Hamid", Name})
	check(t, sc, `{"body":"Rose, your order shipped","note":"Monday, we are closed"}`)
	// An issue tracker's key after a card's word; a processor's published test card.
	check(t, sc, `# TODO remove raw card logging (PAY-460)`)
	check(t, sc, `<creditCard><cardNumber>4007000000027</cardNumber></creditCard>`)
	// An "id" right after a name is the named person's number; a rule's is not.
	check(t, sc, `PatientContext - Loaded patient 'NWACHUKWU^YUKI' id=16521291 birth=19320108`,
		want{"NWACHUKWU^YUKI", Name}, want{"16521291", MRN}, want{"19320108", Date})
	check(t, sc, `cap rule Maria Lopez id=RO-MUE-77386 hits=5`, want{"Maria Lopez", Name})
	// A grievance's complainant; a template's fields are no values; a nurse named by her title is staff.
	check(t, sc, `Grievance GRV-2024-00007 opened; complainant=Demir, Nkechi phone=5035622844`, want{"Demir, Nkechi", Name}, want{"5035622844", Phone})
	check(t, sc, `Merging 'GRV_Resolution_v5.docx': «AddressBlock»="{AddressBlock}" addr="{{address}}" name=${patient.name} dob=%(dob)s`)
	check(t, sc, `She was left in a wet gown. Nurse Jennifer was the only one who helped.`)
	// A row's zero-padded number before the name and the day it vouches for; a short sequence is none.
	check(t, sc, `7843300,0,00764921,"Charlemagne, Jean-Pierre",12/17/2005,11/17/2024`,
		want{"00764921", MRN}, want{"Charlemagne, Jean-Pierre", Name}, want{"12/17/2005", Date}, want{"11/17/2024", Date})
	check(t, sc, `D|000384|20240516|ABERNATHY|IMANI|19480407`, want{"20240516", Date}, want{"ABERNATHY", Name}, want{"IMANI", Name}, want{"19480407", Date})
	// A log's own fields after a segment's name are no HL7 segment's.
	check(t, sc, `PV1|2024-04-23 23:23:06|6034|rph.dames|F-2806907-09|VERIFIED|IVANOVA, ABDUL|DOB:19900716|NDC:42279-2462-48`,
		want{"IVANOVA, ABDUL", Name}, want{"19900716", Date})
	// The range of a care event's days; "range" alone keys nothing.
	check(t, sc, `{"patient":"Ana Ruiz","dosRange": "2022-05-31 to 2022-06-08"}`, want{"Ana Ruiz", Name}, want{"2022-05-31", Date}, want{"2022-06-08", Date})
	check(t, sc, `{"patientId":"MRN8200357","model":"arcface-r100","embedding_dim":5,"embedding":[0.1959,-0.1447,0.1253,-0.1348,1.5e-3]}`,
		want{"MRN8200357", MRN}, want{"[0.1959,-0.1447,0.1253,-0.1348,1.5e-3]", Biometric})
	check(t, sc, `verify patient=VD-29248 match=0.843 probeEmbedding=[0.1910, -0.0453, -0.0410, 0.2827, 0.2907, 0.0925, ...] ok`,
		want{"VD-29248", MRN}, want{"[0.1910, -0.0453, -0.0410, 0.2827, 0.2907, 0.0925, ...]", Biometric})
	check(t, sc, `{"embedding":"[0.0491,0.1712]","text_embedding":[0.1,0.2,0.3,0.4,0.5,0.6]}`) // too short for a template; a text's
	check(t, sc, `{"type":"conversation_part","author":{"type":"user","id":"1506a735","name":"Maryam Okafor","email":"jian.zhao@fastmail.com"},"body":"fundraiser: https://gofund.me/b6188187"}`,
		want{"1506a735", OtherID}, want{"Maryam Okafor", Name}, want{"jian.zhao@fastmail.com", Email}, want{"https://gofund.me/b6188187", URL})
	check(t, sc, `2024-03-18 08:31:23,CIC-3,MICU,01,TX3223,YELLOW,SpO2 LOW,86,90-100,"OKAFOR, ADEBAYO",E1795386,53,ESCALATED`, want{"OKAFOR, ADEBAYO", Name})
	check(t, sc, `Skipping 'Rahimi, Nasrin' (MRN 02135531): mobile is a landline`, want{"Rahimi, Nasrin", Name}, want{"02135531", MRN})
	check(t, sc, `moved to 'Portland, OR', billed 'Acme, Inc' and 2024-10-06,PACU,"Morales, Rosa",RN,HYDROmorphone`) // a place, a firm, a nurse at work
	check(t, sc, `{"scheduled_event":{"event_memberships":[{"user_email":"dr.rao@clinic.example","user_name":"Priya Rao"}]},"invitee":{"email":"pat@gmail.com","name":"Pat Jones"},"host_email":"front@clinic.example"}`,
		want{"pat@gmail.com", Email}, want{"Pat Jones", Name}) // the booking's hosts are staff
	check(t, sc, `subpoena served_via=efile issuing_atty="Bradley Conway" firm="Baxter Lyle & Quintero PC"`) // a party's lawyer
	check(t, sc, `2025-03-06T09:44:09+11:00 [Client] DEBUG NASH certificate loaded`)                         // a component's tag, no keyword for a name
	check(t, sc, `2025-03-06T09:44:09+11:00 [HI-Client] DEBUG NASH certificate loaded`)                      // "HI" is the tag's first part, no greeting
	check(t, sc, `[MRN-1906188] Hi Maria Lopez`, want{"MRN-1906188", MRN}, want{"Maria Lopez", Name})        // a keyword and its number in one tag
	check(t, sc, `UPDATE t SET [Addr1]=N'x' WHERE [PatientID] = 139603708`, want{"139603708", MRN})
	check(t, sc, `54.172.60.52 - - [14/May/2024:07:15:42 -0500] "POST /webhooks/twilio/inbound HTTP/1.1" 200 12 "-" "TwilioProxy/1.1"`) // a provider calling back
	check(t, sc, `45.148.10.31 - - [14/Mar/2024:06:06:58 -0400] "GET /.git/config HTTP/1.1" 404 196 "-" "Mozilla/5.0"`)                 // a scanner's probe
	check(t, sc, `68.99.97.51 - - [11/Mar/2024:10:24:34 +0000] "POST /wp-admin/admin-ajax.php HTTP/1.1" 200 52 "-" "Mozilla/5.0"`, want{"68.99.97.51", IP})
	check(t, sc, `POST /sms SmsStatus=received&From=%2B18325550188&FromZip=77459&To=%2B17135550100&ToZip=77401&ToCity=BELLAIRE`,
		want{"%2B18325550188", Phone}, want{"77459", ZIP}) // the service's own number's place
	check(t, sc, `{"MessageSid": "SM5c3b0b4cc98cf97d430d77755526f520", "From": "+16069391342", "To": "+13045559010", "Body": "STOP", "Status": "received"}`,
		want{"+16069391342", Phone}) // Python's json.dumps: a space after each colon
	check(t, sc, `production.INFO: SMS dispatched {"to":"+18475550150","from":"+18475550100","sid":"SM170d1ae7"}`, want{"+18475550150", Phone})
	check(t, sc, `notify-worker sms.outbound to=+12067718104 from=+15095550120 lang=vi segments=2`, want{"+12067718104", Phone}) // the clinic's own line sends
	check(t, sc, `<Preparer>RRH Quality Dept</Preparer><PreparerPhone>206-555-0108</PreparerPhone>`)
	check(t, sc, `<134>1 2024-03-11T12:26:16.015Z pumpgw-tpa sigma-gw 2894 INFUSION_START [pump@32473 ch="A" fw="13.7.2"] drug="ketamine"`) // a syslog element's enterprise number
	check(t, sc, `{"event":"family.view_ua_results","actor":{"type":"family","id":"fu_8976","email":"petrov.ricardo96@icloud.com","name":"Petrov, Ricardo","relationship":"uncle"}}`,
		want{"fu_8976", OtherID}, want{"petrov.ricardo96@icloud.com", Email}, want{"Petrov, Ricardo", Name})
	check(t, sc, `{"eventName":"ConsoleLogin","actor":{"type":"user","id":"AIDA5","name":"Priya Shah"}}`)                                 // an audit trail's user: staff
	check(t, sc, `{"type":"conversation_part","author":{"type":"admin","id":"5583","name":"Priya Shah","email":"priya@clinic.example"}}`) // staff
	check(t, sc, `{"id":"evt_1QQTbuMKU6Oi7KaHL1ij57us","type":"customer.created","data":{"object":{"id":"cus_Phrr6rNJliNHMY","object":"customer"}}} charge ch_3OqMn2 customer=cus_0sMu5GsetyNkPv`,
		want{"cus_Phrr6rNJliNHMY", Account}, want{"cus_0sMu5GsetyNkPv", Account})
	check(t, sc, `payout po_1OtNiA amount=4821300 currency=usd arrival_date=1710201600; {"event":{"scheduledTime":1715580840000},"dob":"1954-03-02"}`,
		want{"1954-03-02", Date}) // a payout's and a job's instants, as systems count time
	check(t, sc, `{"participant_id":"P5112685","profile":"https://www.strava.com/athletes/65577570","scopes":"read"}`,
		want{"P5112685", OtherID}, want{"https://www.strava.com/athletes/65577570", URL})
	check(t, sc, `activity by owner (example.org/patients/111504124) synced`, want{"111504124", MRN}) // the path's segment ends at the parenthesis
	check(t, sc, `her profile www.facebook.com/maria.lopez.5832 and fundraiser gofundme.com/f/help-ana-walk-again.`,
		want{"www.facebook.com/maria.lopez.5832", URL}, want{"gofundme.com/f/help-ana-walk-again", URL}) // pages without their scheme
	check(t, sc, `otel.library.name=github.com/twmb/franz-go/plugin/kotel www.example.com/x facebook.com graph.facebook.com/v18.0/1367/messages`)
	check(t, sc, `SIU referral: clmt's public profile https://www.strava.com/athletes/37850507 showing a race photo dated 01/07/2024; claimed dx radiculopathy`,
		want{"https://www.strava.com/athletes/37850507", URL}, want{"01/07/2024", Date}) // a profile's page names its person, whose day it is
	check(t, sc, `OBX|4|TX|54094-8^Emergency department Triage note^LN||Pt c/o dizzy since March 2, 2024. Denies recent travel.||||||F`, want{"March 2, 2024", Date})
	check(t, sc, `sync: no changes since March 2, 2024 (opt 12pt font)`)
	check(t, sc, `{"patient":{"name":"CHOWDHURY, PATRICK"},"servicePeriod":"2024-08-22 to 2024-09-18"}`, want{"CHOWDHURY, PATRICK", Name}, want{"2024-08-22", Date}, want{"2024-09-18", Date})
	check(t, sc, `mrn=40877120 authPeriod=[2024-01-28..2024-05-27] payer=MEDICARE`, want{"40877120", MRN}, want{"2024-01-28", Date}, want{"2024-05-27", Date})
	// A genetic profile of five markers or more singles a person out; a marker or two do not.
	check(t, sc, `IdentityQC fingerprint=rs4988235:CC;rs6025:TG;rs9939609:GG;rs762551:GG;rs1801282:TA -> 5/5 concordant`,
		want{"rs4988235:CC;rs6025:TG;rs9939609:GG;rs762551:GG;rs1801282:TA", Biometric})
	check(t, sc, `Target: unknown male|Y-STR DYS393=13 DYS390=25 DYS19=16 DYS391=9 DYS385a=11 DYS389II=30; pending`,
		want{"DYS393=13 DYS390=25 DYS19=16 DYS391=9 DYS385a=11 DYS389II=30", Biometric})
	check(t, sc, `variant rs429358:TT rs7412:CC called; DYS19=16`)
	// Birth in German, Dutch, Italian and Polish.
	check(t, sc, `Auskunft nach Art. 15 DSGVO; Geburtsdatum 27.02.1994. Ticket weitergeleitet`, want{"27.02.1994", Date})
	// A form's answers, each named by its field's reference; an answer to a question that names nothing is none.
	check(t, sc, `{"answers":[{"field":{"id":"ReYcqxe4LSwc","type":"short_text","ref":"first_name"},"type":"text","text":"Mateo"},`+
		`{"field":{"id":"x","type":"date","ref":"dob"},"type":"date","date":"2001-10-07"},{"field":{"id":"z","ref":"fav_color"},"type":"text","text":"Blue"}]}`,
		want{"Mateo", Name}, want{"2001-10-07", Date})
	// A patient's initials under their key; German narratives: "geb. 5. Juni 1980", "Aufnahme am 15.02.2024".
	check(t, sc, `inbox item II-691045 -> case 2024NL004968 patient_initials=K.S. dob=1975-08-21`, want{"2024NL004968", OtherID}, want{"K.S", Name}, want{"1975-08-21", Date})
	check(t, sc, `Betrifft eine 43-jährige Patientin (Weiß, Ursula, geb. 5. Juni 1980). Stationäre Aufnahme am 15.02.2024, Entlassung am 18.02.2024.`,
		want{"Weiß, Ursula", Name}, want{"5. Juni 1980", Date}, want{"15.02.2024", Date}, want{"18.02.2024", Date})
	// A report's receipt is its keeper's day, no one's.
	check(t, sc, `{"patient_initials__v":"F.B.","patient_date_of_birth__v":"1986-08-09","receipt_date__v":"2024-03-05"}`,
		want{"F.B.", Name}, want{"1986-08-09", Date})
	// PIDF-LO's civic address, as 911 location carries it (A1, the state, is none).
	check(t, sc, `<ca:civicAddress><ca:country>US</ca:country><ca:A1>WY</ca:A1><ca:A2>Laramie</ca:A2><ca:A3>Cheyenne</ca:A3><ca:HNO>3487</ca:HNO><ca:RD>Lincoln</ca:RD><ca:STS>Blvd</ca:STS></ca:civicAddress>`,
		want{"Laramie", Address}, want{"Cheyenne", Address}, want{"3487", Address}, want{"Lincoln", Address}, want{"Blvd", Address})
	check(t, sc, `{"location":{"civic":{"a1":"MA","a3":"Worcester","hno":"6740","rd":"Brookside Cir"}}}`,
		want{"Worcester", Address}, want{"6740", Address}, want{"Brookside Cir", Address})
	// A road that is its number, first.
	check(t, sc, `subscriber moved to 4075 HWY 491, El Paso; took 3 route 9 buses`, want{"4075 HWY 491", Address}, want{"El Paso", Address})
	// An XTN's area code and number repeat its first component's number: redacting one leaves the other.
	check(t, sc, `NK1|1|NOWAK^JI-HO|SON^Son^HL70063||(971)697-3962^PRN^PH^^^971^6973962||EC^Emergency Contact^HL70131`,
		want{"NOWAK^JI-HO", Name}, want{"(971)697-3962", Phone}, want{"971^6973962", Phone})
	// A row whose birth date says it is someone's names them where the lists know one of the words; a label and its value do not.
	check(t, sc, `COL,2024-03-12,13:20,YER IVANOVA,9/21/1953,5756370937,,HMN`,
		want{"YER IVANOVA", Name}, want{"9/21/1953", Date}, want{"5756370937", Phone})
	check(t, sc, `|AGE 96|RX 4179053|DOB 03/02/1928|FILL 11/06/2024|PKG VIAL|RPH CASTELLANO`, want{"96", Age}, want{"03/02/1928", Date}, want{"11/06/2024", Date})
	// "ID" after the patient's word.
	check(t, sc, `[Worklist] INFO  Patient selected ID=MV0779206 Proc="Screening"`, want{"MV0779206", MRN})
	// A call's number with its day inside is no card's; a recipient's initials; a death in Spanish.
	check(t, sc, `AcdBridge - CallEnded callId=CC-20240311-00566 duration=00:13:18 disposition=REFERRAL_TAKEN`)
	check(t, sc, `{"recipient_initials":"K.V.","recipient_dob":"11/24/1931"}`, want{"K.V.", Name}, want{"11/24/1931", Date})
	check(t, sc, `no autoriza investigación. Fallecimiento el 11 de marzo de 2024. Funeraria: Cielo Vista`, want{"11 de marzo de 2024", Date})
	// An SSN in its three groups with spaces, under its key.
	check(t, sc, `ClientImport row 38: ssn=510 61 4369 rejected (does not match payer file)`, want{"510 61 4369", SSN})
	// A unit's number after '#' is no mask.
	check(t, sc, `{"address":[{"line":["17118 SE Tualatin Valley Hwy","#8"],"city":"Olive Branch"}]} ssn=###`,
		want{"17118 SE Tualatin Valley Hwy", Address}, want{"#8", Address}, want{"Olive Branch", Address})
	// A list of a person's events of care dates each; the same list in a record that names no one dates nothing.
	check(t, sc, `{"name":"Ana Ruiz","immunizations":[{"vaccine":"Varicella","date":"2015-02-03"},{"vaccine":"IPV","date":"06/19/2012"}]}`,
		want{"Ana Ruiz", Name}, want{"2015-02-03", Date}, want{"06/19/2012", Date})
	check(t, sc, `{"clinic":"north","appointments":[{"date":"2024-07-02","slots":14}]}`)
	// "LAST, FIRST" in a row a birth date vouches for, hyphenated or in letters outside ASCII.
	check(t, sc, `O2|CC09|cot E-03|OKONKWO-BAPTISTE, CHIDI|DOB 1932-02-05|AGE 93|Philips SimplyGo Mini SN SGM7529754|3.0 LPM`,
		want{"OKONKWO-BAPTISTE, CHIDI", Name}, want{"1932-02-05", Date}, want{"93", Age}, want{"SGM7529754", Device})
	// A form part cut at the end of the input, its headers' line break last.
	check(t, sc, `Content-Disposition: form-data; name="dob"\r\n`)
	check(t, sc, "Content-Disposition: form-data; name=\"dob\"\r")
	// An inbound message's webhook, known by its media count: its receiver is the service's own number.
	check(t, sc, `POST /sms/inbound Body=Pain+4%2F10&From=%2B13125550144&To=%2B13129442100&NumMedia=0&AccountSid=ACe3f73f8b304f0b32cae65abb9133753e`,
		want{"%2B13125550144", Phone})
	// A call tracker's number and WhatsApp's number id are the business's.
	check(t, sc, `callrail.post_call {"tracking_phone_number":"+14694156656","customer_name":"Aleksandra Nowak","customer_phone_number":"+14695551234"}`,
		want{"Aleksandra Nowak", Name}, want{"+14695551234", Phone})
	// A vaccine's doses each dated, a person's when the record names one.
	check(t, sc, `<Applicant><Name>Rkia Bennani</Name><Vaccine code="POLIO"><Dose seq="1" date="2012-11-18"/><Dose seq="2" date="2013-03-29"/></Vaccine></Applicant>`,
		want{"Rkia Bennani", Name}, want{"2012-11-18", Date}, want{"2013-03-29", Date})
	// "veh", a vehicle's abbreviation, before its plate.
	check(t, sc, `text="husband on scene; veh 657SVU parked in driveway, keys secured"`, want{"657SVU", Vehicle})
	// A name under "X_first" and "X_last" when it is one; a page's or a batch's is none.
	check(t, sc, `{"order":"#FD12794","order_first":"Kenji","order_last":"Adeyemi","page_first":"1","batch_last":"B-20"}`,
		want{"Kenji", Name}, want{"Adeyemi", Name})
	// A message to "your" reader that names them last; not a word that is a name too, nor a day.
	check(t, sc, `{"subject":"Your Ferncliff results are ready, Sofía","x":"Thanks for your order, Rose","y":"Your visit is confirmed, Monday"}`,
		want{"Sofía", Name})
	// The days listed after one the text ties to someone; not a row's timestamp after them.
	check(t, sc, `supervised-diet summary for DAY, OLUWASEUN C (MRN 11921724, DOB 01/16/1996) visits: 12/26/2023, 01/19/2024, 02/14/2024 wt_start=413.8`,
		want{"DAY, OLUWASEUN C", Name}, want{"11921724", MRN}, want{"01/16/1996", Date}, want{"12/26/2023", Date}, want{"01/19/2024", Date}, want{"02/14/2024", Date})
	check(t, sc, `DETAIL:  Failing row contains (8239590, Kowalski, François, 1957-08-11, PPO3, 2024-06-01, 2024-05-14 00:34:17.285876+00).`,
		want{"Kowalski, François", Name}, want{"1957-08-11", Date}, want{"2024-06-01", Date})
	// A registry's card number, CEF's destination user (whose record), a proxy's account; NAACCR's registry code is no one's.
	check(t, sc, `label generated registry_id=MMP23-386086 duid=NBW807768266 proxyUser=mom.jones44`,
		want{"MMP23-386086", OtherID}, want{"NBW807768266", MRN}, want{"mom.jones44", OtherID})
	check(t, sc, `<Item naaccrId="registryId">0000390001</Item><Item naaccrId="nameLast">ROE</Item>`, want{"ROE", Name})
	// An image a logo's key or name says is the organisation's; a selfie beside a name with "brand" inside it is a face.
	check(t, sc, `{"asset":"clinic-logo@2x.png","b64":"/9j/4AAQSkZJRgABAQEASABIAABLATT/PdfOTwJIQHwhbv9Uh5qyvAqVNFYw"}`)
	check(t, sc, `{"holderName":"BRANDI HADDAD","selfie":"/9j/4AAQSkZJRgABAQEASABIAABLATT/PdfOTwJIQHwhbv9Uh5qyvAqVNFYw"}`,
		want{"BRANDI HADDAD", Name}, want{"/9j/4AAQSkZJRgABAQEASABIAABLATT/PdfOTwJIQHwhbv9Uh5qyvAqVNFYw", Photo})
	// A transaction's own days (effective, processed, received) beside a member's benefit's.
	check(t, sc, `NM1*IL*1*OKAFOR*CHIDI****MI*W748732072~DTP*007*D8*20240301~DTP*050*D8*20240302~DTP*348*D8*20240101~`,
		want{"OKAFOR", Name}, want{"CHIDI", Name}, want{"W748732072", HealthPlan}, want{"20240101", Date})
	// An ambulance's pick-up is most often the patient's home; its drop-off a facility.
	check(t, sc, `CLM*RB250308*1662.32***41:B:1*Y*A*Y*Y~NM1*PW*2~N3*5197 N 35TH AVE~N4*MARICOPA*AZ*85138~NM1*45*2~N3*1111 E MCDOWELL RD~N4*PHOENIX*AZ*85006~`,
		want{"RB250308", Account}, want{"5197 N 35TH AVE", Address}, want{"MARICOPA", Address}, want{"85138", ZIP})
	// A fleet's unit by a code shorter than plates are: its VIN and plate are the fleet's.
	check(t, sc, `ts=2024-03-11T06:01:17Z src=samsara vehicle=LT-02 vin=1FVJJ7LD8RP060061 plate=PA-ZH21331 speed_mph=66`)
	// An appointment's participant that is the patient, by its reference; a clinician's is no one's.
	check(t, sc, `{"participant":[{"actor":{"reference":"Patient/00978500","display":"Lars Rivera"}},{"actor":{"reference":"Practitioner/1131632733","display":"Marcus Whitfield, MD"}}]}`,
		want{"00978500", MRN}, want{"Lars Rivera", Name})
	// A name as VistA and RPMS write it, under a person's key, however ordinary its words.
	check(t, sc, `auth_no=25-DW-00419 pt="KILLS ENEMY,AUTUMN" dos=2025-03-09 status="ERROR,RETRY"`,
		want{"25-DW-00419", OtherID}, want{"KILLS ENEMY,AUTUMN", Name}, want{"2025-03-09", Date})
	// A specimen's day of receipt (OBR-14), beside its collection's (OBR-7).
	check(t, sc, "PID|1||00203077^^^LDH^MR||DOE^JANE||19380228|F\rOBR|1|ORD422274|GS24-013333^LAB|88305^Surgical pathology^CPT4|||202410120323|||||||202410130910|COLON",
		want{"00203077", MRN}, want{"DOE^JANE", Name}, want{"19380228", Date}, want{"202410120323", Date}, want{"202410130910", Date})
}

// A value found once is found again where the record repeats it, unless
// its key there says otherwise, or the record repeats it too often to be
// a person's.
func TestBilingualRecords(t *testing.T) {
	sc := Default()
	// Two surnames, then the given name after a comma.
	check(t, sc, `alta paciente=do Nascimento Magalhães, Vítor mrn=E705548959 ingreso=02/25/2024`,
		want{"do Nascimento Magalhães, Vítor", Name}, want{"E705548959", MRN}, want{"02/25/2024", Date})
	check(t, sc, `nota="Paciente Burgos Quiñones, Néstor llamó; picked up by father Darnell Kealoha, ID checked"`,
		want{"Burgos Quiñones, Néstor", Name}, want{"Darnell Kealoha", Name})
	// A document's kind names its number.
	check(t, sc, `Documento no verificado: Tipo=LicenciaConducir Numero=S41952057 Estado=MA`, want{"S41952057", License})
	check(t, sc, `{"doc_tipo": "pasaporte EE.UU.", "numero_documento": "926839677"}`, want{"926839677", OtherID})
	check(t, sc, `{"tipo": "factura", "numero": "F-2024-118"}`)
	// Streets whose type comes first and whose number follows the name.
	check(t, sc, `Me mudé a Calle Flamboyán #771, Fajardo 00738. adresse Ave. Fernández Juncos 570 Apt 3B, Vega Baja`,
		want{"Calle Flamboyán #771", Address}, want{"Fajardo", Address}, want{"00738", ZIP},
		want{"Ave. Fernández Juncos 570 Apt 3B", Address}, want{"Vega Baja", Address})
	check(t, sc, `Me mudé a Res. Brisas del Mar Edif. 2 Apt 287, Humacao 00791.`,
		want{"Res. Brisas del Mar Edif. 2 Apt 287", Address}, want{"Humacao", Address}, want{"00791", ZIP})
	check(t, sc, `Calle 5 done; Ave Maria 12 times; Res 200 OK; the Cond. Check 5 failed; Bo Jackson 34`, want{"Bo Jackson", Name})
	// Face photos by a path in Spanish, under any key.
	check(t, sc, `POST /v1/pacientes/fotos ok path=/srv/media/fotos_pacientes/2024/03/4124976_frente.jpg size=96107`,
		want{"/srv/media/fotos_pacientes/2024/03/4124976_frente.jpg", Photo})
	check(t, sc, `Foto guardada en \\fs-hab-01\Admisiones\Fotos\DEL\5081084.jpg; logo=/static/img/logo_foto.png`,
		want{`\\fs-hab-01\Admisiones\Fotos\DEL\5081084.jpg`, Photo})
	// Labels written as a sentence starts; a row's city, state and ZIP.
	// (The prescriber, "Dra.", is a clinician at work, no patient.)
	check(t, sc, `| Dra. Mei Wang | Fecha de despacho: 03/03/2024 | Fax to: 1-607-486-4039`,
		want{"03/03/2024", Date}, want{"1-607-486-4039", Fax})
	check(t, sc, `#<Patient id: 8812, first_name: "Delphine">`, want{"Delphine", Name})
	check(t, sc, `fila=29089,"Pierre-Louis","Stéphane",53,"Newark",NJ,07107,973-891-6192`,
		want{"Pierre-Louis", Name}, want{"Stéphane", Name}, want{"Newark", Address}, want{"07107", ZIP}, want{"973-891-6192", Phone})
	// Hospital operations: DICOM elements as routers log them, an IVR's said name,
	// a phone after '+1 ', ages told in prose, dates of implants.
	check(t, sc, `C-STORE-RQ (0010,0020)=08852647 (0010,0030)=19940114 (0010,1040)=707 W Broad Terrace Apt 35^Hilliard^OH^43045 (0008,0060)=MR`,
		want{"08852647", MRN}, want{"19940114", Date}, want{"707 W Broad Terrace Apt 35", Address}, want{"Hilliard", Address}, want{"43045", ZIP})
	check(t, sc, `ivr auth said_name="Mateo Park" cb=+1 419 665 9384 result=AUTH_OK; said_name="Yes" port=+1 2`,
		want{"Mateo Park", Name}, want{"+1 419 665 9384", Phone})
	check(t, sc, `birthday cake for Dmitri Cohen turning 103; says she is 102 and diet REGULAR; queue is 99`,
		want{"Dmitri Cohen", Name}, want{"103", Age}, want{"102", Age})
	check(t, sc, `{"model": "WaveWriter", "implanted": "2020-01-22", "rph_lic": "03-2-42448"}`,
		want{"2020-01-22", Date}, want{"03-2-42448", License})
	// Programs' mailboxes, OAuth clients, a card's fingerprint, a user pool: no one's.
	check(t, sc, `{"user":{"name":"billing-recon@pulsewell.app","email":"dispatch-bot@pulsewell.app"},"client_name":"Pulsewell iOS"}`)
	check(t, sc, `{"card":{"last4":"7362","fingerprint":"6cDmXDXV6OEIE9rx"},"userPoolId":"us-east-1_qE0VOYTHO"}`)
	check(t, sc, `{"email":"mpark@yahoo.com","notify":"svc.notify@pulsewell.app"}`, want{"mpark@yahoo.com", Email})
	// The town after a street under its key; a webcam's snapshot.
	check(t, sc, `|dcAddr=5120 Dublin Granville Circle, Athens OH|postal=45759|`,
		want{"5120 Dublin Granville Circle", Address}, want{"Athens", Address}, want{"45759", ZIP})
	check(t, sc, `Object Name: D:\Capture\Webcam\ADT_MR4256709_20240314.jpeg Accesses: ReadData`,
		want{`D:\Capture\Webcam\ADT_MR4256709_20240314.jpeg`, Photo})
	// Keys in dotted paths name the kind of a document; templates and plan IDs under custom attributes.
	check(t, sc, `schedule=CII id_scan.type=STATE_ID id_scan.number=B672-385-42-442-0 id_doc=DL id_number=303138029`,
		want{"B672-385-42-442-0", License}, want{"303138029", License})
	check(t, sc, `{"custom:hp_subscriber":"VGMW12473465","custom:bio_fp":"nnTWnZJiO+YYzURKx+SXpVrDIazycE5mdnbFH4zwsRGa","pt_acct":"HB-207144-27"}`,
		want{"VGMW12473465", HealthPlan}, want{"nnTWnZJiO+YYzURKx+SXpVrDIazycE5mdnbFH4zwsRGa", Biometric}, want{"HB-207144-27", Account})
	// A file named for a person and an ISO date.
	check(t, sc, `aws_s3_object.consent_forms["consents/Collins_Chloe_1946-04-12.pdf"]: Creating... Release_Candidate_2024-01-01.zip`,
		want{"Collins_Chloe", Name}, want{"1946-04-12", Date})
	// MMIS's recipients; a fingerprint's ISO template in hexadecimal.
	check(t, sc, `MMIS2040I RECIP-ID=8137593035 RECIP-NM=LINDQVIST, JAMAL fmr_hex=464d5200203230004af5a2d30f82249c1c9a371847332b77f872ddeb29e2ee3d6798cfbf0f71ef2`,
		want{"8137593035", HealthPlan}, want{"LINDQVIST, JAMAL", Name},
		want{"464d5200203230004af5a2d30f82249c1c9a371847332b77f872ddeb29e2ee3d6798cfbf0f71ef2", Biometric})
	// A logger and its level in a row's fields are no names.
	check(t, sc, `2024-03-14 02:29:40,747|BEDSVC|INFO|evt=DISCHARGE_PEND|patient=DUBOIS, CARLOS R|notify="ccu-charge@mrmc.local"`,
		want{"DUBOIS, CARLOS R", Name})
	// A photo's file named for a person's number.
	check(t, sc, `camera capture saved C:\KioskData\photos\645-278-027_20240314080403.jpg face_detected=true`,
		want{`C:\KioskData\photos\645-278-027_20240314080403.jpg`, Photo})
	// Spanish words before numbers.
	check(t, sc, `Cuenta bancaria 48897213522 rechazada; placa RTJ-318 (PR); nhc ANB33430391, ingreso 04/03/2024`,
		want{"48897213522", Account}, want{"RTJ-318", Vehicle}, want{"ANB33430391", MRN}, want{"04/03/2024", Date})
}

func TestLegacyRecords(t *testing.T) {
	sc := Default()
	// Rows without keys: a person in the row vouches for its dates and
	// names, and a name and a date vouch for each other.
	check(t, sc, `7281 61941615,KIM,1992-02-26,6008 CHESTNUT BLVD APT 20,MACON,GA,31201`,
		want{"1992-02-26", Date}, want{"6008 CHESTNUT BLVD APT 20", Address}, want{"MACON", Address}, want{"31201", ZIP})
	check(t, sc, `2969;Bogdan Singh;01.09.2004;6194 Alvarado Street #26;Tacoma;99779;TX`,
		want{"Bogdan Singh", Name}, want{"01.09.2004", Date}, want{"6194 Alvarado Street #26", Address}, want{"Tacoma", Address}, want{"99779", ZIP})
	check(t, sc, ` 2589. | M2965094  Petrov, Rahul           27jul1998  78455 |`, want{"M2965094", MRN}, want{"Petrov, Rahul", Name}, want{"27jul1998", Date})
	check(t, sc, ` 4675  3557017     TANAKA, THANH           05AUG1981   370-12-9099  66393`,
		want{"TANAKA, THANH", Name}, want{"05AUG1981", Date}, want{"370-12-9099", SSN})
	check(t, sc, `HAR605181156|SHARMA,JOSE C|1958-11-14|16874 BAYOU BLVD|GA|30034|303-861-4384`,
		want{"HAR605181156", Account}, want{"SHARMA,JOSE", Name}, want{"1958-11-14", Date}, want{"16874 BAYOU BLVD", Address}, want{"30034", ZIP}, want{"303-861-4384", Phone})
	check(t, sc, `. replace dob = td(27may1970) if mrn == "5921103"`, want{"27may1970", Date}, want{"5921103", MRN})
	// A row that names and dates someone: its record numbers are theirs.
	check(t, sc, `WARN 049 rejected (DEPT_ID not registered child site): E4709428,TRAN,LEILANI,12/14/1952,F`,
		want{"E4709428", MRN}, want{"TRAN,LEILANI", Name}, want{"12/14/1952", Date})
	check(t, sc, `release BUILD-123456,Release,2024-05-01,SKU-1234567`)
	// HL7: a contact's relationship and a visit's location are no names.
	check(t, sc, "MSH|^~\\&|VISTA|X|Y|Z|20240311||ADT^A08|1|P|2.5\rPID|1||123^^^X^MR||BROOKS^ANJALI||19800101|F\rNK1|1|BROOKS^CODY|SIS^Sister||(937) 579-4692\rPV1|1|O|GALLUP-IHS^PRIMARY CARE^01",
		want{"123", MRN}, want{"BROOKS^ANJALI", Name}, want{"19800101", Date}, want{"BROOKS^CODY", Name}, want{"(937) 579-4692", Phone})
	// A device's serial under "device", an IoT thing's name; not a network card or a disk.
	check(t, sc, `ota WARN campaign=fw-gs-g2-1.1.40 device=GS2-J3CV9BTL8 state=FAILED; kernel: device=eth0 up, device=/dev/sda1 mounted; GET /things/BPC-X92631189/shadow`,
		want{"GS2-J3CV9BTL8", Device}, want{"BPC-X92631189", Device})
	// A support line is an organisation's; a mother's support person is hers.
	check(t, sc, `MRN=19129248 ga=34w1d support="José Garcia" support_ph=+12187913997 supportLine=800.641.2290`,
		want{"19129248", MRN}, want{"José Garcia", Name}, want{"+12187913997", Phone})
	// Government programs: rural routes, a building and a unit, a household's head.
	check(t, sc, `Returned mail for Kwame Runningwater: RR 1 Box 33, Bemidji, MN 56601; voucher -> Rural Route 3 Box 267 (Bayamón)`,
		want{"Kwame Runningwater", Name}, want{"RR 1 Box 33", Address}, want{"Bemidji", Address}, want{"56601", ZIP}, want{"Rural Route 3 Box 267", Address})
	check(t, sc, `msg="household change" hoh_first=Raj hoh_last=Ortiz mail="11188 Sequoyah Blvd Bldg 2 Apt 14" RemitAcct=95269174`,
		want{"Raj", Name}, want{"Ortiz", Name}, want{"11188 Sequoyah Blvd Bldg 2 Apt 14", Address}, want{"95269174", Account})
	// Error trackers: an SDK's name and home page, a span's parent, a
	// placeholder bound later, an organisation's switchboard.
	check(t, sc, `{"notifier":{"name":"Bugsnag Android","url":"https://github.com/bugsnag/bugsnag-android"},"parent_id":"2165851497930347462","user":{"url":"https://github.com/jdoe"}}`,
		want{"https://github.com/jdoe", URL})
	check(t, sc, `INSERT INTO [dbo].[Members] ([PlateNo], [DriversLicenseNo]) VALUES (@p0, @p3)`)
	check(t, sc, `transferred from the switchboard +1 617 555 0100; Support line (617) 555-0100 down; caller 617-555-0143`, want{"617-555-0143", Phone})
	// A ticket's status and a setting named in PascalCase are no one's names.
	check(t, sc, `{"status":{"name":"In Progress"},"modifiedProperties":[{"displayName":"StrongAuthenticationMethod"}],"assignee":{"displayName":"Maria Moreno"}}`,
		want{"Maria Moreno", Name})
	// A FHIR extension names its value by the last segment of its URL.
	check(t, sc, `{"extension":[{"url":"https://ccwis.example.gov/fhir/ext/driver-license","valueString":"UW841243"},{"url":"http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex","valueCode":"F"}]}`,
		want{"UW841243", License})
	// Validation errors name the field, then give the value: pydantic's
	// text, FastAPI's and Ajv's JSON; an object between leaves the name.
	check(t, sc, `ValidationError: 2 validation errors for Member | subscriber.kennzeichen |   String should have at most 13 characters [type=string_too_long, input_value='XQL 8917', input_type=str] | guarantor.dod |   Input should be a valid date [type=date_parsing, input_value='2022-08-18', input_type=str]`,
		want{"XQL 8917", Vehicle}, want{"2022-08-18", Date})
	check(t, sc, `{"detail":[{"type":"string_too_long","loc":["body","subscriber","kennzeichen"],"msg":"too long","input":"XQL 8917"},{"loc":["query","limit"],"input":"5000"}]}`,
		want{"XQL 8917", Vehicle})
	check(t, sc, `{"errors":[{"instancePath":"/patient/firstName","params":{"limit":7},"message":"must NOT have more than 7 characters","data":"Jennifer"}]}`,
		want{"Jennifer", Name})
	// Ops scripts: a filter's test, photos kept in camel-cased or avatar folders.
	check(t, sc, `$ jq -c 'select(.memberId=="HMO722133530")' /data/elig/elig_20240311.ndjson`, want{"HMO722133530", HealthPlan})
	check(t, sc, `target "\\fs01\HIM\PatientPhotos\2018\0670477.jpg"; purged /srv/portal/uploads/avatars/pt_982135.png; /themes/avatar/default.png`,
		want{`\\fs01\HIM\PatientPhotos\2018\0670477.jpg`, Photo}, want{"/srv/portal/uploads/avatars/pt_982135.png", Photo})
	// Transcripts and forms: titles spelled out, a follow-up's date, an age
	// told in the first person, a form reader's key and value.
	check(t, sc, `Medical record number E8577444. Mister Mwangi is a 36-year-old gentleman. Follow up 03/12/2025.`,
		want{"E8577444", MRN}, want{"Mwangi", Name}, want{"03/12/2025", Date})
	check(t, sc, `curl: follow redirects; build 2024-03-01`)
	check(t, sc, `text="I am 103 and have had worsening leg swelling" reply="I'm 95" queue=I am 95% done`, want{"103", Age}, want{"95", Age})
	check(t, sc, `block=KEY_VALUE_SET key="Plate #" key_conf=98.32 value="EE48790" value_conf=64.62`, want{"EE48790", Vehicle})
	// Document AI: Textract's AnalyzeID names a field by its type, Azure
	// Document Intelligence wraps each value; text quoted by a program's
	// repr breaks its lines with escapes.
	check(t, sc, `{"IdentityDocumentFields":[{"Type":{"Text":"FIRST_NAME"},"ValueDetection":{"Text":"AYODELE","Confidence":86.4}},{"Type":{"Text":"ZIP_CODE_IN_ADDRESS"},"ValueDetection":{"Text":"53549"}},{"Type":{"Text":"EXPIRATION_DATE"},"ValueDetection":{"Text":"01/02/2030"}}]}`,
		want{"AYODELE", Name}, want{"53549", ZIP})
	check(t, sc, `{"fields":{"PatientName":{"type":"string","valueString":"ARJUN PATEL","confidence":0.253},"PlateNumber":{"type":"string","valueString":"RM11567"}}}`,
		want{"ARJUN PATEL", Name}, want{"RM11567", Vehicle})
	check(t, sc, `text='ASSESSMENT/PLAN\n95 y/o M, DOB 10/1/1930\nN95 mask'`, want{"95", Age}, want{"10/1/1930", Date})
	check(t, sc, `metadatas=[{'Patientenname': 'PETROV, DARIUSZ', 'Versichertennummer': 'R760106872', 'spk_embedding_b64': 'AACAPyhy7xAR7VRLIUpELGPBMzD9tzUoR5LU'}]`,
		want{"PETROV, DARIUSZ", Name}, want{"R760106872", HealthPlan}, want{"AACAPyhy7xAR7VRLIUpELGPBMzD9tzUoR5LU", Biometric})
	// Revenue cycle and vital records: an agency's placement row, a card's
	// track name, an amendment's old and new values, obituaries, documents.
	check(t, sc, `rec=D|575|G01091856|KOWALSKI|BEATRIZ|E|20021224|444190499|3491 N PECAN WAY|APT 4B|KANKAKEE|IL|60917|7087977629||1166.66|`,
		want{"G01091856", MRN}, want{"KOWALSKI", Name}, want{"BEATRIZ", Name}, want{"20021224", Date}, want{"444190499", SSN}, want{"3491 N PECAN WAY", Address},
		want{"APT 4B", Address}, want{"KANKAKEE", Address}, want{"60917", ZIP}, want{"7087977629", Phone})
	check(t, sc, `lane=5 MSR fallback track1 name="CHEN/DIEGO" resp=00 name="ACME/CORP1"`, want{"CHEN/DIEGO", Name})
	check(t, sc, `amend-svc: type=BIRTH sfn=2021-IL-9229670 field=REGISTRANT_LAST old="Yamamoto" new="Yamamoto-Moreno" field=status old=OPEN new=CLOSED`,
		want{"2021-IL-9229670", OtherID}, want{"Yamamoto", Name}, want{"Yamamoto-Moreno", Name})
	check(t, sc, `{"field":"informant_name","old":"Olga Petrov","new":"Olga Petrova","by":"clerk7"}`, want{"Olga Petrov", Name}, want{"Olga Petrova", Name})
	check(t, sc, `errors: [ ValidationErrorItem { message: 'Validation error', path: 'patientMrn', value: '007926863' } ] GET path=/api/v1/health value=12345`,
		want{"007926863", MRN})
	check(t, sc, `sys_audit tablename=x_pt fieldname=u_pt_dob user=amensah oldvalue="2005-07-28" newvalue="2006-07-28" record_checkpoint=20`,
		want{"2005-07-28", Date}, want{"2006-07-28", Date})
	check(t, sc, `obit_url=https://www.kowalskifuneral.com/obituaries/camila-figueroa-7 see https://example.com/obituaries/search`,
		want{"https://www.kowalskifuneral.com/obituaries/camila-figueroa-7", URL})
	// A page named for one person: a name's slug, a handle under "/u/"; a clinician's page is none.
	check(t, sc, `link=https://reunite.example.org/p/jose-mensah-2fd7df sent; album https://family.example.net/share/album/hiroshi-tanaka-174999?k=5a129e96`,
		want{"https://reunite.example.org/p/jose-mensah-2fd7df", URL}, want{"https://family.example.net/share/album/hiroshi-tanaka-174999", URL})
	check(t, sc, `recall https://my.example.org/u/lena.k98/recall ok; see https://www.example.org/providers/maria-gonzalez-md and https://api.example.com/v1/release-notes/2024-03-31`,
		want{"https://my.example.org/u/lena.k98/recall", URL})
	// A trial's subject by number in prose; an EDC audit trail's items by
	// their CDISC names, in JSON and in ODM.
	check(t, sc, `Subject 205-0021 status SCREENING -> ENROLLED; for subject 310-0011 reason=SAE; subject BB1-2250-K; email subject 2024 Q3 report 88812345`,
		want{"205-0021", MRN}, want{"310-0011", MRN})
	check(t, sc, `{"form_oid":"VS","item_oid":"VSDAT","old_value":"2024-01-30","new_value":"2024-01-31"}`,
		want{"2024-01-30", Date}, want{"2024-01-31", Date})
	check(t, sc, `<ItemData ItemOID="VS.VSDAT" Value="2024-03-07"/><ItemData ItemOID="VS.SYSBP" Value="142"/>`, want{"2024-03-07", Date})
	// An account's page in a path without its host: its handle, when a person made it of their name.
	check(t, sc, `"GET /portal/u/harpreet_kaur HTTP/1.1" 200 "GET /api/users/12345/settings" "GET /u/admin" "GET /api/v1/users/kwame15%40verizon.net"`,
		want{"harpreet_kaur", OtherID}, want{"kwame15%40verizon.net", Email})
	// An HIE's identifiers: an HL7 CX in prose with its assigning
	// authority, a local ID at an authority's OID, an enterprise's EUID;
	// a Direct address at a clinician's organisation, a Message-ID's
	// time-stamped left side.
	check(t, sc, `PIX resolved 000376925^^^SBCH&2.16.840.1.113883.3.9512.10.44&ISO -> [7578111470^^^LHIN&2.16.840.1.113883.3.9512.1.1&ISO]; DocumentEntry.patientId HR563095^^^&2.16.840.1.113883.3.9512.10.37&ISO; M1234567^^^LRH^MR; 12345678^^^X`,
		want{"000376925", MRN}, want{"7578111470", MRN}, want{"HR563095", MRN}, want{"M1234567", MRN})
	check(t, sc, `accepted: identity 005355159@2.16.840.1.113883.3.9512.10.44 linked to EUID 7626052046 (rule=DET-SSN-DOB)`,
		want{"005355159", MRN}, want{"7626052046", MRN})
	check(t, sc, `postfix/smtp[2]: to=<a.mehta@direct.huronriverfp.org> from=<dr.park@direct.sbch.org> to=<maria.kovacs69@direct.myhealthvault.net> message-id=<20250211060023.Pv7iuEcBHT@direct.kentvalleymc.org>`,
		want{"maria.kovacs69@direct.myhealthvault.net", Email})
	// Brazil's systems: a CPF by its check digits, a phone with a
	// two-digit area code, Tasy's and TISS's keys in Portuguese.
	check(t, sc, `Já existe pessoa física cadastrada com o CPF 446.233.024-23 x 446.233.024-24 v1.446.233.024-23 tel '(11)97167-8021' para '(21) 3456-7890'`,
		want{"446.233.024-23", OtherID}, want{"(11)97167-8021", Phone}, want{"(21) 3456-7890", Phone})
	check(t, sc, `nm_pessoa_fisica='KEIKO CARDOSO' dt_agenda=13/03/2024 ds_endereco="RUA ITAPEVA 292" {"numeroCarteira":"UCM2155993804","dataAtendimento":"2024-02-27","nr_cns":"898001160649939"}`,
		want{"KEIKO CARDOSO", Name}, want{"13/03/2024", Date}, want{"RUA ITAPEVA 292", Address}, want{"UCM2155993804", HealthPlan}, want{"2024-02-27", Date}, want{"898001160649939", HealthPlan})
	// A Teams user of the organisation's directory is staff; a job's name
	// that holds "MPI" gives no context to the server after it.
	check(t, sc, `{"type":"message","text":"Walter Pruitt in 4W","from":{"id":"29:1-0qyHee","name":"Ingrid Haugen","aadObjectId":"02abb7a7-b12e-4940-b046-7d9b16e4b80a"}}`,
		want{"Walter Pruitt", Name})
	check(t, sc, `{"id":"1","from":{"user":{"id":"8f1c","displayName":"Samuel Osei"}},"body":{"content":"pt Ana Ruiz DOB 1/2/1950"},"mentions":[{"mentioned":{"user":{"displayName":"Ana Ruiz"}}}]}`,
		want{"Ana Ruiz", Name}, want{"1/2/1950", Date}) // Graph's chat message: its author
	check(t, sc, `{"type":"message","text":"pt Ana Ruiz DOB 1/2/1950","user_profile":{"real_name":"Seamus Jackson","display_name":"seamus.j","is_restricted":false}}`,
		want{"Ana Ruiz", Name}, want{"1/2/1950", Date}) // Slack's: its author
	check(t, sc, `03/11/2024 06:11:35,Job History (LHS_Nightly_MPI_Merge),1,SQLPE01\MPI,Stage contacts`)
	// A university's student by number under "sid" (a session's or a
	// Twilio resource's is none, nor a time); a vaccine's dose dated in a
	// record that names its student.
	check(t, sc, `immz-compliance[2042]: WARN sid=900709821 name="PETROV, DMITRI" status=NONCOMPLIANT mmr1=2004-11-30 menacwy=2020-03-22`,
		want{"900709821", MRN}, want{"PETROV, DMITRI", Name}, want{"2004-11-30", Date}, want{"2020-03-22", Date})
	check(t, sc, `sms sid=SM81363682d3bc3fd4ee710a37a00efa2a ga sid=1715662396 hep=2`)
	// A department's role mailbox joined by a dash ("counseling-scheduling@"); a person's hyphenated name is no role.
	check(t, sc, `mailbox=counseling-scheduling@ngsu.edu cc mary-jane@gmail.com`, want{"mary-jane@gmail.com", Email})
	// Staff by their role alone as a key ("Director", "inspector"), but a
	// member's representative is kin; a parcel's sender is the pharmacy.
	check(t, sc, `{"Decedent":{"Name":"Okafor, Ada"},"FuneralHome":{"Name":"Hill Funeral Home","Director":"Marcus Webb"},"inspector":"Ann Lee","evaluator_email":"a.lee@cc.example","representative":{"name":"Yael Zhang"}}`,
		want{"Okafor, Ada", Name}, want{"Yael Zhang", Name})
	check(t, sc, `{"ship_from":{"name":"Groveport DC","line1":"4400 Alum Creek Dr","phone":"(614) 555-0199"},"ship_to":{"name":"Chidi Okafor","line1":"12 Elm St"}}`,
		want{"Chidi Okafor", Name}, want{"12 Elm St", Address})
	// A newborn's temporary name, as hospitals register babies before
	// they are named; "the baby girl cried" names no one.
	check(t, sc, `A08 infant old='BABYGIRL FERNÁNDEZ' OLD="SZABO,BB BOY" Twin B Okafor; BB BOY A NGUYEN; the baby girl cried; baby boy was fine`,
		want{"BABYGIRL FERNÁNDEZ", Name}, want{"SZABO,BB BOY", Name}, want{"Twin B Okafor", Name}, want{"BB BOY A NGUYEN", Name})
	check(t, sc, `for BABY GIRL DE LA CRUZ to NICU; recollect for BABY A MACLEOD; baby a little fussy`, want{"BABY GIRL DE LA CRUZ", Name}, want{"BABY A MACLEOD", Name})
	check(t, sc, `{"timestamp":"2025-09-18T01:26:02.535Z","severity":40,"msg":"appointment.created","request":{"lastModified":"Mon Feb 10 22:23:21 2025","PATIENT_AGE":"27"}}`) // C's ctime: a timestamp, its year after the time
	// An object printed with an organisation's or a clinician's type is
	// theirs, but for a patient's field in it; a lab kit is a patient's.
	check(t, sc, `credentialing Provider[id=6915, name=Henrik Aalto, email=h.aalto@clinic.example] for Patient[name=Ana Roe, dob=1950-01-02]; PayerProfile(94134,Kaiser Permanente,(800) 555-0155,PO Box 14405, Salt Lake City, UT 62916); LabKit(kit=KIT-6B3QQ0DH, patientName=Yusuf Begay)`,
		want{"Ana Roe", Name}, want{"1950-01-02", Date}, want{"Yusuf Begay", Name})
	// A label set printed inside a quoted string, its quotes escaped.
	check(t, sc, `query {app=\"identity-svc\", patient_mrn=\"05150204\"} |= \"x\"`, want{"05150204", MRN})
	// A slug with the surname first; under a segment for people, names the
	// lists lack; a FHIR Patient's id. Words, a sign-in page, a year and a
	// UUID (any record's) are none.
	check(t, sc, `report https://portal.example.com/r/mizrahi-yael-203087 and https://my.example.com/p/haruto-nakamura-3157 or https://my.example.com/users/sign_in`,
		want{"https://portal.example.com/r/mizrahi-yael-203087", URL}, want{"https://my.example.com/p/haruto-nakamura-3157", URL})
	check(t, sc, `GET https://fhir.example.org/r4/Patient/eCpD7NFSYoY.eLkBWCouWlv3 ns http://www.himsa.com/Noah/Patient/2020 https://x.example.org/p/annual-report-2024 https://fhir.example.org/r4/Patient/7fc9727e-f24a-43ac-a030-33f7af11f708`,
		want{"https://fhir.example.org/r4/Patient/eCpD7NFSYoY.eLkBWCouWlv3", URL})
	check(t, sc, `{"idv": {"docType": "PASSPORT", "docNo": "C13639341"}}`, want{"C13639341", OtherID})
	// A feature flag's rule names its values; a job's arguments, flag by flag;
	// other countries' numbers by their names there.
	check(t, sc, `{"contextName":"memberId","operator":"IN","values":["ZGP3600336355","T56588604"],"caseInsensitive":false}`,
		want{"ZGP3600336355", HealthPlan}, want{"T56588604", HealthPlan})
	check(t, sc, `{"args":["--home-zip","23370","--pt-age","91","--verbose","--retries","3","--medicare-mbi","3NV2-J99-KH33"]}`,
		want{"23370", ZIP}, want{"91", Age}, want{"3NV2-J99-KH33", HealthPlan})
	check(t, sc, `Identity verification pending: Steuer-ID 35942528272 | DNI 78327949T | KVNR Z001077723`,
		want{"35942528272", OtherID}, want{"78327949T", OtherID}, want{"Z001077723", HealthPlan})
	// An organisation's address and phone are on every letter it sends: no one's PHI.
	check(t, sc, `{"facilityAddress":"1200 Harbor Blvd, Portsmouth, VA 23704","vendor":{"phone":"(757) 555-0100"},"facility":{"patient":{"address":"12 Oak St, Norfolk, VA 23510"}}}`,
		want{"12 Oak St, Norfolk, VA 23510", Address})
	check(t, sc, `evt=x facility_address=1200 Harbor Blvd, Portsmouth, VA 23704 pt_addr=44 Elm St`, want{"44 Elm St", Address})
	check(t, sc, `{"platformVendor":"Tri-State Oxygen Supply, 901 Warehouse Row, Erie, PA 16509","note":"deliver to 12 Oak St, Erie, PA 16505"}`,
		want{"12 Oak St", Address}, want{"Erie", Address}, want{"16505", ZIP})
	check(t, sc, `qty=17 vendor="Tri-State Oxygen Supply, 901 Warehouse Row, Erie PA 16509"`)
	check(t, sc, `INV-2023-1440934,"MedCopy Express LLC","PO Box 409740, Atlanta, GA 30384","Baxter Lyle & Quintero PC" from=<roi@stbrendanhealth.org> to=<legal.holds@mercyvalley.org>`)
	check(t, sc, `{"requester": {"org": "Halvorsen & Pike LLP", "phone": "(312) 782-4410", "address": "311 S Wacker Dr Ste 2600, Chicago, IL 60606"}, "patient": {"phone": "(312) 555-0143"}}`,
		want{"(312) 555-0143", Phone})
	check(t, sc, `return addr "Sunbelt Medicaid Partners, Appeals Dept, 1 Keystone Plaza, Harrisburg, PA 17101"; from DocuVault Imaging Corp (88 Industrial Way, Secaucus, NJ 07094)`)
	check(t, sc, `proveedor=Lingua Bridge Interpreting Inc., 75 Federal St Suite 900, Boston, MA 02110; dnis=(614) 555-0109 geo=US-KY`)
	check(t, sc, `{"resourceType":"Location","telecom":[{"system":"phone","value":"787-844-3100"}],"address":{"line":["2445 Ave. Las Americas"],"city":"Ponce"}}`)
	check(t, sc, `{"resourceType":"Patient","telecom":[{"system":"phone","value":"787-844-3100"}],"managingOrganization":{"display":"Acme"}}`,
		want{"787-844-3100", Phone})
	check(t, sc, `employer: Acme Medical Group, 12 Main St, Erie, PA 16505`, want{"Acme", Name}, want{"12 Main St", Address}, want{"Erie", Address}, want{"16505", ZIP})
	check(t, sc, `{"key":"facility.address","value":{"stringValue":"455 Battlefield Blvd S, Chesapeake, VA 23322"}}`)
	check(t, sc, `"XADD" "stream:appt" "*" "facility_phone" "757-482-7700" "support_line" "+1 844 310 5522" "pt_phone" "757-555-0143"`,
		want{"757-555-0143", Phone})
	check(t, sc, `{"tags": {"facility.fax": "(757) 388-3011"}, "nodes":{"patient-merge-zh29m-6272255710":{"displayName":"lookup"}}}`)
	check(t, sc, `{"nodes":{"fax-retry-l8bzc-6782542494":{"id":"fax-retry-l8bzc-6782542494","phase":"Failed"}}}`)
	check(t, sc, `org.apache.spark.SparkDateTimeException: [CAST_INVALID_INPUT] The value '11/05/1941' of the type "STRING"`, want{"11/05/1941", Date})
	// Post-acute care: MDS items, NEMSIS elements, a CAD incident, a
	// pendant's alarm with the wearer's place (a courier's is no one's).
	check(t, sc, `[MDS3] validate rsdnt A0310A=03 A0500A=Linh A0500C=Le A0600A=417489278 A0700=946756988 A0900=19240314 A1600=20240829`,
		want{"Linh", Name}, want{"Le", Name}, want{"417489278", SSN}, want{"946756988", HealthPlan}, want{"19240314", Date}, want{"20240829", Date})
	check(t, sc, `<ePatient.06>Bakersfield</ePatient.06><ePatient.08>CA</ePatient.08><ePatient.09>93320</ePatient.09><ePatient.13>9906003</ePatient.13><ePatient.15>92</ePatient.15>`,
		want{"Bakersfield", Address}, want{"93320", ZIP}, want{"92", Age})
	check(t, sc, `CAD3 INC#24-007307 NAT=FALL PRI=2 LOC=7051 S 12TH PL, MESA CALLER=WISNIEWSKI, NADEGE NOTE: 96 YOF ON FLOOR`,
		want{"7051 S 12TH PL", Address}, want{"MESA", Address}, want{"WISNIEWSKI, NADEGE", Name}, want{"96", Age})
	check(t, sc, `ALARM subscriber="Bao Patel" lat=45.72668 lon=-92.38415 callback=5705550142`,
		want{"Bao Patel", Name}, want{"45.72668", Address}, want{"-92.38415", Address}, want{"5705550142", Phone})
	check(t, sc, `courier.ping courier=CR-1413 lat=37.70639 lon=-122.08955 speed_kph=30`)
	// An event's date under a key that does not say whose: the person's
	// when the record names one, no one's when it names no one, or only a
	// phone; a timestamp is an instant, a record-keeping date no person's.
	check(t, sc, `chair=22 pt="Harjit Walker" mrn=0066268695 tx_date=2024-11-10 EDW=47.1kg`,
		want{"Harjit Walker", Name}, want{"0066268695", MRN}, want{"2024-11-10", Date})
	check(t, sc, `{"patient":{"name":"Iyer, Mildred","DOB":"01/01/1943"},"collected":"2023-12-01","evtDate":"20231202"}`,
		want{"Iyer, Mildred", Name}, want{"01/01/1943", Date}, want{"2023-12-01", Date}, want{"20231202", Date})
	check(t, sc, `shipment box=BX-2210 ship_date=2024-03-02 collected=2024-03-01 courier=CR-88`)
	check(t, sc, `{"category":"sms-outbound","start_date":"2025-09-01","end_date":"2025-09-30","sender":"(607) 254-4820"}`,
		want{"(607) 254-4820", Phone})
	check(t, sc, `guarantor="Nguyen, Hyun-woo" TimeStart=2024-03-14 02:42:54.864 created_date=2024-03-14 period_start=2024-03-01`,
		want{"Nguyen, Hyun-woo", Name})
	check(t, sc, `caller="Chloé Moore" absence_dates=03/02/2024,03/04/2024 date_range=02/15/2024..06/18/2024`,
		want{"Chloé Moore", Name}, want{"03/02/2024", Date}, want{"03/04/2024", Date}, want{"02/15/2024", Date}, want{"06/18/2024", Date})
	check(t, sc, `{"nom":"Girard","arret":{"date_debut":"26/01/2025"}}`, want{"Girard", Name}, want{"26/01/2025", Date})
	check(t, sc, `note="Mei Khan was seen on 11/24/2023, absent from 11/02/2023 to 11/10/2023, no ladders until 05/18/2025"`,
		want{"Mei Khan", Name}, want{"11/24/2023", Date}, want{"11/02/2023", Date}, want{"11/10/2023", Date}, want{"05/18/2025", Date})
	check(t, sc, `maintenance window from 11/02/2023 to 11/10/2023 on node db-7; release on 2024-03-01`)
	check(t, sc, `{"patient":{"name":"Ana Ruiz"},"datesOfService":"2023-07-03 to 2023-08-11","pt":{"né_le":"29/11/2005"},"adm":"24JAN2025"}`,
		want{"Ana Ruiz", Name}, want{"2023-07-03", Date}, want{"2023-08-11", Date}, want{"29/11/2005", Date}, want{"24JAN2025", Date})
	check(t, sc, `waitlist.offer contact=rpetrov@comcast.net offered_date=2024-08-10`, want{"rpetrov@comcast.net", Email}, want{"2024-08-10", Date})
	check(t, sc, `TX to guarantor fax 1-815-227-7582 subj="Hospice Election - Bondarenko, Mary" pages=15`,
		want{"1-815-227-7582", Fax}, want{"Bondarenko, Mary", Name})
	// NAACCR's items, named by an attribute; an immunization query and administration.
	check(t, sc, `<Item naaccrId="telephone">6142672658</Item><Item naaccrId="nameMaiden">ADEYEMI</Item><Item naaccrId="addrAtDxCity">DULUTH</Item><Item naaccrId="addrAtDxPostalCode">689076513</Item><Item naaccrId="primarySite">C509</Item>`,
		want{"6142672658", Phone}, want{"ADEYEMI", Name}, want{"DULUTH", Address}, want{"689076513", ZIP})
	check(t, sc, `QPD|Z34^Request Immunization History^CDCPHINVS|Q020671|62123542^^^RIVERSIDE_PEDS^MR|NAKAMURA^MARGARETHE^^^^^L|WASHINGTON^^^^^^M|19910711|M`,
		want{"62123542", MRN}, want{"NAKAMURA^MARGARETHE", Name}, want{"WASHINGTON", Name}, want{"19910711", Date})
	check(t, sc, `RXA|0|1|20221213|20221213|21^varicella^CVX|0.3|mL^mL^UCUM`, want{"20221213", Date})
	check(t, sc, `       | 106   female   married   Duluth       |`, want{"106", Age})
	check(t, sc, `enrolled 95 male patients`)
	// Rows of no one: a log's own date in two fields, the day it was
	// logged, codes in capitals, rows with keys, segments.
	check(t, sc, "2024-05-02\t06:55:15\tLAX3-C4\t44985\t192.0.2.10\tGET\tGoldberg Dental\t2024-04-11")
	check(t, sc, `2024-11-04 06:52:52,190 DEBUG PrintFileWriter - PRINTREC|EOB|20241104|TD24765589|REYES|WADNER|ACTIVE`,
		want{"REYES", Name}, want{"WADNER", Name})
	check(t, sc, `CEF:0|Northwind|EHR Audit|3.2.1|PHI-ACCESS|Patient chart viewed|5|rt=1712307662355 suser=svc cs2Label=familyName cs2=Takahashi`,
		want{"Takahashi", Name})
	check(t, sc, `"2023-04-02 03:28:30",14502983,"Osei, Brian MD","HIM Chart Tracking","Patient Lookup",1`)
	// VistA's PATIENT file: the node and the piece say what a field is.
	check(t, sc, `^DPT(1432335,0)="HARRIS,ESPERANZA R^M^2740707^^^^^^232605001^^^^^^^^^"`,
		want{"1432335", MRN}, want{"HARRIS,ESPERANZA R", Name}, want{"2740707", Date}, want{"232605001", SSN})
	check(t, sc, `^DPT(2995135,.11)="16834 S BUFORD WAY^LOT 17^^GARY^18^46402^^^^"`,
		want{"2995135", MRN}, want{"16834 S BUFORD WAY", Address}, want{"LOT 17", Address}, want{"GARY", Address}, want{"46402", ZIP})
	// A global built like ^DPT, and the arrays VistA's patient calls fill.
	check(t, sc, `^PRPAT(23292,0)="ORTEGA,XIMENA W^F^2500424^^^^^^051861498" ^XTMP(5,0)="3250101^3250102^NIGHTLY"`,
		want{"23292", MRN}, want{"ORTEGA,XIMENA W", Name}, want{"2500424", Date}, want{"051861498", SSN})
	check(t, sc, `VADM(1)="VANG,PA F" VADM(2)="858324222^858-32-4222" VADM(3)="2730927^SEP 27,1973" VADM(5)="F^FEMALE"`,
		want{"VANG,PA F", Name}, want{"858324222", SSN}, want{"858-32-4222", SSN}, want{"2730927", Date}, want{"SEP 27,1973", Date})
	check(t, sc, `^DPT(12,.1)="4 WEST" ^DPT(0)="PATIENT^2I" ^DPT(5,0)="X^M^3999999^^^^^^000000000"`, want{"X", Name})
	// A reference to the PATIENT file names its patient without a value;
	// RPMS's variables carry their namespace before the field's word.
	check(t, sc, `<SUBSCRIPT>DOB+4^AGREG2 ^DPT(87837,0) ; LAST GLOBAL REF: ^DPT(12371,.13)`, want{"87837", MRN}, want{"12371", MRN})
	check(t, sc, `^DPT("B","IRON CLOUD,KEE F",36033)="" ^AUPNPAT(41207,41,4585,0)="4585^122730^^"`,
		want{"IRON CLOUD,KEE F", Name}, want{"36033", MRN}, want{"41207", MRN})
	check(t, sc, `  AGDOB=2250219 AGSSN="433408927" ASSN=E262980 count=2250219`, want{"2250219", Date}, want{"433408927", SSN})
	// IRIS and Caché globals: a string subscript names the value, a global named for an ID holds one.
	check(t, sc, `zw: ^HS.Registry.Patient.MPIID("153074020")=$lb("SBMC","36873237","DELACROIX-MOREAU","OKSANA","19950514","93713",48052)`,
		want{"153074020", MRN}, want{"36873237", MRN}, want{"DELACROIX-MOREAU", Name}, want{"OKSANA", Name}, want{"19950514", Date})
	check(t, sc, `zw: ^Patient(62930,"DOB")="1942-05-03" ^Patient(98251,"DOB")=31151 ^Patient(0)=58262 ^XTMP("x",1)="a"`,
		want{"1942-05-03", Date}, want{"31151", Date})
	// FileMan's captions and Oracle's DD-MON-YY.
	check(t, sc, `NAME: TANAKA,ELENA A   SEX: MALE   DATE OF BIRTH: JUN 16,1938   AGE: 85`,
		want{"TANAKA,ELENA A", Name}, want{"JUN 16,1938", Date})
	check(t, sc, `DOB 26-JUN-53 admitted 12-SEP-23; build 12-SEP-23 done`, want{"26-JUN-53", Date}, want{"12-SEP-23", Date})
	// A header and its row on one line, in one run or in two fields.
	check(t, sc, `EXTRACT=roi_queue;ROWNO=3762;MRN;LNAME;CITY;PHONE;AGE;CASE_ID;2185040;Dubois;Tucson;203-344-5418;104;CS6602125;`,
		want{"2185040", MRN}, want{"Dubois", Name}, want{"Tucson", Address}, want{"203-344-5418", Phone}, want{"104", Age}, want{"CS6602125", OtherID})
	check(t, sc, `hdr=CLM_NO|ACC_DT|VIN|PLATE|DL rec=CLM-756058-3558|20240310|2T1ZMA2W9PH329754|KYV9342|I054-880-64-368-4|`,
		want{"CLM-756058-3558", OtherID}, want{"20240310", Date}, want{"2T1ZMA2W9PH329754", Vehicle}, want{"KYV9342", Vehicle}, want{"I054-880-64-368-4", License})
	check(t, sc, `HDR=nombre,fecha_nac,ciudad,edad | DATA=Earl Ruiz;2014-03-24;Paterson;9`,
		want{"Earl Ruiz", Name}, want{"2014-03-24", Date}, want{"Paterson", Address})
	// NACHA's entry detail record: 94 fixed columns, the routing number's check digit.
	check(t, sc, `ACHVAL REJ REC 054624: 637093215446274848601450     0000064931OH88236440     KENJI SCHMIDT         R 0516498885732822`,
		want{"274848601450", Account}, want{"OH88236440", OtherID}, want{"KENJI SCHMIDT", Name})
	check(t, sc, `637093215456274848601450     0000064931OH88236440     build 7 of the release  R 0516498885732822`)
	check(t, sc, `6221130000233689351898       00003067631660738158     FELDMAN MARK MD INC     1121000240000003`) // a practice paid
	// A copybook's field at its offset and length.
	check(t, sc, `CPYBK BIOENRL RRN=0069355 PAT-MRN@0010(10)='42321816  ' BIO-TYPE@0020(4)='IRIS'`, want{"42321816", MRN})
	// A header alone is no row, nor is the rest of a header.
	check(t, sc, `mrn|pt_name|adm_dt|dsch_dt|attending_role|age|los_days`)
	check(t, sc, `|        mrn|pat_last_nm|pat_first_nm|  birth_dt|zip_cd|`)
	check(t, sc, `levels=INFO;WARN;ERROR;DEBUG;TRACE`)
}

func TestTestRunnerOutput(t *testing.T) {
	sc := Default()
	// The field an assertion names holds for the values it prints after.
	check(t, sc, `Failure/Error: expect(emergencycontact.ins_member_no).to eq("PRK91225772") | expected: "PRK91225773" | got: "PRK-91225772"`,
		want{"PRK91225772", HealthPlan}, want{"PRK91225773", HealthPlan}, want{"PRK-91225772", HealthPlan})
	check(t, sc, `Expected patient.GuarantorAcct to be "PA293111", but found "PA29311125".`,
		want{"PA293111", Account}, want{"PA29311125", Account})
	check(t, sc, `Locator: getByTestId('dod') | Expected string: "07/28/2025" | Received string: "2025-07-28"`,
		want{"07/28/2025", Date}, want{"2025-07-28", Date})
	check(t, sc, `expected '<span#patientSsn.form-control>' to have text '610617040'`, want{"610617040", SSN})
	// A field that names no PHI makes nothing of them.
	check(t, sc, `expect(res.status).toBe("200") | Expected string: "OK" | Received string: "Created"`)
	// Rails' bound values, under names the key rules know.
	check(t, sc, `Member Load (1.2ms) SELECT ... WHERE "members"."curp" = $1 LIMIT $2  [["postcode", "05407"], ["LIMIT", 1]]`,
		want{"05407", ZIP})
}

func TestQuotedPrintable(t *testing.T) {
	sc := Default()
	// A mail body: what is escaped is found, at its offsets in the input.
	check(t, sc, `mailgw cte=quoted-printable body=hi Xiaoming Ram=C3=ADrez here. mi tel=C3=A9fono es 786 705 9210.=0A-- =0AMargaret O'Brien=0A`,
		want{"Xiaoming Ram=C3=ADrez", Name}, want{"786 705 9210", Phone}, want{"Margaret O'Brien", Name})
	// An encoded header word: its markers are not part of what it holds.
	check(t, sc, `Subject: =?UTF-8?Q?Appt_for_Gladys_Ram=C3=ADrez_DOB_03/04/1950?= from=a@b.org`,
		want{"Gladys_Ram=C3=ADrez", Name}, want{"03/04/1950", Date}, want{"a@b.org", Email})
	// Logfmt values that look like escapes are read as they are.
	check(t, sc, `app flags=0A retries=20 ssn=123-45-6789 zip=20814 x=C3=20`, want{"123-45-6789", SSN}, want{"20814", ZIP})
}

func TestRepeats(t *testing.T) {
	sc := Default()
	count := func(line, value string) (n int) {
		for _, f := range sc.Scan(nil, []byte(line)) {
			if line[f.Start:f.End] == value {
				n++
			}
		}
		return n
	}
	for _, c := range []struct {
		line, value string
		want        int
	}{
		{`INSERT INTO "intake_patient" ("patient_first_name", "lname") VALUES ('Yuki', 'Okafor') RETURNING "id"; args=('Yuki', 'Okafor'); alias=default`, "Okafor", 2},
		{`flagged duplicate: Belcourt, Hye-jin 11/17/1989 and Belcourt, Hye-jin 11/17/1989`, "Belcourt, Hye-jin", 2},
		{`{"mrn": "MR-2024-187101", "orderId": "MR-2024-187101"}`, "MR-2024-187101", 1},
		{`{"subscriberId": "418273645091", "a": "418273645091", "b": "418273645091", "c": "418273645091"}`, "418273645091", 1},
		{`{"dob": "2021-07-04", "msg": "batch 2021-07-04 done"}`, "2021-07-04", 1},
		{`mrn=E0042038 seen; E0042038x is another`, "E0042038", 1},
	} {
		if got := count(c.line, c.value); got != c.want {
			t.Errorf("%d findings of the value at %d, want %d", got, strings.Index(c.line, c.value), c.want)
		}
	}
}

// A row of values without keys: the names in it count when the row holds
// a person's identifier beside them.
func TestRowNames(t *testing.T) {
	sc := Default()
	check(t, sc, `Failed to parse row 28089: ['5YN9', 'KOVACEVIC', 'LEILANI', '05/11/1959', '1496 Old Mill Circle Unit 88', 'NC', '27102'] - expected 9 columns`,
		want{"KOVACEVIC", Name}, want{"LEILANI", Name}, want{"05/11/1959", Date}, want{"1496 Old Mill Circle Unit 88", Address})
	check(t, sc, `params ('Kovacevic', 'Leilani', 'F', '1959-05-11')`, want{"Kovacevic", Name}, want{"Leilani", Name}, want{"1959-05-11", Date})
	check(t, sc, `args=["(216) 929-8757", "Nakamura", "José", "LU8189305", true]`, want{"(216) 929-8757", Phone}, want{"Nakamura", Name}, want{"José", Name})
	check(t, sc, `{"row": ["5YN9", "KOVACEVIC", "LEILANI", "05/11/1959"]}`, want{"KOVACEVIC", Name}, want{"LEILANI", Name}, want{"05/11/1959", Date})
	check(t, sc, `tags ['Hunter', 'Rose', 'Jordan', 'prod']; ["Chase", "Will", "Grant"]`)
	check(t, sc, `ts,PatientFirst,PatientLast,BirthDt,SocSec,HomePh,EmailAddr,Street,Town,PostCd,MemberNo,Plate,Ip`)
	check(t, sc, `row 1,Kovacevic,Leilani,x`, want{"Kovacevic", Name}, want{"Leilani", Name})
	check(t, sc, `choices ('KOVACEVIC', 'LEILANI', 'F')`)
	// A name and a calendar date vouch for each other, and for an identifier beside them.
	check(t, sc, `failed rows sample: [('W042646404', 'KAPOOR', '1997-02-05')]`,
		want{"W042646404", OtherID}, want{"KAPOOR", Name}, want{"1997-02-05", Date})
	check(t, sc, `rows: [('2024-01-02', 'WHITE', 'ok'), ('BUILD-123456', 'Release', '2024-05-01')] ["Chrome", "2024-01-01"]`)
}

// TestNestedSegmentFields: a segment's field under a key is a path below it.
func TestNestedSegmentFields(t *testing.T) {
	sc := Default()
	for _, tt := range []struct{ line, value, field string }{
		{`{"payload":"MSH|^~\\&|A|B|C|D|20240101||ORU^R40|1|P|2.6\rPID|1||123456^^^MRN||DOE^JANE||19500101|F"}`, "DOE^JANE", "payload.PID-5"},
		{`{"segmentText":"PAT*IL*06*H88960451185****HERNANDEZ*XIMENA~"}`, "HERNANDEZ", "segmentText.PAT"},
	} {
		found := false
		for _, f := range sc.Scan(nil, []byte(tt.line)) {
			if tt.line[f.Start:f.End] == tt.value {
				found = true
				if f.Field != tt.field {
					t.Errorf("field %q, want %q", f.Field, tt.field)
				}
			}
		}
		if !found {
			t.Errorf("no finding for the value of %s", tt.field)
		}
	}
}
