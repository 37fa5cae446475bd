package detectors

import "testing"

// TestOBXAge: an HL7 observation of the patient's age is an age.
func TestOBXAge(t *testing.T) {
	sc := Default()
	check(t, sc, `OBX|1|NM|30525-0^Age^LN||91|a^year^UCUM|||||F`, want{"91", Age})
	check(t, sc, `OBX|2|NM|2345-7^Glucose^LN||142|mg/dL|||||F`)
	check(t, sc, `OBX|3|NM|AGE^Age at visit||45|a|||||F`)
}

// TestASTM: laboratory records by their fields' positions.
func TestASTM(t *testing.T) {
	sc := Default()
	check(t, sc, `astm rx frame 1: P|1|435-50-185|L2117745||KOWALSKI^AISHA^F||19370908|F||5148 N Elm Ct Apt 22C^^El Paso^TX^79915||2565550127|1433741174^Nakamura^Grace`,
		want{"435-50-185", MRN}, want{"L2117745", OtherID}, want{"KOWALSKI^AISHA^F", Name}, want{"19370908", Date},
		want{"5148 N Elm Ct Apt 22C", Address}, want{"El Paso", Address}, want{"79915", ZIP}, want{"2565550127", Phone})
	check(t, sc, `2P|1|PAT123|||HERNANDEZ^ROSA||19391104|F`, want{"PAT123", MRN}, want{"HERNANDEZ^ROSA", Name}, want{"19391104", Date})
	// A sender one field off: the name, dates and address still read.
	check(t, sc, `P|1|85934843||||Oyelaran^Amara||19510914|F||16648 NE Spring Dr Apt 3^Duluth^MN^55835|||||||||||||||20240125`,
		want{"85934843", MRN}, want{"Oyelaran^Amara", Name}, want{"19510914", Date}, want{"16648 NE Spring Dr Apt 3", Address},
		want{"Duluth", Address}, want{"55835", ZIP}, want{"20240125", Date})
	check(t, sc, `astm rx frame 6: Q|1|^15151649||^^^ALL||||||||O`, want{"15151649", MRN})
	check(t, sc, `astm rx frame 2: O|1|A09519963||^^^HBA1C\^^^BUN|R|20250514013532|||||N||||SERUM`)
	// A header's processing ID and version ("|P|1|") start no patient
	// record, and a record ends at the mark a log writes for its CR.
	check(t, sc, `poct-gw: dock=DK-2 ASTM H|\^&|||GLUCO^2.1.4|||||||P|1|20240402081122\rP|1||552019381||MORALES^TERESA^L||19440117|F\rO|1|ORD-2024-1188203||^^^GLU|R|20240402081122`,
		want{"552019381", OtherID}, want{"MORALES^TERESA^L", Name}, want{"19440117", Date})
	check(t, sc, `H|\^&|||CX^1.2|||||||P|1|20240402090000<0x0D>P|1|QA77120||||ADEYEMI^KOFI||19380611|M<0x0D>O|1|ORD-2024-0081544||^^^K`,
		want{"QA77120", MRN}, want{"ADEYEMI^KOFI", Name}, want{"19380611", Date})
}

// TestHL7PerformingLab: OBX-23 to OBX-25 name the laboratory that did the
// test, its address and its director, no patient's.
func TestHL7PerformingLab(t *testing.T) {
	check(t, Default(), `OBX|1|NM|2345-7^GLUCOSE^LN||98|mg/dL|70-99|N|||F|||20240402|||||||||Northwind Reference Lab^^05D0642827|1200 Harbor Blvd^^Sparks^NV^89431|1851303216^VANCE^OLIVIA^^^^MD`,
		want{"20240402", Date})
}

// TestDICOM: attributes as dcmdump, pydicom, C-FIND logs and the DICOM
// JSON model print them; the equipment's are no one's.
func TestDICOM(t *testing.T) {
	sc := Default()
	check(t, sc, `(0010,0010) PN [LINDQVIST^SØREN]                        #  16, 1 PatientName`,
		want{"LINDQVIST^SØREN", Name})
	check(t, sc, `(0010,2154) SH [8704837557] PatientTelephoneNumbers`, want{"8704837557", Phone})
	check(t, sc, `I: (0008,0022) Acquisition Date                    DA: '20231122'`, want{"20231122", Date})
	check(t, sc, `[14:35:22] pydicom: (0008,0050) SH [RAD-24-213845] AccessionNumber`, want{"RAD-24-213845", OtherID})
	check(t, sc, `(0010,1010) AS [093Y] PatientAge`, want{"093Y", Age})
	check(t, sc, `(0010,1010) AS [045Y] PatientAge`)
	check(t, sc, `(0008,0070) LO [SIEMENS] Manufacturer (0018,1000) LO [45821] DeviceSerialNumber (0008,0080) LO [Mercy Ridge Hospital]`)
	check(t, sc, `C-FIND identifiers: QueryRetrieveLevel=STUDY StudyDate=20230409 PatientName=Watanabe^Gustavo`,
		want{"20230409", Date}, want{"Watanabe^Gustavo", Name})
	check(t, sc, `{"00080020":{"vr":"DA","Value":["20231130"]},"00080060":{"vr":"CS","Value":["CT"]},`+
		`"00100010":{"vr":"PN","Value":[{"Alphabetic":"LIU^LEILANI"}]},"00100020":{"vr":"LO","Value":["RB3206505"]},"00100030":{"vr":"DA","Value":["19740508"]}}`,
		want{"20231130", Date}, want{"LIU^LEILANI", Name}, want{"RB3206505", MRN}, want{"19740508", Date})
	check(t, sc, `{"sort":"alphabetic","items":[{"value":"x1"}],"start":{"value":"2024-01-02"}}`)
}

// TestHL7FieldPairs: fields named by their position outside a message, as
// XDS's sourcePatientInfo and a PDQ query's parameters write them.
func TestHL7FieldPairs(t *testing.T) {
	sc := Default()
	check(t, sc, `XDMImport sourcePatientInfo=[PID-3|62568741^^^&2.16.840.1.113883.3.7204.1.103&ISO, PID-5|WILLIAMS^PRIYA, PID-7|20210508, PID-8|F, PID-11|3337 Magnolia Pl^^Albuquerque^NM^87147]`,
		want{"62568741", MRN}, want{"WILLIAMS^PRIYA", Name}, want{"20210508", Date}, want{"3337 Magnolia Pl", Address}, want{"Albuquerque", Address}, want{"87147", ZIP})
	check(t, sc, `QPD|Q22^Find Candidates^HL7|PDQ51761|@PID.5.1.1^DELGADO~@PID.5.2^HAROLD~@PID.7^20180106~@PID.8^M~@PID.11.5^62786<CR>RCP|I|7^RD`,
		want{"DELGADO", Name}, want{"HAROLD", Name}, want{"20180106", Date}, want{"62786", ZIP})
	check(t, sc, `see PID-8|F for the rules; build MSH-9|ADT^A01`)
}

// TestObservationKeys: an OBX's observation identifier names its value as
// a key would; a writer one '*' late in X12's NM1 still names the member.
func TestObservationKeys(t *testing.T) {
	sc := Default()
	check(t, sc, `OBX|1|ST|DEVSN^Implanted device serial^L||69G7357419||||||F\rOBX|2|DTM|721025^MDC_IDC_DEV_IMPLANT_DT^MDC||20210416||||||F`,
		want{"69G7357419", Device}, want{"20210416", Date})
	check(t, sc, `OBX|3|NM|2345-7^Glucose^LN||98|mg/dL\rOBX|4|ST|SERIAL^Analyzer serial^L||AX-99812||||||F`)
	check(t, sc, `ACC|20240314|MV^Motor vehicle accident^HL70050`, want{"20240314", Date})
	check(t, sc, `NM1*IL*1*GARCIA*ANDRES*K****MI*M4564383301~NM1*DK*1*KESSLER*PAUL*****XX*1203215565~`,
		want{"GARCIA", Name}, want{"ANDRES", Name}, want{"M4564383301", HealthPlan}) // DK: the ordering doctor's loop; K, an initial alone
	check(t, sc, `PalmIdSvc identify candidate euid=E832221905 Nachname=Becker Alter=94 Anschrift="Bahnhofstr. 90" Personalausweis=N2Y2GRG7C`,
		want{"E832221905", MRN}, want{"Becker", Name}, want{"94", Age}, want{"Bahnhofstr. 90", Address}, want{"N2Y2GRG7C", OtherID})
}

// TestClinicians: a clinician, in their work, is no patient's PHI: the
// doctors HL7 names by position, DICOM's physicians, a name titled "Dr.".
func TestClinicians(t *testing.T) {
	sc := Default()
	check(t, sc, `PID|1||MR4471^^^H^MR||PHAM^LINH||19400101|F\rPV1|1|O|HDU^CH13^01||||1630162513^JOHANSSON^DARNELL^^^DR\rORC|RE|ORD1|||CM||||20240311070025|||2266602038^KESSLER^INES^^^^^^NPI`,
		want{"MR4471", MRN}, want{"PHAM^LINH", Name}, want{"19400101", Date})
	check(t, sc, `(0010,0010)=OKAFOR^ADA (0008,0090)=BYRNE^BEATRIZ^^DR (0008,1050)=Lee^Sam`, want{"OKAFOR^ADA", Name})
	check(t, sc, `referral from Dr. Zebulon Noble for Young, Rosaria; prescriber="Dr. Maria Tran" attending DR HALE`,
		want{"Young, Rosaria", Name})
	check(t, sc, `consejero_asignado=Yesenia Adeyemi, LMFT director="Eugene Andersson, LFD" notified="RN Alicia Moreno" chk="RPh D. Ames" does dr Sorensen still see patients`)
	check(t, sc, `{"user_name":"José Kaur, DO","patient_name":"Maria Lopez","guarantor":"Pa Vang","contact":"Do Thi Lan"}`,
		want{"Maria Lopez", Name}, want{"Pa Vang", Name}, want{"Do Thi Lan", Name})
}

// TestOrganisationOutreach: an organisation inviting its reader to call or
// visit gives its own number and address; a patient's stay.
func TestOrganisationOutreach(t *testing.T) {
	sc := Default()
	check(t, sc, `{"fulfillmentText":"Call 312-926-4000 or visit 1801 S Ashland Ave, Chicago, IL 60608"}`)
	check(t, sc, `Thank you for your feedback! Questions? Call us at (312) 926-4000. Please call our Patient Relations team at (708) 383-9300.`)
	check(t, sc, `{"email":"mmartinez@ymail.com","smtp-id":"<5xbRG224BaSwtQovCbBW85@ismtpd0184p1mdw1.sendgrid.net>"}`, want{"mmartinez@ymail.com", Email})
	// A provider's object, named by its NPI wherever it stands in it; a
	// payer's number of another kind in X12.
	check(t, sc, `{"claim":{"billing":{"name":"Bright Smile Family Dental","addr":"1200 Commerce Pkwy Ste 300, Worcester, MA 01605","npi":"1472833353"},"patient":{"name":"Ana Ruiz","phone":"508-555-0199"}}}`,
		want{"Ana Ruiz", Name}, want{"508-555-0199", Phone})
	check(t, sc, `NM1*PR*2*DENTALXCHG*****46*33037~TRN*1*3104914534~`)
	// An organisation under a name's key; an employer is a business (none
	// of 251 values under the key in the independent sets is labelled).
	check(t, sc, `DIVSTAT|facility=KVCH|name="Kern Valley Community Hospital"|employer=Sunbelt Poultry Processing LLC|pt=Ana Ruiz`,
		want{"Ana Ruiz", Name})
	check(t, sc, `{"employer":{"name":"Valley Fresh Packing Co.","phone":"559-555-0134"},"employee_name":"Ana Ruiz"}`, want{"Ana Ruiz", Name})
	check(t, sc, `pt asked daughter to call 312-555-0199; home visit 12 Oak St, Chicago IL 60601 for Maria Lopez`,
		want{"312-555-0199", Phone}, want{"12 Oak St", Address}, want{"Chicago", Address}, want{"60601", ZIP}, want{"Maria Lopez", Name})
}

// TestInternationalIDs: other countries' health and national numbers by
// their keys, printed in groups.
func TestInternationalIDs(t *testing.T) {
	sc := Default()
	check(t, sc, `OOC claim received; plan=OHIP; health_no=5440 511 383; vc=IA; insured=Bautista, Ana`,
		want{"5440 511 383", HealthPlan}, want{"Bautista, Ana", Name})
	check(t, sc, `bulk bill voucher: medicare_no=5293 26117 1 irn=4 ihi=8003608581854213`,
		want{"5293 26117 1", HealthPlan}, want{"8003608581854213", OtherID})
	check(t, sc, `{"ehic": "80826771618583472117", "pmjayId": "NO4I2IIK5", "ni_number": "RR293053B", "verzekerdennummer": "887516264"}`,
		want{"80826771618583472117", HealthPlan}, want{"NO4I2IIK5", HealthPlan}, want{"RR293053B", OtherID}, want{"887516264", HealthPlan})
	check(t, sc, `mrn=12345 200 OK card=4494 3827 0881 5912 next`, want{"4494 3827 0881 5912", Account})
	// Postcodes outside the United States: after a province, under a
	// postcode's key, in an HL7 address.
	check(t, sc, `update address on file: Apt 1584, 28 Whyte Rd, Mississauga ON L5H 8Y2; tel 289-444-7264`,
		want{"28 Whyte Rd", Address}, want{"Mississauga", Address}, want{"L5H 8Y2", ZIP}, want{"289-444-7264", Phone})
	check(t, sc, `{"postalCode":"B16 3YF","pincode":"560052"} postcode=3573 GE woonplaats=Utrecht`,
		want{"B16 3YF", ZIP}, want{"560052", ZIP}, want{"3573 GE", ZIP}, want{"Utrecht", Address})
	check(t, sc, `PID|1||X448812^^^H^MR||DOE^JANE||19650916|F|||145 Victoria Road^^Canterbury^^CT11 6GX^GBR^H`,
		want{"X448812", MRN}, want{"DOE^JANE", Name}, want{"19650916", Date}, want{"145 Victoria Road", Address}, want{"Canterbury", Address}, want{"CT11 6GX", ZIP})
	check(t, sc, `job ON A1B 2C3 build; zip=02139 OK`, want{"02139", ZIP})
	check(t, sc, `graphql request op=UpdatePatient client=172.18.245.218 caller=+15058472405`, want{"15058472405", Phone})
}

// TestIdentityMatching: an identity service's ways of writing a person:
// capitals before an old date, a passport's given names.
func TestIdentityMatching(t *testing.T) {
	sc := Default()
	check(t, sc, `TASK_COMMENT|text="NWOSU KWAME 03/03/1925 vs NWOSU KWAMI 04/02/1925 - keying error"`,
		want{"NWOSU KWAME", Name}, want{"03/03/1925", Date}, want{"NWOSU KWAMI", Name}, want{"04/02/1925", Date})
	check(t, sc, `BUILD FAILED 05/14/2024 RELEASE NOTES 2019-01-01`)
	check(t, sc, `<rim:Slot name="$XDSDocumentEntryPatientId"><rim:ValueList><rim:Value>'E667785589^^^&amp;2.16.840.1.113883.3.7204.1&amp;ISO'</rim:Value></rim:ValueList></rim:Slot>`,
		want{"E667785589", MRN})
	check(t, sc, `{"subjectName":"AISHA BRENNAN","clientChart":"M254211371"} x12-gw TA1 ok icn=092496747`, want{"M254211371", MRN})
	check(t, sc, `MERGE|actor=svc_pix_mgr|survivor=E615130357|retired=E659140762|reason="dup confirmed" status=retired=true`,
		want{"E615130357", MRN}, want{"E659140762", MRN})
	check(t, sc, `docType=PASSPORT docNumber=B52522435 surname=SINGH givenNames=BOGDAN birth=17.09.1932`,
		want{"B52522435", OtherID}, want{"SINGH", Name}, want{"BOGDAN", Name}, want{"17.09.1932", Date})
}

// TestChangeDataCapture: rows as PostgreSQL's logical decoding prints them,
// test_decoding's typed pairs and wal2json's names and values.
func TestChangeDataCapture(t *testing.T) {
	sc := Default()
	check(t, sc, `table public.patients: INSERT: _ID_INT[integer]:3256609 LNAME[character varying]:'Adeyemi' PASSPORT_NUMBER[character varying]:'ZL0360250' GENDER[text]:'F'`,
		want{"Adeyemi", Name}, want{"ZL0360250", OtherID})
	check(t, sc, `{"kind":"insert","table":"patients","columnnames":["id","mrn","full_name","street"],"columnvalues":[972442,"B6254720","Whitfield, Mikhail","5947 S Bergen Avenue"]}`,
		want{"B6254720", MRN}, want{"Whitfield, Mikhail", Name}, want{"5947 S Bergen Avenue", Address})
	check(t, sc, `4) 1) "HSET" 2) "idp:pending:3069257" 3) "surname" 4) "Oyelaran" 5) "dt_birth" 6) "21-JUN-1971" 7) "status" 8) "A"`,
		want{"Oyelaran", Name}, want{"21-JUN-1971", Date})
	check(t, sc, `{"columns":["mrn","dob"],"rows":[["M1","1950-01-02"],["M22334455","1951-02-03"]]}`,
		want{"1950-01-02", Date}, want{"M22334455", MRN}, want{"1951-02-03", Date})
}

// TestIncludeProviders: a policy that counts its workforce's names gets
// the clinicians and the NPIs back, wherever the engine leaves them by
// default.
func TestIncludeProviders(t *testing.T) {
	sc, err := New(&Options{IncludeProviders: true})
	if err != nil {
		t.Fatal(err)
	}
	check(t, sc, `PV1|1|O|HDU^CH13^01||||1630162513^JOHANSSON^DARNELL^^^DR`,
		want{"1630162513", License}, want{"JOHANSSON^DARNELL", Name})
	check(t, sc, `Audit export requested by a.nwosu@tidewellhealth.com`, want{"a.nwosu@tidewellhealth.com", Email})
	check(t, sc, `{"claim":{"billing":{"name":"Ana Osei","npi":"1472833353"}},"prescriber_npi":"1063198646"}`,
		want{"Ana Osei", Name}, want{"1472833353", License}, want{"1063198646", License})
	check(t, sc, `referral from Dr. Zebulon Noble (NPI 1003862798); notified="RN Alicia Moreno"`,
		want{"Zebulon Noble", Name}, want{"1003862798", License}, want{"Alicia Moreno", Name})
	check(t, sc, `NM1*82*1*KESSLER*PAUL****XX*1203215565~`, want{"KESSLER", Name}, want{"PAUL", Name}, want{"1203215565", License})
	check(t, sc, `(0010,0010)=OKAFOR^ADA (0008,0090)=BYRNE^BEATRIZ^^DR`, want{"OKAFOR^ADA", Name}, want{"BYRNE^BEATRIZ^^DR", Name})
}
