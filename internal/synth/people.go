package synth

import "strings"

// The name lists are hand-made for this package. They deliberately avoid the
// most frequent census names (so that an engine cannot pass by memorising a
// census top list), and mix apostrophes, Mc/Mac, particles, hyphens,
// multi-word given names, accented letters and names that are also common
// English words (May, Will, Rose, Hunter, Grant, Young...).

var givenNames = []string{
	// names that are also ordinary words
	"May", "Will", "Rose", "Hunter", "Grant", "Young", "Summer", "Dawn", "Faith", "Hope", "Joy",
	"Bill", "Mark", "Art", "Pat", "Sue", "Jack", "Frank", "Chase", "Lane", "Page", "River",
	"Autumn", "April", "June", "August", "Robin", "Iris", "Ivy", "Violet", "Ruby", "Pearl",
	"Crystal", "Amber", "Holly", "Penny", "Sandy", "Rusty", "Hazel", "Olive", "Grace", "Max",
	"Miles", "Reed", "Wade", "Clay", "Drew", "Gene", "Dale", "Guy", "Ray", "Sterling", "Royal",
	"Major", "Destiny", "Justice", "Harmony", "Sky", "Brook", "Forrest", "Glen", "Heath", "Sage",
	"Storm", "Bishop", "Cash", "Chance", "Dusty", "Ginger", "Misty", "Star", "Rock", "Bud",
	// multi-word and hyphenated given names
	"Mary Ellen", "Anna Sofia", "Billy Ray", "Jo Ann", "Lee Ann", "Bobbie Jo", "Juan Carlos",
	"María José", "Jean-Luc", "Anne-Marie", "Jean-Baptiste", "Mary-Kate", "Ji-woo", "Hye-jin",
	"Eun-ji", "Rose Marie", "Ella Mae", "John Paul", "Luz Maria",
	// assorted
	"Oluwaseun", "Chiamaka", "Adaeze", "Siobhan", "Aoife", "Niamh", "Bartholomew", "Thandiwe",
	"Xiomara", "Yusuf", "Zainab", "Priyanka", "Dmitri", "Ngozi", "Kiri", "Tane", "Ilse", "Björn",
	"José", "Zoë", "Søren", "Mónica", "Chloé", "François", "Renée", "Théo", "Leilani", "Keoni",
	"Anahí", "Itzel", "Yaretzi", "Mateo", "Santiago", "Ximena", "Farhan", "Anjali", "Rohan",
	"Kavya", "Arjun", "Mei", "Hiroshi", "Yuki", "Haruto", "Sora", "Minh", "Thanh", "Linh", "Bao",
	"Tariq", "Layla", "Omar", "Noor", "Kwame", "Ama", "Kofi", "Abena", "Emeka", "Tendai",
	"Sipho", "Oksana", "Bogdan", "Wojciech", "Agnieszka", "Katarzyna", "Eero", "Aino", "Saoirse",
	"Cian", "Eamon", "Dermot", "Ludmila", "Gunnar", "Astrid", "Ingrid", "Lars", "Anneliese",
	"Ottilie", "Cosima", "Leopold", "Evander", "Thaddeus", "Cornelius", "Ambrose", "Percival",
	"Ignatius", "Octavia", "Philippa", "Rosalind", "Winifred", "Mildred", "Eudora", "Beatrix",
	"Clementine", "Marisol", "Paloma", "Graciela", "Esperanza", "Rigoberto", "Evaristo",
	"Dagoberto", "Wilhelmina", "Jedediah", "Ezekiel", "Obadiah", "Zebulon", "Tobias", "Lucius",
	"Cassius", "Remy", "Lazlo", "Orion", "Caspian", "Atticus", "Ignacio", "Marguerite", "Delphine",
	"Odalys", "Yesenia", "Deshawn", "Tyrese", "Imani", "Zuri", "Jalen", "Darnell", "Marquis",
	"Tavon", "Nia", "Kenji", "Akosua", "Folasade", "Temitope", "Nnamdi", "Chidi", "Ifeoma",
	"Bronwyn", "Gwendolyn", "Rhiannon", "Tegan", "Lorcan", "Fiadh", "Ailbhe", "Declan",
	"Mirela", "Dragan", "Zoltan", "Ildikó", "Henrik", "Maren", "Sunniva", "Vidar", "Ulrike",
	"Rainer", "Wolfgang", "Benedikt", "Giacomo", "Ludovica", "Beatrice", "Rosaria", "Salvatore",
	"Concetta", "Gaetano", "Teodoro", "Araceli", "Maricela", "Fidel", "Eusebio", "Nayeli",
	"Tupac", "Dakota", "Cheyenne", "Winona", "Shoshana", "Yitzhak", "Mordecai", "Ephraim",
	"Avraham", "Devorah", "Rivka", "Tzipora", "Amara", "Kalani", "Makoa", "Noelani", "Lanakila",
}

// Middle names are single words taken from a separate short list.
var middleNames = []string{
	"Ann", "Lee", "Marie", "James", "Lynn", "Ray", "Elise", "Thomas", "Jo", "Grace", "Wren",
	"Alexander", "Beth", "Louise", "Edward", "Nicole", "Dean", "Kay", "Rae", "Everett", "Jude",
	"Mae", "Faye", "Quinn", "Blaise", "Imogen", "Ansel", "Otis", "Linnea", "Soledad",
}

var surnames = []string{
	// apostrophes, Mc/Mac, particles
	"O'Brien", "O'Connell", "O'Sullivan", "O'Toole", "O'Shaughnessy", "D'Souza", "D'Angelo",
	"D'Amico", "Dell'Acqua", "N'Diaye", "McAllister", "McGillicuddy", "MacLeod", "MacKenzie",
	"McCray", "McNamara", "Macaulay", "McKinnon", "McTavish", "MacDougall", "Van der Meer",
	"de la Cruz", "De La Rosa", "St. Clair", "Da Silva", "dos Santos", "Van Houten", "Le Blanc",
	"Al-Masri", "Ben-David", "Abu-Ghazaleh", "El-Amin", "van den Broek", "ter Horst", "Du Plessis",
	// hyphenated
	"Whitfield-Osei", "Lopez-Hunt", "Carter-Nkemelu", "Brooks-Adeyemi", "Harper-Lindqvist",
	"Chen-Whitaker", "Gutierrez-Mora", "Ruiz-Ortega", "Vasquez-Lopez", "Nguyen-Tran",
	"Park-Reyes", "Tran-Pham", "Okafor-Bell", "Sato-Grierson",
	// surnames that are ordinary words
	"Young", "Grant", "Hunter", "Rose", "King", "Price", "Long", "Rich", "Wise", "Bird", "Fox",
	"Stone", "Frost", "Snow", "Street", "Church", "Hall", "Bell", "Lane", "Moon", "Sparks",
	"Little", "Strong", "Cook", "Baker", "Mason", "Fisher", "Golden", "Banks", "Moody", "Noble",
	"Sharp", "Summers", "Winter", "Day", "Friday", "Guest", "Best", "Rivers", "Woods", "Brooks",
	"Gray", "Black", "White", "Small", "Love", "Temple", "Parish", "Wolf",
	// assorted
	"Abernathy", "Achterberg", "Adeyemi", "Agbaje", "Albrecht", "Amundsen", "Arceneaux",
	"Ashworth", "Bakshi", "Balogun", "Barrowman", "Beaumont", "Belcourt", "Bergqvist",
	"Blackwood", "Bonaventure", "Brightwater", "Castellanos", "Chaudhry", "Cienfuegos",
	"Dabrowski", "Delacroix", "Dimitriou", "Drummond", "Ebersole", "Eskildsen", "Falconer",
	"Fairweather", "Fonseca", "Galloway", "Gatlin", "Gonsalves", "Halvorsen", "Hargreaves",
	"Hollingsworth", "Ibarra", "Iwasaki", "Jankowski", "Jaramillo", "Kaczmarek", "Kapoor",
	"Kealoha", "Kowalczyk", "Lachance", "Lindqvist", "Lombardi", "Lundgren", "Macintyre",
	"Madsen", "Marchetti", "Montgomery", "Nakashima", "Nwachukwu", "Obi", "Oyelaran", "Pacheco",
	"Paredes", "Pemberton", "Quigley", "Quintanilla", "Rasmussen", "Ravenscroft", "Sandoval",
	"Satterfield", "Schoenberg", "Sikorski", "Takahashi", "Thornbury", "Underhill", "Valdivia",
	"Villanueva", "Wainwright", "Whitcombe", "Wojcik", "Yamamoto", "Yellowhorse", "Zielinski",
	"Zamora", "Okafor", "Okonkwo", "Haddad", "Khoury", "Mansour", "Nasser", "Farouk", "Rahimi",
	"Tehrani", "Sadeghi", "Banerjee", "Chatterjee", "Iyer", "Raghunathan", "Venkataraman",
	"Subramanian", "Phan", "Vo", "Dang", "Huynh", "Truong", "Lau", "Kwok", "Tsang", "Leung",
	"Chua", "Tanaka", "Watanabe", "Kobayashi", "Fujimoto", "Matsuda", "Seo", "Bae", "Jung",
	"Ahn", "Kuznetsov", "Volkov", "Sokolova", "Petrenko", "Shevchenko", "Horvath", "Novak",
	"Kovacs", "Dvorak", "Svoboda", "Eriksson", "Lindgren", "Sjöberg", "Haugen", "Solberg",
	"Virtanen", "Korhonen", "Mäkinen", "Brennan", "Donnelly", "Gallagher", "Kavanagh",
	"Moriarty", "Mulcahy", "Schäfer", "Weiß", "Köhler", "Böhm", "Núñez", "Peña", "Ibáñez",
	"Muñoz", "Cortés", "Achebe-Lowe", "Featherstonehaugh", "Threlkeld", "Quarshie", "Mensah",
	"Boateng", "Asante", "Owusu", "Tshabalala", "Dlamini", "Naidoo", "Pillay", "Govender",
	"Kahananui", "Kamakana", "Tsosie", "Begaye", "Yazzie", "Nez", "Etsitty", "Lightfoot",
	"Redcloud", "Runningwater", "Ostrowski", "Wiśniewski", "Lewandowska", "Hoang", "Ly",
}

// famousNames are real public people whose names could be assembled from
// the lists above; the generator re-draws such combinations and the tests
// check that none appears in a corpus.
var famousNames = []string{
	"Will Young", "Ruby Rose", "Amber Rose", "Jack Black", "Jack White", "Mark Strong",
	"Holly Hunter", "Jack Frost", "Sky Brown", "Grant Long", "Will Smith", "Taylor Swift",
	"Barack Obama", "Joe Biden", "Donald Trump", "Oprah Winfrey", "Tom Hanks", "Elon Musk",
	"Neil Young", "Grace Kelly", "Faith Hill", "Frank Ocean", "Dawn French", "Rose Byrne",
	"Hunter Biden", "Grant Hill", "Hope Solo", "Ray Charles", "Miles Davis", "Chase Rice",
	"Gene Kelly", "Jack London", "Frank Sinatra", "Pearl Bailey", "Iris Murdoch",
	"Bill Gates", "Mark Twain", "Max Payne", "Bud Light", "Rusty Wallace", "Grant Wood",
	"Ray Price", "Robin Young", "Amber Heard", "Summer Walker", "Crystal Gale", "Wade Boggs",
}

var famousSet = func() map[[2]string]bool {
	m := map[[2]string]bool{}
	for _, n := range famousNames {
		f, l, _ := strings.Cut(n, " ")
		m[[2]string{f, l}] = true
	}
	return m
}()

var titles = []string{"Mr.", "Mrs.", "Ms.", "Dr.", "Mx.", "Miss"}

var streetNames = []string{
	"Juniper Hollow", "Old Mill", "Tamarack", "Kestrel Ridge", "Bayberry", "Cottonwood",
	"Martin Luther King Jr", "Quail Run", "Larkspur", "Sassafras", "Wintergreen", "Ironwood",
	"Heron Bay", "Copper Kettle", "Foxglove", "Blue Spruce", "Saddlebrook", "Thistle",
	"Prairie Wind", "Buckeye", "Magnolia Bluff", "Hickory Nut", "Red Fox", "Sycamore Glen",
	"Wildflower", "Pinecrest", "Chickasaw", "Owl Creek", "Salt Marsh", "Tidewater", "Bramble",
	"Gristmill", "Sugar Maple", "Mockingbird", "Lantern", "Partridge", "Windmill", "Clover Hill",
	"Harbor View", "Whispering Pines", "Sandpiper", "Deer Path", "Elderberry", "Granite",
	"Orchard", "Stagecoach", "Canal", "Ferry", "Railroad", "Schoolhouse", "Meetinghouse",
	"Covered Bridge", "Chestnut", "Poplar", "Willow Bend", "Aspen", "Linden", "Alder", "Hemlock",
	"Cypress", "Mesquite", "Saguaro", "Ocotillo", "Palo Verde", "Bougainvillea", "Kamehameha",
	"Kalakaua", "El Camino", "Camino Real", "Via Verde", "Rue Royale", "Bayou", "Levee",
	"County Road 12", "Farm to Market 1960", "State Route 9", "Main", "Broadway", "Church",
	"3rd", "14th", "42nd", "101st", "1st", "Second", "Fifth", "Washington", "Lincoln",
}

var streetSuffixes = []string{
	"St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct",
	"Court", "Way", "Pl", "Place", "Ter", "Terrace", "Pkwy", "Cir", "Circle", "Hwy", "Trl",
	"Trail", "Loop", "Pike", "Row", "Sq", "Run", "Xing", "Pass", "Cove", "St.", "Ave.", "Rd.",
}

var directions = []string{"N", "S", "E", "W", "NE", "NW", "SE", "SW", "North", "South", "East", "West", "N.", "S."}

var cities = []string{
	"Maple Bluff", "Eastwick", "Port Alder", "New Hollis", "Cedar Rapids", "Wausau", "Bozeman",
	"Paducah", "Bangor", "Chillicothe", "Kalispell", "Hattiesburg", "Walla Walla", "Yakima",
	"Kokomo", "Muncie", "Ypsilanti", "Kenosha", "Sheboygan", "Dubuque", "Council Bluffs",
	"Mankato", "Bemidji", "Minot", "Rapid City", "Pocatello", "Twin Falls", "Elko", "Flagstaff",
	"Las Cruces", "Amarillo", "Lubbock", "Texarkana", "Natchitoches", "Thibodaux", "Opelousas",
	"Tupelo", "Dothan", "Valdosta", "Macon", "Spartanburg", "Florence", "Marion", "Eugene",
	"Austin", "Tyler", "Troy", "Charlotte", "Independence", "Paradise", "Friendship", "Commerce",
	"Normal", "Hope", "Liberty", "Harmony", "Providence", "Concord", "Salem", "Aurora",
	"Bristol", "Lebanon", "Athens", "Sparta", "Carthage", "Cairo", "Dublin", "Berlin",
	"Hilo", "Kahului", "Kailua-Kona", "Ketchikan", "Nome", "Sitka", "Saint Cloud", "St. Joseph",
	"Coeur d'Alene", "Port St. Lucie", "Winston-Salem", "Wilkes-Barre", "La Crosse", "Fond du Lac",
	"Española", "Cañon City", "Truth or Consequences", "Ocean Springs", "Bay St. Louis",
	"Glenwood Springs", "Stillwater", "Enid", "Muskogee", "Joplin", "Cape Girardeau",
	"Ashtabula", "Zanesville", "Altoona", "Scranton", "Poughkeepsie", "Ithaca", "Plattsburgh",
	"Burlington", "Montpelier", "Nashua", "Lewiston", "Presque Isle", "Pittsfield", "Hyannis",
}

var counties = []string{
	"Washtenaw County", "Cuyahoga County", "Maricopa County", "Yellowstone County",
	"Orleans Parish", "Kenai Peninsula Borough", "Fairfax County", "Champaign County",
	"Lancaster County", "Marin County", "Deschutes County", "Buncombe County",
}

var states = []string{
	"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
	"KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
	"NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
	"WI", "WY", "DC", "PR",
}

var stateNames = []string{
	"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
	"Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
	"Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
	"Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
	"New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
	"Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
	"Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
}

var monthAbbr = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var monthFull = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
var weekdays = []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}

// person is one synthetic individual. Values other than the name and birth
// date are drawn when a line needs them.
type person struct {
	first, middle, last string
	dob                 date
}

type date struct{ y, m, d, hh, mi, ss int }

func (g *gen) newPerson(p *person) {
	for {
		p.first = pick(g, givenNames)
		p.last = pick(g, surnames)
		if !famousSet[[2]string{p.first, p.last}] {
			break
		}
	}
	p.middle = pick(g, middleNames)
	p.dob = g.dateIn(1926, 2025)
}

var daysIn = [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func (g *gen) dateIn(y0, y1 int) date {
	d := date{y: g.rng(y0, y1), m: g.rng(1, 12)}
	n := daysIn[d.m]
	if d.m == 2 && d.y%4 == 0 && (d.y%100 != 0 || d.y%400 == 0) {
		n = 29
	}
	d.d = g.rng(1, n)
	d.hh, d.mi, d.ss = g.n(24), g.n(60), g.n(60)
	return d
}

// weekday returns 0=Monday for a Gregorian date (Sakamoto's method).
func (d date) weekday() int {
	t := [12]int{0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4}
	y := d.y
	if d.m < 3 {
		y--
	}
	w := (y + y/4 - y/100 + y/400 + t[d.m-1] + d.d) % 7 // 0 = Sunday
	return (w + 6) % 7
}
