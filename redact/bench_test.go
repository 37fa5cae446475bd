package redact

import (
	"strings"
	"testing"

	"github.com/phiguard/phiguard/detectors"
)

func BenchmarkAppendValue(b *testing.B) {
	key, _ := detectors.NewKey([]byte("0123456789abcdef"))
	v := []byte("123-45-6789")
	for _, st := range []Style{Mask, Partial, Token, Generalize, Drop} {
		r, err := New(&Options{Default: st, Key: key})
		if err != nil {
			b.Fatal(err)
		}
		for _, c := range []detectors.Category{detectors.SSN, detectors.Date, detectors.ZIP} {
			b.Run(st.String()+"/"+c.String(), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(v)))
				buf := make([]byte, 0, 64)
				for b.Loop() {
					buf, _ = r.AppendValue(buf[:0], c, v)
				}
				if len(buf) == 0 {
					b.Fatal("empty output")
				}
			})
		}
	}
}

func BenchmarkAppendRedacted(b *testing.B) {
	line := []byte(strings.Repeat("GET /api/v1/orders status=200 ", 4) + "ssn 123-45-6789 mail jane.roe@example.com")
	fs := detectors.Default().Scan(nil, line)
	if len(fs) != 2 {
		b.Fatalf("%d findings; want 2", len(fs))
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(line)))
	buf := make([]byte, 0, 256)
	for b.Loop() {
		buf = Default().AppendRedacted(buf[:0], line, fs)
	}
}

func BenchmarkScrubberString(b *testing.B) {
	s := NewScrubber(nil, nil)
	for _, tc := range []struct{ name, text string }{
		{"clean", "order 48213 shipped after 3 retries to warehouse 7"},
		{"phi", "lookup failed for SSN 123-45-6789, mail jane.roe@example.com"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(tc.text)))
			for b.Loop() {
				_ = s.String(tc.text)
			}
		})
	}
}
