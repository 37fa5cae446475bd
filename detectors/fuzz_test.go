package detectors

import (
	"testing"
)

// checkFindings fails on findings outside the input or out of order.
func checkFindings(t *testing.T, fs []Finding, n int) {
	t.Helper()
	for i, f := range fs {
		if f.Start < 0 || f.End > n || f.Start >= f.End {
			t.Fatalf("finding %d out of range: [%d,%d) in %d bytes", i, f.Start, f.End, n)
		}
		if !f.Category.Valid() || f.Confidence < Low || f.Confidence > High {
			t.Fatalf("finding %d has category %d confidence %d", i, f.Category, f.Confidence)
		}
		if f.Detector == "scan_failure" {
			t.Fatalf("scanner panicked on this input")
		}
		if i > 0 && fs[i-1].Start > f.Start {
			t.Fatalf("findings not sorted at %d", i)
		}
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{
		`patient John Smith DOB 01/02/1950 SSN 123-45-6788 fax (212) 555-0199`,
		`{"patient":{"name":[{"family":"Doe","given":["Jane"]}],"note":"{\"ssn\":\"123-45-6788\"}"}}`,
		`GET /x?email=a%40b.org&dob=1970-01-01&q=%ZZ HTTP/1.1`,
		"PID|1||123^^^H^MR||Doe^Jane||19800101|F|||1 Main St^^Town^MA^02445\rPV1|1|I",
		`level=info ssn="123 45 6788" zip=02445 ip=2601:75c8::1 mac=00:1a:2b:3c:4d:5e`,
		`photo=iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA`,
		`12 Elm St, Brookline, MA 02445-1234 PO Box 7 (01)00884838123458(17)250101`,
		`{"a":[1,2,{"b":"\u00e9\ud83d"}],"c":`, `"key": "value", 'x'=`, `{{{{[[[[`,
	} {
		f.Add([]byte(s))
	}
	sc := Default()
	small, _ := New(&Options{MaxLineBytes: 4096})
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFindings(t, sc.Scan(nil, data), len(data))
		checkFindings(t, sc.ScanText(nil, data), len(data))
		checkFindings(t, sc.ScanValue(nil, "patient.name", data), len(data))
		checkFindings(t, small.Scan(nil, data), len(data))
	})
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"PatientFullName", "PID-5", "name[0].family", "a..b[", "x_*_ssn", "[]].["} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, key string) {
		_ = NormalizeKey(key)
		_, _ = ClassifyKey(key)
		_, _, _ = Default().KeyCategory(key)
	})
}
