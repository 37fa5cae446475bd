package logscan

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/gzip"
)

// TestNoPHIInAnyOutput scans files full of synthetic PHI in every form
// logscan reads (plain, gzip, tar, zip, CloudTrail, a long line, a truncated
// archive, PHI in file and member names) through every mode and output, and
// checks that no PHI value appears in any byte logscan wrote: standard
// output and error of every run, reports, manifests, checkpoints, and (for
// what was detected) the redacted copies.
func TestNoPHIInAnyOutput(t *testing.T) {
	t.Setenv("PHIGUARD_TOKEN_KEY", "leak test key, 32 bytes of text!")
	text, values := corpus(3, 1500)
	named := []string{"jane.roe@example.org", "maria.gonzalez@example.com"}
	leaks := leakable(append(values, named...))
	if len(leaks) < 500 {
		t.Fatalf("only %d leakable values", len(leaks))
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	lines := bytes.SplitAfter(text, []byte("\n"))
	part := func(i, n int) []byte { return bytes.Join(lines[i*n:(i+1)*n], nil) }
	gz := gzipOf(t, part(2, 200))
	var ct bytes.Buffer
	ct.WriteString(`{"Records":[`)
	for i, v := range leaks[:50] {
		if i > 0 {
			ct.WriteString(",")
		}
		b, _ := json.Marshal(map[string]any{"eventTime": "2024-01-02T03:04:05Z", "requestParameters": map[string]string{"patientName": v, "ssn": fmt.Sprintf("123-45-%04d", 1000+i)}})
		ct.Write(b)
	}
	ct.WriteString("]}")
	long := bytes.Join(bytes.Split(part(4, 200), []byte("\n")), []byte(" | "))
	writeFiles(t, in, map[string][]byte{
		"plain.log":                        part(0, 200),
		"app.log.gz":                       gzipOf(t, part(1, 200)),
		"truncated.log.gz":                 gz[:len(gz)*2/3],
		"bundle.tar.gz":                    gzipOf(t, tarOf(t, map[string][]byte{"patients/maria.gonzalez@example.com.log": part(3, 200)})),
		"bundle.zip":                       zipOf(t, map[string][]byte{"inner.log": part(5, 200)}),
		"cloudtrail.json":                  ct.Bytes(),
		"long.log":                         long,
		"reports/jane.roe@example.org.log": part(6, 200),
		"plain-but-clean.log":              []byte("nothing personal here\n"),
	})
	var ids bytes.Buffer
	for _, v := range leaks[100:140] {
		if strings.Contains(v, "@") {
			ids.WriteString(v + "\n")
		}
	}
	ids.WriteString("ssn:123-45-1003\nssn:999-99-9999\n")
	if err := os.WriteFile(filepath.Join(dir, "ids.txt"), ids.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}

	var all bytes.Buffer
	run := func(args ...string) {
		var stdout, stderr bytes.Buffer
		code := Main(context.Background(), args, IO{Stdin: strings.NewReader(string(part(0, 50))), Stdout: &stdout, Stderr: &stderr}, "usage\n")
		if code != ExitError && code != ExitFindings {
			t.Errorf("%v: exit %d, want 2 (the truncated archive) or 1", args[:2], code)
		}
		all.Write(stdout.Bytes())
		all.Write(stderr.Bytes())
		if stdout.Len()+stderr.Len() == 0 {
			t.Errorf("%v wrote nothing", args[:2])
		}
	}
	out := func(name string) string { return filepath.Join(dir, "out", name) }
	if err := os.MkdirAll(filepath.Join(dir, "out"), 0o700); err != nil {
		t.Fatal(err)
	}
	run("-format", "text", "-max-line", "4K", "-manifest", out("manifest.json"), in, "-")
	run("-format", "jsonl", "-o", out("findings.jsonl"), "-checkpoint", out("ckpt"), in)
	run("-format", "json", "-o", out("report.json"), "-redact-to", filepath.Join(dir, "copies"), in)
	run("-format", "sarif", "-o", out("report.sarif"), in)
	run("match", "-identifiers", filepath.Join(dir, "ids.txt"), "-format", "json", in)
	run("match", "-identifiers", filepath.Join(dir, "ids.txt"), "-format", "text", in)
	run("-format", "jsonl", "-baseline", out("findings.jsonl"), in)
	var stdout, stderr bytes.Buffer
	Main(context.Background(), []string{"merge", "-format", "text", out("report.json"), out("report.json")}, IO{Stdout: &stdout, Stderr: &stderr}, "")
	all.Write(stdout.Bytes())
	all.Write(stderr.Bytes())
	if err := filepath.WalkDir(filepath.Join(dir, "out"), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			b, _ := os.ReadFile(p)
			all.Write(b)
			if fi, _ := d.Info(); fi.Mode().Perm() != 0o600 {
				t.Errorf("%s: mode %o, want 600", filepath.Base(p), fi.Mode().Perm())
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"truncated gzip stream", "identifier on line", "[email:", "warning: line longer than 4096 bytes"} {
		if !bytes.Contains(all.Bytes(), []byte(want)) {
			t.Errorf("outputs do not contain %q: the test did not exercise what it should", want)
		}
	}
	assertNoLeak(t, "outputs", all.Bytes(), leaks)

	// Redacted copies hold none of the values that were detected, in the
	// lines they were detected in (the same value elsewhere may be a miss of
	// the detectors, not of the redaction).
	fb, _ := os.ReadFile(out("findings.jsonl"))
	type at struct {
		line int64
		v    string
	}
	detected := map[string][]at{}
	srcLines := map[string][][]byte{"plain.log": bytes.Split(part(0, 200), []byte("\n")), "app.log.gz": bytes.Split(part(1, 200), []byte("\n"))}
	for _, l := range bytes.Split(fb, []byte("\n")) {
		var f JSONFinding
		if json.Unmarshal(l, &f) != nil {
			continue
		}
		base := filepath.Base(f.Source)
		if ls, ok := srcLines[base]; ok {
			detected[base] = append(detected[base], at{f.Line, string(ls[f.Line-1][f.Start:f.End])})
		}
	}
	for name, vals := range detected {
		b, err := os.ReadFile(filepath.Join(dir, "copies", name))
		if err != nil {
			t.Fatalf("copy of %s: %v", name, err)
		}
		if strings.HasSuffix(name, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("copy of %s is not gzip: %v", name, err)
			}
			b, _ = io.ReadAll(zr)
		}
		if len(vals) < 50 {
			t.Fatalf("%s: only %d detected values", name, len(vals))
		}
		copyLines := bytes.Split(b, []byte("\n"))
		if len(copyLines) != 201 {
			t.Fatalf("copy of %s has %d lines, want 200 and a final newline", name, len(copyLines)-1)
		}
		// Per line and value: the copy keeps at most the occurrences that
		// were not detected.
		count := map[at]int{}
		for _, a := range vals {
			count[a]++
		}
		for a, d := range count {
			if len(leakable([]string{a.v})) == 0 {
				continue
			}
			orig := bytes.Count(srcLines[name][a.line-1], []byte(a.v))
			if got := bytes.Count(copyLines[a.line-1], []byte(a.v)); got > orig-d {
				t.Errorf("copy of %s, line %d: a detected value (%d bytes) is still there %d times", name, a.line, len(a.v), got)
			}
		}
	}
}
