package logscan

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
)

// The events in testdata/lambda: upstream-request-*.json are the recorded S3
// Batch Operations events of github.com/aws/aws-lambda-go (events/testdata,
// Apache 2.0), as AWS sends them; request-*.json are the same shapes naming
// objects of the test bucket.

func invoke(t *testing.T, h func(context.Context, json.RawMessage) (*events.S3BatchJobResponse, error), file string) *events.S3BatchJobResponse {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := h(context.Background(), b)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return resp
}

var fingerprintRE = regexp.MustCompile(`[0-9a-f]{8}:[0-9a-f]{16}`)

func TestLambdaBatch(t *testing.T) {
	f := newFakeS3(t)
	f.bucket("logs")
	f.bucket("reports")
	f.put("logs", "app/2024-01-01 intake.log.gz", gzipOf(t, ssnLines(4, 0)), time.Now())
	f.put("logs", "app/2024-01-02.log", ssnLines(3, 2), time.Now()) // two of its people are in the first object too
	h, err := BatchHandler(&Options{Key: testKey(t), S3: f.opts()}, "")
	if err != nil {
		t.Fatal(err)
	}
	// Schema 1.0: bucket from the ARN, URL-encoded key.
	r1 := invoke(t, h, "testdata/lambda/request-1.0.json")
	if r1.InvocationSchemaVersion != "1.0" || r1.InvocationID != "YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo" ||
		r1.TreatMissingKeysAs != "PermanentFailure" || len(r1.Results) != 1 {
		t.Fatalf("response %+v", r1)
	}
	var c taskCounts
	if r := r1.Results[0]; r.TaskID != "dGFza2lkZ29lc2hlcmUK" || r.ResultCode != "Succeeded" || json.Unmarshal([]byte(r.ResultString), &c) != nil {
		t.Fatalf("result %+v", r)
	}
	if c.Findings != 8 || c.RecordsPHI != 4 || c.Distinct["ssn"] != 4 || c.Individuals != 4 {
		t.Fatalf("counts %+v", c)
	}
	// Schema 2.0: reports stored under the user argument's prefix; a
	// missing key fails its task only.
	r2 := invoke(t, h, "testdata/lambda/request-2.0.json")
	codes := []string{}
	for _, r := range r2.Results {
		codes = append(codes, r.ResultCode)
		if fingerprintRE.MatchString(r.ResultString) || strings.Contains(r.ResultString, "123-45-") || strings.Contains(r.ResultString, "@example") {
			t.Errorf("result string carries more than counts: %s", r.ResultString)
		}
	}
	if strings.Join(codes, ",") != "Succeeded,Succeeded,PermanentFailure" {
		t.Fatalf("result codes %v", codes)
	}
	if !strings.Contains(r2.Results[2].ResultString, "HeadObject") {
		t.Errorf("failure does not say what failed: %s", r2.Results[2].ResultString)
	}
	if keys := f.keys("reports", "batch/"); len(keys) != 2 || !strings.HasPrefix(keys[0], "batch/a1b2c3d4-61f6-4a2b-8a21-d07600c373ce/") {
		t.Fatalf("stored reports %q", keys)
	}
	// The task reports merge into one exact summary.
	var stdout, stderr bytes.Buffer
	code := Main(context.Background(), []string{"merge", "-format", "json", "-endpoint", f.proxy.URL, "-path-style", "s3://reports/batch/"},
		IO{Stdout: &stdout, Stderr: &stderr}, "")
	if code != 0 {
		t.Fatalf("merge exit %d: %s", code, stderr.String())
	}
	m, err := ReadReport(&stdout)
	if err != nil {
		t.Fatal(err)
	}
	if m.Totals.Objects != 2 || m.Totals.Findings != 14 || m.Totals.Individuals != 5 || m.Categories[0].Distinct != 5 {
		t.Fatalf("merged totals %+v categories %+v", m.Totals, m.Categories)
	}
}

// TestLambdaRecordedEvents runs the events exactly as recorded upstream:
// both schemas parse, IDs are echoed, and the tasks (whose bucket does not
// exist here) fail permanently with a reason.
func TestLambdaRecordedEvents(t *testing.T) {
	f := newFakeS3(t)
	h, err := BatchHandler(&Options{Key: testKey(t), S3: f.opts()}, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []string{"1.0", "2.0"} {
		r := invoke(t, h, "testdata/lambda/upstream-request-"+v+".json")
		if r.InvocationSchemaVersion != v || len(r.Results) != 1 || r.Results[0].TaskID != "dGFza2lkZ29lc2hlcmUK" ||
			r.Results[0].ResultCode != "PermanentFailure" || !strings.Contains(r.Results[0].ResultString, "HeadObject") {
			t.Errorf("schema %s: %+v", v, r)
		}
	}
	if _, err := h(context.Background(), []byte(`{"invocationSchemaVersion":"3.0","tasks":[]}`)); err == nil {
		t.Error("unknown schema accepted")
	}
	if _, err := BatchHandler(&Options{}, ""); err == nil {
		t.Error("handler without a key accepted")
	}
}
