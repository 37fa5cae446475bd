package detectors_test

import (
	"fmt"

	"github.com/phiguard/phiguard/detectors"
)

func ExampleScanner_Scan() {
	line := []byte(`{"msg":"patient Jane Okafor not found","patient":{"ssn":"123-45-6788"},"request_id":"7f3a9c"}`)
	for _, f := range detectors.Default().Scan(nil, line) {
		fmt.Printf("%d-%d %s %s %s field=%s\n", f.Start, f.End, f.Category, f.Detector, f.Confidence, f.Field)
	}
	// Output:
	// 16-27 name name high field=msg
	// 57-68 ssn key high field=patient.ssn
}

func ExampleClassifyKey() {
	for _, key := range []string{"PatientFullName", "subscriber-id", "zip5", "name[0].family", "request_id"} {
		c, ok := detectors.ClassifyKey(key)
		fmt.Println(key, c, ok)
	}
	// Output:
	// PatientFullName name true
	// subscriber-id health_plan true
	// zip5 zip true
	// name[0].family name true
	// request_id Category(0) false
}
