import { describe, expect, it } from 'vitest';
import { isDescribed, normalisePath, validateRequest, validateResponse } from './graphContract.js';

describe('the Graph contract validator', () => {
  it('finds operations by method and path, with or without the microsoft.graph. action prefix', () => {
    expect(isDescribed('POST', '/v1.0/me/sendMail')).toBe(true);
    expect(isDescribed('POST', '/v1.0/me/microsoft.graph.sendMail')).toBe(true);
    expect(isDescribed('POST', '/v1.0/users/abc/events/AAMk1/attachments/createUploadSession')).toBe(true);
    expect(isDescribed('DELETE', '/v1.0/me/microsoft.graph.sendMail')).toBe(false);
  });

  it('maps drive path addressing and the site drive to the described item operations', () => {
    expect(normalisePath('https://localhost:4000/v1.0/sites/s1/drive/root:/Møte/a.docx:/content?x=1')).toBe('/drives/SITE-DRIVE/items/ADDRESSED/content');
    expect(isDescribed('PUT', '/v1.0/drives/b!x/root:/Møte/a.docx:/content')).toBe(true);
    expect(isDescribed('GET', '/v1.0/drives/b!x/root')).toBe(true);
    expect(isDescribed('GET', '/v1.0/drives/b!x/root/children')).toBe(true);
  });

  it("finds the site's own drive (GET /sites/{id}/drive) and checks its answer as a drive", () => {
    expect(normalisePath('/v1.0/sites/contoso.sharepoint.com,1,2/drive?$select=id')).toBe('/sites/contoso.sharepoint.com,1,2/drive');
    expect(isDescribed('GET', '/v1.0/sites/s1/drive')).toBe(true);
    expect(validateResponse('GET', '/v1.0/sites/s1/drive', 200, { id: 'b!x', name: 'Dokumenter', driveType: 'documentLibrary' })).toEqual([]);
    expect(validateResponse('GET', '/v1.0/sites/s1/drive', 200, { id: 'b!x', driveType: 7 })[0]).toContain('/driveType');
  });

  it('reports a property of the wrong type in a response', () => {
    const problems = validateResponse('GET', '/v1.0/me/events', 200, { value: [{ subject: 42 }] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('/value/0/subject');
  });

  it('accepts null where the description says nullable', () => {
    expect(validateResponse('GET', '/v1.0/me', 200, { id: 'x', displayName: 'Per', mobilePhone: null, businessPhones: [] })).toEqual([]);
  });

  it('checks error bodies against ODataError', () => {
    expect(validateResponse('GET', '/v1.0/me', 401, { error: { code: 'InvalidAuthenticationToken' } })[0]).toContain("'message'");
    expect(validateResponse('GET', '/v1.0/me', 401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } })).toEqual([]);
  });

  it('follows the documented behaviour where the description is wrong: sendMail 202 and PUT content returning the driveItem', () => {
    expect(validateResponse('POST', '/v1.0/me/sendMail', 202, undefined)).toEqual([]);
    expect(validateResponse('PUT', '/v1.0/drives/b!x/items/01A/content', 201, { id: '01A', name: 'a.docx', size: 'big' })[0]).toContain('/size');
  });

  it('validates request bodies, and says so when an operation is not described at all', () => {
    expect(validateRequest('POST', '/v1.0/me/events', { subject: 'Partnerskapsmøtet', isOnlineMeeting: 'yes' })[0]).toContain('/isOnlineMeeting');
    expect(validateRequest('POST', '/v1.0/me/events', { subject: 'Partnerskapsmøtet', isOnlineMeeting: true })).toEqual([]);
    expect(validateRequest('GET', '/v1.0/users', undefined)[0]).toContain('not an operation');
  });
});
