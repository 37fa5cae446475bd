package sentryphi

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/getsentry/sentry-go"

	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/policy"
	"github.com/phiguard/phiguard/redact"
)

// Config configures a Scrubber. A nil *Config means the defaults: the
// default detectors, every category masked, binary attachments dropped,
// record IDs in URL paths and SQL literals redacted, the transport guarded.
type Config struct {
	// Scrubber finds and redacts PHI. Nil means the one of Policy, or if
	// Policy is nil too, redact.NewScrubber(nil, nil): the default
	// detectors and the mask style for every category.
	Scrubber *redact.Scrubber

	// Policy is the shared phiguard.yaml (policy.Load), so that Sentry and
	// the logs detect and redact alike: its scanner settings, styles, kept
	// categories and token key. Set Scrubber or Policy, not both.
	Policy *policy.Policy

	// AllowAttachment reports whether a binary attachment (one whose
	// content type is not text, JSON, XML or a form) may be sent as it is.
	// It receives the attachment's name already scrubbed. Nil means binary
	// attachments are dropped: a text scanner cannot see PHI in an image or
	// a PDF.
	AllowAttachment func(filename, contentType string) bool

	// MaxAttachmentBytes is the largest text attachment scanned; larger
	// ones are dropped. Zero means 1 MiB.
	MaxAttachmentBytes int

	// SecretHeaders lists more words (case-insensitive) that make a
	// request header a credential, masked whole: "x-tenant-pin" masks that
	// header, "pin" every header whose name holds it. Headers whose names
	// contain "auth", "token", "key", "secret", "passw", "session",
	// "cookie", "csrf", "xsrf", "jwt", "signature", "credential",
	// "bearer", "saml" or "sso" (Authorization, Cookie, Set-Cookie,
	// X-Api-Key, ...) always are; the names of the cookies in a Cookie
	// header are kept.
	SecretHeaders []string

	// KeepPathIDs keeps URL path segments that look like record
	// identifiers. By default a segment made of digits and separators
	// ("12345", "2024-01-05"), a UUID, a long hex string or a code with four
	// digits or more ("MRN00123456") is redacted as other_id, since a record
	// ID in a URL points at one patient. Segments are always scanned for
	// PHI as well.
	KeepPathIDs bool

	// KeepSQLLiterals keeps the literal values of SQL statements in span
	// descriptions, span data and breadcrumbs. By default every string and
	// number literal is replaced by "?", as in a prepared statement,
	// whether or not the scanner recognises it as PHI.
	KeepSQLLiterals bool

	// NoTemplateFingerprint leaves the grouping of message events to
	// Sentry. By default, when a message event (one without an exception
	// or a stack trace, which Sentry groups by its message) had PHI
	// redacted in a style other than mask, its fingerprint is set to the
	// message with every finding masked, so that "patient tok_name_… not
	// found" is one issue for all patients. Events with a fingerprint of
	// their own keep it.
	NoTemplateFingerprint bool

	// NoTransportGuard leaves the SDK's HTTP transport alone. By default
	// Options wraps it (ClientOptions.HTTPTransport, or the Transport of
	// ClientOptions.HTTPClient) to scrub the trace context of each envelope
	// header, which carries the transaction name and which no hook sees.
	NoTransportGuard bool

	// OnDrop, if set, is called when an item is dropped because scrubbing
	// it failed, with the kind of item: "event", "transaction",
	// "breadcrumb", "log", "metric" or "envelope". It never receives the
	// item, and must not block.
	OnDrop func(kind string)
}

// A Scrubber redacts PHI from Sentry events, transactions, breadcrumbs,
// logs, metrics and envelope headers. It is safe for concurrent use.
type Scrubber struct {
	rs  *redact.Scrubber
	sc  *detectors.Scanner
	rd  *redact.Redactor
	cfg Config
	// err, when set, makes every method drop what it is given: the
	// configuration could not be built, and failing closed means sending
	// nothing.
	err     error
	secrets []string
	maxAtt  int
	n       counters
	clean   sync.Map // weak.Pointer[sentry.Breadcrumb] -> struct{}: see markClean
	nclean  atomic.Int64
}

// defaultSecretTerms are the parts of header names that say the value is a
// credential.
var defaultSecretTerms = []string{"auth", "token", "key", "secret", "passw", "session", "cookie",
	"csrf", "xsrf", "jwt", "signature", "credential", "bearer", "saml", "sso"}

// New returns a Scrubber for c, which may be nil for the defaults.
func New(c *Config) (*Scrubber, error) {
	s := &Scrubber{}
	if c != nil {
		s.cfg = *c
		s.cfg.SecretHeaders = append([]string(nil), c.SecretHeaders...)
	}
	if s.cfg.MaxAttachmentBytes < 0 {
		return nil, errors.New("sentryphi: Config.MaxAttachmentBytes is negative")
	}
	s.rs = s.cfg.Scrubber
	switch {
	case s.rs != nil && s.cfg.Policy != nil:
		return nil, errors.New("sentryphi: Config.Scrubber and Config.Policy are both set; set one")
	case s.cfg.Policy != nil:
		rs, err := s.cfg.Policy.Scrubber()
		if err != nil {
			return nil, fmt.Errorf("sentryphi: policy %s: %w", s.cfg.Policy.Name(), err)
		}
		s.rs = rs
	case s.rs == nil:
		s.rs = redact.NewScrubber(nil, nil)
	}
	if s.rs.Scanner == nil || s.rs.Redactor == nil {
		return nil, errors.New("sentryphi: Config.Scrubber has no Scanner or no Redactor; build it with redact.NewScrubber")
	}
	s.sc, s.rd = s.rs.Scanner, s.rs.Redactor
	s.maxAtt = s.cfg.MaxAttachmentBytes
	if s.maxAtt == 0 {
		s.maxAtt = 1 << 20
	}
	s.secrets = defaultSecretTerms
	for _, h := range s.cfg.SecretHeaders {
		s.secrets = append(s.secrets[:len(s.secrets):len(s.secrets)], strings.ToLower(h))
	}
	return s, nil
}

// Options returns opts with its hooks wrapped by a Scrubber for c (which
// may be nil for the defaults); see Scrubber.Options. It never fails: if c
// cannot be built into a Scrubber, the returned options drop every event,
// transaction, breadcrumb, log and metric, since failing closed means
// sending nothing. Call New to see the error, or to read the Stats.
func Options(opts sentry.ClientOptions, c *Config) sentry.ClientOptions {
	s, err := New(c)
	if err != nil {
		s = &Scrubber{err: err}
		if c != nil {
			s.cfg.OnDrop = c.OnDrop
		}
	}
	return s.Options(opts)
}

// Err reports the configuration error that makes s drop everything, or nil.
func (s *Scrubber) Err() error { return s.err }

// Stats returns the counters of s.
func (s *Scrubber) Stats() Stats { return s.n.snapshot() }

// Options returns opts with BeforeSend, BeforeSendTransaction,
// BeforeBreadcrumb, BeforeSendLog and BeforeSendMetric wrapped: the hook
// set in opts runs first, and its result is scrubbed; if it returns nil,
// the item is dropped as before. Unless Config.NoTransportGuard is set, the
// HTTP transport is wrapped too (see Scrubber.RoundTripper): opts.HTTPClient
// is copied with its Transport wrapped, or else opts.HTTPTransport is
// wrapped, or else a transport like the SDK's default one (honouring
// HTTPProxy, HTTPSProxy and CaCerts) is built and wrapped. A custom
// opts.Transport that does not use these fields is left as it is.
func (s *Scrubber) Options(opts sentry.ClientOptions) sentry.ClientOptions {
	if before := opts.BeforeSend; before != nil {
		opts.BeforeSend = func(e *sentry.Event, h *sentry.EventHint) *sentry.Event {
			if e = before(e, h); e == nil {
				return nil
			}
			return s.Event(e)
		}
	} else {
		opts.BeforeSend = func(e *sentry.Event, _ *sentry.EventHint) *sentry.Event { return s.Event(e) }
	}
	if before := opts.BeforeSendTransaction; before != nil {
		opts.BeforeSendTransaction = func(e *sentry.Event, h *sentry.EventHint) *sentry.Event {
			if e = before(e, h); e == nil {
				return nil
			}
			return s.Event(e)
		}
	} else {
		opts.BeforeSendTransaction = func(e *sentry.Event, _ *sentry.EventHint) *sentry.Event { return s.Event(e) }
	}
	if before := opts.BeforeBreadcrumb; before != nil {
		opts.BeforeBreadcrumb = func(b *sentry.Breadcrumb, h *sentry.BreadcrumbHint) *sentry.Breadcrumb {
			if b = before(b, h); b == nil {
				return nil
			}
			return s.Breadcrumb(b)
		}
	} else {
		opts.BeforeBreadcrumb = func(b *sentry.Breadcrumb, _ *sentry.BreadcrumbHint) *sentry.Breadcrumb { return s.Breadcrumb(b) }
	}
	if before := opts.BeforeSendLog; before != nil {
		opts.BeforeSendLog = func(l *sentry.Log) *sentry.Log {
			if l = before(l); l == nil {
				return nil
			}
			return s.Log(l)
		}
	} else {
		opts.BeforeSendLog = s.Log
	}
	if before := opts.BeforeSendMetric; before != nil {
		opts.BeforeSendMetric = func(m *sentry.Metric) *sentry.Metric {
			if m = before(m); m == nil {
				return nil
			}
			return s.Metric(m)
		}
	} else {
		opts.BeforeSendMetric = s.Metric
	}
	if !s.cfg.NoTransportGuard && s.err == nil {
		s.guardTransport(&opts)
	}
	return opts
}

// drop counts an item of kind dropped on failure.
func (s *Scrubber) drop(kind int) {
	s.n.dropped[kind].Add(1)
	if s.cfg.OnDrop != nil {
		func() {
			defer func() { _ = recover() }() // a failing callback must not crash the host
			s.cfg.OnDrop(kindNames[kind])
		}()
	}
}

// Event scrubs an error, message or transaction event and returns it, or
// nil if scrubbing failed (the event must then not be sent). It does not
// write through pointers the event shares with the scope (breadcrumbs,
// attachments, spans, the request): it replaces them.
func (s *Scrubber) Event(e *sentry.Event) (out *sentry.Event) {
	if e == nil {
		return nil
	}
	kind := kindEvent
	if e.Type == "transaction" {
		kind = kindTransaction
	}
	if s.err != nil {
		s.drop(kind)
		return nil
	}
	defer func() {
		if recover() != nil {
			out = nil
			s.drop(kind)
		}
	}()
	p := pass{s: s}
	p.event(e)
	s.n.add(kind, &p.t)
	return e
}

// Breadcrumb scrubs a breadcrumb and returns a scrubbed copy, or nil if
// scrubbing failed. The copy is remembered (weakly) so that Event does not
// scan it again when the scope attaches it to each event.
func (s *Scrubber) Breadcrumb(b *sentry.Breadcrumb) (out *sentry.Breadcrumb) {
	if b == nil {
		return nil
	}
	if s.err != nil {
		s.drop(kindBreadcrumb)
		return nil
	}
	defer func() {
		if recover() != nil {
			out = nil
			s.drop(kindBreadcrumb)
		}
	}()
	p := pass{s: s}
	out = p.breadcrumb(b, true)
	s.markClean(out)
	s.n.add(kindBreadcrumb, &p.t)
	return out
}

// Log scrubs a log entry in place and returns it, or nil if scrubbing
// failed.
func (s *Scrubber) Log(l *sentry.Log) (out *sentry.Log) {
	if l == nil {
		return nil
	}
	if s.err != nil {
		s.drop(kindLog)
		return nil
	}
	defer func() {
		if recover() != nil {
			out = nil
			s.drop(kindLog)
		}
	}()
	p := pass{s: s}
	p.log(l)
	s.n.add(kindLog, &p.t)
	return l
}

// Metric scrubs a metric in place and returns it, or nil if scrubbing
// failed.
func (s *Scrubber) Metric(m *sentry.Metric) (out *sentry.Metric) {
	if m == nil {
		return nil
	}
	if s.err != nil {
		s.drop(kindMetric)
		return nil
	}
	defer func() {
		if recover() != nil {
			out = nil
			s.drop(kindMetric)
		}
	}()
	p := pass{s: s}
	p.metric(m)
	s.n.add(kindMetric, &p.t)
	return m
}
