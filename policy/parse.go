package policy

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dlclark/regexp2"
	"github.com/dlclark/regexp2/syntax"
	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/redact"
	"gopkg.in/yaml.v3"
)

// Limits of the schema.
const (
	// MaxFileBytes is the largest policy file Load and Parse accept.
	MaxFileBytes = 1 << 20

	maxMatchTimeout = 10 * time.Second
	minLineBytes    = 4 << 10
	maxLineBytes    = 64 << 20
	maxNodes        = 100000 // nodes of the phivet section, aliases expanded
)

var (
	topKeys       = []string{"version", "categories", "min-confidence", "include-non-public-ips", "include-providers", "keys", "allow", "custom", "redact", "token-key", "match-timeout", "max-line-bytes", "phivet"}
	categoryKeys  = []string{"enable", "disable"}
	keyRuleKeys   = []string{"key", "category", "confidence", "ignore"}
	allowKeys     = []string{"values", "patterns", "cidrs"}
	customKeys    = []string{"id", "category", "pattern", "keywords", "confidence"}
	redactKeys    = []string{"default", "styles", "keep"}
	styleRuleKeys = []string{"category", "style"}
	tokenKeyKeys  = []string{"env", "file"}

	customIDRE = regexp.MustCompile(`^[a-z][a-z0-9_]{0,63}$`)
	envNameRE  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,127}$`)
)

// decoder walks a policy's YAML nodes, collecting every problem it finds.
type decoder struct {
	file string
	errs []*Error
	// suggested holds, per mapping node, the keys that an unknown key
	// was taken for a typo of: their absence is not reported again.
	suggested map[*yaml.Node][]string
}

// missing reports that the mapping n at path lacks key, unless a typo of
// key was reported already.
func (d *decoder) missing(n *yaml.Node, path, key, hint string) {
	if contains(d.suggested[deref(n)], key) {
		return
	}
	d.errorf(n, path, "%s is required%s", key, hint)
}

func (d *decoder) errorf(n *yaml.Node, path, format string, args ...any) {
	e := &Error{File: d.file, Path: path, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Column = n.Line, n.Column
	}
	d.errs = append(d.errs, e)
}

// entry is one key and value of a mapping.
type entry struct{ key, val *yaml.Node }

func join(parent, key string) string {
	if parent == "" {
		return key
	}
	return parent + "." + key
}

func index(parent string, i int) string { return parent + "[" + strconv.Itoa(i) + "]" }

// deref follows aliases to the node they name.
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 64; i++ {
		n = n.Alias
	}
	if n != nil && n.Kind == yaml.AliasNode {
		return nil
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n == nil || n.Kind == 0 || (n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null")
}

// describe names the YAML type of n for "want X, got Y" messages.
func describe(n *yaml.Node) string {
	switch {
	case isNull(n):
		return "nothing"
	case n.Kind == yaml.MappingNode:
		return "a mapping"
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case n.Kind == yaml.DocumentNode:
		return "a document"
	}
	switch n.ShortTag() {
	case "!!bool":
		return "a boolean"
	case "!!int", "!!float":
		return "a number"
	case "!!str":
		return "a string"
	case "!!timestamp":
		return "a timestamp"
	case "!!binary":
		return "binary data"
	}
	return "a tagged value"
}

// fields checks that n is a mapping whose keys are all in known, each
// set once, and returns its entries by key. A null n gives no entries.
func (d *decoder) fields(n *yaml.Node, path string, known []string) map[string]entry {
	n = deref(n)
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		if len(known) <= 5 {
			d.errorf(n, path, "want a mapping (keys %s), got %s", strings.Join(known, ", "), describe(n))
		} else {
			d.errorf(n, path, "want a mapping, got %s", describe(n))
		}
		return nil
	}
	m := make(map[string]entry, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := deref(n.Content[i]), n.Content[i+1]
		if k == nil || k.Kind != yaml.ScalarNode {
			d.errorf(n.Content[i], path, "a key must be a plain word, got %s", describe(k))
			continue
		}
		name := k.Value
		switch {
		case k.ShortTag() == "!!merge":
			d.errorf(k, path, "merge keys (<<) are not supported; write the settings out")
			continue
		case !contains(known, name):
			msg := "unknown key " + show(name)
			if s := suggest(name, known); s != "" && safeWord(name) {
				msg += " (did you mean " + s + "?)"
				if d.suggested == nil {
					d.suggested = make(map[*yaml.Node][]string)
				}
				d.suggested[n] = append(d.suggested[n], s)
			} else {
				msg += " (want " + orList(known) + ")"
			}
			d.errorf(k, path, "%s", msg)
			continue
		}
		if prev, dup := m[name]; dup {
			d.errorf(k, join(path, name), "set twice (first at line %d)", prev.key.Line)
			continue
		}
		m[name] = entry{k, v}
	}
	return m
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// orList writes "a, b or c".
func orList(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// list returns the items of the sequence n; a null n has none.
func (d *decoder) list(n *yaml.Node, path string) []*yaml.Node {
	n = deref(n)
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, path, "want a list, got %s", describe(n))
		return nil
	}
	items := make([]*yaml.Node, len(n.Content))
	for i, it := range n.Content {
		items[i] = deref(it)
		if items[i] == nil {
			items[i] = it
		}
	}
	return items
}

// str returns the text of the scalar n. Numbers and timestamps are taken
// as written; booleans, nulls and collections are errors.
func (d *decoder) str(n *yaml.Node, path string) (string, bool) {
	n = deref(n)
	if n == nil || n.Kind != yaml.ScalarNode || isNull(n) {
		d.errorf(n, path, "want a string, got %s", describe(n))
		return "", false
	}
	switch n.ShortTag() {
	case "!!str", "!!int", "!!float", "!!timestamp":
		return n.Value, true
	}
	d.errorf(n, path, "want a string, got %s", describe(n))
	return "", false
}

func (d *decoder) boolean(n *yaml.Node, path string) (bool, bool) {
	n = deref(n)
	if n == nil || n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" {
		d.errorf(n, path, "want true or false, got %s", describe(n))
		return false, false
	}
	var b bool
	if err := n.Decode(&b); err != nil {
		d.errorf(n, path, "want true or false")
		return false, false
	}
	return b, true
}

func (d *decoder) category(n *yaml.Node, path string) (detectors.Category, bool) {
	s, ok := d.str(n, path)
	if !ok {
		return 0, false
	}
	c, err := detectors.ParseCategory(strings.TrimSpace(s))
	if err != nil {
		d.errorf(deref(n), path, "unknown category %s (%s)", show(s), want(s, categoryIDs()))
		return 0, false
	}
	return c, true
}

var styleNames = []string{"mask", "partial", "token", "generalize", "drop"}

// want suggests the known word s is a typo of, or lists them all.
func want(s string, known []string) string {
	if safeWord(s) {
		if k := suggest(strings.ToLower(s), known); k != "" {
			return "did you mean " + k + "?"
		}
	}
	return "want " + orList(known)
}

func categoryIDs() []string {
	var ids []string
	for _, c := range detectors.Categories() {
		ids = append(ids, c.String())
	}
	return ids
}

func (d *decoder) confidence(n *yaml.Node, path string) (detectors.Confidence, bool) {
	s, ok := d.str(n, path)
	if !ok {
		return 0, false
	}
	c, err := detectors.ParseConfidence(strings.TrimSpace(s))
	if err != nil || c < detectors.Low || c > detectors.High {
		d.errorf(deref(n), path, "unknown confidence %s (want low, medium or high)", show(s))
		return 0, false
	}
	return c, true
}

func (d *decoder) style(n *yaml.Node, path string) (redact.Style, bool) {
	s, ok := d.str(n, path)
	if !ok {
		return 0, false
	}
	st, err := redact.ParseStyle(strings.TrimSpace(s))
	if err != nil || st < redact.Mask || st > redact.Drop {
		d.errorf(deref(n), path, "unknown redaction style %s (%s)", show(s), want(s, styleNames))
		return 0, false
	}
	return st, true
}

// categoryList decodes a list of categories, refusing duplicates.
func (d *decoder) categoryList(n *yaml.Node, path string) (detectors.CategorySet, []*yaml.Node) {
	var set detectors.CategorySet
	var at [32]int // index+1 of each category's first entry
	items := d.list(n, path)
	for i, it := range items {
		p := index(path, i)
		c, ok := d.category(it, p)
		if !ok {
			continue
		}
		if j := at[c]; j > 0 {
			d.errorf(it, p, "duplicate of %s", index(path, j-1))
			continue
		}
		at[c] = i + 1
		set = set.Add(c)
	}
	return set, items
}

// regexpProblem describes a pattern's compile error without quoting the
// pattern, which may hold an identifier.
func regexpProblem(err error) string {
	var se *syntax.Error
	if errors.As(err, &se) {
		msg := se.Code.String()
		if len(se.Args) > 0 {
			msg = fmt.Sprintf(msg, se.Args...)
		}
		return "does not compile: " + msg
	}
	return "does not compile"
}

// parse decodes and validates a policy document.
func parse(name string, data []byte) (p *Policy, errs []*Error) {
	d := &decoder{file: name}
	defer func() {
		// The YAML parser is not ours: a panic in it must not take the
		// host down. Report the file as unreadable instead.
		if r := recover(); r != nil {
			p, errs = nil, []*Error{{File: name, Msg: "cannot parse the YAML document"}}
		}
	}()
	if len(data) > MaxFileBytes {
		return nil, []*Error{{File: name, Msg: fmt.Sprintf("the policy is larger than %d bytes", MaxFileBytes)}}
	}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if err == io.EOF {
			return nil, []*Error{{File: name, Msg: "the policy is empty (want at least version: 1)"}}
		}
		return nil, []*Error{yamlError(name, err)}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		line := extra.Line
		return nil, []*Error{{File: name, Line: line, Msg: "more than one YAML document; a policy is one document"}}
	} else if err != io.EOF {
		return nil, []*Error{yamlError(name, err)}
	}
	root := &doc
	if root.Kind == yaml.DocumentNode {
		if len(root.Content) == 0 {
			return nil, []*Error{{File: name, Msg: "the policy is empty (want at least version: 1)"}}
		}
		root = root.Content[0]
	}
	if isNull(deref(root)) {
		return nil, []*Error{{File: name, Msg: "the policy is empty (want at least version: 1)"}}
	}
	p = defaults()
	p.name = name
	p.dir = filepath.Dir(name)
	top := d.fields(root, "", topKeys)
	if top == nil {
		if len(d.errs) == 0 {
			d.errorf(root, "", "want a mapping of settings, got %s", describe(root))
		}
		return nil, d.errs
	}

	if e, ok := top["version"]; !ok {
		d.errorf(root, "version", "missing (add version: 1 at the top)")
	} else if v := deref(e.val); v == nil || v.Kind != yaml.ScalarNode || v.ShortTag() != "!!int" {
		d.errorf(v, "version", "want 1, got %s", describe(v))
	} else if v.Value != "1" {
		msg := "unsupported version"
		if len(v.Value) <= 3 {
			msg += " " + v.Value
		}
		d.errorf(v, "version", "%s (this phiguard reads version 1)", msg)
	}
	if e, ok := top["categories"]; ok {
		d.categories(p, e)
	}
	if e, ok := top["min-confidence"]; ok {
		if c, ok := d.confidence(e.val, "min-confidence"); ok {
			p.minConf = c
		}
	}
	if e, ok := top["include-non-public-ips"]; ok {
		if b, ok := d.boolean(e.val, "include-non-public-ips"); ok {
			p.nonPublicIPs = b
		}
	}
	if e, ok := top["include-providers"]; ok {
		if b, ok := d.boolean(e.val, "include-providers"); ok {
			p.providers = b
		}
	}
	if e, ok := top["keys"]; ok {
		d.keyRules(p, e.val)
	}
	if e, ok := top["allow"]; ok {
		d.allow(p, e.val)
	}
	if e, ok := top["custom"]; ok {
		d.custom(p, e.val)
	}
	var tokenAt *yaml.Node
	tokenPath := ""
	if e, ok := top["redact"]; ok {
		tokenAt, tokenPath = d.redact(p, e.val)
		p.tokenAt, p.tokenPath = pos(tokenAt), tokenPath
	}
	keyOK := true
	if e, ok := top["token-key"]; ok {
		n := len(d.errs)
		d.tokenKey(p, e.val)
		keyOK = len(d.errs) == n
	}
	if e, ok := top["match-timeout"]; ok {
		d.matchTimeout(p, e.val)
	}
	if e, ok := top["max-line-bytes"]; ok {
		d.maxLine(p, e.val)
	}
	if e, ok := top["phivet"]; ok {
		v := deref(e.val)
		switch {
		case isNull(v):
		case v.Kind != yaml.MappingNode:
			d.errorf(v, "phivet", "want a mapping of phivet settings, got %s", describe(v))
		default:
			budget := maxNodes
			if !countNodes(v, &budget) {
				d.errorf(v, "phivet", "too large (over %d nodes with aliases expanded)", maxNodes)
			} else {
				p.phivet = copyNode(v, map[*yaml.Node]*yaml.Node{})
			}
		}
	}
	// The key: a configured source that cannot give one is an error now,
	// not at the first token; the token style without a key is refused.
	// If token-key itself is wrong, that was reported and the source is
	// unknown.
	var key *detectors.Key
	if keyOK {
		k, err := p.Key()
		var pe *Error
		switch {
		case errors.As(err, &pe):
			d.errs = append(d.errs, pe)
		case err != nil:
			d.errorf(nil, "token-key", "%v", err)
		case k == nil && tokenAt != nil:
			d.errorf(tokenAt, tokenPath, "the token style needs a key and none is configured: set $%s or token-key.file (tokens are never made without a key)", p.keyEnv)
		}
		key = k
	}
	if len(d.errs) > 0 {
		return nil, d.errs
	}

	// The engine and the redactor are the final judges: what they refuse
	// is refused at load time too.
	if _, err := detectors.New(p.DetectorOptions()); err != nil {
		return nil, []*Error{{File: name, Msg: "detectors: " + p.hideAllowlist(err.Error())}}
	}
	if _, err := redact.New(p.RedactOptions(key)); err != nil {
		return nil, []*Error{{File: name, Msg: err.Error()}}
	}
	p.hash = p.computeHash()
	return p, nil
}

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlError turns a YAML syntax error into an *Error with its line.
func yamlError(name string, err error) *Error {
	msg := err.Error()
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{File: name, Line: line, Msg: "invalid YAML: " + m[2]}
	}
	return &Error{File: name, Msg: "invalid YAML: " + strings.TrimPrefix(msg, "yaml: ")}
}

func (d *decoder) categories(p *Policy, e entry) {
	f := d.fields(e.val, "categories", categoryKeys)
	en, hasEn := f["enable"]
	dis, hasDis := f["disable"]
	var enSet, disSet detectors.CategorySet
	var enItems []*yaml.Node
	if hasEn {
		enSet, enItems = d.categoryList(en.val, "categories.enable")
	}
	if hasDis {
		disSet, _ = d.categoryList(dis.val, "categories.disable")
	}
	switch {
	case hasEn && hasDis:
		d.errorf(dis.key, "categories", "set enable or disable, not both")
	case hasEn:
		if len(enItems) == 0 {
			d.errorf(deref(en.val), "categories.enable", "empty list enables nothing (leave categories out to enable every one)")
		} else if enSet != 0 {
			p.categories = enSet
		}
	case hasDis:
		p.categories = allCategories &^ disSet
		if p.categories == 0 {
			d.errorf(deref(dis.val), "categories.disable", "disables every category; nothing would be found")
			p.categories = allCategories
		}
	}
}

func (d *decoder) keyRules(p *Policy, n *yaml.Node) {
	seen := map[string]int{}
	for i, it := range d.list(n, "keys") {
		at := index("keys", i)
		f := d.fields(it, at, keyRuleKeys)
		if f == nil {
			if isNull(it) {
				d.errorf(it, at, "want a mapping with key and category, got nothing")
			}
			continue
		}
		var r detectors.KeyRule
		ok := true
		if e, has := f["key"]; !has {
			d.missing(it, at, "key", "")
			ok = false
		} else if s, good := d.str(e.val, at+".key"); !good {
			ok = false
		} else {
			s = strings.TrimSpace(s)
			wild := strings.ContainsAny(s, "*?")
			id := ruleID(s)
			switch {
			case s == "" || (!wild && id == ""):
				d.errorf(deref(e.val), at+".key", "empty key")
				ok = false
			case strings.ContainsAny(s, `[]\`):
				d.errorf(deref(e.val), at+".key", "bad wildcard pattern %s (want * and ? wildcards, as in x_*_ssn)", show(s))
				ok = false
			case wild && !wildcardKeys():
				// Refuse rather than let the engine match the key
				// without its wildcards: that would silently narrow it.
				d.errorf(deref(e.val), at+".key", "wildcard keys are not supported by this build's detection engine; list the keys one by one")
				ok = false
			default:
				if j, dup := seen[id]; dup {
					d.errorf(deref(e.val), at+".key", "duplicate of keys[%d] (keys match case- and separator-insensitively)", j)
					ok = false
				}
				seen[id] = i
				r.Key = s
			}
		}
		if e, has := f["ignore"]; has {
			b, good := d.boolean(e.val, at+".ignore")
			ok = ok && good
			r.Ignore = b
		}
		if e, has := f["category"]; has {
			c, good := d.category(e.val, at+".category")
			ok = ok && good
			r.Category = c
			if r.Ignore {
				d.errorf(e.key, at, "set category or ignore: true, not both")
				ok = false
			}
		} else if !r.Ignore {
			d.missing(it, at, "category", " (or ignore: true for a key that is never PHI)")
			ok = false
		}
		if e, has := f["confidence"]; has {
			c, good := d.confidence(e.val, at+".confidence")
			ok = ok && good
			r.Confidence = c
			if r.Ignore {
				d.errorf(e.key, at, "confidence has no meaning with ignore: true")
				ok = false
			}
		}
		if ok {
			p.keys = append(p.keys, r)
		}
	}
}

func (d *decoder) allow(p *Policy, n *yaml.Node) {
	f := d.fields(n, "allow", allowKeys)
	if e, ok := f["values"]; ok {
		seen := map[string]int{}
		for i, it := range d.list(e.val, "allow.values") {
			at := index("allow.values", i)
			// Never quote these: an allowlist may hold real identifiers.
			if it.Kind != yaml.ScalarNode || isNull(it) || it.ShortTag() == "!!bool" || it.ShortTag() == "!!binary" {
				d.errorf(it, at, "want a string, got %s", describe(it))
				continue
			}
			v := it.Value
			if v == "" {
				d.errorf(it, at, "empty value")
				continue
			}
			if j, dup := seen[v]; dup {
				d.errorf(it, at, "duplicate of allow.values[%d]", j)
				continue
			}
			seen[v] = i
			p.allow.Values = append(p.allow.Values, v)
		}
	}
	if e, ok := f["patterns"]; ok {
		seen := map[string]int{}
		for i, it := range d.list(e.val, "allow.patterns") {
			at := index("allow.patterns", i)
			s, good := d.str(it, at)
			if !good {
				continue
			}
			if s == "" {
				d.errorf(it, at, "empty pattern")
				continue
			}
			// Compile the pattern alone first, so the error is about
			// what the user wrote, then as the scanner anchors it.
			if _, err := regexp2.Compile(s, regexp2.None); err != nil {
				d.errorf(it, at, "%s", regexpProblem(err))
				continue
			}
			if _, err := regexp2.Compile(`\A(?:`+s+`)\z`, regexp2.None); err != nil {
				d.errorf(it, at, "%s", regexpProblem(err))
				continue
			}
			if j, dup := seen[s]; dup {
				d.errorf(it, at, "duplicate of allow.patterns[%d]", j)
				continue
			}
			seen[s] = i
			p.allow.Patterns = append(p.allow.Patterns, s)
		}
	}
	if e, ok := f["cidrs"]; ok {
		seen := map[netip.Prefix]int{}
		for i, it := range d.list(e.val, "allow.cidrs") {
			at := index("allow.cidrs", i)
			s, good := d.str(it, at)
			if !good {
				continue
			}
			s = strings.TrimSpace(s)
			pf, err := netip.ParsePrefix(s)
			if err != nil {
				a, aerr := netip.ParseAddr(s)
				if aerr != nil {
					d.errorf(it, at, "not a CIDR prefix or IP address (want e.g. 10.0.0.0/8)")
					continue
				}
				pf = netip.PrefixFrom(a, a.BitLen())
			}
			pf = pf.Masked()
			if j, dup := seen[pf]; dup {
				d.errorf(it, at, "duplicate of allow.cidrs[%d]", j)
				continue
			}
			seen[pf] = i
			p.allow.CIDRs = append(p.allow.CIDRs, pf.String())
		}
	}
}

func (d *decoder) custom(p *Policy, n *yaml.Node) {
	ids := map[string]int{}
	for i, it := range d.list(n, "custom") {
		at := index("custom", i)
		f := d.fields(it, at, customKeys)
		if f == nil {
			if isNull(it) {
				d.errorf(it, at, "want a mapping with id, category and pattern, got nothing")
			}
			continue
		}
		cp := detectors.CustomPattern{Confidence: detectors.Medium}
		ok := true
		if e, has := f["id"]; !has {
			d.missing(it, at, "id", "")
			ok = false
		} else if s, good := d.str(e.val, at+".id"); !good {
			ok = false
		} else if !customIDRE.MatchString(s) {
			d.errorf(deref(e.val), at+".id", "bad id %s (want lower case letters, digits and _, as in acme_member)", show(s))
			ok = false
		} else if j, dup := ids[s]; dup {
			d.errorf(deref(e.val), at+".id", "duplicate of custom[%d].id", j)
			ok = false
		} else {
			ids[s] = i
			cp.ID = s
		}
		if e, has := f["category"]; !has {
			d.missing(it, at, "category", "")
			ok = false
		} else if c, good := d.category(e.val, at+".category"); good {
			cp.Category = c
		} else {
			ok = false
		}
		if e, has := f["confidence"]; has {
			if c, good := d.confidence(e.val, at+".confidence"); good {
				cp.Confidence = c
			} else {
				ok = false
			}
		}
		if e, has := f["keywords"]; has {
			seen := map[string]int{}
			for j, kn := range d.list(e.val, at+".keywords") {
				kat := index(at+".keywords", j)
				s, good := d.str(kn, kat)
				if !good {
					ok = false
					continue
				}
				s = strings.TrimSpace(s)
				low := strings.ToLower(s)
				switch k, dup := seen[low]; {
				case s == "":
					d.errorf(kn, kat, "empty keyword")
					ok = false
				case dup:
					d.errorf(kn, kat, "duplicate of %s (keywords match case-insensitively)", index(at+".keywords", k))
					ok = false
				default:
					seen[low] = j
					cp.Keywords = append(cp.Keywords, s)
				}
			}
		}
		if e, has := f["pattern"]; !has {
			d.missing(it, at, "pattern", "")
			ok = false
		} else if s, good := d.str(e.val, at+".pattern"); !good {
			ok = false
		} else if s == "" {
			d.errorf(deref(e.val), at+".pattern", "empty pattern")
			ok = false
		} else if re, err := regexp2.Compile(s, regexp2.None); err != nil {
			d.errorf(deref(e.val), at+".pattern", "%s", regexpProblem(err))
			ok = false
		} else {
			re.MatchTimeout = p.matchTimeout
			if m, err := re.MatchString(""); err == nil && m {
				d.errorf(deref(e.val), at+".pattern", "matches the empty string; it would find nothing useful")
				ok = false
			}
			cp.Pattern = s
		}
		if ok {
			p.custom = append(p.custom, cp)
		}
	}
}

// redact decodes the redact section. It returns the first node that asks
// for the token style, if any, and its path.
func (d *decoder) redact(p *Policy, n *yaml.Node) (tokenAt *yaml.Node, tokenPath string) {
	f := d.fields(n, "redact", redactKeys)
	if e, ok := f["default"]; ok {
		if s, good := d.style(e.val, "redact.default"); good {
			p.redactDefault = s
			if s == redact.Token {
				tokenAt, tokenPath = deref(e.val), "redact.default"
			}
		}
	}
	styled := map[detectors.Category]int{}
	if e, ok := f["styles"]; ok {
		for i, it := range d.list(e.val, "redact.styles") {
			at := index("redact.styles", i)
			rf := d.fields(it, at, styleRuleKeys)
			if rf == nil {
				if isNull(it) {
					d.errorf(it, at, "want a mapping with category and style, got nothing")
				}
				continue
			}
			var c detectors.Category
			var st redact.Style
			var ok bool
			if ce, has := rf["category"]; !has {
				d.missing(it, at, "category", "")
				ok = false
			} else if c, ok = d.category(ce.val, at+".category"); ok {
				if j, dup := styled[c]; dup {
					d.errorf(deref(ce.val), at+".category", "duplicate of redact.styles[%d] (one style a category)", j)
					ok = false
				}
			}
			if se, has := rf["style"]; !has {
				d.missing(it, at, "style", "")
				ok = false
			} else if s, good := d.style(se.val, at+".style"); good {
				st = s
				if s == redact.Token && tokenAt == nil {
					tokenAt, tokenPath = deref(se.val), at+".style"
				}
			} else {
				ok = false
			}
			if ok {
				styled[c] = i
				p.styles[c] = st
			}
		}
	}
	if e, ok := f["keep"]; ok {
		set, items := d.categoryList(e.val, "redact.keep")
		for i, it := range items {
			c, err := detectors.ParseCategory(strings.TrimSpace(deref(it).Value))
			if err != nil || !set.Has(c) {
				continue
			}
			if j, both := styled[c]; both {
				d.errorf(it, index("redact.keep", i), "%s is kept in clear, but redact.styles[%d] sets its style; remove one", c, j)
			}
		}
		p.keep = set
	}
	return tokenAt, tokenPath
}

func (d *decoder) tokenKey(p *Policy, n *yaml.Node) {
	f := d.fields(n, "token-key", tokenKeyKeys)
	if e, ok := f["env"]; ok {
		if s, good := d.str(e.val, "token-key.env"); good {
			if !envNameRE.MatchString(s) {
				d.errorf(deref(e.val), "token-key.env", "not an environment variable name (want letters, digits and _, not starting with a digit)")
			} else {
				p.keyEnv = s
				p.keyEnvAt = pos(deref(e.val))
			}
		}
	}
	if e, ok := f["file"]; ok {
		if s, good := d.str(e.val, "token-key.file"); good {
			if strings.TrimSpace(s) == "" {
				d.errorf(deref(e.val), "token-key.file", "empty path")
			} else {
				p.keyFile = s
				p.keyFileAt = pos(deref(e.val))
			}
		}
	}
}

func (d *decoder) matchTimeout(p *Policy, n *yaml.Node) {
	v := deref(n)
	if v == nil || v.Kind != yaml.ScalarNode || v.ShortTag() != "!!str" {
		d.errorf(v, "match-timeout", "want a duration with a unit, such as 50ms, got %s", describe(v))
		return
	}
	t, err := time.ParseDuration(strings.TrimSpace(v.Value))
	if err != nil {
		d.errorf(v, "match-timeout", "not a duration (want e.g. 50ms or 1s)")
		return
	}
	if t <= 0 || t > maxMatchTimeout {
		d.errorf(v, "match-timeout", "must be more than 0 and at most %v", maxMatchTimeout)
		return
	}
	p.matchTimeout = t
}

func (d *decoder) maxLine(p *Policy, n *yaml.Node) {
	v := deref(n)
	if v == nil || v.Kind != yaml.ScalarNode || (v.ShortTag() != "!!str" && v.ShortTag() != "!!int") {
		d.errorf(v, "max-line-bytes", "want a size such as 1MiB or 65536, got %s", describe(v))
		return
	}
	size, ok := parseSize(v.Value)
	if !ok {
		d.errorf(v, "max-line-bytes", "not a size (want bytes, or a number with B, KiB, MiB, KB or MB)")
		return
	}
	if size < minLineBytes || size > maxLineBytes {
		d.errorf(v, "max-line-bytes", "must be between 4KiB and 64MiB")
		return
	}
	p.maxLineBytes = int(size)
}

// parseSize parses "1MiB", "512 KiB", "65536", "2MB".
func parseSize(s string) (int64, bool) {
	s = strings.TrimSpace(s)
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 12 {
		return 0, false
	}
	n, err := strconv.ParseInt(s[:i], 10, 64)
	if err != nil {
		return 0, false
	}
	var mult int64
	switch strings.ToLower(strings.TrimSpace(s[i:])) {
	case "", "b":
		mult = 1
	case "kib", "k":
		mult = 1 << 10
	case "mib", "m":
		mult = 1 << 20
	case "gib", "g":
		mult = 1 << 30
	case "kb":
		mult = 1000
	case "mb":
		mult = 1000 * 1000
	case "gb":
		mult = 1000 * 1000 * 1000
	default:
		return 0, false
	}
	return n * mult, true
}

// position is a place in the policy file.
type position struct{ line, col int }

func pos(n *yaml.Node) position {
	if n == nil {
		return position{}
	}
	return position{n.Line, n.Column}
}

// countNodes reports whether n, aliases expanded, has at most *budget nodes.
func countNodes(n *yaml.Node, budget *int) bool {
	if n == nil {
		return true
	}
	*budget--
	if *budget < 0 {
		return false
	}
	if n.Kind == yaml.AliasNode {
		return countNodes(n.Alias, budget)
	}
	for _, c := range n.Content {
		if !countNodes(c, budget) {
			return false
		}
	}
	return true
}

// copyNode deep-copies n, keeping aliases pointing at the copies of
// their anchors.
func copyNode(n *yaml.Node, done map[*yaml.Node]*yaml.Node) *yaml.Node {
	if n == nil {
		return nil
	}
	if c, ok := done[n]; ok {
		return c
	}
	c := new(yaml.Node)
	*c = *n
	done[n] = c
	if n.Alias != nil {
		c.Alias = copyNode(n.Alias, done)
	}
	if n.Content != nil {
		c.Content = make([]*yaml.Node, len(n.Content))
		for i, x := range n.Content {
			c.Content[i] = copyNode(x, done)
		}
	}
	return c
}

// hideAllowlist replaces the allowlist entries quoted in msg (an error of
// another package) by their index, longest first.
func (p *Policy) hideAllowlist(msg string) string {
	type entry struct{ v, name string }
	var es []entry
	for i, v := range p.allow.Values {
		es = append(es, entry{v, index("allow.values", i)})
	}
	for i, v := range p.allow.Patterns {
		es = append(es, entry{v, index("allow.patterns", i)})
	}
	slices.SortStableFunc(es, func(a, b entry) int { return len(b.v) - len(a.v) })
	for _, e := range es {
		if e.v != "" {
			msg = strings.ReplaceAll(msg, e.v, e.name)
		}
	}
	return msg
}

// wildcardKeys reports whether the detection engine applies wildcard key
// rules, by trying one.
var wildcardKeys = sync.OnceValue(func() bool {
	sc, err := detectors.New(&detectors.Options{Keys: []detectors.KeyRule{{Key: "zq_*_qz", Category: detectors.SSN}}})
	if err != nil {
		return false
	}
	c, _, ok := sc.KeyCategory("zq_member_qz")
	return ok && c == detectors.SSN
})

// ruleID is the normalised form of a key rule's key, wildcards kept as
// words of their own: "X-*-SSN" and "x_*_ssn" are one rule.
func ruleID(key string) string {
	if !strings.ContainsAny(key, "*?") {
		return detectors.NormalizeKey(key)
	}
	r := strings.NewReplacer("*", "_qqstarqq_", "?", "_qqquesqq_")
	back := strings.NewReplacer("qqstarqq", "*", "qqquesqq", "?")
	return back.Replace(detectors.NormalizeKey(r.Replace(key)))
}
