package policy_test

import (
	"fmt"

	"github.com/phiguard/phiguard/policy"
)

func Example() {
	p, err := policy.Parse("phiguard.yaml", []byte(`
version: 1
categories: {disable: [ip]}
allow:
  values: [test.patient@example.org]
redact:
  styles: [{category: ssn, style: partial}]
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := p.Scrubber()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.String(`{"ssn":"078-05-1120","email":"jane.roe@example.com","cc":"test.patient@example.org","ip":"8.8.4.4"}`))
	// Output:
	// {"ssn":"***-**-1120","email":"[REDACTED:email]","cc":"test.patient@example.org","ip":"8.8.4.4"}
}

func ExampleParse_errors() {
	_, err := policy.Parse("phiguard.yaml", []byte(`version: 1
min-confidance: high
redact:
  styles:
    - {category: ssn, style: partial}
    - {category: date, style: blur}
`))
	fmt.Println(err)
	// Output:
	// phiguard.yaml:2:1: unknown key "min-confidance" (did you mean min-confidence?)
	// phiguard.yaml:6:31: redact.styles[1].style: unknown redaction style "blur" (want mask, partial, token, generalize or drop)
}
