import * as z from 'zod/mini';
import { parsePixelSize } from '../../catalog/index.ts';
import { OutputFormat } from '../../catalog/schema.ts';
import { formatFromPath, UpstreamAnswerError, type JobResult, type ResultImage } from '../result.ts';

/** `aiRecord.teamUser`: the account's credit figures, which only the studio's server reads. */
const OneminTeamUser = z.looseObject({
  creditLimit: z.optional(z.number()),
  usedCredit: z.optional(z.number()),
});

/** The studio's own field in a feature answer: the credits its server charged the job. */
const STUDIO_CREDITS = 'studioCredits';

export const OneminFeatureAnswer = z.looseObject({
  studioCredits: z.optional(z.number()),
  aiRecord: z.looseObject({
    uuid: z.optional(z.string()),
    model: z.optional(z.string()),
    type: z.optional(z.string()),
    status: z.optional(z.string()),
    teamUser: z.nullish(OneminTeamUser),
    aiRecordDetail: z.looseObject({
      promptObject: z.looseObject({
        size: z.optional(z.string()),
        output_format: z.optional(z.string()),
      }),
      resultObject: z.nullish(z.union([z.array(z.string()), z.string()])),
      /** Why the job failed, when a 200 answer carries a failed status. */
      errorMessage: z.nullish(z.string()),
    }),
    temporaryUrl: z.nullish(z.string()),
  }),
});
export type OneminFeatureAnswer = z.infer<typeof OneminFeatureAnswer>;

/** Statuses that public clients of 1min.ai treat as a finished job. */
const SUCCESS_STATUSES = new Set(['SUCCESS', 'COMPLETED']);
const REASON_MAX_CHARS = 300;

/**
 * Why a record with a status other than success failed, as a sentence (1min.ai's own reason
 * when it gave one); undefined for a successful record or one without a status.
 */
export function oneminRecordFailure(record: OneminFeatureAnswer['aiRecord']): string | undefined {
  const status = record.status;
  if (!status || SUCCESS_STATUSES.has(status.toUpperCase())) return undefined;
  const reason = record.aiRecordDetail.errorMessage
    ?.slice(0, REASON_MAX_CHARS)
    .replace(/[\s.]+$/, '')
    .trim();
  return `1min.ai reports the job as ${status.toLowerCase()}${reason ? `: ${reason}` : ''}.`;
}

/** `POST /api/assets`: the path is in `fileContent.path`, some answers carry it as `asset.key`. */
export const OneminAssetAnswer = z.looseObject({
  fileContent: z.nullish(z.looseObject({ path: z.string().check(z.minLength(1)) })),
  asset: z.nullish(z.looseObject({ key: z.string().check(z.minLength(1)) })),
});

export function parseOneminAssetAnswer(json: unknown): string {
  const parsed = OneminAssetAnswer.safeParse(json);
  const path = parsed.success ? (parsed.data.fileContent?.path ?? parsed.data.asset?.key) : undefined;
  if (!path) throw new UpstreamAnswerError('The upload answer named no asset path.');
  return path;
}

/** Joins an asset path to the asset host, whatever slashes either side carries. */
export function resolveAssetUrl(assetBase: string, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${assetBase.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * A feature answer as the studio's `JobResult`. The image whose path the signed
 * `temporaryUrl` names renders from it; every other path (n > 1) is resolved against the
 * asset host.
 */
export function parseOneminFeatureAnswer(json: unknown, assetBase: string): JobResult {
  const parsed = OneminFeatureAnswer.safeParse(json);
  if (!parsed.success) throw new UpstreamAnswerError('1min.ai answered in a shape the studio does not know.');
  const record = parsed.data.aiRecord;
  const failure = oneminRecordFailure(record);
  if (failure) throw new UpstreamAnswerError(failure);
  const raw = record.aiRecordDetail.resultObject;
  const paths = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((p) => p.length > 0);
  const temporaryUrl = record.temporaryUrl ?? undefined;
  if (paths.length === 0 && !temporaryUrl)
    throw new UpstreamAnswerError('1min.ai answered without any image.');

  const promptObject = record.aiRecordDetail.promptObject;
  const size = promptObject.size ? parsePixelSize(promptObject.size) : null;
  const requestedFormat = OutputFormat.safeParse(promptObject.output_format).data;
  const signedIndex = temporaryUrl ? paths.findIndex((p) => signedUrlNames(temporaryUrl, p)) : -1;

  const images: ResultImage[] = paths.map((path, index) => ({
    url: index === signedIndex && temporaryUrl ? temporaryUrl : resolveAssetUrl(assetBase, path),
    assetPath: path,
    ...(size ? { width: size.width, height: size.height } : {}),
    format: formatFromPath(path) ?? requestedFormat ?? 'png',
  }));
  if (images.length === 0 && temporaryUrl) {
    images.push({
      url: temporaryUrl,
      ...(size ? { width: size.width, height: size.height } : {}),
      format: formatFromPath(temporaryUrl) ?? requestedFormat ?? 'png',
    });
  }
  const charged = parsed.data.studioCredits;
  return {
    provider: 'onemin',
    images,
    ...(record.uuid ? { upstreamId: record.uuid } : {}),
    ...(charged !== undefined ? { credits: { job: charged } } : {}),
  };
}

function signedUrlNames(url: string, path: string): boolean {
  try {
    return decodeURIComponent(new URL(url).pathname).endsWith(`/${path.replace(/^\/+/, '')}`);
  } catch {
    return false;
  }
}

/** The account's used credits that a feature answer reports, for the server's credit model. */
export function oneminAccountTotal(answer: unknown): number | undefined {
  return OneminFeatureAnswer.safeParse(answer).data?.aiRecord.teamUser?.usedCredit;
}

/**
 * The answer without `aiRecord.teamUser` (the account's total usage and limit, name, role) or
 * the owner ids, so no account details reach the browser; `credits`, when given, is what the
 * studio charged the job (any `studioCredits` the upstream sent is dropped).
 */
export function stripAccountDetails(json: unknown, credits?: number): unknown {
  if (!json || typeof json !== 'object') return json;
  const { [STUDIO_CREDITS]: _upstreamsOwn, ...top } = json as Record<string, unknown>;
  const record = top.aiRecord;
  const charged = credits === undefined ? {} : { [STUDIO_CREDITS]: credits };
  if (!record || typeof record !== 'object') return { ...top, ...charged };
  const {
    teamUser: _teamUser,
    userId: _userId,
    teamId: _teamId,
    ...rest
  } = record as Record<string, unknown>;
  return { ...top, aiRecord: rest, ...charged };
}
