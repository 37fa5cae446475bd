// Package unpack opens the compression layers and archives of a stream,
// recognised by content rather than by name, and hands every text stream
// inside it to a Visitor: gzip, zstd, bzip2, tar, zip and UTF-16 text,
// nested to any depth the Limits allow. Members are named
// "outer!inner/member". Binary and unsupported content is skipped and
// reported, never scanned.
//
// When the caller asks for a redacted copy, the walk mirrors every layer on
// the way out: the Visitor writes each text stream's redacted form, and the
// walk re-compresses and re-archives it in the same layout. Members that
// were not scanned (binary, unsupported) are left out of the copy: a copy
// can only hold what was checked.
//
// Decompression is bounded by Limits: the bytes all layers of one object may
// expand to, and their ratio to the bytes read, so that a zip bomb stops
// with an error instead of filling a disk or burning a day.
package unpack

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/dsnet/compress/bzip2"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zip"
	"github.com/klauspost/compress/zstd"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"archive/tar"
)

// Limits bound the expansion of one object. The zero value means the
// defaults.
type Limits struct {
	// MaxBytes caps the bytes all decompression layers of one object may
	// produce. Zero means 100 GiB.
	MaxBytes int64
	// MaxRatio caps the ratio of decompressed bytes to the bytes read from
	// the object, checked once MinRatioBytes have been produced. Zero means
	// 200; a negative value disables the check.
	MaxRatio float64
	// MinRatioBytes is the output below which the ratio is not checked.
	// Zero means 64 MiB.
	MinRatioBytes int64
	// MaxDepth caps the nesting of compression layers and archives. Zero
	// means 8.
	MaxDepth int
	// TempDir holds the temporary files of zip input and of redacted
	// archive members. Empty means os.TempDir().
	TempDir string
	// Rename, when set, maps member names as written into redacted
	// archives (a member named after a patient must not carry the name
	// into the copy).
	Rename func(string) string
}

func (l *Limits) withDefaults() Limits {
	var o Limits
	if l != nil {
		o = *l
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = 100 << 30
	}
	if o.MaxRatio == 0 {
		o.MaxRatio = 200
	}
	if o.MinRatioBytes <= 0 {
		o.MinRatioBytes = 64 << 20
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = 8
	}
	return o
}

// A Visitor receives what Walk finds. Its methods are called from the
// goroutine that called Walk.
type Visitor interface {
	// Text is called for every text stream: name is its display name
	// ("a.tar.gz!logs/app.log"), r its decompressed content. When w is not
	// nil, Text writes the redacted form of r to it. An error returned by
	// Text ends the stream; errors of reading r come wrapped in a
	// *FormatError.
	Text(name string, r *bufio.Reader, w io.Writer) error
	// Skip is called for a stream that is not scanned, with the reason
	// ("binary", "unsupported compression xz").
	Skip(name, reason string)
	// Error is called for an error confined to one stream or member; the
	// walk goes on with the next member.
	Error(name string, err error)
}

// Input is one object to walk.
type Input struct {
	// Name is the object's display name.
	Name string
	// R is the object's content.
	R io.Reader
	// ReaderAt and Size, when set, give random access to the content (a
	// local file), so a zip archive is read in place rather than copied.
	ReaderAt io.ReaderAt
	Size     int64
}

// Walk reads in, opens its layers and calls v for what it finds. When out is
// not nil, the redacted copy of in is written to it. Walk returns an error
// when the object as a whole could not be read to its end (a truncated or
// corrupt outer layer, a bomb, a read error); errors confined to a member
// go to v.Error and the walk continues. Every error has been passed to
// v.Error once before Walk returns it.
func Walk(in Input, out io.Writer, lim *Limits, v Visitor) error {
	l := lim.withDefaults()
	w := &walker{lim: l, v: v}
	raw := &countReader{r: in.R, n: &w.raw}
	br := bufio.NewReaderSize(raw, 64<<10)
	var ra io.ReaderAt
	if in.ReaderAt != nil {
		ra = &countReaderAt{r: in.ReaderAt, n: &w.raw}
	}
	err := w.walk(in.Name, br, ra, in.Size, out, 0)
	var done *reported
	if err != nil && !errors.As(err, &done) {
		v.Error(in.Name, err)
	}
	if err != nil {
		if done != nil {
			return done.err
		}
		return err
	}
	return nil
}

// A FormatError is an error of one layer of an object: a decompressor, an
// archive, the expansion limits.
type FormatError struct {
	// Layer is "gzip", "zstd", "bzip2", "tar", "zip", "utf-16", "read" (the
	// object itself) or "limit".
	Layer string
	// Depth is the nesting depth of the layer, 0 for the object itself.
	Depth int
	// Err is the underlying error.
	Err error
}

func (e *FormatError) Error() string {
	switch {
	case e.Layer == "limit":
		return e.Err.Error()
	case errors.Is(e.Err, io.ErrUnexpectedEOF):
		return fmt.Sprintf("truncated %s stream (unexpected end of data)", e.Layer)
	case e.Layer == "read":
		return "read error: " + e.Err.Error()
	}
	return fmt.Sprintf("corrupt %s data: %s", e.Layer, describe(e.Err))
}

func (e *FormatError) Unwrap() error { return e.Err }

// describe renders a decoder error without data from the stream: decoders
// report offsets and kinds, never content, but are kept to a known shape.
func describe(err error) string {
	s := err.Error()
	for _, p := range []string{"gzip: ", "flate: ", "zstd: ", "bzip2: ", "archive/tar: ", "zip: ", "unexpected EOF"} {
		s = strings.TrimPrefix(s, p)
	}
	if len(s) > 120 {
		s = s[:120] + "..."
	}
	return s
}

// ErrBomb is wrapped by the errors of the expansion limits.
var ErrBomb = errors.New("expansion limit exceeded")

type reported struct{ err error }

func (r *reported) Error() string { return r.err.Error() }
func (r *reported) Unwrap() error { return r.err }

type walker struct {
	lim      Limits
	v        Visitor
	raw      int64 // bytes read from the object
	expanded int64 // bytes produced by all decompressors
}

// walk handles one stream at depth. ra/size are set only for the object
// itself when it is a seekable file.
func (w *walker) walk(name string, br *bufio.Reader, ra io.ReaderAt, size int64, out io.Writer, depth int) error {
	head, _ := br.Peek(sniffLen)
	k, reason := sniff(head)
	if k != kText && k != kBinary && k != kUnsupported && depth >= w.lim.MaxDepth {
		w.v.Skip(name, fmt.Sprintf("nested deeper than %d layers", w.lim.MaxDepth))
		return nil
	}
	switch k {
	case kText:
		return w.v.Text(name, br, out)
	case kBinary, kUnsupported:
		w.v.Skip(name, reason)
		return nil
	case kGzip, kZstd, kBzip2, kUTF16:
		return w.decompress(k, name, br, out, depth)
	case kTar:
		return w.tar(name, br, out, depth)
	case kZip:
		return w.zip(name, br, ra, size, out, depth)
	}
	panic("unreachable")
}

func (w *walker) decompress(k kind, name string, br *bufio.Reader, out io.Writer, depth int) (err error) {
	layer := k.String()
	var r io.Reader
	var closeR func()
	switch k {
	case kGzip:
		zr, err := gzip.NewReader(br)
		if err != nil {
			return &FormatError{Layer: layer, Depth: depth + 1, Err: err}
		}
		r, closeR = zr, func() { zr.Close() }
	case kZstd:
		zr, err := zstd.NewReader(br, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxWindow(128<<20), zstd.WithDecoderLowmem(true))
		if err != nil {
			return &FormatError{Layer: layer, Depth: depth + 1, Err: err}
		}
		r, closeR = zr, zr.Close
	case kBzip2:
		zr, err := bzip2.NewReader(br, nil)
		if err != nil {
			return &FormatError{Layer: layer, Depth: depth + 1, Err: err}
		}
		r, closeR = zr, func() { zr.Close() }
	case kUTF16:
		r, closeR = transform.NewReader(br, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()), func() {}
	}
	defer closeR()
	var zw io.WriteCloser
	if out != nil {
		if zw, err = newWriter(k, out); err != nil {
			return err
		}
	}
	inner := bufio.NewReaderSize(&layerReader{r: r, w: w, layer: layer, depth: depth + 1}, 64<<10)
	var wout io.Writer
	if zw != nil {
		wout = zw
	}
	if err := w.walk(name, inner, nil, -1, wout, depth+1); err != nil {
		return err
	}
	if zw != nil {
		return zw.Close()
	}
	return nil
}

func newWriter(k kind, out io.Writer) (io.WriteCloser, error) {
	switch k {
	case kGzip:
		return gzip.NewWriterLevel(out, gzip.DefaultCompression)
	case kZstd:
		return zstd.NewWriter(out, zstd.WithEncoderConcurrency(1))
	case kBzip2:
		return bzip2.NewWriter(out, &bzip2.WriterConfig{Level: 6})
	case kUTF16:
		return transform.NewWriter(out, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder()), nil
	}
	return nil, fmt.Errorf("no writer for %s", k)
}

// member walks one archive member. It returns an error only when the
// archive itself cannot go on: errors confined to the member are reported
// and swallowed. kept reports whether the member was scanned (and so
// belongs in a redacted copy).
func (w *walker) member(name string, r io.Reader, out io.Writer, depth int) (kept bool, err error) {
	rec := &recorder{Visitor: w.v}
	w.v = rec
	merr := w.walk(name, bufio.NewReaderSize(r, 64<<10), nil, -1, out, depth)
	w.v = rec.Visitor
	if merr == nil {
		return rec.texts > 0, nil
	}
	var done *reported
	if errors.As(merr, &done) {
		merr = done.err
	} else {
		w.v.Error(name, merr)
	}
	var fe *FormatError
	if errors.As(merr, &fe) && fe.Depth > depth {
		return false, nil // the member's own layers failed; the archive is intact
	}
	return false, &reported{merr}
}

// recorder counts the text streams of a member.
type recorder struct {
	Visitor
	texts int
}

func (r *recorder) Text(name string, br *bufio.Reader, out io.Writer) error {
	r.texts++
	return r.Visitor.Text(name, br, out)
}

func (w *walker) tar(name string, br *bufio.Reader, out io.Writer, depth int) error {
	tr := tar.NewReader(&layerReader{r: br, w: nil, layer: "tar", depth: depth + 1})
	var tw *tar.Writer
	if out != nil {
		tw = tar.NewWriter(out)
	}
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return tagged("tar", depth+1, err)
		}
		mname := name + "!" + hdr.Name
		if hdr.Typeflag != tar.TypeReg {
			if tw != nil && hdr.Typeflag != tar.TypeSymlink && hdr.Typeflag != tar.TypeLink {
				h := *hdr
				h.Name = w.rename(hdr.Name)
				if err := tw.WriteHeader(&h); err != nil {
					return err
				}
			}
			continue
		}
		var tmp *os.File
		var mout io.Writer
		if tw != nil {
			if tmp, err = os.CreateTemp(w.lim.TempDir, "logscan-member-*"); err != nil {
				return err
			}
			mout = tmp
		}
		kept, err := w.member(mname, tr, mout, depth+1)
		if err == nil && kept && tw != nil {
			err = copyMember(tw, hdr, w.rename(hdr.Name), tmp)
		}
		if tmp != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
		if err != nil {
			return err
		}
	}
	if tw != nil {
		return tw.Close()
	}
	return nil
}

func (w *walker) rename(name string) string {
	if w.lim.Rename == nil {
		return name
	}
	return w.lim.Rename(name)
}

func copyMember(tw *tar.Writer, hdr *tar.Header, name string, tmp *os.File) error {
	size, err := tmp.Seek(0, io.SeekCurrent)
	if err != nil {
		return err
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return err
	}
	h := *hdr
	h.Name, h.Size = name, size
	if err := tw.WriteHeader(&h); err != nil {
		return err
	}
	_, err = io.Copy(tw, tmp)
	return err
}

func (w *walker) zip(name string, br *bufio.Reader, ra io.ReaderAt, size int64, out io.Writer, depth int) error {
	if ra == nil || size < 0 {
		// A zip's directory is at its end: spool the stream to a file.
		tmp, err := os.CreateTemp(w.lim.TempDir, "logscan-zip-*")
		if err != nil {
			return err
		}
		defer os.Remove(tmp.Name())
		defer tmp.Close()
		n, err := io.Copy(tmp, io.LimitReader(br, w.lim.MaxBytes+1))
		if err != nil {
			return tagged("read", depth, err)
		}
		if n > w.lim.MaxBytes {
			return &FormatError{Layer: "limit", Depth: 0, Err: fmt.Errorf("%w: zip archive larger than %d bytes", ErrBomb, w.lim.MaxBytes)}
		}
		ra, size = tmp, n
	}
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return &FormatError{Layer: "zip", Depth: depth + 1, Err: err}
	}
	var zw *zip.Writer
	if out != nil {
		zw = zip.NewWriter(out)
	}
	for _, f := range zr.File {
		mname := name + "!" + f.Name
		if f.FileInfo().IsDir() {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			w.v.Error(mname, &FormatError{Layer: "zip", Depth: depth + 1, Err: err})
			continue
		}
		var tmp *os.File
		var mout io.Writer
		if zw != nil {
			if tmp, err = os.CreateTemp(w.lim.TempDir, "logscan-member-*"); err != nil {
				rc.Close()
				return err
			}
			mout = tmp
		}
		lr := &layerReader{r: rc, w: w, layer: "zip", depth: depth + 1}
		kept, err := w.member(mname, lr, mout, depth+1)
		rc.Close()
		if err == nil && kept && zw != nil {
			err = copyZipMember(zw, &f.FileHeader, w.rename(f.Name), tmp)
		}
		if tmp != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
		if err != nil {
			return err
		}
	}
	if zw != nil {
		return zw.Close()
	}
	return nil
}

func copyZipMember(zw *zip.Writer, fh *zip.FileHeader, name string, tmp *os.File) error {
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return err
	}
	h := &zip.FileHeader{Name: name, Comment: fh.Comment, Method: fh.Method, Modified: fh.Modified}
	h.SetMode(fh.Mode())
	fw, err := zw.CreateHeader(h)
	if err != nil {
		return err
	}
	_, err = io.Copy(fw, tmp)
	return err
}

// tagged wraps err as a FormatError of layer unless it already is one.
func tagged(layer string, depth int, err error) error {
	var fe *FormatError
	if errors.As(err, &fe) {
		return err
	}
	return &FormatError{Layer: layer, Depth: depth, Err: err}
}

// layerReader tags the errors of one layer and, for decompressors, counts
// their output against the limits. Its errors are sticky: bufio.Reader.Peek
// hands an error to its caller once, and a sniffing Peek must not make the
// stream look cleanly ended.
type layerReader struct {
	r     io.Reader
	w     *walker // nil: not a decompressor
	layer string
	depth int
	err   error
}

func (l *layerReader) Read(p []byte) (int, error) {
	if l.err != nil {
		return 0, l.err
	}
	n, err := l.r.Read(p)
	if l.w != nil && n > 0 {
		if lerr := l.w.count(int64(n)); lerr != nil {
			l.err = lerr
			return n, lerr
		}
	}
	if err != nil && err != io.EOF {
		err = tagged(l.layer, l.depth, err)
		l.err = err
	}
	return n, err
}

func (w *walker) count(n int64) error {
	w.expanded += n
	if w.expanded > w.lim.MaxBytes {
		return &FormatError{Layer: "limit", Err: fmt.Errorf("%w: decompressed size exceeds %d bytes (zip bomb?)", ErrBomb, w.lim.MaxBytes)}
	}
	if w.lim.MaxRatio > 0 && w.expanded > w.lim.MinRatioBytes && float64(w.expanded) > w.lim.MaxRatio*float64(max(w.raw, 1)) {
		return &FormatError{Layer: "limit", Err: fmt.Errorf("%w: decompressed %d bytes from %d, a ratio above %g (zip bomb?)", ErrBomb, w.expanded, w.raw, w.lim.MaxRatio)}
	}
	return nil
}

type countReader struct {
	r   io.Reader
	n   *int64
	err error // sticky, as layerReader's
}

func (c *countReader) Read(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.r.Read(p)
	*c.n += int64(n)
	if err != nil && err != io.EOF {
		err = tagged("read", 0, err)
		c.err = err
	}
	return n, err
}

type countReaderAt struct {
	r io.ReaderAt
	n *int64
}

func (c *countReaderAt) ReadAt(p []byte, off int64) (int, error) {
	n, err := c.r.ReadAt(p, off)
	*c.n += int64(n)
	return n, err
}
