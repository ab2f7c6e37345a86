// Right: auth imports MSAL, config and the domain.
import { PublicClientApplication } from '@azure/msal-browser';
import { LOCAL_TENANT } from '../config/appConfig';
import { DomainError } from '../domain/errors';

export const probe = [PublicClientApplication, LOCAL_TENANT, DomainError];
