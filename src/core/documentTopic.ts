/**
 * What a document is about, as far as the name tagger needs it: a sports report, where a
 * town's name is as often a club ("Kelby beat Lindby 3-1", "Ostra tied it up in the ninth")
 * as the town. The tagger weighs its place and word-class features by it.
 */
import type { TokenTable } from './model';

/** Words only sports reports use in number: the games, their events, their people and their scores. */
const SPORTS_WORDS = new Set([
  'soccer', 'football', 'rugby', 'cricket', 'tennis', 'golf', 'baseball', 'basketball', 'hockey', 'cycling',
  'athletics', 'boxing', 'racing', 'motorsport', 'nfl', 'nba', 'nhl', 'mlb', 'uefa', 'fifa', 'olympic', 'olympics',
  'league', 'championship', 'championships', 'tournament', 'match', 'matches', 'season', 'playoff', 'playoffs',
  'semifinal', 'semifinals', 'semi-final', 'semi-finals', 'quarterfinal', 'quarterfinals', 'quarter-final', 'quarter-finals',
  'innings', 'inning', 'wicket', 'wickets', 'goal', 'goals', 'scored', 'striker', 'midfielder', 'goalkeeper', 'defender',
  'pitcher', 'homer', 'homers', 'homered', 'touchdown', 'quarterback', 'batsman', 'bowler', 'seeded', 'seed',
  'halftime', 'half-time', 'penalty', 'penalties', 'standings', 'scoreboard', 'draw', 'drew', 'beat', 'defeated',
  'victory', 'win', 'won', 'coach', 'manager', 'club', 'clubs', 'team', 'teammate', 'squad', 'stadium', 'fans',
  'points', 'title', 'champion', 'champions', 'cup', 'race', 'lap', 'medal', 'runs', 'hits', 'game', 'games',
]);

/** Of these, the ones no other kind of news uses: one of them is enough with the others. */
const SPORTS_ONLY = new Set([
  'soccer', 'rugby', 'cricket', 'tennis', 'golf', 'baseball', 'basketball', 'hockey', 'nfl', 'nba', 'nhl', 'mlb',
  'uefa', 'fifa', 'innings', 'inning', 'wicket', 'wickets', 'striker', 'midfielder', 'goalkeeper', 'pitcher',
  'homer', 'homers', 'homered', 'touchdown', 'quarterback', 'batsman', 'bowler', 'halftime', 'half-time',
  'standings', 'scoreboard', 'semifinal', 'quarterfinal', 'playoff', 'playoffs',
]);

export type DocumentTopic = 'sport' | null;

/**
 * 'sport' where the words of sport are at least one in sixty of the document's words (two or more) and
 * one of them is sport's alone; null otherwise. One pass over the normal forms.
 */
export function documentTopic(tokens: TokenTable, first = 0, last = tokens.count - 1): DocumentTopic {
  let words = 0;
  let sports = 0;
  let only = 0;
  for (let t = first; t <= last; t++) {
    const w = tokens.normal[t];
    const c = w.charCodeAt(0);
    if (c < 97 || c > 122) continue;
    words++;
    if (SPORTS_WORDS.has(w)) {
      sports++;
      if (SPORTS_ONLY.has(w)) only++;
    }
  }
  if (only > 0 && sports >= 2 && sports * 60 >= words) return 'sport';
  return null;
}
