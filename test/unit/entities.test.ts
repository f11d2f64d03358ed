/** Entity recognition and linking on sentences written for these tests. */
import * as assert from 'assert';
import { Analyzer } from '../../src/core/analyzer';
import { analyzeDocument } from '../../src/core/analyzeDocument';

const mentions = (text: string) => analyzeDocument('t.txt', text).entities.map((e) => `${e.type}:${e.text}`);

/** Each sentence names its firm: [text, name] pairs, each read alone. */
function assertFirms(pairs: string[][]): void {
  for (const [text, name] of pairs) {
    const found = mentions(text);
    assert.ok(found.includes(`ORG:${name}`), `${text} -> ${found.join(', ')}`);
  }
}

/** Every one of `expected` ("TYPE:text") is among the mentions `found`, which a failure lists. */
function assertIncludes(found: string[], expected: string[]): void {
  for (const m of expected) assert.ok(found.includes(m), `${m} missing from ${found.join(', ')}`);
}

describe('entities', () => {
  it('finds people, organisations and places in running text, without possessives or titles', () => {
    const found = mentions('Acme Corp chief executive Maria Okafor said on Monday that the company would open a plant in Portugal. Okafor\'s plan needs approval.');
    assert.ok(found.includes('PERSON:Maria Okafor'), found.join(', '));
    assert.ok(found.includes('GPE:Portugal'), found.join(', '));
    assert.ok(found.some((m) => m === 'PERSON:Okafor'), found.join(', '));
    assert.ok(!found.some((m) => /chief executive|'s/.test(m)), found.join(', '));
  });

  it('keeps a capitalised word after a name mid-sentence, even one that reads as a verb', () => {
    const found = mentions('The floods killed dozens of people, according to the Red Cross, which sent two teams.');
    assert.ok(found.some((m) => m.endsWith(':Red Cross')), found.join(', '));
    assert.ok(!found.some((m) => m.endsWith(':Red')), found.join(', '));
  });

  it('does not take a common noun\'s plural at the start of a sentence for a person, unless a full name ends in it', () => {
    const found = mentions('Storm news\n\nFloods killed 40 people in Lindbia last week, officials said. Woods said the course was hard. Ann Woods won the title.\n');
    assert.ok(!found.some((m) => m.endsWith(':Floods')), found.join(', '));
    assertIncludes(found, ['PERSON:Woods', 'PERSON:Ann Woods']);
  });

  it('does not take a common word capitalised at the start of a sentence for a name', () => {
    const found = mentions('Storms hit the coast overnight. The storms cut power to thousands of homes in Portugal.');
    assert.ok(!found.some((m) => m.endsWith(':Storms')), found.join(', '));
    assert.ok(found.includes('GPE:Portugal'), found.join(', '));
  });

  it('joins names around an ampersand into one organisation', () => {
    const found = mentions('Shares of Harlow & Venn rose after analysts at Brisco & Co raised their forecast.');
    assert.ok(found.includes('ORG:Harlow & Venn'), found.join(', '));
    assert.ok(found.includes('ORG:Brisco & Co'), found.join(', '));
  });

  it('types a name as an organisation from business-news contexts, for every mention in the article', () => {
    const found = mentions('Toronto-based Quillon said profits fell. Quillon shares dropped 4 percent. Quillon will cut jobs.');
    const quillon = found.filter((m) => m.endsWith(':Quillon'));
    assert.ok(quillon.length >= 2, found.join(', '));
    assert.ok(quillon.every((m) => m === 'ORG:Quillon'), found.join(', '));
    // A company's books: "X's six-month output", where the tagger took X for a person.
    const books = mentions('State engineer Ostrelf said it would hire . Ostrelf \'s six-month output rose to 2,150 tonnes .');
    assert.ok(books.filter((m) => m.endsWith(':Ostrelf')).every((m) => m === 'ORG:Ostrelf'), books.join(', '));
    // A country's output is the country's.
    assert.ok(mentions("Brazil's first-half output rose.").includes('GPE:Brazil'));
  });

  it('reads a dateline\'s capitals as a place, and a club from its players and fans', () => {
    const dateline = mentions('SOCCER - RESULTS .\nKELBY , England 2025-08-31\nResults of league matches on Saturday.');
    assert.ok(dateline.includes('LOC:KELBY'), dateline.join(', '));
    const club = mentions('The Kelby defender Tom Ash was sent off, and Kelby fans left early. Thousands of Marlow supporters cheered.');
    assert.deepStrictEqual(club.filter((m) => /Kelby|Marlow/.test(m)), ['ORG:Kelby', 'ORG:Kelby', 'ORG:Marlow']);
  });

  it('splits two companies joined by "and", and keeps a name prefix the tagger left out', () => {
    const found = mentions('Brisco Systems will compete with Harlow Motors Inc and Venn Corp . Magna was up 1/8 to 48-1/4 on the New York Stock Exchange .');
    assert.ok(found.includes('ORG:Harlow Motors Inc') && found.includes('ORG:Venn Corp'), found.join(', '));
    assert.ok(found.includes('ORG:New York Stock Exchange'), found.join(', '));
    const banks = mentions('Analysts expect First Bank System Inc. to merge with First Chicago.');
    assert.ok(banks.includes('ORG:First Bank System Inc.') && banks.includes('ORG:First Chicago'), banks.join(', '));
    assert.deepStrictEqual(mentions('Later, First Lady Ann Berg agreed.'), ['PERSON:Ann Berg']);
  });

  it('reads the towns of a results table as teams, and countries as countries', () => {
    const found = mentions('RUGBY - LEAGUE RESULTS .\nHarlow 46 West Kelby 20\nOstrava 13 Marlow 56\nStandings :\nMarlow 4 2 1 1 6 5 7\nPoland 2 Norway 1');
    for (const team of ['Harlow', 'West Kelby', 'Ostrava', 'Marlow']) assert.ok(found.includes(`ORG:${team}`), `${team} in ${found.join(', ')}`);
    assert.ok(mentions('Buducnost 1 Red Star 3').includes('ORG:Red Star'), 'a title-like word may end a club\'s name');
    assert.ok(found.includes('GPE:Poland') && found.includes('GPE:Norway'), found.join(', '));
  });

  it('reads the names in a list of fixtures as teams, and a company apart from the city after "Inc of"', () => {
    const found = mentions('Results\nPostponed: Harlow v Marlow, Lindby Rovers v Ostrava.\n');
    for (const team of ['Harlow', 'Marlow', 'Lindby Rovers', 'Ostrava']) assert.ok(found.includes(`ORG:${team}`), `${team} in ${found.join(', ')}`);
    const firm = mentions('The Brisco Chemical Co of the United States will invest in a new plant there.');
    assert.ok(firm.includes('ORG:Brisco Chemical Co') && firm.includes('GPE:United States'), firm.join(', '));
  });

  it('keeps a place apart from its institution, a month apart from an event, and a legal form with its company', () => {
    const hospital = mentions("The patient is recovering in Berlin's Central Clinical Hospital, where doctors said she was well.");
    assert.ok(hospital.includes('GPE:Berlin') && !hospital.some((m) => m.includes("Berlin's")), hospital.join(', '));
    const open = mentions('He finished third at the Lindby Open in January, and then won at the Ostra Classic.');
    assert.ok(open.some((m) => m.endsWith(':Lindby Open')) && !open.some((m) => m.includes('January')), open.join(', '));
    const firms = mentions('Shares of Kelby Financial Group Inc rose , and Brandt Holdings Ltd fell .');
    assert.ok(firms.includes('ORG:Kelby Financial Group Inc') && firms.includes('ORG:Brandt Holdings Ltd'), firms.join(', '));
  });

  it('reads a name after a firm\'s role and "of" as a firm, and a place\'s institution as the institution', () => {
    const found = mentions('Karl Brandt, the general manager of Ostrava, resigned on Monday. Trading on the Lindby Stock Exchange was calm.');
    assert.ok(found.includes('ORG:Ostrava'), found.join(', '));
    assert.ok(found.includes('ORG:Lindby Stock Exchange'), found.join(', '));
    const places = mentions('Settlers moved to the West Bank last year, and the final was played at the National Tennis Centre on Saturday.');
    assert.ok(places.includes('LOC:West Bank') && places.includes('LOC:National Tennis Centre'), places.join(', '));
  });

  it('reads an institution\'s word with "of" or "for" and capitalised words as a body, even where the tagger saw none', () => {
    assert.ok(mentions('On Friday the president ordered the Department of Transport to review the plan .').includes('ORG:Department of Transport'));
    const found = mentions('It was a blow to the Organisation for Security and Cooperation in Europe , officials said.');
    assert.ok(found.includes('ORG:Organisation for Security and Cooperation in Europe'), found.join(', '));
    // The tagger named the place after "of": the body's name takes it in.
    const agency = mentions('The News Agency of Kenya said the talks had ended . A Council of Europe report agreed .');
    assert.ok(agency.includes('ORG:News Agency of Kenya') && agency.includes('ORG:Council of Europe'), agency.join(', '));
    // "the" may follow "of".
    assert.ok(mentions('The Organization of the Petroleum Exporting Countries agreed to cut output.').includes('ORG:Organization of the Petroleum Exporting Countries'));
    // A cue before a title and a comma is the title's employer's, not the person's: "the bank's governor, Ann Berg".
    assert.ok(mentions('The central bank governor, Ann Berg, spoke on Monday.').includes('PERSON:Ann Berg'));
    const on = mentions('Loans from the Commission on Kelby Trade were cut.');
    assert.ok(on.includes('ORG:Commission on Kelby Trade'), on.join(', '));
  });

  it('joins a people\'s or a place\'s name to the institution\'s name right after it', () => {
    // The tagger reads "Danish" apart from "Shipowners Association".
    const found = mentions('The Danish Shipowners Association said on Friday that fees would rise.');
    assert.ok(found.includes('ORG:Danish Shipowners Association'), found.join(', '));
  });

  it('knows the places news names that the country list lacks: Turkey by its English name, the nations of the United Kingdom', () => {
    const found = mentions('Ministers from Turkey and Wales met in Lindby on Monday, and the Welsh delegation said the talks went well.');
    assert.ok(found.includes('GPE:Turkey') && found.includes('GPE:Wales') && found.includes('NORP:Welsh'), found.join(', '));
  });

  it('reads a place after "a bank in" as the place, and a name after "rival" as a firm', () => {
    assert.ok(mentions('Ann Berg, an economist at a bank in Ostrava, said spending rose.').includes('GPE:Ostrava'), 'a town of 50,000 or more is a GPE');
    assert.ok(mentions('Analysts at rival Kelby said spending rose.').includes('ORG:Kelby'));
  });

  it('keeps a surname\'s particles and a monarch\'s regnal number in the name', () => {
    const found = mentions('A penalty from Joost van der Berg won it , and de Silva took two wickets .');
    assert.ok(found.includes('PERSON:Joost van der Berg') && found.includes('PERSON:de Silva'), found.join(', '));
    const kings = mentions('In 1533 Queen Elizabeth I was born , and later King Baudouin I ruled .');
    assert.ok(kings.includes('PERSON:Elizabeth I') && kings.includes('PERSON:Baudouin I'), kings.join(', '));
  });

  it('reads a people\'s word as a people and the name after "the news agency" as the agency', () => {
    const found = mentions('The result is acceptable, the Scottish coach told reporters, and the news agency Lindpress said the Kurdish factions agreed.');
    assert.ok(found.includes('NORP:Scottish') && found.includes('NORP:Kurdish'), found.join(', '));
    assert.ok(found.includes('ORG:Lindpress'), found.join(', '));
  });

  it('keeps a possessive that is part of a company\'s name, and drops the others', () => {
    const legal = mentions('Analysts said Banc Ostra Corp. was next .');
    assert.ok(legal.includes('ORG:Banc Ostra Corp.'), legal.join(', '));
    const found = mentions("Harbor Bank agreed to buy Kessler's Bancorp Inc. on Monday. Kessler's said it was fair, and Acme's shares rose.");
    assert.ok(found.includes("ORG:Kessler's Bancorp Inc.") && found.includes("ORG:Kessler's"), found.join(', '));
    assert.ok(found.some((m) => m.endsWith(':Acme')) && !found.some((m) => m.endsWith(":Acme's")), found.join(', '));
  });

  it('reads the name after "-based" as a company even where the tagger saw none', () => {
    const found = mentions('Analysts named Ohio-based KeyTrust and Lindby-based Ostra Holdings Corp. as buyers .');
    assert.ok(found.includes('ORG:KeyTrust') && found.includes('ORG:Ostra Holdings Corp.'), found.join(', '));
  });

  it('reads a place\'s name with a newspaper\'s word as the paper', () => {
    const found = mentions('The Ostrava Daily and the Lindby Herald reported the strike , the Warsaw Newsroom said .');
    for (const paper of ['Ostrava Daily', 'Lindby Herald', 'Warsaw Newsroom']) assert.ok(found.includes(`ORG:${paper}`), `${paper} in ${found.join(', ')}`);
  });

  it('ends an event\'s name before "in" and the place it is held in', () => {
    const found = mentions('Delegates met at the Lindby Trade Expo in Berlin on Monday.');
    assert.ok(found.includes('EVENT:Lindby Trade Expo') && found.includes('GPE:Berlin'), found.join(', '));
  });

  it('types a name that ends in a firm\'s word as the firm, and joins the word before such a word to it', () => {
    const found = mentions('Shares of Ostra Holdings rose after Lindby Advisors said so.');
    assert.ok(found.includes('ORG:Ostra Holdings') && found.includes('ORG:Lindby Advisors'), found.join(', '));
  });

  it('reads a name beside a newspaper\'s word as the paper', () => {
    const found = mentions('Ann Berg told the Kelby Clarion newspaper on Monday that the news weekly Ostra Blick was wrong.');
    assert.ok(found.includes('ORG:Kelby Clarion') && found.includes('ORG:Ostra Blick'), found.join(', '));
  });

  it('gives every later use of an acronym the article spells out the meaning it spelt out', () => {
    const a = analyzeDocument('t.txt', 'Funding from the United Nations Development Programme ( UNDP ) rose this year , and the UNDP said more would follow .');
    const keys = new Set(a.entities.filter((e) => /UNDP|Programme/.test(e.text)).map((e) => `${e.type}:${e.key}`));
    assert.strictEqual(a.entities.filter((e) => e.text === 'UNDP').length, 2);
    assert.strictEqual(keys.size, 1, [...keys].join(', '));
  });

  it('knows the acronyms of international bodies and leagues as organisations', () => {
    const found = mentions('He was one of the best quarterbacks in NFL history , and the IMF agreed .');
    assert.ok(found.includes('ORG:NFL') && found.includes('ORG:IMF'), found.join(', '));
  });

  it('keeps a ministry\'s word with the title, not as an employer', () => {
    const found = mentions('Albright will meet Foreign Minister Jose Ruiz on Monday , and Finance Minister Ana Berg later .');
    assert.ok(found.includes('PERSON:Jose Ruiz') && found.includes('PERSON:Ana Berg'), found.join(', '));
    assert.ok(!found.some((m) => /:(Foreign|Finance)$/.test(m)), found.join(', '));
  });

  it('splits an employer from the person after a title', () => {
    const found = mentions('The visit was led by Globex CEO Priya Raman and her deputy.');
    assert.ok(found.includes('PERSON:Priya Raman'), found.join(', '));
    assert.ok(!found.some((m) => m.includes('CEO')), found.join(', '));
  });

  it('reads every item of a list after "firms like" as an organisation', () => {
    const found = mentions('The fund backed firms like Zentrik, Halvora, Quenby and Marlowe last year.');
    for (const name of ['Zentrik', 'Halvora', 'Quenby', 'Marlowe']) assert.ok(found.includes(`ORG:${name}`), `${name}: ${found.join(', ')}`);
  });

  it('links a firm\'s short name in another article to the firm, unless a person of the corpus bears it', () => {
    const r = new Analyzer().analyze([
      { id: 'a.txt', text: 'Ostrafy Labs launched a new streaming service on Monday, the company said. Karl Brandt founded Brandt Motors in 1990.' },
      { id: 'b.txt', text: 'Ostrafy said the service would cost $10 a month. Brandt said his company would grow.' },
    ]);
    const firm = r.entities.find((e) => e.name === 'Ostrafy Labs');
    assert.ok(firm && firm.aliases.includes('Ostrafy') && firm.type === 'ORG', JSON.stringify(r.entities.map((e) => [e.name, e.type, e.aliases])));
    const man = r.entities.find((e) => e.name === 'Karl Brandt');
    assert.ok(man && man.aliases.includes('Brandt'), JSON.stringify(r.entities.map((e) => [e.name, e.aliases])));
  });

  it('links an acronym to the name it abbreviates', () => {
    const r = new Analyzer().analyze([{ id: 'a.txt', text: 'The International Federation of Rowing Clubs (IFRC) met in Oslo. The IFRC said it would act.' }]);
    const org = r.entities.find((e) => e.aliases.includes('IFRC'));
    assert.ok(org, JSON.stringify(r.entities.map((e) => e.aliases)));
    assert.ok(org.aliases.some((a) => a.startsWith('International Federation')), JSON.stringify(org.aliases));
  });

  it('takes a capital standing for its government as the country, and the city as the city', () => {
    const r = new Analyzer().analyze([{
      id: 'a.txt',
      text: 'Officials in Paris criticised the Washington measures on steel.\nThe minister later visited Washington for talks.',
    }]);
    const us = r.entities.find((e) => e.name === 'United States');
    assert.ok(us && us.aliases.includes('Washington'), JSON.stringify(r.entities.map((e) => [e.name, e.aliases])));
    const city = r.entities.find((e) => e.name === 'Washington');
    assert.ok(city, 'the city visited stays the city');
  });

  it('names a headline only when the article confirms it', () => {
    const text = 'Harbour Plans Stall Amid Funding Doubts\nThe council of Lindby delayed the harbour plan on Tuesday, the mayor said.';
    const found = mentions(text);
    assert.ok(!found.some((m) => /Harbour Plans|Funding Doubts/.test(m)), found.join(', '));
  });

  it('names a headline in capitals where the article names it in mixed case, with the article\'s type', () => {
    const text = 'SOCCER - KELBY BEAT OSTRA IN CUP TIE .\nKelby beat Ostra 2-1 on Saturday. Kelby coach Ann Berg praised her side, and Ostra fans left early.';
    const found = analyzeDocument('t.txt', text).entities.filter((e) => e.start < text.indexOf('\n'));
    const names = found.map((e) => `${e.type}:${e.text}`);
    assert.ok(names.includes('ORG:KELBY') && names.includes('ORG:OSTRA'), names.join(', '));
    // Every word of a capitals line is capitalised: an event's word does not make the line a name.
    assert.ok(!names.some((n) => /CUP/.test(n)), names.join(', '));
  });

  it('reads a dateline in the agencies\' style: the town, its state, the agency, then the first sentence\'s names', () => {
    const withAgency = mentions('LINDBY, Ohio (AP) - Karl Brandt scored 30 points on Tuesday.');
    assertIncludes(withAgency, ['LOC:LINDBY', 'GPE:Ohio', 'ORG:AP', 'PERSON:Karl Brandt']);
    const withDash = mentions('LINDBY, Ohio - Karl Brandt scored 30 points on Tuesday.');
    assertIncludes(withDash, ['GPE:Ohio', 'PERSON:Karl Brandt']);
  });

  it('reads a dateline\'s town in capitals as one place, before a dash or an agency, but not a label or a headline', () => {
    const dash = mentions('SEATTLE — Kelbyx Corp. and Ostrix have signed a new agreement, the companies said on Tuesday.');
    assert.ok(dash.includes('LOC:SEATTLE'), dash.join(', '));
    const twoWords = mentions('PORTO ALEGRE, Lindbia (Reuters) - Floods have killed at least 40 people, officials said.');
    assertIncludes(twoWords, ['LOC:PORTO ALEGRE', 'ORG:Reuters']);
    const label = mentions('NOTE - Kelbyx Corp is a leading maker of chips.');
    assert.ok(!label.includes('LOC:NOTE'), label.join(', '));
    const headline = mentions('SOCCER - KELBY BEAT OSTRA IN CUP TIE .\nKelby beat Ostra 2-1 on Saturday.');
    assert.ok(!headline.some((m) => /SOCCER/.test(m)), headline.join(', '));
  });

  it('reads an article without a headline: its first line is a paragraph, whose names need no confirming', () => {
    const text = 'LINDBY (AP) — Senate Democrats on Thursday blocked a bill that would have cut funding for the Kelby Protection Agency, setting up a showdown with the governor over spending before the summer recess.\n' +
      'The vote was 48-52.';
    const found = mentions(text);
    assertIncludes(found, ['ORG:Senate Democrats', 'ORG:Kelby Protection Agency']);
  });

  it('reads a party by its qualified members, and a body\'s name over a plural\'s possessive', () => {
    const found = mentions("The vote ended weeks of wrangling between Prime Minister Karl Brandt's Social Democrats and the opposition. Brandt was sentenced in Kelby Magistrates' Court.");
    assertIncludes(found, ['ORG:Social Democrats', "ORG:Kelby Magistrates' Court"]);
    assert.ok(!mentions('Republicans have signalled they are ready to move.').includes('ORG:Republicans'));
  });

  it('reads a committee named before its head word, a model by its letter, and a list after a firm\'s cue', () => {
    const found = mentions('The Monetary Policy Committee voted 6-3 on Thursday. The recall covers the Model S and Model 3 cars. ' +
      'Economists at Kelby Sachs and Ostra Stanley expect a cut.');
    assertIncludes(found, ['ORG:Monetary Policy Committee', 'PRODUCT:Model S', 'PRODUCT:Model 3', 'ORG:Kelby Sachs', 'ORG:Ostra Stanley']);
  });

  it('reads a town that is also a first name as the town in a list of places', () => {
    const found = mentions("The health ministry put 16 cities, including Rome and Florence, on its highest alert level.");
    assert.ok(found.includes('GPE:Florence'), found.join(', '));
    assert.ok(mentions('Florence Berg and Rome officials met on Monday.').includes('PERSON:Florence Berg'));
    // A name no gazetteer knows, beside a place after "in": the town, whatever its look.
    for (const text of ['Two men were detained in raids in Lindby and Marsden on Sunday.', 'The cuts will fall on its plants in Kelby and Ostra.']) {
      const found = mentions(text);
      assert.ok(found.filter((m) => m.startsWith('LOC:') || m.startsWith('GPE:')).length === 2, `${text} -> ${found.join(', ')}`);
    }
    assert.ok(mentions('Karl Brandt met Ann Berg and Marsden officials on Monday.').every((m) => m !== 'LOC:Marsden'));
  });

  it('mends names the tagger cut: a hyphenated firm\'s first part, a stadium\'s halves, a dateline\'s agency', () => {
    const found = mentions('Chiefs beat Eagles 38-35\n\nGLENDALE, Ariz. (AP) — Karl Brandt threw three touchdown passes and the Kelby Chiefs beat the Ostra Eagles 38-35.\n' +
      'Brandt moved to Hollywood after signing with Metro-Goldwyn-Mayer. The Eagles had led at halftime at State Farm Stadium.');
    assertIncludes(found, ['ORG:AP', 'MISC:Metro-Goldwyn-Mayer', 'FAC:State Farm Stadium']);
  });

  it('reads a firm named by its web address, and a product with its version', () => {
    const found = mentions('Kelby.com Inc. has invested $8 billion in Ostrix. Ostrix unveiled its Orion 3 model last week.');
    assertIncludes(found, ['ORG:Kelby.com Inc.', 'PRODUCT:Orion 3']);
    assert.ok(!found.some((m) => /^PERSON:Inc/.test(m)), found.join(', '));
  });

  it('finds in a headline in capitals the names the article writes in mixed case, where the tagger saw none', () => {
    const text = 'LINDQVIST AND BRANDTBERG FINALLY BREAK OSTRAVIK SPELL .\nKarl Brandt scored twice as Lindqvist beat Ostravik 3-1 on Saturday, and Brandtberg drew.';
    const headline = analyzeDocument('t.txt', text).entities.filter((e) => e.start < text.indexOf('\n')).map((e) => e.text);
    for (const name of ['LINDQVIST', 'BRANDTBERG', 'OSTRAVIK']) assert.ok(headline.includes(name), headline.join(', '));
  });

  it('reads a line of results as text, not as a Title Case heading, however capitalised its words', () => {
    const found = mentions('Results on Friday :\nLindby : Kelby 363 ( A. Berg 111 , K. Brandt 52 ) , Ostra 197-8 ( L. Varga 54 )');
    for (const name of ['A. Berg', 'K. Brandt', 'L. Varga']) assert.ok(found.includes(`PERSON:${name}`), found.join(', '));
  });

  it('keeps a body named after its meetings a body, and a party before its conference a party', () => {
    const found = mentions('Delegates thanked the Organisation of Lindby Conference on Saturday. Members met at the Kelby Party conference in May.');
    assert.ok(found.includes('ORG:Organisation of Lindby Conference'), found.join(', '));
    assert.ok(found.includes('ORG:Kelby Party'), found.join(', '));
    // A congress is a legislature or a party, unless a world's or a numbered one.
    assert.ok(mentions('A spokesman of the Kelby National Congress said the army shelled the town.').includes('ORG:Kelby National Congress'));
    assert.ok(mentions('The 15th Party Congress opened in Ostra.').some((m) => m.startsWith('EVENT:')));
  });

  it('reads a firm from what only a firm does: reporting its accounts, speaking of "its" results, having shares', () => {
    assertFirms([
      ['Kelbyx said on Monday that its profit fell 10 percent.', 'Kelbyx'],
      ['Morvane reported a net loss of $3 million for the quarter.', 'Morvane'],
      ['Shares in Ostrix rose 5 percent on Tuesday.', 'Ostrix'],
      // A firm's last word that is nobody's surname.
      ['Lindvale Energy said on Monday it will cut 300 jobs.', 'Lindvale Energy'],
      ['The artefacts were insured by Halvorsen Mutual.', 'Halvorsen Mutual'],
      ['The regulator is examining Ostron\'s pricing, people familiar with the matter said.', 'Ostron'],
    ]);
    // A firm's short name, where no person bears it.
    const short = mentions('Ostrafy Labs launched a new service on Monday. Ostrafy said the service would cost $10 a month.');
    assert.ok(short.includes('ORG:Ostrafy') && !short.includes('PERSON:Ostrafy'), short.join(', '));
    const founder = mentions('Karl Brandt founded Brandt Motors in 1990. Brandt said the company would grow.');
    assert.ok(founder.includes('PERSON:Brandt'), founder.join(', '));
    // A person's "it" and a person with a first name stay people.
    for (const text of ['Ann Berg said it was a good day.', 'Ann Berg said its impact was small.']) assert.ok(mentions(text).includes('PERSON:Ann Berg'), text);
  });

  it('reads a ship named after its kind\'s noun as a vehicle, and an airline after "carrier" as a firm', () => {
    const found = mentions('Jets flew from the aircraft carrier Kelby Ostrand on Monday, and the tanker Lindby Star sailed. The carrier Ostrair cut fares.');
    assertIncludes(found, ['PRODUCT:Kelby Ostrand', 'PRODUCT:Lindby Star']);
    assert.ok(!found.includes('PRODUCT:Ostrair'), found.join(', '));
  });

  it('leaves a nationality or a description before a person\'s full name out of the name', () => {
    const found = mentions('American Karl Brandt outclassed the champion on Friday. Fullback Leo Varga scored the other try. The Kelby Roman Catholic group met.');
    assertIncludes(found, ['PERSON:Karl Brandt', 'NORP:American', 'PERSON:Leo Varga']);
    assert.ok(!found.includes('PERSON:Roman Catholic') && !found.includes('PERSON:Roman'), found.join(', '));
  });

  it('ends a name before a bracket it does not close, and before a month after a body\'s name', () => {
    const found = mentions('Guerrillas attack.\n\nKelbollah ( Party of God ) gunmen have waged a war to drive troops out.\nA shock rise in the Kelby Manufacturers September survey hit bonds.\n');
    assert.ok(!found.some((m) => m.includes('(') || m.includes('September')), found.join(', '));
    assertIncludes(found, ['ORG:Kelbollah', 'ORG:Party of God', 'ORG:Kelby Manufacturers']);
  });

  it('joins an adjective of a body\'s name the tagger left before it, not a sentence\'s first word', () => {
    const found = mentions('The National Farmers Association said prices fell. The Global Kelby Alliance met. Rival Kelby Federation said prices rose.');
    assert.ok(found.includes('ORG:Global Kelby Alliance'), found.join(', '));
    assert.ok(!found.some((m) => m.includes('Rival')), found.join(', '));
  });

  it('finds a firm the tagger did not see by what only a firm does, and keeps a title before a body\'s word in the name', () => {
    const text = 'Kelbix unveils chip\n\nKelbix on Wednesday unveiled its Lumen chip for data centres. Kelbix shares rose 4% in New York.\n' +
      'The company signed a deal with Brekka Cloud, a unit of Marlow Holdings. Ostra General Hospital said it had treated 31 children.\n';
    const found = mentions(text);
    assertIncludes(found, ['ORG:Kelbix', 'ORG:Brekka Cloud', 'ORG:Ostra General Hospital']);
    assert.ok(!found.includes('PERSON:Hospital') && !found.includes('PERSON:Brekka Cloud'), found.join(', '));
  });

  it('reads a firm that speaks of itself as "it" doing what firms do, or is "which"; not a person of the article', () => {
    assertFirms([
      ['Ostravia said on Tuesday it would cut 1,200 jobs.', 'Ostravia'],
      ['Drennick said it had no comment on the report.', 'Drennick'],
      ['Kelbyx said demand for its chips was strong.', 'Kelbyx'],
      ['Ostrevo said on Monday that orders fell 5 percent.', 'Ostrevo'],
      ['Kelvane said in a statement that it had agreed to sell the unit. Kelvane, which makes seats, was founded in 1990.', 'Kelvane'],
    ]);
    // The empty "it", and "it" as a thing named before, where the article names the person in full.
    assert.ok(mentions('Ostrander said it would take years to rebuild the town.').includes('PERSON:Ostrander'));
    assert.ok(mentions('Karl Brandt, an analyst, spoke. Brandt said demand was strong.').includes('PERSON:Brandt'));
    const plant = mentions('Karl Brandt runs the plant. Brandt said it would close next year.');
    assert.ok(plant.includes('PERSON:Brandt') && !plant.includes('ORG:Brandt'), plant.join(', '));
  });

  it('reads a firm named in apposition after a firm\'s noun, or owning a chief executive; "WHO" as the body outside capitals', () => {
    const found = mentions('The court convicted the mayor of taking bribes from a construction company, Ostra Build, in 2019. Ostra Build\'s chief executive was acquitted.');
    assert.ok(found.filter((m) => m === 'ORG:Ostra Build').length === 2, found.join(', '));
    assert.ok(mentions('Measles cases rose sharply, the WHO said on Wednesday.').includes('ORG:WHO'));
    const question = mentions('WHO IS TO BLAME FOR THE OUTBREAK\nMeasles cases rose sharply in Lindby, officials said.');
    assert.ok(!question.some((m) => /WHO/.test(m)), question.join(', '));
  });

  it('reads a firm from an apposition ("X, the budget airline") and from a firm\'s last word ("Ventures", "AI")', () => {
    const found = mentions('Ostraline, the budget airline, said it would add routes. Kelby AI, founded last year, raised money from Lindby Ventures.');
    assertIncludes(found, ['ORG:Ostraline', 'ORG:Kelby AI', 'ORG:Lindby Ventures']);
    // The apposition's firm is another's where it owns the head: "the airline's founder" is a person; so is a filmmaker.
    assert.ok(mentions('Ann Berg, the airline\'s founder, said it would add routes.').includes('PERSON:Ann Berg'));
    assert.ok(mentions('Ann Berg, the filmmaker, said it would add routes.').includes('PERSON:Ann Berg'));
    // A paper's name in running text, in common words.
    assert.ok(mentions('Berg told the Financial Times on Monday that she would stay.').includes('ORG:Financial Times'));
  });

  it('reads the capitalised words an acronym in brackets spells as one name, and a club by its last word', () => {
    const found = mentions('The Lindby Securities and Exchange Board (LSEB) on Tuesday sued Kelbyx, the crypto exchange. Ostra United beat Kelby Rovers in the Premier League.');
    assertIncludes(found, ['ORG:Lindby Securities and Exchange Board', 'ORG:LSEB', 'ORG:Kelbyx', 'ORG:Ostra United', 'ORG:Kelby Rovers']);
    // A title's word before a body's word names no one: "Premier League" is no person "League".
    assert.ok(!found.some((m) => m.startsWith('PERSON:')), found.join(', '));
  });

  it('reads a storm\'s name, a surname after its particles, an acronym before a summit, and names in camel case', () => {
    const found = mentions('Hurricane Kelby hit Lindby. Ida von der Ostra, head of the LTC, spoke at the LTC summit. Users of iOS 18 can update, and eBay said sales rose.');
    assertIncludes(found, ['EVENT:Hurricane Kelby', 'PERSON:Ida von der Ostra', 'ORG:LTC', 'PRODUCT:iOS 18', 'ORG:eBay']);
    assert.ok(!found.some((m) => m === 'PERSON:Kelby' || m === 'EVENT:LTC'), found.join(', '));
  });

  it('reads an award, a named wildfire or game, a landform\'s place and a tower by their last words', () => {
    const found = mentions('Architect dies\n\nHis best-known building, the 52-storey Harbour Tower, won the Lindqvist Prize jury\'s praise in 1988.\n' +
      'Strong winds pushed the flames toward the suburbs of Kelby and Ostra Heights. The blaze, named the Ridge Fire, burned 4,500 acres.\n' +
      'The Ostra Rams beat the Kelby Lions 24-21 in the Super Bowl on Sunday. Ann Berg won the Lindby Classic golf tournament.');
    assertIncludes(found, ['FAC:Harbour Tower', 'MISC:Lindqvist Prize', 'LOC:Ostra Heights', 'EVENT:Ridge Fire', 'EVENT:Super Bowl', 'EVENT:Lindby Classic']);
  });

  it('reads a named building or structure as a facility, whatever type the tagger gave it', () => {
    const found = mentions('The game was played in front of 18,000 fans at the Kelby Arena on Tuesday.');
    assert.ok(found.includes('FAC:Kelby Arena'), found.join(', '));
    const station = mentions('Two people were stabbed at Kelby Central Station, the Kelby Police Department said.');
    assertIncludes(station, ['FAC:Kelby Central Station', 'ORG:Kelby Police Department']);
  });

  it('reads a body spelt out with "and", a street, and no name in a lawmaker\'s party and state', () => {
    const found = mentions('The Centers for Trade and Industry said on Monday that Sen. Ann Berg (D-N.Y.) had walked down Kelby Street.');
    assertIncludes(found, ['ORG:Centers for Trade and Industry', 'PERSON:Ann Berg', 'FAC:Kelby Street']);
    assert.ok(!found.some((m) => /:(N|Y\.|D)$/.test(m)), found.join(', '));
    // The same between commas, as AP writes it.
    assert.ok(!mentions('Rep. Ann Berg, D-N.Y., criticized the plan.').some((m) => /:(N|Y\.|D)$/.test(m)));
    // A surname with its article after a title and a full name: "President Karim Adel el-Lindby".
    assert.ok(mentions('He met President Karim Adel el-Lindby on Monday.').includes('PERSON:Karim Adel el-Lindby'));
  });

  it('reads a saint\'s institution as one name', () => {
    const found = mentions('The victim was taken to St. Ann\'s Hospital on Monday.');
    assert.ok(found.includes('ORG:St. Ann\'s Hospital'), found.join(', '));
    assert.ok(!found.some((m) => m === 'PERSON:Ann' || m === 'LOC:St.'), found.join(', '));
  });

  it('leaves a ministry\'s word before a title to the title, and the country\'s name before it to the employer', () => {
    const found = mentions('Speaking on Monday, French Foreign Minister Eva Moss said a professor at the Lindby School of Law agreed.');
    assertIncludes(found, ['NORP:French', 'PERSON:Eva Moss', 'ORG:Lindby School of Law']);
    assert.ok(!found.some((m) => /Foreign/.test(m)), found.join(', '));
  });

  it('makes no name of the words after a bank\'s name in a Title Case headline ("Kelby Bank Upgrade")', () => {
    const found = mentions('Shares Soar After Kelby Bank Upgrade Today\nShares rose on Monday.');
    assert.ok(!found.some((m) => /Upgrade/.test(m)), found.join(', '));
  });

  it('reads a product before its kind\'s noun, a state\'s abbreviation, and no person from a first name in the headline', () => {
    const found = mentions('Kelbyx Results Lift Chip Stocks\nEUGENE, Ore. - Kelbyx said demand for its Brandtix chips was strong.');
    assertIncludes(found, ['PRODUCT:Brandtix', 'GPE:Ore.', 'LOC:EUGENE']);
    assert.ok(!found.some((m) => /Chip/.test(m)), found.join(', '));
  });

  it('leaves a court\'s word before "Judge" to the title ("District Judge Ann Berg")', () => {
    const found = mentions('Mine blocked\n\nU.S. District Judge Ann Berg ruled on Friday that the agency had failed to consider the impact on groundwater.\n');
    assertIncludes(found, ['GPE:U.S.', 'PERSON:Ann Berg']);
    assert.ok(!found.some((m) => m.includes('District')), found.join(', '));
  });

  it('splits a name at an abbreviated title written with its full stop ("Sgt.", "Gen.")', () => {
    const found = mentions('"He was calm," said Lindby Police Sgt. Karl Brandt. Kelby Army Gen. Ann Berg agreed.');
    assertIncludes(found, ['ORG:Lindby Police', 'PERSON:Karl Brandt', 'ORG:Kelby Army', 'PERSON:Ann Berg']);
  });

  it('ends a firm\'s name at its legal form ("the Acme Ltd Christmas party")', () => {
    const found = mentions('Ann Berg, 52, spoke at the Ostra Distribution Ltd Christmas party on Friday.');
    assert.ok(found.includes('ORG:Ostra Distribution Ltd'), found.join(', '));
    // Two legal forms, the second after a comma, close the name together.
    const both = mentions('Shares in Ostra Steel Co., Ltd rose 6% in Kelby on Thursday.');
    assert.ok(both.includes('ORG:Ostra Steel Co., Ltd') && !both.includes('ORG:Ltd'), both.join(', '));
  });

  it('reads a town that is also a first name as the town where the text says where it is or names its people', () => {
    const found = mentions('A fire closed a bakery in Troy, Mich., on Monday. Troy police said nobody was hurt. Troy residents helped.');
    const troy = found.filter((m) => m.endsWith(':Troy'));
    assert.ok(troy.length === 3 && troy.every((m) => m === 'GPE:Troy'), found.join(', '));
    // The state after the town is a place too, where the tagger missed it or took it for something else.
    assert.ok(mentions('Ann Berg spoke in Eugene , Ore. on Monday .').includes('GPE:Ore.'));
    assert.ok(mentions('The firm moved to Troy , N.Y. last year .').includes('GPE:N.Y.'));
    // A club is no town: the cue is the lower-case word.
    const club = mentions('Postponed : Manchester City v Kelby Rovers .');
    assert.ok(!club.includes('GPE:Manchester') && !club.includes('LOC:Manchester'), club.join(', '));
  });

  it('reads a line of names and commas as a list, not a heading, and gives each name one mention', () => {
    const found = mentions('Golf scores\nAnn Berg , Karl Brandt , Leo Varga , Ida Lund , Eva Moss\nThe round was played in rain.');
    for (const name of ['Ann Berg', 'Karl Brandt', 'Leo Varga', 'Ida Lund', 'Eva Moss']) assert.strictEqual(found.filter((m) => m === `PERSON:${name}`).length, 1, found.join(', '));
    const heading = mentions('Golf Scores From The Open\nAnn Berg And Karl Brandt Lead\nThe round was played in rain.');
    assert.strictEqual(heading.filter((m) => m === 'PERSON:Ann Berg').length, 1, heading.join(', '));
  });

  it('reads no time zone or table abbreviation as a name', () => {
    const found = mentions('The Lindby market opens at 0930 EDT ( 1330 GMT ) on Monday , and the dividend is NA .');
    assert.ok(!found.some((m) => /:(EDT|GMT|NA)$/.test(m)), found.join(', '));
  });

  it('reads "Dean" before one surname as a first name, and before a full name as a title', () => {
    assert.ok(mentions('Scorers : Dean Varga ( 12th minute ) , Karl Brandt ( 40th ) .').includes('PERSON:Dean Varga'));
    assert.ok(mentions('The law school said Dean Ann Berg would retire.').includes('PERSON:Ann Berg'));
  });

  it('reads a surname that is also a country\'s name as the person where the article names the person in full', () => {
    const found = mentions('Karl Holland won the race on Sunday . Holland said the course was hard .');
    assert.ok(found.includes('PERSON:Holland') && !found.some((m) => m.endsWith('GPE:Holland')), found.join(', '));
  });

  it('keeps a hyphenated name whole, with the Arabic article glued before it', () => {
    const found = mentions('Pilgrims walked to the al-Kelby shrine on Friday , and crowds gathered north of Ostra-Lindby .');
    assert.ok(found.some((m) => m.endsWith(':al-Kelby')), found.join(', '));
    assert.ok(found.some((m) => m.endsWith(':Ostra-Lindby')), found.join(', '));
    // Two countries joined by a hyphen stay two.
    const pair = mentions('Trade will shape France-Germany relations next year , officials said .');
    assert.ok(pair.includes('GPE:France') && pair.includes('GPE:Germany'), pair.join(', '));
  });

  it('keeps a reporter\'s byline, a name alone on its line before the dateline', () => {
    const found = mentions('Kelby shares slide after results .\nVasko Lund\nLINDBY 2025-03-14\nShares of Kelby fell on Friday , traders said .');
    assert.ok(found.includes('PERSON:Vasko Lund'), found.join(', '));
  });

  it('reads a mountain or a lake by its prefix, and leaves a nationality out of the person\'s name', () => {
    const found = mentions('He died on Mt Cook on Friday , and Englishman Karl Lund Brandt found him near Lake Kelby .');
    assert.ok(found.includes('LOC:Mt Cook') && found.includes('LOC:Lake Kelby'), found.join(', '));
    assert.ok(found.includes('PERSON:Karl Lund Brandt'), found.join(', '));
  });

  it('ends a name at a hyphen glued to a verb, and keeps a hyphenated given name', () => {
    const found = mentions('A 61-year-old Lindby man-Karl Ivar Brandt-was charged on Saturday , and Kim Song-ho said so .');
    assert.ok(found.includes('PERSON:Karl Ivar Brandt') && found.includes('PERSON:Kim Song-ho'), found.join(', '));
  });

  it('keeps a middle initial inside a name, and stops a name after a title at a headline\'s verb', () => {
    const found = mentions('President Lund Announces Nominee for Health Post\nToday President Eva Lund said she would nominate Ida M. Lund as head of the agency .');
    assert.ok(found.includes('PERSON:Ida M. Lund'), found.join(', '));
    assert.ok(!found.some((m) => /Announces/.test(m)), found.join(', '));
  });

  it('finds a name established in one article where another article writes it the same way', () => {
    const r = new Analyzer().analyze([
      { id: 'a.txt', text: 'Investors in Veltrix Systems welcomed the deal, analysts said.' },
      { id: 'b.txt', text: 'veltrix shares rose as Veltrix Systems confirmed the merger.' },
    ]);
    const v = r.entities.find((e) => e.aliases.includes('Veltrix Systems'));
    assert.ok(v, JSON.stringify(r.entities.map((e) => e.name)));
    assert.deepStrictEqual([...new Set(v.mentions.map((m) => m.doc))], ['a.txt', 'b.txt']);
  });

  it('treats model codes as products and months as no names', () => {
    const found = mentions('The carrier ordered the A350 in March.');
    assert.ok(found.includes('PRODUCT:A350'), found.join(', '));
    assert.ok(!found.some((m) => m.endsWith(':March')), found.join(', '));
    // A line's name before its code is the product's; a maker the article names alone is not.
    const chips = mentions('Chip news\n\nKelbix on Wednesday unveiled its Kelvora X2 chip, aimed at data centres. Kelbyx H30 chips are next.\nKelbyx said demand was strong.\n');
    assertIncludes(chips, ['PRODUCT:Kelvora X2', 'PRODUCT:H30']);
  });

  it('keeps spans exact: no edge spaces or punctuation', () => {
    const text = '"Lena Ström," the Swedish coach, praised Ajax (the club) and FIFA.';
    for (const e of analyzeDocument('t', text).entities) {
      assert.strictEqual(text.slice(e.start, e.end), e.text);
      assert.doesNotMatch(e.text, /^[\s"'(,]|[\s"',)]$/);
    }
  });

  it('leaves a role before a full name and a day after a title\'s name out of the name', () => {
    const found = mentions('Receptionist Ann Marie Berg saw the gunman. The club named coach Tom Ash Saturday.');
    assert.ok(found.includes('PERSON:Ann Marie Berg'), found.join(', '));
    assert.ok(found.includes('PERSON:Tom Ash'), found.join(', '));
    assert.ok(!found.some((m) => /Receptionist|Saturday/.test(m)), found.join(', '));
  });

  it('joins a place named "X of Y" however the tagger cut it, and reads a plural for people as no name', () => {
    const found = mentions('Pirates attacked a tanker in the Gulf of Ostra on Monday, far from the Isle of Lindby.');
    assert.ok(found.includes('LOC:Gulf of Ostra'), found.join(', '));
    assert.ok(found.includes('LOC:Isle of Lindby'), found.join(', '));
    // "Pirates" opening the sentence is who attacked, not a name.
    assert.ok(!found.some((m) => /Pirates/.test(m)), found.join(', '));
  });

  it('finds the teams of a result line and a standings table, even unknown to the tagger', () => {
    const found = mentions('Results of league games on Sunday.\nOstravik 3 Lindbyhamn 2 ( halftime 1-0 )\nStandings:\nOstravik 3 1 0 6 1 10\n');
    assert.ok(found.includes('ORG:Ostravik'), found.join(', '));
    assert.ok(found.includes('ORG:Lindbyhamn'), found.join(', '));
    // A line of fixtures that breaks after a "v".
    const fixtures = mentions('Results of league games on Sunday.\nLindvik 1 Kelbyholm 1\nPostponed : East Ostra v Kelbybank , St Lindstone v\nOstravians .\n');
    assertIncludes(fixtures, ['ORG:East Ostra', 'ORG:Kelbybank', 'ORG:St Lindstone']);
  });

  it('keeps a club\'s initials in brackets in its name in results, but not an acronym\'s definition', () => {
    const found = mentions('Results of league games on Saturday:\nOstravik 2 Mladby ( K ) 0 Lindvik ( BJ ) 1 Kelbyholm 1\nThe Lindby Workers Party ( LWP ) won 2 seats.');
    assertIncludes(found, ['ORG:Mladby ( K )', 'ORG:Lindvik ( BJ )', 'ORG:Lindby Workers Party', 'ORG:LWP']);
  });

  it('keeps a title of something at the start of a club\'s name ("Queen of Ostra")', () => {
    const found = mentions('Kelbish league results on Saturday:\nLindvik 0 Queen of Ostra 2\n');
    assert.ok(found.includes('ORG:Queen of Ostra'), found.join(', '));
    assert.ok(mentions('Queen Ann Berg of Lindbia visited Kelby on Monday.').includes('PERSON:Ann Berg'));
  });

  it('reads the papers of a press review by the lines that head their stories', () => {
    const text = 'PRESS DIGEST - Lindbia - Aug 31 .\nKELBY 1996-08-31\nThese are the leading stories in the Lindbian press on Saturday .\nLE KELBY\n' +
      '- Ann Berg arrives in Ostra for talks on trade and energy with the government .\n- - - -\nMEDIA LINDBIA\n' +
      'Exports rose 5 percent in July as demand for timber and steel recovered across the region .\n- - - -\nOSTRA POST\n' +
      'The central bank held interest rates at 4 percent for the third month running .\n';
    const found = mentions(text);
    assertIncludes(found, ['ORG:LE KELBY', 'ORG:MEDIA LINDBIA', 'ORG:OSTRA POST']);
    assert.ok(!found.some((m) => m.endsWith(':LINDBIA')), found.join(', '));
  });

  it('reads a road by its word and number, and a paper\'s name over its particles', () => {
    const found = mentions('Trucks drove along Interstate 95 on the East Coast and Highway 1 in the west. The Gazzetta dello Kelby said the deal would cost $600,000.');
    assertIncludes(found, ['FAC:Interstate 95', 'FAC:Highway 1', 'ORG:Gazzetta dello Kelby']);
  });

  it('keeps a place whole over its particles ("Rio Grande do Sul", "Santa Cruz de la Sierra")', () => {
    const found = mentions('Floods in Brazil\n\nHeavy rain caused floods in Rio Grande do Sul state on Friday. Officials in Santa Cruz de la Sierra said rivers rose.\n');
    for (const m of ['GPE:Rio Grande do Sul', 'GPE:Santa Cruz de la Sierra']) assert.ok(found.includes(m) || found.includes(m.replace('GPE', 'LOC')), found.join(', '));
  });

  it('reads a name a place\'s noun introduces as the place, in every mention of the article', () => {
    // A name with a person's look, which the noun alone makes a place.
    const found = mentions('Talks resume\n\nAn uneasy ceasefire has held in Ida Lund since 1994. Talks on the disputed Ida Lund region resumed on Monday.\n');
    assert.ok(found.length === 2 && found.every((m) => m === 'LOC:Ida Lund'), found.join(', '));
    assert.ok(mentions('The Kelby district court jailed Karl Brandt.').every((m) => m !== 'LOC:Kelby'));
  });

  it('reads the town that opens a line of results before a colon as the venue', () => {
    const found = mentions('County championship scores on Friday:\nLeeds : Kelbyshire 363 ( A. Berg 111 , K. Brandt 52 ) , Ostrashire 197-8\n');
    assert.ok(found.some((m) => m === 'GPE:Leeds' || m === 'LOC:Leeds'), found.join(', '));
  });

  it('reads the team after a ranked competitor and their country, and no team where another competitor follows', () => {
    const text = 'Results of the third stage on Friday:\n1. Karl Brandt ( Germany ) , Kelby Motors Ostra , 53.980\n2. Leo Varga ( Italy ) Lindby-Kelbytex 1:16\n' +
      '3. Tom Ash ( France ) , Eva Moss ( Spain ) , Ida Lund ( Norway )\n';
    const found = mentions(text);
    assertIncludes(found, ['ORG:Kelby Motors Ostra', 'ORG:Lindby-Kelbytex', 'PERSON:Eva Moss', 'PERSON:Ida Lund']);
  });

  it('reads a club by its last word alone in a sports report ("United" after "Kelby United")', () => {
    const text = 'Kelby United sack manager\n\nKelby United have sacked manager Tom Ash after a 3-0 home defeat by Ostra City on Saturday left them bottom of the league.\n' +
      'Striker Jonas Kvist scored twice for City, who climbed to fourth.\n' +
      "United's next home game is against Arsenal at Brekka Park on December 6.\n";
    const found = mentions(text);
    assert.ok(found.includes('ORG:United') && found.includes('ORG:City'), found.join(', '));
    assert.ok(!found.some((m) => m === 'PERSON:United' || m === 'LOC:United' || m === 'PERSON:City'), found.join(', '));
  });

  it('reads a town as its club where a sports report moves a player to it or gives it a plural verb', () => {
    const text = 'Soccer - Berg moves\n\nStriker Ann Berg, 27, joined Nairobi from Osaka in a deal that many have seen as a goal for the league. ' +
      'She scored in the halftime of her last game. Krakow have been unable to win any of their four games. Hanoi were beaten 2-0 at home.\n';
    const found = mentions(text);
    assertIncludes(found, ['ORG:Nairobi', 'ORG:Osaka', 'ORG:Krakow', 'ORG:Hanoi']);
  });

  it('reads an armed group by its fighters, though the tagger read a place', () => {
    const found = mentions('A ceasefire between Lindbia and Kelbollah guerrillas will be discussed in the south on Monday.');
    assert.ok(found.includes('ORG:Kelbollah'), found.join(', '));
  });

  it('reads a team by its plural alone in a sports report, in a headline in capitals too', () => {
    const text = 'BASEBALL - BERG LOWERS ERA AS KELBYRAYS BEAT REDS .\nOSTRA 1996-08-31\n' +
      'Ann Berg pitched eight innings and the Lindby Kelbyrays beat the Ostra Reds 5-2 on Saturday. The Kelbyrays have won nine of their last 10 games, and the pitcher has a 2.10 ERA.\n';
    const found = mentions(text);
    assert.ok(found.includes('ORG:KELBYRAYS') && found.includes('ORG:REDS'), found.join(', '));
  });

  it('reads a club named for its town, and by its first word alone, in a sports report; not a person whose surname is a town', () => {
    const text = 'Soccer - Ostrak fans locked out\n\nOstrak Volgograd must play their next home game behind closed doors after fans hurled bottles at the striker ' +
      'during a 1-0 defeat in the league on Saturday. The goalkeeper was injured and the halftime score was 0-0. Despite the defeat, Ostrak are well placed. ' +
      'Mariano Rivera pitched a scoreless ninth.\n';
    const found = mentions(text);
    assertIncludes(found, ['ORG:Ostrak Volgograd', 'ORG:Ostrak', 'PERSON:Mariano Rivera']);
  });

  it('splits "X of <country>" into the name and its country, but keeps "Bank of England" whole', () => {
    const found = mentions('On Sunday, Kelby of Germany beat Ostra. The Bank of England said nothing.');
    assert.ok(found.includes('GPE:Germany'), found.join(', '));
    assert.ok(found.includes('ORG:Kelby'), found.join(', '));
    assert.ok(found.includes('ORG:Bank of England'), found.join(', '));
  });

  it('takes a first name and the capitalised word after it as a person the tagger missed, but not in a headline', () => {
    const found = mentions('Lindby Chip Sale Curbs Widen\nOn Monday, Mary Lund met Karl Brandt. The chip sale was on hold.');
    assert.ok(found.includes('PERSON:Mary Lund'), found.join(', '));
    assert.ok(!found.some((m) => /Chip Sale/.test(m)), found.join(', '));
  });
});
