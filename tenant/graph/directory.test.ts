import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedGraph } from '../testing/checkedGraph.js';
import { startTempTenant, type TempTenant } from '../testing/fixture.js';
import { passwordToken } from '../testing/tenantClient.js';

let t: TempTenant;
/** Hilde with Møtebok's people scope only (src/auth/scopes.ts `people`). */
let basic: string;
let full: string;
const HILDE = 'hilde.kari.maugesten@siv.example.no';
const INGRID = 'ingrid.fjeld_larvik.kommune.example.no#EXT#@siv.example.no';
const SELECT = 'id,displayName,mail,userPrincipalName,jobTitle,companyName,userType,businessPhones';

interface Users { value: Array<Record<string, unknown>> }
interface ErrorBody { error: { code: string; message: string } }

beforeAll(async () => {
  t = await startTempTenant();
  basic = await passwordToken(t.tenant, HILDE, ['User.ReadBasic.All']);
  full = await passwordToken(t.tenant, HILDE, ['User.Read.All']);
});
afterAll(async () => t.dispose());

describe('a user read with User.ReadBasic.All only', () => {
  it("gives another user's basic profile and null for every other property selected", async () => {
    const res = await checkedGraph(t.tenant, basic, `/users/${encodeURIComponent(INGRID)}?$select=${SELECT}`);
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ displayName: 'Ingrid Fjeld', mail: 'ingrid.fjeld@larvik.kommune.example.no', userPrincipalName: INGRID, jobTitle: null, companyName: null, userType: null, businessPhones: [] });
  });

  it('withholds the same properties in a list, and the default shape too', async () => {
    const listed = (await checkedGraph(t.tenant, basic, `/users?$filter=${encodeURIComponent("startswith(displayName,'Ingrid')")}&$select=${SELECT}`)).json() as Users;
    expect(listed.value).toEqual([expect.objectContaining({ displayName: 'Ingrid Fjeld', jobTitle: null, companyName: null })]);
    const plain = (await checkedGraph(t.tenant, basic, `/users/${encodeURIComponent(INGRID)}`)).json() as Record<string, unknown>;
    expect(plain).toMatchObject({ displayName: 'Ingrid Fjeld', jobTitle: null, officeLocation: null });
  });

  it("still reads the signed-in user's own full profile, by /me and among /users", async () => {
    const me = (await checkedGraph(t.tenant, basic, `/me?$select=${SELECT}`)).json() as Record<string, unknown>;
    expect(me).toMatchObject({ jobTitle: 'Rådgiver, sekretariatet (referent)', companyName: 'Sykehuset i Vestfold', userType: 'Member' });
    const listed = (await checkedGraph(t.tenant, basic, `/users?$filter=${encodeURIComponent("startswith(mail,'hilde')")}&$select=${SELECT}`)).json() as Users;
    expect(listed.value[0]).toMatchObject({ jobTitle: 'Rådgiver, sekretariatet (referent)', companyName: 'Sykehuset i Vestfold' });
  });

  it('refuses a $filter on a property outside the basic profile with 403 Authorization_RequestDenied', async () => {
    const res = await checkedGraph(t.tenant, basic, `/users?$filter=${encodeURIComponent("userType eq 'Guest'")}`);
    expect(res.status).toBe(403);
    expect((res.json() as ErrorBody).error.code).toBe('Authorization_RequestDenied');
    const mixed = await checkedGraph(t.tenant, basic, `/users?$filter=${encodeURIComponent("startswith(DisplayName,'Ingrid') or startswith(jobTitle,'Kommunal')")}`);
    expect(mixed.status).toBe(403);
  });
});

describe('a user read with User.Read.All', () => {
  it("gives another user's full profile and filters on any property", async () => {
    const one = (await checkedGraph(t.tenant, full, `/users/${encodeURIComponent(INGRID)}?$select=${SELECT}`)).json() as Record<string, unknown>;
    expect(one).toMatchObject({ jobTitle: 'Kommunaldirektør helse og mestring', companyName: 'Larvik kommune', userType: 'Guest' });
    const guests = (await checkedGraph(t.tenant, full, `/users?$filter=${encodeURIComponent("userType eq 'Guest'")}&$select=id,companyName`)).json() as Users;
    expect(guests.value.map((user) => user.companyName)).toContain('Larvik kommune');
  });
});
