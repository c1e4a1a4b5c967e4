// Whether Cytoscape's WebGL renderer will pay off here. It draws thousands of nodes fluidly on a
// GPU, but on a software rasteriser (SwiftShader, llvmpipe: no GPU, or the GPU blocklisted) the
// canvas renderer is several times faster: 5k actors first drew in 3.9–9.8 s with WebGL on
// SwiftShader against 1.5–1.8 s on canvas (bench/ui.bench.ts, headless Chromium without GPU).

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i;

/** True for renderer strings of software rasterisers. */
export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE.test(renderer);
}

/** True when the browser offers WebGL on what looks like real graphics hardware. */
export function hasHardwareWebgl(): boolean {
  if (typeof document === 'undefined') return false;
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !isSoftwareRenderer(renderer);
  } catch {
    return false;
  }
}
