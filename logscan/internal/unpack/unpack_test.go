package unpack

import (
	"archive/tar"
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"testing"

	"github.com/dsnet/compress/bzip2"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zip"
	"github.com/klauspost/compress/zstd"
	"golang.org/x/text/encoding/unicode"
)

func gz(t testing.TB, b []byte) []byte {
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

func zst(b []byte) []byte {
	e, _ := zstd.NewWriter(nil)
	return e.EncodeAll(b, nil)
}

func bz2(t testing.TB, b []byte) []byte {
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

func tarOf(t testing.TB, files ...string) []byte { // name, content, name, content...
	t.Helper()
	var buf bytes.Buffer
	w := tar.NewWriter(&buf)
	if err := w.WriteHeader(&tar.Header{Name: "logs/", Typeflag: tar.TypeDir, Mode: 0o755}); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(files); i += 2 {
		if err := w.WriteHeader(&tar.Header{Name: files[i], Mode: 0o644, Size: int64(len(files[i+1])), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(files[i+1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func zipOf(t testing.TB, files ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for i := 0; i < len(files); i += 2 {
		f, err := w.Create(files[i])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(files[i+1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// visitor records texts, skips and errors; with upper set it writes the
// upper-cased text as the "redacted" form.
type visitor struct {
	texts map[string]string
	skips map[string]string
	errs  map[string]error
	upper bool
}

func newVisitor() *visitor {
	return &visitor{texts: map[string]string{}, skips: map[string]string{}, errs: map[string]error{}}
}

func (v *visitor) Text(name string, r *bufio.Reader, w io.Writer) error {
	b, err := io.ReadAll(r)
	v.texts[name] = string(b)
	if err != nil {
		return err
	}
	if w != nil {
		if v.upper {
			b = bytes.ToUpper(b)
		}
		_, err = w.Write(b)
	}
	return err
}
func (v *visitor) Skip(name, reason string)     { v.skips[name] = reason }
func (v *visitor) Error(name string, err error) { v.errs[name] = err }

func keys[M ~map[string]V, V any](m M) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, " ")
}

func nested(t testing.TB) []byte {
	t.Helper()
	inner := zipOf(t, "d.log", "zip line\n", "img.bin", "\x00\x01\x02")
	return gz(t, tarOf(t,
		"logs/a.log", "alpha\nbeta\n",
		"logs/b.log.gz", string(gz(t, []byte("gamma\n"))),
		"logs/c.bin", "\x00\x00\x7fELF",
		"logs/inner.zip", string(inner),
		"logs/e.log.zst", string(zst([]byte("zeta\n"))),
		"logs/f.log.bz2", string(bz2(t, []byte("eta\n"))),
	))
}

func TestNestedNames(t *testing.T) {
	v := newVisitor()
	if err := Walk(Input{Name: "x.tgz", R: bytes.NewReader(nested(t))}, nil, nil, v); err != nil {
		t.Fatal(err)
	}
	want := "x.tgz!logs/a.log x.tgz!logs/b.log.gz x.tgz!logs/e.log.zst x.tgz!logs/f.log.bz2 x.tgz!logs/inner.zip!d.log"
	if got := keys(v.texts); got != want {
		t.Fatalf("texts:\n got %s\nwant %s", got, want)
	}
	if v.texts["x.tgz!logs/b.log.gz"] != "gamma\n" || v.texts["x.tgz!logs/inner.zip!d.log"] != "zip line\n" {
		t.Fatal("decompressed contents differ")
	}
	if got := keys(v.skips); got != "x.tgz!logs/c.bin x.tgz!logs/inner.zip!img.bin" {
		t.Fatalf("skips: %s", got)
	}
	if len(v.errs) != 0 {
		t.Fatalf("errors: %v", v.errs)
	}
}

// TestRedactedCopyMirrorsLayout walks the redacted copy again: same names,
// same layers, transformed contents, skipped members left out.
func TestRedactedCopyMirrorsLayout(t *testing.T) {
	v := newVisitor()
	v.upper = true
	var out bytes.Buffer
	if err := Walk(Input{Name: "x.tgz", R: bytes.NewReader(nested(t))}, &out, nil, v); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(out.Bytes(), []byte{0x1f, 0x8b}) {
		t.Fatal("copy is not gzip")
	}
	v2 := newVisitor()
	if err := Walk(Input{Name: "x.tgz", R: bytes.NewReader(out.Bytes())}, nil, nil, v2); err != nil {
		t.Fatal(err)
	}
	if keys(v2.texts) != keys(v.texts) {
		t.Fatalf("copy has %s, want %s", keys(v2.texts), keys(v.texts))
	}
	for name, s := range v.texts {
		if v2.texts[name] != strings.ToUpper(s) {
			t.Fatalf("%s: copy does not hold the redacted form", name)
		}
	}
	if len(v2.skips) != 0 {
		t.Fatalf("skipped members were copied: %s", keys(v2.skips))
	}
}

func TestUTF16(t *testing.T) {
	enc, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("héllo\nwörld\n"))
	v := newVisitor()
	if err := Walk(Input{Name: "w.log", R: bytes.NewReader(enc)}, nil, nil, v); err != nil {
		t.Fatal(err)
	}
	if v.texts["w.log"] != "héllo\nwörld\n" {
		t.Fatalf("utf-16 text decoded to %d bytes", len(v.texts["w.log"]))
	}
}

func TestTruncatedGzip(t *testing.T) {
	data := gz(t, bytes.Repeat([]byte("some log line number x\n"), 5000))
	v := newVisitor()
	err := Walk(Input{Name: "t.gz", R: bytes.NewReader(data[:len(data)/2])}, nil, nil, v)
	var fe *FormatError
	if !errors.As(err, &fe) || fe.Layer != "gzip" || !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Fatalf("got %v, want a truncated gzip error", err)
	}
	if !strings.Contains(err.Error(), "truncated gzip stream") {
		t.Fatalf("message %q does not say what is wrong", err)
	}
	if v.errs["t.gz"] == nil {
		t.Fatal("error not passed to the visitor")
	}
}

// A truncated member inside an intact archive is the member's error; the
// archive goes on with the next member.
func TestTruncatedMemberContinues(t *testing.T) {
	bad := gz(t, bytes.Repeat([]byte("line\n"), 10000))
	data := tarOf(t, "a.log.gz", string(bad[:len(bad)-20]), "b.log", "fine\n")
	v := newVisitor()
	if err := Walk(Input{Name: "x.tar", R: bytes.NewReader(data)}, nil, nil, v); err != nil {
		t.Fatalf("walk failed as a whole: %v", err)
	}
	if v.errs["x.tar!a.log.gz"] == nil || v.texts["x.tar!b.log"] != "fine\n" {
		t.Fatalf("errors %v, texts %s", v.errs, keys(v.texts))
	}
}

func TestCorruptTar(t *testing.T) {
	data := tarOf(t, "a.log", "first\n", "b.log", strings.Repeat("second\n", 200))
	data[1536+148] = 'x' // checksum of the second member's header
	v := newVisitor()
	err := Walk(Input{Name: "c.tar", R: bytes.NewReader(data)}, nil, nil, v)
	var fe *FormatError
	if !errors.As(err, &fe) || fe.Layer != "tar" {
		t.Fatalf("got %v, want a tar error", err)
	}
	if v.texts["c.tar!a.log"] != "first\n" {
		t.Fatal("member before the corruption was not read")
	}
}

func TestBomb(t *testing.T) {
	zeros := gz(t, gz(t, bytes.Repeat([]byte("aaaa\n"), 16<<20))) // 80 MiB of text in a few KiB
	for _, tc := range []struct {
		lim  Limits
		want string
	}{
		{Limits{MaxBytes: 1 << 20, MaxRatio: -1}, "decompressed size exceeds"},
		{Limits{MinRatioBytes: 1 << 20}, "ratio above"},
	} {
		v := newVisitor()
		err := Walk(Input{Name: "bomb.gz", R: bytes.NewReader(zeros)}, nil, &tc.lim, v)
		if !errors.Is(err, ErrBomb) || !strings.Contains(err.Error(), tc.want) {
			t.Fatalf("got %v, want %q", err, tc.want)
		}
	}
}

func TestDepthLimit(t *testing.T) {
	data := []byte("deep\n")
	for range 5 {
		data = gz(t, data)
	}
	v := newVisitor()
	if err := Walk(Input{Name: "d.gz", R: bytes.NewReader(data)}, nil, &Limits{MaxDepth: 3}, v); err != nil {
		t.Fatal(err)
	}
	if len(v.texts) != 0 || !strings.Contains(v.skips["d.gz"], "nested deeper") {
		t.Fatalf("texts %s, skips %v", keys(v.texts), v.skips)
	}
}

func TestSniffBinary(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want kind
	}{
		{"plain text\n", kText},
		{"\x1b[31mred\x1b[0m\n", kText},
		{"a\x00b", kBinary},
		{strings.Repeat("\x01\x02\x03ab", 10), kBinary},
		{"\xfd7zXZ\x00rest", kUnsupported},
	} {
		if k, _ := sniff([]byte(tc.in)); k != tc.want {
			t.Errorf("sniff(case %q...) = %v, want %v", tc.in[:2], k, tc.want)
		}
	}
}

func BenchmarkWalkGzip(b *testing.B) {
	var plain bytes.Buffer
	for i := 0; plain.Len() < 8<<20; i++ {
		fmt.Fprintf(&plain, `{"time":"2026-11-06T06:45:37.703Z","level":"INFO","msg":"request %d served","status":200}`+"\n", i)
	}
	data := gz(b, plain.Bytes())
	b.SetBytes(int64(plain.Len()))
	b.ReportAllocs()
	for b.Loop() {
		v := &discard{}
		if err := Walk(Input{Name: "b.gz", R: bytes.NewReader(data)}, nil, nil, v); err != nil {
			b.Fatal(err)
		}
		if v.n != int64(plain.Len()) {
			b.Fatalf("read %d bytes, want %d", v.n, plain.Len())
		}
	}
}

type discard struct{ n int64 }

func (d *discard) Text(_ string, r *bufio.Reader, _ io.Writer) error {
	n, err := io.Copy(io.Discard, r)
	d.n += n
	return err
}
func (d *discard) Skip(string, string) {}
func (d *discard) Error(string, error) {}

// TestSmallBomb: a limit hit by the very first read (during sniffing) is
// still reported.
func TestSmallBomb(t *testing.T) {
	data := gz(t, []byte(strings.Repeat(strings.Repeat("a", 103)+"\n", 11)))
	v := newVisitor()
	err := Walk(Input{Name: "x", R: bytes.NewReader(data)}, nil, &Limits{MaxBytes: 1024}, v)
	if !errors.Is(err, ErrBomb) {
		t.Fatalf("got %v, want the limit error", err)
	}
}
