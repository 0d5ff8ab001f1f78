import type { GptImageApiAnswer } from '../../wire/gptimageapi/index.ts';
import type { OneminFeatureAnswer } from '../../wire/onemin/index.ts';

/**
 * What of the providers' answers reaches the browser: only the fields the browser's own parsers
 * read (`parseOneminFeatureAnswer`, `parseGptImageApiAnswer`), taken from the answer as the wire
 * schemas parsed it. Whatever else a provider writes (notes, ids, echoes of the request, new
 * fields) stays on the server.
 */
export function oneminAnswerForBrowser(answer: OneminFeatureAnswer): OneminFeatureAnswer {
  const { uuid, status, temporaryUrl, aiRecordDetail } = answer.aiRecord;
  const { size, output_format } = aiRecordDetail.promptObject;
  const resultObject = aiRecordDetail.resultObject;
  return {
    aiRecord: {
      ...defined({ uuid, status, temporaryUrl }),
      aiRecordDetail: {
        promptObject: defined({ size, output_format }),
        ...(resultObject ? { resultObject } : {}),
      },
    },
  };
}

export function gptImageApiAnswerForBrowser(answer: GptImageApiAnswer): GptImageApiAnswer {
  return {
    code: answer.code,
    data: answer.data ? { images: answer.data.images.map(({ url }) => ({ url })) } : null,
  };
}

function defined<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value != null)) as Partial<T>;
}
