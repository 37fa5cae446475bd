package synth

// A concept is a field a record can carry: its key vocabulary in many
// conventions and its value. PHI concepts have a category; noise concepts
// (cat "") produce look-alike values that must not be labeled.

type concept struct {
	id   string
	cat  string // "" for noise
	kind string
	keys []keySpec
	val  func(g *gen, d []byte, p *person) []byte
	num  bool // the value may be written as a bare JSON number
	oth  bool // the value belongs to the line's second person
	w    int  // relative weight within its category
}

func c(id, cat, kind string, keys []string, val func(g *gen, d []byte, p *person) []byte) *concept {
	return &concept{id: id, cat: cat, kind: kind, keys: parseKeys(keys), val: val, w: 1}
}

func (c *concept) weight(w int) *concept { c.w = w; return c }
func (c *concept) number() *concept      { c.num = true; return c }
func (c *concept) other() *concept       { c.oth = true; return c }

var (
	dobKeys = []string{"dob", "date of birth", "birth date", "birthdate", "birth dt", "pt dob", "patient dob",
		"dt of birth", "member dob", "subscriber birth date", "born on", "=patBirthDt", "bdate", "=ptDOB", "=DOB",
		"=dateOfBirth", "=BirthDate", "=birth_dt", "=pat_dob", "=insuredDOB", "=DtOfBirth", "=mbr_dob", "patient birth date",
		"=PID.7", "=PID-7", "=birthTime"}
	ageKeys = []string{"age", "patient age", "pt age", "age years", "age at visit", "=ageYrs", "=AGE", "member age",
		"age at admission", "=pt_age_yrs", "=ageInYears", "current age"}
	ipKeys = []string{"ip", "client ip", "=remote_addr", "ip address", "=sourceIPAddress", "=clientIp", "=src_ip",
		"=user_ip", "=x_forwarded_for", "=callerIp", "=remoteIP", "=ipAddr", "login ip", "device ip", "=c-ip",
		"=client.ip", "=true_client_ip", "=X-Real-IP", "peer address"}
	stateKeys = []string{"state", "st", "state code", "=stateCd", "state province", "=STATE", "home state", "=addr_state"}
)

var phiConcepts = []*concept{
	// names
	c("full_name", "name", "full_name", []string{"name", "patient name", "full name", "pt name", "patient full name",
		"member name", "subscriber name", "insured name", "cardholder name", "patient", "pt", "legal name",
		"=PatientFullName", "=patNm", "=ptName", "=nm_full", "recipient name", "beneficiary name", "=PID.5",
		"=patient_nm", "=displayName", "=pat_name", "=PATIENT_NAME"},
		func(g *gen, d []byte, p *person) []byte { return appendName(d, p, g.nameForm()) }).weight(4),
	c("other_name", "name", "full_name", []string{"guarantor name", "guarantor", "next of kin", "nok name",
		"emergency contact", "emergency contact name", "caregiver name", "responsible party", "policy holder",
		"account holder", "=guarantorNm", "=nokName", "=NK1.2", "=spouse_name", "parent name", "=guardianName"},
		func(g *gen, d []byte, p *person) []byte { return appendName(d, p, g.nameForm()) }).other().weight(2),
	c("first_name", "name", "first_name", []string{"first name", "given name", "fname", "first", "forename",
		"pt first name", "patient first name", "=patFirstNm", "=FIRST_NM", "=givenName", "member first name",
		"=fst_nm", "=ptFName", "insured first name", "=first_nm", "=nameFirst", "=PID.5.2"},
		func(g *gen, d []byte, p *person) []byte { return append(d, p.first...) }).weight(3),
	c("last_name", "name", "last_name", []string{"last name", "surname", "family name", "lname", "last",
		"pt last name", "patient last name", "=patLastNm", "=LAST_NM", "=familyName", "member last name",
		"=lst_nm", "=ptLName", "subscriber last name", "=last_nm", "=nameLast", "=PID.5.1"},
		func(g *gen, d []byte, p *person) []byte { return append(d, p.last...) }).weight(3),
	c("middle_name", "name", "middle_name", []string{"middle name", "mname", "=middleNm", "patient middle name", "=mid_nm"},
		func(g *gen, d []byte, p *person) []byte { return append(d, p.middle...) }),
	c("maiden_name", "name", "maiden_name", []string{"mother maiden name", "maiden name", "=mthr_mdn_nm", "=mothersMaidenName", "=PID.6"},
		func(g *gen, d []byte, p *person) []byte { return append(d, pick(g, surnames)...) }),

	// dates tied to the person
	c("dob", "date", "dob", dobKeys,
		func(g *gen, d []byte, p *person) []byte { return appendDate(d, p.dob, g.weighted(dobFormWeights)) }).weight(5),
	c("admit", "date", "admission_date", []string{"admit date", "admission date", "admitted at", "=admitDt",
		"admission dt", "adm date", "admit ts", "inpatient admit date", "=ADMIT_DTTM", "=admissionDateTime",
		"=PV1.44", "=adm_dt", "=admittedOn"},
		func(g *gen, d []byte, p *person) []byte {
			return appendDate(d, g.dateIn(2017, 2026), g.weighted(eventFormWeights))
		}).weight(2),
	c("discharge", "date", "discharge_date", []string{"discharge date", "discharged at", "=dischDt", "disch date",
		"=DSCH_DT", "discharge dttm", "=dischargeDateTime", "=PV1.45", "=dischargedOn"},
		func(g *gen, d []byte, p *person) []byte {
			return appendDate(d, g.dateIn(2017, 2026), g.weighted(eventFormWeights))
		}).weight(2),
	c("death", "date", "death_date", []string{"date of death", "death date", "deceased date", "=dod",
		"=deceasedDateTime", "expired date", "=DeathDt", "=PID.29"},
		func(g *gen, d []byte, p *person) []byte {
			return appendDate(d, g.dateIn(2015, 2026), g.weighted(eventFormWeights))
		}),
	c("service", "date", "service_date", []string{"date of service", "service date", "=dos", "=DOS", "visit date",
		"appointment date", "appt date", "encounter date", "procedure date", "surgery date", "=svcDt",
		"last visit", "next appointment", "=apptDateTime", "=serviceFromDate", "=dateOfService", "=fill_date",
		"vaccination date", "=collectionDate", "=specimen_collected"},
		func(g *gen, d []byte, p *person) []byte {
			return appendDate(d, g.dateIn(2018, 2026), g.weighted(eventFormWeights))
		}).weight(3),

	c("age", "age", "age_over_89", ageKeys, func(g *gen, d []byte, p *person) []byte { return appendInt(d, g.oldAge()) }).number().weight(3),

	// address
	c("street", "address", "street", []string{"street", "address", "address1", "address line 1", "addr line 1",
		"street address", "street1", "addr1", "home address", "line1", "residence address", "=addrLine1",
		"=strt_addr", "=StreetAddress", "=addr", "pt address", "billing street", "mailing address",
		"shipping address", "=patAddr1", "=PID.11.1", "=address_line1", "=streetLine"},
		func(g *gen, d []byte, p *person) []byte { return g.street(d, g.chance(0.2)) }).weight(4),
	c("unit", "address", "unit", []string{"address2", "address line 2", "addr line 2", "street2", "addr2",
		"line2", "apt", "suite", "unit", "=addrLine2", "=apt_no", "=address_line2"},
		func(g *gen, d []byte, p *person) []byte { return g.unit(d) }),
	c("city", "address", "city", []string{"city", "town", "city name", "municipality", "res city", "=cty",
		"home city", "mailing city", "billing city", "=CITY_NM", "locality", "=addressCity", "=pt_city",
		"=PID.11.3", "place of birth", "birth place"},
		func(g *gen, d []byte, p *person) []byte { return append(d, pick(g, cities)...) }).weight(3),
	c("county", "address", "county", []string{"county", "county name", "=cnty", "=countyOfResidence", "=PID.12"},
		func(g *gen, d []byte, p *person) []byte { return append(d, pick(g, counties)...) }),
	c("zip", "zip", "zip", []string{"zip", "zip code", "zipcode", "postal code", "=postalCode", "zip5",
		"postcode", "=ZIP", "home zip", "mailing zip", "=zip_cd", "=pstl_cd", "billing zip", "=addressPostalCode",
		"=zipPlus4", "=PID.11.5", "=ZIP_CODE"},
		func(g *gen, d []byte, p *person) []byte { return g.zip(d) }).number().weight(4),

	// contact
	c("phone", "phone", "phone", []string{"phone", "phone number", "home phone", "=homePhone", "cell", "mobile",
		"cell phone", "telephone", "tel", "contact number", "work phone", "daytime phone", "callback number",
		"=mobileNo", "=phNo", "=ph", "primary phone", "=PHONE_NBR", "sms number", "whatsapp", "emergency phone",
		"=contactPhone", "=PID.13", "=telecom", "=msisdn", "=phone1", "=cellNum"},
		func(g *gen, d []byte, p *person) []byte { return g.phone(d) }).weight(4),
	c("fax", "fax", "fax", []string{"fax", "=faxNo", "fax number", "fax to", "=FAX", "referral fax", "fax line",
		"office fax", "=faxNumber", "=fax_nbr", "=recipientFax", "=destFax"},
		func(g *gen, d []byte, p *person) []byte { return g.phone(d) }).weight(2),
	c("email", "email", "email", []string{"email", "=emailAddr", "email address", "e mail", "=contactEmail",
		"=EMAIL", "mail", "login email", "username", "recipient", "notify email", "patient email", "=eml",
		"=emailId", "portal login", "=userEmail", "=reply_to", "=to_addr", "=subscriberEmail"},
		func(g *gen, d []byte, p *person) []byte { return g.email(d, p) }).weight(4),

	// numbers
	c("ssn", "ssn", "ssn", []string{"ssn", "social security number", "=socialSecurityNo", "=SSN", "=ss_num",
		"=patSSN", "=ssn_full", "social", "=SocialSecurityNumber", "=soc_sec_no", "member ssn",
		"subscriber ssn", "guarantor ssn", "=taxpayerId", "=ssnNbr", "=PID.19", "=pt_ssn", "=SSA_NUMBER"},
		func(g *gen, d []byte, p *person) []byte { return g.ssn(d) }).weight(5),
	c("mrn", "mrn", "mrn", []string{"mrn", "medical record number", "=medicalRecordNo", "=MRN", "chart number",
		"=chartNo", "patient id", "=patId", "=ptId", "emr id", "ehr id", "hospital number", "unit number",
		"record no", "=mrn_id", "=MedRecNum", "=med_rec_nbr", "=ehrPatientId", "source mrn", "=PID.3",
		"=patientIdentifier", "=chart_id", "=epicMrn"},
		func(g *gen, d []byte, p *person) []byte { return g.mrn(d) }).weight(5),
	c("member", "health_plan", "member_id", []string{"member id", "=memberId", "=memberNo", "=subscriberId",
		"subscriber id", "=insuredId", "=mbr_id", "policy number", "=policyNumber", "policy no", "insurance id",
		"plan member id", "beneficiary id", "medicaid id", "=insMemberId", "=ins_id", "=cardholderId",
		"member number", "=MEMBER_ID", "=rx_member_id", "=subscriber_no", "health plan beneficiary number",
		"=IN1.36", "=policyNo", "=coverageId"},
		func(g *gen, d []byte, p *person) []byte { return g.memberID(d) }).weight(4),
	c("mbi", "health_plan", "mbi", []string{"mbi", "medicare id", "medicare beneficiary id", "=MBI",
		"=medicareNo", "=medicare_mbi", "=beneficiaryMbi"},
		func(g *gen, d []byte, p *person) []byte { return g.mbi(d) }).weight(2),
	c("card", "account", "credit_card", []string{"card number", "=cardNumber", "cc number", "=ccNum", "pan",
		"credit card", "card", "=card_no", "payment card", "=cardNo", "=CCNumber", "=primaryAccountNumber",
		"=cc", "=paymentMethod.card.number"},
		func(g *gen, d []byte, p *person) []byte { return g.card(d) }).weight(3),
	c("iban", "account", "iban", []string{"iban", "=IBAN", "bank iban", "=ibanNumber", "account iban", "=payout_iban"},
		func(g *gen, d []byte, p *person) []byte { return g.iban(d) }),
	c("bank", "account", "bank_account", []string{"account number", "=acctNo", "=accountNumber", "bank account",
		"bank acct", "=acct_num", "checking account", "=ACCT_NBR", "=bankAcctNo", "direct deposit account"},
		func(g *gen, d []byte, p *person) []byte { return g.bankAccount(d) }).number(),
	c("hospital_account", "account", "patient_account", []string{"patient account number", "=patAcctNo",
		"=HAR", "billing account", "guarantor account", "=encounterAccount", "account no", "=PID.18",
		"=acctNbr", "hospital account"},
		func(g *gen, d []byte, p *person) []byte { return g.hospitalAccount(d) }),
	c("dl", "license", "drivers_license", []string{"drivers license", "=dlNumber", "=dl_num", "=driverLicense",
		"driver license number", "=DL", "=dlNo", "=DLN", "state id number", "=driversLicenseNo", "dl",
		"=PID.20", "=license_no"},
		func(g *gen, d []byte, p *person) []byte { return g.driversLicense(d) }).weight(3),
	c("dea", "license", "dea", []string{"dea", "dea number", "=deaNo", "prescriber dea", "=DEA_NBR", "dea registration"},
		func(g *gen, d []byte, p *person) []byte { return g.dea(d, p) }).other(),
	// A provider's NPI: a look-alike of a licence number, no patient's PHI.
	c("npi", "", "", []string{"npi", "=npiNumber", "prescriber npi", "=providerNpi", "=NPI",
		"attending npi", "rendering npi", "=npi_id", "billing npi"},
		func(g *gen, d []byte, p *person) []byte { return g.npi(d) }).number().other(),
	c("state_license", "license", "state_license", []string{"medical license", "=stateLicenseNo", "nursing license",
		"=licNo", "professional license", "state license number", "=provLicense"},
		func(g *gen, d []byte, p *person) []byte { return g.stateLicense(d) }).other(),
	c("vin", "vehicle", "vin", []string{"vin", "=VIN", "vehicle vin", "vehicle identification number", "=vin_no", "car vin", "=vehicleVin"},
		func(g *gen, d []byte, p *person) []byte { return g.vin(d) }).weight(2),
	c("plate", "vehicle", "plate", []string{"license plate", "=plate", "=plateNumber", "=tag", "=licPlate",
		"plate no", "vehicle plate", "=LICENSE_PLATE", "=tag_no"},
		func(g *gen, d []byte, p *person) []byte { return g.plate(d) }),
	c("imei", "device", "imei", []string{"imei", "=IMEI", "device imei", "=imeiNo", "phone imei", "=handsetImei"},
		func(g *gen, d []byte, p *person) []byte { return g.imei(d) }).number(),
	c("mac", "device", "mac", []string{"mac", "mac address", "=macAddr", "device mac", "=MAC", "=hw_addr",
		"wearable mac", "bluetooth address", "=glucometer_mac"},
		func(g *gen, d []byte, p *person) []byte { return g.mac(d) }),
	c("udi", "device", "udi", []string{"udi", "device udi", "=UDI", "=udiCarrier", "implant udi", "=deviceUdi", "=udi_hrf"},
		func(g *gen, d []byte, p *person) []byte { return g.udi(d) }),
	c("device_serial", "device", "device_serial", []string{"device serial", "=serialNumber", "=deviceSN",
		"pump serial", "implant serial", "pacemaker serial", "=serial_no", "monitor serial", "=hw_serial",
		"=deviceSerialNo", "cgm serial"},
		func(g *gen, d []byte, p *person) []byte { return g.deviceSerial(d) }),
	c("url", "url", "profile_url", []string{"profile url", "=profileUrl", "website", "homepage", "personal url",
		"=socialUrl", "linkedin", "=blogUrl", "facebook", "=personal_website", "social profile", "=homepageURL"},
		func(g *gen, d []byte, p *person) []byte { return g.profileURL(d, p) }).weight(2),
	c("ipv4", "ip", "ipv4", ipKeys, func(g *gen, d []byte, p *person) []byte { return g.ipv4Public(d) }).weight(3),
	c("ipv6", "ip", "ipv6", ipKeys, func(g *gen, d []byte, p *person) []byte { return g.ipv6Public(d) }),
	c("biometric", "biometric", "", []string{"fingerprint", "=fingerTemplate", "voiceprint", "voice sample",
		"biometric", "=bioTemplate", "iris template", "minutiae", "palm print", "=fp_template",
		"=voice_enrollment", "=biometricData", "=irisCode", "finger image", "=enrollTemplate"},
		nil).weight(2),
	c("photo", "photo", "", []string{"photo", "avatar", "profile photo", "image", "headshot", "id card image",
		"selfie", "face image", "picture", "=thumbnailB64", "=photoData", "=insCardFront", "=license_image",
		"=portrait", "=patientPhoto"},
		nil).weight(2),
	c("passport", "other_id", "passport", []string{"passport number", "=passportNo", "passport", "=PASSPORT_NBR", "travel document number"},
		func(g *gen, d []byte, p *person) []byte { return g.passport(d) }),
	c("a_number", "other_id", "a_number", []string{"alien number", "=aNumber", "uscis number", "a number", "=alienRegNo"},
		func(g *gen, d []byte, p *person) []byte { return g.aNumber(d) }),
	c("dod_id", "other_id", "dod_id", []string{"dod id", "=edipi", "military id", "=dodId"},
		func(g *gen, d []byte, p *person) []byte { return g.dodID(d) }),
	c("itin", "other_id", "itin", []string{"itin", "=taxIdItin", "individual taxpayer id"},
		func(g *gen, d []byte, p *person) []byte { return g.itin(d) }),
	c("student_id", "other_id", "student_id", []string{"student id", "=studentNo", "=student_number"},
		func(g *gen, d []byte, p *person) []byte { return g.studentID(d) }),
}

var noiseConcepts = []*concept{
	c("request_id", "", "", []string{"request id", "=req_id", "=requestId", "=x-request-id", "=rid", "=reqId"},
		func(g *gen, d []byte, p *person) []byte {
			if g.chance(0.3) {
				return appendHex(g, append(d, "req_"...), 24)
			}
			return g.uuid(d)
		}).weight(5),
	c("trace_id", "", "", []string{"trace id", "=traceId", "=trace.id", "=dd.trace_id", "=traceparent", "=X-Amzn-Trace-Id"},
		func(g *gen, d []byte, p *person) []byte { return appendHex(g, d, 32) }).weight(4),
	c("span_id", "", "", []string{"span id", "=spanId", "=span.id", "=parent_span_id"},
		func(g *gen, d []byte, p *person) []byte { return appendHex(g, d, 16) }).weight(2),
	c("correlation_id", "", "", []string{"correlation id", "=corrId", "=messageId", "=event_id", "=idempotency-key"},
		func(g *gen, d []byte, p *person) []byte { return g.uuid(d) }).weight(2),
	c("session", "", "", []string{"session id", "=sid", "=sessionId", "=session"},
		func(g *gen, d []byte, p *person) []byte { return appendHex(g, d, 32) }),
	c("order", "", "", []string{"order id", "=orderId", "invoice", "=invoice_no", "=txnId", "job id", "=jobId",
		"=batchId", "=claim_batch", "=msg_seq", "=shipment_id", "=ticket"},
		func(g *gen, d []byte, p *person) []byte { return g.orderID(d) }).weight(4),
	c("internal_id", "", "", []string{"=tenant_id", "=org_id", "=location_id", "=schedule_id", "=offset", "=partition_key", "=record_count", "=queue_depth"},
		func(g *gen, d []byte, p *person) []byte { return appendInt(d, g.rng(1, 2_000_000_000)) }).number().weight(2),
	c("version", "", "", []string{"version", "=build", "=app_version", "=sdk", "=schemaVersion", "=agent.version"},
		func(g *gen, d []byte, p *person) []byte { return g.version(d) }).weight(2),
	c("duration", "", "", []string{"duration ms", "=latency_ms", "=elapsed", "=took", "=durationMs", "=rt", "=upstream_time"},
		func(g *gen, d []byte, p *person) []byte { return appendInt(d, g.rng(1, 30000)) }).number().weight(3),
	c("latency", "", "", []string{"latency", "=duration", "=timeout", "=backoff"},
		func(g *gen, d []byte, p *person) []byte { return g.duration(d) }),
	c("bytes", "", "", []string{"bytes", "=size", "=content_length", "=resp_bytes", "=bytesSent", "=heap_kb"},
		func(g *gen, d []byte, p *person) []byte { return appendInt(d, g.rng(0, 9_999_999)) }).number().weight(2),
	c("count", "", "", []string{"count", "=rows", "=records", "=processed", "=retries", "=attempt", "=queue", "=pending"},
		func(g *gen, d []byte, p *person) []byte {
			if g.chance(0.4) {
				return g.fiveDigit(d)
			}
			return appendInt(d, g.n(500))
		}).number().weight(2),
	c("status", "", "", []string{"status", "=status_code", "=http.status", "=statusCode", "=code"},
		func(g *gen, d []byte, p *person) []byte {
			return appendInt(d, pick(g, []int{200, 200, 201, 204, 301, 304, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504}))
		}).number().weight(2),
	c("port", "", "", []string{"port", "=listen_port", "=dst_port", "=nodePort"},
		func(g *gen, d []byte, p *person) []byte {
			return appendInt(d, pick(g, []int{443, 8080, 5432, 6379, 9092, 30080, 31443, 27017, 50051, 2575, 8443}))
		}).number(),
	c("pid", "", "", []string{"pid", "=thread_id", "=tid", "=worker"},
		func(g *gen, d []byte, p *person) []byte { return appendInt(d, g.rng(1, 99999)) }).number(),
	c("host", "", "", []string{"host", "=hostname", "=server", "=upstream", "=node"},
		func(g *gen, d []byte, p *person) []byte { return g.hostname(d) }).weight(2),
	c("pod", "", "", []string{"pod", "=k8s.pod.name", "=kubernetes.pod_name", "=container"},
		func(g *gen, d []byte, p *person) []byte { return g.podName(d) }),
	c("service", "", "", []string{"service", "=svc", "=app", "=logger", "=component"},
		func(g *gen, d []byte, p *person) []byte { return append(d, pick(g, services)...) }).weight(2),
	c("env", "", "", []string{"env", "=environment", "=stage"},
		func(g *gen, d []byte, p *person) []byte { return append(d, pick(g, envs)...) }),
	c("region", "", "", []string{"region", "=aws.region", "=zone"},
		func(g *gen, d []byte, p *person) []byte { return append(d, pick(g, regions)...) }),
	c("icd", "", "", []string{"icd10", "=dx_code", "=diagnosisCode", "=primary_dx"},
		func(g *gen, d []byte, p *person) []byte { return append(d, pick(g, icd10)...) }).weight(2),
	c("cpt", "", "", []string{"cpt", "=procedureCode", "=cpt_code", "=hcpcs"},
		func(g *gen, d []byte, p *person) []byte { return append(d, pick(g, cpts)...) }).weight(2),
	c("ndc", "", "", []string{"ndc", "=ndcCode", "=drug_ndc"},
		func(g *gen, d []byte, p *person) []byte { return g.ndc(d) }),
	c("payer", "", "", []string{"payer", "=payerName", "=carrier", "=plan"},
		func(g *gen, d []byte, p *person) []byte { return append(d, pick(g, payers)...) }),
	c("department", "", "", []string{"department", "=dept", "=clinic", "=specialty"},
		func(g *gen, d []byte, p *person) []byte { return append(d, pick(g, departments)...) }),
	c("created", "", "", []string{"created at", "=updated_at", "=createdAt", "=modified", "=received_at", "=@timestamp", "=ingest_time", "=lastModified"},
		func(g *gen, d []byte, p *person) []byte { return appendStamp(d, g.now(), g.n(numStampForms)) }).weight(3),
	c("epoch", "", "", []string{"=ts_ms", "=epoch", "=expires_at", "=exp", "=iat", "=created_ms", "=timestamp_ms"},
		func(g *gen, d []byte, p *person) []byte { return appendStamp(d, g.now(), 7+g.n(2)) }).number().weight(2),
	c("token", "", "", []string{"token", "=access_token", "=authorization", "=id_token", "=bearer"},
		func(g *gen, d []byte, p *person) []byte { return g.jwt(d) }),
	c("api_key", "", "", []string{"api key", "=apiKey", "=x-api-key", "=secret", "=client_secret"},
		func(g *gen, d []byte, p *person) []byte { return g.apiKey(d) }),
	c("checksum", "", "", []string{"checksum", "=sha256", "=etag", "=digest", "=content_hash", "=commit"},
		func(g *gen, d []byte, p *person) []byte { return g.sha(d, pick(g, []int{40, 64, 32})) }).weight(2),
	c("cert_fp", "", "", []string{"fingerprint", "=certFingerprint", "=key_fingerprint", "=tls.fingerprint"},
		func(g *gen, d []byte, p *person) []byte { return g.certFingerprint(d) }),
	c("blob", "", "", []string{"payload", "=body_b64", "=data", "=attachment", "=state", "=cursor", "=continuation"},
		func(g *gen, d []byte, p *person) []byte { return g.noiseBlob(d) }),
	c("young_age", "", "", ageKeys, func(g *gen, d []byte, p *person) []byte { return appendInt(d, g.youngAge()) }).number().weight(3),
	c("private_ip", "", "", ipKeys, func(g *gen, d []byte, p *person) []byte { return g.privateIP(d) }).weight(3),
	c("state", "", "", stateKeys, func(g *gen, d []byte, p *person) []byte {
		if g.chance(0.7) {
			return append(d, pick(g, states)...)
		}
		return append(d, pick(g, stateNames)...)
	}).weight(2),
	c("build_date", "", "", []string{"build date", "=release_date", "=report_date", "=cert_not_after", "=snapshot_date", "=cutoff", "=period_start", "=valid_until"},
		func(g *gen, d []byte, p *person) []byte { return g.nonPersonDate(d) }).weight(2),
	c("error_code", "", "", []string{"error code", "=err", "=reason", "=errorType"},
		func(g *gen, d []byte, p *person) []byte { return append(d, pick(g, errorCodes)...) }),
	c("method", "", "", []string{"method", "=http.method", "=verb"},
		func(g *gen, d []byte, p *person) []byte { return append(d, pick(g, methods)...) }),
	c("path", "", "", []string{"path", "=route", "=uri", "=endpoint", "=http.target"},
		func(g *gen, d []byte, p *person) []byte { return append(d, pick(g, apiPaths)...) }).weight(2),
	c("sex", "", "", []string{"sex", "=gender", "=administrativeGender", "=PID.8"},
		func(g *gen, d []byte, p *person) []byte {
			return append(d, pick(g, []string{"F", "M", "female", "male", "U", "O"})...)
		}),
	c("flag", "", "", []string{"cache hit", "=sampled", "=dry_run", "=retryable", "=consent_on_file"},
		func(g *gen, d []byte, p *person) []byte { return append(d, pick(g, []string{"true", "false"})...) }),
}

// Per-category concept tables for balanced sampling.
var (
	catConcepts  = map[string][]*concept{}
	catOrder     []string
	catWeights   []int
	noiseWeights []int
)

// categoryWeight is the share of each category among PHI values; blobs are
// rarer because they are large.
var categoryWeight = map[string]int{
	"name": 14, "address": 8, "zip": 5, "date": 12, "age": 4, "phone": 7, "fax": 4, "email": 7,
	"ssn": 7, "mrn": 7, "health_plan": 6, "account": 6, "license": 5, "vehicle": 4, "device": 5,
	"url": 4, "ip": 6, "biometric": 3, "photo": 3, "other_id": 4,
}

func init() {
	for _, c := range phiConcepts {
		if _, ok := catConcepts[c.cat]; !ok {
			catOrder = append(catOrder, c.cat)
		}
		catConcepts[c.cat] = append(catConcepts[c.cat], c)
	}
	for _, cat := range catOrder {
		catWeights = append(catWeights, categoryWeight[cat])
	}
	for _, c := range noiseConcepts {
		noiseWeights = append(noiseWeights, c.w)
	}
}

// phiConcept draws a PHI concept, balanced across categories.
func (g *gen) phiConcept() *concept {
	cat := catOrder[g.weighted(catWeights)]
	for g.noBlob && (cat == "biometric" || cat == "photo") {
		cat = catOrder[g.weighted(catWeights)]
	}
	cs := catConcepts[cat]
	if len(cs) == 1 {
		return cs[0]
	}
	t := 0
	for _, c := range cs {
		t += c.w
	}
	x := g.n(t)
	for _, c := range cs {
		if x < c.w {
			return c
		}
		x -= c.w
	}
	return cs[len(cs)-1]
}

func (g *gen) noiseConcept() *concept { return noiseConcepts[g.weighted(noiseWeights)] }

// value generates c's value into g.v and returns it with its kind.
func (g *gen) value(c *concept) ([]byte, string) {
	p := &g.pat
	if c.oth {
		p = &g.oth
	}
	switch c.cat {
	case "biometric":
		k := &biometricKinds[g.n(len(biometricKinds))]
		if g.chance(0.15) {
			g.v = g.dataURI(g.v[:0], k)
			return g.v, k.duKind
		}
		g.v = g.blob(g.v[:0], k)
		return g.v, k.kind
	case "photo":
		k := &photoKinds[g.n(len(photoKinds))]
		if g.chance(0.3) {
			g.v = g.dataURI(g.v[:0], k)
			return g.v, k.duKind
		}
		g.v = g.blob(g.v[:0], k)
		return g.v, k.kind
	}
	g.v = c.val(g, g.v[:0], p)
	return g.v, c.kind
}
