import QRCode from "qrcode";

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** One SVG path for all dark modules, runs of a row merged: "M x y h n v1 h -n z …". */
  path: string;
}

/**
 * A QR code for a link as SVG path data, computed on the server with the `qrcode` package (no image
 * request, no JavaScript). Error correction "M": survives a phone screen photographed at an angle.
 */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      parts.push(`M${start} ${row}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size: modules.size, path: parts.join("") };
}
