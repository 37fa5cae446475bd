package detectors

// A Finding is one identifier found in a record. It says where and what, never
// the value: slice the scanned input with Start and End to get that.
type Finding struct {
	// Start and End are byte offsets into the scanned input; End is exclusive.
	Start, End int
	// Category is the Safe Harbor identifier.
	Category Category
	// Detector is the finer ID of what matched, such as "credit_card", "mbi"
	// or "key" for a value recognised by the key it sits under.
	Detector string
	// Confidence is how sure the detector is.
	Confidence Confidence
	// Field is the path of the value in a structured record, such as
	// "patient.name[0].family"; empty in free text.
	Field string
	// ByKey reports whether the key the value sits under was the evidence,
	// as opposed to the value's content in free text.
	ByKey bool
}

// Len returns the number of bytes the finding covers.
func (f Finding) Len() int { return f.End - f.Start }
