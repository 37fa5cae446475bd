package logscan

import (
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/feature/s3/transfermanager"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go"
)

// S3Options configure access to S3 and S3-compatible stores. Credentials
// and region come from the standard AWS chain (environment, shared files,
// SSO, container and instance roles).
type S3Options struct {
	// Endpoint is the URL of an S3-compatible store. Empty means AWS.
	Endpoint string
	// PathStyle addresses buckets as endpoint/bucket rather than
	// bucket.endpoint, as most S3-compatible stores need.
	PathStyle bool
	// Region overrides the region of the credential chain. With an
	// Endpoint and no region anywhere, "us-east-1" is used.
	Region string
	// MaxAttempts is the number of attempts of each request, with
	// exponential backoff between them (throttling, 5xx, resets). Zero
	// means 8.
	MaxAttempts int
	// MaxBackoff caps the wait between attempts. Zero means 20s.
	MaxBackoff time.Duration
	// PageSize is the number of keys per listing request. Zero means
	// 1000, the S3 maximum.
	PageSize int32
	// Versions also scans non-current versions of every object (old
	// versions keep PHI after a clean-up).
	Versions bool
	// Inventories are s3://bucket/.../manifest.json URLs of S3 Inventory
	// reports (CSV) whose objects are scanned.
	Inventories []string
	// Client, when set, is used instead of one built from the options.
	Client *s3.Client
}

// s3Access builds the client once, on first use.
type s3Access struct {
	opts   S3Options
	once   sync.Once
	client *s3.Client
	err    error
}

func (a *s3Access) get(ctx context.Context) (*s3.Client, error) {
	a.once.Do(func() {
		if a.opts.Client != nil {
			a.client = a.opts.Client
			return
		}
		a.client, a.err = NewS3Client(ctx, &a.opts)
	})
	return a.client, a.err
}

// NewS3Client returns a client configured by o through the standard AWS
// credential chain.
func NewS3Client(ctx context.Context, o *S3Options) (*s3.Client, error) {
	attempts := o.MaxAttempts
	if attempts <= 0 {
		attempts = 8
	}
	var lo []func(*config.LoadOptions) error
	if o.Region != "" {
		lo = append(lo, config.WithRegion(o.Region))
	}
	lo = append(lo, config.WithRetryer(func() aws.Retryer {
		return retry.NewStandard(func(so *retry.StandardOptions) {
			so.MaxAttempts = attempts
			so.MaxBackoff = 20 * time.Second
			if o.MaxBackoff > 0 {
				so.MaxBackoff = o.MaxBackoff
				so.Backoff = retry.NewExponentialJitterBackoff(o.MaxBackoff)
			}
			// Throttling is the normal state of a large bucket scan: do
			// not let a client-side token bucket turn it into failures.
			so.RateLimiter = noRateLimit{}
		})
	}))
	cfg, err := config.LoadDefaultConfig(ctx, lo...)
	if err != nil {
		return nil, fmt.Errorf("AWS configuration: %w", err)
	}
	if cfg.Region == "" && o.Endpoint != "" {
		cfg.Region = "us-east-1"
	}
	return s3.NewFromConfig(cfg, func(so *s3.Options) {
		if o.Endpoint != "" {
			so.BaseEndpoint = aws.String(o.Endpoint)
			// S3-compatible stores rarely support the flexible checksums
			// the SDK adds by default.
			so.RequestChecksumCalculation = aws.RequestChecksumCalculationWhenRequired
			so.ResponseChecksumValidation = aws.ResponseChecksumValidationWhenRequired
		}
		so.UsePathStyle = o.PathStyle
	}), nil
}

type noRateLimit struct{}

func (noRateLimit) GetToken(context.Context, uint) (func() error, error) {
	return func() error { return nil }, nil
}
func (noRateLimit) AddTokens(uint) error { return nil }

// parseS3URL splits s3://bucket/prefix.
func parseS3URL(u string) (bucket, prefix string, err error) {
	rest, ok := strings.CutPrefix(u, "s3://")
	if !ok {
		return "", "", fmt.Errorf("%q is not an s3:// URL", u)
	}
	bucket, prefix, _ = strings.Cut(rest, "/")
	if bucket == "" {
		return "", "", fmt.Errorf("%q has no bucket", u)
	}
	return bucket, prefix, nil
}

// relKey is the part of key below the directory of prefix: the layout of
// redacted copies.
func relKey(prefix, key string) string {
	dir := ""
	if i := strings.LastIndexByte(prefix, '/'); i >= 0 {
		dir = prefix[:i+1]
	}
	return strings.TrimPrefix(key, dir)
}

func (rc *runCtx) listS3(ctx context.Context, u string, send func(*object) bool, st *runState) bool {
	bucket, prefix, err := parseS3URL(u)
	if err != nil {
		return listProblem(send, rc.names.safe(u), err.Error())
	}
	client, err := rc.s3.get(ctx)
	if err != nil {
		return listProblem(send, rc.names.safe(u), describeErr(err))
	}
	pageSize := rc.opts.S3.PageSize
	if pageSize <= 0 {
		pageSize = 1000
	}
	if rc.opts.S3.Versions {
		p := s3.NewListObjectVersionsPaginator(client, &s3.ListObjectVersionsInput{Bucket: &bucket, Prefix: &prefix, MaxKeys: &pageSize})
		for p.HasMorePages() {
			page, err := p.NextPage(ctx)
			if err != nil {
				return ctx.Err() == nil && listProblem(send, rc.names.safe(u), "cannot list: "+describeErr(err))
			}
			for _, v := range page.Versions {
				ob := rc.s3Object(ctx, client, bucket, prefix, aws.ToString(v.Key), aws.ToString(v.VersionId), aws.ToBool(v.IsLatest),
					aws.ToInt64(v.Size), aws.ToString(v.ETag), string(v.StorageClass), aws.ToTime(v.LastModified))
				if ob != nil && !send(ob) {
					return false
				}
			}
		}
		return true
	}
	p := s3.NewListObjectsV2Paginator(client, &s3.ListObjectsV2Input{Bucket: &bucket, Prefix: &prefix, MaxKeys: &pageSize})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return ctx.Err() == nil && listProblem(send, rc.names.safe(u), "cannot list: "+describeErr(err))
		}
		for _, c := range page.Contents {
			ob := rc.s3Object(ctx, client, bucket, prefix, aws.ToString(c.Key), "", true,
				aws.ToInt64(c.Size), aws.ToString(c.ETag), string(c.StorageClass), aws.ToTime(c.LastModified))
			if ob != nil && !send(ob) {
				return false
			}
		}
	}
	return true
}

// s3Object makes the object of a listed key, or nil when it is not
// selected (globs, time window, shard, a folder marker).
func (rc *runCtx) s3Object(ctx context.Context, client *s3.Client, bucket, prefix, key, version string, latest bool,
	size int64, etag, class string, mod time.Time) *object {
	if strings.HasSuffix(key, "/") && size == 0 {
		return nil
	}
	rel := relKey(prefix, key)
	if !rc.selected(rel, mod, bucket+"/"+key) {
		rc.excluded.Add(1)
		return nil
	}
	display := "s3://" + bucket + "/" + key
	id := display
	if version != "" && version != "null" {
		id += "?versionId=" + version
		if !latest {
			// A non-current version is its own source, next to the current one.
			display += "?versionId=" + version
			rel += ".version-" + version
		}
	} else {
		version = ""
	}
	ob := &object{display: rc.names.safe(display), id: id, shardKey: bucket + "/" + key, rel: rc.names.safe(rel),
		size: size, etag: strings.Trim(etag, `"`), version: version, class: class, modified: mod, bucket: bucket, key: key}
	ob.open = func(ctx context.Context) (io.ReadCloser, error) {
		return openS3(ctx, client, bucket, key, version, ob.etag)
	}
	switch {
	case rc.opts.MaxObjectBytes > 0 && size > rc.opts.MaxObjectBytes:
		ob.skip = fmt.Sprintf("larger than the size cap of %d bytes", rc.opts.MaxObjectBytes)
	case class == string(types.StorageClassGlacier) || class == string(types.StorageClassDeepArchive):
		if !restored(ctx, client, bucket, key, version) {
			ob.skip = "archive storage class " + class + " (not restored)"
		}
	}
	return ob
}

// restored reports whether an object in an archive class has a restored
// copy that can be read.
func restored(ctx context.Context, client *s3.Client, bucket, key, version string) bool {
	in := &s3.HeadObjectInput{Bucket: &bucket, Key: &key}
	if version != "" {
		in.VersionId = &version
	}
	out, err := client.HeadObject(ctx, in)
	if err != nil || out.Restore == nil {
		return false
	}
	return strings.Contains(*out.Restore, `ongoing-request="false"`)
}

// openS3 streams an object. A connection that breaks mid-body is resumed
// with a ranged GET pinned to the ETag, so a reset costs a retry rather
// than the object.
func openS3(ctx context.Context, client *s3.Client, bucket, key, version, etag string) (io.ReadCloser, error) {
	r := &s3Reader{ctx: ctx, client: client, bucket: bucket, key: key, version: version, etag: etag}
	if err := r.get(); err != nil {
		return nil, err
	}
	return r, nil
}

type s3Reader struct {
	ctx                  context.Context
	client               *s3.Client
	bucket, key, version string
	etag                 string
	body                 io.ReadCloser
	off                  int64
	resumes              int
}

const maxResumes = 5

func (r *s3Reader) get() error {
	in := &s3.GetObjectInput{Bucket: &r.bucket, Key: &r.key}
	if r.version != "" {
		in.VersionId = &r.version
	}
	if r.off > 0 {
		in.Range = aws.String("bytes=" + strconv.FormatInt(r.off, 10) + "-")
		if r.etag != "" {
			in.IfMatch = aws.String(`"` + r.etag + `"`)
		}
	}
	out, err := r.client.GetObject(r.ctx, in)
	if err != nil {
		return err
	}
	if r.etag == "" && out.ETag != nil {
		r.etag = strings.Trim(*out.ETag, `"`)
	}
	r.body = out.Body
	return nil
}

func (r *s3Reader) Read(p []byte) (int, error) {
	for {
		n, err := r.body.Read(p)
		r.off += int64(n)
		if err == nil || err == io.EOF || n > 0 {
			if err != nil && err != io.EOF {
				// Return the bytes; the error comes back on the next Read.
				err = nil
			}
			return n, err
		}
		if r.ctx.Err() != nil || r.resumes >= maxResumes {
			return 0, err
		}
		r.resumes++
		r.body.Close()
		time.Sleep(time.Duration(r.resumes*r.resumes) * 100 * time.Millisecond)
		if gerr := r.get(); gerr != nil {
			return 0, fmt.Errorf("resuming after %v: %w", err, gerr)
		}
	}
}

func (r *s3Reader) Close() error { return r.body.Close() }

// describeS3Err renders an AWS error by its operation, code and status,
// never by its request URL (which holds the object key).
func describeS3Err(err error) (string, bool) {
	var parts []string
	var op *smithy.OperationError
	if errors.As(err, &op) {
		parts = append(parts, op.Operation())
	}
	var api smithy.APIError
	var re *awshttp.ResponseError
	var ue *url.Error
	var ne *net.OpError
	var me *retry.MaxAttemptsError
	switch {
	case errors.As(err, &api):
		s := api.ErrorCode()
		if errors.As(err, &re) {
			s += fmt.Sprintf(" (HTTP %d)", re.HTTPStatusCode())
		}
		if api.ErrorCode() == "AccessDenied" || (re != nil && re.HTTPStatusCode() == 403) {
			s = "access denied: " + s
		}
		parts = append(parts, s)
	case errors.As(err, &re):
		parts = append(parts, fmt.Sprintf("HTTP %d", re.HTTPStatusCode()))
	case errors.As(err, &ne):
		parts = append(parts, ne.Op+": "+ne.Err.Error())
	case errors.As(err, &ue):
		parts = append(parts, describeErr(ue.Err))
	case op != nil:
		parts = append(parts, "request failed")
	default:
		return "", false
	}
	if errors.As(err, &me) {
		parts = append(parts, fmt.Sprintf("gave up after %d attempts", me.Attempt))
	}
	return strings.Join(parts, ": "), true
}

// s3Dest writes redacted copies to a bucket.
type s3Dest struct {
	bucket, prefix string
	up             *transfermanager.Client
}

func (d *s3Dest) put(ctx context.Context, key string, f *os.File) error {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	_, err := d.up.UploadObject(ctx, &transfermanager.UploadObjectInput{Bucket: &d.bucket, Key: &key, Body: f})
	return err
}

// inventoryManifest is the manifest.json of an S3 Inventory report.
type inventoryManifest struct {
	SourceBucket      string `json:"sourceBucket"`
	DestinationBucket string `json:"destinationBucket"`
	FileFormat        string `json:"fileFormat"`
	FileSchema        string `json:"fileSchema"`
	Files             []struct {
		Key string `json:"key"`
	} `json:"files"`
}

// listInventory sends the objects listed by an S3 Inventory report (CSV
// format): the listing of a large bucket without listing it.
func (rc *runCtx) listInventory(ctx context.Context, u string, send func(*object) bool, st *runState) bool {
	fail := func(msg string) bool { return listProblem(send, rc.names.safe(u), msg) }
	bucket, key, err := parseS3URL(u)
	if err != nil {
		return fail(err.Error())
	}
	client, err := rc.s3.get(ctx)
	if err != nil {
		return fail(describeErr(err))
	}
	out, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: &bucket, Key: &key})
	if err != nil {
		return fail("cannot read the inventory manifest: " + describeErr(err))
	}
	var m inventoryManifest
	err = json.NewDecoder(io.LimitReader(out.Body, 64<<20)).Decode(&m)
	out.Body.Close()
	if err != nil {
		return fail("inventory manifest is not valid JSON: " + err.Error())
	}
	if !strings.EqualFold(m.FileFormat, "CSV") {
		return fail(fmt.Sprintf("inventory format %q is not supported: use CSV", m.FileFormat))
	}
	cols := map[string]int{}
	for i, c := range strings.Split(m.FileSchema, ",") {
		cols[strings.TrimSpace(c)] = i
	}
	for _, need := range []string{"Bucket", "Key"} {
		if _, ok := cols[need]; !ok {
			return fail("inventory schema has no " + need + " column")
		}
	}
	dest := m.DestinationBucket
	if i := strings.LastIndex(dest, ":::"); i >= 0 {
		dest = dest[i+3:]
	}
	col := func(rec []string, name string) string {
		if i, ok := cols[name]; ok && i < len(rec) {
			return rec[i]
		}
		return ""
	}
	for _, f := range m.Files {
		fo, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: &dest, Key: aws.String(f.Key)})
		if err != nil {
			if !fail("cannot read inventory file: " + describeErr(err)) {
				return false
			}
			continue
		}
		zr, err := gzip.NewReader(fo.Body)
		if err != nil {
			fo.Body.Close()
			if !fail("inventory file is not gzip: " + err.Error()) {
				return false
			}
			continue
		}
		cr := csv.NewReader(zr)
		cr.FieldsPerRecord = -1
		for row := 1; ; row++ {
			rec, err := cr.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				fo.Body.Close()
				return fail(fmt.Sprintf("inventory file row %d: %v", row, errors.Unwrap(err)))
			}
			if col(rec, "IsDeleteMarker") == "true" {
				continue
			}
			latest := col(rec, "IsLatest") != "false"
			if !latest && !rc.opts.S3.Versions {
				continue
			}
			k, err := url.QueryUnescape(col(rec, "Key"))
			if err != nil {
				k = col(rec, "Key")
			}
			size, _ := strconv.ParseInt(col(rec, "Size"), 10, 64)
			mod, _ := time.Parse(time.RFC3339, col(rec, "LastModifiedDate"))
			ob := rc.s3Object(ctx, client, col(rec, "Bucket"), "", k, col(rec, "VersionId"), latest, size, col(rec, "ETag"), col(rec, "StorageClass"), mod)
			if ob != nil && !send(ob) {
				fo.Body.Close()
				return false
			}
		}
		fo.Body.Close()
	}
	return true
}
