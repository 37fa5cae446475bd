package logscan

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
)

// fakeS3 is gofakes3 on loopback behind an error-injecting proxy. logscan
// talks to the proxy through the real AWS SDK client; the proxy can answer
// with throttling, denials and server errors, reset connections mid-body,
// and mark keys as archived (gofakes3 has no storage classes).
type fakeS3 struct {
	t       *testing.T
	proxy   *httptest.Server
	backend string // URL of gofakes3 itself
	client  *s3.Client
	clock   *clock

	mu    sync.Mutex
	rules []*rule
	seen  map[string]int // method + path: requests that reached the proxy
}

// A rule answers matching requests with a fault, Times times (-1: always).
type rule struct {
	method, path, query string // path and query: substrings
	fault               string // "slowdown", "denied", "500", "reset", "cut"
	times               int
}

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time                  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Since(t time.Time) time.Duration { return c.Now().Sub(t) }
func (c *clock) set(t time.Time)                 { c.mu.Lock(); c.t = t; c.mu.Unlock() }

func newFakeS3(t *testing.T) *fakeS3 {
	t.Setenv("AWS_ACCESS_KEY_ID", "AKIDLOGSCANTEST")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "logscan-test-secret")
	t.Setenv("AWS_REGION", "us-east-1")
	t.Setenv("AWS_CONFIG_FILE", "/nonexistent")
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
	t.Setenv("AWS_EC2_METADATA_DISABLED", "true")
	f := &fakeS3{t: t, clock: &clock{t: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)}, seen: map[string]int{}}
	faker := gofakes3.New(s3mem.New(s3mem.WithTimeSource(f.clock)), gofakes3.WithTimeSkewLimit(0))
	back := httptest.NewServer(faker.Server())
	t.Cleanup(back.Close)
	f.backend = back.URL
	f.proxy = httptest.NewServer(f)
	t.Cleanup(f.proxy.Close)
	c, err := NewS3Client(context.Background(), &S3Options{Endpoint: back.URL, PathStyle: true})
	if err != nil {
		t.Fatal(err)
	}
	f.client = c
	return f
}

// opts returns the S3 options of a logscan run through the proxy.
func (f *fakeS3) opts() S3Options {
	return S3Options{Endpoint: f.proxy.URL, PathStyle: true, PageSize: 3, MaxAttempts: 4, MaxBackoff: 20 * time.Millisecond}
}

func (f *fakeS3) bucket(name string) {
	if _, err := f.client.CreateBucket(context.Background(), &s3.CreateBucketInput{Bucket: &name}); err != nil {
		f.t.Fatal(err)
	}
}

func (f *fakeS3) put(bucket, key string, body []byte, at time.Time) {
	f.clock.set(at)
	if _, err := f.client.PutObject(context.Background(), &s3.PutObjectInput{Bucket: &bucket, Key: &key, Body: bytes.NewReader(body)}); err != nil {
		f.t.Fatal(err)
	}
}

func (f *fakeS3) get(bucket, key string) []byte {
	o, err := f.client.GetObject(context.Background(), &s3.GetObjectInput{Bucket: &bucket, Key: &key})
	if err != nil {
		f.t.Fatalf("get %s: %v", key, err)
	}
	defer o.Body.Close()
	b, _ := io.ReadAll(o.Body)
	return b
}

func (f *fakeS3) keys(bucket, prefix string) []string {
	var out []string
	p := s3.NewListObjectsV2Paginator(f.client, &s3.ListObjectsV2Input{Bucket: &bucket, Prefix: &prefix})
	for p.HasMorePages() {
		page, err := p.NextPage(context.Background())
		if err != nil {
			f.t.Fatal(err)
		}
		for _, o := range page.Contents {
			out = append(out, aws.ToString(o.Key))
		}
	}
	return out
}

func (f *fakeS3) fault(r rule) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.rules = append(f.rules, &r)
}

func (f *fakeS3) count(method, pathPart string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for k, v := range f.seen {
		if strings.HasPrefix(k, method+" ") && strings.Contains(k, pathPart) {
			n += v
		}
	}
	return n
}

var contentsRE = regexp.MustCompile(`(?s)<(Contents|Version)>.*?</(Contents|Version)>`)

func (f *fakeS3) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.seen[r.Method+" "+r.URL.Path]++
	var fault string
	for _, ru := range f.rules {
		if ru.times != 0 && (ru.method == "" || ru.method == r.Method) && strings.Contains(r.URL.Path, ru.path) && strings.Contains(r.URL.RawQuery, ru.query) {
			fault = ru.fault
			if ru.times > 0 {
				ru.times--
			}
			break
		}
	}
	f.mu.Unlock()
	s3err := func(status int, code string) {
		w.Header().Set("Content-Type", "application/xml")
		w.WriteHeader(status)
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>%s</Code><Message>injected</Message><RequestId>1</RequestId></Error>`, code)
	}
	switch fault {
	case "slowdown":
		s3err(503, "SlowDown")
		return
	case "denied":
		s3err(403, "AccessDenied")
		return
	case "500":
		s3err(500, "InternalError")
		return
	case "reset":
		resetConn(w)
		return
	}
	req := r.Clone(r.Context())
	req.RequestURI = ""
	req.URL.Scheme, req.URL.Host = "http", strings.TrimPrefix(f.backend, "http://")
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	// Archive classes: keys under cold/ are GLACIER; "restored" ones have a
	// finished restore.
	if r.Method == "GET" && (r.URL.Query().Has("list-type") || r.URL.Query().Has("versions")) {
		body = contentsRE.ReplaceAllFunc(body, func(b []byte) []byte {
			if !bytes.Contains(b, []byte("<Key>cold/")) {
				return b
			}
			b = regexp.MustCompile(`<StorageClass>[A-Z_]*</StorageClass>`).ReplaceAll(b, nil)
			i := bytes.LastIndex(b, []byte("</"))
			return append(append(b[:i:i], "<StorageClass>GLACIER</StorageClass>"...), b[i:]...)
		})
	}
	for k, vs := range resp.Header {
		if k != "Content-Length" {
			w.Header()[k] = vs
		}
	}
	if strings.Contains(r.URL.Path, "/cold/") {
		w.Header().Set("x-amz-storage-class", "GLACIER")
		if strings.Contains(r.URL.Path, "restored") {
			w.Header().Set("x-amz-restore", `ongoing-request="false", expiry-date="Fri, 21 Dec 2029 00:00:00 GMT"`)
		}
	}
	w.Header().Set("Content-Length", fmt.Sprint(len(body)))
	w.WriteHeader(resp.StatusCode)
	// Write errors are ignored: the handler runs outside the test goroutine
	// (no t.Fatal), and a client that gave up or was cut off is what some
	// tests inject; the client side asserts what it received.
	if fault == "cut" && len(body) > 100 {
		_, _ = w.Write(body[:len(body)/3])
		w.(http.Flusher).Flush()
		resetConn(w)
		return
	}
	_, _ = w.Write(body)
}

// resetConn closes the connection with a TCP reset.
func resetConn(w http.ResponseWriter) {
	conn, _, err := w.(http.Hijacker).Hijack()
	if err != nil {
		return
	}
	if tc, ok := conn.(*net.TCPConn); ok {
		// Best effort: without linger 0 the close is a FIN, not a reset,
		// and the tests relying on the reset would fail visibly.
		_ = tc.SetLinger(0)
	}
	conn.Close()
}

// s3Scan runs a scan through the proxy.
func (f *fakeS3) scan(inputs []string, o *Options) (*Report, []JSONFinding) {
	oo := Options{}
	if o != nil {
		oo = *o
	}
	oo.S3 = f.opts()
	if o != nil {
		oo.S3.Versions, oo.S3.Inventories = o.S3.Versions, o.S3.Inventories
	}
	return scanJSONL(f.t, inputs, &oo)
}

// TestS3Bucket: listing across pages, nested archives, the same findings
// as the same bytes on disk, --since/--until by LastModified.
func TestS3Bucket(t *testing.T) {
	f := newFakeS3(t)
	f.bucket("logs")
	plain := ssnLines(5, 0)
	day := func(d int) time.Time { return time.Date(2024, 1, d, 12, 0, 0, 0, time.UTC) }
	objs := map[string][]byte{
		"app/2024-01-01.log":    plain,
		"app/2024-01-02.log.gz": gzipOf(t, plain),
		"app/2024-01-03.tar.gz": gzipOf(t, tarOf(t, map[string][]byte{"a.log.zst": zstdOf(plain), "b.log": plain})),
		"app/2024-01-04.zip":    zipOf(t, map[string][]byte{"c.log": plain}),
		"app/2024-01-05.log":    []byte("clean\n"),
		"app/2024-01-06.log":    plain,
		"app/2024-01-07.log":    plain,
		"other/x.log":           plain,
	}
	i := 0
	for _, k := range slices.Sorted(mapsKeys(objs)) {
		i++
		f.put("logs", k, objs[k], day(i))
	}
	rep, fs := f.scan([]string{"s3://logs/app/"}, nil)
	want := []string{"s3://logs/app/2024-01-01.log", "s3://logs/app/2024-01-02.log.gz", "s3://logs/app/2024-01-03.tar.gz!a.log.zst",
		"s3://logs/app/2024-01-03.tar.gz!b.log", "s3://logs/app/2024-01-04.zip!c.log", "s3://logs/app/2024-01-05.log",
		"s3://logs/app/2024-01-06.log", "s3://logs/app/2024-01-07.log"}
	if got := sources(rep); !slices.Equal(got, want) {
		t.Fatalf("sources:\n got %q\nwant %q", got, want)
	}
	if f.count("GET", "/logs") < 3 {
		t.Errorf("listing of 7 keys at 3 a page took fewer than 3 requests")
	}
	per := map[string]int{}
	for _, f := range fs {
		per[f.Source]++
	}
	for _, s := range want {
		if n := per[s]; (n != 10) != strings.HasSuffix(s, "05.log") {
			t.Errorf("%s: %d findings", s, n)
		}
	}
	for _, m := range rep.Manifest().Objects {
		if m.ETag == "" || m.Size <= 0 || m.LastModified == nil {
			t.Errorf("manifest entry %+v lacks identity", m)
		}
	}
	// --since/--until by LastModified: days 2 and 3.
	rep, _ = f.scan([]string{"s3://logs/app/"}, &Options{Since: day(2), Until: day(4)})
	if rep.Totals.Objects != 2 || rep.Totals.Excluded != 5 {
		t.Errorf("since/until: %d objects, %d excluded; want 2 and 5", rep.Totals.Objects, rep.Totals.Excluded)
	}
}

func mapsKeys[M ~map[K]V, K comparable, V any](m M) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// TestS3Faults: throttling, server errors and resets are retried; a denied
// prefix, an object failing every attempt and archived objects are reported
// and the scan goes on.
func TestS3Faults(t *testing.T) {
	f := newFakeS3(t)
	f.bucket("logs")
	plain := ssnLines(200, 0)
	for _, k := range []string{"ok/a.log", "ok/b.log.gz", "ok/flaky.log", "ok/broken.log", "ok/cut.log", "cold/archived.log", "cold/restored.log", "denied/x.log"} {
		b := plain
		if strings.HasSuffix(k, ".gz") {
			b = gzipOf(t, plain)
		}
		f.put("logs", k, b, time.Now())
	}
	f.fault(rule{method: "GET", query: "list-type", fault: "slowdown", times: 2})
	f.fault(rule{method: "GET", path: "/ok/a.log", fault: "slowdown", times: 2})
	f.fault(rule{method: "GET", path: "/ok/flaky.log", fault: "500", times: 2})
	f.fault(rule{method: "GET", path: "/ok/b.log.gz", fault: "reset", times: 1})
	f.fault(rule{method: "GET", path: "/ok/cut.log", fault: "cut", times: 2})
	f.fault(rule{method: "GET", path: "/ok/broken.log", fault: "500", times: -1})
	f.fault(rule{method: "GET", query: "prefix=denied", fault: "denied", times: -1})
	rep, fs := f.scan([]string{"s3://logs/ok/", "s3://logs/cold/", "s3://logs/denied/"}, &Options{Workers: 2})
	per := map[string]int{}
	for _, f := range fs {
		per[f.Source]++
	}
	for _, s := range []string{"ok/a.log", "ok/b.log.gz", "ok/flaky.log", "ok/cut.log", "cold/restored.log"} {
		if per["s3://logs/"+s] != 400 {
			t.Errorf("%s: %d findings, want 400 (every line, once)", s, per["s3://logs/"+s])
		}
	}
	got := map[string]string{}
	for _, p := range rep.Problems {
		got[strings.TrimPrefix(p.Source, "s3://logs/")] = p.Kind + ": " + p.Message
	}
	for src, want := range map[string]string{
		"ok/broken.log":     "error: GetObject: InternalError (HTTP 500): gave up after 4 attempts",
		"cold/archived.log": "skip: archive storage class GLACIER (not restored)",
		"denied/":           "error: cannot list: ListObjectsV2: access denied: AccessDenied (HTTP 403)",
	} {
		if got[src] != want {
			t.Errorf("%s: problem %q, want %q", src, got[src], want)
		}
	}
	if len(rep.Problems) != 3 {
		t.Errorf("problems %+v", rep.Problems)
	}
	if n := f.count("GET", "/ok/cut.log"); n != 3 {
		t.Errorf("cut.log fetched %d times, want 3 (two cut, resumed by range)", n)
	}
	if rep.Totals.Errors != 2 {
		t.Errorf("errors %d, want 2", rep.Totals.Errors)
	}
}

// TestS3Shards: shards of a bucket cover every object exactly once.
func TestS3Shards(t *testing.T) {
	f := newFakeS3(t)
	f.bucket("logs")
	for i := range 40 {
		f.put("logs", fmt.Sprintf("d/%02d.log", i), []byte(fmt.Sprintf(`{"ssn":"123-45-%04d"}`+"\n", 1000+i)), time.Now())
	}
	seen := map[string]int{}
	for s := range 4 {
		rep, _ := f.scan([]string{"s3://logs/d/"}, &Options{Shard: Shard{s, 4}})
		if rep.Totals.Objects < 3 {
			t.Errorf("shard %d has %d of 40 objects", s, rep.Totals.Objects)
		}
		for _, src := range sources(rep) {
			seen[src]++
		}
	}
	if len(seen) != 40 {
		t.Fatalf("shards cover %d of 40 objects", len(seen))
	}
	for s, n := range seen {
		if n != 1 {
			t.Errorf("%s scanned by %d shards", s, n)
		}
	}
}

// TestS3RedactAndResume: redacted copies written back to the bucket in the
// same layout, and a checkpointed bucket scan resumed.
func TestS3RedactAndResume(t *testing.T) {
	f := newFakeS3(t)
	f.bucket("logs")
	f.bucket("clean")
	plain := ssnLines(20, 0)
	f.put("logs", "app/a.log", plain, time.Now())
	f.put("logs", "app/b/c.log.gz", gzipOf(t, plain), time.Now())
	f.put("logs", "app/clean.log", []byte("nothing\n"), time.Now())
	ck := t.TempDir() + "/ckpt"
	rep, _ := f.scan([]string{"s3://logs/app/"}, &Options{RedactTo: "s3://clean/redacted/", Checkpoint: ck})
	if rep.Totals.RedactedCopies != 2 {
		t.Fatalf("%d copies", rep.Totals.RedactedCopies)
	}
	// The layout below the input prefix is kept below the destination's.
	if got := f.keys("clean", ""); !slices.Equal(got, []string{"redacted/a.log", "redacted/b/c.log.gz"}) {
		t.Fatalf("copies %q", got)
	}
	a := f.get("clean", "redacted/a.log")
	if bytes.Contains(a, []byte("123-45-")) || bytes.Count(a, []byte("[REDACTED:ssn]")) != 20 {
		t.Fatalf("copy not redacted: %.100s", a)
	}
	if gz := f.get("clean", "redacted/b/c.log.gz"); !bytes.HasPrefix(gz, []byte{0x1f, 0x8b}) {
		t.Fatal("copy of a gzip object is not gzip")
	}
	if !bytes.Equal(f.get("logs", "app/a.log"), plain) {
		t.Fatal("original changed")
	}
	// Resume: a new object is scanned, the others come from the checkpoint.
	f.put("logs", "app/new.log", plain, time.Now())
	before := f.count("GET", "/logs/app/a.log")
	rep2, _ := f.scan([]string{"s3://logs/app/"}, &Options{Checkpoint: ck})
	if rep2.Totals.Resumed != 3 || rep2.Totals.Objects != 4 || rep2.Totals.Findings != 120 {
		t.Fatalf("resumed %d, objects %d, findings %d; want 3, 4, 120", rep2.Totals.Resumed, rep2.Totals.Objects, rep2.Totals.Findings)
	}
	if f.count("GET", "/logs/app/a.log") != before {
		t.Fatal("a finished object was fetched again")
	}
	// Redacting into the bucket being scanned is refused.
	if _, err := Scan(context.Background(), []string{"s3://logs/app/"}, &Options{RedactTo: "s3://logs/app/red/", S3: f.opts()}); err == nil {
		t.Fatal("overlapping -redact-to accepted")
	}
}

// TestS3Versions: --versions scans non-current versions, which keep PHI
// after a clean-up.
func TestS3Versions(t *testing.T) {
	f := newFakeS3(t)
	f.bucket("logs")
	_, err := f.client.PutBucketVersioning(context.Background(), &s3.PutBucketVersioningInput{Bucket: aws.String("logs"),
		VersioningConfiguration: &types.VersioningConfiguration{Status: types.BucketVersioningStatusEnabled}})
	if err != nil {
		t.Fatal(err)
	}
	f.put("logs", "app.log", ssnLines(3, 0), time.Now())
	f.put("logs", "app.log", []byte("cleaned up\n"), time.Now())
	rep, _ := f.scan([]string{"s3://logs/"}, nil)
	if rep.Totals.Findings != 0 || rep.Totals.Objects != 1 {
		t.Fatalf("current versions: %d objects, %d findings", rep.Totals.Objects, rep.Totals.Findings)
	}
	rep, _ = f.scan([]string{"s3://logs/"}, &Options{S3: S3Options{Versions: true}})
	if rep.Totals.Findings != 6 || rep.Totals.Objects != 2 {
		t.Fatalf("all versions: %d objects, %d findings; want 2 and 6", rep.Totals.Objects, rep.Totals.Findings)
	}
	var old string
	for _, m := range rep.Manifest().Objects {
		if m.VersionID == "" {
			t.Errorf("%s has no version ID", m.Object)
		}
		if m.Findings > 0 {
			old = m.Object
		}
	}
	if !strings.Contains(old, "?versionId=") {
		t.Errorf("the old version is named %q, without its version", old)
	}
}

// TestS3Inventory scans the objects of an S3 Inventory report (CSV).
func TestS3Inventory(t *testing.T) {
	f := newFakeS3(t)
	f.bucket("logs")
	f.bucket("inv")
	f.put("logs", "a b/x.log", ssnLines(2, 0), time.Now())
	f.put("logs", "a b/y.log.gz", gzipOf(t, ssnLines(2, 5)), time.Now())
	csv := `"logs","a+b%2Fx.log","42","2024-01-02T03:04:05.000Z","STANDARD"` + "\n" +
		`"logs","a+b%2Fy.log.gz","42","2024-01-02T03:04:05.000Z","STANDARD"` + "\n"
	f.put("inv", "logs/inv1/data/part-1.csv.gz", gzipOf(t, []byte(csv)), time.Now())
	manifest := `{"sourceBucket":"logs","destinationBucket":"arn:aws:s3:::inv","version":"2016-11-30","fileFormat":"CSV",
		"fileSchema":"Bucket, Key, Size, LastModifiedDate, StorageClass","files":[{"key":"logs/inv1/data/part-1.csv.gz","size":100,"MD5checksum":"x"}]}`
	f.put("inv", "logs/inv1/2024-01-03T00-00Z/manifest.json", []byte(manifest), time.Now())
	rep, _ := f.scan(nil, &Options{S3: S3Options{Inventories: []string{"s3://inv/logs/inv1/2024-01-03T00-00Z/manifest.json"}}})
	if got := sources(rep); !slices.Equal(got, []string{"s3://logs/a b/x.log", "s3://logs/a b/y.log.gz"}) || rep.Totals.Findings != 8 {
		t.Fatalf("sources %q, findings %d", got, rep.Totals.Findings)
	}
}
