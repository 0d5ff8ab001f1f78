// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { jobStart, resultImages, textThumb, urlAsBlob } from '../../history/fixtures.ts';
import { cacheResultImages } from '../../history/images.ts';
import { historyDb } from '../../history/index.lazy.ts';
import { finishJob, recordJobStart } from '../../history/repository.ts';
// eslint-disable-next-line no-restricted-imports -- a test-only stand-in, see below
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { BackupPanel } from './BackupPanel.tsx';

// IndexedDB (fake-indexeddb) clones stored blobs with Node's structuredClone, which knows
// Node's Blob but not happy-dom's; a real browser has one Blob for both.
vi.stubGlobal('Blob', NodeBlob);
vi.stubGlobal('File', NodeFile);

const downloads: { blob: Blob; name: string }[] = [];
vi.mock('../../../ui/download-blob.ts', () => ({
  downloadBlob: (blob: Blob, name: string) => downloads.push({ blob, name }),
}));

const DAY = 86_400_000;

beforeAll(async () => {
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: {
      estimate: async () => ({ usage: 5_120, quota: 1_048_576 }),
      persisted: async () => false,
      persist: async () => false,
    },
  });
  const db = await historyDb();
  await recordJobStart(db, jobStart('old', { createdAt: 1_000 }));
  await finishJob(db, 'old', { images: resultImages(2, 'old'), finishedAt: 2_000 });
  await cacheResultImages(db, 'old', urlAsBlob, textThumb);
});

afterEach(cleanup);

function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <BackupPanel now={() => 100 * DAY} />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

describe('BackupPanel', () => {
  it('exports the history as a zip and re-imports it without doubling anything', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Export backup' }));
    expect(await screen.findByText('Exported 1 job and 2 images.')).toBeTruthy();
    expect(downloads.map((d) => d.name)).toEqual(['image-studio-history_1970-04-11.zip']);

    const zip = new File([downloads[0]!.blob], 'backup.zip', { type: 'application/zip' });
    await user.upload(screen.getByLabelText('History backup to import'), zip);
    expect(await screen.findByText('0 jobs added, 1 already in the history.')).toBeTruthy();
  });

  it('refuses a file that is not a backup, and a date range that ends before it starts', async () => {
    const user = setup();
    await user.upload(screen.getByLabelText('History backup to import'), new File(['hello'], 'notes.zip'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This file is not a zip, or it is damaged. Nothing was imported.',
    );

    await user.click(screen.getByLabelText('Jobs made between two dates'));
    await user.type(screen.getByLabelText('From'), '2026-11-27');
    await user.type(screen.getByLabelText('To'), '2026-11-01');
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(
      'The date range ends before it starts; pick a “to” date on or after the “from” date.',
    );
    expect(screen.getByRole('button', { name: 'Export backup' })).toHaveProperty('disabled', true);
  });

  it('shows the storage meter, asks to persist, and drops old full-size images after a confirmation', async () => {
    const user = setup();
    expect(await screen.findByLabelText('Storage used: 5 KB of about 1.0 MB')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ask the browser to keep the history' }));
    expect(await screen.findByText(/The browser declined for now/)).toBeTruthy();

    await user.selectOptions(screen.getByLabelText(/older than/), '7');
    await user.click(screen.getByRole('button', { name: 'Drop images…' }));
    const confirm = screen.getByRole('group', { name: 'Confirm dropping images' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep them' }));
    expect(screen.queryByRole('group', { name: 'Confirm dropping images' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Drop images…' }));
    await user.click(screen.getByRole('button', { name: 'Drop them' }));
    expect(await screen.findByText(/^Dropped 2 images from 1 job, freeing \d+ B\.$/)).toBeTruthy();
  });
});
