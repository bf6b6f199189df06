import { ALL_DOCUMENT_TYPES } from '../documents';
import { DEFAULT_DOCUMENT_ABBREVIATIONS, defaultAbbreviation } from './document-rules';

describe('document number abbreviations', () => {
  it.each(Object.keys(ALL_DOCUMENT_TYPES))('%s has an abbreviation of the form set', (type) => {
    // Without one, the number would show the type's code (洪应急seizure_decision〔2026〕1号).
    expect(defaultAbbreviation(type)).not.toBe(type);
  });

  it('lists the same abbreviation beside each procedure’s types as the numbers use', () => {
    for (const [type, abbreviation] of Object.entries(ALL_DOCUMENT_TYPES))
      expect({ type, abbreviation }).toEqual({ type, abbreviation: defaultAbbreviation(type) });
  });

  it('gives no two types the same abbreviation (counters run per type: numbers would collide)', () => {
    const abbreviations = Object.values(DEFAULT_DOCUMENT_ABBREVIATIONS);
    expect(abbreviations.filter((a, i) => abbreviations.indexOf(a) !== i)).toEqual([]);
  });
});
