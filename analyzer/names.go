package analyzer

import "github.com/phiguard/phiguard/detectors"

// classifyName returns the category of an identifier that looks like
// PHI, by the detectors key classifier: ssn, dob, patientName,
// patient_name and the like.
func classifyName(name string) (string, bool) {
	c, ok := detectors.ClassifyKey(name)
	if !ok {
		return "", false
	}
	return c.String(), true
}
