package detectors

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

func TestNormalizeKey(t *testing.T) {
	for in, want := range map[string]string{
		"PatientFullName": "patient_full_name", "patient-full-name": "patient_full_name",
		"PATIENT_FULL_NAME": "patient_full_name", "zip5": "zip_5", "PID-5": "pid_5", "SSNNumber": "ssn_number",
		"medicalRecordNo": "medical_record_no", "x.forwarded.for": "x_forwarded_for", "": "",
		"  dob ": "dob", "patFirstNm": "pat_first_nm", "HTTPStatus": "http_status",
		"Lic#": "lic_no", "ID #": "id_no", "C#": "c_no",
	} {
		if got := NormalizeKey(in); got != want {
			t.Errorf("NormalizeKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClassifyKey(t *testing.T) {
	tests := map[string]Category{
		"ssn": SSN, "SocialSecurityNumber": SSN, "patient_ssn": SSN, "ss_num": SSN,
		"driver_last": Name, "driverFirst": Name, "poa_name": Name, "cpn_name": Name, "cb_num": Phone, "FolioNo": Account, "cert_no": License, "certNumber": License, "valet_plate": Vehicle, "complainant": Name, "sssNo": OtherID, "philhealthPin": OtherID, "rnokpp": OtherID, "arr_dt": Date,
		"svcTo": Date, "lastService": Date, "LastInjection": Date, "lastExposure": Date, "Untersuchungsdatum": Date,
		"patientName": Name, "PatientFullName": Name, "first_name": Name, "lname": Name, "surname": Name,
		"patient.name": Name, "name[0].family": Name, "name[0].given[1]": Name, "guarantor_name": Name, "ptName": Name,
		"dob": Date, "birthDate": Date, "date_of_birth": Date, "admitDate": Date, "discharge_dt": Date, "deceasedDateTime": Date,
		"VSDAT": Date, "AESTDAT": Date, "BRTHDTC": Date, "VS.LBDAT": Date, "dataAtendimento": Date, "dt_obito": Date,
		"nm_pessoa_fisica": Name, "numeroCarteira": HealthPlan, "nr_cns": HealthPlan, "ds_endereco": Address, "nr_cep": ZIP,
		"subscriber_id": HealthPlan, "memberId": HealthPlan, "mbi": HealthPlan, "medicare_number": HealthPlan, "policyNumber": HealthPlan,
		"mrn": MRN, "medicalRecordNo": MRN, "medical_record_number": MRN, "chart_no": MRN, "patient_id": MRN, "PID-3": MRN,
		"zip5": ZIP, "postalCode": ZIP, "zip_code": ZIP, "address.postalCode": ZIP,
		"email": Email, "patient_email": Email, "emailAddress": Email,
		"Patient_DOB__pc": Date, "Serial_Number__c": Device, "cgmTx": Device, "numDocumento": OtherID, "receptorRfc": OtherID, // Salesforce's custom fields; a CGM's transmitter; Spanish and Mexican documents
		"DOS_FIRST": Date, "last_dos": Date, "first_visit": Date, // a claim's first and last days of care
		"screening_no": MRN, "SCRNO": MRN, "studySubjectId": MRN, "rand_no": OtherID, "randomisation_number": OtherID, // a trial's subjects
		"pacjent": Name, "nazwisko": Name, "potilas": Name, // a patient in Polish, Finnish
		"honoree": Name, "honoree_dod": Date, // a tribute gift's
		"ee_name": Name, "mom_mrn": MRN, "invitee_name": Name, // a benefits file's employee, a birth record's mother, a booking's
		"chosen_name": Name, "chosenName": Name, // a name a patient goes by, beside their legal one
		"matched_chart": MRN, "bkg_no": OtherID, "INM_NO": OtherID, "OLN": License, "fbiNumber": OtherID, "bookingDate": Date,
		"dfi_acct": Account, "lastDonation": Date, "fecha_ultima_donacion": Date, "guarantor_account": Account,
		"student_id": OtherID, "extubatedAt": Date, "declaration_dt": Date, "cross_clamp_dt": Date, "PronouncedDate": Date, "authorizing_agent": Name, // a death, as an OPO and a registry time it
		"phone": Phone, "homePhone": Phone, "mobile": Phone, "cell": Phone, "fax": Fax, "faxNo": Fax,
		"client_ip": IP, "remote_addr": IP, "x-forwarded-for": IP, "ip_address": IP,
		"card_number": Account, "iban": Account, "account_number": Account, "acct_no": Account,
		"fp_template": Biometric, "cellular": Phone, "mob_no": Phone, "drivers_license": License, "dl_number": License, "dea": License, "certificate_no": License, "BirthCertificateNumber": License,
		"vin": Vehicle, "license_plate": Vehicle, "imei": Device, "device_serial": Device, "mac_address": Device, "udi": Device,
		"profile_url": URL, "website": URL, "fingerprint": Biometric, "voiceprint": Biometric, "direccion": Address, "telefono": Phone, "correo_electronico": Email, "Strasse": Address, "guarantor[1][first]": Name, "patient[0][first_name]": Name, "guarantor[1][dob]": Date, "guarantor%5B1%5D%5Blast%5D": Name, "CHARTNO": MRN, "MBRNUM": HealthPlan, "Guar": Name,
		"pateint_name": Name, "coverageRef": HealthPlan, "admit_ts": Date, "servcie_date": Date, "snm": Name, "zp": ZIP, "aeg": Age, "natl_id_str": OtherID, "srv_dt": Date, "dob_dd_mon_yyyy": Date, "subscirber_id": HealthPlan, "date_of_brith": Date, "drvr_licnse": License, "lastanme": Name, "firts_name": Name, "anumber": OtherID, "pfn": Name, "PLNM": Name, "txtLName": Name, "clientMac": Device, "Calling-Station-Id": Device, "sta_mac": Device, "visitorName": Name, "guest_name": Name, "patientUrl": URL, "personUrl": URL, "cognome": Name, "data_di_nascita": Date, "indirizzo": Address, "citta": Address, "codice_fiscale": OtherID, "cellulare": Phone, "luogo_nascita": Address, "téléphone": Phone, "numero_secu": SSN, "geb_datum": Date, "Handy": Phone, "telefono_movil": Phone, "telefoonnummer": Phone, "domicilio": Address, "sobrenome": Name, "GUAR_NAME": Name, "benef_id": HealthPlan, "post_code": ZIP, "PostCd": ZIP, "FamNm": Name, "DthDt": Date, "DschDt": Date, "dschrg_dt": Date, "SrvcDt": Date, "surg_dt": Date, "SbscrId": HealthPlan, "CrdNo": Account, "CntyNm": Address, "e_addr": Email, "emailid": Email, "srl_no": Device, "dvc_id": Device, "lic_plt": Vehicle, "nextVisit": Date, "lastSeen": Date, "registration_plate": Vehicle, "palm_vein": Biometric, "dna_profile": Biometric, "device_mac": Device, "veh_id_no": Vehicle, "tag_no": Vehicle, "irisCode": Biometric, "photo": Photo, "avatar": Photo,
		"age": Age, "patient_age": Age, "street": Address, "city": Address, "address.line[0]": Address, "home_address": Address,
		"encounter_number": OtherID,
		// Fields named as no-code tools let people name them, emoji and all.
		"DOB 🎂": Date, "Next Appt 📅": Date, "Phone 📱": Phone, "Zip 📮": ZIP,
		"assessment_date": Date, "evalDate": Date, "hosp_acct": Account, "310-CA": Name, "304-C4": Date,
		// Abbreviations and forms of real intake, billing and EHR exports.
		"svcDt": Date, "serviceFromDate": Date, "adm_dt": Date, "admissiondt": Date, "specimen_collected": Date,
		"next_appointment": Date, "fst_nm": Name, "lst_nm": Name, "HAR": Account, "hospital_account": Account,
		"pstl_cd": ZIP, "soc_sec_no": SSN, "contact_number": Phone, "licPlate": Vehicle, "Lic#": License,
		"Acct#": Account, "state_id_number": License, "travelDocumentNumber": OtherID, "a_number": OtherID,
		"hospitalNumber": MRN, "record_no": MRN, "first": Name, "last": Name, "hrn": MRN, "VSTDT": Date, "vst_dt": Date, "dl_no": License, "form_phone": Phone, "form_email": Email,
		"photoBase64": Photo, "ipv6Address": IP, "HAR_ID": Account, "SSN_NBR": SSN,
		"DOB_DT": Date, "PT_ZIP": ZIP, "drvLicNum": License, "nextOfKinPhone": Phone, "residentialPostcode": ZIP,
		"ADD_LINE_1": Address, "cty": Address, "guarantorname": Name, "mothersname": Name, "accountHolder": Name, "census_tract": Address, "hsp_account_id": Account, "enc_csn_id": OtherID, "mobilephone": Phone, "ptnt_name": Name, "resp_party_name": Name, "fecha_nac": Date,
		"apellido": Name, "Nachname": Name, "fecha_nacimiento": Date, "Geburtsdatum": Date, "patient_addr1_8812ab": Address,
		// Keys in Spanish, Portuguese and French, word by word.
		"NombreAsegurado": Name, "nomFamille": Name, "primeiro_nome": Name, "prenoms": Name, "apelido": Name,
		"edad_anios": Age, "idade": Age, "num_expediente": MRN, "noDossier": MRN, "nhc": MRN, "prontuario": MRN,
		"num_beneficiario": HealthPlan, "NumeroContrato": HealthPlan, "num_cuenta_banco": Account, "cuenta_paciente": Account,
		"num_ss": SSN, "seguro_social_eua": SSN, "Licencia": License, "tablilla": Vehicle, "placa": Vehicle,
		"ingreso": Date, "alta": Date, "rdv": Date, "Pueblo": Address, "commune": Address, "cp": ZIP,
		"huella": Biometric, "fecha_servicio": Date, "numero_serie": Device, "matricula_consular": OtherID, "Kennzeichen": Vehicle,
		"Fallnummer": Account, "Patientennummer": MRN, "Aufnahmedatum": Date, "SVNR": OtherID, "PLZ": ZIP, "Ort": Address,
		"Faxnummer": Fax, "rueckrufNummer": Phone, "versichertenId": HealthPlan, "hsa_account": Account,
		// Subjects glued to their field's word, and SAP's field names.
		"PTNAME": Name, "PTPHONE": Phone, "MBRNO": HealthPlan, "SUBNM": Name, "ptdob": Date, "gtaddr": Address,
		"hh_clientdob": Date, "subscriberdob": Date, "gebdat": Date, "data_urodzenia": Date, "data_narodzhennia": Date,
		"tanggal_lahir": Date, "dogum_tarihi": Date, "fodselsdato": Date, "syntymaaika": Date,
		"PatientLicenseNumber": License, "mmj_card": License,
		"NNAME": Name, "VNAME": Name, "GBDAT": Date, "PATNR": MRN, "STRAS": Address, "ORT01": Address, "PSTLZ": ZIP,
		"RP_NM": Name, "ENRL_ID": HealthPlan, "primerNombre": Name, "recordMedico": MRN, "num_historia": MRN,
		"transmisor": Device, "cnh": License, "fnac": Date, "fec_nac": Date, "humanname-mothers-family": Name,
		// Registries, OMOP and German keys; a voice's signature; where, not when.
		"addrAtDxCity": Address, "addrAtDxPostalCode": ZIP, "person_source_value": OtherID, "FUEHRERSCHEIN": License,
		"id_nacional": OtherID, "tribal_id": OtherID, "voice_sig_b64": Biometric, "Vorname": Name, "QPD-6": Date, "RXA-3": Date,
		// Post-acute care: MDS 3.0, OASIS and NEMSIS items by code; camps, schools, jails; Medicaid abbreviated.
		"A0500A": Name, "A0600B": HealthPlan, "A0900": Date, "M0030_START_CARE_DT": Date, "ePatient.09": ZIP, "ePatient.17": Date,
		"camperId": OtherID, "stuId": OtherID, "inmateNo": OtherID, "mcaidNo": HealthPlan, "MCD_ID": HealthPlan,
		"callback": Phone, "ivrAni": Phone, "trip_date": Date, "gps.lat": Address, "payer_email": Email, "guarantorFax": Fax,
		// Other countries' numbers, custom headers, templates abbreviated.
		"x_curp": OtherID, "x-acct": Account, "steuerId": OtherID, "x_steueridentifikationsnummer": OtherID, "personnummer": OtherID,
		"kvnr": HealthPlan, "numero_extranjero": OtherID, "cedula-identidad": OtherID, "mail_zip": ZIP, "voiceTpl": Biometric, "parkingPlate": Vehicle,
		// Revenue cycle and vital records.
		"micr_acct": Account, "dda": Account, "clientAcct": Account, "guar_acct": Account, "Frst": Name, "nombre_solicitante": Name,
		"condado": Address, "sfn": OtherID, "REGISTRANT_LAST": Name, "INFORMANT_NAME": Name,
		// Maternal and child health: the worksheet's mother and infant, WIC, youth in care.
		"MSSN": SSN, "IDOB": Date, "MDOB": Date, "NAM": HealthPlan, "wic_id": OtherID, "former_youth_id": OtherID, "BABY": Name,
		// HR, benefits and leave.
		"hireDate": Date, "firstDayOfEmployment": Date, "depFirst": Name, "depDOB": Date, "donor_cdl": License, "handTemplate": Biometric,
		"passeport": OtherID, "nss": OtherID, "filled": Date, "scheduled_for": Date,
		// Student health: PeopleSoft's and Banner's person IDs, exposures, pharmacy HL7.
		"emplid": OtherID, "spriden_id": OtherID, "exposure_date": Date, "RXD-3": Date, "RXE-13": License,
		"pump_serial": Device, "patient_reader_sn": Device, "clientChart": Name, "patientChart": Name,
		"middle_initial": Name, "MiddleInitial": Name, "DateTimeOriginal": Date,
		"claim_number": OtherID, "CLM_NBR": OtherID, "claimNo": OtherID, // the number a claimant quotes (a system's claimId is not)
	}
	for key, want := range tests {
		if got, ok := ClassifyKey(key); !ok || got != want {
			t.Errorf("ClassifyKey(%q) = %v, %v; want %v", key, got, ok, want)
		}
	}
	for _, key := range []string{
		"patio", "subnet", "insert", "gtin", "pattern", "patch", "subscription", "insights", "benefit", "subid", "card[exp]", "payment[card][exp_month]", "subkey", "subtype",
		"request_id", "trace_id", "service_name", "hostname", "file_name", "duration_ms", "status", "level", "msg",
		"auth-8cb9d403-dk6sn", "auth-6b9ba9d55-64dln", "ORD-754163954", "patients/0dea6bf0-be9a-49a6-83a2-75b9d99f6fb5/intake",
		"TargetUserName", "login_name", "visaClass", "tracking_phone_number", "add_1", "census", "block", "placeholder", "filename", "account_id", "python3-apt", "apt-transport-https", "order_id", "server_ip", "claimId", "claim_ref", "ClientASN", "ap_mac", "apMac", "bssid", "client_uri", "callback_url", "visitor_id", "bind_address", "has_ssn", "ssn_verified", "ssn_last4", "name_count", "birth_year",
		"state", "country", "gender", "image_tag", "cert_fingerprint", "max_age", "zip_file", "email_template",
		"user_agent", "build", "version", "url", "pod", "amount", "icd10", "provider_name", "drug_name", "address.state",
		"service_started_at", "svc_restart_time", "updated_at", "created_date", "build_date", "record_id", "tag", "C#",
		"base_image", "orderNumber", "birthYear", "patientCount", "care_site_source_value", "gender_source_value",
		"currentRoundTripTime", "care_plan", "client_id", "ePatient.13", "facility_address", "facilityAddress", "vendor.phone",
		"clinic_phone", "pharmacy.address", "facility.address.postalCode", "facilityFax", "provider_email", "supportLine",
		"x_request_id", "x", "registrant.id", "hq_address", "referring_fax", "attending_phone", "supplier_addr", "shipper.address",
		"help_desk", "helpline", "PID-22", "NK1-3", "DEP", "readerSN", "stainer_sn", "inst_sn",
		// Providers' numbers and the doctors HL7 names by position: no patient's.
		"npi", "prescriber_npi", "renderingNpi", "PV1-7", "ORC-12", "OBR-16",
		"firm_phone", "registrar_tel", "cbo_phone", "charge_desk",
		"Called-Station-ID", "fax_id", "faxStatus", "serverip", "dstip", "judge", "caseworker_name", "scr_mg_dl", "glucose_mg_per_dl",
		"assignee", "assignedTo", "assigned_to_name", "tech", "lab_technician", "budtender", "specimen_collector", "facilitator", // who works on a ticket, a test, a sale, a group
		"devAddr", "asset.name", // a LoRaWAN session's address; a biomedical asset's name
		"staffFirstName", "provider_last_name", "nurseLastName", "staff_member", // a clinician's or a clerk's name
	} {
		if c, ok := ClassifyKey(key); ok {
			t.Errorf("ClassifyKey(%q) = %v, want no category", key, c)
		}
	}
}

func TestFingerprint(t *testing.T) {
	k, err := NewKey([]byte("0123456789abcdef0123456789abcdef"))
	if err != nil {
		t.Fatal(err)
	}
	same := [][2]string{
		{"123-45-6788", "123 45 6788"}, {"(617) 555-0123", "+1 617 555 0123"}, {"Jane@Example.org", "jane@example.org"},
		{"Smith,  John", "smith john"},
	}
	cats := []Category{SSN, Phone, Email, Name}
	for i, p := range same {
		if a, b := k.Fingerprint(cats[i], []byte(p[0])), k.Fingerprint(cats[i], []byte(p[1])); a != b {
			t.Errorf("pair %d (%s): fingerprints differ", i, cats[i])
		}
	}
	if k.Fingerprint(SSN, []byte("123-45-6788")) == k.Fingerprint(Phone, []byte("123-45-6788")) {
		t.Error("fingerprints of one value in two categories are equal")
	}
	k2, _ := NewKey([]byte("another secret of 32 bytes......"))
	if k2.ID() == k.ID() || k2.Fingerprint(SSN, []byte("1")) == k.Fingerprint(SSN, []byte("1")) {
		t.Error("a new key must give a new ID and new fingerprints")
	}
	if _, err := NewKey([]byte("short")); err == nil {
		t.Error("NewKey accepted a short secret")
	}
	fp := k.Fingerprint(SSN, []byte("123-45-6788"))
	if len(fp) != 8+1+FingerprintLen || fp[:8] != k.ID() {
		t.Errorf("fingerprint has the wrong form (len %d)", len(fp))
	}
	var buf [64]byte
	if n := testing.AllocsPerRun(50, func() { k.AppendFingerprint(buf[:0], SSN, []byte("123-45-6788")) }); n != 0 && !raceEnabled {
		t.Errorf("AppendFingerprint allocates %v times", n)
	}
}

// TestFingerprintIsHMAC checks the hand-rolled HMAC against crypto/hmac.
func TestFingerprintIsHMAC(t *testing.T) {
	for _, secret := range []string{"0123456789abcdef", string(make([]byte, 100))} {
		k, _ := NewKey([]byte(secret))
		m := hmac.New(sha256.New, []byte(secret))
		m.Write([]byte{byte(SSN)})
		m.Write([]byte("123456788"))
		want := k.ID() + ":" + hex.EncodeToString(m.Sum(nil)[:FingerprintLen/2])
		if got := k.Fingerprint(SSN, []byte("123-45-6788")); got != want {
			t.Errorf("secret of %d bytes: fingerprint is not HMAC-SHA256", len(secret))
		}
	}
}

func TestAllCategories(t *testing.T) {
	for _, c := range Categories() {
		if !AllCategories.Has(c) {
			t.Errorf("AllCategories lacks %s", c)
		}
	}
	if len(Categories()) != 20 {
		t.Errorf("%d categories, want 20", len(Categories()))
	}
}

// TestKeywordFilter: the pre-hash filter lets every keyword through, so a
// keyword added with an odd shape is not silently unreachable.
func TestKeywordFilter(t *testing.T) {
	for w := range keywords {
		if !maybeKeyword([]byte(w)) {
			t.Errorf("keyword %q never reaches the lookup", w)
		}
	}
	if maybeKeyword([]byte("zqxw")) {
		t.Error("the filter lets an unlikely word through; it filters nothing")
	}
}
