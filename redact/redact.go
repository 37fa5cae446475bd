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
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

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
	// Generalize keeps what Safe Harbor allows: the year of a date (and
	// "<=1936" for years that would reveal an age of 90 or more), the
	// first three digits of a ZIP code ("000" for the sparsely populated
	// prefixes), "90+" for ages over 89 (lower ages are not PHI and stay).
	// Other categories are masked.
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

// KeepSet returns the categories left in clear (Options.Keep).
func (r *Redactor) KeepSet() detectors.CategorySet { return r.keep }

// WithKeep returns a Redactor like r that also keeps the categories in
// set, for a handler built to keep more than the policy does (an audit
// logger). r is not changed.
func (r *Redactor) WithKeep(set detectors.CategorySet) *Redactor {
	if set&^r.keep == 0 {
		return r
	}
	c := *r
	c.keep |= set
	return &c
}

// HasKey reports whether the Redactor can make tokens.
func (r *Redactor) HasKey() bool { return r.key != nil }

// AppendValue appends the redacted form of value, of category c, to dst.
// drop reports that the style is Drop: a structured caller removes the field,
// and dst gets the mask for callers that cannot.
func (r *Redactor) AppendValue(dst []byte, c detectors.Category, value []byte) (out []byte, drop bool) {
	return r.AppendStyle(dst, c, r.Style(c), value)
}

// AppendStyle is AppendValue with the style given by the caller instead of
// the Redactor's, for values whose style is set where they are declared (a
// struct tag such as phi:"ssn,partial"). Kept categories still pass in
// clear. A style the Redactor cannot apply (Token without a key, an invalid
// style) gives the mask: it never passes the value through.
func (r *Redactor) AppendStyle(dst []byte, c detectors.Category, s Style, value []byte) (out []byte, drop bool) {
	if r.Keeps(c) {
		return append(dst, value...), false
	}
	switch s {
	case Partial:
		return appendPartial(dst, c, value), false
	case Token:
		if r.key == nil {
			return appendMask(dst, c), false
		}
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

// MaskFor returns the mask of category c: "[REDACTED:ssn]". An invalid
// category gets the mask of OtherID. It does not allocate.
func MaskFor(c detectors.Category) string {
	if c.Valid() {
		return masks[c]
	}
	return masks[detectors.OtherID]
}

// masks holds MaskFor's results, indexed by category.
var masks = func() (m [32]string) {
	for _, c := range detectors.Categories() {
		m[c] = "[REDACTED:" + c.String() + "]"
	}
	return m
}()

func appendMask(dst []byte, c detectors.Category) []byte { return append(dst, MaskFor(c)...) }

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
		at := bytes.LastIndexByte(v, '@')
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
			// Safe Harbor: a year that shows an age over 89 is
			// aggregated too. Born in oldest or earlier means 89 or more
			// this year: cautious by one year.
			year, _ := strconv.Atoi(string(y))
			if oldest := time.Now().Year() - 90; year <= oldest {
				return strconv.AppendInt(append(dst, "<="...), int64(oldest), 10)
			}
			return append(dst, y...)
		}
	case detectors.ZIP:
		var d [9]byte
		n := 0
		for _, b := range v {
			switch {
			case b >= '0' && b <= '9':
				if n == len(d) {
					return appendMask(dst, c)
				}
				d[n] = b
				n++
			case b == '-' || b == ' ':
			default:
				return appendMask(dst, c) // not a ZIP code: nothing to keep
			}
		}
		if n == 5 || n == 9 {
			if restrictedZIP3[string(d[:3])] {
				return append(dst, "000"...)
			}
			return append(dst, d[:3]...)
		}
	case detectors.Age:
		t := bytes.TrimSpace(v)
		if i := bytes.IndexByte(t, '.'); i > 0 {
			t = t[:i] // 91.5
		}
		if n, err := strconv.Atoi(string(t)); err == nil && n >= 0 && n < 1000 {
			if n <= 89 {
				return strconv.AppendInt(dst, int64(n), 10) // not PHI
			}
			return append(dst, "90+"...)
		}
	}
	return appendMask(dst, c)
}

// yearIn finds a four-digit year (1800-2199) in a date: standing alone
// among other digits' groups, or leading a YYYYMMDD run.
func yearIn(v []byte) ([]byte, bool) {
	for i := 0; i+4 <= len(v); i++ {
		if (i > 0 && isDigitByte(v[i-1])) || (i+4 < len(v) && isDigitByte(v[i+4])) {
			continue
		}
		if y := v[i : i+4]; isYear(y) {
			return y, true
		}
	}
	if len(v) == 8 && isYear(v[:4]) {
		for _, b := range v {
			if !isDigitByte(b) {
				return nil, false
			}
		}
		m := (v[4]-'0')*10 + v[5] - '0'
		d := (v[6]-'0')*10 + v[7] - '0'
		if m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return v[:4], true
		}
	}
	return nil, false
}

func isYear(y []byte) bool {
	return isDigitByte(y[0]) && isDigitByte(y[1]) && isDigitByte(y[2]) && isDigitByte(y[3]) &&
		(y[0] == '1' && y[1] >= '8' || y[0] == '2' && y[1] <= '1')
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }
