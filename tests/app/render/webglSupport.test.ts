import { describe, expect, it } from 'vitest';
import { hasHardwareWebgl, isSoftwareRenderer } from '../../../src/app/render/webglSupport.ts';

describe('isSoftwareRenderer', () => {
  it('recognises software rasterisers', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('Microsoft Basic Render Driver')).toBe(true);
  });

  it('accepts GPUs', () => {
    expect(isSoftwareRenderer('ANGLE (Apple, ANGLE Metal Renderer: Apple M1, Unspecified Version)')).toBe(false);
    expect(isSoftwareRenderer('NVIDIA GeForce RTX 3060/PCIe/SSE2')).toBe(false);
    expect(isSoftwareRenderer('')).toBe(false);
  });

  it('finds no hardware WebGL outside a browser', () => {
    expect(hasHardwareWebgl()).toBe(false);
  });
});
