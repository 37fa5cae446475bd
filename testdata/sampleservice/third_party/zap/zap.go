// Package zap is an API-compatible stand-in for go.uber.org/zap.
package zap

// Field is a structured logging field.
type Field struct {
	Key   string
	Str   string
	Int   int64
	Iface any
}

// String builds a string field.
func String(key, val string) Field { return Field{Key: key, Str: val} }

// Int builds an integer field.
func Int(key string, val int) Field { return Field{Key: key, Int: int64(val)} }

// Any builds a field from any value.
func Any(key string, val any) Field { return Field{Key: key, Iface: val} }

// Logger is a structured logger.
type Logger struct{}

// NewNop returns a logger that writes nothing.
func NewNop() *Logger { return &Logger{} }

// Info logs at info level.
func (l *Logger) Info(msg string, fields ...Field) {}

// Error logs at error level.
func (l *Logger) Error(msg string, fields ...Field) {}

// With returns a logger with fields attached.
func (l *Logger) With(fields ...Field) *Logger { return l }

// Sugar returns the sugared logger.
func (l *Logger) Sugar() *SugaredLogger { return &SugaredLogger{} }

// SugaredLogger is the printf-style logger.
type SugaredLogger struct{}

// Infow logs a message with key-value pairs.
func (s *SugaredLogger) Infow(msg string, keysAndValues ...any) {}

// Errorf logs a formatted message.
func (s *SugaredLogger) Errorf(template string, args ...any) {}
