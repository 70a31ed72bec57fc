"use client";

import { create } from "qrcode";

/**
 * A QR code drawn as SVG squares from the `qrcode` library's module matrix (no markup strings, no
 * canvas). Dark on white with a quiet zone, whatever the colour scheme, so phones can read it.
 */
export function QrCode({ text, label, size = 320 }: { text: string; label: string; size?: number }) {
  const qr = create(text, { errorCorrectionLevel: "M" });
  const n = qr.modules.size;
  const quiet = 4;
  const total = n + quiet * 2;
  let path = "";
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (qr.modules.get(y, x)) path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    }
  }
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${total} ${total}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
      className="block h-auto w-full"
      data-qr-text={text}
    >
      <rect width={total} height={total} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
