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
