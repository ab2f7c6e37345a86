import { useEffect, useState } from 'react';
import type { Noun, Wording } from '../../domain/conventions';
import type { AgendaItem, Committee } from '../../domain/model';
import { useLanguage } from './i18n';
import { wordingLanguage } from './useCommitteeWording';

type CaseRoute = typeof import('../../domain/caseRoute');
type RoutedItem = Pick<AgendaItem, 'caseRoute' | 'caseNumber'>;

/**
 * A word the saksgang decides (caseRoute.ts `conclusionNoun` or `proposalNoun`), on a screen as in the documents. The
 * saksgang's code is fetched only for a sak that has a saksgang, so the stage's and the side panel's start-up do not
 * carry it; until it has come, the committee's own word (`own`).
 */
function useRouteNoun(item: RoutedItem | undefined, committee: Pick<Committee, 'name'>, words: Wording, noun: 'conclusionNoun' | 'proposalNoun', own: Noun): Noun {
  const language = wordingLanguage(useLanguage());
  const [route, setRoute] = useState<CaseRoute>();
  const routed = (item?.caseRoute?.length ?? 0) > 0;
  useEffect(() => {
    if (routed) void import(/* webpackChunkName: "case-route-words" */ '../../domain/caseRoute').then(setRoute);
  }, [routed]);
  return item && route ? route[noun](item, committee, words, language) : own;
}

/** What the committee's conclusion in `item` is called: «Vedtak», or «Innstilling til Kommunestyret» for a sak that goes on to another body. */
export const useConclusionNoun = (item: RoutedItem | undefined, committee: Pick<Committee, 'name'>, words: Wording): Noun =>
  useRouteNoun(item, committee, words, 'conclusionNoun', words.conclusion);

/** What the proposal in `item` is called: the committee's own word, or «Innstilling frå Fylkesutvalet» for a sak that comes from another body. */
export const useProposalNoun = (item: RoutedItem | undefined, committee: Pick<Committee, 'name'>, words: Wording): Noun =>
  useRouteNoun(item, committee, words, 'proposalNoun', words.proposal);
