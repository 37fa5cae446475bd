package logscan

import (
	"context"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/aws/aws-sdk-go-v2/feature/s3/transfermanager"
)

// destination receives redacted copies: a directory or an S3 prefix.
type destination struct {
	ctx  context.Context
	dir  string // absolute
	s3   *s3Dest
	temp string
}

func newDestination(ctx context.Context, rc *runCtx, to string, inputs []string) (*destination, error) {
	d := &destination{ctx: ctx, temp: rc.opts.TempDir}
	if strings.HasPrefix(to, "s3://") {
		bucket, prefix, err := parseS3URL(to)
		if err != nil {
			return nil, fmt.Errorf("--redact-to: %v", err)
		}
		client, err := rc.s3.get(ctx)
		if err != nil {
			return nil, fmt.Errorf("--redact-to: %s", describeErr(err))
		}
		for _, in := range inputs {
			if b, p, err := parseS3URL(in); err == nil && b == bucket && (strings.HasPrefix(prefix, p) || strings.HasPrefix(p, prefix)) {
				return nil, fmt.Errorf("--redact-to %s overlaps the input %s: copies would be scanned or overwrite originals", to, in)
			}
		}
		if prefix != "" && !strings.HasSuffix(prefix, "/") {
			prefix += "/"
		}
		d.s3 = &s3Dest{bucket: bucket, prefix: prefix, up: transfermanager.New(client)}
		return d, nil
	}
	abs, err := filepath.Abs(to)
	if err != nil {
		return nil, err
	}
	for _, in := range inputs {
		if in == "-" || strings.HasPrefix(in, "s3://") {
			continue
		}
		ia, err := filepath.Abs(in)
		if err != nil {
			continue
		}
		if abs == ia || strings.HasPrefix(ia, abs+string(filepath.Separator)) {
			return nil, fmt.Errorf("--redact-to %s holds the input %s: copies would overwrite originals", to, in)
		}
	}
	if err := os.MkdirAll(abs, 0o700); err != nil {
		return nil, fmt.Errorf("--redact-to: %s", describeErr(err))
	}
	d.dir = abs
	return d, nil
}

// isDir reports whether p is the destination directory (not to be scanned).
func (d *destination) isDir(p string) bool {
	if d.dir == "" {
		return false
	}
	a, err := filepath.Abs(p)
	return err == nil && a == d.dir
}

// pendingCopy is a redacted copy being written: kept only if the object
// had findings and no errors.
type pendingCopy struct {
	d     *destination
	f     *os.File
	final string // path or key
}

func (d *destination) begin(ob *object) (*pendingCopy, error) {
	rel := path.Clean("/" + ob.rel)[1:] // no escaping the destination
	if rel == "" || rel == "." {
		rel = "object"
	}
	if d.s3 != nil {
		f, err := os.CreateTemp(d.temp, "logscan-copy-*")
		if err != nil {
			return nil, err
		}
		return &pendingCopy{d: d, f: f, final: d.s3.prefix + rel}, nil
	}
	final := filepath.Join(d.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(final), 0o700); err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(filepath.Dir(final), ".logscan-*")
	if err != nil {
		return nil, err
	}
	return &pendingCopy{d: d, f: f, final: final}, nil
}

func (p *pendingCopy) Write(b []byte) (int, error) { return p.f.Write(b) }

func (p *pendingCopy) abort() {
	p.f.Close()
	os.Remove(p.f.Name())
}

// commit puts the copy in place and returns where it went.
func (p *pendingCopy) commit() (string, error) {
	if p.d.s3 != nil {
		defer p.abort()
		if err := p.d.s3.put(p.d.ctx, p.final, p.f); err != nil {
			return "", fmt.Errorf("%s", describeErr(err))
		}
		return "s3://" + p.d.s3.bucket + "/" + p.final, nil
	}
	if err := p.f.Close(); err != nil {
		os.Remove(p.f.Name())
		return "", err
	}
	if err := os.Rename(p.f.Name(), p.final); err != nil {
		os.Remove(p.f.Name())
		return "", err
	}
	return p.final, nil
}
