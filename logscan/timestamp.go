package logscan

import (
	"bytes"
	"time"
)

// tsKeys are keys whose value is the record's own timestamp, in the order
// they are preferred: CloudTrail's eventTime before the dates inside
// userIdentity.
var tsKeys = [][]byte{[]byte(`"eventTime"`), []byte(`"@timestamp"`), []byte(`"timestamp"`), []byte(`"time"`), []byte(`"ts"`),
	[]byte("time="), []byte("ts="), []byte("timestamp=")}

// recordTime finds the time a log record was written: the value of a
// timestamp key, or else the first date-and-time that starts in the first
// 64 bytes of the record, where log lines put their time (a date further on
// is more likely a date of the patient's). Either must not be inside a
// finding (a date of birth is PHI, not the record's time). It
// understands RFC 3339 and its variants with a space or without a zone,
// the common log format ("10/Oct/2024:13:55:36 -0700"), RFC 1123 ("Mon, 02
// Jan 2006 15:04:05 GMT") and epoch seconds or milliseconds under a
// timestamp key. It returns the zero time when there is none.
func recordTime(b []byte, skip func(start, end int) bool) time.Time {
	if len(b) > 4096 {
		b = b[:4096]
	}
	for _, k := range tsKeys {
		i := bytes.Index(b, k)
		if i < 0 || (k[len(k)-1] == '=' && i > 0 && b[i-1] != ' ') {
			continue
		}
		j := i + len(k)
		for j < len(b) && (b[j] == ':' || b[j] == ' ' || b[j] == '"') {
			j++
		}
		t, n := parseTimeAt(b, j)
		if t.IsZero() {
			t, n = epochAt(b, j)
		}
		if !t.IsZero() && (skip == nil || !skip(j, j+n)) {
			return t
		}
	}
	for i := 0; i < min(len(b), 64); i++ {
		c := b[i]
		if !isDigit(c) && !(c >= 'A' && c <= 'Z') {
			continue
		}
		if i > 0 && (isDigit(b[i-1]) || isLetter(b[i-1])) {
			continue
		}
		if t, n := parseTimeAt(b, i); !t.IsZero() {
			if skip == nil || !skip(i, i+n) {
				return t
			}
			i += n
		}
	}
	return time.Time{}
}

// parseTimeAt parses a timestamp starting at b[i] and returns it with its
// length.
func parseTimeAt(b []byte, i int) (time.Time, int) {
	s := b[i:]
	if len(s) >= 19 && isDigit(s[0]) && s[4] == '-' && s[7] == '-' && (s[10] == 'T' || s[10] == ' ') && s[13] == ':' && s[16] == ':' {
		return parseISO(s)
	}
	if len(s) >= 26 && isDigit(s[0]) && s[2] == '/' && s[6] == '/' && s[11] == ':' {
		// 10/Oct/2024:13:55:36 -0700
		if t, err := time.Parse("02/Jan/2006:15:04:05 -0700", string(s[:26])); err == nil {
			return t.UTC(), 26
		}
	}
	if len(s) >= 29 && s[3] == ',' && s[4] == ' ' {
		if t, err := time.Parse(time.RFC1123, string(s[:29])); err == nil {
			return t.UTC(), 29
		}
		if len(s) >= 31 {
			if t, err := time.Parse(time.RFC1123Z, string(s[:31])); err == nil {
				return t.UTC(), 31
			}
		}
	}
	return time.Time{}, 0
}

// parseISO parses "2006-01-02T15:04:05" with optional fraction and zone
// (Z, +07:00, +0700); no zone means UTC.
func parseISO(s []byte) (time.Time, int) {
	n := 19
	for _, k := range []int{0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18} {
		if !isDigit(s[k]) {
			return time.Time{}, 0
		}
	}
	num := func(a, b int) int {
		v := 0
		for _, c := range s[a:b] {
			v = v*10 + int(c-'0')
		}
		return v
	}
	nsec := 0
	if n < len(s) && (s[n] == '.' || s[n] == ',') {
		n++
		digits := 0
		for n < len(s) && isDigit(s[n]) {
			if digits < 9 {
				nsec = nsec*10 + int(s[n]-'0')
				digits++
			}
			n++
		}
		for ; digits < 9; digits++ {
			nsec *= 10
		}
	}
	loc := time.UTC
	if n < len(s) {
		switch c := s[n]; {
		case c == 'Z':
			n++
		case (c == '+' || c == '-') && n+5 <= len(s) && isDigit(s[n+1]) && isDigit(s[n+2]):
			h := int(s[n+1]-'0')*10 + int(s[n+2]-'0')
			m, w := 0, 3
			if s[n+3] == ':' && n+6 <= len(s) && isDigit(s[n+4]) && isDigit(s[n+5]) {
				m, w = int(s[n+4]-'0')*10+int(s[n+5]-'0'), 6
			} else if isDigit(s[n+3]) && isDigit(s[n+4]) {
				m, w = int(s[n+3]-'0')*10+int(s[n+4]-'0'), 5
			}
			off := (h*60 + m) * 60
			if c == '-' {
				off = -off
			}
			loc = time.FixedZone("", off)
			n += w
		}
	}
	mo, d, h, mi, se := num(5, 7), num(8, 10), num(11, 13), num(14, 16), num(17, 19)
	if mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60 {
		return time.Time{}, 0
	}
	return time.Date(num(0, 4), time.Month(mo), d, h, mi, se, nsec, loc).UTC(), n
}

// epochAt parses epoch seconds (10 digits) or milliseconds (13 digits) at
// b[i:] and returns the time and its length.
func epochAt(b []byte, i int) (time.Time, int) {
	j := i
	v := int64(0)
	for j < len(b) && isDigit(b[j]) {
		v = v*10 + int64(b[j]-'0')
		j++
	}
	if j < len(b) && isLetter(b[j]) {
		return time.Time{}, 0
	}
	switch j - i {
	case 10:
		return time.Unix(v, 0).UTC(), 10
	case 13:
		return time.UnixMilli(v).UTC(), 13
	}
	return time.Time{}, 0
}
