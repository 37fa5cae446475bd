// Package fiximport already imports phi under another name.
package fiximport

import (
	"log"

	marker "github.com/phiguard/phiguard/phi"
)

type Patient struct {
	Name string `phi:"name"`
	Tag  marker.String
}

func f(p *Patient) {
	log.Print("hello ", p.Name) // want `PHI field Patient.Name \(name\) reaches log.Print`
}
