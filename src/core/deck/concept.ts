// Recognise what one line of a roadmap says: a definition, a mapping (A → B), steps, a question, a label, or plain text.

export type Concept =
  | { type: 'definition'; term: string; explanation: string }
  | { type: 'mapping'; term: string; explanation: string }
  | { type: 'steps'; items: string[] }
  | { type: 'question'; question: string }
  | { type: 'label'; label: string }
  | { type: 'plain'; text: string };

const MAX_TERM = 48;
const SENTENCE_PUNCT = /[。；！？!?]/u;
const LEAD_SEPARATOR = /^(?:[：:]|\s*[-–—]{1,2}\s+|\s+[-–—]{1,2}\s*)/u;
const ARROW = /\s*(?:→|⟶|->|=>)\s*/u;

function looksLikeTerm(term: string): boolean {
  return term.length > 0 && term.length <= MAX_TERM && !SENTENCE_PUNCT.test(term) && !/\b(?:https?|ftp)$/i.test(term);
}

/** First `：`, or an ASCII colon that is followed by a space or a CJK character (so `10:30`, `a:b` stay whole). */
function colonSplit(text: string): { term: string; explanation: string } | null {
  const match = /：|:(?=\s|[\u3000-\u9fff\uff00-\uffef]|$)/u.exec(text);
  if (!match) return null;
  const term = text.slice(0, match.index).trim();
  if (!looksLikeTerm(term)) return null;
  return { term, explanation: text.slice(match.index + match[0].length).trim() };
}

function dashSplit(text: string): { term: string; explanation: string } | null {
  const match = /\s[-–—]{1,2}\s/u.exec(text);
  if (!match) return null;
  const term = text.slice(0, match.index).trim();
  const explanation = text.slice(match.index + match[0].length).trim();
  if (!looksLikeTerm(term) || /[，,]/u.test(term) || explanation.length === 0) return null;
  // `35万 - 65万`: numbers on both sides are a range, not a term and its meaning.
  if (/\d$/u.test(term) && /^\d/u.test(explanation)) return null;
  return { term, explanation };
}

function fromTermAndRest(term: string, explanation: string): Concept {
  const cleanTerm = term.replace(/[：:]\s*$/u, '').trim();
  if (/^(?:Q|问|问题)$/iu.test(cleanTerm) && explanation) return { type: 'question', question: explanation };
  if (explanation.length === 0) return { type: 'label', label: cleanTerm };
  return { type: 'definition', term: cleanTerm, explanation };
}

/**
 * Classify one line. `strong` is the bold lead when the line opens with `**…**`: a bold term wins over
 * any colon inside it (`**Week 1-2: 《书》**` is one label, not `Week 1-2` = `《书》`).
 */
export function parseConcept(text: string, strong?: { lead: string; rest: string } | null): Concept {
  const line = text.replace(/^[•·▪●◦‣]\s*/u, '').trim();
  if (strong && strong.lead.length > 0 && strong.lead.length <= MAX_TERM * 2) {
    if (/[：:]\s*$/u.test(strong.lead)) return fromTermAndRest(strong.lead, strong.rest.replace(LEAD_SEPARATOR, '').trim());
    const sep = LEAD_SEPARATOR.exec(strong.rest);
    if (sep) return fromTermAndRest(strong.lead, strong.rest.slice(sep[0].length).trim());
    if (strong.rest.length === 0) {
      // A bold line that carries its own value: `**项目：DEX 流动性聚合服务**`.
      const inner = colonSplit(strong.lead);
      if (inner && inner.explanation) return fromTermAndRest(inner.term, inner.explanation);
      return { type: 'plain', text: strong.lead };
    }
  }
  const colon = colonSplit(line);
  if (colon) return fromTermAndRest(colon.term, colon.explanation);
  if (/[？?]\s*$/u.test(line)) return { type: 'question', question: line };
  const parts = line.split(ARROW).map((p) => p.trim());
  if (parts.length === 2 && parts.every((p) => p.length > 0)) {
    return { type: 'mapping', term: parts[0]!, explanation: parts[1]! };
  }
  if (parts.length > 2 && parts.every((p) => p.length > 0)) return { type: 'steps', items: parts };
  const dash = dashSplit(line);
  if (dash) return { type: 'definition', term: dash.term, explanation: dash.explanation };
  return { type: 'plain', text: line };
}

/** The words a list card shows for one item: the term of a definition, else the whole line. */
export function itemWords(concept: Concept): string {
  switch (concept.type) {
    case 'definition':
      return concept.term;
    case 'mapping':
      return `${concept.term} → ${concept.explanation}`;
    case 'steps':
      return concept.items.join(' → ');
    case 'question':
      return concept.question;
    case 'label':
      return concept.label;
    case 'plain':
      return concept.text;
  }
}
