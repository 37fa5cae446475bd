package sentryphi_test

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/getsentry/sentry-go"

	"github.com/phiguard/phiguard/sentryphi"
)

// printTransport prints what would be sent to Sentry, for the examples.
type printTransport struct{}

func (printTransport) Configure(sentry.ClientOptions)        {}
func (printTransport) Flush(time.Duration) bool              { return true }
func (printTransport) FlushWithContext(context.Context) bool { return true }
func (printTransport) Close()                                {}
func (printTransport) SendEvent(e *sentry.Event) {
	for _, x := range e.Exception {
		fmt.Println("exception:", x.Value)
	}
	fmt.Println("user:", e.User.ID, e.User.Email)
	fmt.Println("tags:", e.Tags["patient"], e.Tags["region"])
	fmt.Println("url:", e.Request.URL)
	fmt.Println("query:", e.Request.QueryString)
	fmt.Println("header:", e.Request.Headers["X-Patient-Email"])
	fmt.Println("breadcrumb:", e.Breadcrumbs[0].Message)
}

func ExampleOptions() {
	err := sentry.Init(sentryphi.Options(sentry.ClientOptions{
		Dsn:       "https://public@sentry.example.com/1",
		Transport: printTransport{}, // leave it out to send to Sentry
		BeforeSend: func(e *sentry.Event, _ *sentry.EventHint) *sentry.Event {
			e.Tags["region"] = "us-east-1" // your hook runs first; sentryphi scrubs what it returns
			return e
		},
	}, nil))
	if err != nil {
		fmt.Println(err)
		return
	}
	r := httptest.NewRequest("GET", "https://ehr.example.com/patients/88812345/chart?name=Maria+Garcia&page=2", nil)
	r.Header.Set("X-Patient-Email", "maria.garcia@example.org")
	sentry.ConfigureScope(func(scope *sentry.Scope) {
		scope.SetRequest(r)
		scope.SetUser(sentry.User{ID: "u-4821", Email: "maria.garcia@example.org"})
		scope.SetTag("patient", "Maria Garcia")
	})
	sentry.AddBreadcrumb(&sentry.Breadcrumb{Message: "opened chart of patient Maria Garcia"})
	sentry.CaptureException(errors.New("lookup failed for patient John Smith (SSN 512-44-3309)"))
	// Output:
	// exception: lookup failed for patient [REDACTED:name] (SSN [REDACTED:ssn])
	// user: u-4821 [REDACTED:email]
	// tags: [REDACTED:name] us-east-1
	// url: https://ehr.example.com/patients/[REDACTED:other_id]/chart
	// query: name=[REDACTED:name]&page=2
	// header: [REDACTED:email]
	// breadcrumb: opened chart of patient [REDACTED:name]
}

func ExampleScrubber_Stats() {
	s, err := sentryphi.New(nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	e := sentry.NewEvent()
	e.Message = "appointment for patient John Smith on 2023-05-17 cancelled"
	s.Event(e)
	s.Log(&sentry.Log{Body: "MRN 00123987 discharged"})
	st := s.Stats()
	fmt.Println(e.Message)
	fmt.Println("events:", st.Events, "logs:", st.Logs, "changed:", st.Changed)
	fmt.Println("name:", st.Redacted["name"], "date:", st.Redacted["date"], "mrn:", st.Redacted["mrn"])
	// Output:
	// appointment for patient [REDACTED:name] on [REDACTED:date] cancelled
	// events: 1 logs: 1 changed: 2
	// name: 1 date: 1 mrn: 1
}

// A span description holding SQL loses its literals, whether or not they
// are recognised as PHI.
func ExampleScrubber_Event_transaction() {
	s, _ := sentryphi.New(nil)
	tx := &sentry.Event{Type: "transaction", Transaction: "GET /patients/{id}", Spans: []*sentry.Span{{
		Op:          "db.sql.query",
		Description: "SELECT * FROM visits WHERE last_name = 'Sato' AND ssn = '509-33-2210' LIMIT 10",
	}}}
	tx = s.Event(tx)
	fmt.Println(tx.Transaction)
	fmt.Println(strings.TrimSpace(tx.Spans[0].Description))
	// Output:
	// GET /patients/{id}
	// SELECT * FROM visits WHERE last_name = ? AND ssn = ? LIMIT ?
}
