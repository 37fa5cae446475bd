package logscan

import (
	"sync"

	"github.com/phiguard/phiguard/detectors"
)

// namer makes names safe to write: file names, object keys, archive member
// names and field paths can carry PHI themselves ("reports/jane.doe@x.org.csv",
// a JSON object keyed by email). Each identifier found in a name with
// medium or high confidence is replaced by its category and the start of its
// fingerprint ("[email:3f9a0c1b]"), so distinct names stay distinct. Dates,
// IPs and URLs are left alone: log file names are full of them and they name
// days and hosts, not people.
type namer struct {
	sc  *detectors.Scanner
	key *detectors.Key

	mu     sync.Mutex
	names  map[string]string
	fields map[string]string
}

// maxNameCache bounds each cache; beyond it names are checked every time.
const maxNameCache = 1 << 14

func newNamer(sc *detectors.Scanner, key *detectors.Key) *namer {
	return &namer{sc: sc, key: key, names: map[string]string{}, fields: map[string]string{}}
}

// safe returns name with its identifiers replaced.
func (n *namer) safe(name string) string { return n.cached(n.names, name) }

// field returns a field path with its identifiers replaced.
func (n *namer) field(f string) string { return n.cached(n.fields, f) }

func (n *namer) cached(m map[string]string, s string) string {
	n.mu.Lock()
	v, ok := m[s]
	n.mu.Unlock()
	if ok {
		return v
	}
	v = n.sanitize(s)
	n.mu.Lock()
	if len(m) < maxNameCache {
		m[s] = v
	}
	n.mu.Unlock()
	return v
}

func (n *namer) sanitize(s string) string {
	b := []byte(s)
	fs := n.sc.ScanText(nil, b)
	var out []byte
	last := 0
	for _, f := range fs {
		switch f.Category {
		case detectors.Date, detectors.IP, detectors.URL:
			continue
		}
		if f.Confidence < detectors.Medium || f.Start < last {
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(b)+16)
		}
		out = append(out, b[last:f.Start]...)
		fp := n.key.AppendFingerprint(nil, f.Category, b[f.Start:f.End])
		out = append(out, '[')
		out = append(out, f.Category.String()...)
		out = append(out, ':')
		out = append(out, fp[len(fp)-detectors.FingerprintLen:][:8]...)
		out = append(out, ']')
		last = f.End
	}
	if out == nil {
		return s
	}
	return string(append(out, b[last:]...))
}
