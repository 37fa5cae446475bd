package detectors

import "testing"

// TestFixedWidthRecords reads records of padded fields without their
// layout: a surname's field up to a given name's, a city's up to its state
// and ZIP, the days beside them; not a report's headings, nor a code after
// a name already whole.
func TestFixedWidthRecords(t *testing.T) {
	sc := Default()
	check(t, sc, `D448U071201RED CLOUD           MARISOL        T19480517F1/4  PINE HOLLOW   DN`,
		want{"RED CLOUD", Name}, want{"MARISOL", Name}, want{"19480517", Date})
	check(t, sc, `DSLR02202364657516E5209009  OYELARAN            TEMITOPE                      06141979M5154678638879 ELM BLVD            UNIT 205  FORT WAYNE        IN46816520026055501091017202310172023`,
		want{"OYELARAN", Name}, want{"TEMITOPE", Name}, want{"06141979", Date}, want{"515467863", SSN}, want{"8879 ELM BLVD", Address},
		want{"FORT WAYNE", Address}, want{"468165200", ZIP})
	// A birth date with the next fields' zeros glued after it.
	check(t, sc, `D6Y55D48WV56 HOLLOWAY            CHASE          19600521000000000M53081BC+STD2024040199991231AY`,
		want{"HOLLOWAY", Name}, want{"CHASE", Name}, want{"19600521", Date})
	// A name whole in its field, a day beside it, the record's number before it.
	check(t, sc, `20662166    NG, EERO                 11272023  LOP  HARBOR LAW GROUP       7488.20  HOLD`,
		want{"20662166", MRN}, want{"NG, EERO", Name}, want{"11272023", Date})
	// A birth date, then the first other day after the name: the visit's.
	check(t, sc, `AUD01 C54687   MOODY, HARPREET               19870217 20240813 R  55  55   0  5 20  25  6`,
		want{"MOODY, HARPREET", Name}, want{"19870217", Date}, want{"20240813", Date})
	// The sex's letter, an SSN and a house number glued after a birth date.
	check(t, sc, `DACME0042E250782534EEMORRISON                 MARY-KATE      B19740610F629300033388 PINECREST AVE APT 4B      NEWARK              NJ07163    9733568005`,
		want{"EEMORRISON", Name}, want{"MARY-KATE", Name}, want{"19740610", Date}, want{"629300033", SSN},
		want{"388 PINECREST AVE APT 4B", Address}, want{"NEWARK", Address}, want{"07163", ZIP})
	// Headings, and codes after a name whole in its field.
	check(t, sc, `CONS_ID    NAME                       OLD ADDRESS        NEW ADDRESS       EFF_DATE`)
	check(t, sc, `  15:15  24MH00474  AL-RASHID, MOHAMMED           PCH   ADMIT   19520304`,
		want{"AL-RASHID, MOHAMMED", Name}, want{"19520304", Date})
	check(t, sc, `BATCH 20240311  TOTAL RECORDS      CLAIMS PAID       AMOUNT BILLED      0001073700`)
}
