// Wrong: build-time settings stand alone: valibot only, not even the domain.
import { DomainError } from '../domain/errors'; // ✗ boundaries/dependencies
import { SCOPES } from '../auth/scopes'; // ✗ boundaries/dependencies
import { PublicClientApplication } from '@azure/msal-browser'; // ✗ boundaries/dependencies

export const probe = [DomainError, SCOPES, PublicClientApplication];
