// Package errs has PHI in error strings.
package errs

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/phiguard/phiguard/phi"
)

type Patient struct {
	ID  string
	SSN string `phi:"ssn"`
	DOB string `phi:"date"`
}

func build(p *Patient) error {
	if p.ID == "" {
		return errors.New("no id for " + p.SSN) // want `PHI field Patient.SSN \(ssn\) reaches errors.New in build; keep PHI out of error strings`
	}
	return fmt.Errorf("patient %s born %s", p.ID, p.DOB) // want `PHI field Patient.DOB \(date\) reaches fmt.Errorf`
}

func logged(p *Patient) {
	err := build(p)
	slog.Error("failed", "err", err) // reported once, where the error is built
	err2 := phi.Errorf("patient %s not found", p.SSN)
	slog.Error("failed", "err", err2) // opaque reference: fine
}

func panics(p *Patient, w http.ResponseWriter) {
	http.Error(w, "bad dob "+p.DOB, 400) // want `PHI field Patient.DOB \(date\) reaches http.Error`
	panic("bad ssn " + p.SSN)            // want `PHI field Patient.SSN \(ssn\) reaches panic`
}

// NotFound prints its key.
type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key } // want Error:`summary\(r0<-p0\)`

// Opaque does not print its key.
type Opaque struct{ Key string }

func (e *Opaque) Error() string { return "not found" }

// SSNError prints a PHI field of its own.
type SSNError struct {
	SSN string `phi:"ssn"`
}

func (e SSNError) Error() string { // want Error:`summary\(r0<-field SSNError.SSN\)`
	return "bad ssn " + e.SSN // want `PHI field SSNError.SSN \(ssn\) reaches the result of SSNError.Error`
}

func custom(p *Patient) error {
	if p.ID == "" {
		return &Opaque{Key: p.SSN} // fine: Error does not print it
	}
	return &NotFound{Key: p.SSN} // want `PHI field Patient.SSN \(ssn\) reaches error value of type \*NotFound in custom`
}
