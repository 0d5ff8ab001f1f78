import type { SettingsIssue } from '../../../catalog/index.ts';

/** "123 / 4,000": what the counter under the prompt reads. */
export function promptCount(length: number, max: number): string {
  return `${length.toLocaleString('en-US')} / ${max.toLocaleString('en-US')}`;
}

/** The length rule's sentence when the prompt is past the entry's limit. */
export function promptLengthWarning(issues: readonly SettingsIssue[]): string | undefined {
  return issues.find((issue) => issue.field === 'prompt' && issue.rule === 'prompt-length')?.message;
}
