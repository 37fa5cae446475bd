package slogphi_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/phiguard/phiguard/slogphi"
)

// Synthetic PHI the engine finds where these tests put it. No output may
// hold one in full, and no failure message prints one: failures show the
// output with every secret replaced by «secret».
const (
	ssn      = "123-45-6789"
	ssn2     = "219-09-9999"
	fullName = "Jane Roe"
	email    = "jane.roe@example.com"
	phone    = "617-555-0199"
	dob      = "1950-03-04"
	mrn      = "MRN00123456"
)

var secrets = []string{ssn, ssn2, fullName, email, phone, dob, mrn, "Roe", "jane.roe"}

// hide returns s quoted, with the secrets (and extra ones) replaced.
func hide(s string, extra ...string) string {
	for _, v := range append(extra, secrets...) {
		if len(v) >= 3 {
			s = strings.ReplaceAll(s, v, "«secret»")
		}
	}
	return strconv.Quote(s)
}

// leaked returns the index of the first secret in s, or -1.
func leaked(s string, extra ...string) int {
	for i, v := range append(secrets[:len(secrets):len(secrets)], extra...) {
		if strings.Contains(s, v) {
			return i
		}
	}
	return -1
}

// capture is a slogphi handler over a JSON handler writing to a buffer.
type capture struct {
	mu  sync.Mutex
	buf bytes.Buffer
	h   *slogphi.Handler
	l   *slog.Logger
}

func newCapture(t testing.TB, opts *slogphi.Options) *capture {
	t.Helper()
	c := &capture{}
	c.h = slogphi.NewHandler(slog.NewJSONHandler(&lockedWriter{c}, &slog.HandlerOptions{ReplaceAttr: dropTime}), opts)
	c.l = slog.New(c.h)
	return c
}

type lockedWriter struct{ c *capture }

func (w *lockedWriter) Write(p []byte) (int, error) {
	w.c.mu.Lock()
	defer w.c.mu.Unlock()
	return w.c.buf.Write(p)
}

// out returns what was logged since the last call, and resets.
func (c *capture) out() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.buf.String()
	c.buf.Reset()
	return s
}

// record returns the one record logged since the last call, decoded.
func (c *capture) record(t testing.TB) map[string]any {
	t.Helper()
	s := c.out()
	var m map[string]any
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatalf("output is not one JSON record (%v): %s", err, hide(s))
	}
	return m
}

func dropTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

// get returns the value at a dotted path in a decoded record.
func get(m map[string]any, path string) any {
	var v any = m
	for _, k := range strings.Split(path, ".") {
		mm, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = mm[k]
	}
	return v
}
