package detectors

import (
	"fmt"
)

// A Category is one of the 18 identifiers of the HIPAA Safe Harbor method
// (45 CFR 164.514(b)(2)). Its String form ("ssn", "name", ...) is the one ID
// used in findings, policies and reports across phiguard.
type Category uint8

// The categories, in the order of the Safe Harbor list. ZIP codes are split
// from addresses because Safe Harbor treats them differently (the first three
// digits may be kept).
const (
	Name       Category = iota + 1 // names of the person, relatives, employers
	Address                        // street, city, county, precinct: anything below a state
	ZIP                            // ZIP codes
	Date                           // dates (not the year) tied to a person: birth, admission, discharge, death, service
	Age                            // ages over 89
	Phone                          // telephone numbers
	Fax                            // fax numbers
	Email                          // email addresses
	SSN                            // social security numbers
	MRN                            // medical record numbers
	HealthPlan                     // health plan beneficiary numbers: member IDs, Medicare MBI
	Account                        // account numbers: cards, bank accounts, IBAN
	License                        // certificate and license numbers: driver's licenses, DEA, NPI
	Vehicle                        // vehicle identifiers: VIN, plates
	Device                         // device identifiers and serials: IMEI, UDI, MAC
	URL                            // web URLs
	IP                             // IP addresses
	Biometric                      // biometric identifiers: fingerprint and voice templates
	Photo                          // full-face photographs and comparable images
	OtherID                        // any other unique identifying number, characteristic or code

	numCategories = OtherID // the number of categories; they are 1..numCategories
)

var categoryNames = [numCategories + 1]string{
	Name:       "name",
	Address:    "address",
	ZIP:        "zip",
	Date:       "date",
	Age:        "age",
	Phone:      "phone",
	Fax:        "fax",
	Email:      "email",
	SSN:        "ssn",
	MRN:        "mrn",
	HealthPlan: "health_plan",
	Account:    "account",
	License:    "license",
	Vehicle:    "vehicle",
	Device:     "device",
	URL:        "url",
	IP:         "ip",
	Biometric:  "biometric",
	Photo:      "photo",
	OtherID:    "other_id",
}

// Categories returns every category in Safe Harbor order.
func Categories() []Category {
	cs := make([]Category, 0, numCategories)
	for c := Name; c <= OtherID; c++ {
		cs = append(cs, c)
	}
	return cs
}

// String returns the category's canonical ID, such as "health_plan".
func (c Category) String() string {
	if c.Valid() {
		return categoryNames[c]
	}
	return fmt.Sprintf("Category(%d)", uint8(c))
}

// Valid reports whether c is one of the defined categories.
func (c Category) Valid() bool { return c >= Name && c <= OtherID }

// ParseCategory returns the category whose canonical ID is s. It also accepts
// the common spellings "health-plan", "healthplan", "other-id" and upper case.
func ParseCategory(s string) (Category, error) {
	k := NormalizeKey(s)
	for c := Name; c <= OtherID; c++ {
		if NormalizeKey(categoryNames[c]) == k {
			return c, nil
		}
	}
	return 0, fmt.Errorf("unknown category %q (want one of %s)", s, categoryList())
}

func categoryList() string {
	b := make([]byte, 0, 160)
	for c := Name; c <= OtherID; c++ {
		if c > Name {
			b = append(b, ", "...)
		}
		b = append(b, categoryNames[c]...)
	}
	return string(b)
}

// MarshalText encodes the category as its canonical ID.
func (c Category) MarshalText() ([]byte, error) {
	if !c.Valid() {
		return nil, fmt.Errorf("invalid category %d", uint8(c))
	}
	return []byte(categoryNames[c]), nil
}

// UnmarshalText decodes a canonical ID, as ParseCategory does.
func (c *Category) UnmarshalText(b []byte) error {
	v, err := ParseCategory(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// A CategorySet is a set of categories. The zero value is empty.
type CategorySet uint32

// AllCategories is the set of every category.
const AllCategories CategorySet = (1<<(numCategories+1) - 1) &^ 1

// SetOf returns the set holding cs.
func SetOf(cs ...Category) CategorySet {
	var s CategorySet
	for _, c := range cs {
		s = s.Add(c)
	}
	return s
}

// Has reports whether c is in s.
func (s CategorySet) Has(c Category) bool { return c.Valid() && s&(1<<c) != 0 }

// Add returns s with c added.
func (s CategorySet) Add(c Category) CategorySet {
	if !c.Valid() {
		return s
	}
	return s | 1<<c
}

// Remove returns s without c.
func (s CategorySet) Remove(c Category) CategorySet { return s &^ (1 << c) }

// A Confidence says how sure a detector is that a finding is PHI.
type Confidence uint8

// Confidence levels, in increasing order.
const (
	Low    Confidence = iota + 1 // shape only, or weak context
	Medium                       // shape with a validator, or a likely key
	High                         // validator and context, or an unambiguous key
)

var confidenceNames = [...]string{Low: "low", Medium: "medium", High: "high"}

// String returns "low", "medium" or "high".
func (c Confidence) String() string {
	if c >= Low && c <= High {
		return confidenceNames[c]
	}
	return fmt.Sprintf("Confidence(%d)", uint8(c))
}

// ParseConfidence parses "low", "medium" or "high".
func ParseConfidence(s string) (Confidence, error) {
	for c := Low; c <= High; c++ {
		if confidenceNames[c] == s {
			return c, nil
		}
	}
	return 0, fmt.Errorf("unknown confidence %q (want low, medium or high)", s)
}

// MarshalText encodes the confidence as "low", "medium" or "high".
func (c Confidence) MarshalText() ([]byte, error) {
	if c < Low || c > High {
		return nil, fmt.Errorf("invalid confidence %d", uint8(c))
	}
	return []byte(confidenceNames[c]), nil
}

// UnmarshalText decodes "low", "medium" or "high".
func (c *Confidence) UnmarshalText(b []byte) error {
	v, err := ParseConfidence(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
