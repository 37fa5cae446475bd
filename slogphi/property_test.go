package slogphi_test

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/phiguard/phiguard/phi"
	"github.com/phiguard/phiguard/slogphi"
)

var (
	propSeed    = flag.Uint64("slogphi.seed", 0, "seed of TestProperty (0: a new one each run)")
	propRecords = flag.Int("slogphi.records", 400, "records per TestProperty run")
)

// A phiKind is a kind of synthetic PHI: how to make a value, the keys that
// name it, and free-text contexts in which the engine finds it.
type phiKind struct {
	name  string
	make  func(r *rand.Rand) string
	keys  []string
	texts []string // %s is the value
}

var (
	firstNames = []string{"John", "Mary", "Robert", "Patricia", "Michael", "Linda", "David", "Barbara", "James", "Jennifer"}
	lastNames  = []string{"Smith", "Johnson", "Williams", "Brown", "Davis", "Miller", "Wilson", "Moore", "Taylor", "Anderson"}
)

var phiKinds = []phiKind{
	{"ssn", func(r *rand.Rand) string {
		return fmt.Sprintf("%03d-%02d-%04d", 100+r.IntN(565), 1+r.IntN(99), 1+r.IntN(9999))
	}, []string{"ssn", "SSN", "patient_ssn", "socialSecurityNumber"}, []string{"SSN %s", "ssn: %s on file", "lookup for SSN %s failed"}},
	{"email", func(r *rand.Rand) string {
		return fmt.Sprintf("%s.%s%d@example.org", strings.ToLower(firstNames[r.IntN(10)]), strings.ToLower(lastNames[r.IntN(10)]), r.IntN(100))
	}, []string{"email", "patientEmail", "contact_email"}, []string{"mail %s", "sent to %s", "reply-to=%s"}},
	{"phone", func(r *rand.Rand) string {
		// NANP exchanges are [2-9]XX but not N11 (211, 311, ...), which
		// are service codes, not numbers.
		ex := 200 + r.IntN(700)
		for ex%100 == 11 {
			ex = 200 + r.IntN(700)
		}
		return fmt.Sprintf("%d-%03d-%04d", []int{212, 312, 415, 617}[r.IntN(4)], ex, r.IntN(10000))
	}, []string{"phone", "PHONE_NUMBER", "mobile", "homePhone"}, []string{"call %s", "callback %s requested", "fax %s"}},
	{"name", func(r *rand.Rand) string {
		return firstNames[r.IntN(10)] + " " + lastNames[r.IntN(10)]
	}, []string{"patientName", "patient_name", "full_name", "guarantorName"}, []string{"patient %s", "Dear %s,", "pt %s seen"}},
	{"dob", func(r *rand.Rand) string {
		return fmt.Sprintf("19%02d-%02d-%02d", 30+r.IntN(70), 1+r.IntN(12), 1+r.IntN(28))
	}, []string{"dob", "date_of_birth", "birthDate"}, []string{"DOB %s", "born %s"}},
	{"mrn", func(r *rand.Rand) string {
		return fmt.Sprintf("%08d", 10000000+r.IntN(89999999))
	}, []string{"mrn", "medical_record_number", "MRN"}, []string{"MRN %s", "MRN: %s"}},
	{"card", func(r *rand.Rand) string {
		return luhn(r, "4")
	}, []string{"card_number", "creditCard"}, []string{"card %s declined", "acct %s"}},
}

// luhn returns a 16-digit number with prefix that passes the Luhn check.
func luhn(r *rand.Rand, prefix string) string {
	d := []byte(prefix)
	for len(d) < 15 {
		d = append(d, byte('0'+r.IntN(10)))
	}
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i] - '0')
		if (len(d)-1-i)%2 == 0 {
			if v *= 2; v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return string(append(d, byte('0'+(10-sum%10)%10)))
}

// A gen builds one record, placing PHI in random positions and noting
// the PHI and non-PHI values it placed.
type gen struct {
	r      *rand.Rand
	phi    []string // values that must not reach the output
	keep   []string // text that must reach the output unchanged
	places []string // where each PHI value went, for failure messages
}

func (g *gen) kind() phiKind { return phiKinds[g.r.IntN(len(phiKinds))] }

// value makes a PHI value of kind k placed at place.
func (g *gen) value(k phiKind, place string) string {
	v := k.make(g.r)
	g.phi = append(g.phi, v)
	g.places = append(g.places, place+"/"+k.name)
	return v
}

// keyed returns a key naming k and a value for it.
func (g *gen) keyed(place string) (string, string) {
	k := g.kind()
	return k.keys[g.r.IntN(len(k.keys))], g.value(k, place)
}

// text returns free text holding a PHI value.
func (g *gen) text(place string) string {
	k := g.kind()
	return fmt.Sprintf(k.texts[g.r.IntN(len(k.texts))], g.value(k, place))
}

// plain returns a non-PHI attribute and notes its JSON rendering.
func (g *gen) plain(i int) slog.Attr {
	var a slog.Attr
	switch g.r.IntN(6) {
	case 0:
		a = slog.String("request_id"+strconv.Itoa(i), fmt.Sprintf("%08x-%04x-4%03x-a%03x-%012x", g.r.Uint32(), g.r.IntN(1<<16), g.r.IntN(1<<12), g.r.IntN(1<<12), g.r.Uint64()&(1<<48-1)))
	case 1:
		a = slog.String("order_id"+strconv.Itoa(i), "ord-"+strconv.Itoa(10000+g.r.IntN(90000)))
	case 2:
		a = slog.Int("status"+strconv.Itoa(i), []int{200, 201, 204, 400, 404, 500}[g.r.IntN(6)])
	case 3:
		a = slog.Duration("latency"+strconv.Itoa(i), time.Duration(g.r.IntN(1e9)))
	case 4:
		a = slog.Int("retries"+strconv.Itoa(i), g.r.IntN(10))
	default:
		a = slog.Bool("cache_hit"+strconv.Itoa(i), g.r.IntN(2) == 0)
	}
	return a
}

type propContact struct {
	Email string `json:"email" phi:"email"`
	Note  string `json:"note"`
}

type propEmbedded struct {
	Guarantor string `json:"guarantor" phi:"name"`
}

type propPatient struct {
	ID      string            `json:"id"`
	Visits  int               `json:"visits"`
	Name    string            `json:"name" phi:"name"`
	SSN     string            `json:"ssn" phi:"ssn"`
	Phones  []string          `json:"phones" phi:"phone"`
	Contact *propContact      `json:"contact"`
	Labels  map[string]string `json:"labels" phi:"other_id"`
	Notes   string            `json:"notes"`
	propEmbedded
}

// record makes a logger (with or without With and WithGroup) and a record.
func (g *gen) record(base *slog.Logger) (*slog.Logger, string, []slog.Attr) {
	l := base
	if g.r.IntN(3) == 0 {
		k, v := g.keyed("with-key")
		l = l.With(k, v, "note", g.text("with-text"))
	}
	if g.r.IntN(3) == 0 {
		l = l.WithGroup("patient")
		name := g.value(phiKinds[3], "withgroup-name")
		defer func() { g.phi = append(g.phi, name) }()
		l = l.With("name", name)
	}
	msg := "request completed"
	if g.r.IntN(2) == 0 {
		msg = "handled: " + g.text("message")
	}
	var attrs []slog.Attr
	n := 1 + g.r.IntN(8)
	for i := 0; i < n; i++ {
		attrs = append(attrs, g.plain(i))
		attrs = append(attrs, g.position(i))
	}
	return l, msg, attrs
}

// position returns an attribute holding PHI in one of the positions.
func (g *gen) position(i int) slog.Attr {
	suffix := strconv.Itoa(i)
	switch g.r.IntN(15) {
	case 0:
		k, v := g.keyed("key")
		return slog.String(k, v)
	case 1:
		return slog.String("note"+suffix, g.text("text"))
	case 2:
		k, v := g.keyed("group")
		return slog.Group("g"+suffix, k, v, "detail", g.text("group-text"), "count", 3)
	case 3:
		return slog.Any("p"+suffix, g.patient())
	case 4:
		p := g.patient()
		return slog.Any("ptr"+suffix, &p)
	case 5:
		return slog.Any("list"+suffix, []propPatient{g.patient()})
	case 6:
		k, v := g.keyed("map")
		return slog.Any("body"+suffix, map[string]any{"order": "ord-7", "patient": map[string]any{k: v, "comment": g.text("map-text")}})
	case 7:
		return slog.Any("err"+suffix, fmt.Errorf("lookup: %w", errors.New(g.text("error"))))
	case 8:
		return slog.Any("s"+suffix, stringer(g.text("stringer")))
	case 9:
		k, v := g.keyed("logvaluer")
		return slog.Any("lv"+suffix, logValuer{slog.GroupValue(slog.String(k, v), slog.Any("inner", logValuer{slog.StringValue(g.text("logvaluer-text"))}))})
	case 10:
		return slog.Any("m"+suffix, phi.String(g.value(g.kind(), "phi.String")))
	case 11:
		return slog.Any("v"+suffix, phi.New(phi.OtherID, g.value(g.kind(), "phi.Value")))
	case 12:
		k, v := g.keyed("phi.Error")
		return slog.Any("perr"+suffix, phi.NewError("patient not found", k, v, "why", g.text("phi.Error-text")))
	case 13:
		k := g.kind()
		return slog.Any(k.keys[0], []string{g.value(k, "slice"), g.value(k, "slice")})
	default:
		return slog.Any("idx"+suffix, map[string]int{g.value(phiKinds[1], "map-key"): 1})
	}
}

func (g *gen) patient() propPatient {
	p := propPatient{
		ID:     "p-" + strconv.Itoa(1000+g.r.IntN(9000)),
		Visits: g.r.IntN(20),
		Name:   g.value(phiKinds[3], "struct-name"),
		SSN:    g.value(phiKinds[0], "struct-ssn"),
		Phones: []string{g.value(phiKinds[2], "struct-phones")},
		Notes:  g.text("struct-notes"),
		Labels: map[string]string{"plan": g.value(phiKinds[5], "struct-map")},
	}
	p.Guarantor = g.value(phiKinds[3], "struct-embedded")
	if g.r.IntN(2) == 0 {
		p.Contact = &propContact{Email: g.value(phiKinds[1], "struct-nested"), Note: g.text("struct-nested-text")}
	}
	g.keep = append(g.keep, `"id":"`+p.ID+`"`, `"visits":`+strconv.Itoa(p.Visits))
	return p
}

// TestProperty logs random records with PHI in every position the handler
// covers and checks that the inner handler's output holds none of the PHI
// values, and every non-PHI value unchanged.
func TestProperty(t *testing.T) {
	seed := *propSeed
	if seed == 0 {
		seed = rand.Uint64()
	}
	t.Logf("seed %d (rerun with -slogphi.seed=%d)", seed, seed)
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	for _, inner := range []string{"json", "text"} {
		var buf bytes.Buffer
		// No time: its digits could hold a short PHI value such as a ZIP by chance.
		noTime := &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if len(groups) == 0 && a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		}}
		var h slog.Handler = slog.NewJSONHandler(&buf, noTime)
		if inner == "text" {
			h = slog.NewTextHandler(&buf, noTime)
		}
		base := slog.New(slogphi.NewHandler(h, nil))
		for i := 0; i < *propRecords; i++ {
			g := &gen{r: r}
			l, msg, attrs := g.record(base)
			buf.Reset()
			l.LogAttrs(benchCtx, slog.LevelInfo, msg, attrs...)
			out := buf.String()
			for j, v := range g.phi {
				for _, part := range append([]string{v}, strings.Fields(v)...) {
					if len(part) >= 4 && strings.Contains(out, part) {
						t.Errorf("%s record %d: PHI value %d (%s) reached the output", inner, i, j, g.places[min(j, len(g.places)-1)])
						break
					}
				}
			}
			if inner != "json" {
				continue
			}
			for _, a := range attrs {
				if want := plainJSON(a); want != "" && !strings.Contains(out, want) {
					t.Errorf("record %d: non-PHI attribute %s is missing or changed", i, a.Key)
				}
			}
			for _, want := range g.keep {
				if !strings.Contains(out, want) {
					t.Errorf("record %d: non-PHI struct field %s is missing or changed", i, want[:strings.IndexByte(want[1:], '"')+1])
				}
			}
			if t.Failed() {
				t.Fatalf("stopping at record %d; seed %d", i, seed)
			}
		}
	}
}

// plainJSON returns how the JSON handler writes a non-PHI attribute, or ""
// for the PHI-bearing ones.
func plainJSON(a slog.Attr) string {
	for _, p := range []string{"request_id", "order_id", "status", "latency", "retries", "cache_hit"} {
		if strings.HasPrefix(a.Key, p) {
			var b bytes.Buffer
			slog.New(slog.NewJSONHandler(&b, &slog.HandlerOptions{ReplaceAttr: func(_ []string, x slog.Attr) slog.Attr {
				if x.Key == a.Key {
					return x
				}
				return slog.Attr{}
			}})).LogAttrs(benchCtx, slog.LevelInfo, "", a)
			return strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(b.String()), "{"), "}")
		}
	}
	return ""
}
