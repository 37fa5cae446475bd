// Package logscan scans log files for leaked PHI and reports the exposure
// without ever showing a value. cmd/logscan is its command-line front end.
package logscan

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/phiguard/phiguard/detectors"
)

// JSONFinding is one line of --format jsonl output.
type JSONFinding struct {
	Source      string `json:"source"`
	Line        int    `json:"line"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Field       string `json:"field,omitempty"`
	Category    string `json:"category"`
	Detector    string `json:"detector"`
	Confidence  string `json:"confidence"`
	Fingerprint string `json:"fingerprint"`
}

// ScanFileJSONL scans one file line by line and writes its findings as JSON lines.
func ScanFileJSONL(w io.Writer, sc *detectors.Scanner, key *detectors.Key, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	enc := json.NewEncoder(w)
	var fs []detectors.Finding
	for line := 1; ; line++ {
		b, err := r.ReadSlice('\n')
		if len(b) > 0 {
			rec := b
			if n := len(rec); n > 0 && rec[n-1] == '\n' {
				rec = rec[:n-1]
			}
			fs = sc.Scan(fs[:0], rec)
			for _, f := range fs {
				enc.Encode(JSONFinding{Source: path, Line: line, Start: f.Start, End: f.End, Field: f.Field,
					Category: f.Category.String(), Detector: f.Detector, Confidence: f.Confidence.String(),
					Fingerprint: key.Fingerprint(f.Category, rec[f.Start:f.End])})
			}
		}
		if err == bufio.ErrBufferFull {
			return fmt.Errorf("%s:%d: line longer than 1 MiB", path, line)
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
	}
}
