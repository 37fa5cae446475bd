package pieces

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
)

// collect reads every piece and rebuilds the lines from the bytes each
// piece owns (Data[Skip:Keep]), checking offsets on the way.
func collect(t *testing.T, r *Reader) (lines []string, eol []bool) {
	t.Helper()
	var cur []byte
	for {
		p, err := r.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		if p.Line != int64(len(lines)+1) {
			t.Fatalf("piece has line %d, want %d", p.Line, len(lines)+1)
		}
		if p.Off+int64(p.Skip) != int64(len(cur)) {
			t.Fatalf("line %d: piece at offset %d+%d, want %d", p.Line, p.Off, p.Skip, len(cur))
		}
		if len(p.Data) > r.max {
			t.Fatalf("piece of %d bytes exceeds max %d", len(p.Data), r.max)
		}
		if !bytes.Equal(p.Data[:p.Skip], cur[len(cur)-p.Skip:]) {
			t.Fatalf("line %d: overlap does not repeat the previous piece", p.Line)
		}
		cur = append(cur, p.Data[p.Skip:p.Keep]...)
		if p.Final {
			if p.Keep != len(p.Data) {
				t.Fatalf("final piece keeps %d of %d bytes", p.Keep, len(p.Data))
			}
			lines = append(lines, string(cur))
			eol = append(eol, p.EOL)
			cur = nil
		}
	}
}

func TestLines(t *testing.T) {
	in := "a\n\nbc\r\nlast"
	lines, eol := collect(t, NewReader(strings.NewReader(in), 16, 4))
	want := []string{"a", "", "bc\r", "last"}
	if strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Fatalf("got lines %q, want %q", lines, want)
	}
	if !eol[0] || !eol[2] || eol[3] {
		t.Fatalf("EOL flags %v, want true for all but the last line", eol)
	}
}

func TestLongLinesReassemble(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, size := range []int{8, 9, 64, 1000} {
		var in bytes.Buffer
		var want []string
		for range 200 {
			n := rng.IntN(size * 5)
			l := make([]byte, n)
			for i := range l {
				l[i] = byte('a' + rng.IntN(26))
			}
			want = append(want, string(l))
			in.Write(l)
			in.WriteByte('\n')
		}
		// One-byte reads exercise every refill path.
		for _, src := range []io.Reader{bytes.NewReader(in.Bytes()), iotest.OneByteReader(bytes.NewReader(in.Bytes()))} {
			lines, _ := collect(t, NewReader(src, size, size/4))
			if len(lines) != len(want) {
				t.Fatalf("size %d: %d lines, want %d", size, len(lines), len(want))
			}
			for i := range want {
				if lines[i] != want[i] {
					t.Fatalf("size %d: line %d differs after reassembly", size, i+1)
				}
			}
		}
	}
}

// TestMarkersCountedOnce checks the Skip/Keep rule: a marker shorter than
// the overlap is seen whole by exactly one piece, wherever it falls.
func TestMarkersCountedOnce(t *testing.T) {
	const marker = "MARK"
	line := bytes.Repeat([]byte{'.'}, 5000)
	var pos []int
	for i := 3; i+len(marker) <= len(line); i += 37 {
		copy(line[i:], marker)
		pos = append(pos, i)
	}
	r := NewReader(bytes.NewReader(line), 256, 16)
	var got []int
	for {
		p, err := r.Next()
		if err == io.EOF {
			break
		}
		for i := 0; ; {
			j := bytes.Index(p.Data[i:], []byte(marker))
			if j < 0 {
				break
			}
			at := i + j
			if at >= p.Skip && at < p.Keep {
				got = append(got, int(p.Off)+at)
			}
			i = at + 1
		}
	}
	if len(got) != len(pos) {
		t.Fatalf("found %d markers, want %d", len(got), len(pos))
	}
	for i := range pos {
		if got[i] != pos[i] {
			t.Fatalf("marker %d at %d, want %d", i, got[i], pos[i])
		}
	}
}

func TestErrorAfterData(t *testing.T) {
	boom := errors.New("boom")
	r := NewReader(io.MultiReader(strings.NewReader("one\ntw"), iotest.ErrReader(boom)), 64, 8)
	p, err := r.Next()
	if err != nil || string(p.Data) != "one" {
		t.Fatalf("first piece: %v", err)
	}
	p, err = r.Next()
	if err != nil || string(p.Data) != "tw" || p.EOL {
		t.Fatalf("second piece: err %v, EOL %v", err, p.EOL)
	}
	if _, err = r.Next(); err != boom {
		t.Fatalf("third call: %v, want the reader's error", err)
	}
}

// endless yields n bytes of one line (no newline) with a marker every
// 1 MiB, without holding them anywhere.
type endless struct{ left int64 }

func (e *endless) Read(p []byte) (int, error) {
	if e.left <= 0 {
		return 0, io.EOF
	}
	n := min(int64(len(p)), e.left)
	for i := range p[:n] {
		p[i] = 'x'
	}
	e.left -= n
	return int(n), nil
}

// TestMemoryBoundedOnMultiGBLine pushes a 3 GiB line through the reader and
// checks that the heap never grows beyond the piece buffer.
func TestMemoryBoundedOnMultiGBLine(t *testing.T) {
	total := int64(3 << 30)
	if testing.Short() {
		total = 256 << 20
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	r := NewReader(&endless{left: total}, 1<<20, 4096)
	var seen, peak uint64
	pieces := 0
	for {
		p, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		seen += uint64(p.Keep - p.Skip)
		if pieces++; pieces%256 == 0 {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
		}
	}
	if seen != uint64(total) {
		t.Fatalf("pieces own %d bytes, want %d", seen, total)
	}
	if r.BytesRead() != total {
		t.Fatalf("BytesRead %d, want %d", r.BytesRead(), total)
	}
	if grown := int64(peak) - int64(base); grown > 8<<20 {
		t.Fatalf("heap grew by %d bytes while reading a %d-byte line", grown, total)
	}
}

func BenchmarkReader(b *testing.B) {
	var in bytes.Buffer
	for i := 0; in.Len() < 8<<20; i++ {
		in.WriteString(`{"time":"2026-11-06T06:45:37.703Z","level":"INFO","msg":"request served","status":200}`)
		in.WriteByte('\n')
	}
	data := in.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	r := NewReader(nil, DefaultMax, 4096)
	for b.Loop() {
		r.Reset(bytes.NewReader(data))
		for {
			if _, err := r.Next(); err != nil {
				break
			}
		}
	}
}
