package logscan

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/policy"
)

// Exit codes of the command.
const (
	ExitClean    = 0 // no finding at or above --fail-on, every input read
	ExitFindings = 1 // findings at or above --fail-on
	ExitError    = 2 // usage error, or an input could not be read
)

// IO is what the command reads and writes.
type IO struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// StderrIsTerminal turns the progress line on.
	StderrIsTerminal bool
	// Getenv reads the environment; nil means os.Getenv.
	Getenv func(string) string
}

// Main runs the logscan command with args (without the program name) and
// returns its exit code. usage is the manual printed by -help.
func Main(ctx context.Context, args []string, stdio IO, usage string) int {
	if stdio.Getenv == nil {
		stdio.Getenv = os.Getenv
	}
	c := &cli{io: stdio, usage: usage}
	if len(args) > 0 {
		switch args[0] {
		case "match":
			return c.scan(ctx, args[1:], true)
		case "merge":
			return c.merge(ctx, args[1:])
		case "lambda":
			return c.lambda(ctx, args[1:])
		}
	}
	return c.scan(ctx, args, false)
}

type cli struct {
	io    IO
	usage string
}

func (c *cli) errorf(format string, a ...any) int {
	fmt.Fprintf(c.io.Stderr, "logscan: "+format+"\n", a...)
	return ExitError
}

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

type sizeFlag int64

func (s *sizeFlag) String() string { return strconv.FormatInt(int64(*s), 10) }
func (s *sizeFlag) Set(v string) error {
	n, err := parseSize(v)
	*s = sizeFlag(n)
	return err
}

// parseSize parses a byte count with an optional K, M, G or T suffix
// (powers of 1024; "KiB" and "KB" spellings too).
func parseSize(v string) (int64, error) {
	s := strings.ToUpper(strings.TrimSpace(v))
	s = strings.TrimSuffix(strings.TrimSuffix(s, "B"), "I")
	mult := int64(1)
	if n := len(s); n > 0 {
		switch s[n-1] {
		case 'K':
			mult = 1 << 10
		case 'M':
			mult = 1 << 20
		case 'G':
			mult = 1 << 30
		case 'T':
			mult = 1 << 40
		}
		if mult > 1 {
			s = s[:n-1]
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%q is not a size", v)
	}
	return n * mult, nil
}

type timeFlag struct{ t time.Time }

func (t *timeFlag) String() string {
	if t.t.IsZero() {
		return ""
	}
	return t.t.Format(time.RFC3339)
}
func (t *timeFlag) Set(v string) error {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if tt, err := time.Parse(layout, v); err == nil {
			t.t = tt
			return nil
		}
	}
	return fmt.Errorf("%q is not a time (RFC 3339 or YYYY-MM-DD)", v)
}

// parseInterleaved parses flags and positional arguments in any order.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if rest[0] == "--" {
			return append(pos, rest[1:]...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

func (c *cli) flagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(c.io.Stderr)
	fs.Usage = func() {
		fmt.Fprint(c.io.Stderr, c.usage)
		fmt.Fprintln(c.io.Stderr, "\nFlags:")
		fs.PrintDefaults()
	}
	return fs
}

func (c *cli) loadPolicy(path string, o *Options) error {
	var p *policy.Policy
	var err error
	if path == "" {
		p = policy.Default()
	} else if p, err = policy.Load(path); err != nil {
		return err
	}
	sc, err := p.Scanner()
	if err != nil {
		return err
	}
	red, err := p.Redactor()
	if err != nil {
		return err
	}
	key, err := p.Key()
	if err != nil {
		return err
	}
	o.Scanner, o.Redactor, o.Key, o.PolicyHash = sc, red, key, p.Hash()
	if o.MaxLineBytes == 0 {
		o.MaxLineBytes = p.DetectorOptions().MaxLineBytes
	}
	return nil
}

func (c *cli) scan(ctx context.Context, args []string, match bool) int {
	name := "logscan"
	if match {
		name = "logscan match"
	}
	fs := c.flagSet(name)
	var (
		format      = fs.String("format", "text", "output `format`: text, jsonl, json or sarif")
		output      = fs.String("o", "", "write the output to `FILE` (mode 0600)")
		failOn      = fs.String("fail-on", "low", "exit 1 on findings of at least this `confidence`: none, low, medium, high")
		policyPath  = fs.String("policy", "", "phiguard.yaml policy `FILE`")
		baseline    = fs.String("baseline", "", "earlier jsonl output `FILE`: its findings are not reported again")
		workers     = fs.Int("workers", 0, "objects scanned at once (default: number of CPUs)")
		maxLine     sizeFlag
		maxSize     sizeFlag
		maxExpand   sizeFlag
		maxRatio    = fs.Float64("max-ratio", 0, "stop objects that decompress to more than `R` times their size (default 200)")
		since       timeFlag
		until       timeFlag
		shard       = fs.String("shard", "", "scan one shard: `i/N`, or N with the index from JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX")
		redactTo    = fs.String("redact-to", "", "write redacted copies to `DIR` or s3://bucket/prefix")
		checkpoint  = fs.String("checkpoint", "", "checkpoint `FILE` for resuming")
		manifest    = fs.String("manifest", "", "write the run manifest to `FILE` (mode 0600)")
		endpoint    = fs.String("endpoint", "", "S3-compatible endpoint `URL`")
		pathStyle   = fs.Bool("path-style", false, "address S3 buckets by path")
		region      = fs.String("region", "", "AWS `region`")
		versions    = fs.Bool("versions", false, "also scan non-current S3 object versions")
		identifiers = fs.String("identifiers", "", "(match) `FILE` of identifiers to look for")
		include     listFlag
		exclude     listFlag
		inventory   listFlag
	)
	fs.Var(&maxLine, "max-line", "largest piece of a line scanned at once, in `BYTES` (default 1MiB)")
	fs.Var(&maxSize, "max-size", "skip objects larger than `BYTES`")
	fs.Var(&maxExpand, "max-expand", "cap on the decompressed `BYTES` of one object (default 100GiB)")
	fs.Var(&since, "since", "scan objects modified at or after `TIME`")
	fs.Var(&until, "until", "scan objects modified before `TIME`")
	fs.Var(&include, "include", "scan only paths matching `GLOB` (repeatable)")
	fs.Var(&exclude, "exclude", "skip paths matching `GLOB` (repeatable)")
	fs.Var(&inventory, "inventory", "scan the objects of an S3 Inventory `manifest` (s3://.../manifest.json; repeatable)")
	inputs, err := parseInterleaved(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return ExitClean
	}
	if err != nil {
		return ExitError
	}
	if len(inputs) == 0 && len(inventory) == 0 {
		fs.Usage()
		return ExitError
	}
	switch *format {
	case "text", "jsonl", "json", "sarif":
	default:
		return c.errorf("unknown -format %q: want text, jsonl, json or sarif", *format)
	}
	var failLevel detectors.Confidence
	if *failOn != "none" {
		if failLevel, err = detectors.ParseConfidence(*failOn); err != nil {
			return c.errorf("unknown -fail-on %q: want none, low, medium or high", *failOn)
		}
	}
	if match && *identifiers == "" {
		return c.errorf("match needs -identifiers FILE")
	}
	if !match && *identifiers != "" {
		return c.errorf("-identifiers belongs to the match command: logscan match -identifiers FILE ...")
	}
	if match && *redactTo != "" {
		return c.errorf("cannot specify both match and -redact-to")
	}
	stdinUsed := false
	for _, in := range inputs {
		if in == "-" {
			if stdinUsed {
				return c.errorf("standard input (-) given twice")
			}
			stdinUsed = true
		}
	}
	o := Options{Workers: *workers, MaxLineBytes: int(maxLine), MaxObjectBytes: int64(maxSize), MaxExpandBytes: int64(maxExpand),
		MaxRatio: *maxRatio, Since: since.t, Until: until.t, Include: include, Exclude: exclude, RedactTo: *redactTo,
		Checkpoint: *checkpoint, S3: S3Options{Endpoint: *endpoint, PathStyle: *pathStyle, Region: *region, Versions: *versions, Inventories: inventory}}
	if *shard != "" {
		if o.Shard, err = ParseShard(*shard, c.io.Getenv); err != nil {
			return c.errorf("%v", err)
		}
	}
	if err := c.loadPolicy(*policyPath, &o); err != nil {
		return c.errorf("%v", err)
	}
	if *baseline != "" {
		if o.Baseline, err = LoadBaseline(*baseline); err != nil {
			return c.errorf("%v", err)
		}
	}
	if match {
		if o.Identifiers, err = LoadIdentifiers(*identifiers, o.Scanner); err != nil {
			return c.errorf("%v", err)
		}
	}
	out, closeOut, err := c.output(*output)
	if err != nil {
		return c.errorf("-o: %s", describeErr(err))
	}
	defer closeOut()
	if *format == "jsonl" && !match {
		o.Findings = out
	}
	o.Log, o.Stdin = c.io.Stderr, c.io.Stdin
	if c.io.StderrIsTerminal {
		o.Progress = c.io.Stderr
	}
	switch {
	case o.Key == nil && o.Checkpoint == "":
		fmt.Fprintf(c.io.Stderr, "logscan: no fingerprint key configured (policy token-key or $%s): using a random key for this run; fingerprints compare only within it\n", policy.DefaultKeyEnv)
	case o.Key == nil:
		fmt.Fprintf(c.io.Stderr, "logscan: no fingerprint key configured (policy token-key or $%s): using the key kept in the checkpoint; fingerprints compare only within runs sharing it\n", policy.DefaultKeyEnv)
	}
	rep, err := Scan(ctx, inputs, &o)
	if err != nil {
		return c.errorf("%v", err)
	}
	if *manifest != "" {
		m := rep.Manifest()
		m.Args = append([]string{name}, args...)
		if err := m.WriteFile(*manifest); err != nil {
			return c.errorf("-manifest: %s", describeErr(err))
		}
	}
	switch {
	case *format != "jsonl":
		err = rep.Write(out, *format)
	case match:
		err = writeMatchesJSONL(out, rep.Matches)
	}
	if err != nil {
		return c.errorf("writing the report: %s", describeErr(err))
	}
	if *format == "jsonl" || *format == "json" || *format == "sarif" {
		// The one-line summary goes to standard error, so that the
		// findings stay machine-readable.
		t := rep.Totals
		fmt.Fprintf(c.io.Stderr, "logscan: %d findings in %d of %d objects, %d records with PHI, about %d individuals; %d errors, %d skipped\n",
			t.Findings, t.ObjectsPHI, t.Objects, t.RecordsPHI, t.Individuals, t.Errors, t.Skipped)
	}
	switch {
	case rep.Totals.Errors > 0:
		return ExitError
	case match && failLevel != 0 && len(rep.Matches) > 0:
		return ExitFindings
	case !match && rep.FailsAt(failLevel):
		return ExitFindings
	}
	return ExitClean
}

// output opens the -o file (mode 0600), or returns standard output.
func (c *cli) output(path string) (io.Writer, func(), error) {
	if path == "" {
		return c.io.Stdout, func() {}, nil
	}
	f, err := create0600(path)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

func writeMatchesJSONL(w io.Writer, ms []Match) error {
	var b bytes.Buffer
	for _, m := range ms {
		b.Reset()
		if err := jsonLine(&b, m); err != nil {
			return err
		}
		if _, err := w.Write(b.Bytes()); err != nil {
			return err
		}
	}
	return nil
}
