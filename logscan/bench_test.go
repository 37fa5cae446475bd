package logscan

import (
	"bytes"
	"context"
	"io"
	"os"
	"testing"

	"github.com/phiguard/phiguard/internal/synth"
)

// benchData returns the corpus named by PHIGUARD_BENCH_CORPUS, or 12 MB of
// the synthetic production mix (every format, 4% of lines with PHI).
func benchData(b *testing.B) []byte {
	b.Helper()
	if p := os.Getenv("PHIGUARD_BENCH_CORPUS"); p != "" {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		return data
	}
	var buf bytes.Buffer
	if _, err := synth.WriteCorpus(&buf, nil, 42, 60000, synth.BenchMix, nil); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkScan measures the whole pipeline (decompression, line pieces,
// every detector, fingerprints, counts, JSON lines) on one worker, over
// plain and gzip input. MB/s are of decompressed bytes.
func BenchmarkScan(b *testing.B) {
	plain := benchData(b)
	key := testKey(b)
	for _, tc := range []struct {
		name string
		data []byte
	}{{"plain", plain}, {"gzip", gzipOf(b, plain)}} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(plain)))
			b.ReportAllocs()
			for b.Loop() {
				rep, err := Scan(context.Background(), []string{"-"}, &Options{Key: key, Workers: 1, Findings: io.Discard, Stdin: bytes.NewReader(tc.data)})
				if err != nil {
					b.Fatal(err)
				}
				if rep.Totals.Bytes != int64(len(plain)) || rep.Totals.Findings == 0 {
					b.Fatalf("scanned %d bytes, %d findings", rep.Totals.Bytes, rep.Totals.Findings)
				}
			}
		})
	}
}
