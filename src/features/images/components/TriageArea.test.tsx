// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareStore } from '../../compare/index.ts';
import { imageRefsFromResult, type JobRecord } from '../../history/index.lazy.ts';
import { getEntry } from '../../../catalog/index.ts';
import { checkDeliveredSize } from '../delivered-size.ts';
import { useImagesStore } from '../store.ts';
import type { ImageSubject } from '../subject.ts';
import { ImageCard } from './ImageCard.tsx';
import { TriageArea } from './TriageArea.tsx';

// The actions' own effects (network, history, downloads) are tested where they live; here,
// which action each key asks for, on which image. Marks go to the page's overlay as the real ones do.
const calls: string[] = [];
vi.mock('../use-image-actions.ts', () => ({
  useImageActions: () => ({
    view: (subjects: ImageSubject[], index: number) => calls.push(`view ${subjects[index]?.image.id}`),
    download: async (subjects: ImageSubject[], fit?: { width: number; height: number; mode: string }) =>
      calls.push(
        `download ${subjects[0]?.image.id}${fit ? ` at ${fit.width}x${fit.height} by ${fit.mode}` : ''}`,
      ),
    useAsSource: async (subject: ImageSubject) => calls.push(`source ${subject.image.id}`),
    toggleStar: async (subject: ImageSubject, on: boolean) =>
      useImagesStore.getState().mark(subject.image.id, { starred: !on }),
    toggleReject: async (subject: ImageSubject, on: boolean) =>
      useImagesStore.getState().mark(subject.image.id, { rejected: !on }),
    toggleWinner: async () => undefined,
    togglePick: () => undefined,
  }),
}));

// The size check decodes the image's bytes, which this DOM cannot; each test says what it found.
let verdict: ReturnType<typeof checkDeliveredSize> | null = null;
vi.mock('../use-delivered-size.ts', () => ({ useSizeVerdict: () => verdict }));

const job: JobRecord = {
  id: 'job',
  createdAt: 1,
  status: 'done',
  entryId: 'onemin:gpt-image-2:generate',
  provider: 'onemin',
  model: 'gpt-image-2',
  mode: 'generate',
  settings: {
    prompt: 'Kites',
    size: '1024x1024',
    quality: 'medium',
    n: 4,
    background: 'auto',
    outputFormat: 'png',
    outputCompression: 85,
  },
  images: imageRefsFromResult(
    'job',
    [0, 1, 2, 3].map((i) => ({ url: `https://asset.1min.ai/k-${i}.png`, format: 'png' as const })),
  ),
};

function Cards() {
  const showRejected = useImagesStore((s) => s.showRejected);
  const marks = useImagesStore((s) => s.marks);
  return (
    <TriageArea label="Results">
      {job.images
        .filter((image) => showRejected || !marks[image.id]?.rejected)
        .map((image) => (
          <ImageCard
            key={image.id}
            subject={{ job, image }}
            label={`Image ${image.index + 1}`}
            aspect="1 / 1"
            onOpen={() => calls.push('click')}
          />
        ))}
    </TriageArea>
  );
}

function renderCards() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <Cards />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  calls.length = 0;
  verdict = null;
  useImagesStore.setState({ marks: {}, showRejected: false, comparing: false, problem: null });
  compareStore.getState().clearSelection();
});
afterEach(cleanup);

const tile = (n: number) => screen.getByRole('button', { name: `View Image ${n} larger` });

describe('TriageArea', () => {
  beforeEach(renderCards);

  it('stars with S, rejects with X (hiding the image and moving on), and moves with the arrows', async () => {
    const user = userEvent.setup();
    tile(1).focus();
    await user.keyboard('s');
    expect(screen.getByRole('button', { name: 'Star Image 1' }).getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(tile(2));
    await user.keyboard('x');
    expect(screen.queryByRole('button', { name: 'View Image 2 larger' })).toBeNull();
    expect(document.activeElement).toBe(tile(3));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(tile(1));
  });

  it('picks places 1–4 for compare and opens the board with C only once two are picked', async () => {
    const user = userEvent.setup();
    tile(3).focus();
    await user.keyboard('1c');
    expect(useImagesStore.getState().comparing).toBe(false);
    expect(useImagesStore.getState().problem).toMatch(/Pick 2 to 4 images/);
    await user.keyboard('{ArrowRight}2c');
    expect(compareStore.getState().selectedIds).toEqual(['job/2', 'job/3']);
    expect(useImagesStore.getState().comparing).toBe(true);
  });

  it('views with Space, downloads with D and uses as source with Enter, never pressing the button too', async () => {
    const user = userEvent.setup();
    tile(2).focus();
    await user.keyboard(' ');
    await user.keyboard('d');
    await user.keyboard('{Enter}');
    expect(calls).toEqual(['view job/1', 'download job/1', 'source job/1']);
  });

  it('leaves keys alone when focus is not on an image', async () => {
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Star Image 1' }).focus();
    await user.keyboard('x');
    expect(useImagesStore.getState().marks).toEqual({});
  });
});

describe('the delivered-size mark', () => {
  it('marks a result smaller than asked and offers its download fitted to the asked size', async () => {
    verdict = checkDeliveredSize(getEntry(job.entryId)!, job.settings, {
      width: 512,
      height: 512,
      format: 'png',
    });
    renderCards();
    const user = userEvent.setup();
    expect(
      screen.getAllByRole('img', { name: 'Not as asked: Asked for 1024×1024, received 512×512.' }),
    ).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'More for Image 1' }));
    const menu = screen.getByRole('menu', { name: 'More for Image 1', hidden: true });
    await user.click(
      within(menu).getByRole('menuitem', { name: 'Download fitted to 1024×1024 by cropping', hidden: true }),
    );
    expect(calls).toEqual(['download job/0 at 1024x1024 by crop']);
  });

  it('shows an aspect-ratio answer without flagging it', () => {
    const entry = getEntry('gptimageapi:gpt-image-2:edit')!;
    verdict = checkDeliveredSize(
      entry,
      { size: '4:3', outputFormat: 'png' },
      { width: 1152, height: 864, format: 'png' },
    );
    renderCards();
    expect(screen.queryByRole('img', { name: /Not as asked/ })).toBeNull();
    expect(screen.getAllByText('1152×864 PNG (4:3)')).toHaveLength(4);
  });
});
