// Wrong: documents are pure: the domain and docx only.
import { createElement } from 'react'; // ✗ boundaries/dependencies
import { sendNotice } from '../graph'; // ✗ boundaries/dependencies
import { SCOPES } from '../auth/scopes'; // ✗ boundaries/dependencies
import { LOCAL_TENANT } from '../config/appConfig'; // ✗ boundaries/dependencies
import * as v from 'valibot'; // ✗ boundaries/dependencies

export const probe = [createElement, sendNotice, SCOPES, LOCAL_TENANT, v];
