// Package settings is checked with the phivet.yaml beside it.
package settings

import (
	"log"
	"log/slog"
	"testing"
)

type Chart struct{ Text string } // want Chart:`phitype\(other_id\)`

type Visit struct {
	ID    string
	Notes string // want Notes:`phi\(other_id, settings\)`
	DOB   string // want DOB:`phi\(date, name\)`
	Email string `phi:"email"`
	Name  string `phi:"name"`
	Who   Person
}

type Person struct {
	FirstName string // want FirstName:`phi\(name, name\)`
	Count     int
}

type Store struct{}

func (Store) LoadPhone(id string) string { return id } // want LoadPhone:`summary\(r0<-p1\)`

type Audit struct{}

func (Audit) Write(kind, msg string) {}

type Reporter interface{ Report(msg string) }

func mask(s string) string { return s }

var patientSSN = "000-00-0000"

func f(v *Visit, c Chart, s Store, a Audit, r Reporter, t *testing.T, ssn string) {
	log.Print(c)                     // want `PHI value of type Chart \(other_id\) reaches log.Print`
	log.Print(v.Notes)               // want `PHI field Visit.Notes \(other_id\) reaches log.Print`
	log.Print(v.DOB)                 // want `PHI field Visit.DOB \(date, by name\) reaches log.Print`
	log.Print(v.Who.FirstName)       // want `PHI field Person.FirstName \(name, by name\) reaches log.Print`
	log.Print(v.Who.Count)           // fine
	log.Print(s.LoadPhone(v.ID))     // want `PHI result of settings.Store.LoadPhone \(phone\) reaches log.Print`
	log.Print(mask(v.Notes))         // sanitizer: fine
	a.Write(v.Notes, v.ID)           // fine: arg 0 is not checked
	a.Write(v.ID, v.Notes)           // want `PHI field Visit.Notes \(other_id\) reaches settings.Audit.Write`
	r.Report(v.Notes)                // want `PHI field Visit.Notes \(other_id\) reaches settings.Reporter.Report`
	t.Log(v.Notes)                   // want `reaches testing.common.Log`
	log.Print(ssn)                   // want `PHI parameter ssn \(ssn, by name\) reaches log.Print`
	log.Print(patientSSN)            // want `PHI variable patientSSN \(ssn, by name\) reaches log.Print`
	slog.Info("v", "email", v.Email) // slogphi redacts emails: fine
	slog.Info("v", "visit", v)       // slogphi redacts tagged fields: fine
	slog.Info("v", "name", v.Name)   // want `PHI field Visit.Name \(name\) reaches slog.Info`
	log.Print(v.Email)               // other loggers are unaffected // want `PHI field Visit.Email`
}
