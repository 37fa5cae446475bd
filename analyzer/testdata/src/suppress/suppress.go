// Package suppress has //phivet:ignore comments.
package suppress

import "log"

type Patient struct {
	ID   string
	Name string `phi:"name"`
}

func f(p *Patient) {
	log.Print(p.Name) //phivet:ignore the audit log must name the patient

	//phivet:ignore printed to the operator console only
	log.Printf("%s",
		p.Name)

	log.Print(p.Name) //phivet:ignore // want `phivet:ignore comment has no reason` `PHI field Patient.Name`

	//phivet:ignore nothing here // want `phivet:ignore comment suppresses nothing; remove it`
	log.Print(p.ID)
}

func g(p *Patient) {
	log.Print(p.ID)   //phivet:ignore trailing comments cover their own line only // want `phivet:ignore comment suppresses nothing`
	log.Print(p.Name) // want `PHI field Patient.Name`
}
