package detectors

import (
	"strings"
	"testing"
)

func TestColumns(t *testing.T) {
	sc := Default()
	cols := mustColumns(t, sc, "import_id,last_nm,first_nm,birth_dt,ssn,status\r\n", 6)
	row := `r_97,"Agbaje, Jr",Farhan,10/20/1953,401227781,ACTIVE`
	fs := sc.ScanRow(nil, cols, []byte(row))
	wantRow(t, row, fs, map[string]Category{"Agbaje, Jr": Name, "Farhan": Name, "10/20/1953": Date, "401227781": SSN})
	for _, f := range fs {
		if f.Field == "" {
			t.Errorf("finding at %d has no column name", f.Start)
		}
	}
	// The header again, as exports repeat it, is no row of names.
	cols = mustColumns(t, sc, "VisitDate,VisitType,BadgeNo,VisitorLast,VisitorFirst,VisitorDOB\r\n", 6)
	row = `VisitDate,VisitType,BadgeNo,VisitorLast,VisitorFirst,VisitorDOB`
	wantRow(t, row, sc.ScanRow(nil, cols, []byte(row)), map[string]Category{})
	row = `2024-09-16,PATIENT,8U7LT6UX,Obi,Søren,2003-02-27`
	wantRow(t, row, sc.ScanRow(nil, cols, []byte(row)), map[string]Category{"2024-09-16": Date, "Obi": Name, "Søren": Name, "2003-02-27": Date})
	cols = mustColumns(t, sc, "import_id,last_nm,first_nm,birth_dt,ssn,status\r\n", 6)
	// A row with another number of fields is scanned as a record.
	row = `2026-01-02 import finished: 1200 rows, ssn 401-22-7781 rejected`
	wantRow(t, row, sc.ScanRow(nil, cols, []byte(row)), map[string]Category{"401-22-7781": SSN})

	w3c, ok := sc.ParseColumns([]byte("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query c-ip cs(User-Agent) sc-status"))
	if !ok || w3c.Len() != 9 {
		t.Fatalf("W3C fields not read: ok=%v", ok)
	}
	row = `2026-01-02 10:00:00 10.0.0.5 GET /portal/lookup lastName=Okafor&dob=1950-03-04 203.0.113.77 Mozilla/5.0 200`
	wantRow(t, row, sc.ScanRow(nil, w3c, []byte(row)), map[string]Category{"Okafor": Name, "1950-03-04": Date})
	// Another program's line with as many words is no row of the W3C log.
	row = `I0314 08:12:06.008629 24472 patient.cc:214] GetPatient: dln: "H3624301" vin: "5YJ0GYPJ6SW325586"`
	wantRow(t, row, sc.ScanRow(nil, w3c, []byte(row)), map[string]Category{"H3624301": License, "5YJ0GYPJ6SW325586": Vehicle})
	// Nor is a line that opens with a date and a time and holds quotes.
	if w3c.Fits([]byte(`2024-03-12 06:22:25 -07:00 [INF] ProfileController: {"MailingAddress":"HC 12 BOX 4840","x":1}`)) {
		t.Error("a JSON log line read as a W3C row")
	}

	// A clinician's or an interpreter's column is theirs, in several words too.
	sched, ok := sc.ParseColumns([]byte("appt_id,language,patient_name,mrn,interpreter_id,interpreter_name,status"))
	if !ok {
		t.Fatal("schedule header not read")
	}
	row = `A-2452551,Cantonese,Mei Ling Chan,01026795,INT-18121,Kwok Wai Lam,CONFIRMED`
	wantRow(t, row, sc.ScanRow(nil, sched, []byte(row)), map[string]Category{"Mei Ling Chan": Name, "01026795": MRN})

	tsv, ok := sc.ParseColumns([]byte("MRN\tPatient Name\tDOB\tZip"))
	if !ok {
		t.Fatal("TSV header not read")
	}
	row = "00458812\tSofia Okafor\t1950-03-04\t02139"
	wantRow(t, row, sc.ScanRow(nil, tsv, []byte(row)), map[string]Category{"00458812": MRN, "Sofia Okafor": Name, "1950-03-04": Date, "02139": ZIP})

	// A table as a database client draws it: the outer pipes open and close rows.
	box, ok := sc.ParseColumns([]byte("| mrn      | last_name   | first_name | dob        |"))
	if !ok || box.Len() != 4 {
		t.Fatalf("drawn table header not read: ok=%v", ok)
	}
	row = "| 00458812 | Quintanilla | Marisol    | 1948-11-02 |"
	wantRow(t, row, sc.ScanRow(nil, box, []byte(row)), map[string]Category{"00458812": MRN, "Quintanilla": Name, "Marisol": Name, "1948-11-02": Date})
	for line, want := range map[string]bool{
		"+----------+-------------+": true, "----------+------------": true, "|=====|=====|": true,
		"| 00458812 | Voss |": false, "-- comment": false, "": false,
	} {
		if TableBorder([]byte(line)) != want {
			t.Errorf("TableBorder(%q) = %v, want %v", line, !want, want)
		}
	}

	for _, line := range []string{
		"Okafor,Sofia,1950-03-04,401227781", // data, not names of columns
		"id,status,created_at,duration_ms",  // names of columns, none of them PHI
		"a, b",                              // too few
		`{"ssn":"401-22-7781","name":"x","dob":"y"}`,
		"2026-01-02 INFO started, listening on :8080, pid 4412",
		// Lists in prose: who was present, a driver's stop.
		"Present: I. Kowalski RN (center mgr), L. Feng RD, S. Ortiz MSW, K. Baptiste PT, P. Holloway RN",
		"HDM ROUTE 1 STOP 7: DELACROIX, REFUGIA - 22240 E 14TH ST APT 5, ALAMEDA - CALL ON ARRIVAL",
	} {
		if _, ok := sc.ParseColumns([]byte(line)); ok {
			t.Errorf("line %.12q... read as a header", line)
		}
	}

	// A call log exported as CSV: the service's own number by the call's direction.
	calls := mustColumns(t, sc, "Call Sid,Start Time,Direction,From,To,Status,Duration,Price,Price Unit,Caller Name\n", 10)
	row = `CA079db8,2024-11-04 02:51:55 EST,outbound-dial,+16145559011,+16145550123,completed,241,-0.0140,USD,`
	wantRow(t, row, sc.ScanRow(nil, calls, []byte(row)), map[string]Category{"+16145550123": Phone})
	row = `CA2eb17c,2024-11-04 04:58:55 EST,inbound,+12205550140,+16145559011,completed,64,-0.0085,USD,`
	wantRow(t, row, sc.ScanRow(nil, calls, []byte(row)), map[string]Category{"+12205550140": Phone})
}

// wantRow compares findings in row with want by covered text, reporting
// offsets and categories only.
func wantRow(t *testing.T, row string, fs []Finding, want map[string]Category) {
	t.Helper()
	got := map[string]Category{}
	for _, f := range fs {
		got[row[f.Start:f.End]] = f.Category
	}
	for text, c := range want {
		if got[text] != c {
			t.Errorf("span at %d: got %v, want %v (all: %s)", strings.Index(row, text), got[text], c, describe(fs))
		}
		delete(got, text)
	}
	for text, c := range got {
		t.Errorf("unexpected %s finding at %d", c, strings.Index(row, text))
	}
}

// TestAlignedColumns: a frame as pandas prints it, its values aligned to
// the right under their columns' names.
func TestAlignedColumns(t *testing.T) {
	sc := Default()
	header := "   medical_record_number      phone_no                      email  age_years"
	cols, ok := sc.ParseColumns([]byte(header))
	if !ok {
		t.Fatal("header not read")
	}
	rows := []string{
		"0                5755212  341-421-9281         snowak75@proton.me         17",
		"2             MRN8781552  510-873-2360    nalani.nakamura@aol.com        103",
		"3                4471092  510-873-2361         nguyễn.lan@aol.com         64", // pandas counts characters, not bytes
	}
	for _, r := range rows {
		if !cols.Fits([]byte(r)) {
			t.Errorf("Fits(row %d bytes) = false", len(r))
		}
	}
	fs := sc.ScanRow(nil, cols, []byte(rows[1]))
	want := map[string]Category{"MRN8781552": MRN, "510-873-2360": Phone, "nalani.nakamura@aol.com": Email, "103": Age}
	for _, f := range fs {
		v := rows[1][f.Start:f.End]
		if c, ok := want[v]; ok && c == f.Category {
			delete(want, v)
		}
	}
	for v, c := range want {
		t.Errorf("%s at %d not reported", c, strings.Index(rows[1], v))
	}
	for _, line := range []string{"2026-01-02 10:00:02 INFO done", "   retrying in 5s", "   at com.acme.Intake.run(Intake.java:12)"} {
		if _, ok := sc.ParseColumns([]byte(line)); ok {
			t.Errorf("ParseColumns read a header in a %d-byte line", len(line))
		}
	}
	if cols.Fits([]byte("2026-01-02 10:00:02 INFO done, 2 rows, 0 errors")) {
		t.Error("a log line fits the frame")
	}
}

// TestNumberedRow reads a row whose first field is a store's order
// number ("#KH12004") as a row, and a comment as text.
func TestNumberedRow(t *testing.T) {
	sc := Default()
	cols, ok := sc.ParseColumns([]byte("Name,Email,Billing City,Billing Zip"))
	if !ok {
		t.Fatal("header not read")
	}
	fs := sc.ScanRow(nil, cols, []byte("#KH12004,gm@example.net,Des Moines,50310"))
	got := map[string]bool{}
	for _, f := range fs {
		got[f.Field] = true
	}
	if !got["Billing City"] || !got["Billing Zip"] {
		t.Errorf("numbered row not read by its columns: fields %v", got)
	}
	for _, f := range sc.ScanRow(nil, cols, []byte("# exported 2024-05-14, 3 rows, Des Moines")) {
		if f.Field != "" {
			t.Errorf("a comment read as a row: %s under %q", f.Category, f.Field)
		}
	}
}

func TestColumnsFits(t *testing.T) {
	sc := Default()
	cols, ok := sc.ParseColumns([]byte("device_serial,patient_mrn,homePhone"))
	if !ok {
		t.Fatal("header not read")
	}
	for row, want := range map[string]bool{
		"SN1572537126,M347407796,3476082349":                     true,
		`SN1572537126,"M347,407796",3476082349`:                  true,
		"2026-01-02 10:00:00,M347407796,3476082349":              true, // a time alone is a value
		"2024-03-17 04:03 PM,M347407796,3476082349":              true, // with its half of the day
		"2024-03-17 04:03 PM done,M347407796,3476082349":         false,
		"SN1572537126,M347407796":                                false,
		"2026-01-02 10:00:02 INFO done, 2 rows, 0 errors":        false,
		"Dec 30 07:32:02 host app[1]: retry 2, backoff 4s, ok":   false,
		"<134>1 2026-01-02T10:00:02Z host app - - - a, b, c":     false,
		"SN1572537126,M347407796,3476082349,extra":               false,
		`{"user":"ana@example.com","ach":{"account":"1"},"x":1}`: false, // another program's JSON, as many commas
	} {
		if got := cols.Fits([]byte(row)); got != want {
			t.Errorf("Fits(%q) = %v, want %v", row, got, want)
		}
	}
	for _, line := range []string{`{"ts":"2026-01-02","a":1,"b":2}`, "level=info msg=a,b,c", "2026-01-02 INFO a,b,c"} {
		if _, ok := sc.ParseColumns([]byte(line)); ok {
			t.Errorf("ParseColumns(%q) read a header", line)
		}
	}
}

// TestPrefixedColumns reads a header a job logged after its own prefix,
// which its rows repeat, and a spreadsheet's header with its byte order
// mark and names outside ASCII.
func TestPrefixedColumns(t *testing.T) {
	sc := Default()
	prefix := "[2024-03-05, 02:02:53 UTC] {subprocess.py:93} INFO - "
	cols, ok := sc.ParseColumns([]byte(prefix + " account_no |   pt_last    | pt_first  | birth_date | balance"))
	if !ok {
		t.Fatal("prefixed header not read")
	}
	border := prefix + "------------+--------------+-----------+------------+---------"
	if !cols.Border([]byte(border)) {
		t.Error("the table's rule under its prefix is not one")
	}
	row := prefix + " A692282    | Iyer         | Giorgos   | 1971-11-06 | 2301.42"
	if !cols.Fits([]byte(row)) {
		t.Fatal("prefixed row does not fit its header")
	}
	wantRow(t, row, sc.ScanRow(nil, cols, []byte(row)), map[string]Category{"A692282": Account, "Iyer": Name, "Giorgos": Name, "1971-11-06": Date})
	if other := "2024-03-05 02:02:54 other.py INFO - job done, 2 rows | 0 errors | ok | fine"; cols.Fits([]byte(other)) {
		t.Error("a line with another prefix fits the header")
	}

	csv, ok := sc.ParseColumns([]byte("\xef\xbb\xbfPatNr;Nachname;Vorname;Geburtsdatum;Straße;PLZ;Ort;Telefon;Offener Betrag"))
	if !ok || csv.Len() != 9 {
		t.Fatalf("spreadsheet header not read: ok=%v", ok)
	}
	row = "16130;Fuchs;Jürgen;01.03.1972;Lindenstraße 6;80439;München;089 4743407;983,02"
	wantRow(t, row, sc.ScanRow(nil, csv, []byte(row)), map[string]Category{"16130": MRN, "Fuchs": Name, "Jürgen": Name,
		"01.03.1972": Date, "Lindenstraße 6": Address, "80439": ZIP, "München": Address, "089 4743407": Phone})
}

// TestRowShapes: the rows of one export share a shape, field for field;
// another table's line with as many fields does not, nor a line that does
// not fit.
func TestRowShapes(t *testing.T) {
	sc := Default()
	cols := mustColumns(t, sc, "PAT_MRN_ID|PAT_NAME|BIRTH_DATE|HSP_ACCOUNT_ID|DISCH_DATE", 5)
	a := string(cols.AppendShape(nil, []byte("107847456|AL-MASRI,XOCHITL|10/25/1964|4048478873|03/04/2024")))
	b := string(cols.AppendShape(nil, []byte("109699497|MOODY,PAL N|05/28/1930||12/16/2022")))
	if a != "datdt" || b != "datet" {
		t.Errorf("shapes %q and %q, want %q and %q", a, b, "datdt", "datet")
	}
	if c := string(cols.AppendShape(nil, []byte("2024-03-11 08:10:45,843|INFO|dq.sampler|table=x|ok"))); c == a {
		t.Errorf("a log line has the export's shape %q", c)
	}
	if c := string(cols.AppendShape(nil, []byte("OBX|1|NM|GLU^Glucose|105"))); c == a {
		t.Errorf("an HL7 segment has the export's shape %q", c)
	}
	if c := cols.AppendShape(nil, []byte("2026-01-02 10:00:00 INFO done")); len(c) != 0 {
		t.Errorf("a line that does not fit has a shape %q", c)
	}
}

// TestLabelledColumns reads a header a job logged after a label of its
// own ("header: "), and rows whose labels differ in length ("line 2: ",
// "line 10: "); rows too short for the prefix fit nothing.
func TestLabelledColumns(t *testing.T) {
	sc := Default()
	prefix := "2024-03-14 01:31:07,747 DEBUG correspondence.merge.csv_reader [pid 2264]: "
	cols := mustColumns(t, sc, prefix+"header: claim_no,memberNo,member_name,date_of_loss,plate_no,home_phone", 6)
	for _, label := range []string{"line 2: ", "line 10: ", "row 000001: "} {
		row := prefix + label + `24S645862,CMW93133909-01,"Whitfield, Rustam",02/27/2023,BKY7124,509-555-0126`
		if !cols.Fits([]byte(row)) {
			t.Fatalf("row labelled %q does not fit its header", label)
		}
		wantRow(t, row, sc.ScanRow(nil, cols, []byte(row)), map[string]Category{"24S645862": OtherID, "CMW93133909-01": HealthPlan,
			"Whitfield, Rustam": Name, "02/27/2023": Date, "BKY7124": Vehicle, "509-555-0126": Phone})
	}
	for _, short := range []string{"", "x", "2024-03-14 short: a,b"} {
		if cols.Fits([]byte(short)) {
			t.Errorf("%d bytes fit the header", len(short))
		}
	}
}

// TestLeftAlignedColumns reads a header whose names start where their
// values do, with no rule under it, and turns away words and data rows.
func TestLeftAlignedColumns(t *testing.T) {
	sc := Default()
	cols := mustColumns(t, sc, "MRN       LastName             FirstName     DOB         Zip    HomePhone", 6)
	row := "05125297  HALVORSEN            BJORN         1959-05-19  60202  630-555-0190"
	wantRow(t, row, sc.ScanRow(nil, cols, []byte(row)), map[string]Category{"05125297": MRN, "HALVORSEN": Name, "BJORN": Name,
		"1959-05-19": Date, "60202": ZIP, "630-555-0190": Phone})
	for _, line := range []string{
		"HALVORSEN  BJORN  KOWALSKI  ANNA",           // names, not columns
		"Loading stg.ADT_A08  batch 20240304-01  ok", // words
		"MRN  DOB", // two columns
	} {
		if _, ok := sc.ParseColumns([]byte(line)); ok {
			t.Errorf("%q read as a header", line)
		}
	}
}

// TestRuledColumns reads a header a rule of dashes underlines, and turns
// away rules that no header fits.
func TestRuledColumns(t *testing.T) {
	sc := Default()
	cols, ok := sc.ParseRuledColumns([]byte("MRN        LAST_NAME            BIRTH_DT  COUNTY"), []byte("---------- -------------------- --------- ---------------"))
	if !ok || cols.Len() != 4 {
		t.Fatalf("ruled header not read: ok=%v", ok)
	}
	row := "E2133152   O'CONNOR             20-SEP-29 MONTGOMERY"
	wantRow(t, row, sc.ScanRow(nil, cols, []byte(row)), map[string]Category{"E2133152": MRN, "O'CONNOR": Name, "20-SEP-29": Date, "MONTGOMERY": Address})
	for _, c := range [][2]string{
		{"MRN LAST_NAME", "---------- ---"},   // a name that runs past its column
		{"MRN", "---"},                        // too short a rule
		{"status message", "------- -------"}, // no column names PHI
		{"", "---------- ----------"},
		{"MRN        LAST", "---------- ---------- ----------"}, // a rule wider than its header
	} {
		if _, ok := sc.ParseRuledColumns([]byte(c[0]), []byte(c[1])); ok {
			t.Errorf("%q over %q read as a header", c[0], c[1])
		}
	}
	if cols.Fits([]byte("1 row selected.")) {
		t.Error("a short message fits the table")
	}
	// A report's columns, indented, with names of two words ("PATIENT NAME").
	census, ok := sc.ParseRuledColumns(
		[]byte(" RM-BED  PATIENT NAME               AGE SX UNIT#       ACCT#          ADM DATE  ATTENDING"),
		[]byte(" ------- -------------------------- --- -- ----------- -------------- --------  --------------------"))
	if !ok || census.Len() != 8 {
		t.Fatalf("indented report header not read: ok=%v", ok)
	}
	row = " 202-A   HAUGLAND,INGRID E           94 F  M000462543  V00009351668   03/17/24  Okonkwo,Adaeze DO"
	wantRow(t, row, sc.ScanRow(nil, census, []byte(row)), map[string]Category{"HAUGLAND,INGRID E": Name, "94": Age,
		"M000462543": MRN, "V00009351668": Account, "03/17/24": Date})
}

// TestAlignedColumnsElided reads a wide frame pandas printed with its
// middle columns left out ("...").
func TestAlignedColumnsElided(t *testing.T) {
	sc := Default()
	cols, ok := sc.ParseColumns([]byte("        member_id  last_nm   first_nm         dob  ...  plan_cd"))
	if !ok {
		t.Fatal("frame's header with an elision not read")
	}
	row := "0    U96970205683    BEGAY  ANASTASIA  1940-11-16  ...   EPO-03"
	wantRow(t, row, sc.ScanRow(nil, cols, []byte(row)), map[string]Category{"U96970205683": HealthPlan, "BEGAY": Name, "ANASTASIA": Name, "1940-11-16": Date})
}

// TestFixedLayout reads a fixed-width file's records by the layout its
// header record gives, field names and positions, and no log line by it.
func TestFixedLayout(t *testing.T) {
	sc := Default()
	cols := mustColumns(t, sc, "HDR CCLF8 V35 RECLEN=0060 BENE_MBI_ID(1,11) BENE_ZIP_CD(12,5) BENE_DOB(17,10) BENE_SEX_CD(27,1) BENE_LAST_NAME(28,20) BENE_AGE(48,3)", 6)
	row := "5P34V80PP45454321924-02-22FBAPTISTE            100"
	wantRow(t, row, sc.ScanRow(nil, cols, []byte(row)), map[string]Category{"5P34V80PP45": HealthPlan, "45432": ZIP,
		"1924-02-22": Date, "BAPTISTE": Name, "100": Age})
	for _, line := range []string{
		"2024-03-15 02:28:33.451 -04:00 [ERR] SFTP upload to practice 0419 failed",
		"TRL CCLF8 RECORDS=000002",
	} {
		if cols.Fits([]byte(line)) {
			t.Errorf("%.20q... read as a record of the layout", line)
		}
	}
}

// TestLayoutColumns reads a header after its layout's name and a file's
// attributes, and knows a batch's header and trailer records from rows.
func TestLayoutColumns(t *testing.T) {
	sc := Default()
	cols := mustColumns(t, sc, "LAYOUT:DSMC_BD_EXPORT_2.0|generated=2024-03-11T01:02:44-07:00|encounter_no|mrn|patient_name|dob", 4)
	row := "V447728205|DS7616266|Bhattacharya, Venkatesh|03/24/1962"
	wantRow(t, row, sc.ScanRow(nil, cols, []byte(row)), map[string]Category{"V447728205": OtherID, "DS7616266": MRN,
		"Bhattacharya, Venkatesh": Name, "03/24/1962": Date})
	for line, want := range map[string]bool{"H|MVHS|20240311|021500": true, "TRL|17|0": true, "T|1": false,
		"Detail|a|b": false, "2024-03-11 INFO|a|b": false, row: false} {
		if got := cols.BatchRecord([]byte(line)); got != want {
			t.Errorf("BatchRecord(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestConcordanceColumns reads a Concordance load file's header and rows,
// each field between 'þ' quotes; a row without its header is read field
// by field, no name running on across a quote.
func TestConcordanceColumns(t *testing.T) {
	sc := Default()
	cols := mustColumns(t, sc, "þBEGBATESþ¶þPATIENT_NAMEþ¶þMRNþ¶þDOBþ¶þDOCTYPEþ", 5)
	row := "þMMH0018939þ¶þYILMAZ, CORNELIUSþ¶þ08779523þ¶þ07/18/1928þ¶þFall Risk Assessmentþ"
	wantRow(t, row, sc.ScanRow(nil, cols, []byte(row)), map[string]Category{"YILMAZ, CORNELIUS": Name, "08779523": MRN,
		"07/18/1928": Date})
	row = "þMMH0018939\x14þYILMAZ, CORNELIUSþ" // unquoted where a quote should be: not a row of the file
	if cols.Fits([]byte(row)) {
		t.Errorf("%q read as a row", row)
	}
	check(t, sc, "þ07/18/2020þ¶þKaren Baptisteþ¶þPyxis override reportþ", want{"Karen Baptiste", Name})
}

// TestContainerColumns reads a DataFrame a notebook printed through a
// container's log, each line behind the kubelet's time and stream tag,
// whose time's length varies.
func TestContainerColumns(t *testing.T) {
	sc := Default()
	cols := mustColumns(t, sc, "2024-03-12T06:07:09.325581146Z stdout F    person_id       mrn    last_name  first_name  birth_date  age  zip_cd", 7)
	row := "2024-03-12T06:07:09.32717529Z stdout F 0    1018246  70364341          IWU     DOLORES  1926-06-24   97   02150"
	wantRow(t, row, sc.ScanRow(nil, cols, []byte(row)), map[string]Category{"1018246": OtherID, "70364341": MRN, "IWU": Name,
		"DOLORES": Name, "1926-06-24": Date, "97": Age, "02150": ZIP})
	if _, ok := sc.ParseColumns([]byte("2024-03-12T06:07:09.325581146Z stdout F Executing Cell 11---------------")); ok {
		t.Error("a notebook's message read as a header")
	}
}

// mustColumns parses header, which must name n columns.
func mustColumns(t *testing.T, sc *Scanner, header string, n int) *Columns {
	t.Helper()
	cols, ok := sc.ParseColumns([]byte(header))
	if !ok || cols.Len() != n {
		t.Fatalf("header not read as %d columns: ok=%v", n, ok)
	}
	return cols
}
