import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchImageBlob } from '../../../api/image.ts';
import { historyDb, type HistoryDb } from '../db.ts';
import { cacheResultImages, getSourceBlob, readResultImage } from '../images.ts';
import type { ImageRef, JobRecord } from '../record.ts';
import { deleteJob } from '../repository.ts';
import { makeThumbnail } from '../thumbnail.ts';
import { historyKeys } from './keys.ts';

/** A write to the history; everything the history shows is read again afterwards. */
function useHistoryWrite<Variables, Answer>(write: (db: HistoryDb, variables: Variables) => Promise<Answer>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: Variables) => write(await historyDb(), variables),
    onSettled: () => queryClient.invalidateQueries({ queryKey: historyKeys.all }),
  });
}

export const useDeleteJob = () => useHistoryWrite((db, jobId: string) => deleteJob(db, jobId));

/** Tries again to store the images of a job whose images could not be stored when it finished. */
export const useSaveImagesAgain = () =>
  useHistoryWrite((db, jobId: string) => cacheResultImages(db, jobId, fetchImageBlob, makeThumbnail));

/** A result image's bytes: the stored copy, or the provider's URL while it is still valid. */
export async function loadResultImage(image: ImageRef): Promise<Blob> {
  // A history that cannot open (full disk, private window) must not stop a download.
  const db = await historyDb().catch(() => undefined);
  return db ? readResultImage(db, image, fetchImageBlob) : fetchImageBlob(image.url);
}

/** The source image a job was sent with, if the history still holds it. */
export async function loadJobSource(job: JobRecord): Promise<Blob | undefined> {
  return job.source ? getSourceBlob(await historyDb(), job.source.hash) : undefined;
}
