package detectors

// PHP's serialize() format, as PHP writes sessions to files and logs dump
// them: a session is name|value pairs, `mrn|s:9:"E26441337";age|i:93;`,
// and a value is a string with its length in bytes, a number, or an array
// of keys and values, `a:2:{s:5:"payer";s:3:"HMO";s:6:"member";s:9:"...";}`.

// phpSession reads session variables starting with the name at b[i:e]
// ("mrn" of "mrn|s:9:..."), each value under its name, and returns where
// they end, or 0 when b[e:] is no serialized value.
func (st *state) phpSession(b []byte, i, e, to int) int {
	end := 0
	for e < to && b[e] == '|' {
		ve, ok := st.phpValue(b, e+1, to, b[i:e], 0)
		if !ok {
			break
		}
		end = ve
		i, e = ve, ve // the next name, up to its '|'
		for e < to && (isAlnum(b[e]) || b[e] == '_') {
			e++
		}
		if e == i {
			break
		}
	}
	return end
}

// phpLength reads the decimal length or count at b[k:] up to its ':'.
func phpLength(b []byte, k, to int) (n, colon int, ok bool) {
	d := k
	for d < to && isDigit(b[d]) && d-k < 9 {
		n = n*10 + int(b[d]-'0')
		d++
	}
	return n, d, d > k && d < to && b[d] == ':'
}

// phpString reads `s:<n>:"<n bytes>"` at b[k] and returns the string's
// bytes and the offset after its closing quote.
func phpString(b []byte, k, to int) (s, e, end int, ok bool) {
	if k+2 > to || b[k] != 's' || b[k+1] != ':' {
		return 0, 0, 0, false
	}
	n, d, ok := phpLength(b, k+2, to)
	if !ok || d+1 >= to || b[d+1] != '"' || d+3+n > to || b[d+2+n] != '"' {
		return 0, 0, 0, false
	}
	return d + 2, d + 2 + n, d + 3 + n, true
}

// phpValue reads the serialized value at b[k] under key (nil for none)
// and returns its end. depth bounds nesting.
func (st *state) phpValue(b []byte, k, to int, key []byte, depth int) (int, bool) {
	if k+2 > to || depth > 8 {
		return 0, false
	}
	switch t := b[k]; {
	case t == 'N' && b[k+1] == ';':
		return k + 2, true
	case t == 's':
		s, e, end, ok := phpString(b, k, to)
		if !ok || end >= to || b[end] != ';' {
			return 0, false
		}
		st.phpPair(b, key, s, e)
		return end + 1, true
	case (t == 'i' || t == 'd' || t == 'b') && b[k+1] == ':':
		e := k + 2
		for e < to && b[e] != ';' && e-k < 32 {
			e++
		}
		if e >= to || b[e] != ';' || e == k+2 {
			return 0, false
		}
		if t != 'b' {
			st.phpPair(b, key, k+2, e)
		}
		return e + 1, true
	case (t == 'a' || t == 'O') && b[k+1] == ':':
		if len(key) > 0 {
			mark := len(st.field)
			st.field = appendField(st.field, key)
			defer func() { st.field = st.field[:mark] }()
		}
		p := k + 2
		if t == 'O' {
			// O:<n>:"<class>":<count>:{...}: an object, its properties as an array's pairs.
			n, d, ok := phpLength(b, p, to)
			if !ok || d+1 >= to || b[d+1] != '"' || d+4+n > to || b[d+2+n] != '"' || b[d+3+n] != ':' {
				return 0, false
			}
			p = d + 4 + n
		}
		n, d, ok := phpLength(b, p, to)
		if !ok || d+1 >= to || b[d+1] != '{' {
			return 0, false
		}
		p = d + 2
		for range n {
			var ks, ke int
			if s, e, end, ok := phpString(b, p, to); ok && end < to && b[end] == ';' {
				ks, ke, p = s, e, end+1
			} else if p+2 < to && b[p] == 'i' && b[p+1] == ':' {
				e := p + 2
				for e < to && b[e] != ';' {
					e++
				}
				if e >= to {
					return 0, false
				}
				ks, ke, p = e, e, e+1 // a list's index names nothing
			} else {
				return 0, false
			}
			for ks < ke && (b[ks] == 0 || b[ks] == '*') {
				ks++ // a protected property's name starts with NUL, '*', NUL
			}
			ve, ok := st.phpValue(b, p, to, b[ks:ke], depth+1)
			if !ok {
				return 0, false
			}
			p = ve
		}
		if p >= to || b[p] != '}' {
			return 0, false
		}
		return p + 1, true
	}
	return 0, false
}

// phpPair reads the value b[s:e] under key, as a JSON object's string is.
func (st *state) phpPair(b []byte, key []byte, s, e int) {
	if s >= e {
		return
	}
	mark := len(st.field)
	kc := keyClass{}
	if len(key) > 0 {
		st.field = appendField(st.field, key)
		kc = st.classifyKey(key, keyClass{})
	}
	st.stringValue(b, s, e, kc)
	st.field = st.field[:mark]
}
