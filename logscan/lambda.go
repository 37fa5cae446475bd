package logscan

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// s3Target is one object named directly (a Batch Operations task).
type s3Target struct {
	bucket, key, version string
}

// BatchHandler returns an AWS Lambda handler for S3 Batch Operations jobs
// that invoke a function, in invocation schema 1.0 or 2.0. Each task's
// object is scanned as logscan would scan it; the task's result string
// carries counts only (findings, records with PHI, individuals, distinct
// identifiers per category, problems by kind), never a value or a
// fingerprint. When reportPrefix (s3://bucket/prefix/) is set, or given as
// the job's user argument "reportPrefix" (schema 2.0), the full JSON report
// of each task is stored under it as JOBID/TASKID.json, for "logscan merge".
//
// opts must carry a fingerprint Key: tasks run in separate invocations, and
// their reports only merge when they share one.
func BatchHandler(opts *Options, reportPrefix string) (func(context.Context, json.RawMessage) (*events.S3BatchJobResponse, error), error) {
	if opts == nil || opts.Key == nil {
		return nil, errors.New("lambda mode needs a fingerprint key (policy token-key or $PHIGUARD_TOKEN_KEY): reports of separate invocations must share it")
	}
	base := *opts
	base.Findings, base.RedactTo, base.Checkpoint, base.Progress = nil, "", "", nil
	return func(ctx context.Context, raw json.RawMessage) (*events.S3BatchJobResponse, error) {
		var ev events.S3BatchJobEventV2 // a superset of 1.0 but for the bucket field
		if err := json.Unmarshal(raw, &ev); err != nil {
			return nil, fmt.Errorf("not an S3 Batch Operations event: %v", err)
		}
		var tasks []s3Target
		switch ev.InvocationSchemaVersion {
		case "1.0":
			var v1 events.S3BatchJobEvent
			if err := json.Unmarshal(raw, &v1); err != nil {
				return nil, fmt.Errorf("not an S3 Batch Operations 1.0 event: %v", err)
			}
			for _, t := range v1.Tasks {
				b := t.S3BucketARN
				if i := strings.LastIndexByte(b, ':'); i >= 0 {
					b = b[i+1:]
				}
				tasks = append(tasks, s3Target{bucket: b, key: t.S3Key, version: t.S3VersionID})
			}
		case "2.0":
			for _, t := range ev.Tasks {
				tasks = append(tasks, s3Target{bucket: t.S3Bucket, key: t.S3Key, version: t.S3VersionID})
			}
		default:
			return nil, fmt.Errorf("unsupported invocation schema version %q", ev.InvocationSchemaVersion)
		}
		prefix := reportPrefix
		if p := ev.Job.UserArguments["reportPrefix"]; p != "" {
			prefix = p
		}
		resp := &events.S3BatchJobResponse{InvocationSchemaVersion: ev.InvocationSchemaVersion,
			TreatMissingKeysAs: "PermanentFailure", InvocationID: ev.InvocationID}
		for i, t := range tasks {
			taskID := ev.Tasks[i].TaskID
			// Batch Operations URL-encodes keys in the event.
			if k, err := url.QueryUnescape(t.key); err == nil {
				t.key = k
			}
			resp.Results = append(resp.Results, runTask(ctx, &base, t, prefix, ev.Job.ID, taskID))
		}
		return resp, nil
	}, nil
}

// taskCounts is a task's result string: counts only.
type taskCounts struct {
	Findings    int64            `json:"findings"`
	RecordsPHI  int64            `json:"records_with_phi"`
	Individuals int64            `json:"individuals"`
	Distinct    map[string]int64 `json:"distinct,omitempty"`
	Errors      int64            `json:"errors,omitempty"`
	Skipped     int64            `json:"skipped,omitempty"`
	Problem     string           `json:"problem,omitempty"`
	Report      string           `json:"report,omitempty"`
}

func runTask(ctx context.Context, o *Options, t s3Target, prefix, jobID, taskID string) events.S3BatchJobResult {
	res := events.S3BatchJobResult{TaskID: taskID, ResultCode: "Succeeded"}
	rep, err := scanTargets(ctx, o, []s3Target{t})
	var c taskCounts
	if err != nil {
		res.ResultCode, c.Problem = "PermanentFailure", describeErr(err)
	} else {
		tt := rep.Totals
		c = taskCounts{Findings: tt.Findings, RecordsPHI: tt.RecordsPHI, Individuals: tt.Individuals, Errors: tt.Errors, Skipped: tt.Skipped}
		for _, cs := range rep.Categories {
			if c.Distinct == nil {
				c.Distinct = map[string]int64{}
			}
			c.Distinct[cs.Category] = cs.Distinct
		}
		for _, p := range rep.Problems {
			if p.Kind == KindError {
				c.Problem = p.Message
				res.ResultCode = "PermanentFailure"
				if retryable(p.Message) {
					res.ResultCode = "TemporaryFailure"
				}
				break
			}
		}
		if prefix != "" && res.ResultCode == "Succeeded" {
			where, err := putReport(ctx, o, rep, prefix, jobID, taskID)
			if err != nil {
				res.ResultCode, c.Problem = "TemporaryFailure", "storing the report: "+describeErr(err)
			}
			c.Report = where
		}
	}
	b, _ := json.Marshal(c)
	res.ResultString = string(b)
	return res
}

// retryable tells a failure worth a later retry (throttling, a 5xx, a
// broken connection) from a permanent one.
func retryable(msg string) bool {
	for _, s := range []string{"SlowDown", "Throttl", "HTTP 500", "HTTP 502", "HTTP 503", "HTTP 504", "InternalError", "connection reset", "timeout"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

func putReport(ctx context.Context, o *Options, rep *Report, prefix, jobID, taskID string) (string, error) {
	bucket, p, err := parseS3URL(prefix)
	if err != nil {
		return "", err
	}
	if p != "" && !strings.HasSuffix(p, "/") {
		p += "/"
	}
	var buf bytes.Buffer
	if err := rep.WriteJSON(&buf); err != nil {
		return "", err
	}
	client, err := (&s3Access{opts: o.S3}).get(ctx)
	if err != nil {
		return "", err
	}
	key := p + jobID + "/" + url.PathEscape(taskID) + ".json"
	_, err = client.PutObject(ctx, &s3.PutObjectInput{Bucket: &bucket, Key: &key, Body: bytes.NewReader(buf.Bytes()),
		ContentType: aws.String("application/json")})
	return "s3://" + bucket + "/" + key, err
}

// scanTargets scans objects named directly rather than listed.
func scanTargets(ctx context.Context, o *Options, ts []s3Target) (*Report, error) {
	oo := *o
	oo.direct = ts
	return Scan(ctx, nil, &oo)
}

// listDirect sends objects named directly, after a HEAD for their size,
// ETag, storage class and time.
func (rc *runCtx) listDirect(ctx context.Context, send func(*object) bool) bool {
	for _, t := range rc.opts.direct {
		u := "s3://" + t.bucket + "/" + t.key
		client, err := rc.s3.get(ctx)
		if err != nil {
			return listProblem(send, rc.names.safe(u), describeErr(err))
		}
		in := &s3.HeadObjectInput{Bucket: &t.bucket, Key: &t.key}
		if t.version != "" {
			in.VersionId = &t.version
		}
		h, err := client.HeadObject(ctx, in)
		if err != nil {
			if !listProblem(send, rc.names.safe(u), describeErr(err)) {
				return false
			}
			continue
		}
		ob := rc.s3Object(ctx, client, t.bucket, "", t.key, t.version, true, aws.ToInt64(h.ContentLength),
			aws.ToString(h.ETag), string(h.StorageClass), aws.ToTime(h.LastModified))
		if ob != nil && !send(ob) {
			return false
		}
	}
	return true
}

func (c *cli) lambda(ctx context.Context, args []string) int {
	if len(args) > 0 {
		return c.errorf("lambda takes no arguments: configure it with $PHIGUARD_POLICY, $PHIGUARD_TOKEN_KEY and $LOGSCAN_REPORT_PREFIX")
	}
	var o Options
	if err := c.loadPolicy(c.io.Getenv("PHIGUARD_POLICY"), &o); err != nil {
		return c.errorf("%v", err)
	}
	o.S3.Endpoint = c.io.Getenv("LOGSCAN_S3_ENDPOINT")
	h, err := BatchHandler(&o, c.io.Getenv("LOGSCAN_REPORT_PREFIX"))
	if err != nil {
		return c.errorf("%v", err)
	}
	lambda.StartWithOptions(h, lambda.WithContext(ctx))
	return ExitClean
}

// InLambda reports whether the process runs inside AWS Lambda.
func InLambda() bool { return os.Getenv("AWS_LAMBDA_RUNTIME_API") != "" }
