package sentryphi_test

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
)

// A sink is a Sentry ingest endpoint on loopback: it records the body of
// every envelope posted to it, decompressed.
type sink struct {
	srv *httptest.Server
	mu  sync.Mutex
	raw [][]byte // request bodies, decoded
	bad []string // problems with requests, never holding a body
}

func newSink(t testing.TB) *sink {
	k := &sink{}
	k.srv = httptest.NewServer(http.HandlerFunc(k.serve))
	t.Cleanup(k.srv.Close)
	return k
}

func (k *sink) serve(w http.ResponseWriter, r *http.Request) {
	body, err := decode(r)
	k.mu.Lock()
	switch {
	case err != nil:
		k.bad = append(k.bad, fmt.Sprintf("%s %s: %v", r.Method, r.URL.Path, err))
	case r.Method != http.MethodPost || r.URL.Path != "/api/1/envelope/":
		k.bad = append(k.bad, fmt.Sprintf("unexpected %s %s", r.Method, r.URL.Path))
	default:
		k.raw = append(k.raw, body)
	}
	k.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	_, _ = io.WriteString(w, `{}`)
}

// decode reads a request body in whatever Content-Encoding it came.
func decode(r *http.Request) ([]byte, error) {
	var rd io.Reader = r.Body
	switch enc := strings.ToLower(r.Header.Get("Content-Encoding")); enc {
	case "", "identity":
	case "gzip":
		zr, err := gzip.NewReader(r.Body)
		if err != nil {
			return nil, err
		}
		rd = zr
	case "deflate":
		zr, err := zlib.NewReader(r.Body)
		if err != nil {
			rd = flate.NewReader(r.Body)
		} else {
			rd = zr
		}
	default:
		return nil, fmt.Errorf("unsupported Content-Encoding %q", enc)
	}
	return io.ReadAll(rd)
}

// dsn is the DSN of the sink: http://public@127.0.0.1:PORT/1.
func (k *sink) dsn() string {
	return "http://public@" + strings.TrimPrefix(k.srv.URL, "http://") + "/1"
}

// bodies returns the envelopes received so far.
func (k *sink) bodies(t testing.TB) [][]byte {
	t.Helper()
	k.mu.Lock()
	defer k.mu.Unlock()
	for _, b := range k.bad {
		t.Errorf("sink: %s", b)
	}
	return append([][]byte(nil), k.raw...)
}

// envelope is a parsed Sentry envelope.
type envelope struct {
	Header map[string]any
	Items  []item
}

type item struct {
	Header  map[string]any
	Payload []byte
}

// parseEnvelope parses the envelope format: a header line, then per item a
// header line and a payload of the header's length, or up to the next
// newline.
func parseEnvelope(b []byte) (envelope, error) {
	var env envelope
	line, rest, ok := bytes.Cut(b, []byte{'\n'})
	if err := json.Unmarshal(line, &env.Header); err != nil {
		return env, fmt.Errorf("envelope header: %v", err)
	}
	for ok && len(bytes.TrimSpace(rest)) > 0 {
		var it item
		line, rest, ok = bytes.Cut(rest, []byte{'\n'})
		if err := json.Unmarshal(line, &it.Header); err != nil {
			return env, fmt.Errorf("item %d header: %v", len(env.Items), err)
		}
		if n, isNum := it.Header["length"].(float64); isNum {
			if int(n) > len(rest) {
				return env, fmt.Errorf("item %d: length %d beyond the body", len(env.Items), int(n))
			}
			it.Payload, rest = rest[:int(n)], rest[int(n):]
			rest = bytes.TrimPrefix(rest, []byte{'\n'})
		} else {
			it.Payload, rest, ok = bytes.Cut(rest, []byte{'\n'})
		}
		env.Items = append(env.Items, it)
	}
	return env, nil
}

// items returns every item of the received envelopes, of type typ ("" for
// all), with its payload decoded as JSON when it is JSON.
func (k *sink) items(t testing.TB, typ string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for i, b := range k.bodies(t) {
		env, err := parseEnvelope(b)
		if err != nil {
			t.Errorf("envelope %d: %v", i, err)
			continue
		}
		for _, it := range env.Items {
			if typ != "" && it.Header["type"] != typ {
				continue
			}
			var v map[string]any
			if json.Unmarshal(it.Payload, &v) != nil {
				v = map[string]any{"_raw": string(it.Payload)}
			}
			v["_item"] = it.Header
			v["_envelope"] = env.Header
			out = append(out, v)
		}
	}
	return out
}

// mismatch describes how got differs from want without showing got, which
// may hold PHI when a test fails: where they part, and want, which tests
// write with PHI already redacted.
func mismatch(got, want string) string {
	return fmt.Sprintf("differs from the want at byte %d (got %d bytes); want %q", firstDiff(got, want), len(got), want)
}

// firstDiff returns the offset at which a and b part.
func firstDiff(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

// forms returns the forms in which value could appear in the received
// bytes: as is, JSON-escaped, query- and path-escaped.
func forms(value string) []string {
	fs := []string{value}
	if b, err := json.Marshal(value); err == nil {
		if s := string(b[1 : len(b)-1]); s != value {
			fs = append(fs, s)
		}
	}
	for _, s := range []string{url.QueryEscape(value), url.PathEscape(value)} {
		if s != value {
			fs = append(fs, s)
		}
	}
	return fs
}
