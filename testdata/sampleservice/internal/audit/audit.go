// Package audit records who looked at which record, through zap.
package audit

import "go.uber.org/zap"

// Auditor writes audit events.
type Auditor struct {
	log *zap.Logger
}

// New returns an auditor logging to l.
func New(l *zap.Logger) *Auditor { return &Auditor{log: l} }

// Viewed records that user viewed a record described by what.
func (a *Auditor) Viewed(user, what string) {
	a.log.Info("record viewed", zap.String("user", user), zap.String("record", what))
}

// Exported records an export of n records.
func (a *Auditor) Exported(user string, n int) {
	a.log.Info("export", zap.String("user", user), zap.Int("count", n))
}
