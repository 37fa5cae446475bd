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

// cjkLetter returns the size of the rune at b[k] when it is a letter of
// the scripts that write names without capitals or spaces inside them:
// Han, Hiragana, Katakana (with its prolonged sound mark) and Hangul; 0
// otherwise.
func cjkLetter(b []byte, k, to int) int {
	if k+2 >= to || b[k] < 0xE3 || b[k] > 0xED {
		return 0
	}
	r, n := utf8.DecodeRune(b[k:to])
	if r == 0x30FC || unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hiragana, r) {
		return n
	}
	return 0
}

// ideographicSpace reports whether U+3000, the space of CJK text, starts at b[k].
func ideographicSpace(b []byte, k, to int) bool {
	return k+2 < to && b[k] == 0xE3 && b[k+1] == 0x80 && b[k+2] == 0x80
}

// honorifics follow a name in Japanese and Korean: "山口 翔太様", "김민준 님".
var honorifics = [...]string{"様", "さん", "殿", "님", "씨"}

// cjkNameEnd returns the end of a name written in CJK letters at b[s]: one
// or two parts of one to six letters (family and given name, "野々村
// 健一", "田中　花子", "東海林　トメ"), two to eight letters in all, without
// the honorific after it, which it reports; or s.
func cjkNameEnd(b []byte, s, to int) (int, bool) {
	k, parts, total := s, 0, 0
	for {
		ps, n := k, 0
		for size := cjkLetter(b, k, to); size > 0; size = cjkLetter(b, k, to) {
			k += size
			n++
		}
		if n == 0 || n > 6 {
			return s, false
		}
		if parts > 0 && (k < to && (b[k] == '=' || b[k] == ':') || k+2 < to && b[k] == 0xEF && b[k+1] == 0xBC && b[k+2] == 0x9A) {
			k = ps // "田中　花子 生年月日=...": the next field's key, and the space before it
			if k > s && b[k-1] == ' ' {
				k--
			} else if k-s >= 3 && ideographicSpace(b, k-3, to) {
				k -= 3
			}
			break
		}
		if parts > 0 && honorific(b[ps:k]) {
			k = ps // "김민준 님": the honorific, apart
			for k > s && b[k-1] == ' ' {
				k--
			}
			if total < 2 || total > 8 {
				return s, false
			}
			return k, true
		}
		total += n
		parts++
		if parts == 2 {
			break
		}
		if r, _ := utf8.DecodeRune(b[s:to]); unicode.Is(unicode.Hangul, r) {
			// Korean writes the family and the given name together: a
			// second word is no part of it, unless an honorific.
			if hk := k + 1; hk < to && b[k] == ' ' {
				he := hk
				for size := cjkLetter(b, he, to); size > 0; size = cjkLetter(b, he, to) {
					he += size
				}
				if honorific(b[hk:he]) && total >= 2 && total <= 8 {
					return k, true
				}
			}
			break
		}
		if k+1 < to && b[k] == ' ' && cjkLetter(b, k+1, to) > 0 {
			k++
		} else if ideographicSpace(b, k, to) && cjkLetter(b, k+3, to) > 0 {
			k += 3
		} else {
			break
		}
	}
	if k < to && (isLetter(b[k]) || isDigit(b[k])) {
		return s, false
	}
	honored := false
	for _, h := range honorifics {
		if k-s > len(h) && string(b[k-len(h):k]) == h {
			k -= len(h)
			total -= utf8.RuneCountInString(h)
			honored = true
			for k > s && b[k-1] == ' ' {
				k--
			}
			for k-s >= 3 && ideographicSpace(b, k-3, to) {
				k -= 3
			}
			break
		}
	}
	if total < 2 || total > 8 {
		return s, false
	}
	return k, honored
}

// scriptNameEnd returns the end of a name written in a non-Latin script
// at b[s], or s: up to four words of letters joined by single spaces,
// apostrophes or hyphens, ended by anything else (punctuation, two
// spaces, a digit, a Latin letter, the end). A name of CJK letters holds
// two to eight of them (see cjkNameEnd). sure says the key names a
// person's name for certain; otherwise ("name: ") a name of letters needs
// two words.
func scriptNameEnd(b []byte, s, to int, sure bool) int {
	if cjkLetter(b, s, to) > 0 {
		e, _ := cjkNameEnd(b, s, to)
		return e
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
	"氏名カナ": true, "カナ氏名": true, "フリガナ": true,
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
	if e, honored := cjkNameEnd(b, i, to); honored {
		st.emit(i, e, Name, "name", Medium, false) // "山口 翔太様", "김민준 님": a name by its honorific
		return e
	}
	// A key of the script's own, up to 40 bytes of its letters, spaces
	// and dots before a colon (ASCII or full width) or an equals sign.
	e, script := i, i
	for e < to && e-i < 40 {
		if n := scriptLetter(b, e, to); n > 0 {
			e += n
			script = e
		} else if b[e] == ' ' && e+1 < to && scriptLetter(b, e+1, to) > 0 || b[e] == '.' || b[e] == '\'' {
			e++
		} else if e > i && (isAlnum(b[e]) || b[e] == '_') {
			for e < to && (isAlnum(b[e]) || b[e] == '_') {
				e++ // Latin letters after them, in a key: "患者ID="
			}
			if !scriptKeyAt(b, i, to) {
				e = script // "我是Mei-Ling": a word, then a name
			}
			break
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
		p := i
		for size := cjkLetter(b, p, to); size > 0; size = cjkLetter(b, p, to) {
			p += size
		}
		if p > i && p < e && (b[p] == ' ' || ideographicSpace(b, p, to)) {
			return p // "姪 渡辺 芽依様": the next word may start a name
		}
		return max(e, i+1)
	}
	if kc := st.classifyKey(b[i:e], keyClass{}); kc.cat != 0 && kc.cat != Name && !kc.never() {
		// "患者ID=0078487401", "生年月日：1980年7月6日": a key the vocabulary knows.
		if b[k-1] == '=' {
			return st.pair(b, i, e, k, to)
		}
		return st.spacedPair(b, i, e, skipWS(b, k, to), to)
	}
	if nativeKey(b, i, e) {
		st.nameKeyEnd, st.nameKeySure = k, true
		if vs := skipWS(b, k, to); vs < to && upperAt(b, vs, to) {
			st.ctx[Name] = k // "ФИО: Ivanova Anna": a Latin name after the script's key
		}
	}
	return k
}

// honorific reports whether w is one of the honorifics.
func honorific(w []byte) bool {
	for _, h := range honorifics {
		if string(w) == h {
			return true
		}
	}
	return false
}

// scriptKeyAt reports whether a key in another script starts at b[k]: its
// letters (and Latin letters or digits after them, "患者ID") before a
// colon, ASCII or full width, or an equals sign: "住所: ", "電話番号：".
func scriptKeyAt(b []byte, k, to int) bool {
	e := k
	for e < to && e-k < 24 {
		if n := scriptLetter(b, e, to); n > 0 {
			e += n
		} else if e > k && (isAlnum(b[e]) || b[e] == '_') {
			e++
		} else {
			break
		}
	}
	return e > k && e < to && (b[e] == ':' || b[e] == '=' || e+2 < to && b[e] == 0xEF && b[e+1] == 0xBC && b[e+2] == 0x9A)
}

// cjkPunctuation reports whether a full-width comma or semicolon, or an
// ideographic comma or full stop, starts at b[k]: the end of a field in
// CJK text ("地址：加州三藩市…；病歷號：").
func cjkPunctuation(b []byte, k, to int) bool {
	if k+2 >= to {
		return false
	}
	return b[k] == 0xEF && b[k+1] == 0xBC && (b[k+2] == 0x8C || b[k+2] == 0x9B) || b[k] == 0xE3 && b[k+1] == 0x80 && (b[k+2] == 0x81 || b[k+2] == 0x82)
}
