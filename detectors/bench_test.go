package detectors

import (
	"bytes"
	"os"
	"testing"
)

// benchCorpus returns the corpus named by PHIGUARD_BENCH_CORPUS, or the
// labeled test corpus repeated to about 8 MB.
func benchCorpus(b *testing.B) [][]byte {
	b.Helper()
	path := os.Getenv("PHIGUARD_BENCH_CORPUS")
	var data []byte
	var err error
	if path != "" {
		data, err = os.ReadFile(path)
	} else {
		data, err = os.ReadFile("../testdata/corpus/labeled.log")
		if err == nil {
			data = bytes.Repeat(data, max(1, (8<<20)/max(len(data), 1)))
		}
	}
	if err != nil {
		b.Skipf("no corpus: %v", err)
	}
	return bytes.Split(data, []byte("\n"))
}

// BenchmarkScan measures the scanner's throughput over a mixed corpus with
// every detector on: b.SetBytes makes `go test -bench` report MB/s.
func BenchmarkScan(b *testing.B) {
	lines := benchCorpus(b)
	total := 0
	for _, l := range lines {
		total += len(l) + 1
	}
	sc := Default()
	var fs []Finding
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, l := range lines {
			fs = sc.Scan(fs[:0], l)
		}
	}
}
