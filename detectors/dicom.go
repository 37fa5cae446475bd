package detectors

import "bytes"

// DICOM attributes as imaging systems log them: dcmdump's
// "(0010,0010) PN [DOE^JANE]", pydicom's "(0010, 0030) Patient's Birth
// Date DA: '19500101'", and the DICOM JSON model's
// {"00100030": {"vr": "DA", "Value": ["19500101"]}}. A tag is a key: the
// attributes below hold a patient's data (PS3.15's basic profile, for the
// ones in logs).

// dicomTags classifies the attributes that identify a patient, by tag
// (group<<16 | element).
var dicomTags = map[uint32]keyClass{
	0x00100010: {cat: Name, conf: High},      // Patient's Name
	0x00101001: {cat: Name, conf: High},      // Other Patient Names
	0x00101060: {cat: Name, conf: High},      // Patient's Mother's Birth Name
	0x00100020: {cat: MRN, conf: High},       // Patient ID
	0x00101000: {cat: OtherID, conf: Medium}, // Other Patient IDs
	0x00101090: {cat: MRN, conf: Medium},     // Medical Record Locator
	0x00100030: {cat: Date, conf: High},      // Patient's Birth Date
	0x00101010: {cat: Age, conf: High},       // Patient's Age
	0x00101040: {cat: Address, conf: High},   // Patient's Address
	0x00102154: {cat: Phone, conf: High},     // Patient's Telephone Numbers
	0x00101050: {cat: HealthPlan, conf: Medium},
	0x00080020: {cat: Date, conf: Medium},    // Study Date
	0x00080021: {cat: Date, conf: Medium},    // Series Date
	0x00080022: {cat: Date, conf: Medium},    // Acquisition Date
	0x00080023: {cat: Date, conf: Medium},    // Content Date
	0x00080050: {cat: OtherID, conf: Medium}, // Accession Number
	0x00380010: {cat: OtherID, conf: Medium}, // Admission ID
	0x00400244: {cat: Date, conf: Medium},    // Performed Procedure Step Start Date
	0x00400002: {cat: Date, conf: Medium},    // Scheduled Procedure Step Start Date
	0x00080090: {flags: kfNever},             // Referring Physician's Name (see dicomPhysicians)
	0x00081050: {flags: kfNever},             // Performing Physician's Name
	0x00081060: {flags: kfNever},             // Name of Physician(s) Reading Study
	0x00081070: {flags: kfNever},             // Operators' Name
	0x00321032: {flags: kfNever},             // Requesting Physician
}

// dicomPhysicians are the tags that name clinicians in their work,
// reported only when the policy counts providers.
var dicomPhysicians = map[uint32]bool{0x00080090: true, 0x00081050: true, 0x00081060: true, 0x00081070: true, 0x00321032: true}

// dicomTag parses a tag written as 8 hexadecimal digits ("00100030"), or
// reports false.
func dicomTag(w []byte) (uint32, bool) {
	if len(w) != 8 {
		return 0, false
	}
	var t uint32
	for _, c := range w {
		var d byte
		switch {
		case isDigit(c):
			d = c - '0'
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		default:
			return 0, false
		}
		t = t<<4 | uint32(d)
	}
	return t, true
}

// dicomElement reads an attribute at b[i] ('(') in dcmdump's or pydicom's
// form, its value under the tag's class, and returns where scanning goes
// on, or 0 when b[i] starts no tag the scanner knows.
func (st *state) dicomElement(b []byte, i, to int) int {
	// "(gggg,eeee)" or "(gggg, eeee)"
	if i+11 > to || b[i+5] != ',' {
		return 0
	}
	k := i + 6
	if b[k] == ' ' {
		k++
	}
	if k+5 > to || b[k+4] != ')' {
		return 0
	}
	var tag [8]byte
	copy(tag[:4], b[i+1:i+5])
	copy(tag[4:], b[k:k+4])
	t, ok := dicomTag(tag[:])
	if !ok {
		return 0
	}
	end := k + 5
	kc, known := dicomTags[t]
	if st.s.c.providers && dicomPhysicians[t] {
		kc = keyClass{cat: Name, conf: High}
	}
	if !known {
		return end
	}
	if end+1 < to && b[end] == '=' {
		// "(0010,0030)=19940114", as routers log an element: the value to
		// the next space, or the next element.
		vs := end + 1
		ve := vs
		for ve < to && !(b[ve] == ' ' && ve+1 < to && b[ve+1] == '(') && ve-vs < 256 {
			ve++
		}
		mark := len(st.field)
		st.field = append(st.field, b[i:end]...)
		st.resetContext()
		if kc.cat == Address && bytes.IndexByte(b[vs:ve], '^') > 0 {
			// "707 W Broad Terrace Apt 35^Hilliard^OH^43045": the parts of
			// the address, in whatever order the modality wrote them.
			var buf [8]span
			for _, c := range components(buf[:0], b, vs, ve, '^') {
				v := b[c.start:c.end]
				switch {
				case len(v) == 0 || len(v) == 2 && stateAbbrevs[string(v)]:
				case (len(v) == 5 || len(v) == 10 && v[5] == '-') && isDigit(v[0]) && isDigit(v[4]):
					st.emit(c.start, c.end, ZIP, "key", High, true)
				default:
					st.emit(c.start, c.end, Address, "key", High, true)
				}
			}
		} else if kc.cat == Age {
			if ve-vs == 4 && lower(b[ve-1]) == 'y' {
				st.keyedValue(kc, b, vs, ve) // "096Y", its unit with it, as the text reader reports "103Y"
			}
		} else if !kc.never() && !st.keyedValue(kc, b, vs, ve) {
			st.scanText(b, vs, ve) // a physician's name (never) is not read even as text
		}
		st.field = st.field[:mark]
		return ve
	}
	// The value: after the VR, in brackets or quotes, with the attribute's
	// name before the VR or after the value.
	v := end
	for n := 0; n < 8 && v < to; n++ {
		for v < to && b[v] == ' ' {
			v++
		}
		if v < to && (b[v] == '[' || b[v] == '\'' || b[v] == '"') {
			break
		}
		we := v // a word of the attribute's name or the VR; "Patient's" holds a quote
		for we < to && b[we] != ' ' && b[we] != '[' {
			we++
		}
		if we == v {
			break
		}
		v = we
	}
	if v >= to || b[v] != '[' && b[v] != '\'' && b[v] != '"' {
		return end
	}
	closer := b[v]
	if closer == '[' {
		closer = ']'
	}
	ve := v + 1
	for ve < to && b[ve] != closer {
		ve++
	}
	if ve >= to {
		return end
	}
	mark := len(st.field)
	st.field = append(st.field, b[i:end]...)
	st.resetContext()
	if kc.cat == Age {
		// "093Y": an age in years, in three digits, reported with its unit.
		if ae := v + 1 + 3; ae < ve && lower(b[ae]) == 'y' {
			st.keyedValue(kc, b, v+1, ae+1)
		}
	} else if !kc.never() && !st.keyedValue(kc, b, v+1, ve) {
		st.scanText(b, v+1, ve)
	}
	st.field = st.field[:mark]
	return ve + 1
}
