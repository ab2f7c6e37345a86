import { completeAuthRedirect } from '../../auth/redirectBridge';
import { startSurface } from '../shared/bootstrap';
import { StageApp } from './StageApp';

// This page is also MSAL's redirect target: a sign-in popup or silent iframe only passes the answer on.
void completeAuthRedirect().then((handled) => {
  if (!handled) startSurface({ render: () => <StageApp /> });
});
