package logscan

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// FuzzScanRecord scans arbitrary input, as a file and as a Records
// document: no panic, no hang, and every finding's offsets fall inside its
// line.
func FuzzScanRecord(f *testing.F) {
	f.Add([]byte(`{"Records":[{"eventTime":"2024-01-01T00:00:00Z","ssn":"123-45-6789"},{"a":"b\"}"}]}`))
	f.Add([]byte("{\n \"Records\" : [\n  {\"email\":\"a.b@example.org\"}\n ],\n \"x\": \"SSN 123-45-6789\"\n}\n"))
	f.Add([]byte(`{"Records":[{"unterminated":"`))
	f.Add([]byte("time=2024-01-01T00:00:00Z ssn=123-45-6789 zip=94110\n\n\r\nDOB 01/02/1960"))
	f.Add([]byte(`{"Records":["str", 12, [1,2], {"k":"v"}] } trailing`))
	f.Add([]byte("   medical_record_number  phone_no\n0       5755212  341-421-9281\n1 x\n   a_b  c\n0\n"))
	key := testKey(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		var out bytes.Buffer
		_, err := Scan(context.Background(), []string{"-"}, &Options{Key: key, Stdin: bytes.NewReader(in), Findings: &out, MaxLineBytes: 256, Workers: 1})
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(in), "\n")
		for _, l := range strings.Split(out.String(), "\n") {
			if l == "" {
				continue
			}
			var jf JSONFinding
			if err := json.Unmarshal([]byte(l), &jf); err != nil {
				t.Fatalf("bad JSON line: %v", err)
			}
			if jf.Line < 1 || int(jf.Line) > len(lines) || jf.Start < 0 || jf.End < jf.Start || int(jf.End) > len(lines[jf.Line-1]) {
				t.Fatalf("finding at line %d %d-%d outside the input (%d lines)", jf.Line, jf.Start, jf.End, len(lines))
			}
		}
	})
}

// FuzzRecordTime: the timestamp and state finders never panic.
func FuzzRecordTime(f *testing.F) {
	for _, s := range []string{`{"time":"2024-05-06T07:08:09.123+02:00"}`, `[10/Oct/2024:13:55:36 -0700]`, `Thu, 10 Oct 2024 13:55:36 GMT`,
		`ts=1700000000`, `"state":"CA"`, `Springfield, IL 62704`, `2024-13-45T99:99:99Z`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		recordTime(b, func(s, e int) bool {
			if s < 0 || e > len(b) || s > e {
				t.Fatalf("skip asked about %d-%d of %d bytes", s, e, len(b))
			}
			return false
		})
		stateInText(b)
		stateOfZIP(b)
	})
}
