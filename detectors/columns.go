package detectors

import (
	"bytes"
	"unicode/utf8"
)

// Columns names the fields of delimited records by position: the header
// row of a CSV or TSV export, or the "#Fields:" line of a W3C extended log
// (IIS, some load balancers). Rows of such files carry no keys of their
// own, so without the header a value such as "Okafor" or "401227781" has no
// context. A Columns is read-only after ParseColumns and safe to share; its
// columns are classified once, by the key rules of the Scanner that parsed
// it.
type Columns struct {
	names [][]byte
	kinds []keyClass // what each column's name says of its values
	delim byte
	// ends, for a frame printed with its columns aligned to the right
	// (pandas' DataFrame), are where each column's header and values end.
	ends []int
	// dateCol and timeCol are one past the positions of a W3C log's
	// "date" and "time" fields (0 when it has none): a row whose fields
	// there are no date and time is another program's line with as many
	// words.
	dateCol, timeCol int
	// skip is the length of a log's prefix before the header ("[...]
	// {subprocess.py:93} INFO - "), which each row repeats, ending in sep.
	skip int
	sep  []byte
	// labelled is set when the header has a label of its own before it
	// ("header: "), which the rows replace with theirs ("line 2: ").
	labelled bool
	// starts and stops, for a table whose header a rule of dashes
	// underlines (SQL*Plus, sqlcmd, fixed-width reports), are where each
	// column's run of dashes starts and stops.
	starts, stops []int
	// fixed is set when starts and stops come from a record layout
	// ("BENE_MBI_ID(1,11) BENE_DOB(33,10) ..."): fields are glued to each
	// other, cut at the positions alone.
	fixed bool
	// dat is set for a Concordance load file's rows: each field between
	// 'þ' quotes, parted by '¶' or the byte 0x14 (see splitDAT).
	dat bool
}

func (c *Columns) add(s *Scanner, name []byte) keyClass {
	kc := s.classifyPath(string(name))
	c.names = append(c.names, bytes.Clone(name))
	c.kinds = append(c.kinds, kc)
	return kc
}

// Len returns the number of columns.
func (c *Columns) Len() int { return len(c.names) }

// ParseColumns reads line as a header row. It reports false unless the line
// is a W3C "#Fields:" directive, or a row of at least three delimited
// column names (by ',', '\t', '|' or ';', optionally quoted) that are all
// identifier-like, none a person's name, and of which at least one names
// PHI by the key rules, so that a data row is not mistaken for a header.
func (s *Scanner) ParseColumns(line []byte) (*Columns, bool) {
	line = bytes.TrimRight(line, "\r\n")
	line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf")) // Excel's byte order mark
	if p := criPrefix(line); p > 0 {
		// A container's line as the kubelet stores it, "2024-03-12T06:07:09.3255Z
		// stdout F ": its time's length varies (trailing zeros are cut), so
		// each row's body is found after the stream's tag.
		if c, ok := s.parseColumns(line[p:]); ok {
			c.skip, c.sep, c.labelled = p, line[p-3:p], true
			return c, true
		}
		return nil, false
	}
	if c, ok := s.parseColumns(line); ok {
		return c, true
	}
	// A header a job logged with its own prefix: the rows repeat it.
	// "...csv_reader [pid 2264]: header: claim_no,memberNo,...": a label
	// of its own before the header, as "line 2: " comes before its rows.
	if l := bytes.LastIndex(line[:min(len(line), 136)], []byte(": ")); l >= 8 {
		if c, ok := s.parseColumns(line[l+2:]); ok && c.ends == nil {
			c.skip, c.sep, c.labelled = l+2, []byte(": "), true
			return c, true
		}
	}
	for _, sep := range [...]string{" - ", "] ", ": ", " | "} {
		p := bytes.Index(line, []byte(sep))
		if p < 8 || p > 120 {
			continue
		}
		p += len(sep)
		if c, ok := s.parseColumns(line[p:]); ok && c.ends == nil {
			c.skip, c.sep = p, []byte(sep)
			return c, true
		}
	}
	return nil, false
}

// ParseRuledColumns reads a header underlined by a rule of dashes, one
// run a column ("MRN        LAST_NAME            BIRTH_DT" over "----------
// -------------------- ---------"), as SQL*Plus, sqlcmd and fixed-width
// reports print them. At least two columns, one naming PHI.
func (s *Scanner) ParseRuledColumns(header, rule []byte) (*Columns, bool) {
	header = bytes.TrimRight(header, "\r\n")
	rule = bytes.TrimRight(rule, "\r\n ")
	if lead := bytes.TrimLeft(rule, " "); len(lead) < 5 || len(rule) > 8<<10 || lead[0] != '-' || len(rule)-len(lead) > 8 {
		return nil, false // a rule of dashes, indented a little as reports are
	}
	c := &Columns{delim: ' '}
	phi := false
	for k := 0; k < len(rule); {
		if rule[k] != '-' {
			if rule[k] != ' ' {
				return nil, false
			}
			k++
			continue
		}
		e := k
		for e < len(rule) && rule[e] == '-' {
			e++
		}
		if k >= len(header) {
			return nil, false
		}
		name := bytes.TrimSpace(header[k:min(e, len(header))])
		if !columnName(name) || e < len(header) && header[e] != ' ' {
			return nil, false // a name that runs past its column: no header of this rule
		}
		kc := c.add(s, name)
		phi = phi || kc.cat != 0 && !kc.never()
		c.starts, c.stops = append(c.starts, k), append(c.stops, e)
		k = e
	}
	return c, phi && len(c.starts) >= 2
}

// parseLayout reads a fixed-width file's record layout, its fields'
// names and their 1-based positions and lengths: "HDR CCLF8 RECLEN=0319
// BENE_MBI_ID(1,11) BENE_HIC_NUM(12,11) ... BENE_DOB(33,10)". A field
// whose name says nothing is kept for its position.
func (s *Scanner) parseLayout(line []byte) (*Columns, bool) {
	if bytes.Count(line, []byte("(")) < 3 || bytes.Count(line, []byte(",")) < 3 {
		return nil, false
	}
	c := &Columns{delim: ' ', fixed: true}
	phi, end := false, 0
	for f := range bytes.FieldsSeq(line) {
		o := bytes.IndexByte(f, '(')
		if o < 2 || f[len(f)-1] != ')' {
			continue
		}
		comma := bytes.IndexByte(f[o:], ',')
		if comma < 2 {
			continue
		}
		pos, n := f[o+1:o+comma], f[o+comma+1:len(f)-1]
		if !allDigits(pos) || !allDigits(n) || len(pos) > 5 || len(n) > 4 || !columnName(f[:o]) {
			continue
		}
		start, length := atoi(pos)-1, atoi(n)
		if start < end || length == 0 {
			return nil, false // fields in order, none over another
		}
		kc := c.add(s, f[:o])
		phi = phi || kc.cat != 0 && !kc.never()
		c.starts, c.stops = append(c.starts, start), append(c.stops, start+length)
		end = start + length
	}
	return c, phi && len(c.starts) >= 3
}

// splitFixed cuts a fixed-width record at its layout's positions; a record
// may stop short of its last fields (trailing spaces trimmed), not of most.
func (c *Columns) splitFixed(spans []span, row []byte) ([]span, bool) {
	last := len(c.stops) - 1
	if len(row) < c.stops[last]*6/10 || len(row) > c.stops[last]+16 || logMessage(row) || loggedAt(row) {
		return spans, false // a record is most of its layout's length, and no log line's
	}
	for k, s := range c.starts {
		if len(spans) == cap(spans) {
			return spans, false
		}
		e := min(c.stops[k], len(row))
		spans = append(spans, spaceTrimmed(row, min(s, e), e))
	}
	return spans, true
}

// spaceTrimmed returns row[s:e] without the spaces around it, as a span.
func spaceTrimmed(row []byte, s, e int) span {
	for s < e && row[s] == ' ' {
		s++
	}
	for e > s && row[e-1] == ' ' {
		e--
	}
	return span{s, e}
}

// loggedAt reports whether row opens with a log's timestamp,
// "2024-03-15 02:28:33" or "2024-03-15T02:28:33".
func loggedAt(row []byte) bool {
	return len(row) >= 19 && calendarDate(row[:10]) && (row[10] == ' ' || row[10] == 'T') && isDigit(row[11]) && row[13] == ':'
}

// splitRuled splits a row of a ruled table by its columns' positions.
func (c *Columns) splitRuled(spans []span, row []byte) ([]span, bool) {
	last := len(c.starts) - 1
	if len(row) <= c.starts[last] || len(row) > c.stops[last]+64 {
		return spans, false
	}
	for k, s := range c.starts {
		e := c.stops[k]
		if k == last {
			e = len(row)
		}
		e = min(e, len(row))
		if s > 0 && row[s-1] != ' ' || len(spans) == cap(spans) {
			return spans, false // a value that crosses into the next column: no row of this table
		}
		spans = append(spans, spaceTrimmed(row, s, e))
	}
	return spans, true
}

// parseColumns is ParseColumns for a line that is all header.
func (s *Scanner) parseColumns(line []byte) (*Columns, bool) {
	if rest, ok := bytes.CutPrefix(line, []byte("#Fields:")); ok {
		c := &Columns{delim: ' '}
		for _, f := range bytes.Fields(rest) {
			switch string(f) {
			case "date":
				c.dateCol = len(c.names) + 1
			case "time":
				c.timeCol = len(c.names) + 1
			}
			c.add(s, f)
		}
		return c, len(c.names) > 0
	}
	if c, ok := s.parseLayout(line); ok {
		return c, true
	}
	if datRow(line) {
		var spans [256]span
		fields, ok := splitDAT(spans[:0], line)
		if !ok || len(fields) < 3 {
			return nil, false
		}
		c := &Columns{dat: true}
		phi := false
		for _, f := range fields {
			named, ok := c.addHeader(s, line[f.start:f.end])
			if !ok {
				return nil, false
			}
			phi = phi || named
		}
		return c, phi
	}
	if len(line) > 2 && line[0] == ' ' && !bytes.ContainsAny(line, ",\t|;") {
		return s.parseAligned(line)
	}
	if len(line) > 8 && isLetter(line[0]) && bytes.Contains(line, []byte("  ")) && !bytes.ContainsAny(line, ",\t|;") {
		return s.parseLeftAligned(line)
	}
	for range 3 {
		// A layout's name and a file's attributes before its columns:
		// "#LAYOUT=MVHS_PLC_V4|REC|...", "LAYOUT:DSMC_V2|generated=2024-03-11T01:02:44|encounter_no|...".
		d := bytes.IndexAny(line, ",\t|;")
		if d < 3 || d > 64 || bytes.IndexAny(line[:d], "=:") < 1 || line[0] == '"' {
			break
		}
		line = line[d+1:]
	}
	if len(line) == 0 || len(line) > 8<<10 || !firstColumnName(line) {
		return nil, false
	}
	delim, best := byte(0), 0
	for _, d := range [...]byte{',', '\t', '|', ';'} {
		if n := bytes.Count(line, []byte{d}); n > best {
			delim, best = d, n
		}
	}
	if best < 2 {
		return nil, false
	}
	if delim == '|' {
		s, e := outerPipes(line) // "| mrn | last_name |": a table as MySQL's client draws it
		line = line[s:e]
	}
	c := &Columns{delim: delim}
	phi := false
	for f := range bytes.SplitSeq(line, []byte{delim}) {
		f = bytes.TrimSpace(f)
		if len(f) >= 2 && (f[0] == '"' && f[len(f)-1] == '"' || f[0] == '\'' && f[len(f)-1] == '\'') {
			f = f[1 : len(f)-1]
		}
		named, ok := c.addHeader(s, f)
		if !ok {
			return nil, false
		}
		phi = phi || named
	}
	return c, phi
}

// addHeader adds a header's column name and reports whether it names PHI;
// ok is false when name is no column's name, or a person's ("Okafor,Sofia,...":
// a row of data, not of names of columns).
func (c *Columns) addHeader(s *Scanner, name []byte) (phi, ok bool) {
	if !columnName(name) {
		return false, false
	}
	kc := c.add(s, name)
	if kc.cat != 0 && !kc.never() {
		return true, true
	}
	if kc == (keyClass{}) && isUpper(name[0]) {
		if e, found := lookupName(name); found && (e.First > 0 || e.Last > 0) && !e.Common {
			return false, false
		}
	}
	return false, true
}

// parseLeftAligned reads a header whose column names start where their
// values start, parted by two spaces or more, as sqlcmd and fixed-width
// reports print rows without a rule under them: "MRN       LastName
// FirstName     DOB". At least three columns, all of names without
// spaces, none a person's name, and one naming PHI.
func (s *Scanner) parseLeftAligned(line []byte) (*Columns, bool) {
	if len(line) > 2<<10 {
		return nil, false
	}
	c := &Columns{delim: ' '}
	phi := false
	for k := 0; k < len(line); {
		e := k
		for e < len(line) && line[e] != ' ' {
			e++
		}
		named, ok := c.addHeader(s, line[k:e])
		if !ok {
			return nil, false // "HALVORSEN  BJORN": a row of data
		}
		phi = phi || named
		c.starts = append(c.starts, k)
		n := e
		for n < len(line) && line[n] == ' ' {
			n++
		}
		if n < len(line) && n-e < 2 {
			return nil, false // one space inside: words, not a column's name
		}
		c.stops = append(c.stops, max(e, n-1))
		k = n
	}
	return c, phi && len(c.starts) >= 3
}

// parseAligned reads a frame's header as pandas prints it: spaces over the
// index, then column names each ending where its values end,
// "   patient_id first_name         dob". At least two columns, all of
// names without spaces, and one naming PHI.
func (s *Scanner) parseAligned(line []byte) (*Columns, bool) {
	if len(line) > 4<<10 {
		return nil, false
	}
	c := &Columns{delim: ' '}
	phi := false
	for i := 0; i < len(line); {
		for i < len(line) && line[i] == ' ' {
			i++
		}
		st := i
		for i < len(line) && line[i] != ' ' {
			i++
		}
		if st == i {
			break
		}
		f := line[st:i]
		if string(f) == "..." {
			c.add(s, f) // the columns pandas leaves out of a wide frame, "..." in every row
			c.ends = append(c.ends, i)
			continue
		}
		if !columnName(f) || !bytes.ContainsAny(f, "_abcdefghijklmnopqrstuvwxyz") {
			return nil, false
		}
		if kc := c.add(s, f); kc.cat != 0 && !kc.never() {
			phi = true
		}
		c.ends = append(c.ends, i)
	}
	return c, phi && len(c.names) >= 2
}

// splitAligned splits a row of an aligned frame: its index, then each
// value ending where its column's header does. pandas aligns characters,
// not bytes: "Nguyễn" takes six columns.
func (c *Columns) splitAligned(spans []span, row []byte) ([]span, bool) {
	i := 0
	for i < len(row) && isDigit(row[i]) {
		i++
	}
	if i == 0 || i >= len(row) || row[i] != ' ' {
		return spans, false
	}
	from, col := i, i // a byte's offset and its character's column
	for _, e := range c.ends {
		k := from
		for ; k < len(row) && col < e; col++ {
			if row[k] < utf8.RuneSelf {
				k++
			} else {
				_, size := utf8.DecodeRune(row[k:])
				k += size
			}
		}
		if col < e || row[k-1] == ' ' || k < len(row) && row[k] != ' ' || len(spans) == cap(spans) {
			return spans, false
		}
		s := from
		for s < k && row[s] == ' ' {
			s++
		}
		spans = append(spans, span{s, k})
		from = k
	}
	for k := from; k < len(row); k++ {
		if row[k] != ' ' && row[k] != '\r' {
			return spans, false // more than the header names
		}
	}
	return spans, true
}

// split splits row into its fields.
func (c *Columns) split(spans []span, row []byte) ([]span, bool) {
	body, skip, ok := c.body(row)
	if !ok {
		return spans, false
	}
	if skip > 0 {
		inner := *c
		inner.skip = 0
		spans, ok := inner.split(spans, body)
		for k := range spans {
			spans[k].start += skip
			spans[k].end += skip
		}
		return spans, ok
	}
	if c.ends != nil {
		return c.splitAligned(spans, row)
	}
	if c.fixed {
		return c.splitFixed(spans, row)
	}
	if c.starts != nil {
		return c.splitRuled(spans, row)
	}
	if c.dat {
		return splitDAT(spans, row)
	}
	from, to := 0, len(row)
	if c.delim == '|' {
		from, to = outerPipes(row)
	}
	spans, ok = splitRow(spans, row[:to], from, c.delim)
	if ok && len(spans) == len(c.names) {
		if k := c.dateCol - 1; k >= 0 && !(spans[k].end-spans[k].start == 10 && calendarDate(row[spans[k].start:spans[k].end])) {
			return spans, false // "I0314 08:12:06.008629 ...": a glog line, not the W3C log's row
		}
		if k := c.timeCol - 1; k >= 0 && bytes.IndexByte(row[spans[k].start:spans[k].end], ':') < 0 {
			return spans, false
		}
		if c.dateCol > 0 && (bytes.IndexByte(row, '{') >= 0 || bytes.IndexByte(row, '"') >= 0) {
			return spans, false // "2024-03-12 06:22:25.105 -07:00 [INF] ... {"UserName":...}": W3C writes a space in a field as '+', and no quotes
		}
	}
	return spans, ok
}

// firstColumnName reports whether line starts with a column name and a
// delimiter: the test that turns away most lines of a log before
// ParseColumns counts delimiters, as logscan tries it on every line.
func firstColumnName(line []byte) bool {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '|') {
		i++
	}
	if i < len(line) && (line[i] == '"' || line[i] == '\'') {
		i++
	}
	s := i
	for i < len(line) && i-s <= 64 {
		switch c := line[i]; {
		case c == ',' || c == '\t' || c == '|' || c == ';' || c == '"' || c == '\'':
			return columnName(bytes.TrimSpace(line[s:i]))
		case !isAlnum(c) && c != '_' && c != '-' && c != '.' && c != ' ' && c != '#' && c != '(' && c != ')' && c != '/':
			return false
		}
		i++
	}
	return false
}

// Fits reports whether row reads as one of the rows under c: it splits
// into as many fields as c has columns, and it does not start as a log
// message does, with a syslog priority or a time followed by words ("2026-01-02
// 10:00:02 INFO done, 2 rows, 0 errors"), which may hold as many commas.
func (c *Columns) Fits(row []byte) bool {
	var spans [256]span
	_, ok := c.rowFields(spans[:0], row)
	return ok
}

// rowFields appends the spans of row's fields to dst, and reports whether
// row fits c (see Fits).
func (c *Columns) rowFields(dst []span, row []byte) ([]span, bool) {
	if body, _, ok := c.body(row); !ok || logMessage(body) || len(body) > 1 && body[0] == '{' && (body[1] == '"' || body[1] == '\'') {
		return dst, false // (a JSON object with as many commas as the header: another program's line)
	}
	fields, ok := c.split(dst, row)
	return fields, ok && len(fields) == len(c.names)
}

// AppendShape appends the shape of row, one of c's rows, to dst: a byte a
// field, 'e' for an empty one, 'd' for digits (with '.', ',', '-' and
// spaces), 't' for digits with '/' or ':' (a date, a time), 'a' for
// letters (with spaces, '.', ',', '-' and apostrophes), 'x' for any other.
// The rows of one export share a shape, field for field, where another
// table's rows with as many fields do not. It appends nothing when row
// does not fit c.
func (c *Columns) AppendShape(dst, row []byte) []byte {
	var spans [256]span
	fields, ok := c.rowFields(spans[:0], row)
	if !ok {
		return dst
	}
	for _, f := range fields {
		v := bytes.Trim(row[f.start:f.end], `"' `)
		kind := byte('e')
		for _, ch := range v {
			k := byte('x')
			switch {
			case isDigit(ch):
				k = 'd'
			case ch == '/' || ch == ':':
				k = 't'
			case ch == '.' || ch == ',' || ch == '-' || ch == ' ':
				k = 0 // either a number's or a name's
			case isLetter(ch) || ch >= 0x80 || ch == '\'':
				k = 'a'
			}
			switch {
			case k == 0:
			case kind == 'e':
				kind = k
			case kind == 'd' && k == 't' || kind == 't' && k == 'd':
				kind = 't'
			case kind != k:
				kind = 'x'
			}
		}
		dst = append(dst, kind)
	}
	return dst
}

// Border reports whether line is a rule of the table under c, its prefix
// and all ("... INFO - ------------+-----"), as TableBorder.
func (c *Columns) Border(line []byte) bool {
	if c != nil {
		if body, _, ok := c.body(line); ok {
			line = body
		}
	}
	return TableBorder(line)
}

// BatchRecord reports whether line is a batch's header or trailer record
// in the file under c, by its own delimiter and a record type of one to
// three capitals ("H|MVHS|20240311|...", "TRL|17"), as placement and
// claim files put around their rows.
func (c *Columns) BatchRecord(line []byte) bool {
	if c == nil || c.delim == ' ' || c.starts != nil || c.ends != nil {
		return false
	}
	if body, _, ok := c.body(line); ok {
		line = body
	}
	k := 0
	for k < len(line) && k < 4 && isUpper(line[k]) {
		k++
	}
	return k >= 1 && k <= 3 && k < len(line) && line[k] == c.delim && bytes.Count(line, []byte{c.delim}) >= 2
}

// labelSlack is how much longer or shorter than the header's prefix a
// row's may be.
const labelSlack = 12

// body returns row without the prefix the header's lines repeat (or a
// byte order mark, where a spreadsheet's files were joined) and its
// length; ok is false when row does not repeat the prefix.
func (c *Columns) body(row []byte) (body []byte, skip int, ok bool) {
	switch {
	case c.skip > 0:
		if len(row) > c.skip && bytes.Equal(row[c.skip-len(c.sep):c.skip], c.sep) {
			return row[c.skip:], c.skip, true
		}
		// The rows' own labels may be longer or shorter than the header's:
		// "header: " and then "line 2: ", "line 10: ", "rec 000001: ".
		// The last separator in reach ends the label: the first may be the
		// prefix's own ("[pid 2264]: line 2: ").
		from := max(0, c.skip-len(c.sep)-labelSlack)
		if !c.labelled || from >= len(row) {
			return row, 0, false
		}
		if k := bytes.LastIndex(row[from:min(len(row), c.skip+labelSlack)], c.sep); k >= 0 && from+k+len(c.sep) < len(row) {
			k += from + len(c.sep)
			return row[k:], k, true
		}
		return row, 0, false
	case len(row) >= 3 && row[0] == 0xef && row[1] == 0xbb && row[2] == 0xbf:
		return row[3:], 3, true
	}
	return row, 0, true
}

// logMessage reports whether row's first field holds a syslog priority
// ("<134>") or a time ("10:00:02") with a word after it.
func logMessage(row []byte) bool {
	if len(row) > 1 && row[0] == '<' && isDigit(row[1]) {
		return true
	}
	for k := 2; k+2 < len(row) && k < 40; k++ {
		switch row[k] {
		case ',', '\t', ';', '|':
			return false
		case ':':
			if !isDigit(row[k-1]) || !isDigit(row[k-2]) || !isDigit(row[k+1]) || !isDigit(row[k+2]) {
				continue
			}
			e := k + 3
			for e < len(row) && (isAlnum(row[e]) || row[e] == ':' || row[e] == '.' || row[e] == '+' || row[e] == '-') {
				e++
			}
			if e+3 < len(row) && row[e] == ' ' && (row[e+1]|0x20 == 'a' || row[e+1]|0x20 == 'p') && row[e+2]|0x20 == 'm' &&
				(row[e+3] == ',' || row[e+3] == '\t' || row[e+3] == ';' || row[e+3] == '|') {
				k = e + 2 // "2024-03-17 04:03 PM,Google Ads,...": the time's half of the day, a field's end after it
				continue
			}
			return e+1 < len(row) && row[e] == ' ' && isLetter(row[e+1])
		}
	}
	return false
}

// columnName reports whether f reads as a column name: 1 to 64 bytes of
// letters, digits, '_', '-', '.', ' ', '#', '(', ')' and '/', starting with a
// letter.
func columnName(f []byte) bool {
	if len(f) == 0 || len(f) > 64 || !isLetter(f[0]) {
		return false
	}
	spaces := 0
	for k, c := range f {
		if !isAlnum(c) && c != '_' && c != '-' && c != '.' && c != ' ' && c != '#' && c != '(' && c != ')' && c != '/' && c < 0x80 {
			return false // letters outside ASCII name columns too: "Straße", "Téléphone"
		}
		if c == ' ' {
			if spaces++; spaces > 4 || k > 0 && (f[k-1] == '.' || f[k-1] == '-') {
				return false // "I. Kowalski RN (center mgr)", "REFUGIA - 22240 E 14TH ST": a list in prose, no header
			}
		}
	}
	return true
}

// ScanRow appends the findings in row, a record of a file whose header is
// cols: each field is read under its column's name, with Field set to it.
// A row whose field count differs from the header's (a comment, a message
// that is not a row) is scanned as Scan would.
func (s *Scanner) ScanRow(dst []Finding, cols *Columns, row []byte) (out []Finding) {
	if cols == nil || len(row) > s.c.maxLine || len(row) > 0 && row[0] == '#' && !cols.numberedRow(row) {
		return s.Scan(dst, row)
	}
	var spans [256]span
	fields, ok := cols.split(spans[:0], row)
	if !ok || len(fields) != len(cols.names) || cols.repeated(row, fields) {
		return s.Scan(dst, row)
	}
	st := s.get(dst, row)
	defer s.put(st)
	defer failClosed(&out, dst, len(row))
	for k, f := range fields {
		st.columnValue(cols, k, row, f.start, f.end)
	}
	st.field = st.field[:0]
	return st.finish(len(dst))
}

// numberedRow reports whether row, which starts with '#', opens with a
// number in its first field, "#KH12004,..." (a store's order), rather
// than a comment.
func (c *Columns) numberedRow(row []byte) bool {
	k := 1
	for k < len(row) && (isAlnum(row[k]) || row[k] == '-') {
		k++
	}
	return k > 1 && k < len(row) && row[k] == c.delim && hasDigit(row[1:k])
}

// repeated reports whether row, split into fields, is the header again,
// as exports repeat it every page: its fields are the columns' names.
func (c *Columns) repeated(row []byte, fields []span) bool {
	for k, f := range fields {
		v := bytes.Trim(row[f.start:f.end], `"' `)
		if !bytes.Equal(v, c.names[k]) {
			return false
		}
	}
	return len(fields) >= 2
}

// columnValue scans b[s:e], the value of the kth of cols.
func (st *state) columnValue(cols *Columns, k int, b []byte, s, e int) {
	if s >= e {
		return
	}
	kc := cols.kinds[k]
	st.field = append(st.field[:0], cols.names[k]...)
	st.resetContext()
	switch {
	case kc.never() && !kc.person() && (kc.orgContact() || !prose(b[s:e])):
		// An organisation's or a clinician's column ("interpreter_name"): theirs, even as words.
	case st.keyedValue(kc, b, s, e):
	default:
		if kc.cat != 0 {
			st.ctx[kc.cat] = s
		}
		st.scanText(b, s, e)
	}
}

// escapedFrames reads the tables a record carries in a string with its
// newlines escaped, as an exception or a notebook's output quotes a
// pandas DataFrame: "schema of data '   mrn  age\n0  10010205   29\n1
// 01756443   95'". The header runs from the string's quote to the first
// "\n", each row from an "\n" to the next or to the closing quote.
func (st *state) escapedFrames(rec []byte) {
	for off := 0; off < len(rec); {
		k := bytes.Index(rec[off:], []byte(`\n0 `))
		if k < 0 {
			return
		}
		nl := off + k
		off = nl + 3
		hs := nl
		for hs > 0 && nl-hs < 512 && rec[hs-1] != '\'' && rec[hs-1] != '"' {
			hs--
		}
		if hs == 0 || nl-hs < 4 || rec[hs] != ' ' {
			continue
		}
		quote := rec[hs-1]
		cols, ok := st.s.parseAligned(rec[hs:nl])
		if !ok {
			continue
		}
		var spans [64]span
		for r := nl + 2; r < len(rec); {
			re := r
			for re < len(rec) && rec[re] != quote && !(rec[re] == '\\' && re+1 < len(rec) && rec[re+1] == 'n') {
				re++
			}
			if fields, ok := cols.splitAligned(spans[:0], rec[r:re]); ok && len(fields) == len(cols.names) {
				for c, f := range fields {
					st.columnValue(cols, c, rec, r+f.start, r+f.end)
				}
				st.field = st.field[:0]
			}
			off = re
			if re >= len(rec) || rec[re] == quote {
				break
			}
			r = re + 2
		}
	}
}

// outerPipes returns the bounds of line inside the '|' that opens and
// closes each row of a drawn table; all of line if it has none.
func outerPipes(line []byte) (start, end int) {
	s, e := 0, len(line)
	for s < e && isSpace(line[s]) {
		s++
	}
	for e > s && isSpace(line[e-1]) {
		e--
	}
	if e-s >= 2 && line[s] == '|' && line[e-1] == '|' {
		return s + 1, e - 1
	}
	return 0, len(line)
}

// TableBorder reports whether line is a rule of a table drawn in text,
// as database clients print query results: "+------+-----+",
// "-------+------", "|=====|".
func TableBorder(line []byte) bool {
	dashes := 0
	for _, c := range line {
		switch c {
		case '-', '=':
			dashes++
		case '+', '|', ' ', '\t', '\r':
		default:
			return false
		}
	}
	return dashes >= 3
}

// splitRow splits row, from row[from], at delim into fields, minding CSV
// quotes ("a, b" and "" for a quote), and returns each field's content
// without its quotes. It reports false for a row of more fields than spans
// can hold or with an unterminated quote.
func splitRow(spans []span, row []byte, from int, delim byte) ([]span, bool) {
	i := from
	for {
		if len(spans) == cap(spans) {
			return spans, false
		}
		if delim == ' ' {
			for i < len(row) && row[i] == ' ' {
				i++
			}
		}
		if i < len(row) && row[i] == '"' && delim != ' ' {
			s := i + 1
			e := s
			for {
				q := bytes.IndexByte(row[e:], '"')
				if q < 0 {
					return spans, false
				}
				e += q
				if e+1 < len(row) && row[e+1] == '"' {
					e += 2 // "" inside a quoted field
					continue
				}
				break
			}
			spans = append(spans, span{s, e})
			i = e + 1
			for i < len(row) && row[i] != delim {
				i++
			}
		} else {
			s := i
			for i < len(row) && row[i] != delim && row[i] != '\r' && row[i] != '\n' {
				i++
			}
			e := i
			for e > s && (row[e-1] == ' ' || row[e-1] == '\r') {
				e--
			}
			for s < e && row[s] == ' ' && delim != ' ' {
				s++
			}
			spans = append(spans, span{s, e})
		}
		if i >= len(row) || row[i] == '\r' || row[i] == '\n' {
			return spans, true
		}
		i++ // the delimiter
	}
}

// datQuote and datSep are a Concordance load file's field quote ('þ') and,
// as UTF-8 exports write the byte 0x14, its separator ('¶').
const (
	datQuote = "\u00fe"
	datSep   = "\u00b6"
)

// datRow reports whether line is a row of a Concordance load file (.dat),
// as eDiscovery tools write them: "þBEGBATESþ¶þCUSTODIANþ¶þ...þ".
func datRow(line []byte) bool {
	return len(line) > 6 && string(line[:2]) == datQuote && (bytes.Contains(line, []byte(datQuote+datSep+datQuote)) ||
		bytes.Contains(line, []byte(datQuote+"\x14"+datQuote)))
}

// splitDAT appends the spans of the fields of a Concordance row, inside
// their quotes; ok is false unless every field is quoted and parted by a
// separator.
func splitDAT(spans []span, row []byte) ([]span, bool) {
	i := 0
	for {
		if len(spans) == cap(spans) || !bytes.HasPrefix(row[i:], []byte(datQuote)) {
			return spans, false
		}
		s := i + len(datQuote)
		k := bytes.Index(row[s:], []byte(datQuote))
		if k < 0 {
			return spans, false
		}
		e := s + k
		spans = append(spans, span{s, e})
		i = e + len(datQuote)
		switch {
		case i >= len(row) || row[i] == '\r':
			return spans, true
		case row[i] == 0x14:
			i++
		case bytes.HasPrefix(row[i:], []byte(datSep)):
			i += len(datSep)
		default:
			return spans, false
		}
	}
}

// criPrefix returns the length of the prefix the CRI log format (containerd,
// CRI-O, the kubelet's files) puts before a container's line, "<RFC 3339
// time> stdout F ", or 0.
func criPrefix(line []byte) int {
	if len(line) < 30 || line[4] != '-' || line[10] != 'T' || !isDigit(line[0]) {
		return 0
	}
	sp := bytes.IndexByte(line[:min(len(line), 40)], ' ')
	if sp < 19 || len(line) < sp+10 {
		return 0
	}
	rest := line[sp+1:]
	for _, tag := range [...]string{"stdout F ", "stderr F ", "stdout P ", "stderr P "} {
		if bytes.HasPrefix(rest, []byte(tag)) {
			return sp + 1 + len(tag)
		}
	}
	return 0
}
