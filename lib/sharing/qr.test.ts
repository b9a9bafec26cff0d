import { describe, expect, it } from "vitest";
import { qrMatrix } from "./qr";

describe("qrMatrix", () => {
  it("draws a version-sized symbol with the three finder patterns", () => {
    const { size, path } = qrMatrix("https://example.org/zh-Hans/verdict?level=high&phase=in&from=31&to=180");
    expect((size - 17) % 4).toBe(0);
    // Each finder pattern starts with a run of 7 dark modules on its first row.
    expect(path).toContain("M0 0h7v1h-7z");
    expect(path).toContain(`M${size - 7} 0h7v1h-7z`);
    expect(path).toContain(`M0 ${size - 7}h7v1h-7z`);
  });

  it("differs for different links", () => {
    expect(qrMatrix("https://example.org/a").path).not.toBe(qrMatrix("https://example.org/b").path);
  });
});
