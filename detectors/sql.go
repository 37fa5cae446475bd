package detectors

import (
	"bytes"
	"strconv"
)

// Column lists paired with value lists, as databases log them:
//
//	INSERT INTO patients (first_name, ssn) VALUES ('Jane', '123-45-6789')
//	DETAIL:  Key (ssn)=(123-45-6789) already exists.
//	... WHERE mrn = $1 DETAIL:  parameters: $1 = 'E4594650'
//
// Each value is read under its column's name, as a key.

// sqlValues handles "VALUES (...)" at b[i:e] (the word VALUES) when a
// column list in parentheses comes before it. It returns where scanning
// goes on, or e when it is not such a statement.
func (st *state) sqlValues(b []byte, i, e, to int) int {
	// The column list: the last "(...)" before VALUES.
	k := i - 1
	for k >= 0 && b[k] == ' ' {
		k--
	}
	if k < 1 || b[k] != ')' {
		return e
	}
	cs := k - 1
	for cs >= 0 && b[cs] != '(' && b[cs] != ')' && k-cs < 1024 {
		cs--
	}
	if cs < 0 || b[cs] != '(' {
		return e
	}
	v := e
	for v < to && b[v] == ' ' {
		v++
	}
	end := e
	for v < to && b[v] == '(' {
		end = st.columnsValues(b, cs+1, k, v, to)
		if end <= v {
			return e
		}
		// More rows: "VALUES (...), (...)", after a comma (a list after a
		// space is something else: "(?, ?) (parameters: array{...})").
		v = skipWS(b, end, to)
		if v >= to || b[v] != ',' {
			break
		}
		v = skipWS(b, v+1, to)
	}
	return end
}

// keyEquals handles "(cols)=(vals)" at b[i] ('('), PostgreSQL's way of
// naming a duplicate key. It returns where scanning goes on, or 0.
func (st *state) keyEquals(b []byte, i, to int) int {
	k := i + 1
	for k < to && k-i < 256 && b[k] != ')' && b[k] != '(' {
		if !isAlnum(b[k]) && b[k] != '_' && b[k] != ',' && b[k] != ' ' && b[k] != '"' {
			return 0
		}
		k++
	}
	if k+2 >= to || b[k] != ')' || b[k+1] != '=' || b[k+2] != '(' {
		return 0
	}
	end := st.columnsValues(b, i+1, k, k+2, to)
	if end <= k+2 {
		return 0
	}
	return end
}

// sqlIn reads the list of "column IN (...)" at b[ls] ('('), each value
// under the column b[ks:ke]. It returns the offset after the list, or 0
// when the column says nothing or the list does not parse.
func (st *state) sqlIn(b []byte, ks, ke, ls, to int) int {
	key := b[ks:ke]
	kc := st.classifyKey(key, keyClass{})
	if kc.cat == 0 || kc.never() {
		return 0
	}
	mark := len(st.field)
	st.field = appendField(st.field, key)
	defer func() { st.field = st.field[:mark] }()
	for k := ls + 1; k < to; {
		for k < to && (b[k] == ' ' || b[k] == ',') {
			k++
		}
		if k < to && b[k] == ')' {
			return k + 1
		}
		s, e, next, ok := sqlValue(b, k, to)
		if !ok {
			return 0
		}
		if e > s && !st.keyedValue(kc, b, s, e) {
			st.scanText(b, s, e)
		}
		k = next
	}
	return 0
}

// sqlLike reads the pattern of "column LIKE '...'" at b[vs] (after the
// quote) under the column b[ks:ke], without its wildcards: a search for a
// patient by the start of a name ("LastName LIKE 'Abubakar%'"). It
// returns the offset after the pattern, or 0.
func (st *state) sqlLike(b []byte, ks, ke, vs, to int) int {
	kc := st.classifyKey(b[ks:ke], keyClass{})
	if kc.cat == 0 || kc.never() {
		return 0
	}
	q := bytes.IndexByte(b[vs:min(to, vs+128)], '\'')
	if q <= 0 {
		return 0 // none, or a statement quoted in a string, its quotes doubled: "ILIKE ''AQUINO%''" is read as text
	}
	s, e := vs, vs+q
	for s < e && (b[s] == '%' || b[s] == '_') {
		s++
	}
	for e > s && (b[e-1] == '%' || b[e-1] == '_') {
		e--
	}
	if e > s {
		mark := len(st.field)
		st.field = appendField(st.field, b[ks:ke])
		st.keyedValue(kc, b, s, e)
		st.field = st.field[:mark]
	}
	return vs + q + 1
}

// bindPlaceholder reports whether v stands for a value bound later: "?",
// "@p0", "$1", ":name", as prepared statements write them (unquoted).
func bindPlaceholder(v []byte) bool {
	if len(v) == 1 {
		return v[0] == '?'
	}
	if len(v) > 32 || v[0] != '@' && v[0] != '$' && v[0] != ':' {
		return false
	}
	for _, c := range v[1:] {
		if !isAlnum(c) && c != '_' {
			return false
		}
	}
	return true
}

// nationalQuote returns where the string at b[k] starts: past the N of
// SQL Server's Unicode string ("N'Muñoz'"), or k.
func nationalQuote(b []byte, k, to int) int {
	if k+1 < to && b[k] == 'N' && b[k+1] == '\'' {
		return k + 1
	}
	return k
}

// sqlValue reads one value of a parenthesised SQL list at b[k]: a quoted
// string, in which a doubled quote stands for one, or anything up to the
// next ',' or ')' outside parentheses. It returns the value's bytes
// (without quotes or trailing spaces) and where the list goes on, or
// ok=false at the end of the input.
func sqlValue(b []byte, k, to int) (s, e, next int, ok bool) {
	if k >= to {
		return 0, 0, 0, false
	}
	k = nationalQuote(b, k, to) // N'Mateo'
	if k+2 < to && b[k] == '\'' && b[k+1] == '\'' && b[k+2] != '\'' && b[k+2] != ',' && b[k+2] != ')' {
		// ''BP188881'': the statement is itself quoted, its quotes doubled,
		// as MySQL prints a replica's failed query.
		if j := bytes.Index(b[k+2:to], []byte("''")); j >= 0 {
			return k + 2, k + 2 + j, k + 4 + j, true
		}
	}
	if b[k] == '\'' {
		s = k + 1
		e = s
		for e < to && !(b[e] == '\'' && (e+1 >= to || b[e+1] != '\'')) {
			if b[e] == '\'' {
				e++
			}
			e++
		}
		if e >= to {
			return 0, 0, 0, false
		}
		return s, e, e + 1, true
	}
	s, e = k, k
	depth := 0
	for e < to && (depth > 0 || b[e] != ',' && b[e] != ')') {
		switch b[e] {
		case '(':
			depth++
		case ')':
			depth--
		}
		e++
	}
	next = e
	for e > s && b[e-1] == ' ' {
		e--
	}
	return s, e, next, true
}

// columnsValues pairs the column names in b[cs:ce] with the values in the
// parenthesised list at b[vs] and reports each value under its column. It
// returns the offset after the closing parenthesis, or vs if the list does
// not parse.
func (st *state) columnsValues(b []byte, cs, ce, vs, to int) int {
	var cols [32]span
	n := 0
	for k := cs; k < ce && n < len(cols); {
		for k < ce && (b[k] == ' ' || b[k] == ',' || b[k] == '"' || b[k] == '`') {
			k++
		}
		s := k
		for k < ce && b[k] != ',' && b[k] != '"' && b[k] != '`' && b[k] != ' ' {
			k++
		}
		if k > s {
			cols[n] = span{s, k}
			n++
		}
	}
	if n == 0 {
		return vs
	}
	k := vs + 1
	for c := 0; k < to; c++ {
		for k < to && b[k] == ' ' {
			k++
		}
		s, e, next, ok := sqlValue(b, k, to)
		if !ok {
			return vs
		}
		if c < n && e > s && !bindPlaceholder(b[s:e]) {
			key := b[cols[c].start:cols[c].end]
			kc := st.classifyKey(key, keyClass{})
			mark := len(st.field)
			st.field = appendField(st.field, key)
			// The column list was read as text: its words are no context
			// for values in other columns.
			st.resetContext()
			if !kc.never() && !st.keyedValue(kc, b, s, e) {
				if kc.cat != 0 {
					st.ctx[kc.cat] = s
				}
				st.scanText(b, s, e)
			}
			st.field = st.field[:mark]
		} else if e > s {
			st.resetContext()
			st.scanText(b, s, e)
		}
		k = next
		for k < to && b[k] == ' ' {
			k++
		}
		if k < to && b[k] == ')' {
			return k + 1
		}
		if k >= to || b[k] != ',' {
			return vs
		}
		k++
	}
	return vs
}

// boundParam reads "$1 = 'E4594650'" at b[i] ('$'), as PostgreSQL logs the
// parameters of a statement ("DETAIL:  parameters: $1 = '...', $2 = '...'"),
// under the column the statement compares with the parameter ("WHERE mrn =
// $1"). It returns where scanning goes on, or 0 when the parameter has no
// such column or the column says nothing.
func (st *state) boundParam(b []byte, i, to int) int {
	k := i + 1
	for k < to && (isDigit(b[k]) || b[i] == '@' && (isLetter(b[k]) || b[k] == '_')) {
		k++
	}
	if k-i > 32 || k == i+1 {
		return 0
	}
	v := skipWS(b, k, to)
	if v >= to || b[v] != '=' {
		return 0
	}
	v = skipWS(b, v+1, to)
	v = nationalQuote(b, v, to) // @p0=N'E1302148'
	if v >= to || b[v] != '\'' {
		return 0
	}
	s, e, next, ok := sqlValue(b, v, to)
	if !ok {
		return 0
	}
	// The statement is searched within a window around the parameter, so
	// that a line of many parameters costs no more than its length.
	var key []byte
	if b[i] == '@' && k-i > 4 && b[i+1] == '_' && b[i+2] == '_' {
		// Entity Framework's captured variable names its column itself:
		// "@__lastName_0='Zhang'", "@__birthDate_1='1936-04-18T00:00:00'".
		key = b[i+3 : k]
		if u := bytes.LastIndexByte(key, '_'); u > 0 && allDigits(key[u+1:]) {
			key = key[:u]
		}
	} else if b[i] == '$' {
		key = st.paramColumn(b[max(0, i-boundListWindow):i], b[i:k]) // PostgreSQL logs the statement first
	} else {
		// Entity Framework logs the parameters before the statement: the
		// record is searched past the bounds of the scan.
		near := b[max(0, i-boundListWindow):min(len(b), i+boundListWindow)]
		if key = st.paramColumn(near, b[i:k]); key == nil && st.spend(len(near)) {
			key = insertColumn(near, b[i:k])
		}
	}
	if key == nil {
		if b[i] == '@' && bytes.HasSuffix(b[:i], []byte("[Parameters=[")) {
			return st.efParams(b, i, to)
		}
		return 0
	}
	kc := st.classifyKey(key, keyClass{})
	if kc.cat == 0 || kc.never() {
		return 0
	}
	mark := len(st.field)
	st.field = appendField(st.field, key)
	st.resetContext()
	if e > s && !st.keyedValue(kc, b, s, e) {
		st.ctx[kc.cat] = s
		st.scanText(b, s, e)
	}
	st.field = st.field[:mark]
	return next
}

// efParams reads Entity Framework's parameters at b[i] when their
// statement is not in the record (it logs the command's text apart):
// "[Parameters=[@p0='Washington' (Size = 50), @p1='Ingrid' (Size = 50),
// @p2='1957-05-07T00:00:00.0000000', @p3='PT-4103513' (Size = 12)]". The
// values are a row, read as rowNames reads one: a birth date stored at
// midnight or a record's number vouches for the names beside it. It
// returns the list's end, or 0.
func (st *state) efParams(b []byte, i, to int) int {
	var row rowValues
	from := len(st.out)
	k := i
	for n := 0; k < to && b[k] == '@'; n++ {
		if n == 2*maxRowValues {
			return 0 // no list is so long: give up at once, each '@' after this one too
		}
		j := k + 1
		for j < to && (isAlnum(b[j]) || b[j] == '_') {
			j++
		}
		if j+1 >= to || b[j] != '=' || b[j+1] != '\'' {
			return 0
		}
		s, e, next, ok := sqlValue(b, j+1, to)
		if !ok {
			return 0
		}
		if midnight(b[s:e]) && calendarDate(b[s:s+10]) {
			e = s + 10 // a day stored as an instant at midnight, as a DateTime column holds a birth date
		}
		row.add(s, e)
		for k = next; k < to && b[k] != ',' && b[k] != ']'; k++ {
			if b[k] == '\'' {
				return 0 // " (Size = 50)", " (Nullable = false)": nothing quoted
			}
		}
		if k >= to || b[k] == ']' {
			break
		}
		k = skipWS(b, k+1, to)
	}
	if k >= to || b[k] != ']' || row.n < 2 {
		return 0
	}
	st.readRow(b, &row, from)
	return k + 1
}

// boundListWindow is how far from a parameter, or before a parameter
// list, its statement is searched for the columns.
const boundListWindow = 4096

// boundList reads the JSON list at b[i] ('[') as the parameters of the
// statement before it, by position, as Ecto logs them: "... WHERE
// (p0.\"first_name\" = $1) AND (p0.\"family_name\" = $2) [\"Sofía\",
// \"Rahimi\"]". Each string is read under the column compared with its
// parameter. It returns the list's end, or 0 when no statement with
// numbered parameters ends right before it.
func (st *state) boundList(b []byte, i, to int) int {
	k := i
	for k > 0 && b[k-1] == ' ' {
		k--
	}
	// The statement is read within a window before the list, so that a line
	// of many lists costs no more than its length.
	stmt := b[max(0, k-boundListWindow):k]
	if k < 2 || k == i || b[k-1] != ')' && !isDigit(b[k-1]) && b[k-1] != '?' && b[k-1] != ':' {
		return 0
	}
	dollar := bytes.Contains(stmt, []byte("$1"))
	if !dollar && (bytes.IndexByte(stmt, '?') < 0 || !st.spend(len(stmt)) || questionColumn(stmt, 1) == nil) {
		return 0 // "... = $2) [...]", or "... = ? [...]", "bindings: [...]" as Laravel logs them
	}
	var ref [8]byte
	ref[0] = '$'
	for n, v := 1, i+1; v < to; n++ {
		v = skipWS(b, v, to)
		ve := v
		vs, e := v+1, -1 // the value inside its quotes or sigil
		if v < to && b[v] == '"' {
			var ok bool
			if ve, _, ok = jsonString(b, v, to); !ok {
				return 0
			}
			e = ve - 1
		} else if v+3 < to && b[v] == '~' && isUpper(b[v+1]) && b[v+2] == '[' {
			vs = v + 3 // Elixir's dates and times: ~D[1949-01-13]
			if j := bytes.IndexByte(b[vs:to], ']'); j > 0 {
				e, ve = vs+j, vs+j+1
			}
		}
		if e > vs {
			var key []byte
			if dollar {
				r := strconv.AppendInt(ref[:1], int64(n), 10)
				if key = st.paramColumn(stmt, r); key == nil {
					key = insertColumn(stmt, r) // "INSERT ... VALUES ($1, $2) -- PARAMETERS: [...]"
				}
			} else if st.spend(len(stmt)) {
				key = questionColumn(stmt, n)
			}
			kc := st.classifyKey(key, keyClass{})
			mark := len(st.field)
			if key != nil && !kc.never() {
				st.field = appendField(st.field, key)
			}
			if key == nil || !kc.never() && !st.keyedValue(kc, b, vs, e) {
				st.resetContext()
				st.scanText(b, vs, e) // a value its column does not vouch for is read as text
			}
			st.field = st.field[:mark]
		} else {
			// A number, nil, a sigil (~D[2024-03-12]): up to the next comma.
			for depth := 0; ve < to && (depth > 0 || b[ve] != ',' && b[ve] != ']'); ve++ {
				switch b[ve] {
				case '[':
					depth++
				case ']':
					depth--
				}
			}
		}
		v = skipWS(b, ve, to)
		if v >= to {
			return 0
		}
		switch b[v] {
		case ',':
			v++
		case ']':
			return v + 1
		default:
			return 0
		}
	}
	return 0
}

// spend takes n bytes from the record's lookback budget and reports
// whether there were enough.
func (st *state) spend(n int) bool {
	if st.lookback < n {
		return false
	}
	st.lookback -= n
	return true
}

// paramColumn is paramColumn within the record's lookback budget: nil once
// it is spent.
func (st *state) paramColumn(b, ref []byte) []byte {
	if !st.spend(len(b)) {
		return nil
	}
	return paramColumn(b, ref)
}

// paramColumn returns the column that b compares with the parameter ref
// ("$1"): "mrn = $1", "p.mrn=$1", "\"patients\".\"mrn\" = $1"; or nil.
func paramColumn(b, ref []byte) []byte {
	for from := 0; from < len(b); {
		j := bytes.Index(b[from:], ref)
		if j < 0 {
			return nil
		}
		j += from
		from = j + len(ref)
		if from < len(b) && (isDigit(b[from]) || ref[0] == '@' && (isLetter(b[from]) || b[from] == '_')) {
			continue // "$10" is not "$1", "@p10" not "@p1"
		}
		if col := columnBefore(b, j); col != nil {
			return col
		}
	}
	return nil
}

// columnBefore returns the column compared with the placeholder at b[j]:
// "mrn = $1", "p.mrn=?", "\"patients\".\"mrn\" = $1"; or nil.
func columnBefore(b []byte, j int) []byte {
	k := j - 1
	for k >= 0 && b[k] == ' ' {
		k--
	}
	if k < 1 || b[k] != '=' || b[k-1] == '!' || b[k-1] == '<' || b[k-1] == '>' {
		return nil
	}
	k--
	for k >= 0 && b[k] == ' ' {
		k--
	}
	if k >= 0 && (b[k] == '"' || b[k] == '`' || b[k] == ']') {
		k--
	}
	e := k + 1
	for k >= 0 && (isAlnum(b[k]) || b[k] == '_') {
		k--
	}
	if e > k+1 {
		return b[k+1 : e]
	}
	return nil
}

// insertColumn returns the column of "INSERT INTO t (a, b) ... VALUES
// (@p0, @p1)" that the parameter ref fills, by its place in the list; or
// nil.
func insertColumn(b, ref []byte) []byte {
	v := indexFold(b, "values (")
	if v < 0 {
		return nil
	}
	list := b[v+len("values ("):]
	if e := bytes.IndexByte(list, ')'); e >= 0 {
		list = list[:e]
	}
	n := -1
	k := 0
	for item := range bytes.SplitSeq(list, []byte{','}) {
		if bytes.Equal(bytes.TrimSpace(item), ref) {
			n = k
			break
		}
		k++
	}
	if n < 0 {
		return nil
	}
	// The column list: the last parenthesised list before VALUES.
	ce := bytes.LastIndexByte(b[:v], ')')
	if ce < 0 {
		return nil
	}
	cs := bytes.LastIndexByte(b[:ce], '(')
	if cs < 0 {
		return nil
	}
	k = 0
	for item := range bytes.SplitSeq(b[cs+1:ce], []byte{','}) {
		if k == n {
			return bytes.Trim(item, " []\"`")
		}
		k++
	}
	return nil // fewer columns than values
}

// questionColumn returns the column that the n-th "?" (1-based) of the
// last statement in b fills or is compared with: "mrn = ?" or, in
// "INSERT INTO t (a, b) VALUES (?, ?)", the column at its place; or nil.
// Doctrine, JDBC and many drivers write their parameters so, and log the
// values apart, by position: "(parameters: array{"1":"Lemuel",...})".
func questionColumn(b []byte, n int) []byte {
	start := statementStart(b)
	if start < 0 || n < 1 {
		return nil
	}
	stmt := b[start:]
	q, quote := 0, byte(0)
	for k, c := range stmt {
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"' && k+1 < len(stmt) && stmt[k+1] != ':':
			quote = c // a literal, or a quoted name (not a JSON key after the statement)
		case c == '?':
			if q++; q == n {
				if col := columnBefore(stmt, k); col != nil {
					return col
				}
				return valuesColumn(stmt, k)
			}
		}
	}
	return nil
}

// boundColumn returns the column of the n-th "?" of the statement
// written before b[i], within the record's lookback budget; or nil.
func (st *state) boundColumn(b []byte, i, n int) []byte {
	stmt := b[max(0, i-boundListWindow):i]
	if bytes.IndexByte(stmt, '?') < 0 || !st.spend(len(stmt)) {
		return nil
	}
	return questionColumn(stmt, n)
}

// valuesColumn returns the column of "INSERT INTO t (a, b) VALUES (?, ?)"
// that the placeholder at stmt[k] fills, by its place in the list; or nil.
func valuesColumn(stmt []byte, k int) []byte {
	v := lastIndexFold(stmt[:k], "values")
	if v < 0 {
		return nil
	}
	open := bytes.IndexByte(stmt[v:k], '(')
	if open < 0 {
		return nil
	}
	place := bytes.Count(stmt[v+open:k], []byte{','})
	ce := bytes.LastIndexByte(stmt[:v], ')')
	if ce < 0 {
		return nil
	}
	cs := bytes.LastIndexByte(stmt[:ce], '(')
	if cs < 0 {
		return nil
	}
	n := 0
	for item := range bytes.SplitSeq(stmt[cs+1:ce], []byte{','}) {
		if n == place {
			return bytes.Trim(item, " []\"`")
		}
		n++
	}
	return nil
}

// statementStart returns where the last SQL statement in b starts, at its
// verb ("INSERT ", "update "...), or -1.
func statementStart(b []byte) int {
	for k := len(b) - 7; k >= 0; k-- {
		switch b[k] | 0x20 {
		case 'i', 'u', 's', 'd':
			if b[k+6] == ' ' && (k == 0 || !isLetter(b[k-1])) && (equalFold(b[k:k+6], "insert") || equalFold(b[k:k+6], "update") ||
				equalFold(b[k:k+6], "select") || equalFold(b[k:k+6], "delete")) {
				return k
			}
		}
	}
	return -1
}

// lastIndexFold is bytes.LastIndex for an ASCII lower-case word in any case.
func lastIndexFold(b []byte, w string) int {
	for k := len(b) - len(w); k >= 0; k-- {
		if lower(b[k]) == w[0] && equalFold(b[k:k+len(w)], w) {
			return k
		}
	}
	return -1
}
