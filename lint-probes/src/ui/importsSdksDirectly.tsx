// Wrong: screens reach host SDKs through the HostContext and Graph through the repository; MSAL
// through src/auth; never the local tenant; never localStorage.
import { app } from '@microsoft/teams-js'; // ✗ boundaries/dependencies
import { LiveState } from '@microsoft/live-share'; // ✗ boundaries/dependencies
import { Client } from '@microsoft/microsoft-graph-client'; // ✗ boundaries/dependencies
import { PublicClientApplication } from '@azure/msal-browser'; // ✗ boundaries/dependencies
import { startTenant } from '../../tenant/server'; // ✗ boundaries/dependencies

export const probe = [app, LiveState, Client, PublicClientApplication, startTenant];
export const remembered = localStorage.getItem('probe'); // ✗ no-restricted-globals
export const again = window.localStorage.getItem('probe'); // ✗ no-restricted-properties
export const mailbox = Office.context.mailbox; // ✗ no-restricted-globals
