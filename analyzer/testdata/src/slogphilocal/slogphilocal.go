// Package slogphilocal builds its logger on slogphi in the same
// function, so its slog calls are covered without settings.
package slogphilocal

import (
	"log/slog"
	"os"

	"github.com/phiguard/phiguard/slogphi"
)

type Patient struct {
	ID    string
	SSN   string `phi:"ssn"`
	Name  string `phi:"name"`
	Phone string `phi:"phone"`
}

func f(p Patient, plain *slog.Logger) {
	logger := slog.New(slogphi.NewHandler(slog.NewJSONHandler(os.Stderr, nil), nil))
	logger.Info("created", "ssn", p.SSN)                // slogphi finds SSNs in any value: fine
	logger.Info("created", "patient", p)                // slogphi reads the tags: fine
	logger.With("phone", p.Phone).Info("x")             // fine
	logger.Info("created", "name", p.Name)              // want `PHI field Patient.Name \(name\) reaches slog.Logger.Info`
	plain.Info("created", "ssn", p.SSN)                 // want `PHI field Patient.SSN \(ssn\) reaches slog.Logger.Info`
	logger.WithGroup("g").Info("created", "ssn", p.SSN) // fine
}
