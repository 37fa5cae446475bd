// Package phi marks values that are protected health information wherever
// they go, and builds errors that keep PHI out of their messages.
//
// A value of a marker type ([String], [Value]) prints, formats, logs and
// marshals as a mask such as "[REDACTED:ssn]": through fmt with any verb
// (%#v too), log/slog, encoding/json and encoding.TextMarshaler, and as an
// error. Only [String.Reveal] and [Value.Reveal] give the value back, so a
// reviewer (and the phivet linter, which treats Reveal results as PHI) can
// find every place where the cleartext is used:
//
//	type Patient struct {
//		ID  string
//		SSN phi.String
//		DOB phi.Value[time.Time]
//	}
//	p := Patient{ID: "p-1", SSN: "123-45-6789", DOB: phi.New(phi.Date, dob)}
//	fmt.Println(p)            // {p-1 [REDACTED] [REDACTED:date]}
//	verify(p.SSN.Reveal())    // the one place the SSN is read
//
// Logged through a slogphi handler, a marker is redacted in the style its
// category has in the policy (a token, the last four digits, ...), and kept
// in clear by a handler built to keep that category, such as an audit log.
//
// [NewError] and [Errorf] build errors with an opaque reference, as the
// HIPAA guidance asks: the caller sees "patient not found (ref 7f3a9c)", and
// the details go only to the server's log, redacted.
package phi

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"strconv"

	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/redact"
)

// A Category is one of the 18 Safe Harbor identifiers; see [detectors.Category].
type Category = detectors.Category

// The categories, as in package detectors, so that marking a value needs
// only this package: phi.New(phi.SSN, v).
const (
	Name       = detectors.Name
	Address    = detectors.Address
	ZIP        = detectors.ZIP
	Date       = detectors.Date
	Age        = detectors.Age
	Phone      = detectors.Phone
	Fax        = detectors.Fax
	Email      = detectors.Email
	SSN        = detectors.SSN
	MRN        = detectors.MRN
	HealthPlan = detectors.HealthPlan
	Account    = detectors.Account
	License    = detectors.License
	Vehicle    = detectors.Vehicle
	Device     = detectors.Device
	URL        = detectors.URL
	IP         = detectors.IP
	Biometric  = detectors.Biometric
	Photo      = detectors.Photo
	OtherID    = detectors.OtherID
)

// Mask is how a marker of no known category renders.
const Mask = "[REDACTED]"

// maskOf returns the mask of category c, or Mask for no category.
func maskOf(c Category) string {
	if c.Valid() {
		return redact.MaskFor(c)
	}
	return Mask
}

// formatMask writes mask for any verb: %#v as Go syntax naming the type,
// %q quoted, everything else (%v %s %d %x ...) as the mask itself.
func formatMask(f fmt.State, verb rune, typ, mask string) {
	switch {
	case verb == 'v' && f.Flag('#'):
		fmt.Fprintf(f, "%s(%q)", typ, mask)
	case verb == 'q':
		fmt.Fprintf(f, "%q", mask)
	default:
		fmt.Fprint(f, mask)
	}
}

// A String is a string that is PHI. It renders as "[REDACTED]" everywhere
// but through its Reveal method. Convert a string to it where the value
// enters the program (phi.String(req.SSN)); do not convert back with
// string(s), which phivet reports: call Reveal.
//
// Being a string, a String shows itself where Go prints the underlying
// string without asking the type: in an unexported struct field printed by
// fmt (fmt calls no methods of unexported fields), as a JSON map key, with
// fmt's %p verb (which go vet reports). Keep Strings in exported fields and
// out of map keys, or use [Value], which holds its value out of reach of
// reflection-based printers.
type String string

// Reveal returns the string itself. Its result is PHI.
func (s String) Reveal() string { return string(s) }

// String returns "[REDACTED]".
func (s String) String() string { return Mask }

// GoString returns a Go-syntax mask, for %#v.
func (s String) GoString() string { return `phi.String("` + Mask + `")` }

// Format writes "[REDACTED]" for every verb.
func (s String) Format(f fmt.State, verb rune) { formatMask(f, verb, "phi.String", Mask) }

// Error returns "[REDACTED]", so a String used as an error shows nothing.
func (s String) Error() string { return Mask }

// LogValue returns the mask. A slogphi handler reads the value instead and
// redacts it by its policy.
func (s String) LogValue() slog.Value { return slog.StringValue(Mask) }

// MarshalJSON returns the mask as a JSON string.
func (s String) MarshalJSON() ([]byte, error) { return []byte(`"` + Mask + `"`), nil }

// MarshalText returns the mask.
func (s String) MarshalText() ([]byte, error) { return []byte(Mask), nil }

// UnmarshalText sets s to text, so that decoded requests can carry PHI in
// a String from the start.
func (s *String) UnmarshalText(text []byte) error {
	*s = String(text)
	return nil
}

// UnmarshalJSON decodes a JSON string into s.
func (s *String) UnmarshalJSON(b []byte) error {
	var v string
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*s = String(v)
	return nil
}

func (s String) reveal() (any, Category, bool) { return string(s), 0, false }

// A Value holds a value of any type that is PHI, with its category. It
// renders as the category's mask ("[REDACTED:date]") everywhere but
// through Reveal, even where fmt prints without asking the type (an
// unexported field, %p): the value sits behind a pointer, which fmt prints
// as an address. The zero Value holds the zero T and no category. Values
// are immutable; compare them with Reveal, since == compares identity.
type Value[T any] struct {
	c Category
	p *T
}

// New returns v marked as PHI of category c.
func New[T any](c Category, v T) Value[T] { return Value[T]{c: c, p: &v} }

// Reveal returns the value. Its result is PHI.
func (v Value[T]) Reveal() T {
	if v.p == nil {
		var zero T
		return zero
	}
	return *v.p
}

// Category returns the value's category, 0 if it has none.
func (v Value[T]) Category() Category { return v.c }

// String returns the mask of the value's category.
func (v Value[T]) String() string { return maskOf(v.c) }

// GoString returns a Go-syntax mask, for %#v.
func (v Value[T]) GoString() string { return fmt.Sprintf("%#v", v) }

// Format writes the mask for every verb.
func (v Value[T]) Format(f fmt.State, verb rune) {
	formatMask(f, verb, fmt.Sprintf("%T", v), maskOf(v.c))
}

// Error returns the mask.
func (v Value[T]) Error() string { return maskOf(v.c) }

// LogValue returns the mask. A slogphi handler reads the value instead and
// redacts it in its category's style.
func (v Value[T]) LogValue() slog.Value { return slog.StringValue(maskOf(v.c)) }

// MarshalJSON returns the mask as a JSON string.
func (v Value[T]) MarshalJSON() ([]byte, error) { return strconv.AppendQuote(nil, maskOf(v.c)), nil }

// MarshalText returns the mask.
func (v Value[T]) MarshalText() ([]byte, error) { return []byte(maskOf(v.c)), nil }

// UnmarshalJSON decodes JSON into the value, keeping its category.
func (v *Value[T]) UnmarshalJSON(b []byte) error {
	p := new(T)
	if err := json.Unmarshal(b, p); err != nil {
		return err
	}
	v.p = p
	return nil
}

func (v Value[T]) reveal() (any, Category, bool) { return v.Reveal(), v.c, false }

// text is free text that may hold PHI, such as an error's details: it
// renders as a mask, except through slogphi, which scans it and redacts
// only what it finds.
type text string

// String returns "[REDACTED]".
func (t text) String() string { return Mask }

// Format writes "[REDACTED]" for every verb.
func (t text) Format(f fmt.State, verb rune) { formatMask(f, verb, "phi.text", Mask) }

// LogValue returns the mask; slogphi scans the text instead.
func (t text) LogValue() slog.Value { return slog.StringValue(Mask) }

// MarshalJSON returns the mask as a JSON string.
func (t text) MarshalJSON() ([]byte, error) { return []byte(`"` + Mask + `"`), nil }

// MarshalText returns the mask.
func (t text) MarshalText() ([]byte, error) { return []byte(Mask), nil }

func (t text) reveal() (any, Category, bool) { return string(t), 0, true }

// marker is implemented by this package's marker types only.
type marker interface {
	reveal() (raw any, c Category, text bool)
}

// A Revealed is what [Reveal] finds inside a marker.
type Revealed struct {
	// Value is the raw value: PHI.
	Value any
	// Category is the marker's category, 0 if it does not say (String).
	Category Category
	// Text reports free text that may hold PHI rather than a value that is
	// PHI whole (an error's details): scan it, and redact what is found.
	Text bool
}

// Reveal returns what a marker holds, for adapters such as slogphi that
// apply a policy's style to markers (a token, a kept category) instead of
// the mask. ok is false when v is not a marker (String, Value or a pointer
// to one). A nil pointer reveals a nil Value. Application code calls the
// marker's Reveal method instead.
func Reveal(v any) (r Revealed, ok bool) {
	m, ok := v.(marker)
	if !ok {
		return Revealed{}, false
	}
	defer func() {
		if recover() != nil { // a nil *String or *Value
			r = Revealed{}
		}
	}()
	r.Value, r.Category, r.Text = m.reveal()
	return r, true
}
