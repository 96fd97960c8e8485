// Inflections for phrase-map entries, made once when a map is compiled.
import nlp from 'compromise';

const { methods, model } = nlp.world() as unknown as {
  methods: {
    two: {
      transform: {
        verb: { conjugate: (word: string, model: unknown) => Record<string, string> };
        noun: { toPlural: (word: string, model: unknown) => string };
      };
    };
  };
  model: unknown;
};
const transform = methods.two.transform;

/** Short words (particles, articles) are left alone: "clean up" never becomes "clean ups". */
const isInflectable = (word: string) => /^\p{L}{3,}$/u.test(word);

/** Words already inflected ("handling", "cached") are not conjugated again. */
const isInflected = (word: string) => /(?:ing|ed)$/.test(word);

function verbForms(word: string): string[] {
  if (!isInflectable(word) || isInflected(word)) return [];
  const forms = transform.verb.conjugate(word, model);
  const result = [forms.PastTense, forms.PresentTense, forms.Gerund].filter(
    (form): form is string => typeof form === 'string' && !form.includes(' '),
  );
  // compromise writes "queuing"; "queueing" is as common in tickets. Only the
  // queue family keeps its e: "decoupleing" or "cacheing" is nobody's spelling.
  if (word.endsWith('ueue')) result.push(`${word}ing`);
  return result;
}

function plural(word: string): string[] {
  if (!isInflectable(word)) return [];
  const form = transform.noun.toPlural(word, model);
  return form && !form.includes(' ') ? [form] : [];
}

/**
 * All forms of a phrase: one word takes its plural and verb forms (cache ->
 * caches, cached, caching); a longer phrase inflects its first word as a verb
 * ("hardening session handling") and its last as a plural ("flaky tests").
 */
export function inflections(phrase: string): string[] {
  const words = phrase.trim().split(/\s+/);
  const forms = new Set([words.join(' ')]);
  if (words.length === 1) {
    for (const form of [...verbForms(words[0]!), ...plural(words[0]!)]) forms.add(form);
    return [...forms];
  }
  const [first, ...rest] = words;
  for (const form of verbForms(first!)) forms.add([form, ...rest].join(' '));
  const last = words[words.length - 1]!;
  for (const form of plural(last)) forms.add([...words.slice(0, -1), form].join(' '));
  return [...forms];
}

/** An acronym's plural ("SLOs", "JWTs"). */
export function exactForms(phrase: string): string[] {
  return /^[A-Z][A-Z0-9+]*[A-Z0-9]$/.test(phrase) ? [phrase, `${phrase}s`] : [phrase];
}
