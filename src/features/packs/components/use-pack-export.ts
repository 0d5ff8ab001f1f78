import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import { compareStore } from '../../compare/index.ts';
import { recordedChargesQuery } from '../../history/index.lazy.ts';
import { useJobs, useRunningJobs } from '../../jobs/index.lazy.ts';
import { creditPricesQuery } from '../../providers/index.lazy.ts';
import type { ExtendOptions } from '../extension-job.ts';
import {
  deliverPack,
  preparePack,
  type DeliveredPack,
  type ExtensionPictures,
  type PreparedPack,
} from '../export-pack.ts';
import { paidSummary, type PaidSummary } from '../paid-summary.ts';
import type { LoadedPicture } from '../picture.ts';
import type { PackTarget } from '../schema.ts';
import type { PictureFraming } from '../work.ts';

export type ExportInput = {
  /** What the designer asked for, in one string: a confirmation holds only while it is unchanged. */
  key: string;
  packName: string;
  targets: readonly PackTarget[];
  pictures: readonly { picture: LoadedPicture; framing: PictureFraming }[];
  options: ExtendOptions;
};

export type ExportState =
  | { step: 'idle' }
  | { step: 'preparing' }
  | { step: 'confirm'; key: string; pack: PreparedPack; summary: PaidSummary; problem?: string }
  | { step: 'paying'; jobs: number }
  | { step: 'cutting' }
  | ({ step: 'done'; reused: number; paid: number } & DeliveredPack)
  | { step: 'failed'; message: string };

/**
 * Export as the dialog drives it: prepare; when new picture must be paid for, stop at one
 * confirmation (Cancel pays nothing); run the paid jobs through the one jobs pipeline; cut,
 * check and save the zip.
 */
export function usePackExport(now: () => number = Date.now) {
  const queryClient = useQueryClient();
  const { run } = useJobs();
  const running = useRunningJobs();
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  // A second click before React re-renders (a double-click) must neither prepare nor pay twice.
  const busy = useRef(false);

  const deliver = useCallback(
    async (pack: PreparedPack, made: ExtensionPictures) => {
      setState({ step: 'cutting' });
      const delivered = await deliverPack(pack, made, compareStore.getState().featherRadius, now());
      const reused = pack.pictures.flatMap((p) => p.extensions).filter((job) => job.earlier).length;
      setState({ step: 'done', ...delivered, reused, paid: made.size });
    },
    [now],
  );

  const attempt = useCallback(async (work: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await work();
    } catch (error) {
      setState({ step: 'failed', message: `The pack was not saved: ${errorMessage(error)}` });
    } finally {
      busy.current = false;
    }
  }, []);

  const start = (input: ExportInput) =>
    attempt(async () => {
      setState({ step: 'preparing' });
      const pack = await preparePack(input.packName, input.targets, input.pictures, input.options);
      if (pack.paid.length === 0) return deliver(pack, new Map());
      const [charges, prices] = await Promise.all([
        queryClient.fetchQuery(recordedChargesQuery()).catch(() => []),
        queryClient.fetchQuery(creditPricesQuery()).catch(() => undefined),
      ]);
      const jobs = pack.paid.map(({ request, targets }) => ({
        entry: request.entry,
        settings: request.settings,
        targets: targets.map(({ target }) => `${target.name} (${target.width}×${target.height})`),
      }));
      const summary = paidSummary(
        jobs,
        { total: pack.totalTargets, newPicture: pack.newPictureTargets, pictures: pack.pictures.length },
        charges,
        prices,
      );
      setState({ step: 'confirm', key: input.key, pack, summary });
    });

  const confirm = () =>
    attempt(async () => {
      if (state.step !== 'confirm') return;
      if (running) {
        setState({ ...state, problem: 'Wait for the running jobs to finish, or cancel them.' });
        return;
      }
      const { pack } = state;
      setState({ step: 'paying', jobs: pack.paid.length });
      const outcomes = await run(
        pack.paid.map((job) => job.request),
        'batch',
      );
      const made: ExtensionPictures = new Map(
        pack.paid.map((job, i) => {
          const outcome = outcomes[i];
          const url = outcome && 'result' in outcome ? outcome.result.images[0]?.url : undefined;
          return [
            job,
            url ? { url } : { error: errorMessage(outcome && 'error' in outcome ? outcome.error : null) },
          ];
        }),
      );
      await deliver(pack, made);
    });

  return { state, start, confirm, cancel: () => setState({ step: 'idle' }) };
}

/** A confirmation of a pack the designer has changed since is no longer one: back to Export. */
export function currentState(state: ExportState, key: string): ExportState {
  return state.step === 'confirm' && state.key !== key ? { step: 'idle' } : state;
}
