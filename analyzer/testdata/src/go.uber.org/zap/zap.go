// Package zap is a stub of go.uber.org/zap for tests.
package zap

type Field struct {
	Key    string
	String string
	Iface  any
}

func String(k, v string) Field  { return Field{Key: k, String: v} }
func Any(k string, v any) Field { return Field{Key: k, Iface: v} }
func Int(k string, v int) Field { return Field{Key: k} }

type Logger struct{}

func NewNop() *Logger                               { return &Logger{} }
func (l *Logger) Info(msg string, fields ...Field)  {}
func (l *Logger) Error(msg string, fields ...Field) {}
func (l *Logger) With(fields ...Field) *Logger      { return l }
func (l *Logger) Sugar() *SugaredLogger             { return &SugaredLogger{} }

type SugaredLogger struct{}

func (s *SugaredLogger) Infow(msg string, kv ...any)      {}
func (s *SugaredLogger) Infof(format string, args ...any) {}
