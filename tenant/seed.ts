// The fixed identities of the local tenant. The app's build-time defaults depend on these values,
// so they never change across resets: only the data (files, lists, mail) is wiped.

export const TENANT_ID = '3f6c2a1e-5b7d-4c9e-8a10-2d4f6b8c0e11';
export const TENANT_DOMAIN = 'siv.example.no';
export const TENANT_NAME = 'Sykehuset i Vestfold';
export const MOTEBOK_CLIENT_ID = '7d9e2b4c-1a3f-4e5d-9c8b-6a0f1e2d3c4b';
export const SITE_GUID = '5c1e7f3a-2b4d-4e6f-8a9c-0b1d2e3f4a5b';
export const WEB_GUID = '9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b';
export const SITE_ID = `localhost,${SITE_GUID},${WEB_GUID}`;
export const SITE_NAME = 'Helsefellesskapet i Vestfold';
export const SITE_PATH = '/sites/helsefellesskapet';
/**
 * A second site of the tenant, holding nothing of Møtebok's: what an app confined by `Sites.Selected`
 * to the committee's site must not reach (tenant/sharepoint/siteGrants.ts). Only the site resource and
 * its permissions are imitated; everyone in the tenant may read it.
 */
export const OTHER_SITE_GUID = '6d2f8a4b-3c5e-4f70-9b1d-1c2e3f4a5b6c';
export const OTHER_WEB_GUID = '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f';
export const OTHER_SITE_ID = `localhost,${OTHER_SITE_GUID},${OTHER_WEB_GUID}`;
export const OTHER_SITE_PATH = '/sites/intranett';
export const OTHER_SITE_NAME = 'Intranett';
/** SharePoint drive ids are `b!` + base64url of the site and list guids; this one is fixed. */
export const DRIVE_ID = 'b!On8eXE0rb04QmowLHS4_SltNjp5rWk9OPSwbCp-ObFsK2d8W1QJdTJ1CNfSEgM4W';
export const DRIVE_LIST_ID = '16dfd90a-02d5-4c5d-9d42-35f48480ce16';
export const DEV_PASSWORD = 'Motebok-dev-2026!';

export type Organisation = 'Sykehuset i Vestfold' | 'Sandefjord kommune' | 'Larvik kommune' | 'Horten kommune' | 'Færder kommune' | 'Holmestrand kommune';

export interface TenantUser {
  id: string;
  userPrincipalName: string;
  mail: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  jobTitle: string | null;
  officeLocation: string | null;
  companyName: Organisation;
  userType: 'Member' | 'Guest';
  /** A shared mailbox (the secretariat): it has a calendar and inbox that delegates use. */
  sharedMailbox: boolean;
  /** Users who may read and write this mailbox's calendar (Calendars.ReadWrite.Shared). */
  delegates: string[];
  password: string;
}

export interface TenantGroup {
  id: string;
  displayName: string;
  description: string;
  mail: string;
  memberIds: string[];
}

function member(id: string, local: string, displayName: string, givenName: string, surname: string, jobTitle: string): TenantUser {
  return {
    id,
    userPrincipalName: `${local}@${TENANT_DOMAIN}`,
    mail: `${local}@${TENANT_DOMAIN}`,
    displayName,
    givenName,
    surname,
    jobTitle,
    officeLocation: 'Tønsberg',
    companyName: 'Sykehuset i Vestfold',
    userType: 'Member',
    sharedMailbox: false,
    delegates: [],
    password: DEV_PASSWORD,
  };
}

function guest(id: string, mail: string, displayName: string, givenName: string, surname: string, jobTitle: string, companyName: Organisation): TenantUser {
  // Entra ID spells an invited guest's UPN as the home address with @ replaced by _, then #EXT#@<tenant>.
  return {
    id,
    userPrincipalName: `${mail.replace('@', '_')}#EXT#@${TENANT_DOMAIN}`,
    mail,
    displayName,
    givenName,
    surname,
    jobTitle,
    officeLocation: null,
    companyName,
    userType: 'Guest',
    sharedMailbox: false,
    delegates: [],
    password: DEV_PASSWORD,
  };
}

export const SECRETARIAT_ID = 'a1b2c3d4-0001-4a00-8000-00000000a001';
export const MINUTE_TAKER_ID = 'a1b2c3d4-0002-4a00-8000-00000000a002';
export const CHAIR_ID = 'a1b2c3d4-0003-4a00-8000-00000000a003';
export const OBSERVER_ID = 'b2c3d4e5-0099-4b00-8000-00000000b099';
export const OTHER_EMPLOYEE_ID = 'a1b2c3d4-0099-4a00-8000-00000000a099';
/** The site's owners (Full Control): the two people of the secretariat who run «Klargjør SharePoint-området». */
export const SITE_OWNER_IDS = [MINUTE_TAKER_ID, 'a1b2c3d4-0004-4a00-8000-00000000a004'] as const;

export const USERS: readonly TenantUser[] = [
  {
    ...member(SECRETARIAT_ID, 'sekretariat', 'Sekretariatet Helsefellesskapet i Vestfold', '', '', 'Felles postkasse'),
    givenName: null,
    surname: null,
    sharedMailbox: true,
    delegates: [MINUTE_TAKER_ID, 'a1b2c3d4-0004-4a00-8000-00000000a004'],
  },
  member(MINUTE_TAKER_ID, 'hilde.kari.maugesten', 'Hilde Kari Maugesten', 'Hilde Kari', 'Maugesten', 'Rådgiver, sekretariatet (referent)'),
  member(CHAIR_ID, 'per.christian.voss', 'Per Christian Voss', 'Per Christian', 'Voss', 'Direktør samhandling (møteleder)'),
  member('a1b2c3d4-0004-4a00-8000-00000000a004', 'kristin.liset', 'Kristin Liset', 'Kristin', 'Liset', 'Seniorrådgiver samhandling'),
  member('a1b2c3d4-0005-4a00-8000-00000000a005', 'andreas.aass-engstrom', 'Andreas Aass-Engstrøm', 'Andreas', 'Aass-Engstrøm', 'Fagdirektør'),
  member('a1b2c3d4-0006-4a00-8000-00000000a006', 'christian.reissig', 'Christian Reissig', 'Christian', 'Reissig', 'Avdelingssjef psykisk helsevern'),
  guest('b2c3d4e5-0001-4b00-8000-00000000b001', 'tobias.solli.iveland@sandefjord.kommune.example.no', 'Tobias Solli Iveland', 'Tobias', 'Solli Iveland', 'Kommunalsjef helse', 'Sandefjord kommune'),
  guest('b2c3d4e5-0002-4b00-8000-00000000b002', 'ingrid.fjeld@larvik.kommune.example.no', 'Ingrid Fjeld', 'Ingrid', 'Fjeld', 'Kommunaldirektør helse og mestring', 'Larvik kommune'),
  guest('b2c3d4e5-0003-4b00-8000-00000000b003', 'ole.martin.berge@horten.kommune.example.no', 'Ole Martin Berge', 'Ole Martin', 'Berge', 'Kommunalsjef helse og velferd', 'Horten kommune'),
  // The rest of the people of the seed meetings (fixtures/meetings), with the same addresses and
  // organisations, so invitations to the committee's standing members reach real mailboxes here.
  member('a1b2c3d4-0007-4a00-8000-00000000a007', 'renate.solstad', 'Renate Solstad', 'Renate', 'Solstad', 'Rådgiver samhandling'),
  member('a1b2c3d4-0008-4a00-8000-00000000a008', 'kine.andenaes.wintervoll', 'Kine Andenæs Wintervoll', 'Kine', 'Andenæs Wintervoll', 'Prosjektleder utviklingsplan'),
  member('a1b2c3d4-0009-4a00-8000-00000000a009', 'erik.nordberg', 'Erik Nordberg', 'Erik', 'Nordberg', 'Klinikksjef'),
  member('a1b2c3d4-0010-4a00-8000-00000000a010', 'marte.sofie.wang-hansen', 'Marte Sofie Wang-Hansen', 'Marte Sofie', 'Wang-Hansen', 'Prosjektleder Vitality'),
  guest('b2c3d4e5-0004-4b00-8000-00000000b004', 'bjorn.ole.gleditch@sandefjord.kommune.example.no', 'Bjørn Ole Gleditch', 'Bjørn Ole', 'Gleditch', 'Kommunedirektør', 'Sandefjord kommune'),
  guest('b2c3d4e5-0005-4b00-8000-00000000b005', 'guro.winsvold@faerder.kommune.example.no', 'Guro Winsvold', 'Guro', 'Winsvold', 'Kommunalsjef helse og omsorg', 'Færder kommune'),
  guest('b2c3d4e5-0006-4b00-8000-00000000b006', 'rannveig.velken@holmestrand.kommune.example.no', 'Rannveig Velken', 'Rannveig', 'Velken', 'Kommunalsjef helse', 'Holmestrand kommune'),
  // Two test identities for the permission matrix (not people of the seed meetings): an observer
  // who follows the site as a visitor without being a committee member, and an employee of the
  // hospital who is a site member (Edit) but has nothing to do with the committee.
  guest(OBSERVER_ID, 'observator@larvik.kommune.example.no', 'Test Observatør', 'Test', 'Observatør', 'Observatør (testidentitet)', 'Larvik kommune'),
  member(OTHER_EMPLOYEE_ID, 'annen.ansatt', 'Test Annen Ansatt', 'Test', 'Annen Ansatt', 'Ansatt uten rolle i møteorganet (testidentitet)'),
];

/**
 * The site's default role assignments (tenant/sharepoint/security.ts) use these groups: members of
 * the writers group are in the site's Members group (Edit); the members group and the observer are
 * in its Visitors group (Read); the owners are SITE_OWNER_IDS (Full Control).
 */
export const SITE_WRITERS_GROUP_ID = 'c3d4e5f6-0001-4c00-8000-00000000c001';
export const MEMBERS_GROUP_ID = 'c3d4e5f6-0002-4c00-8000-00000000c002';

export const GROUPS: readonly TenantGroup[] = [
  {
    id: SITE_WRITERS_GROUP_ID,
    displayName: 'Sekretariatet Helsefellesskapet',
    description: 'Sykehuset i Vestfold: sekretariatet og saksbehandlere med skrivetilgang til området',
    mail: `sekretariatet-hf@${TENANT_DOMAIN}`,
    memberIds: USERS.filter((u) => u.userType === 'Member').map((u) => u.id),
  },
  {
    id: MEMBERS_GROUP_ID,
    displayName: 'Partnerskapsmøtet medlemmer',
    description: 'Faste medlemmer av Partnerskapsmøtet i Helsefellesskapet i Vestfold',
    mail: `partnerskapsmotet@${TENANT_DOMAIN}`,
    memberIds: USERS.filter((u) => !u.sharedMailbox && u.id !== OBSERVER_ID && u.id !== OTHER_EMPLOYEE_ID).map((u) => u.id),
  },
];

export function findUser(idOrUpnOrMail: string): TenantUser | undefined {
  const key = idOrUpnOrMail.toLowerCase();
  return USERS.find((u) => u.id === key || u.userPrincipalName.toLowerCase() === key || u.mail.toLowerCase() === key);
}

/** Delegated Graph permissions the Møtebok registration has admin consent for; `.default` grants these. */
export const CONSENTED_SCOPES = [
  'User.Read',
  'User.ReadBasic.All',
  'People.Read',
  'GroupMember.Read.All',
  'Calendars.ReadWrite',
  'Calendars.ReadWrite.Shared',
  'Mail.ReadWrite',
  'Mail.Send',
  'Mail.Send.Shared',
  'Mail.ReadWrite.Shared',
  'Files.ReadWrite.All',
  'Sites.ReadWrite.All',
  'Sites.Manage.All',
  'OnlineMeetings.ReadWrite',
  // Follow-up (oppfølgingspunkt) as a Planner or To Do task: one scope for both (tenant/graph/tasks.ts).
  'Tasks.ReadWrite',
] as const;

/**
 * Delegated SharePoint permissions (resource `https://<host>`, here the tenant's own origin, which
 * serves the site and its REST API) the registration has admin consent for; `<host>/.default` grants these.
 */
export const CONSENTED_SHAREPOINT_SCOPES = ['AllSites.Read', 'AllSites.Write', 'AllSites.Manage', 'AllSites.FullControl'] as const;

export const OIDC_SCOPES = ['openid', 'profile', 'email', 'offline_access'] as const;
