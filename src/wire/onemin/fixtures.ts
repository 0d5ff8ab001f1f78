/**
 * The 1min.ai seeds' examples, verbatim (`shared/seeds/`): the request body of each seed's code
 * examples, the body its playground generates, and its example answer. For the wire, proxy and
 * simulator tests.
 */
export const ONEMIN_SEED_EXAMPLES = {
  generator: {
    entryId: 'onemin:gpt-image-2:generate',
    seed: '001_c84de4f357750804.txt',
    request: {
      type: 'IMAGE_GENERATOR',
      model: 'gpt-image-2',
      promptObject: {
        prompt: 'A serene Japanese garden with cherry blossoms and a traditional tea house',
        size: '1536x1024',
        quality: 'high',
        n: 1,
        background: 'auto',
        output_format: 'png',
      },
    },
    playgroundRequest: {
      type: 'IMAGE_GENERATOR',
      model: 'gpt-image-2',
      promptObject: {
        prompt: 'A serene Japanese garden with cherry blossoms and a traditional tea house',
        size: '1024x1024',
        quality: 'medium',
        n: 1,
        background: 'auto',
        output_format: 'png',
      },
    },
    answer: {
      aiRecord: {
        uuid: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890',
        userId: 'user-12345',
        teamId: 'team-67890',
        teamUser: {
          teamId: 'team-67890',
          userId: 'user-12345',
          userName: 'John Doe',
          userAvatar: 'https://example.com/avatar.jpg',
          status: 'ACTIVE',
          role: 'ADMIN',
          creditLimit: 100000000,
          usedCredit: 42000,
          createdAt: '2025-01-01T00:00:00.000Z',
          createdBy: 'SYSTEM',
          updatedAt: '2025-01-15T10:30:00.000Z',
          updatedBy: 'SYSTEM',
        },
        model: 'gpt-image-2',
        type: 'IMAGE_GENERATOR',
        metadata: null,
        rating: null,
        feedback: null,
        conversationId: null,
        status: 'SUCCESS',
        createdAt: '2025-01-15T10:30:00.000Z',
        aiRecordDetail: {
          promptObject: {
            prompt: 'A serene Japanese garden with cherry blossoms and a traditional tea house',
            size: '1536x1024',
            quality: 'high',
            n: 1,
            background: 'auto',
            output_format: 'png',
          },
          resultObject: ['development/images/2025_01_15_10_30_15_001_japanese_garden.png'],
          responseObject: {},
        },
        additionalData: null,
        temporaryUrl:
          'https://s3.us-east-1.amazonaws.com/asset.1min.ai/development/images/2025_01_15_10_30_15_001_japanese_garden.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=EXAMPLE_CREDENTIAL&X-Amz-Date=20250115T103000Z&X-Amz-Expires=604800&X-Amz-Signature=example_signature&X-Amz-SignedHeaders=host&x-amz-checksum-mode=ENABLED&x-id=GetObject',
      },
    },
  },
  editor: {
    entryId: 'onemin:gpt-image-2:edit',
    seed: '000_8d7dab230b0b5012.txt',
    request: {
      type: 'IMAGE_EDITOR',
      model: 'gpt-image-2',
      promptObject: {
        imageUrl: 'development/images/2025_12_04_18_03_51_184_landscape.png',
        prompt: 'Change the sky to a dramatic sunset with vivid orange and purple tones',
        size: '1536x1024',
        quality: 'high',
        n: 1,
        background: 'auto',
        output_format: 'png',
      },
    },
    playgroundRequest: {
      type: 'IMAGE_EDITOR',
      model: 'gpt-image-2',
      promptObject: {
        imageUrl: 'development/images/2025_12_04_18_03_51_184_landscape.png',
        prompt: 'Change the sky to a dramatic sunset with vivid orange and purple tones',
        size: '1024x1024',
        quality: 'medium',
        n: 1,
        background: 'auto',
        output_format: 'png',
      },
    },
    answer: {
      aiRecord: {
        uuid: 'c1d2e3f4-g5h6-7890-abcd-ef1234567890',
        userId: 'user-12345',
        teamId: 'team-67890',
        teamUser: {
          teamId: 'team-67890',
          userId: 'user-12345',
          userName: 'Jane Designer',
          userAvatar: 'https://example.com/avatar.jpg',
          status: 'ACTIVE',
          role: 'ADMIN',
          creditLimit: 100000000,
          usedCredit: 180000,
          createdAt: '2025-01-01T00:00:00.000Z',
          createdBy: 'SYSTEM',
          updatedAt: '2025-01-15T11:00:00.000Z',
          updatedBy: 'SYSTEM',
        },
        model: 'gpt-image-2',
        type: 'IMAGE_EDITOR',
        metadata: null,
        rating: null,
        feedback: null,
        conversationId: null,
        status: 'SUCCESS',
        createdAt: '2025-01-15T11:00:00.000Z',
        aiRecordDetail: {
          promptObject: {
            imageUrl: 'development/images/2025_12_04_18_03_51_184_landscape.png',
            prompt: 'Change the sky to a dramatic sunset with vivid orange and purple tones',
            size: '1536x1024',
            quality: 'high',
            n: 1,
            background: 'auto',
            output_format: 'png',
          },
          resultObject: ['development/images/2025_01_15_11_00_45_001_landscape_edited.png'],
          responseObject: {},
        },
        additionalData: null,
        temporaryUrl:
          'https://s3.us-east-1.amazonaws.com/asset.1min.ai/development/images/2025_01_15_11_00_45_001_landscape_edited.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=EXAMPLE_CREDENTIAL&X-Amz-Date=20250115T110000Z&X-Amz-Expires=604800&X-Amz-Signature=example_signature&X-Amz-SignedHeaders=host&x-amz-checksum-mode=ENABLED&x-id=GetObject',
      },
    },
  },
  inpainter: {
    entryId: 'onemin:gpt-image-2:inpaint',
    seed: '003_b48a55bc82098a61.txt',
    request: {
      type: 'IMAGE_INPAINTER',
      model: 'gpt-image-2',
      promptObject: {
        imageUrl: 'development/images/2025_12_04_18_10_29_882_cat.png',
        maskUrl: 'development/images/2025_12_04_18_11_04_824_mask.png',
        prompt: 'A cozy fireplace with warm flickering flames and rustic brick surround',
        size: '1024x1024',
        quality: 'high',
        n: 1,
        background: 'auto',
        output_format: 'png',
      },
    },
    playgroundRequest: {
      type: 'IMAGE_INPAINTER',
      model: 'gpt-image-2',
      promptObject: {
        imageUrl: 'development/images/2025_12_04_18_10_29_882_cat.png',
        maskUrl: 'development/images/2025_12_04_18_11_04_824_mask.png',
        prompt: 'A cozy fireplace with warm flickering flames and rustic brick surround',
        size: '1024x1024',
        quality: 'medium',
        n: 1,
        background: 'auto',
        output_format: 'png',
      },
    },
    answer: {
      aiRecord: {
        uuid: 'd1e2f3g4-h5i6-7890-abcd-ef1234567890',
        userId: 'user-12345',
        teamId: 'team-67890',
        teamUser: {
          teamId: 'team-67890',
          userId: 'user-12345',
          userName: 'Jane Designer',
          userAvatar: 'https://example.com/avatar.jpg',
          status: 'ACTIVE',
          role: 'ADMIN',
          creditLimit: 100000000,
          usedCredit: 320000,
          createdAt: '2025-01-01T00:00:00.000Z',
          createdBy: 'SYSTEM',
          updatedAt: '2025-01-15T12:00:00.000Z',
          updatedBy: 'SYSTEM',
        },
        model: 'gpt-image-2',
        type: 'IMAGE_INPAINTER',
        metadata: null,
        rating: null,
        feedback: null,
        conversationId: null,
        status: 'SUCCESS',
        createdAt: '2025-01-15T12:00:00.000Z',
        aiRecordDetail: {
          promptObject: {
            imageUrl: 'development/images/2025_12_04_18_10_29_882_cat.png',
            maskUrl: 'development/images/2025_12_04_18_11_04_824_mask.png',
            prompt: 'A cozy fireplace with warm flickering flames and rustic brick surround',
            size: '1024x1024',
            quality: 'high',
            n: 1,
            background: 'auto',
            output_format: 'png',
          },
          resultObject: ['development/images/2025_01_15_12_00_30_001_inpainted.png'],
          responseObject: {},
        },
        additionalData: null,
        temporaryUrl:
          'https://s3.us-east-1.amazonaws.com/asset.1min.ai/development/images/2025_01_15_12_00_30_001_inpainted.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=EXAMPLE_CREDENTIAL&X-Amz-Date=20250115T120000Z&X-Amz-Expires=604800&X-Amz-Signature=example_signature&X-Amz-SignedHeaders=host&x-amz-checksum-mode=ENABLED&x-id=GetObject',
      },
    },
  },
  miniEditor: {
    entryId: 'onemin:gpt-image-1-mini:edit',
    seed: '002_4307ccd406c4223b.txt',
    request: {
      type: 'IMAGE_EDITOR',
      model: 'gpt-image-1-mini',
      promptObject: {
        imageUrl: 'development/images/2025_12_04_18_10_29_882_cat.png',
        prompt: 'transform into a watercolor painting style with soft brushstrokes and vibrant colors',
        size: '1024x1024',
        n: 1,
        quality: 'medium',
        output_format: 'png',
        background: 'auto',
      },
    },
    playgroundRequest: {
      type: 'IMAGE_EDITOR',
      model: 'gpt-image-1-mini',
      promptObject: {
        imageUrl: 'development/images/2025_12_04_18_10_29_882_cat.png',
        prompt: 'transform into a watercolor painting style with soft brushstrokes and vibrant colors',
        size: '1024x1024',
        n: 1,
        quality: 'medium',
        output_format: 'png',
        background: 'auto',
      },
    },
    answer: {
      aiRecord: {
        uuid: 'i1m2e3d4-v5e6-7890-abcd-ef1234567890',
        userId: 'user-12345',
        teamId: 'team-67890',
        teamUser: {
          teamId: 'team-67890',
          userId: 'user-12345',
          userName: 'John Doe',
          userAvatar: 'https://example.com/avatar.jpg',
          status: 'ACTIVE',
          role: 'ADMIN',
          creditLimit: 100000000,
          usedCredit: 28000,
          createdAt: '2025-01-01T00:00:00.000Z',
          createdBy: 'SYSTEM',
          updatedAt: '2025-01-15T16:00:00.000Z',
          updatedBy: 'SYSTEM',
        },
        model: 'gpt-image-1-mini',
        type: 'IMAGE_EDITOR',
        metadata: null,
        rating: null,
        feedback: null,
        conversationId: null,
        status: 'SUCCESS',
        createdAt: '2025-01-15T16:00:00.000Z',
        aiRecordDetail: {
          promptObject: {
            imageUrl: 'development/images/2025_12_04_18_10_29_882_cat.png',
            prompt: 'transform into a watercolor painting style with soft brushstrokes and vibrant colors',
            size: '1024x1024',
            n: 1,
            quality: 'medium',
            output_format: 'png',
            background: 'auto',
          },
          resultObject: ['development/images/2025_01_15_16_00_30_001_edited.png'],
          responseObject: {},
        },
        additionalData: null,
        temporaryUrl:
          'https://s3.us-east-1.amazonaws.com/asset.1min.ai/development/images/2025_01_15_16_00_30_001_edited.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD&X-Amz-Credential=EXAMPLE_CREDENTIAL&X-Amz-Date=20250115T160000Z&X-Amz-Expires=604800&X-Amz-Signature=example_signature&X-Amz-SignedHeaders=host&x-amz-checksum-mode=ENABLED&x-id=GetObject',
      },
    },
  },
};

export type OneminSeedName = keyof typeof ONEMIN_SEED_EXAMPLES;
export type OneminSeedAnswer = (typeof ONEMIN_SEED_EXAMPLES)[OneminSeedName]['answer'];

/**
 * A seed answer made into an n > 1 answer: `paths` as its results and the signed
 * `temporaryUrl` naming `paths[signed]`, as 1min.ai signs one of them.
 */
export function withResultPaths(answer: OneminSeedAnswer, paths: string[], signed = 0): OneminSeedAnswer {
  const copy = structuredClone(answer);
  const seedPath = answer.aiRecord.aiRecordDetail.resultObject[0] ?? '';
  const signedPath = paths[signed] ?? '';
  copy.aiRecord.aiRecordDetail.resultObject = paths;
  copy.aiRecord.aiRecordDetail.promptObject.n = paths.length;
  copy.aiRecord.temporaryUrl = answer.aiRecord.temporaryUrl.replace(seedPath, signedPath);
  return copy;
}
