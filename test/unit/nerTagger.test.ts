/** The tagger's fast context scorer against the features as strings, on text written for this test. */
import * as assert from 'assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lineCase, NER_TAGS } from '../../src/core/nerFeatures';
import { contextScore, contextScoreByStrings } from '../../src/core/nerTagger';
import { tokenize } from '../../src/core/tokenize';
import { coarseCluster, wordCluster } from '../../src/core/wordClusters';
import { withNamesSwapped } from '../../tools/ner/train';
import { isBrand } from '../../src/core/brands';
import { analyzeDocument } from '../../src/core/analyzeDocument';
import { documentTopic } from '../../src/core/documentTopic';

describe('named-entity tagger', () => {
  it('scores every token\'s context exactly as the features written out as strings do', () => {
    const texts = [
      'ACME CORP NAMES ANN BERG CHIEF AS LINDBY PLANT CLOSES\nKessler Motors Cuts 400 Jobs In Lindby And Ostra\n' +
        'Ann Berg, chief executive of Kessler Motors Inc., told reporters in New York on Monday that shares rose 4%. ' +
        'Minister Tom Ash said the Ostra Football Club would appeal. "We expect growth," Berg said.',
      // The sample articles as well: real news layout, datelines and boilerplate.
      ...readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join('seeds', f), 'utf8')),
    ];
    let compared = 0;
    for (const text of texts) {
      const { tokens, sentences } = tokenize(text);
      for (const s of sentences) {
        const line = lineCase(tokens, s.firstToken, s.lastToken);
        for (let t = s.firstToken; t <= s.lastToken; t++) {
          for (const [prev, prevPrev] of [['O', 'O'], ['B-ORG', 'O'], ['I-PER', 'B-PER']]) {
            const fast = contextScore(tokens, t, s.firstToken, s.lastToken, prev, prevPrev, line);
            const plain = contextScoreByStrings(tokens, t, s.firstToken, s.lastToken, prev, prevPrev, line);
            assert.deepStrictEqual([...fast], [...plain], `token ${t} "${tokens.value[t]}" after ${prev}`);
            compared++;
          }
        }
      }
    }
    assert.ok(compared > 1000, `${compared} scores compared`);
    assert.strictEqual(NER_TAGS.length, 9);
  });

  it('puts words newswire uses alike in one word class, and knows no class for a made-up word', () => {
    assert.strictEqual(wordCluster('monday'), wordCluster('tuesday'));
    assert.strictEqual(wordCluster('shares'), wordCluster('stocks'));
    assert.notStrictEqual(wordCluster('monday'), wordCluster('shares'));
    assert.ok(wordCluster('monday') >= 0);
    assert.strictEqual(wordCluster('xyzzyq'), -1);
    assert.strictEqual(coarseCluster(-1), -1);
    // Fine classes nest in coarse ones: words of one fine class share their coarse class.
    assert.strictEqual(coarseCluster(wordCluster('monday')), coarseCluster(wordCluster('tuesday')));
  });
});

describe('tagger training data', () => {
  it('swaps each name for another of its type, one for one through a document, with gold spans that still fit', () => {
    const text = 'Ann Berg joined Kelby Motors . Berg said Kelby Motors would grow .';
    const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
    const doc = {
      text,
      gold: [
        { ...at('Ann Berg'), type: 'PER' }, { ...at('Kelby Motors'), type: 'ORG' },
        { ...at('Berg', 10), type: 'PER' }, { ...at('Kelby Motors', 30), type: 'ORG' },
      ],
    };
    const pool = new Map([['PER', ['Ida Lund', 'Lund', 'Eva Moss']], ['ORG', ['Ostra Bank', 'Lindby Steel']]]);
    const swapped = withNamesSwapped(doc, pool, 3);
    const names = swapped.gold.map((g) => `${g.type}:${swapped.text.slice(g.start, g.end)}`);
    assert.strictEqual(names.length, 4);
    for (const n of names) assert.ok(/^(PER:(Ida Lund|Lund|Eva Moss)|ORG:(Ostra Bank|Lindby Steel))$/.test(n), names.join(', '));
    // The same organisation is the same replacement both times; the text between names is kept.
    assert.strictEqual(names[1], names[3]);
    assert.ok(swapped.text.includes(' joined ') && swapped.text.endsWith(' would grow .'), swapped.text);
  });
});

describe('brand names', () => {
  it('knows brands by their spelling, and leaves places and first names to their own lists', () => {
    assert.ok(isBrand('YouTube') && isBrand('Google') && isBrand('Microsoft') && isBrand('eBay'));
    // Not a lower-case spelling, a place, a first name, a surname, an English word or a legal form.
    for (const w of ['google', 'Iceland', 'Ada', 'Morrison', 'Income', 'Inc']) assert.ok(!isBrand(w), w);
  });

  it('reads a known brand in running text as an organisation, where word classes alone had read a common noun', () => {
    const found = analyzeDocument('t.txt', 'Regulators said on Monday that Google and YouTube would face a fine. Microsoft declined to comment.').entities.map((e) => `${e.type}:${e.text}`);
    for (const m of ['ORG:Google', 'ORG:YouTube', 'ORG:Microsoft']) assert.ok(found.includes(m), found.join(', '));
  });
});

describe('sports reports', () => {
  it('tells a sports report by its words, and not a town story that mentions a team or a win', () => {
    const topic = (text: string) => documentTopic(tokenize(text).tokens);
    assert.strictEqual(topic('Kelby beat Lindby 3-1 on Saturday. The striker scored twice before halftime and the coach praised the team.'), 'sport');
    assert.strictEqual(topic('The council won the vote on Monday. A team of engineers will inspect the bridge in Lindby, the mayor said.'), null);
    assert.strictEqual(topic(''), null);
  });

  it('reads a town that plays as its club in a sports report, and as the town elsewhere', () => {
    const types = (text: string, name: string) => analyzeDocument('t.txt', text).entities.filter((e) => e.text === name).map((e) => e.type);
    const report = 'Karl Brandt hit a two-run homer in the ninth inning and Oakland beat Seattle 5-4 on Saturday.\n' +
      'Seattle had led 4-2 after six innings. Oakland has won 10 of its last 15 games and leads the standings.';
    const club = types(report, 'Oakland');
    assert.ok(club.length === 2 && club.every((t) => t === 'ORG'), club.join(', '));
    const town = types('Officials in Oakland signed a water agreement on Saturday. The mayor of Oakland, Ann Berg, said the deal would cut costs.', 'Oakland');
    assert.ok(town.length === 2 && town.every((t) => t === 'GPE'), town.join(', '));
  });

  it('keeps each mention\'s own reading of a town or its club in a sports report, where one document mixes the two', () => {
    const text = 'Karl Brandt hit a two-run homer in the ninth inning and Oakland beat Seattle 5-4 on Saturday.\n' +
      'Oakland has won 10 of its last 15 games and leads the standings. In Oakland, a crowd of 30,000 saw the game.';
    const oakland = analyzeDocument('t.txt', text).entities.filter((e) => e.text === 'Oakland').map((e) => e.type);
    assert.deepStrictEqual(oakland, ['ORG', 'ORG', 'GPE']);
  });

  it('reads a capitalised plural after "the" as a team in a sports report, but not an event or a place', () => {
    const text = 'Karl Brandt kicked the Kelbyboks into a 6-0 lead after 10 minutes, and the Ostra Rams never caught up.\n' +
      'The striker scored twice before halftime at the stadium. The team will play in the Olympics and tour the Netherlands.';
    const found = analyzeDocument('t.txt', text).entities.map((e) => `${e.type}:${e.text}`);
    for (const m of ['ORG:Kelbyboks', 'ORG:Ostra Rams']) assert.ok(found.includes(m), found.join(', '));
    assert.ok(!found.some((m) => /ORG:(Olympics|Netherlands)/.test(m)), found.join(', '));
  });
});
