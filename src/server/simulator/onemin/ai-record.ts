import { randomUUID } from 'node:crypto';
import type { PixelSize, Quality } from '../../../catalog/index.ts';
import { FAKE_CREDIT_LIMIT } from '../state.ts';

/** Fake credits per image of one megapixel, by quality; 1min.ai bills by tokens and publishes no table. */
const CREDITS_PER_MEGAPIXEL: Record<Quality, number> = { low: 1_500, medium: 6_000, high: 24_000 };

export function jobCredits(quality: Quality, size: PixelSize, n: number): number {
  return Math.round(CREDITS_PER_MEGAPIXEL[quality] * ((size.width * size.height) / 1_000_000) * n);
}

const TEAM_ID = 'team-5f3a9c21';
const USER_ID = 'user-8d41e7b0';
const ACCOUNT_CREATED = '2025-01-01T00:00:00.000Z';

export type AiRecordInput = {
  model: string;
  type: string;
  promptObject: unknown;
  resultPaths: string[];
  temporaryUrl: string;
  usedCredit: number;
};

/** The seeds' `aiRecord` answer, account details and all (the proxy strips them). */
export function aiRecordAnswer({
  model,
  type,
  promptObject,
  resultPaths,
  temporaryUrl,
  usedCredit,
}: AiRecordInput) {
  const now = new Date().toISOString();
  return {
    aiRecord: {
      uuid: randomUUID(),
      userId: USER_ID,
      teamId: TEAM_ID,
      teamUser: {
        teamId: TEAM_ID,
        userId: USER_ID,
        userName: 'Sam Simulator',
        userAvatar: 'https://example.com/avatar.jpg',
        status: 'ACTIVE',
        role: 'ADMIN',
        creditLimit: FAKE_CREDIT_LIMIT,
        usedCredit,
        createdAt: ACCOUNT_CREATED,
        createdBy: 'SYSTEM',
        updatedAt: now,
        updatedBy: 'SYSTEM',
      },
      model,
      type,
      metadata: null,
      rating: null,
      feedback: null,
      conversationId: null,
      status: 'SUCCESS',
      createdAt: now,
      aiRecordDetail: { promptObject, resultObject: resultPaths, responseObject: {} },
      additionalData: null,
      temporaryUrl,
    },
  };
}
