package analyzer

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"
)

// Import paths phivet knows by name. They are matched by path, never
// imported, so phivet works on code that vendors or forks them.
const (
	phiPkg     = "github.com/phiguard/phiguard/phi"
	redactPkg  = "github.com/phiguard/phiguard/redact"
	slogphiPkg = "github.com/phiguard/phiguard/slogphi"
)

// A source describes where a PHI value comes from. Sources are
// interned per pass, so pointer equality is identity.
type source struct {
	Desc   string // "field Patient.SSN", "struct Patient", "result of repo.LoadSSN"
	Detail string // "ssn", or "field SSN: ssn" for structs
	Struct bool   // a whole struct with PHI fields (slogphi reads its tags)
	Cat    string // category, "" if unknown
	Pkg    string // declaring package path, for Related
	Obj    string // objectpath of the declaration within Pkg, for Related
	key    string
}

func (s *source) String() string {
	if s.Detail == "" {
		return "PHI " + s.Desc
	}
	return "PHI " + s.Desc + " (" + s.Detail + ")"
}

// fieldInfo is what phivet knows about one struct field.
type fieldInfo struct {
	cat    string // category, "" if the field is not PHI
	phi    bool
	origin string // "tag", "directive", "settings", "name"
}

// typeInfo is what phivet knows about one named type.
type typeInfo struct {
	sensitive bool   // every value is PHI (directive, settings, phi marker)
	cat       string // its category
	marker    bool   // a phi package marker type
}

// parseTag returns the category in a phi struct tag and whether the
// tag is present. A "-" category means "not PHI".
func parseTag(tag string) (string, bool) {
	v, ok := reflect.StructTag(tag).Lookup("phi")
	if !ok {
		return "", false
	}
	cat, _, _ := strings.Cut(v, ",")
	cat = strings.TrimSpace(cat)
	if cat == "" {
		cat = "other_id"
	}
	return cat, true
}

// parseDirective returns the category of a //phi:sensitive directive in
// the comment group, and whether there is one.
func parseDirective(groups ...*ast.CommentGroup) (string, bool) {
	for _, g := range groups {
		if g == nil {
			continue
		}
		for _, c := range g.List {
			text, ok := strings.CutPrefix(c.Text, "//phi:sensitive")
			if !ok || (text != "" && text[0] != ' ' && text[0] != '\t') {
				continue
			}
			f := strings.Fields(text)
			if len(f) == 0 {
				return "other_id", true
			}
			return f[0], true
		}
	}
	return "", false
}

// namedOf returns the origin of the named type of t or of *t, or nil.
func namedOf(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Origin()
	}
	return nil
}

func objPkgPath(o types.Object) string {
	if o == nil || o.Pkg() == nil {
		return ""
	}
	return o.Pkg().Path()
}

// intern returns the canonical source for s.
func (c *checker) intern(s source) *source {
	s.key = s.Desc + "\x00" + s.Detail
	if p, ok := c.sources[s.key]; ok {
		return p
	}
	p := &s
	c.sources[s.key] = p
	return p
}

func (c *checker) objSource(desc, detail, cat string, obj types.Object) *source {
	s := source{Desc: desc, Detail: detail, Cat: cat}
	if obj != nil && obj.Pkg() != nil {
		s.Pkg = obj.Pkg().Path()
		if p, err := c.encoder.For(obj); err == nil {
			s.Obj = string(p)
		}
	}
	return c.intern(s)
}

// field reports what phivet knows about field i of struct st, declared
// in the named type owner (nil for an anonymous struct).
func (c *checker) field(st *types.Struct, i int, owner *types.Named) fieldInfo {
	f := st.Field(i)
	orig := f.Origin()
	if fi, ok := c.fields[orig]; ok {
		return fi
	}
	fi := c.computeField(st.Tag(i), orig, owner)
	c.fields[orig] = fi
	return fi
}

func (c *checker) computeField(tag string, f *types.Var, owner *types.Named) fieldInfo {
	if cat, ok := parseTag(tag); ok {
		if cat == "-" {
			return fieldInfo{}
		}
		return fieldInfo{cat: cat, phi: true, origin: "tag"}
	}
	if f.Pkg() == c.pass.Pkg {
		if cat, ok := c.localFieldDirectives[f]; ok {
			return fieldInfo{cat: cat, phi: true, origin: "directive"}
		}
	} else {
		var ff FieldFact
		if c.pass.ImportObjectFact(f, &ff) {
			return fieldInfo{cat: ff.Category, phi: true, origin: ff.Origin}
		}
	}
	if owner != nil {
		for _, r := range c.settings.Sources.Fields {
			if r.Field == f.Name() && r.Type == owner.Obj().Name() && r.Package == objPkgPath(owner.Obj()) {
				cat := r.Category
				if cat == "" {
					cat = "other_id"
				}
				return fieldInfo{cat: cat, phi: true, origin: "settings"}
			}
		}
	}
	if c.settings.Sources.Names && nameable(f.Type()) {
		if cat, ok := classifyName(f.Name()); ok && nameFits(f.Type(), cat) {
			return fieldInfo{cat: cat, phi: true, origin: "name"}
		}
	}
	return fieldInfo{}
}

// nameFits reports whether a value of type t can hold PHI of category
// cat: a number can be an age or an identifier, not a name or an email.
func nameFits(t types.Type, cat string) bool {
	b, ok := t.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsInteger == 0 {
		return true
	}
	switch cat {
	case "age", "zip", "ssn", "mrn", "account", "health_plan", "phone", "fax", "license", "device", "other_id":
		return true
	}
	return false
}

// nameable reports whether a value of type t can be judged PHI by its
// name alone: strings, numbers, byte slices and times, not structs,
// booleans or functions.
func nameable(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsString|types.IsInteger) != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	case *types.Struct:
		n := namedOf(t)
		return n != nil && objPkgPath(n.Obj()) == "time" && n.Obj().Name() == "Time"
	}
	return false
}

// typ reports what phivet knows about the named type n.
func (c *checker) typ(n *types.Named) typeInfo {
	n = n.Origin()
	if ti, ok := c.types[n]; ok {
		return ti
	}
	var ti typeInfo
	obj := n.Obj()
	switch {
	case objPkgPath(obj) == phiPkg && (obj.Name() == "String" || obj.Name() == "Value"):
		ti = typeInfo{sensitive: true, marker: true}
	case obj.Pkg() == c.pass.Pkg:
		if cat, ok := c.localTypeDirectives[obj]; ok {
			ti = typeInfo{sensitive: true, cat: cat}
		}
	default:
		var tf TypeFact
		if obj.Pkg() != nil && c.pass.ImportObjectFact(obj, &tf) {
			ti = typeInfo{sensitive: true, cat: tf.Category}
		}
	}
	if !ti.sensitive {
		for _, r := range c.settings.Sources.Types {
			if r.Name == obj.Name() && r.Package == objPkgPath(obj) {
				ti = typeInfo{sensitive: true, cat: r.Category}
				if ti.cat == "" {
					ti.cat = "other_id"
				}
			}
		}
	}
	c.types[n] = ti
	return ti
}

// renderMethods are the methods through which loggers and fmt print a
// value instead of printing its fields.
var renderMethods = []string{"LogValue", "String", "Error", "Format", "GoString", "MarshalJSON", "MarshalText", "MarshalLogObject", "MarshalZerologObject"}

// rendersItself reports whether values of type t print through a method
// of their own rather than field by field. Such methods are analysed on
// their own: one returning PHI is reported there.
func (c *checker) rendersItself(t types.Type) bool {
	ms := c.msets.MethodSet(t)
	for _, m := range renderMethods {
		if ms.Lookup(nil, m) != nil {
			return true
		}
	}
	return false
}

// typeSource returns the source that makes every value of type t PHI
// when it is printed whole, or nil. That is a sensitive type, or a
// struct with a PHI field, printed without a rendering method of its
// own; pointers, slices, arrays and maps of them too.
func (c *checker) typeSource(t types.Type) *source {
	if s, ok := c.typeSources[t]; ok {
		return s
	}
	c.typeSources[t] = nil // cycles
	s := c.computeTypeSource(t, 0)
	c.typeSources[t] = s
	return s
}

func (c *checker) computeTypeSource(t types.Type, depth int) *source {
	if depth > 4 {
		return nil
	}
	switch u := types.Unalias(t).(type) {
	case *types.Pointer:
		if c.rendersItself(t) {
			return nil
		}
		return c.computeTypeSource(u.Elem(), depth+1)
	case *types.Slice:
		return c.computeTypeSource(u.Elem(), depth+1)
	case *types.Array:
		return c.computeTypeSource(u.Elem(), depth+1)
	case *types.Map:
		if s := c.computeTypeSource(u.Key(), depth+1); s != nil {
			return s
		}
		return c.computeTypeSource(u.Elem(), depth+1)
	case *types.Named:
		if c.rendersItself(t) {
			return nil
		}
		ti := c.typ(u)
		if ti.sensitive {
			return c.objSource("value of type "+typeName(u), ti.cat, ti.cat, u.Obj())
		}
		st, ok := u.Underlying().(*types.Struct)
		if !ok {
			return nil
		}
		for i := 0; i < st.NumFields(); i++ {
			f := st.Field(i) // fmt prints unexported fields too
			if fi := c.field(st, i, u); fi.phi {
				if c.safeType(f.Type()) {
					continue
				}
				s := c.objSource("struct "+typeName(u), "field "+f.Name()+": "+fi.cat, fi.cat, u.Obj())
				s.Struct = true
				return s
			}
			if inner := c.computeTypeSource(f.Type(), depth+1); inner != nil {
				s := c.objSource("struct "+typeName(u), "field "+f.Name()+": "+inner.Cat, inner.Cat, u.Obj())
				s.Struct = true
				return s
			}
		}
	}
	return nil
}

// safeType reports whether printing a value of type t can not reveal
// PHI on its own: the phi marker types, which render redacted. A PHI
// field of any other type is a source even if its type has a String
// method: the tag says the value is PHI, and String usually prints it.
func (c *checker) safeType(t types.Type) bool {
	n := namedOf(t)
	return n != nil && c.typ(n).marker
}

// typeName returns the name of n qualified by its package name when it
// is declared in another package than the one analysed.
func typeName(n *types.Named) string {
	return n.Obj().Name()
}

// sensitiveType reports whether values of t are PHI by their type
// (including the marker types, which render themselves redacted).
func (c *checker) sensitiveType(t types.Type) (typeInfo, *types.Named) {
	n := namedOf(t)
	if n == nil {
		return typeInfo{}, nil
	}
	return c.typ(n), n
}
