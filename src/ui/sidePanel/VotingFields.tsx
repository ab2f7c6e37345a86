import { useRef } from 'react';
import { Button, Checkbox, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { wordingOf } from '../../domain/conventions';
import type { AgendaItem, Attendance, Committee, MeetingProposal, RecordStatement, Vote, Voting } from '../../domain/model';
import { afterSakWord } from '../../domain/sakWord';
import { isUnanimousChoice, outcomeAtOdds, voteLine, voteOnProposal } from '../../domain/voting';
import { representedShares, sharesAdopted } from '../../domain/shareholding';
import type { ItemPatch } from '../shared/autosave/meetingDrafts';
import { useWordingValues } from '../shared/wordingValues';
import { useVotingText } from './votingText';
import { VotingEntry, useVotingEntryStyles, type VotingEntryKind } from './VotingEntry';
import { firstControl, useFocusAfterRender } from '../shared/useFocusAfterRender';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  count: { width: '7em' },
  line: { color: tokens.colorNeutralForeground2 },
});

const EMPTY: Voting = { proposals: [], votes: [], statements: [] };

/** A count as typed: a whole number of 0 or more (up to 4 digits; 12 for shares), or none when the field is emptied (anything else is not taken). */
function countOf(text: string, shares = false): number | undefined | null {
  if (text.trim() === '') return undefined;
  return (shares ? /^\d{1,12}$/ : /^\d{1,4}$/).test(text.trim()) ? Number(text.trim()) : null;
}

/** A vote counted in shares takes its outcome from the counts by the majority rule it needs (shareholding.ts `sharesAdopted`), once both are typed. */
function withSharesOutcome(vote: Vote, represented: number | undefined): Vote {
  const adopted = sharesAdopted(vote, represented);
  return adopted === undefined ? vote : { ...vote, adopted };
}

/**
 * What the referent records of a political body's møtebehandling, under the free «Møtebehandling»: the proposals made in
 * the meeting, the votes (what, adopted or fell, unanimous or the counts, with the protokoll's line as it will print) and
 * the protokolltilførsler (domain/voting.ts). Each change is a patch of the sak's `voting`, autosaved as the rest.
 * Shown when the committee turns it on (`conventions.voting`) or the sak already has some. A committee that records none gets
 * one choice after the vedtak, «Vedtaket var enstemmig» (nn «… var samrøystes»), the one thing many protokoller say of a vote
 * without counting: ticked, the sak holds one unanimous vote on nothing named (`isUnanimousChoice`), which the protokoll prints
 * alone after the vedtak, «Enstemmig vedtatt.» / «Samrøystes vedteke.» (domain/voting.ts `votingLines`); unticked, none.
 * A chunk of its own (`RecordingFields.tsx`).
 */
export interface VotingFieldsProps {
  /** The proposals and votes (over the vedtak), or the protokolltilførsler (under it): the protokoll's order. */
  part: 'motions' | 'statements';
  committee: Pick<Committee, 'conventions' | 'languageForm'>;
  voting: Voting | undefined;
  readOnly: boolean;
  onEdit: (patch: ItemPatch) => void;
  newId?: () => string;
  /** The meeting's attendance: with `conventions.attendanceByShares`, the shares represented, of which § 5-18's two thirds are. */
  attendance?: readonly Attendance[];
  /** The sak, named in a warning («Sak 012/24 Budsjett 2025: …»). */
  sak?: Pick<AgendaItem, 'caseNumber' | 'title'>;
}

export function VotingFields({ part, committee, voting, readOnly, onEdit, newId = () => crypto.randomUUID(), attendance, sak }: VotingFieldsProps) {
  const t = useVotingText();
  const choiceWords = useWordingValues(committee);
  const styles = { ...useVotingEntryStyles(), ...useStyles() };
  const current = voting ?? EMPTY;
  const form = committee.languageForm;
  const set = (next: Partial<Voting>) => onEdit({ voting: { ...current, ...next } });
  const setProposal = (index: number, change: Partial<MeetingProposal>) =>
    set({ proposals: current.proposals.map((p, i) => (i === index ? { ...p, ...change } : p)) });
  const setVote = (index: number, change: Partial<Vote>) => set({ votes: current.votes.map((vote, i) => (i === index ? { ...vote, ...change } : vote)) });
  const setStatement = (index: number, change: Partial<RecordStatement>) =>
    set({ statements: current.statements.map((s, i) => (i === index ? { ...s, ...change } : s)) });
  // A new vote is on the sak's proposal as the protokoll names it («Innstillingen», «Forslaget til vedtak»), in its målform.
  const proposalWord = wordingOf(committee.conventions, form).proposal.definite;
  const recommendation = proposalWord.charAt(0).toUpperCase() + proposalWord.slice(1);
  // An entry added appears above the button pressed: the focus goes to its first field. One removed takes its
  // remove button away: the focus goes to the button that adds one of its kind.
  const root = useRef<HTMLDivElement>(null);
  const addButtons = { proposal: useRef<HTMLButtonElement>(null), vote: useRef<HTMLButtonElement>(null), statement: useRef<HTMLButtonElement>(null) };
  const focusAfter = useFocusAfterRender();
  const entries = (kind: VotingEntryKind) => [...(root.current?.querySelectorAll(`[data-voting-entry=${kind}]`) ?? [])];
  const added = (kind: VotingEntryKind, change: Partial<Voting>) => {
    const before = entries(kind).length;
    set(change);
    focusAfter(() => (entries(kind).length > before ? firstControl(entries(kind).at(-1)) : null));
  };
  const removed = (kind: VotingEntryKind, change: Partial<Voting>) => {
    set(change);
    focusAfter(() => addButtons[kind].current);
  };
  const addVote = (on: string) => added('vote', { votes: [...current.votes, { id: newId(), on, adopted: true }] });
  // Counted in shares (a generalforsamling): the counts are shares, and the outcome follows them (aksjeloven §§ 5-17, 5-18).
  const byShares = committee.conventions?.attendanceByShares === true;
  const represented = byShares && attendance !== undefined ? representedShares(attendance) : undefined;
  const outcome = (vote: Vote): Vote => (byShares ? withSharesOutcome(vote, represented) : vote);
  const setCount = (index: number, field: 'for' | 'against', text: string) => {
    const count = countOf(text, byShares);
    if (count === null) return;
    set({
      votes: current.votes.map((vote, i) => {
        if (i !== index) return vote;
        const { [field]: _old, ...rest } = vote;
        return outcome(count === undefined ? rest : { ...rest, [field]: count });
      }),
    });
  };

  if (committee.conventions?.voting !== true && (voting === undefined || isUnanimousChoice(voting))) {
    const unanimous = (): Voting => ({ proposals: [], votes: [{ id: newId(), on: '', adopted: true, unanimous: true }], statements: [] });
    return part === 'motions' ? null : (
      <Checkbox
        label={t('voting.unanimousChoice', choiceWords)}
        checked={voting !== undefined}
        disabled={readOnly}
        onChange={(_, data) => onEdit({ voting: data.checked === true ? unanimous() : null })}
      />
    );
  }

  if (part === 'statements') {
    return (
      <div ref={root} className={styles.root} data-testid="voting-statements">
        <h3 className={styles.heading}>{t('voting.statements')}</h3>
        {current.statements.map((statement, index) => {
          const number = index + 1;
          return (
            <VotingEntry
              key={statement.id}
              labels={{ legend: t('voting.statement', { number }), by: t('voting.statementBy'), text: t('voting.statementText'), remove: t('voting.removeStatement', { number }) }}
              by={statement.by}
              text={statement.text}
              readOnly={readOnly}
              onChange={(change) => setStatement(index, change)}
              kind="statement"
              onRemove={() => removed('statement', { statements: current.statements.filter((_, i) => i !== index) })}
            />
          );
        })}
        <div>
          <Button ref={addButtons.statement} icon={<AddRegular />} disabled={readOnly} onClick={() => added('statement', { statements: [...current.statements, { id: newId(), by: '', text: '' }] })}>
            {t('voting.addStatement')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div ref={root} className={styles.root} data-testid="voting">
      <h3 className={styles.heading}>{t('voting.proposals')}</h3>
      {current.proposals.map((proposal, index) => {
        const number = index + 1;
        return (
          <VotingEntry
            key={proposal.id}
            labels={{
              legend: t('voting.proposal', { number }),
              by: t('voting.proposalBy'),
              byHint: t('voting.proposalByHint'),
              text: t('voting.proposalText'),
              remove: t('voting.removeProposal', { number }),
            }}
            by={proposal.by}
            text={proposal.text}
            readOnly={readOnly}
            onChange={(change) => setProposal(index, change)}
            kind="proposal"
            onRemove={() => removed('proposal', { proposals: current.proposals.filter((_, i) => i !== index) })}
            actions={
              <Button disabled={readOnly} onClick={() => addVote(voteOnProposal(proposal, form))}>
                {t('voting.voteOnProposal', { number })}
              </Button>
            }
          >
            <Field label={t('voting.proposalKind')}>
              <Select
                value={proposal.kind ?? 'plain'}
                disabled={readOnly}
                onChange={(_, data) => {
                  const { kind: _kind, ...rest } = proposal;
                  set({ proposals: current.proposals.map((p, i) => (i === index ? (data.value === 'alternative' || data.value === 'change' || data.value === 'addition' ? { ...rest, kind: data.value } : rest) : p)) });
                }}
              >
                <option value="plain">{t('voting.kind.plain')}</option>
                <option value="alternative">{t('voting.kind.alternative')}</option>
                <option value="change">{t('voting.kind.change')}</option>
                <option value="addition">{t('voting.kind.addition')}</option>
              </Select>
            </Field>
          </VotingEntry>
        );
      })}
      <div>
        <Button ref={addButtons.proposal} icon={<AddRegular />} disabled={readOnly} onClick={() => added('proposal', { proposals: [...current.proposals, { id: newId(), by: '', text: '' }] })}>
          {t('voting.addProposal')}
        </Button>
      </div>

      <h3 className={styles.heading}>{t('voting.votes')}</h3>
      {current.votes.map((vote, index) => {
        const number = index + 1;
        // Counts that contradict the outcome: said, naming the sak, never refused (a qualified majority may explain it).
        const odds = outcomeAtOdds(vote);
        const named = sak === undefined ? '' : sak.caseNumber ? `${afterSakWord(sak.caseNumber)} ${sak.title}` : `«${sak.title}»`;
        return (
          <fieldset key={vote.id} className={styles.entry} data-voting-entry="vote">
            <legend>{t('voting.vote', { number })}</legend>
            <Field label={t('voting.on')}>
              <Input value={vote.on} readOnly={readOnly} onChange={(_, data) => setVote(index, { on: data.value })} />
            </Field>
            <div className={styles.row}>
              <Field label={t('voting.outcome')} {...(odds === undefined ? {} : { validationState: 'warning' as const, validationMessage: t(odds === 'moreAgainst' ? 'voting.moreAgainst' : 'voting.moreFor', { sak: named, number }) })}>
                <Select value={vote.adopted ? 'adopted' : 'fell'} disabled={readOnly} onChange={(_, data) => setVote(index, { adopted: data.value === 'adopted' })}>
                  <option value="adopted">{t('voting.adopted')}</option>
                  <option value="fell">{t('voting.fell')}</option>
                </Select>
              </Field>
              <Checkbox
                label={t('voting.unanimous')}
                checked={vote.unanimous === true}
                disabled={readOnly}
                onChange={(_, data) => {
                  // Unanimous has no counts: the line says «Enstemmig vedtatt»; unticked, the counts are typed anew.
                  const { unanimous: _u, for: _f, against: _a, forBy: _fb, againstBy: _ab, ...rest } = vote;
                  set({ votes: current.votes.map((v, i) => (i === index ? (data.checked === true ? { ...rest, unanimous: true as const } : rest) : v)) });
                }}
              />
            </div>
            {byShares && vote.unanimous !== true ? (
              <Checkbox
                label={t('voting.twoThirds')}
                checked={vote.twoThirds === true}
                disabled={readOnly}
                onChange={(_, data) => {
                  const { twoThirds: _old, ...rest } = vote;
                  const next = outcome(data.checked === true ? { ...rest, twoThirds: true } : rest);
                  set({ votes: current.votes.map((v, i) => (i === index ? next : v)) });
                }}
              />
            ) : null}
            {vote.unanimous === true ? null : (
              <div className={styles.row}>
                <Field label={t(byShares ? 'voting.sharesFor' : 'voting.for')}>
                  <Input className={styles.count} inputMode="numeric" value={vote.for === undefined ? '' : String(vote.for)} readOnly={readOnly} onChange={(_, data) => setCount(index, 'for', data.value)} />
                </Field>
                <Field label={t(byShares ? 'voting.sharesAgainst' : 'voting.against')}>
                  <Input className={styles.count} inputMode="numeric" value={vote.against === undefined ? '' : String(vote.against)} readOnly={readOnly} onChange={(_, data) => setCount(index, 'against', data.value)} />
                </Field>
              </div>
            )}
            {vote.unanimous === true
              ? null
              : (['forBy', 'againstBy'] as const).map((side) => (
                  <Field key={side} label={t(side === 'forBy' ? 'voting.forBy' : 'voting.againstBy')}>
                    <Input
                      value={vote[side] ?? ''}
                      readOnly={readOnly}
                      onChange={(_, data) => {
                        const { [side]: _old, ...rest } = vote;
                        set({ votes: current.votes.map((v, i) => (i === index ? (data.value === '' ? rest : { ...rest, [side]: data.value }) : v)) });
                      }}
                    />
                  </Field>
                ))}
            <Field label={t('voting.result')}>
              <Input
                value={vote.result ?? ''}
                readOnly={readOnly}
                onChange={(_, data) => {
                  const { result: _r, ...rest } = vote;
                  set({ votes: current.votes.map((v, i) => (i === index ? (data.value === '' ? rest : { ...rest, result: data.value }) : v)) });
                }}
              />
            </Field>
            <Text className={styles.line} data-testid="vote-line">
              {t('voting.line', { line: voteLine(vote, form) })}
            </Text>
            <div>
              <Button icon={<DeleteRegular />} disabled={readOnly} onClick={() => removed('vote', { votes: current.votes.filter((_, i) => i !== index) })}>
                {t('voting.removeVote', { number })}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div>
        <Button ref={addButtons.vote} icon={<AddRegular />} disabled={readOnly} onClick={() => addVote(recommendation)}>
          {t('voting.addVote')}
        </Button>
      </div>
    </div>
  );
}
