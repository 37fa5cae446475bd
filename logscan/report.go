package logscan

import (
	"slices"
	"strings"
	"time"

	"github.com/phiguard/phiguard/detectors"
)

// A Report is the outcome of a scan: where PHI was found, how much, of
// which kinds and (as an estimate) about how many people, never a value.
// It is what --format json writes; its Identities make reports of shards
// mergeable.
type Report struct {
	// Tool and Version name the program that made the report.
	Tool    string `json:"tool"`
	Version string `json:"version"`
	// KeyID is the ID of the key of the fingerprints; EphemeralKey is set
	// when the key was made for this run, so fingerprints compare only
	// within it.
	KeyID        string `json:"key_id"`
	EphemeralKey bool   `json:"ephemeral_key,omitempty"`
	// PolicyHash identifies the policy the scan ran with.
	PolicyHash string    `json:"policy_hash,omitempty"`
	Started    time.Time `json:"started"`
	Finished   time.Time `json:"finished"`
	// Totals over every source.
	Totals Totals `json:"totals"`
	// Categories summarises each category found, most frequent first.
	Categories []CategorySummary `json:"categories"`
	// Sources summarises every text stream scanned (a file, an object or
	// an archive member), in name order.
	Sources []SourceSummary `json:"sources"`
	// States counts records and estimated people per US state, where a
	// record carries a state or ZIP code.
	States []StateSummary `json:"states,omitempty"`
	// Window is the exposure window: the first and last record time with
	// PHI.
	Window *Window `json:"window,omitempty"`
	// Problems lists errors, skips and warnings.
	Problems []Problem `json:"problems,omitempty"`
	// Matches lists the identifiers of a match run that were found.
	Matches []Match `json:"matches,omitempty"`
	// Identities holds the fingerprints the totals were computed from.
	Identities *Identities `json:"identities,omitempty"`

	manifest *Manifest
}

// Manifest returns the run manifest of the scan that made r, or nil for a
// report that was read or merged.
func (r *Report) Manifest() *Manifest { return r.manifest }

// Totals are a report's counts.
type Totals struct {
	Objects        int64 `json:"objects"`          // top-level objects (files, S3 objects) scanned
	ObjectsPHI     int64 `json:"objects_with_phi"` // of which had findings
	Sources        int64 `json:"sources"`          // text streams scanned, archive members included
	Skipped        int64 `json:"skipped"`          // streams or objects not scanned (binary, archive class, size cap...)
	Errors         int64 `json:"errors"`           // streams or objects that could not be read to the end
	Warnings       int64 `json:"warnings"`         // lines scanned in pieces and other notices
	Bytes          int64 `json:"bytes"`            // decompressed bytes scanned
	Lines          int64 `json:"lines"`
	Records        int64 `json:"records"`
	RecordsPHI     int64 `json:"records_with_phi"`
	Findings       int64 `json:"findings"`
	Baselined      int64 `json:"baselined,omitempty"` // findings left out because the baseline has them
	Individuals    int64 `json:"individuals"`         // estimated distinct people
	Resumed        int64 `json:"resumed,omitempty"`   // objects taken from the checkpoint
	Excluded       int64 `json:"excluded,omitempty"`  // objects outside --since/--until, globs or this shard
	RedactedCopies int64 `json:"redacted_copies,omitempty"`
}

// Confidences counts findings by confidence.
type Confidences struct {
	Low    int64 `json:"low"`
	Medium int64 `json:"medium"`
	High   int64 `json:"high"`
}

func (c *Confidences) add(o Confidences) { c.Low += o.Low; c.Medium += o.Medium; c.High += o.High }

// Max returns the highest confidence counted, or "".
func (c Confidences) Max() string {
	switch {
	case c.High > 0:
		return "high"
	case c.Medium > 0:
		return "medium"
	case c.Low > 0:
		return "low"
	}
	return ""
}

// CategorySummary summarises one category over the whole scan.
type CategorySummary struct {
	Category    string      `json:"category"`
	Occurrences int64       `json:"occurrences"`
	Distinct    int64       `json:"distinct"` // distinct identifiers, by keyed fingerprint
	Sources     int64       `json:"sources"`  // sources it was found in
	Confidence  Confidences `json:"confidence"`
}

// SourceSummary summarises one text stream.
type SourceSummary struct {
	Source      string `json:"source"`
	Bytes       int64  `json:"bytes"`
	Lines       int64  `json:"lines"`
	Records     int64  `json:"records"`
	RecordsPHI  int64  `json:"records_with_phi"`
	Findings    int64  `json:"findings"`
	Individuals int64  `json:"individuals"`
	// Categories found in the source, in category order.
	Categories []SourceCategory `json:"categories,omitempty"`
	Window     *Window          `json:"window,omitempty"`
}

// SourceCategory summarises one category in one source.
type SourceCategory struct {
	Category    string      `json:"category"`
	Occurrences int64       `json:"occurrences"`
	Distinct    int64       `json:"distinct"`
	FirstLine   int64       `json:"first_line"`
	LastLine    int64       `json:"last_line"`
	Confidence  Confidences `json:"confidence"`
}

// StateSummary counts one state's records with PHI and estimated people.
type StateSummary struct {
	State       string `json:"state"`
	Records     int64  `json:"records"`
	Individuals int64  `json:"individuals"`
}

// Window is an exposure window.
type Window struct {
	First time.Time `json:"first"`
	Last  time.Time `json:"last"`
}

// A Problem is an error, a skip or a warning about one source or object.
// Its message says what is wrong and never quotes the content.
type Problem struct {
	Source  string `json:"source"`
	Line    int64  `json:"line,omitempty"`
	Kind    string `json:"kind"` // "error", "skip" or "warning"
	Message string `json:"message"`
}

// Problem kinds.
const (
	KindError   = "error"
	KindSkip    = "skip"
	KindWarning = "warning"
)

// finish computes the report's totals and summaries from its sources and
// the merged identities.
func (r *Report) finish(id *ident) {
	slices.SortFunc(r.Sources, func(a, b SourceSummary) int { return strings.Compare(a.Source, b.Source) })
	t := &r.Totals
	t.Sources = int64(len(r.Sources))
	t.Bytes, t.Lines, t.Records, t.RecordsPHI, t.Findings = 0, 0, 0, 0, 0
	var cats [numCats]*CategorySummary
	for _, s := range r.Sources {
		t.Bytes += s.Bytes
		t.Lines += s.Lines
		t.Records += s.Records
		t.RecordsPHI += s.RecordsPHI
		t.Findings += s.Findings
		for _, sc := range s.Categories {
			c, err := detectors.ParseCategory(sc.Category)
			if err != nil {
				continue
			}
			cs := cats[c]
			if cs == nil {
				cs = &CategorySummary{Category: sc.Category}
				cats[c] = cs
			}
			cs.Occurrences += sc.Occurrences
			cs.Sources++
			cs.Confidence.add(sc.Confidence)
		}
	}
	r.Categories = r.Categories[:0]
	for c, cs := range cats {
		if cs != nil {
			cs.Distinct = id.distinctCount(detectors.Category(c))
			r.Categories = append(r.Categories, *cs)
		}
	}
	slices.SortStableFunc(r.Categories, func(a, b CategorySummary) int { return int(b.Occurrences - a.Occurrences) })
	t.Individuals = id.individuals()
	r.States = id.stateSummaries()
	r.Window = id.window()
	t.Errors, t.Skipped, t.Warnings = 0, 0, 0
	for _, p := range r.Problems {
		switch p.Kind {
		case KindError:
			t.Errors++
		case KindSkip:
			t.Skipped++
		case KindWarning:
			t.Warnings++
		}
	}
	slices.SortStableFunc(r.Problems, func(a, b Problem) int {
		if c := strings.Compare(a.Source, b.Source); c != 0 {
			return c
		}
		return int(a.Line - b.Line)
	})
	r.Identities = id.export(r.KeyID)
}

// worst returns the highest confidence of any finding in the report, or 0.
func (r *Report) worst() detectors.Confidence {
	var c Confidences
	for _, cs := range r.Categories {
		c.add(cs.Confidence)
	}
	switch {
	case c.High > 0:
		return detectors.High
	case c.Medium > 0:
		return detectors.Medium
	case c.Low > 0:
		return detectors.Low
	}
	return 0
}
