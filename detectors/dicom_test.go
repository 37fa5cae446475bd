package detectors

import "testing"

// TestOBXAge: an HL7 observation of the patient's age is an age.
func TestOBXAge(t *testing.T) {
	sc := Default()
	check(t, sc, `OBX|1|NM|30525-0^Age^LN||91|a^year^UCUM|||||F`, want{"91", Age})
	check(t, sc, `OBX|2|NM|2345-7^Glucose^LN||142|mg/dL|||||F`)
	check(t, sc, `OBX|3|NM|AGE^Age at visit||45|a|||||F`)
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
	check(t, sc, `(0010,1010) AS [093Y] PatientAge`, want{"093", Age})
	check(t, sc, `(0010,1010) AS [045Y] PatientAge`)
	check(t, sc, `(0008,0070) LO [SIEMENS] Manufacturer (0018,1000) LO [45821] DeviceSerialNumber (0008,0080) LO [Mercy Ridge Hospital]`)
	check(t, sc, `C-FIND identifiers: QueryRetrieveLevel=STUDY StudyDate=20230409 PatientName=Watanabe^Gustavo`,
		want{"20230409", Date}, want{"Watanabe^Gustavo", Name})
	check(t, sc, `{"00080020":{"vr":"DA","Value":["20231130"]},"00080060":{"vr":"CS","Value":["CT"]},`+
		`"00100010":{"vr":"PN","Value":[{"Alphabetic":"LIU^LEILANI"}]},"00100020":{"vr":"LO","Value":["RB3206505"]},"00100030":{"vr":"DA","Value":["19740508"]}}`,
		want{"20231130", Date}, want{"LIU^LEILANI", Name}, want{"RB3206505", MRN}, want{"19740508", Date})
	check(t, sc, `{"sort":"alphabetic","items":[{"value":"x1"}],"start":{"value":"2024-01-02"}}`)
}
