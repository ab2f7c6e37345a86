import { useEffect, useState } from 'react';
import type { Noun, Wording } from '../../domain/conventions';
import type { AgendaItem, Committee } from '../../domain/model';
import { useLanguage } from './i18n';
import { wordingLanguage } from './useCommitteeWording';

type CaseRoute = typeof import('../../domain/caseRoute');

/**
 * What the committee's conclusion in `item` is called on a screen, as the protokoll calls it (caseRoute.ts
 * `conclusionNoun`): «Vedtak», or «Innstilling til Kommunestyret» for a sak that goes on to another body. The
 * saksgang's code is fetched only for a sak that has a saksgang, so the stage's and the side panel's start-up do
 * not carry it; until it has come, and for good when it cannot be fetched (a failed chunk), the committee's own word.
 */
export function useConclusionNoun(item: Pick<AgendaItem, 'caseRoute' | 'caseNumber'> | undefined, committee: Pick<Committee, 'name'>, words: Wording): Noun {
  const language = wordingLanguage(useLanguage());
  const [route, setRoute] = useState<CaseRoute>();
  const routed = (item?.caseRoute?.length ?? 0) > 0;
  useEffect(() => {
    if (routed) void import(/* webpackChunkName: "case-route-words" */ '../../domain/caseRoute').then(setRoute, () => undefined);
  }, [routed]);
  return item && route ? route.conclusionNoun(item, committee, words, language) : words.conclusion;
}
