package slogphi

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"hash/maphash"
	"log/slog"
	"reflect"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/phi"
	"github.com/phiguard/phiguard/redact"
)

// A walker redacts one record (or one WithAttrs call). Walkers are pooled;
// a walker is used by one goroutine at a time.
type walker struct {
	c     *core
	path  []byte // key path of the value being walked: "patient.name"
	in    []byte // the text being scanned
	out   []byte // its redacted form
	fs    []detectors.Finding
	attrs []slog.Attr // the record's attributes, redacted

	dirty    bool // something was counted
	counts   Counts
	kept     Counts
	failures uint64

	items    int  // values visited in the current top-level attribute
	overflow bool // items went over the limit
	visiting []uintptr
	noKey    bool               // the current value's key is not PHI (phi:"-")
	keeping  detectors.Category // a kept value being walked: its own category is counted already
	mh       maphash.Hash
}

func (c *core) getWalker(prefix string) *walker {
	w := c.pool.Get().(*walker)
	w.path = append(w.path[:0], prefix...)
	w.noKey, w.overflow, w.items, w.keeping = false, false, 0, 0
	w.visiting = w.visiting[:0]
	return w
}

func (c *core) putWalker(w *walker) {
	clear(w.attrs) // let go of the values
	w.attrs = w.attrs[:0]
	if w.dirty {
		w.counts, w.kept, w.failures, w.dirty = Counts{}, Counts{}, 0, false
	}
	w.visiting = w.visiting[:0]
	// Keep small buffers only: a huge value must not pin memory.
	if cap(w.in) > 64<<10 || cap(w.out) > 64<<10 || cap(w.attrs) > 256 || cap(w.fs) > 1024 || cap(w.path) > 4096 {
		return
	}
	c.pool.Put(w)
}

// any reports whether the walker counted anything.
func (w *walker) any() bool { return w.dirty }

func (w *walker) fail() {
	w.failures++
	w.dirty = true
}

// count adds the findings in w.fs to the counters.
func (w *walker) count() {
	for _, f := range w.fs {
		if f.Category != w.keeping {
			w.countOne(f.Category)
		}
	}
}

func (w *walker) countOne(c detectors.Category) {
	if !c.Valid() {
		c = detectors.OtherID
	}
	if w.c.keep.Has(c) {
		w.kept[c]++
	} else {
		w.counts[c]++
	}
	w.dirty = true
}

// pushKey appends key to the path and returns the mark to pop back to.
func (w *walker) pushKey(key string) int {
	w.noKey = false
	mark := len(w.path)
	if key != "" {
		if mark > 0 {
			w.path = append(w.path, '.')
		}
		w.path = append(w.path, key...)
	}
	return mark
}

// keyInfo classifies the current path.
func (w *walker) keyInfo() *keyInfo {
	if w.noKey {
		return &noKey
	}
	return w.c.keys.get(w.path)
}

// topAttr redacts a record's attribute in place. keep is false when it
// goes.
func (w *walker) topAttr(a *slog.Attr) (keep, changed bool) {
	if len(w.path) == 0 {
		// The common case first, without the general walk: a scalar at
		// the top, whose key is its whole path, and names no category.
		switch a.Value.Kind() {
		case slog.KindBool, slog.KindDuration:
			return true, false
		case slog.KindInt64, slog.KindUint64, slog.KindFloat64:
			if !w.c.keys.getString(a.Key).ok {
				return true, false
			}
		case slog.KindString:
			if !w.c.keys.getString(a.Key).ok {
				out, changed := w.text(a.Value.String())
				if changed {
					a.Value = slog.StringValue(out)
				}
				return true, changed
			}
		}
	}
	w.items, w.overflow = 0, false
	keep, changed = w.attr(a, 0)
	if w.overflow {
		w.fail()
		*a = slog.String(a.Key, markLarge)
		return true, true
	}
	return keep, changed
}

// attr redacts a in place.
func (w *walker) attr(a *slog.Attr, depth int) (keep, changed bool) {
	mark := w.pushKey(a.Key)
	v, drop, changed := w.value(a.Value, depth)
	w.path = w.path[:mark]
	if drop {
		return false, true
	}
	if changed {
		a.Value = v
	}
	return true, changed
}

// value redacts v, found at the current path. drop reports that it goes
// (style drop); changed that the result differs from v.
func (w *walker) value(v slog.Value, depth int) (out slog.Value, drop, changed bool) {
	if w.items++; w.items > w.c.maxItems {
		w.overflow = true
		return v, false, false
	}
	switch v.Kind() {
	case slog.KindString:
		return w.str(v)
	case slog.KindInt64, slog.KindUint64, slog.KindFloat64:
		return w.number(v)
	case slog.KindTime:
		return w.timeValue(v)
	case slog.KindGroup:
		return w.group(v, depth)
	case slog.KindLogValuer:
		return w.anyValue(v.Any(), depth)
	case slog.KindAny:
		return w.anyValue(v.Any(), depth)
	}
	return v, false, false // bool, duration
}

// str redacts a string: by its key's category if the key names one, as
// free text otherwise.
func (w *walker) str(v slog.Value) (slog.Value, bool, bool) {
	s := v.String()
	if s == "" {
		return v, false, false
	}
	if len(s) > w.c.maxBytes {
		w.fail()
		return slog.StringValue(markLarge), false, true
	}
	if ki := w.keyInfo(); ki.ok {
		w.in = append(w.in[:0], s...)
		return w.keyed(ki, v)
	}
	if out, changed := w.text(s); changed {
		return slog.StringValue(out), false, true
	}
	return v, false, false
}

// text redacts free text. Text without PHI is returned as it is.
func (w *walker) text(s string) (string, bool) {
	if len(s) > w.c.maxBytes {
		w.fail()
		return markLarge, true
	}
	if len(s) <= maxInert || isUUID(s) || w.c.clean.has(s) {
		return s, false
	}
	w.in = append(w.in[:0], s...)
	w.fs = w.c.scanner.Scan(w.fs[:0], w.in)
	if len(w.fs) == 0 {
		w.c.clean.add(s)
		return s, false
	}
	w.count()
	w.out = w.c.redactor.AppendRedacted(w.out[:0], w.in, w.fs)
	if bytes.Equal(w.out, w.in) {
		return s, false // every finding kept
	}
	return string(w.out), true
}

// maxInert is the length of the longest strings never scanned as text:
// the engine finds nothing in one or two bytes without a key (a test
// checks every such string).
const maxInert = 2

// isUUID reports whether s is a UUID in its canonical form, which the
// engine documents it never reports without a key saying otherwise (a
// test checks random ones).
func isUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	var bad byte
	for i := 0; i < 36; i++ {
		bad |= uuidClass[s[i]] ^ uuidShape[i]
	}
	return bad == 0
}

// uuidClass is 1 for hex digits, 2 for '-', 3 otherwise; uuidShape the
// class each position of a UUID wants.
var uuidClass, uuidShape = func() (c [256]byte, s [36]byte) {
	for i := range c {
		c[i] = 3
	}
	for _, h := range "0123456789abcdefABCDEF" {
		c[h] = 1
	}
	c['-'] = 2
	for i := range s {
		s[i] = 1
	}
	s[8], s[13], s[18], s[23] = 2, 2, 2, 2
	return c, s
}()

// keyed redacts w.in, the text form of v, stored under the key ki names.
func (w *walker) keyed(ki *keyInfo, v slog.Value) (slog.Value, bool, bool) {
	if w.c.clean.hasPair(&w.mh, ki.path, w.in) {
		return v, false, false
	}
	w.fs = w.c.scanner.ScanValue(w.fs[:0], ki.path, w.in)
	if len(w.fs) == 0 {
		w.c.clean.addPair(&w.mh, ki.path, w.in)
		return v, false, false
	}
	w.count()
	for _, f := range w.fs {
		if f.ByKey && !w.c.keep.Has(f.Category) && w.c.redactor.Style(f.Category) == redact.Drop {
			return slog.Value{}, true, true
		}
	}
	w.out = w.c.redactor.AppendRedacted(w.out[:0], w.in, w.fs)
	if bytes.Equal(w.out, w.in) {
		return v, false, false
	}
	return slog.StringValue(w.result(w.fs[0].Category)), false, true
}

// result returns w.out as a string, without allocating when it is the
// mask of c, as it is for most values redacted whole.
func (w *walker) result(c detectors.Category) string {
	if m := redact.MaskFor(c); string(w.out) == m {
		return m
	}
	return string(w.out)
}

// number redacts a number under a key that names a category ("ssn": 123456789).
func (w *walker) number(v slog.Value) (slog.Value, bool, bool) {
	ki := w.keyInfo()
	if !ki.ok {
		return v, false, false
	}
	switch v.Kind() {
	case slog.KindInt64:
		w.in = strconv.AppendInt(w.in[:0], v.Int64(), 10)
	case slog.KindUint64:
		w.in = strconv.AppendUint(w.in[:0], v.Uint64(), 10)
	default:
		w.in = strconv.AppendFloat(w.in[:0], v.Float64(), 'f', -1, 64)
	}
	return w.keyed(ki, v)
}

// timeValue redacts a time under a key that names a category ("dob").
func (w *walker) timeValue(v slog.Value) (slog.Value, bool, bool) {
	ki := w.keyInfo()
	if !ki.ok {
		return v, false, false
	}
	w.in = v.Time().AppendFormat(w.in[:0], time.RFC3339)
	return w.keyed(ki, v)
}

func (w *walker) group(v slog.Value, depth int) (slog.Value, bool, bool) {
	if depth >= w.c.maxDepth {
		w.fail()
		return slog.StringValue(markDepth), false, true
	}
	as := v.Group()
	var out []slog.Attr
	for i, a := range as {
		if w.overflow {
			return v, false, false
		}
		keep, changed := w.attr(&a, depth+1)
		if (changed || !keep) && out == nil {
			out = make([]slog.Attr, i, len(as))
			copy(out, as[:i])
		}
		if out != nil && keep {
			out = append(out, a)
		}
	}
	if out == nil {
		return v, false, false
	}
	return slog.GroupValue(out...), false, true
}

// anyValue redacts a value of any type: markers, LogValuers, errors,
// then by reflection. The result is always something the inner handler
// can render without calling methods of x again.
func (w *walker) anyValue(x any, depth int) (slog.Value, bool, bool) {
	switch t := x.(type) {
	case nil:
		return slog.AnyValue(nil), false, false
	case string:
		out, drop, _ := w.str(slog.StringValue(t))
		return out, drop, true
	case []byte:
		return w.bytesValue(t)
	}
	if depth >= w.c.maxDepth {
		// LogValuers and markers can nest without end.
		w.fail()
		return slog.StringValue(markDepth), false, true
	}
	if r, ok := phi.Reveal(x); ok {
		return w.marker(r, depth+1)
	}
	switch t := x.(type) {
	case slog.LogValuer:
		v, mark := resolve(t)
		if mark != "" {
			w.fail()
			return slog.StringValue(mark), false, true
		}
		out, drop, _ := w.value(v, depth+1)
		return out, drop, true
	case error:
		return w.errValue(t)
	}
	rv := reflect.ValueOf(x)
	out, drop := w.rendered(rv, planFor(rv.Type()), depth)
	return out, drop, true
}

// resolve calls LogValue until the value is not a LogValuer, as
// slog.Value.Resolve does, but reports a panic instead of logging its
// text (which may be anything). It returns the marker to log instead, or
// "" if v is good.
func resolve(lv slog.LogValuer) (v slog.Value, mark string) {
	defer func() {
		if recover() != nil {
			v, mark = slog.Value{}, markPanic
		}
	}()
	for i := 0; i < 100; i++ {
		v = lv.LogValue()
		if v.Kind() != slog.KindLogValuer {
			return v, ""
		}
		lv = v.LogValuer()
	}
	return slog.Value{}, markDepth
}

// errValue redacts an error by its text. An error whose text holds no PHI
// is kept as it is, unless it renders otherwise than by Error (a JSON,
// text or fmt.Formatter method): then its checked text replaces it.
func (w *walker) errValue(err error) (slog.Value, bool, bool) {
	s, ok := call(err.Error)
	if !ok {
		w.fail()
		return slog.StringValue(markPanic), false, true
	}
	v := slog.StringValue(s)
	out, drop, changed := w.str(v)
	if changed || drop {
		return out, drop, true
	}
	switch err.(type) {
	case fmt.Formatter, interface{ MarshalJSON() ([]byte, error) }, interface{ MarshalText() ([]byte, error) }:
		return v, false, true
	}
	return slog.AnyValue(err), false, false
}

// call calls f, reporting a panic as !ok.
func call[T any](f func() T) (v T, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return f(), true
}

// bytesValue redacts a []byte: as text if it is UTF-8, else as the base64
// that encoding/json would write.
func (w *walker) bytesValue(b []byte) (slog.Value, bool, bool) {
	if len(b) > w.c.maxBytes {
		w.fail()
		return slog.StringValue(markLarge), false, true
	}
	if utf8.Valid(b) {
		w.in = append(w.in[:0], b...)
	} else {
		w.in = base64.StdEncoding.AppendEncode(w.in[:0], b)
	}
	orig := slog.AnyValue(b)
	if ki := w.keyInfo(); ki.ok {
		return w.keyed(ki, orig)
	}
	w.fs = w.c.scanner.Scan(w.fs[:0], w.in)
	if len(w.fs) == 0 {
		return orig, false, false
	}
	w.count()
	w.out = w.c.redactor.AppendRedacted(w.out[:0], w.in, w.fs)
	return slog.StringValue(string(w.out)), false, true
}

// marker redacts what a phi marker holds, in its category's style.
func (w *walker) marker(r phi.Revealed, depth int) (slog.Value, bool, bool) {
	if r.Text {
		s, _ := r.Value.(string)
		out, drop, _ := w.str(slog.StringValue(s))
		return out, drop, true
	}
	c := r.Category
	if !c.Valid() {
		c = detectors.OtherID
		if ki := w.keyInfo(); ki.ok {
			c = ki.cat
		}
	}
	var rv reflect.Value
	if r.Value != nil {
		rv = reflect.ValueOf(r.Value)
	}
	out, drop := w.styled(rv, c, 0, depth)
	return out, drop, true
}

// styled redacts rv, a value of category c, in style (0: the policy's).
// Kept categories are walked like any value: the category stays in clear,
// other PHI inside it does not.
func (w *walker) styled(rv reflect.Value, c detectors.Category, style redact.Style, depth int) (slog.Value, bool) {
	for rv.IsValid() && (rv.Kind() == reflect.Pointer || rv.Kind() == reflect.Interface) {
		if rv.IsNil() {
			return slog.AnyValue(nil), false
		}
		rv = rv.Elem()
	}
	if !rv.IsValid() {
		return slog.AnyValue(nil), false
	}
	if rv.Type().PkgPath() == phiPath && rv.CanInterface() {
		if r, ok := phi.Reveal(rv.Interface()); ok { // a tagged marker
			if r.Value == nil {
				return slog.AnyValue(nil), false
			}
			rv = reflect.ValueOf(r.Value)
		}
	}
	if w.c.keep.Has(c) {
		// Counted once here: the key, which may name c, is not read
		// again, but the text is still scanned for other PHI.
		w.countOne(c)
		noKey, keeping := w.noKey, w.keeping
		w.noKey, w.keeping = true, c
		v, drop := w.reflectValue(rv, planFor(rv.Type()), depth)
		w.noKey, w.keeping = noKey, keeping
		return v, drop
	}
	if style == 0 {
		style = w.c.redactor.Style(c)
	}
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		if rv.Type().Elem().Kind() != reflect.Uint8 {
			return w.styledElems(rv, c, style, depth)
		}
	case reflect.Map:
		return w.styledMap(rv, c, style, depth)
	}
	raw, ok := w.scalar(rv)
	if ok && len(raw) == 0 {
		return slog.StringValue(""), false // nothing to hide
	}
	w.countOne(c)
	if style == redact.Drop {
		return slog.Value{}, true
	}
	if !ok {
		return slog.StringValue(redact.MaskFor(c)), false // a struct: no part of it is safe to keep
	}
	w.out, _ = w.c.redactor.AppendStyle(w.out[:0], c, style, raw)
	return slog.StringValue(w.result(c)), false
}

func (w *walker) styledElems(rv reflect.Value, c detectors.Category, style redact.Style, depth int) (slog.Value, bool) {
	if depth >= w.c.maxDepth {
		w.fail()
		return slog.StringValue(markDepth), false
	}
	if rv.Kind() == reflect.Slice && rv.IsNil() {
		return slog.AnyValue(nil), false
	}
	out := make([]any, 0, rv.Len())
	for i := 0; i < rv.Len() && !w.overflow; i++ {
		if w.items++; w.items > w.c.maxItems {
			w.overflow = true
			break
		}
		v, drop := w.styled(rv.Index(i), c, style, depth+1)
		if !drop {
			out = append(out, toAny(v))
		}
	}
	return slog.AnyValue(out), false
}

func (w *walker) styledMap(rv reflect.Value, c detectors.Category, style redact.Style, depth int) (slog.Value, bool) {
	if depth >= w.c.maxDepth {
		w.fail()
		return slog.StringValue(markDepth), false
	}
	if rv.IsNil() {
		return slog.AnyValue(nil), false
	}
	keys := w.mapKeys(rv)
	attrs := make([]slog.Attr, 0, len(keys))
	for _, k := range keys {
		if w.overflow {
			break
		}
		if w.items++; w.items > w.c.maxItems {
			w.overflow = true
			break
		}
		v, drop := w.styled(rv.MapIndex(k.v), c, style, depth+1)
		if !drop {
			ks, _ := w.text(k.s)
			attrs = append(attrs, slog.Attr{Key: ks, Value: v})
		}
	}
	return slog.GroupValue(attrs...), false
}

var (
	timeType = reflect.TypeFor[time.Time]()
	phiPath  = reflect.TypeFor[phi.String]().PkgPath()
)

// scalar appends the text form of a scalar rv to w.in and returns it. ok
// is false for values with parts (structs), which have no one text.
func (w *walker) scalar(rv reflect.Value) ([]byte, bool) {
	b := w.in[:0]
	switch rv.Kind() {
	case reflect.String:
		b = append(b, rv.String()...)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b = strconv.AppendInt(b, rv.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		b = strconv.AppendUint(b, rv.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		b = strconv.AppendFloat(b, rv.Float(), 'f', -1, 64)
	case reflect.Bool:
		b = strconv.AppendBool(b, rv.Bool())
	case reflect.Slice:
		b = append(b, rv.Bytes()...) // []byte, as checked by the caller
	case reflect.Array:
		for i := 0; i < rv.Len(); i++ {
			b = append(b, byte(rv.Index(i).Uint()))
		}
	case reflect.Struct:
		if rv.Type() != timeType {
			return nil, false
		}
		t := rv.Interface().(time.Time)
		if t.IsZero() {
			return b, true
		}
		b = t.AppendFormat(b, time.RFC3339)
	default:
		return nil, false
	}
	w.in = b
	return b, true
}

// toAny converts a redacted value to what it is inside an []any or a
// map[string]any: a group becomes a map.
func toAny(v slog.Value) any {
	if v.Kind() != slog.KindGroup {
		return v.Any()
	}
	m := make(map[string]any, len(v.Group()))
	for _, a := range v.Group() {
		if a.Key == "" && a.Value.Kind() == slog.KindGroup {
			for k, x := range toAny(a.Value).(map[string]any) {
				m[k] = x
			}
			continue
		}
		m[a.Key] = toAny(a.Value)
	}
	return m
}

// A mapKey is a map key and its text.
type mapKey struct {
	v reflect.Value
	s string
}

// mapKeys returns rv's keys with their text, sorted by it.
func (w *walker) mapKeys(rv reflect.Value) []mapKey {
	keys := make([]mapKey, 0, rv.Len())
	it := rv.MapRange()
	for it.Next() {
		k := it.Key()
		keys = append(keys, mapKey{v: k, s: keyText(k)})
	}
	slices.SortFunc(keys, func(a, b mapKey) int {
		switch {
		case a.s < b.s:
			return -1
		case a.s > b.s:
			return 1
		}
		return 0
	})
	return keys
}

// keyText returns the text of a map key, as encoding/json would write it.
func keyText(k reflect.Value) string {
	for k.Kind() == reflect.Interface && !k.IsNil() {
		k = k.Elem()
	}
	if k.Kind() == reflect.String {
		return k.String()
	}
	if k.CanInterface() {
		if tm, ok := k.Interface().(interface{ MarshalText() ([]byte, error) }); ok {
			if b, ok := call(func() []byte { b, _ := tm.MarshalText(); return b }); ok {
				return string(b)
			}
			return markPanic
		}
	}
	switch k.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(k.Uint(), 10)
	}
	if s, ok := call(func() string { return fmt.Sprint(k) }); ok {
		return s
	}
	return markPanic
}
