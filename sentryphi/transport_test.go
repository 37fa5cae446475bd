package sentryphi_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/getsentry/sentry-go"

	"github.com/phiguard/phiguard/sentryphi"
)

// sendNamedTransaction finishes a transaction named after a patient, with
// a custom source: the SDK copies the name into the envelope header.
func sendNamedTransaction(t *testing.T, c *sentry.Client, name string) {
	t.Helper()
	ctx := sentry.SetHubOnContext(context.Background(), sentry.NewHub(c, sentry.NewScope()))
	tx := sentry.StartTransaction(ctx, name)
	tx.Finish()
	if !c.Flush(10 * time.Second) {
		t.Fatal("Flush timed out")
	}
}

func TestTransportGuard(t *testing.T) {
	const name = "export chart for patient Maria Garcia"
	for _, tc := range []struct {
		guarded bool
		tr      func() sentry.Transport
	}{
		{true, nil}, {false, nil},
		{true, func() sentry.Transport { return sentry.NewHTTPSyncTransport() }},
		{true, func() sentry.Transport { return sentry.NewHTTPTransport() }},
	} {
		guarded := tc.guarded
		k := newSink(t)
		opts := sentry.ClientOptions{}
		if tc.tr != nil {
			opts.Transport = tc.tr()
		}
		c, s := newClient(t, k, opts, &sentryphi.Config{NoTransportGuard: !guarded})
		sendNamedTransaction(t, c, name)
		txs := k.items(t, "transaction")
		if len(txs) != 1 {
			t.Fatalf("guarded=%v, transport %T: got %d transactions", guarded, opts.Transport, len(txs))
		}
		if strings.Contains(txs[0]["transaction"].(string), "Garcia") {
			t.Errorf("guarded=%v: the event's transaction name kept PHI", guarded)
		}
		trace, _ := txs[0]["_envelope"].(map[string]any)["trace"].(map[string]any)
		headerName, _ := trace["transaction"].(string)
		if guarded {
			if headerName == "" || strings.Contains(headerName, "Garcia") {
				t.Error("the guarded transport let the envelope header's transaction name through")
			}
			if trace["trace_id"] == nil || trace["public_key"] != "public" {
				t.Error("the guard dropped the trace context's IDs")
			}
			if s.Stats().Envelopes != 1 {
				t.Errorf("Envelopes = %d, want 1", s.Stats().Envelopes)
			}
		} else if !strings.Contains(headerName, "Garcia") {
			// The SDK changed: the header no longer carries the name, and
			// the guard may no longer be needed. Re-read transport.go.
			t.Error("without the guard the envelope header no longer carries the transaction name")
		}
	}
}

// countingTransport counts the requests it forwards.
type countingTransport struct {
	n    atomic.Int32
	next http.RoundTripper
}

func (c *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return c.next.RoundTrip(r)
}

func TestTransportGuardWrapsClient(t *testing.T) {
	k := newSink(t)
	ct := &countingTransport{next: http.DefaultTransport}
	hc := &http.Client{Transport: ct, Timeout: 5 * time.Second}
	c, _ := newClient(t, k, sentry.ClientOptions{HTTPClient: hc}, nil)
	if hc.Transport != ct {
		t.Fatal("Options changed the application's http.Client")
	}
	sendNamedTransaction(t, c, "checkout for patient John Smith")
	if ct.n.Load() == 0 {
		t.Error("the application's transport was not used")
	}
	if b := bytes.Join(k.bodies(t), nil); bytes.Contains(b, []byte("John Smith")) {
		t.Error("PHI went out through the application's client")
	}
}

// recorder is a RoundTripper that keeps the last request body.
type recorder struct{ body []byte }

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	b, err := io.ReadAll(req.Body)
	if err != nil {
		return nil, err
	}
	req.Body.Close()
	r.body = b
	return &http.Response{StatusCode: 200, Body: io.NopCloser(strings.NewReader("{}")), Request: req}, nil
}

func envelopeRequest(t *testing.T, path, enc string, body []byte) *http.Request {
	t.Helper()
	if enc == "gzip" {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		if _, err := zw.Write(body); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		body = b.Bytes()
	}
	req, err := http.NewRequest(http.MethodPost, "http://127.0.0.1:1"+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if enc != "" {
		req.Header.Set("Content-Encoding", enc)
	}
	return req
}

func TestRoundTripper(t *testing.T) {
	const header = `{"event_id":"abc","trace":{"trace_id":"0123456789abcdef0123456789abcdef","transaction":"GET /patients/88812345","user_segment":"patient Maria Garcia","sampled":"true"}}`
	items := "\n{\"type\":\"event\",\"length\":2}\n{}\n"
	s := mustNew(t, nil)
	rec := &recorder{}
	rt := s.RoundTripper(rec)

	if _, err := rt.RoundTrip(envelopeRequest(t, "/api/1/envelope/", "", []byte(header+items))); err != nil {
		t.Fatal(err)
	}
	env, err := parseEnvelope(rec.body)
	if err != nil {
		t.Fatal(err)
	}
	trace := env.Header["trace"].(map[string]any)
	if trace["transaction"] != "GET /patients/[REDACTED:other_id]" || trace["user_segment"] != "[REDACTED:name]" ||
		trace["trace_id"] != "0123456789abcdef0123456789abcdef" || trace["sampled"] != "true" || env.Header["event_id"] != "abc" {
		t.Errorf("scrubbed header: transaction %s", mismatch(fmt.Sprint(trace["transaction"]), "GET /patients/[REDACTED:other_id]"))
	}
	if !bytes.HasSuffix(rec.body, []byte(items)) {
		t.Error("the items were changed")
	}

	if _, err := rt.RoundTrip(envelopeRequest(t, "/api/1/envelope/", "gzip", []byte(header+items))); err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(rec.body))
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := io.ReadAll(zr)
	if bytes.Contains(plain, []byte("Garcia")) || bytes.Contains(plain, []byte("88812345")) || !bytes.HasSuffix(plain, []byte(items)) {
		t.Error("a gzip envelope was not scrubbed, or its items changed")
	}

	clean := []byte(`{"event_id":"abc","trace":{"trace_id":"0123"}}` + items)
	if _, err := rt.RoundTrip(envelopeRequest(t, "/api/1/envelope/", "", clean)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(rec.body, clean) {
		t.Error("an envelope without PHI was re-encoded")
	}

	other := []byte("patient Maria Garcia")
	if _, err := rt.RoundTrip(envelopeRequest(t, "/healthz", "", other)); err != nil || !bytes.Equal(rec.body, other) {
		t.Error("a request that is not an envelope was not passed through as it was")
	}

	rec.body = nil
	if _, err := rt.RoundTrip(envelopeRequest(t, "/api/1/envelope/", "br", []byte(header+items))); err == nil || rec.body != nil {
		t.Error("an envelope in an unreadable encoding was sent")
	}
	if _, err := rt.RoundTrip(envelopeRequest(t, "/api/1/envelope/", "", []byte(`{"trace": not json`+items))); err == nil || rec.body != nil {
		t.Error("an envelope with an unreadable header was sent")
	}
	if st := s.Stats(); st.Dropped["envelope"] != 2 || st.Envelopes != 2 {
		t.Errorf("stats: %+v", st)
	}
}

func TestRoundTripperOnce(t *testing.T) {
	s := mustNew(t, nil)
	rt := s.RoundTripper(nil)
	if s.RoundTripper(rt) != rt {
		t.Error("a transport guarded by the same scrubber was wrapped again")
	}
	opts := s.Options(s.Options(sentry.ClientOptions{}))
	if opts.HTTPTransport == nil {
		t.Fatal("no transport")
	}
	if u, ok := opts.HTTPTransport.(interface{ Unwrap() http.RoundTripper }); !ok {
		t.Error("the guard does not expose the wrapped transport")
	} else if _, twice := u.Unwrap().(interface{ Unwrap() http.RoundTripper }); twice {
		t.Error("Options applied twice guards the transport twice")
	}
}
