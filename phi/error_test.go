package phi_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"regexp"
	"strings"
	"testing"

	"github.com/phiguard/phiguard/phi"
)

// noTime leaves the time out of log records: its digits could hold a
// secret's ("...T22:41:04.6789...") and fail a leak check by chance.
var noTime = &slog.HandlerOptions{ReplaceAttr: dropTime}

var refRE = regexp.MustCompile(`^patient not found \(ref ([0-9a-f]{6})\)$`)

func TestNewError(t *testing.T) {
	cause := fmt.Errorf("lookup %s: %w", ssn, fs.ErrNotExist)
	err := phi.NewError("patient not found", "ssn", ssn, "name", name, "attempt", 3, "err", cause)
	m := refRE.FindStringSubmatch(err.Error())
	if m == nil {
		t.Fatalf("Error() = %s; want \"patient not found (ref xxxxxx)\"", hide(err.Error()))
	}
	if err.Ref() != m[1] || err.Message() != "patient not found" {
		t.Errorf("Ref %q, Message %s", err.Ref(), hide(err.Message()))
	}
	if !errors.Is(err, fs.ErrNotExist) || err.Unwrap() != cause {
		t.Error("the cause among the details is not unwrapped")
	}
	var pe *phi.Error
	if !errors.As(fmt.Errorf("handler: %w", err), &pe) || pe != err {
		t.Error("errors.As does not find the *phi.Error")
	}
	for _, f := range []string{"%v", "%+v", "%s", "%q", "%#v", "%x", "%d"} {
		if s := fmt.Sprintf(f, err); leaks(s) || !strings.Contains(s, err.Ref()) {
			t.Errorf("%s: %s", f[1:], hide(s))
		}
	}
	b, _ := json.Marshal(err)
	if string(b) != `{"error":"patient not found","ref":"`+err.Ref()+`"}` {
		t.Errorf("MarshalJSON = %s", hide(string(b)))
	}
	// Every reference is new.
	seen := map[string]bool{}
	for i := 0; i < 100; i++ {
		seen[phi.NewError("x").Ref()] = true
	}
	if len(seen) < 95 {
		t.Errorf("%d distinct references in 100", len(seen))
	}
}

// TestErrorLogValue: the details reach the log only as markers, so a plain
// slog handler logs the reference and masks.
func TestErrorLogValue(t *testing.T) {
	err := phi.NewError("patient not found", "ssn", ssn, slog.Group("who", "name", name), "attempt", 3,
		"err", errors.New("no row for "+email))
	for _, h := range []func(*bytes.Buffer) slog.Handler{
		func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, noTime) },
		func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, noTime) },
	} {
		var buf bytes.Buffer
		slog.New(h(&buf)).Error("lookup failed", "err", err)
		out := buf.String()
		if leaks(out) {
			t.Errorf("%T leaks: %s", h(&buf), hide(out))
		}
		for _, want := range []string{err.Ref(), "patient not found", "[REDACTED:ssn]", "[REDACTED:name]", "[REDACTED]"} {
			if !strings.Contains(out, want) {
				t.Errorf("%T: no %q in %s", h(&buf), want, hide(out))
			}
		}
	}
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, noTime)).Error("x", "err", err)
	var rec struct {
		Err map[string]any `json:"err"`
	}
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Err["msg"] != "patient not found" || rec.Err["ref"] != err.Ref() || rec.Err["attempt"] != phi.Mask {
		t.Errorf("group: %s", hide(fmt.Sprint(rec.Err)))
	}
	// Details given as markers keep their category.
	v := phi.NewError("x", "code", phi.New(phi.MRN, "MRN00123"), "s", phi.String(ssn)).LogValue()
	if got := fmt.Sprint(v); leaks(got) || !strings.Contains(got, "[REDACTED:mrn]") {
		t.Errorf("marker details: %s", hide(got))
	}
}

func TestErrorf(t *testing.T) {
	inner := phi.NewError("patient not found", "ssn", ssn)
	tests := []struct {
		err  *phi.Error
		want string // public message
	}{
		{phi.Errorf("no patient with SSN %s", ssn), "no patient with SSN [REDACTED]"},
		{phi.Errorf("%s (%d%%) of %v", name, 3, email), "[REDACTED] ([REDACTED]%) of [REDACTED]"},
		{phi.Errorf("%[2]s then %[1]q", ssn, name), "[REDACTED] then [REDACTED]"},
		{phi.Errorf("width %*d", 5, 42), "width [REDACTED]"},
		{phi.Errorf("marker %v", phi.New(phi.SSN, ssn)), "marker [REDACTED:ssn]"},
		{phi.Errorf("load: %w", inner), "load: patient not found (ref " + inner.Ref() + ")"},
		{phi.Errorf("no verbs"), "no verbs"},
	}
	for i, tt := range tests {
		if got := tt.err.Message(); got != tt.want {
			t.Errorf("case %d: message %s; want %q", i, hide(got), tt.want)
		}
		if got := tt.err.Error(); got != tt.want+" (ref "+tt.err.Ref()+")" || leaks(got) {
			t.Errorf("case %d: Error() %s", i, hide(got))
		}
	}
	wrapped := phi.Errorf("load %s: %w", ssn, fs.ErrPermission)
	if !errors.Is(wrapped, fs.ErrPermission) {
		t.Error("%w cause is not unwrapped")
	}
	multi := phi.Errorf("a %w b %w", fs.ErrPermission, fs.ErrClosed)
	if !errors.Is(multi, fs.ErrPermission) || !errors.Is(multi, fs.ErrClosed) {
		t.Error("two %w causes are not both unwrapped")
	}
	outer := phi.Errorf("handler: %w", inner)
	if !errors.Is(outer, inner) {
		t.Error("wrapped *Error is not unwrapped")
	}
	// The log gets the arguments as markers, and the inner error.
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, noTime)).Error("x", "err", phi.Errorf("%s at %d: %w", ssn, 3, inner))
	if out := buf.String(); leaks(out) || !strings.Contains(out, inner.Ref()) ||
		!strings.Contains(out, `"args":{"1":"[REDACTED]","2":"[REDACTED]","3":{"msg":"patient not found","ref":"`+inner.Ref()+`","ssn":"[REDACTED:ssn]"}}`) {
		t.Errorf("log: %s", hide(out))
	}
}

type panicErr struct{}

func (panicErr) Error() string { panic(ssn) }

func TestErrorDetailsFailClosed(t *testing.T) {
	err := phi.NewError("x", "err", panicErr{})
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, noTime)).Error("x", "err", err)
	if leaks(buf.String()) {
		t.Errorf("panicking detail leaks: %s", hide(buf.String()))
	}
	if !errors.Is(err, panicErr{}) {
		t.Error("cause lost")
	}
}
