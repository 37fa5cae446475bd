package logscan

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/phiguard/phiguard/detectors"
)

const ssnLine = `{"time":"2026-03-01T10:00:00Z","msg":"intake","patient":{"ssn":"%s","email":"%s"}}` + "\n"

func ssnLines(n int, start int) []byte {
	var b bytes.Buffer
	for i := range n {
		fmt.Fprintf(&b, ssnLine, fmt.Sprintf("123-45-%04d", 1000+start+i), fmt.Sprintf("pat%d@example.org", start+i))
	}
	return b.Bytes()
}

// TestNestedInputs scans a directory of every container and compression,
// checks the member names, that every copy of the same lines gives the same
// findings, and that binary files are skipped and counted.
func TestNestedInputs(t *testing.T) {
	dir := t.TempDir()
	plain := ssnLines(3, 0)
	writeFiles(t, dir, map[string][]byte{
		"a/app.log":          plain,
		"a/app.log.gz":       gzipOf(t, plain),
		"b/app.zst":          zstdOf(plain),
		"b/app.bz2":          bzip2Of(t, plain),
		"c/bundle.tar.gz":    gzipOf(t, tarOf(t, map[string][]byte{"inner/app.log": plain, "inner/old.log.gz": gzipOf(t, plain), "img.png": {0x89, 'P', 'N', 'G', 0, 0, 0}})),
		"c/bundle.zip":       zipOf(t, map[string][]byte{"x/app.log.zst": zstdOf(plain)}),
		"d/picture.jpg":      {0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0},
		"d/notes.txt":        []byte("nothing to see here\n"),
		"e/excluded/app.log": plain,
	})
	rep, fs := scanJSONL(t, []string{dir}, &Options{Exclude: []string{"e/**"}})
	rel := func(s string) string { return strings.TrimPrefix(s, dir+"/") }
	var got []string
	for _, s := range sources(rep) {
		got = append(got, rel(s))
	}
	want := []string{"a/app.log", "a/app.log.gz", "b/app.bz2", "b/app.zst", "c/bundle.tar.gz!inner/app.log",
		"c/bundle.tar.gz!inner/old.log.gz", "c/bundle.zip!x/app.log.zst", "d/notes.txt"}
	if !slices.Equal(got, want) {
		t.Fatalf("sources:\n got %q\nwant %q", got, want)
	}
	// Every source holding the lines has the same findings.
	per := map[string][]string{}
	for _, f := range fs {
		per[rel(f.Source)] = append(per[rel(f.Source)], fmt.Sprintf("%d:%d-%d:%s:%s:%s", f.Line, f.Start, f.End, f.Field, f.Category, f.Fingerprint))
	}
	ref := per["a/app.log"]
	if len(ref) != 6 {
		t.Fatalf("a/app.log: %d findings, want 6 (3 SSNs, 3 emails)", len(ref))
	}
	for _, s := range want[1:7] {
		if !slices.Equal(per[s], ref) {
			t.Errorf("%s: findings differ from the plain file's", s)
		}
	}
	if skips := problems(rep, KindSkip); len(skips) != 2 {
		t.Errorf("skips: %+v, want the PNG member and the JPEG file", skips)
	}
	if rep.Totals.Objects != 7 || rep.Totals.ObjectsPHI != 6 || rep.Totals.Excluded != 1 {
		t.Errorf("totals %+v", rep.Totals)
	}
	if c := rep.Categories; len(c) != 2 || c[0].Distinct != 3 || c[0].Occurrences != 21 {
		t.Errorf("categories %+v, want ssn and email, 21 occurrences, 3 distinct each", c)
	}
	if rep.Totals.Individuals != 3 {
		t.Errorf("individuals %d, want 3 (one SSN and one email per person)", rep.Totals.Individuals)
	}
}

// TestJSONLOffsets checks the jsonl schema against the input: each
// finding's offsets slice its line to a value with its fingerprint.
func TestJSONLOffsets(t *testing.T) {
	text, _ := corpus(7, 400)
	p := filepath.Join(t.TempDir(), "c.log")
	if err := os.WriteFile(p, text, 0o644); err != nil {
		t.Fatal(err)
	}
	_, fs := scanJSONL(t, []string{p}, nil)
	if len(fs) < 300 {
		t.Fatalf("%d findings on 400 PHI-rich lines", len(fs))
	}
	lines := bytes.Split(text, []byte("\n"))
	key := testKey(t)
	for i, f := range fs {
		if f.Source != p || f.Line < 1 || int(f.Line) > len(lines) || f.Start < 0 || f.End <= f.Start || int(f.End) > len(lines[f.Line-1]) {
			t.Fatalf("finding %d: bad location line %d %d-%d", i, f.Line, f.Start, f.End)
		}
		c, err := detectors.ParseCategory(f.Category)
		if err != nil {
			t.Fatal(err)
		}
		if fp := key.Fingerprint(c, lines[f.Line-1][f.Start:f.End]); fp != f.Fingerprint {
			t.Fatalf("finding %d (line %d, %s): fingerprint does not match the bytes at its offsets", i, f.Line, f.Category)
		}
		if _, err := detectors.ParseConfidence(f.Confidence); err != nil || f.Detector == "" {
			t.Fatalf("finding %d: confidence %q detector %q", i, f.Confidence, f.Detector)
		}
	}
}

// TestLongLine scans a line far longer than the piece size: every SSN is
// found once, at its offset in the line.
func TestLongLine(t *testing.T) {
	var b bytes.Buffer
	var want []int64
	for i := 0; b.Len() < 3<<20; i++ {
		b.WriteString(strings.Repeat("lorem ipsum ", 7+i%13))
		b.WriteString("SSN ")
		want = append(want, int64(b.Len()))
		fmt.Fprintf(&b, "123-45-%04d ", 1000+i%9000)
	}
	b.WriteString("\nshort line SSN 321-54-9876\n")
	rep, fs := scanJSONL(t, []string{"-"}, &Options{Stdin: bytes.NewReader(b.Bytes()), MaxLineBytes: 64 << 10})
	var got []int64
	for _, f := range fs {
		if f.Category == "ssn" && f.Line == 1 {
			got = append(got, f.Start)
		}
	}
	if !slices.Equal(got, want) {
		t.Fatalf("found %d SSNs on the long line, want %d; first difference matters", len(got), len(want))
	}
	if last := fs[len(fs)-1]; last.Line != 2 || last.Start != 15 {
		t.Fatalf("line after the long line: line %d start %d", last.Line, last.Start)
	}
	if w := problems(rep, KindWarning); len(w) != 1 || w[0].Line != 1 || !strings.Contains(w[0].Message, "overlapping pieces") {
		t.Fatalf("warnings %+v", w)
	}
}

// endlessLine is a generated stream: one line of n bytes with an SSN every
// 1 MiB, never stored anywhere.
type endlessLine struct {
	n, off int64
}

func (e *endlessLine) Read(p []byte) (int, error) {
	if e.off >= e.n {
		return 0, io.EOF
	}
	k := int(min(int64(len(p)), e.n-e.off))
	for i := range p[:k] {
		p[i] = "abcdefgh "[(e.off+int64(i))%9]
	}
	for m := (e.off + 1<<20 - 1) / (1 << 20) * (1 << 20); m+20 < e.off+int64(k); m += 1 << 20 {
		copy(p[m-e.off:], " SSN 123-45-6789 ")
	}
	e.off += int64(k)
	return k, nil
}

// TestTwoGBLine streams a 2 GiB line (no newline anywhere) through the whole
// scanner: it is scanned to the end in pieces, with a warning naming the line,
// and memory stays bounded.
func TestTwoGBLine(t *testing.T) {
	n := int64(2 << 30)
	if testing.Short() {
		n = 256 << 20
	}
	stop := make(chan struct{})
	peak := make(chan uint64)
	go func() {
		var ms runtimeStats
		var p uint64
		tk := time.NewTicker(20 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-stop:
				peak <- p
				return
			case <-tk.C:
				p = max(p, ms.heap())
			}
		}
	}()
	rep, err := Scan(context.Background(), []string{"-"}, &Options{Key: testKey(t), Stdin: &endlessLine{n: n}, Workers: 1})
	close(stop)
	pk := <-peak
	if err != nil {
		t.Fatal(err)
	}
	if rep.Totals.Bytes != n || rep.Totals.Lines != 1 {
		t.Fatalf("scanned %d bytes in %d lines, want %d in 1", rep.Totals.Bytes, rep.Totals.Lines, n)
	}
	if want := n/(1<<20) - 1; rep.Totals.Findings < want {
		t.Fatalf("%d findings, want at least %d", rep.Totals.Findings, want)
	}
	if w := problems(rep, KindWarning); len(w) != 1 || w[0].Source != "<stdin>" || w[0].Line != 1 {
		t.Fatalf("warnings %+v", w)
	}
	if pk > 256<<20 {
		t.Fatalf("heap peaked at %d MiB scanning a %d MiB line", pk>>20, n>>20)
	}
}

// TestCloudTrail scans Records documents on one line and pretty-printed:
// findings carry Records[i] paths and the document's own lines and offsets.
func TestCloudTrail(t *testing.T) {
	recs := []string{
		`{"eventVersion":"1.08","userIdentity":{"sessionContext":{"attributes":{"creationDate":"2024-01-01T00:00:00Z"}}},"eventTime":"2024-03-05T10:00:00Z","requestParameters":{"ssn":"123-45-6789"}}`,
		`{"eventTime":"2024-03-06T11:00:00Z","requestParameters":{"patientEmail":"jane.roe@example.org"}}`,
	}
	one := `{"Records":[` + strings.Join(recs, ",") + `]}`
	pretty := "{\n  \"Records\": [\n    " + strings.Join(recs, ",\n    ") + "\n  ]\n}\n"
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{"one.json": []byte(one), "pretty.json.gz": gzipOf(t, []byte(pretty))})
	rep, fs := scanJSONL(t, []string{filepath.Join(dir, "one.json"), filepath.Join(dir, "pretty.json.gz")}, nil)
	docs := map[string]string{filepath.Join(dir, "one.json"): one, filepath.Join(dir, "pretty.json.gz"): pretty}
	seen := map[string]bool{}
	for _, f := range fs {
		lines := strings.Split(docs[f.Source], "\n")
		v := lines[f.Line-1][f.Start:f.End]
		switch f.Field {
		case "Records[0].requestParameters.ssn":
			seen[f.Source+"ssn"] = v == "123-45-6789"
		case "Records[1].requestParameters.patientEmail":
			seen[f.Source+"email"] = v == "jane.roe@example.org"
		}
	}
	if len(seen) != 4 {
		t.Fatalf("findings %+v", fs)
	}
	for k, ok := range seen {
		if !ok {
			t.Errorf("%s: offsets do not point at the value", k)
		}
	}
	for _, s := range rep.Sources {
		if s.Records != 2 || s.RecordsPHI != 2 {
			t.Errorf("%s: %d records, %d with PHI; want 2 and 2", s.Source, s.Records, s.RecordsPHI)
		}
	}
	if w := rep.Window; w == nil || !w.First.Equal(time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC)) || !w.Last.Equal(time.Date(2024, 3, 6, 11, 0, 0, 0, time.UTC)) {
		t.Errorf("window %+v, want the eventTimes", rep.Window)
	}
}

// TestBadInputsContinue: a truncated gzip, a corrupt tar, a zip bomb and an
// unreadable file are each reported with the object (and line) and what is
// wrong, and the other inputs are scanned.
func TestBadInputsContinue(t *testing.T) {
	dir := t.TempDir()
	good := ssnLines(50, 0)
	gz := gzipOf(t, bytes.Repeat(good, 40))
	tr := tarOf(t, map[string][]byte{"a.log": good, "b.log": good})
	tr[512+(len(good)+511)/512*512+148] ^= 0x55 // damage the second header's checksum
	writeFiles(t, dir, map[string][]byte{
		"good.log":      good,
		"truncated.gz":  gz[:len(gz)/2],
		"corrupt.tar":   tr,
		"bomb.gz":       gzipOf(t, gzipOf(t, bytes.Repeat([]byte("aaaaaaaa\n"), 2<<20))),
		"dangling.log":  nil,
		"sub/other.log": good,
	})
	os.Remove(filepath.Join(dir, "dangling.log"))
	if err := os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "dangling.log")); err != nil {
		t.Fatal(err)
	}
	rep, _ := scanJSONL(t, []string{dir, filepath.Join(dir, "missing.log")}, &Options{MaxExpandBytes: 8 << 20})
	msgs := map[string]Problem{}
	for _, p := range problems(rep, KindError) {
		msgs[strings.TrimPrefix(p.Source, dir+"/")] = p
	}
	check := func(src, want string, line bool) {
		t.Helper()
		p, ok := msgs[src]
		if !ok {
			t.Errorf("%s: no error reported (got %v)", src, msgs)
			return
		}
		if !strings.Contains(p.Message, want) {
			t.Errorf("%s: message %q does not say %q", src, p.Message, want)
		}
		if line && p.Line == 0 {
			t.Errorf("%s: error has no line", src)
		}
	}
	check("truncated.gz", "truncated gzip stream", true)
	check("corrupt.tar", "corrupt tar data", false)
	check("bomb.gz", "decompressed size exceeds", false)
	check("dangling.log", "no such file", false)
	check("missing.log", "no such file", false)
	var goodSeen int
	for _, s := range rep.Sources {
		if strings.HasSuffix(s.Source, "good.log") || strings.HasSuffix(s.Source, "other.log") || strings.HasSuffix(s.Source, "corrupt.tar!a.log") {
			if s.Findings == 100 {
				goodSeen++
			}
		}
	}
	if goodSeen != 3 {
		t.Errorf("%d of the 3 good sources fully scanned", goodSeen)
	}
}

func TestIndividualsAndStates(t *testing.T) {
	in := strings.Join([]string{
		`{"ssn":"123-45-6789","email":"a.one@example.org","zip":"94110"}`, // person 1, CA
		`{"email":"a.one@example.org","phone":"(415) 555-0134"}`,          // person 1 again
		`{"ssn":"234-56-7890","name":"Maria Gonzalez","state":"TX"}`,      // person 2, TX
		`{"patient_name":"Maria Gonzalez","mrn":"MRN-00123456"}`,          // same full name: person 2
		`{"first_name":"Maria","ssn":"345-67-8901"}`,                      // a first name alone joins nobody: person 3
		`{"ip":"8.8.8.8","dob":"1960-02-03"}`,                             // no person identifier
		`{"ssn":"456-78-9012"} addr: 12 Oak St, Boston, MA 02134`,         // person 4, MA
		`{"ssn":"567-89-0123","address":"1 Elm Rd","city":"Springfield"}`, // person 5
		`{"ssn":"678-90-1234","address":"1 Elm Rd","city":"Springfield"}`, // same address: still person 6
	}, "\n") + "\n"
	rep, _ := scanJSONL(t, []string{"-"}, &Options{Stdin: strings.NewReader(in)})
	if rep.Totals.Individuals != 6 {
		t.Errorf("individuals %d, want 6", rep.Totals.Individuals)
	}
	if rep.Totals.RecordsPHI != 9 {
		t.Errorf("records with PHI %d, want 9", rep.Totals.RecordsPHI)
	}
	got := map[string]StateSummary{}
	for _, s := range rep.States {
		got[s.State] = s
	}
	for _, st := range []string{"CA", "TX", "MA"} {
		if got[st].Records != 1 || got[st].Individuals != 1 {
			t.Errorf("state %s: %+v, want 1 record, 1 individual", st, got[st])
		}
	}
}

func TestRecordTime(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{`{"time":"2024-05-06T07:08:09.123+02:00","dob":"1950-01-02"}`, "2024-05-06T05:08:09.123Z"},
		{`2024-05-06 07:08:09,123 INFO admitted 2023-01-01 10:00:00`, "2024-05-06T07:08:09.123Z"},
		{`1.2.3.4 - - [10/Oct/2024:13:55:36 -0700] "GET /x HTTP/1.1" 200`, "2024-10-10T20:55:36Z"},
		{`Thu, 10 Oct 2024 13:55:36 GMT upstream`, "2024-10-10T13:55:36Z"},
		{`ts=1700000000 msg=x`, "2023-11-14T22:13:20Z"},
		{`Mar  1 23:58:34 hl7-bridge.default.svc.cluster.local portal-web[10952]: CGM signal lost since 2020-11-07T00:00:00Z`, ""},
		{`{"ts":1700000000123}`, "2023-11-14T22:13:20.123Z"},
		{`no time here 12:00`, ""},
	} {
		got := recordTime([]byte(tc.in), nil)
		s := ""
		if !got.IsZero() {
			s = got.Format(time.RFC3339Nano)
		}
		if s != tc.want {
			t.Errorf("recordTime(case %q...) = %q, want %q", tc.in[:10], s, tc.want)
		}
	}
	// A timestamp inside a finding (a date of birth) is not the record's time.
	in := []byte(`admitted 2023-01-01 10:00:00 seen 2024-02-02 11:00:00`)
	got := recordTime(in, func(s, e int) bool { return s < 28 })
	if !got.Equal(time.Date(2024, 2, 2, 11, 0, 0, 0, time.UTC)) {
		t.Errorf("skip: got %v", got)
	}
}

func TestStateOfZIP(t *testing.T) {
	for zip, want := range map[string]string{"02134": "MA", "94110-1234": "CA", "10001": "NY", "73301": "TX", "99501": "AK", "00001": "", "1234": ""} {
		if got := stateOfZIP([]byte(zip)); got != want {
			t.Errorf("stateOfZIP(%s) = %q, want %q", zip, got, want)
		}
	}
}

// TestSplitMatchesSequential scans large plain files split across workers
// and checks that findings and counts equal a one-worker scan: a log, a
// CSV export whose rows are read by its header, and a W3C log whose
// "#Fields:" line changes halfway.
func TestSplitMatchesSequential(t *testing.T) {
	text, _ := corpus(11, 6000)
	var csv, w3c bytes.Buffer
	csv.WriteString("import_id,last_nm,first_nm,birth_dt,ssn,status\n")
	w3c.WriteString("#Software: Microsoft Internet Information Services 10.0\n#Fields: date time c-ip cs-uri-stem cs-uri-query sc-status\n")
	for i := range 8000 {
		fmt.Fprintf(&csv, "r_%d,Agbaje,Farhan,10/20/1953,4012%05d,ACTIVE\n", i, 27781+i)
		if i == 4000 {
			w3c.WriteString("#Fields: date time cs-uri-stem c-ip cs-uri-query sc-status\n")
		}
		ip, path := fmt.Sprintf("73.162.%d.%d", i/250, i%250+1), "/api/claims"
		if i < 4000 {
			fmt.Fprintf(&w3c, "2026-03-04 10:12:01 %s %s page=%d 200\n", ip, path, i)
		} else {
			fmt.Fprintf(&w3c, "2026-03-04 10:12:01 %s %s page=%d 200\n", path, ip, i)
		}
	}
	dir := t.TempDir()
	norm := func(fs []JSONFinding) []string {
		var out []string
		for _, f := range fs {
			out = append(out, fmt.Sprintf("%d:%d:%d:%s:%s", f.Line, f.Start, f.End, f.Category, f.Fingerprint))
		}
		slices.Sort(out)
		return out
	}
	for name, data := range map[string][]byte{"big.log": text, "export.csv": csv.Bytes(), "u_ex.log": w3c.Bytes()} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		r1, f1 := scanJSONL(t, []string{p}, &Options{Workers: 1})
		r3, f3 := scanJSONL(t, []string{p}, &Options{Workers: 3, SplitBytes: int64(len(data)) / 3})
		if c := r3.Manifest().Objects[0].Chunks; c < 2 {
			t.Fatalf("%s: scanned in %d chunks", name, c)
		}
		if len(f1) == 0 {
			t.Fatalf("%s: nothing found", name)
		}
		if !slices.Equal(norm(f1), norm(f3)) {
			t.Fatalf("%s: split scan found %d findings, sequential %d, or at other places", name, len(f3), len(f1))
		}
		a, b := r1.Sources[0], r3.Sources[0]
		a.Window, b.Window = nil, nil
		if fmt.Sprint(a) != fmt.Sprint(b) || r1.Totals.Individuals != r3.Totals.Individuals {
			t.Fatalf("%s: summaries differ:\n%+v\n%+v", name, a, b)
		}
	}
}

func TestShard(t *testing.T) {
	env := map[string]string{}
	get := func(k string) string { return env[k] }
	if s, err := ParseShard("2/5", get); err != nil || s != (Shard{2, 5}) {
		t.Fatalf("2/5: %v %v", s, err)
	}
	if _, err := ParseShard("5", get); err == nil {
		t.Fatal("N without an index in the environment accepted")
	}
	env["JOB_COMPLETION_INDEX"] = "3"
	if s, err := ParseShard("5", get); err != nil || s != (Shard{3, 5}) {
		t.Fatalf("k8s: %v %v", s, err)
	}
	delete(env, "JOB_COMPLETION_INDEX")
	env["AWS_BATCH_JOB_ARRAY_INDEX"] = "4"
	if s, err := ParseShard("5", get); err != nil || s != (Shard{4, 5}) {
		t.Fatalf("batch: %v %v", s, err)
	}
	for _, bad := range []string{"5/5", "-1/3", "a/3", "1/0"} {
		if _, err := ParseShard(bad, get); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	// Every key is in exactly one shard.
	for i := range 1000 {
		key := fmt.Sprintf("logs/2024/%03d.log.gz", i)
		n := 0
		for s := range 7 {
			if (Shard{s, 7}).Has(key) {
				n++
			}
		}
		if n != 1 {
			t.Fatalf("key %d is in %d shards", i, n)
		}
	}
}

func TestGlob(t *testing.T) {
	for _, tc := range []struct {
		pat, name string
		want      bool
	}{
		{"*.gz", "a/b/c.log.gz", true},
		{"*.gz", "a/b/c.log", false},
		{"a/**/c.log", "a/c.log", true},
		{"a/**/c.log", "a/x/y/c.log", true},
		{"a/*/c.log", "a/x/y/c.log", false},
		{"**/tmp/**", "x/tmp/y.log", true},
	} {
		if got := globMatch(tc.pat, tc.name); got != tc.want {
			t.Errorf("globMatch(%q, %q) = %v", tc.pat, tc.name, got)
		}
	}
}

// TestBundledSample scans testdata/logs, what the README's first command
// scans: every kind of input in it is read, nothing fails.
func TestBundledSample(t *testing.T) {
	rep, _ := scanJSONL(t, []string{"../testdata/logs"}, nil)
	want := []string{"../testdata/logs/app/2026-11-01.log", "../testdata/logs/app/2026-11-02.log.gz",
		"../testdata/logs/archive/2026-10.tar.gz!api/access.log", "../testdata/logs/archive/2026-10.tar.gz!worker/worker.log.zst",
		"../testdata/logs/cloudtrail/2026-10-12T0000Z.json.gz"}
	if got := sources(rep); !slices.Equal(got, want) {
		t.Fatalf("sources %q", got)
	}
	for _, s := range rep.Sources {
		if s.Findings == 0 {
			t.Errorf("%s: no findings", s.Source)
		}
	}
	if rep.Totals.Errors != 0 || rep.Totals.Skipped != 1 || rep.Totals.Individuals < 50 {
		t.Errorf("totals %+v", rep.Totals)
	}
}

func TestProgressLine(t *testing.T) {
	got := progressLine(3, 10, 50<<20, 150<<20, true, 10*time.Second)
	want := "\r\033[Klogscan: 3/10 objects, 50.0 MiB, 5.0 MiB/s, ETA 20s"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// While the listing goes on, the total is unknown: no ETA.
	if got := progressLine(3, 10, 50<<20, 150<<20, false, 10*time.Second); strings.Contains(got, "ETA") {
		t.Errorf("ETA before the listing is complete: %q", got)
	}
}

// TestHeaderRows: a CSV export's header row and a W3C log's "#Fields:"
// line name the fields of the rows after them, which carry no keys.
// TestHeaderOfItsSource: a source's header reads its own rows only, not
// the next source's lines that would fit it (one worker reads both).
func TestHeaderOfItsSource(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.log")
	writeFiles(t, dir, map[string][]byte{
		"a.csv": []byte("mrn,last_name,first_name\n9081726,Okafor,Sofia\n"),
		"b.log": []byte("2026-01-02 10:00:00 INFO start\nmrn|status|code\n7081726|ok|A1\n2026-01-02 10:00:01 INFO done\nok,Hope,Summer\n"),
	})
	_, fs := scanJSONL(t, []string{a, b}, &Options{Workers: 1})
	for _, f := range fs {
		if filepath.Base(f.Source) == "b.log" && f.Line == 5 {
			t.Errorf("b.log line 5: %s finding under %q, a header of a.csv", f.Category, f.Field)
		}
	}
}

// TestX12SegmentLines follows an X12 message printed a segment a line:
// the address right after an organisation's NM1 is its own; a patient's,
// an ambulance's pick-up and an address after another program's line are
// reported.
func TestX12SegmentLines(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"claims.log": []byte("NM1*85*2*DRY WASH HEALTH CENTER*****XX*2273396079~\n" +
			"N3*100 HOSPITAL LOOP~\n" +
			"N4*SANDSTONE*NM*873209998~\n" +
			"NM1*IL*1*OKAFOR*CHIDI****MI*W748732072~\n" +
			"N3*12 ELM ST~\n" +
			"N4*TOWN*MA*02445~\n" +
			"NM1*PW*2~\n" +
			"N3*5197 N 35TH AVE~\n" +
			"NM1*PR*2*MEDICAID*****PI*WIMCD~\n" +
			"2026-01-02 10:00:00 INFO other program\n" +
			"N3*88 OAK ST~\n"),
	})
	_, fs := scanJSONL(t, []string{dir}, nil)
	var got []string
	for _, f := range fs {
		if f.Category == "address" || f.Category == "zip" {
			got = append(got, fmt.Sprintf("%d:%s", f.Line, f.Category))
		}
	}
	want := []string{"5:address", "6:address", "6:zip", "8:address", "11:address"}
	if !slices.Equal(got, want) {
		t.Errorf("address findings %v, want %v", got, want)
	}
}

func TestHeaderRows(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"export.csv": []byte("import_id,last_nm,first_nm,birth_dt,ssn,status\n" +
			"r_97,\"Agbaje, Jr\",Farhan,10/20/1953,401227781,ACTIVE\n" +
			"r_98,Okafor,Sofia,03/04/1950,401227782,ACTIVE\n"),
		"u_ex261202.log": []byte("#Software: Microsoft Internet Information Services 10.0\n" +
			"#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query c-ip sc-status\n" +
			"2026-01-02 10:00:00 10.0.0.5 GET /portal/lookup lastName=Okafor&dob=1950-03-04 81.2.69.160 200\n"),
		// No header: a bare SSN before any name goes unseen, which is why
		// headers matter (after a name in the row, the engine reads it).
		"rows.csv": []byte("r_97,401227781,Okafor,Sofia,03/04/1950,ACTIVE\n"),
		// Query results pasted into a log, as MySQL's client draws them;
		// the table ends at the first line outside it.
		"session.log": []byte("2026-01-02 10:00:00 INFO running report\n" +
			"+----------+-----------+------------+\n" +
			"| mrn      | last_name | dob        |\n" +
			"+----------+-----------+------------+\n" +
			"| 00458812 | Okafor    | 1950-03-04 |\n" +
			"+----------+-----------+------------+\n" +
			"1 row in set (0.00 sec)\n" +
			"| 00458813 | Marsh     | 2026-01-02 |\n"),
		// Exports pasted into a log: each header holds for the rows under
		// it, up to the first line that is not one.
		"blocks.log": []byte("2026-01-02 10:00:00 INFO export follows\n" +
			"PatientID,LastName,FirstName,DOB\n" +
			"7483516,Okafor,Sofia,03/04/1950\n" +
			"2026-01-02 10:00:01 INFO next export\n" +
			"device_serial,patient_mrn,homePhone\n" +
			"SN1572537126,M347407796,3476082349\n" +
			"2026-01-02 10:00:02 INFO done, 2 rows, 0 errors\n" +
			"SN1572537127,M347407797,3476082348\n"),
		// A header a rule of dashes underlines, as SQL*Plus and sqlcmd
		// print one; and one after a job's prefix, which its rows repeat.
		"sqlplus.log": []byte("SQL> SELECT mrn, last_name, birth_dt FROM ehr.decedents;\n" +
			"MRN        LAST_NAME            BIRTH_DT \n" +
			"---------- -------------------- ---------\n" +
			"E2133152   MILLS                22-MAR-86\n" +
			"1 row selected.\n" +
			"E2133153   HOLT                 23-MAR-86\n"),
		// A spooled report indented a column, its names of two words.
		"census.txt": []byte(" RUN DATE: 03/18/24 0500          MIDNIGHT CENSUS BY NURSING UNIT\n" +
			" RM-BED  PATIENT NAME               AGE SX UNIT#\n" +
			" ------- -------------------------- --- -- -----------\n" +
			" 202-A   HAUGLAND,INGRID E           94 F  M000462543\n"),
		"airflow.log": []byte("[2024-03-05, 02:02:53 UTC] {subprocess.py:93} INFO -  account_no |   pt_last    | birth_date\n" +
			"[2024-03-05, 02:02:53 UTC] {subprocess.py:93} INFO - ------------+--------------+-----------\n" +
			"[2024-03-05, 02:02:53 UTC] {subprocess.py:93} INFO -  A692282    | Iyer         | 1971-11-06\n"),
		// A placement file: its layout's name before its columns, a batch
		// header record between them and its rows.
		"placement.psv": []byte("2026-01-02 10:00:00 INFO placement follows\n" +
			"#LAYOUT=PLC_V4|REC|HOSP_ACCT|PT_LAST|PT_SSN\n" +
			"H|MVHS|20260102|0000001\n" +
			"D|7041638975|RAGHUNATHAN|482626983\n" +
			"T|1\n"),
		// A source that opens with a table's header, then holds another
		// table: the second header reads its rows, and the first its own
		// again after them.
		"worklist.log": []byte("ACCESSION|MRN|PATIENT_NAME|DOB\n" +
			"ECH2403148|00321015|CASTELLANOS^SVETLANA|1931-02-16\n" +
			"2026-01-02 10:00:00 INFO billing export follows\n" +
			"claim_id,mrn,last_name,first_name,dob\n" +
			"CLM4009634,00422655,Papadopoulos,Nikolai,01/12/1947\n" +
			"ECH2403149|00321016|OKONKWO^ROSALIND|1941-12-25\n"),
		// An export's rows among other programs' lines, as a log shipper
		// interleaves them: a row of the header's shape is read by it
		// however far below; a line with as many fields of another shape
		// is not.
		"shipper.log": []byte("2026-01-02 09:59:59 INFO extract follows\n" +
			"PAT_MRN_ID|PAT_NAME|BIRTH_DATE|HSP_ACCOUNT_ID|DISCH_DATE\n" +
			"107847456|AL-MASRI,XOCHITL|10/25/1964|4048478873|03/04/2024\n" +
			"2026-01-02 10:00:00 INFO sftp session closed\n" +
			"109699497|MOODY,PAL N|05/28/1930|4051564334|12/16/2022\n" +
			"2026-01-02 10:00:01 INFO result follows\n" +
			"OBX|1|NM|GLU^Glucose|105\n"),
		// A line far below a table whose first row was its rule: the rule
		// gives no shape to match.
		"markdown.log": []byte("2026-01-02 10:00:00 INFO rows\n" +
			"| member_id | plan | mbi_len | last_name |\n" +
			"| --- | --- | --- | --- |\n" +
			"| H428311332 | GOLD | 13 | Bankole |\n" +
			"2026-01-02 10:00:01 INFO next\n" +
			"2026-01-02 10:00:01 | INFO | sampler | table=x\n"),
		// A frame as pandas prints it, values aligned under their names;
		// it ends at the first line that is not one of its rows.
		"frame.log": []byte("2026-01-02 10:00:00 INFO sample rows\n" +
			"   medical_record_number      phone_no  age_years\n" +
			"0                5755212  341-421-9281         17\n" +
			"1             MRN8781552  510-873-2360        103\n" +
			"2026-01-02 10:00:01 INFO 2 rows\n" +
			"0                5755213  341-421-9282         17\n"),
	})
	_, fs := scanJSONL(t, []string{dir}, nil)
	got := map[string][]string{}
	for _, f := range fs {
		got[filepath.Base(f.Source)] = append(got[filepath.Base(f.Source)], fmt.Sprintf("%d:%s:%s", f.Line, f.Field, f.Category))
	}
	for src, want := range map[string][]string{
		"export.csv": {"2:last_nm:name", "2:first_nm:name", "2:birth_dt:date", "2:ssn:ssn",
			"3:last_nm:name", "3:first_nm:name", "3:birth_dt:date", "3:ssn:ssn"},
		"u_ex261202.log": {"3:cs-uri-query.lastName:name", "3:cs-uri-query.dob:date", "3:c-ip:ip"},
		"session.log":    {"5:mrn:mrn", "5:last_name:name", "5:dob:date"},
		"sqlplus.log":    {"4:MRN:mrn", "4:LAST_NAME:name", "4:BIRTH_DT:date"},
		"census.txt":     {"4:PATIENT NAME:name", "4:AGE:age", "4:UNIT#:mrn"},
		"airflow.log":    {"3:account_no:account", "3:pt_last:name", "3:birth_date:date"},
		"frame.log": {"3:medical_record_number:mrn", "3:phone_no:phone", "4:medical_record_number:mrn", "4:phone_no:phone",
			"4:age_years:age", "6::phone"},
		"placement.psv": {"4:HOSP_ACCT:account", "4:PT_LAST:name", "4:PT_SSN:ssn"},
		"worklist.log": {"2:ACCESSION:other_id", "2:MRN:mrn", "2:PATIENT_NAME:name", "2:DOB:date",
			"5:mrn:mrn", "5:last_name:name", "5:first_name:name", "5:dob:date",
			"6:ACCESSION:other_id", "6:MRN:mrn", "6:PATIENT_NAME:name", "6:DOB:date"},
		"markdown.log": {"4:member_id:health_plan", "4:last_name:name"},
		"shipper.log": {"3:PAT_MRN_ID:mrn", "3:PAT_NAME:name", "3:BIRTH_DATE:date", "3:HSP_ACCOUNT_ID:account", "3:DISCH_DATE:date",
			"5:PAT_MRN_ID:mrn", "5:PAT_NAME:name", "5:BIRTH_DATE:date", "5:HSP_ACCOUNT_ID:account", "5:DISCH_DATE:date"},
		"blocks.log": {"3:PatientID:mrn", "3:LastName:name", "3:FirstName:name", "3:DOB:date",
			"6:device_serial:device", "6:patient_mrn:mrn", "6:homePhone:phone"},
	} {
		if !slices.Equal(got[src], want) {
			t.Errorf("%s: findings %v, want %v", src, got[src], want)
		}
	}
	for _, f := range got["rows.csv"] {
		if strings.Contains(f, ":ssn") {
			t.Errorf("rows.csv: %s found without a header; the test no longer shows what headers add", f)
		}
	}
}
