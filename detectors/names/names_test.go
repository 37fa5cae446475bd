package names

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// The dictionary holds only public census and SSA statistics, not PHI, so the
// test messages may name the words they look up.

func TestEmbeddedDataWellFormed(t *testing.T) {
	d := load()
	if d.bad != 0 {
		t.Fatalf("%d malformed lines in the embedded lists", d.bad)
	}
	for _, f := range []struct {
		name, text string
		weighted   bool
	}{{"first.txt", firstTxt, true}, {"last.txt", lastTxt, true}, {"common.txt", commonTxt, false}, {"words.txt", wordsTxt, false}} {
		if !strings.HasSuffix(f.text, "\n") {
			t.Errorf("%s: no final newline", f.name)
		}
		prev := ""
		for i, line := range strings.Split(strings.TrimSuffix(f.text, "\n"), "\n") {
			w, weight, tab := strings.Cut(line, "\t")
			if tab != f.weighted {
				t.Errorf("%s:%d: want weighted=%v", f.name, i+1, f.weighted)
			}
			if f.weighted {
				if n, err := strconv.Atoi(weight); err != nil || n < 1 || n > 1000 {
					t.Errorf("%s:%d: weight %q not in 1..1000", f.name, i+1, weight)
				}
			}
			if w <= prev {
				t.Errorf("%s:%d: %q not sorted after %q or duplicated", f.name, i+1, w, prev)
			}
			prev = w
		}
	}
}

func TestLen(t *testing.T) {
	first, last := Len()
	if first < 5000 {
		t.Errorf("Len: %d first names, want at least 5000", first)
	}
	if last < 20000 {
		t.Errorf("Len: %d surnames, want at least 20000", last)
	}
	if want := strings.Count(firstTxt, "\n"); first != want {
		t.Errorf("Len: %d first names, first.txt has %d lines", first, want)
	}
	if want := strings.Count(lastTxt, "\n"); last != want {
		t.Errorf("Len: %d surnames, last.txt has %d lines", last, want)
	}
}

func TestKnownSurnames(t *testing.T) {
	// The top of the 1990 Census surname list, in order.
	top := []string{"smith", "johnson", "williams", "jones", "brown"}
	prev := 1001
	for _, n := range top {
		w, ok := Last([]byte(n))
		if !ok || w < 850 {
			t.Errorf("Last(%q) = %d, %v; want a weight of at least 850", n, w, ok)
		}
		if w > prev {
			t.Errorf("Last(%q) = %d, above the name ranked before it (%d)", n, w, prev)
		}
		prev = w
	}
	if w, _ := Last([]byte("smith")); w != 1000 {
		t.Errorf("Last(smith) = %d, want 1000", w)
	}
	// Frequent names outrank rare ones.
	for _, c := range []struct{ common, rare string }{
		{"garcia", "zyskowski"}, {"nguyen", "aagaard"}, {"miller", "obrien"},
	} {
		wc, ok1 := Last([]byte(c.common))
		wr, ok2 := Last([]byte(c.rare))
		if !ok1 || !ok2 || wc <= wr {
			t.Errorf("Last(%q) = %d, %v and Last(%q) = %d, %v; want both found, the first heavier",
				c.common, wc, ok1, c.rare, wr, ok2)
		}
	}
}

func TestKnownFirstNames(t *testing.T) {
	for _, n := range []string{"james", "john", "robert", "mary", "michael"} {
		if w, ok := First([]byte(n)); !ok || w < 900 {
			t.Errorf("First(%q) = %d, %v; want a weight of at least 900", n, w, ok)
		}
	}
	for _, n := range []string{"jose", "maria", "aaliyah", "priya", "mohammed", "jamal", "keisha"} {
		if _, ok := First([]byte(n)); !ok {
			t.Errorf("First(%q) not found", n)
		}
	}
	// SSA placeholders for unnamed babies are not names.
	for _, n := range []string{"unknown", "baby", "infant", "notnamed", "female"} {
		if w, ok := First([]byte(n)); ok {
			t.Errorf("First(%q) = %d, want not found (SSA placeholder)", n, w)
		}
	}
	// Misspellings in the 1990 list that SSA never recorded are dropped.
	for _, n := range []string{"numbers", "maragaret"} {
		if _, ok := First([]byte(n)); ok {
			t.Errorf("First(%q) found, want dropped", n)
		}
	}
}

func TestCaseInsensitive(t *testing.T) {
	want, ok := Last([]byte("smith"))
	if !ok {
		t.Fatal("Last(smith) not found")
	}
	for _, v := range []string{"Smith", "SMITH", "sMiTh"} {
		if got, ok := Last([]byte(v)); !ok || got != want {
			t.Errorf("Last(%q) = %d, %v; want %d, true", v, got, ok, want)
		}
	}
	wantF, _ := First([]byte("mary"))
	if got, ok := First([]byte("MARY")); !ok || got != wantF {
		t.Errorf("First(MARY) = %d, %v; want %d, true", got, ok, wantF)
	}
	if !Common([]byte("May")) || !Common([]byte("WILL")) {
		t.Error("Common ignores case: want May and WILL common")
	}
}

func TestNotNames(t *testing.T) {
	for _, w := range []string{"request", "xyzzy", "timeout", "xmlhttprequest", "", "a", "smith1", "smi th", "smith-jones"} {
		if n, ok := First([]byte(w)); ok {
			t.Errorf("First(%q) = %d, want not found", w, n)
		}
		if n, ok := Last([]byte(w)); ok {
			t.Errorf("Last(%q) = %d, want not found", w, n)
		}
	}
	// Non-ASCII bytes never match, and the ASCII folding does not map them
	// onto letters: 'S'+0x80 must not become 's'.
	for _, w := range [][]byte{[]byte("Jos\xc3\xa9"), {'S' | 0x80, 'm', 'i', 't', 'h'}, []byte("smith\x00")} {
		if _, ok := Lookup(w); ok {
			t.Errorf("Lookup(% x) found, want not found", w)
		}
	}
}

func TestMaxWordLen(t *testing.T) {
	// A real name padded past the limit never matches, and the limit itself is accepted.
	long := bytes.Repeat([]byte("a"), MaxWordLen+1)
	if _, ok := Lookup(long); ok {
		t.Error("Lookup of a word longer than MaxWordLen found")
	}
	if _, ok := Lookup(bytes.Repeat([]byte("smith"), 7)); ok {
		t.Error("Lookup of 35 bytes found")
	}
	if _, ok := Lookup(bytes.Repeat([]byte("z"), MaxWordLen)); ok {
		t.Error("Lookup of 32 z's found")
	}
}

func TestCommon(t *testing.T) {
	for _, w := range []string{
		"may", "will", "rose", "hunter", "mark", "bill", "grant", "young", "brown",
		"white", "price", "hall", "stone", "chase", "april", "june", "jan", "max",
		"king", "hope", "faith", "pat", "drew", "guy", "rich", "job",
		"service", "status", "error", "test", "user", "admin", "ok", "warn", "debug", "info", "request",
	} {
		if !Common([]byte(w)) {
			t.Errorf("Common(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"johnson", "nguyen", "jennifer", "xyzzy", "garcia"} {
		if Common([]byte(w)) {
			t.Errorf("Common(%q) = true, want false", w)
		}
	}
	// Ambiguous names stay names: Common is extra information, not removal.
	if w, ok := First([]byte("will")); !ok || w < 1 {
		t.Errorf("First(will) = %d, %v; want found", w, ok)
	}
}

func TestWord(t *testing.T) {
	for _, w := range []string{"specify", "Tests", "ESCAPE", "analysis", "configuration", "settings"} {
		if !Word([]byte(w)) {
			t.Errorf("Word(%q) = false, want true", w)
		}
	}
	// Names are never plain words, even those that are also words, nor
	// are names the lists lack.
	for _, w := range []string{"smith", "rose", "hunter", "status", "bergqvist", "okafor", "", "x"} {
		if Word([]byte(w)) {
			t.Errorf("Word(%q) = true, want false", w)
		}
	}
	// No word is both a plain word and in the name lists.
	for line := range strings.Lines(wordsTxt) {
		if _, ok := Lookup([]byte(strings.TrimSpace(line))); ok {
			t.Errorf("words.txt holds %q, which the name lists hold too", strings.TrimSpace(line))
		}
	}
}

func TestLookupAgreesWithAccessors(t *testing.T) {
	for _, w := range []string{"hunter", "smith", "mary", "request", "xyzzy"} {
		e, ok := Lookup([]byte(w))
		f, fok := First([]byte(w))
		l, lok := Last([]byte(w))
		c := Common([]byte(w))
		if int(e.First) != f || int(e.Last) != l || e.Common != c || ok != (fok || lok || c) {
			t.Errorf("Lookup(%q) = %+v, %v; accessors say first=%d last=%d common=%v", w, e, ok, f, l, c)
		}
	}
}

func TestZeroAllocs(t *testing.T) {
	load() // parse outside the measurement
	words := [][]byte{
		[]byte("Smith"), []byte("MARY"), []byte("hunter"), []byte("xyzzy"),
		[]byte("timeout"), bytes.Repeat([]byte("x"), 40), []byte("Jos\xc3\xa9"),
	}
	allocs := testing.AllocsPerRun(100, func() {
		for _, w := range words {
			First(w)
			Last(w)
			Common(w)
			Word(w)
			Lookup(w)
		}
	})
	if allocs != 0 {
		t.Errorf("lookups allocate %v times per run, want 0", allocs)
	}
}

func FuzzLookup(f *testing.F) {
	for _, s := range []string{"Smith", "mary", "MAY", "", "Jos\xc3\xa9", strings.Repeat("a", 40)} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, word []byte) {
		e, ok := Lookup(word)
		if ok && (len(word) == 0 || len(word) > MaxWordLen) {
			t.Fatalf("Lookup matched a word of %d bytes", len(word))
		}
		if e.First > 1000 || e.Last > 1000 {
			t.Fatalf("weights out of range: %+v", e)
		}
		// ASCII only: bytes.ToLower would also fold "İ", which Lookup leaves alone.
		lower := bytes.Clone(word)
		for i, c := range lower {
			if 'A' <= c && c <= 'Z' {
				lower[i] = c + 'a' - 'A'
			}
		}
		if e2, ok2 := Lookup(lower); ok2 != ok || e2 != e {
			t.Fatalf("Lookup differs from Lookup of the ASCII lower-cased word")
		}
	})
}
