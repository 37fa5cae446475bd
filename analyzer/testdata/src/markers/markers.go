// Package markers uses the phi marker types and //phi:sensitive.
package markers

import (
	"fmt"
	"log/slog"

	"github.com/phiguard/phiguard/phi"
)

type Patient struct {
	ID   string
	Name phi.String `phi:"name"`
	DOB  phi.Value[string]
}

// Diagnosis is sensitive whatever field holds it.
//
//phi:sensitive other_id
type Diagnosis struct { // want Diagnosis:`phitype\(other_id\)`
	Code string
}

// Insurer is sensitive too. The directive may trail the declaration.
type Insurer string //phi:sensitive health_plan // want Insurer:`phitype\(health_plan\)`

type Claim struct {
	ID string
	//phi:sensitive account
	Account string // want Account:`phi\(account, directive\)`
	Plan    Insurer
}

//phi:sensitive ssn
func lookupSSN(id string) string { return id }

func markers(p Patient, d Diagnosis, c Claim) {
	slog.Info("p", "name", p.Name)          // marker prints redacted: fine
	slog.Info("p", "dob", p.DOB)            // fine
	slog.Info("p", "name", string(p.Name))  // want `PHI field Patient.Name \(name\) reaches slog.Info`
	slog.Info("p", "name", p.Name.Reveal()) // want `PHI field Patient.Name \(name\) reaches slog.Info`
	slog.Info("p", "dob", p.DOB.Reveal())   // want `PHI value of type phi.Value reaches slog.Info`
	fmt.Println(d)                          // want `PHI value of type Diagnosis \(other_id\) reaches fmt.Println`
	fmt.Println(c.Account)                  // want `PHI field Claim.Account \(account\) reaches fmt.Println`
	fmt.Println(c.Plan)                     // want `PHI value of type Insurer \(health_plan\) reaches fmt.Println`
	fmt.Println(c.ID)                       // fine
	fmt.Println(lookupSSN(c.ID))            // want `PHI result of markers.lookupSSN \(ssn\) reaches fmt.Println`
	v := phi.Of("x")
	fmt.Println(v, v.Reveal()) // want `PHI value of type phi.Value reaches fmt.Println`
}
