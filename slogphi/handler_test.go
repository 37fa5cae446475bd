package slogphi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/phi"
	"github.com/phiguard/phiguard/policy"
	"github.com/phiguard/phiguard/redact"
	"github.com/phiguard/phiguard/slogphi"
)

// check asserts that path in the record holds want. Values are shown only
// when they hold no secret.
func check(t *testing.T, rec map[string]any, path string, want any) {
	t.Helper()
	got := get(rec, path)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("%s = %s; want %s", path, hide(fmt.Sprint(got)), hide(fmt.Sprint(want)))
	}
}

func noLeak(t *testing.T, out string, extra ...string) {
	t.Helper()
	if i := leaked(out, extra...); i >= 0 {
		t.Errorf("secret %d reached the inner handler: %s", i, hide(out, extra...))
	}
}

func TestAttributesByKey(t *testing.T) {
	c := newCapture(t, nil)
	c.l.Info("visit",
		"ssn", ssn, "SSN", ssn2, "patientName", fullName, "patient-email", email, "PHONE_NUMBER", phone,
		"dob", dob, "mrn", mrn, "order", 48213, "status", "ok", "latency", 3*time.Millisecond)
	rec := c.record(t)
	for k, want := range map[string]string{"ssn": "[REDACTED:ssn]", "SSN": "[REDACTED:ssn]", "patientName": "[REDACTED:name]",
		"patient-email": "[REDACTED:email]", "PHONE_NUMBER": "[REDACTED:phone]", "dob": "[REDACTED:date]", "mrn": "[REDACTED:mrn]"} {
		check(t, rec, k, want)
	}
	check(t, rec, "order", 48213)
	check(t, rec, "status", "ok")
	check(t, rec, "latency", float64(3*time.Millisecond))
	check(t, rec, "msg", "visit")
}

func TestGroupsAndWith(t *testing.T) {
	c := newCapture(t, nil)
	c.l.Info("m", slog.Group("patient", "name", fullName, "id", 7, slog.Group("contact", "email", email)))
	rec := c.record(t)
	check(t, rec, "patient.name", "[REDACTED:name]")
	check(t, rec, "patient.id", 7)
	check(t, rec, "patient.contact.email", "[REDACTED:email]")

	l := c.l.With("ssn", ssn, "request", "r-1").WithGroup("patient")
	l.Info("m", "name", fullName, "visits", 3)
	rec = c.record(t)
	check(t, rec, "ssn", "[REDACTED:ssn]")
	check(t, rec, "request", "r-1")
	check(t, rec, "patient.name", "[REDACTED:name]")
	check(t, rec, "patient.visits", 3)

	// Group names settle ambiguous keys: "name" under "patient" is a name
	// even when the value does not look like one.
	c.l.WithGroup("patient").Info("m", "name", "zz top")
	check(t, c.record(t), "patient.name", "[REDACTED:name]")
	// Inline groups (empty key) keep their attributes at the top.
	c.l.Info("m", slog.Group("", "email", email, "n", 1))
	rec = c.record(t)
	check(t, rec, "email", "[REDACTED:email]")
	check(t, rec, "n", 1)
}

func TestFreeText(t *testing.T) {
	c := newCapture(t, nil)
	c.l.Info("lookup failed for SSN "+ssn+", mail "+email,
		"note", "patient called back from "+phone+" about order 48213",
		"err", fmt.Errorf("no row for %s: %w", email, os.ErrNotExist),
		"stringer", stringer("Dear "+fullName),
		"bytes", []byte("born "+dob))
	rec := c.record(t)
	check(t, rec, "msg", "lookup failed for SSN [REDACTED:ssn], mail [REDACTED:email]")
	check(t, rec, "note", "patient called back from [REDACTED:phone] about order 48213")
	check(t, rec, "err", "no row for [REDACTED:email]: file does not exist")
	check(t, rec, "stringer", "Dear [REDACTED:name]")
	check(t, rec, "bytes", "born [REDACTED:date]")
}

type stringer string

func (s stringer) String() string { return string(s) }

// Patient is a tagged struct as an application would log it.
type Patient struct {
	ID      string    `json:"id"`
	Name    string    `json:"name" phi:"name"`
	SSN     string    `json:"ssn" phi:"ssn,partial"`
	DOB     time.Time `json:"dob" phi:"date,generalize"`
	Phones  []string  `json:"phones" phi:"phone"`
	Email   string    `json:"email,omitempty" phi:"email,drop"`
	Display string    `json:"display" phi:"-"`
	Notes   string    `json:"notes"`
	Visits  int       `json:"visits"`
	Address Address   `json:"address"`
	Audit             // embedded: its fields are promoted
	secret  string
	Skip    string `json:"-"`
	Empty   string `json:"empty,omitempty"`
}

type Address struct {
	Street string `phi:"address"`
	City   string // an address part below the state: redacted by its name
	State  string // Safe Harbor keeps states
	ZIP    string `phi:"zip,generalize"`
}

type Audit struct {
	CreatedBy string `json:"created_by"`
	Reviewer  string `json:"reviewer" phi:"name"`
}

func patient() Patient {
	return Patient{ID: "p-1001", Name: fullName, SSN: ssn, DOB: time.Date(1950, 3, 4, 0, 0, 0, 0, time.UTC),
		Phones: []string{phone, "617-555-0142"}, Email: email, Display: "JR", Notes: "mail " + email,
		Visits: 3, Address: Address{"12 Elm Street", "Springfield", "MA", "02134"},
		Audit: Audit{CreatedBy: "svc-intake", Reviewer: "Mary Major"}, secret: "SECRETFIELD", Skip: "SKIPPED"}
}

func TestTaggedStruct(t *testing.T) {
	c := newCapture(t, nil)
	p := patient()
	c.l.Info("m", "p", p)
	out := c.out()
	noLeak(t, out, "SECRETFIELD", "SKIPPED", "Mary Major", "12 Elm", "617-555-0142", "Springfield")
	var rec map[string]any
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	check(t, rec, "p.id", "p-1001")
	check(t, rec, "p.name", "[REDACTED:name]")
	check(t, rec, "p.ssn", "***-**-6789")
	check(t, rec, "p.dob", "1950")
	check(t, rec, "p.phones", []any{"[REDACTED:phone]", "[REDACTED:phone]"})
	check(t, rec, "p.display", "JR")
	check(t, rec, "p.notes", "mail [REDACTED:email]")
	check(t, rec, "p.visits", 3)
	check(t, rec, "p.address.Street", "[REDACTED:address]")
	check(t, rec, "p.address.City", "[REDACTED:address]")
	check(t, rec, "p.address.State", "MA")
	check(t, rec, "p.address.ZIP", "021")
	check(t, rec, "p.created_by", "svc-intake")
	check(t, rec, "p.reviewer", "[REDACTED:name]")
	for _, k := range []string{"email", "secret", "Skip", "-", "empty", "Audit"} {
		if v := get(rec, "p."+k); v != nil {
			t.Errorf("p.%s is logged", k)
		}
	}

	// Pointers, slices and maps of them, and structs in structs.
	type Ward struct {
		Name     string
		Patients []*Patient
		ByRoom   map[string]Patient
		Lead     *Patient
		Nil      *Patient
	}
	w := Ward{Name: "4B", Patients: []*Patient{&p, &p}, ByRoom: map[string]Patient{"12": p}, Lead: &p}
	c.l.Info("m", "ward", &w, "list", []Patient{p}, "map", map[int]*Patient{1: &p})
	out = c.out()
	noLeak(t, out, "SECRETFIELD", "SKIPPED", "Mary Major", "12 Elm", "617-555-0142", "Springfield")
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	check(t, rec, "ward.Name", "4B")
	check(t, rec, "ward.Lead.ssn", "***-**-6789")
	check(t, rec, "ward.ByRoom.12.ssn", "***-**-6789")
	check(t, rec, "ward.Nil", nil)
	if ps, ok := get(rec, "ward.Patients").([]any); !ok || len(ps) != 2 || fmt.Sprint(ps[1].(map[string]any)["ssn"]) != "***-**-6789" {
		t.Errorf("ward.Patients: %s", hide(fmt.Sprint(get(rec, "ward.Patients"))))
	}
	check(t, rec, "map.1.id", "p-1001")

	// The text handler renders the same values.
	var buf bytes.Buffer
	slog.New(slogphi.NewHandler(slog.NewTextHandler(&buf, nil), nil)).Info("m", "p", p, "w", w)
	noLeak(t, buf.String(), "SECRETFIELD", "SKIPPED", "Mary Major", "12 Elm", "617-555-0142", "Springfield")
	if !strings.Contains(buf.String(), "p.ssn=***-**-6789") || !strings.Contains(buf.String(), "p.address.State=MA") {
		t.Errorf("text handler: %s", hide(buf.String()))
	}
}

func TestBadTagsFailClosed(t *testing.T) {
	type bad struct {
		A string `phi:"nosuchcategory"`
		B string `phi:"ssn,blur"`
		C string `phi:""`
		D string `phi:",partial"`
	}
	c := newCapture(t, nil)
	c.l.Info("m", "v", bad{ssn, ssn, ssn, "AB12345678"})
	rec := c.record(t)
	check(t, rec, "v.A", "[REDACTED:other_id]")
	check(t, rec, "v.B", "[REDACTED:ssn]")
	check(t, rec, "v.C", "[REDACTED:other_id]")
	check(t, rec, "v.D", "******5678")
}

func TestMaps(t *testing.T) {
	c := newCapture(t, nil)
	body := map[string]any{
		"order": 48213,
		"patient": map[string]any{
			"name": fullName, "ssn": ssn, "dob": dob,
			"contacts": []any{map[string]any{"email": email}, "fax " + phone},
		},
		"comment": "SSN " + ssn2 + " on file",
		email:     "as a key",
	}
	c.l.Info("m", "body", body, "labels", map[string]string{"email": email, "team": "blue"})
	out := c.out()
	noLeak(t, out)
	var rec map[string]any
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	check(t, rec, "body.order", 48213)
	check(t, rec, "body.patient.name", "[REDACTED:name]")
	check(t, rec, "body.patient.ssn", "[REDACTED:ssn]")
	check(t, rec, "body.patient.dob", "[REDACTED:date]")
	check(t, rec, "body.comment", "SSN [REDACTED:ssn] on file")
	check(t, rec, "body.[REDACTED:email]", "as a key")
	check(t, rec, "labels.team", "blue")
	check(t, rec, "labels.email", "[REDACTED:email]")
	if body["patient"].(map[string]any)["ssn"] != ssn {
		t.Error("the logged map was modified")
	}
}

// nested LogValuers, JSON and text marshalers, Formatters.
type logValuer struct{ v slog.Value }

func (l logValuer) LogValue() slog.Value { return l.v }

type jsonID struct{ n string }

func (j jsonID) MarshalJSON() ([]byte, error) {
	return []byte(`{"kind":"member","ssn":"` + j.n + `","n":1}`), nil
}

type textID string

func (t textID) MarshalText() ([]byte, error) { return []byte("contact " + string(t)), nil }

type formatter struct{ s string }

func (f formatter) Format(s fmt.State, verb rune) { fmt.Fprint(s, "mail "+f.s) }

func TestMethods(t *testing.T) {
	c := newCapture(t, nil)
	c.l.Info("m",
		"lv", logValuer{slog.GroupValue(slog.String("ssn", ssn), slog.Any("inner", logValuer{slog.StringValue("mail " + email)}))},
		"json", jsonID{ssn},
		"text", textID(email),
		"fmt", formatter{email},
		"ptr", &logValuer{slog.StringValue("SSN " + ssn)})
	out := c.out()
	noLeak(t, out)
	var rec map[string]any
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	check(t, rec, "lv.ssn", "[REDACTED:ssn]")
	check(t, rec, "lv.inner", "mail [REDACTED:email]")
	check(t, rec, "json.kind", "member")
	check(t, rec, "json.ssn", "[REDACTED:ssn]")
	check(t, rec, "json.n", 1)
	check(t, rec, "text", "contact [REDACTED:email]")
	check(t, rec, "fmt", "mail [REDACTED:email]")
	check(t, rec, "ptr", "SSN [REDACTED:ssn]")
}

func TestMarkers(t *testing.T) {
	key, _ := detectors.NewKey([]byte("0123456789abcdef0123456789abcdef"))
	r, err := redact.New(&redact.Options{Styles: map[detectors.Category]redact.Style{detectors.SSN: redact.Token}, Key: key})
	if err != nil {
		t.Fatal(err)
	}
	c := newCapture(t, &slogphi.Options{Redactor: r})
	type rec struct {
		SSN   phi.String        `json:"ssn"`
		Other phi.String        `json:"other"`
		DOB   phi.Value[string] `json:"dob"`
	}
	c.l.Info("m",
		"ssn", phi.String(ssn), "tok", phi.New(phi.SSN, ssn), "x", phi.String(fullName),
		"dob", phi.New(phi.Date, time.Date(1950, 3, 4, 0, 0, 0, 0, time.UTC)),
		"rec", rec{phi.String(ssn), phi.String(fullName), phi.New(phi.Date, dob)},
		"err", phi.NewError("patient not found", "ssn", ssn, "mrn", mrn))
	out := c.out()
	noLeak(t, out)
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatal(err)
	}
	tok := r.String(detectors.SSN, ssn)
	check(t, m, "ssn", tok) // a String takes its key's category
	check(t, m, "tok", tok) // same token wherever the SSN shows
	check(t, m, "x", "[REDACTED:other_id]")
	check(t, m, "dob", "[REDACTED:date]")
	check(t, m, "rec.ssn", tok)
	check(t, m, "rec.other", "[REDACTED:other_id]")
	check(t, m, "err.msg", "patient not found")
	check(t, m, "err.ssn", tok)
	check(t, m, "err.mrn", "[REDACTED:mrn]")
	if ref, _ := get(m, "err.ref").(string); len(ref) != 6 {
		t.Errorf("err.ref = %q", ref)
	}
}

func TestStyles(t *testing.T) {
	key, _ := detectors.NewKey([]byte("0123456789abcdef0123456789abcdef"))
	r, err := redact.New(&redact.Options{Key: key, Styles: map[detectors.Category]redact.Style{
		detectors.SSN: redact.Partial, detectors.Email: redact.Drop, detectors.Date: redact.Generalize,
		detectors.Phone: redact.Token, detectors.Age: redact.Generalize,
	}})
	if err != nil {
		t.Fatal(err)
	}
	c := newCapture(t, &slogphi.Options{Redactor: r})
	c.l.Info("call "+phone+" or mail "+email, "ssn", ssn, "email", email, "dob", dob, "phone", phone, "age", 93,
		"when", time.Date(1987, 3, 4, 5, 6, 7, 0, time.UTC), "note", "born "+dob)
	out := c.out()
	rec := map[string]any{}
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	tok := r.String(detectors.Phone, phone)
	check(t, rec, "msg", "call "+tok+" or mail [REDACTED:email]") // drop in text masks
	check(t, rec, "ssn", "***-**-6789")
	check(t, rec, "email", nil) // dropped
	if _, ok := rec["email"]; ok {
		t.Error("dropped attribute still present")
	}
	check(t, rec, "dob", "1950")
	check(t, rec, "phone", tok)
	check(t, rec, "age", "90+")
	check(t, rec, "when", time.Date(1987, 3, 4, 5, 6, 7, 0, time.UTC).Format(time.RFC3339Nano)) // not a PHI key
	check(t, rec, "note", "born 1950")
}

func TestKeep(t *testing.T) {
	var events []slogphi.Event
	var mu sync.Mutex
	c := newCapture(t, &slogphi.Options{
		Keep: detectors.SetOf(detectors.MRN),
		OnRedact: func(e slogphi.Event) {
			mu.Lock()
			events = append(events, e)
			mu.Unlock()
		},
	})
	c.l.Info("audit", "mrn", mrn, "ssn", ssn, "m", phi.New(phi.MRN, mrn), "p", struct {
		MRN string `phi:"mrn"`
	}{mrn})
	rec := c.record(t)
	check(t, rec, "mrn", mrn)
	check(t, rec, "m", mrn)
	check(t, rec, "p.MRN", mrn)
	check(t, rec, "ssn", "[REDACTED:ssn]")
	st := c.h.Stats()
	if st.Kept[detectors.MRN] != 3 || st.Categories[detectors.SSN] != 1 || st.Categories[detectors.MRN] != 0 {
		t.Errorf("kept %v, redacted %v", st.Kept, st.Categories)
	}
	if len(events) != 1 || events[0].Kept[detectors.MRN] != 3 {
		t.Errorf("events: %d", len(events))
	}
	// The redactor's keep (from the policy) counts the same way.
	r, _ := redact.New(&redact.Options{Keep: detectors.SetOf(detectors.SSN)})
	c2 := newCapture(t, &slogphi.Options{Redactor: r})
	c2.l.Info("m", "ssn", ssn)
	check(t, c2.record(t), "ssn", ssn)
	if c2.h.Stats().Kept[detectors.SSN] != 1 {
		t.Error("redactor keep not counted")
	}
}

func TestCounters(t *testing.T) {
	var events []slogphi.Event
	c := newCapture(t, &slogphi.Options{OnRedact: func(e slogphi.Event) { events = append(events, e) }})
	_, file, line, _ := runtime.Caller(0)
	c.l.Info("SSN "+ssn, "email", email, "email2", email) // line+1
	c.l.Info("clean", "n", 1)                             // line+2
	for i := 0; i < 3; i++ {
		c.l.Info("m", "ssn", ssn) // line+4
	}
	st := c.h.Stats()
	if st.Records != 5 || st.Redacted != 4 {
		t.Errorf("records %d, redacted %d; want 5, 4", st.Records, st.Redacted)
	}
	if st.Categories[detectors.SSN] != 4 || st.Categories[detectors.Email] != 2 || st.Categories.Total() != 6 {
		t.Errorf("categories %v", st.Categories)
	}
	if got := st.Categories.String(); got != "email=2 ssn=4" {
		t.Errorf("Counts.String = %q", got)
	}
	if len(st.Sites) != 2 {
		t.Fatalf("%d sites; want 2", len(st.Sites))
	}
	s0, s1 := st.Sites[0], st.Sites[1]
	if s0.File != file || s0.Line != line+1 || s0.Categories.Total() != 3 || s0.Records != 1 {
		t.Errorf("site 0: %s total %d records %d", s0, s0.Categories.Total(), s0.Records)
	}
	if s1.Line != line+4 || s1.Records != 3 || s1.Categories[detectors.SSN] != 3 || !strings.HasSuffix(s1.Function, "TestCounters") {
		t.Errorf("site 1: %s records %d", s1, s1.Records)
	}
	if s0.String() != fmt.Sprintf("%s:%d", file, line+1) {
		t.Errorf("Site.String = %q", s0.String())
	}
	if len(events) != 4 || events[0].Source().Line != line+1 || events[0].Redacted[detectors.Email] != 2 || events[0].Level != slog.LevelInfo {
		t.Errorf("events: %d", len(events))
	}
	// What the handler reports about PHI holds none.
	if i := leaked(fmt.Sprintf("%+v %+v %v", st, events, st.Sites)); i >= 0 {
		t.Errorf("stats or events hold secret %d", i)
	}
	// WithAttrs is counted once, at the With call.
	l := c.l.With("ssn", ssn) // line
	_, _, wline, _ := runtime.Caller(0)
	l.Info("a")
	l.Info("b")
	st = c.h.Stats()
	if st.Categories[detectors.SSN] != 5 {
		t.Errorf("after With: ssn %d; want 5", st.Categories[detectors.SSN])
	}
	found := false
	for _, s := range st.Sites {
		if s.Line == wline-1 && s.File == file {
			found = true
		}
	}
	if !found {
		t.Errorf("the With call site is not among %v", st.Sites)
	}
}

// TestWithAttrsOnce: attributes bound by With are redacted when bound, not
// again for every record.
func TestWithAttrsOnce(t *testing.T) {
	var calls atomic.Int32
	c := newCapture(t, nil)
	l := c.l.With("v", countingValuer{&calls}, "ssn", ssn)
	for i := 0; i < 5; i++ {
		l.Info("m", "i", i)
	}
	if n := calls.Load(); n != 1 {
		t.Errorf("LogValue called %d times; want 1", n)
	}
	out := c.out()
	noLeak(t, out)
	if strings.Count(out, `"v":"SSN [REDACTED:ssn]"`) != 5 {
		t.Errorf("bound value not in every record: %s", hide(out))
	}
}

type countingValuer struct{ n *atomic.Int32 }

func (c countingValuer) LogValue() slog.Value {
	c.n.Add(1)
	return slog.StringValue("SSN " + ssn)
}

// Fail closed: every way redaction can go wrong gives a marker, the record
// is still logged, and nothing panics.
type panicValuer struct{}

func (panicValuer) LogValue() slog.Value { panic("SSN " + ssn) }

type panicStringer struct{}

func (panicStringer) String() string { panic(email) }

type panicErr struct{}

func (panicErr) Error() string { panic(email) }

type panicJSON struct{}

func (panicJSON) MarshalJSON() ([]byte, error) { panic(email) }

type node struct {
	Name string
	Next *node
}

func TestFailClosed(t *testing.T) {
	c := newCapture(t, &slogphi.Options{MaxDepth: 6, MaxItems: 50, MaxBytes: 1000})
	cyc := &node{Name: "n"}
	cyc.Next = cyc
	m := map[string]any{"ssn": ssn}
	m["self"] = m
	s := []any{"x", nil}
	s[1] = s
	deep := any("SSN " + ssn)
	for i := 0; i < 10; i++ {
		deep = map[string]any{"k": deep}
	}
	big := make([]string, 100)
	for i := range big {
		big[i] = "SSN " + ssn
	}
	c.l.Info("m",
		"lv", panicValuer{}, "str", panicStringer{}, "err", panicErr{}, "json", panicJSON{},
		"cycle", cyc, "mapcycle", m, "slicecycle", s, "deep", deep, "big", big,
		"long", strings.Repeat("SSN "+ssn+" ", 200), "ok", "fine")
	rec := c.record(t)
	noLeak(t, fmt.Sprint(rec))
	check(t, rec, "lv", "[REDACTED:panic]")
	check(t, rec, "str", "[REDACTED:panic]")
	check(t, rec, "err", "[REDACTED:panic]")
	check(t, rec, "json", "[REDACTED:panic]")
	check(t, rec, "cycle.Name", "n")
	check(t, rec, "cycle.Next", "[REDACTED:cycle]")
	check(t, rec, "mapcycle.self", "[REDACTED:cycle]")
	check(t, rec, "mapcycle.ssn", "[REDACTED:ssn]")
	check(t, rec, "big", "[REDACTED:too large]")
	check(t, rec, "long", "[REDACTED:too large]")
	check(t, rec, "ok", "fine")
	if sc, _ := get(rec, "slicecycle").([]any); len(sc) != 2 || sc[1] != "[REDACTED:cycle]" {
		t.Errorf("slicecycle: %v", sc)
	}
	if !strings.Contains(fmt.Sprint(get(rec, "deep")), "[REDACTED:too deep]") {
		t.Errorf("deep: %s", hide(fmt.Sprint(get(rec, "deep"))))
	}
	if f := c.h.Stats().Failures; f < 9 {
		t.Errorf("%d failures counted; want at least 9", f)
	}
	// A panicking message-less record, and WithAttrs, fail closed too.
	c.l.With("lv", panicValuer{}).Info("x")
	check(t, c.record(t), "lv", "[REDACTED:panic]")
}

func TestHandlerContract(t *testing.T) {
	func() {
		defer func() {
			if recover() == nil {
				t.Error("NewHandler(nil) did not panic")
			}
		}()
		slogphi.NewHandler(nil, nil)
	}()
	inner := slog.NewJSONHandler(&bytes.Buffer{}, &slog.HandlerOptions{Level: slog.LevelWarn})
	h := slogphi.NewHandler(inner, nil)
	ctx := context.Background()
	if h.Enabled(ctx, slog.LevelInfo) || !h.Enabled(ctx, slog.LevelError) {
		t.Error("Enabled does not delegate")
	}
	if h.Handler() != slog.Handler(inner) || h.Unwrap() != slog.Handler(inner) {
		t.Error("Handler/Unwrap do not return the inner handler")
	}
	if h.WithGroup("") != slog.Handler(h) || h.WithAttrs(nil) != slog.Handler(h) {
		t.Error("WithGroup(\"\") or WithAttrs(nil) does not return the receiver")
	}
	h2 := slogphi.NewHandler(h, nil)
	if h2.Handler() != slog.Handler(inner) {
		t.Error("wrapping a Handler wraps it twice")
	}
	g := h.WithGroup("patient").(*slogphi.Handler)
	h3 := slogphi.NewHandler(g, nil)
	if _, ok := h3.Handler().(*slogphi.Handler); ok {
		t.Error("wrapping a grouped Handler wraps it twice")
	}
	// The group is still known for key paths after rewrapping.
	c := newCapture(t, nil)
	slog.New(slogphi.NewHandler(c.h.WithGroup("patient"), nil)).Info("m", "name", "zz top")
	check(t, c.record(t), "patient.name", "[REDACTED:name]")
}

// TestPassThrough: a record without PHI reaches the inner handler as the
// record given, not a copy.
func TestPassThrough(t *testing.T) {
	var got []slog.Record
	inner := &recorder{records: &got}
	l := slog.New(slogphi.NewHandler(inner, nil))
	l.Info("request completed", "status", 200, "path", "/api/v1/orders")
	l.Info("request completed", "ssn", ssn)
	if len(got) != 2 {
		t.Fatalf("%d records", len(got))
	}
	if got[0].NumAttrs() != 2 || got[1].NumAttrs() != 1 {
		t.Error("attribute counts changed")
	}
	got[1].Attrs(func(a slog.Attr) bool {
		if a.Value.String() != "[REDACTED:ssn]" {
			t.Errorf("ssn = %s", hide(a.Value.String()))
		}
		return true
	})
}

type recorder struct {
	records *[]slog.Record
	mu      sync.Mutex
}

func (r *recorder) Enabled(context.Context, slog.Level) bool { return true }
func (r *recorder) Handle(_ context.Context, rec slog.Record) error {
	r.mu.Lock()
	*r.records = append(*r.records, rec.Clone())
	r.mu.Unlock()
	return nil
}
func (r *recorder) WithAttrs([]slog.Attr) slog.Handler { return r }
func (r *recorder) WithGroup(string) slog.Handler      { return r }

func TestConcurrent(t *testing.T) {
	c := newCapture(t, nil)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			l := c.l.With("worker", g).WithGroup("patient")
			for i := 0; i < 200; i++ {
				p := patient()
				l.Info("SSN "+ssn, "name", fullName, "p", &p, "i", i, "m", map[string]any{"email": email})
			}
		}(g)
	}
	wg.Wait()
	out := c.out()
	noLeak(t, out, "Mary Major")
	if n := strings.Count(out, "\n"); n != 1600 {
		t.Errorf("%d records; want 1600", n)
	}
	if st := c.h.Stats(); st.Records != 1600 || st.Categories[detectors.SSN] < 3200 {
		t.Errorf("stats: records %d, ssn %d", st.Records, st.Categories[detectors.SSN])
	}
}

func TestPolicy(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "phiguard.yaml")
	err := os.WriteFile(path, []byte(`version: 1
keys:
  - key: member_ref
    category: health_plan
redact:
  default: mask
  styles:
    - {category: ssn, style: partial}
  keep: [mrn]
`), 0o600)
	if err != nil {
		t.Fatal(err)
	}
	p, err := policy.Load(path)
	if err != nil {
		t.Fatalf("policy: %v", err)
	}
	scrub, err := p.Scrubber()
	if err != nil {
		t.Fatal(err)
	}
	for _, opts := range []*slogphi.Options{{Policy: p}, {Scrubber: scrub}} {
		c := newCapture(t, opts)
		c.l.Info("m", "ssn", ssn, "mrn", mrn, "member_ref", "XK-99812345", "email", email)
		rec := c.record(t)
		check(t, rec, "ssn", "***-**-6789")
		check(t, rec, "mrn", mrn)
		check(t, rec, "member_ref", "[REDACTED:health_plan]")
		check(t, rec, "email", "[REDACTED:email]")
	}

}

// selfValuer's LogValue returns itself: the handler must not recurse
// without end.
type selfValuer struct{ n int }

func (s selfValuer) LogValue() slog.Value { return slog.AnyValue(selfValuer{s.n + 1}) }

type ifaceNode struct{ Next any }

func TestEndlessValues(t *testing.T) {
	c := newCapture(t, nil)
	loop := &ifaceNode{}
	loop.Next = loop
	m := phi.New(phi.SSN, any(nil))
	for i := 0; i < 100; i++ {
		m = phi.New(phi.SSN, any(m))
	}
	c.l.Info("m", "self", selfValuer{}, "loop", loop, "markers", m)
	rec := c.record(t)
	if !strings.Contains(fmt.Sprint(rec["self"]), "[REDACTED:too deep]") {
		t.Errorf("self = %s", hide(fmt.Sprint(rec["self"])))
	}
	if fmt.Sprint(get(rec, "loop.Next")) != "[REDACTED:cycle]" {
		t.Errorf("loop = %s", hide(fmt.Sprint(rec["loop"])))
	}
	if rec["markers"] != "[REDACTED:ssn]" {
		t.Errorf("markers = %s", hide(fmt.Sprint(rec["markers"])))
	}
}
