package logscan

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dsnet/compress/bzip2"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zip"
	"github.com/klauspost/compress/zstd"

	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/internal/synth"
)

// testKey is a fixed fingerprint key, so that runs compare.
func testKey(t testing.TB) *detectors.Key {
	k, err := detectors.NewKey([]byte("logscan test key, not a secret"))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// corpus returns n synthetic lines (every family, most with PHI) and the
// PHI values labeled in them.
func corpus(seed int64, n int) (text []byte, values []string) {
	var b bytes.Buffer
	for l := range synth.Lines(seed, n, synth.CorpusMix) {
		for _, s := range l.Spans {
			values = append(values, string(l.Text[s.Start:s.End]))
		}
		b.Write(l.Text)
		b.WriteByte('\n')
	}
	return b.Bytes(), values
}

// leakable keeps the values whose appearance in output can only be a leak:
// long enough, and with a character no fingerprint, count or timestamp has.
func leakable(values []string) []string {
	var out []string
	for _, v := range values {
		if len(v) < 7 || !strings.ContainsAny(v, "@-()ghijklmnopqrstuvwxyzGHIJKLMNOPQRSTUVWXYZ ") {
			continue
		}
		if strings.ContainsAny(v, "\\%&") { // escaped in the line, decoded elsewhere
			continue
		}
		if d, err := time.Parse(time.DateOnly, v); err == nil && time.Since(d).Abs() < 72*time.Hour {
			continue // a day the run's own timestamps carry ("started": "2026-12-07T00:02:22Z"), not a leak
		}
		out = append(out, v)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// assertNoLeak fails if any value appears in out; it names the value by
// its index only.
func assertNoLeak(t *testing.T, what string, out []byte, values []string) {
	t.Helper()
	for i, v := range values {
		if bytes.Contains(out, []byte(v)) {
			t.Errorf("%s: PHI value #%d (%d bytes) appears in the output", what, i, len(v))
			if os.Getenv("LEAKDEBUG") != "" {
				j := bytes.Index(out, []byte(v))
				t.Logf("DEBUG %q in %q", v, out[max(0, j-150):min(len(out), j+len(v)+50)])
			}
		}
	}
}

func gzipOf(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func zstdOf(b []byte) []byte {
	e, _ := zstd.NewWriter(nil)
	return e.EncodeAll(b, nil)
}

func bzip2Of(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := bzip2.NewWriter(&buf, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func tarOf(t testing.TB, files map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := tar.NewWriter(&buf)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		if err := w.WriteHeader(&tar.Header{Name: n, Mode: 0o644, Size: int64(len(files[n])), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(files[n]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func zipOf(t testing.TB, files map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for n, b := range files {
		f, err := w.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write(b); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func writeFiles(t testing.TB, dir string, files map[string][]byte) {
	t.Helper()
	for n, b := range files {
		p := filepath.Join(dir, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// scanJSONL scans inputs and returns the report and the JSON lines.
func scanJSONL(t testing.TB, inputs []string, o *Options) (*Report, []JSONFinding) {
	t.Helper()
	var out bytes.Buffer
	oo := Options{}
	if o != nil {
		oo = *o
	}
	if oo.Key == nil {
		oo.Key = testKey(t)
	}
	oo.Findings = &out
	rep, err := Scan(context.Background(), inputs, &oo)
	if err != nil {
		t.Fatal(err)
	}
	var fs []JSONFinding
	for _, l := range bytes.Split(out.Bytes(), []byte("\n")) {
		if len(l) == 0 {
			continue
		}
		var f JSONFinding
		if err := json.Unmarshal(l, &f); err != nil {
			t.Fatalf("bad JSON line: %v", err)
		}
		fs = append(fs, f)
	}
	return rep, fs
}

func sources(r *Report) []string {
	var out []string
	for _, s := range r.Sources {
		out = append(out, s.Source)
	}
	return out
}

func problems(r *Report, kind string) []Problem {
	var out []Problem
	for _, p := range r.Problems {
		if p.Kind == kind {
			out = append(out, p)
		}
	}
	return out
}

type runtimeStats struct{ ms runtime.MemStats }

// heap returns the bytes of allocated heap objects.
func (r *runtimeStats) heap() uint64 {
	runtime.ReadMemStats(&r.ms)
	return r.ms.HeapAlloc
}
