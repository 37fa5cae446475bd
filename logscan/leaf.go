package logscan

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/logscan/internal/pieces"
)

// srcAcc accumulates one source's counts and identities.
type srcAcc struct {
	name                       string
	bytes, lines, records, phi int64
	findings, baselined        int64
	cats                       [numCats]catAcc
	id                         ident
}

type catAcc struct {
	n           int64
	conf        Confidences
	first, last int64
}

func (c *catAcc) add(conf detectors.Confidence, line int64) {
	c.n++
	switch conf {
	case detectors.Low:
		c.conf.Low++
	case detectors.Medium:
		c.conf.Medium++
	default:
		c.conf.High++
	}
	if c.first == 0 || line < c.first {
		c.first = line
	}
	c.last = max(c.last, line)
}

// merge adds a chunk of the same source.
func (s *srcAcc) merge(o *srcAcc) {
	s.bytes += o.bytes
	s.lines += o.lines
	s.records += o.records
	s.phi += o.phi
	s.findings += o.findings
	s.baselined += o.baselined
	for i := range s.cats {
		a, b := &s.cats[i], &o.cats[i]
		if b.n == 0 {
			continue
		}
		a.n += b.n
		a.conf.add(b.conf)
		if a.first == 0 || b.first < a.first {
			a.first = b.first
		}
		a.last = max(a.last, b.last)
	}
	s.id.merge(&o.id)
}

func (s *srcAcc) summary() SourceSummary {
	out := SourceSummary{Source: s.name, Bytes: s.bytes, Lines: s.lines, Records: s.records, RecordsPHI: s.phi,
		Findings: s.findings, Individuals: s.id.individuals(), Window: s.id.window()}
	for c := range s.cats {
		ca := &s.cats[c]
		if ca.n == 0 {
			continue
		}
		out.Categories = append(out.Categories, SourceCategory{Category: detectors.Category(c).String(), Occurrences: ca.n,
			Distinct: s.id.distinctCount(detectors.Category(c)), FirstLine: ca.first, LastLine: ca.last, Confidence: ca.conf})
	}
	return out
}

// record is the state of the record being scanned.
type record struct {
	phi     bool
	people  []node
	state   string
	matches []int
	head    []byte // first bytes of a line scanned in pieces
	spans   [][2]int
}

// leaf scans one text stream. It belongs to one goroutine.
type leaf struct {
	rc      *runCtx
	pr      *pieces.Reader // reused across the sources of a worker
	obj     *objScan
	src     *srcAcc
	w       *bufio.Writer // redacted copy, or nil
	werr    error         // first error writing to w, returned by flush
	fs      []detectors.Finding
	rf      []detectors.Finding
	fp      []byte
	out     []byte // JSON lines not yet written
	red     []byte
	elem    []byte
	rec     record
	carry   int64 // a finding of a previous piece runs to this line offset
	carryC  detectors.Category
	field   string            // prefix of field paths (CloudTrail records)
	fields  map[string]string // safe field paths
	keyBuf  []byte
	cols    *detectors.Columns // the header of the rows being read, if any
	srcCols *detectors.Columns // the source's own header, its first line or "#Fields:", if any
	inner   bool               // cols is a header inside the source: its rows end at the first line that is not one
	// headers are the headers met in the source, newest first: an export's
	// rows interleaved with other programs' lines, as a log shipper's file
	// holds them, are read by their header however far above.
	headers []header
	shape   []byte // scratch for a row's shape
	prev    []byte // the line before, whole: the header a rule of dashes may underline
	// x12Org says that the last X12 party a line named (NM1, N1) is an
	// organisation's or a clinician's, for a message printed a segment a
	// line: the N3 and N4 lines after it are its address.
	x12Org bool
}

func (l *leaf) reset(src *srcAcc, w io.Writer) {
	l.src = src
	l.w = nil
	l.werr = nil
	if w != nil {
		l.w = bufio.NewWriterSize(w, 64<<10)
	}
	l.rec = record{people: l.rec.people[:0], matches: l.rec.matches[:0]}
	l.carry = 0
	l.field = ""
	l.cols, l.srcCols, l.inner = nil, nil, false // a source's headers are its own
	clear(l.headers)
	l.headers = l.headers[:0]
	l.prev = l.prev[:0]
	l.x12Org = false
}

// lineError locates an error at a line of a source.
type lineError struct {
	line int64
	err  error
}

func (e *lineError) Error() string { return fmt.Sprintf("line %d: %v", e.line, e.err) }
func (e *lineError) Unwrap() error { return e.err }

// scanLines scans a stream line by line, in pieces of bounded size.
func (l *leaf) scanLines(r io.Reader, firstLine int64) error {
	if l.pr == nil {
		l.pr = pieces.NewReader(r, l.rc.pieceMax, l.rc.overlap)
	} else {
		l.pr.Reset(r)
	}
	pr := l.pr
	if firstLine > 1 {
		pr.StartAt(firstLine)
	}
	var lastLong int64
	for {
		p, err := pr.Next()
		if err != nil {
			l.src.bytes += pr.BytesRead()
			if err == io.EOF {
				return l.flush()
			}
			l.flush()
			return &lineError{line: pr.Line(), err: err}
		}
		if !p.Final && p.Line != lastLong {
			lastLong = p.Line
			l.obj.warn(l.src.name, p.Line, fmt.Sprintf("line longer than %d bytes: scanned in overlapping pieces, so fields in it are scanned as text", l.rc.pieceMax))
		}
		l.piece(p)
		if len(l.out) > 64<<10 {
			l.rc.emit(l.out)
			l.out = l.out[:0]
		}
	}
}

var fieldsDirective = []byte("#Fields:")

// scanPiece scans a piece of a line. Rows of delimited values are read by
// the header above them: the first line of a source (a CSV or TSV export),
// a W3C log's "#Fields:" line, and a header anywhere in a source, as
// exports pasted into a log and query results drawn as tables ("| mrn |
// last_name |", psql's "mrn | last_name") have. A header inside a source
// holds up to the first line that is not one of its rows (a table's rules
// and a batch's header and trailer records excepted); the source's own
// holds for the rest, around the tables inside it. A header line itself is
// scanned like any other.
func (l *leaf) scanPiece(p pieces.Piece) []detectors.Finding {
	whole := p.Off == 0 && p.Final
	if whole && l.cols != nil && !l.cols.Fits(p.Data) && !l.cols.Border(p.Data) && !l.cols.BatchRecord(p.Data) {
		if l.inner {
			l.cols, l.inner = l.srcCols, false // "(2 rows)", the next message: the rows have ended
		} else if bytes.HasPrefix(p.Data, fieldsDirective) {
			// a W3C log's next "#Fields:", read below
		} else if cols, ok := l.rc.sc.ParseColumns(p.Data); ok {
			// A source's first header holds for all of it, but a line that
			// is none of its rows and a header itself starts rows of its
			// own, up to their end: a worklist's table, then a log, then a
			// billing export, then the worklist's rows again.
			l.cols, l.inner = cols, true
			l.met(cols)
			return l.rc.sc.Scan(l.fs[:0], p.Data)
		} else if h := l.earlier(p.Data); h != nil {
			l.cols, l.inner = h, true
			return l.rc.sc.ScanRow(l.fs[:0], h, p.Data)
		}
	}
	switch {
	case whole && (p.Line == 1 || bytes.HasPrefix(p.Data, fieldsDirective)):
		if cols, ok := l.rc.sc.ParseColumns(p.Data); ok {
			l.cols, l.srcCols, l.inner = cols, cols, false
			l.met(cols)
		}
	case whole && l.cols == nil:
		if cols, ok := l.rc.sc.ParseColumns(p.Data); ok {
			l.cols, l.inner = cols, true
			l.met(cols)
		} else if r := bytes.TrimLeft(p.Data, " "); len(r) > 4 && r[0] == '-' && r[1] == '-' && len(l.prev) > 0 {
			if cols, ok := l.rc.sc.ParseRuledColumns(l.prev, p.Data); ok {
				l.cols, l.inner = cols, true // "MRN   LAST_NAME" over "----- ---------"
			}
		} else if h := l.earlier(p.Data); h != nil {
			l.cols, l.inner = h, true
			return l.rc.sc.ScanRow(l.fs[:0], h, p.Data)
		}
		if len(p.Data) <= 4<<10 {
			l.prev = append(l.prev[:0], p.Data...)
		} else {
			l.prev = l.prev[:0]
		}
	case whole:
		l.learn(p.Data)
		return l.rc.sc.ScanRow(l.fs[:0], l.cols, p.Data)
	}
	return l.rc.sc.Scan(l.fs[:0], p.Data)
}

// A header is a header met in a source and the shape of the first row
// read under it (see detectors.Columns.AppendShape), once one was.
type header struct {
	cols  *detectors.Columns
	shape []byte
}

// maxHeaders is how many headers of a source are kept for rows that come
// back after other lines.
const maxHeaders = 4

// met keeps cols, a header of the source, newest first.
func (l *leaf) met(cols *detectors.Columns) {
	if len(l.headers) < maxHeaders {
		l.headers = append(l.headers, header{})
	}
	copy(l.headers[1:], l.headers)
	l.headers[0] = header{cols: cols}
}

// learn keeps the shape of row, read under l.cols, when it is the first
// row of a header met.
func (l *leaf) learn(row []byte) {
	for i := range l.headers {
		if h := &l.headers[i]; h.cols == l.cols {
			if h.shape == nil && !h.cols.Border(row) {
				if s := h.cols.AppendShape(nil, row); len(s)-bytes.Count(s, []byte{'e'}) >= 2 {
					h.shape = s // a row of values, not a table's rule or a row of empty fields
				}
			}
			return
		}
	}
}

// earlier returns the header met before whose rows row is one of, or nil:
// it fits the header and has the shape of its first row, field for field
// (empty fields aside, and one field in six may differ). Only a header of
// four or more columns is trusted so far from its rows.
func (l *leaf) earlier(row []byte) *detectors.Columns {
	if len(row) == 0 || row[0] == '{' || row[0] == '[' || row[0] == '<' {
		return nil
	}
	for _, h := range l.headers {
		if h.shape == nil || h.cols == l.cols || h.cols.Len() < 4 {
			continue
		}
		l.shape = h.cols.AppendShape(l.shape[:0], row)
		if len(l.shape) != len(h.shape) {
			continue
		}
		differ := 0
		for k, c := range l.shape {
			if c != h.shape[k] && c != 'e' && h.shape[k] != 'e' {
				differ++
			}
		}
		if differ <= len(h.shape)/6 {
			return h.cols
		}
	}
	return nil
}

// piece scans one piece of a line.
func (l *leaf) piece(p pieces.Piece) {
	if len(p.Data) > 0 {
		l.fs = l.scanPiece(p)
		if p.Off == 0 && p.Final {
			l.fs = l.x12Loop(p.Data, l.fs)
		}
	} else {
		l.fs = l.fs[:0]
	}
	for _, f := range l.fs {
		if f.Start < p.Skip || f.Start >= p.Keep {
			continue
		}
		l.finding(f, p.Data[f.Start:f.End], p.Line, p.Off+int64(f.Start), p.Off+int64(f.End), f.Field)
	}
	if l.w != nil {
		l.redactPiece(p)
	}
	first := p.Off == 0 && p.Skip == 0
	if first && !p.Final {
		l.keepHead(p.Data)
	}
	if p.Final {
		if first {
			l.endRecord(p.Line, p.Data, l.fs)
		} else {
			l.endRecord(p.Line, l.rec.head, nil)
		}
		l.src.lines++
		l.src.records++
	}
}

// x12Loop follows an X12 message printed a segment a line, as
// clearinghouses and interface engines log one: the address lines right
// after an organisation's or a clinician's NM1 (a billing provider's, a
// payer's) are theirs, no patient's, and their findings are dropped.
func (l *leaf) x12Loop(line []byte, fs []detectors.Finding) []detectors.Finding {
	if org, ok := l.rc.sc.X12Party(line); ok {
		l.x12Org = org
		return fs
	}
	if !detectors.X12AddressLine(line) {
		l.x12Org = false // another segment, or another program's line: the loop's address is read only right after its name
		return fs
	}
	if !l.x12Org {
		return fs
	}
	return slices.DeleteFunc(fs, func(f detectors.Finding) bool {
		return f.Category == detectors.Address || f.Category == detectors.ZIP
	})
}

// keepHead keeps the start of a long line, for its timestamp and state.
func (l *leaf) keepHead(b []byte) {
	n := min(len(b), 4096)
	l.rec.head = append(l.rec.head[:0], b[:n]...)
	l.rec.spans = l.rec.spans[:0]
	for _, f := range l.fs {
		if f.Start < n {
			l.rec.spans = append(l.rec.spans, [2]int{f.Start, f.End})
		}
	}
}

// redactPiece writes the redacted form of the bytes the piece owns. A
// finding that runs past the piece's end is finished by the next piece
// (carry), which may not see it whole.
func (l *leaf) redactPiece(p pieces.Piece) {
	owned := p.Data[p.Skip:p.Keep]
	l.rf = l.rf[:0]
	if start := p.Off + int64(p.Skip); l.carry > start {
		l.rf = append(l.rf, detectors.Finding{Start: 0, End: int(min(l.carry-start, int64(len(owned)))), Category: l.carryC, Confidence: detectors.High})
	}
	l.carry = 0
	for _, f := range l.fs {
		s, e := max(f.Start, p.Skip), min(f.End, p.Keep)
		if s < e {
			g := f
			g.Start, g.End = s-p.Skip, e-p.Skip
			l.rf = append(l.rf, g)
		}
		if !p.Final && f.Start < p.Keep && f.End > p.Keep && p.Off+int64(f.End) > l.carry {
			l.carry, l.carryC = p.Off+int64(f.End), f.Category
		}
	}
	l.red = l.rc.red.AppendRedacted(l.red[:0], owned, l.rf)
	if p.Final && p.EOL {
		l.red = append(l.red, '\n')
	}
	l.write(l.red)
}

// write appends b to the redacted copy, keeping the first error for flush.
func (l *leaf) write(b []byte) {
	if _, err := l.w.Write(b); err != nil && l.werr == nil {
		l.werr = err
	}
}

// writeByte appends c to the redacted copy, keeping the first error for flush.
func (l *leaf) writeByte(c byte) {
	if err := l.w.WriteByte(c); err != nil && l.werr == nil {
		l.werr = err
	}
}

// finding handles one finding: fingerprint, baseline, counts, output.
func (l *leaf) finding(f detectors.Finding, value []byte, line, start, end int64, field string) {
	rc := l.rc
	l.fp = rc.key.AppendFingerprint(l.fp[:0], f.Category, value)
	h := hex64(l.fp[len(l.fp)-detectors.FingerprintLen:])
	if field != "" {
		field = l.field + l.safeField(field)
	}
	if rc.baseline != nil {
		l.keyBuf = appendBaselineKey(l.keyBuf[:0], l.src.name, field, f.Category.String(), l.fp)
		if _, ok := rc.baseline[string(l.keyBuf)]; ok {
			l.src.baselined++
			return
		}
	}
	n := node{f.Category, h}
	l.src.findings++
	l.src.cats[f.Category].add(f.Confidence, line)
	l.src.id.addDistinct(n)
	r := &l.rec
	r.phi = true
	if personCat(f.Category) && (f.Category != detectors.Name || isFullName(value)) {
		r.people = append(r.people, n)
	}
	if f.Category == detectors.ZIP && r.state == "" {
		r.state = stateOfZIP(value)
	}
	if rc.match != nil {
		if ids, ok := rc.match.ids[n]; ok {
			r.matches = append(r.matches, ids...)
		}
	}
	if rc.jsonl {
		l.out = appendFinding(l.out, l.src.name, line, start, end, field, f, l.fp)
	}
}

// safeField returns the field path with identifiers replaced, from a cache
// of the worker's own before the shared one (no lock per finding).
func (l *leaf) safeField(f string) string {
	if v, ok := l.fields[f]; ok {
		return v
	}
	v := l.rc.names.field(f)
	if l.fields == nil || len(l.fields) >= maxNameCache {
		l.fields = map[string]string{}
	}
	l.fields[f] = v
	return v
}

// endRecord closes a record whose text (or its head) is text, with the
// findings of that text when known.
func (l *leaf) endRecord(line int64, text []byte, fs []detectors.Finding) {
	r := &l.rec
	if r.phi {
		l.src.phi++
		skip := func(s, e int) bool {
			for _, f := range fs {
				if f.Start < e && s < f.End {
					return true
				}
			}
			for _, sp := range r.spans {
				if sp[0] < e && s < sp[1] {
					return true
				}
			}
			return false
		}
		t := recordTime(text, skip)
		if r.state == "" {
			r.state = stateInText(text[:min(len(text), 4096)])
		}
		l.src.id.record(r.people, r.state, t)
		for _, i := range r.matches {
			l.rc.match.hit(i, l.src.name, line, t)
		}
	}
	l.rec = record{people: r.people[:0], matches: r.matches[:0], head: r.head[:0], spans: r.spans[:0]}
}

func (l *leaf) flush() error {
	if len(l.out) > 0 {
		l.rc.emit(l.out)
		l.out = l.out[:0]
	}
	if l.w != nil {
		if err := l.w.Flush(); err != nil && l.werr == nil {
			l.werr = err
		}
		return l.werr
	}
	return nil
}

// hex64 parses 16 lower-case hex digits, as fingerprints end.
func hex64(b []byte) uint64 {
	var h uint64
	for _, c := range b {
		h <<= 4
		if c >= 'a' {
			h |= uint64(c - 'a' + 10)
		} else {
			h |= uint64(c - '0')
		}
	}
	return h
}

// appendFinding appends one JSON line of --format jsonl.
func appendFinding(b []byte, source string, line, start, end int64, field string, f detectors.Finding, fp []byte) []byte {
	b = append(b, `{"source":`...)
	b = appendJSONString(b, source)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, line, 10)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, start, 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, end, 10)
	if field != "" {
		b = append(b, `,"field":`...)
		b = appendJSONString(b, field)
	}
	b = append(b, `,"category":"`...)
	b = append(b, f.Category.String()...)
	b = append(b, `","detector":`...)
	b = appendJSONString(b, f.Detector)
	b = append(b, `,"confidence":"`...)
	b = append(b, f.Confidence.String()...)
	b = append(b, `","fingerprint":"`...)
	b = append(b, fp...)
	return append(b, "\"}\n"...)
}

// appendJSONString appends s as a JSON string; invalid UTF-8 becomes U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c < 0x20:
				b = append(b, `\u00`...)
				b = append(b, "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, `\ufffd`...)
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return append(b, '"')
}

func appendBaselineKey(b []byte, source, field, cat string, fp []byte) []byte {
	b = append(b, source...)
	b = append(b, 0)
	b = append(b, field...)
	b = append(b, 0)
	b = append(b, cat...)
	b = append(b, 0)
	return append(b, fp...)
}

// isCloudTrail reports a stream that starts as {"Records":[ ...
func isCloudTrail(br *bufio.Reader) bool {
	head, _ := br.Peek(256)
	i := 0
	ws := func() {
		for i < len(head) && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t') {
			i++
		}
	}
	ws()
	if i >= len(head) || head[i] != '{' {
		return false
	}
	i++
	ws()
	if !bytes.HasPrefix(head[i:], []byte(`"Records"`)) {
		return false
	}
	i += len(`"Records"`)
	ws()
	if i >= len(head) || head[i] != ':' {
		return false
	}
	i++
	ws()
	return i < len(head) && head[i] == '['
}

// maxRecordBytes caps one element of a Records array.
const maxRecordBytes = 64 << 20

// scanRecords scans a {"Records":[...]} document one element at a time,
// each as a record with field paths under Records[i]. Line numbers and
// offsets are those of the document as written (one line or pretty-printed).
func (l *leaf) scanRecords(br *bufio.Reader) error {
	var (
		line, col  int64 = 1, 0
		eLine      int64
		eCol       int64
		inElem     bool
		depth      int
		inStr, esc bool
		started    bool // inside the Records array
		idx        int
	)
	elem := l.elem[:0]
	defer func() { l.elem = elem[:0] }()
	for {
		c, err := br.ReadByte()
		if err != nil {
			l.src.lines = line
			l.flush()
			if err == io.EOF {
				return &lineError{line: line, err: fmt.Errorf("the Records document is truncated in record %d", idx)}
			}
			return &lineError{line: line, err: err}
		}
		l.src.bytes++
		switch {
		case inElem:
			elem = append(elem, c)
			switch {
			case inStr:
				if esc {
					esc = false
				} else if c == '\\' {
					esc = true
				} else if c == '"' {
					inStr = false
				}
			case c == '"':
				inStr = true
			case c == '{' || c == '[':
				depth++
			case c == '}' || c == ']':
				depth--
			}
			if len(elem) > maxRecordBytes {
				l.flush()
				return &lineError{line: eLine, err: fmt.Errorf("record %d of the Records array is larger than %d bytes", idx, maxRecordBytes)}
			}
			if depth == 0 && !inStr {
				l.field = "Records[" + strconv.Itoa(idx) + "]."
				l.block(elem, eLine, eCol)
				l.field = ""
				l.src.records++
				inElem = false
				idx++
			}
		case !started || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',':
			if l.w != nil {
				l.writeByte(c)
			}
			started = started || c == '['
		case c == ']':
			// The end of the array: the rest of the document is scanned as text.
			if l.w != nil {
				l.writeByte(c)
			}
			rest, rerr := io.ReadAll(io.LimitReader(br, maxRecordBytes))
			l.src.bytes += int64(len(rest))
			l.block(rest, line, col+1)
			l.src.lines = line + int64(bytes.Count(rest, []byte{'\n'}))
			if rerr != nil {
				l.flush()
				return &lineError{line: line, err: rerr}
			}
			return l.flush()
		default:
			elem = append(elem[:0], c)
			inElem = true
			eLine, eCol = line, col
			depth, inStr, esc = 0, false, false
			switch c {
			case '{', '[':
				depth = 1
			case '"':
				inStr = true
			}
		}
		if c == '\n' {
			line++
			col = 0
		} else {
			col++
		}
	}
}

// block scans a record that starts at line bLine, column bCol of a
// document and may span lines, and writes its redacted form.
func (l *leaf) block(b []byte, bLine, bCol int64) {
	l.fs = l.rc.sc.Scan(l.fs[:0], b)
	multi := bytes.IndexByte(b, '\n') >= 0
	for _, f := range l.fs {
		line, start := bLine, bCol+int64(f.Start)
		if multi {
			before := b[:f.Start]
			if n := bytes.Count(before, []byte{'\n'}); n > 0 {
				line += int64(n)
				start = int64(f.Start - bytes.LastIndexByte(before, '\n') - 1)
			}
		}
		v := b[f.Start:f.End]
		// A value across a line break (a raw newline inside a string) is
		// reported on its first line that holds any of it, to that line's
		// end: offsets are within a line. The redacted copy covers it all.
		for len(v) > 1 && v[0] == '\n' {
			v, line, start = v[1:], line+1, 0
		}
		end := start + int64(len(v))
		if nl := bytes.IndexByte(v, '\n'); nl > 0 {
			end = start + int64(nl)
		}
		l.finding(f, b[f.Start:f.End], line, start, end, f.Field)
	}
	l.endRecord(bLine, b, l.fs)
	if l.w != nil {
		l.red = l.rc.red.AppendRedacted(l.red[:0], b, l.fs)
		l.write(l.red)
	}
	if len(l.out) > 64<<10 {
		l.rc.emit(l.out)
		l.out = l.out[:0]
	}
}
