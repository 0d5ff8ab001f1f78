/** Image ids derive from the job id, so filing the same outcome twice yields the same images. */
export function imageIdFor(jobId: string, index: number): string {
  return `${jobId}/${index}`;
}
