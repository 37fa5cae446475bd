package policy

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/phiguard/phiguard/detectors"
	"gopkg.in/yaml.v3"
)

// canonical is the form of a policy that Hash covers: every setting in
// one spelling, sets sorted, defaults filled in.
type canonical struct {
	Version       int               `json:"version"`
	Categories    []string          `json:"categories"`
	MinConfidence string            `json:"min-confidence"`
	NonPublicIPs  bool              `json:"include-non-public-ips"`
	Providers     bool              `json:"include-providers,omitempty"` // omitted when false: earlier policies keep their hash
	Keys          []canonicalKey    `json:"keys"`
	AllowValues   []string          `json:"allow-values"`
	AllowPatterns []string          `json:"allow-patterns"`
	AllowCIDRs    []string          `json:"allow-cidrs"`
	Custom        []canonicalCustom `json:"custom"`
	RedactDefault string            `json:"redact-default"`
	Styles        map[string]string `json:"redact-styles"`
	Keep          []string          `json:"redact-keep"`
	KeyEnv        string            `json:"token-key-env"`
	KeyFile       string            `json:"token-key-file"`
	MatchTimeout  int64             `json:"match-timeout-ns"`
	MaxLineBytes  int               `json:"max-line-bytes"`
	Phivet        any               `json:"phivet"`
}

type canonicalKey struct {
	Key        string `json:"key"`
	Category   string `json:"category,omitempty"`
	Confidence string `json:"confidence,omitempty"`
	Ignore     bool   `json:"ignore,omitempty"`
}

type canonicalCustom struct {
	ID         string   `json:"id"`
	Category   string   `json:"category"`
	Pattern    string   `json:"pattern"`
	Keywords   []string `json:"keywords"`
	Confidence string   `json:"confidence"`
}

func setIDs(s detectors.CategorySet) []string {
	ids := []string{}
	for _, c := range detectors.Categories() {
		if s.Has(c) {
			ids = append(ids, c.String())
		}
	}
	return ids
}

func sorted(s []string) []string {
	out := slices.Clone(s)
	if out == nil {
		out = []string{}
	}
	slices.Sort(out)
	return out
}

func (p *Policy) computeHash() string {
	c := canonical{
		Version:       1,
		Categories:    setIDs(p.categories),
		MinConfidence: p.minConf.String(),
		NonPublicIPs:  p.nonPublicIPs,
		Providers:     p.providers,
		Keys:          []canonicalKey{},
		AllowValues:   sorted(p.allow.Values),
		AllowPatterns: sorted(p.allow.Patterns),
		AllowCIDRs:    sorted(p.allow.CIDRs),
		Custom:        []canonicalCustom{},
		RedactDefault: p.redactDefault.String(),
		Styles:        map[string]string{},
		Keep:          setIDs(p.keep),
		KeyEnv:        p.keyEnv,
		KeyFile:       cleanPath(p.keyFile),
		MatchTimeout:  int64(p.matchTimeout),
		MaxLineBytes:  p.maxLineBytes,
	}
	// Key rules are tried in order, so their order is kept.
	for _, r := range p.keys {
		k := canonicalKey{Key: ruleID(r.Key), Ignore: r.Ignore}
		if r.Category != 0 {
			k.Category = r.Category.String()
		}
		if r.Confidence != 0 {
			k.Confidence = r.Confidence.String()
		}
		c.Keys = append(c.Keys, k)
	}
	// Custom detectors all run; their order does not matter.
	for _, cp := range p.custom {
		kw := make([]string, len(cp.Keywords))
		for i, k := range cp.Keywords {
			kw[i] = strings.ToLower(k)
		}
		c.Custom = append(c.Custom, canonicalCustom{ID: cp.ID, Category: cp.Category.String(), Pattern: cp.Pattern, Keywords: sorted(kw), Confidence: cp.Confidence.String()})
	}
	slices.SortFunc(c.Custom, func(a, b canonicalCustom) int { return strings.Compare(a.ID, b.ID) })
	for cat, s := range p.styles {
		c.Styles[cat.String()] = s.String()
	}
	if p.phivet != nil {
		c.Phivet = canonNode(p.phivet, 0)
	}
	b, err := json.Marshal(c)
	if err != nil {
		// Every field is a plain string, number or nested list: this
		// cannot happen. Never return a hash that would match another
		// policy's.
		panic("policy: canonical form: " + err.Error())
	}
	sum := sha256.Sum256(append([]byte("phiguard policy v1\n"), b...))
	return hex.EncodeToString(sum[:])
}

// canonNode returns a JSON-ready form of n in which mapping order, style,
// comments and aliases do not show. Parse bounds n's size.
func canonNode(n *yaml.Node, depth int) any {
	n = deref(n)
	if n == nil || depth > 200 {
		return nil
	}
	switch n.Kind {
	case yaml.MappingNode:
		type kv struct {
			K string
			V any
		}
		pairs := make([]kv, 0, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			kb, _ := json.Marshal(canonNode(n.Content[i], depth+1))
			pairs = append(pairs, kv{string(kb), canonNode(n.Content[i+1], depth+1)})
		}
		slices.SortStableFunc(pairs, func(a, b kv) int { return strings.Compare(a.K, b.K) })
		out := make([]any, 0, 2*len(pairs)+1)
		out = append(out, "map")
		for _, p := range pairs {
			out = append(out, p.K, p.V)
		}
		return out
	case yaml.SequenceNode:
		out := make([]any, 0, len(n.Content)+1)
		out = append(out, "seq")
		for _, c := range n.Content {
			out = append(out, canonNode(c, depth+1))
		}
		return out
	case yaml.ScalarNode:
		tag := n.ShortTag()
		switch tag {
		case "!!str":
			return []any{tag, n.Value}
		case "!!null":
			return nil
		}
		var v any
		if err := n.Decode(&v); err != nil {
			return []any{tag, n.Value}
		}
		return []any{tag, fmt.Sprint(v)}
	}
	return nil
}

func cleanPath(p string) string {
	if p == "" {
		return ""
	}
	return filepath.ToSlash(filepath.Clean(p))
}
