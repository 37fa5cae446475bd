// Package jobs runs background jobs, logging through zerolog.
package jobs

import (
	"strings"

	"example.com/sampleservice/internal/model"
	"github.com/rs/zerolog"
)

// Reminders sends appointment reminders.
type Reminders struct {
	Log *zerolog.Logger
}

// Send sends one reminder.
func (j *Reminders) Send(p *model.Patient, a model.Appointment) {
	j.Log.Info().Str("patient", p.ID).Str("appointment", a.ID).Msg("reminder sent")
	j.Log.Info().Str("to", p.Phone).Msg("sms queued")
	greeting := "Dear " + strings.Title(p.Name) //nolint:staticcheck // sample code
	j.Log.Info().Msg(greeting)
	j.Log.Info().Msgf("visit for %s", a.Reason)
	j.Log.Info().Str("notes", summarize(p)).Msg("context")
}

// summarize returns the first line of the notes.
func summarize(p *model.Patient) string {
	first, _, _ := strings.Cut(p.Notes, "\n")
	return first
}
