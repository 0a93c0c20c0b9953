// Runs inside the oracle's page, after hydra-synth's bundle. Only Hydra's public API is used.

// Reads the canvas's default framebuffer, row 0 = top of the picture (see oracle.mjs).
function readTopDown(canvas) {
  const gl = canvas.getContext('webgl');
  const w = canvas.width, h = canvas.height;
  const raw = new Uint8Array(w * h * 4);
  const bound = gl.getParameter(gl.FRAMEBUFFER_BINDING);
  gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, raw);
  gl.bindFramebuffer(gl.FRAMEBUFFER, bound);
  const out = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) out.set(raw.subarray((h - 1 - y) * w * 4, (h - y) * w * 4), y * w * 4);
  return out;
}

function base64(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function freshHydra(id, w, h) {
  const old = document.getElementById(id);
  if (old) {
    const lose = old.getContext('webgl').getExtension('WEBGL_lose_context');
    if (lose) lose.loseContext();
    old.remove();
  }
  const canvas = document.createElement('canvas');
  canvas.id = id;
  canvas.width = w;
  canvas.height = h;
  canvas.style.cssText = `width:${w}px;height:${h}px;display:block`;
  document.body.appendChild(canvas);
  const hydra = new Hydra({ canvas, width: w, height: h, autoLoop: false, detectAudio: false, makeGlobal: true });
  return { canvas, hydra };
}

async function loadImage(url) {
  const img = new Image();
  img.src = url;
  await img.decode();
  return img;
}

window.renderCase = async (c, w, h, image) => {
  const { canvas, hydra } = freshHydra('case', w, h);
  try {
    if (c.image) {
      if (!image) return { error: 'case needs an image and none was given' };
      s0.init({ src: await loadImage(image) });
    }
    new Function(c.hydra)();
    const times = [];
    for (let k = 0; k < c.ticks; k++) {
      hydra.tick(c.dt);
      times.push(hydra.synth.time);
    }
    return { times, pixels: base64(readTopDown(canvas)) };
  } catch (e) {
    return { error: String(e && e.message || e) };
  }
};

// A 64x64 gradient drawn on the page, for the one screenshot that checks the orientation.
window.showGradientForScreenshot = () => {
  const { hydra } = freshHydra('shot', 64, 64);
  gradient().out();
  hydra.tick(16);
  window.shotHydra = hydra;
};

function topBottomGreen(rgba, w, h) {
  let top = 0, bottom = 0;
  for (let x = 0; x < w; x++) {
    top += rgba[(1 * w + x) * 4 + 1];
    bottom += rgba[((h - 2) * w + x) * 4 + 1];
  }
  return { top: top / w, bottom: bottom / w };
}

window.rowsOfPng = async (url) => {
  const img = await loadImage(url);
  const c = document.createElement('canvas');
  c.width = img.width;
  c.height = img.height;
  const g = c.getContext('2d');
  g.drawImage(img, 0, 0);
  return topBottomGreen(g.getImageData(0, 0, c.width, c.height).data, c.width, c.height);
};

window.readShotCanvas = () => {
  const canvas = document.getElementById('shot');
  // The drawing buffer is not preserved after compositing: draw once more, then read.
  window.shotHydra.tick(16);
  return topBottomGreen(readTopDown(canvas), canvas.width, canvas.height);
};
