// Package fixes has diagnostics with a suggested fix.
package fixes

import (
	"fmt"
	"log/slog"
)

type Patient struct {
	ID  string
	SSN string `phi:"ssn"`
}

func f(p *Patient) error {
	slog.Info("created", "ssn", p.SSN)              // want `PHI field Patient.SSN \(ssn\) reaches slog.Info`
	slog.Info("created", slog.String("ssn", p.SSN)) // want `PHI field Patient.SSN \(ssn\) reaches slog.Info`
	return fmt.Errorf("no patient %s", p.SSN)       // want `PHI field Patient.SSN \(ssn\) reaches fmt.Errorf`
}
