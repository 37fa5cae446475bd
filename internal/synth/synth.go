package synth

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
)

// Span is one labeled PHI value: the bytes Start..End (end exclusive) of the
// line, in the line as written (escaped or URL-encoded bytes included).
type Span struct {
	Start int    // first byte of the value
	End   int    // one past the last byte
	Cat   string // Safe Harbor category ID, such as "ssn" or "health_plan"
	Kind  string // finer generator kind, such as "credit_card", "mbi", "vin"
	Key   bool   // the value sits under a key, field or fixed position (false: free text)
}

// Line is one generated log line. Text has no trailing newline.
type Line struct {
	Text   []byte
	Family string
	Spans  []Span
}

// Clone returns a deep copy of l, for keeping a line yielded by Lines past
// the next iteration.
func (l Line) Clone() Line {
	c := Line{Family: l.Family}
	c.Text = append([]byte(nil), l.Text...)
	c.Spans = append([]Span(nil), l.Spans...)
	return c
}

// Families lists every line family the generator knows, in a fixed order.
// The family is written to the labels file and names the syntax of a line.
var Families = []string{"json", "logfmt", "text", "access", "hl7", "kv", "xml", "x12"}

// Categories lists the label categories, one per Safe Harbor identifier.
var Categories = []string{
	"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
	"health_plan", "account", "license", "vehicle", "device", "url", "ip",
	"biometric", "photo", "other_id",
}

// Mix says which families to generate and how often a line carries PHI.
type Mix struct {
	// Weights gives each family (see Families) a relative share of lines.
	// Families that are absent get no lines. Nil means CorpusMix's weights.
	Weights map[string]float64
	// PHI is the probability that a line carries at least one PHI value;
	// other lines carry only look-alike noise. Values outside [0,1] are clamped.
	PHI float64
}

// CorpusMix is the mix of the committed labeled corpus: every family, and
// most lines carry PHI so that every category is well represented.
var CorpusMix = Mix{
	Weights: map[string]float64{"json": 24, "logfmt": 14, "text": 26, "access": 12, "hl7": 8, "kv": 8, "xml": 6, "x12": 4},
	PHI:     0.65,
}

// BenchMix is a realistic production mix for throughput benchmarks: mostly
// application and access logs, and few lines (4%) carry PHI.
var BenchMix = Mix{
	Weights: map[string]float64{"json": 32, "logfmt": 18, "text": 30, "access": 16, "hl7": 1, "kv": 1, "xml": 1, "x12": 1},
	PHI:     0.04,
}

// ParseMix reads a mix description: a preset name ("corpus" or "bench"),
// optionally followed by comma-separated overrides family=weight or phi=p,
// e.g. "bench,phi=0.1,hl7=5" or "json=1,text=1,phi=0.5" (a list without a
// preset starts from no families and CorpusMix's PHI rate).
func ParseMix(s string) (Mix, error) {
	m := Mix{Weights: map[string]float64{}, PHI: CorpusMix.PHI}
	for i, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			var p Mix
			switch {
			case i == 0 && part == "corpus":
				p = CorpusMix
			case i == 0 && part == "bench":
				p = BenchMix
			default:
				return Mix{}, fmt.Errorf("mix: %q is not a preset (corpus, bench) nor family=weight", part)
			}
			for f, w := range p.Weights {
				m.Weights[f] = w
			}
			m.PHI = p.PHI
			continue
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f < 0 {
			return Mix{}, fmt.Errorf("mix: %q: value must be a non-negative number", part)
		}
		if k == "phi" {
			if f > 1 {
				return Mix{}, fmt.Errorf("mix: %q: phi must be within [0,1]", part)
			}
			m.PHI = f
			continue
		}
		if familyIndex(k) < 0 {
			return Mix{}, fmt.Errorf("mix: %q: unknown family (want one of %s)", part, strings.Join(Families, ", "))
		}
		m.Weights[k] = f
	}
	total := 0.0
	for _, w := range m.Weights {
		total += w
	}
	if total == 0 {
		return Mix{}, fmt.Errorf("mix: %q gives no family a weight", s)
	}
	return m, nil
}

// String formats m so that ParseMix reads it back.
func (m Mix) String() string {
	keys := make([]string, 0, len(m.Weights))
	for k := range m.Weights {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, "%s=%g,", k, m.Weights[k])
	}
	fmt.Fprintf(&sb, "phi=%g", m.PHI)
	return sb.String()
}

func familyIndex(name string) int {
	for i, f := range Families {
		if f == name {
			return i
		}
	}
	return -1
}

// mixTable is a Mix compiled for sampling.
type mixTable struct {
	cum []float64 // cumulative family weights, normalised to 1
	fam []int     // family index of each cum entry
	phi float64
}

func compileMix(m Mix) *mixTable {
	if m.Weights == nil {
		m.Weights = CorpusMix.Weights
	}
	t := &mixTable{phi: min(max(m.PHI, 0), 1)}
	total := 0.0
	for i, f := range Families {
		if w := m.Weights[f]; w > 0 {
			total += w
			t.cum = append(t.cum, total)
			t.fam = append(t.fam, i)
		}
	}
	if total == 0 {
		t.cum, t.fam = []float64{1}, []int{familyIndex("text")}
		total = 1
	}
	for i := range t.cum {
		t.cum[i] /= total
	}
	return t
}

func (t *mixTable) family(x float64) int {
	for i, c := range t.cum {
		if x < c {
			return t.fam[i]
		}
	}
	return t.fam[len(t.fam)-1]
}

// Generator makes lines deterministically: line i of a seed is the same
// whatever was generated before, so corpora can be built in parallel.
// A Generator is not safe for concurrent use; make one per goroutine.
type Generator struct {
	g *gen
}

// NewGenerator returns a generator for seed and mix.
func NewGenerator(seed int64, mix Mix) *Generator {
	return &Generator{g: newGen(seed, compileMix(mix))}
}

// Line generates line i (0-based) into dst, reusing dst's buffers, and
// returns it.
func (gr *Generator) Line(i int, dst Line) Line {
	return gr.g.line(i, dst)
}

// Lines yields lines 0..n-1 of seed and mix. The yielded Text and Spans are
// reused by the next iteration: Clone a line to keep it.
func Lines(seed int64, n int, mix Mix) iter.Seq[Line] {
	return func(yield func(Line) bool) {
		gr := NewGenerator(seed, mix)
		var l Line
		for i := range n {
			l = gr.Line(i, l)
			if !yield(l) {
				return
			}
		}
	}
}

// gen holds the per-goroutine state of generation.
type gen struct {
	src     rand.PCG
	r       *rand.Rand
	seed    uint64
	mix     *mixTable
	b       builder
	pat     person // the line's main person
	oth     person // a second person (relative, guarantor, clinician)
	js      []bool // JSON writer: "needs a comma" per open container
	jm      enc    // JSON string escaping of the current document
	jsp     bool   // JSON writer: spaces after ':' and ','
	v       []byte // scratch for values
	w       []byte // scratch for noise values
	k       []byte // scratch for keys
	xk      []byte // scratch for XML element names
	raw     []byte // scratch for binary payloads before base64
	fs      []*concept
	parts   []part
	partIdx []int
	noBlob  bool // phiConcept skips images and templates
}

func newGen(seed int64, m *mixTable) *gen {
	g := &gen{seed: uint64(seed), mix: m}
	g.r = rand.New(&g.src)
	return g
}

// splitmix64 spreads line numbers over the PCG state space.
func splitmix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

func (g *gen) line(i int, dst Line) Line {
	g.src.Seed(splitmix64(g.seed), splitmix64(uint64(i)^0x5eed))
	g.b.reset(dst.Text[:0], dst.Spans[:0])
	g.js = g.js[:0]
	fam := g.mix.family(g.r.Float64())
	withPHI := g.r.Float64() < g.mix.phi
	g.newPerson(&g.pat)
	g.newPerson(&g.oth)
	familyGens[fam](g, withPHI)
	dst.Text, dst.Spans, dst.Family = g.b.buf, g.b.spans, Families[fam]
	return dst
}

var familyGens [8]func(g *gen, phi bool)

func init() {
	familyGens = [8]func(*gen, bool){genJSON, genLogfmt, genText, genAccess, genHL7, genKV, genXML, genX12}
}

// Small random helpers.

func (g *gen) n(n int) int           { return g.r.IntN(n) }
func (g *gen) rng(lo, hi int) int    { return lo + g.r.IntN(hi-lo+1) }
func (g *gen) chance(p float64) bool { return g.r.Float64() < p }
func pick[T any](g *gen, xs []T) T   { return xs[g.r.IntN(len(xs))] }
func (g *gen) digit() byte           { return byte('0' + g.r.IntN(10)) }
func (g *gen) upper() byte           { return byte('A' + g.r.IntN(26)) }
func (g *gen) hexc() byte            { return "0123456789abcdef"[g.r.IntN(16)] }
func (g *gen) alnumU() byte          { return "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"[g.r.IntN(33)] }
func (g *gen) alnumL() byte          { return "abcdefghijklmnopqrstuvwxyz0123456789"[g.r.IntN(36)] }
func appendDigits(g *gen, d []byte, n int) []byte {
	for range n {
		d = append(d, g.digit())
	}
	return d
}
func appendHex(g *gen, d []byte, n int) []byte {
	for range n {
		d = append(d, g.hexc())
	}
	return d
}
func appendUpper(g *gen, d []byte, n int) []byte {
	for range n {
		d = append(d, g.upper())
	}
	return d
}
func appendInt(d []byte, v int) []byte { return strconv.AppendInt(d, int64(v), 10) }
func appendPad(d []byte, v, width int) []byte {
	var tmp [20]byte
	s := strconv.AppendInt(tmp[:0], int64(v), 10)
	for i := len(s); i < width; i++ {
		d = append(d, '0')
	}
	return append(d, s...)
}

// weighted picks index i with probability w[i]/sum(w).
func (g *gen) weighted(w []int) int {
	t := 0
	for _, x := range w {
		t += x
	}
	x := g.r.IntN(t)
	for i, v := range w {
		if x < v {
			return i
		}
		x -= v
	}
	return len(w) - 1
}

//go:generate go run ./cmd/gencorpus -out ../../testdata/corpus/labeled.log -labels ../../testdata/corpus/labeled.labels.jsonl

// CorpusSeed is the seed of the committed corpus in testdata/corpus: its
// lines are lines 0..CorpusLines-1 of CorpusSeed with CorpusMix.
const CorpusSeed = 20260101

// CorpusLines is the number of lines of the committed corpus.
const CorpusLines = 6000
