package sentryphi_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/getsentry/sentry-go"
	sentryslog "github.com/getsentry/sentry-go/slog"

	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/redact"
	"github.com/phiguard/phiguard/sentryphi"
	"github.com/phiguard/phiguard/slogphi"
)

// slogPHI is what the slog records below carry.
var slogPHI = []phi{
	{"slog message", "Maria Garcia"},
	{"slog attribute by key", "512-44-3309"},
	{"slog group by key", "m.garcia@example.org"},
	{"slog group by key (dob)", "1961-03-04"},
	{"slog error value", "Wei Chen"},
	{"slog WithAttrs by key", "MRN00458812"},
}

// logThroughSentry sends two slog records through sentryslog, wrapped by
// slogphi unless withSlogphi is false, to a client with sentryphi unless
// cfg is nil, and returns what the sink received.
func logThroughSentry(t *testing.T, withSlogphi bool, cfg *sentryphi.Config, r *redact.Redactor) []byte {
	t.Helper()
	k := newSink(t)
	opts := sentry.ClientOptions{Dsn: k.dsn()}
	if cfg != nil {
		s, err := sentryphi.New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		opts = s.Options(opts)
	}
	c, err := sentry.NewClient(opts)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx := sentry.SetHubOnContext(context.Background(), sentry.NewHub(c, sentry.NewScope()))

	h := sentryslog.Option{}.NewSentryHandler(ctx)
	if withSlogphi {
		h = slogphi.NewHandler(h, &slogphi.Options{Redactor: r})
	}
	logger := slog.New(h).With("mrn", slogPHI[5].value, "service", "charts")
	logger.InfoContext(ctx, "discharged patient "+slogPHI[0].value,
		"ssn", slogPHI[1].value,
		slog.Group("patient", "email", slogPHI[2].value, "dob", slogPHI[3].value),
		"ward", "B", "attempt", 3)
	logger.ErrorContext(ctx, "chart export failed",
		"err", errors.New("no consent on file for patient "+slogPHI[4].value), "retry_in_ms", 250)
	if !c.Flush(10 * time.Second) {
		t.Fatal("Flush timed out")
	}
	logs := k.items(t, "log")
	if len(logs) == 0 {
		t.Fatal("no log envelope arrived")
	}
	return bytes.Join(k.bodies(t), []byte("\n"))
}

func TestSentrySlog(t *testing.T) {
	key, err := detectors.NewKey([]byte("sentryphi-slog-test-key-0123456789"))
	if err != nil {
		t.Fatal(err)
	}
	tokens, err := redact.New(&redact.Options{Default: redact.Token, Key: key})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name        string
		withSlogphi bool
		cfg         *sentryphi.Config
		r           *redact.Redactor
	}{
		{"slogphi and sentryphi", true, &sentryphi.Config{}, nil},
		{"slogphi alone", true, nil, nil},
		{"sentryphi alone", false, &sentryphi.Config{}, nil},
		{"both with tokens", true, &sentryphi.Config{Scrubber: redact.NewScrubber(nil, tokens)}, tokens},
	} {
		t.Run(tc.name, func(t *testing.T) {
			all := logThroughSentry(t, tc.withSlogphi, tc.cfg, tc.r)
			for i, p := range slogPHI {
				for _, f := range forms(p.value) {
					if bytes.Contains(all, []byte(f)) {
						t.Errorf("PHI #%d (%s) reached Sentry", i, p.where)
						break
					}
				}
			}
			for _, want := range []string{"discharged patient", "chart export failed", `"ward":{"value":"B"`,
				`"attempt":{"value":3`, `"retry_in_ms":{"value":250`, `"service":{"value":"charts"`} {
				if !bytes.Contains(all, []byte(want)) {
					t.Errorf("non-PHI %q did not arrive", want)
				}
			}
			if tc.r != nil {
				// slogphi tokenised the values; sentryphi must not tokenise
				// the tokens again, or Sentry and the log files would name
				// the same patient differently.
				want := tokens.String(detectors.SSN, slogPHI[1].value)
				if !strings.HasPrefix(want, "tok_ssn_") || !bytes.Contains(all, []byte(want)) {
					t.Error("the SSN's token in Sentry differs from slogphi's")
				}
			}
		})
	}
}

// TestSentrySlogControl: without slogphi and sentryphi every value above
// reaches Sentry, so the test above checks real leaks.
func TestSentrySlogControl(t *testing.T) {
	all := logThroughSentry(t, false, nil, nil)
	for i, p := range slogPHI {
		if !bytes.Contains(all, []byte(p.value)) {
			t.Errorf("PHI #%d (%s) did not reach Sentry unscrubbed: the test above proves nothing for it", i, p.where)
		}
	}
}
