package detectors

import (
	"bytes"
	"hash/maphash"
	"net/netip"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// A Scanner finds identifiers in records. It is safe for concurrent use.
type Scanner struct {
	c    *compiled
	pool sync.Pool // of *state
	seed maphash.Seed
	keys [1 << 16]atomic.Pointer[keyCacheEntry] // see keyClass
}

// New returns a Scanner configured by opts, which may be nil for the
// defaults. It reports every problem with opts at once, each naming the
// field and entry at fault.
func New(opts *Options) (*Scanner, error) {
	c, err := compile(opts)
	if err != nil {
		return nil, err
	}
	s := &Scanner{c: c, seed: maphash.MakeSeed()}
	s.pool.New = func() any { return &state{s: s} }
	return s, nil
}

var defaultScanner = func() *Scanner {
	s, err := New(nil)
	if err != nil {
		panic(err)
	}
	return s
}()

// Default returns a Scanner with the default options.
func Default() *Scanner { return defaultScanner }

// Scan appends to dst the findings in one record and returns the extended
// slice, sorted by Start. The record may be a JSON document, logfmt pairs, a
// URL query, an HL7 v2 segment or plain text, or plain text embedding any of
// these; offsets are into rec as given. A record longer than MaxLineBytes is
// scanned in overlapping windows, so memory stays bounded.
func (s *Scanner) Scan(dst []Finding, rec []byte) (out []Finding) {
	st := s.get(dst, rec)
	defer s.put(st)
	defer failClosed(&out, dst, len(rec))
	if len(rec) > s.c.maxLine {
		st.scanWindows(rec)
	} else {
		st.scanRecord(rec)
	}
	return st.finish(len(dst))
}

// ScanText appends the findings in free text to dst: like Scan, but rec is
// never parsed as a JSON document or HL7 segment as a whole (key=value pairs
// and JSON objects inside the text are still recognised).
func (s *Scanner) ScanText(dst []Finding, text []byte) (out []Finding) {
	st := s.get(dst, text)
	defer s.put(st)
	defer failClosed(&out, dst, len(text))
	if len(text) > s.c.maxLine {
		st.scanWindows(text)
	} else {
		st.scanText(text, 0, len(text))
		st.quotedPrintable(text)
	}
	return st.finish(len(dst))
}

// ScanValue appends the findings in value, which is stored under key (a key
// or a dotted path such as "patient.name"). If the key says what the value
// is and the value looks the part, the whole value is one finding with
// ByKey set; otherwise the value is scanned as text. Field is set to key.
func (s *Scanner) ScanValue(dst []Finding, key string, value []byte) (out []Finding) {
	st := s.get(dst, value)
	defer s.put(st)
	defer failClosed(&out, dst, len(value))
	st.field = append(st.field[:0], key...)
	kc := s.classifyPath(key)
	if !st.keyedValue(kc, value, 0, len(value)) {
		st.scanText(value, 0, len(value))
	}
	return st.finish(len(dst))
}

// failClosed turns a panic inside a scan into one finding over the whole
// input, detector "scan_failure", so that a redactor masks all of it rather
// than pass through what the scan could not check. A bug in the scanner
// must never crash the service that calls it, nor leak.
func failClosed(out *[]Finding, dst []Finding, n int) {
	if recover() == nil {
		return
	}
	*out = append(dst, Finding{Start: 0, End: n, Category: OtherID, Detector: "scan_failure", Confidence: High})
}

// KeyCategory reports the category of values stored under key (a key or
// a dotted path), by the scanner's key rules and then the built-in ones. ok
// is false for keys that say nothing, or that the policy ignores.
func (s *Scanner) KeyCategory(key string) (c Category, conf Confidence, ok bool) {
	kc := s.classifyPath(key)
	if kc.cat == 0 || kc.never() || !s.c.cats.Has(kc.cat) {
		return 0, 0, false
	}
	conf = kc.conf
	if kc.ambiguous() && conf > Medium {
		conf = Medium
	}
	return kc.cat, conf, true
}

// classifyPath classifies a key or a dotted path such as "patient.name":
// the last element decides, and its parents settle ambiguous names.
func (s *Scanner) classifyPath(p string) keyClass {
	if nemsisElement(p) || hl7FieldPath(p) {
		return s.keyClass(p) // "ePatient.09", "PID.11.5": one element, not a path to the 9th of a patient
	}
	var parent keyClass
	for {
		seg, rest, more := cutPath(p)
		kc := withParent(s.keyClass(seg), parent)
		if !more {
			return kc
		}
		parent, p = kc, rest
	}
}

// keyClass classifies one path element by the policy's key rules, then the
// built-in ones, through a direct-mapped cache on the Scanner: one hash, one
// atomic load, one compare. The cache has a fixed size, so keys that never
// repeat cannot grow memory, and it outlives pooled states, which a GC may
// drop. key is only read, never kept: callers may pass a view of their
// bytes (see keyView).
func (s *Scanner) keyClass(key string) keyClass {
	if len(key) > maxCachedKey {
		return classifyKeyWithRules(strings.Clone(key), s.c.keyRules)
	}
	h := uint32(maphash.String(s.seed, key))
	// Two ways, so that two hot keys sharing a slot do not evict each other.
	mask := uint32(len(s.keys) - 1)
	a, b := &s.keys[h&mask], &s.keys[(h>>16^h*31)&mask]
	if e := a.Load(); e != nil && e.key == key {
		return e.kc
	}
	if e := b.Load(); e != nil && e.key == key {
		return e.kc
	}
	key = strings.Clone(key)
	kc := classifyKeyWithRules(key, s.c.keyRules)
	slot := a
	if a.Load() != nil {
		slot = b
	}
	slot.Store(&keyCacheEntry{key: key, kc: kc})
	return kc
}

// maxCachedKey bounds the keys the cache holds; longer ones are classified
// on every call.
const maxCachedKey = 96

// keyView returns the bytes of key as a string without copying, for
// Scanner.keyClass, which copies what it keeps.
func keyView(key []byte) string { return unsafe.String(unsafe.SliceData(key), len(key)) }

// classifyKey classifies a raw key from the input, given its parent's class.
func (st *state) classifyKey(key []byte, parent keyClass) keyClass {
	return withParent(st.s.keyClass(keyView(key)), parent)
}

// A level maps offsets of the bytes being scanned to offsets in the input:
// identity plus base, or through m for a decoded string (m[i] is the input
// offset of decoded byte i; m[len] the offset after the last).
type level struct {
	base int
	m    []int32
}

// state is the scratch of one Scan call.
type state struct {
	s      *Scanner
	input  []byte    // the record as given
	out    []Finding // dst
	levels []level
	field  []byte // current field path
	// ctx[c] is the end offset (in current coordinates) of the last keyword
	// that gives context for category c, or -1.
	ctx [numCategories + 1]int
	// lookback is what is left of the bytes the record's readers may search
	// again for what a value refers to (a statement's column for a bound
	// parameter): a few times the record's length, so that a record of many
	// parameters costs no more than a few passes over it.
	lookback int
	depth    int
	scratch  [][]byte // decode buffers, one per nesting level
	maps     [][]int32
	digits   [40]byte   // a number's digits, for the validators
	startLen int        // len(dst) when the call began
	xml      []keyClass // classes of the open XML elements
	// sys is the category an identifier's "system" sibling names, for its "value".
	sys Category
	// sysKey is the class of an attribute's "key" sibling, for its "value".
	sysKey keyClass
	// jwt and jwtFs are the decoded claims of a JSON Web Token and their
	// findings, kept for the next token (see jwtPart).
	jwt   []byte
	jwtFs []Finding
	// cols and colNames are the columns of query results in the JSON object
	// at depth colsDepth (-1: none), for the rows after them.
	cols      []keyClass
	colNames  []span
	colsDepth int
	// lastName is the end of the last name found in free text, or far
	// before the input (-1 << 30, see resetContext), so that no distance
	// from it reads as near.
	lastName int
	// lastDate is the end of the last date found in free text (as
	// lastName), for the days listed after it.
	lastDate int
	// nameKeyEnd is where the value of the last name's key in text starts
	// ("Name: ", "ФИО: "), for a name in capitals or in another script
	// (see scriptWord), or -1; nameKeySure says whether the key names a
	// name for certain.
	nameKeyEnd  int
	nameKeySure bool
	// lastRecord is the end of the last patient's record number its
	// words named in free text ("for patient 31994477"), or -1.
	lastRecord int
	// orgSpans are the last values emit dropped as an organisation's (its
	// address, its phone), in the input's coordinates: no later reader
	// takes them for a person's (see covered).
	orgSpans [4]span
	orgN     int
	// labelKey and labelKC remember a CEF label ("cs1Label=patientSSN")
	// for the field it labels.
	labelKey [16]byte
	labelLen int
	labelKC  keyClass
	// namedKC is what a name="..." pair in text named, for the value="..."
	// right after it (at most a few bytes after namedEnd).
	namedKC  keyClass
	namedEnd int
	// patientEnd is where a patient's record opens: after an audit's
	// "entity=Patient" or a type's name ("Patient{", "Patient("), whose
	// key follows ("key=1062687", "ID:8898623").
	patientEnd int
	// subjectKC is the class of the field a test's assertion is about
	// ("expect(patient.ssn)", "Expected patient.GuarantorAcct to be"), for
	// the quoted values after it up to subjectEnd.
	subjectKC  keyClass
	subjectEnd int
	// typedCat is the category a text record's type key named for the
	// identifier after it ("id_type=DL ... id_no=..."), until typedEnd.
	typedCat Category
	typedEnd int
	// listCat and listEnd are the category and the end of the last
	// identifier a keyword named: the next one in its list is the same.
	listCat Category
	listEnd int
	// qp is set when the record holds quoted-printable text ("Ram=C3=ADrez",
	// "=?UTF-8?Q?...?="): it is read again decoded.
	qp bool
	// orgText is set while the value of an organisation's key is read as
	// text ("vendor": "Tri-State Oxygen, 901 Warehouse Row, Erie PA"): the
	// places and numbers in it are the organisation's.
	orgText bool
	// orgObject is set inside a JSON object that describes an organisation
	// (a FHIR Organization, Location, Practitioner), to the same effect.
	orgObject bool
	// clinicianObject is set inside a FHIR Practitioner and all it holds
	// (its name is an object of its own): a clinician's, in their work.
	clinicianObject bool
	// placeNamed is set when a key names a place or an organisation
	// ("facility", "LocationName"): a record of it alone, naming no
	// person, gives its own address and numbers (see dropUnclaimed).
	placeNamed bool
	// undated is set when the scan read a calendar date it tied to no one:
	// a row's other fields may yet (delimitedRow).
	undated bool
	// octal is set when the scan met UTF-8 written as octal escapes
	// ("Jos\303\251"): the record is read again decoded.
	octal bool
	// fleet is set when the record, or the JSON object being read, names a
	// fleet's unit ("unit=V-290"): its vehicles are the fleet's.
	fleet bool
	// voip is 0 until voipRecord has read the record, then 1 (no) or 2;
	// segments and dropped likewise for segmentRecord and droppedTraffic.
	voip, segments, dropped uint8
	// donor is 0 until donorRecord has read the record, then 1 (no) or 2.
	donor uint8
	// zplEnd is where the last ZPL field ended (its "^FS"), and zplOrg
	// whether the fields since an organisation's name are its own.
	zplEnd int
	zplOrg bool
}

type span struct{ start, end int }

type keyCacheEntry struct {
	key string
	kc  keyClass
}

func (s *Scanner) get(dst []Finding, input []byte) *state {
	st := s.pool.Get().(*state)
	st.input = input
	st.out = dst
	st.startLen = len(dst)
	st.levels = append(st.levels[:0], level{})
	st.field = st.field[:0]
	st.resetContext()
	st.depth = 0
	st.xml = st.xml[:0]
	st.labelLen = 0
	st.namedEnd, st.patientEnd = -1<<30, -1<<30
	st.orgN = 0
	st.qp, st.orgText, st.orgObject, st.clinicianObject, st.undated, st.octal, st.placeNamed = false, false, false, false, false, false, false
	st.fleet, st.voip, st.segments, st.dropped, st.donor = false, 0, 0, 0, 0
	st.zplEnd, st.zplOrg = -1<<30, false
	st.subjectEnd = -1
	st.typedCat, st.typedEnd = 0, -1
	st.listCat, st.listEnd = 0, -1
	st.cols, st.colNames, st.colsDepth = st.cols[:0], st.colNames[:0], -1
	st.lookback = 8*len(input) + 64<<10
	return st
}

func (s *Scanner) put(st *state) {
	st.input, st.out = nil, nil
	if cap(st.field) > 4096 {
		st.field = nil
	}
	s.pool.Put(st)
}

func (st *state) resetContext() {
	st.ctx = noContext
	st.lastName = -1 << 30
	st.lastDate = -1 << 30
	st.lastRecord = -1 << 30
	st.nameKeyEnd = -1
}

// noContext is the context of a fresh field: no keyword seen.
var noContext = func() (ctx [numCategories + 1]int) {
	for i := range ctx {
		ctx[i] = -1 << 30
	}
	return ctx
}()

// scanRecord dispatches on the record's shape.
func (st *state) scanRecord(rec []byte) {
	i := 0
	for i < len(rec) && isSpace(rec[i]) {
		i++
	}
	if i < len(rec) && (rec[i] == '{' || rec[i] == '[') {
		if end, ok := st.walkJSON(rec, i); ok {
			if end < len(rec) {
				st.scanText(rec, end, len(rec))
			}
			if bytes.Contains(rec, []byte(`\n0 `)) {
				st.escapedFrames(rec)
			}
			return
		}
		st.out = st.out[:st.outStart()] // discard a failed walk; scan as text instead
	}
	if isHL7(rec[i:]) {
		st.scanHL7(rec, i, len(rec))
		return
	}
	from := len(st.out)
	st.undated = false
	if st.dotLeaders(rec) || st.datFields(rec) {
		return
	}
	st.scanText(rec, 0, len(rec))
	if bytes.Contains(rec, []byte(`\n0 `)) {
		st.escapedFrames(rec)
	}
	st.delimitedRow(rec, from)
	st.fixedRecord(rec, from)
	st.quotedPrintable(rec)
	st.octalEscapes(rec)
}

// datFields scans a Concordance load file's row without its header (see
// Columns) one field at a time, so that no name runs on across its quotes
// ("Karen Baptisteþ¶þPyxis override report"). It reports whether rec is one.
func (st *state) datFields(rec []byte) bool {
	if !datRow(rec) {
		return false
	}
	var buf [64]span
	fields, _ := splitDAT(buf[:0], rec)
	for _, f := range fields {
		if f.start < f.end {
			st.resetContext()
			st.scanText(rec, f.start, f.end)
		}
	}
	return len(fields) > 0
}

// dotLeaders reads a report's line whose label leads by dots to its value,
// as Epic's Chronicles, IBM i's displays and printed forms write them:
// "110    Birth Date ................. 31082  (02/06/1926)", "City . . . :
// Portage". It reports whether it read one.
func (st *state) dotLeaders(rec []byte) bool {
	head := rec[:min(len(rec), 64)] // a label starts a line; and up to 64 bytes Index compares in one vector pass
	d := bytes.Index(head, []byte(" ..."))
	if d < 0 {
		d = bytes.Index(head, []byte(" . . ."))
	}
	if d < 0 {
		if d = bytes.Index(rec[:min(len(rec), 96)], []byte("....")); d > 0 && !isLetter(rec[d-1]) {
			d = -1 // "CARDHOLDER ID......: ": leaders right after the label; not a path's or a number's dots
		}
	}
	if d < 2 || bytes.IndexByte(rec[:d], '"') >= 0 || bytes.IndexByte(rec[:d], '=') >= 0 {
		return false
	}
	ls := d
	for ls > 0 && rec[ls-1] != '\t' && !(rec[ls-1] == ' ' && ls >= 2 && rec[ls-2] == ' ') && d-ls < 40 {
		ls--
	}
	for ls < d && rec[ls] == ' ' {
		ls++
	}
	for ls < d {
		// "[trx 88808a75] AM04 302-C2 CARDHOLDER ID....": a bracket's
		// tail and codes before the label's words (an NCPDP field's
		// number and ID are the label's).
		sp := bytes.IndexByte(rec[ls:d], ' ')
		if sp <= 0 {
			break
		}
		tok := rec[ls : ls+sp]
		if isLetter(tok[0]) && !hasDigit(tok) || len(tok) == 6 && tok[3] == '-' && allDigits(tok[:3]) {
			break
		}
		ls += sp + 1
	}
	if ls == d || !isAlnum(rec[ls]) || bytes.IndexByte(rec[ls:d], '_') >= 0 && !allUpper(rec[ls:d]) {
		// "PASS unique_stg_contacts_patient_id ...... [PASS in 0.31s]":
		// dbt's test, no label ("07 RESIDENCE_CITY .......: LATHROP" is a
		// form's field)
		return false
	}
	vs := d
	for vs < len(rec) && (rec[vs] == '.' || rec[vs] == ' ' || rec[vs] == ':') {
		vs++
	}
	ve := len(rec)
	for ve > vs && (rec[ve-1] == ' ' || rec[ve-1] == '\r') {
		ve--
	}
	if ve <= vs {
		return false
	}
	if ls > 0 {
		st.scanText(rec, 0, ls) // what stands before the label is read as any text
		st.resetContext()
	}
	key := rec[ls:d]
	kc := st.classifyKey(key, keyClass{})
	for n := 0; kc.cat == 0 && !kc.never() && n < 3; n++ {
		// "[trx 88808a75] AM04 302-C2 CARDHOLDER ID....": the label is
		// the last words before the leaders.
		sp := bytes.IndexByte(key, ' ')
		if sp < 0 {
			break
		}
		ls += sp + 1
		key = rec[ls:d]
		kc = st.classifyKey(key, keyClass{})
	}
	st.field = append(st.field[:0], key...)
	if kc.cat != 0 && !kc.never() {
		st.ctx[kc.cat] = vs
	}
	if kc.cat == 0 || kc.never() || !st.keyedValue(kc, rec, vs, ve) {
		st.scanText(rec, vs, ve)
	}
	st.field = st.field[:0]
	return true
}

// octalEscapes scans rec again with its octal escapes decoded, when the
// scan met UTF-8 written so: protobuf's text format prints "José" as
// "Jos\303\251". What the first scan found stays; finish merges the two.
func (st *state) octalEscapes(rec []byte) {
	if !st.octal {
		return
	}
	st.octal = false
	st.resetContext()
	st.decoded(rec, 0, len(rec), decodeEscapes, func(d []byte) { st.scanText(d, 0, len(d)) })
}

// quotedPrintable scans rec again with its quoted-printable escapes
// decoded, when the scan saw some: a mail body ("Ram=C3=ADrez=0A-- =0A...")
// or an encoded header word ("=?UTF-8?Q?Gladys_Ram=C3=ADrez?="). What the
// first scan found stays; the two are merged by finish.
func (st *state) quotedPrintable(rec []byte) {
	if !st.qp {
		return
	}
	st.qp = false
	st.resetContext()
	st.decoded(rec, 0, len(rec), decodeQP, func(d []byte) { st.scanText(d, 0, len(d)) })
}

// outStart returns where this call's findings start in out.
func (st *state) outStart() int { return st.startLen }

// scanWindows scans long input in windows of maxLine bytes that overlap by
// up to 4 KiB, so an identifier across a boundary is still seen whole.
func (st *state) scanWindows(rec []byte) {
	w := st.s.c.maxLine
	overlap := min(4096, w/4)
	for start := 0; start < len(rec); start += w - overlap {
		end := min(start+w, len(rec))
		st.levels[0].base = start
		st.resetContext()
		st.scanText(rec[start:end], 0, end-start)
		if end == len(rec) {
			break
		}
	}
	st.levels[0].base = 0
}

// emit records a finding at [start, end) in current coordinates.
func (st *state) emit(start, end int, c Category, det string, conf Confidence, byKey bool) {
	if start >= end || !st.s.c.cats.Has(c) || conf < st.s.c.minConf {
		return
	}
	if (st.orgText || st.orgObject || st.clinicianObject) && (c == Address || c == ZIP || c == Phone || c == Fax || c == Email) ||
		(st.orgObject || st.clinicianObject) && c == Name {
		if s, e := st.inputSpan(start, end); s < e {
			st.orgSpans[st.orgN%len(st.orgSpans)] = span{s, e}
			st.orgN++
		}
		return
	}
	if c == Name && !byKey {
		st.lastName = end // in current coordinates, as dates are compared
	} else if c == Date && !byKey {
		st.lastDate = end
	} else if c == MRN && det == "context" {
		st.lastRecord = end
	}
	cur := end
	start, end = st.inputSpan(start, end)
	if start >= end {
		return
	}
	if c == Account && end-start >= 13 && end-start <= 23 && publicTestCard(st.input[start:end]) {
		return // "test card 4242424242424242": a processor's published test number, no one's card
	}
	if c == Phone || c == Fax {
		if !byKey && tollFreeNumber(st.input[start:end]) {
			return // "call 1-800-555-0199": a business's line, no person's, unless a key says whose
		}
		end = phoneExtensionEnd(st.input, end) // "(786) 438-9134 x537": the extension is the number's
	}
	if c == Name && !st.s.c.providers && (doctorTitled(st.input, start, end) || journalAuthor(st.input, start, end)) {
		return // "Dr. Maria Tran": a clinician, in their work, is no patient's PHI; nor a ticket's author
	}
	if st.allowed(c, st.input[start:end]) {
		return
	}
	if det == "context" || det == "plate" {
		st.ctx[c] = -1 << 30 // a keyword vouches for one value, not for the rest of the line
	}
	if (c == MRN || c == HealthPlan) && end+2 < len(st.input) && st.input[end] == ' ' && (st.input[end+1] == '(' || st.input[end+1] == '[') && isUpper(st.input[end+2]) {
		st.ctx[Name] = cur + 2 // "MRN 01143970 (KAMAU, WANJIRU)", "[PARK, MIN-JUN]": whose record it is, in brackets
	}
	f := Finding{Start: start, End: end, Category: c, Detector: det, Confidence: conf, ByKey: byKey}
	if len(st.field) > 0 {
		f.Field = string(st.field)
	}
	st.out = append(st.out, f)
}

// journalAuthor reports whether the name at in[s:e] is who wrote a
// ticket's journal entry, as ServiceNow exports it: "2024-03-12 02:19:47
// EDT - Megan Chen (Work notes)", "(Additional comments)", "SIR0012411
// [Work notes] Ana Delgado (SOC Tier 3): ...".
func journalAuthor(in []byte, s, e int) bool {
	rest := in[e:min(len(in), e+23)]
	before := in[max(0, s-24):s]
	return bytes.HasPrefix(rest, []byte(" (Work notes)")) || bytes.HasPrefix(rest, []byte(" (Additional comments)")) ||
		bytes.HasSuffix(before, []byte("[Work notes] ")) || bytes.HasSuffix(before, []byte("[Additional comments] "))
}

// doctorTitled reports whether the name at in[s:e] is titled as a
// clinician: "Dr. Maria Tran", "Dr Osei", "DR HALE", "RN Alicia Moreno",
// "RPh D. Ames", "Rev. Brennan", "BCBA Hiroshi Abe", the title inside the
// finding or just before it.
func doctorTitled(in []byte, s, e int) bool {
	if t := titleEnd(in, s, e); t > s {
		return true
	}
	k := s
	if k > 0 && in[k-1] == ' ' {
		k--
	}
	if k > 0 && in[k-1] == '.' {
		k--
	}
	if k == s {
		return false
	}
	w := k
	for w > 0 && k-w < 6 && isLetter(in[w-1]) {
		w--
	}
	bounded := w == 0 || !isLetter(in[w-1])
	if w > 0 && in[w-1] == '^' && k-w > 2 && in[w] == 'F' && in[w+1] == 'D' {
		w += 2 // a ZPL label's field, "^FDDr. A. Ruiz"
	}
	if k-w == 3 && bounded && string(in[w:k]) == "med" && w >= 4 && (string(in[w-4:w]) == "Dr. " || string(in[w-3:w]) == "Dr.") {
		return true // German's "Dr. med. Peter Lohmann", "Dr.med. Urs Kälin"
	}
	return k-w >= 2 && k-w <= 4 && bounded && clinicianTitle(in[w:k])
}

// titleEnd returns where a clinician's title that opens in[s:e] ends
// ("Dr. ", "RN "), or s.
func titleEnd(in []byte, s, e int) int {
	k := s
	for k < e && k-s < 3 && isLetter(in[k]) {
		k++
	}
	if k-s < 2 || k >= e || in[k] != '.' && in[k] != ' ' || !clinicianTitle(in[s:k]) {
		return s
	}
	return k
}

// clinicianTitle reports whether w titles a clinician before a name: Dr
// (as chats type it too, "dr Hunter"; Spanish's and Portuguese's Dra),
// RN, RPh, NP, RD (a dietitian), Rev (a chaplain); or a judge, Hon.
func clinicianTitle(w []byte) bool {
	switch string(w) {
	case "Dr", "DR", "dr", "Dra", "DRA", "dra", "RN", "RPh", "NP", "Rev", "LPN", "RD", "RDN", "Hon", "RBT", "BCBA":
		return true
	}
	return false
}

func (st *state) allowed(c Category, v []byte) bool {
	cc := st.s.c
	if len(cc.allowValues) > 0 && cc.allowValues[string(v)] {
		return true
	}
	if c == IP && len(cc.allowCIDRs) > 0 {
		if a, err := netip.ParseAddr(string(v)); err == nil {
			for _, p := range cc.allowCIDRs {
				if p.Contains(a.Unmap()) {
					return true
				}
			}
		}
	}
	for _, re := range cc.allowREs {
		if ok, err := re.MatchString(string(v)); ok || err != nil {
			// A pattern that times out allows nothing: err means no match.
			if ok {
				return true
			}
		}
	}
	return false
}

// finish runs the custom detectors, sorts this call's findings and drops
// duplicates: of two findings over mostly the same bytes, the more certain
// (then the longer) stays.
func (st *state) finish(from int) []Finding {
	if len(st.s.c.custom) > 0 {
		st.runCustom()
	}
	if len(st.out) > from && len(st.input) <= maxRepeatInput {
		st.repeats(from)
	}
	st.dropUnclaimed(from)
	if slices.ContainsFunc(st.out[from:], cefExternalID) && bytes.Contains(st.input, []byte("CEF:")) {
		st.drop(from, cefExternalID) // CEF's externalId: the event's number in its source, no one's
	}
	st.rowRecordNumber(from)
	st.rowNameNumber(from)
	fs := st.out[from:]
	slices.SortFunc(fs, func(a, b Finding) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	keep := fs[:0]
	for _, f := range fs {
		if n := len(keep); n > 0 {
			p := &keep[n-1]
			ov := min(p.End, f.End) - max(p.Start, f.Start)
			if ov > 0 && (ov*2 >= f.Len() || ov*2 >= p.Len()) {
				if better(f, *p) {
					*p = f
				}
				continue
			}
		}
		keep = append(keep, f)
	}
	return st.out[:from+len(keep)]
}

// dropUnclaimed removes the coordinates and the event dates found in a
// record that names no one: a patient's check-in or a pendant's alarm
// holds a person's place, an ambulance's or a courier's position ping
// does not; a specimen's collection date is its patient's, a billing
// period's is no one's; an instant under "start" is a patient's only in
// an appointment's record, an "event_date" only in an incident's. A phone
// names no one for a date: a sender pool's and a help desk's are as
// common; an email reported is a person's (role mailboxes and
// organisations' are not reported). A messaging provider's callback names
// the service's own number beside its patient's (see dropOwnNumber), a
// device management record the organisation's devices (see
// dropManagedDevice).
func (st *state) dropUnclaimed(from int) {
	geo, dated, slotted, incident, someone, person := false, false, false, false, false, false
	for _, f := range st.out[from:] {
		switch {
		case f.Detector == "geo":
			geo = true
		case unclaimedDate(f):
			dated = true
		case f.Detector == "slot_date":
			slotted = true
		case f.Detector == "incident_date":
			incident = true
		case f.Category != IP && f.Category != URL && f.Category != Device && f.Category != Vehicle || f.Detector == "personal_url": // a profile's page names its person
			someone = true
			person = person || f.Category != Phone && f.Category != Fax && f.Category != License
		}
	}
	if st.fleet {
		// "unit=V-247 plate=XTC 4252": a plate read before the unit was.
		st.drop(from, fleetFinding)
	}
	booked := slotted && person && appointmentRecord(st.input)
	reported := incident && person && incidentRecord(st.input)
	if dated && !person && clinicalNote(st.input) {
		person = true // "Pt c/o dizzy since March 2, 2024": a note about the patient, who it need not name
	}
	if geo && !someone || dated && !person || slotted || incident {
		st.drop(from, func(f Finding) bool {
			return f.Detector == "geo" && !someone || unclaimedDate(f) && !person ||
				f.Detector == "slot_date" && (!booked || workField(f.Field)) ||
				f.Detector == "incident_date" && !reported
		})
	}
	if slices.ContainsFunc(st.out[from:], senderOrReceiver) {
		st.dropOwnNumber(from)
	}
	if slices.ContainsFunc(st.out[from:], badgeHolderFinding) && accessControlEvent(st.input) && !containsAnyFold(st.input, "visitor", "visiting", "family") {
		// "ACCESS GRANTED door=B1-AUTOPSY badge=0043317 cardholder=...": a
		// door's reader lets staff in, by the badge's card; a visitor's
		// pass is a patient's family's.
		st.drop(from, badgeHolderFinding)
	}
	if len(st.out) > from && st.out[from].Category == IP && st.out[from].Start == 0 && machineRequest(st.input, st.out[from].End) {
		// "54.172.60.52 - - [...] \"POST /webhooks/twilio/inbound": a
		// provider's server calling back, or a scanner's probe, not a
		// person's browser.
		st.drop(from, func(f Finding) bool { return f.Category == IP && f.Start == 0 })
	}
	if slices.ContainsFunc(st.out[from:], func(f Finding) bool { return f.Category == Device }) {
		st.dropManagedDevice(from)
	}
	if len(st.out) > from && bytes.IndexByte(st.input, '#') > 0 && bytes.Contains(st.input, []byte(`"kind":"admin#reports#activity"`)) {
		st.dropWorkspaceOwn(from)
	}
	if slices.ContainsFunc(st.out[from:], telephoneFinding) && faxReceipt(st.input) && !slices.ContainsFunc(st.out[from:], func(f Finding) bool { return f.Category == Name }) {
		// "RECV FAX ... from (216) 555-0191, CSID \"CLEVELAND FAM MED\"": a fax
		// server's receipt, the sender's line an office's, unless its
		// station ID names a person.
		st.drop(from, func(f Finding) bool { return telephoneFinding(f) && !f.ByKey })
	}
	if slices.ContainsFunc(st.out[from:], func(f Finding) bool { return f.Category == Photo }) {
		st.drop(from, st.brandImage) // (photos are rare: the common record pays one pass over its findings)
	}
	if slices.ContainsFunc(st.out[from:], eventRecordNumber) && windowsEventRecord(st.input) {
		st.drop(from, eventRecordNumber) // "RecordNumber": 5289206 beside "EventID" and "Channel": the event log's own
	}
	if st.placeNamed && !slices.ContainsFunc(st.out[from:], func(f Finding) bool { return (personal(f) || personField(f.Field)) && !unclaimedDate(f) }) {
		// "location record updated {"facility": "Harbor Behavioral Health",
		// "address": ..., "phone": ...}": the place's own, naming no one;
		// its dates ("sched=2024-12-20") are the place's too.
		st.drop(from, func(f Finding) bool {
			return (f.Category == Address || f.Category == ZIP || f.Category == Phone || f.Category == Fax) && !narrativeField(f.Field) && !personSegmentField(f.Field) ||
				unclaimedDate(f)
		})
	}
}

// clinicalNote reports whether b has "Pt" or "pt" as a word, as
// clinicians write "the patient" in their notes ("Patient Relations" is a
// department as often).
func clinicalNote(b []byte) bool {
	for k := 0; ; {
		i := indexFold(b[k:], "pt ")
		if i < 0 {
			return false
		}
		// (not "PT ", physical therapy)
		if i += k; b[i+1] == 't' && (i == 0 || !isLetter(b[i-1]) && !isDigit(b[i-1]) && b[i-1] != '_' && b[i-1] != '-' && b[i-1] != '.') {
			return true
		}
		k = i + 3
	}
}

// machineRequest reports whether an access log's line, its client's
// address ending at rec[k], is a machine's request: to a webhook (its
// path's first 96 bytes hold "/webhook" or "/hooks/"), or a crawler's or
// a vulnerability scanner's for a path every such tool asks for
// ("GET /.git/config", "/wp-login.php", "/robots.txt").
func machineRequest(rec []byte, k int) bool {
	s := requestPath(rec, k, len(rec))
	if s == 0 {
		return false
	}
	path := rec[s:min(len(rec), s+96)]
	if indexFold(path, "/webhook") >= 0 || indexFold(path, "/hooks/") >= 0 {
		return true
	}
	for _, p := range probePaths {
		if hasPrefixFold(path, p) {
			return true
		}
	}
	return false
}

// probePaths are the paths crawlers and vulnerability scanners ask every
// server for; no person's browser requests them.
var probePaths = [...]string{"/.git/", "/.env", "/.aws/", "/.DS_Store", "/wp-login.php", "/wp-includes/", "/xmlrpc.php",
	"/phpmyadmin", "/actuator", "/boaform", "/HNAP1", "/vendor/phpunit", "/server-status", "/robots.txt", "/sitemap.xml"}

// unclaimedDate reports whether f is a day a record's other findings
// make a person's or no one's (see dropUnclaimed).
func unclaimedDate(f Finding) bool { return f.Detector == "event_date" || f.Detector == "record_date" }

// telephoneFinding reports whether f is a telephone's or a fax's number.
func telephoneFinding(f Finding) bool { return f.Category == Phone || f.Category == Fax }

// faxReceipt reports whether rec is a fax server's record of a fax
// received: HylaFAX's "RECV FAX", its xferfaxlog's "RECV" rows.
func faxReceipt(rec []byte) bool {
	return bytes.Contains(rec, []byte("RECV")) && (bytes.Contains(rec, []byte("FAX")) || bytes.Contains(rec, []byte("fax")))
}

// drop removes this call's findings (from st.out[from:]) that gone reports.
func (st *state) drop(from int, gone func(Finding) bool) {
	st.out = st.out[:from+len(slices.DeleteFunc(st.out[from:], gone))]
}

// dropWorkspaceOwn removes from a Google Workspace audit event what is
// the organisation's: its customer ID, and the addresses on its actor's
// domain (a file's owner, a calendar's); a patient's address, a
// document's title, stay.
func (st *state) dropWorkspaceOwn(from int) {
	rec := st.input
	var domain []byte
	if a := bytes.Index(rec, []byte(`"actor":{`)); a >= 0 {
		if m := bytes.Index(rec[a:min(len(rec), a+160)], []byte(`"email":"`)); m >= 0 {
			v := rec[a+m+9:]
			if q := bytes.IndexByte(v, '"'); q > 0 {
				if at := bytes.LastIndexByte(v[:q], '@'); at > 0 {
					domain = v[at:q] // "@juniperhill-dpc.com"
				}
			}
		}
	}
	own := string(domain)
	st.drop(from, func(f Finding) bool {
		return f.Field == "id.customerId" || f.Category == Email && len(own) > 1 && hasSuffixFold(rec[f.Start:f.End], own)
	})
}

// dropManagedDevice removes what an Intune or a Jamf record of an
// enrolled device holds: the organisation's phone or tablet, and the
// staff it is issued to; unless the record names the patient a loaner is
// lent to (in its notes or its name, read as text).
func (st *state) dropManagedDevice(from int) {
	if !managedDeviceRecord(st.input) ||
		slices.ContainsFunc(st.out[from:], func(f Finding) bool { return narrativeField(f.Field) || f.Detector != "key" && f.Category != Device }) {
		return
	}
	st.drop(from, func(f Finding) bool { return (f.Category == Device || f.Detector == "key") && !narrativeField(f.Field) })
}

// brandImage reports whether f is an image its key or the words just
// before it say is a logo, an icon or a watermark ("logo=data:image/png;...",
// "asset":"clinic-logo@2x.png","b64":"..."): an organisation's, no face.
func (st *state) brandImage(f Finding) bool {
	if f.Category != Photo || f.Start < 0 || f.Start > len(st.input) {
		return false
	}
	return brandWord([]byte(lastField(f.Field))) || brandWord(st.input[max(0, f.Start-48):f.Start])
}

// brandWord reports whether b holds "logo", "icon", "brand" or
// "watermark" as a word or a compound's part ("clinic-logo@2x.png",
// "brand-assets", "branding"), not inside a name ("ibrandao", "BRANDI").
func brandWord(b []byte) bool {
	for _, w := range [...]string{"logo", "icon", "brand", "watermark"} {
		for k := 0; k+len(w) <= len(b); {
			i := indexFold(b[k:], w)
			if i < 0 {
				break
			}
			s, e := k+i, k+i+len(w)
			for _, suffix := range [...]string{"ing", "s"} {
				if e+len(suffix) <= len(b) && equalFold(b[e:e+len(suffix)], suffix) && (e+len(suffix) == len(b) || !isLetter(b[e+len(suffix)])) {
					e += len(suffix)
					break
				}
			}
			if (s == 0 || !isLetter(b[s-1])) && (e == len(b) || !isLetter(b[e])) {
				return true
			}
			k = s + 1
		}
	}
	return false
}

// eventRecordNumber reports whether f is a number under "RecordNumber",
// which a Windows event numbers itself by.
func eventRecordNumber(f Finding) bool {
	return f.Category == MRN && f.Detector == "key" && strings.EqualFold(lastField(f.Field), "RecordNumber")
}

// windowsEventRecord reports whether a record is a Windows event, as
// NXLog, Snare or Get-WinEvent print one.
func windowsEventRecord(rec []byte) bool {
	return containsAnyFold(rec, "eventid", "taskcategory", "opcodevalue", "sourcename")
}

// senderOrReceiver reports whether f is a phone number under "to" or
// "from": a message's or a call's ends.
func senderOrReceiver(f Finding) bool {
	l := lastField(f.Field)
	return f.Category == Phone && (strings.EqualFold(l, "to") || strings.EqualFold(l, "from"))
}

// dropOwnNumber removes the service's own number from a messaging
// provider's callback, and where the number is: the receiver of an inbound
// message or call, the sender of an outbound one.
func (st *state) dropOwnNumber(from int) {
	own := ownNumberField(st.input)
	if own == "" {
		return
	}
	st.drop(from, func(f Finding) bool {
		l := lastField(f.Field)
		if p := strings.TrimSuffix(f.Field, l); len(p) > 1 && st.classifyKey([]byte(lastField(p[:len(p)-1])), keyClass{}).cat == Phone {
			return false // "changes": {"phone": {"from": ..., "to": ...}}: a change's old and new values, the person's
		}
		if f.Category == Phone {
			return strings.EqualFold(l, own)
		}
		// Twilio's "ToZip", "ToCity": where the service's own number is.
		return (f.Category == ZIP || f.Category == Address) && len(l) > len(own) && strings.EqualFold(l[:len(own)], own) &&
			(strings.EqualFold(l[len(own):], "zip") || strings.EqualFold(l[len(own):], "city"))
	})
}

// badgeHolderFinding reports whether f is a name, or a card's number
// under a key ("cardNumber"), as an access control event carries them.
func badgeHolderFinding(f Finding) bool {
	return f.Category == Name || f.Category == Account && f.ByKey
}

// accessControlEvent reports whether rec is a physical access control
// system's event: a door's or a reader's, granted or denied.
func accessControlEvent(rec []byte) bool {
	return containsAnyFold(rec, "granted", "denied") && (wordFold(rec, "door") || wordFold(rec, "reader") || wordFold(rec, "rdr"))
}

// ownNumberField names the field of a telephony callback that holds the
// service's own number: "To" for an inbound message or call (Twilio's
// "Direction=inbound", "SmsStatus=received"), "From" for the status of an
// outbound one ("SmsStatus=delivered", "direction":"outbound-api"); ""
// when the record is no such callback.
func ownNumberField(rec []byte) string {
	for _, m := range ownNumberMarks {
		if indexFold(rec, m.mark) >= 0 {
			return m.own
		}
	}
	// A gateway's own words for the direction: "evt=outbound",
	// "INFO inbound sid=...", "Inbound SMS received".
	if wordFold(rec, "outbound") {
		return "from"
	}
	if wordFold(rec, "inbound") {
		return "to"
	}
	return ""
}

// wordFold reports whether w (lower case) is in rec, whatever its case,
// as a word of its own: no letter either side.
func wordFold(rec []byte, w string) bool {
	for k := 0; k+len(w) <= len(rec); {
		i := indexFold(rec[k:], w)
		if i < 0 {
			return false
		}
		i += k
		if (i == 0 || !isLetter(rec[i-1])) && (i+len(w) == len(rec) || !isLetter(rec[i+len(w)])) {
			return true
		}
		k = i + 1
	}
	return false
}

// ownNumberMark is a mark of a callback's direction and the field that
// holds the service's own number when the record has it.
type ownNumberMark struct{ mark, own string }

// ownNumberMarks are the marks of ownNumberField, each JSON pair also
// with a space after its colon, as Python's json.dumps writes it
// ("Status": "received").
var ownNumberMarks = func() []ownNumberMark {
	marks := []ownNumberMark{
		{"direction=inbound", "to"}, {`"direction":"inbound"`, "to"}, {"smsstatus=received", "to"},
		{"dir=inbound", "to"}, {`"dir":"inbound"`, "to"}, {"dir=outbound", "from"}, {`"dir":"outbound"`, "from"},
		{`/inbound"`, "to"}, // a webhook's path: "webhook": "/twilio/inbound"
		{"direction=outbound", "from"}, {`"direction":"outbound`, "from"},
		{"smsstatus=delivered", "from"}, {"smsstatus=sent", "from"}, {"smsstatus=failed", "from"}, {"smsstatus=undelivered", "from"},
		{"messagestatus=delivered", "from"}, {"messagestatus=sent", "from"}, {"messagestatus=failed", "from"}, {"messagestatus=undelivered", "from"},
		{`"messagestatus":"delivered"`, "from"}, {`"messagestatus":"sent"`, "from"}, {`"messagestatus":"failed"`, "from"},
		{`"messagestatus":"undelivered"`, "from"}, {`"messagestatus":"queued"`, "from"}, {`"smsstatus":"received"`, "to"},
		{"sms queued", "from"}, {"sms sent", "from"}, {"reminder sent", "from"},
		// An outbound message's own states, and a template it was made from.
		{"status=queued", "from"}, {"status=sent", "from"}, {"status=delivered", "from"}, {"status=undelivered", "from"},
		{`"status":"received"`, "to"}, {`"status":"queued"`, "from"}, {`"status":"sent"`, "from"}, {`"status":"delivered"`, "from"}, {`"status":"undelivered"`, "from"},
		{"template=", "from"}, {"sms.dispatch", "from"}, {"sms dispatched", "from"}, {"sms.send", "from"}, {"/sms/send", "from"},
		// A call log exported as CSV, its direction a column of its own.
		{",inbound,", "to"}, {",outbound-api,", "from"}, {",outbound-dial,", "from"}, {",outbound-reply,", "from"},
		// An inbound message's media count, when no status says more.
		{"nummedia=", "to"}, {`"nummedia"`, "to"},
		// An event named for its direction: "sms.outbound to=... from=...".
		{".outbound", "from"}, {".inbound", "to"},
	}
	for _, m := range marks {
		if strings.Contains(m.mark, `":"`) {
			marks = append(marks, ownNumberMark{strings.Replace(m.mark, `":"`, `": "`, 1), m.own})
		}
	}
	return marks
}()

// managedDeviceRecord reports whether a record is a device management
// service's (Intune's managedDevice, Jamf's webhooks, Workspace ONE's
// events): an enrolled device is the organisation's, its users its staff
// (a patient's loaner is named in its notes).
func managedDeviceRecord(rec []byte) bool {
	return containsAnyFold(rec, "manageddeviceownertype", "deviceenrollmenttype", "compliancestate", "jssid", "compliancestatus", "enrollmentuser")
}

// lastField returns the last key of a field's path ("output.from" gives "from").
func lastField(field string) string {
	if d := strings.LastIndexByte(field, '.'); d >= 0 {
		return field[d+1:]
	}
	return field
}

// rowRecordNumber reports the first field of a delimited row without
// keys ("E0370448|YILMAZ|EMRE|19741017|M|482533638|..."), as loads,
// diffs and rejected-row files print patients, when it reads as a
// record's number and the row names a person and their birth date or SSN,
// and no other number of theirs.
func (st *state) rowRecordNumber(from int) {
	in := st.input
	if len(in) < 24 || !isAlnum(in[0]) {
		return
	}
	d := 0
	for d < len(in) && d < 16 && isAlnum(in[d]) {
		d++
	}
	if d == len(in) || in[d] != '|' && in[d] != '\t' && in[d] != ',' {
		return
	}
	v := in[:d]
	if !(prefixedRecordNumber(v) && d <= 12) && !(allDigits(v) && d >= 7 && d <= 10 && !calendarDate(v) && !epochLike(v)) ||
		bytes.Count(in, in[d:d+1]) < 4 {
		return
	}
	// The record's other numbers may follow the first, before its names:
	// "8833230|71662|278792|VAN DER BERG,PIETER J|05/14/2018|...", a
	// visit's, the patient's entry and their chart number.
	var more [2]span
	nmore := 0
	for k := d + 1; nmore < len(more); nmore++ {
		e := k
		for e < len(in) && e-k <= 12 && isAlnum(in[e]) {
			e++
		}
		w := in[k:e]
		if e == len(in) || in[e] != in[d] || !(prefixedRecordNumber(w) || allDigits(w) && len(w) >= 5 && len(w) <= 10 && !calendarDate(w)) {
			break
		}
		more[nmore] = span{k, e}
		k = e + 1
	}
	end := d
	if nmore > 0 {
		end = more[nmore-1].end
	}
	named, vouched := false, false
	for _, f := range st.out[from:] {
		if f.Start < end {
			return // read already
		}
		if idCategories.Has(f.Category) && f.Category != SSN {
			return // the row's patient has a number; the first field is the row's own ("052614,RKC0057899,...")
		}
		named = named || f.Category == Name
		vouched = vouched || f.Category == Date || f.Category == SSN
	}
	c := MRN
	k := 0
	for k < d && isUpper(v[k]) {
		k++
	}
	if set, ok := keywordSet(v[:k]); ok && k > 0 && set.Has(Account) {
		c = Account // "HAR605181156": a hospital account record, by its prefix
	}
	if named && vouched && st.s.c.cats.Has(c) {
		if !transactionPrefix(v[:k]) {
			st.emit(0, d, c, "row_id", Low, false) // not "CLM2403123928,...": a claim's, the row's own
		}
		for _, m := range more[:nmore] {
			st.emit(m.start, m.end, MRN, "row_id", Low, false)
		}
	}
}

// cefExternalID reports whether f was found under a key "externalId".
func cefExternalID(f Finding) bool {
	return len(f.Field) == 10 && strings.EqualFold(f.Field, "externalid")
}

// rowNameNumber reports the field just before a delimited row's first
// name, as exports, loads and rejected rows print a patient
// ("LKH6178094,Jaramillo,Mateo,2006-01-25", "V0047507567|43351789|Patel,
// Renée|1946-08-20"): the number the row files them under, when it holds
// five digits or more and the row dates them. A row's own transaction
// ("INV-57631"), a clinician's NPI, a day or an instant is not theirs.
func (st *state) rowNameNumber(from int) {
	in := st.input
	name, vouched := -1, false
	for _, f := range st.out[from:] {
		if f.Category == Name && f.Field == "" && (name < 0 || f.Start < name) {
			name = f.Start
		}
		vouched = vouched || f.Category == Date || f.Category == SSN
	}
	if name < 4 || !vouched {
		return
	}
	e := name
	if in[e-1] == '"' || in[e-1] == '\'' {
		e--
	}
	d := in[e-1]
	if d != ',' && d != '|' && d != '\t' && d != ';' || bytes.Count(in, in[e-1:e]) < 3 {
		return
	}
	ve := e - 1
	quoted := ve > 0 && (in[ve-1] == '"' || in[ve-1] == '\'')
	if quoted {
		ve--
	}
	vs := ve
	for vs > 0 && ve-vs <= 16 && (isAlnum(in[vs-1]) || in[vs-1] == '-') {
		vs--
	}
	fs := vs
	if quoted {
		fs--
	}
	if fs < 0 || quoted && in[fs] != in[ve] || fs > 0 && in[fs-1] != d && (quoted || in[fs-1] != '"') {
		return // a field of the row, or its first after a quote: `line 6717: "LKH6178094,Jaramillo,...`
	}
	v := in[vs:ve]
	digits := 0
	for _, c := range v {
		if isDigit(c) {
			digits++
		} else if isLower(c) {
			return // "req-20780": a program's own handle
		}
	}
	if len(v) > 16 || digits < 5 || calendarDate(v) || epochLike(v) || len(v) == 10 && allDigits(v) && validNPI(v) ||
		transactionPrefix(capitalsPrefix(v)) || v[0] == '-' || v[len(v)-1] == '-' {
		return
	}
	for _, f := range st.out[from:] {
		if f.Start < ve && f.End > vs {
			return // read already
		}
	}
	st.emit(vs, ve, MRN, "row_id", Low, false)
}

// appointmentRecord reports whether a record speaks of an appointment
// (or of a scheduling tool's invitee, who booked one), whose start and
// end under "start" and "end" are its patient's dates (a job's, a
// span's or a query's are no one's).
func appointmentRecord(rec []byte) bool {
	return containsAnyFold(rec, "appoint", "appt", "booking", "booked", "visit", "invitee")
}

// incidentRecord reports whether a record speaks of an incident in care
// (an occurrence report, a fall with injury, a claim or a complaint for
// one), whose "event_date" is its patient's (an analytics event's, a
// life event's in HR, are not).
func incidentRecord(rec []byte) bool {
	return containsAnyFold(rec, "incident", "occurrence", "injur", "adverse", "safety", "claim", "complaint", "grievance")
}

// workField reports whether a field is a piece of work's, whose start
// and end are no patient's: a job's, a task's, a span's, a staff shift's,
// an alert's ("jobStats.startTime", "shift.start", "alerts[0].startsAt").
func workField(field string) bool {
	field = strings.ToLower(field)
	for _, w := range [...]string{"job", "task", "span", "shift", "build", "run", "query", "step", "alert"} {
		if strings.Contains(field, w) {
			return true
		}
	}
	return false
}

// narrativeField reports whether a field's last key holds prose, which may
// speak of a person the record's keys do not name ("narrative": "Patient
// requests ... her home fax ...").
func narrativeField(field string) bool {
	field = lastField(field)
	for _, w := range [...]string{"narrative", "note", "notes", "comment", "comments", "message", "msg", "text", "body", "description"} {
		if strings.EqualFold(field, w) {
			return true
		}
	}
	return false
}

// personSegmentField reports whether a field is in an HL7 segment of a
// person ("PID.13", "NK1-5"): a patient's or a relative's, whatever else
// the record names.
func personSegmentField(field string) bool {
	if d := strings.LastIndexByte(field, '.'); d >= 0 && d+1 < len(field) && !isDigit(field[d+1]) {
		field = field[d+1:]
	}
	if len(field) < 4 {
		return false
	}
	for _, seg := range [...]string{"PID", "NK1", "GT1", "IN1", "IN2", "PD1"} {
		if strings.EqualFold(field[:3], seg) {
			return field[3] == '.' || field[3] == '-' || field[3] == '_'
		}
	}
	return false
}

// publicTestCard reports whether v, a card number perhaps in groups, is
// one the processors publish for tests (Stripe's, Braintree's, Adyen's,
// Authorize.Net's):
// no card anyone holds.
func publicTestCard(v []byte) bool {
	var buf [24]byte
	return len(v) <= len(buf) && testCards[string(digitsIn(buf[:0], v))]
}

var testCards = map[string]bool{
	"4242424242424242": true, "4111111111111111": true, "4012888888881881": true, "4000056655665556": true,
	"4000000000000002": true, "5555555555554444": true, "5105105105105100": true, "2223003122003222": true,
	"378282246310005": true, "371449635398431": true, "6011111111111117": true, "6011000990139424": true,
	"3056930009020004": true, "36227206271667": true, "3566002020360505": true, "6200000000000005": true,
	// Authorize.Net's
	"4007000000027": true, "4012888818888": true, "5424000000000015": true, "2223000010309703": true, "2223000010309711": true,
	"370000000000002": true, "6011000000000012": true, "3088000000000017": true, "38000000000006": true,
}

// tollFreeNumber reports whether the phone number v is toll-free.
func tollFreeNumber(v []byte) bool {
	var d [11]byte
	n := 0
	if len(v) > 3 && v[0] == '%' && v[1] == '2' && (v[2] == 'B' || v[2] == 'b') {
		v = v[3:] // "%2B18885550123": a '+' as a query escapes it
	}
	for _, c := range v {
		if isDigit(c) {
			if n == len(d) {
				return false
			}
			d[n] = c
			n++
		}
	}
	return (n == 10 || n == 11 && d[0] == '1') && tollFree(d[n-10:n])
}

// personField reports whether a field's path names a person's value:
// "pt_city", "patient.address", "home_phone".
func personField(field string) bool {
	for w := range strings.SplitSeq(NormalizeKey(field), "_") {
		if personWords[w] || w == "home" || w == "mailing" || w == "residence" || w == "residential" {
			return true
		}
	}
	return false
}

// personal reports whether f names or identifies a person: anything but
// an address, a number to call, a network's or a device's identifier.
func personal(f Finding) bool {
	switch f.Category {
	case Address, ZIP, Phone, Fax, IP, URL, Device, Vehicle:
		return false
	}
	return true
}

// placeNameKey reports whether key names a place or an organisation by
// its name: "facility", "LocationName", "practice_name".
func placeNameKey(key []byte) bool {
	if len(key) < 5 || len(key) > 20 {
		return false
	}
	switch key[0] | 0x20 {
	case 'f', 'o', 'p', 'c', 'h', 'l', 's', 'i':
	default:
		return false
	}
	var buf [20]byte
	n := 0
	for _, c := range key {
		if isLetter(c) {
			buf[n] = lower(c)
			n++
		}
	}
	switch string(buf[:n]) {
	case "facility", "facilityname", "organization", "organisation", "organizationname", "practice", "practicename",
		"clinic", "clinicname", "hospital", "hospitalname", "locationname", "sitename", "pharmacy", "pharmacyname",
		"payer", "payername", "payor", "insurer":
		return true
	}
	return false
}

// maxRepeatInput and maxRepeatValues bound the search for repeats.
const (
	maxRepeatInput  = 64 << 10
	maxRepeatValues = 32
	maxRepeats      = 2
)

// repeatCategories are the categories whose values are searched for
// again: those a record repeats without the context that found them
// first. Dates and ages are left out: a date found once recurs in the
// log's own timestamps, an age in any count. So are the values found by
// their shape wherever they stand (addresses on the network, emails,
// phones, URLs, images), and the identifiers that the corpora never showed
// repeated, for which the search cost time and found nothing.
var repeatCategories = SetOf(Name, Address, SSN, MRN, HealthPlan, Phone)

// repeats reports again, wherever else it stands in the input as a word of
// its own, a value found once: Django's "VALUES ('Yuki', 'Okafor') ...
// args=('Yuki', 'Okafor')", a name a message repeats.
func (st *state) repeats(from int) {
	in := st.input
	n := min(len(st.out)-from, maxRepeatValues)
	for i := from; i < from+n; i++ {
		f := st.out[i]
		if !repeatCategories.Has(f.Category) || f.Len() < 3 || f.Len() > 64 || f.Len() < 4 && !isLetter(in[f.Start]) ||
			!wordByte(in[f.Start]) || !wordByte(in[f.End-1]) {
			continue
		}
		v := in[f.Start:f.End]
		if f.Category == Phone && tollFreeNumber(v) {
			continue // a business's line, wherever else the record prints it
		}
		if st.searched(from, i, v) {
			continue // the same value, found twice already
		}
		var found [maxRepeats + 1]int
		n, seen := 0, 0
		for at := 0; at+len(v) <= len(in) && n <= maxRepeats && seen <= maxRepeats+2; {
			// The value's first byte, then the rest: values are short and
			// mostly unique, and this is cheaper than a general search.
			k := bytes.IndexByte(in[at:len(in)-len(v)+1], v[0])
			if k < 0 {
				break
			}
			s, e := at+k, at+k+len(v)
			if string(in[s+1:e]) != string(v[1:]) {
				at = s + 1
				continue
			}
			at = e
			if s == f.Start || s > 0 && wordByte(in[s-1]) && !zplData(in, s) || e < len(in) && wordByte(in[e]) {
				continue // ... a label's barcode, "^FD02219341^FS", is a word of its own
			}
			if seen++; st.covered(from, s, e) || f.Category == Name && !st.s.c.providers && doctorTitled(in, s, e) || timeZoneArea(in, s) {
				continue // ... or "America/Chicago": a time zone's city
			}
			if key := keyBefore(in, s); len(key) > 0 {
				if kc := st.classifyKey(key, keyClass{}); kc.never() || kc.cat != 0 && kc.cat != f.Category {
					continue // {"orderId": "ORD-2024-187101"}: its key says what it is
				}
			}
			found[n] = s
			n++
		}
		if n > maxRepeats || seen > maxRepeats+2 {
			continue // an account, a tenant, a host: what a record says over and over is seldom a person's
		}
		for _, s := range found[:n] {
			st.out = append(st.out, Finding{Start: s, End: s + len(v), Category: f.Category, Detector: "repeat", Confidence: f.Confidence})
		}
	}
}

// zplData reports whether a ZPL field's data starts at b[s]: "^FD...".
func zplData(b []byte, s int) bool {
	return s >= 3 && b[s-3] == '^' && b[s-2] == 'F' && b[s-1] == 'D'
}

// timeZoneArea reports whether an IANA time zone's area and its '/' end
// at b[s] ("America/Chicago", "Europe/Berlin").
func timeZoneArea(b []byte, s int) bool {
	if s < 3 || b[s-1] != '/' {
		return false
	}
	k := s - 1
	for k > 0 && isLetter(b[k-1]) {
		k--
	}
	switch string(b[k : s-1]) {
	case "America", "Europe", "Asia", "Africa", "Australia", "Pacific", "Atlantic", "Indian", "US", "Canada", "Antarctica":
		return true
	}
	return false
}

// searched reports whether a finding in st.out[from:i] holds the same
// value as v, so that its repeats were searched for already.
func (st *state) searched(from, i int, v []byte) bool {
	for _, f := range st.out[from:i] {
		if f.Len() == len(v) && string(st.input[f.Start:f.End]) == string(v) {
			return true
		}
	}
	return false
}

// keyBefore returns the key of the value at in[s] when one stands right
// before it: "key": "value", key=value, key: value; or nil.
func keyBefore(in []byte, s int) []byte {
	k := s
	if k > 0 && (in[k-1] == '"' || in[k-1] == '\'') {
		k--
	}
	for k > 0 && in[k-1] == ' ' {
		k--
	}
	if k == 0 || in[k-1] != ':' && in[k-1] != '=' {
		return nil
	}
	k--
	for k > 0 && in[k-1] == ' ' {
		k--
	}
	e := k
	if k > 0 && in[k-1] == '"' {
		e--
		k--
	}
	for k > 0 && e-k < 64 && (isAlnum(in[k-1]) || in[k-1] == '_' || in[k-1] == '.' || in[k-1] == '-') {
		k--
	}
	return in[k:e]
}

// wordByte reports whether c continues a word or a number.
func wordByte(c byte) bool { return isAlnum(c) || c >= 0x80 || c == '_' }

// covered reports whether a finding from st.out[from:] overlaps [s, e).
func (st *state) covered(from, s, e int) bool {
	for _, f := range st.out[from:] {
		if f.Start < e && s < f.End {
			return true
		}
	}
	for _, o := range st.orgSpans[:min(st.orgN, len(st.orgSpans))] {
		if o.start < e && s < o.end {
			return true // "St. Brigid Medical Center, 1200 Meridian Pkwy, Columbus, OH": its city, no one's name
		}
	}
	return false
}

// inputSpan returns [start, end) in current coordinates as offsets into
// the input, or an empty span when they fall outside it.
func (st *state) inputSpan(start, end int) (int, int) {
	for l := len(st.levels) - 1; l >= 0; l-- {
		lv := st.levels[l]
		if lv.m != nil {
			start, end = int(lv.m[start]), int(lv.m[end])
		} else {
			start, end = start+lv.base, end+lv.base
		}
	}
	if start < 0 || end > len(st.input) || start >= end {
		return 0, 0
	}
	return start, end
}

// better reports whether a should replace b when they cover the same bytes.
func better(a, b Finding) bool {
	if a.ByKey != b.ByKey {
		return a.ByKey
	}
	if a.Confidence != b.Confidence {
		return a.Confidence > b.Confidence
	}
	if (a.Detector == "context") != (b.Detector == "context") {
		return b.Detector == "context" // a named detector beats a guess from context
	}
	return a.Len() > b.Len()
}

// runCustom runs the policy's regular-expression detectors over the input:
// those without keywords always, the others only when one Aho-Corasick pass
// over the input found one of their keywords.
func (st *state) runCustom() {
	text := st.input
	cc := st.s.c
	var hit [64]bool
	var more map[int]bool
	if cc.keywords != nil {
		it := cc.keywords.IterOverlappingByte(text)
		for m := it.Next(); m != nil; m = it.Next() {
			d := cc.keywordOwner[m.Pattern()]
			if d < len(hit) {
				hit[d] = true
			} else {
				if more == nil {
					more = map[int]bool{}
				}
				more[d] = true
			}
		}
	}
	for i, d := range cc.custom {
		if len(d.keywords) > 0 && !(i < len(hit) && hit[i] || more[i]) {
			continue
		}
		st.runPattern(d, text)
	}
}

func (st *state) runPattern(d customDetector, text []byte) {
	// regexp2 works on runes: map rune indexes back to byte offsets.
	str := string(text)
	m, err := d.re.FindStringMatch(str)
	runeToByte := runeOffsets(str)
	for n := 0; m != nil && err == nil && n < 1000; n++ {
		g := &m.Group
		if d.group > 0 {
			if gg := m.GroupByNumber(d.group); gg != nil && len(gg.Captures) > 0 {
				g = gg
			}
		}
		if g.Length > 0 {
			start, end := runeToByte(g.Index), runeToByte(g.Index+g.Length)
			if !st.allowed(d.cat, text[start:end]) && st.s.c.cats.Has(d.cat) && d.conf >= st.s.c.minConf {
				st.out = append(st.out, Finding{Start: start, End: end, Category: d.cat, Detector: d.id, Confidence: d.conf})
			}
		}
		m, err = d.re.FindNextMatch(m)
	}
}

// runeOffsets returns a function from rune index to byte offset in s.
func runeOffsets(s string) func(int) int {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return func(i int) int { return i }
	}
	offs := make([]int, 0, len(s)+1)
	for i := range s {
		offs = append(offs, i)
	}
	offs = append(offs, len(s))
	return func(i int) int {
		if i >= len(offs) {
			return len(s)
		}
		return offs[i]
	}
}

// fleetFinding reports whether f is what a fleet's record holds of its
// own: its vehicles, their devices (a tablet's serial, a tracker's IMEI),
// its drivers' licences and names.
func fleetFinding(f Finding) bool {
	if f.Category == Name {
		return indexFold([]byte(lastField(f.Field)), "driver") >= 0
	}
	return f.Category == Vehicle || f.Category == Device || f.Category == License
}
