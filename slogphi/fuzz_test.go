package slogphi_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"testing"

	"github.com/phiguard/phiguard/redact"
	"github.com/phiguard/phiguard/slogphi"
)

// FuzzHandle logs arbitrary text as the message, a free-text value, a key
// and a map key, and checks that the handler never fails, writes valid
// JSON, and redacts text exactly as the Scrubber does with the same engine.
func FuzzHandle(f *testing.F) {
	for _, s := range []string{"", "ok", "SSN 123-45-6789", "mail jane.roe@example.com", "{\"ssn\":\"123-45-6789\"}",
		"PID|1||12345^^^MRN||Roe^Jane||19500304|F", "ssn=123-45-6789&dob=1950-03-04", "\xff\xfe", "Dear Jane Roe, call 617-555-0199"} {
		f.Add(s, "note")
	}
	scrub := redact.NewScrubber(nil, nil)
	f.Fuzz(func(t *testing.T, text, key string) {
		var buf bytes.Buffer
		h := slogphi.NewHandler(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: dropTime}), nil)
		slog.New(h).Info(text, "v", text, key, text, "m", map[string]any{text: 1})
		var rec map[string]any
		if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
			t.Fatalf("output is not JSON: %v", err)
		}
		want := jsonString(scrub.String(text))
		if rec["msg"] != want || rec["v"] != want {
			t.Errorf("message or value redacted unlike the Scrubber (%d findings)", len(h.Stats().Sites))
		}
	})
}

// jsonString returns s as it reads back from JSON (invalid UTF-8 replaced).
func jsonString(s string) string {
	b, _ := json.Marshal(s)
	var out string
	if err := json.Unmarshal(b, &out); err != nil {
		return s
	}
	return out
}
