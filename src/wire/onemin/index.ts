export * from './request.ts';
export * from './answer.ts';
