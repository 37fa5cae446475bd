package analyzer

import (
	"go/types"
	"strings"
)

// sinkKind is the family of a sink; it picks the remedy in messages.
type sinkKind uint8

const (
	kindLog     sinkKind = iota // a logger
	kindPrint                   // fmt to stdout, stderr or an HTTP response
	kindError                   // an error string or a panic
	kindTracker                 // an error tracker (Sentry)
	kindTest                    // testing.T logs
)

// sinkSpec describes a sink function: arguments from index from on
// (counting the receiver of a method as 0) must not carry PHI.
type sinkSpec struct {
	name string // display name, e.g. "slog.Info"
	kind sinkKind
	from int
	slog bool // a log/slog sink: subject to the slogphi setting
	// slogphi says this call's logger is visibly built on slogphi.
	slogphi bool
	// via is the called function whose summary says its parameter
	// reaches the sink, if any.
	via    *types.Func
	fprint bool // fmt.Fprint*: a sink only when writing to stdout, stderr or HTTP
}

// propKind says how a known library function moves taint.
type propKind uint8

const (
	propNone     propKind = iota
	propResult            // arguments (and receiver) taint the results
	propReceiver          // arguments taint the receiver's memory
	propFirstArg          // later arguments taint the first argument (fmt.Fprint*, json Encoder)
)

type funcKey struct {
	pkg, recv, name string
}

var (
	sinkTable = map[funcKey]sinkSpec{}
	propTable = map[funcKey]propKind{}
	// propPackages are packages whose every function passes its
	// arguments' taint to its results.
	propPackages = map[string]bool{
		"strings": true, "strconv": true, "bytes": true, "unicode/utf8": true, "unicode/utf16": true,
		"path": true, "path/filepath": true, "html": true, "net/url": true, "encoding/json": true,
		"encoding/base64": true, "encoding/hex": true, "encoding/base32": true, "encoding/csv": true,
		"encoding/xml": true, "slices": true, "maps": true, "text/template": false, "unicode": true,
		"go.uber.org/zap": true, "go.uber.org/zap/zapcore": true, "log/slog": true,
	}
)

func addSinks(pkg, recv string, kind sinkKind, from int, names ...string) {
	short := pkg[strings.LastIndexByte(pkg, '/')+1:]
	switch pkg {
	case "github.com/sirupsen/logrus":
		short = "logrus"
	case "github.com/getsentry/sentry-go":
		short = "sentry"
	case "github.com/rs/zerolog", "github.com/rs/zerolog/log":
		short = strings.Replace(pkg, "github.com/rs/", "", 1)
	case "github.com/pkg/errors":
		short = "errors"
	}
	for _, n := range names {
		disp := short + "." + n
		if recv != "" {
			disp = short + "." + recv + "." + n
		}
		if pkg == "github.com/rs/zerolog/log" {
			disp = "log." + n
		}
		sinkTable[funcKey{pkg, recv, n}] = sinkSpec{name: disp, kind: kind, from: from, slog: pkg == "log/slog", fprint: pkg == "fmt" && strings.HasPrefix(n, "Fprint")}
	}
}

func init() {
	levels := []string{"Print", "Printf", "Println", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"}
	addSinks("log", "", kindLog, 0, levels...)
	addSinks("log", "Logger", kindLog, 1, levels...)

	addSinks("log/slog", "", kindLog, 0, "Debug", "Info", "Warn", "Error", "With")
	addSinks("log/slog", "", kindLog, 1, "DebugContext", "InfoContext", "WarnContext", "ErrorContext")
	addSinks("log/slog", "", kindLog, 2, "Log", "LogAttrs")
	addSinks("log/slog", "Logger", kindLog, 1, "Debug", "Info", "Warn", "Error", "With")
	addSinks("log/slog", "Logger", kindLog, 2, "DebugContext", "InfoContext", "WarnContext", "ErrorContext")
	addSinks("log/slog", "Logger", kindLog, 3, "Log", "LogAttrs")
	addSinks("log/slog", "Record", kindLog, 1, "Add", "AddAttrs")

	addSinks("fmt", "", kindPrint, 0, "Print", "Printf", "Println")
	addSinks("fmt", "", kindPrint, 1, "Fprint", "Fprintf", "Fprintln")
	addSinks("fmt", "", kindError, 0, "Errorf")
	addSinks("errors", "", kindError, 0, "New")
	addSinks("github.com/pkg/errors", "", kindError, 0, "New", "Errorf")
	addSinks("github.com/pkg/errors", "", kindError, 1, "Wrap", "Wrapf", "WithMessage", "WithMessagef")
	addSinks("net/http", "", kindError, 1, "Error")

	zapLevels := []string{"Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal", "With", "WithLazy"}
	addSinks("go.uber.org/zap", "Logger", kindLog, 1, zapLevels...)
	addSinks("go.uber.org/zap", "Logger", kindLog, 2, "Log")
	var sugared []string
	for _, l := range []string{"Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal"} {
		sugared = append(sugared, l, l+"f", l+"w", l+"ln")
	}
	addSinks("go.uber.org/zap", "SugaredLogger", kindLog, 1, append(sugared, "With", "WithLazy")...)
	addSinks("go.uber.org/zap", "SugaredLogger", kindLog, 2, "Log", "Logf", "Logw", "Logln")

	logrus := []string{"WithField", "WithFields"}
	for _, l := range []string{"Trace", "Debug", "Info", "Print", "Warn", "Warning", "Error", "Fatal", "Panic"} {
		logrus = append(logrus, l, l+"f", l+"ln")
	}
	addSinks("github.com/sirupsen/logrus", "", kindLog, 0, logrus...)
	addSinks("github.com/sirupsen/logrus", "Logger", kindLog, 1, logrus...)
	addSinks("github.com/sirupsen/logrus", "Entry", kindLog, 1, logrus...)
	addSinks("github.com/sirupsen/logrus", "Logger", kindLog, 2, "Log", "Logf", "Logln")
	addSinks("github.com/sirupsen/logrus", "Entry", kindLog, 2, "Log", "Logf", "Logln")

	addSinks("github.com/rs/zerolog/log", "", kindLog, 0, "Print", "Printf")
	addSinks("github.com/rs/zerolog", "Logger", kindLog, 1, "Print", "Printf", "Println", "Write")

	sentry := []string{"CaptureMessage", "CaptureException", "CaptureEvent", "AddBreadcrumb"}
	addSinks("github.com/getsentry/sentry-go", "", kindTracker, 0, sentry...)
	addSinks("github.com/getsentry/sentry-go", "Hub", kindTracker, 1, sentry...)
	addSinks("github.com/getsentry/sentry-go", "Client", kindTracker, 1, "CaptureMessage", "CaptureException", "CaptureEvent")
	addSinks("github.com/getsentry/sentry-go", "Scope", kindTracker, 1, "SetTag", "SetTags", "SetExtra", "SetExtras",
		"SetContext", "SetContexts", "SetUser", "SetFingerprint", "AddBreadcrumb", "SetRequestBody", "AddEventProcessor")

	testing := []string{"Log", "Logf", "Error", "Errorf", "Fatal", "Fatalf", "Skip", "Skipf"}
	for _, r := range []string{"common", "T", "B", "F", "TB"} {
		addSinks("testing", r, kindTest, 1, testing...)
	}

	for _, n := range []string{"Sprint", "Sprintf", "Sprintln", "Append", "Appendf", "Appendln"} {
		propTable[funcKey{"fmt", "", n}] = propResult
	}
	for _, r := range []string{"Builder", "Buffer"} {
		pkg := map[string]string{"Builder": "strings", "Buffer": "bytes"}[r]
		for _, n := range []string{"Write", "WriteString", "WriteByte", "WriteRune", "ReadFrom"} {
			propTable[funcKey{pkg, r, n}] = propReceiver
		}
		for _, n := range []string{"String", "Bytes", "Next", "ReadString", "ReadBytes"} {
			propTable[funcKey{pkg, r, n}] = propResult
		}
	}
	for _, n := range []string{"Fprint", "Fprintf", "Fprintln"} {
		propTable[funcKey{"fmt", "", n}] = propFirstArg
	}
	propTable[funcKey{"encoding/json", "Encoder", "Encode"}] = propReceiver
	// A date of birth formatted is still one; its year alone is not
	// PHI under Safe Harbor, so Year is not listed.
	for _, n := range []string{"Format", "String", "AppendFormat", "MarshalText", "MarshalJSON", "Date", "Month", "Day", "YearDay", "GoString"} {
		propTable[funcKey{"time", "Time", n}] = propResult
	}
	propTable[funcKey{"errors", "", "Unwrap"}] = propResult
}

// lookupKey returns the key under which fn is found in the tables:
// its package path, receiver type name (without pointer) and name.
func lookupKey(fn *types.Func) funcKey {
	fn = fn.Origin()
	k := funcKey{pkg: objPkgPath(fn), name: fn.Name()}
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			k.recv = t.Obj().Name()
		case *types.Interface:
			// method of an interface literal: no name
		}
	}
	return k
}

// userSink returns the sink spec from settings for fn, if any.
func (c *checker) userSink(k funcKey) (sinkSpec, bool) {
	for _, s := range c.settings.Sinks {
		recv, name, ok := strings.Cut(s.Name, ".")
		if !ok {
			recv, name = "", s.Name
		}
		if s.Package == k.pkg && recv == k.recv && name == k.name {
			kind := kindLog
			switch s.Kind {
			case "error":
				kind = kindError
			case "tracker":
				kind = kindTracker
			}
			from := s.Arg
			if recv != "" {
				from++
			}
			short := k.pkg[strings.LastIndexByte(k.pkg, '/')+1:]
			return sinkSpec{name: short + "." + s.Name, kind: kind, from: from}, true
		}
	}
	return sinkSpec{}, false
}

// refMatches reports whether a settings function reference names k.
func refMatches(r FuncRef, k funcKey) bool {
	if r.Package != k.pkg {
		return false
	}
	recv, name, ok := strings.Cut(r.Name, ".")
	if !ok {
		return k.recv == "" && r.Name == k.name
	}
	return recv == k.recv && name == k.name
}

// sink returns the sink spec for a call to fn.
func (c *checker) sink(fn *types.Func) (sinkSpec, bool) {
	k := lookupKey(fn)
	if s, ok := c.userSink(k); ok {
		return s, true
	}
	s, ok := sinkTable[k]
	if !ok {
		if k.pkg == "github.com/rs/zerolog" && (k.recv == "Event" || k.recv == "Context") && fn.Signature().Params().Len() > 0 {
			return sinkSpec{name: "zerolog." + k.recv + "." + k.name, kind: kindLog, from: 1}, true
		}
		return sinkSpec{}, false
	}
	if s.kind == kindTest && !c.settings.Testing {
		return sinkSpec{}, false
	}
	return s, true
}

// sanitizer reports whether fn's results are never PHI.
func (c *checker) sanitizer(fn *types.Func) bool {
	k := lookupKey(fn)
	if k.pkg == redactPkg || k.pkg == slogphiPkg {
		return true
	}
	if k.pkg == phiPkg && k.name != "Reveal" {
		return true
	}
	for _, r := range c.settings.Sanitizers {
		if refMatches(r, k) {
			return true
		}
	}
	return false
}

// propagation returns how a library function without a summary moves
// taint from its arguments.
func propagation(fn *types.Func) propKind {
	k := lookupKey(fn)
	if p, ok := propTable[k]; ok {
		return p
	}
	if propPackages[k.pkg] {
		return propResult
	}
	return propNone
}
