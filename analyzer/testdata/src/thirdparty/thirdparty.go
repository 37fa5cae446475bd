// Package thirdparty logs through zap, zerolog, logrus and sentry.
package thirdparty

import (
	"github.com/getsentry/sentry-go"
	"github.com/rs/zerolog"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

type Patient struct {
	ID    string
	Email string `phi:"email"`
	Phone string `phi:"phone"`
}

func logs(p *Patient, z *zap.Logger, zl *zerolog.Logger) {
	z.Info("created", zap.String("email", p.Email))              // want `PHI field Patient.Email \(email\) reaches zap.Logger.Info`
	z.Info("created", zap.String("id", p.ID))                    // fine
	z.With(zap.Any("phone", p.Phone)).Info("x")                  // want `PHI field Patient.Phone \(phone\) reaches zap.Logger.With`
	z.Sugar().Infow("created", "email", p.Email)                 // want `reaches zap.SugaredLogger.Infow`
	zl.Info().Str("email", p.Email).Msg("created")               // want `PHI field Patient.Email \(email\) reaches zerolog.Event.Str`
	zl.Info().Str("id", p.ID).Msgf("n=%d", 1)                    // fine
	logrus.WithField("phone", p.Phone).Info("x")                 // want `reaches logrus.WithField`
	logrus.WithFields(logrus.Fields{"email": p.Email}).Info("x") // want `reaches logrus.WithFields`
	logrus.Info("id ", p.ID)                                     // fine
}

func tracker(p *Patient) {
	sentry.CaptureMessage("bad phone " + p.Phone) // want `PHI field Patient.Phone \(phone\) reaches sentry.CaptureMessage in tracker; redact it before it is sent`
	sentry.ConfigureScope(func(s *sentry.Scope) {
		s.SetTag("email", p.Email)             // want `reaches sentry.Scope.SetTag`
		s.SetUser(sentry.User{ID: p.ID})       // fine
		s.SetUser(sentry.User{Email: p.Email}) // want `reaches sentry.Scope.SetUser`
	})
	sentry.AddBreadcrumb(&sentry.Breadcrumb{Message: p.Phone}) // want `reaches sentry.AddBreadcrumb`
}
