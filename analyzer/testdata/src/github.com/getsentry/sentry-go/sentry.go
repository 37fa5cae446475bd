// Package sentry is a stub of github.com/getsentry/sentry-go for tests.
package sentry

type User struct{ ID, Email, Username string }
type Breadcrumb struct{ Message string }
type Scope struct{}
type EventID string

func CaptureMessage(msg string) *EventID        { return nil }
func CaptureException(err error) *EventID       { return nil }
func AddBreadcrumb(b *Breadcrumb)               {}
func ConfigureScope(f func(scope *Scope))       { f(&Scope{}) }
func (s *Scope) SetTag(key, value string)       {}
func (s *Scope) SetUser(u User)                 {}
func (s *Scope) SetExtra(key string, value any) {}
