package detectors

// EDF and EDF+ (European Data Format), the files polysomnography and EEG
// systems write, open with a header of fixed-width ASCII fields; programs
// that export or de-identify them log the fields. EDF+ fixes the layout of
// two of them:
//
//	patient:   "00532241 F 08-AUG-1991 Kahananui_Leilani"  (code, sex, birth date, name)
//	recording: "Startdate 05-MAR-2024 PSG-24-030403 ..."     (the study's day, then the study)
//
// Each subfield is "X" when it is not known, as de-identified files give
// them all.

// edfField reports the EDF+ patient or recording field at b[s:e], and
// returns whether it was one.
func (st *state) edfField(b []byte, s, e int) bool {
	s, e = trimField(b, s, e)
	for e > s && b[e-1] == ' ' {
		e-- // the field's padding
	}
	if e-s >= 21 && string(b[s:s+10]) == "Startdate " {
		if de := s + 10 + 11; edfDate(b[s+10:de]) && (de == e || b[de] == ' ') {
			st.emit(s+10, de, Date, "edf", Medium, true)
			return true
		}
		return false
	}
	var sub [4]span
	n, k := 0, s
	for n < 4 && k < e {
		f := k
		for f < e && b[f] != ' ' {
			f++
		}
		sub[n] = span{k, f}
		n++
		k = f + 1
	}
	if n != 4 || k < e {
		return false // four subfields, the name last (its spaces written as '_')
	}
	sex, birth := b[sub[1].start:sub[1].end], b[sub[2].start:sub[2].end]
	if len(sex) != 1 || sex[0] != 'M' && sex[0] != 'F' && sex[0] != 'X' || !edfDate(birth) && string(birth) != "X" {
		return false
	}
	known := func(p span) bool { return p.end-p.start > 1 || b[p.start] != 'X' }
	if known(sub[0]) {
		st.emit(sub[0].start, sub[0].end, MRN, "edf", Medium, true)
	}
	if known(sub[2]) {
		st.emit(sub[2].start, sub[2].end, Date, "edf", High, true)
	}
	if known(sub[3]) {
		st.emit(sub[3].start, sub[3].end, Name, "edf", Medium, true)
	}
	return true
}

// edfDate reports whether v is a day as EDF+ writes it: "08-AUG-1991".
func edfDate(v []byte) bool {
	return len(v) == 11 && isDigit(v[0]) && isDigit(v[1]) && v[2] == '-' && month(v[3:6]) > 0 && isUpper(v[3]) &&
		v[6] == '-' && allDigits(v[7:11])
}
