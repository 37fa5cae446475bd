package sentryphi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/getsentry/sentry-go"
	"github.com/getsentry/sentry-go/attribute"
	sentryhttp "github.com/getsentry/sentry-go/http"

	"github.com/phiguard/phiguard/sentryphi"
)

// A phi is one synthetic identifier and the field it is put in. Every
// person here is synthetic; each value sits in one field only, so a leak
// names its field.
type phi struct{ where, value string }

// The PHI the application below puts into every field sentryphi scrubs.
var (
	pathSSN      = phi{"request URL path segment", "512-44-3309"}
	queryName    = phi{"query string value by key", "Maria Garcia"}
	queryDOB     = phi{"query string value by key (dob)", "1961-03-04"}
	queryEmail   = phi{"query string value by content", "ngozi.okafor@example.org"}
	queryNextMRN = phi{"query string value holding a path", "MRN00458812"}
	bodyName     = phi{"JSON body value by key", "Ngozi Okafor"}
	bodySSN      = phi{"JSON body value by key (ssn)", "401-22-7781"}
	bodyNote     = phi{"JSON body value by content", "Aisha Rahman"}
	bodyPhone    = phi{"JSON body value by key (phone)", "617-253-0142"}
	hdrAuth      = phi{"Authorization header", "sk_live_51PaTiEnTtoken"}
	hdrCookie    = phi{"Cookie header value", "S3ss10nAbcXyz123"}
	hdrAPIKey    = phi{"X-Api-Key header", "ak_9f8e7d6c5b4a3210"}
	hdrEmail     = phi{"custom header by key and content", "aisha.rahman@example.net"}
	hdrRefMRN    = phi{"Referer header path ID", "MRN00771234"}
	hdrRefSSN    = phi{"Referer header query", "301-55-8821"}
	hdrXFF       = phi{"X-Forwarded-For header", "81.2.69.160"}
	userEmail    = phi{"user email", "wei.chen@example.com"}
	userIP       = phi{"user IP address", "81.2.69.142"}
	userName     = phi{"user name", "Wei Chen"}
	userUsername = phi{"user username", "wchen61"}
	userDOB      = phi{"user data by key", "1958-11-23"}
	userPlan     = phi{"user data by key (member_id)", "HP99881234"}
	tagPatient   = phi{"tag value", "Carlos Mendoza"}
	tagMRN       = phi{"tag value by key (mrn)", "00998877"}
	ctxName      = phi{"context value by key", "Linda Martinez"}
	ctxDOB       = phi{"context value by key (dob)", "1949-07-15"}
	ctxStreet    = phi{"context nested address", "12 Elm St"}
	fingerprint  = phi{"fingerprint part", "402-61-7734"}
	crumbMsg     = phi{"breadcrumb message", "Emily Johnson"}
	crumbEmail   = phi{"breadcrumb data by key", "emily.j@example.org"}
	crumbURLID   = phi{"breadcrumb data URL path ID", "88812345"}
	crumbURLDOB  = phi{"breadcrumb data URL query", "1971-02-09"}
	sqlCrumbName = phi{"SQL breadcrumb literal", "Rossi"}
	sqlCrumbSSN  = phi{"SQL breadcrumb literal (ssn)", "455-12-9087"}
	attText      = phi{"text attachment", "Robert Brown"}
	attTextMRN   = phi{"text attachment MRN", "00123987"}
	attBinary    = phi{"binary attachment payload", "James Wilson"}
	excName      = phi{"exception value", "Sofia Rossi"}
	excSSN       = phi{"exception value (ssn)", "321-54-9876"}
	msgName      = phi{"message", "David Kim"}
	msgDate      = phi{"message date", "2023-05-17"}
	panicName    = phi{"panic value", "Fatima Hassan"}
	panicMRN     = phi{"panic value MRN", "00456123"}
	spanLast     = phi{"SQL span description literal", "Sato"}
	spanDOB      = phi{"SQL span description literal (dob)", "1980-12-01"}
	spanStmt     = phi{"span data db.statement literal", "Hana"}
	spanEmail    = phi{"span data by key", "hana.sato@example.jp"}
	spanTagSSN   = phi{"span tag by key", "509-33-2210"}
	httpSpanMRN  = phi{"HTTP span description path ID", "MRN00334455"}
	httpSpanName = phi{"HTTP span description query", "Hana Sato"}
	txnName      = phi{"custom transaction name", "Emily Johnson-Reyes"}
	logSSN       = phi{"log attribute by key", "612-40-3318"}
	logParam     = phi{"log message parameter", "Linda Brown"}
	logDate      = phi{"log message date", "2024-02-29"}
	logNote      = phi{"log attribute by content", "Robert Martinez"}
	metricEmail  = phi{"metric attribute by key", "metric.patient@example.org"}
	mechName     = phi{"mechanism data", "Carlos Rivera"}
	varSSN       = phi{"frame variable", "623-11-0987"}
	threadName   = phi{"thread name", "Maria Lopez"}
	ctxLine      = phi{"frame context line", "James Johnson"}
)

var allPHI = []phi{pathSSN, queryName, queryDOB, queryEmail, queryNextMRN, bodyName, bodySSN, bodyNote,
	bodyPhone, hdrAuth, hdrCookie, hdrAPIKey, hdrEmail, hdrRefMRN, hdrRefSSN, hdrXFF, userEmail, userIP,
	userName, userUsername, userDOB, userPlan, tagPatient, tagMRN, ctxName, ctxDOB, ctxStreet, fingerprint,
	crumbMsg, crumbEmail, crumbURLID, crumbURLDOB, sqlCrumbName, sqlCrumbSSN, attText, attTextMRN, attBinary,
	excName, excSSN, msgName, msgDate, panicName, panicMRN, spanLast, spanDOB, spanStmt, spanEmail,
	spanTagSSN, httpSpanMRN, httpSpanName, txnName, logSSN, logParam, logDate, logNote, metricEmail,
	mechName, varSSN, threadName, ctxLine}

// app is a service instrumented as the Sentry docs show: sentryhttp
// middleware, a request-scoped hub, breadcrumbs, spans, logs, metrics.
type app struct {
	t        *testing.T
	eventIDs []sentry.EventID
}

func (a *app) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /patients/{id}/chart", a.chart)
	mux.HandleFunc("GET /panic", func(http.ResponseWriter, *http.Request) {
		panic("patient " + panicName.value + " missing consent, MRN " + panicMRN.value)
	})
	return mux
}

var errNotFound = errors.New("record not found")

func (a *app) chart(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	hub := sentry.GetHubFromContext(ctx)
	if _, err := io.ReadAll(r.Body); err != nil { // the SDK buffers the body as it is read
		a.t.Errorf("reading body: %v", err)
	}
	hub.Scope().SetUser(sentry.User{
		ID: "u-4821", Email: userEmail.value, IPAddress: userIP.value, Name: userName.value,
		Username: userUsername.value, Data: map[string]string{"dob": userDOB.value, "member_id": userPlan.value},
	})
	hub.Scope().SetTag("patient", tagPatient.value)
	hub.Scope().SetTag("mrn", tagMRN.value)
	hub.Scope().SetTag("region", "us-east-1")
	hub.Scope().SetContext("patient", sentry.Context{
		"name": ctxName.value, "dob": ctxDOB.value, "visits": 4,
		"address": map[string]any{"street": ctxStreet.value, "state": "MA"},
	})
	hub.Scope().SetFingerprint([]string{"{{ default }}", "chart-ssn " + fingerprint.value})
	hub.AddBreadcrumb(&sentry.Breadcrumb{
		Category: "lookup", Message: "looked up patient " + crumbMsg.value,
		Data: map[string]any{"email": crumbEmail.value, "status_code": 200,
			"url": "https://api.example.com/patients/" + crumbURLID.value + "?dob=" + crumbURLDOB.value},
	}, nil)
	hub.AddBreadcrumb(&sentry.Breadcrumb{
		Type: "query", Category: "db.query",
		Message: "SELECT * FROM patients WHERE last_name = '" + sqlCrumbName.value + "' AND ssn = '" + sqlCrumbSSN.value + "'",
	}, nil)
	hub.Scope().AddAttachment(&sentry.Attachment{
		Filename: "notes.txt", ContentType: "text/plain",
		Payload: []byte("visit notes\nPatient " + attText.value + ", MRN " + attTextMRN.value + "\nfollow up in 2 weeks\n"),
	})
	hub.Scope().AddAttachment(&sentry.Attachment{
		Filename: "scan.png", ContentType: "image/png", Payload: append([]byte("\x89PNG\r\n\x1a\n"), attBinary.value...),
	})

	// A database span with literals, an outgoing HTTP span.
	sp := sentry.StartSpan(ctx, "db.sql.query", sentry.WithDescription(
		"SELECT * FROM visits WHERE last_name = '"+spanLast.value+"' AND dob = '"+spanDOB.value+"' LIMIT 10"))
	sp.SetData("db.system", "postgresql")
	sp.SetData("db.statement", "UPDATE visits SET first_name = '"+spanStmt.value+"' WHERE id = 42")
	sp.SetData("patient.email", spanEmail.value)
	sp.SetData("rows", 3)
	sp.SetTag("patient.ssn", spanTagSSN.value)
	sp.SetTag("shard", "7")
	time.Sleep(2 * time.Millisecond)
	sp.Finish()
	hs := sentry.StartSpan(ctx, "http.client", sentry.WithDescription(
		"GET https://labs.example.com/results/"+httpSpanMRN.value+"?name="+url.QueryEscape(httpSpanName.value)))
	hs.Finish()

	// A log with a formatted message and attributes.
	logger := sentry.NewLogger(ctx)
	logger.Info().
		String("patient.ssn", logSSN.value).
		String("note", "seen for follow up: "+logNote.value).
		Int("attempt", 3).
		Emitf("discharged patient %s on %s", logParam.value, logDate.value)

	// A metric.
	sentry.NewMeter(ctx).Count("charts.viewed", 1,
		sentry.WithAttributes(attribute.String("patient.email", metricEmail.value), attribute.String("ward", "B")))

	// An error and a message.
	err := fmt.Errorf("lookup failed for patient %s (SSN %s): %w", excName.value, excSSN.value, errNotFound)
	if id := hub.CaptureException(err); id != nil {
		a.eventIDs = append(a.eventIDs, *id)
	} else {
		a.t.Errorf("CaptureException returned no event ID")
	}
	if id := hub.CaptureMessage("appointment for " + msgName.value + " on " + msgDate.value + " cancelled"); id != nil {
		a.eventIDs = append(a.eventIDs, *id)
	} else {
		a.t.Errorf("CaptureMessage returned no event ID")
	}

	// A hand-built event with the fields the SDK leaves to applications:
	// mechanism data, frame variables and source lines, thread names.
	ev := sentry.NewEvent()
	ev.Level = sentry.LevelError
	handled := true
	ev.Exception = []sentry.Exception{{
		Type: "*chart.ConsentError", Value: "consent missing",
		Mechanism: &sentry.Mechanism{Type: "generic", Handled: &handled,
			Data: map[string]any{"patient": mechName.value, "attempt": 2}},
		Stacktrace: &sentry.Stacktrace{Frames: []sentry.Frame{{
			Function: "handleChart", Module: "example.com/ehr/chart", Lineno: 42, InApp: true,
			Vars:        map[string]any{"ssn": varSSN.value, "n": 7},
			ContextLine: `log.Print("patient ` + ctxLine.value + `")`,
		}}},
	}}
	ev.Threads = []sentry.Thread{{ID: "1", Name: "chart worker for patient " + threadName.value, Current: true}}
	if id := hub.CaptureEvent(ev); id != nil {
		a.eventIDs = append(a.eventIDs, *id)
	}
	w.WriteHeader(http.StatusCreated)
}

// newClient returns a client posting to k through the real HTTP
// transport, with sentryphi's options.
func newClient(t *testing.T, k *sink, opts sentry.ClientOptions, cfg *sentryphi.Config) (*sentry.Client, *sentryphi.Scrubber) {
	t.Helper()
	s, err := sentryphi.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	opts.Dsn = k.dsn()
	opts.Release = "ehr@1.2.3"
	opts.Environment = "test"
	opts.EnableTracing = true
	opts.TracesSampleRate = 1
	c, err := sentry.NewClient(s.Options(opts))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c, s
}

// exercise drives the app through sentryhttp, and a custom transaction.
func exercise(t *testing.T, c *sentry.Client) *app {
	t.Helper()
	a := &app{t: t}
	hub := sentry.NewHub(c, sentry.NewScope())
	mw := sentryhttp.New(sentryhttp.Options{})
	handler := mw.Handle(a.routes())
	// Give each request its own hub on the client under test, as
	// sentryhttp does with the global hub.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		handler.ServeHTTP(w, r.WithContext(sentry.SetHubOnContext(r.Context(), hub.Clone())))
	}))
	defer srv.Close()

	q := url.Values{"name": {queryName.value}, "dob": {queryDOB.value}, "q": {queryEmail.value},
		"next": {"/patients/" + queryNextMRN.value}, "page": {"2"}}
	body := `{"patient":{"name":"` + bodyName.value + `","ssn":"` + bodySSN.value + `","phone":"` + bodyPhone.value +
		`"},"note":"called back by ` + bodyNote.value + `","count":3}`
	req, err := http.NewRequest(http.MethodPost, srv.URL+"/patients/"+pathSSN.value+"/chart?"+q.Encode(), strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+hdrAuth.value)
	req.Header.Set("Cookie", "session="+hdrCookie.value+"; theme=dark")
	req.Header.Set("X-Api-Key", hdrAPIKey.value)
	req.Header.Set("X-Patient-Email", hdrEmail.value)
	req.Header.Set("Referer", "https://portal.example.com/patients/"+hdrRefMRN.value+"?ssn="+hdrRefSSN.value)
	req.Header.Set("X-Forwarded-For", hdrXFF.value)
	req.Header.Set("User-Agent", "phiguard-test/1.0")
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("chart: status %d", resp.StatusCode)
	}
	resp, err = srv.Client().Get(srv.URL + "/panic")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()

	// A transaction named after a patient, outside HTTP: its name goes into
	// the envelope header's trace context too.
	ctx := sentry.SetHubOnContext(context.Background(), hub.Clone())
	tx := sentry.StartTransaction(ctx, "export chart for "+txnName.value)
	child := tx.StartChild("task")
	time.Sleep(time.Millisecond)
	child.Finish()
	tx.Finish()

	if !c.Flush(10 * time.Second) {
		t.Fatal("Flush timed out")
	}
	return a
}

// TestEndToEndNoPHIReachesSentry runs the application above with the
// SDK's default transport (the telemetry buffer) and with the classic
// sentry.NewHTTPTransport, both posting over HTTP to a loopback sink.
func TestEndToEndNoPHIReachesSentry(t *testing.T) {
	t.Run("default-transport", func(t *testing.T) { endToEnd(t, nil) })
	t.Run("NewHTTPTransport", func(t *testing.T) { endToEnd(t, sentry.NewHTTPTransport()) })
}

func endToEnd(t *testing.T, tr sentry.Transport) {
	k := newSink(t)
	c, s := newClient(t, k, sentry.ClientOptions{
		AttachStacktrace: true,
		// Collect everything the SDK can: bodies, cookies, headers, user info.
		DataCollection: &sentry.DataCollection{},
		Transport:      tr,
	}, nil)
	a := exercise(t, c)

	bodies := k.bodies(t)
	if len(bodies) == 0 {
		t.Fatal("the sink received nothing")
	}
	all := bytes.Join(bodies, []byte("\n"))
	for i, p := range allPHI {
		for _, f := range forms(p.value) {
			if bytes.Contains(all, []byte(f)) {
				t.Errorf("PHI #%d (%s) reached Sentry", i, p.where)
				break
			}
		}
	}

	// What is not PHI still arrives.
	events := k.items(t, "event")
	if len(events) < 4 {
		t.Fatalf("got %d events, want at least 4 (exception, message, hand-built, panic)", len(events))
	}
	ids := map[string]bool{}
	for _, e := range events {
		ids[fmt.Sprint(e["event_id"])] = true
	}
	for _, id := range a.eventIDs {
		if !ids[string(id)] {
			t.Errorf("event %s was captured but did not arrive", id)
		}
	}
	mustContain(t, all, "tag region", `"region":"us-east-1"`)
	mustContain(t, all, "user ID", `"id":"u-4821"`)
	mustContain(t, all, "User-Agent header", `phiguard-test/1.0`)
	mustContain(t, all, "non-PHI query value", `page=2`)
	mustContain(t, all, "JSON body count", `\"count\":3`)
	mustContain(t, all, "span SQL shape", `SELECT * FROM visits WHERE last_name = ? AND dob = ? LIMIT ?`)
	mustContain(t, all, "breadcrumb SQL shape", `SELECT * FROM patients WHERE last_name = ? AND ssn = ?`)
	mustContain(t, all, "span op", `"op":"db.sql.query"`)
	mustContain(t, all, "span tag shard", `"shard":"7"`)
	mustContain(t, all, "status code", `"http.response.status_code":201`)
	mustContain(t, all, "route parameter", `/patients/{id}/chart`)
	mustContain(t, all, "cookie name", `theme=`)
	mustContain(t, all, "log body", `discharged patient [REDACTED:name] on [REDACTED:date]`)
	mustContain(t, all, "text attachment rest", `follow up in 2 weeks`)
	mustContain(t, all, "stack function name", `"function":"handleChart"`)
	mustContain(t, all, "exception mechanism", `"type":"generic"`)
	mustContain(t, all, "non-PHI frame variable", `"n":7`)
	mustContain(t, all, "non-PHI log attribute", `"attempt":{"value":3`)
	mustContain(t, all, "metric attribute", `"ward":{"value":"B"`)
	if bytes.Contains(all, []byte("\x89PNG")) {
		t.Error("the binary attachment was sent")
	}

	var exc map[string]any
	for _, e := range events {
		if strings.Contains(fmt.Sprint(e["exception"]), "lookup failed") {
			exc = e
		}
	}
	if exc == nil {
		t.Fatal("the exception event did not arrive")
	}
	if b, _ := json.Marshal(exc["exception"]); !bytes.Contains(b, []byte(`"function":"(*app).chart"`)) {
		t.Error("the exception's stack trace lost its function names")
	}

	txs := k.items(t, "transaction")
	if len(txs) < 2 {
		t.Fatalf("got %d transactions, want at least 2", len(txs))
	}
	for _, tx := range txs {
		start, _ := tx["start_timestamp"].(string)
		end, _ := tx["timestamp"].(string)
		ts, err1 := time.Parse(time.RFC3339Nano, start)
		te, err2 := time.Parse(time.RFC3339Nano, end)
		if err1 != nil || err2 != nil || te.Before(ts) {
			t.Errorf("transaction %v: timestamps lost (start %q, end %q)", tx["event_id"], start, end)
		}
	}
	var sawDBSpan bool
	for _, tx := range txs {
		spans, _ := tx["spans"].([]any)
		for _, sp := range spans {
			m, _ := sp.(map[string]any)
			if m["op"] == "db.sql.query" {
				sawDBSpan = true
				if m["start_timestamp"] == nil || m["timestamp"] == nil || m["span_id"] == nil || m["trace_id"] == nil {
					t.Error("the database span lost its IDs or timestamps")
				}
				if d, _ := m["data"].(map[string]any); d["rows"] != float64(3) || d["db.system"] != "postgresql" {
					t.Error("the database span lost its non-PHI data")
				}
			}
		}
	}
	if !sawDBSpan {
		t.Error("the database span did not arrive")
	}
	if len(k.items(t, "log")) == 0 {
		t.Error("no log arrived")
	}
	if len(k.items(t, "trace_metric")) == 0 {
		t.Error("no metric arrived")
	}
	atts := k.items(t, "attachment")
	if len(atts) == 0 {
		t.Error("the text attachment did not arrive")
	}
	for _, at := range atts {
		if h, _ := at["_item"].(map[string]any); h["filename"] != "notes.txt" {
			t.Errorf("attachment %v arrived; only the text one should", h["filename"])
		}
	}

	st := s.Stats()
	if st.Events < 4 || st.Transactions < 2 || st.Logs == 0 || st.Metrics == 0 || st.Breadcrumbs < 2 {
		t.Errorf("stats miss items: %+v", st)
	}
	for _, cat := range []string{"name", "ssn", "email", "date", "mrn", "ip"} {
		if st.Redacted[cat] == 0 {
			t.Errorf("stats: no %s redaction counted", cat)
		}
	}
	if st.Secrets < 3 || st.SQLLiterals < 4 || st.AttachmentsDropped == 0 || st.Structured == 0 || st.Envelopes == 0 {
		t.Errorf("stats: %+v", st)
	}
	if len(st.Dropped) != 0 {
		t.Errorf("stats: items dropped on failure: %v", st.Dropped)
	}
}

func mustContain(t *testing.T, all []byte, what, s string) {
	t.Helper()
	if !bytes.Contains(all, []byte(s)) {
		t.Errorf("%s did not arrive (want %q in the envelopes)", what, s)
	}
}

// TestEndToEndControl runs the same application without sentryphi: every
// PHI value must then reach the sink, or the test above proves nothing
// about its field. The SDK's own filter masks credentials by header name,
// so those are the exceptions.
func TestEndToEndControl(t *testing.T) {
	k := newSink(t)
	opts := sentry.ClientOptions{Dsn: k.dsn(), AttachStacktrace: true, DataCollection: &sentry.DataCollection{},
		EnableTracing: true, TracesSampleRate: 1}
	c, err := sentry.NewClient(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	exercise(t, c)
	all := bytes.Join(k.bodies(t), []byte("\n"))
	filteredBySDK := map[phi]bool{hdrAuth: true, hdrCookie: true, hdrAPIKey: true}
	for i, p := range allPHI {
		found := false
		for _, f := range forms(p.value) {
			found = found || bytes.Contains(all, []byte(f))
		}
		if found == filteredBySDK[p] {
			t.Errorf("PHI #%d (%s): sent without sentryphi = %v, want %v", i, p.where, found, !filteredBySDK[p])
		}
	}
}

// TestEndToEndFailClosed: an event whose scrubbing fails is not sent; the
// next one is.
func TestEndToEndFailClosed(t *testing.T) {
	k := newSink(t)
	var drops []string
	c, s := newClient(t, k, sentry.ClientOptions{}, &sentryphi.Config{OnDrop: func(kind string) { drops = append(drops, kind) }})
	hub := sentry.NewHub(c, sentry.NewScope())
	bad := sentry.NewEvent()
	bad.Message = "patient John Smith, chart attached"
	bad.Contexts["chart"] = sentry.Context{"raw": panicky{}}
	if id := hub.CaptureEvent(bad); id != nil {
		t.Error("the SDK accepted an event whose scrubbing failed")
	}
	good := hub.CaptureMessage("queue drained")
	if good == nil {
		t.Fatal("the next event was refused")
	}
	if !c.Flush(10 * time.Second) {
		t.Fatal("Flush timed out")
	}
	events := k.items(t, "event")
	if len(events) != 1 || events[0]["event_id"] != string(*good) {
		t.Errorf("got %d events, want only the good one", len(events))
	}
	if bytes.Contains(bytes.Join(k.bodies(t), nil), []byte("John Smith")) {
		t.Error("the failed event's PHI reached Sentry")
	}
	if st := s.Stats(); st.Dropped["event"] != 1 || len(drops) != 1 || drops[0] != "event" {
		t.Errorf("stats %v, OnDrop %v", st.Dropped, drops)
	}
}
