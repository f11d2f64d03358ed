/**
 * Words around names that say what kind of name it is: titles before people, organisation,
 * event, facility and place head words, connectors inside names, capitalised words that are not
 * names, and acronyms that are common nouns. Shared by the rules and the tagger's features.
 */

/** Words that introduce a person: "CEO Jane Doe", "Vice Premier ...", "Mr ...". */
export const PERSON_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president',
  'ex-president', 'vice', 'premier', 'minister', 'secretary', 'senator', 'sen', 'rep', 'representative',
  'governor', 'gov', 'mayor', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'judge',
  'justice', 'general', 'gen', 'colonel', 'col', 'captain', 'capt', 'lieutenant', 'sergeant', 'officer',
  'ceo', 'cfo', 'cto', 'coo', 'chairman', 'chairwoman', 'chair', 'founder', 'co-founder', 'director',
  'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'executive', 'analyst', 'coach', 'manager',
  'ambassador', 'envoy', 'detective', 'inspector', 'sheriff', 'deputy', 'commissioner', 'leader',
  'head', 'boss', 'economist', 'professor', 'rev', 'father', 'bishop', 'cardinal', 'dean', 'actor',
  'actress', 'singer', 'star', 'player', 'striker', 'author', 'reporter', 'correspondent', 'former',
  'late', 'then-president', 'prime', 'attorney', 'speaker', 'constable', 'superintendent', 'trooper', 'corporal',
  'sgt', 'lt', 'cpl', 'maj', 'det', 'insp', 'supt', 'cmdr', 'adm', 'brig',
  // wink keeps an abbreviation's full stop in the token ("Gen." is one token, "gen." in lower case).
  ...['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'rev', 'sgt', 'lt', 'cpl', 'maj', 'det', 'insp', 'supt', 'cmdr', 'adm', 'brig'].map((t) => `${t}.`),
]);

/** Organisations news names by their kind when they act: "police arrested", "the Lindbian navy intercepted". */
export const FORCE_WORDS = new Set(['police', 'navy', 'army', 'military', 'coastguard', 'militia']);

export const ORG_WORDS = new Set([
  'inc', 'corp', 'corporation', 'co', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'group', 'holdings',
  'company', 'companies', 'association', 'council', 'ministry', 'department', 'agency', 'bureau',
  'university', 'college', 'school', 'institute', 'bank', 'commission', 'committee', 'party',
  'organisation', 'organization', 'federation', 'union', 'authority', 'court', 'parliament',
  'congress', 'senate', 'assembly', 'administration', 'office', 'foundation', 'fund', 'trust',
  'society', 'board', 'service', 'services', 'police', 'army', 'navy', 'force', 'forces', 'club',
  'team', 'airlines', 'airways', 'motors', 'technologies', 'technology', 'systems', 'labs',
  'laboratories', 'pharmaceuticals', 'press', 'times', 'post', 'news', 'network', 'media',
  'reuters', 'exchange', 'reserve', 'government', 'cabinet', 'alliance', 'coalition', 'league',
  'nations', 'hospital', 'church', 'centre', 'center', 'museum',
  'advisors', 'advisers', 'partners', 'associates', 'consultants', 'securities', 'investments',
]);

export const EVENT_WORDS = new Set([
  'expo', 'summit', 'conference', 'forum', 'olympics', 'games', 'war', 'election', 'elections',
  'cup', 'festival', 'championship', 'championships', 'fair', 'show', 'week', 'congress', 'tournament',
  'open', 'prix', 'marathon', 'revolution', 'crisis', 'earthquake', 'hurricane', 'storm', 'attack',
  'attacks', 'massacre', 'awards', 'oscars', 'convention', 'symposium', 'meeting', 'talks',
]);

export const FAC_WORDS = new Set([
  'airport', 'bridge', 'stadium', 'tower', 'building', 'hall', 'palace', 'house', 'station',
  'street', 'road', 'avenue', 'square', 'park', 'prison', 'base', 'port', 'highway', 'dam', 'plant', 'arena', 'tunnel',
]);

export const LOC_WORDS = new Set([
  'river', 'mountain', 'mountains', 'lake', 'sea', 'ocean', 'valley', 'island', 'islands', 'bay',
  'gulf', 'desert', 'coast', 'peninsula', 'strait', 'region', 'province', 'county', 'state', 'city',
]);

/** Connectors allowed inside a multi-word name when a capitalised word follows. */
export const CONNECTORS = new Set(['of', 'for', 'the', 'and', '&', 'de', 'du', 'la', 'von', 'van', 'der', 'on']);

/** Capitalised words that open sentences or headings but are not names. */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'this', 'that', 'these', 'those', 'it', 'he', 'she',
  'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'its', 'but', 'and', 'or', 'if', 'when',
  'while', 'as', 'after', 'before', 'since', 'despite', 'however', 'meanwhile', 'also', 'what',
  'why', 'how', 'who', 'where', 'which', 'there', 'here', 'today', 'yesterday', 'tomorrow', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr',
  'mrs', 'ms', 'dr', 'said', 'says', 'not', 'no', 'yes', 'one', 'some', 'all', 'many', 'more',
  'most', 'other', 'such', 'during', 'amid', 'with', 'from', 'to', 'by', 'about', 'into', 'over',
  'under', 'between', 'through', 'like', 'according', 'let', 'let\'s', 'imagine', 'think', 'only',
  'so', 'then', 'now', 'still', 'even', 'just', 'once', 'each', 'every', 'both', 'either', 'neither',
  'ceo', 'cfo', 'cto', 'chief', 'president', 'former', 'vice', 'premier', 'minister', 'founder',
  'ex-president', 'interestingly', 'additionally', 'furthermore', 'moreover', 'nonetheless',
]);

/** Acronyms that are common nouns in news, not names of anything. */
export const COMMON_ACRONYMS = new Set([
  'ai', 'ceo', 'cfo', 'cto', 'coo', 'gpu', 'gpus', 'cpu', 'cpus', 'gdp', 'ipo', 'tv', 'pc', 'pcs', 'usb',
  'dna', 'hiv', 'aids', 'covid', 'ok', 'am', 'pm', 'faq', 'pdf', 'url', 'id', 'it', 'vr', 'ar', 'ev', 'evs',
  'api', 'apis', 'llm', 'llms', 'r&d', 'esg', 'vip', 'diy', 'ps', 'tba', 'eta', 'asap', 'etc', 'dui', 'dwi', 'ptsd', 'mri', 'icu',
  // Time zones and table abbreviations: "at 1400 EDT", "NA" for not available.
  'gmt', 'utc', 'edt', 'est', 'cdt', 'cst', 'mdt', 'mst', 'pdt', 'pst', 'bst', 'cet', 'cest', 'n/a', 'na', 'isdn', 'cusip',
]);

/** Nouns that describe a person in news ("the driver", "the victim"), beside the titles. */
export const PERSON_NOUNS = new Set([
  'man', 'woman', 'boy', 'girl', 'person', 'driver', 'victim', 'suspect', 'gunman', 'shooter', 'attacker',
  'assailant', 'policeman', 'soldier', 'worker', 'employee', 'resident', 'passenger', 'pilot', 'climber',
  'hiker', 'student', 'teacher', 'doctor', 'surgeon', 'physician', 'nurse', 'patient', 'lawyer', 'host',
  'presenter', 'comedian', 'owner', 'official', 'candidate', 'mother', 'son', 'daughter', 'brother',
  'sister', 'wife', 'husband', 'grandmother', 'grandfather', 'uncle', 'aunt', 'friend', 'accountant',
  'receptionist', 'motorist', 'pedestrian', 'cyclist', 'witness', 'producer', 'writer', 'journalist',
  'rapper', 'musician', 'athlete', 'quarterback', 'receiver', 'goalkeeper', 'champion', 'winner', 'nominee',
  'emcee', 'performer', 'teenager', 'mountaineer', 'guide', 'veteran', 'rookie', 'chef', 'designer',
  'founder', 'inventor', 'engineer', 'scientist', 'researcher', 'investor', 'billionaire', 'entrepreneur',
]);

/**
 * Nouns for groups of people that news names by their kind, mostly in the plural and often
 * without a determiner ("pirates seized the ship", "protesters gathered").
 */
export const GROUP_NOUNS = new Set([
  'pirate', 'militant', 'rebel', 'protester', 'demonstrator', 'firefighter', 'rescuer', 'hostage',
  'kidnapper', 'robber', 'thief', 'burglar', 'hijacker', 'gunman', 'attacker', 'soldier', 'troop',
  'commando', 'fan', 'resident', 'passenger', 'worker', 'employee', 'student', 'climber', 'hiker',
  'victim', 'suspect', 'witness', 'survivor', 'villager', 'migrant', 'refugee', 'delegate', 'analyst',
  'trader', 'voter', 'lawmaker', 'diplomat',
]);

/** Vehicles a story turns on ("the vessel", "the car"): described, seldom named. */
export const VEHICLE_NOUNS = new Set([
  'vessel', 'ship', 'warship', 'boat', 'skiff', 'tanker', 'freighter', 'yacht', 'ferry', 'car', 'vehicle',
  'truck', 'van', 'bus', 'suv', 'motorcycle', 'plane', 'aircraft', 'airliner', 'jet', 'helicopter', 'train',
  'frigate', 'destroyer', 'corvette', 'cruiser', 'submarine',
]);

/** The prefixes navies put before their ships' names, written in capitals ("USS Cole"). */
export const SHIP_PREFIXES = new Set(['USS', 'HMS', 'INS', 'HMCS', 'HMAS', 'HMNZS', 'USNS', 'PNS', 'KRI']);

/** The last words of newspapers' and newsrooms' names: "China Daily", "the Financial Times". */
export const MEDIA_WORDS = new Set(['daily', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'newsroom', 'news', 'chronicle', 'observer', 'guardian', 'courier', 'inquirer']);
