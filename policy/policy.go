package policy

import (
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"time"

	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/redact"
	"gopkg.in/yaml.v3"
)

// DefaultKeyEnv is the environment variable the token key is read from
// when the policy names none.
const DefaultKeyEnv = "PHIGUARD_TOKEN_KEY"

// A Policy is a parsed and validated phiguard.yaml. It is immutable and
// safe for concurrent use; the methods return fresh copies of its
// settings in the forms the detectors and redact packages take.
type Policy struct {
	name string // the file name, for messages; "" for Default
	dir  string // key files are relative to it

	categories   detectors.CategorySet
	minConf      detectors.Confidence
	nonPublicIPs bool
	providers    bool
	keys         []detectors.KeyRule
	allow        detectors.Allowlist
	custom       []detectors.CustomPattern
	matchTimeout time.Duration
	maxLineBytes int

	redactDefault redact.Style
	styles        map[detectors.Category]redact.Style
	keep          detectors.CategorySet

	keyEnv    string
	keyEnvAt  position
	keyFile   string
	keyFileAt position

	tokenAt   position // the first setting asking for tokens
	tokenPath string

	phivet *yaml.Node
	hash   string
}

// defaults returns the settings of an empty policy.
func defaults() *Policy {
	return &Policy{
		dir:           ".",
		categories:    allCategories,
		minConf:       detectors.Low,
		matchTimeout:  50 * time.Millisecond,
		maxLineBytes:  1 << 20,
		redactDefault: redact.Mask,
		styles:        map[detectors.Category]redact.Style{},
		keyEnv:        DefaultKeyEnv,
	}
}

// Default returns the policy of a file holding only "version: 1": every
// category at every confidence, no allowlist or custom detector, every
// value masked, the token key (if any) from $PHIGUARD_TOKEN_KEY.
func Default() *Policy {
	p := defaults()
	p.hash = p.computeHash()
	return p
}

// Load reads and parses the policy file at path. Key files named in it are
// relative to its directory.
func Load(path string) (*Policy, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return Parse(path, data)
}

// Parse parses a policy from data. name is the file's name, used in error
// messages and as the base of relative key file paths.
//
// Parse reports every problem it finds, joined with errors.Join, each an
// *Error naming the file, line, column and setting. It also resolves the
// token key (see Policy.Key), so that a policy whose key source is broken,
// or which asks for the token style with no key, is refused when it is
// read rather than at the first log line.
func Parse(name string, data []byte) (*Policy, error) {
	p, errs := parse(name, data)
	if len(errs) > 0 {
		return nil, joinErrors(errs)
	}
	return p, nil
}

// Name returns the policy's file name as given to Load or Parse, or ""
// for Default.
func (p *Policy) Name() string { return p.name }

// DetectorOptions returns the scanner settings of the policy.
func (p *Policy) DetectorOptions() *detectors.Options {
	return &detectors.Options{
		Categories:          p.categories,
		MinConfidence:       p.minConf,
		IncludeNonPublicIPs: p.nonPublicIPs,
		IncludeProviders:    p.providers,
		Keys:                slices.Clone(p.keys),
		Allow: detectors.Allowlist{
			Values:   slices.Clone(p.allow.Values),
			Patterns: slices.Clone(p.allow.Patterns),
			CIDRs:    slices.Clone(p.allow.CIDRs),
		},
		Custom:       cloneCustom(p.custom),
		MatchTimeout: p.matchTimeout,
		MaxLineBytes: p.maxLineBytes,
	}
}

func cloneCustom(cs []detectors.CustomPattern) []detectors.CustomPattern {
	out := slices.Clone(cs)
	for i := range out {
		out[i].Keywords = slices.Clone(out[i].Keywords)
	}
	return out
}

// Scanner returns a new scanner configured by the policy.
func (p *Policy) Scanner() (*detectors.Scanner, error) {
	sc, err := detectors.New(p.DetectorOptions())
	if err != nil {
		return nil, &Error{File: p.name, Msg: "detectors: " + p.hideAllowlist(err.Error())}
	}
	return sc, nil
}

// RedactOptions returns the redaction settings of the policy, making
// tokens with key (which may be nil if no style is token).
func (p *Policy) RedactOptions(key *detectors.Key) *redact.Options {
	return &redact.Options{
		Default: p.redactDefault,
		Styles:  maps.Clone(p.styles),
		Key:     key,
		Keep:    p.keep,
	}
}

// UsesToken reports whether any category is redacted in the token style,
// which needs a key.
func (p *Policy) UsesToken() bool {
	if p.redactDefault == redact.Token {
		return true
	}
	for _, s := range p.styles {
		if s == redact.Token {
			return true
		}
	}
	return false
}

// Redactor returns a new redactor configured by the policy. It reads the
// token key (see Key) only if the policy uses the token style.
func (p *Policy) Redactor() (*redact.Redactor, error) {
	var key *detectors.Key
	if p.UsesToken() {
		k, err := p.Key()
		if err != nil {
			return nil, err
		}
		if k == nil {
			return nil, &Error{File: p.name, Line: p.tokenAt.line, Column: p.tokenAt.col, Path: p.tokenPath, Msg: fmt.Sprintf("the token style needs a key and none is configured: set $%s or token-key.file", p.keyEnv)}
		}
		key = k
	}
	r, err := redact.New(p.RedactOptions(key))
	if err != nil {
		return nil, p.wrap(err)
	}
	return r, nil
}

// Scrubber returns a new scrubber pairing the policy's scanner and
// redactor.
func (p *Policy) Scrubber() (*redact.Scrubber, error) {
	sc, err := p.Scanner()
	if err != nil {
		return nil, err
	}
	r, err := p.Redactor()
	if err != nil {
		return nil, err
	}
	return redact.NewScrubber(sc, r), nil
}

// PhivetSection returns a copy of the policy's phivet: section, for the
// analyzer to decode with its own schema, or nil if there is none.
func (p *Policy) PhivetSection() *yaml.Node {
	if p.phivet == nil {
		return nil
	}
	return copyNode(p.phivet, map[*yaml.Node]*yaml.Node{})
}

// Hash returns the hex SHA-256 of the policy's canonical form, for run
// manifests: it changes when a setting changes, not when keys are
// reordered, comments or spacing edited, or a value spelled differently
// ("health-plan" for health_plan, 1048576 for 1MiB). It covers where the
// token key comes from, never the key.
func (p *Policy) Hash() string { return p.hash }

func (p *Policy) wrap(err error) error {
	if p.name == "" {
		return err
	}
	return fmt.Errorf("%s: %w", p.name, err)
}

// allCategories is every category, built from the list rather than
// detectors.AllCategories so that a category added there is never left out.
var allCategories = detectors.SetOf(detectors.Categories()...)
