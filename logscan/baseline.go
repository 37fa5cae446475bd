package logscan

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// A Baseline is the set of findings of an earlier report (--format jsonl)
// that a scan does not report again. A finding is identified by its
// source, field path, category and fingerprint, not by its line, so
// findings that moved are still known.
type Baseline struct {
	// KeyID is the fingerprint key of the baseline's findings; a scan with
	// another key refuses it, since no fingerprint could match.
	KeyID string
	set   map[string]struct{}
}

// Len returns the number of distinct findings in the baseline.
func (b *Baseline) Len() int { return len(b.set) }

// LoadBaseline reads a JSONL report written by --format jsonl.
func LoadBaseline(path string) (*Baseline, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("baseline: %s", describeErr(err))
	}
	defer f.Close()
	b, err := ReadBaseline(f)
	if err != nil {
		return nil, fmt.Errorf("baseline %s:%w", path, err)
	}
	return b, nil
}

// ReadBaseline reads a baseline from JSON lines.
func ReadBaseline(r io.Reader) (*Baseline, error) {
	b := &Baseline{set: map[string]struct{}{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 16<<20)
	var key []byte
	for line := 1; sc.Scan(); line++ {
		t := strings.TrimSpace(sc.Text())
		if t == "" || !strings.HasPrefix(t, "{") {
			continue
		}
		var f JSONFinding
		if err := json.Unmarshal([]byte(t), &f); err != nil {
			return nil, fmt.Errorf("%d: not a JSON finding: %v", line, err)
		}
		if f.Fingerprint == "" || f.Category == "" {
			continue // a summary line
		}
		kid, _, ok := strings.Cut(f.Fingerprint, ":")
		if !ok {
			return nil, fmt.Errorf("%d: fingerprint has no key ID", line)
		}
		if b.KeyID == "" {
			b.KeyID = kid
		} else if kid != b.KeyID {
			return nil, fmt.Errorf("%d: fingerprints of two keys (%s and %s) in one baseline", line, b.KeyID, kid)
		}
		key = appendBaselineKey(key[:0], f.Source, f.Field, f.Category, []byte(f.Fingerprint))
		b.set[string(key)] = struct{}{}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf(" %v", err)
	}
	return b, nil
}

// JSONFinding is one line of --format jsonl output.
type JSONFinding struct {
	Source      string `json:"source"`
	Line        int64  `json:"line"`
	Start       int64  `json:"start"`
	End         int64  `json:"end"`
	Field       string `json:"field,omitempty"`
	Category    string `json:"category"`
	Detector    string `json:"detector"`
	Confidence  string `json:"confidence"`
	Fingerprint string `json:"fingerprint"`
}
