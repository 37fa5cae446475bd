package slogphi

import (
	"context"
	"log/slog"
	"runtime"
	"strings"
	"sync"

	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/policy"
	"github.com/phiguard/phiguard/redact"
)

// Options configure a Handler. A nil *Options means the defaults: the
// default detection engine, every category masked, nothing kept.
type Options struct {
	// Policy, if set, supplies the scanner (categories, key rules,
	// allowlist, custom detectors) and the redactor (styles, token key,
	// keep) of a loaded phiguard.yaml. Scanner and Redactor, if set, take
	// precedence over it. NewHandler panics if the policy cannot build
	// them; call Policy.Scanner and Policy.Redactor yourself to handle
	// that error.
	Policy *policy.Policy

	// Scrubber, if set, supplies the scanner and redactor it pairs, as
	// returned by Policy.Scrubber. Scanner and Redactor, if set, take
	// precedence over it.
	Scrubber *redact.Scrubber

	// Scanner finds PHI. Nil means the Scrubber's, the policy's, or
	// detectors.Default().
	Scanner *detectors.Scanner

	// Redactor redacts what is found. Nil means the Scrubber's, the
	// policy's, or redact.Default(), which masks every category.
	Redactor *redact.Redactor

	// Keep lists categories this handler logs in clear, on top of the
	// redactor's own Keep: the explicit exception for an audit log that
	// must record MRNs or patient IDs. Kept values are still counted, in
	// Stats.Kept. Zero keeps nothing.
	Keep detectors.CategorySet

	// OnRedact, if set, is called at the end of Handle (and of WithAttrs)
	// for each record in which something was redacted, kept or failed,
	// with the counts and the call site. It must be quick and safe for
	// concurrent use, and must not log through this handler.
	OnRedact func(Event)

	// MaxDepth is how deep groups and structured values are followed.
	// Deeper values are replaced by "[REDACTED:too deep]". Zero means 16.
	MaxDepth int

	// MaxItems bounds the values (fields, elements, entries) visited in
	// one attribute. An attribute with more is replaced whole by
	// "[REDACTED:too large]". Zero means 10000.
	MaxItems int

	// MaxBytes is the longest string scanned. Longer strings are replaced
	// by "[REDACTED:too large]". Zero means 256 KiB.
	MaxBytes int
}

// Fail-closed markers: what replaces a value that could not be checked.
const (
	markPanic = "[REDACTED:panic]"
	markCycle = "[REDACTED:cycle]"
	markDepth = "[REDACTED:too deep]"
	markLarge = "[REDACTED:too large]"
)

// A Handler redacts PHI from records and passes them to another handler.
// It is safe for concurrent use.
type Handler struct {
	inner  slog.Handler
	c      *core
	prefix string // the open groups joined by ".", for key paths
}

// core is what a Handler and the handlers derived from it share.
type core struct {
	scanner  *detectors.Scanner
	redactor *redact.Redactor
	keep     detectors.CategorySet
	onRedact func(Event)
	maxDepth int
	maxItems int
	maxBytes int

	keys  keyCache
	clean *cleanCache
	stats stats
	pool  sync.Pool // of *walker
}

// NewHandler returns a Handler that redacts records and passes them to
// inner. If opts is nil, the default options are used. It panics if inner
// is nil, or if opts.Policy cannot build its scanner or redactor. If inner
// is itself a *Handler, the new Handler wraps inner's handler instead, so
// that records are never redacted twice.
func NewHandler(inner slog.Handler, opts *Options) *Handler {
	if inner == nil {
		panic("slogphi: nil inner handler")
	}
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Scrubber != nil {
		if o.Scanner == nil {
			o.Scanner = o.Scrubber.Scanner
		}
		if o.Redactor == nil {
			o.Redactor = o.Scrubber.Redactor
		}
	}
	if o.Policy != nil {
		if o.Scanner == nil {
			sc, err := o.Policy.Scanner()
			if err != nil {
				panic("slogphi: policy: " + err.Error())
			}
			o.Scanner = sc
		}
		if o.Redactor == nil {
			r, err := o.Policy.Redactor()
			if err != nil {
				panic("slogphi: policy: " + err.Error())
			}
			o.Redactor = r
		}
	}
	if o.Scanner == nil {
		o.Scanner = detectors.Default()
	}
	if o.Redactor == nil {
		o.Redactor = redact.Default()
	}
	c := &core{
		scanner:  o.Scanner,
		redactor: o.Redactor.WithKeep(o.Keep),
		keep:     o.Keep | o.Redactor.KeepSet(),
		onRedact: o.OnRedact,
		maxDepth: orDefault(o.MaxDepth, 16),
		maxItems: orDefault(o.MaxItems, 10000),
		maxBytes: orDefault(o.MaxBytes, 256<<10),
		clean:    newCleanCache(),
	}
	c.keys.init(c.scanner)
	c.pool.New = func() any { return &walker{c: c} }
	prefix := ""
	if h, ok := inner.(*Handler); ok {
		inner, prefix = h.inner, h.prefix
	}
	return &Handler{inner: inner, c: c, prefix: prefix}
}

func orDefault(v, def int) int {
	if v <= 0 {
		return def
	}
	return v
}

// Handler returns the handler that h passes records to.
func (h *Handler) Handler() slog.Handler { return h.inner }

// Unwrap returns the handler that h passes records to, as Handler does.
func (h *Handler) Unwrap() slog.Handler { return h.inner }

// Enabled reports whether the inner handler handles records at level.
func (h *Handler) Enabled(ctx context.Context, level slog.Level) bool {
	return h.inner.Enabled(ctx, level)
}

// Handle redacts r and passes it to the inner handler. A record without
// PHI is passed as it is. Redaction never fails: what cannot be checked is
// replaced by a marker. The error is the inner handler's.
func (h *Handler) Handle(ctx context.Context, r slog.Record) error {
	w := h.c.getWalker(h.prefix)
	nr, changed := w.redact(r)
	h.c.record(w, r.PC, r.Level, true)
	h.c.putWalker(w)
	if !changed {
		return h.inner.Handle(ctx, r)
	}
	return h.inner.Handle(ctx, nr)
}

// redact redacts r. changed reports whether nr, a new record, must be
// passed instead of r. It never panics: on an internal error, the record
// keeps its time, level and call site and loses what was not yet checked.
func (w *walker) redact(r slog.Record) (nr slog.Record, changed bool) {
	msg := r.Message
	defer func() {
		if recover() != nil {
			w.failures++
			nr = slog.NewRecord(r.Time, r.Level, markPanic, r.PC)
			changed = true
		}
	}()
	if m, ch := w.text(msg); ch {
		msg, changed = m, true
	}
	// Attributes are collected only from the first one that changes, with
	// the unchanged ones before it: a clean record copies nothing.
	n := 0
	r.Attrs(func(a slog.Attr) bool {
		keep, ch := w.topAttr(&a)
		if !changed && (ch || !keep) {
			changed = true
			w.attrs = w.attrs[:0]
			i := 0
			r.Attrs(func(b slog.Attr) bool {
				if i == n {
					return false
				}
				w.attrs = append(w.attrs, b)
				i++
				return true
			})
		}
		if changed && keep {
			w.attrs = append(w.attrs, a)
		}
		n++
		return true
	})
	if !changed {
		return r, false
	}
	nr = slog.NewRecord(r.Time, r.Level, msg, r.PC)
	nr.AddAttrs(w.attrs...)
	return nr, true
}

// WithAttrs returns a Handler whose inner handler has attrs, redacted now
// rather than on every record.
func (h *Handler) WithAttrs(attrs []slog.Attr) slog.Handler {
	if len(attrs) == 0 {
		return h
	}
	w := h.c.getWalker(h.prefix)
	out := make([]slog.Attr, 0, len(attrs))
	func() {
		defer func() {
			if recover() != nil {
				w.failures++
				out = out[:0]
			}
		}()
		for _, a := range attrs {
			if keep, _ := w.topAttr(&a); keep {
				out = append(out, a)
			}
		}
	}()
	if w.any() {
		h.c.record(w, callerPC(), slog.LevelInfo, false)
	}
	h.c.putWalker(w)
	return &Handler{inner: h.inner.WithAttrs(out), c: h.c, prefix: h.prefix}
}

// WithGroup returns a Handler whose inner handler opens group name.
// WithGroup("") returns h.
func (h *Handler) WithGroup(name string) slog.Handler {
	if name == "" {
		return h
	}
	prefix := name
	if h.prefix != "" {
		prefix = h.prefix + "." + name
	}
	return &Handler{inner: h.inner.WithGroup(name), c: h.c, prefix: prefix}
}

// callerPC returns the PC of the first caller outside log/slog and this
// package: where a logger.With call was made.
func callerPC() uintptr {
	var pcs [16]uintptr
	n := runtime.Callers(2, pcs[:])
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "log/slog.") && !strings.Contains(f.Function, "phiguard/phiguard/slogphi.") {
			return f.PC + 1 // a return address, as Record.PC holds
		}
		if !more {
			return 0
		}
	}
}
