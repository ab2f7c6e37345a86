// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CommitteeSchema } from '../../domain/model';
import type { HostContext } from '../../hosts/hostContext';
import { REFERENT_CHUNKS_META } from '../shared/browserChunksMeta.mjs';
import { testMeeting } from '../meeting/testing/testMeeting';
import type { LinkedMeeting } from '../meeting/findMeeting';
import { preloadForReferent } from './referentEarly';

const committee = v.parse(CommitteeSchema, {
  id: 'partnerskapsmotet',
  name: 'Partnerskapsmøtet',
  shortName: 'PM',
  languageForm: 'nb',
  caseNumberFormat: '{YYYY}.{NN}',
  members: [{ name: 'Kristin Liset', email: 'kristin.liset@horten.kommune.example.no' }],
});
const found: LinkedMeeting = { committee, meeting: { value: testMeeting(), version: 'v1' } };
const REFERENT = 'hilde.kari.maugesten@siv.example'; // testMeeting's minute taker
const MEMBER = 'kristin.liset@horten.kommune.example.no';
const FILES = ['/side-panel-recorder.6f.js', '/graph-shared.3c.js'];

const host = (upn: string, kind: HostContext['host'] = 'teams'): Pick<HostContext, 'host' | 'user'> => ({ host: kind, user: { upn, loginHint: upn } });
const preloaded = () => [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((link) => new URL(link.href).pathname);

afterEach(() => {
  document.head.innerHTML = '';
});

describe('the side panel’s entry, once the meeting is read', () => {
  it('starts downloading every file of the recorder when Teams names the signed-in person the referent', () => {
    document.head.innerHTML = `<meta name="${REFERENT_CHUNKS_META}" content="${FILES.join(' ')}">`;
    preloadForReferent(found, host(REFERENT));
    expect(preloaded()).toEqual(FILES);
  });

  it('downloads nothing more for a member, in a plain browser (whose ?upn= anyone can type), or when no meeting was found', () => {
    document.head.innerHTML = `<meta name="${REFERENT_CHUNKS_META}" content="${FILES.join(' ')}">`;
    preloadForReferent(found, host(MEMBER));
    preloadForReferent(found, host(REFERENT, 'browser'));
    preloadForReferent(undefined, host(REFERENT));
    expect(preloaded()).toEqual([]);
  });
});
