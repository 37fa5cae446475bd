package phi_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/phiguard/phiguard/phi"
)

// The synthetic PHI of these tests. No rendering may contain one, and no
// failure message prints one: failures show outputs with them hidden.
const (
	ssn   = "123-45-6789"
	name  = "Jane Roe"
	email = "jane.roe@example.com"
)

var secrets = []string{ssn, name, email, "6789", "Roe", "1950"}

func hide(s string) string {
	for _, v := range secrets {
		s = strings.ReplaceAll(s, v, "«secret»")
	}
	return strconv.Quote(s)
}

func leaks(s string) bool {
	for _, v := range secrets {
		if strings.Contains(s, v) {
			return true
		}
	}
	return false
}

// verbs are every fmt verb and flag combination the tests try.
var verbs = []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%10s", "%-12v", "%.3s", "%t", "%e", "%U", "%c", "%o", "%b"}

// renderings returns v rendered every way a program might print or log it.
func renderings(t *testing.T, v any) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, f := range verbs {
		out["fmt "+f] = fmt.Sprintf(f, v)
	}
	out["Sprint"] = fmt.Sprint(v)
	out["Sprintln"] = fmt.Sprintln(v)
	out["in struct %+v"] = fmt.Sprintf("%+v", struct{ X any }{v})
	out["in struct %#v"] = fmt.Sprintf("%#v", struct{ X any }{v})
	out["in slice"] = fmt.Sprint([]any{v})
	out["in map"] = fmt.Sprint(map[string]any{"k": v})
	out["Errorf %w"] = fmt.Errorf("wrapped: %v", v).Error()
	b, err := json.Marshal(map[string]any{"k": v})
	if err != nil {
		t.Fatalf("json: %v", err)
	}
	out["json"] = string(b)
	b, err = xml.Marshal(struct {
		XMLName xml.Name `xml:"r"`
		A       any      `xml:"a"`
	}{A: v})
	if err == nil {
		out["xml"] = string(b)
	}
	// No time: its digits could hold a secret such as "6789" by chance.
	noTime := &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if len(groups) == 0 && a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}
	for _, h := range []func(*bytes.Buffer) slog.Handler{
		func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, noTime) },
		func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, noTime) },
	} {
		var buf bytes.Buffer
		slog.New(h(&buf)).Info("m", "k", v, slog.Any("a", v), slog.Group("g", "k", v))
		out[fmt.Sprintf("slog %T", h(&buf))] = buf.String()
	}
	return out
}

func TestStringRendersRedacted(t *testing.T) {
	for _, v := range []any{phi.String(ssn), ptr(phi.String(ssn))} {
		for how, s := range renderings(t, v) {
			if leaks(s) {
				t.Errorf("%T %s leaks: %s", v, how, hide(s))
			}
			if !strings.Contains(s, phi.Mask) && how != "fmt %p" {
				t.Errorf("%T %s has no mask: %s", v, how, hide(s))
			}
		}
	}
	s := phi.String(ssn)
	if s.Reveal() != ssn {
		t.Error("Reveal does not give the value back")
	}
	if got := fmt.Sprintf("%#v", s); got != `phi.String("[REDACTED]")` {
		t.Errorf("%%#v = %s", hide(got))
	}
	if got := fmt.Sprintf("%q", s); got != `"[REDACTED]"` {
		t.Errorf("%%q = %s", hide(got))
	}
	if s.GoString() != `phi.String("[REDACTED]")` || s.Error() != phi.Mask || s.String() != phi.Mask {
		t.Error("GoString, Error or String is not the mask")
	}
	var err error = s
	if err.Error() != phi.Mask {
		t.Errorf("as an error: %s", hide(err.Error()))
	}
}

func ptr[T any](v T) *T { return &v }

func TestValueRendersRedacted(t *testing.T) {
	type visit struct {
		When time.Time
		Note string
	}
	dob := time.Date(1950, 3, 4, 0, 0, 0, 0, time.UTC)
	values := []struct {
		v    any
		mask string
	}{
		{phi.New(phi.SSN, ssn), "[REDACTED:ssn]"},
		{phi.New(phi.Date, dob), "[REDACTED:date]"},
		{phi.New(phi.SSN, 123456789), "[REDACTED:ssn]"},
		{phi.New(phi.Name, []string{name}), "[REDACTED:name]"},
		{phi.New(phi.Email, visit{dob, email}), "[REDACTED:email]"},
		{ptr(phi.New(phi.Email, email)), "[REDACTED:email]"},
		{phi.Value[string]{}, "[REDACTED]"},
		{phi.New(phi.Category(99), ssn), "[REDACTED]"},
	}
	for i, tc := range values {
		for how, s := range renderings(t, tc.v) {
			if leaks(s) {
				t.Errorf("value %d %s leaks: %s", i, how, hide(s))
			}
			if !strings.Contains(s, tc.mask) && how != "fmt %p" {
				t.Errorf("value %d %s lacks %s: %s", i, how, tc.mask, hide(s))
			}
		}
	}
	v := phi.New(phi.SSN, ssn)
	if v.Reveal() != ssn || v.Category() != phi.SSN {
		t.Error("Reveal or Category is wrong")
	}
	if got := fmt.Sprintf("%#v", v); got != `phi.Value[string]("[REDACTED:ssn]")` {
		t.Errorf("%%#v = %s", hide(got))
	}
	if got := v.GoString(); got != `phi.Value[string]("[REDACTED:ssn]")` {
		t.Errorf("GoString = %s", hide(got))
	}
	// Out of fmt's reach in unexported fields and with %p too.
	type rec struct {
		id  int
		ssn phi.Value[string]
	}
	for _, f := range []string{"%v", "%+v", "%#v", "%p"} {
		if s := fmt.Sprintf(f, rec{1, v}); leaks(s) {
			t.Errorf("unexported field with %s leaks: %s", f[1:], hide(s))
		}
	}
	if n := phi.New(phi.Age, 93); n.Reveal() != 93 || fmt.Sprintf("%d", n) != "[REDACTED:age]" {
		t.Error("Value[int] with the d verb")
	}
}

func TestUnmarshal(t *testing.T) {
	var req struct {
		SSN phi.String        `json:"ssn"`
		DOB phi.Value[string] `json:"dob"`
		Tag phi.String        `json:"tag"`
	}
	if err := json.Unmarshal([]byte(`{"ssn":"123-45-6789","dob":"1950-03-04"}`), &req); err != nil {
		t.Fatal(err)
	}
	if req.SSN.Reveal() != ssn || req.DOB.Reveal() != "1950-03-04" {
		t.Error("decoded values differ")
	}
	if err := json.Unmarshal([]byte(`{"ssn":42}`), &req); err == nil {
		t.Error("a number decoded into a String")
	}
	if err := json.Unmarshal([]byte(`{"dob":42}`), &req); err == nil || req.DOB.Reveal() != "1950-03-04" {
		t.Error("a number decoded into a Value[string], or the failure changed it")
	}
	var s phi.String
	if err := s.UnmarshalText([]byte(name)); err != nil || s.Reveal() != name {
		t.Error("UnmarshalText")
	}
	b, _ := json.Marshal(req)
	if leaks(string(b)) {
		t.Errorf("re-encoded request leaks: %s", hide(string(b)))
	}
}

func TestReveal(t *testing.T) {
	r, ok := phi.Reveal(phi.String(ssn))
	if !ok || r.Value != ssn || r.Category != 0 || r.Text {
		t.Errorf("String: ok %v, category %v, text %v, value matches %v", ok, r.Category, r.Text, r.Value == ssn)
	}
	r, ok = phi.Reveal(ptr(phi.New(phi.Date, 1950)))
	if !ok || r.Value != 1950 || r.Category != phi.Date {
		t.Errorf("*Value: ok %v, category %v", ok, r.Category)
	}
	var nilp *phi.Value[string]
	if r, ok := phi.Reveal(nilp); !ok || r.Value != nil {
		t.Error("nil *Value: want ok and a nil value")
	}
	for _, v := range []any{nil, ssn, 3, errors.New("x"), phi.NewError("x")} {
		if _, ok := phi.Reveal(v); ok {
			t.Errorf("Reveal(%T) reports a marker", v)
		}
	}
}
