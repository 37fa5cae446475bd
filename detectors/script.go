package detectors

import (
	"unicode"
	"unicode/utf8"
)

// Names written in scripts other than Latin (Cyrillic, Greek, Arabic,
// Devanagari, Chinese, Japanese, Korean), as translation pipelines, OCR
// of foreign records and interpreters' tools log them: "ФИО: Шевчук
// Дмитро Іванович", "患者姓名：廖淑芬；", "الاسم: عمر علي فواز |". No list
// of names covers these scripts and they have no capitals to tell a name
// from a word, so only a name's key vouches for one: a key of the
// vocabulary ("name: ", "patient_name=") or a script's own word for a
// name (nativeNameKeys).

// scriptLead reports whether c leads the encoding of a letter of a
// non-Latin script the reader knows: Greek to Arabic (U+0370-U+07FF),
// Devanagari (U+0900-U+097F), CJK and Hangul (U+3000-U+D7FF).
func scriptLead(c byte) bool {
	return c >= 0xCD && c <= 0xDF || c == 0xE0 || c >= 0xE3 && c <= 0xED
}

// scriptLetter decodes the rune at b[k] and reports its size when it is a
// letter or a combining mark of a non-Latin script (Devanagari's vowel
// signs are marks), or a zero-width non-joiner (Persian writes one inside
// names: "محمدی‌نژاد"); 0 otherwise.
func scriptLetter(b []byte, k, to int) int {
	if k >= to || !scriptLead(b[k]) {
		return 0
	}
	r, n := utf8.DecodeRune(b[k:to])
	if r == 0x200C || r >= 0x370 && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)) {
		return n
	}
	return 0
}

// ideograph reports whether the rune at b[k] is a Han ideograph or a
// Hangul syllable: scripts that write a name's parts without a space.
func ideograph(b []byte, k, to int) bool {
	if k+2 >= to || b[k] < 0xE3 || b[k] > 0xED {
		return false
	}
	r, _ := utf8.DecodeRune(b[k:to])
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r)
}

// scriptNameEnd returns the end of a name written in a non-Latin script
// at b[s], or s: up to four words of letters joined by single spaces,
// apostrophes or hyphens, ended by anything else (punctuation, two
// spaces, a digit, a Latin letter, the end). A name of ideographs holds
// two to five of them. sure says the key names a person's name for
// certain; otherwise ("name: ") a name of letters needs two words.
func scriptNameEnd(b []byte, s, to int, sure bool) int {
	if ideograph(b, s, to) {
		k, n := s, 0
		for k < to && ideograph(b, k, to) {
			_, size := utf8.DecodeRune(b[k:to])
			k += size
			n++
		}
		if n < 2 || n > 5 || k < to && (isLetter(b[k]) || isDigit(b[k])) {
			return s
		}
		return k
	}
	k, words := s, 0
	for words < 5 {
		n := scriptLetter(b, k, to)
		if n == 0 {
			break
		}
		for n > 0 {
			k += n
			if k < to && (b[k] == '\'' || b[k] == '-') && scriptLetter(b, k+1, to) > 0 {
				k++
			}
			n = scriptLetter(b, k, to)
		}
		words++
		if k+1 < to && b[k] == ' ' && scriptLetter(b, k+1, to) > 0 {
			k++
			continue
		}
		break
	}
	if words == 0 || words > 4 || !sure && words < 2 || k < to && (isLetter(b[k]) || isDigit(b[k])) {
		return s
	}
	return k
}

// nativeNameKeys are the words scripts other than Latin label a person's
// name with, on forms and in their records: Russian and Ukrainian,
// Greek, Arabic, Persian, Hindi and Nepali, Chinese, Japanese, Korean.
// A key of several words ends with one of them ("نام بیمار": the
// patient's name; "患者姓名").
var nativeNameKeys = map[string]bool{
	"ФИО": true, "Ф.И.О.": true, "фио": true, "ПІБ": true, "П.І.Б.": true, "піб": true, "Пациент": true, "Пациентка": true,
	"Пацієнт": true, "Пацієнтка": true, "Имя": true, "Фамилия": true, "Ім'я": true, "Прізвище": true, "Больной": true,
	"Όνομα": true, "Ονοματεπώνυμο": true, "Επώνυμο": true, "Ασθενής": true,
	"الاسم": true, "اسم": true, "المريض": true, "المريضة": true, "نام": true, "بیمار": true,
	"नाम": true, "मरीज": true, "रोगी": true, "बिरामी": true,
	"姓名": true, "患者姓名": true, "病人姓名": true, "患者": true, "病人": true, "名字": true, "氏名": true, "患者氏名": true, "患者名": true,
	"성명": true, "이름": true, "환자명": true, "환자": true, "환자성명": true,
}

// nativeKey reports whether b[s:e], a run of a script's letters, ends
// with a word of nativeNameKeys.
func nativeKey(b []byte, s, e int) bool {
	k := e
	for k > s && b[k-1] != ' ' {
		k--
	}
	if nativeNameKeys[string(b[k:e])] {
		return true
	}
	// Ideographs are not spaced: "患者姓名", "病人姓名" end with "姓名".
	for _, suffix := range [...]string{"姓名", "氏名"} {
		if e-k > len(suffix) && string(b[e-len(suffix):e]) == suffix {
			return true
		}
	}
	return false
}

// scriptWord handles a run of a non-Latin script's letters at b[i]: a
// name after a name's key, a script's own key for a name, or words to
// pass over. It returns where scanning goes on.
func (st *state) scriptWord(b []byte, i, to int) int {
	if st.nameKeyEnd >= 0 && i-st.nameKeyEnd >= 0 && i-st.nameKeyEnd <= 3 {
		// "name: Шевчук Дмитро", "ФИО: ...": the value of a name's key.
		sure := st.nameKeySure
		st.nameKeyEnd = -1
		if e := scriptNameEnd(b, i, to, sure); e > i {
			st.emit(i, e, Name, "key", Medium, true)
			return e
		}
	}
	// A key of the script's own, up to 40 bytes of its letters, spaces
	// and dots before a colon (ASCII or full width) or an equals sign.
	e := i
	for e < to && e-i < 40 {
		if n := scriptLetter(b, e, to); n > 0 {
			e += n
		} else if b[e] == ' ' && e+1 < to && scriptLetter(b, e+1, to) > 0 || b[e] == '.' || b[e] == '\'' {
			e++
		} else {
			break
		}
	}
	k := e
	if k < to && b[k] == ' ' {
		k++
	}
	switch {
	case k < to && (b[k] == ':' || b[k] == '='):
		k++
	case k+2 < to && b[k] == 0xEF && b[k+1] == 0xBC && b[k+2] == 0x9A: // '：'
		k += 3
	default:
		return max(e, i+1)
	}
	if nativeKey(b, i, e) {
		st.nameKeyEnd, st.nameKeySure = k, true
		if vs := skipWS(b, k, to); vs < to && upperAt(b, vs, to) {
			st.ctx[Name] = k // "Jina: Esperance Kasongo", "ФИО: Ivanova Anna": a Latin name after the script's key
		}
	}
	return k
}
