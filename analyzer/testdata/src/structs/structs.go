// Package structs has whole structs with PHI fields reaching sinks, and
// types whose rendering methods keep them safe or leak.
package structs

import (
	"encoding/json"
	"fmt"
	"log/slog"
)

type Patient struct {
	ID      string
	Name    string `phi:"name"`
	Address Address
}

type Address struct {
	Street string `phi:"address"`
	City   string
}

// Safe renders itself without PHI.
type Safe struct {
	ID   string
	Name string `phi:"name"`
}

func (s Safe) LogValue() slog.Value { return slog.StringValue(s.ID) }

// Leaky renders its PHI.
type Leaky struct {
	ID   string
	Name string `phi:"name"`
}

func (l Leaky) String() string {
	return "leaky " + l.Name // want `PHI field Leaky.Name \(name\) reaches the result of Leaky.String; return a redacted rendering`
}

type Visit struct {
	Where Address
	When  string
}

func whole(p Patient, s Safe, l Leaky, v *Visit, ps []Patient) {
	slog.Info("p", "patient", p)                        // want `PHI struct Patient \(field Name: name\) reaches slog.Info in whole; log its non-PHI fields`
	slog.Info("p", "patient", &p)                       // want `PHI struct Patient`
	slog.Info("s", "safe", s)                           // fine
	slog.Info("l", "leaky", l)                          // fine here: reported in String
	slog.Info("v", "visit", v)                          // want `PHI struct Visit \(field Where: address\) reaches slog.Info`
	slog.Info("all", "patients", ps)                    // want `PHI struct Patient`
	slog.Info("id", "id", p.ID, "city", p.Address.City) // fine
	b, _ := json.Marshal(p)
	fmt.Println(string(b)) // want `PHI struct Patient \(field Name: name\) reaches fmt.Println`
}

func logOne(p Patient) {
	slog.Info("one", "p", p) // want `PHI struct Patient`
}

func callers(p Patient) {
	logOne(p) // reported once, inside logOne
}
