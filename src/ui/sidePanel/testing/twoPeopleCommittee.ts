import * as v from 'valibot';
import { CommitteeSchema } from '../../../domain/model';

/** The side panel tests' committee: one member and one referent, so a test can open the panel as either. */
export const REFERENT = 'hilde.kari.maugesten@siv.example';
export const MEMBER = 'kristin.liset@horten.kommune.example.no';
export const twoPeopleCommittee = v.parse(CommitteeSchema, {
  id: 'partnerskapsmotet',
  name: 'Partnerskapsmøtet',
  shortName: 'PM',
  languageForm: 'nb',
  caseNumberFormat: '{YYYY}.{NN}',
  members: [{ name: 'Kristin Liset', email: MEMBER }],
  referents: [{ name: 'Hilde Kari Maugesten', email: REFERENT }],
});
