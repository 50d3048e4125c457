import { reportRuleDefinition } from '@/lib/reports/validate';

import { ruleDefinition } from './membership';

type MembershipDefinition = NonNullable<ReturnType<typeof ruleDefinition>>;

/** What the rules admin needs of a rule code, whatever its target: title, parameters, placeholders. */
export type AdminRuleDefinition = Pick<MembershipDefinition, 'code' | 'title' | 'params' | 'fields' | 'placeholders' | 'describe'>;

/** The definition of any rule code the application can evaluate (membership or report). */
export function adminRuleDefinition(code: string): AdminRuleDefinition | undefined {
  return ruleDefinition(code) ?? reportRuleDefinition(code);
}
