"""General English word lists shipped with qa (no NLTK data download needed).

Nothing here is specific to any corpus: stopwords, abbreviations, months,
number words, country demonyms and generic web boilerplate words.
"""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Classic English stopwords (close to NLTK's list), lower-case, apostrophes dropped.
STOPWORDS = _words("""
a about above after again against all am an and any are aren as at be because been
before being below between both but by can cannot could couldn did didn do does doesn
doing don down during each few for from further had hadn has hasn have haven having he
her here hers herself him himself his how i if in into is isn it its itself just ll
me more most mustn my myself no nor not now of off on once only or other ought our ours
ourselves out over own re s same shan she should shouldn so some such t than that the
their theirs them themselves then there these they this those through to too under until
up ve very was wasn we were weren what when where which while who whom why will with
would wouldn you your yours yourself yourselves d m o y also us whose must might shall
nd th
""")  # the last line: ordinal endings, a token apart from their number ("11th" -> 11, th); "st", "rd" are words too

# Auxiliary and modal verbs: after a number they make it a subject ("41 were injured"), in a phrase a clause.
DETERMINERS = _words("the a an this that these those his her its their our my your")

# Prepositions that are not in STOPWORDS (they carry meaning for search): "without leakage".
PREPOSITIONS = _words("""near along across against among amongst around behind beneath beside beyond inside outside
throughout toward towards under underneath via within without""")

AUXILIARIES = _words("is are was were be been being has have had do does did will would shall should can could may might must")

# Words that ask a question; they carry the answer type, not content.
QUESTION_WORDS = _words("who whom whose what which when where why how")
# Ordinal words in order: ORDINAL_WORDS[n - 1] is the nth.
ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                 "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()

# Abbreviations that end with a period but rarely end a sentence (Punkt parameters).
ABBREVIATIONS = _words("""
u.s u.k u.n e.u u.s.a mr mrs ms dr prof sr jr st mt ft gov sen rep gen col lt sgt capt
cmdr adm maj pres inc corp ltd co bros dept univ assn est approx vs etc e.g i.e cf al
no nos vol fig p pp ch sec jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues
wed thu thur thurs fri sat sun ave blvd rd hon rev fr messrs c ca b d fl r
""")

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")

NUMBER_WORDS = _words("""
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
ninety hundred hundreds thousand thousands million millions billion billions trillion
dozen dozens half quarter
""")

# Demonyms and adjectives mapped to the country or region they name.
DEMONYMS = {
    "afghan": "afghanistan", "african": "africa", "albanian": "albania", "algerian": "algeria", "asian": "asia",
    "american": "usa", "america": "usa", "angolan": "angola", "argentine": "argentina",
    "argentinian": "argentina", "armenian": "armenia", "australian": "australia",
    "austrian": "austria", "azerbaijani": "azerbaijan", "bangladeshi": "bangladesh",
    "belarusian": "belarus", "belgian": "belgium", "bolivian": "bolivia",
    "bosnian": "bosnia", "brazilian": "brazil", "british": "britain", "bulgarian": "bulgaria",
    "burmese": "myanmar", "cambodian": "cambodia", "cameroonian": "cameroon",
    "canadian": "canada", "chilean": "chile", "chinese": "china", "colombian": "colombia",
    "congolese": "congo", "croatian": "croatia", "cuban": "cuba", "cypriot": "cyprus",
    "czech": "czechia", "danish": "denmark", "dominican": "dominica", "dutch": "netherlands",
    "ecuadorian": "ecuador", "egyptian": "egypt", "english": "england", "eritrean": "eritrea",
    "estonian": "estonia", "ethiopian": "ethiopia", "european": "europe",
    "filipino": "philippines", "finnish": "finland", "french": "france",
    "georgian": "georgia", "german": "germany", "ghanaian": "ghana", "greek": "greece",
    "guatemalan": "guatemala", "haitian": "haiti", "honduran": "honduras",
    "hungarian": "hungary", "icelandic": "iceland", "indian": "india",
    "indonesian": "indonesia", "iranian": "iran", "iraqi": "iraq", "irish": "ireland",
    "israeli": "israel", "italian": "italy", "jamaican": "jamaica", "japanese": "japan",
    "jordanian": "jordan", "kazakh": "kazakhstan", "kenyan": "kenya", "korean": "korea",
    "kuwaiti": "kuwait", "latvian": "latvia", "lebanese": "lebanon", "libyan": "libya",
    "lithuanian": "lithuania", "malaysian": "malaysia", "malian": "mali",
    "mexican": "mexico", "moldovan": "moldova", "mongolian": "mongolia",
    "moroccan": "morocco", "nepalese": "nepal", "nicaraguan": "nicaragua",
    "nigerian": "nigeria", "norwegian": "norway", "pakistani": "pakistan",
    "palestinian": "palestine", "panamanian": "panama", "paraguayan": "paraguay",
    "peruvian": "peru", "polish": "poland", "portuguese": "portugal", "qatari": "qatar",
    "romanian": "romania", "russian": "russia", "rwandan": "rwanda", "saudi": "saudi",
    "scottish": "scotland", "senegalese": "senegal", "serbian": "serbia",
    "singaporean": "singapore", "slovak": "slovakia", "slovenian": "slovenia",
    "somali": "somalia", "spanish": "spain", "sudanese": "sudan", "swedish": "sweden",
    "swiss": "switzerland", "syrian": "syria", "taiwanese": "taiwan", "thai": "thailand",
    "tunisian": "tunisia", "turkish": "turkey", "ugandan": "uganda",
    "ukrainian": "ukraine", "uruguayan": "uruguay", "uzbek": "uzbekistan",
    "venezuelan": "venezuela", "vietnamese": "vietnam", "welsh": "wales",
    "yemeni": "yemen", "zambian": "zambia", "zimbabwean": "zimbabwe",
}

# Words that mark web-page furniture rather than article text.
BOILERPLATE = _words("""
advertisement advertise advertising sponsored subscribe subscription newsletter login
signin signup register cookie cookies privacy copyright rights reserved menu navigation
share tweet facebook whatsapp pinterest print email contact home sitemap terms faq
manufacturer manufacturers supplier suppliers wholesale wholesaler factory shop store
buy cart checkout price prices discount deal deals sale sales catalog catalogue products
product skip download app
""")

# Lines that only announce other stories.
TEASER_PREFIXES = (
    "more news", "related news", "related", "read more", "read also", "also read",
    "see also", "recommended", "you may also like", "more from", "more stories",
    "top stories", "latest news", "trending", "popular", "most read", "further reading",
)

# Phrases of server/template errors scraped as text.
ERROR_PHRASES = (
    "an error occurred", "error occurred while processing", "page not found",
    "404 not found", "not found on this server", "internal server error",
    "fatal error", "stack trace", "database error", "javascript is disabled",
    "enable javascript", "your browser does not support",
)

# Irregular English verb forms mapped to the base form (stemmers leave them apart).
IRREGULAR_VERBS = {
    form: base
    for base, forms in {
        "arise": "arose arisen", "awake": "awoke awoken", "be": "was were been", "bear": "bore borne born",
        "beat": "beaten", "become": "became", "begin": "began begun", "bend": "bent", "bet": "",
        "bind": "bound", "bite": "bit bitten", "bleed": "bled", "blow": "blew blown", "break": "broke broken",
        "breed": "bred", "bring": "brought", "build": "built", "burn": "burnt", "buy": "bought",
        "catch": "caught", "choose": "chose chosen", "come": "came", "cost": "", "creep": "crept",
        "deal": "dealt", "dig": "dug", "do": "did done", "draw": "drew drawn", "dream": "dreamt",
        "drink": "drank drunk", "drive": "drove driven", "eat": "ate eaten", "fall": "fell fallen",
        "feed": "fed", "feel": "felt", "fight": "fought", "find": "found", "flee": "fled", "fly": "flew flown",
        "forbid": "forbade forbidden", "forget": "forgot forgotten", "forgive": "forgave forgiven",
        "freeze": "froze frozen", "get": "got gotten", "give": "gave given", "go": "went gone",
        "grow": "grew grown", "hang": "hung", "have": "had has", "hear": "heard", "hide": "hid hidden",
        "hold": "held", "keep": "kept", "know": "knew known", "lay": "laid", "lead": "led", "lean": "leant",
        "leave": "left", "lend": "lent", "lie": "lay lain", "lose": "lost", "make": "made", "mean": "meant",
        "meet": "met", "overcome": "overcame", "overtake": "overtook overtaken", "pay": "paid",
        "ride": "rode ridden", "ring": "rang rung", "rise": "rose risen", "run": "ran", "say": "said says",
        "see": "saw seen", "seek": "sought", "sell": "sold", "send": "sent", "shake": "shook shaken",
        "shine": "shone", "shoot": "shot", "show": "shown", "shrink": "shrank shrunk", "sing": "sang sung",
        "sink": "sank sunk", "sit": "sat", "sleep": "slept", "slide": "slid", "speak": "spoke spoken",
        "spend": "spent", "spin": "spun", "spread": "", "stand": "stood", "steal": "stole stolen",
        "stick": "stuck", "sting": "stung", "strike": "struck stricken", "strive": "strove striven",
        "swear": "swore sworn", "sweep": "swept", "swim": "swam swum", "swing": "swung", "take": "took taken",
        "teach": "taught", "tear": "tore torn", "tell": "told", "think": "thought", "throw": "threw thrown",
        "undergo": "underwent undergone", "understand": "understood", "undertake": "undertook undertaken",
        "wake": "woke woken", "wear": "wore worn", "weave": "wove woven", "win": "won", "wind": "wound",
        "withdraw": "withdrew withdrawn", "withhold": "withheld", "write": "wrote written",
        "uphold": "upheld", "mislead": "misled", "oversee": "oversaw overseen", "foresee": "foresaw foreseen",
    }.items()
    for form in forms.split()
}

# Very common English words: a question word missing from the corpus matters less if it is one of these.
LIGHT_WORDS = _words("""
get give take make come go know think see want use find put keep let begin seem help show try call ask
need feel become leave mean talk turn start hear play run move like live believe hold bring happen write
provide sit stand pay include continue set learn change lead understand watch follow stop create read
allow add spend grow open walk offer remember consider appear wait serve send expect stay reach remain
suggest raise pass require report decide receive plan much many next last new old good great little own
other right high different small early young important few bad same able ever still really even back
well way thing time year day people part place case week point name kind lot number fact
""")

# Adjectives that judge or measure a thing rather than tell which one it is: "a terrible disease", "the old
# instrument", "a small ship" answer no "What disease/instrument/ship ...?".
EVALUATIVE = _words("""
good bad great poor fine nice best worst better worse new old young ancient modern recent late early big
small large little huge tiny vast long short tall high low wide narrow deep shallow heavy light fast
slow quick rapid hard soft strong weak simple complex complicated easy difficult effective efficient useful
important major minor main chief principal key famous popular common rare usual unusual strange odd
terrible awful wonderful beautiful ugly pretty lovely grand fair serious severe sudden gradual certain
particular special typical general various several single only whole entire full empty real true false
proper original similar different same other another own known unknown likely possible necessary
significant notable remarkable considerable enormous massive grey gray loud quiet noisy silent busy calm bright dark
hot cold warm cool wet dry clean dirty rich cheap expensive safe dangerous ideal perfect ambitious
controversial unpopular successful unsuccessful powerful influential wealthy prosperous
""")

# Sovereign states and common short forms, lower-case and accent-free.
COUNTRIES = frozenset(name.strip() for name in """
afghanistan, albania, algeria, andorra, angola, antigua and barbuda, argentina, armenia, australia,
austria, azerbaijan, bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan,
bolivia, bosnia and herzegovina, botswana, brazil, brunei, bulgaria, burkina faso, burundi, cambodia,
cameroon, canada, cape verde, central african republic, chad, chile, china, colombia, comoros, congo,
costa rica, croatia, cuba, cyprus, czechia, czech republic, denmark, djibouti, dominica,
dominican republic, ecuador, egypt, el salvador, equatorial guinea, eritrea, estonia, eswatini,
ethiopia, fiji, finland, france, gabon, gambia, georgia, germany, ghana, greece, grenada, guatemala,
guinea, guinea-bissau, guyana, haiti, honduras, hungary, iceland, india, indonesia, iran, iraq,
ireland, israel, italy, ivory coast, jamaica, japan, jordan, kazakhstan, kenya, kiribati, kosovo,
kuwait, kyrgyzstan, laos, latvia, lebanon, lesotho, liberia, libya, liechtenstein, lithuania,
luxembourg, madagascar, malawi, malaysia, maldives, mali, malta, marshall islands, mauritania,
mauritius, mexico, micronesia, moldova, monaco, mongolia, montenegro, morocco, mozambique, myanmar,
burma, namibia, nauru, nepal, netherlands, holland, new zealand, nicaragua, niger, nigeria,
north korea, north macedonia, norway, oman, pakistan, palau, palestine, panama, papua new guinea,
paraguay, peru, philippines, poland, portugal, qatar, romania, russia, rwanda, saint lucia, samoa,
san marino, saudi arabia, senegal, serbia, seychelles, sierra leone, singapore, slovakia, slovenia,
solomon islands, somalia, south africa, south korea, south sudan, spain, sri lanka, sudan, suriname,
sweden, switzerland, syria, taiwan, tajikistan, tanzania, thailand, timor-leste, togo, tonga,
trinidad and tobago, tunisia, turkey, turkiye, turkmenistan, tuvalu, uganda, ukraine,
united arab emirates, united kingdom, uk, britain, great britain, england, scotland, wales,
united states, united states of america, usa, us, u.s, america, uruguay, uzbekistan, vanuatu,
vatican, venezuela, vietnam, yemen, zambia, zimbabwe, korea
""".replace("\n", " ").split(","))

# Other names of one country (each also in COUNTRIES).
COUNTRY_ALIASES = {"holland": "netherlands", "britain": "uk", "burma": "myanmar"}

# Capitals used for their countries in news prose ("Washington said", "talks with Moscow").
CAPITALS = {
    "washington": "usa", "moscow": "russia", "beijing": "china", "london": "uk", "paris": "france",
    "berlin": "germany", "tokyo": "japan", "madrid": "spain", "rome": "italy", "ottawa": "canada",
    "mexico city": "mexico", "brasilia": "brazil", "buenos aires": "argentina", "caracas": "venezuela",
    "bogota": "colombia", "lima": "peru", "santiago": "chile", "quito": "ecuador", "la paz": "bolivia",
    "asuncion": "paraguay", "montevideo": "uruguay", "havana": "cuba", "managua": "nicaragua",
    "panama city": "panama", "kyiv": "ukraine", "kiev": "ukraine", "minsk": "belarus", "warsaw": "poland",
    "tehran": "iran", "baghdad": "iraq", "damascus": "syria", "ankara": "turkey", "cairo": "egypt",
    "riyadh": "saudi", "new delhi": "india", "delhi": "india", "islamabad": "pakistan", "kabul": "afghanistan",
    "seoul": "korea", "pyongyang": "north korea", "canberra": "australia", "pretoria": "south africa",
    "nairobi": "kenya", "abuja": "nigeria", "jerusalem": "israel", "brussels": "eu", "vienna": "austria",
    "stockholm": "sweden", "oslo": "norway", "copenhagen": "denmark", "helsinki": "finland", "athens": "greece",
    "lisbon": "portugal", "dublin": "ireland", "bern": "switzerland", "hanoi": "vietnam", "bangkok": "thailand",
    "jakarta": "indonesia", "manila": "philippines", "taipei": "taiwan",
}

# Nouns for people by role, occupation, rank or kinship: "which schoolteacher", "the head of ...".
# Nouns that also fit a country or a body ("partner", "winner", "member", "host") are left out.
# Compounds count through their last part ("schoolteacher" through "teacher").
PERSON_NOUNS = _words("""
person people man men woman women boy girl child children individual somebody someone adult citizen resident
inhabitant villager leader leaders head chief boss founder cofounder
president presidents vice premier chancellor minister ministers secretary ambassador envoy diplomat consul
delegate representative senator congressman congresswoman legislator lawmaker deputy councillor councilor
mayor governor commissioner official officials spokesman spokeswoman spokesperson politician statesman
candidate nominee incumbent challenger contender frontrunner opponent rival predecessor successor monarch king queen prince princess emperor empress tsar czar sultan emir shah
pharaoh duke duchess countess earl baron baroness lord lady knight noble nobleman noblewoman aristocrat
ruler regent viceroy dictator tyrant pope cardinal bishop archbishop priest pastor rabbi imam monk
nun saint prophet missionary admiral colonel captain commander lieutenant sergeant officer
soldier troops marshal commandant warrior veteran spy detective policeman policewoman sheriff judge
justice magistrate lawyer attorney prosecutor advocate barrister solicitor notary defendant plaintiff
witness suspect convict prisoner inmate victim hostage refugee migrant immigrant emigrant exile
doctor physician surgeon nurse dentist pharmacist midwife therapist psychiatrist veterinarian
teacher schoolteacher professor lecturer tutor instructor educator headmaster headmistress dean
rector student pupil scholar academic researcher scientist physicist chemist biologist zoologist botanist
geologist astronomer mathematician economist historian philosopher linguist anthropologist archaeologist
sociologist psychologist engineer architect inventor designer technician mechanic programmer
artist painter sculptor photographer composer musician singer pianist violinist guitarist drummer
dancer actor actress director producer writer author novelist poet playwright journalist
reporter editor correspondent columnist critic translator presenter
athlete player runner swimmer cyclist boxer wrestler footballer cricketer golfer
medallist medalist coach manager referee umpire jockey driver pilot sailor astronaut explorer
navigator traveller traveler settler colonist merchant
shopkeeper keeper banker entrepreneur industrialist businessman businesswoman proprietor landlord
tenant farmer peasant fisherman hunter shepherd miner worker labourer laborer employee servant
slave clerk cashier accountant auditor consultant analyst adviser advisor assistant aide
chairman chairwoman chairperson ceo executive administrator supervisor inspector
activist campaigner protester demonstrator rebel insurgent militant
terrorist guerrilla revolutionary reformer dissident
disciple apostle father mother parent son daughter
brother sister husband wife spouse widow widower uncle aunt nephew niece cousin grandfather grandmother
grandson granddaughter ancestor descendant
graduate alumnus alumna apprentice laureate

""")
TITLES = _words("""
mr mrs ms miss dr prof sir dame lord lady saint st king queen prince princess emperor empress pope
president vice prime minister premier chancellor secretary ambassador senator governor mayor general
admiral colonel captain commander lieutenant major sergeant judge justice bishop archbishop cardinal
rabbi imam father sister brother count countess duke duchess earl baron baroness sheikh emir sultan
chairman ceo director professor coach foreign interior defence defense finance deputy acting former
late then
""")


def is_person_noun(word: str) -> bool:
    """A noun for people ("teachers", "schoolteacher", "zoologist"), in any number."""
    w = word.lower()
    singular = {w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w,
                w[:-3] + "man" if w.endswith("men") else w}
    if singular & PERSON_NOUNS:
        return True
    if any(s.endswith(n) for n in _COMPOUND_HEADS for s in singular if len(s) > len(n)):
        return True
    return w.rstrip("s").endswith("ist") and len(w) > 5 and not w.rstrip("s").endswith(("sist", "xist", "twist", "list"))


# Agent nouns that head compounds ("school|teacher", "land|owner", "chair|woman").
# Left out: heads that end ordinary words ("f|actor", "screw|driver", "deter|miner", "type|writer").
_COMPOUND_HEADS = tuple(n for n in PERSON_NOUNS if len(n) >= 5 and n.endswith(("er", "or", "man", "person"))
                        and n not in ("minister", "actor", "driver", "miner", "writer", "conductor"))

# Opposites, as pairs of base forms (comparatives and superlatives are brought back to these: "larger" -> "large").
OPPOSITES = tuple(tuple(pair.split("/")) for pair in """
big/small large/small great/small long/short tall/short high/low heavy/light light/dark warm/cold hot/cold
early/late old/new old/young upper/lower inner/outer more/less most/least heavily/sparsely densely/sparsely
north/south east/west northern/southern eastern/western northward/southward eastward/westward
wide/narrow deep/shallow fast/slow rich/poor strong/weak major/minor maximum/minimum internal/external
upstream/downstream positive/negative best/worst good/bad wet/dry thick/thin male/female
ancient/modern rural/urban public/private domestic/foreign
king/queen full/empty
""".split())

# Events said with a phrase rather than the question's verb ("passed away" for "die"): verbs, then the phrase.
EVENT_PHRASES = (
    ("die", r"pass(?:es|ed|ing)? away"),
    ("resign retire", r"step(?:s|ped|ping)? down"),
    ("release publish appear", r"c[oa]mes? out|coming out"),
    ("found establish create form", r"set(?:s|ting)? up"),
    ("buy acquire", r"t(?:akes?|ook|aken|aking) over"),
    ("sink", r"(?:go|goes|went|gone|going) down"),
    ("swear inaugurate elect appoint", r"t(?:akes?|ook|aken|aking) office|sworn in"),
    ("end finish", r"(?:was|were) over|came to an end|last(?:s|ed|ing)?\s+(?:from\s+.{1,40}?\s+)?(?:to|until|till)"),
)
