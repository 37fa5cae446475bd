package slogphi

import (
	"testing"

	"github.com/phiguard/phiguard/detectors"
)

// engineInputs are short strings of the kind slog attributes hold.
var engineInputs = []struct{ name, s string }{
	{"word", "ok"},
	{"path", "/api/v1/orders"},
	{"msg", "request completed"},
	{"uuid", "3f0b8c2e-6a1d-4e59-9c3b-0d2f7a6e8b14"},
	{"sentence", "cache miss for order 48213 after 3 retries"},
	{"ssn", "lookup failed for SSN 123-45-6789"},
	{"email", "sent to jane.roe@example.com"},
}

func BenchmarkEngineScanShort(b *testing.B) {
	sc := detectors.Default()
	for _, in := range engineInputs {
		buf := []byte(in.s)
		b.Run("Scan/"+in.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(buf)))
			var fs []detectors.Finding
			for b.Loop() {
				fs = sc.Scan(fs[:0], buf)
			}
		})
		b.Run("ScanText/"+in.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(buf)))
			var fs []detectors.Finding
			for b.Loop() {
				fs = sc.ScanText(fs[:0], buf)
			}
		})
	}
	b.Run("KeyCategory", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sc.KeyCategory("order_id")
		}
	})
	b.Run("ScanValue/ssn", func(b *testing.B) {
		b.ReportAllocs()
		v := []byte("123-45-6789")
		var fs []detectors.Finding
		for b.Loop() {
			fs = sc.ScanValue(fs[:0], "ssn", v)
		}
	})
}
