// Package zerolog is a stub of github.com/rs/zerolog for tests.
package zerolog

type Logger struct{}
type Event struct{}

func (l *Logger) Info() *Event                      { return &Event{} }
func (e *Event) Str(key, val string) *Event         { return e }
func (e *Event) Int(key string, i int) *Event       { return e }
func (e *Event) Interface(key string, i any) *Event { return e }
func (e *Event) Msg(msg string)                     {}
func (e *Event) Msgf(format string, v ...any)       {}
