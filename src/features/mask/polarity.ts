/**
 * What the exported mask means to the model: white = edit, black = keep (the 1min.ai
 * inpainter's convention). The only place the polarity is decided; a module of its own so the
 * mask worker gets it without the document's schemas.
 */
export const MASK_POLARITY = { edit: 255, keep: 0 } as const;
