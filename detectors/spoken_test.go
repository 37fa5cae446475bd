package detectors

import "testing"

// Transcripts write numbers and dates as words; they count where a
// keyword asked for one, and nowhere else.
func TestSpoken(t *testing.T) {
	sc := Default()
	check(t, sc, `and a good callback number [spk_1 CALLER] four oh four, four five three, eight four zero nine" conf=0.91`,
		want{"four oh four, four five three, eight four zero nine", Phone})
	check(t, sc, `caller: my social is five two one, four four, seven seven eight one`,
		want{"five two one, four four, seven seven eight one", SSN})
	check(t, sc, `we have one two three four five six seven eight nine ten items in the phone queue`)
	check(t, sc, `its fatima fitzgerald, um, date of birth february first nineteen fifty eight, I'm calling`,
		want{"fatima fitzgerald", Name}, want{"february first nineteen fifty eight", Date})
	check(t, sc, `Patient born May fourth, two thousand three and seen march twenty-first`,
		want{"May fourth, two thousand three", Date}, want{"march twenty-first", Date})
	check(t, sc, `admitted in march for a may review; dob on file`)
	check(t, sc, `can someone send my records. My number is 917 343 3636, bye. Hi, cb# 4088037793.`,
		want{"917 343 3636", Phone}, want{"4088037793", Phone})
	check(t, sc, `the number 5058410427 is a count`)
}

func TestSpokenYear(t *testing.T) {
	for in, want := range map[string]int{
		"nineteen fifty eight": 1958, "nineteen oh five": 1905, "two thousand three": 2003,
		"two thousand and twelve": 2012, "twenty twenty one": 2021, "nineteen ninety": 1990,
		"two hundred": 0, "fifty eight": 0,
	} {
		if got, _ := spokenYear([]byte(in), 0, len(in)); got != want {
			t.Errorf("spokenYear(%q) = %d, want %d", in, got, want)
		}
	}
}
