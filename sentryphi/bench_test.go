package sentryphi_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/getsentry/sentry-go"
	"github.com/getsentry/sentry-go/attribute"

	"github.com/phiguard/phiguard/sentryphi"
)

// typicalEvent is the event of the README benchmark: a message, an
// exception with 20 frames, a request (URL, query, 8 headers, cookies, a
// JSON body, env), 10 breadcrumbs, 5 tags, the SDK's contexts and a user.
// With phi set, the message, exception, request, user and breadcrumbs carry
// synthetic PHI.
func typicalEvent(phi bool) *sentry.Event {
	name, ssn, email, id := "the payments worker", "batch 7", "ops@example.com", "42"
	if phi {
		name, ssn, email, id = "patient John Smith", "SSN 512-44-3309", "j.smith@example.org", "88812345"
	}
	e := sentry.NewEvent()
	e.EventID = "0123456789abcdef0123456789abcdef"
	e.Level = sentry.LevelError
	e.Message = "claim submission failed for " + name + " (" + ssn + ")"
	frames := make([]sentry.Frame, 20)
	for i := range frames {
		frames[i] = sentry.Frame{
			Function: fmt.Sprintf("(*Service).step%d", i), Module: "example.com/ehr/claims",
			Filename: "claims/service.go", AbsPath: "/src/ehr/claims/service.go", Lineno: 100 + i, InApp: i > 10,
		}
	}
	e.Exception = []sentry.Exception{{Type: "*claims.SubmitError", Value: "submit " + name + ": upstream returned 502",
		Stacktrace: &sentry.Stacktrace{Frames: frames}, Mechanism: &sentry.Mechanism{Type: "generic"}}}
	e.Request = &sentry.Request{
		URL: "https://ehr.example.com/patients/" + id + "/claims", Method: "POST",
		QueryString: "email=" + strings.ReplaceAll(email, "@", "%40") + "&page=2&sort=desc",
		Cookies:     "session=abcdef0123456789; theme=dark",
		Headers: map[string]string{"Accept": "application/json", "Content-Type": "application/json",
			"User-Agent": "Mozilla/5.0 (X11; Linux x86_64)", "Authorization": "Bearer eyJhbGciOi.x.y",
			"X-Request-Id": "7f3a9c0e-1b2d-4e5f-8a9b-0c1d2e3f4a5b", "Accept-Encoding": "gzip",
			"Cookie": "session=abcdef0123456789; theme=dark", "Host": "ehr.example.com"},
		Data: `{"claim":{"amount":125.5,"code":"99213"},"patient":{"name":"` + name + `","email":"` + email + `"},"note":"` + ssn + `"}`,
		Env:  map[string]string{"REMOTE_ADDR": "10.0.0.12", "REMOTE_PORT": "51234"},
	}
	e.User = sentry.User{ID: "u-4821", Email: email, IPAddress: "81.2.69.142"}
	for k, v := range map[string]string{"region": "us-east-1", "service": "claims", "version": "1.2.3", "payer": "acme", "status": "502"} {
		e.Tags[k] = v
	}
	e.Contexts["device"] = sentry.Context{"arch": "amd64", "num_cpu": 8}
	e.Contexts["os"] = sentry.Context{"name": "linux"}
	e.Contexts["runtime"] = sentry.Context{"name": "go", "version": "go1.26.8", "go_numroutines": 42, "go_maxprocs": 8}
	e.Contexts["trace"] = sentry.Context{"trace_id": sentry.TraceID{1, 2}, "span_id": sentry.SpanID{3}, "op": "http.server"}
	for i := range 10 {
		var b *sentry.Breadcrumb
		switch i % 3 {
		case 0:
			b = &sentry.Breadcrumb{Type: "http", Category: "http", Data: map[string]any{
				"url": "https://payer.example.com/v1/claims/" + id, "method": "POST", "status_code": 502}}
		case 1:
			b = &sentry.Breadcrumb{Type: "query", Category: "db.query",
				Message: "SELECT * FROM claims WHERE patient_id = " + id + " AND status = 'open'"}
		default:
			b = &sentry.Breadcrumb{Category: "log", Message: "retrying claim for " + name + " attempt " + fmt.Sprint(i)}
		}
		b.Timestamp = time.Unix(1700000000+int64(i), 0)
		e.Breadcrumbs = append(e.Breadcrumbs, b)
	}
	return e
}

// benchEvents runs scrub over fresh events from mk, building them in
// batches outside the timer. Besides ns/op (wall time) it reports
// cpu-ns/op, the process CPU time of the timed batches (GC included): on a
// busy machine wall time measures the neighbours too.
func benchEvents(b *testing.B, mk func() *sentry.Event, scrub func(*sentry.Event) *sentry.Event) {
	b.ReportAllocs()
	const batch = 256
	events := make([]*sentry.Event, batch)
	var cpu time.Duration
	for done := 0; done < b.N; done += batch {
		b.StopTimer()
		for i := range events {
			events[i] = mk()
		}
		c0 := cpuTime()
		b.StartTimer()
		for i := 0; i < batch && done+i < b.N; i++ {
			if scrub(events[i]) == nil {
				b.Fatal("event dropped")
			}
		}
		b.StopTimer()
		cpu += cpuTime() - c0
		b.StartTimer()
	}
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// cpuTime returns the CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func BenchmarkEvent(b *testing.B) {
	mask := mustNew(b, nil)
	token := mustNew(b, &sentryphi.Config{Scrubber: tokenScrubber(b)})
	b.Run("no-phi", func(b *testing.B) { benchEvents(b, func() *sentry.Event { return typicalEvent(false) }, mask.Event) })
	b.Run("phi", func(b *testing.B) { benchEvents(b, func() *sentry.Event { return typicalEvent(true) }, mask.Event) })
	b.Run("phi-token", func(b *testing.B) { benchEvents(b, func() *sentry.Event { return typicalEvent(true) }, token.Event) })
	// The usual flow: breadcrumbs went through BeforeBreadcrumb when they
	// were recorded, and the scope attaches the same ones to each event.
	var crumbs []*sentry.Breadcrumb
	for _, c := range typicalEvent(true).Breadcrumbs {
		crumbs = append(crumbs, mask.Breadcrumb(c))
	}
	b.Run("phi-crumbs-recorded", func(b *testing.B) {
		benchEvents(b, func() *sentry.Event {
			e := typicalEvent(true)
			e.Breadcrumbs = append([]*sentry.Breadcrumb(nil), crumbs...)
			return e
		}, mask.Event)
	})
	// For scale: what the SDK spends encoding the same event.
	b.Run("json-marshal-reference", func(b *testing.B) {
		benchEvents(b, func() *sentry.Event { return typicalEvent(true) }, func(e *sentry.Event) *sentry.Event {
			if _, err := json.Marshal(e); err != nil {
				b.Fatal(err)
			}
			return e
		})
	})
}

func BenchmarkBreadcrumb(b *testing.B) {
	s := mustNew(b, nil)
	crumb := &sentry.Breadcrumb{Category: "log", Message: "retrying claim for patient John Smith attempt 3",
		Data: map[string]any{"attempt": 3, "queue": "claims"}}
	b.ReportAllocs()
	for b.Loop() {
		if s.Breadcrumb(crumb) == nil {
			b.Fatal("dropped")
		}
	}
}

func BenchmarkLog(b *testing.B) {
	s := mustNew(b, nil)
	mk := func() *sentry.Log {
		return &sentry.Log{Body: "discharged patient Wei Chen on 2024-02-29", Attributes: map[string]attribute.Value{
			"sentry.message.template":     attribute.StringValue("discharged patient %s on %s"),
			"sentry.message.parameters.0": attribute.StringValue("Wei Chen"),
			"sentry.message.parameters.1": attribute.StringValue("2024-02-29"),
			"sentry.environment":          attribute.StringValue("prod"),
			"sentry.release":              attribute.StringValue("ehr@1.2.3"),
			"ward":                        attribute.StringValue("B"),
			"attempt":                     attribute.Int64Value(3),
		}}
	}
	b.ReportAllocs()
	for b.Loop() {
		if s.Log(mk()) == nil {
			b.Fatal("dropped")
		}
	}
}

type discard struct{}

func (discard) RoundTrip(r *http.Request) (*http.Response, error) {
	_, _ = io.Copy(io.Discard, r.Body)
	r.Body.Close()
	return &http.Response{StatusCode: 200, Body: http.NoBody, Request: r}, nil
}

func BenchmarkRoundTripper(b *testing.B) {
	rt := mustNew(b, nil).RoundTripper(discard{})
	ev, _ := json.Marshal(typicalEvent(false))
	for _, tc := range []struct{ name, trace string }{
		{"trace-clean", `{"trace_id":"0123456789abcdef0123456789abcdef","public_key":"public","transaction":"GET /claims/{id}","sampled":"true"}`},
		{"trace-phi", `{"trace_id":"0123456789abcdef0123456789abcdef","public_key":"public","transaction":"export for patient John Smith","sampled":"true"}`},
	} {
		body := []byte(`{"event_id":"0123","sent_at":"2026-01-01T00:00:00Z","trace":` + tc.trace + "}\n" +
			`{"type":"event","length":` + fmt.Sprint(len(ev)) + "}\n" + string(ev) + "\n")
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				req, _ := http.NewRequest(http.MethodPost, "http://127.0.0.1/api/1/envelope/", bytes.NewReader(body))
				if _, err := rt.RoundTrip(req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
