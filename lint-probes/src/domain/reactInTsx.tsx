// Wrong: a .tsx file in the domain is still the domain: no React, no UI, no Microsoft SDKs.
import { useState } from 'react'; // ✗ boundaries/dependencies
import { Button } from '@fluentui/react-components'; // ✗ boundaries/dependencies
import { PublicClientApplication } from '@azure/msal-browser'; // ✗ boundaries/dependencies
import { app } from '@microsoft/teams-js'; // ✗ boundaries/dependencies

export const probe = [useState, Button, PublicClientApplication, app];
