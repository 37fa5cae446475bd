package sentryphi

import (
	"bytes"
	"encoding/json"

	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/redact"
)

// A pass scrubs one item and tallies what it redacted.
type pass struct {
	s *Scrubber
	t tally
}

// text redacts the PHI found in free text.
func (p *pass) text(v string) string {
	if v == "" {
		return v
	}
	out, fs := p.s.rs.StringCount(v)
	for _, f := range fs {
		if !p.s.rd.Keeps(f.Category) {
			p.t.cat(f.Category)
		}
	}
	return out
}

// field redacts a string stored under key (a key or a dotted path): whole
// when the key says what it is, else the PHI found in it. drop reports that
// the field should be removed (style Drop).
func (p *pass) field(key, v string) (string, bool) {
	if v == "" || isRedacted(v) {
		return v, false
	}
	if c, _, ok := p.s.sc.KeyCategory(key); ok {
		out, drop := p.s.rs.Field(key, v)
		if drop || out != v {
			p.t.cat(c)
		}
		return out, drop
	}
	return p.text(v), false
}

// whole redacts all of v as a value of category c.
func (p *pass) whole(c detectors.Category, v string) (string, bool) {
	if v == "" || p.s.rd.Keeps(c) || isRedacted(v) {
		return v, false
	}
	b, drop := p.s.rd.AppendValue(nil, c, []byte(v))
	p.t.cat(c)
	return string(b), drop
}

// wholeOrEmpty is whole for struct fields, which cannot be removed: a
// dropped value becomes empty.
func (p *pass) wholeOrEmpty(c detectors.Category, v string) string {
	out, drop := p.whole(c, v)
	if drop {
		return ""
	}
	return out
}

// secret masks a credential.
func (p *pass) secret() string {
	p.t.secrets++
	p.t.changed = true
	return secretMask
}

// secretMask replaces credentials: they are not PHI categories, but a
// session cookie or a bearer token opens the patient's record.
const secretMask = "[REDACTED:secret]"

// value redacts a structured value stored under key ("" at the top) by key
// and content, through redact.Scrubber.Value.
func (p *pass) value(key string, v any) any {
	if v == nil {
		return nil
	}
	v = normalize(v)
	out := p.s.rs.Value(key, v)
	if !equalJSON(v, out, 0) {
		p.t.structured++
		p.t.changed = true
	}
	return out
}

// equalJSON reports whether two values of the types Value returns are
// equal. It stands in for reflect.DeepEqual, at a fraction of the cost; a
// type it does not know compares unequal, which only costs a count.
func equalJSON(a, b any, depth int) bool {
	if depth > redact.MaxDepth {
		return false
	}
	switch x := a.(type) {
	case nil:
		return b == nil
	case string:
		y, ok := b.(string)
		return ok && x == y
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case json.Number:
		y, ok := b.(json.Number)
		return ok && x == y
	case float64, float32, int, int64, int32, uint, uint64, uint32:
		return a == b
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k, v := range x {
			w, ok := y[k]
			if !ok || !equalJSON(v, w, depth+1) {
				return false
			}
		}
		return true
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !equalJSON(x[i], y[i], depth+1) {
				return false
			}
		}
		return true
	case map[string]string:
		y, ok := b.(map[string]string)
		if !ok || len(x) != len(y) {
			return false
		}
		for k, v := range x {
			if w, ok := y[k]; !ok || v != w {
				return false
			}
		}
		return true
	case []string:
		y, ok := b.([]string)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if x[i] != y[i] {
				return false
			}
		}
		return true
	}
	return false
}

// dataMap redacts a map of arbitrary values, as Sentry's Data and Vars
// fields are; the result is nil for an empty map.
func (p *pass) dataMap(key string, m map[string]any) map[string]any {
	if len(m) == 0 {
		return m
	}
	switch out := p.value(key, m).(type) {
	case map[string]any:
		return out
	case nil:
		return nil
	default:
		// Value masked the whole map (a panic or a cycle): keep the mask
		// under one key, so the field still shows that data was there.
		return map[string]any{"redacted": out}
	}
}

// normalize returns v in the types redact.Scrubber.Value walks: values of
// other types (structs, named types, pointers) are rendered as the JSON
// that Sentry would send, so that what is scrubbed is what goes out. A
// value that cannot be rendered is masked.
func normalize(v any) any {
	if jsonNative(v, 0) {
		return v
	}
	b, err := json.Marshal(v)
	if err != nil {
		return redact.MaskFor(detectors.OtherID)
	}
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var out any
	if err := d.Decode(&out); err != nil {
		return redact.MaskFor(detectors.OtherID)
	}
	return out
}

func jsonNative(v any, depth int) bool {
	if depth > redact.MaxDepth {
		return true // Value masks what is this deep
	}
	switch t := v.(type) {
	case nil, bool, string, json.Number, float64, float32, int, int64, int32,
		uint, uint64, uint32, map[string]string, []string:
		return true
	case map[string]any:
		for _, e := range t {
			if !jsonNative(e, depth+1) {
				return false
			}
		}
		return true
	case []any:
		for _, e := range t {
			if !jsonNative(e, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}
