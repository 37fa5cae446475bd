package redact

import (
	"slices"

	"github.com/phiguard/phiguard/detectors"
)

// AppendRedacted appends src to dst with every finding's bytes replaced by
// its redacted form. fs must be findings of src; they may overlap (the
// union is redacted, under the category of its most certain finding) and
// need not be sorted. A finding outside src means the findings are not of
// this text: then all of src is masked, since redacting the wrong bytes
// would pass the right ones through.
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
		f := sorted[i]
		for i++; i < len(sorted) && sorted[i].Start < f.End; i++ {
			f.End = max(f.End, sorted[i].End)
			if sorted[i].Confidence > f.Confidence {
				f.Category, f.Confidence = sorted[i].Category, sorted[i].Confidence
			}
		}
		if r.Keeps(f.Category) {
			continue
		}
		dst = append(dst, src[pos:f.Start]...)
		dst, _ = r.AppendValue(dst, f.Category, src[f.Start:f.End])
		pos = f.End
	}
	return append(dst, src[pos:]...)
}

func byStart(a, b detectors.Finding) int { return a.Start - b.Start }
