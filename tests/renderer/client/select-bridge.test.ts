import { describe, expect, it } from 'vitest';
import { selectBridge } from '../../../src-renderer/client/select-bridge';
import { createFakeBridge } from '../fake-bridge';

describe('selectBridge', () => {
  it('uses the preload bridge inside Electron', () => {
    const { bridge } = createFakeBridge({});
    expect(selectBridge({ caudal: bridge })).toEqual({ kind: 'electron', bridge });
  });

  it('falls back to the HTTP bridge in a plain browser', () => {
    const selected = selectBridge({});
    expect(selected.kind).toBe('http');
    expect(typeof selected.bridge.invoke).toBe('function');
    expect(typeof selected.bridge.on).toBe('function');
  });
});
