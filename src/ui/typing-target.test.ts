import { describe, expect, it } from 'vitest';
import { isSpaceTarget, isTypingTarget } from './typing-target.ts';

describe('isTypingTarget', () => {
  it('is true for text fields and editable content', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'number' })).toBe(true);
    expect(isTypingTarget({ tagName: 'textarea' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('is false for sliders, colour pickers, buttons and the canvas', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'range' })).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'color' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: false })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('isSpaceTarget', () => {
  it('leaves Space to buttons and text fields, and takes it elsewhere for panning', () => {
    expect(isSpaceTarget({ tagName: 'BUTTON' })).toBe(true);
    expect(isSpaceTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(true);
    expect(isSpaceTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isSpaceTarget({ tagName: 'INPUT', type: 'range' })).toBe(false);
    expect(isSpaceTarget({ tagName: 'DIV' })).toBe(false);
    expect(isSpaceTarget({ tagName: 'BODY' })).toBe(false);
  });
});
