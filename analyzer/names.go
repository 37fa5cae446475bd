package analyzer

import "strings"

// classifyName returns the category of an identifier that looks like
// PHI. TEMPORARY: a small list until detectors.ClassifyKey compiles
// again; see names_detectors.go.
func classifyName(name string) (string, bool) {
	k := strings.ToLower(strings.NewReplacer("_", "", "-", "").Replace(name))
	for _, e := range []struct{ suffix, cat string }{
		{"ssn", "ssn"}, {"socialsecuritynumber", "ssn"}, {"dob", "date"}, {"birthdate", "date"}, {"dateofbirth", "date"},
		{"firstname", "name"}, {"lastname", "name"}, {"fullname", "name"}, {"patientname", "name"},
		{"email", "email"}, {"phone", "phone"}, {"mrn", "mrn"}, {"address", "address"}, {"zip", "zip"}, {"zipcode", "zip"},
	} {
		if strings.HasSuffix(k, e.suffix) {
			return e.cat, true
		}
	}
	return "", false
}
