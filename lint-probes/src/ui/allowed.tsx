// Right: screens use everything in src (hosts through their entry points) and the UI libraries.
import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import { setupI18n } from '@lingui/core';
import { openDB } from 'idb';
import { DomainError } from '../domain/errors';
import { renderAgendaHtml } from '../documents';
import { createGraphServices } from '../graph';
import { SCOPES } from '../auth/scopes';
import { LOCAL_TENANT } from '../config/appConfig';
import { initializeTeamsHost } from '../hosts/teams/initializeTeamsHost';
import { officeCall } from '../hosts/outlook/appointment';
import type { HostContext } from '../hosts/hostContext';

export type Probe = HostContext;
export const probe = [
  useState,
  Button,
  setupI18n,
  openDB,
  DomainError,
  renderAgendaHtml,
  createGraphServices,
  SCOPES,
  LOCAL_TENANT,
  initializeTeamsHost,
  officeCall,
];
