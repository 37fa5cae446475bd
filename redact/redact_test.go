package redact

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/phiguard/phiguard/detectors"
)

// hide returns got with every secret replaced by a placeholder, so that a
// failure message shows what went wrong without printing the (synthetic)
// PHI it was about.
func hide(got string, secrets ...string) string {
	for _, s := range secrets {
		if len(s) >= 2 {
			got = strings.ReplaceAll(got, s, "«input»")
		}
	}
	return strconv.Quote(got)
}

func mustNew(t testing.TB, opts *Options) *Redactor {
	t.Helper()
	r, err := New(opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return r
}

func testKey(t testing.TB, secret string) *detectors.Key {
	t.Helper()
	k, err := detectors.NewKey([]byte(secret))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestParseStyle(t *testing.T) {
	for st := Mask; st <= Drop; st++ {
		got, err := ParseStyle(st.String())
		if err != nil || got != st {
			t.Errorf("ParseStyle(%q) = %v, %v; want %v", st.String(), got, err, st)
		}
		got, err = ParseStyle("  " + strings.ToUpper(st.String()) + " ")
		if err != nil || got != st {
			t.Errorf("ParseStyle(upper %q) = %v, %v", st.String(), got, err)
		}
		b, err := st.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Style
		if err := back.UnmarshalText(b); err != nil || back != st {
			t.Errorf("text round trip of %v gave %v, %v", st, back, err)
		}
	}
	if _, err := ParseStyle("blur"); err == nil || !strings.Contains(err.Error(), "blur") {
		t.Errorf("ParseStyle(blur) error = %v; want one naming the bad style", err)
	}
	var s Style
	if err := s.UnmarshalText([]byte("")); err == nil {
		t.Error("UnmarshalText of an empty style succeeded")
	}
	if got := Style(0).String(); got != "Style(0)" {
		t.Errorf("Style(0).String() = %q", got)
	}
	if got := Style(9).String(); got != "Style(9)" {
		t.Errorf("Style(9).String() = %q", got)
	}
}

func TestNewRefusesBadOptions(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		want string
	}{
		{"token default without key", Options{Default: Token}, "needs a key"},
		{"token style without key", Options{Styles: map[detectors.Category]Style{detectors.SSN: Token}}, "needs a key"},
		{"invalid style", Options{Styles: map[detectors.Category]Style{detectors.SSN: Style(42)}}, "invalid style"},
		{"invalid category", Options{Styles: map[detectors.Category]Style{detectors.Category(99): Mask}}, "invalid category"},
		{"invalid default", Options{Default: Style(7)}, "invalid default style"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := New(&tt.opts)
			if err == nil || r != nil {
				t.Fatalf("New accepted the options: %v", r)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
		})
	}
	// With a key, tokens are fine.
	if _, err := New(&Options{Default: Token, Key: testKey(t, "0123456789abcdef0123")}); err != nil {
		t.Errorf("New with a key: %v", err)
	}
}

func TestDefaultMasksEverything(t *testing.T) {
	for _, r := range []*Redactor{Default(), mustNew(t, nil), mustNew(t, &Options{})} {
		for _, c := range detectors.Categories() {
			if r.Style(c) != Mask {
				t.Errorf("%v: style %v; want mask", c, r.Style(c))
			}
			out, drop := r.AppendValue(nil, c, []byte("Jane Roe 123-45-6789"))
			if want := "[REDACTED:" + c.String() + "]"; string(out) != want || drop {
				t.Errorf("%v: got %s, drop %v; want %q", c, hide(string(out), "Jane Roe 123-45-6789"), drop, want)
			}
		}
	}
	if Default().Style(detectors.Category(0)) != Mask || Default().Style(detectors.Category(77)) != Mask {
		t.Error("invalid categories must mask")
	}
}

func TestMaskFor(t *testing.T) {
	for _, c := range detectors.Categories() {
		if got, want := MaskFor(c), "[REDACTED:"+c.String()+"]"; got != want {
			t.Errorf("MaskFor(%v) = %q; want %q", c, got, want)
		}
	}
	if got := MaskFor(detectors.Category(0)); got != "[REDACTED:other_id]" {
		t.Errorf("MaskFor(0) = %q", got)
	}
	if n := testing.AllocsPerRun(100, func() { _ = MaskFor(detectors.SSN) }); n != 0 {
		t.Errorf("MaskFor allocates %v times", n)
	}
}

func TestPartial(t *testing.T) {
	r := mustNew(t, &Options{Default: Partial})
	tests := []struct {
		c    detectors.Category
		in   string
		want string
	}{
		{detectors.SSN, "123-45-6789", "***-**-6789"},
		{detectors.SSN, "123456789", "*****6789"},
		{detectors.Phone, "(555) 201-4567", "(***) ***-4567"},
		{detectors.Fax, "+1 555 201 4567", "+* *** *** 4567"},
		{detectors.Account, "4111 1111 1111 1111", "**** **** **** 1111"},
		{detectors.MRN, "MRN-00123456", "***-****3456"},
		{detectors.HealthPlan, "1EG4TE5MK73", "*******MK73"},
		{detectors.License, "AB123456", "****3456"}, // eight: the shortest that keeps four
		{detectors.License, "AB12345", "[REDACTED:license]"},
		{detectors.ZIP, "02134", "[REDACTED:zip]"}, // too short to keep a part
		{detectors.Name, "John Smith", "J. S."},
		{detectors.Name, "Smith, John", "S. J."},
		{detectors.Name, "mary ann o'neil", "m. a. o."},
		{detectors.Name, "  ", "[REDACTED:name]"},
		{detectors.Name, "Émile Zola", "Z."}, // a non-ASCII initial is dropped, never shown raw
		{detectors.Email, "jane.roe@example.com", "j***@example.com"},
		{detectors.Email, "@example.com", "[REDACTED:email]"},
		{detectors.Email, "no-at-sign", "[REDACTED:email]"},
		{detectors.Date, "1950-03-04", "[REDACTED:date]"},
		{detectors.Address, "12 Elm Street", "[REDACTED:address]"},
		{detectors.URL, "https://facebook.com/jane.roe", "[REDACTED:url]"},
		{detectors.IP, "203.0.113.9", "[REDACTED:ip]"},
		{detectors.Age, "93", "[REDACTED:age]"},
		{detectors.Photo, "iVBORw0KGgoAAAANSUhEUgAA", "[REDACTED:photo]"},
		{detectors.Biometric, "UklGRiQAAABXQVZFZm10IBAAAAAB", "[REDACTED:biometric]"},
	}
	for i, tt := range tests {
		got, drop := r.AppendValue([]byte("x="), tt.c, []byte(tt.in))
		if string(got) != "x="+tt.want || drop {
			t.Errorf("case %d (%v): got %s, drop %v; want %q", i, tt.c, hide(string(got), tt.in), drop, "x="+tt.want)
		}
	}
}

func TestGeneralize(t *testing.T) {
	r := mustNew(t, &Options{Default: Generalize})
	oldest := time.Now().Year() - 90
	tests := []struct {
		c    detectors.Category
		in   string
		want string
	}{
		{detectors.Date, "1950-03-04", "1950"},
		{detectors.Date, "03/04/1987", "1987"},
		{detectors.Date, "March 4, 2001", "2001"},
		{detectors.Date, "2024-03-05T10:00:00Z", "2024"},
		{detectors.Date, "19870304", "1987"},
		{detectors.Date, "03/04/87", "[REDACTED:date]"}, // no four-digit year: nothing safe to keep
		{detectors.Date, "yesterday", "[REDACTED:date]"},
		{detectors.Date, "12345678", "[REDACTED:date]"},
		{detectors.Date, strconv.Itoa(oldest+1) + "-01-01", strconv.Itoa(oldest + 1)},
		{detectors.Date, strconv.Itoa(oldest) + "-01-01", "<=" + strconv.Itoa(oldest)},
		{detectors.Date, "1899-12-31", "<=" + strconv.Itoa(oldest)},
		{detectors.ZIP, "02134", "021"},
		{detectors.ZIP, "02134-1234", "021"},
		{detectors.ZIP, "021341234", "021"},
		{detectors.ZIP, "0213", "[REDACTED:zip]"},
		{detectors.ZIP, "Boston 02134", "[REDACTED:zip]"},
		{detectors.ZIP, "0213412345", "[REDACTED:zip]"},
		{detectors.Age, "45", "45"}, // not PHI: stays
		{detectors.Age, "89", "89"},
		{detectors.Age, "90", "90+"},
		{detectors.Age, " 104 ", "90+"},
		{detectors.Age, "91.5", "90+"},
		{detectors.Age, "ninety-one", "[REDACTED:age]"},
		{detectors.Age, "-3", "[REDACTED:age]"},
		{detectors.SSN, "123-45-6789", "[REDACTED:ssn]"},
		{detectors.Name, "Jane Roe", "[REDACTED:name]"},
	}
	for i, tt := range tests {
		got, drop := r.AppendValue(nil, tt.c, []byte(tt.in))
		if string(got) != tt.want || drop {
			t.Errorf("case %d (%v): got %s, drop %v; want %q", i, tt.c, hide(string(got), tt.in), drop, tt.want)
		}
	}
}

// TestRestrictedZIP3 checks the 17 three-digit ZIP prefixes Safe Harbor
// says to replace by 000 (populations of 20,000 or fewer, 2000 Census).
func TestRestrictedZIP3(t *testing.T) {
	restricted := []string{"036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831",
		"878", "879", "884", "890", "893"}
	if len(restrictedZIP3) != len(restricted) {
		t.Fatalf("%d restricted prefixes; want %d", len(restrictedZIP3), len(restricted))
	}
	r := mustNew(t, &Options{Styles: map[detectors.Category]Style{detectors.ZIP: Generalize}})
	is := map[string]bool{}
	for _, p := range restricted {
		is[p] = true
		for _, zip := range []string{p + "01", p + "99-1234"} {
			if got, _ := r.AppendValue(nil, detectors.ZIP, []byte(zip)); string(got) != "000" {
				t.Errorf("restricted prefix %s: got %s; want 000", p, hide(string(got), zip))
			}
		}
	}
	// Every other prefix keeps its three digits.
	for i := 0; i < 1000; i++ {
		p := strconv.Itoa(1000 + i)[1:]
		if is[p] {
			continue
		}
		if got, _ := r.AppendValue(nil, detectors.ZIP, []byte(p+"42")); string(got) != p {
			t.Errorf("prefix %s: got %s", p, hide(string(got), p+"42"))
		}
	}
}

var tokenRE = regexp.MustCompile(`^tok_([a-z_]+)_([0-9a-f]{8})_([0-9a-f]{16})$`)

func TestToken(t *testing.T) {
	k1 := testKey(t, "first secret, 32 bytes long ....")
	k2 := testKey(t, "second secret, rotated in ......")
	r1 := mustNew(t, &Options{Default: Token, Key: k1})
	r1b := mustNew(t, &Options{Default: Token, Key: testKey(t, "first secret, 32 bytes long ....")})
	r2 := mustNew(t, &Options{Default: Token, Key: k2})

	const ssn = "123-45-6789"
	tok := r1.String(detectors.SSN, ssn)
	m := tokenRE.FindStringSubmatch(tok)
	if m == nil {
		t.Fatalf("token %s does not have the documented form", hide(tok, ssn, "6789"))
	}
	if m[1] != "ssn" || m[2] != k1.ID() {
		t.Errorf("token category %q, key ID %q; want ssn, %q", m[1], m[2], k1.ID())
	}
	if strings.Contains(tok, "6789") {
		t.Errorf("token shows digits of the value: %s", hide(tok, ssn))
	}
	// Deterministic, across Redactors with the same secret, and over the
	// value's spellings.
	for _, v := range []string{ssn, "123456789", "123 45 6789"} {
		if got := r1.String(detectors.SSN, v); got != tok {
			t.Errorf("spelling %d: token differs", len(v))
		}
		if got := r1b.String(detectors.SSN, v); got != tok {
			t.Errorf("same secret, other Redactor: token differs")
		}
	}
	if r1.String(detectors.SSN, "123-45-6780") == tok {
		t.Error("different SSNs gave the same token")
	}
	if r1.String(detectors.MRN, "123456789") == tok {
		t.Error("the same digits in another category gave the same token")
	}
	// Rotation: a new key has a new ID and new tokens.
	tok2 := r2.String(detectors.SSN, ssn)
	m2 := tokenRE.FindStringSubmatch(tok2)
	if m2 == nil || m2[2] != k2.ID() || m2[2] == m[2] {
		t.Fatalf("rotated token %s does not carry the new key ID", hide(tok2, ssn))
	}
	if m2[3] == m[3] {
		t.Error("rotated key gave the same fingerprint")
	}
	if got, _ := r1.AppendValue(nil, detectors.Name, []byte("Jane Roe")); !strings.HasPrefix(string(got), "tok_name_") {
		t.Errorf("name token %s", hide(string(got), "Jane", "Roe"))
	}
}

func TestDrop(t *testing.T) {
	r := mustNew(t, &Options{Styles: map[detectors.Category]Style{detectors.SSN: Drop}})
	out, drop := r.AppendValue(nil, detectors.SSN, []byte("123-45-6789"))
	if !drop || string(out) != "[REDACTED:ssn]" {
		t.Errorf("drop: got %s, %v; want the mask and drop", hide(string(out), "123-45-6789"), drop)
	}
	if _, drop := r.AppendValue(nil, detectors.Name, []byte("Jane Roe")); drop {
		t.Error("a masked category reported drop")
	}
}

func TestKeep(t *testing.T) {
	r := mustNew(t, &Options{Default: Drop, Keep: detectors.SetOf(detectors.MRN, detectors.OtherID)})
	if !r.Keeps(detectors.MRN) || r.Keeps(detectors.SSN) || r.KeepSet() != detectors.SetOf(detectors.MRN, detectors.OtherID) {
		t.Fatalf("Keeps/KeepSet disagree with Options.Keep")
	}
	for _, s := range []Style{Mask, Partial, Token, Generalize, Drop} {
		out, drop := r.AppendStyle([]byte("a="), detectors.MRN, s, []byte("MRN00123456"))
		if string(out) != "a=MRN00123456" || drop {
			t.Errorf("kept category with style %v: got %s, drop %v", s, hide(string(out), "MRN00123456"), drop)
		}
	}
	out, drop := r.AppendValue(nil, detectors.SSN, []byte("123-45-6789"))
	if !drop || strings.Contains(string(out), "6789") {
		t.Errorf("a category not kept was not redacted: %s", hide(string(out), "123-45-6789"))
	}
	r2 := r.WithKeep(detectors.SetOf(detectors.SSN))
	if !r2.Keeps(detectors.SSN) || !r2.Keeps(detectors.MRN) || r.Keeps(detectors.SSN) {
		t.Error("WithKeep did not add to a copy")
	}
	if r.WithKeep(detectors.SetOf(detectors.MRN)) != r {
		t.Error("WithKeep of kept categories made a copy")
	}
}

func TestAppendStyle(t *testing.T) {
	r := mustNew(t, nil) // masks, no key
	tests := []struct {
		s    Style
		want string
		drop bool
	}{
		{Mask, "[REDACTED:ssn]", false},
		{Partial, "***-**-6789", false},
		{Generalize, "[REDACTED:ssn]", false},
		{Drop, "[REDACTED:ssn]", true},
		{Token, "[REDACTED:ssn]", false}, // no key: masked, never weakened
		{Style(0), "[REDACTED:ssn]", false},
		{Style(200), "[REDACTED:ssn]", false},
	}
	for _, tt := range tests {
		out, drop := r.AppendStyle(nil, detectors.SSN, tt.s, []byte("123-45-6789"))
		if string(out) != tt.want || drop != tt.drop {
			t.Errorf("style %v: got %s, %v; want %q, %v", tt.s, hide(string(out), "123-45-6789"), drop, tt.want, tt.drop)
		}
	}
	if r.HasKey() {
		t.Error("HasKey without a key")
	}
	rk := mustNew(t, &Options{Key: testKey(t, "0123456789abcdef")})
	if out, _ := rk.AppendStyle(nil, detectors.SSN, Token, []byte("123-45-6789")); !tokenRE.Match(out) || !rk.HasKey() {
		t.Errorf("token with a key: %s", hide(string(out), "123-45-6789"))
	}
}

func TestAppendValueDoesNotAllocate(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops items at random under the race detector")
	}
	r := mustNew(t, &Options{Default: Token, Key: testKey(t, "0123456789abcdef"),
		Styles: map[detectors.Category]Style{detectors.SSN: Partial, detectors.ZIP: Generalize, detectors.Date: Generalize}})
	buf := make([]byte, 0, 256)
	v := []byte("123-45-6789")
	for _, c := range []detectors.Category{detectors.SSN, detectors.ZIP, detectors.Date, detectors.Name} {
		n := testing.AllocsPerRun(100, func() { buf, _ = r.AppendValue(buf[:0], c, v) })
		if n != 0 {
			t.Errorf("%v: %v allocations", c, n)
		}
	}
}
