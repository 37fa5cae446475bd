package phi_test

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/phiguard/phiguard/phi"
)

// Patient marks its PHI with the marker types: printing, logging or
// encoding a Patient shows masks.
type Patient struct {
	ID    string
	Name  phi.String
	DOB   phi.Value[time.Time]
	Phone phi.Value[string]
}

func Example() {
	p := Patient{
		ID:    "p-1001",
		Name:  "Jane Roe",
		DOB:   phi.New(phi.Date, time.Date(1950, 3, 4, 0, 0, 0, 0, time.UTC)),
		Phone: phi.New(phi.Phone, "617-555-0199"),
	}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	b, _ := json.Marshal(p)
	fmt.Println(string(b))

	// The one place the value is read, where phivet and reviewers see it.
	fmt.Println(p.DOB.Reveal().Year() < 1960)
	// Output:
	// {p-1001 [REDACTED] [REDACTED:date] [REDACTED:phone]}
	// {ID:p-1001 Name:[REDACTED] DOB:[REDACTED:date] Phone:[REDACTED:phone]}
	// {"ID":"p-1001","Name":"[REDACTED]","DOB":"[REDACTED:date]","Phone":"[REDACTED:phone]"}
	// true
}

func ExampleNew() {
	mrn := phi.New(phi.MRN, "MRN00123456")
	fmt.Println(mrn)
	fmt.Printf("%#v\n", mrn)
	slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime})).Info("admitted", "mrn", mrn)
	// Output:
	// [REDACTED:mrn]
	// phi.Value[string]("[REDACTED:mrn]")
	// level=INFO msg=admitted mrn=[REDACTED:mrn]
}

func ExampleString() {
	ssn := phi.String("123-45-6789")
	fmt.Println(ssn, fmt.Sprintf("%q %x %#v", ssn, ssn, ssn))
	fmt.Println(len(ssn.Reveal()))
	// Output:
	// [REDACTED] "[REDACTED]" [REDACTED] phi.String("[REDACTED]")
	// 11
}

// An opaque-reference error: the caller sees the public message and the
// reference; the log line carries the reference and the details, masked
// by any handler (and redacted by the policy through slogphi).
func ExampleNewError() {
	err := phi.NewError("patient not found", "mrn", "MRN00123456", "clinic", "north")

	// What an API returns (the reference is random; fixed here for the example).
	fmt.Println(strings.Replace(err.Error(), err.Ref(), "7f3a9c", 1))

	// What the server logs.
	logger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == "ref" {
				a.Value = slog.StringValue("7f3a9c")
			}
			return dropTime(groups, a)
		},
	}))
	logger.Error("lookup failed", "err", err)
	// Output:
	// patient not found (ref 7f3a9c)
	// {"level":"ERROR","msg":"lookup failed","err":{"msg":"patient not found","ref":"7f3a9c","mrn":"[REDACTED:mrn]","clinic":"[REDACTED]"}}
}

func ExampleErrorf() {
	err := phi.Errorf("no patient with SSN %s in clinic %d", "123-45-6789", 12)
	fmt.Println(err.Message())
	// Output:
	// no patient with SSN [REDACTED] in clinic [REDACTED]
}

func dropTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}
