// Package pieces reads lines of any length in pieces of bounded size, so
// that a reader never holds more than a fixed number of bytes of one line.
//
// A line that fits is returned whole. A longer line is returned as
// overlapping pieces. A piece owns the bytes Data[Skip:Keep]; the bytes
// before Skip repeat what the previous piece owned (context for what
// follows), and the bytes after Keep are owned by the next piece. A match
// shorter than the overlap that starts in [Skip, Keep) is seen whole, so the
// rule that makes every match count once is: take the matches of a piece
// that start in [Skip, Keep).
package pieces

import (
	"bytes"
	"io"
)

// A Piece is a line or a part of one.
type Piece struct {
	// Data are the bytes of the piece, without the line's '\n'. They are
	// valid until the next call to Next.
	Data []byte
	// Line is the 1-based line number.
	Line int64
	// Off is the offset within the line of Data[0].
	Off int64
	// Skip is the length of the prefix of Data that repeats the end of the
	// previous piece of the same line; zero for the first piece of a line.
	Skip int
	// Keep is where the next piece of the line begins: matches starting at
	// or after Keep are left to it. Keep is len(Data) for the last piece.
	Keep int
	// Final reports that the piece ends its line.
	Final bool
	// EOL reports that the line ended with '\n' (false only for a last line
	// without one, or a non-final piece).
	EOL bool
}

// A Reader returns the lines of an io.Reader as pieces of at most Max bytes.
type Reader struct {
	r       io.Reader
	buf     []byte
	lo, hi  int // buf[lo:hi] is unread
	max     int
	overlap int
	line    int64
	off     int64 // offset within the current line of buf[lo]
	skip    int   // Skip of the next piece
	err     error
	n       int64 // bytes read from r
}

// DefaultMax is the piece size NewReader uses when max is not positive:
// the scanner's default record size.
const DefaultMax = 1 << 20

// NewReader returns a Reader of lines in pieces of at most size bytes, of
// which overlap bytes are repeated between consecutive pieces of a line.
// size <= 0 means DefaultMax; overlap is clamped to [0, size/4].
func NewReader(r io.Reader, size, overlap int) *Reader {
	if size <= 0 {
		size = DefaultMax
	}
	overlap = min(max(overlap, 0), size/4)
	return &Reader{r: r, buf: make([]byte, size), max: size, overlap: overlap, line: 1}
}

// BytesRead returns the number of bytes read from the underlying reader.
func (r *Reader) BytesRead() int64 { return r.n }

// Line returns the number of the line the next piece belongs to.
func (r *Reader) Line() int64 { return r.line }

// Next returns the next piece. At the end of the input it returns io.EOF;
// an error of the underlying reader is returned after the pieces read
// before it, as the error of a call that returns no piece.
func (r *Reader) Next() (Piece, error) {
	for {
		if i := bytes.IndexByte(r.buf[r.lo:r.hi], '\n'); i >= 0 {
			p := Piece{Data: r.buf[r.lo : r.lo+i], Line: r.line, Off: r.off, Skip: r.skip, Keep: i, Final: true, EOL: true}
			r.lo += i + 1
			r.line++
			r.off, r.skip = 0, 0
			return p, nil
		}
		if n := r.hi - r.lo; n >= r.max {
			// The next piece starts overlap bytes before Keep, so that it
			// has the context of what it owns.
			p := Piece{Data: r.buf[r.lo : r.lo+r.max], Line: r.line, Off: r.off, Skip: r.skip, Keep: r.max - r.overlap}
			adv := r.max - 2*r.overlap
			r.lo += adv
			r.off += int64(adv)
			r.skip = r.overlap
			return p, nil
		}
		if r.err != nil {
			if r.hi > r.lo {
				p := Piece{Data: r.buf[r.lo:r.hi], Line: r.line, Off: r.off, Skip: r.skip, Keep: r.hi - r.lo, Final: true}
				r.lo = r.hi
				r.line++
				r.off, r.skip = 0, 0
				return p, nil
			}
			return Piece{}, r.err
		}
		r.fill()
	}
}

// fill moves the unread bytes to the front of the buffer and reads more.
func (r *Reader) fill() {
	if r.lo > 0 {
		r.hi = copy(r.buf, r.buf[r.lo:r.hi])
		r.lo = 0
	}
	for tries := 0; tries < 100 && r.hi < len(r.buf); tries++ {
		n, err := r.r.Read(r.buf[r.hi:])
		r.hi += n
		r.n += int64(n)
		if err != nil {
			r.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	if r.hi < len(r.buf) {
		r.err = io.ErrNoProgress
	}
}

// Reset makes r read lines of rd from the start, keeping its buffer.
func (r *Reader) Reset(rd io.Reader) {
	*r = Reader{r: rd, buf: r.buf, max: r.max, overlap: r.overlap, line: 1}
}

// StartAt numbers the next line n: a reader of a chunk of a file that
// starts at line n gives the file's line numbers.
func (r *Reader) StartAt(n int64) { r.line = n }
