package redact

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/phiguard/phiguard/detectors"
)

// secrets are the synthetic PHI values of these tests; no output may hold one.
var secrets = []string{"123-45-6789", "jane.roe@example.com", "Jane Roe", "1950-03-04", "617-555-0199"}

func leaked(s string) (int, bool) {
	for i, v := range secrets {
		if strings.Contains(s, v) {
			return i, true
		}
	}
	return 0, false
}

func TestScrubberString(t *testing.T) {
	s := NewScrubber(nil, nil)
	const clean = "order 48213 shipped after 3 retries"
	if got := s.String(clean); got != clean {
		t.Errorf("clean text changed: %q", got)
	}
	in := "lookup failed for SSN 123-45-6789, mail jane.roe@example.com"
	got, fs := s.StringCount(in)
	if i, ok := leaked(got); ok {
		t.Fatalf("secret %d survived: %s", i, hide(got, secrets...))
	}
	if want := "lookup failed for SSN [REDACTED:ssn], mail [REDACTED:email]"; got != want {
		t.Errorf("got %s; want %q", hide(got, secrets...), want)
	}
	if len(fs) != 2 || fs[0].Category != detectors.SSN || fs[1].Category != detectors.Email {
		t.Errorf("findings: %d, want ssn and email", len(fs))
	}
	// sync.Pool drops items at random under the race detector.
	if n := testing.AllocsPerRun(100, func() { _ = s.String(clean) }); n != 0 && !raceEnabled {
		t.Errorf("String of clean text allocates %v times", n)
	}
	out, n := s.AppendText([]byte("> "), []byte(in))
	if n != 2 || !strings.HasPrefix(string(out), "> lookup failed") || strings.Contains(string(out), "6789") {
		t.Errorf("AppendText: %d findings, %s", n, hide(string(out), secrets...))
	}
}

func TestScrubberField(t *testing.T) {
	r := mustNew(t, &Options{Styles: map[detectors.Category]Style{detectors.SSN: Partial, detectors.Email: Drop}})
	s := NewScrubber(detectors.Default(), r)
	tests := []struct {
		key, in, want string
		drop          bool
	}{
		{"ssn", "123-45-6789", "***-**-6789", false},
		{"patient.ssn", "123456789", "*****6789", false},
		{"email", "jane.roe@example.com", "[REDACTED:email]", true},
		{"status", "ok", "ok", false},
		{"note", "called 617-555-0199 re SSN 123-45-6789", "called [REDACTED:phone] re SSN ***-**-6789", false},
		{"ssn", "", "", false},
	}
	for i, tt := range tests {
		got, drop := s.Field(tt.key, tt.in)
		if got != tt.want || drop != tt.drop {
			t.Errorf("case %d (key %s): got %s, drop %v; want %q, %v", i, tt.key, hide(got, secrets...), drop, tt.want, tt.drop)
		}
	}
	keep := NewScrubber(nil, mustNew(t, &Options{Keep: detectors.SetOf(detectors.SSN)}))
	if got, _ := keep.Field("ssn", "123-45-6789"); got != "123-45-6789" {
		t.Errorf("kept category redacted under its key")
	}
}

func TestScrubberValue(t *testing.T) {
	r := mustNew(t, &Options{Styles: map[detectors.Category]Style{detectors.Email: Drop}})
	s := NewScrubber(nil, r)
	var doc any
	err := json.Unmarshal([]byte(`{
		"id": 48213, "status": "active", "retries": 3,
		"patient": {"name": "Jane Roe", "ssn": "123-45-6789", "dob": "1950-03-04", "email": "jane.roe@example.com",
		            "phones": ["617-555-0199"]},
		"notes": ["callback requested", "SSN 123-45-6789 on file"],
		"tags": {"k": "v"}
	}`), &doc)
	if err != nil {
		t.Fatal(err)
	}
	out := s.Value("", doc)
	b, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	if i, ok := leaked(string(b)); ok {
		t.Fatalf("secret %d survived: %s", i, hide(string(b), secrets...))
	}
	m := out.(map[string]any)
	p := m["patient"].(map[string]any)
	if _, ok := p["email"]; ok {
		t.Error("dropped field is still there")
	}
	for k, want := range map[string]string{"name": "[REDACTED:name]", "ssn": "[REDACTED:ssn]", "dob": "[REDACTED:date]"} {
		if p[k] != want {
			t.Errorf("patient.%s = %s; want %q", k, hide(fmt.Sprint(p[k]), secrets...), want)
		}
	}
	if m["id"] != float64(48213) || m["status"] != "active" || m["retries"] != float64(3) {
		t.Errorf("non-PHI values changed: %v %v %v", m["id"], m["status"], m["retries"])
	}
	if notes := m["notes"].([]any); notes[0] != "callback requested" || notes[1] != "SSN [REDACTED:ssn] on file" {
		t.Errorf("notes: %s", hide(fmt.Sprint(notes), secrets...))
	}
	// The input is not modified.
	if doc.(map[string]any)["patient"].(map[string]any)["ssn"] != "123-45-6789" {
		t.Error("Value modified its input")
	}
}

func TestScrubberValueTypes(t *testing.T) {
	s := NewScrubber(nil, nil)
	in := map[string]any{
		"ssn":    json.Number("123456789"),
		"count":  json.Number("12"),
		"age":    float64(95),
		"hours":  int64(95),
		"labels": map[string]string{"email": "jane.roe@example.com", "team": "blue"},
		"list":   []string{"SSN 123-45-6789", "plain"},
		"obj":    struct{ Note string }{"mail jane.roe@example.com"},
		"nil":    nil,
		"flag":   true,
	}
	out := s.Value("", in).(map[string]any)
	b, _ := json.Marshal(out)
	if i, ok := leaked(string(b)); ok {
		t.Fatalf("secret %d survived: %s", i, hide(string(b), secrets...))
	}
	if out["ssn"] != "[REDACTED:ssn]" || out["count"] != json.Number("12") || out["age"] != "[REDACTED:age]" || out["hours"] != int64(95) {
		t.Errorf("numbers: ssn %v count %v age %v hours %v", out["ssn"] != "[REDACTED:ssn]", out["count"], out["age"], out["hours"])
	}
	if l := out["labels"].(map[string]string); l["team"] != "blue" || l["email"] != "[REDACTED:email]" {
		t.Errorf("labels: %s", hide(fmt.Sprint(l), secrets...))
	}
	if out["flag"] != true || out["nil"] != nil {
		t.Error("bool or nil changed")
	}
}

// TestScrubberValueFailsClosed: too deep or cyclic values are masked, and
// a value that panics while rendered never escapes as itself.
func TestScrubberValueFailsClosed(t *testing.T) {
	s := NewScrubber(nil, nil)
	deep := any("SSN 123-45-6789")
	for i := 0; i < MaxDepth+5; i++ {
		deep = map[string]any{"k": deep}
	}
	b, _ := json.Marshal(s.Value("", deep))
	if strings.Contains(string(b), "6789") || !strings.Contains(string(b), "[REDACTED:other_id]") {
		t.Errorf("too deep: %s", hide(string(b), secrets...))
	}
	cyc := map[string]any{"ssn": "123-45-6789"}
	cyc["self"] = cyc
	out := s.Value("", cyc)
	b, err := json.Marshal(out)
	if err != nil || strings.Contains(string(b), "6789") {
		t.Errorf("cycle: %v %s", err, hide(string(b), secrets...))
	}
	if got := s.Value("x", panicky{}); got != "[REDACTED:other_id]" {
		t.Errorf("panicking value: %s", hide(fmt.Sprint(got), secrets...))
	}
}

type panicky struct{}

func (panicky) String() string { panic("SSN 123-45-6789") }
