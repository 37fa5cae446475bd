// Package zerolog is an API-compatible stand-in for github.com/rs/zerolog.
package zerolog

import "io"

// Logger is a zero-allocation JSON logger.
type Logger struct{ w io.Writer }

// New returns a logger writing to w.
func New(w io.Writer) Logger { return Logger{w: w} }

// Info starts an info-level event.
func (l *Logger) Info() *Event { return &Event{} }

// Error starts an error-level event.
func (l *Logger) Error() *Event { return &Event{} }

// Event is a log event being built.
type Event struct{}

// Str adds a string field.
func (e *Event) Str(key, val string) *Event { return e }

// Int adds an integer field.
func (e *Event) Int(key string, i int) *Event { return e }

// Err adds an error field.
func (e *Event) Err(err error) *Event { return e }

// Msg sends the event.
func (e *Event) Msg(msg string) {}

// Msgf sends the event with a formatted message.
func (e *Event) Msgf(format string, v ...any) {}
