package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// argRef is one argument of a call as the user wrote it: variadic
// arguments packed into a slice by SSA are unpacked again.
type argRef struct {
	v     ssa.Value
	expr  ast.Expr   // nil if unknown
	param types.Type // the parameter type it is bound to
	index int        // argument index counting the receiver of a method as 0
}

// callExpr returns the call expression whose left parenthesis is at pos.
func (c *checker) callExpr(pos token.Pos) *ast.CallExpr {
	if c.calls == nil {
		c.calls = map[token.Pos]*ast.CallExpr{}
		for _, f := range c.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if ce, ok := n.(*ast.CallExpr); ok {
					c.calls[ce.Lparen] = ce
				}
				return true
			})
		}
	}
	return c.calls[pos]
}

// args unpacks the arguments of a call.
func (c *checker) args(cc *ssa.CallCommon) []argRef {
	sig := cc.Signature()
	ce := c.callExpr(cc.Pos())
	recv := 0
	if !cc.IsInvoke() && sig.Recv() != nil {
		recv = 1
	}
	var astArgs []ast.Expr
	var recvExpr ast.Expr
	if ce != nil {
		astArgs = ce.Args
		if recv == 1 {
			if sel, ok := ast.Unparen(ce.Fun).(*ast.SelectorExpr); ok {
				if len(astArgs) == len(cc.Args) {
					recv = 0 // method expression T.M(x, ...): the receiver is an argument
				} else {
					recvExpr = sel.X
				}
			}
		}
	}
	params := sig.Params()
	variadic := sig.Variadic() && (ce == nil || ce.Ellipsis == token.NoPos)
	var out []argRef
	for i, a := range cc.Args {
		ai := i - recv // index among the written arguments
		var pt types.Type
		switch {
		case i < recv && sig.Recv() != nil:
			pt = sig.Recv().Type()
		case ai >= 0 && ai < params.Len():
			pt = params.At(ai).Type()
		}
		if sl, ok := pt.(*types.Slice); ok && variadic && ai == params.Len()-1 {
			elem := sl.Elem()
			for k, ev := range varargs(a) {
				if ev == nil {
					continue
				}
				ref := argRef{v: ev, param: elem, index: i + k}
				if j := ai + k; j < len(astArgs) {
					ref.expr = astArgs[j]
				}
				out = append(out, ref)
			}
			continue
		}
		ref := argRef{v: a, param: pt, index: i}
		switch {
		case i < recv:
			ref.expr = recvExpr
		case ai >= 0 && ai < len(astArgs):
			ref.expr = astArgs[ai]
		}
		out = append(out, ref)
	}
	return out
}

// varargs returns the values stored in the slice SSA builds for
// variadic arguments, by index.
func varargs(v ssa.Value) []ssa.Value {
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil
	}
	alloc, ok := sl.X.(*ssa.Alloc)
	if !ok {
		return []ssa.Value{v}
	}
	var out []ssa.Value
	for _, r := range *alloc.Referrers() {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		k, ok := ia.Index.(*ssa.Const)
		if !ok {
			continue
		}
		idx, _ := strconv.Atoi(k.Value.ExactString())
		for _, rr := range *ia.Referrers() {
			if st, ok := rr.(*ssa.Store); ok && st.Addr == ia {
				for len(out) <= idx {
					out = append(out, nil)
				}
				out[idx] = st.Val
			}
		}
	}
	return out
}

// scanState collects, for the summary, the parameters reaching sinks.
type scanState struct {
	report bool
	sinks  map[int]ParamSink
}

// scan looks at every sink in the unit. With report it records findings
// for concrete PHI sources; it always records which parameters reach a
// sink, for the summary.
func (u *unit) scan(report bool) map[int]ParamSink {
	st := &scanState{report: report, sinks: map[int]ParamSink{}}
	for _, fn := range u.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch i := instr.(type) {
				case ssa.CallInstruction:
					u.scanCall(st, i.Common())
				case *ssa.Panic:
					ref := argRef{v: i.X, index: 0}
					if ce := u.c.callExpr(i.Pos()); ce != nil && len(ce.Args) == 1 {
						ref.expr = ce.Args[0]
					}
					u.hit(st, u.eff(i.X), ref, i.Pos(), sinkSpec{name: "panic", kind: kindError}, "")
				case *ssa.MakeInterface:
					if report {
						u.scanErrorValue(i)
					}
				case *ssa.Return:
					if report && u.keepRecv && fn == u.root && len(i.Results) == 1 {
						u.scanRender(i)
					}
				}
			}
		}
	}
	return st.sinks
}

func (u *unit) scanCall(st *scanState, cc *ssa.CallCommon) {
	var obj *types.Func
	var callee *ssa.Function
	if cc.IsInvoke() {
		obj = cc.Method
	} else if b, ok := cc.Value.(*ssa.Builtin); ok {
		if b.Name() == "print" || b.Name() == "println" {
			for _, a := range u.c.args(cc) {
				u.hit(st, u.eff(a.v), a, cc.Pos(), sinkSpec{name: b.Name(), kind: kindPrint}, "")
			}
		}
		return
	} else {
		callee = cc.StaticCallee()
		if callee == nil || u.inUnit[callee] {
			return
		}
		obj = calleeObj(callee)
	}
	if obj == nil {
		return
	}
	if spec, ok := u.c.sink(obj); ok {
		if cc.IsInvoke() || callee != nil && strings.HasPrefix(callee.Synthetic, "bound ") {
			spec.from-- // interface and bound method calls have no receiver among Args
		}
		args := u.c.args(cc)
		if spec.fprint && (len(cc.Args) == 0 || !u.c.sinkWriter(cc.Args[0])) {
			return
		}
		if spec.slog && !cc.IsInvoke() && len(cc.Args) > 0 && spec.from > 0 && u.c.throughSlogphi(cc.Args[0], 0) {
			spec.slogphi = true
		}
		for _, a := range args {
			if a.index >= spec.from {
				u.hit(st, u.eff(a.v), a, cc.Pos(), spec, "")
			}
		}
		return
	}
	if cc.IsInvoke() || u.c.sanitizer(obj) {
		return
	}
	sum := u.c.summaryOf(callee)
	if sum == nil || len(sum.Sinks) == 0 {
		return
	}
	args := u.c.args(cc)
	for _, ps := range sum.Sinks {
		for _, a := range args {
			if a.index == ps.Param || (ps.Param == 63 && a.index > 63) {
				spec := sinkSpec{name: ps.Sink, kind: ps.Kind, via: obj}
				u.hit(st, u.effArg(a.v, a.param), a, cc.Pos(), spec, shortFunc(obj))
			}
		}
	}
}

// hit records taint t reaching a sink: its parameters for the summary,
// and a finding for a concrete source when reporting.
func (u *unit) hit(st *scanState, t taint, a argRef, callPos token.Pos, spec sinkSpec, via string) {
	for b := 0; b < 64 && t.params>>b != 0; b++ {
		if t.params&(1<<b) == 0 {
			continue
		}
		if old, ok := st.sinks[b]; !ok || spec.name < old.Sink {
			st.sinks[b] = ParamSink{Param: b, Sink: spec.name, Kind: spec.kind}
		}
	}
	if !st.report || t.src == nil {
		return
	}
	s := t.src
	if spec.slog && via == "" && u.c.slogphiCovers(s, spec.slogphi) {
		return
	}
	msg := s.String() + " reaches " + spec.name
	if via != "" {
		msg += " through " + via
	}
	msg += " in " + u.where() + "; " + remedy(spec.kind, s)
	cat := map[sinkKind]string{kindLog: "log", kindPrint: "print", kindError: "error", kindTracker: "tracker", kindTest: "test"}[spec.kind]
	switch {
	case via != "":
		cat = "call"
	case s.Struct:
		cat = "struct"
	}
	f := finding{pos: callPos, end: callPos, stmt: callPos, msg: msg, category: cat, src: s, via: spec.via}
	if a.expr != nil {
		f.pos, f.end = a.expr.Pos(), a.expr.End()
		if via == "" {
			f.fix = u.c.wrapFix(a)
		}
	}
	if ce := u.c.callExpr(callPos); ce != nil {
		f.stmt = ce.Pos()
	}
	u.finding(f)
}

func (u *unit) finding(f finding) {
	u.c.add(f)
}

// where names the function a diagnostic is in, as Func or Type.Method:
// messages carry it so that baselines can match without line numbers.
func (u *unit) where() string {
	fn := u.root
	if fn.Synthetic != "" || fn.Name() == "init" && fn.Signature.Recv() == nil && fn.Object() == nil {
		return "package initialization"
	}
	if recv := fn.Signature.Recv(); recv != nil {
		if n := namedOf(recv.Type()); n != nil {
			return n.Obj().Name() + "." + fn.Name()
		}
	}
	return fn.Name()
}

func remedy(k sinkKind, s *source) string {
	switch {
	case s.Struct && k == kindTracker:
		return "send its non-PHI fields or give the type a redacting String method"
	case s.Struct && k != kindError:
		return "log its non-PHI fields or give the type a redacting LogValue or String method"
	case k == kindError:
		return "keep PHI out of error strings (phi.Errorf or an opaque reference)"
	case k == kindTracker:
		return "redact it before it is sent (redact package) or send a non-PHI reference"
	case k == kindPrint:
		return "redact it before it is written (redact package or phi.String)"
	}
	return "redact it (redact package or phi.String) or log a non-PHI reference"
}

// slogphiCovers reports whether slogphi makes a log/slog sink safe for
// s: by the slogphi setting, or because the logger was visibly built on
// slogphi.NewHandler (local).
func (c *checker) slogphiCovers(s *source, local bool) bool {
	sp := c.settings.Slogphi
	if !local && (sp == nil || !sp.Enabled) {
		return false
	}
	if sp == nil {
		sp = &SlogphiSettings{}
	}
	if s.Struct {
		return true
	}
	cats := sp.Categories
	if len(cats) == 0 {
		cats = defaultSlogphiCategories
	}
	for _, cat := range cats {
		if cat == s.Cat {
			return true
		}
	}
	return false
}

// scanErrorValue reports PHI stored in a value that becomes an error
// whose Error method prints its receiver's fields.
func (u *unit) scanErrorValue(mi *ssa.MakeInterface) {
	if !types.Identical(mi.Type(), errorType) {
		return
	}
	t := u.deep(mi.X)
	if t.src == nil {
		return
	}
	sel := u.c.msets.MethodSet(mi.X.Type()).Lookup(nil, "Error")
	if sel == nil {
		return
	}
	m, ok := sel.Obj().(*types.Func)
	if !ok {
		return
	}
	sum := u.c.summaryOfObj(m.Origin())
	if sum == nil || len(sum.Results) == 0 || sum.Results[0].Params&1 == 0 {
		return
	}
	pos := mi.Pos()
	if !pos.IsValid() {
		pos = mi.X.Pos()
	}
	if !pos.IsValid() {
		return
	}
	name := types.TypeString(mi.X.Type(), types.RelativeTo(u.c.pass.Pkg))
	u.finding(finding{pos: pos, end: pos, stmt: pos, src: t.src, category: "error",
		msg: t.src.String() + " reaches error value of type " + name + " in " + u.where() + "; " + remedy(kindError, t.src)})
}

var errorType = types.Universe.Lookup("error").Type()

// throughSlogphi reports whether the *slog.Logger v was built, in this
// function, by slog.New on a handler from the slogphi package (or by
// With or WithGroup on such a logger).
func (c *checker) throughSlogphi(v ssa.Value, depth int) bool {
	if depth > 8 {
		return false
	}
	switch x := v.(type) {
	case *ssa.Phi:
		for _, e := range x.Edges {
			if !c.throughSlogphi(e, depth+1) {
				return false
			}
		}
		return len(x.Edges) > 0
	case *ssa.ChangeType:
		return c.throughSlogphi(x.X, depth+1)
	case *ssa.MakeInterface:
		return c.throughSlogphi(x.X, depth+1)
	case *ssa.ChangeInterface:
		return c.throughSlogphi(x.X, depth+1)
	case *ssa.Call:
		callee := x.Call.StaticCallee()
		obj := calleeObj(callee)
		if obj == nil || len(x.Call.Args) == 0 {
			return false
		}
		k := lookupKey(obj)
		switch {
		case k.pkg == slogphiPkg:
			return true // the handler itself
		case k.pkg == "log/slog" && k.recv == "" && k.name == "New":
			return c.throughSlogphi(x.Call.Args[0], depth+1)
		case k.pkg == "log/slog" && k.recv == "Logger" && (k.name == "With" || k.name == "WithGroup"):
			return c.throughSlogphi(x.Call.Args[0], depth+1)
		}
	}
	return false
}

// scanRender reports a String, Error, GoString or LogValue method that
// returns PHI: whatever prints the value prints the PHI.
func (u *unit) scanRender(r *ssa.Return) {
	t := u.deep(r.Results[0])
	if t.src == nil {
		return
	}
	pos := r.Pos()
	if !pos.IsValid() {
		return
	}
	end := pos
	recv := u.root.Signature.Recv().Type()
	name := types.TypeString(recv, types.RelativeTo(u.c.pass.Pkg))
	if n := namedOf(recv); n != nil {
		name = n.Obj().Name()
	}
	u.finding(finding{pos: pos, end: end, stmt: pos, src: t.src, category: "render",
		msg: t.src.String() + " reaches the result of " + name + "." + u.root.Name() + "; return a redacted rendering"})
}

// summarize builds the unit's summary from the current solution.
func (u *unit) summarize() *FuncFact {
	f := new(FuncFact)
	sinks := u.scan(false)
	for b := 0; b < 64; b++ {
		if s, ok := sinks[b]; ok {
			f.Sinks = append(f.Sinks, s)
		}
	}
	res := u.root.Signature.Results()
	f.Results = make([]ResultFlow, res.Len())
	rs := u.ret[u.root]
	for i := range f.Results {
		if i < len(rs) {
			f.Results[i] = ResultFlow{Params: rs[i].params, Source: toRef(rs[i].src)}
		}
	}
	for j, p := range u.root.Params {
		if !addressLike(p.Type()) {
			continue
		}
		for _, pt := range u.mem[p] {
			t := pt.t
			t.params &^= paramBit(j)
			if !t.empty() {
				f.Effects = append(f.Effects, ParamEffect{Param: j, Path: pt.path, Params: t.params, Source: toRef(t.src)})
			}
		}
	}
	if obj, ok := u.root.Object().(*types.Func); ok {
		if cat, ok := u.c.localFuncDirectives[obj]; ok {
			s := u.c.objSource("result of "+shortFunc(obj), cat, cat, obj)
			for i := range f.Results {
				f.Results[i].Source = toRef(s)
			}
		}
	}
	return f
}

// wrapFix returns the fix wrapping a string argument bound to an
// interface parameter in phi.String, which prints redacted.
func (c *checker) wrapFix(a argRef) *analysis.SuggestedFix {
	if a.param == nil || !types.IsInterface(a.param) {
		return nil
	}
	v := a.v
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	b, ok := v.Type().Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsString == 0 {
		return nil
	}
	if _, ok := v.Type().(*types.Basic); !ok {
		return nil // a named string type: the conversion could lose its methods
	}
	expr := ast.Unparen(a.expr)
	switch expr.(type) {
	case *ast.SelectorExpr, *ast.Ident, *ast.IndexExpr, *ast.CallExpr:
	default:
		return nil
	}
	file := c.fileOf(expr.Pos())
	if file == nil {
		return nil
	}
	name, edits := c.importPhi(file)
	edits = append(edits,
		analysis.TextEdit{Pos: expr.Pos(), End: expr.Pos(), NewText: []byte(name + ".String(")},
		analysis.TextEdit{Pos: expr.End(), End: expr.End(), NewText: []byte(")")})
	return &analysis.SuggestedFix{Message: "Wrap the value in phi.String", TextEdits: edits}
}

func (c *checker) fileOf(pos token.Pos) *ast.File {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// importPhi returns the name under which file imports the phi package,
// with the edit adding the import if it is missing.
func (c *checker) importPhi(file *ast.File) (string, []analysis.TextEdit) {
	for _, imp := range file.Imports {
		if p, _ := strconv.Unquote(imp.Path.Value); p == phiPkg {
			if imp.Name != nil {
				return imp.Name.Name, nil
			}
			return "phi", nil
		}
	}
	line := strconv.Quote(phiPkg)
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if gd.Lparen.IsValid() {
			return "phi", []analysis.TextEdit{{Pos: gd.Rparen, End: gd.Rparen, NewText: []byte("\t" + line + "\n")}}
		}
		return "phi", []analysis.TextEdit{{Pos: gd.End(), End: gd.End(), NewText: []byte("\nimport " + line)}}
	}
	return "phi", []analysis.TextEdit{{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte("\n\nimport " + line)}}
}
