package synth

import "unicode/utf8"

// enc is an escaping context. Values written inside nested contexts (a
// query string inside a JSON string inside a JSON string) pass through every
// context on the stack, innermost first.
type enc uint8

const (
	encNone   enc = iota
	encJSON       // JSON string: escapes " \ and control characters
	encJSONGo     // as encoding/json: also < > & as \u003c \u003e \u0026
	encJSONU      // as PHP json_encode: also / as \/ and non-ASCII as \uXXXX
	encQuery      // URL query component: space as '+', reserved bytes %XX
	encPath       // URL path or query with space as %20, reserved bytes %XX
	encLoose      // URL written by hand: only space, & # % + " escaped
	encXML        // XML text and attributes: & < > " '
	encQuote      // backslash-escaped double-quoted string (logfmt, Go %q, Ruby)
	encSQL        // SQL string literal: ' doubled
	encHL7        // HL7 v2 field text: | ^ & ~ \ as \F\ \S\ \T\ \R\ \E\
	encCSV        // CSV quoted field: " doubled
	encCEF        // ArcSight CEF extension value: = and \ backslash-escaped
	numEnc
)

// unsafe[e][c] reports whether byte c changes under escaping e.
var unsafe [numEnc][256]bool

func init() {
	for c := 0; c < 256; c++ {
		b := byte(c)
		ctl := b < 0x20 || b == 0x7f
		alnum := b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
		unsafe[encJSON][c] = ctl || b == '"' || b == '\\'
		unsafe[encJSONGo][c] = unsafe[encJSON][c] || b == '<' || b == '>' || b == '&'
		unsafe[encJSONU][c] = unsafe[encJSON][c] || b == '/' || b >= 0x80
		unsafe[encQuery][c] = !(alnum || b == '-' || b == '_' || b == '.' || b == '~')
		unsafe[encPath][c] = unsafe[encQuery][c]
		unsafe[encLoose][c] = ctl || b == ' ' || b == '&' || b == '#' || b == '%' || b == '+' || b == '"' || b >= 0x80
		unsafe[encXML][c] = b == '&' || b == '<' || b == '>' || b == '"' || b == '\''
		unsafe[encQuote][c] = ctl || b == '"' || b == '\\'
		unsafe[encSQL][c] = b == '\''
		unsafe[encHL7][c] = b == '|' || b == '^' || b == '&' || b == '~' || b == '\\'
		unsafe[encCSV][c] = b == '"'
		unsafe[encCEF][c] = b == '=' || b == '\\'
	}
}

const hexUpper = "0123456789ABCDEF"

func appendEscaped(dst []byte, e enc, s []byte) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !unsafe[e][c] {
			dst = append(dst, c)
			continue
		}
		switch e {
		case encJSON, encJSONGo, encJSONU, encQuote:
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			case '/':
				dst = append(dst, '\\', '/')
			default:
				if c >= 0x80 && e == encJSONU {
					r, n := utf8.DecodeRune(s[i:])
					i += n - 1
					if r >= 0x10000 {
						r1, r2 := surrogates(r)
						dst = appendU(appendU(dst, r1), r2)
					} else {
						dst = appendU(dst, r)
					}
					continue
				}
				dst = appendU(dst, rune(c))
			}
		case encQuery, encPath, encLoose:
			if c == ' ' && e == encQuery {
				dst = append(dst, '+')
			} else {
				dst = append(dst, '%', hexUpper[c>>4], hexUpper[c&15])
			}
		case encXML:
			switch c {
			case '&':
				dst = append(dst, "&amp;"...)
			case '<':
				dst = append(dst, "&lt;"...)
			case '>':
				dst = append(dst, "&gt;"...)
			case '"':
				dst = append(dst, "&quot;"...)
			case '\'':
				dst = append(dst, "&apos;"...)
			}
		case encSQL:
			dst = append(dst, '\'', '\'')
		case encCSV:
			dst = append(dst, '"', '"')
		case encCEF:
			dst = append(dst, '\\', c)
		case encHL7:
			dst = append(dst, '\\', hl7Esc(c), '\\')
		}
	}
	return dst
}

func appendU(dst []byte, r rune) []byte {
	return append(dst, '\\', 'u', "0123456789abcdef"[r>>12&15], "0123456789abcdef"[r>>8&15],
		"0123456789abcdef"[r>>4&15], "0123456789abcdef"[r&15])
}

func surrogates(r rune) (rune, rune) {
	r -= 0x10000
	return 0xd800 + (r>>10)&0x3ff, 0xdc00 + r&0x3ff
}

// builder accumulates one line and its spans.
type builder struct {
	buf   []byte
	spans []Span
	modes []enc
	key   bool // spans written now sit under a key
	// clinician is set while a clinician's own data are written: in their
	// work, no patient's PHI, so unlabeled but for DEA numbers and licences.
	clinician bool
	t1        []byte
	t2        []byte
}

func (b *builder) reset(buf []byte, spans []Span) {
	b.buf, b.spans, b.modes, b.key, b.clinician = buf, spans, b.modes[:0], false, false
}

func (b *builder) push(e enc) { b.modes = append(b.modes, e) }
func (b *builder) pop()       { b.modes = b.modes[:len(b.modes)-1] }

// w writes s through every escaping context on the stack.
func (b *builder) w(s string) {
	if len(b.modes) == 0 {
		b.buf = append(b.buf, s...)
		return
	}
	b.t1 = append(b.t1[:0], s...)
	b.wb(b.t1)
}

// wb is w for a byte slice. It may use b.t1 and b.t2, so s must not alias b.t2.
func (b *builder) wb(s []byte) {
	if len(b.modes) == 0 {
		b.buf = append(b.buf, s...)
		return
	}
	safe := true
outer:
	for _, c := range s {
		for _, m := range b.modes {
			if unsafe[m][c] {
				safe = false
				break outer
			}
		}
	}
	if safe {
		b.buf = append(b.buf, s...)
		return
	}
	cur := s
	for i := len(b.modes) - 1; i >= 0; i-- {
		b.t2 = appendEscaped(b.t2[:0], b.modes[i], cur)
		b.t1, b.t2 = b.t2, b.t1[:0]
		cur = b.t1
	}
	b.buf = append(b.buf, cur...)
}

func (b *builder) c(c byte) {
	if len(b.modes) == 0 {
		b.buf = append(b.buf, c)
		return
	}
	b.wb([]byte{c})
}

// phi writes a PHI value and labels it.
func (b *builder) phi(cat, kind string, v []byte) {
	s := len(b.buf)
	b.wb(v)
	b.label(s, cat, kind)
}

// phis is phi for a string.
func (b *builder) phis(cat, kind, v string) {
	s := len(b.buf)
	b.w(v)
	b.label(s, cat, kind)
}

// mark and label bracket a value written in several pieces.
func (b *builder) mark() int { return len(b.buf) }
func (b *builder) label(start int, cat, kind string) {
	if kind == "npi" || b.clinician && cat != "license" {
		return // a National Provider Identifier, a clinician's name and contact data: no patient's PHI
	}
	b.spans = append(b.spans, Span{Start: start, End: len(b.buf), Cat: cat, Kind: kind, Key: b.key})
}

func hl7Esc(c byte) byte {
	switch c {
	case '|':
		return 'F'
	case '^':
		return 'S'
	case '&':
		return 'T'
	case '~':
		return 'R'
	}
	return 'E'
}
