/*
Package analyzer defines phivet, a go/analysis analyzer that reports
protected health information (PHI) flowing into logs, error strings,
error trackers and standard output. Its command is cmd/phivet; a
golangci-lint module plugin is in analyzer/golangci.

# Analyzer phivet

phivet: report PHI reaching logs, error strings and trackers

phivet follows values from PHI sources to sinks within each function,
and across functions and packages through summaries exported as
analysis facts ("parameter 0 reaches slog.Info", "result 0 carries
field Patient.SSN"). It needs no whole-program call graph, so it runs
package by package under go vet and golangci-lint.

# Sources: what is PHI

  - struct fields tagged phi:"<category>[,<style>]", such as
    phi:"ssn,partial" (phi:"-" says a field is not PHI), in this package
    or an imported one;
  - types and fields whose declaration carries a //phi:sensitive
    [category] directive comment, and functions so marked (their
    results are PHI);
  - the phi package marker types phi.String and phi.Value[T]: printing
    them is safe, since they render redacted, but converting one to its
    underlying type or calling Reveal yields PHI;
  - a whole struct value printed when one of its fields is PHI and its
    type has no LogValue, String, Format, Error, MarshalJSON or
    MarshalText method of its own (such methods are checked instead: one
    returning PHI is reported where it returns it);
  - types, fields and functions listed in settings;
  - optionally (sources.names: true), fields, parameters and package
    variables whose names the detectors key classifier recognises, such
    as ssn, dob or patientName, and values looked up under such a
    constant key: m["ssn"], r.FormValue("dob"), q.Get("email").

# Sinks: where PHI must not go

  - log (package functions and *log.Logger), log/slog (package
    functions, *slog.Logger methods including With, attributes built with
    slog.String, slog.Any, slog.Group ...), go.uber.org/zap (fields and
    the sugared logger), github.com/rs/zerolog (every field method of an
    event or context, and Msg), github.com/sirupsen/logrus (WithField,
    WithFields and the level methods);
  - fmt.Print* always, fmt.Fprint* to os.Stdout, os.Stderr or an
    http.ResponseWriter, print and println;
  - error strings: errors.New, fmt.Errorf, github.com/pkg/errors, panic,
    http.Error, an error value whose Error method prints the field the
    PHI was stored in, and the String, Error, GoString and LogValue
    methods themselves;
  - github.com/getsentry/sentry-go capture functions, scope setters
    and breadcrumbs;
  - testing.T, B and F Log, Error, Fatal and Skip methods, when settings
    say testing: true;
  - functions and methods listed in settings.

An error string is reported once, where it is built, not again where
the error is later logged.

# Flow

Taint flows through assignments, conversions, string concatenation,
fmt.Sprint*, the strings, strconv, bytes, path, net/url and encoding
packages, strings.Builder and bytes.Buffer, slices, arrays, maps,
channels, pointers, struct literals, closures (captured variables and
calls), generic functions (summaries are indexed by the generic
origin) and the results and parameters of functions of any analysed
package. Reading a field that is not PHI from a struct that has PHI
fields is not a flow. Results of type struct or pointer to struct carry
no taint across calls: callers judge them by the tags of the fields
they read. Summaries also record what a function stores through its
pointer parameters (after fill(&row, p.SSN), row.Value is PHI), and a
closure's stores to captured variables reach the enclosing function.
Calls through interfaces and function values are not followed (list
interface methods under sinks to check them). Functions of unknown packages whose results are not
summarised are assumed not to return PHI.

Sanitizers: every function of github.com/phiguard/phiguard/redact
and of the phi package (phi.Errorf, the opaque-reference errors),
functions listed in settings, and log/slog sinks when settings say the
service logs through slogphi (see below).

# Messages and fixes

Each diagnostic names the PHI source and the sink, then the remedy:

	func (h *Handler) Create(p *Patient) error {
		slog.Info("created", "ssn", p.SSN)         // PHI field Patient.SSN (ssn) reaches slog.Info in Handler.Create; redact it (redact package or phi.String) or log a non-PHI reference
		audit.Record(p.SSN)                        // PHI field Patient.SSN (ssn) reaches log.Printf through audit.Record in Handler.Create; ...
		return fmt.Errorf("no patient %s", p.Name) // PHI field Patient.Name (name) reaches fmt.Errorf in Handler.Create; keep PHI out of error strings (phi.Errorf or an opaque reference)
	}

Diagnostic categories: log, print, error, tracker, test (a direct
sink), struct (a whole struct), call (through a called function's
summary), render (a String, Error or LogValue method returning PHI),
ignore (a bad suppression comment). Related information points at the
PHI declaration and, for call, at the function through which the PHI
reaches the sink. Where a string is
passed to an interface parameter, the one suggested fix wraps it in
phi.String, which prints redacted.

# Suppression

Diagnostics in generated files (with a "Code generated ... DO NOT
EDIT." comment) are not reported; the flows through their functions
still are, where the calling code is written by hand.

A //phivet:ignore <reason> comment on the line of a diagnostic, or on
the line above it or above the call holding it, suppresses it. The
reason is required; an ignore without one, or one that suppresses
nothing, is itself reported.

# Settings

Settings come from the -config file, or else from the nearest
phivet.yaml, phivet.yml, phiguard.yaml or phiguard.yml above the
package's directory (in phiguard.yaml, under a phivet: key). Under
golangci-lint they are the plugin's settings in .golangci.yml. Keys
are kebab-case and lists hold objects:

	sources:
	  types:                       # every value of these types is PHI
	    - {package: example.com/clinic/model, name: MRN, category: mrn}
	  fields:                      # as if tagged phi:"..."
	    - {package: example.com/clinic/model, type: Visit, field: Notes, category: other_id}
	  functions:                   # results are PHI
	    - {package: example.com/clinic/store, name: Store.LoadSSN, category: ssn}
	  names: false                 # name-based sources, off by default
	sanitizers:                    # results are not PHI
	  - {package: example.com/clinic/mask, name: Hide}
	sinks:                         # arguments from arg on must not be PHI
	  - {package: example.com/clinic/audit, name: Log.Write, arg: 0, kind: log}
	slogphi:
	  enabled: true                # every slog logger writes through slogphi.NewHandler
	  categories: [ssn, phone, fax, email, ip, url]
	testing: false                 # testing.T logs are sinks

With slogphi.enabled, log/slog sinks do not report whole structs with
tagged PHI fields (slogphi redacts tagged fields) nor sources of the
listed categories, which slogphi's detectors find in any message or
value; the default list is the categories found by pattern alone:
ssn, phone, fax, email, ip and url. Names, addresses, dates and the
rest are still reported at slog sinks, and other loggers are
unaffected.
The same holds without the setting for a *slog.Logger that the
function itself builds with slog.New on a slogphi handler (or derives
from one with With or WithGroup).

Categories: name address zip date age phone fax email ssn mrn
health_plan account license vehicle device url ip biometric photo
other_id.

# Baselines

-baseline FILE reads an earlier -json output (of phivet, or of
go vet -json with phivet as the vet tool) and reports only diagnostics
not in it. Diagnostics match by package and message, which names the
source, the sink and the enclosing function, not by line.

# The phivet command

	phivet [flags] packages...
	go vet -vettool=$(which phivet) [-phivet.config=/abs/phivet.yaml] [-phivet.baseline=/abs/file] packages...

Standalone, phivet loads the packages and their dependencies itself
and prints diagnostics as file:line:col: message, sorted by file and
position, paths relative to the working directory. Its flags:

	-config file    settings file (default: the nearest one above each package)
	-baseline file  report only diagnostics not in this earlier -json output
	-json           print go/analysis JSON instead of text
	-sarif file     also write a SARIF 2.1.0 log to file ("-" for standard output, instead of text)
	-fix            apply the suggested fixes
	-test           also check test files (default true)
	-tags list      build tags

Under go vet, the analyzer's flags take the phivet. prefix; go vet
runs the tool in each package's directory, so give absolute paths.

The -json output is the go/analysis form, one object for the run:

	type Output map[string]map[string][]Diagnostic // package ID -> "phivet" -> diagnostics

	type Diagnostic struct {
		Category       string    `json:"category,omitempty"` // log, print, error, tracker, test, struct, call, render, ignore
		Posn           string    `json:"posn"`               // file:line:col
		End            string    `json:"end"`
		Message        string    `json:"message"`
		SuggestedFixes []Fix     `json:"suggested_fixes,omitempty"`
		Related        []Related `json:"related,omitempty"` // the PHI declaration
	}

	type Fix struct {
		Message string `json:"message"`
		Edits   []struct {
			Filename string `json:"filename"`
			Start    int    `json:"start"` // byte offsets
			End      int    `json:"end"`
			New      string `json:"new"`
		} `json:"edits"`
	}

	type Related struct {
		Posn    string `json:"posn"`
		Message string `json:"message"`
	}

The SARIF log has one rule per category (phivet/log, phivet/error
...), results with relatedLocations at the PHI declaration, file URIs
relative to the working directory (uriBaseId %SRCROOT%), and a
partialFingerprints entry "phivet/v1" computed from the package and
message, like the baseline's matching.

# Exit codes

The phivet command exits 0 when there are no diagnostics, 1 when there
are diagnostics (in every output mode: text, -json and -sarif, so that
-json output can gate CI too), and 2 on a usage error, a bad settings
or baseline file, or a package that does not load or type-check.
Under go vet -vettool, go vet decides: it exits 1 when there are
diagnostics or errors, and 0 with -json.
*/
package analyzer
