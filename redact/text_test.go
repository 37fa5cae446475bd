package redact

import (
	"strings"
	"testing"

	"github.com/phiguard/phiguard/detectors"
)

// span returns the finding of the first occurrence of sub in text.
func span(t *testing.T, text, sub string, c detectors.Category, conf detectors.Confidence) detectors.Finding {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("test text lacks its value")
	}
	return detectors.Finding{Start: i, End: i + len(sub), Category: c, Confidence: conf}
}

func TestAppendRedacted(t *testing.T) {
	r := Default()
	const text = "pt Jane Roe ssn 123-45-6789 seen"
	name := span(t, text, "Jane Roe", detectors.Name, detectors.Medium)
	ssn := span(t, text, "123-45-6789", detectors.SSN, detectors.High)
	tests := []struct {
		name string
		fs   []detectors.Finding
		want string
	}{
		{"none", nil, text},
		{"one", []detectors.Finding{ssn}, "pt Jane Roe ssn [REDACTED:ssn] seen"},
		{"two", []detectors.Finding{name, ssn}, "pt [REDACTED:name] ssn [REDACTED:ssn] seen"},
		{"unsorted", []detectors.Finding{ssn, name}, "pt [REDACTED:name] ssn [REDACTED:ssn] seen"},
		{"whole", []detectors.Finding{{Start: 0, End: len(text), Category: detectors.OtherID}}, "[REDACTED:other_id]"},
		{"empty finding", []detectors.Finding{{Start: 3, End: 3, Category: detectors.Name}}, text},
		// Overlaps: the union goes, under the more certain category.
		{"overlap", []detectors.Finding{name, {Start: name.Start + 5, End: ssn.End, Category: detectors.Address, Confidence: detectors.Low}},
			"pt [REDACTED:name] seen"},
		{"overlap, certain second", []detectors.Finding{{Start: name.Start, End: ssn.Start + 3, Category: detectors.Name, Confidence: detectors.Low}, ssn},
			"pt [REDACTED:ssn] seen"},
		{"nested", []detectors.Finding{{Start: 0, End: len(text), Category: detectors.OtherID, Confidence: detectors.Low}, ssn},
			"[REDACTED:ssn]"},
		{"invalid category", []detectors.Finding{{Start: ssn.Start, End: ssn.End, Category: 0}}, "pt Jane Roe ssn [REDACTED:other_id] seen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := r.AppendRedacted([]byte(">"), []byte(text), tt.fs)
			if string(got) != ">"+tt.want {
				t.Errorf("got %s; want %q", hide(string(got), "Jane Roe", "123-45-6789"), ">"+tt.want)
			}
		})
	}
}

// TestAppendRedactedFailsClosed: findings that are not of this text mask
// all of it, whatever else they say.
func TestAppendRedactedFailsClosed(t *testing.T) {
	const text = "ssn 123-45-6789"
	ok := detectors.Finding{Start: 4, End: 15, Category: detectors.SSN}
	bad := [][]detectors.Finding{
		{{Start: 4, End: 16, Category: detectors.SSN}},
		{ok, {Start: -1, End: 3, Category: detectors.Name}},
		{{Start: 9, End: 5, Category: detectors.SSN}},
		{{Start: 400, End: 500, Category: detectors.SSN}},
	}
	for i, fs := range bad {
		got := Default().AppendRedacted([]byte("x "), []byte(text), fs)
		if string(got) != "x [REDACTED:other_id]" {
			t.Errorf("case %d: got %s; want all of the text masked", i, hide(string(got), "123-45-6789"))
		}
	}
}

func TestAppendRedactedKeep(t *testing.T) {
	r := mustNew(t, &Options{Keep: detectors.SetOf(detectors.MRN)})
	const text = "mrn 00123456 ssn 123-45-6789"
	mrn := span(t, text, "00123456", detectors.MRN, detectors.High)
	ssn := span(t, text, "123-45-6789", detectors.SSN, detectors.High)
	got := r.AppendRedacted(nil, []byte(text), []detectors.Finding{mrn, ssn})
	if want := "mrn 00123456 ssn [REDACTED:ssn]"; string(got) != want {
		t.Errorf("got %s; want %q", hide(string(got), "123-45-6789"), want)
	}
	// A kept finding does not shelter an overlapping one that is not kept,
	// even a less certain one.
	over := detectors.Finding{Start: mrn.Start, End: mrn.End + 2, Category: detectors.Account, Confidence: detectors.Low}
	got = r.AppendRedacted(nil, []byte(text), []detectors.Finding{mrn, over})
	if strings.Contains(string(got), "00123456") {
		t.Errorf("overlap of kept and not kept: %s", hide(string(got), "00123456"))
	}
	if want := "mrn [REDACTED:account]sn 123-45-6789"; string(got) != want {
		t.Errorf("got %s; want %q", hide(string(got), "00123456"), want)
	}
}

func TestAppendRedactedManyFindings(t *testing.T) {
	// More findings than the stack buffer holds, in reverse order.
	var b strings.Builder
	var fs []detectors.Finding
	for i := 0; i < 40; i++ {
		s := b.Len()
		b.WriteString("123-45-6789")
		fs = append(fs, detectors.Finding{Start: s, End: b.Len(), Category: detectors.SSN})
		b.WriteString(" ")
	}
	for i, j := 0, len(fs)-1; i < j; i, j = i+1, j-1 {
		fs[i], fs[j] = fs[j], fs[i]
	}
	got := string(Default().AppendRedacted(nil, []byte(b.String()), fs))
	if strings.Contains(got, "6789") || strings.Count(got, "[REDACTED:ssn]") != 40 {
		t.Errorf("got %d masks and leftover digits: %v", strings.Count(got, "[REDACTED:ssn]"), strings.Contains(got, "6789"))
	}
}
