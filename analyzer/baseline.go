package analyzer

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// Baseline is a set of earlier diagnostics, read from phivet -json
// output (or go vet -json output). A diagnostic matches an entry with
// the same package and message, which names the PHI source, the sink
// and the enclosing function; line numbers are ignored, so edits
// elsewhere in a file do not revive old diagnostics. Each entry
// matches once.
type Baseline struct {
	counts map[baselineKey]int
}

type baselineKey struct {
	pkg, msg string
}

// jsonDiag is the part of the go/analysis JSON form of a diagnostic
// that baselines use.
type jsonDiag struct {
	Message string `json:"message"`
}

// ReadBaseline parses -json output: one or more JSON objects mapping
// package IDs to analyzer names to diagnostic lists. Lines starting
// with '#' (go vet -json package headers) are skipped.
func ReadBaseline(r io.Reader) (*Baseline, error) {
	var clean bytes.Buffer
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		clean.Write(sc.Bytes())
		clean.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	b := &Baseline{counts: map[baselineKey]int{}}
	dec := json.NewDecoder(&clean)
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("not phivet -json output: %v", err)
		}
		for pkg, byAnalyzer := range tree {
			raw, ok := byAnalyzer["phivet"]
			if !ok {
				continue
			}
			var diags []jsonDiag
			if err := json.Unmarshal(raw, &diags); err != nil {
				continue // an {"error": ...} entry
			}
			for _, d := range diags {
				b.counts[baselineKey{normalizePkg(pkg), d.Message}]++
			}
		}
	}
	return b, nil
}

// Len returns the number of diagnostics in the baseline.
func (b *Baseline) Len() int {
	n := 0
	for _, c := range b.counts {
		n += c
	}
	return n
}

// normalizePkg turns a package ID such as "p [p.test]" or "p_test"
// into the import path the analyser sees for it.
func normalizePkg(id string) string {
	id, _, _ = strings.Cut(id, " ")
	return id
}

var baselines sync.Map // file name -> baselineResult

type baselineResult struct {
	b   *Baseline
	err error
}

func loadBaseline(path string) (*Baseline, error) {
	if r, ok := baselines.Load(path); ok {
		r := r.(baselineResult)
		return r.b, r.err
	}
	f, err := os.Open(path)
	var b *Baseline
	if err == nil {
		b, err = ReadBaseline(f)
		f.Close()
		if err != nil {
			err = fmt.Errorf("baseline %s: %v", path, err)
		}
	}
	baselines.Store(path, baselineResult{b, err})
	return b, err
}

// filter returns the findings of pass not matched by the baseline.
func (b *Baseline) filter(pass *analysis.Pass, fs []finding) []finding {
	left := map[baselineKey]int{}
	var out []finding
	for _, f := range fs {
		k := baselineKey{pass.Pkg.Path(), f.msg}
		n, ok := left[k]
		if !ok {
			n = b.counts[k]
		}
		if n > 0 {
			left[k] = n - 1
			continue
		}
		left[k] = 0
		out = append(out, f)
	}
	return out
}
