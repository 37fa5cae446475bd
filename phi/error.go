package phi

import (
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/phiguard/phiguard/detectors"
)

// An Error is an error whose message is safe to show to a caller: a public
// message and an opaque reference, "patient not found (ref 7f3a9c)". Its
// details (the identifiers that explain it) are not in the message; they go
// to the server's log with the reference, through LogValue, so that support
// can find the log line from the reference the caller reports.
//
// Details are logged redacted: every detail is a marker, rendered as a mask
// by any slog handler, and redacted in the policy's style (or scanned, for
// free text) by a slogphi handler. An Error is immutable and safe to share.
type Error struct {
	msg   string      // public
	ref   string      // six hex digits
	attrs []slog.Attr // details, every value a marker or an *Error
	args  slog.Value  // Errorf's arguments, as markers
	cause error
}

// NewError returns an error with the public message msg and details given
// as slog key-value pairs or slog.Attr values, as for slog.Logger.With:
//
//	phi.NewError("patient not found", "mrn", mrn, "clinic", clinicID)
//
// msg must not hold PHI: write it as a constant. Each detail is logged as a
// marker of the category its key names (mrn: MRN), or as free text that a
// slogphi handler scans. The first error among the details is the cause
// returned by Unwrap, for errors.Is and errors.As; its text is a detail too.
func NewError(msg string, details ...any) *Error {
	e := &Error{msg: msg, ref: newRef()}
	if len(details) > 0 {
		r := slog.NewRecord(time.Time{}, 0, "", 0)
		r.Add(details...)
		e.attrs = make([]slog.Attr, 0, r.NumAttrs())
		r.Attrs(func(a slog.Attr) bool {
			e.attrs = append(e.attrs, e.mark(a))
			return true
		})
	}
	return e
}

// Errorf formats like fmt.Errorf, but treats every argument as PHI: Error
// returns the format with each argument replaced by a mask, and a
// reference:
//
//	phi.Errorf("no patient with MRN %s", mrn).Error() // no patient with MRN [REDACTED] (ref 7f3a9c)
//
// An argument that is itself an *Error shows its public message and
// reference. The arguments go to the log as markers ("args": {"1": ...}),
// masked by any handler and redacted in the policy's style by slogphi
// (other_id, unless a marker says otherwise); an error argument goes as
// its text, which slogphi scans. An argument for %w is the cause returned
// by Unwrap.
func Errorf(format string, args ...any) *Error {
	e := &Error{ref: newRef()}
	e.msg = publicFormat(format, args)
	switch u := fmt.Errorf(format, args...).(type) {
	case interface{ Unwrap() error }:
		e.cause = u.Unwrap()
	case interface{ Unwrap() []error }:
		e.cause = errors.Join(u.Unwrap()...)
	}
	if len(args) > 0 {
		as := make([]slog.Attr, len(args))
		for i, a := range args {
			key := strconv.Itoa(i + 1)
			switch x := a.(type) {
			case marker, *Error:
				as[i] = slog.Any(key, x)
			case error:
				as[i] = slog.Any(key, text(errorText(x)))
			default:
				as[i] = slog.Any(key, New[any](0, x))
			}
		}
		e.args = slog.GroupValue(as...)
	}
	return e
}

// Error returns the public message and the reference:
// "patient not found (ref 7f3a9c)".
func (e *Error) Error() string { return e.msg + " (ref " + e.ref + ")" }

// Message returns the public message, without the reference.
func (e *Error) Message() string { return e.msg }

// Ref returns the reference, six hex digits: the key from what a caller
// sees to the server's log line.
func (e *Error) Ref() string { return e.ref }

// Unwrap returns the cause: the %w argument of Errorf, or the first error
// among NewError's details.
func (e *Error) Unwrap() error { return e.cause }

// Format writes Error() for every verb, %+v included: an Error never
// prints its details. %#v gives Go syntax with the reference only.
func (e *Error) Format(f fmt.State, verb rune) {
	switch {
	case verb == 'v' && f.Flag('#'):
		fmt.Fprintf(f, "&phi.Error{ref:%q}", e.ref)
	case verb == 'q':
		fmt.Fprintf(f, "%q", e.Error())
	default:
		fmt.Fprint(f, e.Error())
	}
}

// MarshalJSON returns {"error": message, "ref": reference}, what an API
// may send to its caller.
func (e *Error) MarshalJSON() ([]byte, error) {
	b := []byte(`{"error":`)
	b = strconv.AppendQuote(b, e.msg)
	b = append(b, `,"ref":`...)
	b = strconv.AppendQuote(b, e.ref)
	return append(b, '}'), nil
}

// LogValue returns a group of the public message ("msg"), the reference
// ("ref") and the details: the attributes given to NewError, or Errorf's
// arguments ("args", numbered from 1). Every detail is a marker, so a handler
// that is not slogphi logs masks, and slogphi logs them redacted by its
// policy.
func (e *Error) LogValue() slog.Value {
	attrs := make([]slog.Attr, 0, 3+len(e.attrs))
	attrs = append(attrs, slog.String("msg", e.msg), slog.String("ref", e.ref))
	if e.args.Kind() == slog.KindGroup {
		attrs = append(attrs, slog.Attr{Key: "args", Value: e.args})
	}
	attrs = append(attrs, e.attrs...)
	return slog.GroupValue(attrs...)
}

// mark turns a detail into a marker: by its key's category if the key
// names one, as free text otherwise. Markers and Errors stay as they are.
func (e *Error) mark(a slog.Attr) slog.Attr {
	v := a.Value
	if k := v.Kind(); k == slog.KindAny || k == slog.KindLogValuer {
		switch x := v.Any().(type) {
		case *Error:
			if e.cause == nil {
				e.cause = x
			}
			return a
		case marker:
			return a
		case error:
			if e.cause == nil {
				e.cause = x
			}
			return slog.Any(a.Key, text(errorText(x)))
		}
		v = v.Resolve()
	}
	if v.Kind() == slog.KindGroup {
		g := v.Group()
		out := make([]slog.Attr, len(g))
		for i, c := range g {
			out[i] = e.mark(c)
		}
		return slog.Attr{Key: a.Key, Value: slog.GroupValue(out...)}
	}
	if c, ok := detectors.ClassifyKey(a.Key); ok {
		if v.Kind() == slog.KindString {
			return slog.Any(a.Key, New(c, v.String()))
		}
		return slog.Any(a.Key, New(c, v.Any()))
	}
	return slog.Any(a.Key, text(v.String()))
}

// errorText returns err.Error(), or a mask if it panics.
func errorText(err error) (s string) {
	defer func() {
		if recover() != nil {
			s = Mask
		}
	}()
	return err.Error()
}

// publicFormat returns format with every verb's argument masked: an
// *Error's public form, a marker's mask, "[REDACTED]" for anything else.
// %% stays a percent sign; verbs without an argument stay as they are.
func publicFormat(format string, args []any) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		// Flags, width, precision and argument indexes, then the verb.
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[j]) >= 0 {
			if format[j] == '*' {
				n++ // a width or precision argument
			}
			j++
		}
		if j == len(format) {
			b.WriteString(format[i:])
			break
		}
		if format[j] == '%' {
			b.WriteByte('%')
			i = j
			continue
		}
		if n < len(args) {
			switch a := args[n].(type) {
			case *Error:
				b.WriteString(a.Error())
			case marker:
				fmt.Fprint(&b, a)
			default:
				b.WriteString(Mask)
			}
		} else {
			b.WriteString(Mask)
		}
		n++
		i = j
	}
	return b.String()
}

// newRef returns six random hex digits. They name a log line, not a
// person, so they need not be secret, only unlikely to repeat within the
// time a caller takes to report one.
func newRef() string {
	var b [6]byte
	const hex = "0123456789abcdef"
	x := rand.Uint32()
	for i := range b {
		b[i] = hex[x&0xf]
		x >>= 4
	}
	return string(b[:])
}
