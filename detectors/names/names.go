// Package names is the embedded dictionary of personal names the detection
// engine uses to recognise names in free text.
//
// It holds four lists, built by scripts/names/derive.sh from pinned npm
// packages (see SOURCES.md beside this file):
//
//   - first names: the 20,000 most frequent US first names in Social Security
//     Administration birth counts 1920-2024 (public domain), plus the 1990 US
//     Census first names that SSA also records;
//   - surnames: about 48,500 surnames, the 1990 US Census list (public domain)
//     down to rank 50,000;
//   - common words: names that are also ordinary English words (SCOWL's
//     common-word levels) or everyday log, healthcare and calendar
//     vocabulary, such as may, will, rose, hunter, status or request. A match
//     on one of these needs context before it counts as a name;
//   - other words: the rest of those SCOWL levels, words that are no names
//     (specify, analysis, escape), so that a capitalised word the name
//     lists do not hold can be told from a name they miss (Bergqvist).
//
// Each name carries a weight from 1 to 1000: its relative frequency on a log
// scale, 1000 for the most common name of its list.
//
// Lookups are case-insensitive over ASCII, take a []byte so that a scanner
// can pass a slice of its input, and never allocate. The lists are parsed on
// first use. Entries are lower-case ASCII letters only, as in the census
// files (O'Brien is "obrien"); words longer than MaxWordLen bytes never match.
package names

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// MaxWordLen is the length in bytes of the longest word a lookup can match.
// Longer words are never names and are rejected without hashing.
const MaxWordLen = 32

//go:embed first.txt
var firstTxt string

//go:embed last.txt
var lastTxt string

//go:embed common.txt
var commonTxt string

//go:embed words.txt
var wordsTxt string

// Entry is everything the dictionary knows about one word.
type Entry struct {
	// First is the word's weight as a first name, 1..1000, or 0 if it is not one.
	First uint16
	// Last is the word's weight as a surname, 1..1000, or 0 if it is not one.
	Last uint16
	// Common reports that the word is also an ordinary English or log word.
	Common bool
}

// dict is the parsed form of the embedded lists. One map serves all three
// lists so that Lookup answers every question with a single probe. Its keys
// are substrings of the embedded text, so parsing copies no name.
type dict struct {
	m           map[string]Entry
	words       map[string]struct{} // ordinary words that are no names
	first, last int
	bad         int // malformed lines skipped; the tests require 0
}

var load = sync.OnceValue(func() *dict {
	d := &dict{m: make(map[string]Entry, 65000)}
	d.first = d.addWeighted(firstTxt, func(e *Entry, w uint16) { e.First = w })
	d.last = d.addWeighted(lastTxt, func(e *Entry, w uint16) { e.Last = w })
	for line := range strings.Lines(commonTxt) {
		w := strings.TrimSuffix(line, "\n")
		if !validWord(w) {
			d.bad++
			continue
		}
		e := d.m[w]
		e.Common = true
		d.m[w] = e
	}
	d.words = make(map[string]struct{}, 36000)
	for line := range strings.Lines(wordsTxt) {
		w := strings.TrimSuffix(line, "\n")
		if !validWord(w) {
			d.bad++
			continue
		}
		d.words[w] = struct{}{}
	}
	return d
})

// addWeighted adds the "name<TAB>weight" lines of text and returns how many
// it added. A malformed line is counted and skipped rather than panicking:
// a bad build of the data must not crash the host program.
func (d *dict) addWeighted(text string, set func(*Entry, uint16)) int {
	n := 0
	for line := range strings.Lines(text) {
		name, weight, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		w, err := strconv.ParseUint(weight, 10, 16)
		if !ok || err != nil || w < 1 || w > 1000 || !validWord(name) {
			d.bad++
			continue
		}
		e := d.m[name]
		set(&e, uint16(w))
		d.m[name] = e
		n++
	}
	return n
}

// validWord reports whether w can be a key: 1..MaxWordLen lower-case ASCII letters.
func validWord(w string) bool {
	if len(w) == 0 || len(w) > MaxWordLen {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// Lookup returns what the dictionary knows about word, matched without
// regard to ASCII case, and whether it knows anything. It does not allocate.
func Lookup(word []byte) (Entry, bool) {
	if len(word) == 0 || len(word) > MaxWordLen {
		return Entry{}, false
	}
	var buf [MaxWordLen]byte
	// The compiler turns a map index by string(bytes) into a lookup
	// without converting, so the stack buffer never escapes.
	e, ok := load().m[string(lowerASCII(&buf, word))]
	return e, ok
}

// Word reports whether word is an ordinary English word that the name
// lists do not hold (specify, analysis, escape): a capitalised one in
// prose is a heading or a title, not a name. Case is ignored; it does not
// allocate.
func Word(word []byte) bool {
	if len(word) == 0 || len(word) > MaxWordLen {
		return false
	}
	var buf [MaxWordLen]byte
	_, ok := load().words[string(lowerASCII(&buf, word))]
	return ok
}

// lowerASCII writes word, at most MaxWordLen bytes, into buf in lower case.
func lowerASCII(buf *[MaxWordLen]byte, word []byte) []byte {
	for i, c := range word {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(word)]
}

// First returns word's weight as a first name (1..1000, higher is more
// common) and whether it is one. Case is ignored; it does not allocate.
func First(word []byte) (weight int, ok bool) {
	e, _ := Lookup(word)
	return int(e.First), e.First != 0
}

// Last returns word's weight as a surname (1..1000, higher is more common)
// and whether it is one. Case is ignored; it does not allocate.
func Last(word []byte) (weight int, ok bool) {
	e, _ := Lookup(word)
	return int(e.Last), e.Last != 0
}

// Common reports whether word is an ordinary English word or common log
// vocabulary (may, will, rose, hunter, status), so that a name match on it
// is ambiguous without context. Case is ignored; it does not allocate.
func Common(word []byte) bool {
	e, _ := Lookup(word)
	return e.Common
}

// Len returns the number of first names and of surnames in the dictionary.
func Len() (first, last int) {
	d := load()
	return d.first, d.last
}
