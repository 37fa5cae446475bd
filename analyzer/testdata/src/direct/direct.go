// Package direct has PHI passed straight to log sinks.
package direct

import (
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"os"

	"github.com/phiguard/phiguard/phi"
	"github.com/phiguard/phiguard/redact"
)

type Patient struct {
	ID    string
	Name  string     `phi:"name"`
	SSN   string     `phi:"ssn,partial"`
	Email string     `json:"email" phi:"email"`
	Note  string     `phi:"-"`
	Token phi.String `phi:"other_id"`
}

func logs(p *Patient, w http.ResponseWriter, logger *slog.Logger) {
	slog.Info("created", "ssn", p.SSN)                // want `PHI field Patient.SSN \(ssn\) reaches slog.Info in logs; redact it`
	slog.Info("created", "id", p.ID)                  // non-PHI field of a PHI struct: fine
	slog.Info("note", "note", p.Note)                 // phi:"-": fine
	logger.Warn("lookup for " + p.Name)               // want `PHI field Patient.Name \(name\) reaches slog.Logger.Warn`
	log.Printf("patient %s", p.Email)                 // want `PHI field Patient.Email \(email\) reaches log.Printf`
	fmt.Println("ssn:", p.SSN)                        // want `PHI field Patient.SSN \(ssn\) reaches fmt.Println in logs; redact it before it is written`
	fmt.Fprintf(os.Stderr, "%s\n", p.Name)            // want `PHI field Patient.Name \(name\) reaches fmt.Fprintf`
	fmt.Fprintf(w, "hello %s", p.Name)                // want `PHI field Patient.Name \(name\) reaches fmt.Fprintf`
	slog.Info("masked", "ssn", redact.Partial(p.SSN)) // sanitized: fine
	slog.Info("token", "token", p.Token)              // marker type renders redacted: fine
	slog.InfoContext(nil, "ctx", "email", p.Email)    // want `reaches slog.InfoContext`
	println(p.SSN)                                    // want `PHI field Patient.SSN \(ssn\) reaches println`
}

func notSinks(p *Patient, f *os.File) string {
	fmt.Fprintf(f, "%s", p.SSN) // a file is not a sink by default: fine
	return fmt.Sprintf("%s", p.SSN)
}

func attrs(p Patient, logger *slog.Logger) {
	slog.Info("attr", slog.String("name", p.Name)) // want `PHI field Patient.Name \(name\) reaches slog.Info`
	l := logger.With("email", p.Email)             // want `PHI field Patient.Email \(email\) reaches slog.Logger.With`
	l.Info("ok", slog.Group("g", slog.String("id", p.ID)))
	slog.LogAttrs(nil, slog.LevelInfo, "attrs", slog.Any("ssn", p.SSN)) // want `reaches slog.LogAttrs`
}

func methodValues(p *Patient, logger *slog.Logger) {
	info := logger.Info
	info("created "+p.ID, "ssn", p.SSN) // want `PHI field Patient.SSN \(ssn\) reaches slog.Logger.Info`
	printf := log.Printf
	printf("%s", p.Email) // want `PHI field Patient.Email \(email\) reaches log.Printf`
}
