package corpusgen

var firstNames = []string{
	"Anna", "Marek", "Sophie", "Lukas", "Elena", "Pierre", "Ingrid", "Tomas", "Katarzyna", "Jonas",
	"Maria", "Henrik", "Claire", "Matteo", "Agnieszka", "Erik", "Laura", "Pavel", "Sara", "Dimitri",
	"Johanna", "Andrei", "Camille", "Piotr", "Astrid", "Marco", "Ewa", "Nils", "Isabel", "Viktor",
	"Helena", "Stefan", "Julia", "Mikkel", "Lucia", "Janusz", "Birgit", "Antoine", "Olga", "Rasmus",
	"Chiara", "Tadeusz", "Margit", "Jakub", "Lena", "Bruno", "Zofia", "Kristian", "Amelie", "Gintaras",
	"Kadri", "Arturs", "Ilse", "Fernando", "Beatriz", "Rui", "Ioana", "Mihai", "Petra", "Ondrej",
	"Eszter", "Balazs", "Maja", "Goran", "Aino", "Juha", "Siobhan", "Declan", "Greta", "Emil",
	"Natalia", "Oleksandr", "Iryna", "Taras", "Charlotte", "James", "Emily", "Robert", "Hannah", "Daniel",
	"Rebecca", "Michael", "Sarah", "David", "Rachel", "Thomas", "Alice", "George", "Fiona", "Patrick",
	"Yuki", "Kenji", "Aylin", "Mehmet", "Noa", "Avi", "Ruth", "Samuel", "Ines", "Hugo",
	"Léa", "François", "Jürgen", "Søren", "Małgorzata", "Radosław", "Zoë", "Mátyás", "Jiří", "Agnès",
}

var lastNames = []string{
	"Kowalczyk", "Schneider", "Dubois", "Rossi", "Novak", "Lindqvist", "Jensen", "Horvat", "Popescu", "Nagy",
	"Fischer", "Moreau", "Bianchi", "Wiśniewski", "Andersen", "Kask", "Ozols", "Kazlauskas", "Svoboda", "Kovacs",
	"Papadopoulos", "Silva", "Garcia", "Murphy", "O'Brien", "Smith", "Taylor", "Brown", "Wilson", "Evans",
	"Thompson", "Walker", "Wright", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Clarke",
	"Müller", "Weber", "Wagner", "Becker", "Hoffmann", "Schulz", "Koch", "Richter", "Klein", "Wolf",
	"Lefebvre", "Leroy", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Mercier",
	"Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Costa",
	"Nowak", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski",
	"Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsen", "Hansen", "Pedersen", "Nielsen", "Virtanen",
	"Korhonen", "Mäkinen", "Tamm", "Saar", "Berzins", "Petrauskas", "Dvořák", "Černý", "Szabó", "Tóth",
	"Ionescu", "Dumitru", "Petrov", "Ivanova", "Georgiou", "Ferreira", "Santos", "Fernández", "López", "Martínez",
	"Shevchenko", "Bondarenko", "Kovalenko", "Tkachenko", "Kravchenko", "Yamamoto", "Tanaka", "Yilmaz", "Cohen", "Levi",
	"van Dijk", "de Vries", "Janssens", "Peeters", "Maes", "Byrne", "Kelly", "Walsh", "Gruber", "Huber",
	"Keller", "Meier", "Baumann", "Frei", "Brunner", "Berger", "Hofer", "Lang", "Pichler", "Steiner",
	"Morgan", "Reid", "Campbell", "Stewart", "Macdonald", "Fraser", "Sinclair", "Grant", "Ross", "Duncan",
}

var roles = []string{
	"Defence Minister", "Foreign Minister", "Prime Minister", "President", "Chancellor",
	"Deputy Prime Minister", "Defense Secretary", "Foreign Secretary", "Secretary General",
	"Spokesperson", "Ambassador", "Special Envoy", "Senator", "Chief of Staff", "National Security Adviser",
	"opposition leader", "Interior Minister", "Finance Minister", "Army Chief", "General",
}

type country struct{ name, adj, capital string }

var countries = []country{
	{"France", "French", "Paris"}, {"Germany", "German", "Berlin"}, {"Poland", "Polish", "Warsaw"},
	{"Italy", "Italian", "Rome"}, {"Spain", "Spanish", "Madrid"}, {"Britain", "British", "London"},
	{"the Netherlands", "Dutch", "The Hague"}, {"Belgium", "Belgian", "Brussels"}, {"Denmark", "Danish", "Copenhagen"},
	{"Sweden", "Swedish", "Stockholm"}, {"Norway", "Norwegian", "Oslo"}, {"Finland", "Finnish", "Helsinki"},
	{"Estonia", "Estonian", "Tallinn"}, {"Latvia", "Latvian", "Riga"}, {"Lithuania", "Lithuanian", "Vilnius"},
	{"Czechia", "Czech", "Prague"}, {"Slovakia", "Slovak", "Bratislava"}, {"Hungary", "Hungarian", "Budapest"},
	{"Romania", "Romanian", "Bucharest"}, {"Bulgaria", "Bulgarian", "Sofia"}, {"Greece", "Greek", "Athens"},
	{"Portugal", "Portuguese", "Lisbon"}, {"Canada", "Canadian", "Ottawa"}, {"Australia", "Australian", "Canberra"},
	{"Austria", "Austrian", "Vienna"}, {"Ireland", "Irish", "Dublin"}, {"Turkey", "Turkish", "Ankara"},
	{"the United States", "American", "Washington"}, {"Ukraine", "Ukrainian", "Kyiv"}, {"Russia", "Russian", "Moscow"},
}

var organisations = []string{
	"NATO", "the European Union", "the European Commission", "the United Nations", "the OSCE", "the G7",
	"European leaders", "Western allies", "the coalition of the willing", "the Baltic Defence Council",
	"the Nordic Security Forum", "the Atlantic Policy Institute", "the Green Party", "the Social Democrats",
	"the veterans' association", "the Peace Now movement",
}

var verbs = []string{
	"said", "stated", "noted", "warned", "insisted", "told reporters", "stressed", "declared",
	"argued", "added", "reiterated", "confirmed", "emphasised",
}

var troops = []string{
	"troops", "ground troops", "soldiers", "combat troops", "peacekeepers", "ground forces",
	"military personnel", "boots on the ground", "a reassurance force",
}

var deploys = []string{"send", "deploy", "station", "dispatch", "commit"}

var conditions = []string{
	"a ceasefire is agreed", "the United States provides a backstop", "parliament approves it",
	"a peace deal is signed", "the alliance asks for it", "Russia attacks again",
}

// stanceTemplates are, in order: supports, open, undecided, rules_out,
// opposes, and none (actors mentioned without a position).
var stanceTemplates = [][]string{
	{
		"{A} {V} that {C} is ready to {D} {T} to Ukraine.",
		"{A} {V} that {C} would {D} {T} if {X}.",
		"{A} {V} Europe must be prepared to {D} {T} to Ukraine.",
		"\"We are ready to {D} {T} to Ukraine,\" {A} {V}.",
		"{A} backed the plan to {D} {T} to Ukraine once {X}.",
	},
	{
		"{A} did not rule out sending {T} to Ukraine.",
		"{A} {V} that no option should be dismissed when it comes to {T} in Ukraine.",
		"Asked about {T}, {A} {V} that nothing is off the table.",
		"{A} {V} that sending {T} to Ukraine could not be excluded.",
		"{A} {V} the door remains open to {T} in Ukraine.",
	},
	{
		"{A} {V} that the question of sending {T} remains unsettled.",
		"{A} {V} that no decision has been taken yet on {T} for Ukraine.",
		"{A} {V} that it was too early to say whether {T} would go to Ukraine.",
		"{A} {V} the government was still weighing whether to {D} {T}.",
	},
	{
		"{A} {V} that {C} has no plans to send {T} to Ukraine.",
		"{A} {V} that {C} will not {D} {T} to Ukraine.",
		"\"We will not {D} {T},\" {A} {V}.",
		"{A} ruled out any deployment of {T} from {C}.",
		"{A} {V} there was no question of {T} from {C} going to Ukraine.",
	},
	{
		"{A} {V} that deploying {T} to Ukraine would be a red line.",
		"{A} {V} against sending Western {T} to Ukraine.",
		"{A} firmly rejected any deployment of foreign {T} in Ukraine.",
		"{A} {V} that {A} opposed sending {T} to Ukraine under any flag.",
		"{A} condemned the idea of {T} in Ukraine as reckless.",
	},
	{
		"{A} met counterparts in {P} to discuss the next aid package.",
		"{A} {V} that talks in {P} had been constructive.",
		"{A} arrived in {P} on Tuesday for a two-day visit.",
		"{A} {V} that energy prices remained the main concern of voters.",
	},
}

var neutral = []string{
	"{A} spoke after a meeting in {P}.",
	"{A} is expected to travel to {P} next week.",
	"{A} {V} that more air defence systems were needed.",
	"The remarks by {A} came a day after talks in {P}.",
}

var headlines = []string{
	"{C} weighs sending troops to Ukraine",
	"Allies split over boots on the ground",
	"Debate over peacekeepers for Ukraine intensifies",
	"{C} rules out ground deployment, for now",
	"Leaders meet in {P} on security guarantees",
	"What a reassurance force in Ukraine could look like",
	"Talks on a ceasefire stall as {C} hesitates",
	"Coalition of the willing gathers in {P}",
}

var fillers = []string{
	"The meeting in {P} lasted well into the evening, with officials from more than twenty countries attending.",
	"Diplomats said a final communique was still being negotiated late on Thursday.",
	"The debate comes as winter approaches and energy infrastructure remains under attack.",
	"Analysts pointed out that any mission would need a clear mandate and reliable air cover.",
	"Public opinion in {C} remains divided, according to a poll published this week.",
	"The finance ministers also discussed how to use frozen Russian assets to fund reconstruction.",
	"Several delegations asked for more time to consult their parliaments before committing to anything.",
	"Officials stressed that the discussions were at an early stage and that no timetable had been set.",
	"Markets reacted calmly, with European defence stocks edging slightly higher in afternoon trading.",
	"Air raid sirens sounded in several regions overnight, local authorities reported.",
	"The summit in {P} was the third such gathering this year.",
	"Questions remain about logistics, rotation schedules and the rules of engagement.",
	"Opposition parties in {C} demanded a parliamentary debate on the issue.",
	"The foreign ministers are due to meet again next month in {P}.",
	"Humanitarian groups urged leaders not to lose sight of the civilian toll of the war.",
	"A spokesperson for the presidency declined to give further details on the talks.",
	"Military planners have drawn up several options, according to people familiar with the discussions.",
	"Trade unions in {C} staged a protest over rising fuel costs on the same day.",
}

var sources = []string{"Reuters", "AFP", "Politico Europe", "Euronews", "The Guardian", "Le Monde", "Der Spiegel", "Kyiv Independent"}

var furnitureTop = []string{"Skip to content", "Advertisement", "Listen to this article"}
var furnitureMid = []string{"Read also:", "Related articles", "Read more"}
var furnitureEnd = []string{"0 Comments", "3 comments", "Share this article", "Subscribe now", "© 2025 All rights reserved"}
