import { defineNamespace } from '../shared/i18n';
import { stageMessages } from './messages';

/** Typed `t` for the stage. */
export const useStageText = defineNamespace('stage', stageMessages);
