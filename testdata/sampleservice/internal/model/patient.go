// Package model holds the service's records. Tags mark PHI fields.
package model

import "time"

// Patient is a patient record.
type Patient struct {
	ID    string    `json:"id"`
	MRN   string    `json:"mrn" phi:"mrn"`
	Name  string    `json:"name" phi:"name"`
	DOB   time.Time `json:"dob" phi:"date"`
	Email string    `json:"email" phi:"email"`
	Phone string    `json:"phone" phi:"phone,partial"`
	// Notes are free-text clinical notes.
	//phi:sensitive other_id
	Notes  string `json:"notes"`
	Clinic string `json:"clinic"`
}

// Appointment is a booked visit.
type Appointment struct {
	ID        string
	PatientID string
	At        time.Time `phi:"date"`
	Reason    string    `phi:"other_id"`
}
