package analyzer

import (
	_ "embed"
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/types/objectpath"
	"golang.org/x/tools/go/types/typeutil"
)

//go:embed doc.go
var docSource string

// Doc is the analyzer's documentation, taken from doc.go.
var Doc = extractDoc(docSource, "phivet")

// URL is where the analyzer's documentation is published.
const URL = "https://pkg.go.dev/github.com/phiguard/phiguard/analyzer"

// Analyzer is phivet with settings from the -config flag or from the
// nearest phivet.yaml (or phiguard.yaml with a phivet: section) above
// each package's directory, and a -baseline flag.
var Analyzer = newAnalyzer(nil, true)

// NewAnalyzer returns phivet with fixed settings, as the golangci-lint
// plugin builds it. A nil s means the defaults. It returns an error if
// s is not valid.
func NewAnalyzer(s *Settings) (*analysis.Analyzer, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	if s == nil {
		s = &Settings{}
	}
	return newAnalyzer(s, false), nil
}

type flags struct {
	config   string
	baseline string
}

func newAnalyzer(fixed *Settings, withFlags bool) *analysis.Analyzer {
	f := new(flags)
	a := &analysis.Analyzer{
		Name:      "phivet",
		Doc:       Doc,
		URL:       URL,
		FactTypes: []analysis.Fact{new(FieldFact), new(TypeFact), new(FuncFact)},
		Run: func(pass *analysis.Pass) (any, error) {
			return nil, run(pass, fixed, f)
		},
	}
	if withFlags {
		a.Flags.Init("phivet", flag.ContinueOnError)
		a.Flags.StringVar(&f.config, "config", "", "settings `file` (default: the nearest phivet.yaml or phiguard.yaml above each package)")
		a.Flags.StringVar(&f.baseline, "baseline", "", "earlier -json output `file`: report only diagnostics not in it")
	}
	return a
}

// extractDoc returns the text of the "# Analyzer name" section of a
// doc.go package comment.
func extractDoc(src, name string) string {
	start := strings.Index(src, "/*")
	end := strings.Index(src, "*/")
	if start < 0 || end < start {
		panic("phivet: doc.go has no /* */ package comment")
	}
	text := src[start+2 : end]
	head := "# Analyzer " + name
	i := strings.Index(text, head)
	if i < 0 {
		panic("phivet: doc.go has no " + head + " section")
	}
	// Every later section belongs to the analyzer too.
	return strings.TrimSpace(text[i+len(head):])
}

// checker holds the state of one pass.
type checker struct {
	pass     *analysis.Pass
	settings *Settings
	encoder  *objectpath.Encoder
	msets    typeutil.MethodSetCache

	sources     map[string]*source
	fields      map[*types.Var]fieldInfo
	types       map[*types.Named]typeInfo
	typeSources map[types.Type]*source
	facts       map[*types.Func]*FuncFact

	localFieldDirectives map[*types.Var]string
	localTypeDirectives  map[types.Object]string
	localFuncDirectives  map[*types.Func]string

	units      map[*ssa.Function]*unit
	unitsByObj map[*types.Func]*unit
	calls      map[token.Pos]*ast.CallExpr
	pkgs       map[string]*types.Package
	findings   []finding
	seen       map[findingKey]bool
}

// finding is a diagnostic before suppression and baseline filtering.
type finding struct {
	pos, end token.Pos
	stmt     token.Pos // start of the call, for suppression comments
	msg      string
	category string
	src      *source
	via      *types.Func // the function through which the PHI reaches the sink
	fix      *analysis.SuggestedFix
}

// isStd reports whether the package is part of the standard library.
// phivet knows the standard library's sinks and propagators by name and
// does not analyse it.
func isStd(pass *analysis.Pass) bool {
	path := pass.Pkg.Path()
	first, _, _ := strings.Cut(path, "/")
	if strings.Contains(first, ".") {
		return false
	}
	if len(pass.Files) == 0 {
		return true
	}
	name := pass.Fset.File(pass.Files[0].Pos()).Name()
	root := filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)
	return strings.HasPrefix(name, root)
}

func run(pass *analysis.Pass, fixed *Settings, f *flags) (err error) {
	if isStd(pass) {
		return nil
	}
	defer func() {
		// A bug in phivet must not take go vet or golangci-lint down
		// with a stack trace: report it as this package's error.
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error analysing %s: %v (please report it with the code that triggers it)", pass.Pkg.Path(), r)
		}
	}()
	s := fixed
	if s == nil {
		var err error
		if f.config != "" {
			s, err = loadCached(f.config)
		} else if len(pass.Files) > 0 {
			s, err = findSettings(filepath.Dir(pass.Fset.File(pass.Files[0].Pos()).Name()))
		}
		if err != nil {
			return err
		}
		if s == nil {
			s = &Settings{}
		}
	}
	c := &checker{
		pass:                 pass,
		settings:             s,
		encoder:              new(objectpath.Encoder),
		sources:              map[string]*source{},
		fields:               map[*types.Var]fieldInfo{},
		types:                map[*types.Named]typeInfo{},
		typeSources:          map[types.Type]*source{},
		facts:                map[*types.Func]*FuncFact{},
		localFieldDirectives: map[*types.Var]string{},
		localTypeDirectives:  map[types.Object]string{},
		localFuncDirectives:  map[*types.Func]string{},
		units:                map[*ssa.Function]*unit{},
		unitsByObj:           map[*types.Func]*unit{},
		seen:                 map[findingKey]bool{},
	}
	c.collectDirectives()
	c.exportDeclFacts()
	c.analyse()
	return c.emit(f)
}

func loadCached(path string) (*Settings, error) {
	if r, ok := dirCache.Load("file:" + path); ok {
		r := r.(dirResult)
		return r.s, r.err
	}
	s, err := LoadSettings(path)
	dirCache.Store("file:"+path, dirResult{s, err})
	return s, err
}

// collectDirectives records //phi:sensitive directives on the package's
// types, fields and functions.
func (c *checker) collectDirectives() {
	info := c.pass.TypesInfo
	for _, file := range c.pass.Files {
		for _, decl := range file.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if cat, ok := parseDirective(d.Doc); ok {
					if fn, ok := info.Defs[d.Name].(*types.Func); ok {
						c.localFuncDirectives[fn] = cat
					}
				}
			case *ast.GenDecl:
				if d.Tok != token.TYPE {
					continue
				}
				for _, spec := range d.Specs {
					ts := spec.(*ast.TypeSpec)
					groups := []*ast.CommentGroup{ts.Doc, ts.Comment}
					if len(d.Specs) == 1 {
						groups = append(groups, d.Doc)
					}
					obj := info.Defs[ts.Name]
					if cat, ok := parseDirective(groups...); ok && obj != nil {
						c.localTypeDirectives[obj] = cat
					}
					st, ok := ts.Type.(*ast.StructType)
					if !ok {
						continue
					}
					for _, fld := range st.Fields.List {
						cat, ok := parseDirective(fld.Doc, fld.Comment)
						if !ok {
							continue
						}
						for _, name := range fld.Names {
							if v, ok := info.Defs[name].(*types.Var); ok {
								c.localFieldDirectives[v] = cat
							}
						}
					}
				}
			}
		}
	}
}

// exportDeclFacts exports facts for the PHI fields and types declared
// in this package, so importers see directives and settings too.
func (c *checker) exportDeclFacts() {
	scope := c.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok {
			continue
		}
		if ti := c.typ(n); ti.sensitive && !ti.marker {
			c.pass.ExportObjectFact(tn, &TypeFact{Category: ti.cat})
		}
		c.exportFieldFacts(n, n.Underlying(), 0)
	}
}

func (c *checker) exportFieldFacts(owner *types.Named, t types.Type, depth int) {
	st, ok := t.(*types.Struct)
	if !ok || depth > 3 {
		return
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if f.Pkg() != c.pass.Pkg {
			continue
		}
		if fi := c.field(st, i, owner); fi.phi && fi.origin != "tag" {
			// Tags travel in export data; directives and settings do not.
			c.pass.ExportObjectFact(f, &FieldFact{Category: fi.cat, Origin: fi.origin})
		}
		c.exportFieldFacts(nil, f.Type().Underlying(), depth+1)
	}
}

// fieldAddrSource returns the source for field i of the struct that x
// (a struct or a pointer to one) holds, or nil if it is not PHI. Unless
// evenSafe, a field whose type renders itself redacted is not a source.
func (c *checker) fieldAddrSource(x types.Type, i int, evenSafe bool) *source {
	st := structOf(x)
	if st == nil || i >= st.NumFields() {
		return nil
	}
	owner := namedOf(x)
	fi := c.field(st, i, owner)
	if !fi.phi {
		return nil
	}
	f := st.Field(i)
	if !evenSafe && c.safeType(f.Type()) {
		return nil
	}
	desc := "field " + f.Name()
	if owner != nil {
		desc = "field " + owner.Obj().Name() + "." + f.Name()
	}
	detail := fi.cat
	if fi.origin == "name" {
		detail += ", by name"
	}
	return c.objSource(desc, detail, fi.cat, f.Origin())
}

// nameSource returns a source for a parameter or package variable whose
// name looks like PHI, when name-based sources are on.
func (c *checker) nameSource(kind, name string, t types.Type, obj types.Object) *source {
	if !c.settings.Sources.Names || !nameable(t) {
		return nil
	}
	cat, ok := classifyName(name)
	if !ok || !nameFits(t, cat) {
		return nil
	}
	return c.objSource(kind+" "+name, cat+", by name", cat, obj)
}

// keyedGetters are methods that look a value up by a string key:
// url.Values.Get, http.Request.FormValue, http.Header.Get, and the like
// of web frameworks.
var keyedGetters = map[string]bool{"Get": true, "FormValue": true, "PostFormValue": true, "Query": true,
	"Param": true, "PathValue": true, "GetString": true, "DefaultQuery": true, "PostForm": true}

// keySource returns a source for a value looked up under a constant key
// that looks like PHI ("ssn", "dob"), when name-based sources are on.
func (c *checker) keySource(key ssa.Value, t types.Type) *source {
	k, ok := key.(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != constant.String || !c.settings.Sources.Names {
		return nil
	}
	name := constant.StringVal(k.Value)
	cat, ok := classifyName(name)
	if !ok || !nameFits(t, cat) {
		return nil
	}
	return c.intern(source{Desc: "value under key " + strconv.Quote(name), Detail: cat + ", by name", Cat: cat})
}

// keyedGetSource returns the source for a call such as
// r.FormValue("ssn") when name-based sources are on.
func (c *checker) keyedGetSource(obj *types.Func, args []ssa.Value, sig *types.Signature) *source {
	if !c.settings.Sources.Names || !keyedGetters[obj.Name()] || sig.Results().Len() == 0 {
		return nil
	}
	for _, a := range args {
		if s := c.keySource(a, sig.Results().At(0).Type()); s != nil {
			return s
		}
	}
	return nil
}

// funcSource returns the source for calling a function whose results
// are PHI by settings or directive.
func (c *checker) funcSource(obj *types.Func, k funcKey) *source {
	for _, r := range c.settings.Sources.Functions {
		if refMatches(r, k) {
			cat := r.Category
			if cat == "" {
				cat = "other_id"
			}
			return c.objSource("result of "+shortFunc(obj), cat, cat, obj)
		}
	}
	if cat, ok := c.localFuncDirectives[obj]; ok {
		return c.objSource("result of "+shortFunc(obj), cat, cat, obj)
	}
	return nil
}

// shortFunc names a function as pkg.F or pkg.T.M.
func shortFunc(fn *types.Func) string {
	k := lookupKey(fn)
	pkg := ""
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Name() + "."
	}
	if k.recv != "" {
		return pkg + k.recv + "." + k.name
	}
	return pkg + k.name
}

func (c *checker) refSource(r *SourceRef) *source {
	return c.intern(source{Desc: r.Desc, Detail: r.Detail, Cat: r.Cat, Pkg: r.Pkg, Obj: r.Obj, Struct: r.Struct})
}

func toRef(s *source) *SourceRef {
	if s == nil {
		return nil
	}
	return &SourceRef{Desc: s.Desc, Detail: s.Detail, Cat: s.Cat, Pkg: s.Pkg, Obj: s.Obj, Struct: s.Struct}
}

// summaryOf returns the summary of a callee: computed in this pass, or
// imported as a fact.
func (c *checker) summaryOf(callee *ssa.Function) *FuncFact {
	o := callee
	if callee.Origin() != nil {
		o = callee.Origin()
	}
	if u, ok := c.units[o]; ok {
		return u.summary
	}
	obj := calleeObj(callee)
	return c.summaryOfObj(obj)
}

func (c *checker) summaryOfObj(obj *types.Func) *FuncFact {
	if obj == nil || obj.Pkg() == nil {
		return nil
	}
	if u, ok := c.unitsByObj[obj]; ok {
		return u.summary
	}
	if obj.Pkg() == c.pass.Pkg {
		return nil
	}
	if f, ok := c.facts[obj]; ok {
		return f
	}
	var f *FuncFact
	var ff FuncFact
	if c.pass.ImportObjectFact(obj, &ff) {
		f = &ff
	}
	c.facts[obj] = f
	return f
}

// sinkWriter reports whether the writer passed to fmt.Fprint* is
// standard output, standard error or an HTTP response.
func (c *checker) sinkWriter(v ssa.Value) bool {
	switch x := v.(type) {
	case *ssa.MakeInterface:
		v = x.X
	case *ssa.ChangeInterface:
		v = x.X
	}
	if ld, ok := v.(*ssa.UnOp); ok && ld.Op == token.MUL {
		if g, ok := ld.X.(*ssa.Global); ok && g.Pkg != nil && g.Pkg.Pkg.Path() == "os" && (g.Name() == "Stdout" || g.Name() == "Stderr") {
			return true
		}
	}
	if n := namedOf(v.Type()); n != nil && objPkgPath(n.Obj()) == "net/http" && n.Obj().Name() == "ResponseWriter" {
		return true
	}
	ms := c.msets.MethodSet(v.Type())
	return ms.Lookup(nil, "WriteHeader") != nil && ms.Lookup(nil, "Header") != nil && ms.Lookup(nil, "Write") != nil
}

// analyse builds SSA for the package and solves every function,
// callees before callers, iterating over recursive groups.
func (c *checker) analyse() {
	prog := ssa.NewProgram(c.pass.Fset, 0)
	created := map[*types.Package]bool{}
	var createAll func(pkgs []*types.Package)
	createAll = func(pkgs []*types.Package) {
		for _, p := range pkgs {
			if !created[p] {
				created[p] = true
				prog.CreatePackage(p, nil, nil, true)
				createAll(p.Imports())
			}
		}
	}
	createAll(c.pass.Pkg.Imports())
	ssapkg := prog.CreatePackage(c.pass.Pkg, c.pass.Files, c.pass.TypesInfo, false)
	ssapkg.Build()

	var roots []*ssa.Function
	for _, file := range c.pass.Files {
		for _, decl := range file.Decls {
			if d, ok := decl.(*ast.FuncDecl); ok {
				obj, _ := c.pass.TypesInfo.Defs[d.Name].(*types.Func)
				if obj == nil {
					continue
				}
				if fn := prog.FuncValue(obj); fn != nil && fn.Blocks != nil {
					roots = append(roots, fn)
					c.unitsByObj[obj] = nil
				}
			}
		}
	}
	if init := ssapkg.Func("init"); init != nil {
		roots = append(roots, init)
	}
	for _, fn := range roots {
		u := newUnit(c, fn)
		c.units[fn] = u
		if obj, ok := fn.Object().(*types.Func); ok {
			c.unitsByObj[obj] = u
		}
	}
	for obj, u := range c.unitsByObj {
		if u == nil {
			delete(c.unitsByObj, obj)
		}
	}
	for _, scc := range c.sccs(roots) {
		recursive := len(scc) > 1 || c.selfRecursive(scc[0])
		for iter := 0; iter < 16; iter++ {
			changed := false
			for _, fn := range scc {
				u := c.units[fn]
				u.solve()
				s := u.summarize()
				if u.summary == nil || !u.summary.equal(s) {
					changed = true
				}
				u.summary = s
			}
			if !recursive || !changed {
				break
			}
		}
	}
	for _, fn := range roots {
		u := c.units[fn]
		u.scan(true)
		// Only exported functions and methods can be called from other
		// packages; the others need no fact.
		if obj, ok := fn.Object().(*types.Func); ok && obj.Exported() && u.summary != nil && !u.summary.empty() {
			c.pass.ExportObjectFact(obj, u.summary)
		}
	}
}

func (c *checker) selfRecursive(fn *ssa.Function) bool {
	u := c.units[fn]
	for _, f := range u.fns {
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				if ci, ok := instr.(ssa.CallInstruction); ok {
					if callee := ci.Common().StaticCallee(); callee != nil {
						if o := callee.Origin(); o != nil {
							callee = o
						}
						if callee == fn {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// sccs returns the strongly connected components of the static call
// graph among roots, callees first (Tarjan), in a deterministic order.
func (c *checker) sccs(roots []*ssa.Function) [][]*ssa.Function {
	edges := map[*ssa.Function][]*ssa.Function{}
	for _, fn := range roots {
		seen := map[*ssa.Function]bool{}
		for _, f := range c.units[fn].fns {
			for _, b := range f.Blocks {
				for _, instr := range b.Instrs {
					ci, ok := instr.(ssa.CallInstruction)
					if !ok {
						continue
					}
					callee := ci.Common().StaticCallee()
					if callee == nil {
						continue
					}
					if o := callee.Origin(); o != nil {
						callee = o
					}
					if obj, ok := callee.Object().(*types.Func); ok && callee.Synthetic != "" {
						if u := c.unitsByObj[obj]; u != nil {
							callee = u.root
						}
					}
					if _, ok := c.units[callee]; ok && !seen[callee] {
						seen[callee] = true
						edges[fn] = append(edges[fn], callee)
					}
				}
			}
		}
	}
	index := map[*ssa.Function]int{}
	low := map[*ssa.Function]int{}
	onStack := map[*ssa.Function]bool{}
	var stack []*ssa.Function
	var out [][]*ssa.Function
	next := 0
	var strong func(v *ssa.Function)
	strong = func(v *ssa.Function) {
		index[v], low[v] = next, next
		next++
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range edges[v] {
			if _, ok := index[w]; !ok {
				strong(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			var scc []*ssa.Function
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				scc = append(scc, w)
				if w == v {
					break
				}
			}
			out = append(out, scc)
		}
	}
	for _, fn := range roots {
		if _, ok := index[fn]; !ok {
			strong(fn)
		}
	}
	return out
}

// pkgByPath finds a package among the analysed one and its transitive
// imports.
func (c *checker) pkgByPath(path string) *types.Package {
	if c.pkgs == nil {
		c.pkgs = map[string]*types.Package{}
		var walk func(p *types.Package)
		walk = func(p *types.Package) {
			if _, ok := c.pkgs[p.Path()]; ok {
				return
			}
			c.pkgs[p.Path()] = p
			for _, q := range p.Imports() {
				walk(q)
			}
		}
		walk(c.pass.Pkg)
	}
	return c.pkgs[path]
}

// declPos returns the position of the declaration of a source.
func (c *checker) declPos(s *source) token.Pos {
	if s.Pkg == "" || s.Obj == "" {
		return token.NoPos
	}
	p := c.pkgByPath(s.Pkg)
	if p == nil {
		return token.NoPos
	}
	obj, err := objectpath.Object(p, objectpath.Path(s.Obj))
	if err != nil {
		return token.NoPos
	}
	return obj.Pos()
}

// emit applies suppression comments and the baseline, then reports
// the findings in position order.
func (c *checker) emit(f *flags) error {
	fs := c.findings
	sort.SliceStable(fs, func(i, j int) bool {
		if fs[i].pos != fs[j].pos {
			return fs[i].pos < fs[j].pos
		}
		return fs[i].msg < fs[j].msg
	})
	fs = c.dropGenerated(fs)
	fs = c.suppress(fs)
	if f != nil && f.baseline != "" {
		b, err := loadBaseline(f.baseline)
		if err != nil {
			return err
		}
		fs = b.filter(c.pass, fs)
	}
	for _, d := range fs {
		diag := analysis.Diagnostic{Pos: d.pos, End: d.end, Category: d.category, Message: d.msg}
		if d.src != nil {
			if p := c.declPos(d.src); p.IsValid() {
				diag.Related = append(diag.Related, analysis.RelatedInformation{Pos: p, Message: "PHI declared here: " + d.src.Desc})
			}
		}
		if d.via != nil && d.via.Pos().IsValid() {
			diag.Related = append(diag.Related, analysis.RelatedInformation{Pos: d.via.Pos(), Message: "the sink is reached in " + shortFunc(d.via)})
		}
		if d.fix != nil {
			diag.SuggestedFixes = []analysis.SuggestedFix{*d.fix}
		}
		c.pass.Report(diag)
	}
	return nil
}

// dropGenerated drops findings in generated files, which cannot be
// fixed where they are reported; the summaries of their functions still
// carry their flows to the code that calls them.
func (c *checker) dropGenerated(fs []finding) []finding {
	generated := map[*token.File]bool{}
	for _, f := range c.pass.Files {
		if ast.IsGenerated(f) {
			generated[c.pass.Fset.File(f.Pos())] = true
		}
	}
	if len(generated) == 0 {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		if !generated[c.pass.Fset.File(f.pos)] {
			kept = append(kept, f)
		}
	}
	return kept
}

type findingKey struct {
	pos, end token.Pos
	msg      string
}

func (c *checker) add(f finding) {
	k := findingKey{f.pos, f.end, f.msg}
	if c.seen[k] {
		return
	}
	c.seen[k] = true
	c.findings = append(c.findings, f)
}
