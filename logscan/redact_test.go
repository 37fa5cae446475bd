package logscan

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/redact"
)

// TestRedactedCopies writes copies of archives and compressed files: same
// layout and compression, redacted in the policy's style, binary members
// left out, originals untouched, clean files not copied.
func TestRedactedCopies(t *testing.T) {
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in"), filepath.Join(dir, "out")
	plain := ssnLines(20, 0)
	files := map[string][]byte{
		"a/app.log":       plain,
		"a/app.log.zst":   zstdOf(plain),
		"b/bundle.tar.gz": gzipOf(t, tarOf(t, map[string][]byte{"x/app.log.gz": gzipOf(t, plain), "x/pic.png": {0x89, 'P', 'N', 'G', 0, 0}, "x/clean.log": []byte("ok\n")})),
		"b/bundle.zip":    zipOf(t, map[string][]byte{"y/app.log": plain}),
		"b/app.bz2":       bzip2Of(t, plain),
		"c/clean.log":     []byte("nothing\n"),
		"c/trunc.log.gz":  gzipOf(t, bytes.Repeat(plain, 50))[:300],
	}
	writeFiles(t, in, files)
	sum := func() map[string][32]byte {
		m := map[string][32]byte{}
		if err := filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() {
				b, _ := os.ReadFile(p)
				m[p] = sha256.Sum256(b)
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return m
	}
	before := sum()
	red, err := redact.New(&redact.Options{Styles: map[detectors.Category]redact.Style{detectors.SSN: redact.Partial}})
	if err != nil {
		t.Fatal(err)
	}
	rep, orig := scanJSONL(t, []string{in}, &Options{RedactTo: out, Redactor: red})
	origFP := map[string]bool{}
	for _, f := range orig {
		origFP[f.Fingerprint] = true
	}
	if after := sum(); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Fatal("originals changed")
	}
	var copies []string
	if err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(out, p)
			copies = append(copies, filepath.ToSlash(rel))
			if fi, _ := d.Info(); fi.Mode().Perm() != 0o600 {
				t.Errorf("%s: mode %o", rel, fi.Mode().Perm())
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := []string{"a/app.log", "a/app.log.zst", "b/app.bz2", "b/bundle.tar.gz", "b/bundle.zip"}
	if !slices.Equal(copies, want) {
		t.Fatalf("copies %q, want %q (no clean file, no copy of the truncated one)", copies, want)
	}
	if rep.Totals.RedactedCopies != 5 {
		t.Errorf("redacted copies %d, want 5", rep.Totals.RedactedCopies)
	}
	// Same compression: the first bytes agree with the originals'.
	for _, c := range copies {
		b, _ := os.ReadFile(filepath.Join(out, c))
		if !bytes.Equal(b[:2], files[c][:2]) {
			t.Errorf("%s: copy starts % x, original % x", c, b[:2], files[c][:2])
		}
	}
	// Scanning the copies: the same sources (binary member left out), the
	// same lines, no SSN or email left, SSNs in the partial style.
	rep2, fs := scanJSONL(t, []string{out}, nil)
	var srcs []string
	for _, s := range rep2.Sources {
		rel, _ := filepath.Rel(out, s.Source)
		srcs = append(srcs, filepath.ToSlash(rel))
		if s.Lines != 20 && !strings.HasSuffix(s.Source, "clean.log") {
			t.Errorf("%s: %d lines in the copy, want 20", rel, s.Lines)
		}
	}
	wantSrcs := []string{"a/app.log", "a/app.log.zst", "b/app.bz2", "b/bundle.tar.gz!x/app.log.gz", "b/bundle.tar.gz!x/clean.log", "b/bundle.zip!y/app.log"}
	if !slices.Equal(srcs, wantSrcs) {
		t.Errorf("sources of the copies %q, want %q", srcs, wantSrcs)
	}
	for _, f := range fs {
		// The partial form of an SSN under an "ssn" key is still reported
		// by key; it must not be the same value.
		if f.Category == "email" || origFP[f.Fingerprint] {
			t.Errorf("%s:%d: %s left in the copy", f.Source, f.Line, f.Category)
		}
	}
	for _, c := range copies {
		if strings.HasSuffix(c, ".log") {
			b, _ := os.ReadFile(filepath.Join(out, c))
			if bytes.Contains(b, []byte("123-45-")) {
				t.Errorf("%s: an SSN is left in the copy", c)
			}
		}
	}
	b, _ := os.ReadFile(filepath.Join(out, "a/app.log"))
	if !bytes.Contains(b, []byte(`"ssn":"***-**-1000"`)) || !bytes.Contains(b, []byte(`"email":"[REDACTED:email]"`)) {
		t.Errorf("copy does not use the policy's styles: %.120s", b)
	}
	if p := problems(rep, KindError); len(p) != 1 || !strings.HasSuffix(p[0].Source, "trunc.log.gz") {
		t.Errorf("errors %+v, want the truncated file's", p)
	}
	for _, m := range rep.Manifest().Objects {
		if strings.HasSuffix(m.Object, "trunc.log.gz") && m.Copy != "not written: the input had errors" {
			t.Errorf("manifest of the truncated file: %+v", m)
		}
	}
}

// TestRedactLongLine: findings across piece boundaries are redacted in the
// copy too, and the line layout is kept.
func TestRedactLongLine(t *testing.T) {
	var b bytes.Buffer
	for i := 0; b.Len() < 300<<10; i++ {
		fmt.Fprintf(&b, "%s SSN %03d-45-%04d ", strings.Repeat("x", i%97), 100+i%800, 1000+i)
	}
	b.WriteString("\nsecond line\n")
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "long.log"), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	_, fs := scanJSONL(t, []string{filepath.Join(dir, "long.log")}, &Options{RedactTo: filepath.Join(dir, "out"), MaxLineBytes: 4096})
	c, err := os.ReadFile(filepath.Join(dir, "out", "long.log"))
	if err != nil {
		t.Fatal(err)
	}
	// A finding cut by a piece boundary may come out as two masks.
	if n := bytes.Count(c, []byte("[REDACTED:ssn]")); n < len(fs) || n > len(fs)*11/10 || n < 1000 {
		t.Fatalf("%d masks in the copy for %d findings", n, len(fs))
	}
	if bytes.Count(c, []byte(" SSN ")) != len(fs) {
		t.Fatalf("text around the findings was redacted too")
	}
	if bytes.Contains(c, []byte("-45-")) {
		t.Fatal("part of an SSN left in the copy")
	}
	if !bytes.HasSuffix(c, []byte("\nsecond line\n")) || bytes.Count(c, []byte("\n")) != 2 {
		t.Fatal("line layout changed")
	}
}

// TestCheckpointResume: a scan that crashed after some objects (its
// checkpoint cut short, the last line torn) and is resumed with the
// checkpoint reports exactly what one full scan reports, without scanning
// the finished objects again.
func TestCheckpointResume(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	text, _ := corpus(5, 900)
	lines := bytes.SplitAfter(text, []byte("\n"))
	for i := range 9 {
		writeFiles(t, in, map[string][]byte{fmt.Sprintf("f%d.log.gz", i): gzipOf(t, bytes.Join(lines[i*100:(i+1)*100], nil))})
	}
	// Without a configured key the checkpoint keeps the run's key, so the
	// runs fingerprint alike.
	ck := filepath.Join(dir, "ckpt")
	full, err := Scan(context.Background(), []string{in}, &Options{Checkpoint: ck, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	// The crash: the header, four objects and half of the fifth remain.
	b, _ := os.ReadFile(ck)
	cl := bytes.SplitAfter(b, []byte("\n"))
	if len(cl) != 11 { // header, 9 objects, "" after the last newline
		t.Fatalf("checkpoint has %d lines", len(cl))
	}
	torn := append(bytes.Join(cl[:5], nil), cl[5][:len(cl[5])/2]...)
	if err := os.WriteFile(ck, torn, 0o600); err != nil {
		t.Fatal(err)
	}
	rep, err := Scan(context.Background(), []string{in}, &Options{Checkpoint: ck, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Totals.Resumed != 4 {
		t.Fatalf("resumed %d objects, want the 4 finished ones", rep.Totals.Resumed)
	}
	a, b2 := full.Totals, rep.Totals
	b2.Resumed = 0
	if a != b2 {
		t.Fatalf("totals differ:\nfull    %+v\nresumed %+v", a, b2)
	}
	if fmt.Sprint(full.Categories) != fmt.Sprint(rep.Categories) || fmt.Sprint(full.States) != fmt.Sprint(rep.States) {
		t.Fatalf("summaries differ:\n%+v\n%+v", full.Categories, rep.Categories)
	}
	fi, _ := os.Stat(ck)
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("checkpoint mode %o", fi.Mode().Perm())
	}
	// A third run has nothing left to scan.
	rep3, err := Scan(context.Background(), []string{in}, &Options{Checkpoint: ck})
	if err != nil {
		t.Fatalf("third run: %v", err)
	}
	if rep3.Totals.Resumed != 9 {
		t.Fatalf("third run resumed %d", rep3.Totals.Resumed)
	}
}

// TestMergeShards: the reports of N shards merge into the report of one
// scan over everything.
func TestMergeShards(t *testing.T) {
	dir := t.TempDir()
	text, _ := corpus(9, 1200)
	lines := bytes.SplitAfter(text, []byte("\n"))
	for i := range 12 {
		// Every file shares its first lines with the next: identities cross shards.
		writeFiles(t, dir, map[string][]byte{fmt.Sprintf("f%02d.log", i): bytes.Join(lines[i*90:i*90+120], nil)})
	}
	full, _ := scanJSONL(t, []string{dir}, nil)
	var parts []*Report
	var objs int64
	for s := range 3 {
		r, _ := scanJSONL(t, []string{dir}, &Options{Shard: Shard{s, 3}})
		objs += r.Totals.Objects
		var buf bytes.Buffer
		if err := r.WriteJSON(&buf); err != nil {
			t.Fatal(err)
		}
		rr, err := ReadReport(&buf)
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, rr)
	}
	if objs != 12 {
		t.Fatalf("shards scanned %d objects, want 12", objs)
	}
	m, err := Merge(parts)
	if err != nil {
		t.Fatal(err)
	}
	a, b := full.Totals, m.Totals
	a.Excluded = 0
	if a != b {
		t.Fatalf("totals differ:\nfull   %+v\nmerged %+v", a, b)
	}
	if fmt.Sprint(full.Categories) != fmt.Sprint(m.Categories) || fmt.Sprint(full.States) != fmt.Sprint(m.States) ||
		fmt.Sprint(full.Window) != fmt.Sprint(m.Window) {
		t.Fatal("merged summaries differ from the full scan's")
	}
	parts[1].KeyID = "00000000"
	if _, err := Merge(parts); err == nil || !strings.Contains(err.Error(), "fingerprint key") {
		t.Fatalf("merging reports of two keys: %v", err)
	}
}
