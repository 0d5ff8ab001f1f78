// @vitest-environment happy-dom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { getEntry, initialSettings, type JobSettings } from '../../../catalog/index.ts';
import { OutputFields } from './OutputPanel.tsx';

function Harness({ entryId, patch = {} }: { entryId: string; patch?: Partial<JobSettings> }) {
  const entry = getEntry(entryId)!;
  const [settings, setSettings] = useState({ ...initialSettings(entry, 'p'), ...patch });
  return (
    <OutputFields
      entry={entry}
      settings={settings}
      update={(next) => setSettings((current) => ({ ...current, ...next }))}
    />
  );
}

afterEach(cleanup);

const labelled = () =>
  ['Variations', 'Background', 'Format', 'Compression'].filter((name) => screen.queryByLabelText(name));

describe('OutputFields', () => {
  it('shows every output control gpt-image-2 generate takes', () => {
    render(<Harness entryId="onemin:gpt-image-2:generate" />);
    expect(labelled()).toEqual(['Variations', 'Background', 'Format', 'Compression']);
    expect(screen.getByRole('option', { name: 'Opaque' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Transparent' })).toBeNull();
  });

  it('enables compression only once a lossy format is chosen', async () => {
    const user = userEvent.setup();
    render(<Harness entryId="onemin:gpt-image-2:generate" />);
    expect(screen.getByLabelText('Compression')).toBeDisabled();
    expect(screen.getByText(/Applies to JPEG and WebP only/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Format'), 'jpeg');
    expect(screen.getByLabelText('Compression')).toBeEnabled();
  });

  it('leaves out what the inpainter and gptimageapi.dev do not take', () => {
    render(<Harness entryId="onemin:gpt-image-2:inpaint" />);
    expect(labelled()).toEqual(['Variations', 'Background', 'Format']);
    cleanup();
    render(<Harness entryId="gptimageapi:gpt-image-2:edit" />);
    expect(labelled()).toEqual(['Variations']);
  });

  it('disables a PNG-only background with a reason until PNG is chosen', async () => {
    const user = userEvent.setup();
    render(<Harness entryId="onemin:gpt-image-1-mini:edit" patch={{ outputFormat: 'webp' }} />);
    expect(screen.getByRole('option', { name: 'Transparent' })).toBeDisabled();
    expect(screen.getByText(/Transparent needs PNG output/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Format'), 'png');
    expect(screen.getByRole('option', { name: 'Transparent' })).toBeEnabled();
    expect(screen.queryByText(/needs PNG output/)).toBeNull();
  });
});
