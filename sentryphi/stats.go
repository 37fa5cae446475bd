package sentryphi

import (
	"sync/atomic"

	"github.com/phiguard/phiguard/detectors"
)

// Stats are the counters of a Scrubber since it was built. They never hold
// a value, only counts.
type Stats struct {
	// Events, Transactions, Breadcrumbs, Logs and Metrics count the items
	// scrubbed and handed back to the SDK to send.
	Events, Transactions, Breadcrumbs, Logs, Metrics uint64
	// Envelopes counts envelope headers in which the transport guard
	// redacted something (a transaction name in the trace context).
	Envelopes uint64
	// Changed counts the items (of every kind) in which something was
	// redacted.
	Changed uint64
	// Redacted counts redacted fields and text spans by category ID ("ssn",
	// "name"). Values redacted inside structured data (contexts, span and
	// breadcrumb data, JSON bodies) are counted in Structured instead, since
	// their category is not reported back.
	Redacted map[string]uint64
	// Structured counts structured values (a context, a data map, a JSON
	// body) in which something was redacted.
	Structured uint64
	// Secrets counts credentials masked whole: Authorization and cookie
	// headers, URL user info.
	Secrets uint64
	// SQLLiterals counts literals replaced by "?" in SQL text.
	SQLLiterals uint64
	// AttachmentsDropped counts attachments not sent: binary ones not
	// allowed, text ones too large to scan.
	AttachmentsDropped uint64
	// Dropped counts items dropped because scrubbing them failed, by kind:
	// "event", "transaction", "breadcrumb", "log", "metric", "envelope".
	Dropped map[string]uint64
}

// kinds of item, the keys of Stats.Dropped.
const (
	kindEvent = iota
	kindTransaction
	kindBreadcrumb
	kindLog
	kindMetric
	kindEnvelope
	numKinds
)

var kindNames = [numKinds]string{"event", "transaction", "breadcrumb", "log", "metric", "envelope"}

// counters are the atomic form of Stats.
type counters struct {
	items      [numKinds]atomic.Uint64
	dropped    [numKinds]atomic.Uint64
	changed    atomic.Uint64
	cats       [32]atomic.Uint64
	structured atomic.Uint64
	secrets    atomic.Uint64
	sqlLits    atomic.Uint64
	attDropped atomic.Uint64
}

// tally is what one pass over one item counted; it is added to the
// counters once, at the end, so that passes do not contend.
type tally struct {
	cats       [32]uint32
	structured uint32
	secrets    uint32
	sqlLits    uint32
	attDropped uint32
	changed    bool
}

func (t *tally) cat(c detectors.Category) {
	if int(c) < len(t.cats) {
		t.cats[c]++
	}
	t.changed = true
}

func (c *counters) add(kind int, t *tally) {
	c.items[kind].Add(1)
	if t.changed || t.attDropped > 0 {
		c.changed.Add(1)
	}
	for i, n := range t.cats {
		if n != 0 {
			c.cats[i].Add(uint64(n))
		}
	}
	if t.structured != 0 {
		c.structured.Add(uint64(t.structured))
	}
	if t.secrets != 0 {
		c.secrets.Add(uint64(t.secrets))
	}
	if t.sqlLits != 0 {
		c.sqlLits.Add(uint64(t.sqlLits))
	}
	if t.attDropped != 0 {
		c.attDropped.Add(uint64(t.attDropped))
	}
}

func (c *counters) snapshot() Stats {
	s := Stats{
		Events:             c.items[kindEvent].Load(),
		Transactions:       c.items[kindTransaction].Load(),
		Breadcrumbs:        c.items[kindBreadcrumb].Load(),
		Logs:               c.items[kindLog].Load(),
		Metrics:            c.items[kindMetric].Load(),
		Envelopes:          c.items[kindEnvelope].Load(),
		Changed:            c.changed.Load(),
		Structured:         c.structured.Load(),
		Secrets:            c.secrets.Load(),
		SQLLiterals:        c.sqlLits.Load(),
		AttachmentsDropped: c.attDropped.Load(),
		Redacted:           map[string]uint64{},
		Dropped:            map[string]uint64{},
	}
	for _, cat := range detectors.Categories() {
		if n := c.cats[cat].Load(); n != 0 {
			s.Redacted[cat.String()] = n
		}
	}
	for k, name := range kindNames {
		if n := c.dropped[k].Load(); n != 0 {
			s.Dropped[name] = n
		}
	}
	return s
}
