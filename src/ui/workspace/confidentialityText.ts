import { defineNamespace } from '../shared/i18n';
import { confidentialityMessages } from './confidentialityMessages';

/** The `confidentiality` namespace's hook: the item's marking (ConfidentialityPanel) and the committee's rule (ConfidentialityRulesFields) share it. */
export const useConfidentialityText = defineNamespace('confidentiality', confidentialityMessages);
