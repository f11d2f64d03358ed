/** npm run cv:ner — five-fold cross-validation of the named-entity tagger (tools/eval/conllCv.ts). */
import { crossValidateNer } from './eval/conllCv';
import { line } from './eval/shared';

crossValidateNer(line);
