package detectors

import (
	"testing"
)

// checkFindings fails on findings outside the input or out of order.
func checkFindings(t *testing.T, fs []Finding, n int) {
	t.Helper()
	for i, f := range fs {
		if f.Start < 0 || f.End > n || f.Start >= f.End {
			t.Fatalf("finding %d out of range: [%d,%d) in %d bytes", i, f.Start, f.End, n)
		}
		if !f.Category.Valid() || f.Confidence < Low || f.Confidence > High {
			t.Fatalf("finding %d has category %d confidence %d", i, f.Category, f.Confidence)
		}
		if f.Detector == "scan_failure" {
			t.Fatalf("scanner panicked on this input")
		}
		if i > 0 && fs[i-1].Start > f.Start {
			t.Fatalf("findings not sorted at %d", i)
		}
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{
		`{:patient/mrn "70981027", :patient/dob #object[java.time.LocalDate 0xd "1959-11-22"], :a/b #inst "`, `{:x #object[`, `(:k/ 1`,
		`debtor="Br\195\188ckner \9999999 \x{e1} \x{" subName = "Ma\322gorzata"`,
		`/out/20240311/00308394_FERRARO_GIULIA_RAD_20240303.rtf LK1_A_B_ECHO_.pdf 1/2_a_b.c`,
		"UPDATE t SET `city` = 'X', \"zip\"='1' WHERE `a`= @p0=N'E1' @p1=N",
		`raw="]d201006901030079921727092010670829<GS>2145␝" ]C101 DFN=1 DOB 2790912 resident 12 ApptDate=1/2/2024 10:`,
		`patient John Smith DOB 01/02/1950 SSN 123-45-6788 fax (212) 555-0199`,
		`D898U0939WHITEHORSE   CODY   T19500301M5154678638879 ELM BLVD   FORT WAYNE   IN4681  NG, EERO   19870217F  {"actor":{"reference":"Patient/1","display":"A,B"}}`,
		`f=356009175_after_visit_summary_orlov_19330317.pdf 1234567_a_b_c_d.x VADM(2)="1^ VAPA(99)=" ^PRPAT(12345,0)="A,B^F^2500424"`,
		`1.2.3.4 - mai.nguyen [x] L2='FZ482917<3BRA8707095F3103304<<<<<<<<<<<<<<<2' P<BRAA<<B<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<'`,
		`Summary - Obi, Emeka - x MRN 01143970 (KAMAU, W) [P ^FDVOLKOV, D^FS for user lena.k98 pid=00497216 HP_A_B_97yo_C.docx ROI_123456_Roe.csv`,
		`patient="00532241 F 08-AUG-1991 Kahananui_Leilani   " recording="Startdate 05-MAR-2024 X" p='X X X X' q="S F X"`,
		`Keywords: Admit Date=1; A B C D=2 ZPL=^XA^FDA,B^FS^XZ ZPL=^XA Wristband_A_B_1234567 ROI-24-1_0_A_B.pdf X LIKE '%' Y LIKE '`,
		`Strasse=A 1, 12345 B Ort=W 1/ SCH|1|||||||||||^^^2024 IN1|1||||||||||||||||A^B|19500101 start=2024-01-01T10:00Z appointment`,
		`ToName='A & B' ToFax=1 template_b64=UFZUM/AAAA/BBBB fax_id=1 from 2125550100 -> 1.2.3.4:443 maria.garcia`,
		`{"patient":{"name":[{"family":"Doe","given":["Jane"]}],"note":"{\"ssn\":\"123-45-6788\"}"}}`,
		`GET /x?email=a%40b.org&dob=1970-01-01&q=%ZZ HTTP/1.1`,
		"PID|1||123^^^H^MR||Doe^Jane||19800101|F|||1 Main St^^Town^MA^02445\rPV1|1|I",
		`level=info ssn="123 45 6788" zip=02445 ip=2601:75c8::1 mac=00:1a:2b:3c:4d:5e`,
		`photo=iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA`,
		`12 Elm St, Brookline, MA 02445-1234 PO Box 7 (01)00884838123458(17)250101`,
		`{"a":[1,2,{"b":"\u00e9\ud83d"}],"c":`, `"key": "value", 'x'=`, `{{{{[[[[`,
		`ISA*00*~NM1*IL*1*DOE*JANE****MI*W123~N3*1 MAIN ST~N4*TOWN*MA*024451234~DMG*D8*19610704*F~`,
		`HL|5|2|PT~NM1|QC|1|DOE|JANE||||MI|W1~TRN|2|PCN1~IK3^N4^19^2010BA^8~IK4^3^116^7^4811~CTX^CLM01>A1~`,
		`<patient><name><given>Jane</given></name><id root="2.16.840.1.113883.4.1" extension="123456788"/></patient>`,
		`INSERT INTO pts (name, ssn) VALUES ('Jane O''Neil', '123-45-6788'), (NULL, 'x') DETAIL: Key (ssn)=(1)`,
		`Array ( [mid_nm] => Jo [dob] => 01/02/1950 ) {'member_id': 'W1'} Member ID: W12 | Pt Name = Doe, Jane`,
		`MSH|^~\&|A|B\rPID|1||1^^^H^SS~2^^^H^MR||D^J\x0dPV1|1|I|||||123^DOC^X<CR>GT1|1|99|G^H`,
		`r_97,"Agbaje, ""Jr""",Farhan,10/20/1953,401227781,"ACTIVE`,
		`array(2) { ["ssn"]=> string(11) "123-45-6788" ["age"]=> int(92 ["x"]=>`,
		`{"data":"eyJwYXRpZW50TmFtZSI6IkhhcmxhbiBWb3NzIiwic3NuIjoiNTMyNzE4ODQ2In0="} data=eyJ+/x==`,
		`| 00458812 | Okafor | 1950-03-04 |`, `|| |`,
		`Content-Disposition: form-data; name="dob"\r\n`, "form-data; name=\"a\"\r\n\r\nb\r", `rs1:AA;rs2:CC;rs3:GG;rs4:TT;rs5:`,
		`{"field":{"ref":"dob","id":{}},"text":"1"} #KH1,a PV1|2024-01-01 0 ABC-1 CC-20240230-1 {AddressBlock} %(x)`,
		`\x1e\x1cAM04\x1cC2BX\u{1c}CC\u{1e}AM01\u{1c\u001cCA\x1`,
		`embedding=[0.1, -2e-, 3., ..., …] vec=[1,2,3,4,5 [pump@32473 x=1] [a@ 'OKAFOR, ADEBAYO' "A, B`,
		`G1|2|KOWALSKA|AGNIESZKA|M|813 CHANDLER ST|X,Y,Z,04/28/84,1/2/34 cus_Phrr6rNJliNHMY cus_ el 21 de marzo de`,
		`BAUTISTA_E5421070_ADT.hl7 Nguyễn Trần Ə BABY GIRL DE LA 07 RESIDENCE_CITY .......: [Client] a.http_client: -`,
		`MemberId("BX1") Npi(" Ssn("1") x\x1cCM1 2 \x1cCN a=b`,
		`a.type=DL a.id= type=aadhaar value="1 2" doc_type=passport x.doc_number=Z1 {"system":"urn:oid:1","key":1}`,
		`Patient number 1. pt AB-1-2-3-4 child XY- MRN 1234567 / 2345678 and 9 , or`,
		`01008845277660031725081410B3<GS>21R\x1d01008845277660031725081<GS`,
		`localIds=[71312225@DSC, 1@, @AB, 123456@AB.c, 99999@ZZZZZZZZZZZZZZZZZZ]`,
		`x: 1. Path 'a.dob' value "2. Path '' value ". Path 'dob[0' voiceprint V3:` + "eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4",
		`INSERT INTO r (a, b) VALUES (?, ?) (parameters: array{"1":"Lemuel","0":"x","9":1}, types: array{"1":2}) {"sql":"select ? ?","bindings":["a",["b"]]}`,
		`SET "home_phone" = $1 [["home_phone", "8175948160"], ["id", 35375], ["x", [1]], ["y"` + "`",
		`WHERE mrn = $1 AND dt >= $2 DETAIL:  parameters: $1 = 'E4''59', $2 = '2024-01-29', $3 =`,
		`WHERE (p0."mrn" = $1) AND (p0.dob = $2) ["E1", ~D[1949-01-13], nil, 3] $1) ["x", ~D[`,
		`callback number four oh four, four five three, eight four zero nine; social is five two one, four four, seven seven eight one; dob february twenty-first nineteen oh five, born may first two thousand and`,
		`row ['5YN9', 'KOVACEVIC', 'LEILANI', '05/11/1959', None, 3.5] ('A', 'B',) ('x\'y', ["a", "B", "C", 1]`,
		`s3://b-photos/E6110377/profile_8ecf6a87.heic /m/photos/900516.jpeg \\s\photos\1_c.jpg x.jp face.`,
		`birth_date { year: 1944 month: 10 day: 15 } DOB:{Year:1951 Month:3 "day":2} {"dob":{"year":`,
		`CHIDI TAKAHASHI DOB: pt Sanjay Pemberton, 96M MRN MRN-4989524: /mrn MRN-8 SSN x for Horvat: 1`,
		`(0010,0010) PN [DOE^J] (0010, 1010) Patient's Age AS: '093Y' (0010,2154) SH [ (0008,00`,
		`{"00100010":{"vr":"PN","Value":[{"Alphabetic":"DOE^J"}]},"00100030":{"Value":[`,
		`P|1|435-50-185|L2||KOWALSKI^AISHA||19370908|F||5 Elm Ct^^El Paso^TX^79915||2565550127 Q|1|^1 2P|1|`,
		`H|\^&|||G^2|||||||P|1|2024\rP|1||5||M^T||19440117|F<0x0D>O|1|O-1||^^^GLU\rP|`,
		`info=[PID-3|6^^^&2.1&ISO, PID-5|W^P, PID-11|3 M Pl^^A^NM^8] QPD|Q22|P|@PID.5.1.1^D~@PID.7^2018~@PID.11.5^6~@|@PID.`,
		`b="{\x22ssn\x22:\x22339-02-1596\x22,\x22n\x22:{\x22a\x5C\x22\x22:1}}" c="{\x22x\x2`,
		`name { given: "Jos\303\251" family: "M\303\274ller\3" } x: "\303\2`,
		`SIN# 679 553 032 NAS:515038271 sin=456+851+575 SIN 6795530`,
		`type=EXECVE argc=2 a0=47757920596F756E6 a1=00 proctitle=2F62696E2F7368002D6300 a2=4`,
		`cvc-pattern-valid: Value '5876' is not facet-valid for type 'SSNType' The 'a:B' element is invalid - The value ' cvc`,
		`/v/u/ivanova-jane-1947-07-21-x.jpg /a/b-c-1947-07.j uploads/kim-lee-1950 x/a_bcdef_19330213.t`,
		`[MBR_ID|LAST_NM|SSN] [2070|K|2651] [A|B] [ header="zip,patient_name,c" row="7,\"K, T\",\"" hdr="a,b`,
		`raw="@\n\x1e\rANSI 636014090102DL00410254ZM03250012DLDAQP55\nDCSM\nDAD\nDAK9\nD\n" \rANSI 6360001002DL0039DLDA`,
		`/roi/ROI_Duarte_Ji-woo_08876628.pdf A_B_C- X_Y_Z-w X_Y-_1.p`,
		`INSERT: LNAME[character varying]:'A' X[int]:3 Y[` + "`" + `{"columnnames":["mrn"],"columnvalues":["M1",2],"keyvalues":[]}`,
		`hi this is kwame da silva, its rafael; name as x- patient 04677447 for MRN E0042038: Ingrid da Silva is 95`,
		`[Parameters=[@p0='1' (Size = 4), @p1='x', @p] INSERT INTO [T] ([A], [B]) OUTPUT X VALUES (@p0, @p1 WHERE [Mrn] = @p1 msg['A']['B.1']='2'`,
		"req AM01\\x1cCASHIRIN\\x1cCB\\x1cC4199\x1eAM04\x1cC2 <FS>CP74182 AM0",
		`^FDROE, JO^FS ^FD9185 N Elm ^F ^FD source[{\"q\":{\"n\":\"a\\\"b\"}}] {\"x`,
		`PID|1||9^^^X^MR||ROE^JO||1941[0D]<EB><CR> GT1|1||R^J↵ MSH|^~\&|A|B↵PID|1||2 "HSET" "pt_name" "S\xc3\xb8" "a"`,
		`MSH#^~\&#A#B<CR>PID#1##9^^^X^MR##ROE^JO MSH|$~\&|A\rPID|1||2$$$H$MR||D$J [enc !^~\&] PID!1!!4^^^N^MR!!A^B PID#`,
		`residence=com.acme.Address@3c81[street=1 Elm,unit=Apt 2 town: Optional("Toledo") x: Some( Address { a: "b" }`,
		"   mrn   phone_no\n0  123  555-0100",
		`body=hi Xiaoming Ram=C3=ADrez=0A-- =0AM =?UTF-8?Q?Appt_for_G=C3=A9?= =?x?Q?= =?UTF-8?Q?a=C3 =0 =?=`,
		`^DPT(1,0)="A,B^M^2740707^^^^^^232605001" ^DPT(2,.11)="1 A^^^B^1^4" ^DPT(3,.13 ^DPT(,0)=" MRN;LNAME;AGE;1;A;9;`,
		`^DPT("B","A,B",1 ^DPT("B",,12345) ^AUPNPAT(123,41,1,0)="1^2" AGDOB=2250219 AGSSN= 1933년 4월 9일 1933년 4월 년 ^DPT(`,
		`{"kind":"admin#reports#activity","actor":{"email":"a@","type":"AppInstance"},"id":{"customerId":"C0"}} udp 1 1.2.3.4 3478 typ relay`,
		`[HI-Client] [MRN-] [A-b] conf# order #A17 ticket SEC- auth X card for 5/16 clinic visit 3/12 appt our clinic at (614) 555-0100`,
		`hdr=MRN|DOB|X rec=1|2 HDR=a,b | DATA=;; Calle Sol #7, Ave. X 5 Apt 1, Res. A Edif. 2 26-JUN-53 JUN 16,1938`,
		`(0010,1040)=a^^OH^4304 (0010,0030)= (0010,1010)=9Y (0010,0010)=A^B said_name=" cb=+1 x ^ (0010,0020)=`,
		`^A.MPIID("1")=$lb("x" ^P(1,"DOB")=3 ^P(1,"DOB")=" ^P(-.,"a" ^Q( $listbuild("A","B","19950514") ^P(1,"Name")="`,
		` 1 | M1  Petrov, Rahul  27jul1998  7 |"x: KIM,1992-02-26,"a,1 Oak St,GA,3|;Tacoma;99779;TX;1,2,3 05AUG19 9may2`,
		`{"args":["--zip","--dob"],"x":["--mrn"],"contextName":"ssn","values":[1,"--"],"gps":{"lat":1.2345,"lon":"-"}} <ePatient.09>1</ePatient.0`,
		`x | dob |  bad [type=t, input_value='1', [type= input_value= {"loc":["a",1,"ssn"],"input":{},"instancePath":"/","data":[` + "\n",
		`{"Type":{"Text":"FIRST_NAME"},"ValueDetection":{"Text":1},"resourceType":"Location","address":"1 A St"} \n95 y/o \`,
		`/a/REF_KOWALSKI_FATIMA_19770523_MRN33691100.pdf pt_Haddad_Anh_RGH4399132 _A_B_ /x_Y_Z_DOB1940062 A_B__MRN`,
		`|AM04 C2=TX6 CC=H CD= |AM01 C4=1984 CM=206 F R CN= |AM0 X= AM07 D2=85 |AM04 C2= student=Ivy Fair (BT-2) member_id = 5 AND x = 'y' N'O''C'`,
		"P<VNMA<<B<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\\nDK30887005VNM6209090M2803216<<<<<<<<<<<<<<04 P<DEU<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
		"mrn|s:9:\"E2644\";x|i:9;y|a:2:{s:1:\"a\";N;i:0;O:3:\"P\":1:{s:3:\"\x00*\x00d\";b:1;}} a:1:{s:99:\"\"} O:9:\"",
		`&lt;a:Dob&gt;1&#47;2&lt;/a:Dob&gt; &lt;b&#x;&#0;&#1114112;&#x41&gt &lt;/&gt; &lt;c&gt;&amp;&quot;&apos;&#233;&lt; n&#233;e le`,
		`0003769^^^SBCH&2.16.840.1.1&ISO HR5630^^^&2.1& 1234^^^X^MR 9^^ 005355159@2.16.840.1.113883.3 1@2. EUID 1 Subject 205-0021 subject 12-`,
		`^XA^FDACME PHARMACY^FS^FD1 Elm St, Ada, OH 4^FS^FDSHIP TO:^FS^FDA B^FS^FDOMAHA, NE 6^FS^FD^FS^FDDr. ^FS^FD`,
		`BABYGIRL X BB BOY ,BB BOY ^BABYBOY Twin B Twin E baby girl BB BOY A , BB GIRL `,
		`Provider[ Provider[a=1 PayerProfile( Clinic.Clinic{a: "b"} ProviderDto@6490d1b7[n=x] Provider[patientName=A B]`,
		`https://x.io/r/a-b-1 https://x.io/Patient/ https://x.io/Patient/2020/ https://x.io/p/ab_cd. GET /portal/u/ab_c /u/ "item_oid":"VSDAT","old_value":`,
		`2024-03-14 01:31:08 reader [pid 2264]: line 2: 24S6,"W, R",02/27/2023`, `x`, `for MRN7870437: field 'dl_num' value='C' S24-01862_TN_19580723_T`,
		`req=patient_id:"pt-1" id: PatientId(4920) Fri Mar 15 ^FDColumbus OH 43209^FS entity=Patient|key=1 DMG02=2020 DTP*349 a`,
		`HDR CCLF8 A(1,3) B(4,2) C(6,10)`, `5P34V80PP45454321924-02-22FBAPTISTE            100`, `  City . . . :   Portage`,
	} {
		f.Add([]byte(s))
	}
	sc := Default()
	small, _ := New(&Options{MaxLineBytes: 4096})
	csv, _ := sc.ParseColumns([]byte("id,last_nm,first_nm,birth_dt,ssn,status"))
	w3c, _ := sc.ParseColumns([]byte("#Fields: date time c-ip cs-uri-query"))
	box, _ := sc.ParseColumns([]byte("| mrn | last_name | dob |"))
	layout, ok := sc.ParseColumns([]byte("HDR BENE_MBI_ID(1,11) BENE_ZIP_CD(12,5) BENE_DOB(17,10) BENE_LAST_NAME(28,20)"))
	if !ok {
		f.Fatal("record layout not read")
	}
	labelled, ok := sc.ParseColumns([]byte("2024-03-14 01:31:07 reader [pid 2264]: header: claim_no,member_name,date_of_loss"))
	if !ok {
		f.Fatal("labelled header not read")
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFindings(t, sc.Scan(nil, data), len(data))
		if labelled.Fits(data) {
			checkFindings(t, sc.ScanRow(nil, labelled, data), len(data))
		}
		checkFindings(t, sc.ScanRow(nil, csv, data), len(data))
		checkFindings(t, sc.ScanRow(nil, w3c, data), len(data))
		checkFindings(t, sc.ScanRow(nil, box, data), len(data))
		checkFindings(t, sc.ScanRow(nil, layout, data), len(data))
		if cols, ok := sc.ParseColumns(data); ok {
			checkFindings(t, sc.ScanRow(nil, cols, data), len(data))
		}
		checkFindings(t, sc.ScanText(nil, data), len(data))
		checkFindings(t, sc.ScanValue(nil, "patient.name", data), len(data))
		checkFindings(t, small.Scan(nil, data), len(data))
	})
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"PatientFullName", "PID-5", "name[0].family", "a..b[", "x_*_ssn", "[]].["} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, key string) {
		_ = NormalizeKey(key)
		_, _ = ClassifyKey(key)
		_, _, _ = Default().KeyCategory(key)
	})
}
