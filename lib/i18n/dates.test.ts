import { describe, expect, it } from "vitest";
import { formatIsoDate } from "./dates";

describe("formatIsoDate", () => {
  it.each(["zh-Hans", "zh-Hant"] as const)("writes dates as people do in %s", (script) => {
    expect(formatIsoDate("2026-11-25", script)).toBe("2026年11月25日");
    expect(formatIsoDate("2026-03-01", script)).toBe("2026年3月1日");
    expect(formatIsoDate("2026-11", script)).toBe("2026年11月");
    expect(formatIsoDate("2018", script)).toBe("2018年");
  });

  it("refuses anything that is not an ISO date", () => {
    expect(() => formatIsoDate("25/11/2026", "zh-Hans")).toThrow();
    expect(() => formatIsoDate("2026-11-25T00:00", "zh-Hans")).toThrow();
  });
});
