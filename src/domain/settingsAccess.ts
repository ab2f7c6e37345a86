import type { Committee } from './model';
import { frozenAccess, type AccessEntry } from './committeeAccess';

/**
 * Who gets what on the committees' own list (`MotebokCommittees`, the settings rows): only the secretariat writes,
 * the referents read as the members do. The settings say who the secretariat, the referents and the members are and
 * who may see exempt saker, and every send, freeze and «Rett tilgangene» grants from them: a referent who could write
 * them through Graph could make themselves the secretariat, or add anyone as a member (and so to the exempt saker), and
 * the secretariat's next send or repair would give it to them. The same levels as an approved meeting's rows (the
 * secretariat manages, everyone else with access reads); a module of its own so no page's start-up loads it.
 */
export function settingsAccess(committee: Committee): AccessEntry[] {
  return frozenAccess(committee);
}
