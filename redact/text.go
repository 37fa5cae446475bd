package redact

import (
	"slices"

	"github.com/phiguard/phiguard/detectors"
)

// AppendRedacted appends src to dst with every finding's bytes replaced by
// its redacted form. fs must be findings of src; they may overlap (the
// union is redacted, under the category of its most certain finding that
// is not kept) and need not be sorted. A finding outside src means the
// findings are not of this text: then all of src is masked, since redacting
// the wrong bytes would pass the right ones through.
func (r *Redactor) AppendRedacted(dst, src []byte, fs []detectors.Finding) []byte {
	if len(fs) == 0 {
		return append(dst, src...)
	}
	var buf [16]detectors.Finding
	sorted := append(buf[:0], fs...)
	for _, f := range sorted {
		if f.Start < 0 || f.End > len(src) || f.Start > f.End {
			return appendMask(dst, detectors.OtherID)
		}
	}
	if !slices.IsSortedFunc(sorted, byStart) {
		slices.SortFunc(sorted, byStart)
	}
	pos := 0
	for i := 0; i < len(sorted); {
		// Merge the findings that overlap into one span. It is redacted
		// under its most certain category that is not kept; it stays in
		// clear only when every finding in it is of a kept category.
		start, end := sorted[i].Start, sorted[i].End
		var cat detectors.Category
		var conf detectors.Confidence
		hide := false
		for first := true; i < len(sorted) && (first || sorted[i].Start < end); i, first = i+1, false {
			g := sorted[i]
			end = max(end, g.End)
			if !g.Category.Valid() {
				g.Category = detectors.OtherID // not a category we know: still redacted
			}
			if !r.Keeps(g.Category) && (!hide || g.Confidence > conf) {
				cat, conf, hide = g.Category, g.Confidence, true
			}
		}
		if !hide || start == end {
			continue
		}
		dst = append(dst, src[pos:start]...)
		dst, _ = r.AppendValue(dst, cat, src[start:end])
		pos = end
	}
	return append(dst, src[pos:]...)
}

func byStart(a, b detectors.Finding) int { return a.Start - b.Start }
