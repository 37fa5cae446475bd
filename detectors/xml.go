package detectors

// xmlElement handles the tag starting at b[i] ('<' then a letter or '/'):
// element names are keys for their text, attributes are key="value" pairs,
// and a value="..." or extension="..." attribute belongs to its element
// (<birthTime value="19640421"/>). It returns where scanning goes on.
func (st *state) xmlElement(b []byte, i, to int) int {
	if i > 0 && b[i-1] == '#' {
		return i + 1 // Ruby's inspect, "#<Patient id: 8812, ...>": its fields are read as text
	}
	k := i + 1
	closing := k < to && b[k] == '/'
	if closing {
		k++
	}
	ns := k
	for k < to && (isAlnum(b[k]) || b[k] == '_' || b[k] == ':' || b[k] == '-' || b[k] == '.') {
		k++
	}
	if k == ns || k >= to {
		return i + 1
	}
	name := b[ns:k]
	if c := lastIndexByte(name, ':'); c >= 0 {
		name = name[c+1:] // drop the namespace prefix
	}
	if len(name) == 0 {
		return i + 1 // Elixir's "#Ecto.Changeset<action: :insert, ...>": a key, not a tag
	}
	if closing {
		if len(st.xml) > 0 {
			st.xml = st.xml[:len(st.xml)-1]
		}
		for k < to && b[k] != '>' {
			k++
		}
		return min(k+1, to)
	}
	var parent keyClass
	if len(st.xml) > 0 {
		parent = st.xml[len(st.xml)-1]
	}
	var elem keyClass
	if rest, first, ok := hl7DataTypeComponent(name); ok && parent.never() {
		elem = parent // <PV1_7_AttendingDoctor><XCN_1_FamilyLastName>: a clinician's, all of it
	} else if parent.never() && parent.orgContact() || cdaProviderElement(name) && !st.s.c.providers {
		// CDA's <assignedAuthor>, <representedOrganization>: a clinician
		// or an organisation, name, address and telecom.
		elem = keyClass{flags: kfNever | kfOrgContact}
	} else if ok && parent.cat != 0 {
		// BizTalk's and HL7 v2.xml's components of a field:
		// <PID_3_PatientIdentifierList><CX_0_Id>, <PID.7><TS.1>. The
		// first is the field's value; the others say what they hold.
		elem = parent
		if !first {
			elem = st.classifyKey(rest, parent)
		}
	} else {
		elem = st.classifyKey(name, parent)
	}
	// Attributes.
	var hint Category
	provider := false // the element's identifier system is the NPI's
	coded := false    // the element is a coded value: <code code="..." codeSystem="...">
	for k < to && b[k] != '>' {
		if b[k] == '/' && k+1 < to && b[k+1] == '>' {
			return k + 2 // self-closing: no text, nothing pushed
		}
		if !isLetter(b[k]) {
			k++
			continue
		}
		as := k
		for k < to && (isAlnum(b[k]) || b[k] == '_' || b[k] == ':' || b[k] == '-') {
			k++
		}
		attr := b[as:k]
		if k+1 >= to || b[k] != '=' || (b[k+1] != '"' && b[k+1] != '\'') {
			continue
		}
		q := b[k+1]
		vs := k + 2
		ve := vs
		for ve < to && b[ve] != q {
			ve++
		}
		if ve >= to {
			return to
		}
		var kc keyClass
		named := false
		switch {
		case equalFold(attr, "code"):
			coded = true
			kc = st.classifyKey(attr, elem)
		case equalFold(attr, "displayname") && (coded || codeElement(name)):
			// <code code="PAR" codeSystem="..." displayName="parent"/>: the
			// name of a code, not a person's.
			kc = keyClass{flags: kfNever}
			if !codeElement(name) {
				// <element code="2000" displayName="Last Name"><value value="..."/>:
				// a registry's data element, which its name labels.
				if nk := st.classifyKey(b[vs:ve], elem); nk.cat != 0 && !nk.never() && !nk.ambiguous() {
					elem = nk
				}
			}
		case equalFold(attr, "npi") && !st.s.c.providers:
			// <Provider name="North Hills Pediatrics" npi="..."><Telecom .../>: a
			// provider's element, whose contact data are its own.
			elem.flags |= kfOrgContact
			kc = keyClass{flags: kfNever}
		case equalFold(attr, "root") || equalFold(attr, "system") || equalFold(attr, "codesystem"):
			coded = coded || equalFold(attr, "codesystem")
			hint = identifierSystem(b[vs:ve])
			provider = provider || providerSystem(b[vs:ve])
		case (equalFold(attr, "name") || equalFold(attr, "key") || equalFold(attr, "field")) && identifierLike(b[vs:ve]) || equalFold(attr, "name") && ve-vs < 40 ||
			genericElement(name) && (hasSuffixFold(attr, "id") || hasSuffixFold(attr, "name")) && ve-vs < 40:
			// Windows events: <Data Name="PatientName">Jane Roe</Data>;
			// NAACCR: <Item naaccrId="nameLast">ROE</Item>; XDS's
			// <Slot name="$XDSDocumentEntryPatientId">, a query's parameter.
			n := b[vs:ve]
			if len(n) > 1 && n[0] == '$' {
				n = n[1:]
			}
			if equalFold(attr, "naaccrid") && equalFold(n, "registryid") {
				elem = keyClass{flags: kfNever} // NAACCR's item 40: the reporting registry's code, no patient's
			} else if nk := st.classifyKey(n, elem); nk.cat != 0 && !nk.never() {
				elem = nk
			} else if equalFold(attr, "name") && elem.person() && !identifierLike(n) {
				kc = st.classifyKey(attr, elem) // <Relative rel="mother" name="Efosa Horvath"/>: a person's element names them
				named = true
			}
		case equalFold(attr, "value") || equalFold(attr, "extension"):
			kc = elem
			if provider && st.s.c.providers {
				kc = keyClass{cat: License, conf: High}
			} else if provider {
				kc = keyClass{flags: kfNever} // <id root="2.16.840.1.113883.4.6" extension="1484906692"/>: an NPI
			} else if hint != 0 {
				kc = keyClass{cat: hint, conf: High}
			} else if c := schemeCategory(b[vs:ve]); c != 0 && !elem.orgContact() {
				kc = keyClass{cat: c, conf: High}
			} else if equalFold(attr, "extension") && (elem.idLike() || elem.cat == 0) && !elem.never() && !messageElement(name) {
				kc = keyClass{cat: MRN, conf: Medium}
			}
		default:
			kc = st.classifyKey(attr, elem)
		}
		if !kc.never() && !st.keyedValue(kc, b, vs, ve) && kc.cat == 0 && !equalFold(attr, "root") {
			st.scanText(b, vs, ve)
		} else if named {
			st.lastName = ve // the person the dates after it are of, as a name in text is
		}
		k = ve + 1
	}
	if k >= to {
		return to
	}
	k++ // '>'
	if len(st.xml) < 32 {
		st.xml = append(st.xml, elem)
	}
	// Text content up to the next tag.
	te := k
	for te < to && b[te] != '<' {
		te++
	}
	if te > k && !elem.never() {
		mark := len(st.field)
		st.field = appendField(st.field, name)
		if !st.keyedValue(elem, b, k, te) {
			st.scanText(b, k, te)
		}
		st.field = st.field[:mark]
	}
	return te
}

// codeElement reports whether an element named so holds a coded value:
// CDA's <code>, <administrativeGenderCode>, <value>, <translation>.
func codeElement(name []byte) bool {
	return hasSuffixFold(name, "code") || equalFold(name, "value") || equalFold(name, "translation")
}

// cdaProviderElement reports whether a CDA element holds a clinician or
// an organisation in their work: an author, a custodian, a performer.
func cdaProviderElement(name []byte) bool {
	var buf [40]byte
	lw := lowerWord(buf[:], name)
	return lw != nil && cdaProviderElements[string(lw)]
}

var cdaProviderElements = words("assignedauthor", "assignedentity", "representedorganization", "representedcustodianorganization",
	"serviceproviderorganization", "providerorganization", "legalauthenticator", "authenticator", "dataenterer",
	"responsibleparty", "encounterparticipant", "custodian", "performer")

// messageElement reports whether an element's name identifies a message
// or a query rather than a person: HL7 v3's interactionId, queryId,
// templateId, typeId, messageId.
func messageElement(name []byte) bool {
	for _, w := range [...]string{"interaction", "query", "message", "template", "type", "batch", "transmission", "control", "version", "setid"} {
		if indexFold(name, w) >= 0 {
			return true
		}
	}
	return false
}

// hl7DataTypeComponent reads an element named for a component of an HL7 data
// type: BizTalk's "CX_0_Id", "XPN_1_GivenName" (from 0), HL7 v2.xml's
// "CX.1" (from 1). It returns the words after the number and whether the
// component is the first.
func hl7DataTypeComponent(name []byte) (rest []byte, first, ok bool) {
	k := 0
	for k < len(name) && k < 4 && isUpper(name[k]) {
		k++
	}
	if k < 2 || k+1 >= len(name) || name[k] != '_' && name[k] != '.' || !isDigit(name[k+1]) {
		return nil, false, false
	}
	d := k + 1
	for d < len(name) && isDigit(name[d]) {
		d++
	}
	n := atoi(name[k+1 : d])
	first = name[k] == '_' && n == 0 || name[k] == '.' && n == 1
	if d < len(name) && name[d] == '_' {
		rest = name[d+1:]
	}
	if !first && len(rest) == 0 {
		return nil, false, false
	}
	return rest, first, true
}

// genericElement reports whether an element's name says nothing of its
// text, which an attribute names instead: <Item naaccrId="...">,
// <Field id="...">, <Property name="...">.
func genericElement(name []byte) bool {
	var buf [12]byte
	lw := lowerWord(buf[:], name)
	return lw != nil && genericElements[string(lw)]
}

var genericElements = words("item", "field", "data", "entry", "attribute", "attr", "property", "prop", "param",
	"parameter", "column", "col", "element", "var", "variable", "answer", "value", "datum", "itemdata") // CDISC ODM's <ItemData ItemOID="VS.VSDAT" Value="...">

func lastIndexByte(b []byte, c byte) int {
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] == c {
			return i
		}
	}
	return -1
}

// providerSystem reports whether v names the NPI's identifier system
// ("http://hl7.org/fhir/sid/us-npi", OID 2.16.840.1.113883.4.6): a
// provider's number, no patient's.
func providerSystem(v []byte) bool {
	return indexFold(v, "us-npi") >= 0 || hasOID(v, "2.16.840.1.113883.4.6") || equalFold(v, "npi")
}

// identifierSystem names the category of identifiers issued under a FHIR
// identifier system or HL7 OID: "http://hl7.org/fhir/sid/us-ssn",
// "urn:oid:2.16.840.1.113883.4.1" (SSN), ".../mrn".
func identifierSystem(v []byte) Category {
	switch {
	case indexFold(v, "us-ssn") >= 0 || hasOID(v, "2.16.840.1.113883.4.1") || indexFold(v, "/ssn") >= 0:
		return SSN
	case hasOIDPrefix(v, "2.16.840.1.113883.4.3.") || indexFold(v, "driver") >= 0 || indexFold(v, "license") >= 0:
		return License
	case indexFold(v, "mbi") >= 0 || indexFold(v, "medicare") >= 0 || indexFold(v, "medicaid") >= 0 || hasOID(v, "2.16.840.1.113883.4.927") ||
		indexFold(v, "member") >= 0 || indexFold(v, "subscriber") >= 0 || indexFold(v, "insur") >= 0:
		return HealthPlan
	case indexFold(v, "mrn") >= 0 || indexFold(v, "medical-record") >= 0 || indexFold(v, "medicalrecord") >= 0 || indexFold(v, "/mr") >= 0:
		return MRN
	case indexFold(v, "passport") >= 0:
		return OtherID
	}
	return identifierTypeCode(v)
}

// identifierTypeCode reads an identifier type code from HL7 table 0203
// ("MR", "SS", "PPN", "DL") or its plain name ("ssn", "passport"); only a
// whole code counts, so "member.created" names nothing.
func identifierTypeCode(v []byte) Category {
	switch {
	case equalFold(v, "mr") || equalFold(v, "pi") || equalFold(v, "mrn"):
		return MRN
	case equalFold(v, "ss") || equalFold(v, "ssn") || equalFold(v, "sb"):
		return SSN
	case equalFold(v, "mb") || equalFold(v, "mc") || equalFold(v, "ma") || equalFold(v, "sn"):
		return HealthPlan
	case equalFold(v, "dl") || equalFold(v, "dea") || equalFold(v, "ln") || equalFold(v, "md") ||
		equalFold(v, "state_id") || equalFold(v, "stateid"): // a state's ID card, as a driver's licence
		return License
	case equalFold(v, "an") || equalFold(v, "am") || equalFold(v, "av") || equalFold(v, "ba"):
		return Account
	case equalFold(v, "ppn") || equalFold(v, "pn") || equalFold(v, "pt") || equalFold(v, "passport") ||
		equalFold(v, "sin") || equalFold(v, "ine") || equalFold(v, "curp") || equalFold(v, "nhs") || equalFold(v, "aadhaar"):
		return OtherID // and national numbers by name: Canada's SIN, Mexico's INE and CURP, the NHS number
	case equalFold(v, "phone") || equalFold(v, "sms") || equalFold(v, "pager"):
		return Phone
	case equalFold(v, "fax"):
		return Fax
	case equalFold(v, "email"):
		return Email
	case equalFold(v, "url"):
		return URL
	}
	return 0
}

// schemeCategory names the category of a telecom URI: "tel:", "fax:", "mailto:".
func schemeCategory(v []byte) Category {
	switch {
	case hasPrefixFold(v, "tel:"):
		return Phone
	case hasPrefixFold(v, "fax:"):
		return Fax
	case hasPrefixFold(v, "mailto:"):
		return Email
	}
	return 0
}

// hasOID reports whether v names exactly the OID o (not a longer one).
func hasOID(v []byte, o string) bool {
	i := indexFold(v, o)
	return i >= 0 && (i+len(o) == len(v) || !isDigit(v[i+len(o)]) && v[i+len(o)] != '.')
}

func hasOIDPrefix(v []byte, o string) bool { return indexFold(v, o) >= 0 }
