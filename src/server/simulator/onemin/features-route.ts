import type { Context } from 'hono';
import { parseOneminFeatureRequest } from '../../../wire/onemin/request.ts';
import { abortableSleep, clientGoneResponse } from '../abort.ts';
import type { Simulator } from '../context.ts';
import { admitPaidRequest, errorResponse } from '../failures.ts';
import { newAssetPath, safeName } from '../naming.ts';
import { readJson } from '../read-json.ts';
import { RequestRefused } from '../refusal.ts';
import { CONTENT_TYPES, EXTENSIONS } from '../render/encode.ts';
import { assetKey, signedAssetUrl } from '../served-images.ts';
import { aiRecordAnswer, jobCredits } from './ai-record.ts';
import { prepareOneminJob, type OneminJob } from './jobs.ts';

/** `POST /api/features`: validated like the proxy validates, answered with the seeds' `aiRecord`. */
export async function handleFeature(sim: Simulator, c: Context): Promise<Response> {
  const failed = await admitPaidRequest(sim, c, 'features');
  if (failed) return failed;
  const json = await readJson(c);
  if (!json.ok) return errorResponse('onemin', 400, 'The body must be JSON.');
  const check = parseOneminFeatureRequest(json.value);
  if (!check.ok) return errorResponse('onemin', 400, check.message);

  let job: OneminJob;
  try {
    job = await prepareOneminJob(sim.store, check.entry, check.body, sim.state.undersize);
  } catch (error) {
    if (error instanceof RequestRefused) return errorResponse('onemin', 400, error.message);
    throw error;
  }
  const credits = jobCredits(job.quality, job.size, job.n);
  if (sim.state.billing === 'start') sim.state.usedCredit += credits;
  const signal = c.req.raw.signal;
  if (!(await abortableSleep(sim.state.latencyMs * job.n, signal))) return clientGoneResponse();

  const images: Buffer[] = [];
  for (let variation = 0; variation < job.n; variation++) {
    if (signal.aborted) return clientGoneResponse();
    images.push(await job.render(variation));
  }
  const name = safeName(job.prompt.split(/\s+/).slice(0, 4).join(' '), 'result');
  const paths = images.map((bytes) => {
    const path = newAssetPath(name, EXTENSIONS[job.format]);
    sim.store.put(assetKey(path), { bytes, contentType: CONTENT_TYPES[job.format], ...job.delivered });
    return path;
  });
  if (sim.state.billing === 'end') sim.state.usedCredit += credits;
  const origin = new URL(c.req.url).origin;
  return c.json(
    aiRecordAnswer({
      model: check.body.model,
      type: check.body.type,
      promptObject: check.body.promptObject,
      resultPaths: paths,
      temporaryUrl: signedAssetUrl(sim, origin, paths[0] ?? ''),
      usedCredit: sim.state.usedCredit,
    }),
  );
}
