import { OfficeMockObject } from 'office-addin-mock';
import { isOfficeLike, type OfficeLike } from '../officeApi';
import { createFakeMailbox, type FakeMailbox, type FakeMailboxOptions } from './fakeMailbox';

/**
 * The fake mailbox behind office-addin-mock's OfficeMockObject (Microsoft's Office.js mock), as
 * unit tests see Office. The mock copies the object model; state lives in the fake's closures.
 */
export function mockOutlook(options: FakeMailboxOptions = {}): FakeMailbox {
  const fake = createFakeMailbox(options);
  // `host: 'outlook'` tells the mock to hand out values as they are (no load/sync as in Excel).
  const mock: unknown = new OfficeMockObject({ ...fake.office, host: 'outlook' });
  if (!isOfficeLike(mock)) throw new Error('OfficeMockObject did not produce an Office-like object');
  const office: OfficeLike = mock;
  return { office, state: fake.state };
}
