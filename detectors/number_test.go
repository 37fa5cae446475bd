package detectors

import (
	"strings"
	"testing"
)

func TestMonth(t *testing.T) {
	full := []string{"january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november", "december"}
	for i, name := range full {
		want := i + 1
		for _, w := range []string{name, strings.ToUpper(name), strings.ToUpper(name[:1]) + name[1:], name[:3], strings.ToUpper(name[:3])} {
			if got := month([]byte(w)); got != want {
				t.Errorf("month(%q) = %d, want %d", w, got, want)
			}
		}
	}
	if got := month([]byte("Sept")); got != 9 {
		t.Errorf("month(%q) = %d, want 9", "Sept", got)
	}
	for _, w := range []string{"", "ja", "Mayor", "Marching", "Junk", "Septa", "Octo", "Decembers", "Augusta", "Mai", "Jum"} {
		if got := month([]byte(w)); got != 0 {
			t.Errorf("month(%q) = %d, want 0", w, got)
		}
	}
}

// TestLongWord: word counts a token's bytes in chunks, so that a token
// longer than a counter's lane still ends where it should.
func TestLongWord(t *testing.T) {
	sc := Default()
	long := strings.Repeat("Ab_9", 1<<15) // 128 KiB: two chunks and more
	line := long + " patient SSN 123-45-6788"
	fs := check(t, sc, line, want{"123-45-6788", SSN})
	for _, f := range fs {
		if f.Start < len(long) {
			t.Errorf("finding at %d inside the long token", f.Start)
		}
	}
}

func TestCalendarDate(t *testing.T) {
	for v, want := range map[string]bool{
		"2024-03-14": true, "03/14/2024": true, "19950514": true, "27jul1998": true,
		"March 14, 2024": true, "Mar 4 2024": true, "Sept 30, 2024": true,
		"14-JUN-2024": true, "14-Jun-24": true, "32-FEB-2024": false, "14-JUNE-24": false, "14-JUN-2024x": false,
		"February 32, 2024": false, "March 2024": false, "Marching 14, 2024": false, "May 144, 2024": false,
	} {
		if got := calendarDate([]byte(v)); got != want {
			t.Errorf("calendarDate(%q) = %v, want %v", v, got, want)
		}
	}
}
