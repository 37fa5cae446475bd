package logscan

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// object is one top-level input: a file, standard input or an S3 object.
type object struct {
	display  string // safe display name
	id       string // identity across runs (checkpoint), never shown
	shardKey string
	rel      string // safe path below the input root (redacted copy layout)
	size     int64  // -1 when unknown
	etag     string
	version  string
	class    string
	modified time.Time
	path     string // local file
	bucket   string // S3
	key      string
	skip     string // decided at listing: not scanned, and why
	open     func(ctx context.Context) (io.ReadCloser, error)
}

func (ob *object) entry() ManifestObject {
	e := ManifestObject{Object: ob.display, ETag: ob.etag, VersionID: ob.version, Size: ob.size, StorageClass: ob.class}
	if !ob.modified.IsZero() {
		t := ob.modified.UTC()
		e.LastModified = &t
	}
	return e
}

// Shard selects a share of the objects: those whose key hashes to Index
// modulo Count. The zero value selects everything.
type Shard struct {
	Index, Count int
}

// ParseShard parses "i/N" (0 <= i < N) or "N" alone, which takes the
// index from the environment of an indexed job: JOB_COMPLETION_INDEX
// (Kubernetes Indexed Jobs) or AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch array
// jobs). getenv is os.Getenv in production.
func ParseShard(s string, getenv func(string) string) (Shard, error) {
	is, ns, hasIndex := strings.Cut(s, "/")
	if !hasIndex {
		is, ns = "", is
	}
	n, err := strconv.Atoi(ns)
	if err != nil || n < 1 {
		return Shard{}, fmt.Errorf("shard %q: want i/N or N with N >= 1", s)
	}
	if !hasIndex || is == "" {
		for _, v := range []string{"JOB_COMPLETION_INDEX", "AWS_BATCH_JOB_ARRAY_INDEX"} {
			if is = getenv(v); is != "" {
				break
			}
		}
		if is == "" {
			return Shard{}, fmt.Errorf("shard %q: no index given and neither JOB_COMPLETION_INDEX nor AWS_BATCH_JOB_ARRAY_INDEX is set", s)
		}
	}
	i, err := strconv.Atoi(is)
	if err != nil || i < 0 || i >= n {
		return Shard{}, fmt.Errorf("shard index %q is not in [0, %d)", is, n)
	}
	return Shard{Index: i, Count: n}, nil
}

// String returns "i/N".
func (s Shard) String() string { return fmt.Sprintf("%d/%d", s.Index, s.Count) }

// Has reports whether the object with key belongs to the shard: FNV-1a of
// the key modulo Count, stable across runs, machines and listing order. The
// key of an S3 object is bucket/key; of a file, its path below the input
// directory (so a volume mounted at different places shards the same).
func (s Shard) Has(key string) bool {
	if s.Count <= 1 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(key))
	return h.Sum64()%uint64(s.Count) == uint64(s.Index)
}

// produce lists the inputs and sends their objects.
func (rc *runCtx) produce(ctx context.Context, inputs []string, out chan<- *object, st *runState) {
	send := func(ob *object) bool {
		if st.cp != nil && st.cp.done(ob) {
			return true
		}
		rc.objsSeen.Add(1)
		if ob.size > 0 {
			rc.sizeSeen.Add(ob.size)
		}
		select {
		case out <- ob:
			return true
		case <-ctx.Done():
			return false
		}
	}
	for _, in := range inputs {
		switch {
		case in == "-":
			ob := &object{display: "<stdin>", id: "stdin", shardKey: "-", rel: "stdin", size: -1,
				open: func(context.Context) (io.ReadCloser, error) {
					if rc.opts.Stdin != nil {
						return io.NopCloser(rc.opts.Stdin), nil
					}
					return io.NopCloser(os.Stdin), nil
				}}
			if !send(ob) {
				return
			}
		case strings.HasPrefix(in, "s3://"):
			if !rc.listS3(ctx, in, send, st) {
				return
			}
		default:
			if !rc.listLocal(ctx, in, send, st) {
				return
			}
		}
	}
	if !rc.listDirect(ctx, send) {
		return
	}
	for _, inv := range rc.opts.S3.Inventories {
		if !rc.listInventory(ctx, inv, send, st) {
			return
		}
	}
}

// listProblem reports a problem of listing an input (no object to attach
// it to) through a pseudo-object.
func listProblem(send func(*object) bool, display, msg string) bool {
	return send(&object{display: display, id: "list:" + display, size: -1, skip: "\x00" + msg})
}

func (rc *runCtx) selected(rel string, mod time.Time, shardKey string) bool {
	o := &rc.opts
	if !matchGlobs(o.Include, o.Exclude, rel) {
		return false
	}
	if !o.Since.IsZero() && mod.Before(o.Since) || !o.Until.IsZero() && !mod.Before(o.Until) {
		return false
	}
	return o.Shard.Has(shardKey)
}

func (rc *runCtx) listLocal(ctx context.Context, root string, send func(*object) bool, st *runState) bool {
	fi, err := os.Stat(root)
	if err != nil {
		return listProblem(send, rc.names.safe(root), describeErr(err))
	}
	if !fi.IsDir() {
		if !rc.opts.Shard.Has(filepath.Base(root)) {
			rc.excluded.Add(1)
			return true
		}
		return send(rc.localObject(root, filepath.Base(root), fi))
	}
	ok := true
	// The callback reports every error through listProblem and returns only
	// nil, SkipDir or SkipAll, so WalkDir has no error of its own to return.
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			ok = false
			return filepath.SkipAll
		}
		if err != nil {
			if !listProblem(send, rc.names.safe(p), "cannot read: "+describeErr(err)) {
				ok = false
				return filepath.SkipAll
			}
			return nil
		}
		if d.IsDir() {
			if rc.dest != nil && rc.dest.isDir(p) {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		fi, err := d.Info()
		if err == nil && d.Type()&fs.ModeSymlink != 0 {
			fi, err = os.Stat(p)
			if err == nil && !fi.Mode().IsRegular() {
				return nil
			}
		}
		if err != nil {
			if !listProblem(send, rc.names.safe(p), describeErr(err)) {
				ok = false
				return filepath.SkipAll
			}
			return nil
		}
		if !rc.selected(rel, fi.ModTime(), rel) {
			rc.excluded.Add(1)
			return nil
		}
		if !send(rc.localObject(p, rel, fi)) {
			ok = false
			return filepath.SkipAll
		}
		return nil
	})
	return ok
}

func (rc *runCtx) localObject(p, rel string, fi fs.FileInfo) *object {
	abs, err := filepath.Abs(p)
	if err != nil {
		abs = p
	}
	ob := &object{display: rc.names.safe(p), id: "file:" + abs, shardKey: rel, rel: rc.names.safe(rel),
		size: fi.Size(), modified: fi.ModTime(), path: p,
		open: func(context.Context) (io.ReadCloser, error) { return os.Open(p) }}
	if rc.opts.MaxObjectBytes > 0 && ob.size > rc.opts.MaxObjectBytes {
		ob.skip = fmt.Sprintf("larger than the size cap of %d bytes", rc.opts.MaxObjectBytes)
	}
	return ob
}

// matchGlobs applies the include and exclude patterns to a slash path.
func matchGlobs(include, exclude []string, rel string) bool {
	if len(include) > 0 {
		ok := false
		for _, g := range include {
			if globMatch(g, rel) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	for _, g := range exclude {
		if globMatch(g, rel) {
			return false
		}
	}
	return true
}

// globMatch matches a slash path against a pattern of path.Match elements
// where "**" stands for any number of directories. A pattern without "/"
// matches the base name.
func globMatch(pattern, name string) bool {
	if !strings.Contains(pattern, "/") {
		ok, _ := path.Match(pattern, path.Base(name))
		return ok
	}
	return matchParts(strings.Split(pattern, "/"), strings.Split(name, "/"))
}

func matchParts(ps, ns []string) bool {
	for len(ps) > 0 {
		if ps[0] == "**" {
			for i := 0; i <= len(ns); i++ {
				if matchParts(ps[1:], ns[i:]) {
					return true
				}
			}
			return false
		}
		if len(ns) == 0 {
			return false
		}
		if ok, _ := path.Match(ps[0], ns[0]); !ok {
			return false
		}
		ps, ns = ps[1:], ns[1:]
	}
	return len(ns) == 0
}

func checkGlob(g string) error {
	for _, p := range strings.Split(g, "/") {
		if _, err := path.Match(p, ""); err != nil {
			return fmt.Errorf("glob %q: %v", g, err)
		}
	}
	return nil
}

// describeErr renders an error of the file system, the network or S3
// without anything that could come from the content: paths are left out
// (the caller names the object), S3 errors are reduced to their code.
func describeErr(err error) string {
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.As(err, &pe):
		return pe.Op + ": " + pe.Err.Error()
	}
	if s, ok := describeS3Err(err); ok {
		return s
	}
	return err.Error()
}
