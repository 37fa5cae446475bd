// Package redact replaces PHI with a redacted form, in one of five styles
// chosen per category: mask, partial, token, generalize and drop. The slog
// handler, the Sentry hook and logscan's redacted copies all redact through
// it, so a value looks the same wherever it was caught.
//
// A [Redactor] applies styles to values and to the findings of a
// [detectors.Scanner]; a [Scrubber] pairs the two, for text and for
// decoded JSON values (map[string]any and friends).
//
// Tokens are keyed pseudonyms (HMAC-SHA256, see [detectors.Key]): the same
// SSN gives the same token in every record, so records stay joinable without
// the value. A token is still PHI under HIPAA; send tokens only where the
// cleartext itself could go, and use mask or drop for destinations without a
// business associate agreement.
package redact

import (
	"errors"
	"fmt"
	"strings"

	"github.com/phiguard/phiguard/detectors"
)

// A Style is a way of redacting a value.
type Style uint8

// The styles.
const (
	// Mask replaces the value by its category: "[REDACTED:ssn]".
	Mask Style = iota + 1
	// Partial keeps the last four characters of identifiers
	// ("***-**-6789"), the initials of names and the domain of emails.
	Partial
	// Token replaces the value by a keyed pseudonym with the key's ID:
	// "tok_ssn_3f9a0c1b_5e2d8a1f9b0c7d6e". It needs a key.
	Token
	// Generalize keeps what Safe Harbor allows: the year of a date, the
	// first three digits of a ZIP code ("000" for the sparsely populated
	// prefixes), "90+" for ages over 89. Other categories are masked.
	Generalize
	// Drop removes the value: a structured field or attribute disappears;
	// in free text the span is masked, since text cannot lose words silently.
	Drop
)

var styleNames = [...]string{Mask: "mask", Partial: "partial", Token: "token", Generalize: "generalize", Drop: "drop"}

// String returns the style's name, as written in phiguard.yaml.
func (s Style) String() string {
	if s >= Mask && s <= Drop {
		return styleNames[s]
	}
	return fmt.Sprintf("Style(%d)", uint8(s))
}

// ParseStyle parses a style name: mask, partial, token, generalize or drop.
func ParseStyle(s string) (Style, error) {
	for st := Mask; st <= Drop; st++ {
		if styleNames[st] == strings.ToLower(strings.TrimSpace(s)) {
			return st, nil
		}
	}
	return 0, fmt.Errorf("unknown redaction style %q (want mask, partial, token, generalize or drop)", s)
}

// MarshalText encodes the style's name.
func (s Style) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a style name.
func (s *Style) UnmarshalText(b []byte) error {
	v, err := ParseStyle(string(b))
	*s = v
	return err
}

// Options configure a Redactor. A nil *Options means mask everything.
type Options struct {
	// Default is the style of categories not in Styles. Zero means Mask.
	Default Style
	// Styles sets the style per category.
	Styles map[detectors.Category]Style
	// Key makes tokens. It is required when any style is Token: tokens are
	// refused rather than silently weakened.
	Key *detectors.Key
	// Keep lists categories left in clear, for loggers that must record
	// them (an audit log of MRNs). Make such exceptions visible: they are
	// the one way PHI passes through.
	Keep detectors.CategorySet
}

// A Redactor redacts values by category. It is safe for concurrent use.
type Redactor struct {
	styles [32]Style
	key    *detectors.Key
	keep   detectors.CategorySet
}

// New returns a Redactor for opts, which may be nil.
func New(opts *Options) (*Redactor, error) {
	r := &Redactor{}
	def := Mask
	if opts != nil {
		if opts.Default != 0 {
			def = opts.Default
		}
		r.key, r.keep = opts.Key, opts.Keep
	}
	for _, c := range detectors.Categories() {
		r.styles[c] = def
	}
	if opts != nil {
		for c, s := range opts.Styles {
			if !c.Valid() {
				return nil, fmt.Errorf("redact: style for invalid category %d", c)
			}
			if s < Mask || s > Drop {
				return nil, fmt.Errorf("redact: %s: invalid style %d", c, s)
			}
			r.styles[c] = s
		}
	}
	for _, c := range detectors.Categories() {
		if r.styles[c] < Mask || r.styles[c] > Drop {
			return nil, fmt.Errorf("redact: invalid default style %d", def)
		}
		if r.styles[c] == Token && r.key == nil {
			return nil, errors.New("redact: the token style needs a key (set a token key in the policy or PHIGUARD_TOKEN_KEY); refusing to make unkeyed tokens")
		}
	}
	return r, nil
}

// Default returns a Redactor that masks everything.
func Default() *Redactor { return defaultRedactor }

var defaultRedactor, _ = New(nil)

// Style returns the style for category c.
func (r *Redactor) Style(c detectors.Category) Style {
	if c.Valid() {
		return r.styles[c]
	}
	return Mask
}

// Keeps reports whether values of category c are left in clear.
func (r *Redactor) Keeps(c detectors.Category) bool { return r.keep.Has(c) }

// AppendValue appends the redacted form of value, of category c, to dst.
// drop reports that the style is Drop: a structured caller removes the field,
// and dst gets the mask for callers that cannot.
func (r *Redactor) AppendValue(dst []byte, c detectors.Category, value []byte) (out []byte, drop bool) {
	if r.Keeps(c) {
		return append(dst, value...), false
	}
	switch st := r.Style(c); st {
	case Partial:
		return appendPartial(dst, c, value), false
	case Token:
		dst = append(dst, "tok_"...)
		dst = append(dst, c.String()...)
		dst = append(dst, '_')
		n := len(dst)
		dst = r.key.AppendFingerprint(dst, c, value)
		for i := n; i < len(dst); i++ {
			if dst[i] == ':' {
				dst[i] = '_'
			}
		}
		return dst, false
	case Generalize:
		return appendGeneral(dst, c, value), false
	case Drop:
		return appendMask(dst, c), true
	default:
		return appendMask(dst, c), false
	}
}

// String returns the redacted form of a value of category c.
func (r *Redactor) String(c detectors.Category, value string) string {
	var buf [64]byte
	out, _ := r.AppendValue(buf[:0], c, []byte(value))
	return string(out)
}

// MaskFor returns the mask of category c: "[REDACTED:ssn]".
func MaskFor(c detectors.Category) string { return "[REDACTED:" + c.String() + "]" }

func appendMask(dst []byte, c detectors.Category) []byte {
	dst = append(dst, "[REDACTED:"...)
	dst = append(dst, c.String()...)
	return append(dst, ']')
}

// appendPartial keeps the last four letters or digits of identifiers, the
// initials of names, the domain of emails.
func appendPartial(dst []byte, c detectors.Category, v []byte) []byte {
	switch c {
	case detectors.Name:
		first := true
		for i, b := range v {
			letter := b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z'
			if letter && (i == 0 || v[i-1] == ' ' || v[i-1] == ',') {
				if !first {
					dst = append(dst, ' ')
				}
				dst = append(dst, b, '.')
				first = false
			}
		}
		if first {
			return appendMask(dst, c)
		}
		return dst
	case detectors.Email:
		at := strings.LastIndexByte(string(v), '@')
		if at <= 0 {
			return appendMask(dst, c)
		}
		dst = append(dst, v[0])
		dst = append(dst, "***"...)
		return append(dst, v[at:]...)
	case detectors.Photo, detectors.Biometric, detectors.Address, detectors.URL, detectors.IP, detectors.Date, detectors.Age:
		return appendMask(dst, c)
	}
	alnum := 0
	for _, b := range v {
		if isAlnum(b) {
			alnum++
		}
	}
	keep := 4
	if alnum < 8 {
		keep = 0 // too short: four characters would give too much away
	}
	if keep == 0 {
		return appendMask(dst, c)
	}
	seen := 0
	for _, b := range v {
		if isAlnum(b) {
			seen++
			if seen <= alnum-keep {
				b = '*'
			}
		}
		dst = append(dst, b)
	}
	return dst
}

func isAlnum(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// restrictedZIP3 are the three-digit ZIP prefixes that Safe Harbor says to
// replace by 000: each covers 20,000 people or fewer (2000 Census).
var restrictedZIP3 = map[string]bool{"036": true, "059": true, "063": true, "102": true, "203": true, "556": true,
	"692": true, "790": true, "821": true, "823": true, "830": true, "831": true, "878": true, "879": true,
	"884": true, "890": true, "893": true}

// appendGeneral applies the Safe Harbor generalisations.
func appendGeneral(dst []byte, c detectors.Category, v []byte) []byte {
	switch c {
	case detectors.Date:
		if y, ok := yearIn(v); ok {
			return append(dst, y...)
		}
	case detectors.ZIP:
		var d []byte
		for _, b := range v {
			if b >= '0' && b <= '9' {
				d = append(d, b)
			}
		}
		if len(d) >= 5 {
			if restrictedZIP3[string(d[:3])] {
				return append(dst, "000"...)
			}
			return append(dst, d[:3]...)
		}
	case detectors.Age:
		return append(dst, "90+"...)
	}
	return appendMask(dst, c)
}

// yearIn finds a four-digit year (1800-2199) in a date.
func yearIn(v []byte) ([]byte, bool) {
	for i := 0; i+4 <= len(v); i++ {
		if (i > 0 && isDigitByte(v[i-1])) || (i+4 < len(v) && isDigitByte(v[i+4])) {
			continue
		}
		y := v[i : i+4]
		if isDigitByte(y[0]) && isDigitByte(y[1]) && isDigitByte(y[2]) && isDigitByte(y[3]) &&
			(y[0] == '1' && y[1] >= '8' || y[0] == '2' && y[1] <= '1') {
			return y, true
		}
	}
	// YYYYMMDD
	if len(v) == 8 && (v[0] == '1' || v[0] == '2') {
		for _, b := range v {
			if !isDigitByte(b) {
				return nil, false
			}
		}
		return v[:4], true
	}
	return nil, false
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }
