/**
 * The gptimageapi.dev seed's examples, verbatim (`shared/seeds/004_babe2f6ca83d3a53.txt`): the
 * edit request body and the answer. For the wire, proxy and simulator tests.
 */
export const GPTIMAGEAPI_SEED_REQUEST = {
  prompt:
    'Turn this product shot into a premium studio image with softer reflections and a pale gray seamless backdrop.',
  image: 'https://example.com/image.jpg',
  model: 'gpt-image-2',
  size: '4:3',
  quality: 'high',
  n: 1,
};

export const GPTIMAGEAPI_SEED_ANSWER = {
  code: 0,
  message: 'ok',
  data: {
    images: [
      {
        url: 'https://cdn.gptimageapi.dev/edits/1234567890.png',
      },
    ],
  },
};
