package detectors

import (
	"bytes"
	"os"
	"testing"
)

// benchCorpus returns the corpus named by PHIGUARD_BENCH_CORPUS, or the
// labeled test corpus repeated to about 8 MB.
func benchCorpus(b *testing.B) [][]byte {
	b.Helper()
	path := os.Getenv("PHIGUARD_BENCH_CORPUS")
	var data []byte
	var err error
	if path != "" {
		data, err = os.ReadFile(path)
	} else {
		data, err = os.ReadFile("../testdata/corpus/labeled.log")
		if err == nil {
			data = bytes.Repeat(data, max(1, (8<<20)/max(len(data), 1)))
		}
	}
	if err != nil {
		b.Skipf("no corpus: %v", err)
	}
	return bytes.Split(data, []byte("\n"))
}

// BenchmarkScan measures the scanner's throughput over a mixed corpus with
// every detector on: b.SetBytes makes `go test -bench` report MB/s.
func BenchmarkScan(b *testing.B) {
	lines := benchCorpus(b)
	total := 0
	for _, l := range lines {
		total += len(l) + 1
	}
	sc := Default()
	var fs []Finding
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, l := range lines {
			fs = sc.Scan(fs[:0], l)
		}
	}
}

// BenchmarkScanShort is the slog handler's case: one short string at a time.
func BenchmarkScanShort(b *testing.B) {
	for _, tt := range []struct{ name, text string }{
		{"clean", "request finished in 12ms with status 200"},
		{"phi", "patient Jane Okafor DOB 03/04/1950 not found"},
		{"json", `{"patient":{"ssn":"123-45-6788"},"status":200}`},
	} {
		b.Run(tt.name, func(b *testing.B) {
			sc := Default()
			line := []byte(tt.text)
			fs := make([]Finding, 0, 8)
			b.SetBytes(int64(len(line)))
			b.ReportAllocs()
			for b.Loop() {
				fs = sc.Scan(fs[:0], line)
			}
		})
	}
}

// BenchmarkCustomPatterns measures the Aho-Corasick keyword gate in front
// of regexp2 custom detectors.
func BenchmarkCustomPatterns(b *testing.B) {
	sc, err := New(&Options{Custom: []CustomPattern{
		{ID: "acme_member", Category: HealthPlan, Pattern: `(?<=MBR-)\d{9}`, Keywords: []string{"mbr-"}},
		{ID: "acme_case", Category: OtherID, Pattern: `CASE#\d{6}`, Keywords: []string{"case#"}},
	}})
	if err != nil {
		b.Fatal(err)
	}
	line := []byte(`2026-11-23 INFO request finished in 12ms with status 200 for GET /api/v1/claims?page=2`)
	var fs []Finding
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for b.Loop() {
		fs = sc.Scan(fs[:0], line)
	}
}

// BenchmarkScanRow measures rows of a CSV export read by their header.
func BenchmarkScanRow(b *testing.B) {
	sc := Default()
	cols, ok := sc.ParseColumns([]byte("import_id,last_nm,first_nm,birth_dt,ssn,status,created_at,notes"))
	if !ok {
		b.Fatal("header not read")
	}
	row := []byte(`r_97,"Agbaje, Jr",Farhan,10/20/1953,401227781,ACTIVE,2026-01-02T10:00:00Z,"moved to 14 Elm St, Apt 2"`)
	fs := make([]Finding, 0, 16)
	b.SetBytes(int64(len(row)))
	b.ReportAllocs()
	for b.Loop() {
		fs = sc.ScanRow(fs[:0], cols, row)
	}
}

// BenchmarkScanAdversarial measures lines of 60 KB made to defeat the
// scanner: one construct repeated, each instance of which makes a reader
// look along the line (for a statement's columns, a value's end, a
// repeated value). Their MB/s should stay within a small factor of the
// mix's; a reader that rescans the line per instance shows as a collapse.
func BenchmarkScanAdversarial(b *testing.B) {
	for _, tt := range []struct{ name, unit string }{
		{"repeated_name", "patient Maria Okafor, "},
		{"repeated_ssn", "ssn=521-44-7812 "},
		{"pg_params", "$1 = 'a', "},
		{"ef_params", "@p0='a' "},
		{"ecto_lists", `$1) ["a" `},
		{"unsettled_pairs", "x = $1 "},
		{"python_rows", "['a', 'B', "},
		{"photo_paths", "/photos/x_face.jpg "},
		{"spoken", "callback number four oh "},
		{"hl7_marks", "PID#1#"},
		{"header_runs", "MRN;AB;CD;"},
		{"m_globals", `^P(1,"DOB")=3 `},
		{"quoted_printable", "a=C3=AD "},
		{"assertions", `expect(a.ssn) "12" `},
		{"leading_streets", "Calle A B #1, "},
		{"question_binds", `where a = ? {"1":"x"} `},
		{"bound_lists", `select ? ["a"] `},
		{"qualified_ids", "12345678@AB "},
		{"parse_failures", "Text '1' could not be parsed "},
		{"ncpdp_spaces", `\x1cCMA B C `},
		{"edn_maps", `{:patient/mrn #object[x 0x1 "7"], `},
		{"file_names", "1/00308394_ROE_JANE_RAD_20240303.rtf "},
		{"quoted_columns", "`city` = 'Troy', "},
		{"vista_arrays", `VADM(1)="A `},
		{"residences", "lives in Troy and "},
		{"edf_fields", `patient="1 F X `},
		{"logger_names", "a.b.CdEf: "},
		{"numbered_documents", "1234567_lab_results_x_20240101_ "},
		{"access_log_users", "1.2.3.4 - mai.nguyen [ "},
		{"flow_columns", "10.7.1.12,20.42.139.217,"},
		{"valet_rows", "A B,AB-123,OK,Kia,"},
		{"military_boxes", "PSC 557 Box 462, FPO AP "},
		{"logins_from", "for ab1 from 74.1.2.3 "},
		{"escaped_frames", "'  mrn  dob\\n0  1  2 "},
		{"bare_lists", "plates=[AB1,CD2] "},
		{"access_log_public_users", "74.2.3.4 - yst.pierre2 [13/May/2024:05:38:04 -0700] \"GET /a "},
		{"passport_lines", "FZ482917<3BRA8707095F3103304<<<<<<<<<<<<<<<2 "},
		{"document_titles", "Summary - Obi, Emeka - "},
		{"name_in_brackets", "MRN 01143970 (KAMAU, W) "},
		{"users_in_text", "for user lena.k98 "},
		{"spaced_keys", "; Admit Date of Service=1 "},
		{"print_job_titles", "Wristband_GARCIA_MARIA_04279249 "},
		{"sql_like", "LastName LIKE 'Ab%' "},
		{"zpl_labels", "ZPL=^XA^FDOKONKWO,CHIDI^FS "},
		{"house_numbers", "Strasse=Annenstrasse 131/1/4, 14467 Potsdam "},
		{"org_parties", "ToName='Harbor Clinic' ToFax=(312) 555-0102 "},
		{"x12_pipes", "NM1|QC|1|DOE|JANE~IK3|N4|1|2010BA|8~IK4|3|116|7|4811~"},
		{"x12_prose", "(NM1*74): "},
		{"client_numbers", "for client 212002 "},
		{"callback_numbers", "Direction=inbound&To=%2B17735550100&From=%2B13125550187&"},
		{"written_dates", `"date":"March 14, 2024",`},
		{"emoji_keys", `"Next Appt 📅":"2024-03-27",`},
		{"extracted_values", "extracted value ([last_nam8_0_] : [VARCHAR]) - [Ng] "},
		{"cx_authorities", "000376925^^^SBCH&2.16.840.1.113883.3.9512.10.44&ISO "},
		{"cx_unfinished", "12345678^^^AB&1.2 "},
		{"zpl_fields", "^FO40,30^FDSHIP TO:^FS"},
		{"cpf_numbers", "CPF 446.233.024-23 "},
		{"area_code_phones", "(11) 97167-8021 "},
		{"subject_numbers", "Subject 205-0021 "},
		{"org_records", "Provider[id=1, name=A B, phone=555-0100] "},
		{"unclosed_records", "Provider[id=1, "},
		{"sample_names", "S24-01862_TN_19580723_T "},
		{"spaced_phones", "mobile: 0412 345 678 "},
		{"patient_records", "Patient{ID:8898623 "},
		{"lex_slots", `{"FirstName":{"value":{"originalValue":"Ingrid"}}},`},
		{"weekday_dates", "with Dr. Okoro on Fri Mar 15 "},
		{"au_postcodes", "Newtown NSW 2042, "},
		{"label_names", "^FDHÅKANSSON, HENRIK^FS^FD07404526  10/05/1964^FS"},
		{"alexa_ids", `"userId":"amzn1.ask.account.A",`},
		{"crystal_fields", `{Patient.MRN} = "0334" and `},
		{"dlp_types", `{"Name":"U.S. Driver's License Number","Value":"W1"},`},
		{"labelled_file_names", "Adeyemi_Folake_MRN00570200_EOB.pdf "},
		{"caret_names_dated", "x|Adeyemi^Nnamdi|19800524|"},
		{"spanish_ids", "paciente 71408319N el 26/11/2024 "},
		{"connected_labels", "Age at ARD: 98  "},
		{"census_names", "GALLAGHER S  43F  "},
		{"caret_apostrophes", "O'DONNELL^EBONY^J "},
		{"bracketed_numbers", "OYELARAN, MAE (BV-007145) "},
		{"merge_arrows", "MRN 007334336 -> 009001348 "},
		{"pascal_keys", "PatientBirthDate 19281111 "},
		{"texted_streets", "moved at 7068 w cermak rd apt 12c "},
		{"dot_leaders", "City ........ Portage "},
		{"user_numbers", "BY 1227 (NEZ,LUANN) "},
		{"card_tracks", "T1=%B5476137091829485^ORTIZ/INGRID C^29021 "},
		{"piped_cities", "|8949 MORSE RD|GROVE CITY|OH|43123"},
		{"sip_addresses", "<sip:+15415745544@203.0.113.44> "},
		{"message_ids", "<8PZH3ES0NBNOGOZI49LW@EXCH02.nwh.local> "},
		{"newborn_names", "FITZGERALD, BABY GIRL "},
		{"glued_particles", `"LastName":"DeLaRosa",`},
		{"numbered_roads", "at 7131 Old Hwy 66 #7, "},
		{"product_versions", "|MedRec 4.1.327|HIMWS03"},
		{"slash_names", "PAX|ABERNATHY/RUTH|23NOV36|"},
		{"concordance_fields", "þLiu, Fengþ¶þ07/22/2020þ¶"},
		{"staff_intros", "this is Mirlande from Palmetto Tide. "},
		{"patient_ids", "Patient: PETROV, THANH    ID: 00750634  "},
		{"ivr_steps", "node=CollectDOB input=\"04291954\" "},
		{"header_cells", "Start,End,Handpiece,PatientID,"},
		{"crawler_lines", "66.249.66.80 Googlebot/2.1 "},
		{"copybook_fields", " 5 PM-INS-LAST-NAME X(20) 13 LINDQVIST "},
		{"ef_param_rows", "[Parameters=[@p0='Ana' (Size = 50), "},
		{"chat_speakers", "(06:09:10 AM) ana ruiz: hola "},
		{"row_cells_beside", "| 1933-09-02 | 90 | x, WI | 53140 "},
		{"name_carets", "pt=LE ROUX^DAGNY^"},
		{"age_sex_names", "M. García-López, 86F, "},
		{"type_b_names", "1WOJCIK/AGNIESZKAMS "},
		{"script_names", "ФИО: Шевчук Дмитро Іванович, "},
		{"cjk_names", "患者ID=0078487401 山口 翔太様 "},
		{"cjk_text", "ご予約日時：令和6年4月3日 "},
		{"coordinates", "dropoff=35.47115,-97.42246 "},
		{"record_dates", `"last_entry":"2024-03-13",`},
		{"ncpdp_carets", `^^^\AM04^\C2W42701^\CALAKSHMI`},
		{"keyed_capitals", "Name: ILUNGA MBUYI DOB: "},
		{"listing_rows", "08893277 Chatterjee      Dmitri      "},
		{"form_parts", `form-data; name="dob"\r\n\r\n1983-12-01\r\n--XyZ\r\nContent-Disposition: `},
		{"genetic_profiles", "rs4988235:CC;rs6025:TG;"},
		{"form_answers", `{"field":{"id":"a","ref":"first_name"},"type":"text","text":"Mateo"},`},
		{"vocatives", `"Lakshmi, your `},
		{"row_names", "COL,YER IVANOVA,9/21/1953,"},
	} {
		line := bytes.Repeat([]byte(tt.unit), 60000/len(tt.unit))
		b.Run(tt.name, func(b *testing.B) {
			sc := Default()
			var fs []Finding
			b.SetBytes(int64(len(line)))
			for b.Loop() {
				fs = sc.Scan(fs[:0], line)
			}
		})
	}
}
