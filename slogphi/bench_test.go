package slogphi_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"reflect"
	"strconv"
	"testing"
	"time"

	"github.com/phiguard/phiguard/redact"
	"github.com/phiguard/phiguard/slogphi"
)

// The records of the benchmarks: a message and six ordinary attributes,
// without PHI; the same with a tagged struct and two PHI strings.
var (
	benchCtx = context.Background()
	benchIDs = func() []string {
		ids := make([]string, 1<<16)
		for i := range ids {
			ids[i] = fmt.Sprintf("3f0b8c2e-6a1d-4e59-9c3b-%012x", 0x0d2f7a6e8b14+int64(i)*7919)
		}
		return ids
	}()
)

// uniqueMsgs are messages without PHI, more than the clean-text cache holds.
var uniqueMsgs = func() []string {
	msgs := make([]string, 1<<14)
	for i := range msgs {
		msgs[i] = "cache miss for order " + strconv.Itoa(100000+i*7) + " after " + strconv.Itoa(i%5) + " retries"
	}
	return msgs
}()

func logClean(l *slog.Logger, i int) {
	l.LogAttrs(benchCtx, slog.LevelInfo, "request completed",
		slog.String("method", "GET"),
		slog.String("path", "/api/v1/orders"),
		slog.Int("status", 200),
		slog.Duration("latency", 1234*time.Microsecond),
		slog.String("request_id", benchIDs[i&(1<<16-1)]),
		slog.Int("bytes", 5123+i&255))
}

type benchPatient struct {
	ID     string    `json:"id"`
	Name   string    `json:"name" phi:"name"`
	SSN    string    `json:"ssn" phi:"ssn,partial"`
	DOB    time.Time `json:"dob" phi:"date"`
	Plan   string    `json:"plan"`
	Visits int       `json:"visits"`
}

var benchP = benchPatient{ID: "p-1001", Name: "Jane Roe", SSN: "123-45-6789",
	DOB: time.Date(1950, 3, 4, 0, 0, 0, 0, time.UTC), Plan: "gold", Visits: 3}

func logPHI(l *slog.Logger, i int) {
	l.LogAttrs(benchCtx, slog.LevelInfo, "request completed",
		slog.String("method", "GET"),
		slog.String("path", "/api/v1/orders"),
		slog.Int("status", 200),
		slog.Duration("latency", 1234*time.Microsecond),
		slog.String("request_id", benchIDs[i&(1<<16-1)]),
		slog.Int("bytes", 5123+i&255),
		slog.Any("patient", benchP),
		slog.String("ssn", "123-45-6789"),
		slog.String("note", "mail jane.roe@example.com"))
}

// handlers are the configurations compared: the bare JSON handler,
// slogphi over it, and the baseline redactor (ReplaceAttr deep-cloning by
// reflection and scanning strings with the same engine).
func handlers() []struct {
	name string
	h    slog.Handler
} {
	json := func() slog.Handler { return slog.NewJSONHandler(io.Discard, nil) }
	return []struct {
		name string
		h    slog.Handler
	}{
		{"bare", json()},
		{"slogphi", slogphi.NewHandler(json(), nil)},
		{"replaceattr", slog.NewJSONHandler(io.Discard, &slog.HandlerOptions{ReplaceAttr: newCloneRedactor().replace})},
	}
}

// BenchmarkHandle: a record without PHI, and one with a tagged struct and
// two PHI strings, through each configuration.
func BenchmarkHandle(b *testing.B) {
	for _, rec := range []struct {
		name string
		log  func(*slog.Logger, int)
	}{{"clean", logClean}, {"phi", logPHI}} {
		for _, h := range handlers() {
			b.Run(rec.name+"/"+h.name, func(b *testing.B) {
				l := slog.New(h.h)
				b.ReportAllocs()
				cpu := startCPU()
				i := 0
				for b.Loop() {
					rec.log(l, i)
					i++
				}
				cpu.report(b)
			})
		}
	}
}

// BenchmarkHandleParallel is BenchmarkHandle/clean across goroutines.
func BenchmarkHandleParallel(b *testing.B) {
	for _, h := range handlers()[:2] {
		b.Run(h.name, func(b *testing.B) {
			l := slog.New(h.h)
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				i := 0
				for pb.Next() {
					logClean(l, i)
					i++
				}
			})
		})
	}
}

// BenchmarkDisabled: a record below the inner handler's level.
func BenchmarkDisabled(b *testing.B) {
	l := slog.New(slogphi.NewHandler(slog.NewJSONHandler(io.Discard, &slog.HandlerOptions{Level: slog.LevelWarn}), nil))
	b.ReportAllocs()
	for b.Loop() {
		logClean(l, 0)
	}
}

// BenchmarkUniqueText: messages never seen before, so the clean-text
// cache never helps: the cost of scanning.
func BenchmarkUniqueText(b *testing.B) {
	msgs := uniqueMsgs
	for _, h := range handlers()[:2] {
		b.Run(h.name, func(b *testing.B) {
			l := slog.New(h.h)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				l.LogAttrs(benchCtx, slog.LevelInfo, msgs[i%len(msgs)], slog.String("request_id", benchIDs[i&(1<<16-1)]), slog.Int("status", 200))
				i++
			}
		})
	}
}

// cloneRedactor is the baseline: the usual ReplaceAttr redactor, which
// deep-clones every value by reflection and redacts strings as it goes
// (here with the same engine and redactor as slogphi, so that only the
// approach differs).
type cloneRedactor struct{ s *redact.Scrubber }

func newCloneRedactor() *cloneRedactor { return &cloneRedactor{s: redact.NewScrubber(nil, nil)} }

func (c *cloneRedactor) replace(groups []string, a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		out, drop := c.s.Field(a.Key, v.String())
		if drop {
			return slog.Attr{}
		}
		return slog.String(a.Key, out)
	case slog.KindAny:
		return slog.Any(a.Key, c.clone(a.Key, reflect.ValueOf(v.Any()), 0))
	}
	if a.Key == slog.MessageKey {
		return slog.String(a.Key, c.s.String(v.String()))
	}
	return a
}

// clone deep-copies v into maps, slices and scalars, redacting strings by
// their key and tagged fields by their tag.
func (c *cloneRedactor) clone(key string, v reflect.Value, depth int) any {
	if !v.IsValid() || depth > 16 {
		return nil
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return c.clone(key, v.Elem(), depth+1)
	case reflect.Struct:
		if t, ok := v.Interface().(time.Time); ok {
			return t
		}
		m := make(map[string]any, v.NumField())
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			if tag := f.Tag.Get("phi"); tag != "" {
				m[f.Name] = "[REDACTED]"
				continue
			}
			m[f.Name] = c.clone(f.Name, v.Field(i), depth+1)
		}
		return m
	case reflect.Map:
		m := make(map[string]any, v.Len())
		it := v.MapRange()
		for it.Next() {
			k := it.Key().String()
			m[k] = c.clone(k, it.Value(), depth+1)
		}
		return m
	case reflect.Slice, reflect.Array:
		s := make([]any, v.Len())
		for i := range s {
			s[i] = c.clone(key, v.Index(i), depth+1)
		}
		return s
	case reflect.String:
		out, _ := c.s.Field(key, v.String())
		return out
	}
	return v.Interface()
}

// nopHandler handles records by doing nothing: the cost of slogphi alone.
type nopHandler struct{}

func (nopHandler) Enabled(context.Context, slog.Level) bool  { return true }
func (nopHandler) Handle(context.Context, slog.Record) error { return nil }
func (h nopHandler) WithAttrs([]slog.Attr) slog.Handler      { return h }
func (h nopHandler) WithGroup(string) slog.Handler           { return h }

// BenchmarkOverhead is slogphi's own cost per record, over a handler that
// does nothing.
func BenchmarkOverhead(b *testing.B) {
	for _, rec := range []struct {
		name string
		log  func(*slog.Logger, int)
	}{{"clean", logClean}, {"phi", logPHI}} {
		for _, h := range []struct {
			name string
			h    slog.Handler
		}{{"nop", nopHandler{}}, {"slogphi", slogphi.NewHandler(nopHandler{}, nil)}} {
			b.Run(rec.name+"/"+h.name, func(b *testing.B) {
				l := slog.New(h.h)
				b.ReportAllocs()
				cpu := startCPU()
				i := 0
				for b.Loop() {
					rec.log(l, i)
					i++
				}
				cpu.report(b)
			})
		}
	}
}
