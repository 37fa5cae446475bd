// Package crossa uses crossb's helpers: its diagnostics come from
// facts exported by crossb.
package crossa

import (
	"log"

	"crossb"
)

type Patient struct {
	ID  string
	SSN string `phi:"ssn"`
}

func use(p *Patient, r *crossb.Record, m crossb.MRN, l *crossb.Logger) {
	crossb.Audit(p.SSN)             // want `PHI field Patient.SSN \(ssn\) reaches slog.Info through crossb.Audit`
	crossb.Audit(p.ID)              // fine
	crossb.Indirect(p.SSN, p.ID)    // fine: only the second argument is logged
	crossb.Indirect(p.ID, p.SSN)    // want `reaches slog.Info through crossb.Indirect`
	log.Print(crossb.Format(p.SSN)) // want `PHI field Patient.SSN \(ssn\) reaches log.Print`
	log.Print(crossb.Clean(p.SSN))  // fine
	l.Log(p.SSN)                    // want `reaches slog.Logger.Info through crossb.Logger.Log in use`
	log.Print(r.MRN)                // want `PHI field Record.MRN \(mrn\) reaches log.Print`
	log.Print(r.ID)                 // fine
	log.Print(m)                    // want `PHI value of type MRN \(mrn\) reaches log.Print`
	log.Print(crossb.Lookup(r))     // want `PHI field Record.MRN \(mrn\) reaches log.Print`
	log.Print(crossb.LoadMRN(p.ID)) // want `PHI result of crossb.LoadMRN \(mrn\) reaches log.Print`
	crossb.Show(p.SSN)              // want `reaches slog.Info through crossb.Show`
	crossb.Show(p.ID)               // fine
}

func effects(p *Patient) {
	var r crossb.Row
	crossb.Fill(&r, p.SSN)
	log.Print(r.Label) // fine
	log.Print(r.Value) // want `PHI field Patient.SSN \(ssn\) reaches log.Print`
}
