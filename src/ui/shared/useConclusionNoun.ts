import { useEffect, useState } from 'react';
import type { Noun, Wording } from '../../domain/conventions';
import type { AgendaItem, Committee } from '../../domain/model';
import { useLanguage } from './i18n';
import { wordingLanguage } from './useCommitteeWording';

type CaseRoute = typeof import('../../domain/caseRoute');
type RoutedItem = Pick<AgendaItem, 'caseRoute' | 'caseNumber'>;

/**
 * The saksgang's code, fetched only for a sak that has a saksgang, so the stage's and the side panel's start-up do not carry it;
 * when it cannot be fetched (a failed chunk), none: the committee's own words stay.
 */
function useCaseRoute(item: RoutedItem | undefined): CaseRoute | undefined {
  const [route, setRoute] = useState<CaseRoute>();
  const routed = (item?.caseRoute?.length ?? 0) > 0;
  useEffect(() => {
    if (routed) void import(/* webpackChunkName: "case-route-words" */ '../../domain/caseRoute').then(setRoute, () => undefined);
  }, [routed]);
  return route;
}

/**
 * What the committee's conclusion in `item` is called on a screen, as the protokoll calls it (caseRoute.ts
 * `conclusionNoun`): «Vedtak», or «Innstilling til Kommunestyret» for a sak that goes on to another body. Until the
 * saksgang's code has come, the committee's own word.
 */
export function useConclusionNoun(item: RoutedItem | undefined, committee: Pick<Committee, 'name'>, words: Wording): Noun {
  const language = wordingLanguage(useLanguage());
  const route = useCaseRoute(item);
  return item && route ? route.conclusionNoun(item, committee, words, language) : words.conclusion;
}

/**
 * What the proposal in `item` is called on a screen, as the innkalling calls it (caseRoute.ts `proposalNoun`): the
 * committee's own word, or «Innstilling frå Fylkesutvalet» for a sak that comes from another body in its saksgang.
 */
export function useProposalNoun(item: RoutedItem | undefined, committee: Pick<Committee, 'name'>, words: Wording): Noun {
  const language = wordingLanguage(useLanguage());
  const route = useCaseRoute(item);
  return item && route ? route.proposalNoun(item, committee, words, language) : words.proposal;
}
