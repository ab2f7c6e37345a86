import { defineNamespace } from './i18n';
import { commonMessages } from './messages';

/** Typed `t` for the `common` namespace (shared components, start-up, errors). */
export const useCommonText = defineNamespace('common', commonMessages);
