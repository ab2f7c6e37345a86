// Wrong: sign-in knows the domain, config and MSAL, not Graph, documents, hosts or screens.
import { Client } from '@microsoft/microsoft-graph-client'; // ✗ boundaries/dependencies
import { sendNotice } from '../graph'; // ✗ boundaries/dependencies
import { renderAgendaHtml } from '../documents'; // ✗ boundaries/dependencies
import { surfaceForFrameContext } from '../hosts/teams/routing'; // ✗ boundaries/dependencies
import { createElement } from 'react'; // ✗ boundaries/dependencies

export const probe = [Client, sendNotice, renderAgendaHtml, surfaceForFrameContext, createElement];
