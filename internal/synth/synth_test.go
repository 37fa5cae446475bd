package synth

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// Test failure messages name line numbers, categories and kinds, never
// the values: the corpus is synthetic, but the project's rule is that no
// PHI-shaped value appears in a message.

func corpusLines(t testing.TB, seed int64, n int, mix Mix) []Line {
	t.Helper()
	var ls []Line
	for l := range Lines(seed, n, mix) {
		ls = append(ls, l.Clone())
	}
	return ls
}

func TestSpansWellFormed(t *testing.T) {
	for _, mix := range []Mix{CorpusMix, BenchMix, {Weights: CorpusMix.Weights, PHI: 1}} {
		for i, l := range corpusLines(t, 7, 8000, mix) {
			if bytes.ContainsAny(l.Text, "\n\r") {
				t.Errorf("line %d (%s): contains a line break", i+1, l.Family)
			}
			if !utf8.Valid(l.Text) {
				t.Errorf("line %d (%s): invalid UTF-8", i+1, l.Family)
			}
			prev := 0
			for k, s := range l.Spans {
				if s.Start < prev || s.End <= s.Start || s.End > len(l.Text) {
					t.Errorf("line %d (%s): span %d (%s/%s) [%d,%d) out of order, empty or outside the line (len %d, previous end %d)",
						i+1, l.Family, k, s.Cat, s.Kind, s.Start, s.End, len(l.Text), prev)
				}
				if !slices.Contains(Categories, s.Cat) {
					t.Errorf("line %d: span %d has unknown category %q", i+1, k, s.Cat)
				}
				if s.Kind == "" {
					t.Errorf("line %d: span %d (%s) has no kind", i+1, k, s.Cat)
				}
				prev = s.End
			}
		}
	}
}

func TestNoiseLinesCarryNoLabels(t *testing.T) {
	for i, l := range corpusLines(t, 11, 6000, Mix{Weights: CorpusMix.Weights, PHI: 0}) {
		if len(l.Spans) != 0 {
			t.Errorf("line %d (%s): noise-only line has %d spans (first %s/%s)", i+1, l.Family, len(l.Spans), l.Spans[0].Cat, l.Spans[0].Kind)
		}
	}
}

func TestPHILinesCarryLabels(t *testing.T) {
	empty := map[string]int{}
	n := 6000
	for _, l := range corpusLines(t, 12, n, Mix{Weights: CorpusMix.Weights, PHI: 1}) {
		if len(l.Spans) == 0 {
			empty[l.Family]++
		}
	}
	total := 0
	for _, c := range empty {
		total += c
	}
	// A PHI line can come out clean only when every PHI slot it drew was
	// optional (an HL7 field left empty); keep that rare.
	if total > n/100 {
		t.Errorf("%d of %d PHI lines have no span (by family: %v)", total, n, empty)
	}
}

// unescapeValue undoes the escapings a value can sit under, enough for the
// characters of identifiers (URL, JSON, XML, HL7, SQL).
func unescapeValue(s string) string {
	r := strings.NewReplacer(`\/`, "/", `\"`, `"`, "&amp;", "&", "&apos;", "'", "&quot;", `"`, "&lt;", "<", "&gt;", ">", `\S\`, "^", `\T\`, "&", `\F\`, "|", `\R\`, "~", `\E\`, `\`, "''", "'", `""`, `"`)
	s = r.Replace(s)
	if strings.Contains(s, "%") {
		if u, err := unescapeURL(s); err == nil {
			s = u
		}
	}
	return strings.ReplaceAll(s, "+", " ")
}

func unescapeURL(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s)+0 && i+2 <= len(s)-1 {
			v, err := strconv.ParseUint(s[i+1:i+3], 16, 8)
			if err != nil {
				return "", err
			}
			b.WriteByte(byte(v))
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String(), nil
}

var magic = map[string][]string{
	"jpeg": {"\xff\xd8\xff"}, "png": {"\x89PNG\r\n\x1a\n"}, "gif": {"GIF87a", "GIF89a"}, "webp": {"RIFF"},
	"iso19794_2": {"FMR\x00 20\x00"}, "iso19794_4": {"FIR\x00"}, "iso19794_6": {"IIR\x00"},
	"wsq": {"\xff\xa0\xff"}, "wav": {"RIFF"}, "ogg": {"OggS"},
}

func decodeBlob(s string) ([]byte, bool) {
	for _, e := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.RawURLEncoding, base64.URLEncoding} {
		if b, err := e.DecodeString(s); err == nil {
			return b, true
		}
	}
	return nil, false
}

// checkValue validates one labeled value by its kind; it returns "" when
// the value is valid, or what is wrong (without the value).
func checkValue(cat, kind, raw string) string {
	v := unescapeValue(raw)
	switch kind {
	case "ssn":
		if d := digitsOf(v); !ssnValid(d) {
			return "SSN area/group/serial rules"
		}
	case "itin":
		if d := digitsOf(v); len(d) != 9 || d[0] != '9' {
			return "ITIN shape"
		}
	case "credit_card":
		if d := digitsOf(v); !luhnValid(d) || !cardIssuerValid(d) {
			return "Luhn or issuer prefix"
		}
	case "iban":
		if !ibanValid(alnumOf(v)) {
			return "IBAN length or mod 97"
		}
	case "vin":
		if !vinValid(v) {
			return "VIN check digit"
		}
	case "mbi":
		if !mbiValid(strings.ReplaceAll(v, "-", "")) {
			return "MBI character positions"
		}
	case "dea":
		if !deaValid(v) {
			return "DEA check digit"
		}
	case "imei":
		if d := digitsOf(v); len(d) != 15 || !luhnValid(d) {
			return "IMEI Luhn"
		}
	case "udi":
		gtin := ""
		switch {
		case strings.HasPrefix(v, "(01)") && len(v) >= 18:
			gtin = v[4:18]
		case strings.HasPrefix(v, "01") && len(v) >= 16:
			gtin = v[2:16]
		}
		if !gs1Valid(gtin) {
			return "GS1 GTIN check digit"
		}
	case "phone", "fax":
		if !nanpValid(digitsOf(v)) {
			return "NANP area/exchange"
		}
	case "ipv4", "ipv6":
		a, err := netip.ParseAddr(v)
		if err != nil {
			return "unparsable IP"
		}
		if !a.IsGlobalUnicast() || a.IsPrivate() || isDocumentation(a) {
			return "IP is not public"
		}
	case "email":
		if strings.Count(v, "@") != 1 {
			return "e-mail without one @"
		}
	case "age_over_89":
		if n, err := strconv.Atoi(v); err != nil || n <= 89 {
			return "age not over 89"
		}
	case "zip":
		if d := digitsOf(v); len(d) != 5 && len(d) != 9 {
			return "ZIP length"
		}
	}
	switch cat {
	case "photo", "biometric":
		v = strings.ReplaceAll(raw, `\/`, "/") // base64 keeps its '+'
		k := strings.TrimPrefix(kind, "data_uri_")
		payload := v
		if k != kind {
			i := strings.Index(v, ";base64,")
			if !strings.HasPrefix(v, "data:") || i < 0 {
				return "data URI shape"
			}
			payload = v[i+8:]
		}
		b, ok := decodeBlob(payload)
		if !ok {
			return "base64 does not decode"
		}
		ok = false
		for _, m := range magic[k] {
			ok = ok || bytes.HasPrefix(b, []byte(m))
		}
		if !ok {
			return "payload header does not match kind"
		}
		if (k == "webp") != bytes.Contains(b[:min(len(b), 16)], []byte("WEBP")) {
			return "RIFF payload of the wrong type"
		}
	}
	return ""
}

func isDocumentation(a netip.Addr) bool {
	for _, p := range []string{"192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32", "100.64.0.0/10", "198.18.0.0/15"} {
		if netip.MustParsePrefix(p).Contains(a) {
			return true
		}
	}
	return false
}

func TestLabeledValuesPassValidators(t *testing.T) {
	checked := map[string]int{}
	for i, l := range corpusLines(t, 3, 20000, Mix{Weights: CorpusMix.Weights, PHI: 1}) {
		for k, s := range l.Spans {
			raw := string(l.Text[s.Start:s.End])
			if msg := checkValue(s.Cat, s.Kind, raw); msg != "" {
				t.Errorf("line %d (%s): span %d %s/%s fails: %s", i+1, l.Family, k, s.Cat, s.Kind, msg)
			}
			checked[s.Kind]++
		}
	}
	for _, k := range []string{"ssn", "credit_card", "iban", "vin", "mbi", "dea", "imei", "udi", "phone", "fax", "ipv4", "ipv6", "jpeg", "png", "gif", "webp", "iso19794_2", "wsq", "wav", "ogg"} {
		if checked[k] < 5 {
			t.Errorf("kind %s: only %d values checked", k, checked[k])
		}
	}
}

func TestValidators(t *testing.T) {
	for _, c := range []struct {
		name string
		f    func(string) bool
		good []string
		bad  []string
	}{
		{"luhn", luhnValid, []string{"4111111111111111", "378282246310005", "490154203237518"}, []string{"4111111111111112", "1234567812345678"}},
		{"ssn", ssnValid, []string{"123456789", "001010001", "899999999"}, []string{"000123456", "666123456", "912345678", "123006789", "123450000", "12345678"}},
		{"vin", vinValid, []string{"1M8GDM9AXKP042788", "11111111111111111"}, []string{"1M8GDM9A1KP042788", "1M8GDM9AXKP04278", "IM8GDM9AXKP042788"}},
		{"mbi", mbiValid, []string{"1EG4TE5MK73", "9AA0AA0AA00"}, []string{"0EG4TE5MK73", "1SG4TE5MK73", "1EG4TE5MK7A", "1EG4TE5MK7"}},
		{"iban", ibanValid, []string{"GB82WEST12345698765432", "DE89370400440532013000"}, []string{"GB82WEST12345698765433", "DE8937040044053201300", "XX82WEST12345698765432"}},
		{"dea", deaValid, []string{"AB1234563", "F91234563"}, []string{"AB1234564", "AB123456", "1B1234563"}},
		{"npi", npiValid, []string{"1234567893"}, []string{"1234567890", "3234567893", "123456789"}},
		{"gs1", gs1Valid, []string{"4006381333931", "00884838001234"[:13] + string(gs1Check([]byte("0088483800123")))}, []string{"4006381333932", "123"}},
		{"nanp", nanpValid, []string{"4155552671", "14155552671", "2125550100"}, []string{"1155552671", "4111552671", "4955552671", "9115552671", "415555267"}},
	} {
		for _, v := range c.good {
			if !c.f(v) {
				t.Errorf("%s: valid example %d rejected", c.name, slices.Index(c.good, v))
			}
		}
		for _, v := range c.bad {
			if c.f(v) {
				t.Errorf("%s: invalid example %d accepted", c.name, slices.Index(c.bad, v))
			}
		}
	}
	if !cardIssuerValid("4111111111111111") || !cardIssuerValid("378282246310005") || cardIssuerValid("9111111111111111") {
		t.Error("card issuer prefixes misjudged")
	}
}

func TestGenerationIsDeterministic(t *testing.T) {
	a := corpusLines(t, 99, 3000, CorpusMix)
	b := corpusLines(t, 99, 3000, CorpusMix)
	c := corpusLines(t, 100, 3000, CorpusMix)
	same := 0
	for i := range a {
		if !bytes.Equal(a[i].Text, b[i].Text) || !slices.Equal(a[i].Spans, b[i].Spans) || a[i].Family != b[i].Family {
			t.Fatalf("line %d differs between two runs of the same seed", i+1)
		}
		if bytes.Equal(a[i].Text, c[i].Text) {
			same++
		}
	}
	if same > 10 {
		t.Errorf("%d of %d lines are identical across different seeds", same, len(a))
	}
	// Line i does not depend on the lines generated before it.
	gr := NewGenerator(99, CorpusMix)
	for _, i := range []int{2999, 17, 1500, 0} {
		l := gr.Line(i, Line{})
		if !bytes.Equal(l.Text, a[i].Text) || !slices.Equal(l.Spans, a[i].Spans) {
			t.Errorf("line %d generated out of order differs", i+1)
		}
	}
	// WriteCorpus output does not depend on the number of workers.
	var w1, w3, l1, l3 bytes.Buffer
	if _, err := WriteCorpus(&w1, &l1, 5, 2000, BenchMix, &Options{Workers: 1}); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteCorpus(&w3, &l3, 5, 2000, BenchMix, &Options{Workers: 3}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(w1.Bytes(), w3.Bytes()) || !bytes.Equal(l1.Bytes(), l3.Bytes()) {
		t.Error("WriteCorpus output depends on the worker count")
	}
}

type labelRec struct {
	Line   int    `json:"line"`
	Family string `json:"family"`
	Spans  []struct {
		S, E int
		Cat  string `json:"cat"`
		Kind string `json:"kind"`
		Via  string `json:"via"`
	} `json:"spans"`
}

func readCorpus(t *testing.T) ([][]byte, []labelRec) {
	t.Helper()
	dir := filepath.Join("..", "..", "testdata", "corpus")
	text, err := os.ReadFile(filepath.Join(dir, "labeled.log"))
	if err != nil {
		t.Fatal(err)
	}
	lab, err := os.ReadFile(filepath.Join(dir, "labeled.labels.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.Split(bytes.TrimSuffix(text, []byte("\n")), []byte("\n"))
	var recs []labelRec
	for i, l := range bytes.Split(bytes.TrimSuffix(lab, []byte("\n")), []byte("\n")) {
		var r labelRec
		if err := json.Unmarshal(l, &r); err != nil {
			t.Fatalf("labels line %d: %v", i+1, err)
		}
		recs = append(recs, r)
	}
	return lines, recs
}

// TestCommittedCorpusIsCurrent regenerates the committed corpus and
// compares: the files never drift from the generator.
// Regenerate with: go run ./internal/synth/cmd/gencorpus
func TestCommittedCorpusIsCurrent(t *testing.T) {
	var text, labels bytes.Buffer
	if _, err := WriteCorpus(&text, &labels, CorpusSeed, CorpusLines, CorpusMix, nil); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "..", "testdata", "corpus")
	for _, f := range []struct {
		name string
		want []byte
	}{{"labeled.log", text.Bytes()}, {"labeled.labels.jsonl", labels.Bytes()}} {
		got, err := os.ReadFile(filepath.Join(dir, f.name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, f.want) {
			gl, wl := bytes.Split(got, []byte("\n")), bytes.Split(f.want, []byte("\n"))
			n := 0
			for n < len(gl) && n < len(wl) && bytes.Equal(gl[n], wl[n]) {
				n++
			}
			t.Errorf("%s is stale from line %d on (%d lines committed, %d generated); run go run ./internal/synth/cmd/gencorpus", f.name, n+1, len(gl), len(wl))
		}
	}
}

func TestCommittedCorpusCoverage(t *testing.T) {
	lines, recs := readCorpus(t)
	if len(lines) != CorpusLines || len(recs) != CorpusLines {
		t.Fatalf("corpus has %d lines and %d label records, want %d", len(lines), len(recs), CorpusLines)
	}
	size := 0
	for _, l := range lines {
		size += len(l) + 1
	}
	if size < 1_000_000 || size > 2_500_000 {
		t.Errorf("corpus is %d bytes, want about 1-2 MB", size)
	}
	cats := map[string]int{}
	kinds := map[string]int{}
	fam := map[string][2]int{} // lines without, with PHI
	via := map[string]int{}
	for i, r := range recs {
		if r.Line != i+1 {
			t.Fatalf("labels record %d has line %d", i+1, r.Line)
		}
		f := fam[r.Family]
		if len(r.Spans) == 0 {
			f[0]++
		} else {
			f[1]++
		}
		fam[r.Family] = f
		for _, s := range r.Spans {
			cats[s.Cat]++
			kinds[s.Kind]++
			via[s.Via]++
			if s.E > len(lines[i]) {
				t.Errorf("line %d: span ends past the line", i+1)
			}
		}
	}
	for _, c := range Categories {
		if cats[c] < 60 {
			t.Errorf("category %s has %d spans in the corpus, want at least 60", c, cats[c])
		}
	}
	for _, f := range Families {
		if fam[f][0] < 20 || fam[f][1] < 40 {
			t.Errorf("family %s has %d noise and %d PHI lines, want at least 20 and 40", f, fam[f][0], fam[f][1])
		}
	}
	if via["key"] < 1000 || via["text"] < 1000 {
		t.Errorf("spans by context: %v, want both key and free text well represented", via)
	}
	for _, k := range []string{"mbi", "iban", "dea", "udi", "imei", "mac", "vin", "plate", "passport", "data_uri_jpeg", "iso19794_2", "wav", "ipv6", "maiden_name"} {
		if kinds[k] == 0 {
			t.Errorf("kind %s does not appear in the corpus", k)
		}
	}
}

func TestStructuredLinesParse(t *testing.T) {
	for i, l := range corpusLines(t, 21, 6000, Mix{Weights: map[string]float64{"json": 1, "xml": 1}, PHI: 0.7}) {
		switch {
		case l.Family == "json" && l.Text[0] == '{':
			if !json.Valid(l.Text) {
				t.Errorf("line %d: json line is not valid JSON", i+1)
				continue
			}
			// Strings nested in strings are valid JSON too.
			var m map[string]any
			_ = json.Unmarshal(l.Text, &m)
			for _, v := range m {
				if s, ok := v.(string); ok && strings.HasPrefix(s, "{") && strings.HasSuffix(s, "}") && !json.Valid([]byte(s)) {
					t.Errorf("line %d: nested JSON document is not valid", i+1)
				}
			}
		case l.Family == "xml" && l.Text[0] == '<' && !isDigit(l.Text[1]):
			d := xml.NewDecoder(bytes.NewReader(l.Text))
			for {
				_, err := d.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Errorf("line %d: xml line is not well-formed: %v", i+1, err)
					break
				}
			}
		}
	}
}

func TestNoFamousNames(t *testing.T) {
	lines, _ := readCorpus(t)
	text := strings.ToLower(string(bytes.Join(lines, []byte("\n"))))
	for _, n := range famousNames {
		f, l, _ := strings.Cut(strings.ToLower(n), " ")
		for _, form := range []string{f + " " + l, l + ", " + f, l + "^" + f, f + "." + l, f + "+" + l} {
			if strings.Contains(text, form) {
				t.Errorf("famous name %d of the hand list appears in the corpus", slices.Index(famousNames, n))
			}
		}
	}
	// The check is not vacuous: the generator's lists could produce some.
	possible := 0
	for _, n := range famousNames {
		f, l, _ := strings.Cut(n, " ")
		if slices.Contains(givenNames, f) && slices.Contains(surnames, l) {
			possible++
		}
	}
	if possible < 5 {
		t.Errorf("only %d famous names are reachable from the lists; the check would be vacuous", possible)
	}
}

func TestParseMix(t *testing.T) {
	m, err := ParseMix("bench,phi=0.1,hl7=5")
	if err != nil {
		t.Fatal(err)
	}
	if m.PHI != 0.1 || m.Weights["hl7"] != 5 || m.Weights["json"] != BenchMix.Weights["json"] {
		t.Errorf("ParseMix(bench,...) = %v", m)
	}
	if m2, err := ParseMix(m.String()); err != nil || m2.String() != m.String() {
		t.Errorf("ParseMix(String()) round trip: %v, %v", m2, err)
	}
	if m, err := ParseMix("json=1"); err != nil || len(m.Weights) != 1 {
		t.Errorf("ParseMix(json=1) = %v, %v", m, err)
	}
	for _, bad := range []string{"", "nope", "json=x", "phi=2", "yaml=1", "json=0", "text=1,corpus"} {
		if _, err := ParseMix(bad); err == nil {
			t.Errorf("ParseMix(%q) accepted", bad)
		}
	}
}

func TestAppendLabel(t *testing.T) {
	l := Line{Family: "kv", Spans: []Span{{0, 3, "ssn", "ssn", true}, {5, 9, "name", "first_name", false}}}
	var r labelRec
	if err := json.Unmarshal(AppendLabel(nil, 42, l), &r); err != nil {
		t.Fatal(err)
	}
	if r.Line != 42 || r.Family != "kv" || len(r.Spans) != 2 || r.Spans[1].S != 5 || r.Spans[1].E != 9 || r.Spans[0].Via != "key" || r.Spans[1].Via != "text" || r.Spans[1].Kind != "first_name" {
		t.Errorf("AppendLabel round trip = %+v", r)
	}
}

func TestTemplatesParse(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("a template with an unknown placeholder parsed")
		}
	}()
	parseTemplate("hello {nosuchthing}")
}

func BenchmarkGenerate(b *testing.B) {
	for _, m := range []struct {
		name string
		mix  Mix
	}{{"corpus", CorpusMix}, {"bench", BenchMix}} {
		b.Run(m.name, func(b *testing.B) {
			const block = 1000
			gr := NewGenerator(1, m.mix)
			var l Line
			size := 0
			for i := range block {
				l = gr.Line(i, l)
				size += len(l.Text) + 1
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				n := 0
				for i := range block {
					l = gr.Line(i, l)
					n += len(l.Text) + 1
				}
				if n != size {
					b.Fatalf("block size changed: %d != %d", n, size)
				}
			}
		})
	}
}

func ExampleLines() {
	mix := Mix{Weights: map[string]float64{"text": 1}, PHI: 1}
	for l := range Lines(25, 2, mix) {
		fmt.Printf("%s\n", l.Text)
		for _, s := range l.Spans {
			fmt.Printf("  %s [%d,%d) %q\n", s.Cat, s.Start, s.End, l.Text[s.Start:s.End])
		}
	}
	// Output:
	// VIN KMHXPX82448600337 recall notice mailed to 36071 Mockingbird Trail, Dublin, GA 11409-2241 request_id=2216c4c3-2db1-82a5-ba15-e4476164422a
	//   vehicle [4,21) "KMHXPX82448600337"
	//   address [46,69) "36071 Mockingbird Trail"
	//   address [71,77) "Dublin"
	//   zip [82,92) "11409-2241"
	// 2025-03-03 02:14:48,820 - django.request - FATAL - tax form 1095-B generated for Leopold Satterfield, SSN 571609654
	//   name [81,100) "Leopold Satterfield"
	//   ssn [106,115) "571609654"
}

func BenchmarkWriteCorpus(b *testing.B) {
	const n = 20000
	size, err := WriteCorpus(io.Discard, nil, 1, n, BenchMix, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		got, err := WriteCorpus(io.Discard, nil, 1, n, BenchMix, nil)
		if err != nil || got != size {
			b.Fatalf("WriteCorpus = %d, %v; want %d bytes", got, err, size)
		}
	}
}
