import { describe, expect, it } from 'vitest';
import { isJobGroup } from './job.ts';

const group = { groupId: 'g1', kind: 'sweep', jobIds: ['a', 'b'], labels: ['low', 'high'], createdAt: 5 };

describe('isJobGroup (the stored group read back at start)', () => {
  it('takes a group with every field, with or without labels', () => {
    expect(isJobGroup(group)).toBe(true);
    const { labels: _labels, ...unlabelled } = group;
    expect(isJobGroup(unlabelled)).toBe(true);
  });

  it('refuses anything that is not a group the stage can show', () => {
    const bad: unknown[] = [
      null,
      'g1',
      [],
      { ...group, groupId: 1 },
      { ...group, kind: 'party' },
      { ...group, jobIds: [] },
      { ...group, jobIds: ['a', 2] },
      { ...group, jobIds: 'a' },
      { ...group, labels: 'low' },
      { ...group, createdAt: '5' },
      { ...group, createdAt: null },
    ];
    for (const value of bad) expect(isJobGroup(value)).toBe(false);
  });
});
