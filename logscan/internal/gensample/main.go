// Command gensample writes testdata/logs, the small synthetic sample that
// the README's first command scans: a plain log, a gzip log, a tar.gz of
// nested members, a CloudTrail document and a binary file, every person in
// them made up by internal/synth. The output depends on nothing but this
// program:
//
//	go run ./logscan/internal/gensample
package main

import (
	"archive/tar"
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"

	"github.com/phiguard/phiguard/internal/synth"
)

func lines(seed int64, n int, mix string) []byte {
	m, err := synth.ParseMix(mix)
	if err != nil {
		log.Fatal(err)
	}
	var b bytes.Buffer
	for l := range synth.Lines(seed, n, m) {
		b.Write(l.Text)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := w.Write(b); err != nil {
		log.Fatal(err)
	}
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
	return buf.Bytes()
}

func tarOf(names []string, data [][]byte) []byte {
	var buf bytes.Buffer
	w := tar.NewWriter(&buf)
	for i, n := range names {
		if err := w.WriteHeader(&tar.Header{Name: n, Mode: 0o644, Size: int64(len(data[i])), Typeflag: tar.TypeReg, Format: tar.FormatPAX}); err != nil {
			log.Fatal(err)
		}
		if _, err := w.Write(data[i]); err != nil {
			log.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
	return buf.Bytes()
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("gensample: ")
	out := "testdata/logs"
	enc, _ := zstd.NewWriter(nil, zstd.WithEncoderConcurrency(1))
	var ct bytes.Buffer
	recs := []map[string]any{}
	for i, who := range []struct{ name, ssn, email string }{
		{"Maria Gonzalez", "212-55-0147", "maria.gonzalez@example.org"},
		{"Darnell Okafor", "318-62-9051", "d.okafor@example.net"},
		{"Mei-Ling Chen", "404-71-2286", "meiling.chen@example.com"},
	} {
		recs = append(recs, map[string]any{
			"eventVersion": "1.08", "eventTime": fmt.Sprintf("2026-10-%02dT0%d:15:00Z", 12+i, i), "eventSource": "dynamodb.amazonaws.com",
			"eventName": "PutItem", "awsRegion": "us-east-1", "sourceIPAddress": "10.0.3.17",
			"requestParameters": map[string]any{"tableName": "patients", "item": map[string]any{
				"patientName": who.name, "ssn": who.ssn, "email": who.email, "zip": []string{"94110", "60614", "10027"}[i]}},
		})
	}
	if err := json.NewEncoder(&ct).Encode(map[string]any{"Records": recs}); err != nil {
		log.Fatal(err)
	}
	files := map[string][]byte{
		"app/2026-11-01.log":                  lines(101, 120, "corpus"),
		"app/2026-11-02.log.gz":               gz(lines(102, 400, "bench,phi=0.1")),
		"archive/2026-10.tar.gz":              gz(tarOf([]string{"api/access.log", "worker/worker.log.zst"}, [][]byte{lines(103, 150, "access=1,phi=0.2"), enc.EncodeAll(lines(104, 150, "text=1,logfmt=1,phi=0.2"), nil)})),
		"cloudtrail/2026-10-12T0000Z.json.gz": gz(ct.Bytes()),
		"misc/screenshot.png":                 {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'},
	}
	for n, b := range files {
		p := filepath.Join(out, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			log.Fatal(err)
		}
	}
}
