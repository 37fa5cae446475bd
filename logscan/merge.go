package logscan

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Merge combines reports of shards, checkpointed runs or Lambda tasks into
// one: sources, problems and matches are put together, and distinct
// identifiers, individuals and states are recomputed from the reports'
// identities, so the totals are those of a single scan over everything.
// The reports must share a fingerprint key.
func Merge(reports []*Report) (*Report, error) {
	if len(reports) == 0 {
		return nil, fmt.Errorf("no reports to merge")
	}
	out := &Report{Tool: "logscan", Version: reports[0].Version, KeyID: reports[0].KeyID, PolicyHash: reports[0].PolicyHash,
		EphemeralKey: reports[0].EphemeralKey, Started: reports[0].Started, Finished: reports[0].Finished}
	id := &ident{}
	for i, r := range reports {
		if r.KeyID != out.KeyID {
			return nil, fmt.Errorf("report %d was made with fingerprint key %s, report 1 with %s: distinct counts cannot be merged", i+1, r.KeyID, out.KeyID)
		}
		if r.PolicyHash != out.PolicyHash {
			return nil, fmt.Errorf("report %d was made with another policy than report 1", i+1)
		}
		if r.Identities == nil {
			return nil, fmt.Errorf("report %d has no identities: merge needs -format json reports", i+1)
		}
		rid, err := importIdentities(r.Identities)
		if err != nil {
			return nil, fmt.Errorf("report %d: %v", i+1, err)
		}
		id.merge(rid)
		if r.Started.Before(out.Started) {
			out.Started = r.Started
		}
		if r.Finished.After(out.Finished) {
			out.Finished = r.Finished
		}
		out.Sources = append(out.Sources, r.Sources...)
		out.Problems = append(out.Problems, r.Problems...)
		out.Matches = append(out.Matches, r.Matches...)
		t := r.Totals
		o := &out.Totals
		o.Objects += t.Objects
		o.ObjectsPHI += t.ObjectsPHI
		o.Baselined += t.Baselined
		o.Resumed += t.Resumed
		o.RedactedCopies += t.RedactedCopies
	}
	out.finish(id)
	return out, nil
}

func (c *cli) merge(ctx context.Context, args []string) int {
	fs := c.flagSet("logscan merge")
	format := fs.String("format", "text", "output `format`: text, json or sarif")
	output := fs.String("o", "", "write the output to `FILE` (mode 0600)")
	endpoint := fs.String("endpoint", "", "S3-compatible endpoint `URL`")
	pathStyle := fs.Bool("path-style", false, "address S3 buckets by path")
	region := fs.String("region", "", "AWS `region`")
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return ExitError
	}
	if len(paths) == 0 {
		fs.Usage()
		return ExitError
	}
	switch *format {
	case "text", "json", "sarif":
	default:
		return c.errorf("merge: unknown -format %q: want text, json or sarif", *format)
	}
	acc := &s3Access{opts: S3Options{Endpoint: *endpoint, PathStyle: *pathStyle, Region: *region}}
	var reports []*Report
	for _, p := range paths {
		rs, err := readReports(ctx, acc, p)
		if err != nil {
			return c.errorf("merge: %v", err)
		}
		reports = append(reports, rs...)
	}
	rep, err := Merge(reports)
	if err != nil {
		return c.errorf("merge: %v", err)
	}
	out, closeOut, err := c.output(*output)
	if err != nil {
		return c.errorf("-o: %s", describeErr(err))
	}
	defer closeOut()
	if err := rep.Write(out, *format); err != nil {
		return c.errorf("merge: writing: %s", describeErr(err))
	}
	if rep.Totals.Errors > 0 {
		return ExitError
	}
	return ExitClean
}

// readReports reads a report file, an s3:// report object, or every .json
// object under an s3:// prefix ending in "/".
func readReports(ctx context.Context, acc *s3Access, p string) ([]*Report, error) {
	if !strings.HasPrefix(p, "s3://") {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %s", p, describeErr(err))
		}
		defer f.Close()
		r, err := ReadReport(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", p, err)
		}
		return []*Report{r}, nil
	}
	bucket, key, err := parseS3URL(p)
	if err != nil {
		return nil, err
	}
	client, err := acc.get(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s", describeErr(err))
	}
	keys := []string{key}
	if key == "" || strings.HasSuffix(key, "/") {
		keys = nil
		pg := s3.NewListObjectsV2Paginator(client, &s3.ListObjectsV2Input{Bucket: &bucket, Prefix: &key})
		for pg.HasMorePages() {
			page, err := pg.NextPage(ctx)
			if err != nil {
				return nil, fmt.Errorf("listing %s: %s", p, describeErr(err))
			}
			for _, o := range page.Contents {
				if k := aws.ToString(o.Key); strings.HasSuffix(k, ".json") {
					keys = append(keys, k)
				}
			}
		}
	}
	var out []*Report
	for _, k := range keys {
		o, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: &bucket, Key: aws.String(k)})
		if err != nil {
			return nil, fmt.Errorf("s3://%s/%s: %s", bucket, k, describeErr(err))
		}
		r, err := ReadReport(io.LimitReader(o.Body, 1<<30))
		o.Body.Close()
		if err != nil {
			return nil, fmt.Errorf("s3://%s/%s: %v", bucket, k, err)
		}
		out = append(out, r)
	}
	return out, nil
}

func jsonLine(w io.Writer, v any) error {
	return json.NewEncoder(w).Encode(v)
}
