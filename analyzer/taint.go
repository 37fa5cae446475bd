package analyzer

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A taint is what a value may carry: a concrete PHI source (the least
// by key, so results do not depend on visiting order) and the
// parameters of the enclosing function that flow into it, as a bit set
// (bit 63 stands for parameter 63 and every later one).
type taint struct {
	src    *source
	params uint64
}

func (t taint) empty() bool { return t.src == nil && t.params == 0 }

func (t taint) union(u taint) taint {
	t.params |= u.params
	t.src = minSource(t.src, u.src)
	return t
}

func minSource(a, b *source) *source {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	case b.key < a.key:
		return b
	}
	return a
}

func paramBit(i int) uint64 { return 1 << min(i, 63) }

// pathTaint is taint stored in memory at a path below a root object;
// paths are sequences of "Field;" and "[];" steps.
type pathTaint struct {
	path  string
	t     taint
	whole bool // stored as a whole struct: not the taint of its fields
}

// unit is one top-level function with the closures declared in it,
// analysed together: closures share their parent's parameter labels,
// calls to them bind arguments to their parameters, and free variables
// take the taint of the values captured.
type unit struct {
	c        *checker
	root     *ssa.Function
	fns      []*ssa.Function
	inUnit   map[*ssa.Function]bool
	val      map[ssa.Value]taint
	results  map[ssa.Value][]taint // per-result taint of calls returning tuples
	mem      map[ssa.Value][]pathTaint
	ret      map[*ssa.Function][]taint
	bindings map[*ssa.FreeVar]ssa.Value // captured values of the unit's closures
	keepRecv bool                       // a rendering method: fields of the receiver carry its label
	changed  bool
	summary  *FuncFact
}

func newUnit(c *checker, root *ssa.Function) *unit {
	u := &unit{c: c, root: root, inUnit: map[*ssa.Function]bool{}, bindings: map[*ssa.FreeVar]ssa.Value{}}
	var add func(f *ssa.Function)
	add = func(f *ssa.Function) {
		u.fns = append(u.fns, f)
		u.inUnit[f] = true
		for _, a := range f.AnonFuncs {
			add(a)
		}
	}
	add(root)
	if sig := root.Signature; sig.Recv() != nil && sig.Results().Len() == 1 {
		switch root.Name() {
		case "Error", "String", "GoString", "LogValue":
			u.keepRecv = true
		}
	}
	return u
}

// solve computes the taint of every value of the unit, iterating to a
// fixed point.
func (u *unit) solve() {
	u.val = map[ssa.Value]taint{}
	u.results = map[ssa.Value][]taint{}
	u.mem = map[ssa.Value][]pathTaint{}
	u.ret = map[*ssa.Function][]taint{}
	for iter := 0; iter < 64; iter++ {
		u.changed = false
		for _, fn := range u.fns {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					u.transfer(instr)
				}
			}
		}
		if !u.changed {
			break
		}
	}
}

func (u *unit) set(v ssa.Value, t taint) {
	if t.empty() || isBool(v.Type()) {
		return // a boolean says too little to be PHI
	}
	old := u.val[v]
	n := old.union(t)
	if n != old {
		u.val[v] = n
		u.changed = true
	}
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

func (u *unit) memAdd(root ssa.Value, path string, t taint) {
	u.memAddWhole(root, path, t, false)
}

func (u *unit) memAddWhole(root ssa.Value, path string, t taint, whole bool) {
	if t.empty() || root == nil {
		return
	}
	list := u.mem[root]
	for i := range list {
		if list[i].path == path && list[i].whole == whole {
			n := list[i].t.union(t)
			if n != list[i].t {
				list[i].t = n
				u.changed = true
			}
			return
		}
	}
	u.mem[root] = append(list, pathTaint{path, t, whole})
	u.changed = true
}

// raw is the taint a value carries in registers.
func (u *unit) raw(v ssa.Value) taint {
	switch v := v.(type) {
	case *ssa.Const, *ssa.Function, *ssa.Builtin, nil:
		return taint{}
	case *ssa.Parameter:
		t := u.val[v]
		if v.Parent() == u.root {
			for i, p := range u.root.Params {
				if p == v {
					t.params |= paramBit(i)
				}
			}
		}
		if s := u.c.nameSource("parameter", v.Name(), v.Type(), nil); s != nil {
			t.src = minSource(t.src, s)
		}
		return t
	case *ssa.Global:
		t := u.val[v]
		if p, ok := v.Type().(*types.Pointer); ok {
			if s := u.c.nameSource("variable", v.Name(), p.Elem(), v.Object()); s != nil {
				t.src = minSource(t.src, s)
			}
		}
		return t
	}
	return u.val[v]
}

// rootPath walks an address back to the object it points into.
// fieldSrc is the first PHI field on the way (nearest the leaf), and
// field says whether a field was selected at all.
func (u *unit) rootPath(addr ssa.Value) (root ssa.Value, path string, fieldSrc *source, field bool) {
	for {
		switch a := addr.(type) {
		case *ssa.FieldAddr:
			if fieldSrc == nil {
				fieldSrc = u.c.fieldAddrSource(a.X.Type(), a.Field, false)
			}
			st := structOf(a.X.Type())
			name := "?"
			if st != nil {
				name = st.Field(a.Field).Name()
			}
			path = name + ";" + path
			field = true
			addr = a.X
		case *ssa.IndexAddr:
			path = "[];" + path
			addr = a.X
		case *ssa.Slice:
			addr = a.X
		case *ssa.FreeVar:
			// A captured variable is the parent's: stores in the
			// closure reach it.
			if b, ok := u.bindings[a]; ok {
				addr = b
				continue
			}
			return addr, path, fieldSrc, field
		default:
			return addr, path, fieldSrc, field
		}
	}
}

func structOf(t types.Type) *types.Struct {
	t = types.Unalias(t)
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, _ := t.Underlying().(*types.Struct)
	return st
}

// memAt is the taint stored in root at path or above or below it.
func (u *unit) memAt(root ssa.Value, path string) taint {
	var t taint
	u.memAtRec(root, path, &t, 0)
	return t
}

func (u *unit) memAtRec(root ssa.Value, path string, t *taint, depth int) {
	for _, pt := range u.mem[root] {
		if strings.HasPrefix(pt.path, path) || (!pt.whole && strings.HasPrefix(path, pt.path)) {
			*t = t.union(pt.t)
		}
	}
	if phi, ok := root.(*ssa.Phi); ok && depth < 4 {
		for _, e := range phi.Edges {
			r, p, _, _ := u.rootPath(e)
			u.memAtRec(r, p+path, t, depth+1)
		}
	}
}

// load is the taint of the value read from addr.
func (u *unit) load(addr ssa.Value) taint {
	root, path, src, field := u.rootPath(addr)
	t := u.memAt(root, path)
	if src != nil {
		if el, ok := addr.Type().Underlying().(*types.Pointer); !ok || !u.c.safeType(el.Elem()) {
			t.src = minSource(t.src, src)
		}
	}
	if !field || (u.keepRecv && len(u.root.Params) > 0 && root == u.root.Params[0]) {
		t = t.union(u.raw(root))
	}
	return t
}

// addressLike reports whether values of t refer to memory whose
// contents are printed with them.
func addressLike(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan:
		return true
	}
	return false
}

// deep is the taint of v and of the memory it refers to.
func (u *unit) deep(v ssa.Value) taint {
	t := u.raw(v)
	if v != nil && addressLike(v.Type()) {
		t = t.union(u.load(v))
	}
	return t
}

// eff is the taint of v when it is printed whole: deep, plus the type
// source of its static type.
func (u *unit) eff(v ssa.Value) taint {
	t := u.deep(v)
	if v != nil {
		t.src = minSource(t.src, u.c.typeSource(v.Type()))
	}
	return t
}

// effArg is eff for an argument bound to a parameter of type param:
// when the parameter has the same type source the callee reports the
// value itself, so the caller does not.
func (u *unit) effArg(v ssa.Value, param types.Type) taint {
	t := u.deep(v)
	if s := u.c.typeSource(v.Type()); s != nil && (param == nil || u.c.typeSource(param) == nil) {
		t.src = minSource(t.src, s)
	}
	return t
}

func (u *unit) transfer(instr ssa.Instruction) {
	switch i := instr.(type) {
	case *ssa.Store:
		root, path, _, _ := u.rootPath(i.Addr)
		if _, isStruct := i.Val.Type().Underlying().(*types.Struct); isStruct {
			// A struct copied from memory keeps its per-field taint;
			// any other struct value's taint is not its fields'.
			if ld, ok := i.Val.(*ssa.UnOp); ok && ld.Op == token.MUL {
				from, fp, _, _ := u.rootPath(ld.X)
				for _, pt := range u.mem[from] {
					if rest, ok := strings.CutPrefix(pt.path, fp); ok {
						u.memAddWhole(root, path+rest, pt.t, pt.whole)
					}
				}
			}
			u.memAddWhole(root, path, u.raw(i.Val), true)
			return
		}
		u.memAdd(root, path, u.deep(i.Val))
		return
	case *ssa.MapUpdate:
		root, path, _, _ := u.rootPath(i.Map)
		u.memAdd(root, path+"[];", u.deep(i.Value).union(u.raw(i.Key)))
		return
	case *ssa.Send:
		root, path, _, _ := u.rootPath(i.Chan)
		u.memAdd(root, path+"[];", u.deep(i.X))
		return
	case *ssa.Return:
		fn := i.Parent()
		rs := u.ret[fn]
		if rs == nil {
			rs = make([]taint, len(i.Results))
			u.ret[fn] = rs
		}
		for j, r := range i.Results {
			if j < len(rs) {
				n := rs[j].union(u.retTaint(r))
				if n != rs[j] {
					rs[j] = n
					u.changed = true
				}
			}
		}
		return
	case *ssa.MakeClosure:
		fn := i.Fn.(*ssa.Function)
		for k, b := range i.Bindings {
			if k < len(fn.FreeVars) {
				if _, isPtr := b.Type().Underlying().(*types.Pointer); isPtr && u.inUnit[fn] {
					u.bindings[fn.FreeVars[k]] = b
				}
				u.set(fn.FreeVars[k], u.deep(b))
			}
		}
		return
	case *ssa.Go:
		u.call(nil, &i.Call)
		return
	case *ssa.Defer:
		u.call(nil, &i.Call)
		return
	case *ssa.Call:
		u.call(i, &i.Call)
		return
	}
	v, ok := instr.(ssa.Value)
	if !ok {
		return
	}
	u.set(v, u.value(v))
}

// retTaint is the taint a returned value carries to callers. Structs
// and pointers to structs carry none: callers judge them by their
// fields' tags, so that reading a non-PHI field of a returned record
// is not reported.
func (u *unit) retTaint(v ssa.Value) taint {
	if structOf(v.Type()) != nil {
		if _, isSlice := v.Type().Underlying().(*types.Slice); !isSlice {
			return taint{}
		}
	}
	return u.deep(v)
}

func (u *unit) value(v ssa.Value) taint {
	switch v := v.(type) {
	case *ssa.UnOp:
		switch v.Op {
		case token.MUL:
			return u.load(v.X)
		case token.ARROW:
			root, path, _, _ := u.rootPath(v.X)
			return u.memAt(root, path+"[];").union(u.raw(v.X))
		}
		return u.raw(v.X)
	case *ssa.BinOp:
		switch v.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			return taint{}
		}
		return u.eff(v.X).union(u.eff(v.Y))
	case *ssa.Convert:
		return u.conv(v.X, v.Type())
	case *ssa.ChangeType:
		return u.conv(v.X, v.Type())
	case *ssa.MultiConvert:
		return u.conv(v.X, v.Type())
	case *ssa.ChangeInterface:
		return u.raw(v.X)
	case *ssa.SliceToArrayPointer:
		return u.deep(v.X)
	case *ssa.MakeInterface:
		return u.eff(v.X)
	case *ssa.TypeAssert:
		return u.raw(v.X)
	case *ssa.Extract:
		if rs, ok := u.results[v.Tuple]; ok && v.Index < len(rs) {
			return rs[v.Index]
		}
		return u.raw(v.Tuple)
	case *ssa.Field:
		return u.fieldValue(v)
	case *ssa.Index:
		return u.raw(v.X)
	case *ssa.Lookup:
		if _, isMap := v.X.Type().Underlying().(*types.Map); isMap {
			root, path, _, _ := u.rootPath(v.X)
			t := u.memAt(root, path+"[];").union(u.raw(v.X))
			t.src = minSource(t.src, u.c.keySource(v.Index, v.Type()))
			return t
		}
		return u.raw(v.X)
	case *ssa.Slice:
		return u.raw(v.X)
	case *ssa.Phi:
		var t taint
		for _, e := range v.Edges {
			t = t.union(u.raw(e))
		}
		return t
	case *ssa.Range:
		return u.deep(v.X)
	case *ssa.Next:
		return u.raw(v.Iter)
	}
	return taint{}
}

// fieldValue is the taint of a field selected from a struct value: the
// field's own source and what was stored at that path, never the
// taint of the rest of the struct.
func (u *unit) fieldValue(v *ssa.Field) taint {
	var t taint
	if s := u.c.fieldAddrSource(v.X.Type(), v.Field, false); s != nil && !u.c.safeType(v.Type()) {
		t.src = s
	}
	path := ""
	x := ssa.Value(v)
	for {
		f, ok := x.(*ssa.Field)
		if !ok {
			break
		}
		if st := structOf(f.X.Type()); st != nil {
			path = st.Field(f.Field).Name() + ";" + path
		}
		x = f.X
	}
	if ld, ok := x.(*ssa.UnOp); ok && ld.Op == token.MUL {
		root, p, _, _ := u.rootPath(ld.X)
		t = t.union(u.memAt(root, p+path))
	} else if u.keepRecv && len(u.root.Params) > 0 && x == u.root.Params[0] {
		t = t.union(u.raw(x))
	}
	return t
}

// conv is the taint of converting x to type to: converting a value of
// a sensitive or marker type to another type reveals it.
func (u *unit) conv(x ssa.Value, to types.Type) taint {
	t := u.deep(x).union(taint{src: u.c.typeSource(x.Type())})
	ti, n := u.c.sensitiveType(x.Type())
	if ti.sensitive {
		if ti2, _ := u.c.sensitiveType(to); !ti2.sensitive {
			t.src = minSource(t.src, u.revealSource(x, n, ti))
		}
	}
	return t
}

// revealSource names what is revealed when x, of the sensitive type n,
// is converted or unwrapped: the PHI field it was read from if any.
func (u *unit) revealSource(x ssa.Value, n *types.Named, ti typeInfo) *source {
	switch x := x.(type) {
	case *ssa.UnOp:
		if x.Op == token.MUL {
			if fa, ok := x.X.(*ssa.FieldAddr); ok {
				if s := u.c.fieldAddrSource(fa.X.Type(), fa.Field, true); s != nil {
					return s
				}
			}
		}
	case *ssa.Field:
		if s := u.c.fieldAddrSource(x.X.Type(), x.Field, true); s != nil {
			return s
		}
	case *ssa.FieldAddr:
		if s := u.c.fieldAddrSource(x.X.Type(), x.Field, true); s != nil {
			return s
		}
	}
	name := n.Obj().Name()
	if ti.marker {
		name = "phi." + name
	}
	return u.c.objSource("value of type "+name, ti.cat, ti.cat, n.Obj())
}

// calleeObj returns the declared function of a static callee.
func calleeObj(fn *ssa.Function) *types.Func {
	if fn == nil {
		return nil
	}
	if o := fn.Origin(); o != nil {
		fn = o
	}
	obj, _ := fn.Object().(*types.Func)
	if obj != nil {
		obj = obj.Origin()
	}
	return obj
}

func (u *unit) call(v *ssa.Call, cc *ssa.CallCommon) {
	nres := cc.Signature().Results().Len()
	var res []taint
	all := func(t taint) {
		res = make([]taint, max(nres, 1))
		for i := range res {
			res[i] = t
		}
	}
	args := cc.Args
	switch {
	case cc.IsInvoke():
		switch cc.Method.Name() {
		case "String", "Error", "GoString":
			all(u.deep(cc.Value))
		}
	default:
		if b, ok := cc.Value.(*ssa.Builtin); ok {
			switch b.Name() {
			case "append", "min", "max":
				var t taint
				for _, a := range args {
					t = t.union(u.eff(a))
				}
				all(t)
			case "copy":
				if len(args) == 2 {
					root, path, _, _ := u.rootPath(args[0])
					u.memAdd(root, path+"[];", u.deep(args[1]))
				}
			}
			break
		}
		callee := cc.StaticCallee()
		if callee == nil {
			break
		}
		if u.inUnit[callee] {
			for j, p := range callee.Params {
				if j < len(args) {
					u.set(p, u.effArg(args[j], p.Type()))
				}
			}
			if rs := u.ret[callee]; rs != nil {
				res = append([]taint(nil), rs...)
			}
			break
		}
		obj := calleeObj(callee)
		if obj == nil {
			break
		}
		if u.c.sanitizer(obj) {
			break
		}
		if s := u.c.keyedGetSource(obj, args, cc.Signature()); s != nil {
			all(taint{src: s})
			break
		}
		if s := u.funcSource(obj, cc); s != nil {
			all(taint{src: s})
			break
		}
		if spec, ok := u.c.sink(obj); ok && (!spec.fprint || len(args) == 0 || u.c.sinkWriter(args[0])) {
			break
		}
		switch propagation(obj) {
		case propResult:
			var t taint
			for _, a := range args {
				t = t.union(u.eff(a))
			}
			all(t)
		case propReceiver, propFirstArg:
			if len(args) > 0 {
				var t taint
				for _, a := range args[1:] {
					t = t.union(u.eff(a))
				}
				root, path, _, _ := u.rootPath(args[0])
				u.memAdd(root, path, t)
			}
		default:
			sum := u.c.summaryOf(callee)
			if sum == nil {
				break
			}
			res = make([]taint, max(nres, 1))
			params := callee.Signature.Params()
			recv := 0
			if callee.Signature.Recv() != nil {
				recv = 1
			}
			// bind maps a summary's parameter bits and source to the
			// taint of this call's arguments.
			bind := func(mask uint64, src *SourceRef) taint {
				var t taint
				if src != nil {
					t.src = u.c.refSource(src)
				}
				for b := 0; b < 64 && mask>>b != 0; b++ {
					if mask&(1<<b) == 0 || b >= len(args) {
						continue
					}
					var pt types.Type
					if b >= recv && b-recv < params.Len() {
						pt = params.At(b - recv).Type()
					}
					t = t.union(u.effArg(args[b], pt))
				}
				return t
			}
			for j, r := range sum.Results {
				if j < len(res) {
					res[j] = res[j].union(bind(r.Params, r.Source))
				}
			}
			for _, e := range sum.Effects {
				if e.Param < len(args) {
					root, path, _, _ := u.rootPath(args[e.Param])
					u.memAdd(root, path+e.Path, bind(e.Params, e.Source))
				}
			}
		}
	}
	if v == nil || res == nil {
		return
	}
	var t taint
	for _, r := range res {
		t = t.union(r)
	}
	u.set(v, t)
	if nres > 1 {
		old := u.results[v]
		if old == nil {
			u.results[v] = res
			u.changed = true
			return
		}
		for i := range old {
			if i < len(res) {
				n := old[i].union(res[i])
				if n != old[i] {
					old[i] = n
					u.changed = true
				}
			}
		}
	}
}

// funcSource returns the source made by calling obj, if its results
// are PHI: Reveal on a phi marker, a function listed in settings or
// marked //phi:sensitive.
func (u *unit) funcSource(obj *types.Func, cc *ssa.CallCommon) *source {
	k := lookupKey(obj)
	if k.pkg == phiPkg && k.name == "Reveal" && len(cc.Args) > 0 {
		if ti, n := u.c.sensitiveType(cc.Args[0].Type()); ti.sensitive {
			return u.revealSource(cc.Args[0], n, ti)
		}
	}
	return u.c.funcSource(obj, k)
}
