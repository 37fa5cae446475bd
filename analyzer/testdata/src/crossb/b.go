// Package crossb has helpers whose parameters reach sinks; their
// summaries are exported as facts.
package crossb

import (
	"fmt"
	"log/slog"
)

// Record is a record with a directive-marked field.
type Record struct {
	ID string
	//phi:sensitive mrn
	MRN string // want MRN:"phi\(mrn, directive\)"
}

// MRN is a medical record number; every value is PHI.
//
//phi:sensitive mrn
type MRN string // want MRN:"phitype\(mrn\)"

// Audit logs its argument.
func Audit(msg string) { // want Audit:`summary\(p0->slog.Info\)`
	slog.Info("audit", "msg", msg)
}

// Indirect calls Audit.
func Indirect(prefix, v string) { // want Indirect:`summary\(p1->slog.Info\)`
	Audit(fmt.Sprint(prefix == "", v))
}

// Format passes its argument to its result.
func Format(v string) string { // want Format:`summary\(r0<-p0\)`
	return "<" + v + ">"
}

// Clean returns nothing of its argument.
func Clean(v string) string {
	return fmt.Sprint(len(v))
}

// Logger logs through a method.
type Logger struct{ l *slog.Logger }

// Log logs v.
func (l *Logger) Log(v string) { // want Log:`summary\(p1->slog.Logger.Info\)`
	l.l.Info("log", "v", v)
}

// Lookup returns a PHI field.
func Lookup(r *Record) string { // want Lookup:`summary\(r0<-field Record.MRN\)`
	return r.MRN
}

// LoadMRN's result is PHI by directive.
//
//phi:sensitive mrn
func LoadMRN(id string) string { // want LoadMRN:`summary\(r0<-result of crossb.LoadMRN\)`
	return id
}

// Each calls f for each element.
func Each[T any](xs []T, f func(T)) {
	for _, x := range xs {
		f(x)
	}
}

// Show logs any value.
func Show[T any](v T) { // want Show:`summary\(p0->slog.Info\)`
	slog.Info("show", "v", v)
}

// Row is a label and a value.
type Row struct{ Label, Value string }

// Fill stores v in the row's value.
func Fill(r *Row, v string) { // want Fill:`summary\(\*p0.Value<-p1\)`
	r.Label = "value"
	r.Value = v
}
