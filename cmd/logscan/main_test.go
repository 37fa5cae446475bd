package main

import (
	"strings"
	"testing"
)

// TestUsage checks that -help prints the manual of doc.go, without the
// comment markers, with the sections a user looks for.
func TestUsage(t *testing.T) {
	u := usage()
	if !strings.HasPrefix(u, "Logscan searches log archives") || strings.Contains(u, "/*") || strings.Contains(u, "*/") || strings.Contains(u, "package main") {
		t.Fatalf("usage does not start with the manual or keeps Go syntax:\n%.200s", u)
	}
	for _, s := range []string{"Usage:", "# Exit status", "# JSON lines schema", "-fail-on", "-redact-to", "# Lambda"} {
		if !strings.Contains(u, s) {
			t.Errorf("usage lacks %q", s)
		}
	}
}
