package redact

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/phiguard/phiguard/detectors"
)

// A Scrubber finds PHI with a Scanner and redacts it with a Redactor. It is
// safe for concurrent use.
type Scrubber struct {
	Scanner  *detectors.Scanner
	Redactor *Redactor
	pool     sync.Pool // of *scratch
}

type scratch struct {
	fs  []detectors.Finding
	in  []byte // a copy of the text, so that a string is scanned without converting it
	out []byte
}

// NewScrubber returns a Scrubber; nil arguments mean the defaults
// (detectors.Default, Default).
func NewScrubber(sc *detectors.Scanner, r *Redactor) *Scrubber {
	if sc == nil {
		sc = detectors.Default()
	}
	if r == nil {
		r = Default()
	}
	return &Scrubber{Scanner: sc, Redactor: r}
}

func (s *Scrubber) get() *scratch {
	if v, ok := s.pool.Get().(*scratch); ok {
		return v
	}
	return &scratch{}
}

func (s *Scrubber) put(x *scratch) {
	if cap(x.out) <= 64<<10 && cap(x.in) <= 64<<10 && cap(x.fs) <= 1024 {
		s.pool.Put(x)
	}
}

// AppendText appends rec (a log record, a message, any text) to dst with
// its PHI redacted, and returns the extended slice and the findings count.
func (s *Scrubber) AppendText(dst, rec []byte) ([]byte, int) {
	x := s.get()
	defer s.put(x)
	x.fs = s.Scanner.Scan(x.fs[:0], rec)
	return s.Redactor.AppendRedacted(dst, rec, x.fs), len(x.fs)
}

// String returns text with its PHI redacted. Text without PHI is returned
// as it is, without allocating.
func (s *Scrubber) String(text string) string {
	out, _ := s.StringCount(text)
	return out
}

// StringCount is String that also returns the findings, for counters.
func (s *Scrubber) StringCount(text string) (string, []detectors.Finding) {
	x := s.get()
	defer s.put(x)
	x.in = append(x.in[:0], text...)
	x.fs = s.Scanner.Scan(x.fs[:0], x.in)
	if len(x.fs) == 0 {
		return text, nil
	}
	fs := append([]detectors.Finding(nil), x.fs...)
	x.out = s.Redactor.AppendRedacted(x.out[:0], x.in, x.fs)
	return string(x.out), fs
}

// Field redacts a string value stored under key (a key or dotted path). If
// the key says what the value is, the whole value is redacted in that
// category's style; otherwise PHI inside the text is. drop reports that the
// field should be removed (style Drop).
func (s *Scrubber) Field(key, value string) (out string, drop bool) {
	if c, _, ok := s.Scanner.KeyCategory(key); ok && value != "" {
		if s.Redactor.Keeps(c) {
			return value, false
		}
		fs := s.Scanner.ScanValue(nil, key, []byte(value))
		for _, f := range fs {
			if f.ByKey && f.Start == 0 && f.End == len(value) {
				b, drop := s.Redactor.AppendValue(nil, f.Category, []byte(value))
				return string(b), drop
			}
		}
		if len(fs) == 0 {
			return value, false
		}
		return string(s.Redactor.AppendRedacted(nil, []byte(value), fs)), false
	}
	return s.String(value), false
}

// MaxDepth bounds the recursion of Value; deeper values are masked.
const MaxDepth = 32

// Value returns a copy of a decoded JSON value (map[string]any, []any,
// string, json.Number, numbers, bools, nil, and map[string]string,
// []string) with PHI redacted by key and by content. key is the path of v,
// "" at the top. Fields whose style is Drop are removed. Other types are
// rendered with fmt and scanned as text. It never returns PHI it could not
// check: on a panic, a cycle or excessive depth the value is masked.
func (s *Scrubber) Value(key string, v any) (out any) {
	defer func() {
		if recover() != nil {
			out = MaskFor(detectors.OtherID)
		}
	}()
	out, _ = s.value(key, v, 0)
	return out
}

func (s *Scrubber) value(path string, v any, depth int) (any, bool) {
	if depth > MaxDepth {
		return MaskFor(detectors.OtherID), false
	}
	switch t := v.(type) {
	case nil, bool:
		return t, false
	case string:
		if path == "" {
			return s.String(t), false
		}
		return s.Field(path, t)
	case json.Number:
		out, drop := s.Field(path, string(t))
		if out == string(t) {
			return t, drop
		}
		return out, drop
	case float64, float32, int, int64, int32, uint, uint64, uint32:
		str := fmt.Sprint(t)
		if path == "" {
			return t, false
		}
		out, drop := s.Field(path, str)
		if out == str {
			return t, drop
		}
		return out, drop
	case map[string]any:
		m := make(map[string]any, len(t))
		for _, k := range sortedKeys(t) {
			val, drop := s.value(join(path, k), t[k], depth+1)
			if !drop {
				m[k] = val
			}
		}
		return m, false
	case map[string]string:
		m := make(map[string]string, len(t))
		for k, val := range t {
			out, drop := s.Field(join(path, k), val)
			if !drop {
				m[k] = out
			}
		}
		return m, false
	case []any:
		a := make([]any, 0, len(t))
		for i, e := range t {
			val, drop := s.value(path+"["+strconv.Itoa(i)+"]", e, depth+1)
			if !drop {
				a = append(a, val)
			}
		}
		return a, false
	case []string:
		a := make([]string, 0, len(t))
		for i, e := range t {
			out, drop := s.Field(path+"["+strconv.Itoa(i)+"]", e)
			if !drop {
				a = append(a, out)
			}
		}
		return a, false
	default:
		str := fmt.Sprintf("%+v", t)
		if strings.Contains(str, "(PANIC=") {
			// fmt caught a panic and printed its value, which may be
			// anything: the message is not ours to show.
			return MaskFor(detectors.OtherID), false
		}
		if path == "" {
			return s.String(str), false
		}
		return s.Field(path, str)
	}
}

func join(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}

func sortedKeys(m map[string]any) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
