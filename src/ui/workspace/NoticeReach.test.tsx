// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { aCommittee, aMeeting } from '../../domain/testing/builders';
import { defaultConventions } from '../../domain/conventions';
import type { Committee } from '../../domain/model';
import { storedEditor } from './testing/storedEditor';
import { renderWithServices } from './testing/renderWithServices';
import { NoticeReach } from './NoticeReach';

afterEach(cleanup);

const outsider = { name: 'Kari Utenfor', email: 'kari@pasientforening.example.no' };
const access = {
  canRepair: false,
  findings: [{ target: { kind: 'committee' as const, committeeId: 'pm', committee: 'Partnerskapsmøtet' }, problem: 'noAccount' as const, who: outsider.email, name: outsider.name }],
};

async function reachText(committee: Committee): Promise<string> {
  const meeting = aMeeting({ items: [] });
  const { repository } = await storedEditor(committee, meeting);
  renderWithServices(
    <NoticeReach committee={committee} meeting={meeting} access={access} withPack attachLinked={false} onAttachLinked={() => undefined} disabled={false} />,
    repository,
  );
  return (await screen.findByTestId('notice-reach')).textContent ?? '';
}

describe('the send dialog names the PDF of the papers by the committee\'s word', () => {
  it('says «sakskartet (PDF)» for a committee that calls it Sakskart, and «møteboka (PDF)» for a nynorsk one with the default word', async () => {
    const sakskart = aCommittee({ id: 'pm', members: [outsider], conventions: { ...defaultConventions(), pack: 'sakskart' } });
    expect(await reachText(sakskart)).toContain('kan ikke åpne sakskartet (PDF).');
    cleanup();
    const nynorsk = aCommittee({ id: 'pm', members: [outsider], languageForm: 'nn' });
    expect(await reachText(nynorsk)).toContain('kan ikke åpne møteboka (PDF).');
  });
});
