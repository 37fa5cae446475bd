package analyzer

import (
	"fmt"
	"strings"
)

// FieldFact marks a struct field that holds PHI, so that packages
// importing the declaring package see directives and settings, not
// only tags.
type FieldFact struct {
	Category string
	Origin   string // "tag", "directive", "settings" or "name"
}

// AFact implements analysis.Fact.
func (*FieldFact) AFact() {}

func (f *FieldFact) String() string { return "phi(" + f.Category + ", " + f.Origin + ")" }

// TypeFact marks a type every value of which is PHI (//phi:sensitive).
type TypeFact struct {
	Category string
}

// AFact implements analysis.Fact.
func (*TypeFact) AFact() {}

func (f *TypeFact) String() string { return "phitype(" + f.Category + ")" }

// SourceRef is a source in a fact.
type SourceRef struct {
	Desc, Detail, Cat, Pkg, Obj string
	Struct                      bool
}

// ParamSink says parameter Param (the receiver of a method is 0)
// reaches Sink, a display name such as "slog.Info".
type ParamSink struct {
	Param int
	Sink  string
	Kind  sinkKind
}

// ResultFlow says what result i of a function carries: the parameters
// in the bit set Params (bit 63 stands for every later one) and the
// PHI source Source, if not nil.
type ResultFlow struct {
	Params uint64
	Source *SourceRef
}

// ParamEffect says that a call stores, at Path below what parameter
// Param points to, the parameters in the bit set Params and the PHI
// source Source: fill(&row, p) taints row.Value.
type ParamEffect struct {
	Param  int
	Path   string // "Field;" and "[];" steps
	Params uint64
	Source *SourceRef
}

// FuncFact is the summary of a function or method: which parameters
// reach a sink, what flows into each result, and what it stores through
// its pointer parameters. It lets phivet report helper(p.SSN) in
// package a when helper logs its argument in package b. A function
// marked //phi:sensitive has every result a Source.
type FuncFact struct {
	Sinks   []ParamSink
	Results []ResultFlow
	Effects []ParamEffect
}

// AFact implements analysis.Fact.
func (*FuncFact) AFact() {}

func (f *FuncFact) String() string {
	var parts []string
	for _, s := range f.Sinks {
		parts = append(parts, fmt.Sprintf("p%d->%s", s.Param, s.Sink))
	}
	for i, r := range f.Results {
		var in []string
		for b := 0; b < 64; b++ {
			if r.Params&(1<<b) != 0 {
				in = append(in, fmt.Sprintf("p%d", b))
			}
		}
		if r.Source != nil {
			in = append(in, r.Source.Desc)
		}
		if len(in) > 0 {
			parts = append(parts, fmt.Sprintf("r%d<-%s", i, strings.Join(in, "+")))
		}
	}
	for _, e := range f.Effects {
		var in []string
		for b := 0; b < 64; b++ {
			if e.Params&(1<<b) != 0 {
				in = append(in, fmt.Sprintf("p%d", b))
			}
		}
		if e.Source != nil {
			in = append(in, e.Source.Desc)
		}
		path := strings.ReplaceAll(strings.TrimSuffix(e.Path, ";"), ";", ".")
		if path != "" {
			path = "." + path
		}
		parts = append(parts, fmt.Sprintf("*p%d%s<-%s", e.Param, path, strings.Join(in, "+")))
	}
	return "summary(" + strings.Join(parts, "; ") + ")"
}

func (f *FuncFact) empty() bool {
	if len(f.Sinks) > 0 || len(f.Effects) > 0 {
		return false
	}
	for _, r := range f.Results {
		if r.Params != 0 || r.Source != nil {
			return false
		}
	}
	return true
}

func (f *FuncFact) equal(g *FuncFact) bool {
	if len(f.Sinks) != len(g.Sinks) || len(f.Results) != len(g.Results) || len(f.Effects) != len(g.Effects) {
		return false
	}
	for i := range f.Effects {
		a, b := f.Effects[i], g.Effects[i]
		if a.Param != b.Param || a.Path != b.Path || a.Params != b.Params || (a.Source == nil) != (b.Source == nil) || (a.Source != nil && *a.Source != *b.Source) {
			return false
		}
	}
	for i := range f.Sinks {
		if f.Sinks[i] != g.Sinks[i] {
			return false
		}
	}
	for i := range f.Results {
		a, b := f.Results[i], g.Results[i]
		if a.Params != b.Params || (a.Source == nil) != (b.Source == nil) || (a.Source != nil && *a.Source != *b.Source) {
			return false
		}
	}
	return true
}
