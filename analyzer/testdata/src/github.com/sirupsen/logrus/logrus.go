// Package logrus is a stub of github.com/sirupsen/logrus for tests.
package logrus

type Fields map[string]any
type Entry struct{}

func WithField(key string, value any) *Entry        { return &Entry{} }
func WithFields(fields Fields) *Entry               { return &Entry{} }
func Info(args ...any)                              {}
func (e *Entry) Info(args ...any)                   {}
func (e *Entry) WithField(key string, v any) *Entry { return e }
