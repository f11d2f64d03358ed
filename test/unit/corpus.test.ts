/** The corpus stages on articles written for the test: linking, event clustering, comparison. */
import * as assert from 'assert';
import { Analyzer } from '../../src/core/analyzer';

function analyze(docs: Record<string, string>) {
  return new Analyzer({ referenceDate: '2024-06-12' }).analyze(Object.entries(docs).map(([id, text]) => ({ id, text })));
}

describe('corpus stages', () => {
  it('links a surname to the one full name, and spellings of a country', () => {
    const r = analyze({
      'a.txt': 'Finance Minister Maria Okafor arrived in the U.S. on Monday.',
      'b.txt': 'Okafor told reporters the US talks went well.',
    });
    const person = r.entities.find((e) => e.name === 'Maria Okafor');
    assert.ok(person, JSON.stringify(r.entities.map((e) => e.name)));
    assert.strictEqual(person.type, 'PERSON');
    assert.deepStrictEqual([...new Set(person.mentions.map((m) => m.doc))], ['a.txt', 'b.txt']);
    const us = r.entities.filter((e) => e.type === 'GPE' && e.aliases.some((a) => /^U\.?S\.?$/.test(a)));
    assert.strictEqual(us.length, 1);
    assert.strictEqual(us[0].name, 'United States');
  });

  it('reports a product an organisation owns, and nationalities only as groups', () => {
    const r = analyze({
      'a.txt': 'Analysts compared Lumora Labs and its rival Brisco Systems. Brisco Systems\'s Falcon impressed Chinese buyers.',
      'b.txt': 'Americans bought more Falcon units, and Chinese firms followed.',
    });
    const falcon = r.entities.find((e) => e.name === 'Falcon');
    assert.strictEqual(falcon?.type, 'PRODUCT', JSON.stringify(r.entities.map((e) => [e.name, e.type])));
    assert.ok(!r.entities.some((e) => e.name === 'Chinese'), 'an adjective only: no entity');
    assert.ok(r.entities.some((e) => e.name === 'Americans' && e.type === 'NORP'), 'a group is one');
  });

  it('never merges two people who share a surname', () => {
    const r = analyze({
      'a.txt': 'Anna Lindqvist and Erik Lindqvist both spoke at the meeting.',
      'b.txt': 'Lindqvist said the plan was sound.',
    });
    const lone = r.entities.find((e) => e.aliases.includes('Lindqvist') && !e.aliases.some((a) => a.includes(' ')));
    assert.ok(lone, 'the lone surname stays its own entity');
  });

  it('adds pronouns and descriptions to the person they refer to, across articles', () => {
    const r = analyze({
      'a.txt': 'The club fired coach Ann Berg on Monday. She had led the team for two years.',
      'd.txt': 'Fans cheered Ann Berg, who waved.',
      'b.txt': 'Fans were surprised. The coach was popular, and the decision angered them.',
      'c.txt': 'The club signed defender Tom Ash and defender Leo Varga. The defender said nothing.',
    });
    const berg = r.entities.find((e) => e.name === 'Ann Berg');
    assert.ok(berg, JSON.stringify(r.entities.map((e) => e.name)));
    const refs = berg.mentions.filter((m) => m.reference).map((m) => `${m.doc}:${m.text}:${m.reference}`);
    assert.deepStrictEqual(refs, ['a.txt:She:pronoun', 'b.txt:coach:description', 'd.txt:who:pronoun']);
    // Two defenders: "the defender" could be either, so it is left unresolved.
    const defenders = r.entities.filter((e) => e.name === 'Tom Ash' || e.name === 'Leo Varga');
    assert.strictEqual(defenders.length, 2);
    for (const d of defenders) assert.ok(!d.mentions.some((m) => m.reference), d.name);
  });

  it('gives a pronoun to the nearest person of its sex, and "the woman" to the one woman', () => {
    const r = analyze({
      'a.txt': 'Dana Voss was struck by a van on Monday. She died at the scene. Police said Karl Brandt stopped his van nearby.',
      'b.txt': 'Karl Brandt was arrested. Dana Voss and Karl Brandt had never met, and he said he was sorry.',
      'c.txt': 'The woman was 34, police said.',
    });
    const voss = r.entities.find((e) => e.name === 'Dana Voss')!;
    const brandt = r.entities.find((e) => e.name === 'Karl Brandt')!;
    const refs = (e: typeof voss) => e.mentions.filter((m) => m.reference).map((m) => `${m.doc}:${m.text}`);
    assert.deepStrictEqual(refs(voss), ['a.txt:She', 'c.txt:woman']);
    assert.deepStrictEqual(refs(brandt), ['a.txt:his', 'b.txt:he', 'b.txt:he']);
  });

  it('reports the participants no article names, said in three articles, as unnamed entities', () => {
    const r = analyze({
      'a.txt': 'Armed pirates seized a tanker off Ostra on Monday. The Danish navy said the vessel was freed, and the driver of a truck was hurt, police said.',
      'b.txt': 'The navy chased the pirates for hours before the vessel was freed. Police said the driver, who was hurt, was recovering. Cops left at noon.\nInjured Truck Driver Thanks Brave Rescuers',
      'c.txt': 'Analysts said the company would lose money. The company declined to comment. The pirates, the navy said, had two boats; the vessel is in port and the driver at home, police said.',
      'd.txt': 'An analyst at Acme said shipping costs would rise. The company has two ships. Investors sold. The owner of the tanker said nothing.',
      'e.txt': 'Investors were calm. The owner of the shipping line spoke. Investors bought.',
      'f.txt': 'Investors waited, and the owner of a shop was robbed.',
    });
    const unnamed = r.entities.filter((e) => e.unnamed).map((e) => `${e.name}:${e.type}:${e.mentions.map((m) => `${m.doc}/${m.text}`).join(',')}`).sort();
    assert.deepStrictEqual(unnamed, [
      'Danish navy:ORG:a.txt/navy,b.txt/navy,c.txt/navy',
      'pirates:NORP:a.txt/pirates,b.txt/pirates,c.txt/pirates',
      'police:ORG:a.txt/police,b.txt/Police,b.txt/Cops,c.txt/police',
      'the driver:PERSON:a.txt/driver,b.txt/driver,b.txt/who,b.txt/Driver,c.txt/driver',
      'the vessel:PRODUCT:a.txt/vessel,b.txt/vessel,c.txt/vessel',
    ]);
    // Each mention is a description, never painted as a name; the speakers, the public
    // ("investors", "the owner") and "the company" are no participants.
    for (const e of r.entities.filter((x) => x.unnamed)) assert.ok(e.mentions.every((m) => m.reference === 'description'), e.name);
    assert.ok(!r.entities.some((e) => /analyst|company|investor|owner/i.test(e.name)), JSON.stringify(r.entities.map((e) => e.name)));
  });

  it('reads a person\'s sex from a first name only men or only women bear, for "he" and "she"', () => {
    const r = analyze({ 'a.txt': 'Talks in Lindby\nOn Monday, Sarah Lund met Karl Brandt. She said the talks went well.' });
    const refs = (name: string) => r.entities.find((e) => e.name === name)?.mentions.filter((m) => m.reference === 'pronoun').map((m) => m.text);
    assert.deepStrictEqual(refs('Sarah Lund'), ['She']);
    assert.deepStrictEqual(refs('Karl Brandt'), []);
  });

  it('gives a pronoun to the subject of its sentence before a nearer person', () => {
    const r = analyze({ 'a.txt': 'Karl Brandt was asked by Judge Tom B. Ash if he understood the charges.' });
    const refs = (name: string) => r.entities.find((e) => e.name === name)?.mentions.filter((m) => m.reference === 'pronoun').map((m) => m.text);
    assert.deepStrictEqual(refs('Karl Brandt'), ['he']);
    assert.deepStrictEqual(refs('Tom B. Ash'), []);
  });

  it('reads a surname past a generational suffix, so that a lone surname shared by two people stays apart', () => {
    const r = analyze({
      'a.txt': 'Anthony Berg III was charged on Monday. His mother, Mary Berg, wept.',
      'b.txt': 'Berg pleaded not guilty. Gordon Advisors said it was shocked.',
    });
    const mary = r.entities.find((e) => e.name === 'Mary Berg')!;
    assert.ok(!mary.aliases.includes('Berg'), JSON.stringify(mary.aliases));
    assert.strictEqual(r.entities.find((e) => e.name === 'Gordon Advisors')?.type, 'ORG');
  });

  it('links a firm named with and without its legal form ("Kelbyx Inc." and "Kelbyx")', () => {
    const r = analyze({
      'a.txt': 'Kelbyx Inc. said on Monday that sales rose.',
      'b.txt': 'Shares of Kelbyx fell, and Kelbyx Corp. declined to comment.',
    });
    const firm = r.entities.find((e) => e.mentions.some((m) => m.text === 'Kelbyx Inc.'))!;
    assert.deepStrictEqual([...new Set(firm.mentions.map((m) => m.text))].sort(), ['Kelbyx', 'Kelbyx Corp.', 'Kelbyx Inc.']);
  });

  it('joins "the Navy" to the navy a story is about, and leaves it alone between navies named alike', () => {
    const story = analyze({
      'a.txt': 'The Lindbian Navy sank a pirate skiff. The Lindbian Navy said two men were held.',
      'b.txt': 'A Lindbian Navy ship fired warning shots, and the Lindbian Navy later boarded the skiff. The Kelbian Navy sent a frigate.',
      'c.txt': 'The crew was safe, Navy officials said on Monday.',
    });
    const lindbian = story.entities.find((e) => e.name === 'Lindbian Navy')!;
    assert.ok(lindbian.mentions.some((m) => m.doc === 'c.txt' && m.text === 'Navy'), JSON.stringify(lindbian.mentions));
    const even = analyze({
      'a.txt': 'The Lindbian Navy sank a pirate skiff. The Kelbian Navy sent a frigate.',
      'b.txt': 'The crew was safe, Navy officials said on Monday.',
    });
    assert.ok(even.entities.some((e) => e.name === 'Navy'), JSON.stringify(even.entities.map((e) => e.name)));
  });

  it('joins an acronym to the one organisation whose initials it spells, where no article spelt it out', () => {
    const r = analyze({
      'a.txt': 'The Lindby Trade Council met on Monday to discuss tariffs.',
      'b.txt': 'The head of the LTC said tariffs would rise.',
    });
    const council = r.entities.find((e) => e.name === 'Lindby Trade Council')!;
    assert.ok(council.aliases.includes('LTC'), JSON.stringify(r.entities.map((e) => e.name)));
    const two = analyze({
      'a.txt': 'The Lindby Trade Council met the Lindby Tax Court on Monday.',
      'b.txt': 'The head of the LTC said tariffs would rise.',
    });
    assert.ok(two.entities.some((e) => e.name === 'LTC'), 'two organisations share the initials: the acronym stays apart');
  });

  it('reads a town\'s police, its police department and its police service as one organisation', () => {
    const r = analyze({
      'a.txt': 'The Lindby Police Department said the driver fled.',
      'b.txt': 'Lindby Police said the driver was caught on Monday.',
      'c.txt': 'A spokesman for the Lindby Police Service said charges were filed.',
    });
    const police = r.entities.filter((e) => e.name.startsWith('Lindby Police'));
    assert.strictEqual(police.length, 1, JSON.stringify(police.map((e) => e.name)));
    assert.strictEqual(police[0].type, 'ORG');
  });

  it('never gives a description in the plural to the one person who has that role', () => {
    const r = analyze({
      'a.txt': 'Police identified the smuggler as Ann Berg. The smugglers fled by boat.',
      'b.txt': 'The smugglers were caught at dawn.',
      'c.txt': 'Coastguards said the smugglers had guns.',
    });
    const berg = r.entities.find((e) => e.name === 'Ann Berg')!;
    assert.ok(!berg.mentions.some((m) => m.text === 'smugglers'), JSON.stringify(berg.mentions));
  });

  it('reads a role from a description naming the person after it, and gives that description to the person', () => {
    const r = analyze({
      'a.txt': 'Police identified the gunman as Ann Berg. The suspect, Tom Ash, was held.',
      'b.txt': 'The gunman fired six shots. The suspect said nothing.',
      'c.txt': 'Leo Varga was identified as the driver. The driver fled.',
    });
    const shooting = analyze({
      'a.txt': 'The suspect, 38-year-old Karl Brandt, was held on Monday.',
      'b.txt': 'The gunman fired six shots before he fled.',
    });
    const brandt = shooting.entities.find((e) => e.name === 'Karl Brandt')!;
    // Some article calls one person the suspect: "the gunman" of another is that person.
    assert.deepStrictEqual(brandt.mentions.filter((m) => m.reference).map((m) => `${m.doc}:${m.text}`), ['a.txt:suspect', 'b.txt:gunman', 'b.txt:he']);
    const refs = (name: string) => r.entities.find((e) => e.name === name)?.mentions.filter((m) => m.reference).map((m) => `${m.doc}:${m.text}`);
    assert.deepStrictEqual(refs('Ann Berg'), ['a.txt:gunman', 'b.txt:gunman']);
    assert.deepStrictEqual(refs('Tom Ash'), ['a.txt:suspect', 'b.txt:suspect']);
    assert.deepStrictEqual(refs('Leo Varga'), ['c.txt:driver', 'c.txt:driver']);
    assert.ok(!r.entities.some((e) => e.unnamed), 'nobody is left unnamed');
  });

  it('reads a navy\'s prefix as a ship, and "the warship" as the one ship the corpus names', () => {
    const r = analyze({
      'a.txt': 'The Danish navy said HMS Lindby chased the pirates on Monday.',
      'b.txt': 'The warship fired warning shots, and the pirates surrendered.',
    });
    const ship = r.entities.find((e) => e.name === 'HMS Lindby');
    assert.strictEqual(ship?.type, 'PRODUCT', JSON.stringify(r.entities.map((e) => `${e.name}:${e.type}`)));
    assert.deepStrictEqual(ship.mentions.map((m) => `${m.doc}:${m.text}`), ['a.txt:HMS Lindby', 'b.txt:warship']);
  });

  it('keeps a group apart from one of its kind: "the men" are not "the man"', () => {
    const r = analyze({
      'a.txt': 'Two men were arrested on Monday. A man was hurt.',
      'b.txt': 'The men were released. The man is recovering.',
      'c.txt': 'Police questioned the men, and the man went home.',
    });
    const unnamed = r.entities.filter((e) => e.unnamed).map((e) => `${e.name}:${e.type}:${e.mentions.length}`).sort();
    assert.deepStrictEqual(unnamed, ['men:NORP:3', 'the man:PERSON:3']);
  });

  it('gives a pronoun with nobody named before it to the description before it', () => {
    const r = analyze({
      'a.txt': 'A driver hit a cyclist on Monday. He fled the scene. Armed pirates took a tanker; they fled too.',
      'b.txt': 'The driver was caught on Tuesday. Police said the pirates were still at sea.',
      'c.txt': 'The driver and the pirates will be in court on Friday.',
    });
    const driver = r.entities.find((e) => e.unnamed && e.name === 'the driver');
    assert.ok(driver, JSON.stringify(r.entities.map((e) => e.name)));
    assert.deepStrictEqual(driver.mentions.map((m) => `${m.doc}:${m.text}:${m.reference}`), ['a.txt:driver:description', 'a.txt:He:pronoun', 'b.txt:driver:description', 'c.txt:driver:description']);
    const pirates = r.entities.find((e) => e.unnamed && e.name === 'pirates');
    assert.deepStrictEqual(pirates?.mentions.map((m) => m.text), ['pirates', 'they', 'pirates', 'pirates']);
  });

  it('gives a role after "as" to the person the sentence names, and takes the employer before a title', () => {
    const r = analyze({
      'a.txt': 'The club fired Tom Ash after one season as head coach. Kelby lineman Leo Varga was arrested.',
      'b.txt': 'Leo Varga was released on Tuesday.',
    });
    const ash = r.entities.find((e) => e.name === 'Tom Ash')!;
    assert.deepStrictEqual(ash.mentions.filter((m) => m.reference).map((m) => m.text), ['coach']);
    assert.strictEqual(r.entities.find((e) => e.name === 'Kelby')?.type, 'ORG');
  });

  it('links a name written with a title, a middle name or cut short, and trims a weekday', () => {
    const r = analyze({
      'a.txt': 'Police charged Anthony Paul Kessler Friday. Constable Mira Holt said Kessler fled.',
      'b.txt': 'Anthony Kessler appeared in court. Mira Holt said Anthony Paul had no lawyer.',
    });
    const kessler = r.entities.filter((e) => e.aliases.some((a) => /Kessler|Anthony Paul/.test(a)));
    assert.strictEqual(kessler.length, 1, JSON.stringify(kessler.map((e) => e.aliases)));
    assert.strictEqual(kessler[0].name, 'Anthony Paul Kessler');
    const holt = r.entities.filter((e) => e.aliases.some((a) => /Holt/.test(a)));
    assert.strictEqual(holt.length, 1, JSON.stringify(holt.map((e) => e.aliases)));
    assert.strictEqual(holt[0].name, 'Mira Holt');
  });

  it('clusters one event reported by two sources', () => {
    const r = analyze({
      'a.txt': 'Maria Okafor visited Lisbon last month to meet investors.',
      'b.txt': 'During her visit to Lisbon in May 2024, Maria Okafor spoke about trade.',
    });
    const visit = r.events.find((v) => /visits/.test(v.label));
    assert.ok(visit, JSON.stringify(r.events.map((v) => v.label)));
    assert.deepStrictEqual(visit.docs, ['a.txt', 'b.txt']);
    assert.strictEqual(visit.date, '2024-05');
  });

  it('keeps meetings with two different people, and visits of two years, apart', () => {
    const r = analyze({
      'a.txt': 'Maria Okafor met Erik Lindqvist in Lisbon. Maria Okafor visited Osaka in 2019.',
      'b.txt': 'Maria Okafor met Aiko Tanaka in Lisbon. Maria Okafor visited Osaka in 2023.',
    });
    const meets = r.events.filter((v) => v.salient && /meets/.test(v.label));
    assert.strictEqual(meets.length, 2, JSON.stringify(r.events.map((v) => v.label)));
    const visits = r.events.filter((v) => /visits/.test(v.label));
    assert.deepStrictEqual(visits.map((v) => v.date).sort(), ['2019', '2023']);
  });

  it('tells a dismissal from a shooting by the words around "fired", and an attempt by what is attempted', () => {
    const r = analyze({
      'a.txt': 'Harbor City fired coach Ann Berg on Monday.',
      'b.txt': 'Ann Berg was sacked after a poor season. Elsewhere a gunman fired shots at a bus.',
      'c.txt': 'Police said a gunman shot at the bus. Guards foiled an attempt to hijack the ship.',
      'd.txt': 'The ship was hijacked, and guards thwarted the hijackers.',
    });
    const eventOf = (doc: string, text: string) => r.events.find((v) => v.mentions.some((m) => m.doc === doc && m.text === text));
    assert.strictEqual(eventOf('a.txt', 'fired'), eventOf('b.txt', 'sacked'), 'fired a coach = sacked');
    assert.strictEqual(eventOf('b.txt', 'fired'), eventOf('c.txt', 'shot'), 'fired shots = shot');
    assert.notStrictEqual(eventOf('b.txt', 'fired'), eventOf('b.txt', 'sacked'));
    assert.strictEqual(eventOf('c.txt', 'attempt'), eventOf('d.txt', 'hijacked'), 'an attempt to hijack is the hijacking');
    assert.strictEqual(eventOf('c.txt', 'foiled'), eventOf('d.txt', 'thwarted'));
  });

  it('makes one event of a named event, its other name and "the ceremony"', () => {
    const r = analyze({
      'a.txt': 'The Lindby Film Festival opens on Friday. Organisers said the ceremony would start at noon.',
      'b.txt': 'Ana Ruiz will host the Lindby Film Festival, which locals call the Northern Lights Festival.',
      'c.txt': 'Tickets for the Northern Lights Festival sold out. The Lindby Film Festival expects record crowds.',
      'd.txt': 'Critics praised the Spring Lindby Film Festival.',
    });
    const festival = r.events.find((v) => v.mentions.some((m) => m.text === 'Lindby Film Festival'));
    assert.ok(festival, JSON.stringify(r.events.map((v) => v.label)));
    assert.deepStrictEqual(festival.docs, ['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    const texts = new Set(festival.mentions.map((m) => m.text));
    assert.ok(texts.has('ceremony') && texts.has('Northern Lights Festival') && texts.has('Spring Lindby Film Festival'), JSON.stringify([...texts]));
    assert.strictEqual(festival.mentions.filter((m) => m.text === 'Lindby Film Festival').length, 3);
  });

  it('compares tallies of games only with their verb and someone they are said of', () => {
    const vague = analyze({
      'a.txt': 'The team won 12 games and lost the next six games.',
      'b.txt': 'Fans will remember the last 10 games. It won 15 games that year.',
    });
    assert.deepStrictEqual(vague.disagreements.filter((d) => d.kind === 'figure'), []);
    const named = analyze({
      'a.txt': 'Last season Leeds Rovers won 12 games, the club said.',
      'b.txt': 'Last season Leeds Rovers won 15 games, according to the league.',
    });
    assert.ok(named.disagreements.some((d) => d.kind === 'figure'), JSON.stringify(named.disagreements));
  });

  it('labels an event by who did it to whom, or by who underwent it', () => {
    const r = analyze({
      'a.txt': 'Leeds Rovers fired Ann Berg on Monday. Maria Okafor spoke at the Lindby Summit.',
      'b.txt': 'Ann Berg was fired after a poor season. Tom Ash was arrested on Friday.',
      'c.txt': 'Police said Tom Ash was arrested at his home.',
    });
    const labels = r.events.filter((v) => v.salient).map((v) => v.label);
    for (const want of ['Leeds Rovers fires Ann Berg', 'Tom Ash arrested', 'Maria Okafor speaks at Lindby Summit', 'Lindby Summit: Maria Okafor']) {
      assert.ok(labels.includes(want), `${want} in ${JSON.stringify(labels)}`);
    }
  });

  it('reports a ban then a resumption as a status change, not a contradiction', () => {
    const r = analyze({
      'a.txt': 'In March, regulators banned sales of the Zephyr X200 handset.',
      'b.txt': 'The maker said it would resume sales of the X200 next week.',
    });
    const s = r.disagreements.find((d) => d.kind === 'status');
    assert.ok(s, JSON.stringify(r.disagreements));
    assert.strictEqual(s.severity, 'information');
    assert.match(s.message, /changed over time/);
    assert.match(s.message, /not a contradiction/);
  });

  it('does not flag figures about different periods or compatible qualifiers', () => {
    const r = analyze({
      'a.txt': 'Harbor Bank said its losses reached $2.5 billion in the previous quarter.',
      'b.txt': 'Harbor Bank said its losses could reach as much as $8 billion in the next quarter.',
      'c.txt': 'Harbor Bank said its losses reached nearly $2.4 billion in the previous quarter.',
    });
    assert.deepStrictEqual(r.disagreements.filter((d) => d.kind === 'figure'), []);
  });

  it('flags the same figure given two incompatible values', () => {
    const r = analyze({
      'a.txt': 'The storm destroyed 1,200 homes in the province, officials said.',
      'b.txt': 'The storm destroyed 4,800 homes in the province, according to the governor.',
    });
    const d = r.disagreements.find((x) => x.kind === 'figure');
    assert.ok(d, JSON.stringify(r.disagreements));
    assert.deepStrictEqual(d.claims.map((c) => c.doc).sort(), ['a.txt', 'b.txt']);
  });

  it('compares a figure that names no period with one tied to a day', () => {
    const r = analyze({
      'a.txt': 'Published March 3, 2024\nThe floods killed 120 people on Monday, officials said.',
      'b.txt': 'Published March 4, 2024\nThe floods killed 45 people, according to the Red Cross.',
    });
    const d = r.disagreements.find((x) => x.kind === 'figure');
    assert.ok(d, JSON.stringify(r.disagreements));
    assert.deepStrictEqual(d.claims.map((c) => c.value).sort(), ['120', '45']);
  });

  it('does not take different quantities for one disputed figure', () => {
    const cases: Record<string, string>[] = [
      // Several quantities of one thing, one of them shared: the sources agree.
      { 'a.txt': 'Officers counted 12 magazines in the first room and 31 magazines in the second.', 'b.txt': 'Officers counted 12 magazines in the flat.' },
      // The same measure said of different people.
      { 'a.txt': 'Maria Lindqvist spent 19 seasons with the club.', 'b.txt': 'Tomas Brennan spent four seasons with the club.' },
      // Counts that go with different verbs.
      { 'a.txt': 'The storm killed 12 people in the valley.', 'b.txt': 'The storm injured 40 people in the valley.' },
      // A score is not a range.
      { 'a.txt': 'The team lost its last game, an 88-72 defeat.', 'b.txt': 'The team fell to an 88-72 defeat on Friday.' },
      // A distance said of nobody in particular.
      { 'a.txt': 'The plant lies about 15 miles north of the city.', 'b.txt': 'A driver spotted the van 50 miles north of the city.' },
    ];
    for (const docs of cases) {
      const r = analyze(docs);
      assert.deepStrictEqual(r.disagreements.filter((d) => d.kind === 'figure').map((d) => d.message), [], JSON.stringify(docs));
    }
  });
});
