import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { agendaHeadingOf } from './agendaHeading';
import { AgendaHeadingSchema, ConventionsSchema } from './conventions';

describe('the committee\'s word for its list of saker (conventions.agendaHeading)', () => {
  it('heads it «Saksliste» (nynorsk «Sakliste») until the committee chooses, «Sakskart» or «Dagsorden» when it does, with the definite forms the texts need', () => {
    const forms = [undefined, ...AgendaHeadingSchema.options].map((agendaHeading) => {
      const conventions = v.parse(ConventionsSchema, agendaHeading === undefined ? {} : { agendaHeading });
      return [agendaHeadingOf(conventions, 'nb'), agendaHeadingOf(conventions, 'nn')].map((noun) => `${noun.word}/${noun.definite}${noun.neuter ? '/n' : ''}`);
    });
    expect(forms).toEqual([
      ['Saksliste/sakslisten', 'Sakliste/saklista'],
      ['Saksliste/sakslisten', 'Sakliste/saklista'],
      ['Sakskart/sakskartet/n', 'Sakskart/sakskartet/n'],
      ['Dagsorden/dagsordenen', 'Dagsorden/dagsordenen'],
    ]);
  });

  it('refuses a word it does not know, naming the field and the words it takes', () => {
    const result = v.safeParse(ConventionsSchema, { agendaHeading: 'agenda' });
    expect(result.success).toBe(false);
    expect(result.issues?.map((issue) => [v.getDotPath(issue), issue.input, issue.expected])).toEqual([['agendaHeading', 'agenda', '("saksliste" | "sakskart" | "dagsorden")']]);
  });
});
