// Package names is checked with fixed settings turning on name-based
// sources (see TestNewAnalyzer); the phivet.yaml above it is ignored.
package names

import (
	"log"
	"net/http"
)

type Contact struct {
	PatientName string // want PatientName:`phi\(name, name\)`
	Status      string
}

func f(c Contact, dob string) {
	log.Print(c.PatientName) // want `PHI field Contact.PatientName \(name, by name\) reaches log.Print`
	log.Print(c.Status)      // fine
	log.Print(dob)           // want `PHI parameter dob \(date, by name\) reaches log.Print`
}

type Node struct {
	Parent int // a number cannot be a name: not a source
	Age    int // want Age:`phi\(age, name\)`
}

func g(n Node) {
	log.Print(n.Parent) // fine
	log.Print(n.Age)    // want `PHI field Node.Age \(age, by name\) reaches log.Print`
}

func keyed(r *http.Request, m map[string]string) {
	log.Print(r.FormValue("dob"))                        // want `PHI value under key "dob" \(date, by name\) reaches log.Print`
	log.Print(r.URL.Query().Get("ssn"))                  // want `PHI value under key "ssn" \(ssn, by name\) reaches log.Print`
	log.Print(r.URL.Query().Get("page"))                 // fine
	log.Print(m["email"])                                // want `PHI value under key "email" \(email, by name\) reaches log.Print`
	log.Print(m["status"], r.Header.Get("X-Request-Id")) // fine
}
