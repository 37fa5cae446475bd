package logscan

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/phiguard/phiguard/detectors"
)

// Identifiers are the identifiers a responder already holds (the SSNs,
// MRNs, emails of the patients in question), for a match run: which of them
// appear, where and when. They are fingerprinted with the run's key as soon
// as it is known and their values dropped; reports name them only by their
// line in the identifiers file.
type Identifiers struct {
	values   []identValue // cleared by fingerprint
	n        int
	declared map[int]detectors.Category // by line
	ids      map[node][]int             // fingerprint -> identifier numbers

	mu   sync.Mutex
	hits map[matchKey]*Match
}

type identValue struct {
	line int
	cats []detectors.Category
	v    []byte
}

type matchKey struct {
	id     int
	source string
}

// A Match is where one identifier of a match run was found.
type Match struct {
	// Identifier is the line of the identifier in the identifiers file.
	Identifier  int        `json:"identifier"`
	Category    string     `json:"category"`
	Source      string     `json:"source"`
	Occurrences int64      `json:"occurrences"`
	FirstLine   int64      `json:"first_line"`
	LastLine    int64      `json:"last_line"`
	First       *time.Time `json:"first,omitempty"`
	Last        *time.Time `json:"last,omitempty"`
}

// Len returns the number of identifiers.
func (s *Identifiers) Len() int { return s.n }

// idFamily lists the categories an identifier of category c may have been
// reported under: an MRN in a log can come out as a member ID or another
// ID, a phone number as a fax.
func idFamily(c detectors.Category) []detectors.Category {
	switch c {
	case detectors.MRN, detectors.HealthPlan, detectors.Account, detectors.License, detectors.OtherID, detectors.Device, detectors.Vehicle:
		return []detectors.Category{detectors.MRN, detectors.HealthPlan, detectors.Account, detectors.License, detectors.OtherID, detectors.Device, detectors.Vehicle}
	case detectors.Phone, detectors.Fax:
		return []detectors.Category{detectors.Phone, detectors.Fax}
	}
	return []detectors.Category{c}
}

// LoadIdentifiers reads an identifiers file: one identifier a line, as
// "category:value" ("ssn:123-45-6789", "mrn:E1234567") or a bare value whose
// category the scanner can tell (an SSN, an email). Blank lines and lines
// starting with '#' are ignored. Errors name the line, never the value.
func LoadIdentifiers(path string, sc *detectors.Scanner) (*Identifiers, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("identifiers: %s", describeErr(err))
	}
	defer f.Close()
	s, err := ReadIdentifiers(f, sc)
	if err != nil {
		return nil, fmt.Errorf("identifiers %s:%w", path, err)
	}
	return s, nil
}

// ReadIdentifiers reads identifiers as LoadIdentifiers does; sc tells the
// category of bare values (nil means detectors.Default()).
func ReadIdentifiers(r io.Reader, sc *detectors.Scanner) (*Identifiers, error) {
	if sc == nil {
		sc = detectors.Default()
	}
	s := &Identifiers{}
	br := bufio.NewScanner(r)
	for line := 1; br.Scan(); line++ {
		t := strings.TrimSpace(br.Text())
		if t == "" || t[0] == '#' {
			continue
		}
		var c detectors.Category
		if cs, v, ok := strings.Cut(t, ":"); ok {
			if cc, err := detectors.ParseCategory(strings.TrimSpace(cs)); err == nil {
				c, t = cc, strings.TrimSpace(v)
			}
		}
		if c == 0 {
			fs := sc.ScanText(nil, []byte(t))
			for _, f := range fs {
				if f.Start == 0 && f.End == len(t) {
					c = f.Category
					break
				}
			}
			if c == 0 {
				return nil, fmt.Errorf("%d: cannot tell what kind of identifier this is; write it as category:value (ssn:, mrn:, email:, ...)", line)
			}
		}
		if t == "" {
			return nil, fmt.Errorf("%d: empty identifier", line)
		}
		s.values = append(s.values, identValue{line: line, cats: idFamily(c), v: []byte(t)})
		if s.declared == nil {
			s.declared = map[int]detectors.Category{}
		}
		s.declared[line] = c
		s.n++
	}
	if err := br.Err(); err != nil {
		return nil, fmt.Errorf(" %v", err)
	}
	if s.n == 0 {
		return nil, fmt.Errorf(" no identifiers")
	}
	return s, nil
}

// fingerprint replaces the values by their fingerprints under key.
func (s *Identifiers) fingerprint(key *detectors.Key) error {
	if s.values == nil && s.ids != nil {
		return nil
	}
	s.ids = map[node][]int{}
	s.hits = map[matchKey]*Match{}
	var buf []byte
	for i := range s.values {
		v := &s.values[i]
		for _, c := range v.cats {
			buf = key.AppendFingerprint(buf[:0], c, v.v)
			n := node{c, hex64(buf[len(buf)-detectors.FingerprintLen:])}
			s.ids[n] = append(s.ids[n], v.line)
		}
		clear(v.v)
	}
	s.values = nil
	return nil
}

func (s *Identifiers) hit(id int, source string, line int64, t time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := matchKey{id, source}
	m := s.hits[k]
	if m == nil {
		m = &Match{Identifier: id, Source: source, FirstLine: line}
		s.hits[k] = m
	}
	m.Occurrences++
	m.FirstLine = min(m.FirstLine, line)
	m.LastLine = max(m.LastLine, line)
	if !t.IsZero() {
		if m.First == nil || t.Before(*m.First) {
			tt := t
			m.First = &tt
		}
		if m.Last == nil || t.After(*m.Last) {
			tt := t
			m.Last = &tt
		}
	}
}

func (s *Identifiers) matches() []Match {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Match, 0, len(s.hits))
	for _, m := range s.hits {
		mm := *m
		mm.Category = s.declared[m.Identifier].String()
		out = append(out, mm)
	}
	slices.SortFunc(out, func(a, b Match) int {
		if a.Identifier != b.Identifier {
			return a.Identifier - b.Identifier
		}
		return strings.Compare(a.Source, b.Source)
	})
	return out
}
