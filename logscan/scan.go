package logscan

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/logscan/internal/unpack"
	"github.com/phiguard/phiguard/redact"
)

// Options configure a scan. A nil *Options means the defaults; every zero
// field means its default.
type Options struct {
	// Scanner finds the PHI. Nil means detectors.Default().
	Scanner *detectors.Scanner
	// Redactor redacts the copies written to RedactTo. Nil means
	// redact.Default(), which masks every category.
	Redactor *redact.Redactor
	// Key makes the fingerprints. Nil means a random key made for this
	// run: fingerprints then compare only within the run (Report.EphemeralKey).
	Key *detectors.Key
	// PolicyHash identifies the policy in reports and the manifest.
	PolicyHash string

	// Workers is the number of objects (or chunks of a large plain file)
	// scanned at once. Zero means the number of CPUs.
	Workers int
	// Include and Exclude filter the files of directories and the keys of
	// S3 prefixes by glob, matched against the path below the input
	// ("**" matches any number of directories; a pattern without "/"
	// matches the base name). A file is scanned when it matches some
	// Include pattern (or there are none) and no Exclude pattern.
	Include, Exclude []string
	// MaxLineBytes is the largest piece of a line scanned at once; longer
	// lines are scanned in overlapping pieces. Zero means 1 MiB.
	MaxLineBytes int
	// MaxObjectBytes skips objects larger than this. Zero means no limit.
	MaxObjectBytes int64
	// MaxExpandBytes caps what the decompression layers of one object may
	// produce. Zero means 100 GiB.
	MaxExpandBytes int64
	// MaxRatio caps the ratio of decompressed to compressed bytes (checked
	// beyond 64 MiB). Zero means 200; negative disables the check.
	MaxRatio float64
	// SplitBytes is the size above which a plain local file is scanned in
	// line-aligned chunks (of at least SplitBytes/4, one per free worker)
	// by several workers. Zero means 64 MiB.
	SplitBytes int64
	// Since and Until select S3 objects by LastModified (local files by
	// modification time). Zero means no bound.
	Since, Until time.Time
	// Shard selects the objects of one shard. The zero value is all.
	Shard Shard

	// Findings receives one JSON line per finding (--format jsonl). Nil
	// means no per-finding output.
	Findings io.Writer
	// Baseline lists findings of an earlier report that are not reported
	// again (see LoadBaseline).
	Baseline *Baseline
	// RedactTo is a directory or s3://bucket/prefix that receives a
	// redacted copy of every input with findings, in the same layout and
	// compression. Empty means no copies.
	RedactTo string
	// Checkpoint is a file recording finished objects, so that a scan
	// started again with it skips them. Empty means none.
	Checkpoint string
	// Log receives problems (errors, skips, warnings) as they happen, one
	// line each, prefixed "logscan: ". Nil means they are only reported.
	Log io.Writer
	// Progress receives a progress line every second (meant for a
	// terminal). Nil means none.
	Progress io.Writer
	// Identifiers, when set, makes this a match run (see LoadIdentifiers).
	Identifiers *Identifiers
	// S3 configures access to s3:// inputs and outputs.
	S3 S3Options
	// TempDir holds temporary files (zip archives read from streams,
	// members of redacted archives). Empty means os.TempDir().
	TempDir string

	// Stdin is read for the input "-". Nil means os.Stdin.
	Stdin io.Reader

	direct []s3Target // objects named directly (Lambda tasks)
}

// Version is the tool version written in reports and manifests.
var Version = func() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			return bi.Main.Version
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				return "devel-" + s.Value[:12]
			}
		}
	}
	return "devel"
}()

// runCtx is what every worker shares during a scan.
type runCtx struct {
	opts     Options
	sc       *detectors.Scanner
	key      *detectors.Key
	red      *redact.Redactor
	baseline map[string]struct{}
	match    *Identifiers
	jsonl    bool
	pieceMax int
	overlap  int
	names    *namer
	limits   unpack.Limits
	s3       *s3Access
	dest     *destination

	outMu  sync.Mutex
	out    io.Writer
	outErr error

	logMu sync.Mutex

	rawDone  atomic.Int64 // bytes read from objects
	objsDone atomic.Int64
	objsSeen atomic.Int64
	sizeSeen atomic.Int64
	excluded atomic.Int64
	listed   atomic.Bool
	sem      chan struct{} // worker tokens
	cpSecret []byte        // the run key's secret, kept by a new checkpoint
}

func (rc *runCtx) emit(b []byte) {
	rc.outMu.Lock()
	defer rc.outMu.Unlock()
	if rc.outErr == nil {
		_, rc.outErr = rc.out.Write(b)
	}
}

func (rc *runCtx) logProblem(p Problem) {
	if rc.opts.Log == nil {
		return
	}
	rc.logMu.Lock()
	defer rc.logMu.Unlock()
	if rc.opts.Progress != nil {
		fmt.Fprint(rc.opts.Log, "\r\033[K")
	}
	loc := p.Source
	if p.Line > 0 {
		loc = fmt.Sprintf("%s:%d", p.Source, p.Line)
	}
	fmt.Fprintf(rc.opts.Log, "logscan: %s: %s: %s\n", loc, p.Kind, p.Message)
}

// Scan scans inputs (file and directory paths, "-" for standard input,
// s3://bucket/prefix URLs) and returns the report. Problems with single
// inputs (unreadable files, corrupt archives, denied prefixes) are in the
// report and the scan goes on; Scan returns an error only when the scan
// cannot run at all (bad options, unusable checkpoint or output).
func Scan(ctx context.Context, inputs []string, opts *Options) (*Report, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	rc, err := newRunCtx(ctx, &o, inputs)
	if err != nil {
		return nil, err
	}
	rep := &Report{Tool: "logscan", Version: Version, KeyID: rc.key.ID(), EphemeralKey: o.Key == nil,
		PolicyHash: o.PolicyHash, Started: time.Now().UTC()}
	st := &runState{rc: rc, rep: rep, manifest: &Manifest{Tool: "logscan", Version: Version, KeyID: rc.key.ID(), PolicyHash: o.PolicyHash, Started: rep.Started}}
	if o.Checkpoint != "" {
		if st.cp, err = openCheckpoint(o.Checkpoint, rc.key, rc.cpSecret); err != nil {
			return nil, err
		}
		defer st.cp.close()
		if err := st.cp.restore(st); err != nil {
			return nil, err
		}
	}
	objs := make(chan *object, 256)
	go func() {
		defer close(objs)
		rc.produce(ctx, inputs, objs, st)
		rc.listed.Store(true)
	}()
	results := make(chan *objResult, 64)
	var wg sync.WaitGroup
	for range rc.opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l := &leaf{rc: rc}
			for ob := range objs {
				if ctx.Err() != nil {
					continue
				}
				rc.sem <- struct{}{}
				r := rc.scanObject(ctx, ob, l)
				<-rc.sem
				results <- r
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()
	var stopProgress func()
	if o.Progress != nil {
		stopProgress = rc.progress(o.Progress)
	}
	for r := range results {
		if err := st.add(r); err != nil {
			if stopProgress != nil {
				stopProgress()
			}
			cancel()
			go func() {
				for range results { // let the workers finish
				}
			}()
			return nil, err
		}
		rc.objsDone.Add(1)
	}
	if stopProgress != nil {
		stopProgress()
	}
	if rc.outErr != nil {
		return nil, fmt.Errorf("writing findings: %w", rc.outErr)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rep.Totals.Excluded += rc.excluded.Load()
	rep.Finished = time.Now().UTC()
	st.manifest.Finished = rep.Finished
	rep.finish(&st.id)
	if rc.match != nil {
		rep.Matches = rc.match.matches()
	}
	st.rep.manifest = st.manifest
	return rep, nil
}

// runState is the collector's state: the report being built.
type runState struct {
	rc       *runCtx
	rep      *Report
	id       ident
	manifest *Manifest
	cp       *checkpoint
}

func (st *runState) add(r *objResult) error {
	st.merge(r)
	if st.cp != nil {
		return st.cp.write(r)
	}
	return nil
}

func (st *runState) merge(r *objResult) {
	for _, s := range r.sources {
		st.rep.Sources = append(st.rep.Sources, s.summary)
	}
	st.rep.Problems = append(st.rep.Problems, r.problems...)
	st.id.merge(&r.id)
	st.manifest.Objects = append(st.manifest.Objects, r.entry)
	switch r.entry.Result {
	case ResultFindings:
		st.rep.Totals.Objects++
		st.rep.Totals.ObjectsPHI++
	case ResultClean:
		st.rep.Totals.Objects++
	case ResultError:
		if !r.listing {
			st.rep.Totals.Objects++
		}
	}
	if r.entry.Resumed {
		st.rep.Totals.Resumed++
	}
	if r.entry.RedactedTo != "" {
		st.rep.Totals.RedactedCopies++
	}
	for _, s := range r.sources {
		st.rep.Totals.Baselined += s.baselined
	}
}

// objResult is the outcome of one object.
type objResult struct {
	ob       *object
	entry    ManifestObject
	sources  []sourceResult
	problems []Problem
	id       ident
	listing  bool // a listing error, not an object
}

type sourceResult struct {
	summary   SourceSummary
	baselined int64
}

// objScan scans one object; it is the unpack.Visitor of its walk.
type objScan struct {
	rc       *runCtx
	ob       *object
	l        *leaf
	mu       sync.Mutex
	res      *objResult
	errs     int
	findings int64
}

func (o *objScan) Text(name string, br *bufio.Reader, w io.Writer) error {
	src := &srcAcc{name: o.rc.names.safe(name)}
	o.l.reset(src, w)
	o.l.obj = o
	var err error
	if isCloudTrail(br) {
		err = o.l.scanRecords(br)
	} else {
		err = o.l.scanLines(br, 1)
	}
	o.addSource(src)
	return err
}

func (o *objScan) addSource(src *srcAcc) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.res.sources = append(o.res.sources, sourceResult{summary: src.summary(), baselined: src.baselined})
	o.res.id.merge(&src.id)
	o.findings += src.findings
}

func (o *objScan) Skip(name, reason string) {
	o.problem(Problem{Source: o.rc.names.safe(name), Kind: KindSkip, Message: reason})
}

func (o *objScan) Error(name string, err error) {
	p := Problem{Source: o.rc.names.safe(name), Kind: KindError}
	var le *lineError
	if errors.As(err, &le) {
		p.Line = le.line
		err = le.err
	}
	p.Message = describeErr(err)
	o.problem(p)
	o.mu.Lock()
	o.errs++
	o.mu.Unlock()
}

func (o *objScan) warn(name string, line int64, msg string) {
	o.problem(Problem{Source: name, Line: line, Kind: KindWarning, Message: msg})
}

func (o *objScan) problem(p Problem) {
	o.mu.Lock()
	o.res.problems = append(o.res.problems, p)
	o.mu.Unlock()
	o.rc.logProblem(p)
}

// scanObject scans one object and returns its result.
func (rc *runCtx) scanObject(ctx context.Context, ob *object, l *leaf) *objResult {
	res := &objResult{ob: ob, entry: ob.entry()}
	o := &objScan{rc: rc, ob: ob, l: l, res: res}
	if msg, ok := strings.CutPrefix(ob.skip, "\x00"); ok {
		// A problem of listing, not of an object.
		res.entry.Result, res.entry.Reason, res.listing = ResultError, msg, true
		o.problem(Problem{Source: ob.display, Kind: KindError, Message: msg})
		return res
	}
	if ob.skip != "" {
		res.entry.Result, res.entry.Reason = ResultSkipped, ob.skip
		o.Skip(ob.display, ob.skip)
		return res
	}
	if ob.path != "" && rc.dest == nil && rc.opts.Workers > 1 && ob.size > rc.opts.SplitBytes {
		if done := rc.scanSplit(ctx, ob, o); done {
			return rc.finishObject(o, nil)
		}
	}
	rd, err := ob.open(ctx)
	if err != nil {
		res.entry.Result, res.entry.Reason = ResultError, describeErr(err)
		o.Error(ob.display, err)
		return res
	}
	defer rd.Close()
	in := unpack.Input{Name: ob.display, R: &progressReader{r: rd, n: &rc.rawDone}, Size: -1}
	if f, ok := rd.(*os.File); ok && ob.size >= 0 {
		in.ReaderAt, in.Size = f, ob.size
	}
	var copyW *pendingCopy
	var out io.Writer
	if rc.dest != nil {
		if copyW, err = rc.dest.begin(ob); err != nil {
			o.Error(ob.display, fmt.Errorf("cannot write the redacted copy: %w", err))
		} else {
			out = copyW
		}
	}
	// Walk passes every error to o.Error before returning it, so the
	// object's result already records it.
	_ = unpack.Walk(in, out, &rc.limits, o)
	return rc.finishObject(o, copyW)
}

// finishObject settles an object's result and its redacted copy.
func (rc *runCtx) finishObject(o *objScan, cw *pendingCopy) *objResult {
	res := o.res
	switch {
	case o.errs > 0:
		res.entry.Result = ResultError
		for _, p := range res.problems {
			if p.Kind == KindError {
				res.entry.Reason = p.Message
				break
			}
		}
	case o.findings > 0:
		res.entry.Result = ResultFindings
	case len(res.sources) == 0:
		res.entry.Result, res.entry.Reason = ResultSkipped, "nothing to scan"
	default:
		res.entry.Result = ResultClean
	}
	res.entry.Findings = o.findings
	if cw != nil {
		switch {
		case o.errs > 0:
			cw.abort()
			res.entry.Copy = "not written: the input had errors"
		case o.findings == 0:
			cw.abort()
		default:
			if where, err := cw.commit(); err != nil {
				o.Error(o.ob.display, fmt.Errorf("cannot write the redacted copy: %w", err))
				res.entry.Result = ResultError
			} else {
				res.entry.RedactedTo = where
			}
		}
	}
	for _, s := range res.sources {
		res.entry.Sources = append(res.entry.Sources, s.summary.Source)
	}
	return res
}

type progressReader struct {
	r io.Reader
	n *atomic.Int64
}

func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.n.Add(int64(n))
	return n, err
}

func newRunCtx(ctx context.Context, o *Options, inputs []string) (*runCtx, error) {
	rc := &runCtx{}
	if o.Scanner == nil {
		o.Scanner = detectors.Default()
	}
	if o.Redactor == nil {
		o.Redactor = redact.Default()
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.MaxLineBytes <= 0 {
		o.MaxLineBytes = 1 << 20
	}
	if o.SplitBytes <= 0 {
		o.SplitBytes = 64 << 20
	}
	rc.sc, rc.red, rc.key = o.Scanner, o.Redactor, o.Key
	if rc.key == nil && o.Checkpoint != "" {
		// Without a configured key, a resumed scan must reuse the key of
		// the run it resumes: the checkpoint keeps it.
		k, secret, err := checkpointKey(o.Checkpoint)
		if err != nil {
			return nil, err
		}
		rc.key, rc.cpSecret = k, secret
	}
	if rc.key == nil {
		rc.key = detectors.RandomKey()
	}
	rc.opts = *o
	rc.pieceMax = o.MaxLineBytes
	rc.overlap = min(4096, o.MaxLineBytes/4)
	rc.names = newNamer(rc.sc, rc.key)
	rc.limits = unpack.Limits{MaxBytes: o.MaxExpandBytes, MaxRatio: o.MaxRatio, TempDir: o.TempDir, Rename: rc.names.safe}
	rc.sem = make(chan struct{}, o.Workers)
	if o.Findings != nil {
		rc.out, rc.jsonl = o.Findings, true
	}
	if o.Baseline != nil {
		if o.Baseline.KeyID != "" && o.Baseline.KeyID != rc.key.ID() {
			return nil, fmt.Errorf("the baseline's fingerprints were made with key %s but this run uses key %s: set the same fingerprint key", o.Baseline.KeyID, rc.key.ID())
		}
		rc.baseline = o.Baseline.set
	}
	if o.Identifiers != nil {
		if err := o.Identifiers.fingerprint(rc.key); err != nil {
			return nil, err
		}
		rc.match = o.Identifiers
	}
	if o.Shard.Count < 0 || (o.Shard.Count > 0 && (o.Shard.Index < 0 || o.Shard.Index >= o.Shard.Count)) {
		return nil, fmt.Errorf("shard %d/%d is out of range", o.Shard.Index, o.Shard.Count)
	}
	for _, g := range append(append([]string(nil), o.Include...), o.Exclude...) {
		if err := checkGlob(g); err != nil {
			return nil, err
		}
	}
	rc.s3 = &s3Access{opts: o.S3}
	if o.RedactTo != "" {
		d, err := newDestination(ctx, rc, o.RedactTo, inputs)
		if err != nil {
			return nil, err
		}
		rc.dest = d
	}
	return rc, nil
}

// progressLine renders the progress: objects done of those listed so far,
// bytes read, rate, and an ETA once the listing is complete.
func progressLine(done, seen, read, total int64, listed bool, elapsed time.Duration) string {
	rate := float64(read) / max(elapsed.Seconds(), 0.001)
	line := fmt.Sprintf("\r\033[Klogscan: %d/%d objects, %s, %s/s", done, seen, humanBytes(read), humanBytes(int64(rate)))
	if listed && total > read && rate > 0 {
		line += fmt.Sprintf(", ETA %s", time.Duration(float64(total-read)/rate*float64(time.Second)).Round(time.Second))
	}
	return line
}

// progress prints a progress line every second until stopped.
func (rc *runCtx) progress(w io.Writer) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	start := time.Now()
	go func() {
		defer wg.Done()
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-done:
				fmt.Fprint(w, "\r\033[K")
				return
			case <-t.C:
				line := progressLine(rc.objsDone.Load(), rc.objsSeen.Load(), rc.rawDone.Load(), rc.sizeSeen.Load(), rc.listed.Load(), time.Since(start))
				rc.logMu.Lock()
				fmt.Fprint(w, line)
				rc.logMu.Unlock()
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

func humanBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
