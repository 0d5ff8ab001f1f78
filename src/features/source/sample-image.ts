import { fetchFailure } from '../../api/client.ts';

/** The sample photo shipped with the studio (public/sample.jpg), to try edit and inpaint at once. */
export async function fetchSampleImage(): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch('/sample.jpg');
  } catch (error) {
    throw fetchFailure(error, undefined);
  }
  if (!response.ok) throw new Error('The sample image is missing from this build.');
  return response.blob();
}
