// Package slogphi is a stub of the phiguard slog handler for tests.
package slogphi

import "log/slog"

// Options configures the handler.
type Options struct{}

// NewHandler returns a handler redacting PHI before inner sees it.
func NewHandler(inner slog.Handler, opts *Options) slog.Handler { return inner }
