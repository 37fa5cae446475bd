package detectors

import (
	"errors"
	"fmt"
	"net/netip"
	"path"
	"strings"
	"time"

	"github.com/dlclark/regexp2"
	ahocorasick "github.com/petar-dambovaliev/aho-corasick"
)

// Options configure a Scanner. A nil *Options, like the zero value, means the
// defaults: every category, every confidence, the built-in key rules, no
// allowlist and no custom detectors.
type Options struct {
	// Categories is the set of categories to report. Zero means all.
	Categories CategorySet

	// MinConfidence drops findings below it. Zero means Low: report all.
	MinConfidence Confidence

	// IncludeNonPublicIPs reports private, loopback, link-local, shared
	// (CGNAT) and documentation addresses too. By default they are not
	// personal: they name machines inside a network, not people.
	IncludeNonPublicIPs bool

	// IncludeProviders reports clinicians in their work (a name titled
	// "Dr." or signed with a credential, HL7's and X12's provider fields,
	// DICOM's physicians, a provider's object), National Provider
	// Identifiers and the addresses at care organisations' mail domains in
	// free text ("a.nwosu@tidewellhealth.com") too. By default they are
	// not the patient's PHI under
	// Safe Harbor; an organisation that treats its workforce's names as
	// sensitive sets this.
	IncludeProviders bool

	// Keys adds key rules, checked before the built-in ones.
	Keys []KeyRule

	// Allow lists values that are never reported.
	Allow Allowlist

	// Custom adds detectors defined by regular expressions.
	Custom []CustomPattern

	// MatchTimeout bounds each custom pattern match, so that a pattern with
	// catastrophic backtracking cannot hang a scan. Zero means 50ms.
	MatchTimeout time.Duration

	// MaxLineBytes is the longest record scanned whole. Longer input is
	// scanned in overlapping windows of this size by [Scanner.Scan]. Zero
	// means 1 MiB.
	MaxLineBytes int
}

// A KeyRule classifies the values under matching keys.
type KeyRule struct {
	// Key is matched against the normalised key (see NormalizeKey), so
	// "patientId", "patient_id" and "PATIENT-ID" are one rule "patient_id".
	// It may hold the wildcards of path.Match: "*_ssn", "x_*_name".
	Key string
	// Category of the values under the key. Zero with Ignore set means the
	// key is never PHI (its value is still scanned as text).
	Category Category
	// Confidence of findings by this rule. Zero means High.
	Confidence Confidence
	// Ignore marks a key whose values are never reported by key.
	Ignore bool
}

// An Allowlist lists values that are never reported, such as test patients
// or the hospital's own switchboard number.
type Allowlist struct {
	// Values are exact matched texts.
	Values []string
	// Patterns are regular expressions (regexp2 syntax) that must match the
	// whole matched text.
	Patterns []string
	// CIDRs are IP prefixes whose addresses are never reported.
	CIDRs []string
}

// A CustomPattern is a detector defined by a regular expression in the
// syntax of github.com/dlclark/regexp2 (Perl/.NET style, with lookaround).
type CustomPattern struct {
	// ID names the detector in findings, such as "acme_member_id".
	ID string
	// Category of what the pattern finds.
	Category Category
	// Pattern is the expression. If it has a group named "value", only
	// that group is reported.
	Pattern string
	// Keywords, when set, restrict the pattern to records that contain one
	// of them (case-insensitive): the pattern runs only where it can matter.
	Keywords []string
	// Confidence of the findings. Zero means Medium.
	Confidence Confidence
}

const (
	defaultMatchTimeout = 50 * time.Millisecond
	defaultMaxLineBytes = 1 << 20
)

// compiled is the validated form of Options.
type compiled struct {
	cats         CategorySet
	minConf      Confidence
	nonPublicIPs bool
	providers    bool
	keyRules     []KeyRule
	allowValues  map[string]bool
	allowREs     []*regexp2.Regexp
	allowCIDRs   []netip.Prefix
	custom       []customDetector
	maxLine      int
	// keywords finds every custom detector's keywords in one pass;
	// keywordOwner[i] is the detector of pattern i.
	keywords     *ahocorasick.AhoCorasick
	keywordOwner []int
}

type customDetector struct {
	id       string
	cat      Category
	conf     Confidence
	re       *regexp2.Regexp
	keywords [][]byte // lower case
	group    int      // index of the "value" group, or 0
}

// compile validates opts. Errors name the field and entry that is wrong.
func compile(opts *Options) (*compiled, error) {
	c := &compiled{cats: AllCategories, minConf: Low, maxLine: defaultMaxLineBytes}
	if opts == nil {
		return c, nil
	}
	var errs []error
	if opts.Categories != 0 {
		c.cats = opts.Categories & AllCategories
	}
	if opts.MinConfidence != 0 {
		if opts.MinConfidence > High {
			errs = append(errs, fmt.Errorf("min confidence: invalid value %d", opts.MinConfidence))
		}
		c.minConf = opts.MinConfidence
	}
	c.nonPublicIPs = opts.IncludeNonPublicIPs
	c.providers = opts.IncludeProviders
	if opts.MaxLineBytes < 0 {
		errs = append(errs, fmt.Errorf("max line bytes: %d is negative", opts.MaxLineBytes))
	} else if opts.MaxLineBytes > 0 {
		c.maxLine = max(opts.MaxLineBytes, 4096)
	}
	timeout := opts.MatchTimeout
	if timeout <= 0 {
		timeout = defaultMatchTimeout
	}
	for i, r := range opts.Keys {
		k := normalizeKeyPattern(r.Key)
		if k == "" {
			errs = append(errs, fmt.Errorf("keys[%d]: empty key", i))
			continue
		}
		if _, err := path.Match(k, ""); err != nil {
			errs = append(errs, fmt.Errorf("keys[%d] %q: bad wildcard pattern", i, r.Key))
			continue
		}
		if !r.Ignore && !r.Category.Valid() {
			errs = append(errs, fmt.Errorf("keys[%d] %q: no category (set one, or ignore)", i, r.Key))
			continue
		}
		r.Key = k
		if r.Confidence == 0 {
			r.Confidence = High
		}
		c.keyRules = append(c.keyRules, r)
	}
	if c.providers {
		// NPIs by key, after the policy's own rules.
		for _, k := range [...]string{"npi", "*_npi", "npi_*", "*_npi_*"} {
			c.keyRules = append(c.keyRules, KeyRule{Key: k, Category: License, Confidence: Medium})
		}
		for _, k := range [...]string{"00080090", "00081050", "00081060", "00081070", "00321032"} {
			c.keyRules = append(c.keyRules, KeyRule{Key: k, Category: Name, Confidence: High}) // DICOM's physicians, by tag
		}
	}
	for _, v := range opts.Allow.Values {
		if c.allowValues == nil {
			c.allowValues = make(map[string]bool)
		}
		c.allowValues[v] = true
	}
	for i, p := range opts.Allow.Patterns {
		re, err := regexp2.Compile(`\A(?:`+p+`)\z`, regexp2.None)
		if err != nil {
			errs = append(errs, fmt.Errorf("allow.patterns[%d]: %v", i, err))
			continue
		}
		re.MatchTimeout = timeout
		c.allowREs = append(c.allowREs, re)
	}
	for i, s := range opts.Allow.CIDRs {
		p, err := netip.ParsePrefix(strings.TrimSpace(s))
		if err != nil {
			if a, aerr := netip.ParseAddr(strings.TrimSpace(s)); aerr == nil {
				p = netip.PrefixFrom(a, a.BitLen())
			} else {
				errs = append(errs, fmt.Errorf("allow.cidrs[%d] %q: not a CIDR prefix or address", i, s))
				continue
			}
		}
		c.allowCIDRs = append(c.allowCIDRs, p.Masked())
	}
	for i, cp := range opts.Custom {
		where := fmt.Sprintf("custom[%d]", i)
		if cp.ID != "" {
			where += " " + cp.ID
		}
		if cp.ID == "" {
			errs = append(errs, fmt.Errorf("%s: missing id", where))
		}
		if !cp.Category.Valid() {
			errs = append(errs, fmt.Errorf("%s: missing or unknown category", where))
		}
		re, err := regexp2.Compile(cp.Pattern, regexp2.None)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: pattern does not compile: %v", where, err))
			continue
		}
		if cp.Pattern == "" {
			errs = append(errs, fmt.Errorf("%s: empty pattern", where))
			continue
		}
		re.MatchTimeout = timeout
		d := customDetector{id: cp.ID, cat: cp.Category, conf: cp.Confidence, re: re}
		if d.conf == 0 {
			d.conf = Medium
		}
		d.group = re.GroupNumberFromName("value")
		if d.group < 0 {
			d.group = 0
		}
		for _, kw := range cp.Keywords {
			if kw = strings.TrimSpace(kw); kw != "" {
				d.keywords = append(d.keywords, []byte(strings.ToLower(kw)))
			}
		}
		c.custom = append(c.custom, d)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	var pats []string
	for i, d := range c.custom {
		for _, kw := range d.keywords {
			pats = append(pats, string(kw))
			c.keywordOwner = append(c.keywordOwner, i)
		}
	}
	if len(pats) > 0 {
		b := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{AsciiCaseInsensitive: true, MatchKind: ahocorasick.StandardMatch, DFA: true})
		ac := b.Build(pats)
		c.keywords = &ac
	}
	return c, nil
}
