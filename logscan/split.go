package logscan

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"
	"sync"

	"github.com/phiguard/phiguard/logscan/internal/unpack"
)

// scanSplit scans a large plain local file in line-aligned chunks on as
// many workers as are free. It reports false, having done nothing, when
// the file is not plain text or no worker is free.
func (rc *runCtx) scanSplit(ctx context.Context, ob *object, o *objScan) bool {
	f, err := os.Open(ob.path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 8<<10)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if !unpack.IsPlainText(head) || isCloudTrail(bufio.NewReader(bytes.NewReader(head))) {
		return false
	}
	// Chunks of at least a quarter of SplitBytes, one per free worker.
	want := int(min(int64(rc.opts.Workers), ob.size/max(rc.opts.SplitBytes/4, 1)))
	extra := 0
grab:
	for extra+1 < want {
		select {
		case rc.sem <- struct{}{}:
			extra++
		default:
			break grab
		}
	}
	defer func() {
		for range extra {
			<-rc.sem
		}
	}()
	if extra == 0 {
		return false
	}
	// Chunk boundaries: just after a newline near each even split.
	k := extra + 1
	starts := []int64{0}
	for i := 1; i < k; i++ {
		a, err := nextLineStart(f, ob.size*int64(i)/int64(k))
		if err != nil {
			return false
		}
		if a > starts[len(starts)-1] && a < ob.size {
			starts = append(starts, a)
		}
	}
	ends := append(starts[1:len(starts):len(starts)], ob.size)
	// First pass: count the lines of each chunk, for the line numbers, and
	// find its last W3C "#Fields:" line, which names the columns of the
	// rows after it, in this chunk and the next ones.
	lines := make([]int64, len(starts))
	fields := make([][]byte, len(starts))
	var wg sync.WaitGroup
	for i := range starts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lines[i], fields[i] = countLines(io.NewSectionReader(f, starts[i], ends[i]-starts[i]))
		}()
	}
	wg.Wait()
	// The header each chunk starts under: the last "#Fields:" before it,
	// or the file's first line when that is a CSV or TSV header.
	header := make([][]byte, len(starts))
	line1, _ := bufio.NewReaderSize(io.NewSectionReader(f, 0, ends[0]), 64<<10).ReadSlice('\n')
	line1 = bytes.TrimRight(line1, "\r\n")
	for i := 1; i < len(starts); i++ {
		header[i] = header[i-1]
		if fields[i-1] != nil {
			header[i] = fields[i-1]
		} else if i == 1 {
			header[i] = line1
		}
	}
	// Second pass: scan.
	srcs := make([]*srcAcc, len(starts))
	errs := make([]error, len(starts))
	first := int64(1)
	for i := range starts {
		wg.Add(1)
		go func(first int64) {
			defer wg.Done()
			l := &leaf{rc: rc, obj: o}
			srcs[i] = &srcAcc{name: ob.display}
			l.reset(srcs[i], nil)
			if header[i] != nil {
				if cols, ok := rc.sc.ParseColumns(header[i]); ok {
					l.cols = cols
				}
			}
			r := &progressReader{r: io.NewSectionReader(f, starts[i], ends[i]-starts[i]), n: &rc.rawDone}
			errs[i] = l.scanLines(r, first)
		}(first)
		first += lines[i]
	}
	wg.Wait()
	for i := 1; i < len(srcs); i++ {
		srcs[0].merge(srcs[i])
	}
	for _, err := range errs {
		if err != nil {
			o.Error(ob.display, err)
		}
	}
	o.addSource(srcs[0])
	o.res.entry.Chunks = len(starts)
	return true
}

// nextLineStart returns the offset just after the first newline at or
// after off-1, or the file size.
func nextLineStart(f *os.File, off int64) (int64, error) {
	buf := make([]byte, 64<<10)
	pos := off - 1
	for {
		n, err := f.ReadAt(buf, pos)
		if i := bytes.IndexByte(buf[:n], '\n'); i >= 0 {
			return pos + int64(i) + 1, nil
		}
		pos += int64(n)
		if err == io.EOF {
			return pos, nil
		}
		if err != nil {
			return 0, err
		}
	}
}

// countLines counts the lines of r (newlines, plus a last line without
// one) and returns a copy of its last W3C "#Fields:" line, if any.
func countLines(r io.Reader) (n int64, fields []byte) {
	br := bufio.NewReaderSize(r, 256<<10)
	atStart := true // false inside a line longer than the buffer
	for {
		line, err := br.ReadSlice('\n')
		if atStart && err != bufio.ErrBufferFull && bytes.HasPrefix(line, fieldsDirective) {
			fields = append(fields[:0], bytes.TrimRight(line, "\r\n")...)
		}
		switch err {
		case nil:
			n++
			atStart = true
		case bufio.ErrBufferFull:
			atStart = false
		default:
			if len(line) > 0 || !atStart {
				n++
			}
			return n, fields
		}
	}
}
