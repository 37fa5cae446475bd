package sentryphi

import (
	"strings"
	"testing"
)

// FuzzParameterize: parameterize never panics, keeps no quoted string
// literal, and is idempotent (a second pass finds no literal).
func FuzzParameterize(f *testing.F) {
	for _, s := range []string{"SELECT * FROM t WHERE a = 'x' AND b = 12", "E'a\\'b'", "$$x$$", "$1 :n @p 'unterminated",
		`"q" -- c` + "\n'x'", "/* 'a' */ 1.5e-3 .5 0x1F", "x'1F' U&'d'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, n := parameterize(s)
		if n == 0 && out != s {
			t.Fatalf("no literal replaced but the text changed")
		}
		again, m := parameterize(out)
		if m != 0 || again != out {
			t.Fatalf("a second pass replaced %d more literals", m)
		}
		if strings.Count(out, "'") > strings.Count(s, "'") {
			t.Fatalf("quotes appeared")
		}
	})
}

// FuzzURL: url never panics, and scrubbing its output changes nothing.
func FuzzURL(f *testing.F) {
	for _, s := range []string{"https://u:p@h.example.com:80/a/12345/b?x=1&name=John+Smith#f", "/patients/MRN00458812",
		"/ssn/401227781?next=%2Fp%2F1", "?a", "%zz/%", "http://[::1]:8080/x"} {
		f.Add(s)
	}
	s, err := New(nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		p := &pass{s: s}
		out := p.url(in)
		if again := p.url(out); again != out {
			t.Fatalf("url is not idempotent: a second pass over its %d-byte output %s", len(out), mismatch(again, out))
		}
	})
}
