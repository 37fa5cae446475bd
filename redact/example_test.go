package redact_test

import (
	"fmt"

	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/redact"
)

// Each style on the same values. The token key is fixed here so that the
// output is stable; a service reads its key from the policy.
func ExampleNew() {
	key, err := detectors.NewKey([]byte("example key, never use in production"))
	if err != nil {
		panic(err)
	}
	for _, style := range []redact.Style{redact.Mask, redact.Partial, redact.Token, redact.Generalize, redact.Drop} {
		r, err := redact.New(&redact.Options{Default: style, Key: key})
		if err != nil {
			panic(err)
		}
		ssn, drop := r.AppendValue(nil, detectors.SSN, []byte("123-45-6789"))
		zip, _ := r.AppendValue(nil, detectors.ZIP, []byte("03601"))
		fmt.Printf("%-10s ssn=%s zip=%s drop=%v\n", style, ssn, zip, drop)
	}
	// Output:
	// mask       ssn=[REDACTED:ssn] zip=[REDACTED:zip] drop=false
	// partial    ssn=***-**-6789 zip=[REDACTED:zip] drop=false
	// token      ssn=tok_ssn_2fc74310_07cdef0b82b71a26 zip=tok_zip_2fc74310_ed1f970902b39611 drop=false
	// generalize ssn=[REDACTED:ssn] zip=000 drop=false
	// drop       ssn=[REDACTED:ssn] zip=[REDACTED:zip] drop=true
}

// Styles per category, and an explicit exception: an audit log that must
// record medical record numbers keeps them, visibly.
func ExampleOptions() {
	r, err := redact.New(&redact.Options{
		Styles: map[detectors.Category]redact.Style{
			detectors.SSN:  redact.Partial,
			detectors.Date: redact.Generalize,
		},
		Keep: detectors.SetOf(detectors.MRN),
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(r.String(detectors.SSN, "123-45-6789"))
	fmt.Println(r.String(detectors.Date, "1987-03-04"))
	fmt.Println(r.String(detectors.Name, "Jane Roe"))
	fmt.Println(r.String(detectors.MRN, "MRN00123456"))
	// Output:
	// ***-**-6789
	// 1987
	// [REDACTED:name]
	// MRN00123456
}

// AppendRedacted replaces the findings of a scan, and only them.
func ExampleRedactor_AppendRedacted() {
	text := []byte("lookup failed for SSN 123-45-6789 (retry 3)")
	fs := detectors.Default().Scan(nil, text)
	fmt.Println(string(redact.Default().AppendRedacted(nil, text, fs)))
	// Output:
	// lookup failed for SSN [REDACTED:ssn] (retry 3)
}

func ExampleScrubber_String() {
	s := redact.NewScrubber(nil, nil) // default scanner, mask everything
	fmt.Println(s.String("mail jane.roe@example.com about order 48213"))
	// Output:
	// mail [REDACTED:email] about order 48213
}

// Value redacts decoded JSON by key and by content; drop removes fields.
func ExampleScrubber_Value() {
	r, _ := redact.New(&redact.Options{Styles: map[detectors.Category]redact.Style{detectors.Email: redact.Drop}})
	s := redact.NewScrubber(nil, r)
	body := map[string]any{
		"order":   48213,
		"patient": map[string]any{"ssn": "123-45-6789", "email": "jane.roe@example.com"},
	}
	fmt.Println(s.Value("", body))
	// Output:
	// map[order:48213 patient:map[ssn:[REDACTED:ssn]]]
}
