package analyzer_test

import (
	"fmt"
	"strings"

	"github.com/phiguard/phiguard/analyzer"
)

func ExampleParseSettings() {
	s, err := analyzer.ParseSettings("phivet.yaml", []byte(`
sources:
  fields:
    - {package: example.com/clinic/model, type: Visit, field: Notes, category: other_id}
sanitizers:
  - {package: example.com/clinic/mask, name: Hide}
slogphi:
  enabled: true
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Sources.Fields[0].Type+"."+s.Sources.Fields[0].Field, s.Sources.Fields[0].Category)
	fmt.Println(s.Sanitizers[0].Package, s.Sanitizers[0].Name)
	fmt.Println(s.Slogphi.Enabled)

	// A phiguard.yaml policy file keeps phivet's settings under phivet:.
	s, err = analyzer.ParseSettings("phiguard.yaml", []byte("redact:\n  default: mask\nphivet:\n  testing: true\n"))
	fmt.Println(s.Testing, err)

	_, err = analyzer.ParseSettings("phivet.yaml", []byte("sources:\n  types:\n    - {package: p, name: T, category: blood}\n"))
	fmt.Println(err)
	// Output:
	// Visit.Notes other_id
	// example.com/clinic/mask Hide
	// true
	// true <nil>
	// phivet.yaml: sources.types[0]: unknown category "blood" (want one of name, address, zip, date, age, phone, fax, email, ssn, mrn, health_plan, account, license, vehicle, device, url, ip, biometric, photo, other_id)
}

func ExampleReadBaseline() {
	// Earlier phivet -json output: diagnostics match by package and
	// message (which names the enclosing function), not by line.
	b, err := analyzer.ReadBaseline(strings.NewReader(`{
	"example.com/clinic/handler": {
		"phivet": [
			{
				"posn": "handler/handler.go:16:24",
				"message": "PHI field Patient.Name (name) reaches log.Printf in Create; redact it"
			}
		]
	}
}`))
	fmt.Println(b.Len(), err)
	// Output: 1 <nil>
}
