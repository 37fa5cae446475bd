// Package phi is a stub of the phiguard marker package for tests.
package phi

import (
	"fmt"
	"log/slog"
)

// String is a string that is PHI; it prints redacted.
type String string

func (s String) String() string                { return "[REDACTED]" }
func (s String) LogValue() slog.Value          { return slog.StringValue("[REDACTED]") }
func (s String) Format(f fmt.State, verb rune) { fmt.Fprint(f, "[REDACTED]") }
func (s String) Reveal() string                { return string(s) }

// Value wraps any PHI value; it prints redacted.
type Value[T any] struct{ v T }

// Of wraps v.
func Of[T any](v T) Value[T] { return Value[T]{v: v} }

func (v Value[T]) String() string       { return "[REDACTED]" }
func (v Value[T]) LogValue() slog.Value { return slog.StringValue("[REDACTED]") }
func (v Value[T]) Reveal() T            { return v.v }

// Errorf builds an error whose message keeps PHI out behind a reference.
func Errorf(format string, args ...any) error { return fmt.Errorf("ref 0001") }
