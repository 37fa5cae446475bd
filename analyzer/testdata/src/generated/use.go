package generated

func use(r *Record) {
	LogValue(r.SSN) // want `PHI field Record.SSN \(ssn\) reaches log.Print through generated.LogValue in use`
}
