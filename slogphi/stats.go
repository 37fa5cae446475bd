package slogphi

import (
	"cmp"
	"iter"
	"log/slog"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/phiguard/phiguard/detectors"
)

// Counts holds a count per category, indexed by detectors.Category
// (Counts[detectors.SSN]); index 0 is unused.
type Counts [32]uint64

// Total returns the sum of the counts.
func (c Counts) Total() uint64 {
	var n uint64
	for _, v := range c {
		n += v
	}
	return n
}

// All yields the categories with a count, in Safe Harbor order.
func (c Counts) All() iter.Seq2[detectors.Category, uint64] {
	return func(yield func(detectors.Category, uint64) bool) {
		for i, v := range c {
			if v > 0 && detectors.Category(i).Valid() && !yield(detectors.Category(i), v) {
				return
			}
		}
	}
}

// String lists the counts as "ssn=2 name=1", or "none".
func (c Counts) String() string {
	var b strings.Builder
	for cat, n := range c.All() {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(cat.String())
		b.WriteByte('=')
		b.WriteString(strconv.FormatUint(n, 10))
	}
	if b.Len() == 0 {
		return "none"
	}
	return b.String()
}

func (c *Counts) add(o *Counts) {
	for i, v := range o {
		c[i] += v
	}
}

// An Event reports what was redacted in one record, for Options.OnRedact.
// It holds counts and a code location, never a value.
type Event struct {
	// PC is the program counter of the logging call (Record.PC), or of
	// the logger.With call for attributes bound by WithAttrs; 0 if unknown.
	PC uintptr
	// Level is the record's level.
	Level slog.Level
	// Redacted counts the values redacted per category.
	Redacted Counts
	// Kept counts the values left in clear by Keep.
	Kept Counts
	// Failures counts the values replaced by a fail-closed marker.
	Failures uint64
}

// Source returns the file, line and function of the logging call, or nil
// if PC is 0.
func (e *Event) Source() *slog.Source { return source(e.PC) }

func source(pc uintptr) *slog.Source {
	if pc == 0 {
		return nil
	}
	f, _ := runtime.CallersFrames([]uintptr{pc}).Next()
	return &slog.Source{Function: f.Function, File: f.File, Line: f.Line}
}

// Stats are a handler's counters since it was made, shared with the
// handlers derived from it by WithAttrs and WithGroup.
type Stats struct {
	// Records is the number of records handled.
	Records uint64
	// Redacted is the number of records (and WithAttrs calls) in which
	// something was redacted, kept or failed.
	Redacted uint64
	// Categories counts the values redacted, per category.
	Categories Counts
	// Kept counts the values left in clear by Keep, per category.
	Kept Counts
	// Failures counts the values replaced by a fail-closed marker.
	Failures uint64
	// Sites breaks the counts down by call site, most redactions first.
	Sites []Site
}

// A Site is a logging call that logged PHI, and what it logged.
type Site struct {
	// File, Line and Function locate the call; they are empty when the
	// record had no PC.
	File     string
	Line     int
	Function string
	// Records is the number of its records with something redacted.
	Records    uint64
	Categories Counts
	Kept       Counts
	Failures   uint64
}

// String returns "file:line", or "unknown" for records without a PC.
func (s Site) String() string {
	if s.File == "" {
		return "unknown"
	}
	return s.File + ":" + strconv.Itoa(s.Line)
}

// stats are the counters of a core.
type stats struct {
	records  atomic.Uint64
	redacted atomic.Uint64
	failures atomic.Uint64
	cats     [32]atomic.Uint64
	kept     [32]atomic.Uint64

	mu    sync.Mutex
	sites map[uintptr]*siteCounts
}

type siteCounts struct {
	records  uint64
	cats     Counts
	kept     Counts
	failures uint64
}

// maxSites bounds the per-site table: code has few logging calls, but a
// PC per closure instance or generated code could grow it without end.
const maxSites = 10000

// record adds what w counted for a record logged at pc.
func (c *core) record(w *walker, pc uintptr, level slog.Level, handled bool) {
	s := &c.stats
	if handled {
		s.records.Add(1)
	}
	if !w.dirty {
		return
	}
	s.redacted.Add(1)
	s.failures.Add(w.failures)
	for i := range w.counts {
		if n := w.counts[i]; n > 0 {
			s.cats[i].Add(n)
		}
		if n := w.kept[i]; n > 0 {
			s.kept[i].Add(n)
		}
	}
	s.mu.Lock()
	sc := s.sites[pc]
	if sc == nil && len(s.sites) < maxSites {
		if s.sites == nil {
			s.sites = map[uintptr]*siteCounts{}
		}
		sc = &siteCounts{}
		s.sites[pc] = sc
	}
	if sc != nil {
		sc.records++
		sc.cats.add(&w.counts)
		sc.kept.add(&w.kept)
		sc.failures += w.failures
	}
	s.mu.Unlock()
	if c.onRedact != nil {
		c.onRedact(Event{PC: pc, Level: level, Redacted: w.counts, Kept: w.kept, Failures: w.failures})
	}
}

// Stats returns the handler's counters: since it was made, over it and
// every handler derived from it.
func (h *Handler) Stats() Stats {
	s := &h.c.stats
	st := Stats{Records: s.records.Load(), Redacted: s.redacted.Load(), Failures: s.failures.Load()}
	for i := range s.cats {
		st.Categories[i] = s.cats[i].Load()
		st.Kept[i] = s.kept[i].Load()
	}
	s.mu.Lock()
	bySite := map[string]*Site{}
	for pc, sc := range s.sites {
		site := Site{}
		if src := source(pc); src != nil {
			site.File, site.Line, site.Function = src.File, src.Line, src.Function
		}
		key := site.String()
		if prev, ok := bySite[key]; ok { // two PCs on one line
			prev.Records += sc.records
			prev.Categories.add(&sc.cats)
			prev.Kept.add(&sc.kept)
			prev.Failures += sc.failures
			continue
		}
		site.Records, site.Categories, site.Kept, site.Failures = sc.records, sc.cats, sc.kept, sc.failures
		bySite[key] = &site
	}
	s.mu.Unlock()
	for _, site := range bySite {
		st.Sites = append(st.Sites, *site)
	}
	slices.SortFunc(st.Sites, func(a, b Site) int {
		if c := cmp.Compare(b.Categories.Total()+b.Kept.Total(), a.Categories.Total()+a.Kept.Total()); c != 0 {
			return c
		}
		return cmp.Compare(a.String(), b.String())
	})
	return st
}
