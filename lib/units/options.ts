import type { OptionGroup } from '@/components/workspace/form-fields';

import type { UnitOption } from './queries';

/** Unit options grouped under their parent, for a <select> with <optgroup>s. */
export function unitOptionGroups(units: UnitOption[]): OptionGroup[] {
  const groups = new Map<string, OptionGroup>();
  for (const u of units) {
    const group = groups.get(u.group) ?? { label: u.group, options: [] };
    group.options.push({ value: String(u.id), label: u.label });
    groups.set(u.group, group);
  }
  return [...groups.values()];
}
