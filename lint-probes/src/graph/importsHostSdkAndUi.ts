// Wrong: Graph gateways run in any host: no host SDK, no React, no screens, no local tenant.
import { app } from '@microsoft/teams-js'; // ✗ boundaries/dependencies
import { useState } from 'react'; // ✗ boundaries/dependencies
import { surfaceForFrameContext } from '../hosts/teams/routing'; // ✗ boundaries/dependencies
import { startTenant } from '../../tenant/server'; // ✗ boundaries/dependencies

export const probe = [app, useState, surfaceForFrameContext, startTenant];
