package slogphi

import (
	"encoding"
	"encoding/json"
	"fmt"
	"log/slog"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/phi"
	"github.com/phiguard/phiguard/redact"
)

// A plan is what the walker needs to know about a type, worked out once
// per type by reflection: how values render, which fields a struct shows
// and under which names, and what their phi tags say.
type plan struct {
	t       reflect.Type
	methods methods // rendering methods of the type
	fields  []field // of a struct
	elem    *plan   // of a pointer, slice, array or map
}

// methods are the rendering methods a type has, which decide how it is
// rendered in preference to its structure, as encoding/json and fmt do.
type methods uint8

const (
	mMarker methods = 1 << iota // a phi marker type
	mLogValuer
	mError
	mJSON
	mText
	mStringer
	mFormatter
	mTime // time.Time and time.Duration: rendered by slog itself
)

// A field is a struct field as the walker shows it.
type field struct {
	index     []int  // reflect index path, through embedded structs
	name      string // its key: the json name, or the Go name
	omitEmpty bool
	omitZero  bool
	tagged    bool               // has a phi tag naming a category
	cat       detectors.Category // of the tag
	style     redact.Style       // of the tag; 0: the policy's
	notPHI    bool               // phi:"-": its name says nothing
	plan      *plan
}

var (
	plans  sync.Map   // reflect.Type -> *plan, complete plans only
	planMu sync.Mutex // serialises building, so each type is built once

	logValuerType = reflect.TypeFor[slog.LogValuer]()
	errorType     = reflect.TypeFor[error]()
	jsonType      = reflect.TypeFor[json.Marshaler]()
	textType      = reflect.TypeFor[encoding.TextMarshaler]()
	stringerType  = reflect.TypeFor[fmt.Stringer]()
	formatterType = reflect.TypeFor[fmt.Formatter]()
	durationType  = reflect.TypeFor[time.Duration]()
)

// planFor returns the plan of t, building it (and the plans of the types
// it holds) the first time.
func planFor(t reflect.Type) *plan {
	if p, ok := plans.Load(t); ok {
		return p.(*plan)
	}
	planMu.Lock()
	defer planMu.Unlock()
	if p, ok := plans.Load(t); ok {
		return p.(*plan)
	}
	b := planBuilder{building: map[reflect.Type]*plan{}}
	p := b.build(t)
	for t, p := range b.building {
		plans.Store(t, p)
	}
	return p
}

type planBuilder struct {
	building map[reflect.Type]*plan // plans of this build, complete or not
}

func (b *planBuilder) build(t reflect.Type) *plan {
	if p, ok := plans.Load(t); ok {
		return p.(*plan)
	}
	if p, ok := b.building[t]; ok {
		return p // a recursive type: filled in by the caller up the stack
	}
	p := &plan{t: t}
	b.building[t] = p
	p.methods = methodsOf(t)
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
		p.elem = b.build(t.Elem())
	case reflect.Struct:
		if p.methods&mTime == 0 {
			p.fields = b.fields(t)
		}
	}
	return p
}

func methodsOf(t reflect.Type) methods {
	var m methods
	if t == timeType || t == durationType {
		return mTime
	}
	if t.Kind() == reflect.Interface {
		return 0 // decided by the dynamic type
	}
	if _, ok := phi.Reveal(reflect.Zero(t).Interface()); ok {
		m |= mMarker
	}
	if t.Implements(logValuerType) {
		m |= mLogValuer
	}
	if t.Implements(errorType) {
		m |= mError
	}
	if t.Kind() == reflect.Pointer {
		// A pointer renders as what it points to, but for the methods
		// above (pointer receivers are the rule for errors).
		return m
	}
	if t.Implements(jsonType) {
		m |= mJSON
	}
	if t.Implements(textType) {
		m |= mText
	}
	if t.Implements(stringerType) {
		m |= mStringer
	}
	if t.Implements(formatterType) {
		m |= mFormatter
	}
	return m
}

// fields lists the fields of struct type t that encoding/json would show:
// exported ones, under their json names, with embedded structs' fields
// promoted (a shallower field wins a name).
func (b *planBuilder) fields(t reflect.Type) []field {
	var fs []field
	depthOf := map[string]int{}
	var walk func(t reflect.Type, index []int, depth int, seen []reflect.Type)
	walk = func(t reflect.Type, index []int, depth int, seen []reflect.Type) {
		if slices.Contains(seen, t) || depth > 8 {
			return
		}
		seen = append(seen, t)
		for i := 0; i < t.NumField(); i++ {
			sf := t.Field(i)
			ft := sf.Type
			if sf.Anonymous {
				if ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if !sf.IsExported() && ft.Kind() != reflect.Struct {
					continue
				}
			} else if !sf.IsExported() {
				continue
			}
			jtag := sf.Tag.Get("json")
			if jtag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(jtag, ",")
			idx := append(slices.Clip(index), i)
			if sf.Anonymous && name == "" && ft.Kind() == reflect.Struct && ft != timeType {
				walk(ft, idx, depth+1, seen)
				continue
			}
			if name == "" {
				name = sf.Name
			}
			if d, ok := depthOf[name]; ok && d <= depth {
				continue
			}
			f := field{index: idx, name: name, plan: b.build(sf.Type)}
			for _, o := range strings.Split(opts, ",") {
				f.omitEmpty = f.omitEmpty || o == "omitempty"
				f.omitZero = f.omitZero || o == "omitzero"
			}
			if tag, ok := sf.Tag.Lookup("phi"); ok {
				f.tagged, f.notPHI, f.cat, f.style = parseTag(tag)
			}
			if i := slices.IndexFunc(fs, func(g field) bool { return g.name == name }); i >= 0 {
				fs = slices.Delete(fs, i, i+1) // a deeper field with the name
			}
			depthOf[name] = depth
			fs = append(fs, f)
		}
	}
	walk(t, nil, 0, nil)
	// Keep declaration order: sort by index path.
	slices.SortStableFunc(fs, func(a, b field) int { return slices.Compare(a.index, b.index) })
	return fs
}

// parseTag reads phi:"category[,style]". "-" means not PHI. A missing
// category is other_id; an unknown category or style fails closed: the
// field is masked as other_id.
func parseTag(tag string) (tagged, notPHI bool, c detectors.Category, s redact.Style) {
	name, style, _ := strings.Cut(tag, ",")
	name = strings.TrimSpace(name)
	if name == "-" {
		return false, true, 0, 0
	}
	c = detectors.OtherID
	if name != "" {
		cat, err := detectors.ParseCategory(name)
		if err != nil {
			return true, false, detectors.OtherID, redact.Mask
		}
		c = cat
	}
	if style = strings.TrimSpace(style); style != "" {
		st, err := redact.ParseStyle(style)
		if err != nil {
			return true, false, c, redact.Mask
		}
		s = st
	}
	return true, false, c, s
}

// reflectValue redacts rv, of plan p. Values with rendering methods go
// through anyValue, which calls them.
func (w *walker) reflectValue(rv reflect.Value, p *plan, depth int) (slog.Value, bool) {
	if p.methods&^mTime != 0 && rv.CanInterface() {
		if rv.Kind() == reflect.Pointer && rv.IsNil() && p.methods&mMarker == 0 {
			return slog.AnyValue(nil), false
		}
		v, drop, _ := w.anyValue(rv.Interface(), depth)
		return v, drop
	}
	return w.rendered(rv, p, depth)
}

// rendered redacts rv by the rendering methods of its type, or else by
// its structure. anyValue has dealt with markers, LogValuers and errors.
func (w *walker) rendered(rv reflect.Value, p *plan, depth int) (slog.Value, bool) {
	m := p.methods
	switch {
	case m&mTime != 0:
		var v slog.Value
		if p.t == timeType {
			v = slog.TimeValue(rv.Interface().(time.Time))
		} else {
			v = slog.DurationValue(time.Duration(rv.Int()))
		}
		out, drop, _ := w.value(v, depth)
		return out, drop
	case m&(mJSON|mText|mStringer|mFormatter) != 0 && rv.CanInterface():
		return w.methodValue(rv.Interface(), m)
	}
	return w.kindValue(rv, p, depth)
}

// methodValue redacts what x's rendering method gives.
func (w *walker) methodValue(x any, m methods) (slog.Value, bool) {
	var s string
	var ok bool
	switch {
	case m&mJSON != 0:
		var b []byte
		b, ok = call(func() []byte {
			b, err := x.(json.Marshaler).MarshalJSON()
			if err != nil {
				return nil
			}
			return b
		})
		if ok && b != nil {
			return w.jsonValue(b)
		}
		if ok {
			s = "!ERROR:MarshalJSON failed"
		}
	case m&mText != 0:
		var b []byte
		b, ok = call(func() []byte {
			b, err := x.(encoding.TextMarshaler).MarshalText()
			if err != nil {
				return []byte("!ERROR:MarshalText failed")
			}
			return b
		})
		s = string(b)
	case m&mStringer != 0:
		s, ok = call(x.(fmt.Stringer).String)
	default:
		s = fmt.Sprintf("%+v", x) // fmt catches a panic and prints its value
		ok = !strings.Contains(s, "(PANIC=")
	}
	if !ok {
		w.fail()
		return slog.StringValue(markPanic), false
	}
	v, drop, _ := w.str(slog.StringValue(s))
	return v, drop
}

// jsonValue redacts the output of a MarshalJSON method.
func (w *walker) jsonValue(b []byte) (slog.Value, bool) {
	b = trimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if json.Unmarshal(b, &s) == nil {
			v, drop, _ := w.str(slog.StringValue(s))
			return v, drop
		}
	}
	if len(b) > w.c.maxBytes {
		w.fail()
		return slog.StringValue(markLarge), false
	}
	w.in = append(w.in[:0], b...)
	if ki := w.keyInfo(); ki.ok {
		w.fs = w.c.scanner.ScanValue(w.fs[:0], ki.path, w.in)
	} else {
		w.fs = w.c.scanner.Scan(w.fs[:0], w.in)
	}
	if len(w.fs) == 0 {
		return slog.AnyValue(json.RawMessage(slices.Clone(b))), false
	}
	w.count()
	for _, f := range w.fs {
		if f.ByKey && f.Start == 0 && f.End == len(w.in) && !w.c.keep.Has(f.Category) && w.c.redactor.Style(f.Category) == redact.Drop {
			return slog.Value{}, true
		}
	}
	out := w.c.redactor.AppendRedacted(nil, w.in, w.fs)
	if json.Valid(out) {
		return slog.AnyValue(json.RawMessage(out)), false
	}
	return slog.StringValue(string(out)), false
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\n' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	return b
}

// kindValue redacts rv by its kind.
func (w *walker) kindValue(rv reflect.Value, p *plan, depth int) (slog.Value, bool) {
	var v slog.Value
	switch rv.Kind() {
	case reflect.Bool:
		return slog.BoolValue(rv.Bool()), false
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v = slog.Int64Value(rv.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		v = slog.Uint64Value(rv.Uint())
	case reflect.Float32, reflect.Float64:
		v = slog.Float64Value(rv.Float())
	case reflect.String:
		v = slog.StringValue(rv.String())
	case reflect.Complex64, reflect.Complex128:
		return slog.StringValue(strconv.FormatComplex(rv.Complex(), 'g', -1, 128)), false
	case reflect.Pointer:
		if rv.IsNil() {
			return slog.AnyValue(nil), false
		}
		if !w.enter(rv.Pointer()) {
			w.fail()
			return slog.StringValue(markCycle), false
		}
		defer w.leave()
		return w.reflectValue(rv.Elem(), p.elem, depth)
	case reflect.Interface:
		if rv.IsNil() {
			return slog.AnyValue(nil), false
		}
		e := rv.Elem()
		if e.CanInterface() {
			v, drop, _ := w.anyValue(e.Interface(), depth)
			return v, drop
		}
		return w.kindValue(e, planFor(e.Type()), depth)
	case reflect.Struct:
		return w.structValue(rv, p, depth)
	case reflect.Map:
		return w.mapValue(rv, p, depth)
	case reflect.Slice:
		if rv.IsNil() {
			return slog.AnyValue(nil), false
		}
		if rv.Type().Elem().Kind() == reflect.Uint8 {
			v, drop, _ := w.bytesValue(rv.Bytes())
			return v, drop
		}
		return w.elems(rv, p, depth)
	case reflect.Array:
		if rv.Type().Elem().Kind() == reflect.Uint8 && rv.CanInterface() {
			b, _ := w.scalar(rv)
			v, drop, _ := w.bytesValue(slices.Clone(b))
			return v, drop
		}
		return w.elems(rv, p, depth)
	default: // func, chan, unsafe pointer: nothing to show
		return slog.StringValue(rv.Type().String()), false
	}
	out, drop, _ := w.value(v, depth)
	return out, drop
}

// enter pushes a pointer on the path, or reports a cycle.
func (w *walker) enter(ptr uintptr) bool {
	if slices.Contains(w.visiting, ptr) {
		return false
	}
	w.visiting = append(w.visiting, ptr)
	return true
}

func (w *walker) leave() { w.visiting = w.visiting[:len(w.visiting)-1] }

// more counts a visited value, and reports whether the limit allows it.
func (w *walker) more() bool {
	if w.overflow {
		return false
	}
	if w.items++; w.items > w.c.maxItems {
		w.overflow = true
		return false
	}
	return true
}

func (w *walker) structValue(rv reflect.Value, p *plan, depth int) (slog.Value, bool) {
	if depth >= w.c.maxDepth {
		w.fail()
		return slog.StringValue(markDepth), false
	}
	attrs := make([]slog.Attr, 0, len(p.fields))
	for i := range p.fields {
		f := &p.fields[i]
		fv, ok := fieldByIndex(rv, f.index)
		if !ok || f.omitEmpty && isEmpty(fv) || f.omitZero && fv.IsZero() {
			continue
		}
		if !w.more() {
			break
		}
		mark := w.pushKey(f.name)
		w.noKey = f.notPHI
		var v slog.Value
		var drop bool
		if f.tagged {
			v, drop = w.styled(fv, f.cat, f.style, depth+1)
		} else {
			v, drop = w.reflectValue(fv, f.plan, depth+1)
		}
		w.noKey = false
		w.path = w.path[:mark]
		if !drop {
			attrs = append(attrs, slog.Attr{Key: f.name, Value: v})
		}
	}
	return slog.GroupValue(attrs...), false
}

// fieldByIndex is reflect.Value.FieldByIndex that reports a nil embedded
// pointer on the way instead of panicking.
func fieldByIndex(v reflect.Value, index []int) (reflect.Value, bool) {
	for i, x := range index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return reflect.Value{}, false
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, true
}

// isEmpty is encoding/json's test for omitempty.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

func (w *walker) mapValue(rv reflect.Value, p *plan, depth int) (slog.Value, bool) {
	if rv.IsNil() {
		return slog.AnyValue(nil), false
	}
	if depth >= w.c.maxDepth {
		w.fail()
		return slog.StringValue(markDepth), false
	}
	if !w.enter(rv.Pointer()) {
		w.fail()
		return slog.StringValue(markCycle), false
	}
	defer w.leave()
	keys := w.mapKeys(rv)
	attrs := make([]slog.Attr, 0, len(keys))
	for _, k := range keys {
		if !w.more() {
			break
		}
		ks, _ := w.text(k.s) // keys may be data: a name, an email
		mark := w.pushKey(ks)
		v, drop := w.reflectValue(rv.MapIndex(k.v), p.elem, depth+1)
		w.path = w.path[:mark]
		if !drop {
			attrs = append(attrs, slog.Attr{Key: ks, Value: v})
		}
	}
	return slog.GroupValue(attrs...), false
}

func (w *walker) elems(rv reflect.Value, p *plan, depth int) (slog.Value, bool) {
	if depth >= w.c.maxDepth {
		w.fail()
		return slog.StringValue(markDepth), false
	}
	n := rv.Len()
	if rv.Kind() == reflect.Slice && n > 0 {
		if !w.enter(rv.Pointer()) {
			w.fail()
			return slog.StringValue(markCycle), false
		}
		defer w.leave()
	}
	out := make([]any, 0, n)
	for i := 0; i < n; i++ {
		if !w.more() {
			break
		}
		v, drop := w.reflectValue(rv.Index(i), p.elem, depth+1)
		if !drop {
			out = append(out, toAny(v))
		}
	}
	return slog.AnyValue(out), false
}
