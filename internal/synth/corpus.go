package synth

import (
	"bufio"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"sync"
)

// AppendLabel appends the labels-file record of l as line number n
// (1-based) and a newline:
//
//	{"line":N,"family":"json","spans":[{"s":S,"e":E,"cat":"ssn","kind":"ssn","via":"key"}]}
//
// s and e are byte offsets in the line (e exclusive); via is "key" when the
// value sits under a key or fixed field and "text" in free text.
func AppendLabel(dst []byte, n int, l Line) []byte {
	dst = append(dst, `{"line":`...)
	dst = strconv.AppendInt(dst, int64(n), 10)
	dst = append(dst, `,"family":"`...)
	dst = append(dst, l.Family...)
	dst = append(dst, `","spans":[`...)
	for i, s := range l.Spans {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"s":`...)
		dst = strconv.AppendInt(dst, int64(s.Start), 10)
		dst = append(dst, `,"e":`...)
		dst = strconv.AppendInt(dst, int64(s.End), 10)
		dst = append(dst, `,"cat":"`...)
		dst = append(dst, s.Cat...)
		dst = append(dst, `","kind":"`...)
		dst = append(dst, s.Kind...)
		if s.Key {
			dst = append(dst, `","via":"key"}`...)
		} else {
			dst = append(dst, `","via":"text"}`...)
		}
	}
	return append(dst, "]}\n"...)
}

// Options configure WriteCorpus. A nil *Options means the defaults.
type Options struct {
	// Workers is the number of generating goroutines; 0 means GOMAXPROCS.
	// The output does not depend on it.
	Workers int
}

const chunkLines = 256

type chunk struct {
	text, labels []byte
	first        int
}

// WriteCorpus writes lines 0..n-1 of seed and mix to w, one a line, and
// their labels to labels (skipped when labels is nil). It returns the
// number of bytes written to w.
func WriteCorpus(w, labels io.Writer, seed int64, n int, mix Mix, opts *Options) (int64, error) {
	workers := runtime.GOMAXPROCS(0)
	if opts != nil && opts.Workers > 0 {
		workers = opts.Workers
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	var bl *bufio.Writer
	if labels != nil {
		bl = bufio.NewWriterSize(labels, 1<<20)
	}
	gens := make([]*Generator, workers)
	chunks := make([]chunk, workers)
	lines := make([]Line, workers)
	for i := range gens {
		gens[i] = NewGenerator(seed, mix)
	}
	var total int64
	var wg sync.WaitGroup
	for start := 0; start < n; start += workers * chunkLines {
		for k := range workers {
			first := start + k*chunkLines
			if first >= n {
				chunks[k].first = -1
				continue
			}
			wg.Add(1)
			go func(k, first int) {
				defer wg.Done()
				c := &chunks[k]
				c.first = first
				c.text, c.labels = c.text[:0], c.labels[:0]
				for i := first; i < min(first+chunkLines, n); i++ {
					lines[k] = gens[k].Line(i, lines[k])
					c.text = append(append(c.text, lines[k].Text...), '\n')
					if bl != nil {
						c.labels = AppendLabel(c.labels, i+1, lines[k])
					}
				}
			}(k, first)
		}
		wg.Wait()
		for k := range workers {
			c := &chunks[k]
			if c.first < 0 {
				continue
			}
			m, err := bw.Write(c.text)
			total += int64(m)
			if err != nil {
				return total, fmt.Errorf("synth: writing corpus: %w", err)
			}
			if bl != nil {
				if _, err := bl.Write(c.labels); err != nil {
					return total, fmt.Errorf("synth: writing labels: %w", err)
				}
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return total, fmt.Errorf("synth: writing corpus: %w", err)
	}
	if bl != nil {
		if err := bl.Flush(); err != nil {
			return total, fmt.Errorf("synth: writing labels: %w", err)
		}
	}
	return total, nil
}
