import { useEffect, useState } from "react";

interface Drawn {
  text: string;
  d: string;
  total: number;
}

/**
 * A QR code drawn as SVG squares from the `qrcode` library's module matrix (no markup strings, no
 * canvas). Dark on white with a quiet zone, whatever the colour scheme, so phones can read it.
 * The library loads only once there is a link to draw (the teacher page does not need it before);
 * until then a blank square of the same size holds the place.
 */
export function QrCode({ text, label, size = 320 }: { text: string; label: string; size?: number }) {
  const [drawn, setDrawn] = useState<Drawn | null>(null);

  useEffect(() => {
    let live = true;
    import("qrcode")
      .then(({ create }) => {
        const qr = create(text, { errorCorrectionLevel: "M" });
        const n = qr.modules.size;
        const quiet = 4;
        let d = "";
        for (let y = 0; y < n; y++) {
          for (let x = 0; x < n; x++) {
            if (qr.modules.get(y, x)) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
          }
        }
        if (live) setDrawn({ text, d, total: n + quiet * 2 });
      })
      .catch((error: unknown) => console.warn(error));
    return () => {
      live = false;
    };
  }, [text]);

  const ready = drawn?.text === text ? drawn : null;
  const total = ready?.total ?? 1;
  return (
    <svg
      {...(ready ? { role: "img", "aria-label": label, "data-qr-text": text } : { "aria-hidden": true })}
      viewBox={`0 0 ${total} ${total}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
      className="block h-auto w-full"
    >
      <rect width={total} height={total} fill="#fff" />
      {ready && <path d={ready.d} fill="#000" />}
    </svg>
  );
}
