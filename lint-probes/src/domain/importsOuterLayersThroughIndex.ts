// Wrong: the domain is the core. Index files do not hide where an import lands.
import { renderInnkallingDocx } from '../documents'; // ✗ boundaries/dependencies
import { sendNotice } from '../graph'; // ✗ boundaries/dependencies
import { Document } from 'docx'; // ✗ boundaries/dependencies

export const probe = [renderInnkallingDocx, sendNotice, Document];
