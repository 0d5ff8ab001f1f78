// @vitest-environment happy-dom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { getEntry } from '../../../catalog/index.ts';
import { SizeFields } from './SizePanel.tsx';

/** The fields as the panel uses them: the size lives in the parent and flows back in. */
function Harness({ entryId, initial }: { entryId: string; initial: string }) {
  const [size, setSize] = useState(initial);
  return (
    <>
      <SizeFields entry={getEntry(entryId)!} size={size} onChange={setSize} />
      <output aria-label="Chosen size">{size}</output>
    </>
  );
}

const chosen = () => screen.getByLabelText('Chosen size').textContent;

afterEach(cleanup);

describe('SizeFields', () => {
  it('picks a preset, and typing a custom size names each broken rule until Snap to valid fixes it', async () => {
    const user = userEvent.setup();
    render(<Harness entryId="onemin:gpt-image-2:generate" initial="1024x1024" />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Snap to valid' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: /Landscape/ }));
    expect(chosen()).toBe('1536x1024');
    expect(screen.getByRole('button', { name: /Landscape/ })).toHaveAttribute('aria-pressed', 'true');

    await user.clear(screen.getByLabelText('Width'));
    await user.type(screen.getByLabelText('Width'), '1000');
    await user.clear(screen.getByLabelText('Height'));
    await user.type(screen.getByLabelText('Height'), '4000');
    expect(chosen()).toBe('1000x4000');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/divisible by 16/);
    expect(alert).toHaveTextContent(/Maximum edge/);
    expect(alert).toHaveTextContent(/Aspect ratio/);

    await user.click(screen.getByRole('button', { name: 'Snap to valid' }));
    expect(screen.queryByRole('alert')).toBeNull();
    const [width, height] = (chosen() ?? '').split('x').map(Number) as [number, number];
    expect(width % 16).toBe(0);
    expect(height % 16).toBe(0);
  });

  it('offers only the three sizes of a fixed-size model, and choosing one sets it', async () => {
    const user = userEvent.setup();
    render(<Harness entryId="onemin:gpt-image-1-mini:edit" initial="1024x1536" />);
    expect(screen.queryByLabelText('Width')).toBeNull();
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(3);
    await user.click(within(radios[2]!.closest('label')!).getByRole('radio'));
    expect(chosen()).toBe((radios[2] as HTMLInputElement).value);
  });

  it('shows aspect ratios for an aspect model', async () => {
    const user = userEvent.setup();
    render(<Harness entryId="gptimageapi:gpt-image-2:edit" initial="16:9" />);
    const group = screen.getByRole('group', { name: 'Aspect ratio' });
    expect(within(group).getAllByRole('radio')).toHaveLength(6);
    expect(within(group).getByRole('radio', { checked: true })).toHaveAttribute('value', '16:9');
    await user.click(within(group).getAllByRole('radio')[0]!);
    expect(chosen()).not.toBe('16:9');
  });
});
