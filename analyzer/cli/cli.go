// Package cli implements the phivet command: the standalone driver with
// text, -json and -sarif output and documented exit codes, and the
// go vet -vettool protocol.
package cli

import (
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/phiguard/phiguard/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/unitchecker"
	"golang.org/x/tools/go/packages"
)

// Exit codes of the standalone command.
const (
	ExitClean    = 0 // no diagnostics
	ExitFindings = 1 // diagnostics were reported (text, -json and -sarif alike)
	ExitError    = 2 // usage error, bad settings or baseline, or packages that do not load
)

// IsVetTool reports whether args (without the program name) are those
// go vet passes to a -vettool: flags then a .cfg file, -flags or -V=full.
func IsVetTool(args []string) bool {
	if len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") {
		return true
	}
	for _, a := range args {
		if a == "-flags" || a == "--flags" || strings.HasPrefix(a, "-V") || strings.HasPrefix(a, "--V") {
			return true
		}
	}
	return false
}

// Main runs the phivet command with args (without the program name)
// and returns its exit code. Under go vet it does not return.
func Main(args []string, stdout, stderr io.Writer) int {
	if IsVetTool(args) {
		unitchecker.Main(analyzer.Analyzer) // exits
	}
	fs := flag.NewFlagSet("phivet", flag.ContinueOnError)
	fs.SetOutput(stderr)
	jsonOut := fs.Bool("json", false, "print diagnostics as go/analysis JSON")
	sarifOut := fs.String("sarif", "", "also write a SARIF 2.1.0 log to `file` (\"-\" for standard output)")
	tests := fs.Bool("test", true, "also check test files")
	tags := fs.String("tags", "", "comma-separated build `tags`")
	fix := fs.Bool("fix", false, "apply suggested fixes")
	analyzer.Analyzer.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.Usage = func() {
		fmt.Fprintf(stderr, "phivet reports protected health information reaching logs, error strings and error trackers.\n\n")
		fmt.Fprintf(stderr, "Usage: phivet [flags] packages...\n       go vet -vettool=$(which phivet) [-phivet.config=file] packages...\n\n")
		fmt.Fprintf(stderr, "%s\n\nFlags:\n", analyzer.Doc)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return ExitClean
		}
		return ExitError
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return ExitError
	}
	if *jsonOut && *fix {
		fmt.Fprintln(stderr, "phivet: cannot specify both -json and -fix")
		return ExitError
	}
	if *jsonOut && *sarifOut == "-" {
		fmt.Fprintln(stderr, "phivet: cannot write both -json and -sarif to standard output")
		return ExitError
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Tests: *tests, ParseFile: parseFile}
	if *tags != "" {
		cfg.BuildFlags = []string{"-tags=" + *tags}
	}
	pkgs, err := packages.Load(cfg, fs.Args()...)
	if err != nil {
		fmt.Fprintf(stderr, "phivet: %v\n", err)
		return ExitError
	}
	// Standard library packages were type-checked without function
	// bodies (see parseFile); the errors that causes are expected.
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if len(p.GoFiles) > 0 && strings.HasPrefix(p.GoFiles[0], goroot) {
			p.Errors, p.TypeErrors = nil, nil
		}
		p.IllTyped = len(p.Errors) > 0 || len(p.TypeErrors) > 0
		for _, q := range p.Imports {
			p.IllTyped = p.IllTyped || q.IllTyped
		}
	})
	if n := packages.PrintErrors(pkgs); n > 0 {
		return ExitError
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{analyzer.Analyzer}, pkgs, nil)
	if err != nil {
		fmt.Fprintf(stderr, "phivet: %v\n", err)
		return ExitError
	}
	res, failed := collect(graph, stderr)
	if failed {
		return ExitError
	}
	wd, _ := os.Getwd()
	switch {
	case *jsonOut:
		if err := writeJSON(stdout, res); err != nil {
			fmt.Fprintf(stderr, "phivet: %v\n", err)
			return ExitError
		}
	case *sarifOut != "-":
		for _, d := range res {
			fmt.Fprintf(stdout, "%s: %s\n", rel(wd, d.posn).String(), d.Message)
		}
	}
	if *sarifOut != "" {
		if err := writeSARIFFile(*sarifOut, stdout, res, wd); err != nil {
			fmt.Fprintf(stderr, "phivet: %v\n", err)
			return ExitError
		}
	}
	if *fix {
		if err := applyFixes(res); err != nil {
			fmt.Fprintf(stderr, "phivet: %v\n", err)
			return ExitError
		}
	}
	if len(res) > 0 {
		return ExitFindings
	}
	return ExitClean
}

var goroot = filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)

// parseFile parses a file for go/packages. phivet does not analyse the
// standard library (it knows its sinks by name), so function bodies of
// standard library files are dropped: type-checking declarations only
// is several times faster.
func parseFile(fset *token.FileSet, filename string, src []byte) (*ast.File, error) {
	if !strings.HasPrefix(filename, goroot) {
		return parser.ParseFile(fset, filename, src, parser.AllErrors|parser.ParseComments)
	}
	f, err := parser.ParseFile(fset, filename, src, parser.SkipObjectResolution)
	if f != nil {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				fd.Body = nil
			}
		}
	}
	return f, err
}

// diag is a diagnostic with its positions resolved.
type diag struct {
	analysis.Diagnostic
	pkg     string
	posn    token.Position
	end     token.Position
	related []relatedPosn
	edits   []edit
}

type relatedPosn struct {
	posn token.Position
	msg  string
}

type edit struct {
	file       string
	start, end int
	text       string
}

// collect gathers the root packages' diagnostics, dropping the copies
// a file gets in a package and its test variant, sorted by position.
func collect(g *checker.Graph, stderr io.Writer) ([]diag, bool) {
	type key struct {
		posn token.Position
		msg  string
	}
	seen := map[key]bool{}
	var out []diag
	failed := false
	for act := range g.All() {
		if act.Err != nil {
			fmt.Fprintf(stderr, "phivet: %s: %v\n", act.Package.PkgPath, act.Err)
			failed = true
		}
	}
	for _, act := range g.Roots {
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			posn := fset.Position(d.Pos)
			k := key{posn, d.Message}
			if seen[k] {
				continue
			}
			seen[k] = true
			x := diag{Diagnostic: d, pkg: act.Package.ID, posn: posn, end: fset.Position(d.End)}
			for _, r := range d.Related {
				x.related = append(x.related, relatedPosn{fset.Position(r.Pos), r.Message})
			}
			for _, sf := range d.SuggestedFixes {
				for _, e := range sf.TextEdits {
					s, en := fset.Position(e.Pos), fset.Position(e.End)
					x.edits = append(x.edits, edit{s.Filename, s.Offset, en.Offset, string(e.NewText)})
				}
			}
			out = append(out, x)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].posn, out[j].posn
		return cmp.Or(cmp.Compare(a.Filename, b.Filename), cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column), cmp.Compare(out[i].Message, out[j].Message)) < 0
	})
	return out, failed
}

// rel makes a position's file name relative to dir when it is inside it.
func rel(dir string, p token.Position) token.Position {
	if dir == "" {
		return p
	}
	if r, err := filepath.Rel(dir, p.Filename); err == nil && !strings.HasPrefix(r, "..") {
		p.Filename = r
	}
	return p
}

// jsonDiagnostic is the go/analysis JSON form of a diagnostic.
type jsonDiagnostic struct {
	Category       string           `json:"category,omitempty"`
	Posn           string           `json:"posn"`
	End            string           `json:"end"`
	Message        string           `json:"message"`
	SuggestedFixes []jsonFix        `json:"suggested_fixes,omitempty"`
	Related        []jsonRelatedPos `json:"related,omitempty"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

type jsonRelatedPos struct {
	Posn    string `json:"posn"`
	Message string `json:"message"`
}

// writeJSON prints diagnostics as go/analysis does: an object mapping
// package IDs to analyzer names to lists of diagnostics.
func writeJSON(w io.Writer, ds []diag) error {
	tree := map[string]map[string][]jsonDiagnostic{}
	for _, d := range ds {
		jd := jsonDiagnostic{Category: d.Category, Posn: d.posn.String(), End: d.end.String(), Message: d.Message}
		for _, r := range d.related {
			jd.Related = append(jd.Related, jsonRelatedPos{r.posn.String(), r.msg})
		}
		if len(d.edits) > 0 {
			f := jsonFix{Message: d.SuggestedFixes[0].Message}
			for _, e := range d.edits {
				f.Edits = append(f.Edits, jsonEdit{e.file, e.start, e.end, e.text})
			}
			jd.SuggestedFixes = []jsonFix{f}
		}
		if tree[d.pkg] == nil {
			tree[d.pkg] = map[string][]jsonDiagnostic{}
		}
		tree[d.pkg]["phivet"] = append(tree[d.pkg]["phivet"], jd)
	}
	b, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}

// applyFixes applies every suggested fix whose edits do not overlap an
// earlier one, file by file.
func applyFixes(ds []diag) error {
	byFile := map[string][]edit{}
	for _, d := range ds {
		for _, e := range d.edits {
			byFile[e.file] = append(byFile[e.file], e)
		}
	}
	files := make([]string, 0, len(byFile))
	for f := range byFile {
		files = append(files, f)
	}
	slices.Sort(files)
	for _, name := range files {
		edits := byFile[name]
		sort.SliceStable(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
		src, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		var out []byte
		last := 0
		for _, e := range edits {
			if e.start < last {
				continue // overlaps an applied edit
			}
			if e.start == last && e.end == last && len(out) > 0 && strings.HasSuffix(string(out), e.text) && e.text != ")" && e.text != "" {
				continue // the same import inserted twice
			}
			out = append(out, src[last:e.start]...)
			out = append(out, e.text...)
			last = e.end
		}
		out = append(out, src[last:]...)
		if err := os.WriteFile(name, out, 0o644); err != nil {
			return err
		}
	}
	return nil
}
