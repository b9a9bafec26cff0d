import { qrMatrix } from "@/lib/sharing/qr";

/** A link as an inline SVG QR code (server-rendered; scanning it opens the link on a phone). */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = qrMatrix(text);
  const quiet = 4;
  const box = size + quiet * 2;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`-${quiet} -${quiet} ${box} ${box}`}
      width="200"
      height="200"
      shapeRendering="crispEdges"
      className="h-auto w-48 max-w-full bg-white"
    >
      <rect x={-quiet} y={-quiet} width={box} height={box} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
